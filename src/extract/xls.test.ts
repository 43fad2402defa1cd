import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaptureSink } from '../../test/support/capture-sink.js';
import { buildCfb } from '../../test/support/cfb-writer.js';
import { packageRoot } from '../paths.js';
import { DEFAULT_LIMITS } from '../types.js';
import { bufferInput, extractItem, readHead } from './dispatch.js';
import { readWorkbook } from './xls.js';

const fixture = (name: string): string => join(packageRoot(), 'test/fixtures/office', name);

async function extractFile(name: string): Promise<CaptureSink> {
  const path = fixture(name);
  const sink = new CaptureSink();
  await extractItem({ location: name, name, size: statSync(path).size, head: await readHead(path), source: { kind: 'file', path } }, sink, DEFAULT_LIMITS, new AbortController().signal);
  return sink;
}

/** A BIFF8 record. */
const rec = (type: number, data: Buffer): Buffer => Buffer.concat([Buffer.from([type & 0xff, type >> 8, data.length & 0xff, data.length >> 8]), data]);
const u16 = (...v: number[]): Buffer => Buffer.from(new Uint16Array(v).buffer);
const u32 = (v: number): Buffer => Buffer.from(new Uint32Array([v]).buffer);
const f64 = (v: number): Buffer => Buffer.from(new Float64Array([v]).buffer);
/** XLUnicodeString with two-byte characters. */
const wide = (s: string): Buffer => Buffer.concat([u16(s.length), Buffer.from([1]), Buffer.from(s, 'utf16le')]);

/** A one-sheet BIFF8 Workbook stream whose cells are inline strings, one row per line of `rows`. */
function workbook(rows: string[][]): Buffer {
  const globals = Buffer.concat([
    rec(0x0809, Buffer.concat([u16(0x0600, 0x0005), Buffer.alloc(12)])),
    rec(0x0085, Buffer.concat([u32(0), Buffer.from([0, 0, 2, 1]), Buffer.from('客户', 'utf16le')])),
    rec(0x000a, Buffer.alloc(0)),
  ]);
  u32(globals.length).copy(globals, globals.indexOf(Buffer.from([0x85, 0x00])) + 4);
  const cells = rows.flatMap((row, r) => row.map((text, c) => rec(0x0204, Buffer.concat([u16(r, c, 0), wide(text)]))));
  return Buffer.concat([globals, rec(0x0809, Buffer.concat([u16(0x0600, 0x0010), Buffer.alloc(12)])), ...cells, rec(0x000a, Buffer.alloc(0))]);
}

describe('xls (BIFF8) extractor', () => {
  it('reads a LibreOffice .xls: every sheet, hidden ones too, numbers as typed', async () => {
    const sink = await extractFile('customers-big.xls');
    expect(sink.problems).toEqual([]);
    expect(sink.units.map((u) => u.location)).toEqual(['customers-big.xls#说明', 'customers-big.xls#客户明细', 'customers-big.xls#备份']);
    const list = sink.unit('#客户明细')!;
    expect(list.shape).toEqual({ kind: 'table', delimiter: '\t' });
    const lines = list.text.trimEnd().split('\n');
    expect(lines[0]).toBe('姓名\t手机\t身份证号\t城市');
    expect(lines).toHaveLength(301);
    // Mobiles are number cells: written as typed, never 1.38E10; IDs are text and keep their X.
    for (const line of lines.slice(1)) expect(line).toMatch(/^\p{Script=Han}{2,3}\t1[3-9]\d{9}\t\d{17}[\dX]\t\p{Script=Han}{2}$/u);
    expect(sink.unit('#备份')!.text.trimEnd().split('\n')).toHaveLength(21);
  });

  it('reads the cell kinds Excel writes: shared and inline strings, RK and MULRK numbers, cached formula results', () => {
    const globals = Buffer.concat([
      rec(0x0809, Buffer.concat([u16(0x0600, 0x0005), Buffer.alloc(12)])),
      rec(0x0085, Buffer.concat([u32(0), Buffer.from([0, 0, 2, 1]), Buffer.from('客户', 'utf16le')])), // offset patched below
      rec(0x00fc, Buffer.concat([u32(2), u32(2), wide('姓名'), wide('张伟')])),
      rec(0x000a, Buffer.alloc(0)),
    ]);
    const sheet = Buffer.concat([
      rec(0x0809, Buffer.concat([u16(0x0600, 0x0010), Buffer.alloc(12)])),
      rec(0x00fd, Buffer.concat([u16(0, 0, 0), u32(0)])), // A1 姓名 (shared)
      rec(0x00fd, Buffer.concat([u16(1, 0, 0), u32(1)])), // A2 张伟 (shared)
      rec(0x0204, Buffer.concat([u16(0, 1, 0), wide('手机')])), // B1 inline
      rec(0x0203, Buffer.concat([u16(1, 1, 0), f64(13800138000)])), // B2 NUMBER
      rec(0x027e, Buffer.concat([u16(2, 0, 0), u32((1234 << 2) | 2 | 1)])), // A3 RK: integer 1234, /100
      rec(0x00bd, Buffer.concat([u16(3, 0), u16(0), u32((7 << 2) | 2), u16(0), u32((8 << 2) | 2), u16(1)])), // A4:B4 MULRK
      rec(0x0006, Buffer.concat([u16(4, 0, 0), Buffer.from([0, 0, 0, 0, 0, 0, 0xff, 0xff]), Buffer.alloc(8)])), // A5 formula → text
      rec(0x0207, wide('15912345670')),
      rec(0x000a, Buffer.alloc(0)),
    ]);
    u32(globals.length).copy(globals, globals.indexOf(Buffer.from([0x85, 0x00])) + 4);
    const book = readWorkbook(Buffer.concat([globals, sheet]));
    expect(book).toEqual({ kind: 'sheets', sheets: [{ name: '客户', rows: ['姓名\t手机', '张伟\t13800138000', '12.34', '7\t8', '15912345670'], notes: [] }] });
  });

  it('gives a sheet as it looks when a decoy run has the colour of its cell’s fill (row banding)', () => {
    const font = (icv: number): Buffer => rec(0x0031, Buffer.concat([u16(220, 0, icv, 400, 0), Buffer.from([0, 0, 0, 0]), Buffer.from([2, 1]), Buffer.from('宋体', 'utf16le')]));
    /** XF: font 0, no format; a solid fill in palette index `icv` (fls 1), or none. */
    const xf = (icv: number | null): Buffer => {
      const data = Buffer.alloc(20);
      if (icv !== null) {
        data.writeUInt32LE((1 << 26) >>> 0, 14);
        data.writeUInt16LE(icv | (0x41 << 7), 18);
      }
      return rec(0x00e0, data);
    };
    const rich = (text: string, runs: [number, number][]): Buffer => Buffer.concat([u16(text.length), Buffer.from([0x09]), u16(runs.length), Buffer.from(text, 'utf16le'), ...runs.map(([ich, ifnt]) => u16(ich, ifnt))]);
    // Fonts 0–3 automatic; 5 (the fourth written after index 4): silver, palette index 22 (C0C0C0); 6: grey 23 (808080).
    const stream = (xfe: number, ifnt: number): Buffer => {
      const globals = Buffer.concat([
        rec(0x0809, Buffer.concat([u16(0x0600, 0x0005), Buffer.alloc(12)])),
        ...[0x7fff, 0x7fff, 0x7fff, 0x7fff, 22, 23].map(font),
        xf(null),
        xf(22),
        rec(0x0085, Buffer.concat([u32(0), Buffer.from([0, 0, 2, 1]), Buffer.from('客户', 'utf16le')])),
        rec(0x00fc, Buffer.concat([u32(1), u32(1), rich('139127345678', [[0, 0], [5, ifnt], [6, 0]])])),
        rec(0x000a, Buffer.alloc(0)),
      ]);
      u32(globals.length).copy(globals, globals.indexOf(Buffer.from([0x85, 0x00])) + 4);
      return Buffer.concat([globals, rec(0x0809, Buffer.concat([u16(0x0600, 0x0010), Buffer.alloc(12)])), rec(0x00fd, Buffer.concat([u16(0, 0, xfe), u32(0)])), rec(0x000a, Buffer.alloc(0))]);
    };
    expect(readWorkbook(stream(1, 5))).toMatchObject({ sheets: [{ rows: ['139127345678'], visibleRows: ['13912345678'] }] });
    expect(readWorkbook(stream(0, 5))).toEqual({ kind: 'sheets', sheets: [{ name: '客户', rows: ['139127345678'], notes: [] }] }); // no fill
    expect(readWorkbook(stream(1, 6))).toEqual({ kind: 'sheets', sheets: [{ name: '客户', rows: ['139127345678'], notes: [] }] }); // grey on silver is read
  });

  it('gives a sheet as it looks too when a shared string hides a decoy digit in a white or 1-point run', async () => {
    /** FONT: height in twips, grbit, palette index, then weight … and the name. */
    const font = (twips: number, icv: number): Buffer => rec(0x0031, Buffer.concat([u16(twips, 0, icv, 400, 0), Buffer.from([0, 0, 0, 0]), Buffer.from([2, 1]), Buffer.from('宋体', 'utf16le')]));
    /** A rich XLUnicodeRichExtendedString: two-byte characters, formatting runs (first character, font index). */
    const rich = (s: string, runs: [number, number][]): Buffer => Buffer.concat([u16(s.length), Buffer.from([0x09]), u16(runs.length), Buffer.from(s, 'utf16le'), ...runs.map(([ich, ifnt]) => u16(ich, ifnt))]);
    // Fonts 0–3, then (index 4 is never written) 5: white, 6: 1 pt, 7: red.
    const fonts = [font(220, 0x7fff), font(220, 0x7fff), font(220, 0x7fff), font(220, 0x7fff), font(220, 0x09), font(20, 0x7fff), font(220, 0x0a)];
    const strings = [wide('张伟'), rich('139127345678', [[0, 0], [5, 5], [6, 0]]), rich('1101011997003071233', [[9, 6], [10, 0]]), rich('13800138000', [[3, 7], [4, 0]])];
    const globals = Buffer.concat([
      rec(0x0809, Buffer.concat([u16(0x0600, 0x0005), Buffer.alloc(12)])),
      ...fonts,
      rec(0x0085, Buffer.concat([u32(0), Buffer.from([0, 0, 2, 1]), Buffer.from('客户', 'utf16le')])), // offset patched below
      rec(0x00fc, Buffer.concat([u32(4), u32(4), ...strings])),
      rec(0x000a, Buffer.alloc(0)),
    ]);
    const sheet = (cells: number[]): Buffer =>
      Buffer.concat([rec(0x0809, Buffer.concat([u16(0x0600, 0x0010), Buffer.alloc(12)])), ...cells.map((s, c) => rec(0x00fd, Buffer.concat([u16(0, c, 0), u32(s)]))), rec(0x000a, Buffer.alloc(0))]);
    const stream = (cells: number[]): Buffer => {
      const g = Buffer.from(globals);
      u32(g.length).copy(g, g.indexOf(Buffer.from([0x85, 0x00])) + 4);
      return Buffer.concat([g, sheet(cells)]);
    };
    expect(readWorkbook(stream([0, 1, 2]))).toEqual({ kind: 'sheets', sheets: [{ name: '客户', rows: ['张伟\t139127345678\t1101011997003071233'], notes: [], visibleRows: ['张伟\t13912345678\t110101199003071233'] }] });
    // A red run is seen: the sheet is read once.
    expect(readWorkbook(stream([0, 3]))).toEqual({ kind: 'sheets', sheets: [{ name: '客户', rows: ['张伟\t13800138000'], notes: [] }] });
    // A PALETTE record (colours from index 8 on) decides: index 10 made white hides the run, index 9 made grey does not.
    const palette = (entries: number[][]): Buffer => rec(0x0092, Buffer.concat([u16(entries.length), ...entries.map(([r, g, b]) => Buffer.from([r!, g!, b!, 0]))]));
    const withPalette = (entries: number[][], cells: number[]): Buffer => {
      const s = stream(cells);
      const at = s.indexOf(Buffer.from([0xfc, 0x00])); // the SST record: the palette goes before it
      const p = palette(entries);
      const out = Buffer.concat([s.subarray(0, at), p, s.subarray(at)]);
      const sheetAt = out.indexOf(Buffer.from([0x85, 0x00])) + 4; // BOUNDSHEET's offset of the sheet moves on
      out.writeUInt32LE(out.readUInt32LE(sheetAt) + p.length, sheetAt);
      return out;
    };
    const grey9white10 = [[0, 0, 0], [0x80, 0x80, 0x80], [0xfc, 0xfc, 0xfc]];
    expect(readWorkbook(withPalette(grey9white10, [0, 3]))).toMatchObject({ sheets: [{ visibleRows: ['张伟\t1380138000'] }] });
    expect(readWorkbook(withPalette(grey9white10, [0, 1]))).toEqual({ kind: 'sheets', sheets: [{ name: '客户', rows: ['张伟\t139127345678'], notes: [] }] });
    // Through the OLE extractor: a unit as the sheet holds it, one as it looks.
    const sink = new CaptureSink();
    await extractItem(bufferInput('d.xls', 'd.xls', buildCfb([{ name: 'Workbook', data: stream([0, 1, 2]) }])), sink, DEFAULT_LIMITS, new AbortController().signal);
    expect(sink.units.map((u) => u.location)).toEqual(['d.xls#客户', 'd.xls#客户#visible']);
  });

  it('says when it cannot read: a cut file is corrupt, a cut sheet keeps the rows before the cut', async () => {
    const data = readFileSync(fixture('legacy.xls'));
    // A directory entry that claims a 1 GB Workbook in a 6.5 KB file: a lie, not an allocation.
    const lying = Buffer.from(data);
    lying.writeUInt32LE(1 << 30, lying.indexOf(Buffer.from('Workbook', 'utf16le')) + 120);
    const lie = new CaptureSink();
    await extractItem(bufferInput('lie.xls', 'lie.xls', lying), lie, DEFAULT_LIMITS, new AbortController().signal);
    expect(lie.problems).toEqual([{ reason: 'corrupt', location: 'lie.xls', detail: expect.stringContaining('a stream of … bytes in a file of 6656') /* digit runs masked in details */ }]);
    for (const at of [1500, 3500, 5500]) {
      const cut = new CaptureSink();
      await extractItem(bufferInput('cut.xls', 'cut.xls', data.subarray(0, at)), cut, DEFAULT_LIMITS, new AbortController().signal);
      expect(cut.reasons(), `cut at ${at}`).toEqual(['corrupt']);
    }
    const sheet = Buffer.concat([rec(0x0809, Buffer.concat([u16(0x0600, 0x0010), Buffer.alloc(12)])), rec(0x0204, Buffer.concat([u16(0, 0, 0), wide('13800138000')]))]);
    const globals = Buffer.concat([
      rec(0x0809, Buffer.concat([u16(0x0600, 0x0005), Buffer.alloc(12)])),
      rec(0x0085, Buffer.concat([u32(0), Buffer.from([0, 0, 1, 0]), Buffer.from('A')])),
      rec(0x000a, Buffer.alloc(0)),
    ]);
    u32(globals.length).copy(globals, globals.indexOf(Buffer.from([0x85, 0x00])) + 4);
    expect(readWorkbook(Buffer.concat([globals, sheet]))).toEqual({
      kind: 'sheets',
      sheets: [{ name: 'A', rows: ['13800138000'], notes: [], damaged: 'the sheet ends without EOF: cut off' }],
    });
    // A record's length damaged (fuzz seed 23): the records after it are misread; a cell record of the wrong size says so.
    const misread = Buffer.concat([globals, sheet, rec(0x00fd, Buffer.concat([u16(1, 0, 0), u32(0), Buffer.alloc(16)])), rec(0x000a, Buffer.alloc(0))]);
    expect(readWorkbook(misread)).toMatchObject({ sheets: [{ rows: ['13800138000'], damaged: 'a cell record of 26 bytes: damaged' }] });
  });

  it('reads cell notes and text boxes (TXO): their text from the CONTINUE records after them, in pieces, 8- or 16-bit', async () => {
    const sink = await extractFile('cell-note.xls');
    expect(sink.problems).toEqual([]);
    const notes = sink.unit('cell-note.xls#汇总#notes')!.text.trimEnd().split('\n');
    expect(notes).toHaveLength(12);
    for (const line of notes) expect(line).toMatch(/^姓名：\p{Script=Han}{2,3}，手机：1[3-9]\d{9}，身份证号：\d{17}[\dX]$/u);
    const book = workbook([['区域'], ['华东']]);
    const at = book.length - 4; // before the sheet's EOF
    const txo = (cch: number): Buffer => rec(0x01b6, Buffer.concat([u16(0x0212, 0, 0, 0, 0, cch, 16), Buffer.alloc(4)]));
    const piece = (high: boolean, s: string): Buffer => rec(0x003c, Buffer.concat([Buffer.from([high ? 1 : 0]), Buffer.from(s, high ? 'utf16le' : 'latin1')]));
    const runs = rec(0x003c, Buffer.alloc(16));
    const withNotes = Buffer.concat([book.subarray(0, at), txo(18), piece(true, '张伟 1380'), piece(false, '0138000 VIP'), runs, txo(2), piece(false, 'OK'), runs, book.subarray(at)]);
    expect(readWorkbook(withNotes)).toMatchObject({ sheets: [{ rows: ['区域', '华东'], notes: ['张伟 13800138000 VIP', 'OK'] }] });
    // Damage found by fuzzing the fixture: a TXO declaring more text than follows keeps what follows, and says so;
    // a note's OBJ whose TXO was misread (its type overwritten) is a note without its text.
    const long = Buffer.concat([book.subarray(0, at), txo(40), piece(false, '13800138000'), book.subarray(at)]);
    expect(readWorkbook(long)).toMatchObject({ sheets: [{ notes: ['13800138000'], damaged: "a note's text is not as long as its TXO record says: damaged" }] });
    const noteObj = rec(0x005d, Buffer.concat([u16(0x15, 0x12, 0x19, 1), Buffer.alloc(18)]));
    const lost = Buffer.concat([book.subarray(0, at), noteObj, rec(0x01ab, Buffer.alloc(18)), piece(false, '13800138000'), book.subarray(at)]);
    expect(readWorkbook(lost)).toMatchObject({ sheets: [{ notes: [], damaged: '1 notes or text boxes, 0 with their text: damaged' }] });
  });

  it('says when a damaged length ends a sheet early: its EOF must close it where the next sheet begins', () => {
    const sheetAt = (book: Buffer): number => book.indexOf(Buffer.from([0x09, 0x08]), 4);
    const book = workbook([['姓名', '手机'], ['张伟', '13800138000'], ['李娜', '15912345670']]);
    // A ROW record whose length is zeroed (fuzz seed 99): its body, row 10, reads as an EOF record.
    const row = rec(0x0208, Buffer.concat([u16(10, 0, 2, 0xff), Buffer.alloc(8)]));
    const withRow = Buffer.concat([book.subarray(0, sheetAt(book) + 20), row, book.subarray(sheetAt(book) + 20)]);
    expect(readWorkbook(withRow)).toMatchObject({ sheets: [{ rows: ['姓名\t手机', '张伟\t13800138000', '李娜\t15912345670'] }] });
    const damaged = Buffer.from(withRow);
    damaged.writeUInt16LE(0, sheetAt(book) + 20 + 2);
    const result = readWorkbook(damaged);
    expect(result).toMatchObject({ sheets: [{ rows: [], damaged: expect.stringMatching(/^the sheet's records end at byte \d+, not where the next sheet begins \(\d+\): damaged$/) }] });
    // Zeros after the last sheet are padding; a chart drawn on a sheet is a substream inside it.
    expect(readWorkbook(Buffer.concat([book, Buffer.alloc(100)]))).toMatchObject({ sheets: [{ rows: ['姓名\t手机', '张伟\t13800138000', '李娜\t15912345670'] }] });
    const chart = Buffer.concat([rec(0x0809, Buffer.concat([u16(0x0600, 0x0020), Buffer.alloc(12)])), rec(0x000a, Buffer.alloc(0))]);
    const withChart = Buffer.concat([book.subarray(0, sheetAt(book) + 20), chart, book.subarray(sheetAt(book) + 20)]);
    expect(readWorkbook(withChart)).toMatchObject({ sheets: [{ rows: ['姓名\t手机', '张伟\t13800138000', '李娜\t15912345670'] }] });
    expect((readWorkbook(withChart) as { sheets: { damaged?: string }[] }).sheets[0]!.damaged).toBeUndefined();
  });

  it('reads the workbook in the root, and an embedded one as an item of its own (not one in place of the other)', async () => {
    const file = buildCfb([
      { name: 'MBD0001', children: [{ name: 'Workbook', data: workbook([['姓名', '手机'], ['李娜', '15912345670']]) }] },
      { name: 'Workbook', data: workbook([['姓名', '手机'], ['张伟', '13800138000']]) },
    ]);
    const sink = new CaptureSink();
    await extractItem(bufferInput('b.xls', 'b.xls', file), sink, DEFAULT_LIMITS, new AbortController().signal);
    expect(sink.problems).toEqual([]);
    expect(sink.units.map((u) => [u.location, u.text])).toEqual([
      ['b.xls#客户', '姓名\t手机\n张伟\t13800138000\n'],
      ['b.xls!/MBD0001#客户', '姓名\t手机\n李娜\t15912345670\n'],
    ]);
  });

  it('leaves what is not BIFF8 unsupported, and a workbook with a password encrypted', () => {
    expect(readWorkbook(rec(0x0809, Buffer.concat([u16(0x0500, 0x0005), Buffer.alloc(4)])))).toEqual({ kind: 'not-biff8' });
    expect(readWorkbook(Buffer.concat([rec(0x0809, Buffer.concat([u16(0x0600, 0x0005), Buffer.alloc(12)])), rec(0x002f, Buffer.alloc(6))]))).toEqual({ kind: 'encrypted' });
  });
});
