/** Types of demo/demo-config.js (plain JS, read by Node, Storybook and the browser tests). */
export interface DemoConfig {
  apiBase: string;
  s3Base?: string;
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

export function demoConfig(apiBase: string, s3Base?: string): DemoConfig;
export function demoConfigModule(config: DemoConfig): string;
