// `listguard audit verify [--file F] [--home DIR]`: check the hash chain.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { verifyAudit } from '../../actions/audit-log.js';
import { resolveHome } from '../../actions/home.js';
import { UsageError, type Command } from '../command.js';

export const auditCommand: Command = {
  name: 'audit',
  usage: 'usage: listguard audit verify [--file F]   (exit 1 names the first bad line)',
  summary: 'audit verify [--file F]: check the audit log hash chain; exit 1 names the first bad line',
  async run(argv, io) {
    let values, positionals;
    try {
      ({ values, positionals } = parseArgs({
        args: argv,
        options: { file: { type: 'string' }, home: { type: 'string' } },
        strict: true,
        allowPositionals: true,
      }));
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    if (positionals[0] !== 'verify' || positionals.length !== 1) throw new UsageError('usage: listguard audit verify [--file F]');
    const file = values.file ?? join(values.home ?? resolveHome(io.env), 'audit.log');
    let r;
    try {
      r = await verifyAudit(file);
    } catch (e) {
      io.stderr.write(`listguard: cannot read audit log ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      return 2;
    }
    if (r.ok) {
      io.stdout.write(`${file}: OK, ${r.records} records, head ${r.head}\n`);
      return 0;
    }
    io.stdout.write(`${file}:${r.line}: ${r.reason}\n`);
    return 1;
  },
};
