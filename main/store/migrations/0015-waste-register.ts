import type { Migration } from './migration';

/**
 * The waste register (issue 16): a recycling pickup records its waste code from the European list, whether its
 * taker is an éco-organisme or an operator, the contract it works under and the transport document's number
 * (a Trackdéchets identifier for hazardous waste). Pickups recorded before stay without them (NULL).
 */
export const wasteRegisterMigration: Migration = {
  version: 15,
  name: 'waste-register',
  sql: `
  ALTER TABLE recyclings ADD COLUMN waste_code TEXT
    CHECK (waste_code IS NULL OR waste_code IN ('16 02 13*', '16 02 14', '20 01 35*', '20 01 36'));
  ALTER TABLE recyclings ADD COLUMN recycler_kind TEXT
    CHECK (recycler_kind IS NULL OR recycler_kind IN ('eco_organisme', 'operator'));
  ALTER TABLE recyclings ADD COLUMN contract_ref TEXT;
  ALTER TABLE recyclings ADD COLUMN transport_document TEXT;
  CREATE INDEX recyclings_chronological ON recyclings (pickup_date, id);
  `,
};
