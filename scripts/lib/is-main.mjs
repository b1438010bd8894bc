import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * Whether the module at `url` (its `import.meta.url`) is the script node was started with, rather
 * than imported by another. Node gives `import.meta.url` with symlinks resolved, so the script's
 * path is too; `node -e` and the REPL have no script at all.
 */
export function isMain(url) {
  const script = process.argv[1];
  return Boolean(script) && url === pathToFileURL(realpathSync(script)).href;
}
