// `listguard daemon -c listguard.yaml`: the file-server daemon.
import { parseArgs } from 'node:util';
import { loadDaemonConfig } from '../../daemon/config.js';
import { buildSet } from '../../daemon/active-set.js';
import { runDaemon } from '../../daemon/run.js';
import { UsageError, type CliIO, type Command } from '../command.js';

export const HELP = `usage: listguard daemon -c FILE [--check]

  -c, --config FILE   the daemon config (see listguard.example.yaml)
  --check             validate the config, rule packs (with their samples) and
                      policies, print what would run, and exit

Signals: SIGHUP reloads rule packs and policies (kept on any error);
SIGTERM/SIGINT stop gracefully (in-flight scans finish or are checkpointed).
Logs are JSON lines on stderr, or in log.file.`;

export const daemonCommand: Command = {
  name: 'daemon',
  summary: 'watch file shares and act on customer lists per policy',
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: 'string', short: 'c' },
        check: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      io.stdout.write(`${HELP}\n`);
      return 0;
    }
    if (positionals.length) throw new UsageError(`daemon: unexpected argument '${positionals[0]}' (give the config with -c)`);
    if (!values.config) throw new UsageError('daemon: give the config file with -c FILE (see listguard.example.yaml)');
    const config = loadDaemonConfig(values.config);
    if (values.check) {
      const set = await buildSet({ ...(config.rulesDir ? { rulesDir: config.rulesDir } : {}), ...(config.policies ? { policies: config.policies } : {}), threads: 1, limits: config.limits });
      await set.pool.close();
      io.stdout.write(
        `${values.config}: ok\n  roots:    ${config.roots.map((r) => r.path).join(', ')}\n  rules:    ${set.rulesDir} (${set.rules} rules, ${set.samples} samples pass)\n  policy:   ${set.policy.name} (${set.policy.files.join(', ')})\n  metrics:  ${config.metricsListen ?? 'off'}\n`,
      );
      return 0;
    }
    return runDaemon(config, io);
  },
};
