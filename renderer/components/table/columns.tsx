/** Columns several lists share: an active / inactive badge, and the row's edit button (with any other actions). */
import type { RowData } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import type { T } from '../../i18n/useT';
import { Badge } from '../Badge';
import { Button } from '../Button';
import type { DataColumn } from './features';

/** « Actif » / « Inactif » as a badge, active rows first when sorted ascending. */
export function activeColumn<Row extends { active: boolean }>(t: T, header: string): DataColumn<Row> {
  return {
    id: 'status',
    accessorFn: (row) => (row.active ? 0 : 1),
    header: () => header,
    cell: ({ row }) =>
      row.original.active ? (
        <Badge tone="success">{t('ui.active')}</Badge>
      ) : (
        <Badge tone="muted">{t('ui.inactive')}</Badge>
      ),
  };
}

export interface EditColumnOptions<Row> {
  onEdit: (row: Row) => void;
  /** The button's accessible name, naming the row (« Modifier le partenaire Collège Jean Moulin »). */
  label?: (row: Row) => string;
  /** Whoever may not edit sees no button. */
  canEdit?: boolean;
  /** More buttons after « Modifier » on the row. */
  more?: (row: Row) => ReactNode;
}

/** The last column: « Modifier » (and `more`), its header read by screen readers only. */
export function editColumn<Row extends RowData>(t: T, options: EditColumnOptions<Row>): DataColumn<Row> {
  const { onEdit, label, canEdit = true, more } = options;
  return {
    id: 'edit',
    enableSorting: false,
    header: () => <span className="visually-hidden">{t('ui.edit')}</span>,
    cell: ({ row: { original } }) =>
      canEdit ? (
        <div className="row-actions">
          <Button size="small" onClick={() => onEdit(original)} {...(label ? { 'aria-label': label(original) } : {})}>
            {t('ui.edit')}
          </Button>
          {more?.(original)}
        </div>
      ) : null,
  };
}
