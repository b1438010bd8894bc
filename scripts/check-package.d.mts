// Types for scripts/check-package.mjs, so the TypeScript tests import it strictly.
export function packageProblems(
  files: string[],
  manifest?: { exports: Record<string, unknown>; sideEffects?: string[] },
): string[];
