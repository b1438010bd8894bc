// Smoke test of the static Storybook (`npm run build-storybook`, run by CI before the tests):
// every story renders in its preview iframe against the local backend. Storybook marks the body
// `sb-show-main` once a story rendered and `sb-show-errordisplay` when it threw.
import { expect, waitUntil } from '@open-wc/testing';
import { apiBase } from '../support/backend.js';
import {
  emptyText,
  folderItem,
  inShadow,
  LARGE_UPLOAD_BYTES,
  UNMATCHED_QUERY,
  uploadFraction,
  uploadRow,
} from '../../.storybook/play.js';

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
      return (
        body?.classList.contains('sb-show-errordisplay') ||
        (body?.classList.contains('sb-show-main') && phase === 'finished')
      );
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

/** Problems with the error state (`part="error"`): an alert saying `message`, with a retry button. */
function errorState(el: Element, message: string): string | undefined {
  const alert = inShadow(el, '[part~=error]');
  if (!alert) return 'no error state';
  if (alert.getAttribute('role') !== 'alert') return 'the error state is not an alert';
  if (!text(alert).includes(message)) return `the error says "${text(alert)}"`;
  const retry = inShadow(el, '[part~=error] [part~=retry-button]');
  if (text(retry) !== 'Try again') return `the retry button is "${text(retry)}"`;
  return undefined;
}

/** Problems with the browse elements' held loading state (results and folder tree). */
function browseLoading(el: Element, statusSelector: string): string | undefined {
  const status = text(inShadow(el, `${statusSelector}[role=status]`));
  if (status !== 'Loading assets…') return `status line is "${status}"`;
  const tree = text(inShadow(inShadow(el, 'dash-folder-tree'), '.status[role=status]'));
  if (tree !== 'Loading…') return `folder tree status is "${tree}"`;
  if (inShadow(el, '[part~=error]') || inShadow(el, '[part~=empty]')) return 'an error or empty state is shown';
  return undefined;
}

/** Problems with one file's row in <dash-guest-upload>'s list. */
function uploadFile(el: Element, name: string, status: string, label: string): string | undefined {
  const row = uploadRow(el, name);
  if (!row) return `${name} is not listed`;
  if (row.dataset.status !== status) return `${name} is ${row.dataset.status}`;
  const shown = text(row.querySelector('[part~=file-status]'));
  if (shown !== label) return `${name} says "${shown}"`;
  return undefined;
}

const actions = (row: Element | undefined) =>
  [...(row?.querySelectorAll<HTMLElement>('[part~=file-action]') ?? [])].map((button) => button.dataset.action);

/** "of 536.9 MB": the total's wording for the large upload (decimal units, one decimal at most). */
const MB_OF_LARGE = `of ${(LARGE_UPLOAD_BYTES / 1e6).toFixed(1).replace(/\.0$/, '')} MB`;

interface StateCheck {
  tag: string;
  check: (el: Element) => string | undefined;
  /** The state must still hold after this long (loading, paused). */
  holdMs?: number;
}

/**
 * The state each state story exists to show, checked in the element's shadow DOM once Storybook
 * finished the story (play included): what a visitor reads (and a screen reader hears), not just
 * that something rendered.
 */
const stateChecks: Record<string, StateCheck> = {
  'elements-portal-browser--loading': {
    tag: 'dash-portal-browser',
    holdMs: 3_000,
    check: (el) => browseLoading(el, '.status-line'),
  },
  'elements-portal-browser--terms-before-download': {
    tag: 'dash-portal-browser',
    check: (el) => {
      const dialog = inShadow<HTMLDialogElement>(el, '[part~=terms-dialog]');
      if (!dialog?.open) return 'the terms dialog is not open';
      const terms = text(dialog.querySelector('.terms-text'));
      if (!terms.startsWith('Use these files for press coverage only.')) return `the terms say "${terms}"`;
      return undefined;
    },
  },
  'elements-portal-browser--arabic': {
    tag: 'dash-portal-browser',
    check: (el) => {
      if (el.getAttribute('dir') !== 'rtl' || el.getAttribute('lang') !== 'ar')
        return `dir="${el.getAttribute('dir')}" lang="${el.getAttribute('lang')}"`;
      if (!/[\u0600-\u06ff]/.test(text(inShadow(el, '.status-line')))) return 'the status line is not in Arabic';
      return undefined;
    },
  },
  'elements-portal-browser--empty-folder': {
    tag: 'dash-portal-browser',
    check: (el) => {
      if (emptyText(el) !== 'This folder has no assets yet.') return `empty state is "${emptyText(el)}"`;
      if (folderItem(el, '2027')?.getAttribute('aria-selected') !== 'true') return 'Events › 2027 is not selected';
      if (text(inShadow(el, '.status-line')) !== '0 assets')
        return `status line is "${text(inShadow(el, '.status-line'))}"`;
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
  'elements-portal-browser--custom-size-download': {
    tag: 'dash-portal-browser',
    check: (el) => {
      const form = inShadow(el, '[part~=custom-size]');
      if (!form) return 'no custom size fields';
      if (text(form.querySelector('legend')) !== 'Custom size')
        return `the legend says "${text(form.querySelector('legend'))}"`;
      const labels = [...form.querySelectorAll('label')].map(text);
      if (JSON.stringify(labels) !== JSON.stringify(['Width (px)', 'Height (px)', 'File type']))
        return `the fields are ${JSON.stringify(labels)}`;
      for (const label of form.querySelectorAll('label')) {
        if (!form.querySelector(`#${CSS.escape(label.htmlFor)}`)) return `"${text(label)}" labels no field`;
      }
      if (!inShadow(el, '[slot=actions] [part~=download-button]')) return 'no Download button';
      return undefined;
    },
  },
  'elements-portal-browser--asset-details': {
    tag: 'dash-portal-browser',
    check: (el) => {
      const details = inShadow(inShadow(el, 'dash-asset-view'), '[part~=details]');
      if (!details) return 'no asset details';
      const terms = [...details.querySelectorAll('dt')].map(text);
      for (const term of ['Title', 'Credit', 'Licence', 'Licence expiry'])
        if (!terms.includes(term)) return `no "${term}" among ${JSON.stringify(terms)}`;
      if (!text(details.querySelector('[part~=licence-badge]'))) return 'the licence is no badge';
      const expired = text(details.querySelector('[part~=expired-badge]'));
      if (expired !== 'Licence expired') return `the expiry badge says "${expired}"`;
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
  'elements-asset-picker--loading': {
    tag: 'dash-asset-picker',
    holdMs: 3_000,
    check: (el) => browseLoading(el, '.status'),
  },
  'elements-asset-picker--not-found': {
    tag: 'dash-asset-picker',
    check: (el) => errorState(el, 'We could not find what you asked for.'),
  },
  'elements-asset-picker--network-error': {
    tag: 'dash-asset-picker',
    check: (el) => errorState(el, 'We could not reach the server.'),
  },

  'elements-gallery--loading': {
    tag: 'dash-gallery',
    holdMs: 3_000,
    check: (el) => {
      const loading = inShadow(el, '[part~=loading]');
      if (text(loading) !== 'Loading…') return `loading state is "${text(loading)}"`;
      if (loading?.getAttribute('role') !== 'status') return 'the loading state is not a status';
      if (inShadow(el, '[part~=error]') || inShadow(el, '[part~=list]')) return 'an error or the list is shown';
      return undefined;
    },
  },
  'elements-gallery--network-error': {
    tag: 'dash-gallery',
    check: (el) => errorState(el, 'We could not reach the server.'),
  },
  'elements-gallery--not-found': {
    tag: 'dash-gallery',
    check: (el) => errorState(el, 'We could not find what you asked for.'),
  },
  'elements-gallery--malformed-data': {
    tag: 'dash-gallery',
    check: (el) => errorState(el, 'The server sent something we could not read.'),
  },
  'elements-gallery--lightbox-open': {
    tag: 'dash-gallery',
    check: (el) => {
      // The lightbox is a native <dialog> shown with showModal(): in the top layer, the page inert.
      const modal = inShadow<HTMLDialogElement>(el, 'dialog[part~=lightbox]');
      if (!modal?.open || !modal.matches(':modal')) return 'the lightbox is not an open modal dialog';
      const dialog = modal.querySelector('.pswp');
      if (!dialog) return 'no lightbox';
      const counter = text(dialog.querySelector('.pswp__counter'));
      if (!/^1 of \d+$/.test(counter)) return `the counter says "${counter}"`;
      const caption = text(dialog.querySelector('.dash-pswp-caption'));
      if (caption !== 'Espresso in a red cup') return `the caption says "${caption}"`;
      if (!dialog.querySelector('.pswp__button--close')) return 'no close button';
      return undefined;
    },
  },

  'elements-gallery-lightbox--portal-video': {
    tag: 'dash-gallery',
    check: (el) => {
      const poster = inShadow(el, '.pswp__item[aria-hidden="false"] .dash-pswp-poster');
      if (!poster) return 'no video poster in the open lightbox';
      if (!poster.querySelector('img')) return 'the poster has no preview image';
      const play = poster.querySelector('button.dash-pswp-play');
      if (!play?.getAttribute('aria-label')?.startsWith('Play video: ')) return 'no Play button naming the file';
      if (poster.querySelector('video')) return 'a player before Play';
      return undefined;
    },
  },
  'elements-gallery-lightbox--portal-video-not-playable': {
    tag: 'dash-gallery',
    check: (el) => {
      const poster = inShadow(el, '.pswp__item[aria-hidden="false"] .dash-pswp-poster');
      if (!poster) return 'no video poster in the open lightbox';
      const note = text(poster.querySelector('.dash-pswp-video-note'));
      if (!note.startsWith('This video cannot be played here')) return `the poster says "${note}"`;
      if (poster.querySelector('button, video')) return 'a Play button or player where nothing can play';
      return undefined;
    },
  },

  'elements-guest-upload--guest-upload': {
    tag: 'dash-guest-upload',
    check: (el) => {
      if (!inShadow(el, '[part~=heading]')) return "no heading (the link's texts)";
      const input = inShadow<HTMLInputElement>(el, '[part~=email-form] #email[type=email]');
      if (!input) return 'no email field';
      if (text(inShadow(el, 'label[for=email]')) !== 'Your email address') return 'the email field has no label';
      // One panel: the drop zone is there from the start, beside the email, with no files yet.
      if (!inShadow(el, '[part~=dropzone]')) return 'no drop zone beside the email';
      if (inShadow(el, '[part~=files]')) return 'files are listed before any was chosen';
      return undefined;
    },
  },
  'elements-guest-upload--uploading': {
    tag: 'dash-guest-upload',
    check: (el) => {
      const problem = uploadFile(el, 'uploading.bin', 'uploading', 'Uploading');
      if (problem) return problem;
      const fraction = uploadFraction(el, 'uploading.bin');
      if (!(fraction > 0 && fraction < 1)) return `the progress bar is at ${fraction}`;
      if (!actions(uploadRow(el, 'uploading.bin')).includes('pause')) return 'no Pause button';
      const total = text(inShadow(el, '[part~=total] .total-text'));
      if (!total.includes(MB_OF_LARGE)) return `the total says "${total}"`;
      if (!inShadow(el, '[part~=total-progress]')) return 'no total progress bar';
      return undefined;
    },
  },
  'elements-guest-upload--paused': {
    tag: 'dash-guest-upload',
    holdMs: 2_000,
    check: (el) => {
      const problem = uploadFile(el, 'paused.bin', 'paused', 'Paused');
      if (problem) return problem;
      const fraction = uploadFraction(el, 'paused.bin');
      if (!(fraction > 0 && fraction < 1)) return `the progress bar is at ${fraction}`;
      const offered = actions(uploadRow(el, 'paused.bin'));
      if (!offered.includes('resume') || offered.includes('pause')) return `the file offers ${offered.join(', ')}`;
      return undefined;
    },
  },
  'elements-guest-upload--done': {
    tag: 'dash-guest-upload',
    check: (el) => {
      // A finished batch gives way to its summary in the drop zone, with "Upload more".
      const summary = text(inShadow(el, '[part~=summary]'));
      if (!summary.includes('1 file uploaded')) return `the summary says "${summary}"`;
      if (!summary.includes('2.1 MB')) return `the summary does not give the size: "${summary}"`;
      const more = text(inShadow(el, '[part~=choose-button]'));
      if (more !== 'Upload more') return `the drop zone's button says "${more}"`;
      const done = (el as HTMLElement & { files?: { name: string; status: string }[] }).files ?? [];
      if (!done.some((file) => file.name === 'done.bin' && file.status === 'done')) return 'done.bin is not done';
      return undefined;
    },
  },
  'elements-guest-upload--rejected': {
    tag: 'dash-guest-upload',
    check: (el) => {
      const notices = [...(el.shadowRoot?.querySelectorAll('[part~=notices] li') ?? [])].map(text);
      const expected = [
        'notes.txt was not added: this file type is not accepted here.',
        'too-big.jpg was not added: it is larger than 10 MB.',
      ];
      if (JSON.stringify(notices) !== JSON.stringify(expected)) return `the notices are ${JSON.stringify(notices)}`;
      if (inShadow(el, '[part~=files]')) return 'a refused file was listed';
      const restrictions = text(inShadow(el, '[part~=restrictions]'));
      if (!restrictions.startsWith('Images up to 10 MB')) return `the restrictions say "${restrictions}"`;
      return undefined;
    },
  },
  'elements-guest-upload--wrong-email': {
    tag: 'dash-guest-upload',
    check: (el) => {
      const message = text(inShadow(el, '[part~=email-error]'));
      if (message !== 'Enter an email address like name@example.com.') return `the email error is "${message}"`;
      const input = inShadow<HTMLInputElement>(el, '#email');
      if (input?.value !== 'guest@example') return `the field holds "${input?.value}"`;
      if (input.getAttribute('aria-invalid') !== 'true') return 'the field is not marked invalid';
      if (!input.getAttribute('aria-describedby')?.includes('email-error')) return 'the error is not tied to the field';
      if (inShadow(el, '[part~=files]')) return 'a file was listed for an email that was refused';
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
        () =>
          (frame.contentDocument?.querySelector('dash-gallery')?.shadowRoot?.querySelectorAll('img').length ?? 0) > 0,
        'the themed gallery showed no image',
        { timeout: 15_000 },
      );
    } finally {
      frame.remove();
    }
  });

  describe('state stories show their state', () => {
    for (const [id, { tag, check, holdMs }] of Object.entries(stateChecks)) {
      it(id, async function () {
        const ids = await storyIds();
        if (!ids) {
          this.skip();
          return;
        }
        expect(ids, 'the story exists').to.include(id);
        this.timeout(120_000);
        // Upload plays wait up to a minute for the S3 server.
        const frame = await finishStory(id, 90_000);
        try {
          const el = frame.contentDocument!.querySelector(tag);
          expect(el, `<${tag}> in ${id}`).to.exist;
          let problem: string | undefined = 'not checked';
          await waitUntil(() => !(problem = check(el!)), `${id}: ${problem}`, { timeout: 20_000, interval: 50 }).catch(
            () => {
              throw new Error(`${id}: ${problem}`);
            },
          );
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
