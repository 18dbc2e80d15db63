import { describe, expect, it } from 'vitest';
import {
  PAIRING_CODE_TTL_MS,
  PAIRING_CODE_WRONG_TRIES,
  PairingCodes,
  type PairingCode,
} from '../../../main/hub/pairing-codes';
import { parseListen } from '../../../main/hub/serve-hub';
import { hashPassword, passwordMatches, PASSWORD_SCRYPT } from '../../../main/services/hub/passwords';

describe('pairing codes', () => {
  it('is good once, and a new code is announced after it was used', () => {
    const announced: PairingCode[] = [];
    const codes = new PairingCodes((code) => announced.push(code));
    const { code } = codes.show();
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(codes.redeem(code.toLowerCase().replace('-', ' '))).toBe(true);
    expect(codes.redeem(code)).toBe(false);
    expect(announced[0]?.code).not.toBe(code);
  });

  it('lapses after its lifetime', () => {
    let now = new Date('2026-12-07T10:00:00Z');
    const codes = new PairingCodes(
      () => undefined,
      () => now,
    );
    const { code } = codes.show();
    now = new Date(now.getTime() + PAIRING_CODE_TTL_MS);
    expect(codes.redeem(code)).toBe(false);
  });

  it('changes after five wrong tries, so guessing gets nowhere', () => {
    const codes = new PairingCodes();
    const { code } = codes.show();
    for (let attempt = 0; attempt < PAIRING_CODE_WRONG_TRIES; attempt += 1)
      expect(codes.redeem('ZZZZ-ZZZZ')).toBe(code === 'ZZZZ-ZZZZ');
    expect(codes.show().code).not.toBe(code);
    expect(codes.redeem(code)).toBe(false);
  });
});

describe('the hub’s options and passwords', () => {
  it('reads --listen as an IP address and a port', () => {
    expect(parseListen('0.0.0.0:8443')).toEqual({ host: '0.0.0.0', port: 8443 });
    expect(parseListen('[::1]:8443')).toEqual({ host: '::1', port: 8443 });
    expect(parseListen('hub.local:8443')).toBeNull();
    expect(parseListen('127.0.0.2:70000')).toBeNull();
    expect(parseListen('127.0.0.2')).toBeNull();
  });

  it('stores scrypt’s parameters with each password hash and checks against them', () => {
    const stored = hashPassword('cheval-agrafe-pile');
    expect(JSON.parse(stored.params)).toEqual({ alg: 'scrypt', ...PASSWORD_SCRYPT });
    expect(passwordMatches('cheval-agrafe-pile', stored)).toBe(true);
    expect(passwordMatches('cheval-agrafe-pilE', stored)).toBe(false);
    expect(hashPassword('cheval-agrafe-pile').salt).not.toBe(stored.salt);
  });
});
