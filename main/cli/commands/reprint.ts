import { writeFileSync } from 'node:fs';
import { DOCUMENT_REFERENCE_PATTERN } from '../../../shared/domain/documents';
import { DomainError } from '../../errors';
import { reprintDocument } from '../../services/documents';
import { withCliStore } from '../with-store';
import { UsageError, type CliContext } from '../context';

/**
 * `reprint REF --out FILE`: writes the stored bytes of an issued document again, identical to the first print (same
 * SHA-256). An unknown reference is a usage error (exit 2); a document whose content was purged with the personal
 * data it held is refused (exit 1): its reference and hash remain, its bytes do not.
 */
export function reprintCommand(
  context: CliContext,
  referenceArg: string | undefined,
  options: { out?: string | undefined },
): number {
  const reference = (referenceArg ?? '').trim().toUpperCase();
  if (!referenceArg) throw new UsageError(context.t('cli.reprintReference'));
  if (!DOCUMENT_REFERENCE_PATTERN.test(reference))
    throw new UsageError(context.t('cli.reprintBadReference', { reference: referenceArg }));
  const { out } = options;
  if (!out) throw new UsageError(context.t('cli.documentOut'));
  return withCliStore(context, 'write', (store) => {
    let reprinted: ReturnType<typeof reprintDocument>;
    try {
      reprinted = reprintDocument(store, reference);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'document_not_found') {
        throw new UsageError(context.t('cli.reprintUnknown', { reference }), false);
      }
      throw error;
    }
    writeFileSync(out, reprinted.pdf);
    const { document } = reprinted;
    context.out(context.t('cli.reprintWritten', { reference: document.reference, file: out, sha256: document.sha256 }));
    return 0;
  });
}
