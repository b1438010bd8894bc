/**
 * A tiny method + path router. Patterns use `:name` segments; params arrive decoded. Kept
 * dependency-free so the backend starts in well under a second.
 */

/** @typedef {import('./context.js').Context} Context */
/** @typedef {(ctx: Context) => unknown | Promise<unknown>} Handler */

export class Router {
  /** @type {{ method: string, regex: RegExp, names: string[], handler: Handler }[]} */
  #routes = [];
  #profile;

  /** @param {{ profile?: 'default' | 'seed' }} [options] */
  constructor({ profile = 'default' } = {}) {
    this.#profile = profile;
  }

  /**
   * A local extension: a route no seed document lists. It exists only in the `default` profile;
   * in the `seed` profile it answers 404 like any unknown path, as the real API would.
   * @param {string} method
   * @param {string} pattern
   * @param {Handler} handler
   */
  addExtension(method, pattern, handler) {
    return this.#profile === 'seed' ? this : this.add(method, pattern, handler);
  }

  /**
   * @param {string} method
   * @param {string} pattern e.g. `/portals/:id/access-token`
   * @param {Handler} handler
   */
  add(method, pattern, handler) {
    const names = [];
    const source = pattern
      .split('/')
      .map((segment) => {
        if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(segment.slice(1));
        return '([^/]+)';
      })
      .join('/');
    this.#routes.push({ method, regex: new RegExp(`^${source}$`), names, handler });
    return this;
  }

  /**
   * @param {string} method
   * @param {string} path
   * @returns {{ handler: Handler, params: Record<string, string> } | { allowed: string[] } | undefined}
   */
  match(method, path) {
    const allowed = [];
    for (const route of this.#routes) {
      const found = route.regex.exec(path);
      if (!found) continue;
      if (route.method !== method) {
        allowed.push(route.method);
        continue;
      }
      const params = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(found[i + 1])]));
      return { handler: route.handler, params };
    }
    return allowed.length ? { allowed } : undefined;
  }
}
