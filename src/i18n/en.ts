/**
 * English UI strings — the one table every element reads. Other locales mirror this shape
 * (`Strings`) so a missing key is a type error. Functions take the values they interpolate;
 * everything they return is plain text, rendered by Lit as text, never as HTML.
 *
 * Each element owns one section; keep keys short and the wording plain.
 */
export const en = {
  common: {
    loading: 'Loading…',
    retry: 'Try again',
    close: 'Close',
    cancel: 'Cancel',
    empty: 'Nothing here yet.',
    errorTitle: 'Something went wrong',
    errors: {
      network: 'We could not reach the server. Check your connection and try again.',
      timeout: 'The server took too long to answer. Try again in a moment.',
      unauthorized: 'Your access has expired or was not accepted.',
      forbidden: 'You do not have permission to do that.',
      'not-found': 'We could not find what you asked for. Check the address and try again.',
      conflict: 'That change conflicts with another one. Reload and try again.',
      'bad-request': 'The server did not accept that request.',
      'rate-limited': 'Too many requests right now. Wait a moment and try again.',
      server: 'The server had a problem. Try again in a moment.',
      'invalid-response': 'The server sent something we could not read. Try again later.',
      'invalid-config': 'This element is not set up correctly.',
      'passcode-required': 'This portal needs a passcode.',
      'wrong-passcode': 'That passcode is not right. Check it and try again.',
      'job-failed': 'The server could not finish the job. Try again.',
      'upload-failed': 'The upload failed.',
      'file-rejected': 'That file cannot be uploaded here.',
    },
  },
  // gallery:
  gallery: {},
  // portal:
  portal: {
    region: 'Asset portal',
    passcodeTitle: 'This portal is protected',
    passcodeHelp: 'Enter the passcode you were given to see its assets.',
    passcodeLabel: 'Passcode',
    passcodeSubmit: 'Open portal',
    folders: 'Folders',
    allAssets: 'All assets',
    breadcrumb: 'You are here',
    filters: 'Search and filters',
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
    recentlyAdded: 'Recently added',
    assets: 'Assets',
    resultCount: (count: string) => `${count} assets`,
    loadingAssets: 'Loading assets…',
    loadingMore: 'Loading more assets…',
    loadMore: 'Load more',
    noResults: 'No assets match your search. Try other words or clear the filters.',
    emptyFolder: 'This folder has no assets yet.',
    noPreview: 'No preview',
    selected: (count: number) => `${count} selected`,
    clearSelection: 'Clear selection',
    select: (name: string) => `Select ${name}`,
    maxReached: (max: number) => `You can choose up to ${max}.`,
    notAccepted: 'This file type cannot be chosen here.',
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
  },
  // picker:
  picker: {},
  // upload:
  upload: {},
};

/** The shape every locale table has. */
export type Strings = typeof en;
