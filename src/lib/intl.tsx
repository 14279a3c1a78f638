/**
 * The UI's messages in the chosen language. English needs no catalog: i18n/en.json is extracted
 * from the code's own default messages (`npm run i18n:check` keeps them equal), so the English UI
 * formats those; the French catalog is loaded when first needed (`loadCatalog`; main.tsx loads the
 * starting language's before the first render), which keeps both catalogs off the first screen.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { useLocaleStore, type Locale } from './locale';

type Messages = Record<string, string>;

const loaded: Partial<Record<Locale, Messages>> = { 'en-CA': {} };

/** Loads a language's catalog once (English has none to load). */
export async function loadCatalog(locale: Locale): Promise<void> {
  if (loaded[locale]) return;
  loaded[locale] = (await import('../../i18n/fr.json')).default;
}

export function AppIntlProvider({ children }: { children: ReactNode }) {
  const wanted = useLocaleStore((state) => state.locale);
  // Until the wanted language's catalog arrives, the page stays in the last language it had.
  const [lastLoaded, setLastLoaded] = useState<Locale>(loaded[wanted] ? wanted : 'en-CA');
  const locale = loaded[wanted] ? wanted : lastLoaded;
  useEffect(() => {
    void loadCatalog(wanted).then(() => setLastLoaded(wanted));
  }, [wanted]);
  useEffect(() => {
    document.documentElement.lang = locale.slice(0, 2);
  }, [locale]);
  return (
    <IntlProvider locale={locale} messages={loaded[locale]} defaultLocale="en-CA">
      {children}
    </IntlProvider>
  );
}
