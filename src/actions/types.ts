// What the actions layer needs from a policy decision and a subject. The
// subject is the policy module's own type; the decision is structural so
// src/policy/evaluate.ts's Decision satisfies it as is.
import type { Action } from '../policy/schema.js';
import type { Subject } from '../policy/subject.js';

export type { FileSubject, MailSubject, ScanSubject, Subject } from '../policy/subject.js';
export { ACTIONS, actionSeverity as actionRank, CHANNELS, type Action, type Channel } from '../policy/schema.js';

export interface DecisionReason {
  /** Policy rule id, e.g. `default/secret-file-quarantine`. */
  rule: string;
  action: Action;
  /** Human reason written by the security team (no scanned values). */
  reason: string;
  mode?: 'enforce' | 'simulate';
}

export interface DecisionLike {
  /** The enforced action. */
  action: Action;
  reasons: readonly DecisionReason[];
  /** Notifier names configured in the policy. */
  notify: readonly string[];
  /** Simulate-mode rules that fired (policy's Decision.simulated). */
  simulated?: readonly { rule: string; would: Action }[];
}

/** The path of a file/scan subject, for display and release. */
export const subjectPath = (s: Subject): string | undefined => (s.kind === 'mail' ? undefined : s.path);
