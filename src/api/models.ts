/**
 * Typed models of the Dash API v2, taken from the examples in the API reference (seed 002).
 * Only what the elements read is typed strictly; the rest is optional, because the reference's
 * examples omit fields freely.
 */

/** One thing the caller may do with a resource. A missing action means "not allowed". */
export interface PermittedAction {
  resourceType: string;
  resourceId: string | null;
  action: string;
}

/** Most Dash responses wrap the resource together with what the caller may do with it. */
export interface Wrapped<T> {
  result: T;
  permittedActions: PermittedAction[];
}

export interface AggregationBucket {
  key: string | null;
  count: number;
}

export interface Aggregation {
  type?: string;
  buckets: AggregationBucket[];
}

/**
 * A search page. Paged searches stop at 10,000 results whatever `totalResults` says.
 * The client reads each result on its own: one it cannot read is left out of `results` and counted
 * in `skipped` (so `results` may be shorter than the page asked for); report it with
 * `skippedItemsError` from errors.ts.
 */
export interface SearchResponse<T> {
  results: Wrapped<T>[];
  totalResults: number;
  aggregations?: Record<string, Aggregation>;
  /** Results on this page the client could not read and left out. */
  skipped: number;
  /** Why the first of them was refused (for logs). */
  skippedReason?: string;
}

/** A scroll search page: continue with `scrollId` (which may change from page to page). */
export interface ScrollSearchResponse<T> extends SearchResponse<T> {
  scrollId?: string;
}

/** What a portal visitor may do with its assets. */
export type PortalAssetPermissions = 'VIEW' | 'VIEW_AND_DOWNLOAD';

/** The publicly available data of a portal, resolved from its slug without authentication. */
export interface PortalData {
  id: string;
  name: string;
  currentSlug: string;
  slugs: string[];
  whitelistedFolderFieldOptionIds: string[];
  welcomeMessage: { title: string; body: string } | null;
  showRecentlyAddedAssets: boolean;
  requiresPasscode: boolean;
  assetPermittedActions: PortalAssetPermissions;
  /** Not in the reference: a theme colour the local backend adds; absent on the real API. */
  accentColor?: string;
}

export interface MediaType {
  type: string;
  subType: string;
}

export type FileType = 'IMAGE' | 'VIDEO' | 'AUDIO' | 'DOCUMENT' | (string & {});

/** One version of an asset's file. */
export interface AssetFile {
  id: string;
  assetId?: string;
  filename: string;
  size: number;
  fileType: FileType;
  dimensions?: { width: number; height: number } | null;
  orientation?: string | null;
  /**
   * When the server sends none or an unreadable one (the seed marks it optional), the client
   * derives it from `fileType` and the filename's extension (validate.ts).
   */
  mediaType: MediaType;
  /** Named by the reference but absent from its examples: design for it being missing. */
  previewUrl?: string | null;
  duration?: number | null;
  usesTransparency?: boolean | null;
  checksum?: string;
  dateAdded?: string;
}

export type LifecycleState = 'STAGED' | 'PENDING_APPROVAL' | 'LIVE' | 'BINNED' | (string & {});

export interface Asset {
  id: string;
  accountId?: string;
  lifecycleStatus?: {
    state: LifecycleState;
    dateStaged?: string;
    dateLive?: string;
    stagedBy?: string;
  };
  dateLastModified?: string;
  metadata?: { version?: number; values: Record<string, string[]> };
  currentAssetFile: AssetFile | null;
  stats?: { downloadCount?: number };
  origin?: { type: string; [key: string]: unknown };
}

/** A value of a field with fixed options; a folder is a FieldOption of the Folders field. */
export interface FieldOption {
  id: string;
  fieldId: string;
  value: string;
  position: number;
  leaf: boolean;
  numberOfChildren?: number;
  /**
   * The parent's id (null at the top level). The API sends the parent FieldOption itself (so a
   * branch can be rebuilt from a leaf); the client keeps that in `parentOption` and puts its id
   * here, which is what tree code compares.
   */
  parent: string | null;
  parentOption?: FieldOption | null;
}

export interface FolderSettings {
  accountId?: string;
  /** The id of the Folders field. */
  fieldId: string;
}

export interface TransformationOperation {
  type: string;
  width?: number | null;
  height?: number | null;
  mediaType?: MediaType;
  [key: string]: unknown;
}

/** A download rendition defined by the account, e.g. "Medium" (resize 1200×1200, jpeg). */
export interface Preset {
  id: string;
  accountId?: string;
  name: string;
  position?: number;
  candidatePresetTransformations?: {
    criteria: { type: string | null; mediaTypes: MediaType[] }[];
    transformationTemplate: TransformationOperation[];
  }[];
}

export type FixedFieldName =
  | 'KEYWORDS'
  | 'FILE_TYPE'
  | 'DATE_LIVE'
  | 'DATE_ADDED'
  | 'DATE_LAST_MODIFIED'
  | 'LIFECYCLE_STATE'
  | 'STAGED_BY'
  | 'COLLECTIONS'
  | 'ADDED_ORDER'
  | 'FILENAME'
  | (string & {});

/** A field of an asset: a fixed property, or a custom field (folders are one) by id. */
export type FieldRef = { type: 'FIXED'; fieldName: FixedFieldName } | { type: 'FIELD'; fieldId: string };

/** An asset search criterion. */
export type Criterion =
  | { type: 'MATCH_ALL' }
  | { type: 'AND' | 'OR'; criteria: Criterion[] }
  | { type: 'NOT'; criterion: Criterion }
  | { type: 'FIELD_EQUALS'; field: FieldRef; value: string; includeDescendants?: boolean }
  | {
      type: 'FIELD_IN' | 'FIELD_HAS_ANY_EQUAL';
      field: FieldRef;
      values: string[];
      includeDescendants?: boolean;
    }
  /** `value` is a query such as a date range `"[2021-01-01 TO 2021-02-01]"`. */
  | { type: 'FIELD_MATCHES'; field: FieldRef; value: string }
  | { type: 'FIELD_IS_EMPTY'; field: FieldRef };

export type SortOrder = 'ASC' | 'DESC';

export interface Sort {
  field: FieldRef;
  order: SortOrder;
}

export interface AssetSearchRequest {
  from?: number;
  pageSize?: number;
  criterion: Criterion;
  sorts?: Sort[];
  aggregations?: Record<string, unknown>;
}

/** Field option searches name their fields as plain strings, unlike asset searches. */
export type FieldOptionCriterion =
  | { type: 'AND' | 'OR'; criteria: FieldOptionCriterion[] }
  | { type: 'FIELD_EQUALS'; field: 'FIELD_ID' | 'PARENT_ID' | 'ID' | (string & {}); value: string }
  | { type: 'FIELD_IS_EMPTY'; field: 'PARENT_ID' | (string & {}) }
  | { type: 'MATCH_ALL' };

export interface FieldOptionSearchRequest {
  from?: number;
  pageSize?: number;
  criterion: FieldOptionCriterion;
  sorts?: { field: string; order: SortOrder }[];
}

export interface JobStep {
  id?: string;
  name?: string;
  status: string;
  completedItems: number;
  totalItems: number;
}

export type JobType = 'IN_PROGRESS' | 'COMPLETED' | 'FAILED' | (string & {});

/** The shape every Dash batch job shares; `result` appears once it is COMPLETED. */
export interface BatchJob<T> {
  id: string;
  accountId?: string;
  creatorId?: string;
  type: JobType;
  status?: string;
  progress?: { steps: JobStep[] };
  dateCompleted?: string;
  /** Successes whose result the client could not read, left out of `result.successes`. */
  skipped?: number;
  skippedReason?: string;
  result?: {
    successes: Record<string, Partial<Wrapped<T>>>;
    /** Why an item failed: a message, or an error object (the reference shows no example). */
    failures?: Record<string, unknown>;
    [key: string]: unknown;
  };
}

/**
 * One downloaded (and possibly transformed) file of a download job. Guessed: the seed prints a
 * finished job's successes without any result (≈L1834); `url` is the file's URL as the client
 * found it under any of downloads.ts's DOWNLOAD_URL_FIELDS, through safeUrl.
 */
export interface DownloadItemResult {
  url?: string;
  filename?: string;
  [key: string]: unknown;
}

/**
 * A download job; with `zip` its result also carries the zip's URL. Guessed: the seed prints no
 * URL field for it; `url` is the zip's URL as the client found it (downloads.ts).
 */
export type DownloadJob = BatchJob<DownloadItemResult> & {
  result?: BatchJob<DownloadItemResult>['result'] & { url?: string; zipUrl?: string };
};

/**
 * An AssetEmbeddableLink as the API prints it (seed 002 ≈L2424: id, assetId, assetFileId,
 * transformationDescription, status, fileStatus — and no URL field). Guessed: the link's URL,
 * read from any of embeddable-links.ts's EMBED_URL_FIELDS into `url`, through safeUrl.
 */
export interface EmbeddableLinkResource {
  id?: string;
  url?: string;
  assetId?: string;
  assetFileId?: string;
  status?: string;
  [key: string]: unknown;
}

/** A permanent, revocable public URL of a (transformed) asset file, as createEmbeddableLinks returns it. */
export interface EmbeddableLink extends EmbeddableLinkResource {
  url: string;
}

export type EmbeddableLinkJob = BatchJob<EmbeddableLinkResource>;

export type TransformationDescription =
  | { type: 'PRESET'; presetId: string; [key: string]: unknown }
  | { type: 'CUSTOM'; candidateTransformations: unknown[] };

/** The publicly available data of a guest-upload link. */
export interface GuestUploadData {
  id: string;
  name: string;
  message?: string | null;
  messageHeading?: string | null;
}

/** A presigned URL for the bytes `startByte..endByte` (inclusive) of an upload. */
export interface UploadPart {
  partNumber: number;
  startByte: number;
  endByte: number;
  url: string;
}

/** A multipart upload of one file into one asset; `id` is the upload id. */
export interface AssetUpload {
  id: string;
  assetId: string;
  assetFileId?: string;
  uploadParts: UploadPart[];
}

export type AssetAndUploadJob = BatchJob<AssetUpload>;
