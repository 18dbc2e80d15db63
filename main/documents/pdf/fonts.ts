/**
 * The embedded fonts of every document: DejaVu Sans, regular and bold (assets/fonts, with its licence). Built-in
 * Helvetica is not embedded and prints the narrow no-break space of French numbers (U+202F) wrongly.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FONT = { regular: 'Rebond-Regular', bold: 'Rebond-Bold' } as const;

const FILES = { [FONT.regular]: 'DejaVuSans.ttf', [FONT.bold]: 'DejaVuSans-Bold.ttf' } as const;

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

let cache: Record<string, Buffer> | null = null;

function fontData(): Record<string, Buffer> {
  if (!cache) {
    const dir = fontsDir();
    cache = Object.fromEntries(Object.entries(FILES).map(([name, file]) => [name, readFileSync(join(dir, file))]));
  }
  return cache;
}

export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const [name, data] of Object.entries(fontData())) doc.registerFont(name, data);
  doc.font(FONT.regular);
}
