import type { AccessErrorCode } from '../../access-errors';
import { defineMessages } from '../define';

/** Access: PIN attempts and the PIN rule, the browser edition's opening code and sessions. */
export const accessMessages = defineMessages({
  fr: {
    'error.pin_locked':
      'Trop de codes PIN erronés : réessayez à {at} (dans {wait}). D’ici là, même le bon code est refusé ; l’administration peut vous donner un nouveau code PIN.',
    'error.pin_required_to_sign_in':
      '{name} doit avoir un code PIN pour se connecter avec ce rôle : demandez à l’administration de vous en attribuer un.',
    'error.pin_required_for_role':
      'Un code PIN est exigé pour les rôles {roles} : choisissez-en un. Rien n’a été enregistré.',
    'error.pin_required_admin':
      'Donnez d’abord un code PIN à la personne de l’administration qui applique cette règle, sinon plus personne ne pourrait administrer Rebond. Rien n’a été enregistré.',
    'error.launch_code_invalid':
      'Ce lien d’ouverture a déjà servi ou a expiré. Relancez Rebond (npm start ou npm run serve) pour en obtenir un nouveau.',
    'error.session_ended':
      'Cette session est terminée (inactive trop longtemps ou remplacée). Relancez Rebond pour obtenir un nouveau lien d’ouverture.',
    'admin.tab.access': 'Accès',
    'access.title': 'Accès',
    'access.pinRequired': 'Exiger un code PIN pour les rôles {roles}',
    'access.pinRequiredHint':
      'Un opérateur de ces rôles sans code PIN ne peut plus se connecter, et ne peut être créé ou modifié sans code PIN.',
    'access.missingPins': 'Sans code PIN aujourd’hui : {names}.',
    'access.lockout':
      'Après 5 codes PIN erronés de suite, chaque nouvel essai fait attendre (30 s, puis le double à chaque fois, jusqu’à 15 min) ; un bon code PIN remet le compte à zéro.',
    'access.saved': 'Règle d’accès enregistrée.',
    'event.operator.pin_failed': 'Code PIN erroné',
    'event.operator.pin_failures_cleared': 'Connexion réussie après des codes PIN erronés',
  },
  en: {
    'error.pin_locked':
      'Too many wrong PINs: try again at {at} (in {wait}). Until then even the right PIN is refused; an administrator can set you a new PIN.',
    'error.pin_required_to_sign_in':
      '{name} needs a PIN to sign in with this role: ask an administrator to set one for you.',
    'error.pin_required_for_role': 'A PIN is required for the roles {roles}: choose one. Nothing was saved.',
    'error.pin_required_admin':
      'First give a PIN to the administrator who turns this rule on, or nobody could manage Rebond any more. Nothing was saved.',
    'error.launch_code_invalid':
      'This opening link has already been used or has expired. Start Rebond again (npm start or npm run serve) to get a new one.',
    'error.session_ended':
      'This session has ended (idle too long, or replaced). Start Rebond again to get a new opening link.',
    'admin.tab.access': 'Access',
    'access.title': 'Access',
    'access.pinRequired': 'Require a PIN for the roles {roles}',
    'access.pinRequiredHint':
      'An operator with one of these roles and no PIN can no longer sign in, and cannot be created or changed without a PIN.',
    'access.missingPins': 'Without a PIN today: {names}.',
    'access.lockout':
      'After 5 wrong PINs in a row, each further attempt makes the operator wait (30 s, then twice as long each time, up to 15 min); a right PIN resets the count.',
    'access.saved': 'Access rule saved.',
    'event.operator.pin_failed': 'Wrong PIN',
    'event.operator.pin_failures_cleared': 'Signed in after wrong PINs',
  },
});

/** Compile-time proof that every access error has its message. */
export const everyAccessErrorHasMessage: Record<`error.${AccessErrorCode}`, string> = accessMessages.fr;
