// vCard address books (.vcf): what a phone's "Export contacts" writes, and
// what a salesperson's customer book is when it leaves on a phone. Each card
// becomes a row of the contact table (contact-rows.ts). Android's vCard 2.1
// writes every Chinese name in quoted-printable
// (`FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0=E4=BC=9F`): read as
// text, 30 Android contacts were 30 mobiles, no names and no records.
//
// - Lines are unfolded (a leading space or tab; in quoted-printable, a `=`
//   at a line's end goes on the next line).
// - Values are decoded: quoted-printable and base64 (`ENCODING=B`) in their
//   `CHARSET` (UTF-8, GBK/GB2312/GB18030, Big5 … through iconv-lite), and
//   the escapes of vCard 3 and 4 (`\n`, `\,`, `\;`).
// - The name is N's family and given names (张;伟 → 张伟), else FN. TEL of
//   type CELL goes under 手机, other TEL under 电话; EMAIL, ORG, TITLE, ADR,
//   BDAY and NOTE under their columns; other properties (X-QQ, IMPP, URL …)
//   as `NAME: value` under 其他. Pictures and keys (PHOTO, LOGO, SOUND, KEY)
//   are not read into rows (their base64, a picture, is still looked at as
//   any base64 block in a text file is).
//
// Text outside cards passes through as lines.
import iconv from 'iconv-lite';
import { cell, Contact, ContactTable, joinName, unfolder, type ContactColumn } from './contact-rows.js';
import type { UnitWriter } from './types.js';

/** Whether a text file is a vCard file: its first line that is not blank opens a card. */
export const isVcard = (sample: string): boolean => /^\s*BEGIN:VCARD[ \t]*\r?\n/i.test(sample);

const BINARY = new Set(['PHOTO', 'LOGO', 'SOUND', 'KEY']);
/** Bookkeeping, not content. */
const SKIPPED = new Set(['BEGIN', 'END', 'VERSION', 'PRODID', 'REV', 'UID', 'X-ABUID', 'X-ABLABEL', 'CLIENTPIDMAP', 'KIND', 'SORT-STRING', 'X-PHONETIC-FIRST-NAME', 'X-PHONETIC-LAST-NAME']);
const COLUMN_OF: Record<string, ContactColumn> = {
  EMAIL: '邮箱',
  ORG: '单位',
  TITLE: '职务',
  ROLE: '职务',
  ADR: '地址',
  LABEL: '地址',
  BDAY: '生日',
  // Apple's related names (spouse, assistant …), vCard 4's RELATED given as text
  'X-ABRELATEDNAMES': '亲属',
  RELATED: '亲属',
};

export interface Property {
  name: string;
  params: Map<string, string[]>;
  value: string;
}

/** `item1.TEL;TYPE=CELL;type=pref:138…` → name, parameters (2.1's bare `CELL` as a TYPE), raw value. */
function parseProperty(line: string): Property | null {
  // The colon that ends the name and parameters: the first one outside a quoted parameter value.
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon <= 0) return null;
  const parts = line.slice(0, colon).split(';');
  const name = parts[0]!.replace(/^[\w-]+\./, '').trim().toUpperCase();
  if (!/^[A-Z][\w-]*$/.test(name)) return null;
  const params = new Map<string, string[]>();
  for (const part of parts.slice(1)) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? 'TYPE' : part.slice(0, eq).trim().toUpperCase();
    const values = (eq < 0 ? part : part.slice(eq + 1)).replace(/"/g, '').split(',').map((v) => v.trim().toUpperCase());
    params.set(key, [...(params.get(key) ?? []), ...values]);
  }
  return { name, params, value: line.slice(colon + 1) };
}

const charsetOf = (p: Property): string => {
  const cs = p.params.get('CHARSET')?.[0]?.toLowerCase() ?? 'utf-8';
  return iconv.encodingExists(cs) ? cs : 'utf-8';
};

/** Quoted-printable to bytes: `=XX` a byte, anything else its own UTF-8. */
function quotedPrintableBytes(value: string): Buffer {
  const out: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const ch = value.charCodeAt(i);
    if (ch === 0x3d && /^[0-9A-Fa-f]{2}$/.test(value.slice(i + 1, i + 3))) {
      out.push(parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (ch < 0x80) out.push(ch);
    else out.push(...Buffer.from(value[i]!, 'utf8'));
  }
  return Buffer.from(out);
}

/** The value as text: transfer encoding undone in its charset. */
function decodeValue(p: Property): string {
  const encoding = p.params.get('ENCODING')?.[0];
  if (encoding === 'QUOTED-PRINTABLE') return iconv.decode(quotedPrintableBytes(p.value), charsetOf(p));
  if (encoding === 'B' || encoding === 'BASE64') return iconv.decode(Buffer.from(p.value.replace(/\s+/g, ''), 'base64'), charsetOf(p));
  // Raw bytes in a CHARSET (Outlook's `CHARSET=gb2312`) were decoded with the whole file.
  return p.value;
}

/** A structured value's components (N, ADR, ORG: `;`-separated), escapes undone; `\n` a line break. */
function components(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length) {
      const next = text[++i]!;
      cur += next === 'n' || next === 'N' ? '\n' : next;
    } else if (ch === ';') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** One property into the contact's cells (a vCard line's, or one of jCard, xCard or Windows Contacts made like it: contact-documents.ts). */
export function take(contact: Contact, p: Property): void {
  if (SKIPPED.has(p.name) || BINARY.has(p.name)) return;
  const parts = components(decodeValue(p));
  const joined = (sep: string): string => parts.filter((x) => x.trim() !== '').join(sep);
  switch (p.name) {
    case 'FN':
      contact.fullName = cell(parts.join(','));
      return;
    case 'N':
      contact.partsName = joinName(parts[0] ?? '', parts[1] ?? '', parts[2] ?? '');
      return;
    case 'TEL': {
      const types = p.params.get('TYPE') ?? [];
      const mobile = types.includes('CELL') || types.includes('MOBILE') || types.includes('IPHONE');
      contact.add(mobile ? '手机' : '电话', parts.join(';').replace(/^tel:/i, ''));
      return;
    }
    case 'NOTE':
      contact.note(parts.join(';'));
      return;
    case 'X-ANDROID-CUSTOM': {
      // vnd.android.cursor.item/relation;李娜;14;… — Android's related person; other kinds (nickname …) as they are.
      const [kind = '', value = ''] = parts;
      contact.add(kind.endsWith('/relation') ? '亲属' : '其他', kind.endsWith('/relation') ? value : `${kind.split('/').pop()}: ${value}`);
      return;
    }
    default: {
      const column = COLUMN_OF[p.name];
      contact.add(column ?? '其他', column ? joined(' ') : `${p.name}: ${joined(' ')}`);
    }
  }
}

export function vcardRowWriter(out: UnitWriter): UnitWriter {
  const table = new ContactTable(out);
  let card: Contact | null = null;
  const end = (): void => {
    if (card) table.row(card);
    card = null;
  };
  return unfolder(
    table,
    (line) => {
      if (line.trim() === '') return;
      const p = parseProperty(line);
      if (!p) return void table.loose(line);
      if (p.name === 'BEGIN' && p.value.trim().toUpperCase() === 'VCARD') {
        end(); // a card left open: what it held is still a row
        card = table.contact();
      } else if (!card) table.loose(line);
      else if (p.name === 'END') end();
      else take(card, p);
    },
    {
      // (the name and parameters are what is tested: a line of 64 K characters joined a piece at a time is not rescanned whole)
      softBreak: (logical) => logical.endsWith('=') && /^[^:]*;(?:ENCODING=)?QUOTED-PRINTABLE[;:]/i.test(logical.slice(0, 256)),
      binary: (line) => card !== null && BINARY.has(/^(?:[\w-]+\.)?([\w-]+)[;:]/.exec(line)?.[1]?.toUpperCase() ?? ''),
      finish: end,
    },
  );
}
