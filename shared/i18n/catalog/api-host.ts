import type { ApiHostErrorCode } from '../../api-host-errors';
import { defineMessages, type Messages } from '../define';

/** When the part of Rebond that keeps the data has stopped, or a document's subject moved while it was drawn. */
export const apiHostMessages = defineMessages({
  fr: {
    'apiHost.stopped':
      'Rebond : la partie qui garde les données s’est arrêtée ({reason}). Les actions en cours et les suivantes sont refusées ; arrêtez ce serveur et relancez-le.',
    'error.api_unavailable':
      'La partie de Rebond qui garde les données s’est arrêtée ({reason}) : cette action n’a peut-être pas été enregistrée. Fermez et relancez Rebond, puis vérifiez le dernier enregistrement. Le journal indique la cause.',
    'error.document_changed_while_rendering':
      'Ce que le document décrit a changé plusieurs fois pendant qu’il était préparé : aucun document n’a été émis et aucun numéro n’a été pris. Recommencez.',
  },
  en: {
    'apiHost.stopped':
      'Rebond: the part that keeps the data has stopped ({reason}). The actions under way and any later ones are refused; stop this server and start it again.',
    'error.api_unavailable':
      'The part of Rebond that keeps the data has stopped ({reason}): this action may not have been saved. Close and restart Rebond, then check the last record. The log gives the cause.',
    'error.document_changed_while_rendering':
      'What the document describes changed several times while it was being prepared: no document was issued and no number was taken. Try again.',
  },
});

/** Compile-time proof that every code of the API host has its message here. */
export const everyApiHostErrorHasMessage: Messages<`error.${ApiHostErrorCode}`> = apiHostMessages;
