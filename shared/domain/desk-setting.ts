import { z } from 'zod';

/**
 * The desktop app's desk setting, kept per machine beside (never inside) the database: whether this computer works
 * on its own store or is a desk of a hub, and whether it acts as the site's hub. Read by the shell at start.
 */
export const DESK_SETTING_VERSION = 1;

/** `AB:CD:…`: the SHA-256 fingerprint of a certificate, 32 bytes in upper-case hex pairs (Node's `fingerprint256`). */
export const fingerprintSchema = z.string().regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);

/** `https://ADDR:PORT`: an https origin and nothing else (no path, credentials, query), as `hubOriginOf` writes it. */
export const hubOriginSchema = z
  .string()
  .max(300)
  .refine((value) => hubOriginOf(value) === value);

/**
 * The origin a typed hub address stands for, or null: `10.0.0.5:8443`, `https://10.0.0.5:8443/` and
 * `https://[fd00::5]:8443` work; the port is required (443 is left out, as browsers write an origin).
 */
export function hubOriginOf(typed: string): string | null {
  const match = /^(?:https:\/\/)?(\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?):(\d{1,5})\/?$/i.exec(typed.trim());
  if (!match) return null;
  const host = (match[1] ?? '').toLowerCase();
  const port = Number(match[2]);
  if (port < 1 || port > 65535) return null;
  return port === 443 ? `https://${host}` : `https://${host}:${port}`;
}

/** `ADDR:PORT` the desktop app's own hub listens on (the same form as `rebond hub --listen`). */
export const listenSchema = z.string().max(60);

const local = z.object({ kind: z.literal('local') });
const hub = z.object({
  kind: z.literal('hub'),
  origin: hubOriginSchema,
  /** The fingerprint confirmed when the desk was set up: the only certificate this desk accepts from the hub. */
  fingerprint: fingerprintSchema,
});

export const deskSettingSchema = z.object({
  version: z.literal(DESK_SETTING_VERSION),
  connection: z.discriminatedUnion('kind', [local, hub]),
  /** When set, this app runs the site's hub (`main/hub/serve-hub.ts`) on that address and is a desk of it. */
  actAsHub: z.object({ listen: listenSchema }).nullable(),
});

export type DeskSetting = z.infer<typeof deskSettingSchema>;
export type DeskConnection = DeskSetting['connection'];

/** What a machine without a setting does: what Rebond always did, its own store. */
export const DEFAULT_DESK_SETTING: DeskSetting = {
  version: DESK_SETTING_VERSION,
  connection: { kind: 'local' },
  actAsHub: null,
};
