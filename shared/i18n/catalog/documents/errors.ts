import type { DocumentErrorCode } from '../../../document-errors';
import { defineMessages, type Message } from '../../define';

/** Errors of documents, and the details of their input checks. */
export const documentErrorMessages = defineMessages({
  fr: {
    'error.document_kind_unavailable':
      'Le document « {kind} » n’est pas encore disponible dans cette version de Rebond.',
    'error.document_subject_unsupported': 'Le document « {kind} » ne s’établit pas pour {subject}.',
    'error.document_format_unsupported':
      'Le document « {kind} » n’existe pas au format « {format} » (formats : {formats}).',
    'error.document_not_found': 'Aucun document ne porte la référence {reference}.',
    'error.document_purged':
      'Le contenu du document {reference} a été effacé avec les données personnelles qu’il contenait : il ne peut plus être réimprimé.',
    'error.certificate_erasure_unproven':
      'Pas de certificat pour {assetTag} : son effacement n’est pas prouvé (chaque support doit avoir un effacement réussi, vérifié par un second opérateur).',
    'error.certificate_devices_unproven': {
      one: 'Aucun certificat établi : {count} appareil sans effacement prouvé (chaque support doit avoir un effacement réussi, vérifié par un second opérateur).',
      other:
        'Aucun certificat établi : {count} appareils sans effacement prouvé (chaque support doit avoir un effacement réussi, vérifié par un second opérateur).',
    },
    'error.certificate_device_unproven': 'effacement non prouvé (état « {state} »)',
    'error.certificate_nothing_to_certify': 'Le lot {batch} ne contient aucun appareil dont l’effacement est prouvé.',
    'error.logo_unreadable': 'Logo illisible : utilisez une image PNG (sans transparence ni entrelacement) ou JPEG.',
    'validation.one_subject': 'un seul identifiant est attendu (plusieurs seulement pour une sélection)',
    'validation.logo_format': 'le logo doit être une image PNG ou JPEG',
    'validation.logo_too_large': 'le logo dépasse 512 Ko',
  } satisfies Record<`error.${DocumentErrorCode}` | `validation.${string}`, Message>,
  en: {
    'error.document_kind_unavailable': 'The “{kind}” document is not available yet in this version of Rebond.',
    'error.document_subject_unsupported': 'The “{kind}” document is not issued for {subject}.',
    'error.document_format_unsupported': 'The “{kind}” document has no “{format}” format (formats: {formats}).',
    'error.document_not_found': 'No document has the reference {reference}.',
    'error.document_purged':
      'The content of document {reference} was erased with the personal data it held: it can no longer be reprinted.',
    'error.certificate_erasure_unproven':
      'No certificate for {assetTag}: its erasure is not proven (every medium needs a successful erasure verified by a second operator).',
    'error.certificate_devices_unproven': {
      one: 'No certificate issued: {count} device without proven erasure (every medium needs a successful erasure verified by a second operator).',
      other:
        'No certificate issued: {count} devices without proven erasure (every medium needs a successful erasure verified by a second operator).',
    },
    'error.certificate_device_unproven': 'erasure not proven (state “{state}”)',
    'error.certificate_nothing_to_certify': 'Batch {batch} has no device whose erasure is proven.',
    'error.logo_unreadable': 'Unreadable logo: use a PNG (without transparency or interlacing) or JPEG image.',
    'validation.one_subject': 'one identifier is expected (several only for a selection)',
    'validation.logo_format': 'the logo must be a PNG or JPEG image',
    'validation.logo_too_large': 'the logo is larger than 512 KB',
  },
});
