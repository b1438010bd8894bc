/**
 * Editing for CMS authors (`editable`): reorder by drag and by keyboard (Alt + Arrow keys, or the
 * move buttons), edit a caption, remove an item. Every edit is optimistic — the grid changes at
 * once — and is rolled back with a visible message when the save fails. Edits run one after
 * another, so a rollback always restores the state the failed edit started from.
 *
 * Loaded by dynamic import only when a gallery is editable: visitors never download it.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { MAX_CAPTION_LENGTH, type GalleryEdits, type GalleryItem } from '../../api/adapters/types.js';
import { localize, type SectionStrings } from '../../i18n/index.js';
import { logicalKey } from '../../core/keys.js';
import { common } from '../../i18n/en/common.js';
import { gallery } from '../../i18n/en/gallery.js';
import { edit } from '../../i18n/en/edit.js';
import { adoptStyles, controlStyles } from '../../core/control.styles.js';
import { editStyles } from './edit.styles.js';
import type { SourceController } from './source-controller.js';
import type { DashGallery } from './gallery.js';

/**
 * What the controller uses of the gallery: its public API (the editing code talks to the element
 * the way a host page could), so the gallery's first load carries no adapter object for it.
 */
export type EditHost = Pick<
  DashGallery,
  | 'locale'
  | 'announce'
  | 'tileFor'
  | 'emit'
  | 'addController'
  | 'removeController'
  | 'requestUpdate'
  | 'updateComplete'
  | 'shadowRoot'
>;

/** The sections the editing controls render. */
const editStrings = { common, gallery, edit };

/** Alt + an arrow key: how far the tile moves in the gallery's order (arrows as the layout runs). */
const MOVES: Record<string, number> = { ArrowLeft: -1, ArrowUp: -1, ArrowRight: 1, ArrowDown: 1 };

export class EditController implements ReactiveController {
  /** A failed save's message, shown until the next edit. */
  private message = '';
  private queue: Promise<void> = Promise.resolve();
  private dragFrom = -1;
  private captionIndex = -1;

  constructor(
    private readonly host: EditHost,
    /** The gallery's data: every item (not cut by `limit` — the CMS wants every id on reorder). */
    private readonly data: SourceController,
    private readonly onError: (error: unknown) => void,
  ) {
    host.addController(this);
    // Adopted on demand so visitors' pages never load the editing styles (nor the buttons').
    if (host.shadowRoot) adoptStyles(host.shadowRoot, controlStyles, editStyles);
  }

  hostConnected(): void {}

  dispose(): void {
    this.host.removeController(this);
  }

  private get strings(): SectionStrings<keyof typeof editStrings> {
    return localize(this.host.locale, editStrings);
  }

  private get s() {
    return this.strings.edit;
  }

  /** Moves item `from` by `delta` places and saves the whole order. */
  move(from: number, delta: number): void {
    const items = [...this.data.items];
    const to = Math.min(items.length - 1, Math.max(0, from + delta));
    this.moveTo(from, to);
  }

  private moveTo(from: number, to: number): void {
    const items = [...this.data.items];
    if (from === to || !items[from] || !items[to]) return;
    const [item] = items.splice(from, 1);
    items.splice(to, 0, item);
    const name = this.nameOf(item, from);
    this.save(items, (edits, signal) =>
      edits.reorder(
        items.map((i) => i.id),
        signal,
      ),
    );
    this.host.announce(this.s.moved(name, to + 1, items.length));
    void this.#focusTile(to);
  }

  remove(index: number): void {
    const items = this.data.items;
    const item = items[index];
    if (!item) return;
    this.save(
      items.filter((i) => i !== item),
      (edits, signal) => edits.remove(item.id, signal),
    );
    this.host.announce(this.s.removed(this.nameOf(item, index)));
    void this.#focusTile(Math.min(index, items.length - 2));
  }

  setCaption(index: number, caption: string): void {
    const items = this.data.items;
    const item = items[index];
    const value = caption.slice(0, MAX_CAPTION_LENGTH);
    if (!item || item.caption === value) return;
    const next = items.map((i) => (i === item ? { ...i, caption: value } : i));
    this.save(next, (edits, signal) => edits.caption(item.id, value, signal));
  }

  /** Shows `optimistic` now, saves in order, and rolls back with a message on failure. */
  private save(
    optimistic: GalleryItem[],
    call: (edits: GalleryEdits, signal?: AbortSignal) => Promise<GalleryItem[]>,
  ): void {
    const edits = this.data.page?.edits;
    if (!edits) return;
    const before = this.data.items;
    this.message = '';
    this.data.replaceItems(optimistic);
    this.queue = this.queue.then(async () => {
      try {
        const saved = await call(edits);
        this.data.replaceItems(saved);
        this.host.emit('dash-gallery-change', { items: saved });
      } catch (error) {
        this.onError(error);
        this.data.replaceItems(before);
        this.message = this.s.failed;
        this.host.announce(this.s.failed);
      }
    });
  }

  async #focusTile(index: number): Promise<void> {
    (await this.host.tileFor(index))?.focus();
  }

  private nameOf(item: GalleryItem, index: number): string {
    return item.alt || item.caption || item.filename || this.strings.gallery.untitled(index + 1);
  }

  private indexOf(event: Event): number {
    const cell = (event.target as Element).closest?.<HTMLElement>('.cell');
    return cell ? Number(cell.dataset.index) : -1;
  }

  /** Alt + Arrow keys on a tile move it; right to left ← moves it later, towards the left. */
  readonly onKeyDown = (event: KeyboardEvent): void => {
    const delta = MOVES[logicalKey(event, event.target as Element)];
    const index = this.indexOf(event);
    if (!event.altKey || !delta || index < 0) return;
    event.preventDefault();
    this.move(index, delta);
  };

  readonly onDragOver = (event: DragEvent): void => {
    if (this.dragFrom >= 0) event.preventDefault();
  };

  readonly onDrop = (event: DragEvent): void => {
    const to = this.indexOf(event);
    if (this.dragFrom < 0 || to < 0) return;
    event.preventDefault();
    this.moveTo(this.dragFrom, to);
    this.dragFrom = -1;
  };

  private openCaption(index: number): void {
    this.captionIndex = index;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() =>
      this.host.shadowRoot?.querySelector<HTMLDialogElement>('.caption-dialog')?.showModal(),
    );
  }

  // Arrow functions: Lit calls template listeners with the host element as `this`.
  private readonly submitCaption = (event: SubmitEvent): void => {
    const form = event.target as HTMLFormElement;
    const dialog = form.closest('dialog');
    if (event.submitter?.getAttribute('value') === 'save') {
      this.setCaption(this.captionIndex, (form.elements.namedItem('caption') as HTMLTextAreaElement).value);
    }
    event.preventDefault();
    dialog?.close();
  };

  /** Help text, the failure message and the caption dialog, above the grid. */
  renderHelp(): TemplateResult {
    const s = this.s;
    const item = this.data.items[this.captionIndex];
    return html`<p class="edit-help" part="edit-help">${s.reorderHelp}</p>
      ${this.message ? html`<p class="edit-error" part="edit-error" role="alert">${this.message}</p>` : nothing}
      <dialog class="caption-dialog" part="caption-dialog" aria-labelledby="caption-title">
        <form @submit=${this.submitCaption}>
          <h2 id="caption-title" class="dialog-title">${s.editCaption}</h2>
          <label for="caption-input">${s.caption}</label>
          <textarea
            id="caption-input"
            name="caption"
            rows="4"
            maxlength=${MAX_CAPTION_LENGTH}
            .value=${item?.caption ?? ''}
            aria-describedby="caption-count"
            @input=${() => this.host.requestUpdate()}
          ></textarea>
          <p id="caption-count" class="count">${s.captionCount(this.currentCaptionLength(item), MAX_CAPTION_LENGTH)}</p>
          <div class="actions">
            <button class="button" type="submit" value="cancel">${this.strings.common.cancel}</button>
            <button class="button primary" type="submit" value="save">${s.save}</button>
          </div>
        </form>
      </dialog>`;
  }

  private currentCaptionLength(item: GalleryItem | undefined): number {
    const input = this.host.shadowRoot?.querySelector<HTMLTextAreaElement>('#caption-input');
    return input?.value.length ?? item?.caption.length ?? 0;
  }

  /** The editing controls of one tile. */
  renderTools(item: GalleryItem, index: number, name: string): TemplateResult {
    const s = this.s;
    const last = this.data.items.length - 1;
    return html`<div class="edit-tools" part="edit-tools" role="group" aria-label=${s.toolbar(name)}>
      <span
        class="handle"
        draggable="true"
        aria-hidden="true"
        @dragstart=${(event: DragEvent) => {
          this.dragFrom = index;
          event.dataTransfer?.setData('text/plain', item.id);
        }}
        >⠿</span
      >
      <button
        type="button"
        aria-label=${s.moveEarlier}
        title=${s.moveEarlier}
        ?disabled=${index === 0}
        @click=${() => this.move(index, -1)}
      >
        <span class="arrow">←</span>
      </button>
      <button
        type="button"
        aria-label=${s.moveLater}
        title=${s.moveLater}
        ?disabled=${index === last}
        @click=${() => this.move(index, 1)}
      >
        <span class="arrow">→</span>
      </button>
      <button type="button" aria-label=${s.editCaption} title=${s.editCaption} @click=${() => this.openCaption(index)}>
        ✎
      </button>
      <button type="button" aria-label=${s.remove} title=${s.remove} @click=${() => this.remove(index)}>✕</button>
    </div>`;
  }
}
