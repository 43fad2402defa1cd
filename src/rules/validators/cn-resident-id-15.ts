import { isPlausibleBirthDate } from './birth-date.js';
import { groupLengths, hasUniformSeparators, sameGrouping } from './digits.js';
import { mod11_2Check } from './mod11-2.js';
import { isMainlandProvince } from './regions.js';
import type { Validator } from './types.js';

const GROUPINGS: readonly (readonly number[])[] = [[15], [6, 6, 3]];

/**
 * Legacy 15-digit ID (first-generation cards): region + YYMMDD (century 19) +
 * 3-digit sequence, no check digit. Structure can rule a candidate out but
 * never in, so a pass is `undefined` (the rule must require context); the
 * value is upgraded to the 18-char form so both match the same person.
 */
export const cnResidentId15: Validator = (text) => {
  const trimmed = text.trim();
  if (!hasUniformSeparators(trimmed)) return { valid: false, note: 'mixed separators' };
  if (!GROUPINGS.some((g) => sameGrouping(groupLengths(trimmed), g))) {
    return { valid: false, note: 'not 15 digits in 6-6-3 grouping' };
  }
  const id = trimmed.replace(/[\s-]/g, '');
  if (!/^[0-9]{15}$/.test(id)) return { valid: false, note: 'not 15 digits' };
  // First-generation cards were mainland-only: no 71/8x/9x here.
  if (!isMainlandProvince(id.slice(0, 2))) return { valid: false, note: 'unknown province prefix' };
  if (!isPlausibleBirthDate(`19${id.slice(6, 12)}`)) return { valid: false, note: 'birth date not a real date in 1900..today' };
  const body = `${id.slice(0, 6)}19${id.slice(6)}`;
  return {
    valid: undefined,
    value: body + (mod11_2Check(body) ?? ''),
    note: 'legacy 15-digit structure ok (no check digit): needs context',
  };
};
