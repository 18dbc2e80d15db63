import { useMemo, useState } from 'react';
import type { DeviceDetail, Drive } from '../../shared/contract/devices';
import { DRIVE_CHANGE_STATES, erasureSubjects } from '../../shared/domain/lifecycle';
import { WHOLE_DEVICE_ERASURE_KINDS } from '../../shared/domain/values';
import { Badge, ErasureStateBadge } from '../components/Badge';
import { Button } from '../components/Button';
import { DataTable, type DataColumn } from '../components/DataTable';
import { useFormat } from '../components/format';
import { Panel } from '../components/Panel';
import { useT } from '../i18n/useT';
import { useCan } from '../session/useCan';
import { DriveChangeDialog } from './DriveChangeDialog';

/** The drives with where each stands with its erasure and health; tablets, phones and driveless devices are erased whole. */
export function MediaSection({ device }: { device: DeviceDetail }) {
  const t = useT();
  const format = useFormat();
  const whole = WHOLE_DEVICE_ERASURE_KINDS.includes(device.kind) || device.drives.length === 0;
  const mayChange = useCan('devices.removeDrive') && DRIVE_CHANGE_STATES.includes(device.status);
  const [changing, setChanging] = useState<Drive | null>(null);
  const columns = useMemo<DataColumn<Drive>[]>(
    () => [
      {
        id: 'serial',
        accessorFn: (drive) => drive.serial,
        header: () => t('drive.col.serial'),
        cell: ({ row }) => <span className="mono">{row.original.serial || t('ui.empty')}</span>,
      },
      {
        id: 'type',
        accessorFn: (drive) => drive.type,
        header: () => t('drive.col.type'),
        cell: ({ row }) => t(`driveType.${row.original.type}`),
      },
      {
        id: 'capacity',
        accessorFn: (drive) => drive.capacityGb ?? -1,
        meta: { className: 'num' },
        header: () => t('drive.col.capacity'),
        cell: ({ row: { original: drive } }) =>
          drive.capacityGb === null ? t('ui.empty') : t('device.capacity', { value: drive.capacityGb }),
      },
      {
        id: 'erasure',
        enableSorting: false,
        header: () => t('drive.col.erasure'),
        cell: ({ row }) => (whole ? t('ui.empty') : <ErasureStateBadge state={row.original.erasure} />),
      },
      {
        id: 'health',
        accessorFn: (drive) => (drive.healthFailed ? 1 : 0),
        header: () => t('drive.col.health'),
        cell: ({ row }) =>
          row.original.healthFailed ? (
            <Badge tone="danger">{t('drive.healthFailed')}</Badge>
          ) : (
            <span className="muted">{t('drive.healthOk')}</span>
          ),
      },
      ...(mayChange
        ? [
            {
              id: 'change',
              enableSorting: false,
              header: () => <span className="visually-hidden">{t('drive.change')}</span>,
              cell: ({ row }) => (
                <Button size="small" onClick={() => setChanging(row.original)}>
                  {t('drive.change')}
                </Button>
              ),
            } satisfies DataColumn<Drive>,
          ]
        : []),
    ],
    [t, whole, mayChange],
  );
  return (
    <Panel title={t('device.section.drives')}>
      {whole ? (
        <div className="whole-device">
          <span>{t('device.wholeDevice')}</span>
          <ErasureStateBadge state={erasureSubjects(device.facts)[0] ?? 'none'} />
          <span className="muted">
            {device.drives.length === 0 ? t('device.noDrives') : t('device.wholeDeviceNote')}
          </span>
        </div>
      ) : null}
      {device.drives.length > 0 ? (
        <DataTable
          label={t('device.section.drives')}
          rows={[...device.drives]}
          columns={columns}
          rowId={(drive) => String(drive.id)}
          emptyText={t('device.noDrives')}
        />
      ) : null}
      {device.removedDrives.length > 0 ? (
        <>
          <h3>{t('drive.removedTitle')}</h3>
          <ul className="plain-list">
            {device.removedDrives.map((removed) => (
              <li key={removed.id}>
                {t('drive.removedLine', {
                  drive: [t(`driveType.${removed.type}`), removed.serial].filter(Boolean).join(' '),
                  reason: t(`drive.mode.${removed.reason}`),
                  date: format.day(removed.removedAt),
                  name: removed.removedByName,
                  note: removed.note,
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {changing ? <DriveChangeDialog device={device} drive={changing} onClose={() => setChanging(null)} /> : null}
    </Panel>
  );
}
