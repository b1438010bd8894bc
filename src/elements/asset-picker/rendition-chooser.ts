import { html, nothing, type TemplateResult } from 'lit';
import type { Preset } from '../../api/models.js';
import type { Strings } from '../../i18n/index.js';
import { formatRendition, parseRendition, type Rendition } from './rendition.js';

/** Where a custom width starts when the editor first picks "Width". */
const DEFAULT_WIDTH = 1200;

export interface RenditionChooserOptions {
  /** The `rendition` attribute's value (`original`, `preset:<id>`, `width:<px>`). */
  rendition: string;
  presets: readonly Preset[];
  /** Receives the new value in the same form. */
  onChange: (rendition: string) => void;
}

/**
 * The "size to insert" control: a select of Original, the account's presets and Width, plus a
 * number field while Width is chosen. A native select and input keep it keyboard- and
 * screen-reader-friendly without custom widgets.
 */
export function renderRenditionChooser(strings: Strings, options: RenditionChooserOptions): TemplateResult {
  const t = strings.picker;
  const { presets } = options;
  const rendition = parseRendition(options.rendition);
  const onChange = (value: Rendition) => options.onChange(formatRendition(value));
  const selected = rendition.kind === 'width' ? 'width' : formatRendition(rendition);
  const onSelect = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    onChange(value === 'width' ? { kind: 'width', width: DEFAULT_WIDTH } : parseRendition(value));
  };
  const onWidth = (event: Event) => {
    const width = Math.round((event.target as HTMLInputElement).valueAsNumber);
    if (width > 0) onChange({ kind: 'width', width });
  };
  return html`<div class="toolbar" part="rendition">
    <div class="field">
      <label for="rendition">${t.rendition}</label>
      <select id="rendition" @change=${onSelect}>
        <option value="original" ?selected=${selected === 'original'}>${t.original}</option>
        ${presets.map((preset) => {
          const value = formatRendition({ kind: 'preset', presetId: preset.id });
          return html`<option value=${value} ?selected=${selected === value}>${preset.name}</option>`;
        })}
        <option value="width" ?selected=${selected === 'width'}>${t.width}</option>
      </select>
    </div>
    ${
      rendition.kind === 'width'
        ? html`<div class="field width">
            <label for="width">${t.widthValue}</label>
            <input
              id="width"
              type="number"
              min="16"
              max="10000"
              step="1"
              .value=${String(rendition.width)}
              @change=${onWidth}
            />
          </div>`
        : nothing
    }
  </div>`;
}
