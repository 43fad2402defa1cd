// A TextSink that keeps everything in memory, for extractor tests.
import type { Unscannable } from '../../src/types.js';
import type { TextSink, UnitShape, UnitWriter } from '../../src/extract/types.js';

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

  open(location: string, shape: UnitShape): UnitWriter {
    const unit: CapturedUnit = { location, shape, text: '', ended: false };
    this.units.push(unit);
    return {
      write: (chunk) => {
        const s = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
        this.textBytes += Buffer.byteLength(s);
        unit.text += s;
      },
      end: () => {
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
}
