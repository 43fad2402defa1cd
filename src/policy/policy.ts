// A loaded policy set: one or more policy files merged in order, validated,
// with globs compiled and frozen. This is what evaluate() reads.
import type { SensitivityThresholds } from '../types.js';
import type { Action, Conditions, Mode, NotifierSpec } from './schema.js';

export interface PolicyRule {
  readonly id: string;
  readonly description?: string;
  /** Effective mode: the rule's own, else its policy file's. */
  readonly mode: Mode;
  readonly action: Action;
  readonly notify: readonly string[];
  readonly reason: string;
  readonly when: Conditions;
  /** Name of the policy file's `name:` this rule came from. */
  readonly policy: string;
  readonly file: string;
  readonly line: number;
  /** Its own file's internal_domains: a rule is read the way its author wrote it. */
  readonly internalDomains: readonly string[];
}

export interface Policy {
  /** Policy names joined by '+' when several files are merged. */
  readonly name: string;
  readonly files: readonly string[];
  readonly thresholds: Readonly<SensitivityThresholds>;
  readonly rules: readonly PolicyRule[];
  readonly notifiers: Readonly<Record<string, NotifierSpec>>;
}

/** The thresholds the classifier uses for this policy (issue 2: they live in the policy YAML). */
export const thresholdsOf = (policy: Policy): SensitivityThresholds => policy.thresholds;

/** Every notifier name a rule names, so the alerts layer can check them against its config. */
export const notifyTargetsOf = (policy: Policy): string[] => [...new Set(policy.rules.flatMap((r) => r.notify))].sort();
