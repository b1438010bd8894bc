#!/usr/bin/env node
// `npm test`: the fast tier first (test/unit: pure logic in Node), then the other Node tests
// (test/backend, test/node), then the browser tests (web-test-runner, which starts the local Dash
// backends itself: test/support/backend-plugin.js), and one closing line
// `N passed, N failed[, N skipped]`. A run in which no test ran fails.
//
//   npm test                                  everything
//   npm test -- --only unit                   test/unit alone (npm run test:unit)
//   npm test -- --only node                   test/unit, test/backend, test/node (npm run test:node)
//   npm test -- --only browser --files 'test/gallery/**/*.test.ts'
//   npm test -- --only browser --group gallery
// Arguments other than --only are passed to web-test-runner.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args.splice(onlyIndex, 2)[1] : undefined;

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(command, commandArgs, env, onLine) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let pending = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop();
      lines.forEach((line) => onLine?.(line));
    });
    child.on('close', (code) => {
      if (pending) onLine?.(pending);
      resolve(code ?? 1);
    });
  });
}

/**
 * Test files under `dirs`, sub-folders included. Listed here because Node 20's test runner finds
 * only .js files in a folder argument and takes no glob.
 */
function listNodeTests(dirs) {
  const list = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : list(path);
      return /\.test\.[cm]?[jt]s$/.test(entry.name) ? [path] : [];
    });
  return dirs.flatMap((dir) => (existsSync(dir) ? list(dir) : [])).sort();
}

/**
 * Runs the Node tests in `dirs` as one `node --test` run. `concurrency`: files at once (the unit
 * tier shares nothing; the backend tests start servers and the build tests read dist/, so those
 * run one file at a time).
 */
async function runNodeTests(label, dirs, { concurrency, required }) {
  const files = listNodeTests(dirs);
  if (files.length === 0) {
    // A tier asked for alone that has nothing to run fails; within a larger run it is only noted.
    console.log(`\n${label}: no test files in ${dirs.join(', ')}`);
    if (required) {
      totals.failed++;
      failures.push(`${label}: no test files in ${dirs.join(', ')}`);
    }
    return;
  }
  console.log(`\n${label}: ${files.length} files (${dirs.join(', ')})`);
  const started = Date.now();
  const counts = { pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 };
  const code = await run(
    process.execPath,
    ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=tap', ...files],
    {},
    (line) => {
      const match = /^# (pass|fail|cancelled|skipped|todo) (\d+)$/.exec(line.trim());
      if (match) counts[match[1]] = Number(match[2]);
      const failed = /^not ok \d+ - (.*)$/.exec(line.trim());
      if (failed) failures.push(`${label}: ${failed[1]}`);
    },
  );
  // A test cancelled (its parent ended, or the run did while it waited) did not pass: a failure.
  counts.fail += counts.cancelled;
  console.log(
    `${label}: ${counts.pass} passed, ${counts.fail} failed in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  totals.passed += counts.pass;
  totals.failed += counts.fail;
  totals.skipped += counts.skipped + counts.todo;
  // A crash before any test ran still has to count.
  if (code !== 0 && counts.fail === 0) {
    totals.failed++;
    failures.push(`${label}: node --test exited with ${code}`);
  }
  if (code === 0 && counts.pass === 0) {
    totals.failed++;
    failures.push(`${label}: no test ran`);
  }
}

/** A free loopback port: web-test-runner's default (8000) may be taken by another run. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function runBrowserTests() {
  mkdirSync('.cache', { recursive: true });
  const portArgs = args.includes('--port') ? [] : ['--port', String(await freePort())];
  const countsFile = join('.cache', `wtr-counts-${process.pid}.json`);
  rmSync(countsFile, { force: true });
  const code = await run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...portArgs, ...args], {
    DASH_WTR_COUNTS: countsFile,
  });
  try {
    const counts = JSON.parse(readFileSync(countsFile, 'utf8'));
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
    failures.push(...counts.failures.map((f) => `browser: ${f}`));
    if (code !== 0 && counts.failed === 0) {
      totals.failed++;
      failures.push(`web-test-runner exited with ${code}`);
    }
  } catch {
    totals.failed++;
    failures.push(`web-test-runner exited with ${code} and reported no results`);
  }
}

const known = ['unit', 'node', 'browser'];
if (only !== undefined && !known.includes(only)) {
  console.error(`--only takes one of ${known.join(', ')}`);
  process.exit(2);
}
try {
  if (only === undefined || only === 'unit' || only === 'node') {
    await runNodeTests('unit', ['test/unit'], { concurrency: 2, required: only === 'unit' });
  }
  if (only === undefined || only === 'node') {
    await runNodeTests('node', ['test/backend', 'test/node'], { concurrency: 1, required: true });
  }
  if (only === undefined || only === 'browser') await runBrowserTests();
} catch (error) {
  totals.failed++;
  failures.push(`test run: ${error?.stack ?? error}`);
}

if (failures.length > 0) {
  console.log('\nFailures:');
  for (const failure of failures) console.log(`  - ${failure}`);
}
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
