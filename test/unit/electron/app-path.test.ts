import fc from 'fast-check';
import { posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPath } from '../../../main/electron/policy/app-path';

const ROOT = '/opt/rebond/dist/renderer';
const WIN_ROOT = 'C:\\Program Files\\Rebond\\resources\\app.asar\\dist\\renderer';
const inside = (path: string | null, root = ROOT, sep = '/') => path === null || path.startsWith(root + sep);

describe('the app:// path guard', () => {
  it('serves the renderer files, index.html for the root', () => {
    expect(resolveAppPath(ROOT, 'app://rebond/', posix)).toBe(`${ROOT}/index.html`);
    expect(resolveAppPath(ROOT, 'app://rebond/index.html', posix)).toBe(`${ROOT}/index.html`);
    expect(resolveAppPath(ROOT, 'app://rebond/assets/index-BLy3hUY9.js', posix)).toBe(
      `${ROOT}/assets/index-BLy3hUY9.js`,
    );
    expect(resolveAppPath(ROOT, 'app://rebond/index.html?v=1#/device/RB-000123', posix)).toBe(`${ROOT}/index.html`);
    expect(resolveAppPath(ROOT, 'app://rebond/assets/caf%C3%A9.svg', posix)).toBe(`${ROOT}/assets/café.svg`);
  });

  it('refuses other schemes, hosts, ports and credentials', () => {
    for (const url of [
      'file:///etc/passwd',
      'http://rebond/index.html',
      'app://evil/index.html',
      'app://rebond.evil/index.html',
      'app://rebond:8080/index.html',
      'app://user@rebond/index.html',
      'app://user:secret@rebond/index.html',
      'not a url',
      '',
    ]) {
      expect(resolveAppPath(ROOT, url, posix), url).toBeNull();
    }
  });

  it('refuses .. segments, plain or percent-encoded, and never leaves the root', () => {
    for (const url of [
      'app://rebond/..%2f..%2fetc%2fpasswd',
      'app://rebond/assets/..%2F..%2F..%2Fetc/passwd',
      'app://rebond/%2e%2e%2f%2e%2e%2fetc/passwd',
      'app://rebond/assets/%2e%2e%2f%2e%2e%2f..%2fhome',
    ]) {
      expect(resolveAppPath(ROOT, url, posix), url).toBeNull();
    }
    // The URL parser folds unencoded and fully encoded dot segments itself: what is left stays inside the root.
    for (const url of [
      'app://rebond/../../etc/passwd',
      'app://rebond/%2e%2e/%2e%2e/etc/passwd',
      'app://rebond/.%2e/.%2E/etc',
      'app://rebond/a/../../b',
    ]) {
      const resolved = resolveAppPath(ROOT, url, posix);
      expect(resolved, url).not.toBeNull();
      expect(inside(resolved), url).toBe(true);
    }
  });

  it('refuses backslashes, raw or encoded (a separator on Windows)', () => {
    for (const url of [
      'app://rebond/..\\..\\windows\\win.ini',
      'app://rebond/assets%5c..%5c..%5csecret',
      'app://rebond/a%5Cb',
    ]) {
      expect(resolveAppPath(ROOT, url, posix), url).toBeNull();
      expect(resolveAppPath(WIN_ROOT, url, win32), url).toBeNull();
    }
  });

  it('keeps absolute-looking paths inside the root and refuses drive letters', () => {
    expect(resolveAppPath(ROOT, 'app://rebond//etc/passwd', posix)).toBe(`${ROOT}/etc/passwd`);
    expect(resolveAppPath(ROOT, 'app://rebond/%2Fetc%2Fpasswd', posix)).toBe(`${ROOT}/etc/passwd`);
    for (const url of [
      'app://rebond/C:/Windows/win.ini',
      'app://rebond/c%3A%2FWindows%2Fwin.ini',
      'app://rebond/assets/D:secret',
    ]) {
      expect(resolveAppPath(ROOT, url, posix), url).toBeNull();
      expect(resolveAppPath(WIN_ROOT, url, win32), url).toBeNull();
    }
    expect(resolveAppPath(WIN_ROOT, 'app://rebond/assets/index.js', win32)).toBe(`${WIN_ROOT}\\assets\\index.js`);
  });

  it('refuses null bytes and undecodable escapes', () => {
    for (const url of [
      'app://rebond/index.html%00.png',
      'app://rebond/%00',
      'app://rebond/%E0%A4%A',
      'app://rebond/%zz',
    ]) {
      expect(resolveAppPath(ROOT, url, posix), url).toBeNull();
    }
  });

  it('never resolves outside the root, whatever the path (generated)', () => {
    const piece = fc.constantFrom(
      '..',
      '.',
      '/',
      '%2e',
      '%2E',
      '%2f',
      '%2F',
      '%5c',
      '\\',
      '%00',
      'C:',
      '%43%3a',
      '%252e',
      'a',
      'index.html',
      '%',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const url = `app://rebond/${pieces.join('')}`;
        expect(inside(resolveAppPath(ROOT, url, posix))).toBe(true);
        expect(inside(resolveAppPath(WIN_ROOT, url, win32), WIN_ROOT, '\\')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
