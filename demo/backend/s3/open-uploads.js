/**
 * s3rver answers 405 for ListParts and AbortMultipartUpload, so we implement both from its
 * on-disk state: `<dir>/<bucket>/._S3rver_uploads/<uploadId>/` holds `key`, `metadata` and one
 * file per part (`<n>` with its MD5 in `<n>.md5`). Verified against s3rver 3.7.1's
 * lib/stores/filesystem.js (initiateUpload / putPart / putObjectMultipart).
 */
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { uploadsDir } from './s3.js';

/** @returns {{ uploadId: string, key: string }[]} */
export function listOpenUploads(directory) {
  const root = uploadsDir(directory);
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((id) => existsSync(join(root, id, 'key')))
    .map((uploadId) => ({ uploadId, key: readFileSync(join(root, uploadId, 'key'), 'utf8') }));
}

/** @returns {{ partNumber: number, size: number, eTag: string, lastModified: string }[] | null} */
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

export function uploadKey(directory, uploadId) {
  if (!/^[\w-]+$/.test(uploadId)) return null;
  const file = join(uploadsDir(directory), uploadId, 'key');
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/** @returns {boolean} whether the upload existed */
export function abortUpload(directory, uploadId) {
  if (!uploadKey(directory, uploadId)) return false;
  rmSync(join(uploadsDir(directory), uploadId), { recursive: true, force: true });
  return true;
}

export function abortAllUploads(directory) {
  for (const { uploadId } of listOpenUploads(directory)) abortUpload(directory, uploadId);
}
