/**
 * Files dragged onto the drop zone or pasted anywhere on the page (a screenshot, say) go to
 * `onFiles`; a paste meant for another field on the page is left alone. A drop holding folders
 * passes every file in them, read from the folders (./folder-files.ts, loaded for it).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & { renderRoot: Node };

export class FileDropController implements ReactiveController {
  /** Files are being dragged over the drop zone. */
  dragging = false;
  readonly #host: Host;
  readonly #onFiles: (files: File[] | Promise<File[]>) => void;
  readonly #accepting: () => boolean;

  /** @param accepting whether files may be added now (pastes before then are the page's). */
  constructor(host: Host, onFiles: (files: File[] | Promise<File[]>) => void, accepting: () => boolean) {
    this.#host = host;
    this.#onFiles = onFiles;
    this.#accepting = accepting;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('paste', this.#onPaste);
  }

  hostDisconnected(): void {
    document.removeEventListener('paste', this.#onPaste);
  }

  onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.#setDragging(true);
  };

  onDragLeave = () => this.#setDragging(false);

  onDrop = (event: DragEvent) => {
    event.preventDefault();
    this.#setDragging(false);
    const transfer = event.dataTransfer;
    // Entries are taken now: the drop's items are emptied once the event is over.
    const entries = [...(transfer?.items ?? [])].map((item) => item.webkitGetAsEntry?.()).filter((e) => e != null);
    this.#onFiles(
      entries.some((entry) => entry.isDirectory)
        ? import('./folder-files.js').then(({ filesIn }) => filesIn(entries))
        : [...(transfer?.files ?? [])],
    );
  };

  #setDragging(dragging: boolean): void {
    if (this.dragging === dragging) return;
    this.dragging = dragging;
    this.#host.requestUpdate();
  }

  #onPaste = (event: ClipboardEvent) => {
    const files = [...(event.clipboardData?.files ?? [])];
    if (!this.#accepting() || files.length === 0) return;
    const target = event.composedPath()[0];
    const inOtherField =
      target instanceof HTMLElement &&
      !this.#host.renderRoot.contains(target) &&
      target.matches('input, textarea, [contenteditable]');
    if (inOtherField) return;
    event.preventDefault();
    this.#onFiles(files);
  };
}
