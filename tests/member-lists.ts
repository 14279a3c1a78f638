/**
 * What the sub-list and group tests share: each kind's words in both languages (the tests read
 * them, so a test runs for either kind), and ways to find, store and open a list.
 */
import { expect } from 'vitest';
import { screen } from '@testing-library/react';
import type { Group, MemberList, Subscriber } from '../src/domain/model';
import { loadNameKeys, nameKey } from '../src/domain/name-key';
import { renderApp } from './render';
import type { SignedInTenant } from './tenant';

export type Locale = 'en-CA' | 'fr-CA';

const WORDS = {
  group: {
    'en-CA': {
      title: 'Manage Groups',
      listLabel: 'Groups',
      addNew: 'Add New Group',
      picker: 'Pick Individual Group Members',
      deleteLabel: 'Delete this group',
      deleteTitle: (name: string) => `Delete the group “${name}”?`,
      createTitle: (name: string) => `Save the new group “${name}”?`,
      created: (name: string) => `Group “${name}” saved. It is sent as soon as the network allows.`,
      deleted: (name: string) => `Group “${name}” deleted.`,
      nameTaken: (name: string) => `Another group is already called “${name}” (names ignore case and accents).`,
      deletedElsewhere: 'This group no longer exists — another administrator deleted it.',
      notFound: 'There is no group at this address.',
    },
    'fr-CA': {
      title: 'Gérer les groupes',
      listLabel: 'Groupes',
      addNew: 'Ajouter un nouveau groupe',
      picker: 'Choisir les membres du groupe',
      deleteLabel: 'Supprimer ce groupe',
      deleteTitle: (name: string) => `Supprimer le groupe « ${name} »?`,
      createTitle: (name: string) => `Enregistrer le nouveau groupe « ${name} »?`,
      created: (name: string) => `Groupe « ${name} » enregistré. Il sera transmis dès que le réseau le permettra.`,
      deleted: (name: string) => `Groupe « ${name} » supprimé.`,
      nameTaken: (name: string) =>
        `Un autre groupe s’appelle déjà « ${name} » (les majuscules et les accents ne comptent pas).`,
      deletedElsewhere: 'Ce groupe n’existe plus — un autre administrateur l’a supprimé.',
      notFound: 'Aucun groupe ne se trouve à cette adresse.',
    },
  },
  subList: {
    'en-CA': {
      title: 'Manage Sub-Lists',
      listLabel: 'Sub-lists',
      addNew: 'Add New Sub-List',
      picker: 'Add Members',
      deleteLabel: 'Delete this sub-list',
      deleteTitle: (name: string) => `Delete the sub-list “${name}”?`,
      createTitle: (name: string) => `Save the new sub-list “${name}”?`,
      created: (name: string) => `Sub-list “${name}” saved. It is sent as soon as the network allows.`,
      deleted: (name: string) => `Sub-list “${name}” deleted.`,
      nameTaken: (name: string) => `Another sub-list is already called “${name}” (names ignore case and accents).`,
      deletedElsewhere: 'This sub-list no longer exists — another administrator deleted it.',
      notFound: 'There is no sub-list at this address.',
    },
    'fr-CA': {
      title: 'Gérer les sous-listes',
      listLabel: 'Sous-listes',
      addNew: 'Ajouter une nouvelle sous-liste',
      picker: 'Ajouter des membres',
      deleteLabel: 'Supprimer cette sous-liste',
      deleteTitle: (name: string) => `Supprimer la sous-liste « ${name} »?`,
      createTitle: (name: string) => `Enregistrer la nouvelle sous-liste « ${name} »?`,
      created: (name: string) =>
        `Sous-liste « ${name} » enregistrée. Elle sera transmise dès que le réseau le permettra.`,
      deleted: (name: string) => `Sous-liste « ${name} » supprimée.`,
      nameTaken: (name: string) =>
        `Une autre sous-liste s’appelle déjà « ${name} » (les majuscules et les accents ne comptent pas).`,
      deletedElsewhere: 'Cette sous-liste n’existe plus — un autre administrateur l’a supprimée.',
      notFound: 'Aucune sous-liste ne se trouve à cette adresse.',
    },
  },
} as const;

/** Each kind as the tests see it: its table, addresses, intents, and words. */
export const KINDS = [
  { kind: 'group', table: 'groups', other: 'subLists', path: '/groups', words: WORDS.group },
  { kind: 'subList', table: 'subLists', other: 'groups', path: '/sub-lists', words: WORDS.subList },
] as const;
export type KindUnderTest = (typeof KINDS)[number];

/** An accessible name as the test writes it, any space matching French's non-breaking ones too. */
export function named(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s')}$`);
}

/** The live member count beside the Members heading. */
export const memberCount = () => document.querySelector('.member-count');

/** Puts a list in the local store as a sync would. */
export async function storeList(
  { db }: SignedInTenant,
  table: KindUnderTest['table'],
  id: string,
  name: string,
  memberIds: string[],
): Promise<MemberList> {
  await loadNameKeys();
  await db[table].put({ id, name, nameKey: nameKey(name), memberIds, version: 1 });
  return (await db[table].get(id))!;
}

/** The seeded list of the kind with the most members, and its members as contacts. */
export function biggestList({ rows }: SignedInTenant, table: KindUnderTest['table']) {
  const list = [...rows[table]].sort((a, b) => b.memberIds.length - a.memberIds.length)[0]!;
  const byId = new Map(rows.contacts.map((contact) => [contact.id, contact]));
  return { list, members: list.memberIds.map((id) => byId.get(id)!) };
}

/** A seeded group with a subscriber member who scans it. */
export function scannedGroup({ rows }: SignedInTenant): { group: Group; scanner: Subscriber } {
  for (const contact of rows.contacts) {
    if (contact.kind !== 'subscriber') continue;
    const entry = contact.scanList[0];
    if (entry) return { group: rows.groups.find((group) => group.id === entry.groupId)!, scanner: contact };
  }
  throw new Error('the seed has no scan list');
}

/** Opens a list's own page and waits for its name to show. */
export async function openList(
  tenant: SignedInTenant,
  path: KindUnderTest['path'],
  list: MemberList,
  locale: Locale = 'en-CA',
) {
  const view = renderApp({ url: `${path}/${list.id}`, session: tenant.session, locale });
  expect(await screen.findByDisplayValue(list.name)).toBeInTheDocument();
  return view;
}
