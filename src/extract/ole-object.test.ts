import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { buildCfb, type CfbNode } from '../../test/support/cfb-writer.js';
import { defaultEngine, THRESHOLDS } from '../../test/support/engine.js';
import { extractBuffer } from '../../test/support/extract-harness.js';
import { buildDocx, buildOdf, buildXlsx, wP } from '../../test/support/office-writer.js';
import { chineseName, makeRng, mobile, residentId } from '../../test/support/synth.js';
import { scanItem } from '../scan/scan-item.js';
import { DEFAULT_LIMITS } from '../types.js';
import { readOle10Native } from './ole-object.js';

const u16 = (n: number): Buffer => Buffer.from([n & 0xff, n >> 8]);
function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n, 0);
  return b;
}
const ansi = (s: string): Buffer => Buffer.concat([iconv.encode(s, 'gbk'), Buffer.from([0])]);

/** An `\x01Ole10Native` stream as Packager writes it: a file dragged into a document (type 3), or a link to one (type 1). */
function packaged(name: string, data: Buffer, type = 3): Buffer {
  const temp = ansi(`C:\\Users\\sales\\AppData\\Local\\Temp\\${name}`);
  const body = Buffer.concat([u16(2), ansi(name), ansi(`C:\\Users\\sales\\Desktop\\${name}`), u16(0), u16(type), ...(type === 3 ? [u32(temp.length), temp, u32(data.length), data] : [])]);
  return Buffer.concat([u32(body.length), body]);
}

/** A `\x01CompObj` stream naming the object's class. */
const compObj = (userType: string): CfbNode => ({ name: '\x01CompObj', data: Buffer.concat([Buffer.alloc(28), u32(userType.length + 1), ansi(userType), u32(0)]) });
const object = (...streams: CfbNode[]): Buffer => buildCfb([compObj('Package'), { name: '\x01Ole', data: Buffer.alloc(20) }, ...streams]);
const docxWith = (bin: Buffer): Buffer => buildDocx(wP('附件见图标。'), [{ name: 'word/embeddings/oleObject1.bin', data: bin }]);

function customerCsv(n: number): string {
  const rng = makeRng(5);
  return `姓名,手机,身份证号\r\n${Array.from({ length: n }, () => `${chineseName(rng)},${mobile(rng)},${residentId(rng)}`).join('\r\n')}\r\n`;
}

describe('embedded OLE objects', () => {
  it('reads the file a Package object carries in a .docx (a GBK CSV dragged into the document)', async () => {
    const csv = customerCsv(60);
    const docx = docxWith(object({ name: '\x01Ole10Native', data: packaged('客户名单.csv', iconv.encode(csv, 'gbk')) }));
    const sink = await extractBuffer('d.docx', docx);
    expect(sink.problems).toEqual([]);
    expect(sink.unit('d.docx!/word/embeddings/oleObject1.bin!/客户名单.csv')?.text).toBe(csv);
    const verdict = await scanItem({ kind: 'buffer', name: 'd.docx', data: docx }, 'd.docx', { engine: defaultEngine(), thresholds: THRESHOLDS, limits: DEFAULT_LIMITS, reveal: false });
    expect(verdict.records).toBe(60);
    expect(verdict.sensitivity).toBe('secret');
  });

  it('reads a package LibreOffice keeps as an OLE object file of an OpenDocument package (Object 2)', async () => {
    const csv = customerCsv(20);
    const odt = buildOdf('text', '<text:p>附件见图标。</text:p>', [{ name: 'Object 2', data: object({ name: '\x01Ole10Native', data: packaged('客户名单.csv', iconv.encode(csv, 'gbk')) }) }]);
    const sink = await extractBuffer('d.odt', odt);
    expect(sink.problems).toEqual([]);
    expect(sink.unit('d.odt!/Object 2!/客户名单.csv')?.text).toBe(csv);
  });

  it('reads an Office 2007 document (Package) and a PDF (CONTENTS) embedded as objects', async () => {
    const xlsx = buildXlsx([{ name: 'S', rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>13812345678</t></is></c></row>' }]);
    const pkg = await extractBuffer('p.docx', docxWith(object({ name: 'Package', data: xlsx })));
    expect(pkg.problems).toEqual([]);
    expect(pkg.unit('p.docx!/word/embeddings/oleObject1.bin!/Package!/xl/worksheets/sheet1.xml')?.text).toBe('13812345678\n');
    const contents = await extractBuffer('c.docx', docxWith(object({ name: 'CONTENTS', data: Buffer.from('not a pdf at all') })));
    expect(contents.units.map((u) => u.location)).toContain('c.docx!/word/embeddings/oleObject1.bin!/CONTENTS');
  });

  it('reads an equation as nothing, and says which other objects cannot be read', async () => {
    const equation = await extractBuffer('e.docx', docxWith(object({ name: 'Equation Native', data: Buffer.alloc(64) })));
    expect(equation.problems).toEqual([]);
    const visio = await extractBuffer('v.docx', docxWith(buildCfb([compObj('Microsoft Visio Drawing'), { name: 'VisioDocument', data: Buffer.alloc(64) }])));
    expect(visio.problems).toEqual([
      { reason: 'unsupported-format', location: 'v.docx!/word/embeddings/oleObject1.bin', detail: 'embedded object (Microsoft Visio Drawing) whose contents cannot be read' },
    ]);
  });

  it('reads a package in a message attached as an object, once', async () => {
    const csv = customerCsv(12);
    const PROPS: CfbNode = { name: '__properties_version1.0', data: Buffer.alloc(32) };
    const msg = buildCfb([
      PROPS,
      { name: '__substg1.0_0037001F', data: Buffer.from('名单\0', 'utf16le') },
      {
        name: '__attach_version1.0_#00000000',
        children: [{ name: '__substg1.0_3701000D', children: [compObj('Package'), { name: '\x01Ole10Native', data: packaged('名单.csv', Buffer.from(csv)) }] }],
      },
    ]);
    const sink = await extractBuffer('m.msg', msg);
    expect(sink.problems).toEqual([]);
    expect(sink.units.filter((u) => u.location.endsWith('!/名单.csv'))).toHaveLength(1);
  });

  it('parses packages: a link carries no data; sizes past the stream are damage', () => {
    const file = readOle10Native(packaged('a.txt', Buffer.from('hello')));
    expect(file).toEqual({ kind: 'file', name: 'a.txt', data: Buffer.from('hello') });
    expect(readOle10Native(packaged('b.txt', Buffer.alloc(0), 1))).toEqual({ kind: 'link', name: 'b.txt' });
    const cut = packaged('c.txt', Buffer.from('0123456789'));
    expect(readOle10Native(cut.subarray(0, cut.length - 4)).kind).toBe('damaged');
    const lying = Buffer.from(cut);
    lying.writeUInt32LE(1000, lying.length - 14); // the data size
    expect(readOle10Native(lying)).toMatchObject({ kind: 'damaged', detail: expect.stringContaining('runs past its stream') });
    // Not a package: the native data as it is.
    const raw = Buffer.concat([u32(3), Buffer.from('xyz')]);
    expect(readOle10Native(raw)).toEqual({ kind: 'file', name: 'Ole10Native', data: Buffer.from('xyz') });
  });

  it('gives a damaged package in a document a reason', async () => {
    const cut = packaged('c.csv', Buffer.from(customerCsv(3)));
    const sink = await extractBuffer('x.docx', docxWith(object({ name: '\x01Ole10Native', data: cut.subarray(0, cut.length - 10) })));
    expect(sink.problems.map((p) => [p.reason, p.location])).toEqual([['corrupt', 'x.docx!/word/embeddings/oleObject1.bin']]);
  });
});
