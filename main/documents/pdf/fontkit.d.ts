/** The little of fontkit (pdfkit's font engine, which publishes no types) that Rebond calls itself. */
declare module 'fontkit' {
  export interface Glyph {
    id: number;
    codePoints: number[];
  }

  /** The glyphs one document embeds, and the font file written with them alone. */
  export interface Subset {
    font: Font;
    includeGlyph(glyph: number | Glyph): number;
    encode(): Uint8Array;
  }

  /** The shaped text: its advance, in font units. */
  export interface GlyphRun {
    advanceWidth: number;
  }

  export interface Font {
    postscriptName: string;
    unitsPerEm: number;
    layout(text: string): GlyphRun;
    getGlyph(id: number, codePoints?: number[]): Glyph;
    createSubset(): Subset;
  }

  /** Parses a font file (TrueType or OpenType; a collection would need a name). */
  export function create(data: Uint8Array, postscriptName?: string): Font;
}
