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

  it('reads what a document holds and does not show: field instructions, alternative text, link tooltips', async () => {
    const rows = ['张伟,13912345678,110101199003071233', '王芳,13800138000,11010519491231002X'];
    const field = (row: string) =>
      `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> QUOTE "${row.slice(0, 9)}</w:instrText></w:r>` +
      `<w:r><w:instrText>${row.slice(9)}" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>见附件</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
    const picture = `<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="图片 1" descr="${rows.join('&#10;')}"/></wp:inline></w:drawing></w:r></w:p>`;
    const link = `<w:p><w:hyperlink w:anchor="a" w:tooltip="${rows[0]}"><w:r><w:t>客户</w:t></w:r></w:hyperlink></w:p>`;
    const sink = await extractBuffer('u.docx', buildDocx(rows.map(field).join('') + picture + link));
    // The page reads as shown; what it does not show is a unit of its own, a field a line.
    expect(sink.unit('word/document.xml')?.text).toBe('见附件\n见附件\n客户\n');
    expect(sink.unit('word/document.xml#unshown')?.text).toBe(`QUOTE "${rows[0]}"\nQUOTE "${rows[1]}"\n${rows.join('\n')}\n${rows[0]}\n`);
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

describe('docx parts found through relationships', () => {
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const rels = (list: Array<[string, string]>) =>
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list
      .map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${REL}/${type}" Target="${target}"/>`)
      .join('')}</Relationships>`;
  const body = (inner: string) => `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${inner}</w:body></w:document>`;

  it('scans an altChunk (HTML Word merges into the body when it opens the file) as an item', async () => {
    const html = '<html><body><table><tr><td>姓名</td><td>手机</td></tr><tr><td>张伟</td><td>13912345678</td></tr></table></body></html>';
    const doc = buildDocx('<w:p><w:r><w:t>见下表</w:t></w:r></w:p><w:altChunk r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>', [
      { name: '_rels/.rels', data: rels([['officeDocument', 'word/document.xml']]) },
      { name: 'word/_rels/document.xml.rels', data: rels([['aFChunk', 'afchunk1.htm']]) },
      { name: 'word/afchunk1.htm', data: html },
    ]);
    const sink = await extractBuffer('m.docx', doc);
    expect(sink.problems).toEqual([]);
    expect(sink.unit('m.docx!/word/afchunk1.htm')?.text).toContain('张伟\t13912345678');
  });

  it('reads the glossary (building blocks, AutoText) and a header under any name its relationship gives', async () => {
    const doc = buildDocx('<w:p><w:r><w:t>正文</w:t></w:r></w:p>', [
      { name: '_rels/.rels', data: rels([['officeDocument', 'word/document.xml']]) },
      { name: 'word/_rels/document.xml.rels', data: rels([['glossaryDocument', 'glossary/document.xml'], ['header', 'page-top.xml']]) },
      { name: 'word/glossary/document.xml', data: body('<w:p><w:r><w:t>李娜 13812345679</w:t></w:r></w:p>') },
      { name: 'word/page-top.xml', data: body('<w:p><w:r><w:t>王芳 13712345678</w:t></w:r></w:p>') },
    ]);
    const sink = await extractBuffer('m.docx', doc);
    expect(sink.problems).toEqual([]);
    expect(sink.unit('m.docx!/word/glossary/document.xml')?.text).toBe('李娜 13812345679\n');
    expect(sink.unit('m.docx!/word/page-top.xml')?.text).toBe('王芳 13712345678\n');
  });

  it('calls a part a relationship names but the package lacks corrupt', async () => {
    const doc = buildDocx('<w:p><w:r><w:t>正文</w:t></w:r></w:p>', [
      { name: '_rels/.rels', data: rels([['officeDocument', 'word/document.xml']]) },
      { name: 'word/_rels/document.xml.rels', data: rels([['comments', 'comments.xml'], ['aFChunk', 'afchunk2.mht']]) },
    ]);
    const sink = await extractBuffer('m.docx', doc);
    expect(sink.problems.map((p) => `${p.reason} ${p.location}`).sort()).toEqual(['corrupt m.docx!/word/afchunk2.mht', 'corrupt m.docx!/word/comments.xml']);
  });
});

describe('runs the eye does not see', () => {
  /** A paragraph of `name 138…` with a decoy digit after the fifth digit of the mobile, in a run with `rPr`. */
  const decoyed = (name: string, mobile: string, rPr: string): string =>
    `<w:p><w:r><w:t>${name} ${mobile.slice(0, 5)}</w:t></w:r><w:r><w:rPr>${rPr}</w:rPr><w:t>7</w:t></w:r><w:r><w:t>${mobile.slice(5)}</w:t></w:r></w:p>`;
  const people = [
    ['张伟', '13912345678'],
    ['李娜', '13812345679'],
    ['王芳', '13700001111'],
  ] as const;

  const W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"';
  for (const [what, rPr] of [
    ['hidden', '<w:vanish/>'],
    ['white', '<w:color w:val="FFFFFF"/>'],
    ['1 pt', '<w:sz w:val="2"/><w:szCs w:val="2"/>'],
    ['squeezed to 1 % of its width', '<w:w w:val="1"/>'],
    ['special-hidden', '<w:specVanish/>'],
    ['no text fill (Word 2010 text effects)', `<w:color w:val="000000"/><w14:textFill ${W14}><w14:noFill/></w14:textFill>`],
    ['a Background 1 text fill', `<w14:textFill ${W14}><w14:solidFill><w14:schemeClr w14:val="bg1"/></w14:solidFill></w14:textFill>`],
  ] as const) {
    it(`reads a document again without ${what} decoy digits, as \`#visible\``, async () => {
      const sink = await extractBuffer('d.docx', buildDocx(people.map(([n, m]) => decoyed(n, m, rPr)).join('')));
      expect(sink.unit('d.docx!/word/document.xml')?.text).toBe(people.map(([n, m]) => `${n} ${m.slice(0, 5)}7${m.slice(5)}\n`).join(''));
      expect(sink.unit('d.docx!/word/document.xml#visible')?.text).toBe(people.map(([n, m]) => `${n} ${m}\n`).join(''));
    });
  }

  it('follows named styles: a character style on the decoy run, a paragraph style, and what they are based on', async () => {
    const styles = wordPart(
      'styles',
      '<w:style w:type="character" w:styleId="Decoy"><w:rPr><w:color w:val="FFFFFF"/></w:rPr></w:style>' +
        '<w:style w:type="character" w:styleId="Decoy2"><w:basedOn w:val="Decoy"/><w:rPr><w:b/></w:rPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="Gone"><w:rPr><w:vanish/></w:rPr></w:style>' +
        // Conditional table formatting is not the style's own.
        '<w:style w:type="table" w:styleId="Grid"><w:tblStylePr w:type="firstRow"><w:rPr><w:vanish/></w:rPr></w:tblStylePr></w:style>' +
        '<w:style w:type="character" w:styleId="Shown"><w:basedOn w:val="Decoy"/><w:rPr><w:color w:val="000000"/></w:rPr></w:style>',
    );
    const styled = (style: string): string => decoyed('张伟', '13912345678', `<w:rStyle w:val="${style}"/>`);
    for (const style of ['Decoy', 'Decoy2']) {
      const sink = await extractBuffer('d.docx', buildDocx(styled(style), [{ name: 'word/styles.xml', data: styles }]));
      expect(sink.unit('d.docx!/word/document.xml#visible')?.text, style).toBe('张伟 13912345678\n');
    }
    for (const style of ['Grid', 'Shown', 'Missing']) {
      const sink = await extractBuffer('d.docx', buildDocx(styled(style), [{ name: 'word/styles.xml', data: styles }]));
      expect(sink.unit('d.docx!/word/document.xml#visible'), style).toBeUndefined();
    }
    // A hidden paragraph (a decoy line) between two shown ones.
    const body = `${wP('张伟 13912345678')}<w:p><w:pPr><w:pStyle w:val="Gone"/></w:pPr><w:r><w:t>13800001111</w:t></w:r></w:p>${wP('李娜 13812345679')}`;
    const sink = await extractBuffer('d.docx', buildDocx(body, [{ name: 'word/styles.xml', data: styles }]));
    expect(sink.unit('d.docx!/word/document.xml#visible')?.text).toBe('张伟 13912345678\n李娜 13812345679\n');
    // The styles part is read for its text too, as any part no extractor reads.
    expect(sink.problems).toEqual([]);
  });

  it('shows a run that turns its style off: the decoy is then the run left in a hiding style, paragraph style or document default', async () => {
    const styles = (inner: string): { name: string; data: string } => ({ name: 'word/styles.xml', data: wordPart('styles', inner) });
    /** `张伟 139127345678` where every run but the decoy `7` sets `shown` over what hides it. */
    const inverse = (shown: string, pPr = ''): string =>
      `<w:p>${pPr}<w:r><w:rPr>${shown}</w:rPr><w:t>张伟 13912</w:t></w:r><w:r><w:rPr>${shown.replace(/<w:(vanish|color)[^>]*>/g, '')}</w:rPr><w:t>7</w:t></w:r><w:r><w:rPr>${shown}</w:rPr><w:t>345678</w:t></w:r></w:p>`;
    for (const [what, body, extra] of [
      ['a hidden character style, turned off on the true digits', inverse('<w:rStyle w:val="Gone"/><w:vanish w:val="0"/>'), styles('<w:style w:type="character" w:styleId="Gone"><w:rPr><w:vanish/></w:rPr></w:style>')],
      ['a white paragraph style, the true digits black', inverse('<w:color w:val="000000"/>', '<w:pPr><w:pStyle w:val="Ghost"/></w:pPr>'), styles('<w:style w:type="paragraph" w:styleId="Ghost"><w:rPr><w:color w:val="FFFFFF"/></w:rPr></w:style>')],
      ['a white default paragraph style', inverse('<w:color w:val="000000"/>'), styles('<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:rPr><w:color w:val="FFFFFF"/></w:rPr></w:style>')],
      ['white document defaults', inverse('<w:color w:val="000000"/>'), styles('<w:docDefaults><w:rPrDefault><w:rPr><w:color w:val="FFFFFF"/></w:rPr></w:rPrDefault></w:docDefaults>')],
    ] as const) {
      const sink = await extractBuffer('d.docx', buildDocx(body, [extra]));
      expect(sink.unit('d.docx!/word/document.xml')?.text, what).toBe('张伟 139127345678\n');
      expect(sink.unit('d.docx!/word/document.xml#visible')?.text, what).toBe('张伟 13912345678\n');
    }
  });

  it('does not count a run turned back on, a colour or a size a reader sees', async () => {
    for (const rPr of [
      '<w:vanish w:val="0"/>',
      '<w:color w:val="FF0000"/>',
      '<w:sz w:val="20"/>',
      '<w:w w:val="50"/>',
      `<w:color w:val="FFFFFF"/><w14:textFill ${W14}><w14:solidFill><w14:srgbClr w14:val="000000"/></w14:solidFill></w14:textFill>`,
    ]) {
      const sink = await extractBuffer('d.docx', buildDocx(decoyed('张伟', '13912345678', rPr)));
      expect(sink.unit('d.docx!/word/document.xml#visible'), rPr).toBeUndefined();
    }
  });
});
