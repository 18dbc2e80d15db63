import { useState } from 'react';
import { canTopUp } from '../../../shared/domain/sim-lifecycle';
import { Button } from '../../components/Button';
import { EventList } from '../../components/EventList';
import { PageHeader } from '../../components/PageHeader';
import { useToast } from '../../components/Toasts';
import { useApiQuery } from '../../api/queries';
import { useT } from '../../i18n/useT';
import { useCan } from '../../session/useCan';
import { SimEditDialog } from './SimEditDialog';
import { SimFacts } from './SimFacts';
import { SimSecrets } from './SimSecrets';
import { SimStateBadge } from './SimStateBadge';
import { SimStatusActions } from './SimStatusActions';
import { TopUpForm } from './TopUpForm';
import { TopUpLedger } from './TopUpLedger';
import { Panel } from '../../components/Panel';
import { DetailPage, DetailTitle } from '../shared/DetailPage';

/** One SIM card: number and plan, the lifecycle steps allowed now, its credit and expiry, its codes, its history. */
export function SimDetail({ iccid }: { iccid: string }) {
  const t = useT();
  const toast = useToast();
  const canCoordinate = useCan('sims.update');
  const loaded = useApiQuery('sims.get', { iccid });
  const [editing, setEditing] = useState(false);

  return (
    <DetailPage
      backHref="#/sims"
      backLabel={t('sims.back')}
      data={loaded.data}
      loading={loaded.loading}
      error={loaded.error}
    >
      {(sim) => (
        <>
          <PageHeader
            focusOnMount
            title={
              <DetailTitle reference={sim.iccid} testId="sim-iccid">
                <SimStateBadge state={sim.status} large />
              </DetailTitle>
            }
            subtitle={[sim.operator, sim.planName].join(' · ')}
            actions={canCoordinate ? <Button onClick={() => setEditing(true)}>{t('ui.edit')}</Button> : null}
          />
          {canCoordinate ? <SimStatusActions sim={sim} /> : null}
          <div className="lending-columns">
            <SimFacts sim={sim} />
            <SimSecrets sim={sim} onRevealed={loaded.reload} />
          </div>
          <Panel title={t('topUps.title')} bodyClassName="form-grid">
            <TopUpLedger sim={sim} />
            {canCoordinate && canTopUp(sim.status) ? <TopUpForm sim={sim} /> : null}
          </Panel>
          <Panel title={t('sims.history')}>
            <EventList events={sim.history} showSubject={false} emptyText={t('sims.noHistory')} />
          </Panel>
          {editing ? (
            <SimEditDialog
              sim={sim}
              onClose={() => setEditing(false)}
              onSaved={() => {
                setEditing(false);
                toast(t('ui.savedToast'));
              }}
            />
          ) : null}
        </>
      )}
    </DetailPage>
  );
}
