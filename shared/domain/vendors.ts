/**
 * One name per vendor. Firmware (SMBIOS), drive identify data, probes and spreadsheets spell a vendor many ways
 * (`Dell Inc.`, `LENOVO`, `Hewlett-Packard`, `ASUSTeK COMPUTER INC.`); duplicate detection and reports compare the
 * canonical name. A make the table does not know keeps its own spelling, trimmed.
 */
import { cleanMake } from './identifiers';

export interface VendorAlias {
  /** The name Rebond shows and stores. */
  canonical: string;
  /** Spellings seen in the wild, compared after `aliasKey` (case, accents, punctuation and company suffixes ignored). */
  aliases: readonly string[];
}

export const VENDOR_ALIASES: readonly VendorAlias[] = [
  {
    canonical: 'Dell',
    aliases: ['dell', 'dell inc', 'dell computer', 'dell computer corporation', 'dell technologies'],
  },
  { canonical: 'Lenovo', aliases: ['lenovo', 'lenovo group', 'lenovo pc'] },
  {
    canonical: 'HP',
    aliases: [
      'hp',
      'hp inc',
      'hewlett packard',
      'hewlett packard company',
      'hewlett packard enterprise',
      'hpe',
      'compaq',
    ],
  },
  { canonical: 'ASUS', aliases: ['asus', 'asustek', 'asustek computer', 'asustek computer inc', 'asus computer'] },
  { canonical: 'Acer', aliases: ['acer', 'acer inc', 'acer incorporated', 'gateway', 'packard bell'] },
  { canonical: 'Apple', aliases: ['apple', 'apple inc', 'apple computer'] },
  { canonical: 'Samsung', aliases: ['samsung', 'samsung electronics', 'samsung electronics co'] },
  { canonical: 'Toshiba', aliases: ['toshiba', 'toshiba corporation', 'toshiba america', 'dynabook', 'dynabook inc'] },
  { canonical: 'Kioxia', aliases: ['kioxia', 'toshiba memory'] },
  {
    canonical: 'Fujitsu',
    aliases: ['fujitsu', 'fujitsu siemens', 'fujitsu siemens computers', 'fujitsu client computing'],
  },
  { canonical: 'Microsoft', aliases: ['microsoft', 'microsoft corporation'] },
  { canonical: 'MSI', aliases: ['msi', 'micro star', 'micro star international', 'micro star international co'] },
  { canonical: 'Huawei', aliases: ['huawei', 'huawei technologies', 'huawei technologies co'] },
  { canonical: 'Xiaomi', aliases: ['xiaomi', 'xiaomi communications', 'xiaomi inc', 'redmi'] },
  { canonical: 'Western Digital', aliases: ['western digital', 'wdc', 'wd', 'western digital technologies'] },
  { canonical: 'Seagate', aliases: ['seagate', 'seagate technology', 'maxtor'] },
  { canonical: 'Kingston', aliases: ['kingston', 'kingston technology'] },
  { canonical: 'Crucial', aliases: ['crucial', 'micron', 'micron technology'] },
  { canonical: 'SanDisk', aliases: ['sandisk'] },
  { canonical: 'Intel', aliases: ['intel', 'intel corp', 'intel corporation'] },
  { canonical: 'SK hynix', aliases: ['sk hynix', 'hynix', 'skhynix', 'hynix semiconductor'] },
  { canonical: 'Hitachi', aliases: ['hitachi', 'hgst', 'hitachi global storage technologies'] },
  { canonical: 'Google', aliases: ['google', 'google inc', 'google llc'] },
  { canonical: 'Sony', aliases: ['sony', 'sony corporation'] },
  { canonical: 'Panasonic', aliases: ['panasonic', 'panasonic corporation'] },
  { canonical: 'Medion', aliases: ['medion', 'medion ag'] },
  { canonical: 'Motorola', aliases: ['motorola', 'motorola mobility'] },
  { canonical: 'OnePlus', aliases: ['oneplus'] },
  { canonical: 'Nokia', aliases: ['nokia', 'hmd global'] },
  { canonical: 'LG', aliases: ['lg', 'lg electronics'] },
];

const COMPANY_SUFFIXES = /\b(inc|corp|corporation|co|ltd|limited|llc|gmbh|ag|sa|sas|bv|plc|company)\b/g;

/** Lower case, no accents, punctuation as spaces, one space between words. */
function wordsKey(raw: string): string {
  return raw
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The key two spellings of one vendor share: `ASUSTeK COMPUTER INC.` and `asustek computer` give the same. */
export function aliasKey(raw: string): string {
  return wordsKey(raw).replace(COMPANY_SUFFIXES, ' ').replace(/\s+/g, ' ').trim();
}

const byKey = new Map<string, string>();
for (const vendor of VENDOR_ALIASES) {
  for (const alias of [vendor.canonical, ...vendor.aliases]) {
    byKey.set(aliasKey(alias), vendor.canonical);
    byKey.set(wordsKey(alias), vendor.canonical);
  }
}

/** The canonical name of a make (`Dell Inc.` -> `Dell`); an unknown make is returned trimmed, case kept. */
export function canonicalMake(raw: string): string {
  const cleaned = cleanMake(raw);
  if (cleaned === '') return cleaned;
  return byKey.get(wordsKey(cleaned)) ?? byKey.get(aliasKey(cleaned)) ?? cleaned;
}

/** True when the table knows this spelling. */
export function isKnownVendor(raw: string): boolean {
  return byKey.has(wordsKey(raw)) || byKey.has(aliasKey(raw));
}
