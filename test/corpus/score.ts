// Precision/recall bookkeeping for the labeled corpus: matching on
// (item, detector, normalized value), with "don't care" labels ignored.
import { key, type Decoy, type Label } from './generate.js';

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface Miss {
  item: string;
  detector: string;
  value: string;
  /** For a false positive: the planted decoy it came from, when one contains it. */
  decoy?: string;
  /** A few characters around the value in the carrier text. */
  context?: string;
}

/** Detectors with a bar: P and R must both reach it. */
export const BARS: Readonly<Record<string, number>> = {
  cn_resident_id: 0.99,
  cn_mobile: 0.99,
  bank_card: 0.99,
  cn_uscc: 0.99,
  email: 0.99,
  person_name_zh: 0.95,
};

export class Score {
  readonly tally = new Map<string, Tally>();
  readonly falsePositives: Miss[] = [];
  readonly falseNegatives: Miss[] = [];

  private t(detector: string): Tally {
    let t = this.tally.get(detector);
    if (!t) this.tally.set(detector, (t = { tp: 0, fp: 0, fn: 0 }));
    return t;
  }

  /** Score one item: `found` are (detector, value) pairs reported for it. */
  add(item: string, expected: readonly Label[], dontCare: readonly Label[], decoys: readonly Decoy[], found: Iterable<{ detector: string; value: string }>, text?: string): void {
    const exp = new Map(expected.map((l) => [key(l), l]));
    const dc = new Set(dontCare.map(key));
    const seen = new Set<string>();
    for (const f of found) {
      const k = key(f);
      if (seen.has(k)) continue;
      seen.add(k);
      if (exp.has(k)) this.t(f.detector).tp++;
      else if (!dc.has(k)) {
        this.t(f.detector).fp++;
        const digits = f.value.replace(/\D/g, '');
        const d = decoys.find((x) => x.text.normalize('NFKC').replace(/\D/g, '').includes(digits) && digits.length > 4) ?? decoys.find((x) => x.text.includes(f.value));
        const miss: Miss = { item, detector: f.detector, value: f.value };
        if (d) miss.decoy = `${d.kind}: ${d.text}`;
        if (text) miss.context = around(text, f.value);
        this.falsePositives.push(miss);
      }
    }
    for (const [k, l] of exp) {
      this.t(l.detector);
      if (seen.has(k)) continue;
      this.t(l.detector).fn++;
      const miss: Miss = { item, detector: l.detector, value: l.value };
      if (text) miss.context = around(text, l.value);
      this.falseNegatives.push(miss);
    }
  }

  precision(d: string): number {
    const t = this.tally.get(d);
    return !t || t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  }

  recall(d: string): number {
    const t = this.tally.get(d);
    return !t || t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  }

  table(title: string): string {
    const rows = [...this.tally.keys()].sort().map((d) => {
      const t = this.tally.get(d)!;
      const bar = BARS[d];
      const ok = bar === undefined ? '' : this.precision(d) >= bar && this.recall(d) >= bar ? 'ok' : 'FAIL';
      return `${d.padEnd(16)} ${String(t.tp + t.fn).padStart(6)} ${String(t.tp).padStart(6)} ${String(t.fp).padStart(5)} ${String(t.fn).padStart(5)}  ${this.precision(d).toFixed(4)}  ${this.recall(d).toFixed(4)}  ${bar === undefined ? '  - ' : bar.toFixed(2)} ${ok}`;
    });
    return [`${title}`, `${'detector'.padEnd(16)} ${'labels'.padStart(6)} ${'TP'.padStart(6)} ${'FP'.padStart(5)} ${'FN'.padStart(5)}  P       R       bar`, ...rows].join('\n');
  }

  /** A few examples of each failure class, grouped by detector. */
  examples(per = 6): string {
    const out: string[] = [];
    for (const [label, list] of [['false positives', this.falsePositives], ['false negatives', this.falseNegatives]] as const) {
      const by = new Map<string, Miss[]>();
      for (const m of list) (by.get(m.detector) ?? by.set(m.detector, []).get(m.detector)!).push(m);
      for (const [d, ms] of by) {
        out.push(`${label} ${d} (${ms.length}):`);
        for (const m of ms.slice(0, per)) out.push(`  [${m.item}] ${m.value}${m.decoy ? `  ← ${m.decoy}` : ''}${m.context ? `  «${m.context}»` : ''}`);
      }
    }
    return out.join('\n');
  }
}

/** Text around the first occurrence of a value (or of its first digits, for written forms). */
function around(text: string, value: string): string | undefined {
  const flat = text.normalize('NFKC');
  let at = flat.indexOf(value);
  if (at < 0) at = flat.toLowerCase().indexOf(value.toLowerCase());
  if (at < 0 && value.length > 6) at = flat.indexOf(value.slice(0, 3));
  if (at < 0) return undefined;
  return flat.slice(Math.max(0, at - 30), at + value.length + 30).replace(/\r?\n/g, '⏎');
}
