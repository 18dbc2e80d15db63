/**
 * The embedded fonts of every document: DejaVu Sans, regular and bold (assets/fonts, with its licence). Built-in
 * Helvetica is not embedded and prints the narrow no-break space of French numbers (U+202F) wrongly.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { create, type Font } from 'fontkit';
import { prepareSharedFont } from './shared-font';
import { shareWordLayouts } from './word-layouts';

export const FONT = { regular: 'Rebond-Regular', bold: 'Rebond-Bold' } as const;
export type FontName = (typeof FONT)[keyof typeof FONT];

const FILES: Record<FontName, string> = { [FONT.regular]: 'DejaVuSans.ttf', [FONT.bold]: 'DejaVuSans-Bold.ttf' };

/** A font file parsed by fontkit, which pdfkit takes in place of the file's path or bytes. */
export interface ParsedFont {
  readonly postscriptName: string;
}

/**
 * assets/fonts sits at the project root in development (main/documents/pdf/ is three levels down) and in the
 * package (dist/electron/main.cjs is two levels down): look upwards from this module for it.
 */
function fontsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let level = 0; level < 6; level += 1) {
    const candidate = join(dir, 'assets', 'fonts');
    if (existsSync(join(candidate, FILES[FONT.regular]))) return candidate;
    dir = dirname(dir);
  }
  throw new Error('Rebond: assets/fonts/DejaVuSans.ttf not found');
}

function parse(): Record<FontName, Font> {
  const dir = fontsDir();
  const font = (name: FontName) => create(readFileSync(join(dir, FILES[name])));
  return { [FONT.regular]: font(FONT.regular), [FONT.bold]: font(FONT.bold) };
}

/**
 * Both fonts freshly parsed, for a caller that keeps them: parsing a font and decoding the tables a first document
 * needs takes some 45 ms, more than the rest of a two-page agreement.
 */
export function parseFonts(): Record<FontName, ParsedFont> {
  return parse();
}

/** pdfkit's typings list only paths and bytes, but `registerFont` takes a parsed fontkit font too. */
export function registerParsedFont(doc: PDFKit.PDFDocument, name: string, font: ParsedFont): void {
  doc.registerFont(name, font as unknown as PDFKit.Mixins.PDFFontSource);
}

let shared: Record<FontName, Font> | null = null;

/**
 * Registers the fonts, parsed once per process and shared by every document (./shared-font keeps that from changing
 * any document's bytes), with the words already shaped (./word-layouts). What a document embeds stays its own: pdfkit
 * keeps the subset of glyphs, their widths and the ToUnicode map on the document's font object. Leaves the regular
 * font selected.
 */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  if (!shared) {
    shared = parse();
    for (const font of Object.values(shared)) prepareSharedFont(font);
  }
  for (const [name, font] of Object.entries(shared)) registerParsedFont(doc, name, font);
  shareWordLayouts(doc, [FONT.regular, FONT.bold]);
  doc.font(FONT.regular);
}
