import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The tokens and base elements first: every component's own styles come after them.
import './ui/theme.css';
import { App } from './app/App';
import { PttDatabase } from './db/database';
import { holdRequestsUntil, setApiOrigin } from './lib/api';
import { rememberDemoNetwork, useDemoStore } from './lib/demo';
import { loadCatalog } from './lib/intl';
import { useLocaleStore } from './lib/locale';
import { loadRuntimeConfig } from './lib/runtime-config';

/**
 * One build, two modes, decided at run time (src/lib/runtime-config.ts). Against a PTT
 * server the app only registers its service worker (offline start); no demo code loads.
 * In demo mode the PTT back-end is simulated in the browser (the production build serves MSW
 * from inside the app's service worker). It starts beside the first render, not before it (its
 * first start seeds its own database): the app's requests wait for it, so none escapes.
 */
async function start() {
  const [config] = await Promise.all([loadRuntimeConfig(), loadCatalog(useLocaleStore.getState().locale)]);
  if (config.mode === 'server') {
    if (config.apiOrigin) setApiOrigin(config.apiOrigin);
    if (import.meta.env.PROD && 'serviceWorker' in navigator) {
      void navigator.serviceWorker.register('/sw.js?mode=server', { scope: '/' }).catch(() => undefined);
    }
    // A bench build served by the Node server: the bench's first syncs against it (scripts/bench/server-sync.mjs).
    if (import.meta.env.VITE_BENCH_TENANT) exposeBenchHooks(null);
  } else {
    const demo = startDemo();
    holdRequestsUntil(demo);
    demo.catch((error: unknown) => console.error('The simulated back-end did not start', error));
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html lacks #root');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

async function startDemo() {
  // The sign-in page lists the demo accounts from a small chunk, while the back-end's loads and starts.
  void import('../server/seed/demo').then(({ DEMO_ACCOUNTS }) => useDemoStore.setState({ accounts: DEMO_ACCOUNTS }));
  const { startDemoBackend, benchTenant } = await import('../mocks/browser');
  // Only `npm run bench` sets it (scripts/bench/): a bench build also serves a 50,000-contact tenant.
  const benchSize = import.meta.env.VITE_BENCH_TENANT;
  const demo = await startDemoBackend({
    workerUrl: import.meta.env.PROD ? '/sw.js' : '/mockServiceWorker.js',
    ...(benchSize ? { extraTenants: [benchTenant(JSON.parse(benchSize))], dbName: 'ptt-mock-backend-bench' } : {}),
  });
  rememberDemoNetwork(demo.faults);
  useDemoStore.setState({ demo });
  if (benchSize) exposeBenchHooks(demo);
}

/**
 * What the bench drives that the UI cannot do fast enough: 1,000 queued edits, the network switch
 * (`demo`: the simulated back-end's controls, null against the Node server).
 * The outbox's code loads on the bench's first edit, as the app's does, so the bench's first screen
 * fetches what a user's does.
 */
function exposeBenchHooks(demo: unknown) {
  const mutate: typeof import('./db/outbox/append').mutate = async (...args) =>
    (await import('./db/outbox/append')).mutate(...args);
  Object.assign(window, { __pttBench: { demo, mutate, PttDatabase } });
}

void start();
