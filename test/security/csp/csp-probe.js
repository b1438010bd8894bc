// Loaded first (a same-origin classic script, allowed by the strict policy) by test/security/csp.test.ts's
// iframe: records every CSP / Trusted Types violation from the very start of the page.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
});
