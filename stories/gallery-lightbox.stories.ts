import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/gallery.js';
import type { DashGallery } from '../src/gallery.js';
import { folderCriterion, searchAssets } from '../src/api/assets.js';
import { getFolderSettings } from '../src/api/folders.js';
import { portalTokenSource } from '../src/api/tokens.js';
import { described, inShadow, until, type PlayContext } from '../.storybook/play.js';

/**
 * The `<dash-gallery>` lightbox in its states, each reached as a visitor would (the play clicks a
 * tile): an image with its caption, a video, the thumbnail strip, zoomed in, inside a
 * transformed, clipping ancestor (it still covers the viewport: it opens in the top layer), and a
 * Dash portal's video, which plays through a download job where the portal permits downloads.
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

/** A whitelisted folder of a portal with a video in its first page (a gallery shows one folder). */
async function folderWithVideo(apiBase: string, portal: string, passcode?: string): Promise<string> {
  const response = await fetch(`${apiBase}/subdomains/demo/publicly-available-portal-datas/${portal}`);
  const { result } = (await response.json()) as { result: { whitelistedFolderFieldOptionIds: string[] } };
  const base = { apiBase };
  const ctx = { ...base, auth: portalTokenSource(base, { subdomain: 'demo', portal, passcode }) };
  const { fieldId } = await getFolderSettings(ctx);
  for (const folder of result.whitelistedFolderFieldOptionIds) {
    const page = await searchAssets(ctx, { from: 0, pageSize: 60, criterion: folderCriterion(fieldId, folder) });
    if (page.results.some((r) => r.result.currentAssetFile?.fileType === 'VIDEO')) return folder;
  }
  return result.whitelistedFolderFieldOptionIds[0];
}

/** A Dash portal's folder as a gallery: `press` permits downloads, `partners` (passcode) does not. */
function portalVideoStory(portal: string, passcode?: string): Story {
  return {
    loaders: [async ({ args }) => ({ folder: await folderWithVideo((args as Args).apiBase, portal, passcode) })],
    render: (args, { loaded }) =>
      html`<dash-gallery
        api-base=${args.apiBase}
        source="dash-portal"
        subdomain="demo"
        portal=${portal}
        passcode=${passcode ?? ''}
        folder=${(loaded as { folder: string }).folder}
        layout="masonry"
      ></dash-gallery>`,
    play: async ({ canvasElement, userEvent }) => {
      const gallery = await until(() => canvasElement.querySelector<DashGallery>('dash-gallery'), '<dash-gallery>');
      const index = await until(() => gallery.items.findIndex((item) => item.type === 'video') + 1, 'a video').then(
        (i) => i - 1,
      );
      // The tile is brought into view (the gallery renders the tiles near it only).
      const tile = await gallery.tileFor(index);
      if (!tile) throw new Error("The video's tile is not rendered.");
      await userEvent.click(tile);
      await until(
        () => inShadow(gallery, '.pswp__item[aria-hidden="false"] .dash-pswp-poster'),
        "the video's poster in the lightbox",
      );
    },
  };
}

export const PortalVideo: Story = {
  ...portalVideoStory('press'),
  parameters: described(
    'A Dash portal video (`source="dash-portal"`): its tile has the play mark; in the lightbox its ' +
      'poster has Play, as the portal permits downloads. The Dash API has no streaming URL, so Play ' +
      'asks for a download job of the original (the button says "Getting the video…" and keeps ' +
      'focus), then a player fills the slide and takes focus. A failed job says so in the slide, ' +
      'reports `dash-error` and offers Play again.',
  ),
};

export const PortalVideoNotPlayable: Story = {
  ...portalVideoStory('partners', 'letmein'),
  parameters: described(
    'A portal that does not permit downloads (`partners`, passcode `letmein`): no download job can ' +
      'fetch the video, so its poster says "This video cannot be played here: downloading it is not ' +
      'allowed." instead of showing a player that plays nothing.',
  ),
};
