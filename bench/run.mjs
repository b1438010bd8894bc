#!/usr/bin/env node
// `npm run bench`: every figure of issue 8 next to a baseline measured in the same run, written
// to bench/RESULTS.md (+ bench/results.json, from which the README's size table is made).
// Not a test: nothing here passes or fails on time. A measurement whose element is missing or
// broken is recorded as "not available" with the reason, and the run goes on.
//
//   npm run bench                       everything, BENCH_RUNS (default 5) runs per figure
//   npm run bench -- --only size,gallery
//   npm run bench -- --only first-image   first image on a slow phone (bench/lib/first-image.mjs)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { measureSizes } from './size/measure.mjs';
import { backend, buildPages, launchBrowser, runScenario, serveStatic } from './lib/harness.mjs';
import { summarize } from './lib/stats.mjs';
import { renderResults } from './lib/report.mjs';
import { firstImage } from './lib/first-image.mjs';
import { root } from '../scripts/lib/manifest.mjs';
import { updateReadme } from '../scripts/update-readme.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SEARCH_LATENCY_MS = 50;
/**
 * Upload runs (issue 20's rows): one large file, many small ones, and a lossy network — 150 ms
 * added to every API answer and part PUT, a tenth of part PUTs failing — where the baseline sends
 * a failed part again at once.
 */
const UPLOAD_CASES = {
  big: { files: { bigMiB: 256 } },
  small: { files: { smallCount: 200, smallKiB: 64 } },
  lossy: {
    files: { bigMiB: 64, smallCount: 40, smallKiB: 64 },
    faults: { latencyMs: 150, partPut: { latencyMs: 150, failRate: 0.1 } },
  },
};
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex > 0 ? process.argv[onlyIndex + 1].split(',') : undefined;
const wanted = (name) => !only || only.includes(name);

const resultsFile = join(root, 'bench/results.json');
const commit = execSync('git rev-parse --short HEAD', { cwd: root, encoding: 'utf8' }).trim();
// With --only, the other sections keep their figures from the last run (each says when and at
// which commit it was measured).
const previous = only && existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
const results = { ...previous, runs: RUNS, startedAt: new Date().toISOString(), measured: { ...previous.measured } };

/** Runs `measure`, storing its value or why it is not available. */
async function section(name, measure) {
  if (!wanted(name)) return;
  const started = Date.now();
  process.stdout.write(`bench: ${name}… `);
  try {
    results[name] = await measure();
    results.measured[name] = { at: new Date().toISOString(), commit, runs: RUNS };
    console.log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } catch (error) {
    results[name] = { unavailable: String(error?.message ?? error).split('\n')[0] };
    console.log(`not available: ${results[name].unavailable}`);
  }
}

/** `RUNS` alternating runs of each mode (alternating spreads drift over both). */
async function alternate(modes, runOnce) {
  const samples = Object.fromEntries(modes.map((m) => [m, []]));
  const errors = {};
  for (let i = 0; i < RUNS; i++) {
    for (const mode of modes) {
      try {
        samples[mode].push(await runOnce(mode, i));
      } catch (error) {
        errors[mode] = String(error?.message ?? error).split('\n')[0];
      }
    }
  }
  return { samples, errors };
}

const pick = (list, key) => summarize(list.map((s) => s[key]));

await section('size', async () =>
  (await measureSizes()).map(
    ({ name, entry, before, after, interaction, budget, overBudget, peer, id, baseline, missing }) => ({
      name,
      entry,
      before,
      after,
      interaction,
      budget,
      overBudget,
      peer: Boolean(peer),
      id,
      baseline,
      missing,
    }),
  ),
);

const browserSections = ['gallery', 'lightbox', 'upload', 'search'].filter(wanted);
if (browserSections.length) {
  const pagesDir = await buildPages();
  const pages = await serveStatic(pagesDir);
  const server = await backend();
  const browser = await launchBrowser();
  results.chromium = await browser.version();
  const api = server.apiUrl;
  try {
    await section('gallery', async () => {
      const out = {};
      for (const count of [100, 1000, 10000]) {
        const scroll = count === 10000 ? '1' : '0';
        const { samples, errors } = await alternate(['dash', 'naive'], (mode) =>
          runScenario(browser, pages.url, { scenario: 'gallery', api, count, mode, scroll }),
        );
        out[count] = { errors };
        for (const mode of ['dash', 'naive']) {
          const list = samples[mode];
          out[count][mode] = Object.fromEntries(
            [
              'dataToFirstImage',
              'cls',
              'imgElements',
              'imgElementsAtBottom',
              'domNodes',
              'longTask',
              'longestFrame',
            ].map((k) => [k, pick(list, k)]),
          );
        }
      }
      return out;
    });

    await section('lightbox', async () => {
      const { samples, errors } = await alternate(['dash', 'bare'], (mode) =>
        runScenario(browser, pages.url, { scenario: 'lightbox', api, mode, opens: 3 }),
      );
      const out = { errors };
      for (const mode of ['dash', 'bare']) {
        out[mode] = {
          first: pick(samples[mode], 'first'),
          later: summarize(samples[mode].flatMap((s) => s.later)),
        };
      }
      return out;
    });

    await section('upload', async () => {
      const out = {};
      for (const [label, { files, faults }] of Object.entries(UPLOAD_CASES)) {
        const { samples, errors } = await alternate(['dash', 'raw'], async (mode) => {
          await server.reset(); // drop the previous run's objects: disk stays flat across runs
          if (faults) await server.setFaults(faults);
          try {
            return await runScenario(browser, pages.url, { scenario: 'upload', api, mode, ...files }, 600_000);
          } finally {
            if (faults) await server.reset();
          }
        });
        out[label] = { files, faults, errors };
        for (const mode of ['dash', 'raw']) {
          out[label][mode] = Object.fromEntries(
            ['ms', 'mbPerSecond', 'heapGrowth', 'bytes'].map((k) => [k, pick(samples[mode], k)]),
          );
        }
      }
      return out;
    });

    await section('search', async () => {
      await server.reset();
      await server.setFaults({ latencyMs: SEARCH_LATENCY_MS });
      try {
        const { samples, errors } = await alternate(['portal', 'picker'], (element) =>
          runScenario(browser, pages.url, { scenario: 'search', api, element, portal: 'big', digits: '123' }),
        );
        const out = { latencyMs: SEARCH_LATENCY_MS, errors };
        for (const element of ['portal', 'picker']) {
          const all = samples[element].flatMap((s) => s.samples);
          out[element] = { keystrokeToPaint: pick(all, 'keystrokeToPaint'), request: pick(all, 'request') };
        }
        return out;
      } finally {
        await server.reset();
      }
    });
  } finally {
    await browser.close();
    await server.close();
    pages.close();
  }
}

// Issue 21: its own pages (CDN script, Vite app, static and PhotoSwipe anchors), not bench/pages.
if (wanted('first-image')) {
  const server = await backend();
  const browser = await launchBrowser();
  results.chromium = await browser.version();
  try {
    await section('first-image', () => firstImage({ browser, server, runs: RUNS }));
    // A page that never painted a gallery image is a failure, not a figure.
    if (results['first-image']?.unavailable) process.exitCode = 1;
  } finally {
    await browser.close();
    await server.close();
  }
}

results.finishedAt = new Date().toISOString();
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(root, 'bench/RESULTS.md'), renderResults(results));
// Only when measured now: the other sections' runs leave the README as it is.
if (wanted('size') && results.size && !results.size.unavailable) await updateReadme({ sizes: results.size });
console.log('bench: wrote bench/RESULTS.md');
