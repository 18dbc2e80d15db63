import type { ProgrammeProgress } from '../../../shared/contract/lending-types';
import { useFormat } from '../../components/format';
import { useT } from '../../i18n/useT';
import { targetItemLabel } from '../shared/options';
import './progress.css';

type ItemLine = ProgrammeProgress['items'][number];

function ProgressLine({ line }: { line: ItemLine }) {
  const t = useT();
  const format = useFormat();
  const label = targetItemLabel(t, line.item);
  const share = line.target ? Math.min(100, Math.round((line.handedOut / line.target) * 100)) : null;
  return (
    <li className="progress-line" data-item={line.item}>
      <span className="progress-label">{label}</span>
      <span className="progress-figures" data-testid={`progress-${line.item}`}>
        {line.target === null
          ? t('progress.noTarget', { count: format.number(line.handedOut) })
          : t('progress.ofTarget', { count: format.number(line.handedOut), target: format.number(line.target) })}
      </span>
      <span className="progress-bar" aria-hidden="true">
        <span className="progress-fill" style={{ width: `${share ?? 0}%` }} />
      </span>
      <span className="progress-still muted">{t('progress.stillOut', { count: format.number(line.stillOut) })}</span>
    </li>
  );
}

/** Handed out against the funder's targets, then the people and institutions equipped (anonymised ones included). */
export function ProgrammeProgressView({ progress }: { progress: ProgrammeProgress }) {
  const t = useT();
  const format = useFormat();
  const totals: [string, number][] = [
    [t('progress.handovers'), progress.handovers],
    [t('progress.loans'), progress.loans],
    [t('progress.donations'), progress.donations],
    [t('progress.beneficiaries'), progress.beneficiaries],
    [t('progress.institutions'), progress.institutions],
  ];
  return (
    <div className="progress-view" data-programme={progress.programme.name}>
      {progress.items.length === 0 ? (
        <p className="empty">{t('progress.nothingYet')}</p>
      ) : (
        <ul className="progress-lines">
          {progress.items.map((line) => (
            <ProgressLine key={line.item} line={line} />
          ))}
        </ul>
      )}
      <dl className="progress-totals">
        {totals.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{format.number(value)}</dd>
          </div>
        ))}
      </dl>
      {progress.byCategory.length > 0 ? (
        <p className="progress-categories">
          <span className="muted">{t('progress.byCategory')} </span>
          {progress.byCategory
            .map((entry) =>
              t('progress.categoryCount', {
                category: t(`category.${entry.category}`),
                count: format.number(entry.beneficiaries),
              }),
            )
            .join(' · ')}
        </p>
      ) : null}
    </div>
  );
}
