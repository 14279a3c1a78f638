/**
 * What "another admin" can do to the page the user is viewing, so a demo (or a browser
 * test) can show a rename conflict or an edit against a deleted row on purpose: rename or
 * delete an external contact, a sub-list or a group; on a subscriber's View Groups, turn
 * scanning on or off; on Options, switch Text & multimedia (subscribers cannot be renamed
 * or deleted here).
 */
import { useLocation } from '@tanstack/react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Intent } from '../../domain/intents';
import { useDatabase } from '../../db/context';

export interface OtherAdminTarget {
  /** A rename, or (a subscriber) a change of the pane's setting. */
  change: { intent: Intent; kind: 'rename' | 'change' };
  remove: Intent | null;
}

const PATTERNS = [
  { pattern: /^\/groups\/([^/]+)$/, table: 'groups' },
  { pattern: /^\/sub-lists\/([^/]+)$/, table: 'subLists' },
  { pattern: /^\/external-contacts\/([^/]+)$/, table: 'contacts' },
  { pattern: /^\/subscribers\/([^/]+)$/, table: 'scanning' },
  { pattern: /^\/subscribers\/([^/]+)\/options$/, table: 'options' },
] as const;

function otherName(name: string): string {
  return `${name.slice(0, 24)} (${Math.floor(100 + Math.random() * 900)})`;
}

export function useOtherAdminTarget(): OtherAdminTarget | null {
  const db = useDatabase();
  const { pathname } = useLocation();
  const match = PATTERNS.map(({ pattern, table }) => ({ table, id: pattern.exec(pathname)?.[1] })).find(
    (candidate) => candidate.id && candidate.id !== 'new',
  );
  return (
    useLiveQuery(async (): Promise<OtherAdminTarget | null> => {
      if (!match?.id) return null;
      const id = match.id;
      if (match.table === 'groups' || match.table === 'subLists') {
        const list = await db[match.table].get(id);
        if (!list) return null;
        const prefix = match.table === 'groups' ? 'group' : 'subList';
        return {
          change: { intent: { name: `${prefix}.rename`, args: { id, name: otherName(list.name) } }, kind: 'rename' },
          remove: { name: `${prefix}.delete`, args: { id } },
        };
      }
      const contact = await db.contacts.get(id);
      if (contact?.kind === 'external' && match.table === 'contacts') {
        return {
          change: {
            intent: { name: 'externalContact.update', args: { id, name: otherName(contact.name) } },
            kind: 'rename',
          },
          remove: { name: 'externalContact.delete', args: { id } },
        };
      }
      if (contact?.kind !== 'subscriber' || match.table === 'contacts') return null;
      const intent: Intent =
        match.table === 'scanning'
          ? {
              name: 'scanning.update',
              args: { subscriberId: id, scanningEnabled: !contact.scanningEnabled, scanList: contact.scanList },
            }
          : {
              name: 'options.setMessaging',
              args: { subscriberId: id, messaging: contact.messaging === 'none' ? 'enabled' : 'none' },
            };
      return { change: { intent, kind: 'change' }, remove: null };
    }, [db, match?.table, match?.id]) ?? null
  );
}
