import type { ApiResult } from '../../shared/errors';
import type { ApiSession } from '../api/dispatch';
import { apiError } from '../api/localise';
import { PendingReplies } from './pending';
import { isReply, type FromHost, type HostLogLine, type HostNotice, type HostReply, type HostStarted, type ToHost } from './protocol';

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
    else this.announce(message);
  }

  /** The host exited or crashed: nothing waits for it any more. */
  exited(reason: string): void {
    this.pending.stop(reason);
    this.announce({ op: 'refused', message: apiError(this.startLang, 'api_unavailable', { reason }).message });
  }

  /** One API call through the host's gate; `session` is updated with what the call changed in it. */
  async callAsync(method: string, input: unknown, session: ApiSession): Promise<ApiResult<unknown>> {
    const sent = { ...session };
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

  /** True once `stop` was called: the host's exit that follows is no failure. */
  stopRequested = false;

  /** Asks the host to close the store and stop. */
  stop(): void {
    this.stopRequested = true;
    if (this.gone === null) this.post({ op: 'stop' });
  }
}
