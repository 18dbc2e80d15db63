/**
 * `rebond desk …`: the desktop app's desk setting on this machine (desk-setting.json beside the database). Making
 * the app a desk of a hub takes two steps, so that a person compares fingerprints: the first shows the fingerprint
 * of the certificate the hub presents; the second, with `--fingerprint`, saves the setting only if the hub still
 * presents exactly that certificate. The app then accepts no other certificate from the hub.
 */
import { parseArgs } from 'node:util';
import { hubOriginOf, type DeskSetting } from '../../../shared/domain/desk-setting';
import { groupFingerprint, sameFingerprint } from '../../../shared/format/fingerprint';
import { DEFAULT_LANG, isLang, translate, type Lang } from '../../../shared/i18n';
import { probeHubCertificate } from '../../platform/hub-certificate-probe';
import { parseListen } from '../../hub/serve-hub';
import { defaultDataDir } from '../../platform/data-dir';
import { readDeskSetting, writeDeskSetting } from '../../platform/desk-setting-file';

function options(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' },
      fingerprint: { type: 'string' },
      lang: { type: 'string', default: DEFAULT_LANG },
    },
  });
}

/** Runs `rebond desk` with the words after `desk`; 0 done, 1 refused, 2 usage error. */
export async function deskMain(
  argv: readonly string[],
  out: (line: string) => void = console.log,
  err: (line: string) => void = console.error,
): Promise<number> {
  let parsed: ReturnType<typeof options>;
  try {
    parsed = options(argv);
  } catch (error) {
    err(translate(DEFAULT_LANG, 'cli.badOption', { detail: (error as Error).message }));
    return 2;
  }
  const { values, positionals } = parsed;
  const lang: Lang = isLang(values.lang) ? values.lang : DEFAULT_LANG;
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(lang, key, params);
  const dataDir = values['data-dir'] ?? defaultDataDir();
  const current = readDeskSetting(dataDir);
  if (current.state === 'unreadable') err(t('desk.settingUnreadable', { file: current.file }));
  const save = (change: Partial<DeskSetting>) => writeDeskSetting(dataDir, { ...current.setting, ...change });
  const [verb, value, ...extra] = positionals;
  if (extra.length > 0 || (verb !== undefined && verb !== 'local' && value === undefined)) {
    err(t('desk.usage'));
    return 2;
  }

  if (verb === undefined) {
    const { connection, actAsHub } = current.setting;
    out(
      connection.kind === 'local'
        ? t('desk.showLocal')
        : t('desk.showHub', { origin: connection.origin, fingerprint: groupFingerprint(connection.fingerprint) }),
    );
    if (actAsHub) out(t('desk.showActAsHub', { listen: actAsHub.listen }));
    return 0;
  }
  if (verb === 'local') {
    save({ connection: { kind: 'local' } });
    out(t('desk.local'));
    return 0;
  }
  if (verb === 'act-as-hub' && value !== undefined) {
    if (value === 'off') {
      save({ actAsHub: null });
      out(t('desk.actAsHubOff'));
      return 0;
    }
    if (!parseListen(value)) {
      err(t('hub.badListen', { value }));
      return 2;
    }
    save({ actAsHub: { listen: value } });
    out(t('desk.actAsHubOn', { listen: value }));
    return 0;
  }
  if (verb === 'connect' && value !== undefined) {
    const origin = hubOriginOf(value);
    if (!origin) {
      err(t('error.hub_address_invalid', { value }));
      return 2;
    }
    let presented: string;
    try {
      presented = (await probeHubCertificate(origin)).fingerprint;
    } catch (error) {
      err(
        t('error.hub_unreachable', {
          origin,
          reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message,
        }),
      );
      return 1;
    }
    if (values.fingerprint === undefined) {
      out(t('desk.fingerprintShown', { origin, fingerprint: groupFingerprint(presented) }));
      out(t('desk.confirmWith', { address: value, fingerprint: groupFingerprint(presented) }));
      return 1;
    }
    if (!sameFingerprint(values.fingerprint, presented)) {
      err(t('error.hub_fingerprint_mismatch', { origin }));
      return 1;
    }
    save({ connection: { kind: 'hub', origin, fingerprint: presented } });
    out(t('desk.connected', { origin }));
    return 0;
  }
  err(t('desk.usage'));
  return 2;
}
