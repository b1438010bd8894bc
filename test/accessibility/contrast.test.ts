/**
 * Colour contrast from the resolved tokens (issue 18, "dark mode from one source"): every element
 * in its main states, in each scheme case a page can put it in, read from the real rendered nodes
 * (getComputedStyle) and measured with the WCAG formula: text against its effective background
 * ≥ 4.5:1 (3:1 when large), and the non-text pairs ≥ 3:1: field, button and drop-zone borders
 * against what is outside them, the focus ring, the pressed toggle, the selected tile and folder,
 * the tick box. Also axe in the dark cases, and the forced-colours rule that keeps state visible.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { apiBase, resetBackend, s3Base, setFaults } from '../support/backend.js';
import {
  $,
  $$,
  mountGallery,
  mountPicker,
  mountPortal,
  mountUpload,
  submitEmail,
  tilesOf,
  until,
  untilPickerResults,
  untilPortalResults,
} from '../support/flows.js';

const origins = { api: apiBase, s3: s3Base };

type Rgba = [number, number, number, number];

interface SchemeCase {
  name: string;
  /** The visitor's OS preference (`prefers-color-scheme`). */
  os: 'light' | 'dark';
  /** The page's own `color-scheme` on `<html>`; none when absent. */
  page?: string;
  /** The element's `theme` attribute. */
  theme?: 'light' | 'dark' | 'auto';
  /** Whether the element should come out dark. */
  dark: boolean;
}

const CASES: SchemeCase[] = [
  { name: 'light page, light OS', os: 'light', dark: false },
  { name: 'dark OS on a page that declares nothing', os: 'dark', dark: false },
  { name: 'page color-scheme: dark', os: 'light', page: 'dark', dark: true },
  { name: 'page color-scheme: light dark, dark OS', os: 'dark', page: 'light dark', dark: true },
  { name: 'theme="dark" on a light page', os: 'light', theme: 'dark', dark: true },
  { name: 'theme="auto", dark OS, light page', os: 'dark', theme: 'auto', dark: true },
  { name: 'theme="light" on a dark page', os: 'dark', page: 'dark', theme: 'light', dark: false },
];

// ---- colour maths ---------------------------------------------------------------------------

const canvas = document.createElement('canvas');
canvas.width = canvas.height = 1;
const ctx = canvas.getContext('2d', { willReadFrequently: true })!;

/** Any CSS colour the engine computes (rgb, oklab, color(srgb-linear …)) as sRGB bytes and alpha. */
function rgba(colour: string): Rgba {
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = '#000';
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** `top` painted over the opaque `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as Rgba;
}

function luminance([r, g, b]: Rgba): number {
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

// ---- the rendered tree ----------------------------------------------------------------------

/** The node's parent in the flat tree: its slot, its parent element, or its shadow host. */
function flatParent(node: Element): Element | null {
  if (node.assignedSlot) return node.assignedSlot;
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The page's canvas: the root's (or body's) background, else `Canvas` in the root's scheme. */
function pageCanvas(): Rgba {
  for (const node of [document.documentElement, document.body]) {
    const colour = rgba(getComputedStyle(node).backgroundColor);
    if (colour[3] > 0) return over(colour, [255, 255, 255, 1]);
  }
  const probe = document.createElement('div');
  probe.style.background = 'Canvas';
  document.documentElement.append(probe);
  const colour = rgba(getComputedStyle(probe).backgroundColor);
  probe.remove();
  return colour;
}

/**
 * The colour behind `node`: its own and its ancestors' backgrounds composed over the page canvas.
 * `undefined` when an image is part of it (text over a photo is not judged here).
 */
function backgroundOf(node: Element | null): Rgba | undefined {
  const layers: Rgba[] = [];
  for (let at = node; at; at = flatParent(at)) {
    const style = getComputedStyle(at);
    if (style.backgroundImage !== 'none' || at.localName === 'img' || at.localName === 'video') return undefined;
    const colour = rgba(style.backgroundColor);
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] === 1) break;
  }
  return layers.reduceRight((below, layer) => over(layer, below), pageCanvas());
}

/** Every element under `root`, through shadow roots. */
function* deep(root: Element | ShadowRoot): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deep(element.shadowRoot);
  }
}

function shown(node: Element): boolean {
  if (node.getClientRects().length === 0) return false;
  for (let at: Element | null = node; at; at = flatParent(at)) {
    const style = getComputedStyle(at);
    if (style.visibility === 'hidden' || style.clipPath !== 'none' || style.clip !== 'auto') return false;
  }
  return true;
}

/** Inactive controls are exempt from the contrast rules (WCAG 1.4.3, 1.4.11). */
function inactive(node: Element): boolean {
  for (let at: Element | null = node; at; at = flatParent(at)) {
    if (at.matches('[disabled], [aria-disabled="true"]') || Number(getComputedStyle(at).opacity) < 1) return true;
  }
  return false;
}

function ownText(node: Element): string {
  return [...node.childNodes]
    .filter((child) => child.nodeType === Node.TEXT_NODE)
    .map((child) => child.textContent)
    .join('')
    .trim();
}

interface Problem {
  what: string;
  ratio: number;
  needed: number;
}

interface Tally {
  pairs: number;
  problems: Problem[];
}

function judge(tally: Tally, what: string, fg: Rgba, bg: Rgba, needed: number): void {
  const ratio = contrast(over(fg, bg), bg);
  tally.pairs++;
  if (ratio < needed) tally.problems.push({ what, ratio: Math.round(ratio * 100) / 100, needed });
}

function label(node: Element): string {
  const classes =
    typeof node.className === 'string' && node.className ? `.${node.className.trim().split(/\s+/).join('.')}` : '';
  const text = ownText(node).slice(0, 24);
  return `${node.localName}${classes}${text ? ` "${text}"` : ''}`;
}

/** Text against its background; large text (24px, or 18.66px bold) needs 3:1. */
function checkText(host: Element, tally: Tally): void {
  for (const node of deep(host.shadowRoot!)) {
    if (node.closest('.pswp, svg') || !ownText(node) || !shown(node) || inactive(node)) continue;
    const bg = backgroundOf(node);
    if (!bg) continue;
    const style = getComputedStyle(node);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    judge(tally, `text ${label(node)}`, rgba(style.color), bg, large ? 3 : 4.5);
  }
}

const FIELDS =
  'input:not([type=file]):not([type=checkbox]):not([type=radio]), select, textarea, .button:not(.primary):not([aria-pressed="true"]), .dropzone';

/** Field, button and drop-zone edges, the pressed toggle, selection and the tick box: 3:1. */
function checkNonText(host: Element, tally: Tally): void {
  for (const node of deep(host.shadowRoot!)) {
    if (node.closest('.pswp') || !shown(node) || inactive(node)) continue;
    const style = getComputedStyle(node);
    const outside = backgroundOf(flatParent(node));
    if (!outside) continue;
    if (node.matches(FIELDS) && parseFloat(style.borderTopWidth) > 0) {
      judge(tally, `border of ${label(node)}`, rgba(style.borderTopColor), outside, 3);
    }
    if (node.matches('[aria-pressed="true"]')) {
      judge(tally, `pressed ${label(node)}`, rgba(style.backgroundColor), outside, 3);
    }
    if (node.matches('[aria-selected="true"]')) {
      const bar = /inset/.test(style.boxShadow) ? style.boxShadow.replace(/\s-?[\d.]+px.*$/, '') : undefined;
      if (bar) judge(tally, `selection bar of ${label(node)}`, rgba(bar), backgroundOf(node)!, 3);
      else judge(tally, `selected ${label(node)}`, rgba(style.borderTopColor), outside, 3);
    }
    if (node.matches('.check')) {
      judge(tally, `tick box ${label(node)}`, rgba(style.borderTopColor), backgroundOf(flatParent(node))!, 3);
    }
  }
}

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Tabs into `host` and judges the focus ring against what is around the focused control. */
async function checkFocusRing(host: Element, tally: Tally): Promise<void> {
  const before = document.createElement('button');
  before.textContent = 'before';
  host.before(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
  const focused = deepActive();
  before.remove();
  expect(focused && focused !== before, `Tab enters ${host.localName}`).to.equal(true);
  const style = getComputedStyle(focused!);
  expect(style.outlineStyle, `${label(focused!)} has a focus outline`).to.not.equal('none');
  const around =
    Number(style.outlineOffset.replace('px', '')) < 0 ? backgroundOf(focused) : backgroundOf(flatParent(focused!));
  judge(tally, `focus ring of ${label(focused!)}`, rgba(style.outlineColor), around!, 3);
}

// ---- the elements in their states -----------------------------------------------------------

async function box(): Promise<HTMLDivElement> {
  return fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
}

function themed<T extends Element>(el: T, schemeCase: SchemeCase): T {
  if (schemeCase.theme) el.setAttribute('theme', schemeCase.theme);
  return el;
}

async function setScheme(schemeCase: SchemeCase): Promise<void> {
  await emulateMedia({ colorScheme: schemeCase.os });
  document.documentElement.style.colorScheme = schemeCase.page ?? '';
  // A page that declares a scheme paints its canvas; axe reads an unpainted root as white.
  document.documentElement.style.background = schemeCase.page ? 'Canvas' : '';
}

/** Whether the element came out dark: its own canvas colour. */
function isDark(el: Element): boolean {
  const probe = document.createElement('span');
  probe.style.color = 'Canvas';
  el.shadowRoot!.append(probe);
  const dark = luminance(rgba(getComputedStyle(probe).color)) < 0.2;
  probe.remove();
  return dark;
}

async function judgeElement(
  el: Element,
  schemeCase: SchemeCase,
  state: string,
  tally: Tally,
  { textless = false } = {},
): Promise<void> {
  expect(isDark(el), `${el.localName} [${state}] is ${schemeCase.dark ? 'dark' : 'light'}`).to.equal(schemeCase.dark);
  const own: Tally = { pairs: 0, problems: [] };
  checkText(el, own);
  checkNonText(el, own);
  tally.pairs += own.pairs;
  const problems = own.problems.map((p) => `${p.what}: ${p.ratio}:1 < ${p.needed}:1`);
  expect(problems, `${el.localName} [${state}] in "${schemeCase.name}"`).to.deep.equal([]);
  if (!textless) expect(own.pairs, `${el.localName} [${state}] has pairs to judge`).to.be.greaterThan(0);
}

async function axeDark(el: Element, schemeCase: SchemeCase, state: string): Promise<void> {
  if (!schemeCase.dark) return;
  try {
    await expect(el).to.be.accessible();
  } catch (error) {
    throw new Error(`${el.localName} [${state}] in "${schemeCase.name}": ${(error as Error).message}`, {
      cause: error,
    });
  }
}

describe('colour contrast from the resolved tokens, in every scheme case', function () {
  this.timeout(120_000);
  const totals: Record<string, number> = {};
  beforeEach(() => resetBackend());
  after(async () => {
    document.documentElement.style.colorScheme = '';
    document.documentElement.style.background = '';
    await emulateMedia({ colorScheme: 'light' });
    await resetBackend();
    console.log(`[accessibility/contrast] pairs judged per case: ${JSON.stringify(totals)}`);
  });

  for (const schemeCase of CASES) {
    it(schemeCase.name, async () => {
      await setScheme(schemeCase);
      const tally: Tally = { pairs: 0, problems: [] };

      // Gallery: loaded, and its error state.
      const gallery = themed(
        await mountGallery(await box(), origins, { source: 'json', src: `${apiBase}/demo-data/gallery.json` }),
        schemeCase,
      );
      // Photos only (no title in a JSON gallery): its pairs are the focus ring's.
      await judgeElement(gallery, schemeCase, 'loaded', tally, { textless: true });
      await checkFocusRing(gallery, tally);
      await axeDark(gallery, schemeCase, 'loaded');

      await setFaults({ routes: [{ path: '^/demo-data/gallery\\.json$', status: 404 }] });
      const broken = document.createElement('dash-gallery');
      themed(broken, schemeCase);
      broken.setAttribute('source', 'json');
      broken.setAttribute('src', `${apiBase}/demo-data/gallery.json`);
      (await box()).append(broken);
      await until(() => $(broken, '[part=error]'), 'gallery error');
      await judgeElement(broken, schemeCase, 'error', tally);
      await setFaults({});

      // Portal browser: loaded with "All assets" selected, then "Recently added" pressed.
      const portal = themed(mountPortal(await box(), origins, 'press'), schemeCase);
      await untilPortalResults(portal);
      await until(() => getComputedStyle(portal).getPropertyValue('--_portal-accent'), 'account accent');
      await judgeElement(portal, schemeCase, 'loaded', tally);
      await checkFocusRing(portal, tally);
      const recent = $$<HTMLButtonElement>(portal, '.button[aria-pressed]')[0];
      if (recent) {
        recent.click();
        await until(() => recent.getAttribute('aria-pressed') === 'true', 'recently added pressed');
        await untilPortalResults(portal);
        await judgeElement(portal, schemeCase, 'recently added', tally);
      }
      await axeDark(portal, schemeCase, 'loaded');

      // Portal with a passcode, answered wrongly: the error text.
      const locked = themed(mountPortal(await box(), origins, 'partners'), schemeCase);
      await until(() => $(locked, '#passcode'), 'passcode form');
      $<HTMLInputElement>(locked, '#passcode')!.value = 'wrong';
      $<HTMLButtonElement>(locked, '.passcode button[type=submit]')!.click();
      await until(() => $(locked, '#passcode-error')?.textContent?.trim(), 'wrong passcode message');
      await judgeElement(locked, schemeCase, 'wrong passcode', tally);

      // Picker: loaded, one tile selected (selected tile, tick box, Insert enabled).
      const picker = themed(mountPicker(await box(), origins, { portal: 'press' }), schemeCase);
      await untilPickerResults(picker);
      tilesOf(picker)[0].click();
      await until(() => tilesOf(picker)[0].getAttribute('aria-selected') === 'true', 'a selected tile');
      await judgeElement(picker, schemeCase, 'selected', tally);
      await checkFocusRing(picker, tally);
      await axeDark(picker, schemeCase, 'selected');

      // Uploader: the email step, an invalid address, then the drop zone.
      const upload = themed(mountUpload(await box(), origins), schemeCase);
      await until(() => $(upload, '#email'), 'email step');
      await judgeElement(upload, schemeCase, 'email', tally);
      await checkFocusRing(upload, tally);
      submitEmail(upload, 'not-an-address');
      await until(() => $(upload, '#email[aria-invalid="true"]'), 'invalid email');
      await judgeElement(upload, schemeCase, 'invalid email', tally);
      submitEmail(upload);
      await until(() => $(upload, '.dropzone'), 'drop zone');
      await judgeElement(upload, schemeCase, 'drop zone', tally);
      await axeDark(upload, schemeCase, 'drop zone');

      totals[schemeCase.name] = tally.pairs;
    });
  }

  it('forced colours: the accent, and with it every pressed, selected and focused state, is Highlight', async () => {
    const upload = mountUpload(await box(), origins);
    const portal = mountPortal(await box(), origins, 'press');
    await untilPortalResults(portal);
    for (const el of [upload, portal, $(portal, 'dash-folder-tree')!, $(portal, 'dash-asset-grid')!]) {
      const rules = el
        .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
        .filter(
          (rule): rule is CSSMediaRule =>
            rule instanceof CSSMediaRule && /forced-colors:\s*active/.test(rule.conditionText),
        )
        .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]);
      const host = rules.find((rule) => rule.selectorText === ':host');
      expect(host?.style.getPropertyValue('--_accent').trim(), `${el.localName}: --_accent in forced colours`).to.equal(
        'Highlight',
      );
      expect(host?.style.getPropertyValue('--_accent-contrast').trim()).to.equal('HighlightText');
    }
    const tree = $(portal, 'dash-folder-tree')!;
    const selected = tree
      .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && /forced-colors/.test(rule.conditionText))
      .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[])
      .find((rule) => rule.selectorText.includes('aria-selected'));
    expect(selected?.style.borderInlineStartColor, 'the selected folder keeps a Highlight edge').to.equal('highlight');
  });
});
