// The React and Vue examples import `dash-elements/...` as an app that installed the package would:
// `npm run build:examples` first unpacks the packed tarball to demo/frameworks/node_modules/
// (scripts/unpack-examples-package.mjs), and Vite finds it there by ordinary node_modules lookup,
// through the tarball's own package.json `exports`. Each example has its own package.json so the
// name does not resolve to the repository itself. This only fails early, and clearly, when the
// unpacked copy is missing.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const packedPackageDir = fileURLToPath(new URL('./node_modules/dash-elements', import.meta.url));

export function requirePackedPackage() {
  if (!existsSync(`${packedPackageDir}/package.json`)) {
    throw new Error(
      'demo/frameworks/node_modules/dash-elements is missing: run `npm run build:examples` ' +
        '(it packs the built project and unpacks the tarball there; run `npm run build` first)',
    );
  }
}
