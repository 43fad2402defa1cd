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
  if (records >= t.secret.records || sensitiveRecords >= t.secret.sensitive_records) return 'secret';
  if (records >= t.confidential.records || sensitiveValues >= t.confidential.sensitive_values) return 'confidential';
  if (total >= t.internal.findings) return 'internal';
  return 'public';
}
