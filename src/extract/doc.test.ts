import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../test/support/extract-harness.js';
import { packageRoot } from '../paths.js';
import { plainText, readDocText, readFib } from './doc.js';

const fixture = (name: string): Buffer => readFileSync(join(packageRoot(), 'test/fixtures/office', name));

describe('doc (Word 97–2003) extractor', () => {
  it('reads a LibreOffice .doc: paragraphs as lines, a table as tab-separated rows', async () => {
    const sink = await extractBuffer('list.doc', fixture('customers-table.doc'));
    expect(sink.problems).toEqual([]);
    expect(sink.units.map((u) => u.location)).toEqual(['list.doc#WordDocument']);
    const lines = sink.units[0]!.text.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual(['重点客户名单', '以下为本季度重点客户联系方式。', '姓名\t手机\t身份证号']);
    const rows = lines.slice(3);
    expect(rows).toHaveLength(25);
    for (const row of rows) expect(row).toMatch(/^\p{Script=Han}{2,3}\t1[3-9]\d{9}\t\d{17}[\dX]$/u);
  });

  it('turns marks into text: field instructions out and results kept, empty cells kept in their row', () => {
    // HYPERLINK field: begin, instruction, separator, result, end.
    expect(plainText('联系\x13 HYPERLINK "mailto:a@b.cn" \x14a@b.cn\x15 电话\r')).toBe('联系a@b.cn 电话\n');
    // Nested fields: the inner field's result stays inside the outer one's.
    expect(plainText('\x13 IF \x13 PAGE \x141\x15 = 1 "x" \x14第一页\x15\r')).toBe('第一页\n');
    // A 3-column table: header, a row with an empty middle cell, a row with a two-paragraph cell.
    const table = '姓名\x07手机\x07备注\x07\x07张伟\x07\x07VIP\x07\x07王芳\x0713800138000\x07第一行\r第二行\x07\x07';
    expect(plainText(`前言\r${table}后记\r`)).toBe('前言\n姓名\t手机\t备注\n张伟\t\tVIP\n王芳\t13800138000\t第一行 第二行\n后记\n');
  });

  it('tells a row\'s end from an empty last cell by the paragraph properties (a remarks column mostly empty, its header too)', async () => {
    const sink = await extractBuffer('gaps.doc', fixture('customers-gaps.doc'));
    expect(sink.problems).toEqual([]);
    const lines = sink.units[0]!.text.replace(/\n+$/, '').split('\n');
    expect(lines[0]).toBe('姓名\t手机\t身份证号\t');
    expect(lines.slice(1)).toHaveLength(12);
    for (const row of lines.slice(1)) expect(row).toMatch(/^\p{Script=Han}{2,3}\t1[3-9]\d{9}\t\d{17}[\dX]\t(VIP)?$/u);
    // Marks given as row ends: the first row's width no longer decides.
    expect(plainText('姓名\x07手机\x07\x07\x07张伟\x0713800138000\x07VIP\x07\x07', new Set([7, 27]))).toBe('姓名\t手机\t\n张伟\t13800138000\tVIP\n');
  });

  it('says when the piece table is damaged: a piece that starts past CP 0 or runs backwards (fuzzing: one byte of a CP)', () => {
    const word = Buffer.from('张伟 13800138000\r', 'utf16le');
    const clx = (cp0: number, cp1: number): Buffer => {
      const plc = Buffer.alloc(16);
      plc.writeUInt32LE(cp0, 0);
      plc.writeUInt32LE(cp1, 4);
      plc.writeUInt32LE(0, 10); // the piece's text at byte 0, 16-bit
      return Buffer.concat([Buffer.from([0x02]), Buffer.from(new Uint32Array([plc.length]).buffer), plc]);
    };
    const fib = (table: Buffer) => ({ table: '1Table' as const, fcClx: 0, lcbClx: table.length });
    const good = clx(0, 15);
    expect(readDocText(word, fib(good), good)).toEqual({ text: '张伟 13800138000\n' });
    const shifted = clx(0xd4000000, 15);
    expect(() => readDocText(word, fib(shifted), shifted)).toThrow(/damaged piece table/);
  });

  it('leaves Word 6/95 files unsupported and says when a document is cut', async () => {
    const word95 = Buffer.alloc(0x200);
    word95.writeUInt16LE(0xa5ec, 0);
    word95.writeUInt16LE(0x0065, 2);
    expect(readFib(word95)).toBeNull();
    const data = fixture('customers-table.doc');
    for (const at of [6000, 12000, 20000]) expect((await extractBuffer('cut.doc', data.subarray(0, at))).reasons(), `cut at ${at}`).toEqual(['corrupt']);
  });
});
