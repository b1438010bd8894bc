// Types for scripts/check-manifest.mjs.
import type { DashElementEntry, Manifest } from './lib/manifest.mjs';
export function checkElement(element: DashElementEntry, projectRoot?: string): string[];
export function checkManifest(manifest: Manifest, projectRoot?: string): string[];
