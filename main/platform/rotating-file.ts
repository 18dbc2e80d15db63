import { closeSync, existsSync, fstatSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

export interface RotatingFile {
  path: string;
  write: (line: string) => void;
  close: () => void;
}

/** `rebond.log` -> `rebond.3.log` */
export function rotatedName(path: string, index: number): string {
  return path.replace(/(\.log)?$/, `.${index}.log`);
}

/**
 * An append-only file (mode 0600) that rotates itself once it passes `maxBytes`: `x.log` becomes `x.1.log`, the
 * older ones move up one, and the one past `keep` is deleted. Every write and every rotation is synchronous, so
 * a line logged just before `process.exit` is on disk and a short CLI run rotates like a long-running server.
 * (pino-roll rotates on the stream's next drain and prunes asynchronously, which a synchronous exit cuts short.)
 */
export function rotatingFile(path: string, maxBytes: number, keep: number): RotatingFile {
  let fd = openSync(path, 'a', 0o600);
  let size = fstatSync(fd).size;

  const rotate = () => {
    closeSync(fd);
    rmSync(rotatedName(path, keep), { force: true });
    for (let index = keep - 1; index >= 1; index--) {
      if (existsSync(rotatedName(path, index))) renameSync(rotatedName(path, index), rotatedName(path, index + 1));
    }
    renameSync(path, rotatedName(path, 1));
    fd = openSync(path, 'a', 0o600);
    size = 0;
  };

  return {
    path,
    write(line) {
      if (size > 0 && size + Buffer.byteLength(line) > maxBytes) rotate();
      size += writeSync(fd, line);
    },
    close() {
      closeSync(fd);
    },
  };
}
