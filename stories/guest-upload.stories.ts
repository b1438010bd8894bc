import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { dashStoryConfig } from '../.storybook/dash-config.js';
import '../src/guest-upload.js';

/**
 * Stories for `<dash-guest-upload>` against the local backend (`npm start` or
 * `npm run storybook`; see .storybook/dash-config.ts for how the API origin is found).
 * Upload real files from your disk: they go through Uppy's multipart upload to the local S3 server.
 */
interface Args {
  apiBase: string;
  subdomain: string;
  guestUpload: string;
  target: 'dash' | 'dash-social';
  brand: string;
  accessToken: string;
  accept: string;
  maxFileSize: number;
  maxFiles: number;
  contentMd5: boolean;
}

const demo = dashStoryConfig();

const meta: Meta<Args> = {
  title: 'Elements/Guest upload',
  component: 'dash-guest-upload',
  args: {
    apiBase: demo.apiBase,
    subdomain: demo.subdomain,
    guestUpload: demo.seeded.guestUploads.default,
    target: 'dash',
    brand: demo.seeded.social.brand,
    accessToken: '',
    accept: '',
    maxFileSize: 0,
    maxFiles: 0,
    contentMd5: false,
  },
  argTypes: {
    target: { control: 'inline-radio', options: ['dash', 'dash-social'] },
    guestUpload: { control: 'select', options: [demo.seeded.guestUploads.default, demo.seeded.guestUploads.hostile, 'no-such-link'] },
  },
  render: (args) => html`<dash-guest-upload
    api-base=${args.apiBase}
    subdomain=${args.subdomain}
    guest-upload=${args.guestUpload}
    target=${args.target}
    brand=${args.brand}
    accept=${args.accept}
    max-file-size=${args.maxFileSize}
    max-files=${args.maxFiles}
    ?content-md5=${args.contentMd5}
    .accessToken=${args.accessToken || undefined}
  ></dash-guest-upload>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The guest upload link: heading, message, email, then the drop zone. */
export const GuestUpload: Story = {};

/** Images only, up to 10 MB each, at most 3 files: other files are refused with a message. */
export const Restricted: Story = { args: { accept: 'image/*', maxFileSize: 10_000_000, maxFiles: 3 } };

/** Heading and message full of script payloads, shown as text. */
export const HostileLink: Story = { args: { guestUpload: demo.seeded.guestUploads.hostile } };

/** A link that does not exist: the error state with a retry. */
export const MissingLink: Story = { args: { guestUpload: 'no-such-link' } };

/** Into a Dash Social library (seed 001 flow) with the host app's token. */
export const DashSocial: Story = { args: { target: 'dash-social', accessToken: demo.hostToken } };
