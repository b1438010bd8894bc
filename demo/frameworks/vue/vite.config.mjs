import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { requirePackedPackage } from '../package-alias.mjs';

// `dash-elements` resolves to the unpacked tarball (see ../package-alias.mjs), no alias.
requirePackedPackage();

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  // Tell Vue's template compiler that dash-* tags are custom elements, not Vue components.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('dash-') } } })],
  build: { outDir: 'dist', emptyOutDir: true },
  logLevel: 'warn',
});
