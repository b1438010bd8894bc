/**
 * Detectors for the cross-element suites (security, accessibility, faults, embedding): did a
 * payload run, did the page break its policy, did a token leak, is a dangerous URL sitting in the
 * DOM, what error does the element show. Everything walks open shadow roots, because that is where
 * the elements render.
 */

declare global {
  interface Window {
    __xss?: boolean;
  }
}

/** Every element under `root`, descending into open shadow roots. */
export function* deepElements(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

/** Text of `root` including shadow content, for "is it shown as text" checks. */
export function deepText(root: ParentNode): string {
  let text = '';
  for (const element of deepElements(root)) {
    for (const node of element.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    }
  }
  return text;
}

/** The text of every alert or error part in the element's shadow trees, whitespace collapsed. */
export function errorTexts(el: Element): string[] {
  return [...deepElements(el.shadowRoot!)]
    .filter((node) => node.matches('[role=alert], [part~=error], [part~=file-error]'))
    .map((node) => node.textContent!.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** A visible button in the element's shadow trees whose text is the retry label. */
export function retryButton(el: Element): HTMLButtonElement | undefined {
  return [...deepElements(el.shadowRoot!)].find(
    (node): node is HTMLButtonElement =>
      node instanceof HTMLButtonElement && /try again|retry/i.test(node.textContent ?? '') && !node.closest('[hidden]'),
  );
}

const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'poster', 'action', 'formaction', 'xlink:href', 'data'];

/**
 * URL-bearing attributes whose scheme is not http(s) or blob: (object URLs for local file
 * thumbnails). A `javascript:`, `data:` or `vbscript:` URL from the backend must never get here.
 */
export function unsafeUrls(root: ParentNode): string[] {
  const found: string[] = [];
  for (const element of deepElements(root)) {
    for (const name of URL_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value === null || value === '') continue;
      const candidates = name === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0]) : [value];
      for (const candidate of candidates) {
        if (!candidate) continue;
        const url = new URL(candidate, document.baseURI);
        if (!['http:', 'https:', 'blob:'].includes(url.protocol)) {
          found.push(`<${element.localName} ${name}="${value}">`);
        }
      }
    }
  }
  return found;
}

/** Elements a payload could only have produced by being parsed as markup. */
export function injectedElements(root: ParentNode): Element[] {
  const dangerous = new Set(['script', 'iframe', 'object', 'embed', 'base', 'meta', 'frame']);
  return [...deepElements(root)].filter(
    (element) =>
      dangerous.has(element.localName) || [...element.attributes].some((attribute) => attribute.name.startsWith('on')),
  );
}

/** Records CSP / Trusted Types violations and uncaught errors from the moment it is created. */
export class PageWatch {
  readonly violations: string[] = [];
  readonly uncaught: string[] = [];
  private readonly onViolation = (event: SecurityPolicyViolationEvent) => {
    this.violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`.trim());
  };
  private readonly onError = (event: ErrorEvent) => {
    this.uncaught.push(String(event.error?.stack ?? event.message));
  };
  private readonly onRejection = (event: PromiseRejectionEvent) => {
    this.uncaught.push(String(event.reason?.stack ?? event.reason));
  };

  constructor(private readonly target: Window = window) {
    target.document.addEventListener('securitypolicyviolation', this.onViolation);
    target.addEventListener('error', this.onError);
    target.addEventListener('unhandledrejection', this.onRejection);
  }

  dispose(): void {
    this.target.document.removeEventListener('securitypolicyviolation', this.onViolation);
    this.target.removeEventListener('error', this.onError);
    this.target.removeEventListener('unhandledrejection', this.onRejection);
  }
}

/**
 * Records every bearer token and passcode the page sends or receives, and everything written to
 * the console, so a test can look for those secrets anywhere they must not be.
 */
export class SecretRecorder {
  readonly secrets = new Set<string>();
  readonly consoleLines: string[] = [];
  private readonly originalFetch = window.fetch;
  private readonly originalConsole = new Map<string, (...args: unknown[]) => void>();

  constructor() {
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
      const authorization = headers.get('authorization');
      if (authorization) this.secrets.add(authorization.replace(/^(Bearer|Passcode)\s+/i, ''));
      const response = await this.originalFetch.call(window, input, init);
      const type = response.headers.get('content-type') ?? '';
      if (type.includes('json')) {
        response
          .clone()
          .text()
          .then((text) => {
            for (const match of text.matchAll(/"accessToken"\s*:\s*"([^"]+)"/g)) this.secrets.add(match[1]);
          })
          .catch(() => {});
      }
      return response;
    };
    for (const method of ['log', 'info', 'warn', 'error', 'debug']) {
      const original = (console as unknown as Record<string, (...args: unknown[]) => void>)[method];
      this.originalConsole.set(method, original);
      (console as unknown as Record<string, (...args: unknown[]) => void>)[method] = (...args: unknown[]) => {
        this.consoleLines.push(args.map((arg) => safeString(arg)).join(' '));
        original.apply(console, args);
      };
    }
  }

  /** Every place a recorded secret shows up where it must not. */
  leaks(root: ParentNode = document): string[] {
    const places: [string, string][] = [
      ['location', location.href],
      ['cookie', document.cookie],
      ['localStorage', JSON.stringify({ ...localStorage })],
      ['sessionStorage', JSON.stringify({ ...sessionStorage })],
      ['console', this.consoleLines.join('\n')],
    ];
    for (const element of deepElements(root)) {
      for (const attribute of element.attributes) {
        places.push([`<${element.localName} ${attribute.name}>`, attribute.value]);
      }
    }
    const leaks: string[] = [];
    for (const secret of this.secrets) {
      if (secret.length < 6) continue; // too short to search for meaningfully
      for (const [where, value] of places) if (value.includes(secret)) leaks.push(where);
    }
    return leaks;
  }

  dispose(): void {
    window.fetch = this.originalFetch;
    for (const [method, original] of this.originalConsole) {
      (console as unknown as Record<string, unknown>)[method] = original;
    }
  }
}

function safeString(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return value instanceof Error ? `${value.message} ${value.stack}` : JSON.stringify(value);
  } catch {
    return String(value);
  }
}
