// The contract between extract → detect → classify → policy → actions.
// Everything here is plain data: it crosses the worker-thread boundary by
// structured clone and is what `--format jsonl` serialises.

/** Sensitivity levels, low to high (DESIGN.md). Order matters: index = rank. */
export const SENSITIVITIES = ['public', 'internal', 'confidential', 'secret'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

export const sensitivityRank = (s: Sensitivity): number => SENSITIVITIES.indexOf(s);

/** PIPL Art. 28 split: sensitive personal information vs ordinary personal information. */
export const CATEGORIES = ['personal', 'sensitive-personal'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Confidence buckets as printed; numeric confidence is 0..100 like Purview's. */
export type ConfidenceLevel = 'low' | 'medium' | 'high';
export const confidenceLevel = (c: number): ConfidenceLevel =>
  c >= 85 ? 'high' : c >= 65 ? 'medium' : 'low';

/**
 * Why an item (or part of it) could not be read. Every resource bound and
 * every failure is one of these; policy routes them. Never a silent "clean".
 */
export const UNSCANNABLE_REASONS = [
  'corrupt',
  'encrypted',
  'max-bytes',
  'max-depth',
  'max-members',
  'max-ratio',
  'max-text',
  'no-text-layer',
  'read-error',
  'timeout',
  'unsupported-format',
  'worker-crashed',
] as const;
export type UnscannableReason = (typeof UNSCANNABLE_REASONS)[number];

export interface Unscannable {
  reason: UnscannableReason;
  /** Where inside the item: `a.zip!/b/c.xlsx`. */
  location: string;
  /** Short technical detail; never contains a scanned value. */
  detail?: string;
}

/** One detector's findings in one item, aggregated (the jsonl `findings[]` entry). */
export interface FindingSummary {
  detector: string;
  category: Category;
  /** Distinct normalized values (saturates to occurrences past the dedup cap). */
  count: number;
  confidence: ConfidenceLevel;
  /** Up to a few masked examples, e.g. `138****5678`. */
  masked: string[];
  /** Up to a few locations the detector fired in. */
  locations: string[];
  /** Only with --reveal: every distinct normalized value, up to 50,000 per detector. */
  values?: string[];
  /** Only with --reveal, past 50,000 values: `values` lists the first. */
  values_truncated?: true;
}

/** What a worker returns for one top-level item. */
export interface Verdict {
  path: string;
  bytes: number;
  sensitivity: Sensitivity;
  /** Distinct person records (≥2 distinct person fields on one row/line/block). */
  records: number;
  /** Distinct person records that carry a sensitive-personal field. */
  sensitiveRecords: number;
  findings: FindingSummary[];
  unscannable: Unscannable[];
  /**
   * Keyed fingerprints (HMAC-SHA256, truncated) of the distinct records, for
   * cumulative per-sender counting; only filled when the caller asks for them.
   * Never raw values.
   */
  recordFingerprints?: string[];
  ms: number;
}

/** Per-item resource bounds (ClamAV-style). Every bound exceeded is an Unscannable. */
export interface Limits {
  maxDepth: number;
  maxMembers: number;
  maxBytes: number;
  maxRatio: number;
  maxTimeMs: number;
  maxTextBytes: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxDepth: 8,
  maxMembers: 10_000,
  maxBytes: 1024 * 1024 * 1024,
  maxRatio: 100,
  maxTimeMs: 60_000,
  maxTextBytes: 1024 * 1024 * 1024,
});

/**
 * Sensitivity thresholds, read from the policy file's `sensitivity:` block
 * (never hard-coded in the classifier). Counts are distinct person records.
 */
export interface SensitivityThresholds {
  /** `list_values`: distinct values of one of `list_detectors` make a bare list (a column of mobiles, no names). */
  secret: { records: number; sensitive_records: number; list_values?: number };
  confidential: { records: number; sensitive_values: number; list_values?: number };
  internal: { findings: number };
  /** Detectors whose values each name one person, counted by `list_values`. */
  list_detectors?: readonly string[];
}

