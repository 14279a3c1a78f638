/**
 * What the profile's two forms (View Groups, Options) do alike around their own edit: busy
 * while saving, the problem line (a full disk, or the rejection the form explains), the
 * saved flash, and Cancel back to the master list, with nothing to warn about on the way.
 */
import { useState, type FormEvent } from 'react';
import { useNavigate } from '@tanstack/react-router';
import { useIntl, type MessageDescriptor } from 'react-intl';
import type { Subscriber } from '../../domain/model';
import { IntentRejected, StorageFull } from '../../domain/outcomes';
import { useFlash } from '../../ui/Flash';
import { commonMessages } from '../../ui/messages';

interface ProfileForm {
  /** Said once saved, with the subscriber's `name`. */
  saved: MessageDescriptor;
  /** Why the rules refused the edit, in the form's words. */
  rejectionMessage: (error: IntentRejected) => string;
}

export function useProfileSave(
  subscriber: Subscriber,
  draft: { discard(): void },
  { saved, rejectionMessage }: ProfileForm,
) {
  const intl = useIntl();
  const navigate = useNavigate();
  const flash = useFlash((state) => state.show);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  /** Runs `save`, then says `saved`; a full disk or a rejection becomes the problem line. */
  const submit = async (event: FormEvent, save: () => Promise<void>) => {
    event.preventDefault();
    setSaving(true);
    try {
      await save();
      flash(intl.formatMessage(saved, { name: subscriber.name }));
    } catch (error) {
      if (error instanceof StorageFull) return setProblem(intl.formatMessage(commonMessages.storageFull));
      if (!(error instanceof IntentRejected)) throw error;
      setProblem(rejectionMessage(error));
    } finally {
      setSaving(false);
    }
  };

  const cancel = () => {
    draft.discard();
    setProblem(null);
    void navigate({ to: '/master-list', ignoreBlocker: true });
  };

  return {
    problem,
    saving,
    /** The form's submit handler, saving with `save`. */
    onSubmit: (save: () => Promise<void>) => (event: FormEvent) => void submit(event, save),
    cancel,
    clearProblem: () => setProblem(null),
  };
}
