import type { DriveErrorCode } from '../../drive-errors';
import type { TaxReceiptErrorCode } from '../../tax-receipt-errors';
import type { StoreCheckErrorCode } from '../../store-check-errors';
import type { ApiHostErrorCode } from '../../api-host-errors';
import type { HubErrorCode } from '../../hub-errors';
import type { DeskSettingErrorCode } from '../../desk-setting-errors';
import type { ScanErrorCode, ScanWarningCode } from '../../scan-errors';
import type { ImportFlowErrorCode } from '../../import-flow-errors';
import type { HandoverErrorCode, HandoverWarningCode } from '../../handover-errors';
import type { AccessErrorCode } from '../../access-errors';
import type { ErrorCode, WarningCode } from '../../errors';
import type { AgreementErrorCode } from '../../agreement-errors';
import type { BackupErrorCode } from '../../backup-errors';
import type { CertificateErrorCode } from '../../certificate-errors';
import type { DocumentErrorCode } from '../../document-errors';
import type { LabelErrorCode } from '../../label-errors';
import type { WasteErrorCode } from '../../waste-errors';
import type { ExportSaveErrorCode } from '../../export-save-errors';
import type { LendingErrorCode, LendingWarningCode } from '../../lending-errors';
import type { MigrationErrorCode } from '../../migration-errors';
import type { StorageErrorCode } from '../../storage-errors';
import type { ImportErrorCode } from '../../import-errors';
import { defineMessages, type Message } from '../define';
import type { TransportErrorCode } from '../../transport-errors';

export const errorMessages = defineMessages({
  fr: {
    'error.invalid_input': '{field} : {detail}',
    'error.unknown_method': 'Opération inconnue « {method} ».',
    'error.unauthorised':
      'Accès refusé : cette session n’est pas autorisée. Rouvrez Rebond depuis son lien de lancement.',
    'error.no_operator': 'Choisissez d’abord qui travaille à ce poste.',
    'error.operator_inactive': 'Le compte de « {name} » est désactivé : demandez à l’administration de le réactiver.',
    'error.wrong_pin': 'Code PIN incorrect.',
    'error.forbidden_role': 'Votre rôle ({role}) ne permet pas cette opération : il faut le rôle {required}.',
    'error.not_found': '{entity} introuvable ({ref}).',
    'error.duplicate_serial':
      'Le numéro de série {serial} ({make}) est déjà en stock sous l’étiquette {assetTag}. Rien n’a été créé.',
    'error.duplicate_asset_tag': 'L’étiquette {assetTag} est déjà utilisée.',
    'error.duplicate_imei': 'L’IMEI {imei} est déjà en stock sous l’étiquette {assetTag}. Rien n’a été créé.',
    'error.duplicate_drive_serial': 'Le disque {serial} est déjà enregistré sur l’appareil {assetTag}.',
    'error.duplicate_name': 'Le nom « {name} » existe déjà.',
    'error.identifier_required': 'Indiquez au moins un numéro de série ou un IMEI.',
    'error.imei_invalid': 'IMEI « {value} » invalide : il faut 15 chiffres (ou 16 pour un IMEISV).',
    'error.iccid_invalid': 'ICCID « {value} » invalide : il commence par 89 et compte 19 ou 20 chiffres.',
    'error.phone_invalid':
      'Numéro « {value} » invalide : attendu un mobile, par exemple 06 12 34 56 78 ou +33 6 12 34 56 78.',
    'error.batch_closed': 'Le lot {batch} est clôturé : rouvrez-le ou choisissez un autre lot.',
    'error.batch_not_sanitised': {
      one: 'Le lot {batch} ne peut pas être clôturé : {count} appareil n’a pas d’effacement vérifié ni de destruction.',
      other:
        'Le lot {batch} ne peut pas être clôturé : {count} appareils n’ont pas d’effacement vérifié ni de destruction.',
    },
    'error.action_not_allowed_in_state': 'Action « {action} » impossible pour un appareil à l’état « {state} ».',
    'error.action_needs_record': 'L’action « {action} » se fait depuis son poste ({desk}), avec son enregistrement.',
    'error.guard_erasure_proven':
      'Effacement non prouvé : chaque support doit avoir un effacement réussi, vérifié par un second opérateur.',
    'error.guard_erasure_failed': 'Aucun effacement en échec n’est enregistré pour cet appareil.',
    'error.guard_qc_passed': 'Le contrôle qualité n’est pas validé.',
    'error.guard_graded': 'L’appareil n’a pas encore de grade esthétique.',
    'error.bulk_refused': {
      one: '{count} appareil refusé : aucun appareil n’a été modifié.',
      other: '{count} appareils refusés : aucun appareil n’a été modifié.',
    },
    'error.erasure_subject_invalid': 'Pour un appareil de type « {kind} », l’effacement se fait {expected}.',
    'error.erasure_already_verified': 'Cet effacement a déjà été vérifié.',
    'error.erasure_not_verifiable': 'Un effacement en échec ne se vérifie pas : recommencez l’effacement.',
    'error.verifier_is_performer': 'La vérification doit être faite par une autre personne que celle qui a effacé.',
    'error.erasure_device_state': 'L’appareil {assetTag} est à l’état « {state} » : il n’attend pas d’effacement.',
    'error.refurbishment_device_state':
      'L’appareil {assetTag} est à l’état « {state} » : il n’est pas en reconditionnement.',
    'error.checklist_incomplete': 'Liste de contrôle incomplète : {missing}.',
    'error.level_technique_mismatch':
      'La destruction physique correspond au niveau « Destruction », et seulement elle.',
    'error.quality_check_without_refurbishment':
      'Aucun passage en atelier n’est enregistré pour {assetTag} : enregistrez le reconditionnement avant le contrôle qualité.',
    'error.last_admin': 'Il doit rester au moins une personne active avec le rôle administration.',
    'error.database_damaged':
      'La base de données {path} est endommagée ({detail}). Rebond ne l’a pas modifiée. Aucune sauvegarde vérifiée n’est connue : remplacez ce fichier par la dernière copie sûre que vous avez, et gardez l’original pour un diagnostic.',
    'error.database_too_new':
      'La base de données a été créée par une version plus récente de Rebond (schéma {found}, cette version connaît le {supported}). Mettez Rebond à jour.',
    'error.internal_error': 'Erreur interne : rien n’a été enregistré. Référence {ref}.',
    'warning.imei_checksum': 'La clé de contrôle de l’IMEI {value} ne correspond pas : vérifiez la saisie.',
    'warning.iccid_checksum': 'La clé de contrôle de l’ICCID {value} ne correspond pas : vérifiez la saisie.',
    'warning.serial_seen_before':
      'Ce numéro de série est déjà passé par l’atelier : appareil {assetTag}, à l’état « {state} ».',
  },
  en: {
    'error.invalid_input': '{field}: {detail}',
    'error.unknown_method': 'Unknown operation "{method}".',
    'error.unauthorised': 'Access denied: this session is not authorised. Reopen Rebond from its launch link.',
    'error.no_operator': 'First choose who is working at this station.',
    'error.operator_inactive': 'Operator "{name}" is deactivated: ask an administrator to reactivate them.',
    'error.wrong_pin': 'Wrong PIN.',
    'error.forbidden_role': 'Your role ({role}) cannot do this: it needs the {required} role.',
    'error.not_found': '{entity} not found ({ref}).',
    'error.duplicate_serial': 'Serial {serial} ({make}) is already in stock as {assetTag}. Nothing was created.',
    'error.duplicate_asset_tag': 'Asset tag {assetTag} is already in use.',
    'error.duplicate_imei': 'IMEI {imei} is already in stock as {assetTag}. Nothing was created.',
    'error.duplicate_drive_serial': 'Drive {serial} is already recorded on device {assetTag}.',
    'error.duplicate_name': 'The name "{name}" already exists.',
    'error.identifier_required': 'Give at least a serial number or an IMEI.',
    'error.imei_invalid': 'Invalid IMEI "{value}": it has 15 digits (16 for an IMEISV).',
    'error.iccid_invalid': 'Invalid ICCID "{value}": it starts with 89 and has 19 or 20 digits.',
    'error.phone_invalid':
      'Invalid number "{value}": expected a mobile number such as 06 12 34 56 78 or +33 6 12 34 56 78.',
    'error.batch_closed': 'Batch {batch} is closed: reopen it or choose another batch.',
    'error.batch_not_sanitised': {
      one: 'Batch {batch} cannot be closed: {count} device has neither a verified erasure nor a destruction.',
      other: 'Batch {batch} cannot be closed: {count} devices have neither a verified erasure nor a destruction.',
    },
    'error.action_not_allowed_in_state': 'Action "{action}" is not possible for a device in state "{state}".',
    'error.action_needs_record': 'Action "{action}" is done at its desk ({desk}), with its record.',
    'error.guard_erasure_proven':
      'Erasure not proven: every medium needs a successful erasure verified by a second operator.',
    'error.guard_erasure_failed': 'No failed erasure is recorded for this device.',
    'error.guard_qc_passed': 'The quality check has not passed.',
    'error.guard_graded': 'The device has no appearance grade yet.',
    'error.bulk_refused': {
      one: '{count} device refused: no device was changed.',
      other: '{count} devices refused: no device was changed.',
    },
    'error.erasure_subject_invalid': 'For a device of kind "{kind}", erasure is recorded {expected}.',
    'error.erasure_already_verified': 'This erasure has already been verified.',
    'error.erasure_not_verifiable': 'A failed erasure cannot be verified: erase again.',
    'error.verifier_is_performer': 'Verification must be done by someone other than the person who erased.',
    'error.erasure_device_state': 'Device {assetTag} is in state "{state}": it is not waiting for erasure.',
    'error.refurbishment_device_state': 'Device {assetTag} is in state "{state}": it is not in refurbishment.',
    'error.checklist_incomplete': 'Checklist incomplete: {missing}.',
    'error.level_technique_mismatch': 'Physical destruction goes with the Destroy level, and only it.',
    'error.quality_check_without_refurbishment':
      'No bench work is recorded for {assetTag}: record the refurbishment before the quality check.',
    'error.last_admin': 'At least one active administrator must remain.',
    'error.database_damaged':
      'The database {path} is damaged ({detail}). Rebond has not changed it. No verified backup is known: replace this file with the last safe copy you have, and keep the original for diagnosis.',
    'error.database_too_new':
      'The database was created by a newer Rebond (schema {found}; this version knows up to {supported}). Update Rebond.',
    'error.internal_error': 'Internal error: nothing was saved. Reference {ref}.',
    'warning.imei_checksum': 'The check digit of IMEI {value} does not match: check what was typed.',
    'warning.iccid_checksum': 'The check digit of ICCID {value} does not match: check what was typed.',
    'warning.serial_seen_before':
      'This serial has been through the workshop before: device {assetTag}, in state "{state}".',
  },
});

/** Codes whose messages live in their own catalogue part, each proven there (lending, documents, agreements...). */
type ProvenElsewhere =
  | LendingErrorCode
  | DocumentErrorCode
  | AgreementErrorCode
  | MigrationErrorCode
  | StorageErrorCode
  | AccessErrorCode
  | BackupErrorCode
  | LabelErrorCode
  | TransportErrorCode
  | ImportErrorCode
  | CertificateErrorCode
  | StoreCheckErrorCode
  | ApiHostErrorCode
  | HubErrorCode
  | DeskSettingErrorCode
  | ScanErrorCode
  | ImportFlowErrorCode
  | HandoverErrorCode
  | DriveErrorCode
  | WasteErrorCode
  | ExportSaveErrorCode
  | TaxReceiptErrorCode;

/** Compile-time proof that every other code has its message here. */
export const everyErrorHasMessage: Record<
  | `error.${Exclude<ErrorCode, ProvenElsewhere>}`
  | `warning.${Exclude<WarningCode, LendingWarningCode | ScanWarningCode | HandoverWarningCode>}`,
  Message
> = errorMessages.fr;
