import { defineConfig } from 'vite';
import { shippedPlugins } from './scripts/build/plugins.mjs';
import pkg from './package.json' with { type: 'json' };

/**
 * The npm library build: one ES module per source module (dist/ mirrors src/, as Lit ships), so
 * an app's bundler sees our real module graph and splits it at the app's own boundaries instead
 * of keeping pre-made shared chunks of ours (measured when this changed, for an app with a json
 * <dash-gallery>: 14.8 → 14.4 kB gzip first load). Dependencies are left as imports so an app's bundler dedupes Lit with its own copy.
 * PhotoSwipe and Uppy stay behind dynamic imports in the source, so they remain separate chunks
 * in the app's bundle too. Uppy is the exception to "left as imports": it is a devDependency,
 * bundled with the code we never run taken out (why: scripts/build/uppy.mjs); its modules land in
 * dist/vendor/ (npm never packs a nested node_modules folder), and so do the plugin's replacement
 * modules and rolldown's CommonJS helpers (`virtualDirname`).
 * package.json "sideEffects" lists the modules that register elements or a locale on import;
 * test/node/dist-layout.test.ts checks the layout, the imports and that list against dist/.
 * The CDN build (everything bundled, for a plain <script>) is scripts/build/cdn.mjs.
 */
const dependencies = Object.keys(pkg.dependencies);
const isDependency = (id: string) =>
  dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

/** `elements/gallery/gallery` → `elements/gallery/gallery.js`; `node_modules/@uppy/…` → `vendor/@uppy/…`. */
const fileName = ({ name }: { name: string }) => `${name.replace(/^node_modules\//, 'vendor/')}.js`;

export default defineConfig({
  plugins: shippedPlugins(),
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    minify: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        gallery: 'src/gallery.ts',
        'portal-browser': 'src/portal-browser.ts',
        'asset-picker': 'src/asset-picker.ts',
        'guest-upload': 'src/guest-upload.ts',
        client: 'src/client.ts',
        react: 'src/react/index.ts',
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: (id) => isDependency(id) || id === 'react',
      // No cross-module constant inlining here (the app's bundler does it): with one module per
      // file it would leave `import "./types.js"` behind where every imported binding was
      // inlined, a bare import of a side-effect-free module that esbuild (Angular) warns about.
      optimization: { inlineConst: false },
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        virtualDirname: 'vendor',
        entryFileNames: fileName,
        chunkFileNames: fileName,
      },
    },
  },
});
