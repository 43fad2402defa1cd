import type { Validator } from './types.js';

/**
 * Travel permits between the mainland, Hong Kong, Macau and Taiwan
 * (cn-formats §7) that carry a letter: 往来港澳通行证 (`C` + 8 digits, or `C`,
 * a letter other than I and O, 7 digits; older booklets `W` + 8 digits),
 * 港澳居民来往内地通行证 or 回乡证 (`H`/`M` + 8 digits, or + 10 with the
 * issue count, also written in brackets: `H12345678(01)`) and 大陆居民往来台湾通行证 (`L` + 8 digits). No printed check
 * character, so a well-formed number gets no opinion and the rule needs
 * context (通行证, 回乡证 …): `C12345678` is as often a part number.
 */
const PATTERNS: readonly RegExp[] = [
  /^C[0-9]{8}$/,
  /^C[A-HJ-NP-Z][0-9]{7}$/,
  /^W[0-9]{8}$/,
  /^[HM][0-9]{8}(?:[0-9]{2})?$/,
  /^L[0-9]{8}$/,
];

const ISSUE_IN_BRACKETS = /^[HM][0-9]{8}\([0-9]{2}\)$/;

export const cnTravelPermit: Validator = (text) => {
  const t = text.trim().toUpperCase();
  const v = ISSUE_IN_BRACKETS.test(t) ? t.replace(/[()]/g, '') : t;
  if (!PATTERNS.some((p) => p.test(v))) return { valid: false, note: 'not a travel-permit pattern' };
  return { valid: undefined, value: v, note: 'travel-permit pattern (no check character): needs context' };
};
