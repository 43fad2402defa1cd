import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../test/support/extract-harness.js';
import { defaultEngine, THRESHOLDS } from '../../test/support/engine.js';
import { chineseName, makeRng, mobile } from '../../test/support/synth.js';
import { scanItem } from '../scan/scan-item.js';
import { DEFAULT_LIMITS } from '../types.js';
import { contactDocumentKind } from './contact-documents.js';

const rng = makeRng(4711);
const people = Array.from({ length: 6 }, (_, i) => ({ name: chineseName(rng), mobile: mobile(rng), mail: `kehu${i}@example.cn` }));
const dashed = (m: string): string => `+86-${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;

/** RFC 7095's shape, as a CRM sync writes it. */
const jcard = JSON.stringify(
  people.map((p) => [
    'vcard',
    [
      ['version', {}, 'text', '4.0'],
      ['fn', {}, 'text', p.name],
      ['n', {}, 'text', [p.name[0], p.name.slice(1), '', '', '']],
      ['tel', { type: ['cell', 'voice'] }, 'uri', `tel:${dashed(p.mobile)}`],
      ['email', { type: 'work' }, 'text', p.mail],
    ],
  ]),
  null,
  2,
);

/** RFC 6351's shape. */
const xcard = `<?xml version="1.0" encoding="UTF-8"?>
<vcards xmlns="urn:ietf:params:xml:ns:vcard-4.0">
${people
  .map(
    (p) => `  <vcard>
    <fn><text>${p.name}</text></fn>
    <n><surname>${p.name[0]}</surname><given>${p.name.slice(1)}</given><additional/><prefix/><suffix/></n>
    <tel><parameters><type><text>cell</text><text>voice</text></type></parameters><uri>tel:${dashed(p.mobile)}</uri></tel>
    <email><text>${p.mail}</text></email>
    <org><text>华东电气 &amp; 仪表有限公司</text></org>
  </vcard>`,
  )
  .join('\n')}
</vcards>
`;

/** What Windows Contacts writes for one person (Vista to 10). */
const windowsContact = (p: (typeof people)[number]): string => `<?xml version="1.0" encoding="UTF-8"?>
<c:contact c:Version="1" xmlns:c="http://schemas.microsoft.com/Contact" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
\t<c:NameCollection><c:Name c:ElementID="00c2a110"><c:FormattedName>${p.name}</c:FormattedName><c:FamilyName>${p.name[0]}</c:FamilyName><c:GivenName>${p.name.slice(1)}</c:GivenName></c:Name></c:NameCollection>
\t<c:PhoneNumberCollection><c:PhoneNumber c:ElementID="59ab8c9c"><c:Number>${p.mobile}</c:Number><c:LabelCollection><c:Label>Cellular</c:Label></c:LabelCollection></c:PhoneNumber></c:PhoneNumberCollection>
\t<c:EmailAddressCollection><c:EmailAddress c:ElementID="1"><c:Address>${p.mail}</c:Address></c:EmailAddress></c:EmailAddressCollection>
</c:contact>
`;

const scan = (name: string, text: string) => scanItem({ kind: 'buffer', name, data: Buffer.from(text) }, name, { engine: defaultEngine(), thresholds: THRESHOLDS, limits: DEFAULT_LIMITS, reveal: true });

describe('address books written as one document', () => {
  it('knows jCard, xCard and Windows Contacts by their content', () => {
    expect([jcard, xcard, windowsContact(people[0]!), '[["x", 1]]', '<vcard/>'].map(contactDocumentKind)).toEqual(['jcard', 'xcard', 'windows-contact', null, null]);
  });

  it.each([
    ['jCard', 'contacts.json', jcard],
    ['xCard', 'contacts.xml', xcard],
  ])('reads a %s document as a contact a row: every person a record with its name', async (_, name, text) => {
    const v = await scan(name, text);
    expect(v.records).toBe(6);
    expect(new Set(v.findings.find((f) => f.detector === 'person_name_zh')?.values)).toEqual(new Set(people.map((p) => p.name)));
    expect(new Set(v.findings.find((f) => f.detector === 'cn_mobile')?.values)).toEqual(new Set(people.map((p) => p.mobile)));
  });

  it('reads a Windows .contact as a record, and its XML entities decoded', async () => {
    const p = people[0]!;
    const v = await scan(`${p.name}.contact`, windowsContact(p));
    expect(v.records).toBe(1);
    expect(v.findings.find((f) => f.detector === 'person_name_zh')?.values).toEqual([p.name]);
    const sink = await extractBuffer('contacts.xml', Buffer.from(xcard));
    expect(sink.units[0]!.text).toContain('华东电气 & 仪表有限公司');
  });

  it('reads a hostile document (200,000 elements left open) in linear work, and its text still', async () => {
    const p = people[1]!;
    const hostile = `<vcards xmlns="urn:ietf:params:xml:ns:vcard-4.0">${'<vcard><fn><text>'.repeat(200_000)}${p.name} ${p.mobile}</vcards>`;
    const v = await scan('x.xml', hostile); // a backtracking pattern here takes minutes, not milliseconds
    expect(v.findings.map((f) => f.values).flat()).toContain(p.mobile);
  });

  it('reads a document that does not parse as the text it is', async () => {
    const broken = jcard.slice(0, -40);
    const sink = await extractBuffer('contacts.json', Buffer.from(broken));
    expect(sink.units[0]!.text).toContain(people[0]!.name);
    expect(sink.units[0]!.text).toContain(dashed(people[0]!.mobile));
  });
});
