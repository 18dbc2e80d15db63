import type { BackupErrorCode } from '../../backup-errors';
import { defineMessages, type Message } from '../define';

/** Backups and restore: their errors, the command line and the Administration panel. */
export const backupMessages = defineMessages({
  fr: {
    'error.backup_folder_not_absolute':
      'Le dossier des sauvegardes doit être un chemin complet (par ex. /mnt/nas/rebond ou D:\\Sauvegardes), pas « {folder} ».',
    'error.backup_folder_missing':
      'Le dossier des sauvegardes {folder} n’existe pas ou n’est pas accessible (disque débranché, partage réseau non monté ?). Créez-le ou choisissez-en un autre ; rien n’a été modifié.',
    'error.backup_folder_not_writable':
      'Rebond ne peut pas écrire dans le dossier des sauvegardes {folder} ({detail}). Donnez-lui le droit d’écrire ou choisissez un autre dossier.',
    'error.backup_failed':
      'La sauvegarde n’a pas pu être écrite dans {folder} ({detail}). Vérifiez la place libre et le dossier.',
    'error.backup_verification_failed':
      'La sauvegarde {file} a été écrite mais sa vérification a échoué ({problem}) : elle est gardée marquée « échouée » et ne compte pas. Lancez « rebond check ».',
    'error.backup_not_found': 'Aucun fichier de sauvegarde à {file}.',
    'error.backup_not_verified':
      'La sauvegarde {file} n’est pas une sauvegarde vérifiée ({problem}) : elle n’est pas restaurée. Choisissez-en une autre.',
    'error.backup_too_new':
      'La sauvegarde {file} a été faite par un Rebond plus récent (schéma {found} ; cette version connaît jusqu’au {supported}). Mettez Rebond à jour avant de la restaurer.',
    'error.database_in_use':
      'La base {path} est ouverte par Rebond (l’application, l’édition navigateur ou une commande). Fermez-les, puis relancez la restauration ; rien n’a été modifié.',
    'backups.problem.damaged': 'fichier illisible ou endommagé',
    'backups.problem.too_new': 'faite par un Rebond plus récent',
    'backups.problem.integrity': 'intégrité SQLite en défaut',
    'backups.problem.foreign_keys': 'références cassées',
    'backups.problem.chain': 'chaîne des événements rompue',
    'backups.problem.sha256_mismatch': 'le fichier a changé depuis la sauvegarde (SHA-256 différent)',
    'backups.problem.missing_file': 'fichier absent',
    'backups.status.verified': 'vérifiée',
    'backups.status.failed': 'échouée',
    'backups.status.unverified': 'copie avant restauration',
    'backups.reason.startup': 'démarrage',
    'backups.reason.daily': 'quotidienne',
    'backups.reason.manual': 'à la demande',
    'backups.reason.before_migration': 'avant mise à jour du schéma',
    'backups.reason.before_anonymisation': 'avant anonymisation',
    'backups.reason.before_restore': 'avant restauration',
    'cli.usageBackups':
      '  backup [--to DOSSIER]          sauvegarde vérifiée de la base (dans le dossier des sauvegardes par défaut)\n  backups [--json]               liste les sauvegardes et leur état\n  restore FICHIER                restaure une sauvegarde vérifiée (Rebond fermé ; la base actuelle est gardée à côté)',
    'cli.backupDone': 'Sauvegarde vérifiée : {path} ({size}, {events} événements, SHA-256 {sha256}).',
    'cli.backupsNone': 'Aucune sauvegarde dans {folder}.',
    'cli.backupsFolder': 'Dossier des sauvegardes : {folder}',
    'cli.backupsLine': '{at}  {status}  {reason}  {size}  {file}',
    'cli.backupsProblem': '    problème : {problem}{detail}',
    'cli.restoreSafety': 'La base actuelle est gardée dans {path}.',
    'cli.restoreDone': 'Sauvegarde du {at} restaurée dans {path}.',
    'cli.restoreUsage': 'Indiquez le fichier de sauvegarde à restaurer : rebond restore FICHIER',
    'cli.checkHeads': 'Têtes de chaîne des sauvegardes : {result}',
    'cli.headsOk': { one: 'OK ({count} retrouvée dans le journal)', other: 'OK ({count} retrouvées dans le journal)' },
    'cli.headsNone': 'aucune enregistrée',
    'cli.headMissing':
      'l’événement {id}, dernier de la sauvegarde du {at} ({file}), n’est plus dans le journal : des événements ont été supprimés',
    'cli.headDifferent':
      'l’événement {id}, dernier de la sauvegarde du {at} ({file}), a changé depuis : le journal a été réécrit',
    'admin.tab.backups': 'Sauvegardes',
    'event.settings.backups_updated': 'Réglages des sauvegardes modifiés',
    'backups.title': 'Sauvegardes',
    'backups.explain':
      'Rebond sauvegarde la base au démarrage, chaque jour où il tourne, avant une mise à jour du schéma et avant une anonymisation, puis vérifie chaque copie. Il garde les 3 dernières, puis 7 sauvegardes quotidiennes, 5 hebdomadaires et 12 mensuelles, et supprime celles qui dépassent le délai de conservation des données personnelles. Règle 3-2-1 (CNIL) : choisissez un dossier sur un autre disque ou un partage réseau.',
    'backups.last': 'Dernière sauvegarde vérifiée',
    'backups.lastValue': '{at} — {size}',
    'backups.lastNone': 'Aucune sauvegarde vérifiée pour l’instant.',
    'backups.place': 'Emplacement',
    'backups.folder': 'Dossier des sauvegardes',
    'backups.folderHint': 'Chemin complet d’un dossier existant ; vide : {folder}',
    'backups.warnAfterDays': 'Alerter après (jours sans sauvegarde vérifiée)',
    'backups.saved': 'Réglages des sauvegardes enregistrés.',
    'backups.takeNow': 'Sauvegarder maintenant',
    'backups.taken': 'Sauvegarde vérifiée : {file} ({size}).',
    'backups.list': 'Sauvegardes du dossier',
    'backups.column.at': 'Date',
    'backups.column.status': 'État',
    'backups.column.reason': 'Motif',
    'backups.column.size': 'Taille',
    'backups.column.file': 'Fichier',
    'backups.restoreHint': 'Pour restaurer : fermez Rebond, puis « npm run rebond -- restore FICHIER ».',
    'backups.overdue.never': 'Aucune sauvegarde vérifiée n’a encore été faite. Ouvrez Administration → Sauvegardes.',
    'backups.overdue.since': {
      plural: 'days',
      one: 'Pas de sauvegarde vérifiée depuis le {at} (plus de {days} jour). Vérifiez le dossier des sauvegardes dans Administration → Sauvegardes.',
      other:
        'Pas de sauvegarde vérifiée depuis le {at} (plus de {days} jours). Vérifiez le dossier des sauvegardes dans Administration → Sauvegardes.',
    },
    'backups.overdueOpen': 'Ouvrir les sauvegardes',
  },
  en: {
    'error.backup_folder_not_absolute':
      'The backup folder must be a full path (e.g. /mnt/nas/rebond or D:\\Backups), not “{folder}”.',
    'error.backup_folder_missing':
      'The backup folder {folder} does not exist or cannot be reached (a disk unplugged, a network share not mounted?). Create it or choose another; nothing was changed.',
    'error.backup_folder_not_writable':
      'Rebond cannot write to the backup folder {folder} ({detail}). Give it write access or choose another folder.',
    'error.backup_failed':
      'The backup could not be written to {folder} ({detail}). Check the free space and the folder.',
    'error.backup_verification_failed':
      'The backup {file} was written but failed its check ({problem}): it is kept marked “failed” and does not count. Run “rebond check”.',
    'error.backup_not_found': 'No backup file at {file}.',
    'error.backup_not_verified':
      'The backup {file} is not a verified backup ({problem}): it is not restored. Choose another one.',
    'error.backup_too_new':
      'The backup {file} was made by a newer Rebond (schema {found}; this version knows up to {supported}). Update Rebond before restoring it.',
    'error.database_in_use':
      'The database {path} is open in Rebond (the app, the browser edition or a command). Close them, then run the restore again; nothing was changed.',
    'backups.problem.damaged': 'file unreadable or damaged',
    'backups.problem.too_new': 'made by a newer Rebond',
    'backups.problem.integrity': 'SQLite integrity check failed',
    'backups.problem.foreign_keys': 'broken references',
    'backups.problem.chain': 'event chain broken',
    'backups.problem.sha256_mismatch': 'the file has changed since the backup (different SHA-256)',
    'backups.problem.missing_file': 'file missing',
    'backups.status.verified': 'verified',
    'backups.status.failed': 'failed',
    'backups.status.unverified': 'copy before a restore',
    'backups.reason.startup': 'start-up',
    'backups.reason.daily': 'daily',
    'backups.reason.manual': 'on request',
    'backups.reason.before_migration': 'before a schema upgrade',
    'backups.reason.before_anonymisation': 'before anonymisation',
    'backups.reason.before_restore': 'before a restore',
    'cli.usageBackups':
      '  backup [--to DIR]              verified backup of the database (to the backup folder by default)\n  backups [--json]               list the backups and their status\n  restore FILE                   restore a verified backup (Rebond closed; the current database is kept aside)',
    'cli.backupDone': 'Verified backup: {path} ({size}, {events} events, SHA-256 {sha256}).',
    'cli.backupsNone': 'No backup in {folder}.',
    'cli.backupsFolder': 'Backup folder: {folder}',
    'cli.backupsLine': '{at}  {status}  {reason}  {size}  {file}',
    'cli.backupsProblem': '    problem: {problem}{detail}',
    'cli.restoreSafety': 'The current database is kept in {path}.',
    'cli.restoreDone': 'Backup of {at} restored to {path}.',
    'cli.restoreUsage': 'Name the backup file to restore: rebond restore FILE',
    'cli.checkHeads': 'Chain heads of backups: {result}',
    'cli.headsOk': { one: 'OK ({count} found in the log)', other: 'OK ({count} found in the log)' },
    'cli.headsNone': 'none recorded',
    'cli.headMissing':
      'event {id}, the last of the backup of {at} ({file}), is no longer in the log: events were deleted',
    'cli.headDifferent':
      'event {id}, the last of the backup of {at} ({file}), has changed since: the log was rewritten',
    'admin.tab.backups': 'Backups',
    'event.settings.backups_updated': 'Backup settings changed',
    'backups.title': 'Backups',
    'backups.explain':
      'Rebond backs the database up at start-up, every day it runs, before a schema upgrade and before an anonymisation, and verifies each copy. It keeps the 3 latest, then 7 daily, 5 weekly and 12 monthly backups, and deletes those older than the personal-data retention period. The 3-2-1 rule (CNIL): choose a folder on another disk or a network share.',
    'backups.last': 'Last verified backup',
    'backups.lastValue': '{at} — {size}',
    'backups.lastNone': 'No verified backup yet.',
    'backups.place': 'Place',
    'backups.folder': 'Backup folder',
    'backups.folderHint': 'Full path of an existing folder; empty: {folder}',
    'backups.warnAfterDays': 'Warn after (days without a verified backup)',
    'backups.saved': 'Backup settings saved.',
    'backups.takeNow': 'Back up now',
    'backups.taken': 'Verified backup: {file} ({size}).',
    'backups.list': 'Backups in the folder',
    'backups.column.at': 'Date',
    'backups.column.status': 'Status',
    'backups.column.reason': 'Reason',
    'backups.column.size': 'Size',
    'backups.column.file': 'File',
    'backups.restoreHint': 'To restore: close Rebond, then “npm run rebond -- restore FILE”.',
    'backups.overdue.never': 'No verified backup has been made yet. Open Administration → Backups.',
    'backups.overdue.since': {
      plural: 'days',
      one: 'No verified backup since {at} (more than {days} day). Check the backup folder in Administration → Backups.',
      other:
        'No verified backup since {at} (more than {days} days). Check the backup folder in Administration → Backups.',
    },
    'backups.overdueOpen': 'Open backups',
  },
});

/** Compile-time proof that every backup error code has its message. */
export const everyBackupErrorHasMessage: Record<`error.${BackupErrorCode}`, Message> = backupMessages.fr;
