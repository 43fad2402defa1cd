/**
 * cn-formats §11 trap inputs, swept through every validator: where the value
 * alone can be rejected, no validator may confirm it. Traps that only context
 * or digit boundaries can handle (an 11-digit window inside a longer run, QQ
 * numbers that look like mobiles) belong to the rule/engine tests.
 */
import { describe, expect, it } from 'vitest';
import { VALIDATORS } from './index.js';

const TRAPS: readonly (readonly [string, string])[] = [
  ['20240101123456', '14-digit timestamp'],
  ['202401011234567', '15-digit timestamp (region 20)'],
  ['1700000000000', '13-digit ms epoch'],
  ['202209275521510023', 'order number with a valid MOD 11-2 char'],
  ['202003014821710268', 'order number passing USCC MOD 31'],
  ['001673197005094813', 'ID look-alike, region 00'],
  ['2024010112345678901', 'bank transaction number'],
  ['1760000000000000000', 'Snowflake id'],
  ['SF1234567890123', 'express tracking number'],
  ['EA123456785CN', 'EMS (UPU S10)'],
  ['044031900111', '发票代码 (12)'],
  ['4403190011', '发票代码 (10)'],
  ['12345678', '发票号码 (8)'],
  ['24440000000012345678', '全电发票号码 (20)'],
  ['490154203237518', 'IMEI (Luhn-valid)'],
  ['89860012345678901238', 'ICCID (Luhn-valid)'],
  ['2088123456789012', 'Alipay user id'],
  ['110105********002X', 'masked ID'],
  ['138****8000', 'masked mobile'],
  ['6222 **** **** 8901', 'masked card'],
  ['2024-01-01', 'dashed date'],
  ['0755-0931', 'range'],
];

describe('§11 traps', () => {
  it.each(TRAPS)('%s (%s) is confirmed by no validator', (input) => {
    const confirmedBy = Object.entries(VALIDATORS)
      .filter(([, v]) => v(input).valid === true)
      .map(([name]) => name);
    expect(confirmedBy).toEqual([]);
  });

  it('rejects the checksum-passing traps outright where the structure is wrong', () => {
    expect(VALIDATORS['cn_resident_id']!('202209275521510023').valid).toBe(false);
    expect(VALIDATORS['cn_resident_id']!('001673197005094813').valid).toBe(false);
    expect(VALIDATORS['cn_uscc']!('202003014821710268').valid).toBe(false);
    expect(VALIDATORS['cn_resident_id_15']!('202401011234567').valid).toBe(false);
    expect(VALIDATORS['bank_card']!('490154203237518').valid).toBe(false);
    expect(VALIDATORS['bank_card']!('89860012345678901238').valid).toBe(false);
  });
});
