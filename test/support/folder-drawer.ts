/**
 * The narrow-layout folder drawer both browsing elements share (src/browse/results.ts), walked by
 * keyboard: Enter on its button opens it as a modal with focus inside and a heading, its Close
 * button and Escape close it with focus back on the button, and choosing a folder closes it and names the folder on the button.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until } from './until.js';

const inShadow = <T extends Element>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;

/** `whileOpen` runs with the drawer first open (an axe check, say). */
export async function walkFolderDrawerByKeyboard(el: Element, whileOpen?: () => Promise<unknown>): Promise<void> {
  const drawer = () => inShadow<HTMLDialogElement>(el, 'dialog.drawer');
  const button = inShadow<HTMLButtonElement>(el, '[part~=folders-button]');
  button.focus();
  await sendKeys({ press: 'Enter' });
  await until(() => drawer().open, 'drawer did not open');
  expect(drawer().matches(':modal')).to.equal(true);
  expect(drawer().contains(el.shadowRoot!.activeElement), 'focus moved into the drawer').to.equal(true);
  await whileOpen?.();
  // A heading names it, and a Close button closes it with focus back on its opener.
  const heading = drawer().querySelector('h2');
  expect(heading?.checkVisibility(), 'the drawer has a visible heading').to.equal(true);
  expect(drawer().getAttribute('aria-labelledby')).to.equal(heading!.id);
  const close = [...drawer().querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Close');
  expect(close?.checkVisibility(), 'the drawer has a visible Close button').to.equal(true);
  close!.focus();
  await sendKeys({ press: 'Enter' });
  await until(() => !drawer().open, 'Close did not close the drawer');
  expect(el.shadowRoot!.activeElement, 'Close returns focus to the opener').to.equal(button);

  await sendKeys({ press: 'Enter' });
  await until(() => drawer().open, 'drawer did not open again');
  await sendKeys({ press: 'Escape' });
  await until(() => !drawer().open, 'Escape did not close the drawer');
  expect(el.shadowRoot!.activeElement).to.equal(button);

  // Choosing a folder closes the drawer and names the folder on the button.
  await sendKeys({ press: 'Enter' });
  await until(() => drawer().open, 'drawer did not open again');
  const tree = inShadow(el, 'dash-folder-tree');
  await until(() => tree.shadowRoot!.querySelectorAll('[role=treeitem]').length > 1, 'no folders');
  const folder = tree.shadowRoot!.querySelectorAll<HTMLElement>('[role=treeitem]')[1];
  const name = folder.getAttribute('aria-label')!;
  folder.querySelector<HTMLElement>('.label')!.click();
  await until(() => !drawer().open, 'choosing a folder did not close the drawer');
  expect(el.shadowRoot!.activeElement).to.equal(button);
  await until(() => button.textContent!.includes(name), 'button does not name the folder');
}
