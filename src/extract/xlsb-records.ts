// The records of an Excel binary workbook part (.xlsb, BIFF12, MS-XLSB):
// each a type (1–2 bytes, 7 bits each, the high bit says another follows),
// a size (1–4 bytes, the same way) and its data. Cells are read from a
// sheet part, strings from the shared string table, comment text from a
// comments part.
import { numberText, rkValue } from './number-format.js';

const BRT = {
  rowHdr: 0,
  cellRk: 2,
  cellBool: 4,
  cellReal: 5,
  cellSt: 6,
  cellIsst: 7,
  fmlaString: 8,
  fmlaNum: 9,
  fmlaBool: 10,
  sstItem: 19,
  bundleSh: 156,
  commentText: 635,
} as const;
/** A cell record starts with its column (4 bytes) and style and flags (4). */
const CELL = 8;
/** BIFF12 sheets have 16,384 columns; past them is damage, not room to make. */
const MAX_COLUMNS = 16_384;

export class XlsbDamage extends Error {}

/** Each record of a part: its type and data. */
export function* records(part: Buffer): Generator<{ type: number; data: Buffer }> {
  let off = 0;
  while (off < part.length) {
    const type = varint(part, off, 2);
    const size = varint(part, type.next, 4);
    const start = size.next;
    if (size.value > part.length - start) throw new XlsbDamage(`a record of ${size.value} bytes at byte ${off} runs past its part`);
    yield { type: type.value, data: part.subarray(start, start + size.value) };
    off = start + size.value;
  }
}

function varint(buf: Buffer, at: number, maxBytes: number): { value: number; next: number } {
  let value = 0;
  for (let i = 0; i < maxBytes; i++) {
    const b = buf[at + i];
    if (b === undefined) throw new XlsbDamage(`a record header cut off at byte ${at}`);
    value |= (b & 0x7f) << (7 * i);
    if ((b & 0x80) === 0) return { value: value >>> 0, next: at + i + 1 };
  }
  throw new XlsbDamage(`a record header at byte ${at} longer than ${maxBytes} bytes`);
}

/** XLWideString: a 4-byte count of UTF-16 characters, then the characters. */
function wideString(data: Buffer, at: number): string {
  if (at + 4 > data.length) throw new XlsbDamage('a string cut off');
  const cch = data.readUInt32LE(at);
  if (cch * 2 > data.length - at - 4) throw new XlsbDamage(`a string of ${cch} characters in a record of ${data.length} bytes`);
  return data.toString('utf16le', at + 4, at + 4 + cch * 2);
}

/** The shared string table (BrtSSTItem: RichStr, a flags byte then the string). */
export function sharedStrings(part: Buffer): string[] {
  const out: string[] = [];
  for (const r of records(part)) if (r.type === BRT.sstItem) out.push(wideString(r.data, 1));
  return out;
}

/** The relationship ids of the sheets a workbook part lists (BrtBundleSh: state, tab id, relationship id, name). */
export function sheetRelIds(part: Buffer): string[] {
  const out: string[] = [];
  for (const r of records(part)) {
    if (r.type !== BRT.bundleSh) continue;
    if (r.data.length < 12) throw new XlsbDamage('a sheet entry cut off');
    if (r.data.readUInt32LE(8) !== 0xffffffff) out.push(wideString(r.data, 8));
  }
  return out;
}

/** The text of each comment of a comments part (BrtCommentText: RichStr). */
export function commentTexts(part: Buffer): string[] {
  const out: string[] = [];
  for (const r of records(part)) if (r.type === BRT.commentText) out.push(wideString(r.data, 1));
  return out;
}

/** A sheet part's rows in order into `out`, cells tab-separated by column (gaps kept); on damage, those read before it. */
export function sheetRows(part: Buffer, sst: readonly string[], out: string[]): void {
  const rows = new Map<number, Map<number, string>>();
  let row = 0;
  const set = (col: number, text: string): void => {
    if (text === '' || col >= MAX_COLUMNS) return;
    let r = rows.get(row);
    if (!r) rows.set(row, (r = new Map()));
    r.set(col, text.replace(/[\t\r\n]+/g, ' '));
  };
  try {
    readCells(part, sst, (r) => (row = r), set);
  } finally {
    for (const r of [...rows.keys()].sort((a, b) => a - b)) {
      const cells = rows.get(r)!;
      const width = Math.max(...cells.keys()) + 1;
      out.push(Array.from({ length: width }, (_, c) => cells.get(c) ?? '').join('\t'));
    }
  }
}

function readCells(part: Buffer, sst: readonly string[], setRow: (row: number) => void, set: (col: number, text: string) => void): void {
  for (const { type, data } of records(part)) {
    if (type === BRT.rowHdr) {
      if (data.length < 4) throw new XlsbDamage('a row header cut off');
      setRow(data.readUInt32LE(0));
      continue;
    }
    const size = VALUE_SIZE.get(type);
    if (size === undefined) continue;
    if (data.length < CELL + size) throw new XlsbDamage(`a cell record of ${data.length} bytes: damaged`);
    const col = data.readUInt32LE(0);
    switch (type) {
      case BRT.cellIsst: {
        const text = sst[data.readUInt32LE(CELL)];
        if (text === undefined) throw new XlsbDamage('a cell names a shared string that is not there: damaged');
        set(col, text);
        break;
      }
      case BRT.cellSt:
      case BRT.fmlaString:
        set(col, wideString(data, CELL));
        break;
      case BRT.cellReal:
      case BRT.fmlaNum:
        set(col, numberText(data.readDoubleLE(CELL)));
        break;
      case BRT.cellRk:
        set(col, numberText(rkValue(data.readInt32LE(CELL))));
        break;
      case BRT.cellBool:
      case BRT.fmlaBool:
        set(col, data[CELL] ? 'TRUE' : 'FALSE');
        break;
    }
  }
}

/** Bytes of a cell record's value after its 8-byte cell header (the least it can be). */
const VALUE_SIZE: ReadonlyMap<number, number> = new Map([
  [BRT.cellRk, 4],
  [BRT.cellBool, 1],
  [BRT.cellReal, 8],
  [BRT.cellSt, 4],
  [BRT.cellIsst, 4],
  [BRT.fmlaString, 4],
  [BRT.fmlaNum, 8],
  [BRT.fmlaBool, 1],
]);
