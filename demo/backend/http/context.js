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
 */

/** Reads the whole body into a Buffer. */
export function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Returns a memoised JSON body reader: an empty body is `{}`, malformed JSON is a 400. */
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
