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
export interface DashStoryConfig {
  apiBase: string;
  subdomain: string;
  hostToken: string;
  demoData: { photoGallery: string; json: string; hostile: string; large: string };
  seeded: {
    portals: { open: string; passcode: string; passcodeValue: string; hostile: string; big: string };
    guestUploads: { default: string; hostile: string };
    social: { brand: string; gallery: string; hostileGallery: string };
    cms: { gallerySlug: string; hostileSlug: string };
  };
}

export const DEFAULT_DASH_API = 'http://127.0.0.1:4000';

function configuredApiBase(): string {
  const fromUrl = new URLSearchParams(globalThis.location?.search ?? '').get('dashApi');
  const fromEnv = (import.meta as ImportMeta & { env?: Record<string, string | undefined> }).env?.STORYBOOK_DASH_API;
  return (fromUrl || fromEnv || DEFAULT_DASH_API).replace(/\/$/, '');
}

export function dashStoryConfig(apiBase = configuredApiBase()): DashStoryConfig {
  return {
    apiBase,
    subdomain: 'demo',
    hostToken: 'demo',
    demoData: {
      photoGallery: `${apiBase}/demo-data/photo-gallery.json`,
      json: `${apiBase}/demo-data/gallery.json`,
      hostile: `${apiBase}/demo-data/hostile.json`,
      large: `${apiBase}/demo-data/large.json?count=1000`,
    },
    seeded: {
      portals: { open: 'press', passcode: 'partners', passcodeValue: 'letmein', hostile: 'hostile', big: 'big' },
      guestUploads: { default: 'submit-photos', hostile: 'hostile-upload' },
      social: { brand: '1', gallery: '1', hostileGallery: '2' },
      cms: { gallerySlug: 'summer-2026', hostileSlug: 'hostile' },
    },
  };
}

declare global {
  var __DASH_DEMO__: DashStoryConfig | undefined;
}
