import { isAllDigits } from './digits.js';
import type { Validator } from './types.js';

/**
 * 台湾居民来往大陆通行证 (台胞证) card number since 2015: 8 digits, no check
 * character (cn-formats §7), so the rule needs its own context (台胞证,
 * 台湾居民来往大陆通行证). An 8-digit date (`20240315`) is refused: beside
 * a 台胞证 label it is the permit's issue or expiry date.
 */
export const cnTwPermit: Validator = (text) => {
  const v = text.trim();
  if (v.length !== 8 || !isAllDigits(v)) return { valid: false, note: 'not 8 digits' };
  if (isDate(v)) return { valid: false, note: 'a date (YYYYMMDD)' };
  return { valid: undefined, value: v, note: 'permit pattern (no check character): needs context' };
};

function isDate(v: string): boolean {
  const year = Number(v.slice(0, 4));
  const month = Number(v.slice(4, 6));
  const day = Number(v.slice(6, 8));
  return year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
