import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './ui/theme.css';

/** Demo mode: the PTT back-end is simulated in the browser, loaded before the app so no request escapes. */
async function start() {
  const { startDemoBackend } = await import('../mocks/browser');
  await startDemoBackend();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html lacks #root');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
