import type { Plugin } from 'vite';
export function minifyCss(cssText: string, filename?: string): string | undefined;
export function minifyCssLiterals(code: string, id: string): { code: string; map: unknown } | null;
export function minifyCssLiteralsPlugin(): Plugin;
