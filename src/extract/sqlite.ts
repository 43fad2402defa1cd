// SQLite databases (`.db`, `.sqlite`: a CRM's local store, an app's data, an
// export a tool writes): every table as a table unit, a header line of its
// column names, then one tab-separated line per row — a customers table
// groups into person records like a CSV export of it.
//
// Read with sql.js (SQLite compiled to WebAssembly) from memory: nothing is
// written, no journal or WAL file is looked for, and a database file is
// hostile input whose parser bugs stay inside the module's memory. Not
// better-sqlite3 (the daemon's state store): on Node 24 a connection or
// statement that is garbage-collected late can abort the whole process
// (RemoveEnvironmentCleanupHook, better-sqlite3 12.x), and an extractor
// opens and drops one per file. trusted_schema is off (functions a schema
// names are not run) and cell sizes are checked. Only tables are read
// (views and triggers run nothing); a table that cannot be read (a virtual
// table whose module is not here, a damaged page) is `corrupt`, and the
// others are still read. Blobs that are UTF-8 text are read as text;
// others are left out. Android's contacts database (contacts2.db) is also
// read person by person (android-contacts.ts).
import { isUtf8 } from 'node:buffer';
import initSqlJs, { type Database, type SqlJsStatic } from 'sql.js';
import { isAndroidContacts, readAndroidContacts } from './android-contacts.js';
import { readWhole } from './input.js';
import { budgetLeft } from './limit-error.js';
import { partLabel } from './member.js';
import type { ExtractContext, ExtractInput, Extractor } from './types.js';

/** A database larger than this is `max-bytes`: the module holds it whole, and the pages it reads. */
export const CAP = 64 * 1024 * 1024;

/** The module, compiled once per worker. */
let sqlJs: Promise<SqlJsStatic> | undefined;

/** A cell as text: tabs and line ends inside it would cut the row. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.replace(/[\t\r\n]+/g, ' ');
  if (typeof v === 'number') return String(v);
  if (v instanceof Uint8Array) {
    const bytes = Buffer.from(v.buffer, v.byteOffset, v.length);
    return bytes.length <= 1 << 20 && isUtf8(bytes) ? bytes.toString('utf8').replace(/[\t\r\n]+/g, ' ') : '';
  }
  return '';
}

function tableNames(db: Database): string[] {
  const [result] = db.exec("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid");
  return (result?.values ?? []).map(([name]) => String(name));
}

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
    const bytes = new Uint8Array(data);
    if (bytes[18] === 2 || bytes[19] === 2) bytes[18] = bytes[19] = 1;
    const SQL = await (sqlJs ??= initSqlJs());
    let db: Database;
    let names: string[];
    try {
      db = new SQL.Database(bytes);
    } catch {
      ctx.fail(input.location, 'corrupt', 'SQLite cannot open the database');
      return;
    }
    try {
      try {
        db.run('PRAGMA trusted_schema = OFF');
        db.run('PRAGMA cell_size_check = ON');
        names = tableNames(db);
      } catch {
        ctx.fail(input.location, 'corrupt', 'SQLite cannot read the schema');
        return;
      }
      if (names.length > ctx.limits.maxMembers) ctx.fail(input.location, 'max-members', `more than ${ctx.limits.maxMembers} tables`);
      for (const [n, name] of names.slice(0, ctx.limits.maxMembers).entries()) {
        if (ctx.signal.aborted || !budgetLeft(ctx)) return;
        const location = `${input.location}#${partLabel(name, `table${n + 1}`)}`;
        let unit: ReturnType<typeof ctx.sink.open> | null = null;
        let stmt: ReturnType<Database['prepare']> | null = null;
        try {
          stmt = db.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"`);
          unit = ctx.sink.open(location, { kind: 'table', delimiter: '\t' });
          unit.write(`${stmt.getColumnNames().map(cellText).join('\t')}\n`);
          let rows = 0;
          while (stmt.step()) {
            unit.write(`${stmt.get().map(cellText).join('\t')}\n`);
            // Every 1,024 rows: stop at abort or when the sink refuses more text (max-text).
            if ((++rows & 1023) === 0 && (ctx.signal.aborted || ctx.sink.exhausted)) break;
          }
        } catch {
          ctx.fail(location, 'corrupt', 'SQLite cannot read the table');
        } finally {
          stmt?.free();
          unit?.end();
        }
      }
      if (isAndroidContacts(names) && !ctx.signal.aborted && budgetLeft(ctx)) {
        const location = `${input.location}#contacts`;
        try {
          readAndroidContacts(db, location, ctx);
        } catch {
          ctx.fail(location, 'corrupt', 'SQLite cannot read the contacts in the data table');
        }
      }
    } finally {
      db.close();
    }
  },
};
