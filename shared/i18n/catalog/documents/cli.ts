import { defineMessages } from '../../define';

/** The `document` and `list` commands. */
export const documentCliMessages = defineMessages({
  fr: {
    'cli.documentKindUnknown': 'Document inconnu « {kind} » (documents : {kinds}).',
    'cli.documentKindUnavailable': 'Le document « {kind} » n’est pas encore disponible dans cette version de Rebond.',
    'cli.documentSubject':
      'Indiquez un seul type de sujet : --device ÉTIQUETTE, --batch LOT, --handover REMISE ou --return RETOUR (l’option répétée, ou une liste séparée par des virgules, pour plusieurs).',
    'cli.documentTooManyDevices': {
      one: '{count} appareil : un document en couvre {max} au plus.',
      other: '{count} appareils : un document en couvre {max} au plus.',
    },
    'cli.documentOutDir': 'Plusieurs documents ({count}) : --out doit nommer un dossier, or « {out} » est un fichier.',
    'cli.documentRefused': '{subject} : {reason}',
    'cli.labelOptionsOnly':
      'Les options --dpi, --start et --no-grade ne valent que pour les étiquettes (document labels).',
    'cli.reprintReference': 'Indiquez la référence du document à réimprimer : reprint RÉFÉRENCE --out FICHIER.',
    'cli.reprintBadReference': 'Référence de document invalide « {reference} » (par ex. CERT-2026-000123).',
    'cli.reprintUnknown': 'Aucun document ne porte la référence {reference}.',
    'cli.reprintWritten': '{reference} réécrit à l’identique dans {file} (SHA-256 {sha256}).',
    'cli.documentSubjectUnknown': 'Introuvable : --{option} {value}.',
    'cli.documentOut': 'Indiquez le fichier PDF à écrire : --out FICHIER.',
    'cli.documentWritten': {
      plural: 'pages',
      one: '{reference} : {pages} page écrite dans {file}.',
      other: '{reference} : {pages} pages écrites dans {file}.',
    },
    'cli.listUnknown': 'Liste inconnue « {list} » (listes : {lists}).',
    'cli.listBadStatus': 'État « {status} » inconnu pour {list} (états : {statuses}).',
    'cli.listEmpty': 'Aucune ligne.',
  },
  en: {
    'cli.documentKindUnknown': 'Unknown document "{kind}" (documents: {kinds}).',
    'cli.documentKindUnavailable': 'The "{kind}" document is not available yet in this version of Rebond.',
    'cli.documentSubject':
      'Give subjects of one type: --device TAG, --batch BATCH, --handover HANDOVER or --return RETURN (the option repeated, or a comma-separated list, for several).',
    'cli.documentTooManyDevices': {
      one: '{count} device: one document covers {max} at most.',
      other: '{count} devices: one document covers {max} at most.',
    },
    'cli.documentOutDir': 'Several documents ({count}): --out must name a folder, but "{out}" is a file.',
    'cli.documentRefused': '{subject}: {reason}',
    'cli.labelOptionsOnly': 'The --dpi, --start and --no-grade options only apply to labels (the labels document).',
    'cli.reprintReference': 'Give the reference of the document to reprint: reprint REFERENCE --out FILE.',
    'cli.reprintBadReference': 'Invalid document reference "{reference}" (e.g. CERT-2026-000123).',
    'cli.reprintUnknown': 'No document has the reference {reference}.',
    'cli.reprintWritten': '{reference} written again, identical, to {file} (SHA-256 {sha256}).',
    'cli.documentSubjectUnknown': 'Not found: --{option} {value}.',
    'cli.documentOut': 'Give the PDF file to write: --out FILE.',
    'cli.documentWritten': {
      plural: 'pages',
      one: '{reference}: {pages} page written to {file}.',
      other: '{reference}: {pages} pages written to {file}.',
    },
    'cli.listUnknown': 'Unknown list "{list}" (lists: {lists}).',
    'cli.listBadStatus': 'Unknown status "{status}" for {list} (statuses: {statuses}).',
    'cli.listEmpty': 'No rows.',
  },
});
