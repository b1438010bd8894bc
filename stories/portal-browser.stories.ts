import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/portal-browser.js';
import '../src/i18n/ar.js';
import type { DashAssetGrid } from '../src/browse/asset-grid.js';
import type { Asset } from '../src/api/models.js';
import {
  described,
  inShadow,
  openEmptyFolder,
  openTermsGate,
  resultsGrid,
  pendingAccessToken,
  searchForNothing,
  until,
  UNMATCHED_QUERY,
  UNREACHABLE_API,
  type PlayContext,
} from '../.storybook/play.js';

/**
 * Stories for `<dash-portal-browser>`, one per designed state, against the local backend. Its URL
 * comes from `globalThis.__DASH_DEMO__` (`?dashApi=`, `STORYBOOK_DASH_API` or the default, see
 * .storybook/README.md), or from the `apiBase` control.
 */
interface Args {
  apiBase: string;
  subdomain: string;
  portal: string;
  passcode?: string;
  syncUrl: boolean;
  accent?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Portal browser',
  component: 'dash-portal-browser',
  args: {
    // The backend Storybook was pointed at; a literal here would override `?dashApi=`.
    apiBase: (globalThis as { __DASH_DEMO__?: { apiBase?: string } }).__DASH_DEMO__?.apiBase ?? 'http://127.0.0.1:4000',
    subdomain: 'demo',
    portal: 'press',
    syncUrl: false,
  },
  argTypes: {
    portal: { control: 'select', options: ['press', 'partners', 'hostile', 'big', 'no-such-portal'] },
    accent: { control: 'color' },
  },
  render: (args) =>
    html`<dash-portal-browser
      api-base=${args.apiBase}
      subdomain=${args.subdomain}
      portal=${args.portal}
      passcode=${ifDefined(args.passcode)}
      ?sync-url=${args.syncUrl}
      style=${styleMap(args.accent ? { '--dash-accent': args.accent } : {})}
    ></dash-portal-browser>`,
};
export default meta;

type Story = StoryObj<Args>;

/** An open portal with downloads, folders and "recently added". */
export const OpenPortal: Story = {};

/** A passcode portal with no passcode set: the visitor is asked (try `letmein`). */
export const Passcode: Story = { args: { portal: 'partners' } };

/** A VIEW-only portal: no selection, no download controls anywhere. */
export const ViewOnly: Story = { args: { portal: 'partners', passcode: 'letmein' } };

/** Welcome message, folder names and filenames full of script payloads, all shown as text. */
export const HostileContent: Story = { args: { portal: 'hostile' } };

/** More than 10,000 assets: paging continues with a scroll search past the 10,000th. */
export const LargePortal: Story = { args: { portal: 'big' } };

/** An unknown slug: a clear "not found" error with a retry. */
export const NotFound: Story = { args: { portal: 'no-such-portal' } };

/** The API cannot be reached: a network error with a retry. */
export const NetworkError: Story = { args: { apiBase: UNREACHABLE_API } };

/** Missing subdomain: an invalid-config error rather than a blank element. */
export const Misconfigured: Story = { args: { subdomain: '' } };

/** The site's --dash-accent wins over the portal's own colour. */
export const SiteAccent: Story = { args: { accent: '#c2410c' } };

/** Browsing state mirrored in the page URL (never the passcode). */
export const UrlSync: Story = { args: { syncUrl: true } };

/**
 * Loading: the element is waiting for its first answer and says so, for as long as that takes.
 * Reached for real through the public `getAccessToken` hook: the element is signed in as an app
 * user (no `portal`) whose app has not handed over a token yet, so no request can go out.
 */
export const Loading: Story = {
  args: { portal: '' },
  render: (args) =>
    html`<dash-portal-browser
      api-base=${args.apiBase}
      subdomain=${args.subdomain}
      .getAccessToken=${pendingAccessToken}
    ></dash-portal-browser>`,
  parameters: described(
    'The loading state, held open honestly: the element runs in host-token mode (no `portal`) and its ' +
      '`getAccessToken` hook returns a promise that never settles, as when the host app is still signing ' +
      'the user in. Without a token nothing can be searched, so the folder tree shows "Loading…" and the ' +
      'results announce "Loading assets…" (a polite live region) indefinitely. The local backend has no ' +
      'latency switch outside the tests, so the portal-resolving spinner of a slow network cannot be ' +
      'held open here.',
  ),
};

/**
 * Empty folder: the seeded folder Events › 2027 of the `press` portal holds no assets. The play
 * opens it in the folder tree like a visitor.
 */
export const EmptyFolder: Story = {
  play: (context) => openEmptyFolder(context, 'dash-portal-browser'),
  parameters: described(
    'An empty folder, told apart from "no results": the `press` portal opened at Events › 2027, a ' +
      'folder the local backend seeds without assets. The play function clicks Events, then 2027, in ' +
      'the folder tree; the element shows "This folder has no assets yet." and "0 assets".',
  ),
};

/**
 * No results: the play types a query that matches no filename, title or keyword into the search
 * box and submits it.
 */
export const NoResults: Story = {
  play: (context) => searchForNothing(context, 'dash-portal-browser'),
  parameters: described(
    `A search that finds nothing: the play function types "${UNMATCHED_QUERY}" into the search box of ` +
      'the `press` portal and presses Enter. The local backend matches no asset, and the element says ' +
      'so with a hint ("No assets match your search. Try other words or clear the filters.") instead ' +
      'of an empty grid.',
  ),
};

/** The terms a portal with `terms` shows before the first download, accepted once per element. */
const PORTAL_TERMS = 'Use these files for press coverage only.\nCredit Acme with every image.';

/**
 * Terms before download: the play opens an image's details and presses Download; the terms dialog
 * asks for acceptance before any download job is sent.
 */
export const TermsBeforeDownload: Story = {
  render: (args) =>
    html`<dash-portal-browser
      api-base=${args.apiBase}
      subdomain=${args.subdomain}
      portal=${args.portal}
      terms=${PORTAL_TERMS}
    ></dash-portal-browser>`,
  play: (context) => openTermsGate(context),
  parameters: described(
    'Terms before the first download: the portal has a `terms` attribute (text, never HTML; a `terms` ' +
      'slot takes markup). The play opens the first image and presses Download; a modal dialog shows ' +
      'the terms with Cancel and "Accept and download". No download job is requested until Accept, ' +
      'which dispatches `dash-terms-accept` for the host to record; the element asks again only if the ' +
      'terms change.',
  ),
};

/** Arabic: the whole element right to left, with names in their own direction. */
export const Arabic: Story = {
  render: (args) =>
    html`<dash-portal-browser
      api-base=${args.apiBase}
      subdomain=${args.subdomain}
      portal=${args.portal}
      locale="ar"
    ></dash-portal-browser>`,
  parameters: described(
    'The `press` portal with `locale="ar"` (and `dash-elements/locale-ar` imported): Arabic strings, ' +
      'right to left — the folder tree on the right, tiles from the right, arrow keys following the ' +
      "layout — while the account's English names and welcome text keep their own direction.",
  ),
};

/**
 * Opens, in the asset view, the first listed asset `pick` accepts (after a search for `query`,
 * typed and submitted like a visitor's); resolves the portal element.
 */
async function openAsset(
  { canvasElement, userEvent }: PlayContext,
  pick: (asset: Asset) => boolean,
  query?: string,
): Promise<Element> {
  const element = await until(() => canvasElement.querySelector('dash-portal-browser'), '<dash-portal-browser>');
  const grid = await resultsGrid<DashAssetGrid>(element);
  if (query) {
    const search = await until(() => inShadow<HTMLInputElement>(element, '#search'), 'the search box');
    await userEvent.type(search, `${query}{Enter}`);
    await until(
      () => !grid.loading && grid.items.length && grid.items.every((a) => a.currentAssetFile?.filename.includes(query)),
      `the results for "${query}"`,
    );
  }
  const index = await until(() => grid.items.findIndex(pick) + 1, 'a listed asset to open').then((i) => i - 1);
  const tile = await until(() => grid.shadowRoot?.querySelectorAll<HTMLElement>('[role=gridcell]')[index], 'its tile');
  await userEvent.click(tile);
  return element;
}

/** A JPEG: the custom size resizes and converts images only. */
const isJpeg = (asset: Asset) => asset.currentAssetFile?.mediaType?.subType === 'jpeg';

/**
 * Custom size: the play opens a JPEG's details and chooses "Custom size" as the download's format;
 * the width, height and file type fields show below it.
 */
export const CustomSizeDownload: Story = {
  play: async (context) => {
    const element = await openAsset(context, isJpeg);
    const select = await until(
      () =>
        [inShadow<HTMLSelectElement>(element, '#format-asset')].find((s) =>
          [...(s?.options ?? [])].some((o) => o.value === 'custom-size'),
        ),
      'the "Custom size" choice',
    );
    select.value = 'custom-size';
    select.dispatchEvent(new Event('change'));
    await until(() => inShadow(element, '[part~=custom-size]'), 'the custom size fields');
  },
  parameters: described(
    'A download at a size the visitor gives: the play opens the first JPEG of the `press` portal and ' +
      'picks "Custom size" among the formats. Width and height (text fields with a numeric keypad, ' +
      'each labelled) and the file type (JPEG, PNG, WebP) follow, with a hint on how the image fits ' +
      'within the size; a side out of range is marked and says why in plain words when Download is pressed.',
  ),
};

/** The seeded expiry field's day for the licences that ran out (demo/backend/seed/assets.js). */
const EXPIRED_DAY = '2024-06-30';
const EXPIRY_FIELD = 'a17e0000-0000-4000-a000-000000000004';

/**
 * An asset's details: the metadata fields the portal's field view shows, the licence as a badge
 * and "Licence expired" beside an expiry date that has passed.
 */
export const AssetDetails: Story = {
  play: async (context) => {
    const element = await openAsset(
      context,
      (asset) => asset.metadata?.values[EXPIRY_FIELD]?.[0] === EXPIRED_DAY,
      'mountain',
    );
    const view = await until(() => inShadow(element, 'dash-asset-view'), 'the asset view');
    await until(
      () => inShadow(view, '[part~=details]')?.textContent?.includes('Licence expiry'),
      "the portal's fields",
    );
  },
  parameters: described(
    "An asset's details in the `press` portal: file type, size, dimensions and date, then the fields " +
      "of the portal's field view (Title, Credit, Licence, Licence expiry; the internal view's fields " +
      'are not shown to visitors). The play searches "mountain" and opens an asset whose licence ' +
      'expired: the licence shows as a badge and "Licence expired" stands beside the date.',
  ),
};
