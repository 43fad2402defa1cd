// Side effects of a file-channel decision. Quarantine goes through the
// actions layer's quarantineFile (durable encrypted copy before the original
// is removed); an intent row in the state store brackets it so a crash
// between the commit and the unlink is finished on restart instead of
// producing a second quarantine item.
import { lstat, readFile, unlink } from 'node:fs/promises';
import type { Logger } from 'pino';
import { appendAudit } from '../actions/audit-log.js';
import { isActionError } from '../actions/errors.js';
import type { IncidentEmitter } from '../actions/incidents.js';
import type { QuarantineStore } from '../actions/quarantine-store.js';
import { quarantineFile, TOMBSTONE_SUFFIX } from '../actions/tombstone.js';
import type { DecisionReason } from '../actions/types.js';
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

export type ActResult =
  | { kind: 'done'; quarantineId?: string }
  /** The file changed while being quarantined: left in place, scan again. */
  | { kind: 'changed' }
  | { kind: 'failed'; error: string };

const reasonsOf = (d: Decision): DecisionReason[] => d.reasons.map((r) => ({ rule: r.rule, action: r.action, reason: r.reason, mode: r.mode }));

/** On a file server `block` can only mean "take it off the share": same as quarantine. */
export const removesFile = (d: Decision): boolean => d.action === 'quarantine' || d.action === 'block';

export async function act(ctx: ActContext, verdict: Verdict, decision: Decision, subject: FileSubject, sha256: string | null): Promise<ActResult> {
  if (!removesFile(decision)) {
    ctx.emitter.record({ verdict, decision, subject, channel: 'file' });
    return { kind: 'done' };
  }
  ctx.state.setIntent(subject.path, sha256 ?? '');
  try {
    const q = await quarantineFile(ctx.quarantine, subject.path, {
      reasons: reasonsOf(decision),
      findings: verdict.findings,
      sensitivity: verdict.sensitivity,
      action: decision.action,
      ...(subject.owner ? { owner: subject.owner } : {}),
    });
    // The file is in the store and gone from the share: an audit write that fails now is
    // logged loudly, but it does not turn the quarantine into a failed one.
    await appendAudit(ctx.home, {
      event: 'file.quarantine',
      details: { id: q.id, path: scrub(subject.path), owner: subject.owner ?? null, sensitivity: verdict.sensitivity, rules: decision.reasons.map((r) => r.rule) },
    }).catch((a: unknown) => ctx.logger.error({ event: 'audit.append-failed', error: (a as Error).message ?? String(a) }, 'could not append to the audit log'));
    ctx.emitter.record({ verdict, decision, subject, channel: 'file', quarantineId: q.id });
    return { kind: 'done', quarantineId: q.id };
  } catch (e) {
    if (isActionError(e, 'E_CHANGED')) return { kind: 'changed' };
    const error = (e as Error).message ?? String(e);
    ctx.logger.error({ event: 'quarantine.failed', path: subject.path, error }, `quarantine failed: ${error}`);
    await appendAudit(ctx.home, { event: 'file.quarantine.failed', details: { path: scrub(subject.path), error: scrub(error) } }).catch((a: unknown) =>
      ctx.logger.error({ event: 'audit.append-failed', error: (a as Error).message ?? String(a) }, 'could not append to the audit log'),
    );
    // Still visible: the incident says what policy wanted; the log says it did not happen.
    ctx.emitter.record({ verdict, decision, subject, channel: 'file' });
    return { kind: 'failed', error };
  } finally {
    ctx.state.clearIntent(subject.path);
  }
}

/**
 * Intents left by a crash mid-quarantine. Original gone → the item is the
 * quarantine, keep it. Original still there with the same bytes → the item
 * (if committed) is an orphan copy: delete it (and a tombstone naming it) and
 * return the path so it is scanned, and quarantined, once more.
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
      again.push(it.path);
    }
    ctx.state.clearIntent(it.path);
  }
  return again;
}
