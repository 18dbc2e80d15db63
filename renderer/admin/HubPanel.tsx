import { maxLengthOf } from '../forms/limits';
import { useState } from 'react';
import type { ApiError } from '../../shared/errors';
import { useApiMutation, useApiQuery } from '../api/queries';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { SelectField, TextField } from '../components/Field';
import { useFormat } from '../components/format';
import { useToast } from '../components/Toasts';
import { useT } from '../i18n/useT';
import { Panel } from '../components/Panel';
import { useHubIdentity } from '../api/hub-identity';
import { groupFingerprint } from '../../shared/format/fingerprint';

/** The hub's desks (revocable at once), its wiping stations' tokens, and operators' passwords for the desks. */
export function HubPanel() {
  const t = useT();
  const format = useFormat();
  const toast = useToast();
  const desks = useApiQuery('desks.list', {});
  const stations = useApiQuery('stations.list', {});
  const operators = useApiQuery('operators.list', {});
  const revokeDesk = useApiMutation('desks.revoke');
  const createStation = useApiMutation('stations.create');
  const revokeStation = useApiMutation('stations.revoke');
  const setPassword = useApiMutation('passwords.set', { invalidates: ['operators'] });
  const [error, setError] = useState<ApiError | null>(null);
  const [stationName, setStationName] = useState('');
  const [token, setToken] = useState<{ name: string; token: string } | null>(null);
  const [operatorId, setOperatorId] = useState('');
  const [password, setPasswordText] = useState('');
  const identity = useHubIdentity();
  const active = (desks.data ?? []).filter((desk) => desk.revokedAt === null).length;

  const answer = (result: { ok: boolean; error?: ApiError }) => {
    setError(result.ok ? null : (result.error ?? null));
    return result.ok;
  };

  return (
    <Panel
      title={t('hubAdmin.desks')}
      bodyClassName="form-grid"
      actions={<span className="muted">{t('hubAdmin.deskCount', { count: active })}</span>}
    >
      {identity ? (
        <div className="hub-fingerprint">
          <h3>{t('hubAdmin.fingerprint')}</h3>
          <p className="fingerprint" data-testid="hub-fingerprint">
            {groupFingerprint(identity.fingerprint)}
          </p>
          <p className="muted">{t('hubAdmin.fingerprintHint')}</p>
        </div>
      ) : null}
      {desks.data && desks.data.length === 0 ? <p className="muted">{t('hubAdmin.none')}</p> : null}
      <ul className="hub-list" data-testid="hub-desks">
        {(desks.data ?? []).map((desk) => (
          <li key={desk.id}>
            <strong>{desk.name}</strong>{' '}
            <span className="muted">
              {desk.revokedAt
                ? t('hubAdmin.revokedAt', { at: format.dateTime(desk.revokedAt) })
                : t('hubAdmin.pairedAt', { at: format.dateTime(desk.pairedAt) })}
            </span>{' '}
            {desk.revokedAt ? null : (
              <Button
                size="small"
                variant="danger"
                onClick={() => void revokeDesk.run({ deskId: desk.id }).then(answer)}
              >
                {t('hubAdmin.revoke')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <h3>{t('hubAdmin.stations')}</h3>
      {stations.data && stations.data.length === 0 ? <p className="muted">{t('hubAdmin.noStations')}</p> : null}
      <ul className="hub-list">
        {(stations.data ?? []).map((station) => (
          <li key={station.id}>
            <strong>{station.name}</strong>{' '}
            <span className="muted">
              {station.revokedAt ? t('hubAdmin.revokedAt', { at: format.dateTime(station.revokedAt) }) : null}
            </span>{' '}
            {station.revokedAt ? null : (
              <Button
                size="small"
                variant="danger"
                onClick={() => void revokeStation.run({ stationId: station.id }).then(answer)}
              >
                {t('hubAdmin.revoke')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <form
        className="form-row"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void createStation.run({ name: stationName }).then((result) => {
            if (answer(result) && result.ok) {
              setToken({ name: result.value.name, token: result.value.token });
              setStationName('');
            }
          });
        }}
      >
        <TextField
          label={t('hubAdmin.stationName')}
          value={stationName}
          maxLength={maxLengthOf('stations.create', 'name')}
          onChange={(event) => setStationName(event.target.value)}
        />
        <Button type="submit" busy={createStation.busy}>
          {t('hubAdmin.createStation')}
        </Button>
      </form>
      {token ? (
        <p className="hub-token" data-testid="station-token">
          {t('hubAdmin.token', { name: token.name, token: token.token })}
        </p>
      ) : null}
      <h3>{t('hubAdmin.passwords')}</h3>
      <form
        className="form-row"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const chosen = (operators.data ?? []).find((operator) => String(operator.id) === operatorId);
          if (!chosen) return;
          void setPassword.run({ operatorId: chosen.id, password }).then((result) => {
            if (answer(result)) {
              setPasswordText('');
              toast(t('hubAdmin.passwordSet', { name: chosen.name }));
            }
          });
        }}
      >
        <SelectField
          label={t('hubAdmin.operator')}
          value={operatorId}
          options={[
            { value: '', label: '—' },
            ...(operators.data ?? []).map((operator) => ({ value: String(operator.id), label: operator.name })),
          ]}
          onChange={setOperatorId}
        />
        <TextField
          label={t('hubAdmin.newPassword')}
          type="password"
          autoComplete="new-password"
          value={password}
          maxLength={maxLengthOf('passwords.set', 'password')}
          onChange={(event) => setPasswordText(event.target.value)}
        />
        <Button type="submit" busy={setPassword.busy}>
          {t('hubAdmin.setPassword')}
        </Button>
      </form>
      <ErrorBanner error={error ?? desks.error ?? stations.error} onDismiss={() => setError(null)} />
    </Panel>
  );
}
