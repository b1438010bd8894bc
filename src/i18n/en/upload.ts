/** <dash-guest-upload>. */
const files = (count: number) => `${count} ${count === 1 ? 'file' : 'files'}`;

export const upload = {
  region: 'File upload',
  emailLabel: 'Your email address',
  emailHint: 'So the team knows who sent these files.',
  emailInvalid: 'Enter an email address like name@example.com.',
  useEmail: 'Use this email',
  uploadFiles: (count: number) => `Upload ${files(count)}`,
  sendingAs: 'Sending as',
  dropTitle: 'Drop files here, paste them, or',
  choose: 'Choose files',
  chooseFolder: 'Choose folder',
  /** The camera button on phones, for what the link accepts. */
  camera: (photo: boolean, video: boolean): string =>
    photo && video ? 'Take photo or video' : photo ? 'Take photo' : 'Record video',
  /** Names for `accept`'s MIME groups; other types and extensions are shown as `PNG`, `RAW`. */
  kinds: { image: 'images', video: 'videos', audio: 'audio files', pdf: 'PDFs' } as Record<string, string>,
  /** "Images up to 20 MB, at most 10 files" (`kinds` a list of accepted kinds or '', `size` '' for no limit). */
  restrictions: (kinds: string, size: string, count: number) =>
    [size ? `${kinds || 'files'} up to ${size}` : kinds && `${kinds} only`, count && `at most ${files(count)}`]
      .filter(Boolean)
      .join(', '),
  filesLabel: 'Files',
  status: {
    waiting: 'Waiting for your email',
    queued: 'Waiting',
    uploading: 'Uploading',
    paused: 'Paused',
    done: 'Uploaded',
    failed: 'Failed',
  } as Record<string, string>,
  progressOf: (done: string, total: string) => `${done} of ${total}`,
  speed: (perSecond: string) => `${perSecond}/s`,
  timeLeft: (time: string) => `${time} left`,
  retrying: 'Retrying…',
  /** A file held while the connection is gone. */
  held: 'Waiting for the connection',
  offline: 'No connection. Uploads are paused and go on by themselves when you are back online; what was sent is kept.',
  online: 'Back online: uploads go on.',
  total: 'Total',
  pause: 'Pause',
  resume: 'Resume',
  cancel: 'Cancel',
  retry: 'Retry',
  pauseAll: 'Pause all',
  resumeAll: 'Resume all',
  cancelAll: 'Cancel all',
  rejectedType: (name: string) => `${name} was not added: this file type is not accepted here.`,
  rejectedSize: (name: string, limit: string) => `${name} was not added: it is larger than ${limit}.`,
  /** Files past `max-files` (one note for all of them: a folder can bring hundreds). */
  rejectedCount: (count: number, limit: number) =>
    `${count === 1 ? '1 file was' : `${count} files were`} not added: at most ${files(limit)} can be uploaded here.`,
  /** A dropped or chosen folder's files list. */
  folder: (name: string) => `Folder ${name}`,
  /** A folder's progress, before its bytes: "12 of 40 files uploaded". */
  folderProgress: (done: number, total: number) => `${done} of ${files(total)} uploaded`,
  folderUnreadable: 'The folder could not be read. Drop or choose it again.',
  duplicate: (name: string) => `${name} is already in the list.`,
  started: (count: number) => `Uploading ${files(count)}.`,
  progressAnnouncement: (percent: number) => `Upload ${percent}% complete.`,
  fileFailed: (name: string, reason: string) => `${name} failed: ${reason}`,
  allDone: (count: number) => `All done: ${files(count)} uploaded.`,
  cancelled: (name: string) => `${name} cancelled.`,
  cancelledLeft: (name: string) =>
    `${name} cancelled. The parts already sent could not be deleted now; the storage removes them automatically later.`,
  restarted: (name: string) => `${name} could not continue where it stopped, so it starts again from the start.`,
  unreadable: 'This file changed or moved since it was chosen. Choose it again to upload it.',
  chooseAgain: 'Choose again',
  /** A failed file, in a guest's words (the technical reason goes to `dash-upload-error` and `dash-error`). */
  failed: 'This file could not be sent. Please try again.',
  uploaded: (count: number) => `${files(count)} uploaded`,
  sentTo: (size: string, to: string) => (to ? `${size} sent to “${to}”.` : `${size} sent.`),
  uploadMore: 'Upload more',
  unfinished: 'Not finished last time; choose these files again to continue:',
  missingConfig: 'Set subdomain and guest-upload (or target="dash-social" with brand and a token).',
};
