import type { ImportErrorCode, ImportIssueCode } from '../../import-errors';
import { defineMessages } from '../define';

/** Reading import files: why a whole file is refused, and what a reader says about one row or record. */
export const importMessages = defineMessages({
  fr: {
    'error.import_format_unknown':
      'Rebond ne reconnaît pas le fichier {name}. Formats acceptés : journal ou rapport PDF de nwipe/ShredOS, instantané eReuse Workbench (JSON ou YAML), sortie de smartctl --json, de lshw -json ou de dmidecode, tableur CSV ou XLSX. Rien n’a été importé.',
    'error.import_file_empty': 'Le fichier {name} est vide : il n’y a rien à importer.',
    'error.import_file_damaged':
      'Le fichier {name} semble être au format {format}, mais il est endommagé ou incomplet ({detail}). Exportez-le de nouveau depuis l’outil qui l’a produit. Rien n’a été importé.',
    'error.import_format_mismatch':
      'Le fichier {name} n’est pas au format {format} demandé. Formats acceptés : journal ou rapport PDF de nwipe/ShredOS, instantané eReuse Workbench (JSON ou YAML), sortie de smartctl --json, de lshw -json ou de dmidecode, tableur CSV ou XLSX.',
    'error.import_sheet_empty':
      'Le tableur {name} n’a pas de ligne d’en-têtes suivie de données : la première ligne non vide doit nommer les colonnes.',
    'importIssue.cell_excel_scientific':
      'Colonne « {column} » : « {value} » a été abîmé par Excel (nombre long écrit en notation scientifique, chiffres perdus). Formatez la colonne en texte dans le tableur et exportez-le de nouveau.',
    'importIssue.cell_imei_invalid':
      'Colonne « {column} » : « {value} » n’est pas un IMEI (15 chiffres, ou 16 pour un IMEISV).',
    'importIssue.serial_placeholder':
      '« {value} » n’est pas un vrai numéro de série (valeur par défaut du fabricant) : il est laissé vide.',
    'importIssue.header_blank': 'La colonne {index} n’a pas d’en-tête : elle est ignorée.',
    'importIssue.header_repeated':
      'L’en-tête « {column} » apparaît plusieurs fois : seule la première colonne de ce nom est lue.',
    'importIssue.kind_unknown':
      'Catégorie « {value} » inconnue : le type d’appareil sera à choisir (ordinateur portable, ordinateur fixe, tablette, téléphone, autre).',
    'importIssue.number_invalid': 'Colonne « {column} » : « {value} » n’est pas un nombre ; la valeur est ignorée.',
    'importIssue.imei_checksum': 'Le chiffre de contrôle de l’IMEI {value} ne correspond pas : vérifiez-le.',
    'importIssue.drive_reallocated_sectors':
      'Le disque {drive} fonctionne, mais des secteurs y ont été réalloués ({count}) : surveillez-le.',
    'importIssue.drive_health_failed':
      'Le disque {drive} est en mauvais état ({reasons}) : il devra être détruit ou remplacé.',
    'importIssue.erasure_status_unknown':
      'Le statut d’effacement « {value} » du disque {drive} est inconnu : l’effacement est compté comme échoué.',
    'importIssue.pdf_no_text':
      'Ce PDF ne contient pas de texte lisible (image scannée ?) : importez plutôt le journal nwipe_log.txt du même effacement.',
    'importIssue.snapshot_without_device': 'Cet instantané ne décrit aucun appareil.',
    'importIssue.rows_without_data': 'Lignes vides ignorées : {count}.',
  },
  en: {
    'error.import_format_unknown':
      'Rebond does not recognise the file {name}. Accepted formats: an nwipe/ShredOS log or PDF report, an eReuse Workbench snapshot (JSON or YAML), the output of smartctl --json, lshw -json or dmidecode, a CSV or XLSX spreadsheet. Nothing was imported.',
    'error.import_file_empty': 'The file {name} is empty: there is nothing to import.',
    'error.import_file_damaged':
      'The file {name} looks like {format}, but it is damaged or incomplete ({detail}). Export it again from the tool that wrote it. Nothing was imported.',
    'error.import_format_mismatch':
      'The file {name} is not in the {format} format asked for. Accepted formats: an nwipe/ShredOS log or PDF report, an eReuse Workbench snapshot (JSON or YAML), the output of smartctl --json, lshw -json or dmidecode, a CSV or XLSX spreadsheet.',
    'error.import_sheet_empty':
      'The spreadsheet {name} has no header row followed by data: the first non-empty row must name the columns.',
    'importIssue.cell_excel_scientific':
      'Column "{column}": "{value}" was damaged by Excel (a long number written in scientific notation, digits lost). Format the column as text in the spreadsheet and export it again.',
    'importIssue.cell_imei_invalid': 'Column "{column}": "{value}" is not an IMEI (15 digits, or 16 for an IMEISV).',
    'importIssue.serial_placeholder':
      '"{value}" is not a real serial number (a manufacturer’s default value): it is left empty.',
    'importIssue.header_blank': 'Column {index} has no header: it is ignored.',
    'importIssue.header_repeated':
      'The header "{column}" appears more than once: only the first column of that name is read.',
    'importIssue.kind_unknown':
      'Unknown category "{value}": the device kind will have to be chosen (laptop, desktop, tablet, phone, other).',
    'importIssue.number_invalid': 'Column "{column}": "{value}" is not a number; the value is ignored.',
    'importIssue.imei_checksum': 'The check digit of IMEI {value} does not match: check it.',
    'importIssue.drive_reallocated_sectors':
      'Drive {drive} works, but sectors have been reallocated on it ({count}): keep an eye on it.',
    'importIssue.drive_health_failed': 'Drive {drive} is failing ({reasons}): it must be destroyed or replaced.',
    'importIssue.erasure_status_unknown':
      'The erasure status "{value}" of drive {drive} is unknown: the erasure counts as failed.',
    'importIssue.pdf_no_text':
      'This PDF holds no readable text (a scanned image?): import the nwipe_log.txt of the same erasure instead.',
    'importIssue.snapshot_without_device': 'This snapshot describes no device.',
    'importIssue.rows_without_data': 'Empty rows skipped: {count}.',
  },
});

/** Compile-time proof that every import error and issue code has its message. */
export const everyImportCodeHasMessage: Record<`error.${ImportErrorCode}` | `importIssue.${ImportIssueCode}`, string> =
  importMessages.fr;
