/**
 * pdfkit shapes text word by word and keeps, on each document's embedded font, every word's shaped glyphs and
 * positions (`layoutCache`: keyed by the word, computed from the parsed font alone, copied before pdfkit adjusts
 * any). Shaping is most of a document's time and documents repeat their words (clauses, headings, labels), so each
 * document's embedded fonts are handed one cache per parsed font instead of an empty one. pdfkit does not expose
 * that cache: if a version lacks it, documents simply keep their own.
 */
interface EmbeddedFontInternals {
  font?: object;
  layoutCache?: Record<string, unknown>;
}

interface WordLayouts {
  layouts: Record<string, unknown>;
  /** Glyphs held, some 120 bytes each with their positions. */
  glyphs: number;
}

/** The cache keeps every word printed, names and addresses too: past this (some 12 MB), a new one is started. */
const MAX_GLYPHS = 100_000;

function newWordLayouts(): WordLayouts {
  const cache: WordLayouts = { layouts: {}, glyphs: 0 };
  cache.layouts = new Proxy(Object.create(null) as Record<string, unknown>, {
    set(target, word: string, run: { glyphs?: readonly unknown[] }) {
      target[word] = run;
      cache.glyphs += run.glyphs?.length ?? 1;
      return true;
    },
  });
  return cache;
}

const caches = new WeakMap<object, WordLayouts>();
/** The caches in use (one per parsed font, so a handful), so that `forgetWordLayouts` can reach them. */
const live = new Set<WordLayouts>();

/**
 * Empties every cache of shaped words: after an anonymisation, no name printed before stays in the process. The
 * next document shapes its words afresh.
 */
export function forgetWordLayouts(): void {
  for (const cache of live) {
    for (const word of Object.keys(cache.layouts)) delete cache.layouts[word];
    cache.glyphs = 0;
  }
}

/** The words the caches hold (as pdfkit keys them: a word with its trailing space), for tests. */
export function heldWords(): string[] {
  return [...live].flatMap((cache) => Object.keys(cache.layouts));
}

/** Selects each of `names` (registered fonts) in turn, giving its embedded font the shared cache of its parsed font. */
export function shareWordLayouts(doc: PDFKit.PDFDocument, names: readonly string[]): void {
  for (const name of names) {
    doc.font(name);
    const embedded = (doc as unknown as { _font?: EmbeddedFontInternals })._font;
    if (!embedded?.font || typeof embedded.layoutCache !== 'object') continue;
    let cache = caches.get(embedded.font);
    if (!cache || cache.glyphs > MAX_GLYPHS) {
      if (cache) live.delete(cache);
      cache = newWordLayouts();
      caches.set(embedded.font, cache);
      live.add(cache);
    }
    embedded.layoutCache = cache.layouts;
  }
}
