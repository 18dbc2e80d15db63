import { basename } from 'node:path';
import { type HubPin, isHubUrl } from '../desk-mode';
import { isAppUrl } from './app-origin';

/**
 * Which downloads the shell lets through to a « Save as » window: only files the renderer made itself (a JSON of a
 * person's data, a CSV of refused import rows), whose URL is a `blob:` of the app's own origin. A link to anywhere
 * else (a page that somehow got a URL in) is refused. A desk of a hub also saves what its hub sends (an export's or a
 * document's download route) and the blobs its hub's page made. Pure, so it is tested without Electron.
 */
export function isAllowedDownload(url: string, hub: HubPin | null = null): boolean {
  const blobOf = url.startsWith('blob:') ? url.slice('blob:'.length) : null;
  if (blobOf !== null && isAppUrl(blobOf)) return true;
  if (hub === null) return false;
  return isHubUrl(blobOf ?? url, hub);
}

/** The name offered in the window: the file's own name only (no folder), never empty or hidden. */
export function offeredDownloadName(name: string): string {
  const own = basename(name.replaceAll('\\', '/')).replace(/^\.+/, '');
  return own === '' ? 'rebond-export' : own;
}
