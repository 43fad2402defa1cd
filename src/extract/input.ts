// Building ExtractInputs and describing parser errors. Kept apart from
// dispatch.ts so extractors can use it without an import cycle
// (dispatch → registry → extractor → dispatch).
import { open } from 'node:fs/promises';
import { scrub } from '../log/mask.js';
import type { ExtractContext, ExtractInput } from './types.js';

/** How much of an item sniffing sees. */
export const HEAD_BYTES = 4096;

/** Input for an in-memory item or member (zip entry, attachment). */
export function bufferInput(location: string, name: string, data: Buffer): ExtractInput {
  return { location, name, size: data.length, head: data.subarray(0, HEAD_BYTES), source: { kind: 'buffer', data } };
}

/**
 * Short, value-free description of a parser or worker error: scrubbed like
 * every log line, and stricter — a parser may quote the input, so any run of
 * six or more digits and any e-mail local part goes.
 */
export function describeError(err: unknown): string {
  const msg = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  // NFKC first: a parser may quote full-width digits (１３８…) that \d does not see.
  return scrub(msg.normalize('NFKC'))
    .replace(/\d{6,}/g, '…')
    .replace(QUOTED_EMAIL, (m) => `${m[0]}***@`)
    .slice(0, 200);
}

// A parser quoting a header or cell: an e-mail address there is scanned content.
const QUOTED_EMAIL = /[A-Za-z0-9._%+-]+@(?=[A-Za-z0-9-]+\.)/g;

/**
 * The whole input in memory, for parsers that need it (pdf.js, mailparser).
 * A file is counted against the byte budget before it is read; over the
 * budget, `max-bytes` is recorded and null returned.
 */
export async function readWhole(input: ExtractInput, ctx: ExtractContext): Promise<Buffer | null> {
  if (input.source.kind === 'buffer') return input.source.data;
  // One handle for the size check and the read: a file that grows in between
  // (a share being written to) is read up to the size that was counted, never more.
  const fh = await open(input.source.path, 'r');
  try {
    const { size } = await fh.stat();
    if (!ctx.consume(size)) {
      ctx.fail(input.location, 'max-bytes', `more than ${ctx.limits.maxBytes} bytes`);
      return null;
    }
    const data = Buffer.allocUnsafe(size);
    let n = 0;
    while (n < size) {
      const { bytesRead } = await fh.read(data, n, size - n, n);
      if (bytesRead === 0) break; // shrank meanwhile: what is there
      n += bytesRead;
    }
    return n === size ? data : data.subarray(0, n);
  } finally {
    await fh.close();
  }
}
