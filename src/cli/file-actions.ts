// `listguard scan --quarantine`: the file-channel actions for the CLI. The
// policy has decided; this only acts — quarantine (durable encrypted copy,
// then tombstone, then removal), incident log, audit trail.
import { join } from 'node:path';
import { applyFileDecision, type FileDecisionContext } from '../actions/file-decision.js';
import { homePaths, resolveHome } from '../actions/home.js';
import { IncidentEmitter } from '../actions/incidents.js';
import { loadKeyring } from '../actions/master-key.js';
import { openLocalQuarantine, type QuarantineStore } from '../actions/quarantine-store.js';
import { makeLogger } from '../log/logger.js';
import { scrub } from '../log/mask.js';
import type { Decision, FileSubject } from '../policy/index.js';
import type { Verdict } from '../types.js';
import type { Reported } from './report.js';

export class FileActions {
  private constructor(
    private readonly home: string,
    private readonly store: QuarantineStore,
    private readonly incidents: IncidentEmitter,
  ) {}

  /** Fails early, with the `listguard init` hint, when there is no quarantine key. */
  static async open(env: NodeJS.ProcessEnv): Promise<FileActions> {
    const home = resolveHome(env);
    await loadKeyring(home, env);
    const store = openLocalQuarantine({ home, env });
    await store.recover();
    const logger = makeLogger({ destination: join(homePaths(home).home, 'incidents.log') });
    return new FileActions(home, store, new IncidentEmitter({ logger }));
  }

  async apply(verdict: Verdict, decision: Decision, subject: FileSubject): Promise<NonNullable<Reported['acted']>> {
    const ctx: FileDecisionContext = {
      home: this.home,
      quarantine: this.store,
      emitter: this.incidents,
      onAuditError: (err) => process.stderr.write(`listguard: could not append to the audit log: ${scrub((err as Error).message ?? String(err))}\n`),
    };
    const r = await applyFileDecision(ctx, verdict, decision, subject);
    if (r.kind === 'done') {
      return {
        ...(r.quarantineId ? { quarantineId: r.quarantineId, tombstone: r.tombstone } : {}),
        ...(r.incidentId ? { incidentId: r.incidentId } : {}),
      };
    }
    if (r.kind === 'failed') return { error: r.error, ...(r.incidentId ? { incidentId: r.incidentId } : {}) };
    // Changed under us: left in place; the incident records what policy wanted.
    const incident = this.incidents.record({ verdict, decision, subject, channel: 'file' });
    return { error: 'the file changed while it was being quarantined, so it was left in place; scan it again', ...(incident ? { incidentId: incident.id } : {}) };
  }

  async close(): Promise<void> {
    await this.incidents.close();
  }
}
