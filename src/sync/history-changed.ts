/**
 * How a sync step says that the history this device knew is gone (rebootstrap.ts recovers).
 * Apart from the recovery itself, which loads only when a cycle needs it (cycle.ts): the
 * initial sync and the scheduler, on the first screen, need only this.
 */
import type { ApiError, Generation } from '../domain/protocol';

/** What showed that the history changed. */
export interface HistoryChange {
  /** The server's generation, when it named one (410, or an answer naming another). */
  generation?: Generation;
  /** The server's cursor, when it is behind what this device had seen. */
  serverCursor?: number;
  /** The server's last applied sequence for this client, when it is behind what it had answered. */
  lastAppliedSeq?: number;
  /** This device's sequence went back in time; the server's history is fine. */
  sequenceReused?: true;
}

export class HistoryChanged extends Error {
  constructor(readonly change: HistoryChange) {
    super('The history this device knew is gone');
    this.name = 'HistoryChanged';
  }
}

/** What a 410 says of the server's history. */
export function changeOf(refusal: ApiError | null): HistoryChange {
  return {
    ...(refusal?.generation ? { generation: refusal.generation } : {}),
    ...(refusal?.cursor === undefined ? {} : { serverCursor: refusal.cursor }),
    ...(refusal?.lastAppliedSeq === undefined ? {} : { lastAppliedSeq: refusal.lastAppliedSeq }),
  };
}
