// Address books written as one document rather than line by line: jCard
// (RFC 7095, vCard as JSON), xCard (RFC 6351, vCard as XML) and Windows
// Contacts (`.contact`, one person's XML). Read as text, a person's name and
// numbers sit between brackets and tags on lines of their own: no record,
// and no name (`<c:FormattedName>朱钰</c:FormattedName>` is no label). Each
// contact becomes a vCard property list and then a row of the contact table
// (contact-rows.ts, vcard.ts), as a .vcf's cards do.
//
// The document is held whole to be parsed (JSON.parse; the XML by saxes, as
// the office formats' parts are, xml-stream.ts), up to MAX_DOCUMENT_CHARS;
// a larger one, or one that does not parse (malformed, an element left open,
// more than MAX_ELEMENTS elements) is also written as the text it is:
// nothing is dropped.
import { ContactTable } from './contact-rows.js';
import type { UnitWriter } from './types.js';
import { take, type Property } from './vcard.js';
import { parseXmlText } from './xml-stream.js';

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

/** Elements held at most when a document is made a tree (a hostile one of millions is read as text instead). */
const MAX_ELEMENTS = 200_000;

/** An element: its local name, its text, the elements inside it. */
interface XmlNode {
  name: string;
  text: string;
  children: XmlNode[];
}

/** The document as a tree, parsed by saxes as the office formats are (xml-stream.ts); throws on malformed XML or past MAX_ELEMENTS. */
function xmlTree(text: string): XmlNode {
  const root: XmlNode = { name: '', text: '', children: [] };
  const open = [root];
  let count = 0;
  parseXmlText(text, {
    open(name) {
      if (++count > MAX_ELEMENTS) throw new Error(`more than ${MAX_ELEMENTS} elements`);
      const node: XmlNode = { name, text: '', children: [] };
      open.at(-1)!.children.push(node);
      open.push(node);
    },
    close() {
      open.pop();
    },
    text(t) {
      open.at(-1)!.text += t;
    },
  });
  return root;
}

/** The elements named `name` inside `node`, one level down. */
const childrenOf = (node: XmlNode, name: string): XmlNode[] => node.children.filter((c) => c.name === name);
/** The text of the first element named `name` inside `node`, trimmed. */
const leaf = (node: XmlNode, name: string): string => childrenOf(node, name)[0]?.text.trim() ?? '';
/** The elements found by following `path` down from `node`. */
const descend = (node: XmlNode, path: readonly string[]): XmlNode[] => path.reduce<XmlNode[]>((nodes, name) => nodes.flatMap((n) => childrenOf(n, name)), [node]);

/** xCard: <vcard> elements, a property an element, its value in <text>/<uri>…, N's and ADR's parts in elements of their own. */
function* xcards(text: string): Generator<Property[]> {
  for (const card of descend(xmlTree(text), ['vcards', 'vcard'])) {
    const props: Property[] = [];
    for (const prop of card.children) {
      const types = descend(prop, ['parameters', 'type', 'text']).map((t) => t.text.trim());
      const value =
        prop.name === 'n'
          ? structured(['surname', 'given', 'additional', 'prefix', 'suffix'].map((t) => leaf(prop, t)))
          : prop.name === 'adr'
            ? structured(['pobox', 'ext', 'street', 'locality', 'region', 'code', 'country'].map((t) => leaf(prop, t)))
            : prop.children
                .filter((c) => ['text', 'uri', 'date', 'date-time', 'timestamp'].includes(c.name))
                .map((c) => c.text.trim())
                .join(',');
      props.push(property(prop.name, value, types));
    }
    yield props;
  }
}

/** Windows Contacts: one <c:contact>, its name, numbers (a Cellular label: a mobile), addresses, company and notes in collections. */
function* windowsContacts(text: string): Generator<Property[]> {
  for (const c of childrenOf(xmlTree(text), 'contact')) {
    const props: Property[] = [];
    for (const name of descend(c, ['NameCollection', 'Name'])) {
      props.push(property('N', structured([leaf(name, 'FamilyName'), leaf(name, 'GivenName'), leaf(name, 'MiddleName')])));
      props.push(property('FN', leaf(name, 'FormattedName')));
    }
    for (const phone of descend(c, ['PhoneNumberCollection', 'PhoneNumber'])) {
      const cell = descend(phone, ['LabelCollection', 'Label']).some((l) => l.text.trim() === 'Cellular');
      props.push(property('TEL', leaf(phone, 'Number'), cell ? ['CELL'] : []));
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
        let rows = 0;
        let complete = true;
        try {
          for (const props of READERS[kind](held)) {
            const contact = table.contact();
            for (const p of props) take(contact, p);
            table.row(contact);
            rows++;
          }
        } catch {
          complete = false; // JSON or XML that does not parse, or XML of too many elements
        }
        // Not read to its end, or no contact in it: its text is read as well (rows written before a failure stand).
        if (!complete || rows === 0) out.write(held);
      }
      table.end();
    },
  };
}
