import type { MessageKey, MessageParams } from '../../../shared/i18n';

/** A desk's own confirmation kept as its catalogue key, so that it follows a change of language on screen. */
export interface DeskMessage {
  key: MessageKey;
  params?: MessageParams;
}
