/**
 * Shared pieces of the attack corpus (issue 16): each `*.test.ts` here is a table of attacks, one
 * row per attack, run against the real local backend (its route faults stand in for a hostile or
 * broken API origin) and, where the issue describes what a visitor sees, against the real elements.
 */
import { expect } from '@open-wc/testing';
import { apiBase, requestLog, resetBackend, s3Base } from '../../support/backend.js';
import { DashError, type DashErrorCode, type DashErrorDetail } from '../../../src/api/errors.js';
import { listCmsGalleries } from '../../../src/api/cms.js';
import { deepText, errorTexts, PageWatch } from '../../support/detectors.js';
import { until } from '../../support/flows.js';

export { retryButton } from '../../support/detectors.js';

export const origins = { api: apiBase, s3: s3Base };

/** The backend's stand-in for a signed-in app user's OAuth token. */
export const HOST_TOKEN = 'demo';

/** Awaits `promise`, expecting a DashError (of `code` when given); returns it. */
export async function rejection(promise: Promise<unknown>, code?: DashErrorCode): Promise<DashError> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  expect(caught, 'expected a DashError').to.be.instanceOf(DashError);
  const error = caught as DashError;
  if (code) expect(error.code, error.message).to.equal(code);
  return error;
}

/** API requests since the last reset (preflights left out) whose path contains `fragment`. */
export async function requestsTo(fragment = ''): Promise<{ method: string; path: string }[]> {
  return (await requestLog()).filter(
    (entry) => entry.service === 'api' && entry.method !== 'OPTIONS' && entry.path.includes(fragment),
  );
}

/**
 * Everything a `dash-error` detail says, its causes included (a cause's message is as visible to
 * a host that logs the detail as the message itself).
 */
export function detailText(detail: DashErrorDetail | DashError | undefined): string {
  const parts: string[] = [];
  let current: unknown = detail;
  for (let depth = 0; current && depth < 5; depth++) {
    const record = current as { message?: unknown; cause?: unknown; code?: unknown };
    parts.push(String(record.code ?? ''), String(record.message ?? ''));
    try {
      parts.push(JSON.stringify(current));
    } catch {
      // A cycle: the messages are enough.
    }
    current = record.cause;
  }
  return parts.join('\n');
}

/** The visible text of an element (shadow trees included), whitespace collapsed. */
export const visibleText = (el: Element) =>
  deepText(el.shadowRoot ?? el)
    .replace(/\s+/g, ' ')
    .trim();

/** Every alert or error part the element shows, in one line ('' while it shows none). */
export const errorText = (el: Element) => errorTexts(el).join(' | ');

/** Collects every `dash-error` detail an element dispatches. */
export function collectErrors(el: EventTarget): DashErrorDetail[] {
  const details: DashErrorDetail[] = [];
  el.addEventListener('dash-error', (event) => details.push((event as CustomEvent<DashErrorDetail>).detail));
  return details;
}

/** Waits for the first `dash-error` in `details`. */
export const firstError = (details: DashErrorDetail[], what = 'a dash-error', timeoutMs = 15_000) =>
  until(() => details[0], what, timeoutMs);

/** A page watch for the duration of one test: no uncaught error may happen. */
export function watchPage(): { watch: PageWatch; check(): void } {
  const watch = new PageWatch();
  return {
    watch,
    check() {
      watch.dispose();
      expect(watch.uncaught, 'uncaught errors').to.deep.equal([]);
    },
  };
}

/**
 * A JSON answer as `JSON.parse` gives it: the attack tables forge answers by writing into them at
 * any depth, whatever type a field has.
 */
export type Json = Record<string, ReturnType<typeof JSON.parse>>;

/** The raw JSON the backend answers to `path`, as the host user (GET, or POST with a body). */
export async function rawAnswer(path: string, body?: unknown, token: string | null = HOST_TOKEN): Promise<Json> {
  const response = await fetch(apiBase + path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.ok, `${path}: ${response.status}`).to.equal(true);
  return response.json();
}

/**
 * The hooks of a table of element attacks: before each row a fresh backend and an empty container
 * in the page, after it the container removed; the backend reset once the table is done. Returns
 * the current row's container.
 */
export function elementRoot(backend: { reset(): Promise<unknown> } = { reset: resetBackend }): () => HTMLElement {
  let root: HTMLElement | undefined;
  beforeEach(async () => {
    await backend.reset();
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => root?.remove());
  after(() => backend.reset());
  return () => root!;
}

/** The id of the backend's CMS gallery `slug`, as the host user sees it. */
export async function cmsGalleryIdOf(slug = 'summer-2026'): Promise<string> {
  const galleries = await listCmsGalleries({
    apiBase,
    auth: { getToken: async () => HOST_TOKEN, refresh: async () => HOST_TOKEN },
  });
  return galleries.find((gallery) => gallery.slug === slug)!.id;
}
