// The page of early-start.test.ts (see page.html). The config is the query, as JSON:
//   { run: '<unique>', script: 'gallery' | 'dash-elements', attrs: {…}, detached?: true, ownFetch?: true }
// The script comes from dist/cdn/ through the service worker, under a URL of this run (sw.js).
const config = JSON.parse(decodeURIComponent(location.search.slice(1)));
/** Content Security Policy violations (page.html's policy). */
window.violations = [];
document.addEventListener('securitypolicyviolation', (event) => window.violations.push(event.violatedDirective));
const realFetch = window.fetch;
/** Every call of the global fetch: its URL and signal. */
window.dataCalls = [];
window.fetch = (input, init) => {
  window.dataCalls.push({ url: String(input), signal: init?.signal });
  return realFetch(input, init);
};
/** Calls of the gallery's own fetch, when the page gives it one (then through the real fetch). */
window.ownCalls = [];
window.ownFetch = (input, init) => {
  window.ownCalls.push({ url: String(input), signal: init?.signal });
  return realFetch(input, init);
};
const gallery = document.createElement('dash-gallery');
gallery.style.cssText = 'display:block;width:800px';
for (const [name, value] of Object.entries(config.attrs)) gallery.setAttribute(name, value);
if (config.ownFetch) gallery.fetch = window.ownFetch;
window.gallery = gallery;
if (!config.detached) document.body.append(gallery);
const script = document.createElement('script');
script.type = 'module';
// The page's own sink, through a policy of its own (page.html's CSP names it).
const policy = trustedTypes.createPolicy('early-start-page', { createScriptURL: (url) => url });
script.src = policy.createScriptURL(`./cdn-${config.run}/${config.script}.js`);
document.head.append(script);
