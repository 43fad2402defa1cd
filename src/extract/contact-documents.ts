// Address books written as one document rather than line by line: jCard
// (RFC 7095, vCard as JSON), xCard (RFC 6351, vCard as XML) and Windows
// Contacts (`.contact`, one person's XML). Read as text, a person's name and
// numbers sit between brackets and tags on lines of their own: no record,
// and no name (`<c:FormattedName>朱钰</c:FormattedName>` is no label). Each
// contact becomes a vCard property list and then a row of the contact table
// (contact-rows.ts, vcard.ts), as a .vcf's cards do.
//
// The document is held whole to be parsed, up to MAX_DOCUMENT_CHARS; a
// larger one, or one that does not parse, is written as the text it is
// (nothing is dropped: it is still scanned, as any text).
import { ContactTable } from './contact-rows.js';
import type { UnitWriter } from './types.js';
import { take, type Property } from './vcard.js';

export type ContactDocument = 'jcard' | 'xcard' | 'windows-contact';

/** Largest document parsed (characters). */
export const MAX_DOCUMENT_CHARS = 16 << 20;

export function contactDocumentKind(sample: string): ContactDocument | null {
  if (/^\ufeff?\s*\[\s*(?:\[\s*)?"vcard"/.test(sample)) return 'jcard';
  if (/<vcards\b[^>]*urn:ietf:params:xml:ns:vcard-4\.0/.test(sample)) return 'xcard';
  if (/<c:contact\b[^>]*schemas\.microsoft\.com\/Contact/.test(sample)) return 'windows-contact';
  return null;
}

const property = (name: string, value: string, types: readonly string[] = []): Property => ({
  name: name.toUpperCase(),
  params: new Map(types.length ? [['TYPE', types.map((t) => t.toUpperCase())]] : []),
  value,
});
/** Components of a structured value, `;` and `\` escaped as vCard writes them. */
const structured = (parts: readonly unknown[]): string => parts.map((p) => String(p ?? '').replace(/[\\;]/g, '\\$&')).join(';');

/** jCard: ["vcard", [[name, params, type, value…], …]], or a list of them. */
function* jcards(text: string): Generator<Property[]> {
  const doc: unknown = JSON.parse(text);
  const cards = Array.isArray(doc) && doc[0] === 'vcard' ? [doc] : Array.isArray(doc) ? doc : [];
  for (const card of cards) {
    if (!Array.isArray(card) || card[0] !== 'vcard' || !Array.isArray(card[1])) continue;
    const props: Property[] = [];
    for (const p of card[1] as unknown[]) {
      if (!Array.isArray(p) || typeof p[0] !== 'string') continue;
      const params = (p[1] ?? {}) as Record<string, unknown>;
      const types = ([] as unknown[]).concat(params.type ?? []).map(String);
      const values = p.slice(3).map((v: unknown) => (Array.isArray(v) ? structured(v) : String(v ?? '')));
      props.push(property(p[0], values.join(','), types));
    }
    yield props;
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string): string =>
  s.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi, (m, hex: string, dec: string, name: string) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : (ENTITIES[name] ?? m),
  );
/** The text of every `<tag>` in `xml` (namespace prefix aside), in order. */
const texts = (xml: string, tag: string): string[] =>
  Array.from(xml.matchAll(new RegExp(`<(?:\\w+:)?${tag}\\b[^>]*>([^<]*)</(?:\\w+:)?${tag}>`, 'g')), (m) => unescapeXml(m[1]!));
const first = (xml: string, tag: string): string => texts(xml, tag)[0] ?? '';
/** The parts of `xml` inside each `<tag>…</tag>` (namespace prefix aside). */
const blocks = (xml: string, tag: string): string[] =>
  Array.from(xml.matchAll(new RegExp(`<(?:\\w+:)?${tag}\\b[^>]*>([\\s\\S]*?)</(?:\\w+:)?${tag}>`, 'g')), (m) => m[1]!);

/** xCard: <vcard> elements, a property an element, its value in <text>/<uri>…, N's and ADR's parts in elements of their own. */
function* xcards(text: string): Generator<Property[]> {
  for (const card of blocks(text, 'vcard')) {
    const props: Property[] = [];
    for (const m of card.matchAll(/<([a-z][\w-]*)\b[^>]*>([\s\S]*?)<\/\1>/g)) {
      const [, name, body] = m as unknown as [string, string, string];
      const types = texts(blocks(blocks(body, 'parameters').join(''), 'type').join(''), 'text');
      const content = body.replace(/<parameters>[\s\S]*?<\/parameters>/g, '');
      const value =
        name === 'n'
          ? structured(['surname', 'given', 'additional', 'prefix', 'suffix'].map((t) => first(content, t)))
          : name === 'adr'
            ? structured(['pobox', 'ext', 'street', 'locality', 'region', 'code', 'country'].map((t) => first(content, t)))
            : Array.from(content.matchAll(/<(?:text|uri|date|date-time|timestamp)>([^<]*)<\//g), (v) => unescapeXml(v[1]!)).join(',');
      props.push(property(name, value, types));
    }
    yield props;
  }
}

/** Windows Contacts: one <c:contact>, its name, numbers (a Cellular label: a mobile), addresses, company and notes in collections. */
function* windowsContacts(text: string): Generator<Property[]> {
  for (const c of blocks(text, 'contact')) {
    const props: Property[] = [];
    for (const name of blocks(c, 'Name')) {
      props.push(property('N', structured([first(name, 'FamilyName'), first(name, 'GivenName'), first(name, 'MiddleName')])));
      props.push(property('FN', first(name, 'FormattedName')));
    }
    for (const phone of blocks(c, 'PhoneNumber')) props.push(property('TEL', first(phone, 'Number'), texts(phone, 'Label').includes('Cellular') ? ['CELL'] : []));
    for (const mail of blocks(c, 'EmailAddress')) props.push(property('EMAIL', first(mail, 'Address')));
    for (const at of blocks(c, 'Position')) props.push(property('ORG', first(at, 'Company')), property('TITLE', first(at, 'JobTitle')));
    for (const at of blocks(c, 'PhysicalAddress')) props.push(property('ADR', structured(['', '', ...['Street', 'Locality', 'Region', 'PostalCode', 'Country'].map((t) => first(at, t))])));
    props.push(property('NOTE', first(c, 'Notes')));
    yield props;
  }
}

const READERS: Record<ContactDocument, (text: string) => Iterable<Property[]>> = { jcard: jcards, xcard: xcards, 'windows-contact': windowsContacts };

export function contactDocumentWriter(kind: ContactDocument, out: UnitWriter): UnitWriter {
  const table = new ContactTable(out);
  let held = '';
  let passing = false;
  return {
    write(chunk) {
      const text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
      if (passing) return void out.write(text);
      held += text;
      if (held.length > MAX_DOCUMENT_CHARS) {
        // Too large to parse: read as the text it is.
        out.write(held);
        held = '';
        passing = true;
      }
    },
    end() {
      if (!passing) {
        try {
          for (const props of READERS[kind](held)) {
            const contact = table.contact();
            for (const p of props) take(contact, p);
            table.row(contact);
          }
        } catch {
          // A document that does not parse: its text is still read.
          out.write(held);
        }
      }
      table.end();
    },
  };
}
