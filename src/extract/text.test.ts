import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { CaptureSink } from '../../test/support/capture-sink.js';
import { defaultEngine } from '../../test/support/engine.js';
import { extractBuffer } from '../../test/support/extract-harness.js';
import { png } from '../../test/support/png-writer.js';
import { chineseName, makeRng, mobile, residentId } from '../../test/support/synth.js';
import { tempDir } from '../../test/support/temp-dir.js';
import { detectText } from '../scan/detect-text.js';
import { DEFAULT_LIMITS } from '../types.js';
import { extractItem, readHead } from './dispatch.js';
import type { ByteRange } from './types.js';

/** The text a file on disk gives (read in 1 MiB chunks through reused buffers). */
async function fileText(data: Buffer, range?: ByteRange): Promise<string> {
  const path = join(tempDir('lg-text-'), 'notes.txt');
  writeFileSync(path, data);
  const sink = new CaptureSink();
  const input = { location: 'notes.txt', name: 'notes.txt', size: data.length, head: await readHead(path), source: { kind: 'file' as const, path, ...(range ? { range } : {}) } };
  await extractItem(input, sink, DEFAULT_LIMITS, new AbortController().signal);
  expect(sink.problems).toEqual([]);
  return sink.text;
}

describe('text extractor', () => {
  it('reads a file whose 1 MiB chunks cut characters of every width, unchanged', async () => {
    // 2-, 3- and 4-byte characters in a cycle of 10 bytes: chunk ends fall inside each kind.
    const text = `${'é中😀a'.repeat(350_000)}\n`;
    expect(await fileText(Buffer.from(text))).toBe(text);
  });

  it('decodes the rest as GB18030 when UTF-8 stops being valid after the first chunk', async () => {
    const head = '客户资料 '.repeat(100_000); // 1.3 MB of UTF-8
    const tail = '张伟 13800138000\n';
    const got = await fileText(Buffer.concat([Buffer.from(head), iconv.encode(tail, 'gb18030')]));
    expect(got.startsWith(head.slice(0, 80_000))).toBe(true); // the first 1 MiB chunk, as UTF-8
    expect(got.endsWith(tail)).toBe(true); // the chunk with the switch, as GB18030
  });

  it('reads only its range of a split file, after the first line', async () => {
    const lines = ['姓名,手机', ...Array.from({ length: 200_000 }, (_, i) => `行${i},${13800000000 + i}`)];
    const data = Buffer.from(`${lines.join('\n')}\n`);
    const start = data.indexOf('\n', 1_500_000) + 1;
    const end = data.indexOf('\n', 3_000_000) + 1;
    expect(await fileText(data, { start, end })).toBe(`姓名,手机\n${data.subarray(start, end).toString()}`);
  });

  it('stops reading once the sink refuses text past max-text (one outcome, no further writes)', async () => {
    const data = Buffer.from('客户 张伟 13800138000\n'.repeat(200_000)); // ~5 MB, read in 1 MiB chunks
    const sink = await extractBuffer('big.txt', data, { maxTextBytes: 1.5 * 1024 * 1024 });
    expect(sink.reasons()).toEqual(['max-text']);
    expect(sink.textBytes).toBeGreaterThan(0);
    expect(sink.textBytes).toBeLessThanOrEqual(1.5 * 1024 * 1024);
    expect(sink.refusedWrites).toBe(1);
  });
});

describe('unit-separated exports', () => {
  it('reads cells split by US (0x1F) and rows by RS (0x1E) or line ends as a table, one line a row', async () => {
    const rng = makeRng(0x1f);
    const people = Array.from({ length: 30 }, () => [chineseName(rng), mobile(rng), residentId(rng)]);
    for (const rowEnd of ['\x1e', '\n']) {
      const data = Buffer.from(people.map((p) => p.join('\x1f')).join(rowEnd));
      const sink = await extractBuffer('export.dat', data);
      const unit = sink.units[0]!;
      expect(unit.shape).toEqual({ kind: 'table', delimiter: '\t' });
      expect(unit.text.split('\n')[0]).toBe(people[0]!.join('\t'));
      expect(detectText(defaultEngine(), unit.text, unit.shape).records).toBe(30);
    }
  });
});

describe('semicolon-separated exports', () => {
  const rng = makeRng(0x3b);
  const people = Array.from({ length: 30 }, () => [chineseName(rng), mobile(rng), residentId(rng)]);
  const csv = ['序号;姓名;手机号;身份证号;地址', ...people.map((p, i) => `${i + 1};${p.join(';')};"杭州市;西湖区文化路${i + 1}号"`)].join('\r\n');

  it('reads cells split by semicolons as a table, a semicolon inside quotes kept in its cell', async () => {
    // Under a title line too (会员名单导出): read as text, its rows were sentences and a card type beside a phone a name.
    for (const data of [Buffer.from(csv), iconv.encode(csv, 'gbk'), Buffer.from(`健身会员名单导出\r\n${csv}`)]) {
      const sink = await extractBuffer('export.csv', data);
      const unit = sink.units[0]!;
      expect(unit.shape).toEqual({ kind: 'table', delimiter: '\t' });
      expect(unit.text.split('\n').at(-1)!.split('\t')).toHaveLength(5);
      const found = detectText(defaultEngine(), unit.text, unit.shape);
      expect(found.records).toBe(30);
      expect(new Set(found.findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value))).toEqual(new Set(people.map((p) => p[0])));
    }
  });

  it('leaves text with semicolons that are no cells as text', async () => {
    for (const text of ['第一条；第二条; 第三条\n说明: a; b\n', 'for (i = 0; i < n; i++) {\n  x = 1; y = 2;\n}\n', '姓名,备注\n张伟,a;b;c\n']) {
      const unit = (await extractBuffer('notes.txt', Buffer.from(text))).units[0]!;
      expect(unit.shape, text).not.toEqual({ kind: 'table', delimiter: '\t' });
    }
  });

  it('leaves the cells of a web page parted by &nbsp; as text, so its rows keep their names', async () => {
    const rows = people.slice(0, 6).map((p, i) => [i + 1, p[0], p[1]].join('&nbsp;'));
    const unit = (await extractBuffer('page.txt', Buffer.from(['会员列表', '序号&nbsp;姓名&nbsp;手机号', ...rows].join('\n')))).units[0]!;
    expect(unit.shape).toEqual({ kind: 'text' });
    const found = detectText(defaultEngine(), unit.text, unit.shape);
    expect(found.findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value)).toEqual(people.slice(0, 6).map((p) => p[0]));
  });
});

describe('base64 inside text', () => {
  const list = '姓名,手机,身份证\n张伟,13800138000,110101199003071233\n王芳,13912345678,11010519491231002X\n';

  it('scans a base64-encoded list in a text file as an embedded item', async () => {
    const encoded = Buffer.from(list).toString('base64').replace(/.{76}/g, '$&\n');
    const sink = await extractBuffer('notes.txt', Buffer.from(`见附件：\n${encoded}\n谢谢`));
    expect(sink.problems).toEqual([]);
    const inner = sink.units.find((u) => u.location === `notes.txt!/base64@${Buffer.byteLength('见附件：\n')}`);
    expect(inner?.text).toBe(list);
    expect(inner?.shape).toEqual({ kind: 'table', delimiter: ',' });
  });

  it('scans a hex-encoded list (xxd -p, one string or wrapped) the same way, and passes over hex hashes', async () => {
    for (const encoded of [Buffer.from(list).toString('hex'), Buffer.from(list).toString('hex').toUpperCase().replace(/.{60}/g, '$&\n')]) {
      const sink = await extractBuffer('notes.txt', Buffer.from(`hex:\n${encoded}\n`));
      expect(sink.problems).toEqual([]);
      expect(sink.units.find((u) => u.location === 'notes.txt!/base64@5')?.text).toBe(list);
    }
    const hashes = await extractBuffer('sums.txt', Buffer.from(`${randomBytes(32).toString('hex')}  list.csv\n`));
    expect(hashes.units.map((u) => u.location)).toEqual(['sums.txt']);
  });

  it('skips images, hashes and keys (no units, no problems), and says when a block is past the byte budget', async () => {
    const icon = png(32, 32).toString('base64');
    const noise = `<img src="data:image/png;base64,${icon}"> sha256=${'ab'.repeat(32)} key=${Buffer.alloc(48, 0x9c).toString('base64')}`;
    const sink = await extractBuffer('page.txt', Buffer.from(noise));
    expect(sink.problems).toEqual([]);
    expect(sink.units.map((u) => u.location)).toEqual(['page.txt']);
    const over = await extractBuffer('notes.txt', Buffer.from(Buffer.from(list.repeat(50)).toString('base64')), { maxBytes: 2000 });
    expect(over.reasons()).toEqual(['max-bytes']);
  });

  it('scans at most maxMembers blocks of one text (a log of tokens), and says so', async () => {
    const token = (i: number) => Buffer.from(`{"user":"u${i}","mobile":"13800138000"}`).toString('base64');
    const log = Array.from({ length: 30 }, (_, i) => `GET /api token=${token(i)}`).join('\n');
    const sink = await extractBuffer('access.log', Buffer.from(log), { maxMembers: 10 });
    expect(sink.units.filter((u) => u.location.startsWith('access.log!/base64@'))).toHaveLength(10);
    expect(sink.reasons()).toEqual(['max-members']);
  });

  it('says an encrypted message in a text is encrypted, wherever its armour line falls between chunks', async () => {
    const cipher = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 131 + 7) % 256)).toString('base64').replace(/.{64}/g, '$&\n');
    const armoured = `-----BEGIN PGP MESSAGE-----\n\n${cipher}\n=pKk3\n-----END PGP MESSAGE-----\n`;
    const sink = await extractBuffer('customers.asc', Buffer.from(armoured));
    expect(sink.problems).toEqual([{ reason: 'encrypted', location: 'customers.asc', detail: 'OpenPGP message (ASCII armour)' }]);
    // On disk, read in 1 MiB chunks: the armour line cut at every point of a chunk boundary.
    for (const cut of [1, 10, 26]) {
      const path = join(tempDir('lg-text-'), 'notes.txt');
      writeFileSync(path, Buffer.concat([Buffer.alloc((1 << 20) - cut, 0x61), Buffer.from(armoured)]));
      const disk = new CaptureSink();
      const input = { location: 'notes.txt', name: 'notes.txt', size: (1 << 20) - cut + armoured.length, head: await readHead(path), source: { kind: 'file' as const, path } };
      await extractItem(input, disk, DEFAULT_LIMITS, new AbortController().signal);
      expect(disk.reasons(), `cut ${cut}`).toEqual(['encrypted']);
    }
    // A PEM certificate or public key is no message: nothing to report.
    expect((await extractBuffer('key.pem', Buffer.from(`-----BEGIN PUBLIC KEY-----\n${cipher}\n-----END PUBLIC KEY-----\n`))).problems).toEqual([]);
  });
});
