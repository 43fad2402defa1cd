import { isUsccProvince } from './regions.js';
import { isAllDigits } from './digits.js';
import type { Validator, ValidatorResult } from './types.js';

/** GB 32100 alphabet: digits and capitals without I, O, S, V, Z. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const MOD31_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const GB11714_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/**
 * Registering authority (pos 1) → allowed entity types (pos 2). 1/5/9/Y are
 * in GB 32100-2015; the others were added later (cn-formats §4.1, partly
 * unverified). An unknown pair is rejected: that is most of the filter
 * against all-digit order numbers.
 */
const AUTHORITY_TYPES: Readonly<Record<string, string>> = {
  '1': '1239',
  '2': '19',
  '3': '123459',
  '4': '19',
  '5': '1239',
  '6': '129',
  '7': '129',
  '8': '19',
  '9': '123',
  A: '19',
  N: '1239',
  Y: '1',
};

/** GB 32100 check char for the first 17 chars (caller ensures the alphabet). */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17[i]!) * MOD31_WEIGHTS[i]!;
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** GB 11714 organisation-code check char for its 8-char body. */
export function gb11714CheckChar(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body8.charCodeAt(i);
    const v = c <= 57 ? c - 48 : c - 55; // '0'-'9' → 0-9, 'A'-'Z' → 10-35
    sum += v * GB11714_WEIGHTS[i]!;
  }
  const r = 11 - (sum % 11);
  return r === 10 ? 'X' : r === 11 ? '0' : String(r);
}

/**
 * 统一社会信用代码 (GB 32100-2015). Checks, cheapest first: alphabet, authority
 * and type, province at pos 3-4 with digits at 3-8, the embedded GB 11714 check
 * at pos 17 and the MOD 31 check at pos 18 (cn-formats §4.2-4.4).
 */
export const cnUscc: Validator = (text) => {
  // Fast path: 18 bare digits (most candidates are resident IDs or order numbers) need no clean-up.
  const bare = text.length === 18 && isAllDigits(text);
  const code = bare ? text : text.trim().replace(/[\s-]/g, '').toUpperCase();
  if (!bare && !/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return { valid: false, note: 'not 18 chars of the USCC alphabet' };
  const types = AUTHORITY_TYPES[code[0]!];
  if (!types || !types.includes(code[1]!)) return UNKNOWN_TYPE;
  if (!isAllDigits(code.slice(2, 8)) || !isUsccProvince(code.slice(2, 4))) return NOT_PROVINCE;
  if (gb11714CheckChar(code.slice(8, 16)) !== code[16]) return BAD_GB11714;
  if (usccCheckChar(code.slice(0, 17)) !== code[17]) return BAD_MOD31;
  return { valid: true, value: code, note: 'structure, GB 11714 and MOD 31 checks' };
};

const UNKNOWN_TYPE: ValidatorResult = Object.freeze({ valid: false, note: 'unknown authority/entity type' });
const NOT_PROVINCE: ValidatorResult = Object.freeze({ valid: false, note: 'registration region is not a province code' });
const BAD_GB11714: ValidatorResult = Object.freeze({ valid: false, note: 'embedded GB 11714 check failed' });
const BAD_MOD31: ValidatorResult = Object.freeze({ valid: false, note: 'MOD 31 check failed' });
