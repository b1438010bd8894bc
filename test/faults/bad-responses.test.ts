/**
 * Bad responses, table-driven: for each endpoint an element calls, the local backend answers
 * with one fault — malformed JSON, a missing field, wrong types, 401, 403, 404, 409, 429 with
 * Retry-After, 500, a hang past the client's timeout, a dropped connection — and the element must
 * 1. show a clear state: an alert (or its error part) with text, never a blank;
 * 2. dispatch `dash-error` (or `dash-upload-error` for a file), with no uncaught exception;
 * 3. recover once the backend does: faults cleared → its retry control → content.
 * The primary endpoint of each element gets the whole matrix; the others a representative subset.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { apiBase, openMultipartUploads, resetBackend, s3Base, setFaults, type RouteFault } from '../support/backend.js';
import { listCmsGalleries } from '../../src/api/cms.js';
import { errorTexts, PageWatch, retryButton } from '../support/detectors.js';
import {
  $,
  $$,
  gridOf,
  mountGallery,
  mountPicker,
  mountPortal,
  mountUpload,
  nextEvent,
  selectFiles,
  smallFile,
  submitEmail,
  tilesOf,
  until,
  untilPickerResults,
  untilPortalResults,
} from '../support/flows.js';

const origins = { api: apiBase, s3: s3Base };

/** Fault bodies/statuses; `hang` also shortens the client's timeout (see `shortenTimeouts`). */
const FAULTS = {
  'malformed JSON': { status: 200, body: '{"result": {"id": "x", ' },
  'missing field': { status: 200, body: '{}' },
  'wrong types': {
    status: 200,
    body: '{"result": "x", "results": {"a": 1}, "totalResults": "many", "items": "x", "accessToken": 5, "id": 7, "gallery_media": 3}',
  },
  '401': { status: 401 },
  '403': { status: 403 },
  '404': { status: 404 },
  '409': { status: 409 },
  '429 + Retry-After': { status: 429, retryAfter: 1 },
  '500': { status: 500 },
  'hang past the timeout': { delayMs: 2_500 },
  'dropped connection': { drop: true },
} satisfies Record<string, Omit<RouteFault, 'path'>>;
type FaultName = keyof typeof FAULTS;
const ALL = Object.keys(FAULTS) as FaultName[];

/** The client's timeout is 30 s and not settable on the elements: shorten it for the hang cases. */
const HANG_TIMEOUT_MS = 1_000;
function shortenTimeouts(): () => void {
  const original = AbortSignal.timeout;
  AbortSignal.timeout = (ms: number) => original.call(AbortSignal, Math.min(ms, HANG_TIMEOUT_MS));
  return () => (AbortSignal.timeout = original);
}

interface Target {
  element: string;
  endpoint: string;
  method?: string;
  /** RegExp source for the request path. */
  path: string;
  faults: FaultName[];
  /** Mounts and drives the element until it calls the endpoint. */
  start(root: HTMLElement): Promise<HTMLElement>;
  /** Faults cleared: uses the element's own retry and waits for content. */
  recover(el: HTMLElement): Promise<void>;
  /** Skip a fault for a known product bug (named in the comment where it is set). */
  bugs?: Partial<Record<FaultName, string>>;
}

let cmsGalleryId = '';

async function clickRetry(el: HTMLElement): Promise<void> {
  const button = await until(() => retryButton(el), 'a retry button');
  button.click();
}

const galleryContent = (el: HTMLElement) => until(() => $(el, '.cell .tile'), 'gallery tiles');

async function portalResults(el: HTMLElement): Promise<void> {
  await untilPortalResults(el as never);
  await until(() => tilesOf(el).length > 0, 'portal tiles');
}

async function mountEditableGallery(root: HTMLElement): Promise<HTMLElement> {
  const el = await mountGallery(root, origins, { source: 'cms', gallery: cmsGalleryId, token: 'demo' });
  el.setAttribute('editable', '');
  await until(() => $(el, '.cell[aria-posinset="1"] [part=edit-tools]'), 'editing tools');
  return el;
}

async function editFirstCaption(el: HTMLElement, caption: string): Promise<void> {
  $<HTMLButtonElement>(el, '.cell[aria-posinset="1"] [aria-label="Edit caption"]')!.click();
  const dialog = await until(() => $<HTMLDialogElement>(el, 'dialog[open]'), 'caption dialog');
  dialog.querySelector('textarea')!.value = caption;
  dialog.querySelector<HTMLButtonElement>('button[value=save]')!.click();
}

async function openFirstAsset(el: HTMLElement): Promise<void> {
  await portalResults(el);
  const index = (gridOf(el) as unknown as { items: { currentAssetFile?: { previewUrl?: string } }[] }).items.findIndex(
    (a) => a.currentAssetFile?.previewUrl,
  );
  tilesOf(el)[Math.max(0, index)].click();
  await until(() => $(el, '[slot=actions] [part~=download-button]'), 'download button');
}

/** Waits for the uploader's email form; returns the element. */
async function emailForm<T extends HTMLElement>(el: T): Promise<T> {
  await until(() => $(el, '#email'), 'email form');
  return el;
}

async function uploadReady(root: HTMLElement): Promise<HTMLElement> {
  const el = await emailForm(mountUpload(root, origins));
  submitEmail(el);
  await until(() => $(el, '#file-input'), 'drop zone');
  return el;
}

async function uploadOneFile(root: HTMLElement): Promise<HTMLElement> {
  const el = await uploadReady(root);
  selectFiles(el as never, [smallFile('fault.jpg', 32 * 1024)]);
  return el;
}

async function uploadRecovers(el: HTMLElement): Promise<void> {
  const upload = el as unknown as { files: { status: string }[] };
  await until(() => upload.files.length && upload.files.every((f) => f.status === 'failed'), 'file failed', 20_000);
  $<HTMLButtonElement>(el, 'button[data-action=retry]')!.click();
  await until(() => upload.files.every((f) => f.status === 'done'), 'file done after retry', 30_000);
  // Nothing left half-done on the storage: failed attempts were aborted or completed.
  expect(await openMultipartUploads()).to.deep.equal([]);
}

// Starts and recoveries that several endpoints share: recovery is always the element's own retry,
// then the content it failed to show.
const retryUntilGallery = async (el: HTMLElement) => {
  await clickRetry(el);
  await galleryContent(el);
};

const startPressPortal = async (root: HTMLElement) => mountPortal(root, origins, 'press');
const retryUntilPortalResults = async (el: HTMLElement) => {
  await clickRetry(el);
  await portalResults(el);
};
const retryUntilFolders = async (el: HTMLElement) => {
  await clickRetry(el);
  const tree = $(el, 'dash-folder-tree')!;
  await until(() => $$(tree, '[role=treeitem]').length > 1, 'folders');
};

async function startFirstAssetDownload(root: HTMLElement): Promise<HTMLElement> {
  const el = mountPortal(root, origins, 'press');
  await openFirstAsset(el);
  $<HTMLButtonElement>(el, '[slot=actions] [part~=download-button]')!.click();
  return el;
}
const retryUntilDownloaded = async (el: HTMLElement) => {
  const done = nextEvent(el, 'dash-download', 30_000);
  await clickRetry(el);
  await done;
};

const startPressPicker = async (root: HTMLElement) => mountPicker(root, origins, { portal: 'press' });
const retryUntilPickerResults = async (el: HTMLElement) => {
  await clickRetry(el);
  await untilPickerResults(el as never);
};

/** Selects the first image in the press portal's results and presses Insert (a link job starts). */
async function insertFirstImage(root: HTMLElement): Promise<HTMLElement> {
  const el = mountPicker(root, origins, { portal: 'press' });
  await untilPickerResults(el);
  const index = (
    gridOf(el) as unknown as { items: { currentAssetFile?: { mediaType?: { type?: string } } }[] }
  ).items.findIndex((a) => a.currentAssetFile?.mediaType?.type === 'image');
  tilesOf(el)[index].click();
  $<HTMLButtonElement>(el, '[part~=insert-button]')!.click();
  return el;
}
/** Recovery from a failed link job is the visitor pressing Insert again. */
const insertAgain = async (el: HTMLElement) => {
  const selected = nextEvent(el, 'dash-select', 30_000);
  $<HTMLButtonElement>(el, '[part~=insert-button]')!.click();
  await selected;
};

const TARGETS: Target[] = [
  // ---- <dash-gallery> ----
  {
    element: 'dash-gallery (cms)',
    endpoint: 'GET /api/v1/galleries/:id',
    method: 'GET',
    path: '^/api/v1/galleries/[^/]+$',
    faults: ALL,
    start: (root) => mountGallery(root, origins, { source: 'cms', gallery: cmsGalleryId, token: 'demo' }),
    recover: retryUntilGallery,
  },
  {
    element: 'dash-gallery (json)',
    endpoint: 'GET /demo-data/gallery.json',
    method: 'GET',
    path: '^/demo-data/gallery\\.json$',
    faults: ['malformed JSON', '404', 'hang past the timeout', 'dropped connection'],
    start: (root) => mountGallery(root, origins, { source: 'json', src: `${apiBase}/demo-data/gallery.json` }),
    recover: retryUntilGallery,
  },
  {
    element: 'dash-gallery (dash-social)',
    endpoint: 'GET /brands/:brand/galleries/:id',
    method: 'GET',
    path: '^/brands/1/galleries/1$',
    faults: ['401'],
    start: (root) => mountGallery(root, origins, { source: 'dash-social', brand: '1', gallery: '1', token: 'demo' }),
    recover: retryUntilGallery,
  },
  {
    element: 'dash-gallery (dash-portal)',
    endpoint: 'POST /asset-searches',
    method: 'POST',
    path: '^/asset-searches$',
    faults: ['wrong types', '500'],
    start: async (root) => {
      const response = await fetch(`${apiBase}/subdomains/demo/publicly-available-portal-datas/press`);
      const { result } = (await response.json()) as { result: { whitelistedFolderFieldOptionIds: string[] } };
      return mountGallery(root, origins, {
        source: 'dash-portal',
        portal: 'press',
        folder: result.whitelistedFolderFieldOptionIds[0],
      });
    },
    recover: retryUntilGallery,
  },
  {
    element: 'dash-gallery (cms, editable)',
    endpoint: 'PATCH /api/v1/galleries/:id/media/:media (caption)',
    method: 'PATCH',
    path: '^/api/v1/galleries/[^/]+/media/[^/]+$',
    faults: ['malformed JSON', '409', 'dropped connection'],
    start: async (root) => {
      const el = await mountEditableGallery(root);
      await editFirstCaption(el, 'A new caption');
      return el;
    },
    // Recovery: the author saves again (the optimistic edit was rolled back).
    recover: async (el) => {
      const changed = nextEvent(el, 'dash-gallery-change');
      await editFirstCaption(el, 'A new caption');
      await changed;
    },
  },
  {
    element: 'dash-gallery (cms, editable)',
    endpoint: 'DELETE /api/v1/galleries/:id/media/:media (remove)',
    method: 'DELETE',
    path: '^/api/v1/galleries/[^/]+/media/[^/]+$',
    faults: ['403', '500'],
    start: async (root) => {
      const el = await mountEditableGallery(root);
      $<HTMLButtonElement>(el, '.cell[aria-posinset="1"] [aria-label="Remove"]')!.click();
      return el;
    },
    recover: async (el) => {
      await until(() => $(el, '.cell[aria-posinset="1"] [aria-label="Remove"]'), 'the item is back');
      const changed = nextEvent(el, 'dash-gallery-change');
      $<HTMLButtonElement>(el, '.cell[aria-posinset="1"] [aria-label="Remove"]')!.click();
      await changed;
    },
  },
  // ---- <dash-portal-browser> ----
  {
    element: 'dash-portal-browser',
    endpoint: 'GET portal data',
    method: 'GET',
    path: '^/subdomains/demo/publicly-available-portal-datas/press$',
    faults: ALL,
    start: startPressPortal,
    recover: retryUntilPortalResults,
  },
  {
    element: 'dash-portal-browser',
    endpoint: 'GET portal access token',
    method: 'GET',
    path: '^/portals/[^/]+/access-token$',
    faults: ['missing field', '403'],
    start: startPressPortal,
    recover: retryUntilPortalResults,
  },
  {
    element: 'dash-portal-browser',
    endpoint: 'POST /asset-searches',
    method: 'POST',
    path: '^/asset-searches$',
    faults: ALL,
    start: startPressPortal,
    recover: retryUntilPortalResults,
  },
  {
    element: 'dash-portal-browser',
    // A visitor's tree starts at the portal's whitelisted folders, each read by id.
    endpoint: 'GET /field-options/:id (folder tree roots)',
    method: 'GET',
    path: '^/field-options/[^/]+$',
    faults: ['wrong types', '500'],
    start: startPressPortal,
    recover: retryUntilFolders,
  },
  {
    element: 'dash-portal-browser',
    endpoint: 'POST /asset-download-batch-jobs',
    method: 'POST',
    path: '^/asset-download-batch-jobs$',
    faults: ['missing field', '409', 'dropped connection'],
    start: startFirstAssetDownload,
    recover: retryUntilDownloaded,
  },
  {
    element: 'dash-portal-browser',
    endpoint: 'GET /asset-download-batch-jobs/:id (job polling)',
    method: 'GET',
    path: '^/asset-download-batch-jobs/[^/]+$',
    faults: ['wrong types', '500'],
    start: startFirstAssetDownload,
    recover: retryUntilDownloaded,
  },
  // ---- <dash-asset-picker> ----
  {
    element: 'dash-asset-picker',
    endpoint: 'POST /asset-searches',
    method: 'POST',
    path: '^/asset-searches$',
    faults: ALL,
    start: startPressPicker,
    recover: retryUntilPickerResults,
  },
  {
    element: 'dash-asset-picker',
    endpoint: 'GET portal data',
    method: 'GET',
    path: '^/subdomains/demo/publicly-available-portal-datas/press$',
    faults: ['wrong types', '404'],
    start: startPressPicker,
    recover: retryUntilPickerResults,
  },
  {
    element: 'dash-asset-picker',
    endpoint: 'POST /embeddable-link-batch-jobs',
    method: 'POST',
    path: '^/embeddable-link-batch-jobs$',
    faults: ['malformed JSON', '409', '500'],
    start: insertFirstImage,
    // 403 is not in the list on purpose: a portal that may not publish links gets the preview URL
    // instead (test/asset-picker covers that fallback), which is the right outcome, not an error.
    recover: insertAgain,
  },
  {
    element: 'dash-asset-picker',
    endpoint: 'GET /embeddable-link-batch-jobs/:id (job polling)',
    method: 'GET',
    path: '^/embeddable-link-batch-jobs/[^/]+$',
    faults: ['500'],
    start: insertFirstImage,
    recover: insertAgain,
  },
  // ---- <dash-guest-upload> ----
  {
    element: 'dash-guest-upload',
    endpoint: 'GET guest upload data',
    method: 'GET',
    path: '^/subdomains/demo/publicly-available-guest-upload-data/submit-photos$',
    faults: ALL,
    start: async (root) => mountUpload(root, origins),
    recover: async (el) => {
      await clickRetry(el);
      await emailForm(el);
    },
  },
  {
    element: 'dash-guest-upload',
    endpoint: 'POST /guest-upload-access-tokens',
    method: 'POST',
    path: '^/guest-upload-access-tokens$',
    faults: ['missing field', '403', 'dropped connection'],
    start: async (root) => {
      const el = await emailForm(mountUpload(root, origins));
      submitEmail(el);
      return el;
    },
    // Recovery is the visitor sending the form again.
    recover: async (el) => {
      submitEmail(el as never);
      await until(() => $(el, '#file-input'), 'drop zone');
    },
  },
  {
    element: 'dash-guest-upload',
    endpoint: 'POST /asset-and-upload-batch-jobs',
    method: 'POST',
    path: '^/asset-and-upload-batch-jobs$',
    faults: ['missing field', '403', '500'],
    start: uploadOneFile,
    recover: uploadRecovers,
  },
  {
    element: 'dash-guest-upload',
    endpoint: 'GET /asset-and-upload-batch-jobs/:id (job polling)',
    method: 'GET',
    path: '^/asset-and-upload-batch-jobs/[^/]+$',
    faults: ['wrong types', '500'],
    start: uploadOneFile,
    recover: uploadRecovers,
  },
  {
    element: 'dash-guest-upload',
    endpoint: 'POST /asset-upload-completions',
    method: 'POST',
    path: '^/asset-upload-completions$',
    faults: ['409', 'dropped connection'],
    start: uploadOneFile,
    recover: uploadRecovers,
  },
];

const tally = { responses: 0, states: 0 };

describe('bad responses — clear state, dash-error, recovery', function () {
  this.timeout(40_000);
  let watch: PageWatch;
  let errors: { code: string }[];
  const onError = (event: Event) => errors.push((event as CustomEvent<{ code: string }>).detail);
  const onUploadError = (event: Event) => errors.push((event as CustomEvent<{ error: { code: string } }>).detail.error);
  let restoreTimeouts: (() => void) | undefined;

  before(async () => {
    await resetBackend();
    const ctx = { apiBase, auth: { getToken: async () => 'demo', refresh: async () => 'demo' } };
    cmsGalleryId = (await listCmsGalleries(ctx)).find((g) => g.slug === 'summer-2026')!.id;
  });
  after(async () => {
    await resetBackend();

    console.log(`[faults/bad-responses] ${tally.responses} bad responses tried, ${tally.states} states checked`);
  });
  beforeEach(async () => {
    await resetBackend();
    errors = [];
    watch = new PageWatch();
    document.addEventListener('dash-error', onError);
    document.addEventListener('dash-upload-error', onUploadError);
  });
  afterEach(async () => {
    restoreTimeouts?.();
    restoreTimeouts = undefined;
    watch.dispose();
    document.removeEventListener('dash-error', onError);
    document.removeEventListener('dash-upload-error', onUploadError);
    await setFaults({});
  });

  for (const target of TARGETS) {
    describe(`${target.element} — ${target.endpoint}`, () => {
      for (const fault of target.faults) {
        const bug = target.bugs?.[fault];
        (bug ? it.skip : it)(`${fault}${bug ? ` (BUG: ${bug})` : ''}`, async () => {
          const route: RouteFault = { method: target.method, path: target.path, ...FAULTS[fault] };
          await setFaults({ routes: [route] });
          if (fault === 'hang past the timeout') restoreTimeouts = shortenTimeouts();
          tally.responses++;
          const root = await fixture<HTMLDivElement>(html`<div></div>`);
          const el = await target.start(root);

          // 1. A clear state.
          await until(() => errorTexts(el).length > 0, `an error state for ${fault}`, 20_000);
          const shown = errorTexts(el).join(' | ');
          expect(shown.length, 'error text').to.be.greaterThan(10);
          // 2. An event, and nothing thrown at the page.
          await until(() => errors.length > 0, 'dash-error');
          expect(errors.every((e) => typeof e.code === 'string' && e.code.length > 0)).to.equal(true);
          expect(watch.uncaught, 'uncaught errors').to.deep.equal([]);
          tally.states++;

          // 3. Recovery.
          restoreTimeouts?.();
          restoreTimeouts = undefined;
          await setFaults({});
          await target.recover(el);
          expect(watch.uncaught, 'uncaught errors').to.deep.equal([]);
          tally.states++;
        });
      }
    });
  }
});
