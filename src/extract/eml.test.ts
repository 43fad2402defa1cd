import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { CaptureSink } from '../../test/support/capture-sink.js';
import { tempDir } from '../../test/support/temp-dir.js';
import { DEFAULT_LIMITS, type Limits } from '../types.js';
import { bufferInput, extractItem, readHead } from './dispatch.js';
import { htmlToText } from './html-text.js';

// Synthetic people: valid MOD 11-2 IDs, allocated mobile prefixes.
const PEOPLE = [
  ['张伟', '13812345678', '11010519491231002X'],
  ['李娜', '15912345670', '440305199003071234'],
  ['王芳', '18698765432', '310104198512120013'],
] as const;

const CRLF = '\r\n';
const b64 = (b: Buffer): string => b.toString('base64').replace(/.{76}/g, `$&${CRLF}`);
/** Quoted-printable for arbitrary bytes (every non-ASCII byte escaped, soft breaks at 72). */
function qp(b: Buffer): string {
  let line = '';
  const out: string[] = [];
  for (const byte of b) {
    const piece = byte === 0x0a ? '\n' : byte === 0x0d ? '' : byte >= 0x21 && byte <= 0x7e && byte !== 0x3d ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    if (piece === '\n') {
      out.push(line);
      line = '';
      continue;
    }
    if (line.length + piece.length > 72) {
      out.push(`${line}=`);
      line = '';
    }
    line += piece;
  }
  out.push(line);
  return out.join(CRLF);
}
const word = (s: string, charset: string): string => `=?${charset}?B?${iconv.encode(s, charset).toString('base64')}?=`;

function part(contentType: string, body: string, extra: string[] = []): string {
  return [`Content-Type: ${contentType}`, ...extra, '', body].join(CRLF);
}

function multipart(kind: string, boundary: string, parts: string[], headers: string[] = []): string {
  return [...headers, `Content-Type: multipart/${kind}; boundary="${boundary}"`, '', ...parts.flatMap((p) => [`--${boundary}`, p]), `--${boundary}--`, ''].join(CRLF);
}

const TOP = (charset: string): string[] => [
  `From: ${word('赵敏', charset)} <zhaomin@corp.example>`,
  `To: ${word('钱进', charset)} <qianjin@vendor.example>`,
  `Cc: ${word('孙丽', charset)} <sunli@vendor.example>`,
  `Subject: ${word('客户名单', charset)}`,
  'Date: Mon, 01 Jul 2024 09:30:00 +0800',
  'MIME-Version: 1.0',
];

const tableHtml = `<html><head><style>td{color:red}</style><script>var x = "<tr><td>nope</td></tr>";</script></head><body>
<p>名单如下&nbsp;(共${PEOPLE.length}人)：</p><table><tr><th>姓名</th><th>手机</th><th>身份证号</th></tr>
${PEOPLE.map((p) => `<tr><td>${p[0]}</td>\n<td> ${p[1]} </td><td>${p[2]}</td></tr>`).join('\n')}</table><!-- <tr><td>hidden</td></tr> --></body></html>`;

async function run(eml: string | Buffer, limits: Limits = DEFAULT_LIMITS): Promise<CaptureSink> {
  const data = typeof eml === 'string' ? Buffer.from(eml, 'utf8') : eml;
  const sink = new CaptureSink();
  await extractItem(bufferInput('msg.eml', 'msg.eml', data), sink, limits, new AbortController().signal);
  return sink;
}

const body = (sink: CaptureSink, location = 'msg.eml!/body'): string => sink.units.find((u) => u.location === location)?.text ?? '';

describe('htmlToText', () => {
  it('keeps table rows as lines with tab-separated cells and drops script, style and comments', () => {
    const text = htmlToText(tableHtml);
    const lines = text.split('\n');
    expect(lines[0]).toBe(`名单如下 (共${PEOPLE.length}人)：`);
    expect(lines[1]).toBe('姓名\t手机\t身份证号');
    for (const p of PEOPLE) expect(lines).toContain(p.join('\t'));
    // What a browser does not show comes after the visible text, never inside the table.
    const tableEnd = lines.indexOf(PEOPLE.at(-1)!.join('\t'));
    expect(lines.slice(0, tableEnd + 1).join('\n')).not.toMatch(/nope|hidden|color/);
    expect(lines.slice(tableEnd + 1)).toEqual(['td{color:red}', 'var x = "', 'nope', '";', 'hidden']);
  });

  it('decodes character references and survives unclosed tags', () => {
    expect(htmlToText('<p>a &lt; b &amp;&#x5F20;&#20255; &bogus;</p><div>x<b')).toBe('a < b &张伟 &bogus;\nx');
  });

  it('is linear on pathological nesting', () => {
    const start = Date.now();
    htmlToText('<div><table><tr><td>'.repeat(50_000) + '<script>'.repeat(10_000));
    expect(Date.now() - start).toBeLessThan(2000);
  });
});

describe('eml extractor', () => {
  const dir = tempDir('listguard-eml-');

  for (const charset of ['GBK', 'GB2312', 'GB18030', 'UTF-8']) {
    it(`decodes ${charset} headers, a base64 text part and a quoted-printable HTML table`, async () => {
      const text = `附件是客户名单：\n${PEOPLE.map((p) => p.join(' ')).join('\n')}\n`;
      const eml = multipart(
        'alternative',
        'alt1',
        [
          part(`text/plain; charset=${charset}`, b64(iconv.encode(text, charset)), ['Content-Transfer-Encoding: base64']),
          part(`text/html; charset=${charset}`, qp(iconv.encode(tableHtml, charset)), ['Content-Transfer-Encoding: quoted-printable']),
        ],
        TOP(charset),
      );
      const sink = await run(eml);
      expect(sink.problems).toEqual([]);
      expect(sink.units.map((u) => u.location)).toEqual(['msg.eml!/body']);
      const lines = body(sink).split('\n');
      expect(lines).toContain('From: 赵敏 <zhaomin@corp.example>');
      expect(lines).toContain('To: 钱进 <qianjin@vendor.example>');
      expect(lines).toContain('Cc: 孙丽 <sunli@vendor.example>');
      expect(lines).toContain('Subject: 客户名单');
      for (const p of PEOPLE) {
        expect(lines).toContain(p.join(' ')); // text part
        expect(lines).toContain(p.join('\t')); // HTML table row
      }
    });
  }

  it('reads a part whose bytes are UTF-8 as UTF-8 whatever charset it declares (read as GB18030, 邮箱x loses its x)', async () => {
    const text = `客户邮箱xlv_xiucheng@qq.com，身份证${PEOPLE[0][2]}，手机：${PEOPLE[0][1]}\n`;
    for (const charset of ['gb18030', 'GB2312', 'big5', 'iso-8859-1']) {
      const subject = `=?${charset}?B?${Buffer.from('客户名单').toString('base64')}?=`;
      const eml = [`From: a@corp.example`, `Subject: ${subject}`, `Content-Type: text/plain; charset="${charset}"`, 'Content-Transfer-Encoding: 8bit', '', text].join(CRLF);
      const lines = body(await run(eml)).split('\n');
      expect(lines, charset).toContain('Subject: 客户名单');
      expect(lines, charset).toContain(text.trimEnd());
    }
    // Bytes that are not UTF-8 keep their declared charset; UTF-16's ASCII is valid UTF-8 and keeps its label too.
    for (const charset of ['gb18030', 'utf-16le']) {
      const eml = [`From: a@corp.example`, `Content-Type: text/plain; charset="${charset}"`, 'Content-Transfer-Encoding: base64', '', b64(iconv.encode('name: ' + text, charset))].join(CRLF);
      expect(body(await run(eml)).split('\n'), charset).toContain(('name: ' + text).trimEnd());
    }
  });

  it('scans a list pasted into the body base64-encoded (a second encoding inside the transfer encoding)', async () => {
    const csv = `姓名,手机,身份证号\n${PEOPLE.map((p) => p.join(',')).join('\n')}\n`;
    const pasted = Buffer.from(csv).toString('base64').replace(/.{76}/g, '$&\n');
    const eml = multipart('mixed', 'b1', [part('text/plain; charset=UTF-8', b64(Buffer.from(`名单如下：\n${pasted}\n`)), ['Content-Transfer-Encoding: base64'])], TOP('UTF-8'));
    const sink = await run(eml);
    expect(sink.problems).toEqual([]);
    const inner = sink.units.find((u) => u.location.startsWith('msg.eml!/body!/base64@'));
    expect(inner?.text).toBe(csv);
  });

  it('recurses into attachments, nested mail included, at attachment locations', async () => {
    const csv = `姓名,手机,身份证号\r\n${PEOPLE.map((p) => p.join(',')).join('\r\n')}\r\n`;
    const inner = multipart('mixed', 'in1', [part('text/plain; charset=UTF-8', '转发：王芳 18698765432')], [
      'From: a@corp.example',
      'To: b@corp.example',
      'Subject: fwd',
      'MIME-Version: 1.0',
    ]);
    const eml = multipart(
      'mixed',
      'mix1',
      [
        part('text/plain; charset=UTF-8', '见附件'),
        part('text/csv; charset=GBK; name="list.csv"', b64(iconv.encode(csv, 'gbk')), [
          'Content-Transfer-Encoding: base64',
          `Content-Disposition: attachment; filename="${word('名单.csv', 'UTF-8')}"`,
        ]),
        part('message/rfc822', inner, ['Content-Disposition: attachment; filename="fwd.eml"']),
        part('message/rfc822', inner, ['Content-Disposition: inline']),
      ],
      TOP('UTF-8'),
    );
    const sink = await run(eml);
    expect(sink.problems).toEqual([]);
    expect(sink.units.map((u) => u.location)).toEqual([
      'msg.eml!/body',
      'msg.eml!/attachment/名单.csv',
      'msg.eml!/attachment/fwd.eml!/body',
      'msg.eml!/attachment/message-3.eml!/body',
    ]);
    const csvUnit = sink.units[1];
    expect(csvUnit?.shape).toEqual({ kind: 'table', delimiter: ',' });
    for (const p of PEOPLE) expect(csvUnit?.text).toContain(p.join(','));
    expect(body(sink, 'msg.eml!/attachment/fwd.eml!/body')).toContain('转发：王芳 18698765432');
  });

  it('stops a deep message/rfc822 chain at maxDepth, quickly, keeping what it read', async () => {
    let eml = [...TOP('UTF-8'), 'Content-Type: text/plain; charset=UTF-8', '', '最里层 13812345678', ''].join(CRLF);
    for (let i = 0; i < 300; i++) {
      eml = multipart('mixed', `b${i}`, [part('text/plain', `level ${i}`), part('message/rfc822', eml)], [
        'From: x@corp.example',
        'To: y@corp.example',
        'MIME-Version: 1.0',
      ]);
    }
    const start = Date.now();
    const sink = await run(eml, { ...DEFAULT_LIMITS, maxDepth: 8 });
    expect(Date.now() - start).toBeLessThan(5000);
    expect(sink.problems).toEqual([expect.objectContaining({ reason: 'max-depth' })]);
    expect(sink.problems[0]?.location.split('!/attachment/')).toHaveLength(10); // the 9th level is refused
    expect(sink.units).toHaveLength(9); // top level + 8 nested
    expect(sink.text).toContain('level 299');
    expect(sink.text).not.toContain('最里层');
  });

  it('gives a verdict for deeply nested multiparts inside one message', async () => {
    let inner = part('text/plain', '最里层 13812345678');
    for (let i = 0; i < 2000; i++) inner = multipart('mixed', `n${i}`, [inner]);
    const eml = [...TOP('UTF-8'), inner].join(CRLF);
    const start = Date.now();
    const sink = await run(eml);
    expect(Date.now() - start).toBeLessThan(10_000);
    expect(sink.units.length + sink.problems.length).toBeGreaterThan(0);
    // Either read to the bottom or refused as corrupt: never silently empty.
    if (sink.problems.length === 0) expect(sink.text).toContain('13812345678');
  });

  it('bounds attachments by maxMembers and decoded bytes by maxBytes', async () => {
    const parts = [part('text/plain', 'hi')];
    for (let i = 0; i < 5; i++) {
      parts.push(part('application/octet-stream', b64(Buffer.alloc(1000, 0x41 + i)), ['Content-Transfer-Encoding: base64', `Content-Disposition: attachment; filename="a${i}.txt"`]));
    }
    const eml = multipart('mixed', 'm', parts, TOP('UTF-8'));
    const members = await run(eml, { ...DEFAULT_LIMITS, maxMembers: 3 });
    expect(members.reasons()).toEqual(['max-members']);
    expect(members.units.map((u) => u.location)).toEqual(['msg.eml!/body', 'msg.eml!/attachment/a0.txt', 'msg.eml!/attachment/a1.txt', 'msg.eml!/attachment/a2.txt']);
    const bytes = await run(eml, { ...DEFAULT_LIMITS, maxBytes: 2500 });
    expect(bytes.reasons()).toEqual(['max-bytes']);
    expect(bytes.units).toHaveLength(3); // body + two attachments fit
  });

  it('refuses a file over maxBytes before parsing it', async () => {
    const path = join(dir, 'big.eml');
    const eml = Buffer.from(multipart('mixed', 'm', [part('text/plain', 'x'.repeat(5000))], TOP('UTF-8')));
    writeFileSync(path, eml);
    const input = { location: 'big.eml', name: 'big.eml', size: eml.length, head: await readHead(path), source: { kind: 'file' as const, path } };
    const sink = new CaptureSink();
    await extractItem(input, sink, { ...DEFAULT_LIMITS, maxBytes: 4096 }, new AbortController().signal);
    expect(sink.reasons()).toEqual(['max-bytes']);
    expect(sink.units).toEqual([]);
    const ok = new CaptureSink();
    await extractItem(input, ok, DEFAULT_LIMITS, new AbortController().signal);
    expect(ok.text).toContain('x'.repeat(100));
  });

  it('always gives a verdict for mangled mail', async () => {
    const good = multipart('alternative', 'alt1', [part('text/html; charset=GBK', qp(iconv.encode(tableHtml, 'gbk')), ['Content-Transfer-Encoding: quoted-printable'])], TOP('GBK'));
    for (const cut of [120, 300, 600, good.length - 5]) {
      const sink = await run(good.slice(0, cut));
      expect(sink.units.length + sink.problems.length, `cut at ${cut}`).toBeGreaterThan(0);
    }
  });
});

describe('eml headers', () => {
  const rows = PEOPLE.map((p) => p.join(','));
  const MACHINE = [
    'Received: from mail.corp.example (mail.corp.example [10.1.2.3]) by mx.vendor.example with ESMTPS id 13812345678abc; Mon, 03 Jun 2024 01:30:00 +0000',
    'DKIM-Signature: v=1; a=rsa-sha256; d=corp.example; s=s1; bh=11010519491231002X=; b=ABCD',
    'Message-ID: <440305199003071234.13812345678@corp.example>',
    'X-MS-Exchange-Organization-AuthAs: Internal 18698765432',
    'Content-Type: text/plain; charset=utf-8',
  ];

  it('reads the headers a script sets, encoded words decoded, and leaves transport and structure out', async () => {
    const eml = [
      'From: a@corp.example',
      'To: b@mail.example',
      'Subject: hi',
      ...MACHINE,
      ...rows.map((r, i) => `X-Row-${i}: ${r}`),
      `X-Note: =?UTF-8?B?${Buffer.from(rows[0]!).toString('base64')}?=`,
      `Keywords: =?GB2312?B?${iconv.encode(rows[1]!, 'gb2312').toString('base64')}?=`,
      'MIME-Version: 1.0',
      '',
      'hello',
      '',
    ].join('\r\n');
    const lines = body(await run(eml)).split('\n');
    expect(lines).toEqual(expect.arrayContaining(rows.map((r, i) => `x-row-${i}: ${r}`)));
    expect(lines).toContain(`x-note: ${rows[0]}`);
    expect(lines).toContain(`keywords: ${rows[1]}`);
    for (const m of MACHINE) expect(lines.join('\n')).not.toContain(m.slice(m.indexOf(':') + 2, m.indexOf(':') + 30));
  });
});
