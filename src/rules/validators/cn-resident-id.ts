import { isPlausibleBirthDateAt } from './birth-date.js';
import { groupLengths, hasUniformSeparators, isAllDigits, sameGrouping } from './digits.js';
import { mod11_2CheckCodeOfPrefix } from './mod11-2.js';
import { isResidentIdRegion } from './regions.js';
import type { Validator, ValidatorResult } from './types.js';

/** Groupings people write: bare, 6-8-4 (region date seq), 6-4-4-4; 4-4-4-4-2 as a card's formatter writes any number. */
const GROUPINGS: readonly (readonly number[])[] = [[18], [6, 8, 4], [6, 4, 4, 4], [4, 4, 4, 4, 2]];

/**
 * 18-char 居民身份证号 (GB 11643): region, birth date, sequence, MOD 11-2 check.
 * All four must hold; anything else is a definite no.
 */
export const cnResidentId: Validator = (text) => {
  // Fast path for the bare form (17 digits + check char): no grouping to check.
  if (text.length === 18 && isAllDigits(text, 0, 17)) {
    const last = text.charCodeAt(17);
    if ((last >= 48 && last <= 57) || last === 88 || last === 120) return checkId(last === 120 ? text.toUpperCase() : text);
  }
  const trimmed = text.trim();
  if (!hasUniformSeparators(trimmed)) return { valid: false, note: 'mixed separators' };
  const groups = groupLengths(trimmed);
  if (!GROUPINGS.some((g) => sameGrouping(groups, g))) {
    return { valid: false, note: 'not 18 chars in 6-8-4, 6-4-4-4 or 4-4-4-4-2 grouping' };
  }
  const id = trimmed.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[0-9]{17}[0-9X]$/.test(id)) return { valid: false, note: 'not 17 digits + check char' };
  return checkId(id);
};

/** The checks of a well-formed 18-char ID (17 digits + 0-9 or X). */
function checkId(id: string): ValidatorResult {
  if (!isResidentIdRegion(id)) return UNKNOWN_REGION;
  if (!isPlausibleBirthDateAt(id, 6)) return BAD_DATE;
  if (mod11_2CheckCodeOfPrefix(id) !== id.charCodeAt(17)) return BAD_CHECK;
  return { valid: true, value: id, note: 'region, birth date and MOD 11-2 check' };
}

const UNKNOWN_REGION: ValidatorResult = Object.freeze({ valid: false, note: 'unknown region prefix' });
const BAD_DATE: ValidatorResult = Object.freeze({ valid: false, note: 'birth date not a real date in 1900..today' });
const BAD_CHECK: ValidatorResult = Object.freeze({ valid: false, note: 'MOD 11-2 check failed' });
