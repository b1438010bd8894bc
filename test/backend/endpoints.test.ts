import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cmsPaths, dashPaths, socialPaths } from '../../src/api/endpoints.js';
import { call, startTestBackend } from './helpers.js';

/** Every path in the client's endpoint table must have a route here (any method). */
describe('the backend answers every path of src/api/endpoints.ts', () => {
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  before(async () => {
    backend = await startTestBackend();
  });
  after(() => backend.stop());

  const tables = { dashPaths, socialPaths, cmsPaths } as Record<string, Record<string, (...args: string[]) => string>>;
  for (const [table, paths] of Object.entries(tables)) {
    for (const [name, build] of Object.entries(paths)) {
      it(`${table}.${name}`, async () => {
        const path = build('demo', 'x');
        const { status, json } = await call(backend.apiUrl, path, { token: 'demo' });
        // Any body may come back here (JSON, text, nothing): read `message` only where there is one.
        const message = typeof json === 'object' && json !== null && 'message' in json ? json.message : undefined;
        const unrouted = status === 404 && typeof message === 'string' && message.startsWith('No route');
        assert.equal(unrouted, false, `${path} has no route`);
      });
    }
  }
});
