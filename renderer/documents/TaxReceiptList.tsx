import { useMemo } from 'react';
import type { BatchReceipt } from '../../shared/contract/tax-receipts';
import { Badge } from '../components/Badge';
import { Button } from '../components/Button';
import { DataTable, type DataColumn } from '../components/DataTable';
import { useFormat } from '../components/format';
import { useT } from '../i18n/useT';

/**
 * Every receipt numbered for the batch, cancelled ones included, in the order they were issued: its number, day,
 * amount and state (valid, or cancelled with the day and the reason; the one it replaces), with its PDF (a cancelled
 * receipt opens as its copy marked « ANNULÉ ») and, for those who may, « Annuler ce reçu » on the valid one.
 */
export function TaxReceiptList({
  receipts,
  onOpen,
  onCancel,
}: {
  receipts: BatchReceipt[];
  onOpen: (reference: string) => void;
  /** Absent for an operator who may not cancel a receipt. */
  onCancel: ((receipt: BatchReceipt) => void) | null;
}) {
  const t = useT();
  const format = useFormat();
  const columns = useMemo<DataColumn<BatchReceipt>[]>(
    () => [
      {
        id: 'reference',
        accessorFn: (receipt) => receipt.reference,
        header: () => t('taxReceipt.col.reference'),
        cell: ({ row }) => <strong className="mono">{row.original.reference}</strong>,
      },
      {
        id: 'issuedAt',
        accessorFn: (receipt) => receipt.issuedAt,
        header: () => t('taxReceipt.col.issuedAt'),
        cell: ({ row }) => format.day(row.original.issuedAt),
      },
      {
        id: 'amount',
        accessorFn: (receipt) => receipt.amountCents,
        header: () => t('taxReceipt.col.amount'),
        cell: ({ row }) => format.euros(row.original.amountCents),
        meta: { className: 'num' },
      },
      {
        id: 'state',
        accessorFn: (receipt) => (receipt.cancelled ? 1 : 0),
        header: () => t('taxReceipt.col.state'),
        cell: ({ row: { original: receipt } }) => <ReceiptState receipt={receipt} />,
      },
      {
        id: 'actions',
        enableSorting: false,
        header: () => <span className="visually-hidden">{t('taxReceipt.col.actions')}</span>,
        cell: ({ row: { original: receipt } }) => (
          <div className="row-actions">
            <Button size="small" onClick={() => onOpen(receipt.reference)}>
              {receipt.cancelled ? t('taxReceipt.openCancelledCopy') : t('taxReceipt.openPdf')}
            </Button>
            {onCancel && !receipt.cancelled ? (
              <Button size="small" variant="danger" onClick={() => onCancel(receipt)}>
                {t('taxReceipt.cancel')}
              </Button>
            ) : null}
          </div>
        ),
      },
    ],
    [t, format, onOpen, onCancel],
  );
  return (
    <DataTable
      label={t('taxReceipt.receipts')}
      caption={t('taxReceipt.receipts')}
      rows={receipts}
      columns={columns}
      rowId={(receipt) => receipt.reference}
      rowData={(receipt) => ({
        'data-reference': receipt.reference,
        'data-state': receipt.cancelled ? 'cancelled' : 'valid',
      })}
      sorting={null}
      emptyText={t('taxReceipt.receiptsEmpty')}
      className="tax-receipt-list"
      testId="tax-receipt-list"
    />
  );
}

function ReceiptState({ receipt }: { receipt: BatchReceipt }) {
  const t = useT();
  const format = useFormat();
  const { cancelled } = receipt;
  return (
    <div className="tax-receipt-state">
      {cancelled ? (
        <span>
          <Badge tone="danger">{t('taxReceipt.receiptCancelledBadge')}</Badge>{' '}
          {cancelled.by
            ? t('taxReceipt.receiptCancelledBy', {
                date: format.day(cancelled.at),
                name: cancelled.by,
                reason: cancelled.reason,
              })
            : t('taxReceipt.receiptCancelled', { date: format.day(cancelled.at), reason: cancelled.reason })}
        </span>
      ) : (
        <Badge tone="success">{t('taxReceipt.receiptValid')}</Badge>
      )}
      {receipt.replaces ? (
        <span className="field-hint">{t('taxReceipt.receiptReplaces', { reference: receipt.replaces })}</span>
      ) : null}
    </div>
  );
}
