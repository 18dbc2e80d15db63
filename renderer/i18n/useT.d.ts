import { type Lang, type MessageKey, type MessageParams } from '../../shared/i18n';
export declare const LangContext: import("react").Context<Lang>;
export type T = (key: MessageKey, params?: MessageParams) => string;
/** Every text on screen comes from the catalogue: `t('nav.inventory')`. */
export declare function useT(): T;
export declare function useLang(): Lang;
