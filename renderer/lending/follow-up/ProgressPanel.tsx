import { useId, useState } from 'react';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useApiQuery } from '../../api/queries';
import { Panel } from '../../components/Panel';
import { useT } from '../../i18n/useT';
import { ProgrammeProgressView } from '../programmes/ProgrammeProgressView';

/** One programme's progress against its targets: the one filtered on, or one chosen here. */
export function ProgressPanel({ programmeId }: { programmeId: number | null }) {
  const t = useT();
  const selectId = useId();
  const programmes = useApiQuery('programmes.list', {});
  const [chosen, setChosen] = useState<number | null>(null);
  const shown = programmeId ?? chosen ?? programmes.data?.[0]?.id ?? null;
  return (
    <Panel
      title={t('progress.title')}
      actions={
        programmeId === null && programmes.data && programmes.data.length > 1 ? (
          <span className="follow-up-programme-choice">
            <label htmlFor={selectId} className="visually-hidden">
              {t('field.programmeId')}
            </label>
            <select
              id={selectId}
              className="input"
              value={shown ?? ''}
              onChange={(event) => setChosen(Number(event.target.value))}
            >
              {programmes.data.map((programme) => (
                <option key={programme.id} value={programme.id}>
                  {programme.name}
                </option>
              ))}
            </select>
          </span>
        ) : null
      }
    >
      <ErrorBanner error={programmes.error} />
      {shown === null ? (
        programmes.data ? (
          <p className="empty">{t('programmes.empty')}</p>
        ) : null
      ) : (
        <ProgressOf programmeId={shown} />
      )}
    </Panel>
  );
}

function ProgressOf({ programmeId }: { programmeId: number }) {
  const t = useT();
  const progress = useApiQuery('programmes.progress', { programmeId });
  if (progress.error) return <ErrorBanner error={progress.error} />;
  if (!progress.data) return <p className="empty">{t('ui.loading')}</p>;
  return (
    <>
      <p className="follow-up-progress-name">
        <a href={`#/programmes/${programmeId}`}>{progress.data.programme.name}</a>
      </p>
      <ProgrammeProgressView progress={progress.data} />
    </>
  );
}
