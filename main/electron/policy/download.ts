import { basename } from 'node:path';
import { isAppUrl } from './app-origin';

/**
 * Which downloads the shell lets through to a « Save as » window: only files the renderer made itself (a JSON of a
 * person's data, a CSV of refused import rows), whose URL is a `blob:` of the app's own origin. A link to anywhere
 * else (a page that somehow got a URL in) is refused. Pure, so it is tested without Electron.
 */
export function isAllowedDownload(url: string): boolean {
  return url.startsWith('blob:') && isAppUrl(url.slice('blob:'.length));
}

/** The name offered in the window: the file's own name only (no folder), never empty or hidden. */
export function offeredDownloadName(name: string): string {
  const own = basename(name.replaceAll('\\', '/')).replace(/^\.+/, '');
  return own === '' ? 'rebond-export' : own;
}
