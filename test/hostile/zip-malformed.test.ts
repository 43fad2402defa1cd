// Malformed and oversized archives: every input gets a verdict (units
// and/or explicit unscannable reasons), nothing throws out of extractItem,
// nothing hangs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../support/extract-harness.js';
import { buildDocx, buildOdf, buildPptx, buildXlsx, wP, wTable } from '../support/office-writer.js';
import { buildZip } from '../support/zip-writer.js';
import { measure, report } from './measure.js';

const CSV = '姓名,手机\n张三,13812345678\n';
const XLSX = buildXlsx([{ name: 'S', rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>张三</t></is></c><c r="B1"><v>13812345678</v></c></row>' }]);
const DOCX = buildDocx(wP('客户') + wTable([['张三', '13812345678']]));
const ZIP = buildZip([{ name: 'a.csv', data: CSV }, { name: 'b.xlsx', data: XLSX }]);

/** A verdict: something was extracted or an explicit reason was recorded. */
const hasVerdict = (s: { units: unknown[]; problems: unknown[] }): boolean => s.units.length > 0 || s.problems.length > 0;

describe('hostile: malformed archives', () => {
  it('a zip with 100,000 empty members stops at max-members after 10,000, fast', async () => {
    const zip = buildZip(Array.from({ length: 100_000 }, (_, i) => ({ name: `e/${i}.txt`, data: '', method: 'store' as const })));
    const m = await measure(() => extractBuffer('many.zip', zip));
    report('100,000 empty members', m, m.result.reasons());
    expect(m.result.problems).toEqual([{ reason: 'max-members', location: 'many.zip', detail: '100000 entries; read the first 10000' }]);
    expect(m.ms).toBeLessThan(10_000);
  });

  it('members past max-members are not read; those before are', async () => {
    const zip = buildZip(Array.from({ length: 12 }, (_, i) => ({ name: `${i}.csv`, data: CSV })));
    const sink = await extractBuffer('m.zip', zip, { maxMembers: 5 });
    expect(sink.units.map((u) => u.location)).toEqual(['0.csv', '1.csv', '2.csv', '3.csv', '4.csv'].map((n) => `m.zip!/${n}`));
    expect(sink.reasons()).toEqual(['max-members']);
  });

  it('a truncated zip is corrupt (no central directory), with no throw', async () => {
    for (const cut of [10, 40, Math.floor(ZIP.length / 2), ZIP.length - 10]) {
      const sink = await extractBuffer('t.zip', ZIP.subarray(0, cut));
      expect(sink.reasons()).toContain('corrupt');
    }
  });

  it('truncated and garbage-tailed xlsx/docx/pptx/odf get a verdict', async () => {
    const docs = { 'a.xlsx': XLSX, 'a.docx': DOCX, 'a.pptx': buildPptx(['<p:sp/>']), 'a.ods': buildOdf('spreadsheet', '') };
    for (const [name, doc] of Object.entries(docs)) {
      const truncated = await extractBuffer(name, doc.subarray(0, Math.floor(doc.length * 0.7)));
      expect(truncated.reasons(), name).toContain('corrupt');
      const tail = Buffer.alloc(4096);
      for (let i = 0; i < tail.length; i++) tail[i] = (i * 131 + 17) & 0xff;
      // Bytes after the end record: the central directory is no longer found at the end.
      const tailed = await extractBuffer(name, Buffer.concat([doc, tail]));
      expect(hasVerdict(tailed), name).toBe(true);
      // Random bytes in place of everything after the first local header.
      const header = Buffer.concat([doc.subarray(0, 30), tail]);
      expect((await extractBuffer(name, header)).reasons(), name).toContain('corrupt');
    }
  });

  it('a part whose deflate stream is garbage is corrupt; the other parts are read', async () => {
    const zip = Buffer.from(ZIP);
    const at = zip.indexOf(Buffer.from('a.csv')) + 5; // first member's data
    for (let i = 0; i < 8; i++) zip[at + i] = 0xff;
    const sink = await extractBuffer('g.zip', zip);
    expect(sink.problems.map((p) => [p.reason, p.location])).toContainEqual(['corrupt', 'g.zip!/a.csv']);
    expect(sink.unit('g.zip!/b.xlsx!/xl/worksheets/sheet1.xml')?.text).toBe('张三\t13812345678\n');
  });

  it('mutated archives (fast-check) never throw, never hang, always get a verdict', async () => {
    const seeds = [ZIP, XLSX, DOCX];
    const runs = Number(process.env.LISTGUARD_FUZZ_RUNS ?? 150);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: seeds.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 16 }),
        fc.option(fc.nat(), { nil: undefined }),
        async (which, flips, cut) => {
          const seed = seeds[which] as Buffer;
          const data = Buffer.from(seed);
          for (const [pos, byte] of flips) data[pos % data.length] = byte;
          const input = cut === undefined ? data : data.subarray(0, cut % (data.length + 1));
          const t0 = performance.now();
          const sink = await extractBuffer('f.bin', input, { maxTimeMs: 5000 }, AbortSignal.timeout(5000));
          expect(performance.now() - t0).toBeLessThan(5000);
          expect(hasVerdict(sink) || input.length === 0).toBe(true);
        },
      ),
      { numRuns: runs, seed: 42 },
    );
  });
});
