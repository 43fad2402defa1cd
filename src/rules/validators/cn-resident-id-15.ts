import { isPlausibleBirthYmd } from './birth-date.js';
import { groupLengths, hasUniformSeparators, isAllDigits, numberAt, sameGrouping } from './digits.js';
import { mod11_2Check } from './mod11-2.js';
import { isDivisionShape, isMainlandProvince } from './regions.js';
import type { Validator, ValidatorResult } from './types.js';

const GROUPINGS: readonly (readonly number[])[] = [[15], [6, 6, 3]];

/**
 * Legacy 15-digit ID (first-generation cards): region + YYMMDD (century 19) +
 * 3-digit sequence, no check digit. Structure can rule a candidate out but
 * never in, so a pass is `undefined` (the rule must require context); the
 * value is upgraded to the 18-char form so both match the same person.
 */
export const cnResidentId15: Validator = (text) => {
  const trimmed = text.trim();
  let id = trimmed;
  // Bare digits (most candidates) skip the grouping checks.
  if (trimmed.length !== 15 || !isAllDigits(trimmed)) {
    if (!hasUniformSeparators(trimmed)) return MIXED;
    if (!GROUPINGS.some((g) => sameGrouping(groupLengths(trimmed), g))) return NOT_GROUPED;
    id = trimmed.replace(/[\s-]/g, '');
    if (id.length !== 15 || !isAllDigits(id)) return NOT_15;
  }
  // First-generation cards were mainland-only: no 71/8x/9x here.
  if (!isMainlandProvince(id.slice(0, 2))) return NO_PROVINCE;
  if (!isDivisionShape(id.slice(0, 6))) return NO_DIVISION;
  if (!isPlausibleBirthYmd(1900 + numberAt(id, 6, 8), numberAt(id, 8, 10), numberAt(id, 10, 12))) return NO_DATE;
  const body = `${id.slice(0, 6)}19${id.slice(6)}`;
  return {
    valid: undefined,
    value: body + (mod11_2Check(body) ?? ''),
    note: 'legacy 15-digit structure ok (no check digit): needs context',
  };
};

const MIXED: ValidatorResult = Object.freeze({ valid: false, note: 'mixed separators' });
const NOT_GROUPED: ValidatorResult = Object.freeze({ valid: false, note: 'not 15 digits in 6-6-3 grouping' });
const NOT_15: ValidatorResult = Object.freeze({ valid: false, note: 'not 15 digits' });
const NO_PROVINCE: ValidatorResult = Object.freeze({ valid: false, note: 'unknown province prefix' });
const NO_DIVISION: ValidatorResult = Object.freeze({ valid: false, note: 'no division code (province 00, county not 00: an IMSI)' });
const NO_DATE: ValidatorResult = Object.freeze({ valid: false, note: 'birth date not a real date in 1900..today' });
