import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { dashElementsAlias } from '../package-alias.mjs';

// No React plugin needed: Vite's own transform compiles JSX with the automatic runtime.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: { alias: dashElementsAlias },
  build: { outDir: 'dist', emptyOutDir: true },
  logLevel: 'warn',
});
