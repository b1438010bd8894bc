import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/browse/folders.js';
import type { DashFolderTree, FolderLoader } from '../../src/browse/folders.js';
import { getChildFolders, getFolderSettings, getTopFolders } from '../../src/api/folders.js';
import { portalTokenSource } from '../../src/api/tokens.js';
import { apiBase, resetBackend, setFaults } from '../support/backend.js';

async function pressLoader(): Promise<{ loader: FolderLoader; calls: (string | null)[] }> {
  const base = { apiBase };
  const ctx = { ...base, auth: portalTokenSource(base, { subdomain: 'demo', portal: 'press' }) };
  const { fieldId } = await getFolderSettings(ctx);
  const calls: (string | null)[] = [];
  const loader: FolderLoader = (parentId, signal) => {
    calls.push(parentId);
    return parentId ? getChildFolders(ctx, fieldId, parentId, { signal }) : getTopFolders(ctx, fieldId, { signal });
  };
  return { loader, calls };
}

const items = (el: DashFolderTree) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=treeitem]')];
const focused = (el: DashFolderTree) => el.shadowRoot!.activeElement as HTMLElement | null;
const name = (item: HTMLElement | null) => item?.querySelector('.label')?.textContent ?? '';

describe('dash-folder-tree', () => {
  beforeEach(() => resetBackend());
  afterEach(() => resetBackend());

  it('follows the tree pattern: one tab stop, arrows, Home/End, Right/Left, Enter selects', async () => {
    const { loader, calls } = await pressLoader();
    const el = await fixture<DashFolderTree>(
      html`<dash-folder-tree .label=${'Folders'} .rootLabel=${'All'} .loader=${loader}></dash-folder-tree>`,
    );
    await waitUntil(() => items(el).length > 1, 'no folders');
    expect(items(el).filter((i) => i.tabIndex === 0).length).to.equal(1);
    expect(items(el).map((i) => i.getAttribute('aria-posinset'))).to.deep.equal(['1', '2', '3', '4', '5']);
    expect(calls).to.deep.equal([null]);

    items(el)[0].focus();
    await sendKeys({ press: 'End' });
    expect(name(focused(el))).to.equal('Events');
    await sendKeys({ press: 'Home' });
    expect(name(focused(el))).to.equal('All');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' }); // opens Marketing: children load now, not before
    await waitUntil(() => items(el).some((i) => i.getAttribute('aria-level') === '2'), 'children did not load');
    expect(calls.length).to.equal(2);
    await sendKeys({ press: 'ArrowRight' }); // into the first child
    expect(focused(el)!.getAttribute('aria-level')).to.equal('2');
    await sendKeys({ press: 'ArrowLeft' }); // back to the parent
    expect(name(focused(el))).to.equal('Marketing');
    await sendKeys({ press: 'ArrowLeft' }); // closes it
    expect(focused(el)!.getAttribute('aria-expanded')).to.equal('false');
    const selected = oneEvent(el, 'folder-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await selected;
    expect(detail.folder.value).to.equal('Marketing');
    expect(detail.path.map((f: { value: string }) => f.value)).to.deep.equal(['Marketing']);
    expect(focused(el)!.getAttribute('aria-selected')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('shows a failed load with a retry', async () => {
    const { loader } = await pressLoader();
    await setFaults({ routes: [{ method: 'POST', path: '^/field-option-searches$', status: 404 }] });
    const el = await fixture<DashFolderTree>(
      html`<dash-folder-tree .label=${'Folders'} .loader=${loader}></dash-folder-tree>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), 'no error shown');
    await expect(el).to.be.accessible();
    await setFaults({});
    el.shadowRoot!.querySelector<HTMLButtonElement>('[role=alert] button')!.click();
    await waitUntil(() => items(el).length === 4, 'retry did not load the folders');
  });
});
