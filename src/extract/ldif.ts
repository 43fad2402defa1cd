// LDIF address books: what Thunderbird's "Export" writes (and LDAP
// directory dumps). An entry is `attribute: value` lines ended by a blank
// line; a value that is not plain ASCII — every Chinese name — is base64
// after a double colon (`cn:: 5byg5Lyf`), so read as text a 60-contact book
// gave no names and records that paired a line's mail with the next line's
// mobile. Here each entry is a row of the contact table (contact-rows.ts):
// the name from sn and givenName (else displayName or cn), mobile under 手机,
// other telephone numbers under 电话, mail, organisation, title, address
// parts, description; other attributes as `name: value` under 其他; the dn,
// object classes, timestamps and `attr:<` references are not read, and
// binary values (jpegPhoto, certificates) are no cells: the text extractor's
// base64 scanner reads them as files (a zip put in a photo is read).
// Lines are unfolded as vCard's are.
import { cell, Contact, ContactTable, joinName, unfolder, type ContactColumn } from './contact-rows.js';
import type { UnitWriter } from './types.js';

/** Whether a text file is LDIF: after comments, an optional `version: 1`, its first line is a dn. */
export const isLdif = (sample: string): boolean => /^\ufeff?(?:#[^\n]*\n|[ \t]*\r?\n)*(?:version:[ \t]*1[ \t]*\r?\n(?:[ \t]*\r?\n)*)?dn::?[ \t]/i.test(sample);

const SKIPPED = new Set(['dn', 'objectclass', 'changetype', 'modifytimestamp', 'createtimestamp', 'version', 'mozillausehtmlmail', 'xmozillausehtmlmail', 'mozillausehtml']);
const BINARY = /^(?:jpegphoto|photo|thumbnailphoto|usercertificate|usersmimecertificate|cacertificate|audio)(?:;|:)/i;
const COLUMN_OF: Record<string, ContactColumn> = {
  mobile: '手机',
  mobiletelephonenumber: '手机',
  cellphone: '手机',
  telephonenumber: '电话',
  homephone: '电话',
  hometelephonenumber: '电话',
  facsimiletelephonenumber: '电话',
  pager: '电话',
  pagerphone: '电话',
  mail: '邮箱',
  mozillasecondemail: '邮箱',
  o: '单位',
  ou: '单位',
  company: '单位',
  title: '职务',
  birthyear: '生日',
  birthmonth: '生日',
  birthday: '生日',
};
const ADDRESS = /address|street|locality|state|postalcode|country|^(?:l|st|c)$/;

export function ldifRowWriter(out: UnitWriter): UnitWriter {
  const table = new ContactTable(out);
  let entry: Contact | null = null;
  let family = '';
  let given = '';
  let display = '';
  let cn = '';
  const end = (): void => {
    if (!entry) return;
    entry.partsName = joinName(family, given);
    entry.fullName = display || cn;
    table.row(entry);
    entry = null;
    family = given = display = cn = '';
  };
  const take = (line: string): void => {
    if (line.trim() === '') return void end();
    if (line.startsWith('#')) return;
    const m = /^([A-Za-z][\w-]*)(?:;[^:]*)?:(:?)[ \t]*(.*)$/.exec(line);
    if (!m) return void table.loose(line);
    const name = m[1]!.toLowerCase();
    const value = m[2] === ':' ? Buffer.from(m[3]!, 'base64').toString('utf8') : m[3]!;
    if (name === 'dn') {
      end();
      entry = table.contact();
      return;
    }
    if (SKIPPED.has(name) || m[3]!.startsWith('<')) return;
    if (!entry) return void table.loose(line);
    if (name === 'sn' || name === 'surname') family = cell(value);
    else if (name === 'givenname' || name === 'gn') given = cell(value);
    else if (name === 'displayname') display = cell(value);
    else if (name === 'cn' || name === 'commonname') cn = cell(value);
    else if (name === 'description' || name === 'note') entry.note(value);
    else if (COLUMN_OF[name]) entry.add(COLUMN_OF[name], value);
    else if (ADDRESS.test(name)) entry.add('地址', value);
    else entry.add('其他', `${m[1]}: ${value}`);
  };
  return unfolder(table, take, { binary: (line) => entry !== null && BINARY.test(line), finish: end });
}
