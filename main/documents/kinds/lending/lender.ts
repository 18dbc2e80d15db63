/**
 * The one person who signs for the lender, named the same in the parties and in the signature box: the staff
 * member who signed on screen at the counter, otherwise the organisation's signatory, otherwise the staff member
 * who handed the equipment over (who then signs the paper copy).
 */
import type { OrganisationIdentity } from '../../../../shared/contract/documents';
import type { CapturedSignature, HandoverPapers } from './papers';

export interface LenderSignatory {
  name: string;
  /** The signatory's title, when the organisation's signatory signs. */
  title: string | null;
  signature: CapturedSignature | undefined;
}

export function lenderSignatory(organisation: OrganisationIdentity, papers: HandoverPapers): LenderSignatory {
  const staff = papers.signatures.staff;
  if (staff?.mode === 'drawn') {
    return {
      name: staff.signedBy,
      title: staff.signedBy === organisation.signatoryName ? organisation.signatoryTitle : null,
      signature: staff,
    };
  }
  if (organisation.signatoryName)
    return { name: organisation.signatoryName, title: organisation.signatoryTitle, signature: staff };
  return { name: papers.staffName, title: null, signature: staff };
}
