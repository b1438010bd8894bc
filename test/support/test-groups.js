// The browser tests' web-test-runner groups, one per folder under test/ that holds browser tests
// (and one per sub-folder, e.g. `hardening/attacks`), so `npm run test:browser -- --group gallery`
// runs one behaviour alone. Derived from the tree, so a renamed or new folder needs no config edit.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Folders whose tests run in Node (`npm run test:node`), or that hold no tests. */
export const nodeTestDirs = ['backend', 'node', 'unit'];
const notTests = new Set([...nodeTestDirs, 'support', 'node_modules']);

/** @param {string} dir */
function hasBrowserTests(dir) {
  return readdirSync(dir, { withFileTypes: true }).some((entry) =>
    entry.isDirectory()
      ? entry.name !== 'node_modules' && hasBrowserTests(join(dir, entry.name))
      : entry.name.endsWith('.test.ts'),
  );
}

/**
 * @param {string} testDir absolute path of test/
 * @param {string} [dir]
 * @returns {string[]} folders (relative to test/, `/`-separated) that hold browser tests
 */
export function browserTestFolders(testDir, dir = testDir) {
  const folders = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || (dir === testDir && notTests.has(entry.name)) || entry.name === 'node_modules') {
      continue;
    }
    const path = join(dir, entry.name);
    if (!hasBrowserTests(path)) continue;
    folders.push(relative(testDir, path).split('\\').join('/'), ...browserTestFolders(testDir, path));
  }
  return folders.sort();
}

/**
 * @param {string} testDir absolute path of test/
 * @returns {{ name: string, files: string[] }[]} one group per folder, with its sub-folders' tests
 */
export function browserTestGroups(testDir) {
  return browserTestFolders(testDir).map((name) => ({
    name,
    files: [`test/${name}/**/*.test.ts`, '!**/node_modules/**'],
  }));
}
