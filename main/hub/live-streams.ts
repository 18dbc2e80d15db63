import type { ServerResponse } from 'node:http';

/** How often an idle stream gets a comment line, so proxies and the desk both see it is alive. */
export const LIVE_HEARTBEAT_MS = 20_000;
export const MAX_LIVE_STREAMS = 256;

/**
 * The open server-sent-event streams, one per desk tab: after each committed write every stream gets
 * `event: changed` with the kinds of record that changed; a desk's streams end when it is revoked.
 */
export class LiveStreams {
  private readonly streams = new Map<ServerResponse, string | null>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor() {
    this.heartbeat = setInterval(() => {
      for (const response of this.streams.keys()) response.write(': ping\n\n');
    }, LIVE_HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Opens a stream on `response` for the desk of this credential digest (null in the browser edition); false when too many are open. */
  open(response: ServerResponse, desk: string | null): boolean {
    if (this.streams.size >= MAX_LIVE_STREAMS) return false;
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      connection: 'keep-alive',
    });
    response.write('retry: 2000\n\n');
    this.streams.set(response, desk);
    response.on('close', () => this.streams.delete(response));
    return true;
  }

  send(entities: readonly string[]): void {
    const line = `event: changed\ndata: ${JSON.stringify({ entities })}\n\n`;
    for (const response of this.streams.keys()) response.write(line);
  }

  /** Ends the streams of desks no longer live (after a revocation). */
  async endUnless(isLive: (desk: string) => Promise<boolean>): Promise<void> {
    for (const [response, desk] of [...this.streams]) {
      if (desk !== null && !(await isLive(desk))) {
        this.streams.delete(response);
        response.end();
      }
    }
  }

  get size(): number {
    return this.streams.size;
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const response of this.streams.keys()) response.end();
    this.streams.clear();
  }
}
