// pino logger factory. Structured JSON lines for SIEMs. Two defences keep raw
// values out: `redact` removes any field named value/values/raw/text (where a
// careless caller would put one), and every logged object and message is
// scrubbed of value-like digit runs. Callers still must pass only masked data.
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { scrub, scrubDeep } from './mask.js';

export type { Logger } from 'pino';

const FIELDS = ['value', 'values', 'raw', 'text'] as const;

// fast-redact has no recursive wildcard: list the depths we actually log at
// (top level, one object down, and arrays of findings/detectors).
export const REDACT_PATHS: readonly string[] = Object.freeze([
  ...FIELDS,
  ...FIELDS.map((f) => `*.${f}`),
  ...FIELDS.map((f) => `*.*.${f}`),
  ...FIELDS.flatMap((f) => [
    `findings[*].${f}`,
    `detectors[*].${f}`,
    `*.findings[*].${f}`,
    `*.detectors[*].${f}`,
  ]),
]);

export const REDACTED = '[redacted]';

export interface MakeLoggerOptions {
  /** A file path (appended, created), a file descriptor, or a stream. Default stdout. */
  destination?: string | number | DestinationStream | NodeJS.WritableStream;
  level?: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  name?: string;
}

export function makeLogger(opts: MakeLoggerOptions = {}): Logger {
  const options: LoggerOptions = {
    level: opts.level ?? 'info',
    base: { app: 'listguard', ...(opts.name ? { component: opts.name } : {}) },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: [...REDACT_PATHS], censor: REDACTED },
    formatters: {
      level: (label) => ({ level: label }),
      log: (obj) => scrubDeep(obj) as Record<string, unknown>,
    },
    hooks: {
      logMethod(args, method) {
        const clean = args.map((a) => (typeof a === 'string' ? scrub(a) : a)) as typeof args;
        return method.apply(this, clean);
      },
    },
  };
  const d = opts.destination;
  if (d === undefined) return pino(options, pino.destination({ dest: 1, sync: true }));
  if (typeof d === 'string' || typeof d === 'number') {
    // sync: an incident line must be on disk before a daemon crash can lose it.
    return pino(options, pino.destination({ dest: d, sync: true, mkdir: typeof d === 'string' }));
  }
  return pino(options, d as DestinationStream);
}
