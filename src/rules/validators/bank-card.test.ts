import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bankCard as genCard, formatCard, makeRng } from '../../../test/support/synth.js';
import { bankCard } from './bank-card.js';

const check = (s: string) => bankCard(s.normalize('NFKC'));
const seeds = fc.integer({ min: 0, max: 0x7fffffff });

describe('bank_card', () => {
  it.each([
    ['6283875070985593', 'UnionPay (validator.js vector)'],
    ['8171999927660000', 'UnionPay 81 range (Adyen test card)'],
    ['4111111111111111', 'Visa test card'],
    ['5555555555554444', 'Mastercard test card'],
    ['2223000048400011', 'Mastercard 2-series'],
    ['3530111333300000', 'JCB'],
    ['6011000990139424', 'Discover test card'],
    ['6500000000000002', 'Discover 65'],
    ['6013820100001234569', "Bank of China's 长城电子借记卡 (601382, 19 digits)"],
    ['6222 0200 1234 5678 903', '19-digit UnionPay grouped 4-4-4-4-3'],
    ['6222-0200-1234-5678-903', 'dashed'],
    ['6222  0200  1234  5678  903', 'OCR of an embossed card: two spaces between groups'],
    ['622202 0012345678903', "the issuer's six digits set apart"],
  ])('confirms %s (%s) with +10', (s) => {
    expect(check(s)).toMatchObject({ valid: true, adjust: 10, value: s.replace(/[ -]/g, '') });
  });

  it('never hard-rejects a 62 number failing Luhn: no opinion, -15', () => {
    // any-rule's example card fails Luhn (cn-formats §12).
    expect(check('6222026006705354217')).toEqual({
      valid: undefined, adjust: -15, value: '6222026006705354217', note: expect.any(String),
    });
  });

  it.each([
    ['4111111111111112', 'Visa, Luhn fail'],
    ['8171999927660001', '81 range, Luhn fail'],
    ['123456789012345678', 'no known IIN, Luhn ok'],
    ['2088123456789012', 'Alipay user id'],
    ['89860123456789012345', 'ICCID (20 digits)'],
    ['8986012345678901234', 'ICCID (19 digits, 89 prefix)'],
    ['1760000000000000000', 'Snowflake id'],
    ['2024010112345678901', 'date-prefixed transaction number'],
    ['490154203237518', 'IMEI (15 digits)'],
    ['622202001234567', '15 digits'],
    ['62220200123456789012', '20 digits'],
    ['5105105105105100510510', 'Luhn-valid 51 string longer than 19'],
    ['5555555555554444555', 'Mastercard prefix with 19 digits'],
    ['62220 20012345 678903', 'groups not of 4'],
    ['6222 0200-1234 5678', 'mixed separators'],
    ['6222   0200   1234   5678', 'three spaces apart'],
    ['62220 2001234567890', 'five digits set apart'],
    ['622202  0012345678903', 'six digits two spaces apart: two columns'],
    ['622202 00123 45678903', 'the rest in pieces'],
    ['6222 **** **** 8901', 'masked'],
    ['620102198604298000', 'an ID Excel cut to 15 digits: a region and a birth date, 18 digits'],
    ['620102202404190741', 'a trace code in an ID number\'s shape, its check digit wrong'],
    ['620102196410001657', 'an ID whose date was mistyped (19641000), failing Luhn too'],
    ['6222000000000000000', "a form's placeholder"],
    ['6217000000000000', "a form's placeholder, 16 digits"],
  ])('rejects %s (%s)', (s) => {
    expect(check(s).valid).toBe(false);
  });

  it('confirms every generated card in every written form', () => {
    fc.assert(
      fc.property(seeds, fc.constantFrom('unionpay', 'visa', 'mastercard'), (seed, brand) => {
        const rng = makeRng(seed);
        const card = genCard(rng, { brand });
        expect(check(formatCard(rng, card))).toMatchObject({ valid: true, value: card });
      }),
      { numRuns: 1000 },
    );
  });

  it('never confirms a single-digit substitution; non-62 ones are rejected outright', () => {
    fc.assert(
      fc.property(seeds, fc.constantFrom('unionpay', 'visa'), (seed, brand) => {
        const card = genCard(makeRng(seed), { brand });
        for (let i = 0; i < card.length; i++) {
          for (const c of '0123456789') {
            if (c === card[i]) continue;
            const m = card.slice(0, i) + c + card.slice(i + 1);
            const r = check(m);
            expect(r.valid, m).not.toBe(true);
            if (!m.startsWith('62')) expect(r.valid, m).toBe(false);
            else expect(r.adjust, m).toBe(-15);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
