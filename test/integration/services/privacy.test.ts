import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pinnedHarness, pupil, setUpLending, type LendingDesk } from '../../helpers/lending';
import { issue, setOrganisation } from '../../helpers/papers';
import { databaseFingerprint } from '../../helpers/snapshot';
import { makeReady } from '../../helpers/workshop';

let h: ReturnType<typeof pinnedHarness>;
let d: LendingDesk;
beforeEach(() => {
  h = pinnedHarness('2026-11-20');
  d = setUpLending(h);
});
afterEach(() => h.close());

/** Every text stored anywhere in the database, events included. */
function everything(): string {
  const tables = h.store.db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  return tables.map((table) => JSON.stringify(h.store.db.prepare(`SELECT * FROM "${table}"`).raw().all())).join('\n');
}

function lend(reference: string, serial: string, person: Record<string, unknown>, terms: Record<string, unknown>) {
  const beneficiary = pupil(h, d, reference, person);
  const { handover } = h.call(d.coord, 'handovers.create', {
    recipient: { type: 'beneficiary', beneficiaryId: beneficiary.id },
    programmeId: d.programme,
    deviceIds: [makeReady(h, d, serial)],
    notes: `Remis à ${String(person.firstName ?? 'Léa')} en main propre`,
    ...terms,
  });
  return { beneficiary, handover };
}

function giveBack(handover: { items: { id: number }[] }, returnedOn: string) {
  return h.call(d.tech, 'returns.create', {
    items: handover.items.map((item) => ({ itemId: item.id })),
    returnedOn,
    notes: 'Rendu par sa mère',
  });
}

describe('anonymisation', () => {
  it('removes the person everywhere after the retention period, keeps the statistics, and skips open loans', () => {
    const closed = lend(
      'EL-OLD',
      'LAP-1',
      {
        firstName: 'Zéphyrin',
        lastName: 'Quillard',
        guardianName: 'Odile Quillard',
        address: '3 impasse des Glycines, 69003 Lyon',
        contactPhone: '06 99 88 77 66',
        referentName: 'Mme Ferrand (CPE)',
      },
      {
        handedOn: '2024-01-10',
        dueOn: '2024-07-05',
      },
    );
    giveBack(closed.handover, '2024-06-30');
    const open = lend('EL-OPEN', 'LAP-2', { lastName: 'Toujours' }, { handedOn: '2024-01-10', dueOn: '2024-10-01' });
    const recent = lend('EL-RECENT', 'LAP-3', { lastName: 'Récent' }, { handedOn: '2025-01-10', dueOn: '2025-07-01' });
    giveBack(recent.handover, '2025-06-01');
    const progressBefore = h.call(d.coord, 'programmes.progress', { programmeId: d.programme });
    expect(everything()).toContain('Glycines');

    const report = h.call(d.coord, 'privacy.anonymiseDue', {});
    expect(report).toEqual({ asOf: '2026-11-20', afterMonths: 24, anonymised: 1, keptOpen: 1 });

    const person = h.call(d.coord, 'beneficiaries.get', { id: closed.beneficiary.id });
    expect(person).toMatchObject({
      reference: `ANON-${closed.beneficiary.id}`,
      firstName: null,
      lastName: null,
      address: null,
      guardianName: null,
      referentName: null,
      contactPhone: null,
      anonymisedAt: '2026-11-20T12:00:00.000Z',
      category: 'pupil',
      minor: true,
      partnerId: d.school,
    });
    const handover = h.call(d.coord, 'handovers.get', { id: closed.handover.id });
    expect(handover.terms).toMatchObject({
      anonymised: true,
      recipient: { firstName: null, lastName: null, address: null, guardianName: null, minor: true },
    });
    expect(handover.notes).toBeNull();
    expect(handover.returns[0]?.notes).toBeNull();
    expect(handover.recipientLabel).toBe(`ANON-${closed.beneficiary.id}`);
    // Nothing of the person is left anywhere, the event log included; the figures did not move.
    const stored = everything();
    for (const trace of ['Quillard', 'Zéphyrin', 'Glycines', 'EL-OLD', '+33699887766', 'Ferrand']) {
      expect(stored.includes(trace), trace).toBe(false);
    }
    expect(h.call(d.coord, 'programmes.progress', { programmeId: d.programme })).toEqual(progressBefore);
    expect(h.call(d.coord, 'beneficiaries.get', { id: open.beneficiary.id }).lastName).toBe('Toujours');
    expect(h.call(d.coord, 'beneficiaries.get', { id: recent.beneficiary.id }).lastName).toBe('Récent');

    // Done once: a second run changes nothing, and the record can no longer be edited or served.
    const before = databaseFingerprint(h.store);
    expect(h.call(d.coord, 'privacy.anonymiseDue', {}).anonymised).toBe(0);
    expect(
      h.refuse(d.coord, 'beneficiaries.update', {
        id: closed.beneficiary.id,
        partnerId: d.school,
        reference: 'X',
        category: 'pupil',
        minor: false,
      }).code,
    ).toBe('beneficiary_anonymised');
    expect(
      h.refuse(d.coord, 'handovers.create', {
        recipient: { type: 'beneficiary', beneficiaryId: closed.beneficiary.id },
        programmeId: d.programme,
        deviceIds: [makeReady(h, d, 'LAP-9')],
      }).code,
    ).toBe('beneficiary_anonymised');
    expect(h.call(d.coord, 'beneficiaries.search', { query: 'ANON' })).toEqual([]);
    expect(h.call(d.coord, 'beneficiaries.search', { query: 'ANON', includeAnonymised: true })).toHaveLength(1);
    expect(before).not.toBe(databaseFingerprint(h.store)); // LAP-9 went through the workshop meanwhile

    // A shorter retention set by an administrator takes the loan closed in 2025 too.
    expect(h.refuse(d.coord, 'privacy.setRetention', { anonymiseAfterMonths: 12 }).code).toBe('forbidden_role');
    h.call(d.admin, 'privacy.setRetention', { anonymiseAfterMonths: 12 });
    expect(h.call(d.coord, 'privacy.anonymiseDue', {})).toMatchObject({ afterMonths: 12, anonymised: 1, keptOpen: 1 });
  });

  it('on request is refused while a loan is open, then done once everything is back', () => {
    const { beneficiary, handover } = lend('EL-1', 'LAP-1', {}, {});
    const before = databaseFingerprint(h.store);
    expect(h.refuse(d.coord, 'beneficiaries.anonymise', { id: beneficiary.id })).toMatchObject({
      code: 'loan_open',
      message: 'Impossible d’anonymiser : 1 remise en cours pour ce bénéficiaire. Enregistrez d’abord son retour.',
    });
    expect(databaseFingerprint(h.store)).toBe(before);
    giveBack(handover, '2026-11-20');
    expect(h.call(d.coord, 'beneficiaries.anonymise', { id: beneficiary.id })).toMatchObject({
      lastName: null,
      anonymisedAt: expect.any(String),
    });
  });
});

describe('printed papers', () => {
  it('lose their stored copy when the person is anonymised, and keep their reference and fingerprint', () => {
    setOrganisation(h, d);
    const { beneficiary, handover } = lend('EL-1', 'LAP-1', {}, {});
    const agreement = issue(h, d.coord, 'agreement', 'handover', handover.id);
    const receipt = issue(h, d.coord, 'receipt', 'handover', handover.id);
    const back = giveBack(handover, '2026-11-20');
    const returnReceipt = issue(h, d.coord, 'return-receipt', 'return', back.return.id);

    h.call(d.coord, 'beneficiaries.anonymise', { id: beneficiary.id });
    for (const paper of [agreement, receipt, returnReceipt]) {
      expect(h.refuse(d.coord, 'documents.reprint', { reference: paper.reference }).code).toBe('document_purged');
    }
    const listed = h.call(d.coord, 'documents.list', { subjectType: 'handover', subjectId: handover.id });
    expect(listed.map((paper) => [paper.reference, paper.purged])).toEqual(
      expect.arrayContaining([
        [agreement.reference, true],
        [receipt.reference, true],
      ]),
    );
    const stored = h.store.db.prepare('SELECT count(*) FROM documents WHERE content IS NOT NULL').pluck().get();
    expect(stored).toBe(0);
    const anonymised = h.store.events
      .forEntity('beneficiary', beneficiary.id)
      .find((event) => event.type === 'beneficiary.anonymised');
    expect(anonymised?.payload).toMatchObject({ papersPurged: 3 });
  });
});

describe('right of access', () => {
  it('exports everything held on one person, and logs the export', () => {
    const { beneficiary, handover } = lend('EL-1', 'LAP-1', { contactEmail: 'nora.martin@example.fr' }, {});
    giveBack(handover, '2026-11-20');
    const exported = h.call(d.coord, 'beneficiaries.export', { id: beneficiary.id });
    expect(exported.beneficiary).toMatchObject({
      reference: 'EL-1',
      firstName: 'Léa',
      lastName: 'Martin',
      address: '12 rue des Lilas, 69100 Villeurbanne',
      guardianName: 'Nora Martin',
      contactPhone: '+33612345678',
      contactEmail: 'nora.martin@example.fr',
      consentOn: '2026-11-02',
    });
    expect(exported.handovers).toHaveLength(1);
    expect(exported.handovers[0]).toMatchObject({
      number: 'RM-2026-0001',
      items: [{ label: 'RB-000001' }],
      returns: [{ number: 'RT-2026-0001' }],
    });
    expect(exported.events.map((event) => event.type)).toEqual([
      'beneficiary.created',
      'handover.created',
      'return.recorded',
      'handover.closed',
    ]);
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
    const log = h.call(d.coord, 'events.forEntity', { entity: 'beneficiary', entityId: beneficiary.id });
    expect(log[0]).toMatchObject({ type: 'beneficiary.exported', operator: { name: 'Sophie Coordination' } });
    expect(h.refuse(d.tech, 'beneficiaries.export', { id: beneficiary.id }).code).toBe('forbidden_role');
  });
});

describe('contact details', () => {
  it('are shown to coordinators and administrators only, masked for technicians by the service', () => {
    const person = pupil(h, d, 'EL-1', { contactEmail: 'lea@example.fr' });
    expect(h.call(d.admin, 'beneficiaries.get', { id: person.id })).toMatchObject({
      masked: false,
      address: '12 rue des Lilas, 69100 Villeurbanne',
    });
    const seen = h.call(d.tech, 'beneficiaries.get', { id: person.id });
    expect(seen).toMatchObject({
      masked: true,
      address: null,
      contactPhone: null,
      contactEmail: null,
      lastName: 'Martin',
    });
    expect(h.call(d.tech, 'beneficiaries.search', { query: 'mart' })).toEqual([seen]);
    expect(
      h.refuse(d.tech, 'beneficiaries.create', {
        partnerId: d.school,
        reference: 'EL-2',
        category: 'pupil',
        minor: false,
      }).code,
    ).toBe('forbidden_role');
  });
});
