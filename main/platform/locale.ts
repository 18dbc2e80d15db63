import { DEFAULT_LANG, type Lang } from '../../shared/i18n';

/** The shell's language from a system locale (`en-GB`, `en_US.UTF-8`, `fr-FR`…): English or else French. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale !== undefined && /^en([-_.@]|$)/i.test(locale) ? 'en' : DEFAULT_LANG;
}

/**
 * The desktop shell's language, for its menu and the window's first screen alike: the first of the user's
 * preferred system languages Rebond speaks, else the application locale's. The user can then change it in the window.
 */
export function systemLang(preferred: readonly string[], appLocale: string | undefined): Lang {
  const spoken = preferred.find((locale) => /^(en|fr)([-_.@]|$)/i.test(locale));
  return langFromLocale(spoken ?? appLocale);
}

/** The locale a terminal program runs in, by POSIX precedence. */
export function terminalLocale(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
}
