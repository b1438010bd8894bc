/**
 * What file the picker hands back for each asset: the original, one of the account's presets,
 * or the original scaled to a width. Written as an attribute value so a CMS can fix it in markup:
 * `original`, `preset:<presetId>` or `width:<px>` (a bare number means a width too).
 */
export type Rendition = { kind: 'original' } | { kind: 'preset'; presetId: string } | { kind: 'width'; width: number };

export interface Size {
  width: number;
  height: number;
}

export const ORIGINAL: Rendition = { kind: 'original' };

/** Reads an attribute value; anything unreadable falls back to the original. */
export function parseRendition(value: string | null | undefined): Rendition {
  const text = (value ?? '').trim();
  const [kind, ...rest] = text.split(':');
  const argument = rest.join(':');
  if (kind === 'preset' && argument) return { kind: 'preset', presetId: argument };
  const width = Number(kind === 'width' ? argument : text);
  if (text && Number.isInteger(width) && width > 0) return { kind: 'width', width };
  return ORIGINAL;
}

export function formatRendition(rendition: Rendition): string {
  switch (rendition.kind) {
    case 'preset':
      return `preset:${rendition.presetId}`;
    case 'width':
      return `width:${rendition.width}`;
    default:
      return 'original';
  }
}

/**
 * Fits `size` inside a `maxWidth` × `maxHeight` box keeping the aspect ratio, never enlarging —
 * what the backend's RESIZE does. A missing limit (0/undefined) does not constrain.
 */
export function fitWithin(size: Size, maxWidth?: number, maxHeight?: number): Size {
  if (!size.width || !size.height) return size;
  const scale = Math.min(1, maxWidth ? maxWidth / size.width : 1, maxHeight ? maxHeight / size.height : 1);
  return { width: Math.round(size.width * scale), height: Math.round(size.height * scale) };
}

/** Widths offered in `srcset` below an original, so phones do not download a poster. */
const ORIGINAL_SRCSET_WIDTHS = [640, 1280];

/**
 * Extra widths worth adding to `srcset` beside the rendition itself: narrower files for an
 * original, a 2× file for a chosen width. Never wider than the original — the backend does not
 * enlarge, so such a file would repeat a smaller one under a false width. Presets are one file.
 */
export function srcsetWidths(rendition: Rendition, originalWidth: number): number[] {
  if (rendition.kind === 'original') return ORIGINAL_SRCSET_WIDTHS.filter((w) => w < originalWidth);
  if (rendition.kind === 'width' && rendition.width * 2 <= originalWidth) return [rendition.width * 2];
  return [];
}
