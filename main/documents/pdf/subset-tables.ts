/**
 * fontkit writes each document's font subset by encoding, value by value, three tables that are the same in every
 * subset, the font's hinting programs and values (`cvt `, `prep`, `fpgm`): a quarter of the time of a one-page
 * document. Here fontkit encodes them once, in a first subset; every later subset is encoded without them and gets
 * their bytes back where fontkit places them, giving the very same file (test/integration/documents/shared-fonts).
 */
import type { Font } from 'fontkit';

const SAME_IN_EVERY_SUBSET = ['cvt ', 'prep', 'fpgm'];

/** A TrueType file as fontkit writes it: a directory, then each table's bytes in the directory's order. */
interface FontFile {
  signature: Uint8Array;
  tables: { tag: string; checksum: number; bytes: Uint8Array }[];
}

function read(file: Uint8Array): FontFile {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const tables = Array.from({ length: view.getUint16(4) }, (_, index) => {
    const entry = 12 + 16 * index;
    const offset = view.getUint32(entry + 8);
    return {
      tag: String.fromCharCode(...file.subarray(entry, entry + 4)),
      checksum: view.getUint32(entry + 4),
      bytes: file.subarray(offset, offset + view.getUint32(entry + 12)),
    };
  });
  return { signature: file.subarray(0, 4), tables };
}

function write({ signature, tables }: FontFile): Uint8Array {
  const start = 12 + 16 * tables.length;
  const file = new Uint8Array(tables.reduce((size, table) => size + table.bytes.length, start));
  const view = new DataView(file.buffer);
  const power = 2 ** Math.floor(Math.log2(tables.length));
  file.set(signature, 0);
  view.setUint16(4, tables.length);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, tables.length * 16 - power * 16);
  let offset = start;
  tables.forEach(({ tag, checksum, bytes }, index) => {
    const entry = 12 + 16 * index;
    for (let char = 0; char < 4; char += 1) file[entry + char] = tag.charCodeAt(char);
    view.setUint32(entry + 4, checksum);
    view.setUint32(entry + 8, offset);
    view.setUint32(entry + 12, bytes.length);
    file.set(bytes, offset);
    offset += bytes.length;
  });
  return file;
}

export function encodeConstantTablesOnce(font: Font): void {
  const fontkitSubset = font.createSubset.bind(font);
  const reference = read(fontkitSubset().encode());
  const constant = new Map(
    reference.tables.filter(({ tag }) => SAME_IN_EVERY_SUBSET.includes(tag)).map((table) => [table.tag, table]),
  );
  if (constant.size === 0) return;
  // The font as a subset sees it, without those tables: fontkit leaves out a table it does not find.
  const withoutThem = Object.create(
    font,
    Object.fromEntries([...constant.keys()].map((tag) => [tag, { value: undefined }])),
  ) as Font;
  font.createSubset = () => {
    const subset = fontkitSubset();
    subset.font = withoutThem;
    const encode = subset.encode.bind(subset);
    subset.encode = () => {
      const written = read(encode());
      const own = new Map(written.tables.map((table) => [table.tag, table]));
      if (own.size + constant.size !== reference.tables.length)
        throw new Error('Rebond: fontkit wrote a subset with other tables than its first');
      const tables = reference.tables.map(({ tag }) => {
        const table = constant.get(tag) ?? own.get(tag);
        if (!table) throw new Error(`Rebond: fontkit wrote a subset without its ${tag} table`);
        return table;
      });
      return write({ signature: written.signature, tables });
    };
    return subset;
  };
}
