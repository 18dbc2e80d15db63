import { useState } from 'react';
import type { DocumentFormat, DocumentKindName, DocumentSubject } from '../../shared/domain/documents';
import type { LabelPrintOptions } from '../../shared/domain/labels';
import type { ApiError } from '../../shared/errors';
import { useToast } from '../components/Toasts';
import { useT } from '../i18n/useT';
import { openDocument } from './openDocument';

export interface DocumentOpener {
  /** Issues the document and opens it; true when it was issued. */
  open: (
    kind: DocumentKindName,
    subject: DocumentSubject,
    format?: DocumentFormat,
    labels?: LabelPrintOptions,
  ) => Promise<boolean>;
  /** The kind being issued, to show its button busy. */
  busy: DocumentKindName | null;
  error: ApiError | null;
  clearError: () => void;
}

/** What a print button needs: one document at a time, its refusal kept to show, a toast naming what was issued. */
export function useOpenDocument(onIssued?: () => void): DocumentOpener {
  const t = useT();
  const toast = useToast();
  const [busy, setBusy] = useState<DocumentKindName | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  return {
    busy,
    error,
    clearError: () => setError(null),
    open: async (kind, subject, format, labels) => {
      setBusy(kind);
      setError(null);
      const result = await openDocument(kind, subject, {
        ...(format ? { format } : {}),
        ...(labels ? { labels } : {}),
      });
      setBusy(null);
      if (!result.ok) {
        setError(result.error);
        return false;
      }
      toast(t('documents.issued', { kind: t(`documentKind.${kind}`), reference: result.value.reference }));
      onIssued?.();
      return true;
    },
  };
}
