import type { ImportFlowErrorCode } from '../../import-flow-errors';
import { defineMessages } from '../define';

/** The import flow: why a record of a file is refused on the preview, the health rule, the CLI's summary. */
export const importFlowMessages = defineMessages({
  fr: {
    'error.import_device_unmatched':
      'Ce disque ne dit pas à quel appareil il appartient (ni numéro de série de l’hôte, ni étiquette saisie dans nwipe) : choisissez l’appareil sur l’aperçu.',
    'error.import_device_not_found': 'Aucun appareil en stock ne porte l’étiquette {ref}.',
    'error.import_identifier_required':
      'Ni numéro de série, ni IMEI, ni ancienne étiquette : cet appareil ne pourrait pas être reconnu. Complétez la ligne.',
    'error.import_already_imported': 'Le fichier {name} a déjà été importé le {date} : le réimporter ne change rien.',
    'error.import_record_conflict':
      'Ce numéro de série ({serial}) apparaît deux fois dans les fichiers importés : seule la première ligne est prise.',
    'error.import_file_too_large': 'Le fichier {name} dépasse {limit} : il n’est pas importé.',
    'error.import_queue_item_missing': 'Ce fichier n’est plus dans la file d’attente des imports.',
    'error.guard_drives_healthy':
      'Un disque de cet appareil a échoué à son contrôle de santé : détruisez-le ou remplacez-le avant de le déclarer prêt.',
    'imports.action.create': 'création',
    'imports.action.update': 'mise à jour',
    'imports.action.attach_erasure': 'effacement joint',
    'imports.action.unchanged': 'inchangé',
    'imports.action.refuse': 'refusé',
    'imports.summary':
      '{file} ({tool}) — créés : {created} · mis à jour : {updated} · effacements : {erasures} · refusés : {refused}.',
    'imports.healthFlag': 'disque en mauvaise santé',
    'imports.dryRun': 'Aperçu seulement (--dry-run) : rien n’a été enregistré.',
    'imports.committed': 'Import enregistré.',
    'cli.usageImports':
      '  import FICHIER… --operator NOM [--batch LOT] [--dry-run] [--json]\n                                 importe journaux nwipe, instantanés Workbench, smartctl, lshw, dmidecode, tableurs (aperçu, puis enregistrement sauf --dry-run)',
  },
  en: {
    'error.import_device_unmatched':
      'This drive does not say which device it belongs to (no host serial, no tag typed into nwipe): choose the device on the preview.',
    'error.import_device_not_found': 'No device in stock has the tag {ref}.',
    'error.import_identifier_required':
      'No serial, no IMEI, no previous asset tag: this device could not be recognised. Complete the row.',
    'error.import_already_imported':
      'The file {name} was already imported on {date}: importing it again changes nothing.',
    'error.import_record_conflict':
      'This serial ({serial}) appears twice in the imported files: only the first row is taken.',
    'error.import_file_too_large': 'The file {name} is larger than {limit}: it is not imported.',
    'error.import_queue_item_missing': 'This file is no longer in the import queue.',
    'error.guard_drives_healthy':
      'A drive of this device failed its health check: destroy or replace it before marking the device ready.',
    'imports.action.create': 'create',
    'imports.action.update': 'update',
    'imports.action.attach_erasure': 'erasure attached',
    'imports.action.unchanged': 'unchanged',
    'imports.action.refuse': 'refused',
    'imports.summary':
      '{file} ({tool}) — created: {created} · updated: {updated} · erasures: {erasures} · refused: {refused}.',
    'imports.healthFlag': 'drive health failed',
    'imports.dryRun': 'Preview only (--dry-run): nothing was saved.',
    'imports.committed': 'Import saved.',
    'cli.usageImports':
      '  import FILE… --operator NAME [--batch BATCH] [--dry-run] [--json]\n                                 imports nwipe logs, Workbench snapshots, smartctl, lshw, dmidecode, spreadsheets (preview, then saved unless --dry-run)',
  },
});

/** Compile-time proof that every import-flow error code has its message. */
export const everyImportFlowCodeHasMessage: Record<`error.${ImportFlowErrorCode}`, string> = importFlowMessages.fr;
