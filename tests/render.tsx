/**
 * Renders the real app — real providers, real catalogs, real router — at a URL, in a
 * language, optionally signed in, so component tests see what a user sees.
 */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryHistory } from '@tanstack/react-router';
import { App } from '../src/app/App';
import { useLocaleStore, type Locale } from '../src/lib/locale';
import { useSessionStore, type Session } from '../src/features/session/session-store';

export interface RenderAppOptions {
  url?: string;
  locale?: Locale;
  session?: Session | null;
}

export function renderApp({ url = '/', locale = 'en-CA', session = null }: RenderAppOptions = {}) {
  useLocaleStore.setState({ locale });
  useSessionStore.setState({ session });
  const history = createMemoryHistory({ initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(<App history={history} />);
  return { ...view, user, history };
}
