/**
 * A file that changed or went away on disk after the visitor chose it: the browser can no longer
 * read its bytes (a `File` is a snapshot, and Chromium refuses to read one whose file was
 * modified or removed since). Reading it throws `NotReadableError` (changed) or `NotFoundError`
 * (removed); an XHR or fetch that sends it fails exactly like a dropped connection (status 0, a
 * `TypeError`). It is the file, not the network: retrying cannot help, choosing it again can.
 */
import { DashError } from '../api/errors.js';

const UNREADABLE_NAMES = ['NotReadableError', 'NotFoundError'];

/** True for the browser's own error on reading a changed or removed file. */
export const isReadFailure = (error: unknown): error is DOMException =>
  error instanceof DOMException && UNREADABLE_NAMES.includes(error.name);

/** The `upload-failed` error of an unreadable file; its `cause` is the browser's read error. */
export function unreadableFile(cause: DOMException): DashError {
  return new DashError(
    'upload-failed',
    'The file changed or can no longer be read since it was chosen (edited, moved or deleted).',
    { cause },
  );
}

/** True when a file failed because it can no longer be read (see {@link unreadableFile}). */
export const isUnreadableFile = (error: DashError | undefined): boolean =>
  error?.code === 'upload-failed' && isReadFailure(error.cause);

/**
 * After a send failed like a dropped connection: the body's read error when the file behind it
 * can no longer be read (reads one byte), else undefined (then it was the network).
 */
export async function readFailure(body: Blob | FormData): Promise<DOMException | undefined> {
  if (!(body instanceof Blob)) return undefined;
  try {
    await body.slice(0, 1).arrayBuffer();
    return undefined;
  } catch (error) {
    return isReadFailure(error) ? error : new DOMException(String(error), 'NotReadableError');
  }
}
