import { mkdirSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reprintDocument } from '../../../main/services/documents';
import { memoryHarness, type Harness } from '../../helpers/api';
import { erasedLaptop, pdfInfo, pdfPages, pdfRegion, pdfText, readBarcodes, setUpDocumentWorkshop, type DocumentWorkshop } from '../../helpers/documents';

const ARTIFACTS = new URL('../../../test-artifacts/', import.meta.url).pathname;
const DPI = 300;
const px = (millimetres: number) => (millimetres / 25.4) * DPI;
const pts = (millimetres: number) => (millimetres * 72) / 25.4;

let h: Harness;
let w: DocumentWorkshop;
beforeEach(() => {
  h = memoryHarness();
  w = setUpDocumentWorkshop(h);
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterEach(() => h.close());

function register(count: number): { id: number; assetTag: string }[] {
  const devices = Array.from({ length: count }, (_, index) => ({
    kind: 'laptop' as const,
    serial: `LBL${String(index).padStart(5, '0')}`,
    make: 'Lenovo',
    model: 'ThinkPad T480',
  }));
  return h.call(w.tech, 'devices.registerMany', { batchId: w.batchId, devices }).devices.map(({ id, assetTag }) => ({ id, assetTag }));
}

function labels(ids: number[], format: 'a4-3x8' | 'roll-62' | 'dymo-54x25', type: 'selection' | 'batch' | 'device' = 'selection') {
  const document = h.call(w.tech, 'documents.generate', { kind: 'labels', subject: { type, ids }, format });
  return { document, pdf: reprintDocument(h.store, document.reference).pdf };
}

/** The page size pdfinfo reports, in points. */
function pageSize(pdf: Buffer): [number, number] {
  const [width, height] = pdfInfo(pdf).pageSize.split(' x ').map((value) => Number.parseFloat(value));
  return [width ?? 0, height ?? 0];
}

describe('asset labels', () => {
  it('fills an A4 sheet of 3 × 8 labels of 70 × 37 mm, each cell scanning back to its own asset tag', () => {
    const devices = register(26);
    const { document, pdf } = labels(devices.map((device) => device.id), 'a4-3x8');
    expect(document).toMatchObject({ reference: 'LBL-2026-000001', format: 'a4-3x8', pages: 2 });
    const [width, height] = pageSize(pdf);
    expect(width).toBeCloseTo(pts(210), 1);
    expect(height).toBeCloseTo(pts(297), 1);
    // Cells from the format's geometry: no gaps, no side margins, (297 − 8 × 37) / 2 mm above the first row.
    const cell = (slot: number) => ({
      x: Math.round(px((slot % 3) * 70)) + 1,
      y: Math.round(px(0.5 + Math.floor(slot / 3) * 37)) + 1,
      width: Math.floor(px(70)) - 2,
      height: Math.floor(px(37)) - 2,
    });
    devices.forEach((device, index) => {
      const scanned = readBarcodes(pdfRegion(pdf, Math.floor(index / 24) + 1, DPI, cell(index % 24)));
      expect(scanned, `label ${index + 1}`).toEqual([`CODE-128:${device.assetTag}`, `QR-Code:${device.assetTag}`]);
    });
    expect(readBarcodes(pdfRegion(pdf, 2, DPI, cell(2)))).toEqual([]);
    const text = pdfText(pdf);
    expect(text).toContain('Lenovo ThinkPad T480');
    expect(text).toContain('Non gradé · Portable');
    expect(text).toContain('Rebond Lyon');
    writeFileSync(`${ARTIFACTS}doc-labels-a4-3x8.png`, pdfPages(pdf, 100)[0] ?? Buffer.alloc(0));
  });

  it('prints one label per page at the exact size of a 62 mm roll and of a Dymo 54 × 25 mm label', () => {
    const graded = erasedLaptop(h, w, 'PF1GRADE');
    h.call(w.tech, 'refurbishment.record', { deviceId: graded.id, outcome: 'refurbished', grade: 'B', functional: 'working' });
    const [other] = register(1);
    const devices = [graded, other ?? graded];
    for (const [format, size] of [['roll-62', [62, 29]], ['dymo-54x25', [54, 25]]] as const) {
      const { pdf } = labels(devices.map((device) => device.id), format);
      const [width, height] = pageSize(pdf);
      expect(width, format).toBeCloseTo(pts(size[0]), 1);
      expect(height, format).toBeCloseTo(pts(size[1]), 1);
      const pages = pdfPages(pdf, DPI);
      expect(pages).toHaveLength(2);
      pages.forEach((png, index) => {
        const tag = devices[index]?.assetTag ?? '';
        expect(readBarcodes(png), `${format} ${tag}`).toEqual([`CODE-128:${tag}`, `QR-Code:${tag}`]);
      });
      expect(pdfText(pdf)).toContain('Grade B · Portable');
      writeFileSync(`${ARTIFACTS}doc-labels-${format}.png`, pages[0] ?? Buffer.alloc(0));
    }
  });

  it('prints a batch’s labels in intake order and a device’s own label', () => {
    const devices = register(4);
    const { document } = labels([w.batchId], 'a4-3x8', 'batch');
    expect(document.pages).toBe(1);
    expect(h.call(w.tech, 'documents.list', { subjectType: 'device', subjectId: devices[3]?.id ?? 0 })[0]?.reference).toBe(document.reference);
    const single = labels([devices[0]?.id ?? 0], 'dymo-54x25', 'device');
    expect(single.document.pages).toBe(1);
    expect(h.refuse(w.tech, 'documents.generate', { kind: 'labels', subject: { type: 'selection', ids: [99_999] } })).toMatchObject({
      code: 'not_found',
    });
  });
});
