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
  /** Keep at most this many text bytes per unit (bomb tests must not hold gigabytes). */
  constructor(private readonly keepPerUnit = 64 * 1024 * 1024) {}

  open(location: string, shape: UnitShape): UnitWriter {
    const unit: CapturedUnit = { location, shape, text: '', ended: false };
    this.units.push(unit);
    const parts: Buffer[] = [];
    let kept = 0;
    return {
      write: (t) => {
        const b = typeof t === 'string' ? Buffer.from(t, 'utf8') : t;
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
