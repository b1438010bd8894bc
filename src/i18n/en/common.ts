/** Words every element shows in its first render (loading, empty, buttons). */
export const common = {
  loading: 'Loading…',
  retry: 'Try again',
  close: 'Close',
  cancel: 'Cancel',
  empty: 'Nothing here yet.',
};
