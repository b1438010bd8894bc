// The npm package as users get it: `npm pack` of the built project into .cache/pack/ (run
// `npm run build` first). `npm run check:package` lints it, and the example apps under
// demo/frameworks/ install it (`npm run test:apps`), so what is checked is what is published.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './manifest.mjs';

export const packDir = join(root, '.cache/pack');

/** Packs the project and returns the tarball's absolute path. */
export function packTarball() {
  if (!existsSync(join(root, 'dist/index.js'))) throw new Error('dist/ is not built: run `npm run build` first');
  mkdirSync(packDir, { recursive: true });
  for (const file of readdirSync(packDir)) if (file.endsWith('.tgz')) rmSync(join(packDir, file));
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const [result] = JSON.parse(
    execFileSync(npm, ['pack', '--json', '--pack-destination', packDir], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  return join(packDir, result.filename);
}

/** The tarball's files, package-relative (`dist/gallery.js`), as `npm pack --dry-run` lists them. */
export function tarballFiles(tarball) {
  return execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((path) => path.replace(/^package\//, ''));
}
