import { render, type TemplateResult } from 'lit';

/**
 * Keyed rendering of the visible tiles into the list: an item keeps its `<li>` (and its loaded
 * `<img>`) while it stays near the viewport, new ones are inserted in position order, the rest
 * removed. This is the part of Lit's `repeat()` the virtualizer needs, written out because the
 * directive (with its helpers) would cost over 1 KB gzip of the gallery's budget; geometry is set
 * through the CSSOM, which a strict CSP allows (a `style` attribute would not be).
 */
export class CellList {
  private cells = new Map<string, HTMLLIElement>();
  private list?: HTMLElement;

  constructor(private readonly host: object) {}

  /**
   * Renders `indexes` (ascending) into `list`. `place` sets a cell's position and attributes;
   * `template` renders its content.
   */
  update(
    list: HTMLElement,
    indexes: number[],
    keyOf: (index: number) => string,
    place: (cell: HTMLLIElement, index: number) => void,
    template: (index: number) => TemplateResult,
  ): void {
    if (list !== this.list) {
      this.list = list;
      this.cells.clear();
    }
    const keys = indexes.map(keyOf);
    const wanted = new Set(keys);
    // Remove first, so cells that stay are never moved (moving a node would drop its focus).
    for (const [key, cell] of this.cells) {
      if (!wanted.has(key)) {
        cell.remove();
        this.cells.delete(key);
      }
    }
    let cursor = list.firstElementChild;
    indexes.forEach((index, i) => {
      let cell = this.cells.get(keys[i]);
      if (!cell) {
        cell = document.createElement('li');
        cell.className = 'cell';
        this.cells.set(keys[i], cell);
      }
      place(cell, index);
      render(template(index), cell, { host: this.host });
      if (cell === cursor) cursor = cursor.nextElementSibling;
      else list.insertBefore(cell, cursor);
    });
  }
}
