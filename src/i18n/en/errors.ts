// The error messages now live with `common` in common.ts, since every element shows them from its
// first load. This module only keeps `import { errors } from '…/i18n/en/errors.js'` working until
// those imports move to common.js; delete it then.
export { errors } from './common.js';
