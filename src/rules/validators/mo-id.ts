import type { Validator } from './types.js';

/**
 * 澳门居民身份证 (cn-formats §7): `1`, `5` or `7`, six digits and a digit in
 * brackets, `1234567(8)`. The bracketed digit's algorithm is not published,
 * so a well-formed number gets no opinion and the rule needs context
 * (澳门身份证, BIR). Written without the brackets it is any 8-digit number:
 * the opening bracket is required (a digit run ends at its last digit, so
 * the closing one may be left out). The value is the printed form.
 */
const SHAPE = /^([157][0-9]{6}) ?\(([0-9])\)?$/;

export const moId: Validator = (text) => {
  const m = SHAPE.exec(text.trim());
  if (!m) return { valid: false, note: 'not a Macau ID pattern' };
  return { valid: undefined, value: `${m[1]}(${m[2]})`, note: 'Macau ID pattern (check not published): needs context' };
};
