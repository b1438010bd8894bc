import { defineConfig } from 'vite';
import { npmPlugins } from './scripts/build/plugins.mjs';
import pkg from './package.json' with { type: 'json' };

/**
 * The npm library build: one ES module per source module (dist/ mirrors src/, as Lit ships), so
 * an app's bundler sees our real module graph and splits it at the app's own boundaries instead
 * of keeping pre-made shared chunks of ours. Every dependency (Lit, @lit/task, PhotoSwipe, Uppy)
 * and peer is left as an import, so an app's bundler dedupes it with the app's own copy and
 * `npm audit` sees it; PhotoSwipe and Uppy stay behind dynamic imports in the source, so they
 * remain separate chunks in the app's bundle too. Nothing from node_modules is bundled
 * (test/node/dist-layout.test.ts checks that, the layout and the imports against dist/).
 * package.json "sideEffects" lists the modules that register elements or a locale on import.
 * The CDN build (everything bundled, for a plain <script>) is scripts/build/cdn.mjs.
 */
// Peers (React, @lit/react, Vue, Svelte: optional, for the framework entries) stay imports too.
const dependencies = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)];
const isDependency = (id: string) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

export default defineConfig({
  plugins: npmPlugins(),
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
        // Server-rendered gallery markup (Node, no DOM, no Lit): dash-elements/server.
        server: 'src/server/index.ts',
        // Translations beyond German (which the all-in-one entry imports): entries of their own,
        // dash-elements/locale-fr …, since no other module imports them.
        'i18n/fr': 'src/i18n/fr.ts',
        'i18n/es': 'src/i18n/es.ts',
        'i18n/it': 'src/i18n/it.ts',
        'i18n/nl': 'src/i18n/nl.ts',
        'i18n/pt': 'src/i18n/pt.ts',
        'i18n/ja': 'src/i18n/ja.ts',
        'i18n/ar': 'src/i18n/ar.ts',
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
        entryFileNames: '[name].js',
        chunkFileNames: '[name].js',
      },
    },
  },
});
