// The one embedded SQLite the project uses, behind the small API it needs.
//
// better-sqlite3 12 (the last line that runs on Node 20) aborts the process
// on Node 24: its Statement destructor, run by the garbage collector, calls
// node::RemoveEnvironmentCleanupHook outside an environment
// (`Assertion failed: (env) != nullptr`; upstream WiseLibs/better-sqlite3
// #1515, fixed only in 13, which in turn crashes on Node 20). So: Node 24+
// uses the built-in node:sqlite, earlier versions better-sqlite3. Both speak
// the same SQL and file format; this module hides the API differences.
import { createRequire } from 'node:module';

export interface SqlStatement<P extends unknown[] = unknown[], R = unknown> {
  run(...params: P): { changes: number };
  get(...params: P): R | undefined;
  all(...params: P): R[];
  iterate(...params: P): IterableIterator<R>;
}

export interface SqlDatabase {
  exec(sql: string): void;
  prepare<P extends unknown[] = unknown[], R = unknown>(sql: string): SqlStatement<P, R>;
  /** `PRAGMA x` (or `x = v`); the first column of the first row. */
  pragma(statement: string): unknown;
  /** Wrap fn so that each call runs in a transaction (rolled back if it throws), as better-sqlite3 does. */
  transaction<T>(fn: () => T): () => T;
  readonly open: boolean;
  close(): void;
}

const require = createRequire(import.meta.url);
const NODE_MAJOR = Number(process.versions.node.split('.')[0]);

/** node:sqlite where better-sqlite3 12 is unsafe (Node ≥ 24), better-sqlite3 elsewhere. */
export const SQLITE_BACKEND: 'node:sqlite' | 'better-sqlite3' = NODE_MAJOR >= 24 ? 'node:sqlite' : 'better-sqlite3';

export function openDatabase(file: string): SqlDatabase {
  return SQLITE_BACKEND === 'node:sqlite' ? openNodeSqlite(file) : openBetterSqlite(file);
}

// ── better-sqlite3 ────────────────────────────────────────────────────────

function openBetterSqlite(file: string): SqlDatabase {
  const Database = require('better-sqlite3') as typeof import('better-sqlite3');
  const db = new Database(file);
  return {
    exec: (sql) => void db.exec(sql),
    prepare: <P extends unknown[], R>(sql: string) => db.prepare(sql) as unknown as SqlStatement<P, R>,
    pragma: (statement) => db.pragma(statement, { simple: true }),
    transaction: <T>(fn: () => T): (() => T) => db.transaction(fn) as () => T,
    get open() {
      return db.open;
    },
    close: () => void db.close(),
  };
}

// ── node:sqlite ───────────────────────────────────────────────────────────

interface NodeStatement {
  run(...params: unknown[]): { changes: number | bigint };
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  iterate(...params: unknown[]): IterableIterator<unknown>;
}

interface NodeDatabase {
  exec(sql: string): void;
  prepare(sql: string): NodeStatement;
  close(): void;
  readonly isOpen: boolean;
}

function loadNodeSqlite(): new (file: string) => NodeDatabase {
  // node:sqlite still announces itself as experimental on first load; that
  // line on stderr is noise for a daemon's log, so it alone is dropped.
  const emit = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    if (String(warning).includes('SQLite')) return;
    (emit as (...a: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    return (require('node:sqlite') as { DatabaseSync: new (file: string) => NodeDatabase }).DatabaseSync;
  } finally {
    process.emitWarning = emit;
  }
}

function openNodeSqlite(file: string): SqlDatabase {
  const DatabaseSync = loadNodeSqlite();
  const db = new DatabaseSync(file);
  let depth = 0;
  return {
    exec: (sql) => db.exec(sql),
    prepare: <P extends unknown[], R>(sql: string) => wrapStatement<P, R>(db.prepare(sql), sql),
    pragma: (statement) => {
      const row = db.prepare(`PRAGMA ${statement}`).get() as Record<string, unknown> | undefined;
      return row === undefined ? undefined : Object.values(row)[0];
    },
    transaction: <T>(fn: () => T) => (): T => {
      // Nested calls join the outer transaction, as better-sqlite3's would via savepoints.
      if (depth > 0) return fn();
      db.exec('BEGIN IMMEDIATE');
      depth++;
      try {
        const out = fn();
        db.exec('COMMIT');
        return out;
      } catch (err) {
        db.exec('ROLLBACK');
        throw err;
      } finally {
        depth--;
      }
    },
    get open() {
      return db.isOpen;
    },
    close: () => db.close(),
  };
}

/** better-sqlite3 ignores object keys the SQL does not name; node:sqlite rejects them. */
function wrapStatement<P extends unknown[], R>(st: NodeStatement, sql: string): SqlStatement<P, R> {
  const names = new Set([...sql.matchAll(/[@:$]([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!));
  const args = (params: unknown[]): unknown[] => {
    const first = params[0];
    if (params.length !== 1 || first === null || typeof first !== 'object' || Buffer.isBuffer(first)) return params;
    const named: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(first)) if (names.has(k)) named[k] = v;
    return [named];
  };
  return {
    run: (...p) => {
      const r = st.run(...args(p));
      return { changes: Number(r.changes) };
    },
    get: (...p) => st.get(...args(p)) as R | undefined,
    all: (...p) => st.all(...args(p)) as R[],
    iterate: (...p) => st.iterate(...args(p)) as IterableIterator<R>,
  };
}
