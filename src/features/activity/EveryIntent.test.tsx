/**
 * Every kind of edit as the Activity page says it, in both languages: another administrator
 * makes one of each on the real mock back-end (every intent, and each way a scanning or
 * messaging change reads), the device syncs, and the page renders the server's entries.
 */
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../../../tests/render';
import { signedInTenant } from '../../../tests/tenant';
import { INTENT_NAMES } from '../../domain/intent-schemas';
import type { Intent } from '../../domain/intents';
import type { Subscriber } from '../../domain/model';
import { SyncEngine } from '../../sync/engine';

/** A supervisor's scope changes: only a tenant with supervisors has them (the large demo tenant). */
const SCOPE_INTENTS = ['supervisor.addGroups', 'supervisor.removeGroups'];

async function oneOfEachEdit() {
  const tenant = await signedInTenant('small-business', { online: true });
  const { contacts, groups } = tenant.rows;
  const subscribers = contacts.filter((contact): contact is Subscriber => contact.kind === 'subscriber');
  const [home, doomed] = groups;
  const sub = subscribers.find((contact) => home!.memberIds.includes(contact.id))!;
  const other = subscribers.find((contact) => contact.id !== sub.id)!;
  const ext = contacts.find((contact) => contact.kind === 'external')!;
  const phones = new Set(contacts.map((contact) => contact.phone));
  const phone = ['8195550142', '8195550143', '8195550144'].find((number) => !phones.has(number))!;
  const [firstMessaging, secondMessaging] = sub.messaging === 'none' ? ['enabled', 'none'] : ['none', 'enabled'];
  const edits: Intent[] = [
    { name: 'externalContact.create', args: { id: 'c-new', name: 'Léa Fortin', phone } },
    { name: 'externalContact.update', args: { id: 'c-new', name: 'Léa Fortin-Roy' } },
    { name: 'externalContact.delete', args: { id: 'c-new' } },
    { name: 'subList.create', args: { id: 's-new', name: 'Relève de nuit', memberIds: [sub.id, ext.id] } },
    { name: 'subList.rename', args: { id: 's-new', name: 'Relève du soir' } },
    { name: 'subList.addMembers', args: { id: 's-new', memberIds: [other.id] } },
    { name: 'subList.removeMembers', args: { id: 's-new', memberIds: [ext.id] } },
    { name: 'subList.delete', args: { id: 's-new' } },
    { name: 'group.create', args: { id: 'g-new', name: 'Patrouille Nord', memberIds: [sub.id] } },
    { name: 'group.rename', args: { id: 'g-new', name: 'Patrouille Sud' } },
    { name: 'group.addMembers', args: { id: 'g-new', memberIds: [ext.id, other.id] } },
    { name: 'group.removeMembers', args: { id: 'g-new', memberIds: [ext.id] } },
    {
      name: 'scanning.update',
      args: { subscriberId: sub.id, scanningEnabled: true, scanList: [{ groupId: 'g-new', priority: 'p1' }] },
    },
    {
      name: 'scanning.update',
      args: {
        subscriberId: sub.id,
        scanningEnabled: true,
        scanList: [
          { groupId: 'g-new', priority: 'p2' },
          { groupId: home!.id, priority: 'normal' },
        ],
      },
    },
    { name: 'scanning.update', args: { subscriberId: sub.id, scanningEnabled: false, scanList: [] } },
    { name: 'options.setMessaging', args: { subscriberId: sub.id, messaging: firstMessaging } },
    { name: 'options.setMessaging', args: { subscriberId: sub.id, messaging: secondMessaging } },
    { name: 'group.delete', args: { id: doomed!.id } },
  ] as Intent[];
  // One of each intent, at least (a supervisor's scope in the next test): a new intent must come with its sentence here.
  expect(new Set([...edits.map((edit) => edit.name), ...SCOPE_INTENTS])).toEqual(new Set(INTENT_NAMES));
  const admin = tenant.backend.otherAdmin(tenant.session.tenant.id);
  for (const edit of edits) {
    const { result } = await admin.apply(edit);
    expect({ edit: edit.name, ...result }).toMatchObject({ edit: edit.name, status: 'applied' });
  }
  await new SyncEngine({ db: tenant.db, token: tenant.session.token }).syncUntilDone();
  tenant.backend.faults.setOffline(true);
  return { ...tenant, sub, doomed: doomed!, messaging: [firstMessaging, secondMessaging] };
}

/** Each entry's sentence, its spaces compared as Testing Library's text queries do (French puts no-break spaces in « »). */
async function sentencesShown() {
  const list = await screen.findByRole('list', { name: /^(Activity|Activité)$/ }, { timeout: 5_000 });
  const items = await within(list).findAllByRole('listitem');
  return items.map((item) => item.querySelector('p')?.textContent?.replace(/\s+/g, ' '));
}

describe('every kind of edit in the Activity page', () => {
  it('reads as a plain sentence in English and in French, newest first', async () => {
    const { session, sub, doomed, messaging } = await oneOfEachEdit();
    const on = (value: string, en: [string, string]) => (value === 'none' ? en[0] : en[1]);
    const { unmount } = renderApp({ url: '/activity', session });
    expect(await sentencesShown()).toEqual([
      `Marie Dubé deleted the group “${doomed.name}”.`,
      `Marie Dubé turned “Text & multimedia” ${on(messaging[1]!, ['off', 'on'])} for ${sub.name}.`,
      `Marie Dubé turned “Text & multimedia” ${on(messaging[0]!, ['off', 'on'])} for ${sub.name}.`,
      `Marie Dubé turned scanning off for ${sub.name}.`,
      `Marie Dubé changed ${sub.name}’s scan list: 2 groups.`,
      `Marie Dubé set ${sub.name}’s scanning of “Patrouille Sud” to Priority 1.`,
      'Marie Dubé removed 1 member from “Patrouille Sud”.',
      'Marie Dubé added 2 members to “Patrouille Sud”.',
      'Marie Dubé renamed the group “Patrouille Sud”.',
      'Marie Dubé created the group “Patrouille Nord” with 1 member.',
      'Marie Dubé deleted the sub-list “Relève du soir”.',
      'Marie Dubé removed 1 member from “Relève du soir”.',
      'Marie Dubé added 1 member to “Relève du soir”.',
      'Marie Dubé renamed the sub-list “Relève du soir”.',
      'Marie Dubé created the sub-list “Relève de nuit” with 2 members.',
      'Marie Dubé deleted the external contact Léa Fortin-Roy.',
      'Marie Dubé changed the external contact Léa Fortin-Roy.',
      'Marie Dubé added the external contact Léa Fortin.',
    ]);
    expect(screen.getByText('Name: Léa Fortin → Léa Fortin-Roy')).toBeInTheDocument();
    expect(screen.getByText('Name: Relève de nuit → Relève du soir')).toBeInTheDocument();
    unmount();

    renderApp({ url: '/activity', session, locale: 'fr-CA' });
    expect(await sentencesShown()).toEqual([
      `Marie Dubé a supprimé le groupe « ${doomed.name} ».`,
      `Marie Dubé a ${on(messaging[1]!, ['désactivé', 'activé'])} « Texto et multimédia » pour ${sub.name}.`,
      `Marie Dubé a ${on(messaging[0]!, ['désactivé', 'activé'])} « Texto et multimédia » pour ${sub.name}.`,
      `Marie Dubé a désactivé le balayage pour ${sub.name}.`,
      `Marie Dubé a modifié la liste de balayage de ${sub.name} : 2 groupes.`,
      `Marie Dubé a réglé le balayage de « Patrouille Sud » à « Priorité 1 » pour ${sub.name}.`,
      'Marie Dubé a retiré 1 membre de « Patrouille Sud ».',
      'Marie Dubé a ajouté 2 membres à « Patrouille Sud ».',
      'Marie Dubé a renommé le groupe en « Patrouille Sud ».',
      'Marie Dubé a créé le groupe « Patrouille Nord » avec 1 membre.',
      'Marie Dubé a supprimé la sous-liste « Relève du soir ».',
      'Marie Dubé a retiré 1 membre de « Relève du soir ».',
      'Marie Dubé a ajouté 1 membre à « Relève du soir ».',
      'Marie Dubé a renommé la sous-liste en « Relève du soir ».',
      'Marie Dubé a créé la sous-liste « Relève de nuit » avec 2 membres.',
      'Marie Dubé a supprimé le contact externe Léa Fortin-Roy.',
      'Marie Dubé a modifié le contact externe Léa Fortin-Roy.',
      'Marie Dubé a ajouté le contact externe Léa Fortin.',
    ]);
    expect(screen.getByText('Nom : Léa Fortin → Léa Fortin-Roy')).toBeInTheDocument();
  });

  it('says who gave or took a supervisor’s groups, in English and in French', async () => {
    const tenant = await signedInTenant('large-enterprise', { online: true });
    const supervisor = tenant.rows.supervisors.find((row) => row.name === 'Jean-Philippe Ouellet')!;
    const given = tenant.rows.groups.find((group) => !supervisor.groupIds.includes(group.id))!;
    const admin = tenant.backend.otherAdmin(tenant.session.tenant.id);
    for (const edit of [
      { name: 'supervisor.addGroups', args: { id: supervisor.id, groupIds: [given.id] } },
      { name: 'supervisor.removeGroups', args: { id: supervisor.id, groupIds: supervisor.groupIds } },
    ] as Intent[]) {
      expect((await admin.apply(edit)).result).toMatchObject({ status: 'applied' });
    }
    await new SyncEngine({ db: tenant.db, token: tenant.session.token }).syncUntilDone();
    tenant.backend.faults.setOffline(true);

    const { unmount } = renderApp({ url: '/activity', session: tenant.session });
    expect(await sentencesShown()).toEqual([
      `Marie Dubé took ${supervisor.groupIds.length} groups away from Jean-Philippe Ouellet.`,
      'Marie Dubé gave Jean-Philippe Ouellet 1 group to supervise.',
    ]);
    unmount();
    renderApp({ url: '/activity', session: tenant.session, locale: 'fr-CA' });
    expect(await sentencesShown()).toEqual([
      `Marie Dubé a retiré ${supervisor.groupIds.length} groupes de la supervision de Jean-Philippe Ouellet.`,
      'Marie Dubé a confié 1 groupe à superviser à Jean-Philippe Ouellet.',
    ]);
  });
});
