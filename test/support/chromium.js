// Debian's Chromium, found and flagged once for the browser tests (web-test-runner.config.js) and
// the benchmarks (bench/lib/harness.mjs). Test tools' own browser downloads fail on our machines.
import { execSync } from 'node:child_process';

/** The Chromium binary: CHROME_PATH, else the first of the usual names on the PATH. */
export function findChromium() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    try {
      return execSync(`command -v ${name}`, { encoding: 'utf8' }).trim();
    } catch {
      // try the next name
    }
  }
  throw new Error('No Chromium found: install Debian\'s "chromium" package or set CHROME_PATH.');
}

/**
 * Root needs --no-sandbox. The networking flags stop Chromium from calling home: our machines
 * have no network but the package registries, and each refused connection costs time.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
