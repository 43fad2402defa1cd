import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../test/support/extract-harness.js';
import { buildXlsx } from '../../test/support/office-writer.js';
import { buildZip, kernel } from '../../test/support/zip-writer.js';
import { tempDir } from '../../test/support/temp-dir.js';
import { decodeName } from './zip-reader.js';

const CSV = '姓名,手机\n张三,13812345678\n李四,13987654321\n';

describe('zip member names', () => {
  it('decodes a GBK name without the UTF-8 flag', () => {
    const raw = iconv.encode('客户名单/二季度.csv', 'gbk');
    expect(decodeName(raw, 0)).toBe('客户名单/二季度.csv');
  });
  it('decodes UTF-8 with the flag, and UTF-8 without it (macOS)', () => {
    const raw = Buffer.from('客户.csv', 'utf8');
    expect(decodeName(raw, 0x800)).toBe('客户.csv');
    expect(decodeName(raw, 0)).toBe('客户.csv');
  });
  it('falls back to CP437 when the bytes are not GB18030', () => {
    // 0x82 then '/' is no GBK pair: CP437 é.
    expect(decodeName(Buffer.from([0x63, 0x61, 0x66, 0x82, 0x2f]), 0)).toBe('café/');
  });
  it('prefers a valid Info-ZIP unicode path field', () => {
    const raw = Buffer.from('x.csv');
    const data = Buffer.concat([Buffer.from([1]), Buffer.alloc(4), Buffer.from('名单.csv')]);
    data.writeUInt32LE(crc32(raw), 1);
    expect(decodeName(raw, 0, [{ id: 0x7075, data }])).toBe('名单.csv');
    data.writeUInt32LE(0, 1); // stale CRC: ignored
    expect(decodeName(raw, 0, [{ id: 0x7075, data }])).toBe('x.csv');
  });
  it('replaces control characters and backslashes', () => {
    expect(decodeName(Buffer.from('a\\b\u0000c\n'), 0)).toBe('a/b?c?');
  });
});


describe('zip extractor', () => {
  it('reads a GBK-named GBK CSV member and keeps the member name in the location', async () => {
    const zip = buildZip([{ name: iconv.encode('客户名单.csv', 'gbk'), data: iconv.encode(CSV, 'gbk'), utf8Flag: false }]);
    const sink = await extractBuffer('out.dat', zip);
    expect(sink.problems).toEqual([]);
    const unit = sink.unit('out.dat!/客户名单.csv');
    expect(unit?.shape).toEqual({ kind: 'table', delimiter: ',' });
    expect(unit?.text).toContain('张三,13812345678');
  });

  it('records an encrypted member as encrypted and still reads the others', async () => {
    const zip = buildZip([
      { name: 'secret.csv', data: 'xxxxxxxxxxxx' + CSV, encrypted: true, method: 'store' },
      { name: 'open.txt', data: CSV },
    ]);
    const sink = await extractBuffer('a.zip', zip);
    expect(sink.problems).toEqual([{ reason: 'encrypted', location: 'a.zip!/secret.csv', detail: expect.any(String) }]);
    expect(sink.unit('a.zip!/open.txt')?.text).toContain('李四');
  });

  it('recurses into a zip inside a zip', async () => {
    const inner = buildZip([{ name: 'list.csv', data: CSV }]);
    const outer = buildZip([{ name: 'dir/inner.zip', data: inner }]);
    const sink = await extractBuffer('outer.zip', outer);
    expect(sink.problems).toEqual([]);
    expect(sink.unit('outer.zip!/dir/inner.zip!/list.csv')?.text).toContain('13987654321');
  });

  it('reads the archive comment as text: a list can ride in it', async () => {
    const withComment = (zip: Buffer, comment: Buffer): Buffer => {
      const out = Buffer.concat([zip, comment]);
      out.writeUInt16LE(comment.length, zip.length - 2); // the end record's comment length
      return out;
    };
    const sink = await extractBuffer('a.zip', withComment(buildZip([{ name: 'readme.txt', data: Buffer.from('见注释') }]), Buffer.from(CSV)));
    expect(sink.problems).toEqual([]);
    expect(sink.unit('a.zip#comment')?.text).toBe(CSV);
    // A tool's short signature is not looked at.
    const signed = await extractBuffer('b.zip', withComment(buildZip([{ name: 'readme.txt', data: Buffer.from('x') }]), Buffer.from('WinRAR')));
    expect(signed.units.map((u) => u.location)).toEqual(['b.zip!/readme.txt']);
    // Past the byte budget the comment is said to be unread, not passed over.
    const over = await extractBuffer('c.zip', withComment(buildZip([{ name: 'readme.txt', data: Buffer.from('x') }]), Buffer.from(CSV)), { maxBytes: 16 });
    expect(over.units.map((u) => u.location)).toEqual(['c.zip!/readme.txt']);
    expect(over.problems).toEqual([{ reason: 'max-bytes', location: 'c.zip', detail: 'more than 16 bytes' }]);
  });

  it('stops at max-depth', async () => {
    let z = buildZip([{ name: 'list.csv', data: CSV }]);
    for (let i = 0; i < 4; i++) z = buildZip([{ name: `l${i}.zip`, data: z, method: 'store' }]);
    const sink = await extractBuffer('deep.zip', z, { maxDepth: 2 });
    expect(sink.reasons()).toEqual(['max-depth']);
    expect(sink.units).toEqual([]);
  });

  it('reads skipped directory entries and empty members without noise', async () => {
    const zip = buildZip([{ name: 'dir/', data: '' }, { name: 'dir/empty.txt', data: '' }, { name: 'dir/a.txt', data: 'hello' }]);
    const sink = await extractBuffer('d.zip', zip);
    expect(sink.problems).toEqual([]);
    expect(sink.units.map((u) => u.location)).toEqual(['d.zip!/dir/a.txt']);
  });

  it('flags a member whose header lies about its size but still scans what it holds', async () => {
    const zip = buildZip([{ name: 'list.csv', data: CSV, declaredSize: 10 }]);
    const sink = await extractBuffer('lie.zip', zip);
    expect(sink.reasons()).toEqual(['corrupt']);
    expect(sink.problems[0]?.detail).toMatch(/differs from declared 10/);
    expect(sink.unit('lie.zip!/list.csv')?.text).toContain('13812345678');
  });

  it('flags a member whose CRC-32 is not its header’s, in a streamed office part as in a whole member', async () => {
    // A damaged deflate stream can inflate to the right length with the wrong bytes; only the CRC tells.
    const wrong = (data: string) => ({ data: deflateRawSync(data), size: Buffer.byteLength(data), crc: (crc32(data) ^ 1) >>> 0, method: 'deflate' as const });
    const csvZip = buildZip([{ name: 'list.csv', compressed: wrong(CSV) }]);
    const sink = await extractBuffer('crc.zip', csvZip);
    expect(sink.problems).toEqual([{ reason: 'corrupt', location: 'crc.zip!/list.csv', detail: 'member CRC-32 differs from its header' }]);
    expect(sink.unit('crc.zip!/list.csv')?.text).toContain('13812345678');
    const book = buildXlsx([{ name: 'S', rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>13812345678</t></is></c></row>' }]);
    const entry = book.indexOf(Buffer.concat([Buffer.from('xl/worksheets/sheet1.xml')]), book.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))) - 46;
    book.writeUInt32LE((book.readUInt32LE(entry + 16) ^ 1) >>> 0, entry + 16); // the central directory’s CRC-32
    const xsink = await extractBuffer('b.xlsx', book);
    expect(xsink.reasons()).toContain('corrupt');
    expect(xsink.problems.find((p) => p.location === 'b.xlsx!/xl/worksheets/sheet1.xml')?.detail).toBe('member CRC-32 differs from its header');
  });

  it('reports an unsupported compression method', async () => {
    const zip = buildZip([{ name: 'a.txt', compressed: { data: Buffer.from('abc'), size: 3, crc: 0, method: 'store' } }]);
    zip.writeUInt16LE(12, 8); // local header: bzip2
    zip.writeUInt16LE(12, zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 10); // central header
    const sink = await extractBuffer('bz.zip', zip);
    expect(sink.problems).toEqual([{ reason: 'unsupported-format', location: 'bz.zip!/a.txt', detail: 'zip compression method 12' }]);
  });

  it('a text member cut at the ratio limit still yields its prefix', async () => {
    const big = Buffer.from(CSV + 'a'.repeat(3 * 1024 * 1024));
    const zip = buildZip([{ name: 'big.csv', data: big, declaredSize: 100 }]);
    const sink = await extractBuffer('r.zip', zip);
    expect(sink.reasons()).toEqual(['max-ratio']);
    expect(sink.unit('r.zip!/big.csv')?.text).toContain('张三,13812345678');
  });

  it('an HTML member cut at the ratio limit still yields its prefix', async () => {
    const page = `<html><body><table><tr><td>张三</td><td>13812345678</td></tr></table>${'<p>a</p>'.repeat(400_000)}</body></html>`;
    const zip = buildZip([{ name: 'big.htm', data: page, declaredSize: 100 }]);
    const sink = await extractBuffer('h.zip', zip);
    expect(sink.reasons()).toEqual(['max-ratio']);
    expect(sink.unit('h.zip!/big.htm')?.text).toContain('张三\t13812345678');
  });

  it('a bomb kernel that admits its size is refused without inflating', async () => {
    const k = kernel(Buffer.alloc(64 * 1024 * 1024));
    const zip = buildZip([{ name: 'zeros.bin', compressed: k }, { name: 'ok.txt', data: CSV }]);
    const t0 = performance.now();
    const sink = await extractBuffer('k.zip', zip);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(sink.problems).toEqual([{ reason: 'max-ratio', location: 'k.zip!/zeros.bin', detail: expect.stringMatching(/declared ratio/) }]);
    expect(sink.unit('k.zip!/ok.txt')?.text).toContain('张三');
  });

  it('records max-bytes once when the item budget runs out, keeping earlier members', async () => {
    const chunk = 'x'.repeat(600 * 1024);
    const zip = buildZip([{ name: 'a.txt', data: CSV + chunk }, { name: 'b.txt', data: chunk }, { name: 'c.txt', data: chunk }]);
    const sink = await extractBuffer('b.zip', zip, { maxBytes: 1024 * 1024 });
    expect(sink.reasons()).toEqual(['max-bytes']);
    expect(sink.problems[0]?.location).toBe('b.zip!/b.txt');
    expect(sink.unit('b.zip!/a.txt')?.text).toContain('李四');
  });

  it('honours an abort without recording anything further', async () => {
    const zip = buildZip([{ name: 'a.txt', data: CSV }]);
    const ac = new AbortController();
    ac.abort();
    const sink = await extractBuffer('x.zip', zip, {}, ac.signal);
    expect(sink.units).toEqual([]);
    expect(sink.problems).toEqual([]);
  });
});

describe('a zip among other bytes', () => {
  /** Info-ZIP's zip of one file, read back. */
  function infoZip(name: string, data: string): Buffer {
    const dir = tempDir('lg-zip-among-');
    writeFileSync(join(dir, name), data);
    execFileSync('zip', ['-q', 'a.zip', name], { cwd: dir });
    return readFileSync(join(dir, 'a.zip'));
  }
  const list = infoZip('list.csv', CSV);
  const harmless = infoZip('readme.txt', '会议纪要\n');

  it('reads both zips of `copy /b`, in either order, and says the whole is corrupt', async () => {
    // harmless + list: unzip reads the list with a warning; list + harmless: unzip shows the readme only.
    for (const [name, joined, first, second] of [
      ['b.zip', Buffer.concat([harmless, list]), 'b.zip!/before-start!/readme.txt', 'b.zip!/list.csv'],
      ['a.zip', Buffer.concat([list, harmless]), 'a.zip!/before-start!/list.csv', 'a.zip!/readme.txt'],
    ] as const) {
      const sink = await extractBuffer(name, joined);
      expect(sink.reasons(), name).toEqual(['corrupt']);
      expect(sink.problems[0]?.detail, name).toMatch(/^\d+ bytes before the zip$/);
      expect(sink.units.find((u) => u.location === first)?.text, name).toBe(name === 'b.zip' ? '会议纪要\n' : CSV);
      expect(sink.units.find((u) => u.location === second)?.text, name).toBe(name === 'b.zip' ? CSV : '会议纪要\n');
    }
  });

  it('reads what is appended after a zip’s end', async () => {
    const sink = await extractBuffer('c.zip', Buffer.concat([harmless, Buffer.from(CSV)]));
    expect(sink.reasons()).toEqual(['corrupt']);
    expect(sink.problems[0]?.detail).toBe(`${Buffer.byteLength(CSV)} bytes after its end`);
    expect(sink.unit('c.zip!/readme.txt')?.text).toBe('会议纪要\n');
    expect(sink.unit('c.zip!/after-end')?.text).toBe(CSV);
  });
});

describe('zip member names never touch the filesystem', () => {
  it('reads ../ and absolute members as labels only', async () => {
    const tag = `lg-traversal-${process.pid}-${Date.now().toString(36)}`; // no long digit run: locations mask those
    const names = [`../../${tag}.csv`, `/tmp/${tag}-abs.csv`, `C:\\Windows\\${tag}.csv`, `a/../../${tag}-2.csv`];
    const zip = buildZip(names.map((name) => ({ name, data: CSV })));
    const before = readdirSync(process.cwd()).sort();
    const tmpBefore = readdirSync(tmpdir()).filter((f) => f.includes(tag));
    const sink = await extractBuffer('t.zip', zip);
    expect(sink.problems).toEqual([]);
    expect(sink.units.map((u) => u.location)).toEqual([
      `t.zip!/../../${tag}.csv`,
      `t.zip!//tmp/${tag}-abs.csv`,
      `t.zip!/C:/Windows/${tag}.csv`,
      `t.zip!/a/../../${tag}-2.csv`,
    ]);
    for (const u of sink.units) expect(u.text).toContain('13812345678');
    expect(readdirSync(process.cwd()).sort()).toEqual(before);
    expect(tmpBefore).toEqual([]);
    expect(readdirSync(tmpdir()).filter((f) => f.includes(tag))).toEqual([]);
    for (const up of ['..', join('..', '..')]) expect(existsSync(join(process.cwd(), up, `${tag}.csv`))).toBe(false);
  });
});

describe('file sources', () => {
  it('reads zip, xlsx-in-zip and tar.gz from disk the same as from memory', async () => {
    const { writeFileSync } = await import('node:fs');
    const { gzipSync } = await import('node:zlib');
    const { extractItem, readHead } = await import('./dispatch.js');
    const { HarnessSink } = await import('../../test/support/extract-harness.js');
    const { buildXlsx } = await import('../../test/support/office-writer.js');
    const { buildTar } = await import('../../test/support/tar-writer.js');
    const { tempDir } = await import('../../test/support/temp-dir.js');
    const { DEFAULT_LIMITS } = await import('../types.js');
    const dir = tempDir('lg-zipfile-');
    const book = buildXlsx([{ name: 'S', rows: '<row><c><v>13812345678</v></c></row>' }]);
    const files = {
      'a.zip': buildZip([{ name: 'b.xlsx', data: book }]),
      'c.tgz': gzipSync(buildTar([{ name: 'list.csv', data: CSV }])),
    };
    for (const [name, data] of Object.entries(files)) {
      const path = join(dir, name);
      writeFileSync(path, data);
      const sink = new HarnessSink();
      const input = { location: name, name, size: data.length, head: await readHead(path), source: { kind: 'file' as const, path } };
      await extractItem(input, sink, DEFAULT_LIMITS, new AbortController().signal);
      expect(sink.problems, name).toEqual([]);
      expect(sink.text, name).toContain('13812345678');
    }
  });
});

describe('names as the list', () => {
  const rows = ['张伟_13912345678_110101199003071233', '王芳_13800138000_11010519491231002X'];

  it('reads the names of a zip’s members, empty or encrypted, as a text unit', async () => {
    const dir = tempDir('lg-zip-names-');
    for (const r of rows) writeFileSync(join(dir, `${r}.txt`), '');
    execFileSync('zip', ['-q', 'plain.zip', ...rows.map((r) => `${r}.txt`)], { cwd: dir });
    execFileSync('zip', ['-q', '-P', 'secret', 'locked.zip', ...rows.map((r) => `${r}.txt`)], { cwd: dir });
    const plain = await extractBuffer('p.zip', readFileSync(join(dir, 'plain.zip')));
    expect(plain.unit('p.zip#names')?.text).toBe(`${rows[0]}.txt\n${rows[1]}.txt\n`);
    const locked = await extractBuffer('l.zip', readFileSync(join(dir, 'locked.zip')));
    expect(locked.reasons()).toContain('encrypted');
    expect(locked.unit('l.zip#names')?.text).toBe(`${rows[0]}.txt\n${rows[1]}.txt\n`);
  });

  it('and of a mail’s attachments', async () => {
    const part = (name: string) => `--B\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename="${name}"\r\n\r\nx\r\n`;
    const eml = `From: a@example.com\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n${rows.map((r) => part(`${r}.txt`)).join('')}--B--\r\n`;
    const sink = await extractBuffer('m.eml', Buffer.from(eml));
    expect(sink.unit('m.eml#names')?.text).toBe(`${rows[0]}.txt\n${rows[1]}.txt\n`);
  });
});
