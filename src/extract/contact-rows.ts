// Address-book entries (a vCard, an LDIF entry, an Outlook contact item, a
// person of Android's contacts2.db, a jCard, xCard or Windows contact) as
// the rows of one table: a header row of labels the detector knows (姓名,
// 手机, 电话, 邮箱 …), then a tab-separated row per person, so each entry is
// a record and a book of 200 contacts a list of 200. Read as text, an entry
// is a dozen `name: value` lines — no two person fields on one line, so no
// record at all. A row holds MAX_ROW_CHARS at most: what a hostile entry has
// beyond (a card of 100,000 numbers) is written at once as lines of its own,
// so memory stays bounded and nothing is dropped.
import type { UnitWriter } from './types.js';

/** 亲属 (a spouse's or an assistant's name) last: a row that names a second person after the first's fields keeps them with the first. */
export const CONTACT_COLUMNS = ['姓名', '手机', '电话', '邮箱', '单位', '职务', '地址', '生日', '备注', '其他', '亲属'] as const;
export type ContactColumn = (typeof CONTACT_COLUMNS)[number];

/** A cell: no tabs or line breaks, runs of space squeezed. */
export const cell = (text: string): string => text.replace(/[\t\r\n]+/g, ' ').replace(/ {2,}/g, ' ').trim();

const CJK = /[\u3400-\u9fff]/;
/** Lines of a note read as one cell at most. */
const NOTE_CELL_LINES = 8;
/** Characters of one entry's row held at most. */
export const MAX_ROW_CHARS = 64 << 10;

/** A name from its parts: 张 + 伟 → 张伟, Lei + Li → Lei Li. */
export function joinName(family: string, given: string, middle = ''): string {
  const parts = [family, middle, given].map(cell).filter(Boolean);
  return CJK.test(parts.join('')) ? parts.join('') : [given, middle, family].map(cell).filter(Boolean).join(' ');
}

/** One person's entry, filled property by property. */
export class Contact {
  private readonly cells = new Map<ContactColumn, Set<string>>();
  private chars = 0;
  /** The name as written whole (vCard FN, LDIF cn). */
  fullName = '';
  /** The name joined from its parts (vCard N, LDIF sn and givenName): preferred, FN often carries a company. */
  partsName = '';

  /** `spill` writes a line of text at once (the table's loose line): what the row cannot hold. */
  constructor(private readonly spill: (line: string) => void) {}

  add(column: ContactColumn, text: string): void {
    const value = cell(text);
    if (value === '') return;
    let values = this.cells.get(column);
    if (!values) this.cells.set(column, (values = new Set()));
    if (values.has(value)) return;
    if (this.chars + value.length > MAX_ROW_CHARS) return void this.spill(`${column}: ${value}`);
    values.add(value);
    this.chars += value.length + 3;
  }

  /**
   * A note is a cell of the row — the contact's own ID, card or address in
   * it belong to the record — unless it runs over NOTE_CELL_LINES lines: a
   * list pasted into one contact's note keeps its lines, after the row.
   */
  note(text: string): void {
    const lines = text.split(/\r?\n/).map(cell).filter(Boolean);
    if (lines.length > NOTE_CELL_LINES) for (const line of lines) this.spill(line);
    else this.add('备注', lines.join(' '));
  }

  /** The row, ending in a line break. */
  text(): string {
    // A whole name other than the one from its parts (张伟 (华为) beside 张;伟) is kept with the rest.
    if (this.fullName && this.partsName && this.fullName !== this.partsName) this.add('其他', this.fullName);
    const name = this.partsName || this.fullName;
    return CONTACT_COLUMNS.map((c) => (c === '姓名' ? cell(name) : [...(this.cells.get(c) ?? [])].join(' / '))).join('\t') + '\n';
  }
}

/** The table: its header row at once, then rows and loose lines (text outside any entry) as they come. */
export class ContactTable {
  constructor(private readonly out: UnitWriter) {
    out.write(CONTACT_COLUMNS.join('\t') + '\n');
  }

  /** A new entry, whose overflow is written to this table. */
  contact(): Contact {
    return new Contact((line) => this.loose(line));
  }

  row(contact: Contact): void {
    this.out.write(contact.text());
  }

  /** Text that is no entry's: a line of its own. */
  loose(text: string): void {
    const line = cell(text);
    if (line) this.out.write(line + '\n');
  }

  end(): void {
    this.out.end();
  }
}

/** A logical line held at most; longer ones are written as text as they came. */
export const MAX_LINE_CHARS = 64 << 10;

export interface Unfolding {
  /** The logical line goes on with the next physical one although that starts with no space (quoted-printable's `=` at a line's end). */
  softBreak?: (logical: string) => boolean;
  /** A line that opens a value which is no text (a picture): it and its continuation lines are dropped as they stream by. */
  binary: (line: string) => boolean;
  /** After the last line: the entry still open is written. */
  finish: () => void;
}

/**
 * Physical lines to logical ones, as vCard and LDIF fold them (a line that
 * starts with a space or tab goes on the one before, that character
 * dropped), each handed to `line` — blank ones too (LDIF ends an entry with
 * one). Memory is bounded: a logical line past MAX_LINE_CHARS is written to
 * the table as text as it came (no value is dropped), and the rest of it too.
 * The writer the text extractor writes the file's decoded text to.
 */
export function unfolder(table: ContactTable, line: (text: string) => void, options: Unfolding): UnitWriter {
  let carry = '';
  /** The logical line being unfolded. */
  let logical = '';
  /** A binary value streaming by: its folded lines are dropped. */
  let skipping = false;
  /** The logical line grew past MAX_LINE_CHARS: written as text, the rest as it comes. */
  let spilling = false;

  const spillIfLong = (): void => {
    if (logical.length <= MAX_LINE_CHARS) return;
    table.loose(logical);
    logical = '';
    spilling = true;
  };

  const physical = (text: string): void => {
    if (text.endsWith('\r')) text = text.slice(0, -1);
    const folded = text.length > 0 && (text[0] === ' ' || text[0] === '\t');
    const soft = !folded && !skipping && !spilling && options.softBreak?.(logical) === true;
    if (folded || soft) {
      if (skipping) return;
      if (spilling) return void table.loose(text);
      logical = soft ? logical.slice(0, -1) + text : logical + text.slice(1);
      return void spillIfLong();
    }
    if (!skipping && !spilling) line(logical);
    spilling = false;
    skipping = options.binary(text);
    logical = skipping ? '' : text;
    spillIfLong();
  };

  return {
    write(chunk: Buffer | string): void {
      carry += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
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
    },
    end(): void {
      if (carry) physical(carry);
      carry = '';
      if (!skipping && !spilling) line(logical);
      logical = '';
      options.finish();
      table.end();
    },
  };
}
