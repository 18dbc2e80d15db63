import type { RefObject } from 'react';
import { useT } from '../../i18n/useT';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { BeneficiaryPicker } from './BeneficiaryPicker';
import type { Recipient } from './draft';
import { InstitutionPicker } from './InstitutionPicker';
import { RecipientCard } from './RecipientCard';
import { Panel } from '../../components/Panel';

export type RecipientMode = 'beneficiary' | 'partner';

/** Step 1: a person (found or created) or a partner institution receiving a set. */
export function RecipientPanel({
  mode,
  onMode,
  recipient,
  onRecipient,
  searchRef,
  institutionRef,
}: {
  mode: RecipientMode;
  onMode: (mode: RecipientMode) => void;
  recipient: Recipient | null;
  onRecipient: (recipient: Recipient | null) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  institutionRef: RefObject<HTMLInputElement | null>;
}) {
  const t = useT();
  return (
    <Panel tone="desk" title={t('handoverDesk.stepRecipient')}>
      {recipient ? (
        <RecipientCard recipient={recipient} onChange={() => onRecipient(null)} />
      ) : (
        <>
          <ChoiceGroup<RecipientMode>
            name="handover-recipient-mode"
            legend={t('handoverDesk.recipientMode')}
            value={mode}
            onChange={onMode}
            choices={[
              { value: 'beneficiary', label: t('handoverDesk.modeBeneficiary'), shortcut: 'Alt+B' },
              { value: 'partner', label: t('handoverDesk.modeInstitution'), shortcut: 'Alt+I' },
            ]}
          />
          {mode === 'beneficiary' ? (
            <BeneficiaryPicker
              inputRef={searchRef}
              onChosen={(beneficiary) => onRecipient({ type: 'beneficiary', beneficiary })}
            />
          ) : (
            <InstitutionPicker
              inputRef={institutionRef}
              onChosen={(partner) => onRecipient({ type: 'partner', partner })}
            />
          )}
        </>
      )}
    </Panel>
  );
}
