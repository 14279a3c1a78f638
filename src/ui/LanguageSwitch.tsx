import { useIntl } from 'react-intl';
import { useLocaleStore } from '../lib/locale';
import { languageMessages as m } from './messages';

/** Shows the other language's name in that language; the choice is remembered. */
export function LanguageSwitch() {
  const intl = useIntl();
  const { locale, setLocale } = useLocaleStore();
  const next = locale === 'fr-CA' ? 'en-CA' : 'fr-CA';
  return (
    <button
      type="button"
      className="button button--quiet"
      lang={next.slice(0, 2)}
      aria-label={intl.formatMessage(m.description)}
      onClick={() => setLocale(next)}
    >
      {intl.formatMessage(m.label)}
    </button>
  );
}
