import { describe, expect, it } from 'vitest';
import { defaultEngine, THRESHOLDS } from '../../test/support/engine.js';
import { ItemAccumulator } from './accumulate.js';

describe('ItemAccumulator.unscannable', () => {
  it('caps repeated problems but never drops a new reason', () => {
    const acc = new ItemAccumulator({ reveal: false });
    for (let i = 0; i < 500; i++) acc.unscannable({ reason: 'max-ratio', location: `bomb.zip!/m${i}` });
    acc.unscannable({ reason: 'encrypted', location: 'bomb.zip!/secret.xlsx' });
    expect(acc.problems).toHaveLength(101);
    expect(acc.problems.at(-1)).toEqual({ reason: 'encrypted', location: 'bomb.zip!/secret.xlsx' });
  });
});

describe('ItemAccumulator with --reveal', () => {
  const mobileRule = defaultEngine().rules.find((r) => r.id === 'cn_mobile')!;
  const mobiles = (from: number, n: number) => Array.from({ length: n }, (_, i) => String(13_000_000_000 + from + i));

  it('lists every distinct value up to 50,000 per detector, then says the list is cut', () => {
    const acc = new ItemAccumulator({ reveal: true });
    for (const m of mobiles(0, 50_000)) acc.finding(mobileRule, m, 80, 'x');
    acc.finding(mobileRule, '13000000000', 80, 'x'); // seen: not listed twice
    const whole = acc.verdict('x', 1, THRESHOLDS, 0).findings[0]!;
    expect(whole.values).toHaveLength(50_000);
    expect(whole.values_truncated).toBeUndefined();
    acc.finding(mobileRule, '13100000000', 80, 'x');
    expect(acc.verdict('x', 1, THRESHOLDS, 0).findings[0]!.values_truncated).toBe(true);
  });

  it('merges the values of a split file once each, and keeps a part’s truncation', () => {
    const a = new ItemAccumulator({ reveal: true });
    const b = new ItemAccumulator({ reveal: true });
    for (const m of mobiles(0, 3000)) a.finding(mobileRule, m, 80, 'x');
    for (const m of mobiles(2000, 3000)) b.finding(mobileRule, m, 80, 'x');
    const whole = new ItemAccumulator({ reveal: true });
    whole.merge(a.partial());
    whole.merge(b.partial());
    const f = whole.verdict('x', 1, THRESHOLDS, 0).findings[0]!;
    expect(f.count).toBe(5000);
    expect(new Set(f.values)).toEqual(new Set(mobiles(0, 5000)));
    expect(f.values).toHaveLength(5000);
  });
});
