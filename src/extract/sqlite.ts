// SQLite databases (`.db`, `.sqlite`: a CRM's local store, an app's data, an
// export a tool writes): every table as a table unit, a header line of its
// column names, then one tab-separated line per row — a customers table
// groups into person records like a CSV export of it.
//
// Opened with better-sqlite3 (already the daemon's state store) from memory
// (sqlite3_deserialize, read-only): nothing is written, no journal or WAL
// file is looked for. A database file is hostile input: trusted_schema is
// off (functions a schema names are not run) and cell sizes are checked.
// Only tables are read (views and triggers run nothing); a table that
// cannot be read (a virtual table whose module is not here, a damaged
// page) is `corrupt`, and the others are still read. Blobs that are UTF-8
// text are read as text; others are left out.
import { isUtf8 } from 'node:buffer';
import Database from 'better-sqlite3';
import { readWhole } from './input.js';
import { budgetLeft } from './limit-error.js';
import type { ExtractContext, ExtractInput, Extractor } from './types.js';

/** A database larger than this is `max-bytes` (it is held in memory whole). */
export const CAP = 128 * 1024 * 1024;

/** A cell as text: tabs and line ends inside it would cut the row. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.replace(/[\t\r\n]+/g, ' ');
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (Buffer.isBuffer(v)) return v.length <= 1 << 20 && isUtf8(v) ? v.toString('utf8').replace(/[\t\r\n]+/g, ' ') : '';
  return '';
}

const tableLabel = (name: string, n: number): string => (/^[\p{L}\p{N} _.-]{1,64}$/u.test(name) ? name : `table${n}`);

export const sqliteExtractor: Extractor = {
  kind: 'sqlite',
  async extract(input: ExtractInput, ctx: ExtractContext): Promise<void> {
    if (input.size > CAP) {
      ctx.fail(input.location, 'max-bytes', `database larger than ${CAP} bytes`);
      return;
    }
    const data = await readWhole(input, ctx);
    if (!data || ctx.signal.aborted) return;
    // A database in WAL mode says so in its header (bytes 18–19 = 2); from memory it opens in rollback mode.
    const bytes = data[18] === 2 || data[19] === 2 ? Buffer.from(data) : data;
    if (bytes !== data) bytes[18] = bytes[19] = 1;
    let db: Database.Database;
    try {
      db = new Database(bytes, { readonly: true });
      db.pragma('trusted_schema = OFF');
      db.pragma('cell_size_check = ON');
    } catch {
      ctx.fail(input.location, 'corrupt', 'SQLite cannot open the database');
      return;
    }
    try {
      let names: string[];
      try {
        names = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid").pluck().all() as string[];
      } catch {
        ctx.fail(input.location, 'corrupt', 'SQLite cannot read the schema');
        return;
      }
      if (names.length > ctx.limits.maxMembers) ctx.fail(input.location, 'max-members', `more than ${ctx.limits.maxMembers} tables`);
      for (const [n, name] of names.slice(0, ctx.limits.maxMembers).entries()) {
        if (ctx.signal.aborted || !budgetLeft(ctx)) return;
        const location = `${input.location}#${tableLabel(name, n + 1)}`;
        let unit: ReturnType<typeof ctx.sink.open> | null = null;
        try {
          const stmt = db.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"`).raw(true);
          unit = ctx.sink.open(location, { kind: 'table', delimiter: '\t' });
          unit.write(`${stmt.columns().map((c) => cellText(c.name)).join('\t')}\n`);
          let rows = 0;
          for (const row of stmt.iterate() as IterableIterator<unknown[]>) {
            unit.write(`${row.map(cellText).join('\t')}\n`);
            // Every 1,024 rows: stop at abort or when the sink refuses more text (max-text).
            if ((++rows & 1023) === 0 && (ctx.signal.aborted || ctx.sink.exhausted)) break;
          }
        } catch {
          ctx.fail(location, 'corrupt', 'SQLite cannot read the table');
        } finally {
          unit?.end();
        }
      }
    } finally {
      db.close();
    }
  },
};
