import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../test/support/extract-harness.js';
import { png } from '../../test/support/png-writer.js';
import { sniff } from './sniff.js';

const TABLE = '<table>\n<tr>\n <th>姓名</th>\n <th>手机</th>\n</tr>\n<tr>\n <td>张伟</td>\n <td>13912345678</td>\n</tr>\n</table>';

describe('html sniffing', () => {
  it('takes documents and table fragments for HTML, by content', () => {
    for (const head of [
      '<!DOCTYPE html><html><body>x</body></html>',
      '\ufeff  <html lang="zh">',
      '<?xml version="1.0" encoding="utf-8"?>\n<!-- saved --><html xmlns="http://www.w3.org/1999/xhtml">',
      '<HTML xmlns:o="urn:schemas-microsoft-com:office:office">',
      TABLE,
      '拜访记录导出（正元医疗 CRM）\n导出人：康宇胜  导出时间：2023-04-26\n<table border="1">\n<tr><th>日期</th>',
    ]) {
      expect(sniff(Buffer.from(head)), head).toBe('html');
    }
    for (const head of ['<customer><name>张伟</name></customer>', '姓名,手机\n<b>张伟</b>,13912345678', 'a < b and <html> later']) {
      expect(sniff(Buffer.from(head)), head).toBe('text');
    }
  });
});

describe('html extractor', () => {
  it('reads a pretty-printed table as one line per row, cells tab-separated', async () => {
    const sink = await extractBuffer('list.html', Buffer.from(`<html><body>${TABLE}</body></html>`));
    expect(sink.problems).toEqual([]);
    expect(sink.unit('list.html')?.text.trim().split('\n')).toEqual(['姓名\t手机', '张伟\t13912345678']);
  });

  it('scans a file behind a data: URL (a list offered as a download link), not the images beside it', async () => {
    const csv = '姓名,手机\n张伟,13912345678\n王芳,13800138000\n';
    const icon = png(32, 32).toString('base64');
    const page = `<html><body><a href="data:text/csv;base64,${Buffer.from(csv).toString('base64')}">下载</a><img src="data:image/png;base64,${icon}"></body></html>`;
    const sink = await extractBuffer('page.html', Buffer.from(page));
    expect(sink.problems).toEqual([]);
    expect(sink.units.map((u) => u.location)).toEqual(['page.html', `page.html!/base64@${page.indexOf('base64,') + 7}`]);
    expect(sink.units[1]?.text).toBe(csv);
  });

  it('decodes character references: digits written as &#49;… are digits', async () => {
    const hidden = [...'13912345678'].map((d) => `&#${d.charCodeAt(0)};`).join('');
    const sink = await extractBuffer('x.htm', Buffer.from(`<html><p>手机：${hidden}</p><p>&#x5F20;&#x4F1F;</p></html>`));
    expect(sink.unit('x.htm')?.text).toContain('手机：13912345678');
    expect(sink.unit('x.htm')?.text).toContain('张伟');
  });

  it('decodes GBK pages (what Chinese Windows saves), also when the first bytes are ASCII', async () => {
    const page = `<html><head><meta charset="gb2312"></head><body>${'<!-- padding -->'.repeat(400)}${TABLE}</body></html>`;
    const sink = await extractBuffer('gbk.html', iconv.encode(page, 'gbk'));
    expect(sink.unit('gbk.html')?.text).toContain('张伟\t13912345678');
  });
});

describe('html: what a browser does not show', () => {
  it('still reads a list hidden in a comment or a script, and the rest of a page behind a tag that never closes', async () => {
    const inComment = await extractBuffer('a.html', Buffer.from(`<html><body><p>季度汇总</p><!--\n张伟,13912345678\n李娜,13812345679\n--></body></html>`));
    expect(inComment.unit('a.html')?.text).toContain('张伟,13912345678\n李娜,13812345679');
    const inScript = await extractBuffer('b.html', Buffer.from('<html><script>var rows=[{"name":"张伟","mobile":"13912345678"}];</script><p>报表</p></html>'));
    expect(inScript.unit('b.html')?.text).toContain('"mobile":"13912345678"');
    // A damaged </style> (found by the mutation fuzz test): the page used to read as empty.
    const broken = await extractBuffer('c.html', Buffer.from(`<html><head><style>td{}</sty\0\0le></head><body>${TABLE}</body></html>`));
    expect(broken.unit('c.html')?.text).toContain('13912345678');
  });

  it('reads a page as shown too when markup hides some of it: a hidden decoy digit inside every number', async () => {
    const decoy = (digits: string, at: number): string => `${digits.slice(0, at)}<span style="display: none">7</span>${digits.slice(at)}`;
    const rows = [['张伟', '13912345678', '110101199003071233'], ['王芳', '13800138000', '11010519491231002X']];
    const page = `<table><tr><th>姓名</th><th>手机</th><th>身份证号</th></tr>${rows.map(([n, m, id]) => `<tr><td>${n}</td><td>${decoy(m!, 5)}</td><td>${decoy(id!, 9)}</td></tr>`).join('')}</table>`;
    const text = (await extractBuffer('d.html', Buffer.from(page))).unit('d.html')?.text ?? '';
    // As the file holds it (a hidden list must still be found), then as shown.
    expect(text).toContain('张伟\t139127345678\t1101011997003071233');
    expect(text).toContain('张伟\t13912345678\t110101199003071233\n王芳\t13800138000\t11010519491231002X');
    // Nothing hidden, nothing read twice; a hidden element closes where its own tag does.
    expect((await extractBuffer('e.html', Buffer.from(TABLE))).unit('e.html')?.text.match(/13912345678/g)).toHaveLength(1);
    const nested = await extractBuffer('f.html', Buffer.from('<html><p>电话 <span hidden>4<span>4</span>4</span>13912345678<br><img style="display:none">王芳 13800138000</p></html>'));
    expect(nested.unit('f.html')?.text.trim().split('\n')).toEqual(['电话 44413912345678', '王芳 13800138000', '电话 13912345678', '王芳 13800138000']);
  });

  it('counts white, too pale, transparent and 1-pixel text as hidden for the page as shown; a white background is no such thing', async () => {
    const page = (decoy: string): string => `<html><body><p>张伟 13912${decoy}345678</p></body></html>`;
    for (const decoy of [
      '<span style="color:#ffffff">7</span>',
      '<span style="COLOR: white !important;">7</span>',
      '<span style="color:rgb(255, 255, 255)">7</span>',
      '<font color="#FFFFFF">7</font>',
      '<font color=white>7</font>',
      '<span style="color:#fefefe">7</span>',
      '<span style="color: #F2F2F2;">7</span>',
      '<span style="color:#ffffcc">7</span>',
      '<span style="color:rgb(250,250,250)">7</span>',
      '<font color="#fafafa">7</font>',
      '<span style="font-size:1px">7</span>',
      '<span style="font-size: 0.5pt">7</span>',
      "<span style='font-size:1.0pt;mso-bidi-font-size:1.0pt'>7</span>",
      '<span style="opacity:0">7</span>',
    ]) {
      const text = (await extractBuffer('d.html', Buffer.from(page(decoy)))).unit('d.html')?.text;
      expect(text, decoy).toBe('张伟 139127345678\n张伟 13912345678\n');
    }
    for (const seen of [
      '<span style="background-color:#ffffff">7</span>',
      '<td bgcolor="#ffffff">7</td>',
      '<span style="color:#e0e0e0">7</span>',
      '<span style="color:#00ffff">7</span>',
      '<span style="border-color:#ffffff">7</span>',
      '<span style="font-size:12px">7</span>',
      '<span style="font-size:1em">7</span>',
      '<span style="font-size:1.5pt">7</span>',
      '<span style="font-size:10.0pt">7</span>',
      '<span style="opacity:0.8">7</span>',
    ]) {
      expect((await extractBuffer('d.html', Buffer.from(page(seen)))).unit('d.html')?.text, seen).toBe('张伟 139127345678\n');
    }
  });
});

describe('html: text kept out of the page flow', () => {
  const ROWS = ['张伟,13912345678,110101199003071233', '王芳,13800138000,11010519491231002X', '李娜,13812345679,110105194912310021'];

  it('keeps the lines of preformatted text: a list pasted as plain text into an HTML mail', async () => {
    for (const [open, close] of [
      ['<pre>', '</pre>'],
      ['<pre class="moz-quote-pre" wrap="">', '</pre>'],
      ['<div style="white-space: pre-wrap">', '</div>'],
      ['<textarea name="notes">', '</textarea>'],
    ]) {
      const page = `<html><body><p>名单</p>${open}姓名,手机,身份证号\r\n${ROWS.join('\r\n')}${close}<input value="x"></body></html>`;
      const lines = (await extractBuffer('p.html', Buffer.from(page))).unit('p.html')?.text.trim().split('\n');
      expect(lines, open).toEqual(['名单', '姓名,手机,身份证号', ...ROWS, 'x']);
    }
    // Elsewhere white space still runs together, as a browser shows it.
    expect((await extractBuffer('q.html', Buffer.from('<html><p>张伟\n 13912345678</p></html>'))).unit('q.html')?.text.trim()).toBe('张伟 13912345678');
  });

  it('reads tooltips, form values, data attributes and the number behind a tel: link, in place', async () => {
    const page =
      '<table><tr><th>客户</th></tr>' +
      '<tr data-mobile="13912345678" title="身份证 110101199003071233"><td><a href="tel:+86-139-1234-5678">张伟</a></td></tr>' +
      '<tr><td><a href="mailto:wang.fang%40example.com?subject=hi">王芳</a><input type="hidden" value="13800138000"></td></tr></table>';
    const lines = (await extractBuffer('a.html', Buffer.from(page))).unit('a.html')?.text.trim().split('\n');
    expect(lines).toEqual(['客户', '13912345678 身份证 110101199003071233 +86-139-1234-5678 张伟', 'wang.fang@example.com 王芳 13800138000']);
    // Character references in an attribute are decoded once, as a browser does (a link's too).
    expect((await extractBuffer('c.html', Buffer.from('<html><a href="mailto:x&amp;lt;y@example.com">x</a></html>'))).unit('c.html')?.text.trim()).toBe('x&lt;y@example.com x');
  });

  it('leaves markup attributes alone: classes, styles, ids, links to pages', async () => {
    const page = '<html><p class="c13912345678" id="n110101199003071233" style="width:13912345678px"><a href="https://example.com/u/13912345678">主页</a><a href="telegram.html"></a><img src="/13800138000.png"></p></html>';
    expect((await extractBuffer('b.html', Buffer.from(page))).unit('b.html')?.text.trim()).toBe('主页');
  });
});
