/** Response helpers shared by the API routes. */

/** @param {import('node:http').ServerResponse} res */
export function sendJson(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/**
 * Sends bytes with a content type; `download` adds a Content-Disposition attachment name.
 * @param {import('node:http').ServerResponse} res
 * @param {Buffer} bytes
 * @param {{ contentType: string, filename?: string, download?: boolean, cache?: boolean }} options
 */
export function sendBytes(res, bytes, { contentType, filename, download = false, cache = true }) {
  /** @type {Record<string, string | number>} */
  const headers = { 'Content-Type': contentType, 'Content-Length': bytes.length };
  if (filename) {
    const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
    headers['Content-Disposition'] =
      `${download ? 'attachment' : 'inline'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
  }
  if (cache) headers['Cache-Control'] = 'public, max-age=3600';
  res.writeHead(200, headers);
  res.end(bytes);
}

/** `{result, permittedActions}`: the wrapper every Dash resource response uses. */
export const wrap = (result, permittedActions = []) => ({ result, permittedActions });
