import { defineMessages } from '../define';

/** The report dialog of the screens (issue 16): the programme's « Rapport » and the batch's donor report. */
export const reportDialogMessages = defineMessages({
  fr: {
    'reports.programmeAction': 'Rapport',
    'reports.donorAction': 'Rapport au donateur',
    'reports.programmeTitle': 'Rapport du programme « {name} »',
    'reports.donorTitle': 'Rapport au donateur « {name} »',
    'reports.programmeHint':
      'Les remises du programme faites entre ces deux jours, inclus. Les effectifs de 1 à 4 personnes sont indiqués « < 5 ».',
    'reports.donorHint':
      'Les appareils reçus de ce donateur entre ces deux jours, inclus, tous lots confondus. Aucun bénéficiaire n’y est nommé.',
    'reports.format': 'Format du fichier',
    'reports.format.pdf': 'PDF',
    'reports.format.xlsx': 'XLSX (tableur)',
    'reports.onlyFormat': 'Format du fichier : {format}',
    'reports.generate': 'Générer',
    'reports.ready': 'Rapport prêt : {file}',
  },
  en: {
    'reports.programmeAction': 'Report',
    'reports.donorAction': 'Donor report',
    'reports.programmeTitle': 'Report of the programme “{name}”',
    'reports.donorTitle': 'Report to the donor “{name}”',
    'reports.programmeHint':
      'The programme’s handovers made between these two days, both included. Counts of 1 to 4 people are shown as “< 5”.',
    'reports.donorHint':
      'The devices received from this donor between these two days, both included, all batches together. No beneficiary is named.',
    'reports.format': 'File format',
    'reports.format.pdf': 'PDF',
    'reports.format.xlsx': 'XLSX (spreadsheet)',
    'reports.onlyFormat': 'File format: {format}',
    'reports.generate': 'Generate',
    'reports.ready': 'Report ready: {file}',
  },
});
