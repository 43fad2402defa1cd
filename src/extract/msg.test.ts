import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { buildCfb, type CfbNode } from '../../test/support/cfb-writer.js';
import { defaultEngine, THRESHOLDS } from '../../test/support/engine.js';
import { extractBuffer } from '../../test/support/extract-harness.js';
import { expectEveryMutantJudged } from '../../test/support/mutants.js';
import { chineseName, makeRng, mobile, residentId } from '../../test/support/synth.js';
import { scanItem } from '../scan/scan-item.js';
import { DEFAULT_LIMITS } from '../types.js';

const text = (id: string, value: string): CfbNode => ({ name: `__substg1.0_${id}001F`, data: Buffer.from(`${value}\0`, 'utf16le') });
const binary = (id: string, data: Buffer): CfbNode => ({ name: `__substg1.0_${id}0102`, data });
const PROPERTIES: CfbNode = { name: '__properties_version1.0', data: Buffer.alloc(32) };

function list(n: number, seed: number): string[] {
  const rng = makeRng(seed);
  return Array.from({ length: n }, () => `${chineseName(rng)},${mobile(rng)},${residentId(rng)}`);
}

/** An Outlook message: headers, a body, a recipient, a CSV attachment and an attached message with a list in its body. */
function message(): { msg: Buffer; csvRows: string[]; fwRows: string[] } {
  const csvRows = list(30, 1);
  const fwRows = list(12, 2);
  const msg = buildCfb([
    PROPERTIES,
    text('0037', '客户资料'),
    text('0C1A', '销售部 张伟'),
    text('5D01', 'zhang.wei@corp.example.com'),
    text('0E04', '王芳'),
    text('1000', '王总：\r\n附件是本季度的客户名单，请查收。\r\n'),
    { name: '__recip_version1.0_#00000000', children: [text('3001', '王芳'), text('39FE', 'wangfang1986@gmail.com')] },
    {
      name: '__attach_version1.0_#00000000',
      children: [text('3707', '客户.csv'), binary('3701', iconv.encode(`姓名,手机,身份证号\r\n${csvRows.join('\r\n')}\r\n`, 'gbk'))],
    },
    {
      name: '__attach_version1.0_#00000001',
      children: [
        text('3707', '转发：名单.msg'),
        { name: '__substg1.0_3701000D', children: [PROPERTIES, text('0037', 'FW: 名单'), text('1000', `姓名,手机,身份证号\r\n${fwRows.join('\r\n')}`)] },
      ],
    },
  ]);
  return { msg, csvRows, fwRows };
}

describe('msg (Outlook) extractor', () => {
  it('reads the headers and body, every attachment as an item, and an attached message one level down', async () => {
    const { msg, csvRows } = message();
    const sink = await extractBuffer('m.msg', msg);
    expect(sink.problems).toEqual([]);
    expect(sink.units.map((u) => u.location)).toEqual(['m.msg!/body', 'm.msg!/客户.csv', 'm.msg!/转发：名单.msg!/body']);
    expect(sink.unit('m.msg!/body')?.text).toBe(
      'From: 销售部 张伟 <zhang.wei@corp.example.com>\nTo: 王芳\nRecipients: 王芳 <wangfang1986@gmail.com>\nSubject: 客户资料\n\n王总：\n附件是本季度的客户名单，请查收。\n',
    );
    expect(sink.unit('客户.csv')?.text).toContain(csvRows[29]); // decoded from GBK, past the 4096-byte cutoff
    const verdict = await scanItem({ kind: 'buffer', name: 'm.msg', data: msg }, 'm.msg', { engine: defaultEngine(), thresholds: THRESHOLDS, limits: DEFAULT_LIMITS, reveal: false });
    expect(verdict.records).toBe(44); // 30 + 12 rows, and the sender and the recipient, each a name with an address
    expect(verdict.sensitivity).toBe('secret');
  });

  it('reads a contact item (IPM.Contact) as a record, and 12 contacts forwarded "as Outlook contacts" as 12', async () => {
    const rng = makeRng(77);
    const person = () => ({ name: chineseName(rng), mobile: mobile(rng), id: residentId(rng) });
    /** What Outlook keeps of a contact: its name in parts, numbers, company, an e-mail address in a named property, notes in the body. */
    const contact = (p: ReturnType<typeof person>): CfbNode[] => [
      PROPERTIES,
      text('001A', 'IPM.Contact'),
      text('0037', p.name),
      text('3001', p.name),
      text('3A11', p.name[0]!),
      text('3A06', p.name.slice(1)),
      text('3A1C', p.mobile),
      text('3A08', '0512-80033192'),
      text('3A16', '苏州云帆环保科技有限公司'),
      text('8083', `kehu${p.mobile.slice(-4)}@example.cn`),
      text('1000', `身份证 ${p.id}\r\n老客户`),
    ];
    const one = person();
    const v = await scanItem({ kind: 'buffer', name: `${one.name}.msg`, data: buildCfb(contact(one)) }, 'c.msg', { engine: defaultEngine(), thresholds: THRESHOLDS, limits: DEFAULT_LIMITS, reveal: true });
    expect(v.records).toBe(1);
    expect(v.findings.map((f) => [f.detector, f.values]).sort()).toEqual(
      [
        ['cn_landline', ['051280033192']],
        ['cn_mobile', [one.mobile]],
        ['cn_resident_id', [one.id]],
        ['email', [`kehu${one.mobile.slice(-4)}@example.cn`]],
        ['person_name_zh', [one.name]],
      ].sort(),
    );
    const people = Array.from({ length: 12 }, person);
    const mail = buildCfb([
      PROPERTIES,
      text('0037', 'FW: 联系人'),
      text('1000', '见附件'),
      ...people.map((p, i) => ({
        name: `__attach_version1.0_#0000000${i.toString(16).toUpperCase()}`,
        children: [text('3707', p.name), { name: '__substg1.0_3701000D', children: contact(p) }],
      })),
    ]);
    const forwarded = await scanItem({ kind: 'buffer', name: 'fw.msg', data: mail }, 'fw.msg', { engine: defaultEngine(), thresholds: THRESHOLDS, limits: DEFAULT_LIMITS, reveal: true });
    expect([forwarded.records, forwarded.sensitivity]).toEqual([12, 'secret']);
  });

  it('gives every damaged copy a verdict: data found, or a reason (bytes overwritten anywhere)', async () => {
    await expectEveryMutantJudged('m.msg', message().msg, 9);
  });

  it('reads an HTML body when there is no plain one, and says when a compressed RTF body is damaged', async () => {
    const html = buildCfb([PROPERTIES, text('0037', '名单'), binary('1013', Buffer.from('<table><tr><td>李娜</td><td>13800138000</td></tr></table>'))]);
    expect((await extractBuffer('h.msg', html)).unit('!/body')?.text).toContain('李娜\t13800138000');
    const rtf = await extractBuffer('r.msg', buildCfb([PROPERTIES, text('0037', '名单'), binary('1009', Buffer.from('LZFu'))]));
    expect(rtf.problems).toEqual([{ reason: 'corrupt', location: 'r.msg!/body', detail: 'compressed RTF shorter than its header' }]);
    expect(rtf.unit('r.msg!/body')?.text).toBe('Subject: 名单\n');
  });
});
