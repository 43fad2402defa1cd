// Sliding window of the distinct person records one party let out: a sender
// mailing external recipients (`sender_records_24h`, the SMTP filter), an
// owner putting files on a share (`owner_records_24h`, the file daemon). The
// slow drip — 20 rows per mail, a list cut into files of 4 rows — that
// per-item thresholds miss. Records are keyed hashes (the Verdict's
// recordFingerprints), never values. SQLite (better-sqlite3) in the home,
// WAL: survives restarts; rows older than the window are pruned.
//
// One row per (party, fingerprint) holding the last time it went out, so a
// record sent twice counts once and stays in the window from its last send.
// (The table's column is named `sender` for every party: the schema of the
// SMTP filter's existing files.)
import { openDatabase, type SqlDatabase } from '../state/sqlite.js';

export interface RecordWindowOptions {
  /** SQLite file, e.g. `<home>/sender-window.sqlite`, `<home>/owner-window.sqlite`; ':memory:' for tests. */
  path: string;
  /** Window length; default 24 h. */
  windowMs?: number;
  /** Fingerprints kept per party; the count saturates there (default 100 000). */
  maxPerSender?: number;
  /** Prune expired rows at most this often (default 60 s). */
  pruneEveryMs?: number;
  now?: () => number;
}

export class RecordWindow {
  readonly windowMs: number;
  private readonly db: SqlDatabase;
  private readonly maxPerSender: number;
  private readonly pruneEveryMs: number;
  private readonly now: () => number;
  private lastPrune = 0;
  private readonly stmts;

  constructor(opts: RecordWindowOptions) {
    this.windowMs = opts.windowMs ?? 24 * 3600_000;
    this.maxPerSender = opts.maxPerSender ?? 100_000;
    this.pruneEveryMs = opts.pruneEveryMs ?? 60_000;
    this.now = opts.now ?? Date.now;
    this.db = openDatabase(opts.path);
    this.db.pragma('journal_mode = WAL');
    // NORMAL: a crash may lose the last commits, never corrupt; the counter is a heuristic.
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS sent (
        sender TEXT NOT NULL,
        fp     TEXT NOT NULL,
        ts     INTEGER NOT NULL,
        PRIMARY KEY (sender, fp)
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS sent_ts ON sent (ts);
      CREATE INDEX IF NOT EXISTS sent_sender_ts ON sent (sender, ts);
    `);
    this.stmts = {
      count: this.db.prepare<[string, number], { n: number }>('SELECT count(*) AS n FROM sent WHERE sender = ? AND ts >= ?'),
      has: this.db.prepare<[string, string, number], { one: number }>('SELECT 1 AS one FROM sent WHERE sender = ? AND fp = ? AND ts >= ?'),
      upsert: this.db.prepare<[string, string, number]>(
        'INSERT INTO sent (sender, fp, ts) VALUES (?, ?, ?) ON CONFLICT (sender, fp) DO UPDATE SET ts = excluded.ts',
      ),
      prune: this.db.prepare<[number]>('DELETE FROM sent WHERE ts < ?'),
      trim: this.db.prepare<[string, string, number]>(
        'DELETE FROM sent WHERE sender = ? AND fp IN (SELECT fp FROM sent WHERE sender = ? ORDER BY ts ASC LIMIT ?)',
      ),
    };
  }

  private since(now: number): number {
    return now - this.windowMs;
  }

  /** Distinct records this party let out within the window. */
  count(sender: string, now = this.now()): number {
    return this.stmts.count.get(key(sender), this.since(now))?.n ?? 0;
  }

  /** The count as it would be after also sending `fps` (nothing is written). */
  countWith(sender: string, fps: readonly string[], now = this.now()): number {
    const s = key(sender);
    const since = this.since(now);
    let fresh = 0;
    for (const fp of new Set(fps)) if (!this.stmts.has.get(s, fp, since)) fresh++;
    return Math.min(this.maxPerSender, this.count(sender, now) + fresh);
  }

  /** Record that the party let these records out now (call once the message left, the file stayed). */
  record(sender: string, fps: readonly string[], now = this.now()): void {
    if (fps.length === 0) return;
    const s = key(sender);
    this.db.transaction(() => {
      for (const fp of new Set(fps)) this.stmts.upsert.run(s, fp, now);
      const n = this.stmts.count.get(s, 0)?.n ?? 0;
      if (n > this.maxPerSender) this.stmts.trim.run(s, s, n - this.maxPerSender);
    })();
    this.maybePrune(now);
  }

  /** Delete rows older than the window; returns how many. */
  prune(now = this.now()): number {
    this.lastPrune = now;
    return this.stmts.prune.run(this.since(now)).changes;
  }

  private maybePrune(now: number) {
    if (now - this.lastPrune >= this.pruneEveryMs) this.prune(now);
  }

  /** Rows stored (all parties, expired included until pruned). */
  size(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM sent').get() as { n: number }).n;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** Parties compare case-insensitively: an address's domain does, most local parts and account names do in practice. */
const key = (sender: string): string => sender.trim().toLowerCase();
