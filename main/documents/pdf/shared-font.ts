/**
 * Makes one parsed fontkit font fit to serve every document of the process (./fonts), whose bytes must not depend
 * on what was printed before them.
 *
 * fontkit keeps a single Glyph per glyph id, carrying the code points of whichever text first reached it, and
 * pdfkit copies those into each document's ToUnicode map (what copying or searching the text gives back). Several
 * texts reach the same glyph (`fi` and `ﬁ` give the same ligature; `ccmp` turns an `i` before a combining accent
 * into `ı`), so here every glyph id and code points get their own Glyph: the map stays a function of the document's
 * own text, as when each document parsed the font afresh.
 *
 * Each document's subset decodes the outline of every glyph it embeds, only to find the parts of composite glyphs:
 * a glyph's outline is decoded once (sound for a font without variations, as DejaVu Sans: nothing changes it). And
 * the tables every subset repeats are encoded once (./subset-tables).
 */
import type { Font, Glyph } from 'fontkit';
import { encodeConstantTablesOnce } from './subset-tables';

interface DecodableGlyph extends Glyph {
  _decode(): unknown;
}
type GlyphClass = new (id: number, codePoints: number[], font: Font) => DecodableGlyph;

function decodeOnce(glyph: DecodableGlyph): DecodableGlyph {
  const decode = glyph._decode.bind(glyph);
  let decoded: { outline: unknown } | null = null;
  glyph._decode = () => {
    decoded ??= { outline: decode() };
    return decoded.outline;
  };
  return glyph;
}

const sameCodePoints = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((point, index) => point === b[index]);

export function prepareSharedFont(font: Font): void {
  const fontkitGlyph = font.getGlyph.bind(font) as (id: number, codePoints: number[]) => DecodableGlyph;
  const glyphs = new Map<string, DecodableGlyph>();
  font.getGlyph = (id: number, codePoints: number[] = []): Glyph => {
    const key = `${id}:${codePoints.join(',')}`;
    let glyph = glyphs.get(key);
    if (!glyph) {
      const first = fontkitGlyph(id, codePoints);
      glyph = decodeOnce(
        sameCodePoints(first.codePoints, codePoints)
          ? first
          : new (first.constructor as GlyphClass)(id, codePoints, font),
      );
      glyphs.set(key, glyph);
    }
    return glyph;
  };
  encodeConstantTablesOnce(font);
}
