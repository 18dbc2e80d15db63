import type { StoreCheckErrorCode } from '../../store-check-errors';
import { defineMessages } from '../define';

/** While the full check of the database runs after Rebond was not closed properly. */
export const storeCheckMessages = defineMessages({
  fr: {
    'error.database_checking':
      'Rebond n’a pas été fermé correctement la dernière fois : il vérifie la base de données avant d’y écrire à nouveau. Cette action n’a pas été enregistrée ; la consultation reste possible. Recommencez dans un instant.',
  },
  en: {
    'error.database_checking':
      'Rebond was not closed properly last time: it is checking the database before writing to it again. This action was not saved; you can still look things up. Try again in a moment.',
  },
});

/** Compile-time proof that every error of the full check has its message. */
export const everyStoreCheckErrorHasMessage: Record<`error.${StoreCheckErrorCode}`, string> = storeCheckMessages.fr;
