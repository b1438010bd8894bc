/**
 * s3rver answers 405 for ListParts and AbortMultipartUpload, so we implement both from its
 * on-disk state: `<dir>/<bucket>/._S3rver_uploads/<uploadId>/` holds `key`, `metadata` and one
 * file per part (`<n>` with its MD5 in `<n>.md5`). Verified against s3rver 3.7.1's
 * lib/stores/filesystem.js (initiateUpload / putPart / putObjectMultipart).
 */
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { uploadsDir } from './s3.js';

/**
 * @returns {{ uploadId: string, key: string }[]}
 * @param {string} directory
 */
export function listOpenUploads(directory) {
  const root = uploadsDir(directory);
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((id) => existsSync(join(root, id, 'key')))
    .map((uploadId) => ({ uploadId, key: readFileSync(join(root, uploadId, 'key'), 'utf8') }));
}

/**
 * @returns {{ partNumber: number, size: number, eTag: string, lastModified: string }[] | null}
 * @param {string} directory
 * @param {string} uploadId
 */
export function listParts(directory, uploadId) {
  if (!/^[\w-]+$/.test(uploadId)) return null;
  const dir = join(uploadsDir(directory), uploadId);
  if (!existsSync(join(dir, 'key'))) return null;
  return readdirSync(dir)
    .filter((name) => /^\d+$/.test(name) && existsSync(join(dir, `${name}.md5`)))
    .map((name) => {
      const stat = statSync(join(dir, name));
      return {
        partNumber: Number(name),
        size: stat.size,
        eTag: `"${readFileSync(join(dir, `${name}.md5`), 'utf8').trim()}"`,
        lastModified: stat.mtime.toISOString(),
      };
    })
    .sort((a, b) => a.partNumber - b.partNumber);
}

/**
 * @param {string} directory
 * @param {string} uploadId
 */
export function uploadKey(directory, uploadId) {
  if (!/^[\w-]+$/.test(uploadId)) return null;
  const file = join(uploadsDir(directory), uploadId, 'key');
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/**
 * @returns {boolean} whether the upload existed
 * @param {string} directory
 * @param {string} uploadId
 */
export function abortUpload(directory, uploadId) {
  if (!uploadKey(directory, uploadId)) return false;
  rmSync(join(uploadsDir(directory), uploadId), { recursive: true, force: true });
  return true;
}

/** @param {string} directory */
export function abortAllUploads(directory) {
  for (const { uploadId } of listOpenUploads(directory)) abortUpload(directory, uploadId);
}

const bareEtag = (value) =>
  String(value ?? '')
    .trim()
    .replace(/^"|"$/g, '')
    .toLowerCase();

/**
 * What S3's CompleteMultipartUpload checks before it assembles anything (s3rver checks none of it,
 * and a part that was never stored made it die of an unhandled ENOENT): the parts are listed in
 * ascending order, each was stored, and each ETag is the one S3 answered for that part's PUT.
 * @param {string} directory
 * @param {string} uploadId
 * @param {{ partNumber: number | string, eTag: string }[]} parts
 * @returns {{ status: number, code: string, message: string } | null} S3's error, or null when S3 would accept
 */
export function checkCompletion(directory, uploadId, parts) {
  const stored = listParts(directory, uploadId);
  if (!stored) return { status: 404, code: 'NoSuchUpload', message: 'The specified upload does not exist.' };
  if (!Array.isArray(parts) || parts.length === 0) {
    return {
      status: 400,
      code: 'MalformedXML',
      message: 'The XML you provided was not well-formed or did not validate.',
    };
  }
  let previous = 0;
  for (const part of parts) {
    const partNumber = Number(part?.partNumber);
    if (!Number.isInteger(partNumber) || partNumber <= previous) {
      return { status: 400, code: 'InvalidPartOrder', message: 'The list of parts was not in ascending order.' };
    }
    previous = partNumber;
    const match = stored.find((p) => p.partNumber === partNumber);
    if (!match || bareEtag(match.eTag) !== bareEtag(part?.eTag)) {
      return {
        status: 400,
        code: 'InvalidPart',
        message:
          "One or more of the specified parts could not be found. The part might not have been uploaded, or the specified entity tag might not have matched the part's entity tag.",
      };
    }
  }
  return null;
}
