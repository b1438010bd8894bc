/**
 * The uploader's loading state: the panel it will show, in placeholders (skeleton.styles.ts), so
 * the page below does not jump when the link's texts arrive.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { matchesAccept } from '../../upload/restrictions.js';

export interface SkeletonOptions {
  /** "Loading…", said by a polite status in visually hidden words. */
  label: string;
  /** A Dash guest upload (heading, message, email) rather than a library upload (drop zone only). */
  guest: boolean;
  accept: string;
  /** The restrictions line is there. */
  restrictions: boolean;
}

/**
 * The heading and a message of two lines, three when narrow (most links have both), the email field with its button and
 * hint, and the drop zone with its prompt, buttons (the camera's on touch screens, where the link
 * takes photos or videos) and restrictions line: each in the class of the text or control it
 * stands for, so it takes that one's height. Hidden from assistive technology and inert.
 */
export function renderUploadSkeleton({ label, guest, accept, restrictions }: SkeletonOptions): TemplateResult {
  const camera = [
    ['x.jpg', 'image/jpeg'],
    ['x.mp4', 'video/mp4'],
  ].some(([name, type]) => matchesAccept({ name, type }, accept));
  return html`<div part="loading" role="status" aria-live="polite">
    <span class="visually-hidden">${label}</span>
    <div class="skeleton-frame pulse" aria-hidden="true" inert>
      ${
        guest
          ? html`<div class="heading"><span class="bone short"></span></div>
              <div><span class="bone"></span><span class="bone narrow"></span><span class="bone medium"></span></div>
              <div class="email-form">
                <span class="bone short"></span>
                <div class="email-row">
                  <span class="bone control field"></span><span class="bone control action"></span>
                </div>
                <div class="hint"><span class="bone medium"></span></div>
              </div>`
          : nothing
      }
      <div class="dropzone">
        <span class="bone medium"></span>
        <span class="bone control action"></span>
        ${camera ? html`<span class="bone control action camera"></span>` : nothing}
        <span class="bone control action"></span>
        ${restrictions ? html`<span class="bone medium restrictions"></span>` : nothing}
      </div>
    </div>
  </div>`;
}
