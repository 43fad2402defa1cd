import { cardBrand, type CardBrand } from './card-iin.js';
import { isPlausibleBirthDateAt } from './birth-date.js';
import { isAllDigits } from './digits.js';
import { luhnValid } from './luhn.js';
import { isResidentIdRegion } from './regions.js';
import type { Validator, ValidatorResult } from './types.js';

/**
 * Bare; groups of 4 with a shorter last group (19 digits: 4-4-4-4-3), a dash
 * or one or two spaces apart (OCR of an embossed card); or the issuer's six
 * digits set apart from the rest by one space or dash (621700 3256170100100;
 * two spaces part columns: VIP-649921  16243287307).
 */
function cardDigits(text: string): string | undefined {
  const t = text.trim();
  if (isAllDigits(t)) return t;
  if (/\s/.test(t) && t.includes('-')) return undefined;
  const groups = t.split(/\s{1,2}|-/);
  if (!groups.every((g) => /^[0-9]+$/.test(g))) return undefined;
  const last = groups.length - 1;
  const fours = groups.every((g, i) => (i === last ? g.length <= 4 : g.length === 4));
  const issuerApart = groups.length === 2 && groups[0]!.length === 6 && groups[1]!.length >= 10 && groups[1]!.length <= 13 && t.length === groups[0]!.length + groups[1]!.length + 1;
  return fours || issuerApart ? groups.join('') : undefined;
}

/**
 * Payment card: 16-19 digits with a known IIN. Luhn pass confirms (+10). A
 * UnionPay 62 number failing Luhn is not rejected — some UnionPay cards do not
 * use Luhn (cn-formats §5.2) — but gets no opinion and -15, so only strong
 * context can carry it. Every other Luhn failure is a definite no.
 */
export const bankCard: Validator = (text) => {
  const d = cardDigits(text);
  if (d === undefined) return { valid: false, note: 'not digits grouped in 4s' };
  if (d.length < 16 || d.length > 19) return NOT_16_19;
  const brand = cardBrand(d);
  if (!brand) return UNKNOWN_IIN;
  // An ID number's shape, a region then a birth date (620102 19860429 …), with its check digit wrong or
  // cut by Excel (…298000): a mistyped or mangled ID or a trace code, not a card. A card's digits 7-14
  // read as a date 1900-today about one time in two thousand.
  if (d.length === 18 && isResidentIdRegion(d) && isPlausibleBirthDateAt(d, 6)) return ID_SHAPED;
  // A form's placeholder (6222000000000000000): the account part zeros.
  if (zeroTail(d) >= 10) return PLACEHOLDER;
  const luhn = luhnValid(d);
  // Failing Luhn as well, a region then a year (620102 1964 1000 …): an ID whose date was mistyped.
  if (!luhn && d.length === 18 && isResidentIdRegion(d) && /^(?:19|20)\d\d$/.test(d.slice(6, 10))) return ID_SHAPED;
  if (luhn) return { valid: true, adjust: 10, value: d, note: LUHN_OK[brand] };
  if (d.startsWith('62')) {
    return { valid: undefined, adjust: -15, value: d, note: 'UnionPay 62 prefix, Luhn failed (not always used)' };
  }
  return LUHN_FAILED;
};

/** How many of the last digits are zeros. */
function zeroTail(d: string): number {
  let n = 0;
  while (n < d.length && d.charCodeAt(d.length - 1 - n) === 0x30) n++;
  return n;
}

const PLACEHOLDER: ValidatorResult = Object.freeze({ valid: false, note: 'a placeholder: the account part zeros' });
const NOT_16_19: ValidatorResult = Object.freeze({ valid: false, note: 'not 16-19 digits' });
const UNKNOWN_IIN: ValidatorResult = Object.freeze({ valid: false, note: 'unknown card prefix (IIN)' });
const ID_SHAPED: ValidatorResult = Object.freeze({ valid: false, note: 'an ID number\'s shape: region and birth date' });
const LUHN_FAILED: ValidatorResult = Object.freeze({ valid: false, note: 'Luhn check failed' });
const LUHN_OK: Readonly<Record<CardBrand, string>> = {
  unionpay: 'unionpay prefix, Luhn ok',
  visa: 'visa prefix, Luhn ok',
  mastercard: 'mastercard prefix, Luhn ok',
  jcb: 'jcb prefix, Luhn ok',
  discover: 'discover prefix, Luhn ok',
  cn_domestic: 'cn_domestic prefix, Luhn ok',
};
