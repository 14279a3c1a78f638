/**
 * "Another admin" as its callers see it: the edits it can make, a schedule of random edits, who
 * it acts as, and who hears of its edits — over `AdminEdits`, which make the edits on the core
 * (other-admin.ts), in this realm or, in demo mode, in the back-end's worker (browser.ts).
 */
import type { Intent } from '../src/domain/intents';
import type { Messaging, ScanEntry } from '../src/domain/model';
import type { AdminEdit } from '../server/core/core';
import type { Random } from '../server/seed/rng';

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
  /** The tenant's supervisors, whom the other admin can act as. */
  supervisors(): Promise<{ id: string; name: string }[]>;
  /**
   * Acts as that supervisor from now on (null: as the administrator again): its edits are judged
   * with the supervisor's role and scope, and its random edits change its groups' members.
   */
  actAs(supervisorId: string | null): void;
  actingAs(): string | null;
  /** Calls `listener` after each edit (scheduled or on demand); returns the unsubscribe function. */
  subscribe(listener: (edit: AdminEdit) => void): () => void;
}

/**
 * Where the other admin's edits are made: on the core itself, or (demo mode) on the core in its
 * worker, which draws its random edits with its own `Math.random`. `actingAs`: the supervisor acted as.
 */
export interface AdminEdits {
  apply(intent: Intent, actingAs: string | null): Promise<AdminEdit>;
  randomEdit(actingAs: string | null, random: Random): Promise<AdminEdit | null>;
  supervisors(): Promise<{ id: string; name: string }[]>;
}

/** The other admin over `edits`: its schedule, who it acts as, and who hears of its edits. */
export function otherAdminOver(tenantId: string, edits: AdminEdits, defaultRandom: Random = Math.random): OtherAdmin {
  const listeners = new Set<(edit: AdminEdit) => void>();
  let timer: ReturnType<typeof setInterval> | undefined;
  let supervisorId: string | null = null;

  const announce = (edit: AdminEdit) => {
    for (const listener of listeners) listener(edit);
    return edit;
  };
  const apply = async (intent: Intent): Promise<AdminEdit> => announce(await edits.apply(intent, supervisorId));
  const randomEdit = async (random: Random = defaultRandom) => {
    const made = await edits.randomEdit(supervisorId, random);
    return made && announce(made);
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
    supervisors: () => edits.supervisors(),
    actAs(id) {
      supervisorId = id;
    },
    actingAs: () => supervisorId,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
