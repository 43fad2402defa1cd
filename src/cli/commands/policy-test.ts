// `listguard policy test PATH… [--policy FILE]… [--channel file|smtp|scan]
//  [--from addr] [--to addr]… [--owner user] [--format text|jsonl]`
//
// The security team's way to try a policy before deploying it: scan the
// files, decide each one as if it went through the given channel, print the
// decision with every rule that fired (simulated ones marked). Exit 1 when
// any file would be blocked or quarantined, 0 otherwise, 2 on errors.
import { readFile } from 'node:fs/promises';
import { basename, isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, ConfigErrors } from '../../config/yaml-schema.js';
import { evaluate, type Decision } from '../../policy/evaluate.js';
import { loadDefaultPolicy, mergePolicies, parsePolicy, type ParsedPolicy } from '../../policy/load.js';
import { thresholdsOf, type Policy } from '../../policy/policy.js';
import { CHANNELS, type Channel } from '../../policy/schema.js';
import type { Subject } from '../../policy/subject.js';
import type { SensitivityThresholds, Verdict } from '../../types.js';
import { UsageError, type CliIO, type Command } from '../command.js';

/** The scan engine's entry point (src/scan/scan-paths.ts), injectable for tests. */
export type ScanPathsFn = (
  paths: string[],
  opts: { rulesDir?: string; thresholds: SensitivityThresholds },
) => AsyncIterable<Verdict>;

// Imported on first use: the worker pool is only started when files are scanned.
const defaultScan: ScanPathsFn = async function* (paths, opts) {
  const { scanPaths } = await import('../../scan/scan-paths.js');
  yield* scanPaths(paths, opts);
};

const USAGE =
  'usage: listguard policy test PATH... [--policy FILE]... [--channel file|smtp|scan] ' +
  '[--from ADDR] [--to ADDR]... [--owner USER] [--rules DIR] [--format text|jsonl]';

interface Options {
  paths: string[];
  policies: string[];
  channel: Channel;
  from: string;
  to: string[];
  owner?: string;
  rulesDir?: string;
  format: 'text' | 'jsonl';
}

function parseOptions(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        policy: { type: 'string', multiple: true },
        channel: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string', multiple: true },
        owner: { type: 'string' },
        rules: { type: 'string' },
        format: { type: 'string' },
      },
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n${USAGE}`);
  }
  const v = parsed.values;
  if (parsed.positionals.length === 0) throw new UsageError(`no PATH given\n${USAGE}`);
  const to = v.to ?? [];
  // Naming a sender or a recipient means "as if mailed", unless said otherwise.
  const channel = v.channel ?? (v.from !== undefined || to.length > 0 ? 'smtp' : 'scan');
  if (!(CHANNELS as readonly string[]).includes(channel))
    throw new UsageError(`unknown channel '${channel}' (${CHANNELS.join(', ')})`);
  if (channel === 'smtp' && (v.from === undefined || to.length === 0))
    throw new UsageError('--channel smtp needs --from ADDR (it decides which domain is internal) and at least one --to ADDR');
  if (channel !== 'smtp' && (v.from !== undefined || to.length > 0))
    throw new UsageError(`--from and --to only apply to --channel smtp, not ${channel}`);
  if (v.owner !== undefined && channel !== 'file') throw new UsageError('--owner only applies to --channel file');
  const format = v.format ?? 'text';
  if (format !== 'text' && format !== 'jsonl') throw new UsageError(`unknown format '${format}' (text, jsonl)`);
  return {
    paths: parsed.positionals,
    policies: v.policy ?? [],
    channel: channel as Channel,
    from: v.from ?? '',
    to,
    ...(v.owner !== undefined ? { owner: v.owner } : {}),
    ...(v.rules !== undefined ? { rulesDir: v.rules } : {}),
    format,
  };
}

/** The --policy files in order; thresholds from the default policy if none of them has any. */
async function loadPolicySet(files: string[], cwd: string): Promise<Policy> {
  if (files.length === 0) return loadDefaultPolicy();
  const parts: ParsedPolicy[] = [];
  for (const f of files) {
    let text: string;
    try {
      text = await readFile(resolve(cwd, f), 'utf8');
    } catch (err) {
      throw new Error(`${f}: cannot read policy file (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    parts.push(parsePolicy(f, text));
  }
  const fallback = parts.some((p) => p.thresholds) ? undefined : thresholdsOf(await loadDefaultPolicy());
  return mergePolicies(parts, fallback ? { fallbackThresholds: fallback } : {});
}

function subjectFor(o: Options, v: Verdict, cwd: string): Subject {
  switch (o.channel) {
    case 'smtp':
      // Each file is tried as the single attachment of its own message.
      return { kind: 'mail', sender: o.from, recipients: o.to, attachments: [basename(v.path)] };
    case 'file':
      // The file daemon sees absolute paths; policies glob on them.
      return { kind: 'file', path: resolve(cwd, v.path), ...(o.owner !== undefined ? { owner: o.owner } : {}) };
    case 'scan':
      return { kind: 'scan', path: v.path };
  }
}

const display = (p: string, cwd: string): string => {
  if (!isAbsolute(p)) return p;
  const r = relative(cwd, p);
  return r && !r.startsWith('..') && !isAbsolute(r) ? r : p;
};

function renderText(path: string, v: Verdict, d: Decision): string {
  const out: string[] = [];
  const detectors = v.findings.map((f) => `${f.detector} ${f.count}`).join(', ');
  out.push(`${path}`);
  out.push(
    `  ${v.sensitivity} · ${v.records} records (${v.sensitiveRecords} with sensitive fields)` +
      (detectors ? ` · ${detectors}` : ''),
  );
  for (const u of v.unscannable) out.push(`  unscannable: ${u.reason} (${u.location})`);
  out.push(`  decision: ${d.action.toUpperCase()}` + (d.enforcedBy ? ` by ${d.enforcedBy}` : ' (no rule fired)') + ` [policy ${d.policy}]`);
  for (const r of d.reasons) {
    const head = r.mode === 'simulate' ? `~ would ${r.action} (simulate)` : `- ${r.action}`;
    out.push(`    ${head}  ${r.rule}: ${r.reason}`);
    if (r.matched.length > 0) out.push(`        when ${r.matched.join('; ')}`);
  }
  if (d.notify.length > 0) out.push(`  notify: ${d.notify.join(', ')}`);
  return out.join('\n') + '\n';
}

export interface PolicyTestDeps {
  scan?: ScanPathsFn;
}

export function createPolicyTestCommand(deps: PolicyTestDeps = {}): Command {
  const scan = deps.scan ?? defaultScan;
  return {
    name: 'policy test',
    usage: USAGE,
    summary: 'show the decision a policy takes for each file, and why',
    async run(argv: string[], io: CliIO): Promise<number> {
      const o = parseOptions(argv);
      let policy: Policy;
      try {
        policy = await loadPolicySet(o.policies, io.cwd);
      } catch (err) {
        io.stderr.write(`listguard: ${(err as Error).message}\n`);
        return 2;
      }
      let hit = false;
      let count = 0;
      const sim = new Set<string>();
      try {
        const paths = o.paths.map((p) => resolve(io.cwd, p));
        const opts = { thresholds: thresholdsOf(policy), ...(o.rulesDir ? { rulesDir: resolve(io.cwd, o.rulesDir) } : {}) };
        for await (const v of scan(paths, opts)) {
          count++;
          const d = evaluate(policy, v, o.channel, subjectFor(o, v, io.cwd));
          if (d.action === 'block' || d.action === 'quarantine') hit = true;
          for (const s of d.simulated) sim.add(s.rule);
          const path = display(v.path, io.cwd);
          io.stdout.write(
            o.format === 'jsonl'
              ? JSON.stringify({ path, channel: o.channel, sensitivity: v.sensitivity, records: v.records, decision: d }) + '\n'
              : renderText(path, v, d),
          );
        }
      } catch (err) {
        const msg = err instanceof ConfigError || err instanceof ConfigErrors ? err.message : `scan failed: ${(err as Error).message}`;
        io.stderr.write(`listguard: ${msg}\n`);
        return 2;
      }
      if (o.format === 'text') {
        const chan = o.channel === 'smtp' ? `smtp ${o.from} → ${o.to.join(', ')}` : o.channel;
        io.stdout.write(
          `\n${count} file${count === 1 ? '' : 's'} · channel ${chan} · policy ${policy.name}` +
            (sim.size > 0 ? ` · simulated rules fired: ${[...sim].join(', ')}` : '') +
            '\n',
        );
      }
      return hit ? 1 : 0;
    },
  };
}

export const policyTestCommand: Command = createPolicyTestCommand();
export default policyTestCommand;
