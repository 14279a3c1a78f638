/**
 * Only the latest dry run becomes the preview: a file cancelled while it was read, and whose
 * reading then ends after a newer file's, never shows, so its plan can never be imported. The
 * job runner is held here so each dry run (the real one) ends when the test says, and it
 * ignores the cancel on purpose: the import flow itself must drop the stale plan.
 */
import { act, screen, waitFor } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { renderApp } from '../../../tests/render';
import { signedInTenant } from '../../../tests/tenant';
import { runJob, type DryRunJob } from './jobs';
import { packResult } from './packed-plan';
import { runJobOffThread } from './run-job';

vi.mock('./run-job', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./run-job')>()),
  runJobOffThread: vi.fn(),
}));

const held: { release: () => void; done: Promise<unknown> }[] = [];
vi.mocked(runJobOffThread).mockImplementation((job) => {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const done = runJob(job as DryRunJob).then(async (result) => {
    await gate;
    return packResult(result);
  });
  held.push({ release, done });
  return done as never;
});

const file = (name: string, contact: string) =>
  new File([`Name,Phone number\r\n${contact},819 555-0199\r\n`], name, { type: 'text/csv' });

it('a cancelled file’s dry run, ending after a newer file’s, is neither shown nor imported', async () => {
  const tenant = await signedInTenant();
  const { user } = renderApp({ url: '/import-export', locale: 'en-CA', session: tenant.session });
  const input = await screen.findByLabelText('CSV file');

  await user.upload(input, file('old.csv', 'Ancien Contact'));
  await waitFor(() => expect(held).toHaveLength(1));
  await user.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();

  await user.upload(input, file('new.csv', 'Nouveau Contact'));
  await waitFor(() => expect(held).toHaveLength(2));
  held[1]!.release();
  await screen.findByRole('heading', { name: 'Preview of new.csv' });

  held[0]!.release();
  await act(async () => {
    await held[0]!.done;
    // The flow's own continuation runs after the job's promise settles: let it.
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  expect(screen.getByRole('heading', { name: 'Preview of new.csv' })).toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: 'Preview of old.csv' })).not.toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Import 1 change' }));
  await screen.findByRole('heading', { name: 'Import finished' });
  const entries = await tenant.db.outbox.toArray();
  expect(entries.map((entry) => entry.intent)).toEqual([
    { name: 'externalContact.create', args: expect.objectContaining({ name: 'Nouveau Contact' }) },
  ]);
});
