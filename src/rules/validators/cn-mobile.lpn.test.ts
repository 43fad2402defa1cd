/**
 * Differential test of cn_mobile against libphonenumber-js/max (cn-formats §12).
 * Both must agree on random 1[3-9] candidates, except the disagreements listed
 * below, each with its reason. Our prefix list is 1.13.16's CN mobile pattern,
 * so the one difference is not a prefix; a metadata update that allocates or
 * withdraws a range makes this test fail on purpose.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { makeRng } from '../../../test/support/synth.js';
import { cnMobile } from './cn-mobile.js';

/** Where we deliberately differ from lpn, and why. */
const DOCUMENTED_DISAGREEMENTS: readonly { why: string; applies: (d: string) => boolean }[] = [
  // 1 in 100,000 mobiles; lpn parses with a default country and cannot know.
  { why: "bare 1 NXX 555-01XX: North America's fictional range written with its country code", applies: (d) => /^1[3-9](?!9|11)\d\d55501\d\d$/.test(d) },
];

function lpnMobile(d: string): boolean {
  const p = parsePhoneNumberFromString(d, 'CN');
  if (!p || !p.isValid() || p.country !== 'CN') return false;
  const t = p.getType();
  return t === 'MOBILE' || t === 'FIXED_LINE_OR_MOBILE';
}

function disagreementReason(d: string): string | undefined {
  return DOCUMENTED_DISAGREEMENTS.find((x) => x.applies(d))?.why;
}

describe('cn_mobile vs libphonenumber-js/max', () => {
  it('agrees on 20,000 random 1[3-9]\\d{9} candidates and on every 5-digit prefix', () => {
    const rng = makeRng(20240611);
    const candidates: string[] = [];
    for (let i = 0; i < 20_000; i++) candidates.push(`1${rng.int(3, 9)}${rng.digits(9)}`);
    // Random sampling hardly reaches 1610 or 17400-17405: sweep every 5-digit prefix too.
    for (let p = 13000; p <= 19999; p++) candidates.push(`${p}${rng.digits(6)}`);
    candidates.push('13055550139', '18555550123');

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
    expect(candidates.filter((d) => disagreementReason(d) && cnMobile(d).valid !== lpnMobile(d))).toEqual(['13055550139', '18555550123']);
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
