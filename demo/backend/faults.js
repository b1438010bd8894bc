/**
 * Fault injection for tests, set with `POST /__control/faults` (see test/support/backend.ts):
 * - `latencyMs`: added before every API response;
 * - `routes[]`: `{method?, path (RegExp source, matched against the path without query), status?,
 *   body? (raw text, e.g. malformed JSON; `{{credential}}` in it becomes the request's own
 *   Authorization credential, the token or passcode after its scheme, as a server echoing a
 *   request would leak it), retryAfter? (s), rate? (0..1, default 1), count? (next N
 *   matching requests only), delayMs?, drop? (destroy the socket without answering),
 *   dropResponse? (handle the request, then destroy the socket instead of answering: the work is
 *   done but its answer is lost)}`;
 * - `partPut`: handled by the S3 front (s3/front.js); its `latencyMs` delays every part PUT, the
 *   other fields make `failRate` of them (default all) fail;
 * - `tokenTtlSeconds`, `partUrlTtlSeconds`: read where tokens and part URLs are issued.
 */
import { errorBody } from './http/errors.js';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Validates and installs faults; counts restart from zero. */
export function compileFaults(input) {
  const faults = input && typeof input === 'object' ? input : {};
  const routes = (Array.isArray(faults.routes) ? faults.routes : []).map((r) => ({
    ...r,
    regex: new RegExp(r.path ?? '.*'),
    used: 0,
  }));
  return { ...faults, routes };
}

/**
 * Applies route faults and latency to one API request.
 * @returns {Promise<boolean>} true when the fault answered (or dropped) the request itself
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export async function applyFaults(faults, req, res, path) {
  if (faults.latencyMs) await sleep(faults.latencyMs);
  for (const fault of faults.routes ?? []) {
    if (fault.method && fault.method.toUpperCase() !== req.method) continue;
    if (!fault.regex.test(path)) continue;
    if (fault.count !== undefined && fault.used >= fault.count) continue;
    if (Math.random() >= (fault.rate ?? 1)) continue;
    fault.used++;
    if (fault.delayMs) await sleep(fault.delayMs);
    if (fault.drop) {
      req.socket.destroy();
      return true;
    }
    if (fault.dropResponse) {
      res.writeHead = () => res;
      res.end = () => (req.socket.destroy(), res);
      return false;
    }
    if (fault.status === undefined && fault.body === undefined) continue; // delay only
    const status = fault.status ?? 200;
    const headers = {};
    if (fault.retryAfter !== undefined) headers['Retry-After'] = String(fault.retryAfter);
    if (fault.body !== undefined) {
      const credential = String(req.headers.authorization ?? '').replace(/^\S+\s+/, '');
      res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      res.end(fault.body.replaceAll('{{credential}}', credential));
    } else {
      const text = JSON.stringify(errorBody(status, 'Injected fault', path));
      res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      res.end(text);
    }
    return true;
  }
  return false;
}
