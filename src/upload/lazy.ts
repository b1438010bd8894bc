/**
 * The uploader's code loads in parts (Uppy with the engine on the first file; the MD5 and the
 * reload-resume checks when needed). A part that fails to load (offline, a blocked or missing
 * script) rejects with the browser's `TypeError`, which says nothing of the cause: it is said here
 * as the network failure it is, so the visitor reads "check your connection" and can try again.
 */
import { DashError } from '../api/errors.js';

export function loaded<T>(loading: Promise<T>): Promise<T> {
  return loading.catch((cause: unknown) => {
    throw new DashError('network', 'Part of the uploader could not be loaded (offline, or the script was blocked).', { cause });
  });
}
