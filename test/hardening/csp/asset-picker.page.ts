// <dash-asset-picker> under the strict policy: load, search, select, insert → dash-select.
import { cspConfig, runCspFlow } from './page-harness.js';
import { pickerFlow } from '../support/flows.js';

void runCspFlow(async (log) => {
  const assets = await pickerFlow(document.getElementById('root')!, cspConfig, log, { portal: 'press' });
  log(`selected-${assets.length}`);
});
