import { useEffect, useRef, useState } from 'react';
import type { OrganisationIdentity } from '../../shared/contract/documents';
import type { ApiError } from '../../shared/errors';
import { useSession } from '../app/session';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { TextAreaField, TextField } from '../components/Field';
import { isFieldInError } from '../components/fieldError';
import { useToast } from '../components/Toasts';
import { useApiMutation, useApiQuery } from '../api/queries';
import { logoDataUrl } from '../documents/logo';
import { useT } from '../i18n/useT';
import { maxLengthOf } from '../forms/limits';
import { TimeZoneField } from './TimeZoneField';
import { Panel } from '../components/Panel';

const EMPTY: OrganisationIdentity = {
  name: null,
  address: null,
  registration: null,
  phone: null,
  email: null,
  signatoryName: null,
  signatoryTitle: null,
  dpoContact: null,
  logo: null,
  timeZone: null,
};

type TextKey = Exclude<keyof OrganisationIdentity, 'logo' | 'address' | 'timeZone'>;

/** Who issues the documents: printed at the top of every certificate, agreement and receipt. */
export function OrganisationPanel() {
  const t = useT();
  const toast = useToast();
  const session = useSession();
  const loaded = useApiQuery('organisation.get', {});
  const [identity, setIdentity] = useState<OrganisationIdentity>(EMPTY);
  const [error, setError] = useState<ApiError | null>(null);
  // The identity as saved replaces the cached read; the shell shows the organisation's name from `settings.get`.
  const update = useApiMutation('organisation.update', {
    invalidates: ['settings'],
    updates: (cache, saved) => cache.set('organisation.get', {}, () => saved),
  });
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (loaded.data) setIdentity(loaded.data);
  }, [loaded.data]);

  const set = (key: keyof OrganisationIdentity, value: string | null) =>
    setIdentity((current) => ({ ...current, [key]: value }));

  const pickLogo = async (file: File | undefined) => {
    if (!file) return;
    try {
      set('logo', await logoDataUrl(file));
    } catch {
      setError({ code: 'logo_unreadable', message: t('error.logo_unreadable'), field: 'logo' });
    }
  };

  const save = async () => {
    const result = await update.run(identity);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    toast(t('organisation.saved'));
    // Every screen shows instants in the organisation's zone: they read it from the session.
    void session.refresh();
  };

  const text = (key: TextKey) => (
    <TextField
      key={key}
      label={t(`organisation.${key}`)}
      optional
      value={identity[key] ?? ''}
      onChange={(event) => set(key, event.target.value)}
      invalid={isFieldInError(error, key)}
      maxLength={maxLengthOf('organisation.update', key)}
    />
  );

  return (
    <Panel title={t('admin.tab.organisation')} bodyClassName="form-grid settings-form" onSubmit={() => void save()}>
      <p className="muted">{t('organisation.intro')}</p>
      {text('name')}
      <TextAreaField
        label={t('organisation.address')}
        optional
        rows={3}
        value={identity.address ?? ''}
        onChange={(event) => set('address', event.target.value)}
        invalid={isFieldInError(error, 'address')}
        maxLength={maxLengthOf('organisation.update', 'address')}
      />
      {text('registration')}
      <div className="form-grid two">
        {text('phone')}
        {text('email')}
      </div>
      <div className="form-grid two">
        {text('signatoryName')}
        {text('signatoryTitle')}
      </div>
      {text('dpoContact')}
      <TimeZoneField
        value={identity.timeZone}
        onChange={(zone) => set('timeZone', zone)}
        invalid={isFieldInError(error, 'timeZone')}
      />
      <div className={`field organisation-logo${isFieldInError(error, 'logo') ? ' is-invalid' : ''}`}>
        <span className="field-label">
          {t('organisation.logo')} <span className="field-optional">({t('ui.optional')})</span>
        </span>
        <div className="organisation-logo-row">
          {identity.logo ? (
            <img src={identity.logo} alt={t('organisation.logoPreview')} />
          ) : (
            <span className="muted">{t('organisation.noLogo')}</span>
          )}
          <Button onClick={() => fileInput.current?.click()}>{t('organisation.chooseLogo')}</Button>
          <input
            ref={fileInput}
            type="file"
            accept="image/png,image/jpeg"
            hidden
            onChange={(event) => {
              void pickLogo(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
          {identity.logo ? (
            <Button variant="ghost" onClick={() => set('logo', null)}>
              {t('organisation.removeLogo')}
            </Button>
          ) : null}
        </div>
        <p className="field-hint">{t('organisation.logoHint')}</p>
      </div>
      <ErrorBanner error={error ?? loaded.error} onDismiss={() => setError(null)} />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={update.busy} disabled={!loaded.data}>
          {t('ui.save')}
        </Button>
      </div>
    </Panel>
  );
}
