import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../test/support/extract-harness.js';
import { buildDocx, wordPart, wP, wTable } from '../../test/support/office-writer.js';

const ROWS = [
  ['姓名', '手机', '身份证'],
  ['张三', '13812345678', '110101199003077777'],
  ['李四', '13987654321', '11010119900307888X'],
];

describe('docx extractor', () => {
  it('keeps table rows as rows in a table unit between the text before and after', async () => {
    const doc = buildDocx(wP('客户名单如下：') + wTable(ROWS) + wP('请勿外传', '。'));
    const sink = await extractBuffer('list.docx', doc);
    expect(sink.problems).toEqual([]);
    expect(sink.units.map((u) => [u.location, u.shape.kind])).toEqual([
      ['list.docx!/word/document.xml', 'text'],
      ['list.docx!/word/document.xml#table1', 'table'],
      ['list.docx!/word/document.xml', 'text'],
    ]);
    expect(sink.units[0]?.text).toBe('客户名单如下：\n');
    expect(sink.units[1]?.text).toBe('姓名\t手机\t身份证\n张三\t13812345678\t110101199003077777\n李四\t13987654321\t11010119900307888X\n');
    expect(sink.units[2]?.text).toBe('请勿外传。\n');
  });

  it('joins the paragraphs of one cell and flattens a nested table into its cell', async () => {
    const nested = '<w:tbl><w:tr><w:tc>' + wP('内') + '</w:tc><w:tc>' + wP('层') + '</w:tc></w:tr></w:tbl>';
    const cell = (inner: string): string => `<w:tc>${inner}</w:tc>`;
    const table = `<w:tbl><w:tblPr><w:tblStyle w:val="x"/></w:tblPr><w:tr>${cell(wP('张三') + wP('先生'))}${cell(nested)}${cell(
      '<w:p><w:r><w:t>138</w:t><w:tab/><w:t>1234</w:t><w:br/><w:t>5678</w:t></w:r></w:p>',
    )}</w:tr></w:tbl>`;
    const sink = await extractBuffer('n.docx', buildDocx(table));
    expect(sink.unit('#table1')?.text).toBe('张三 先生\t内 层\t138 1234 5678\n');
  });

  it('reads tabs, breaks, tracked deletions, and ignores tab stops and field codes', async () => {
    const p =
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>' +
      '<w:r><w:t>姓名</w:t></w:r><w:r><w:tab/><w:t>张三</w:t></w:r>' +
      '<w:r><w:instrText> HYPERLINK "x" </w:instrText></w:r>' +
      '<w:del><w:r><w:delText>13812345678</w:delText></w:r></w:del>' +
      '<w:r><w:br/><w:t>第二行</w:t></w:r></w:p>';
    const sink = await extractBuffer('t.docx', buildDocx(p));
    expect(sink.unit('word/document.xml')?.text).toBe('姓名\t张三13812345678\n第二行\n');
  });

  it('reads headers, footers and comments as text units of their own', async () => {
    const doc = buildDocx(wP('正文'), [
      { name: 'word/header1.xml', data: wordPart('hdr', wP('联系人：王五 13812345678')) },
      { name: 'word/footer1.xml', data: wordPart('ftr', wP('页脚')) },
      { name: 'word/comments.xml', data: wordPart('comments', `<w:comment w:id="0">${wP('赵六 13987654321')}</w:comment>`) },
    ]);
    const sink = await extractBuffer('h.docx', doc);
    expect(sink.problems).toEqual([]);
    expect(sink.unit('word/header1.xml')?.text).toBe('联系人：王五 13812345678\n');
    expect(sink.unit('word/footer1.xml')?.text).toBe('页脚\n');
    expect(sink.unit('word/comments.xml')?.text).toBe('赵六 13987654321\n');
    expect(sink.units[0]?.location).toBe('h.docx!/word/document.xml');
  });

  it('reads text boxes nested in a paragraph', async () => {
    const p = '<w:p><w:r><w:t>外</w:t></w:r><w:r><w:drawing><w:txbxContent>' + wP('框内 13812345678') + '</w:txbxContent></w:drawing></w:r></w:p>';
    const sink = await extractBuffer('b.docx', buildDocx(p));
    expect(sink.unit('word/document.xml')?.text).toBe('框内 13812345678\n外\n');
  });

  it('keeps what came before a malformed part and reports corrupt', async () => {
    const doc = buildDocx(wP('张三 13812345678') + '<w:p><w:r><w:t>broken');
    const sink = await extractBuffer('m.docx', doc);
    expect(sink.reasons()).toEqual(['corrupt']);
    expect(sink.unit('word/document.xml')?.text).toContain('张三 13812345678');
  });
});
