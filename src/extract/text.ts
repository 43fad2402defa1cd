// Plain text, CSV and TSV in UTF-8 (BOM or not), UTF-16LE/BE and GB18030/GBK
// (what Excel on Chinese Windows writes for "CSV"). UTF-8 stays bytes all the
// way to the detector; other encodings are decoded with iconv-lite. Bytes that
// are neither text nor a known encoding are `unsupported-format`, never
// scanned as if they were clean text.
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import iconv from 'iconv-lite';
import { EmbeddedBase64 } from './base64-blocks.js';
import { completeUtf8Prefix, detectEncoding } from './encoding.js';
import type { ExtractContext, ExtractInput, Extractor, UnitShape, UnitWriter } from './types.js';

/** Table or prose: by name (.csv/.tsv), else by consistent delimiters in the first lines. */
export function detectShape(name: string, sample: string): UnitShape {
  const lower = name.toLowerCase();
  if (lower.endsWith('.tsv')) return { kind: 'table', delimiter: '\t' };
  if (lower.endsWith('.csv')) return { kind: 'table', delimiter: sample.includes('\t') && !sample.includes(',') ? '\t' : ',' };
  const lines = sample.split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 6);
  if (lines.length < 2) return { kind: 'text' };
  for (const delimiter of ['\t', ','] as const) {
    const counts = lines.slice(0, -1).map((l) => l.split(delimiter).length - 1);
    const first = counts[0] ?? 0;
    if (first > 0 && counts.every((c) => c === first)) return { kind: 'table', delimiter };
  }
  return { kind: 'text' };
}

function* chunksOf(data: Buffer, size: number): Generator<Buffer> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

async function* readChunks(input: ExtractInput): AsyncGenerator<Buffer> {
  if (input.source.kind === 'buffer') {
    yield* chunksOf(input.source.data, 1 << 20);
    return;
  }
  const range = input.source.range;
  // A small file is already all in the head: no second open and read.
  if (!range && input.size <= input.head.length) {
    yield input.head;
    return;
  }
  // A 1 MiB read buffer per tiny file is most of the garbage when a share of small files is scanned.
  const highWaterMark = Math.min(1 << 20, Math.max(64 << 10, input.size));
  const stream = createReadStream(input.source.path, { highWaterMark, ...(range ? { start: range.start, end: range.end - 1 } : {}) });
  for await (const chunk of stream) yield chunk as Buffer;
}

/**
 * Pass UTF-8 through; if a later chunk turns out not to be UTF-8 after all,
 * decode the rest as GB18030 rather than scan mangled bytes.
 */
class Utf8OrGb {
  private carry: Buffer = Buffer.alloc(0);
  private gb: ReturnType<typeof iconv.getDecoder> | null = null;
  constructor(private readonly out: UnitWriter) {}

  write(chunk: Buffer): void {
    if (this.gb) {
      this.out.write(this.gb.write(chunk));
      return;
    }
    const buf = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    const whole = completeUtf8Prefix(buf);
    this.carry = Buffer.from(buf.subarray(whole.length));
    if (isUtf8(whole)) {
      this.out.write(whole);
      return;
    }
    this.gb = iconv.getDecoder('gb18030');
    this.out.write(this.gb.write(buf));
    this.carry = Buffer.alloc(0);
  }

  end(): void {
    if (this.gb) this.out.write(this.gb.end() ?? '');
    else if (this.carry.length) this.out.write(iconv.decode(this.carry, 'gb18030'));
  }
}

export const textExtractor: Extractor = {
  kind: 'text',
  async extract(input: ExtractInput, ctx: ExtractContext): Promise<void> {
    const detected = detectEncoding(input.head);
    if (!detected) {
      ctx.fail(input.location, 'unsupported-format', 'binary data');
      return;
    }
    const sampleBytes = input.head.subarray(detected.bom);
    const sample =
      detected.encoding === 'utf8' ? completeUtf8Prefix(sampleBytes).toString('utf8') : iconv.decode(sampleBytes, detected.encoding);
    const writer = ctx.sink.open(input.location, detectShape(input.name, sample));
    const decoder =
      detected.encoding === 'utf8'
        ? new Utf8OrGb(writer)
        : (() => {
            const d = iconv.getDecoder(detected.encoding);
            return { write: (b: Buffer) => writer.write(d.write(b)), end: () => writer.write(d.end() ?? '') };
          })();
    const range = input.source.kind === 'file' ? input.source.range : undefined;
    // A later part of a split file starts with the file's first line again, so
    // a table header still gives its columns context (values and records are
    // counted distinct, so the repeat adds nothing).
    if (range && range.start > 0) {
      const nl = input.head.indexOf(0x0a, detected.bom);
      if (nl > 0) decoder.write(input.head.subarray(detected.bom, nl + 1));
    }
    let first = !range || range.start === 0;
    // Base64 in ASCII-compatible text: blocks found as the text streams by, scanned as embedded items.
    const base64 = detected.encoding === 'utf8' || detected.encoding === 'gb18030' ? new EmbeddedBase64(input.location, ctx) : null;
    let offset = range?.start ?? 0;
    for await (let chunk of readChunks(input)) {
      if (ctx.signal.aborted) break;
      if (first) {
        chunk = chunk.subarray(detected.bom);
        first = false;
      }
      if (input.source.kind === 'file' && !ctx.consume(chunk.length)) {
        ctx.fail(input.location, 'max-bytes', `more than ${ctx.limits.maxBytes} bytes`);
        break;
      }
      if (ctx.sink.exhausted) break; // max-text: recorded by the sink
      decoder.write(chunk);
      if (base64) await base64.feed(chunk, offset);
      offset += chunk.length;
    }
    decoder.end();
    writer.end();
    if (base64 && !ctx.signal.aborted) await base64.end();
  },
};
