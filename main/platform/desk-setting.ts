/**
 * The desk setting's rules, for the desktop app's Administration: a hub is saved only with the fingerprint a person
 * confirmed and only if the hub still presents exactly that certificate; acting as hub takes an address this machine
 * can listen on. The setting is a file beside the database (main/platform/desk-setting-file.ts), taken at next start.
 */
import { hubOriginOf, type DeskSetting } from '../../shared/domain/desk-setting';
import { sameFingerprint } from '../../shared/format/fingerprint';
import type { DeskSettingView, PresentedHub } from '../../shared/contract/desk-setting';
import { DomainError } from '../errors';
import { probeHubCertificate } from './hub-certificate-probe';
import { parseListen } from './listen-address';
import { readDeskSetting, writeDeskSetting } from './desk-setting-file';

export function deskSettingOf(dataDir: string): DeskSettingView {
  return { setting: readDeskSetting(dataDir).setting };
}

/** The certificate the hub at a typed address presents; refused in words when the address or the hub is not one. */
export async function probeHub(address: string): Promise<PresentedHub> {
  const origin = hubOriginOf(address);
  if (!origin) throw new DomainError('hub_address_invalid', { value: address }, 'hubAddress');
  try {
    return { origin, fingerprint: (await probeHubCertificate(origin)).fingerprint };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new DomainError('hub_unreachable', { origin, reason }, 'hubAddress');
  }
}

export async function saveDeskSettingFor(
  dataDir: string,
  input: { hub: { hubAddress: string; fingerprint: string } | null; actAsHub: string | null },
): Promise<DeskSettingView> {
  const listen = input.actAsHub === null || input.actAsHub === '' ? null : input.actAsHub;
  if (listen !== null && !parseListen(listen))
    throw new DomainError('listen_address_invalid', { value: listen }, 'actAsHub');
  let connection: DeskSetting['connection'] = { kind: 'local' };
  if (input.hub) {
    const presented = await probeHub(input.hub.hubAddress);
    if (!sameFingerprint(input.hub.fingerprint, presented.fingerprint))
      throw new DomainError('hub_fingerprint_mismatch', { origin: presented.origin }, 'fingerprint');
    connection = { kind: 'hub', origin: presented.origin, fingerprint: presented.fingerprint };
  }
  const setting: DeskSetting = {
    ...readDeskSetting(dataDir).setting,
    connection,
    actAsHub: listen === null ? null : { listen },
  };
  writeDeskSetting(dataDir, setting);
  return { setting };
}
