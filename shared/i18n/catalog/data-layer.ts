import type { TransportErrorCode } from '../../transport-errors';
import { defineMessages } from '../define';

/** The renderer's data layer: main out of reach. */
export const dataLayerMessages = defineMessages({
  fr: {
    'error.transport_failed': 'Rebond ne répond plus : rien n’a été enregistré par cette action.',
    'transport.bannerTitle': 'Rebond ne répond plus',
    'transport.bannerMessage':
      'Le programme qui garde les données s’est arrêté ou ne répond pas. Ce qui est affiché peut être dépassé et rien de ce que vous faites maintenant n’est enregistré. Relancez Rebond, puis réessayez.',
    'transport.retry': 'Réessayer',
  },
  en: {
    'error.transport_failed': 'Rebond is not responding: nothing was saved by this action.',
    'transport.bannerTitle': 'Rebond is not responding',
    'transport.bannerMessage':
      'The program that keeps the data has stopped or is not answering. What is shown may be out of date and nothing you do now is saved. Restart Rebond, then try again.',
    'transport.retry': 'Try again',
  },
});

export const everyTransportErrorHasMessage: Record<`error.${TransportErrorCode}`, string> = dataLayerMessages.fr;
