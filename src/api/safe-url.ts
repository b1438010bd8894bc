/**
 * The one rule for URLs from an API, a gallery document or the page: only http(s) may reach
 * `src`, `srcset` or `href`. `javascript:`, `data:`, `blob:`, `vbscript:` … could run script or
 * smuggle content, so they become "absent".
 *
 * @param base resolves relative URLs; without it only absolute URLs pass.
 * @returns the normalised absolute URL, or `undefined`.
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
