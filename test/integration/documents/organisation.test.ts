import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reprintDocument } from '../../../main/services/documents';
import { memoryHarness, type Harness } from '../../helpers/api';
import { erasedLaptop, logoPng, setUpDocumentWorkshop, type DocumentWorkshop } from '../../helpers/documents';
import { pdfLayoutText, pdfPages } from '../../helpers/pdf';
import { ARTIFACTS } from '../../helpers/artifacts';

let h: Harness;
let w: DocumentWorkshop;
beforeEach(() => {
  h = memoryHarness();
  w = setUpDocumentWorkshop(h);
});
afterEach(() => h.close());

function imagesIn(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'rebond-images-'));
  try {
    writeFileSync(join(dir, 'doc.pdf'), pdf);
    return execFileSync('pdfimages', ['-list', join(dir, 'doc.pdf')], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((line) => line.trim());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the organisation’s identity', () => {
  it('is read by anyone, changed by an administrator only, and recorded in the event log', () => {
    const identity = h.call(w.tech, 'organisation.get', {});
    expect(identity).toMatchObject({
      name: 'Rebond Lyon — Ressourcerie numérique',
      registration: 'SIRET 123 456 789 00012',
      signatoryName: 'Claire Dumas',
    });
    expect(h.refuse(w.tech, 'organisation.update', { ...identity, name: 'Autre' }).code).toBe('forbidden_role');
    const saved = h.call(w.admin, 'organisation.update', { ...identity, phone: '  ', logo: logoPng() });
    expect(saved.phone).toBeNull();
    expect(saved.logo).toMatch(/^data:image\/png;base64,/);
    const [event] = h.call(w.admin, 'events.forEntity', { entity: 'settings', entityId: 1 });
    expect(event).toMatchObject({
      type: 'organisation.updated',
      payload: { name: identity.name, logoSha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    // The settings screen shows the same name, and changing how asset tags are written leaves it alone.
    expect(h.call(w.admin, 'settings.get', {}).organisationName).toBe(identity.name);
    h.call(w.admin, 'settings.update', { assetTagPrefix: 'LY', assetTagDigits: 5 });
    expect(h.call(w.admin, 'settings.get', {})).toMatchObject({
      assetTagPrefix: 'LY',
      organisationName: identity.name,
    });
    expect(h.call(w.tech, 'organisation.get', {}).name).toBe(identity.name);
  });

  it('refuses a logo the PDF writer could not draw at once, with a translated message, and keeps the old one', () => {
    const identity = h.call(w.admin, 'organisation.get', {});
    const transparent = h.refuse(w.admin, 'organisation.update', { ...identity, logo: logoPng({ alpha: true }) });
    expect(transparent).toMatchObject({ code: 'logo_unreadable', field: 'logo' });
    expect(transparent.message).toContain('PNG');
    expect(h.refuse(w.admin, 'organisation.update', { ...identity, logo: 'data:image/gif;base64,R0lGOD' }).code).toBe(
      'invalid_input',
    );
    expect(h.call(w.admin, 'organisation.get', {}).logo).toBeNull();
  });

  it('puts the logo, name, address and registration number in the header of every page', () => {
    const identity = h.call(w.admin, 'organisation.get', {});
    h.call(w.admin, 'organisation.update', { ...identity, logo: logoPng() });
    const devices = ['PF1LOGO1', 'PF1LOGO2'].map((serial) => erasedLaptop(h, w, serial));
    const document = h.call(w.tech, 'documents.generate', {
      kind: 'erasure-certificate',
      subject: { type: 'selection', ids: devices.map((device) => device.id) },
    });
    const pdf = reprintDocument(h.store, document.reference).pdf;
    // A selection of two: the cover summary and one page each. One image object, drawn on every page
    // (`pdfimages -list`: page, …, object number, generation, …).
    const images = imagesIn(pdf).map((line) => line.trim().split(/\s+/));
    expect(images.map((columns) => columns[0])).toEqual(['1', '2', '3']);
    expect(new Set(images.map((columns) => columns[10])).size).toBe(1);
    for (const page of pdfLayoutText(pdf).split('\f').slice(0, 3)) {
      expect(page).toContain('Rebond Lyon — Ressourcerie numérique');
      expect(page).toContain('69007 Lyon');
      expect(page).toContain('SIRET 123 456 789 00012');
      expect(page).toContain(`Réf. ${document.reference}`);
    }
    writeFileSync(`${ARTIFACTS}doc-certificate-logo-p2.png`, pdfPages(pdf, 90)[1] ?? Buffer.alloc(0));
  });
});
