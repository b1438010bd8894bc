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
  /**
   * `default`: the demo backend with its local extensions. `seed`: only what the seed documents
   * print (no extensions, the seed's shapes, other plausible names for unprinted fields).
   */
  profile?: BackendProfile;
}

export type BackendProfile = 'default' | 'seed';
export const PROFILES: readonly BackendProfile[];

export interface RunningBackend {
  apiUrl: string;
  s3Url: string;
  profile: BackendProfile;
  close(): Promise<void>;
}

export function startBackend(options?: StartBackendOptions): Promise<RunningBackend>;
