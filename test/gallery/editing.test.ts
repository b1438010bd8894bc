import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetBackend, setFaults } from '../support/backend.js';
import { getCmsGallery } from '../../src/api/cms.js';
import { $, $$, alts, apiBase, HOST_TOKEN, mount, nextEvent, until } from './helpers.js';
import type { DashGallery } from '../../src/gallery.js';

const ctx = { apiBase, auth: { getToken: async () => HOST_TOKEN, refresh: async () => HOST_TOKEN } };
const SUMMER = { source: 'cms', gallery: 'summer-2026', editable: true };

const mountEditable = async () => {
  const el = await mount({ attrs: SUMMER, token: HOST_TOKEN });
  await until(() => $(el, '[part=edit-tools]'), 'no edit tools');
  return el;
};

/** Alts in the order the server now stores (sorted by `order`, as the API defines it). */
async function serverAlts(id: string): Promise<string[]> {
  const gallery = await getCmsGallery(ctx, id);
  return gallery.gallery_media
    .map((m, i) => ({ m, i }))
    .sort((a, b) => a.m.order - b.m.order || a.i - b.i)
    .map(({ m }) => m.media.alt_text ?? '');
}

async function altArrow(el: DashGallery, position: number, arrow: 'ArrowRight' | 'ArrowLeft'): Promise<void> {
  $<HTMLButtonElement>(el, `.cell[aria-posinset="${position}"] .tile`)!.focus();
  await sendKeys({ down: 'Alt' });
  await sendKeys({ press: arrow });
  await sendKeys({ up: 'Alt' });
}

describe('dash-gallery: editing (cms)', () => {
  beforeEach(() => resetBackend());
  after(() => resetBackend());

  it('visitors never see editing controls', async () => {
    const noToken = await mount({ attrs: SUMMER, wait: 'error' });
    expect($(noToken, '[part=edit-tools]')).to.equal(null);
    const notEditable = await mount({ attrs: { source: 'cms', gallery: 'summer-2026' }, token: HOST_TOKEN });
    expect($(notEditable, '[part=edit-tools]')).to.equal(null);
    const json = await mount({ attrs: { source: 'json', src: `${apiBase}/demo-data/gallery.json`, editable: true } });
    expect($(json, '[part=edit-tools]')).to.equal(null);
  });

  it('reorders by keyboard (Alt+Arrow), announces it, saves every id, and the new order survives a reload', async () => {
    const el = await mountEditable();
    const before = alts(el);
    const changed = nextEvent<{ items: { id: string }[] }>(el, 'dash-gallery-change');
    await altArrow(el, 1, 'ArrowRight');
    expect(alts(el).slice(0, 2)).to.deep.equal([before[1], before[0]]);
    await until(() => $(el, '[role=status]')!.textContent!.includes('moved to position 2 of 7'), 'no announcement');
    const { detail } = await changed;
    expect(detail.items).to.have.length(7);
    // Focus follows the moved tile.
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.cell[aria-posinset="2"] .tile'));

    const id = (await getCmsGallery(ctx, (await findId())!)).id;
    expect(await serverAlts(id)).to.deep.equal(alts(el));
    const reloaded = await mount({ attrs: { source: 'cms', gallery: 'summer-2026' }, token: HOST_TOKEN });
    expect(alts(reloaded)).to.deep.equal(alts(el));
    await expect(el).to.be.accessible();
  });

  it('rolls back a failed reorder with a message', async () => {
    const el = await mountEditable();
    const before = alts(el);
    await setFaults({ routes: [{ method: 'POST', path: '/media/reorder$', status: 500 }] });
    const error = nextEvent<{ code: string }>(el, 'dash-error');
    await altArrow(el, 2, 'ArrowLeft');
    expect((await error).detail.code).to.equal('server');
    await until(() => $(el, '[part=edit-error]'), 'no failure message');
    expect($(el, '[part=edit-error]')!.getAttribute('role')).to.equal('alert');
    expect($(el, '[part=edit-error]')!.textContent).to.contain('could not be saved');
    expect(alts(el)).to.deep.equal(before);
    await setFaults({});
    expect(await serverAlts((await findId())!)).to.deep.equal(before);
  });

  it('edits a caption (at most 500 characters) in a dialog', async () => {
    const el = await mountEditable();
    $<HTMLButtonElement>(el, '.cell[aria-posinset="1"] [aria-label="Edit caption"]')!.click();
    const dialog = await until(() => $<HTMLDialogElement>(el, 'dialog[open]'), 'no dialog');
    const textarea = dialog.querySelector('textarea')!;
    expect(textarea.value).to.equal('Eileen Collins, first woman to command a shuttle');
    expect(textarea.maxLength).to.equal(500);
    expect(dialog.getAttribute('aria-labelledby')).to.equal('caption-title');
    textarea.value = 'Opening night, 2026';
    const changed = nextEvent(el, 'dash-gallery-change');
    dialog.querySelector<HTMLButtonElement>('button[value=save]')!.click();
    await changed;
    const gallery = await getCmsGallery(ctx, (await findId())!);
    expect(
      gallery.gallery_media.find(
        (m) => m.media.alt_text === 'Astronaut Eileen Collins smiling, a shuttle model behind her',
      )!.caption,
    ).to.equal('Opening night, 2026');
  });

  it('reorders by drag and drop onto another tile', async () => {
    const el = await mountEditable();
    const before = alts(el);
    const transfer = new DataTransfer();
    const fire = (target: Element, type: string) =>
      target.dispatchEvent(
        new DragEvent(type, { dataTransfer: transfer, bubbles: true, composed: true, cancelable: true }),
      );
    const changed = nextEvent(el, 'dash-gallery-change');
    fire($(el, '.cell[aria-posinset="3"] .handle')!, 'dragstart');
    const target = $(el, '.cell[aria-posinset="1"] .tile')!;
    fire(target, 'dragover');
    fire(target, 'drop');
    await changed;
    expect(alts(el)).to.deep.equal([before[2], before[0], before[1], ...before.slice(3)]);
    expect(await serverAlts((await findId())!)).to.deep.equal(alts(el));
  });

  it('removes an item and saves it', async () => {
    const el = await mountEditable();
    const before = alts(el);
    const changed = nextEvent(el, 'dash-gallery-change');
    $<HTMLButtonElement>(el, '.cell[aria-posinset="3"] [aria-label="Remove"]')!.click();
    await changed;
    expect(alts(el)).to.deep.equal([...before.slice(0, 2), ...before.slice(3)]);
    expect(await serverAlts((await findId())!)).to.deep.equal(alts(el));
    expect($$(el, '.cell')[0].getAttribute('aria-setsize')).to.equal('6');
  });

  it('moves a tile with one click on its Move later button (no drag needed) and saves the order', async () => {
    const el = await mountEditable();
    const before = alts(el);
    const changed = nextEvent(el, 'dash-gallery-change');
    $<HTMLButtonElement>(el, '.cell[aria-posinset="1"] [aria-label="Move later"]')!.click();
    await changed;
    expect(alts(el).slice(0, 2)).to.deep.equal([before[1], before[0]]);
    expect(await serverAlts((await findId())!)).to.deep.equal(alts(el));
  });

  it('points the move arrows the way the gallery runs: a right-to-left dir given by the page flips them', async () => {
    const el = await mountEditable();
    const mirrored = () =>
      $$(el, '.cell[aria-posinset="2"] .arrow').map((arrow) => new DOMMatrix(getComputedStyle(arrow).transform).a);
    expect(mirrored()).to.deep.equal([1, 1]);
    // English strings in a gallery the page made right to left: "Move earlier" moves the tile to
    // the right.
    el.dir = 'rtl';
    el.requestUpdate();
    await el.updateComplete;
    expect(mirrored()).to.deep.equal([-1, -1]);
    // The glyphs the buttons show point right (earlier) and left (later) there.
    const [earlier, later] = $$(el, '.cell[aria-posinset="2"] .arrow');
    expect([earlier.textContent, later.textContent]).to.deep.equal(['←', '→']);
  });
});

async function findId(): Promise<string | undefined> {
  const response = await fetch(`${apiBase}/api/v1/galleries`, { headers: { authorization: `Bearer ${HOST_TOKEN}` } });
  const list = (await response.json()) as { id: string; slug: string }[];
  return list.find((g) => g.slug === 'summer-2026')?.id;
}
