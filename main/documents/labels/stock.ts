import type { LabelFormat } from '../../../shared/domain/documents';
import { A4, mm } from '../pdf/units';

/** One label stock: its page, the label's size and where each label sits on the page. All in points. */
export interface LabelStock {
  page: [number, number];
  width: number;
  height: number;
  columns: number;
  rows: number;
  /** Top-left corner of the first label. */
  originX: number;
  originY: number;
  /** How the content is set inside a label. */
  style: LabelStyle;
}

export interface LabelStyle {
  /** Inner margin: sheets are cut and printers shift by a millimetre or so. */
  padding: number;
  /** The QR code's largest side, quiet zone not included. */
  qrSize: number;
  tagSize: number;
  barcodeHeight: number;
  /** Every other line, in black: thermal heads and worn ribbons lose grey and anything under 7 pt. */
  textSize: number;
  /** Prints the organisation's name: "whose is this?" for a device out on loan. */
  owner: boolean;
}

const A4_LABEL = { width: mm(70), height: mm(37) };

export const LABEL_STOCKS: Record<LabelFormat, LabelStock> = {
  // 3 × 70 mm fill the 210 mm width; the 8 × 37 mm rows leave (297 − 296) / 2 mm above and below.
  'a4-3x8': {
    page: A4,
    ...A4_LABEL,
    columns: 3,
    rows: 8,
    originX: 0,
    originY: mm((297 - 8 * 37) / 2),
    style: { padding: mm(3), qrSize: mm(22), tagSize: 12, barcodeHeight: mm(10), textSize: 7.5, owner: true },
  },
  'roll-62': {
    page: [mm(62), mm(29)],
    width: mm(62),
    height: mm(29),
    columns: 1,
    rows: 1,
    originX: 0,
    originY: 0,
    style: { padding: mm(2), qrSize: mm(18), tagSize: 10, barcodeHeight: mm(8), textSize: 7, owner: true },
  },
  'dymo-54x25': {
    page: [mm(54), mm(25)],
    width: mm(54),
    height: mm(25),
    columns: 1,
    rows: 1,
    originX: 0,
    originY: 0,
    style: { padding: mm(1.8), qrSize: mm(15), tagSize: 9, barcodeHeight: mm(7), textSize: 7, owner: false },
  },
};

/** Where the label in place `index` lands (from 0: the first place of the first sheet), its page and top-left corner. */
export function labelPosition(stock: LabelStock, index: number): { page: number; x: number; y: number } {
  const perPage = stock.columns * stock.rows;
  const slot = index % perPage;
  return {
    page: Math.floor(index / perPage),
    x: stock.originX + (slot % stock.columns) * stock.width,
    y: stock.originY + Math.floor(slot / stock.columns) * stock.height,
  };
}
