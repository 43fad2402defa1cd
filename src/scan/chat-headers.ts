// The line a chat export writes above each message: who sent it and when.
// WeChat and DingTalk put the sender first (`彭子飞 11:57:24`,
// `郑超勇（销售一部） 2024-08-12 08:13`), Feishu with its date in words
// (`潘博  2024年5月10日 下午4:47`), a neighbourhood's group its flat first
// (`17-3-2503 时梅 08:43:33`), QQ the time first and the sender's number
// or address after the name (`2024-02-04 10:08:42 范霞(1054757196)`). A chat
// copied as text may put the message on its sender's line (`10:58 徐旭瑶:…`);
// one copied from DingTalk's or WeChat's window, its time on a line of its
// own under the sender's (`郑玲⏎2024-05-08 14:02`).
// The sender is a person's name or a nickname; detect.ts judges which.

import { isAsciiDigit } from './tokens.js';

const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?`;
const DATE = String.raw`(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|(?:\d{4}年)?\d{1,2}月\d{1,2}日|[昨今前]天|星期[一二三四五六日天]|周[一二三四五六日天])`;
const DAY_PART = String.raw`(?:上午|下午|中午|晚上|凌晨|早上)`;
const STAMP = String.raw`(?:${DATE}\s*)?(?:${DAY_PART}\s*)?${TIME}`;
/** What follows a sender's name: a department, a QQ number, an e-mail address. */
const NOTE = String.raw`(?:[(（][^()（）]{1,24}[)）]|<[^<>\s]{3,64}>)`;
/** A name or a nickname: no digits, brackets or the punctuation of a message (`[00:54] 高工：马上到` is a message, sender and all). */
const SENDER = String.raw`([^\s\d()（）<>\[\]【】:：,，。;；!！?？]{1,20})`;
/** A neighbourhood group's nicknames open with the member's flat (`17-3-2503 时梅`, `17-2-1202王红`, `3栋1单元502 李娜`). */
const FLAT = String.raw`(?:\d{1,4}(?:[-－]\d{1,5}){1,3}|\d{1,3}(?:栋|幢|号楼)(?:\d{1,2}单元)?\d{2,5}室?)\s*`;
const SENDER_FIRST = new RegExp(String.raw`^\s*(?:${FLAT})?${SENDER}\s*${NOTE}?\s+${STAMP}\s*$`);
const TIME_FIRST = new RegExp(String.raw`^\s*\[?${STAMP}\]?\s+${SENDER}\s*${NOTE}?\s*$`);

/** A sender alone on a line (`周莉（财务部）`), and a time alone on the next (`2024-05-08 16:08`). */
const SENDER_ALONE = new RegExp(String.raw`^\s*${SENDER}\s*${NOTE}?\s*$`);
const STAMP_ALONE = new RegExp(String.raw`^\s*\[?${STAMP}\]?\s*$`);

/** A message on its header's line: the time, the sender, a colon, the message (`10:58 徐旭瑶:我们是3号楼`, `[2024-08-03 13:25] 石然-HR: @李思 …`). */
const TIME_FIRST_INLINE = new RegExp(String.raw`^\s*\[?${STAMP}\]?\s+${SENDER}\s*${NOTE}?\s*[:：]`, 'd');

/** Longest line taken for a message header, in bytes. */
const MAX_HEADER = 120;

/**
 * The sender of the message header seg[from, to) as offsets in the line's
 * text (UTF-16), with that text; null when the line is no message header.
 */
export function messageHeader(seg: Buffer, from: number, to: number): { text: string; sender: [number, number] } | null {
  if (to - from > MAX_HEADER) return null;
  let colon = false; // (every header has its time's)
  for (let p = from; p < to && !colon; p++) colon = seg[p] === 0x3a;
  if (!colon) return null;
  const text = seg.toString('utf8', from, to);
  const m = SENDER_FIRST.exec(text) ?? TIME_FIRST.exec(text);
  if (!m) return null;
  const start = m.index + m[0].indexOf(m[1]!);
  return { text, sender: [start, start + m[1]!.length] };
}

/**
 * The sender of a message header written on two lines, seg[from, to) the
 * sender's and seg[nextFrom, nextTo) the time's, as messageHeader gives it;
 * null when the lines are not such a header.
 */
export function senderOverStamp(seg: Buffer, from: number, to: number, nextFrom: number, nextTo: number): { text: string; sender: [number, number] } | null {
  if (to - from > MAX_HEADER || nextTo - nextFrom > MAX_HEADER || to === from || !isAsciiDigit(seg[nextFrom] === 0x5b ? seg[nextFrom + 1] : seg[nextFrom])) return null;
  let colon = false; // (every time has one)
  for (let p = nextFrom; p < nextTo && !colon; p++) colon = seg[p] === 0x3a;
  if (!colon) return null;
  if (!STAMP_ALONE.test(seg.toString('utf8', nextFrom, nextTo))) return null;
  const text = seg.toString('utf8', from, to);
  const m = SENDER_ALONE.exec(text);
  if (!m) return null;
  const start = m.index + m[0].indexOf(m[1]!);
  return { text, sender: [start, start + m[1]!.length] };
}

/**
 * The sender of a message written on its header's line, time first (a
 * chat copied as text), as messageHeader gives it; null when the line does
 * not open so.
 */
export function inlineSender(seg: Buffer, from: number, to: number): { text: string; sender: [number, number] } | null {
  if (!isAsciiDigit(seg[from]) && seg[from] !== 0x5b && seg[from] !== 0x20) return null;
  const text = seg.toString('utf8', from, Math.min(to, from + MAX_HEADER));
  const sender = TIME_FIRST_INLINE.exec(text)?.indices?.[1];
  return sender ? { text, sender } : null;
}

/** Who a parent is to the child a class group's nickname names (郑沐宇家长, 赵澄博奶奶, 韦霖锦妈). */
const KIN_AFTER_CHILD = /(?:家长|爸爸|妈妈|外婆|外公|奶奶|爷爷|姥姥|姥爷|爸|妈)$/u;
/** Between the parts of a group nickname: 郑沐宇家长-李一, 班主任-许辉辉, 张伟_销售. */
const NICKNAME_PARTS = /[-－—_~]/u;

/**
 * The parts of a group nickname that may be names, as [start, end) offsets
 * in it: each part between dashes (班主任-许辉辉: 许辉辉), a child's name
 * before who writes for the child (郑沐宇家长-李一: 郑沐宇 and 李一). A class's
 * or a firm's group asks its members to go by such names; detect.ts judges
 * each part as a name. A nickname of neither shape gives none.
 */
export function nicknameParts(sender: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const parts = sender.split(NICKNAME_PARTS);
  let start = 0;
  for (const part of parts) {
    const kin = KIN_AFTER_CHILD.exec(part);
    const end = start + (kin ? kin.index : part.length);
    if (end > start && (kin || parts.length > 1)) out.push([start, end]);
    start += part.length + 1;
  }
  return out;
}
