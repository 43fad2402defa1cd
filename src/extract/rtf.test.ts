import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { buildCfb, type CfbNode } from '../../test/support/cfb-writer.js';
import { defaultEngine, THRESHOLDS } from '../../test/support/engine.js';
import { extractBuffer } from '../../test/support/extract-harness.js';
import { png } from '../../test/support/png-writer.js';
import { compressRtf } from '../../test/support/tnef-writer.js';
import { scanItem } from '../scan/scan-item.js';
import { DEFAULT_LIMITS } from '../types.js';
import { decompressRtf } from './rtf-compressed.js';
import { readRtf } from './rtf-text.js';
import { sniff } from './sniff.js';

const FIXTURE = join(import.meta.dirname, '../../test/fixtures/office/customers-table.rtf');
/** Raw bytes past ASCII are in the document's code page: these tests' documents are GBK (\ansicpg936). */
const text = (rtf: string): string => readRtf(iconv.encode(rtf, 'gbk')).text;
/** Bytes as \'hh escapes. */
const escaped = (bytes: Buffer): string => [...bytes].map((b) => `\\'${b.toString(16).padStart(2, '0')}`).join('');

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n, 0);
  return b;
}
const lengthPrefixed = (s: string): Buffer => Buffer.concat([u32(s.length + 1), Buffer.from(`${s}\0`, 'latin1')]);
/** An OLE 1 embedded object as \objdata holds it. */
const ole1 = (className: string, native: Buffer): Buffer =>
  Buffer.concat([u32(0x0501), u32(2), lengthPrefixed(className), u32(0), u32(0), u32(native.length), native]);

/** A package's native data: a file dragged into the document. */
function packageData(name: string, data: Buffer): Buffer {
  const z = (s: string): Buffer => iconv.encode(`${s}\0`, 'gbk'); // the writer's ANSI code page
  const temp = z(`C:\\Temp\\${name}`);
  return Buffer.concat([Buffer.from([2, 0]), z(name), z(`C:\\Desktop\\${name}`), Buffer.from([0, 0, 3, 0]), u32(temp.length), temp, u32(data.length), data]);
}

describe('RTF', () => {
  it('reads a real RTF table (LibreOffice): Chinese from \\u escapes, one line per row', async () => {
    const data = readFileSync(FIXTURE);
    expect(data.toString('latin1')).not.toMatch(/[\u4e00-\u9fff]/);
    const sink = await extractBuffer('t.rtf', data);
    expect(sink.problems).toEqual([]);
    const lines = sink.text.split('\n');
    expect(lines).toContain('姓名\t手机\t身份证号');
    expect(lines.filter((l) => /^\p{Script=Han}{2,3}\t1[3-9]\d{9}\t\d{17}[\dX]$/u.test(l))).toHaveLength(25);
  });

  it('reads a LibreOffice RTF whose page style holds a footer (paragraphs inside \\pgdsctbl), not as damaged', async () => {
    // A letter made by LibreOffice 7.4 (synthetic values): its footer, 地址…电话 0574-…, sits in the page style table.
    const data = readFileSync(join(import.meta.dirname, '../../test/fixtures/rtf/letter-page-footer.rtf'));
    expect(readRtf(data).damaged).toBeUndefined();
    const verdict = await scanItem({ kind: 'buffer', data, name: 'letter.rtf' }, 'letter.rtf', { engine: defaultEngine(), thresholds: THRESHOLDS, limits: DEFAULT_LIMITS, reveal: false });
    expect(verdict.unscannable).toEqual([]);
    expect(verdict.findings.map((f) => f.detector).sort()).toEqual(['bank_card', 'cn_landline', 'cn_mobile', 'cn_resident_id', 'person_name_zh']);
  });

  it('decodes \\\'hh bytes in the font charset or the document code page, and drops \\u fallbacks', () => {
    const gbk = escaped(iconv.encode('张伟', 'gbk'));
    expect(text(`{\\rtf1\\ansi\\ansicpg936 {\\fonttbl{\\f0\\fnil Arial;}}\\f0 姓名：${gbk}\\par}`)).toBe('姓名：张伟\n');
    // A GB2312 font in a document whose code page is 1252, as Word on a Western system writes.
    expect(text(`{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0\\fswiss Arial;}{\\f1\\fnil\\fcharset134 SimSun;}}\\f0 a \\f1 ${gbk}\\f0 \\'e9}`)).toBe('a 张伟é');
    expect(text(`{\\rtf1\\uc2 \\u24352\\'d5\\'c5\\u20255\\'ce\\'b0\\uc1\\u26446?}`)).toBe('张伟李');
  });

  it('skips what is not text: tables of fonts, colours and styles, pictures, binary data; field instructions come after the text', () => {
    const rtf =
      '{\\rtf1\\ansicpg936{\\fonttbl{\\f0 Arial;}}{\\colortbl;\\red0\\green0\\blue0;}{\\stylesheet{\\s0 Normal;}}' +
      '{\\pict\\pngblip 89504e470d0a}{\\*\\generator Writer}{\\*\\unknowndest 13800138000}' +
      '{\\field{\\*\\fldinst HYPERLINK "mailto:x@example.com"}{\\fldrslt 联系人}}\\par ' +
      '{\\*\\bkmkstart b}\\bin4 \\}{x 13912345678}';
    expect(text(rtf)).toBe('联系人\n 13912345678\nHYPERLINK "mailto:x@example.com"\n');
  });

  it('reads a field’s instruction apart from the flow, one field a line: a list in QUOTE fields that show only their result', () => {
    const rows = ['张伟,13912345678,110101199003071233', '王芳,13800138000,11010519491231002X'];
    const u = (t: string) => [...t].map((c) => (c.charCodeAt(0) < 128 ? c : `\\u${c.charCodeAt(0)}?`)).join('');
    const field = (row: string) => `{\\field{\\*\\fldinst { QUOTE "${u(row.slice(0, 9))}}{${u(row.slice(9))}" }}{\\fldrslt ${u('见附件')}}}`;
    const rtf = `{\\rtf1\\ansi ${u('客户：')}\\par\\trowd\\intbl ${field(rows[0]!)}\\cell ${field(rows[1]!)}\\cell\\row }`;
    expect(text(rtf).split('\n')).toEqual(['客户：', '见附件\t见附件', `QUOTE "${rows[0]}"`, `QUOTE "${rows[1]}"`, '']);
  });

  it('reports the picture under a caption (a pasted screenshot), not the copy for older readers, nor one beside text', async () => {
    const shot = png(827, 1170).toString('hex');
    const doc = (body: string): Buffer =>
      Buffer.from(`{\\rtf1\\ansi ${body}\\par {\\*\\shppict{\\pict{\\*\\picprop{\\sp{\\sn shapeType}{\\sv 75}}}\\picw827\\pich1170\\pngblip ${shot}}}{\\nonshppict{\\pict\\wmetafile8 0100090000}}}`);
    const caption = await extractBuffer('memo.rtf', doc('See below'));
    expect(caption.text).toContain('See below');
    expect(caption.problems).toEqual([{ reason: 'no-text-layer', location: 'memo.rtf!/picture1', detail: 'little or no text and a 827×1170 picture: a scan or a screenshot, not read' }]);
    expect(readRtf(doc('x')).pictures.map((p) => p.kind)).toEqual(['pngblip']);
    const report = await extractBuffer('report.rtf', doc('Quarterly figures, see the chart below. '.repeat(20)));
    expect(report.problems).toEqual([]);
  });

  it('keeps of a large picture its header only, even when its hex is one run, and is still able to size it', async () => {
    // A 6 MB screenshot on one line of hex: 512 KB of it are kept, enough for its size.
    const shot = Buffer.concat([png(1600, 1200), Buffer.alloc(6 << 20, 7)]).toString('hex');
    const doc = Buffer.from(`{\\rtf1\\ansi See below\\par {\\pict\\pngblip ${shot}}}`);
    const [picture] = readRtf(doc).pictures;
    expect(picture!.data.length).toBe(512 << 10);
    expect((await extractBuffer('memo.rtf', doc)).problems.map((p) => p.reason)).toEqual(['no-text-layer']);
  });

  it('reads a table as tab-separated rows, and a paragraph break inside a cell as a space', () => {
    const row = (...cells: string[]): string => `\\trowd\\cellx1000\\cellx2000\\pard\\intbl ${cells.join('\\cell ')}\\cell\\row `;
    expect(text(`{\\rtf1\\ansicpg936 名单\\par ${row('姓名', '手机')}${row('张伟', '138\\par 0013 8000')}\\pard 完}`)).toBe('名单\n姓名\t手机\n张伟\t138 0013 8000\n完');
  });

  it('reads hidden text (\\v) where it is, then the document as shown: a hidden decoy digit inside every number', () => {
    const row = (...cells: string[]): string => `\\trowd\\cellx1000\\cellx2000\\pard\\intbl ${cells.join('\\cell ')}\\cell\\row `;
    const decoy = (digits: string): string => `${digits.slice(0, 5)}{\\v 7}${digits.slice(5)}`;
    const doc = `{\\rtf1\\ansicpg936 ${row('姓名', '手机')}${row('张伟', decoy('13800138000'))}${row('王芳', `\\v 1\\v0 ${decoy('13912345678')}`)}}`;
    expect(text(doc).split('\n')).toEqual(['姓名\t手机', '张伟\t138007138000', '王芳\t1139127345678', '', '姓名\t手机', '张伟\t13800138000', '王芳\t13912345678', '']);
    // Nothing hidden: read once.
    expect(text(`{\\rtf1\\ansicpg936 ${row('张伟', '13800138000')}}`)).toBe('张伟\t13800138000\n');
  });


  it('counts white text (a colour-table entry 255,255,255, or as pale) and 1-point text as hidden for the document as shown', () => {
    const colors = '{\\colortbl;\\red255\\green0\\blue0;\\red254\\green254\\blue250;}';
    const row = (...cells: string[]): string => `\\trowd\\cellx1000\\cellx2000\\pard\\intbl ${cells.join('\\cell ')}\\cell\\row `;
    const white = (digits: string): string => `${digits.slice(0, 5)}{\\cf2 7}${digits.slice(5)}`;
    const tiny = (digits: string): string => `${digits.slice(0, 5)}{\\fs2 7}${digits.slice(5)}`;
    const doc = `{\\rtf1\\ansicpg936 ${colors}${row('张伟', white('13800138000'))}${row('王芳', tiny('13912345678'))}\\pard\\cf2 末行\\par}`;
    expect(text(doc).split('\n')).toEqual(['张伟\t138007138000', '王芳\t139127345678', '末行', '', '张伟\t13800138000', '王芳\t13912345678', '', '']);
    // Red and 10 pt are seen: read once.
    expect(text(`{\\rtf1\\ansicpg936 ${colors}${row('张伟', `138{\\cf1 0}0138000`)}${row('王芳', `139{\\fs20 1}2345678`)}}`)).toBe('张伟\t13800138000\n王芳\t13912345678\n');
  });
  it('reads an RTF whose {\\rtf1 was damaged as RTF, by the control words of its header, not as its codes', async () => {
    const rtf = readFileSync(join(import.meta.dirname, '../../test/fixtures/office/hidden-decoy.rtf'));
    for (let at = 0; at < 6; at++) {
      const damaged = Buffer.from(rtf);
      damaged[at] = damaged[at]! ^ 0x01;
      expect(sniff(damaged.subarray(0, 4096)), `byte ${at}`).toBe('rtf');
      const sink = await extractBuffer('memo.rtf', damaged);
      expect(sink.text, `byte ${at}`).toMatch(/\t1[3-9]\d{9}\t\d{17}[\dX]/);
    }
    expect(sniff(Buffer.from('{"rows": ["\\ansi", "\\pard"]}'))).toBe('text');
  });

  it('reads document properties, the Unicode half of \\upr only', () => {
    const rtf = "{\\rtf1{\\info{\\upr{\\title \\'3f\\'3f}{\\*\\ud{\\title \\u23458?\\u25143?}}}{\\author \\u24352?\\u20255?}{\\*\\company ACME}}\\ansicpg936 正文}";
    expect(text(rtf).split('\n').filter(Boolean)).toEqual(['客户', '张伟', 'ACME', '正文']);
  });

  it('stops at groups nested deeper than a document nests, and says when groups are left open', () => {
    const doc = readRtf(Buffer.from(`{\\rtf1 a${'{'.repeat(5000)}b`));
    expect(doc.damaged).toMatch(/nested more than/);
    // Its first 40 bytes twice (fuzzing): the copy opens the font table, and the whole document reads as inside it.
    const real = readFileSync(FIXTURE);
    expect(readRtf(Buffer.concat([real.subarray(0, 40), real])).damaged).toBe('a \\par inside the \\fonttbl group: a brace lost or added');
    expect(readRtf(real.subarray(0, real.length - 10)).damaged).toMatch(/not closed at the end/);
    expect(readRtf(real).damaged).toBeUndefined();
    // One `}` of the style sheet turned into `|`, one added at the end (fuzzing): the braces balance, and the
    // whole document would read as part of the style sheet; its first paragraph mark there says a brace is wrong.
    const brace = Buffer.concat([real, Buffer.from('}')]);
    brace[real.indexOf('Heading;}') + 8] = 0x7c;
    expect(readRtf(brace).damaged).toBe('a \\par inside the \\stylesheet group: a brace lost or added');
  });

  it('reads embedded objects: a package\'s file, a workbook (a compound file)', async () => {
    const csv = Buffer.from('姓名,手机\n张伟,13800138000\n李娜,13912345678\n');
    const book: CfbNode[] = [{ name: 'WordDocument', data: Buffer.alloc(16) }];
    const rtf = (obj: Buffer): Buffer => Buffer.from(`{\\rtf1 见附件\\par{\\object\\objemb{\\*\\objclass Package}{\\*\\objdata\n${obj.toString('hex').replace(/.{64}/g, '$&\n')}}{\\result{\\pict 00}}}}`, 'latin1');
    const pkg = await extractBuffer('p.rtf', rtf(ole1('Package', packageData('名单.csv', csv))));
    expect(pkg.problems).toEqual([]);
    expect(pkg.unit('p.rtf!/object1!/名单.csv')?.text).toBe(csv.toString());
    const word = await extractBuffer('w.rtf', rtf(ole1('Word.Document.8', buildCfb(book))));
    expect(word.problems.map((p) => p.location)).toEqual(['w.rtf!/object1']); // a WordDocument that is not one: unsupported, said there
    const cut = await extractBuffer('c.rtf', rtf(ole1('Package', packageData('x.csv', csv)).subarray(0, 30)));
    expect(cut.problems.map((p) => [p.reason, p.location])).toEqual([['corrupt', 'c.rtf!/object1']]);
  });

  it('decompresses Outlook\'s compressed RTF, references into the preamble included', () => {
    const rtf = '{\\rtf1\\ansi\\ansicpg936 hello 13800138000}';
    const plain = decompressRtf(compressRtf(rtf), 1 << 20);
    expect(plain).toEqual({ kind: 'rtf', data: Buffer.from(rtf, 'latin1') });
    expect(decompressRtf(compressRtf(rtf, { offset: 0, length: 11 }), 1 << 20)).toEqual(plain);
    const c = compressRtf(rtf);
    expect(decompressRtf(c.subarray(0, c.length - 3), 1 << 20).kind).toBe('damaged');
    expect(decompressRtf(c, 10).kind).toBe('over');
  });

  it('reads a message whose body is only compressed RTF, after its header lines', async () => {
    const PROPS: CfbNode = { name: '__properties_version1.0', data: Buffer.alloc(32) };
    const gbk = escaped(iconv.encode('客户：张伟，电话 13800138000', 'gbk'));
    const msg = buildCfb([
      PROPS,
      { name: '__substg1.0_0037001F', data: Buffer.from('名单\0', 'utf16le') },
      { name: '__substg1.0_10090102', data: compressRtf(`{\\rtf1\\ansi\\ansicpg936 ${gbk}\\par}`) },
    ]);
    const sink = await extractBuffer('r.msg', msg);
    expect(sink.problems).toEqual([]);
    expect(sink.unit('r.msg!/body')?.text).toBe('Subject: 名单\n\n客户：张伟，电话 13800138000\n');
    const verdict = await scanItem({ kind: 'buffer', name: 'r.msg', data: msg }, 'r.msg', { engine: defaultEngine(), thresholds: THRESHOLDS, limits: DEFAULT_LIMITS, reveal: false });
    expect(verdict.findings.map((f) => f.detector).sort()).toEqual(['cn_mobile', 'person_name_zh']);
  });
});
