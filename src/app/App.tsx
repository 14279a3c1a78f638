import { useState } from 'react';
import { RouterProvider, createBrowserHistory, type RouterHistory } from '@tanstack/react-router';
import { AppIntlProvider } from '../lib/intl';
import { createAppRouter } from './router';
import { UpdateNotice } from './UpdateNotice';

/** The whole app: the user's language and the router. Tests mount this too. */
export function App({ history }: { history?: RouterHistory }) {
  const [router] = useState(() => createAppRouter(history ?? createBrowserHistory()));
  return (
    <AppIntlProvider>
      <UpdateNotice />
      <RouterProvider router={router} />
    </AppIntlProvider>
  );
}
