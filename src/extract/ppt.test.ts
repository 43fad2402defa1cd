import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildCfb } from '../../test/support/cfb-writer.js';
import { extractBuffer } from '../../test/support/extract-harness.js';
import { readPptDocument } from './ppt.js';

const FIXTURE = join(import.meta.dirname, '../../test/fixtures/office/customers-deck.ppt');

/** One record: version 0xF makes a container of `body` (other records). */
function rec(type: number, body: Buffer, opts: { container?: boolean; instance?: number } = {}): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt16LE(((opts.instance ?? 0) << 4) | (opts.container ? 0xf : 0), 0);
  head.writeUInt16LE(type, 2);
  head.writeUInt32LE(body.length, 4);
  return Buffer.concat([head, body]);
}
const box = (...records: Buffer[]): Buffer => rec(0xf00d, Buffer.concat(records), { container: true });
const chars = (text: string): Buffer => rec(0x0fa0, Buffer.from(text, 'utf16le'));
const bytes = (text: string): Buffer => rec(0x0fa8, Buffer.from(text, 'latin1'));
function childAnchor(left: number, top: number): Buffer {
  const b = Buffer.alloc(16);
  b.writeInt32LE(left, 0);
  b.writeInt32LE(top, 4);
  b.writeInt32LE(left + 100, 8);
  b.writeInt32LE(top + 20, 12);
  return rec(0xf00f, b);
}
const cell = (left: number, top: number, text: string): Buffer => rec(0xf004, Buffer.concat([childAnchor(left, top), box(chars(text))]), { container: true });
const group = (...shapes: Buffer[]): Buffer => rec(0xf003, Buffer.concat(shapes), { container: true });
const slide = (...records: Buffer[]): Buffer => rec(0x03ee, Buffer.concat(records), { container: true });

/** A presentation file: the stream, and a Current User stream (its token says whether it is encrypted). */
function pptFile(document: Buffer, token = 0xe391c05f): Buffer {
  const user = Buffer.alloc(20);
  user.writeUInt32LE(0x14, 8);
  user.writeUInt32LE(token, 12);
  return buildCfb([
    { name: 'Current User', data: user },
    { name: 'PowerPoint Document', data: document },
  ]);
}

describe('PowerPoint 97–2003 (.ppt)', () => {
  it('reads a real deck: a slide table as rows, and the workbook embedded on the next slide', async () => {
    const sink = await extractBuffer('deck.ppt', readFileSync(FIXTURE));
    expect(sink.problems).toEqual([]);
    const table = sink.units.find((u) => u.shape.kind === 'table' && u.text.startsWith('姓名\t手机\n'));
    expect(table?.location).toMatch(/^deck\.ppt#table\d+$/);
    expect(table?.text.split('\n').filter(Boolean)).toHaveLength(9);
    expect(table?.text).toMatch(/^[\u4e00-\u9fa5]{2,3}\t1[3-9]\d{9}$/m);
    const sheet = sink.unit('deck.ppt!/object1#明细');
    expect(sheet?.text.split('\n').filter(Boolean)).toHaveLength(21);
    expect(sink.unit('deck.ppt#PowerPoint Document')?.text).toContain('重点客户');
  });

  it('lays a group of text boxes out as a table, by position, whatever the order of its records', () => {
    const deck = readPptDocument(
      slide(group(cell(300, 40, '13800138000'), cell(100, 40, '张伟'), cell(100, 20, '姓名'), cell(300, 20, '手机'), cell(100, 60, '李娜'), cell(300, 60, '13912345678'))),
    );
    expect(deck.tables).toEqual([['姓名\t手机', '张伟\t13800138000', '李娜\t13912345678']]);
    expect(deck.lines).toEqual([]);
  });

  it('reads text boxes that are not a grid as lines: paragraphs and line breaks split, 8-bit text as Latin-1', () => {
    const deck = readPptDocument(slide(group(cell(0, 0, '客户名单\r张伟 13800138000\x0b李娜'), cell(0, 100, 'x')), bytes('caf\xe9 list\r')));
    expect(deck.tables).toEqual([]);
    expect(deck.lines).toEqual(['客户名单', '张伟 13800138000', '李娜', 'x', 'café list']);
  });

  it('says where the records break, keeping the text before', () => {
    const good = slide(chars('张伟 13800138000'));
    const broken = Buffer.concat([good, rec(0x03ee, Buffer.alloc(16), { container: true }).subarray(0, 12)]);
    broken.writeUInt32LE(4096, good.length + 4);
    const deck = readPptDocument(broken);
    expect(deck.lines).toEqual(['张伟 13800138000']);
    expect(deck.damaged).toMatch(/record 0x3ee at byte \d+ runs past its container/);
  });

  it('stops at containers nested deeper than a deck nests, without exhausting the stack', () => {
    let nested = chars('深处');
    for (let i = 0; i < 5000; i++) nested = rec(0x03ee, nested, { container: true });
    const deck = readPptDocument(nested);
    expect(deck.damaged).toMatch(/nested more than/);
    expect(deck.lines).toEqual([]);
  });

  it('reads a file: damage is corrupt, an encrypted one is said to be encrypted', async () => {
    const doc = slide(chars('张伟 13800138000'));
    const plain = await extractBuffer('p.ppt', pptFile(doc));
    expect(plain.problems).toEqual([]);
    expect(plain.unit('p.ppt#PowerPoint Document')?.text).toBe('张伟 13800138000\n');
    const cut = Buffer.concat([doc, rec(0x03ee, Buffer.alloc(0), { container: true })]);
    cut.writeUInt32LE(1 << 20, doc.length + 4);
    const damaged = await extractBuffer('c.ppt', pptFile(cut));
    expect(damaged.reasons()).toEqual(['corrupt']);
    expect(damaged.text).toContain('张伟 13800138000');
    const locked = await extractBuffer('e.ppt', pptFile(doc, 0xf3d1c4df));
    expect(locked.problems).toEqual([{ reason: 'encrypted', location: 'e.ppt', detail: 'password-protected .ppt' }]);
    expect(locked.units).toEqual([]);
  });

  it('holds an embedded object to its declared size and the ratio bound', async () => {
    const inner = buildCfb([{ name: 'Current User', data: Buffer.alloc(20) }, { name: 'PowerPoint Document', data: slide(chars('李娜 13912345678')) }]);
    const object = (declared: number, data: Buffer): Buffer => {
      const size = Buffer.alloc(4);
      size.writeUInt32LE(declared, 0);
      return rec(0x1011, Buffer.concat([size, deflateSync(data)]), { instance: 1 });
    };
    const ok = await extractBuffer('o.ppt', pptFile(Buffer.concat([slide(chars('附件')), object(inner.length, inner)])));
    expect(ok.problems).toEqual([]);
    expect(ok.unit('o.ppt!/object1#PowerPoint Document')?.text).toBe('李娜 13912345678\n');
    const lying = await extractBuffer('l.ppt', pptFile(object(inner.length - 100, inner)));
    expect(lying.problems.map((p) => [p.reason, p.location])).toEqual([['corrupt', 'l.ppt!/object1']]);
    const bomb = await extractBuffer('b.ppt', pptFile(object(1 << 30, Buffer.alloc(1 << 16))));
    expect(bomb.problems.map((p) => [p.reason, p.location])).toEqual([['max-ratio', 'b.ppt!/object1']]);
  });
});
