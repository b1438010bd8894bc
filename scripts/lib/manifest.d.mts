// Types for scripts/lib/manifest.mjs, so the TypeScript tests import it strictly.
export interface ManifestItem {
  name: string;
  description?: string;
  summary?: string;
  default?: string;
  type?: { text: string };
  kind?: string;
  static?: boolean;
  privacy?: string;
  attribute?: string;
  fieldName?: string;
  readonly?: boolean;
}
export interface Declaration extends ManifestItem {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  members?: ManifestItem[];
  attributes?: ManifestItem[];
  events?: ManifestItem[];
  cssParts?: ManifestItem[];
  cssProperties?: ManifestItem[];
  slots?: ManifestItem[];
}
export interface Module {
  kind: string;
  path: string;
  declarations?: Declaration[];
  exports?: unknown[];
}
export interface Manifest {
  schemaVersion: string;
  modules: Module[];
}
export interface DashElementEntry {
  module: Module;
  declaration: Declaration;
}
export const root: string;
export function generateManifest(): Promise<Manifest>;
export function readManifest(path?: string): Manifest;
export function loadManifest(): Promise<Manifest>;
export function elementModules(
  manifest: Manifest,
  element: DashElementEntry,
): { registering: string; declaring: string };
export function sourcePath(modulePath: string): string;
export function importPathFrom(outDir: string, modulePath: string): string;
export function dashElements(manifest: Manifest): DashElementEntry[];
export function publicFields(declaration: Declaration): ManifestItem[];
export function publicMethods(declaration: Declaration): ManifestItem[];
export function pascalCase(tag: string): string;
export function eventPropName(event: string): string;
