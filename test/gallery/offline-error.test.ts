// Offline, the gallery's data request fails and so does the lazy chunk of its error state. The
// visitor must still read what happened and get a retry that works once the network is back.
// (Its own test file: the error state's module is loaded once per page.)
import { expect } from '@open-wc/testing';
import { $, apiBase, cells, mount, until } from './helpers.js';
import { DashGallery } from '../../src/gallery.js';

describe('dash-gallery: error state when its own code cannot load (offline)', () => {
  const loadErrorState = DashGallery.loadErrorState;
  after(() => {
    DashGallery.loadErrorState = loadErrorState;
  });

  it('shows the plain message and a retry that recovers', async () => {
    let attempts = 0;
    DashGallery.loadErrorState = () => {
      attempts++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    };
    const errors: string[] = [];
    const onError = (e: Event) => errors.push((e as CustomEvent<{ code: string }>).detail.code);
    document.addEventListener('dash-error', onError);
    try {
      const el = await mount({ attrs: { source: 'json', src: 'http://127.0.0.1:9/gallery.json' }, wait: 'error' });
      const alert = $(el, '[part=error]')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.textContent).to.contain('Check your connection and try again.');
      expect(errors).to.deep.equal(['network']);
      expect(attempts).to.equal(1);

      // Back online: the retry loads the error state's module again and the gallery's data.
      DashGallery.loadErrorState = loadErrorState;
      el.setAttribute('src', `${apiBase}/demo-data/gallery.json`);
      await until(() => cells(el).length > 0, 'the gallery did not recover');
      expect($(el, '[part=error]')).to.equal(null);
    } finally {
      document.removeEventListener('dash-error', onError);
    }
  });

  it('the fallback retry button tries the data and the module again', async () => {
    // The module failed to load in the test above and is not fetched again on its own: the
    // fallback shows at once.
    DashGallery.loadErrorState = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const el = await mount({ attrs: { source: 'json', src: 'http://127.0.0.1:9/gallery.json' }, wait: 'error' });
    expect($(el, '[part=error]')!.textContent).to.contain('Check your connection and try again.');
    expect($(el, '[part=error] strong')).to.equal(null);
    DashGallery.loadErrorState = loadErrorState;
    ($(el, '[part=retry-button]') as HTMLButtonElement).click();
    // The data still fails (nothing listens there), but now the full error state renders.
    await until(() => $(el, '[part=error] strong'), 'the full error state never rendered');
    expect($(el, '[part=error]')!.textContent).to.contain('We could not reach the server');
  });
});
