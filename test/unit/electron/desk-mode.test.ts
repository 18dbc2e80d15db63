import { createCipheriv, createDecipheriv, randomBytes, X509Certificate } from 'node:crypto';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from 'selfsigned';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  CERTIFICATE_ACCEPT,
  CERTIFICATE_DEFAULT,
  CERTIFICATE_REFUSE,
  certificateVerdict,
  deskStart,
  hubPort,
  isHubUrl,
  localSetting,
  mayOpenWindow,
  ownHubOrigin,
  type HubPin,
} from '../../../main/electron/desk-mode';
import { type Cipher, loadDeskCredential, saveDeskCredential } from '../../../main/electron/desk-credential';
import { menuTemplate } from '../../../main/electron/menu-template';
import { APP_ENTRY_URL } from '../../../main/electron/policy/app-origin';
import { deskSettingPath, readDeskSetting, writeDeskSetting } from '../../../main/platform/desk-setting-file';
import {
  DEFAULT_DESK_SETTING,
  deskSettingSchema,
  hubOriginOf,
  type DeskSetting,
} from '../../../shared/domain/desk-setting';
import { groupFingerprint, sameFingerprint } from '../../../shared/format/fingerprint';
import { removeAll, tempDir } from '../../helpers/api';

const dirs: { path: string; remove: () => void }[] = [];
afterEach(() => removeAll(dirs));
const dir = () => {
  const made = tempDir('rebond-desk-');
  dirs.push(made);
  return made.path;
};

let hubPem = '';
let otherPem = '';
let hubFingerprint = '';
beforeAll(async () => {
  const make = async () => (await generate([{ name: 'commonName', value: 'Rebond hub' }], { keyType: 'ec' })).cert;
  [hubPem, otherPem] = await Promise.all([make(), make()]);
  hubFingerprint = new X509Certificate(hubPem).fingerprint256;
});

const hubSetting = (fingerprint: string): DeskSetting => ({
  version: 1,
  connection: { kind: 'hub', origin: 'https://192.168.1.20:8443', fingerprint },
  actAsHub: null,
});

describe('the desk setting', () => {
  it('takes a typed hub address as an https origin with its port, and nothing else', () => {
    expect(hubOriginOf('192.168.1.20:8443')).toBe('https://192.168.1.20:8443');
    expect(hubOriginOf(' https://Hub.Site.lan:8443/ ')).toBe('https://hub.site.lan:8443');
    expect(hubOriginOf('https://[fd00::5]:8443')).toBe('https://[fd00::5]:8443');
    expect(hubOriginOf('hub:443')).toBe('https://hub');
    for (const bad of [
      'http://10.0.0.5:8443',
      '10.0.0.5',
      'https://10.0.0.5:8443/api',
      'https://u:p@h:1',
      'h:0',
      'h:70000',
    ])
      expect(hubOriginOf(bad)).toBeNull();
  });

  it('refuses a setting with a malformed fingerprint or origin', () => {
    expect(deskSettingSchema.safeParse(hubSetting(hubFingerprint)).success).toBe(true);
    expect(deskSettingSchema.safeParse(hubSetting('AB:CD')).success).toBe(false);
    const pathOrigin = {
      ...hubSetting(hubFingerprint),
      connection: { kind: 'hub', origin: 'https://h:1/x', fingerprint: hubFingerprint },
    };
    expect(deskSettingSchema.safeParse(pathOrigin).success).toBe(false);
  });

  it('reads no file as this computer’s own store, and a damaged one too, leaving it in place', () => {
    const data = dir();
    expect(readDeskSetting(data)).toEqual({ state: 'absent', setting: DEFAULT_DESK_SETTING });
    writeFileSync(deskSettingPath(data), '{"version":1,"connection":{"kind":"hub"}');
    const damaged = readDeskSetting(data);
    expect(damaged).toMatchObject({ state: 'unreadable', setting: DEFAULT_DESK_SETTING, file: deskSettingPath(data) });
  });

  it('writes the setting whole, private to its user, and reads it back', () => {
    const data = dir();
    const setting = { ...hubSetting(hubFingerprint), actAsHub: { listen: '0.0.0.0:8443' } };
    writeDeskSetting(data, setting);
    expect(statSync(deskSettingPath(data)).mode & 0o777).toBe(0o600);
    expect(readDeskSetting(data)).toEqual({ state: 'read', setting });
    expect(() => writeDeskSetting(data, hubSetting('not a fingerprint'))).toThrow();
    expect(readDeskSetting(data)).toEqual({ state: 'read', setting });
  });
});

describe('what the shell opens', () => {
  it('opens the app’s own renderer without a setting, the hub with one, its own hub when it acts as hub', () => {
    expect(deskStart(DEFAULT_DESK_SETTING, null)).toEqual({ kind: 'local', url: APP_ENTRY_URL });
    expect(deskStart(hubSetting(hubFingerprint), null)).toEqual({
      kind: 'hub',
      url: 'https://192.168.1.20:8443/',
      pin: { origin: 'https://192.168.1.20:8443', fingerprint: hubFingerprint, own: false },
    });
    const own = { origin: ownHubOrigin('0.0.0.0', 8443), fingerprint: hubFingerprint };
    const acting = { ...DEFAULT_DESK_SETTING, actAsHub: { listen: '0.0.0.0:8443' } };
    expect(deskStart(acting, own)).toEqual({ kind: 'hub', url: 'https://127.0.0.1:8443/', pin: { ...own, own: true } });
    expect(ownHubOrigin('::', 9000)).toBe('https://[::1]:9000');
    expect(ownHubOrigin('192.168.1.20', 8443)).toBe('https://192.168.1.20:8443');
    expect(hubPort('https://hub')).toBe(443);
  });

  it('accepts from the hub only the pinned certificate, and nothing from another host', () => {
    const pin: HubPin = { origin: 'https://192.168.1.20:8443', fingerprint: hubFingerprint, own: false };
    expect(certificateVerdict({ hostname: '192.168.1.20', pem: hubPem }, pin)).toBe(CERTIFICATE_ACCEPT);
    expect(certificateVerdict({ hostname: '192.168.1.20', pem: otherPem }, pin)).toBe(CERTIFICATE_REFUSE);
    expect(certificateVerdict({ hostname: '192.168.1.21', pem: hubPem }, pin)).toBe(CERTIFICATE_REFUSE);
    expect(certificateVerdict({ hostname: '192.168.1.20', pem: 'garbage' }, pin)).toBe(CERTIFICATE_REFUSE);
    const v6: HubPin = { origin: 'https://[fd00::5]:8443', fingerprint: hubFingerprint, own: false };
    expect(certificateVerdict({ hostname: 'fd00::5', pem: hubPem }, v6)).toBe(CERTIFICATE_ACCEPT);
    expect(certificateVerdict({ hostname: 'example.org', pem: otherPem }, null)).toBe(CERTIFICATE_DEFAULT);
  });

  it('keeps a desk’s window on its hub’s origin', () => {
    const pin: HubPin = { origin: 'https://192.168.1.20:8443', fingerprint: hubFingerprint, own: false };
    expect(isHubUrl('https://192.168.1.20:8443/index.html#x', pin)).toBe(true);
    expect(isHubUrl('https://192.168.1.20:8444/', pin)).toBe(false);
    expect(isHubUrl('http://192.168.1.20:8443/', pin)).toBe(false);
    expect(isHubUrl('https://user@192.168.1.20:8443/', pin)).toBe(false);
    expect(isHubUrl('not a url', pin)).toBe(false);
  });

  it('lets a desk of a hub open a blank tab or the hub’s documents only, and the local app nothing', () => {
    const pin: HubPin = { origin: 'https://192.168.1.20:8443', fingerprint: hubFingerprint, own: false };
    expect(mayOpenWindow('about:blank', pin)).toBe(true);
    expect(mayOpenWindow('https://192.168.1.20:8443/documents/CERT-2026-0001.pdf', pin)).toBe(true);
    expect(mayOpenWindow('https://192.168.1.20:8443/api/devices.list', pin)).toBe(false);
    expect(mayOpenWindow('https://example.org/documents/x.pdf', pin)).toBe(false);
    expect(mayOpenWindow('about:blank', null)).toBe(false);
  });
});

describe('the way back to this computer', () => {
  it('is a Window menu item only at a desk of a hub, saving this computer’s store and no hub', () => {
    let asked = 0;
    const items = (withBack: boolean) =>
      menuTemplate('fr', { mac: false, developer: false, ...(withBack ? { backToLocal: () => asked++ } : {}) })
        .flatMap((item) => (Array.isArray(item.submenu) ? item.submenu : []))
        .filter((item) => item.label === 'Travailler sur la base de cet ordinateur (redémarre Rebond)');
    expect(items(false)).toEqual([]);
    const pairing = menuTemplate('en', { mac: false, developer: false, pairingCode: () => asked++ })
      .flatMap((item) => (Array.isArray(item.submenu) ? item.submenu : []))
      .map((item) => item.label);
    expect(pairing).toContain('Pairing code for a new desk…');
    const [back] = items(true);
    expect(back).toBeDefined();
    (back?.click as (() => void) | undefined)?.();
    expect(asked).toBe(1);
    const acting = { ...hubSetting(hubFingerprint), actAsHub: { listen: '0.0.0.0:8443' } };
    expect(localSetting(acting)).toEqual(DEFAULT_DESK_SETTING);
  });
});

describe('the fingerprint, for reading aloud', () => {
  it('comes in 16 groups of 4 hex digits, and compares whatever the separators', () => {
    const grouped = groupFingerprint(hubFingerprint);
    expect(grouped).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
    expect(sameFingerprint(grouped.toLowerCase(), hubFingerprint)).toBe(true);
    expect(sameFingerprint(groupFingerprint(new X509Certificate(otherPem).fingerprint256), hubFingerprint)).toBe(false);
    expect(sameFingerprint('', '')).toBe(false);
  });
});

describe('the desk credential', () => {
  /** A real cipher standing in for the system keyring (Electron's safeStorage is not here). */
  const key = randomBytes(32);
  const keyring = (available: boolean): Cipher => ({
    isEncryptionAvailable: () => available,
    encryptString: (text) => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decryptString: (data) => {
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
      decipher.setAuthTag(data.subarray(12, 28));
      return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
    },
  });

  it('is kept encrypted for its hub only, and not at all without the system’s encryption', () => {
    const data = dir();
    expect(saveDeskCredential(data, keyring(false), 'https://hub:8443', 'secret-1')).toBe(false);
    expect(loadDeskCredential(data, keyring(true), 'https://hub:8443')).toBeNull();
    expect(saveDeskCredential(data, keyring(true), 'https://hub:8443', 'secret-1')).toBe(true);
    const file = join(data, 'desk-credential.bin');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadDeskCredential(data, keyring(true), 'https://hub:8443')).toBe('secret-1');
    expect(loadDeskCredential(data, keyring(true), 'https://other:8443')).toBeNull();
    writeFileSync(file, 'not encrypted');
    expect(loadDeskCredential(data, keyring(true), 'https://hub:8443')).toBeNull();
  });
});
