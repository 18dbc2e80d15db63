import { useState } from 'react';
import type { ApiError } from '../../../shared/errors';
import { Badge } from '../../components/Badge';
import { useFormat } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { useToast } from '../../components/Toasts';
import { useApiQuery } from '../../api/queries';
import { useT } from '../../i18n/useT';
import { useCan } from '../../session/useCan';
import { BeneficiaryActions } from './BeneficiaryActions';
import { BeneficiaryDialog } from './BeneficiaryDialog';
import { BeneficiaryFacts } from './BeneficiaryFacts';
import { BeneficiaryHandovers } from './BeneficiaryHandovers';
import { personName } from './personName';
import { DetailPage, DetailTitle } from '../shared/DetailPage';

/** One person: who they are (contacts masked for roles that may not see them), what they hold, their rights. */
export function BeneficiaryDetail({ id }: { id: number }) {
  const t = useT();
  const format = useFormat();
  const toast = useToast();
  const canCoordinate = useCan('beneficiaries.update');
  const loaded = useApiQuery('beneficiaries.get', { id });
  const [editing, setEditing] = useState(false);
  const [actionError, setActionError] = useState<ApiError | null>(null);

  return (
    <DetailPage
      backHref="#/beneficiaries"
      backLabel={t('beneficiaries.back')}
      data={loaded.data}
      loading={loaded.loading}
      error={actionError ?? loaded.error}
      onDismissError={actionError ? () => setActionError(null) : undefined}
    >
      {(person) => (
        <>
          <PageHeader
            focusOnMount
            title={
              <DetailTitle reference={person.reference} testId="beneficiary-reference">
                {person.minor ? <Badge tone="info">{t('beneficiaries.minorBadge')}</Badge> : null}
                {person.anonymisedAt ? <Badge tone="muted">{t('beneficiaries.anonymised')}</Badge> : null}
              </DetailTitle>
            }
            subtitle={<span data-testid="beneficiary-name">{personName(person) ?? t('beneficiaries.noName')}</span>}
            actions={
              canCoordinate && !person.masked ? (
                <BeneficiaryActions
                  person={person}
                  onEdit={() => setEditing(true)}
                  onChanged={loaded.reload}
                  onError={setActionError}
                />
              ) : null
            }
          />
          {person.anonymisedAt ? (
            <div className="banner banner-info" role="status">
              <p>{t('beneficiaries.anonymisedNotice', { date: format.dateTime(person.anonymisedAt) })}</p>
            </div>
          ) : null}
          {person.masked && !person.anonymisedAt ? (
            <div className="banner banner-info" role="note">
              <p>{t('beneficiaries.maskedNotice')}</p>
            </div>
          ) : null}
          <BeneficiaryFacts person={person} />
          <BeneficiaryHandovers beneficiaryId={person.id} />
          {editing ? (
            <BeneficiaryDialog
              beneficiary={person}
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
