import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { defaultEngine } from '../../test/support/engine.js';
import { extractBuffer } from '../../test/support/extract-harness.js';
import { address, chineseName, makeRng, mobile, residentId } from '../../test/support/synth.js';
import { detectText } from '../scan/detect-text.js';
import { csvRecordWriter, MAX_CELL_LINES } from './csv-records.js';

const rng = makeRng(0xc5f);
const people = Array.from({ length: 60 }, () => ({ name: chineseName(rng), mobile: mobile(rng), id: residentId(rng), address: address(rng) }));

/** Rows written by Python's csv module (RFC 4180 quoting, as Excel writes): cells with line breaks are quoted. */
function pythonCsv(rows: string[][], delimiter = ','): Buffer {
  const script = 'import csv,json,sys\nw=csv.writer(sys.stdout,delimiter=sys.argv[1],lineterminator="\\r\\n")\nfor r in json.load(sys.stdin): w.writerow(r)';
  return execFileSync('python3', ['-c', script, delimiter], { input: JSON.stringify(rows), env: { ...process.env, PYTHONIOENCODING: 'utf-8' } });
}

/** The writer's output for `data` written in chunks of `size` bytes. */
function joined(data: Buffer, size: number, delimiter: ',' | '\t' = ','): string {
  const out: Buffer[] = [];
  const w = csvRecordWriter({ write: (t) => void out.push(Buffer.from(t)), end: () => {} }, delimiter);
  for (let i = 0; i < data.length; i += size) w.write(data.subarray(i, i + size));
  w.end();
  return Buffer.concat(out).toString('utf8');
}

describe('csvRecordWriter', () => {
  const rows = [
    ['客户', '联系方式', '备注'],
    ...people.map((p, k) => [`${p.name}\n${p.mobile}\n${p.id}`, `地址：${p.address}\r\n邮编 100000`, k % 3 ? '' : '说"重要"客户\n回访']),
  ];

  it('makes a record one line again when quoted cells hold line breaks, however the text is cut', () => {
    const csv = pythonCsv(rows);
    expect(csv.toString().split('\n').length).toBeGreaterThan(3 * people.length);
    for (const size of [1, 2, 3, 7, 100, 1 << 20]) {
      const lines = joined(csv, size).split('\r\n').filter((l) => l !== '');
      expect(lines, `chunks of ${size}`).toHaveLength(people.length + 1);
      expect(lines[1]).toBe(`"${people[0]!.name} ${people[0]!.mobile} ${people[0]!.id}","地址：${people[0]!.address}  邮编 100000","说""重要""客户 回访"`);
    }
    const tsv = joined(pythonCsv(rows, '\t'), 64, '\t').split('\r\n').filter((l) => l !== '');
    expect(tsv).toHaveLength(people.length + 1);
  });

  it('passes text without multi-line cells through unchanged, and a stray quote costs only the lines after it', () => {
    const plain = pythonCsv([['姓名', '手机'], ...people.map((p) => [p.name, p.mobile]), ['a,b', 'x"y']]);
    expect(joined(plain, 5)).toBe(plain.toString());
    // A cell that opens a quote and never closes it: no record swallows the rest of the file.
    const stray = `姓名,手机\n"${people[0]!.name},${people[0]!.mobile}\n${people.slice(1).map((p) => `${p.name},${p.mobile}`).join('\n')}\n`;
    const out = joined(Buffer.from(stray), 13).split('\n');
    expect(out).toHaveLength(stray.split('\n').length);
    expect(out.slice(MAX_CELL_LINES + 2)).toEqual(stray.split('\n').slice(MAX_CELL_LINES + 2));
  });

  it('lets a CSV of contact cards count one record per person', async () => {
    const sink = await extractBuffer('cards.csv', pythonCsv(rows));
    const unit = sink.units[0]!;
    expect(detectText(defaultEngine(), unit.text, unit.shape).records).toBe(people.length);
  });
});
