import { useEffect, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import en from '../../i18n/en.json';
import fr from '../../i18n/fr.json';
import { useLocaleStore, type Locale } from './locale';

export const catalogs: Record<Locale, Record<string, string>> = { 'en-CA': en, 'fr-CA': fr };

export function AppIntlProvider({ children }: { children: ReactNode }) {
  const locale = useLocaleStore((state) => state.locale);
  useEffect(() => {
    document.documentElement.lang = locale.slice(0, 2);
  }, [locale]);
  return (
    <IntlProvider locale={locale} messages={catalogs[locale]} defaultLocale="en-CA">
      {children}
    </IntlProvider>
  );
}
