import { isIP } from 'node:net';
import { parseWholeNumber, valueOrNull } from '../../shared/format';

/** `ADDR:PORT` (IPv6 in brackets): the address must be an IP this machine can listen on. */
export function parseListen(value: string): { host: string; port: number } | null {
  const match = /^\[?([^\]]+?)\]?:(\d+)$/.exec(value);
  if (!match) return null;
  const host = match[1] ?? '';
  const port = valueOrNull(parseWholeNumber(match[2] ?? ''));
  if (isIP(host) === 0 || port === null || port > 65535) return null;
  return { host, port };
}
