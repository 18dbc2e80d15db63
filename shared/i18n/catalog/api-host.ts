import type { ApiHostErrorCode } from '../../api-host-errors';
import { defineMessages, type Messages } from '../define';

/** When the part of Rebond that keeps the data has stopped, or a document's subject moved while it was drawn. */
export const apiHostMessages = defineMessages({
  fr: {
    'error.api_unavailable':
      'La partie de Rebond qui garde les données s’est arrêtée ({reason}) : cette action n’a peut-être pas été enregistrée. Fermez et relancez Rebond, puis vérifiez le dernier enregistrement. Le journal indique la cause.',
    'error.document_changed_while_rendering':
      'Ce que le document décrit a changé plusieurs fois pendant qu’il était préparé : aucun document n’a été émis et aucun numéro n’a été pris. Recommencez.',
  },
  en: {
    'error.api_unavailable':
      'The part of Rebond that keeps the data has stopped ({reason}): this action may not have been saved. Close and restart Rebond, then check the last record. The log gives the cause.',
    'error.document_changed_while_rendering':
      'What the document describes changed several times while it was being prepared: no document was issued and no number was taken. Try again.',
  },
});

/** Compile-time proof that every code of the API host has its message here. */
export const everyApiHostErrorHasMessage: Messages<`error.${ApiHostErrorCode}`> = apiHostMessages;
