// vCard address books (.vcf): what a phone's "Export contacts" writes, and
// what a salesperson's customer book is when it leaves on a phone. Read as
// text, a card is a dozen `PROP:value` lines — no two person fields on one
// line, so no record — and Android's vCard 2.1 writes every Chinese name in
// quoted-printable (`FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0=E4=BC=9F`):
// no name at all. This writer turns each card into one tab-separated row
// under a header row of labels the detector knows (姓名, 手机, 电话, 邮箱 …),
// so a card is a record and a .vcf of 200 contacts a list of 200.
//
// - Lines are unfolded (a line starting with a space or tab goes on the one
//   before; in quoted-printable, a line ending in `=` goes on the next).
// - Values are decoded: quoted-printable and base64 (`ENCODING=B`) in their
//   `CHARSET` (UTF-8, GBK/GB2312/GB18030, Big5 … through iconv-lite), and the
//   escapes of vCard 3 and 4 (`\n`, `\,`, `\;`).
// - The name is N's family and given names (张;伟 → 张伟), else FN. TEL of
//   type CELL goes under 手机, other TEL under 电话; EMAIL, ORG, TITLE, ADR,
//   BDAY and NOTE under their columns; other properties (X-QQ, IMPP, URL …)
//   as `NAME: value` under 其他. Pictures and keys (PHOTO, LOGO, SOUND, KEY)
//   are not read.
// - A NOTE of several lines keeps them: they follow the card's row as lines
//   of their own (a list pasted into one contact's note is still rows).
//
// Text outside cards passes through as lines. Memory is bounded: a logical
// line longer than MAX_LINE_CHARS is written out as text as it came (no
// value is dropped), and a binary property is skipped as it streams by.
import iconv from 'iconv-lite';
import type { UnitWriter } from './types.js';

/** Whether a text file is a vCard file: its first line that is not blank opens a card. */
export const isVcard = (sample: string): boolean => /^\s*BEGIN:VCARD[ \t]*\r?\n/i.test(sample);

export const VCARD_COLUMNS = ['姓名', '手机', '电话', '邮箱', '单位', '职务', '地址', '生日', '备注', '其他'] as const;
type Column = (typeof VCARD_COLUMNS)[number];

/** A logical line held at most; longer ones are written as text as they came. */
export const MAX_LINE_CHARS = 64 << 10;
const BINARY = new Set(['PHOTO', 'LOGO', 'SOUND', 'KEY']);
/** Bookkeeping, not content. */
const SKIPPED = new Set(['BEGIN', 'END', 'VERSION', 'PRODID', 'REV', 'UID', 'X-ABUID', 'X-ABLABEL', 'CLIENTPIDMAP', 'KIND', 'SORT-STRING', 'X-PHONETIC-FIRST-NAME', 'X-PHONETIC-LAST-NAME']);
const COLUMN_OF: Record<string, Column> = { EMAIL: '邮箱', ORG: '单位', TITLE: '职务', ROLE: '职务', ADR: '地址', LABEL: '地址', BDAY: '生日', NOTE: '备注' };

interface Property {
  name: string;
  params: Map<string, string[]>;
  value: string;
}

/** `item1.TEL;TYPE=CELL;type=pref:138…` → name, parameters (2.1's bare `CELL` as a TYPE), raw value. */
export function parseProperty(line: string): Property | null {
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
export function decodeValue(p: Property): string {
  const encoding = p.params.get('ENCODING')?.[0];
  if (encoding === 'QUOTED-PRINTABLE') return iconv.decode(quotedPrintableBytes(p.value), charsetOf(p));
  if (encoding === 'B' || encoding === 'BASE64') return iconv.decode(Buffer.from(p.value.replace(/\s+/g, ''), 'base64'), charsetOf(p));
  if (p.params.has('CHARSET') && charsetOf(p) !== 'utf-8') return iconv.decode(Buffer.from(p.value, 'latin1'), charsetOf(p));
  return p.value;
}

/** A structured value's components (N, ADR, ORG: `;`-separated), escapes undone; `\n` a line break. */
export function components(text: string): string[] {
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

const CJK = /[\u3400-\u9fff]/;
/** A cell: no tabs or line breaks, runs of space squeezed. */
const cell = (text: string): string => text.replace(/[\t\r\n]+/g, ' ').replace(/ {2,}/g, ' ').trim();

class Card {
  readonly cells = new Map<Column, string[]>();
  fn = '';
  n = '';
  readonly noteLines: string[] = [];

  add(column: Column, text: string): void {
    const value = cell(text);
    if (value === '') return;
    const list = this.cells.get(column) ?? [];
    if (!list.includes(value)) list.push(value);
    this.cells.set(column, list);
  }

  take(p: Property): void {
    if (SKIPPED.has(p.name) || BINARY.has(p.name)) return;
    const text = decodeValue(p);
    const parts = components(text);
    switch (p.name) {
      case 'FN':
        this.fn = cell(parts.join(','));
        return;
      case 'N': {
        const [family = '', given = '', middle = ''] = parts.map(cell);
        const joined = [family, middle, given].filter(Boolean);
        // 张 + 伟 → 张伟; Li + Lei → Lei Li
        this.n = CJK.test(joined.join('')) ? joined.join('') : [given, middle, family].filter(Boolean).join(' ');
        return;
      }
      case 'TEL': {
        const types = p.params.get('TYPE') ?? [];
        const mobile = types.includes('CELL') || types.includes('MOBILE') || types.includes('IPHONE');
        this.add(mobile ? '手机' : '电话', parts.join(';').replace(/^tel:/i, ''));
        return;
      }
      case 'NOTE': {
        const lines = parts.join(';').split('\n').map(cell).filter(Boolean);
        if (lines.length > 1) this.noteLines.push(...lines);
        else this.add('备注', lines[0] ?? '');
        return;
      }
      default: {
        const column = COLUMN_OF[p.name];
        if (column) this.add(column, parts.filter((x) => x.trim() !== '').join(' '));
        else this.add('其他', `${p.name}: ${parts.filter((x) => x.trim() !== '').join(' ')}`);
      }
    }
  }

  row(): string {
    const name = this.n || this.fn;
    // FN said otherwise than N (张伟 (华为) beside 张;伟) is kept with the rest.
    if (this.fn && this.n && this.fn !== this.n) this.add('其他', `FN: ${this.fn}`);
    return VCARD_COLUMNS.map((c) => (c === '姓名' ? name : (this.cells.get(c) ?? []).join(' / '))).join('\t') + '\n';
  }
}

export function vcardRowWriter(out: UnitWriter): UnitWriter {
  let carry = '';
  /** The logical line being unfolded. */
  let logical = '';
  let card: Card | null = null;
  /** A binary property (a photo) streaming by: its folded lines are dropped. */
  let skipping = false;
  /** The logical line grew past MAX_LINE_CHARS: written as text, the rest as it comes. */
  let spilling = false;
  out.write(VCARD_COLUMNS.join('\t') + '\n');

  const loose = (text: string): void => {
    const line = cell(text);
    if (line) out.write(line + '\n');
  };

  const finish = (line: string): void => {
    if (line.trim() === '') return;
    const p = parseProperty(line);
    if (!p) return void loose(line);
    if (p.name === 'BEGIN' && p.value.trim().toUpperCase() === 'VCARD') {
      if (card) end(); // a card left open: what it held is still a row
      card = new Card();
      return;
    }
    if (!card) return void loose(line);
    if (p.name === 'END') return void end();
    card.take(p);
  };

  const end = (): void => {
    if (!card) return;
    const c: Card = card;
    card = null;
    out.write(c.row());
    for (const l of c.noteLines) loose(l);
  };

  const isQuotedPrintable = (line: string): boolean => /^[^:]*;(?:ENCODING=)?QUOTED-PRINTABLE[;:]/i.test(line);

  const physical = (line: string): void => {
    if (line.endsWith('\r')) line = line.slice(0, -1);
    const folded = line.length > 0 && (line[0] === ' ' || line[0] === '\t');
    // quoted-printable's soft break: `=` at the end of a line of a QP value.
    const softBreak = !folded && logical.endsWith('=') && isQuotedPrintable(logical);
    if (folded || softBreak) {
      if (skipping) return;
      if (spilling) return void loose(line);
      logical = softBreak ? logical.slice(0, -1) + line : logical + line.slice(1);
      if (logical.length > MAX_LINE_CHARS) {
        loose(logical);
        logical = '';
        spilling = true;
      }
      return;
    }
    if (!skipping && !spilling) finish(logical);
    logical = line;
    spilling = false;
    const name = /^(?:[\w-]+\.)?([\w-]+)[;:]/.exec(line)?.[1]?.toUpperCase();
    skipping = card !== null && name !== undefined && BINARY.has(name);
    if (skipping) logical = '';
    else if (logical.length > MAX_LINE_CHARS) {
      loose(logical);
      logical = '';
      spilling = true;
    }
  };

  const write = (text: string): void => {
    carry += text;
    let from = 0;
    for (let nl = carry.indexOf('\n'); nl >= 0; nl = carry.indexOf('\n', from)) {
      physical(carry.slice(from, nl));
      from = nl + 1;
    }
    carry = carry.slice(from);
    // A line with no end in sight (a picture not folded): read as a line of its own.
    if (carry.length > MAX_LINE_CHARS) {
      physical(carry);
      carry = '';
    }
  };

  return {
    write: (text) => write(typeof text === 'string' ? text : text.toString('utf8')),
    end: () => {
      if (carry) physical(carry);
      carry = '';
      if (!skipping && !spilling) finish(logical);
      logical = '';
      end();
      out.end();
    },
  };
}
