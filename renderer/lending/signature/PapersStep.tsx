import { useEffect, useRef, useState } from 'react';
import type { DocumentKindName, DocumentSubject } from '../../../shared/domain/documents';
import type { Signer } from '../../../shared/domain/signatures';
import type { ApiError } from '../../../shared/errors';
import { useApiCache, useApiMutation, useApiQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useToast } from '../../components/Toasts';
import { openDocument } from '../../documents/openDocument';
import { useT } from '../../i18n/useT';
import { useAltKeys } from '../../components/useAltKeys';
import { printAll } from './printAll';
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
  /** Right after a confirmation: the step takes the focus (its heading, where a stray Enter does nothing). */
  focusOnMount?: boolean;
}

/**
 * Signatures of everyone who signs, the signed paper copy, and the print buttons of the papers. Alt+P notes that
 * everyone still to sign signs the printed copy; Alt+D prints every document at once.
 */
export function PapersStep({ subject, signers, prints, focusOnMount = false }: PapersStepProps) {
  const t = useT();
  const toast = useToast();
  const listed = useApiQuery('signatures.list', { handoverId: subject.handoverId });
  const saveSignature = useApiMutation('signatures.save');
  const cache = useApiCache();
  // Documents are issued outside the data layer (they open in a tab or the viewer): the lists of them refetch.
  const issuedAgain = () => void cache.invalidate(new Set(['documents', 'events']));
  const heading = useRef<HTMLHeadingElement>(null);
  const [printing, setPrinting] = useState<DocumentKindName | 'all' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const returnId = subject.type === 'return' ? subject.returnId : null;
  const saved = (listed.data?.signatures ?? []).filter((signature) => signature.returnId === returnId);
  // The handover knows whether a guardian signs (a minor); a return never asks for one.
  const wanted =
    subject.type === 'handover' && listed.data
      ? signers.filter((entry) => listed.data?.signers.includes(entry.signer))
      : signers;
  const unsigned = wanted.filter((entry) => !saved.some((signature) => signature.signer === entry.signer));

  useEffect(() => {
    if (focusOnMount) heading.current?.focus({ preventScroll: true });
  }, [focusOnMount]);

  const print = async (button: PrintButton) => {
    setPrinting(button.kind);
    const result = await openDocument(button.kind, button.subject);
    setPrinting(null);
    issuedAgain();
    if (!result.ok) return setError(result.error);
    setError(null);
    toast(t('papers.printed', { reference: result.value.reference }));
  };

  const printBoth = async () => {
    if (printing || prints.length < 2) return;
    setPrinting('all');
    const result = await printAll(prints, t('papers.bothTabTitle'));
    setPrinting(null);
    issuedAgain();
    if (!result.ok) return setError(result.error);
    setError(null);
    toast(t('papers.printedBoth', { references: result.value.map((document) => document.reference).join(', ') }));
  };

  const allOnPaper = async () => {
    if (saveSignature.busy || unsigned.length === 0) return;
    for (const { signer } of unsigned) {
      const result = await saveSignature.run({ subject, signer, mode: 'paper', dataUrl: null });
      if (!result.ok) {
        setError(result.error);
        break;
      }
    }
    listed.reload();
  };

  useAltKeys({ p: () => void allOnPaper(), d: () => void printBoth() });

  return (
    <section className="panel desk-panel papers-step" aria-labelledby="papers-title" data-testid="papers-step">
      <h2 id="papers-title" ref={heading} tabIndex={-1}>
        {t('papers.title')}
      </h2>
      <p className="desk-hint">{t('papers.intro')}</p>
      <ErrorBanner error={listed.error ?? error} onDismiss={() => setError(null)} />
      {unsigned.length > 0 ? (
        <div className="papers-prints">
          <Button
            busy={saveSignature.busy}
            shortcut="Alt+P"
            onClick={() => void allOnPaper()}
            data-testid="papers-all-paper"
          >
            {t('papers.allOnPaper')}
          </Button>
        </div>
      ) : null}
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
        {prints.length > 1 ? (
          <Button
            variant="primary"
            shortcut="Alt+D"
            busy={printing === 'all'}
            onClick={() => void printBoth()}
            data-testid="print-all"
          >
            {t('papers.printBoth')}
          </Button>
        ) : null}
        {prints.map((button) => (
          <Button
            key={button.kind}
            variant={prints.length > 1 ? 'secondary' : 'primary'}
            busy={printing === button.kind}
            onClick={() => void print(button)}
            data-testid={`print-${button.kind}`}
          >
            {button.label}
          </Button>
        ))}
        <span className="desk-hint">{t('papers.printHint')}</span>
      </div>
      <SignedCopyUpload subject={subject} copies={listed.data?.copies ?? []} onAttached={listed.reload} />
    </section>
  );
}
