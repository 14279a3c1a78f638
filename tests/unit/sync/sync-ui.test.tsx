/** What the user sees of syncing: the header indicator, the Sync issues page, and Exit's warning. */
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../../render';
import { signedInTenant } from '../../tenant';
import { mutate } from '../../../src/db/outbox/append';
import type { SyncIssue } from '../../../src/db/database';

async function tenantWithConflict() {
  const tenant = await signedInTenant();
  const group = tenant.rows.groups[0]!;
  const issue: SyncIssue = {
    key: 'client-1:1',
    seq: 1,
    intent: { name: 'group.rename', args: { id: group.id, name: 'Équipe Nord' } },
    outcome: { seq: 1, key: 'client-1:1', status: 'conflict', server: { version: 9, fields: { name: 'Équipe Sud' } } },
    mine: { name: 'Équipe Nord' },
    subject: group.name,
    createdAt: 1,
  };
  await tenant.db.syncIssues.put(issue);
  return { ...tenant, group };
}

describe('sync in the interface', () => {
  it('explains a conflict in plain words and re-queues mine on “Keep mine”', async () => {
    const { session, db, group } = await tenantWithConflict();
    const { user } = renderApp({ url: '/sync-issues', session });
    expect(
      await screen.findByText('You renamed this group to “Équipe Nord”; another admin renamed it to “Équipe Sud”.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '1 sync issue' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute('href', `/groups/${group.id}`);
    await user.click(screen.getByRole('button', { name: 'Keep mine' }));
    expect(await screen.findByText('Your version will be sent again.')).toBeInTheDocument();
    expect(await screen.findByText('No sync issues: every edit reached the server.')).toBeInTheDocument();
    const [entry] = await db.outbox.toArray();
    expect(entry?.intent).toEqual({ name: 'group.rename', args: { id: group.id, name: 'Équipe Nord' } });
    expect((await db.groups.get(group.id))?.name).toBe('Équipe Nord');
    expect(await screen.findByText(/1 edit waiting to sync/)).toBeInTheDocument();
  });

  it('in French, explains a rejection and lets the user dismiss it', async () => {
    const { session, db, group } = await tenantWithConflict();
    await db.syncIssues.clear();
    await db.syncIssues.put({
      key: 'client-1:2',
      seq: 2,
      intent: { name: 'group.rename', args: { id: group.id, name: 'Urgences' } },
      outcome: { seq: 2, key: 'client-1:2', status: 'rejected', reason: 'notFound' },
      mine: { name: 'Urgences' },
      subject: 'Ancien groupe',
      createdAt: 1,
    });
    const { user } = renderApp({ url: '/sync-issues', session, locale: 'fr-CA' });
    const item = await screen.findByRole('listitem', {
      name: /^Non enregistrée Renommer le groupe «\sAncien groupe\s» en «\sUrgences\s»$/,
    });
    expect(within(item).getByText('Un autre administrateur a supprimé cet élément.')).toBeInTheDocument();
    await user.click(within(item).getByRole('button', { name: 'Fermer' }));
    expect(
      await screen.findByText('Aucun problème de synchronisation : toutes les modifications ont atteint le serveur.'),
    ).toBeInTheDocument();
    expect(await db.syncIssues.count()).toBe(0);
  });

  it('warns before Exit while edits wait, and keeps them for the next sign-in', async () => {
    const { session, db, group } = await signedInTenant().then(async (tenant) => ({
      ...tenant,
      group: tenant.rows.groups[0]!,
    }));
    await mutate(db, { name: 'group.rename', args: { id: group.id, name: 'Équipe Nord' } });
    const { user } = renderApp({ url: '/groups', session, locale: 'fr-CA' });
    expect(await screen.findByText(/1 modification en attente de synchronisation/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sortir' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Des modifications sont en attente' });
    expect(dialog).toHaveTextContent(
      '1 modification n’a pas encore atteint le serveur. En sortant maintenant, vous retirez vos données de cet appareil, sauf si vous y gardez cette modification : elle sera alors envoyée à votre prochaine ouverture de session sur cet appareil.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sortir' }));
    await user.click(
      await screen.findByRole('button', {
        name: 'Sortir et garder la modification pour ma prochaine ouverture de session',
      }),
    );
    expect(await screen.findByRole('heading', { name: 'Ouvrir une session' })).toBeInTheDocument();
    expect(await db.outbox.count()).toBe(1);
  });
});
