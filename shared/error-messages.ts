/** The translated words of an error or warning code, its parameters translated too when they name catalogue keys. */
import type { ErrorCode, Params, Warning, WarningCode } from './errors';
import { hasMessage, translate, type Lang, type MessageKey } from './i18n';

/** Params may name catalogue keys (`state.ready`) or lists of them; those are translated too. */
function localiseParams(lang: Lang, params: Params): Record<string, string | number> {
  const one = (value: string) => (hasMessage(value) ? translate(lang, value) : value);
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.map(one).join(', ') : typeof value === 'string' ? one(value) : (value as number),
    ]),
  );
}

export function errorMessage(lang: Lang, code: ErrorCode, params: Params = {}): string {
  return translate(lang, `error.${code}` as MessageKey, localiseParams(lang, params));
}

export function warningOf(lang: Lang, code: WarningCode, field: string, params: Params = {}): Warning {
  return {
    code,
    field,
    params,
    message: translate(lang, `warning.${code}` as MessageKey, localiseParams(lang, params)),
  };
}
