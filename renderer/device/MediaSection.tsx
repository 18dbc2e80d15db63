import { useMemo } from 'react';
import type { DeviceDetail, Drive } from '../../shared/contract/devices';
import { erasureSubjects } from '../../shared/domain/lifecycle';
import { WHOLE_DEVICE_ERASURE_KINDS } from '../../shared/domain/values';
import { ErasureStateBadge } from '../components/Badge';
import { DataTable, type DataColumn } from '../components/DataTable';
import { Panel } from '../components/Panel';
import { useT } from '../i18n/useT';

/** The drives with where each stands with its erasure; tablets, phones and driveless devices are erased whole. */
export function MediaSection({ device }: { device: DeviceDetail }) {
  const t = useT();
  const whole = WHOLE_DEVICE_ERASURE_KINDS.includes(device.kind) || device.drives.length === 0;
  const columns = useMemo<DataColumn<Drive>[]>(
    () => [
      { id: 'serial', accessorFn: (drive) => drive.serial, header: () => t('drive.col.serial'), cell: ({ row }) => <span className="mono">{row.original.serial || t('ui.empty')}</span> },
      { id: 'type', accessorFn: (drive) => drive.type, header: () => t('drive.col.type'), cell: ({ row }) => t(`driveType.${row.original.type}`) },
      {
        id: 'capacity',
        accessorFn: (drive) => drive.capacityGb ?? -1,
        meta: { className: 'num' },
        header: () => t('drive.col.capacity'),
        cell: ({ row: { original: drive } }) => (drive.capacityGb === null ? t('ui.empty') : t('device.capacity', { value: drive.capacityGb })),
      },
      { id: 'erasure', enableSorting: false, header: () => t('drive.col.erasure'), cell: ({ row }) => (whole ? t('ui.empty') : <ErasureStateBadge state={row.original.erasure} />) },
    ],
    [t, whole],
  );
  return (
    <Panel title={t('device.section.drives')}>
      {whole ? (
        <div className="whole-device">
          <span>{t('device.wholeDevice')}</span>
          <ErasureStateBadge state={erasureSubjects(device.facts)[0] ?? 'none'} />
          <span className="muted">{device.drives.length === 0 ? t('device.noDrives') : t('device.wholeDeviceNote')}</span>
        </div>
      ) : null}
      {device.drives.length > 0 ? <DataTable label={t('device.section.drives')} rows={[...device.drives]} columns={columns} rowId={(drive) => String(drive.id)} emptyText={t('device.noDrives')} /> : null}
    </Panel>
  );
}
