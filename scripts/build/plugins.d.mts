import type { Plugin } from 'vite';
export function shippedPlugins(): Plugin[];
