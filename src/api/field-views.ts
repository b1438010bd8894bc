/**
 * The metadata fields a portal shows with an asset. Seed 002 prints `GET /field-views` (≈L3729) as
 * a bare list of `{result: {id, type, fields: Field[]}}` with one type, `INTERNAL_DETAILED`; the
 * portal's view type is not printed, so a view whose type names PORTAL is taken (guessed), and
 * an internal view is never shown to portal visitors. Read tolerantly: anything unreadable, a
 * refusal or a missing endpoint means no fields rather than an error.
 */
import * as dashPaths from './endpoints-dash.js';
import { request, type ApiContext } from './http.js';

/** A Field as a view lists it (id, name, and `dataType` such as STRING or DATE_TIME). */
export interface ViewField {
  id: string;
  name: string;
  dataType: string;
}

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : {};

/** The fields of the first portal view in a `GET /field-views` answer. */
export function parsePortalFields(json: unknown): ViewField[] {
  const body = record(json);
  const list = Array.isArray(json) ? json : Array.isArray(body.results) ? body.results : [];
  const views = list.map((entry) => record(record(entry).result ?? entry));
  const view = views.find((candidate) => /PORTAL/i.test(String(candidate.type ?? '')));
  const fields = Array.isArray(view?.fields) ? view.fields : [];
  return fields.flatMap((raw) => {
    const { id, name, dataType } = record(raw);
    return typeof id === 'string' && typeof name === 'string' && name.trim()
      ? [{ id, name: name.trim(), dataType: typeof dataType === 'string' ? dataType : 'STRING' }]
      : [];
  });
}

/** The portal's fields, or none when the view cannot be had (see the file's note). */
export async function getPortalFields(ctx: ApiContext, options: { signal?: AbortSignal } = {}): Promise<ViewField[]> {
  try {
    return await request(ctx, 'GET', dashPaths.fieldViews(), {
      idempotent: true,
      signal: options.signal,
      validate: parsePortalFields,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return [];
  }
}
