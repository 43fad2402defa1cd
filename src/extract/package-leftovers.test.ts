import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCfb } from '../../test/support/cfb-writer.js';
import { extractBuffer } from '../../test/support/extract-harness.js';
import { chineseName, makeRng, mobile, residentId } from '../../test/support/synth.js';
import { tempDir } from '../../test/support/temp-dir.js';

const OFFICE = join(import.meta.dirname, '../../test/fixtures/office');
const rng = makeRng(0x1e7);
const ROWS = Array.from({ length: 30 }, () => [chineseName(rng), mobile(rng), residentId(rng)]);
const CSV = `姓名,手机,身份证号\n${ROWS.map((r) => r.join(',')).join('\n')}\n`;

/** A copy of a fixture LibreOffice made, with `members` added by Info-ZIP's zip, as an insider would. */
function withMembers(fixture: string, members: Record<string, Buffer | string>, comment?: string): Buffer {
  const dir = tempDir('lg-leftover-');
  const file = join(dir, fixture);
  copyFileSync(join(OFFICE, fixture), file);
  for (const [name, data] of Object.entries(members)) {
    mkdirSync(join(dir, 'add', dirname(name)), { recursive: true });
    writeFileSync(join(dir, 'add', name), data);
  }
  if (Object.keys(members).length > 0) execFileSync('zip', ['-q', file, ...Object.keys(members)], { cwd: join(dir, 'add') });
  if (comment !== undefined) execFileSync('zip', ['-q', '-z', file], { input: comment });
  return readFileSync(file);
}

const mobilesIn = (text: string): number => ROWS.filter((r) => text.includes(r[1]!)).length;

describe('members an Office package holds beyond its document', () => {
  it('reads a list added to a Word, Excel, PowerPoint or OpenDocument file under any name', async () => {
    const cases: Array<[string, string]> = [
      ['memo.docx', 'word/media/image9.png'], // a list under a picture's name
      ['memo.docx', 'word/media/image1.wmf'], // … a metafile's
      ['customers.xlsx', 'xl/notes.txt'],
      ['customers-table.pptx', 'ppt/slides/data.bin'],
      ['customers.ods', 'Pictures/100002010A0001F4.png'],
    ];
    for (const [fixture, name] of cases) {
      const sink = await extractBuffer(fixture, withMembers(fixture, { [name]: CSV }));
      expect(sink.problems, `${fixture} ${name}`).toEqual([]);
      expect(sink.unit(`${fixture}!/${name}`)?.text, `${fixture} ${name}`).toBe(CSV);
    }
  });

  it('reads an added zip, and an XML part as its text, not its markup', async () => {
    const dir = tempDir('lg-leftover-zip-');
    writeFileSync(join(dir, '名单.csv'), CSV);
    execFileSync('zip', ['-q', join(dir, 'inner.zip'), '名单.csv'], { cwd: dir });
    const xml = `<?xml version="1.0"?><list>${ROWS.map((r) => `<c><n>${r[0]}</n><m>${r[1]}</m></c>`).join('')}</list>`;
    const sink = await extractBuffer('m.docx', withMembers('memo.docx', { 'word/fonts/font9.odttf': readFileSync(join(dir, 'inner.zip')), 'customXml/data.xml': xml }));
    expect(sink.unit('m.docx!/word/fonts/font9.odttf!/名单.csv')?.text).toBe(CSV);
    const data = sink.unit('m.docx!/customXml/data.xml')?.text ?? '';
    expect(mobilesIn(data)).toBe(ROWS.length);
    // One person per line, the element's values together; no markup.
    expect(data.split('\n')[0]).toBe(`n：${ROWS[0]![0]}  m：${ROWS[0]![1]}`);
    expect(data).not.toContain('<');
  });

  it('reads a part under a custom XML part’s name that is no XML: corrupt, and its text still read', async () => {
    const sink = await extractBuffer('x.docx', withMembers('memo.docx', { 'customXml/item9.xml': CSV }));
    expect(sink.problems.map((p) => [p.reason, p.location])).toEqual([['corrupt', 'x.docx!/customXml/item9.xml']]);
    expect(sink.units.find((u) => u.location === 'x.docx!/customXml/item9.xml' && u.text === CSV)).toBeDefined();
  });

  it('reads a body part that is no XML (a CSV saved as word/document.xml): corrupt, and its text still read; damaged XML is not read raw', async () => {
    // Info-ZIP replaces a member of the same name.
    const sink = await extractBuffer('b.docx', withMembers('memo.docx', { 'word/document.xml': CSV }));
    expect(sink.problems.map((p) => [p.reason, p.location])).toEqual([['corrupt', 'b.docx!/word/document.xml']]);
    expect(sink.units.find((u) => u.location === 'b.docx!/word/document.xml' && u.text === CSV)).toBeDefined();
    const cut = `<?xml version="1.0"?><w:document xmlns:w="w"><w:body><w:p><w:r><w:t>${ROWS[0]!.join(',')}</w:t></w:r></w:p><w:p>${CSV}`;
    const damaged = await extractBuffer('b.docx', withMembers('memo.docx', { 'word/document.xml': cut.replace('</w:t></w:r></w:p><w:p>', '</w:t></w:r></w:p><w:p></w:x>') }));
    expect(damaged.reasons()).toEqual(['corrupt']);
    expect(damaged.text).not.toContain(ROWS[1]![1]);
  });

  it('reads a worksheet part that is no XML (a CSV saved as xl/worksheets/sheet1.xml): corrupt, and its text still read', async () => {
    const sink = await extractBuffer('s.xlsx', withMembers('customers.xlsx', { 'xl/worksheets/sheet1.xml': CSV }));
    expect(sink.problems.map((p) => [p.reason, p.location])).toEqual([['corrupt', 's.xlsx!/xl/worksheets/sheet1.xml']]);
    expect(sink.units.find((u) => u.location === 's.xlsx!/xl/worksheets/sheet1.xml' && u.text === CSV)).toBeDefined();
  });

  it('reads the archive comment of a package, as of a zip', async () => {
    const sink = await extractBuffer('c.xlsx', withMembers('customers.xlsx', {}, CSV));
    // Info-ZIP writes the comment's line ends as CR LF.
    expect(sink.unit('c.xlsx#comment')?.text.replaceAll('\r\n', '\n').trimEnd()).toBe(CSV.trimEnd());
  });

  it('leaves pictures, binary parts and Office’s own compound files alone', async () => {
    const vba = buildCfb([{ name: 'PROJECT', data: Buffer.from('ID="{00000000-0000-0000-0000-000000000000}"\r\nName="VBAProject"\r\n') }]);
    const sink = await extractBuffer(
      'p.docx',
      // A document with text: its pictures are figures (office-pictures.ts).
      withMembers('customers-table.docx', {
        'word/media/image7.png': readFileSync(join(OFFICE, 'list-picture.png')),
        'word/vbaProject.bin': vba,
        'word/printerSettings/printerSettings1.bin': Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 7, 9, 0, 0x80, 0x90, 0, 0, 1]),
      }),
    );
    expect(sink.problems).toEqual([]);
    expect(sink.units.map((u) => u.location).filter((l) => /image7|vbaProject|printerSettings/.test(l))).toEqual([]);
  });

  it('reads a pasted range whose part name was damaged or changed (found by fuzzing)', async () => {
    const original = readFileSync(join(OFFICE, 'pasted-range.docx'));
    const text = (await extractBuffer('r.docx', original)).unit('r.docx!/word/media/image1.wmf')?.text ?? '';
    expect(text).toMatch(/1[3-9]\d{9}/);
    // One byte of the name in the central directory, as the fuzzer did; or the name changed in both headers.
    const damaged = Buffer.from(original);
    damaged[damaged.indexOf('word/media/image1.wmf', damaged.indexOf('PK\x01\x02', 0, 'latin1'), 'latin1') + 5] = 0x4d;
    const renamed = Buffer.from(original.toString('latin1').replaceAll('word/media/image1.wmf', 'word/media/image1.png'), 'latin1');
    for (const [data, part] of [
      [damaged, 'word/Media/image1.wmf'],
      [renamed, 'word/media/image1.png'],
    ] as const) {
      const sink = await extractBuffer('r.docx', data);
      expect(sink.unit(`r.docx!/${part}`)?.text, part).toBe(text);
    }
  });

  it('reads the parts the document already read once only', async () => {
    const plain = await extractBuffer('c.xlsx', readFileSync(join(OFFICE, 'customers.xlsx')));
    const sink = await extractBuffer('c.xlsx', withMembers('customers.xlsx', { 'xl/x.txt': 'nothing here' }));
    expect(sink.units.map((u) => u.location).sort()).toEqual([...plain.units.map((u) => u.location), 'c.xlsx!/xl/x.txt'].sort());
  });
});
