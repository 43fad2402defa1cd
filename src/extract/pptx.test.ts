import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../test/support/extract-harness.js';
import { aShape, aTable, buildPptx } from '../../test/support/office-writer.js';
import { buildZip, type ZipEntrySpec } from '../../test/support/zip-writer.js';

/** The entries of a zip the test writer made (stored or deflated), to build a variant of it. */
function unzipEntries(zip: Buffer): ZipEntrySpec[] {
  const out: ZipEntrySpec[] = [];
  for (let off = 0; zip.readUInt32LE(off) === 0x04034b50; ) {
    const method = zip.readUInt16LE(off + 8);
    const size = zip.readUInt32LE(off + 18);
    const nameLen = zip.readUInt16LE(off + 26);
    const extra = zip.readUInt16LE(off + 28);
    const name = zip.toString('utf8', off + 30, off + 30 + nameLen);
    const body = zip.subarray(off + 30 + nameLen + extra, off + 30 + nameLen + extra + size);
    out.push({ name, data: method === 8 ? inflateRawSync(body) : body });
    off += 30 + nameLen + extra + size;
  }
  return out;
}

describe('pptx extractor', () => {
  it('reads slides in numeric order, tables as rows, and notes', async () => {
    const slides = Array.from({ length: 10 }, (_, i) => aShape(`第${i + 1}页`));
    slides[1] = aShape('客户') + aTable([['姓名', '手机'], ['张三', '13812345678']]);
    const deck = buildPptx(slides, [aShape('备注：李四 13987654321')]);
    const sink = await extractBuffer('deck.pptx', deck);
    expect(sink.problems).toEqual([]);
    const slideLocs = sink.units.filter((u) => u.location.includes('/slides/')).map((u) => u.location.replace('deck.pptx!/ppt/slides/', ''));
    expect(slideLocs).toEqual(['slide1.xml', 'slide2.xml', 'slide2.xml#table1', ...Array.from({ length: 8 }, (_, i) => `slide${i + 3}.xml`)]);
    expect(sink.unit('slide2.xml#table1')?.text).toBe('姓名\t手机\n张三\t13812345678\n');
    expect(sink.unit('slide2.xml')?.text).toBe('客户\n');
    expect(sink.unit('notesSlide1.xml')?.text).toBe('备注：李四 13987654321\n');
  });

  it('ignores paragraph properties and keeps line breaks', async () => {
    const sp = '<p:sp><p:txBody><a:p><a:pPr><a:tabLst><a:tab pos="1"/></a:tabLst></a:pPr><a:r><a:t>张三</a:t></a:r><a:br/><a:r><a:t>13812345678</a:t></a:r><a:endParaRPr lang="zh-CN"/></a:p></p:txBody></p:sp>';
    const sink = await extractBuffer('b.pptx', buildPptx([sp]));
    expect(sink.unit('slide1.xml')?.text).toBe('张三\n13812345678\n');
  });

  it('says when a slide the presentation names is missing (fuzzing: one bit of a slide\'s name in the zip directory)', async () => {
    const rels =
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="slides/slide1.xml"/></Relationships>';
    const deck = buildPptx([aShape('张三 13812345678')]);
    const withRels = await extractBuffer('d.pptx', buildZip([{ name: 'ppt/_rels/presentation.xml.rels', data: rels }, ...unzipEntries(deck)]));
    expect(withRels.problems).toEqual([]);
    const renamed = unzipEntries(deck).map((e) => (e.name === 'ppt/slides/slide1.xml' ? { ...e, name: 'qpt/slides/slide1.xml' } : e));
    const lost = await extractBuffer('l.pptx', buildZip([{ name: 'ppt/_rels/presentation.xml.rels', data: rels }, ...renamed]));
    expect(lost.problems).toEqual([{ reason: 'corrupt', location: 'l.pptx!/ppt/slides/slide1.xml', detail: 'the presentation names a slide that is missing' }]);
    // Relationships that cannot be read name nothing: said, and the slides found by name are still read.
    const broken = await extractBuffer('b.pptx', buildZip([{ name: 'ppt/_rels/presentation.xml.rels', data: '<Relationships><Relationship Id="rId2"' }, ...unzipEntries(deck)]));
    expect(broken.problems.map((p) => [p.reason, p.location])).toEqual([['corrupt', 'b.pptx!/ppt/presentation.xml']]);
    expect(broken.unit('b.pptx!/ppt/slides/slide1.xml')?.text).toContain('13812345678');
  });

  it('reads a slide again without white or 1-point decoy digits, as `#visible`; a coloured or sized run it sees stays', async () => {
    const decoyed = (mobile: string, rPr: string): string =>
      `<p:sp><p:txBody><a:p><a:r><a:t>张伟 ${mobile.slice(0, 5)}</a:t></a:r><a:r>${rPr}<a:t>7</a:t></a:r><a:r><a:t>${mobile.slice(5)}</a:t></a:r></a:p></p:txBody></p:sp>`;
    const fill = (colour: string): string => `<a:rPr lang="zh-CN"><a:solidFill>${colour}</a:solidFill></a:rPr>`;
    for (const rPr of [
      fill('<a:srgbClr val="FFFFFF"/>'),
      fill('<a:srgbClr val="FAFAFA"/>'),
      fill('<a:schemeClr val="bg1"/>'), // PowerPoint's "White, Background 1"
      fill('<a:sysClr val="window" lastClr="FFFFFF"/>'),
      fill('<a:srgbClr val="000000"><a:alpha val="0"/></a:srgbClr>'),
      '<a:rPr lang="zh-CN"><a:noFill/></a:rPr>',
      '<a:rPr lang="zh-CN" sz="100"/>',
    ]) {
      const sink = await extractBuffer('d.pptx', buildPptx([decoyed('13912345678', rPr)]));
      expect(sink.unit('d.pptx!/ppt/slides/slide1.xml')?.text, rPr).toBe('张伟 139127345678\n');
      expect(sink.unit('d.pptx!/ppt/slides/slide1.xml#visible')?.text, rPr).toBe('张伟 13912345678\n');
    }
    for (const rPr of [
      fill('<a:srgbClr val="FF0000"/>'),
      fill('<a:schemeClr val="tx1"/>'),
      fill('<a:schemeClr val="bg1"><a:lumMod val="50000"/></a:schemeClr>'), // "White, Background 1, Darker 50%"
      '<a:rPr><a:ln><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:ln></a:rPr>', // a white outline on the usual fill
      '<a:rPr><a:highlight><a:srgbClr val="FFFFFF"/></a:highlight></a:rPr>',
      '<a:rPr sz="1800"/>',
    ]) {
      expect((await extractBuffer('d.pptx', buildPptx([decoyed('13912345678', rPr)]))).unit('d.pptx!/ppt/slides/slide1.xml#visible'), rPr).toBeUndefined();
    }
  });

  it('reads a picture’s alternative text and a link’s tooltip as a unit of their own', async () => {
    const rows = ['张伟,13912345678,110101199003071233', '王芳,13800138000,11010519491231002X'];
    const pic = `<p:pic><p:nvPicPr><p:cNvPr id="2" name="Picture 1" descr="${rows.join('&#10;')}"><a:hlinkClick r:id="" xmlns:r="r" tooltip="${rows[1]}"/></p:cNvPr></p:nvPicPr></p:pic>`;
    const sink = await extractBuffer('a.pptx', buildPptx([aShape('客户') + pic]));
    expect(sink.unit('a.pptx!/ppt/slides/slide1.xml')?.text).toBe('客户\n');
    expect(sink.unit('a.pptx!/ppt/slides/slide1.xml#unshown')?.text).toBe(`${rows.join('\n')}\n${rows[1]}\n`);
  });
});
