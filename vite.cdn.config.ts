import { defineConfig } from 'vite';
import { minifyCssLiteralsPlugin } from './scripts/build/minify-css-literals.mjs';
import { uppyPlugin } from './scripts/build/uppy.mjs';

/**
 * The CDN build: `dist/cdn/dash-elements.js` registers all four elements on a plain HTML page with
 * no bundler. Everything is bundled and minified; heavy parts (PhotoSwipe, Uppy, each gallery
 * source) stay behind dynamic imports and load from `dist/cdn/chunks/` on first use.
 */
export default defineConfig({
  plugins: [minifyCssLiteralsPlugin(), uppyPlugin()],
  build: {
    target: 'es2022',
    outDir: 'dist/cdn',
    emptyOutDir: true,
    sourcemap: true,
    minify: true,
    lib: {
      entry: { 'dash-elements': 'src/index.ts' },
      formats: ['es'],
    },
    rollupOptions: {
      output: {
        minify: true,
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
