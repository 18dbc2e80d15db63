/**
 * nwipe's log (`nwipe_log.txt`, also what ShredOS exports): one record per wiped drive, with the host's SMBIOS
 * identity when nwipe could read it. The "Drive Status" summary table gives each drive's status, and only it
 * says whether the wipe succeeded: an aborted wipe can show 100 % in the "Erasure Summary".
 */
import type {
  ImportedDevice,
  ImportedDrive,
  ImportedErasure,
  ParsedImport,
} from '../../../shared/domain/import-records';
import { emptyDevice, field, localTime, Notes, serialOf, smbiosModel, text } from './common';
import {
  nwipeHiddenAreas,
  nwipePasses,
  nwipeStatus,
  nwipeTechnique,
  nwipeVerification,
  throughputMBs,
} from './nwipe-terms';

/** True when `content` is an nwipe log (its lines are `[YYYY/MM/DD hh:mm:ss] level: ...` and it names nwipe). */
export function isNwipeLog(content: string): boolean {
  return /^\[\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}\]\s+\w+:/m.test(content) && /nwipe/i.test(content);
}

interface DriveTrack {
  name: string;
  path: string;
  drive: ImportedDrive;
  erasure: Partial<ImportedErasure>;
  /** Matches the drive's path and not a longer one (`/dev/sda`, not `/dev/sda1`). */
  mentioned: RegExp;
  lastSeen?: string;
}

const LINE = /^[^[]{0,3}\[(\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2})\]\s+\w+:\s?(.*)$/;
const FOUND = /^Found (\/dev\/\S+?),\s*([^,]*?)\s*,\s*(.*?),\s*([\d.]+\s*[KMGTP]?B)\s*,\s*S\/N=(.*?)\s*(?:,.*)?$/;

function escapeRegExp(raw: string): string {
  return raw.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function shortName(path: string): string {
  return path.replace(/^\/dev\//, '');
}

/** Rows of one of the summary tables (`! loop0 | a | b | c`), by the drive's short name. */
function tableRows(content: string, title: string): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  const start = content.search(new RegExp(`\\*+ ${title} \\*+`));
  if (start < 0) return rows;
  const lines = content
    .slice(start)
    .split(/\r\n|\r|\n/)
    .slice(1);
  for (const line of lines) {
    if (/^\*{10,}/.test(line)) break;
    const cells = line
      .replace(/^[!\s]+/, '')
      .split('|')
      .map((cell) => cell.trim());
    const name = cells[0];
    if (cells.length < 3 || name === undefined || name === 'Device' || /^-+$/.test(name)) continue;
    rows.set(name, cells.slice(1));
  }
  return rows;
}

function hostIdentity(lines: string[], notes: Notes): Pick<ImportedDevice, 'make' | 'model' | 'serial'> {
  const values = new Map<string, string>();
  for (const message of lines) {
    const match =
      /^(system-manufacturer|system-product-name|system-version|system-serial-number|chassis-serial-number)\s*=\s*(.*)$/i.exec(
        message,
      );
    if (match?.[1] && match[2] !== undefined && !values.has(match[1].toLowerCase()))
      values.set(match[1].toLowerCase(), match[2].trim());
  }
  const identity: Pick<ImportedDevice, 'make' | 'model' | 'serial'> = {};
  const make = field(values.get('system-manufacturer'));
  if (make !== undefined) identity.make = make;
  const model = smbiosModel(make, values.get('system-product-name'), values.get('system-version'));
  if (model !== undefined) identity.model = model;
  const serial = serialOf(values.get('system-serial-number'), notes);
  if (serial !== undefined) identity.serial = serial;
  return identity;
}

/**
 * nwipe appends each run to the same log: every run (from its `nwipe X.Y` banner) is read on its own, so that a
 * drive's events and its summary rows come from the same run.
 */
export function readNwipeLog(content: string): ParsedImport {
  const banners = [...content.matchAll(/^.*\]\s+info: nwipe \d+\.\d+.*$/gm)].map((match) => match.index);
  const starts = banners.length > 1 ? [0, ...banners.slice(1)] : [0];
  const runs = starts.map((start, index) => content.slice(start, starts[index + 1] ?? content.length));
  const parsed = runs.map((run) => readOneRun(run));
  const last = parsed.at(-1) as ParsedImport;
  return {
    ...last,
    records: parsed.flatMap((run) => run.records),
    issues: parsed.flatMap((run) => run.issues),
    warnings: parsed.flatMap((run) => run.warnings),
  };
}

function readOneRun(content: string): ParsedImport {
  const notes = new Notes();
  const messages: { time: string; message: string }[] = [];
  for (const line of content.split(/\r\n|\r|\n/)) {
    const match = LINE.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined) messages.push({ time: match[1], message: match[2].trim() });
  }
  const option = (name: string) =>
    messages
      .map(({ message }) => new RegExp(`^${name}\\s+=\\s+(.*)$`).exec(message)?.[1])
      .find((value) => value !== undefined);
  const version = /\bnwipe (\d+\.\d+(?:\.\d+)?)/.exec(content)?.[1];
  const methodOption = option('method');
  const prngOption = option('prng');
  const roundsOption = Number(option('rounds') ?? '');
  const verifyOption = option('verify');
  const noblankOption = option('noblank');
  const summaryLine = /Total Throughput .*?,\s*(.*?),\s*(\d+)R\+(N?B)\+(V[LA]|NV)/.exec(content);

  const tracks = new Map<string, DriveTrack>();
  const order: string[] = [];
  for (const { time, message } of messages) {
    const found = FOUND.exec(message);
    if (found?.[1]) {
      const path = found[1];
      const drive: ImportedDrive = {};
      const bus = text(found[2]);
      if (bus !== undefined) drive.bus = bus.toUpperCase();
      const model = text(found[3]);
      if (model !== undefined) drive.model = model;
      const serial = serialOf(found[5], notes);
      if (serial !== undefined) drive.serial = serial;
      if (!tracks.has(path)) order.push(path);
      tracks.set(path, {
        name: shortName(path),
        path,
        drive,
        erasure: {},
        mentioned: new RegExp(`${escapeRegExp(path)}(?![\\w/])`),
      });
      continue;
    }
    for (const track of tracks.values()) {
      if (!track.mentioned.test(message)) continue;
      track.lastSeen = time;
      const erasure = track.erasure;
      const invoked = /^Invoking method '(.+)' on /.exec(message);
      if (invoked?.[1]) {
        erasure.method = invoked[1];
        erasure.startedAt ??= localTime(time);
      }
      const total = /Total device bytes\s*=\s*(\d+)/.exec(message);
      if (total?.[1]) track.drive.sizeBytes = Number(total[1]);
      const round = /^Starting round \d+ of (\d+)/.exec(message);
      if (round?.[1]) erasure.roundsAsked = Number(round[1]);
      const pass = /^Starting pass \d+\/(\d+)/.exec(message);
      if (pass?.[1]) erasure.passes = Number(pass[1]);
      const finished = /^Finished (?:final )?round (\d+) of (\d+)/.exec(message);
      if (finished?.[1] && finished[2]) {
        erasure.roundsDone = Math.max(erasure.roundsDone ?? 0, Number(finished[1]));
        erasure.roundsAsked = Number(finished[2]);
      }
      if (/^Blanking device /.test(message) || /Blanked device/.test(message)) erasure.blanking = true;
      if (/HPA|DCO|hidden sector/i.test(message)) {
        const hidden = nwipeHiddenAreas(message);
        if (hidden !== undefined) erasure.hiddenAreas = hidden;
      }
    }
    const total = /^\s*Total device bytes\s*=\s*(\d+)/.exec(message);
    if (total?.[1]) {
      // Geometry lines follow "<path>: Device geometry is as follows...", without the path.
      const last = [...tracks.values()].find((track) => track.lastSeen === time && track.drive.sizeBytes === undefined);
      if (last) last.drive.sizeBytes = Number(total[1]);
    }
  }

  const errorRows = tableRows(content, 'Error Summary');
  const erasureRows = tableRows(content, 'Erasure Summary');
  const statusRows = tableRows(content, 'Drive Status');
  const host = hostIdentity(
    messages.map(({ message }) => message),
    notes,
  );
  const records: ImportedDevice[] = [];
  for (const path of order) {
    const track = tracks.get(path);
    if (!track) continue;
    const statusRow = statusRows.get(track.name);
    if (statusRow === undefined && track.erasure.method === undefined) continue; // found, never wiped
    const device: ImportedDevice = { ...emptyDevice(), ...host };
    device.drives.push(track.drive);
    const method = track.erasure.method ?? methodOption ?? summaryLine?.[1] ?? 'nwipe';
    const rawStatus = statusRow?.[0] ?? '';
    let status = nwipeStatus(rawStatus);
    if (status === undefined) {
      notes.warn('erasure_status_unknown', records.length, {
        value: rawStatus || '?',
        drive: track.drive.serial ?? track.name,
      });
      status = 'failed';
    }
    const erasure: ImportedErasure = { ...track.erasure, method, status, ...nwipeTechnique(method) };
    if (track.drive.serial !== undefined) erasure.driveSerial = track.drive.serial;
    if (track.drive.model !== undefined) erasure.driveModel = track.drive.model;
    erasure.passes ??= nwipePasses(method);
    if (erasure.roundsAsked === undefined && Number.isFinite(roundsOption) && roundsOption > 0)
      erasure.roundsAsked = roundsOption;
    if (erasure.roundsAsked === undefined && summaryLine?.[2]) erasure.roundsAsked = Number(summaryLine[2]);
    erasure.roundsDone ??= 0;
    const verification = nwipeVerification(verifyOption) ?? nwipeVerification(summaryLine?.[4]);
    if (verification !== undefined) erasure.verification = verification;
    if (prngOption !== undefined && /prng|random|dod|gutmann/i.test(method)) erasure.prng = prngOption;
    if (erasure.blanking === undefined) {
      if (noblankOption !== undefined) erasure.blanking = !/^1|on|yes/i.test(noblankOption);
      else if (summaryLine?.[3]) erasure.blanking = summaryLine[3] === 'B';
    }
    if (track.lastSeen !== undefined) erasure.endedAt = localTime(track.lastSeen);
    const errors = errorRows.get(track.name);
    if (errors) erasure.errors = errors.reduce((sum, cell) => sum + (Number(cell) || 0), 0);
    const bytes = erasureRows.get(track.name);
    if (bytes?.[0] !== undefined && /^\d+$/.test(bytes[0])) erasure.bytesErased = Number(bytes[0]);
    if (bytes?.[1] !== undefined && /^\d+$/.test(bytes[1])) erasure.bytesTotal = Number(bytes[1]);
    const throughput = throughputMBs(statusRow?.[1]);
    if (throughput !== undefined) erasure.throughputMBs = throughput;
    device.erasures.push(erasure);
    records.push(device);
  }
  return {
    format: 'nwipe_log',
    tool: version ? { name: 'nwipe', version } : { name: 'nwipe' },
    records,
    issues: notes.issues,
    warnings: notes.warnings,
  };
}
