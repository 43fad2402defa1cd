// An Outlook contact item (message class IPM.Contact: a contact saved from
// Outlook as .msg, forwarded "as an Outlook contact", or carried in a
// winmail.dat) keeps its person in MAPI properties (MS-OXOCNTC), not in a
// body. Given its string properties by tag, this makes it a row of the
// contact table (contact-rows.ts), so each contact is a record.
import { ContactTable, joinName, type ContactColumn } from './contact-rows.js';
import type { ExtractContext } from './types.js';

export const isContactClass = (messageClass: string): boolean => /^IPM\.Contact/i.test(messageClass.trim());

const phones = (column: ContactColumn, tags: readonly number[]): Array<[number, ContactColumn]> => tags.map((t) => [t, column]);

/** A contact's string properties and the column each goes under. */
const COLUMNS: ReadonlyArray<[tag: number, column: ContactColumn]> = [
  ...phones('手机', [0x3a1c, 0x3a1e]), // mobile, car phone
  // business, business 2, home, home 2, primary, company main, faxes, assistant, other, pager, callback, radio, ISDN
  ...phones('电话', [0x3a08, 0x3a1b, 0x3a09, 0x3a2f, 0x3a1a, 0x3a57, 0x3a24, 0x3a25, 0x3a23, 0x3a2e, 0x3a1f, 0x3a21, 0x3a02, 0x3a1d, 0x3a2d]),
  [0x3a16, '单位'], // company
  [0x3a18, '单位'], // department
  [0x3a17, '职务'],
  // postal address, street, city, state, postal code, country; then the home address's
  ...phones('地址', [0x3a15, 0x3a29, 0x3a27, 0x3a28, 0x3a2a, 0x3a26, 0x3a5d, 0x3a59, 0x3a5c, 0x3a5b, 0x3a5a]),
  [0x3a48, '亲属'], // spouse
  [0x3a30, '亲属'], // assistant
  [0x3a58, '亲属'], // children
  [0x3a4f, '其他'], // nickname
];
const SURNAME = 0x3a11;
const GIVEN_NAME = 0x3a06;
const MIDDLE_NAME = 0x3a44;
const DISPLAY_NAME = 0x3001;
const SUBJECT = 0x0037;
const BODY = 0x1000;

/** The contact in `strings` (string properties by tag; named ones, 0x8000 and up, are e-mail addresses, a business address …) as a table unit at `location`. */
export function writeContact(strings: ReadonlyMap<number, string>, location: string, ctx: ExtractContext): void {
  const get = (tag: number): string => strings.get(tag) ?? '';
  const table = new ContactTable(ctx.sink.open(location, { kind: 'table', delimiter: '\t' }));
  const contact = table.contact();
  contact.partsName = joinName(get(SURNAME), get(GIVEN_NAME), get(MIDDLE_NAME));
  contact.fullName = get(DISPLAY_NAME) || get(SUBJECT);
  for (const [tag, column] of COLUMNS) contact.add(column, get(tag));
  for (const [tag, value] of strings) {
    // Email1EmailAddress and its kin; the rest (display names, a business address, a web page) with the others.
    if (tag >= 0x8000) contact.add(/^[^\s@]+@[^\s@]+$/.test(value.trim()) ? '邮箱' : '其他', value);
  }
  contact.note(get(BODY));
  table.row(contact);
  table.end();
}
