import type { Plugin } from 'vite';
export function minifyTemplatesPlugin(): Plugin;
export function npmPlugins(): Plugin[];
export function bundlePlugins(): Plugin[];
