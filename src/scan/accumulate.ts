// Per-item aggregation of findings and records into a Verdict. Bounded: values
// and records are counted through 53-bit hashes (exact up to a cap, then a
// HyperLogLog sketch), and only a few masked examples and locations are kept.
import { createHmac } from 'node:crypto';
import type { CompiledRule } from '../rules/load.js';
import {
  confidenceLevel,
  type Category,
  type FindingSummary,
  type SensitivityThresholds,
  type Unscannable,
  type Verdict,
} from '../types.js';
import { classify } from './classify.js';
import { DistinctCounter, type SerializedDistinct } from './distinct.js';
import { maskValue } from './mask.js';

const EXAMPLES = 3;
/** Values --reveal lists per detector: all of them while distinct values are counted exactly; past it, `values_truncated`. */
const REVEAL_CAP = 50_000;
const FINGERPRINT_CAP = 100_000;

/** FNV-1a folded to 53 bits: cheap, collision-free enough for counting. `seed` starts a separate family (one per detector). */
function hash53(s: string, seed = 0): number {
  let h1 = 0x811c9dc5 ^ seed;
  let h2 = 0x01000193 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 2246822519);
  }
  return (h2 >>> 0) * 2097152 + ((h1 >>> 0) & 0x1fffff);
}

interface DetectorTally {
  category: Category;
  distinct: DistinctCounter;
  best: number;
  masked: string[];
  locations: string[];
  values: string[];
  /** --reveal: more values than REVEAL_CAP were found; `values` holds the first. */
  valuesTruncated?: boolean;
}

/**
 * The fields of one person record while it is put together: a line's
 * findings, or a 姓名：/电话： block's. Reused from record to record, so the
 * hot path allocates nothing per field.
 */
export class RecordDraft {
  size = 0;
  /** fieldHash of each field: what records are deduplicated by. */
  hashes = new Float64Array(8);
  /** Any sensitive-personal field (ID number, card …). */
  sensitive = false;
  /** An organisation's own code beside the fields (a rule that is no record field: 统一社会信用代码). */
  organisation = false;
  /** Distinct detectors among the fields. */
  detectorCount = 0;
  private detectors: string[] = [];
  private values: string[] = [];
  /** The distinct detectors (a handful), so has() does not walk every field of a huge line. */
  private distinct: string[] = [];

  add(detector: string, value: string, hash: number, sensitive: boolean): void {
    if (!this.has(detector)) this.distinct[this.detectorCount++] = detector;
    if (this.size === this.hashes.length) {
      const grown = new Float64Array(this.size * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[this.size] = hash;
    this.detectors[this.size] = detector;
    this.values[this.size] = value;
    this.size++;
    if (sensitive) this.sensitive = true;
  }

  has(detector: string): boolean {
    for (let i = 0; i < this.detectorCount; i++) if (this.distinct[i] === detector) return true;
    return false;
  }

  /** A field of this hash already (the same value read twice: a name and its display name). */
  hasHash(hash: number): boolean {
    for (let i = 0; i < this.size; i++) if (this.hashes[i] === hash) return true;
    return false;
  }

  /** Detector of the first field. */
  get firstDetector(): string | undefined {
    return this.size > 0 ? this.detectors[0] : undefined;
  }

  /** Append another draft's fields. */
  addAll(other: RecordDraft): void {
    for (let i = 0; i < other.size; i++) this.add(other.detectors[i]!, other.values[i]!, other.hashes[i]!, false);
    if (other.sensitive) this.sensitive = true;
    if (other.organisation) this.organisation = true;
  }

  clear(): void {
    this.size = 0;
    this.detectorCount = 0;
    this.sensitive = false;
    this.organisation = false;
  }

  /** `detector=value` of every field, sorted and joined: the input of a record fingerprint. */
  key(): string {
    const parts: string[] = [];
    for (let i = 0; i < this.size; i++) parts.push(`${this.detectors[i]}=${this.values[i]}`);
    return parts.sort().join('\u0001');
  }
}

/** Seeds of hash53 per detector id, so equal values of different detectors differ. */
const detectorSeeds = new Map<string, number>();

/** The 53-bit hash of one record field. */
export function fieldHash(detector: string, value: string): number {
  let seed = detectorSeeds.get(detector);
  if (seed === undefined) detectorSeeds.set(detector, (seed = hash53(detector) | 0));
  return hash53(value, seed);
}

/**
 * An order-independent 53-bit hash of a set of field hashes (sorted, then
 * folded): a record is the same record whatever order its fields come in.
 */
function recordHash(draft: RecordDraft): number {
  const n = draft.size;
  let hs: Float64Array;
  if (n <= 16) {
    // Insertion sort into a scratch array: a record has a handful of fields.
    hs = sortScratch;
    for (let i = 0; i < n; i++) {
      const h = draft.hashes[i]!;
      let j = i;
      for (; j > 0 && hs[j - 1]! > h; j--) hs[j] = hs[j - 1]!;
      hs[j] = h;
    }
  } else {
    // A minified line can hold a whole list: O(n log n), not quadratic.
    hs = draft.hashes.slice(0, n).sort();
  }
  let h1 = 0x9747b28c;
  let h2 = 0x5bd1e995;
  for (let i = 0; i < n; i++) {
    const h = hs[i]!;
    const lo = h >>> 0;
    const hi = Math.floor(h / 4294967296);
    h1 = murmurRound(murmurRound(h1, lo), hi);
    h2 = murmurRound(murmurRound(h2, hi), lo);
  }
  return (fmix32(h2) >>> 0) * 2097152 + ((fmix32(h1) >>> 0) & 0x1fffff);
}

const sortScratch = new Float64Array(16);

/** One 32-bit block of MurmurHash3 (x86_32) mixed into h. */
function murmurRound(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  h ^= Math.imul(k, 0x1b873593);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** MurmurHash3's finaliser: every output bit depends on every input bit. */
function fmix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** An accumulator's state as plain data: parts of a split file are merged from these. */
export interface PartialState {
  tallies: Array<Omit<DetectorTally, 'distinct'> & { detector: string; distinct: SerializedDistinct }>;
  records: SerializedDistinct;
  sensitiveRecords: SerializedDistinct;
  problems: Unscannable[];
  fingerprints: string[];
}

export interface AccumulatorOptions {
  reveal: boolean;
  /** Every reported finding, before deduplication (tests and rule samples; never logged). */
  onFinding?: (f: { rule: string; detector: string; value: string; confidence: number; location: string }) => void;
  /** Key for record fingerprints (HMAC); none: no fingerprints. */
  fingerprintKey?: Buffer;
}

export class ItemAccumulator {
  private readonly tallies = new Map<string, DetectorTally>();
  private readonly records = new DistinctCounter();
  private readonly sensitiveRecords = new DistinctCounter();
  private readonly fingerprints = new Set<string>();
  readonly problems: Unscannable[] = [];
  /** Ids of the rules that produced a reported finding (for rule-pack samples). */
  readonly rulesFired = new Set<string>();

  constructor(private readonly options: AccumulatorOptions) {}

  /** One reported finding; `hash` is fieldHash(rule.detector, value) when the caller has it already. */
  finding(rule: CompiledRule, value: string, confidence: number, location: string, hash = fieldHash(rule.detector, value)): void {
    this.rulesFired.add(rule.id);
    this.options.onFinding?.({ rule: rule.id, detector: rule.detector, value, confidence, location });
    let t = this.tallies.get(rule.detector);
    if (!t) {
      t = { category: rule.category, distinct: new DistinctCounter(), best: 0, masked: [], locations: [], values: [] };
      this.tallies.set(rule.detector, t);
    }
    if (rule.category === 'sensitive-personal') t.category = 'sensitive-personal';
    if (confidence > t.best) t.best = confidence;
    if (!t.distinct.add(hash)) return;
    if (t.masked.length < EXAMPLES) t.masked.push(maskValue(rule, value));
    if (t.locations.length < EXAMPLES && !t.locations.includes(location)) t.locations.push(location);
    if (this.options.reveal) {
      if (t.values.length < REVEAL_CAP) t.values.push(value);
      else t.valuesTruncated = true;
    }
  }

  /** A person record: ≥ 2 distinct person fields (checked by the caller). */
  record(draft: RecordDraft): void {
    const h = recordHash(draft);
    this.records.add(h);
    if (draft.sensitive) this.sensitiveRecords.add(h);
    if (this.options.fingerprintKey && this.fingerprints.size < FINGERPRINT_CAP) {
      this.fingerprints.add(createHmac('sha256', this.options.fingerprintKey).update(draft.key()).digest('hex').slice(0, 32));
    }
  }

  get recordCount(): number {
    return this.records.size;
  }

  get sensitiveRecordCount(): number {
    return this.sensitiveRecords.size;
  }

  unscannable(u: Unscannable): void {
    // One entry per reason+location, at most 100 — a bomb must not produce a
    // million lines — but a reason not yet recorded always gets its entry.
    if (this.problems.some((p) => p.reason === u.reason && p.location === u.location)) return;
    if (this.problems.length >= 100 && this.problems.some((p) => p.reason === u.reason)) return;
    this.problems.push(u);
  }

  partial(): PartialState {
    return {
      tallies: [...this.tallies].map(([detector, t]) => ({ ...t, detector, distinct: t.distinct.toJSON() })),
      records: this.records.toJSON(),
      sensitiveRecords: this.sensitiveRecords.toJSON(),
      problems: this.problems,
      fingerprints: [...this.fingerprints],
    };
  }

  /** Fold in the state of another part of the same item. */
  merge(p: PartialState): void {
    for (const pt of p.tallies) {
      const t = this.tallies.get(pt.detector);
      if (!t) {
        this.tallies.set(pt.detector, { ...pt, distinct: DistinctCounter.from(pt.distinct) });
        continue;
      }
      t.distinct.merge(pt.distinct);
      if (pt.category === 'sensitive-personal') t.category = 'sensitive-personal';
      t.best = Math.max(t.best, pt.best);
      for (const m of pt.masked) if (t.masked.length < EXAMPLES && !t.masked.includes(m)) t.masked.push(m);
      for (const l of pt.locations) if (t.locations.length < EXAMPLES && !t.locations.includes(l)) t.locations.push(l);
      const listed = new Set(t.values);
      for (const v of pt.values) {
        if (listed.has(v)) continue;
        if (t.values.length < REVEAL_CAP) t.values.push(v), listed.add(v);
        else t.valuesTruncated = true;
      }
      if (pt.valuesTruncated) t.valuesTruncated = true;
    }
    this.records.merge(p.records);
    this.sensitiveRecords.merge(p.sensitiveRecords);
    for (const u of p.problems) this.unscannable(u);
    for (const f of p.fingerprints) if (this.fingerprints.size < FINGERPRINT_CAP) this.fingerprints.add(f);
  }

  verdict(path: string, bytes: number, thresholds: SensitivityThresholds, ms: number): Verdict {
    const findings: FindingSummary[] = [...this.tallies.entries()]
      .map(([detector, t]) => {
        const f: FindingSummary = {
          detector,
          category: t.category,
          count: t.distinct.size,
          confidence: confidenceLevel(t.best),
          masked: t.masked,
          locations: t.locations,
        };
        if (this.options.reveal) {
          f.values = t.values;
          if (t.valuesTruncated) f.values_truncated = true;
        }
        return f;
      })
      .sort((a, b) => b.count - a.count || a.detector.localeCompare(b.detector));
    const records = this.recordCount;
    const sensitiveRecords = this.sensitiveRecordCount;
    const v: Verdict = {
      path,
      bytes,
      sensitivity: classify(findings, records, sensitiveRecords, thresholds),
      records,
      sensitiveRecords,
      findings,
      unscannable: this.problems,
      ms,
    };
    if (this.options.fingerprintKey) v.recordFingerprints = [...this.fingerprints];
    return v;
  }
}
