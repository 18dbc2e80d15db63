import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { langFromLocale, systemLang, terminalLocale } from '../../../main/platform/locale';
import { menuTemplate } from '../../../main/electron/menu-template';
import { isStale } from '../../../main/electron/launch-freshness';

function labels(items: readonly MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.label ? [item.label] : []),
    ...(Array.isArray(item.submenu) ? labels(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}
function roles(items: readonly MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

describe('the shell’s language', () => {
  it('is English for English locales and French otherwise', () => {
    for (const locale of ['en', 'en-GB', 'en_US.UTF-8', 'EN-us']) expect(langFromLocale(locale), locale).toBe('en');
    for (const locale of ['fr-FR', 'fr_BE.UTF-8', 'de-DE', 'C.UTF-8', 'eng', '', undefined])
      expect(langFromLocale(locale), locale).toBe('fr');
  });

  it('takes the first preferred system language Rebond speaks, then the app locale, for the menu and the window', () => {
    expect(systemLang(['en-GB', 'fr-FR'], 'fr-FR')).toBe('en');
    expect(systemLang(['de-DE', 'en-US'], 'de-DE')).toBe('en');
    expect(systemLang(['de-DE', 'fr-CH', 'en-US'], 'en-US')).toBe('fr');
    expect(systemLang(['de-DE'], 'en-GB')).toBe('en');
    expect(systemLang([], 'en-US')).toBe('en');
    expect(systemLang([], 'nl-NL')).toBe('fr');
  });

  it('follows POSIX precedence in a terminal', () => {
    expect(terminalLocale({ LANG: 'fr_FR.UTF-8', LC_ALL: 'en_GB.UTF-8' })).toBe('en_GB.UTF-8');
    expect(terminalLocale({ LANG: 'en_GB.UTF-8', LC_ALL: '' })).toBe('en_GB.UTF-8');
    expect(terminalLocale({})).toBeUndefined();
  });
});

describe('the menu', () => {
  it('is translated, in both languages', () => {
    const fr = labels(menuTemplate('fr', { mac: false, developer: false }));
    const en = labels(menuTemplate('en', { mac: false, developer: false }));
    expect(fr).toContain('Édition');
    expect(fr).toContain('Quitter Rebond');
    expect(en).toContain('Edit');
    expect(fr).toHaveLength(en.length);
    expect(fr.filter((label, index) => label === en[index])).toEqual([]);
  });

  it('offers developer tools and reload only in development', () => {
    expect(roles(menuTemplate('fr', { mac: false, developer: false }))).not.toContain('toggleDevTools');
    expect(roles(menuTemplate('fr', { mac: false, developer: false }))).not.toContain('reload');
    expect(roles(menuTemplate('fr', { mac: false, developer: true }))).toContain('toggleDevTools');
  });

  it('starts with the application menu on macOS', () => {
    expect(menuTemplate('en', { mac: true, developer: false })[0]?.role).toBe('appMenu');
  });
});

describe('npm start’s rebuild decision', () => {
  it('rebuilds when the output is missing or older than a source', () => {
    expect(isStale(null, 0)).toBe(true);
    expect(isStale(1_000, 2_000)).toBe(true);
    expect(isStale(2_000, 1_000)).toBe(false);
    expect(isStale(2_000, 2_000)).toBe(false);
  });
});
