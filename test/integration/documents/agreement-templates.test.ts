import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newSession, type Harness } from '../../helpers/api';
import { pinnedHarness, setUpLending, type LendingDesk } from '../../helpers/lending';

let h: Harness;
let d: LendingDesk;
beforeEach(() => {
  h = pinnedHarness();
  d = setUpLending(h);
});
afterEach(() => h.close());

const key = (lang: 'fr' | 'en' = 'fr', variant: 'adult' | 'minor' | 'institution' | 'donation' = 'adult') => ({
  programmeId: d.programme,
  variant,
  lang,
});
const savedCount = () => h.store.db.prepare('SELECT count(*) FROM agreement_texts').pluck().get() as number;
const eventCount = () => h.store.db.prepare('SELECT count(*) FROM events').pluck().get() as number;

describe('agreement templates', () => {
  it('starts from Rebond’s default text, listing the placeholders in the template’s language', () => {
    const fr = h.call(d.coord, 'agreementTemplates.get', key('fr'));
    expect(fr.custom).toBe(false);
    expect(fr.body).toBe(fr.defaultBody);
    expect(fr.body).toContain('{beneficiaire.nom}');
    expect(fr.placeholders.map((p) => p.name)).toContain('date_retour');
    const en = h.call(d.coord, 'agreementTemplates.get', key('en'));
    expect(en.placeholders.map((p) => p.name)).toContain('return_date');
    const donation = h.call(d.coord, 'agreementTemplates.get', key('fr', 'donation'));
    expect(donation.placeholders.map((p) => p.name)).not.toContain('date_retour');
    expect(donation.body).toContain('propriété des équipements est transférée');
  });

  it('refuses an unknown placeholder, naming it and its line, and saves nothing', () => {
    const before = eventCount();
    const body = '# Objet\nLe prêt est consenti à {beneficiaire.nom}.\n\nRetour le {beneficiaire.anniversaire}.';
    const error = h.refuse(d.coord, 'agreementTemplates.save', { ...key(), body });
    expect(error.code).toBe('template_placeholder_unknown');
    expect(error.field).toBe('body');
    expect(error.message).toContain('{beneficiaire.anniversaire}');
    expect(error.message).toContain('Ligne 4');
    expect(savedCount()).toBe(0);
    expect(eventCount()).toBe(before);
    const english = newSession('en');
    english.operatorId = d.coord.operatorId;
    const en = h.refuse(english, 'agreementTemplates.save', { ...key('en'), body: 'Hello {beneficiary.nom}' });
    expect(en.message).toBe(
      'Line 1: there is no field {beneficiary.nom}. Choose a field from the list; nothing was saved.',
    );
  });

  it('refuses a malformed brace and a loan-only placeholder in a donation text', () => {
    for (const body of ['Retour le {date_retour', 'Retour le date_retour}', 'Vide {}', 'Imbriqué {a{b}}']) {
      expect(h.refuse(d.coord, 'agreementTemplates.save', { ...key(), body }).code).toBe('template_brace_malformed');
    }
    const error = h.refuse(d.coord, 'agreementTemplates.save', {
      ...key('fr', 'donation'),
      body: 'Rendu le {date_retour}.',
    });
    expect(error.code).toBe('template_placeholder_not_for_kind');
    expect(error.message).toContain('{date_retour}');
    expect(h.refuse(d.coord, 'agreementTemplates.save', { ...key(), body: '  \n ' }).code).toBe('template_empty');
    expect(savedCount()).toBe(0);
  });

  it('saves, with an event, prints braces written twice, and resets to the default', () => {
    const body = '# Objet\r\nPrêt à {beneficiaire.nom} {{ref. interne}}.';
    const saved = h.call(d.coord, 'agreementTemplates.save', { ...key(), body });
    expect(saved.custom).toBe(true);
    expect(saved.body).toBe('# Objet\nPrêt à {beneficiaire.nom} {{ref. interne}}.');
    expect(saved.updatedBy?.name).toBe('Sophie Coordination');
    expect(h.call(d.coord, 'agreementTemplates.get', key('en')).custom).toBe(false);
    const events = h.store.db
      .prepare("SELECT type, payload FROM events WHERE entity = 'programme' AND type LIKE 'agreement%'")
      .all() as { type: string; payload: string }[];
    expect(events.map((event) => event.type)).toEqual(['agreement_template.saved']);
    expect(JSON.parse(events[0]?.payload ?? '{}')).toMatchObject({ variant: 'adult', lang: 'fr' });
    const reset = h.call(d.coord, 'agreementTemplates.reset', key());
    expect(reset.custom).toBe(false);
    expect(savedCount()).toBe(0);
  });

  it('is for coordinators and administrators only', () => {
    expect(h.refuse(d.tech, 'agreementTemplates.get', key()).code).toBe('forbidden_role');
    expect(h.refuse(d.tech, 'agreementTemplates.save', { ...key(), body: 'x' }).code).toBe('forbidden_role');
    expect(h.call(d.admin, 'agreementTemplates.get', key()).custom).toBe(false);
  });

  it('keeps reference values per item for the programme', () => {
    const view = h.call(d.coord, 'agreementTemplates.setValues', {
      ...key(),
      values: [
        { item: 'tablet', valueCents: 18_000 },
        { item: 'sim', valueCents: 1_000 },
      ],
    });
    expect(view.itemValues).toEqual(
      expect.arrayContaining([
        { item: 'tablet', valueCents: 18_000 },
        { item: 'sim', valueCents: 1_000 },
      ]),
    );
    const duplicate = h.refuse(d.coord, 'agreementTemplates.setValues', {
      ...key(),
      values: [
        { item: 'tablet', valueCents: 1 },
        { item: 'tablet', valueCents: 2 },
      ],
    });
    expect(duplicate.code).toBe('invalid_input');
  });
});
