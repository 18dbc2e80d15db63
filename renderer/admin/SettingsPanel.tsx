import { useEffect, useState } from 'react';
import type { ApiError } from '../../shared/errors';
import { parseWholeNumber, valueOrNull } from '../../shared/format';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { TextField } from '../components/Field';
import { isFieldInError } from '../components/fieldError';
import { useToast } from '../components/Toasts';
import { useApiMutation, useApiQuery } from '../api/queries';
import { maxLengthOf } from '../forms/limits';
import { useT } from '../i18n/useT';
import { DropFolderSettings } from '../imports';

/** How new asset tags are written (`RB-000123`); the organisation's identity has its own panel. */
export function SettingsPanel() {
  const t = useT();
  const toast = useToast();
  const settings = useApiQuery('settings.get', {});
  const [prefix, setPrefix] = useState('');
  const [digits, setDigits] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  // The answer is the settings as saved: it replaces the cached read (the shell shows them too).
  const update = useApiMutation('settings.update', {
    updates: (cache, saved) => cache.set('settings.get', {}, () => saved),
  });

  useEffect(() => {
    if (!settings.data) return;
    setPrefix(settings.data.assetTagPrefix);
    setDigits(String(settings.data.assetTagDigits));
  }, [settings.data]);

  const digitCount = valueOrNull(parseWholeNumber(digits));
  const example =
    digitCount !== null && digitCount >= 1 && digitCount <= 10
      ? `${prefix.toUpperCase()}-${'1'.padStart(digitCount, '0')}`
      : null;

  const save = async () => {
    const result = await update.run({ assetTagPrefix: prefix, assetTagDigits: digitCount ?? Number.NaN });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    toast(t('settings.saved'));
  };

  return (
    <section className="panel" aria-labelledby="settings-title">
      <div className="panel-header">
        <h2 id="settings-title">{t('admin.tab.settings')}</h2>
      </div>
      <form
        className="panel-body form-grid settings-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="form-grid two">
          <TextField
            label={t('settings.prefix')}
            hint={t('settings.prefixHint')}
            value={prefix}
            onChange={(event) => setPrefix(event.target.value.toUpperCase())}
            invalid={isFieldInError(error, 'assetTagPrefix')}
            maxLength={maxLengthOf('settings.update', 'assetTagPrefix')}
            className="mono"
          />
          <TextField
            label={t('settings.digits')}
            hint={t('settings.digitsHint')}
            type="number"
            min={4}
            max={10}
            value={digits}
            onChange={(event) => setDigits(event.target.value)}
            invalid={isFieldInError(error, 'assetTagDigits')}
          />
        </div>
        {example ? (
          <p className="settings-example">
            {t('settings.example', { example })} <span className="muted">{t('settings.exampleNote')}</span>
          </p>
        ) : null}
        <ErrorBanner error={error ?? settings.error} onDismiss={() => setError(null)} />
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={update.busy} disabled={!settings.data}>
            {t('ui.save')}
          </Button>
        </div>
      </form>
      <DropFolderSettings />
    </section>
  );
}
