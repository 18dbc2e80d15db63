import type { BackupRecord, BackupStatus } from '../../../shared/contract/backups';
import { formatFileSize } from '../../../shared/domain/file-size';
import { Badge, type BadgeTone } from '../../components/Badge';
import { useFormat } from '../../components/format';
import { useT } from '../../i18n/useT';

const TONE: Record<BackupStatus, BadgeTone> = { verified: 'success', failed: 'danger', unverified: 'muted' };

/** The folder's backups, newest first, each with its status and, for a failed one, why. */
export function BackupList({ backups }: { backups: readonly BackupRecord[] }) {
  const t = useT();
  const format = useFormat();
  return (
    <div>
      <h3>{t('backups.list')}</h3>
      <table className="data-table backups-table">
        <thead>
          <tr>
            <th scope="col">{t('backups.column.at')}</th>
            <th scope="col">{t('backups.column.status')}</th>
            <th scope="col">{t('backups.column.reason')}</th>
            <th scope="col">{t('backups.column.size')}</th>
            <th scope="col">{t('backups.column.file')}</th>
          </tr>
        </thead>
        <tbody>
          {backups.map((record) => (
            <tr key={record.file}>
              <td>{format.dateTime(record.takenAt)}</td>
              <td>
                <Badge tone={TONE[record.status]}>{t(`backups.status.${record.status}`)}</Badge>
                {record.problem ? <span className="muted"> {t(`backups.problem.${record.problem}`)}</span> : null}
              </td>
              <td>{t(`backups.reason.${record.reason}`)}</td>
              <td>{formatFileSize(record.size, format.locale)}</td>
              <td className="mono">{record.file}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
