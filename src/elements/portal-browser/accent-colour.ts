/**
 * An accent colour from the API, accepted only as a literal colour our own code can read: hex
 * (`#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`), `rgb()`/`rgba()`, `hsl()`/`hsla()`, `oklch()` with
 * plain numbers, percentages, angles and `none`, or a named colour (letters only).
 *
 * `CSS.supports('color', …)` is not enough: it accepts `var(--x, url(//third.party))`, which the
 * browser then resolves and fetches (issue 16, class 11). Nothing here lets a `(`, `)`, `;`, `{`,
 * `}`, `\`, quote or `:` through except inside the fixed function shapes below.
 */

const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
/** A number with an optional unit (%, deg, grad, rad, turn), or the keyword `none`. */
const ARG = String.raw`(?:[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?(?:%|deg|grad|rad|turn)?|none)`;
const SEP = String.raw`(?:\s*,\s*|\s+)`;
const ALPHA = String.raw`(?:\s*(?:/|,)\s*${ARG})?`;
const FUNCTION = new RegExp(String.raw`^(?:rgba?|hsla?|oklch)\(\s*${ARG}${SEP}${ARG}${SEP}${ARG}${ALPHA}\s*\)$`, 'i');
/** Named colours are letters only; the browser still decides whether the name exists. */
const NAME = /^[a-z]{3,30}$/i;
/** Keywords that are colour values but not a colour of the account's own. */
const NOT_A_COLOUR = new Set(['inherit', 'initial', 'unset', 'revert', 'currentcolor', 'transparent']);

/** The colour, trimmed, when it is a literal colour (see above); otherwise `undefined`. */
export function literalColour(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const colour = value.trim();
  if (colour.length === 0 || colour.length > 64) return undefined;
  const literal =
    HEX.test(colour) || FUNCTION.test(colour) || (NAME.test(colour) && !NOT_A_COLOUR.has(colour.toLowerCase()));
  if (!literal) return undefined;
  // The shapes above are safe; the browser's check rejects what only looks like a colour
  // (an unknown name, `rgb(1 2)` with a wrong count) so it never becomes the accent.
  return typeof CSS === 'undefined' || CSS.supports('color', colour) ? colour : undefined;
}
