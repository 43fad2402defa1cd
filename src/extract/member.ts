// ExtractInput for an embedded member (zip entry, tar entry, gunzipped
// stream). Mirrors dispatch.bufferInput, which extractors cannot import
// without an import cycle (dispatch → registry → extractor → dispatch).
import { sniff } from './sniff.js';
import { detectEncoding } from './text.js';
import type { ExtractInput } from './types.js';

/** Same as dispatch.HEAD_BYTES: how much sniffing sees. */
const HEAD_BYTES = 4096;

/** Location of a member: `${parent}!/${name}` (names are labels only, never paths on disk). */
export const memberLocation = (parent: string, name: string): string => `${parent}!/${name}`;

export function memberInput(parent: ExtractInput, name: string, data: Buffer): ExtractInput {
  return {
    location: memberLocation(parent.location, name),
    name,
    size: data.length,
    head: data.subarray(0, HEAD_BYTES),
    source: { kind: 'buffer', data },
  };
}

/**
 * Whether a member cut off at a limit is still worth scanning: only text
 * can be read from a prefix (a cut-off zip, office file or PDF cannot be
 * parsed, and binary noise would only add "unsupported" records).
 */
export function isTextPrefix(data: Buffer): boolean {
  const head = data.subarray(0, 4096);
  return data.length > 0 && sniff(head) === 'text' && detectEncoding(head) !== null;
}
