import { createReadStream, rmSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';

/** `/exports/<job id>.<csv|xlsx>`: what the browser asks for. */
const DOWNLOAD = /^\/exports\/([0-9a-f-]{36})\.(csv|xlsx)$/;

const TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export function isExportDownload(path: string): boolean {
  return DOWNLOAD.test(path);
}

/**
 * Sends a finished export to the operator who asked for it, once: the file is `<operator id>-<job id>.<format>` in
 * the data folder's `exports/` (written by the API host, `main/services/exports.ts`), so another session's operator
 * finds nothing; it is deleted once sent. `name` is the file name offered to the browser's download.
 */
export function serveExport(
  path: string,
  name: string | null,
  operatorId: number | null,
  folder: string,
  response: ServerResponse,
): void {
  const plain = (status: number, text: string) => {
    response.writeHead(status, {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    response.end(text);
  };
  const match = DOWNLOAD.exec(path);
  if (!match || operatorId === null) {
    plain(operatorId === null ? 403 : 404, operatorId === null ? 'Sign in first' : 'Not found');
    return;
  }
  const [, jobId, format] = match as unknown as [string, string, 'csv' | 'xlsx'];
  const file = join(folder, `${operatorId}-${jobId}.${format}`);
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    plain(404, 'Not found');
    return;
  }
  const offered =
    name && /^rebond-[a-z-]+-\d{4}-\d{2}-\d{2}\.(csv|xlsx)$/.test(name) ? name : `rebond-export.${format}`;
  response.writeHead(200, {
    'content-type': TYPES[format],
    'content-length': String(size),
    'content-disposition': `attachment; filename="${offered}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  const stream = createReadStream(file);
  stream.pipe(response);
  stream.on('close', () => rmSync(file, { force: true }));
}
