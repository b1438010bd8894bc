/**
 * Continuing an upload begun before a reload, when a chosen file matches a remembered upload (see
 * ./resume-store.ts).
 *
 * The resume key (name, size, date) says nothing about the bytes, so the remembered parts are used
 * only when: the file's sample matches the one saved, the server lists the parts it holds (a local
 * extension: without it the file starts afresh, and says so), each listed part is where and as
 * long as the upload's layout puts it, and every listed part whose ETag is an MD5 is the MD5 of
 * this file's bytes there.
 */
import { listUploadParts } from '../api/guest-uploads.js';
import type { ApiContext } from '../api/http.js';
import { fileSample, type ResumeRecord } from './resume-store.js';

/** A part the storage has: its ETag (verbatim) and size. */
export interface StoredPart {
  eTag: string;
  size: number;
}

/** S3's ETag of a part sent in one PUT without SSE-KMS is the hex MD5 of its bytes. */
const MD5_ETAG = /^"?([0-9a-f]{32})"?$/i;

/**
 * The parts of `record`'s upload that hold `data`'s bytes; `'unlisted'` when the server cannot
 * list them (or the upload is gone); undefined when they are not this file's.
 *
 * @param layout the upload's parts as the file is cut: number and size
 */
export async function verifiedParts(
  ctx: ApiContext,
  record: ResumeRecord,
  data: Blob,
  layout: { partNumber: number; size: number }[],
): Promise<Map<number, StoredPart> | 'unlisted' | undefined> {
  if (!record.sample) return undefined; // a file sent in one part keeps none (see DashFlow)
  const sample = await fileSample(data).catch(() => undefined);
  if (record.sample !== sample) return undefined;
  let listed: { partNumber: number; eTag: string; size: number }[];
  try {
    listed = await listUploadParts(ctx, record.uploadId);
  } catch {
    // No list-parts on this server (the Dash API has none), or the upload is gone.
    return 'unlisted';
  }
  const stored = new Map<number, StoredPart>();
  for (const part of listed) {
    const expected = layout.find((p) => p.partNumber === part.partNumber);
    if (!expected || expected.size !== part.size) return undefined;
    const md5 = MD5_ETAG.exec(part.eTag)?.[1];
    if (md5) {
      // Lazy, as for content-md5 (dash-flow.ts): only a resume over MD5 ETags needs it.
      const { md5OfBlob, toHex } = await import('./md5.js');
      const start = (part.partNumber - 1) * record.partSize;
      const actual = toHex(await md5OfBlob(data.slice(start, start + part.size)));
      if (actual !== md5.toLowerCase()) return undefined;
    }
    stored.set(part.partNumber, { eTag: part.eTag, size: part.size });
  }
  return stored;
}
