/**
 * The lightbox's download button and its menu of presets (Dash portals that permit downloads).
 * Part of the lightbox's code: presets and download jobs are only ever asked for from an open
 * lightbox, so the Dash calls for them load with PhotoSwipe, not with the gallery.
 */
import { Task } from '@lit/task';
import type PhotoSwipe from 'photoswipe';
import { DashError } from '../../api/errors.js';
import { searchPresets } from '../../api/presets.js';
import { downloadAssets } from '../../api/downloads.js';
import { safeUrl } from '../../api/adapters/normalize.js';
import { trackAnalytics } from '../../core/analytics.js';
import type { GalleryDownloads, GalleryItem } from '../../api/adapters/types.js';
import type { LightboxOptions, LightboxStrings } from './lightbox.js';
import { button, el, ICONS } from './lightbox-ui.js';

/** A download job for `item` (the original without `presetId`); resolves its http(s) URL. */
async function download(
  { ctx }: GalleryDownloads,
  item: GalleryItem,
  presetId: string | undefined,
  signal: AbortSignal,
): Promise<string> {
  const { url } = await downloadAssets(ctx, { assetIds: [item.assetId ?? item.id], presetId, zip: false }, { signal });
  // Checked where the backend's answer enters, like every other URL of a gallery.
  const safe = safeUrl(url);
  if (!safe) throw new DashError('invalid-response', 'The download job returned no http(s) URL.');
  return safe;
}

export function buildDownloadMenu(
  pswp: PhotoSwipe,
  items: GalleryItem[],
  options: LightboxOptions,
  strings: LightboxStrings,
) {
  const s = strings.lightbox;
  const downloads = options.downloads!;
  const element = el('div', 'dash-pswp-download');
  const menu = el('div', 'dash-pswp-menu', { id: 'dash-pswp-menu', role: 'group', 'aria-label': s.download });
  const status = el('p', 'dash-pswp-status', { role: 'status' });
  // The finished file opens in a new browsing context, as the portal browser's save link does:
  // `<a download>` in this window is ignored cross-origin for a file not served as an
  // attachment, and the click then navigated the host page away to the file (issue 16, class 10).
  const save = el('a', 'dash-pswp-save', { target: '_blank', rel: 'noopener noreferrer', download: '' });
  save.textContent = s.downloadSave;
  save.hidden = true;
  menu.hidden = true;
  const toggle = button('dash-pswp-download-toggle', s.download, ICONS.download, () => void setOpen(menu.hidden));
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', menu.id);
  element.append(toggle, menu, status, save);
  /** Whether the menu lists the current slide's presets (each asset has its own). */
  let listed = false;
  let abort: AbortController | undefined;

  /** Dispatches `dash-error` and says what failed in the status line, in plain words. */
  const showError = (error: unknown) => {
    const dashError = options.onError(error);
    if (dashError) status.textContent = strings.errors[dashError.code] ?? dashError.message;
  };

  const addOption = (label: string, presetId?: string) => {
    const option = el('button', 'dash-pswp-option', { type: 'button' });
    option.textContent = label;
    option.addEventListener('click', () => void start(presetId));
    menu.append(option);
  };

  // APPLICABLE_FOR_ANY_ASSETS (seed 002): only presets that can transform this asset. The task
  // aborts the request of a slide the visitor left, and drops its answer.
  const presets = new Task(options.host, {
    autoRun: false,
    task: ([item]: [GalleryItem], { signal }) =>
      searchPresets(downloads.ctx, { assetIds: [item.assetId ?? item.id] }, { signal }),
    onComplete: (found) => found.forEach((preset) => addOption(preset.name, preset.id)),
    onError: (error) => {
      listed = false; // the menu's next open asks again
      showError(error);
    },
  });

  const start = async (presetId?: string) => {
    abort?.abort();
    abort = new AbortController();
    status.textContent = s.downloadPreparing;
    save.hidden = true;
    const item = items[pswp.currIndex];
    // The file's URL is left out: it is a temporary credential, not for a tag manager.
    const what = { itemIds: [item.id], ...(presetId ? { presetId } : {}) };
    trackAnalytics(element, { action: 'download-start', ...what });
    try {
      save.href = await download(downloads, item, presetId, abort.signal);
      save.hidden = false;
      trackAnalytics(element, { action: 'download-finish', ...what });
      // Started for the visitor while their click still counts as one (a job can take longer,
      // and a new window opened without it is a blocked pop-up); otherwise the link is theirs.
      const started = navigator.userActivation?.isActive ?? false;
      if (started) save.click();
      status.textContent = started ? s.downloadReady : s.downloadReadyToSave;
      await setOpen(false);
      if (!started) save.focus();
    } catch (error) {
      showError(error);
    }
  };

  const setOpen = async (open: boolean) => {
    // Hiding the focused option would drop focus out of the dialog: the toggle keeps it.
    if (!open && menu.matches(':focus-within')) toggle.focus();
    menu.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (!open || listed) return;
    listed = true;
    status.textContent = '';
    // The original downloads without the presets: it stays offered if they fail to load.
    menu.replaceChildren();
    addOption(s.downloadOriginal);
    await presets.run([items[pswp.currIndex]]);
    menu.querySelector('button')?.focus();
  };

  // Escape with the menu open closes the menu, not the lightbox (nor, cancelled, the dialog).
  pswp.on('keydown', (event) => {
    const key = event.originalEvent;
    if (key.key !== 'Escape' || menu.hidden) return;
    event.preventDefault();
    key.preventDefault();
    void setOpen(false);
  });
  pswp.on('destroy', () => {
    abort?.abort();
    options.host.removeController(presets);
  });
  return {
    element,
    /** Another slide is shown. */
    update(item: GalleryItem | undefined) {
      element.hidden = !item?.downloadable;
      status.textContent = '';
      save.hidden = true;
      listed = false;
      if (!menu.hidden) void setOpen(false);
    },
  };
}
