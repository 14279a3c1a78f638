/**
 * What a form over a live row says when another administrator changes it (one line per field,
 * with "Use theirs" where the user's own value is kept) or deletes it (leave, or create it again
 * from what the user entered). The words are here; the draft (src/db/form-draft.ts) decides.
 */
import { Fragment, useState } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import { remoteMessages as m } from './form-messages';
import './shared.css';

/** A field another administrator changed (the draft's `RemoteChange`). */
export interface RemoteChangeProps<F extends PropertyKey> {
  field: F;
  theirs: unknown;
  by: { name: string; at: number } | null;
  /** The user changed the field too: their value stays, and theirs waits behind "Use theirs". */
  contested: boolean;
}

export interface RemoteChangesProps<F extends PropertyKey> {
  changes: readonly RemoteChangeProps<F>[];
  onUseTheirs: (field: F) => void;
  /** The field's label, as the form shows it. */
  label: (field: F) => string;
  /** Their value in words; null when it is not a short text (a scan list, the members). Default: as is. */
  value?: (field: F, theirs: unknown) => string | null;
}

/** When, as a reader wants it: the time today, the date and time otherwise. */
function when(intl: IntlShape, at: number): string {
  const sameDay = new Date(at).toDateString() === new Date().toDateString();
  return sameDay
    ? intl.formatTime(at, { timeStyle: 'short' })
    : intl.formatDate(at, { dateStyle: 'medium', timeStyle: 'short' });
}

function changeText(intl: IntlShape, by: RemoteChangeProps<PropertyKey>['by'], field: string, value: string | null) {
  const who = { known: by ? 'yes' : 'no', name: by?.name ?? '', when: by ? when(intl, by.at) : '', field };
  return value === null ? intl.formatMessage(m.changedNoValue, who) : intl.formatMessage(m.changed, { ...who, value });
}

export function RemoteChanges<F extends PropertyKey>({
  changes,
  onUseTheirs,
  label,
  value = (_field, theirs) => String(theirs),
}: RemoteChangesProps<F>) {
  const intl = useIntl();
  return (
    <div role="status" aria-live="polite">
      {changes.length > 0 && (
        <ul className="remote-changes">
          {changes.map((change) => (
            <li key={String(change.field)} className="remote-changes__item">
              <p>
                {changeText(intl, change.by, label(change.field), value(change.field, change.theirs))}{' '}
                {intl.formatMessage(change.contested ? m.kept : m.followed)}
              </p>
              {change.contested && (
                <button type="button" className="button" onClick={() => onUseTheirs(change.field)}>
                  {intl.formatMessage(m.useTheirs)}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export interface RowDeletedProps {
  /** "This external contact no longer exists — another administrator deleted it." */
  title: string;
  by: { name: string; at: number } | null;
  onLeave: () => void;
  /**
   * Offered where the kind can be created here (external contacts, sub-lists, groups): creates it
   * again and moves on; a refusal it cannot create through comes back as words by `refusal`.
   */
  recreate?: { run: () => Promise<void>; refusal: (error: unknown) => string };
  /** What the page last showed (label and value), so the user knows what "Create it again" stores. */
  shown: readonly { label: string; value: string }[];
}

/** In place of a form whose row another administrator deleted: never a Save that cannot work. */
export function RowDeleted({ title, by, onLeave, recreate, shown }: RowDeletedProps) {
  const intl = useIntl();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const again = async () => {
    if (!recreate) return;
    setBusy(true);
    try {
      await recreate.run();
    } catch (error) {
      setProblem(recreate.refusal(error));
      setBusy(false);
    }
  };
  return (
    <div className="empty-state" role="alert">
      <h2>{title}</h2>
      {by && <p>{intl.formatMessage(m.deletedBy, { name: by.name, when: when(intl, by.at) })}</p>}
      {recreate && <p>{intl.formatMessage(m.recreateHint)}</p>}
      <dl className="recreate-values">
        {shown.map(({ label, value }) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
      {problem && <p className="field__error">{problem}</p>}
      <div className="actions">
        {recreate && (
          <button type="button" className="button button--primary" onClick={() => void again()} disabled={busy}>
            {intl.formatMessage(m.recreate)}
          </button>
        )}
        <button type="button" className="button" onClick={onLeave} disabled={busy}>
          {intl.formatMessage(m.leave)}
        </button>
      </div>
    </div>
  );
}
