// Excel binary workbooks (.xlsb) for tests: no tool here writes them. BIFF12
// records (MS-XLSB): a 1–2 byte type and a 1–4 byte size, 7 bits a byte.
import { buildZip, type ZipEntrySpec } from './zip-writer.js';

function varint(v: number): Buffer {
  const out: number[] = [];
  do {
    out.push((v & 0x7f) | (v > 0x7f ? 0x80 : 0));
    v >>>= 7;
  } while (v > 0);
  return Buffer.from(out);
}
const u32 = (n: number): Buffer => Buffer.from(new Uint32Array([n]).buffer);
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const record = (type: number, data: Buffer = Buffer.alloc(0)): Buffer => Buffer.concat([varint(type), varint(data.length), data]);
/** XLWideString. */
export const wide = (s: string): Buffer => Buffer.concat([u32(s.length), Buffer.from(s, 'utf16le')]);
const cell = (col: number): Buffer => Buffer.concat([u32(col), u32(0)]);

export const rowHdr = (row: number): Buffer => record(0, Buffer.concat([u32(row), Buffer.alloc(13)]));
export const cellIsst = (col: number, index: number): Buffer => record(7, Buffer.concat([cell(col), u32(index)]));
export const cellSt = (col: number, text: string): Buffer => record(6, Buffer.concat([cell(col), wide(text)]));
export const cellReal = (col: number, v: number): Buffer => record(5, Buffer.concat([cell(col), Buffer.from(new Float64Array([v]).buffer)]));
export const cellRk = (col: number, rk: number): Buffer => record(2, Buffer.concat([cell(col), Buffer.from(new Int32Array([rk]).buffer)]));

/** A sheet part: BrtBeginSheet, BrtBeginSheetData, the rows, their ends. */
export const sheetPart = (...rows: Buffer[]): Buffer => Buffer.concat([record(129), record(145), ...rows, record(146), record(130)]);

/** An .xlsb package: its workbook part, sheet parts, shared strings (BrtSSTItem), and `extra` parts. */
export function buildXlsb(sheets: Buffer[], shared: string[] = [], extra: ZipEntrySpec[] = []): Buffer {
  const sst = Buffer.concat([record(159, Buffer.concat([u32(shared.length), u32(shared.length)])), ...shared.map((s) => record(19, Buffer.concat([Buffer.from([0]), wide(s)]))), record(160)]);
  const bundle = (i: number): Buffer => record(156, Buffer.concat([u32(0), u32(i + 1), wide(`rId${i + 1}`), wide(`Sheet${i + 1}`)]));
  const rels = sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.bin"/>`).join('');
  return buildZip([
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: 'xl/workbook.bin', data: Buffer.concat([record(131), record(143), ...sheets.map((_, i) => bundle(i)), record(144), record(132)]) },
    { name: 'xl/_rels/workbook.bin.rels', data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>` },
    ...sheets.map((data, i) => ({ name: `xl/worksheets/sheet${i + 1}.bin`, data })),
    ...(shared.length ? [{ name: 'xl/sharedStrings.bin', data: sst }] : []),
    ...extra,
  ]);
}
