/**
 * Remembers unfinished Dash multipart uploads so a visitor who reloads the page and selects the
 * same file again continues where it stopped. Holds only what is needed to find the upload again
 * — never a token: tokens live in memory only, and a new one is issued after the reload.
 */

export interface ResumeRecord {
  assetId: string;
  uploadId: string;
  /** The part size the upload was created with; the re-selected file must be cut the same way. */
  partSize: number;
  path: string;
  size: number;
  /**
   * SHA-256 (hex) of the file's first and last bytes and its size ({@link fileSample}): a file
   * with the same name, size and date but other bytes must not continue this upload.
   */
  sample?: string;
  /** Bytes of the parts stored so far (for the list of unfinished files). */
  sent?: number;
  savedAt: number;
}

/** Identifies "the same file for the same guest upload" across reloads. */
export interface FileIdentity {
  name: string;
  size: number;
  lastModified: number;
  /** Its path in a chosen or dropped folder, if any. */
  webkitRelativePath?: string;
}

const PREFIX = 'dash-upload-resume:';

/** Parts of an upload older than this are likely gone server-side (S3 lifecycle rules). */
const MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** Bytes read from each end of a file for its {@link ResumeRecord.sample}. */
const SAMPLE_BYTES = 64 * 1024;

/** SHA-256 (hex) of the file's first and last 64 KiB and its size: cheap, whatever the file's size. */
export async function fileSample(file: Blob): Promise<string> {
  const head = file.slice(0, SAMPLE_BYTES);
  const tail = file.slice(Math.max(SAMPLE_BYTES, file.size - SAMPLE_BYTES));
  const bytes = await new Blob([head, tail, String(file.size)]).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function fingerprint(file: FileIdentity, subdomain: string, guestUpload: string): string {
  // A folder's file by its path in the folder: two copies in two subfolders are two uploads, and
  // the list of unfinished files says where each one is.
  const name = file.webkitRelativePath || file.name;
  return [PREFIX, subdomain, guestUpload, name, file.size, file.lastModified].join('|');
}

/** localStorage can be missing or throw (Safari private mode, sandboxed iframes): resume is a bonus. */
function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** An upload left unfinished on this link (before a reload): the file's name, size and bytes sent. */
export interface UnfinishedFile {
  /** Its name, or its path in the folder it came in (`shoot/day 1/a.jpg`). */
  name: string;
  size: number;
  sent: number;
}

/** The uploads remembered for this guest upload, by name: the files to choose again. */
export function unfinishedUploads(subdomain: string, guestUpload: string): UnfinishedFile[] {
  const start = [PREFIX, subdomain, guestUpload, ''].join('|');
  const found: UnfinishedFile[] = [];
  for (const key of Object.keys(storage() ?? {})) {
    const record = key.startsWith(start) && loadResume(key);
    // The name may hold `|`: it is everything between the link and the trailing size and date.
    const name = key.slice(start.length).split('|').slice(0, -2).join('|');
    if (record) found.push({ name, size: record.size, sent: record.sent ?? 0 });
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

export function loadResume(key: string): ResumeRecord | undefined {
  try {
    const raw = storage()?.getItem(key);
    if (!raw) return undefined;
    const record = JSON.parse(raw) as ResumeRecord;
    const valid =
      typeof record.uploadId === 'string' &&
      typeof record.assetId === 'string' &&
      typeof record.partSize === 'number' &&
      Date.now() - record.savedAt < MAX_AGE_MS;
    if (!valid) storage()?.removeItem(key);
    return valid ? record : undefined;
  } catch {
    return undefined;
  }
}

export function saveResume(key: string, record: Omit<ResumeRecord, 'savedAt'>): void {
  try {
    storage()?.setItem(key, JSON.stringify({ ...record, savedAt: Date.now() }));
  } catch {
    // Quota exceeded or storage disabled: the upload still works, it just cannot resume.
  }
}

export function clearResume(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // see saveResume
  }
}
