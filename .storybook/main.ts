import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for the elements. `npm run storybook` starts the local backend and this dev server;
 * `npm run build-storybook` writes storybook-static/ (offline). Where stories find the backend
 * is explained in .storybook/README.md.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  // Telemetry would make the build wait on the network, which CI does not have.
  core: { disableTelemetry: true },
  // The repo's vite.config.ts is the library build (lib mode, externals); Storybook must not
  // inherit it, or the preview bundle would leave lit & co. as bare imports.
  viteFinal: async (viteConfig) => {
    viteConfig.build = { ...viteConfig.build, lib: false, rollupOptions: {} };
    return viteConfig;
  },
};

export default config;
