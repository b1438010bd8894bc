// <dash-asset-picker> under the strict policy: load, search, select, insert → dash-select.
import { cspConfig, runCspFlow } from './page-harness.js';
import { $, nextEvent, pickerFlow, tilesOf, until, untilPickerResults } from '../../support/flows.js';

void runCspFlow(async (log) => {
  const root = document.getElementById('root')!;
  const assets = await pickerFlow(root, cspConfig, log, { portal: 'press' });
  log(`selected-${assets.length}`);
  // Modal mode: a native <dialog>, opened by pick().
  const modal = document.createElement('dash-asset-picker');
  modal.setAttribute('api-base', cspConfig.api);
  modal.setAttribute('subdomain', 'demo');
  modal.setAttribute('portal', 'press');
  modal.setAttribute('modal', '');
  root.append(modal);
  const picked = modal.pick();
  await untilPickerResults(modal);
  log('modal-open');
  tilesOf(modal)[0].click();
  await until(() => /1/.test($(modal, '.footer .status')?.textContent ?? ''), 'selection counted');
  const selected = nextEvent(modal, 'dash-select', 30_000);
  $<HTMLButtonElement>(modal, '[part~=insert-button]')!.click();
  await selected;
  if ((await picked)?.length === 1) log('modal-picked');
});
