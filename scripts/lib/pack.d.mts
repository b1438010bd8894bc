// Types for scripts/lib/pack.mjs, so the TypeScript tests import it strictly.
export const packDir: string;
export function packTarball(): string;
export function tarballFiles(tarball: string): string[];
