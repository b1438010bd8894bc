/**
 * The download part of the portal browser, loaded on first use (an opened asset or a selection
 * on a portal that allows downloads): browsing-only visitors never fetch it.
 */
export { DownloadController } from '../../browse/download-controller.js';
export { renderDownloadButton, renderDownloadStatus } from './download-ui.js';
