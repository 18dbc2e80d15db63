/**
 * The text of a PDF, line by line as it is laid out: pdfjs gives positioned pieces of text in drawing order, so
 * pieces are grouped by their baseline and sorted left to right, with a wide gap between pieces that stand apart
 * (a label and its value). A PDF without text (a scan) gives no lines.
 */
/** Loaded on first use: pdfjs is large, and only PDF imports need it (it must stay outside bundles: it finds its worker next to itself). */
async function pdfjs() {
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

interface Piece {
  x: number;
  y: number;
  width: number;
  text: string;
}

const SAME_LINE = 2.5;

function linesOf(pieces: Piece[]): string[] {
  const rows: Piece[][] = [];
  for (const piece of [...pieces].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const row = rows.at(-1);
    if (row && Math.abs((row[0]?.y ?? 0) - piece.y) <= SAME_LINE) row.push(piece);
    else rows.push([piece]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    let line = '';
    let end = -Infinity;
    for (const piece of row) {
      const gap = piece.x - end;
      line +=
        line === '' ? piece.text : gap > 6 || gap < -2 ? `   ${piece.text}` : gap > 1 ? ` ${piece.text}` : piece.text;
      end = piece.x + piece.width;
    }
    return line.trim();
  });
}

/** Each page's lines; throws what pdfjs throws when the file is not a PDF it can open. */
export async function pdfTextLines(bytes: Uint8Array): Promise<string[][]> {
  const { getDocument, VerbosityLevel } = await pdfjs();
  const document = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    verbosity: VerbosityLevel.ERRORS,
    useSystemFonts: false,
    disableFontFace: true,
  }).promise;
  try {
    const pages: string[][] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const pieces: Piece[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        pieces.push({ x: item.transform[4] ?? 0, y: item.transform[5] ?? 0, width: item.width, text: item.str.trim() });
      }
      pages.push(linesOf(pieces).filter((line) => line !== ''));
      page.cleanup();
    }
    return pages;
  } finally {
    await document.destroy();
  }
}
