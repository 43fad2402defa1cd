// One multi-keyword automaton (Aho–Corasick, compiled to a full DFA over
// UTF-8 bytes) finds every context keyword of every rule in one pass.
// ASCII letters match case-insensitively. Streaming: the caller carries the
// state across chunks, so a keyword split by a chunk boundary is still found.
// A row holds one transition per byte class, not per byte: bytes that no
// keyword contains all lead where a failure would, so they share one class,
// and an ASCII letter shares its class with its other case (138 classes for
// the default packs' 3,679 keywords: each worker's table is 4.2 MB, not 7.8).

const lowerAscii = (b: number): number => (b >= 0x41 && b <= 0x5a ? b + 32 : b);

export class KeywordAutomaton {
  readonly keywords: readonly (string | Uint8Array)[];
  /** Byte length of each keyword. */
  readonly lengths: Int32Array;
  /**
   * Transitions, row `state * stride`, column the byte's class: (next state << 1) | 1 when
   * keywords end in the next state. 16 bits each while the states allow (up to 32,767).
   */
  private readonly delta: Uint16Array | Uint32Array;
  /** Each byte's column in a row of `delta`. */
  private readonly classOf: Uint8Array;
  private readonly stride: number;
  /** For each state, the keywords that end there (own + through failure links), flattened. */
  private readonly outStart: Int32Array;
  private readonly outList: Int32Array;

  constructor(keywords: readonly (string | Uint8Array)[]) {
    this.keywords = keywords;
    this.lengths = new Int32Array(keywords.length);
    const children: Array<Map<number, number>> = [new Map()];
    const own: number[][] = [[]];
    keywords.forEach((kw, k) => {
      const bytes = typeof kw === 'string' ? Buffer.from(kw, 'utf8') : kw;
      this.lengths[k] = bytes.length;
      let s = 0;
      for (const raw of bytes) {
        const b = lowerAscii(raw);
        let next = children[s]!.get(b);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          own.push([]);
          children[s]!.set(b, next);
        }
        s = next;
      }
      own[s]!.push(k);
    });
    const n = children.length;
    // Class 0: every byte no keyword contains; then one class per byte in first-seen order.
    const classOf = new Uint8Array(256);
    let stride = 1;
    for (const map of children) for (const b of map.keys()) if (classOf[b] === 0) classOf[b] = stride++;
    for (let b = 0x41; b <= 0x5a; b++) classOf[b] = classOf[b + 32]!;
    const delta = n * 2 <= 0xffff ? new Uint16Array(n * stride) : new Uint32Array(n * stride);
    const fail = new Int32Array(n);
    const outputs: number[][] = own.map((o) => [...o]);
    // BFS: fill the DFA rows; missing transitions follow the failure state's row.
    // Upper- and lower-case ASCII bytes share a child: enqueue each child once.
    const queue: number[] = [];
    for (const [b, c] of children[0]!) {
      delta[classOf[b]!] = c;
      queue.push(c);
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      outputs[s]!.push(...outputs[fail[s]!]!);
      for (const [b, c] of children[s]!) {
        fail[c] = delta[fail[s]! * stride + classOf[b]!]!;
        queue.push(c);
      }
      // A row is its failure state's row with this state's own children over it: one copy.
      const row = s * stride;
      delta.copyWithin(row, fail[s]! * stride, fail[s]! * stride + stride);
      for (const [b, c] of children[s]!) delta[row + classOf[b]!] = c;
    }
    this.outStart = new Int32Array(n + 1);
    const flat: number[] = [];
    for (let s = 0; s < n; s++) {
      this.outStart[s] = flat.length;
      flat.push(...new Set(outputs[s]));
    }
    this.outStart[n] = flat.length;
    this.outList = Int32Array.from(flat);
    for (let i = 0; i < delta.length; i++) {
      const next = delta[i]!;
      delta[i] = (next << 1) | (this.outStart[next + 1]! > this.outStart[next]! ? 1 : 0);
    }
    this.delta = delta;
    this.classOf = classOf;
    this.stride = stride;
  }

  /**
   * Scan buf[start, end) from `state`; report each hit as the keyword's index
   * and the offset just past its last byte (relative to buf), and return the
   * state to continue with.
   */
  scan(buf: Uint8Array, start: number, end: number, state: number, onHit: (kw: number, end: number) => void): number {
    const delta = this.delta;
    const classOf = this.classOf;
    const stride = this.stride;
    const outStart = this.outStart;
    let s = state;
    for (let i = start; i < end; i++) {
      const t = delta[s * stride + classOf[buf[i]!]!]!;
      s = t >>> 1;
      if ((t & 1) === 0) continue;
      const b = outStart[s + 1]!;
      for (let k = outStart[s]!; k < b; k++) onHit(this.outList[k]!, i + 1);
    }
    return s;
  }
}
