/**
 * The French/English switch of the shell and the sign-in page. It lives with the locale store it
 * sets (lib/), not in ui/, whose pieces know nothing of the app's state (docs/architecture.md).
 */
import { defineMessages, useIntl } from 'react-intl';
import { useLocaleStore } from './locale';

const m = defineMessages({
  label: { id: 'shell.switchLanguage', defaultMessage: 'Français' },
  description: { id: 'shell.switchLanguageLabel', defaultMessage: 'Afficher en français' },
});

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
