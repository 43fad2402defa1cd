// Runs the built `daemon` command directly, for as long as src/cli/main.ts
// does not register it yet (the harness prefers bin/listguard.js once it does).
import { daemonCommand } from '../../dist/src/cli/commands/daemon.js';

const io = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
daemonCommand.run(process.argv.slice(3), io).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`listguard: ${err?.message ?? err}\n`);
    process.exitCode = 2;
  },
);
