/** The document toolkit: a framed page, flowing blocks, tables, signatures, barcodes, formats and units. */
export { createPdf, type FramedPdf, type PdfOptions } from './frame';
export { openPdf, endPdf, pageCount, type BarePdfOptions } from './base';
export {
  contentHeight,
  contentLeft,
  contentWidth,
  ensureSpace,
  keepWithNext,
  keyValues,
  paragraph,
  section,
  spaceBelow,
  title,
  type KeyValueOptions,
  type ParagraphOptions,
} from './blocks';
export { textHeight, type MeasureOptions } from './measure';
export { fitOnOneLine, frenchTypography, typeset, unbreakable } from './typography';
export { table, type TableColumn, type TableOptions } from './table';
export { signatureBlocks, type SignatureBlock, type SignatureOptions } from './signatures';
export { drawCode128, drawQr, code128Modules } from './barcodes';
export { formatDate, formatDateTime, formatDay, formatNumber, yearOf } from './format';
export { logoImage } from './logo';
export { FONT } from './fonts';
export { A4, COLOURS, mm, type Margins } from './units';
