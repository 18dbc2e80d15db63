import { useEffect, useRef } from 'react';
import type { Site } from '../../../shared/contract/admin';
import type { Batch, Donor } from '../../../shared/contract/intake';
import { DONOR_KINDS, type DonorKind } from '../../../shared/domain/values';
import { useApiMutation } from '../../api/queries';
import { TextField } from '../../components/Field';
import { localProblem } from '../../components/fieldError';
import { maxLengthOf } from '../../forms/limits';
import { useContractForm } from '../../forms/useContractForm';
import { useT } from '../../i18n/useT';
import { todayIsoDate } from '../components/dates';
import { parseWholeNumber } from '../../../shared/format';
import { FormSelect } from '../../forms/FormFields';
import { DeskForm } from '../components/DeskForm';

const NEW_DONOR = 'new';

interface BatchValues {
  donorChoice: string;
  donorName: string;
  donorKind: DonorKind;
  receivedOn: string;
  expectedCount: string;
  siteId: string;
}

/** A batch in one form: an existing donor or a new one typed on the spot, the date, how many devices are expected. */
export function NewBatchForm({
  donors,
  sites,
  autoFocus,
  onCreated,
}: {
  donors: Donor[];
  sites: Site[];
  autoFocus: boolean;
  onCreated: (batch: Batch) => void;
}) {
  const t = useT();
  const createDonor = useApiMutation('donors.create');
  const createBatch = useApiMutation('batches.create');
  const {
    form,
    field,
    submit: handle,
    problem,
    invalid,
  } = useContractForm<'batches.create', BatchValues>('batches.create', {
    donorChoice: donors[0] ? String(donors[0].id) : NEW_DONOR,
    donorName: '',
    donorKind: 'company',
    receivedOn: todayIsoDate(),
    expectedCount: '',
    siteId: sites[0] ? String(sites[0].id) : '',
  });
  const donorChoice = form.watch('donorChoice');
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (autoFocus) formRef.current?.querySelector<HTMLElement>('select, input')?.focus();
  }, [autoFocus]);

  const submit = handle(async (values) => {
    const expectedCount = parseWholeNumber(values.expectedCount);
    if (!expectedCount.ok || expectedCount.value === 0)
      return localProblem(t('intake.expectedInvalid'), 'expectedCount');
    if (values.siteId === '') return localProblem(t('intake.noSite'), 'siteId');
    let donorId = Number(values.donorChoice);
    if (values.donorChoice === NEW_DONOR) {
      const donor = await createDonor.run({ name: values.donorName, kind: values.donorKind });
      if (!donor.ok) return donor;
      donorId = donor.value.id;
      form.setValue('donorChoice', String(donorId));
    }
    const batch = await createBatch.run({
      donorId,
      siteId: Number(values.siteId),
      receivedOn: values.receivedOn,
      expectedCount: expectedCount.value,
    });
    if (batch.ok) onCreated(batch.value);
    return batch;
  });

  const donorOptions = [
    ...donors.map((donor) => ({ value: String(donor.id), label: donor.name })),
    { value: NEW_DONOR, label: t('intake.newDonorOption') },
  ];
  return (
    <DeskForm
      title={t('intake.newBatch')}
      onSubmit={submit}
      problem={problem}
      submitLabel={t('intake.createBatch')}
      busy={createDonor.busy || createBatch.busy}
      testId="intake-new-batch"
      ref={formRef}
    >
      <FormSelect
        control={form.control}
        name="donorChoice"
        label={t('field.donorId')}
        options={donorOptions}
        invalid={invalid('donorId')}
      />
      {donorChoice === NEW_DONOR && (
        <div className="desk-row">
          <TextField
            label={t('intake.newDonorName')}
            {...form.register('donorName')}
            maxLength={maxLengthOf('donors.create', 'name')}
            invalid={invalid('name')}
            autoComplete="off"
          />
          <FormSelect
            control={form.control}
            name="donorKind"
            label={t('intake.donorKind')}
            options={DONOR_KINDS.map((option) => ({ value: option, label: t(`donorKind.${option}`) }))}
          />
        </div>
      )}
      <div className="desk-row">
        <TextField
          label={t('field.receivedOn')}
          type="date"
          max={todayIsoDate()}
          {...field('receivedOn', t('field.receivedOn'))}
        />
        <TextField
          label={t('field.expectedCount')}
          optional
          hint={t('intake.expectedHint')}
          inputMode="numeric"
          autoComplete="off"
          {...field('expectedCount', t('field.expectedCount'))}
        />
      </div>
      {sites.length > 1 && (
        <FormSelect
          control={form.control}
          name="siteId"
          label={t('field.siteId')}
          options={sites.map((option) => ({ value: String(option.id), label: option.name }))}
          invalid={invalid('siteId')}
        />
      )}
    </DeskForm>
  );
}
