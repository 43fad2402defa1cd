import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../test/support/extract-harness.js';
import { buildZip } from '../../test/support/zip-writer.js';
import { defaultEngine, THRESHOLDS } from '../../test/support/engine.js';
import { chineseName, makeRng, mobile, residentId } from '../../test/support/synth.js';
import { scanItem } from '../scan/scan-item.js';
import { DEFAULT_LIMITS } from '../types.js';
import { isLdif } from './ldif.js';

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
/** LDIF folds lines at 76 columns: the rest on lines starting with a space. */
const folded = (line: string): string => (line.match(/.{1,76}/g) ?? []).join('\n ');

const rng = makeRng(5150);
const people = Array.from({ length: 60 }, (_, i) => ({ name: chineseName(rng), mobile: mobile(rng), id: residentId(rng), mail: `kehu${i}@example.cn` }));

/** As Thunderbird's address book export writes it: every non-ASCII value base64 after `::`. */
const thunderbird = people
  .map((p) =>
    [
      folded(`dn:: ${b64(`cn=${p.name},mail=${p.mail}`)}`),
      'objectclass: top',
      'objectclass: person',
      'objectclass: inetOrgPerson',
      'objectclass: mozillaAbPersonAlpha',
      `givenName:: ${b64(p.name.slice(1))}`,
      `sn:: ${b64(p.name[0]!)}`,
      `cn:: ${b64(p.name)}`,
      `mail: ${p.mail}`,
      `mobile: ${p.mobile}`,
      folded(`description:: ${b64(`老客户，身份证 ${p.id}，每季度回访一次，偏好电话联系，不要发短信。`)}`),
      'modifytimestamp: 0Z',
      '',
      '',
    ].join('\n'),
  )
  .join('');

describe('LDIF address books', () => {
  it('knows LDIF by its first dn, after comments and a version line', () => {
    expect(isLdif(`dn:: ${b64('cn=张伟')}\ncn:: ${b64('张伟')}\n`)).toBe(true);
    expect(isLdif('# exported\nversion: 1\n\ndn: cn=Li Lei,mail=li@example.com\n')).toBe(true);
    expect(isLdif('说明：dn: 是 LDIF 的开头\n')).toBe(false);
  });

  it('counts a Thunderbird export of 60 contacts as 60 records with every name, ID and mobile', async () => {
    const v = await scanItem({ kind: 'buffer', name: 'abook.ldif', data: Buffer.from(thunderbird) }, 'abook.ldif', { engine: defaultEngine(), thresholds: THRESHOLDS, limits: DEFAULT_LIMITS, reveal: true });
    // the dn (cn=张伟,mail=…) is not read as a second record of each entry
    expect(v.records).toBe(60);
    expect(v.sensitivity).toBe('secret');
    const values = (d: string) => new Set(v.findings.find((f) => f.detector === d)?.values);
    expect(values('person_name_zh')).toEqual(new Set(people.map((p) => p.name)));
    expect(values('cn_mobile')).toEqual(new Set(people.map((p) => p.mobile)));
    expect(values('cn_resident_id')).toEqual(new Set(people.map((p) => p.id)));
  });

  it('reads a file put in a binary value (a zip as jpegPhoto) as an item, and no text value twice', async () => {
    const list = `姓名,手机,身份证号\n${people.slice(0, 12).map((p) => `${p.name},${p.mobile},${p.id}`).join('\n')}\n`;
    const zip = buildZip([{ name: '名单.csv', data: Buffer.from(list) }]);
    const p = people[20]!;
    const ldif = `dn:: ${b64(`cn=${p.name},mail=${p.mail}`)}\ncn:: ${b64(p.name)}\nmobile: ${p.mobile}\n${folded(`jpegPhoto:: ${zip.toString('base64')}`)}\n\n`;
    const v = await scanItem({ kind: 'buffer', name: 'abook.ldif', data: Buffer.from(ldif) }, 'abook.ldif', { engine: defaultEngine(), thresholds: THRESHOLDS, limits: DEFAULT_LIMITS, reveal: true });
    // the entry and the 12 rows of the hidden list; the dn (cn=…,mail=…) read again would be a 14th
    expect(v.records).toBe(13);
    expect(v.sensitivity).toBe('secret');
  });

  it('leaves pictures and the bookkeeping out of the rows', async () => {
    const p = people[0]!;
    const ldif = `version: 1\ndn: cn=x\nobjectclass: person\ncn:: ${b64(p.name)}\nmobile: ${p.mobile}\njpegPhoto:: ${'QUFB'.repeat(40)}\n ${'QUFB'.repeat(40)}\ntitle:: ${b64('销售经理')}\n\n`;
    const sink = await extractBuffer('a.ldif', Buffer.from(ldif));
    const rows = sink.units[0]!.text.split('\n');
    expect(rows[1]!.split('\t')).toEqual([p.name, p.mobile, '', '', '', '销售经理', '', '', '', '', '']);
    expect(sink.units[0]!.text).not.toMatch(/QUFB|person/);
  });
});
