import { numberAt } from './digits.js';

/**
 * Birth-date sanity for resident IDs: a real Gregorian date between
 * 1900-01-01 and today (cn-formats §1.4). "Today" is taken in UTC plus one day
 * of slack so a newborn registered east of UTC is never rejected.
 */
const DAY_MS = 86_400_000;
export const MIN_BIRTH_YEAR = 1900;

export function isPlausibleBirthDate(yyyymmdd: string, now: number = Date.now()): boolean {
  return yyyymmdd.length === 8 && isPlausibleBirthDateAt(yyyymmdd, 0, now);
}

/** The same check on the 8 characters of `s` from `from` (no substring on the hot path). */
export function isPlausibleBirthDateAt(s: string, from: number, now: number = Date.now()): boolean {
  if (numberAt(s, from, from + 8) < 0) return false;
  return isPlausibleBirthYmd(numberAt(s, from, from + 4), numberAt(s, from + 4, from + 6), numberAt(s, from + 6, from + 8), now);
}

/** The same check on a year, month and day already read. */
export function isPlausibleBirthYmd(y: number, m: number, d: number, now: number = Date.now()): boolean {
  // No Feb 30, no Apr 31: checked by arithmetic (on the hot path; no Date object).
  if (y < MIN_BIRTH_YEAR || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return false;
  return Date.UTC(y, m - 1, d) <= now + DAY_MS;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}
