/**
 * Colour contrast from the resolved tokens (issue 18, "dark mode from one source"): every element
 * in its main states, in each scheme case a page can put it in, read from the real rendered nodes
 * (getComputedStyle) and measured with the WCAG formula: text against its effective background
 * ≥ 4.5:1 (3:1 when large), and the non-text pairs ≥ 3:1: field, button and drop-zone borders
 * against what is outside them, the focus ring, the pressed toggle, the selected tile and folder,
 * the tick box, a failed file's edge, progress fills and icons that carry meaning (an icon-only
 * button's, a file's type). Also axe in the dark cases, and the forced-colours rule that keeps
 * state visible.
 *
 * The second block adds the states of issue 18's audit (gap 7), built once and judged in every
 * case: the uploader's file rows, a failure reason, the summary and the unfinished list; the
 * portal's asset view, download toast, selection bar, phone folder drawer and its brand header in
 * both of the backend's account colours; the lightbox's download menu, hotspot label and product
 * card (the lightbox is dark in every case).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import { emulateForcedColors, resetMediaFeatures } from '../support/media-features.js';
import { apiBase, resetBackend, s3Base, setFaults } from '../support/backend.js';
import type { DashGallery } from '../../src/gallery.js';
import type { DashPortalBrowser } from '../../src/portal-browser.js';
import { fingerprint, saveResume } from '../../src/upload/resume-store.js';
import {
  $,
  $$,
  closeLightbox,
  mountGallery,
  openLightbox,
  pswpOf,
  selectFiles,
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
  /** What was judged (the block below checks its states were reached). */
  judged?: string[];
}

function judge(tally: Tally, what: string, fg: Rgba, bg: Rgba, needed: number): void {
  const ratio = contrast(over(fg, bg), bg);
  tally.pairs++;
  tally.judged?.push(what);
  if (ratio < needed) tally.problems.push({ what, ratio: Math.round(ratio * 100) / 100, needed });
}

function label(node: Element): string {
  const classes =
    typeof node.className === 'string' && node.className ? `.${node.className.trim().split(/\s+/).join('.')}` : '';
  const text = ownText(node).slice(0, 24);
  return `${node.localName}${classes}${text ? ` "${text}"` : ''}`;
}

/**
 * The nodes to judge under `root`: an element's shadow tree without its lightbox (the lightbox's
 * own test judges its controls over the photo), or a lightbox panel itself with what is in it.
 */
function* judged(root: Element): Generator<Element> {
  if (root.shadowRoot) {
    for (const node of deep(root.shadowRoot)) if (!node.closest('.pswp')) yield node;
  } else {
    yield root;
    yield* deep(root);
  }
}

/** Text against its background; large text (24px, or 18.66px bold) needs 3:1. */
function checkText(host: Element, tally: Tally): void {
  for (const node of judged(host)) {
    if (node.closest('svg') || !ownText(node) || !shown(node) || inactive(node)) continue;
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
  for (const node of judged(host)) {
    if (!shown(node) || inactive(node)) continue;
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
    // A failed file's edge says it failed; a progress bar's fill says how far it got.
    if (node.matches('.file.failed')) {
      judge(tally, `failed edge of ${label(node)}`, rgba(style.borderTopColor), outside, 3);
    }
    if (node.localName === 'progress') {
      judge(tally, `progress fill of ${label(node)}`, rgba(style.accentColor), outside, 3);
    }
  }
  checkIcons(host, tally);
}

/** Whether `node` is in a button or link that says nothing in visible text: its icon is its meaning. */
function iconOnly(node: Element): boolean {
  const control = node.closest('button, a, summary, [role=button]');
  if (!control) return true;
  const visibleText = (at: Element): boolean =>
    [...at.childNodes].some((child) =>
      child.nodeType === Node.TEXT_NODE
        ? !!child.textContent!.trim()
        : child instanceof Element &&
          child.localName !== 'svg' &&
          !child.classList.contains('visually-hidden') &&
          visibleText(child),
    );
  return !visibleText(control);
}

/** The colour an icon is drawn in: its first shape's stroke, else its fill. */
function iconColour(svg: SVGSVGElement): Rgba | undefined {
  for (const shape of [svg, ...svg.querySelectorAll('path, circle, rect, line, polyline, polygon, ellipse')]) {
    const style = getComputedStyle(shape);
    if (style.stroke !== 'none' && parseFloat(style.strokeWidth) > 0 && !style.stroke.startsWith('url(')) {
      return rgba(style.stroke);
    }
    if (style.fill !== 'none' && !style.fill.startsWith('url(') && shape !== svg) return rgba(style.fill);
  }
  return undefined;
}

/**
 * Icons that carry meaning, 3:1 against what is behind them: an icon-only button's or link's
 * icon, and an icon standing alone (a file's type in the uploader, a tile's type badge). An icon
 * beside its own words is decoration and not judged.
 */
function checkIcons(host: Element, tally: Tally): void {
  for (const node of judged(host)) {
    if (!(node instanceof SVGSVGElement) || !shown(node) || inactive(node) || !iconOnly(node)) continue;
    const colour = iconColour(node);
    const behind = backgroundOf(flatParent(node));
    if (colour && behind) judge(tally, `icon in ${label(flatParent(node)!)}`, colour, behind, 3);
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
  const own: Tally = { pairs: 0, problems: [], judged: tally.judged };
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

// ---- the states the first pass left out ---------------------------------------------------------

/** A file of `size` bytes the page makes (no image: its row shows the file type's icon). */
function file(name: string, type: string, size = 200_000): File {
  return new File([new Uint8Array(size).fill(7)], name, { type, lastModified: Date.UTC(2026, 0, 1) });
}

/** A box in the page for the run of this block (fixtures are cleaned up after each test). */
function lasting(width = 1000): HTMLDivElement {
  const div = document.createElement('div');
  div.className = 'contrast-lasting';
  div.style.width = `${width}px`;
  document.body.append(div);
  return div;
}

/** The theme-search answer the header reads the account's colour from (portal-header.ts). */
const themeAnswer = (accentColour: string) => ({
  method: 'POST',
  path: '^/theme-searches$',
  status: 200,
  body: JSON.stringify({ results: [{ result: { accentColour }, permittedActions: [] }], totalResults: 1 }),
});

/** Judges the pairs of a lightbox panel (download menu, hotspot label, product card); it has its own surface. */
function judgePanel(panel: Element, what: string, schemeCase: SchemeCase, tally: Tally): void {
  const own: Tally = { pairs: 0, problems: [], judged: tally.judged };
  checkText(panel, own);
  checkNonText(panel, own);
  tally.pairs += own.pairs;
  expect(own.pairs, `${what} has pairs to judge`).to.be.greaterThan(0);
  const problems = own.problems.map((p) => `${p.what}: ${p.ratio}:1 < ${p.needed}:1`);
  expect(problems, `${what} in "${schemeCase.name}"`).to.deep.equal([]);
}

describe('colour contrast, more states: uploader rows, portal views and the lightbox panels', function () {
  this.timeout(180_000);
  const totals: Record<string, number> = {};
  /** Every element of this block, with what it shows. */
  const staged: Array<{ el: Element; state: string }> = [];
  let narrowPortal: DashPortalBrowser;
  let menuGallery: DashGallery;
  let productGallery: DashGallery;

  before(async () => {
    await resetBackend();
    for (const key of Object.keys(localStorage))
      if (key.startsWith('dash-upload-resume:')) localStorage.removeItem(key);

    // The brand header in the backend's two account colours: the demo's (every portal below) and
    // the seed profile's printed example, a dark indigo.
    await setFaults({ routes: [themeAnswer('#333666')] });
    const indigo = mountPortal(lasting(), origins, 'press');
    await untilPortalResults(indigo);
    await until(
      () => getComputedStyle(indigo).getPropertyValue('--_portal-accent').trim() === '#333666',
      'seed accent',
    );
    staged.push({ el: indigo, state: 'brand header, account colour #333666' });
    await setFaults({});

    // Uploader: a finished batch's summary.
    const finished = mountUpload(lasting(), origins);
    await until(() => $(finished, '#email'), 'email step');
    submitEmail(finished);
    await until(() => $(finished, '#file-input'), 'drop zone');
    selectFiles(finished, [file('notes.zip', 'application/zip'), file('brief.pdf', 'application/pdf')]);
    await until(() => $(finished, '[part=summary]'), 'the summary', 30_000);
    staged.push({ el: finished, state: 'summary' });

    // Uploader: every part refused, so the file fails (after its retries) with a reason.
    await setFaults({ partPut: { failRate: 1, status: 500 } });
    const failed = mountUpload(lasting(), origins);
    await until(() => $(failed, '#email'), 'email step');
    submitEmail(failed);
    await until(() => $(failed, '#file-input'), 'drop zone');
    selectFiles(failed, [file('brochure.pdf', 'application/pdf')]);
    await until(() => $(failed, '[part=file-error]'), 'a failure reason', 30_000);
    staged.push({ el: failed, state: 'a failed file with its reason' });

    // Uploader: files uploading (their parts held), and the files a reload left unfinished.
    // The download jobs wait too, so the portal's toast stays on its progress.
    await setFaults({
      partPut: { hang: true },
      routes: [{ method: 'GET', path: '^/asset-download-batch-jobs/', delayMs: 120_000 }],
    });
    saveResume(fingerprint({ name: 'interrupted.mov', size: 38_000_000, lastModified: 1 }, 'demo', 'submit-photos'), {
      assetId: 'a1',
      uploadId: 'u1',
      partSize: 6_000_000,
      path: 'interrupted.mov',
      size: 38_000_000,
      sent: 12_000_000,
    });
    const uploading = mountUpload(lasting(), origins);
    await until(() => $(uploading, '[part=unfinished] li'), 'the unfinished list');
    submitEmail(uploading);
    await until(() => $(uploading, '#file-input'), 'drop zone');
    selectFiles(uploading, [file('interview.mp3', 'audio/mpeg'), file('clip.mov', 'video/quicktime')]);
    await until(() => $$(uploading, '[part=file]').length === 2, 'the file rows');
    staged.push({ el: uploading, state: 'file rows uploading, unfinished list' });

    // Portal: a selection (its sticky bar) and a download job in its toast.
    const selecting = mountPortal(lasting(), origins, 'press');
    await untilPortalResults(selecting);
    for (const tile of tilesOf(selecting).slice(0, 2)) tile.querySelector<HTMLElement>('.check')!.click();
    const download = await until(
      () => $<HTMLButtonElement>(selecting, '[part~=selection-bar] [part~=download-button]'),
      'the selection bar',
    );
    download.click();
    await until(() => $(selecting, '.toast [part~=download-status] progress'), 'the toast with its progress');
    staged.push({ el: selecting, state: 'selection bar, download toast' });

    // Portal: the asset view of an image.
    const viewing = mountPortal(lasting(), origins, 'press');
    await untilPortalResults(viewing);
    const items = $<HTMLElement & { items: Array<{ currentAssetFile?: { fileType?: string } }> }>(
      viewing,
      'dash-asset-grid',
    )!.items;
    tilesOf(viewing)[items.findIndex((a) => a.currentAssetFile?.fileType === 'IMAGE')].click();
    await until(() => $(viewing, '[slot=actions] [part~=download-button]'), 'the asset view');
    staged.push({ el: viewing, state: 'asset view' });

    // Portal at a phone's width: its folder drawer is opened in each case.
    narrowPortal = mountPortal(lasting(390), origins, 'press');
    await untilPortalResults(narrowPortal);
    staged.push({ el: narrowPortal, state: 'phone width' });

    // Galleries whose lightbox has a download menu (a portal's) and product hotspots (Social's).
    const portal = await (await fetch(`${apiBase}/subdomains/demo/publicly-available-portal-datas/press`)).json();
    menuGallery = await mountGallery(lasting(), origins, {
      source: 'dash-portal',
      portal: 'press',
      folder: portal.result.whitelistedFolderFieldOptionIds[0],
    });
    productGallery = await mountGallery(lasting(), origins, {
      source: 'dash-social',
      brand: '1',
      gallery: '1',
      token: 'demo',
    });
  });

  afterEach(async () => {
    // A failed case leaves no lightbox open for the next.
    for (const gallery of [menuGallery, productGallery]) {
      for (let tries = 0; gallery && pswpOf(gallery) && tries < 3; tries++) {
        await sendKeys({ press: 'Escape' }); // a card or menu first, then the lightbox
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  });

  after(async () => {
    document.querySelectorAll('.contrast-lasting').forEach((node) => node.remove());
    for (const key of Object.keys(localStorage))
      if (key.startsWith('dash-upload-resume:')) localStorage.removeItem(key);
    document.documentElement.style.colorScheme = '';
    document.documentElement.style.background = '';
    await emulateMedia({ colorScheme: 'light' });
    await resetBackend();
    console.log(`[accessibility/contrast] more states, pairs judged per case: ${JSON.stringify(totals)}`);
  });

  for (const schemeCase of CASES) {
    it(schemeCase.name, async () => {
      await setScheme(schemeCase);
      const tally: Tally = { pairs: 0, problems: [], judged: [] };
      for (const { el } of staged) {
        if (schemeCase.theme) el.setAttribute('theme', schemeCase.theme);
        else el.removeAttribute('theme');
      }
      for (const { el, state } of staged) await judgeElement(el, schemeCase, state, tally);

      // The phone's folder drawer, open.
      const drawer = $<HTMLDialogElement>(narrowPortal, 'dialog.drawer')!;
      $<HTMLButtonElement>(narrowPortal, '[part~=folders-button]')!.click();
      await until(() => drawer.open, 'the folder drawer opens');
      await until(() => $$($(narrowPortal, 'dash-folder-tree'), '[role=treeitem]').length > 1, 'folders in the drawer');
      await judgeElement(narrowPortal, schemeCase, 'folder drawer open', tally);
      drawer.close();

      // The lightbox's download menu (the lightbox is dark in every case: its panels must hold).
      menuGallery.scrollIntoView(); // its tiles' images load as they come into view
      const image = await until(() => $(menuGallery, '.cell img')?.closest('.cell'), 'an image tile');
      await openLightbox(menuGallery, Number(image.getAttribute('aria-posinset')));
      const toggle = $<HTMLButtonElement>(menuGallery, '.dash-pswp-download-toggle')!;
      toggle.click();
      const menu = $(menuGallery, '.dash-pswp-menu')!;
      await until(() => !menu.hidden && $$(menu, '.dash-pswp-option').length > 1, 'the menu with its presets');
      judgePanel(menu, 'lightbox download menu', schemeCase, tally);
      toggle.click(); // Escape would close the menu only
      await until(() => menu.hidden, 'the menu closes');
      await closeLightbox(menuGallery);

      // The product card, opened by keyboard: focus on its link shows the focus ring.
      productGallery.scrollIntoView();
      await openLightbox(productGallery, 1);
      const hotspot = await until(
        () => $<HTMLButtonElement>(productGallery, '.pswp__item[aria-hidden="false"] .dash-pswp-hotspot'),
        'a hotspot',
      );
      // Its label shows under the pointer or focus: shown here as it is then.
      const hotspotLabel = hotspot.querySelector<HTMLElement>('.dash-pswp-hotspot-label')!;
      hotspotLabel.style.transition = 'none';
      hotspotLabel.style.opacity = '1';
      judgePanel(hotspotLabel, 'hotspot label', schemeCase, tally);
      hotspotLabel.style.opacity = hotspotLabel.style.transition = '';
      hotspot.focus();
      await sendKeys({ press: 'Enter' });
      const card = $(productGallery, '.dash-pswp-product')!;
      await until(() => !card.hidden && card.contains(deepActive()), 'the product card with focus in it');
      judgePanel(card, 'product card', schemeCase, tally);
      const link = deepActive()!;
      const ring = getComputedStyle(link);
      const around = parseFloat(ring.outlineOffset) < 0 ? backgroundOf(link) : backgroundOf(flatParent(link));
      judge(tally, `focus ring of ${label(link)}`, rgba(ring.outlineColor), around!, 3);
      expect(tally.problems.map((p) => `${p.what}: ${p.ratio}:1`)).to.deep.equal([]);
      await sendKeys({ press: 'Escape' });
      await until(() => card.hidden, 'the card closes');
      await closeLightbox(productGallery);

      // Each state was reached and judged, not skipped as hidden or inactive.
      const judgedAll = tally.judged!.join('\n');
      for (const expected of [
        'text span.reason', // a failure reason
        'failed edge of li.file',
        'progress fill of progress', // a file's and the toast's
        'icon in span.thumb.icon', // a file's type
        'text p.summary-text',
        'text li "interrupted.mov: ', // the unfinished list
        'text span.monogram', // the brand header's letter on the account colour
        'border of select', // the presets in the asset view, selection bar and toast
        'text h2 "Folders"', // the drawer's heading
        'text button.dash-pswp-option',
        'text span.dash-pswp-hotspot-label',
        'text a.dash-pswp-product-link',
      ]) {
        expect(judgedAll, `judged: ${expected}`).to.contain(expected);
      }
      totals[schemeCase.name] = tally.pairs;
    });
  }

  it('forced colours: the lightbox menu is Canvas and CanvasText, the option under the pointer Highlight', async () => {
    await setScheme(CASES[0]);
    await emulateForcedColors();
    try {
      menuGallery.scrollIntoView();
      const image = await until(() => $(menuGallery, '.cell img')?.closest('.cell'), 'an image tile');
      await openLightbox(menuGallery, Number(image.getAttribute('aria-posinset')));
      $<HTMLButtonElement>(menuGallery, '.dash-pswp-download-toggle')!.click();
      const menu = $(menuGallery, '.dash-pswp-menu')!;
      await until(() => !menu.hidden && $$(menu, '.dash-pswp-option').length > 1, 'the menu with its presets');
      const system = (colour: string) => {
        const probe = document.createElement('span');
        probe.style.color = colour;
        menu.append(probe);
        const value = getComputedStyle(probe).color;
        probe.remove();
        return value;
      };
      expect(getComputedStyle(menu).backgroundColor).to.equal(system('Canvas'));
      expect(getComputedStyle(menu).color).to.equal(system('CanvasText'));
      const [first, second] = $$(menu, '.dash-pswp-option');
      const { left, top, width, height } = second.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(left + width / 2), Math.round(top + height / 2)] });
      await until(() => second.matches(':hover'), 'the pointer over the option');
      expect(getComputedStyle(second).backgroundColor, 'hovered').to.equal(system('Highlight'));
      expect(getComputedStyle(second).color, 'hovered').to.equal(system('HighlightText'));
      expect(getComputedStyle(first).backgroundColor, 'not hovered').to.equal(system('Canvas'));
    } finally {
      await sendMouse({ type: 'move', position: [0, 0] });
      await resetMediaFeatures();
    }
  });
});
