// Smoke test of the static Storybook (`npm run build-storybook`, run by CI before the tests):
// every story renders in its preview iframe against the local backend. Storybook marks the body
// `sb-show-main` once a story rendered and `sb-show-errordisplay` when it threw.
import { expect, waitUntil } from '@open-wc/testing';
import { apiBase } from '../support/backend.js';
import { emptyText, folderItem, inShadow, UNMATCHED_QUERY } from '../../.storybook/play.js';

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

interface PreviewWindow extends Window {
  __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } };
}

/**
 * Opens a story and waits until Storybook finished it, play function included (plays run in the
 * preview iframe unless the URL says `embed=true`; a play that throws ends in the error display).
 * The caller removes the frame.
 */
async function finishStory(id: string, timeoutMs = 45_000): Promise<HTMLIFrameElement> {
  const frame = openStory(id);
  await waitUntil(
    () => {
      const body = frame.contentDocument?.body;
      const phase = (frame.contentWindow as PreviewWindow | null)?.__STORYBOOK_PREVIEW__?.currentRender?.phase;
      return body?.classList.contains('sb-show-errordisplay') || (body?.classList.contains('sb-show-main') && phase === 'finished');
    },
    `${id} never finished`,
    { timeout: timeoutMs, interval: 50 },
  );
  const error = frame.contentDocument?.querySelector('#error-message')?.textContent?.trim();
  if (frame.contentDocument?.body.classList.contains('sb-show-errordisplay')) {
    frame.remove();
    throw new Error(`${id} showed the error display: ${error?.slice(0, 300)}`);
  }
  return frame;
}

const text = (el: Element | null | undefined) => el?.textContent?.trim() ?? '';

/**
 * The browse states each story exists to show, checked in the element's shadow DOM: what a
 * visitor reads (and a screen reader hears), not just that something rendered.
 */
const browseStates: Record<string, { tag: string; check: (el: Element) => string | undefined; holdMs?: number }> = {
  'elements-portal-browser--loading': {
    tag: 'dash-portal-browser',
    // Stays loading: checked again after holdMs.
    holdMs: 3_000,
    check: (el) => {
      const status = text(inShadow(el, '.status-line[role=status]'));
      if (status !== 'Loading assets…') return `status line is "${status}"`;
      const tree = text(inShadow(inShadow(el, 'dash-folder-tree'), '.status[role=status]'));
      if (tree !== 'Loading…') return `folder tree status is "${tree}"`;
      if (inShadow(el, '[part~=error]') || inShadow(el, '[part~=empty]')) return 'an error or empty state is shown';
      return undefined;
    },
  },
  'elements-portal-browser--empty-folder': {
    tag: 'dash-portal-browser',
    check: (el) => {
      if (emptyText(el) !== 'This folder has no assets yet.') return `empty state is "${emptyText(el)}"`;
      if (folderItem(el, '2027')?.getAttribute('aria-selected') !== 'true') return 'Events › 2027 is not selected';
      if (text(inShadow(el, '.status-line')) !== '0 assets') return `status line is "${text(inShadow(el, '.status-line'))}"`;
      if (!inShadow(el, 'dash-asset-grid')?.hidden) return 'the grid is shown';
      return undefined;
    },
  },
  'elements-portal-browser--no-results': {
    tag: 'dash-portal-browser',
    check: (el) => {
      if (!emptyText(el).startsWith('No assets match your search.')) return `empty state is "${emptyText(el)}"`;
      const query = inShadow<HTMLInputElement>(el, '#search')?.value;
      if (query !== UNMATCHED_QUERY) return `search box holds "${query}"`;
      if (!inShadow(el, 'dash-asset-grid')?.hidden) return 'the grid is shown';
      return undefined;
    },
  },
  'elements-asset-picker--empty-folder': {
    tag: 'dash-asset-picker',
    check: (el) => {
      if (emptyText(el) !== 'This folder has no assets yet.') return `empty state is "${emptyText(el)}"`;
      if (folderItem(el, '2027')?.getAttribute('aria-selected') !== 'true') return 'Events › 2027 is not selected';
      return undefined;
    },
  },
  'elements-asset-picker--no-results': {
    tag: 'dash-asset-picker',
    check: (el) => {
      if (!emptyText(el).startsWith('No assets match your search.')) return `empty state is "${emptyText(el)}"`;
      const query = inShadow<HTMLInputElement>(el, '#search')?.value;
      if (query !== UNMATCHED_QUERY) return `search box holds "${query}"`;
      return undefined;
    },
  },
};

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

  describe('browse state stories show their state', () => {
    for (const [id, { tag, check, holdMs }] of Object.entries(browseStates)) {
      it(id, async function () {
        const ids = await storyIds();
        if (!ids) {
          this.skip();
          return;
        }
        expect(ids, 'the story exists').to.include(id);
        this.timeout(90_000);
        const frame = await finishStory(id);
        try {
          const el = frame.contentDocument!.querySelector(tag);
          expect(el, `<${tag}> in ${id}`).to.exist;
          let problem: string | undefined = 'not checked';
          await waitUntil(() => !(problem = check(el!)), `${id}: ${problem}`, { timeout: 20_000, interval: 50 }).catch(() => {
            throw new Error(`${id}: ${problem}`);
          });
          if (holdMs) {
            await new Promise((resolve) => setTimeout(resolve, holdMs));
            expect(check(el!), `${id} after ${holdMs} ms`).to.equal(undefined);
          }
        } finally {
          frame.remove();
        }
      });
    }
  });
});
