/**
 * Issue 19 item 4: the result count is announced once the search settles, not per keystroke. The
 * status line is the polite live region; every text it takes while a word is typed at an ordinary
 * pace is recorded, and only one of them may be a count.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetBackend } from '../support/backend.js';
import { $, mountPortal, statusText, tileNames, until, untilResults } from '../portal-browser/helpers.js';
import { mountPicker, statusText as pickerStatus } from '../asset-picker/helpers.js';

const KEY_INTERVAL_MS = 450;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every text the live region shows, in order, while `during` runs (and one settle after it). */
async function announcements(region: Element, during: () => Promise<void>): Promise<string[]> {
  const texts: string[] = [];
  const observer = new MutationObserver(() => {
    const text = region.textContent!.trim();
    if (text && text !== texts.at(-1)) texts.push(text);
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  try {
    await during();
  } finally {
    observer.disconnect();
  }
  return texts;
}

/**
 * Types `word` into the focused field one key per KEY_INTERVAL_MS. The first key goes through the
 * browser's keyboard; the rest are typed in the page, because on a loaded machine each keyboard
 * round trip to the test runner can take longer than the 1 s settle pause itself, which would
 * make the visitor look like one who paused mid-word.
 */
async function typeSlowly(word: string): Promise<void> {
  await sendKeys({ type: word[0]! });
  const field = deepActiveElement() as HTMLInputElement;
  for (const key of word.slice(1)) {
    await sleep(KEY_INTERVAL_MS);
    field.value += key;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: key, inputType: 'insertText' }));
  }
  await sleep(KEY_INTERVAL_MS);
}

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('browse: result counts announced once the search settles', () => {
  before(() => resetBackend());

  it('typing "harbour" at 450 ms a key announces one count (portal)', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    const region = $(el, '.status-line')!;
    expect(region.getAttribute('role')).to.equal('status');
    $<HTMLInputElement>(el, '#search')!.focus();
    const texts = await announcements(region, async () => {
      await typeSlowly('harbour');
      await until(() => /\d/.test(statusText(el)), 'no count after typing', 10_000);
      await sleep(1500);
    });
    const counts = texts.filter((text) => /\d/.test(text));
    expect(counts, `announced: ${JSON.stringify(texts)}`).to.have.length(1);
    expect(tileNames(el).every((name) => name.toLowerCase().includes('harbour'))).to.equal(true);
    expect(counts[0]).to.contain(String(tileNames(el).length));
  });

  it('typing at 450 ms a key announces one count (picker)', async () => {
    const el = await mountPicker({ portal: 'press' });
    await until(() => /\d/.test(pickerStatus(el)), 'no results');
    const region = $(el, '.status-line')!;
    $<HTMLInputElement>(el, '#search')!.focus();
    const texts = await announcements(region, async () => {
      await typeSlowly('harbour');
      await until(() => /\d/.test(pickerStatus(el)), 'no count after typing', 10_000);
      await sleep(1500);
    });
    expect(
      texts.filter((text) => /\d/.test(text)),
      `announced: ${JSON.stringify(texts)}`,
    ).to.have.length(1);
  });

  it('a change that is not typed (a filter) is announced at once', async () => {
    const el = await mountPortal('press');
    await untilResults(el);
    const type = $<HTMLSelectElement>(el, '#type')!;
    type.value = 'IMAGE';
    type.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await until(() => /\d/.test(statusText(el)), 'no count after the filter', 3000);
  });
});
