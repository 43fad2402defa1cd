import { isAllDigits, stripPhoneSeparators } from './digits.js';
import { isAllocatedMobile } from './mobile-prefixes.js';
import type { Validator, ValidatorResult } from './types.js';

/**
 * Written forms (cn-formats §2.2): bare, spaced/dashed, +86 / 0086 / 86 /
 * (+86) country code, trunk 0. '+' may only lead (after an optional '(');
 * parentheses may only wrap the country code.
 */
const SHAPE = /^\(?\+?[0-9]/;

function nationalDigits(text: string): string | undefined {
  const t = text.trim();
  if (!SHAPE.test(t)) return undefined;
  if (t.lastIndexOf('+') > 1) return undefined;
  if (/[()]/.test(t) && !/^\(\+?(?:00)?86\)/.test(t)) return undefined;
  if (/[^0-9\s\-+()]/.test(t)) return undefined;
  let d = stripPhoneSeparators(t);
  if (d.length === 15 && d.startsWith('0086')) d = d.slice(4);
  else if (d.length === 13 && d.startsWith('86')) d = d.slice(2);
  // Trunk 0: old long-distance style "013800138000" (and "+86 0138…").
  if (d.length === 12 && d.startsWith('01')) d = d.slice(1);
  return d;
}

/** nationalDigits for bare digits: 11 of them, after a 0086 / 86 country code or a trunk 0. */
function bareNational(t: string): string | undefined {
  switch (t.length) {
    case 11:
      return t;
    case 12:
      return t.startsWith('01') ? t.slice(1) : undefined;
    case 13:
      return t.startsWith('86') ? t.slice(2) : undefined;
    case 15:
      return t.startsWith('0086') ? t.slice(4) : undefined;
    default:
      return undefined;
  }
}

/**
 * Mainland mobile. true: an allocated prefix (§2.1); false: anything else,
 * including well-formed 1[3-9] numbers in unallocated or data-only ranges.
 */
export const cnMobile: Validator = (text) => {
  // Fast path for bare digits: 11 of them, or with a trunk 0, 86 or 0086 in front.
  if (isAllDigits(text)) {
    const d = bareNational(text);
    if (d === undefined || d.charCodeAt(0) !== 49 || d.charCodeAt(1) < 51) return NOT_1X;
    if (!isAllocatedMobile(d)) return UNALLOCATED;
    return d === text && isFictionalNanp(d) ? FICTIONAL_NANP : { valid: true, value: d, note: ALLOCATED };
  }
  const d = nationalDigits(text);
  if (d === undefined) return { valid: false, note: 'not a phone-number shape' };
  if (!/^1[3-9][0-9]{9}$/.test(d)) return NOT_1X;
  if (!isAllocatedMobile(d)) return UNALLOCATED;
  if (roundGroups434(text)) return ROUND_GROUPS;
  if (TRUNK_PREFIX_GROUP.test(text.trim())) return FOREIGN_GROUPS;
  return { valid: true, value: d, note: ALLOCATED };
};

/**
 * 4-3-4 is how some people type a mobile (1380 013 8000), and how three
 * numbers of a row can sit: 1500 200 3000. Two of the groups ending in 0 are
 * amounts; for a mobile that is one chance in thirty.
 */
function roundGroups434(text: string): boolean {
  const m = /(\d{4})[ -](\d{3})[ -](\d{4})$/.exec(text.trim());
  if (!m || m[1]![0] !== '1') return false;
  return [m[1]!, m[2]!, m[3]!].filter((g) => g.endsWith('0')).length >= 2;
}

/**
 * A trunk 0 and a 4-digit prefix set apart from 7 or 8 digits (0151-21458555,
 * (0152) 97688760, 0151 / 4994 6987; 0176 1447 8979 is 4-4-4 and stays): a
 * German mobile's shape, not how a mainland one is written with its old
 * long-distance 0.
 */
export const TRUNK_PREFIX_GROUP = /^\(?01[3-9]\d\)?(?:[ \-]?\d{7,8}| ?\/ ?(?:\d{7,8}|\d{3,4} \d{4}))$/;

/**
 * 1 + an area code + 555-0100…0199: the numbers the North American plan
 * keeps for fiction and examples, written with the country code 1 and no
 * separator (13055550139 is +1 305 555 0139). Such a number is no one's, and
 * a mainland mobile is one in 100,000 (grouped as one, 130 5555 0139, it
 * stays). Not with an area code no American number has (second digit 9:
 * 139…, 189…; or N11).
 */
function isFictionalNanp(d: string): boolean {
  return d.startsWith('5550', 4) && d.charCodeAt(8) === 49 && d.charCodeAt(2) !== 57 && !(d.charCodeAt(2) === 49 && d.charCodeAt(3) === 49);
}

const FICTIONAL_NANP: ValidatorResult = Object.freeze({ valid: false, note: 'a North American number of the fictional range (1 NXX 555-01XX)' });

const FOREIGN_GROUPS: ValidatorResult = Object.freeze({ valid: false, note: 'a trunk 0 and a prefix set apart (0151-21458555): another country\'s mobile' });

const ROUND_GROUPS: ValidatorResult = Object.freeze({ valid: false, note: 'three round numbers (4-3-4), not a mobile' });

const NOT_1X: ValidatorResult = Object.freeze({ valid: false, note: 'not 1[3-9] + 9 digits' });
const UNALLOCATED: ValidatorResult = Object.freeze({ valid: false, note: 'unallocated mobile prefix' });
const ALLOCATED = 'allocated mobile prefix';
