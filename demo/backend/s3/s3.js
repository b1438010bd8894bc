/**
 * The real S3-protocol server (s3rver, loopback only) and the SDK clients the backend uses.
 * The backend talks to s3rver directly; browsers get URLs of the S3 front (s3/front.js), which
 * adds what s3rver lacks (ListParts, Abort, expiry and Content-MD5 checks, CORS, faults).
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import S3rver from 's3rver';
import { answerAfterWriting } from './durable-store.js';
import {
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

// The pinned SDK works on Node 20; its warning is about releases after January 2027 and would
// clutter every test run's output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export const BUCKET = 'dash-uploads';
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/** @param {string} endpoint */
function client(endpoint) {
  return new S3Client({
    region: 'us-east-1',
    endpoint,
    forcePathStyle: true,
    credentials: CREDENTIALS,
    // Recent SDKs otherwise sign a CRC32 of an *empty* body into presigned part URLs.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

/**
 * @param {{ directory: string, host: string }} options
 */
export async function startS3rver({ directory, host }) {
  mkdirSync(directory, { recursive: true });
  const server = new S3rver({
    address: host,
    port: 0,
    directory,
    silent: true,
    configureBuckets: [{ name: BUCKET }],
  });
  answerAfterWriting(server.store);
  const { port } = await server.run();
  return { server, url: `http://${host}:${port}`, port, directory };
}

/** Backend-side S3 operations plus presigning of browser URLs against the front. */
export class S3Api {
  /** @param {string} s3rverUrl @param {string} frontUrl */
  constructor(s3rverUrl, frontUrl) {
    this.direct = client(s3rverUrl);
    this.front = client(frontUrl);
    this.frontUrl = frontUrl;
  }

  async createMultipartUpload(key, contentType) {
    const out = await this.direct.send(
      new CreateMultipartUploadCommand({ Bucket: BUCKET, Key: key, ContentType: contentType }),
    );
    return /** @type {string} */ (out.UploadId);
  }

  /**
   * A presigned UploadPart URL. A TTL ≤ 0 yields an already-expired URL (signed in the past),
   * which is what the `partUrlTtlSeconds: 0` fault asks for.
   * @param {{ key: string, uploadId: string, partNumber: number, contentMd5?: string, ttlSeconds: number }} p
   */
  presignPart({ key, uploadId, partNumber, contentMd5, ttlSeconds }) {
    const command = new UploadPartCommand({
      Bucket: BUCKET,
      Key: key,
      UploadId: uploadId,
      PartNumber: partNumber,
      ...(contentMd5 ? { ContentMD5: contentMd5 } : {}),
    });
    if (ttlSeconds > 0) return getSignedUrl(this.front, command, { expiresIn: ttlSeconds });
    return getSignedUrl(this.front, command, {
      expiresIn: 1,
      signingDate: new Date(Date.now() - 60_000),
    });
  }

  /** @param {string} uploadId */
  async completeMultipartUpload(key, uploadId, parts) {
    await this.direct.send(
      new CompleteMultipartUploadCommand({
        Bucket: BUCKET,
        Key: key,
        UploadId: uploadId,
        MultipartUpload: {
          Parts: parts.map((p) => ({ PartNumber: Number(p.partNumber), ETag: p.eTag })),
        },
      }),
    );
  }

  /** @returns {Promise<number | null>} size, or null if the object does not exist */
  async objectSize(key) {
    try {
      const head = await this.direct.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }));
      return head.ContentLength ?? 0;
    } catch (error) {
      if (error?.$metadata?.httpStatusCode === 404 || error?.name === 'NotFound') return null;
      throw error;
    }
  }

  async getObject(key) {
    const out = await this.direct.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
    // A GetObject answer always has a body.
    const body = /** @type {NonNullable<typeof out.Body>} */ (out.Body);
    return Buffer.from(await body.transformToByteArray());
  }

  async putObject(key, bytes, contentType) {
    await this.direct.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: bytes, ContentType: contentType }));
  }

  /** Public (path-style) URL of an object on the front. */
  objectUrl(key) {
    return `${this.frontUrl}/${BUCKET}/${key.split('/').map(encodeURIComponent).join('/')}`;
  }
}

export const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** @param {string} directory */
export const uploadsDir = (directory) => join(directory, BUCKET, '._S3rver_uploads');
