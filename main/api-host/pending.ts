/**
 * Requests sent to another thread or process, awaiting their replies by id. When that thread or process stops,
 * every request still waiting is settled at once with `whenGone` and every later one too: a caller never hangs.
 */
export class PendingReplies<Reply> {
  private nextId = 1;
  private readonly waiting = new Map<number, (reply: Reply) => void>();
  private goneReason: string | null = null;

  constructor(private readonly whenGone: (reason: string, id: number) => Reply) {}

  /** Why the other side stopped, or null while it runs. */
  get gone(): string | null {
    return this.goneReason;
  }

  get size(): number {
    return this.waiting.size;
  }

  /** Gives the request its id and sends it; resolves with its reply (or the `whenGone` one). */
  send(post: (id: number) => void): Promise<Reply> {
    const id = this.nextId;
    this.nextId += 1;
    if (this.goneReason !== null) return Promise.resolve(this.whenGone(this.goneReason, id));
    return new Promise<Reply>((resolve) => {
      this.waiting.set(id, resolve);
      try {
        post(id);
      } catch (error) {
        this.waiting.delete(id);
        resolve(this.whenGone(error instanceof Error ? error.message : String(error), id));
      }
    });
  }

  /** A reply arrived; one for an unknown id (already settled) is ignored. */
  settle(id: number, reply: Reply): void {
    const resolve = this.waiting.get(id);
    if (!resolve) return;
    this.waiting.delete(id);
    resolve(reply);
  }

  /** The other side stopped: settles everything waiting, and everything sent from now on. */
  stop(reason: string): void {
    if (this.goneReason === null) this.goneReason = reason;
    for (const [id, resolve] of this.waiting) resolve(this.whenGone(this.goneReason, id));
    this.waiting.clear();
  }
}
