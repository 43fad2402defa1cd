// `listguard init [--home DIR]`: create the state home with a fresh key.
import { parseArgs } from 'node:util';
import { initHome, resolveHome } from '../../actions/home.js';
import { UsageError, type Command } from '../command.js';

export const initCommand: Command = {
  name: 'init',
  usage: 'usage: listguard init   (creates LISTGUARD_HOME, default ~/.listguard, with a fresh quarantine key)',
  summary: 'create the state home (quarantine key, quarantine/, audit.log)',
  async run(argv, io) {
    let values;
    try {
      ({ values } = parseArgs({ args: argv, options: { home: { type: 'string' } }, strict: true, allowPositionals: false }));
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    const r = await initHome(values.home ?? resolveHome(io.env));
    io.stdout.write(
      r.createdKey
        ? `listguard home: ${r.home}\nquarantine key: ${r.keyPath} (key id ${r.keyId}, mode 0600) — back it up: without it quarantined items cannot be restored.\n`
        : `listguard home: ${r.home} (already initialised; key ${r.keyId} kept)\n`,
    );
    return 0;
  },
};
