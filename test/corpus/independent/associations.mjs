#!/usr/bin/env node
/*
 * Independent labelled test corpus for listguard — theme: personal data in
 * associations' records (商会 / 行业协会 会员名录 with 统一社会信用代码 and
 * 法定代表人/联系人, 校友会 通讯录, 老乡会 / 同学会 接龙 and AA 收款, 工会 会员
 * 名册 and 慰问 发放表, 学会 理事名单, 志愿者协会 and 车友会 rosters, 年会 座次表,
 * 会费 收缴 bank records, 选举 公示 and 票数, 微信群 chats, mails to members,
 * OCR'd 名片 and 入会申请表, 会议纪要, 短信 logs, 签到 logs, 出访团 名单, 秘书处 notes).
 *
 * Written in session 27 by a helper that never read src/, rules/ or test/,
 * from cn-formats.md and DESIGN.md only.
 *
 * Usage:   node associations.mjs OUT.jsonl
 * Output:  one JSON object per line:
 *   {"id":"as-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          must NOT be reported under any detector
 * Detectors: person_name_zh, cn_mobile, cn_resident_id, bank_card, email,
 *            cn_landline, cn_passport, cn_uscc.
 * Normalisation of values: cn_resident_id 18 chars, upper-case X (15-digit
 * legacy numbers are upgraded to 18); cn_mobile 11 digits (no +86, no
 * separators); cn_landline digits incl. leading 0 + area code, no separators,
 * no extension; email lower-case; bank_card digits only; cn_passport and
 * cn_uscc upper-case; person_name_zh the name as written without spaces or
 * titles. Decoys carry their exact text as written.
 *
 * All values are synthetic: check digits (ID MOD 11-2, Luhn, USCC GB 32100 +
 * GB 11714) are computed here; regions are real GB/T 2260 county codes; mobile
 * prefixes are allocated ones. Deterministic (own mulberry32 PRNG, fixed seed),
 * no clock, no I/O except OUT. Ends with a self-check (exit 1 on failure) and
 * prints a summary.
 */
import { writeFileSync } from 'node:fs';

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x27A5C0DE);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
function wpick(pairs) {
  let t = 0; for (const [, w] of pairs) t += w;
  let r = rnd() * t;
  for (const [x, w] of pairs) { if ((r -= w) < 0) return x; }
  return pairs[pairs.length - 1][0];
}
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const pad = (n, w) => String(n).padStart(w, '0');
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const FWd = (s) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xFEE0));
const wlen = (s) => [...s].reduce((a, c) => a + (c.codePointAt(0) > 0x2E80 ? 2 : 1), 0);
const padW = (s, w) => s + ' '.repeat(Math.max(1, w - wlen(s)));
const csvCell = (s) => (/[",\n]/.test(String(s)) ? '"' + String(s).replace(/"/g, '""') + '"' : String(s));
const xmlEsc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// ---------------------------------------------------------------- check algorithms
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheckChar(b17) { let s = 0; for (let i = 0; i < 17; i++) s += (+b17[i]) * ID_W[i]; return '10X98765432'[s % 11]; }
const PROV = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82', '83']);
const dim = (y, m) => [31, ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
const validDate = (y, m, d) => m >= 1 && m <= 12 && d >= 1 && d <= dim(y, m);
function idValid18(s) {
  if (!/^\d{17}[\dX]$/.test(s) || !PROV.has(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || y > 2025 || !validDate(y, m, d)) return false;
  return idCheckChar(s.slice(0, 17)) === s[17];
}
const upgrade15 = (s) => { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheckChar(b); };
const idValid15 = (s) => /^\d{15}$/.test(s) && idValid18(upgrade15(s));
function luhnOk(s) { let sum = 0, dbl = false; for (let i = s.length - 1; i >= 0; i--) { let d = +s[i]; if (dbl) { d *= 2; if (d > 9) d -= 9; } sum += d; dbl = !dbl; } return sum % 10 === 0; }
function luhnDigit(p) { for (let d = 0; d < 10; d++) if (luhnOk(p + d)) return String(d); }
function luhnBreak(s) { return luhnOk(s) ? s.slice(0, -1) + ((+s.slice(-1) + 3) % 10) : s; }
const MOB_RE = /^1(3\d|4[57]|5[0-35-9]|6[2567]|7[0-35-8]|8\d|9[0-35-9])\d{8}$/;
const mobValid = (s) => MOB_RE.test(s) || /^1610\d{7}$/.test(s) || /^1740[0-5]\d{6}$/.test(s);
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(b17[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; }
const OW = [3, 7, 9, 10, 5, 8, 4, 2];
function orgCheck(b8) { let s = 0; for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * OW[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
function usccValid(s) { return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s) && usccCheck(s.slice(0, 17)) === s[17] && orgCheck(s.slice(8, 16)) === s[16]; }
function makeUSCC(cat, region) {
  const body = chance(0.72) ? 'MA' + Array.from({ length: 6 }, () => pick(UA.split(''))).join('') : String(ri(1, 9)) + digits(7);
  const b17 = cat + region + body + orgCheck(body);
  return b17 + usccCheck(b17);
}
function badUSCC(u) { const ok = u[17]; let c; do { c = pick(UA.split('')); } while (c === ok || (/^\d{17}$/.test(u.slice(0, 17)) && /\d/.test(c) && luhnOk(u.slice(0, 17) + c))); return u.slice(0, 17) + c; }

// ---------------------------------------------------------------- people data
const SURN = [['王', 8], ['李', 8], ['张', 7], ['刘', 6], ['陈', 6], ['杨', 4], ['黄', 4], ['赵', 4], ['吴', 3.5], ['周', 3.5], ['徐', 2.5], ['孙', 2.5], ['马', 2.2], ['朱', 2], ['胡', 2], ['郭', 2], ['何', 2], ['高', 2], ['林', 2.5], ['罗', 1.8], ['郑', 2], ['梁', 1.6], ['谢', 1.5], ['宋', 1.3], ['唐', 1.3], ['许', 1.4], ['韩', 1.1], ['冯', 1.1], ['邓', 1.1], ['曹', 1], ['彭', 1.1], ['曾', 1.2], ['肖', 1], ['田', 0.9], ['董', 0.9], ['袁', 0.9], ['潘', 0.9], ['于', 0.8], ['蒋', 0.8], ['蔡', 1], ['余', 0.8], ['杜', 0.8], ['叶', 0.9], ['程', 0.7], ['苏', 0.8], ['魏', 0.7], ['吕', 0.6], ['丁', 0.6], ['任', 0.6], ['沈', 0.7], ['姚', 0.6], ['卢', 0.6], ['姜', 0.6], ['崔', 0.5], ['钟', 0.6], ['谭', 0.6], ['陆', 0.6], ['汪', 0.6], ['范', 0.6], ['金', 0.6], ['石', 0.5], ['廖', 0.5], ['贾', 0.4], ['夏', 0.4], ['韦', 0.4], ['付', 0.4], ['方', 0.5], ['白', 0.4], ['邹', 0.4], ['孟', 0.4], ['熊', 0.4], ['秦', 0.3], ['邱', 0.4], ['江', 0.4], ['尹', 0.3], ['薛', 0.3], ['闫', 0.3], ['段', 0.3], ['雷', 0.3], ['侯', 0.3], ['龙', 0.3], ['史', 0.3], ['陶', 0.3], ['黎', 0.3], ['贺', 0.3], ['顾', 0.3], ['毛', 0.3], ['郝', 0.3], ['龚', 0.3], ['邵', 0.3], ['万', 0.3], ['钱', 0.3], ['严', 0.3], ['覃', 0.2], ['武', 0.3], ['戴', 0.3], ['莫', 0.2], ['孔', 0.2], ['向', 0.2], ['汤', 0.2], ['温', 0.2], ['洪', 0.3], ['柯', 0.2], ['翁', 0.2], ['施', 0.2], ['詹', 0.2], ['谌', 0.1], ['欧阳', 0.25], ['司马', 0.05], ['诸葛', 0.04], ['上官', 0.05], ['司徒', 0.06], ['令狐', 0.03]];
const PY = {};
('王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he 高gao 林lin 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai 余yu 杜du 叶ye 程cheng 苏su 魏wei 吕lv 丁ding 任ren 沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan 陆lu 汪wang 范fan 金jin 石shi 廖liao 贾jia 夏xia 韦wei 付fu 方fang 白bai 邹zou 孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin 薛xue 闫yan 段duan 雷lei 侯hou 龙long 史shi 陶tao 黎li 贺he 顾gu 毛mao 郝hao 龚gong 邵shao 万wan 钱qian 严yan 覃qin 武wu 戴dai 莫mo 孔kong 向xiang 汤tang 温wen 洪hong 柯ke 翁weng 施shi 詹zhan 谌chen 欧阳ouyang 司马sima 诸葛zhuge 上官shangguan 司徒situ 令狐linghu ' +
  '伟wei 芳fang 娜na 敏min 静jing 丽li 强qiang 磊lei 军jun 洋yang 勇yong 艳yan 杰jie 涛tao 明ming 超chao 秀xiu 霞xia 平ping 刚gang 桂gui 英ying 华hua 建jian 国guo 文wen 红hong 海hai 波bo 宇yu 婷ting 浩hao 鹏peng 辉hui 玲ling 晶jing 琳lin 欣xin 颖ying 倩qian 雪xue 慧hui 佳jia 俊jun 凯kai 志zhi 永yong 春chun 燕yan 荣rong 斌bin 晓xiao 思si 子zi 梓zi 涵han 轩xuan 博bo 晨chen 睿rui 嘉jia 怡yi 欢huan 蕾lei 帆fan 峰feng 鑫xin 淑shu 兰lan 梅mei 萍ping 琴qin 云yun 凤feng 德de 福fu 生sheng 东dong 新xin 旭xu 阳yang 昊hao 天tian 亮liang 振zhen 爱ai 立li 卫wei 忠zhong 良liang 青qing 玉yu 珍zhen 莉li 雅ya 琪qi 璐lu 瑶yao 哲zhe 逸yi 铭ming 泽ze 航hang 骏jun 家jia 锦jin 毅yi 松song 健jian 彤tong 悦yue 诗shi 坤kun 秋qiu 菊ju 冬dong 根gen 水shui 亚ya 胜sheng 源yuan 清qing')
  .split(' ').forEach((t) => { const m = /^(\p{Script=Han}+)([a-z]+)$/u.exec(t); if (m) PY[m[1]] = m[2]; });
const GM = [...'伟强磊军勇杰涛明超刚建国波浩鹏辉俊凯志永荣斌博晨睿峰鑫德福生东新旭阳昊天亮振立卫忠良哲逸铭泽航骏家锦毅松健坤根胜源清文华海宇子轩平'];
const GF = [...'芳娜敏静丽艳秀霞桂英红婷玲晶琳欣颖倩雪慧佳春燕晓思涵怡欢蕾兰梅萍琴云凤玉珍莉雅琪璐瑶彤悦诗亚秋菊文华宇子梓嘉帆青冬清'];
const MINORITY = [['阿依古丽·买买提', 'F'], ['迪丽努尔·艾合买提', 'F'], ['古丽米拉·吐尔逊', 'F'], ['热娜古丽·阿不都', 'F'], ['艾力·吐尔逊', 'M'], ['买买提江·阿不力孜', 'M'], ['阿卜杜拉·热合曼', 'M'], ['依力哈木·沙吾提', 'M']];
// names that are also brand names / words used as decoys here
const FORBID_NAMES = new Set(['石峰', '杨帆', '汪洋', '雷鸣', '金辉', '方圆', '高远', '江南', '黄河', '常青', '明珠', '林海', '周记', '田园', '华夏', '万通', '程达', '康桥', '安泰', '宋城', '马可', '白云', '龙腾']);

// real GB/T 2260 county codes
const REGIONS = ['110101', '110102', '110105', '110106', '110108', '120101', '120104', '130102', '130104', '140105', '150102', '210102', '210202', '220102', '230102', '310101', '310104', '310105', '310110', '310115', '320102', '320106', '320505', '320582', '330102', '330106', '330302', '330381', '330382', '330782', '330483', '331081', '340104', '340102', '350102', '350203', '350582', '350583', '350121', '360102', '361102', '361127', '370102', '370202', '410102', '410105', '411502', '411522', '411602', '420102', '420106', '430102', '430104', '430923', '430524', '431021', '440103', '440104', '440106', '440303', '440304', '440305', '440511', '445102', '445202', '450102', '460105', '500103', '500106', '510104', '510107', '511102', '520102', '530102', '610103', '610113', '620102', '630102', '640104', '650102'];
const MINORITY_REGIONS = ['650102', '650103', '650104'];
// every region code used anywhere below (all real GB/T 2260 county-level codes)
const ALLREG = new Set([...REGIONS, ...MINORITY_REGIONS, '445121', '411525', '361128', '330324', '340202', '441900']);

const MPRE = [['138', 6], ['139', 6], ['136', 4], ['137', 4], ['135', 4], ['134', 2], ['130', 3], ['131', 3], ['132', 3], ['133', 2], ['150', 3], ['151', 3], ['152', 3], ['153', 2], ['155', 2], ['156', 3], ['157', 2], ['158', 4], ['159', 4], ['180', 2], ['181', 2], ['182', 2], ['183', 2], ['185', 3], ['186', 4], ['187', 3], ['188', 3], ['189', 3], ['177', 2], ['176', 2], ['178', 2], ['173', 2], ['175', 1], ['199', 2], ['198', 1], ['191', 1], ['195', 1], ['166', 1], ['147', 1], ['172', 1], ['193', 1], ['190', 0.5], ['192', 0.5], ['162', 0.5], ['145', 0.5], ['170', 0.5], ['171', 0.5]];
const BINS = [['622202', 19, '中国工商银行', '工行'], ['621226', 19, '中国工商银行', '工行'], ['621700', 19, '中国建设银行', '建行'], ['622700', 19, '中国建设银行', '建行'], ['622848', 19, '中国农业银行', '农行'], ['623052', 19, '中国农业银行', '农行'], ['621661', 19, '中国银行', '中行'], ['621785', 19, '中国银行', '中行'], ['622262', 19, '交通银行', '交行'], ['622588', 16, '招商银行', '招行'], ['621483', 16, '招商银行', '招行'], ['622690', 16, '中信银行', '中信'], ['622908', 18, '兴业银行', '兴业'], ['621799', 19, '中国邮政储蓄银行', '邮储'], ['622155', 16, '平安银行', '平安']];
const BRANCH_AREAS = ['城东', '城西', '福田', '南山', '鹿城', '西湖', '朝阳', '天河', '越秀', '徐汇', '浦东', '武昌', '江岸', '锦江', '高新', '滨江', '海曙', '东城', '解放路', '人民路', '中山路', '建设路'];

const used = { mob: new Set(), id: new Set(), card: new Set(), mail: new Set(), uscc: new Set(), tel: new Set(), pp: new Set() };
function uniq(set, gen) { for (let k = 0; k < 1000; k++) { const v = gen(); if (!set.has(v)) { set.add(v); return v; } } throw new Error('uniq exhausted'); }
const DEMO = new Set(['13800138000', '13912345678', '18888888888']);
const newMobile = () => uniq(used.mob, () => { let m; do { m = wpick(MPRE) + digits(8); } while (DEMO.has(m)); return m; });
function newCard() { const [bin, len, bank, short] = pick(BINS); const no = uniq(used.card, () => { const p = bin + digits(len - bin.length - 1); return p + luhnDigit(p); }); return { no, bank, short, branch: short + pick(BRANCH_AREAS) + '支行' }; }
const newQQ = () => String(ri(1, 9)) + digits(ri(7, 9));
function newTel(area) { return uniq(used.tel, () => ({ area, num: String(ri(2, 8)) + digits(7) }).area + '|' + String(ri(2, 8)) + digits(7)); }
const telObj = (area) => { const [a, n] = newTel(area).split('|'); return { area: a, num: n }; };
const newPassport = () => uniq(used.pp, () => chance(0.5) ? 'E' + digits(8) : 'E' + pick([...'ABCDEFGHJKLMNPQRSTUVWXYZ']) + digits(7));
const newUSCC = (cat, region) => uniq(used.uscc, () => makeUSCC(cat, region));

function genName(gender) {
  for (;;) {
    const sur = wpick(SURN);
    const pool = gender === 'M' ? GM : GF;
    let given = chance(0.27) ? pick(pool) : pick(pool) + pick(pool);
    if (given.length === 2 && given[0] === given[1] && (gender === 'M' || chance(0.7))) continue;
    const name = sur + given;
    if (FORBID_NAMES.has(name)) continue;
    return { sur, given, name, py: { s: PY[sur], g: [...given].map((c) => PY[c]) } };
  }
}
function newPerson(doc, o = {}) {
  const gender = o.gender || (chance(0.55) ? 'M' : 'F');
  let nm;
  for (let k = 0; k < 200; k++) {
    if (o.minority !== false && chance(o.minority ? 1 : 0.015)) { const [n, g] = pick(MINORITY.filter((m) => m[1] === gender)); nm = { name: n, py: null }; }
    else nm = genName(gender);
    if (!doc.usedNames.has(nm.name)) break;
  }
  doc.usedNames.add(nm.name);
  const [y1, y2] = o.by || [1962, 1998];
  const region = nm.py ? (o.regions ? pick(o.regions) : pick(REGIONS)) : pick(MINORITY_REGIONS);
  let p;
  for (;;) {
    const y = ri(y1, y2), m = ri(1, 12), d = ri(1, dim(y, m));
    const seq = pad(ri(0, 99), 2) + (gender === 'M' ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]));
    const legacy = !!o.legacy && y < 2000;
    const b17 = region + y + pad(m, 2) + pad(d, 2) + seq;
    const id = b17 + idCheckChar(b17);
    if (used.id.has(id)) continue;
    used.id.add(id);
    p = { ...nm, gender, sex: gender === 'M' ? '男' : '女', by: y, bm: m, bd: d, region, id, id15: legacy ? region + String(y).slice(2) + pad(m, 2) + pad(d, 2) + seq : null };
    break;
  }
  p.mobile = newMobile();
  p.qq = newQQ();
  let card = null; Object.defineProperty(p, 'card', { get: () => (card ||= newCard()) });
  return p;
}
const EN = ['david', 'kevin', 'tony', 'jack', 'eric', 'frank', 'lily', 'amy', 'vivian', 'grace', 'cindy', 'sunny', 'leo', 'allen', 'jason', 'coco', 'helen', 'sam'];
const PDOM = [['163.com', 25], ['126.com', 10], ['sina.com', 5], ['foxmail.com', 5], ['outlook.com', 5], ['gmail.com', 4], ['hotmail.com', 3], ['aliyun.com', 2], ['yeah.net', 2], ['sohu.com', 2], ['sina.cn', 1]];
function emailOf(p, pref = 'personal', co = null) {
  if (p.email) return p.email;
  const mk = () => {
    if (!p.py) return p.qq + '@qq.com';
    const s = p.py.s, g = p.py.g.join(''), gi = p.py.g.map((x) => x[0]).join(''), yy = String(p.by).slice(2);
    if (pref === 'corp' && co) return pick([g + '.' + s, s + gi, s + g, gi + '.' + s, s + '.' + g]) + '@' + co.domain;
    if (pref === 'edu' && chance(0.5)) return pick([s + g + yy, s[0] + gi + yy, s + gi]) + '@' + pick(['alumni.hust.edu.cn', 'whu.edu.cn', 'mails.zjut.edu.cn', 'stu.xjtu.edu.cn']);
    const r = rnd();
    if (r < 0.28) return p.qq + '@qq.com';
    if (r < 0.33) return p.mobile + '@139.com';
    if (r < 0.40) return pick(EN) + pick(['_', '.', '']) + s + (chance(0.5) ? ri(1, 99) : '') + '@' + wpick(PDOM);
    return pick([s + g, s + g + yy, s + g + p.by, s + '_' + g, s[0] + gi + ri(100, 9999), s + gi, gi + s + yy, g + s]) + '@' + (chance(0.15) ? 'qq.com' : wpick(PDOM));
  };
  let e = mk();
  while (used.mail.has(e)) e = e.replace('@', String(ri(1, 9)) + '@');
  used.mail.add(e); p.email = e;
  return e;
}

// ---------------------------------------------------------------- organisations
const BRANDS = [['金鼎', 'jinding'], ['华泰', 'huatai'], ['万通', 'wantong'], ['鸿运', 'hongyun'], ['恒信', 'hengxin'], ['永盛', 'yongsheng'], ['金源', 'jinyuan'], ['方圆', 'fangyuan'], ['高远', 'gaoyuan'], ['龙腾', 'longteng'], ['程达', 'chengda'], ['田园', 'tianyuan'], ['江南', 'jiangnan'], ['白云', 'baiyun'], ['周记', 'zhouji'], ['黄河', 'huanghe'], ['康桥', 'kangqiao'], ['安泰', 'antai'], ['常青', 'changqing'], ['明珠', 'mingzhu'], ['华夏', 'huaxia'], ['欧陆', 'oulu'], ['石峰', 'shifeng'], ['钱塘', 'qiantang'], ['金辉', 'jinhui'], ['宋城', 'songcheng'], ['林氏', 'linshi'], ['杨帆', 'yangfan'], ['雷鸣', 'leiming'], ['汪洋', 'wangyang'], ['曾记', 'zengji'], ['谢氏', 'xieshi'], ['马可', 'make'], ['唐韵', 'tangyun'], ['秦川', 'qinchuan'], ['罗兰', 'luolan'], ['熊猫', 'xiongmao'], ['孔雀', 'kongque'], ['龚氏', 'gongshi'], ['邵华', 'shaohua'], ['韩都', 'handu'], ['任达', 'renda'], ['温氏', 'wenshi'], ['余杭', 'yuhang'], ['宏达', 'hongda'], ['瑞丰', 'ruifeng'], ['鑫源', 'xinyuan'], ['正泰', 'zhengtai']];
const INDUSTRIES = ['建材', '科技', '贸易', '电子', '服饰', '鞋业', '五金', '物流', '餐饮管理', '装饰工程', '新材料', '食品', '汽车服务', '电器', '阀门', '眼镜', '印刷', '包装', '茶业', '家具', '模具', '软件', '网络科技', '供应链管理', '建设工程', '投资', '置业', '酒店管理', '文化传媒', '机械'];
function makeCompany(doc, city, region, inds) {
  for (let k = 0; k < 100; k++) {
    const [b, bpy] = pick(BRANDS), ind = pick(inds || INDUSTRIES);
    const short = b + ind;
    if (doc.usedCos.has(short)) continue;
    doc.usedCos.add(short);
    const ge = chance(0.12);
    const suffix = ge ? '商行' : wpick([['有限公司', 70], ['股份有限公司', 8], ['有限责任公司', 8], ['厂', 4]]);
    const full = (chance(0.6) && city ? city + '市' : '') + short + suffix;
    const domain = bpy + pick(['', 'group', 'tech', '-' + ind.length, 'gs', 'co']) + pick(['.com', '.cn', '.com.cn', '.net']);
    return { full, short, brand: b, uscc: newUSCC(ge ? '92' : '91', region), domain: domain.replace('-' + ind.length, pick(['-jc', '-sy', '-wl', '-tech'])), orgMail: pick(['info', 'office', 'hr', 'admin', 'sales', 'service']) + '@' + domain.replace('-' + ind.length, '') };
  }
  throw new Error('company');
}
const CHAMBERS = [
  { name: '深圳市温州商会', code: 'WZSH', city: '深圳', area: '0755', reg: '440300', home: ['330302', '330381', '330382', '330324'], hn: '温州' },
  { name: '上海市福建商会', code: 'SHFJ', city: '上海', area: '021', reg: '310115', home: ['350582', '350583', '350102', '350203'], hn: '福建' },
  { name: '北京河南企业商会', code: 'BJHN', city: '北京', area: '010', reg: '110105', home: ['411502', '411522', '411525', '410102', '410105', '411602'], hn: '河南' },
  { name: '杭州市江西商会', code: 'HZJX', city: '杭州', area: '0571', reg: '330106', home: ['361102', '361127', '361128', '360102'], hn: '江西' },
  { name: '广州市潮汕商会', code: 'GZCS', city: '广州', area: '020', reg: '440106', home: ['445102', '445121', '440511', '445202'], hn: '潮汕' },
  { name: '苏州市安徽商会', code: 'SZAH', city: '苏州', area: '0512', reg: '320505', home: ['340104', '340102', '340202'], hn: '安徽' },
  { name: '成都市浙江商会', code: 'CDZJ', city: '成都', area: '028', reg: '510107', home: ['330302', '330106', '330782', '331081'], hn: '浙江' },
  { name: '东莞市湖南商会', code: 'DGHN', city: '东莞', area: '0769', reg: '441900', home: ['430923', '430524', '431021', '430102'], hn: '湖南' },
  { name: '武汉市晋江商会', code: 'WHJJ', city: '武汉', area: '027', reg: '420106', home: ['350582'], hn: '晋江' },
  { name: '天津市温州商会', code: 'TJWZ', city: '天津', area: '022', reg: '120104', home: ['330302', '330381', '330382'], hn: '温州' },
];
const IASSOC = [
  { name: '深圳市电子商务协会', code: 'SZEC', city: '深圳', area: '0755', reg: '440300', inds: ['网络科技', '电子商务', '供应链管理', '电子', '软件'] },
  { name: '浙江省建筑装饰行业协会', code: 'ZJZS', city: '杭州', area: '0571', reg: '330100', inds: ['装饰工程', '建设工程', '建材', '设计'] },
  { name: '广东省家具协会', code: 'GDJJ', city: '佛山', area: '0757', reg: '440600', inds: ['家具', '家居', '木业', '五金'] },
  { name: '杭州市餐饮行业协会', code: 'HZCY', city: '杭州', area: '0571', reg: '330100', inds: ['餐饮管理', '食品', '酒店管理'] },
  { name: '江苏省物流与供应链协会', code: 'JSWL', city: '南京', area: '025', reg: '320100', inds: ['物流', '供应链管理', '运输', '仓储'] },
  { name: '上海市软件行业协会', code: 'SHRJ', city: '上海', area: '021', reg: '310104', inds: ['软件', '信息技术', '网络科技', '数据科技'] },
  { name: '东莞市模具行业协会', code: 'DGMJ', city: '东莞', area: '0769', reg: '441900', inds: ['模具', '精密机械', '五金制品', '塑胶'] },
  { name: '宁波市外贸企业协会', code: 'NBWM', city: '宁波', area: '0574', reg: '330203', inds: ['进出口', '贸易', '电器', '服饰'] },
];
const CITY_AREA = [['深圳', '0755'], ['上海', '021'], ['北京', '010'], ['杭州', '0571'], ['广州', '020'], ['苏州', '0512'], ['成都', '028'], ['东莞', '0769'], ['武汉', '027'], ['天津', '022'], ['南京', '025'], ['西安', '029'], ['重庆', '023'], ['宁波', '0574'], ['温州', '0577'], ['佛山', '0757'], ['青岛', '0532'], ['长沙', '0731'], ['郑州', '0371'], ['福州', '0591']];
const UNIS = [['华中科技大学', 'hust'], ['武汉大学', 'whu'], ['湖南大学', 'hnu'], ['浙江工业大学', 'zjut'], ['西安交通大学', 'xjtu'], ['四川大学', 'scu'], ['南昌大学', 'ncu'], ['郑州大学', 'zzu'], ['福州大学', 'fzu'], ['汕头大学', 'stu'], ['江西财经大学', 'jxufe'], ['温州医科大学', 'wmu']];
const MAJORS = ['计科', '软工', '电信', '自动化', '机械', '土木', '会计', '国贸', '法学', '英语', '临床', '建筑', '金融', '市营', '通信', '化工'];
const BIGCOS = ['华为技术有限公司', '中兴通讯股份有限公司', '腾讯科技（深圳）有限公司', '平安科技（深圳）有限公司', '招商银行股份有限公司', '万科企业股份有限公司', '金蝶软件（中国）有限公司', '比亚迪股份有限公司', '中国建设银行', '国家电网', '市第一人民医院', '区人民医院', '市税务局', '实验中学', '阿里巴巴（中国）有限公司', '美的集团', '顺丰速运有限公司', '海康威视'];
const TITLES = ['工程师', '高级工程师', '项目经理', '总监', '副总经理', '总经理', '主治医师', '副主任医师', '教师', '律师', '合伙人', '财务经理', '公务员', '自由职业', '创业中', '产品经理', '架构师', '董事长', '销售经理', '部门经理'];
const UNIONS = [
  { name: '苏州精工机械有限公司工会委员会', city: '苏州', area: '0512', regions: ['320505', '320582', '340104', '411602', '430923'] },
  { name: '温州鹿城区教育工会', city: '温州', area: '0577', regions: ['330302', '330381', '330382', '330324'] },
  { name: '东莞鸿运电子有限公司工会', city: '东莞', area: '0769', regions: ['441900', '430923', '445202', '450102', '511102', '411502'] },
  { name: '武汉市第三人民医院工会', city: '武汉', area: '027', regions: ['420102', '420106', '430102'] },
  { name: '杭州公交集团第二分公司工会', city: '杭州', area: '0571', regions: ['330102', '330106', '330483', '361102'] },
  { name: '成都锦江区环卫所工会小组', city: '成都', area: '028', regions: ['510104', '510107', '511102', '500106'] },
  { name: '天津港物流有限公司工会委员会', city: '天津', area: '022', regions: ['120101', '120104', '130102', '130104'] },
];
const HOMETOWN = [
  { name: '在深安化老乡会', short: '安化', city: '深圳', regions: ['430923'], place: '福田区车公庙湘里人家酒楼3楼', decoy: null },
  { name: '驻沪潮汕同乡会青年委员会', short: '潮汕', city: '上海', regions: ['445102', '445121', '440511'], place: '徐汇区漕溪北路潮汕大酒楼', decoy: null },
  { name: '北京信阳老乡会', short: '信阳', city: '北京', regions: ['411502', '411522', '411525'], place: '朝阳区望京信阳菜馆', decoy: null },
  { name: '杭州上饶老乡联谊会', short: '上饶', city: '杭州', regions: ['361102', '361127', '361128'], place: '西湖区文三路赣味轩', decoy: null },
  { name: '广州周口老乡会', short: '周口', city: '广州', regions: ['411602'], place: '天河区岗顶豫香园', decoy: '周口' },
  { name: '驻京张家港同乡会', short: '张家港', city: '北京', regions: ['320582'], place: '海淀区苏州街江南人家', decoy: '张家港' },
  { name: '深圳温州平阳老乡会', short: '平阳', city: '深圳', regions: ['330302', '330381'], place: '南山区科技园瓯江酒家', decoy: null },
];
const SCHOOLS = ['瑞安中学', '安化一中', '信阳高级中学', '晋江一中', '潮州金山中学', '上饶中学', '张家港高级中学', '长沙市一中'];

// ---------------------------------------------------------------- written forms
function fmtMobile(m, st) {
  const a = m.slice(0, 3), b = m.slice(3, 7), c = m.slice(7);
  switch (st) {
    case 'sp': return `${a} ${b} ${c}`;
    case 'dash': return `${a}-${b}-${c}`;
    case 'p86': return '+86' + m;
    case 'p86sp': return `+86 ${a} ${b} ${c}`;
    case 'p86d': return '+86-' + m;
    case '0086': return '0086 ' + m;
    case 'par': return '(+86)' + m;
    case 'fw': return FWd(m);
    case 'sp2': return `${a} ${b}${c}`;
    default: return m;
  }
}
const MS_CSV = [['plain', 92], ['dash', 3], ['sp', 3], ['p86', 2]];
const MS_FREE = [['plain', 60], ['sp', 12], ['dash', 9], ['sp2', 5], ['p86', 4], ['p86sp', 4], ['fw', 2], ['p86d', 2], ['0086', 1], ['par', 1]];
function fmtID(id, st) {
  switch (st) {
    case 'x': return id.replace(/X$/, 'x');
    case 'sp': return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    case 'fw': return FWd(id).replace(/X$/, 'Ｘ');
    default: return id;
  }
}
const IS_FREE = [['plain', 80], ['x', 6], ['sp', 8], ['fw', 3]];
function fmtCard(no, st) {
  switch (st) {
    case 'g4': return no.replace(/(\d{4})(?=\d)/g, '$1 ');
    case 'g4d': return no.replace(/(\d{4})(?=\d)/g, '$1-');
    case 'wrap': return no.slice(0, 13) + '\n' + no.slice(13);
    default: return no;
  }
}
function fmtTel(t, st) {
  const n = t.num, a = t.area, n1 = n.slice(0, 4), n2 = n.slice(4);
  switch (st) {
    case 'sp': return `${a} ${n1} ${n2}`;
    case 'par': return `(${a})${n}`;
    case 'fwpar': return `（${a}）${n1}-${n2}`;
    case 'p86': return `+86-${a.slice(1)}-${n}`;
    case 'p86sp': return `+86 ${a.slice(1)} ${n1} ${n2}`;
    case 'dash2': return `${a}-${n1}-${n2}`;
    default: return `${a}-${n}`;
  }
}
const TS = [['dash', 60], ['sp', 10], ['par', 8], ['fwpar', 5], ['p86', 5], ['p86sp', 4], ['dash2', 8]];
function fmtName(n, st) {
  if (st === 'pad' && n.length === 2) return n[0] + '\u3000' + n[1];
  if (st === 'sp') return [...n].join(' ');
  if (st === 'sp2' && n.length === 2) return n[0] + '  ' + n[1];
  return n;
}
function fmtMail(e, st) {
  if (st === 'cap') return e[0].toUpperCase() + e.slice(1);
  if (st === 'fw') return e.replace('@', '＠');
  return e;
}

// ---------------------------------------------------------------- document model
class Doc {
  constructor(kind) { this.kind = kind; this.ents = new Map(); this.dcs = new Map(); this.decs = new Map(); this.forms = []; this.usedNames = new Set(); this.usedCos = new Set(); }
  _reg(map, det, value, written, broken) { const k = det + '\u0000' + value; if (!map.has(k)) map.set(k, { detector: det, value }); this.forms.push({ det, value, written, broken: !!broken, ent: map === this.ents }); return written; }
  e(det, value, written) { return this._reg(this.ents, det, value, written ?? value); }
  c(det, value, written, broken) { return this._reg(this.dcs, det, value, written ?? value, broken); }
  x(kind, text) { text = String(text); if (!text) throw new Error('empty decoy ' + kind); const k = kind + '\u0000' + text; if (!this.decs.has(k)) this.decs.set(k, { kind, text }); return text; }
  nm(p, st = 'plain') { return this.e('person_name_zh', p.name, fmtName(p.name, st)); }
  nmc(p, st = 'plain') { return this.c('person_name_zh', p.name, fmtName(p.name, st)); }
  mob(m, st = 'plain') { return this.e('cn_mobile', m, fmtMobile(m, st)); }
  id(p, st = 'plain') { if (st === 'legacy') return this.e('cn_resident_id', p.id, p.id15 || p.id); return this.e('cn_resident_id', p.id, fmtID(p.id, st)); }
  card(no, st = 'plain') { return this.e('bank_card', no, fmtCard(no, st)); }
  mail(addr, st = 'plain') {
    const w = fmtMail(addr, st); this.e('email', addr.toLowerCase(), w);
    const local = addr.split('@')[0]; if (mobValid(local)) this.e('cn_mobile', local, local);
    return w;
  }
  tel(t, st = 'dash') { return this.e('cn_landline', t.area + t.num, fmtTel(t, st)); }
  uscc(u, st) { return this.e('cn_uscc', u, st === 'sp' ? u.slice(0, 8) + ' ' + u.slice(8) : u); }
  pp(no) { return this.e('cn_passport', no, no); }
  // decoy helpers
  co(c, form = 'full') { return this.x('企业名称', form === 'short' ? c.short : c.full); }
  role(r) { return this.x('职务', r); }
  date(s) { return this.x('日期', s); }
  amt(s) { return this.x('金额', s); }
  maskMob(m) { return this.x('掩码手机号', m.slice(0, 3) + '****' + m.slice(7)); }
  maskId(id, st = 0) { return this.x('掩码身份证号', st ? id.slice(0, 4) + '**********' + id.slice(14) : id.slice(0, 6) + '********' + id.slice(14)); }
  maskCard(no) { return this.x('掩码银行卡号', no.slice(0, 4) + ' **** **** ' + no.slice(-4)); }
  maskName(n) { return this.x('掩码姓名', n.length === 2 ? n[0] + '*' : n[0] + '*' + n.slice(2)); }
}
const docs = [];
const counters = {};
function emit(doc, text) {
  counters[doc.kind] = (counters[doc.kind] || 0) + 1;
  for (const k of [...doc.dcs.keys()]) if (doc.ents.has(k)) doc.dcs.delete(k);
  docs.push({ obj: { id: `as-${doc.kind}-${counters[doc.kind]}`, kind: doc.kind, text, entities: [...doc.ents.values()], dontCare: [...doc.dcs.values()], decoys: [...doc.decs.values()] }, doc });
}

// ---------------------------------------------------------------- date helpers
const WEEK = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
function rdate(y1, y2) { const y = ri(y1, y2), m = ri(1, 12); return { y, m, d: ri(1, dim(y, m)) }; }
const ymd = (o, sep = '-') => `${o.y}${sep}${pad(o.m, 2)}${sep}${pad(o.d, 2)}`;
const cnd = (o) => `${o.y}年${o.m}月${o.d}日`;
const wday = (o) => WEEK[new Date(Date.UTC(o.y, o.m - 1, o.d)).getUTCDay()];
const hms = () => `${pad(ri(7, 22), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`;
function msEpoch(o) { return Date.UTC(o.y, o.m - 1, o.d, ri(0, 15), ri(0, 59), ri(0, 59)) + ri(0, 999); }
const plate = () => pick(['浙A', '浙C', '粤B', '粤S', '沪A', '京N', '苏E', '川A', '湘A', '鄂A', '津B', '闽D']) + (chance(0.3) ? pick(['D', 'F']) + pick([...'ABCDEFGHJKLMN0123456789']) + digits(4) : pick([...'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789']) + pick([...'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789']) + digits(3));
const plateDot = (p) => (chance(0.3) ? p.slice(0, 2) + '·' + p.slice(2) : p);
const amtStr = (v, style) => style === 'yuan' ? `${v}元` : style === 'cny' ? `¥${v.toLocaleString('en-US')}.00` : `${v}.00`;

function badMobile() { return pick(['154', '140', '141', '144', '146']) + digits(8); }
function typoMobile(m) { return chance(0.5) ? m.slice(0, 10) : m + String(ri(0, 9)); }
const luhnRuns = (s) => (s.match(/\d{16,19}/g) || []).some(luhnOk);
function badIdCheck(id) { const ok = id[17]; const alts = '0123456789X'.split('').filter((c) => c !== ok && !luhnRuns(id.slice(0, 17) + c)); return id.slice(0, 17) + pick(alts); }
function badIdDate(p) { for (;;) { const b = p.region + String(p.by) + pick(['0230', '0231', '1301', '0431', '0631', '0000']) + pad(ri(0, 999), 3); const v = b + idCheckChar(b); if (!luhnRuns(v)) return v; } }
function oldRegNo(region) { for (;;) { const s = region + digits(9); if (!idValid15(s)) return s; } }
function serialNo(prefix, n) { let s; do { s = prefix + digits(n - prefix.length); } while ((s.length >= 16 && s.length <= 19 && luhnOk(s)) || usccValid(s) || idValid18(s)); return s; }
function corpAccount() {
  const t = ri(0, 4);
  if (t === 0) return luhnBreak('4000' + digits(15));       // ICBC 19
  if (t === 1) return '4420' + digits(16);                  // CCB 20
  if (t === 2) return String(ri(3, 8)) + digits(11);        // BOC 12
  if (t === 3) return '1905' + digits(11);                  // ABC 15
  return '7559' + digits(8);                                // CMB 12
}
const corpAcctFmt = (a) => (chance(0.4) ? a.replace(/(\d{4})(?=\d)/g, '$1 ') : a);

// ================================================================ generators
// 1. 商会会员名录
function genChamberRoster() {
  const d = new Doc('chamber_roster'); const ch = pick(CHAMBERS);
  const yr = ri(2021, 2024), mo = ri(1, 12);
  const tsv = chance(0.25), sep = tsv ? '\t' : ',', cell = tsv ? (s) => String(s) : csvCell;
  const A = chance(0.6);
  const pub = chance(0.2);
  const hdr = A ? ['序号', '企业名称', '统一社会信用代码', '法定代表人', '会内职务', '联系人', '联系电话', '电子邮箱', '入会时间', '会员证号']
    : ['No.', '单位名称', '信用代码', '法人代表', '职务', '联系人', '手机', '邮箱', '入会年份', '证号'];
  const L = [];
  if (chance(0.7) || pub) L.push(cell(`${ch.name}会员名录（${pub ? '对外公开版' : yr + '年' + mo + '月更新'}）`) + sep.repeat(hdr.length - 1));
  L.push(hdr.join(sep));
  const n = ri(7, 15);
  for (let i = 0; i < n; i++) {
    const co = makeCompany(d, ch.city, ch.reg);
    const rep = newPerson(d, { regions: ch.home, by: [1958, 1990] });
    const role = i === 0 ? '会长' : i < 3 ? '常务副会长' : i < 7 ? '副会长' : chance(0.5) ? '理事' : '会员';
    let usccCell;
    const ru = rnd();
    if (ru < 0.07) usccCell = d.x('USCC校验位错误', badUSCC(co.uscc)); else if (ru < 0.1) usccCell = '（待补）'; else if (ru < 0.2) usccCell = d.x('工商注册号', oldRegNo(ch.reg)) + '（旧照）'; else usccCell = d.uscc(co.uscc);
    let contactCell, contactP = rep;
    const r = rnd();
    if (r < 0.3) contactCell = chance(0.5) ? d.x('联系人占位', pick(['同上', '本人'])) : d.nm(rep);
    else if (r < 0.86) { contactP = newPerson(d, { by: [1975, 2000] }); contactCell = d.nm(contactP); }
    else { contactCell = d.x('部门名称', pick(['办公室', '行政部', '财务部', '总经办', '董事长秘书'])); contactP = null; }
    let phone;
    if (contactP && pub) phone = d.maskMob(contactP.mobile);
    else if (contactP && chance(0.88)) phone = d.mob(contactP.mobile, wpick(MS_CSV));
    else phone = d.tel(telObj(ch.area), wpick([['dash', 8], ['dash2', 1], ['sp', 1]]));
    let mail = '';
    if (!pub && chance(0.72)) mail = d.mail(contactP ? emailOf(contactP, chance(0.4) ? 'corp' : 'personal', co) : co.orgMail);
    const jy = ri(2008, yr);
    const joined = d.date(A ? `${jy}-${pad(ri(1, 12), 2)}` : `${jy}年`);
    const memNo = d.x('会员证号', A ? `${ch.code}${jy}${pad(i + 1, 3)}` : `No.${pad(ri(1, 600), 4)}`);
    L.push([i + 1, d.co(co), usccCell, d.nm(rep), d.role(role), contactCell, phone, mail, joined, memNo].map(cell).join(sep));
  }
  if (chance(0.6)) {
    const sec = newPerson(d, { by: [1980, 1998] });
    L.push('');
    L.push(cell(`注：本名录仅供会员内部联络使用，请勿外传。如信息有变动请联系秘书处${d.nm(sec)}（${d.mob(sec.mobile)}）。`));
  }
  emit(d, L.join('\n'));
}

// 2. 行业协会 会员系统导出 (XML / JSON)
function genIndustryAssoc() {
  const d = new Doc('industry_assoc'); const as = pick(IASSOC);
  const n = ri(4, 10);
  const when = rdate(2023, 2024);
  const recs = [];
  for (let i = 0; i < n; i++) {
    const co = makeCompany(d, as.city, as.reg, as.inds);
    const rep = newPerson(d, { by: [1960, 1988] });
    const ct = chance(0.7) ? newPerson(d, { by: [1978, 2000] }) : rep;
    recs.push({ co, rep, ct, level: wpick([['会员单位', 6], ['理事单位', 3], ['副会长单位', 1.5], ['常务理事单位', 1]]), no: `${as.code}${ri(2015, 2024)}${pad(ri(1, 999), 3)}`, fee: pick([2000, 3000, 5000, 10000, 20000]), repId: chance(0.45), repIdMasked: chance(0.15), tel: chance(0.35) ? telObj(as.area) : null, usccBad: chance(0.06) });
  }
  let text;
  if (chance(0.5)) {
    const L = ['<?xml version="1.0" encoding="UTF-8"?>', `<members association="${as.name}" exportTime="${d.date(ymd(when) + ' ' + hms())}" count="${n}">`];
    for (const r of recs) {
      L.push(`  <member id="${d.x('会员编号', r.no)}" level="${d.x('会员级别', r.level)}">`);
      L.push(`    <orgName>${d.co(r.co)}</orgName>`);
      L.push(`    <uscc>${r.usccBad ? d.x('USCC校验位错误', badUSCC(r.co.uscc)) : d.uscc(r.co.uscc)}</uscc>`);
      L.push(`    <legalRep>${d.nm(r.rep)}</legalRep>`);
      if (r.repId) L.push(`    <legalRepIdNo>${r.repIdMasked ? d.maskId(r.rep.id, 1) : d.id(r.rep)}</legalRepIdNo>`);
      L.push('    <contact>');
      L.push(`      <name>${d.nm(r.ct)}</name>`);
      L.push(`      <mobile>${d.mob(r.ct.mobile)}</mobile>`);
      if (r.tel) L.push(`      <tel>${d.tel(r.tel)}</tel>`);
      if (chance(0.8)) L.push(`      <email>${d.mail(emailOf(r.ct, 'corp', r.co))}</email>`);
      L.push('    </contact>');
      L.push(`    <dues year="${when.y}" status="${pick(['已缴', '已缴', '未缴', '部分'])}">${d.amt(r.fee + '.00')}</dues>`);
      L.push('  </member>');
    }
    L.push('</members>');
    text = L.join('\n');
  } else {
    const list = recs.map((r) => {
      const o = { memberNo: d.x('会员编号', r.no), companyName: d.co(r.co), creditCode: r.usccBad ? d.x('USCC校验位错误', badUSCC(r.co.uscc)) : d.uscc(r.co.uscc), memberLevel: d.x('会员级别', r.level), legalPerson: d.nm(r.rep) };
      if (r.repId) o.legalPersonIdNo = r.repIdMasked ? d.maskId(r.rep.id, 1) : d.id(r.rep);
      o.contactName = d.nm(r.ct); o.contactMobile = d.mob(r.ct.mobile);
      if (r.tel) o.officeTel = d.tel(r.tel);
      if (chance(0.8)) o.contactEmail = d.mail(emailOf(r.ct, 'corp', r.co));
      o.annualFee = r.fee; o.feeStatus = pick(['PAID', 'UNPAID', 'PAID']); o.updateTime = d.date(ymd(rdate(2023, 2024)) + ' ' + hms());
      return o;
    });
    const body = { code: 0, msg: 'success', data: { total: n + ri(0, 300), pageNo: 1, pageSize: n, list } };
    text = chance(0.5) ? JSON.stringify(body, null, 2) : JSON.stringify(body);
  }
  emit(d, text);
}

// 3. 校友会通讯录
function genAlumni() {
  const d = new Doc('alumni_directory'); const [uni, upy] = pick(UNIS); const [city, area] = pick(CITY_AREA);
  const L = [];
  const title = `${uni}${city}校友会${pick(['会员通讯录', '理事会成员通讯录', '校友通讯录（' + pick(['IT', '金融', '医卫', '青年']) + '分会）'])}`;
  L.push(title);
  if (chance(0.7)) { const r = ri(0, 2); L.push(r === 0 ? '（仅供校友会内部联络使用，请勿外传）' : r === 1 ? '内部资料 注意保密' : '更新时间：' + d.date(`${ri(2022, 2024)}.${pad(ri(1, 12), 2)}`)); }
  const lay = pick(['tsv', 'fixed', 'pipe']);
  const withQQ = lay !== 'fixed' && chance(0.5);
  const withSno = chance(0.5);
  const cols = ['姓名', '性别'].concat(withSno ? ['学号'] : [], ['届别', '院系/班级', '工作单位', '职务', '手机', '邮箱'], withQQ ? ['QQ'] : []);
  const n = ri(8, 18);
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = newPerson(d, { by: [1965, 1999] });
    const entry = p.by + 18 + ri(0, 1), gy = entry + 4;
    const jb = chance(0.7) ? d.x('届别', `${gy}届`) : d.x('届别', `${String(entry).slice(2)}级`);
    const cls = d.x('班级', chance(0.6) ? `${pick(MAJORS)}${String(entry).slice(2)}${pad(ri(1, 4), 2)}` : chance(0.5) ? `${pick(MAJORS)}${ri(1, 4)}班` : `${String(entry).slice(2)}级${pick(MAJORS)}${ri(1, 3)}班`);
    let work;
    if (chance(0.45)) work = d.x('工作单位', pick(BIGCOS)); else { const co = makeCompany(d, null, '440300'); work = d.co(co, 'full'); }
    const title2 = pick(TITLES);
    let mob; const rm = rnd();
    if (rm < 0.1) mob = d.maskMob(p.mobile); else if (rm < 0.14) mob = ''; else if (rm < 0.17) mob = d.x('手机号位数错误', typoMobile(p.mobile)); else mob = d.mob(p.mobile, lay === 'tsv' ? wpick(MS_CSV) : wpick([['plain', 8], ['dash', 1], ['sp', 1]]));
    const mail = chance(0.75) ? d.mail(emailOf(p, 'edu')) : '';
    rows.push([d.nm(p, lay === 'fixed' ? 'pad' : 'plain'), p.sex].concat(withSno ? [d.x('学号', chance(0.5) ? `U${entry}${pad(ri(1, 19999), 5)}` : `${entry}${pad(ri(1, 999999), 6)}`)] : [], [jb, cls, work, title2, mob, mail]).concat(withQQ ? [chance(0.7) ? (mail.startsWith(p.qq + '@') ? p.qq : d.x('QQ号', p.qq)) : ''] : []));
  }
  if (lay === 'tsv') { L.push(cols.join('\t')); for (const r of rows) L.push(r.join('\t')); }
  else if (lay === 'pipe') { L.push('| ' + cols.join(' | ') + ' |'); L.push('|' + cols.map(() => '---').join('|') + '|'); for (const r of rows) L.push('| ' + r.join(' | ') + ' |'); }
  else { const W = [10, 6].concat(withSno ? [12] : [], [10, 16, 34, 14, 15, 30]); L.push(cols.map((c, i) => padW(c, W[i])).join('').trimEnd()); for (const r of rows) L.push(r.map((c, i) => padW(c, W[i])).join('').trimEnd()); }
  if (chance(0.5)) {
    const sec = newPerson(d, { by: [1980, 1996] });
    L.push(''); L.push(`秘书处联系人：${d.nm(sec)}  电话：${d.mob(sec.mobile, wpick(MS_FREE))}  邮箱：${d.mail(emailOf(sec, 'personal'))}`);
  }
  emit(d, L.join('\n'));
}

// 4. 老乡会 / 同学会 报名接龙
function genSignup() {
  const d = new Doc('reunion_signup');
  const type = pick(['laoxiang', 'laoxiang', 'classmate', 'trip', 'hike']);
  const ht = pick(HOMETOWN);
  const dt = rdate(2023, 2024);
  if (type === 'trip') { dt.m = ri(1, 2); dt.d = ri(1, 28); }
  const L = ['#接龙'];
  let needId = false;
  if (type === 'classmate') {
    const sch = pick(SCHOOLS), gy = ri(1995, 2012);
    L.push(`${d.x('学校名称', sch)}${d.x('届别', gy + '届')}${d.x('班级', `高三(${ri(1, 12)})班`)}毕业${dt.y - gy}周年同学聚会报名`);
  } else if (type === 'trip') { needId = true; L.push(`${ht.name}${dt.y}年春节包车回乡报名（${ht.city}→${ht.short}）`); }
  else if (type === 'hike') { needId = true; L.push(`${ht.name}${pick(['梧桐山', '莫干山', '香山', '白云山', '天目山'])}徒步活动报名（需购买户外意外险）`); }
  else L.push(`${ht.name}${pick(['春茗联谊会', '中秋联谊晚会', '年终团拜会', '青年交友会'])}报名`);
  if (ht.decoy && type !== 'classmate') d.x('地名', ht.decoy);
  L.push(`时间：${d.date(`${dt.m}月${dt.d}日`)}（${d.x('星期', wday(dt))}）${pick(['晚6点', '下午3点', '上午8:30集合', '晚上6:30'])}`);
  if (type !== 'hike') L.push(`地点：${ht.place}`);
  const fee = pick([100, 150, 200, 260, 300]);
  L.push(type === 'trip' ? `车费：往返${d.amt(fee * 2 + '元')}/人，报名后转给群主` : `费用：AA制，预收每人${d.amt(fee + '元')}，多退少补`);
  L.push(needId ? '格式：姓名+身份证号+手机（买保险/购票用，不填不给报）' : pick(['格式：姓名+电话+人数', '请按格式接龙：姓名 手机 人数', '报名格式：姓名+手机号（带家属请注明人数）']));
  const org = newPerson(d, { regions: ht.regions });
  if (chance(0.6)) L.push(`组织人：${d.nm(org)} ${d.mob(org.mobile, wpick(MS_FREE))}`);
  L.push('');
  const n = ri(6, 20);
  for (let i = 1; i <= n; i++) {
    const p = newPerson(d, { regions: type === 'classmate' ? undefined : ht.regions, by: [1970, 2002] });
    const k = wpick([[1, 6], [2, 3], [3, 1]]);
    const r = rnd();
    if (needId) {
      if (r < 0.08) L.push(`${i}. ${d.nm(p)} ${d.x('身份证号校验位错误', badIdCheck(p.id))} ${d.mob(p.mobile)}`);
      else if (r < 0.15) L.push(`${i}. ${d.nmc(p)} 身份证私发群主了`);
      else L.push(`${i}. ${d.nm(p)} ${d.id(p, wpick([['plain', 80], ['x', 8], ['sp', 8], ['fw', 4]]))} ${d.mob(p.mobile, wpick(MS_FREE))}${chance(0.2) ? ' 带小孩1名' : ''}`);
    } else if (r < 0.5) L.push(`${i}. ${d.nm(p)} ${d.mob(p.mobile, wpick(MS_FREE))} ${k}人`);
    else if (r < 0.65) L.push(`${i}. ${d.nm(p)}，${d.mob(p.mobile, wpick(MS_FREE))}，${k}`);
    else if (r < 0.77) L.push(`${i}. ${d.nmc(p)}${k > 1 ? '+' + (k - 1) : ''}`);
    else if (r < 0.86) { const co = makeCompany(d, null, '440300'); L.push(`${i}. ${d.nm(p)}（${d.co(co, 'short')}）${d.mob(p.mobile)} ${k}人`); }
    else if (r < 0.92) L.push(`${i}. ${d.nm(p)} ${d.x('手机号位数错误', typoMobile(p.mobile))} ${k}人`);
    else L.push(`${i}. ${d.nm(p)} 自驾 ${d.x('车牌', plateDot(plate()))} 可带${ri(2, 4)}人 ${d.mob(p.mobile)}`);
  }
  emit(d, L.join('\n'));
}

// 5. AA 收款明细
function genAA() {
  const d = new Doc('aa_collection');
  const ht = pick(HOMETOWN);
  const n = ri(8, 20);
  const total = ri(3000, 9000), per = Math.ceil(total / n);
  const payer = newPerson(d, { by: [1975, 1995] });
  const L = [];
  if (chance(0.55)) {
    const sch = pick(SCHOOLS), gy = ri(1995, 2012);
    L.push(`【${chance(0.5) ? `${d.x('学校名称', sch)}${d.x('届别', gy + '届')}同学会` : ht.name + '聚餐'} AA收款明细】`);
    L.push(`总支出：${d.amt(amtStr(total, 'cny'))}（酒店${ri(2000, total - 800)} + 大巴/酒水等）`);
    L.push(`实到：${n}人  人均：${d.amt(per + '元')}`);
    L.push('');
    L.push('已收（微信/支付宝）：');
    const unpaid = [];
    for (let i = 0; i < n; i++) {
      const p = newPerson(d);
      if (chance(0.15)) { unpaid.push(p); continue; }
      const dd = `${ri(1, 12)}/${ri(1, 28)}`;
      L.push(`${d.nm(p)} ${per} ${pick(['✔', '✔', '√', '已转'])}${chance(0.7) ? ' ' + d.date(dd) : ''}${chance(0.12) ? '（代' + d.nmc(newPerson(d)) + '付）' : ''}`);
    }
    if (unpaid.length) L.push(`未收：${unpaid.map((p) => d.nmc(p)).join('、')}（已私聊提醒）`);
    L.push(`${d.x('非姓名词', '余额')}：${d.amt((ri(100, 999) / 100).toFixed(2) + '元')}，${pick(['转入班费', '下次聚会抵扣', '已退回'])}。`);
    L.push('');
    const c = payer.card;
    L.push(`收款人：${d.nm(payer)}`);
    if (chance(0.8)) L.push(`${c.short}卡：${d.card(c.no, wpick([['plain', 4], ['g4', 5], ['g4d', 1]]))}（户名${d.nm(payer)}）`);
    if (chance(0.5)) L.push(`支付宝：${d.mob(payer.mobile)}`);
  } else {
    L.push('序号,姓名,应收,实收,方式,收款时间,备注');
    for (let i = 1; i <= n; i++) {
      const p = newPerson(d);
      const paid = chance(0.85);
      const way = paid ? pick(['微信', '支付宝', '现金', '银行卡']) : '';
      let note = '';
      if (paid && way === '银行卡') note = d.x('转账流水号', serialNo('2024', 20));
      else if (paid && way === '微信') note = chance(0.3) ? d.x('微信转账单号', '1000050' + digits(21)) : '';
      else if (!paid) note = '未付';
      L.push([i, d.nm(p), per, paid ? per : 0, way, paid ? d.date(`${ri(2023, 2024)}-${pad(ri(1, 12), 2)}-${pad(ri(1, 28), 2)} ${pad(ri(8, 23), 2)}:${pad(ri(0, 59), 2)}`) : '', note].join(','));
    }
    L.push(`${d.x('汇总行', '合计')},,${per * n},,,,`);
    const c = payer.card;
    L.push(`收款账户,${d.nm(payer)},${c.bank},${d.card(c.no)},,,`);
  }
  emit(d, L.join('\n'));
}

// 6. 工会会员名册
function genUnionMembers() {
  const d = new Doc('union_members'); const u = pick(UNIONS);
  const withCard = chance(0.35);
  const legacyOk = chance(0.3);
  const csv = chance(0.55);
  const L = [];
  L.push(`${u.name}会员花名册`);
  L.push(`填报单位（盖章）：${u.name}    填报日期：${d.date(`${ri(2022, 2024)}年${ri(1, 12)}月`)}`);
  const cols = ['序号', '工号', '姓名', '性别', '民族', '出生年月', '身份证号码', '部门/班组', '入会时间', '会员证号', '联系电话'].concat(withCard ? ['工资卡号'] : []);
  L.push(csv ? cols.join(',') : cols.join(' | '));
  const n = ri(8, 18);
  for (let i = 1; i <= n; i++) {
    const p = newPerson(d, { regions: u.regions, by: [1958, 2002], legacy: legacyOk && chance(0.25) });
    const eno = d.x('工号', pick(['HR', 'GH', 'E', 'NO.']) + pad(ri(1, 9999), pick([4, 5, 6])));
    const bym = d.date(`${p.by}.${pad(p.bm, 2)}`);
    let idc; const r = rnd();
    if (p.id15) idc = d.id(p, 'legacy');
    else if (r < 0.05) idc = d.x('身份证号校验位错误', badIdCheck(p.id));
    else idc = d.id(p, wpick([['plain', 90], ['x', 10]]));
    const jy = Math.max(p.by + 20, 1985) + ri(0, 10);
    const joined = d.date(`${Math.min(jy, 2024)}.${pad(ri(1, 12), 2)}`);
    const mno = d.x('会员证号', `ZGH${Math.min(jy, 2024)}${pad(ri(1, 9999), 4)}`);
    const dept = pick(u.name.includes('医院') ? ['内科', '外科', '急诊科', '护理部', '检验科', '药剂科', '后勤保障部', '财务科'] : u.name.includes('教育') ? ['实验小学', '第二中学', '城南小学', '教育局机关', '鹿城幼儿园', '职业中专'] : u.name.includes('公交') ? ['1路车队', '56路车队', '保修厂', '调度室', '安全科', '票务中心'] : u.name.includes('环卫') ? ['清扫一班', '清扫二班', '清运车队', '公厕管理组'] : ['生产一部', '生产二部', '质检科', '财务部', '行政办', '设备科', '仓储物流部', '金工车间', '装配车间', '销售部']);
    const mr = rnd();
    const mob = mr < 0.03 ? d.x('手机号非法号段', badMobile()) : mr < 0.9 ? d.mob(p.mobile, csv ? 'plain' : wpick(MS_FREE)) : '';
    const row = [i, eno, d.nm(p), p.sex, p.py ? pick(['汉', '汉', '汉', '汉', '汉', '汉', '回', '土家']) : '维吾尔', bym, idc, dept, joined, mno, mob];
    if (withCard) { const c = p.card; row.push(chance(0.06) ? d.maskCard(c.no) : d.card(c.no)); }
    L.push(csv ? row.map(csvCell).join(',') : row.join(' | '));
  }
  const mk = newPerson(d);
  L.push(`制表人：${d.nm(mk)}   联系电话：${d.tel(telObj(u.area), wpick(TS))}${chance(0.5) ? '-' + ri(8001, 8099) : ''}`);
  emit(d, L.join('\n'));
}

// 7. 工会慰问金发放表 / 公示
function genUnionWelfare() {
  const d = new Doc('union_welfare'); const u = pick(UNIONS);
  const occ = pick([['2024年春节困难职工慰问金发放表', 'hard'], ['中秋节退休会员慰问金发放表', 'retired'], ['会员住院慰问金发放明细', 'sick'], ['“三八”节女职工慰问金发放签收表', 'women'], ['金秋助学金发放表', 'edu']]);
  const n = ri(6, 14);
  const L = [];
  if (chance(0.2)) {
    // public notice: masked
    L.push(`关于${occ[0].replace('发放表', '').replace('发放明细', '').replace('发放签收表', '')}名单的公示`);
    L.push(`经各分工会推荐、工会委员会审核，拟对以下${n}名会员进行慰问，现予公示：`);
    const wid = chance(0.6);
    L.push('序号  姓名   ' + (wid ? '身份证号            ' : '') + '部门        慰问事由        金额');
    for (let i = 1; i <= n; i++) {
      const p = newPerson(d, { regions: u.regions, by: [1950, 1998] });
      L.push(`${padW(String(i), 5)} ${padW(d.maskName(p.name), 6)} ${wid ? padW(d.maskId(p.id, 1), 20) : ''}${padW(pick(['生产部', '质检科', '后勤', '财务部', '一车间', '调度室']), 11)} ${padW(pick(['本人大病', '家属重病', '因灾致困', '单亲家庭', '住院治疗']), 15)} ${d.amt(pick([500, 800, 1000, 2000]) + '元')}`);
    }
    const ct = newPerson(d);
    L.push(`公示期：${d.date(cnd(rdate(2024, 2024)))}起5个工作日。如有异议，请向工会办公室反映。`);
    L.push(`联系人：${d.nm(ct)}，电话：${d.tel(telObj(u.area), wpick(TS))}${chance(0.5) ? '（分机' + ri(801, 899) + '）' : ''}`);
    L.push(`${u.name}`);
    emit(d, L.join('\n')); return;
  }
  const lay = pick(['pipe', 'csv', 'cells']);
  L.push(`${u.name}`); L.push(occ[0]);
  const withNo = chance(0.7);
  const cols = ['序号'].concat(withNo ? ['工号'] : [], ['姓名', '身份证号', '银行卡号', '开户行', '金额（元）', '领取人签字']);
  const rows = [];
  let sum = 0;
  for (let i = 1; i <= n; i++) {
    const p = newPerson(d, { regions: u.regions, by: occ[1] === 'retired' ? [1940, 1964] : [1965, 2000], gender: occ[1] === 'women' ? 'F' : undefined, legacy: occ[1] === 'retired' && chance(0.35) });
    const c = p.card;
    const amt = pick([300, 500, 800, 1000, 1500, 2000]); sum += amt;
    let idc; const r = rnd();
    if (p.id15) idc = d.id(p, 'legacy'); else if (r < 0.05) idc = d.x('身份证号日期非法', badIdDate(p)); else idc = d.id(p);
    let cardc; const r2 = rnd();
    if (r2 < 0.05) cardc = d.c('bank_card', luhnBreak(c.no), luhnBreak(c.no));   // 62 card failing Luhn: arguable
    else cardc = d.card(c.no, lay === 'cells' && chance(0.3) ? 'wrap' : lay === 'pipe' ? wpick([['plain', 7], ['g4', 3]]) : 'plain');
    let sig = '';
    if (chance(0.25)) sig = '代领：' + d.nm(newPerson(d));
    else if (chance(0.2)) sig = pick(['已转卡', '本人', '已领']);
    if (sig === '本人') d.x('签收占位', '本人');
    rows.push([i].concat(withNo ? [d.x('工号', pick(['GH', 'T', 'ZG']) + pad(ri(1, 99999), 5))] : [], [d.nm(p, lay === 'cells' ? 'plain' : wpick([['plain', 8], ['pad', 2]])), idc, cardc, c.branch, d.amt(amt.toFixed(2)), sig]));
  }
  const gap = withNo ? 1 : 0;
  if (lay === 'pipe') { L.push('| ' + cols.join(' | ') + ' |'); L.push('|' + cols.map(() => '---').join('|') + '|'); for (const r of rows) L.push('| ' + r.join(' | ') + ' |'); L.push(`| ${d.x('汇总行', '合计')} |${'  |'.repeat(4 + gap)} ${sum.toFixed(2)} |  |`); }
  else if (lay === 'csv') { L.push(cols.join(',')); for (const r of rows) L.push(r.map(csvCell).join(',')); L.push(`${d.x('汇总行', '合计')}${','.repeat(5 + gap)}${sum.toFixed(2)},`); }
  else { L.push(cols.join('\n')); for (const r of rows) L.push(r.filter((x) => x !== '').join('\n')); L.push(d.x('汇总行', '合计')); L.push(sum.toFixed(2)); }
  d.amt(sum.toFixed(2));
  const a = newPerson(d), b = newPerson(d), c = newPerson(d);
  L.push(`制表：${d.nm(a)}    审核：${d.nm(b)}    工会主席：${d.nm(c)}`);
  L.push(`日期：${d.date(cnd(rdate(2023, 2024)))}`);
  emit(d, L.join('\n'));
}

// 8. 学会理事名单
function genSociety() {
  const d = new Doc('society_council');
  const soc = pick(['浙江省计算机学会', '湖北省土木建筑学会', '广东省会计学会', '江苏省医学会检验分会', '四川省机械工程学会', '河南省营养学会', '上海市图书馆学会']);
  const term = pick(['第五届', '第六届', '第七届', '第八届', '第九届']);
  const insts = ['浙江大学', '华中科技大学', '武汉理工大学', '中山大学', '东南大学', '四川大学', '郑州大学', '同济大学', '省人民医院', '市第一人民医院', '省建筑设计研究院', '华东勘测设计研究院', '金陵科技学院', '省疾控中心', '华南理工大学', '江南大学', '南京审计大学', '省图书馆'];
  const ranks = ['教授', '研究员', '教授级高工', '主任医师', '副教授', '高级会计师', '副研究员', '高级工程师'];
  const L = [`${soc}${d.x('届别', term)}理事会组成人员名单`, `（${d.date(cnd(rdate(2021, 2024)))}会员代表大会选举产生，按姓氏笔画为序）`, ''];
  const mk = (o = {}) => newPerson(d, { by: [1955, 1985], ...o });
  const chair = mk();
  chair.inst = pick(insts);
  L.push(`${d.role('理事长')}：${d.nm(chair)}（${d.x('单位名称', chair.inst)}）`);
  const vice = Array.from({ length: ri(3, 6) }, () => mk());
  L.push(`${d.role('副理事长')}：${vice.map((p) => d.nm(p)).join('、')}`);
  const sg = mk({ by: [1970, 1988] });
  L.push(`${d.role('秘书长')}：${d.nm(sg)}`);
  if (chance(0.4)) L.push(`副秘书长：${d.x('职务占位', '（空缺）')}`);
  const council = Array.from({ length: ri(8, 18) }, () => mk());
  L.push(`${d.role('常务理事')}（${council.length}人）：${council.map((p) => d.nm(p)).join('、')}`);
  L.push('');
  L.push('附：理事联络表（内部使用）');
  const lay = chance(0.5);
  L.push(lay ? '姓名\t单位\t职称\t手机\t电子邮箱' : '姓名 | 单位 | 职称 | 手机 | 电子邮箱');
  for (const p of [chair, ...vice, sg, ...council.slice(0, ri(4, council.length))]) {
    const inst = d.x('单位名称', p.inst || pick(insts));
    const row = [d.nm(p), inst, d.x('职称', pick(ranks)), chance(0.9) ? d.mob(p.mobile, wpick(MS_CSV)) : d.tel(telObj(pick(CITY_AREA)[1])), chance(0.85) ? d.mail(emailOf(p, chance(0.4) ? 'edu' : 'personal')) : ''];
    L.push(lay ? row.join('\t') : row.join(' | '));
  }
  L.push('');
  L.push(`学会办公室：${d.tel(telObj(pick(CITY_AREA)[1]), wpick(TS))}  邮箱：${d.mail(pick(['xuehui', 'office', 'secretariat', 'mishuchu']) + ri(1, 99) + '@' + pick(['163.com', '126.com', 'vip.163.com']))}`);
  emit(d, L.join('\n'));
}

// 9. 志愿者花名册
function genVolunteer() {
  const d = new Doc('volunteer_roster');
  const org = pick(['深圳市龙岗区义工联', '杭州市西湖区青年志愿者协会', '武汉蓝天救援队', '成都市锦江区助老志愿服务队', '南京市鼓楼区文明实践志愿者协会', '广州市天河区红棉志愿者协会']);
  const n = ri(5, 12);
  if (chance(0.5)) {
    const list = [];
    for (let i = 0; i < n; i++) {
      const p = newPerson(d, { by: [1965, 2006] });
      const em = newPerson(d, { by: [1950, 2000] });
      const o = { volunteerNo: d.x('志愿者编号', `V${ri(2019, 2024)}${pad(ri(1, 99999), 5)}`), name: d.nm(p), gender: p.sex };
      const r = rnd();
      if (r < 0.85) o.idCard = d.id(p, wpick([['plain', 90], ['x', 10]]));
      else if (r < 0.92) o.idCard = d.maskId(p.id);
      else o.idCard = d.x('身份证号日期非法', badIdDate(p));
      o.mobile = d.mob(p.mobile, wpick(MS_CSV));
      if (chance(0.6)) o.email = d.mail(emailOf(p));
      o.team = pick(['应急救援组', '水域组', '助老服务队', '文明交通岗', '社区防疫组', '赛会服务组']);
      o.serviceHours = d.x('服务时长', (ri(20, 2000) / 2).toFixed(1));
      o.emergencyContact = { name: d.nm(em), relation: pick(['配偶', '父亲', '母亲', '兄弟', '姐妹', '朋友']), phone: d.mob(em.mobile) };
      o.registeredAt = d.date(`${ymd(rdate(2019, 2022))}T${hms()}+08:00`);
      if (chance(0.8)) o.lastServiceAt = d.date(`${ymd(rdate(2023, 2024))} ${hms()}`);
      list.push(o);
    }
    emit(d, JSON.stringify({ org, exportedBy: 'admin', volunteers: list }, null, 2));
  } else {
    const L = [`${org} 志愿者花名册（导出自志愿服务信息系统）`, '志愿者编号,姓名,证件类型,证件号码,手机号,服务时长(小时),星级,紧急联系人,紧急联系人电话'];
    for (let i = 0; i < n; i++) {
      const p = newPerson(d, { by: [1965, 2006] });
      const em = newPerson(d, { by: [1950, 2000] });
      let ctype = '居民身份证', cno;
      if (chance(0.08)) { ctype = '护照'; cno = d.pp(newPassport()); }
      else if (chance(0.05)) { ctype = '居民身份证'; cno = d.x('身份证号校验位错误', badIdCheck(p.id)); }
      else cno = d.id(p);
      L.push([d.x('志愿者编号', `${ri(2019, 2024)}${pad(ri(1, 99999), 5)}`), d.nm(p), ctype, cno, d.mob(p.mobile), d.x('服务时长', (ri(10, 3000) / 2).toFixed(1)), d.x('星级', pick(['一星', '二星', '三星', '四星', '五星'])), chance(0.9) ? d.nm(em) : '', chance(0.9) ? d.mob(em.mobile) : ''].join(','));
    }
    emit(d, L.join('\n'));
  }
}

// 10. 车友会名单
const NICKS = ['老王', '大熊', '飞鱼', '石头', '小马哥', '江湖', '白开水', '程序猿', '高手在民间', '路人甲', '风一样的男子', '阿杰', '胖虎', '钱多多', '夏天的风', '周末去哪儿', '金牌奶爸', '马到成功', '海阔天空', '林深见鹿', '老司机', '方向盘', '余生', '叶子', '田螺姑娘'];
const CARS = ['坦克300', '比亚迪汉EV', '理想L7', '奥迪A4L', 'Jeep牧马人', '丰田普拉多', '特斯拉Model Y', '长城炮', '哈弗H6', '蔚来ES6'];
function genCarClub() {
  const d = new Doc('car_club');
  const model = pick(CARS); const [city, area] = pick(CITY_AREA);
  const L = [`${city}${model}车友会 会员登记表`, '编号,群昵称,真实姓名,手机,车牌号,车型,车架号后六位,入会时间,会费'];
  const n = ri(8, 16);
  const nicks = shuffle(NICKS);
  for (let i = 0; i < n; i++) {
    const p = newPerson(d, { by: [1970, 2000] });
    const nick = nicks[i % nicks.length] + (i >= nicks.length ? i : '');
    const nk = (nick.includes('老王') || !chance(0.2)) ? d.x('昵称', nick) : nick;
    L.push([d.x('会员编号', `CY${String(ri(20, 24))}${pad(i + 1, 3)}`), nk, d.nm(p), chance(0.05) ? d.x('手机号非法号段', badMobile()) : d.mob(p.mobile), d.x('车牌', plate()), model, d.x('车架号后六位', pad(ri(0, 999999), 6)), d.date(`${ri(2020, 2024)}/${ri(1, 12)}/${ri(1, 28)}`), d.amt(pick(['200', '300', '365']) + '元/年')].map(csvCell).join(','));
  }
  if (chance(0.5)) {
    const fin = newPerson(d);
    const c = fin.card;
    L.push(''); L.push(csvCell(`会费请转账至：${c.bank} ${d.card(c.no, 'g4')} 户名：${d.nm(fin)}（财务）`));
  }
  emit(d, L.join('\n'));
}

// 11. 年会座次表
function genSeating() {
  const d = new Doc('gala_seating');
  const org = pick([...CHAMBERS.map((c) => c.name), ...IASSOC.map((a) => a.name)]);
  const y = ri(2023, 2025);
  const L = [`${org}${y}年${pick(['会员大会暨迎春晚宴', '年会', '新春团拜会', '换届大会晚宴'])} 座次表`, ''];
  if (chance(0.7)) {
    L.push(padW('桌号', 8) + padW('座位', 6) + padW('姓名', 12) + padW('单位', 36) + '会内职务');
    const tables = ri(2, 4);
    for (let t = 1; t <= tables; t++) {
      const tn = t === 1 ? '主桌' : `${t - 1}号桌`;
      d.x('座位号', tn);
      for (let s = 1; s <= ri(6, 10); s++) {
        let nameCell, unit = '', role = '';
        const r = rnd();
        if (t === 1 && s <= 2 && r < 0.4) { nameCell = d.x('职务占位', pick(['会长', '执行会长', '秘书长', '嘉宾（待定）', '主持人'])); }
        else if (r < 0.05) { nameCell = d.x('职务占位', pick(['司机', '摄影', '预留', '记者'])); }
        else {
          const p = newPerson(d, { by: [1955, 1992] });
          nameCell = d.nm(p, chance(0.5) ? 'pad' : 'plain');
          const co = makeCompany(d, null, '440300');
          unit = d.co(co); role = d.role(t === 1 ? pick(['会长', '常务副会长', '副会长', '监事长']) : pick(['理事', '会员', '副会长', '常务理事']));
        }
        L.push(padW(tn, 8) + padW(d.x('座位号', `${'ABCDEFG'[t - 1]}${pad(s, 2)}`), 6) + padW(nameCell, 12) + padW(unit, 36) + role);
      }
    }
  } else {
    for (let t = 1; t <= ri(3, 6); t++) {
      const ppl = Array.from({ length: ri(6, 10) }, () => newPerson(d, { by: [1955, 1992] }));
      L.push(`${d.x('座位号', t === 1 ? '第1桌（主桌）' : `第${t}桌`)}：${ppl.map((p) => d.nmc(p)).join('、')}`);
    }
  }
  L.push('');
  const ct = newPerson(d);
  L.push(`会务组：${d.nm(ct)} ${d.mob(ct.mobile, wpick(MS_FREE))}（如需调整座位请提前告知）`);
  emit(d, L.join('\n'));
}

// 12. 会费收缴 银行流水
function genDuesBank() {
  const d = new Doc('dues_bank');
  const ch = pick([...CHAMBERS, ...IASSOC]);
  const acct = corpAccount();
  const L = [];
  const y = ri(2023, 2024);
  if (chance(0.65)) {
    L.push(`账户名称：${ch.name}`); L.push(`账号：${d.x('对公账号', corpAcctFmt(acct))}`); L.push(`币种：人民币  查询区间：${d.date(`${y}-01-01`)} 至 ${d.date(`${y}-03-31`)}`);
    L.push('交易日期,交易时间,借方发生额,贷方发生额,余额,对方户名,对方账号,对方开户行,摘要,附言,交易流水号');
    let bal = ri(50000, 300000);
    const maskStmt = chance(0.3);
    const n = ri(6, 14);
    for (let i = 0; i < n; i++) {
      const dt = { y, m: ri(1, 3), d: ri(1, 28) };
      const fee = pick([1000, 2000, 3000, 5000, 10000, 20000]);
      bal += fee;
      let name, acc, bank, note;
      if (chance(0.55)) {
        const p = newPerson(d); const c = p.card;
        name = d.nm(p); acc = maskStmt ? d.x('掩码银行卡号', c.no.slice(0, 4) + '****' + c.no.slice(-4)) : d.card(c.no); bank = c.bank;
        note = chance(0.5) ? `${p.name}${y}年会费` : `${y}年度会费`;
      } else {
        const co = makeCompany(d, ch.city, ch.reg);
        name = d.co(co); acc = d.x('对公账号', corpAccount()); bank = pick(['中国工商银行', '中国建设银行', '招商银行', '中国银行']) + ch.city + '分行';
        note = `${co.short}${y}会费`;
      }
      const row = [d.date(ymd(dt)), d.x('时间', `${pad(ri(8, 20), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`), '', d.amt(fee.toFixed(2)), d.amt(bal.toFixed(2)), name, acc, bank, pick(['转账', '跨行转账', '网银转入', '手机银行']), note, d.x('交易流水号', serialNo(String(y), 22))];
      L.push(row.map(csvCell).join(','));
    }
  } else {
    L.push(`${ch.name}${y}年度会费收缴登记表（秘书处）`);
    L.push('序号 | 会员单位/个人 | 联系人 | 应缴 | 实缴 | 缴费方式 | 付款账号 | 付款户名 | 到账日期 | 收据号');
    const n = ri(6, 14);
    for (let i = 1; i <= n; i++) {
      const co = makeCompany(d, ch.city, ch.reg);
      const p = newPerson(d);
      const fee = pick([2000, 3000, 5000, 10000]);
      const way = pick(['对公转账', '个人卡转账', '个人卡转账', '微信', '现金']);
      let acc = '', holder = '';
      if (way === '对公转账') { acc = d.x('对公账号', corpAccount()); holder = d.co(co, 'full'); }
      else if (way === '个人卡转账') { acc = d.card(p.card.no, wpick([['plain', 6], ['g4', 4]])); holder = d.nm(p); }
      L.push([i, d.co(co, 'short'), d.nm(p), d.amt(String(fee)), chance(0.85) ? fee : 0, way, acc, holder, d.date(`${y}/${ri(1, 6)}/${ri(1, 28)}`), d.x('收据号', 'NO.' + pad(ri(1, 9999999), 7))].join(' | '));
    }
    const cashier = newPerson(d);
    L.push(`出纳：${d.nm(cashier)}  会计：${d.nm(newPerson(d))}`);
  }
  emit(d, L.join('\n'));
}

// 13. 选举 / 候选人公示
function genElection() {
  const d = new Doc('election');
  const ch = pick(CHAMBERS);
  const term = pick(['第五届', '第六届', '第七届']);
  const dt = rdate(2023, 2024);
  const L = [];
  if (chance(0.5)) {
    L.push(`关于${ch.name}${d.x('届别', term)}理事会换届选举结果的公示`);
    const due = ri(150, 400), got = due - ri(5, 30), valid = got - ri(0, 4);
    L.push(`${cnd(dt)}，本会召开会员大会，应到会员${due}人，实到${got}人，收回选票${got}张，其中${d.x('票数', '有效票' + valid + '张')}。经无记名投票，选举结果如下：`);
    const pres = newPerson(d, { regions: ch.home, by: [1958, 1980] });
    const co = makeCompany(d, ch.city, ch.reg);
    L.push(`${d.role('会长')}：${d.nm(pres)}（${d.co(co)}董事长），${d.x('票数', `得票${valid - ri(0, 10)}票`)}`);
    L.push(`${d.role('常务副会长')}（按姓氏笔画排序）：`);
    for (let i = 0; i < ri(3, 6); i++) { const p = newPerson(d, { regions: ch.home, by: [1960, 1985] }); L.push(`  ${d.nm(p)}  ${d.x('票数', `${valid - ri(0, 30)}票`)}`); }
    L.push(`${d.role('副会长')}：${Array.from({ length: ri(4, 9) }, () => d.nm(newPerson(d, { regions: ch.home }))).join('、')}`);
    L.push(`${d.role('监事长')}：${d.nm(newPerson(d, { regions: ch.home }))}`);
    const sg = newPerson(d, { by: [1975, 1992] });
    L.push(`${d.role('秘书长')}（聘任）：${d.nm(sg)}`);
    L.push(`计票人：${d.nm(newPerson(d))}、${d.nm(newPerson(d))}  监票人：${d.nm(newPerson(d))}`);
    L.push(`公示期：${d.date(cnd({ ...dt, d: Math.min(dt.d, 20) }))}起七日。如有异议，请向商会监事会反映。`);
    const ct = newPerson(d);
    L.push(`监督电话：${d.tel(telObj(ch.area), wpick(TS))} / ${d.mob(ct.mobile, wpick(MS_FREE))}（秘书处 ${d.nm(ct)}）`);
  } else {
    L.push(`${ch.name}${d.x('届别', term)}会长、副会长候选人公示`);
    L.push('经换届筹备工作小组推荐、资格审查，现将候选人基本情况公示如下：');
    L.push('');
    for (let i = 0; i < ri(3, 6); i++) {
      const p = newPerson(d, { regions: ch.home, by: [1960, 1985] });
      const co = makeCompany(d, ch.city, ch.reg);
      const born = d.date(`${p.by}年${p.bm}月`);
      L.push(`${i + 1}. ${d.nm(p)}，${p.sex}，${born}生，${d.x('籍贯', ch.hn)}人，${pick(['大专', '本科', '硕士研究生', 'EMBA'])}学历，现任${d.co(co)}${pick(['董事长', '总经理', '执行董事'])}，拟任${d.role(i === 0 ? '会长' : '副会长')}。`);
      if (chance(0.3)) L.push(`   联系电话：${d.maskMob(p.mobile)}`);
    }
    L.push('');
    L.push('计票结果（会员大会现场）：');
    L.push('候选人\t赞成\t反对\t弃权');
    for (let i = 0; i < ri(3, 5); i++) { const p = newPerson(d, { regions: ch.home }); const a = ri(120, 260); L.push(`${d.nm(p)}\t${d.x('票数', String(a))}\t${ri(0, 9)}\t${ri(0, 9)}`); }
    L.push(`${ch.name}换届筹备工作小组  ${d.date(cnd(dt))}`);
  }
  emit(d, L.join('\n'));
}

// 14. 微信群聊天记录
function genChat() {
  const d = new Doc('wechat_chat');
  const grp = pick([...CHAMBERS.map((c) => c.name + '理事群'), ...HOMETOWN.map((h) => h.name + '群'), ...UNIS.map((u) => u[0] + '深圳校友会IT分会'), '车友会自驾群', '2008届计科同学群']);
  const dt = rdate(2023, 2024);
  const L = [`微信群「${grp}」聊天记录导出`, `———— ${d.date(ymd(dt))} ————`];
  const ppl = Array.from({ length: ri(4, 7) }, () => newPerson(d));
  let h = ri(8, 20), mi = ri(0, 30);
  const t = () => { mi += ri(1, 9); if (mi >= 60) { mi -= 60; h = Math.min(h + 1, 23); } return `${pad(h, 2)}:${pad(mi, 2)}`; };
  const say = (p, msg, disp) => { L.push(`${disp ?? d.nmc(p)} ${d.x('时间', t())}`); L.push(msg); };
  const admin = ppl[0];
  const adminDisp = pick(['秘书长-', '秘书处-', '群主', '会长助理-']);
  const disp0 = adminDisp.endsWith('-') ? adminDisp + d.nmc(admin) : (d.x('群昵称', adminDisp));
  d.x('职务', adminDisp.replace('-', ''));
  say(admin, pick(['各位，下周六的活动需要统计人数，请把姓名和手机号发群里，我统一报给酒店。', '@所有人 本次外出考察需订机票，请把身份证号和手机号私发或发群里，谢谢！', '各位会员，2024年度会费开始收缴了，请尽快转账，转账后把截图和付款人姓名发我。']), disp0);
  for (let i = 1; i < ppl.length; i++) {
    const p = ppl[i];
    const r = rnd();
    if (r < 0.3) say(p, `${d.nm(p)} ${d.mob(p.mobile, wpick(MS_FREE))}`);
    else if (r < 0.5) say(p, `${d.nm(p)}\n身份证：${d.id(p, wpick(IS_FREE))}\n手机：${d.mob(p.mobile, wpick(MS_FREE))}`);
    else if (r < 0.62) say(p, `收到👌 我的邮箱 ${d.mail(emailOf(p))} 资料发这里就行`);
    else if (r < 0.74) { const q = newPerson(d); const nick = pick(['小', '老']) + q.name[0]; say(p, `我帮我们公司${d.c('person_name_zh', nick)}报一个：${d.nm(q)}，${d.mob(q.mobile)}`); }
    else if (r < 0.84) say(p, chance(0.5) ? '[图片]' : `[转账] ${d.amt('¥' + pick(['200.00', '300.00', '500.00', '2000.00', '5000.00', '254.00']))} ${pick(['已收款', '待确认收款'])}`);
    else say(p, `${pick(['好的', '收到', '👍', '+1', '明天回复'])}`);
  }
  if (chance(0.55)) {
    const fin = ppl[ri(0, ppl.length - 1)];
    const c = fin.card;
    say(admin, `会费/活动费请转：\n${c.bank}${c.branch.slice(2)}\n卡号：${d.card(c.no, wpick([['plain', 4], ['g4', 5], ['wrap', 1]]))}\n户名：${d.nm(fin)}`, disp0);
  }
  if (chance(0.4)) say(ppl[1], `@${d.nmc(admin)} 我的手机号换了，新号${d.mob(newMobile(), 'plain')}，旧号${d.maskMob(ppl[1].mobile)}停用了`);
  if (chance(0.3)) say(ppl[ppl.length - 1], `${pick(['王总', '李总', '陈总', '张总'])}那边我去对接`, undefined);
  L.push('———— 以上为聊天记录 ————');
  const text = L.join('\n');
  if (text.includes('@所有人')) d.x('提及', '@所有人');
  for (const w of ['王总', '李总', '陈总', '张总']) if (text.includes(w)) d.c('person_name_zh', w);
  emit(d, text);
}

// 15. 致会员邮件
function genMail() {
  const d = new Doc('member_mail');
  const ch = pick([...CHAMBERS, ...IASSOC]);
  const dom = ch.code.toLowerCase() + pick(['.org.cn', '-sh.org', '.org']);
  const from = pick(['mishuchu', 'office', 'secretariat', 'huiwu']) + '@' + dom;
  const dt = rdate(2023, 2024);
  const L = [];
  const reply = chance(0.35);
  const recips = Array.from({ length: ri(reply ? 1 : 3, reply ? 1 : 9) }, () => newPerson(d));
  if (!reply) {
    L.push(`From: "${ch.name}秘书处" <${d.mail(from)}>`);
    L.push(`To: ${recips.map((p) => `"${d.nm(p)}" <${d.mail(emailOf(p))}>`).join(',\n    ')}`);
    if (chance(0.3)) { const cc = newPerson(d); L.push(`Cc: ${d.nm(cc)} <${d.mail(emailOf(cc))}>`); }
    L.push(`Date: ${d.x('日期', `${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(Date.UTC(dt.y, dt.m - 1, dt.d)).getUTCDay()]}, ${dt.d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][dt.m - 1]} ${dt.y} ${hms()} +0800`)}`);
    if (chance(0.4)) L.push(`Message-ID: <${d.c('email', (`${dt.y}${pad(dt.m, 2)}${pad(dt.d, 2)}${digits(6)}.${digits(5)}@mail.${dom}`).toLowerCase())}>`);
    const subj = pick(['关于缴纳' + dt.y + '年度会费的通知', '关于召开' + dt.y + '年会员大会的通知', '关于报送会员信息变更的通知', '春节慰问品领取通知']);
    L.push(`Subject: ${subj}`);
    L.push('Content-Type: text/plain; charset=UTF-8');
    L.push('');
    L.push('各位会员单位、会员：');
    L.push('  ' + (subj.includes('会费') ? '根据章程规定，现将' + dt.y + '年度会费收缴事项通知如下：' : subj.includes('信息变更') ? '为更新会员名录，请各单位核对下表信息，如有变动请于本月底前回复。' : subj.includes('慰问') ? '本会为会员准备的春节慰问品已到，现将领取事项通知如下：' : '经会长办公会研究，定于近期召开会员大会，现将有关事项通知如下：'));
    if (subj.includes('会费')) {
      L.push(`  一、会费标准：会长单位${d.amt('50000元')}/年，副会长单位${d.amt('20000元')}/年，理事单位${d.amt('5000元')}/年，会员单位${d.amt('2000元')}/年。`);
      L.push('  二、缴费方式：对公转账至本会账户。');
      L.push(`     户  名：${ch.name}`);
      L.push(`     开户行：${pick(['中国工商银行', '中国建设银行', '招商银行'])}${ch.city}${pick(BRANCH_AREAS)}支行`);
      L.push(`     账  号：${d.x('对公账号', corpAcctFmt(corpAccount()))}`);
      L.push('  三、请在转账附言中注明“单位名称+会费”，以便开具收据。');
    } else if (subj.includes('信息变更')) {
      L.push('  附：贵单位当前登记信息');
      for (const p of recips.slice(0, 3)) {
        const co = makeCompany(d, ch.city, ch.reg);
        L.push(`  · ${d.co(co)}｜统一社会信用代码：${d.uscc(co.uscc)}｜联系人：${d.nm(p)}｜手机：${d.mob(p.mobile, wpick(MS_FREE))}`);
      }
    } else {
      L.push(`  时间：${d.date(cnd(dt))}（${d.x('星期', wday(dt))}）${subj.includes('慰问') ? '起，工作日9:00-17:00' : '下午2:00'}`);
      L.push(`  地点：${ch.city}${pick(['国际会展中心', '君悦酒店三楼宴会厅', '商会大厦12楼会议室'])}`);
      L.push(subj.includes('慰问') ? '  请凭会员证领取，不能到场的可委托他人代领（请提供代领人姓名及手机号）。' : '  请于三日内回复参会人员姓名及手机号。');
    }
    L.push('');
    const ct = newPerson(d, { by: [1980, 1998] });
    L.push(`联系人：${d.nm(ct)}  ${d.mob(ct.mobile, wpick(MS_FREE))}  ${d.tel(telObj(ch.area), wpick(TS))}`);
    L.push(`${ch.name}秘书处`);
    L.push(d.date(cnd(dt)));
    if (chance(0.3)) L.push(`<img src="cid:${d.x('图片文件名', 'logo@2x.png')}">`);
  } else {
    const p = recips[0];
    const co = makeCompany(d, ch.city, ch.reg);
    const np = newPerson(d);
    L.push(`From: ${d.nm(p)} <${d.mail(emailOf(p, 'corp', co))}>`);
    L.push(`To: ${ch.name}秘书处 <${d.mail(from)}>`);
    L.push(`Subject: 回复：关于报送会员信息变更的通知`);
    L.push('');
    L.push('秘书处您好：');
    L.push(`  我司（${d.co(co)}）联系人变更如下，请更新会员名录：`);
    L.push(`  新联系人：${d.nm(np)}`);
    L.push(`  手机：${d.mob(np.mobile, wpick(MS_FREE))}`);
    L.push(`  邮箱：${d.mail(emailOf(np, 'corp', co), wpick([['plain', 8], ['cap', 1], ['fw', 1]]))}`);
    if (chance(0.5)) L.push(`  法定代表人不变，身份证号：${d.id(newPerson(d), wpick(IS_FREE))}（如需备案）`.replace(/身份证号：/, '身份证号：'));
    if (chance(0.4)) L.push(`  统一社会信用代码：${d.uscc(co.uscc)}`);
    L.push('  谢谢！');
    L.push('');
    L.push('--');
    L.push(`${d.nm(p)}`);
    L.push(`${d.co(co)} ${pick(['行政部', '总经办', '董事长助理'])}`);
    L.push(`Tel: ${d.tel(telObj(ch.area), wpick(TS))}  Mob: ${d.mob(p.mobile, wpick(MS_FREE))}`);
    L.push('');
    L.push(`-----原始邮件-----`);
    L.push(`发件人："${ch.name}秘书处" <${from}>`);
    L.push(`发送时间：${d.date(ymd(dt))} ${hms()}`);
  }
  // a name entity that appears through a legal-rep line without name: keep doc consistent
  emit(d, L.join('\n'));
}

// 16. 名片 OCR
const DISTRICTS = { 深圳: ['福田区', '南山区', '龙岗区', '宝安区'], 上海: ['浦东新区', '徐汇区', '静安区', '闵行区'], 北京: ['朝阳区', '海淀区', '丰台区'], 杭州: ['西湖区', '滨江区', '上城区'], 广州: ['天河区', '越秀区', '番禺区'], 苏州: ['工业园区', '姑苏区', '吴中区'], 成都: ['锦江区', '武侯区', '高新区'], 东莞: ['南城街道', '东城街道', '长安镇'], 武汉: ['江岸区', '武昌区', '洪山区'], 天津: ['和平区', '南开区', '河西区'], 南京: ['鼓楼区', '玄武区', '建邺区'], 西安: ['雁塔区', '碑林区'], 重庆: ['渝中区', '江北区'], 宁波: ['海曙区', '鄞州区'], 温州: ['鹿城区', '瓯海区'], 佛山: ['顺德区', '南海区'], 青岛: ['市南区', '崂山区'], 长沙: ['岳麓区', '芙蓉区'], 郑州: ['金水区', '中原区'], 福州: ['鼓楼区', '台江区'] };
const POST = { 深圳: '518', 上海: '200', 北京: '100', 杭州: '310', 广州: '510', 苏州: '215', 成都: '610', 东莞: '523', 武汉: '430', 天津: '300', 南京: '210', 西安: '710', 重庆: '400', 宁波: '315', 温州: '325', 佛山: '528', 青岛: '266', 长沙: '410', 郑州: '450', 福州: '350' };
const addr = (city) => `${city}市${pick(DISTRICTS[city])}${city === '深圳' ? pick(['深南大道', '科技园路', '福华路']) : pick(['中山路', '建国路', '人民路', '解放路', '新华路', '青年路'])}${ri(1, 999)}号`;
function ocrLabel(l) { const m = { '手机': ['手机', '手杌', '手 机', '乎机'], '电话': ['电话', '电活', '电 话', 'TeI'], '传真': ['传真', '传直', 'Fax'], '邮箱': ['邮箱', '邮相', 'E-maiI', 'Email'], '地址': ['地址', '地扯', 'Add'] }; return chance(0.35) ? pick(m[l]) : l; }
function genCard() {
  const d = new Doc('business_card_ocr');
  const [city, area] = pick(CITY_AREA);
  const p = newPerson(d, { by: [1960, 1995] });
  const co = makeCompany(d, city, '440300');
  const L = [];
  const mode = pick(['ocr', 'ocr', 'ocr', 'vcard', 'csv']);
  if (mode === 'vcard') {
    L.push('BEGIN:VCARD', 'VERSION:3.0');
    L.push(`N:${p.name.slice(0, p.name.length > 3 ? 2 : 1)};${p.name.slice(p.name.length > 3 ? 2 : 1)};;;`);
    L.push(`FN:${d.nm(p)}`);
    L.push(`ORG:${d.co(co)}`);
    L.push(`TITLE:${pick(['总经理', '董事长', '销售总监', '副总经理'])}`);
    L.push(`TEL;TYPE=CELL:${d.mob(p.mobile, pick(['p86sp', 'plain', 'p86']))}`);
    if (chance(0.7)) L.push(`TEL;TYPE=WORK:${d.tel(telObj(area), pick(['p86', 'dash', 'p86sp']))}`);
    L.push(`EMAIL;TYPE=WORK:${d.mail(emailOf(p, 'corp', co))}`);
    L.push(`URL:http://www.${co.domain}`);
    L.push(`NOTE:${pick(['温州商会年会交换', '电商协会沙龙', '校友会活动'])} ${d.date(ymd(rdate(2023, 2024)))}`);
    L.push('END:VCARD');
    emit(d, L.join('\n')); return;
  }
  if (mode === 'csv') {
    L.push('姓名,公司,职位,手机,电话,邮箱,地址,备注,录入时间');
    const n = ri(4, 10);
    for (let i = 0; i < n; i++) {
      const q = i === 0 ? p : newPerson(d, { by: [1960, 1995] });
      const c2 = i === 0 ? co : makeCompany(d, city, '440300');
      L.push([d.nm(q), d.co(c2), pick(['总经理', '董事长', '销售经理', '副总', '采购总监', '合伙人']), d.mob(q.mobile, wpick(MS_CSV)), chance(0.5) ? d.tel(telObj(area)) : '', chance(0.8) ? d.mail(emailOf(q, 'corp', c2)) : '', addr(city), pick(['商会年会', '协会沙龙', '校友会', '展会']), d.date(`${ri(2022, 2024)}-${pad(ri(1, 12), 2)}-${pad(ri(1, 28), 2)}`)].map(csvCell).join(','));
    }
    L.unshift('名片全能王 导出 (CSV)');
    emit(d, L.join('\n')); return;
  }
  L.push(`[OCR识别结果 置信度:${(ri(70, 98) / 100).toFixed(2)}]`);
  L.push(d.co(co));
  L.push(`${co.brand === '' ? '' : co.domain.split('.')[0].replace(/-.*/, '').toUpperCase()} CO.,LTD`);
  const nameSt = pick(['sp', 'plain', 'sp2']);
  L.push(d.nm(p, nameSt));
  const title = pick(['总经理', '董事长', '执行董事', '销售总监']);
  L.push(`${title}${chance(0.5) ? ' / ' + d.x('社会职务', pick(['温州商会常务副会长', '电商协会理事', '校友会副秘书长', '潮汕商会副会长'])) : ''}`);
  const mr = rnd();
  if (mr < 0.12) { const w = p.mobile.slice(0, 3) + 'l' + p.mobile.slice(4); L.push(`${ocrLabel('手机')}：${d.c('cn_mobile', p.mobile, w, true)}`); }
  else L.push(`${ocrLabel('手机')}：${d.mob(p.mobile, wpick([['sp', 5], ['plain', 3], ['dash', 1], ['sp2', 1]]))}`);
  if (chance(0.75)) {
    const t = telObj(area);
    if (chance(0.1)) { const w = fmtTel(t, 'dash').replace(/0(?=\d{3}-)/, 'O'); L.push(`${ocrLabel('电话')}：${d.c('cn_landline', t.area + t.num, w, true)}`); }
    else L.push(`${ocrLabel('电话')}：${d.tel(t, wpick(TS))}${chance(0.4) ? ' 转' + ri(800, 899) : ''}`);
  }
  if (chance(0.4)) L.push(`${ocrLabel('传真')}：${d.tel(telObj(area), 'dash')}`);
  const em = emailOf(p, 'corp', co);
  if (chance(0.1)) { const w = em.replace(/\.com$/, '.corn').replace(/\.cn$/, '.cm'); L.push(`${ocrLabel('邮箱')}：${d.c('email', w.toLowerCase(), w)}`); }
  else L.push(`${ocrLabel('邮箱')}：${d.mail(em, wpick([['plain', 8], ['cap', 2]]))}`);
  if (chance(0.4)) L.push(`QQ：${d.x('QQ号', p.qq)}`);
  if (chance(0.5)) L.push(`${ocrLabel('地址')}：${addr(city)}${pick(['', 'A座', '大厦'])}${ri(2, 30)}楼  邮编：${d.x('邮政编码', POST[city] + pad(ri(0, 99) * 10 + pick([0, 0, 1, 2]), 3))}`);
  if (chance(0.4)) L.push(`微信：${d.x('微信号', (p.py ? p.py.s + p.py.g.join('').slice(0, 3) : 'wx') + pick(['_', '', '-']) + ri(1, 9999))}`);
  L.push(d.x('网址', `www.${co.domain}`));
  emit(d, L.join('\n'));
}

// 17. 入会申请表 OCR
function genForm() {
  const d = new Doc('membership_form_ocr');
  const ft = pick(['chamber', 'chamber', 'alumni', 'volunteer', 'carclub']);
  const L = [];
  const box = (on) => (on ? pick(['☑', '√', '■']) : pick(['□', '口', '☐']));
  const lab = (s) => (chance(0.25) ? [...s].join(' ') : s);
  if (ft === 'chamber') {
    const ch = pick(CHAMBERS);
    const co = makeCompany(d, ch.city, ch.reg);
    const p = newPerson(d, { regions: ch.home, by: [1960, 1992] });
    L.push(ch.name); L.push(chance(0.5) ? '入 会 申 请 表' : '会员入会申请表');
    L.push(`${' '.repeat(30)}编号：${d.x('申请表编号', `${ch.code}-${ri(2022, 2024)}-${pad(ri(1, 400), 4)}`)}`);
    const ur = rnd();
    L.push(`${lab('单位名称')}  ${d.co(co)}    ${lab('统一社会信用代码')}  ${ur < 0.08 ? d.x('USCC校验位错误', badUSCC(co.uscc)) : d.uscc(co.uscc, chance(0.15) ? 'sp' : 'plain')}`);
    L.push(`${lab('法定代表人')}  ${d.nm(p, pick(['plain', 'sp', 'pad']))}   ${lab('性别')} ${p.sex}   ${lab('出生年月')} ${d.date(`${p.by}.${pad(p.bm, 2)}`)}   ${lab('籍贯')} ${d.x('籍贯', ch.hn)}`);
    const ir = rnd();
    if (ir < 0.1) { const w = p.id.slice(0, 8) + 'O' + p.id.slice(9); L.push(`${lab('身份证号')}  ${d.c('cn_resident_id', p.id, w, true)}`); }
    else if (ir < 0.2) { const w = p.id.slice(0, 10) + ' ' + p.id.slice(10); L.push(`${lab('身份证号')}  ${d.e('cn_resident_id', p.id, w)}`); }
    else L.push(`${lab('身份证号')}  ${d.id(p, wpick(IS_FREE))}`);
    L.push(`${lab('手')}${chance(0.5) ? '  ' : ''}${lab('机')}  ${d.mob(p.mobile, wpick(MS_FREE))}    ${lab('邮箱')}  ${chance(0.8) ? d.mail(emailOf(p, 'personal')) : ''}`);
    if (chance(0.6)) L.push(`${lab('单位电话')}  ${d.tel(telObj(ch.area), wpick(TS))}   ${lab('传真')}  ${d.tel(telObj(ch.area))}`);
    L.push(`${lab('申请入会类别')}：${box(false)}${d.role('会长')} ${box(false)}${d.role('常务副会长')} ${box(false)}${d.role('副会长')} ${box(true)}${d.role('理事')} ${box(false)}${d.role('会员')}`);
    const rec = newPerson(d, { regions: ch.home });
    L.push(`${lab('推荐人')}：${d.nm(rec)}（${d.role(pick(['常务副会长', '副会长', '理事']))}）`);
    if (chance(0.55)) {
      const c = p.card;
      L.push(`${lab('会费代扣账户')}：开户行 ${c.branch}  账号 ${d.card(c.no, wpick([['plain', 5], ['g4', 5]]))}  户名 ${d.nm(p)}`);
    }
    L.push(`${lab('申请人签字')}：${d.nm(p)}      日期：${d.date(cnd(rdate(2022, 2024)))}`);
    const op = newPerson(d);
    L.push(`秘书处审核意见：${pick(['同意', '同意，提交会长办公会审议', '资料齐全'])}   经办人：${d.nm(op)}`);
  } else if (ft === 'alumni') {
    const [uni] = pick(UNIS);
    const p = newPerson(d, { by: [1970, 2000] });
    const entry = p.by + 18;
    L.push(`${uni}校友会 校友信息登记表`);
    L.push(`${lab('姓名')}：${d.nm(p, pick(['plain', 'sp']))}  ${lab('性别')}：${p.sex}  ${lab('出生日期')}：${d.date(`${p.by}年${p.bm}月${p.bd}日`)}`);
    L.push(`${lab('入学年份')}：${d.x('入学年份', entry + '年')}  ${lab('毕业届别')}：${d.x('届别', entry + 4 + '届')}  ${lab('院系班级')}：${d.x('班级', pick(MAJORS) + String(entry).slice(2) + pad(ri(1, 4), 2))}`);
    if (chance(0.5)) L.push(`${lab('身份证号')}：${d.id(p, wpick(IS_FREE))}（仅用于校友卡办理）`);
    L.push(`${lab('手机')}：${d.mob(p.mobile, wpick(MS_FREE))}  ${lab('邮箱')}：${d.mail(emailOf(p, 'edu'))}`);
    L.push(`${lab('工作单位')}：${d.x('工作单位', pick(BIGCOS))}  ${lab('职务')}：${pick(TITLES)}`);
    L.push(`${lab('愿意参加的活动')}：${box(true)}行业沙龙 ${box(false)}返校日 ${box(true)}公益助学 ${box(false)}体育赛事`);
    L.push(`本人签名：${d.nm(p)}`);
  } else if (ft === 'volunteer') {
    const p = newPerson(d, { by: [1975, 2006] });
    const em = newPerson(d);
    L.push('志愿者注册登记表');
    L.push(`${lab('姓名')} ${d.nm(p, pick(['plain', 'sp', 'pad']))}  ${lab('性别')} ${p.sex}  ${lab('政治面貌')} ${pick(['群众', '共青团员', '中共党员'])}`);
    L.push(`${lab('证件类型')} 居民身份证  ${lab('证件号码')} ${d.id(p, wpick(IS_FREE))}`);
    L.push(`${lab('联系电话')} ${d.mob(p.mobile, wpick(MS_FREE))}  ${lab('电子邮箱')} ${chance(0.7) ? d.mail(emailOf(p)) : '无'}`);
    L.push(`${lab('服务意向')} ${box(true)}社区服务 ${box(false)}应急救援 ${box(true)}大型赛会 ${box(false)}助残`);
    L.push(`${lab('紧急联系人')} ${d.nm(em)}  ${lab('关系')} ${pick(['父亲', '母亲', '配偶'])}  ${lab('电话')} ${d.mob(em.mobile, wpick(MS_FREE))}`);
    L.push(`申请人签名：${d.nm(p)}   ${d.date(cnd(rdate(2023, 2024)))}`);
  } else {
    const p = newPerson(d, { by: [1975, 2000] });
    L.push(`${pick(CITY_AREA)[0]}${pick(CARS)}车友会 入会申请`);
    L.push(`${lab('真实姓名')}：${d.nm(p)}   ${lab('群昵称')}：${d.x('昵称', pick(NICKS))}`);
    L.push(`${lab('手机')}：${d.mob(p.mobile, wpick(MS_FREE))}   ${lab('车牌')}：${d.x('车牌', plateDot(plate()))}`);
    L.push(`${lab('身份证号')}（活动保险用）：${d.id(p, wpick(IS_FREE))}`);
    L.push(`${lab('车架号')}：${d.x('车架号', 'L' + pick(['GX', 'SV', 'FV', 'B1']) + pick([...'ABCDEFGH']) + digits(2) + pick([...'ABCDEFGHJK']) + digits(1) + pick([...'PRS']) + digits(7))}`);
    if (chance(0.5)) { const c = p.card; L.push(`${lab('退费账户')}：${c.bank} ${d.card(c.no, 'g4')}`); }
    L.push(`申请人：${d.nm(p)}  ${d.date(cnd(rdate(2023, 2024)))}`);
  }
  emit(d, L.join('\n'));
}

// 18. 理事会会议纪要
function genMinutes() {
  const d = new Doc('minutes');
  const ch = pick(CHAMBERS);
  const dt = rdate(2023, 2024);
  const term = pick(['第五届', '第六届', '第七届']);
  const L = [`${ch.name}${d.x('届别', term)}理事会第${pick(['一', '二', '三', '四', '五'])}次会议纪要`, ''];
  L.push(`时间：${d.date(cnd(dt))}（${d.x('星期', wday(dt))}）下午2:30`);
  L.push(`地点：商会${pick(['会议室', '大会议室', '12楼多功能厅'])}`);
  const chair = newPerson(d, { regions: ch.home });
  L.push(`主持：${d.nm(chair)}`);
  const att = Array.from({ length: ri(8, 16) }, () => newPerson(d, { regions: ch.home }));
  L.push(`出席：${att.map((p) => d.nm(p)).join('、')}（共${att.length}人）`);
  const leave = Array.from({ length: ri(1, 3) }, () => newPerson(d, { regions: ch.home }));
  L.push(`请假：${leave.map((p) => d.nm(p)).join('、')}`);
  const rec = newPerson(d, { by: [1985, 1999] });
  L.push(`记录：${d.nm(rec)}`);
  L.push('');
  L.push(`一、${d.nmc(chair)}${d.x('职务', '会长')}传达了市工商联有关文件精神，通报了${dt.y}年工作计划。`);
  const nc = makeCompany(d, ch.city, ch.reg);
  const nrep = newPerson(d, { regions: ch.home });
  L.push(`二、审议新会员入会申请。会议同意${d.co(nc)}（法定代表人：${d.nm(nrep)}）等${ri(2, 6)}家单位入会。`);
  L.push(`三、会费收缴情况：截至${d.date(`${dt.m}月${dt.d}日`)}，已收缴会费${d.amt((ri(100, 900) / 10).toFixed(1) + '万元')}，尚有${ri(3, 20)}家未缴，由${d.nmc(att[0])}${d.x('职务', '副会长')}牵头督促。`);
  const outsider = newPerson(d);
  L.push(`四、${pick(['关于会员', '关于老会员', '关于理事'])}${d.nmc(outsider)}${pick(['因病住院', '父亲去世', '企业受灾'])}一事，会议决定由商会慰问${d.amt(pick(['2000元', '3000元', '5000元']))}。`);
  L.push(`五、下次会议定于${d.date(`${dt.m === 12 ? 1 : dt.m + 1}月中旬`)}召开。`);
  L.push('');
  L.push(`${ch.name}秘书处`);
  L.push(d.date(cnd(dt)));
  emit(d, L.join('\n'));
}

// 19. 短信群发日志
function genSms() {
  const d = new Doc('sms_log');
  const org = pick([...CHAMBERS.map((c) => c.name), ...UNIS.map((u) => u[0] + '深圳校友会'), ...HOMETOWN.map((h) => h.name)]);
  const sign = org.replace(/^(深圳市|上海市|北京|杭州市|广州市|苏州市|成都市|东莞市|武汉市|天津市)/, '');
  const dt = rdate(2023, 2024);
  const L = [];
  const n = ri(6, 14);
  const tpl = `SMS_${dt.y}${pad(dt.m, 2)}${pad(ri(1, 28), 2)}${pad(ri(1, 99), 2)}`;
  const csv = chance(0.45);
  if (csv) L.push('发送时间,手机号码,短信内容,发送状态,计费条数');
  for (let i = 0; i < n; i++) {
    const p = newPerson(d);
    const ts = d.x('时间戳', `${ymd(dt)} 09:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`);
    const body = `【${sign}】${p.name}${pick(['会员', '校友', '老乡'])}您好，${pick(['本会将于' + dt.m + '月' + ri(1, 28) + '日召开会员大会，请准时参加。', '您的' + dt.y + '年度会费尚未缴纳，请及时办理。', '中秋慰问品已到，请于本周内到秘书处领取。'])}回T退订`;
    const bad = chance(0.05);
    const m = bad ? d.x('手机号非法号段', badMobile()) : d.mob(p.mobile);
    d.nm(p);
    if (csv) L.push([ts, m, body, pick(['成功', '成功', '成功', '失败(空号)', '等待回执']), 1].map(csvCell).join(','));
    else L.push(`${ts}.${pad(ri(0, 999), 3)} INFO  [sms-batch-${ymd(dt, '')}-0${ri(1, 4)}] submit mobile=${m} name=${p.name} tpl=${d.x('短信模板号', tpl)} status=${pick(['SUCCESS', 'SUCCESS', 'DELIVRD', 'FAIL:MK:0001'])} bizId=${d.x('回执号', serialNo('8', 18) + '^0')}`);
  }
  d.date(ymd(dt));
  emit(d, L.join('\n'));
}

// 20. 签到系统日志
function genCheckin() {
  const d = new Doc('checkin_log');
  const dt = rdate(2023, 2024);
  const act = d.x('活动编号', `ACT${ymd(dt, '')}${pad(ri(1, 99), 2)}`);
  const L = [];
  const n = ri(6, 14);
  for (let i = 0; i < n; i++) {
    const p = newPerson(d);
    const co = makeCompany(d, null, '440300');
    const ts = msEpoch(dt);
    const o = { ts: Number(d.x('毫秒时间戳', String(ts))), event: pick(['checkin', 'checkin', 'signup', 'checkin']), activityId: act, user: { name: d.nm(p), mobile: d.mob(p.mobile), company: d.co(co, 'short') }, seat: d.x('座位号', `${pick(['A', 'B', 'C'])}-${ri(1, 30)}`), device: `iPad-${pad(ri(1, 6), 2)}` };
    if (chance(0.3)) o.user.idNo = d.id(p);
    if (chance(0.3)) o.user.email = d.mail(emailOf(p));
    L.push(JSON.stringify(o));
  }
  emit(d, L.join('\n'));
}

// 21. 出访考察团名单
function genTrip() {
  const d = new Doc('trip_roster');
  const ch = pick(CHAMBERS);
  const dest = pick(['越南胡志明市', '泰国曼谷', '阿联酋迪拜', '马来西亚吉隆坡', '德国汉诺威', '日本大阪']);
  const dt = rdate(2024, 2024);
  const L = [`${ch.name}赴${dest}经贸考察团 团员名单`, `团号：${d.x('团号', `${ch.code}-${pick(['VN', 'TH', 'AE', 'MY', 'DE', 'JP'])}-${String(dt.y).slice(2)}${pad(dt.m, 2)}`)}   出发：${d.date(ymd(dt))} ${d.x('航班号', pick(['CZ', 'MU', 'CA', 'VN', 'EK', 'TG']) + ri(300, 9999))}`];
  L.push('序号|姓名|性别|出生日期|护照号|护照有效期|身份证号|手机|单位及职务');
  const n = ri(6, 14);
  for (let i = 1; i <= n; i++) {
    const p = newPerson(d, { regions: ch.home, by: [1958, 1995] });
    const co = makeCompany(d, ch.city, ch.reg);
    const exp = { y: ri(2025, 2033), m: ri(1, 12), d: ri(1, 28) };
    L.push([i, d.nm(p), p.sex, d.date(`${p.by}-${pad(p.bm, 2)}-${pad(p.bd, 2)}`), d.pp(newPassport()), d.date(ymd(exp)), d.id(p), d.mob(p.mobile), `${d.co(co, 'short')} ${d.role(pick(['会长', '副会长', '理事', '会员']))}`].join('|'));
  }
  const lead = newPerson(d);
  L.push(`领队：${d.nm(lead)} ${d.mob(lead.mobile, wpick(MS_FREE))}   邮箱：${d.mail(emailOf(lead))}`);
  emit(d, L.join('\n'));
}

// 22. 秘书处工作便签
function genNote() {
  const d = new Doc('secretariat_note');
  const ch = pick([...CHAMBERS, ...IASSOC]);
  const y = ri(2023, 2024);
  const L = [`秘书处工作记录（${y}）`];
  const n = ri(4, 8);
  let m = ri(1, 9), dd = ri(1, 10);
  for (let i = 0; i < n; i++) {
    dd += ri(1, 5); if (dd > 28) { dd -= 27; m = Math.min(12, m + 1); }
    const ds = d.date(`${m}/${dd}`);
    const co = makeCompany(d, ch.city, ch.reg);
    const r = rnd();
    if (r < 0.22) { const a = newPerson(d), b = newPerson(d); L.push(`${ds} ${d.nmc(a)}（${d.co(co, 'short')}）来电：联系人变更为${d.nm(b)}，手机${d.mob(b.mobile, wpick(MS_FREE))}，邮箱${d.mail(emailOf(b, 'corp', co))}。已改名录。`); }
    else if (r < 0.42) { const a = newPerson(d); const c = a.card; L.push(`${ds} 收到${d.co(co, 'short')}会费${d.amt(pick(['2000', '5000', '10000']) + '元')}，付款卡号${d.card(c.no, wpick([['plain', 6], ['g4', 4]]))}（户名：${d.nm(a)}），收据待开。`); }
    else if (r < 0.6) { const a = newPerson(d); L.push(`${ds} ${d.nmc(a)}要开会费发票：抬头${d.co(co)}，税号${d.uscc(co.uscc)}，电子发票发${d.mail(emailOf(a))}。`); }
    else if (r < 0.75) { const a = newPerson(d); L.push(`${ds} 待办：给${d.nm(a)}回电话 ${d.mob(a.mobile, wpick(MS_FREE))}（问年会座位）`); }
    else if (r < 0.88) { const a = newPerson(d); L.push(`${ds} ${d.nm(a)}${d.x('职务', pick(['副会长', '常务副会长', '监事长']))}订票信息：身份证${d.id(a, wpick(IS_FREE))}，手机${d.mob(a.mobile)}。`); }
    else { L.push(`${ds} ${d.co(co, 'short')}退会，会员证${d.x('会员证号', `No.${pad(ri(1, 600), 4)}`)}已收回，${d.x('非姓名词', '余款')}不退。`); }
  }
  emit(d, L.join('\n'));
}

// ================================================================ build
const PLAN = [[genChamberRoster, 22], [genIndustryAssoc, 14], [genAlumni, 20], [genSignup, 22], [genAA, 16], [genUnionMembers, 16], [genUnionWelfare, 18], [genSociety, 12], [genVolunteer, 14], [genCarClub, 12], [genSeating, 12], [genDuesBank, 16], [genElection, 12], [genChat, 20], [genMail, 18], [genCard, 22], [genForm, 22], [genMinutes, 10], [genSms, 10], [genCheckin, 10], [genTrip, 8], [genNote, 12]];
const order = [];
for (const [g, k] of PLAN) for (let i = 0; i < k; i++) order.push(g);
for (const g of order) g();

// ================================================================ self-check
const errors = [];
const fail = (id, msg) => { if (errors.length < 60) errors.push(`${id}: ${msg}`); else if (errors.length === 60) errors.push('…'); };
const nf = (s) => s.normalize('NFKC');
function normFor(det, w) {
  const s = nf(w);
  switch (det) {
    case 'person_name_zh': return s.replace(/\s/g, '');
    case 'email': return s.toLowerCase();
    case 'cn_passport': case 'cn_uscc': return s.replace(/[\s-]/g, '').toUpperCase();
    case 'cn_resident_id': { const t = s.replace(/[\s-]/g, '').toUpperCase(); return t.length === 15 ? upgrade15(t) : t; }
    case 'cn_mobile': { let t = s.replace(/\D/g, ''); if (t.startsWith('0086')) t = t.slice(4); else if (t.length === 13 && t.startsWith('86')) t = t.slice(2); if (t.length === 12 && t[0] === '0') t = t.slice(1); return t; }
    case 'cn_landline': { let t = s.replace(/\D/g, ''); if (/^\s*(\+86|0086)/.test(s)) t = '0' + t.replace(/^(0086|86)/, ''); return t; }
    case 'bank_card': return s.replace(/\D/g, '');
  }
}
function validFor(det, v) {
  switch (det) {
    case 'person_name_zh': return /^[\u4e00-\u9fa5·]{2,16}$/.test(v);
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v);
    case 'cn_passport': return /^(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})$/.test(v);
    case 'cn_uscc': return usccValid(v);
    case 'cn_resident_id': return idValid18(v) && ALLREG.has(v.slice(0, 6));
    case 'cn_mobile': return mobValid(v) && !DEMO.has(v);
    case 'cn_landline': return /^0(10|2[0-57-9])\d{8}$/.test(v) || /^0(755|571|512|769|577|757|574|532|731|371|591)\d{8}$/.test(v);
    case 'bank_card': return v.length >= 16 && v.length <= 19 && luhnOk(v) && /^(62|81)/.test(v);
  }
}
const NAMEISH = new Set(['企业名称', '职务', '联系人占位', '部门名称', '昵称', '职务占位', '非姓名词', '工作单位', '单位名称', '掩码姓名', '地名', '学校名称', '籍贯', '社会职务', '群昵称', '签收占位', '汇总行', '星期']);
const stats = { kinds: {}, dets: {}, dc: {}, decoys: {} };
let nEnt = 0, nDec = 0;
for (const { obj, doc } of docs) {
  const { id, text } = obj;
  stats.kinds[obj.kind] = (stats.kinds[obj.kind] || 0) + 1;
  const entKeys = new Set(obj.entities.map((e) => e.detector + '\u0000' + e.value));
  const labelled = new Set([...obj.entities, ...obj.dontCare].map((e) => e.detector + '\u0000' + e.value));
  for (const f of doc.forms) {
    if (!text.includes(f.written)) fail(id, `written form not in text: ${f.det} ${JSON.stringify(f.written)}`);
    if (f.broken) continue;
    const nv = normFor(f.det, f.written);
    if (nv !== f.value) fail(id, `normalisation mismatch ${f.det}: ${JSON.stringify(f.written)} -> ${nv} != ${f.value}`);
    if (f.ent && !validFor(f.det, f.value)) fail(id, `invalid entity ${f.det} ${f.value}`);
  }
  for (const e of obj.entities) { stats.dets[e.detector] = (stats.dets[e.detector] || 0) + 1; nEnt++; }
  for (const e of obj.dontCare) stats.dc[e.detector] = (stats.dc[e.detector] || 0) + 1;
  const entWritten = doc.forms.filter((f) => f.ent || f.det === 'person_name_zh').map((f) => f.written);
  const entVals = new Set([...obj.entities, ...obj.dontCare].map((e) => e.value));
  for (const dcy of obj.decoys) {
    stats.decoys[dcy.kind] = (stats.decoys[dcy.kind] || 0) + 1; nDec++;
    if (!text.includes(dcy.text)) fail(id, `decoy not in text: ${dcy.text}`);
    const n = nf(dcy.text);
    if (entVals.has(n) || entVals.has(n.toLowerCase()) || entVals.has(n.replace(/\D/g, ''))) fail(id, `decoy equals a label: ${dcy.text}`);
    for (const w of entWritten) {
      if (w.includes(dcy.text) || (NAMEISH.has(dcy.kind) || dcy.text.length > 3) && dcy.text.includes(w)) fail(id, `decoy ${dcy.kind} "${dcy.text}" overlaps label "${w}"`);
    }
    // numeric decoys must be invalid under every detector
    const dd = n.replace(/[\s\-*]/g, '');
    for (const run of dd.match(/[0-9A-Z]+/g) || []) {
      if (/^\d{11}$/.test(run) && mobValid(run)) fail(id, `decoy holds a valid mobile: ${dcy.text}`);
      if ((/^\d{17}[\dX]$/.test(run) && idValid18(run)) || idValid15(run)) fail(id, `decoy holds a valid ID: ${dcy.text}`);
      if (/^\d{16,19}$/.test(run) && luhnOk(run)) fail(id, `decoy is Luhn-valid 16-19: ${dcy.text}`);
      if (run.length === 18 && usccValid(run)) fail(id, `decoy is a valid USCC: ${dcy.text}`);
    }
  }
  // every valid value in the text must be labelled
  const t = nf(text);
  const cover = new Uint8Array(t.length + 1);
  for (const w of [...doc.forms.map((f) => f.written), ...obj.decoys.map((x) => x.text)].map(nf)) { let i = -1; while ((i = t.indexOf(w, i + 1)) >= 0) cover.fill(1, i, i + w.length); }
  for (const m of t.matchAll(/\d+/g)) {
    const r = m[0];
    if (cover[m.index] && cover[m.index + r.length - 1]) continue;
    const lab = (det, v) => labelled.has(det + '\u0000' + v);
    if (r.length === 11 && /^1[3-9]/.test(r) && !lab('cn_mobile', r)) fail(id, `unlabelled 11-digit 1[3-9] run ${r}`);
    if (r.length === 18 || (r.length === 17 && /[Xx]/.test(t[m.index + 17] || ''))) {
      const full = r.length === 18 ? r : r + 'X';
      if (idValid18(full) && !lab('cn_resident_id', full)) fail(id, `unlabelled valid ID ${full}`);
    }
    if (r.length === 15 && idValid15(r) && !lab('cn_resident_id', upgrade15(r))) fail(id, `unlabelled legacy ID ${r}`);
    if (r.length >= 16 && r.length <= 19 && luhnOk(r) && !(r.length === 18 && idValid18(r)) && !lab('bank_card', r)) fail(id, `unlabelled Luhn-valid run ${r}`);
  }
  for (const m of t.matchAll(/(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])/g)) if (usccValid(m[0]) && !idValid18(m[0]) && !labelled.has('cn_uscc\u0000' + m[0])) fail(id, `unlabelled valid USCC ${m[0]}`);
  for (const m of t.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g)) {
    const v = m[0].toLowerCase();
    if (!labelled.has('email\u0000' + v) && !obj.decoys.some((x) => x.text === m[0])) fail(id, `unlabelled e-mail ${m[0]}`);
  }
  if (new Set(obj.entities.map((e) => e.detector + e.value)).size !== obj.entities.length) fail(id, 'duplicate entity');
  for (const k of obj.dontCare) if (entKeys.has(k.detector + '\u0000' + k.value)) fail(id, 'dontCare also entity');
}
const out = process.argv[2];
if (!out) { console.error('usage: node associations.mjs OUT.jsonl'); process.exit(2); }
writeFileSync(out, docs.map((x) => JSON.stringify(x.obj)).join('\n') + '\n');
console.log(`documents: ${docs.length}  kinds: ${Object.keys(stats.kinds).length}`);
console.log('documents per kind:'); for (const [k, v] of Object.entries(stats.kinds)) console.log(`  ${k.padEnd(22)} ${v}`);
console.log('entities per detector:'); for (const [k, v] of Object.entries(stats.dets).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(22)} ${v}`);
console.log('dontCare per detector:'); for (const [k, v] of Object.entries(stats.dc)) console.log(`  ${k.padEnd(22)} ${v}`);
console.log(`decoys: ${nDec} (entities: ${nEnt})`); for (const [k, v] of Object.entries(stats.decoys).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(22)} ${v}`);
if (errors.length) { console.error('SELF-CHECK FAILED:\n' + errors.join('\n')); process.exit(1); }
console.log('self-check: OK');
