/**
 * The icon of a file shown without a preview: a page with its kind drawn on it (video, audio,
 * archive) or its extension written on it (PDF, DOCX, …). Lit templates: no markup strings.
 */
import { html, svg, type TemplateResult } from 'lit';

export type FileKind = 'video' | 'audio' | 'archive' | 'document';

/** The kind of a file, from its MIME type or, where that says nothing, its extension. */
export function fileKind(type: string, extension: string): FileKind {
  if (type.startsWith('video/')) return 'video';
  if (type.startsWith('audio/')) return 'audio';
  return /zip|rar|7z|tar|gz/.test(`${type} ${extension}`) ? 'archive' : 'document';
}

/** What each kind draws on the page (a document writes its extension instead). */
const GLYPHS: Record<FileKind, string> = {
  video: 'M10 11.5v6l5-3z',
  audio: 'M13 18v-7l3 1m-3 6a1.5 1.5 0 1 1-3 0 1.5 1.5 0 1 1 3 0',
  archive: 'M11 4h2m-2 3h2m-2 3h2m-2 3h2v3h-2z',
  document: '',
};

export function renderFileIcon(name: string, type: string): TemplateResult {
  const extension = name.includes('.') ? name.split('.').pop()!.toLowerCase() : '';
  const kind = fileKind(type, extension);
  return html`<svg viewBox="0 0 24 24" aria-hidden="true" data-kind=${kind}>
    <path d="M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8zm0 0v6h6${GLYPHS[kind]}" />
    ${kind === 'document' ? svg`<text x="12" y="17.5">${extension.slice(0, 4).toUpperCase()}</text>` : ''}
  </svg>`;
}
