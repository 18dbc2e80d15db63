import { randomBytes } from 'node:crypto';
import { secretDigest } from '../services/secret-digest';
import { newSession, type ApiSession } from '../api';

export const MAX_SESSIONS = 64;
/** A browser session unused this long is forgotten: whoever comes back needs a new opening link. */
export const SESSION_IDLE_MS = 12 * 60 * 60_000;

export interface WebSessionOptions {
  clock?: () => Date;
  maxSessions?: number;
  idleMs?: number;
}

/**
 * The browser edition's sessions, each known by the secret in its cookie (kept here by its SHA-256). A Map keeps
 * insertion order, and every use moves a session to the end, so the first entry is the least recently used.
 */
export class WebSessions {
  private readonly entries = new Map<string, { session: ApiSession; lastUsed: number }>();
  private readonly clock: () => Date;
  private readonly maxSessions: number;
  private readonly idleMs: number;

  constructor(options: WebSessionOptions = {}) {
    this.clock = options.clock ?? (() => new Date());
    this.maxSessions = options.maxSessions ?? MAX_SESSIONS;
    this.idleMs = options.idleMs ?? SESSION_IDLE_MS;
  }

  /** A new session and the secret its cookie carries; the least recently used one makes room when full. */
  open(desk?: ApiSession['desk']): { secret: string; session: ApiSession } {
    this.prune();
    while (this.entries.size >= this.maxSessions) this.entries.delete(this.entries.keys().next().value as string);
    const secret = randomBytes(32).toString('base64url');
    const session: ApiSession = desk ? { ...newSession(), desk } : newSession();
    this.entries.set(secretDigest(secret), { session, lastUsed: this.clock().getTime() });
    return { secret, session };
  }

  /**
   * The live session for a cookie's secret, marked as used (now, or at `activeAt` when the page says its user was
   * last active then: a hub's desk refreshing what it shows is not someone working); null when unknown, evicted
   * or idle too long.
   */
  get(secret: string, activeAt?: number): ApiSession | null {
    const key = secretDigest(secret);
    const entry = this.entries.get(key);
    if (!entry) return null;
    this.entries.delete(key);
    const now = this.clock().getTime();
    if (now - entry.lastUsed >= this.idleMs) return null;
    entry.lastUsed = activeAt === undefined ? now : Math.min(now, Math.max(entry.lastUsed, activeAt));
    this.entries.set(key, entry);
    return entry.session;
  }

  close(secret: string): void {
    this.entries.delete(secretDigest(secret));
  }

  get size(): number {
    return this.entries.size;
  }

  private prune(): void {
    const now = this.clock().getTime();
    for (const [key, entry] of this.entries) if (now - entry.lastUsed >= this.idleMs) this.entries.delete(key);
  }
}
