// Splitting one large text file across workers. A 1 GB CSV export should use
// every core, not one: the file is cut into ranges on line boundaries, each
// worker scans a range (with the file's first line in front, for the table
// header), and the main thread merges the accumulators (distinct counters
// are unions, so overlap and repetition do not inflate counts).
//
// Limits: only UTF-8 and GB18030 text (a '\n' byte is always a line end
// there; UTF-16 and containers are scanned whole); a 姓名：/电话： block that
// straddles a cut is counted as two half-records, i.e. not at all. A cut
// moves past a wrapped base64 block, unless the block runs on for more
// than the 1 MiB looked at. A uuencoded file or hex dump cut in two is read
// as two (text-dumps.ts starts one without its begin line or first offset).
// An address book is cut before an entry (a vCard's BEGIN line, an LDIF
// dn): an entry cut at a line end was two half rows, its name in one and
// its mobile in the other, and no record; an entry over the 1 MiB looked
// at is cut at a line end as other text is.
import { open } from 'node:fs/promises';
import { base64BlockEnd } from '../extract/base64-blocks.js';
import { CONTAINER_EXTENSIONS, readHead } from '../extract/dispatch.js';
import { sniff } from '../extract/sniff.js';
import { detectEncoding } from '../extract/encoding.js';
import { isLdif } from '../extract/ldif.js';
import { isVcard } from '../extract/vcard.js';
import type { ByteRange } from '../extract/types.js';

/** Files below this are scanned whole. */
export const SPLIT_MIN_BYTES = 64 << 20;
/** How far past a cut point to look for a line end before giving up. */
const LINE_SEARCH_BYTES = 1 << 20;

/** The line that starts an entry of an address book (its markers are ASCII in UTF-8 and GB18030 alike), or null. */
function entryStart(head: Buffer, bom: number): RegExp | null {
  const sample = head.subarray(bom).toString('latin1');
  if (isVcard(sample)) return /\nBEGIN:VCARD[ \t]*\r?\n/gi;
  if (isLdif(sample)) return /\ndn::?[ \t]/gi;
  return null;
}

export async function planSplit(path: string, size: number, maxParts: number, minBytes = SPLIT_MIN_BYTES): Promise<ByteRange[] | null> {
  if (maxParts < 2 || size < minBytes || CONTAINER_EXTENSIONS.test(path)) return null;
  const head = await readHead(path);
  if (sniff(head) !== 'text') return null;
  const enc = detectEncoding(head);
  if (!enc || (enc.encoding !== 'utf8' && enc.encoding !== 'gb18030')) return null;
  // No part smaller than a quarter of the threshold (16 MiB by default).
  const parts = Math.min(maxParts, Math.floor(size / Math.max(1, minBytes / 4)));
  if (parts < 2) return null;
  const entry = entryStart(head, enc.bom);
  const fh = await open(path, 'r');
  try {
    const cuts = [0];
    const buf = Buffer.alloc(LINE_SEARCH_BYTES);
    for (let k = 1; k < parts; k++) {
      const at = Math.max(cuts[cuts.length - 1]!, Math.floor((size * k) / parts));
      const { bytesRead } = await fh.read(buf, 0, LINE_SEARCH_BYTES, at);
      const window = buf.subarray(0, bytesRead);
      const nl = window.indexOf(0x0a);
      if (nl < 0) return null; // one enormous line: scan whole
      let cut: number;
      if (entry) {
        entry.lastIndex = nl;
        const next = entry.exec(window.toString('latin1'));
        cut = at + (next ? next.index : nl) + 1;
      } else {
        // Not inside a wrapped base64 block: each part would decode half of it.
        const blockEnd = base64BlockEnd(window, nl + 1);
        cut = at + (blockEnd > 0 ? blockEnd : nl + 1);
      }
      if (cut < size) cuts.push(cut);
    }
    cuts.push(size);
    const ranges: ByteRange[] = [];
    for (let i = 0; i + 1 < cuts.length; i++) if (cuts[i + 1]! > cuts[i]!) ranges.push({ start: cuts[i]!, end: cuts[i + 1]! });
    return ranges.length >= 2 ? ranges : null;
  } finally {
    await fh.close();
  }
}
