import { defineConfig } from 'vite';
import { minifyCssLiteralsPlugin } from './scripts/build/minify-css-literals.mjs';
import { uppyPlugin } from './scripts/build/uppy.mjs';
import pkg from './package.json' with { type: 'json' };

/**
 * The npm library build: one ES module per public entry point, dependencies left as imports so
 * an app's bundler dedupes Lit with its own copy. PhotoSwipe and Uppy stay behind dynamic
 * imports in the source, so they remain separate chunks in the app's bundle too. Uppy is the
 * exception to "left as imports": it is a devDependency, bundled into our lazy upload chunk with
 * the code we never run taken out (why: scripts/build/uppy.mjs).
 * The CDN build (everything bundled, for a plain <script>) is vite.cdn.config.ts.
 */
const dependencies = Object.keys(pkg.dependencies);
const isDependency = (id: string) =>
  dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

export default defineConfig({
  plugins: [minifyCssLiteralsPlugin(), uppyPlugin()],
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
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
