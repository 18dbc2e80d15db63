/**
 * Loan agreements: how many the document service issues per second (each one numbered, rendered, stored with its
 * bytes and recorded in the event chain, in its own durable transaction), and how that time compares with raw
 * pdfkit writing the same text with the same embedded fonts, in the same run.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { seedDemo } from '../../main/demo/seed';
import { FONT, parseFonts, registerParsedFont, type FontName, type ParsedFont } from '../../main/documents/pdf/fonts';
import { generateDocument } from '../../main/services/documents';
import { updateOrganisation } from '../../main/services/organisation';
import { actorFor, listOperators } from '../../main/services/people';
import { openStore } from '../../main/store/store';
import { scratchDir } from './fixtures';
import { atLeast, atMost, median, time, type Figure } from './measure';

/** `BENCH_AGREEMENTS=100` measures fewer, to compare two versions quickly (a multiple of the rounds). */
const AGREEMENTS = Number(process.env.BENCH_AGREEMENTS) || 500;
const ROUNDS = 10;
const RAW_PER_ROUND = 20;
/** Loans whose agreements are issued before the clock starts: the process warms up on them. */
const WARM_UP = 20;

/**
 * pdfkit alone: an A4 document with the same two embedded fonts (the title in bold, as the agreement has bold
 * text) and the given text, one paragraph per line of it; no database, no layout of ours. The fonts are parsed
 * once and no default font is loaded, as in the app and as a careful pdfkit user would do; each document shapes
 * its words afresh (pdfkit's cache is per document), where the app shares its shaped words between documents.
 */
function rawPdf(fonts: Record<FontName, ParsedFont>, paragraphs: readonly string[]): Buffer {
  const doc = new PDFDocument({
    font: '',
    size: 'A4',
    margins: { top: 110, bottom: 58, left: 45, right: 45 },
    bufferPages: true,
  });
  for (const [name, font] of Object.entries(fonts)) registerParsedFont(doc, name, font);
  paragraphs.forEach((text, index) => {
    doc
      .font(index === 0 ? FONT.bold : FONT.regular)
      .fontSize(9.5)
      .text(text);
  });
  doc.end();
  return doc.read() as Buffer;
}

/** The text of a PDF as poppler reads it, split into its lines (pages' headers and footers included). */
function textOf(pdf: Buffer, dir: string): string[] {
  const path = join(dir, 'sample.pdf');
  writeFileSync(path, pdf);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  return text.split('\n').filter((line) => line.trim() !== '');
}

export async function agreementFigures(log: (line: string) => void): Promise<Figure[]> {
  const dir = scratchDir();
  try {
    log('  seeding a demo warehouse with a thousand people at the counter…');
    const store = openStore(join(dir.path, 'agreements.sqlite'));
    seedDemo(store, { devices: 9000, devicesLent: 1100 });
    const admin = listOperators(store, true).find((operator) => operator.roles.includes('admin'));
    if (!admin) throw new Error('no administrator in the demo');
    const actor = actorFor(store, admin.id);
    updateOrganisation(store, actor, {
      name: 'Rebond Villeurbanne',
      address: '12 rue Francis de Pressensé\n69100 Villeurbanne',
      registration: 'SIRET 123 456 789 00012',
      phone: '04 78 00 00 00',
      email: 'donnees@rebond.example',
      signatoryName: 'Camille Martin',
      signatoryTitle: 'Directrice',
      dpoContact: 'dpo@rebond.example',
      logo: null,
      timeZone: null,
    });
    const loans = store.db
      .prepare("SELECT id FROM handovers WHERE kind = 'loan' ORDER BY id")
      .pluck()
      .all() as number[];
    if (loans.length < WARM_UP + AGREEMENTS)
      throw new Error(`the demo lent to ${loans.length} people, fewer than ${WARM_UP + AGREEMENTS}`);
    const request = (loan: number) => ({
      kind: 'agreement' as const,
      subject: { type: 'handover' as const, ids: [loan] },
      lang: 'fr' as const,
    });

    // Each timed agreement is another person's, printed for the first time, as at the counter.
    const warmUp = loans.slice(0, WARM_UP).map((loan) => generateDocument(store, actor, request(loan)).pdf);
    const timed = loans.slice(WARM_UP, WARM_UP + AGREEMENTS);
    const fonts = parseFonts();
    rawPdf(fonts, textOf(warmUp[0] ?? Buffer.alloc(0), dir.path));

    // Rounds alternate the two, so that a busy moment of the machine weighs on both sides of the ratio.
    log(`  ${AGREEMENTS} agreements for as many loans, against raw pdfkit…`);
    let appMs = 0;
    const ratios: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const perRound = AGREEMENTS / ROUNDS;
      // One request after another, as the desks send them: the event loop turns between two (pdfkit lets go of a
      // finished document only then), and only the requests themselves are timed.
      let app = 0;
      const issued: Buffer[] = [];
      for (let index = 0; index < perRound; index += 1) {
        const loan = timed[round * perRound + index] ?? 0;
        app += time(() => issued.push(generateDocument(store, actor, request(loan)).pdf));
        await new Promise((resolve) => setImmediate(resolve));
      }
      // Raw pdfkit writes the words of agreements the round just issued (read back with pdftotext, off the clock).
      const texts = issued.slice(0, RAW_PER_ROUND).map((pdf) => textOf(pdf, dir.path));
      let raw = 0;
      for (const text of texts) {
        raw += time(() => rawPdf(fonts, text));
        await new Promise((resolve) => setImmediate(resolve));
      }
      appMs += app;
      ratios.push(app / perRound / (raw / RAW_PER_ROUND));
    }
    store.close();
    return [
      atLeast(
        'agreements_per_s',
        (AGREEMENTS * 1000) / appMs,
        '/s',
        50,
        `${AGREEMENTS} loan agreements, each for another person, through the document service (load, number, render, store, event), file database, synchronous=FULL`,
      ),
      atMost(
        'agreement_ratio',
        median(ratios),
        'ratio',
        1.5,
        `time per agreement through the service / raw pdfkit writing the same text with the same two embedded fonts, parsed once; median of ${ROUNDS} alternating rounds`,
      ),
    ];
  } finally {
    dir.remove();
  }
}
