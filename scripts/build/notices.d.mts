// Types for scripts/build/notices.mjs, so the TypeScript tests import it strictly.
export const noticesFile: string;
export function packageOf(id: string): string | undefined;
export function vendorPackages(dist?: string): string[];
export function packageInfo(name: string): { name: string; version: string; license: string; text?: string };
