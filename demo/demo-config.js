/**
 * What demo pages, stories and tests are told of the local backend: its origins, and the names
 * of what it seeds (portals, guest uploads, Social brand and gallery, CMS slugs). Plain data with
 * no Node imports, so `npm start` (demo/start.js), Storybook (.storybook/dash-config.ts) and the
 * browser tests build it in one place.
 *
 * @param {string} apiBase The Dash API origin (also the Dash Social and CMS origin).
 * @param {string} [s3Base] The S3 front's origin, where the page needs it.
 */
export function demoConfig(apiBase, s3Base) {
  return {
    apiBase,
    ...(s3Base ? { s3Base } : {}),
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

/**
 * The source of `/demo-config.js`, the module demo pages import: one named export per entry.
 *
 * @param {ReturnType<typeof demoConfig>} config
 */
export function demoConfigModule(config) {
  return Object.entries(config)
    .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
    .join('\n');
}
