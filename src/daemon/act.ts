// The daemon's side of a file-channel decision: applyFileDecision (shared with
// the CLI) bracketed by an intent row in the state store, so a crash between
// the quarantine commit and the unlink is finished on restart instead of
// producing a second quarantine item.
import { lstat, readFile, unlink } from 'node:fs/promises';
import type { Logger } from 'pino';
import { appendAudit } from '../actions/audit-log.js';
import { applyFileDecision, removesFile, type FileDecisionContext, type FileDecisionResult } from '../actions/file-decision.js';
import type { IncidentEmitter } from '../actions/incidents.js';
import type { QuarantineStore } from '../actions/quarantine-store.js';
import { TOMBSTONE_SUFFIX } from '../actions/tombstone.js';
import { scrub } from '../log/mask.js';
import type { Decision, FileSubject } from '../policy/index.js';
import type { StateStore } from '../state/state-store.js';
import type { Verdict } from '../types.js';
import { sha256File } from './hash.js';

export interface ActContext {
  home: string;
  quarantine: QuarantineStore;
  emitter: IncidentEmitter;
  state: StateStore;
  logger: Logger;
}

/** applyFileDecision inside the crash intent (see recoverIntents), logging a failure. */
export async function act(ctx: ActContext, verdict: Verdict, decision: Decision, subject: FileSubject, sha256: string | null): Promise<FileDecisionResult> {
  const fileCtx: FileDecisionContext = {
    home: ctx.home,
    quarantine: ctx.quarantine,
    emitter: ctx.emitter,
    onAuditError: (a) => ctx.logger.error({ event: 'audit.append-failed', error: (a as Error).message ?? String(a) }, 'could not append to the audit log'),
  };
  if (!removesFile(decision)) return applyFileDecision(fileCtx, verdict, decision, subject);
  ctx.state.setIntent(subject.path, sha256 ?? '');
  try {
    const result = await applyFileDecision(fileCtx, verdict, decision, subject);
    if (result.kind === 'failed') ctx.logger.error({ event: 'quarantine.failed', path: subject.path, error: result.error }, `quarantine failed: ${result.error}`);
    return result;
  } finally {
    ctx.state.clearIntent(subject.path);
  }
}

/**
 * Intents left by a crash mid-quarantine. Original gone → the item is the
 * quarantine, keep it. Original still there with the same bytes → the item
 * (if committed) is an orphan copy: delete it (and a tombstone naming it) and
 * return the path so it is scanned, and quarantined, once more. Original there
 * but changed → keep the copy (audited) and scan the new content.
 */
export async function recoverIntents(ctx: ActContext): Promise<string[]> {
  const intents = ctx.state.intents();
  if (intents.length === 0) return [];
  const items = await ctx.quarantine.list();
  const again: string[] = [];
  for (const it of intents) {
    const copies = items.filter((m) => it.sha256 !== '' && m.sha256 === it.sha256 && Date.parse(m.time) >= it.started - 1000);
    const present = await lstat(it.path).then((s) => s.isFile(), () => false);
    const sameBytes = present && (await sha256File(it.path).catch(() => null)) === it.sha256;
    if (present && sameBytes) {
      for (const m of copies) {
        await ctx.quarantine.delete(m.id);
        const tomb = `${it.path}${TOMBSTONE_SUFFIX}`;
        const text = await readFile(tomb, 'utf8').catch(() => '');
        if (text.includes(m.id)) await unlink(tomb).catch(() => {});
        await appendAudit(ctx.home, { event: 'file.quarantine.orphan-removed', details: { id: m.id, path: scrub(it.path) } });
      }
      again.push(it.path);
    } else if (!present && copies.length > 0) {
      await appendAudit(ctx.home, { event: 'file.quarantine', details: { id: copies[0]!.id, path: scrub(it.path), recovered: true } });
    } else if (present) {
      // Changed since the copy was taken: the copy holds what was quarantined
      // (kept as evidence, now on the record); the new content is scanned again.
      for (const m of copies) {
        await appendAudit(ctx.home, { event: 'file.quarantine.copy-kept', details: { id: m.id, path: scrub(it.path), reason: 'original changed before it was removed' } });
      }
      again.push(it.path);
    }
    ctx.state.clearIntent(it.path);
  }
  return again;
}
