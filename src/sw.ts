/**
 * The app's one service worker (one per scope: a second would fight MSW's). It precaches
 * the app shell so the app starts with no network and serves index.html for every in-app
 * navigation. In demo mode it then carries MSW's worker, so the simulated back-end keeps
 * answering /api/ offline; against a PTT server (registered as `/sw.js?mode=server`, see
 * src/main.tsx) MSW is not even loaded and /api/ goes to the network untouched.
 */
/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { isDemoFile } from './domain/page-policy';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

const serverMode = new URL(self.location.href).searchParams.get('mode') === 'server';

// A PTT server does not serve the demo's files (MSW, the simulated back-end): precache the app's.
const isAppFile = (entry: { url: string }) => !isDemoFile(new URL(entry.url, self.location.href).pathname);
const manifest = self.__WB_MANIFEST;
precacheAndRoute(serverMode ? manifest.filter(isAppFile) : manifest);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//] }));

if (serverMode) {
  // MSW's worker takes over at once in demo mode; this one does the same without it.
  void self.skipWaiting();
  clientsClaim();
} else {
  // The app shell is workbox's: keep MSW's listener (added below) from answering it too.
  self.addEventListener('fetch', (event) => {
    const url = new URL(event.request.url);
    if (url.origin === self.location.origin && !url.pathname.startsWith('/api/')) event.stopImmediatePropagation();
  });
  // MSW's worker unregisters itself when its last page closes, and a reload closes the last page
  // for a moment: the navigation then bypasses the worker and, offline, the app does not start.
  // This worker is the app's as much as MSW's, so it stays: MSW never hears of a closed page.
  self.addEventListener('message', (event) => {
    if (event.data === 'CLIENT_CLOSED') event.stopImmediatePropagation();
  });
  importScripts('/mockServiceWorker.js');
}
