import { describe, expect, it } from 'vitest';
import { KeywordAutomaton } from './keywords.js';

const hitsOf = (a: KeywordAutomaton, text: string, chunk = text.length): Array<[number, number]> => {
  const buf = Buffer.from(text);
  const out: Array<[number, number]> = [];
  let state = 0;
  for (let from = 0; from < buf.length; from += chunk) state = a.scan(buf, from, Math.min(buf.length, from + chunk), state, (kw, end) => out.push([kw, end]));
  return out;
};

describe('KeywordAutomaton', () => {
  it('finds every keyword, overlapping ones too, ASCII letters in any case, across chunk boundaries', () => {
    const a = new KeywordAutomaton(['手机', '手机号', '机号', 'tel']);
    const text = '手机号TEL手机';
    const whole = hitsOf(a, text);
    expect(whole).toEqual([
      [0, 6],
      [1, 9],
      [2, 9],
      [3, 12],
      [0, 18],
    ]);
    expect(hitsOf(a, text, 1)).toEqual(whole);
  });

  it("keeps one column per byte a keyword uses, not per byte: the others and an ASCII letter's other case share one", () => {
    const a = new KeywordAutomaton(['手机', 'Tel', '@']);
    // 手 and 机 are 3 bytes each, of which 0xe6 starts both: 5 bytes, then t e l @, and the unused class.
    expect(Reflect.get(a, 'stride')).toBe(10);
    expect(Reflect.get(a, 'delta')).toHaveLength(10 * (1 + 6 + 3 + 1));
    const text = '编号tEL，手机 @ 手 机 TELtel';
    const hits = hitsOf(a, text, 5).map(([kw, end]) => [String(a.keywords[kw]), Buffer.from(text).subarray(0, end).toString()]);
    expect(hits).toEqual([
      ['Tel', '编号tEL'],
      ['手机', '编号tEL，手机'],
      ['@', '编号tEL，手机 @'],
      ['Tel', '编号tEL，手机 @ 手 机 TEL'],
      ['Tel', '编号tEL，手机 @ 手 机 TELtel'],
    ]);
  });

  it('reads the same with more states than 16-bit transitions hold (32-bit table)', () => {
    // 4,000 keywords with nine bytes of their own each: over 32,767 states.
    const many = Array.from({ length: 4000 }, (_, i) => `k${String(i).padStart(4, '0')}-keyword-`);
    const big = new KeywordAutomaton([...many, '身份证']);
    const small = new KeywordAutomaton(['k0042-keyword-', 'k3999-keyword-', '身份证']);
    expect(Reflect.get(big, 'delta')).toBeInstanceOf(Uint32Array);
    expect(Reflect.get(small, 'delta')).toBeInstanceOf(Uint16Array);
    const text = 'x k0042-keyword- 身份证 k3999-keyword- k4000-keyword-';
    const names = (a: KeywordAutomaton, hits: Array<[number, number]>) => hits.map(([kw, end]) => [String(a.keywords[kw]), end]);
    expect(names(big, hitsOf(big, text))).toEqual(names(small, hitsOf(small, text)));
    expect(hitsOf(big, text)).toHaveLength(3);
  });
});
