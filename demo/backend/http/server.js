/**
 * The API's HTTP server: CORS, request log, faults, routing, JSON bodies and Dash's error shape.
 * Handlers return a value (sent as JSON with `ctx.status`, default 200), nothing (empty body) or a
 * function that writes the response itself (files).
 */
import http from 'node:http';
import { applyCors } from './cors.js';
import { HttpError, errorBody } from './errors.js';
import { jsonReader } from './context.js';
import { sendJson } from './respond.js';
import { applyFaults } from '../faults.js';

/**
 * @param {{ router: import('./router.js').Router, services: object, quiet: boolean }} options
 *   `services` is merged into every context (state, jwt, s3, …)
 */
export function createApiServer({ router, services, quiet }) {
  return http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://api.local');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const isControl = path.startsWith('/__control');
    const state = services.state;
    applyCors(req, res);
    // Preflights are the browser's business, not the client's: tests count real calls.
    if (!isControl && req.method !== 'OPTIONS') {
      // 'close' also fires for dropped connections, logged with status 0.
      res.on('close', () =>
        state.requests.push({
          method: req.method ?? '',
          path,
          status: res.writableFinished ? res.statusCode : 0,
          service: 'api',
        }),
      );
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    try {
      if (!isControl && (await applyFaults(state.faults, req, res, path))) return;
      const found = router.match(req.method ?? 'GET', path);
      if (!found) throw new HttpError(404, `No route for ${path}`);
      if ('allowed' in found)
        throw new HttpError(405, `Use ${found.allowed.join(', ')}`, { Allow: found.allowed.join(', ') });
      const ctx = {
        ...services,
        req,
        res,
        method: req.method,
        path,
        query: url.searchParams,
        params: found.params,
        json: jsonReader(req),
        status: 200,
      };
      const result = await found.handler(ctx);
      if (typeof result === 'function') return await result();
      if (result === undefined) res.writeHead(ctx.status === 200 ? 204 : ctx.status).end();
      else sendJson(res, ctx.status, result);
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof HttpError) {
        sendJson(res, error.status, errorBody(error.status, error.detail, path), error.headers);
        return;
      }
      if (!quiet) console.error(`${req.method} ${path}:`, error);
      sendJson(res, 500, errorBody(500, String(error?.message ?? error), path));
    }
  });
}
