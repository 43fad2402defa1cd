import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../test/support/extract-harness.js';
import { buildDocx, buildXlsx, wP } from '../../test/support/office-writer.js';
import { buildZip } from '../../test/support/zip-writer.js';
import { defaultEngine, THRESHOLDS } from '../../test/support/engine.js';
import { packageRoot } from '../paths.js';
import { scanItem } from '../scan/scan-item.js';
import { DEFAULT_LIMITS } from '../types.js';

const LIST = '张伟 13800138000\n王芳 13912345678';
const CORE = `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>周报</dc:title><dc:description>${LIST}</dc:description><cp:revision>7</cp:revision></cp:coreProperties>`;
const CUSTOM = `<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="客户"><vt:lpwstr>李娜 15912345670</vt:lpwstr></property></Properties>`;
const APP = `<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Pages>3</Pages><Words>1380013</Words><Company>某某科技</Company><AppVersion>16.0300</AppVersion></Properties>`;

describe('document properties', () => {
  it('reads the comments, title and custom properties of a Word or Excel file, one value a line', async () => {
    const parts = [
      { name: 'docProps/core.xml', data: CORE },
      { name: 'docProps/custom.xml', data: CUSTOM },
      { name: 'docProps/app.xml', data: APP },
      { name: 'customXml/item1.xml', data: '<?xml version="1.0"?><客户表><客户><姓名>赵磊</姓名><手机>13600136000</手机></客户></客户表>' },
      { name: 'customXml/itemProps1.xml', data: '<?xml version="1.0"?><ds:datastoreItem xmlns:ds="x" ds:itemID="{1380013800}"/>' },
    ];
    for (const [name, data] of [
      ['memo.docx', buildDocx(wP('会议纪要'), parts)],
      ['book.xlsx', buildXlsx([{ name: 'Sheet1', rows: '' }], [], parts)],
    ] as const) {
      const sink = await extractBuffer(name, data);
      expect(sink.problems).toEqual([]);
      expect(sink.unit('docProps/core.xml')?.text, name).toBe(`title：周报\ndescription：${LIST}\nrevision：7\n`);
      expect(sink.unit('docProps/custom.xml')?.text, name).toBe('客户：李娜 15912345670\n');
      expect(sink.unit('docProps/app.xml')?.text, name).toBe('Company：某某科技\n'); // page and word counts, versions: not text
      // A content control's data store: one record, its fields on one line after their labels.
      expect(sink.unit('customXml/item1.xml')?.text, name).toBe('姓名：赵磊  手机：13600136000\n');
      expect(sink.unit('itemProps1.xml'), name).toBeUndefined();
      const verdict = await scanItem({ kind: 'buffer', name, data }, name, { engine: defaultEngine(), thresholds: THRESHOLDS, limits: DEFAULT_LIMITS, reveal: false });
      // The two in the comments, 李娜 under the custom property 客户, 赵磊 in the XML data.
      expect(verdict.records, name).toBe(4);
    }
  });

  it('reads meta.xml of an OpenDocument file', async () => {
    const odf = buildZip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', method: 'store' },
      { name: 'content.xml', data: '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text><text:p>纪要</text:p></office:text></office:body></office:document-content>' },
      { name: 'meta.xml', data: `<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta><meta:generator>LibreOffice/7.4</meta:generator><dc:subject>${LIST}</dc:subject><meta:user-defined meta:name="备注">李娜 15912345670</meta:user-defined></office:meta></office:document-meta>` },
    ]);
    const sink = await extractBuffer('memo.odt', odf);
    expect(sink.unit('meta.xml')?.text).toBe(`subject：${LIST}\n备注：李娜 15912345670\n`);
  });

  it('gives a document without properties no unit for them (a LibreOffice file with a title has one)', async () => {
    expect((await extractBuffer('memo.docx', buildDocx(wP('会议纪要')))).units.map((u) => u.location)).toEqual(['memo.docx!/word/document.xml']);
    const memo = await extractBuffer('memo.docx', readFileSync(join(packageRoot(), 'test/fixtures/office/memo.docx')));
    expect(memo.unit('docProps/core.xml')?.text).toContain('通知');
  });
});
