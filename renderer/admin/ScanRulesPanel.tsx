import { useEffect, useState } from 'react';
import { SERIAL_EXTRA_CHARACTER_CHOICES } from '../../shared/domain/scan-rules';
import type { ApiError } from '../../shared/errors';
import { useApiMutation, useApiQuery } from '../api/queries';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { TextField } from '../components/Field';
import { isFieldInError } from '../components/fieldError';
import { useToast } from '../components/Toasts';
import { useT } from '../i18n/useT';
import { Panel } from '../components/Panel';

/** What a serial scan may hold at this site: its length, and the characters allowed besides letters and digits. */
export function ScanRulesPanel() {
  const t = useT();
  const toast = useToast();
  const rules = useApiQuery('scanRules.get', {});
  // Saved rules make every `scanRules.*` read stale: the intake desk and the device page ask again.
  const update = useApiMutation('scanRules.update');
  const [min, setMin] = useState('');
  const [max, setMax] = useState('');
  const [extra, setExtra] = useState('');
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    if (!rules.data) return;
    setMin(String(rules.data.serialMinLength));
    setMax(String(rules.data.serialMaxLength));
    setExtra(rules.data.serialExtraCharacters);
  }, [rules.data]);

  const save = async () => {
    const result = await update.run({
      serialMinLength: Number(min),
      serialMaxLength: Number(max),
      serialExtraCharacters: extra.replace(/\s+/g, ''),
    });
    if (!result.ok) return setError(result.error);
    setError(null);
    toast(t('scanRules.saved'));
  };

  return (
    <Panel title={t('scanRules.title')} bodyClassName="form-grid" onSubmit={() => void save()}>
      <p className="muted">{t('scanRules.hint')}</p>
      <div className="form-grid three">
        <TextField
          label={t('scanRules.min')}
          type="number"
          min={1}
          max={80}
          value={min}
          onChange={(event) => setMin(event.target.value)}
          invalid={isFieldInError(error, 'serialMinLength')}
        />
        <TextField
          label={t('scanRules.max')}
          type="number"
          min={1}
          max={80}
          value={max}
          onChange={(event) => setMax(event.target.value)}
          invalid={isFieldInError(error, 'serialMaxLength')}
        />
        <TextField
          label={t('scanRules.extra')}
          hint={t('scanRules.extraHint')}
          value={extra}
          maxLength={SERIAL_EXTRA_CHARACTER_CHOICES.length * 2}
          onChange={(event) => setExtra(event.target.value)}
          invalid={isFieldInError(error, 'serialExtraCharacters')}
          className="mono"
        />
      </div>
      <ErrorBanner error={error ?? rules.error} onDismiss={() => setError(null)} />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={update.busy} disabled={!rules.data}>
          {t('ui.save')}
        </Button>
      </div>
    </Panel>
  );
}
