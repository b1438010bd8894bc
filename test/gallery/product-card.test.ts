/**
 * Dash Social product hotspots (issue 18): a hotspot opens a small product card in the lightbox —
 * name, price, a real "View product" link (http(s) only) — instead of leaving for the shop at
 * once, by click or tap and by Enter; Escape, its close button or a press outside close it, and
 * focus goes back to the hotspot. Tiles of items with products carry a tag mark, and say so in
 * their accessible name. Against the local backend's Social seed (brand 1, gallery 1).
 */
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { DashGallery } from '../../src/gallery.js';
import { $, $$, cells, HOST_TOKEN, key, mount, nextEvent, openAt, pswp, until } from './helpers.js';

const active = (el: DashGallery) => el.shadowRoot!.activeElement;

/** The current slide's hotspots (neighbours are preloaded with their own). */
const hotspots = (el: DashGallery) =>
  until(() => {
    const found = $$<HTMLButtonElement>(el, '.pswp__item[aria-hidden="false"] .dash-pswp-hotspot');
    return found.length ? found : undefined;
  }, 'no hotspots on the slide');

const card = (el: DashGallery) => $(el, '.dash-pswp-product');
const cardOpen = (el: DashGallery) => !!card(el) && !card(el)!.hidden;

async function openSocial(position = 1): Promise<DashGallery> {
  const el = await mount({ attrs: { source: 'dash-social', brand: '1', gallery: '1' }, token: HOST_TOKEN });
  await openAt(el, position);
  return el;
}

async function closeLightbox(el: DashGallery): Promise<void> {
  const closed = nextEvent(el, 'dash-lightbox-close');
  key('Escape');
  await closed;
  await until(() => !pswp(el), 'the lightbox stayed open');
}

/** A real mouse click at the centre of `target` (viewport coordinates; the lightbox is in the top layer). */
async function clickAt(target: Element): Promise<void> {
  const { left, top, width, height } = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(left + width / 2), Math.round(top + height / 2)] });
}

/** Waits until the opening animation is over and the hotspot stands still. */
async function still(target: Element): Promise<void> {
  let last = '';
  await until(() => {
    const now = JSON.stringify(target.getBoundingClientRect());
    const same = now === last;
    last = now;
    return same;
  }, 'the slide kept moving');
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A finger's tap on `target` as the page sees it: touch pointer events (PhotoSwipe's tap and
 * double-tap handling reads them), then the click the browser derives from them. The runner has no
 * touchscreen command, so the events are made in the page.
 */
function touchTap(target: Element): void {
  const { left, top, width, height } = target.getBoundingClientRect();
  const init: PointerEventInit = {
    pointerType: 'touch',
    pointerId: 11,
    isPrimary: true,
    clientX: left + width / 2,
    clientY: top + height / 2,
    bubbles: true,
    composed: true,
    cancelable: true,
  };
  target.dispatchEvent(new PointerEvent('pointerdown', { ...init, buttons: 1 }));
  target.dispatchEvent(new PointerEvent('pointerup', { ...init, buttons: 0 }));
  target.dispatchEvent(new MouseEvent('click', { ...init, bubbles: true, composed: true }));
}

describe('dash-gallery: product hotspots', () => {
  afterEach(() => sendMouse({ type: 'move', position: [0, 0] }));

  it('tiles of items with products show a tag mark and say so in their name', async () => {
    const el = await mount({ attrs: { source: 'dash-social', brand: '1', gallery: '1' }, token: HOST_TOKEN });
    const marked = cells(el).filter((cell) => cell.querySelector('[part~="products-badge"]'));
    // The seed tags products on four of its pinned media.
    expect(marked.length).to.equal(4);
    for (const cell of cells(el)) {
      const name = cell.querySelector('.tile')!.getAttribute('aria-label')!;
      const badge = cell.querySelector<HTMLElement>('[part~="products-badge"]');
      expect(name.endsWith(', with products'), name).to.equal(!!badge);
      if (badge) {
        expect(badge.getBoundingClientRect().width).to.be.at.least(24);
        expect(badge.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      }
    }
    await expect(el).to.be.accessible();
  });

  it('Enter on a hotspot opens the product card with name, price and an http(s) link; Escape closes only the card and focus returns', async () => {
    const el = await openSocial();
    const [hotspot] = await hotspots(el);
    expect(hotspot.tagName).to.equal('BUTTON');
    expect(hotspot.textContent).to.equal('Trail runner 3, 92.00 EUR');
    expect(hotspot.getAttribute('aria-expanded')).to.equal('false');
    hotspot.focus();
    const page = location.href;
    await sendKeys({ press: 'Enter' });
    await until(() => cardOpen(el), 'no product card');
    const panel = card(el)!;
    expect(panel.getAttribute('role')).to.equal('dialog');
    expect(panel.getAttribute('aria-label')).to.equal('Trail runner 3');
    expect(panel.querySelector('.dash-pswp-product-name')!.textContent).to.equal('Trail runner 3');
    expect(panel.querySelector('.dash-pswp-product-price')!.textContent).to.equal('92.00 EUR');
    const link = panel.querySelector<HTMLAnchorElement>('a.dash-pswp-product-link')!;
    expect(link.textContent).to.equal('View product');
    expect(link.href).to.equal('https://shop.example.com/products/trail-3');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.contain('noopener');
    expect(hotspot.getAttribute('aria-expanded')).to.equal('true');
    // Nothing navigated; focus is in the card, on its link.
    expect(location.href).to.equal(page);
    expect(active(el)).to.equal(link);
    // The card is inside the viewport.
    const box = panel.getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(innerWidth);
    expect(box.bottom).to.be.at.most(innerHeight);
    await expect(el).to.be.accessible();
    // Arrow keys in the card do not change the slide.
    const counter = $(el, '.pswp__counter')!.textContent;
    await sendKeys({ press: 'ArrowRight' });
    expect($(el, '.pswp__counter')!.textContent).to.equal(counter);
    await sendKeys({ press: 'Escape' });
    await until(() => !cardOpen(el), 'Escape did not close the card');
    expect(pswp(el), 'Escape closed the lightbox too').to.exist;
    expect($<HTMLDialogElement>(el, 'dialog.dash-lightbox')!.open).to.equal(true);
    expect(active(el)).to.equal(hotspot);
    expect(hotspot.getAttribute('aria-expanded')).to.equal('false');
    // The next Escape closes the lightbox.
    await closeLightbox(el);
  });

  it('a touch tap opens the card without hiding the lightbox controls; a tap outside closes it, nothing more', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await openSocial();
    const root = pswp(el)!;
    const [hotspot] = await hotspots(el);
    await still(hotspot);
    expect(root.classList.contains('pswp--ui-visible')).to.equal(true);
    touchTap(hotspot);
    await until(() => cardOpen(el), 'a tap did not open the card');
    // PhotoSwipe acts on a tap after its double-tap delay: it must not take this one.
    await wait(600);
    expect(cardOpen(el)).to.equal(true);
    expect(root.classList.contains('pswp--ui-visible'), 'the tap hid the controls').to.equal(true);
    touchTap($(el, '.pswp__item[aria-hidden="false"] .pswp__img:not(.pswp__img--placeholder)')!);
    await until(() => !cardOpen(el), 'a tap outside did not close the card');
    await wait(600);
    expect(root.classList.contains('pswp--ui-visible'), 'the closing tap hid the controls').to.equal(true);
    expect(active(el)).to.equal(hotspot);
    await closeLightbox(el);
  });

  for (const width of [390, 1280]) {
    it(`a click or tap opens the card; a press outside closes it, the lightbox stays (${width} px)`, async () => {
      await setViewport({ width, height: 844 });
      const el = await openSocial();
      const [hotspot] = await hotspots(el);
      await still(hotspot);
      await clickAt(hotspot);
      await until(() => cardOpen(el), 'a click did not open the card');
      const box = card(el)!.getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(width);
      // Beside its hotspot, not over it.
      const spot = hotspot.getBoundingClientRect();
      expect(box.top >= spot.bottom - 1 || box.bottom <= spot.top + 1, 'the card covers its hotspot').to.equal(true);
      // Pressing the card's text leaves it open.
      await clickAt(card(el)!.querySelector('.dash-pswp-product-name')!);
      expect(cardOpen(el)).to.equal(true);
      // A press on the image elsewhere closes the card, nothing else (no zoom, no close).
      const image = $(el, '.pswp__item[aria-hidden="false"] .pswp__img:not(.pswp__img--placeholder)')!;
      const rect = image.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(rect.left + 10), Math.round(rect.top + 10)] });
      await until(() => !cardOpen(el), 'a press outside did not close the card');
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(pswp(el), 'the lightbox closed').to.exist;
      expect($(el, '.pswp--zoomed-in'), 'the image zoomed').to.equal(null);
      expect(active(el)).to.equal(hotspot);
      // The close button closes it too.
      await clickAt(hotspot);
      await until(() => cardOpen(el), 'the card did not open again');
      await clickAt(card(el)!.querySelector('.dash-pswp-product-close')!);
      await until(() => !cardOpen(el), 'the close button did not close the card');
      expect(active(el)).to.equal(hotspot);
      await closeLightbox(el);
    });
  }
});
