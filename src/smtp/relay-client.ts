// A minimal SMTP client for the next hop. Why not nodemailer's SMTPConnection:
// it goes on to DATA when only some recipients were accepted, and the filter
// must not deliver to a subset and then answer 451 (Postfix would retry all
// of them: duplicates). Here any refused RCPT means RSET before DATA, so a
// relay either reaches every recipient or none. The body is streamed with
// dot-stuffing only — the bytes the next hop stores are the bytes we got.
import { connect, type Socket } from 'node:net';
import type { Readable } from 'node:stream';

export interface NextHop {
  host: string;
  port: number;
}

export interface RelayEnvelope {
  /** '' for the null sender. */
  sender: string;
  recipients: readonly RelayRecipient[];
  /** The client declared BODY=8BITMIME. */
  eightBit?: boolean;
  /** The client declared SMTPUTF8. */
  smtpUtf8?: boolean;
  /** DSN parameters of MAIL FROM (RFC 3461). */
  dsn?: { ret?: string | undefined; envid?: string | undefined };
  /** Declared size for SIZE=, when known. */
  size?: number;
}

export interface RelayRecipient {
  address: string;
  /** DSN NOTIFY values and ORCPT, passed on when the next hop speaks DSN. */
  notify?: readonly string[] | undefined;
  orcpt?: string | undefined;
}

export interface RelayOptions extends NextHop {
  /** Our EHLO name. */
  name?: string;
  /** Per-command reply timeout (ms); default 60 s. */
  commandTimeoutMs?: number;
  /** Timeout for the final reply after the body (ms); default 10 min (RFC 5321 §4.5.3.2.6). */
  dataTimeoutMs?: number;
}

export type RelayFailure = 'connect' | 'protocol' | 'rejected-sender' | 'rejected-recipient' | 'rejected-data' | 'timeout' | 'source';

/** Why a relay did not happen; `reply` is the next hop's text (addresses only, never content). */
export class RelayError extends Error {
  override name = 'RelayError';
  constructor(
    readonly kind: RelayFailure,
    message: string,
    readonly code?: number,
  ) {
    super(message);
  }
}

export interface RelayResult {
  /** The next hop's final reply, e.g. `250 2.0.0 Ok: queued as 4Xyz`. */
  reply: string;
  accepted: number;
}

interface Reply {
  code: number;
  lines: string[];
}

/** Reads SMTP replies (multi-line `250-…`/`250 …`) off a socket. */
class ReplyReader {
  private buf = '';
  private readonly queue: Reply[] = [];
  private waiter: { resolve: (r: Reply) => void; reject: (e: Error) => void } | null = null;
  private failed: Error | null = null;
  private lines: string[] = [];

  constructor(socket: Socket) {
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => this.push(chunk));
    socket.on('error', (e) => this.fail(new RelayError('connect', `next hop: ${e.message}`)));
    socket.on('close', () => this.fail(new RelayError('protocol', 'next hop closed the connection')));
  }

  private push(chunk: string) {
    this.buf += chunk;
    if (this.buf.length > 64 * 1024) return this.fail(new RelayError('protocol', 'next hop reply too long'));
    let i: number;
    while ((i = this.buf.indexOf('\n')) >= 0) {
      const line = this.buf.slice(0, i).replace(/\r$/, '');
      this.buf = this.buf.slice(i + 1);
      const m = /^(\d{3})([ -])(.*)$/.exec(line) ?? /^(\d{3})()$/.exec(line);
      if (!m) return this.fail(new RelayError('protocol', `next hop sent a malformed reply`));
      this.lines.push(m[3] ?? '');
      if (m[2] !== '-') {
        const reply = { code: Number(m[1]), lines: this.lines };
        this.lines = [];
        if (this.waiter) {
          const w = this.waiter;
          this.waiter = null;
          w.resolve(reply);
        } else this.queue.push(reply);
      }
    }
  }

  private fail(e: Error) {
    if (this.failed) return;
    this.failed = e;
    if (this.waiter) {
      const w = this.waiter;
      this.waiter = null;
      w.reject(e);
    }
  }

  next(timeoutMs: number): Promise<Reply> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve(queued);
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = null;
        reject(new RelayError('timeout', `next hop did not answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiter = {
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      };
    });
  }
}

const replyText = (r: Reply): string => `${r.code} ${r.lines.join(' / ')}`.slice(0, 300);

/** xtext (RFC 3461 §4): '+', '=' and anything outside 33..126 as +HH. */
const xtext = (s: string): string =>
  Buffer.from(s, 'utf8').reduce((out, b) => out + (b < 33 || b > 126 || b === 0x2b || b === 0x3d ? `+${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b)), '');

/**
 * Writes `chunks` as DATA content: a '.' at the start of a line is doubled
 * (RFC 5321 §4.5.2) and nothing else changes. A line start is after any LF,
 * which is how Postfix reads lines too.
 */
class DotStuffer {
  private atLineStart = true;
  lastTwo = Buffer.alloc(0);

  stuff(chunk: Buffer): Buffer {
    if (chunk.length === 0) return chunk;
    const parts: Buffer[] = [];
    let from = 0;
    for (let i = 0; i < chunk.length; i++) {
      if (this.atLineStart && chunk[i] === 0x2e) {
        parts.push(chunk.subarray(from, i), DOT);
        from = i;
      }
      this.atLineStart = chunk[i] === 0x0a;
    }
    parts.push(chunk.subarray(from));
    this.lastTwo = Buffer.concat([this.lastTwo, chunk.subarray(-2)]).subarray(-2);
    return parts.length === 1 ? chunk : Buffer.concat(parts);
  }
}
const DOT = Buffer.from('.');
const CRLF = Buffer.from('\r\n');

function write(socket: Socket, data: Buffer | string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (socket.write(data)) return resolve();
    const onDrain = () => {
      socket.off('close', onClose);
      resolve();
    };
    const onClose = () => {
      socket.off('drain', onDrain);
      reject(new RelayError('protocol', 'next hop closed the connection while we were sending'));
    };
    socket.once('drain', onDrain);
    socket.once('close', onClose);
  });
}

/**
 * Relay one message: `head` (our X-Listguard header lines, may be empty)
 * then `body` (the original bytes). Resolves only when the next hop accepted
 * every recipient and then the message; otherwise rejects with RelayError
 * and nothing was delivered (the socket is dropped before the final dot when
 * the body stream fails, so a half message is never committed).
 */
export async function relayMessage(opts: RelayOptions, env: RelayEnvelope, head: Buffer, body: Readable): Promise<RelayResult> {
  const commandTimeout = opts.commandTimeoutMs ?? 60_000;
  const dataTimeout = opts.dataTimeoutMs ?? 600_000;
  if (env.recipients.length === 0) throw new RelayError('protocol', 'no recipients');
  const socket = connect({ host: opts.host, port: opts.port });
  socket.setNoDelay(true);
  const reader = new ReplyReader(socket);
  const expect = async (ok: (code: number) => boolean, kind: RelayFailure, what: string, timeout = commandTimeout): Promise<Reply> => {
    const r = await reader.next(timeout);
    if (!ok(r.code)) throw new RelayError(kind, `next hop refused ${what}: ${replyText(r)}`, r.code);
    return r;
  };
  const is2 = (c: number) => c >= 200 && c < 300;
  let sentDot = false;
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new RelayError('timeout', `connect to ${opts.host}:${opts.port} timed out`)), commandTimeout);
      socket.once('connect', () => {
        clearTimeout(timer);
        resolve();
      });
      socket.once('error', (e) => {
        clearTimeout(timer);
        reject(new RelayError('connect', `cannot connect to next hop ${opts.host}:${opts.port}: ${(e as NodeJS.ErrnoException).code ?? e.message}`));
      });
    });
    await expect((c) => c === 220, 'protocol', 'the session (greeting)');
    await write(socket, `EHLO ${opts.name ?? 'listguard'}\r\n`);
    const ehlo = await expect(is2, 'protocol', 'EHLO');
    const caps = new Set(ehlo.lines.slice(1).map((l) => l.split(/\s+/)[0]!.toUpperCase()));

    const needsUtf8 = env.smtpUtf8 || [env.sender, ...env.recipients.map((r) => r.address)].some((a) => /[^\x00-\x7f]/.test(a));
    if (needsUtf8 && !caps.has('SMTPUTF8')) throw new RelayError('protocol', 'next hop does not offer SMTPUTF8');
    const dsn = caps.has('DSN');
    let mail = `MAIL FROM:<${env.sender}>`;
    if (env.size !== undefined && caps.has('SIZE')) mail += ` SIZE=${env.size}`;
    if (env.eightBit && caps.has('8BITMIME')) mail += ' BODY=8BITMIME';
    if (needsUtf8) mail += ' SMTPUTF8';
    if (dsn && env.dsn?.ret) mail += ` RET=${env.dsn.ret}`;
    if (dsn && env.dsn?.envid) mail += ` ENVID=${xtext(env.dsn.envid)}`;
    await write(socket, `${mail}\r\n`);
    await expect(is2, 'rejected-sender', 'the sender');

    // Every recipient, one at a time; the first refusal aborts the whole transaction.
    for (const r of env.recipients) {
      let rcpt = `RCPT TO:<${r.address}>`;
      if (dsn && r.notify?.length) rcpt += ` NOTIFY=${r.notify.join(',')}`;
      if (dsn && r.orcpt) rcpt += ` ORCPT=${r.orcpt.includes(';') ? r.orcpt : `rfc822;${xtext(r.orcpt)}`}`;
      await write(socket, `${rcpt}\r\n`);
      const reply = await reader.next(commandTimeout);
      if (!is2(reply.code)) {
        await write(socket, 'RSET\r\n').catch(() => {});
        throw new RelayError('rejected-recipient', `next hop refused a recipient: ${replyText(reply)}`, reply.code);
      }
    }
    await write(socket, 'DATA\r\n');
    await expect((c) => c === 354, 'rejected-data', 'DATA');

    const stuffer = new DotStuffer();
    if (head.length) await write(socket, stuffer.stuff(head));
    try {
      for await (const chunk of body) {
        const out = stuffer.stuff(chunk as Buffer);
        if (out.length) await write(socket, out);
      }
    } catch (e) {
      // Never send the dot: the next hop discards a transaction cut short.
      if (e instanceof RelayError) throw e;
      throw new RelayError('source', `message source failed: ${(e as Error).message}`);
    }
    const endsWithCrlf = stuffer.lastTwo.equals(CRLF);
    await write(socket, endsWithCrlf ? '.\r\n' : '\r\n.\r\n');
    sentDot = true;
    const final = await expect(is2, 'rejected-data', 'the message', dataTimeout);
    socket.end('QUIT\r\n');
    return { reply: replyText(final), accepted: env.recipients.length };
  } finally {
    if (!sentDot) socket.destroy();
    else setTimeout(() => socket.destroy(), 1_000).unref();
  }
}
