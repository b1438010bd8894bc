import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { requirePackedPackage } from '../package-alias.mjs';

// `dash-elements` resolves to the unpacked tarball (see ../package-alias.mjs), no alias.
requirePackedPackage();

// No React plugin needed: Vite's own transform compiles JSX with the automatic runtime.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      // The wrappers start with 'use client' for React Server Components (Next.js); a Vite app
      // has none, and the bundler says it drops the directive. @vitejs/plugin-react silences this
      // in the apps that use it; this example compiles JSX without the plugin.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use client')) return;
        handler(level, log);
      },
    },
  },
  logLevel: 'warn',
});
