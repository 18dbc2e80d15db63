/**
 * What a desk sees of a hub before trusting it: the certificate the hub presents at `https://ADDR:PORT`, read from
 * a TLS handshake that sends nothing, so a person can compare its fingerprint with the one the hub shows. Then the
 * only check a desk makes: that a certificate is exactly the one confirmed (no certificate authority, no name).
 */
import { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import { connect } from 'node:tls';

/** A hub that does not finish the handshake in this time is taken as unreachable. */
const PROBE_TIMEOUT_MS = 10_000;

export interface PresentedCertificate {
  fingerprint: string;
  pem: string;
}

/** `[::1]` → `::1`: the host part of a URL as a socket wants it. */
export function socketHost(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

export function probeHubCertificate(origin: string): Promise<PresentedCertificate> {
  const url = new URL(origin);
  const host = socketHost(url);
  return new Promise((resolve, reject) => {
    const socket = connect({
      host,
      port: Number(url.port),
      // Nothing is trusted here: the certificate is only read, for a person to compare; nothing is sent.
      rejectUnauthorized: false,
      ...(isIP(host) === 0 ? { servername: host } : {}),
    });
    socket.setTimeout(PROBE_TIMEOUT_MS, () => socket.destroy(new Error('timeout')));
    socket.once('secureConnect', () => {
      const certificate = socket.getPeerX509Certificate();
      socket.end();
      if (!certificate) reject(new Error('no certificate'));
      else resolve({ fingerprint: certificate.fingerprint256, pem: certificate.toString() });
    });
    socket.once('error', reject);
  });
}

/** True only for the certificate whose SHA-256 fingerprint is the pinned one; anything unreadable is refused. */
export function isPinnedCertificate(pem: string, pinned: string): boolean {
  try {
    return new X509Certificate(pem).fingerprint256 === pinned;
  } catch {
    return false;
  }
}
