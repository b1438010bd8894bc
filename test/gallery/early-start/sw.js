// A service worker standing in for the CDN and a slow network (early-start.test.ts loads a page
// under its folder in a frame). It serves dist/cdn/ under `cdn-<run>/` of its folder, a new URL
// for every page, so no file comes from the browser's memory cache of an earlier page; and while a
// path fragment is set (a message from the test), the files whose path contains it wait until the
// test releases them.
let held = '';
let waiting = [];

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('message', (event) => {
  if (typeof event.data.hold === 'string') held = event.data.hold;
  if (event.data.release) {
    held = '';
    waiting.splice(0).forEach((release) => release());
  }
  event.source?.postMessage({ waiting: waiting.length });
});
self.addEventListener('fetch', (event) => {
  const { pathname } = new URL(event.request.url);
  const cdn = /\/early-start\/cdn-[\w-]+\/(.*)$/.exec(pathname);
  if (!cdn) return;
  // A response of its own: a module's URL, against which its imports resolve, is its response's.
  const file = async () => {
    const response = await fetch(`/dist/cdn/${cdn[1]}`);
    return new Response(response.body, { status: response.status, headers: response.headers });
  };
  const wait = held && cdn[1].includes(held) ? new Promise((resolve) => waiting.push(resolve)) : undefined;
  event.respondWith(wait ? wait.then(file) : file());
});
