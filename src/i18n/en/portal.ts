/** <dash-portal-browser> (and the browse components it renders). */
export const portal = {
  region: 'Asset portal',
  passcodeTitle: 'This portal is protected',
  passcodeHelp: 'Enter the passcode you were given to see its assets.',
  passcodeLabel: 'Passcode',
  passcodeSubmit: 'Open portal',
  folders: 'Folders',
  allAssets: 'All assets',
  breadcrumb: 'You are here',
  filters: 'Search and filters',
  moreFilters: (active: number) => (active ? `Filters (${active})` : 'Filters'),
  search: 'Search assets',
  searchButton: 'Search',
  fileType: 'File type',
  fileTypes: {
    ALL: 'All types',
    IMAGE: 'Images',
    VIDEO: 'Videos',
    AUDIO: 'Audio',
    DOCUMENT: 'Documents',
  } as Record<string, string>,
  sort: 'Sort by',
  sorts: {
    newest: 'Newest first',
    oldest: 'Oldest first',
    name: 'Name (A–Z)',
  } as Record<string, string>,
  /** A sort the server refused, shown disabled in the menu. */
  sortUnavailable: (sort: string) => `${sort} (not available here)`,
  /** Beside the sort menu once the server refused a sort: which order is used instead. */
  sortFallbackNote: (used: string) => `This server cannot sort by name; showing ${used.toLowerCase()}.`,
  recentlyAdded: 'Recently added',
  assets: 'Assets',
  resultCount: (count: string) => `${count} assets`,
  /** Said quietly beside the results when some assets in the answer could not be read. */
  skipped: (count: number) => (count === 1 ? 'One asset could not be shown.' : `${count} assets could not be shown.`),
  loadingAssets: 'Loading assets…',
  loadingMore: 'Loading more assets…',
  loadMore: 'Load more',
  noResults: 'No assets match your search. Try other words or clear the filters.',
  emptyFolder: 'This folder has no assets yet.',
  noPreview: 'No preview',
  /** A tile's type badge, and the type said after its filename (every kind but images). */
  kinds: {
    image: 'Image',
    video: 'Video',
    audio: 'Audio',
    pdf: 'PDF',
    document: 'Document',
    file: 'File',
  } as Record<string, string>,
  /** A running time in words, for the name of a video or audio tile (its badge shows `0:04`). */
  durationSpoken: (hours: number, minutes: number, seconds: number) =>
    [
      hours ? `${hours} ${hours === 1 ? 'hour' : 'hours'}` : '',
      minutes ? `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}` : '',
      seconds ? `${seconds} ${seconds === 1 ? 'second' : 'seconds'}` : '',
    ]
      .filter(Boolean)
      .join(' '),
  selected: (count: number) => `${count} selected`,
  clearSelection: 'Clear selection',
  select: (name: string) => `Select ${name}`,
  maxReached: (max: number) => `You can choose up to ${max}.`,
  notAccepted: 'This file type cannot be chosen here.',
  licenceExpired: 'Licence expired',
  expiredNotSelectable: 'Its licence has expired, so it cannot be chosen.',
  back: 'Back to assets',
  previous: 'Previous asset',
  next: 'Next asset',
  position: (index: number, total: number) => `${index} of ${total}`,
  details: 'Details',
  fileTypeLabel: 'Type',
  size: 'Size',
  dimensions: 'Dimensions',
  dimensionsValue: (width: number, height: number) => `${width} × ${height} px`,
  duration: 'Duration',
  date: 'Added',
  download: 'Download',
  downloadFormat: 'Format',
  original: 'Original file',
  downloadSelected: (count: number) => `Download ${count} as zip`,
  downloadPreparing: 'Preparing your download…',
  downloadProgress: 'Download progress',
  downloadReady: 'Your download is ready.',
  downloadSave: 'Save file',
  downloadCancelled: 'Download cancelled.',
  downloadFailed: 'The download could not be prepared.',
  /** The finished file was handed to the browser with the visitor's click. */
  downloadStarted: 'Your download has started.',
  /** Beside "Your download has started.", for a browser that did not save it. */
  downloadAgain: 'Save again',
  /** The format menu's choice that opens the width, height and file type fields. */
  customSize: 'Custom size',
  customWidth: 'Width (px)',
  customHeight: 'Height (px)',
  customFormat: 'File type',
  customHint: 'The image keeps its proportions and fits within this width and height.',
  /** Under a width that is not a whole number of pixels from 1 to `max` (written out, "10,000"). */
  customWidthError: (max: string) => `Enter the width as a whole number of pixels, from 1 to ${max}.`,
  customHeightError: (max: string) => `Enter the height as a whole number of pixels, from 1 to ${max}.`,
  /** The dialog asking to accept the site's terms before the first download. */
  termsTitle: 'Terms of use',
  termsIntro: 'Please read and accept these terms before you download.',
  termsAccept: 'Accept and download',
  /** A portal the API does not know (404): what the visitor can do about it. */
  notFoundTitle: 'We could not find this portal',
  notFoundHelp:
    'The link may be mistyped, or the portal may have been renamed or closed. Check the link you were given, or ask the person who sent it for a new one.',
};
