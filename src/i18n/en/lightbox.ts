/** <dash-gallery>'s lightbox; loaded with it (lightbox.ts). */
export const lightbox = {
  slideStatus: (position: number, total: number) => `${position} of ${total}`,
  close: 'Close (Esc)',
  previous: 'Previous',
  next: 'Next',
  zoom: 'Zoom in',
  zoomOut: 'Zoom out',
  /** The thumbnail strip and its toggle. */
  thumbnails: 'Thumbnails',
  slideError: 'This item could not be loaded.',
  /** An image whose size is still being read. */
  measuring: 'Loading…',
  /** An image whose file failed to load. */
  unavailable: 'Image unavailable',
  products: 'Products on this photo',
  product: (title: string, price: string) => (price ? `${title}, ${price}` : title),
  /** The product card's link to the shop (it opens in a new tab or window). */
  viewProduct: 'View product',
  closeProduct: 'Close product details',
  download: 'Download',
  downloadOriginal: 'Original file',
  downloadPreparing: 'Preparing the download…',
  downloadReady: 'Your download has started.',
  /** The file is ready but could not be started for the visitor: the save link follows. */
  downloadReadyToSave: 'Your download is ready.',
  /** The link to the finished file (it opens in a new tab or window). */
  downloadSave: 'Save the file',
};
