// Numbers as spreadsheets store them, as a person would type them.
//
// Excel and LibreOffice store a phone number typed into a number cell as a
// double: `13812345678` or, from some writers, `1.3812345678E10`. Printed
// through JS's default formatting that is fine up to 1e21, but the stored
// text is what we have, and turning it into a float and back could invent
// digits. So the expansion is done on the decimal string: an integral value
// comes out as plain digits (no exponent, no grouping, no ".0"); anything
// else is left as written. An 18-digit resident ID typed as a number has
// already lost its last digits inside Excel (15 significant digits): we
// report what is there (`110101199003078000`), which the ID validator then
// rejects — correctly, since the real number is not in the file.

const NUMBER = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
/** Beyond this an "integer" is not a phone or an ID; keep the scientific form. */
const MAX_DIGITS = 30;

export function formatNumber(text: string): string {
  const s = text.trim();
  const m = NUMBER.exec(s);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return s;
  const sign = m[1] === '-' ? '-' : '';
  const intPart = m[2] ?? '';
  const frac = m[3] ?? '';
  const exp = m[4] === undefined ? 0 : Number(m[4]);
  // digits × 10^(exp - frac.length)
  let digits = (intPart + frac).replace(/^0+(?=\d)/, '');
  let shift = exp - frac.length;
  // Trailing zeros of the fraction do not make a value non-integral.
  while (shift < 0 && digits.length > 1 && digits.endsWith('0')) {
    digits = digits.slice(0, -1);
    shift++;
  }
  if (/^0*$/.test(digits)) return '0';
  if (shift < 0) return s; // a real fraction: as written
  if (digits.length + shift > MAX_DIGITS) return s;
  return sign + digits + '0'.repeat(shift);
}

/** A stored double as text: integral ones as plain digits (formatNumber), nothing for NaN or infinity. */
export const numberText = (v: number): string => (Number.isFinite(v) ? formatNumber(String(v)) : '');

/** An RK number (BIFF8 and BIFF12): 30 bits of a double or of a signed integer, divided by 100 when flagged. */
export function rkValue(rk: number): number {
  let v: number;
  if (rk & 2) v = rk >> 2;
  else {
    const b = Buffer.alloc(8);
    b.writeInt32LE(rk & ~3, 4);
    v = b.readDoubleLE(0);
  }
  return rk & 1 ? v / 100 : v;
}
