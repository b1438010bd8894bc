// The screenshot tests' web-test-runner plugin: @web/test-runner-visual-regression (pixelmatch)
// with our baseline folder and threshold. Baselines are written only when the run is asked to:
//
//   npm test -- --only browser --group visual --update-visual-baseline
//
// A failing comparison writes the new screenshot and a diff image to test-results/visual/, never
// over the baseline.
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';

const here = fileURLToPath(new URL('.', import.meta.url));
const results = fileURLToPath(new URL('../../test-results/visual/', import.meta.url));

/** The flag that rewrites the baselines (or DASH_UPDATE_VISUAL=1). */
export const updateVisualBaselines =
  process.argv.includes('--update-visual-baseline') || process.env.DASH_UPDATE_VISUAL === '1';

export function visualPlugin() {
  return visualRegressionPlugin({
    update: updateVisualBaselines,
    baseDir: here,
    getBaselineName: ({ name }) => `baselines/${name}`,
    getFailedName: ({ name }) => `${results}${name}`,
    getDiffName: ({ name }) => `${results}${name}-diff`,
    // Per pixel: colour distance past which a pixel counts as changed (pixelmatch's YIQ measure,
    // 0–1); anti-aliased pixels are not counted. Per screenshot: the share of changed pixels that
    // fails, 0.1 % (about 1,000 pixels at 1280 × 800, 330 at 390 × 844): text re-rendered a pixel
    // off passes, a moved block, a new colour or a missing icon does not.
    diffOptions: { threshold: 0.1, includeAA: false },
    failureThreshold: 0.1,
    failureThresholdType: 'percent',
  });
}
