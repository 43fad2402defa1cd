// Encrypted quarantine (format, durability argument and rotation: README.md).
//
// Layout under <home>/quarantine/:
//   <id>/content.bin   'LGQ1' | nonce(12) | AES-256-GCM ciphertext | tag(16)
//   <id>/meta.json     metadata readable without the key + the wrapped data key
//   .tmp-<id>/         an item being written; renamed to <id>/ as the commit
//   .del-<id>/         an item being deleted
// An item exists iff its directory `<id>` exists: one rename commits both files.
import { createCipheriv, createDecipheriv, createHash, randomBytes, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { chmod, link, mkdir, open, readdir, readFile, rename, rm, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Readable, Transform, Writable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { scrub } from '../log/mask.js';
import type { FindingSummary, Sensitivity } from '../types.js';
import { ActionError } from './errors.js';
import { fsyncPath, writeFileAtomic } from './fs-sync.js';
import { idPattern, newId } from './ids.js';
import { generateKey, loadKeyring, writeKeyFile, type Keyring } from './master-key.js';
import type { Action, Channel, DecisionReason, Subject } from './types.js';

export const FORMAT = 1;
const MAGIC = Buffer.from('LGQ1');
const NONCE = 12;
const TAG = 16;
const HEADER = MAGIC.length + NONCE;
const ID_RE = idPattern('q');

export interface QuarantinePut {
  /** A file path, the bytes, or a stream of them. */
  content: string | Buffer | Readable;
  channel: Channel;
  subject: Subject;
  reasons: readonly DecisionReason[];
  findings: FindingSummary[];
  sensitivity?: Sensitivity;
  action?: Action;
  /** File mode to restore on release (files only). */
  mode?: number;
}

/** The subject as shown in metadata: value-like digit runs masked. */
export type DisplaySubject =
  | { kind: 'file'; path: string; name: string; owner?: string }
  | { kind: 'mail'; from: string; to: string[]; attachments: string[] };

export interface MaskedFinding {
  detector: string;
  count: number;
  confidence: string;
  masked: string[];
}

interface Sealed {
  nonce: string;
  data: string;
  tag: string;
}

export interface QuarantineMeta {
  format: number;
  id: string;
  time: string;
  channel: Channel;
  action?: Action;
  sensitivity?: Sensitivity;
  subject: DisplaySubject;
  reasons: { rule: string; action: Action; reason: string }[];
  findings: MaskedFinding[];
  /** SHA-256 (hex) of the plaintext; release checks it. */
  sha256: string;
  size: number;
  keyId: string;
  crypto: {
    alg: 'AES-256-GCM';
    /** The data key, wrapped by master key `keyId`. */
    wrappedKey: Sealed;
    /** The unmasked subject (original path, mode), sealed with the data key. */
    origin: Sealed;
  };
}

export interface ReleaseResult {
  id: string;
  path: string;
  sha256: string;
  size: number;
}

export interface RekeyResult {
  keyId: string;
  /** True when this call created the key (false when finishing an interrupted rotation). */
  rotated: boolean;
  rewrapped: number;
  retired: string[];
}

/** A quarantine backend. Local directories today; an object store can implement the same. */
export interface QuarantineStore {
  put(item: QuarantinePut): Promise<string>;
  list(): Promise<QuarantineMeta[]>;
  show(id: string): Promise<QuarantineMeta>;
  /** Decrypting stream; errors with E_TAMPERED at the end if the tag does not verify. */
  open(id: string): Promise<Readable>;
  /** Decrypt fully and compare size and sha256. */
  verify(id: string): Promise<void>;
  release(id: string, opts?: { to?: string }): Promise<ReleaseResult>;
  /** The unmasked original subject (file path and mode, or mail envelope); needs the key. */
  origin(meta: QuarantineMeta): Promise<{ subject: Subject; mode?: number }>;
  delete(id: string): Promise<void>;
  rekey(): Promise<RekeyResult>;
  /** Remove what a crash left half-written. Returns the removed names. */
  recover(): Promise<string[]>;
}

/** Named points inside put(); the crash tests stop the process at each. */
export const PUT_STEPS = [
  'tmp-created',
  'content-written',
  'content-synced',
  'meta-synced',
  'tmpdir-synced',
  'renamed',
  'committed',
  'verified',
] as const;
export type PutStep = (typeof PUT_STEPS)[number];

export interface LocalStoreOptions {
  dir: string;
  /** Loaded lazily: list/show/delete work without the key. */
  keyring: () => Promise<Keyring>;
  onStep?: (step: PutStep, id: string) => void | Promise<void>;
}

function seal(key: Buffer, plain: Buffer, aad: string): Sealed {
  const nonce = randomBytes(NONCE);
  const c = createCipheriv('aes-256-gcm', key, nonce);
  c.setAAD(Buffer.from(aad));
  const data = Buffer.concat([c.update(plain), c.final()]);
  return { nonce: nonce.toString('base64'), data: data.toString('base64'), tag: c.getAuthTag().toString('base64') };
}

function unseal(key: Buffer, s: Sealed, aad: string, what: string): Buffer {
  try {
    const d = createDecipheriv('aes-256-gcm', key, Buffer.from(s.nonce, 'base64'));
    d.setAAD(Buffer.from(aad));
    d.setAuthTag(Buffer.from(s.tag, 'base64'));
    return Buffer.concat([d.update(Buffer.from(s.data, 'base64')), d.final()]);
  } catch {
    throw new ActionError('E_TAMPERED', `${what}: authentication failed (tampered metadata or wrong key)`);
  }
}

const wrapAad = (id: string, keyId: string) => `listguard-q1-wrap\0${id}\0${keyId}`;
const originAad = (id: string) => `listguard-q1-origin\0${id}`;
const contentAad = (id: string) => `listguard-q1-content\0${id}`;

function displaySubject(s: Subject): DisplaySubject {
  if (s.kind !== 'mail') {
    return { kind: 'file', path: scrub(s.path), name: scrub(basename(s.path)), ...(s.kind === 'file' && s.owner ? { owner: scrub(s.owner) } : {}) };
  }
  return {
    kind: 'mail',
    from: scrub(s.sender),
    to: s.recipients.map(scrub),
    attachments: s.attachments.map(scrub),
  };
}

/** Findings as stored: no `values`, no locations, masked samples re-scrubbed. */
export function maskFindings(findings: readonly FindingSummary[]): MaskedFinding[] {
  return findings.map((f) => ({
    detector: f.detector,
    count: f.count,
    confidence: f.confidence,
    masked: f.masked.slice(0, 5).map(scrub),
  }));
}

/** Encrypts a stream: header first, ciphertext, tag last; hashes and counts the plaintext. */
class GcmEncrypt extends Transform {
  private readonly c;
  private started = false;
  size = 0;
  constructor(key: Buffer, private readonly nonce: Buffer, aad: string, private readonly hash: Hash) {
    super();
    this.c = createCipheriv('aes-256-gcm', key, nonce);
    this.c.setAAD(Buffer.from(aad));
  }
  private header() {
    if (!this.started) {
      this.started = true;
      this.push(Buffer.concat([MAGIC, this.nonce]));
    }
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback) {
    this.header();
    this.hash.update(chunk);
    this.size += chunk.length;
    cb(null, this.c.update(chunk));
  }
  override _flush(cb: TransformCallback) {
    this.header();
    this.push(this.c.final());
    cb(null, this.c.getAuthTag());
  }
}

/** Decrypts; the GCM tag is checked in flush, so the stream fails before it ends if tampered. */
class GcmDecrypt extends Transform {
  private readonly d;
  constructor(key: Buffer, nonce: Buffer, tag: Buffer, aad: string, private readonly id: string) {
    super();
    this.d = createDecipheriv('aes-256-gcm', key, nonce);
    this.d.setAAD(Buffer.from(aad));
    this.d.setAuthTag(tag);
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback) {
    cb(null, this.d.update(chunk));
  }
  override _flush(cb: TransformCallback) {
    try {
      cb(null, this.d.final());
    } catch {
      cb(new ActionError('E_TAMPERED', `quarantine item ${this.id}: content failed authentication (tampered or corrupt)`));
    }
  }
}

function toReadable(content: QuarantinePut['content']): Readable {
  if (typeof content === 'string') return createReadStream(content);
  if (Buffer.isBuffer(content)) return Readable.from([content]);
  return content;
}

/** Writes into an open FileHandle and leaves it open (the caller fsyncs, then closes). */
class HandleSink extends Writable {
  constructor(private readonly fh: FileHandle) {
    super();
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (e?: Error | null) => void) {
    this.fh.write(chunk).then(() => cb(), cb);
  }
}

class HashSink extends Writable {
  readonly hash = createHash('sha256');
  size = 0;
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (e?: Error | null) => void) {
    this.hash.update(chunk);
    this.size += chunk.length;
    cb();
  }
}

export class LocalQuarantineStore implements QuarantineStore {
  readonly dir: string;
  private ring?: Promise<Keyring>;

  constructor(private readonly opts: LocalStoreOptions) {
    this.dir = resolve(opts.dir);
  }

  private keyring(): Promise<Keyring> {
    this.ring ??= this.opts.keyring();
    // A failed load (missing key) must not be cached forever.
    this.ring.catch(() => (this.ring = undefined));
    return this.ring;
  }

  private itemDir(id: string): string {
    if (!ID_RE.test(id)) throw new ActionError('E_BAD_ID', `not a quarantine id: ${JSON.stringify(scrub(id.slice(0, 80)))}`);
    return join(this.dir, id);
  }

  private async step(step: PutStep, id: string) {
    await this.opts.onStep?.(step, id);
  }

  async put(item: QuarantinePut): Promise<string> {
    const ring = await this.keyring();
    const masterKey = ring.keys.get(ring.current);
    if (!masterKey) throw new ActionError('E_KEY_UNKNOWN', `current key ${ring.current} is not in the keyring`);
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const id = newId('q');
    const tmp = join(this.dir, `.tmp-${id}`);
    const dataKey = randomBytes(32);
    try {
      await mkdir(tmp, { mode: 0o700 });
      await this.step('tmp-created', id);

      const hash = createHash('sha256');
      const enc = new GcmEncrypt(dataKey, randomBytes(NONCE), contentAad(id), hash);
      const fh = await open(join(tmp, 'content.bin'), 'wx', 0o600);
      try {
        await pipeline(toReadable(item.content), enc, new HandleSink(fh));
        await this.step('content-written', id);
        await fh.sync();
      } finally {
        await fh.close();
      }
      await this.step('content-synced', id);

      const digest = hash.digest('hex');
      const origin = item.subject.kind !== 'mail' ? { subject: item.subject, mode: item.mode } : { subject: item.subject };
      const meta: QuarantineMeta = {
        format: FORMAT,
        id,
        time: new Date().toISOString(),
        channel: item.channel,
        ...(item.action ? { action: item.action } : {}),
        ...(item.sensitivity ? { sensitivity: item.sensitivity } : {}),
        subject: displaySubject(item.subject),
        reasons: item.reasons.map((r) => ({ rule: r.rule, action: r.action, reason: scrub(r.reason) })),
        findings: maskFindings(item.findings),
        sha256: digest,
        size: enc.size,
        keyId: ring.current,
        crypto: {
          alg: 'AES-256-GCM',
          wrappedKey: seal(masterKey, dataKey, wrapAad(id, ring.current)),
          origin: seal(dataKey, Buffer.from(JSON.stringify(origin)), originAad(id)),
        },
      };
      const mh = await open(join(tmp, 'meta.json'), 'wx', 0o600);
      try {
        await mh.writeFile(JSON.stringify(meta, null, 2) + '\n');
        await mh.sync();
      } finally {
        await mh.close();
      }
      await this.step('meta-synced', id);
      await fsyncPath(tmp);
      await this.step('tmpdir-synced', id);
      await rename(tmp, join(this.dir, id));
      await this.step('renamed', id);
      await fsyncPath(this.dir);
      await this.step('committed', id);
    } catch (e) {
      await rm(tmp, { recursive: true, force: true }).catch(() => {});
      throw e;
    } finally {
      dataKey.fill(0);
    }
    try {
      await this.verify(id);
    } catch (e) {
      // A copy that does not read back is no copy: drop it, the caller keeps the original.
      await this.delete(id).catch(() => {});
      throw e;
    }
    await this.step('verified', id);
    return id;
  }

  /** Entries of the store directory; none when it does not exist yet. */
  private async entries(): Promise<string[]> {
    try {
      return await readdir(this.dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
  }

  async list(): Promise<QuarantineMeta[]> {
    const names = await this.entries();
    const out: QuarantineMeta[] = [];
    for (const n of names.filter((n) => ID_RE.test(n)).sort()) out.push(await this.show(n));
    return out;
  }

  async show(id: string): Promise<QuarantineMeta> {
    const dir = this.itemDir(id);
    try {
      return JSON.parse(await readFile(join(dir, 'meta.json'), 'utf8')) as QuarantineMeta;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new ActionError('E_NOT_FOUND', `no quarantine item ${id} in ${this.dir}`);
      throw new ActionError('E_TAMPERED', `quarantine item ${id}: unreadable metadata`);
    }
  }

  private async dataKey(meta: QuarantineMeta): Promise<Buffer> {
    const ring = await this.keyring();
    const master = ring.keys.get(meta.keyId);
    if (!master) {
      throw new ActionError(
        'E_KEY_UNKNOWN',
        `quarantine item ${meta.id} is wrapped with key ${meta.keyId}, which is not in the keyring (have: ${[...ring.keys.keys()].join(', ')})`,
      );
    }
    return unseal(master, meta.crypto.wrappedKey, wrapAad(meta.id, meta.keyId), `quarantine item ${meta.id}: data key`);
  }

  async open(id: string): Promise<Readable> {
    const meta = await this.show(id);
    const key = await this.dataKey(meta);
    const path = join(this.itemDir(id), 'content.bin');
    const { size } = await stat(path);
    if (size < HEADER + TAG) throw new ActionError('E_TAMPERED', `quarantine item ${id}: content truncated`);
    const fh = await open(path, 'r');
    const head = Buffer.alloc(HEADER);
    const tag = Buffer.alloc(TAG);
    try {
      await fh.read(head, 0, HEADER, 0);
      await fh.read(tag, 0, TAG, size - TAG);
    } finally {
      await fh.close();
    }
    if (!head.subarray(0, MAGIC.length).equals(MAGIC)) throw new ActionError('E_TAMPERED', `quarantine item ${id}: bad content header`);
    const dec = new GcmDecrypt(key, head.subarray(MAGIC.length), tag, contentAad(id), id);
    if (size === HEADER + TAG) {
      dec.end();
      return dec;
    }
    const src = createReadStream(path, { start: HEADER, end: size - TAG - 1 });
    src.on('error', (e) => dec.destroy(e));
    return src.pipe(dec);
  }

  async verify(id: string): Promise<void> {
    const meta = await this.show(id);
    const sink = new HashSink();
    await pipeline(await this.open(id), sink);
    if (sink.size !== meta.size || sink.hash.digest('hex') !== meta.sha256) {
      throw new ActionError('E_TAMPERED', `quarantine item ${id}: plaintext does not match its recorded sha256`);
    }
  }

  async origin(meta: QuarantineMeta): Promise<{ subject: Subject; mode?: number }> {
    const key = await this.dataKey(meta);
    const plain = unseal(key, meta.crypto.origin, originAad(meta.id), `quarantine item ${meta.id}: origin`);
    return JSON.parse(plain.toString('utf8')) as { subject: Subject; mode?: number };
  }

  async release(id: string, opts: { to?: string } = {}): Promise<ReleaseResult> {
    const meta = await this.show(id);
    const origin = await this.origin(meta);
    let dest: string;
    if (opts.to) dest = resolve(opts.to);
    else if (origin.subject.kind !== 'mail') dest = origin.subject.path;
    else throw new ActionError('E_NOT_FOUND', `quarantine item ${id} is a mail message: give --to PATH`);
    const exists = await stat(dest).then(() => true, () => false);
    if (exists) throw new ActionError('E_EXISTS', `refusing to overwrite ${scrub(dest)}`);
    const dir = dirname(dest);
    const tmp = join(dir, `.${basename(dest)}.listguard-release-${randomBytes(4).toString('hex')}`);
    const hash = createHash('sha256');
    let size = 0;
    const fh = await open(tmp, 'wx', 0o600);
    try {
      const tap = new Transform({
        transform(chunk: Buffer, _e, cb) {
          hash.update(chunk);
          size += chunk.length;
          cb(null, chunk);
        },
      });
      await pipeline(await this.open(id), tap, new HandleSink(fh));
      await fh.sync();
      await fh.close();
      const digest = hash.digest('hex');
      if (digest !== meta.sha256 || size !== meta.size) {
        throw new ActionError('E_TAMPERED', `quarantine item ${id}: released bytes do not match the recorded sha256`);
      }
      if (origin.mode !== undefined) await chmod(tmp, origin.mode & 0o7777);
      // link() fails with EEXIST instead of replacing: no overwrite even if a file appeared meanwhile.
      try {
        await link(tmp, dest);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new ActionError('E_EXISTS', `refusing to overwrite ${scrub(dest)}`);
        throw e;
      }
      await unlink(tmp);
      await fsyncPath(dir);
      return { id, path: dest, sha256: digest, size };
    } catch (e) {
      await fh.close().catch(() => {});
      await unlink(tmp).catch(() => {});
      throw e;
    }
  }

  async delete(id: string): Promise<void> {
    const dir = this.itemDir(id);
    const del = join(this.dir, `.del-${id}`);
    try {
      // Rename first so a crash mid-delete never leaves a half item that looks whole.
      await rename(dir, del);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new ActionError('E_NOT_FOUND', `no quarantine item ${id} in ${this.dir}`);
      throw e;
    }
    await fsyncPath(this.dir);
    await rm(del, { recursive: true, force: true });
  }

  async rekey(): Promise<RekeyResult> {
    let ring = await this.keyring();
    if (ring.source !== 'file' || !ring.path) {
      throw new ActionError(
        'E_REKEY_ENV',
        'the quarantine key comes from LISTGUARD_QUARANTINE_KEY: rotate by prepending a new key to the variable (comma-separated), run rekey with a key file, or unset it to use the key file',
      );
    }
    let rotated = false;
    // A ring with several keys is an interrupted rotation: finish it, do not start another.
    if (ring.keys.size === 1) {
      const k = generateKey();
      const keys = new Map(ring.keys);
      keys.set(k.id, k.key);
      ring = { ...ring, current: k.id, keys };
      await writeKeyFile(ring.path!, ring);
      this.ring = Promise.resolve(ring);
      rotated = true;
    }
    const current = ring.keys.get(ring.current)!;
    let rewrapped = 0;
    for (const meta of await this.list()) {
      if (meta.keyId === ring.current) continue;
      const dataKey = await this.dataKey(meta);
      const next: QuarantineMeta = {
        ...meta,
        keyId: ring.current,
        crypto: { ...meta.crypto, wrappedKey: seal(current, dataKey, wrapAad(meta.id, ring.current)) },
      };
      dataKey.fill(0);
      await writeFileAtomic(join(this.itemDir(meta.id), 'meta.json'), JSON.stringify(next, null, 2) + '\n');
      rewrapped++;
    }
    const retired = [...ring.keys.keys()].filter((k) => k !== ring.current);
    if (retired.length > 0) {
      ring = { ...ring, keys: new Map([[ring.current, current]]) };
      await writeKeyFile(ring.path!, ring);
      this.ring = Promise.resolve(ring);
    }
    return { keyId: ring.current, rotated, rewrapped, retired };
  }

  async recover(): Promise<string[]> {
    const names = await this.entries();
    const removed: string[] = [];
    for (const n of names) {
      if (n.startsWith('.tmp-') || n.startsWith('.del-')) {
        await rm(join(this.dir, n), { recursive: true, force: true });
        removed.push(n);
      } else if (ID_RE.test(n)) {
        // Leftover temp files of an interrupted metadata rewrite (rekey).
        for (const f of await readdir(join(this.dir, n))) {
          if (f.startsWith('.meta.json.tmp-')) {
            await rm(join(this.dir, n, f), { force: true });
            removed.push(`${n}/${f}`);
          }
        }
      }
    }
    if (removed.length) await fsyncPath(this.dir);
    return removed;
  }
}

/** The store of a home, with the keyring loaded from env or key file on first need. */
export function openLocalQuarantine(opts: {
  home: string;
  env: NodeJS.ProcessEnv;
  onStep?: LocalStoreOptions['onStep'];
}): LocalQuarantineStore {
  return new LocalQuarantineStore({
    dir: join(opts.home, 'quarantine'),
    keyring: () => loadKeyring(opts.home, opts.env),
    ...(opts.onStep ? { onStep: opts.onStep } : {}),
  });
}
