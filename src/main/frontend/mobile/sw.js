// The phone page's service worker: keeps the app shell so the page opens without a network, and
// sends waiting reports on Background Sync where the browser has it. API calls are not touched:
// the page sees a failed request and keeps the report in its outbox.
import { flush } from './outbox.js';

const SHELL = 'gridcase-phone-shell-v1';
const FILES = ['./', 'app.js', 'app.css', 'manifest.webmanifest', 'icon.svg'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key !== SHELL).map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

// Network first (a new version and the login redirect win), the kept shell when offline.
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  const scope = new URL(self.registration.scope);
  if (event.request.method !== 'GET' || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  event.respondWith(fetch(event.request)
    .then((response) => {
      if (response.ok && !response.redirected) {
        const copy = response.clone();
        caches.open(SHELL).then((cache) => cache.put(event.request.mode === 'navigate' ? './' : event.request, copy));
      }
      return response;
    })
    .catch(() => caches.match(event.request.mode === 'navigate' ? './' : event.request, { ignoreSearch: true })));
});

self.addEventListener('sync', (event) => {
  if (event.tag === 'gridcase-outbox') event.waitUntil(flush());
});
