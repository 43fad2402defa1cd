import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../test/support/extract-harness.js';

describe('text extractor', () => {
  it('stops reading once the sink refuses text past max-text (one outcome, no further writes)', async () => {
    const data = Buffer.from('客户 张伟 13800138000\n'.repeat(200_000)); // ~5 MB, read in 1 MiB chunks
    const sink = await extractBuffer('big.txt', data, { maxTextBytes: 1.5 * 1024 * 1024 });
    expect(sink.reasons()).toEqual(['max-text']);
    expect(sink.textBytes).toBeGreaterThan(0);
    expect(sink.textBytes).toBeLessThanOrEqual(1.5 * 1024 * 1024);
    expect(sink.refusedWrites).toBe(1);
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

  it('skips images, hashes and keys (no units, no problems), and says when a block is past the byte budget', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200)]).toString('base64');
    const noise = `<img src="data:image/png;base64,${png}"> sha256=${'ab'.repeat(32)} key=${Buffer.alloc(48, 0x9c).toString('base64')}`;
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
});
