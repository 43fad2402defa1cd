// Keyword hits of one unit as parallel typed arrays, in the order the
// automaton reports them (by end offset). A dense customer export has a
// keyword every few dozen bytes: one object per hit was a measurable share of
// the scan's allocations.

export class KeywordHits {
  length = 0;
  /** Keyword index per hit. */
  kw = new Int32Array(1024);
  /** Absolute byte offsets in the unit (a unit may exceed 2 GiB: doubles). */
  start = new Float64Array(1024);
  end = new Float64Array(1024);

  push(kw: number, start: number, end: number): void {
    if (this.length === this.kw.length) this.grow();
    this.kw[this.length] = kw;
    this.start[this.length] = start;
    this.end[this.length] = end;
    this.length++;
  }

  /** First index whose hit ends at or after `offset`. */
  lowerBound(offset: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.end[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Drop every hit that ends before `offset`. */
  keepFrom(offset: number): void {
    const from = this.lowerBound(offset);
    if (from === 0) return;
    this.kw.copyWithin(0, from, this.length);
    this.start.copyWithin(0, from, this.length);
    this.end.copyWithin(0, from, this.length);
    this.length -= from;
  }

  /** Forget the hits from index `length` on. */
  truncate(length: number): void {
    this.length = Math.min(this.length, length);
  }

  private grow(): void {
    const n = this.kw.length * 2;
    const kw = new Int32Array(n);
    const start = new Float64Array(n);
    const end = new Float64Array(n);
    kw.set(this.kw);
    start.set(this.start);
    end.set(this.end);
    this.kw = kw;
    this.start = start;
    this.end = end;
  }
}
