// `listguard watch DIR…`: the daemon with defaults, for trying it out.
// State, quarantine, key and audit log come from LISTGUARD_HOME (~/.listguard).
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isActionError } from '../../actions/errors.js';
import { resolveHome } from '../../actions/home.js';
import { loadKeyring } from '../../actions/master-key.js';
import { defaultConfig, defaultThreads } from '../../daemon/config.js';
import { runDaemon } from '../../daemon/run.js';
import { parseListen } from '../../metrics/server.js';
import { UsageError, type CliIO, type Command } from '../command.js';

export const HELP = `usage: listguard watch DIR… [options]

  --policy FILE        policy file, repeatable (default: the built-in default policy)
  --rules DIR          rule-pack directory (default: the built-in rules/)
  --threads N          worker threads (default: cores - 1)
  --metrics HOST:PORT  Prometheus /metrics and /healthz (default 127.0.0.1:9464; 'off' to disable)
  --settle-ms N        quiet time before a written file is scanned (default 2000)

Uses LISTGUARD_HOME (default ~/.listguard; create it with \`listguard init\`).
For production use \`listguard daemon -c listguard.yaml\`.`;

const posInt = (name: string, v: string | undefined): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`watch: --${name} must be a positive integer`);
  return n;
};

export const watchCommand: Command = {
  name: 'watch',
  summary: 'watch directories in real time (short form of daemon)',
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        policy: { type: 'string', multiple: true },
        rules: { type: 'string' },
        threads: { type: 'string' },
        metrics: { type: 'string' },
        'settle-ms': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      io.stdout.write(`${HELP}\n`);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError('watch: give at least one DIR');
    for (const d of positionals) {
      let ok = false;
      try {
        ok = statSync(d).isDirectory();
      } catch {
        ok = false;
      }
      if (!ok) throw new UsageError(`watch: not a directory: ${d}`);
    }
    const home = resolveHome(io.env);
    try {
      await loadKeyring(home, io.env);
    } catch (e) {
      if (isActionError(e, 'E_KEY_MISSING')) throw new UsageError(`watch: no quarantine key in ${home}: run \`listguard init\` first (or set LISTGUARD_QUARANTINE_KEY)`);
      throw e;
    }
    if (values.metrics && values.metrics !== 'off') {
      try {
        parseListen(values.metrics);
      } catch (e) {
        throw new UsageError(`watch: --metrics: ${(e as Error).message}`);
      }
    }
    const settle = posInt('settle-ms', values['settle-ms']);
    const config = defaultConfig(
      positionals.map((p) => resolve(io.cwd, p)),
      {
        threads: posInt('threads', values.threads) ?? defaultThreads(),
        ...(values.rules ? { rulesDir: values.rules } : {}),
        ...(values.policy?.length ? { policies: values.policy } : {}),
        ...(values.metrics ? { metricsListen: values.metrics === 'off' ? null : values.metrics } : {}),
        ...(settle ? { stabilityMs: settle } : {}),
      },
    );
    return runDaemon(config, io);
  },
};
