import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/gallery.js';
import { described, inShadow, until, type PlayContext } from '../.storybook/play.js';

/**
 * The `<dash-gallery>` lightbox in its states, each reached as a visitor would (the play clicks a
 * tile): an image with its caption, a video, the thumbnail strip, zoomed in, and inside a
 * transformed, clipping ancestor (it still covers the viewport: it opens in the top layer).
 */
interface Args {
  apiBase: string;
  thumbnails: boolean;
  /** Wrap the gallery in `transform: translateZ(0); overflow: hidden` (scroll-reveal leftovers). */
  transformed: boolean;
}

const API = globalThis.__DASH_DEMO__?.apiBase ?? 'http://127.0.0.1:4000';

const meta: Meta<Args> = {
  title: 'Elements/Gallery/Lightbox',
  component: 'dash-gallery',
  args: { apiBase: API, thumbnails: false, transformed: false },
  render: (args) => {
    const gallery = html`<dash-gallery
      api-base=${args.apiBase}
      source="json"
      src=${`${args.apiBase}/demo-data/gallery.json`}
      ?lightbox-thumbnails=${args.thumbnails}
    ></dash-gallery>`;
    return args.transformed
      ? html`<div style="transform: translateZ(0); overflow: hidden; height: 320px">${gallery}</div>`
      : gallery;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Clicks tile `position` (1-based) and waits until the lightbox shows that item. */
async function openAt({ canvasElement, userEvent }: PlayContext, position: number): Promise<Element> {
  const gallery = await until(() => canvasElement.querySelector('dash-gallery'), '<dash-gallery>');
  const tile = await until(() => inShadow(gallery, `.cell[aria-posinset="${position}"] .tile`), `tile ${position}`);
  await userEvent.click(tile);
  await until(() => inShadow(gallery, '.pswp__counter')?.textContent?.startsWith(`${position} `), 'the open lightbox');
  return gallery;
}

export const ImageWithCaption: Story = {
  play: (context) => openAt(context, 2).then(() => undefined),
  parameters: described(
    'An image with its caption below it: the image keeps room for the top bar and the caption, ' +
      'the controls are white on the dark background, the arrows on round backdrops.',
  ),
};

export const Video: Story = {
  play: (context) => openAt(context, 4).then(() => undefined),
  parameters: described('A video slide fills its fitted box, as an image does.'),
};

export const Thumbnails: Story = {
  args: { thumbnails: true },
  play: (context) => openAt(context, 6).then(() => undefined),
  parameters: described(
    '`lightbox-thumbnails`: the strip is shown from the start (its toggle in the top bar shows and ' +
      'hides it otherwise); the current thumbnail is marked and is the strip’s one Tab stop.',
  ),
};

export const ZoomedIn: Story = {
  play: async (context) => {
    const gallery = await openAt(context, 1);
    const zoom = await until(() => inShadow(gallery, '.pswp__button--zoom:not([hidden])'), 'the zoom button');
    await context.userEvent.click(zoom);
    await until(() => zoom.getAttribute('aria-label') === 'Zoom out', 'zoomed in');
  },
  parameters: described('Zoomed in: the zoom button says and shows "Zoom out"; the bar gets a backdrop.'),
};

export const InTransformedAncestor: Story = {
  args: { transformed: true },
  play: (context) => openAt(context, 2).then(() => undefined),
  parameters: described(
    'Inside `transform: translateZ(0); overflow: hidden` the lightbox still covers the viewport: it ' +
      'is a modal `<dialog>` in the top layer, which no host CSS clips.',
  ),
};

export const ProductCard: Story = {
  render: (args) =>
    html`<dash-gallery
      api-base=${args.apiBase}
      source="dash-social"
      brand="1"
      gallery="1"
      layout="masonry"
      .accessToken=${'demo'}
    ></dash-gallery>`,
  play: async (context) => {
    const gallery = await openAt(context, 1);
    const hotspot = await until(
      () => inShadow(gallery, '.pswp__item[aria-hidden="false"] .dash-pswp-hotspot'),
      'the product hotspot',
    );
    await context.userEvent.click(hotspot);
    await until(() => inShadow(gallery, '.dash-pswp-product:not([hidden])'), 'the product card');
  },
  parameters: described(
    'Dash Social products: a hotspot opens a card with the product’s name, price and a "View ' +
      'product" link instead of leaving for the shop at once; Escape or a tap outside closes it and ' +
      'focus goes back to the hotspot. The tiles of items with products carry a tag mark.',
  ),
};
