import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeRng, uscc } from '../../../test/support/synth.js';
import { USCC_ALPHABET, cnUscc, usccCheckChar } from './cn-uscc.js';

const withCheck = (first17: string) => first17 + usccCheckChar(first17);

describe('cn_uscc', () => {
  // Published company codes from python-stdnum's test_cn_uscc.doctest (corporate, not personal).
  it.each([
    '91110000600037341L', '91310115MA1K3BTP2B', '121200004013590816', '9144030071526726XG',
    '91620105L015101280', '9162010558590643X0', '91340600MA2PBM9HXD',
  ])('accepts %s', (s) => {
    expect(cnUscc(s)).toMatchObject({ valid: true, value: s });
  });

  it('rejects letters outside the GB 32100 alphabet (I, O, S, V, Z) in an already clean code', () => {
    for (const c of 'IOSVZ') expect(cnUscc(`91310115MA1K3B${c}P2B`)).toMatchObject({ valid: false, note: 'not 18 chars of the USCC alphabet' });
  });

  it('normalizes separators and case', () => {
    expect(cnUscc('91 110000 600037341l').value).toBe('91110000600037341L');
    expect(cnUscc('91310115ma1k3btp2b').value).toBe('91310115MA1K3BTP2B');
  });

  it('accepts letter authorities (Y1…) when the checks pass — stdnum wrongly rejects them', () => {
    // Body and GB 11714 char taken from the real 91310115MA1K3BTP2B.
    const body = 'MA1K3BTP';
    const first17 = `Y1310115${body}2`;
    expect(cnUscc(withCheck(first17)).valid).toBe(true);
    expect(cnUscc(withCheck(`N2330100${body}2`)).valid).toBe(true);
  });

  it.each([
    ['202003014821710268', '§11 trap: date-prefixed order number passing MOD 31'],
    ['91110000600037341N', 'wrong MOD 31 char'],
    ['A1110000600037341L', 'authority A with type 1 but bad checks'],
    ['9111000060003IOZSV', 'forbidden letters'],
    ['12345', 'too short'],
  ])('rejects %s (%s)', (s) => {
    expect(cnUscc(s).valid).toBe(false);
  });

  it('rejects a correct MOD 31 char when the embedded GB 11714 char is wrong', () => {
    const wrong = withCheck('9111000060003734' + '2'); // real org char is 1
    expect(cnUscc(wrong)).toMatchObject({ valid: false, note: expect.stringContaining('GB 11714') });
  });

  it.each([
    ['90', 'authority 9 only has types 1-3'],
    ['Y2', 'Y only has type 1'],
    ['B1', 'unknown authority'],
  ])('rejects authority/type %s (%s) even with both checks right', (pair) => {
    expect(cnUscc(withCheck(`${pair}110000600037341`)).valid).toBe(false);
  });

  it.each([
    ['00', 'no province'], ['20', 'no province'], ['99', 'no province'],
  ])('rejects region %s0000 (%s) even with both checks right', (p) => {
    expect(cnUscc(withCheck(`91${p}0000600037341`)).valid).toBe(false);
  });

  it('accepts national-level registrations (region 100000)', () => {
    expect(cnUscc(withCheck('11100000000013127')).valid).toBe(true);
  });

  it('accepts every generated code', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0x7fffffff }), (seed) => {
        const code = uscc(makeRng(seed));
        expect(cnUscc(code)).toMatchObject({ valid: true, value: code });
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects every single-character substitution and every adjacent transposition', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0x7fffffff }), (seed) => {
        const code = uscc(makeRng(seed));
        for (let i = 0; i < 18; i++) {
          for (const c of USCC_ALPHABET) {
            if (c === code[i]) continue;
            const m = code.slice(0, i) + c + code.slice(i + 1);
            expect(cnUscc(m).valid, m).toBe(false);
          }
        }
        for (let i = 0; i < 17; i++) {
          if (code[i] === code[i + 1]) continue;
          const t = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
          expect(cnUscc(t).valid, t).toBe(false);
        }
      }),
      { numRuns: 100 },
    );
  });
});
