import { describe, expect, it } from 'vitest';
import { VALIDATORS } from '../../src/rules/validators/index.js';
import type { ValidatorName } from '../../src/rules/validators/index.js';
import * as synth from './synth.js';

const N = 1000;
const v = (name: ValidatorName, s: string) => VALIDATORS[name]!(s.normalize('NFKC'));

describe('makeRng', () => {
  it('is deterministic per seed and differs across seeds', () => {
    const a = synth.makeRng(42);
    const b = synth.makeRng(42);
    const c = synth.makeRng(43);
    const sa = Array.from({ length: 20 }, () => a.int(0, 1_000_000));
    expect(Array.from({ length: 20 }, () => b.int(0, 1_000_000))).toEqual(sa);
    expect(Array.from({ length: 20 }, () => c.int(0, 1_000_000))).not.toEqual(sa);
  });

  it('covers int bounds inclusively and stays inside them', () => {
    const rng = synth.makeRng(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const x = rng.int(3, 7);
      expect(x).toBeGreaterThanOrEqual(3);
      expect(x).toBeLessThanOrEqual(7);
      seen.add(x);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('roughly honours bool(p) and weighted picks', () => {
    const rng = synth.makeRng(2);
    let t = 0;
    let w = 0;
    for (let i = 0; i < 10_000; i++) {
      if (rng.bool(0.2)) t++;
      if (rng.weighted(['a', 'b'], [9, 1]) === 'a') w++;
    }
    expect(t / 10_000).toBeCloseTo(0.2, 1);
    expect(w / 10_000).toBeCloseTo(0.9, 1);
  });
});

describe('valid generators pass their validators (1,000 each, incl. written forms)', () => {
  const cases: readonly [string, ValidatorName, (rng: synth.Rng) => string, boolean | undefined][] = [
    ['residentId', 'cn_resident_id', (r) => synth.residentId(r), true],
    ['residentId 1900-2025', 'cn_resident_id', (r) => synth.residentId(r, { birthYearRange: [1900, 2025] }), true],
    ['formatId', 'cn_resident_id', (r) => synth.formatId(r, synth.residentId(r)), true],
    ['residentId15', 'cn_resident_id_15', (r) => synth.residentId15(r), undefined],
    ['mobile', 'cn_mobile', (r) => synth.mobile(r), true],
    ['formatMobile', 'cn_mobile', (r) => synth.formatMobile(r, synth.mobile(r)), true],
    ['landline', 'cn_landline', (r) => synth.landline(r), true],
    ['formatLandline', 'cn_landline', (r) => synth.formatLandline(r, synth.landline(r)), true],
    ['bankCard 16', 'bank_card', (r) => synth.bankCard(r, { length: 16 }), true],
    ['bankCard 19', 'bank_card', (r) => synth.bankCard(r, { length: 19 }), true],
    ['formatCard', 'bank_card', (r) => synth.formatCard(r, synth.bankCard(r)), true],
    ['uscc', 'cn_uscc', (r) => synth.uscc(r), true],
    ['email', 'email', (r) => synth.email(r), true],
    ['passport', 'cn_passport', (r) => synth.passport(r), undefined],
  ];
  it.each(cases)('%s → %s', (_label, name, gen, expected) => {
    const rng = synth.makeRng(1234);
    const wrong: string[] = [];
    for (let i = 0; i < N; i++) {
      const s = gen(rng);
      if (v(name, s).valid !== expected) wrong.push(s);
    }
    expect(wrong).toEqual([]);
  });

  it('bankCard is UnionPay 62 by default, of the requested length', () => {
    const rng = synth.makeRng(5);
    for (let i = 0; i < 200; i++) {
      expect(synth.bankCard(rng, { length: 19 })).toMatch(/^62[0-9]{17}$/);
      expect(synth.bankCard(rng, { length: 16 })).toMatch(/^62[0-9]{14}$/);
    }
  });

  it('formatters produce every variety they promise', () => {
    const rng = synth.makeRng(6);
    const mobiles = Array.from({ length: 500 }, () => synth.formatMobile(rng, '13800138000'));
    for (const re of [/^\+86 /, /^0086/, /^86/, /^\(\+86\)/, /^0138/, /-/, /[０-９]/]) {
      expect(mobiles.some((m) => re.test(m)), String(re)).toBe(true);
    }
    const ids = Array.from({ length: 200 }, () => synth.formatId(rng, '11010519491231002X'));
    for (const re of [/x$/, / /, /-/, /[０-９]/]) expect(ids.some((m) => re.test(m)), String(re)).toBe(true);
  });
});

describe('names and addresses', () => {
  const s = synth.surnames();

  it('loads the surname and given-char lists in the documented sizes', () => {
    const singles = s.top.length + s.single.length;
    expect(singles).toBeGreaterThanOrEqual(400);
    expect(singles).toBeLessThanOrEqual(600);
    expect(s.top.slice(0, 5)).toEqual(['王', '李', '张', '刘', '陈']);
    for (const c of ['欧阳', '上官', '皇甫', '令狐', '诸葛', '司徒', '司马', '慕容', '尉迟', '长孙', '拓跋']) {
      expect(s.compound).toContain(c);
    }
    expect(new Set([...s.top, ...s.single, ...s.compound]).size).toBe(s.top.length + s.single.length + s.compound.length);
    const given = synth.givenChars();
    expect(given.length).toBeGreaterThanOrEqual(250);
    expect(given.every((c) => /^\p{Script=Han}$/u.test(c))).toBe(true);
  });

  it('chineseName: known surname + 1-2 given chars, ~2 % compound, common surnames dominate', () => {
    const rng = synth.makeRng(9);
    const given = new Set(synth.givenChars());
    let compound = 0;
    let top = 0;
    for (let i = 0; i < N; i++) {
      const name = synth.chineseName(rng);
      const sur = s.compound.find((c) => name.startsWith(c)) ?? name[0]!;
      if (sur.length === 2) compound++;
      if (s.top.includes(sur)) top++;
      expect([...s.top, ...s.single, ...s.compound]).toContain(sur);
      const g = [...name.slice(sur.length)];
      expect(g.length).toBeGreaterThanOrEqual(1);
      expect(g.length).toBeLessThanOrEqual(2);
      for (const c of g) expect(given.has(c)).toBe(true);
    }
    expect(compound).toBeGreaterThan(5);
    expect(compound).toBeLessThan(50);
    expect(top).toBeGreaterThan(750);
  });

  it('address and companyName have the expected shape', () => {
    const rng = synth.makeRng(10);
    for (let i = 0; i < 200; i++) {
      expect(synth.address(rng)).toMatch(/^\p{Script=Han}+[省市].*[区县].*[路街道里]\d+号/u);
      expect(synth.companyName(rng)).toMatch(/公司$/);
    }
  });
});

describe('decoys are confirmed by no validator', () => {
  it.each(Object.entries(synth.DECOYS))('%s', (_name, gen) => {
    const rng = synth.makeRng(77);
    const confirmed: string[] = [];
    for (let i = 0; i < N; i++) {
      const s = gen(rng);
      for (const [name, validator] of Object.entries(VALIDATORS)) {
        if (validator(s.normalize('NFKC')).valid === true) confirmed.push(`${name}: ${s}`);
      }
    }
    expect(confirmed).toEqual([]);
  });

  it('decoys have their documented shapes', () => {
    const rng = synth.makeRng(78);
    expect(synth.orderNumber18(rng)).toMatch(/^20[0-9]{16}$/);
    expect(synth.timestamp14(rng)).toMatch(/^20[0-9]{12}$/);
    expect(synth.msEpoch13(rng)).toMatch(/^1[5-8][0-9]{11}$/);
    expect(synth.imei15(rng)).toMatch(/^[0-9]{15}$/);
    expect(synth.iccid(rng)).toMatch(/^8986[0-9]{15,16}$/);
    expect(synth.snowflake19(rng)).toMatch(/^1[5-9][0-9]{17}$/);
    expect(synth.alipayUserId(rng)).toMatch(/^2088[0-9]{12}$/);
    expect(synth.expressNumber(rng)).toMatch(/^(SF|YT|JT)[0-9]{12,13}$/);
    expect(synth.maskedMobile(rng)).toMatch(/^1[3-9][0-9](\*{4}|xxxx|XXXX)[0-9]{4}$/);
    expect(synth.maskedId(rng)).toMatch(/^[0-9]{3,6}\*{8,11}[0-9]{3}[0-9X]$/);
    expect(synth.transactionNo19(rng)).toMatch(/^20[0-9]{17}$/);
  });
});
