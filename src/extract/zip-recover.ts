// A zip whose central directory is gone (cut off, or chopped on purpose):
// unzip refuses it, but 7-Zip opens it from its local headers without a
// word and `zip -FF` repairs it, so the list inside is one step away for
// the recipient. Its members are walked here the same way, header after
// header from the start: stored or deflated data of a declared size, or a
// deflate stream read to its end when the size is in a data descriptor.
// The archive is still `corrupt` (said by the caller); what is recovered is
// scanned under the names the local headers give.
//
// Bounds as for a sound zip: maxMembers, the ratio against the bytes the
// member's data could occupy, MEMBER_CAP, the item's byte budget. A member
// cut off by the damage gives what inflates before the cut (text can be
// scanned from a prefix).
import zlib from 'node:zlib';
import type { ExtractContext } from './types.js';
import { decodeName, MEMBER_CAP, RATIO_FLOOR } from './zip-reader.js';

const LOCAL = 0x04034b50;
const FLAG_ENCRYPTED = 0x1;
const FLAG_DESCRIPTOR = 0x8;
const STORED = 0;
const DEFLATE = 8;

export interface RecoveredMember {
  name: string;
  data: Buffer;
  /** Cut off by the damage, or stopped at a bound: a prefix. */
  cut: boolean;
}

export type RecoveryProblem = { reason: 'encrypted' | 'max-members' | 'max-ratio' | 'unsupported-format'; name: string };

/** The members a damaged zip's local headers lead to, in order, and what stopped any of them. */
export function recoverLocalMembers(zip: Buffer, ctx: ExtractContext): { members: RecoveredMember[]; problems: RecoveryProblem[] } {
  const members: RecoveredMember[] = [];
  const problems: RecoveryProblem[] = [];
  let at = zip.indexOf('PK\x03\x04', 0, 'latin1');
  while (at >= 0 && at + 30 <= zip.length && zip.readUInt32LE(at) === LOCAL) {
    if (members.length + problems.length >= ctx.limits.maxMembers) {
      problems.push({ reason: 'max-members', name: '' });
      break;
    }
    const flags = zip.readUInt16LE(at + 6);
    const method = zip.readUInt16LE(at + 8);
    const declared = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const dataStart = at + 30 + nameLength + zip.readUInt16LE(at + 28);
    if (dataStart > zip.length) break;
    const name = decodeName(zip.subarray(at + 30, at + 30 + nameLength), flags);
    const descriptor = (flags & FLAG_DESCRIPTOR) !== 0;
    const size = descriptor ? zip.length - dataStart : Math.min(declared, zip.length - dataStart);
    const cap = Math.min(MEMBER_CAP, ctx.limits.maxRatio * Math.max(size, 1) + RATIO_FLOOR);
    let end = dataStart + size;
    if (flags & FLAG_ENCRYPTED) problems.push({ reason: 'encrypted', name });
    else if (method === STORED) {
      if (descriptor) break; // a stored member's end is not written anywhere we can trust
      members.push({ name, data: zip.subarray(dataStart, end), cut: declared > zip.length - dataStart });
    } else if (method === DEFLATE) {
      const inflated = inflate(zip.subarray(dataStart, end), cap);
      // Cut: the declared data runs past the end of the file, or a stream of undeclared size never ended.
      const cut = descriptor ? inflated.consumed >= size : declared > zip.length - dataStart;
      if (inflated.over) problems.push({ reason: 'max-ratio', name });
      else members.push({ name, data: inflated.data, cut });
      if (descriptor) end = dataStart + inflated.consumed;
    } else problems.push({ reason: 'unsupported-format', name });
    if (name.endsWith('/') && members[members.length - 1]?.name === name) members.pop(); // a directory
    at = zip.indexOf('PK\x03\x04', Math.max(end, at + 4), 'latin1');
  }
  return { members, problems };
}

/** A deflate stream (perhaps cut short), at most `cap` bytes of it; how much input it took. */
function inflate(data: Buffer, cap: number): { data: Buffer; consumed: number; over: boolean } {
  try {
    const { buffer, engine } = zlib.inflateRawSync(data, { info: true, maxOutputLength: cap, finishFlush: zlib.constants.Z_SYNC_FLUSH }) as unknown as {
      buffer: Buffer;
      engine: { bytesWritten: number };
    };
    // Z_SYNC_FLUSH: a stream cut short gives what it had instead of an error; a whole one ends before its input does.
    return { data: buffer, consumed: engine.bytesWritten, over: false };
  } catch (err) {
    return { data: Buffer.alloc(0), consumed: data.length, over: (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' };
  }
}
