/**
 * Parsers of the Dash API v2 models (portal data, assets, folders, search pages) and the readers
 * only they use (numbers sent as strings, optional text), built on the generic checks of
 * validate.ts and reading as tolerantly as described there. Batch jobs, and the URLs they name
 * under unprinted names, are read in jobs.ts, with the code that makes them.
 */
import { isRecord } from '../core/is-record.js';
import type {
  Asset,
  AssetFile,
  FieldOption,
  FolderSettings,
  GuestUploadData,
  MediaType,
  PermittedAction,
  PortalData,
  ScrollSearchResponse,
  Wrapped,
} from './models.js';
import { expectArray, expectRecord, expectShape, invalid, parseEach, type Parser } from './validate.js';

/**
 * A number, or a string that is one (`"4"`, `" 4.5 "`): the meaning is clear, so it is coerced
 * rather than refused. Anything else (NaN, `""`, `"4 s"`, an object) is `undefined`.
 */
export function numberOr(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || !/^\s*-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(value)) return undefined;
  return Number(value);
}

/**
 * Optional text fields of `record` that are not strings are removed (in place), so only a string
 * or nothing reaches a template: a `{_$litDirective$: …}` or any object where text belongs would
 * otherwise be taken for something Lit renders (issue 16 class 12). Returns `record`.
 */
export function keepText<R extends object>(record: R, names: readonly (keyof R & string)[]): R {
  const fields = record as Record<string, unknown>;
  for (const name of names) if (name in fields && typeof fields[name] !== 'string') delete fields[name];
  return record;
}

/** A string, else null: for optional text the elements show. */
export function textOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** The strings of an array (anything else in it left out); not an array reads as empty. */
export function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
}

/** A required number, coerced like `numberOr`. */
export function expectCoercedNumber(value: unknown, path: string): number {
  return numberOr(value) ?? invalid(path, 'a number');
}

/** A required whole number ≥ 0, coerced like `numberOr`. */
export function expectCount(value: unknown, path: string): number {
  const n = numberOr(value);
  return n !== undefined && Number.isInteger(n) && n >= 0 ? n : invalid(path, 'a whole number');
}

/** One permitted action; anything unreadable is left out, which only ever permits less. */
export function permittedActionsOf(value: unknown): PermittedAction[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (entry): entry is PermittedAction =>
      isRecord(entry) && typeof entry.action === 'string' && typeof entry.resourceType === 'string',
  );
}

/**
 * `{result, permittedActions}`; a missing or unreadable `permittedActions` reads as "nothing
 * permitted", and unreadable actions in it are left out (both only ever permit less).
 */
export function parseWrapped<T>(value: unknown, item: Parser<T>, path = 'response'): Wrapped<T> {
  const record = expectRecord(value, path);
  return {
    result: item(record.result, `${path}.result`),
    permittedActions: permittedActionsOf(record.permittedActions),
  };
}

/**
 * A search or scroll-search page whose results each wrap a `T`. Each result is read on its own:
 * one that fails its check is left out and counted in `skipped` (see `skippedItemsError`).
 */
export function parseSearchResponse<T>(value: unknown, item: Parser<T>, path = 'response'): ScrollSearchResponse<T> {
  const page = expectRecord(value, path);
  const read = parseEach(
    expectArray(page.results, `${path}.results`),
    (entry, p) => parseWrapped(entry, item, p),
    `${path}.results`,
  );
  const parsed: ScrollSearchResponse<T> = {
    ...(page as Partial<ScrollSearchResponse<T>>),
    results: read.items,
    totalResults: expectCount(page.totalResults, `${path}.totalResults`),
    skipped: read.skipped,
  };
  // Optional parts of a page that are unreadable count as absent: no scrollId ends a scroll, no
  // aggregations means no facet counts.
  if (typeof page.scrollId !== 'string') delete parsed.scrollId;
  if (!isRecord(page.aggregations)) delete parsed.aggregations;
  if (read.skippedReason) parsed.skippedReason = read.skippedReason;
  return parsed;
}

export const parsePortalData: Parser<PortalData> = (value, path = 'portal') => {
  const portal = expectShape<PortalData>(value, path, {
    id: 'string',
    name: 'string',
    requiresPasscode: 'boolean?',
  });
  // Defaults as the reference documents them, so the elements never see `undefined` here. Every
  // text field is a string or absent: lists keep their strings, a welcome message its text.
  const parsed: PortalData = {
    ...portal,
    slugs: stringsOf(portal.slugs),
    whitelistedFolderFieldOptionIds: stringsOf(portal.whitelistedFolderFieldOptionIds),
    welcomeMessage: welcomeMessageOf(portal.welcomeMessage),
    showRecentlyAddedAssets: portal.showRecentlyAddedAssets === true,
    requiresPasscode: portal.requiresPasscode ?? false,
    assetPermittedActions: portal.assetPermittedActions === 'VIEW' ? 'VIEW' : 'VIEW_AND_DOWNLOAD',
  };
  return keepText(parsed, ['currentSlug', 'accentColor']);
};

/** `{title, body}` with at least one of them text (the other then empty), else null. */
function welcomeMessageOf(value: unknown): PortalData['welcomeMessage'] {
  if (!isRecord(value)) return null;
  const title = textOrNull(value.title);
  const body = textOrNull(value.body);
  return title === null && body === null ? null : { title: title ?? '', body: body ?? '' };
}

/**
 * `{type, subType}` as printed; also `"image/jpeg"`, whose meaning is clear. Anything else —
 * null (the seed marks it optional), absent, half-filled — is derived from what the file surely
 * is: `fileType` (IMAGE → image, VIDEO → video, AUDIO → audio, else application) and the
 * filename's extension as the subtype (`jpg` → `jpeg`; none → `octet-stream`), so the elements and
 * `accept` filters always have one.
 */
function mediaTypeOf(value: unknown, fileType: string, filename: string): MediaType {
  if (isRecord(value) && typeof value.type === 'string' && typeof value.subType === 'string') {
    return { type: value.type, subType: value.subType };
  }
  const match = typeof value === 'string' ? /^([\w.+-]+)\/([\w.+*-]+)$/.exec(value.trim()) : null;
  if (match) return { type: match[1]!, subType: match[2]! };
  const kind = fileType.toLowerCase();
  const extension = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase();
  return {
    type: ['image', 'video', 'audio'].includes(kind) ? kind : 'application',
    subType: extension === 'jpg' ? 'jpeg' : (extension ?? 'octet-stream'),
  };
}

/** Width and height when both are positive numbers (numeric strings coerced), else null. */
function dimensionsOf(value: unknown): { width: number; height: number } | null {
  if (!isRecord(value)) return null;
  const width = numberOr(value.width);
  const height = numberOr(value.height);
  return width && height && width > 0 && height > 0 ? { ...value, width, height } : null;
}

/**
 * An AssetFile. Needed: `id`, `filename`, `fileType` (strings) and `size` (a number). The seed
 * prints `mediaType`, `dimensions`, `duration` and `previewUrl` as optional or not at all, so
 * those read as absent (null) when missing or unreadable — never a reason to drop the asset — and
 * a missing `mediaType` is derived (see mediaTypeOf).
 */
export const parseAssetFile: Parser<AssetFile> = (value, path = 'assetFile') => {
  const file = expectShape<AssetFile>(value, path, {
    id: 'string',
    filename: 'string',
    fileType: 'string',
  });
  const parsed: AssetFile = {
    ...file,
    size: expectCoercedNumber(file.size, `${path}.size`),
    dimensions: dimensionsOf(file.dimensions),
    duration: numberOr(file.duration) ?? null,
    // Named by the seed without an example: a string or nothing. Used only through safeUrl.
    previewUrl: typeof file.previewUrl === 'string' ? file.previewUrl : null,
    mediaType: mediaTypeOf(file.mediaType, file.fileType, file.filename),
  };
  return keepText(parsed, ['assetId', 'orientation', 'checksum', 'dateAdded']);
};

/** `metadata.values`: field id → strings; entries that are not strings are left out. */
function metadataOf(value: unknown): Asset['metadata'] {
  if (!isRecord(value)) return undefined;
  const values: Record<string, string[]> = {};
  if (isRecord(value.values)) {
    for (const [fieldId, entries] of Object.entries(value.values)) {
      if (Array.isArray(entries)) values[fieldId] = entries.filter((v): v is string => typeof v === 'string');
    }
  }
  return { ...value, values };
}

/** An Asset: an `id` and, when present, a readable `currentAssetFile` (else the asset is refused). */
export const parseAsset: Parser<Asset> = (value, path = 'asset') => {
  const asset = expectShape<Asset>(value, path, { id: 'string', currentAssetFile: 'object?' });
  const parsed: Asset = {
    ...asset,
    currentAssetFile: asset.currentAssetFile
      ? parseAssetFile(asset.currentAssetFile, `${path}.currentAssetFile`)
      : null,
    metadata: metadataOf(asset.metadata),
  };
  if (!isRecord(asset.lifecycleStatus) || typeof asset.lifecycleStatus.state !== 'string')
    delete parsed.lifecycleStatus;
  else parsed.lifecycleStatus = keepText({ ...asset.lifecycleStatus }, ['dateStaged', 'dateLive', 'stagedBy']);
  if (!parsed.metadata) delete parsed.metadata;
  return keepText(parsed, ['accountId', 'dateLastModified']);
};

/**
 * A FieldOption (a folder, for the Folders field). Needed: `id`, `fieldId`, `value` (strings).
 * The parent arrives as the parent FieldOption (seed), as its id (simpler servers), as null at the
 * top level, or — in the seed's batch answer (≈L3595) — as `{}`, an option with no id: read as no
 * parent known (null), like the `parentId: null` that request was made with.
 */
export const parseFieldOption: Parser<FieldOption> = (value, path = 'fieldOption') => {
  const option = expectShape<Omit<FieldOption, 'parent'> & { parent?: unknown }>(value, path, {
    id: 'string',
    fieldId: 'string',
    value: 'string',
  });
  const { parent } = option;
  const parentOption =
    isRecord(parent) && typeof parent.id === 'string' ? parseFieldOption(parent, `${path}.parent`) : null;
  const parsed: FieldOption = {
    ...option,
    parent: parentOption ? parentOption.id : textOrNull(parent),
    parentOption,
    position: numberOr(option.position) ?? 0,
    leaf: typeof option.leaf === 'boolean' ? option.leaf : false,
  };
  const children = numberOr(option.numberOfChildren);
  if (children === undefined) delete parsed.numberOfChildren;
  else parsed.numberOfChildren = children;
  return parsed;
};

export const parseFolderSettings: Parser<FolderSettings> = (value, path = 'folderSettings') =>
  expectShape(value, path, { fieldId: 'string' });

/** A guest-upload link: `id` and `name` as text; a message or heading that is not text is left out. */
export const parseGuestUploadData: Parser<GuestUploadData> = (value, path = 'guestUpload') => {
  const data = expectShape<GuestUploadData>(value, path, { id: 'string', name: 'string' });
  return { ...data, message: textOrNull(data.message), messageHeading: textOrNull(data.messageHeading) };
};

/**
 * `{result: {accessToken}}` → the token. A token a header cannot carry (a line break, a space,
 * characters outside visible ASCII) is refused here, as the server's fault, before it is ever sent.
 */
export const parseAccessToken: Parser<string> = (value, path = 'response') => {
  const token = parseWrapped(
    value,
    (result, p) => expectShape<{ accessToken: string }>(result, p!, { accessToken: 'string' }),
    path,
  ).result.accessToken;
  return /^[\x21-\x7e]+$/.test(token)
    ? token
    : invalid(`${path}.result.accessToken`, 'a token of visible ASCII characters');
};
