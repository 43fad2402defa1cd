// The built-in rule packs compiled once per test file.
import { loadRuleDir } from '../../src/rules/load.js';
import { buildEngine, type Engine } from '../../src/scan/engine.js';
import { defaultRulesDir } from '../../src/paths.js';
import type { SensitivityThresholds } from '../../src/types.js';

let engine: Engine | undefined;

export function defaultEngine(): Engine {
  return (engine ??= buildEngine(loadRuleDir(defaultRulesDir())));
}

/** The default policy's thresholds, as in rules/policies/default.yaml. */
export const THRESHOLDS: SensitivityThresholds = {
  secret: { records: 50, sensitive_records: 10 },
  confidential: { records: 5, sensitive_values: 1 },
  internal: { findings: 1 },
};
