import type { DriveErrorCode } from '../../drive-errors';
import { defineMessages } from '../define';

/** Taking a drive out of a device (removed, or replaced by another): refusals, the log's sentences, the device page. */
export const driveRemovalMessages = defineMessages({
  fr: {
    'error.drive_not_in_device': 'Ce disque n’est pas dans l’appareil {assetTag}.',
    'error.drive_already_removed': 'Le disque {serial} a déjà été retiré de l’appareil {assetTag}.',
    'error.drive_change_not_allowed_in_state':
      'On ne change pas les disques d’un appareil à l’état « {state} » ({assetTag}) : remettez-le en atelier d’abord.',
    'event.drive.removed': 'Disque retiré : {drive}',
    'event.drive.replaced': 'Disque {drive} remplacé par {replacement}',
    'drive.col.health': 'Santé',
    'drive.healthFailed': 'Contrôle de santé échoué',
    'drive.healthOk': 'Rien à signaler',
    'drive.change': 'Retirer ou remplacer',
    'drive.changeTitle': 'Retirer ou remplacer le disque {drive}',
    'drive.changeExplain':
      'Le disque quitte l’appareil : ses enregistrements restent, mais il ne compte plus pour l’effacement ni la santé de l’appareil. Dites où il part.',
    'drive.changeMode': 'Ce qui est fait',
    'drive.mode.removed': 'Retiré, sans remplacement',
    'drive.mode.replaced': 'Remplacé par un autre disque',
    'drive.note': 'Où part le disque',
    'drive.noteHint': 'Par exemple : mis de côté pour destruction, rendu au donateur.',
    'drive.replacementSerial': 'N° de série du nouveau disque',
    'drive.replacementType': 'Type du nouveau disque',
    'drive.replacementCapacity': 'Capacité du nouveau disque (Go)',
    'drive.confirmRemoved': 'Retirer le disque',
    'drive.confirmReplaced': 'Remplacer le disque',
    'drive.removedToast': 'Disque retiré de {tag}.',
    'drive.replacedToast': 'Disque remplacé sur {tag}.',
    'drive.removedTitle': 'Disques retirés',
    'drive.removedLine': '{drive} — {reason} le {date} par {name} : {note}',
    'drive.capacityInvalid': 'La capacité du nouveau disque doit être un nombre entier de Go.',
  },
  en: {
    'error.drive_not_in_device': 'This drive is not in device {assetTag}.',
    'error.drive_already_removed': 'Drive {serial} was already taken out of device {assetTag}.',
    'error.drive_change_not_allowed_in_state':
      'The drives of a device in state “{state}” ({assetTag}) are not changed: bring it back to the workshop first.',
    'event.drive.removed': 'Drive removed: {drive}',
    'event.drive.replaced': 'Drive {drive} replaced by {replacement}',
    'drive.col.health': 'Health',
    'drive.healthFailed': 'Health check failed',
    'drive.healthOk': 'Nothing to report',
    'drive.change': 'Remove or replace',
    'drive.changeTitle': 'Remove or replace drive {drive}',
    'drive.changeExplain':
      'The drive leaves the device: its records stay, but it no longer counts for the device’s erasure or health. Say where it goes.',
    'drive.changeMode': 'What is done',
    'drive.mode.removed': 'Removed, not replaced',
    'drive.mode.replaced': 'Replaced by another drive',
    'drive.note': 'Where the drive goes',
    'drive.noteHint': 'For example: set aside for destruction, returned to the donor.',
    'drive.replacementSerial': 'Serial of the new drive',
    'drive.replacementType': 'Type of the new drive',
    'drive.replacementCapacity': 'Capacity of the new drive (GB)',
    'drive.confirmRemoved': 'Remove the drive',
    'drive.confirmReplaced': 'Replace the drive',
    'drive.removedToast': 'Drive removed from {tag}.',
    'drive.replacedToast': 'Drive replaced in {tag}.',
    'drive.removedTitle': 'Drives taken out',
    'drive.removedLine': '{drive} — {reason} on {date} by {name}: {note}',
    'drive.capacityInvalid': 'The new drive’s capacity must be a whole number of GB.',
  },
});

/** Compile-time proof that every drive error code has its message. */
export const everyDriveCodeHasMessage: Record<`error.${DriveErrorCode}`, string> = driveRemovalMessages.fr;
