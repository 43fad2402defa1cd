// listguard.yaml: the one config file of the file-server daemon. Validated
// with the shared loader (errors name file, line and field; unknown keys are
// errors), relative paths resolved against the config file's directory, then
// frozen. listguard.example.yaml at the repo root documents every key.
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, isAbsolute, resolve, sep } from 'node:path';
import { z } from 'zod';
import { emailConfigSchema } from '../actions/notify-email.js';
import { webhookConfigSchema } from '../actions/notify-webhook.js';
import { ConfigError, ConfigErrors, lineOf, loadYaml } from '../config/yaml-schema.js';
import { parseListen } from '../metrics/server.js';
import { DEFAULT_LIMITS, type Limits } from '../types.js';

const positiveInt = (what: string) => z.number({ error: `expected a number (${what})` }).int({ error: 'expected a whole number' }).positive({ error: 'must be > 0' });
const globList = z.array(z.string().min(1, { error: 'empty glob' }), { error: 'expected a list of globs' });

const rootSchema = z.strictObject({
  path: z.string({ error: 'expected a directory path' }).min(1),
  include: globList.optional(),
  exclude: globList.optional(),
  /** Poll instead of inotify: for network file systems mounted here. */
  poll: z.boolean().optional(),
  poll_interval_ms: positiveInt('milliseconds').optional(),
});

const notifierSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('email'), ...emailConfigSchema.shape }),
    z.strictObject({ type: z.literal('webhook'), ...webhookConfigSchema.shape }),
  ],
  { error: "expected a notifier with type 'email' or 'webhook'" },
);

export const daemonConfigSchema = z.strictObject({
  home: z.string().min(1).optional(),
  roots: z.array(rootSchema, { error: 'expected a list of roots to watch' }).min(1, { error: 'give at least one root' }),
  rules: z.string().min(1).optional(),
  policies: z.array(z.string().min(1), { error: 'expected a list of policy files' }).min(1).optional(),
  pool: z.strictObject({ threads: positiveInt('worker threads').max(256).optional() }).optional(),
  limits: z
    .strictObject({
      max_depth: positiveInt('archive depth').optional(),
      max_members: positiveInt('archive members').optional(),
      max_bytes: positiveInt('bytes').optional(),
      max_ratio: positiveInt('compression ratio').optional(),
      max_time_ms: positiveInt('milliseconds').optional(),
      max_text_bytes: positiveInt('bytes').optional(),
    })
    .optional(),
  queue: z
    .strictObject({
      capacity: positiveInt('paths').max(1_000_000).optional(),
      settling: positiveInt('paths').max(10_000_000).optional(),
    })
    .optional(),
  watch: z
    .strictObject({
      stability_ms: positiveInt('milliseconds').optional(),
      poll_ms: positiveInt('milliseconds').optional(),
      reload_on_change: z.boolean().optional(),
      rescan_interval_ms: z.number().int().min(0).optional(),
    })
    .optional(),
  stop_timeout_ms: positiveInt('milliseconds').optional(),
  metrics: z.union([z.literal(false), z.strictObject({ listen: z.string().min(3) })]).optional(),
  log: z
    .strictObject({
      level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).optional(),
      file: z.string().min(1).optional(),
    })
    .optional(),
  incidents: z.strictObject({ window_ms: z.number().int().min(0).optional() }).optional(),
  notifiers: z.record(z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, { error: 'notifier names are lower-case ids' }), notifierSchema).optional(),
});

export type NotifierConfig = z.output<typeof notifierSchema>;

export interface RootConfig {
  path: string;
  include: string[];
  exclude: string[];
  poll: boolean;
  pollIntervalMs: number;
}

/** The validated config, paths absolute, defaults applied. */
export interface DaemonConfig {
  /** The config file, or null for `listguard watch`. */
  file: string | null;
  /** From the config; LISTGUARD_HOME still wins (resolveHome). */
  home?: string;
  roots: RootConfig[];
  rulesDir?: string;
  policies?: string[];
  threads: number;
  limits: Limits;
  queueCapacity: number;
  settlingCapacity: number;
  stabilityMs: number;
  pollMs: number;
  reloadOnChange: boolean;
  /** Periodic catch-up walk (0 = never): the safety net for events the kernel dropped. */
  rescanIntervalMs: number;
  stopTimeoutMs: number;
  metricsListen: string | null;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';
  logFile?: string;
  incidentWindowMs: number;
  notifiers: Record<string, NotifierConfig>;
}

export const DEFAULTS = Object.freeze({
  queueCapacity: 10_000,
  settlingCapacity: 1_000_000,
  stabilityMs: 2_000,
  pollMs: 250,
  rescanIntervalMs: 15 * 60_000,
  stopTimeoutMs: 15_000,
  metricsListen: '127.0.0.1:9464',
  incidentWindowMs: 60_000,
});

export const defaultThreads = (): number => Math.max(1, availableParallelism() - 1);

export function defaultConfig(roots: string[], over: Partial<DaemonConfig> = {}): DaemonConfig {
  return {
    file: null,
    roots: roots.map((p) => ({ path: resolve(p), include: [], exclude: [], poll: false, pollIntervalMs: 1000 })),
    threads: defaultThreads(),
    limits: { ...DEFAULT_LIMITS },
    queueCapacity: DEFAULTS.queueCapacity,
    settlingCapacity: DEFAULTS.settlingCapacity,
    stabilityMs: DEFAULTS.stabilityMs,
    pollMs: DEFAULTS.pollMs,
    reloadOnChange: true,
    rescanIntervalMs: DEFAULTS.rescanIntervalMs,
    stopTimeoutMs: DEFAULTS.stopTimeoutMs,
    metricsListen: DEFAULTS.metricsListen,
    logLevel: 'info',
    incidentWindowMs: DEFAULTS.incidentWindowMs,
    notifiers: {},
    ...over,
  };
}

/** Parse and validate; `file` is used in messages and to resolve relative paths. */
export function parseDaemonConfig(file: string, text: string): DaemonConfig {
  const { value: c, yaml } = loadYaml(file, text, daemonConfigSchema);
  const base = dirname(resolve(file));
  const abs = (p: string) => (isAbsolute(p) ? p : resolve(base, p));
  const errors: ConfigError[] = [];
  const roots: RootConfig[] = c.roots.map((r, i) => {
    const path = abs(r.path);
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) errors.push(new ConfigError(file, lineOf(yaml, ['roots', i, 'path']), `roots[${i}].path`, `not a directory: ${path}`));
    return { path, include: r.include ?? [], exclude: r.exclude ?? [], poll: r.poll ?? false, pollIntervalMs: r.poll_interval_ms ?? 1000 };
  });
  roots.forEach((a, i) =>
    roots.forEach((b, j) => {
      if (i !== j && (a.path === b.path || b.path.startsWith(a.path + sep)))
        errors.push(new ConfigError(file, lineOf(yaml, ['roots', j, 'path']), `roots[${j}].path`, `overlaps roots[${i}] (${a.path})`));
    }),
  );
  if (c.metrics && typeof c.metrics === 'object') {
    // The server's own parser: the same rules (port ≤ 65535) as at start, caught at load.
    try {
      parseListen(c.metrics.listen);
    } catch {
      errors.push(new ConfigError(file, lineOf(yaml, ['metrics', 'listen']), 'metrics.listen', `expected HOST:PORT with a port up to 65535, e.g. 127.0.0.1:9464`));
    }
  }
  for (const [name, n] of Object.entries(c.notifiers ?? {}))
    if (n.type === 'webhook' && !n.secret && !n.secret_env)
      errors.push(new ConfigError(file, lineOf(yaml, ['notifiers', name]), `notifiers.${name}`, 'a webhook needs secret or secret_env'));
  if (errors.length) throw new ConfigErrors(errors);
  const l = c.limits ?? {};
  return Object.freeze({
    file: resolve(file),
    ...(c.home ? { home: abs(c.home) } : {}),
    roots,
    ...(c.rules ? { rulesDir: abs(c.rules) } : {}),
    ...(c.policies ? { policies: c.policies.map(abs) } : {}),
    threads: c.pool?.threads ?? defaultThreads(),
    limits: {
      maxDepth: l.max_depth ?? DEFAULT_LIMITS.maxDepth,
      maxMembers: l.max_members ?? DEFAULT_LIMITS.maxMembers,
      maxBytes: l.max_bytes ?? DEFAULT_LIMITS.maxBytes,
      maxRatio: l.max_ratio ?? DEFAULT_LIMITS.maxRatio,
      maxTimeMs: l.max_time_ms ?? DEFAULT_LIMITS.maxTimeMs,
      maxTextBytes: l.max_text_bytes ?? DEFAULT_LIMITS.maxTextBytes,
    },
    queueCapacity: c.queue?.capacity ?? DEFAULTS.queueCapacity,
    settlingCapacity: c.queue?.settling ?? DEFAULTS.settlingCapacity,
    stabilityMs: c.watch?.stability_ms ?? DEFAULTS.stabilityMs,
    pollMs: c.watch?.poll_ms ?? DEFAULTS.pollMs,
    reloadOnChange: c.watch?.reload_on_change ?? true,
    rescanIntervalMs: c.watch?.rescan_interval_ms ?? DEFAULTS.rescanIntervalMs,
    stopTimeoutMs: c.stop_timeout_ms ?? DEFAULTS.stopTimeoutMs,
    metricsListen: c.metrics === false ? null : (c.metrics?.listen ?? DEFAULTS.metricsListen),
    logLevel: c.log?.level ?? 'info',
    ...(c.log?.file ? { logFile: abs(c.log.file) } : {}),
    incidentWindowMs: c.incidents?.window_ms ?? DEFAULTS.incidentWindowMs,
    notifiers: c.notifiers ?? {},
  });
}

export function loadDaemonConfig(file: string): DaemonConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(file, 1, '', `cannot read config file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parseDaemonConfig(file, text);
}
