#!/usr/bin/env node
// `npm test`: starts the local Dash backend (API + S3 server) once, runs the Node tests and the
// browser tests against it, and ends with one plain line `N passed, N failed[, N skipped]`.
//
//   npm test                                  everything
//   npm test -- --only browser --files 'test/gallery/**/*.test.ts'
//   npm test -- --only node
// Arguments other than --only are passed to web-test-runner.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBackend } from '../demo/backend/index.js';

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

function listNodeTests() {
  const dirs = ['test/backend', 'test/node'];
  return dirs.flatMap((dir) => {
    try {
      return readdirSync(dir)
        .filter((f) => f.endsWith('.test.ts') || f.endsWith('.test.js'))
        .map((f) => join(dir, f));
    } catch {
      return [];
    }
  });
}

async function runNodeTests(env) {
  const files = listNodeTests();
  if (files.length === 0) return;
  const counts = { pass: 0, fail: 0, skipped: 0, todo: 0 };
  const code = await run(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=tap', ...files],
    env,
    (line) => {
      const match = /^# (pass|fail|skipped|todo) (\d+)$/.exec(line.trim());
      if (match) counts[match[1]] = Number(match[2]);
      const failed = /^not ok \d+ - (.*)$/.exec(line.trim());
      if (failed) failures.push(`node: ${failed[1]}`);
    },
  );
  totals.passed += counts.pass;
  totals.failed += counts.fail;
  totals.skipped += counts.skipped + counts.todo;
  // A crash before any test ran still has to count.
  if (code !== 0 && counts.fail === 0) {
    totals.failed++;
    failures.push(`node test run exited with ${code}`);
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

async function runBrowserTests(env) {
  mkdirSync('.cache', { recursive: true });
  const portArgs = args.includes('--port') ? [] : ['--port', String(await freePort())];
  const countsFile = join('.cache', `wtr-counts-${process.pid}.json`);
  rmSync(countsFile, { force: true });
  const code = await run(
    process.execPath,
    ['node_modules/@web/test-runner/dist/bin.js', ...portArgs, ...args],
    { ...env, DASH_WTR_COUNTS: countsFile },
  );
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

// Two backends: the default profile (the demo's, with local extensions) and the seed profile,
// which answers only what the seed documents print; tests of the main flows run against both.
const dataDir = mkdtempSync(join(tmpdir(), 'dash-test-'));
let backend;
let seedBackend;
try {
  backend = await startBackend({ dataDir: join(dataDir, 'default'), testControls: true, quiet: true });
  seedBackend = await startBackend({
    dataDir: join(dataDir, 'seed'),
    testControls: true,
    quiet: true,
    profile: 'seed',
  });
  const env = {
    DASH_API_URL: backend.apiUrl,
    DASH_S3_URL: backend.s3Url,
    DASH_SEED_API_URL: seedBackend.apiUrl,
    DASH_SEED_S3_URL: seedBackend.s3Url,
  };
  console.log(`Dash API: ${backend.apiUrl}  S3: ${backend.s3Url}`);
  console.log(`Dash API (seed profile): ${seedBackend.apiUrl}  S3: ${seedBackend.s3Url}`);
  if (only !== 'browser') await runNodeTests(env);
  if (only !== 'node') await runBrowserTests(env);
} catch (error) {
  totals.failed++;
  failures.push(`test setup: ${error?.stack ?? error}`);
} finally {
  await backend?.close().catch(() => {});
  await seedBackend?.close().catch(() => {});
  rmSync(dataDir, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.log('\nFailures:');
  for (const failure of failures) console.log(`  - ${failure}`);
}
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
