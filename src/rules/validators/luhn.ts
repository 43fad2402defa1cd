/**
 * Luhn (ISO/IEC 7812-1 annex B) over an all-digit string. Catches every single
 * substitution and most adjacent transpositions (not 09↔90); a random string
 * passes with p = 1/10, so it is a filter, never proof.
 */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}
