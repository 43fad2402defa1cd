// `listguard scan --quarantine`: the file-channel actions for the CLI. The
// policy has decided; this only acts — quarantine (durable encrypted copy,
// then tombstone, then removal), incident log, audit trail.
import { join } from 'node:path';
import { appendAudit } from '../actions/audit-log.js';
import { homePaths, resolveHome } from '../actions/home.js';
import { IncidentEmitter } from '../actions/incidents.js';
import { loadKeyring } from '../actions/master-key.js';
import { openLocalQuarantine, type QuarantineStore } from '../actions/quarantine-store.js';
import { quarantineFile } from '../actions/tombstone.js';
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
    const acted: NonNullable<Reported['acted']> = {};
    const moveAway = decision.action === 'quarantine' || decision.action === 'block';
    if (moveAway && verdict.unscannable.some((u) => u.reason === 'read-error')) {
      acted.error = 'the file could not be read, so it was not moved';
    } else if (moveAway) {
      try {
        const { id, tombstone } = await quarantineFile(this.store, subject.path, {
          reasons: decision.reasons,
          findings: verdict.findings,
          sensitivity: verdict.sensitivity,
          action: decision.action,
          ...(subject.owner ? { owner: subject.owner } : {}),
        });
        acted.quarantineId = id;
        acted.tombstone = tombstone;
        await appendAudit(this.home, {
          event: 'quarantine.file',
          details: { id, path: scrub(subject.path), rules: decision.reasons.map((r) => r.rule) },
        });
      } catch (err) {
        acted.error = scrub((err as Error).message);
      }
    }
    const incident = this.incidents.record({
      verdict,
      decision,
      subject,
      channel: 'file',
      ...(acted.quarantineId ? { quarantineId: acted.quarantineId } : {}),
    });
    if (incident) acted.incidentId = incident.id;
    return acted;
  }

  async close(): Promise<void> {
    await this.incidents.close();
  }
}
