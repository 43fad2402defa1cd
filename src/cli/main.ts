// listguard's command line: find the subcommand, run it, map errors to exit 2.
import { ConfigError, ConfigErrors } from '../config/yaml-schema.js';
import { scrub } from '../log/mask.js';
import { UsageError, type CliIO, type Command } from './command.js';
import { auditCommand } from './commands/audit.js';
import { daemonCommand } from './commands/daemon.js';
import { initCommand } from './commands/init.js';
import { policyTestCommand } from './commands/policy-test.js';
import { quarantineCommand } from './commands/quarantine.js';
import { rulesTestCommand } from './commands/rules-test.js';
import { scanCommand } from './commands/scan.js';
import { smtpCommand } from './commands/smtp.js';
import { watchCommand } from './commands/watch.js';

/** Sorted by name. */
const COMMANDS: readonly Command[] = [
  auditCommand,
  daemonCommand,
  initCommand,
  policyTestCommand,
  quarantineCommand,
  rulesTestCommand,
  scanCommand,
  smtpCommand,
  watchCommand,
];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return `usage: listguard COMMAND [options]\n\n${COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`).join('\n')}\n\nlistguard COMMAND --help for a command's options`;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const command = COMMANDS.filter((c) => {
    const words = c.name.split(' ');
    return words.every((w, i) => argv[i] === w);
  }).sort((a, b) => b.name.length - a.name.length)[0];
  if (!command) {
    const known = argv[0] === undefined || argv[0] === '--help' || argv[0] === '-h';
    (known ? io.stdout : io.stderr).write(`${argv[0] && !known ? `listguard: unknown command '${argv[0]}'\n` : ''}${usage()}\n`);
    return known ? 0 : 2;
  }
  const rest = argv.slice(command.name.split(' ').length);
  if (command.usage && (rest.includes('--help') || rest.includes('-h'))) {
    io.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
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
