/**
 * Stories for `<dash-asset-picker>`, one per mode. They run against the local backend
 * (`npm start`); its URL comes from `/demo-config.js` when Storybook serves it, or from the
 * `apiBase` arg. The render functions double as test fixtures (test/asset-picker/stories.test.ts),
 * so what the docs show is what is tested.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/asset-picker.js';
import type { DashAssetPicker, PickedAsset } from '../src/asset-picker.js';
import {
  described,
  openEmptyFolder,
  pendingAccessToken,
  searchForNothing,
  UNMATCHED_QUERY,
  UNREACHABLE_API,
} from '../.storybook/play.js';

export interface PickerArgs {
  apiBase: string;
  subdomain: string;
  portal: string;
  passcode?: string;
  /** Host-token mode when `portal` is empty (the local backend's signed-in user is `demo`). */
  accessToken?: string;
  /** The host app's token hook, for host-token mode (set as the `getAccessToken` property). */
  getAccessToken?: () => Promise<string>;
  multiple: boolean;
  maxSelected?: number;
  accept: string;
  hideUnaccepted: boolean;
  rendition: string;
  /** Aspect ratios to crop a chosen image to (`crops`). */
  crops?: string;
  /** Ids of the metadata fields holding alt text, credit, licence and its expiry. */
  altField?: string;
  creditField?: string;
  licenceField?: string;
  expiryField?: string;
  blockExpired?: boolean;
}

/** The local backend's metadata fields (demo/backend/seed/assets.js METADATA_FIELDS). */
const DEMO_FIELDS = {
  altField: 'a17e0000-0000-4000-a000-000000000001',
  creditField: 'a17e0000-0000-4000-a000-000000000002',
  licenceField: 'a17e0000-0000-4000-a000-000000000003',
  expiryField: 'a17e0000-0000-4000-a000-000000000004',
};

const defaultApiBase =
  (globalThis as { __DASH_DEMO__?: { apiBase?: string } }).__DASH_DEMO__?.apiBase ?? 'http://127.0.0.1:4000';

/** Shows what `dash-select` delivered, as a host page would store it. */
function showResult(event: Event, assets: PickedAsset[] | null): void {
  const output = (event.currentTarget as Element).closest('.story')?.querySelector('output');
  if (output) output.textContent = assets ? JSON.stringify(assets, null, 2) : 'Cancelled';
}

export function renderPicker(args: PickerArgs): TemplateResult {
  return html`<div class="story">
    <dash-asset-picker
      api-base=${args.apiBase}
      subdomain=${args.subdomain}
      portal=${args.portal}
      .passcode=${args.passcode}
      .accessToken=${args.accessToken || undefined}
      .getAccessToken=${args.getAccessToken}
      ?multiple=${args.multiple}
      .maxSelected=${args.maxSelected}
      accept=${args.accept}
      ?hide-unaccepted=${args.hideUnaccepted}
      rendition=${args.rendition}
      crops=${args.crops ?? ''}
      alt-field=${args.altField ?? ''}
      credit-field=${args.creditField ?? ''}
      licence-field=${args.licenceField ?? ''}
      expiry-field=${args.expiryField ?? ''}
      ?block-expired=${args.blockExpired ?? false}
      @dash-select=${(event: CustomEvent<{ assets: PickedAsset[] }>) => showResult(event, event.detail.assets)}
      @dash-cancel=${(event: Event) => showResult(event, null)}
    ></dash-asset-picker>
    <output></output>
  </div>`;
}

/** A CMS field: a button opens the picker as a modal dialog and awaits `pick()`. */
export function renderModal(args: PickerArgs): TemplateResult {
  const open = async (event: Event) => {
    const story = (event.currentTarget as Element).closest('.story')!;
    const picker = story.querySelector<DashAssetPicker>('dash-asset-picker')!;
    const assets = await picker.pick();
    story.querySelector('output')!.textContent = assets ? JSON.stringify(assets, null, 2) : 'Cancelled';
  };
  return html`<div class="story">
    <button type="button" @click=${open}>Choose an image…</button>
    <dash-asset-picker
      modal
      api-base=${args.apiBase}
      subdomain=${args.subdomain}
      portal=${args.portal}
      .accessToken=${args.accessToken || undefined}
      ?multiple=${args.multiple}
      .maxSelected=${args.maxSelected}
      accept=${args.accept}
      rendition=${args.rendition}
    ></dash-asset-picker>
    <output></output>
  </div>`;
}

const meta: Meta<PickerArgs> = {
  title: 'Elements/Asset picker',
  component: 'dash-asset-picker',
  // The render functions are exported for the tests, not as stories.
  excludeStories: /^render/,
  render: renderPicker,
  args: {
    apiBase: defaultApiBase,
    subdomain: 'demo',
    portal: 'press',
    multiple: false,
    accept: '',
    hideUnaccepted: false,
    rendition: 'original',
  },
  argTypes: {
    rendition: { control: 'text', description: '`original`, `preset:<id>` or `width:<px>`' },
    getAccessToken: { table: { disable: true } },
  },
};
export default meta;

type Story = StoryObj<PickerArgs>;

/** Inline, on an open portal whose token may create permanent links. */
export const PortalInline: Story = {};

/**
 * Crop to the host's aspect ratios: select one image and a crop box appears over it (drag it, or
 * arrow keys; + and − resize); Insert hands over a permanent link of the crop.
 */
export const CropToRatio: Story = {
  args: { crops: '16:9 hero, 1:1 card, 4:5 social', accept: 'image/*' },
};

/**
 * Alt text, credit, licence and expiry from the account's metadata fields travel with the pick
 * (and the snippet's `alt` and `<figcaption>`); an asset whose licence expired is marked and, with
 * `block-expired`, cannot be chosen.
 */
export const LicenceAndCredit: Story = {
  args: { accessToken: 'demo', portal: '', ...DEMO_FIELDS, blockExpired: true },
};

/** A passcode portal (`letmein`) with view-only rights: results carry preview URLs. */
export const PasscodePortal: Story = { args: { portal: 'partners' } };

/** An app hands over its signed-in user's token; no portal. */
export const HostToken: Story = { args: { portal: '', accessToken: 'demo' } };

/** Several images at most three, at 800 px wide (a 2× file goes into the srcset). */
export const MultipleImages: Story = {
  args: { multiple: true, maxSelected: 3, accept: 'image/*', rendition: 'width:800' },
};

/** Only videos are offered; everything else is hidden. */
export const AcceptHidden: Story = { args: { accept: 'video/*', hideUnaccepted: true } };

/** The picker as a modal dialog opened from a CMS field. */
export const Modal: Story = { render: renderModal, args: { accept: 'image/*' } };

/** Filenames and metadata full of markup stay text. */
export const HostileData: Story = { args: { portal: 'hostile' } };

/**
 * Empty folder: the play opens the seeded folder Events › 2027 of the `press` portal, which holds
 * no assets, in the picker's folder tree.
 */
export const EmptyFolder: Story = {
  play: (context) => openEmptyFolder(context, 'dash-asset-picker'),
  parameters: described(
    'An empty folder, told apart from "no results": the play function clicks Events, then 2027, in the ' +
      "picker's folder tree (a folder of the `press` portal the local backend seeds without assets). The " +
      'picker shows "This folder has no assets yet."',
  ),
};

/** No results: the play searches for something no asset matches. */
export const NoResults: Story = {
  play: (context) => searchForNothing(context, 'dash-asset-picker'),
  parameters: described(
    `A search that finds nothing: the play function types "${UNMATCHED_QUERY}" into the picker's search ` +
      'box and presses Enter. The local backend matches no asset and the picker says so ("No assets match ' +
      'your search. Try other words or clear the filters.").',
  ),
};

/**
 * Loading, held open: host-token mode whose app has not handed over a token yet (a
 * `getAccessToken` that never settles).
 */
export const Loading: Story = {
  args: { portal: '', getAccessToken: pendingAccessToken },
  parameters: described(
    'The loading state, held open honestly: the picker runs in host-token mode (no `portal`) and its ' +
      '`getAccessToken` hook returns a promise that never settles, as when the host app is still signing ' +
      'the user in. Without a token nothing can be searched, so the folder tree shows "Loading…" and the ' +
      'results announce "Loading assets…" for as long as the story is open.',
  ),
};

/** An unknown portal slug: a clear "not found" error with a retry. */
export const NotFound: Story = {
  args: { portal: 'no-such-portal' },
  parameters: described(
    'A portal slug the local backend does not know (`no-such-portal`): it answers 404 and the picker ' +
      'shows an alert ("We could not find what you asked for. Check the address and try again.") with a ' +
      '"Try again" button instead of a search.',
  ),
};

/** The API cannot be reached: a network error with a retry. */
export const NetworkError: Story = {
  args: { apiBase: UNREACHABLE_API },
  parameters: described(
    `\`api-base\` is ${UNREACHABLE_API}, where nothing listens: resolving the portal fails at once and the ` +
      'picker shows an alert ("We could not reach the server. Check your connection and try again.") with ' +
      'a "Try again" button.',
  ),
};
