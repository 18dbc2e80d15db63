import { describe, expect, it } from 'vitest';
import { lendingContract } from '../../shared/contract/lending';
import { simsContract } from '../../shared/contract/sims';
import { LENDING_MANAGER_ROLES, RETENTION_ROLES } from '../../shared/domain/lending';

/** The renderer hides buttons by these lists; main refuses by the contract's. They must say the same. */
describe('lending roles shared with the renderer', () => {
  it('name exactly the roles the contract gives to lending management', () => {
    const managed = [
      lendingContract['partners.create'],
      lendingContract['programmes.update'],
      lendingContract['beneficiaries.export'],
      lendingContract['beneficiaries.anonymise'],
      lendingContract['privacy.anonymiseDue'],
      simsContract['sims.registerMany'],
      simsContract['sims.topUp'],
      simsContract['sims.revealSecrets'],
      simsContract['sims.setStatus'],
    ];
    for (const method of managed) expect(method.roles).toEqual(LENDING_MANAGER_ROLES);
  });

  it('name exactly the roles that may set the retention period', () => {
    expect(lendingContract['privacy.setRetention'].roles).toEqual(RETENTION_ROLES);
  });
});
