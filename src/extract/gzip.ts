// gzip (.gz, .tgz): gunzip with the zip member bounds — ratio checked while
// inflating against the real compressed size, a per-member cap, the item's
// byte budget and abort — then dispatch the result (a tar, a CSV, …).
// Concatenated gzip members are one stream, as gunzip(1) treats them.
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { ExtractLimitError, recordBranchError } from './limit-error.js';
import { isTextPrefix, memberInput } from './member.js';
import type { ExtractContext, ExtractInput, Extractor } from './types.js';
import { MEMBER_CAP, RATIO_FLOOR, decodeName } from './zip-reader.js';

const FEXTRA = 0x04;
const FNAME = 0x08;

/** The original file name stored in the gzip header, else the item name without .gz. */
export function gzipMemberName(head: Buffer, outerName: string): string {
  const flags = head[3] ?? 0;
  if (flags & FNAME) {
    let at = 10;
    if (flags & FEXTRA) at += 2 + (head.readUInt16LE(10) || 0);
    const end = head.indexOf(0, at);
    if (end > at && end - at <= 255) return decodeName(head.subarray(at, end), 0).replace(/^.*\//, '');
  }
  const base = outerName.replace(/^.*[\\/]/, '');
  if (/\.tgz$/i.test(base)) return base.replace(/\.tgz$/i, '.tar');
  return base.replace(/\.gz$/i, '') || 'data';
}

function* slices(data: Buffer): Generator<Buffer> {
  for (let i = 0; i < data.length; i += 64 * 1024) yield data.subarray(i, i + 64 * 1024);
}

function sourceStream(input: ExtractInput): Readable {
  if (input.source.kind === 'file') return createReadStream(input.source.path, { highWaterMark: 64 * 1024 });
  return Readable.from(slices(input.source.data));
}

export const gzipExtractor: Extractor = {
  kind: 'gzip',
  async extract(input: ExtractInput, ctx: ExtractContext): Promise<void> {
    const name = gzipMemberName(input.head, input.name);
    const maxOut = ctx.limits.maxRatio * Math.max(input.size, 1) + RATIO_FLOOR;
    const src = sourceStream(input);
    const gunzip = zlib.createGunzip();
    src.on('error', (err) => gunzip.destroy(err));
    src.pipe(gunzip);
    const parts: Buffer[] = [];
    let produced = 0;
    let stop: unknown = null;
    try {
      for await (const chunk of gunzip as AsyncIterable<Buffer>) {
        if (ctx.signal.aborted) throw new ExtractLimitError('timeout', 'aborted');
        produced += chunk.length;
        if (produced > maxOut) throw new ExtractLimitError('max-ratio', `inflated past ${ctx.limits.maxRatio}:1`);
        if (produced > MEMBER_CAP) throw new ExtractLimitError('max-bytes', `member larger than ${MEMBER_CAP} bytes`);
        if (!ctx.consume(chunk.length)) throw new ExtractLimitError('max-bytes', `more than ${ctx.limits.maxBytes} bytes in item`);
        parts.push(chunk);
      }
    } catch (err) {
      stop = err;
    } finally {
      src.unpipe();
      src.destroy();
      gunzip.destroy();
    }
    if (ctx.signal.aborted) return;
    const data = Buffer.concat(parts);
    if (stop !== null) {
      recordBranchError(ctx, input.location, stop);
      // A cut-off text can still be scanned; a cut-off tar/zip cannot be trusted past its end.
      if (!isTextPrefix(data)) return;
    }
    if (data.length > 0) await ctx.recurse(memberInput(input, name, data));
  },
};
