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
// Peers (React, @lit/react, Vue, Svelte: optional, for the framework entries) stay imports too.
const dependencies = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)];
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
    // No source maps in the npm build: its modules are unminified and one per source module, so
    // devtools and stack traces show readable code as it is, and an app's bundler makes its own
    // maps. (They and the CDN scripts' maps were over two thirds of the unpacked package; the CDN
    // scripts ship without them too: scripts/build/cdn.mjs.)
    sourcemap: false,
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
        'react/gallery': 'src/react/gallery.ts',
        'react/portal-browser': 'src/react/portal-browser.ts',
        'react/asset-picker': 'src/react/asset-picker.ts',
        'react/guest-upload': 'src/react/guest-upload.ts',
        // Types only: empty modules, so a plain `import 'dash-elements/vue'` still bundles.
        vue: 'src/vue/index.ts',
        jsx: 'src/jsx/index.ts',
        svelte: 'src/svelte/index.ts',
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: (id) => isDependency(id),
      // The React wrappers start with 'use client' (scripts/make-react.mjs). With one module per
      // source module the directive stays at the top of dist/react*.js, where Next.js reads it;
      // rolldown's warning is about bundling several modules into one, which this build does not.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE' && /[\\/]src[\\/]react[\\/]/.test(log.id ?? '')) return;
        handler(level, log);
      },
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
