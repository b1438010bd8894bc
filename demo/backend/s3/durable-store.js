/**
 * s3rver 3.7's filesystem store answers a part PUT, a PutObject and a CompleteMultipartUpload as
 * soon as its hashing stream has seen the last byte, while the file write behind it may still be
 * queued. A client that completes the upload (or asks for the object's size) at once can then read
 * a part or an object cut short, and the backend refuses the upload as smaller than declared:
 * rare on a slow disk, common on a fast one or under load. S3 answers only once the bytes are
 * stored, so the store here does too: the same files, hashes and metadata as s3rver's own
 * (lib/stores/filesystem.js), answered after the write has finished.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Writes `content` (a stream or a Buffer) to `path`, resolving with its size and MD5 once the
 * file holds every byte.
 * @param {string} path @param {NodeJS.ReadableStream | Buffer} content
 */
async function writeHashed(path, content) {
  await mkdir(dirname(path), { recursive: true });
  const md5 = createHash('md5');
  let size = 0;
  const hashing = new Transform({
    transform(chunk, _encoding, callback) {
      md5.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    },
  });
  const source = Buffer.isBuffer(content) ? Readable.from([content]) : content;
  await pipeline(source, hashing, createWriteStream(path));
  return { size, md5: md5.digest('hex') };
}

/**
 * Replaces the two writes of an s3rver FilesystemStore (multipart assembly goes through
 * `putObject`) with ones that answer after the bytes are written.
 * @param {any} store s3rver's `server.store`
 */
export function answerAfterWriting(store) {
  store.putPart = async (
    /** @type {string} */ bucket,
    /** @type {string} */ uploadId,
    /** @type {number} */ partNumber,
    /** @type {NodeJS.ReadableStream} */ content,
  ) => {
    const partPath = join(store.getResourcePath(bucket, undefined, 'uploads'), uploadId, String(partNumber));
    const written = await writeHashed(partPath, content);
    await writeFile(`${partPath}.md5`, written.md5);
    return written;
  };
  store.putObject = async (/** @type {{ bucket: string, key: string, content: any, metadata: object }} */ object) => {
    const written = await writeHashed(store.getResourcePath(object.bucket, object.key, 'object'), object.content);
    await store.putMetadata(object.bucket, object.key, object.metadata, written.md5);
    return written;
  };
}
