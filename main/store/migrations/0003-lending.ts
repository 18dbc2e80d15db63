import type { Migration } from './migration';

/**
 * Partners, programmes with targets, beneficiaries, SIM cards with their top-up ledger, handovers with their items,
 * and returns. Nothing here says why a person is supported; their names, address and contact may be cleared by
 * anonymisation while the statistics (category, minor, partner, programme, items) stay.
 */
export const lendingMigration: Migration = {
  version: 3,
  name: 'lending',
  sql: `
      CREATE TABLE partners (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        kind TEXT NOT NULL CHECK (kind IN ('school', 'social_service', 'mission_locale', 'child_protection', 'foster_carer', 'institution', 'association')),
        address TEXT,
        contact_name TEXT,
        contact_phone TEXT,
        contact_email TEXT,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE programmes (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        funder TEXT,
        starts_on TEXT NOT NULL,
        ends_on TEXT CHECK (ends_on IS NULL OR ends_on >= starts_on),
        default_kind TEXT NOT NULL CHECK (default_kind IN ('loan', 'donation')),
        loan_days INTEGER CHECK (loan_days IS NULL OR loan_days > 0),
        agreement_variant TEXT NOT NULL CHECK (agreement_variant IN ('standard', 'minor', 'donation', 'institution')),
        notes TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE programme_targets (
        programme_id INTEGER NOT NULL REFERENCES programmes(id),
        item TEXT NOT NULL CHECK (item IN ('laptop', 'desktop', 'tablet', 'phone', 'other', 'sim')),
        target INTEGER NOT NULL CHECK (target > 0),
        PRIMARY KEY (programme_id, item)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE beneficiaries (
        id INTEGER PRIMARY KEY,
        partner_id INTEGER NOT NULL REFERENCES partners(id),
        reference TEXT NOT NULL,
        category TEXT NOT NULL CHECK (category IN ('pupil', 'child_in_care', 'welfare_recipient', 'young_person', 'social_service_user', 'other')),
        minor INTEGER NOT NULL CHECK (minor IN (0, 1)),
        first_name TEXT,
        last_name TEXT,
        address TEXT,
        guardian_name TEXT,
        referent_name TEXT,
        contact_phone TEXT,
        contact_email TEXT,
        consent_on TEXT,
        anonymised_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (partner_id, reference),
        -- A minor never goes without the adult who signs with them, until the record is anonymised.
        CHECK (minor = 0 OR guardian_name IS NOT NULL OR anonymised_at IS NOT NULL),
        CHECK (anonymised_at IS NULL OR (first_name IS NULL AND last_name IS NULL AND address IS NULL
          AND guardian_name IS NULL AND referent_name IS NULL AND contact_phone IS NULL AND contact_email IS NULL))
      ) STRICT;
      CREATE INDEX beneficiaries_last_name ON beneficiaries (last_name COLLATE NOCASE) WHERE last_name IS NOT NULL;

      CREATE TABLE sim_cards (
        id INTEGER PRIMARY KEY,
        iccid TEXT NOT NULL UNIQUE,
        phone_number TEXT UNIQUE CHECK (phone_number IS NULL OR phone_number GLOB '+[1-9]*'),
        operator TEXT NOT NULL,
        plan_name TEXT NOT NULL,
        plan_data_gb REAL CHECK (plan_data_gb IS NULL OR plan_data_gb >= 0),
        plan_validity_days INTEGER CHECK (plan_validity_days IS NULL OR plan_validity_days > 0),
        -- Shown only to coordinators and administrators, each view logged as an event.
        pin TEXT,
        puk TEXT,
        status TEXT NOT NULL CHECK (status IN ('in_stock', 'allocated', 'active', 'expired', 'returned', 'deactivated')),
        -- Derived from sim_top_ups by the service in the same transaction as each top-up; kept for the query.
        expires_on TEXT,
        received_on TEXT NOT NULL,
        notes TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sim_cards_status ON sim_cards (status, id);
      CREATE INDEX sim_cards_expiry ON sim_cards (expires_on) WHERE expires_on IS NOT NULL;

      CREATE TABLE sim_top_ups (
        id INTEGER PRIMARY KEY,
        sim_id INTEGER NOT NULL REFERENCES sim_cards(id),
        topped_up_on TEXT NOT NULL,
        amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
        data_gb REAL CHECK (data_gb IS NULL OR data_gb >= 0),
        validity_days INTEGER NOT NULL CHECK (validity_days > 0),
        programme_id INTEGER REFERENCES programmes(id),
        recorded_by INTEGER NOT NULL REFERENCES operators(id),
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sim_top_ups_sim ON sim_top_ups (sim_id, topped_up_on);

      CREATE TABLE handovers (
        id INTEGER PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('loan', 'donation')),
        beneficiary_id INTEGER REFERENCES beneficiaries(id),
        recipient_partner_id INTEGER REFERENCES partners(id),
        referring_partner_id INTEGER NOT NULL REFERENCES partners(id),
        programme_id INTEGER NOT NULL REFERENCES programmes(id),
        handed_on TEXT NOT NULL,
        due_on TEXT,
        closed_on TEXT,
        -- JSON snapshot of the terms agreed at the counter (HandoverTerms).
        terms TEXT NOT NULL CHECK (json_valid(terms)),
        accessories TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(accessories)),
        notes TEXT,
        created_by INTEGER NOT NULL REFERENCES operators(id),
        created_at TEXT NOT NULL,
        CHECK ((beneficiary_id IS NULL) <> (recipient_partner_id IS NULL)),
        CHECK ((kind = 'loan' AND due_on IS NOT NULL AND due_on > handed_on) OR (kind = 'donation' AND due_on IS NULL))
      ) STRICT;
      CREATE INDEX handovers_open_due ON handovers (due_on) WHERE closed_on IS NULL;
      CREATE INDEX handovers_beneficiary ON handovers (beneficiary_id) WHERE beneficiary_id IS NOT NULL;
      CREATE INDEX handovers_programme ON handovers (programme_id, handed_on);
      CREATE INDEX handovers_partner ON handovers (referring_partner_id, handed_on);
      CREATE INDEX handovers_handed ON handovers (handed_on, id);

      CREATE TABLE returns (
        id INTEGER PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        handover_id INTEGER NOT NULL REFERENCES handovers(id),
        returned_on TEXT NOT NULL,
        missing_accessories TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(missing_accessories)),
        notes TEXT,
        recorded_by INTEGER NOT NULL REFERENCES operators(id),
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX returns_handover ON returns (handover_id);

      -- One line per device or SIM card handed over; the return columns fill in when it comes back.
      CREATE TABLE handover_items (
        id INTEGER PRIMARY KEY,
        handover_id INTEGER NOT NULL REFERENCES handovers(id),
        device_id INTEGER REFERENCES devices(id),
        sim_id INTEGER REFERENCES sim_cards(id),
        return_id INTEGER REFERENCES returns(id),
        return_condition TEXT,
        return_grade TEXT CHECK (return_grade IS NULL OR return_grade IN ('A', 'B', 'C', 'D')),
        sim_outcome TEXT CHECK (sim_outcome IS NULL OR sim_outcome IN ('restock', 'deactivate')),
        CHECK ((device_id IS NULL) <> (sim_id IS NULL)),
        CHECK (sim_outcome IS NULL OR (sim_id IS NOT NULL AND return_id IS NOT NULL))
      ) STRICT;
      CREATE INDEX handover_items_handover ON handover_items (handover_id, id);
      CREATE INDEX handover_items_device ON handover_items (device_id, id) WHERE device_id IS NOT NULL;
      CREATE INDEX handover_items_sim ON handover_items (sim_id, id) WHERE sim_id IS NOT NULL;
      -- A device or a card is out with at most one person at a time.
      CREATE UNIQUE INDEX handover_items_device_out ON handover_items (device_id)
        WHERE device_id IS NOT NULL AND return_id IS NULL;
      CREATE UNIQUE INDEX handover_items_sim_out ON handover_items (sim_id)
        WHERE sim_id IS NOT NULL AND return_id IS NULL;
    `,
};
