// The daemon's memory across restarts: one SQLite file (`state.db` in the
// home), WAL mode. Per file: size, mtime, inode, content hash and the last
// verdict/decision, so a restart rescans only what changed while it was down.
// Two side tables: `pending` (paths that must be scanned but did not fit the
// in-memory queue, or were in flight at shutdown) and `intents` (a quarantine
// that started, so a crash between commit and unlink is not quarantined twice).
import { chmodSync, closeSync, openSync } from 'node:fs';
import { openDatabase, type SqlDatabase } from './sqlite.js';
import type { Action } from '../policy/index.js';
import type { Sensitivity } from '../types.js';

export const STATE_FILE = 'state.db';
const SCHEMA_VERSION = 1;

export interface FileRecord {
  path: string;
  size: number;
  mtimeMs: number;
  ino: number;
  /** null when the file could not be read (permission error): reported, not hashed. */
  sha256: string | null;
  sensitivity: Sensitivity;
  action: Action;
  /** Policy rule ids that fired. */
  rules: string[];
  /** Unscannable reasons, if any (never clean when set). */
  unscannable: string[];
  /** Scan generation (rule packs + thresholds) the verdict was made with. */
  gen: string;
  quarantineId: string | null;
  decidedAt: number;
  /** The verdict summary (masked), so a touched-but-identical file can be re-decided without a scan. */
  verdictJson: string;
}

export interface StatLike {
  size: number;
  mtimeMs: number;
  ino: number;
}

interface Row {
  path: string;
  size: number;
  mtime_ms: number;
  ino: number;
  sha256: string | null;
  sensitivity: string;
  action: string;
  rules: string;
  unscannable: string;
  gen: string;
  quarantine_id: string | null;
  decided_at: number;
  verdict: string;
}

const fromRow = (r: Row): FileRecord => ({
  path: r.path,
  size: r.size,
  mtimeMs: r.mtime_ms,
  ino: r.ino,
  sha256: r.sha256,
  sensitivity: r.sensitivity as Sensitivity,
  action: r.action as Action,
  rules: JSON.parse(r.rules) as string[],
  unscannable: JSON.parse(r.unscannable) as string[],
  gen: r.gen,
  quarantineId: r.quarantine_id,
  decidedAt: r.decided_at,
  verdictJson: r.verdict,
});

/** Same size, mtime and inode: treated as unchanged without reading the file (like rsync's quick check). */
export const sameStat = (a: StatLike, b: StatLike): boolean => a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;

export class StateStore {
  private readonly db: SqlDatabase;
  private readonly st;
  private pendingSeq: number;

  constructor(readonly file: string) {
    // Paths and verdicts are sensitive metadata: owner-only, like the rest of the home.
    closeSync(openSync(file, 'a', 0o600));
    chmodSync(file, 0o600);
    this.db = openDatabase(file);
    this.db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a power cut can lose the last commits, never corrupt
    // the file; lost rows are only rescans (the files are still on disk).
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
    this.st = {
      get: this.db.prepare<[string], Row>('SELECT * FROM files WHERE path = ?'),
      upsert: this.db.prepare(
        `INSERT INTO files (path, size, mtime_ms, ino, sha256, sensitivity, action, rules, unscannable, gen, quarantine_id, decided_at, verdict)
         VALUES (@path, @size, @mtimeMs, @ino, @sha256, @sensitivity, @action, @rules, @unscannable, @gen, @quarantineId, @decidedAt, @verdictJson)
         ON CONFLICT(path) DO UPDATE SET size=excluded.size, mtime_ms=excluded.mtime_ms, ino=excluded.ino, sha256=excluded.sha256,
           sensitivity=excluded.sensitivity, action=excluded.action, rules=excluded.rules, unscannable=excluded.unscannable,
           gen=excluded.gen, quarantine_id=excluded.quarantine_id, decided_at=excluded.decided_at, verdict=excluded.verdict`,
      ),
      touch: this.db.prepare('UPDATE files SET size = ?, mtime_ms = ?, ino = ? WHERE path = ?'),
      // A quarantined file's row outlives the file: if the same bytes come back
      // (released by the security team), they are recognised, not re-quarantined.
      del: this.db.prepare('DELETE FROM files WHERE path = ? AND quarantine_id IS NULL'),
      under: this.db.prepare<[string, string], { path: string }>('SELECT path FROM files WHERE path >= ? AND path < ?'),
      count: this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM files'),
      markPending: this.db.prepare('INSERT INTO pending (path, seq) VALUES (?, ?) ON CONFLICT(path) DO UPDATE SET seq = excluded.seq'),
      clearPending: this.db.prepare('DELETE FROM pending WHERE path = ? AND seq <= ?'),
      takePending: this.db.prepare<[number, number], { path: string; seq: number }>(
        'SELECT path, seq FROM pending WHERE seq > ? ORDER BY seq LIMIT ?',
      ),
      isPending: this.db.prepare<[string], { one: number }>('SELECT 1 AS one FROM pending WHERE path = ?'),
      pendingCount: this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM pending'),
      maxSeq: this.db.prepare<[], { m: number | null }>('SELECT max(seq) AS m FROM pending'),
      setIntent: this.db.prepare('INSERT OR REPLACE INTO intents (path, sha256, started) VALUES (?, ?, ?)'),
      clearIntent: this.db.prepare('DELETE FROM intents WHERE path = ?'),
      intents: this.db.prepare<[], { path: string; sha256: string; started: number }>('SELECT * FROM intents'),
    };
    this.pendingSeq = this.st.maxSeq.get()?.m ?? 0;
  }

  private migrate(): void {
    const version = this.db.pragma('user_version') as number;
    if (version > SCHEMA_VERSION) throw new Error(`${this.file}: state store schema ${version} is newer than this listguard (${SCHEMA_VERSION})`);
    if (version === SCHEMA_VERSION) return;
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS files (
        path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ms REAL NOT NULL, ino INTEGER NOT NULL,
        sha256 TEXT, sensitivity TEXT NOT NULL, action TEXT NOT NULL, rules TEXT NOT NULL, unscannable TEXT NOT NULL,
        gen TEXT NOT NULL, quarantine_id TEXT, decided_at INTEGER NOT NULL, verdict TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS pending (path TEXT PRIMARY KEY, seq INTEGER NOT NULL);
      CREATE INDEX IF NOT EXISTS pending_seq ON pending (seq);
      CREATE TABLE IF NOT EXISTS intents (path TEXT PRIMARY KEY, sha256 TEXT NOT NULL, started INTEGER NOT NULL);
      PRAGMA user_version = ${SCHEMA_VERSION};
    `);
  }

  get(path: string): FileRecord | undefined {
    const r = this.st.get.get(path);
    return r ? fromRow(r) : undefined;
  }

  /**
   * Record a decision and clear the path's pending mark if it is not newer
   * than `pendingUpTo` (a mark made while the scan ran must survive).
   */
  record(rec: FileRecord, pendingUpTo = this.pendingSeq): void {
    this.db.transaction(() => {
      this.st.upsert.run({ ...rec, rules: JSON.stringify(rec.rules), unscannable: JSON.stringify(rec.unscannable) });
      this.st.clearPending.run(rec.path, pendingUpTo);
    })();
  }

  /** Content unchanged (same hash): only the stat moved (touch, copy-over with the same bytes). */
  touch(path: string, st: StatLike, pendingUpTo = this.pendingSeq): void {
    this.db.transaction(() => {
      this.st.touch.run(st.size, st.mtimeMs, st.ino, path);
      this.st.clearPending.run(path, pendingUpTo);
    })();
  }

  /** The file is gone. */
  remove(path: string): void {
    this.db.transaction(() => {
      this.st.del.run(path);
      this.st.clearPending.run(path, Number.MAX_SAFE_INTEGER);
    })();
  }

  /** Every recorded path under a directory (prefix `dir/`), for reconciliation. */
  *pathsUnder(dir: string): Generator<string> {
    const lo = dir.endsWith('/') ? dir : `${dir}/`;
    const hi = `${lo.slice(0, -1)}0`; // '0' sorts right after '/'
    for (const r of this.st.under.iterate(lo, hi)) yield r.path;
  }

  /** Forget files that are gone (quarantined ones excepted). Returns the rows removed. */
  removeMany(paths: readonly string[]): number {
    let n = 0;
    this.db.transaction(() => {
      for (const p of paths) {
        n += this.st.del.run(p).changes;
        this.st.clearPending.run(p, Number.MAX_SAFE_INTEGER);
      }
    })();
    return n;
  }

  get fileCount(): number {
    return this.st.count.get()?.n ?? 0;
  }

  // ---- pending (dirty) paths: the queue's overflow, and checkpoints at stop

  markPending(paths: Iterable<string>): number {
    let n = 0;
    this.db.transaction(() => {
      for (const p of paths) {
        this.st.markPending.run(p, ++this.pendingSeq);
        n++;
      }
    })();
    return n;
  }

  clearPending(path: string, upTo = this.pendingSeq): void {
    this.st.clearPending.run(path, upTo);
  }

  /** Sequence number of the newest pending mark. */
  get lastPendingSeq(): number {
    return this.pendingSeq;
  }

  /** Pending paths marked after `afterSeq`, oldest first. They stay pending until recorded or removed. */
  takePending(afterSeq: number, limit: number): { path: string; seq: number }[] {
    return this.st.takePending.all(afterSeq, limit);
  }

  isPending(path: string): boolean {
    return this.st.isPending.get(path) !== undefined;
  }

  get pendingCount(): number {
    return this.st.pendingCount.get()?.n ?? 0;
  }

  // ---- quarantine intents

  setIntent(path: string, sha256: string): void {
    this.st.setIntent.run(path, sha256, Date.now());
  }

  clearIntent(path: string): void {
    this.st.clearIntent.run(path);
  }

  intents(): { path: string; sha256: string; started: number }[] {
    return this.st.intents.all();
  }

  close(): void {
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      this.db.close();
    }
  }
}
