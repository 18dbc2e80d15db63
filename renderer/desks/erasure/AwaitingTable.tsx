import type { ErasureRecord } from '../../../shared/contract/erasure';
import { useFormat } from '../../components/format';
import { useApiQuery } from '../../api/queries';
import { ImportedErasureNote } from '../../imports';
import { useT } from '../../i18n/useT';

/** Successful erasures nobody has verified yet, to tick for verification. */
export function AwaitingTable({
  records,
  selected,
  onToggle,
  onToggleAll,
  highlightDeviceId,
}: {
  records: readonly ErasureRecord[];
  selected: ReadonlySet<number>;
  onToggle: (id: number) => void;
  onToggleAll: (all: boolean) => void;
  highlightDeviceId: number | null;
}) {
  const t = useT();
  const format = useFormat();
  const views = useApiQuery('imports.erasureViews', { erasureIds: records.map((record) => record.id).slice(0, 500) });
  const viewOf = (id: number) => views.data?.find((view) => view.erasureId === id);
  const allChecked = records.length > 0 && records.every((record) => selected.has(record.id));
  return (
    <div className="desk-table-scroll">
      <table className="data-table desk-table" data-testid="erasure-awaiting">
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label={t('erasureDesk.selectAll')}
                checked={allChecked}
                onChange={(event) => onToggleAll(event.target.checked)}
              />
            </th>
            <th scope="col">{t('field.assetTag')}</th>
            <th scope="col">{t('erasureDesk.medium')}</th>
            <th scope="col">{t('erasureDesk.performedBy')}</th>
          </tr>
        </thead>
        <tbody>
          {records.map((record) => (
            <tr
              key={record.id}
              className={record.deviceId === highlightDeviceId ? 'is-current' : undefined}
              data-erasure-id={record.id}
              data-asset-tag={record.assetTag}
            >
              <td>
                <input
                  type="checkbox"
                  checked={selected.has(record.id)}
                  onChange={() => onToggle(record.id)}
                  aria-label={t('erasureDesk.selectOne', { assetTag: record.assetTag })}
                />
              </td>
              <td className="desk-tag-cell">{record.assetTag}</td>
              <td>
                {record.driveId === null
                  ? t('erasureDesk.wholeDevice')
                  : t('erasureDesk.driveLabel', { serial: record.driveSerial || t('erasureDesk.noDriveSerial') })}
                <br />
                <span className="desk-muted">{t(`technique.${record.technique}`)}</span>
                <br />
                <ImportedErasureNote view={viewOf(record.id)} />
              </td>
              <td>
                {record.performedBy.name}
                <br />
                <span className="desk-muted">{format.dateTime(record.endedAt)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
