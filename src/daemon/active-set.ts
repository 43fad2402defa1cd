// The rule packs + policy + worker pool the daemon scans and decides with.
// Built whole or not at all: load and validate the packs, run their samples
// (every `# match:` / `# ok:` line must hold), load the policies; only a set
// that passes every step is swapped in. A set that differs only in policy
// keeps the running pool (workers compiled the same packs already).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { defaultRulesDir } from '../paths.js';
import { loadDefaultPolicy, loadPolicies, notifyTargetsOf, thresholdsOf, type Policy } from '../policy/index.js';
import { ScanPool } from '../pool/scan-pool.js';
import { loadRuleDir } from '../rules/load.js';
import { testSamples } from '../rules/samples.js';
import type { Limits } from '../types.js';

export interface SetSpec {
  rulesDir?: string;
  policies?: readonly string[];
  threads: number;
  limits: Limits;
  /** Key of the record fingerprints the owner window counts (state/fingerprint-key.ts). */
  fingerprintKey?: Buffer;
}

export interface ActiveSet {
  readonly rulesDir: string;
  readonly policy: Policy;
  readonly pool: ScanPool;
  /** What a verdict depends on: rule files, thresholds, limits. Same → the pool is reused. */
  readonly scanKey: string;
  /** scanKey + the policy files: a recorded decision is reused only under the same gen. */
  readonly gen: string;
  /** Rule count and sample count, for the log. */
  readonly rules: number;
  readonly samples: number;
  /** Scans running with this set; a retired set's pool closes when this reaches 0. */
  refs: number;
}

/** A rejected set: the message names file and line of the first problems. */
export class SetError extends Error {
  override name = 'SetError';
}

function hashTree(h: ReturnType<typeof createHash>, dir: string, rel: string, skipTop: ReadonlySet<string>): void {
  for (const name of readdirSync(dir).sort()) {
    if (rel === '' && skipTop.has(name)) continue;
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) hashTree(h, p, `${rel}${name}/`, skipTop);
    else if (st.isFile()) h.update(`${rel}${name}\0`).update(readFileSync(p)).update('\0');
  }
}

const sha = (...parts: string[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex').slice(0, 16);
};

export async function buildSet(spec: SetSpec, prev?: ActiveSet): Promise<ActiveSet> {
  const rulesDir = spec.rulesDir ?? defaultRulesDir();
  // Rule packs: schema, RE2 compile, validators (throws ConfigErrors with file:line: field).
  const ruleSet = loadRuleDir(rulesDir);
  const report = testSamples(ruleSet);
  if (report.failures.length > 0) {
    const shown = report.failures.slice(0, 5).map((f) => `${f.where}: ${f.rule}: ${f.message}`);
    const more = report.failures.length > 5 ? `\n(${report.failures.length - 5} more)` : '';
    throw new SetError(`rule-pack samples failed:\n${shown.join('\n')}${more}`);
  }
  const policy = spec.policies?.length ? await loadPolicies(spec.policies) : await loadDefaultPolicy();

  const rules = createHash('sha256');
  hashTree(rules, rulesDir, '', new Set(['policies']));
  const scanKey = sha(rules.digest('hex'), JSON.stringify(thresholdsOf(policy)), JSON.stringify(spec.limits));
  const policyHash = createHash('sha256');
  for (const f of policy.files) policyHash.update(f).update('\0').update(readFileSync(f)).update('\0');
  const gen = sha(scanKey, policyHash.digest('hex'));

  const pool =
    prev && prev.scanKey === scanKey
      ? prev.pool
      : new ScanPool({ threads: spec.threads, rulesDir, thresholds: thresholdsOf(policy), limits: spec.limits, ...(spec.fingerprintKey ? { fingerprintKey: spec.fingerprintKey } : {}) });
  return { rulesDir, policy, pool, scanKey, gen, rules: ruleSet.rules.length, samples: report.samples, refs: 0 };
}

/** Notifier names the policy uses that neither the daemon config nor the policy defines. */
export function missingNotifiers(policy: Policy, configured: readonly string[]): string[] {
  const known = new Set([...configured, ...Object.keys(policy.notifiers)]);
  return notifyTargetsOf(policy).filter((n) => !known.has(n));
}
