import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Harness } from '../../helpers/api';
import { pinnedHarness, setUpLending, type LendingDesk } from '../../helpers/lending';
import { databaseFingerprint } from '../../helpers/snapshot';

let h: Harness;
let d: LendingDesk;
beforeEach(() => {
  h = pinnedHarness();
  d = setUpLending(h);
});
afterEach(() => h.close());

describe('partners', () => {
  it('are managed by coordinators, with unique names, and can be deactivated', () => {
    expect(h.refuse(d.tech, 'partners.create', { name: 'Collège Y', kind: 'school' }).code).toBe('forbidden_role');
    expect(h.refuse(d.coord, 'partners.create', { name: 'collège jean moulin', kind: 'school' })).toMatchObject({
      code: 'duplicate_name',
      field: 'name',
    });
    expect(
      h.refuse(d.coord, 'partners.create', {
        name: 'Mission locale',
        kind: 'mission_locale',
        contactEmail: 'pas-un-courriel',
      }).field,
    ).toBe('contactEmail');
    const school = h.call(d.coord, 'partners.list', {}).find((partner) => partner.id === d.school);
    if (!school) throw new Error('school not listed');
    expect(school).toMatchObject({
      name: 'Collège Jean Moulin',
      kind: 'school',
      contactPhone: '04 72 00 00 00',
      active: true,
    });
    h.call(d.coord, 'partners.update', { ...school, id: d.school, contactEmail: 'CPE@College.fr', active: false });
    expect(h.call(d.tech, 'partners.list', {}).map((partner) => partner.id)).not.toContain(d.school);
    expect(
      h.call(d.tech, 'partners.list', { includeInactive: true }).find((partner) => partner.id === d.school),
    ).toMatchObject({
      contactEmail: 'cpe@college.fr',
      active: false,
    });
    expect(
      h.refuse(d.coord, 'beneficiaries.create', {
        partnerId: d.school,
        reference: 'EL-1',
        category: 'pupil',
        minor: false,
      }).message,
    ).toBe('Le partenaire « Collège Jean Moulin » est désactivé : réactivez-le ou choisissez-en un autre.');
  });
});

describe('programmes', () => {
  it('keep default terms and one target per item, with translated validation', () => {
    const before = databaseFingerprint(h.store);
    const base = { name: 'Connexion RSA', startsOn: '2026-01-01', defaultKind: 'donation' as const };
    expect(
      h.refuse(d.coord, 'programmes.create', {
        ...base,
        targets: [
          { item: 'sim', target: 10 },
          { item: 'sim', target: 20 },
        ],
      }),
    ).toMatchObject({
      code: 'invalid_input',
      field: 'targets',
      message: 'Objectifs : chaque type ne peut avoir qu’un objectif',
    });
    expect(h.refuse(d.coord, 'programmes.create', { ...base, endsOn: '2025-12-31' }).message).toBe(
      'Fin : la fin ne peut pas précéder le début',
    );
    expect(h.refuse(d.coord, 'programmes.create', { ...base, agreementVariant: 'custom' }).field).toBe(
      'agreementVariant',
    );
    expect(databaseFingerprint(h.store)).toBe(before);
    const created = h.call(d.coord, 'programmes.create', {
      ...base,
      agreementVariant: 'donation',
      targets: [
        { item: 'sim', target: 900 },
        { item: 'laptop', target: 500 },
      ],
    });
    expect(created).toMatchObject({
      defaultKind: 'donation',
      loanDays: null,
      agreementVariant: 'donation',
      funder: null,
    });
    expect(created.targets).toEqual([
      { item: 'laptop', target: 500 },
      { item: 'sim', target: 900 },
    ]);
    const updated = h.call(d.coord, 'programmes.update', {
      ...created,
      id: created.id,
      targets: [{ item: 'sim', target: 1000 }],
    });
    expect(updated.targets).toEqual([{ item: 'sim', target: 1000 }]);
    expect(h.call(d.tech, 'programmes.progress', { programmeId: created.id }).items).toEqual([
      { item: 'sim', target: 1000, handedOut: 0, stillOut: 0 },
    ]);
  });
});
