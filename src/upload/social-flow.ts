/**
 * The Dash Social library flow (seed 001) through the same uploader: upload URL → one PUT of the
 * whole file (@uppy/aws-s3 with `shouldUseMultipart: false`) → create the library media.
 */
import type { ApiContext } from '../api/http.js';
import { createMediaUploadUrl, createSocialMedia } from '../api/social.js';
import { DashError } from '../api/errors.js';
import type { CancelOutcome, FlowFile, FlowS3Options, UploadFlow } from './flow.js';
import { createPartPut } from './part-put.js';
import type { UploadedAsset } from './types.js';

export interface SocialFlowOptions {
  /** Library backend context with the host's bearer token. */
  ctx: ApiContext;
  brand: string;
  /** See DashFlowOptions.stallTimeout. */
  stallTimeout?: number;
}

/** The guide's step 2: "remove all the query parameters … split('?')". */
export const stripQuery = (url: string) => url.split('?')[0];

export class SocialFlow implements UploadFlow {
  readonly #options: SocialFlowOptions;
  /** By Uppy file id: the stripped URL the bytes went to, which becomes the media's `url`. */
  readonly #urls = new Map<string, string>();

  constructor(options: SocialFlowOptions) {
    this.#options = options;
  }

  s3Options(): FlowS3Options {
    return {
      shouldUseMultipart: false,
      getUploadParameters: async (file, { signal }) => {
        const contentType = file.type || 'application/octet-stream';
        const issued = await createMediaUploadUrl(
          this.#options.ctx,
          { filename: file.name ?? 'file', content_type: contentType },
          { signal },
        );
        const url = stripQuery(issued);
        this.#urls.set(file.id, url);
        return { method: 'PUT', url, headers: { 'Content-Type': contentType } };
      },
      uploadPartBytes: createPartPut(() => undefined, this.#options.stallTimeout),
    };
  }

  async prepare(): Promise<undefined> {
    return undefined; // a single PUT has nothing to resume
  }

  async finish(file: FlowFile): Promise<UploadedAsset> {
    const url = this.#urls.get(file.id);
    if (!url) throw new DashError('upload-failed', 'The upload URL of this file is unknown.');
    const filename = file.name ?? 'file';
    const media = await createSocialMedia(this.#options.ctx, this.#options.brand, {
      source: 'UPLOAD',
      source_id: crypto.randomUUID(),
      type: 'UPLOADED',
      url,
      meta: { filename },
      source_created_at: new Date().toISOString(),
    });
    this.#urls.delete(file.id);
    const id = media.id ?? (media.data as Record<string, unknown> | undefined)?.id;
    return { assetId: String(id ?? ''), filename, size: file.size ?? file.data.size };
  }

  async cancel(fileId: string): Promise<CancelOutcome> {
    this.#urls.delete(fileId);
    return 'nothing'; // a single PUT leaves no open upload behind
  }

  restorePoint(): undefined {
    return undefined;
  }
}
