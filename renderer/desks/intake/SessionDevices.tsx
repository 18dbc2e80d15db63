import { useMemo } from 'react';
import { Badge } from '../../components/Badge';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { Panel } from '../../components/Panel';
import { useT } from '../../i18n/useT';
import type { LoggedDevice } from './useSessionLog';

/** Everything scanned during this sitting, newest first, each tag linking to its device page. */
export function SessionDevices({ devices }: { devices: LoggedDevice[] }) {
  const t = useT();
  const columns = useMemo<DataColumn<LoggedDevice>[]>(
    () => [
      {
        id: 'assetTag',
        header: () => t('field.assetTag'),
        cell: ({ row: { original: device } }) => (
          <a href={`#/device/${encodeURIComponent(device.assetTag)}`}>{device.assetTag}</a>
        ),
        meta: { className: 'desk-tag-cell' },
      },
      {
        id: 'device',
        header: () => t('field.device'),
        cell: ({ row: { original: device } }) => (
          <>
            {t(`kind.${device.kind}`)}
            <br />
            <span className="desk-muted">{[device.make, device.model].filter(Boolean).join(' ')}</span>
          </>
        ),
      },
      {
        id: 'identifier',
        header: () => t('intake.identifier'),
        cell: ({ row: { original: device } }) => (
          <>
            {device.serial || device.imei}
            {device.warnings.length > 0 && (
              <>
                <br />
                <span title={device.warnings.join('\n')}>
                  <Badge tone="warning">{t('intake.warningCount', { count: device.warnings.length })}</Badge>
                </span>
              </>
            )}
          </>
        ),
        meta: { className: 'desk-identifier-cell' },
      },
    ],
    [t],
  );
  const title = t('intake.sessionList', { count: devices.length });
  return (
    <Panel tone="desk" title={title}>
      {devices.length === 0 ? (
        <p className="desk-muted">{t('intake.sessionEmpty')}</p>
      ) : (
        <div className="desk-table-scroll">
          <DataTable
            label={title}
            className="desk-table"
            testId="intake-session"
            rows={devices}
            columns={columns}
            rowId={(device) => String(device.id)}
            sorting={null}
            rowClass={(device) => (device.warnings.length > 0 ? 'has-warning' : undefined)}
            emptyText={t('intake.sessionEmpty')}
          />
        </div>
      )}
    </Panel>
  );
}
