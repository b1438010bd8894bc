/** Words every element shows in its first render (loading, empty, buttons). */
export const common = {
  loading: 'Loading…',
  retry: 'Try again',
  close: 'Close',
  cancel: 'Cancel',
  empty: 'Nothing here yet.',
  /** When even the error state's own code cannot load (offline): see <dash-gallery>. */
  failed: 'Something went wrong. Check your connection and try again.',
};
