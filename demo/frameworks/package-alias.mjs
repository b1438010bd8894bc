// The example apps import `dash-elements/...` exactly as an app that installed the package would:
// these aliases follow package.json `exports` to the built files in dist/ (run `npm run build`
// first), so the apps exercise what npm ships, not the sources.
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${repoRoot}/package.json`, 'utf8'));

export const dashElementsAlias = Object.entries(pkg.exports)
  .filter(([, target]) => typeof target === 'object' && target.default)
  .map(([subpath, target]) => ({
    find: new RegExp(`^dash-elements${subpath.slice(1).replace(/[/.]/g, '\\$&')}$`),
    replacement: `${repoRoot}/${target.default.replace(/^\.\//, '')}`,
  }));
