/**
 * The browser's Back closes the lightbox instead of leaving the page: opening pushes one history
 * entry, Back leaves it (and the lightbox closes), and closing any other way goes back over it, so
 * no extra entry stays behind. Android's back gesture reaches the lightbox as the modal dialog's
 * close request (lightbox-dialog.ts) and closes it the same way.
 *
 * The entry keeps the page's own history state (routers store theirs there, and some reload the
 * page on a popstate without it) plus a marker of ours. With a deep link, the entry before ours
 * is given the host's own hash (our parameter taken out): Back lands on the page without the
 * lightbox, and the hash names nothing that would open it again.
 */
import { hashUrl, withoutDeepLink } from './deep-link-history.js';

const KEY = 'dashLightbox';

/** The Navigation API's entry index, where the browser has it (Chromium, recent Safari, Firefox). */
const entryIndex = (): number | undefined =>
  (globalThis as { navigation?: { currentEntry?: { index: number } } }).navigation?.currentEntry?.index;

/**
 * Pushes the lightbox's entry; `onBack` runs when the visitor goes back past it. Returns the
 * function that releases it on close (going back over it when it is still the current entry).
 */
export function pushLightboxEntry(deepLinked: boolean, onBack: () => void): () => void {
  const marker = `${Date.now()}.${Math.random()}`;
  const { state } = history;
  const hash = location.hash.replace(/^#/, '');
  const hostHash = deepLinked ? withoutDeepLink(hash) : hash;
  const entry = { ...(state && typeof state === 'object' ? state : {}), [KEY]: marker };
  try {
    if (hostHash === hash) history.pushState(entry, '');
    else {
      history.replaceState(state, '', hashUrl(hostHash));
      history.pushState(entry, '', hashUrl(hash));
    }
  } catch {
    // A document whose URL cannot be rewritten (a sandboxed or srcdoc frame): no Back support.
    return () => {};
  }
  const pushedAt = entryIndex();
  const current = () => (history.state as Record<string, unknown> | null)?.[KEY] === marker;
  const onPopState = () => {
    // A newer entry (a script's hash change) is not Back: only an entry before ours closes.
    const index = entryIndex();
    if (current() || (index !== undefined && pushedAt !== undefined && index > pushedAt)) return;
    removeEventListener('popstate', onPopState);
    onBack();
  };
  addEventListener('popstate', onPopState);
  let released = false;
  return () => {
    removeEventListener('popstate', onPopState);
    // Once: a second back() before the first has landed would leave the page.
    if (!released && current()) history.back();
    released = true;
  };
}
