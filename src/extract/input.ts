// Building ExtractInputs and describing parser errors. Kept apart from
// dispatch.ts so extractors can use it without an import cycle
// (dispatch → registry → extractor → dispatch).
import type { ExtractInput } from './types.js';

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
