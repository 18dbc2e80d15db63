/** Reading back the PDFs and images Rebond writes, with poppler (pdftotext, pdfinfo, pdftoppm, pdfimages) and zbar. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { ARTIFACTS } from './artifacts';

/** Every compressed stream of a PDF Rebond wrote (page drawings, font files, ToUnicode maps), inflated, in file order. */
export function inflatedStreams(pdf: Buffer): string[] {
  const streams: string[] = [];
  const raw = pdf.toString('latin1');
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      streams.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // Not a deflated stream (an image, a font): nothing to read in it.
    }
  }
  return streams;
}

/**
 * The code points the PDF's fonts map their glyphs to (their ToUnicode CMaps). pdftotext prints U+202F and U+00A0
 * as plain spaces, so this is how a test sees that a narrow no-break space really is in the text.
 */
export function mappedCodePoints(pdf: Buffer): Set<number> {
  const found = new Set<number>();
  for (const text of inflatedStreams(pdf)) {
    if (!text.includes('beginbfrange')) continue;
    for (const hex of text.slice(text.indexOf('beginbfrange')).matchAll(/<([0-9a-f]{4})>/gi))
      found.add(parseInt(hex[1] ?? '0', 16));
  }
  return found;
}

/** Layout text with each line's runs of spaces (ordinary, no-break, narrow no-break) made one space. */
export const oneLine = (text: string) => text.replace(/[ \t\u00a0\u202f]+/g, ' ');

/** The text poppler extracts with the page's layout kept: columns side by side, as on paper. */
export const pdfLayoutText = (pdf: Buffer): string => pdfText(pdf, ['-layout']);

export function pdfInfo(pdf: Buffer): { pages: number; pageSize: string; title: string } {
  const info = withTemp(pdf, (file) => execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
  const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(info)?.[1]?.trim() ?? '';
  return { pages: Number(field('Pages')), pageSize: field('Page size'), title: field('Title') };
}

/** Renders every page to PNG at `dpi`; returns the PNG files' bytes in page order. */
export function pdfPages(pdf: Buffer, dpi = 300): Buffer[] {
  return withTemp(pdf, (file, dir) => {
    execFileSync('pdftoppm', ['-r', String(dpi), '-png', file, join(dir, 'page')]);
    return readdirSync(dir)
      .filter((name) => name.startsWith('page') && name.endsWith('.png'))
      .sort()
      .map((name) => readFileSync(join(dir, name)));
  });
}

/** One page (numbered from 1) rendered to PNG at `dpi`: cheaper than every page of a long document. */
export function pdfPage(pdf: Buffer, page: number, dpi = 300): Buffer {
  return withTemp(pdf, (file, dir) => {
    execFileSync('pdftoppm', [
      '-r',
      String(dpi),
      '-png',
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      file,
      join(dir, 'page'),
    ]);
    return readFileSync(join(dir, 'page.png'));
  });
}

/** One region of one page as a grey PNG, in pixels at `dpi` (what a scanner sees of one label). */
export function pdfRegion(
  pdf: Buffer,
  page: number,
  dpi: number,
  region: { x: number; y: number; width: number; height: number },
): Buffer {
  return withTemp(pdf, (file, dir) => {
    const crop = ['-x', region.x, '-y', region.y, '-W', region.width, '-H', region.height].map(String);
    execFileSync('pdftoppm', [
      '-r',
      String(dpi),
      '-gray',
      '-png',
      '-f',
      String(page),
      '-l',
      String(page),
      ...crop,
      '-singlefile',
      file,
      join(dir, 'region'),
    ]);
    return readFileSync(join(dir, 'region.png'));
  });
}

/** Every symbol zbarimg finds in a PNG, as `TYPE:data` lines (e.g. `CODE-128:RB000001`, `QR-Code:RB000001`). */
export function readBarcodes(png: Buffer): string[] {
  return withTemp(
    png,
    (file) => {
      try {
        const out = execFileSync('zbarimg', ['--quiet', file], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        });
        return out.split('\n').filter(Boolean).sort();
      } catch {
        return [];
      }
    },
    'png',
  );
}

function withTemp<T>(bytes: Buffer, work: (file: string, dir: string) => T, ext = 'pdf'): T {
  const dir = mkdtempSync(join(tmpdir(), 'rebond-doc-'));
  try {
    const file = join(dir, `input.${ext}`);
    writeFileSync(file, bytes);
    return work(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text poppler extracts, in reading order, with pdftotext's `options` (`-layout`, `-f N -l N` for pages). */
export function pdfText(pdf: Buffer, options: string[] = []): string {
  return withTemp(pdf, (path) =>
    execFileSync('pdftotext', [...options, '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }),
  );
}

/** One line per embedded image (`pdfimages -list`, header lines dropped). */
export function pdfImages(pdf: Buffer): string[] {
  const out = withTemp(pdf, (path) => execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' }));
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '');
}

/** Renders every page to test-artifacts/<name>-<n>.png at 80 dpi, for people to look at. */
export function renderPages(pdf: Buffer, name: string): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  withTemp(pdf, (path) => execFileSync('pdftoppm', ['-png', '-r', '80', path, join(ARTIFACTS, name)]));
}

/**
 * The text as one line: wrapped lines joined, non-breaking spaces (kept as such by pdftotext) made ordinary, and
 * the non-breaking hyphens of identifiers and e-mail addresses (U+2011) read as hyphens.
 */
export const plainSpaces = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').replace(/\u2011/g, '-');
