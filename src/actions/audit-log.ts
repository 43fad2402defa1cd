// Tamper-evident audit log: JSON lines, each carrying `prev` = SHA-256 of the
// previous line's exact bytes and `hash` = SHA-256 of its own body, plus a
// gap-free `seq`. An edit breaks the line's own hash (or, if recomputed, the
// next line's `prev`); a deletion, insertion or reordering breaks `seq`.
// Limits (README): a chain cannot prove its tail was not cut or rewritten by
// someone who recomputes the last hashes — anchor the printed head hash elsewhere.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, stat, unlink, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { scrubDeep } from '../log/mask.js';
import { currentActor, type Actor } from './actor.js';
import { ActionError } from './errors.js';

export const GENESIS = '0'.repeat(64);
/** One record may not exceed this; bounds what append reads back from the tail. */
export const MAX_LINE_BYTES = 64 * 1024;
const LOCK_STALE_MS = 30_000;
const LOCK_WAIT_MS = 10_000;

export interface AuditEvent {
  /** Dotted event name: `quarantine.release`, `policy.reload`, `config.change`… */
  event: string;
  details?: Record<string, unknown>;
  actor?: Actor;
}

export interface AuditRecord {
  seq: number;
  time: string;
  actor: Actor;
  event: string;
  details: Record<string, unknown>;
  prev: string;
  hash: string;
}

const sha256 = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

/** The record body in fixed key order, as hashed. */
function bodyOf(r: Omit<AuditRecord, 'hash'>): string {
  return JSON.stringify({ seq: r.seq, time: r.time, actor: r.actor, event: r.event, details: r.details, prev: r.prev });
}

// In-process serialisation per file; the lock file serialises processes.
const chains = new Map<string, Promise<unknown>>();

export async function appendAudit(home: string, ev: AuditEvent): Promise<AuditRecord> {
  return appendAuditFile(join(home, 'audit.log'), ev);
}

export function appendAuditFile(path: string, ev: AuditEvent): Promise<AuditRecord> {
  const prior = chains.get(path) ?? Promise.resolve();
  const next = prior.catch(() => {}).then(() => withLock(path, () => appendLocked(path, ev)));
  chains.set(path, next);
  next
    .finally(() => {
      if (chains.get(path) === next) chains.delete(path);
    })
    .catch(() => {}); // the caller gets the rejection through `next`
  return next;
}

async function withLock<T>(path: string, fn: () => Promise<T>): Promise<T> {
  const lock = `${path}.lock`;
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (let delay = 5; ; delay = Math.min(delay * 2, 200)) {
    try {
      const fh = await open(lock, 'wx', 0o600);
      await fh.writeFile(String(process.pid));
      await fh.close();
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const st = await stat(lock).catch(() => undefined);
      // A holder that crashed leaves its lock behind; appends take milliseconds.
      if (st && Date.now() - st.mtimeMs > LOCK_STALE_MS) await unlink(lock).catch(() => {});
      if (Date.now() > deadline) throw new ActionError('E_AUDIT_LOCK', `audit log ${path} is locked by another process (${lock})`);
      await new Promise((r) => setTimeout(r, delay));
    }
  }
  try {
    return await fn();
  } finally {
    await unlink(lock).catch(() => {});
  }
}

async function appendLocked(path: string, ev: AuditEvent): Promise<AuditRecord> {
  const fh = await open(path, 'a+', 0o600);
  try {
    const tail = await readTail(fh);
    const prev = tail.last === undefined ? GENESIS : sha256(tail.last);
    const seq = tail.lastSeq + (tail.last === undefined ? 1 : tail.lastParsed ? 1 : 2);
    const body: Omit<AuditRecord, 'hash'> = {
      seq,
      time: new Date().toISOString(),
      actor: ev.actor ?? currentActor(),
      event: ev.event,
      // Audit details are paths, ids and counts; scrub anyway (nothing raw).
      details: scrubDeep(ev.details ?? {}) as Record<string, unknown>,
      prev,
    };
    const rec: AuditRecord = { ...body, hash: sha256(bodyOf(body)) };
    const line = JSON.stringify(rec);
    if (Buffer.byteLength(line) > MAX_LINE_BYTES) throw new Error(`audit record for ${ev.event} exceeds ${MAX_LINE_BYTES} bytes`);
    // A torn last line (crash mid-write) stays in place, visibly bad for verify;
    // the new record starts on its own line and chains to the torn bytes.
    await fh.write((tail.torn ? '\n' : '') + line + '\n');
    await fh.sync();
    return rec;
  } finally {
    await fh.close();
  }
}

interface Tail {
  /** Exact text of the last line (without newline), if any. */
  last?: string;
  lastParsed: boolean;
  /** seq of the last parseable line among the last two (0 if none). */
  lastSeq: number;
  torn: boolean;
}

async function readTail(fh: FileHandle): Promise<Tail> {
  const { size } = await fh.stat();
  if (size === 0) return { lastParsed: false, lastSeq: 0, torn: false };
  const len = Math.min(size, 2 * MAX_LINE_BYTES + 2);
  const buf = Buffer.alloc(len);
  await fh.read(buf, 0, len, size - len);
  const torn = buf[len - 1] !== 0x0a;
  const text = buf.toString('utf8', 0, torn ? len : len - 1);
  const lines = text.split('\n');
  const last = lines[lines.length - 1] ?? '';
  if (len < size && lines.length < 2) throw new Error('audit log: last line exceeds the record size bound');
  const seqOf = (l: string | undefined): number | undefined => {
    try {
      const r = JSON.parse(l ?? '') as { seq?: unknown };
      return typeof r.seq === 'number' ? r.seq : undefined;
    } catch {
      return undefined;
    }
  };
  const s1 = seqOf(last);
  const s0 = lines.length >= 2 ? seqOf(lines[lines.length - 2]) : undefined;
  return { last, lastParsed: s1 !== undefined, lastSeq: s1 ?? s0 ?? 0, torn };
}

export type VerifyResult =
  | { ok: true; records: number; head: string }
  | { ok: false; line: number; reason: string; records: number };

/** Check the whole chain; report the first bad line (1-based) and why. */
export async function verifyAudit(path: string): Promise<VerifyResult> {
  const st = await stat(path);
  let endsWithNewline = true;
  if (st.size > 0) {
    const fh = await open(path, 'r');
    const b = Buffer.alloc(1);
    await fh.read(b, 0, 1, st.size - 1);
    await fh.close();
    endsWithNewline = b[0] === 0x0a;
  }
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  let prevHash = GENESIS;
  let expectSeq = 1;
  const fail = (reason: string) => {
    rl.close();
    return { ok: false as const, line: n, reason, records: n - 1 };
  };
  for await (const line of rl) {
    n++;
    let r: Partial<AuditRecord>;
    try {
      r = JSON.parse(line) as Partial<AuditRecord>;
    } catch {
      return fail('not valid JSON (truncated or edited line)');
    }
    if (
      typeof r !== 'object' || r === null ||
      typeof r.seq !== 'number' || typeof r.prev !== 'string' || typeof r.hash !== 'string' ||
      typeof r.event !== 'string' || typeof r.time !== 'string'
    ) {
      return fail('missing or malformed fields (seq, time, event, prev, hash)');
    }
    if (sha256(bodyOf(r as AuditRecord)) !== r.hash) return fail('record hash mismatch (line edited)');
    if (r.seq !== expectSeq) {
      return fail(`seq ${r.seq}, expected ${expectSeq} (a line was deleted, inserted or reordered)`);
    }
    if (r.prev !== prevHash) {
      return fail(
        n === 1
          ? 'prev is not the genesis hash (lines removed from the start)'
          : `prev does not match the hash of line ${n - 1} (line ${n - 1} edited, or lines removed)`,
      );
    }
    prevHash = sha256(line);
    expectSeq++;
  }
  if (!endsWithNewline && n > 0) return { ok: false, line: n, reason: 'last line has no newline (truncated write)', records: n - 1 };
  return { ok: true, records: n, head: prevHash };
}
