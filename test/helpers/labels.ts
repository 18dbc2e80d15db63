import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A one-bit rendering of every page at a printer's resolution, as a thermal head prints it (`pdftoppm -mono`, no
 * anti-aliasing), and of one region of a page when asked; the PNG files' bytes in page order.
 */
export function monoPages(
  pdf: Buffer,
  dpi: number,
  region?: { page: number; x: number; y: number; width: number; height: number },
): Buffer[] {
  const dir = mkdtempSync(join(tmpdir(), 'rebond-labels-'));
  try {
    const file = join(dir, 'labels.pdf');
    writeFileSync(file, pdf);
    const crop = region
      ? [
          '-f',
          region.page,
          '-l',
          region.page,
          '-x',
          region.x,
          '-y',
          region.y,
          '-W',
          region.width,
          '-H',
          region.height,
        ].map(String)
      : [];
    execFileSync('pdftoppm', ['-mono', '-r', String(dpi), '-png', ...crop, file, join(dir, 'page')]);
    return readdirSync(dir)
      .filter((name) => name.startsWith('page') && name.endsWith('.png'))
      .sort()
      .map((name) => readFileSync(join(dir, name)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The x positions and widths of a PDF's filled rectangles (`x y w h re`), from its inflated page streams. */
export function rectangles(streams: readonly string[]): { x: number; width: number; y: number; height: number }[] {
  return streams.flatMap((text) =>
    [...text.matchAll(/(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re/g)].map((match) => ({
      x: Number(match[1]),
      y: Number(match[2]),
      width: Number(match[3]),
      height: Number(match[4]),
    })),
  );
}
