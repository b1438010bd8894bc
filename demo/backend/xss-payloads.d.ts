/** Hostile strings; each sets `window.__xss = true` if it ever executes. */
export const xssPayloads: string[];
export function xss(i: number): string;
