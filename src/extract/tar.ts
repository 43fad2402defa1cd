// tar (ustar, GNU and pax): headers parsed here — 512-byte blocks, so no
// library is worth its supply-chain weight. Every regular file is
// dispatched like a zip member; directories, links and devices carry no
// data. Long names come from GNU 'L' records and pax `path=`. Member names
// are labels only: nothing is written to disk.
import { open } from 'node:fs/promises';
import { budgetLeft } from './limit-error.js';
import { memberInput, memberLocation, writeMemberNames } from './member.js';
import type { ExtractContext, ExtractInput, Extractor } from './types.js';
import { MEMBER_CAP, decodeName } from './zip-reader.js';

const BLOCK = 512;
const NAME_CAP = 4096;

type ReadAt = (offset: number, length: number) => Promise<Buffer>;

/** Octal (NUL/space-terminated) or GNU base-256 numeric field; NaN when unreadable. */
export function tarNumber(field: Buffer): number {
  if (field.length > 0 && ((field[0] as number) & 0x80) !== 0) {
    let n = (field[0] as number) & 0x7f;
    for (let i = 1; i < field.length; i++) n = n * 256 + (field[i] as number);
    return n;
  }
  const s = field.toString('latin1').replace(/[\0 ]+$/g, '').replace(/^[ ]+/, '');
  if (s === '') return 0;
  return /^[0-7]+$/.test(s) ? Number.parseInt(s, 8) : Number.NaN;
}

function checksumOk(h: Buffer): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (h[i] as number);
  return sum === tarNumber(h.subarray(148, 156));
}

const cstr = (b: Buffer): Buffer => {
  const end = b.indexOf(0);
  return end < 0 ? b : b.subarray(0, end);
};

/** `path` from pax extended header records (`<len> path=<value>\n`). */
export function paxPath(data: Buffer): string | undefined {
  let at = 0;
  while (at < data.length) {
    const sp = data.indexOf(0x20, at);
    if (sp < 0) return undefined;
    const len = Number(data.toString('latin1', at, sp));
    if (!Number.isInteger(len) || len <= sp - at || at + len > data.length) return undefined;
    const record = data.subarray(sp + 1, at + len - 1);
    const eq = record.indexOf(0x3d);
    if (eq > 0 && record.toString('latin1', 0, eq) === 'path') return record.subarray(eq + 1).toString('utf8');
    at += len;
  }
  return undefined;
}

export const tarExtractor: Extractor = {
  kind: 'tar',
  async extract(input: ExtractInput, ctx: ExtractContext): Promise<void> {
    let readAt: ReadAt;
    let close = async (): Promise<void> => {};
    let total: number;
    const fromFile = input.source.kind === 'file';
    if (input.source.kind === 'buffer') {
      const data = input.source.data;
      total = data.length;
      readAt = async (o, l) => data.subarray(o, Math.min(o + l, data.length));
    } else {
      const fh = await open(input.source.path, 'r');
      total = (await fh.stat()).size;
      readAt = async (o, l) => {
        const buf = Buffer.alloc(Math.max(0, Math.min(l, total - o)));
        const { bytesRead } = await fh.read(buf, 0, buf.length, o);
        return buf.subarray(0, bytesRead);
      };
      close = () => fh.close();
    }
    const names: string[] = [];
    try {
      let offset = 0;
      let members = 0;
      let longName: string | undefined;
      while (offset + BLOCK <= total) {
        if (ctx.signal.aborted || !budgetLeft(ctx)) return;
        const h = await readAt(offset, BLOCK);
        if (h.every((b) => b === 0)) return; // end-of-archive marker
        if (!checksumOk(h)) {
          ctx.fail(input.location, 'corrupt', `bad tar header checksum at ${offset}`);
          return;
        }
        const size = tarNumber(h.subarray(124, 136));
        if (!Number.isFinite(size) || size < 0) {
          ctx.fail(input.location, 'corrupt', `bad tar size field at ${offset}`);
          return;
        }
        const type = String.fromCharCode(h[156] as number);
        const dataAt = offset + BLOCK;
        offset = dataAt + Math.ceil(size / BLOCK) * BLOCK;
        if (type === 'L' || type === 'x') {
          const meta = await readAt(dataAt, Math.min(size, NAME_CAP));
          longName = type === 'L' ? decodeName(cstr(meta), 0) : (paxPath(meta) ?? longName);
          continue;
        }
        if (type !== '0' && type !== '\0' && type !== '7') {
          longName = undefined;
          continue; // directories, links, devices, global pax headers: no member data
        }
        const prefix = h.subarray(257, 262).toString('latin1') === 'ustar' ? cstr(h.subarray(345, 500)) : Buffer.alloc(0);
        const short = cstr(h.subarray(0, 100));
        const name = longName ?? decodeName(prefix.length > 0 ? Buffer.concat([prefix, Buffer.from('/'), short]) : short, 0);
        longName = undefined;
        if (++members > ctx.limits.maxMembers) {
          ctx.fail(input.location, 'max-members', `more than ${ctx.limits.maxMembers} entries`);
          return;
        }
        names.push(name);
        const location = memberLocation(input.location, name);
        if (size === 0) continue;
        if (size > MEMBER_CAP) {
          ctx.fail(location, 'max-bytes', `member larger than ${MEMBER_CAP} bytes`);
          continue;
        }
        const data = await readAt(dataAt, size);
        // Bytes of an in-memory tar were counted by whoever decompressed them; a file's are read now.
        if (fromFile && !ctx.consume(data.length)) {
          ctx.fail(location, 'max-bytes', `more than ${ctx.limits.maxBytes} bytes in item`);
          return;
        }
        if (data.length < size) {
          ctx.fail(location, 'corrupt', 'tar member cut short');
          total = -1; // reported; do not report the archive again below
        }
        if (data.length > 0) await ctx.recurse(memberInput(input, name, data));
      }
      if (total >= 0 && offset > total) ctx.fail(input.location, 'corrupt', 'tar archive cut short');
    } finally {
      writeMemberNames(input.location, names, ctx);
      await close();
    }
  },
};
