// Run the real dispatcher on an in-memory item and keep everything it
// produced (units, problems). Used by the zip-family and hostile tests.
import { extractItem } from '../../src/extract/dispatch.js';
import type { ExtractInput } from '../../src/extract/types.js';
import { DEFAULT_LIMITS, type Limits } from '../../src/types.js';
import { CaptureSink } from './capture-sink.js';

/** The harness's sink is the shared capture sink. */
export { CaptureSink as HarnessSink, type CapturedUnit as HarnessUnit } from './capture-sink.js';

export function bufferItem(name: string, data: Buffer): ExtractInput {
  return { location: name, name, size: data.length, head: data.subarray(0, 4096), source: { kind: 'buffer', data } };
}

export async function extractBuffer(
  name: string,
  data: Buffer,
  limits: Partial<Limits> = {},
  signal: AbortSignal = new AbortController().signal,
  sink?: CaptureSink,
): Promise<CaptureSink> {
  const all = { ...DEFAULT_LIMITS, ...limits };
  sink ??= new CaptureSink(undefined, all.maxTextBytes);
  await extractItem(bufferItem(name, data), sink, all, signal);
  return sink;
}
