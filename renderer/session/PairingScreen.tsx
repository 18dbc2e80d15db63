import { DESK_NAME_MAX, PAIRING_CODE_MAX } from '../../shared/domain/pairing';
import { useState } from 'react';
import { HTTP } from '../../shared/contract/client';
import type { ApiError, ApiResult } from '../../shared/errors';
import { isLang, type Lang } from '../../shared/i18n';
import { useHubIdentity } from '../api/hub-identity';
import { transportFailure } from '../api/reachability';
import { groupFingerprint } from '../../shared/format/fingerprint';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { TextField } from '../components/Field';
import { isFieldInError } from '../components/fieldError';
import { LangContext, useT } from '../i18n/useT';
import './session.css';

/** The browser's own language when Rebond speaks it: the pairing page comes before any session has one. */
export function browserLang(): Lang {
  const lang = navigator.language.slice(0, 2);
  return isLang(lang) ? lang : 'fr';
}

/**
 * What an unpaired browser gets from a hub: the code shown on the hub, once, and a name for this desk. The hub
 * answers with the desk's credential in a cookie the page never sees; the page then starts again as a desk.
 */
export function PairingScreen() {
  return (
    <LangContext.Provider value={browserLang()}>
      <PairingForm />
    </LangContext.Provider>
  );
}

function PairingForm() {
  const t = useT();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const identity = useHubIdentity();

  const submit = async () => {
    setBusy(true);
    let result: ApiResult<unknown>;
    try {
      const response = await fetch(HTTP.pairPath, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': browserLang() },
        body: JSON.stringify({ code, name }),
      });
      result = (await response.json()) as ApiResult<unknown>;
    } catch {
      result = { ok: false, error: transportFailure() };
    }
    setBusy(false);
    if (result.ok) window.location.reload();
    else setError(result.error);
  };

  return (
    <div className="welcome">
      <div className="welcome-top">
        <span className="brand brand-dark">{t('common.app')}</span>
      </div>
      <main className="welcome-card" aria-labelledby="pairing-title">
        <h1 id="pairing-title">{t('pairing.title')}</h1>
        <p className="lead">{t('pairing.intro')}</p>
        {identity ? (
          <div className="pairing-fingerprint">
            <p>{t('pairing.hubFingerprint')}</p>
            <p className="fingerprint" data-testid="hub-fingerprint">
              {groupFingerprint(identity.fingerprint)}
            </p>
            <p>{t('pairing.fingerprintCheck')}</p>
          </div>
        ) : (
          <p>{t('pairing.fingerprint')}</p>
        )}
        <form
          className="form-grid"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <TextField
            label={t('pairing.name')}
            hint={t('pairing.nameHint')}
            value={name}
            maxLength={DESK_NAME_MAX}
            onChange={(event) => setName(event.target.value)}
            invalid={isFieldInError(error, 'name')}
            aria-required="true"
          />
          <TextField
            label={t('pairing.code')}
            value={code}
            maxLength={PAIRING_CODE_MAX}
            autoComplete="off"
            spellCheck={false}
            className="input-pairing-code"
            onChange={(event) => setCode(event.target.value.toUpperCase())}
            invalid={isFieldInError(error, 'code')}
            aria-required="true"
          />
          <ErrorBanner error={error} onDismiss={() => setError(null)} />
          <div className="form-actions">
            <Button type="submit" variant="primary" size="large" busy={busy} shortcut={t('ui.enterKey')}>
              {t('pairing.submit')}
            </Button>
          </div>
        </form>
      </main>
    </div>
  );
}
