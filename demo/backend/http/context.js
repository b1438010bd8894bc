import { badRequest } from './errors.js';

/**
 * Per-request state handed to route handlers.
 * @typedef {object} Context
 * @property {import('node:http').IncomingMessage} req
 * @property {import('node:http').ServerResponse} res
 * @property {string} method
 * @property {string} path
 * @property {URLSearchParams} query
 * @property {Record<string, string>} params
 * @property {() => Promise<any>} json   parsed JSON body (400 when malformed)
 * @property {import('../state.js').State} state
 * @property {'default' | 'seed'} profile   the backend's profile (index.js)
 * @property {ReturnType<typeof import('../jwt.js').createJwt>} jwt
 * @property {import('../s3/s3.js').S3Api} s3
 * @property {import('../s3/front.js').S3Front} s3front
 * @property {string} s3dir   s3rver's folder, for what the S3 front reads from disk
 * @property {string} apiUrl   this server's origin
 * @property {number} status   the status of a JSON answer (201 for creations)
 */

/**
 * Reads the whole body into a Buffer.
 * @param {import('node:http').IncomingMessage} req
 */
export function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * Returns a memoised JSON body reader: an empty body is `{}`, malformed JSON is a 400.
 * @param {import('node:http').IncomingMessage} req
 */
export function jsonReader(req) {
  let parsed;
  return async () => {
    if (parsed) return parsed;
    const raw = (await readBody(req)).toString('utf8');
    if (!raw.trim()) return (parsed = {});
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw badRequest('Malformed JSON request body');
    }
    if (parsed === null || typeof parsed !== 'object') throw badRequest('Expected a JSON object');
    return parsed;
  };
}
