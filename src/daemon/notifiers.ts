// Notifiers named in the daemon config (SMTP and webhook settings live here,
// not in the policy: the security team names targets, operations wires them).
import type { Notifier } from '../actions/incidents.js';
import { EmailNotifier } from '../actions/notify-email.js';
import { createWebhookNotifier } from '../actions/notify-webhook.js';
import type { NotifierConfig } from './config.js';

export function buildNotifiers(cfg: Readonly<Record<string, NotifierConfig>>, env: NodeJS.ProcessEnv): Record<string, Notifier> {
  const out: Record<string, Notifier> = {};
  for (const [name, spec] of Object.entries(cfg)) {
    const { type, ...rest } = spec;
    out[name] = type === 'email' ? new EmailNotifier(name, rest as Omit<typeof spec & { type: 'email' }, 'type'>, env) : createWebhookNotifier(name, rest as Omit<typeof spec & { type: 'webhook' }, 'type'>, env);
  }
  return out;
}
