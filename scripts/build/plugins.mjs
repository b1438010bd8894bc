// The build-time transforms of every build that ships or measures code: the npm build
// (vite.config.ts), the CDN scripts (cdn.mjs) and the size bench (bench/size/measure.mjs), so
// what is measured is what ships. Dev servers and tests use the sources as written (the tests'
// Uppy bundle applies uppy.mjs itself).
import { minifyCssLiteralsPlugin } from './minify-css-literals.mjs';
import { uppyPlugin } from './uppy.mjs';

export const shippedPlugins = () => [minifyCssLiteralsPlugin(), uppyPlugin()];
