/**
 * Shared checks of the loading placeholders (issue 18: "skeleton placeholders that reserve the
 * final height, no 'Loading…' line that pushes the page") of the portal browser, the picker and
 * the uploader: the element in a column of a given width with a paragraph after it, the first API
 * call held back by the backend (a `delayMs` fault), and what assistive technology gets meanwhile.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMediaFeatures, resetMediaFeatures } from './media-features.js';
import { until } from './until.js';

/** How long the backend holds the first call: ample time to look at the loading state. */
export const HOLD_MS = 5_000;

/** How far a paragraph after the element may move, in px: about one line of text (content the placeholders cannot know, such as how a message wraps). */
export const TOLERANCE = 24;

/** The y of `element` in the page. */
export const pageY = (element: Element) => element.getBoundingClientRect().top + window.scrollY;

/** `tag` (its attributes set before it connects) in a `width` px column with a paragraph after it. */
export async function mountInColumn<T extends HTMLElement>(
  tag: string,
  width: number,
  attributes: Record<string, string>,
): Promise<{ el: T; after: HTMLParagraphElement }> {
  const column = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const after = document.createElement('p');
  after.textContent = 'Text after the element';
  column.append(el, after);
  return { el, after };
}

/** Waits for two frames: a layout that depends on a measurement (the grid's columns) has settled. */
export const settled = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/**
 * The loading state in `root` says "Loading…" politely (a status, the words visually hidden but
 * not aria-hidden) and its placeholders are hidden from assistive technology and inert, with no
 * text of their own. Returns the placeholders' frame.
 */
export function expectQuietPlaceholders(root: ShadowRoot): HTMLElement {
  const status = root.querySelector<HTMLElement>('[part=loading]')!;
  expect(status, 'a loading state').to.not.equal(null);
  expect(status.getAttribute('role')).to.equal('status');
  expect(status.getAttribute('aria-live')).to.equal('polite');
  expect(status.textContent!.trim(), 'the placeholders hold no text').to.equal('Loading…');
  const words = status.querySelector('.visually-hidden')!;
  expect(words.textContent!.trim()).to.equal('Loading…');
  expect(words.closest('[aria-hidden="true"]'), 'the words are not hidden from assistive technology').to.equal(null);
  expect(words.getBoundingClientRect().width, 'visually hidden').to.be.at.most(1);
  const frame = status.querySelector<HTMLElement>('.skeleton-frame')!;
  expect(frame.getAttribute('aria-hidden')).to.equal('true');
  expect(frame.inert, 'inert: nothing in it takes focus').to.equal(true);
  const shown = [...frame.querySelectorAll('.bone')].filter((bone) => bone.getBoundingClientRect().height > 0);
  expect(shown.length, 'placeholders on screen').to.be.greaterThan(3);
  return frame;
}

/** The placeholders pulse, and keep still under prefers-reduced-motion. */
export async function expectStillWhenReduced(frame: HTMLElement): Promise<void> {
  expect(getComputedStyle(frame).animationName, 'pulsing').to.not.equal('none');
  try {
    await emulateMediaFeatures({ 'prefers-reduced-motion': 'reduce' });
    await until(() => getComputedStyle(frame).animationName === 'none', 'still pulsing under reduced motion');
  } finally {
    await resetMediaFeatures();
  }
}

/** In forced colours the placeholders keep their shapes: an outline in a system colour. */
export async function expectOutlinedWhenForced(frame: HTMLElement): Promise<void> {
  const bone = frame.querySelector('.bone')!;
  try {
    await emulateMediaFeatures({ 'forced-colors': 'active' });
    await until(() => getComputedStyle(bone, '::after').borderTopStyle === 'solid', 'no outline in forced colours');
    expect(parseFloat(getComputedStyle(bone, '::after').borderTopWidth)).to.be.at.least(1);
  } finally {
    await resetMediaFeatures();
  }
}
