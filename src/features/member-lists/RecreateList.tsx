/**
 * A sub-list's or group's page when another administrator deleted it while it was open: it says
 * so (and who, once the activity log held here knows), and offers to create it again with the
 * name and members the page last showed, or to leave. Never a form whose Save cannot work.
 */
import { useIntl } from 'react-intl';
import { normalizeName } from '../../domain/rules';
import { useFlash } from '../../ui/Flash';
import { nameMessages } from '../../ui/form-messages';
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
  const memberIds = [...draft.memberIds].filter((id) => knownIds.has(id));
  const run = async () => {
    const name = normalizeName(draft.name);
    await actions.create({ name, memberIds });
    flash(intl.formatMessage(kind.words.created, { name }));
    onLeave();
  };
  return (
    <RowDeleted
      title={intl.formatMessage(kind.words.deletedElsewhere)}
      by={draft.live.deletedBy}
      onLeave={onLeave}
      recreate={{ run, refusal: (error) => listRejectionMessage(intl, kind.words, error, draft.name) }}
      shown={[
        { label: intl.formatMessage(nameMessages.label), value: draft.name },
        { label: intl.formatMessage(m.members), value: intl.formatMessage(m.memberCount, { count: memberIds.length }) },
      ]}
    />
  );
}
