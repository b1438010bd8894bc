// Smoke test of the static Storybook (`npm run build-storybook`, run by CI before the tests):
// every story renders in its preview iframe against the local backend. Storybook marks the body
// `sb-show-main` once a story rendered and `sb-show-errordisplay` when it threw.
import { expect, waitUntil } from '@open-wc/testing';
import { apiBase } from '../support/backend.js';

interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
}

async function storyIds(): Promise<string[] | undefined> {
  const response = await fetch('/storybook-static/index.json');
  if (!response.ok) return undefined;
  const index = (await response.json()) as { entries: Record<string, IndexEntry> };
  return Object.values(index.entries)
    .filter((entry) => entry.type === 'story')
    .map((entry) => entry.id);
}

function openStory(id: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:1024px;height:768px;border:0';
  frame.src = `/storybook-static/iframe.html?id=${id}&viewMode=story&dashApi=${encodeURIComponent(apiBase)}`;
  document.body.append(frame);
  return frame;
}

/** Opens one story; resolves with the outcome Storybook put on the iframe's body. */
function renderStory(id: string, timeoutMs = 20_000): Promise<string> {
  const frame = openStory(id);
  const started = Date.now();
  return new Promise<string>((resolve) => {
    const poll = () => {
      const body = frame.contentDocument?.body;
      if (body?.classList.contains('sb-show-main')) return resolve('rendered');
      if (body?.classList.contains('sb-show-errordisplay')) {
        const message = frame.contentDocument?.querySelector('#error-message')?.textContent ?? '';
        return resolve(`error: ${message.trim().slice(0, 300)}`);
      }
      if (Date.now() - started > timeoutMs) return resolve('timed out');
      setTimeout(poll, 50);
    };
    poll();
  }).finally(() => frame.remove());
}

describe('Storybook (static build)', () => {
  it('renders every story without the error display', async function () {
    const ids = await storyIds();
    if (!ids) {
      // Built by .ci/run; locally run `npm run build-storybook` first.
      this.skip();
      return;
    }
    this.timeout(ids.length * 25_000 + 10_000);
    expect(ids.length).to.be.greaterThan(0);
    const outcomes: Record<string, string> = {};
    for (const id of ids) outcomes[id] = await renderStory(id);
    const failed = Object.entries(outcomes).filter(([, outcome]) => outcome !== 'rendered');
    expect(failed, JSON.stringify(failed, null, 1)).to.deep.equal([]);
    expect(ids.some((id) => id.startsWith('theming--'))).to.equal(true);
  });

  it('points stories at the backend given by ?dashApi (the theming story loads its images)', async function () {
    if (!(await storyIds())?.includes('theming--light')) {
      this.skip();
      return;
    }
    const frame = openStory('theming--light');
    try {
      await waitUntil(
        () => (frame.contentDocument?.querySelector('dash-gallery')?.shadowRoot?.querySelectorAll('img').length ?? 0) > 0,
        'the themed gallery showed no image',
        { timeout: 15_000 },
      );
    } finally {
      frame.remove();
    }
  });
});
