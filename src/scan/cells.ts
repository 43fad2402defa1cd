// Byte-level helpers for table cells and name-shaped tokens (UTF-8).
import { isAsciiDigit, isAsciiLetter } from './tokens.js';
import { codePointAt } from './utf8.js';

/** Space, CR, and the quotes around a CSV field, a SQL string or name ('张伟', `手机`; Excel's text-prefix apostrophe too). */
const isCellPadding = (b: number): boolean => b === 0x20 || b === 0x22 || b === 0x27 || b === 0x60 || b === 0x0d;

/** Whether seg[from, to) holds byte b. */
function holds(seg: Uint8Array, from: number, to: number, b: number): boolean {
  for (let p = from; p < to; p++) if (seg[p] === b) return true;
  return false;
}

/**
 * Cell boundaries of one row as a flat [start0, end0, start1, end1, …], trimmed of spaces, quotes and CR.
 * Into `out` when given (emptied first): a caller's scratch array, for row after row.
 */
export function cellBounds(seg: Uint8Array, from: number, to: number, delimiter: string, out: number[] = []): number[] {
  const d = delimiter.charCodeAt(0);
  out.length = 0;
  let quoted = false;
  let cs = from;
  for (let p = from; p <= to; p++) {
    const b = p < to ? seg[p]! : d;
    if (b === 0x22 && (d === 0x2c || d === 0x3b) && p < to) quoted = !quoted;
    else if (b === d && (!quoted || p === to)) {
      let s = cs;
      let e = p;
      // A row quoted in a reply (`> 蒙东\t1524…`): the quote marks are not the first cell's.
      if (cs === from) while (s < e && (seg[s] === 0x3e || isCellPadding(seg[s]!))) s++;
      while (s < e && isCellPadding(seg[s]!)) s++;
      while (e > s && (isCellPadding(seg[e - 1]!) || (seg[e - 1] === 0x3b && e === to))) e--;
      // A SQL value tuple's parentheses, `(1,'张伟'` … `'138…');`: one at the edge without its
      // partner is not part of the value; (0755)8765… keeps its own.
      if (seg[s] === 0x28 && !holds(seg, s + 1, e, 0x29)) while (s < e && (seg[s] === 0x28 || isCellPadding(seg[s]!))) s++;
      if (seg[e - 1] === 0x29 && !holds(seg, s, e - 1, 0x28)) while (e > s && (seg[e - 1] === 0x29 || isCellPadding(seg[e - 1]!))) e--;
      out.push(s, e);
      cs = p + 1;
    }
  }
  return out;
}

/**
 * The index of the cell that byte `at` of a row starting at `from` falls in
 * (quote-aware like cellBounds); with `at` = the row's end, the row's cell
 * count less one. Nothing is built: it runs per candidate.
 */
export function cellIndexAt(seg: Uint8Array, from: number, at: number, delimiter: number): number {
  let quoted = false;
  let cell = 0;
  for (let p = from; p < at; p++) {
    const b = seg[p]!;
    if (b === 0x22 && (delimiter === 0x2c || delimiter === 0x3b)) quoted = !quoted;
    else if (b === delimiter && !quoted) cell++;
  }
  return cell;
}

/** The dots that part a minority name (阿依古丽·吐尔逊), as typed: · and the • ・ ‧ ･ input methods offer. */
export const NAME_DOTS = /[·•・‧･．]|(?<=\p{Script=Han})\.(?=\p{Script=Han})/u;

/** Width of a NAME_DOTS character at p, else 0. */
export function nameDotAt(seg: Uint8Array, p: number): number {
  const b = seg[p];
  if (b === 0xc2) return seg[p + 1] === 0xb7 ? 2 : 0;
  if (b === 0xe2) return seg[p + 1] === 0x80 && (seg[p + 2] === 0xa2 || seg[p + 2] === 0xa7) ? 3 : 0;
  if (b === 0xe3) return seg[p + 1] === 0x83 && seg[p + 2] === 0xbb ? 3 : 0;
  // ･ and the full-width full stop ．(阿迪力．热合曼); an ASCII full stop between two ideographs (阿娜尔.司马义).
  if (b === 0xef) return (seg[p + 1] === 0xbd && seg[p + 2] === 0xa5) || (seg[p + 1] === 0xbc && seg[p + 2] === 0x8e) ? 3 : 0;
  if (b === 0x2e) return p >= 3 && isCjkAt(seg, p - 3) && isCjkAt(seg, p + 1) ? 1 : 0;
  return 0;
}

/** Bytes of the ideograph at p a name may hold (UTF-8 lead E4–E9, extension B and on: F0 A0–B3; the iteration mark 々 of 婷々), else 0. */
export function nameHanAt(seg: Uint8Array, p: number): number {
  const b = seg[p]!;
  if ((b >= 0xe4 && b <= 0xe9) || (b === 0xe3 && seg[p + 1] === 0x80 && seg[p + 2] === 0x85)) return 3;
  return b === 0xf0 && seg[p + 1]! >= 0xa0 && seg[p + 1]! <= 0xb3 ? 4 : 0;
}

/** Ideographs a name may hold (nameHanAt) and name dots only, name-sized. */
export function isCjkNameShape(seg: Uint8Array, start: number, end: number): boolean {
  const n = end - start;
  // 2–5 CJK characters; a minority name with a middle dot (阿依古丽·吐尔逊) up to 16 characters.
  if (n < 6 || n > 48) return false;
  let p = start;
  let dotted = false;
  while (p < end) {
    const han = nameHanAt(seg, p);
    if (han) {
      p += han;
      continue;
    }
    const dot = nameDotAt(seg, p);
    if (!dot) return false;
    p += dot;
    dotted = true;
  }
  return p === end && (dotted || n <= 15);
}

export const decodeCell = (seg: Buffer, start: number, end: number): string => seg.toString('utf8', start, end);

/**
 * A business card's name line, the name beside its romanised form
 * (`FENG YANJUAN  冯艳娟`, `冯艳娟 Yanjuan Feng`): the bounds of the CJK name,
 * or null. The Latin part is one to three words of letters only; pinyin
 * unless `romanised` is false (a directory's `Tony 黄骏家`, `刘琳 Eric`: the
 * English name its owner goes by).
 */
export function nameBesideLatin(seg: Uint8Array, from: number, to: number, romanised = true): [number, number] | null {
  let cjkFrom = from;
  while (cjkFrom < to && seg[cjkFrom]! < 0x80) cjkFrom++;
  let cjkTo = cjkFrom;
  while (cjkTo < to && seg[cjkTo]! >= 0x80) cjkTo++;
  if (cjkFrom === cjkTo || !isCjkNameShape(seg, cjkFrom, cjkTo)) return null;
  const latin = cjkFrom > from ? [from, cjkFrom] : [cjkTo, to];
  if ((cjkFrom > from && cjkTo < to) || latin[0] === latin[1]) return null;
  const words = latinWords(seg, latin[0]!, latin[1]!);
  // The surname at least is pinyin (Hello 周报 is not a card).
  return words && (!romanised || words.some((w) => PINYIN_WORD.test(w))) ? [cjkFrom, cjkTo] : null;
}

/** One to three words of ASCII letters between spaces or tabs, or null (read byte by byte: most lines fail at once). */
function latinWords(seg: Uint8Array, from: number, to: number): string[] | null {
  const words: string[] = [];
  let p = from;
  while (p < to) {
    const b = seg[p]!;
    if (b === 0x20 || b === 0x09) {
      p++;
      continue;
    }
    const start = p;
    while (p < to && isAsciiLetter(seg[p]!)) p++;
    // A pinyin word is three syllables at most (ZHUANG is six letters): a longer run is no name.
    if (p === start || p - start > 20 || (p < to && seg[p] !== 0x20 && seg[p] !== 0x09) || words.length === 3) return null;
    words.push(Buffer.from(seg.buffer, seg.byteOffset + start, p - start).toString('latin1'));
  }
  return words.length > 0 ? words : null;
}

/** One to three pinyin syllables, without tones (zhang, YANJUAN, Ouyang). */
const PINYIN_WORD = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|er|ia|ie|iu|uo|ua|ue|ui|ve|a|o|e|i|u|v)){1,3}$/i;

/** Marks a list's keeper puts after a name: ticks, crosses, stars, bullets. */
const MARKS = new Set([...'★☆✔✓√✗✘※◆◇▲△✅❌⭐\ufe0f'].map((ch) => ch.codePointAt(0)!));

/**
 * The name in a cell: a CJK name shape, or a name with a space after its
 * surname — a two-character name padded to the width of three (`张　伟`,
 * `张 伟`, how rosters align names), or a surname set apart (`敖 瑶云`, and
 * `欧阳 娜娜` when `surnames` holds 欧阳). Null for anything else.
 */
export function nameCellValue(seg: Buffer, start: number, end: number, surnames?: ReadonlySet<string>): string | null {
  // `12 崔婷芳`, `6. 闵晔忠`, `1、郭峰`: a row's ordinal run into its name cell, as a PDF's text or a numbered list puts them.
  const item = listItemAt(seg, start, end, true, 5);
  if (item && isCjkAt(seg, item.end)) start = item.end;
  // 王璐欣 Wang Luxin, WANG Luxin 王璐欣: the name beside its romanised form.
  if (!isCjkAt(seg, start) || !isCjkAt(seg, end - 3)) {
    const cjk = nameBesideLatin(seg, start, end);
    if (cjk) [start, end] = cjk;
  }
  // 刘家豪★, 谭瑶 ✔: a mark a list's keeper put after the name.
  while (end - start > 6 && MARKS.has(codePointAt(seg, end - 3))) {
    end -= 3;
    while (end > start && seg[end - 1] === 0x20) end--;
  }
  // 柯林庆先生, 钟燕婷 女士: the name without the form of address after it.
  const title = titleAt(seg, start, end);
  if (title) {
    end -= title;
    while (end > start && seg[end - 1] === 0x20) end--;
  }
  if (isCjkNameShape(seg, start, end)) return decodeCell(seg, start, end);
  // 叶 泽 建: letter-spaced, three or four characters one space apart (a form filled in by hand, OCR'd).
  if ((end - start === 11 || end - start === 15) && seg[start + 3] === 0x20 && seg[start + 7] === 0x20 && (end - start === 11 || seg[start + 11] === 0x20)) {
    const value = decodeCell(seg, start, end).replaceAll(' ', '');
    if (value.length === (end - start + 1) / 4 && isCjkNameShape(Buffer.from(value), 0, value.length * 3)) return value;
  }
  // 王　芳 padded to the width of a longer name; 敖 瑶云, 欧阳 娜娜: the surname set apart (two characters
  // only when `surnames` holds them: 王峰 李娜 is two names). Two to four characters.
  for (let family = 3; family <= 6; family += 3) {
    if (!isCjkAt(seg, start) || !isCjkAt(seg, start + family - 3)) return null;
    if (family === 6 && !surnames?.has(decodeCell(seg, start, start + 6))) return null;
    for (let width = 1; width <= 3; width++) {
      const given = start + family + width;
      const chars = (end - given) / 3;
      if (!paddingAt(seg, start + family, given) || !Number.isInteger(chars) || chars < 1 || family / 3 + chars > 4) continue;
      let cjk = true;
      for (let p = given; p < end && cjk; p += 3) cjk = isCjkAt(seg, p);
      if (cjk) return decodeCell(seg, start, start + family) + decodeCell(seg, given, end);
    }
  }
  return null;
}

/** A cell of up to `max` CJK characters and nothing else (a name's part: 张, 欧阳, 伟), spaces and quotes around it aside; '' when empty; null otherwise. */
export function cjkCell(seg: Buffer, start: number, end: number, max: number): string | null {
  while (start < end && (seg[start] === 0x20 || seg[start] === 0x22)) start++;
  while (end > start && (seg[end - 1] === 0x20 || seg[end - 1] === 0x22 || seg[end - 1] === 0x0d)) end--;
  if (end - start > max * 3 || (end - start) % 3 !== 0) return null;
  for (let p = start; p < end; p += 3) if (!isCjkAt(seg, p)) return null;
  return decodeCell(seg, start, end);
}

const BRACKETS: Record<string, string> = { '(': ')', '（': '）', '【': '】', '[': ']', '<': '>', '《': '》', '「': '」', '『': '』' };

/** An opening bracket at p (of those a note or a form's value is put in): its length in bytes, and a test that its closing one is at q. */
export function bracketAt(seg: Buffer, p: number): { open: number; closes: (q: number) => boolean } | null {
  const b = seg[p];
  if (b === undefined || (b >= 0x80 && (b < 0xe0 || b > 0xef))) return null;
  const open = b < 0x80 ? 1 : 3;
  const closing = BRACKETS[seg.toString('utf8', p, p + open)];
  if (!closing) return null;
  const close = Buffer.from(closing);
  return { open, closes: (q) => seg.compare(close, 0, close.length, q, q + close.length) === 0 };
}

/**
 * The name in a cell that holds a note beside it, as people save contacts
 * (张良鹏(链家), 链家-孙凤敏, 王峰 链家): the runs of CJK outside brackets,
 * cut at spaces and punctuation, of which exactly one is a name by `isName`
 * (招行-杨刚: 招行 is no name; 林凯 招行, where both could be, is neither).
 * A note there must be — another run of CJK, or something in brackets —:
 * a lone word among quotes and commas (`'车型']` in code) is no annotated name.
 */
export function annotatedName(seg: Buffer, start: number, end: number, isName: (value: string) => boolean): { start: number; end: number; value: string } | null {
  if (end - start > 96) return null;
  const text = decodeCell(seg, start, end);
  let found: { from: number; to: number } | null = null;
  let closing = '';
  let runFrom = -1;
  let runs = 0;
  let bracketed = false;
  const close = (at: number): boolean => {
    if (runFrom < 0) return true;
    const from = runFrom;
    runFrom = -1;
    runs++;
    if (!isName(text.slice(from, at))) return true;
    if (found) return false; // two names, or a note that reads as one: which is unknown
    found = { from, to: at };
    return true;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (closing) {
      if (ch === closing) closing = '';
      else bracketed = true;
      continue;
    }
    const code = ch.charCodeAt(0);
    if (code >= 0x3400 && code <= 0x9fff) {
      if (runFrom < 0) runFrom = i;
      continue;
    }
    // A minority name's dot between ideographs is the name's (艾力·阿不都), not a cut.
    if (runFrom >= 0 && NAME_DOTS.test(ch) && /[\u3400-\u9fff]/.test(text[i + 1] ?? '')) continue;
    if (!close(i)) return null;
    if (BRACKETS[ch]) closing = BRACKETS[ch]!;
  }
  if (!close(text.length) || !found || (runs < 2 && !bracketed)) return null;
  const { from, to } = found as { from: number; to: number };
  const byteFrom = start + Buffer.byteLength(text.slice(0, from));
  return { start: byteFrom, end: byteFrom + Buffer.byteLength(text.slice(from, to)), value: text.slice(from, to) };
}

/** What a job title ends with, on a business card's or a signature's first line; after a surname, a form of address (detect.ts). */
export const JOB_TITLES = [
  ...['经理', '总监', '主管', '专员', '工程师', '董事长', '总裁', '助理', '主任', '顾问', '会计', '出纳', '律师', '医生', '秘书', '店长', '厂长', '部长', '科长', '处长', '院长', '校长', '所长'],
  ...['护士', '大夫', '教授', '医师', '局长', '队长', '警官', '法官', '博士', '书记', '副总', '董事', '监事'],
  ...['合伙人', '创始人', '负责人', '设计师', '分析师', '架构师', '代表', '采购', '销售', '客服', 'CEO', 'CTO', 'CFO', 'COO', 'VP', 'HR', 'BD'],
  // an association's posts, and the staff a seating chart keeps a seat for
  ...['会长', '理事', '理事长', '秘书长', '司机', '摄影', '摄像', '主持人'],
];
const TITLE_SEPARATORS = new Set([' ', '\t', '|', '｜', '/', '-', '—', '·', '，', ',', '\u3000']);

/** A line that is a job title, alone or before its English (项目经理 | Director, 大客户经理): a business card's second line. */
export function isJobTitleLine(seg: Buffer, from: number, to: number): boolean {
  let p = from;
  while (p < to && isCjkAt(seg, p) && p - from < 33) p += 3;
  if (p - from < 6 || (p < to && seg[p] !== 0x20 && seg[p] !== 0x7c && seg[p] !== 0x2f && seg[p] !== 0x09)) return false;
  return isJobTitle(decodeCell(seg, from, p));
}

/** A job title of up to ten characters (项目经理, 大客户经理, 技术支持工程师). */
function isJobTitle(title: string): boolean {
  return title.length > 0 && title.length <= 10 && JOB_TITLES.some((t) => title.endsWith(t));
}

/**
 * A line that is a name and a job title (魏慧 工程师, 张伟 | 销售经理,
 * 李雅昊 项目经理): the first line of a business card or a signature, a
 * person's whole. The name's end and value, or null.
 */
export function nameBeforeJobTitle(seg: Buffer, from: number, to: number): { end: number; value: string } | null {
  let p = from;
  while (p < to && isCjkAt(seg, p) && p - from < 12) p += 3;
  const chars = (p - from) / 3;
  if (chars < 2 || chars > 4) return null;
  const rest = decodeCell(seg, p, to).trimEnd();
  let i = 0;
  while (i < rest.length && TITLE_SEPARATORS.has(rest[i]!)) i++;
  // (The name as colleagues abroad know it may come between: 史霞航 Vivian Shi 招聘主管.)
  const title = rest.slice(i).replace(ENGLISH_NAME_BEFORE_TITLE, '');
  if (i === 0 || !/^[\u4e00-\u9fffA-Za-z]+$/.test(title) || !isJobTitle(title)) return null;
  return { end: p, value: decodeCell(seg, from, p) };
}

/** One to three capitalised Latin words and a separator before a Chinese title: `Vivian Shi `, `Jack | `. */
const ENGLISH_NAME_BEFORE_TITLE = /^(?:[A-Z][a-z]+\.? ?){1,3}[ |｜/\-—·,，]*(?=[\u4e00-\u9fff])/;

/** A mail's greeting: the name it opens with, then 您好 or 你好, or 同事/同学 and a colon or comma; or the name and a colon, the whole line. */
const GREETING = /^([\u4e00-\u9fff·]{2,8}?)(?:[,，、 \u3000]*(?:您好|你好)|(?:同事|同学)[:：,，]|([:：])\s*$)/;

/**
 * A line that greets whom a mail is for (吕燕宇,您好:, 陈永峰 您好, 万宇昊同事:,
 * 徐玉永:), a payslip's or a notice's addressee: the name's end and value, or
 * null. `alone`: the name and a colon only, as a chat export also writes its
 * senders (高娜敏:⏎订单号…): whose the fields below are is not said.
 */
export function greetedName(seg: Buffer, from: number, to: number): { end: number; value: string; alone: boolean } | null {
  const m = GREETING.exec(seg.toString('utf8', from, Math.min(to, from + 48)));
  return m ? { end: from + Buffer.byteLength(m[1]!), value: m[1]!, alone: m[2] !== undefined } : null;
}

/** A CJK name at the start of a cell, then spaces, a slash or nothing and a number (`罗鑫强 18558754482（采购）`, `罗鑫强18558754482`, `黎娜松/13488393756`): its bounds and value, or null. */
export function nameBeforeNumber(seg: Buffer, start: number, end: number): { end: number; value: string } | null {
  let p = start;
  while (p < end && isCjkAt(seg, p)) p += 3;
  if (p === start || p >= end || !isCjkNameShape(seg, start, p)) return null;
  let q = p;
  while (q < end && (seg[q] === 0x20 || seg[q] === 0x09)) q++;
  if (q === p && seg[q] === 0x2f) q++;
  const b = seg[q];
  if (!(b !== undefined && ((b >= 0x30 && b <= 0x39) || b === 0x2b))) return null;
  return { end: p, value: decodeCell(seg, start, p) };
}

/**
 * Two to six names a cell holds together, parted by / or 、 (杨梅晓/王丽秀: a
 * flat's co-owners; a form's 同行人: 袁萱、彭烨、刘悦悦、曹诗淑), & (a couple: 李泽宇&张佳欣) or spaces (张玉堂 张雪梅), or by commas in a quoted cell
 * or a row not cut at commas (an OTA order's guests, "贺静,董立佳"), each of a
 * name's shape: their bounds and values, or null.
 */
export function namesTogether(seg: Buffer, start: number, end: number, commas = false): Array<{ start: number; end: number; value: string }> | null {
  const parts: Array<{ start: number; end: number; value: string }> = [];
  // (cellBounds trims the quotes off.)
  const quoted = commas || (start > 0 && seg[start - 1] === 0x22 && seg[end] === 0x22);
  let from = start;
  for (let p = start; p <= end; ) {
    const comma = quoted ? (seg[p] === 0x2c ? 1 : seg[p] === 0xef && seg[p + 1] === 0xbc && seg[p + 2] === 0x8c ? 3 : 0) : 0; // , ，
    const sep = p === end ? 1 : seg[p] === 0x2f || seg[p] === 0x26 ? 1 : seg[p] === 0xe3 && seg[p + 1] === 0x80 && seg[p + 2] === 0x81 ? 3 : seg[p] === 0xef && seg[p + 1] === 0xbc && seg[p + 2] === 0x86 ? 3 : comma || spaceAt(seg, p); // / & 、 ＆
    if (!sep) {
      p++;
      continue;
    }
    const [s, e0] = trimmedLine(seg, from, p);
    const e = e0 - bracketedNoteAt(seg, s, e0);
    p += sep;
    // (Spaces beside another separator: 项凯 / 吴勇.)
    if (s === e && from > start && p <= end) {
      from = p;
      continue;
    }
    if (!isCjkNameShape(seg, s, e)) return null;
    parts.push({ start: s, end: e, value: decodeCell(seg, s, e) });
    from = p;
  }
  return parts.length >= 2 && parts.length <= 6 ? parts : null;
}

/** Bytes of who a person is, in brackets ending seg[start, end) after a name (郭旭（子）, 杨文(女)), else 0. */
function bracketedNoteAt(seg: Buffer, start: number, end: number): number {
  const wide = seg[end - 1] === 0x89 && seg[end - 2] === 0xbc && seg[end - 3] === 0xef; // ）
  if (!wide && seg[end - 1] !== 0x29) return 0;
  const close = wide ? end - 3 : end - 1;
  let p = close;
  while (p - 3 >= start + 6 && isCjkAt(seg, p - 3) && close - p < 12) p -= 3;
  if (p === close) return 0;
  if (seg[p - 1] === 0x28) return end - (p - 1);
  return seg[p - 3] === 0xef && seg[p - 2] === 0xbc && seg[p - 1] === 0x88 ? end - (p - 3) : 0; // （
}

/** Bytes of a space or an ideographic space at p, else 0. */
function spaceAt(seg: Buffer, p: number): number {
  return seg[p] === 0x20 ? 1 : seg[p] === 0xe3 && seg[p + 1] === 0x80 && seg[p + 2] === 0x80 ? 3 : 0;
}

/** Where a cell's value starts past a JSON key (`ec":"沈晨超 …`, the cell's first quote trimmed): after `":"`, else start. */
export function afterJsonKey(seg: Buffer, start: number, end: number): number {
  let p = start;
  while (p < end && p - start < 40 && (isAsciiLetter(seg[p]!) || isAsciiDigit(seg[p]!) || seg[p] === 0x5f)) p++;
  if (p === start || seg[p] !== 0x22 || seg[p + 1] !== 0x3a) return start;
  p += 2;
  while (p < end && seg[p] === 0x20) p++;
  return seg[p] === 0x22 ? p + 1 : start;
}

/** A number, then spaces, a tab or nothing, and a CJK name ending the cell (`15207247511 黎永洋`): the name's bounds and value, or null. */
export function nameAfterNumber(seg: Buffer, start: number, end: number): { start: number; end: number; value: string } | null {
  let p = end;
  while (p - 3 >= start && isCjkAt(seg, p - 3)) p -= 3;
  if (p === end || p === start || !isCjkNameShape(seg, p, end)) return null;
  let q = p;
  while (q > start && (seg[q - 1] === 0x20 || seg[q - 1] === 0x09)) q--;
  return isAsciiDigit(seg[q - 1]) ? { start: p, end, value: decodeCell(seg, p, end) } : null;
}

const TITLES = ['先生', '女士', '小姐'].map((t) => Buffer.from(t));
/** What a notice calls its addressee after the name (尊敬的周明用户, 戚泽考生): cut off as 先生 is, in a cell and after a label. */
export const ADDRESSEE_WORDS: readonly string[] = ['用户', '考生', '车主', '学员', '家长', '同学'];
/** Forms of address, a person's post after the name (张毅主任, 朱轩琳教授), what a notice calls him and a visiting couple (周伟夫妇): cut off alike. */
const TITLES_AND_POSTS = [...TITLES, ...['护士长', '主任', '教授', '医生', '医师', '老师', '律师', '经理', '院长', '总监', '夫妇', '夫妻', ...ADDRESSEE_WORDS].map((t) => Buffer.from(t))];

/** Bytes of a form of address or a post ending a token of two or more characters before it, else 0 (王先生, 王主任 stay whole). */
export function titleAt(seg: Buffer, start: number, end: number): number {
  const last = seg[end - 1];
  for (let i = 0; i < TITLES_AND_POSTS.length; i++) {
    const t = TITLES_AND_POSTS[i]!;
    if (t[t.length - 1] === last && end - start >= t.length + 6 && seg.compare(t, 0, t.length, end - t.length, end) === 0) return t.length;
  }
  return 0;
}

/** A form of address starts at p, after spaces (东方⏎先生 is not one). */
export function titleFollows(seg: Buffer, p: number): boolean {
  while (seg[p] === 0x20) p++;
  return TITLES.some((t) => p + t.length <= seg.length && seg.compare(t, 0, t.length, p, p + t.length) === 0);
}

/** A masking mark at p: `*` or full-width `＊` (东方*, 王＊＊). */
export const maskMarkAt = (seg: Uint8Array, p: number): boolean => seg[p] === 0x2a || (seg[p] === 0xef && seg[p + 1] === 0xbc && seg[p + 2] === 0x8a);

/** Where line `line` starts, given the offsets of the segment's line ends. */
export const lineStart = (lineEnds: readonly number[], line: number): number => (line === 0 ? 0 : lineEnds[line - 1]! + 1);

/** seg[p] starts a CJK character as names are read (a three-byte UTF-8 character, U+4000–U+9FFF). */
export const isCjkAt = (seg: Uint8Array, p: number): boolean => seg[p]! >= 0xe4 && seg[p]! <= 0xe9;

/** Bytes a masked number spans at most on either side of its asterisks: 19 characters and the gaps between groups. */
const MASKED_REACH = 40;

/** seg[from, to) (a trimmed line) is a masked number and nothing else: 177****0002, 176xxxx2683, 185 **** 5100. */
export function isMaskedNumberLine(seg: Uint8Array, from: number, to: number): boolean {
  for (let p = from; p < to && p - from <= MASKED_REACH; p++) {
    const b = seg[p]!;
    const x = b === 0x78 || b === 0x58;
    if (!x && b !== 0x2a && !(b === 0xef && seg[p + 1] === 0xbc && seg[p + 2] === 0x8a)) continue;
    const masked = maskedNumberAt(seg, p, x);
    return masked !== null && masked[0] === from && masked[1] === to;
  }
  return false;
}

/**
 * The bounds of a masked number around the `****` (or, xMasked, the `xxxx`: 178xxxx2599) at p: digits, four or more
 * asterisks, digits (and a check X), 11 to 19 of them, in groups that single
 * spaces or dashes may part, standing alone — a mobile, ID or card shown in
 * part (138****5678, 138-****-5767, 6212 **** **** 2901, **** **** **** 2901,
 * 3701022005****127X, as tickets, statements and apps print them; 151＊＊＊＊7984
 * typed on a Chinese keyboard). Null for anything else.
 */
export function maskedNumberAt(seg: Uint8Array, p: number, xMasked = false): [number, number] | null {
  const isDigit = isAsciiDigit;
  const isGap = (b: number | undefined): boolean => b === 0x20 || b === 0x2d;
  // An asterisk, or an x where the number is masked with x's (178xxxx2599).
  const star = (b: number | undefined): boolean => b === 0x2a || (xMasked && b !== undefined && (b | 0x20) === 0x78);
  // Width of a digit or an asterisk (or the full-width ＊ of a Chinese keyboard) at q, or ending at q.
  const wideStar = (q: number): boolean => seg[q] === 0xef && seg[q + 1] === 0xbc && seg[q + 2] === 0x8a;
  const markAt = (q: number): number => (isDigit(seg[q]) || star(seg[q]) ? 1 : wideStar(q) ? 3 : 0);
  const markBefore = (q: number): number => (isDigit(seg[q - 1]) || star(seg[q - 1]) ? 1 : q >= 3 && wideStar(q - 3) ? 3 : 0);
  // Marks and single gaps on each side, no farther than a masked number reaches
  // (a line of a million asterisks is looked at a few bytes at a time, not whole at each).
  const floor = Math.max(0, p - MASKED_REACH);
  let s = p;
  while (s > floor) {
    const w = markBefore(s) || (isGap(seg[s - 1]) && markBefore(s - 1) ? 1 : 0);
    if (!w) break;
    s -= w;
  }
  const ceil = Math.min(seg.length, p + MASKED_REACH);
  let e = p;
  while (e < ceil) {
    const w = markAt(e) || (isGap(seg[e]) && markAt(e + 1) ? 1 : 0);
    if (!w) break;
    e += w;
  }
  if (s <= floor || e >= ceil) return null;
  const digitsEnd = e;
  if (seg[e] === 0x58 || seg[e] === 0x78) e++;
  let chars = e - digitsEnd;
  let stars = 0;
  for (let q = s; q < digitsEnd; ) {
    const w = markAt(q);
    if (w) chars++;
    if (w && !isDigit(seg[q])) stars++;
    q += w || 1;
  }
  // Two digits or more at each end: the part shown; a card may show its last digits only (**** **** **** 1234).
  const shown = ((isDigit(seg[s]) && isDigit(seg[s + 1])) || stars >= 8) && isDigit(seg[digitsEnd - 1]) && isDigit(seg[digitsEnd - 2]);
  if (stars < 4 || chars < 11 || chars > 19 || !shown) return null;
  const alnum = (b: number | undefined): boolean => b !== undefined && (isDigit(b) || star(b) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a));
  return alnum(seg[s - 1]) || alnum(seg[e]) ? null : [s, e];
}

/** Punctuation that joins a name to its number as one word (张伟-13812345678, 张伟_138…, 张伟#138…, 张伟—138…). */
const JOINERS = new Set([...'-_#~.+—–～＿＃'].map((ch) => ch.codePointAt(0)!));
const isWideLead = (b: number): boolean => b >= 0xe2 && b <= 0xef;

/** Width of a joiner that ends at p, not reaching before floor, else 0. */
function joinerBefore(seg: Uint8Array, p: number, floor: number): number {
  if (p - 1 >= floor && JOINERS.has(seg[p - 1]!)) return 1;
  return p - 3 >= floor && isWideLead(seg[p - 3]!) && JOINERS.has(codePointAt(seg, p - 3)) ? 3 : 0;
}

/** Width of a joiner at p, ending by ceil, else 0. */
function joinerAt(seg: Uint8Array, p: number, ceil: number): number {
  if (p < ceil && JOINERS.has(seg[p]!)) return 1;
  return p + 3 <= ceil && isWideLead(seg[p]!) && JOINERS.has(codePointAt(seg, p)) ? 3 : 0;
}

/**
 * The run of CJK characters that ends at p, or at one joiner before p, when it is whole (not
 * the end of a longer one), two to six characters, and starts at or after `floor`: 张伟 in
 * `张伟13812345678` and `张伟-13812345678`.
 */
export function cjkRunBefore(seg: Uint8Array, p: number, floor: number): [number, number] | null {
  const end = p - joinerBefore(seg, p, floor);
  let q = end;
  while (q - 3 >= floor && isCjkAt(seg, q - 3) && end - q < 18) q -= 3;
  if (q - 3 >= floor && isCjkAt(seg, q - 3)) return null; // the end of a longer phrase
  return end - q >= 6 ? [q, end] : null;
}

/** The same after p, past one joiner, ending before `ceil`: 张伟 in `13812345678张伟`. */
export function cjkRunAfter(seg: Uint8Array, p: number, ceil: number): [number, number] | null {
  const start = p + joinerAt(seg, p, ceil);
  let q = start;
  while (q + 3 <= ceil && isCjkAt(seg, q) && q - start < 18) q += 3;
  if (q + 3 <= ceil && isCjkAt(seg, q)) return null;
  return q - start >= 6 ? [start, q] : null;
}

/** Width of the padding inside a two-character name: one U+3000, or one or two ASCII spaces, filling from..to exactly. */
export function paddingAt(seg: Uint8Array, from: number, to: number): number {
  const n = to - from;
  if (n === 3 && seg[from] === 0xe3 && seg[from + 1] === 0x80 && seg[from + 2] === 0x80) return 3;
  if (n === 1 && seg[from] === 0x20) return 1;
  if (n === 2 && seg[from] === 0x20 && seg[from + 1] === 0x20) return 2;
  return 0;
}

const isAsciiSeparator = (b: number, brackets: boolean): boolean =>
  b === 0x20 || b === 0x09 || b === 0x2c || b === 0x7c || b === 0x3b || b === 0x3a || b === 0x2f || b === 0x0d || b === 0x27 || b === 0x22 || b === 0x60 ||
  // < > = &: markup and key=value pairs (<td>张伟</td>, name=张伟&tel=…)
  b === 0x3c || b === 0x3e || b === 0x3d || b === 0x26 ||
  (brackets && (b === 0x28 || b === 0x29 || b === 0x5b || b === 0x5d || b === 0x7b || b === 0x7d));

/** Wide punctuation that separates tokens: ，；：／｜、, U+3000, the quotes “”‘’「」 and the brackets 【】 (【李琪芳】 女 | 24岁 | 188…). */
const WIDE_SEPARATORS = new Set([...'，；：／｜、\u3000“”‘’「」【】'].map((ch) => ch.codePointAt(0)!));
const WIDE_BRACKETS = new Set([...'（）'].map((ch) => ch.codePointAt(0)!));

/** Width of a wide separator at p (all are 3 bytes); with `brackets`, （） count too. */
function wideSeparatorAt(seg: Uint8Array, p: number, brackets: boolean): number {
  if (seg[p] !== 0xe3 && seg[p] !== 0xef && seg[p] !== 0xe2) return 0; // the lead bytes of all of them
  const cp = codePointAt(seg, p);
  return WIDE_SEPARATORS.has(cp) || (brackets && WIDE_BRACKETS.has(cp)) ? 3 : 0;
}

/**
 * Width of an emoji or symbol at p, else 0: U+1F000–U+1FFFF (👤 📱), arrows U+2180–U+21FF, shapes
 * U+2580–U+25FF (● ◆), U+2600–U+27FF (☎ ✆ ✉ ★), U+2B00–U+2BFF (⭐) and the emoji variation selector
 * U+FE0F. Contact lists mark fields with them (👤张伟 📱138…); no name holds one.
 */
function pictographAt(seg: Uint8Array, p: number): number {
  const b = seg[p];
  if (b === 0xf0 && seg[p + 1] === 0x9f) return 4;
  const c = seg[p + 1]!;
  if (b === 0xe2 && (c === 0x86 || c === 0x87 || c === 0x96 || c === 0x97 || (c >= 0x98 && c <= 0x9f) || (c >= 0xac && c <= 0xaf))) return 3;
  return b === 0xef && c === 0xb8 && seg[p + 2] === 0x8f ? 3 : 0;
}

/** Width of the token separator at p (splitTextTokens'), else 0. */
function separatorAt(seg: Uint8Array, p: number, brackets: boolean): number {
  const b = seg[p]!;
  if (isAsciiSeparator(b, brackets)) return 1;
  if (b === 0xc2 && (seg[p + 1] === 0xa0 || seg[p + 1] === 0xa6)) return 2; // a no-break space (&nbsp; of a page copied as text), ¦
  // 丨, the radical no word is written with: a bar as OCR or a web page's breadcrumb (首页丨新闻) writes it.
  if (b === 0xe4 && seg[p + 1] === 0xb8 && seg[p + 2] === 0xa8) return 3;
  return b === 0xe2 || b === 0xe3 || b >= 0xef ? wideSeparatorAt(seg, p, brackets) || pictographAt(seg, p) : 0;
}

/** Width of a token separator that ends at p (a character boundary), not reaching before floor, else 0. */
function separatorBefore(seg: Uint8Array, p: number, floor: number): number {
  if (p - 1 >= floor && separatorAt(seg, p - 1, true) === 1) return 1;
  if (p - 2 >= floor && separatorAt(seg, p - 2, true) === 2) return 2;
  if (p - 3 >= floor && separatorAt(seg, p - 3, true) === 3) return 3;
  return p - 4 >= floor && separatorAt(seg, p - 4, true) === 4 ? 4 : 0;
}

/**
 * The token that separators (one or more) part from p on its left, within [floor, p): 张伟 in
 * `张伟，13800138000` for p at the number. Null when none, or nothing stands between p and its token.
 */
export function tokenBefore(seg: Uint8Array, floor: number, p: number): [number, number] | null {
  let q = p;
  for (let w = separatorBefore(seg, q, floor); w > 0; w = separatorBefore(seg, q, floor)) q -= w;
  if (q === p) return null;
  const end = q;
  while (q > floor && !separatorBefore(seg, q, floor)) {
    q--;
    while (q > floor && (seg[q]! & 0xc0) === 0x80) q--; // to the character's first byte
  }
  return end > q ? [q, end] : null;
}

/** The token that separators part from p on its right, within [p, ceil): 张伟 in `13800138000（张伟）`. */
export function tokenAfter(seg: Uint8Array, p: number, ceil: number): [number, number] | null {
  let q = p;
  for (let w = q < ceil ? separatorAt(seg, q, true) : 0; w > 0; w = q < ceil ? separatorAt(seg, q, true) : 0) q += w;
  if (q === p) return null;
  const start = q;
  while (q < ceil && !separatorAt(seg, q, true)) q++;
  return q > start ? [start, q] : null;
}

/**
 * Names written a character at a time: two or three one-character CJK tokens parted by
 * padding only (paddingAt: one U+3000, or one or two spaces; `张  伟`, a two-character name padded to line up with three; `郭 军 勇`,
 * letter-spaced), not part of a longer such run; a sex after them (`张 伟 男`) is not
 * the name's. Their bounds and the characters joined.
 */
export function spacedNames(seg: Buffer, tokens: ReadonlyArray<{ start: number; end: number }>): Array<{ start: number; end: number; value: string }> {
  const out: Array<{ start: number; end: number; value: string }> = [];
  const single = (k: number): boolean => tokens[k] !== undefined && tokens[k]!.end - tokens[k]!.start === 3 && isCjkAt(seg, tokens[k]!.start);
  for (let k = 0; k < tokens.length; ) {
    let j = k;
    while (single(j) && (j === k || paddingAt(seg, tokens[j - 1]!.end, tokens[j]!.start) > 0)) j++;
    let n = j - k;
    if (n >= 2 && n <= 4) {
      const chars = tokens.slice(k, j).map((t) => seg.toString('utf8', t.start, t.end));
      if (chars[n - 1] === '男' || chars[n - 1] === '女') n--;
      if (n >= 2 && n <= 3) out.push({ start: tokens[k]!.start, end: tokens[k + n - 1]!.end, value: chars.slice(0, n).join('') });
    }
    k = Math.max(j, k + 1);
  }
  return out;
}

/**
 * Tokens of a prose line split on spaces, list punctuation, quotes and emoji (a
 * SQL row `(1,'张伟','13800138000')`, "张伟"), and with `brackets` on
 * brackets too (张伟（13800138000）, 张伟[138…]); a no-break space parts tokens as a space does.
 */
export function splitTextTokens(seg: Uint8Array, from: number, to: number, brackets = false): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  someTextToken(seg, from, to, brackets, (start, end) => void out.push({ start, end }));
  return out;
}

/** Whether `test` holds for a token of seg[from, to) (splitTextTokens'), stopping at the first that does. */
export function someTextToken(seg: Uint8Array, from: number, to: number, brackets: boolean, test: (start: number, end: number) => boolean | void): boolean {
  let s = from;
  let p = from;
  while (p < to) {
    const w = separatorAt(seg, p, brackets);
    if (w) {
      if (p > s && test(s, p)) return true;
      p += w;
      s = p;
    } else p++;
  }
  return to > s && test(s, to) === true;
}

/**
 * A numbered item's mark at `from` (`1. `, `12、`, `3) `; with `bare`, a row
 * number and a space too: `12 崔婷芳`, as a PDF runs it into the cell): its
 * number and where the item starts. Up to `maxDigits` digits, not 0.
 */
export function listItemAt(seg: Uint8Array, from: number, to: number, bare = false, maxDigits = 3): { number: number; end: number } | null {
  let p = from;
  let n = 0;
  while (p < to && p - from < maxDigits && isAsciiDigit(seg[p])) n = n * 10 + seg[p++]! - 0x30;
  if (p === from || p >= to) return null;
  if (seg[p] === 0x2e || seg[p] === 0x29) p++;
  else if (seg[p] === 0xe3 && seg[p + 1] === 0x80 && seg[p + 2] === 0x81) p += 3; // 、
  else if (!(bare && seg[p] === 0x20)) return null;
  while (p < to && (seg[p] === 0x20 || seg[p] === 0x09)) p++;
  return n > 0 ? { number: n, end: p } : null;
}

/** Where each line of `seg` ends: its line feeds, and the end of a last line without one. */
export function lineEndsOf(seg: Buffer): number[] {
  const ends: number[] = [];
  for (let i = seg.indexOf(0x0a); i >= 0; i = seg.indexOf(0x0a, i + 1)) ends.push(i);
  if (ends.length === 0 || ends[ends.length - 1]! < seg.length - 1) ends.push(seg.length);
  return ends;
}

/** Cells of a text line separated by runs of spaces, tabs or U+3000, as flat [start, end, …]. */
export function whitespaceCells(seg: Uint8Array, from: number, to: number): number[] {
  const out: number[] = [];
  let p = from;
  let s = -1;
  while (p < to) {
    const b = seg[p]!;
    const w = b === 0x20 || b === 0x09 || b === 0x0d ? 1 : b === 0xe3 && seg[p + 1] === 0x80 && seg[p + 2] === 0x80 ? 3 : 0;
    if (w) {
      if (s >= 0) out.push(s, p);
      s = -1;
      p += w;
    } else {
      if (s < 0) s = p;
      p++;
    }
  }
  if (s >= 0) out.push(s, to);
  return out;
}

/**
 * Cells of a fixed-width row parted by wide white space only: two spaces or
 * more, a tab, an ideographic space. A single space stays inside its cell
 * (卡**** **** **** 5087, 预授权 完成), as a printed row's widths show.
 */
export function wideSpaceCells(seg: Uint8Array, from: number, to: number): number[] {
  const cells = whitespaceCells(seg, from, to);
  const out: number[] = [];
  for (let i = 0; i < cells.length; i += 2) {
    const start = cells[i]!;
    const end = cells[i + 1]!;
    // Joined to the cell before when one plain space parts them.
    if (out.length > 0 && start - out[out.length - 1]! === 1 && seg[start - 1] === 0x20) out[out.length - 1] = end;
    else out.push(start, end);
  }
  return out;
}

/** Only white space stands between p and the start of its line. */
export function startsLine(seg: Uint8Array, p: number): boolean {
  while (p > 0 && (seg[p - 1] === 0x20 || seg[p - 1] === 0x09)) p--;
  return p === 0 || seg[p - 1] === 0x0a || seg[p - 1] === 0x0d;
}

/**
 * The display column where each cell of `bounds` starts, from the line's
 * start at `from`: CJK and full-width characters are two columns wide, a tab
 * goes to the next multiple of eight (how a fixed-width export lines up).
 */
export function displayColumns(seg: Uint8Array, from: number, bounds: number[]): number[] {
  const out: number[] = [];
  let col = 0;
  let p = from;
  for (let c = 0; c < bounds.length; c += 2) {
    const target = bounds[c]!;
    while (p < target) {
      const b = seg[p]!;
      if (b < 0x80) col += b === 0x09 ? 8 - (col % 8) : 1;
      else if (b >= 0xe0) col += 2;
      else if (b >= 0xc0) col += 1;
      p++;
      while (p < target && (seg[p]! & 0xc0) === 0x80) p++;
    }
    out.push(col);
  }
  return out;
}

/** Where the cells of a row start: in display columns (see displayColumns) and in bytes from the line's start at `from`. */
export interface CellStarts {
  display: number[];
  bytes: number[];
}

export function cellStarts(seg: Uint8Array, from: number, bounds: number[]): CellStarts {
  return { display: displayColumns(seg, from, bounds), bytes: bounds.filter((_, k) => k % 2 === 0).map((b) => b - from) };
}

/**
 * Where a table's cells start, in display columns or in bytes (printf pads
 * UTF-8 by bytes): a row is placed under its header in one or the other.
 */
const UNITS = ['display', 'bytes'] as const;

/** Per header column, the row's cell starting there (-1: none), when every cell of the row starts under a column; else null. */
function alignedIn(row: readonly number[], header: readonly number[]): number[] | null {
  if (!row.every((col) => header.includes(col))) return null;
  const index = new Map(row.map((col, k) => [col, k]));
  return header.map((col) => index.get(col) ?? -1);
}

/**
 * A fixed-width row placed under its header: its cells (runs of non-space),
 * and per header column the index of the row's cell there (-1: empty). A row
 * with fewer or more cells than the header is placed by where its cells start;
 * there a value holding one space (`130 7246 6286`, `+86 151 1903 5913`) is
 * one cell again when only its first piece starts under a column. Null when
 * the row does not line up under the header, or holds more than eight times
 * its cells (a line of a million numbers is no row of a 13-column table).
 */
export type HeaderRow = { bounds: number[]; cellOf: number[] };

export function rowUnderHeader(seg: Uint8Array, from: number, to: number, columns: number, at: CellStarts | undefined): HeaderRow | null {
  const cells = whitespaceCells(seg, from, to);
  if (cells.length > columns * 16) return null;
  // Pieces are placed in one unit at a time: a piece whose byte offset happens to
  // be a column's in bytes is not under it when the table lines up in display columns.
  if (cells.length === columns * 2) return { bounds: cells, cellOf: Array.from({ length: columns }, (_, c) => c) };
  if (!at) return null;
  for (const unit of UNITS) {
    const bounds = joinSpacedPieces(seg, from, cells, at[unit], unit);
    if (bounds.length === columns * 2) return { bounds, cellOf: Array.from({ length: columns }, (_, c) => c) };
    const cellOf = alignedIn(cellStarts(seg, from, bounds)[unit], at[unit]);
    if (cellOf) return { bounds, cellOf };
  }
  return null;
}

/**
 * Cells after one space (ASCII or U+3000, 吴　超) or two (袁  娟, a name padded
 * to three characters' width) that start under no column of the header, in
 * the unit given, joined to the cell before them.
 */
function joinSpacedPieces(seg: Uint8Array, from: number, bounds: number[], columnStarts: readonly number[], unit: (typeof UNITS)[number]): number[] {
  const starts = cellStarts(seg, from, bounds)[unit];
  const out: number[] = [];
  for (let c = 0; c < bounds.length; c += 2) {
    const gap = out.length > 0 ? bounds[c]! - out[out.length - 1]! : 0;
    const at = bounds[c]!;
    const spaced = (gap <= 2 && seg[at - 1] === 0x20 && seg[at - gap] === 0x20) || (gap === 3 && seg[at - 3] === 0xe3 && seg[at - 2] === 0x80 && seg[at - 1] === 0x80);
    if (spaced && !columnStarts.includes(starts[c / 2]!)) out[out.length - 1] = bounds[c + 1]!;
    else out.push(bounds[c]!, bounds[c + 1]!);
  }
  return out;
}

/** A line's bounds without the white space around it. */
export function trimmedLine(seg: Uint8Array, from: number, to: number): [number, number] {
  while (from < to && (seg[from] === 0x20 || seg[from] === 0x09)) from++;
  while (to > from && (seg[to - 1] === 0x20 || seg[to - 1] === 0x09 || seg[to - 1] === 0x0d)) to--;
  return [from, to];
}

/**
 * What makes a row data, not column names: a run of more than four digits,
 * or a cell of digits only (IMEI1, 电话2, 2024年销售额 name columns).
 */
export function hasLongDigitRun(seg: Uint8Array, from: number, to: number): boolean {
  let run = 0;
  for (let p = from; p < to; p++) {
    const b = seg[p]!;
    if (b >= 0x30 && b <= 0x39) {
      if (++run > 4) return true;
    } else run = 0;
  }
  return false;
}

/**
 * A cell of digits and the marks written numbers have, no letters or CJK
 * (`+86 181 8391 1497`, `(0571)8244-2778`, Google's two numbers in a cell
 * `183 4475 4094 ::: +86 195 5174 2310`): a value, so its row is no header.
 */
export function hasNumberCell(seg: Uint8Array, bounds: number[]): boolean {
  for (let c = 0; c < bounds.length; c += 2) {
    let digits = 0;
    let other = 0;
    for (let p = bounds[c]!; p < bounds[c + 1]!; p++) {
      const b = seg[p]!;
      if (b >= 0x30 && b <= 0x39) digits++;
      else if (b >= 0x80 || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a)) other++;
    }
    if (digits > 0 && other === 0) return true;
  }
  return false;
}

/**
 * A row with a third of its cells filled or fewer, of three or more: a title
 * above a table (`客户明细_2024,,,,`), or a row that groups the header's
 * columns (`,,学生信息,,,,家长信息,,`).
 */
export function isTitleRow(bounds: number[]): boolean {
  let filled = 0;
  for (let c = 0; c < bounds.length; c += 2) if (bounds[c + 1]! > bounds[c]!) filled++;
  return filled >= 1 && filled * 6 <= bounds.length && bounds.length >= 6;
}
