import { useState } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider, createBrowserHistory, type RouterHistory } from '@tanstack/react-router';
import { AppIntlProvider } from '../lib/intl';
import { createAppRouter } from './router';
import { UpdateNotice } from './UpdateNotice';

/** The whole app: the query client, the user's language and the router. Tests mount this too. */
export function App({ history }: { history?: RouterHistory }) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  const [router] = useState(() => createAppRouter({ queryClient }, history ?? createBrowserHistory()));
  return (
    <QueryClientProvider client={queryClient}>
      <AppIntlProvider>
        <UpdateNotice />
        <RouterProvider router={router} />
      </AppIntlProvider>
    </QueryClientProvider>
  );
}
