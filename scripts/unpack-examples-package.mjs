// The React, Vue and Angular examples (demo/frameworks/{react,vue,angular}, `npm run build:examples`)
// import `dash-elements/...` as an app that installed the package would. This packs the built
// project once (`npm pack`, like scripts/lib/pack.mjs) and unpacks the tarball to
// demo/frameworks/node_modules/dash-elements (git-ignored), where Vite, tsc/vue-tsc and Angular's
// builder find it by ordinary node_modules lookup and read its own package.json `exports` and
// `types`; their framework dependencies still come from the root node_modules. A file the
// tarball lacks is therefore missing for the examples too, and their build fails.
// Run `npm run build` first.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './lib/manifest.mjs';

export const unpackedPackage = join(root, 'demo/frameworks/node_modules/dash-elements');

if (!existsSync(join(root, 'dist/index.js'))) throw new Error('dist/ is not built: run `npm run build` first');

// Its own temporary folder, not .cache/pack/, so a concurrent `npm run test:apps` keeps its tarball.
const packDir = mkdtempSync(join(tmpdir(), 'dash-elements-pack-'));
try {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const [result] = JSON.parse(
    execFileSync(npm, ['pack', '--json', '--pack-destination', packDir], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  rmSync(unpackedPackage, { recursive: true, force: true });
  mkdirSync(unpackedPackage, { recursive: true });
  execFileSync('tar', ['-xzf', join(packDir, result.filename), '-C', unpackedPackage, '--strip-components=1']);
} finally {
  rmSync(packDir, { recursive: true, force: true });
}
const { version } = JSON.parse(readFileSync(join(unpackedPackage, 'package.json'), 'utf8'));
console.log(`dash-elements ${version} unpacked from its tarball to demo/frameworks/node_modules/dash-elements`);
