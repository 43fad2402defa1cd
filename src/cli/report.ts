// Printing verdicts: the human table and the jsonl contract of DESIGN.md.
import type { Decision } from '../policy/index.js';
import type { Verdict } from '../types.js';

export interface Reported {
  verdict: Verdict;
  decision: Decision;
  /** What `--quarantine` did about it. */
  acted?: { quarantineId?: string; tombstone?: string; incidentId?: string; error?: string };
}

/** One jsonl line per top-level item (schema versioned by `v`; it only grows). */
export function jsonLine({ verdict: v, decision: d, acted }: Reported): string {
  return JSON.stringify({
    v: 1,
    path: v.path,
    sensitivity: v.sensitivity,
    action: d.action,
    records: v.records,
    sensitive_records: v.sensitiveRecords,
    findings: v.findings,
    unscannable: v.unscannable,
    policy: d.enforcedBy ? `${d.policy}/${d.enforcedBy}` : d.policy,
    reasons: d.reasons.map((r) => ({ rule: r.rule, action: r.action, mode: r.mode })),
    ...(d.simulated.length ? { simulated: d.simulated } : {}),
    ...(acted?.quarantineId ? { quarantine_id: acted.quarantineId, tombstone: acted.tombstone } : {}),
    ...(acted?.incidentId ? { incident_id: acted.incidentId } : {}),
    ...(acted?.error ? { action_error: acted.error } : {}),
    bytes: v.bytes,
    ms: v.ms,
  });
}

const pad = (s: string, n: number): string => {
  // CJK characters take two columns.
  const width = [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  return width >= n ? `${s} ` : s + ' '.repeat(n - width);
};

export function tableHeader(pathWidth: number): string {
  return `${pad('PATH', pathWidth)}${pad('SENSITIVITY', 14)}${pad('ACTION', 12)}${pad('RECORDS', 9)}FINDINGS`;
}

export function tableRow({ verdict: v, decision: d, acted }: Reported, pathWidth: number): string {
  const findings = v.findings
    .slice(0, 4)
    .map((f) => `${f.detector}×${f.count} (${f.masked[0] ?? ''})`)
    .join(', ');
  const more = v.findings.length > 4 ? `, +${v.findings.length - 4} more` : '';
  const problems = v.unscannable.map((u) => `unscannable: ${u.reason}${u.detail ? ` (${u.detail})` : ''}`).join('; ');
  const what = [findings + more, problems].filter(Boolean).join('; ') || '—';
  const action = d.simulated.length && d.action === 'allow' ? `allow*` : d.action;
  const row = `${pad(v.path, pathWidth)}${pad(v.sensitivity, 14)}${pad(action, 12)}${pad(String(v.records), 9)}${what}`;
  if (acted?.quarantineId) return `${row}\n  → quarantined as ${acted.quarantineId}; note left at ${acted.tombstone}`;
  if (acted?.error) return `${row}\n  → not quarantined: ${acted.error}`;
  return row;
}

export function summaryLine(rows: readonly Reported[], seconds: number): string {
  const bytes = rows.reduce((n, r) => n + r.verdict.bytes, 0);
  const count = (pred: (r: Reported) => boolean): number => rows.filter(pred).length;
  const parts = (['secret', 'confidential', 'internal', 'public'] as const).map((s) => `${count((r) => r.verdict.sensitivity === s)} ${s}`);
  const unscannable = count((r) => r.verdict.unscannable.length > 0);
  const blocked = count((r) => r.decision.action === 'block' || r.decision.action === 'quarantine');
  return `${rows.length} files, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s: ${parts.join(', ')}; ${unscannable} unscannable; ${blocked} blocked or quarantined`;
}
