import { executeServerCommand } from '@web/test-runner-commands';

/**
 * What makes a screenshot repeatable: a stage that covers the viewport with the host page's
 * colours for the emulated scheme and a fixed font, images loaded and decoded, fonts ready, and
 * every animation and transition at its end (or, running forever like a spinner, at its start).
 */

const STAGE_CSS = `
  .visual-stage {
    position: fixed;
    inset: 0;
    overflow: hidden;
    box-sizing: border-box;
    padding: 16px;
    color-scheme: light dark;
    background: Canvas;
    color: CanvasText;
    font: 16px/1.5 system-ui, sans-serif;
    z-index: 0;
  }`;

/** A fresh stage, covering the viewport, to mount one element in. */
export function stage(): HTMLElement {
  if (!document.getElementById('visual-stage-style')) {
    const style = document.createElement('style');
    style.id = 'visual-stage-style';
    style.textContent = STAGE_CSS;
    document.head.append(style);
  }
  const box = document.createElement('div');
  box.className = 'visual-stage';
  document.body.append(box);
  return box;
}

/** Every element under `root`, through open shadow roots. */
function* deepElements(root: Element | ShadowRoot): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

function inViewport(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  return (
    rect.width > 0 &&
    rect.height > 0 &&
    rect.bottom > 0 &&
    rect.right > 0 &&
    rect.top < innerHeight &&
    rect.left < innerWidth
  );
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the images on screen under `root` have loaded and are decoded, the fonts are ready,
 * and for half a second nothing new was fetched and no image changed: a grid that renders its
 * images in a later frame, or swaps a rendition for a larger one, is caught by the last two.
 */
export async function settle(root: Element, timeoutMs = 20_000): Promise<void> {
  const start = performance.now();
  let last = '';
  let stableSince = performance.now();
  let pendingNow = '';
  for (;;) {
    if (performance.now() - start > timeoutMs) throw new Error(`images did not load for the screenshot: ${pendingNow}`);
    await document.fonts.ready;
    const elements = [...deepElements(root)].filter(inViewport);
    const images = elements.filter((element): element is HTMLImageElement => element instanceof HTMLImageElement);
    // Loaded means decoded with a size, in a gallery tile that shows it (a tile whose image failed
    // has no image: that is a failure too, not a state to photograph).
    const pending = [
      ...images
        .filter((image) => !image.complete || image.naturalWidth === 0)
        .map((image) => image.currentSrc || image.src),
      ...elements.filter((element) => element.matches('.cell .tile:not(.loaded)')).map(() => 'a gallery tile'),
    ];
    await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
    const state = [
      performance.getEntriesByType('resource').length,
      ...images.map((image) => `${image.currentSrc}@${JSON.stringify(image.getBoundingClientRect())}`),
    ].join();
    pendingNow = pending.join(', ');
    if (pending.length > 0 || state !== last) stableSince = performance.now();
    last = state;
    if (performance.now() - stableSince >= 500) break;
    await pause(100);
  }
  await frame();
  await frame();
}

/** Every animation and transition at its end, or, for one that runs forever, paused at its start. */
export function freezeAnimations(): void {
  for (const animation of document.getAnimations()) {
    const timing = animation.effect?.getComputedTiming();
    if (timing && timing.endTime !== Infinity) animation.finish();
    else {
      animation.pause();
      animation.currentTime = 0;
    }
  }
}

interface VisualDiffResult {
  passed: boolean;
  errorMessage?: string;
}

declare global {
  interface Window {
    __WTR_VISUAL_REGRESSION__?: Record<string, Element>;
  }
}

let shots = 0;

/**
 * Screenshots `element` and compares it with baseline `name` (test/visual/plugin.js): the
 * plugin's `visualDiff`, whose browser module ships without types.
 */
export async function visualDiff(element: Element, name: string): Promise<void> {
  // A real change differs on every attempt; a state caught mid-change (a late re-render, an image
  // swapped after the settle) is settled again and photographed anew, as Playwright's screenshot
  // assertion does. The last attempt's diff image is the one kept.
  for (let attempt = 1; ; attempt++) {
    try {
      return await compareOnce(element, name);
    } catch (error) {
      if (attempt === 3) throw error;
      await settle(element);
      freezeAnimations();
    }
  }
}

async function compareOnce(element: Element, name: string): Promise<void> {
  const id = String(++shots);
  window.__WTR_VISUAL_REGRESSION__ ??= {};
  window.__WTR_VISUAL_REGRESSION__[id] = element;
  try {
    const result = await executeServerCommand<VisualDiffResult, { id: string; name: string }>('visual-diff', {
      id,
      name,
    });
    if (!result?.passed) throw new Error(result?.errorMessage ?? `visual diff of ${name} failed`);
  } finally {
    delete window.__WTR_VISUAL_REGRESSION__[id];
  }
}
