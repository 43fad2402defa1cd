// Sensitivity of a whole item from its findings and records. The thresholds
// come from the policy file (`sensitivity:`), never from code.
import type { FindingSummary, Sensitivity, SensitivityThresholds } from '../types.js';

export function classify(
  findings: readonly FindingSummary[],
  records: number,
  sensitiveRecords: number,
  t: SensitivityThresholds,
): Sensitivity {
  const total = findings.reduce((n, f) => n + f.count, 0);
  const sensitiveValues = findings.reduce((n, f) => (f.category === 'sensitive-personal' ? n + f.count : n), 0);
  // A bare list: many values of one detector that names a person, with no second field to make records.
  const listValues = t.list_detectors ? findings.reduce((n, f) => (t.list_detectors!.includes(f.detector) ? Math.max(n, f.count) : n), 0) : 0;
  const atLeast = (n: number, threshold: number | undefined): boolean => threshold !== undefined && n >= threshold;
  if (records >= t.secret.records || sensitiveRecords >= t.secret.sensitive_records || atLeast(listValues, t.secret.list_values)) return 'secret';
  if (records >= t.confidential.records || sensitiveValues >= t.confidential.sensitive_values || atLeast(listValues, t.confidential.list_values))
    return 'confidential';
  if (total >= t.internal.findings) return 'internal';
  return 'public';
}
