import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../test/support/extract-harness.js';
import { png } from '../../test/support/png-writer.js';
import { defaultEngine, THRESHOLDS } from '../../test/support/engine.js';
import { chineseName, email, makeRng, mobile, residentId } from '../../test/support/synth.js';
import { scanItem } from '../scan/scan-item.js';
import { DEFAULT_LIMITS } from '../types.js';
import { CONTACT_COLUMNS, MAX_LINE_CHARS, MAX_ROW_CHARS } from './contact-rows.js';
import { isVcard } from './vcard.js';

const qp = (text: string, charset = 'utf-8'): string => [...iconv.encode(text, charset)].map((b) => `=${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
/** Quoted-printable cut at 76 columns with soft breaks, as Android writes a long value. */
const softWrapped = (line: string): string => (line.match(/.{1,73}(?:=[0-9A-F]{2})?/g) ?? []).join('=\r\n');

const rng = makeRng(8080);
const people = Array.from({ length: 60 }, () => ({ name: chineseName(rng), mobile: mobile(rng), id: residentId(rng), email: email(rng) }));

/** Android's "Export contacts": vCard 2.1, names in quoted-printable UTF-8. */
const android = people
  .map((p) =>
    [
      'BEGIN:VCARD',
      'VERSION:2.1',
      `N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${qp(p.name[0]!)};${qp(p.name.slice(1))};;;`,
      softWrapped(`FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${qp(p.name)}`),
      `TEL;CELL:${p.mobile.slice(0, 3)}-${p.mobile.slice(3, 7)}-${p.mobile.slice(7)}`,
      `TEL;WORK:010-6552${String(rng.int(1000, 9999))}`,
      'END:VCARD',
      '',
    ].join('\r\n'),
  )
  .join('');

/** iPhone/iCloud: vCard 3.0, UTF-8 as it is, folded lines, grouped properties, a photo. */
const iphone = people
  .map((p) =>
    [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'PRODID:-//Apple Inc.//iPhone OS 17.4//EN',
      `N:${p.name[0]};${p.name.slice(1)};;;`,
      `FN:${p.name}`,
      `ORG:华东电气有限公司;销售部`,
      `item1.EMAIL;type=INTERNET;type=pref:${p.email}`,
      'item1.X-ABLabel:_$!<Other>!$_',
      `TEL;type=CELL;type=VOICE;type=pref:+86 ${p.mobile.slice(0, 3)} ${p.mobile.slice(3, 7)} ${p.mobile.slice(7)}`,
      `NOTE:身份证 ${p.id.slice(0, 9)}`,
      ` ${p.id.slice(9)}\\n常住地址见合同`,
      'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U',
      ' HRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgy',
      'END:VCARD',
      '',
    ].join('\r\n'),
  )
  .join('');

async function scanVcf(name: string, data: Buffer) {
  return scanItem({ kind: 'buffer', name, data }, name, { engine: defaultEngine(), thresholds: THRESHOLDS, limits: DEFAULT_LIMITS, reveal: true });
}

describe('vCard address books', () => {
  it('knows a vCard file by its first line, not by its name', () => {
    expect(isVcard('\ufeffBEGIN:VCARD\r\nVERSION:3.0\r\n')).toBe(true);
    expect(isVcard('begin:vcard\nversion:2.1\n')).toBe(true);
    expect(isVcard('导出说明：下面是 BEGIN:VCARD 格式\nBEGIN:VCARD\n')).toBe(false);
  });

  it('makes a row per card under labelled columns: names out of quoted-printable, soft breaks joined', async () => {
    const sink = await extractBuffer('contacts.txt', Buffer.from(android));
    expect(sink.problems).toEqual([]);
    const lines = sink.units[0]!.text.split('\n');
    expect(lines[0]).toBe(CONTACT_COLUMNS.join('\t'));
    const p = people[0]!;
    expect(lines[1]!.split('\t').slice(0, 2)).toEqual([p.name, `${p.mobile.slice(0, 3)}-${p.mobile.slice(3, 7)}-${p.mobile.slice(7)}`]);
    expect(lines.filter((l) => l !== '')).toHaveLength(61);
  });

  it.each([
    ['Android (vCard 2.1, quoted-printable)', android],
    ['iPhone (vCard 3.0, folded, with photos)', iphone],
  ])('counts %s of 60 contacts as 60 records with every name', async (_, vcf) => {
    const v = await scanVcf('contacts.vcf', Buffer.from(vcf));
    expect(v.records).toBe(60);
    expect(v.sensitivity).toBe('secret');
    expect(new Set(v.findings.find((f) => f.detector === 'person_name_zh')?.values)).toEqual(new Set(people.map((p) => p.name)));
    // (and the mobiles some e-mail addresses are made of)
    const mobiles = new Set(v.findings.find((f) => f.detector === 'cn_mobile')?.values);
    expect(people.filter((p) => !mobiles.has(p.mobile))).toEqual([]);
  });

  it('reads a folded NOTE whole: the ID cut by the fold is one value', async () => {
    const v = await scanVcf('contacts.vcf', Buffer.from(iphone));
    expect(new Set(v.findings.find((f) => f.detector === 'cn_resident_id')?.values)).toEqual(new Set(people.map((p) => p.id)));
  });

  it('decodes a GBK quoted-printable name (older phones) and a base64 one', async () => {
    const p = people[1]!;
    const q = people[2]!;
    const vcf = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      `FN;CHARSET=GBK;ENCODING=QUOTED-PRINTABLE:${qp(p.name, 'gbk')}`,
      `TEL;CELL;VOICE:${p.mobile}`,
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:3.0',
      `FN;ENCODING=b;CHARSET=UTF-8:${Buffer.from(q.name).toString('base64')}`,
      `TEL;TYPE=cell:${q.mobile}`,
      'END:VCARD',
      '',
    ].join('\n');
    const v = await scanVcf('two.vcf', Buffer.from(vcf));
    expect(v.records).toBe(2);
    expect(new Set(v.findings.find((f) => f.detector === 'person_name_zh')?.values)).toEqual(new Set([p.name, q.name]));
  });

  it('reads Outlook\'s "Save as vCard": raw GBK bytes under CHARSET=gb2312', async () => {
    const p = people[5]!;
    const card = ['BEGIN:VCARD', 'VERSION:2.1', `N;LANGUAGE=zh-cn;CHARSET=gb2312:${p.name[0]};${p.name.slice(1)}`, `FN;CHARSET=gb2312:${p.name}`, 'ORG;CHARSET=gb2312:西安星辰电子有限公司', `TEL;CELL;VOICE:${p.mobile}`, 'END:VCARD', ''].join('\r\n');
    const v = await scanVcf(`${p.name}.vcf`, iconv.encode(card, 'gbk'));
    expect(v.unscannable).toEqual([]);
    expect(v.records).toBe(1);
    expect(v.findings.find((f) => f.detector === 'person_name_zh')?.values).toEqual([p.name]);
  });

  it('reads a folded photo as one picture: a small one is nothing to report, one a list could be shown in is said', async () => {
    const p = people[6]!;
    const card = (picture: Buffer) => {
      const folded = (picture.toString('base64').match(/.{1,74}/g) ?? []).join('\r\n ');
      return Buffer.from(['BEGIN:VCARD', 'VERSION:3.0', `FN:${p.name}`, `TEL;type=CELL:${p.mobile}`, `PHOTO;ENCODING=b;TYPE=PNG:${folded}`, 'END:VCARD', ''].join('\r\n'));
    };
    const small = await scanVcf('card.vcf', card(png(96, 96)));
    expect([small.records, small.unscannable]).toEqual([1, []]);
    const large = await scanVcf('card.vcf', card(png(800, 600)));
    expect(large.unscannable.map((u) => u.reason)).toEqual(['no-text-layer']);
  });

  it('reads related names (Apple\'s spouse or assistant, Android\'s relation) as names of the card\'s row', async () => {
    const [p, q, r] = [people[7]!, people[8]!, people[9]!];
    const vcf = [
      `BEGIN:VCARD\nVERSION:3.0\nFN:${p.name}\nTEL;type=CELL:${p.mobile}\nitem9.X-ABRELATEDNAMES;type=pref:${q.name}\nitem9.X-ABLabel:_$!<Spouse>!$_\nEND:VCARD`,
      `BEGIN:VCARD\nVERSION:2.1\nFN:${p.name}\nTEL;CELL:${p.mobile}\nX-ANDROID-CUSTOM:vnd.android.cursor.item/relation;${r.name};14;;;;;;;;;;;;;\nEND:VCARD`,
      '',
    ].join('\n');
    const v = await scanVcf('related.vcf', Buffer.from(vcf));
    expect(new Set(v.findings.find((f) => f.detector === 'person_name_zh')?.values)).toEqual(new Set([p.name, q.name, r.name]));
    expect(v.records).toBe(1);
  });

  it('keeps the lines of a multi-line NOTE as rows: a list pasted into one contact is still a list', async () => {
    const list = people.slice(0, 12).map((p) => `${p.name} ${p.mobile}`).join('\\n');
    const vcf = `BEGIN:VCARD\nVERSION:3.0\nFN:客户名单\nNOTE:${list}\nEND:VCARD\n`;
    const v = await scanVcf('one.vcf', Buffer.from(vcf));
    expect(v.records).toBe(12);
  });

  it('a single business card is one record, and a card without a person field none', async () => {
    const p = people[3]!;
    const card = await scanVcf('me.vcf', Buffer.from(`BEGIN:VCARD\nVERSION:3.0\nN:${p.name[0]};${p.name.slice(1)};;;\nFN:${p.name}\nTEL;TYPE=CELL:${p.mobile}\nEND:VCARD\n`));
    expect([card.records, card.sensitivity]).toEqual([1, 'internal']);
    const firm = await scanVcf('firm.vcf', Buffer.from('BEGIN:VCARD\nVERSION:3.0\nFN:华东电气有限公司\nORG:华东电气有限公司\nTEL;TYPE=WORK:010-65521234\nEND:VCARD\n'));
    expect(firm.records).toBe(0);
  });

  it('holds a row to its bound: a card of 20,000 numbers has every number read, those past the bound as lines', async () => {
    const numbers = Array.from({ length: 20_000 }, (_, i) => `1390000${String(i).padStart(4, '0')}`);
    const vcf = `BEGIN:VCARD\nFN:${people[0]!.name}\n${numbers.map((n) => `TEL;TYPE=CELL:${n}`).join('\n')}\nEND:VCARD\n`;
    const sink = await extractBuffer('many.vcf', Buffer.from(vcf));
    const lines = sink.units[0]!.text.split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(MAX_ROW_CHARS + 200);
    const text = sink.units[0]!.text;
    expect(numbers.every((n) => text.includes(n))).toBe(true);
  });

  it('bounds what it holds: a picture on one unfolded line is skipped, an endless value written out as text', async () => {
    const p = people[4]!;
    const photo = 'A'.repeat(3 * MAX_LINE_CHARS);
    const huge = `${'备注 '.repeat(MAX_LINE_CHARS)}${p.mobile}`;
    const vcf = `BEGIN:VCARD\nFN:${p.name}\nPHOTO;ENCODING=b:${photo}\nTEL;TYPE=CELL:${p.mobile}\nNOTE:${huge}\nEND:VCARD\n`;
    const sink = await extractBuffer('big.vcf', Buffer.from(vcf));
    const text = sink.units[0]!.text;
    expect(text).not.toContain('AAAA');
    const row = text.split('\n').find((l) => l.startsWith(p.name)) ?? '';
    expect(row.split('\t').slice(0, 2)).toEqual([p.name, p.mobile]);
    expect(text.split('\n').some((l) => l.endsWith(p.mobile) && l.startsWith('NOTE:'))).toBe(true);
  });
});
