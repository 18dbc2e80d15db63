import { defineMessages } from '../define';

/** Cancelling a tax receipt issued in error: the paper's mark, the batch page's action and dialog, the refusals. */
export const taxReceiptCancellationMessages = defineMessages({
  fr: {
    'error.tax_receipt_not_found': 'Aucun reçu fiscal ne porte le numéro {reference}.',
    'error.tax_receipt_already_cancelled':
      'Le reçu fiscal {reference} est déjà annulé : un reçu ne s’annule qu’une fois ; son numéro reste attribué.',
    'error.tax_receipt_cancel_reason_missing':
      'Indiquez le motif de l’annulation (par exemple « valeur erronée » ou « SIREN du donateur erroné ») : il est imprimé sur le reçu annulé.',
    'taxReceipt.cancelledMark': 'ANNULÉ',
    'taxReceipt.cancelledOn': 'Reçu annulé le {date}. Motif : {reason}',
    'taxReceipt.replaces': 'Ce reçu remplace le reçu n° {reference}, annulé.',
    'taxReceipt.cancel': 'Annuler ce reçu',
    'taxReceipt.cancelTitle': 'Annuler le reçu {reference}',
    'taxReceipt.cancelHint':
      'Le reçu reste dans les registres et son numéro n’est jamais réutilisé ; il se réimprime marqué « ANNULÉ » avec la date et le motif. Corrigez ensuite la valeur ou le donateur, puis établissez un nouveau reçu, qui nommera celui-ci.',
    'taxReceipt.cancelReason': 'Motif de l’annulation',
    'taxReceipt.cancelConfirm': 'Annuler le reçu',
    'taxReceipt.cancelKeep': 'Garder le reçu',
    'taxReceipt.cancelledToast': 'Reçu {reference} annulé.',
    'taxReceipt.receipts': 'Reçus du lot',
    'taxReceipt.receiptValid': 'valable',
    'taxReceipt.receiptCancelled': 'annulé le {date} : {reason}',
    'taxReceipt.receiptReplaces': 'remplace {reference}',
    'taxReceipt.yearCancelled': {
      plural: 'count',
      one: 'dont {count} annulé, non compté dans le montant',
      other: 'dont {count} annulés, non comptés dans le montant',
    },
    'event.document.tax_receipt_cancelled': 'Reçu fiscal annulé',
  },
  en: {
    'error.tax_receipt_not_found': 'No tax receipt has the number {reference}.',
    'error.tax_receipt_already_cancelled':
      'Tax receipt {reference} is already cancelled: a receipt is cancelled only once; its number stays taken.',
    'error.tax_receipt_cancel_reason_missing':
      'Give the reason for the cancellation (for example “wrong value” or “wrong donor SIREN”): it is printed on the cancelled receipt.',
    'taxReceipt.cancelledMark': 'CANCELLED',
    'taxReceipt.cancelledOn': 'Receipt cancelled on {date}. Reason: {reason}',
    'taxReceipt.replaces': 'This receipt replaces receipt no. {reference}, cancelled.',
    'taxReceipt.cancel': 'Cancel this receipt',
    'taxReceipt.cancelTitle': 'Cancel receipt {reference}',
    'taxReceipt.cancelHint':
      'The receipt stays in the records and its number is never reused; it reprints marked “CANCELLED” with the date and the reason. Then correct the value or the donor and issue a new receipt, which will name this one.',
    'taxReceipt.cancelReason': 'Reason for the cancellation',
    'taxReceipt.cancelConfirm': 'Cancel the receipt',
    'taxReceipt.cancelKeep': 'Keep the receipt',
    'taxReceipt.cancelledToast': 'Receipt {reference} cancelled.',
    'taxReceipt.receipts': 'Receipts of the batch',
    'taxReceipt.receiptValid': 'valid',
    'taxReceipt.receiptCancelled': 'cancelled on {date}: {reason}',
    'taxReceipt.receiptReplaces': 'replaces {reference}',
    'taxReceipt.yearCancelled': {
      plural: 'count',
      one: 'of which {count} cancelled, left out of the amount',
      other: 'of which {count} cancelled, left out of the amount',
    },
    'event.document.tax_receipt_cancelled': 'Tax receipt cancelled',
  },
});
