import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DatabaseProvider, useDatabase } from './context';
import type { PttDatabase } from './database';
import { useWaitingCount } from './hooks';
import { mutate } from './outbox/append';
import { externalCreates } from '../../tests/contacts';

/** Shows the waiting count, as the sync indicator and Exit each do. */
function Waiting({ label, onDatabase }: { label: string; onDatabase: (db: PttDatabase) => void }) {
  onDatabase(useDatabase());
  return <p>{`${label}: ${useWaitingCount() ?? 'counting'}`}</p>;
}

describe('a live query shared by the screens that show it', () => {
  it('counts the outbox once per edit, however many components show the count', async () => {
    let db: PttDatabase | undefined;
    const remember = (opened: PttDatabase) => (db = opened);
    const { unmount } = render(
      <DatabaseProvider name="shared-live-query-test">
        <Waiting label="Sync indicator" onDatabase={remember} />
        <Waiting label="Exit" onDatabase={remember} />
      </DatabaseProvider>,
    );
    await screen.findByText('Sync indicator: 0');
    expect(screen.getByText('Exit: 0')).toBeInTheDocument();

    const counts = vi.spyOn(db!.outbox, 'count');
    await mutate(db!, {
      name: 'externalContact.create',
      args: { id: 'c1', name: 'Garage Côté', phone: '819 555-0101' },
    });
    await screen.findByText('Sync indicator: 1');
    expect(screen.getByText('Exit: 1')).toBeInTheDocument();
    expect(counts).toHaveBeenCalledTimes(1);
    unmount();
  });

  it('counts a burst of edits a few times, not once per edit, and ends on the right count', async () => {
    let db: PttDatabase | undefined;
    const { unmount } = render(
      <DatabaseProvider name="shared-live-query-burst-test">
        <Waiting label="Sync indicator" onDatabase={(opened) => (db = opened)} />
      </DatabaseProvider>,
    );
    await screen.findByText('Sync indicator: 0');
    const counts = vi.spyOn(db!.outbox, 'count');
    const edits = externalCreates(30);
    await Promise.all(edits.map((edit) => mutate(db!, edit)));
    await screen.findByText('Sync indicator: 30');
    expect(counts.mock.calls.length).toBeLessThan(edits.length / 3);
    unmount();
  });
});
