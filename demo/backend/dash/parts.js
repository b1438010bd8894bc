/**
 * Part layout of a multipart upload, per the seed: a file under 5 MiB is one part; a requested
 * `partSize` must be "more than 5242880" and at most 5368709120 (seed 002 ≈L1510), otherwise 400.
 * Without one, our default is 5 MiB, S3's own minimum (Dash's default is not documented; the
 * server's choice is not bound by the request rule). S3 allows at most 10,000 parts, so for huge
 * files the part size grows to fit.
 */
import { badRequest } from '../http/errors.js';

export const MIN_PART_SIZE = 5 * 1024 * 1024;
export const MAX_PART_SIZE = 5 * 1024 * 1024 * 1024;
export const DEFAULT_PART_SIZE = MIN_PART_SIZE;
const MAX_PARTS = 10_000;

/** @returns {{ partNumber: number, startByte: number, endByte: number }[]} */
export function layoutParts(size, requestedPartSize) {
  if (!Number.isInteger(size) || size < 0) throw badRequest('size must be a non-negative integer');
  if (requestedPartSize != null) {
    if (
      !Number.isInteger(requestedPartSize) ||
      requestedPartSize <= MIN_PART_SIZE ||
      requestedPartSize > MAX_PART_SIZE
    ) {
      throw badRequest(`partSize must be more than ${MIN_PART_SIZE} and at most ${MAX_PART_SIZE}`);
    }
  }
  if (size < MIN_PART_SIZE) return [{ partNumber: 1, startByte: 0, endByte: size - 1 }];
  const partSize = Math.max(requestedPartSize ?? DEFAULT_PART_SIZE, Math.ceil(size / MAX_PARTS));
  const parts = [];
  for (let start = 0, n = 1; start < size; start += partSize, n++) {
    parts.push({ partNumber: n, startByte: start, endByte: Math.min(size, start + partSize) - 1 });
  }
  return parts;
}

/** Hex (as in the seed's example) or base64 Content-MD5 → base64, as the header carries it. */
export function md5ToBase64(value) {
  if (typeof value !== 'string') throw badRequest('contentMd5 must be a string');
  if (/^[0-9a-f]{32}$/i.test(value)) return Buffer.from(value, 'hex').toString('base64');
  if (Buffer.from(value, 'base64').length === 16) return value;
  throw badRequest('contentMd5 must be an MD5 digest (hex or base64)');
}
