// Building ExtractInputs and describing parser errors. Kept apart from
// dispatch.ts so extractors can use it without an import cycle
// (dispatch → registry → extractor → dispatch).
import { readFile, stat } from 'node:fs/promises';
import type { ExtractContext, ExtractInput } from './types.js';

/** How much of an item sniffing sees. */
export const HEAD_BYTES = 4096;

/** Input for an in-memory item or member (zip entry, attachment). */
export function bufferInput(location: string, name: string, data: Buffer): ExtractInput {
  return { location, name, size: data.length, head: data.subarray(0, HEAD_BYTES), source: { kind: 'buffer', data } };
}

/** Short, value-free description of a parser error: digit runs that could be values are cut out. */
export function describeError(err: unknown): string {
  const msg = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return msg.replace(/\d{6,}/g, '…').slice(0, 200);
}

/**
 * The whole input in memory, for parsers that need it (pdf.js, mailparser).
 * A file is counted against the byte budget before it is read; over the
 * budget, `max-bytes` is recorded and null returned.
 */
export async function readWhole(input: ExtractInput, ctx: ExtractContext): Promise<Buffer | null> {
  if (input.source.kind === 'buffer') return input.source.data;
  const { size } = await stat(input.source.path);
  if (!ctx.consume(size)) {
    ctx.fail(input.location, 'max-bytes', `more than ${ctx.limits.maxBytes} bytes`);
    return null;
  }
  return readFile(input.source.path);
}
