import { render, type TemplateResult } from 'lit';

/**
 * Keyed rendering of the visible tiles into the list: an item keeps its `<li>` (and its loaded
 * `<img>`) while it stays near the viewport, new ones are inserted in position order, the rest
 * removed. This is the part of Lit's `repeat()` the window needs; geometry is set through the
 * CSSOM, which a strict CSP allows (a `style` attribute would not be).
 */
export class CellList {
  readonly #cells = new Map<string, HTMLLIElement>();
  #list?: HTMLElement;
  #items?: unknown[];
  #keys: string[] = [];

  constructor(private readonly host: object) {}

  /**
   * Renders the cells of `indexes` (ascending) of `items` into `list`. `place` sets a cell's
   * position and attributes; `template` renders its content.
   */
  update<T extends { id: string }>(
    list: HTMLElement,
    items: T[],
    indexes: number[],
    place: (cell: HTMLLIElement, index: number) => void,
    template: (item: T, index: number) => TemplateResult,
  ): void {
    if (list !== this.#list) {
      this.#list = list;
      this.#cells.clear();
    }
    if (items !== this.#items) [this.#items, this.#keys] = [items, cellKeys(items)];
    const keys = indexes.map((index) => this.#keys[index]);
    const wanted = new Set(keys);
    // Remove first, so cells that stay are never moved (moving a node would drop its focus).
    for (const [key, cell] of this.#cells) {
      if (!wanted.has(key)) {
        cell.remove();
        this.#cells.delete(key);
      }
    }
    let cursor = list.firstElementChild;
    indexes.forEach((index, i) => {
      let cell = this.#cells.get(keys[i]);
      if (!cell) {
        cell = document.createElement('li');
        cell.className = 'cell';
        this.#cells.set(keys[i], cell);
      }
      place(cell, index);
      render(template(items[index], index), cell, { host: this.host });
      if (cell === cursor) cursor = cursor.nextElementSibling;
      else list.insertBefore(cell, cursor);
    });
  }
}

/**
 * Cell keys: the item's id with its repeat count in front (`0:id`, `1:id` …). Backends do send
 * duplicate ids (issue 16, class 9: 12 items became 7 tiles when equal keys merged); keying by
 * id keeps a moved item's cell (and its focus) when the order changes. The count goes first,
 * up to the first `:`, so no id can spell another item's key (an id `x\u00001` next to two `x`
 * did with the count appended).
 */
export function cellKeys(items: { id: string }[]): string[] {
  const seen = new Map<string, number>();
  return items.map(({ id }) => {
    const repeat = seen.get(id) ?? 0;
    seen.set(id, repeat + 1);
    return `${repeat}:${id}`;
  });
}
