// The only way a value-like string may reach a log line, alert, audit record
// or quarantine metadata: masked. Detectors mask their own findings with
// format-aware rules; these helpers are the generic fallback and the second
// line of defence for free text we did not produce (paths, file names, reasons).

const STAR = '*';

/**
 * Mask a value keeping a short head and tail (the forms in cn-formats.md):
 * 18-char ID → `110105********002X`, mobile → `138****5678`, card → 6 + 4.
 */
export function mask(value: string): string {
  const s = value.trim();
  const n = s.length;
  if (n >= 15) return s.slice(0, 6) + STAR.repeat(n - 10) + s.slice(-4);
  if (n >= 11) return s.slice(0, 3) + STAR.repeat(n - 7) + s.slice(-4);
  if (n >= 7) return s.slice(0, 2) + STAR.repeat(n - 4) + s.slice(-2);
  return STAR.repeat(Math.max(n, 1));
}

// Runs of 11+ digits (mobile, ID, bank card, long account numbers), an ID's
// trailing X included, and mobiles written with separators (138 0013 8000).
// Shorter runs (dates, sizes, ports) stay readable.
const LONG_DIGITS = /\d{11,}[Xx]?/g;
const SPACED_MOBILE = /(?<!\d)(?:\+?86[ -]?)?1[3-9]\d[ -]\d{4}[ -]\d{4}(?!\d)/g;

/**
 * Mask every value-like digit run inside free text (paths, subjects, reasons).
 * E-mail addresses stay: envelope senders and recipients are what the
 * security team investigates (see describeError for parser messages).
 */
export function scrub(text: string): string {
  return text
    .replace(SPACED_MOBILE, (m) => mask(m.replace(/[^\d]/g, '')))
    .replace(LONG_DIGITS, (m) => mask(m));
}

/** Deep copy with every string scrubbed; bounded depth so a cycle cannot hang a log call. */
export function scrubDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrub(value);
  if (value === null || typeof value !== 'object' || depth > 12) return value;
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, depth + 1));
  if (value instanceof Error) return { type: value.name, message: scrub(value.message) };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrubDeep(v, depth + 1);
  return out;
}
