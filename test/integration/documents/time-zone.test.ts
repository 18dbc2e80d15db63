import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { today } from '../../../main/services/calendar';
import { reprintDocument } from '../../../main/services/documents';
import { createDisplayFormat, machineTimeZone } from '../../../shared/format';
import { memoryHarness, type Harness } from '../../helpers/api';
import { erasedLaptop, setUpDocumentWorkshop, type DocumentWorkshop } from '../../helpers/documents';
import { oneLine, pdfLayoutText } from '../../helpers/pdf';

let h: Harness;
let w: DocumentWorkshop;
beforeEach(() => {
  h = memoryHarness();
  w = setUpDocumentWorkshop(h);
});
afterEach(() => h.close());

function chooseZone(zone: string | null) {
  const identity = h.call(w.admin, 'organisation.get', {});
  return h.call(w.admin, 'organisation.update', { ...identity, timeZone: zone });
}

/** The certificate's text, and the validation time a screen shows with the zone the session gives it. */
function certificateAndScreen(lang: 'fr' | 'en') {
  const device = erasedLaptop(h, w, 'PF1ZONE');
  const document = h.call(w.tech, 'documents.generate', {
    kind: 'erasure-certificate',
    subject: { type: 'device', ids: [device.id] },
    lang,
  });
  const text = oneLine(pdfLayoutText(reprintDocument(h.store, document.reference).pdf));
  const [record] = h.store.erasures.forDevice(device.id);
  const zone = h.call(w.tech, 'session.state', {}).timeZone;
  const format = createDisplayFormat(lang, zone);
  return { text, ended: format.dateTime(record?.endedAt ?? ''), verified: format.dateTime(record?.verifiedAt ?? '') };
}

/** The erasure's end (the table cell wraps its date above its time) and the validation line print what the screen shows. */
function expectSameTimes(text: string, ended: string, verified: string, utcTime: string) {
  const [endedDay, endedTime] = ended.split(' ');
  expect(text).toMatch(new RegExp(`${endedDay}[^]{0,40}${endedTime}`));
  expect(text).not.toMatch(new RegExp(`${endedDay}[^]{0,40}${utcTime}`));
  expect(text).toContain(verified);
}

describe('the organisation’s time zone', () => {
  it('is the machine’s until an administrator chooses one, and is refused when unknown', () => {
    expect(h.call(w.tech, 'organisation.get', {}).timeZone).toBeNull();
    expect(h.call(w.tech, 'session.state', {}).timeZone).toBe(machineTimeZone());
    const identity = h.call(w.admin, 'organisation.get', {});
    const refusal = h.refuse(w.admin, 'organisation.update', { ...identity, timeZone: 'Europe/Atlantis' });
    expect(refusal).toMatchObject({ code: 'invalid_input', field: 'timeZone' });
    expect(refusal.message).toContain('fuseau horaire');
    expect(h.call(w.tech, 'organisation.get', {}).timeZone).toBeNull();
    expect(chooseZone('Indian/Reunion').timeZone).toBe('Indian/Reunion');
    expect(h.call(w.tech, 'session.state', {}).timeZone).toBe('Indian/Reunion');
    const [event] = h.call(w.admin, 'events.forEntity', { entity: 'settings', entityId: 1 });
    expect(event).toMatchObject({ type: 'organisation.updated', payload: { timeZone: 'Indian/Reunion' } });
  });

  it('prints on the certificate the time the screen shows, in Guyane (the erasure ended at 09:47 UTC)', () => {
    chooseZone('America/Cayenne');
    const { text, ended, verified } = certificateAndScreen('fr');
    expect(ended).toBe('03/11/2026 06:47');
    expectSameTimes(text, ended, verified, '09:47');
  });

  it('prints on the certificate the time the screen shows, at La Réunion, in English too', () => {
    chooseZone('Indian/Reunion');
    const { text, ended, verified } = certificateAndScreen('en');
    expect(ended).toBe('03/11/2026 13:47');
    expectSameTimes(text, ended, verified, '09:47');
  });

  it('says which day today is where the organisation is', () => {
    h.store.clock = () => new Date('2026-12-31T21:00:00Z');
    chooseZone('America/Cayenne');
    expect(today(h.store)).toBe('2026-12-31');
    chooseZone('Indian/Reunion');
    expect(today(h.store)).toBe('2027-01-01');
  });
});
