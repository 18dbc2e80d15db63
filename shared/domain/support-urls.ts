/**
 * Manufacturers print support addresses and QR codes that carry the device's serial (Dell's service tag, Lenovo's
 * and HP's serial numbers). A scanner reading one types the whole address; these parsers take the serial back out.
 * Forms read (public support sites):
 * - Dell: `https://www.dell.com/support/home/<locale>/product-support/servicetag/<TAG>/overview`,
 *   `…?servicetag=<TAG>`, and the QR form `qrl.dell.com/<TAG>`;
 * - Lenovo: `https://pcsupport.lenovo.com/<cc>/<lang>/products/<family>/<series>/<model>/<type>/<mtm>/<SERIAL>`,
 *   `…/products/<SERIAL>`, and the QR form `https://pcsupport.lenovo.com/us/en/?…&SN=<SERIAL>`;
 * - HP: `https://support.hp.com/<cc-lang>/…?serialnumber=<SERIAL>` (also `sn=` and `serial=`).
 */

export interface SerialFromUrl {
  /** The canonical make the address belongs to. */
  vendor: 'Dell' | 'Lenovo' | 'HP';
  serial: string;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/** A host name with a dot followed by a path or query: `qrl.dell.com/5CQ6VY1`. */
const BARE_HOST_WITH_PATH = /^(?:[a-z0-9-]+\.)+[a-z]{2,}[/?#]/i;

/** True when a scan reads as a web address rather than an identifier. */
export function looksLikeUrl(raw: string): boolean {
  const text = raw.trim();
  return SCHEME.test(text) || /^www\./i.test(text) || BARE_HOST_WITH_PATH.test(text);
}

/** The parts of an address the parsers read (shared code has no `URL`: it runs without DOM or Node types). */
interface Address {
  host: string;
  segments: string[];
  query: [key: string, value: string][];
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

const ADDRESS = /^(?:(https?):\/\/)?([^/?#:@\s]+)(?::\d+)?([^?#\s]*)(?:\?([^#\s]*))?(?:#\S*)?$/i;

function parse(raw: string): Address | null {
  const text = raw.trim();
  if (SCHEME.test(text) && !/^https?:\/\//i.test(text)) return null;
  const match = ADDRESS.exec(text);
  if (!match) return null;
  const [, , host = '', path = '', query = ''] = match;
  return {
    host: host.toLowerCase(),
    segments: path
      .split('/')
      .filter((segment) => segment !== '')
      .map(decoded),
    query: query
      .split('&')
      .filter((pair) => pair !== '')
      .map((pair) => {
        const equals = pair.indexOf('=');
        return equals < 0 ? [decoded(pair), ''] : [decoded(pair.slice(0, equals)), decoded(pair.slice(equals + 1))];
      }),
  };
}

function onDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** The first query parameter among `names`, compared without case. */
function queryValue(url: Address, names: readonly string[]): string | null {
  for (const [key, value] of url.query) {
    if (names.includes(key.toLowerCase()) && value.trim() !== '') return value.trim();
  }
  return null;
}

const SERIAL_SHAPE = /^[A-Za-z0-9]{4,30}$/;

function candidate(value: string | null | undefined): string | null {
  return value && SERIAL_SHAPE.test(value) ? value.toUpperCase() : null;
}

function dellServiceTag(url: Address): string | null {
  const parts = url.segments;
  const after = parts.findIndex((part) => part.toLowerCase() === 'servicetag');
  if (after >= 0) return candidate(parts[after + 1]);
  const fromQuery = candidate(queryValue(url, ['servicetag', 'st', 'tag']));
  if (fromQuery) return fromQuery;
  // qrl.dell.com/<TAG>: the QR code on the machine's base.
  if (url.host.startsWith('qrl.')) return candidate(parts[parts.length - 1]);
  return null;
}

function lenovoSerial(url: Address): string | null {
  const fromQuery = candidate(queryValue(url, ['sn', 'serial', 'serialnumber']));
  if (fromQuery) return fromQuery;
  const parts = url.segments;
  const products = parts.findIndex((part) => part.toLowerCase() === 'products');
  if (products < 0) return null;
  const after = parts.slice(products + 1);
  // `/products/<SERIAL>`, or the full product path whose sixth step is the serial (the earlier ones name the
  // family, series, model, type and machine type-model, none of which identifies one machine).
  if (after.length === 1) return candidate(after[0]);
  if (after.length >= 6) return candidate(after[5]);
  return null;
}

function hpSerial(url: Address): string | null {
  return candidate(queryValue(url, ['serialnumber', 'sn', 'serial']));
}

const VENDORS: readonly {
  vendor: SerialFromUrl['vendor'];
  domains: readonly string[];
  read: (url: Address) => string | null;
}[] = [
  { vendor: 'Dell', domains: ['dell.com'], read: dellServiceTag },
  { vendor: 'Lenovo', domains: ['lenovo.com', 'lenovo.com.cn'], read: lenovoSerial },
  { vendor: 'HP', domains: ['hp.com', 'hpe.com'], read: hpSerial },
];

/** The serial and make a manufacturer's support address carries, or null (no known vendor, or no serial in it). */
export function serialFromSupportUrl(raw: string): SerialFromUrl | null {
  const url = parse(raw);
  if (!url) return null;
  const host = url.host;
  const vendor = VENDORS.find((entry) => entry.domains.some((domain) => onDomain(host, domain)));
  if (!vendor) return null;
  const serial = vendor.read(url);
  return serial ? { vendor: vendor.vendor, serial } : null;
}
