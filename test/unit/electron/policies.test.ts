import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../../main/electron/policy/app-origin';
import { EXTERNAL_HOSTS, isAllowedExternalUrl } from '../../../main/electron/policy/external-url';
import { isTrustedSender } from '../../../main/electron/policy/sender';
import { isAllowedDownload, offeredDownloadName } from '../../../main/electron/policy/download';

describe('isTrustedSender', () => {
  it('trusts the main frame showing app://rebond/', () => {
    expect(isTrustedSender('app://rebond/index.html', true)).toBe(true);
    expect(isTrustedSender('app://rebond/index.html#/device/RB-000001', true)).toBe(true);
    expect(isTrustedSender('app://rebond/', true)).toBe(true);
  });

  it('refuses subframes, even of the app', () => {
    expect(isTrustedSender('app://rebond/index.html', false)).toBe(false);
  });

  it('refuses any other origin', () => {
    for (const url of [
      'app://evil/index.html',
      'app://rebond.evil/index.html',
      'app://rebond@evil/index.html',
      'app://rebond:1/index.html',
      'http://127.0.0.1:5180/',
      'https://rebond/index.html',
      'file:///opt/rebond/dist/renderer/index.html',
      'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html',
      'devtools://devtools/bundled/inspector.html',
      'about:blank',
      'data:text/html,<script>1</script>',
      '',
    ]) {
      expect(isTrustedSender(url, true), url).toBe(false);
    }
  });
});

describe('isAppUrl (navigation guard)', () => {
  it('keeps navigation inside the app', () => {
    expect(isAppUrl('app://rebond/index.html')).toBe(true);
    expect(isAppUrl('https://www.cnil.fr/')).toBe(false);
    expect(isAppUrl('javascript:alert(1)')).toBe(false);
  });
});

describe('isAllowedExternalUrl', () => {
  it('opens https pages on the listed hosts', () => {
    expect(isAllowedExternalUrl('https://www.cnil.fr/fr/effacer-vos-donnees')).toBe(true);
    expect(isAllowedExternalUrl('https://csrc.nist.gov/pubs/sp/800/88/r1/final')).toBe(true);
    expect(isAllowedExternalUrl('https://example.org/a?b=c', ['example.org'])).toBe(true);
  });

  it('refuses other schemes, look-alike hosts, credentials and ports', () => {
    for (const url of [
      'http://www.cnil.fr/',
      'https://www.cnil.fr.evil.com/',
      'https://evil.com/?next=https://www.cnil.fr/',
      'https://evil.com/www.cnil.fr',
      'https://www.cnil.fr@evil.com/',
      'https://user:pw@www.cnil.fr/',
      'https://www.cnil.fr:8443/',
      'https://cnil.fr/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,hello',
      'app://rebond/index.html',
      'smb://server/share',
      'ms-settings:privacy',
      'not a url',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });

  it('lists only hosts, no schemes or paths', () => {
    for (const host of EXTERNAL_HOSTS) expect(host).toMatch(/^[a-z0-9.-]+$/);
  });
});

describe('isAllowedDownload (the « Save as » window for files the renderer made)', () => {
  it('lets through blobs of the app’s own origin', () => {
    expect(isAllowedDownload('blob:app://rebond/6f1c1c52-3b1e-4c55-9a43-1f0e6c9d2b11')).toBe(true);
  });

  it('refuses any other download', () => {
    for (const url of [
      'blob:app://evil/6f1c1c52-3b1e-4c55-9a43-1f0e6c9d2b11',
      'blob:https://example.org/6f1c1c52',
      'blob:null/6f1c1c52',
      'app://rebond/index.html',
      'https://example.org/file.xlsx',
      'http://127.0.0.1:5180/exports/6f1c1c52.xlsx',
      'file:///etc/passwd',
      'data:text/csv,a;b',
      '',
    ])
      expect(isAllowedDownload(url), url).toBe(false);
  });

  it('lets a desk of a hub save what its hub sends or made, and nothing from another origin', () => {
    const hub = { origin: 'https://127.0.0.2:8443', fingerprint: 'AB:CD', own: false };
    expect(isAllowedDownload('https://127.0.0.2:8443/exports/6f1c1c52.xlsx', hub)).toBe(true);
    expect(isAllowedDownload('blob:https://127.0.0.2:8443/6f1c1c52', hub)).toBe(true);
    expect(isAllowedDownload('blob:app://rebond/6f1c1c52', hub)).toBe(true);
    for (const url of [
      'https://127.0.0.3:8443/exports/6f1c1c52.xlsx',
      'http://127.0.0.2:8443/exports/6f1c1c52.xlsx',
      'blob:https://127.0.0.2:9443/6f1c1c52',
      'https://user:pw@127.0.0.2:8443/exports/6f1c1c52.xlsx',
    ])
      expect(isAllowedDownload(url, hub), url).toBe(false);
    expect(isAllowedDownload('https://127.0.0.2:8443/exports/6f1c1c52.xlsx'), 'without a hub').toBe(false);
  });

  it('offers the file’s own name only, never a folder or a hidden name', () => {
    expect(offeredDownloadName('beneficiaire-EL_2026_014.json')).toBe('beneficiaire-EL_2026_014.json');
    expect(offeredDownloadName('../../.bashrc')).toBe('bashrc');
    expect(offeredDownloadName('C:\\Users\\a\\lignes.csv')).toBe('lignes.csv');
    expect(offeredDownloadName('')).toBe('rebond-export');
  });
});
