import type { AgreementErrorCode } from '../../../agreement-errors';
import { defineMessages } from '../../define';

/** Errors of agreement templates, signatures and signed copies, with the details they name. */
export const agreementErrorMessages = defineMessages({
  fr: {
    'error.template_empty': 'Le texte de la convention est vide : rien n’a été enregistré.',
    'error.template_placeholder_unknown':
      'Ligne {line} : le champ {{name}} n’existe pas. Choisissez un champ de la liste ; rien n’a été enregistré.',
    'error.template_placeholder_not_for_kind':
      'Ligne {line} : le champ {{name}} n’a pas de sens pour ce modèle de convention (un don n’a pas de date de retour, seul un mineur a un représentant légal). Rien n’a été enregistré.',
    'error.template_brace_malformed':
      'Ligne {line} : accolade mal formée près de « {excerpt} ». Un champ s’écrit {nom.du_champ} ; écrivez {{ ou }} pour imprimer une accolade. Rien n’a été enregistré.',
    'error.signature_invalid': 'Signature refusée : {detail}.',
    'error.signature_signer_not_applicable': 'Cette remise n’a pas de signature « {signer} ».',
    'error.signed_copy_invalid': 'Copie signée refusée ({type}) : {detail}.',
    'error.return_not_in_handover': 'Le retour {ref} n’appartient pas à la remise {handover}.',
    'error.agreement_kind_mismatch':
      'La remise {handover} est un {nature} : imprimez plutôt le document « {expected} ».',
    'error.agreement_organisation_incomplete':
      'La convention ne peut pas être établie : il manque {missing} de l’organisation (Administration → Organisation). L’article sur les données personnelles doit nommer le responsable du traitement et dire comment le joindre.',
    'error.receipt_proof_after_handover':
      'Le récépissé ne peut pas être établi : la seule preuve d’effacement de {device} est datée du {proofDate}, après la remise du {handedOn}. Un appareil doit être effacé avant d’être remis.',
    'signatureProblem.format': 'l’image doit être un PNG valide',
    'signatureProblem.too_large': 'l’image dépasse 256 Ko',
    'signatureProblem.dimensions': 'l’image doit mesurer au plus 2000 × 2000 pixels',
    'signatureProblem.empty': 'rien n’a été dessiné',
    'signedCopyProblem.empty': 'le fichier est vide',
    'signedCopyProblem.too_large': 'le fichier dépasse 8 Mo',
    'signedCopyProblem.not_that_type': 'le contenu du fichier ne correspond pas à ce type',
    'signer.receiver': 'bénéficiaire',
    'signer.guardian': 'représentant légal ou référent',
    'signer.staff': 'personnel de la structure',
    'validation.not_base64': 'le fichier n’est pas encodé en base64',
    'validation.png_data_url': 'attendu : une image PNG (data:image/png;base64,…)',
    'validation.drawn_needs_image':
      'une signature dessinée doit être accompagnée de son image, une signature sur papier n’en a pas',
  },
  en: {
    'error.template_empty': 'The agreement text is empty: nothing was saved.',
    'error.template_placeholder_unknown':
      'Line {line}: there is no field {{name}}. Choose a field from the list; nothing was saved.',
    'error.template_placeholder_not_for_kind':
      'Line {line}: field {{name}} has no meaning for this agreement template (a donation has no return date, only a minor has a legal guardian). Nothing was saved.',
    'error.template_brace_malformed':
      'Line {line}: malformed brace near “{excerpt}”. A field is written {field.name}; write {{ or }} to print a brace. Nothing was saved.',
    'error.signature_invalid': 'Signature refused: {detail}.',
    'error.signature_signer_not_applicable': 'This handover has no “{signer}” signature.',
    'error.signed_copy_invalid': 'Signed copy refused ({type}): {detail}.',
    'error.return_not_in_handover': 'Return {ref} does not belong to handover {handover}.',
    'error.agreement_kind_mismatch': 'Handover {handover} is a {nature}: print the “{expected}” document instead.',
    'error.agreement_organisation_incomplete':
      'The agreement cannot be issued: missing from the organisation’s details (Administration → Organisation): {missing}. The personal-data article must name the controller and say how to reach it.',
    'error.receipt_proof_after_handover':
      'The receipt cannot be issued: the only erasure proof of {device} is dated {proofDate}, after the handover on {handedOn}. A device must be erased before it is handed over.',
    'signatureProblem.format': 'the image must be a valid PNG',
    'signatureProblem.too_large': 'the image is larger than 256 KB',
    'signatureProblem.dimensions': 'the image must be at most 2000 × 2000 pixels',
    'signatureProblem.empty': 'nothing was drawn',
    'signedCopyProblem.empty': 'the file is empty',
    'signedCopyProblem.too_large': 'the file is larger than 8 MB',
    'signedCopyProblem.not_that_type': 'the file’s content is not of that type',
    'signer.receiver': 'beneficiary',
    'signer.guardian': 'legal guardian or referent',
    'signer.staff': 'staff member',
    'validation.not_base64': 'the file is not base64-encoded',
    'validation.png_data_url': 'expected: a PNG image (data:image/png;base64,…)',
    'validation.drawn_needs_image': 'a drawn signature needs its image, a paper signature has none',
  },
});

/** Compile-time proof that every agreement error code has its message. */
export const everyAgreementErrorHasMessage: Record<`error.${AgreementErrorCode}`, string> = agreementErrorMessages.fr;
