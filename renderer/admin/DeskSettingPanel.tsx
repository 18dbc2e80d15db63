import { useEffect, useState } from 'react';
import type { PresentedHub } from '../../shared/contract/desk-setting';
import { groupFingerprint } from '../../shared/format/fingerprint';
import type { ApiError } from '../../shared/errors';
import { useApiMutation, useApiQuery } from '../api/queries';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { Checkbox, SelectField, TextField } from '../components/Field';
import { isFieldInError } from '../components/fieldError';
import { Panel } from '../components/Panel';
import { useToast } from '../components/Toasts';
import { useT } from '../i18n/useT';

type Mode = 'local' | 'hub';
const DEFAULT_LISTEN = '0.0.0.0:8443';

/**
 * Administration › Ce poste (desktop app only): this computer's own store or a desk of a hub, whose certificate
 * fingerprint is read, compared with the hub's screen and confirmed before saving; and whether the app is the
 * site's hub. Taken at Rebond's next start.
 */
export function DeskSettingPanel() {
  const t = useT();
  const toast = useToast();
  const current = useApiQuery('deskSetting.get', {});
  const probe = useApiMutation('deskSetting.probeHub');
  const save = useApiMutation('deskSetting.save');
  const [mode, setMode] = useState<Mode>('local');
  const [address, setAddress] = useState('');
  const [presented, setPresented] = useState<PresentedHub | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [actAsHub, setActAsHub] = useState(false);
  const [listen, setListen] = useState(DEFAULT_LISTEN);
  const [error, setError] = useState<ApiError | null>(null);

  const setting = current.data?.setting;
  useEffect(() => {
    if (!setting) return;
    setMode(setting.connection.kind);
    if (setting.connection.kind === 'hub') setAddress(setting.connection.origin);
    setActAsHub(setting.actAsHub !== null);
    setListen(setting.actAsHub?.listen ?? DEFAULT_LISTEN);
  }, [setting]);

  const readFingerprint = async () => {
    setPresented(null);
    setConfirmed(false);
    const result = await probe.run({ hubAddress: address });
    setError(result.ok ? null : result.error);
    if (result.ok) setPresented(result.value);
  };

  const submit = async () => {
    const hub =
      mode === 'hub' && presented && confirmed ? { hubAddress: address, fingerprint: presented.fingerprint } : null;
    const result = await save.run({ hub, actAsHub: actAsHub ? listen : null });
    setError(result.ok ? null : result.error);
    if (result.ok) toast(t('deskSetting.saved'));
  };

  const canSave = mode === 'local' || (presented !== null && confirmed);
  return (
    <Panel title={t('deskSetting.title')} bodyClassName="form-grid">
      <p className="muted" data-testid="desk-setting-now">
        {setting?.connection.kind === 'hub'
          ? t('deskSetting.nowHub', { origin: setting.connection.origin })
          : t('deskSetting.nowLocal')}
        {setting?.actAsHub ? ` ${t('deskSetting.nowActAsHub', { listen: setting.actAsHub.listen })}` : ''}
      </p>
      <form
        className="form-grid"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (canSave) void submit();
        }}
      >
        <SelectField<Mode>
          label={t('deskSetting.mode')}
          value={mode}
          options={[
            { value: 'local', label: t('deskSetting.modeLocal') },
            { value: 'hub', label: t('deskSetting.modeHub') },
          ]}
          onChange={(value) => {
            setMode(value);
            setPresented(null);
            setConfirmed(false);
          }}
        />
        {mode === 'hub' ? (
          <>
            <div className="form-row">
              <TextField
                label={t('field.hubAddress')}
                hint={t('deskSetting.addressHint')}
                value={address}
                maxLength={300}
                spellCheck={false}
                invalid={isFieldInError(error, 'hubAddress')}
                onChange={(event) => {
                  setAddress(event.target.value);
                  setPresented(null);
                  setConfirmed(false);
                }}
              />
              <Button onClick={() => void readFingerprint()} busy={probe.busy}>
                {t('deskSetting.readFingerprint')}
              </Button>
            </div>
            {presented ? (
              <div className="hub-fingerprint">
                <p>{t('deskSetting.presented', { origin: presented.origin })}</p>
                <p className="fingerprint" data-testid="presented-fingerprint">
                  {groupFingerprint(presented.fingerprint)}
                </p>
                <Checkbox label={t('deskSetting.confirm')} checked={confirmed} onChange={setConfirmed} />
              </div>
            ) : null}
          </>
        ) : null}
        <Checkbox label={t('deskSetting.actAsHub')} checked={actAsHub} onChange={setActAsHub} />
        {actAsHub ? (
          <TextField
            label={t('field.actAsHub')}
            hint={t('deskSetting.listenHint')}
            value={listen}
            maxLength={60}
            spellCheck={false}
            invalid={isFieldInError(error, 'actAsHub')}
            onChange={(event) => setListen(event.target.value)}
          />
        ) : null}
        <ErrorBanner error={error ?? current.error} onDismiss={() => setError(null)} />
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={save.busy} disabled={!canSave}>
            {t('deskSetting.save')}
          </Button>
        </div>
      </form>
    </Panel>
  );
}
