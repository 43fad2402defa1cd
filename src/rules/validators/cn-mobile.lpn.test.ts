/**
 * Differential test of cn_mobile against libphonenumber-js/max (cn-formats §12).
 * Both must agree on random 1[3-9] candidates, except the disagreements listed
 * below, each with its reason. An empty list is the expectation for 1.13.16,
 * whose CN mobile pattern is the source of our prefix list; a metadata update
 * that allocates or withdraws a range makes this test fail on purpose.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { makeRng } from '../../../test/support/synth.js';
import { cnMobile } from './cn-mobile.js';

/** prefix → why we deliberately differ from lpn. Empty by design today. */
const DOCUMENTED_DISAGREEMENTS: ReadonlyMap<string, string> = new Map<string, string>([]);

function lpnMobile(d: string): boolean {
  const p = parsePhoneNumberFromString(d, 'CN');
  if (!p || !p.isValid() || p.country !== 'CN') return false;
  const t = p.getType();
  return t === 'MOBILE' || t === 'FIXED_LINE_OR_MOBILE';
}

function disagreementReason(d: string): string | undefined {
  for (const [prefix, why] of DOCUMENTED_DISAGREEMENTS) if (d.startsWith(prefix)) return why;
  return undefined;
}

describe('cn_mobile vs libphonenumber-js/max', () => {
  it('agrees on 20,000 random 1[3-9]\\d{9} candidates and on every 5-digit prefix', () => {
    const rng = makeRng(20240611);
    const candidates: string[] = [];
    for (let i = 0; i < 20_000; i++) candidates.push(`1${rng.int(3, 9)}${rng.digits(9)}`);
    // Random sampling hardly reaches 1610 or 17400-17405: sweep every 5-digit prefix too.
    for (let p = 13000; p <= 19999; p++) candidates.push(`${p}${rng.digits(6)}`);

    const unexpected: string[] = [];
    let agreed = 0;
    for (const d of candidates) {
      const ours = cnMobile(d).valid === true;
      const theirs = lpnMobile(d);
      if (ours === theirs) agreed++;
      else if (!disagreementReason(d)) unexpected.push(`${d.slice(0, 5)}…: ours=${ours} lpn=${theirs}`);
    }
    expect(unexpected.slice(0, 20)).toEqual([]);
    expect(agreed).toBeGreaterThan(20_000);
  });

  it('agrees on the written forms lpn parses (same 11 digits)', () => {
    const rng = makeRng(7);
    for (let i = 0; i < 500; i++) {
      const d = `1${rng.int(3, 9)}${rng.digits(9)}`;
      for (const form of [`+86 ${d}`, `0086${d}`, `${d.slice(0, 3)}-${d.slice(3, 7)}-${d.slice(7)}`]) {
        const ours = cnMobile(form);
        expect(ours.valid === true, form).toBe(lpnMobile(form));
        if (ours.valid) expect(ours.value).toBe(parsePhoneNumberFromString(form, 'CN')!.nationalNumber);
      }
    }
  });
});
