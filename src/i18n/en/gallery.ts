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
  untitled: (position: number) => `Item ${position}`,
};
