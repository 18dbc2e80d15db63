import { defineMessages } from '../define';

/** The organisation's time zone and the formatting module's refusals. */
export const formatMessages = defineMessages({
  fr: {
    'organisation.timeZone': 'Fuseau horaire',
    'organisation.timeZoneHint':
      'Les heures des écrans, des documents et des exports sont données dans ce fuseau. Par défaut : celui de cet ordinateur ({zone}).',
    'organisation.timeZoneMachine': 'Celui de cet ordinateur ({zone})',
    'validation.time_zone_unknown': 'ce fuseau horaire est inconnu',
  },
  en: {
    'organisation.timeZone': 'Time zone',
    'organisation.timeZoneHint':
      'Times on screens, documents and exports are given in this zone. By default, this computer’s ({zone}).',
    'organisation.timeZoneMachine': 'This computer’s ({zone})',
    'validation.time_zone_unknown': 'this time zone is unknown',
  },
});
