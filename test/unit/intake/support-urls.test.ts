import { describe, expect, it } from 'vitest';
import { looksLikeUrl, serialFromSupportUrl } from '../../../shared/domain/support-urls';

describe('serialFromSupportUrl', () => {
  it.each([
    ['https://www.dell.com/support/home/fr-fr/product-support/servicetag/5CQ6VY1/overview', 'Dell', '5CQ6VY1'],
    ['https://www.dell.com/support/home/en-us/product-support/servicetag/5cq6vy1/drivers?lwp=rt', 'Dell', '5CQ6VY1'],
    ['http://www.dell.com/support/home/us/en/04/product-support/ServiceTag/5CQ6VY1', 'Dell', '5CQ6VY1'],
    ['https://www.dell.com/support/home/?servicetag=5CQ6VY1', 'Dell', '5CQ6VY1'],
    ['qrl.dell.com/5CQ6VY1', 'Dell', '5CQ6VY1'],
    ['https://qrl.dell.com/5CQ6VY1', 'Dell', '5CQ6VY1'],
    [
      'https://pcsupport.lenovo.com/us/en/products/laptops-and-netbooks/thinkpad-x-series-laptops/thinkpad-x1-carbon-6th-gen-type-20kh-20kg/20kh/20khcto1ww/pf1a2b3c',
      'Lenovo',
      'PF1A2B3C',
    ],
    ['https://pcsupport.lenovo.com/fr/fr/products/PF1A2B3C', 'Lenovo', 'PF1A2B3C'],
    ['https://pcsupport.lenovo.com/us/en/?linkTrack=Caps:Body_SearchProduct&SN=PF1A2B3C', 'Lenovo', 'PF1A2B3C'],
    ['http://support.lenovo.com/us/en/qrcode?sn=R9XYZ12&mtm=20L5CTO1WW', 'Lenovo', 'R9XYZ12'],
    ['https://support.hp.com/fr-fr/checkwarranty?serialnumber=5CD1234XYZ', 'HP', '5CD1234XYZ'],
    [
      'https://support.hp.com/us-en/product/details/hp-elitebook-840-g5/21473?sku=3JX66EA&serialnumber=CND8123ABC',
      'HP',
      'CND8123ABC',
    ],
    ['support.hp.com/us-en/?sn=5CG9876QWE', 'HP', '5CG9876QWE'],
  ])('%s gives %s %s', (url, vendor, serial) => {
    expect(serialFromSupportUrl(url)).toEqual({ vendor, serial });
  });

  it.each([
    'https://www.dell.com/support/home/fr-fr',
    'https://pcsupport.lenovo.com/us/en/products/laptops-and-netbooks/thinkpad-x-series-laptops',
    'https://support.hp.com/fr-fr/drivers',
    'https://support.hp.com/fr-fr/checkwarranty?serialnumber=<script>',
    'https://www.example.com/servicetag/5CQ6VY1',
    'https://dell.com.evil.example/servicetag/5CQ6VY1',
    'ftp://www.dell.com/servicetag/5CQ6VY1',
    'javascript:alert(1)',
    '5CQ6VY1',
  ])('%s gives no serial', (text) => {
    expect(serialFromSupportUrl(text)).toBeNull();
  });
});

describe('looksLikeUrl', () => {
  it.each([
    'https://example.org',
    'http://x.y/z',
    'www.example.org',
    'qrl.dell.com/5CQ6VY1',
    'example.com/a?b=c',
    'mailto://a',
  ])('%s is an address', (text) => expect(looksLikeUrl(text)).toBe(true));
  it.each(['5CQ6VY1', 'SN-1234.5', 'A.B.C', 'PF1A2B3C', '356938035643809'])('%s is not', (text) =>
    expect(looksLikeUrl(text)).toBe(false),
  );
});
