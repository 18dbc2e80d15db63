import type { Drive } from '../../shared/contract/devices';
import type { ErasureRecord } from '../../shared/contract/erasure';
import { Badge } from '../components/Badge';
import { describeDrive } from '../components/describeDrive';
import { useFormat } from '../components/format';
import { useT } from '../i18n/useT';

/** Every erasure recorded for the device, naming the drive it was for: the proof a certificate is built from. */
export function ErasureRecords({ erasures, drives }: { erasures: readonly ErasureRecord[]; drives: readonly Drive[] }) {
  const t = useT();
  const format = useFormat();
  return (
    <section className="panel" aria-labelledby="erasures-title">
      <div className="panel-header">
        <h2 id="erasures-title">{t('device.section.erasures')}</h2>
      </div>
      <div className="panel-body">
        {erasures.length === 0 ? (
          <p className="empty">{t('device.noErasures')}</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('erasure.col.subject')}</th>
                <th scope="col">{t('erasure.col.method')}</th>
                <th scope="col">{t('erasure.col.tool')}</th>
                <th scope="col">{t('erasure.col.when')}</th>
                <th scope="col">{t('erasure.col.result')}</th>
                <th scope="col">{t('erasure.col.performedBy')}</th>
                <th scope="col">{t('erasure.col.verifiedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {erasures.map((erasure) => (
                <tr key={erasure.id} data-erasure={erasure.id}>
                  <td data-testid="erasure-subject">{erasure.driveId === null ? t('device.wholeDevice') : describeDrive(t, drives, erasure.driveId)}</td>
                  <td>
                    <div>{t(`technique.${erasure.technique}`)}</div>
                    <div className="muted small">
                      {t(`level.${erasure.level}`)}
                      {erasure.passes ? ` · ${t(format.plural(erasure.passes) === 'one' ? 'erasure.passes.one' : 'erasure.passes.other', { count: erasure.passes })}` : ''}
                      {` · ${t('erasure.verificationKind', { kind: t(`verification.${erasure.verification}`) })}`}
                    </div>
                  </td>
                  <td>
                    {erasure.tool}
                    {erasure.toolVersion ? <span className="muted"> {erasure.toolVersion}</span> : null}
                  </td>
                  <td>{format.dateTime(erasure.endedAt)}</td>
                  <td>
                    <Badge tone={erasure.result === 'success' ? 'success' : 'danger'}>{t(`result.${erasure.result}`)}</Badge>
                  </td>
                  <td>{erasure.performedBy.name}</td>
                  <td>
                    {erasure.verifiedBy ? (
                      <>
                        <div>{erasure.verifiedBy.name}</div>
                        {erasure.verifiedAt ? <div className="muted small">{format.dateTime(erasure.verifiedAt)}</div> : null}
                      </>
                    ) : (
                      <span className="muted">{erasure.result === 'success' ? t('erasure.notVerified') : t('ui.empty')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
