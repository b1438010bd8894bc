/** Every public route of the backend, by area. */
import { registerPortalRoutes } from './dash/portals.js';
import { registerSearchRoutes } from './dash/search.js';
import { registerAssetRoutes } from './dash/assets.js';
import { registerFolderRoutes } from './dash/folders.js';
import { registerFieldViewRoutes } from './dash/field-views.js';
import { registerPresetRoutes } from './dash/presets.js';
import { registerUploadRoutes } from './dash/uploads.js';
import { registerFileRoutes } from './media/files.js';
import { registerDownloadRoutes } from './dash/downloads.js';
import { registerEmbeddableLinkRoutes } from './dash/embeddable-links.js';
import { registerSocialRoutes } from './social/routes.js';
import { registerCmsRoutes } from './cms/routes.js';
import { registerDemoDataRoutes } from './demo-data.js';

/** @param {import('./http/router.js').Router} router */
export function registerRoutes(router) {
  registerPortalRoutes(router);
  registerSearchRoutes(router);
  registerAssetRoutes(router);
  registerFolderRoutes(router);
  registerFieldViewRoutes(router);
  registerPresetRoutes(router);
  registerUploadRoutes(router);
  registerFileRoutes(router);
  registerDownloadRoutes(router);
  registerEmbeddableLinkRoutes(router);
  registerSocialRoutes(router);
  registerCmsRoutes(router);
  registerDemoDataRoutes(router);
  router.add('GET', '/', () => ({ name: 'dash-elements local backend', docs: 'demo/backend/README.md' }));
}
