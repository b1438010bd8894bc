/** <dash-gallery>'s first render: the list and its tiles. */
export const gallery = {
  label: 'Gallery',
  loadingMore: 'Loading more…',
  video: 'Video',
  file: 'File',
  /** A tile whose image failed to load. */
  unavailable: 'Image unavailable',
  /** Accessible name of a tile that opens the lightbox. */
  openItem: (name: string) => `Open ${name} in the lightbox`,
  /** The same for an item that shows products (Dash Social hotspots). */
  openItemWithProducts: (name: string) => `Open ${name} in the lightbox, with products`,
  /** The product mark of a tile that opens no lightbox. */
  hasProducts: 'Has products',
  untitled: (position: number) => `Item ${position}`,
  /** A carousel's buttons at the ends of its row: scroll it by about one view. */
  previousItems: 'Previous items',
  nextItems: 'Next items',
};
