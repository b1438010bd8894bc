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
 * @param {{ contentType: string, filename?: string, download?: boolean, cache?: boolean, range?: string }} options
 */
export function sendBytes(res, bytes, { contentType, filename, download = false, cache = true, range }) {
  /** @type {Record<string, string | number>} */
  const headers = { 'Content-Type': contentType, 'Content-Length': bytes.length, 'Accept-Ranges': 'bytes' };
  if (filename) {
    const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
    headers['Content-Disposition'] =
      `${download ? 'attachment' : 'inline'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
  }
  if (cache) headers['Cache-Control'] = 'public, max-age=3600';
  // Media elements seek with Range requests; honour a single `bytes=a-b` range.
  const match = /^bytes=(\d*)-(\d*)$/.exec(range ?? '');
  if (match && (match[1] || match[2])) {
    const start = match[1] ? Number(match[1]) : Math.max(0, bytes.length - Number(match[2]));
    const end = match[1] && match[2] ? Math.min(Number(match[2]), bytes.length - 1) : bytes.length - 1;
    if (start > end || start >= bytes.length) {
      res.writeHead(416, { 'Content-Range': `bytes */${bytes.length}` }).end();
      return;
    }
    headers['Content-Range'] = `bytes ${start}-${end}/${bytes.length}`;
    headers['Content-Length'] = end - start + 1;
    res.writeHead(206, headers);
    res.end(bytes.subarray(start, end + 1));
    return;
  }
  res.writeHead(200, headers);
  res.end(bytes);
}

/** `{result, permittedActions}`: the wrapper every Dash resource response uses. */
export const wrap = (result, permittedActions = []) => ({ result, permittedActions });
