// Types for scripts/lib/source-scan.mjs.
export type Uses = Map<string, Set<string>>;
export function sourceFiles(dir: string): string[];
export function usedCustomProperties(files: string[], root: string): Uses;
export function usedParts(files: string[], root: string): Uses;
export function dispatchedEvents(files: string[], root: string): Uses;
