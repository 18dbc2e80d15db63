import { OrganisationPanel } from './OrganisationPanel';
import { TaxReceiptEligibilityPanel } from './TaxReceiptEligibilityPanel';

/** Administration → Organisation: the identity every document prints, and the tax receipts' eligibility mention. */
export function OrganisationTab() {
  return (
    <>
      <OrganisationPanel />
      <TaxReceiptEligibilityPanel />
    </>
  );
}
