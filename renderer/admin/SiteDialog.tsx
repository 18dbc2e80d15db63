import { useState } from 'react';
import type { Site } from '../../shared/contract/admin';
import type { ApiError } from '../../shared/errors';
import { useApi } from '../api/useApi';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { ErrorBanner } from '../components/ErrorBanner';
import { Checkbox, TextField } from '../components/Field';
import { blankFieldError, isFieldInError } from '../components/fieldError';
import { useT } from '../i18n/useT';

/** Creates a site (`site` null) or edits one: name, address, active. */
export function SiteDialog({ site, onClose, onSaved }: { site: Site | null; onClose: () => void; onSaved: (site: Site) => void }) {
  const t = useT();
  const call = useApi();
  const [name, setName] = useState(site?.name ?? '');
  const [address, setAddress] = useState(site?.address ?? '');
  const [active, setActive] = useState(site?.active ?? true);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const blank = blankFieldError(t, [{ path: 'name', value: name, label: t('sites.name') }]);
    if (blank) {
      setError(blank);
      return;
    }
    setBusy(true);
    const result = site
      ? await call('sites.update', { id: site.id, name, address, active })
      : await call('sites.create', { name, address });
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setError(result.error);
  };

  return (
    <Dialog
      open
      title={site ? t('sites.editTitle', { name: site.name }) : t('sites.createTitle')}
      onClose={onClose}
      onSubmit={() => void save()}
      footer={
        <>
          <Button onClick={onClose}>{t('ui.cancel')}</Button>
          <Button type="submit" variant="primary" busy={busy}>
            {site ? t('ui.save') : t('ui.create')}
          </Button>
        </>
      }
    >
      <TextField label={t('sites.name')} value={name} onChange={(event) => setName(event.target.value)} invalid={isFieldInError(error, 'name')} maxLength={120} />
      <TextField label={t('sites.address')} optional value={address} onChange={(event) => setAddress(event.target.value)} invalid={isFieldInError(error, 'address')} maxLength={300} />
      {site ? <Checkbox label={t('sites.activeLabel')} checked={active} onChange={setActive} /> : null}
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
    </Dialog>
  );
}
