// Run the real dispatcher on an in-memory item and keep everything it
// produced (units, problems). Used by the zip-family and hostile tests.
import { extractItem } from '../../src/extract/dispatch.js';
import type { ExtractInput, TextSink, UnitShape, UnitWriter } from '../../src/extract/types.js';
import { DEFAULT_LIMITS, type Limits, type Unscannable } from '../../src/types.js';

export interface HarnessUnit {
  location: string;
  shape: UnitShape;
  text: string;
  ended: boolean;
}

export class HarnessSink implements TextSink {
  readonly units: HarnessUnit[] = [];
  readonly problems: Unscannable[] = [];
  textBytes = 0;
  /** Keep at most this many text bytes per unit (bomb tests must not hold gigabytes). */
  constructor(private readonly keepPerUnit = 64 * 1024 * 1024) {}

  open(location: string, shape: UnitShape): UnitWriter {
    const unit: HarnessUnit = { location, shape, text: '', ended: false };
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

  get text(): string {
    return this.units.map((u) => u.text).join('\n');
  }

  reasons(): string[] {
    return this.problems.map((p) => p.reason);
  }

  /** The first unit whose location ends with `suffix`. */
  unit(suffix: string): HarnessUnit | undefined {
    return this.units.find((u) => u.location.endsWith(suffix));
  }
}

export function bufferItem(name: string, data: Buffer): ExtractInput {
  return { location: name, name, size: data.length, head: data.subarray(0, 4096), source: { kind: 'buffer', data } };
}

export async function extractBuffer(
  name: string,
  data: Buffer,
  limits: Partial<Limits> = {},
  signal: AbortSignal = new AbortController().signal,
  sink: HarnessSink = new HarnessSink(),
): Promise<HarnessSink> {
  await extractItem(bufferItem(name, data), sink, { ...DEFAULT_LIMITS, ...limits }, signal);
  return sink;
}
