// Runs `listguard smtp` from dist/ as its own process (the lead registers the
// command in main.ts; this runner does not depend on that). Args as the CLI's.
import { smtpCommand } from '../../dist/src/cli/commands/smtp.js';

const code = await smtpCommand.run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });
process.exit(code);
