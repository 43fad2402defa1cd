// A TextSink that keeps what extractors produce in memory, for tests.
import type { TextSink, UnitShape, UnitWriter } from '../../src/extract/types.js';
import type { Unscannable } from '../../src/types.js';

export interface CapturedUnit {
  location: string;
  shape: UnitShape;
  text: string;
  ended: boolean;
}

export class CaptureSink implements TextSink {
  readonly units: CapturedUnit[] = [];
  readonly problems: Unscannable[] = [];
  textBytes = 0;
  exhausted = false;
  /** Writes refused after the max-text bound (an extractor should stop soon after the first). */
  refusedWrites = 0;
  /**
   * Keep at most `keepPerUnit` text bytes per unit (bomb tests must not hold
   * gigabytes); refuse text past `maxText` for the whole item, as the scan's sink does.
   */
  constructor(
    private readonly keepPerUnit = 64 * 1024 * 1024,
    private readonly maxText = Infinity,
  ) {}

  open(location: string, shape: UnitShape): UnitWriter {
    const unit: CapturedUnit = { location, shape, text: '', ended: false };
    this.units.push(unit);
    const parts: Buffer[] = [];
    let kept = 0;
    return {
      write: (t) => {
        const b = typeof t === 'string' ? Buffer.from(t, 'utf8') : t;
        if (this.textBytes + b.length > this.maxText) {
          this.refusedWrites++;
          if (!this.exhausted) this.unscannable({ reason: 'max-text', location, detail: `more than ${this.maxText} bytes of text` });
          this.exhausted = true;
          return;
        }
        this.textBytes += b.length;
        if (kept < this.keepPerUnit) {
          parts.push(Buffer.from(b.subarray(0, this.keepPerUnit - kept)));
          kept += b.length;
        }
      },
      end: () => {
        unit.text = Buffer.concat(parts).toString('utf8');
        unit.ended = true;
      },
    };
  }

  unscannable(problem: Unscannable): void {
    this.problems.push(problem);
  }

  /** All text, units separated by a newline. */
  get text(): string {
    return this.units.map((u) => u.text).join('\n');
  }

  reasons(): string[] {
    return this.problems.map((p) => p.reason);
  }

  /** The first unit whose location ends with `suffix`. */
  unit(suffix: string): CapturedUnit | undefined {
    return this.units.find((u) => u.location.endsWith(suffix));
  }
}
