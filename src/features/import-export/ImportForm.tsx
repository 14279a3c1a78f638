import { useIntl, type IntlShape } from 'react-intl';
import { columnHeader, IMPORT_TABLES, tablesFitting } from '../../domain/bulk/columns';
import type { ImportTable } from '../../domain/bulk/columns';
import type { ImportMode } from '../../domain/bulk/plan-types';
import { BulkSection } from './BulkSection';
import { Choices, TableChoices } from './Choices';
import { useImportActions, useImportFlow } from './import-flow';
import type { FileProblem } from './jobs';
import { IMPORT_KINDS, importColumns } from './kinds';
import { chooseMessages as m, tableLabels } from './messages';
import { fileProblemMessages } from './preview-messages';
import { ReadingProgress, readingStepText } from './ReadingProgress';

const MODES: readonly ImportMode[] = ['exact', 'add'];

/** Choosing what to import, how lists are treated, and the file: choosing the file starts the preview. */
export function ImportForm() {
  const intl = useIntl();
  const { table, mode, state } = useImportFlow();
  const actions = useImportActions();
  const kind = IMPORT_KINDS.find((entry) => entry.table === table) ?? IMPORT_KINDS[0]!;
  const language = intl.locale.startsWith('fr') ? 'fr' : 'en';
  const columns = importColumns(table, language)
    .map(({ header, required }) => (required ? intl.formatMessage(m.required, { column: header }) : header))
    .join(', ');
  const reading = state.step === 'reading';
  const problem = state.step === 'choose' ? state.problem : null;

  return (
    <BulkSection id="import-title" title={intl.formatMessage(m.title)}>
      <TableChoices
        name="import-table"
        legend={intl.formatMessage(m.what)}
        tables={IMPORT_KINDS.map((option) => option.table)}
        value={table}
        onChange={(value) => actions.choose({ table: value })}
        disabled={reading}
      />
      <p className="bulk-hint">
        {intl.formatMessage(m.hint, { table })} {intl.formatMessage(m.columns, { columns })}
      </p>
      {kind.hasMode && (
        <Choices
          name="import-mode"
          legend={intl.formatMessage(m.modeLegend)}
          options={MODES.map((option) => ({
            value: option,
            label: intl.formatMessage(option === 'exact' ? m.exact : m.add, { table }),
          }))}
          value={mode}
          onChange={(value) => actions.choose({ mode: value })}
          disabled={reading}
        >
          <p className="bulk-hint">{intl.formatMessage(m.modeNote)}</p>
        </Choices>
      )}
      <div className="field">
        <label htmlFor="import-file">{intl.formatMessage(m.file)}</label>
        <input
          id="import-file"
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          aria-describedby="import-file-hint"
          aria-invalid={problem !== null}
          disabled={reading}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // The same file may be chosen again after a fix: let the input report it again.
            event.target.value = '';
            if (file) void actions.preview(file);
          }}
        />
        <span id="import-file-hint" className="field__hint">
          {intl.formatMessage(m.fileHint)}
        </span>
      </div>
      <p role="status" className="bulk-status">
        {reading &&
          `${intl.formatMessage(m.reading, { file: state.fileName })} ${readingStepText(intl, state.progress)}`}
      </p>
      {reading && <ReadingProgress progress={state.progress} onCancel={actions.cancel} />}
      {problem && state.step === 'choose' && (
        <p role="alert" className="problem-line">
          {problemText(intl, problem, state.fileName ?? '', table)}
        </p>
      )}
    </BulkSection>
  );
}

function problemText(intl: IntlShape, problem: FileProblem, file: string, table: ImportTable): string {
  const language = intl.locale.startsWith('fr') ? 'fr' : 'en';
  switch (problem.problem) {
    case 'empty':
    case 'workbook':
    case 'binary':
    case 'unreadable':
      return intl.formatMessage(fileProblemMessages[problem.problem], { file });
    case 'tooManyRows':
      return intl.formatMessage(fileProblemMessages.tooManyRows, { file, max: problem.max });
    case 'tooLarge':
      return intl.formatMessage(fileProblemMessages.tooLarge, { file, megabytes: problem.megabytes, max: problem.max });
    case 'unclosedQuote':
      return intl.formatMessage(fileProblemMessages.unclosedQuote, { file, line: problem.line });
    case 'duplicateColumn':
      return intl.formatMessage(fileProblemMessages.duplicateColumn, {
        file,
        column: columnHeader(problem.column, language),
        header: problem.header,
      });
    case 'missingColumns': {
      const missing = intl.formatMessage(fileProblemMessages.missingColumns, {
        file,
        count: problem.columns.length,
        columns: problem.columns.map((column) => columnHeader(column, language)).join(', '),
      });
      const other = tablesFitting(problem.headers, IMPORT_TABLES).filter((fitting) => fitting !== table)[0];
      return other
        ? `${missing} ${intl.formatMessage(fileProblemMessages.looksLike, { table: intl.formatMessage(tableLabels[other]) })}`
        : missing;
    }
  }
}
