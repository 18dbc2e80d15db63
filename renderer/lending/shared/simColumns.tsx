/** Columns every list of SIM cards shows the same way: the ICCID (a link to the card) and the phone number. */
import type { DataColumn } from '../../components/DataTable';
import type { Format } from '../../components/format';
import type { T } from '../../i18n/useT';

/** The card's ICCID in monospace, a link to its page (`#/sims/<ICCID>`). */
export function iccidColumn<Row extends { iccid: string }>(t: T): DataColumn<Row> {
  return {
    id: 'iccid',
    accessorFn: (row) => row.iccid,
    header: () => t('field.iccid'),
    cell: ({ row }) => (
      <a className="mono" href={`#/sims/${row.original.iccid}`}>
        {row.original.iccid}
      </a>
    ),
  };
}

/** The card's number, written the local way, or a dash until the operator gives it. */
export function phoneNumberColumn<Row extends { phoneNumber: string | null }>(t: T, format: Format): DataColumn<Row> {
  return {
    id: 'phoneNumber',
    accessorFn: (row) => row.phoneNumber ?? '',
    header: () => t('field.phoneNumber'),
    cell: ({ row }) => (
      <span className="mono">{row.original.phoneNumber ? format.phone(row.original.phoneNumber) : t('ui.empty')}</span>
    ),
  };
}
