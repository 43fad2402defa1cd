// Synthetic test data for the actions tests (not shipped behaviour): a valid
// 18-digit resident ID (GB 11643 MOD 11-2) and an allocated-prefix mobile,
// random on every run, and a verdict that carries them where a careless
// caller might (values, locations, path).
import { randomInt } from 'node:crypto';
import type { Verdict } from '../types.js';

const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

export function syntheticResidentId(): string {
  const region = ['110105', '310104', '440305'][randomInt(3)]!;
  const d = new Date(Date.UTC(1950 + randomInt(50), randomInt(12), 1 + randomInt(28)));
  const birth = d.toISOString().slice(0, 10).replace(/-/g, '');
  const body = region + birth + String(randomInt(1000)).padStart(3, '0');
  const s = [...body].reduce((acc, c, i) => acc + Number(c) * W[i]!, 0);
  return body + '10X98765432'[s % 11]!;
}

export function syntheticMobile(): string {
  return '13' + String(randomInt(10)) + String(randomInt(100_000_000)).padStart(8, '0');
}

export function plantedVerdict(id: string, mobile: string, path: string): Verdict {
  return {
    path,
    bytes: 1234,
    sensitivity: 'secret',
    records: 2,
    sensitiveRecords: 1,
    findings: [
      {
        detector: 'cn_resident_id',
        category: 'sensitive-personal',
        count: 1,
        confidence: 'high',
        masked: [`${id.slice(0, 6)}********${id.slice(-4)}`],
        locations: [`${path}!/sheet1/${id}`],
        values: [id],
      },
      {
        detector: 'cn_mobile',
        category: 'personal',
        count: 1,
        confidence: 'high',
        // a buggy extractor that forgot to mask: the second line of defence must catch it
        masked: [mobile],
        locations: [path],
        values: [mobile],
      },
    ],
    unscannable: [{ reason: 'encrypted', location: `${path}!/${mobile}.zip` }],
    ms: 3,
  };
}
