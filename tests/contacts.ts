/** Contacts built by hand for the unit tests of search and member lists: names with accents, numbers of every shape. */
import type { Contact, ScanEntry } from '../src/domain/model';
import { contactSortKey } from '../src/domain/rules';

/** A contact as the store holds it; a subscriber scans the groups given. */
export function contact(
  name: string,
  phone: string,
  kind: Contact['kind'] = 'subscriber',
  { id = `${name}-${phone}`, scans = [] as string[] } = {},
): Contact {
  const base = { id, name, phone, sortKey: contactSortKey(name, id), version: 1 };
  if (kind === 'external') return { ...base, kind };
  const scanList: ScanEntry[] = scans.map((groupId) => ({ groupId, priority: 'normal' }));
  return { ...base, kind, scanningEnabled: scanList.length > 0, scanList, messaging: 'enabled' };
}

export const SEARCH_CONTACTS = [
  contact('Hélène Bérubé', '6135550142'),
  contact('Helene Berube', '4385550199', 'external'),
  contact("Joël O'Brien", '8195550123'),
  contact('Garage Côté', '5145550000', 'external'),
  contact('Zoë Sørensen', '2045550101'),
  contact('Unité 911', '8735551234', 'external'),
];

/** The edits that create `count` external contacts: ids c0, c1, …, names Garage 0, …, numbers 819 555-1000 on. */
export function externalCreates(count: number) {
  return Array.from({ length: count }, (_, index) => ({
    name: 'externalContact.create' as const,
    args: { id: `c${index}`, name: `Garage ${index}`, phone: `819555${1000 + index}` },
  }));
}
