import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../test/support/extract-harness.js';
import { buildTar } from '../../test/support/tar-writer.js';
import { gzipMemberName } from './gzip.js';

const CSV = '姓名,手机\n张三,13812345678\n';

describe('gzipMemberName', () => {
  it('uses the stored name, else the outer name without .gz', () => {
    const withName = gzipSync(Buffer.from('x'));
    expect(gzipMemberName(withName, 'dir/a.csv.gz')).toBe('a.csv');
    const named = Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0x08, 0, 0, 0, 0, 0, 3]), Buffer.from('客户.csv\0', 'utf8')]);
    expect(gzipMemberName(named, 'x.gz')).toBe('客户.csv');
    expect(gzipMemberName(withName, 'b.tgz')).toBe('b.tar');
  });
});

describe('gzip extractor', () => {
  it('gunzips to the stored name and dispatches (tar.gz → tar → csv)', async () => {
    const tgz = gzipSync(buildTar([{ name: 'list.csv', data: CSV }]));
    const sink = await extractBuffer('backup.tgz', tgz);
    expect(sink.problems).toEqual([]);
    expect(sink.units.map((u) => u.location)).toEqual(['backup.tgz!/backup.tar!/list.csv']);
  });

  it('stops at max-ratio while inflating and keeps a text prefix', async () => {
    const gz = gzipSync(Buffer.from(CSV + ' '.repeat(8 * 1024 * 1024)));
    const sink = await extractBuffer('a.csv.gz', gz);
    expect(sink.reasons()).toEqual(['max-ratio']);
    expect(sink.unit('a.csv.gz!/a.csv')?.text.startsWith(CSV)).toBe(true);
  });

  it('reports a truncated stream as corrupt with what it had', async () => {
    const gz = gzipSync(Buffer.from(CSV.repeat(2000)));
    const sink = await extractBuffer('t.csv.gz', gz.subarray(0, gz.length - 20));
    expect(sink.reasons()).toEqual(['corrupt']);
    expect(sink.text).toContain('张三,13812345678');
  });
});
