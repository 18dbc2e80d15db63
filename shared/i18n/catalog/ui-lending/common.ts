import { defineMessages } from '../../define';

/** Navigation entries of the lending screens and words they share. */
export const lendingCommonMessages = defineMessages({
  fr: {
    'nav.section.lending': 'Prêts et cartes SIM',
    'nav.followUp': 'Suivi des prêts',
    'nav.beneficiaries': 'Bénéficiaires',
    'nav.sims': 'Cartes SIM',
    'nav.programmes': 'Programmes',
    'nav.partners': 'Partenaires',
    'lending.masked': 'masqué',
    'lending.maskedHint': 'Réservé aux rôles coordination et administration',
    'lending.none': 'Aucun',
    'lending.allPartners': 'Tous les partenaires',
    'lending.allProgrammes': 'Tous les programmes',
    'lending.days': '{count} j',
  },
  en: {
    'nav.section.lending': 'Loans and SIM cards',
    'nav.followUp': 'Loan follow-up',
    'nav.beneficiaries': 'Beneficiaries',
    'nav.sims': 'SIM cards',
    'nav.programmes': 'Programmes',
    'nav.partners': 'Partners',
    'lending.masked': 'hidden',
    'lending.maskedHint': 'Coordinators and administrators only',
    'lending.none': 'None',
    'lending.allPartners': 'All partners',
    'lending.allProgrammes': 'All programmes',
    'lending.days': '{count} d',
  },
});
