import type { StorageErrorCode } from '../../storage-errors';
import { defineMessages } from '../define';

/** What stops Rebond from opening or writing its data folder, what to do about it, and where the log is. */
export const storageMessages = defineMessages({
  fr: {
    'error.data_folder_missing':
      'Le dossier de données {dir} n’existe pas. Vérifiez le chemin (option --data-dir), ou rebranchez le disque ou le partage réseau qui le contient, puis relancez Rebond. Rien n’a été créé ni modifié.',
    'error.data_folder_read_only':
      'Le dossier de données {dir} est en lecture seule : Rebond ne peut rien y enregistrer. Rendez-le accessible en écriture pour votre compte (ou retirez la protection en écriture du disque), ou choisissez un autre dossier avec --data-dir. Rien n’a été modifié.',
    'error.data_disk_full':
      'Le disque qui contient {dir} est plein : rien n’a été enregistré, et ce qui l’était déjà est intact. Libérez de la place sur ce disque, puis recommencez.',
    'error.data_permission_denied':
      'Votre compte n’a pas le droit d’ouvrir {path}. Demandez à la personne qui gère ce poste de vous donner les droits de lecture et d’écriture sur ce dossier, ou choisissez un autre dossier avec --data-dir. Rien n’a été modifié.',
    'error.data_folder_moved':
      'Le dossier de données {dir} a été déplacé, supprimé ou remplacé pendant que Rebond était ouvert : cette action n’a pas été enregistrée, et Rebond n’enregistrera plus rien. Remettez le dossier à sa place, puis fermez et rouvrez Rebond.',
    'error.database_not_a_file':
      '{path} n’est pas un fichier de base de données (c’est un dossier ou un autre type d’élément). Déplacez-le ailleurs, ou choisissez un autre dossier de données avec --data-dir. Rien n’a été modifié.',
    'error.database_missing':
      'Aucune base Rebond dans {dir}. Vérifiez le dossier (option --data-dir), ou lancez Rebond une première fois pour la créer.',
    'error.database_cannot_open':
      'Rebond ne peut pas ouvrir {path} ({detail}). Vérifiez que le disque est bien branché et que le fichier n’est pas utilisé par un autre programme, puis recommencez. Rien n’a été modifié.',
    'error.database_engine_unavailable':
      'Rebond ne peut pas charger son moteur SQLite ({detail}) : l’installation est incomplète, vos données n’y sont pour rien. Réinstallez Rebond (ou relancez npm install).',
    'error.database_damaged_backup':
      'La base de données {path} est endommagée ({detail}). Rebond ne l’a pas modifiée. Restaurez la dernière sauvegarde vérifiée, {backup} (commande : rebond restore {backup}).',
    'error.database_empty':
      '{path} est un fichier vide : ce n’est pas encore une base Rebond, il n’y a rien à vérifier. Lancez Rebond sur ce dossier pour créer la base, ou indiquez le bon dossier avec --data-dir.',
    'error.database_not_migrated':
      '{path} est une base SQLite que Rebond n’a jamais préparée (schéma 0) : ce n’est pas une base Rebond, il n’y a rien à vérifier. Indiquez le bon dossier avec --data-dir.',
    'validation.control_character':
      'contient un caractère de contrôle (par exemple un caractère nul) : retapez-le ou scannez-le à nouveau',
    'validation.bad_percent_encoding': 'encodage « % » invalide',
    'field.apiPath': 'Adresse de l’opération',
    'log.seeLog': 'Le détail est dans le journal {file}, sous la référence {ref}.',
    'startup.portInUse':
      'Le port {port} est déjà utilisé, peut-être par un autre Rebond ouvert : fermez-le, ou choisissez un autre port avec --port.',
  },
  en: {
    'error.data_folder_missing':
      'The data folder {dir} does not exist. Check the path (the --data-dir option), or reconnect the disk or network share that holds it, then start Rebond again. Nothing was created or changed.',
    'error.data_folder_read_only':
      'The data folder {dir} is read-only: Rebond cannot save anything there. Make it writable for your account (or remove the disk’s write protection), or choose another folder with --data-dir. Nothing was changed.',
    'error.data_disk_full':
      'The disk that holds {dir} is full: nothing was saved, and what was saved before is intact. Free some space on that disk, then try again.',
    'error.data_permission_denied':
      'Your account is not allowed to open {path}. Ask whoever manages this computer to give you read and write access to this folder, or choose another folder with --data-dir. Nothing was changed.',
    'error.data_folder_moved':
      'The data folder {dir} was moved, deleted or replaced while Rebond was open: this action was not saved, and Rebond will save nothing more. Put the folder back where it was, then close and reopen Rebond.',
    'error.database_not_a_file':
      '{path} is not a database file (it is a folder or another kind of entry). Move it elsewhere, or choose another data folder with --data-dir. Nothing was changed.',
    'error.database_missing':
      'No Rebond database in {dir}. Check the folder (the --data-dir option), or start Rebond once to create it.',
    'error.database_cannot_open':
      'Rebond cannot open {path} ({detail}). Check that the disk is connected and that no other program holds the file, then try again. Nothing was changed.',
    'error.database_engine_unavailable':
      'Rebond cannot load its SQLite engine ({detail}): the installation is incomplete, your data is not at fault. Reinstall Rebond (or run npm install again).',
    'error.database_damaged_backup':
      'The database {path} is damaged ({detail}). Rebond has not changed it. Restore the last verified backup, {backup} (command: rebond restore {backup}).',
    'error.database_empty':
      '{path} is an empty file: it is not a Rebond database yet, so there is nothing to check. Start Rebond on this folder to create the database, or give the right folder with --data-dir.',
    'error.database_not_migrated':
      '{path} is an SQLite database that Rebond never set up (schema 0): it is not a Rebond database, so there is nothing to check. Give the right folder with --data-dir.',
    'validation.control_character': 'contains a control character (such as a NUL): type or scan it again',
    'validation.bad_percent_encoding': 'malformed “%” encoding',
    'field.apiPath': 'Operation address',
    'log.seeLog': 'The details are in the log {file}, under reference {ref}.',
    'startup.portInUse':
      'Port {port} is already in use, perhaps by another Rebond that is open: close it, or choose another port with --port.',
  },
});

/** Compile-time proof that every storage error has its message. */
export const everyStorageErrorHasMessage: Record<`error.${StorageErrorCode}`, string> = storageMessages.fr;
