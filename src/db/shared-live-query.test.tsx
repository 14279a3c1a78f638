import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DatabaseProvider, useDatabase } from './context';
import type { PttDatabase } from './database';
import { useWaitingCount } from './hooks';
import { mutate } from './outbox/append';

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
});
