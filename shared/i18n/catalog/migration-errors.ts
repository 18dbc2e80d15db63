import type { MigrationErrorCode } from '../../migration-errors';
import { defineMessages } from '../define';

/** Errors of the schema update run when a database is opened; `migration` reads « 0006-backups ». */
export const migrationErrorMessages = defineMessages({
  fr: {
    'error.migration_failed':
      'La mise à jour de la base de données a échoué à l’étape « {migration} » ({detail}). Rien n’a été modifié : la base est restée telle qu’elle était et la version précédente de Rebond l’ouvre toujours. Transmettez ce message à la personne qui installe Rebond chez vous.',
  },
  en: {
    'error.migration_failed':
      'Updating the database failed at step "{migration}" ({detail}). Nothing was changed: the database is as it was and the previous version of Rebond still opens it. Pass this message on to whoever installs Rebond for you.',
  },
});

/** Compile-time proof that every migration error code has its message. */
export const everyMigrationErrorHasMessage: Record<`error.${MigrationErrorCode}`, string> = migrationErrorMessages.fr;
