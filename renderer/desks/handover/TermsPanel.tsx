import type { RefObject } from 'react';
import type { Programme } from '../../../shared/contract/lending-types';
import { HANDOVER_KINDS, type HandoverKind } from '../../../shared/domain/lending';
import type { ApiError } from '../../../shared/errors';
import { TextField } from '../../components/Field';
import { maxLengthOf } from '../../forms/limits';
import { isFieldInError } from '../../components/fieldError';
import { useT } from '../../i18n/useT';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ShortcutLabel } from '../components/ShortcutLabel';
import type { Terms } from './draft';
import { withHandedOn, withProgramme } from './terms';
import { Panel } from '../../components/Panel';

/**
 * Step 2: the programme, and the terms it suggests (loan or donation, the due date from its loan duration), each
 * of which the counter may change for this handover.
 */
export function TermsPanel({
  programmes,
  terms,
  onTerms,
  error,
  programmeRef,
}: {
  programmes: readonly Programme[];
  terms: Terms;
  onTerms: (terms: Terms) => void;
  error: ApiError | null;
  programmeRef: RefObject<HTMLSelectElement | null>;
}) {
  const t = useT();
  const programme = programmes.find((p) => p.id === terms.programmeId);
  const invalid = (path: string) => isFieldInError(error, path);
  return (
    <Panel tone="desk" title={t('handoverDesk.stepTerms')} testId="handover-terms">
      <div className={`field${invalid('programmeId') ? ' is-invalid' : ''}`}>
        <ShortcutLabel htmlFor="handover-programme" label={t('field.programmeId')} shortcut="Alt+P" />
        <select
          id="handover-programme"
          ref={programmeRef}
          className="input"
          value={terms.programmeId ?? ''}
          onChange={(event) =>
            onTerms(
              withProgramme(
                terms,
                programmes.find((p) => String(p.id) === event.target.value),
              ),
            )
          }
        >
          <option value="">{t('handoverDesk.chooseProgramme')}</option>
          {programmes.map((p) => (
            <option key={p.id} value={p.id}>
              {p.funder ? `${p.name} (${p.funder})` : p.name}
            </option>
          ))}
        </select>
      </div>
      <ChoiceGroup<HandoverKind>
        name="handover-kind"
        legend={t('field.kind')}
        value={terms.kind}
        onChange={(kind) => onTerms({ ...terms, kind })}
        choices={HANDOVER_KINDS.map((kind) => ({ value: kind, label: t(`handoverKind.${kind}`) }))}
        testId="handover-kind"
      />
      <div className="desk-row">
        <TextField
          label={t('field.handedOn')}
          type="date"
          value={terms.handedOn}
          onChange={(e) => onTerms(withHandedOn(terms, e.target.value, programme))}
          invalid={invalid('handedOn')}
        />
        {terms.kind === 'loan' && (
          <TextField
            label={t('field.dueOn')}
            type="date"
            value={terms.dueOn}
            hint={programme?.loanDays ? t('handoverDesk.loanDays', { days: programme.loanDays }) : undefined}
            onChange={(e) => onTerms({ ...terms, dueOn: e.target.value, dueEdited: true })}
            invalid={invalid('dueOn')}
          />
        )}
      </div>
      <TextField
        label={t('field.notes')}
        optional
        maxLength={maxLengthOf('handovers.create', 'notes')}
        value={terms.notes}
        onChange={(e) => onTerms({ ...terms, notes: e.target.value })}
        autoComplete="off"
      />
    </Panel>
  );
}
