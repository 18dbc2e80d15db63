import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Needle {
  /** What it is, for a failure message (`lastName utf16le upper`). */
  label: string;
  bytes: Buffer;
}

export interface Residue {
  file: string;
  label: string;
  offset: number;
  length: number;
}

function utf16be(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf16le');
  for (let index = 0; index + 1 < bytes.length; index += 2) {
    const low = bytes[index] ?? 0;
    bytes[index] = bytes[index + 1] ?? 0;
    bytes[index + 1] = low;
  }
  return bytes;
}

/**
 * Every way a text may sit in a file: as typed, lower case, upper case, decomposed accents, each in UTF-8, UTF-16LE
 * and UTF-16BE (SQLite stores UTF-8 here, but a copy could be UTF-16).
 */
export function textNeedles(name: string, text: string): Needle[] {
  const forms = new Map<string, string>();
  for (const [variant, value] of [
    ['as typed', text],
    ['lower', text.toLowerCase()],
    ['upper', text.toUpperCase()],
    ['NFD', text.normalize('NFD')],
  ] as const) {
    if (![...forms.values()].includes(value)) forms.set(variant, value);
  }
  return [...forms].flatMap(([variant, value]) => [
    { label: `${name} utf8 ${variant}`, bytes: Buffer.from(value, 'utf8') },
    { label: `${name} utf16le ${variant}`, bytes: Buffer.from(value, 'utf16le') },
    { label: `${name} utf16be ${variant}`, bytes: utf16be(value) },
  ]);
}

/** Slices of a binary value (an image, a PDF): 32 bytes taken at several places, any of which found is residue. */
export function blobNeedles(name: string, bytes: Buffer, slices = 8, size = 32): Needle[] {
  if (bytes.length <= size) return [{ label: `${name} bytes`, bytes }];
  return Array.from({ length: slices }, (_, index) => {
    const start = Math.floor(((bytes.length - size) * (index + 1)) / (slices + 1));
    return { label: `${name} bytes at ${start}`, bytes: bytes.subarray(start, start + size) };
  });
}

function filesUnder(dir: string, skip: readonly string[]): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    const stat = statSync(path);
    if (stat.isDirectory()) return skip.includes(entry) ? [] : filesUnder(path, skip);
    return stat.isFile() ? [path] : [];
  });
}

/**
 * Every occurrence of every needle in every file under `dir`, recursively, except in sub-folders named in `skip`
 * (backups: verified copies taken before the run keep the person until their rotation deletes them).
 */
export function findResidue(dir: string, needles: readonly Needle[], skip: readonly string[] = ['backups']): Residue[] {
  const found: Residue[] = [];
  for (const path of filesUnder(dir, skip)) {
    const content = readFileSync(path);
    for (const needle of needles) {
      if (needle.bytes.length === 0) continue;
      for (let at = content.indexOf(needle.bytes); at !== -1; at = content.indexOf(needle.bytes, at + 1)) {
        found.push({ file: relative(dir, path), label: needle.label, offset: at, length: needle.bytes.length });
      }
    }
  }
  return found;
}

/** The bytes of the found occurrences, each counted once even when several needles overlap it. */
export function residueBytes(found: readonly Residue[]): number {
  const covered = new Map<string, Set<number>>();
  for (const hit of found) {
    const bytes = covered.get(hit.file) ?? new Set<number>();
    for (let at = hit.offset; at < hit.offset + hit.length; at += 1) bytes.add(at);
    covered.set(hit.file, bytes);
  }
  return [...covered.values()].reduce((sum, bytes) => sum + bytes.size, 0);
}
