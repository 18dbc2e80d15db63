import type { HandoverErrorCode, HandoverWarningCode } from '../../handover-errors';
import { defineMessages, type Message } from '../define';

/** What the counter warns about before a handover is confirmed, and the refusal of an unacknowledged warning. */
export const handoverCheckMessages = defineMessages({
  fr: {
    'error.handover_warnings_not_acknowledged': {
      one: 'Un avertissement est apparu depuis l’affichage du panier : lisez-le et confirmez-le, puis validez de nouveau. Rien n’a été remis.',
      other:
        '{count} avertissements sont apparus depuis l’affichage du panier : lisez-les et confirmez-les, puis validez de nouveau. Rien n’a été remis.',
    },
    'warning.sim_without_number': 'La carte SIM {iccid} n’a pas de numéro de téléphone enregistré.',
    'warning.due_after_programme_end':
      'La date de retour {dueOn} est après la fin du programme « {programme} » ({endsOn}).',
    'warning.item_outside_targets': '{ref} ({item}) ne fait pas partie des objectifs du programme « {programme} ».',
    'warning.recipient_has_open_loan': {
      one: 'Ce bénéficiaire a déjà {count} remise en cours.',
      other: 'Ce bénéficiaire a déjà {count} remises en cours.',
    },
  },
  en: {
    'error.handover_warnings_not_acknowledged': {
      one: 'A warning appeared after the basket was shown: read it, acknowledge it and confirm again. Nothing was handed over.',
      other:
        '{count} warnings appeared after the basket was shown: read them, acknowledge them and confirm again. Nothing was handed over.',
    },
    'warning.sim_without_number': 'SIM card {iccid} has no phone number on record.',
    'warning.due_after_programme_end': 'The due date {dueOn} is after the end of programme "{programme}" ({endsOn}).',
    'warning.item_outside_targets': '{ref} ({item}) is not among the targets of programme "{programme}".',
    'warning.recipient_has_open_loan': {
      one: 'This beneficiary already has {count} open handover.',
      other: 'This beneficiary already has {count} open handovers.',
    },
  },
});

/** Compile-time proof that every handover check code has its message. */
export const everyHandoverCheckHasMessage: Record<
  `error.${HandoverErrorCode}` | `warning.${HandoverWarningCode}`,
  Message
> = handoverCheckMessages.fr;
