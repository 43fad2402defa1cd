/**
 * Administrative-division prefixes (GB/T 2260) used by the ID and USCC
 * validators. Only the 2-digit province level is checked: county codes are
 * fixed at first registration and never change, so a full check needs the
 * union of every historical code list (cn-formats §1.3), whose best source is
 * LGPL data we have not vendored. The province check alone removes the big
 * trap classes (date-prefixed "20…" order numbers, "00…" serials).
 */
import { numberAt } from './digits.js';

/** Mainland provinces, autonomous regions and municipalities. */
export const MAINLAND_PROVINCES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
]);

export function isMainlandProvince(two: string): boolean {
  return MAINLAND_PROVINCES.has(two);
}

/**
 * Address-code check for an 18-char resident ID (or an ID-algorithm number):
 * - mainland province prefix;
 * - 71 (台湾) as validator.js accepts it (old records of Taiwan-born residents);
 * - 810000 / 820000 / 830000: 港澳台居民居住证 (cn-formats §1.6) — the whole
 *   6-digit code is fixed, which is a much stronger filter than "81";
 * - 9 + mainland province: 2023 外国人永久居留身份证 (first digit 9, digits 2-3
 *   the issuing province, 4-6 the nationality code, which we do not check).
 */
export function isResidentIdRegion(first6: string): boolean {
  const p = numberAt(first6, 0, 2);
  if (MAINLAND_BY_NUMBER[p] === 1 || p === 71) return true;
  if ((p === 81 || p === 82 || p === 83) && first6.startsWith('0000', 2)) return true;
  return first6.charCodeAt(0) === 57 && MAINLAND_BY_NUMBER[numberAt(first6, 1, 3)] === 1;
}

/** MAINLAND_PROVINCES as a table indexed by the code's number (no substring per check). */
const MAINLAND_BY_NUMBER = (() => {
  const t = new Uint8Array(100);
  for (const p of MAINLAND_PROVINCES) t[Number(p)] = 1;
  return t;
})();

/**
 * A division code's shape: a prefecture part of 00 is the province itself,
 * whose county part is 00 too (460000 海南省; 4600xx is no division). An
 * IMSI (460 00 …, 460 11 …) read as a legacy 15-digit ID starts so.
 */
export function isDivisionShape(first6: string): boolean {
  return !first6.startsWith('00', 2) || first6.startsWith('00', 4);
}

/**
 * USCC pos 3-4: a province, or 10 for registrations by a national-level
 * authority (e.g. ministries, SAMR: "…100000…").
 */
export function isUsccProvince(two: string): boolean {
  return two === '10' || isMainlandProvince(two);
}
