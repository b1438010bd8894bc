// A web-test-runner command for the media features @web/test-runner-commands' emulateMedia()
// cannot set: forced colours (Windows High Contrast), prefers-contrast. It sets them through the
// page's DevTools protocol (Emulation.setEmulatedMedia), which replaces every emulated feature at
// once, so a call names all the features it wants; an empty list clears them.
//
//   await emulateMediaFeatures({ 'forced-colors': 'active', 'prefers-color-scheme': 'dark' });
//   await emulateMediaFeatures({});
// (the typed wrapper is test/support/media-features.ts)

const ALLOWED = new Set([
  'forced-colors',
  'prefers-color-scheme',
  'prefers-contrast',
  'prefers-reduced-motion',
  'prefers-reduced-transparency',
]);

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function mediaFeaturesPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'dash-media-features',
    async executeCommand({ command, payload, session }) {
      if (command === 'emulate-focus') {
        // The page behaves as the focused window, whatever has system focus: a long run can leave
        // a test page without it, and then nothing in the page matches :focus.
        const page = /** @type {any} */ (session.browser).getPage(session.id);
        const cdp = sessions.get(page) ?? page._client?.() ?? (await page.createCDPSession());
        sessions.set(page, cdp);
        await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: Boolean(payload?.enabled) });
        return true;
      }
      if (command !== 'emulate-media-features') return undefined;
      const features = Object.entries(/** @type {Record<string, string>} */ (payload ?? {})).map(([name, value]) => {
        if (!ALLOWED.has(name)) throw new Error(`emulate-media-features: unknown media feature "${name}"`);
        return { name, value: String(value) };
      });
      const page = /** @type {any} */ (session.browser).getPage(session.id);
      // Puppeteer's emulateMediaFeatures() refuses names it does not list (forced-colors among
      // them), so the protocol is called directly — on the page's own DevTools session, the one
      // the stock emulateMedia() command uses: with two sessions each holding its own emulated
      // media, which one the page follows was not always the last one set (forced colours that
      // did not apply, a light screenshot taken dark). A second session, kept open, only where
      // Puppeteer does not expose its own.
      let cdp = sessions.get(page) ?? page._client?.();
      if (!cdp) {
        cdp = await page.createCDPSession();
      }
      sessions.set(page, cdp);
      await cdp.send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
}
