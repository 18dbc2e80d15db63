import { useMemo } from 'react';
import { replaceQuery, useRoute } from '../../app/router';
import type { ScreenProps } from '../../app/routes';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { useApiQuery } from '../../api/queries';
import { Panel } from '../../components/Panel';
import { useT } from '../../i18n/useT';
import { ExpiringSims } from './ExpiringSims';
import { FollowUpFilters } from './FollowUpFilters';
import { viewFromQuery, viewToQuery, type FollowUpView } from './followUpQuery';
import { LoansTable } from './LoansTable';
import { ProgressPanel } from './ProgressPanel';
import '../shared/lending.css';
import './follow-up.css';
import { ExportButton } from '../../exports/ExportButton';

/** Who has what and who to call: open, due and overdue loans by partner or programme; SIM credit; progress. */
export function FollowUpScreen(_props: ScreenProps) {
  const t = useT();
  const format = useFormat();
  const route = useRoute();
  const view = useMemo(() => viewFromQuery(route.query), [route.query]);
  const loans = useApiQuery('followUp.loans', { ...view, limit: 2000 });
  const change = (next: FollowUpView) => replaceQuery(viewToQuery(next));
  const count = loans.data?.rows.length ?? null;

  return (
    <div className="lending-page follow-up">
      <PageHeader
        title={t('followUp.title')}
        subtitle={loans.data ? t('followUp.asOf', { date: format.day(loans.data.asOf) }) : t('ui.loading')}
        actions={<ExportButton dataset="handovers" named />}
        focusOnMount
      />
      <FollowUpFilters view={view} onChange={change} />
      <Panel
        title={t(`followUp.view.${view.view}`)}
        actions={
          count === null ? null : (
            <span className="muted" data-testid="loan-count">
              {t(`followUp.loanCount.${format.plural(count)}`, { count })}
            </span>
          )
        }
      >
        <ErrorBanner error={loans.error} />
        {/* While another view loads, the previous one stays on screen grouped as it was read. */}
        {loans.data ? (
          <LoansTable rows={loans.data.rows} groups={loans.data.groups} groupBy={loans.shownInput.groupBy ?? null} />
        ) : null}
      </Panel>
      <ExpiringSims view={view} />
      <ProgressPanel programmeId={view.programmeId} />
    </div>
  );
}
