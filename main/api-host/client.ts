import type { ApiResult } from '../../shared/errors';
import type { ApiSession } from '../api/dispatch';
import { apiError } from '../api/localise';
import { PendingReplies } from './pending';
import {
  isReply,
  type FromHost,
  type HostLogLine,
  type HostNotice,
  type HostReply,
  type HostStarted,
  type ToHost,
} from './protocol';

/** How a transport reaches its host: one function that posts a message (a worker's, a utility process's). */
export type PostToHost = (message: ToHost) => void;

type Answer = HostReply | { id: number; op: 'gone'; reason: string };

/**
 * Copies into `session` only what the call changed, so a slow call that answers late (a document) cannot undo a
 * sign-out or a change of language made by another call in between.
 */
function applyChanges(session: ApiSession, sent: ApiSession, returned: ApiSession): void {
  if (returned.operatorId !== sent.operatorId) session.operatorId = returned.operatorId;
  if (returned.lang !== sent.lang) session.lang = returned.lang;
  if (session.desk && returned.desk && returned.desk.unlocked !== sent.desk?.unlocked)
    session.desk.unlocked = returned.desk.unlocked;
}

/** The host stopped: the document route cannot be answered (the HTTP layer reports it as an internal error). */
export class ApiHostGone extends Error {}

/**
 * The transport's side of the API host, whatever carries the messages: it numbers requests, matches replies,
 * brings the session's changes back into the caller's session, and turns a host that stopped into an
 * `api_unavailable` answer for every call waiting and every later one.
 */
export class ApiHostClient {
  private readonly pending = new PendingReplies<Answer>((reason, id) => ({ id, op: 'gone', reason }));
  private announce: (started: HostStarted) => void = () => undefined;
  /** Settles once: the host opened the data folder, or refused (its message translated), or stopped first. */
  readonly started = new Promise<HostStarted>((resolve) => {
    this.announce = resolve;
  });

  constructor(
    private readonly post: PostToHost,
    private readonly startLang: ApiSession['lang'],
    private readonly onNotice: (notice: HostNotice) => void = () => undefined,
  ) {}

  /** Why the host stopped, or null while it runs. */
  get gone(): string | null {
    return this.pending.gone;
  }

  /** Every message the host sends goes here. */
  receive(message: FromHost): void {
    if (isReply(message)) this.pending.settle(message.id, message);
    else if (message.op === 'openPath') this.onNotice(message);
    else if (message.op === 'changed') for (const listener of this.changeListeners) listener(message.entities);
    else this.announce(message);
  }

  /** The host exited or crashed: nothing waits for it any more. */
  exited(reason: string): void {
    this.pending.stop(reason);
    this.announce({ op: 'refused', message: apiError(this.startLang, 'api_unavailable', { reason }).message });
  }

  /** One API call through the host's gate; `session` is updated with what the call changed in it. */
  async callAsync(method: string, input: unknown, session: ApiSession): Promise<ApiResult<unknown>> {
    const sent: ApiSession = { ...session, ...(session.desk ? { desk: { ...session.desk } } : {}) };
    const answer = await this.pending.send((id) => this.post({ id, op: 'call', method, input, session: sent }));
    return this.resultOf(answer, session, sent);
  }

  /** The same with the input as JSON text, parsed in the host (or in the worker doing the call's work). */
  async callText(method: string, text: string, session: ApiSession): Promise<ApiResult<unknown>> {
    const sent = { ...session };
    const answer = await this.pending.send((id) => this.post({ id, op: 'callText', method, text, session: sent }));
    return this.resultOf(answer, session, sent);
  }

  private resultOf(answer: Answer, session: ApiSession, sent: ApiSession): ApiResult<unknown> {
    switch (answer.op) {
      case 'call':
        applyChanges(session, sent, answer.session);
        return answer.result;
      case 'gone':
        return { ok: false, error: apiError(session.lang, 'api_unavailable', { reason: answer.reason }) };
      case 'failed':
        return { ok: false, error: apiError(session.lang, 'internal_error', { ref: answer.ref }) };
      default:
        throw new Error(`unexpected reply ${answer.op} to a call`);
    }
  }

  /** A stored document's bytes as this operator may read them. */
  async documentBytes(reference: string, operatorId: number): Promise<Buffer | null | 'forbidden'> {
    const answer = await this.pending.send((id) => this.post({ id, op: 'documentBytes', reference, operatorId }));
    if (answer.op === 'gone') throw new ApiHostGone(answer.reason);
    if (answer.op !== 'documentBytes') throw new Error(`the API host could not read the document (${answer.op})`);
    const bytes = answer.bytes;
    return bytes instanceof Uint8Array ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes;
  }

  /** A line for the host's log (the transport's own events: listening, refused port). Dropped once it has stopped. */
  log(level: HostLogLine['level'], fields: Record<string, unknown>, message: string): void {
    if (this.gone === null) this.post({ op: 'log', level, fields, message });
  }

  private readonly changeListeners = new Set<(entities: string[]) => void>();

  /** Hears, after each committed write, the kinds of record it changed (the hub's live updates). */
  onChanged(listener: (entities: string[]) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** The live desk of a credential's SHA-256, paired first under `pair.name` (the code already redeemed). */
  async desk(credentialSha256: string, pair?: { name: string }): Promise<number | null> {
    const answer = await this.pending.send((id) =>
      this.post({ id, op: 'desk', credentialSha256, ...(pair ? { pair } : {}) }),
    );
    if (answer.op === 'gone') throw new ApiHostGone(answer.reason);
    if (answer.op !== 'desk') throw new Error(`the API host could not check the desk (${answer.op})`);
    return answer.deskId;
  }

  /** A wiping station's file, into the import review queue if its token is live. */
  async stationPush(
    token: string,
    name: string,
    bytes: Uint8Array,
    lang: ApiSession['lang'],
  ): Promise<ApiResult<{ station: string; queued: boolean }>> {
    const answer = await this.pending.send((id) => this.post({ id, op: 'station', token, name, bytes, lang }));
    if (answer.op === 'station') return answer.result;
    if (answer.op === 'gone') return { ok: false, error: apiError(lang, 'api_unavailable', { reason: answer.reason }) };
    if (answer.op === 'failed') return { ok: false, error: apiError(lang, 'internal_error', { ref: answer.ref }) };
    throw new Error(`unexpected reply ${answer.op} to a station push`);
  }

  /** True once `stop` was called: the host's exit that follows is no failure. */
  stopRequested = false;

  /** Asks the host to close the store and stop. */
  stop(): void {
    this.stopRequested = true;
    if (this.gone === null) this.post({ op: 'stop' });
  }
}
