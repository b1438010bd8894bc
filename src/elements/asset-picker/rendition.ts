/**
 * What file the picker hands back for each asset: the original, one of the account's presets,
 * or the original scaled to a width. Written as an attribute value so a CMS can fix it in markup:
 * `original`, `preset:<presetId>` or `width:<px>` (a bare number means a width too).
 */
export type Rendition =
  | { kind: 'original' }
  | { kind: 'preset'; presetId: string }
  | { kind: 'width'; width: number };

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
  const scale = Math.min(
    1,
    maxWidth ? maxWidth / size.width : 1,
    maxHeight ? maxHeight / size.height : 1,
  );
  return { width: Math.round(size.width * scale), height: Math.round(size.height * scale) };
}

/**
 * The widths worth offering in `srcset` for a rendition of `width` px: the 1× file and, for a
 * chosen width, a 2× one for dense screens — but never wider than the original, since the backend
 * does not enlarge and two candidates of the same size only cost an extra link.
 */
export function srcsetWidths(rendition: Rendition, originalWidth: number): number[] {
  if (rendition.kind !== 'width' || !originalWidth) return [];
  const widths = [rendition.width, rendition.width * 2].map((w) => Math.min(w, originalWidth));
  return [...new Set(widths)];
}
