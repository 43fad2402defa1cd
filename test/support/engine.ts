// The built-in rule packs compiled once per test file.
import { loadRuleDir } from '../../src/rules/load.js';
import { buildEngine, type Engine } from '../../src/scan/engine.js';
import { defaultRulesDir } from '../../src/paths.js';
import { loadDefaultPolicy, thresholdsOf } from '../../src/policy/index.js';
import type { SensitivityThresholds } from '../../src/types.js';

let engine: Engine | undefined;

export function defaultEngine(): Engine {
  return (engine ??= buildEngine(loadRuleDir(defaultRulesDir())));
}

/** The default policy's thresholds, read from rules/policies/default.yaml (their one home). */
export const THRESHOLDS: SensitivityThresholds = thresholdsOf(await loadDefaultPolicy());
