import type { LendingErrorCode, LendingWarningCode } from '../../lending-errors';
import { defineMessages, type Message } from '../define';

/** Errors and warnings of lending and SIM cards. Dates come as `YYYY-MM-DD`. */
export const lendingErrorMessages = defineMessages({
  fr: {
    'error.guardian_required': 'Bénéficiaire mineur : indiquez {person}, qui signe la convention avec lui.',
    'error.duplicate_reference': 'La référence {reference} est déjà attribuée par {partner}.',
    'error.duplicate_iccid': 'Ligne {line} : l’ICCID {iccid} {detail}. Rien n’a été enregistré.',
    'error.duplicate_phone_number': 'Le numéro {number} est déjà celui de la carte SIM {iccid}.',
    'error.partner_inactive': 'Le partenaire « {name} » est désactivé : réactivez-le ou choisissez-en un autre.',
    'error.beneficiary_anonymised':
      'Ce bénéficiaire a été anonymisé : ses données ne peuvent plus être modifiées ni servir à une remise.',
    'error.loan_open': {
      one: 'Impossible d’anonymiser : {count} remise en cours pour ce bénéficiaire. Enregistrez d’abord son retour.',
      other:
        'Impossible d’anonymiser : {count} remises en cours pour ce bénéficiaire. Enregistrez d’abord les retours.',
    },
    'error.sim_action_not_allowed': 'Action « {action} » impossible pour la carte SIM {iccid} à l’état « {state} ».',
    'error.sim_not_in_stock':
      'La carte SIM {iccid} est à l’état « {state} » : seule une carte en stock peut être remise.',
    'error.sim_already_allocated':
      'La carte SIM {iccid} est déjà remise (remise {handover} du {handedOn}) : enregistrez d’abord son retour.',
    'error.sim_top_up_not_allowed': 'La carte SIM {iccid} est à l’état « {state} » : elle ne peut pas être rechargée.',
    'error.device_not_ready': 'L’appareil {assetTag} est à l’état « {state} » : seul un appareil prêt peut être remis.',
    'error.device_already_allocated':
      'L’appareil {assetTag} est déjà remis (remise {handover} du {handedOn}) : enregistrez d’abord son retour.',
    'error.handover_item_duplicate': '{ref} a été scanné deux fois.',
    'error.handover_empty': 'Ajoutez au moins un appareil ou une carte SIM à la remise.',
    'error.handover_refused': {
      one: '{count} élément refusé : rien n’a été remis.',
      other: '{count} éléments refusés : rien n’a été remis.',
    },
    'error.due_date_required':
      'Indiquez la date de retour : le programme « {programme} » n’a pas de durée de prêt par défaut.',
    'error.due_date_not_after_handover': 'La date de retour ({dueOn}) doit être après la date de remise ({handedOn}).',
    'error.date_in_future': 'La date {date} est dans le futur.',
    'error.no_open_handover': 'Aucun prêt ni don en cours pour « {ref} ».',
    'error.return_mixed_handovers':
      'Ces éléments viennent de remises différentes ({handovers}) : enregistrez un retour par remise.',
    'error.item_already_returned': '{ref} a déjà été rendu le {returnedOn}.',
    'error.item_not_in_handover': 'L’élément {item} n’appartient à aucune remise.',
    'warning.sim_without_credit': 'La carte SIM {iccid} n’a pas de crédit en cours : pensez à la recharger.',
    'warning.sim_expires_before_due':
      'Le forfait de la carte SIM {iccid} expire le {expiresOn}, avant la date de retour ({dueOn}).',
    'warning.programme_outside_dates': 'La date de remise {date} est en dehors des dates du programme « {programme} ».',
  },
  en: {
    'error.guardian_required': 'Minor beneficiary: give {person}, who signs the agreement with them.',
    'error.duplicate_reference': 'Reference {reference} is already used by {partner}.',
    'error.duplicate_iccid': 'Line {line}: ICCID {iccid} {detail}. Nothing was saved.',
    'error.duplicate_phone_number': 'Number {number} already belongs to SIM card {iccid}.',
    'error.partner_inactive': 'Partner "{name}" is deactivated: reactivate it or choose another one.',
    'error.beneficiary_anonymised':
      'This beneficiary has been anonymised: their record can no longer be changed or used for a handover.',
    'error.loan_open': {
      one: 'Cannot anonymise: {count} handover still open for this beneficiary. Record its return first.',
      other: 'Cannot anonymise: {count} handovers still open for this beneficiary. Record the returns first.',
    },
    'error.sim_action_not_allowed': 'Action "{action}" is not possible for SIM card {iccid} in state "{state}".',
    'error.sim_not_in_stock': 'SIM card {iccid} is in state "{state}": only a card in stock can be handed over.',
    'error.sim_already_allocated':
      'SIM card {iccid} is already handed over (handover {handover} of {handedOn}): record its return first.',
    'error.sim_top_up_not_allowed': 'SIM card {iccid} is in state "{state}": it cannot be topped up.',
    'error.device_not_ready': 'Device {assetTag} is in state "{state}": only a ready device can be handed over.',
    'error.device_already_allocated':
      'Device {assetTag} is already handed over (handover {handover} of {handedOn}): record its return first.',
    'error.handover_item_duplicate': '{ref} was scanned twice.',
    'error.handover_empty': 'Add at least one device or SIM card to the handover.',
    'error.handover_refused': {
      one: '{count} item refused: nothing was handed over.',
      other: '{count} items refused: nothing was handed over.',
    },
    'error.due_date_required': 'Give the due date: programme "{programme}" has no default loan duration.',
    'error.due_date_not_after_handover': 'The due date ({dueOn}) must come after the handover date ({handedOn}).',
    'error.date_in_future': 'The date {date} is in the future.',
    'error.no_open_handover': 'No open loan or donation for "{ref}".',
    'error.return_mixed_handovers':
      'These items come from different handovers ({handovers}): record one return per handover.',
    'error.item_already_returned': '{ref} was already returned on {returnedOn}.',
    'error.item_not_in_handover': 'Item {item} belongs to no handover.',
    'warning.sim_without_credit': 'SIM card {iccid} has no current credit: remember to top it up.',
    'warning.sim_expires_before_due':
      'The plan of SIM card {iccid} expires on {expiresOn}, before the due date ({dueOn}).',
    'warning.programme_outside_dates': 'The handover date {date} is outside the dates of programme "{programme}".',
  },
});

/** Compile-time proof that every lending code has its message. */
export const everyLendingErrorHasMessage: Record<
  `error.${LendingErrorCode}` | `warning.${LendingWarningCode}`,
  Message
> = lendingErrorMessages.fr;
