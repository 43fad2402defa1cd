import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { defaultEngine, THRESHOLDS } from '../../test/support/engine.js';
import { extractBuffer } from '../../test/support/extract-harness.js';
import { expectEveryMutantJudged } from '../../test/support/mutants.js';
import { buildXlsx } from '../../test/support/office-writer.js';
import { chineseName, makeRng, mobile, residentId } from '../../test/support/synth.js';
import { attribute, compressRtf, LEVEL_ATTACHMENT, LEVEL_MESSAGE, mapiProps, tnefStream, unicode } from '../../test/support/tnef-writer.js';
import { scanItem } from '../scan/scan-item.js';
import { DEFAULT_LIMITS } from '../types.js';
import { readTnef } from './tnef-read.js';

const ATT_SUBJECT = 0x00018004;
const ATT_BODY = 0x0002800c;
const ATT_MSG_PROPS = 0x00069003;
const ATT_CODEPAGE = 0x00069007;
const ATT_RENDDATA = 0x00069002;
const ATT_TITLE = 0x00018010;
const ATT_DATA = 0x0006800f;
const ATT_ATTACHMENT = 0x00069005;
const u32 = (n: number): Buffer => Buffer.from(new Uint32Array([n]).buffer);
const gbkZ = (s: string): Buffer => iconv.encode(`${s}\0`, 'gbk');

function sheet(n: number, seed: number): Buffer {
  const rng = makeRng(seed);
  const cell = (ref: string, v: string): string => `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
  const rows = Array.from({ length: n }, (_, i) => `<row r="${i + 2}">${cell(`A${i + 2}`, chineseName(rng))}${cell(`B${i + 2}`, mobile(rng))}${cell(`C${i + 2}`, residentId(rng))}</row>`);
  return buildXlsx([{ name: '客户', rows: `<row r="1">${cell('A1', '姓名')}${cell('B1', '手机')}${cell('C1', '身份证号')}</row>${rows.join('')}` }]);
}

/** An attached file: its short 8-bit title, its long Unicode name in the MAPI properties, its bytes. */
const attached = (title: string, longName: string, data: Buffer): Buffer[] => [
  attribute(LEVEL_ATTACHMENT, ATT_RENDDATA, Buffer.alloc(14)),
  attribute(LEVEL_ATTACHMENT, ATT_TITLE, gbkZ(title)),
  attribute(LEVEL_ATTACHMENT, ATT_DATA, data),
  attribute(LEVEL_ATTACHMENT, ATT_ATTACHMENT, mapiProps([{ type: 0x001f, tag: 0x3707, data: unicode(longName) }, { type: 0x0003, tag: 0x0e21, data: u32(0) }])),
];

function winmail(): Buffer {
  return tnefStream([
    attribute(LEVEL_MESSAGE, ATT_CODEPAGE, Buffer.concat([u32(936), u32(0)])),
    attribute(LEVEL_MESSAGE, ATT_SUBJECT, gbkZ('客户名单')),
    attribute(LEVEL_MESSAGE, ATT_BODY, gbkZ('王总：\r\n附件是客户名单，请查收。联系人：李娜 13912345678\r\n')),
    ...attached('KEHU~1.XLS', '客户名单.xlsx', sheet(60, 3)),
  ]);
}

describe('TNEF (winmail.dat)', () => {
  it('reads the body in its code page and every attached file under its long name', async () => {
    const sink = await extractBuffer('winmail.dat', winmail());
    expect(sink.problems).toEqual([]);
    expect(sink.unit('winmail.dat!/body')?.text).toBe('Subject: 客户名单\n\n王总：\n附件是客户名单，请查收。联系人：李娜 13912345678\n');
    expect(sink.unit('winmail.dat!/客户名单.xlsx!/xl/worksheets/sheet1.xml')?.text.split('\n')).toHaveLength(62);
  });

  it('is read inside a mail, so the list in it makes the mail secret', async () => {
    const b64 = winmail().toString('base64').replace(/.{76}/g, '$&\r\n');
    const eml = Buffer.from(
      [
        'From: sales@corp.example.com',
        'To: someone@example.net',
        'Subject: =?UTF-8?B?5a6i5oi35ZCN5Y2V?=',
        'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="b"',
        '',
        '--b',
        'Content-Type: text/plain; charset=UTF-8',
        '',
        'see attached',
        '--b',
        'Content-Type: application/ms-tnef; name="winmail.dat"',
        'Content-Disposition: attachment; filename="winmail.dat"',
        'Content-Transfer-Encoding: base64',
        '',
        b64,
        '--b--',
        '',
      ].join('\r\n'),
    );
    const verdict = await scanItem({ kind: 'buffer', name: 'm.eml', data: eml }, 'm.eml', { engine: defaultEngine(), thresholds: THRESHOLDS, limits: DEFAULT_LIMITS, reveal: false });
    expect(verdict.unscannable).toEqual([]);
    expect(verdict.records).toBeGreaterThanOrEqual(60);
    expect(verdict.sensitivity).toBe('secret');
  });

  it('reads a body kept only as compressed RTF, and an attached message one level down', async () => {
    const inner = tnefStream([attribute(LEVEL_MESSAGE, ATT_SUBJECT, gbkZ('转发')), ...attached('A.CSV', '名单.csv', Buffer.from('姓名,手机\n张伟,13800138000\n'))]);
    const outer = tnefStream([
      attribute(LEVEL_MESSAGE, ATT_MSG_PROPS, mapiProps([{ type: 0x0102, tag: 0x1009, data: compressRtf('{\\rtf1\\ansi\\ansicpg936 \\u23458?\\u25143?\\par}') }])),
      attribute(LEVEL_ATTACHMENT, ATT_RENDDATA, Buffer.alloc(14)),
      attribute(LEVEL_ATTACHMENT, ATT_ATTACHMENT, mapiProps([
        { type: 0x001f, tag: 0x3707, data: unicode('转发.msg') },
        { type: 0x000d, tag: 0x3701, data: Buffer.concat([Buffer.alloc(16), inner]) },
      ])),
    ]);
    const sink = await extractBuffer('w.dat', outer);
    expect(sink.problems).toEqual([]);
    expect(sink.unit('w.dat!/body')?.text).toBe('客户\n');
    expect(sink.unit('w.dat!/转发.msg!/名单.csv')?.text).toBe('姓名,手机\n张伟,13800138000\n');
  });

  it('reads contacts forwarded "as Outlook contacts" (IPM.Contact messages) as records', async () => {
    const rng = makeRng(91);
    const people = Array.from({ length: 12 }, () => ({ name: chineseName(rng), mobile: mobile(rng) }));
    // The class as attMessageClass, or (every other one) only as PR_MESSAGE_CLASS among the properties.
    const contact = (p: (typeof people)[number], i: number): Buffer =>
      tnefStream([
        ...(i % 2 ? [] : [attribute(LEVEL_MESSAGE, 0x00078008, Buffer.from('IPM.Contact\0', 'latin1'))]),
        attribute(LEVEL_MESSAGE, ATT_SUBJECT, gbkZ(p.name)),
        attribute(LEVEL_MESSAGE, ATT_MSG_PROPS, mapiProps([
          ...(i % 2 ? [{ type: 0x001e, tag: 0x001a, data: Buffer.from('IPM.Contact\0', 'latin1') }] : []),
          { type: 0x001f, tag: 0x3a11, data: unicode(p.name[0]!) },
          { type: 0x001f, tag: 0x3a06, data: unicode(p.name.slice(1)) },
          { type: 0x001f, tag: 0x3a1c, data: unicode(p.mobile) },
          { type: 0x001f, tag: 0x3a16, data: unicode('苏州云帆环保科技有限公司') },
        ])),
      ]);
    const outer = tnefStream([
      attribute(LEVEL_MESSAGE, ATT_SUBJECT, gbkZ('FW: 联系人')),
      ...people.flatMap((p, i) => [
        attribute(LEVEL_ATTACHMENT, ATT_RENDDATA, Buffer.alloc(14)),
        attribute(LEVEL_ATTACHMENT, ATT_ATTACHMENT, mapiProps([{ type: 0x001f, tag: 0x3707, data: unicode(p.name) }, { type: 0x000d, tag: 0x3701, data: Buffer.concat([Buffer.alloc(16), contact(p, i)]) }])),
      ]),
    ]);
    const v = await scanItem({ kind: 'buffer', name: 'winmail.dat', data: outer }, 'winmail.dat', { engine: defaultEngine(), thresholds: THRESHOLDS, limits: DEFAULT_LIMITS, reveal: true });
    expect([v.records, v.sensitivity]).toEqual([12, 'confidential']);
    expect(new Set(v.findings.find((f) => f.detector === 'person_name_zh')?.values)).toEqual(new Set(people.map((p) => p.name)));
  });

  it('gives every damaged copy a verdict: data found, or a reason (bytes overwritten anywhere)', async () => {
    await expectEveryMutantJudged('w.dat', winmail(), 11);
  });

  it('says when an attachment has no data in the stream (attached by reference), instead of dropping it', async () => {
    const byReference = tnefStream([
      attribute(LEVEL_ATTACHMENT, ATT_RENDDATA, Buffer.alloc(14)),
      attribute(LEVEL_ATTACHMENT, ATT_ATTACHMENT, mapiProps([{ type: 0x001f, tag: 0x3707, data: unicode('客户名单.xlsx') }])),
    ]);
    const sink = await extractBuffer('r.dat', byReference);
    expect(sink.problems).toEqual([{ reason: 'unsupported-format', location: 'r.dat!/客户名单.xlsx', detail: 'attachment without its data (a link, or lost)' }]);
  });

  it('says when the stream is damaged, keeping the attachments before the damage', async () => {
    const good = winmail();
    const cut = await extractBuffer('c.dat', Buffer.concat([good, attribute(LEVEL_ATTACHMENT, ATT_RENDDATA, Buffer.alloc(14)).subarray(0, 7)]));
    expect(cut.problems.map((p) => [p.reason, p.location])).toEqual([['corrupt', 'c.dat']]);
    expect(cut.units.map((u) => u.location)).toContain('c.dat!/客户名单.xlsx!/xl/worksheets/sheet1.xml');
    const lying = readTnef(tnefStream([attribute(LEVEL_MESSAGE, ATT_MSG_PROPS, u32(1 << 30))]));
    expect(lying.damaged).toMatch(/a MAPI property list of \d+ properties/);
    const long = tnefStream([attribute(LEVEL_MESSAGE, ATT_SUBJECT, gbkZ('x'))]);
    long.writeUInt32LE(1 << 30, 6 + 5);
    expect(readTnef(long).damaged).toMatch(/runs past the stream/);
  });
});
