import type { ScreenProps } from '../../app/routes';
import { BeneficiaryDetail } from './BeneficiaryDetail';
import { BeneficiarySearch } from './BeneficiarySearch';
import '../shared/lending.css';

/** `#/beneficiaries`: search by reference or name; `#/beneficiaries/<id>`: one person, their handovers, their rights. */
export function BeneficiariesScreen({ param }: ScreenProps) {
  const id = Number(param);
  return param !== null && Number.isInteger(id) && id > 0 ? <BeneficiaryDetail id={id} /> : <BeneficiarySearch />;
}
