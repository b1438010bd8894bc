// Serves /__csp/<name>.html to the browser tests with a strict Content-Security-Policy and Trusted
// Types enforcement, so a page can run the elements the way a locked-down site would. The page's
// only script is test/security/csp/<name>.page.ts (same origin, so `script-src 'self'` allows
// it); the API and S3 origins are added where the elements need them, nothing else.

/**
 * Trusted Types policy names a page may create, by page-name prefix: `tt-` pages allow only
 * `lit-html`, and only once (a second `createPolicy('lit-html')` throws, as on a site whose CSP
 * names its policies); `ttdup-` pages allow it with 'allow-duplicates'. Other pages name none.
 */
function trustedTypesDirective(page) {
  if (page.startsWith('tt-')) return 'trusted-types lit-html';
  if (page.startsWith('ttdup-')) return "trusted-types lit-html 'allow-duplicates'";
  return undefined;
}

/** The policy of issue 9, plus the origins the elements talk to. */
export function strictPolicy({ api, s3 }, page = '') {
  const remote = [api, s3].filter(Boolean).join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src 'self' ${remote}`,
    `img-src 'self' ${remote} blob:`,
    `media-src 'self' ${remote} blob:`,
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    trustedTypesDirective(page),
  ]
    .filter(Boolean)
    .join('; ');
}

/** Koa middleware for @web/test-runner. */
export function cspPagesMiddleware(origins) {
  return async (ctx, next) => {
    const match = /^\/__csp\/([a-z0-9-]+)\.html$/.exec(ctx.path);
    if (!match) return next();
    ctx.set('Content-Security-Policy', strictPolicy(origins, match[1]));
    ctx.type = 'html';
    ctx.body = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>CSP: ${match[1]}</title></head>
  <body>
    <main id="root"></main>
    <script type="module" src="/test/security/csp/${match[1]}.page.ts"></script>
  </body>
</html>`;
  };
}
