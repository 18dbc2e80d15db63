import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * A kept-alive connection idle past the server's limit (Node's `keepAliveTimeout`, 5 s announced, closed after 6 s)
 * is closed only if nothing arrived on it meanwhile. Node closes it as soon as the timer runs; on a busy thread the
 * timer runs late, and a desk's next request may already be in the socket, unread: the connection was closed under
 * that request and the desk got a reset (`ECONNRESET`, « hub lost »). The check waits for this turn's reads
 * (`setImmediate` runs after them), so such a request is read and answered; a connection still silent is closed.
 */
export function closeIdleConnectionsWhenQuiet(server: Server): void {
  // With a 'timeout' listener Node leaves timed-out sockets to it. The server has no other socket timeout
  // (`server.timeout` is 0): only the keep-alive one fires here.
  server.on('timeout', (socket: Socket) => {
    const read = socket.bytesRead;
    setImmediate(() => {
      if (!socket.destroyed && socket.bytesRead === read) socket.destroy();
    });
  });
}
