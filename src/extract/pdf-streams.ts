// pdf.js reads a damaged Flate stream as far as it goes and ignores its
// Adler-32 check, so one flipped bit in a page's content stream silently
// turns a table into garbage operators and the page into "a heading and
// nothing else". This module only checks: every FlateDecode stream must
// inflate cleanly, check included (Node's zlib verifies it). A damaged one
// makes the file `corrupt` (what pdf.js recovered is still scanned).
//
// Streams are found textually ("stream" EOL … "endstream"); an encrypted
// document's streams are ciphertext and are not checked. Output is capped,
// so a deflate bomb costs at most CHECK_OUTPUT_CAP bytes here and counts as
// unchecked, not damaged.
import { inflateSync } from 'node:zlib';

const CHECK_OUTPUT_CAP = 32 << 20;
/** How far before `stream` its dictionary (with /Filter) is looked for. */
const DICT_LOOKBACK = 1024;

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');

function isFlate(dict: string): boolean {
  return /\/(FlateDecode|Fl)\b/.test(dict) && !/\/(DCTDecode|JPXDecode|Crypt)\b/.test(dict);
}

/** FlateDecode streams of an unencrypted PDF that do not inflate cleanly. */
export function damagedFlateStreams(data: Buffer): number {
  if (data.includes('/Encrypt')) return 0;
  let damaged = 0;
  let at = 0;
  for (;;) {
    const s = data.indexOf(STREAM, at);
    if (s < 0) return damaged;
    at = s + STREAM.length;
    // "endstream" also contains "stream"; a keyword is followed by an EOL.
    if (s >= 3 && data.toString('latin1', s - 3, s) === 'end') continue;
    let begin = at;
    if (data[begin] === 0x0d) begin++;
    if (data[begin] !== 0x0a) continue;
    begin++;
    const end = data.indexOf(END_STREAM, begin);
    if (end < 0) return damaged + 1; // a stream that never ends: cut off
    at = end + END_STREAM.length;
    const dictFrom = Math.max(0, s - DICT_LOOKBACK);
    const head = data.toString('latin1', dictFrom, s);
    const dict = head.slice(head.lastIndexOf('obj') + 1);
    if (!isFlate(dict)) continue;
    try {
      // The EOL before `endstream` is after the end of the zlib stream, where zlib stops reading.
      inflateSync(data.subarray(begin, end), { maxOutputLength: CHECK_OUTPUT_CAP });
    } catch (err) {
      if ((err as { code?: string }).code !== 'ERR_BUFFER_TOO_LARGE') damaged++;
    }
  }
}
