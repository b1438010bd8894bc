import { defineConfig } from 'vite';
import { minifyCssLiteralsPlugin } from './scripts/build/minify-css-literals.mjs';
import { uppyPlugin } from './scripts/build/uppy.mjs';

/**
 * The CDN build: `dist/cdn/dash-elements.js` registers all four elements on a plain HTML page with
 * no bundler; `dist/cdn/gallery.js` (and `portal-browser.js`, `asset-picker.js`,
 * `guest-upload.js`) registers only one, for the page that embeds only a gallery and should not
 * download the other three. Everything is bundled and minified; shared code (Lit, the base
 * element) sits in chunks every entry reuses, so a page using two entries loads it once; heavy
 * parts (PhotoSwipe, Uppy, each gallery source) stay behind dynamic imports and load from
 * `dist/cdn/chunks/` on first use.
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
      entry: {
        'dash-elements': 'src/index.ts',
        gallery: 'src/gallery.ts',
        'portal-browser': 'src/portal-browser.ts',
        'asset-picker': 'src/asset-picker.ts',
        'guest-upload': 'src/guest-upload.ts',
      },
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
