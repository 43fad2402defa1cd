// A name inside a sentence that also holds a person field: `今天联系了孙娜英，
// 电话177…`, `护照号码 E…，许洋下周去东京出差`, `座机 010-… 找裴斌梦，手机…`.
// Chinese has no spaces between words, so a name is read only where words that
// stand before or after a person's name bound it on both sides: a verb of
// contact or a word of kinship before it (联系了, 找, 拜访, 长子, 我表姐), a time or a verb of speech after it
// (下周, 来电, 表示), or the end of the run of CJK characters. The run as a
// whole is left to the token rules (a name alone between separators), but for
// the sentence's subject, its first run before a comma (张伟，男，…); and the
// caller checks the name itself (surname, stopwords, a given name of common
// characters: rules' `given_chars`, no brand or place: `loose_exclude`) and
// keeps it to sentences that hold a person field.

import { isCjkAt } from './cells.js';

/** Words a name follows in a sentence: the verbs of contacting, meeting and giving to someone. */
const BEFORE = [
  ...['我是', '我叫', '找', '联系', '联系了', '联络', '拜访', '拜访了', '回访', '回访了', '致电', '打给', '通知', '转告', '告诉'],
  ...['约了', '约见', '见了', '添加', '加', '帮', '替', '给', '和', '跟', '与', '问', '让', '请', '交给', '转给', '送给', '寄给', '发给'],
  ...['一下'], // 联系一下张伟, 问一下…
  // who the person is to the one writing or to the deceased (长子王义国 151…, 其儿媳颜娜晓说…, 我表姐汪华顺 151…)
  ...['长子', '次子', '长女', '次女', '儿子', '女儿', '儿媳', '女婿', '孙子', '孙女', '配偶', '家属', '姐姐', '妹妹', '哥哥', '弟弟'],
  ...['表姐', '表妹', '表哥', '表弟', '堂哥', '堂姐', '堂弟', '堂妹', '我哥', '我姐', '我弟', '我妹', '其女', '其子', '孩子'],
];

/** Words that follow a name in a sentence: forms of address, times, verbs of speaking and calling, whose number. */
const AFTER = [
  ...['先生', '女士', '小姐', '下周', '上周', '本周', '明天', '今天', '昨天', '后天', '上午', '下午', '晚上', '刚才', '刚刚', '已经'],
  ...['表示', '反馈', '来电', '来访', '致电', '要求', '咨询', '投诉', '购买', '申请', '打来', '通了', '打了', '说要', '说过'],
  ...['的电话', '的手机', '的身份证', '的护照', '的邮箱', '的银行卡', '的卡号', '的微信', '电话', '手机', '微信'],
  ...['说', '于', '约好', '办了', '办理', '买了', '订了', '签了', '付了', '交了', '来了', '到了', '回电', '回复', '下单', '预约', '报名'],
];

/** The last character of a department's name (人力资源部, 秘书处, 财务科, 办公室), two to eight characters long. */
const DEPARTMENT_END = /^[\u4e00-\u9fff]{1,7}?[部处科室]/u;

/** Words of an address: what follows one in the same run is a place (朝阳区和平里), not a person. */
const ADDRESS = /[省市区县镇乡村路街巷道号栋楼室苑]/;

export interface SentenceName {
  start: number;
  end: number;
  value: string;
}

/**
 * Names in seg[from, to), one sentence: in each run of CJK characters, a span
 * of two to four characters that a BEFORE word or the run's start bounds on
 * the left and an AFTER word or the run's end on the right — not the whole
 * run — for which `isName` holds. The first such span of a run that is a name
 * wins, the longest first from each start.
 */
export function namesInSentence(seg: Uint8Array, from: number, to: number, isName: (value: string) => boolean): SentenceName[] {
  const out: SentenceName[] = [];
  let p = from;
  let first = true;
  while (p < to) {
    if (!isCjkAt(seg, p)) {
      p++;
      continue;
    }
    const s = p;
    while (p + 3 <= to && isCjkAt(seg, p)) p += 3;
    if (p === s) break; // a character cut by `to`
    const run = Buffer.from(seg.buffer, seg.byteOffset + s, p - s).toString('utf8');
    // The sentence's subject, a whole run before a comma (张伟，男，1985年生，手机…): its person.
    const subject = first && listSeparatorAt(seg, p) && isName(run) ? { at: 0, value: run } : null;
    const name = subject ?? nameInRun(run, isName);
    if (name) out.push({ start: s + name.at * 3, end: s + (name.at + name.value.length) * 3, value: name.value });
    first = false;
  }
  return out;
}

/** A comma, an enumeration comma or a colon at p (，、：,:). */
function listSeparatorAt(seg: Uint8Array, p: number): boolean {
  const b = seg[p];
  if (b === 0x2c || b === 0x3a) return true;
  return (b === 0xef && seg[p + 1] === 0xbc && (seg[p + 2] === 0x8c || seg[p + 2] === 0x9a)) || (b === 0xe3 && seg[p + 1] === 0x80 && seg[p + 2] === 0x81);
}

function nameInRun(run: string, isName: (value: string) => boolean): { at: number; value: string } | null {
  if (run.length < 3) return null; // a run of two is all name or none: the token rules' case
  // A run that begins with such a word does not begin with a name (和房东通了电话: 和 is a surname too).
  const starts = BEFORE.some((w) => run.startsWith(w)) ? [] : [0];
  for (const w of BEFORE) {
    for (let at = run.indexOf(w); at >= 0; at = run.indexOf(w, at + 1)) {
      starts.push(at + w.length);
      // 联系人力资源部韩鹏思, 联系秘书处梁春: the department the person works in, between the verb and the name.
      const unit = DEPARTMENT_END.exec(run.slice(at + w.length, at + w.length + 9));
      if (unit) starts.push(at + w.length + unit[0].length);
    }
  }
  starts.sort((a, b) => a - b);
  for (const a of starts) {
    if (ADDRESS.test(run.slice(0, a))) break;
    for (let n = 4; n >= 2; n--) {
      const b = a + n;
      if (b > run.length || (a === 0 && b === run.length)) continue;
      if (b < run.length && !AFTER.some((w) => run.startsWith(w, b))) continue;
      const value = run.slice(a, b);
      if (isName(value)) return { at: a, value };
    }
  }
  return null;
}
