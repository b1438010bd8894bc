import type { Plugin } from 'vite';
export function uppyPlugin(): Plugin;
export function uppyEsbuildPlugin(): import('esbuild').Plugin;
