/**
 * Small helpers for the stories' `play` functions. The elements render into shadow roots, which
 * Testing Library's queries (`canvas`, `within`) do not enter, so plays find their targets here and
 * click or type through the play context's `userEvent` like a visitor would.
 *
 * Plain DOM only (no `storybook/test` import): story modules double as test fixtures
 * (test/asset-picker/stories.test.ts) outside Storybook.
 */

/** `selector` in `host`'s shadow root (or in `host` itself when it has none). */
export function inShadow<T extends Element = HTMLElement>(host: Element | null | undefined, selector: string): T | null {
  if (!host) return null;
  return (host.shadowRoot ?? host).querySelector<T>(selector);
}

/** Waits until `find` returns something truthy and returns it; throws `what` after `timeoutMs`. */
export async function until<T>(find: () => T | null | undefined | false, what: string, timeoutMs = 20_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The folder tree item named `name` in a browsing element (portal browser or asset picker). */
export function folderItem(element: Element, name: string): HTMLElement | undefined {
  const tree = inShadow(element, 'dash-folder-tree');
  const items = [...(tree?.shadowRoot?.querySelectorAll<HTMLElement>('[role=treeitem]') ?? [])];
  return items.find((item) => item.querySelector('.label')?.textContent?.trim() === name);
}

/** The text of the element's empty state (`part="empty"`: empty folder or no results), if shown. */
export function emptyText(element: Element): string {
  return inShadow(element, '[part~=empty]')?.textContent?.trim() ?? '';
}

/** What a play needs of its context (Storybook 10 hands every play a `userEvent` instance). */
export interface PlayContext {
  canvasElement: HTMLElement;
  userEvent: {
    click(element: Element): Promise<void>;
    type(element: Element, text: string): Promise<void>;
  };
}

/** The seeded folder with no assets (demo/backend/seed/folders.js, `EMPTY_FOLDER_PATH`). */
export const EMPTY_FOLDER_PATH = ['Events', '2027'] as const;

/** A search that matches nothing in the seed (filenames, titles and keywords are checked). */
export const UNMATCHED_QUERY = 'xyzzy-no-such-asset';

/**
 * Opens the seeded empty folder through the folder tree, as a visitor would: a click on each
 * folder of the path selects and expands it. Ends once the element shows its empty state.
 */
export async function openEmptyFolder({ canvasElement, userEvent }: PlayContext, tag: string): Promise<void> {
  const element = await until(() => canvasElement.querySelector(tag), `<${tag}>`);
  for (const name of EMPTY_FOLDER_PATH) {
    const item = await until(() => folderItem(element, name), `the folder "${name}" in the tree`);
    await userEvent.click(item);
  }
  await until(() => emptyText(element), 'the empty-folder message');
}

/** Types a query that matches nothing into the search box and submits it (Enter). */
export async function searchForNothing({ canvasElement, userEvent }: PlayContext, tag: string): Promise<void> {
  const element = await until(() => canvasElement.querySelector(tag), `<${tag}>`);
  // Wait for the first results, so the empty state that follows is the search's.
  await until(() => inShadow(element, 'dash-asset-grid:not([hidden])'), 'the first results');
  const search = await until(() => inShadow<HTMLInputElement>(element, '#search'), 'the search box');
  await userEvent.type(search, `${UNMATCHED_QUERY}{Enter}`);
  await until(() => emptyText(element), 'the no-results message');
}
