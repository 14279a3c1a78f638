/**
 * A sub-list's or group's page when another administrator deleted it while it was open: it says
 * so (and who, once the activity log held here knows), and offers to create it again with the
 * name and members the page last showed, or to leave. Never a form whose Save cannot work.
 */
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { normalizeName } from '../../domain/rules';
import { useFlash } from '../../ui/Flash';
import { nameMessages } from '../../ui/messages';
import { RowDeleted } from '../../ui/RemoteChanges';
import type { MemberListKind } from './kinds';
import { listMessages as m, listRejectionMessage } from './messages';
import { useMemberListActions } from './mutations';
import type { ListDraftState } from './useListDraft';

export function RecreateList({
  kind,
  draft,
  knownIds,
  onLeave,
}: {
  kind: MemberListKind;
  draft: ListDraftState;
  /** The contacts that still exist: a member deleted meanwhile cannot come back. */
  knownIds: ReadonlySet<string>;
  onLeave: () => void;
}) {
  const intl = useIntl();
  const actions = useMemberListActions(kind);
  const flash = useFlash((state) => state.show);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const memberIds = [...draft.memberIds].filter((id) => knownIds.has(id));
  const recreate = async () => {
    const name = normalizeName(draft.name);
    setBusy(true);
    try {
      await actions.create({ name, memberIds });
      flash(intl.formatMessage(kind.words.created, { name }));
      onLeave();
    } catch (error) {
      setProblem(listRejectionMessage(intl, kind.words, error, draft.name));
      setBusy(false);
    }
  };
  return (
    <RowDeleted
      title={intl.formatMessage(kind.words.deletedElsewhere)}
      by={draft.live.deletedBy}
      onLeave={onLeave}
      onRecreate={() => void recreate()}
      busy={busy}
      error={problem}
    >
      <dl className="recreate-values">
        <dt>{intl.formatMessage(nameMessages.label)}</dt>
        <dd>{draft.name}</dd>
        <dt>{intl.formatMessage(m.members)}</dt>
        <dd>{intl.formatMessage(m.memberCount, { count: memberIds.length })}</dd>
      </dl>
    </RowDeleted>
  );
}
