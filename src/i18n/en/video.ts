/**
 * A Dash asset's video that plays through a download job (src/api/video.ts): the portal browser's
 * asset view and the gallery's lightbox both show these.
 */
export const video = {
  /** The Play button, while the file is fetched, where the video cannot play, and a failed fetch. */
  playVideo: 'Play video',
  videoLoading: 'Getting the video…',
  videoNotPlayable: 'This video cannot be played here: downloading it is not allowed.',
  videoFailed: 'The video could not be loaded. Try again.',
};
