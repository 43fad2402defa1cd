import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../test/support/extract-harness.js';
import { buildOdf } from '../../test/support/office-writer.js';
import { buildZip } from '../../test/support/zip-writer.js';

const cell = (t: string): string => `<table:table-cell office:value-type="string"><text:p>${t}</text:p></table:table-cell>`;
const num = (v: string, shown: string): string => `<table:table-cell office:value-type="float" office:value="${v}"><text:p>${shown}</text:p></table:table-cell>`;

describe('odf extractor', () => {
  it('reads an ods sheet as a table named after the sheet, numbers from office:value', async () => {
    const body =
      '<table:table table:name="客户"><table:table-column table:number-columns-repeated="3"/>' +
      `<table:table-row>${cell('姓名')}${cell('手机')}</table:table-row>` +
      `<table:table-row>${cell('张三')}${num('13812345678', '1.38E+10')}<table:table-cell table:number-columns-repeated="1020"/></table:table-row>` +
      '<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>' +
      '</table:table>';
    const sink = await extractBuffer('c.ods', buildOdf('spreadsheet', body));
    expect(sink.problems).toEqual([]);
    expect(sink.units.map((u) => u.location)).toEqual(['c.ods!/content.xml#客户']);
    expect(sink.units[0]?.text).toBe('姓名\t手机\n张三\t13812345678\n');
  });

  it('caps a repeated-cells bomb', async () => {
    const body = `<table:table table:name="S"><table:table-row><table:table-cell table:number-columns-repeated="1000000000" office:value-type="string"><text:p>x</text:p></table:table-cell>${cell('13812345678')}</table:table-row></table:table>`;
    const t0 = performance.now();
    const sink = await extractBuffer('b.ods', buildOdf('spreadsheet', body));
    expect(performance.now() - t0).toBeLessThan(2000);
    const cells = (sink.units[0]?.text ?? '').trimEnd().split('\t');
    expect(cells.length).toBe(1001);
    expect(cells.at(-1)).toBe('13812345678');
  });

  it('reads odt paragraphs, spaces, tabs, line breaks and tables', async () => {
    const body =
      '<text:h>客户</text:h><text:p>联系人<text:s text:c="2"/>张三<text:tab/>13812345678<text:line-break/>第二行</text:p>' +
      `<table:table table:name="Table1"><table:table-row>${cell('李四')}${cell('13987654321')}</table:table-row></table:table>` +
      '<text:p>完</text:p>';
    const sink = await extractBuffer('d.odt', buildOdf('text', body));
    expect(sink.units.map((u) => [u.location, u.text])).toEqual([
      ['d.odt!/content.xml', '客户\n联系人  张三\t13812345678\n第二行\n'],
      ['d.odt!/content.xml#Table1', '李四\t13987654321\n'],
      ['d.odt!/content.xml', '完\n'],
    ]);
  });

  it('reads odp text boxes', async () => {
    const body = '<draw:page><draw:frame><draw:text-box><text:p>王五 13812345678</text:p></draw:text-box></draw:frame></draw:page>';
    const sink = await extractBuffer('p.odp', buildOdf('presentation', body));
    expect(sink.unit('content.xml')?.text).toBe('王五 13812345678\n');
  });

  it('reports a password-protected document as encrypted', async () => {
    const odf = buildZip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', method: 'store' },
      { name: 'META-INF/manifest.xml', data: '<manifest:manifest><manifest:file-entry><manifest:encryption-data/></manifest:file-entry></manifest:manifest>' },
      { name: 'content.xml', data: Buffer.from([1, 2, 3, 250, 251]) },
    ]);
    const sink = await extractBuffer('x.odt', odf);
    expect(sink.problems).toEqual([{ reason: 'encrypted', location: 'x.odt', detail: expect.any(String) }]);
  });
});

describe('odf text the eye does not see', () => {
  const people = [
    ['张伟', '13912345678'],
    ['李娜', '13812345679'],
  ] as const;
  /** Paragraphs of `name 138…` with a decoy digit in a span of style `style` after the mobile's fifth digit. */
  const body = (style: string): string =>
    people.map(([n, m]) => `<text:p>${n} ${m.slice(0, 5)}<text:span text:style-name="${style}">7</text:span>${m.slice(5)}</text:p>`).join('');

  for (const [what, props] of [
    ['hidden', 'text:display="none"'],
    ['white', 'fo:color="#ffffff"'],
    ['half a point', 'fo:font-size="0.5pt"'],
    ['squeezed to 5 % of its width', 'style:text-scale="5%"'],
  ] as const) {
    it(`reads a part again without ${what} decoy digits, as \`#visible\``, async () => {
      const styles = `<style:style style:name="T1" style:family="text"><style:text-properties ${props}/></style:style>`;
      const sink = await extractBuffer('d.odt', buildOdf('text', body('T1'), [], styles));
      expect(sink.unit('d.odt!/content.xml')?.text).toBe(people.map(([n, m]) => `${n} ${m.slice(0, 5)}7${m.slice(5)}\n`).join(''));
      expect(sink.unit('d.odt!/content.xml#visible')?.text).toBe(people.map(([n, m]) => `${n} ${m}\n`).join(''));
    });
  }

  it('follows common styles in styles.xml, a paragraph style, and an automatic style whose parent hides', async () => {
    const common =
      '<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:styles>' +
      '<style:style style:name="Decoy" style:family="text"><style:text-properties fo:color="#FFFFFF"/></style:style>' +
      '<style:style style:name="Decoy2" style:family="text" style:parent-style-name="Decoy"><style:text-properties fo:font-weight="bold"/></style:style>' +
      '<style:style style:name="Shown" style:family="text" style:parent-style-name="Decoy"><style:text-properties fo:color="#000000"/></style:style>' +
      '<style:style style:name="Gone" style:family="paragraph"><style:text-properties text:display="none"/></style:style>' +
      '</office:styles></office:document-styles>';
    const extra = [{ name: 'styles.xml', data: `<?xml version="1.0" encoding="UTF-8"?>${common}` }];
    const automatic = '<style:style style:name="T1" style:family="text" style:parent-style-name="Decoy"/>';
    for (const style of ['Decoy', 'Decoy2', 'T1']) {
      const sink = await extractBuffer('d.odt', buildOdf('text', body(style), extra, automatic));
      expect(sink.unit('d.odt!/content.xml#visible')?.text, style).toBe(people.map(([n, m]) => `${n} ${m}\n`).join(''));
    }
    const shown = await extractBuffer('d.odt', buildOdf('text', body('Shown'), extra, automatic));
    expect(shown.unit('d.odt!/content.xml#visible')).toBeUndefined();
    const lines = `<text:p>张伟 13912345678</text:p><text:p text:style-name="Gone">13800001111</text:p><text:p>李娜 13812345679</text:p>`;
    const sink = await extractBuffer('d.odt', buildOdf('text', lines, extra));
    expect(sink.unit('d.odt!/content.xml')?.text).toContain('13800001111');
    expect(sink.unit('d.odt!/content.xml#visible')?.text).toBe('张伟 13912345678\n李娜 13812345679\n');
    expect(sink.problems).toEqual([]);
  });

  it('shows a span whose style sets back what its paragraph hides: the decoy is then the text left in the paragraph', async () => {
    const ns =
      'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"';
    const ink = '<style:style style:name="Ink" style:family="text"><style:text-properties fo:color="#000000"/></style:style>';
    const line = (pStyle: string): string =>
      `<text:p${pStyle}><text:span text:style-name="Ink">张伟 13912</text:span>7<text:span text:style-name="Ink">345678</text:span></text:p>`;
    for (const [what, common, pStyle] of [
      ['a white paragraph style', '<office:styles><style:style style:name="Ghost" style:family="paragraph"><style:text-properties fo:color="#ffffff"/></style:style></office:styles>', ' text:style-name="Ghost"'],
      ['a white default paragraph style', '<office:styles><style:default-style style:family="paragraph"><style:text-properties fo:color="#ffffff"/></style:default-style></office:styles>', ''],
    ] as const) {
      const extra = [{ name: 'styles.xml', data: `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${ns}>${common}</office:document-styles>` }];
      const sink = await extractBuffer('d.odt', buildOdf('text', line(pStyle), extra, ink));
      expect(sink.unit('d.odt!/content.xml')?.text, what).toBe('张伟 139127345678\n');
      expect(sink.unit('d.odt!/content.xml#visible')?.text, what).toBe('张伟 13912345678\n');
    }
  });

  it('does not count a span whose style shows its text', async () => {
    const styles = '<style:style style:name="T1" style:family="text"><style:text-properties fo:color="#ff0000" fo:font-size="10pt" style:text-scale="50%"/></style:style>';
    const sink = await extractBuffer('d.odt', buildOdf('text', body('T1'), [], styles));
    expect(sink.unit('d.odt!/content.xml#visible')).toBeUndefined();
  });
});
