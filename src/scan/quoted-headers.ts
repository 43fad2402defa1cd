// The header blocks a reply or a forward quotes in its body (`-----原始邮件-----`
// then 发件人: 张伟 <zw@…>, 发送时间:, 主题:; or `> From:` lines). Their names
// and addresses say who wrote and who read an earlier message of the thread,
// not whom a list is about: a thread of three replies whose writers sign with
// a mobile was six records, each writer twice (the quoted header and the
// signature), and `confidential`. A mail's own header (From:, To: at the top
// of its text) is left as it was: its sender and recipient are records.
import { lineStart, trimmedLine } from './cells.js';

/** Labels of a mail header line, as clients print them in English and Chinese (English lower-cased). */
const LABELS = ['发件人', '收件人', '抄送', '密送', '发送时间', '日期', '主题', 'from', 'to', 'cc', 'bcc', 'sent', 'date', 'subject', 'reply-to'].map((l) =>
  Buffer.from(l),
);
/** Lines a header block is looked for in, up and down from a line of it. */
const MAX_BLOCK = 8;

/** Past quote marks and white space at p. */
function afterQuotes(seg: Uint8Array, p: number, to: number): number {
  while (p < to && (seg[p] === 0x3e || seg[p] === 0x20 || seg[p] === 0x09)) p++;
  return p;
}

/** Which of LABELS the line starts with (after quote marks) and a colon, else -1. */
function headerLabel(seg: Uint8Array, lineEnds: readonly number[], li: number): number {
  const to = lineEnds[li]!;
  const p = afterQuotes(seg, lineStart(lineEnds, li), to);
  for (let k = 0; k < LABELS.length; k++) {
    const label = LABELS[k]!;
    if (p + label.length >= to) continue;
    let same = true;
    // ASCII letters compared without case (From, FROM); other bytes as they are.
    for (let i = 0; i < label.length && same; i++) same = (label[i]! < 0x80 ? seg[p + i]! | 0x20 : seg[p + i]) === label[i];
    if (!same) continue;
    let q = p + label.length;
    while (q < to && seg[q] === 0x20) q++;
    if (seg[q] === 0x3a || (seg[q] === 0xef && seg[q + 1] === 0xbc && seg[q + 2] === 0x9a)) return k;
  }
  return -1;
}

/** A rule that sets a quoted message off: five or more of - _ = in a row (`-----Original Message-----`, `---- 原始邮件 ----`, `____`). */
function isSeparator(seg: Uint8Array, lineEnds: readonly number[], li: number): boolean {
  const to = lineEnds[li]!;
  let run = 0;
  for (let p = lineStart(lineEnds, li); p < to; p++) {
    const b = seg[p];
    run = b === 0x2d || b === 0x5f || b === 0x3d ? run + 1 : 0;
    if (run >= 5) return true;
  }
  return false;
}

/**
 * The line is one of a quoted header block: a header line among header lines
 * of two or more labels, quoted with `>` or set off by a rule just above the
 * block (a blank line between allowed).
 */
export function inQuotedHeader(seg: Uint8Array, lineEnds: readonly number[], line: number): boolean {
  if (headerLabel(seg, lineEnds, line) < 0) return false;
  let first = line;
  while (first > 0 && line - first < MAX_BLOCK && headerLabel(seg, lineEnds, first - 1) >= 0) first--;
  let last = line;
  while (last + 1 < lineEnds.length && last - line < MAX_BLOCK && headerLabel(seg, lineEnds, last + 1) >= 0) last++;
  const labels = new Set<number>();
  for (let k = first; k <= last; k++) labels.add(headerLabel(seg, lineEnds, k));
  if (labels.size < 2) return false; // a list of `From:` lines is no header block
  let p = lineStart(lineEnds, line);
  while (seg[p] === 0x20 || seg[p] === 0x09) p++;
  if (seg[p] === 0x3e) return true;
  let above = first - 1;
  if (above >= 0 && isBlank(seg, lineEnds, above)) above--;
  return above >= 0 && isSeparator(seg, lineEnds, above);
}

function isBlank(seg: Uint8Array, lineEnds: readonly number[], li: number): boolean {
  const [from, to] = trimmedLine(seg, lineStart(lineEnds, li), lineEnds[li]!);
  return from === to;
}
