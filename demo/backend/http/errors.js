import { STATUS_CODES } from 'node:http';

/** An error that becomes Dash's error body `{timestamp, status, error, message, path}`. */
export class HttpError extends Error {
  /**
   * @param {number} status
   * @param {string | null} message
   * @param {Record<string, string>} [headers]
   */
  constructor(status, message, headers = {}) {
    super(message ?? STATUS_CODES[status] ?? 'Error');
    this.status = status;
    this.detail = message;
    this.headers = headers;
  }
}

/** The seed's error shape (every Dash error example uses it). */
export function errorBody(status, message, path) {
  return {
    timestamp: new Date().toISOString(),
    status,
    error: STATUS_CODES[status] ?? 'Error',
    message: message ?? null,
    path,
  };
}

export const badRequest = (/** @type {string | null} */ message) => new HttpError(400, message);
export const unauthorized = (/** @type {string | null} */ message = null) => new HttpError(401, message);
export const forbidden = (/** @type {string | null} */ message = null) => new HttpError(403, message);
export const notFound = (/** @type {string | null} */ message = 'Not found') => new HttpError(404, message);
export const conflict = (/** @type {string | null} */ message) => new HttpError(409, message);
