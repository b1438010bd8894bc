/**
 * The local backend as stories see it: the same names `/demo-config.js` gives the demo pages
 * (apiBase, subdomain, hostToken, demoData, seeded), on `globalThis.__DASH_DEMO__`.
 *
 * The API origin is, first match wins:
 *   1. `?dashApi=<origin>` in the preview iframe's URL (the smoke test and shared links use it);
 *   2. `STORYBOOK_DASH_API` at build/start time (`npm run storybook` sets it to the backend it
 *      started);
 *   3. http://127.0.0.1:4000 (`DASH_API_PORT=4000 npm run backend`).
 */
import { demoConfig, type DemoConfig } from '../demo/demo-config.js';

/** The local backend's origin and seeded names (demo/demo-config.js, shared with the demo pages). */
export type DashStoryConfig = DemoConfig;

export const DEFAULT_DASH_API = 'http://127.0.0.1:4000';

function configuredApiBase(): string {
  const fromUrl = new URLSearchParams(globalThis.location?.search ?? '').get('dashApi');
  const fromEnv = (import.meta as ImportMeta & { env?: Record<string, string | undefined> }).env?.STORYBOOK_DASH_API;
  return (fromUrl || fromEnv || DEFAULT_DASH_API).replace(/\/$/, '');
}

export function dashStoryConfig(apiBase = configuredApiBase()): DashStoryConfig {
  return demoConfig(apiBase);
}

declare global {
  var __DASH_DEMO__: DashStoryConfig | undefined;
}
