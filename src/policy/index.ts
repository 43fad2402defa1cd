// The policy layer's public surface: load, validate, evaluate.
export { KNOWN_DETECTORS } from './detectors.js';
export { evaluate, type Decision, type FiredRule } from './evaluate.js';
export {
  defaultPolicyPath,
  loadDefaultPolicy,
  loadPolicies,
  loadPolicy,
  mergePolicies,
  parsePolicy,
  type ParsedPolicy,
} from './load.js';
export { notifyTargetsOf, thresholdsOf, type Policy, type PolicyRule } from './policy.js';
export { ACTIONS, actionSeverity, CHANNELS, MODES, type Action, type Channel, type Mode, type NotifierSpec } from './schema.js';
export { domainOf, isInternalRecipient, type FileSubject, type MailSubject, type ScanSubject, type Subject } from './subject.js';
