import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../test/support/extract-harness.js';
import { readMetafile } from './emf.js';

/** A record: type, size, body (padded to 4). */
function record(type: number, body: Buffer): Buffer {
  const pad = Buffer.alloc((4 - (body.length % 4)) % 4);
  const head = Buffer.alloc(8);
  head.writeUInt32LE(type, 0);
  head.writeUInt32LE(8 + body.length + pad.length, 4);
  return Buffer.concat([head, body, pad]);
}

const header = (): Buffer => {
  const body = Buffer.alloc(80);
  body.writeUInt32LE(0x464d4520, 32); // " EMF" at byte 40 of the record
  return record(1, body);
};

/** EMR_EXTTEXTOUTW (or A) at reference point (x, y), 100 units per character. */
function text(str: string, x: number, y: number, wide = true): Buffer {
  const raw = wide ? Buffer.from(str, 'utf16le') : iconv.encode(str, 'gbk');
  const chars = wide ? str.length : raw.length;
  const body = Buffer.alloc(68 + raw.length + chars * 4);
  body.writeInt32LE(x, 0); // bounds
  body.writeInt32LE(y, 4);
  body.writeInt32LE(x + chars * 100, 8);
  body.writeInt32LE(y + 80, 12);
  body.writeInt32LE(x, 28); // reference point
  body.writeInt32LE(y, 32);
  body.writeUInt32LE(chars, 36);
  body.writeUInt32LE(76, 40); // string offset from the record start
  raw.copy(body, 68);
  body.writeUInt32LE(76 + raw.length, 64); // advances
  for (let i = 0; i < chars; i++) body.writeInt32LE(100, 68 + raw.length + i * 4);
  return record(wide ? 84 : 83, body);
}

/** EMR_STRETCHDIBITS of a width × height bitmap (its BITMAPINFOHEADER only). */
function bitmap(width: number, height: number): Buffer {
  const body = Buffer.alloc(72 + 40);
  body.writeUInt32LE(80, 40); // offBmiSrc, from the record start
  body.writeUInt32LE(40, 72);
  body.writeInt32LE(width, 76);
  body.writeInt32LE(height, 80);
  return record(81, body);
}

const eof = (): Buffer => record(14, Buffer.alloc(12));
const ROWS: [string, string, string][] = [
  ['姓名', '手机', '身份证号'],
  ['张伟', '13800138000', '110101199003071233'],
  ['王芳', '13912345678', '440305198512314561'],
];
const table = (wide = true): Buffer[] => ROWS.flatMap((r, i) => r.map((v, c) => text(v, [0, 1000, 3000][c]!, 200 + i * 150, wide)));

describe('enhanced metafiles', () => {
  it('lays the text of a pasted range out as rows and cells', async () => {
    const sink = await extractBuffer('range.emf', Buffer.concat([header(), ...table(), eof()]));
    expect(sink.problems).toEqual([]);
    expect(sink.units[0]?.text.trim().split('\n')).toEqual(ROWS.map((r) => r.join('\t')));
  });

  it('reads the ANSI text records in GBK', () => {
    expect(readMetafile(Buffer.concat([header(), ...table(false), eof()])).runs.map((r) => r.str)).toEqual(ROWS.flat());
  });

  it('reports a metafile that only holds a picture large enough to show a list, not a small one or a drawing', async () => {
    const shot = await extractBuffer('x.emf', Buffer.concat([header(), bitmap(800, 600), eof()]));
    expect(shot.problems).toEqual([{ reason: 'no-text-layer', location: 'x.emf', detail: 'a metafile holding a 800×600 picture and no text: not read' }]);
    expect((await extractBuffer('x.emf', Buffer.concat([header(), bitmap(64, 64), eof()]))).problems).toEqual([]);
    expect((await extractBuffer('x.emf', Buffer.concat([header(), eof()]))).problems).toEqual([]);
  });

  it("says when something follows the metafile's end, and not for zero padding", async () => {
    const padded = await extractBuffer('x.emf', Buffer.concat([header(), ...table(), eof(), Buffer.alloc(64)]));
    expect(padded.problems).toEqual([]);
    const appended = await extractBuffer('x.emf', Buffer.concat([header(), ...table(), eof(), Buffer.from('PK\x03\x04 a zip follows')]));
    expect(appended.text).toContain('身份证号');
    expect(appended.problems).toEqual([{ reason: 'unsupported-format', location: 'x.emf', detail: "18 bytes after the metafile's end: something appended" }]);
  });

  it('keeps the text before damage, and says so: a record size that runs past the file, a string outside its record', async () => {
    const cut = Buffer.concat([header(), ...table().slice(0, 3), Buffer.from([84, 0, 0, 0, 0xff, 0xff, 0, 0])]);
    const sink = await extractBuffer('x.emf', cut);
    expect(sink.text).toContain('身份证号');
    expect(sink.problems).toEqual([expect.objectContaining({ reason: 'corrupt', location: 'x.emf' })]);
    // Cut at a record's end: every record whole, the EOF record gone.
    const short = await extractBuffer('x.emf', Buffer.concat([header(), ...table()]));
    expect(short.units).toHaveLength(1);
    expect(short.problems).toEqual([{ reason: 'corrupt', location: 'x.emf', detail: 'metafile damaged: no EOF record: cut off' }]);
    const bad = text('张伟', 0, 0);
    bad.writeUInt32LE(bad.length + 4, 8 + 40); // the string offset past the record
    expect((await extractBuffer('x.emf', Buffer.concat([header(), bad, eof()]))).reasons()).toEqual(['corrupt']);
  });
});
