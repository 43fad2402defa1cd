// SQL dumps: one row per line, under a header. mysqldump writes a table's
// rows as one INSERT per ~1 MB, `VALUES (1,'张伟','138…'),(2,'王芳','139…'),…`
// on one line, and the detector groups person records by line: a dump of
// 200 customers was one record, and its names were not found. Here
//
// - the comma between two value tuples (`),(`, outside string literals)
//   becomes a line end, so each tuple is a line — a record — and the tuples
//   a delimited block whose columns are read like a CSV's;
// - so do the spaces before an INSERT's column list and after VALUES, which
//   leaves `(`姓名`,`手机`) VALUES` a line of its own with as many cells as
//   the rows: their header (the table's name, `t_user_2024`, would have put
//   digits in it, and a header row has none);
// - an INSERT without a column list (mysqldump's default) gets the columns
//   of the table's CREATE TABLE earlier in the dump as a header line, their
//   digits left out (`phone1`);
// - pg_dump's `COPY t (id, name, mobile) FROM stdin;` is followed by its
//   rows as tab-separated lines: its columns go above them as a header.
//
// String literals are '…', "…" or `…`, with backslash escapes (MySQL) and
// doubled quotes ('' — a literal that closes and opens again). The state is
// kept across chunks; a quote left open outside any tuple ends at the line
// end (a comment line with an apostrophe in it). Memory is bounded: the
// current statement's head (1 KB), one CREATE TABLE body (64 KB), the
// columns of 256 tables.
import type { UnitWriter } from './types.js';

/** Whether a text file is a SQL dump: by name, or by how dumps start. */
export function isSqlDump(name: string, sample: string): boolean {
  return /\.sql$/i.test(name) || /^(?:INSERT\s+INTO\b|CREATE\s+TABLE\b|LOCK\s+TABLES\b|-- (?:MySQL|MariaDB) dump|-- PostgreSQL database dump)/im.test(sample);
}

const QUOTES = new Set([0x27, 0x22, 0x60]); // ' " `
const BACKSLASH = 0x5c;
const OPEN = 0x28;
const CLOSE = 0x29;
const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const NEWLINE = 0x0a;
const HEAD_CHARS = 1024;
const CREATE_BODY_CHARS = 64 << 10;
const MAX_TABLES = 256;
/** A table name, quoted or not, with its database or schema: `crm`.`t`, "t", t. */
const PART = String.raw`(?:\`[^\`]+\`|"[^"]+"|[^\s\`"(.]+)`;
const NAME = String.raw`(${PART}(?:\.${PART})?)`;
const CREATE_HEAD = new RegExp(String.raw`CREATE\s+(?:TEMPORARY\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?${NAME}\s*$`, 'i');
const INSERT_INTO = String.raw`(?:INSERT|REPLACE)\s+(?:(?:LOW_PRIORITY|DELAYED|HIGH_PRIORITY|IGNORE)\s+)*INTO\s+${NAME}`;
const INSERT_HEAD = new RegExp(String.raw`${INSERT_INTO}\s+VALUES\s*$`, 'i');
/** Before the column list of an INSERT: `INSERT INTO t (`. */
const INSERT_COLUMNS = new RegExp(String.raw`${INSERT_INTO}\s+$`, 'i');
const COPY_HEAD = new RegExp(String.raw`COPY\s+${NAME}\s*$`, 'i');
const COPY_FROM_STDIN = /\)\s*FROM\s+stdin\s*$/i;
/** Definitions in a CREATE TABLE body that are not columns. */
const NOT_A_COLUMN = /^(?:PRIMARY|KEY|UNIQUE|INDEX|CONSTRAINT|FOREIGN|FULLTEXT|SPATIAL|CHECK|PERIOD|EXCLUDE|LIKE)$/i;

/** Column names as a header row: their digits left out (a header row has none: `phone1`), quoted for a comma-separated one. */
const headerLine = (columns: readonly string[], delimiter: ',' | '\t'): string =>
  columns.map((col) => col.replace(/[0-9]/g, '')).map((col) => (delimiter === ',' ? `\`${col}\`` : col)).join(delimiter);

/** `db`.`t`, "t", t → t */
const tableName = (raw: string): string => raw.replace(/[`"]/g, '').split('.').pop()!.toLowerCase();

/** Column names of a CREATE TABLE body (what is inside its parentheses). */
export function createTableColumns(body: string): string[] {
  const defs: string[] = [];
  let depth = 0;
  let quote = '';
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quote) {
      if (ch === quote) quote = '';
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      defs.push(body.slice(from, i));
      from = i + 1;
    }
  }
  defs.push(body.slice(from));
  const columns: string[] = [];
  for (const d of defs) {
    const m = /^\s*(`[^`]+`|"[^"]+"|\[[^\]]+\]|[^\s,]+)/.exec(d);
    if (!m || NOT_A_COLUMN.test(m[1]!)) continue;
    columns.push(m[1]!.replace(/^[`"[]|[`"\]]$/g, ''));
  }
  return columns;
}

/** The last six letters packed five bits each (a = 1): what `word` holds after VALUES. */
const VALUES_WORD = [...'VALUES'].reduce((w, ch) => (w << 5) | (ch.charCodeAt(0) - 0x40), 0);
const WORD_MASK = (1 << 30) - 1;

export class SqlTupleLines {
  /** The quote that opened the literal we are in, or 0. */
  private quote = 0;
  private escaped = false;
  private depth = 0;
  /** A tuple closed at depth 0, and only white space since. */
  private afterTuple = false;
  /** The code before the current white space, outside literals. */
  private last = 0;
  /** The last letters outside literals at depth 0, packed (VALUES_WORD). */
  private word = 0;
  /** Index (in the text being processed) where the white space since the last code outside literals began, or -1. */
  private space = -1;
  /** The end of the last chunk from `space` on, held back: a line end may yet go there. */
  private held = '';
  /** The text being processed, and where in it the current statement began (after its `;`). */
  private cur = '';
  private headFrom = 0;
  /** The current statement's text before `cur`, its last HEAD_CHARS. */
  private headCarry = '';
  /** The parenthesised text being read: a CREATE TABLE body, or a COPY's column list, from `from` in `cur`. */
  private creating: { kind: 'create' | 'copy'; table: string; carry: string; from: number } | null = null;
  /** The columns of the COPY statement being read. */
  private copyColumns: string[] | null = null;
  private readonly tables = new Map<string, string[]>();
  /** A COPY's header, to go after the line end that ends the COPY statement. */
  private copyHeader = '';

  /** The current statement up to index i (its last HEAD_CHARS). */
  private head(i: number): string {
    const own = this.cur.slice(Math.max(this.headFrom, i - HEAD_CHARS), i);
    return own.length >= HEAD_CHARS ? own : (this.headCarry + own).slice(-HEAD_CHARS);
  }

  /**
   * One UTF-16 unit at index i of the text: where a line end goes (this
   * comma, or the space after VALUES, with the header to put after it), or null.
   */
  private step(c: number, i: number): { at: number; header?: string } | null {
    if (this.quote) {
      if (this.escaped) this.escaped = false;
      else if (c === BACKSLASH) this.escaped = true;
      else if (c === this.quote) this.quote = 0;
      else if (c === NEWLINE && this.depth === 0) this.quote = 0;
      return null;
    }
    if (c === NEWLINE && this.copyHeader) {
      const header = this.copyHeader;
      this.copyHeader = '';
      return { at: i, header };
    }
    if (c === 0x20 || c === 0x09 || c === 0x0d || c === NEWLINE) {
      if (this.space < 0) this.space = i;
      return null;
    }
    let end: { at: number; header?: string } | null = null;
    if (QUOTES.has(c)) this.quote = c;
    else if (c === OPEN) {
      // A tuple after a comma is the rest of a VALUES list: nothing to look at.
      if (this.depth === 0 && this.last !== COMMA) end = this.opening(i);
      this.depth++;
    } else if (c === CLOSE) {
      if (this.depth > 0) this.depth--;
      if (this.depth === 0) {
        this.closing(i);
        this.afterTuple = true;
        this.word = 0;
        this.last = c;
        this.space = -1;
        return null;
      }
    } else if (c === COMMA && this.depth === 0 && this.afterTuple) end = { at: i };
    else if (c === SEMICOLON) {
      if (this.copyColumns && COPY_FROM_STDIN.test(this.head(i))) this.copyHeader = headerLine(this.copyColumns, '\t');
      this.copyColumns = null;
      this.depth = 0;
      this.headFrom = i + 1;
      this.headCarry = '';
      this.creating = null;
    }
    this.afterTuple = false;
    const letter = (c | 0x20) - 0x60;
    this.word = letter >= 1 && letter <= 26 && this.depth === 0 ? (((this.space >= 0 ? 0 : this.word) << 5) | letter) & WORD_MASK : 0;
    this.last = c;
    this.space = -1;
    return end;
  }

  /** A '(' at index i, at depth 0: a CREATE TABLE body begins, an INSERT's column list, or its first tuple. */
  private opening(i: number): { at: number; header?: string } | null {
    const before = this.head(i);
    const create = CREATE_HEAD.exec(before) ?? COPY_HEAD.exec(before);
    if (create) {
      this.creating = { kind: /^\s*COPY/i.test(create[0]) ? 'copy' : 'create', table: tableName(create[1]!), carry: '', from: i + 1 };
      return null;
    }
    if (this.space < 0) return null;
    if (INSERT_COLUMNS.test(before)) return { at: this.space };
    if (this.word !== VALUES_WORD) return null;
    const insert = INSERT_HEAD.exec(before);
    const columns = insert ? this.tables.get(tableName(insert[1]!)) : undefined;
    return columns ? { at: this.space, header: headerLine(columns, ',') } : { at: this.space };
  }

  /** A ')' at index i, back at depth 0: the end of a CREATE TABLE body or a COPY's column list. */
  private closing(i: number): void {
    if (!this.creating) return;
    const { kind, table, carry, from } = this.creating;
    this.creating = null;
    const columns = createTableColumns(carry + this.cur.slice(from, i));
    if (kind === 'copy') this.copyColumns = columns;
    else if (this.tables.size < MAX_TABLES || this.tables.has(table)) this.tables.set(table, columns);
  }

  /** Text with each value tuple on a line of its own, under its header (white space at the end is held for the next call). */
  text(chunk: string): string {
    const text = this.held + chunk;
    this.cur = text;
    const ends: { at: number; header?: string }[] = [];
    if (this.held) this.space = 0;
    for (let i = this.held.length; i < text.length; i++) {
      const end = this.step(text.charCodeAt(i), i);
      if (end) ends.push(end);
    }
    // Only white space since `space`: nothing after it is a line end yet.
    const cut = this.space >= 0 ? this.space : text.length;
    this.held = text.slice(cut);
    // What the next text needs of this one: the statement's head, a body being read (bounded).
    this.headCarry = this.head(cut);
    this.headFrom = 0; // the held text begins the next one
    if (this.creating) {
      const carry = this.creating.carry + text.slice(this.creating.from, cut);
      // Too long to be a table definition: no header from it.
      this.creating = carry.length > CREATE_BODY_CHARS ? null : { ...this.creating, carry, from: 0 };
    }
    this.cur = '';
    let out = '';
    let from = 0;
    for (const { at, header } of ends) {
      out += `${text.slice(from, at)}\n${header ? `${header}\n` : ''}`;
      from = at + 1;
    }
    return out + text.slice(from, cut);
  }

  /** What was held back. */
  flush(): string {
    const rest = this.held;
    this.held = '';
    this.space = -1;
    return rest;
  }
}

/** A writer that passes text on with each value tuple on a line of its own (UTF-8 chunks arrive whole-character). */
export function tupleLineWriter(out: UnitWriter): UnitWriter {
  const lines = new SqlTupleLines();
  return {
    write: (text) => out.write(lines.text(typeof text === 'string' ? text : text.toString('utf8'))),
    end: () => {
      out.write(lines.flush());
      out.end();
    },
  };
}
