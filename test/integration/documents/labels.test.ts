import { mkdirSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LABEL_FORMATS, type LabelFormat } from '../../../shared/domain/documents';
import { reprintDocument } from '../../../main/services/documents';
import { memoryHarness, type Harness } from '../../helpers/api';
import { erasedLaptop, setUpDocumentWorkshop, type DocumentWorkshop } from '../../helpers/documents';
import { monoPages, rectangles } from '../../helpers/labels';
import { inflatedStreams, pdfInfo, pdfLayoutText, pdfPages, readBarcodes } from '../../helpers/pdf';
import { ARTIFACTS } from '../../helpers/artifacts';

const pts = (millimetres: number) => (millimetres * 72) / 25.4;

let h: Harness;
let w: DocumentWorkshop;
beforeEach(() => {
  h = memoryHarness();
  w = setUpDocumentWorkshop(h);
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterEach(() => h.close());

function register(count: number, from = 0): { id: number; assetTag: string }[] {
  const devices = Array.from({ length: count }, (_, index) => ({
    kind: 'laptop' as const,
    serial: `LBL${String(from + index).padStart(5, '0')}`,
    make: 'Lenovo',
    model: 'ThinkPad T480',
  }));
  return h
    .call(w.tech, 'devices.registerMany', { batchId: w.batchId, devices })
    .devices.map(({ id, assetTag }) => ({ id, assetTag }));
}

/** A graded laptop, a desktop whose model is too long for a label and a tablet: the kinds and lines a label shows. */
function mixedDevices(): { id: number; assetTag: string }[] {
  const graded = erasedLaptop(h, w, 'PF1GRADE');
  h.call(w.tech, 'refurbishment.record', {
    deviceId: graded.id,
    outcome: 'refurbished',
    grade: 'B',
    functional: 'working',
  });
  const others = h.call(w.tech, 'devices.registerMany', {
    batchId: w.batchId,
    devices: [
      { kind: 'desktop', serial: 'DSK00001', make: 'Hewlett-Packard', model: 'EliteDesk 800 G4 Small Form Factor' },
      { kind: 'tablet', serial: 'TAB00001', make: 'Samsung', model: 'Galaxy Tab A8', imeis: ['490154203237518'] },
    ],
  }).devices;
  return [graded, ...others.map(({ id, assetTag }) => ({ id, assetTag }))];
}

type LabelOptions = { dpi?: 203 | 300 | 600; start?: number; grade?: boolean };

function labels(
  ids: number[],
  format: LabelFormat,
  labelOptions: LabelOptions = {},
  type: 'selection' | 'batch' | 'device' = 'selection',
) {
  const document = h.call(w.tech, 'documents.generate', {
    kind: 'labels',
    subject: { type, ids },
    format,
    labels: labelOptions,
  });
  return { document, pdf: reprintDocument(h.store, document.reference).pdf };
}

/** What zbarimg reads on every page, sorted: each tag twice, as `CODE-128:tag` and `QR-Code:tag`. */
function decodedOnEveryPage(pdf: Buffer, dpi: number): string[] {
  return monoPages(pdf, dpi).flatMap(readBarcodes).sort();
}

const bothCodes = (tags: readonly string[]) => tags.flatMap((tag) => [`CODE-128:${tag}`, `QR-Code:${tag}`]).sort();

/** The page size pdfinfo reports, in points. */
function pageSize(pdf: Buffer): [number, number] {
  const [width, height] = pdfInfo(pdf)
    .pageSize.split(' x ')
    .map((value) => Number.parseFloat(value));
  return [width ?? 0, height ?? 0];
}

describe('asset labels on the printers sites own', () => {
  for (const format of LABEL_FORMATS) {
    for (const dpi of [203, 300] as const) {
      it(`${format} at ${dpi} dpi: every Code 128 and QR code reads back from a one-bit rendering at the printer's resolution`, () => {
        const devices = format === 'a4-3x8' ? [...mixedDevices(), ...register(23)] : mixedDevices();
        const { document, pdf } = labels(
          devices.map((device) => device.id),
          format,
          { dpi },
        );
        expect(document.pages).toBe(format === 'a4-3x8' ? 2 : 3);
        expect(decodedOnEveryPage(pdf, dpi)).toEqual(bothCodes(devices.map((device) => device.assetTag)));
        writeFileSync(`${ARTIFACTS}doc-labels-${format}-${dpi}dpi.png`, monoPages(pdf, dpi)[0] ?? Buffer.alloc(0));
      });
    }
  }

  it('fits the longest asset tag the settings allow on a Dymo label at 203 dpi: both codes read, the tag printed whole', () => {
    h.call(w.admin, 'settings.update', { assetTagPrefix: 'ABCDEFGHIJKL', assetTagDigits: 6 });
    const devices = register(2);
    const { pdf } = labels(
      devices.map((device) => device.id),
      'dymo-54x25',
      { dpi: 203 },
    );
    expect(decodedOnEveryPage(pdf, 203)).toEqual(bothCodes(devices.map((device) => device.assetTag)));
    for (const device of devices) expect(pdfLayoutText(pdf)).toContain(device.assetTag);
  });

  it('puts every bar and module edge a quarter of a dot inside the printer’s dots, at each resolution', () => {
    const devices = mixedDevices();
    for (const dpi of [203, 300, 600] as const) {
      const { pdf } = labels(
        devices.map((device) => device.id),
        'dymo-54x25',
        { dpi },
      );
      const dot = 72 / dpi;
      const onGrid = (value: number) => Math.abs(value / dot - Math.round(value / dot)) < 0.01;
      const bars = rectangles(inflatedStreams(pdf));
      expect(bars.length, `${dpi} dpi`).toBeGreaterThan(100);
      for (const bar of bars) {
        // Inset by a quarter dot where an edge meets white, not at all where two dark modules meet.
        const left = [bar.x, bar.x - dot / 4].some(onGrid);
        const right = [bar.x + bar.width, bar.x + bar.width + dot / 4].some(onGrid);
        expect(left && right, `${dpi} dpi: ${bar.x} + ${bar.width}`).toBe(true);
      }
    }
  });

  it('prints each stock at its exact size, asks viewers not to scale it, and prints black text of 7 pt or more with short kind names', () => {
    const devices = mixedDevices();
    for (const [format, size] of [
      ['a4-3x8', [210, 297]],
      ['roll-62', [62, 29]],
      ['dymo-54x25', [54, 25]],
    ] as const) {
      const { pdf } = labels(
        devices.map((device) => device.id),
        format,
      );
      const [width, height] = pageSize(pdf);
      expect(width, format).toBeCloseTo(pts(size[0]), 1);
      expect(height, format).toBeCloseTo(pts(size[1]), 1);
      expect(pdf.toString('latin1'), format).toMatch(/\/ViewerPreferences \d+ 0 R/);
      expect(pdf.toString('latin1'), format).toMatch(/\/PrintScaling \/None/);
      const streams = inflatedStreams(pdf).filter((text) => text.includes(' Tf'));
      const sizes = streams.flatMap((text) => [...text.matchAll(/ ([\d.]+) Tf/g)].map((match) => Number(match[1])));
      expect(Math.min(...sizes), format).toBeGreaterThanOrEqual(7);
      const colours = new Set(
        streams.flatMap((text) =>
          [...text.matchAll(/([\d.]+ [\d.]+ [\d.]+) (?:rg|sc|scn)\b/g)].map((match) => match[1]),
        ),
      );
      expect([...colours], format).toEqual(['0 0 0']);
      const text = pdfLayoutText(pdf);
      expect(text, format).toContain('Grade B · Portable');
      expect(text, format).toContain('PC fixe');
      expect(text, format).toContain('Tablette');
      expect(text, format).not.toContain('Unité');
      expect(text, format).not.toContain('Non gradé');
      writeFileSync(
        `${ARTIFACTS}doc-labels-${format}.png`,
        pdfPages(pdf, format === 'a4-3x8' ? 100 : 300)[0] ?? Buffer.alloc(0),
      );
    }
  });

  it('starts a partly used A4 sheet at the first free label, and refuses a start position on a roll or past the sheet', () => {
    const devices = register(3);
    const { document, pdf } = labels(
      devices.map((device) => device.id),
      'a4-3x8',
      { dpi: 203, start: 5 },
    );
    expect(document.pages).toBe(1);
    const px = (millimetres: number) => Math.round((millimetres / 25.4) * 203);
    const cell = (slot: number) => ({
      page: 1,
      x: px((slot % 3) * 70) + 1,
      y: px(0.5 + Math.floor(slot / 3) * 37) + 1,
      width: px(70) - 2,
      height: px(37) - 2,
    });
    const read = (slot: number) => readBarcodes(monoPages(pdf, 203, cell(slot))[0] ?? Buffer.alloc(0));
    for (const slot of [0, 1, 2, 3, 7]) expect(read(slot), `place ${slot + 1}`).toEqual([]);
    for (const [index, device] of devices.entries())
      expect(read(4 + index), `place ${5 + index}`).toEqual(bothCodes([device.assetTag]));

    // From place 5, 20 labels fill the sheet; the 21st goes on a second sheet, which starts at its first place.
    const many = [...devices, ...register(17, 3)];
    expect(
      labels(
        many.map((device) => device.id),
        'a4-3x8',
        { start: 5 },
      ).document.pages,
    ).toBe(1);
    expect(
      labels(
        [...many, ...register(1, 20)].map((device) => device.id),
        'a4-3x8',
        { start: 5 },
      ).document.pages,
    ).toBe(2);

    const ids = [devices[0]?.id ?? 0];
    expect(
      h.refuse(w.tech, 'documents.generate', {
        kind: 'labels',
        subject: { type: 'selection', ids },
        format: 'roll-62',
        labels: { start: 2 },
      }),
    ).toMatchObject({
      code: 'labels_start_sheet_only',
    });
    expect(
      h.refuse(w.tech, 'documents.generate', {
        kind: 'labels',
        subject: { type: 'selection', ids },
        format: 'a4-3x8',
        labels: { start: 25 },
      }),
    ).toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('Étiquettes, Première étiquette libre'),
    });
    expect(
      h.refuse(w.tech, 'documents.generate', {
        kind: 'labels',
        subject: { type: 'selection', ids },
        format: 'a4-3x8',
        labels: { dpi: 250 } as never,
      }),
    ).toMatchObject({
      code: 'invalid_input',
    });
  });

  it('leaves recycled and lost devices out of a batch’s labels, and refuses the label of one of them by name', () => {
    const kept = register(2);
    const recycled = erasedLaptop(h, w, 'PF1RECYC');
    h.call(w.tech, 'devices.applyAction', { deviceIds: [recycled.id], action: 'send_to_recycling' });
    h.call(w.admin, 'recycling.record', { deviceIds: [recycled.id], recycler: 'Envie', pickupDate: '2026-11-10' });
    const [lost] = register(1, 10);
    h.call(w.tech, 'devices.applyAction', { deviceIds: [lost?.id ?? 0], action: 'report_lost' });

    const { document, pdf } = labels([w.batchId], 'roll-62', {}, 'batch');
    expect(document.pages).toBe(2);
    expect(decodedOnEveryPage(pdf, 203)).toEqual(bothCodes(kept.map((device) => device.assetTag)));
    expect(h.call(w.tech, 'documents.list', { subjectType: 'device', subjectId: recycled.id })).toEqual([]);
    const selection = labels([recycled.id, kept[0]?.id ?? 0, lost?.id ?? 0], 'dymo-54x25');
    expect(selection.document.pages).toBe(1);

    expect(
      h.refuse(w.tech, 'documents.generate', { kind: 'labels', subject: { type: 'device', ids: [recycled.id] } }),
    ).toMatchObject({
      code: 'label_device_gone',
      message: `Pas d’étiquette pour ${recycled.assetTag} : l’appareil est « Recyclé ».`,
    });
    expect(
      h.refuse(w.tech, 'documents.generate', {
        kind: 'labels',
        subject: { type: 'selection', ids: [recycled.id, lost?.id ?? 0] },
      }),
    ).toMatchObject({
      code: 'labels_all_gone',
    });
  });

  it('prints the grade unless asked not to, and records the options with the document', () => {
    const [graded] = mixedDevices();
    const ids = [graded?.id ?? 0];
    expect(pdfLayoutText(labels(ids, 'roll-62').pdf)).toContain('Grade B · Portable');
    const { document, pdf } = labels(ids, 'roll-62', { grade: false, dpi: 300 });
    expect(pdfLayoutText(pdf)).not.toContain('Grade');
    expect(pdfLayoutText(pdf)).toContain('Portable');
    const [event] = h.call(w.tech, 'events.forEntity', { entity: 'document', entityId: document.id });
    expect(event?.payload).toMatchObject({ kind: 'labels', format: 'roll-62', labels: { grade: false, dpi: 300 } });
  });

  it('prints a batch’s labels in intake order, lists them on each device, and reprints them byte for byte', () => {
    const devices = register(4);
    const { document, pdf } = labels([w.batchId], 'a4-3x8', {}, 'batch');
    expect(document).toMatchObject({ reference: 'LBL-2026-000001', format: 'a4-3x8', pages: 1 });
    expect(
      h.call(w.tech, 'documents.list', { subjectType: 'device', subjectId: devices[3]?.id ?? 0 })[0]?.reference,
    ).toBe(document.reference);
    expect(pdfLayoutText(pdf).indexOf(devices[0]?.assetTag ?? '?')).toBeLessThan(
      pdfLayoutText(pdf).indexOf(devices[3]?.assetTag ?? '?'),
    );
    const again = h.call(w.tech, 'documents.reprint', { reference: document.reference });
    expect(Buffer.from(again.pdfBase64, 'base64').equals(pdf)).toBe(true);
    expect(labels([devices[0]?.id ?? 0], 'dymo-54x25', {}, 'device').document.pages).toBe(1);
    expect(
      h.refuse(w.tech, 'documents.generate', { kind: 'labels', subject: { type: 'selection', ids: [99_999] } }),
    ).toMatchObject({ code: 'not_found' });
  });
});
