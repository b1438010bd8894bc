import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/gallery.js';
import { described, openFirstInLightbox, pendingAccessToken, UNREACHABLE_API } from '../.storybook/play.js';

/**
 * Stories for `<dash-gallery>`: every source and layout, against the local backend
 * (`npm start` prints its URL; change it with the `apiBase` control). Tokens are set as the
 * `accessToken` property, never as an attribute.
 */
interface Args {
  apiBase: string;
  source?: string;
  src?: string;
  subdomain?: string;
  portal?: string;
  folder?: string;
  brand?: string;
  gallery?: string;
  lang?: string;
  /** CMS: the translation's `language_id`. */
  languageId?: string;
  /** CMS: where media paths resolve when not under `api-base`. */
  mediaBase?: string;
  layout: 'grid' | 'masonry' | 'justified' | 'carousel';
  columns?: number;
  gap?: number;
  rowHeight?: number;
  limit?: number;
  aspect?: 'square' | 'natural';
  noLightbox: boolean;
  deepLink: boolean;
  editable: boolean;
  token?: string;
  /** The host app's token hook (set as the `getAccessToken` property). */
  getAccessToken?: () => Promise<string>;
  /** Responsive images from an image CDN: `{url}`, `{encodedUrl}`, `{width}`. */
  srcTemplate?: string;
}

const API = globalThis.__DASH_DEMO__?.apiBase ?? 'http://127.0.0.1:4000';

/** The first whitelisted folder of the open `press` portal (folder ids are generated). */
async function pressFolder(apiBase: string): Promise<string> {
  const response = await fetch(`${apiBase}/subdomains/demo/publicly-available-portal-datas/press`);
  const { result } = (await response.json()) as { result: { whitelistedFolderFieldOptionIds: string[] } };
  return result.whitelistedFolderFieldOptionIds[0];
}

const meta: Meta<Args> = {
  title: 'Elements/Gallery',
  component: 'dash-gallery',
  args: {
    apiBase: API,
    source: 'json',
    src: `${API}/demo-data/gallery.json`,
    layout: 'grid',
    noLightbox: false,
    deepLink: false,
    editable: false,
  },
  argTypes: {
    source: { control: 'select', options: ['json', 'photo-gallery', 'dash-social', 'cms', 'dash-portal', undefined] },
    layout: { control: 'inline-radio', options: ['grid', 'masonry', 'justified', 'carousel'] },
    aspect: { control: 'inline-radio', options: ['square', 'natural'] },
    lang: { control: 'inline-radio', options: ['en', 'de'] },
    getAccessToken: { table: { disable: true } },
  },
  render: (args, { loaded }) =>
    html`<dash-gallery
      api-base=${args.apiBase}
      source=${ifDefined(args.source)}
      src=${ifDefined(args.src)}
      subdomain=${ifDefined(args.subdomain)}
      portal=${ifDefined(args.portal)}
      folder=${ifDefined(args.folder ?? (loaded as { folder?: string }).folder)}
      brand=${ifDefined(args.brand)}
      gallery=${ifDefined(args.gallery)}
      lang=${ifDefined(args.lang)}
      language-id=${ifDefined(args.languageId)}
      media-base=${ifDefined(args.mediaBase)}
      layout=${args.layout}
      columns=${ifDefined(args.columns)}
      gap=${ifDefined(args.gap)}
      row-height=${ifDefined(args.rowHeight)}
      limit=${ifDefined(args.limit)}
      aspect=${ifDefined(args.aspect)}
      ?no-lightbox=${args.noLightbox}
      ?deep-link=${args.deepLink}
      ?editable=${args.editable}
      src-template=${ifDefined(args.srcTemplate)}
      .accessToken=${args.token}
      .getAccessToken=${args.getAccessToken}
      id="story-gallery"
    ></dash-gallery>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Plain JSON (`{items}`), square grid; one item is a video. */
export const JsonGrid: Story = {};

/**
 * `src-template`: every image's srcset built from one URL pattern (here the local backend, which
 * ignores `?w=`; a real site names its CDN, e.g. Cloudinary's fetch URL).
 */
export const SrcTemplate: Story = {
  args: { srcTemplate: '{url}?w={width}' },
  parameters: described(
    'Each tile asks for the width it is drawn at: `srcset` lists 320 … 2560 w renditions built from ' +
      "`src-template` (up to the image's own width) and `sizes` is the cell's laid-out width. Resize the " +
      'canvas or change `columns` and watch `sizes` follow in the inspector.',
  ),
};

/** Grid cells keeping each item's aspect ratio. */
export const GridNatural: Story = { args: { aspect: 'natural', columns: 3 } };

export const Masonry: Story = { args: { layout: 'masonry' } };

/** Rows of equal height close to `row-height`; the last row is not stretched. */
export const Justified: Story = { args: { layout: 'justified', rowHeight: 180 } };

/** One row that scrolls sideways with scroll-snap: swipe, the arrow keys or its previous/next buttons. */
export const Carousel: Story = { args: { layout: 'carousel', rowHeight: 220 } };

/** A GalleryDTO read from a site-owner URL, without credentials. */
export const PhotoGallery: Story = {
  args: { source: 'photo-gallery', src: `${API}/demo-data/photo-gallery.json`, layout: 'justified' },
};

/** Dash Social: banner, pinned order, product hotspots in the lightbox, a video. */
export const DashSocial: Story = {
  args: { source: 'dash-social', src: undefined, brand: '1', gallery: '1', token: 'demo', layout: 'masonry' },
};

/**
 * Dash Social, nothing pinned: the gallery's media come from `latest_media` (`{image_url}` only, no
 * size), measured as they load.
 */
export const DashSocialNothingPinned: Story = {
  args: { source: 'dash-social', src: undefined, brand: '1', gallery: '3', token: 'demo', layout: 'justified' },
};

/** Items without sizes: tiles take each image's measured shape as it loads, the view stays still. */
export const Unsized: Story = {
  args: { src: `${API}/demo-data/unsized.json?count=60&missing=0`, layout: 'justified' },
};

/**
 * Unsized items whose files are partly gone (a CMS gallery as seed 004 prints it): tiles and
 * lightbox slides say "Image unavailable"; stepping through stays quick.
 */
export const MissingFiles: Story = {
  args: { source: 'cms', src: undefined, gallery: 'missing-files', token: 'demo', layout: 'masonry' },
};

/** CMS gallery in `order`, German title and description. */
export const Cms: Story = {
  args: { source: 'cms', src: undefined, gallery: 'summer-2026', lang: 'de', token: 'demo' },
};

/** CMS authors: reorder (drag, Alt + Arrow keys), edit captions, remove — saved to the backend. */
export const CmsEditable: Story = { args: { ...Cms.args, editable: true } };

/** A Dash portal folder, paged as you scroll; the lightbox offers downloads with presets. */
export const DashPortal: Story = {
  args: { source: 'dash-portal', src: undefined, subdomain: 'demo', portal: 'press' },
  loaders: [async ({ args }) => ({ folder: await pressFolder((args as Args).apiBase) })],
};

/** 10,000 items: only what is near the viewport is in the DOM. */
export const TenThousand: Story = {
  args: { src: `${API}/demo-data/large.json?count=10000`, layout: 'justified' },
};

/** Script payloads in every field stay text; unsafe URLs are dropped. */
export const Hostile: Story = { args: { src: `${API}/demo-data/hostile.json` } };

/** The URL hash names the open item (`#dash-gallery=story-gallery:3` opens it on load). */
export const DeepLink: Story = { args: { deepLink: true } };

export const NoLightbox: Story = { args: { noLightbox: true, limit: 6 } };

export const Empty: Story = { args: { src: `${API}/demo-data/large.json?count=0` } };

/** Misconfiguration is shown, never a blank. */
export const InvalidConfig: Story = { args: { source: 'flickr', src: undefined } };

/** No `source`: the page's own links and images, enhanced (works without JavaScript). */
export const LightDom: Story = {
  args: { source: undefined, src: undefined },
  render: (args) => {
    const visual = (seed: number, width: number) => `${args.apiBase}/files/visuals/${seed}/1280x853/${width}.jpg`;
    return html`<dash-gallery layout=${args.layout}>
      ${[501, 502, 503, 504].map(
        (seed, i) =>
          html`<figure>
            <a href=${visual(seed, 1280)} data-pswp-width="1280" data-pswp-height="853"
              ><img src=${visual(seed, 320)} alt=${`Photo ${i + 1}`} width="320" height="213"
            /></a>
            ${i % 2 ? html`<figcaption>Caption ${i + 1}</figcaption>` : nothing}
          </figure>`,
      )}
    </dash-gallery>`;
  },
};

/**
 * Loading, held open: a CMS gallery whose host app has not handed over a token yet, through the
 * public `getAccessToken` hook.
 */
export const Loading: Story = {
  args: { source: 'cms', src: undefined, gallery: 'summer-2026', getAccessToken: pendingAccessToken },
  parameters: described(
    'The loading state, held open honestly: a `cms` gallery whose `getAccessToken` hook returns a promise ' +
      'that never settles, as when the host app is still signing its user in. No request can go out ' +
      'without the token, so the element shows its placeholder tiles (two rows in its layout, the height ' +
      'its first rows will take, with "Loading…" as a polite status for screen readers) for as long as the story is ' +
      'open; switch `layout` to see justified and masonry placeholders. A `json` source cannot be held this way: its request is bounded by a timeout, and the local ' +
      'backend has no route that never answers.',
  ),
};

/** The server cannot be reached: a network error with a retry. */
export const NetworkError: Story = {
  args: { apiBase: UNREACHABLE_API, src: `${UNREACHABLE_API}/demo-data/gallery.json` },
  parameters: described(
    `A \`json\` gallery whose \`src\` is on ${UNREACHABLE_API}, where nothing listens: the request fails at ` +
      'once and the element shows an alert ("We could not reach the server. Check your connection and try ' +
      'again.") with a "Try again" button.',
  ),
};

/** A `src` the backend answers with 404: a "not found" error with a retry. */
export const NotFound: Story = {
  args: { src: `${API}/demo-data/no-such-gallery.json` },
  parameters: described(
    'A `json` gallery whose `src` is a path the local backend does not have (`/demo-data/no-such-gallery.json`): ' +
      'it answers 404 and the element shows an alert ("We could not find what you asked for. Check the ' +
      'address and try again.") with a "Try again" button.',
  ),
};

/** JSON of the wrong shape: an "invalid response" error, never a half-drawn gallery. */
export const MalformedData: Story = {
  args: { src: `${API}/demo-data/photo-gallery.json` },
  parameters: described(
    'A `json` gallery pointed at a document of another shape: `/demo-data/photo-gallery.json` is a ' +
      'GalleryDTO (`Photos`, no `items` array), as when a page sets the wrong `source` for its URL. The ' +
      'backend answers 200 with valid JSON, and the element refuses it with an alert ("The server sent ' +
      'something we could not read. Try again later.") and a "Try again" button.',
  ),
};

/** The lightbox open on the first item: the play clicks the first tile. */
export const LightboxOpen: Story = {
  play: (context) => openFirstInLightbox(context),
  parameters: described(
    'The lightbox, opened as a visitor would: the play function clicks the first tile of the `json` ' +
      'gallery. PhotoSwipe opens as a modal dialog in the shadow root with the counter ("1 of 11"), the ' +
      'caption, previous/next, zoom and close (Esc).',
  ),
};
