/**
 * The crop box over the chosen image's preview: a ratio select (the host's `crops` and "No
 * crop"), the box (drag it; arrow keys move it, Shift further, + and − resize) and a size slider.
 * On Insert, `transformation` gives the chosen image's link its crop.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Asset } from '../../api/models.js';
import { assetDimensions, assetMimeType, assetPreviewUrl } from '../../browse/asset-info.js';
import type { Strings } from '../../i18n/index.js';
import {
  cropName,
  cropTransformation,
  defaultCrop,
  moveCrop,
  parseCrops,
  resizeCrop,
  widestCrop,
  type CropPreset,
  type CropRect,
} from './crop.js';
import { fitWithin, type Size } from './rendition.js';
import type { AssetTransformation, ResizeBox } from './results.js';

/** The host's `crops` property: the attribute's text or `{label, ratio}` objects. */
export type CropsValue = string | readonly { label?: string; ratio: string | number }[];

/** The smallest box the slider offers, in percent of the widest: keeps the box a usable target. */
const MIN_PERCENT = 25;
/** How much + and − grow or shrink the box. */
const GROW = 1.1;

/** The image being cropped: its source size and its (safe) preview URL. */
interface CropAsset {
  id: string;
  image: Size;
  preview: string;
}

export class CropController implements ReactiveController {
  #presets: CropPreset[] = [];
  #source = '';
  /** Index into the presets; -1: no crop. */
  #chosen = 0;
  #asset?: CropAsset;
  #rect?: CropRect;
  #drag?: { x: number; y: number; rect: CropRect; scale: number };

  readonly #host: ReactiveControllerHost;
  readonly #strings: () => Strings;

  constructor(host: ReactiveControllerHost, strings: () => Strings) {
    this.#host = host;
    this.#strings = strings;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#drag = undefined;
  }

  /** Follows the host's `crops` and the selection: one image with a size and a preview can be cropped. */
  sync(crops: CropsValue, selection: readonly Asset[]): void {
    const source = typeof crops === 'string' ? crops : JSON.stringify(crops);
    if (source !== this.#source) {
      this.#source = source;
      this.#presets = parseCrops(crops);
      this.#chosen = 0;
      this.#rect = undefined;
    }
    const asset = selection.length === 1 ? selection[0] : undefined;
    const image = asset && assetMimeType(asset).startsWith('image/') ? assetDimensions(asset) : undefined;
    const preview = asset && assetPreviewUrl(asset);
    if (!asset || !image || !preview || this.#presets.length === 0) {
      this.#asset = undefined;
      return;
    }
    if (asset.id !== this.#asset?.id) {
      this.#asset = { id: asset.id, image, preview };
      this.#rect = undefined;
    }
    this.#rect ??= this.#preset && defaultCrop(image, this.#preset.value);
  }

  get #preset(): CropPreset | undefined {
    return this.#presets[this.#chosen];
  }

  /**
   * The crop as it is now (on Insert), as its image's own transformation: CROP, then a RESIZE into
   * the rendition's box (a `width:` or a preset's). The image's result carries the crop.
   */
  transformation(): ((asset: Asset, box: ResizeBox) => AssetTransformation | undefined) | undefined {
    const preset = this.#preset;
    const rect = this.#rect;
    const id = this.#asset?.id;
    if (!preset || !rect || !id) return undefined;
    const crop = { ...rect, ratio: preset.ratio, label: preset.label };
    return (asset, { width, height, convert }) =>
      asset.id === id
        ? {
            transformationDescription: cropTransformation(rect, width, height, convert),
            size: fitWithin(rect, width, height),
            carry: { crop },
          }
        : undefined;
  }

  #set(rect: CropRect): void {
    this.#rect = rect;
    this.#host.requestUpdate();
  }

  #choose(index: number): void {
    this.#chosen = index;
    this.#rect = this.#asset && this.#preset && defaultCrop(this.#asset.image, this.#preset.value);
    this.#host.requestUpdate();
  }

  #resize(width: number): void {
    if (this.#asset && this.#rect && this.#preset)
      this.#set(resizeCrop(this.#asset.image, this.#rect, this.#preset.value, width));
  }

  #onKey = (event: KeyboardEvent): void => {
    const { image } = this.#asset!;
    const rect = this.#rect!;
    // Image coordinates are physical: the picture is not mirrored right to left, so neither are the keys.
    const step = Math.max(1, Math.round(image.width / 100)) * (event.shiftKey ? 10 : 1);
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    const move = moves[event.key];
    if (move) this.#set(moveCrop(image, rect, ...move));
    else if (event.key === '+' || event.key === '=') this.#resize(rect.width * GROW);
    else if (event.key === '-') this.#resize(rect.width / GROW);
    else return;
    event.preventDefault();
  };

  #onPointerDown = (event: PointerEvent): void => {
    const box = event.currentTarget as HTMLElement;
    const stage = box.parentElement!;
    box.setPointerCapture(event.pointerId);
    box.focus();
    const scale = this.#asset!.image.width / stage.clientWidth;
    this.#drag = { x: event.clientX, y: event.clientY, rect: this.#rect!, scale };
    event.preventDefault();
  };

  #onPointerMove = (event: PointerEvent): void => {
    const drag = this.#drag;
    if (!drag || !this.#asset) return;
    const dx = (event.clientX - drag.x) * drag.scale;
    const dy = (event.clientY - drag.y) * drag.scale;
    this.#set(moveCrop(this.#asset.image, drag.rect, dx, dy));
  };

  #onPointerUp = (): void => {
    this.#drag = undefined;
  };

  /** A click on the picture centres the box there: moving it without dragging (WCAG 2.5.7). */
  #onStageClick = (event: MouseEvent): void => {
    const image = this.#asset?.image;
    const rect = this.#rect;
    if (!image || !rect) return;
    const stage = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const x = ((event.clientX - stage.left) / stage.width) * image.width;
    const y = ((event.clientY - stage.top) / stage.height) * image.height;
    this.#set(moveCrop(image, rect, x - (rect.x + rect.width / 2), y - (rect.y + rect.height / 2)));
  };

  render(): TemplateResult | typeof nothing {
    const asset = this.#asset;
    if (!asset) return nothing;
    const t = this.#strings().picker;
    const preset = this.#preset;
    const rect = this.#rect;
    const onSelect = (event: Event) => this.#choose(Number((event.target as HTMLSelectElement).value));
    return html`<div class="crop" part="crop">
      <div class="field">
        <label for="crop">${t.crop}</label>
        <select id="crop" @change=${onSelect}>
          <option value="-1" ?selected=${!preset}>${t.noCrop}</option>
          ${this.#presets.map(
            (option, index) =>
              html`<option value=${index} ?selected=${index === this.#chosen}>${cropName(option)}</option>`,
          )}
        </select>
      </div>
      ${preset && rect ? this.#renderBox(asset, preset, rect, t) : nothing}
    </div>`;
  }

  #renderBox(asset: CropAsset, preset: CropPreset, rect: CropRect, t: Strings['picker']): TemplateResult {
    const { image } = asset;
    const widest = widestCrop(image, preset.value);
    const percent = Math.round((rect.width / widest) * 100);
    const pct = (value: number, of: number) => `${((value / of) * 100).toFixed(3)}%`;
    // Physical left/top: they are positions in the (unmirrored) picture, not in the text's direction.
    const place = `left:${pct(rect.x, image.width)};top:${pct(rect.y, image.height)};width:${pct(rect.width, image.width)};height:${pct(rect.height, image.height)}`;
    // A click on the picture is the pointer's way to place the box without dragging; the keyboard's
    // is the box itself (arrow keys), so the picture needs no key handler of its own.
    /* eslint-disable lit-a11y/click-events-have-key-events */
    return html`<div class="crop-stage" style="--ratio:${image.width / image.height}">
        <img src=${asset.preview} alt="" draggable="false" @click=${this.#onStageClick} />
        <div
          class="crop-box"
          part="crop-box"
          role="slider"
          tabindex="0"
          aria-label=${t.cropBox(cropName(preset))}
          aria-describedby="crop-hint"
          aria-valuemin=${MIN_PERCENT}
          aria-valuemax="100"
          aria-valuenow=${percent}
          aria-valuetext=${t.cropValue(preset.ratio, rect.width, rect.height, rect.x, rect.y)}
          style=${place}
          @keydown=${this.#onKey}
          @pointerdown=${this.#onPointerDown}
          @pointermove=${this.#onPointerMove}
          @pointerup=${this.#onPointerUp}
          @pointercancel=${this.#onPointerUp}
        ></div>
      </div>
      <div class="field crop-size">
        <label for="crop-size">${t.cropSize}</label>
        <input
          id="crop-size"
          type="range"
          min=${MIN_PERCENT}
          max="100"
          .value=${String(percent)}
          @input=${(event: Event) => this.#resize(((event.target as HTMLInputElement).valueAsNumber / 100) * widest)}
        />
      </div>
      <p class="hint" id="crop-hint">${t.cropHint}</p>`;
    /* eslint-enable lit-a11y/click-events-have-key-events */
  }
}

/**
 * The crop panel takes the footer's first row; the stage fits a phone without scrolling sideways.
 * An inline picker grows by the panel so the results keep their room; on a narrow one the stage is
 * lower.
 */
export const cropStyles = css`
  :host(:not([modal])) .picker:has(.crop-stage) {
    block-size: calc(var(--dash-picker-height, 36rem) + min(14rem, 35dvh));
  }
  @container (max-width: 40rem) {
    .crop-stage {
      --_stage: min(10rem, 28dvh);
    }
  }
  .crop {
    order: -1;
    flex: 1 1 100%;
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_gap);
  }
  .crop .hint {
    flex: 1 1 12rem;
    margin: 0;
  }
  .crop-stage {
    position: relative;
    flex: none;
    inline-size: min(100%, calc(var(--_stage, min(14rem, 35dvh)) * var(--ratio)));
    aspect-ratio: var(--ratio);
    overflow: hidden;
    border-radius: var(--_radius);
  }
  .crop-stage img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    user-select: none;
    cursor: crosshair;
  }
  .crop-box {
    position: absolute;
    box-sizing: border-box;
    border: 2px solid #fff;
    box-shadow:
      0 0 0 1px #000,
      0 0 0 100vmax rgb(0 0 0 / 0.5);
    cursor: move;
    touch-action: none;
  }
  .crop-box::after {
    content: '';
    position: absolute;
    inset: 50% auto auto 50%;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    max-inline-size: 100%;
    max-block-size: 100%;
    translate: -50% -50%;
    border-radius: 50%;
    border: 2px solid #fff;
    background: rgb(0 0 0 / 0.35);
  }
  .crop-box:focus-visible {
    outline: var(--_focus-ring);
    outline-width: 3px;
    outline-offset: -5px;
  }
  @media (forced-colors: active) {
    .crop-box,
    .crop-box::after {
      border-color: Highlight;
    }
  }
`;
