// In-process next hop (an smtp-server sink that records raw bytes) and a
// client that reports the filter's reply code and text.
import { Readable, Writable } from 'node:stream';
import { SMTPServer } from 'smtp-server';
import { relayMessage, RelayError, type RelayEnvelope } from '../../src/smtp/relay-client.js';

export interface Received {
  sender: string;
  recipients: string[];
  raw: Buffer;
  bodyType?: string | undefined;
  smtpUtf8: boolean;
}

export interface Sink {
  port: number;
  received: Received[];
  close(): Promise<void>;
}

/** A next hop; recipients whose local part starts with `refuse` get 550 at RCPT. */
export async function startSink(): Promise<Sink> {
  const received: Received[] = [];
  const server = new SMTPServer({
    disabledCommands: ['AUTH', 'STARTTLS'],
    authOptional: true,
    disableReverseLookup: true,
    logger: false,
    onRcptTo(address, _session, cb) {
      if (address.address.startsWith('refuse')) return cb(Object.assign(new Error('5.1.1 no such user'), { responseCode: 550 }));
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const env = session.envelope;
        received.push({
          sender: env.mailFrom ? env.mailFrom.address : '',
          recipients: env.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks),
          bodyType: env.bodyType,
          smtpUtf8: env.smtpUtf8 === true,
        });
        cb(null, 'queued as TEST');
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.server.address();
  return {
    port: typeof addr === 'object' && addr ? addr.port : 0,
    received,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export interface SendResult {
  code: number;
  text: string;
}

/** Send raw bytes to the filter; the reply code and text whatever it is. */
export async function send(port: number, env: Omit<RelayEnvelope, 'recipients'> & { recipients: string[] }, raw: Buffer): Promise<SendResult> {
  try {
    const r = await relayMessage(
      { host: '127.0.0.1', port, commandTimeoutMs: 30_000, dataTimeoutMs: 60_000 },
      { ...env, recipients: env.recipients.map((address) => ({ address })) },
      Buffer.alloc(0),
      Readable.from([raw]),
    );
    return { code: Number(r.reply.slice(0, 3)), text: r.reply };
  } catch (e) {
    if (e instanceof RelayError && e.code !== undefined) return { code: e.code, text: e.message };
    throw e;
  }
}

/** Collects log lines in memory (the logger's destination). */
export class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _e: BufferEncoding, cb: () => void) {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    cb();
  }
  get text(): string {
    return this.lines.join('\n');
  }
}

/** The message as the next hop got it: our header line(s), then the original bytes. */
export function splitRelayed(raw: Buffer): { header: string; rest: Buffer } {
  const end = raw.indexOf('\r\n');
  return { header: raw.subarray(0, end).toString('latin1'), rest: raw.subarray(end + 2) };
}
