import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { DASH_API_BASE } from '../api/api-base.js';
import { DashError, toDashError } from '../api/errors.js';
import type { DashEventMap } from './events.js';
import {
  languageInUse,
  localize,
  textDirection,
  type Section,
  type SectionStrings,
  type StringSections,
  type Strings,
} from '../i18n/index.js';
import { common } from '../i18n/en/common.js';

/**
 * The base of every dash-elements element: the shared configuration (API origin, account, host
 * token, locale), a typed `emit()` and a `define()` that is safe to call twice.
 *
 * Tokens are properties only: an attribute would put a credential into the DOM, serialized markup
 * and devtools, which the contract forbids.
 *
 * @typeParam S - the English sections the element renders (the type of its `englishStrings`), so
 * `this.strings` is typed with those sections only: `class DashX extends DashElement<typeof
 * englishStrings>`. Without it, `this.strings` is typed as the whole table.
 */
export class DashElement<S extends StringSections = Strings> extends LitElement {
  // `static properties` rather than decorators: the decorator runtime (Lit's decorator modules and
  // the compiler's decorate helper) would be part of every element's first load.
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base', reflect: true },
    subdomain: { reflect: true },
    locale: { reflect: true },
    theme: { reflect: true },
    accessToken: { attribute: false },
    getAccessToken: { attribute: false },
  };

  /**
   * API origin. Defaults to the Dash API v2 for the Dash elements.
   * @default 'https://api-v2.dash.app'
   */
  apiBase: string = DASH_API_BASE;

  /** The Dash account's subdomain (e.g. `acme` for acme.dash.app). */
  subdomain = '';

  /** UI language. English is built in; other locales are registered with `registerLocale()`. */
  locale = 'en';

  /**
   * Colour scheme: `light`, `dark`, or `auto` (the visitor's OS setting). Without it the element
   * follows the page's `color-scheme` (light when the page declares none). When set, the element
   * paints its own background (`--dash-surface`), as the page's may not match.
   */
  theme?: 'light' | 'dark' | 'auto';

  /**
   * A bearer token supplied by the host app. Property only — never an attribute.
   * Kept in memory by the element and handed to the API client.
   */
  accessToken?: string;

  /**
   * Called when a token is needed or a call answered 401, so apps can refresh OAuth tokens.
   * Property only.
   */
  getAccessToken?: () => Promise<string>;

  /**
   * Registers the element under `tag` unless that name is taken already — by this class, by
   * another copy of the library (a CDN build beside an npm build), or by anything else.
   * A second registration would throw a `NotSupportedError`, breaking the whole page.
   */
  static define(tag: string): void {
    if (typeof customElements === 'undefined') return; // server-side import
    if (!customElements.get(tag)) customElements.define(tag, this);
  }

  /**
   * The English sections of the strings table this element renders. Subclasses list theirs
   * (`static override englishStrings = { common, gallery }`) so a page downloads only the strings
   * of the elements it uses; `registerLocale()` translations are laid over them.
   */
  static englishStrings: StringSections = { common };

  /** The UI strings of the current locale (the sections the class declares). */
  protected get strings(): SectionStrings<keyof S & Section> {
    return localize(this.locale, (this.constructor as typeof DashElement).englishStrings) as SectionStrings<
      keyof S & Section
    >;
  }

  /**
   * Dispatches one of the library's typed events. Bubbles and crosses shadow roots by default,
   * so a host listening on `document` hears an element nested in another component.
   */
  emit<K extends keyof DashEventMap>(
    name: K,
    ...[detail, init]: DashEventMap[K] extends CustomEvent<infer D>
      ? undefined extends D
        ? [detail?: D, init?: EventInit]
        : [detail: D, init?: EventInit]
      : never
  ): boolean {
    // Built in a variable, not inline in dispatchEvent(): the manifest analyzer reads an inline
    // `new CustomEvent(name)` as an event called "name" on every element.
    const event = new CustomEvent(name, { bubbles: true, composed: true, ...init, detail });
    return this.dispatchEvent(event);
  }

  /**
   * Tags the element with the language of the strings it renders (`lang`) and that language's
   * direction (`dir`), after every update: a registered translation makes the element speak it,
   * a locale with no translation falls back to English and is tagged English, whatever the page's
   * own language. The tags go on {@link languageCarriers}. A `dir` the page gave the element
   * itself wins over the language's: an English gallery of Hebrew captions can be right to left.
   */
  protected override update(changed: PropertyValues): void {
    super.update(changed);
    const lang = languageInUse(this.locale);
    const own = this.getAttribute('dir');
    // Not the value written here last time: the page set (or removed) it.
    if (own !== (this.#writtenDir ?? null)) this.#pageDir = own === 'ltr' || own === 'rtl' ? own : undefined;
    const dir = this.#pageDir ?? textDirection(lang);
    for (const carrier of this.languageCarriers()) {
      setAttributeIfChanged(carrier, 'lang', lang);
      setAttributeIfChanged(carrier, 'dir', dir);
      if (carrier === this) this.#writtenDir = dir;
    }
  }

  /** The `dir` written on the host by `update` (when the host carries the language). */
  #writtenDir?: string;
  /** The direction the page gave the element with its own `dir` attribute. */
  #pageDir?: 'ltr' | 'rtl';

  /**
   * The elements that carry the language of the element's strings: the host, so that everything
   * it renders, its dialogs in the top layer included, inherits it. An element whose own `lang`
   * attribute means something else (the gallery's content language) names what it rendered.
   */
  protected languageCarriers(): Iterable<Element> {
    return [this];
  }

  #configSettled?: Promise<void>;

  /**
   * Resolves once the element has had its chance to receive its configuration: it has rendered
   * once, the page has finished loading, and a short grace period ({@link SETTLE_MS}) has passed.
   * Frameworks set properties after the element has upgraded (React and Next.js hydration, Vue and
   * Angular bindings, a page script a few milliseconds later: one task after the load event is too
   * soon for those), so an element that judged its configuration at its first
   * render would report a spurious `invalid-config` on every such page. Elements wait for this
   * before they report `invalid-config` (and show the loading state until then); a configuration
   * that arrives later still wins, because every property change reloads.
   */
  protected configSettled(): Promise<void> {
    return (this.#configSettled ??= this.updateComplete.then(afterPageLoad).then(settleDelay));
  }

  /**
   * Turns anything thrown into a `DashError`, dispatches `dash-error` and returns the error so
   * the caller can render it. Aborts are not errors: they return `undefined` and dispatch nothing.
   */
  protected reportError(error: unknown): DashError | undefined {
    const dashError = toDashError(error);
    if (!dashError) return undefined;
    this.emit('dash-error', dashError.toDetail());
    return dashError;
  }
}

/** Sets an attribute only when its value changes, so observers of the host see no churn. */
function setAttributeIfChanged(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/** Resolves when the document has loaded (at once if it has). */
function afterPageLoad(): Promise<void> {
  if (typeof document === 'undefined' || document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}

/**
 * How long an element still waits for late properties once it has rendered and the page has
 * loaded: a few frames, enough for hydration that runs in scheduler tasks after the load event
 * and for a page script's short timeout, yet too short to notice before a real error shows.
 */
const SETTLE_MS = 100;

/** Resolves after the grace period, so the tasks queued until then (property assignments) have run. */
function settleDelay(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
}
