import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../test/support/extract-harness.js';
import { buildTar } from '../../test/support/tar-writer.js';
import { buildXlsx } from '../../test/support/office-writer.js';
import { paxPath, tarNumber } from './tar.js';

const CSV = '姓名,手机\n张三,13812345678\n';

describe('tar extractor', () => {
  it('reads regular files, skips directories, keeps GNU long names', async () => {
    const long = `客户/${'子目录/'.repeat(20)}名单.csv`;
    const tar = buildTar([
      { name: 'dir/', data: '', type: '5' },
      { name: 'dir/a.csv', data: CSV },
      { name: long, data: CSV, gnuLongName: true },
      { name: 'book.xlsx', data: buildXlsx([{ name: 'S', rows: '<row><c><v>13987654321</v></c></row>' }]) },
    ]);
    const sink = await extractBuffer('x.tar', tar);
    expect(sink.problems).toEqual([]);
    expect(sink.units.map((u) => u.location)).toEqual(['x.tar!/dir/a.csv', `x.tar!/${long}`, 'x.tar!/book.xlsx!/xl/worksheets/sheet1.xml']);
    expect(sink.unit('x.tar!/dir/a.csv')?.text).toBe(CSV);
    expect(sink.unit('sheet1.xml')?.text).toBe('13987654321\n');
  });

  it('reads the names of its members as text when they could hold a value (empty files named after customers)', async () => {
    const names = ['张伟_13912345678_110101199003071233.txt', '王芳_13800138000_11010519491231002X.txt'];
    const sink = await extractBuffer('n.tar', buildTar([{ name: 'readme.txt', data: '' }, ...names.map((name) => ({ name, data: '' }))]));
    expect(sink.units.map((u) => [u.location, u.text])).toEqual([['n.tar#names', `${names.join('\n')}\n`]]);
  });

  it('reports a bad header checksum and a cut-off archive as corrupt', async () => {
    const tar = buildTar([{ name: 'a.csv', data: CSV }]);
    const bad = Buffer.from(tar);
    bad[0] = 0x41; // name changed, checksum not
    expect((await extractBuffer('b.tar', bad)).reasons()).toEqual(['corrupt']);
    const cut = await extractBuffer('c.tar', tar.subarray(0, 512 + 13));
    expect(cut.problems).toEqual([{ reason: 'corrupt', location: 'c.tar!/a.csv', detail: 'tar member cut short' }]);
    expect(cut.text).toContain('姓名,手机'); // the part that is there still counts
  });

  it('stops at max-members', async () => {
    const tar = buildTar(Array.from({ length: 30 }, (_, i) => ({ name: `f${i}.txt`, data: `${i}` })));
    const sink = await extractBuffer('m.tar', tar, { maxMembers: 10 });
    expect(sink.reasons()).toEqual(['max-members']);
    expect(sink.units.length).toBe(10);
  });

  it('parses numeric fields and pax paths', () => {
    expect(tarNumber(Buffer.from('00000000017\0'))).toBe(15);
    expect(tarNumber(Buffer.from([0x80, 0, 0, 0, 0, 0, 0, 1, 0]))).toBe(256);
    expect(tarNumber(Buffer.from('zz'))).toBeNaN();
    expect(paxPath(Buffer.from('21 path=客户.csv\n'.replace('21', String(Buffer.byteLength(' path=客户.csv\n') + 2))))).toBe('客户.csv');
  });
});
