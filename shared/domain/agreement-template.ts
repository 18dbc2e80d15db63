/**
 * An agreement's clause text, as a coordinator writes it: plain lines, where `# Title` starts a clause, `- ` a bullet,
 * a blank line ends a paragraph, and `{name}` is a placeholder (`{{` and `}}` print a brace). A clause whose title
 * starts with `[SIM]` (`# [SIM] Article 3 bis – Carte SIM`) prints only when the handover includes a SIM card. Parsed the same way by
 * the editor (live) and by main (before saving and when printing), so what the editor accepts is what prints.
 */
import { elides } from '../format/names';
import type { Lang } from '../i18n/define';
import {
  placeholderByName,
  placeholderFits,
  type PlaceholderId,
  type PlaceholderValues,
} from './agreement-placeholders';
import type { ClauseVariant } from './agreement-variants';

export const TEMPLATE_MAX_LENGTH = 20_000;

export type Segment = { type: 'text'; text: string } | { type: 'placeholder'; id: PlaceholderId };

export interface TemplateBlock {
  type: 'heading' | 'paragraph' | 'bullet';
  segments: Segment[];
  /** Set on every block of a clause titled `[SIM] …`: printed only when the handover includes a SIM card. */
  simOnly?: true;
}

/** The marker that makes a clause conditional on a SIM card, as typed at the start of its title. */
export const SIM_CLAUSE_MARKER = /^\[SIM\]\s*/i;

/** Why a text is refused; `line` counts from 1, `excerpt` shows the offending part as typed. */
export type TemplateProblem =
  | { code: 'template_empty' }
  | { code: 'template_placeholder_unknown'; name: string; line: number }
  | { code: 'template_placeholder_not_for_kind'; name: string; line: number }
  | { code: 'template_brace_malformed'; excerpt: string; line: number };

export type ParsedTemplate = { ok: true; blocks: TemplateBlock[] } | { ok: false; problem: TemplateProblem };

const NAME = /^[\p{L}_][\p{L}\p{N}_.]*$/u;

class Refused extends Error {
  constructor(readonly problem: TemplateProblem) {
    super(problem.code);
  }
}

function pushText(segments: Segment[], text: string): void {
  if (text === '') return;
  const last = segments.at(-1);
  if (last?.type === 'text') last.text += text;
  else segments.push({ type: 'text', text });
}

function excerptAround(line: string, at: number): string {
  return line.slice(Math.max(0, at - 12), at + 13).trim();
}

function parseLine(line: string, lineNumber: number, lang: Lang, variant: ClauseVariant): Segment[] {
  const segments: Segment[] = [];
  let text = '';
  let at = 0;
  while (at < line.length) {
    const char = line[at] ?? '';
    const next = line[at + 1];
    if ((char === '{' && next === '{') || (char === '}' && next === '}')) {
      text += char;
      at += 2;
      continue;
    }
    if (char === '}')
      throw new Refused({ code: 'template_brace_malformed', excerpt: excerptAround(line, at), line: lineNumber });
    if (char !== '{') {
      text += char;
      at += 1;
      continue;
    }
    const close = line.indexOf('}', at + 1);
    const inner = close < 0 ? '' : line.slice(at + 1, close);
    const name = inner.trim();
    if (close < 0 || inner.includes('{') || !NAME.test(name)) {
      const end = close < 0 ? line.length : close + 1;
      throw new Refused({
        code: 'template_brace_malformed',
        excerpt: line.slice(at, Math.min(end, at + 40)),
        line: lineNumber,
      });
    }
    const id = placeholderByName(lang, name);
    if (id === null) throw new Refused({ code: 'template_placeholder_unknown', name, line: lineNumber });
    if (!placeholderFits(id, variant)) {
      throw new Refused({ code: 'template_placeholder_not_for_kind', name, line: lineNumber });
    }
    pushText(segments, text);
    text = '';
    segments.push({ type: 'placeholder', id });
    at = close + 1;
  }
  pushText(segments, text);
  return segments;
}

/** Splits the text into clause headings, paragraphs and bullets, checking every placeholder on the way. */
export function parseTemplate(body: string, lang: Lang, variant: ClauseVariant): ParsedTemplate {
  const blocks: TemplateBlock[] = [];
  let paragraph: TemplateBlock | null = null;
  let simOnly = false;
  try {
    body.split(/\r?\n/).forEach((raw, index) => {
      const line = raw.trim();
      if (line === '') {
        paragraph = null;
        return;
      }
      const heading = /^#+\s+/.exec(line);
      const bullet = /^[-•]\s+/.exec(line);
      const marker = heading ?? bullet;
      let content = marker ? line.slice(marker[0].length) : line;
      if (heading) {
        simOnly = SIM_CLAUSE_MARKER.test(content);
        content = content.replace(SIM_CLAUSE_MARKER, '');
      }
      const segments = parseLine(content, index + 1, lang, variant);
      const condition = simOnly ? { simOnly: true as const } : {};
      if (heading || bullet) {
        paragraph = null;
        blocks.push({ type: heading ? 'heading' : 'bullet', segments, ...condition });
      } else if (paragraph) {
        pushText(paragraph.segments, ' ');
        for (const segment of segments) {
          if (segment.type === 'text') pushText(paragraph.segments, segment.text);
          else paragraph.segments.push(segment);
        }
      } else {
        paragraph = { type: 'paragraph', segments, ...condition };
        blocks.push(paragraph);
      }
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, problem: error.problem };
    throw error;
  }
  if (blocks.length === 0) return { ok: false, problem: { code: 'template_empty' } };
  return { ok: true, blocks };
}

export interface FilledBlock {
  type: TemplateBlock['type'];
  text: string;
}

/** A French « de » or « le » just before a placeholder: elided when the value needs it (« propriété d’Emmaüs »). */
const ARTICLE_BEFORE = /(^|[\s(«’'])([DdLl])e $/;

export interface FillContext {
  /** Whether the handover includes a SIM card: the `[SIM]` clauses print only then. */
  sim: boolean;
}

/** The blocks with every placeholder replaced by its value (an empty value prints as a dash, never as nothing). */
export function fillTemplate(
  blocks: readonly TemplateBlock[],
  values: PlaceholderValues,
  context: FillContext,
): FilledBlock[] {
  return blocks
    .filter((block) => context.sim || !block.simOnly)
    .map((block) => ({
      type: block.type,
      text: block.segments.reduce((text, segment) => {
        if (segment.type === 'text') return text + segment.text;
        const value = values[segment.id].trim() || '—';
        return elides(value) && ARTICLE_BEFORE.test(text)
          ? `${text.replace(ARTICLE_BEFORE, '$1$2’')}${value}`
          : text + value;
      }, ''),
    }));
}
