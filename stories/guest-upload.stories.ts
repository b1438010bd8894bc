import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { dashStoryConfig } from '../.storybook/dash-config.js';
import '../src/guest-upload.js';
import {
  described,
  chooseRefusedFiles,
  generatedFile,
  LARGE_UPLOAD_BYTES,
  MiB,
  pauseLargeUpload,
  startLargeUpload,
  submitWrongEmail,
  uploadSmallFile,
} from '../.storybook/play.js';

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
  /** Requests in flight at once (`limit` before; still accepted, with a deprecation warning). */
  concurrency: number;
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
    concurrency: 6,
    contentMd5: false,
  },
  argTypes: {
    target: { control: 'inline-radio', options: ['dash', 'dash-social'] },
    guestUpload: {
      control: 'select',
      options: [demo.seeded.guestUploads.default, demo.seeded.guestUploads.hostile, 'no-such-link'],
    },
  },
  render: (args) =>
    html`<dash-guest-upload
      api-base=${args.apiBase}
      subdomain=${args.subdomain}
      guest-upload=${args.guestUpload}
      target=${args.target}
      brand=${args.brand}
      accept=${args.accept}
      max-file-size=${args.maxFileSize}
      max-files=${args.maxFiles}
      concurrency=${args.concurrency}
      ?content-md5=${args.contentMd5}
      .accessToken=${args.accessToken || undefined}
    ></dash-guest-upload>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The guest upload link: heading, message, and one panel with the email field beside the drop zone. */
export const GuestUpload: Story = {
  parameters: described(
    "One panel, where every visit starts: the link's heading and message (text from the link, never HTML), " +
      'the email field with its hint and "Use this email", and the drop zone with the restrictions in words. ' +
      'Files chosen before the email wait ("Waiting for your email"; the button then reads "Upload 2 files") ' +
      'and go once the email is accepted.',
  ),
};

/** Images only, up to 10 MB each, at most 3 files: other files are refused with a message. */
export const Restricted: Story = { args: { accept: 'image/*', maxFileSize: 10_000_000, maxFiles: 3 } };

/** Heading and message full of script payloads, shown as text. */
export const HostileLink: Story = { args: { guestUpload: demo.seeded.guestUploads.hostile } };

/** A link that does not exist: the error state with a retry. */
export const MissingLink: Story = { args: { guestUpload: 'no-such-link' } };

/** Into a Dash Social library (seed 001 flow) with the host app's token. */
export const DashSocial: Story = { args: { target: 'dash-social', accessToken: demo.hostToken } };

/** Uploading: the play gets past the email form and chooses a large generated file. */
export const Uploading: Story = {
  play: async (context) => {
    await startLargeUpload(context, 'uploading.bin');
  },
  parameters: described(
    `An upload in progress: the play function types guest@example.com, presses "Use this email", and puts a ` +
      `${LARGE_UPLOAD_BYTES / MiB} MiB file made in the browser into the real \`<input type=file>\` (a ` +
      '`change` event, as the file dialog sends). The file goes through the multipart upload to the ' +
      "Storybook backend's S3 server; the list shows its progress bar, state and bytes, and the total " +
      'shows speed and time left, until it is done.',
  ),
};

/** Paused: as Uploading, then the play clicks the file's Pause button. */
export const Paused: Story = {
  play: (context) => pauseLargeUpload(context, 'paused.bin'),
  parameters: described(
    'A paused upload: as in Uploading, then the play function clicks the file\'s "Pause" button once its ' +
      'progress bar moved. The file says "Paused", its bar keeps the parts already stored, and "Resume" ' +
      'continues with only the missing parts.',
  ),
};

/** Done: a small generated file, uploaded to the end. */
export const Done: Story = {
  play: (context) => uploadSmallFile(context, 'done.bin', 2 * MiB),
  parameters: described(
    'A finished upload: the play function gives a valid email and chooses a 2 MiB file made in the ' +
      'browser, which uploads completely. The drop zone then sums the batch up ("1 file uploaded", ' +
      '"2.1 MB sent to …") with "Upload more", which opens the file dialog for the next batch.',
  ),
};

/** Rejected: files the restrictions refuse are named with the reason, and not uploaded. */
export const Rejected: Story = {
  args: { accept: 'image/*', maxFileSize: 10_000_000 },
  play: (context) =>
    chooseRefusedFiles(context, [
      generatedFile('notes.txt', 2_000, 'text/plain'),
      generatedFile('too-big.jpg', 12 * MiB, 'image/jpeg'),
    ]),
  parameters: described(
    'Files the restrictions refuse: with `accept="image/*"` and `max-file-size="10000000"`, the play ' +
      'function chooses notes.txt (not an image) and too-big.jpg (12 MiB). Neither is added; a notice ' +
      'names each with its reason ("this file type is not accepted here", "it is larger than 10 MB"), ' +
      'and the restrictions read "Images up to 10 MB" in the drop zone.',
  ),
};

/** WrongEmail: an address the element does not accept, and its validation message. */
export const WrongEmail: Story = {
  play: (context) => submitWrongEmail(context, 'guest@example'),
  parameters: described(
    'An email address that is not one: the play function types "guest@example" (which `type=email` ' +
      'alone would accept) and presses Continue. The field is marked invalid and says "Enter an email ' +
      'address like name@example.com."; no drop zone appears.',
  ),
};
