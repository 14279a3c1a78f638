/**
 * The tenant's data as both the app and the mock back-end see it.
 * Every row carries the server `version` it was last known at; ids are made by
 * whoever creates the row (the app makes UUIDs offline), so a create is idempotent.
 */

export type ContactKind = 'subscriber' | 'external';

/** Scan priority: p1 is the highest; `normal` is the default. */
export const PRIORITIES = ['p1', 'p2', 'p3', 'normal'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const MESSAGING_VALUES = ['enabled', 'none'] as const;
export type Messaging = (typeof MESSAGING_VALUES)[number];

export interface ScanEntry {
  groupId: string;
  priority: Priority;
}

interface ContactBase {
  id: string;
  name: string;
  /** The 10 digits, never formatted. */
  phone: string;
  /** Folded name (see `foldName`) followed by the id: sorts like the locale, unique. */
  sortKey: string;
  version: number;
}

/** A PTT user provisioned by the carrier: cannot be created or deleted here. */
export interface Subscriber extends ContactBase {
  kind: 'subscriber';
  scanningEnabled: boolean;
  scanList: ScanEntry[];
  /** Text & multimedia. `none` also turns integrated secure messaging and voice message fallback off. */
  messaging: Messaging;
}

export interface ExternalContact extends ContactBase {
  kind: 'external';
}

export type Contact = Subscriber | ExternalContact;

/** Sub-lists and groups share a shape: a unique name and a set of contact ids. */
export interface MemberList {
  id: string;
  name: string;
  /** Folded name, for uniqueness (ignoring case and accents). */
  nameKey: string;
  memberIds: string[];
  version: number;
}
export type SubList = MemberList;
export type Group = MemberList;

export type ListKind = 'subList' | 'group';

/**
 * A supervisor account's scope: the groups an administrator gave it (docs/architecture.md,
 * "Roles"). Its id is the account's; administrators change it with `supervisor.addGroups` and
 * `supervisor.removeGroups`, through the same sync as every edit. A supervisor sees only its own.
 */
export interface Supervisor {
  id: string;
  /** The account's display name. */
  name: string;
  groupIds: string[];
  version: number;
}

export const TABLES = ['contacts', 'subLists', 'groups', 'supervisors'] as const;
export type TableName = (typeof TABLES)[number];

export interface RowByTable {
  contacts: Contact;
  subLists: SubList;
  groups: Group;
  supervisors: Supervisor;
}
