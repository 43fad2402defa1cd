// The policy file schema (rules/policies/*.yaml). One zod schema, strict
// objects everywhere so a typo is a load error, never a rule that silently
// never fires. Messages are written for the security team that edits these
// files; loadYaml prefixes them with `file:line: field:`.
import { z } from 'zod';
import { SENSITIVITIES, UNSCANNABLE_REASONS, type Sensitivity, type UnscannableReason } from '../types.js';
import { KNOWN_DETECTORS } from './detectors.js';
import { compileGlobs, type GlobList, type GlobOptions } from './glob.js';

/** Actions, least to most severe: index = severity. */
export const ACTIONS = ['allow', 'alert', 'quarantine', 'block'] as const;
export type Action = (typeof ACTIONS)[number];
export const actionSeverity = (a: Action): number => ACTIONS.indexOf(a);

export const CHANNELS = ['file', 'smtp', 'scan'] as const;
export type Channel = (typeof CHANNELS)[number];

export const MODES = ['enforce', 'simulate'] as const;
export type Mode = (typeof MODES)[number];

export const RECIPIENT_SCOPES = ['external', 'internal', 'any'] as const;
export type RecipientScope = (typeof RECIPIENT_SCOPES)[number];

export const COMPARISON_OPS = ['>=', '>', '==', '<=', '<'] as const;
export type ComparisonOp = (typeof COMPARISON_OPS)[number];

/** A count condition: `">= 10"`, `"== 3"`, or a bare number meaning `>=`. */
export interface Comparison {
  readonly op: ComparisonOp;
  readonly value: number;
}

const list = (xs: readonly string[]): string => xs.join(', ');

/** An enum with a message that quotes the bad value and lists the good ones. */
function oneOf<const T extends readonly [string, ...string[]]>(what: string, values: T) {
  return z.enum(values, {
    error: (iss) =>
      typeof iss.input === 'string'
        ? `unknown ${what} '${iss.input}' (${list(values)})`
        : iss.input === undefined
          ? `missing ${what} (${list(values)})`
          : `expected one of: ${list(values)}`,
  });
}

/** A list, also accepting a single value written without brackets. */
function listOf<T extends z.ZodType>(item: T, what: string) {
  return z.preprocess(
    (v) => (typeof v === 'string' ? [v] : v),
    z.array(item, { error: `expected a list of ${what}` }).min(1, { error: `expected at least one ${what.replace(/s$/, '')}` }),
  );
}

const COMPARISON_RE = /^\s*(>=|>|==|<=|<)?\s*(\d{1,15})\s*$/;

export const comparisonSchema = z.unknown().transform((v, ctx): Comparison => {
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return Object.freeze({ op: '>=', value: v });
  const m = typeof v === 'string' ? COMPARISON_RE.exec(v) : null;
  if (m) return Object.freeze({ op: (m[1] ?? '>=') as ComparisonOp, value: Number(m[2]) });
  ctx.addIssue({
    code: 'custom',
    message: `expected a count or a quoted comparison like ">= 10" (${list(COMPARISON_OPS)}), got ${
      typeof v === 'string' ? `'${v}'` : v === null ? 'nothing' : String(v)
    }`,
  });
  return z.NEVER;
});

function globsSchema(what: string, opts: GlobOptions = {}) {
  return listOf(z.string({ error: `expected a glob pattern` }).min(1, { error: 'empty glob pattern' }), what).transform(
    (patterns): GlobList => compileGlobs(patterns, opts),
  );
}

const positiveInt = z
  .number({ error: 'expected a positive integer' })
  .int({ error: 'expected a positive integer' })
  .positive({ error: 'expected a positive integer' });

function detectorId(detectors: readonly string[]) {
  return z.string({ error: 'expected a detector id' }).superRefine((id, ctx) => {
    if (!detectors.includes(id)) ctx.addIssue({ code: 'custom', message: `unknown detector '${id}' (${list(detectors)})` });
  });
}

/** The classifier's thresholds (SensitivityThresholds in src/types.ts). */
export function thresholdsSchema(detectors: readonly string[]) {
  return z
    .strictObject({
      secret: z.strictObject({ records: positiveInt, sensitive_records: positiveInt, list_values: positiveInt.optional() }),
      confidential: z.strictObject({ records: positiveInt, sensitive_values: positiveInt, list_values: positiveInt.optional() }),
      internal: z.strictObject({ findings: positiveInt }),
      list_detectors: listOf(detectorId(detectors), 'detector ids').optional(),
    })
    .superRefine((t, ctx) => {
      // A confidential threshold above the secret one would make a list
      // "secret" before it is "confidential": certainly a typo.
      for (const key of ['records', 'list_values'] as const) {
        const s = t.secret[key];
        const c = t.confidential[key];
        if (s !== undefined && s > 0 && c !== undefined && c > s)
          ctx.addIssue({ code: 'custom', path: ['confidential', key], message: `must not exceed secret.${key} (${s})` });
      }
      // A list threshold without the detectors it counts would never fire.
      const level = t.secret.list_values !== undefined ? 'secret' : t.confidential.list_values !== undefined ? 'confidential' : null;
      if (level && !t.list_detectors)
        ctx.addIssue({
          code: 'custom',
          path: [level, 'list_values'],
          message: 'needs sensitivity.list_detectors, the detector ids it counts (e.g. [cn_mobile, cn_resident_id])',
        });
    });
}

function conditionsSchema(detectors: readonly string[]) {
  return z.strictObject({
    channel: listOf(oneOf('channel', CHANNELS), 'channels').optional(),
    sensitivity: oneOf('sensitivity', SENSITIVITIES as unknown as readonly [Sensitivity, ...Sensitivity[]]).optional(),
    detectors: z
      .record(z.string(), comparisonSchema, { error: 'expected a map of detector id to count, e.g. { cn_resident_id: ">= 1" }' })
      .superRefine((m, ctx) => {
        for (const id of Object.keys(m))
          if (!detectors.includes(id))
            ctx.addIssue({ code: 'custom', path: [id], message: `unknown detector '${id}' (${list(detectors)})` });
      })
      .optional(),
    records: comparisonSchema.optional(),
    sensitive_records: comparisonSchema.optional(),
    unscannable: z
      .preprocess(
        (v) => (v === 'any' ? [...UNSCANNABLE_REASONS] : v),
        listOf(
          oneOf('unscannable reason', UNSCANNABLE_REASONS as unknown as readonly [UnscannableReason, ...UnscannableReason[]]),
          'unscannable reasons',
        ),
      )
      .optional(),
    recipients: oneOf('recipient scope', RECIPIENT_SCOPES).optional(),
    recipient_domains: globsSchema('domain patterns', { nocase: true }).optional(),
    recipient_addresses: globsSchema('address patterns', { nocase: true }).optional(),
    sender: globsSchema('address patterns', { nocase: true }).optional(),
    attachments: globsSchema('file name patterns', { nocase: true }).optional(),
    path: globsSchema('path patterns').optional(),
    owner: globsSchema('owner patterns').optional(),
    sender_records_24h: comparisonSchema.optional(),
    owner_records_24h: comparisonSchema.optional(),
  });
}

export type Conditions = z.output<ReturnType<typeof conditionsSchema>>;

const RULE_ID_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const DOMAIN_RE = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

const idSchema = (what: string) =>
  z
    .string({ error: `expected a ${what}` })
    .regex(RULE_ID_RE, { error: `expected a ${what} of letters, digits, '.', '_' or '-' (at most 100)` });

function ruleSchema(detectors: readonly string[]) {
  return z.strictObject({
    id: idSchema('rule id'),
    description: z.string({ error: 'expected text' }).optional(),
    mode: oneOf('mode', MODES).optional(),
    when: conditionsSchema(detectors).default({}),
    action: oneOf('action', ACTIONS),
    notify: listOf(idSchema('notifier name'), 'notifier names').default([]),
    reason: z
      .string({
        error: (iss) =>
          iss.input === undefined ? 'missing reason (the text shown to users and in alerts)' : 'expected text',
      }).trim().min(1, { error: 'must not be empty' }),
  });
}

export type RuleSpec = z.output<ReturnType<typeof ruleSchema>>;

/**
 * Notification targets. Their settings belong to the alerts layer; the policy
 * only needs their names to exist. Secrets never live here: a webhook's HMAC
 * key is read from the environment variable named by `secret_env`.
 */
export const notifierSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({
      type: z.literal('email'),
      to: listOf(z.email({ error: 'expected an e-mail address' }), 'e-mail addresses'),
    }),
    z.strictObject({
      type: z.literal('webhook'),
      url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }),
      secret_env: z
        .string()
        .regex(/^[A-Z_][A-Z0-9_]*$/, { error: 'expected the name of an environment variable' })
        .optional(),
    }),
  ],
  { error: "expected a notifier with type 'email' or 'webhook'" },
);
export type NotifierSpec = z.output<typeof notifierSchema>;

export interface PolicySchemaOptions {
  /** Detector ids rules may name; default KNOWN_DETECTORS. */
  detectors?: readonly string[];
}

export function policySchema(opts: PolicySchemaOptions = {}) {
  const detectors = opts.detectors ?? KNOWN_DETECTORS;
  return z
    .strictObject({
      name: idSchema('policy name'),
      description: z.string({ error: 'expected text' }).optional(),
      mode: oneOf('mode', MODES).default('enforce'),
      internal_domains: z
        .array(
          z
            .string({ error: 'expected a domain' })
            .regex(DOMAIN_RE, { error: 'expected a domain like corp.example' })
            .transform((d) => d.toLowerCase()),
          { error: 'expected a list of domains' },
        )
        .default([]),
      sensitivity: thresholdsSchema(detectors).optional(),
      notifiers: z
        .record(idSchema('notifier name'), notifierSchema, { error: 'expected a map of notifier name to settings' })
        .optional(),
      rules: z.array(ruleSchema(detectors), { error: 'expected a list of rules' }),
    }, { error: 'expected a policy: a map with name and rules' })
    .superRefine((p, ctx) => {
      const seen = new Set<string>();
      p.rules.forEach((r, i) => {
        if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `duplicate rule id '${r.id}'` });
        seen.add(r.id);
        if (!p.notifiers) return; // targets may be defined in the daemon config instead
        const defined = Object.keys(p.notifiers);
        r.notify.forEach((n, j) => {
          if (!defined.includes(n))
            ctx.addIssue({
              code: 'custom',
              path: ['rules', i, 'notify', j],
              message: `unknown notifier '${n}' (${defined.length > 0 ? list(defined) : 'none defined'})`,
            });
        });
      });
    });
}

export type PolicySpec = z.output<ReturnType<typeof policySchema>>;
