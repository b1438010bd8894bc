import type { Plugin } from 'vite';
export function uppyPlugin(): Plugin;
export function uppyEsbuildPlugin(): import('esbuild').Plugin;
export function trimAwsS3(code: string): string;
