// Lit's Trusted Types policy, shared by every copy of Lit that our CDN scripts bundle.
//
// Each CDN script is a build of its own with Lit inside (see cdn.mjs), and lit-html creates its
// policy when it is first evaluated: `trustedTypes.createPolicy('lit-html', …)`. A page whose CSP
// names the policy (`trusted-types lit-html`) without `'allow-duplicates'` makes the second call
// throw, so the second script on the page (gallery.js beside guest-upload.js) never registered
// its element (issue 16 class 5). Every copy's policy is the same identity `createHTML`, so the
// copies can share one: the first creates it under a global symbol and the others reuse it.
// A page that also runs a copy of Lit we did not build (an app's own) still needs
// `'allow-duplicates'`; the README's "Content Security Policy" section says so.

/** The global slot of the shared policy; versioned in case its behaviour ever has to differ. */
export const SHARED_POLICY_KEY = 'dash-elements.trusted-types.lit-html.v1';

const CREATE_POLICY = /([\w$.]+)\.createPolicy\(\s*(["'])lit-html\2/g;

const helper = `function __dashSharedPolicy(trustedTypes, name, options) {
  const key = Symbol.for(${JSON.stringify(SHARED_POLICY_KEY)});
  return (globalThis[key] ??= trustedTypes.createPolicy(name, options));
}
`;

/**
 * lit-html's source with its `createPolicy('lit-html', …)` call going through the shared slot.
 * Throws when the call is not found, so a Lit release that renames it fails the build instead of
 * silently shipping unshared policies.
 */
export function shareLitPolicy(code, id = 'lit-html') {
  let found = 0;
  const out = code.replace(CREATE_POLICY, (_, trustedTypes, quote) => {
    found++;
    return `__dashSharedPolicy(${trustedTypes}, ${quote}lit-html${quote}`;
  });
  if (found !== 1) throw new Error(`shared-lit-policy: expected one createPolicy('lit-html') in ${id}, found ${found}`);
  return helper + out;
}

/** The Vite/Rollup plugin: applies `shareLitPolicy` to lit-html's main module. */
export function sharedLitPolicyPlugin() {
  return {
    name: 'dash-shared-lit-policy',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/](development[\\/])?lit-html\.js$/.test(id)) return null;
      return { code: shareLitPolicy(code, id), map: null };
    },
  };
}
