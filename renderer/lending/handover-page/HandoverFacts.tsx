import type { HandoverDetail } from '../../../shared/contract/lending-types';
import { useFormat } from '../../components/format';
import { useT } from '../../i18n/useT';
import { Fact, Masked } from '../shared/Fact';
import { Panel } from '../../components/Panel';

/** Who received the handover, through whom, on which programme and terms, as frozen at the counter. */
export function HandoverFacts({ handover }: { handover: HandoverDetail }) {
  const t = useT();
  const format = useFormat();
  const { terms } = handover;
  const recipient = terms.recipient;
  return (
    <Panel title={t('handoverPage.terms')} testId="handover-facts">
      <dl className="lending-facts">
        <Fact label={t('handoverPage.recipient')} testId="handover-recipient-fact">
          {recipient.type === 'beneficiary' && !terms.anonymised ? (
            <a href={`#/beneficiaries/${recipient.beneficiaryId}`}>{handover.recipientLabel}</a>
          ) : (
            handover.recipientLabel
          )}
        </Fact>
        {recipient.type === 'beneficiary' && recipient.minor ? (
          <Fact
            label={t(
              recipient.guardianRole === 'care_referent' ? 'handoverPage.careReferent' : 'handoverPage.guardian',
            )}
          >
            {recipient.guardianName}
          </Fact>
        ) : null}
        {recipient.type === 'partner' ? <Fact label={t('handoverPage.contact')}>{recipient.contactName}</Fact> : null}
        <Fact label={t('handoverPage.address')}>{handover.masked ? <Masked /> : recipient.address}</Fact>
        <Fact label={t('field.referringPartnerId')}>
          {terms.referringPartner.referentName
            ? `${terms.referringPartner.name} · ${terms.referringPartner.referentName}`
            : terms.referringPartner.name}
        </Fact>
        <Fact label={t('field.programmeId')}>
          {terms.programme.funder ? `${terms.programme.name} (${terms.programme.funder})` : terms.programme.name}
        </Fact>
        <Fact label={t('field.kind')} testId="handover-kind-fact">
          {t(`handoverKind.${handover.kind}`)}
        </Fact>
        <Fact label={t('field.handedOn')}>{format.day(handover.handedOn)}</Fact>
        {handover.kind === 'loan' ? (
          <Fact label={t('field.dueOn')} testId="handover-due-fact">
            {handover.dueOn ? format.day(handover.dueOn) : null}
          </Fact>
        ) : null}
        <Fact label={t('handoverPage.accessories')}>{terms.accessories.join(', ')}</Fact>
        <Fact label={t('field.notes')}>{handover.notes}</Fact>
        <Fact label={t('handoverPage.recordedBy')}>
          {t('handoverPage.recordedByValue', {
            operator: handover.createdBy.name,
            date: format.dateTime(handover.createdAt),
          })}
        </Fact>
      </dl>
    </Panel>
  );
}
