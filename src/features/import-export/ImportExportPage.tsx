import { useSearch } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { ExportForm } from './ExportForm';
import { ImportForm } from './ImportForm';
import { ImportPreview } from './ImportPreview';
import { ImportProgress } from './ImportProgress';
import { ImportSummary } from './ImportSummary';
import { useImportFlow } from './import-flow';
import type { ContactFilter } from './jobs';
import { useJobWorkerWarm } from './run-job';

const KINDS: readonly unknown[] = ['all', 'subscriber', 'external'];

/** The master list links here with its search (`?query=…&kind=…`), so an export can keep to what it shows. */
function shownFilter(search: Record<string, unknown>): ContactFilter | null {
  const query = typeof search.query === 'string' ? search.query : '';
  const kind = KINDS.includes(search.kind) ? (search.kind as ContactFilter['kind']) : 'all';
  return query.trim() !== '' || kind !== 'all' ? { query, kind } : null;
}
import { pageMessages as m } from './messages';
import '../../ui/shared.css';
import './import-export.css';

/**
 * Import / Export. While no import is under way it offers both; an import then takes the page
 * through its steps: preview (dry run), saving, summary.
 */
export function ImportExportPage() {
  const intl = useIntl();
  const { state } = useImportFlow();
  const shown = shownFilter(useSearch({ strict: false }));
  useJobWorkerWarm();

  return (
    <section className="page page--wide import-export" aria-labelledby="import-export-title">
      <header className="page__header">
        <h1 id="import-export-title">{intl.formatMessage(m.title)}</h1>
      </header>
      {state.step === 'choose' || state.step === 'reading' ? (
        <>
          <p>{intl.formatMessage(m.intro)}</p>
          <ExportForm shown={shown} />
          <ImportForm />
        </>
      ) : state.step === 'preview' ? (
        <ImportPreview fileName={state.fileName} preview={state.preview} />
      ) : state.step === 'applying' ? (
        <ImportProgress fileName={state.fileName} done={state.done} total={state.total} />
      ) : (
        <ImportSummary report={state.report} total={state.total} />
      )}
    </section>
  );
}
