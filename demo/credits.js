/**
 * The photo credits line at the foot of every demo page: what the seeded images show, by whom and
 * under which licence (the backend's `/demo-data/credits.json`; CREDITS.md has the same list).
 * Nothing is shown while the backend serves generated artwork (no photos on this machine).
 */
import { apiBase } from '/demo-config.js';

const response = await fetch(`${apiBase}/demo-data/credits.json`).catch(() => undefined);
const credits = response?.ok ? await response.json() : undefined;
if (credits?.photos?.length) {
  const footer = document.createElement('footer');
  footer.className = 'demo-credits';
  footer.append('Photos: ');
  credits.photos.forEach((photo, i) => {
    if (i > 0) footer.append('; ');
    const title = document.createElement(/^https?:\/\//.test(photo.source ?? '') ? 'a' : 'span');
    if (title instanceof HTMLAnchorElement) title.href = photo.source;
    title.textContent = photo.title;
    footer.append(title, ` by ${photo.author} (${photo.licence})`);
  });
  footer.append('. From scikit-image\u2019s sample data (Debian package python3-skimage); see CREDITS.md.');
  const style = document.createElement('style');
  style.textContent = `.demo-credits { margin-block: 3rem 1rem; font-size: 0.8rem; opacity: 0.75; }`;
  document.head.append(style);
  document.body.append(footer);
}
