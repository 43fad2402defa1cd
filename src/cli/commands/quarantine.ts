// `listguard quarantine list|show ID|release ID [--to PATH]|delete ID|rekey`.
// Every call that reads or changes an item is audited with who ran it.
import { parseArgs } from 'node:util';
import { appendAudit } from '../../actions/audit-log.js';
import { isActionError } from '../../actions/errors.js';
import { resolveHome } from '../../actions/home.js';
import { openLocalQuarantine, type QuarantineMeta } from '../../actions/quarantine-store.js';
import { scrub } from '../../log/mask.js';
import { parseHostPort, reinject } from '../../smtp/reinject.js';
import { UsageError, type Command } from '../command.js';

const USAGE = 'usage: listguard quarantine list [--json] | show ID | release ID [--to PATH | --next-hop HOST:PORT] | delete ID | rekey  [--home DIR]';

function subjectLine(m: QuarantineMeta): string {
  return m.subject.kind === 'file' ? m.subject.path : `${m.subject.from} -> ${m.subject.to.join(',')}`;
}

/** Metadata as shown: everything but the (useless without the key) sealed blobs. */
function publicMeta(m: QuarantineMeta) {
  const { crypto: _crypto, ...rest } = m;
  return rest;
}

export const quarantineCommand: Command = {
  name: 'quarantine',
  usage: USAGE,
  summary: 'list, show, release, delete quarantined items; rekey the quarantine',
  async run(argv, io) {
    let values, positionals;
    try {
      ({ values, positionals } = parseArgs({
        args: argv,
        options: { to: { type: 'string' }, 'next-hop': { type: 'string' }, home: { type: 'string' }, json: { type: 'boolean' } },
        strict: true,
        allowPositionals: true,
      }));
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    const [verb, id, ...extra] = positionals;
    const needsId = verb === 'show' || verb === 'release' || verb === 'delete';
    if (!verb || extra.length || (needsId ? !id : id !== undefined)) throw new UsageError(USAGE);
    if (values.to !== undefined && verb !== 'release') throw new UsageError('--to is only for release');
    const home = values.home ?? resolveHome(io.env);
    const store = openLocalQuarantine({ home, env: io.env });
    const audit = (event: string, details: Record<string, unknown>) => appendAudit(home, { event, details });

    try {
      switch (verb) {
        case 'list': {
          const items = await store.list();
          if (values.json) {
            for (const m of items) io.stdout.write(JSON.stringify(publicMeta(m)) + '\n');
          } else if (items.length === 0) {
            io.stdout.write(`no quarantined items in ${store.dir}\n`);
          } else {
            for (const m of items) {
              io.stdout.write(
                `${m.id}  ${m.time}  ${m.channel.padEnd(4)}  ${String(m.size).padStart(10)} B  ${m.reasons.map((r) => r.rule).join(',')}  ${subjectLine(m)}\n`,
              );
            }
          }
          await audit('quarantine.list', { count: items.length });
          return 0;
        }
        case 'show': {
          const m = await store.show(id!);
          io.stdout.write(JSON.stringify(publicMeta(m), null, 2) + '\n');
          await audit('quarantine.show', { id });
          return 0;
        }
        case 'release': {
          // Mail (smtp channel) is reinjected to the next hop with its original envelope (src/smtp/reinject.ts).
          if (values.to === undefined && (await store.show(id!)).channel === 'smtp') {
            const hop = parseHostPort(values['next-hop'] ?? io.env.LISTGUARD_NEXT_HOP ?? '127.0.0.1:10026', '--next-hop');
            const m = await reinject(store, id!, hop);
            await audit('quarantine.release', { id, to: `smtp://${hop.host}:${hop.port}`, sha256: m.sha256, size: m.size, recipients: m.recipients });
            io.stdout.write(`released ${id}: reinjected to ${hop.host}:${hop.port} for ${m.recipients} recipient(s) (${m.size} bytes, sha256 verified; ${scrub(m.reply)})\n`);
            return 0;
          }
          const r = await store.release(id!, values.to !== undefined ? { to: values.to } : {});
          await audit('quarantine.release', { id, to: r.path, sha256: r.sha256, size: r.size });
          io.stdout.write(`released ${id} to ${scrub(r.path)} (${r.size} bytes, sha256 ${r.sha256} verified)\n`);
          return 0;
        }
        case 'delete': {
          await store.delete(id!);
          await audit('quarantine.delete', { id });
          io.stdout.write(`deleted ${id}\n`);
          return 0;
        }
        case 'rekey': {
          const r = await store.rekey();
          await audit('quarantine.rekey', { ...r });
          io.stdout.write(
            `quarantine key is now ${r.keyId}; ${r.rewrapped} item(s) rewrapped${r.retired.length ? `; retired ${r.retired.join(', ')}` : ''}\n`,
          );
          return 0;
        }
        default:
          throw new UsageError(USAGE);
      }
    } catch (e) {
      if (!isActionError(e)) throw e;
      // Failed attempts are audited too: a refused release is worth knowing about.
      await audit(`quarantine.${verb}.failed`, { id: id ?? null, code: e.code }).catch(() => {});
      io.stderr.write(`listguard: ${e.message}\n`);
      return 2;
    }
  },
};
