import type { Plugin } from 'vite';
export const SHARED_POLICY_KEY: string;
export function shareLitPolicy(code: string, id?: string): string;
export function sharedLitPolicyPlugin(): Plugin;
