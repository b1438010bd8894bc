// Types for chromium.js, for the TypeScript tests that launch Chromium themselves.
export function findChromium(): string;
export const chromiumArgs: string[];
