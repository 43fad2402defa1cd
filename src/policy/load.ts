// Load policy files: parse with positions, validate with the one schema,
// merge several files in order, freeze. All errors name file, line and
// field, and name a rule by its id (`outbound.action: unknown action 'blok'`).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import { ConfigError, ConfigErrors, dottedPath, lineOf, loadYaml, type DescribePath } from '../config/yaml-schema.js';
import type { SensitivityThresholds } from '../types.js';
import type { Policy, PolicyRule } from './policy.js';
import { policySchema, type NotifierSpec, type PolicySchemaOptions } from './schema.js';

/** One file, validated; thresholds may come from another file of the set. */
export interface ParsedPolicy extends Omit<Policy, 'thresholds'> {
  readonly thresholds?: Readonly<SensitivityThresholds>;
}

/** `rules[3].action` → `outbound-customer-list.action`: the security team knows rules by id. */
const describePolicyPath: DescribePath = (path, data) => {
  if (path[0] === 'rules' && typeof path[1] === 'number') {
    const rules = (data as { rules?: unknown } | null)?.rules;
    const id = Array.isArray(rules) ? (rules[path[1]] as { id?: unknown } | null)?.id : undefined;
    const rest = dottedPath(path.slice(2), data);
    const head = typeof id === 'string' && id.length > 0 ? id : `rules[${path[1]}]`;
    return rest ? `${head}.${rest}` : head;
  }
  return dottedPath(path, data);
};

const deepFreeze = <T>(o: T): T => {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
};

/**
 * `records: >= 10` unquoted is the likeliest mistake in these files, and YAML
 * reads `>` as a folded-text marker; say what to do instead of YAML's words.
 */
function withYamlHints<T>(text: string, load: () => T): T {
  try {
    return load();
  } catch (err) {
    if (!(err instanceof ConfigError) || err.field !== '') throw err;
    const src = text.split(/\r?\n/)[err.line - 1] ?? '';
    const m = /^\s*(?:-\s*)?([\w-]+)\s*:\s*([<>=]=?\s*\d+)\s*(?:#.*)?$/.exec(src);
    if (!m) throw err;
    throw new ConfigError(err.file, err.line, m[1] ?? '', `write comparisons in quotes: ${m[1]}: "${m[2]}"`);
  }
}

/** Validate one policy file's text. `file` is only used in messages. */
export function parsePolicy(file: string, text: string, opts: PolicySchemaOptions = {}): ParsedPolicy {
  const { value: spec, yaml } = withYamlHints(text, () => loadYaml(file, text, policySchema(opts), describePolicyPath));
  const rules: PolicyRule[] = spec.rules.map((r, i) => ({
    id: r.id,
    ...(r.description !== undefined ? { description: r.description } : {}),
    mode: r.mode ?? spec.mode,
    action: r.action,
    notify: r.notify,
    reason: r.reason,
    when: r.when,
    policy: spec.name,
    file,
    line: lineOf(yaml, ['rules', i]),
    internalDomains: spec.internal_domains,
  }));
  return deepFreeze({
    name: spec.name,
    files: [file],
    ...(spec.sensitivity ? { thresholds: spec.sensitivity } : {}),
    rules,
    notifiers: spec.notifiers ?? {},
  });
}

export interface MergeOptions {
  /** Used when no file of the set has a `sensitivity:` block (e.g. the default policy's). */
  fallbackThresholds?: SensitivityThresholds;
}

/**
 * Merge in order: rules are concatenated (order is precedence among equally
 * severe actions), the last `sensitivity:` block wins, notifiers are united.
 * Rule ids must be unique across the whole set.
 */
export function mergePolicies(parts: readonly ParsedPolicy[], opts: MergeOptions = {}): Policy {
  const first = parts[0];
  if (!first) throw new Error('no policy files given');
  const seen = new Map<string, PolicyRule>();
  const errors: ConfigError[] = [];
  let thresholds: Readonly<SensitivityThresholds> | undefined;
  const notifiers: Record<string, NotifierSpec> = {};
  for (const p of parts) {
    for (const r of p.rules) {
      const prior = seen.get(r.id);
      if (prior) errors.push(new ConfigError(r.file, r.line, `${r.id}.id`, `duplicate rule id '${r.id}' (also ${prior.file}:${prior.line})`));
      else seen.set(r.id, r);
    }
    if (p.thresholds) thresholds = p.thresholds;
    Object.assign(notifiers, p.notifiers);
  }
  if (errors.length > 0) throw new ConfigErrors(errors);
  thresholds ??= opts.fallbackThresholds;
  if (!thresholds)
    throw new ConfigErrors([
      new ConfigError(first.files[0] ?? '', 1, 'sensitivity', 'no policy file of this set defines sensitivity thresholds'),
    ]);
  return deepFreeze({
    name: parts.map((p) => p.name).join('+'),
    files: parts.flatMap((p) => p.files),
    thresholds: structuredClone(thresholds),
    rules: parts.flatMap((p) => p.rules),
    notifiers,
  });
}

async function readPolicyText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new Error(`${file}: cannot read policy file (${code})`);
  }
}

/** Load and merge policy files in order. */
export async function loadPolicies(
  paths: readonly string[],
  opts: MergeOptions & PolicySchemaOptions = {},
): Promise<Policy> {
  const parts: ParsedPolicy[] = [];
  for (const file of paths) parts.push(parsePolicy(file, await readPolicyText(file), opts));
  return mergePolicies(parts, opts);
}

export const loadPolicy = (file: string, opts: MergeOptions & PolicySchemaOptions = {}): Promise<Policy> =>
  loadPolicies([file], opts);

export { packageRoot } from '../paths.js';

export const defaultPolicyPath = (): string => join(packageRoot(), 'rules', 'policies', 'default.yaml');

export const loadDefaultPolicy = (opts: PolicySchemaOptions = {}): Promise<Policy> => loadPolicies([defaultPolicyPath()], opts);
