import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalMake, isKnownVendor } from '../../../shared/domain/vendors';

describe('canonicalMake', () => {
  it.each([
    ['Dell Inc.', 'Dell'],
    ['DELL', 'Dell'],
    ['LENOVO', 'Lenovo'],
    ['Hewlett-Packard', 'HP'],
    ['HP Inc.', 'HP'],
    ['hp', 'HP'],
    ['ASUSTeK COMPUTER INC.', 'ASUS'],
    ['Acer', 'Acer'],
    ['Apple Inc.', 'Apple'],
    ['SAMSUNG ELECTRONICS CO., LTD.', 'Samsung'],
    ['TOSHIBA', 'Toshiba'],
    ['Dynabook Inc.', 'Toshiba'],
    ['FUJITSU', 'Fujitsu'],
    ['Microsoft Corporation', 'Microsoft'],
    ['Micro-Star International Co., Ltd.', 'MSI'],
    ['HUAWEI', 'Huawei'],
    ['Xiaomi', 'Xiaomi'],
    ['WDC', 'Western Digital'],
    ['Western Digital', 'Western Digital'],
    ['Seagate', 'Seagate'],
    ['Kingston', 'Kingston'],
    ['Micron', 'Crucial'],
    ['Crucial', 'Crucial'],
    ['SanDisk', 'SanDisk'],
    ['Intel Corp.', 'Intel'],
    ['SK hynix', 'SK hynix'],
    ['  Dell   Inc.  ', 'Dell'],
  ])('%s -> %s', (raw, expected) => {
    expect(canonicalMake(raw)).toBe(expected);
    expect(isKnownVendor(raw)).toBe(true);
  });

  it('keeps an unknown make as written, trimmed', () => {
    expect(canonicalMake('  pc1mr ')).toBe('pc1mr');
    expect(canonicalMake('Sony Ericsson Mobile')).toBe('Sony Ericsson Mobile');
    expect(isKnownVendor('pc1mr')).toBe(false);
  });

  it('is idempotent: a canonical name maps to itself', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const once = canonicalMake(raw);
        expect(canonicalMake(once)).toBe(once);
      }),
    );
  });
});
