import { defineMessages } from '../../define';

/** The `document` and `list` commands. */
export const documentCliMessages = defineMessages({
  fr: {
    'cli.documentKindUnknown': 'Document inconnu « {kind} » (documents : {kinds}).',
    'cli.documentKindUnavailable': 'Le document « {kind} » n’est pas encore disponible dans cette version de Rebond.',
    'cli.documentSubject': 'Indiquez exactement un sujet : --device ÉTIQUETTE, --batch LOT, --handover REMISE ou --return RETOUR.',
    'cli.documentSubjectUnknown': 'Introuvable : --{option} {value}.',
    'cli.documentOut': 'Indiquez le fichier PDF à écrire : --out FICHIER.',
    'cli.documentWritten': { plural: 'pages', one: '{reference} : {pages} page écrite dans {file}.', other: '{reference} : {pages} pages écrites dans {file}.' },
    'cli.listUnknown': 'Liste inconnue « {list} » (listes : {lists}).',
    'cli.listBadStatus': 'État « {status} » inconnu pour {list} (états : {statuses}).',
    'cli.listEmpty': 'Aucune ligne.',
  },
  en: {
    'cli.documentKindUnknown': 'Unknown document "{kind}" (documents: {kinds}).',
    'cli.documentKindUnavailable': 'The "{kind}" document is not available yet in this version of Rebond.',
    'cli.documentSubject': 'Give exactly one subject: --device TAG, --batch BATCH, --handover HANDOVER or --return RETURN.',
    'cli.documentSubjectUnknown': 'Not found: --{option} {value}.',
    'cli.documentOut': 'Give the PDF file to write: --out FILE.',
    'cli.documentWritten': { plural: 'pages', one: '{reference}: {pages} page written to {file}.', other: '{reference}: {pages} pages written to {file}.' },
    'cli.listUnknown': 'Unknown list "{list}" (lists: {lists}).',
    'cli.listBadStatus': 'Unknown status "{status}" for {list} (statuses: {statuses}).',
    'cli.listEmpty': 'No rows.',
  },
});
