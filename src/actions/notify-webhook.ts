// Webhook notifier: POST the incident JSON, signed like GitHub webhooks:
// `X-Listguard-Signature: sha256=<hex HMAC-SHA256(secret, body)>`. The
// receiver recomputes the HMAC over the raw body and compares in constant time.
import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { DeliveryQueue, type DeliveryStats } from './delivery-queue.js';
import type { Incident, Notifier } from './incidents.js';

export const webhookConfigSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  /** HMAC secret; or name an environment variable with secret_env. */
  secret: z.string().min(16).optional(),
  secret_env: z.string().min(1).optional(),
  timeout_ms: z.number().int().positive().default(5_000),
  max_attempts: z.number().int().min(1).max(20).default(5),
  queue_size: z.number().int().min(1).max(100_000).default(1_000),
  backoff_ms: z.number().int().positive().default(500),
  max_backoff_ms: z.number().int().positive().default(30_000),
});
export type WebhookConfig = z.infer<typeof webhookConfigSchema>;

export const SIGNATURE_HEADER = 'X-Listguard-Signature';

export const signBody = (secret: string, body: string): string =>
  'sha256=' + createHmac('sha256', secret).update(body).digest('hex');

class HttpError extends Error {
  constructor(readonly status: number) {
    super(`webhook answered HTTP ${status}`);
  }
}

export class WebhookNotifier implements Notifier {
  private readonly queue: DeliveryQueue<Incident>;
  readonly errors: string[] = [];

  constructor(
    readonly name: string,
    private readonly cfg: WebhookConfig & { secret: string },
  ) {
    this.queue = new DeliveryQueue<Incident>({
      capacity: cfg.queue_size,
      maxAttempts: cfg.max_attempts,
      baseDelayMs: cfg.backoff_ms,
      maxDelayMs: cfg.max_backoff_ms,
      send: (i, signal) => this.post(i, signal),
      // 4xx other than 408/429 will not get better by retrying.
      retryable: (e) => !(e instanceof HttpError) || e.status >= 500 || e.status === 408 || e.status === 429,
      onFailure: (e) => {
        if (this.errors.length < 20) this.errors.push(e instanceof Error ? e.message : String(e));
      },
    });
  }

  notify(incident: Incident): void {
    this.queue.push(incident);
  }

  private async post(incident: Incident, signal: AbortSignal): Promise<void> {
    const body = JSON.stringify(incident);
    const res = await fetch(this.cfg.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'listguard',
        'x-listguard-incident': incident.id,
        [SIGNATURE_HEADER]: signBody(this.cfg.secret, body),
      },
      body,
      signal: AbortSignal.any([signal, AbortSignal.timeout(this.cfg.timeout_ms)]),
    });
    await res.arrayBuffer().catch(() => undefined);
    if (res.status < 200 || res.status >= 300) throw new HttpError(res.status);
  }

  stats(): DeliveryStats {
    return { ...this.queue.stats };
  }

  close(timeoutMs?: number): Promise<void> {
    return this.queue.close(timeoutMs);
  }
}

export function createWebhookNotifier(name: string, cfg: WebhookConfig, env: NodeJS.ProcessEnv = process.env): WebhookNotifier {
  const secret = cfg.secret ?? (cfg.secret_env ? env[cfg.secret_env] : undefined);
  if (!secret) throw new Error(`notifier ${name}: webhook needs secret or secret_env (an environment variable that is set)`);
  return new WebhookNotifier(name, { ...cfg, secret });
}
