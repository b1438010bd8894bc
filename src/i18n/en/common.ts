/**
 * What every element shows from its first render: the shared words (loading, empty, buttons) and
 * the error state, its title and one plain-words message per `DashErrorCode`. One module, because
 * every element loads both at once.
 */
export const common = {
  loading: 'Loading…',
  retry: 'Try again',
  close: 'Close',
  cancel: 'Cancel',
  empty: 'Nothing here yet.',
};

export const errors = {
  title: 'Something went wrong',
  network: 'We could not reach the server. Check your connection and try again.',
  timeout: 'The server took too long to answer. Try again in a moment.',
  unauthorized: 'Your access has expired or was not accepted.',
  forbidden: 'You do not have permission to do that.',
  'not-found': 'We could not find what you asked for. Check the address and try again.',
  conflict: 'That change conflicts with another one. Reload and try again.',
  'bad-request': 'The server did not accept that request.',
  'rate-limited': 'The server is busy right now. Try again later.',
  server: 'The server had a problem. Try again in a moment.',
  'invalid-response': 'The server sent something we could not read. Try again later.',
  'invalid-config': 'This element is not set up correctly.',
  'passcode-required': 'This portal needs a passcode.',
  'wrong-passcode':
    'That passcode is not right, or it has characters that cannot be sent as typed (such as emoji). Check it and type it again.',
  'job-failed': 'The server could not finish the job. Try again.',
  'upload-failed': 'The upload failed.',
  'file-rejected': 'That file cannot be uploaded here.',
};
