/**
 * `GET /field-views`: the seed (002 ≈L3729) prints a bare list with an `INTERNAL_DETAILED` view;
 * the portal's view type is not printed, so `PORTAL_DETAILED` here is a guess. A portal visitor
 * gets the portal view only. Date fields say `DATE` (the seed prints only STRING for a Field).
 */
import { wrap } from '../http/respond.js';
import { ACCOUNT_ID } from '../seed/portals.js';
import { TITLE_FIELD_ID } from '../seed/folders.js';
import { METADATA_FIELDS } from '../seed/assets.js';
import { requireViewer } from './auth.js';

const field = (id, name, dataType = 'STRING') => ({
  id,
  accountId: ACCOUNT_ID,
  name,
  dataType,
  multiValue: false,
  hasFixedOptions: false,
  hierarchical: false,
});

const PORTAL_FIELDS = [
  field(TITLE_FIELD_ID, 'Title'),
  field(METADATA_FIELDS.credit, 'Credit'),
  field(METADATA_FIELDS.licence, 'Licence'),
  field(METADATA_FIELDS.expiry, 'Licence expiry', 'DATE'),
];

/** @param {import('../http/router.js').Router} router */
export function registerFieldViewRoutes(router) {
  router.add('GET', '/field-views', (ctx) => {
    const principal = requireViewer(ctx);
    const view = (type, fields) => wrap({ id: `${type.toLowerCase()}-view`, accountId: ACCOUNT_ID, type, fields });
    const portal = view('PORTAL_DETAILED', PORTAL_FIELDS);
    if (principal.kind === 'portal') return [portal];
    return [view('INTERNAL_DETAILED', [...PORTAL_FIELDS, field(METADATA_FIELDS.alt, 'Alt text')]), portal];
  });
}
