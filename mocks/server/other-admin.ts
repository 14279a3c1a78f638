/**
 * "Another admin" editing the same tenant at the same time as the user: each edit goes
 * through the server's apply-and-log path (new versions, change-log entries), so the app
 * sees it only by pulling, exactly as it would see a real colleague's work.
 * Call the methods on demand, or `start()` a schedule of random edits.
 */
import type { Intent } from '../../src/domain/intents';
import { PRIORITIES, type Messaging, type ScanEntry, type Subscriber } from '../../src/domain/model';
import { GROUP_MAX_MEMBERS } from '../../src/domain/rules';
import { externalContactName, uniqueListName, uniquePhone } from '../seed/names';
import { pick, randomId, type Random } from '../seed/rng';
import type { AdminEditResult } from './mutations';
import type { PttServer } from './server';
import type { TenantData } from './state';

export interface AdminEdit {
  intent: Intent;
  result: AdminEditResult;
}

export interface OtherAdmin {
  readonly tenantId: string;
  /** Any intent, as the other admin. */
  apply(intent: Intent): Promise<AdminEdit>;
  createGroup(name: string, memberIds?: string[]): Promise<AdminEdit>;
  renameGroup(groupId: string, name: string): Promise<AdminEdit>;
  addMember(groupId: string, contactId: string): Promise<AdminEdit>;
  removeMember(groupId: string, contactId: string): Promise<AdminEdit>;
  deleteGroup(groupId: string): Promise<AdminEdit>;
  createSubList(name: string, memberIds?: string[]): Promise<AdminEdit>;
  renameSubList(subListId: string, name: string): Promise<AdminEdit>;
  deleteSubList(subListId: string): Promise<AdminEdit>;
  createExternalContact(name: string, phone: string): Promise<AdminEdit>;
  updateExternalContact(contactId: string, changes: { name?: string; phone?: string }): Promise<AdminEdit>;
  deleteExternalContact(contactId: string): Promise<AdminEdit>;
  setMessaging(subscriberId: string, messaging: Messaging): Promise<AdminEdit>;
  setScanning(subscriberId: string, scanningEnabled: boolean, scanList: ScanEntry[]): Promise<AdminEdit>;
  /** One plausible edit picked at random from the current data; null when there is nothing to edit. */
  randomEdit(random?: Random): Promise<AdminEdit | null>;
  /** Makes a random edit every `everyMs` until `stop()`. */
  start(options: { everyMs: number; random?: Random }): void;
  stop(): void;
  isRunning(): boolean;
  /** Calls `listener` after each edit (scheduled or on demand); returns the unsubscribe function. */
  subscribe(listener: (edit: AdminEdit) => void): () => void;
}

export function createOtherAdmin(server: PttServer, tenantId: string, defaultRandom: Random = Math.random): OtherAdmin {
  const listeners = new Set<(edit: AdminEdit) => void>();
  let timer: ReturnType<typeof setInterval> | undefined;

  const announce = (edit: AdminEdit) => {
    for (const listener of listeners) listener(edit);
    return edit;
  };
  const apply = async (intent: Intent): Promise<AdminEdit> => {
    const edit = await server.adminEdit(tenantId, () => intent);
    if (!edit) throw new Error('an explicit intent is always applied');
    return announce(edit);
  };
  const randomEdit = async (random: Random = defaultRandom) => {
    const edit = await server.adminEdit(tenantId, (tenant) => pickRandomIntent(tenant, random));
    return edit && announce(edit);
  };
  const stop = () => {
    clearInterval(timer);
    timer = undefined;
  };

  return {
    tenantId,
    apply,
    createGroup: (name, memberIds = []) =>
      apply({ name: 'group.create', args: { id: crypto.randomUUID(), name, memberIds } }),
    renameGroup: (id, name) => apply({ name: 'group.rename', args: { id, name } }),
    addMember: (id, contactId) => apply({ name: 'group.addMembers', args: { id, memberIds: [contactId] } }),
    removeMember: (id, contactId) => apply({ name: 'group.removeMembers', args: { id, memberIds: [contactId] } }),
    deleteGroup: (id) => apply({ name: 'group.delete', args: { id } }),
    createSubList: (name, memberIds = []) =>
      apply({ name: 'subList.create', args: { id: crypto.randomUUID(), name, memberIds } }),
    renameSubList: (id, name) => apply({ name: 'subList.rename', args: { id, name } }),
    deleteSubList: (id) => apply({ name: 'subList.delete', args: { id } }),
    createExternalContact: (name, phone) =>
      apply({ name: 'externalContact.create', args: { id: crypto.randomUUID(), name, phone } }),
    updateExternalContact: (id, changes) => apply({ name: 'externalContact.update', args: { id, ...changes } }),
    deleteExternalContact: (id) => apply({ name: 'externalContact.delete', args: { id } }),
    setMessaging: (subscriberId, messaging) =>
      apply({ name: 'options.setMessaging', args: { subscriberId, messaging } }),
    setScanning: (subscriberId, scanningEnabled, scanList) =>
      apply({ name: 'scanning.update', args: { subscriberId, scanningEnabled, scanList } }),
    randomEdit,
    start({ everyMs, random = defaultRandom }) {
      stop();
      timer = setInterval(() => void randomEdit(random), Math.max(50, everyMs));
    },
    stop,
    isRunning: () => timer !== undefined,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

type IntentPicker = (tenant: TenantData, random: Random) => Intent | null;

const randomOf = <T>(random: Random, items: Iterable<T>): T | undefined => {
  const all = [...items];
  return all.length === 0 ? undefined : pick(random, all);
};

/** What a busy colleague does, with rough weights: mostly membership and renames, sometimes creates and deletes. */
const PICKERS: ReadonlyArray<[weight: number, picker: IntentPicker]> = [
  [
    4,
    (tenant, random) => {
      const group = randomOf(random, tenant.rows.groups.values());
      const contact = randomOf(random, tenant.rows.contacts.values());
      if (!group || !contact || group.memberIds.length >= GROUP_MAX_MEMBERS || group.memberIds.includes(contact.id))
        return null;
      return { name: 'group.addMembers', args: { id: group.id, memberIds: [contact.id] } };
    },
  ],
  [
    3,
    (tenant, random) => {
      const group = randomOf(random, tenant.rows.groups.values());
      const memberId = group && randomOf(random, group.memberIds);
      return group && memberId ? { name: 'group.removeMembers', args: { id: group.id, memberIds: [memberId] } } : null;
    },
  ],
  [
    3,
    (tenant, random) => {
      const group = randomOf(random, tenant.rows.groups.values());
      return group ? { name: 'group.rename', args: { id: group.id, name: freshName(tenant, 'group', random) } } : null;
    },
  ],
  [
    2,
    (tenant, random) => {
      const list = randomOf(random, tenant.rows.subLists.values());
      return list
        ? { name: 'subList.rename', args: { id: list.id, name: freshName(tenant, 'subList', random) } }
        : null;
    },
  ],
  [
    2,
    (tenant, random) => {
      const list = randomOf(random, tenant.rows.subLists.values());
      const contact = randomOf(random, tenant.rows.contacts.values());
      if (!list || !contact || list.memberIds.includes(contact.id)) return null;
      return { name: 'subList.addMembers', args: { id: list.id, memberIds: [contact.id] } };
    },
  ],
  [
    2,
    (tenant, random) => {
      const subscriber = randomOf(random, subscribers(tenant));
      if (!subscriber) return null;
      return {
        name: 'options.setMessaging',
        args: { subscriberId: subscriber.id, messaging: subscriber.messaging === 'none' ? 'enabled' : 'none' },
      };
    },
  ],
  [
    2,
    (tenant, random) => {
      const subscriber = randomOf(
        random,
        subscribers(tenant).filter((s) => s.scanList.length > 0),
      );
      if (!subscriber) return null;
      const scanList = subscriber.scanList.map((entry) => ({ ...entry, priority: pick(random, PRIORITIES) }));
      return {
        name: 'scanning.update',
        args: { subscriberId: subscriber.id, scanningEnabled: subscriber.scanningEnabled, scanList },
      };
    },
  ],
  [
    1,
    (tenant, random) => {
      const contact = randomOf(
        random,
        [...tenant.rows.contacts.values()].filter((c) => c.kind === 'external'),
      );
      return contact
        ? { name: 'externalContact.update', args: { id: contact.id, name: externalContactName(random) } }
        : null;
    },
  ],
  [
    1,
    (tenant, random) => {
      const phones = new Set([...tenant.rows.contacts.values()].map((contact) => contact.phone));
      return {
        name: 'externalContact.create',
        args: { id: randomId(random), name: externalContactName(random), phone: uniquePhone(random, phones) },
      };
    },
  ],
  [
    1,
    (tenant, random) => {
      const members = randomOf(random, tenant.rows.contacts.values());
      const name = freshName(tenant, 'group', random);
      return { name: 'group.create', args: { id: randomId(random), name, memberIds: members ? [members.id] : [] } };
    },
  ],
  [
    1,
    (tenant, random) => {
      const contact = randomOf(
        random,
        [...tenant.rows.contacts.values()].filter((c) => c.kind === 'external'),
      );
      return contact ? { name: 'externalContact.delete', args: { id: contact.id } } : null;
    },
  ],
  [
    1,
    (tenant, random) => {
      // Keeps a few groups around so a long demo does not empty the tenant.
      if (tenant.rows.groups.size <= 3) return null;
      const group = randomOf(random, tenant.rows.groups.values());
      return group ? { name: 'group.delete', args: { id: group.id } } : null;
    },
  ],
];

const TOTAL_WEIGHT = PICKERS.reduce((sum, [weight]) => sum + weight, 0);

/** Tries weighted pickers until one finds something to do (a few tries: an empty tenant has little to edit). */
export function pickRandomIntent(tenant: TenantData, random: Random): Intent | null {
  for (let attempt = 0; attempt < 20; attempt++) {
    let roll = random() * TOTAL_WEIGHT;
    const picker = PICKERS.find(([weight]) => (roll -= weight) < 0)?.[1] ?? PICKERS[0]?.[1];
    const intent = picker?.(tenant, random);
    if (intent) return intent;
  }
  return null;
}

function subscribers(tenant: TenantData): Subscriber[] {
  return [...tenant.rows.contacts.values()].filter((contact) => contact.kind === 'subscriber');
}

function freshName(tenant: TenantData, kind: 'group' | 'subList', random: Random): string {
  const taken = new Set(
    [...tenant.rows[kind === 'group' ? 'groups' : 'subLists'].values()].map((list) => list.nameKey),
  );
  return uniqueListName(random, kind, taken);
}
