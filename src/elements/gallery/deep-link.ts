/**
 * The opt-in deep link: `#dash-gallery=<id>&item=<n>` (n is 1-based, as people count). Written
 * with `history.replaceState`, so browsing slides never adds history entries; other hash
 * parameters of the page are kept.
 */
const GALLERY = 'dash-gallery';
const ITEM = 'item';

/** The 0-based index the hash names for gallery `id`, if any. */
export function deepLinkIndex(hash: string, id: string): number | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (params.get(GALLERY) !== id) return undefined;
  const item = Number(params.get(ITEM));
  return Number.isInteger(item) && item >= 1 ? item - 1 : undefined;
}

/** Names item `index` of gallery `id` in the hash, or removes the link when `index` is undefined. */
export function writeDeepLink(id: string, index: number | undefined): void {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  if (index === undefined) {
    if (params.get(GALLERY) !== id) return;
    params.delete(GALLERY);
    params.delete(ITEM);
  } else {
    params.set(GALLERY, id);
    params.set(ITEM, String(index + 1));
  }
  const hash = params.toString();
  const url = `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`;
  history.replaceState(history.state, '', url);
}
