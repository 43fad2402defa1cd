import { isAllDigits } from './digits.js';

/**
 * ISO 7064 MOD 11-2 check character of GB 11643 (cn-formats §1.2).
 * W_i = 2^(18-i) mod 11; 11 is prime and no weight is 0 mod 11, so every
 * single substitution and adjacent transposition changes the check.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** Check char for a 17-digit body, or undefined if the body is malformed. */
export function mod11_2Check(body17: string): string | undefined {
  if (body17.length !== 17 || !isAllDigits(body17)) return undefined;
  return mod11_2CheckOfPrefix(body17);
}

/** Check char (as a char code) of the first 17 characters of `s`, which the caller knows are digits. */
export function mod11_2CheckCodeOfPrefix(s: string): number {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (s.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK_CHARS.charCodeAt(sum % 11);
}

const mod11_2CheckOfPrefix = (s: string): string => String.fromCharCode(mod11_2CheckCodeOfPrefix(s));
