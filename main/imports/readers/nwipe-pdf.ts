/**
 * nwipe's PDF reports, from their text: the per-drive "Disk Erasure Report" and the "System Erasure Report" (every
 * drive of the run, and the host's SMBIOS data). The same parser reads the text `pdftotext` makes of them. The
 * PDF's bytes are the erasure's evidence: the import flow keeps them; this reader only parses.
 */
import type {
  ImportedDevice,
  ImportedDrive,
  ImportedErasure,
  ParsedImport,
} from '../../../shared/domain/import-records';
import { emptyDevice, field, localTime, Notes, serialOf, smbiosModel, text } from './common';
import {
  NWIPE_STATUS_WORD,
  nwipeHiddenAreas,
  nwipePasses,
  nwipeStatus,
  nwipeTag,
  nwipeTechnique,
  nwipeVerification,
  throughputMBs,
} from './nwipe-terms';
import { pdfTextLines } from './pdf-text';
import { driveMake } from './smartctl';

/** True when `content` (a PDF's text, or pdftotext's) is one of nwipe's reports. */
export function isNwipeReportText(content: string): boolean {
  return /(Disk|System) Erasure Report/.test(content) && /NWIPE version/i.test(content);
}

type Labels = Map<string, string>;

const LABEL = /^([A-Za-z*][^:]{0,59}?):\s*(.*)$/;

/** `label: value` pairs of one line, whether the value is in the same piece of text or the next one. */
function pairsOf(line: string): [string, string][] {
  const cells = line
    .split(/\s{3,}/)
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '');
  const pairs: [string, string][] = [];
  for (let i = 0; i < cells.length; i++) {
    const match = LABEL.exec(cells[i] ?? '');
    if (!match?.[1]) continue;
    let value = (match[2] ?? '').trim();
    const next = cells[i + 1];
    if (value === '' && next !== undefined && !LABEL.test(next)) {
      value = next;
      i++;
    }
    pairs.push([match[1].trim(), value]);
  }
  return pairs;
}

function collect(lines: string[], into: Labels = new Map()): Labels {
  for (const line of lines) for (const [label, value] of pairsOf(line)) if (!into.has(label)) into.set(label, value);
  return into;
}

function realBytes(raw: string | undefined): number | undefined {
  const match = raw === undefined ? null : /(\d{4,})\s*(?:B\b|bytes)/i.exec(raw);
  return match?.[1] ? Number(match[1]) : undefined;
}

function statusWord(line: string): string | undefined {
  return line
    .split(/\s{3,}/)
    .map((cell) => cell.trim())
    .find((cell) => NWIPE_STATUS_WORD.test(cell));
}

function erasureOf(
  labels: Labels,
  drive: ImportedDrive,
  rawStatus: string | undefined,
  notes: Notes,
  at: number,
): ImportedErasure {
  const method = text(labels.get('Method')) ?? 'nwipe';
  let status = rawStatus === undefined ? undefined : nwipeStatus(rawStatus);
  if (status === undefined) {
    notes.warn('erasure_status_unknown', at, { value: rawStatus ?? '?', drive: drive.serial ?? drive.model ?? '?' });
    status = 'failed';
  }
  const erasure: ImportedErasure = { method, status, ...nwipeTechnique(method) };
  if (drive.serial !== undefined) erasure.driveSerial = drive.serial;
  if (drive.model !== undefined) erasure.driveModel = drive.model;
  const passes = nwipePasses(method);
  if (passes !== undefined) erasure.passes = passes;
  const rounds = /(\d+)\s*\/\s*(\d+)/.exec(labels.get('Rounds(completed/requested)') ?? '');
  if (rounds?.[1] && rounds[2]) {
    erasure.roundsDone = Number(rounds[1]);
    erasure.roundsAsked = Number(rounds[2]);
  }
  const verification = nwipeVerification(
    labels.get('Verify Pass(Last/All/None)') ?? labels.get('Verify(Last/All/None)'),
  );
  if (verification !== undefined) erasure.verification = verification;
  const prng = text(labels.get('PRNG algorithm'));
  if (prng !== undefined && !/^n\/a/i.test(prng)) erasure.prng = prng;
  const blanking = text(labels.get('Final Pass(Zeros/Ones/None)') ?? labels.get('Blanking Pass'));
  if (blanking !== undefined) erasure.blanking = !/^none$/i.test(blanking);
  const hidden = nwipeHiddenAreas(text(labels.get('HPA/DCO')));
  if (hidden !== undefined) erasure.hiddenAreas = hidden;
  const started = localTime(labels.get('Start time'));
  if (started !== undefined) erasure.startedAt = started;
  const ended = localTime(labels.get('End time'));
  if (ended !== undefined) erasure.endedAt = ended;
  const erased = /^(\d+)/.exec(labels.get('*Bytes Erased') ?? labels.get('Bytes Erased') ?? '');
  if (erased?.[1]) erasure.bytesErased = Number(erased[1]);
  if (drive.sizeBytes !== undefined) erasure.bytesTotal = drive.sizeBytes;
  const errors = labels.get('Errors(pass/sync/verify/retries)');
  if (errors !== undefined && /\d/.test(errors))
    erasure.errors = errors.split('/').reduce((sum, part) => sum + (Number(part) || 0), 0);
  const throughput = throughputMBs(labels.get('Throughput'));
  if (throughput !== undefined) erasure.throughputMBs = throughput;
  const tag = nwipeTag(labels.get('Tag'));
  if (tag !== undefined) erasure.userTag = tag;
  return erasure;
}

function driveOf(
  model: string | undefined,
  serial: unknown,
  bus: string | undefined,
  size: string | undefined,
  notes: Notes,
  at: number,
): ImportedDrive {
  const drive: ImportedDrive = {};
  const cleanModel = text(model?.replace(/_/g, ' '));
  if (cleanModel !== undefined) {
    drive.model = cleanModel;
    const make = driveMake(cleanModel);
    if (make !== undefined) drive.make = make;
  }
  const driveSerial = serialOf(serial, notes, at);
  if (driveSerial !== undefined) drive.serial = driveSerial;
  if (text(bus) !== undefined) drive.bus = (text(bus) as string).toUpperCase();
  const bytes = realBytes(size);
  if (bytes !== undefined) drive.sizeBytes = bytes;
  return drive;
}

function readDiskReport(lines: string[], notes: Notes): ImportedDevice[] {
  const labels = collect(lines);
  const drive = driveOf(
    labels.get('Make/Model') ?? labels.get('Disk Model'),
    labels.get('Serial') ?? labels.get('Disk S/N'),
    labels.get('Bus'),
    labels.get('Size(Real)') ?? labels.get('Size(Apparent)'),
    notes,
    0,
  );
  const device = emptyDevice();
  device.drives.push(drive);
  device.erasures.push(erasureOf(labels, drive, labels.get('Status'), notes, 0));
  return [device];
}

function hostOf(pages: string[][], notes: Notes): Pick<ImportedDevice, 'make' | 'model' | 'serial'> {
  const smbios = new Map<string, string>();
  for (const page of pages) {
    if (!page.some((line) => /SMBIOS|DMI Host Data/i.test(line))) continue;
    for (const line of page) {
      const match = /^([A-Za-z][A-Za-z ]+?)\s*=\s*(.*)$/.exec(line);
      if (match?.[1] && !smbios.has(match[1])) smbios.set(match[1], (match[2] ?? '').trim());
    }
  }
  const host: Pick<ImportedDevice, 'make' | 'model' | 'serial'> = {};
  const make = field(smbios.get('System Manufacturer'));
  if (make !== undefined) host.make = make;
  const model = smbiosModel(make, smbios.get('System Product Name'), smbios.get('System Version'));
  if (model !== undefined) host.model = model;
  const serial = serialOf(text(smbios.get('System Serial Number')), notes);
  if (serial !== undefined) host.serial = serial;
  return host;
}

function readSystemReport(pages: string[][], notes: Notes): ImportedDevice[] {
  const host = hostOf(pages, notes);
  const statusBySerial = new Map<string, string>();
  const blocks: { lines: string[]; status?: string }[] = [];
  let inStatusPages = true;
  for (const page of pages) {
    if (page.some((line) => /SMBIOS|DMI Host Data|Smart Data|Speed Profile/i.test(line))) inStatusPages = false;
    for (const line of page) {
      const ofDisk = /Erasure Status of this disk:\s*S\/N\s*(.*)$/.exec(line);
      const word = statusWord(line);
      if (ofDisk && word) statusBySerial.set((ofDisk[1] ?? '').trim(), word);
      if (!inStatusPages) continue;
      if (/^(.*\s{3,})?Make:/.test(line) || /^Make:/.test(line.trim())) blocks.push({ lines: [] });
      const block = blocks.at(-1);
      if (!block) continue;
      if (word && !ofDisk) block.status ??= word;
      block.lines.push(line);
    }
  }
  return blocks.map((block, index) => {
    const labels = collect(block.lines);
    const drive = driveOf(
      labels.get('Make'),
      labels.get('S/N'),
      labels.get('Bus'),
      labels.get('Size(Real)') ?? labels.get('Size(Apparent)'),
      notes,
      index,
    );
    const serialKey = text(labels.get('S/N')) ?? '';
    const device: ImportedDevice = { ...emptyDevice(), ...host };
    device.drives.push(drive);
    const tag = collect(pages.flat()).get('Tag');
    if (tag !== undefined) labels.set('Tag', tag);
    device.erasures.push(erasureOf(labels, drive, block.status ?? statusBySerial.get(serialKey), notes, index));
    return device;
  });
}

/** Reads the lines of an nwipe report, per page (a PDF's text, or pdftotext's output split at form feeds). */
export function readNwipeReportLines(pages: string[][]): ParsedImport {
  const notes = new Notes();
  const all = pages.flat().join('\n');
  const version = /NWIPE version\s+([\d.]+)/i.exec(all)?.[1];
  const records = /System Erasure Report/.test(all)
    ? readSystemReport(pages, notes)
    : isNwipeReportText(all)
      ? readDiskReport(pages.flat(), notes)
      : [];
  if (pages.every((page) => page.length === 0)) notes.warn('pdf_no_text');
  return {
    format: 'nwipe_pdf',
    tool: version ? { name: 'nwipe', version } : { name: 'nwipe' },
    records,
    issues: notes.issues,
    warnings: notes.warnings,
  };
}

export function readNwipeReportText(content: string): ParsedImport {
  return readNwipeReportLines(
    content.split('\f').map((page) => page.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '')),
  );
}

export async function readNwipePdf(bytes: Uint8Array): Promise<ParsedImport> {
  return readNwipeReportLines(await pdfTextLines(bytes));
}
