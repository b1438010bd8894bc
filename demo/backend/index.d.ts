/** Types of the local backend's entry point (the implementation is plain JS with JSDoc). */
export interface StartBackendOptions {
  /** API port; default `DASH_API_PORT` or a free port. */
  port?: number;
  /** S3 front port; default a free port. */
  s3Port?: number;
  /** Where s3rver keeps its files; default a temp dir removed on close. */
  dataDir?: string;
  /** Enables the `/__control/*` routes (see test/support/backend.ts). */
  testControls?: boolean;
  quiet?: boolean;
  host?: string;
}

export interface RunningBackend {
  apiUrl: string;
  s3Url: string;
  close(): Promise<void>;
}

export function startBackend(options?: StartBackendOptions): Promise<RunningBackend>;
