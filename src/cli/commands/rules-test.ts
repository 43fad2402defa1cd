// `listguard rules test [DIR]`: load every pack (schema, RE2) and run its samples.
import { parseArgs } from 'node:util';
import { loadRuleDir } from '../../rules/load.js';
import { testSamples } from '../../rules/samples.js';
import { defaultRulesDir } from '../../paths.js';
import type { CliIO, Command } from '../command.js';

export const rulesTestCommand: Command = {
  name: 'rules test',
  usage: 'usage: listguard rules test [DIR]   (default: the built-in rules/; exit 1 on a failing sample)',
  summary: 'validate rule packs and run their match/ok samples',
  async run(argv: string[], io: CliIO): Promise<number> {
    const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
    const dir = positionals[0] ?? defaultRulesDir();
    const set = loadRuleDir(dir);
    const report = testSamples(set);
    for (const f of report.failures) io.stdout.write(`${f.where}: ${f.rule}: ${f.message}\n`);
    io.stdout.write(
      `rules test: ${set.packs.length} packs, ${set.rules.length} rules, ${report.samples} samples: ${report.samples - report.failures.length} passed, ${report.failures.length} failed\n`,
    );
    return report.failures.length ? 1 : 0;
  },
};
