/**
 * Large writes of one transaction, spread over several tasks. IndexedDB copies each row when a
 * request is made, on the page's main thread: an import chunk's 1,500 writes (its contacts, their
 * server copies, its outbox entries) made at once held the page 50–90 ms (docs/performance.md,
 * round six). Here each bulk write goes in slices of at most `ROWS_PER_REQUEST` rows, and the
 * slices are made until `TURN_MS` has passed; then the writer waits for what it made to be
 * answered — IndexedDB answers in a task of its own, which keeps the transaction alive — and
 * makes the next ones there. It is still one transaction: all or none.
 */

/** Rows per bulk request: 50 or more (Dexie then notes the table as changed, not each row's keys). */
const ROWS_PER_REQUEST = 100;
/** Main-thread time for making requests before the page may run its other work. */
const TURN_MS = 8;

/** `rows` cut into even slices of at most `ROWS_PER_REQUEST` (so none under 50 when there are 50 or more). */
function slicesOf<T>(rows: readonly T[]): T[][] {
  const count = Math.ceil(rows.length / ROWS_PER_REQUEST);
  const size = Math.ceil(rows.length / count);
  return Array.from({ length: count }, (_, at) => rows.slice(at * size, (at + 1) * size));
}

export interface PacedWrites {
  /**
   * Writes `rows` with `request` (a bulk write, in the caller's transaction), slice by slice;
   * resolves once every slice is written, rejects like the request. Several calls may run at
   * once: they share the turns.
   */
  write<T>(rows: readonly T[], request: (slice: T[]) => Promise<unknown>): Promise<void>;
}

export function pacedWrites(): PacedWrites {
  let turnStart = performance.now();
  /** What the current turn made, settled either way: waiting for it never throws (each write reports its own). */
  let made: Promise<unknown>[] = [];
  let nextTurn: Promise<void> | null = null;
  const waitForNextTurn = () =>
    (nextTurn ??= Promise.all(made).then(() => {
      made = [];
      nextTurn = null;
      turnStart = performance.now();
    }));
  return {
    async write(rows, request) {
      const requests: Promise<unknown>[] = [];
      for (const slice of slicesOf(rows)) {
        while (made.length > 0 && performance.now() - turnStart > TURN_MS) await waitForNextTurn();
        const sent = request(slice);
        requests.push(sent);
        made.push(sent.catch(() => undefined));
      }
      await Promise.all(requests);
    },
  };
}
