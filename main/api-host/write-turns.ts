import type { MethodName } from '../../shared/contract';

/**
 * Calls that only read: they go ahead while a long write runs on another connection (WAL lets readers through).
 * Any method not listed here is taken to write and waits for its turn: adding a read here is an optimisation,
 * forgetting one is merely slower.
 */
export const READ_ONLY_METHODS: ReadonlySet<string> = new Set<MethodName>([
  'session.state',
  'session.operators',
  'inventory.list',
  'inventory.count',
  'inventory.search',
  'inventory.countsByStatus',
  'devices.get',
  'documents.list',
  'dashboard.charts',
]);

/**
 * The host's turns at writing. SQLite has one writer: while a long write holds it on another connection (the
 * intake worker's), a write in the host's thread would wait for the lock synchronously and freeze that thread,
 * so the host's writes wait here instead, asynchronously, and everything else keeps being answered.
 */
export class WriteTurns {
  private last: Promise<unknown> = Promise.resolve();
  private running = 0;

  /** Runs `work` once the long writes before it have finished; the host's other writes wait for it. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    this.running += 1;
    const turn = this.last.then(work, work).finally(() => {
      this.running -= 1;
    });
    this.last = turn.catch(() => undefined);
    return turn;
  }

  /** Resolves when no long write runs (at once when none does). */
  async idle(): Promise<void> {
    while (this.running > 0) await this.last;
  }
}
