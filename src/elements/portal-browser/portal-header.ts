import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Task, initialState } from '@lit/task';
import type { DashError } from '../../api/errors.js';
import type { ApiContext } from '../../api/http.js';
import type { PortalData } from '../../api/models.js';
import { safeUrl } from '../../api/safe-url.js';
import { getThemeBySubdomain } from '../../api/theme.js';
import { renderError } from '../../core/error-state.js';
import type { Strings } from '../../i18n/index.js';
import { literalColour } from './accent-colour.js';

/**
 * What the portal shows of its account: the brand header (logo or monogram, name, welcome
 * message) with the account's colour, and the "portal not found" state in words a visitor can act on.
 */

interface Brand {
  /** A literal colour (accent-colour.ts), else undefined. */
  accent?: string;
  /** An http(s) URL (safeUrl), else undefined. */
  logo?: string;
}

/**
 * The account's theme, found by subdomain without a token: its accent colour and logo. A site's
 * --dash-accent takes precedence (the custom property chain in the styles). Only a literal colour
 * is applied, set through CSSOM: no inline style in markup. Without a theme, or when the search
 * fails, the header falls back to the default accent and a monogram — branding is not worth an
 * error state.
 */
export class BrandController {
  /** The logo failed to load: the monogram stands in. */
  #logoFailed = false;
  readonly #host: ReactiveControllerHost;
  readonly #task: Task<readonly [ApiContext | undefined, string], Brand>;

  constructor(host: ReactiveControllerHost & HTMLElement, args: () => readonly [ApiContext | undefined, string]) {
    this.#host = host;
    this.#task = new Task(host, {
      args,
      task: async ([ctx, subdomain]) => {
        if (!ctx) return initialState;
        const theme = await getThemeBySubdomain({ ...ctx, auth: undefined }, subdomain).catch(() => undefined);
        return { accent: literalColour(theme?.accentColour), logo: safeUrl(theme?.logoUrl) };
      },
      onComplete: ({ accent }) => {
        this.#logoFailed = false;
        if (accent) host.style.setProperty('--_portal-accent', accent);
        else host.style.removeProperty('--_portal-accent');
      },
    });
  }

  get logo(): string | undefined {
    return this.#logoFailed ? undefined : this.#task.value?.logo;
  }

  readonly logoFailed = (): void => {
    this.#logoFailed = true;
    this.#host.requestUpdate();
  };
}

/** The portal's header: logo (or the name's first letter on the accent), name and welcome message. */
export function renderPortalHeader(portal: PortalData, brand: BrandController): TemplateResult {
  const welcome = portal.welcomeMessage;
  const logo = brand.logo;
  const initial = [...portal.name.trim()][0]?.toLocaleUpperCase();
  return html`<div class="welcome" part="header">
    <div class="brand">
      ${
        logo
          ? // The name beside it says whose portal this is: the logo adds no words.
            html`<img class="logo" part="logo" src=${logo} alt="" @error=${brand.logoFailed} />`
          : initial
            ? html`<span class="monogram" part="logo" aria-hidden="true">${initial}</span>`
            : nothing
      }
      <h2 class="own-direction">${portal.name}</h2>
    </div>
    ${
      welcome
        ? html`<div class="message">
            ${welcome.title ? html`<h3 class="own-direction">${welcome.title}</h3>` : nothing}
            ${welcome.body ? html`<p class="own-direction">${welcome.body}</p>` : nothing}
          </div>`
        : nothing
    }
  </div>`;
}

/**
 * A portal the API does not know: what the visitor can do about it (check the link, ask whoever
 * sent it) rather than the generic "not found", with the retry every error state has (a portal
 * being set up, or a server briefly answering 404, may well be there on the next try).
 */
export function renderPortalNotFound(strings: Strings, error: DashError, onRetry: () => void): TemplateResult {
  const p = strings.portal;
  return renderError(
    { common: strings.common, errors: { ...strings.errors, title: p.notFoundTitle, 'not-found': p.notFoundHelp } },
    error,
    onRetry,
  );
}
