import { useState } from 'react';
import type { Partner } from '../../../shared/contract/lending-types';
import type { PartnerKind } from '../../../shared/domain/lending';
import type { ApiError } from '../../../shared/errors';
import { useApi } from '../../api/useApi';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Checkbox, SelectField, TextAreaField, TextField } from '../../components/Field';
import { blankFieldError, isFieldInError } from '../../components/fieldError';
import { useT } from '../../i18n/useT';
import { useLendingOptions } from '../shared/options';

/** Creates a partner (`partner` null) or edits one: name, kind, address, contact person; deactivated, never deleted. */
export function PartnerDialog({ partner, onClose, onSaved }: { partner: Partner | null; onClose: () => void; onSaved: (partner: Partner) => void }) {
  const t = useT();
  const call = useApi();
  const options = useLendingOptions();
  const [name, setName] = useState(partner?.name ?? '');
  const [kind, setKind] = useState<PartnerKind>(partner?.kind ?? 'school');
  const [address, setAddress] = useState(partner?.address ?? '');
  const [contactName, setContactName] = useState(partner?.contactName ?? '');
  const [contactPhone, setContactPhone] = useState(partner?.contactPhone ?? '');
  const [contactEmail, setContactEmail] = useState(partner?.contactEmail ?? '');
  const [active, setActive] = useState(partner?.active ?? true);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const blank = blankFieldError(t, [{ path: 'name', value: name, label: t('partners.name') }]);
    if (blank) {
      setError(blank);
      return;
    }
    setBusy(true);
    const fields = { name, kind, address, contactName, contactPhone, contactEmail };
    const result = partner ? await call('partners.update', { id: partner.id, ...fields, active }) : await call('partners.create', fields);
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setError(result.error);
  };

  const invalid = (path: string) => isFieldInError(error, path);
  return (
    <Dialog
      open
      title={partner ? t('partners.editTitle', { name: partner.name }) : t('partners.createTitle')}
      onClose={onClose}
      onSubmit={() => void save()}
      footer={
        <>
          <Button onClick={onClose}>{t('ui.cancel')}</Button>
          <Button type="submit" variant="primary" busy={busy}>
            {partner ? t('ui.save') : t('ui.create')}
          </Button>
        </>
      }
    >
      <div className="form-grid two">
        <TextField label={t('partners.name')} value={name} onChange={(event) => setName(event.target.value)} invalid={invalid('name')} maxLength={160} />
        <SelectField label={t('partners.kind')} options={options.partnerKinds} value={kind} onChange={setKind} invalid={invalid('kind')} />
      </div>
      <TextAreaField label={t('field.address')} optional value={address} onChange={(event) => setAddress(event.target.value)} invalid={invalid('address')} maxLength={300} rows={2} />
      <fieldset className="lending-fieldset">
        <legend>{t('partners.contact')}</legend>
        <div className="form-grid three">
          <TextField label={t('partners.contactName')} optional value={contactName} onChange={(event) => setContactName(event.target.value)} invalid={invalid('contactName')} maxLength={160} />
          <TextField label={t('field.contactPhone')} optional type="tel" value={contactPhone} onChange={(event) => setContactPhone(event.target.value)} invalid={invalid('contactPhone')} maxLength={40} />
          <TextField label={t('field.contactEmail')} optional type="email" value={contactEmail} onChange={(event) => setContactEmail(event.target.value)} invalid={invalid('contactEmail')} maxLength={200} />
        </div>
      </fieldset>
      {partner ? <Checkbox label={t('partners.activeLabel')} checked={active} onChange={setActive} /> : null}
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
    </Dialog>
  );
}
