// A service worker standing in for a network that drops some requests: while a path fragment is
// set (a message from the test), every request whose path contains it fails as offline does.
// It controls only the pages under its own folder (chunk-failure.test.ts loads one in a frame).
let blocked = '';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('message', (event) => {
  blocked = event.data;
  event.source?.postMessage('set');
});
self.addEventListener('fetch', (event) => {
  if (blocked && new URL(event.request.url).pathname.includes(blocked)) event.respondWith(Response.error());
});
