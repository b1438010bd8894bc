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
  /**
   * Resolves once the host has had its chance to receive its configuration (the element's
   * `configSettled()`). An incomplete configuration shows the loading state until then and is
   * reported as `invalid-config` only after it, if it is still incomplete: frameworks set
   * properties after the upgrade. Without it, an incomplete configuration is reported at once.
   */
  settled?: () => Promise<void>;
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
  /** Aborts the requests of the attempt in flight when a newer one starts. */
  private abort?: AbortController;

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
    // Another portal (or none): the old one's name and welcome must not show meanwhile.
    this.portal = undefined;
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
    this.abort?.abort();
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

  /**
   * One sign-in for the current configuration. A newer configuration always wins: the older
   * attempt's requests are aborted and whatever it still receives (portal data, token, error) is
   * dropped, so a portal switched before the first one resolved never shows the first one.
   */
  private async authenticate(): Promise<void> {
    const attempt = ++this.attempt;
    const current = () => attempt === this.attempt;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.set({ status: 'loading', error: undefined, ctx: undefined });
    try {
      const missing = this.missingConfig();
      if (missing) {
        // Not yet an error: properties may still arrive (hydration, bindings, a page script).
        // A newer configuration starts a newer attempt, which makes this one stale.
        await this.options.settled?.();
        if (!current()) return;
        throw missing;
      }
      const result = this.host.portal ? await this.authenticatePortal(abort.signal) : this.authenticateHost();
      if (!current()) return;
      if (result.status === 'passcode') {
        this.set({ status: 'passcode', portal: result.portal });
        return;
      }
      this.set({ status: 'ready', ctx: result.ctx, portal: result.portal });
      this.options.onReady?.(result.ctx, result.portal);
    } catch (error) {
      if (!current()) return;
      const dashError = toDashError(error);
      if (!dashError) return; // aborted: a newer attempt has taken over
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

  /** The `invalid-config` error of an incomplete configuration, or undefined when it is complete. */
  private missingConfig(): DashError | undefined {
    const { portal, subdomain, accessToken, getAccessToken } = this.host;
    if (portal && !subdomain) return new DashError('invalid-config', 'The subdomain attribute is required.');
    if (!portal && !accessToken && !getAccessToken) {
      return new DashError('invalid-config', 'Set portal (with subdomain) or an access token.');
    }
    return undefined;
  }

  private baseContext(): ApiContext {
    return { apiBase: this.host.apiBase };
  }

  private async authenticatePortal(signal: AbortSignal): Promise<SignIn> {
    const { subdomain, portal = '' } = this.host;
    const passcode = this.typedPasscode ?? (this.host.passcode || undefined);
    const base = this.baseContext();
    const source = portalTokenSource(base, { subdomain, portal, passcode });
    const data = await source.portalData(signal);
    if (data.requiresPasscode && !passcode) return { status: 'passcode', portal: data };
    // Fetching the first token now turns a wrong passcode into a form error, not a failed search.
    // The portal is kept for the form's title even when the passcode is refused.
    try {
      await source.getToken(signal);
    } catch (error) {
      if (signal.aborted) throw error;
      this.portal = data;
      throw error;
    }
    return { status: 'ready', ctx: { ...base, auth: source }, portal: data };
  }

  private authenticateHost(): SignIn {
    const host = this.host;
    // Read the host's properties lazily so a token the app swaps in later is used without
    // rebuilding the context (which would restart every search).
    const source = hostTokenSource({
      accessToken: host.accessToken,
      getAccessToken: () =>
        host.getAccessToken ? host.getAccessToken() : Promise.resolve(host.accessToken ?? ''),
    });
    return { status: 'ready', ctx: { ...this.baseContext(), auth: source }, portal: undefined };
  }

  private set(patch: Partial<Pick<AuthController, 'status' | 'error' | 'ctx' | 'portal'>>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }
}

/** What one sign-in attempt ends with, applied only while it is the current attempt. */
type SignIn =
  | { status: 'ready'; ctx: ApiContext; portal: PortalData | undefined }
  | { status: 'passcode'; portal: PortalData };
