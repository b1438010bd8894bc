/**
 * Theming: the same elements under the light and dark defaults (which follow
 * `prefers-color-scheme`) and under a site's own `--dash-*` tokens. Every token is documented in
 * custom-elements.json; test/node/theming.test.ts keeps that list complete.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/gallery.js';

interface ThemeArgs {
  apiBase: string;
  scheme: 'light' | 'dark';
  accent?: string;
  radius?: string;
  gap?: string;
  font?: string;
}

/** Dark values for the tokens whose light defaults do not follow `color-scheme` by themselves. */
const darkTokens = {
  '--dash-surface': '#111827',
  '--dash-text': '#f9fafb',
  '--dash-muted': '#9ca3af',
  '--dash-border': '#374151',
  '--dash-placeholder': '#1f2937',
  '--dash-accent': '#60a5fa',
  '--dash-accent-contrast': '#0b1220',
};

export function renderThemed(args: ThemeArgs): TemplateResult {
  const tokens: Record<string, string | undefined> = {
    'color-scheme': args.scheme,
    background: args.scheme === 'dark' ? '#030712' : '#ffffff',
    padding: '1rem',
    ...(args.scheme === 'dark' ? darkTokens : {}),
    '--dash-accent': args.accent,
    '--dash-radius': args.radius,
    '--dash-gap': args.gap,
    '--dash-font': args.font,
  };
  return html`<div class="themed" style=${styleMap(tokens)}>
    <dash-gallery
      api-base=${args.apiBase}
      source="json"
      src=${`${args.apiBase}/demo-data/gallery.json`}
      limit="6"
      columns="3"
    ></dash-gallery>
    <p>An error state in the same theme (a gallery with no <code>src</code>):</p>
    <dash-gallery source="json"></dash-gallery>
  </div>`;
}

const meta: Meta<ThemeArgs> = {
  title: 'Theming',
  render: renderThemed,
  argTypes: {
    scheme: { control: 'inline-radio', options: ['light', 'dark'] },
    accent: { control: 'color', description: '--dash-accent' },
    radius: { control: 'text', description: '--dash-radius' },
    gap: { control: 'text', description: '--dash-gap' },
    font: { control: 'text', description: '--dash-font' },
  },
  args: { scheme: 'light' },
};
export default meta;

type Story = StoryObj<ThemeArgs>;

export const Light: Story = {};
export const Dark: Story = { args: { scheme: 'dark' } };
export const BrandTokens: Story = {
  name: 'Brand tokens',
  args: { accent: '#be185d', radius: '0px', gap: '2px', font: 'Georgia, serif' },
};
