/**
 * Pages read ahead of their writes (the first sync, snapshot.ts). The reader puts each page as it
 * arrives and waits while `limit` rows wait to be written; the writer takes everything that
 * arrived during its last write, in one go. A slow write thus takes several pages at once and the
 * next rows are always there to write: the database, not the transfer, sets the pace.
 */
export class ReadAhead<T> {
  private waiting: T[] = [];
  private rows = 0;
  /** `ended`: the reader read its last page (or failed); `stopped`: the writer wants no more. */
  private state: 'reading' | 'ended' | 'stopped' = 'reading';
  private failure: { error: unknown } | null = null;
  private waiters: (() => void)[] = [];

  constructor(
    private readonly limit: number,
    private readonly rowsOf: (item: T) => number,
  ) {}

  /** The reader: resolves true once there is room for more, false when the writer stopped (read no more). */
  async put(item: T): Promise<boolean> {
    this.waiting.push(item);
    this.rows += this.rowsOf(item);
    this.notify();
    while (this.rows >= this.limit && this.state === 'reading') await this.changed();
    return this.state === 'reading';
  }

  /** The reader's last word: every page is read, or `error` ended the reading (the writer throws it once the pages before it are written). */
  end(error?: { error: unknown }): void {
    if (this.state !== 'reading') return;
    this.state = 'ended';
    this.failure = error ?? null;
    this.notify();
  }

  /** The writer failed: the reader stops before its next page. */
  stop(): void {
    this.state = 'stopped';
    this.waiting = [];
    this.notify();
  }

  /** The writer: every page put since its last call, waiting for one; none once the reader ended and all were taken. */
  async takeAll(): Promise<T[]> {
    while (this.waiting.length === 0 && this.state === 'reading') await this.changed();
    const taken = this.waiting;
    this.waiting = [];
    this.rows = 0;
    this.notify();
    return taken;
  }

  /** Throws what ended the reading, if anything did. */
  rethrow(): void {
    if (this.failure) throw this.failure.error;
  }

  private changed(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private notify() {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}
