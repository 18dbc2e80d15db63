import { isAppUrl } from './app-origin';

/**
 * An IPC call is served only when it comes from a window's main frame showing the app itself: not from an
 * iframe (a PDF preview, say), and not from a page that somehow navigated elsewhere.
 */
export function isTrustedSender(frameUrl: string, isMainFrame: boolean): boolean {
  return isMainFrame && isAppUrl(frameUrl);
}
