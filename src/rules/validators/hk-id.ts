import type { Validator } from './types.js';

/**
 * 香港身份证 HKID (cn-formats §7): one or two letters, six digits and a check
 * character, printed `A123456(7)`. Check: the letters count A=10 … Z=35 (a
 * one-letter number has a space worth 36 before it), the eight positions are
 * weighted 9 … 2, and the check makes the sum with it a multiple of 11 (10 is
 * written `A`). Written with or without the brackets, ASCII or full-width
 * (NFKC makes them ASCII), a space before the bracket; the value is the
 * printed form. A wrong check character is no HKID.
 */
const SHAPE = /^([A-Z]{1,2})([0-9]{6}) ?(?:\(([0-9A])\)|([0-9A]))$/;

export const hkId: Validator = (text) => {
  const m = SHAPE.exec(text.trim().toUpperCase());
  if (!m) return { valid: false, note: 'not an HKID pattern' };
  const letters = m[1]!;
  const digits = m[2]!;
  const check = (m[3] ?? m[4])!;
  if (check !== hkIdCheck(letters, digits)) return { valid: false, note: 'HKID check character fails' };
  return { valid: true, value: `${letters}${digits}(${check})`, note: 'HKID check character passes' };
};

/** The check character of an HKID's letters and six digits. */
export function hkIdCheck(letters: string, digits: string): string {
  const values = [...(letters.length === 1 ? [36] : []), ...[...letters].map((c) => c.charCodeAt(0) - 55), ...[...digits].map(Number)];
  const sum = values.reduce((s, v, i) => s + v * (9 - i), 0);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? 'A' : String(check);
}
