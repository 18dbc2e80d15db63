import { DEFAULT_LANG, type Lang } from '../../shared/i18n';

/** The shell's language from a system locale (`en-GB`, `en_US.UTF-8`, `fr-FR`…): English or else French. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale !== undefined && /^en([-_.@]|$)/i.test(locale) ? 'en' : DEFAULT_LANG;
}

/** The locale a terminal program runs in, by POSIX precedence. */
export function terminalLocale(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
}
