import { describe, expect, it } from 'vitest';
import { bufferItem, extractBuffer } from '../../test/support/extract-harness.js';
import { buildOdf, buildXlsx } from '../../test/support/office-writer.js';
import { buildZip } from '../../test/support/zip-writer.js';
import { columnOf } from './xlsx.js';
import { zipFlavor } from './zip-flavor.js';

const sheet1 =
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
  '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2"><v>13812345678</v></c><c r="C2" t="inlineStr"><is><t>北京市</t></is></c></row>' +
  '<row r="3"><c r="A3" t="inlineStr"><is><r><t>李</t></r><r><t>四</t></r></is></c><c r="B3"><v>1.3987654321E10</v></c><c r="C3" t="str"><v>上海\t市</v></c></row>';

describe('columnOf', () => {
  it('reads A1 references', () => {
    expect(columnOf('A1')).toBe(0);
    expect(columnOf('C7')).toBe(2);
    expect(columnOf('AA10')).toBe(26);
    expect(columnOf('xfd1')).toBe(16383);
    expect(columnOf('ZZZZ1')).toBe(16383); // clamped, never a huge gap
    expect(columnOf('12')).toBeUndefined();
    expect(columnOf(undefined)).toBeUndefined();
  });
});

describe('xlsx extractor', () => {
  it('is recognised from its parts, whatever its name', async () => {
    const book = buildXlsx([{ name: 'S', rows: '' }]);
    expect(await zipFlavor(bufferItem('x.dat', book))).toBe('xlsx');
  });

  it('reads shared strings (rich runs joined), inline strings and numeric phones as rows', async () => {
    const book = buildXlsx([{ name: '客户', rows: sheet1 }], ['姓名', '手机', '城市', '<r><t>张</t></r><r><t>三</t></r><rPh><t>ちょう</t></rPh>']);
    const sink = await extractBuffer('q3.xlsx', book);
    expect(sink.problems).toEqual([]);
    const unit = sink.unit('q3.xlsx!/xl/worksheets/sheet1.xml');
    expect(unit?.shape).toEqual({ kind: 'table', delimiter: '\t' });
    expect(unit?.text).toBe('姓名\t手机\t城市\n张三\t13812345678\t北京市\n李四\t13987654321\t上海 市\n');
  });

  it('reads a hidden and a very hidden sheet', async () => {
    const row = (n: string): string => `<row r="1"><c r="A1" t="inlineStr"><is><t>${n}</t></is></c><c r="B1"><v>13812345678</v></c></row>`;
    const book = buildXlsx([
      { name: 'Cover', rows: row('封面') },
      { name: 'List', state: 'hidden', rows: row('王五') },
      { name: 'Deep', state: 'veryHidden', rows: row('赵六') },
    ]);
    const sink = await extractBuffer('h.xlsx', book);
    expect(sink.units.map((u) => u.location)).toEqual([
      'h.xlsx!/xl/worksheets/sheet1.xml',
      'h.xlsx!/xl/worksheets/sheet2.xml',
      'h.xlsx!/xl/worksheets/sheet3.xml',
    ]);
    expect(sink.unit('sheet2.xml')?.text).toBe('王五\t13812345678\n');
    expect(sink.unit('sheet3.xml')?.text).toBe('赵六\t13812345678\n');
  });

  it('also reads a worksheet part that no workbook entry points at', async () => {
    const book = buildXlsx([{ name: 'A', rows: '<row r="1"><c r="A1"><v>1</v></c></row>' }], [], [
      { name: 'xl/worksheets/sheet9.xml', data: '<worksheet><sheetData><row><c><v>13812345678</v></c></row></sheetData></worksheet>' },
    ]);
    const sink = await extractBuffer('o.xlsx', book);
    expect(sink.unit('o.xlsx!/xl/worksheets/sheet9.xml')?.text).toBe('13812345678\n');
  });

  it('keeps column positions across rows with gaps, and places cells without refs after the previous one', async () => {
    const rows =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="D1" t="inlineStr"><is><t>手机</t></is></c></row>' +
      '<row r="2"><c r="A2" t="inlineStr"><is><t>张三</t></is></c><c r="D2"><v>13812345678</v></c></row>' +
      '<row r="3"><c r="B3"><v>1</v></c><c><v>2</v></c></row>' +
      '<row r="4" hidden="1"><c r="C4"><v>3.5</v></c></row>' +
      '<row r="5"/>';
    const sink = await extractBuffer('g.xlsx', buildXlsx([{ name: 'S', rows }]));
    expect(sink.unit('sheet1.xml')?.text).toBe('姓名\t\t\t手机\n张三\t\t\t13812345678\n\t1\t2\n\t\t3.5\n');
  });

  it('formats booleans, errors and lost-precision IDs as stored', async () => {
    const rows =
      '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="e"><v>#N/A</v></c><c r="C1"><v>1.10101199003078E+17</v></c><c r="D1"><v>5.0</v></c></row>';
    const sink = await extractBuffer('n.xlsx', buildXlsx([{ name: 'S', rows }]));
    expect(sink.unit('sheet1.xml')?.text).toBe('TRUE\t#N/A\t110101199003078000\t5\n');
  });

  it('accepts prefixed SpreadsheetML (x:row from the OpenXML SDK)', async () => {
    const book = buildZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.xml', data: '<x:workbook xmlns:x="urn:x"/>' },
      {
        name: 'xl/worksheets/sheet1.xml',
        data: '<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row r="1"><x:c r="B1"><x:v>13812345678</x:v></x:c></x:row></x:sheetData></x:worksheet>',
      },
    ]);
    const sink = await extractBuffer('p.xlsx', book);
    expect(sink.unit('sheet1.xml')?.text).toBe('\t13812345678\n');
  });

  it('keeps the rows read before malformed XML and reports corrupt', async () => {
    const rows = '<row r="1"><c r="A1"><v>13812345678</v></c></row><row r="2"><c r="A2"><v>1</v></c></rrow>';
    const sink = await extractBuffer('m.xlsx', buildXlsx([{ name: 'S', rows }]));
    expect(sink.unit('sheet1.xml')?.text.startsWith('13812345678\n')).toBe(true);
    expect(sink.reasons()).toEqual(['corrupt']);
    expect(sink.problems[0]?.location).toBe('m.xlsx!/xl/worksheets/sheet1.xml');
  });

  it('does not expand DTD entities', async () => {
    const book = buildZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.xml', data: '<workbook/>' },
      {
        name: 'xl/worksheets/sheet1.xml',
        data: '<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet><sheetData><row><c t="str"><v>&b;</v></c></row></sheetData></worksheet>',
      },
    ]);
    const sink = await extractBuffer('e.xlsx', book);
    expect(sink.reasons()).toEqual(['corrupt']);
    expect(sink.text).not.toContain('aaaaaaaaaa');
  });

  it('stops a sheet at max-text and keeps what came before', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${13800000000 + i}</v></c></row>`).join('');
    const sink = await extractBuffer('t.xlsx', buildXlsx([{ name: 'S', rows }, { name: 'T', rows }]), { maxTextBytes: 600 });
    expect(sink.reasons()).toEqual(['max-text']);
    const text = sink.unit('sheet1.xml')?.text ?? '';
    expect(text.startsWith('13800000000\n13800000001\n')).toBe(true);
    expect(sink.unit('sheet2.xml')).toBeUndefined();
  });

  it('reads a file embedded in the workbook', async () => {
    const inner = buildXlsx([{ name: 'S', rows: '<row><c><v>13812345678</v></c></row>' }]);
    const book = buildXlsx([{ name: 'S', rows: '' }], [], [{ name: 'xl/embeddings/Microsoft_Excel_Worksheet.xlsx', data: inner }]);
    const sink = await extractBuffer('e.xlsx', book);
    expect(sink.unit('e.xlsx!/xl/embeddings/Microsoft_Excel_Worksheet.xlsx!/xl/worksheets/sheet1.xml')?.text).toBe('13812345678\n');
  });
});

describe('xlsx pivot caches', () => {
  const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const definition = (fields: string, withRecords: boolean) => ({
    name: 'xl/pivotCache/pivotCacheDefinition1.xml',
    data: `<?xml version="1.0"?><pivotCacheDefinition ${NS} ${withRecords ? 'r:id="rId1"' : 'saveData="0"'}><cacheFields>${fields}</cacheFields></pivotCacheDefinition>`,
  });
  const FIELDS =
    '<cacheField name="姓名"><sharedItems><s v="张伟"/><s v="李娜"/></sharedItems></cacheField>' +
    '<cacheField name="手机"><sharedItems containsNumber="1"><n v="13912345678"/><n v="1.3812345679E10"/></sharedItems></cacheField>' +
    '<cacheField name="利润" formula="金额*0.1" databaseField="0"><sharedItems/></cacheField>' +
    '<cacheField name="城市"><sharedItems/></cacheField>';
  const RELS = {
    name: 'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels',
    data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotCacheRecords" Target="pivotCacheRecords1.xml"/></Relationships>',
  };

  it('reads each record as a row: shared-item indexes, inline values and missing cells, a calculated field left out', async () => {
    const records = {
      name: 'xl/pivotCache/pivotCacheRecords1.xml',
      data: `<?xml version="1.0"?><pivotCacheRecords ${NS} count="3"><r><x v="0"/><x v="0"/><s v="北京"/></r><r><x v="1"/><x v="1"/><m/></r><r><s v="王芳"/><n v="13700001111"/><s v="上海"/></r></pivotCacheRecords>`,
    };
    const book = buildXlsx([{ name: '汇总', rows: '' }], [], [definition(FIELDS, true), RELS, records]);
    const sink = await extractBuffer('b.xlsx', book);
    expect(sink.problems).toEqual([]);
    const unit = sink.unit('b.xlsx!/xl/pivotCache/pivotCacheRecords1.xml');
    expect(unit?.shape).toEqual({ kind: 'table', delimiter: '\t' });
    expect(unit?.text).toBe('姓名\t手机\t城市\n张伟\t13912345678\t北京\n李娜\t13812345679\t\n王芳\t13700001111\t上海\n');
  });

  it('calls a record that points past its field’s items corrupt, and reads the rest', async () => {
    const records = {
      name: 'xl/pivotCache/pivotCacheRecords1.xml',
      data: `<?xml version="1.0"?><pivotCacheRecords ${NS} count="1"><r><x v="7"/><x v="0"/><s v="北京"/></r></pivotCacheRecords>`,
    };
    const sink = await extractBuffer('b.xlsx', buildXlsx([{ name: '汇总', rows: '' }], [], [definition(FIELDS, true), RELS, records]));
    expect(sink.unit('b.xlsx!/xl/pivotCache/pivotCacheRecords1.xml')?.text).toBe('姓名\t手机\t城市\n\t13912345678\t北京\n');
    expect(sink.problems).toEqual([
      { reason: 'corrupt', location: 'b.xlsx!/xl/pivotCache/pivotCacheRecords1.xml', detail: '1 record value(s) refer to cache items that are missing' },
    ]);
  });

  it('lists every distinct value of a cache saved without records, one column per field', async () => {
    const book = buildXlsx([{ name: '汇总', rows: '' }], [], [definition(FIELDS, false)]);
    const sink = await extractBuffer('b.xlsx', book);
    expect(sink.unit('b.xlsx!/xl/pivotCache/pivotCacheDefinition1.xml')?.text).toBe('姓名\t手机\t城市\n张伟\n李娜\n\t13912345678\n\t13812345679\n');
  });
});

describe('xlsx notes and threaded comments', () => {
  it('reads each note as text, its own line breaks kept and a blank line between notes', async () => {
    const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const legacy = {
      name: 'xl/comments1.xml',
      data: `<?xml version="1.0"?><comments ${NS}><authors><author>a</author></authors><commentList><comment ref="A1" authorId="0"><text><r><t xml:space="preserve">联系人：张伟&#10;电话：</t></r><r><t>13912345678</t></r><rPh><t>ちょう</t></rPh></text></comment><comment ref="B2" authorId="0"><text><t>李娜 13812345679</t></text></comment></commentList></comments>`,
    };
    const threaded = {
      name: 'xl/threadedComments/threadedComment1.xml',
      data: '<?xml version="1.0"?><ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="C3" id="{1}"><text>王芳 13700001111</text></threadedComment></ThreadedComments>',
    };
    const sink = await extractBuffer('b.xlsx', buildXlsx([{ name: 'S', rows: '' }], [], [legacy, threaded]));
    expect(sink.problems).toEqual([]);
    expect(sink.unit('b.xlsx!/xl/comments1.xml')).toEqual(expect.objectContaining({ shape: { kind: 'text' }, text: '联系人：张伟\n电话：13912345678\n\n李娜 13812345679\n\n' }));
    expect(sink.unit('b.xlsx!/xl/threadedComments/threadedComment1.xml')?.text).toBe('王芳 13700001111\n\n');
  });
});

describe('xlsx and ods whose content part is missing', () => {
  // A member renamed in the zip (one flipped bit in a name, found by the mutation fuzz test):
  // the cells or the whole document read as empty, and used to pass for clean.
  const rename = (zip: Buffer, from: string, to: string): Buffer => {
    const out = Buffer.from(zip);
    for (let at = out.indexOf(from); at >= 0; at = out.indexOf(from, at + 1)) out.write(to, at, 'latin1');
    return out;
  };

  it('calls a workbook corrupt when its shared strings are gone, per sheet that needed them', async () => {
    const book = rename(buildXlsx([{ name: '客户', rows: sheet1 }], ['姓名', '手机', '城市', '张三']), 'xl/sharedStrings.xml', 'yl/sharedStrings.xml');
    const sink = await extractBuffer('q.xlsx', book);
    expect(sink.problems.map((p) => `${p.location}: ${p.detail}`)).toEqual([
      'q.xlsx!/xl/sharedStrings.xml: the workbook names a shared strings part that is missing',
      'q.xlsx!/xl/worksheets/sheet1.xml: 4 cell(s) refer to shared strings that are missing',
    ]);
  });

  it('calls an OpenDocument file without content.xml corrupt', async () => {
    const ods = rename(buildOdf('spreadsheet', '<table:table table:name="S"/>'), 'content.xml', 'contont.xml');
    const sink = await extractBuffer('c.ods', ods);
    expect(sink.problems).toEqual([{ reason: 'corrupt', location: 'c.ods', detail: 'OpenDocument without content.xml' }]);
  });
});

describe('xlsx text off the grid', () => {
  const grid = '<row r="1"><c r="A1" t="inlineStr"><is><t>季度销售汇总</t></is></c></row>';

  it('reads page headers and footers without their codes, validation lists an item a line, and link tooltips', async () => {
    const after =
      '<dataValidations count="2"><dataValidation type="list" sqref="B2"><formula1>"张伟 13912345678,李娜 13812345679"</formula1></dataValidation>' +
      '<dataValidation type="list" sqref="C2"><formula1>$A$1:$A$9</formula1></dataValidation></dataValidations>' +
      '<hyperlinks><hyperlink ref="A1" location="\'S\'!A1" display="王芳 13700001111" tooltip="赵磊 13600002222"/></hyperlinks>' +
      '<headerFooter><oddHeader>&amp;L&amp;"宋体,加粗"&amp;12周强 13500003333&amp;C第&amp;P页&amp;R&amp;KFF0000孙丽 139&amp;B0000&amp;B4444</oddHeader>' +
      '<oddFooter>&amp;C吴敏 13400005555 &amp;&amp; 郑浩</oddFooter></headerFooter>';
    const sink = await extractBuffer('b.xlsx', buildXlsx([{ name: 'S', rows: grid, after }]));
    expect(sink.problems).toEqual([]);
    expect(sink.unit('b.xlsx!/xl/worksheets/sheet1.xml')?.text).toBe('季度销售汇总\n');
    expect(sink.unit('b.xlsx!/xl/worksheets/sheet1.xml#unshown')).toEqual(
      expect.objectContaining({
        shape: { kind: 'text' },
        text: '张伟 13912345678\n李娜 13812345679\n王芳 13700001111\n赵磊 13600002222\n周强 13500003333\n第 页\n孙丽 13900004444\n吴敏 13400005555 & 郑浩\n',
      }),
    );
  });

  it('reads the newer validation lists of an extension block', async () => {
    const after =
      '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
      '<x14:dataValidations xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main" count="1"><x14:dataValidation type="list">' +
      '<x14:formula1><xm:f>"张伟 13912345678,李娜 13812345679"</xm:f></x14:formula1><xm:sqref>B2</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>';
    const sink = await extractBuffer('b.xlsx', buildXlsx([{ name: 'S', rows: grid, after }]));
    expect(sink.unit('b.xlsx!/xl/worksheets/sheet1.xml#unshown')?.text).toBe('张伟 13912345678\n李娜 13812345679\n');
  });

  it('reads a defined name that holds a constant as a table; references and print areas are no text', async () => {
    const names =
      '<definedName name="名单">{"张伟","13912345678";"李娜","13812345679";"王""芳","13700001111"}</definedName>' +
      '<definedName name="备注">"联系人：赵磊 13600002222"</definedName>' +
      '<definedName name="_xlnm.Print_Area" localSheetId="0">S!$A$1:$C$30</definedName>';
    const sink = await extractBuffer('b.xlsx', buildXlsx([{ name: 'S', rows: grid }], [], [], names));
    expect(sink.problems).toEqual([]);
    expect(sink.unit('b.xlsx!/xl/workbook.xml#unshown')).toEqual(
      expect.objectContaining({ shape: { kind: 'table', delimiter: '\t' }, text: '张伟\t13912345678\n李娜\t13812345679\n王"芳\t13700001111\n联系人：赵磊 13600002222\n' }),
    );
  });

  it('reads the text of shapes on a sheet and their alternative text', async () => {
    const drawing = {
      name: 'xl/drawings/drawing1.xml',
      data:
        '<?xml version="1.0"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
        '<xdr:twoCellAnchor><xdr:sp><xdr:nvSpPr><xdr:cNvPr id="2" name="TextBox 1" descr="张伟 13912345678&#10;李娜 13812345679"/></xdr:nvSpPr>' +
        '<xdr:txBody><a:p><a:r><a:t>王芳 13700001111</a:t></a:r></a:p></xdr:txBody></xdr:sp></xdr:twoCellAnchor></xdr:wsDr>',
    };
    const sink = await extractBuffer('b.xlsx', buildXlsx([{ name: 'S', rows: grid }], [], [drawing]));
    expect(sink.problems).toEqual([]);
    expect(sink.unit('b.xlsx!/xl/drawings/drawing1.xml')?.text).toBe('王芳 13700001111\n');
    expect(sink.unit('b.xlsx!/xl/drawings/drawing1.xml#unshown')?.text).toBe('张伟 13912345678\n李娜 13812345679\n');
  });
});

describe('xlsx rich text the eye does not see', () => {
  const people = [
    ['张伟', '13912345678'],
    ['李娜', '13812345679'],
    ['王芳', '13700001111'],
  ] as const;
  /** A shared string `138…` with a decoy digit after the fifth, in a run with `rPr`. */
  const decoyed = (mobile: string, rPr: string): string =>
    `<r><t>${mobile.slice(0, 5)}</t></r><r><rPr>${rPr}<rFont val="等线"/></rPr><t>7</t></r><r><t>${mobile.slice(5)}</t></r>`;
  const rows = people.map((_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${2 * i}</v></c><c r="B${i + 1}" t="s"><v>${2 * i + 1}</v></c></row>`).join('');

  for (const [what, rPr] of [
    ['white', '<color rgb="FFFFFFFF"/>'],
    ['Background 1', '<color theme="0"/>'],
    ['indexed white', '<color indexed="9"/>'],
    ['near-white', '<color rgb="FFFEFEFE"/>'],
    ['a theme colour lightened to near white', '<color theme="1" tint="0.9999"/>'],
    ['light yellow of the default palette', '<color indexed="26"/>'],
    ['1-point', '<sz val="1"/>'],
  ] as const) {
    it(`reads a sheet again with ${what} decoy digits left out, as \`#visible\``, async () => {
      const shared = people.flatMap(([n, m]) => [n, decoyed(m, rPr)]);
      const sink = await extractBuffer('b.xlsx', buildXlsx([{ name: 'S', rows }], shared));
      expect(sink.problems).toEqual([]);
      expect(sink.unit('b.xlsx!/xl/worksheets/sheet1.xml')?.text).toBe(people.map(([n, m]) => `${n}\t${m.slice(0, 5)}7${m.slice(5)}\n`).join(''));
      expect(sink.unit('b.xlsx!/xl/worksheets/sheet1.xml#visible')?.text).toBe(people.map(([n, m]) => `${n}\t${m}\n`).join(''));
    });
  }

  /** A styles part whose <indexedColors> gives index `at` the colour `rgb` and every other index black. */
  const palette = (at: number, rgb: string) => ({
    name: 'xl/styles.xml',
    data: `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><colors><indexedColors>${Array.from({ length: 64 }, (_, i) => `<rgbColor rgb="${i === at ? rgb : 'FF000000'}"/>`).join('')}</indexedColors></colors></styleSheet>`,
  });

  it('follows a palette the workbook changed (<indexedColors>)', async () => {
    const visible = async (rPr: string, at: number, rgb: string) => {
      const shared = people.flatMap(([n, m]) => [n, decoyed(m, rPr)]);
      const sink = await extractBuffer('b.xlsx', buildXlsx([{ name: 'S', rows }], shared, [palette(at, rgb)]));
      return sink.unit('b.xlsx!/xl/worksheets/sheet1.xml#visible')?.text;
    };
    expect(await visible('<color indexed="20"/>', 20, 'FFFFFFFF')).toBe(people.map(([n, m]) => `${n}\t${m}\n`).join(''));
    expect(await visible('<color indexed="9"/>', 20, 'FFFFFFFF')).toBeUndefined(); // 9 is black in this palette
  });

  it('reads a sheet again without a decoy run coloured as its cell’s fill (row banding)', async () => {
    /** Fills 0 and 1 as Excel writes them (none, gray125), 2: solid `fill`; cell format 1 uses fill 2. */
    const styles = (fill: string) => ({
      name: 'xl/styles.xml',
      data:
        '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        `<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor ${fill}/><bgColor indexed="64"/></patternFill></fill></fills>` +
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0"/><xf numFmtId="0" fontId="0" fillId="2" applyFill="1"/></cellXfs></styleSheet>',
    });
    const banded = people.map((_, i) => `<row r="${i + 1}"><c r="A${i + 1}" s="1" t="s"><v>${2 * i}</v></c><c r="B${i + 1}" s="1" t="s"><v>${2 * i + 1}</v></c></row>`).join('');
    const visible = async (run: string, fill: string, rowsXml = banded) => {
      const shared = people.flatMap(([n, m]) => [n, decoyed(m, run)]);
      return (await extractBuffer('b.xlsx', buildXlsx([{ name: 'S', rows: rowsXml }], shared, [styles(fill)]))).unit('b.xlsx!/xl/worksheets/sheet1.xml#visible')?.text;
    };
    const asShown = people.map(([n, m]) => `${n}\t${m}\n`).join('');
    expect(await visible('<color rgb="FFD9D9D9"/>', 'rgb="FFD9D9D9"')).toBe(asShown);
    expect(await visible('<color rgb="FFDADADA"/>', 'rgb="FFD9D9D9"')).toBe(asShown); // too close to tell apart
    expect(await visible('<color theme="0" tint="-0.14999847407452621"/>', 'theme="0" tint="-0.14999847407452621"')).toBe(asShown);
    expect(await visible('<color rgb="FFFF0000"/>', 'rgb="FFD9D9D9"')).toBeUndefined();
    expect(await visible('<color rgb="FFD9D9D9"/>', 'rgb="FFD9D9D9"', rows)).toBeUndefined(); // the cells are not filled
  });

  it('reads a sheet once when its runs are all seen, or its unseen strings are not its own', async () => {
    for (const rPr of ['<color rgb="FFFF0000"/><sz val="11"/>', '<color rgb="FFE0E0E0"/>', '<color theme="1" tint="0.8"/>', '<color indexed="22"/>']) {
      const shared = people.flatMap(([n, m]) => [n, decoyed(m, rPr)]);
      const sink = await extractBuffer('b.xlsx', buildXlsx([{ name: 'S', rows }], shared));
      expect(sink.unit('b.xlsx!/xl/worksheets/sheet1.xml#visible'), rPr).toBeUndefined();
    }
    // A white run in a string only the second sheet uses: the first is read once.
    const other = buildXlsx([{ name: 'S', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }, { name: 'T', rows: '<row r="1"><c r="A1" t="s"><v>1</v></c></row>' }], ['张伟', decoyed('13912345678', '<color rgb="FFFFFFFF"/>')]);
    const two = await extractBuffer('c.xlsx', other);
    expect(two.unit('c.xlsx!/xl/worksheets/sheet1.xml#visible')).toBeUndefined();
    expect(two.unit('c.xlsx!/xl/worksheets/sheet2.xml#visible')?.text).toBe('13912345678\n');
  });
});
