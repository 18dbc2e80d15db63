import { defineMessages } from '../../define';

/** Personal data: the retention setting and anonymising what is due. */
export const privacyScreenMessages = defineMessages({
  fr: {
    'admin.tab.privacy': 'Données personnelles',
    'privacy.title': 'Conservation des données personnelles',
    'privacy.explain':
      'Une personne est anonymisée automatiquement ce nombre de mois après la clôture de son dernier prêt, jamais tant qu’un prêt est en cours. Les chiffres des programmes sont conservés.',
    'privacy.monthsHint': 'Entre 1 et 120 mois.',
    'privacy.monthsInvalid': 'Indiquez un nombre de mois entier, entre 1 et 120.',
    'privacy.saved': 'Durée de conservation : {months} mois.',
    'privacy.dueExplain': 'L’anonymisation se fait au démarrage ; vous pouvez aussi la lancer maintenant.',
    'privacy.anonymiseDue': 'Anonymiser ce qui est échu',
    'privacy.anonymiseDueMessage':
      'Toutes les personnes dont le dernier prêt est clos depuis plus de {months} mois seront anonymisées maintenant. C’est définitif.',
    'privacy.anonymiseDueConfirm': 'Anonymiser maintenant',
    'privacy.report.one': '{count} personne anonymisée.',
    'privacy.report.other': '{count} personnes anonymisées.',
    'privacy.reportKept': {
      one: '{count} conservée car un prêt est toujours en cours.',
      other: '{count} conservées car un prêt est toujours en cours.',
    },
  },
  en: {
    'admin.tab.privacy': 'Personal data',
    'privacy.title': 'Keeping personal data',
    'privacy.explain':
      'A person is anonymised automatically this many months after their last loan closed, never while a loan is open. Programme figures are kept.',
    'privacy.monthsHint': 'Between 1 and 120 months.',
    'privacy.monthsInvalid': 'Give a whole number of months, between 1 and 120.',
    'privacy.saved': {
      plural: 'months',
      one: 'Retention period: {months} month.',
      other: 'Retention period: {months} months.',
    },
    'privacy.dueExplain': 'Anonymisation runs at start-up; you can also run it now.',
    'privacy.anonymiseDue': 'Anonymise what is due',
    'privacy.anonymiseDueMessage': {
      plural: 'months',
      one: 'Everyone whose last loan closed more than {months} month ago will be anonymised now. This cannot be undone.',
      other:
        'Everyone whose last loan closed more than {months} months ago will be anonymised now. This cannot be undone.',
    },
    'privacy.anonymiseDueConfirm': 'Anonymise now',
    'privacy.report.one': '{count} person anonymised.',
    'privacy.report.other': '{count} people anonymised.',
    'privacy.reportKept': '{count} kept because a loan is still open.',
  },
});
