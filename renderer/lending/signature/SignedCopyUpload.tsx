import { useRef, useState } from 'react';
import type { SignedCopyInfo } from '../../../shared/contract/agreements-types';
import {
  SIGNED_COPY_MAX_BYTES,
  SIGNED_COPY_MEDIA_TYPES,
  type SignedCopyMediaType,
} from '../../../shared/domain/signatures';
import type { ApiError } from '../../../shared/errors';
import { useApiMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useT } from '../../i18n/useT';
import type { PapersSubject } from './subject';

const isAccepted = (type: string): type is SignedCopyMediaType =>
  (SIGNED_COPY_MEDIA_TYPES as readonly string[]).includes(type);

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** The scan of the paper signed at the counter, attached to the handover (or return) with its fingerprint. */
export function SignedCopyUpload({
  subject,
  copies,
  onAttached,
}: {
  subject: PapersSubject;
  copies: readonly SignedCopyInfo[];
  onAttached: () => void;
}) {
  const t = useT();
  const attachCopy = useApiMutation('signatures.attachCopy');
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const attach = async (file: File) => {
    if (!isAccepted(file.type)) return setProblem(t('copy.badType'));
    if (file.size > SIGNED_COPY_MAX_BYTES) return setProblem(t('copy.tooLarge'));
    setProblem(null);
    const result = await attachCopy.run({
      subject,
      fileName: file.name,
      mediaType: file.type,
      base64: await base64Of(file),
    });
    if (!result.ok) return setError(result.error);
    setError(null);
    onAttached();
  };

  const mine = copies.filter((copy) =>
    subject.type === 'return' ? copy.returnId === subject.returnId : copy.returnId === null,
  );
  return (
    <section className="signed-copy" aria-labelledby="signed-copy-title">
      <h3 id="signed-copy-title">{t('copy.title')}</h3>
      <p className="desk-hint">{t('copy.hint')}</p>
      <input
        ref={input}
        type="file"
        hidden
        accept={SIGNED_COPY_MEDIA_TYPES.join(',')}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void attach(file);
        }}
      />
      <Button busy={attachCopy.busy} onClick={() => input.current?.click()}>
        {t('copy.choose')}
      </Button>
      {problem ? (
        <p className="signed-copy-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      {mine.length > 0 ? (
        <ul className="signed-copies">
          {mine.map((copy) => (
            <li key={copy.id}>
              {t('copy.attached', { name: copy.fileName, size: Math.ceil(copy.size / 1024) })}{' '}
              <span className="desk-mono desk-muted">{t('copy.fingerprint', { hash: copy.sha256.slice(0, 16) })}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
