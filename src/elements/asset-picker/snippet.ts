/**
 * The paste-ready `<img>` snippet. It is a string a CMS stores and later serves as HTML, so
 * every value goes through `escapeAttribute` and every attribute is double-quoted: a filename such
 * as `"><script>` must stay inside its attribute. URLs that are not http(s) are dropped rather
 * than escaped, because `javascript:` survives escaping intact.
 */
import { safeUrl } from '../../api/safe-url.js';

/** One `srcset` candidate: a URL and the pixel width of the file behind it. */
export interface SrcsetCandidate {
  url: string;
  width: number;
}

export interface ImgSnippetInput {
  src: string;
  /** Widest last is not required; candidates are sorted and de-duplicated by width. */
  candidates: readonly SrcsetCandidate[];
  width?: number;
  height?: number;
  alt: string;
  /** Shown as the `<figcaption>` of a `<figure>` around the image, when not empty. */
  credit?: string;
}

const attributeEscapes: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
};

/** Escapes a value for a double-quoted HTML attribute (also safe single-quoted or in text). */
export function escapeAttribute(value: string): string {
  return value.replace(/[&"'<>]/g, (char) => attributeEscapes[char]);
}

/**
 * `true` for absolute http(s) URLs — the only kind allowed into `src`, `srcset` and `href`. A
 * yes/no over `safeUrl`; what is written is always `safeUrl`'s normalised URL.
 */
export function isHttpUrl(value: string | undefined | null): value is string {
  return safeUrl(value) !== undefined;
}

/**
 * A `srcset` value. Commas and spaces inside a URL would split a candidate, so such URLs are
 * percent-encoded first (they are legal in URLs but ambiguous in srcset).
 */
export function buildSrcset(candidates: readonly SrcsetCandidate[]): string {
  const byWidth = new Map<number, string>();
  for (const candidate of candidates) {
    const url = safeUrl(candidate.url);
    if (url && candidate.width > 0) byWidth.set(Math.round(candidate.width), url);
  }
  return [...byWidth.entries()]
    .sort(([a], [b]) => a - b)
    .map(([width, url]) => `${url.replace(/ /g, '%20').replace(/,/g, '%2C')} ${width}w`)
    .join(', ');
}

/** `sizes` for a fluid image that never grows past its intrinsic width. */
export function buildSizes(width: number | undefined): string {
  return width ? `(max-width: ${width}px) 100vw, ${width}px` : '100vw';
}

/**
 * The whole `<img>` element as HTML text (in a `<figure>` with a credit), or an empty string when
 * there is no usable URL.
 */
export function buildImgSnippet({ src, candidates, width, height, alt, credit }: ImgSnippetInput): string {
  // The URL as `safeUrl` normalised it, never the raw text: a control character in front of
  // `https:` passes a parser that strips it, but must not reach the stored HTML.
  const url = safeUrl(src);
  if (!url) return '';
  const attributes: [string, string | number | undefined][] = [
    ['src', url],
    ['srcset', buildSrcset(candidates) || undefined],
    ['sizes', candidates.length > 0 ? buildSizes(width) : undefined],
    ['width', width || undefined],
    ['height', height || undefined],
    ['alt', alt],
    ['loading', 'lazy'],
    ['decoding', 'async'],
  ];
  const text = attributes
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}="${escapeAttribute(String(value))}"`)
    .join(' ');
  const img = `<img ${text}>`;
  // The credit is text in the caption: escaped like an attribute, it can open no element.
  return credit?.trim() ? `<figure>${img}<figcaption>${escapeAttribute(credit.trim())}</figcaption></figure>` : img;
}
