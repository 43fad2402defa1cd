// Address books written as one document rather than line by line: jCard
// (RFC 7095, vCard as JSON), xCard (RFC 6351, vCard as XML) and Windows
// Contacts (`.contact`, one person's XML). Read as text, a person's name and
// numbers sit between brackets and tags on lines of their own: no record,
// and no name (`<c:FormattedName>朱钰</c:FormattedName>` is no label). Each
// contact becomes a vCard property list and then a row of the contact table
// (contact-rows.ts, vcard.ts), as a .vcf's cards do.
//
// The document is held whole to be parsed, up to MAX_DOCUMENT_CHARS; a
// larger one, one that does not parse, or one with an element left open
// (whose rest no row holds) is also written as the text it is: nothing is
// dropped.
import { ContactTable } from './contact-rows.js';
import type { UnitWriter } from './types.js';
import { take, type Property } from './vcard.js';

export type ContactDocument = 'jcard' | 'xcard' | 'windows-contact';

/** Largest document parsed (characters). */
const MAX_DOCUMENT_CHARS = 16 << 20;

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
  s.replace(/&(?:#x([0-9a-f]{1,6})|#(\d{1,7})|(\w{2,4}));/gi, (m, hex: string, dec: string, name: string) => {
    const code = hex ? parseInt(hex, 16) : dec ? Number(dec) : -1;
    return code >= 0 ? (code <= 0x10ffff ? String.fromCodePoint(code) : m) : (ENTITIES[name] ?? m);
  });

/**
 * A walk over one XML document. `elements` gives the elements directly
 * inside a piece of it, in order: local name (a namespace prefix aside) and
 * body — found with indexOf, never a backtracking pattern (a hostile
 * document is linear work). An element left open ends the list and makes
 * the walk `complete: false` (the document's text is then read too).
 */
class XmlWalk {
  complete = true;

  *elements(xml: string): Generator<[name: string, body: string]> {
    let p = 0;
    for (;;) {
      const open = xml.indexOf('<', p);
      if (open < 0) return;
      const close = xml.indexOf('>', open);
      if (close < 0) return void (this.complete = false);
      const tag = xml.slice(open + 1, close);
      const qname = /^[A-Za-z_][\w:.-]*/.exec(tag)?.[0];
      p = close + 1;
      if (!qname) continue; // a closing tag, a comment, a declaration
      const name = qname.slice(qname.indexOf(':') + 1);
      if (tag.endsWith('/')) {
        yield [name, ''];
        continue;
      }
      const end = xml.indexOf(`</${qname}>`, p);
      if (end < 0) return void (this.complete = false);
      yield [name, xml.slice(p, end)];
      p = end + qname.length + 3;
    }
  }

  /** The bodies of the elements named `name` directly inside `xml`. */
  readonly children = (xml: string, name: string): string[] => {
    const out: string[] = [];
    for (const [n, body] of this.elements(xml)) if (n === name) out.push(body);
    return out;
  };

  /** The text of the first element named `name` directly inside `xml`. */
  readonly leaf = (xml: string, name: string): string => unescapeXml(this.children(xml, name)[0] ?? '');

  /** The bodies found by following `path` down from `xml`. */
  readonly descend = (xml: string, path: readonly string[]): string[] => path.reduce<string[]>((bodies, name) => bodies.flatMap((b) => this.children(b, name)), [xml]);
}

/** xCard: <vcard> elements, a property an element, its value in <text>/<uri>…, N's and ADR's parts in elements of their own. */
function* xcards(text: string, walk: XmlWalk): Generator<Property[]> {
  const { leaf, descend } = walk;
  for (const card of descend(text, ['vcards', 'vcard'])) {
    const props: Property[] = [];
    for (const [name, body] of walk.elements(card)) {
      const types = descend(body, ['parameters', 'type', 'text']).map(unescapeXml);
      const value =
        name === 'n'
          ? structured(['surname', 'given', 'additional', 'prefix', 'suffix'].map((t) => leaf(body, t)))
          : name === 'adr'
            ? structured(['pobox', 'ext', 'street', 'locality', 'region', 'code', 'country'].map((t) => leaf(body, t)))
            : Array.from(walk.elements(body), ([n, v]) => (['text', 'uri', 'date', 'date-time', 'timestamp'].includes(n) ? unescapeXml(v) : ''))
                .filter(Boolean)
                .join(',');
      props.push(property(name, value, types));
    }
    yield props;
  }
}

/** Windows Contacts: one <c:contact>, its name, numbers (a Cellular label: a mobile), addresses, company and notes in collections. */
function* windowsContacts(text: string, walk: XmlWalk): Generator<Property[]> {
  const { leaf, descend } = walk;
  for (const c of walk.children(text, 'contact')) {
    const props: Property[] = [];
    for (const name of descend(c, ['NameCollection', 'Name'])) {
      props.push(property('N', structured([leaf(name, 'FamilyName'), leaf(name, 'GivenName'), leaf(name, 'MiddleName')])));
      props.push(property('FN', leaf(name, 'FormattedName')));
    }
    for (const phone of descend(c, ['PhoneNumberCollection', 'PhoneNumber'])) {
      const labels = descend(phone, ['LabelCollection', 'Label']);
      props.push(property('TEL', leaf(phone, 'Number'), labels.includes('Cellular') ? ['CELL'] : []));
    }
    for (const mail of descend(c, ['EmailAddressCollection', 'EmailAddress'])) props.push(property('EMAIL', leaf(mail, 'Address')));
    for (const at of descend(c, ['PositionCollection', 'Position'])) props.push(property('ORG', leaf(at, 'Company')), property('TITLE', leaf(at, 'JobTitle')));
    for (const at of descend(c, ['PhysicalAddressCollection', 'PhysicalAddress'])) {
      props.push(property('ADR', structured(['', '', ...['Street', 'Locality', 'Region', 'PostalCode', 'Country'].map((t) => leaf(at, t))])));
    }
    props.push(property('NOTE', leaf(c, 'Notes')));
    yield props;
  }
}

const READERS: Record<ContactDocument, (text: string, walk: XmlWalk) => Iterable<Property[]>> = { jcard: jcards, xcard: xcards, 'windows-contact': windowsContacts };

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
        let rows = 0;
        const walk = new XmlWalk();
        try {
          for (const props of READERS[kind](held, walk)) {
            const contact = table.contact();
            for (const p of props) take(contact, p);
            table.row(contact);
            rows++;
          }
        } catch {
          walk.complete = false; // JSON that does not parse
        }
        // Not read to its end (it does not parse, an element is left open), or no contact in it: its text is read as well.
        if (!walk.complete || rows === 0) out.write(held);
      }
      table.end();
    },
  };
}
