import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Site } from '../../../shared/contract/admin';
import type { Batch, Donor } from '../../../shared/contract/intake';
import type { ApiError } from '../../../shared/errors';
import { DONOR_KINDS, type DonorKind } from '../../../shared/domain/values';
import { useApi } from '../../api/useApi';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField, TextField } from '../../components/Field';
import { isFieldInError, localProblem } from '../../components/fieldError';
import { useT } from '../../i18n/useT';
import { todayIsoDate } from '../components/dates';
import { parseWholeNumber } from '../../../shared/format';

const NEW_DONOR = 'new';

/** A batch in one form: an existing donor or a new one typed on the spot, the date, how many devices are expected. */
export function NewBatchForm({ donors, sites, autoFocus, onCreated }: { donors: Donor[]; sites: Site[]; autoFocus: boolean; onCreated: (batch: Batch) => void }) {
  const t = useT();
  const call = useApi();
  const [donorChoice, setDonorChoice] = useState<string>(donors[0] ? String(donors[0].id) : NEW_DONOR);
  const [donorName, setDonorName] = useState('');
  const [donorKind, setDonorKind] = useState<DonorKind>('company');
  const [receivedOn, setReceivedOn] = useState(todayIsoDate);
  const [expected, setExpected] = useState('');
  const [siteId, setSiteId] = useState<string>(sites[0] ? String(sites[0].id) : '');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (autoFocus) formRef.current?.querySelector<HTMLElement>('select, input')?.focus();
  }, [autoFocus]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const expectedCount = parseWholeNumber(expected);
    if (!expectedCount.ok || expectedCount.value === 0) return setError(localProblem(t('intake.expectedInvalid'), 'expectedCount'));
    if (siteId === '') return setError(localProblem(t('intake.noSite'), 'siteId'));
    setBusy(true);
    let donorId = Number(donorChoice);
    if (donorChoice === NEW_DONOR) {
      const donor = await call('donors.create', { name: donorName, kind: donorKind });
      if (!donor.ok) {
        setBusy(false);
        return setError(donor.error);
      }
      donorId = donor.value.id;
      setDonorChoice(String(donorId));
    }
    const batch = await call('batches.create', { donorId, siteId: Number(siteId), receivedOn, expectedCount: expectedCount.value });
    setBusy(false);
    if (!batch.ok) setError(batch.error);
    else onCreated(batch.value);
  };

  const donorOptions = [...donors.map((donor) => ({ value: String(donor.id), label: donor.name })), { value: NEW_DONOR, label: t('intake.newDonorOption') }];
  return (
    <form ref={formRef} className="panel desk-panel desk-form" onSubmit={(event) => void submit(event)} data-testid="intake-new-batch">
      <h2>{t('intake.newBatch')}</h2>
      <SelectField label={t('field.donorId')} value={donorChoice} options={donorOptions} onChange={setDonorChoice} invalid={isFieldInError(error, 'donorId')} />
      {donorChoice === NEW_DONOR && (
        <div className="desk-row">
          <TextField label={t('intake.newDonorName')} value={donorName} onChange={(e) => setDonorName(e.target.value)} invalid={isFieldInError(error, 'name')} autoComplete="off" />
          <SelectField<DonorKind>
            label={t('intake.donorKind')}
            value={donorKind}
            onChange={setDonorKind}
            options={DONOR_KINDS.map((kind) => ({ value: kind, label: t(`donorKind.${kind}`) }))}
          />
        </div>
      )}
      <div className="desk-row">
        <TextField label={t('field.receivedOn')} type="date" max={todayIsoDate()} value={receivedOn} onChange={(e) => setReceivedOn(e.target.value)} invalid={isFieldInError(error, 'receivedOn')} />
        <TextField
          label={t('field.expectedCount')}
          optional
          hint={t('intake.expectedHint')}
          inputMode="numeric"
          value={expected}
          onChange={(e) => setExpected(e.target.value)}
          invalid={isFieldInError(error, 'expectedCount')}
          autoComplete="off"
        />
      </div>
      {sites.length > 1 && (
        <SelectField
          label={t('field.siteId')}
          value={siteId}
          onChange={setSiteId}
          options={sites.map((site) => ({ value: String(site.id), label: site.name }))}
          invalid={isFieldInError(error, 'siteId')}
        />
      )}
      <ErrorBanner error={error} />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy} shortcut={t('ui.enterKey')}>
          {t('intake.createBatch')}
        </Button>
      </div>
    </form>
  );
}
