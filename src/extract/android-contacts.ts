// Android's contacts database (contacts2.db, in a phone backup): a person is
// spread over rows of its `data` table — one for the name, one per number,
// one per address … — each tagged with a MIME type (`mimetypes`) and the
// raw contact it belongs to. Read table by table, no row holds two fields
// of one person: 45 contacts were 45 names and 90 numbers, no record. Here
// the rows are gathered per raw contact, in order, into rows of the contact
// table (contact-rows.ts): `contacts2.db#contacts`.
import type { Database } from 'sql.js';
import { Contact, ContactTable, joinName, type ContactColumn } from './contact-rows.js';
import type { ExtractContext } from './types.js';

/** The tables Android's contacts provider keeps a person's details in. */
export const isAndroidContacts = (tables: readonly string[]): boolean => ['data', 'mimetypes', 'raw_contacts'].every((t) => tables.includes(t));

const QUERY = 'SELECT d.raw_contact_id, m.mimetype, d.data1, d.data2, d.data3, d.data4 FROM data d JOIN mimetypes m ON m._id = d.mimetype_id ORDER BY d.raw_contact_id, d._id';

/** ContactsContract's kinds of data row, by the end of their MIME type, and where data1 goes. */
const COLUMN_OF: Record<string, ContactColumn> = {
  email_v2: '邮箱',
  organization: '单位',
  'postal-address_v2': '地址',
  relation: '亲属',
  contact_event: '生日',
};
const SKIPPED = new Set(['photo', 'group_membership', 'identity']);
/** Phone.TYPE_MOBILE, and TYPE_WORK_MOBILE. */
const MOBILE_TYPES = new Set(['2', '17']);

const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

export function readAndroidContacts(db: Database, location: string, ctx: ExtractContext): void {
  const stmt = db.prepare(QUERY);
  const table = new ContactTable(ctx.sink.open(location, { kind: 'table', delimiter: '\t' }));
  let current: unknown = undefined;
  let contact: Contact | null = null;
  let rows = 0;
  try {
    while (stmt.step()) {
      const [id, mimetype, data1, data2, data3, data4] = stmt.get();
      if (id !== current || !contact) {
        if (contact) table.row(contact);
        contact = table.contact();
        current = id;
      }
      const kind = text(mimetype).split('/').pop() ?? '';
      const value = text(data1);
      if (kind === 'name') {
        contact.fullName = value;
        contact.partsName = joinName(text(data3), text(data2));
      } else if (kind === 'phone_v2') contact.add(MOBILE_TYPES.has(text(data2)) ? '手机' : '电话', value);
      else if (kind === 'note') contact.note(value);
      else if (kind === 'organization') {
        contact.add('单位', value);
        contact.add('职务', text(data4));
      } else if (COLUMN_OF[kind]) contact.add(COLUMN_OF[kind], value);
      else if (!SKIPPED.has(kind)) contact.add('其他', `${kind}: ${value}`);
      if ((++rows & 1023) === 0 && (ctx.signal.aborted || ctx.sink.exhausted)) break;
    }
    if (contact) table.row(contact);
  } finally {
    stmt.free();
    table.end();
  }
}
