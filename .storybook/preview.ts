import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json' with { type: 'json' };
import { dashStoryConfig } from './dash-config.js';

// Controls and docs tables come from the Custom Elements Manifest (`npm run analyze`).
setCustomElementsManifest(manifest);

// Set before any story module is evaluated, so stories can read it at their top level.
globalThis.__DASH_DEMO__ = dashStoryConfig();

const preview: Preview = {
  // Every story may take `apiBase` as an arg; this is its default (see .storybook/README.md).
  args: { apiBase: globalThis.__DASH_DEMO__.apiBase },
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
};

export default preview;
