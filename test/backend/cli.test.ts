import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';

describe('npm run backend (demo/backend/cli.js)', () => {
  it('prints the API line, serves, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['demo/backend/cli.js'], {
      env: { ...process.env, DASH_API_PORT: '', DASH_TEST_CONTROLS: '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      let output = '';
      const apiUrl = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no API line in: ${output}`)), 15_000);
        child.stdout.on('data', (chunk) => {
          output += chunk;
          const match = /^Dash API: (http:\/\/127\.0\.0\.1:\d+)$/m.exec(output);
          if (match && /^S3: /m.test(output)) {
            clearTimeout(timer);
            resolve(match[1]!);
          }
        });
      });
      assert.match(output, /^S3: http:\/\/127\.0\.0\.1:\d+$/m);
      const portal = await fetch(`${apiUrl}/subdomains/demo/publicly-available-portal-datas/press`);
      assert.equal(portal.status, 200);
      assert.equal((await fetch(`${apiUrl}/__control/reset`, { method: 'POST' })).status, 204);
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const [code] = await exited;
      assert.equal(code, 0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
