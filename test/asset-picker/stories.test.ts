import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetBackend } from '../support/backend.js';
import meta, * as stories from '../../stories/asset-picker.stories.js';
import type { PickerArgs } from '../../stories/asset-picker.stories.js';
import type { DashAssetPicker } from '../../src/asset-picker.js';
import { $, apiBase, until, untilResults } from './helpers.js';

type StoryModule = { args?: Partial<PickerArgs>; render?: (args: PickerArgs) => unknown };

const named = Object.entries(stories as Record<string, unknown>).filter(
  (entry): entry is [string, StoryModule] => /^[A-Z]/.test(entry[0]) && typeof entry[1] === 'object',
);

/**
 * Stories that exist to show a state other than results: empty, loading (held open forever) or an
 * error. Their play functions reach the state, and the Storybook smoke test
 * (test/packaging/storybook.test.ts, `stateChecks`) checks each in the element's shadow DOM.
 */
const STATE_STORIES = ['EmptyFolder', 'NoResults', 'Loading', 'NotFound', 'NetworkError'];

/** Renders a story the way Storybook would, pointed at the test backend. */
async function renderStory(story: StoryModule): Promise<HTMLElement> {
  const args = { ...meta.args, ...story.args, apiBase } as PickerArgs;
  const render = (story.render ?? meta.render) as (args: PickerArgs) => Parameters<typeof fixture>[0];
  return fixture(render(args));
}

describe('dash-asset-picker: stories', () => {
  before(() => resetBackend());

  it('has a story for each mode', () => {
    expect(named.map(([name]) => name)).to.include.members([
      'PortalInline',
      'PasscodePortal',
      'HostToken',
      'MultipleImages',
      'AcceptHidden',
      'Modal',
      'HostileData',
    ]);
  });

  it('lists only existing stories as state stories', () => {
    expect(named.map(([name]) => name)).to.include.members(STATE_STORIES);
  });

  // Modal has its own test below; the state stories never reach results.
  for (const [name, story] of named.filter(([name]) => name !== 'Modal' && !STATE_STORIES.includes(name))) {
    it(`${name} renders its ready state and is accessible`, async () => {
      const root = await renderStory(story);
      const picker = root.querySelector<DashAssetPicker>('dash-asset-picker')!;
      await until(() => $(picker, '#search, #passcode'), `${name} never became ready`);
      if ($(picker, '#search')) await untilResults(picker);
      await expect(picker).to.be.accessible();
    });
  }

  it('Modal opens from its button and reports a cancel', async () => {
    const root = await renderStory(stories.Modal as unknown as StoryModule);
    const picker = root.querySelector<DashAssetPicker>('dash-asset-picker')!;
    root.querySelector('button')!.click();
    await until(() => $<HTMLDialogElement>(picker, 'dialog')!.open, 'dialog did not open');
    await untilResults(picker);
    await expect(picker).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => root.querySelector('output')!.textContent === 'Cancelled', 'cancel not reported');
  });
});
