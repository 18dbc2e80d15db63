import type { CertificateErrorCode } from '../../certificate-errors';
import { defineMessages, type Message } from '../define';

/**
 * What NIST SP 800-88's sample certificate adds to Rebond: the backup, the classification after sanitisation, the
 * drive command and OS version, job titles, the batch certificate's cover, and their refusals; for the printed
 * certificate, the erasure desk and the operator dialog.
 */
export const certificateFieldMessages = defineMessages({
  fr: {
    'backup.yes': 'Oui',
    'backup.no': 'Non',
    'backup.unknown': 'Inconnu',
    'erasureFields.backup': 'Données sauvegardées avant l’effacement',
    'erasureFields.backupLocation': 'Où se trouve la sauvegarde',
    'erasureFields.backupLocationHint':
      'Par exemple : remise au donateur sur clé USB, serveur de l’entreprise donatrice.',
    'erasureFields.classificationAfter': 'Classification après assainissement',
    'erasureFields.classificationAfterDefault': 'Non classifié (aucune donnée)',
    'erasureFields.command': 'Commande envoyée au disque',
    'erasureFields.commandHint': 'La commande ATA ou NVMe exacte, par exemple « nvme sanitize -a 2 /dev/nvme0 ».',
    'erasureFields.osVersion': 'Version du système',
    'erasureFields.osVersionHint': 'Par exemple « Android 13 » ou « iPadOS 17.5 ».',
    'erasureFields.notes': 'Remarques',
    'erasureFields.verificationNotes': 'Remarque de vérification (imprimée sur le certificat)',
    'ops.jobTitle': 'Fonction',
    'ops.jobTitleHint': 'Imprimée sur les certificats d’effacement, par exemple « Technicienne reconditionnement ».',
    'error.certificate_erasure_unverified':
      'Pas de certificat pour {assetTag} : le support « {medium}{serial} » a été effacé sans vérification (« Aucune »). Un certificat atteste un effacement vérifié : effacez ce support de nouveau avec une vérification complète ou par échantillon.',
    'error.certificate_device_unverified': 'support « {medium}{serial} » effacé sans vérification (« Aucune »)',
    'error.certificate_devices_unverified': {
      one: 'Aucun certificat établi : {count} appareil a un support effacé sans vérification (« Aucune »). Un certificat atteste un effacement vérifié : effacez ce support de nouveau avec une vérification complète ou par échantillon.',
      other:
        'Aucun certificat établi : {count} appareils ont un support effacé sans vérification (« Aucune »). Un certificat atteste un effacement vérifié : effacez ces supports de nouveau avec une vérification complète ou par échantillon.',
    },
    'error.erasure_backup_location_missing': 'Les données ont été sauvegardées : indiquez où se trouve la sauvegarde.',
    'certificate.subtitleBatchDevice':
      'Assainissement des supports selon NIST SP 800-88 — {group} — appareil {index} / {count} : {assetTag}',
    'certificate.footerDevice': 'Appareil {index} / {count}',
    'certificate.section.people': '1. Personnes : réalisation et validation',
    'certificate.section.attestationProof': '4. Attestation, signatures et vérification du certificat',
    'certificate.checklistLabel': 'Contrôles',
    'certificate.backup': 'Données sauvegardées',
    'certificate.backupWhere': '{answer} — {location}',
    'certificate.classificationAfter': 'Classification après',
    'certificate.command': 'Commande',
    'certificate.osVersion': 'Version du système',
    'certificate.notes': 'Remarques',
    'certificate.verificationNotes': 'Note de validation',
    'certificate.mediaDestination': 'Destination',
    'certificate.evidenceReport': 'Rapport de l’outil',
    'certificate.evidenceSha': 'SHA-256 {sha256}',
    'certificate.mediumDetails': 'Détails — {medium}',
    'certificate.validator': 'Validation par une seconde personne',
    'certificate.signedOnCover':
      'Cette page fait partie du certificat {reference} ({group}), signé une seule fois en page de garde par la personne qui a réalisé l’assainissement et par celle qui l’a validé.',
    'certificate.groupBatch': 'lot {batch}',
    'certificate.groupSelection': 'sélection',
    'certificate.coverSubtitle': {
      one: 'Assainissement des supports selon NIST SP 800-88 — récapitulatif signé : {group}, {count} appareil',
      other: 'Assainissement des supports selon NIST SP 800-88 — récapitulatif signé : {group}, {count} appareils',
    },
    'certificate.section.coverSummary': 'Récapitulatif des appareils',
    'certificate.section.coverPeople': 'Personnes et attestation',
    'certificate.col.index': 'N°',
    'certificate.col.tag': 'N° d’inventaire',
    'certificate.col.serial': 'N° de série',
    'certificate.col.result': 'Résultat',
    'certificate.col.fingerprint': 'Empreinte SHA-256',
    'certificate.coverStatement': {
      one: 'Les personnes soussignées attestent que les supports de l’appareil listé ci-dessus ({group}) ont été assainis par la méthode indiquée sur sa page, que toutes les données des utilisateurs précédents ont été supprimées, que le résultat a été vérifié ({verification}) et que chaque enregistrement a été validé par une seconde personne habilitée.',
      other:
        'Les personnes soussignées attestent que les supports des {count} appareils listés ci-dessus ({group}) ont été assainis par la méthode indiquée sur la page de chacun, que toutes les données des utilisateurs précédents ont été supprimées, que le résultat a été vérifié ({verification}) et que chaque enregistrement a été validé par une seconde personne habilitée.',
    },
    'certificate.coverPeriod': 'Effacements réalisés',
    'certificate.coverPeriodValue': 'du {from} au {to}',
    'certificate.coverDevices': 'Appareils certifiés',
    'certificate.coverDevicesValue': '{count} (un certificat détaillé par appareil dans les pages suivantes)',
  },
  en: {
    'backup.yes': 'Yes',
    'backup.no': 'No',
    'backup.unknown': 'Unknown',
    'erasureFields.backup': 'Data backed up before erasure',
    'erasureFields.backupLocation': 'Where the backup is',
    'erasureFields.backupLocationHint':
      'For example: handed to the donor on a USB stick, the donating company’s server.',
    'erasureFields.classificationAfter': 'Post-sanitisation classification',
    'erasureFields.classificationAfterDefault': 'Unclassified (no data)',
    'erasureFields.command': 'Command sent to the drive',
    'erasureFields.commandHint': 'The exact ATA or NVMe command, for example “nvme sanitize -a 2 /dev/nvme0”.',
    'erasureFields.osVersion': 'Operating system version',
    'erasureFields.osVersionHint': 'For example “Android 13” or “iPadOS 17.5”.',
    'erasureFields.notes': 'Notes',
    'erasureFields.verificationNotes': 'Verification note (printed on the certificate)',
    'ops.jobTitle': 'Job title',
    'ops.jobTitleHint': 'Printed on erasure certificates, for example “Refurbishment technician”.',
    'error.certificate_erasure_unverified':
      'No certificate for {assetTag}: medium “{medium}{serial}” was erased without verification (“None”). A certificate states a verified erasure: erase this medium again with a full or sample verification.',
    'error.certificate_device_unverified': 'medium “{medium}{serial}” erased without verification (“None”)',
    'error.certificate_devices_unverified': {
      one: 'No certificate issued: {count} device has a medium erased without verification (“None”). A certificate states a verified erasure: erase this medium again with a full or sample verification.',
      other:
        'No certificate issued: {count} devices have a medium erased without verification (“None”). A certificate states a verified erasure: erase these media again with a full or sample verification.',
    },
    'error.erasure_backup_location_missing': 'The data was backed up: say where the backup is.',
    'certificate.subtitleBatchDevice':
      'Media sanitisation according to NIST SP 800-88 — {group} — device {index} / {count}: {assetTag}',
    'certificate.footerDevice': 'Device {index} / {count}',
    'certificate.section.people': '1. People: performed and validated by',
    'certificate.section.attestationProof': '4. Attestation, signatures and verifying this certificate',
    'certificate.checklistLabel': 'Checks',
    'certificate.backup': 'Data backed up',
    'certificate.backupWhere': '{answer} — {location}',
    'certificate.classificationAfter': 'Classification after',
    'certificate.command': 'Command',
    'certificate.osVersion': 'OS version',
    'certificate.notes': 'Notes',
    'certificate.verificationNotes': 'Validation note',
    'certificate.mediaDestination': 'Destination',
    'certificate.evidenceReport': 'Tool report',
    'certificate.evidenceSha': 'SHA-256 {sha256}',
    'certificate.mediumDetails': 'Details — {medium}',
    'certificate.validator': 'Validation by a second person',
    'certificate.signedOnCover':
      'This page is part of certificate {reference} ({group}), signed once on the cover by the person who performed the sanitisation and by the person who validated it.',
    'certificate.groupBatch': 'batch {batch}',
    'certificate.groupSelection': 'selection',
    'certificate.coverSubtitle': {
      one: 'Media sanitisation according to NIST SP 800-88 — signed summary: {group}, {count} device',
      other: 'Media sanitisation according to NIST SP 800-88 — signed summary: {group}, {count} devices',
    },
    'certificate.section.coverSummary': 'Summary of the devices',
    'certificate.section.coverPeople': 'People and attestation',
    'certificate.col.index': 'No.',
    'certificate.col.tag': 'Asset tag',
    'certificate.col.serial': 'Serial number',
    'certificate.col.result': 'Result',
    'certificate.col.fingerprint': 'SHA-256 fingerprint',
    'certificate.coverStatement': {
      one: 'We, the undersigned, certify that the media of the device listed above ({group}) were sanitised by the method stated on its page, that all data of previous users has been removed, that the result was verified ({verification}) and that each record was validated by a second authorised person.',
      other:
        'We, the undersigned, certify that the media of the {count} devices listed above ({group}) were sanitised by the method stated on each one’s page, that all data of previous users has been removed, that the result was verified ({verification}) and that each record was validated by a second authorised person.',
    },
    'certificate.coverPeriod': 'Erasures performed',
    'certificate.coverPeriodValue': 'from {from} to {to}',
    'certificate.coverDevices': 'Devices certified',
    'certificate.coverDevicesValue': '{count} (one detailed certificate per device on the following pages)',
  },
});

/** Compile-time proof that every certificate error code has its message. */
export const everyCertificateErrorHasMessage: Record<`error.${CertificateErrorCode}`, Message> =
  certificateFieldMessages.fr;
