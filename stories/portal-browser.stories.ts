import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/portal-browser.js';

/**
 * Stories for `<dash-portal-browser>`, one per designed state, against the local backend
 * (`npm start` prints its URL; set it with the `apiBase` control, or `?apiBase=` in the
 * Storybook URL's args).
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
    apiBase: 'http://127.0.0.1:4000',
    subdomain: 'demo',
    portal: 'press',
    syncUrl: false,
  },
  argTypes: {
    portal: { control: 'select', options: ['press', 'partners', 'hostile', 'big', 'no-such-portal'] },
    accent: { control: 'color' },
  },
  render: (args) => html`<dash-portal-browser
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
export const NetworkError: Story = { args: { apiBase: 'http://127.0.0.1:9' } };

/** Missing subdomain: an invalid-config error rather than a blank element. */
export const Misconfigured: Story = { args: { subdomain: '' } };

/** The site's --dash-accent wins over the portal's own colour. */
export const SiteAccent: Story = { args: { accent: '#c2410c' } };

/** Browsing state mirrored in the page URL (never the passcode). */
export const UrlSync: Story = { args: { syncUrl: true } };
