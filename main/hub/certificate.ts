import { X509Certificate } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export const CERTIFICATE_FILE = 'hub-certificate.pem';
export const KEY_FILE = 'hub-key.pem';

export interface HubCertificate {
  cert: string;
  key: string;
  /** SHA-256 of the certificate, `AB:CD:…`: what a desk's browser shows, to compare with the hub's console. */
  fingerprint: string;
  /** Where the certificate was read from, and whether this start made it. */
  file: string;
  created: boolean;
}

export function fingerprintOf(cert: string): string {
  return new X509Certificate(cert).fingerprint256;
}

/** The names a generated certificate covers: the address the hub listens on, this machine's loopback, localhost. */
function altNames(address: string): { type: 2 | 7; value?: string; ip?: string }[] {
  const ips = new Set(['127.0.0.1', address].filter((ip) => /^[\d.]+$|:/.test(ip) && ip !== '0.0.0.0' && ip !== '::'));
  return [{ type: 2, value: 'localhost' }, ...[...ips].map((ip) => ({ type: 7 as const, ip }))];
}

/**
 * The hub's TLS certificate: the site's own when given (`--cert`, `--key`), else the one in the data folder,
 * made at the first start (an EC P-256 key, ten years, for the listening address): key and certificate 0600.
 */
export async function hubCertificate(
  dataDir: string,
  address: string,
  provided?: { certFile: string; keyFile: string },
): Promise<HubCertificate> {
  if (provided) {
    const cert = readFileSync(provided.certFile, 'utf8');
    return {
      cert,
      key: readFileSync(provided.keyFile, 'utf8'),
      fingerprint: fingerprintOf(cert),
      file: provided.certFile,
      created: false,
    };
  }
  const certFile = join(dataDir, CERTIFICATE_FILE);
  const keyFile = join(dataDir, KEY_FILE);
  if (existsSync(certFile) && existsSync(keyFile)) {
    const cert = readFileSync(certFile, 'utf8');
    return {
      cert,
      key: readFileSync(keyFile, 'utf8'),
      fingerprint: fingerprintOf(cert),
      file: certFile,
      created: false,
    };
  }
  mkdirSync(dataDir, { recursive: true });
  const now = new Date();
  const made = await generate(
    [
      { name: 'commonName', value: 'Rebond hub' },
      { name: 'organizationName', value: 'Rebond' },
    ],
    {
      keyType: 'ec',
      curve: 'P-256',
      algorithm: 'sha256',
      notBeforeDate: new Date(now.getTime() - 60_000),
      notAfterDate: new Date(now.getTime() + 10 * 365 * 24 * 3600_000),
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
        { name: 'extKeyUsage', serverAuth: true },
        { name: 'subjectAltName', altNames: altNames(address) },
      ],
    },
  );
  writeFileSync(keyFile, made.private, { mode: 0o600 });
  writeFileSync(certFile, made.cert, { mode: 0o600 });
  chmodSync(keyFile, 0o600);
  chmodSync(certFile, 0o600);
  return { cert: made.cert, key: made.private, fingerprint: fingerprintOf(made.cert), file: certFile, created: true };
}
