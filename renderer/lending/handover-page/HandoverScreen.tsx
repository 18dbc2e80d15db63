import type { ScreenProps } from '../../app/routes';
import { useApiQuery } from '../../api/queries';
import { Badge } from '../../components/Badge';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../components/format';
import { useT } from '../../i18n/useT';
import { useCan } from '../../session/useCan';
import { DetailTitle } from '../shared/DetailPage';
import { HandoverPapers } from '../signature/HandoverPapers';
import '../shared/lending.css';
import './handover-page.css';
import { HandoverDocumentsList } from './HandoverDocumentsList';
import { HandoverFacts } from './HandoverFacts';
import { HandoverHistory } from './HandoverHistory';
import { HandoverItemsTable } from './HandoverItemsTable';
import { HandoverReturns } from './HandoverReturns';

/**
 * One handover (RM-…) on its own page, reachable at any time after the counter: who received what on which terms,
 * each item out or back, the papers (print or reprint, signatures added or replaced later, the signed copy
 * attached later), its returns and its history.
 */
export function HandoverScreen({ param }: ScreenProps) {
  const id = Number(param);
  if (!param || !Number.isInteger(id) || id <= 0) return <HandoverNotFound />;
  return <HandoverPage id={id} />;
}

function HandoverNotFound() {
  const t = useT();
  return <p className="muted">{t('handoverPage.notFound')}</p>;
}

function HandoverPage({ id }: { id: number }) {
  const t = useT();
  const format = useFormat();
  const loaded = useApiQuery('handovers.get', { id });
  const mayHandOver = useCan('handovers.create');
  const handover = loaded.data;
  return (
    <div className="lending-page handover-page" data-testid="handover-page" data-number={handover?.number}>
      <a className="back-link" href="#/follow-up">
        ← {t('handoverPage.back')}
      </a>
      <ErrorBanner error={loaded.error} />
      {handover ? (
        <>
          <PageHeader
            focusOnMount
            title={
              <DetailTitle reference={handover.number} testId="handover-number">
                {handover.closedOn ? (
                  <Badge tone="muted" large>
                    {t('handoverPage.closed', { date: format.day(handover.closedOn) })}
                  </Badge>
                ) : (
                  <Badge tone="info" large>
                    {t('handoverPage.open', { open: handover.openItems, count: handover.itemCount })}
                  </Badge>
                )}
              </DetailTitle>
            }
            subtitle={t(`handoverPage.subtitle.${handover.kind}`, {
              recipient: handover.recipientLabel,
              programme: handover.programme.name,
            })}
          />
          <HandoverFacts handover={handover} />
          <HandoverItemsTable handover={handover} />
          {mayHandOver && !handover.terms.anonymised ? <HandoverPapers handover={handover} /> : null}
          <HandoverDocumentsList handoverId={handover.id} />
          <HandoverReturns handover={handover} />
          <HandoverHistory handoverId={handover.id} />
        </>
      ) : null}
    </div>
  );
}
