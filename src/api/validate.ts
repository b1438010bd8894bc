/**
 * Tiny hand-written validators for API responses. A backend that answers something unexpected
 * becomes one `invalid-response` error naming the bad field, here at the boundary, instead of a
 * `TypeError` deep inside a render. Hand-written rather than a schema library: the gallery's whole
 * budget is 12 KB gzip. Parsers check what the elements rely on and keep unknown fields as they are.
 */
import { DashError } from './errors.js';
import { isRecord } from '../core/is-record.js';
import type {
  Asset,
  AssetFile,
  AssetUpload,
  BatchJob,
  FieldOption,
  FolderSettings,
  GuestUploadData,
  PortalData,
  ScrollSearchResponse,
  Wrapped,
} from './models.js';

export type Parser<T> = (value: unknown, path?: string) => T;

/** What a field must be: a type name, optionally ending in `?` when null/absent is fine. */
type Kind = 'string' | 'number' | 'boolean' | 'array' | 'object';
type Spec = Record<string, Kind | `${Kind}?`>;

export function invalid(path: string, expected: string): never {
  throw new DashError('invalid-response', `Invalid response: ${path} should be ${expected}.`);
}

function isKind(value: unknown, kind: Kind): boolean {
  if (kind === 'array') return Array.isArray(value);
  if (kind === 'object') return isRecord(value);
  // NaN and Infinity are not numbers any caller can use.
  if (kind === 'number') return Number.isFinite(value);
  return typeof value === kind;
}

export function expectRecord(value: unknown, path: string): Record<string, unknown> {
  return isRecord(value) ? value : invalid(path, 'an object');
}

export function expectString(value: unknown, path: string): string {
  return typeof value === 'string' ? value : invalid(path, 'a string');
}

export function expectNumber(value: unknown, path: string): number {
  return Number.isFinite(value) ? (value as number) : invalid(path, 'a number');
}

export function expectBoolean(value: unknown, path: string): boolean {
  return typeof value === 'boolean' ? value : invalid(path, 'a boolean');
}

export function expectArray<T = unknown>(value: unknown, path: string, item?: Parser<T>): T[] {
  if (!Array.isArray(value)) invalid(path, 'an array');
  return item ? value.map((entry, i) => item(entry, `${path}[${i}]`)) : (value as T[]);
}

/** Checks an object's fields against `spec` and returns it typed, unknown fields kept. */
export function expectShape<T>(value: unknown, path: string, spec: Spec): T {
  const record = expectRecord(value, path);
  for (const [key, want] of Object.entries(spec)) {
    const optional = want.endsWith('?');
    const kind = (optional ? want.slice(0, -1) : want) as Kind;
    const field = record[key];
    if (optional && field == null) continue;
    if (!isKind(field, kind)) invalid(`${path}.${key}`, `a${kind === 'array' || kind === 'object' ? 'n' : ''} ${kind}`);
  }
  return record as T;
}

/** `{result, permittedActions}`; a missing `permittedActions` reads as "nothing permitted". */
export function parseWrapped<T>(value: unknown, item: Parser<T>, path = 'response'): Wrapped<T> {
  const record = expectRecord(value, path);
  const permittedActions = record.permittedActions ?? [];
  return {
    result: item(record.result, `${path}.result`),
    permittedActions: expectArray(permittedActions, `${path}.permittedActions`),
  };
}

/** A search or scroll-search page whose results each wrap a `T`. */
export function parseSearchResponse<T>(
  value: unknown,
  item: Parser<T>,
  path = 'response',
): ScrollSearchResponse<T> {
  const page = expectShape<ScrollSearchResponse<unknown>>(value, path, {
    results: 'array',
    totalResults: 'number',
    scrollId: 'string?',
    aggregations: 'object?',
  });
  return {
    ...page,
    results: page.results.map((entry, i) => parseWrapped(entry, item, `${path}.results[${i}]`)),
  };
}

export const parsePortalData: Parser<PortalData> = (value, path = 'portal') => {
  const portal = expectShape<PortalData>(value, path, {
    id: 'string',
    name: 'string',
    currentSlug: 'string?',
    slugs: 'array?',
    whitelistedFolderFieldOptionIds: 'array?',
    welcomeMessage: 'object?',
    showRecentlyAddedAssets: 'boolean?',
    requiresPasscode: 'boolean?',
    assetPermittedActions: 'string?',
  });
  // Defaults as the reference documents them, so the elements never see `undefined` here.
  return {
    ...portal,
    slugs: portal.slugs ?? [],
    whitelistedFolderFieldOptionIds: portal.whitelistedFolderFieldOptionIds ?? [],
    welcomeMessage: portal.welcomeMessage ?? null,
    showRecentlyAddedAssets: portal.showRecentlyAddedAssets ?? false,
    requiresPasscode: portal.requiresPasscode ?? false,
    assetPermittedActions: portal.assetPermittedActions ?? 'VIEW_AND_DOWNLOAD',
  };
};

export const parseAssetFile: Parser<AssetFile> = (value, path = 'assetFile') => {
  const file = expectShape<AssetFile>(value, path, {
    id: 'string',
    filename: 'string',
    size: 'number',
    fileType: 'string',
    mediaType: 'object',
    dimensions: 'object?',
    previewUrl: 'string?',
    duration: 'number?',
  });
  expectShape(file.mediaType, `${path}.mediaType`, { type: 'string', subType: 'string' });
  if (file.dimensions) {
    expectShape(file.dimensions, `${path}.dimensions`, { width: 'number', height: 'number' });
  }
  return file;
};

export const parseAsset: Parser<Asset> = (value, path = 'asset') => {
  const asset = expectShape<Asset>(value, path, {
    id: 'string',
    currentAssetFile: 'object?',
    lifecycleStatus: 'object?',
    metadata: 'object?',
  });
  if (asset.currentAssetFile) parseAssetFile(asset.currentAssetFile, `${path}.currentAssetFile`);
  return { ...asset, currentAssetFile: asset.currentAssetFile ?? null };
};

export const parseFieldOption: Parser<FieldOption> = (value, path = 'fieldOption') => {
  const option = expectShape<Omit<FieldOption, 'parent'> & { parent?: unknown }>(value, path, {
    id: 'string',
    fieldId: 'string',
    value: 'string',
    position: 'number?',
    leaf: 'boolean?',
    numberOfChildren: 'number?',
  });
  // The parent arrives as the parent FieldOption (seed) or, from simpler servers, as its id.
  const { parent } = option;
  const parentOption = parent == null || typeof parent === 'string' ? null : parseFieldOption(parent, `${path}.parent`);
  return {
    ...option,
    parent: parentOption ? parentOption.id : ((parent as string | null | undefined) ?? null),
    parentOption,
    position: option.position ?? 0,
    leaf: option.leaf ?? false,
  };
};

export const parseFolderSettings: Parser<FolderSettings> = (value, path = 'folderSettings') =>
  expectShape(value, path, { fieldId: 'string' });

export const parseGuestUploadData: Parser<GuestUploadData> = (value, path = 'guestUpload') =>
  expectShape(value, path, {
    id: 'string',
    name: 'string',
    message: 'string?',
    messageHeading: 'string?',
  });

export const parseAssetUpload: Parser<AssetUpload> = (value, path = 'assetUpload') => {
  const upload = expectShape<AssetUpload>(value, path, {
    id: 'string',
    assetId: 'string',
    assetFileId: 'string?',
    uploadParts: 'array?',
  });
  const uploadParts = expectArray(upload.uploadParts ?? [], `${path}.uploadParts`, (part, partPath) =>
    expectShape(part, partPath!, { partNumber: 'number', startByte: 'number', endByte: 'number', url: 'string' }),
  );
  return { ...upload, uploadParts } as AssetUpload;
};

/** `{result: {accessToken}}` → the token. */
export const parseAccessToken: Parser<string> = (value, path = 'response') =>
  parseWrapped(value, (result, p) => expectShape<{ accessToken: string }>(result, p!, { accessToken: 'string' }), path)
    .result.accessToken;

/**
 * A batch job. Its items are validated once it has COMPLETED, with `item` for each success, so
 * a caller reading `successes[id].result` can trust it.
 */
export function parseJob<T>(value: unknown, item?: Parser<T>, path = 'job'): BatchJob<T> {
  const job = expectShape<BatchJob<T>>(value, path, {
    id: 'string',
    type: 'string',
    progress: 'object?',
    result: 'object?',
  });
  if (job.progress) {
    expectArray(job.progress.steps ?? [], `${path}.progress.steps`, (step, stepPath) =>
      expectShape(step, stepPath!, { completedItems: 'number', totalItems: 'number' }),
    );
  }
  if (job.result && item) {
    const successes = expectRecord(job.result.successes ?? {}, `${path}.result.successes`);
    for (const [id, success] of Object.entries(successes)) {
      const entryPath = `${path}.result.successes.${id}`;
      const entry = expectRecord(success, entryPath);
      if (entry.result !== undefined) item(entry.result, `${entryPath}.result`);
    }
  }
  return job;
}
