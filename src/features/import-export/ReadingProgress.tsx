import { useIntl, type IntlShape } from 'react-intl';
import type { DryRunProgress, DryRunStep } from './jobs';
import { readingMessages as m } from './messages';

const STEPS: readonly DryRunStep[] = ['file', 'data', 'rows', 'preview'];

/** What the dry run is doing, for the page's status line and the bar. */
export function readingStepText(intl: IntlShape, progress: DryRunProgress | null): string {
  const { step, rows = 0, done = 0 } = progress ?? { step: 'file' };
  return intl.formatMessage(m.step, { step, rows, done });
}

/**
 * The dry run under way: a bar (each step a quarter; the preview's quarter fills as its rows
 * arrive) and Cancel (the file is then forgotten; choosing it again starts over).
 */
export function ReadingProgress({ progress, onCancel }: { progress: DryRunProgress | null; onCancel: () => void }) {
  const intl = useIntl();
  const { step, rows = 0, done = 0 } = progress ?? { step: 'file' };
  const value = STEPS.indexOf(step) + (step === 'preview' && rows > 0 ? done / rows : 0);
  return (
    <>
      <progress
        className="bulk-progress"
        max={STEPS.length}
        value={value}
        aria-label={readingStepText(intl, progress)}
      />
      <div className="actions">
        <button type="button" className="button" onClick={onCancel}>
          {intl.formatMessage(m.cancel)}
        </button>
      </div>
    </>
  );
}
