/** Helpers shared by the bench scenarios (they run in the page, driven by bench/run.mjs). */

export const stage = () => document.getElementById('stage')!;

export const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/**
 * Resolves after the next paint: a frame callback runs before the paint, so the second frame's
 * callback comes after the first paint that includes the current DOM.
 */
export async function painted(): Promise<number> {
  await frame();
  await frame();
  return performance.now();
}

/** Polls `check` every frame until truthy; rejects after `ms`. */
export async function until<T>(check: () => T, what: string, ms = 30_000): Promise<NonNullable<T>> {
  const end = performance.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (performance.now() > end) throw new Error(`timed out: ${what}`);
    await frame();
  }
}

/** All elements matching `selector` in the document and in open shadow roots below it. */
export function deepQueryAll<T extends Element>(selector: string, root: ParentNode = document): T[] {
  const found = [...root.querySelectorAll<T>(selector)];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) found.push(...deepQueryAll<T>(selector, el.shadowRoot));
  }
  return found;
}

export const isPaintedImage = (img: HTMLImageElement) => {
  if (!img.complete || img.naturalWidth === 0) return false;
  const box = img.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight;
};

/** Sum of layout shifts not caused by input, from now on. */
export function observeLayoutShift(): () => number {
  let total = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) total += entry.value;
    }
  });
  observer.observe({ type: 'layout-shift', buffered: true });
  return () => {
    observer.disconnect();
    return total;
  };
}

/** Longest long task (≥ 50 ms, else 0) and longest frame interval while `work` runs. */
export async function longestTask(work: () => Promise<void>): Promise<{ longTask: number; longestFrame: number }> {
  let longTask = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTask = Math.max(longTask, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  let longestFrame = 0;
  let last = performance.now();
  let running = true;
  const tick = (now: number) => {
    longestFrame = Math.max(longestFrame, now - last);
    last = now;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  await work();
  running = false;
  await frame();
  observer.disconnect();
  return { longTask, longestFrame };
}

export interface GalleryItemJson {
  src: string;
  width: number;
  height: number;
  alt?: string;
  caption?: string;
  thumb?: string;
  srcset?: string;
}
