import { mkdirSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordsFingerprint } from '../../../main/documents/certificate/load';
import { DOCUMENT_REGISTRY } from '../../../main/documents/registry';
import { organisationTimeZone } from '../../../main/documents/time-zone';
import { reprintDocument } from '../../../main/services/documents';
import { readOrganisation } from '../../../main/services/organisation';
import { translate } from '../../../shared/i18n';
import { type ApiRefusal, memoryHarness, type Harness } from '../../helpers/api';
import { erasedLaptop, setUpDocumentWorkshop, type DocumentWorkshop } from '../../helpers/documents';
import { mappedCodePoints, pdfInfo, pdfLayoutText, pdfPages, readBarcodes, oneLine } from '../../helpers/pdf';
import { ARTIFACTS } from '../../helpers/artifacts';

let h: Harness;
let w: DocumentWorkshop;
beforeEach(() => {
  h = memoryHarness();
  w = setUpDocumentWorkshop(h);
});
afterEach(() => h.close());

function certificateFor(deviceId: number, lang: 'fr' | 'en' = 'fr') {
  const document = h.call(w.tech, 'documents.generate', {
    kind: 'erasure-certificate',
    subject: { type: 'device', ids: [deviceId] },
    lang,
  });
  return { document, pdf: reprintDocument(h.store, document.reference).pdf };
}

describe('the erasure certificate', () => {
  it('states every field of the NIST sample certificate, accents and French numbers included', () => {
    const device = erasedLaptop(h, w, 'PF1ABCDE');
    const { document, pdf } = certificateFor(device.id);
    expect(document).toMatchObject({
      kind: 'erasure-certificate',
      reference: 'CERT-2026-000001',
      pages: 1,
      format: 'a4',
      lang: 'fr',
    });
    expect(pdfInfo(pdf)).toMatchObject({ pages: 1, pageSize: expect.stringContaining('(A4)') });
    const text = oneLine(pdfLayoutText(pdf));
    const records = h.store.erasures.forDevice(device.id);
    const fingerprint = recordsFingerprint(records);
    for (const expected of [
      // Header on the page: the organisation, the reference and the date.
      'Rebond Lyon — Ressourcerie numérique',
      '12 rue de la Thibaudière',
      'SIRET 123 456 789 00012',
      'Réf. CERT-2026-000001',
      'CERTIFICAT D’EFFACEMENT DES DONNÉES',
      // The person performing it: name, job title, organisation, location, contact.
      'Hélène Lefèvre',
      'Technicienne reconditionnement',
      // The site and its address on two lines of the table's cells, beside the validator's.
      'Atelier de la Guillotière Atelier de la Guillotière',
      '5 place Gabriel Péri, 69007 Lyon 5 place Gabriel Péri, 69007 Lyon',
      '04 72 00 00 00 · atelier@rebond-lyon.fr',
      // The media: make, model, serial, asset tag, type, source, classification.
      'Lenovo',
      'ThinkPad T480',
      'PF1ABCDE',
      device.assetTag,
      'Ordinateur portable',
      'Fondation Éclair — lot',
      w.batchCode,
      'Données personnelles',
      // The sanitisation: method, technique, tool and version, verification, the drive and its capacity.
      'SSD NVMe',
      // pdftotext prints the narrow no-break space as a space (checked below in the fonts' maps), never a '/'.
      '1 000 Go',
      'S4EWNX0PF1ABCDE',
      'Purge',
      'NVMe Sanitize',
      'nwipe 0.37',
      'Complète',
      '03/11/2026',
      'a'.repeat(64),
      'Réemploi externe (prêt ou don)',
      // The second person's validation.
      'Validé par (seconde personne)',
      'Karim Benali',
      'Responsable de la sécurité des données',
      'Validé dans Rebond le',
      // The verifiable reference.
      fingerprint,
      'Page 1 / 1',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text).not.toMatch(/1\/000/);
    expect(mappedCodePoints(pdf).has(0x202f)).toBe(true);
  });

  it('carries a QR code of its reference, the asset tag and the fingerprint of the certified records', () => {
    const device = erasedLaptop(h, w, 'PF1QRQRQ');
    const { document, pdf } = certificateFor(device.id);
    const [page] = pdfPages(pdf, 200);
    const fingerprint = recordsFingerprint(h.store.erasures.forDevice(device.id));
    expect(readBarcodes(page ?? Buffer.alloc(0))).toEqual([
      `QR-Code:REBOND|${document.reference}|${device.assetTag}|${fingerprint}`,
    ]);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(`${ARTIFACTS}doc-certificate-fr.png`, pdfPages(pdf, 90)[0] ?? Buffer.alloc(0));
  });

  it('speaks English when asked', () => {
    const device = erasedLaptop(h, w, 'PF1ENGLI');
    const { pdf } = certificateFor(device.id, 'en');
    const text = oneLine(pdfLayoutText(pdf));
    for (const expected of [
      'CERTIFICATE OF DATA ERASURE',
      'People: performed and validated by',
      'Fondation Éclair — batch',
      '1,000 GB',
      'Validated by (second person)',
      'Destination',
      'Classification after',
      'Data backed up',
      'Issued on',
    ]) {
      expect(text, expected).toContain(expected);
    }
    writeFileSync(`${ARTIFACTS}doc-certificate-en.png`, pdfPages(pdf, 90)[0] ?? Buffer.alloc(0));
  });

  it('gives a batch one PDF: a cover summary, then one certificate per device, each on its own page', () => {
    const devices = ['PF1BAT01', 'PF1BAT02', 'PF1BAT03'].map((serial) => erasedLaptop(h, w, serial));
    const document = h.call(w.tech, 'documents.generate', {
      kind: 'erasure-certificate',
      subject: { type: 'batch', ids: [w.batchId] },
    });
    const pdf = reprintDocument(h.store, document.reference).pdf;
    expect(document.pages).toBe(4);
    expect(pdfInfo(pdf).pages).toBe(4);
    const pages = pdfLayoutText(pdf).split('\f');
    devices.forEach((device, index) => {
      const page = oneLine(pages[index + 1] ?? '');
      expect(page).toContain(`lot ${w.batchCode} — appareil ${index + 1} / 3 : ${device.assetTag}`);
      expect(page).toContain(`Appareil ${index + 1} / 3`);
      expect(page).toContain(`Page ${index + 2} / 4`);
    });
    const qrs = pdfPages(pdf, 200)
      .slice(1)
      .map((png) => readBarcodes(png)[0] ?? '');
    expect(qrs.map((qr) => qr.split('|')[2])).toEqual(devices.map((device) => device.assetTag));
    // The batch certificate is listed on each device's page and on the batch.
    expect(
      h
        .call(w.tech, 'documents.list', { subjectType: 'device', subjectId: devices[1]?.id ?? 0 })
        .map((d) => d.reference),
    ).toEqual([document.reference]);
    expect(
      h.call(w.tech, 'documents.list', { subjectType: 'batch', subjectId: w.batchId }).map((d) => d.reference),
    ).toEqual([document.reference]);
  });

  it('refuses a device whose erasure is not verified, and writes nothing', () => {
    const device = erasedLaptop(h, w, 'PF1NOVER', { verify: false });
    const events = h.store.events.head();
    let refusal: ApiRefusal | null = null;
    try {
      certificateFor(device.id);
    } catch (error) {
      refusal = error as ApiRefusal;
    }
    expect(refusal?.error.code).toBe('certificate_erasure_unproven');
    expect(refusal?.error.message).toBe(
      translate('fr', 'error.certificate_erasure_unproven', { assetTag: device.assetTag }),
    );
    expect(h.store.events.head()).toEqual(events);
    expect(h.store.db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(0);
    // A batch with one unproven device is refused whole, naming it.
    erasedLaptop(h, w, 'PF1PROVE');
    const batch = h.refuse(w.tech, 'documents.generate', {
      kind: 'erasure-certificate',
      subject: { type: 'batch', ids: [w.batchId] },
    });
    expect(batch).toMatchObject({
      code: 'certificate_devices_unproven',
      message: expect.stringMatching(/^Aucun certificat établi : 1 appareil/),
    });
    expect(batch.refusals?.map((refusal) => [refusal.assetTag, refusal.message])).toEqual([
      [device.assetTag, expect.stringMatching(/^effacement non prouvé \(état « .+ »\)$/)],
    ]);
    // No number was used up: the next certificate is the first.
    const proven = erasedLaptop(h, w, 'PF1NEXT1');
    expect(certificateFor(proven.id).document.reference).toBe('CERT-2026-000001');
  });

  it('reprints byte for byte, renders the same bytes from the same input, and records document.generated in the chain', () => {
    const device = erasedLaptop(h, w, 'PF1REPRI');
    const { document, pdf } = certificateFor(device.id);
    const reprint = h.call(w.dso, 'documents.reprint', { reference: document.reference.toLowerCase() });
    expect(Buffer.from(reprint.pdfBase64, 'base64').equals(pdf)).toBe(true);
    expect(reprint.document.sha256).toBe(document.sha256);

    const kind = DOCUMENT_REGISTRY['erasure-certificate'];
    const loaded = kind?.load(h.store, { type: 'device', ids: [device.id] }, 'fr');
    const render = () =>
      kind?.render({
        data: loaded?.data,
        lang: 'fr',
        t: (key, params) => translate('fr', key, params),
        reference: document.reference,
        issuedAt: new Date(document.createdAt),
        organisation: readOrganisation(h.store),
        timeZone: organisationTimeZone(h.store),
        operator: document.operator,
        format: 'a4',
      });
    expect(render()?.equals(pdf)).toBe(true);

    const [event] = h.call(w.tech, 'events.forEntity', { entity: 'document', entityId: document.id });
    expect(event).toMatchObject({
      type: 'document.generated',
      operator: { name: 'Hélène Lefèvre' },
      payload: {
        reference: document.reference,
        kind: 'erasure-certificate',
        subjectType: 'device',
        subjectIds: [device.id],
        sha256: document.sha256,
        pages: 1,
      },
    });
    expect(h.store.events.verify().ok).toBe(true);
  });

  it('refuses an unknown reference and a kind not available yet with a translated message', () => {
    expect(h.refuse(w.tech, 'documents.reprint', { reference: 'CERT-2026-999999' })).toMatchObject({
      code: 'document_not_found',
      message: 'Aucun document ne porte la référence CERT-2026-999999.',
    });
    const missing = (['agreement', 'donation', 'receipt', 'return-receipt'] as const).filter(
      (kind) => !DOCUMENT_REGISTRY[kind],
    );
    for (const kind of missing) {
      expect(h.refuse(w.tech, 'documents.generate', { kind, subject: { type: 'handover', ids: [1] } }).code).toBe(
        'document_kind_unavailable',
      );
    }
    const device = erasedLaptop(h, w, 'PF1SUBJE');
    expect(
      h.refuse(w.tech, 'documents.generate', {
        kind: 'erasure-certificate',
        subject: { type: 'handover', ids: [device.id] },
      }).code,
    ).toBe('document_subject_unsupported');
    expect(
      h.refuse(w.tech, 'documents.generate', {
        kind: 'erasure-certificate',
        subject: { type: 'device', ids: [device.id] },
        format: 'roll-62',
      }).code,
    ).toBe('document_format_unsupported');
    expect(
      h.refuse(w.tech, 'documents.generate', { kind: 'erasure-certificate', subject: { type: 'device', ids: [1, 2] } })
        .code,
    ).toBe('invalid_input');
  });
});
