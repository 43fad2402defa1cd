// A CLI subcommand: parse its own argv (node:util parseArgs), write to io,
// return the exit code (0 ok / 1 policy hit / 2 usage or runtime error).
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface Command {
  /** Words after `listguard`, e.g. ['quarantine'] or ['audit', 'verify']. */
  readonly name: string;
  readonly summary: string;
  /** Printed for `--help` / `-h` when the command does not handle them itself. */
  readonly usage?: string;
  run(argv: string[], io: CliIO): Promise<number>;
}

/** Thrown for bad arguments; main prints the message and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
