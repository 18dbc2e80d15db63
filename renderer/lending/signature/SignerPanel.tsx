import { useState } from 'react';
import type { SignatureInfo } from '../../../shared/contract/agreements-types';
import type { Signer } from '../../../shared/domain/signatures';
import type { ApiError } from '../../../shared/errors';
import { useApiMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Checkbox } from '../../components/Field';
import { useFormat } from '../../components/format';
import { useT } from '../../i18n/useT';
import type { PapersSubject } from './subject';
import { SignaturePad } from './SignaturePad';

export interface SignerPanelProps {
  subject: PapersSubject;
  signer: Signer;
  title: string;
  saved: SignatureInfo | undefined;
  onSaved: () => void;
}

/** One person's signature: drawn on the pad, or noted as « will sign the paper copy »; then shown as saved. */
export function SignerPanel({ subject, signer, title, saved, onSaved }: SignerPanelProps) {
  const t = useT();
  const saveSignature = useApiMutation('signatures.save');
  const format = useFormat();
  const [drawing, setDrawing] = useState<string | null>(null);
  const [paper, setPaper] = useState(false);
  const [redo, setRedo] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const save = async () => {
    const result = await saveSignature.run({
      subject,
      signer,
      mode: paper ? 'paper' : 'drawn',
      dataUrl: paper ? null : drawing,
    });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setRedo(false);
    setDrawing(null);
    onSaved();
  };

  if (saved && !redo) {
    const params = { date: format.dateTime(saved.capturedAt), operator: saved.capturedBy.name };
    return (
      <section className="signer-panel is-saved" data-signer={signer} data-testid={`signer-${signer}`}>
        <h3>{title}</h3>
        {saved.dataUrl ? (
          <img className="signature-saved" src={saved.dataUrl} alt={t('pad.signatureOf', { signer: title })} />
        ) : null}
        <p className="desk-hint">{t(saved.mode === 'drawn' ? 'pad.savedDrawn' : 'pad.savedPaper', params)}</p>
        <Button size="small" onClick={() => setRedo(true)}>
          {t('pad.redo')}
        </Button>
      </section>
    );
  }

  return (
    <section className="signer-panel" data-signer={signer} data-testid={`signer-${signer}`}>
      <h3>{title}</h3>
      {paper ? (
        <p className="desk-hint">{t('pad.paperHint')}</p>
      ) : (
        <SignaturePad signer={title} onChange={setDrawing} />
      )}
      <Checkbox label={t('pad.paper')} checked={paper} onChange={setPaper} />
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      <div className="form-actions">
        <Button
          variant="primary"
          size="small"
          busy={saveSignature.busy}
          disabled={!paper && drawing === null}
          onClick={() => void save()}
        >
          {t('pad.save')}
        </Button>
      </div>
    </section>
  );
}
