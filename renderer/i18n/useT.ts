import { createContext, useCallback, useContext } from 'react';
import { DEFAULT_LANG, translate, type Lang, type MessageKey, type MessageParams } from '../../shared/i18n';

export const LangContext = createContext<Lang>(DEFAULT_LANG);

export type T = (key: MessageKey, params?: MessageParams) => string;

/** Every text on screen comes from the catalogue: `t('nav.inventory')`. */
export function useT(): T {
  const lang = useContext(LangContext);
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}

export function useLang(): Lang {
  return useContext(LangContext);
}
