// listguard's command line: find the subcommand, run it, map errors to exit 2.
import { ConfigError, ConfigErrors } from '../config/yaml-schema.js';
import { scrub } from '../log/mask.js';
import { UsageError, type CliIO, type Command } from './command.js';

/** A command known by name and summary; its module is imported only when it runs. */
export interface CommandEntry {
  readonly name: string;
  readonly summary: string;
  load(): Promise<Command>;
}

/**
 * Sorted by name. Importing every command up front cost `listguard scan` a
 * quarter of a second (the mail filter's modules alone ~200 ms); a test
 * checks that names and summaries match the modules'.
 */
export const COMMANDS: readonly CommandEntry[] = [
  { name: 'audit', summary: 'audit verify [--file F]: check the audit log hash chain; exit 1 names the first bad line', load: async () => (await import('./commands/audit.js')).auditCommand },
  { name: 'daemon', summary: 'watch file shares and act on customer lists per policy', load: async () => (await import('./commands/daemon.js')).daemonCommand },
  { name: 'init', summary: 'create the state home (quarantine key, quarantine/, audit.log)', load: async () => (await import('./commands/init.js')).initCommand },
  { name: 'policy test', summary: 'show the decision a policy takes for each file, and why', load: async () => (await import('./commands/policy-test.js')).policyTestCommand },
  { name: 'quarantine', summary: 'list, show, release, delete quarantined items; rekey the quarantine', load: async () => (await import('./commands/quarantine.js')).quarantineCommand },
  { name: 'rules test', summary: 'validate rule packs and run their match/ok samples', load: async () => (await import('./commands/rules-test.js')).rulesTestCommand },
  { name: 'scan', summary: 'scan files and directories for customer data', load: async () => (await import('./commands/scan.js')).scanCommand },
  { name: 'smtp', summary: 'run the outbound mail filter (Postfix content_filter)', load: async () => (await import('./commands/smtp.js')).smtpCommand },
  { name: 'watch', summary: 'watch directories in real time (short form of daemon)', load: async () => (await import('./commands/watch.js')).watchCommand },
];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return `usage: listguard COMMAND [options]\n\n${COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`).join('\n')}\n\nlistguard COMMAND --help for a command's options`;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const entry = COMMANDS.filter((c) => {
    const words = c.name.split(' ');
    return words.every((w, i) => argv[i] === w);
  }).sort((a, b) => b.name.length - a.name.length)[0];
  if (!entry) {
    const known = argv[0] === undefined || argv[0] === '--help' || argv[0] === '-h';
    (known ? io.stdout : io.stderr).write(`${argv[0] && !known ? `listguard: unknown command '${argv[0]}'\n` : ''}${usage()}\n`);
    return known ? 0 : 2;
  }
  const rest = argv.slice(entry.name.split(' ').length);
  try {
    const command = await entry.load();
    if (command.usage && (rest.includes('--help') || rest.includes('-h'))) {
      io.stdout.write(`${command.usage}\n`);
      return 0;
    }
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof ConfigErrors || err instanceof ConfigError || err instanceof UsageError) {
      io.stderr.write(`listguard: ${err.message}\n`);
      return 2;
    }
    const code = (err as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' || code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      io.stderr.write(`listguard: ${(err as Error).message}\n`);
      return 2;
    }
    io.stderr.write(`listguard: error: ${scrub((err as Error).message ?? String(err))}\n`);
    return 2;
  }
}
