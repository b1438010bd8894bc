import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DashError, toDashError } from '../api/errors.js';
import { hostTokenSource, portalTokenSource, type ApiContext, type PortalData } from './api.js';

/** What a host element must expose for `AuthController` to authenticate it. */
export interface AuthHost extends ReactiveControllerHost {
  apiBase: string;
  subdomain: string;
  /** Portal slug; when empty the host token (`accessToken` / `getAccessToken`) is used. */
  portal?: string;
  passcode?: string;
  accessToken?: string;
  getAccessToken?: () => Promise<string>;
}

export type AuthStatus = 'idle' | 'loading' | 'passcode' | 'ready' | 'error';

export interface AuthOptions {
  /** Called once per successful authentication (a new `ctx`). */
  onReady?: (ctx: ApiContext, portal: PortalData | undefined) => void;
  /** Called for failures the host should report (`dash-error`); passcode prompts are not errors. */
  onError?: (error: DashError) => void;
}

/**
 * Turns a host's configuration (portal slug + optional passcode, or a host token) into an
 * authenticated `ApiContext`. Re-authenticates when the configuration changes; a passcode typed
 * into the element's form lives only in this controller's memory.
 *
 * Portal flow: resolve the portal (no auth) → if it needs a passcode and none is known, status
 * `passcode` → fetch a token eagerly, so a wrong passcode is reported at the form rather than at
 * the first search → `ready`.
 */
export class AuthController implements ReactiveController {
  status: AuthStatus = 'idle';
  portal?: PortalData;
  ctx?: ApiContext;
  /** The last failure; with status `passcode` it is `wrong-passcode` after a rejected attempt. */
  error?: DashError;

  private configKey = '';
  private typedPasscode?: string;
  /** Bumped on every attempt so a slow, superseded attempt never lands. */
  private attempt = 0;

  constructor(
    private readonly host: AuthHost,
    private readonly options: AuthOptions = {},
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const { apiBase, subdomain, portal = '', passcode = '' } = this.host;
    const mode = portal ? 'portal' : this.host.accessToken || this.host.getAccessToken ? 'host' : 'none';
    const key = JSON.stringify([apiBase, subdomain, portal, passcode, mode]);
    if (key === this.configKey) return;
    this.configKey = key;
    this.typedPasscode = undefined;
    void this.authenticate();
  }

  hostConnected(): void {
    // Re-attached (moved in the DOM): nothing else asks the host to update, and hostUpdate is
    // where the forgotten configuration is noticed and authentication starts again.
    if (!this.configKey) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    // Forget everything so a re-attached element authenticates afresh.
    this.attempt++;
    this.configKey = '';
  }

  /** Uses a passcode the visitor typed (never reflected to an attribute). */
  submitPasscode(passcode: string): Promise<void> {
    this.typedPasscode = passcode;
    return this.authenticate();
  }

  retry(): Promise<void> {
    return this.authenticate();
  }

  private async authenticate(): Promise<void> {
    const attempt = ++this.attempt;
    const current = () => attempt === this.attempt;
    this.set({ status: 'loading', error: undefined, ctx: undefined });
    try {
      const result = this.host.portal ? await this.authenticatePortal() : this.authenticateHost();
      if (!current()) return;
      if (result === 'passcode') {
        this.set({ status: 'passcode' });
        return;
      }
      this.set({ status: 'ready', ctx: result });
      this.options.onReady?.(result, this.portal);
    } catch (error) {
      if (!current()) return;
      const dashError = toDashError(error) ?? new DashError('server', 'Authentication failed.');
      if (dashError.code === 'passcode-required' || dashError.code === 'wrong-passcode') {
        // A missing passcode is a prompt, not an error; a wrong one is shown at the form and
        // reported, so a host can log failed attempts.
        const wrong = dashError.code === 'wrong-passcode';
        this.set({ status: 'passcode', error: wrong ? dashError : undefined });
        if (wrong) this.options.onError?.(dashError);
        return;
      }
      this.set({ status: 'error', error: dashError });
      this.options.onError?.(dashError);
    }
  }

  private baseContext(): ApiContext {
    return { apiBase: this.host.apiBase };
  }

  private async authenticatePortal(): Promise<ApiContext | 'passcode'> {
    const { subdomain, portal = '' } = this.host;
    if (!subdomain) throw new DashError('invalid-config', 'The subdomain attribute is required.');
    const passcode = this.typedPasscode ?? (this.host.passcode || undefined);
    const base = this.baseContext();
    const source = portalTokenSource(base, { subdomain, portal, passcode });
    this.portal = await source.portalData();
    if (this.portal.requiresPasscode && !passcode) return 'passcode';
    // Fetching the first token now turns a wrong passcode into a form error, not a failed search.
    await source.getToken();
    return { ...base, auth: source };
  }

  private authenticateHost(): ApiContext {
    const host = this.host;
    if (!host.accessToken && !host.getAccessToken) {
      throw new DashError('invalid-config', 'Set portal (with subdomain) or an access token.');
    }
    this.portal = undefined;
    // Read the host's properties lazily so a token the app swaps in later is used without
    // rebuilding the context (which would restart every search).
    const source = hostTokenSource({
      accessToken: host.accessToken,
      getAccessToken: () =>
        host.getAccessToken ? host.getAccessToken() : Promise.resolve(host.accessToken ?? ''),
    });
    return { ...this.baseContext(), auth: source };
  }

  private set(patch: Partial<Pick<AuthController, 'status' | 'error' | 'ctx'>>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }
}
