/**
 * What the screenshot suites share: the two viewports, the elements mounted on a stage as the
 * shots show them, the check that the demo photographs are here, the warm-up, and `snap`, which
 * photographs a state once it holds and the page has settled.
 */
import type { DashGallery } from '../../src/gallery.js';
import { apiBase, s3Base } from '../support/backend.js';
import { $, mountPortal, tilesOf, until } from '../support/flows.js';
import { freezeAnimations, settle, stage, visualDiff } from './stage.js';

export const origins = { api: apiBase, s3: s3Base };

export const VIEWPORTS = [
  { name: '1280', width: 1280, height: 800 },
  { name: '390', width: 390, height: 844 },
] as const;

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** The baselines show the demo photographs: a machine without them fails at once, saying why. */
export async function requireDemoPhotos(): Promise<void> {
  const credits = await (await fetch(`${apiBase}/demo-data/credits.json`)).json();
  if (credits.kind !== 'photo') {
    throw new Error(
      'The baselines show the demo photographs, which this machine lacks: run `bash demo/fetch-photos.sh` (CREDITS.md).',
    );
  }
}

/**
 * A first browsing element in a fresh page renders its grid once more after it first showed
 * (seen as a blank grid in the first portal shot only): warm up with one, unphotographed.
 */
export async function warmUp(decorate: <T extends Element>(el: T) => T = (el) => el): Promise<void> {
  const portal = decorate(mountPortal(stage(), origins, 'press'));
  await until(() => tileShown(portal), 'warm-up portal tiles');
  await settle(portal);
  clearStages();
}

export function clearStages(): void {
  document.querySelectorAll('.visual-stage').forEach((node) => node.remove());
}

/** Two real photos from the backend as files a guest would choose, named `names`. */
export async function photoFiles(names = ['harbour-at-dawn.jpg', 'old-town.jpg']): Promise<File[]> {
  return Promise.all(
    names.map(async (name, i) => {
      const response = await fetch(`${apiBase}/files/visuals/${701 + i}/1280x853/320.jpg`);
      return new File([await response.blob()], name, { type: 'image/jpeg', lastModified: Date.UTC(2026, 0, 1) });
    }),
  );
}

/** The JSON demo gallery across the whole stage, with `attributes` (after `decorate`). */
export async function stageGallery(
  attributes: Record<string, string> = {},
  decorate: <T extends Element>(el: T) => T = (el) => el,
): Promise<DashGallery> {
  const el = decorate(document.createElement('dash-gallery'));
  const all = { 'api-base': apiBase, source: 'json', src: `${apiBase}/demo-data/gallery.json`, ...attributes };
  for (const [name, value] of Object.entries(all)) el.setAttribute(name, value);
  stage().append(el);
  await until(() => $(el, '.cell .tile'), 'gallery tiles');
  return el;
}

/** A results tile on screen with its preview loaded: the grid has really rendered, not only its DOM. */
export function tileShown(el: Element): boolean {
  return tilesOf(el).some((tile) => {
    const image = tile.querySelector('img');
    return (
      image?.complete &&
      image.naturalWidth > 0 &&
      image.getBoundingClientRect().height > 0 &&
      image.checkVisibility({ opacityProperty: true, contentVisibilityAuto: true })
    );
  });
}

/**
 * Photographs the stage `root` is on as baseline `name`. `ready`: the state to photograph,
 * checked again after the page settled, as a browsing element may re-render its results once
 * (its settings arriving after the first query).
 */
export async function snap(name: string, root: HTMLElement, ready: () => unknown = () => true): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    await until(ready, `${name}: its state`);
    await settle(root);
    if (ready() || attempt === 3) break;
  }
  // Twice: an animation started in the frame after the first freeze (a dialog's opening) is
  // caught by the second.
  freezeAnimations();
  await nextFrame();
  await nextFrame();
  freezeAnimations();
  await visualDiff(root.closest<HTMLElement>('.visual-stage')!, name);
}
