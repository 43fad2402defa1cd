// Scan one top-level item (a file on disk or bytes in memory): extract every
// text unit, detect, accumulate, classify. Runs inside a worker thread.
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { bufferInput, describeError, extractItem, readHead } from '../extract/dispatch.js';
import type { ByteRange, ExtractInput, TextSink, UnitShape, UnitWriter } from '../extract/types.js';
import type { Limits, SensitivityThresholds, Unscannable, Verdict } from '../types.js';
import { ItemAccumulator, type PartialState } from './accumulate.js';
import { UnitDetector } from './detect.js';
import type { Engine } from './engine.js';

export interface ScanItemOptions {
  engine: Engine;
  thresholds: SensitivityThresholds;
  limits: Limits;
  reveal: boolean;
  fingerprintKey?: Buffer;
  signal?: AbortSignal;
}

export type ItemSource = { kind: 'file'; path: string; range?: ByteRange } | { kind: 'buffer'; name: string; data: Buffer };

class CountingSink implements TextSink {
  textBytes = 0;
  exhausted = false;
  constructor(
    private readonly engine: Engine,
    private readonly acc: ItemAccumulator,
    private readonly maxText: number,
  ) {}

  open(location: string, shape: UnitShape): UnitWriter {
    const detector = new UnitDetector(this.engine, this.acc, location, shape);
    const garble = { chars: 0, bad: 0 };
    return {
      write: (text) => {
        const n = typeof text === 'string' ? text.length * 3 : text.length;
        if (this.textBytes + n > this.maxText) {
          if (!this.exhausted) {
            this.exhausted = true;
            this.unscannable({ reason: 'max-text', location, detail: `more than ${this.maxText} bytes of text` });
          }
          return;
        }
        this.textBytes += typeof text === 'string' ? Buffer.byteLength(text) : n;
        if (typeof text === 'string') countGarbled(text, garble);
        detector.write(text);
      },
      end: () => {
        detector.end();
        // Text an extractor produced but that is mostly control characters (a PDF
        // font whose digits map to nothing, a broken encoding) cannot be judged.
        if (garble.bad >= 8 && garble.bad > garble.chars / 100) {
          this.unscannable({ reason: 'corrupt', location, detail: `garbled text: ${garble.bad} unreadable characters` });
        }
      },
    };
  }

  unscannable(problem: Unscannable): void {
    this.acc.unscannable(problem);
  }
}

/** Count C0 control characters (other than tab, newline, CR, form feed) and U+FFFD. */
function countGarbled(text: string, tally: { chars: number; bad: number }): void {
  tally.chars += text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) tally.bad++;
  }
}

export async function scanItem(source: ItemSource, display: string, opts: ScanItemOptions): Promise<Verdict> {
  const { acc, bytes, ms } = await accumulateItem(source, display, opts);
  return acc.verdict(display, bytes, opts.thresholds, ms);
}

/** One part of a split file: the accumulator's state, for merging on the main thread. */
export async function scanItemPart(source: ItemSource, display: string, opts: ScanItemOptions): Promise<PartialState> {
  return (await accumulateItem(source, display, opts)).acc.partial();
}

async function accumulateItem(source: ItemSource, display: string, opts: ScanItemOptions): Promise<{ acc: ItemAccumulator; bytes: number; ms: number }> {
  const started = performance.now();
  const acc = new ItemAccumulator(opts.fingerprintKey ? { reveal: opts.reveal, fingerprintKey: opts.fingerprintKey } : { reveal: opts.reveal });
  const sink = new CountingSink(opts.engine, acc, opts.limits.maxTextBytes);
  const signal = opts.signal ?? new AbortController().signal;
  let bytes = 0;
  try {
    let input: ExtractInput;
    if (source.kind === 'file') {
      const st = await stat(source.path);
      if (!st.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTFILE' });
      bytes = source.range ? source.range.end - source.range.start : st.size;
      input = {
        location: display,
        name: basename(source.path),
        size: st.size,
        head: await readHead(source.path),
        source: source.range ? { kind: 'file', path: source.path, range: source.range } : { kind: 'file', path: source.path },
      };
    } else {
      bytes = source.data.length;
      input = { ...bufferInput(display, source.name, source.data) };
    }
    await extractItem(input, sink, opts.limits, signal);
  } catch (err) {
    acc.unscannable({ reason: 'read-error', location: display, detail: describeError(err) });
  }
  if (signal.aborted) acc.unscannable({ reason: 'timeout', location: display, detail: `over ${opts.limits.maxTimeMs} ms` });
  return { acc, bytes, ms: Math.round(performance.now() - started) };
}
