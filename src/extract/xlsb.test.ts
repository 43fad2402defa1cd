import { describe, expect, it } from 'vitest';
import { defaultEngine, THRESHOLDS } from '../../test/support/engine.js';
import { extractBuffer } from '../../test/support/extract-harness.js';
import { expectEveryMutantJudged } from '../../test/support/mutants.js';
import { chineseName, makeRng, mobile, residentId } from '../../test/support/synth.js';
import { buildXlsb, cellIsst, cellReal, cellRk, cellSt, record, rowHdr, sheetPart, wide } from '../../test/support/xlsb-writer.js';
import { scanItem } from '../scan/scan-item.js';
import { DEFAULT_LIMITS } from '../types.js';

/** A customer list as an .xlsb: names as shared strings, mobiles as numbers, IDs as inline strings. */
function customers(n: number): { book: Buffer; people: { name: string; mobile: string; id: string }[] } {
  const rng = makeRng(21);
  const people = Array.from({ length: n }, () => ({ name: chineseName(rng), mobile: mobile(rng), id: residentId(rng) }));
  const shared = ['姓名', '手机', '身份证号', ...people.map((p) => p.name)];
  const rows = [rowHdr(0), cellIsst(0, 0), cellIsst(1, 1), cellIsst(2, 2)];
  people.forEach((p, i) => rows.push(rowHdr(i + 1), cellIsst(0, i + 3), cellReal(1, Number(p.mobile)), cellSt(2, p.id)));
  return { book: buildXlsb([sheetPart(...rows)], shared), people };
}

describe('xlsb (Excel binary workbook)', () => {
  it('reads every sheet as rows: shared and inline strings, numbers as typed', async () => {
    const { book, people } = customers(60);
    const sink = await extractBuffer('c.xlsb', book);
    expect(sink.problems).toEqual([]);
    const lines = sink.unit('c.xlsb!/xl/worksheets/sheet1.bin')!.text.trimEnd().split('\n');
    expect(lines[0]).toBe('姓名\t手机\t身份证号');
    expect(lines.slice(1)).toEqual(people.map((p) => `${p.name}\t${p.mobile}\t${p.id}`));
    const verdict = await scanItem({ kind: 'buffer', name: 'c.xlsb', data: book }, 'c.xlsb', { engine: defaultEngine(), thresholds: THRESHOLDS, limits: DEFAULT_LIMITS, reveal: false });
    expect(verdict.records).toBe(60);
    expect(verdict.sensitivity).toBe('secret');
  });

  it('reads RK numbers, leaves gaps between cells, and reads comments', async () => {
    const comments = Buffer.concat([record(635, Buffer.concat([Buffer.from([0]), wide('客户：张伟，电话 13800138000')]))]);
    const book = buildXlsb([sheetPart(rowHdr(3), cellRk(0, (1380013 << 2) | 2), cellSt(2, 'x'))], [], [{ name: 'xl/comments1.bin', data: comments }]);
    const sink = await extractBuffer('r.xlsb', book);
    expect(sink.problems).toEqual([]);
    expect(sink.unit('r.xlsb!/xl/worksheets/sheet1.bin')?.text).toBe('1380013\t\tx\n');
    expect(sink.unit('r.xlsb!/xl/comments1.bin')?.text).toBe('客户：张伟，电话 13800138000\n');
  });

  it('says where a part is damaged, keeping the rows before it', async () => {
    const rows = [rowHdr(0), cellSt(0, '13800138000'), rowHdr(1), cellIsst(0, 7)];
    const missing = await extractBuffer('m.xlsb', buildXlsb([sheetPart(...rows)], ['a']));
    expect(missing.problems).toEqual([{ reason: 'corrupt', location: 'm.xlsb!/xl/worksheets/sheet1.bin', detail: 'a cell names a shared string that is not there: damaged' }]);
    expect(missing.unit('m.xlsb!/xl/worksheets/sheet1.bin')?.text).toBe('13800138000\n');
    const part = sheetPart(rowHdr(0), cellSt(0, '13800138000'));
    const cut = await extractBuffer('c.xlsb', buildXlsb([Buffer.concat([part, record(6, Buffer.alloc(40)).subarray(0, 10)])]));
    expect(cut.reasons()).toEqual(['corrupt']);
    expect(cut.text).toContain('13800138000');
  });

  it('gives every damaged copy a verdict (bytes overwritten anywhere)', async () => {
    await expectEveryMutantJudged('c.xlsb', customers(30).book, 17);
  });
});
