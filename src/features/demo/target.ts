/**
 * What "another admin" can do to the page the user is viewing, so a demo (or a browser
 * test) can show a rename conflict or an edit against a deleted row on purpose.
 */
import { useLocation } from '@tanstack/react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Intent } from '../../domain/intents';
import { useDatabase } from '../../db/context';

export interface OtherAdminTarget {
  rename: Intent;
  remove: Intent | null;
}

const PATTERNS = [
  { pattern: /^\/groups\/([^/]+)$/, table: 'groups' },
  { pattern: /^\/sub-lists\/([^/]+)$/, table: 'subLists' },
  { pattern: /^\/external-contacts\/([^/]+)$/, table: 'contacts' },
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
      if (match.table === 'contacts') {
        const contact = await db.contacts.get(id);
        if (contact?.kind !== 'external') return null;
        return {
          rename: { name: 'externalContact.update', args: { id, name: otherName(contact.name) } },
          remove: { name: 'externalContact.delete', args: { id } },
        };
      }
      const list = await db[match.table].get(id);
      if (!list) return null;
      const prefix = match.table === 'groups' ? 'group' : 'subList';
      return {
        rename: { name: `${prefix}.rename`, args: { id, name: otherName(list.name) } },
        remove: { name: `${prefix}.delete`, args: { id } },
      } as OtherAdminTarget;
    }, [db, match?.table, match?.id]) ?? null
  );
}
