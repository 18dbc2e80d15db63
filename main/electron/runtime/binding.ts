/**
 * Which compiled SQLite binding a process should load. Tests, the CLI and the browser edition run on Node and use
 * better-sqlite3's own build; Electron has another ABI and needs a copy built for it. The decision is pure: the
 * caller gathers the facts (versions, files, their ABIs) and acts on the answer.
 */

/** A binding file that exists, with the ABI it was compiled for when that could be read. */
export interface BindingFile {
  path: string;
  abi: string | null;
}

export interface BindingFacts {
  /** `process.versions.electron`: undefined on plain Node. */
  electron: string | undefined;
  /** `process.versions.modules`: the ABI this process loads. */
  runtimeAbi: string;
  /** better-sqlite3's own build, when found. */
  bundled: BindingFile | null;
  /** The separate Electron build (node_modules/.rebond-electron), when present. */
  electronCopy: BindingFile | null;
}

export type BindingChoice =
  /** Let better-sqlite3 load its own build. */
  | { kind: 'default' }
  /** Open the database with `nativeBinding: path`. */
  | { kind: 'copy'; path: string }
  /** No binding here can load: say so instead of failing with a misleading database error. */
  | { kind: 'mismatch'; found: string; expected: string };

export function chooseBinding(facts: BindingFacts): BindingChoice {
  if (facts.electron === undefined) return { kind: 'default' };
  const copy = facts.electronCopy;
  if (copy && copy.abi === facts.runtimeAbi) return { kind: 'copy', path: copy.path };
  const bundled = facts.bundled;
  // A packaged app's own binding was rebuilt for Electron at packaging time; an unreadable one is left to
  // better-sqlite3, whose error then names the file.
  if (!bundled || bundled.abi === null || bundled.abi === facts.runtimeAbi) return { kind: 'default' };
  return { kind: 'mismatch', found: bundled.abi, expected: facts.runtimeAbi };
}

const MARKER = 'node_register_module_v';

/**
 * The ABI (NODE_MODULE_VERSION) a native addon was compiled for, read from the registration symbol that
 * `NODE_MODULE_INIT` exports (`node_register_module_v115` for Node 20): no need to load it to know.
 * Null for a Node-API addon or an unreadable file.
 */
export function bindingAbi(bytes: Buffer): string | null {
  let at = bytes.indexOf(MARKER, 0, 'latin1');
  while (at !== -1) {
    let end = at + MARKER.length;
    while (end < bytes.length && (bytes[end] ?? 0) >= 0x30 && (bytes[end] ?? 0) <= 0x39) end += 1;
    if (end > at + MARKER.length) return bytes.toString('latin1', at + MARKER.length, end);
    at = bytes.indexOf(MARKER, end, 'latin1');
  }
  return null;
}
