#!/usr/bin/env node
// `npm run storybook`: the local backend and Storybook's dev server, wired together through
// STORYBOOK_DASH_API (see .storybook/README.md), so stories work without copying a port.
// Extra arguments go to `storybook dev` (e.g. `npm run storybook -- -p 7007`).
import { spawn } from 'node:child_process';
import { startBackend } from '../demo/backend/index.js';

const backend = await startBackend({ testControls: process.env.DASH_TEST_CONTROLS === '1' });
console.log(`Dash API: ${backend.apiUrl}`);

const storybook = spawn(
  process.execPath,
  ['node_modules/storybook/dist/bin/dispatcher.js', 'dev', '-p', '6006', '--no-open', ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, STORYBOOK_DASH_API: backend.apiUrl } },
);

async function stop(code) {
  storybook.kill('SIGTERM');
  await backend.close().catch(() => {});
  process.exit(code);
}
storybook.on('exit', (code) => stop(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(0));
