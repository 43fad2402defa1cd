// `listguard scan PATH…`: verdict per file, action from the policy, exit 0/1/2.
import { lstat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { evaluate, loadDefaultPolicy, loadPolicies, thresholdsOf } from '../../policy/index.js';
import { scanPaths } from '../../scan/scan-paths.js';
import { UsageError, type CliIO, type Command } from '../command.js';
import { fileOwner } from '../../actions/file-owner.js';
import { Progress } from '../progress.js';
import { jsonLine, summaryLine, tableHeader, tableRow, type Reported } from '../report.js';

export const HELP = `usage: listguard scan PATH… [options]

  --format table|jsonl   output format (default: table)
  --reveal               also print raw values (sensitive! a warning goes to stderr)
  --threads N            worker threads (default: number of cores)
  --rules DIR            rule-pack directory (default: the built-in rules/)
  --policy FILE          policy file, repeatable (default: rules/policies/default.yaml)
  --max-time-ms N        time limit per file (default 60000)
  --quarantine           apply file-channel actions: files the policy quarantines or blocks
                         are moved into the encrypted quarantine (LISTGUARD_HOME), leaving
                         a tombstone note; incidents go to LISTGUARD_HOME/incidents.log

exit codes: 0 nothing blocked or quarantined, 1 at least one block/quarantine,
            2 usage, configuration or runtime error, or a PATH that does not exist`;

async function ownerOf(path: string): Promise<{ owner?: string }> {
  const owner = await fileOwner(path);
  return owner ? { owner } : {};
}

async function missingPaths(paths: readonly string[]): Promise<string[]> {
  const missing: string[] = [];
  for (const path of paths) {
    await lstat(path).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT' || err.code === 'ENOTDIR') missing.push(path);
    });
  }
  return missing;
}

export const scanCommand: Command = {
  name: 'scan',
  summary: 'scan files and directories for customer data',
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'table' },
        reveal: { type: 'boolean', default: false },
        threads: { type: 'string' },
        rules: { type: 'string' },
        policy: { type: 'string', multiple: true },
        'max-time-ms': { type: 'string' },
        quarantine: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      io.stdout.write(`${HELP}\n`);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError('scan: give at least one PATH');
    if (values.format !== 'table' && values.format !== 'jsonl') throw new UsageError(`scan: --format must be table or jsonl, not '${values.format}'`);
    const threads = values.threads === undefined ? availableParallelism() : Number(values.threads);
    if (!Number.isInteger(threads) || threads < 1) throw new UsageError('scan: --threads must be a positive integer');
    const maxTimeMs = values['max-time-ms'] === undefined ? undefined : Number(values['max-time-ms']);
    if (maxTimeMs !== undefined && !(Number.isInteger(maxTimeMs) && maxTimeMs > 0)) throw new UsageError('scan: --max-time-ms must be a positive integer');
    if (values.reveal) io.stderr.write('listguard: --reveal prints raw sensitive values; handle the output as confidential data\n');

    // A PATH that does not exist is still reported (unscannable, routed by policy), and the exit is 2:
    // a mistyped path in a gate must not read as "nothing to block".
    const missing = await missingPaths(positionals);
    for (const path of missing) io.stderr.write(`listguard: scan: ${path}: no such file or directory\n`);
    const policy = values.policy?.length ? await loadPolicies(values.policy) : await loadDefaultPolicy();
    const channel = values.quarantine ? 'file' : 'scan';
    // Loaded only when needed: the quarantine's modules (logger, keyring) cost a scan ~0.1 s of start-up.
    const act = values.quarantine ? await (await import('../file-actions.js')).FileActions.open(io.env) : undefined;
    const jsonl = values.format === 'jsonl';
    const progress = new Progress(io.stderr, !jsonl);
    const started = performance.now();
    const rows: Reported[] = [];
    const pathWidth = Math.min(60, Math.max(20, ...positionals.map((p) => p.length + 24)));
    // The header waits for the first verdict: a rule pack that fails to load leaves stdout empty.
    let headed = jsonl;
    const head = (): void => {
      if (!headed) io.stdout.write(`${tableHeader(pathWidth)}\n`);
      headed = true;
    };
    try {
      for await (const verdict of scanPaths(positionals, {
        thresholds: thresholdsOf(policy),
        threads,
        reveal: values.reveal,
        ...(values.rules ? { rulesDir: values.rules } : {}),
        ...(maxTimeMs ? { limits: { maxTimeMs } } : {}),
      })) {
        const subject =
          channel === 'file'
            ? { kind: 'file' as const, path: verdict.path, ...(await ownerOf(verdict.path)) }
            : { kind: 'scan' as const, path: verdict.path };
        const decision = evaluate(policy, verdict, channel, subject);
        const row: Reported = { verdict, decision };
        if (act && subject.kind === 'file') row.acted = await act.apply(verdict, decision, subject);
        rows.push(row);
        progress.add(verdict.bytes);
        head();
        io.stdout.write(`${jsonl ? jsonLine(row) : tableRow(row, pathWidth)}\n`);
      }
    } finally {
      progress.stop();
      await act?.close();
    }
    head();
    if (!jsonl) io.stdout.write(`\n${summaryLine(rows, (performance.now() - started) / 1000)}\n`);
    if (missing.length > 0) return 2;
    return rows.some((r) => r.decision.action === 'block' || r.decision.action === 'quarantine') ? 1 : 0;
  },
};
