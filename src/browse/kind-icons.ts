import { svg, type SVGTemplateResult } from 'lit';
import type { AssetKind } from './asset-info.js';

/**
 * Line icons for the tiles' type badges and for a tile without a preview (a page with a folded
 * corner and the kind's mark on it). All in `currentColor`, so they follow the scheme and forced
 * colours; always decorative (the tile's name says the type).
 */
const MARKS: Record<AssetKind, SVGTemplateResult> = {
  image: svg`<circle cx="10" cy="11.5" r="1.3" fill="currentColor" stroke="none" /><path d="M7.5 18l3-3.5 2 2 2.5-3 2 4.5z" fill="currentColor" stroke="none" />`,
  video: svg`<path d="M10 11v6.5l5.5-3.25z" fill="currentColor" stroke="none" />`,
  audio: svg`<path d="M11.5 17.2V10.5l4-1.2v5.9" /><circle cx="10.2" cy="17.2" r="1.3" fill="currentColor" /><circle cx="14.2" cy="15.3" r="1.3" fill="currentColor" />`,
  pdf: svg`<path d="M8.5 12h7M8.5 15h7M8.5 18h4.5" />`,
  document: svg`<path d="M8.5 12h7M8.5 15h7M8.5 18h4.5" />`,
  file: svg``,
};

/** The page-shaped icon of a kind, for a tile with no preview. */
export function kindIcon(kind: AssetKind): SVGTemplateResult {
  return svg`<svg class="kind-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linejoin="round" stroke-linecap="round"><path d="M6 2.75h8.25L18.5 7v14.25H6z" /><path d="M14 2.75V7.25h4.5" />${MARKS[kind]}</svg>`;
}

/** A play triangle, for the centre of a video's thumbnail and its duration chip. */
export function playIcon(): SVGTemplateResult {
  return svg`<svg class="play-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M8 5.5v13l10.5-6.5z" fill="currentColor" /></svg>`;
}

/** A small mark for the corner chip: a note for audio, none for the others (their word says it). */
export function chipIcon(kind: AssetKind): SVGTemplateResult | undefined {
  if (kind === 'video') return playIcon();
  if (kind === 'audio')
    return svg`<svg class="play-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"><path d="M9.5 18V6.5l9-2.5v11.5" /><circle cx="7" cy="18" r="2.5" fill="currentColor" /><circle cx="16" cy="15.5" r="2.5" fill="currentColor" /></svg>`;
  return undefined;
}
