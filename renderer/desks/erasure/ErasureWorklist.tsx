import type { DeviceState } from '../../../shared/domain/lifecycle';
import { useApiQuery } from '../../api/queries';
import { StatusBadge } from '../../components/Badge';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat } from '../../components/format';
import { useT } from '../../i18n/useT';
import { Panel } from '../../components/Panel';

/** The devices this desk has to erase: received or returned (not yet queued) and queued, the longest waiting first. */
export const WAITING_FOR_ERASURE: DeviceState[] = ['awaiting_erasure', 'received', 'returned'];
const SHOWN = 25;

/**
 * What waits for an erasure, oldest first; a row opens the device at the desk as a scan would. A device whose
 * erasure is recorded and waits for the second person's check is marked so (the list beside it).
 */
export function ErasureWorklist({ onPick }: { onPick: (deviceId: number) => void }) {
  const t = useT();
  const format = useFormat();
  const filter = { statuses: WAITING_FOR_ERASURE };
  const list = useApiQuery('inventory.list', { filter, sort: { column: 'updatedAt', direction: 'asc' }, limit: SHOWN });
  const count = useApiQuery('inventory.count', { filter });
  const awaiting = useApiQuery('erasure.awaitingVerification', {});
  const toVerify = new Set((awaiting.data ?? []).map((record) => record.deviceId));
  const rows = list.data?.rows ?? [];
  const total = count.data?.total ?? rows.length;
  return (
    <Panel tone="desk" title={t('erasureDesk.worklistTitle', { count: total })} testId="erasure-worklist">
      <ErrorBanner error={list.error ?? count.error} />
      {list.data && rows.length === 0 ? (
        <p className="desk-muted">{t('erasureDesk.worklistEmpty')}</p>
      ) : (
        <div className="desk-table-scroll">
          <table className="data-table desk-table">
            <thead>
              <tr>
                <th scope="col">{t('field.assetTag')}</th>
                <th scope="col">{t('field.model')}</th>
                <th scope="col">{t('field.status')}</th>
                <th scope="col">{t('field.receivedOn')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((device) => (
                <tr key={device.id} data-asset-tag={device.assetTag}>
                  <td className="desk-tag-cell">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onPick(device.id)}
                      aria-label={t('erasureDesk.worklistOpen', { assetTag: device.assetTag })}
                    >
                      {device.assetTag}
                    </button>
                  </td>
                  <td>
                    {t(`kind.${device.kind}`)} · {device.make} {device.model}
                  </td>
                  <td>
                    <StatusBadge state={device.status} />
                    {toVerify.has(device.id) ? (
                      <span className="desk-muted"> · {t('erasureDesk.worklistToVerify')}</span>
                    ) : null}
                  </td>
                  <td>{format.day(device.receivedOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {total > rows.length && rows.length > 0 ? (
        <p className="desk-hint">{t('erasureDesk.worklistMore', { count: total - rows.length })}</p>
      ) : null}
    </Panel>
  );
}
