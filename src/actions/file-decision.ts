// Acting on a file-channel decision: the one place that does it, for both
// `listguard scan --quarantine` and the daemon. Quarantine is a durable
// encrypted copy, then the tombstone, then removal (tombstone.ts); then the
// audit record and the incident. The daemon wraps this in its crash intent.
import type { Decision, FileSubject } from '../policy/index.js';
import { scrub } from '../log/mask.js';
import type { Verdict } from '../types.js';
import { appendAudit } from './audit-log.js';
import { isActionError } from './errors.js';
import type { IncidentEmitter } from './incidents.js';
import type { QuarantineStore } from './quarantine-store.js';
import { quarantineFile } from './tombstone.js';
import type { DecisionReason } from './types.js';

export interface FileDecisionContext {
  home: string;
  quarantine: QuarantineStore;
  emitter: IncidentEmitter;
  /** An audit append failed after the action itself was done: say so loudly, do not undo it. */
  onAuditError(err: unknown): void;
}

export type FileDecisionResult =
  | { kind: 'done'; quarantineId?: string; tombstone?: string; incidentId?: string }
  /** The file changed while it was being copied: left in place, to be scanned again. No incident yet. */
  | { kind: 'changed' }
  /** Policy wanted the file off the share and it is still there; the incident says so. */
  | { kind: 'failed'; error: string; incidentId?: string };

/** On a file server `block` can only mean "take it off the share": same as quarantine. */
export const removesFile = (d: Decision): boolean => d.action === 'quarantine' || d.action === 'block';

const reasonsOf = (d: Decision): DecisionReason[] => d.reasons.map((r) => ({ rule: r.rule, action: r.action, reason: r.reason, mode: r.mode }));

export async function applyFileDecision(
  ctx: FileDecisionContext,
  verdict: Verdict,
  decision: Decision,
  subject: FileSubject,
): Promise<FileDecisionResult> {
  const incident = (quarantineId?: string): { incidentId?: string } => {
    const i = ctx.emitter.record({ verdict, decision, subject, channel: 'file', ...(quarantineId ? { quarantineId } : {}) });
    return i ? { incidentId: i.id } : {};
  };
  if (!removesFile(decision)) return { kind: 'done', ...incident() };
  const audit = (event: string, details: Record<string, unknown>): Promise<void> =>
    appendAudit(ctx.home, { event, details }).then(
      () => undefined,
      (err: unknown) => ctx.onAuditError(err),
    );
  const fail = async (error: string): Promise<FileDecisionResult> => {
    await audit('file.quarantine.failed', { path: scrub(subject.path), error });
    return { kind: 'failed', error, ...incident() };
  };
  // What could not be read cannot be copied: do not try to move it.
  if (verdict.unscannable.some((u) => u.reason === 'read-error')) return fail('the file could not be read, so it was not moved');
  try {
    const q = await quarantineFile(ctx.quarantine, subject.path, {
      reasons: reasonsOf(decision),
      findings: verdict.findings,
      sensitivity: verdict.sensitivity,
      action: decision.action,
      ...(subject.owner ? { owner: subject.owner } : {}),
    });
    await audit('file.quarantine', {
      id: q.id,
      path: scrub(subject.path),
      owner: subject.owner ?? null,
      sensitivity: verdict.sensitivity,
      rules: decision.reasons.map((r) => r.rule),
    });
    return { kind: 'done', quarantineId: q.id, tombstone: q.tombstone, ...incident(q.id) };
  } catch (e) {
    if (isActionError(e, 'E_CHANGED')) return { kind: 'changed' };
    return fail(scrub((e as Error).message ?? String(e)));
  }
}
