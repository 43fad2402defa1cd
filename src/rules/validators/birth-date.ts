/**
 * Birth-date sanity for resident IDs: a real Gregorian date between
 * 1900-01-01 and today (cn-formats §1.4). "Today" is taken in UTC plus one day
 * of slack so a newborn registered east of UTC is never rejected.
 */
const DAY_MS = 86_400_000;
export const MIN_BIRTH_YEAR = 1900;

export function isPlausibleBirthDate(yyyymmdd: string, now: number = Date.now()): boolean {
  if (!/^[0-9]{8}$/.test(yyyymmdd)) return false;
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (y < MIN_BIRTH_YEAR || m < 1 || m > 12 || d < 1) return false;
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  // Date.UTC rolls Feb 30 over to March: a changed month means no such day.
  if (back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return false;
  return t <= now + DAY_MS;
}
