// ExtractInput for an embedded member (zip entry, tar entry, gunzipped stream).
import { bufferInput } from './input.js';
import { sniff } from './sniff.js';
import { detectEncoding } from './encoding.js';
import type { ExtractInput } from './types.js';

/** Location of a member: `${parent}!/${name}` (names are labels only, never paths on disk). */
export const memberLocation = (parent: string, name: string): string => `${parent}!/${name}`;

export function memberInput(parent: ExtractInput, name: string, data: Buffer): ExtractInput {
  return bufferInput(memberLocation(parent.location, name), name, data);
}

/**
 * Whether a member cut off at a limit is still worth scanning: only text
 * (HTML included) can be read from a prefix (a cut-off zip, office file or PDF cannot be
 * parsed, and binary noise would only add "unsupported" records).
 */
export function isTextPrefix(data: Buffer): boolean {
  const head = data.subarray(0, 4096);
  const kind = sniff(head);
  return data.length > 0 && (kind === 'text' || kind === 'html') && detectEncoding(head) !== null;
}
