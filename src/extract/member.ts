// ExtractInput for an embedded member (zip entry, tar entry, gunzipped stream).
import { scrub } from '../log/mask.js';
import { bufferInput } from './input.js';
import { sniff } from './sniff.js';
import { detectEncoding } from './encoding.js';
import type { ExtractContext, ExtractInput } from './types.js';
import { writeLines } from './unit-lines.js';

/**
 * A name a document gives a part of itself (a Word table's, an ODF sheet's, a
 * database table's), as the label of its location, else `fallback`: letters,
 * digits, spaces and `_.-` only, at most 64, and no run of six or more digits
 * (locations are printed unmasked: a table named after a customer's mobile
 * must not print it — describeError scrubs such runs the same way).
 */
export function partLabel(name: string | undefined, fallback: string): string {
  return name && /^[\p{L}\p{N} _.-]{1,64}$/u.test(name) && !/\p{Nd}{6}/u.test(name) ? name : fallback;
}

/**
 * Location of a member: `${parent}!/${name}` (names are labels only, never
 * paths on disk). Locations are printed: a name is the sender's choice
 * (`张伟,13800138000.csv` in a zip, an attachment named after a customer), so
 * its value-like digit runs are masked as in every log line (`138****8000`).
 */
export const memberLocation = (parent: string, name: string): string => `${parent}!/${scrub(name)}`;

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

/**
 * The names of an archive's members or a mail's attachments, as a text unit
 * `${location}#names`, a line each: a list can be written as file names
 * (`张伟_13800138000_110101….txt`, empty files, or in an encrypted zip whose
 * names are not), and no member's content would show it. Names without a
 * run of seven digits or an `@` are left out: they hold no value.
 */
export function writeMemberNames(location: string, names: readonly string[], ctx: ExtractContext): void {
  // Only names that could hold a value: a run of seven digits or an address (`IMG_2024.jpg` holds none).
  const lines = names.map((n) => n.replace(/[\r\n]+/g, ' ').trim()).filter((n) => /\d{7}|@/.test(n));
  if (ctx.signal.aborted || ctx.sink.exhausted) return;
  writeLines(ctx, `${location}#names`, lines);
}
