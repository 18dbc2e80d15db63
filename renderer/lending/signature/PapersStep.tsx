import { useState } from 'react';
import type { DocumentKindName, DocumentSubject } from '../../../shared/domain/documents';
import type { Signer } from '../../../shared/domain/signatures';
import type { ApiError } from '../../../shared/errors';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useToast } from '../../components/Toasts';
import { useApiQuery } from '../../api/queries';
import { openDocument } from '../../documents/openDocument';
import { useT } from '../../i18n/useT';
import { SignedCopyUpload } from './SignedCopyUpload';
import { SignerPanel } from './SignerPanel';
import type { PapersSubject } from './subject';
import './signature.css';

export interface PrintButton {
  kind: DocumentKindName;
  subject: DocumentSubject;
  label: string;
}

export interface PapersStepProps {
  subject: PapersSubject;
  /** Who signs, with the title each pad shows; a return has no guardian's signature. */
  signers: readonly { signer: Signer; title: string }[];
  prints: readonly PrintButton[];
}

/** Signatures of everyone who signs, the signed paper copy, and the print buttons of the papers. */
export function PapersStep({ subject, signers, prints }: PapersStepProps) {
  const t = useT();
  const toast = useToast();
  const listed = useApiQuery('signatures.list', { handoverId: subject.handoverId });
  const [printing, setPrinting] = useState<DocumentKindName | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const returnId = subject.type === 'return' ? subject.returnId : null;
  const saved = (listed.data?.signatures ?? []).filter((signature) => signature.returnId === returnId);
  // The handover knows whether a guardian signs (a minor); a return never asks for one.
  const wanted = subject.type === 'handover' && listed.data ? signers.filter((entry) => listed.data?.signers.includes(entry.signer)) : signers;

  const print = async (button: PrintButton) => {
    setPrinting(button.kind);
    const result = await openDocument(button.kind, button.subject);
    setPrinting(null);
    if (!result.ok) return setError(result.error);
    setError(null);
    toast(t('papers.printed', { reference: result.value.reference }));
  };

  return (
    <section className="panel desk-panel papers-step" aria-labelledby="papers-title" data-testid="papers-step">
      <h2 id="papers-title">{t('papers.title')}</h2>
      <p className="desk-hint">{t('papers.intro')}</p>
      <ErrorBanner error={listed.error ?? error} onDismiss={() => setError(null)} />
      <div className="signer-grid">
        {wanted.map(({ signer, title }) => (
          <SignerPanel
            key={signer}
            subject={subject}
            signer={signer}
            title={title}
            saved={saved.find((signature) => signature.signer === signer)}
            onSaved={listed.reload}
          />
        ))}
      </div>
      <div className="papers-prints">
        {prints.map((button) => (
          <Button key={button.kind} variant="primary" busy={printing === button.kind} onClick={() => void print(button)} data-testid={`print-${button.kind}`}>
            {button.label}
          </Button>
        ))}
        <span className="desk-hint">{t('papers.printHint')}</span>
      </div>
      <SignedCopyUpload subject={subject} copies={listed.data?.copies ?? []} onAttached={listed.reload} />
    </section>
  );
}
