// The example installs dash-elements from the packed tarball into its own node_modules; this folder
// is its root (not the repository around it, which has a lockfile of its own).
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

/** @type {import('next').NextConfig} */
export default {
  outputFileTracingRoot: here,
  turbopack: { root: here },
};
