// Release of a quarantined mail: reinject it to the next hop with its
// original envelope (sender and recipients as the filter received them).
// The plaintext streams out of the store; the GCM tag and the recorded
// SHA-256 are checked before the final dot is sent, so tampered content is
// never delivered (the next hop drops a transaction without its dot).
import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import { ActionError } from '../actions/errors.js';
import type { QuarantineMeta, QuarantineStore } from '../actions/quarantine-store.js';
import type { MailSubject, Subject } from '../policy/index.js';
import { relayMessage, type NextHop, type RelayResult } from './relay-client.js';

export interface ReinjectResult extends RelayResult {
  id: string;
  sha256: string;
  size: number;
  recipients: number;
}

/** The sealed, unmasked subject of an item (meta.json only has the masked one). */
async function originOf(store: QuarantineStore, meta: QuarantineMeta): Promise<Subject> {
  return (await store.origin(meta)).subject;
}

export async function reinject(store: QuarantineStore, id: string, hop: NextHop & { name?: string }): Promise<ReinjectResult> {
  const meta = await store.show(id);
  if (meta.channel !== 'smtp' || meta.subject.kind !== 'mail') {
    throw new ActionError('E_NOT_FOUND', `quarantine item ${id} is not a mail message (channel ${meta.channel})`);
  }
  const subject = (await originOf(store, meta)) as MailSubject;
  if (subject.kind !== 'mail' || subject.recipients.length === 0) {
    throw new ActionError('E_TAMPERED', `quarantine item ${id}: no envelope recipients recorded`);
  }
  const hash = createHash('sha256');
  let size = 0;
  // Hash and measure while streaming; throwing in flush keeps the dot from being sent.
  const check = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      size += chunk.length;
      cb(null, chunk);
    },
    flush(cb) {
      const digest = hash.digest('hex');
      if (digest !== meta.sha256 || size !== meta.size) {
        cb(new ActionError('E_TAMPERED', `quarantine item ${id}: content does not match its recorded sha256`));
      } else cb();
    },
  });
  const source = await store.open(id);
  source.on('error', (e) => check.destroy(e));
  const header = Buffer.from(`X-Listguard-Released: ${id}\r\n`, 'latin1');
  const result = await relayMessage(
    { host: hop.host, port: hop.port, name: hop.name ?? 'listguard' },
    {
      sender: subject.sender,
      recipients: subject.recipients.map((address) => ({ address })),
      // The original BODY= is not recorded; 8BITMIME is a superset of 7BIT, so declaring it is always safe.
      eightBit: true,
      size: meta.size,
    },
    header,
    source.pipe(check),
  );
  return { ...result, id, sha256: meta.sha256, size, recipients: subject.recipients.length };
}

/** `host:port` → NextHop; used by the CLI options. */
export function parseHostPort(s: string, what: string): NextHop {
  const m = /^\[?([^\]]+?)\]?:(\d{1,5})$/.exec(s.trim());
  const port = m ? Number(m[2]) : NaN;
  if (!m || !(port > 0 && port < 65536)) throw new Error(`${what}: expected HOST:PORT, got '${s}'`);
  return { host: m[1]!, port };
}
