import type { RefurbishmentRecord } from '../../shared/contract/refurbishment';
import type { DiagnosticCheck } from '../../shared/domain/values';
import { Badge } from '../components/Badge';
import { useFormat } from '../components/format';
import { useT } from '../i18n/useT';

/** Bench passes: outcome, work done, faults found, and the quality check of each. */
export function RefurbishmentRecords({ records }: { records: readonly RefurbishmentRecord[] }) {
  const t = useT();
  const format = useFormat();
  return (
    <section className="panel" aria-labelledby="refurb-title">
      <div className="panel-header">
        <h2 id="refurb-title">{t('device.section.refurbishments')}</h2>
      </div>
      <div className="panel-body">
        {records.length === 0 ? (
          <p className="empty">{t('device.noRefurbishments')}</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('refurb.col.date')}</th>
                <th scope="col">{t('refurb.col.by')}</th>
                <th scope="col">{t('refurb.col.outcome')}</th>
                <th scope="col">{t('refurb.col.work')}</th>
                <th scope="col">{t('refurb.col.qc')}</th>
              </tr>
            </thead>
            <tbody>
              {records.map((record) => {
                const faults = (Object.entries(record.diagnostics) as [DiagnosticCheck, string][])
                  .filter(([, outcome]) => outcome === 'fail')
                  .map(([check]) => t(`diagnostic.${check}`));
                const parts = record.parts.reduce((sum, part) => sum + part.quantity, 0);
                return (
                  <tr key={record.id}>
                    <td>{format.dateTime(record.recordedAt)}</td>
                    <td>{record.performedBy.name}</td>
                    <td>
                      <div>{t(`outcome.${record.outcome}`)}</div>
                      {faults.length > 0 ? <div className="muted small">{t('refurb.faults', { list: faults.join(', ') })}</div> : null}
                    </td>
                    <td>
                      {t('refurb.labour', { minutes: record.labourMinutes })}
                      {parts > 0 ? ` · ${t(format.plural(parts) === 'one' ? 'refurb.parts.one' : 'refurb.parts.other', { count: parts })}` : ''}
                    </td>
                    <td>
                      {record.qc ? (
                        <>
                          <Badge tone={record.qc.passed ? 'success' : 'danger'}>
                            {t(record.qc.passed ? 'refurb.qcPassed' : 'refurb.qcFailed', { name: record.qc.by.name })}
                          </Badge>
                          <div className="muted small">{format.dateTime(record.qc.at)}</div>
                        </>
                      ) : (
                        <Badge tone="warning">{t('refurb.qcPending')}</Badge>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
