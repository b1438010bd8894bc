/**
 * Open CORS: the elements run on any site. The API's defaults cover `Authorization` (Bearer or
 * Passcode) plus the optional `dash-api-client` header seen in public client code; the S3 front
 * passes its own lists (browsers must be allowed to read `ETag`, or multipart completion fails).
 */
const API_CORS = {
  methods: 'GET,POST,PUT,PATCH,DELETE,OPTIONS',
  allowHeaders: 'Authorization, Content-Type',
  exposeHeaders: 'Retry-After, Content-Disposition, Content-Length, Content-Range, Accept-Ranges',
};

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export function applyCors(req, res, { methods, allowHeaders, exposeHeaders } = API_CORS) {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
  res.setHeader('Vary', 'Origin');
  res.setHeader('Access-Control-Allow-Methods', methods);
  // Echo what the preflight asks for, so a client header we did not foresee is not refused.
  res.setHeader('Access-Control-Allow-Headers', req.headers['access-control-request-headers'] ?? allowHeaders);
  res.setHeader('Access-Control-Expose-Headers', exposeHeaders);
  res.setHeader('Access-Control-Max-Age', '600');
}
