/** File-type guesses from a filename, for uploads (Dash detects these server-side). */
const TYPES = {
  jpg: ['image', 'jpeg', 'IMAGE'],
  jpeg: ['image', 'jpeg', 'IMAGE'],
  png: ['image', 'png', 'IMAGE'],
  gif: ['image', 'gif', 'IMAGE'],
  webp: ['image', 'webp', 'IMAGE'],
  svg: ['image', 'svg+xml', 'IMAGE'],
  heic: ['image', 'heic', 'IMAGE'],
  tif: ['image', 'tiff', 'IMAGE'],
  tiff: ['image', 'tiff', 'IMAGE'],
  mp4: ['video', 'mp4', 'VIDEO'],
  mov: ['video', 'quicktime', 'VIDEO'],
  webm: ['video', 'webm', 'VIDEO'],
  mp3: ['audio', 'mpeg', 'AUDIO'],
  wav: ['audio', 'wav', 'AUDIO'],
  pdf: ['application', 'pdf', 'DOCUMENT'],
  txt: ['text', 'plain', 'DOCUMENT'],
  zip: ['application', 'zip', 'ARCHIVE'],
};

export function mediaTypeOf(filename) {
  const ext = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase() ?? '';
  const [type, subType, fileType] = TYPES[ext] ?? ['application', 'octet-stream', 'OTHER'];
  return { mediaType: { type, subType }, fileType, contentType: `${type}/${subType}` };
}
