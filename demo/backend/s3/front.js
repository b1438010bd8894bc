/**
 * The S3 front: the only S3 endpoint browsers see. It forwards to s3rver and adds
 * - CORS that lets a page PUT parts and read `ETag`;
 * - presigned-URL expiry (X-Amz-Date + X-Amz-Expires; s3rver ignores both) → 403 AccessDenied;
 * - Content-MD5: when a part URL was issued with contentMd5, the body's MD5 must match → 400 BadDigest;
 * - ListParts (GET ?uploadId) and AbortMultipartUpload (DELETE ?uploadId), which s3rver answers 405;
 * - CompleteMultipartUpload (POST ?uploadId) checked as S3 checks it (InvalidPart, InvalidPartOrder,
 *   NoSuchUpload) before s3rver sees it: s3rver accepts wrong ETags and dies on parts never stored;
 * - unsigned PUTs for Dash Social uploads (see `allowUnsignedPut`);
 * - part-PUT faults from `/__control/faults` (`partPut`).
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import { BUCKET } from './s3.js';
import { abortUpload, checkCompletion, listParts, uploadKey } from './open-uploads.js';
import { readBody } from '../http/context.js';
import { applyCors } from '../http/cors.js';

const xmlEscape = (s) => String(s).replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** @param {import('node:http').ServerResponse} res */
function s3Error(res, status, code, message, extra = '') {
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${xmlEscape(message)}</Message>${extra}</Error>`;
  res.writeHead(status, { 'Content-Type': 'application/xml', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

const S3_CORS = {
  methods: 'GET,PUT,POST,DELETE,HEAD,OPTIONS',
  allowHeaders: 'Content-Type, Content-MD5',
  exposeHeaders: 'ETag, x-amz-request-id',
};

/** `20260101T120000Z` → epoch ms */
function amzDate(value) {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? '');
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : NaN;
}

export class S3Front {
  /**
   * @param {{ state: import('../state.js').State, s3rverPort: number, directory: string, host: string }} options
   */
  constructor({ state, s3rverPort, directory, host }) {
    this.state = state;
    this.s3rverPort = s3rverPort;
    this.directory = directory;
    this.host = host;
    /** X-Amz-Signature → base64 Content-MD5 the URL was issued for */
    this.expectedMd5 = new Map();
    /** object key → expiry (ms) of Social upload URLs */
    this.unsignedPuts = new Map();
    this.partPutFaultsUsed = 0;
    this.server = http.createServer((req, res) => {
      this.#handle(req, res).catch((error) => {
        if (!res.headersSent) s3Error(res, 500, 'InternalError', String(error?.message ?? error));
        else res.destroy();
      });
    });
  }

  async listen(port) {
    await /** @type {Promise<void>} */ (new Promise((resolve) => this.server.listen(port, this.host, resolve)));
    const address = /** @type {import('node:net').AddressInfo} */ (this.server.address());
    return `http://${this.host}:${address.port}`;
  }

  close() {
    this.server.closeAllConnections?.();
    return new Promise((resolve) => this.server.close(() => resolve(undefined)));
  }

  /** Remembers the MD5 a part URL was signed for. @param {string} url @param {string} md5Base64 */
  expectMd5(url, md5Base64) {
    const signature = new URL(url).searchParams.get('X-Amz-Signature');
    if (signature) this.expectedMd5.set(signature, md5Base64);
  }

  /**
   * Dash Social's guide has the client strip the query string from the upload URL before its PUT,
   * so the signature never reaches S3 (the real bucket must accept such PUTs by policy). We allow
   * an unsigned PUT only for keys that `POST /media_upload_url` issued, until their TTL ends.
   */
  allowUnsignedPut(key, ttlSeconds) {
    this.unsignedPuts.set(key, Date.now() + ttlSeconds * 1000);
  }

  resetFaults() {
    this.partPutFaultsUsed = 0;
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async #handle(req, res) {
    applyCors(req, res, S3_CORS);
    const url = new URL(req.url ?? '/', 'http://s3.local');
    if (req.method === 'OPTIONS') {
      res.writeHead(200).end();
      return;
    }
    // 'close' also fires for dropped connections, logged with status 0.
    res.on('close', () =>
      this.state.requests.push({
        method: req.method ?? '',
        path: url.pathname,
        status: res.writableFinished ? res.statusCode : 0,
        service: 's3',
      }),
    );
    const q = url.searchParams;
    const [, bucket, ...keyParts] = url.pathname.split('/');
    const key = keyParts.map(decodeURIComponent).join('/');

    if (q.has('X-Amz-Date') && q.has('X-Amz-Expires')) {
      const expiresAt = amzDate(q.get('X-Amz-Date')) + Number(q.get('X-Amz-Expires')) * 1000;
      if (!(expiresAt > Date.now())) {
        s3Error(
          res,
          403,
          'AccessDenied',
          'Request has expired',
          `<Expires>${new Date(expiresAt || 0).toISOString()}</Expires>`,
        );
        return;
      }
    }

    const uploadId = q.get('uploadId');
    if (bucket === BUCKET && uploadId && req.method === 'GET') return this.#listParts(res, key, uploadId);
    if (bucket === BUCKET && uploadId && req.method === 'DELETE') {
      if (!abortUpload(this.directory, uploadId))
        return s3Error(res, 404, 'NoSuchUpload', 'The specified upload does not exist.');
      res.writeHead(204).end();
      return;
    }
    if (bucket === BUCKET && uploadId && req.method === 'POST') return this.#complete(req, res, url, uploadId);
    if (req.method === 'PUT' && uploadId && q.has('partNumber')) return this.#putPart(req, res, url, uploadId);
    if (req.method === 'PUT' && !q.has('X-Amz-Signature') && !req.headers.authorization) {
      const until = this.unsignedPuts.get(key);
      if (bucket !== BUCKET || !until || until < Date.now()) {
        return s3Error(res, 403, 'AccessDenied', 'Anonymous PUT is only allowed for issued Social upload URLs');
      }
    }
    return this.#forward(req, res, url.pathname + url.search);
  }

  /**
   * @param {import('node:http').ServerResponse} res
   * @param {string} uploadId
   */
  #listParts(res, key, uploadId) {
    const parts = listParts(this.directory, uploadId);
    if (!parts) return s3Error(res, 404, 'NoSuchUpload', 'The specified upload does not exist.');
    const body = `<?xml version="1.0" encoding="UTF-8"?>
<ListPartsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Bucket>${BUCKET}</Bucket><Key>${xmlEscape(uploadKey(this.directory, uploadId) ?? key)}</Key><UploadId>${uploadId}</UploadId><MaxParts>10000</MaxParts><IsTruncated>false</IsTruncated>${parts
      .map(
        (p) =>
          `<Part><PartNumber>${p.partNumber}</PartNumber><LastModified>${p.lastModified}</LastModified><ETag>${xmlEscape(p.eTag)}</ETag><Size>${p.size}</Size></Part>`,
      )
      .join('')}</ListPartsResult>`;
    res.writeHead(200, { 'Content-Type': 'application/xml', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  }

  /**
   * CompleteMultipartUpload: refused like S3 refuses it, else passed on to s3rver.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string} uploadId
   */
  async #complete(req, res, url, uploadId) {
    const body = await readBody(req);
    const xml = body.toString('utf8');
    const parts = [...xml.matchAll(/<Part>([\s\S]*?)<\/Part>/g)].map(([, inner]) => ({
      partNumber: Number(/<PartNumber>\s*(\d+)\s*<\/PartNumber>/.exec(inner)?.[1]),
      eTag: (/<ETag>([\s\S]*?)<\/ETag>/.exec(inner)?.[1] ?? '').replace(/&quot;|&#34;/g, '"'),
    }));
    const refused = checkCompletion(this.directory, uploadId, parts);
    if (refused) return s3Error(res, refused.status, refused.code, refused.message);
    return this.#forward(req, res, url.pathname + url.search, body);
  }

  /** Which fault (if any) applies to this part PUT; `count` limits how many PUTs are affected. */
  #pickPartFault() {
    const f = this.state.faults.partPut;
    if (!f) return null;
    // Latency alone is not a failure.
    if (f.latencyMs && Object.keys(f).every((key) => key === 'latencyMs')) return null;
    if (f.count !== undefined && this.partPutFaultsUsed >= f.count) return null;
    if (Math.random() >= (f.failRate ?? 1)) return null;
    this.partPutFaultsUsed++;
    return f;
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string} uploadId
   */
  async #putPart(req, res, url, uploadId) {
    // A slow link: every part PUT waits this long before it is handled, failing or not.
    const latencyMs = this.state.faults.partPut?.latencyMs;
    if (latencyMs) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    const fault = this.#pickPartFault();
    if (fault?.hang) {
      // A server that took the connection and went silent: nothing read, nothing answered, until
      // the client gives up and closes it.
      req.pause();
      return;
    }
    if (fault?.dropAfterFraction !== undefined) {
      const total = Number(req.headers['content-length'] ?? 0);
      let received = 0;
      req.on('data', (chunk) => {
        received += chunk.length;
        if (received >= total * fault.dropAfterFraction) req.socket.destroy();
      });
      if (total === 0) req.socket.destroy();
      return;
    }
    const body = await readBody(req);
    if (fault && !fault.hideEtag) {
      return s3Error(
        res,
        fault.status ?? 500,
        fault.status === 503 ? 'SlowDown' : 'InternalError',
        'Injected part PUT failure',
      );
    }
    const expected = this.expectedMd5.get(url.searchParams.get('X-Amz-Signature') ?? '');
    const sent = req.headers['content-md5'];
    if (expected || sent) {
      const actual = createHash('md5').update(body).digest('base64');
      if ((expected && sent !== expected) || (sent && sent !== actual) || (expected && expected !== actual)) {
        return s3Error(res, 400, 'BadDigest', 'The Content-MD5 you specified did not match what we received.');
      }
    }
    if (!uploadKey(this.directory, uploadId))
      return s3Error(res, 404, 'NoSuchUpload', 'The specified upload does not exist.');
    return this.#forward(req, res, url.pathname + url.search, body, fault?.hideEtag === true);
  }

  /**
   * Proxies to s3rver; `body` when already read, otherwise the request is streamed.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string} path
   * @param {Buffer} [body]
   * @param {boolean} [hideEtag]
   */
  #forward(req, res, path, body, hideEtag = false) {
    return new Promise((resolve, reject) => {
      const headers = { ...req.headers, host: `${this.host}:${this.s3rverPort}` };
      delete headers.origin;
      if (body) headers['content-length'] = String(body.length);
      const upstream = http.request(
        { host: this.host, port: this.s3rverPort, method: req.method, path, headers },
        (up) => {
          const out = { ...up.headers };
          for (const name of Object.keys(out)) if (name.startsWith('access-control-')) delete out[name];
          if (hideEtag) delete out.etag;
          res.writeHead(up.statusCode ?? 502, out);
          up.pipe(res);
          up.on('end', resolve);
          up.on('error', reject);
        },
      );
      upstream.on('error', reject);
      if (body) upstream.end(body);
      else req.pipe(upstream);
    });
  }
}
