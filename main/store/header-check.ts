import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const MAGIC = 'SQLite format 3\0';
const NO_MAGIC = 'no SQLite header';

/**
 * What is wrong with the 100-byte header of an SQLite file, or null when it is sound (or the file is new and
 * empty). Read at every open instead of the whole file: the magic string, the page size, the format versions,
 * the fixed payload fractions and a file size made of whole pages (https://www.sqlite.org/fileformat.html).
 */
export function headerProblem(path: string): string | null {
  const problem = problemOf(path);
  if (problem === null) return null;
  // Worded as SQLite words SQLITE_NOTADB, so the message reads the same whichever of the two finds it first.
  return problem === NO_MAGIC ? 'file is not a database' : `file is not a database: ${problem}`;
}

function problemOf(path: string): string | null {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return null;
    const header = Buffer.alloc(100);
    const read = readSync(fd, header, 0, 100, 0);
    if (read < 100) return `file of ${size} bytes, shorter than an SQLite header`;
    if (header.toString('latin1', 0, 16) !== MAGIC) return NO_MAGIC;
    const raw = header.readUInt16BE(16);
    const pageSize = raw === 1 ? 65536 : raw;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0)
      return `page size ${raw} in the header`;
    if (![1, 2].includes(header[18] ?? 0) || ![1, 2].includes(header[19] ?? 0))
      return 'unknown file format version in the header';
    if (header[21] !== 64 || header[22] !== 32 || header[23] !== 32)
      return 'payload fractions in the header are not 64, 32, 32';
    if (size % pageSize !== 0) return `file size ${size} is not a whole number of ${pageSize}-byte pages`;
    return null;
  } finally {
    closeSync(fd);
  }
}
