// Phrases that name a person outside labels and tables: the line over a
// quoted message (… 写道), whom a customer is called (客户叫丁怡子，电话…), a
// text message's addressee after its 【signature】,
// a bank statement's counterparty (转账还款-孙洋睿), a list of people run into
// one line and numbered, a ward's patient after the bed, a household's
// members after how they are related (父龚振华、妻:陈丽娟), whose number a
// note gives in brackets after the name (采购何泽(139…)), the givers of a
// ledger of gifts (冯红梅 壹仟元), who sends a wreath (同事 黄霞 敬挽). Each
// reader finds the phrase and gives the name's bounds; detect.ts judges the name.
import { isCjkAt } from './cells.js';
import { isAsciiDigit } from './tokens.js';

/** A name a phrase gives: its bytes in the segment and its text. */
export interface NameSpan {
  start: number;
  end: number;
  value: string;
  /** Where the phrase that gives the name starts, when before it (a kinship word: 孙李浩然): no name starts there. */
  after?: number;
}

/** A reply's line over the message it quotes: `--- 江光刚 在 2023-10-24 17:32:31 写道 ---`, `在 2024年3月1日 10:02，张伟 <zw@…> 写道：`. */
const WROTE = [
  /^[-\s>]*([\u4e00-\u9fff·]{2,8})\s*(?:<[^<>\s]{3,64}>\s*)?在\s*\d{4}[^\n]{0,40}?写道/,
  /^[-\s>]*在\s*\d{4}[^\n,，]{0,40}[,，]\s*([\u4e00-\u9fff·]{2,8})\s*(?:<[^<>\s]{3,64}>\s*)?写道/,
];
const WROTE_WORD = Buffer.from('写道');

/** Who wrote each message a mail's text quotes, from the line over it: the name's bounds and value. */
export function* quotedWriters(seg: Buffer): Generator<NameSpan> {
  for (let at = seg.indexOf(WROTE_WORD); at >= 0; at = seg.indexOf(WROTE_WORD, at + 6)) {
    const from = seg.lastIndexOf(0x0a, at) + 1;
    if (at - from > 160) continue;
    const line = seg.toString('utf8', from, at + 6);
    const m = WROTE[0]!.exec(line) ?? WROTE[1]!.exec(line);
    if (!m) continue;
    const start = from + Buffer.byteLength(line.slice(0, m.index + m[0].indexOf(m[1]!)));
    yield { start, end: start + Buffer.byteLength(m[1]!), value: m[1]! };
  }
}

/** A customer called so, the name standing alone before a separator or the number's label: 客户叫丁怡子，电话是…, 我老公叫邱欢，手机…. */
const CALLED = /(?:客户|对方|联系人|收件人|他|她|老公|老婆|爱人|丈夫|妻子|儿子|女儿|孩子|我爸|我妈)(?:名字)?叫([\u4e00-\u9fff][\u4e00-\u9fff·]{1,7}?)(?=[,，。；;、\s]|电话|手机)/;
const CALLED_WORD = Buffer.from('叫');

/** Whom a note or a voice message says a customer is called: 你记一下，客户叫丁怡子，电话是…. */
export function* calledNames(seg: Buffer): Generator<NameSpan> {
  for (let at = seg.indexOf(CALLED_WORD); at >= 0; at = seg.indexOf(CALLED_WORD, at + 3)) {
    let from = Math.max(0, at - 12);
    while (from < at && (seg[from]! & 0xc0) === 0x80) from++; // (a character's start)
    const text = seg.toString('utf8', from, Math.min(seg.length, at + 40));
    const m = CALLED.exec(text);
    if (!m) continue;
    const start = from + Buffer.byteLength(text.slice(0, m.index + m[0].length - m[1]!.length));
    if (start !== at + 3) continue;
    yield { start, end: start + Buffer.byteLength(m[1]!), value: m[1]! };
  }
}

/**
 * Whom a text message opens on, after its sender's 【signature】: 张琪同学本次…, 宋可家长您好, 吕燕宇，您好,
 * 胡婷,您申请的…, 唐明辉先生您好, 王金凤客户您好, 熊芳艳校友您好, 李颖青会员您好, 陈强老乡您好, 李长江同志:您好, 亲爱的万庆,您的…, 尊敬的周明用户,您…, 戚泽考生:您的…,
 * 秦强学员,您的…, 提醒:慕容飞,您….
 */
const MESSAGE_ADDRESSEE =
  /^(亲爱的|尊敬的|(?:提醒|温馨提示|通知)[:：])?([\u4e00-\u9fff·]{2,6}?)(?:(?:同学|家长)(?!们)|(?:先生|女士|小姐|客户|校友|会员|老乡|业主|学员|车主|顾客|同志)?[,，:：\s!！]*(?:您好|你好)|(?:用户|考生|会员|客户|车主|学员|先生|女士|小姐|同志)?[,，:：](?=您|你))/;
const SIGNATURE_OPEN = Buffer.from('【');
const SIGNATURE_CLOSE = Buffer.from('】');

/**
 * Each addressee of the text messages in seg: a 【signature】 that starts a
 * line or a cell (an SMS platform's send log), then a name that 同学, 家长 or
 * a greeting follows. A name's bounds and value, to be judged as a name.
 */
export function* messageAddressees(seg: Buffer): Generator<NameSpan> {
  for (let at = seg.indexOf(SIGNATURE_OPEN); at >= 0; at = seg.indexOf(SIGNATURE_OPEN, at + 3)) {
    const before = at === 0 ? 0x0a : seg[at - 1];
    if (before !== 0x0a && before !== 0x2c && before !== 0x09 && before !== 0x22 && before !== 0x7c && before !== 0x20) continue;
    const close = seg.indexOf(SIGNATURE_CLOSE, at + 3);
    if (close < 0 || close - at > 48 || seg.lastIndexOf(0x0a, close) > at) continue;
    const m = MESSAGE_ADDRESSEE.exec(seg.toString('utf8', close + 3, Math.min(seg.length, close + 43)));
    if (!m) continue;
    const start = close + 3 + Buffer.byteLength(m[1] ?? '');
    yield { start, end: start + Buffer.byteLength(m[2]!), value: m[2]! };
  }
}

/** The words of a bank statement's entry before its counterparty: 转账还款-孙洋睿, 跨行汇款-李娜, 工资代发-王芳; a fee's payer: 报名费-柏梓萱. */
const TRANSFER_BEFORE = /(?:转账|还款|汇款|代付|代发|收款|付款|转入|转出|退款|报名费|学费|团费|营费|会费)[\u4e00-\u9fff]{0,2}$/;

/**
 * The counterparties a bank statement's entries name after a dash
 * (`转账还款-孙洋睿`), each a name that ends its token: bounds and value.
 */
export function* counterpartyNames(seg: Buffer): Generator<NameSpan> {
  for (let at = seg.indexOf(0x2d); at >= 0; at = seg.indexOf(0x2d, at + 1)) {
    if (at < 6 || !isCjkAt(seg, at - 3) || !isCjkAt(seg, at + 1)) continue;
    if (!TRANSFER_BEFORE.test(seg.toString('utf8', Math.max(0, at - 18), at))) continue;
    let p = at + 1;
    while (isCjkAt(seg, p) && p - at <= 12) p += 3;
    const b = seg[p];
    if (b !== undefined && b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x2c && b !== 0x7c && b !== 0x22) continue;
    yield { start: at + 1, end: p, value: seg.toString('utf8', at + 1, p) };
  }
}

/** An item of a list run into one line: its number, then a name and a space or the line's end (1.郑荣宇 2.李冬 3.陈艳). */
const NUMBERED_NAME = /(?:^|\s)(\d{1,3})[.、．]\s?([\u4e00-\u9fff][\u4e00-\u9fff·]{1,7})(?=\s|$)/gu;
const SECOND_ITEM = [Buffer.from(' 2.'), Buffer.from(' 2、')];

/**
 * Lists run into one line, numbered 1, 2, 3 … (a booking's passengers,
 * 1.郑荣宇 2.李冬 3.陈艳 4.邵嘉霞; a sign-up 接龙): three items or more,
 * numbered one after another, each of a name's characters; the caller
 * judges whether every item is a name.
 */
export function* numberedNamesInLine(seg: Buffer): Generator<NameSpan[]> {
  const lines = new Set<number>();
  for (const mark of SECOND_ITEM) for (let at = seg.indexOf(mark); at >= 0; at = seg.indexOf(mark, at + 3)) lines.add(seg.lastIndexOf(0x0a, at) + 1);
  for (const { from, line } of linesFrom(seg, lines, 600)) {
    // Runs of items numbered one after another.
    const runs: RegExpMatchArray[][] = [];
    for (const m of line.matchAll(NUMBERED_NAME)) {
      const run = runs.at(-1);
      if (run && Number(m[1]) === Number(run.at(-1)![1]) + 1) run.push(m);
      else runs.push([m]);
    }
    for (const run of runs) {
      if (run.length < 3) continue;
      yield run.map((m) => {
        const start = from + Buffer.byteLength(line.slice(0, m.index! + m[0].length - m[2]!.length));
        return { start, end: start + Buffer.byteLength(m[2]!), value: m[2]! };
      });
    }
  }
}

/** The lines that start at `starts`, in order, each as text with where it starts; none longer than `maxBytes`. */
function* linesFrom(seg: Buffer, starts: ReadonlySet<number>, maxBytes: number): Generator<{ from: number; line: string }> {
  for (const from of [...starts].sort((a, b) => a - b)) {
    let to = seg.indexOf(0x0a, from);
    if (to < 0) to = seg.length;
    if (to - from <= maxBytes) yield { from, line: seg.toString('utf8', from, to) };
  }
}

const BED = Buffer.from('床');

/**
 * The patients a ward's notes name after their bed (21床冷琴(住…), +4床梁永泽,
 * 8-35床刘宇涵,79岁): a name of two to four characters right after 床 and a
 * bed number, its end not run into more text. Bounds and value.
 */
export function* bedPatients(seg: Buffer): Generator<NameSpan> {
  for (let at = seg.indexOf(BED); at >= 0; at = seg.indexOf(BED, at + 3)) {
    if (!isAsciiDigit(seg[at - 1])) continue;
    const start = at + 3;
    let p = start;
    while (isCjkAt(seg, p) && p - start < 15) p += 3;
    const chars = (p - start) / 3;
    if (chars < 2 || chars > 4 || isCjkAt(seg, p)) continue;
    yield { start, end: p, value: seg.toString('utf8', start, p) };
  }
}

/** Kinship words that open an item of a household's list (父龚振华, 儿媳:付敏, 妻 司秀梅), longest first. */
const KIN =
  '外孙女|外孙子|外孙|孙女|孙子|儿媳妇|儿媳|女婿|儿子|女儿|父亲|母亲|丈夫|妻子|配偶|爱人|公公|婆婆|岳父|岳母|爷爷|奶奶|外公|外婆|姥姥|姥爷|' +
  '哥哥|姐姐|弟弟|妹妹|侄子|侄女|兄|弟|姐|妹|父|母|夫|妻|子|女|孙';
/** An item: a kinship word where an item starts, a colon or a space, a name, an ID number in brackets, where an item ends. */
const KIN_ITEM = new RegExp(
  `(?<=^|[、/;；,，:：|\\s])(${KIN})([:：]?\\s?)([\\u4e00-\\u9fff][\\u4e00-\\u9fff·]{1,5}?)(?:[(（][0-9Xx ]{15,22}[)）])?(?=[、/;；,，|\\s]|$)`,
  'gu',
);
const KIN_SEPARATORS = [Buffer.from('、'), Buffer.from('/'), Buffer.from(';'), Buffer.from('；')];
/** The first characters of the kinship words, as the 24-bit numbers of their UTF-8 bytes. */
const KIN_FIRST = new Set(KIN.split('|').map((w) => Buffer.from(w[0]!).readUIntBE(0, 3)));
const KIN_GAP = /^\s*[、/;；,，|]\s*$/;

/**
 * The members of a household that a register lists in one cell, each after
 * how they are related (父龚振华(6201…)、妻:陈丽娟、妻黄桂香; 孙:邓俊熙/母王秀芳):
 * runs of two items or more, one after another, found from a separator
 * before a kinship word. A bare 孙 before two characters is a surname as
 * likely (孙杨帆), not an item; and a run of 孙 alone is no household. Each
 * name's span carries where its kinship word starts: no name starts there.
 */
export function* kinNames(seg: Buffer): Generator<NameSpan[]> {
  const lines = new Set<number>();
  for (const sep of KIN_SEPARATORS) {
    for (let at = seg.indexOf(sep); at >= 0; at = seg.indexOf(sep, at + sep.length)) {
      let p = at + sep.length;
      while (seg[p] === 0x20) p++;
      if (p + 3 <= seg.length && KIN_FIRST.has(seg.readUIntBE(p, 3))) lines.add(seg.lastIndexOf(0x0a, at) + 1);
    }
  }
  for (const { from, line } of linesFrom(seg, lines, 4000)) {
    const runs: RegExpMatchArray[][] = [];
    let lastEnd = -1;
    for (const m of line.matchAll(KIN_ITEM)) {
      if (m[1] === '孙' && !m[2] && [...m[3]!].length === 2) continue;
      const run = runs.at(-1);
      if (run && KIN_GAP.test(line.slice(lastEnd, m.index))) run.push(m);
      else runs.push([m]);
      lastEnd = m.index! + m[0].length;
    }
    for (const run of runs) {
      if (run.length < 2 || run.every((m) => m[1] === '孙')) continue;
      yield run.map((m) => {
        const kin = from + Buffer.byteLength(line.slice(0, m.index));
        const start = kin + Buffer.byteLength(m[1]! + m[2]!);
        return { start, end: start + Buffer.byteLength(m[3]!), value: m[3]!, after: kin };
      });
    }
  }
}

/** A list's mark opening a line (1. 2、 3．). */
const LIST_MARK = /^\s*\d{1,3}[.、．]\s*/;

/**
 * The words of a line parted by dashes that are all CJK (28栋2单元1003-李梓豪-1份-13239811912,
 * a 接龙 line of a group buy: flat, name, quantity, number), of a name's length: their bounds
 * and values, for a line the caller knows holds a person's number.
 */
export function dashedWords(seg: Buffer, from: number, to: number): readonly NameSpan[] {
  if (to - from > 400) return NONE;
  // Only a line with a dash beside CJK (not a date's, 2024-01-05, nor a number's, 138-0013-8000).
  let dash = seg.indexOf(0x2d, from);
  while (dash >= 0 && dash < to && !isCjkAt(seg, dash + 1) && !(dash >= from + 3 && isCjkAt(seg, dash - 3))) dash = seg.indexOf(0x2d, dash + 1);
  if (dash < 0 || dash >= to) return NONE;
  const line = seg.toString('utf8', from, to);
  const mark = LIST_MARK.exec(line)?.[0].length ?? 0;
  let at = mark;
  const words: NameSpan[] = [];
  for (const word of line.slice(mark).split('-')) {
    const start = at;
    at += word.length + 1;
    if (!/^[\u4e00-\u9fff]{2,4}$/u.test(word)) continue;
    const s = from + Buffer.byteLength(line.slice(0, start));
    words.push({ start: s, end: s + Buffer.byteLength(word), value: word });
  }
  return words;
}

/** What a reader called once a line returns when it finds nothing: one shared empty list. */
const NONE: readonly NameSpan[] = [];

/** What stands before a name that a number in brackets follows, in a note or an SMS: where it works, what it does there, whose it is (用户, 工程师). */
const OWNER_BEFORE = /(?:公司|集团|工厂|门店|商行|经营部|财务|采购|会计|出纳|经理|老板|主管|总监|督导|助理|专员|对接人|负责人|联系人|工程师|技师|师傅|司机|骑手|用户|客户|致电|拜访|联系|找|给|和|与)$/;

/**
 * Whose number a note gives in brackets right after the name, where the name
 * follows where the person works or what the note did
 * (`致电杭州鼎盛化工有限公司采购何泽(13936847268)`, `联系了财务汤伟斌（187-0698-2182）`),
 * or stands alone before it (`何泽(139…)`). `start`, `end`: the number's
 * bounds in seg. The name's bounds and value: the shortest that such words
 * or the run's start stand before (司马兰琴 after 采购, not 兰琴 after 司马);
 * null when the number is not so bracketed or no name stands so.
 */
export function bracketedNumberOwner(seg: Buffer, start: number, end: number): NameSpan | null {
  const open = seg[start - 1] === 0x28 ? 1 : seg[start - 1] === 0x88 && seg[start - 2] === 0xbc && seg[start - 3] === 0xef ? 3 : 0;
  if (!open || !(seg[end] === 0x29 || (seg[end] === 0xef && seg[end + 1] === 0xbc && seg[end + 2] === 0x89))) return null;
  const nameEnd = start - open;
  let runStart = nameEnd;
  while (runStart >= 3 && isCjkAt(seg, runStart - 3) && nameEnd - runStart < 36) runStart -= 3;
  for (let chars = 2; chars <= 4; chars++) {
    const nameStart = nameEnd - chars * 3;
    if (nameStart < runStart) break;
    if (nameStart > runStart && !OWNER_BEFORE.test(seg.toString('utf8', runStart, nameStart))) continue;
    return { start: nameStart, end: nameEnd, value: seg.toString('utf8', nameStart, nameEnd) };
  }
  return null;
}

/** A group named after its leader, then its members: 龚晨帅组：郭平、余红梅、管永强. */
const GROUP_LINE = /^([\u4e00-\u9fff][\u4e00-\u9fff·]{1,5})组[:：]\s*([\u4e00-\u9fff·]{2,8}(?:、[\u4e00-\u9fff·]{2,8})+)\s*$/;
const GROUP_MARK = [Buffer.from('组：'), Buffer.from('组:')];

/**
 * The groups a schedule or a roster assigns (学员分配：⏎  龚晨帅组：郭平、余红梅):
 * a line that is a leader's name, 组, a colon and two names or more parted
 * by 、, nothing else. The leader and each member, a list the caller reads
 * whole or not at all (not 销售一组：华东、华南).
 */
export function* groupMembers(seg: Buffer): Generator<NameSpan[]> {
  const lines = new Set<number>();
  // (Each mark's line start is looked for within the 400 bytes a group's line may hold.)
  for (const mark of GROUP_MARK) {
    for (let at = seg.indexOf(mark); at >= 0; at = seg.indexOf(mark, at + 3)) {
      const from = Math.max(0, at - 400);
      const nl = seg.subarray(from, at).lastIndexOf(0x0a);
      if (nl >= 0 || from === 0) lines.add(nl >= 0 ? from + nl + 1 : 0);
    }
  }
  for (const from of lines) {
    const to = Math.min(seg.length, from + 401);
    const end = seg.subarray(from, to).indexOf(0x0a);
    if (end < 0 && to < seg.length) continue;
    const line = seg.toString('utf8', from, end < 0 ? to : from + end).replace(/\r$/, '');
    const indent = line.length - line.trimStart().length;
    const m = GROUP_LINE.exec(line.trimStart());
    if (!m) continue;
    const spans: NameSpan[] = [];
    let offset = from + Buffer.byteLength(line.slice(0, indent));
    spans.push({ start: offset, end: offset + Buffer.byteLength(m[1]!), value: m[1]! });
    offset += Buffer.byteLength(m[0]!.slice(0, m[0]!.indexOf(m[2]!)));
    for (const member of m[2]!.split('、')) {
      spans.push({ start: offset, end: offset + Buffer.byteLength(member), value: member });
      offset += Buffer.byteLength(member) + 3;
    }
    yield spans;
  }
}

/**
 * The display name of a mailbox, `宁海波 <ningh@…>` or `"宁海波" <ningh@…>`
 * (a mail's From, To and Cc, an address book's line): a run of CJK just
 * before the angle-bracketed address, quoted or not, a space between at most.
 */
export function* mailboxNames(seg: Buffer): Generator<NameSpan> {
  for (let at = seg.indexOf(0x3c); at >= 0; at = seg.indexOf(0x3c, at + 1)) {
    // (The address is looked for within 256 bytes: a run of '<' without '>' costs no scan to the end per '<'.)
    const address = seg.subarray(at + 1, at + 257);
    const close = address.indexOf(0x3e);
    const atSign = address.indexOf(0x40);
    if (close < 0 || atSign < 0 || atSign > close || address.subarray(0, close).some((b) => b === 0x20 || b === 0x0a || b === 0x3c)) continue;
    let end = at;
    if (seg[end - 1] === 0x20) end--;
    const quoted = seg[end - 1] === 0x22;
    if (quoted) end--;
    let start = end;
    while (start >= 3 && isCjkAt(seg, start - 3) && end - start < 24) start -= 3;
    if (start === end || end - start < 6) continue;
    const before = seg[start - 1];
    if (quoted ? before !== 0x22 : before !== undefined && before !== 0x20 && before !== 0x0a && before !== 0x2c && before !== 0x3a && before !== 0x09) continue;
    yield { start, end, value: seg.toString('utf8', start, end) };
  }
}

/**
 * Words that title a ledger of gifts, donations or shares of a bill (礼金簿, 贺礼芳名录, 功德芳名录, 捐款名单, a group chat's 接龙, AA收款明细),
 * as printed and letter-spaced: markers of the keyword automaton (engine.ts), so a segment is searched for them once.
 */
export const LEDGER_TITLES: readonly string[] = ['礼金簿', '礼簿', '礼单', '礼金', '礼帐', '礼账', '喜帐', '喜账', '人情簿', '人情账', '芳名录', '芳名', '功德', '随礼', '贺礼', '喜礼',
  '捐款', '捐资', '乐捐', '集资', '善款', '奠仪', '帛金', '份子钱', '接龙',
  // a reunion's or a team's shared bill and dues (AA收款明细 … 人均：676元 ⏎ 付宇源 676 √)
  'AA收款', 'AA制', '收款明细', '人均', '会费', '班费'].flatMap((w) => [w, [...w].join(' ')]);
/** What a 接龙 orders by (3份, 2箱): an amount of a name's line, not of a product's with its price after (罗汉果 10个 ¥19.9). */
const QUANTITY = /^\d{1,3}[份件箱盒袋斤个只瓶包套]$/u;
const PRICE = /^[¥￥]|\d\.\d|[元圆]$/u;
/** The flat a neighbourhood's 接龙 gives before the name (1. 17-404 唐梦 3份). */
const FLAT = /^\d{1,4}(?:[-－]\d{1,5}){1,3}$/u;
/** An amount a ledger records: digits with or without ¥ and 元, or in words (伍佰元, 壹仟元整; OCR's 伯 and 兀 for 佰 and 元), a note in brackets after it (200（已转）). */
const AMOUNT_WORDS = '[零〇壹贰叁肆伍陆柒捌玖拾佰伯仟万萬一二三四五六七八九十百千两]{1,12}[元圆兀]整?';
const LEDGER_AMOUNT = new RegExp(`^(?:[¥￥]?\\d{1,7}(?:,\\d{3})*(?:\\.\\d{1,2})?[元圆兀]?整?|${AMOUNT_WORDS})(?:[(（][^)）]{1,8}[)）])?$`, 'u');
/** A name and an amount in words run together (郑裕轩叁佰元). */
const NAME_THEN_AMOUNT = /^([\u4e00-\u9fff·]{2,4}?)([壹贰叁肆伍陆柒捌玖拾][零〇壹贰叁肆伍陆柒捌玖拾佰伯仟万萬]*[元圆兀]整?)$/u;
/** A line that gives the amount first, then who gave it (a stele's 捐贰万元：王卫立　王　敏). */
const AMOUNT_FIRST = new RegExp(`^\\s*捐?[资款赠]?\\s*(?:[¥￥]?\\d{1,7}[元圆]|${AMOUNT_WORDS})\\s*[:：]`, 'u');
/** How a gift from a couple or a household, or for another, is written after the name (袁磊夫妇 3000, 王建国全家 500, 张玉梦代 600). */
const LEDGER_HOUSEHOLD = /(?:夫妇|夫妻|伉俪|全家|阖家|合家|一家|代)$/u;
/** A list's mark opening a line (1. 2、 3．), a 接龙's number. */
const LEDGER_MARK = /^\s*\d{1,3}[.、．)）]\s*/u;

type Word = { at: number; text: string };

/**
 * The givers in a ledger of gifts or donations (贺礼芳名录 ⏎ 冯红梅 壹仟元 ⏎
 * 饶 佳 怡 800 ⏎ 丁传军 吕庆丰 合 2000 ⏎ 1.温凯 600), for a segment a ledger's
 * title words name (the caller knows): each group of words of a name's length that an amount
 * follows (合 between: a joint gift), or that follow an amount given first
 * (捐贰万元：王卫立　王　敏, and the indented line that goes on with them).
 * A name letter-spaced by OCR or a writer's hand (程 桂 香) is one name. Each
 * name is judged alone: the same lines hold who gave without a name (新娘同事,
 * 表姐, 金辉地产).
 */
export function* ledgerNames(seg: Buffer): Generator<NameSpan> {
  let afterAmount = false;
  for (let from = 0; from < seg.length; ) {
    let to = seg.indexOf(0x0a, from);
    if (to < 0) to = seg.length;
    // (A ledger's line holds a few gifts; a long line is prose or a table, read elsewhere.)
    if (to - from <= 400) {
      const line = seg.toString('utf8', from, to).replace(/\r$/, '');
      const first = AMOUNT_FIRST.exec(line);
      if (first || (afterAmount && /^\s/u.test(line) && /^[\s\u4e00-\u9fff·]+$/u.test(line))) {
        yield* givers(from, line, first ? first[0].length : 0);
        afterAmount = true;
      } else {
        yield* ledgerLine(from, line);
        afterAmount = false;
      }
    } else afterAmount = false;
    from = to + 1;
  }
}

/** The words of line[at…], parted by spaces; a bar parts a ledger's columns (张三 500 丨 李四 300), and a gift is within one. */
function wordsOf(line: string, at: number): Word[] {
  const words: Word[] = [];
  for (const m of line.slice(at).matchAll(/[丨|｜]|[^\s丨|｜]+/gu)) words.push({ at: at + m.index!, text: m[0] });
  return words;
}

function spanOf(from: number, line: string, start: number, text: string, value: string): NameSpan {
  const s = from + Buffer.byteLength(line.slice(0, start));
  return { start: s, end: s + Buffer.byteLength(text), value };
}

/** The names of a group of words (程 桂 香: one, letter-spaced; 丁传军 吕庆丰: two). */
function* groupNames(from: number, line: string, group: readonly Word[]): Generator<NameSpan> {
  if (group.length >= 2 && group.length <= 4 && group.every((g) => [...g.text].length === 1)) {
    const first = group[0]!;
    const last = group.at(-1)!;
    yield spanOf(from, line, first.at, line.slice(first.at, last.at + last.text.length), group.map((g) => g.text).join(''));
  } else if (group.length <= 4) {
    for (const g of group) {
      const name = g.text.replace(LEDGER_HOUSEHOLD, '');
      if ([...name].length >= 2) yield spanOf(from, line, g.at, name, name);
    }
  }
}

/** Who gave an amount written before them: each word, and runs of two or three single characters as one name (王　敏). */
function* givers(from: number, line: string, at: number): Generator<NameSpan> {
  const words = wordsOf(line, at);
  for (let i = 0; i < words.length; ) {
    let j = i;
    while (j < words.length && [...words[j]!.text].length === 1) j++;
    if (j > i) {
      if (j - i === 2 || j - i === 3) yield* groupNames(from, line, words.slice(i, j));
      i = j;
    } else {
      if (/^[\u4e00-\u9fff·]{2,6}$/u.test(words[i]!.text)) yield* groupNames(from, line, [words[i]!]);
      i++;
    }
  }
}

function* ledgerLine(from: number, line: string): Generator<NameSpan> {
  const words = wordsOf(line, LEDGER_MARK.exec(line)?.[0].length ?? 0);
  if (words.length > 0 && FLAT.test(words[0]!.text)) words.shift();
  let group: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    let w = words[i]!;
    const glued = NAME_THEN_AMOUNT.exec(w.text);
    if (glued) {
      group.push({ at: w.at, text: glued[1]! });
      w = { at: w.at + glued[1]!.length, text: glued[2]! };
    }
    // (Not the first group of a longer number: 平安转账 6230 5824 7966 …)
    const amount =
      (LEDGER_AMOUNT.test(w.text) && !(/^\d{4}$/.test(w.text) && /^\d{3,4}$/.test(words[i + 1]?.text ?? ''))) ||
      (/^\d+$/.test(w.text) && words[i + 1]?.text === '元') ||
      (QUANTITY.test(w.text) && !PRICE.test(words[i + 1]?.text ?? ''));
    if (amount) {
      if (group.at(-1)?.text === '合' || group.at(-1)?.text === '共') group.pop();
      yield* groupNames(from, line, group);
      group = [];
    } else if (w.text !== '丨' && /^[\u4e00-\u9fff·]{1,6}$/u.test(w.text)) {
      group.push(w);
    } else {
      group = [];
    }
  }
}

/** What closes a wreath's or a scroll's signature at a funeral (同事 黄霞 徐瑞 敬挽). */
const MOURNING_MARKS = ['敬挽', '泣挽', '敬献'].map((w) => Buffer.from(w));

/**
 * Who sends a funeral's wreath or scroll: the words before 敬挽 in its cell or
 * line (弟子 阮亚璐 敬挽, 同事 黄霞 徐瑞 敬挽), looked for within 60 bytes;
 * each judged alone by the caller (弟子, 同事 and a company are no names).
 */
export function* mournerNames(seg: Buffer): Generator<NameSpan> {
  for (const mark of MOURNING_MARKS) {
    for (let at = seg.indexOf(mark); at >= 0; at = seg.indexOf(mark, at + mark.length)) {
      let from = Math.max(0, at - 60);
      while (from < at && (seg[from]! & 0xc0) === 0x80) from++; // (a character's start)
      const before = seg.toString('utf8', from, at);
      const cut = Math.max(...['|', '丨', '\n', '\t', ',', '，', ':', '：'].map((c) => before.lastIndexOf(c)));
      const cell = cut >= 0 ? cut + 1 : from === 0 ? 0 : -1;
      if (cell < 0) continue;
      for (const m of before.slice(cell).matchAll(/[\u4e00-\u9fff·]{2,6}/gu)) {
        const start = from + Buffer.byteLength(before.slice(0, cell + m.index!));
        yield { start, end: start + Buffer.byteLength(m[0]), value: m[0] };
      }
    }
  }
}
