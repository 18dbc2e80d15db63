/**
 * The only places a link in the app may open, in the system browser: public guidance on data protection and
 * media sanitisation. Anything else (other hosts, http, file:, custom schemes, credentials in the URL) is refused.
 */
export const EXTERNAL_HOSTS: readonly string[] = ['www.cnil.fr', 'cyber.gouv.fr', 'csrc.nist.gov'];

export function isAllowedExternalUrl(url: string, hosts: readonly string[] = EXTERNAL_HOSTS): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    hosts.includes(parsed.hostname)
  );
}
