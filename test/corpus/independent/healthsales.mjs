#!/usr/bin/env node
/*
 * healthsales.mjs — independent labelled test corpus for listguard.
 *
 * Theme: companies that sell health products and "elderly tours" to old people
 * (会销 / 保健品 / 养生馆 / 体验店 / 老年旅游) in eight cities (徐州, 济南, 临沂,
 * 合肥, 郑州, 上海, 沈阳, 成都), and the people around them. All companies,
 * people and numbers are synthetic.
 *
 * Document kinds: 会销签到表 (健康讲座), 客户档案 (with 子女/紧急联系人), 礼品领取
 * 登记 (free eggs for a phone number and ID), 回访记录, 电话回访 call-centre
 * exports, 体验店 member exports (JSON), 讲师/业务员 提成发放表 with bank cards,
 * 订单 exports, 物流发货单, 退货/退款申请, 分期/代扣授权书, WeChat groups of
 * 业务员 and of 老人群, SMS marketing logs, 经销商 and 供货商 lists with USCCs,
 * 市场监管局 处罚公示/警示 notices (masked values), OCR'd paper 登记表 (legacy
 * 15-digit IDs), 健康档案 (血压/血糖), 抽奖 lists (internal and public),
 * e-mails with signatures and quoted replies, CRM XML exports, 老年旅游报名表,
 * 购销合同 PDF text with wrapped lines, 业绩排行 fixed-width reports, CRM import
 * logs, 子女 complaints to 12345 / 12315.
 *
 * Usage:   node healthsales.mjs OUT.jsonl
 *
 * Output:  one JSON object per line
 *   {"id":"hs-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must NOT be reported under any detector
 *
 * Normalisation of label values:
 *   cn_resident_id  18 chars, upper-case X (legacy 15-digit numbers upgraded to 18)
 *   cn_mobile       11 digits, no +86, no separators
 *   cn_landline     digits incl. leading 0 and area code, no separators/extension
 *   email           lower-case
 *   bank_card       digits only
 *   cn_uscc         18 chars upper-case
 *   person_name_zh  the name as written, without spaces, titles or pinyin
 *   decoys          exact text as written in the document
 *
 * Decoys of this domain: 订单号, 快递单号 (SF/YT/JT + digits, 中通 pure digits),
 * 产品批号, 会员卡号 (16 digits, Luhn-failing), 客户编号, 工号, 场次号, 血压 /
 * 血糖 / 心率 readings, 金额, dates, 批准文号 (国食健注…), 生产许可证号 (SC…),
 * 合同编号, 团号, 旅行社经营许可证号, 处罚文号, masked names / phones / IDs /
 * cards, product names that start with a surname (何首乌, 田七, 金康宝, 常青藤,
 * 万年青 …), store and 小区 names, job titles, WeChat nicknames, SMS 消息ID /
 * 批次号, 400 and 12315 hotlines, IDs / mobiles / cards that fail their checks
 * (in import logs), 对公账号, 13-digit ms timestamps, 抽奖券号, 仪器编号,
 * Excel-mangled card numbers (6.22848E+18).
 *
 * dontCare: forms of address alone (王阿姨, 李大爷, 老张, 张老, 刘老师, 陈经理,
 * 小王), names only in running prose with no person field nearby (回访 notes
 * like "她儿子李伟不同意"), chat sender names in the 老人群 and in groups that
 * do not use the 门店-姓名 real-name convention, and numbers OCR broke (O for 0,
 * l for 1, a stray letter). In the staff WeChat group whose admin demands the
 * "门店-姓名" nickname convention, sender names ARE labelled. Legacy 15-digit
 * IDs are entities (upgraded to 18); numbers OCR split over two lines are
 * entities. Company e-mail addresses (caiwu@…, kefu@…) are entities like any
 * other e-mail. The USCC and 法定代表人 of a company in a public 处罚公示 are
 * entities (a person field and a credit-code field).
 *
 * Written in session 31 by a helper that never read src/, rules/ or test/,
 * from cn-formats.md and DESIGN.md only (veterans.mjs read for format only).
 */
import { writeFileSync } from 'node:fs';

const OUT = process.argv[2];
if (!OUT) { console.error('usage: node healthsales.mjs OUT.jsonl'); process.exit(2); }

// ───────────────────────── PRNG ─────────────────────────
function sfc32(a, b, c, d) {
  return function () {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0; c = (c << 21) | (c >>> 11); d = (d + 1) | 0; t = (t + d) | 0; c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}
const rng = sfc32(0x9e3779b9, 0x243f6a88, 0xb7e15162, 0x0315_1999); // 3·15
for (let i = 0; i < 20; i++) rng();
const R = () => rng();
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
const pad = (n, w) => String(n).padStart(w, '0');
const wpick = (pairs) => { let t = 0; for (const p of pairs) t += p[1]; let x = R() * t; for (const p of pairs) { x -= p[1]; if (x < 0) return p[0]; } return pairs[pairs.length - 1][0]; };
const shuffle = (a) => { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const sample = (a, n) => shuffle([...a]).slice(0, n);
const pickF = (...fns) => pick(fns)(); // choose lazily: only the chosen branch labels anything

// ───────────────────────── checks ─────────────────────────
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const idCheck = (b) => { let s = 0; for (let i = 0; i < 17; i++) s += +b[i] * IDW[i]; return '10X98765432'[s % 11]; };
const PROVS = new Set('11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65'.split(' '));
const realDate = (y, m, d) => { const t = new Date(Date.UTC(y, m - 1, d)); return m >= 1 && m <= 12 && d >= 1 && t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d; };
const mdays = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
function idShape(s) { // check char + real date, any region
  s = s.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  const y = +s.slice(6, 10);
  return y >= 1900 && y <= 2025 && realDate(y, +s.slice(10, 12), +s.slice(12, 14)) && idCheck(s) === s[17];
}
const idValid = (s) => idShape(s) && PROVS.has(s.slice(0, 2));
const legacyShape = (s) => /^\d{15}$/.test(s) && PROVS.has(s.slice(0, 2)) && realDate(1900 + +s.slice(6, 8), +s.slice(8, 10), +s.slice(10, 12));
const up15 = (s) => { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheck(b); };
function luhn(s) { let t = 0, dbl = false; for (let i = s.length - 1; i >= 0; i--) { let v = +s[i]; if (dbl) { v *= 2; if (v > 9) v -= 9; } t += v; dbl = !dbl; } return t % 10 === 0; }
const luhnFix = (body) => { for (let c = 0; c <= 9; c++) if (luhn(body + c)) return body + c; };
const MOBRE = /^1(3\d|4[57]|5[0-35-9]|6[2567]|7[0-35-8]|8\d|9[0-35-9])\d{8}$/;
const mobOk = (s) => MOBRE.test(s);
const UAL = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UWT = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const usccCk = (s) => { let t = 0; for (let i = 0; i < 17; i++) t += UAL.indexOf(s[i]) * UWT[i]; return UAL[(31 - (t % 31)) % 31]; };
const OWT = [3, 7, 9, 10, 5, 8, 4, 2];
const orgCk = (b) => { let t = 0; for (let i = 0; i < 8; i++) t += (/\d/.test(b[i]) ? +b[i] : b.charCodeAt(i) - 55) * OWT[i]; const c = 11 - (t % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); };
const usccOk = (s) => /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s) && usccCk(s) === s[17] && orgCk(s.slice(8, 16)) === s[16];
// a number the engine must not mistake for anything
function clean(s) {
  for (const m of s.matchAll(/\d+/g)) {
    const r = m[0];
    if (r.length === 11 && mobOk(r)) return false;
    if (r.length >= 16 && r.length <= 19 && luhn(r)) return false;
    if (r.length === 18 && (idShape(r) || usccOk(r))) return false;
    if (r.length === 17 && idShape(r + 'X')) return false;
    if (r.length === 15 && legacyShape(r)) return false;
  }
  return true;
}
function serial(prefix, n) { for (;;) { const s = prefix + digits(n - prefix.length); if (clean(s)) return s; } }

// ───────────────────────── written forms ─────────────────────────
const FW = (s) => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xFEE0));
function fMob(m, st) {
  switch (st) {
    case 1: return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case 2: return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 3: return `+86 ${m}`;
    case 4: return `+86-${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case 5: return FW(m);
    case 6: return `(+86)${m}`;
    case 7: return `0086${m}`;
    case 8: return `${m.slice(0, 3)}-${m.slice(3)}`;
    default: return m;
  }
}
function fId(id, st) {
  switch (st) {
    case 1: return id.endsWith('X') ? id.slice(0, 17) + 'x' : id;
    case 2: return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    case 3: return FW(id);
    case 4: return `${id.slice(0, 6)}-${id.slice(6, 14)}-${id.slice(14)}`;
    default: return id;
  }
}
function fCard(c, st) {
  switch (st) {
    case 1: return c.replace(/(\d{4})(?=\d)/g, '$1 ');
    case 2: return c.replace(/(\d{4})(?=\d)/g, '$1-');
    case 3: return FW(c);
    case 4: return `${c.slice(0, 6)} ${c.slice(6)}`;
    default: return c;
  }
}
const dw = (s) => [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0x2E80 ? 2 : 1), 0);
const padW = (s, w) => s + ' '.repeat(Math.max(1, w - dw(s)));
const padR = (s, w) => ' '.repeat(Math.max(1, w - dw(s))) + s;
const fTel = (t, st = 0) => st === 1 ? `(${t.a})${t.n}` : st === 2 ? `${t.a} ${t.n}` : st === 3 ? `+86 ${t.a.slice(1)} ${t.n}` : st === 4 ? `（${t.a}）${t.n}` : `${t.a}-${t.n}`;

// ───────────────────────── document object ─────────────────────────
class Doc {
  constructor(kind) { this.kind = kind; this.E = new Map(); this.C = new Map(); this.X = new Map(); }
  e(det, v) { this.E.set(det + '|' + v, { detector: det, value: v }); return v; }
  c(det, v) { this.C.set(det + '|' + v, { detector: det, value: v }); return v; }
  x(kind, text) { text = String(text); this.X.set(kind + '|' + text, { kind, text }); return text; }
  nm(n) { this.e('person_name_zh', n); return n; }
  nmc(n) { this.c('person_name_zh', n); return n; }
  mob(m, st = 0) { this.e('cn_mobile', m); return fMob(m, st); }
  id(p, st = 0) { this.e('cn_resident_id', p.id); return fId(p.id, st); }
  id15(p) { this.e('cn_resident_id', p.id); return p.id15; }
  card(c, st = 0) { this.e('bank_card', c); return fCard(c, st); }
  mail(m) { this.e('email', m.toLowerCase()); const l = m.split('@')[0]; if (/^\d{11}$/.test(l) && mobOk(l)) this.e('cn_mobile', l); return m; }
  tel(t, st = 0) { this.e('cn_landline', t.a + t.n); return fTel(t, st); }
  uscc(u) { this.e('cn_uscc', u); return u; }
}
const DOCS = [];
const counters = {};
function emit(d, text) {
  counters[d.kind] = (counters[d.kind] || 0) + 1;
  for (const k of d.E.keys()) d.C.delete(k);
  DOCS.push({ id: `hs-${d.kind}-${counters[d.kind]}`, kind: d.kind, text, entities: [...d.E.values()], dontCare: [...d.C.values()], decoys: [...d.X.values()] });
}

// ───────────────────────── places ─────────────────────────
const CITIES = [
  { c: '徐州', p: '江苏省', a: '0516', tn: () => '8' + pick(['3', '5', '7']) + digits(6), r: [['320302', '鼓楼区'], ['320303', '云龙区'], ['320311', '泉山区'], ['320312', '铜山区'], ['320321', '丰县'], ['320322', '沛县'], ['320324', '睢宁县'], ['320382', '邳州市']], old: [['320302', '鼓楼区'], ['320303', '云龙区'], ['320323', '铜山县']], cr: '320300', roads: ['中山北路', '淮海东路', '解放南路', '民主北路', '复兴南路', '建国西路'], xq: ['矿山新村', '民富园', '翠屏山小区', '王陵路小区', '金山东村', '湖滨新村'] },
  { c: '济南', p: '山东省', a: '0531', tn: () => '8' + pick(['1', '2', '6', '8']) + digits(6), r: [['370102', '历下区'], ['370103', '市中区'], ['370104', '槐荫区'], ['370105', '天桥区'], ['370112', '历城区'], ['370113', '长清区']], old: [['370102', '历下区'], ['370103', '市中区'], ['370181', '章丘市']], cr: '370100', roads: ['经十路', '和平路', '历山路', '堤口路', '英雄山路', '纬二路'], xq: ['燕子山小区', '七里山南村', '全福小区', '段店北路小区', '舜玉小区', '八里洼小区'] },
  { c: '临沂', p: '山东省', a: '0539', tn: () => '8' + pick(['1', '2', '3', '7']) + digits(6), r: [['371302', '兰山区'], ['371311', '罗庄区'], ['371312', '河东区'], ['371321', '沂南县'], ['371322', '郯城县'], ['371323', '沂水县']], old: [['371302', '兰山区'], ['371321', '沂南县'], ['371322', '郯城县']], cr: '371300', roads: ['沂蒙路', '解放路', '通达路', '金雀山路', '兰山路'], xq: ['书香苑', '沂河新村', '银雀山小区', '东兴花园', '宏大花园'] },
  { c: '合肥', p: '安徽省', a: '0551', tn: () => '6' + pick(['2', '3', '4', '5']) + digits(6), r: [['340102', '瑶海区'], ['340103', '庐阳区'], ['340104', '蜀山区'], ['340111', '包河区'], ['340121', '长丰县'], ['340122', '肥东县']], old: [['340102', '瑶海区'], ['340103', '庐阳区'], ['340104', '蜀山区']], cr: '340100', roads: ['长江中路', '金寨路', '芜湖路', '蒙城路', '临泉路', '望江西路'], xq: ['琥珀山庄', '安居苑', '杏花村小区', '双岗小区', '翡翠苑', '南七里站小区'] },
  { c: '郑州', p: '河南省', a: '0371', tn: () => '6' + pick(['3', '5', '6', '7', '8']) + digits(6), r: [['410102', '中原区'], ['410103', '二七区'], ['410104', '管城回族区'], ['410105', '金水区'], ['410108', '惠济区'], ['410122', '中牟县']], old: [['410102', '中原区'], ['410103', '二七区'], ['410105', '金水区']], cr: '410100', roads: ['建设路', '文化路', '大学路', '花园路', '陇海路', '农业路'], xq: ['绿云小区', '政七街小区', '碧沙岗小区', '棉纺路小区', '京广新村', '黄河新村'] },
  { c: '上海', p: '上海市', a: '021', tn: () => pick(['5', '6']) + digits(7), r: [['310101', '黄浦区'], ['310104', '徐汇区'], ['310105', '长宁区'], ['310106', '静安区'], ['310107', '普陀区'], ['310110', '杨浦区'], ['310112', '闵行区'], ['310115', '浦东新区']], old: [['310103', '卢湾区'], ['310108', '闸北区'], ['310104', '徐汇区'], ['310110', '杨浦区']], cr: '310000', roads: ['长寿路', '控江路', '天目西路', '曹杨路', '凌云路', '中山北路'], xq: ['曹杨新村', '控江二村', '天山新村', '康健新村', '梅陇三村', '长风一村'] },
  { c: '沈阳', p: '辽宁省', a: '024', tn: () => '8' + pick(['2', '3', '6', '8']) + digits(6), r: [['210102', '和平区'], ['210103', '沈河区'], ['210104', '大东区'], ['210105', '皇姑区'], ['210106', '铁西区'], ['210112', '浑南区']], old: [['210102', '和平区'], ['210103', '沈河区'], ['210105', '皇姑区'], ['210106', '铁西区']], cr: '210100', roads: ['北陵大街', '中华路', '北京街', '小北关街', '兴华南街'], xq: ['工人村', '保工北街小区', '滑翔小区', '岐山一校小区', '万柳塘小区'] },
  { c: '成都', p: '四川省', a: '028', tn: () => '8' + pick(['5', '6', '7']) + digits(6), r: [['510104', '锦江区'], ['510105', '青羊区'], ['510106', '金牛区'], ['510107', '武侯区'], ['510108', '成华区']], old: [['510104', '锦江区'], ['510105', '青羊区'], ['510106', '金牛区'], ['510107', '武侯区']], cr: '510100', roads: ['玉双路', '抚琴西路', '二环路北一段', '红星路', '双林路'], xq: ['抚琴小区', '玉林小区', '驷马桥小区', '府青路二段小区', '水碾河小区'] },
];

// ───────────────────────── names ─────────────────────────
const SUR = [
  ['王', 'wang', 92], ['李', 'li', 88], ['张', 'zhang', 84], ['刘', 'liu', 66], ['陈', 'chen', 58], ['杨', 'yang', 40], ['黄', 'huang', 26], ['赵', 'zhao', 30], ['吴', 'wu', 24], ['周', 'zhou', 24],
  ['徐', 'xu', 20], ['孙', 'sun', 20], ['马', 'ma', 18], ['朱', 'zhu', 16], ['胡', 'hu', 15], ['郭', 'guo', 14], ['何', 'he', 12], ['高', 'gao', 12], ['林', 'lin', 11], ['罗', 'luo', 10],
  ['郑', 'zheng', 10], ['梁', 'liang', 9], ['谢', 'xie', 8], ['宋', 'song', 8], ['唐', 'tang', 8], ['许', 'xu', 7], ['韩', 'han', 7], ['冯', 'feng', 7], ['邓', 'deng', 7], ['曹', 'cao', 7],
  ['彭', 'peng', 6], ['曾', 'zeng', 6], ['肖', 'xiao', 6], ['田', 'tian', 5], ['董', 'dong', 5], ['袁', 'yuan', 5], ['潘', 'pan', 5], ['于', 'yu', 5], ['蒋', 'jiang', 5], ['蔡', 'cai', 5],
  ['余', 'yu', 4], ['杜', 'du', 4], ['叶', 'ye', 4], ['程', 'cheng', 4], ['苏', 'su', 4], ['魏', 'wei', 4], ['吕', 'lv', 4], ['丁', 'ding', 4], ['任', 'ren', 4], ['沈', 'shen', 4],
  ['姚', 'yao', 3], ['卢', 'lu', 3], ['姜', 'jiang', 3], ['崔', 'cui', 3], ['钟', 'zhong', 3], ['谭', 'tan', 3], ['陆', 'lu', 3], ['汪', 'wang', 3], ['范', 'fan', 3], ['金', 'jin', 3],
  ['石', 'shi', 3], ['廖', 'liao', 3], ['贾', 'jia', 3], ['夏', 'xia', 3], ['韦', 'wei', 2], ['付', 'fu', 2], ['方', 'fang', 2], ['白', 'bai', 2], ['邹', 'zou', 2], ['孟', 'meng', 2],
  ['熊', 'xiong', 2], ['秦', 'qin', 2], ['邱', 'qiu', 2], ['江', 'jiang', 2], ['尹', 'yin', 2], ['薛', 'xue', 2], ['闫', 'yan', 2], ['段', 'duan', 2], ['雷', 'lei', 2], ['侯', 'hou', 2],
  ['龙', 'long', 1], ['史', 'shi', 1], ['陶', 'tao', 1], ['黎', 'li', 1], ['贺', 'he', 1], ['顾', 'gu', 2], ['毛', 'mao', 1], ['郝', 'hao', 1], ['龚', 'gong', 1], ['邵', 'shao', 1],
  ['万', 'wan', 1], ['钱', 'qian', 1], ['严', 'yan', 1], ['常', 'chang', 1], ['牛', 'niu', 1], ['欧阳', 'ouyang', 0.8], ['司马', 'sima', 0.3], ['上官', 'shangguan', 0.3], ['诸葛', 'zhuge', 0.2], ['司徒', 'situ', 0.3],
];
const SURW = SUR.map((s) => [s, s[2]]);
const gp = (s) => s.trim().split(/\s+/).map((t) => t.split(':'));
const GIVEN = {
  oF: gp('桂英:guiying 秀兰:xiulan 玉兰:yulan 淑珍:shuzhen 凤英:fengying 桂兰:guilan 秀英:xiuying 秀珍:xiuzhen 玉珍:yuzhen 素芬:sufen 翠兰:cuilan 金凤:jinfeng 春兰:chunlan 秀芳:xiufang 玉梅:yumei 淑华:shuhua 兰英:lanying 桂芳:guifang 凤兰:fenglan 月英:yueying 美华:meihua 宝珍:baozhen 雪琴:xueqin 惠芬:huifen 素珍:suzhen 淑兰:shulan 玉芳:yufang 瑞英:ruiying 爱珍:aizhen 桂珍:guizhen 丽华:lihua 秋菊:qiuju 巧云:qiaoyun'),
  oM: gp('德福:defu 国华:guohua 建国:jianguo 福生:fusheng 长山:changshan 振华:zhenhua 志明:zhiming 宝林:baolin 文华:wenhua 树林:shulin 玉林:yulin 广才:guangcai 德明:deming 永祥:yongxiang 庆余:qingyu 世荣:shirong 立新:lixin 学文:xuewen 家宝:jiabao 春生:chunsheng 保华:baohua 根生:gensheng 金海:jinhai 荣昌:rongchang 兆林:zhaolin 炳坤:bingkun 守信:shouxin 洪发:hongfa 士杰:shijie 德才:decai 如海:ruhai 仁和:renhe'),
  mF: gp('丽:li 静:jing 敏:min 艳:yan 娟:juan 红梅:hongmei 海燕:haiyan 丽娟:lijuan 春燕:chunyan 雪梅:xuemei 红霞:hongxia 晓燕:xiaoyan 秀丽:xiuli 莉:li 慧:hui 玲:ling 晓红:xiaohong 丽萍:liping 燕:yan 颖:ying 卫红:weihong 桂香:guixiang'),
  mM: gp('伟:wei 强:qiang 军:jun 磊:lei 洋:yang 勇:yong 涛:tao 明:ming 辉:hui 志刚:zhigang 建华:jianhua 晓东:xiaodong 海波:haibo 立军:lijun 卫东:weidong 晓峰:xiaofeng 建军:jianjun 国庆:guoqing 海涛:haitao 俊:jun 斌:bin 红兵:hongbing 文斌:wenbin 永强:yongqiang'),
  yF: gp('婷婷:tingting 佳琪:jiaqi 梦洁:mengjie 思雨:siyu 子涵:zihan 欣怡:xinyi 梓萱:zixuan 佳怡:jiayi 诗雨:shiyu 雨欣:yuxin 晓雪:xiaoxue 倩:qian 璐:lu 悦:yue 丹丹:dandan 露露:lulu 晶晶:jingjing 雪:xue 蕾:lei'),
  yM: gp('浩:hao 宇航:yuhang 俊杰:junjie 一鸣:yiming 家豪:jiahao 文博:wenbo 晨:chen 旭:xu 鹏飞:pengfei 子轩:zixuan 浩然:haoran 志远:zhiyuan 凯:kai 帅:shuai 鑫:xin 天宇:tianyu 博:bo 阳:yang 亮:liang 超:chao'),
};
const MINORITY = [['阿依古丽·买买提', 'ayiguli', 'F'], ['热依汗·吐尔逊', 'reyihan', 'F'], ['艾力·吾守尔', 'aili', 'M'], ['买买提·依明', 'maimaiti', 'M'], ['古丽娜尔·沙吾提', 'gulinaer', 'F']];
function mkName(by, sex, sur) {
  if (!sur && chance(0.006)) { const m = pick(MINORITY.filter((x) => x[2] === sex)); return { name: m[0], sur: m[0][0], given: m[0].slice(1), py: m[1], sp: m[1], gp: '' }; }
  const s = sur ? SUR.find((x) => x[0] === sur) : wpick(SURW);
  const era = by < 1965 ? 'o' : by < 1988 ? 'm' : 'y';
  const [g, gpy] = pick(GIVEN[era + sex]);
  return { name: s[0] + g, sur: s[0], given: g, py: s[1] + gpy, sp: s[1], gp: gpy };
}

// ───────────────────────── people ─────────────────────────
const used = { id: new Set(), mob: new Set(), card: new Set(), mail: new Set(), name: new Set() };
const PFX_OLD = '130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159 180 186 187 189'.split(' ');
const PFX_NEW = PFX_OLD.concat('181 182 183 184 185 188 166 170 171 173 175 176 177 178 191 193 195 198 199 147 145 165 167 162 190 192 196 197 172'.split(' '));
const DEMO = new Set(['13800138000', '13912345678', '18888888888']);
function genMob(young) { for (;;) { const m = pick(young ? PFX_NEW : PFX_OLD) + digits(8); if (mobOk(m) && !DEMO.has(m) && !used.mob.has(m)) { used.mob.add(m); return m; } } }
const BANKS = [
  ['中国农业银行', '农行', ['622848', '622845', '622827'], 19, 8], ['中国工商银行', '工行', ['622202', '621226', '621723'], 19, 8], ['中国建设银行', '建行', ['621700', '622700', '436742'], 19, 7],
  ['中国银行', '中行', ['621661', '621785', '456351'], 19, 4], ['中国邮政储蓄银行', '邮储', ['621799', '622188', '621098'], 19, 6], ['交通银行', '交行', ['622260', '622262'], 19, 3],
  ['招商银行', '招行', ['622588', '621483', '622575'], 16, 4], ['兴业银行', '兴业', ['622909', '622908'], 18, 2], ['中信银行', '中信', ['621768', '622690'], 16, 2],
  ['浦发银行', '浦发', ['622521', '621793'], 16, 1], ['民生银行', '民生', ['621691', '622622'], 16, 1], ['农村商业银行', '农商行', ['623059', '621928', '622991'], 19, 4],
].map(([n, s, bins, len, w]) => ({ n, s, bins, len, w }));
const CREDIT = [{ n: '招商银行信用卡', s: '招行信用卡', bins: ['439225', '552534', '622575'], len: 16 }, { n: '中国建设银行龙卡信用卡', s: '建行信用卡', bins: ['436742', '524094', '489592'], len: 16 }, { n: '中国工商银行牡丹信用卡', s: '工行信用卡', bins: ['427020', '548943', '625965'], len: 16 }];
function genCard(bank) {
  for (;;) {
    const b = pick(bank.bins); const len = b[0] === '4' || b[0] === '5' ? 16 : bank.len;
    const c = luhnFix(b + digits(len - 1 - b.length));
    if (!used.card.has(c)) { used.card.add(c); return c; }
  }
}
function genId(reg, y, m, d, male) {
  for (;;) {
    let q = ri(0, 999); if ((q % 2 === 1) !== male) q = (q + 1) % 1000;
    const b = reg + y + pad(m, 2) + pad(d, 2) + pad(q, 3);
    const id = b + idCheck(b);
    if (!used.id.has(id)) { used.id.add(id); return id; }
  }
}
const MAILDOM = [['qq.com', 34], ['163.com', 22], ['126.com', 9], ['sina.com', 4], ['sohu.com', 2], ['139.com', 4], ['189.cn', 2], ['foxmail.com', 4], ['aliyun.com', 2], ['outlook.com', 3], ['hotmail.com', 2], ['yeah.net', 2], ['gmail.com', 2], ['wo.cn', 1], ['21cn.com', 1], ['tom.com', 1]];
function genMail(p) {
  for (;;) {
    const dom = wpick(MAILDOM);
    let m;
    if ((dom === 'qq.com' || dom === 'foxmail.com') && chance(0.65)) m = `${ri(1, 9)}${digits(ri(6, 9))}@${dom}`;
    else if (['139.com', '189.cn', 'wo.cn', '163.com'].includes(dom) && chance(dom === '163.com' ? 0.15 : 0.7)) m = `${p.mob}@${dom}`;
    else {
      const yy = String(p.by).slice(2), k = ri(0, 6);
      m = k === 0 ? `${p.py}${yy}` : k === 1 ? `${p.py}${p.by}` : k === 2 ? `${p.sp}.${p.gp}` : k === 3 ? `${p.gp}_${p.sp}${ri(1, 99)}` : k === 4 ? `${p.sp[0]}${p.gp}${pad(ri(0, 999), 3)}` : k === 5 ? `${p.py}${pad(p.bm, 2)}${pad(p.bd, 2)}` : `${p.sp}${p.gp[0] || 'x'}${ri(60, 99)}`;
      if (chance(0.08)) m = m[0].toUpperCase() + m.slice(1);
      m += '@' + dom;
    }
    if (!used.mail.has(m.toLowerCase())) { used.mail.add(m.toLowerCase()); return m; }
  }
}
// kind: 'old' (customer 1935-1962), 'kid' (child 1958-1995), 'staff' (1972-2001)
function mkPerson(o = {}) {
  const kind = o.kind || 'old';
  const [y0, y1] = o.yr || (kind === 'old' ? [1935, 1962] : kind === 'kid' ? [1958, 1995] : [1972, 2001]);
  const sex = o.sex || (kind === 'old' ? (chance(0.68) ? 'F' : 'M') : chance(0.5) ? 'F' : 'M');
  const by = ri(y0, y1), bm = ri(1, 12), bd = ri(1, mdays(by, bm));
  let nm;
  for (let k = 0; ; k++) { nm = mkName(by, sex, o.sur); if (!used.name.has(nm.name) || k > 30) break; }
  used.name.add(nm.name);
  const city = o.city || pick(CITIES);
  let reg, regName;
  if (o.legacy || (by < 1968 && chance(0.12))) [reg, regName] = pick(city.old);
  else if (chance(0.88)) [reg, regName] = pick(city.r);
  else { const oc = pick(CITIES); [reg, regName] = pick(oc.r); }
  const id = genId(reg, by, bm, bd, sex === 'M');
  const p = { ...nm, kind, sex, xb: sex === 'M' ? '男' : '女', by, bm, bd, id, city, reg, regName, age: 2024 - by };
  p.id15 = id.slice(0, 6) + id.slice(8, 17);
  p.mob = genMob(kind !== 'old' || chance(0.3));
  p.bank = wpick(BANKS.map((b) => [b, b.w]));
  p.card = genCard(p.bank);
  p.mail = genMail(p);
  const [, dn] = pick(city.r);
  p.addr = `${city.c === '上海' ? '上海市' : city.p + city.c + '市'}${dn}${pick(city.roads)}${ri(1, 399)}号${pick(city.xq)}${ri(1, 30)}号楼${ri(1, 6)}单元${ri(1, 7)}0${ri(1, 4)}室`;
  p.xq = pick(city.xq);
  p.bld = `${ri(1, 30)}号楼${ri(1, 6)}0${ri(1, 4)}`;
  return p;
}
function people(n, o) { return Array.from({ length: n }, () => mkPerson(typeof o === 'function' ? o() : o)); }
// a child of an old person (same surname when the parent is the father)
function kidOf(p, rel) {
  rel = rel || pick(['儿子', '女儿', '儿子', '女儿', '儿媳', '女婿', '孙子', '孙女']);
  const sex = ['儿子', '女婿', '孙子'].includes(rel) ? 'M' : 'F';
  const yr = rel.startsWith('孙') ? [Math.max(p.by + 45, 1980), 2002] : [p.by + 20, Math.min(p.by + 36, 1998)];
  const sameSur = (p.sex === 'M' && ['儿子', '女儿', '孙子', '孙女'].includes(rel)) || (p.sex === 'F' && rel === '儿媳' && false);
  const k = mkPerson({ kind: 'kid', yr, sex, city: chance(0.8) ? p.city : undefined, sur: sameSur ? (SUR.find((s) => s[0] === p.sur) ? p.sur : undefined) : undefined });
  k.rel = rel;
  return k;
}
const kinTitle = (p) => p.sex === 'F' ? pick(['阿姨', '阿姨', '奶奶', '大妈', '大娘']) : pick(['大爷', '叔叔', '爷爷', '大伯']);
const addrShort = (p) => `${p.xq}${p.bld}`;

// ───────────────────────── companies ─────────────────────────
function mkUscc(kind, region) {
  for (;;) {
    let head, b8;
    if (kind === '91') { head = '91' + region; b8 = chance(0.75) ? 'MA' + Array.from({ length: 6 }, () => pick(UAL.split(''))).join('') : String(ri(5, 7)) + digits(7); }
    else if (kind === '92') { head = '92' + region; b8 = chance(0.6) ? 'L' + Array.from({ length: 7 }, () => pick(UAL.split(''))).join('') : 'MA' + Array.from({ length: 6 }, () => pick(UAL.split(''))).join(''); }
    else if (kind === '52') { head = '52' + region; b8 = 'MJ' + digits(6); }
    else if (kind === '93') { head = '93' + region; b8 = 'MA' + Array.from({ length: 6 }, () => pick(UAL.split(''))).join(''); }
    else { head = '11' + region; b8 = '0' + digits(7); }
    const s17 = head + b8 + orgCk(b8);
    const u = s17 + usccCk(s17);
    if (usccOk(u) && clean(u.replace(/[A-Z]/g, ' ')) && !/^\d{18}$/.test(u)) return u;
    if (usccOk(u) && /^\d{18}$/.test(u) && !idShape(u) && !luhn(u)) return u;
  }
}
const regOfCity = (city) => chance(0.5) ? city.cr : pick(city.r)[0];
const SELLER_NAMES = [
  ['徐州', '徐州福寿康健康管理有限公司', '福寿康', 'fskjk.com.cn'], ['济南', '济南颐年堂生物科技有限公司', '颐年堂', 'yiniantang.cn'], ['临沂', '临沂康乐源保健食品销售有限公司', '康乐源', 'klyjk.com'],
  ['合肥', '合肥松鹤延年健康咨询有限公司', '松鹤延年', 'shyn-health.com'], ['郑州', '郑州金晖养生科技有限公司', '金晖养生', 'jinhuiys.cn'], ['上海', '上海寿康里健康科技有限公司', '寿康里', 'skl-health.com.cn'],
  ['沈阳', '沈阳益寿宝商贸有限公司', '益寿宝', 'yishoubao.net'], ['成都', '成都百岁坊健康产业有限公司', '百岁坊', 'bsfhealth.cn'],
];
const SELLERS = SELLER_NAMES.map(([cn, name, brand, dom]) => {
  const city = CITIES.find((c) => c.c === cn);
  const S = { city, name, brand, dom, uscc: mkUscc('91', regOfCity(city)), tel: { a: city.a, n: city.tn() }, hot: `400-${ri(600, 899)}-${pad(ri(0, 9999), 4)}` };
  S.legal = mkPerson({ kind: 'staff', yr: [1965, 1985], city });
  S.stores = sample(city.r, 3).map(([, dn]) => ({ name: `${dn.replace(/区$|县$|市$/, '')}${pick(['店', '体验店', '养生馆', '健康驿站'])}`, tel: { a: city.a, n: city.tn() } }));
  const mkStaff = (post, yr, n) => Array.from({ length: n }, () => { const p = mkPerson({ kind: 'staff', yr, city }); p.post = post; p.gh = `${brand === '松鹤延年' ? 'SH' : p.sp.slice(0, 1).toUpperCase() + 'K'}${pad(ri(1, 999), 4)}`; p.store = pick(S.stores); p.wmail = chance(0.5) ? `${p.py}@${dom}` : p.mail; used.mail.add(p.wmail); return p; });
  S.dz = mkStaff('店长', [1975, 1992], 2); S.js = mkStaff('讲师', [1968, 1990], 2); S.yw = mkStaff('业务员', [1980, 2001], 7); S.hw = mkStaff('会务', [1990, 2001], 1); S.cw = mkStaff('财务', [1975, 1995], 1); S.kf = mkStaff('客服', [1992, 2001], 2);
  S.all = [...S.dz, ...S.js, ...S.yw, ...S.hw, ...S.cw, ...S.kf];
  S.cwmail = `${pick(['caiwu', 'cw', 'finance'])}@${dom}`; S.kfmail = `${pick(['kefu', 'service', 'kf'])}@${dom}`; S.hrmail = `${pick(['hr', 'renshi'])}@${dom}`;
  return S;
});
const SUPPLIERS = [
  ['威海海之源生物制品有限公司', '371000', null], ['吉林长白山参茸制品有限公司', '220600', null], ['广州百草堂保健食品有限公司', '440100', ['020', 8]], ['杭州磁康医疗器械有限公司', '330100', ['0571', 8]],
  ['深圳市量子生命科技有限公司', '440300', ['0755', 8]], ['云南文山三七种植专业合作社', '532600', null], ['安徽亳州本草堂药材有限公司', '341600', null], ['山东鲁南纳豆生物工程有限公司', '371300', ['0539', 8]],
  ['浙江富氢源科技有限公司', '330000', null], ['河北安国药都中药饮片有限公司', '130683', null],
].map(([name, reg, tel]) => ({ name, uscc: mkUscc(name.endsWith('合作社') ? '93' : '91', reg), tel: tel && { a: tel[0], n: String(ri(2, 8)) + digits(tel[1] - 1) } }));
const TRAVEL = ['夕阳红国际旅行社有限公司', '金秋岁月旅行社有限公司', '康乐行旅游服务有限公司', '松柏之旅国际旅行社有限公司'].map((n) => { const city = pick(CITIES); return { name: city.c + n, uscc: mkUscc('91', regOfCity(city)), lic: `L-${pick(['JS', 'SD', 'AH', 'HA', 'SH', 'LN', 'SC'])}-${pick(['CJ', 'GN'])}${pad(ri(1, 300), 5)}`, city, tel: { a: city.a, n: city.tn() } }; });
const PRODUCTS = [
  ['何首乌黑芝麻丸', '何首乌', 398], ['田七三七粉', '田七', 598], ['金康宝牌氨基酸口服液', '金康宝', 1280], ['常青藤牌深海鱼油软胶囊', '常青藤', 880], ['安神补脑液', '安神补脑液', 268],
  ['高钙片', '高钙片', 198], ['灵芝孢子粉', '灵芝孢子粉', 2680], ['万年青牌纳豆激酶', '万年青', 1980], ['铁皮石斛胶囊', '石斛', 1560], ['叶黄素酯片', '叶黄素', 368],
  ['蜂胶软胶囊', '蜂胶', 458], ['磁疗床垫', '磁疗床垫', 19800], ['远红外理疗仪', '理疗仪', 6980], ['富氢水杯', '富氢水杯', 1280], ['硒麦芽片', '硒麦芽', 299], ['辅酶Q10胶囊', '辅酶Q10', 680],
  ['白芨养胃粉', '白芨', 420], ['马鹿茸血酒', '马鹿茸', 1680], ['文王贡酒养生酒', '文王贡酒', 880], ['钟乳石负离子足浴盆', '钟乳石', 3280],
];
const LECTURES = ['高血压防治', '心脑血管保养', '糖尿病饮食调理', '骨质疏松预防', '老年人睡眠与养心', '中医四季养生', '肠道健康与长寿', '远离老年痴呆', '关节疼痛调理'];
const GIFTS = ['鸡蛋一盒（30枚）', '鸡蛋10枚', '挂面两把', '食用油一桶', '洗衣液一瓶', '不粘锅一个', '保温杯一个', '大米5斤', '手提袋一个', '雨伞一把'];
const ROLES = ['店长', '讲师', '区域经理', '业务员', '会务', '主持人', '健康顾问', '客服专员'];

// ───────────────────────── decoy helpers ─────────────────────────
const yr = () => ri(2022, 2025);
const dstr = (y, m, d, sep = '-') => `${y}${sep}${pad(m, 2)}${sep}${pad(d, 2)}`;
const randDate = () => { const y = yr(), m = ri(1, 12); return [y, m, ri(1, 28)]; };
const orderNo = (y, m, d) => serial(`${y}${pad(m, 2)}${pad(d, 2)}`, 18);
const orderNo2 = (y, m, d) => `DD${y}${pad(m, 2)}${pad(d, 2)}${digits(6)}`;
const expressNo = (co) => { const k = co ? { 顺丰速运: 0, 圆通速递: 1, 极兔速递: 2, 中通快递: 3, 韵达快递: 3, 邮政EMS: 4 }[co] : ri(0, 4); return k === 0 ? `SF${digits(13)}` : k === 1 ? `YT${digits(13)}` : k === 2 ? `JT${digits(13)}` : k === 3 ? serial('7' + ri(3, 8), 14) : serial('4' + ri(3, 6), 15); };
const batchNo = (y, m) => `${pick(['B', 'PH', ''])}${String(y).slice(2)}${pad(m, 2)}${pad(ri(1, 28), 2)}${pick(['', '-'])}${pad(ri(1, 12), 2)}`;
const memberNo = () => { for (;;) { const s = pick(['8800', '8866', '9517']) + digits(12); if (!luhn(s) && clean(s)) return s; } };
const custNo = () => `KH${yr()}${pad(ri(1, 9999), 5)}`;
const bp = () => `${ri(128, 186)}/${ri(78, 108)}`;
const glu = () => `${ri(5, 13)}.${ri(0, 9)}`;
const jzh = () => `国食健注G${ri(2012, 2022)}${pad(ri(1, 999), 4)}`;
const scNo = () => `SC${ri(10, 13)}${pick(['3', '4', '5'])}${pad(ri(1, 99), 2)}${digits(8)}`;
const badIdOf = (p) => { const b = p.id.slice(0, 17); for (;;) { const c = pick('0123456789X'.split('')); if (c !== p.id[17] && !luhn(b + c) && !usccOk(b + c)) return b + c; } };
const maskName = (n) => n.length <= 2 ? n[0] + '*' : n[0] + '*'.repeat(n.length - 2) + n.slice(-1);
const maskMob = (m) => m.slice(0, 3) + '****' + m.slice(7);
const maskId = (id) => pick([id.slice(0, 4) + '*'.repeat(10) + id.slice(14), id.slice(0, 6) + '********' + id.slice(14), id.slice(0, 3) + '*'.repeat(11) + id.slice(14)]);
const badMob = () => chance(0.5) ? pick(PFX_OLD) + digits(7) : pick(['140', '141', '142', '143', '144', '146', '154']) + digits(8);
const badCardOf = (c) => { const b = c.slice(0, -1); return b + String((+c.slice(-1) + ri(1, 9)) % 10); };
const money = (n) => n.toFixed(2);
const moneyC = (n) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const msEpoch = () => String(Date.UTC(yr(), ri(0, 11), ri(1, 28), ri(0, 23), ri(0, 59), ri(0, 59)) + ri(0, 999));
const hm = () => `${pad(ri(8, 17), 2)}:${pad(ri(0, 59), 2)}`;
const cityName = (c) => c.c === '上海' ? '上海市' : c.c + '市';

// ───────────────────────── generators ─────────────────────────
// 1. 会销签到表
function gQdb() {
  const d = new Doc('qdb');
  const S = pick(SELLERS), st = pick(S.stores), js = pick(S.js);
  const [y, m, dd] = randDate();
  const L = [];
  const lec = pick(LECTURES);
  const cc = d.x('场次号', `${S.brand === '福寿康' ? 'FSK' : 'HX'}-${y}${pad(m, 2)}${pad(dd, 2)}-${pad(ri(1, 3), 2)}`);
  L.push(`${S.brand}${d.x('门店名', st.name)}"${lec}"健康讲座签到表`);
  L.push(`场次：${cc}  日期：${d.x('日期', dstr(y, m, dd))}  主讲：${pickF(() => `${d.nm(js.name)}${d.x('职务称谓', '讲师')}`, () => d.nmc(js.sur + '老师'), () => `${d.nm(js.name)}老师`)}`);
  const layout = ri(0, 2);
  const hdr = ['序号', '姓名', '年龄', '联系电话', '住址', '邀约人', '礼品', '签到时间'];
  L.push(layout === 0 ? hdr.join(',') : layout === 1 ? hdr.join('\t') : hdr.map((h, i) => padW(h, [5, 10, 5, 16, 22, 9, 18, 6][i])).join(''));
  const n = ri(8, 22);
  const ppl = people(n, { city: S.city });
  ppl.forEach((p, i) => {
    const yw = pick(S.yw);
    const r = R();
    let nameCell, phone;
    if (r < 0.07) { nameCell = d.nmc(p.sur + kinTitle(p)); } else nameCell = d.nm(p.name);
    if (r > 0.9) { const k = kidOf(p, pick(['儿子', '女儿'])); phone = `${k.rel}${d.mob(k.mob)}`; }
    else if (r > 0.86) phone = '同上';
    else phone = d.mob(p.mob, pick([0, 0, 0, 1, 2]));
    const gift = d.x('礼品', pick(GIFTS));
    const row = [i + 1, nameCell, p.age, phone, d.x('小区名', p.xq) + p.bld, d.nm(yw.name), gift, `${pad(ri(8, 9), 2)}:${pad(ri(0, 59), 2)}`];
    L.push(layout === 0 ? row.join(',') : layout === 1 ? row.join('\t') : row.map((h, i) => padW(String(h), [5, 10, 5, 16, 22, 9, 18, 6][i])).join(''));
  });
  L.push(`会务：${d.nm(pick(S.hw).name)}  店长：${d.nm(pick(S.dz).name)}  到场${n}人  ${chance(0.5) ? `咨询热线 ${d.x('服务热线', S.hot)}` : ''}`);
  emit(d, L.join('\n'));
}

// 2. 客户档案
function gKhda() {
  const d = new Doc('khda');
  const S = pick(SELLERS);
  const p = mkPerson({ city: S.city, legacy: chance(0.2) });
  const yw = pick(S.yw);
  const L = [];
  const v = ri(0, 2);
  L.push(v === 0 ? `${S.name}  客户档案` : v === 1 ? `【${S.brand}会员健康档案】` : '客 户 资 料 卡');
  L.push(`客户编号：${d.x('客户编号', custNo())}    建档日期：${d.x('日期', dstr(...randDate()))}    所属门店：${d.x('门店名', pick(S.stores).name)}`);
  L.push(`姓名：${d.nm(p.name)}    性别：${p.xb}    年龄：${p.age}岁    出生日期：${d.x('日期', dstr(p.by, p.bm, p.bd, '.'))}`);
  if (chance(0.25)) { L.push(`身份证号（旧）：${d.id15(p)}`); if (chance(0.5)) L.push(`身份证号（新）：${d.id(p)}`); }
  else L.push(`${pick(['身份证号', '身份证号码', '证件号码'])}：${d.id(p, pick([0, 0, 0, 1, 2, 4]))}`);
  L.push(`联系电话：${d.mob(p.mob, pick([0, 0, 1, 2, 8]))}${chance(0.35) ? `    家庭座机：${d.tel({ a: S.city.a, n: S.city.tn() }, pick([0, 1, 4]))}` : ''}`);
  L.push(`家庭住址：${p.addr}`);
  L.push(`居住情况：${pick(['独居', '与老伴同住', '与子女同住', '老伴已故，独居', '子女在外地'])}    退休单位：${pick(['市纺织厂', '铁路局', '机械厂', '区供销社', '小学教师', '无（务农）', '市二建公司'])}    月退休金：约${ri(18, 65)}00元`);
  const nk = ri(1, 2);
  for (let i = 0; i < nk; i++) {
    const k = kidOf(p);
    const f = ri(0, 2);
    if (f === 0) L.push(`子女信息${nk > 1 ? i + 1 : ''}：${d.nm(k.name)}（${k.rel}）  电话：${d.mob(k.mob)}  ${chance(0.4) ? `邮箱：${d.mail(k.mail)}` : `工作地：${pick(['本市', '南京', '上海', '北京', '深圳', '杭州', '国外'])}`}`);
    else if (f === 1) L.push(`紧急联系人：${d.nm(k.name)}    关系：${k.rel}    手机：${d.mob(k.mob, pick([0, 1]))}`);
    else L.push(`家属：${k.rel} ${d.nm(k.name)} ${d.mob(k.mob)}${chance(0.3) ? '（不支持老人购买，慎联系）' : ''}`);
  }
  L.push(`健康状况：${pick(['高血压', '糖尿病', '冠心病', '腰椎间盘突出', '失眠', '关节炎', '高血脂'])}、${pick(['老寒腿', '便秘', '耳鸣', '眼花', '心慌'])}   血压：${d.x('血压', bp())}mmHg   血糖：${d.x('血糖', glu())}mmol/L`);
  const np = ri(1, 4);
  L.push('购买记录：');
  let tot = 0;
  for (let i = 0; i < np; i++) {
    const pr = pick(PRODUCTS); const q = ri(1, 6); tot += pr[2] * q;
    L.push(`  ${d.x('日期', dstr(...randDate()))}  ${pr[0]} ×${q}  ${d.x('金额', money(pr[2] * q))}元  批号${d.x('产品批号', batchNo(yr(), ri(1, 12)))}`);
    if (pr[1].length >= 2 && /^[何田金常万高马白文钟安]/.test(pr[1])) d.x('产品名', pr[1]);
  }
  L.push(`累计消费：${d.x('金额', moneyC(tot))}元    会员等级：${pick(['银卡', '金卡', '钻石卡', '普通会员'])}`);
  if (chance(0.5)) L.push(`代扣账户：${p.bank.n} ${d.card(p.card, pick([0, 1]))}  户名：${d.nm(p.name)}`);
  if (chance(0.25)) L.push(`微信：${d.x('微信号', `wxid_${Array.from({ length: 12 }, () => pick('abcdefghjkmnpqrstuvwxyz'.split(''))).join('')}`)}`);
  L.push(`性格/备注：${pickF(() => pick(['爱热闹，每场必到', '老伴去世后情绪低落，多陪聊', '耳背，说话要大声', '有退休金，消费能力强', '儿子反对，回访避开周末']), () => `喜欢叫${d.nmc('小' + yw.sur)}去家里`)}`);
  L.push(`负责业务员：${d.nm(yw.name)}（工号${d.x('工号', yw.gh)}）  ${chance(0.5) ? `手机${d.mob(yw.mob)}` : ''}`);
  emit(d, L.join('\n'));
}

// 3. 礼品领取登记
function gLpdj() {
  const d = new Doc('lpdj');
  const S = pick(SELLERS); const st = pick(S.stores);
  const [y, m, dd] = randDate();
  const gift = pick(GIFTS);
  const L = [];
  L.push(`${S.brand}${d.x('门店名', st.name)}  免费领${gift.replace(/（.*）/, '')}活动 登记表   ${dstr(y, m, dd, '/')}`);
  L.push(`（凭身份证原件+手机号登记领取，每人限领一次）`);
  const fw = chance(0.5);
  L.push(fw ? `${padW('序号', 5)}${padW('姓名', 10)}${padW('手机号', 14)}${padW('身份证号', 21)}${padW('礼品', 14)}签字` : '序号|姓名|手机号|身份证号|礼品|数量|签字');
  const n = ri(6, 16);
  people(n, { city: S.city }).forEach((p, i) => {
    const ir = R();
    let idc;
    if (ir < 0.08) idc = d.x('未填身份证号', '（未带）');
    else if (ir < 0.16 && /0/.test(p.id.slice(6))) { let t; do { t = p.id.slice(0, 6) + p.id.slice(6).replace(/0/g, () => (chance(0.6) ? 'O' : '0')); } while (t === p.id || !clean(t)); d.c('cn_resident_id', p.id); idc = t; }
    else idc = d.id(p, pick([0, 0, 1]));
    const sig = chance(0.7) ? d.nm(p.name) : pick(['已签', '√', '代签']);
    const g = d.x('礼品', gift);
    L.push(fw ? `${padW(String(i + 1), 5)}${padW(d.nm(p.name), 10)}${padW(d.mob(p.mob), 14)}${padW(idc, 21)}${padW(g, 14)}${sig}` : [i + 1, d.nm(p.name), d.mob(p.mob, pick([0, 0, 1])), idc, g, ri(1, 2), sig].join('|'));
  });
  L.push(`登记人：${d.nm(pick([...S.hw, ...S.yw]).name)}   发放人：${d.nm(pick(S.yw).name)}`);
  emit(d, L.join('\n'));
}

// 4. 回访记录
function gHfjl() {
  const d = new Doc('hfjl');
  const S = pick(SELLERS);
  const yw = pick([...S.yw, ...S.kf]);
  const L = [];
  L.push(`${S.brand} 客户回访记录  回访人：${d.nm(yw.name)}  ${d.x('工号', yw.gh)}`);
  L.push('');
  const n = ri(2, 5);
  people(n, { city: S.city }).forEach((p) => {
    const [y, m, dd] = randDate();
    const pr = pick(PRODUCTS);
    const k = kidOf(p);
    L.push(`【${dstr(y, m, dd)} ${hm()}】客户：${d.nm(p.name)}${chance(0.5) ? kinTitle(p) : ''}  电话：${d.mob(p.mob, pick([0, 1, 2]))}  地址：${d.x('小区名', p.xq)}${p.bld}`);
    const f = ri(0, 3);
    if (f === 0) L.push(`  反馈：吃了${pick(['一个疗程', '两个疗程', '三盒'])}${pr[0]}，说血压从${d.x('血压', `${ri(160, 190)}/${ri(95, 110)}`)}降到${d.x('血压', `${ri(128, 150)}/${ri(78, 92)}`)}，睡觉好多了。准备再订${ri(2, 6)}盒。`);
    else if (f === 1) { L.push(`  反馈：${p.sex === 'F' ? '她' : '他'}${k.rel}${d.nmc(k.name)}不同意再买，说${pick(['是骗人的', '家里堆满了', '要去告我们'])}。老人自己想要，约${pick(['下周二', '周四上午', '月底'])}单独上门。`); }
    else if (f === 2) L.push(`  反馈：电话没人接，打了${ri(2, 4)}次。改打${k.rel}电话${d.mob(k.mob)}，说老人住院了（${pick(['心梗', '摔跤骨折', '肺炎'])}），暂停回访。`);
    else L.push(`  反馈：邀约${d.x('日期', `${m}月${dd + 1 > 28 ? 28 : dd + 1}日`)}"${pick(LECTURES)}"讲座，答应来，${pick(['还带老姐妹', '要接送', '问有没有鸡蛋'])}。${chance(0.5) ? `隔壁${d.nmc(pick(SUR)[0] + '大妈')}也要来。` : ''}`);
    if (chance(0.3)) L.push(`  下次跟进：${pick(['送体检报告', '生日送蛋糕', '带去旅游名额'])}，${d.nmc(pick(S.dz).sur + '店长')}同意。`);
  });
  emit(d, L.join('\n'));
}

// 5. 电话回访 call-centre export
function gDhhf() {
  const d = new Doc('dhhf');
  const S = pick(SELLERS);
  const L = [];
  const [ty, tmo, tdd] = randDate();
  const taskDay = dstr(ty, tmo, tdd);
  const task = d.x('任务ID', `TASK${ty}${pad(tmo, 2)}${pad(ri(1, 999), 4)}`);
  const csv = chance(0.6);
  L.push(csv ? '任务ID,客户姓名,被叫号码,备用号码,呼叫时间,通话时长(秒),结果,坐席工号,坐席姓名,备注' : `外呼任务 ${task}  ${S.brand}老客户满意度回访  导出时间 ${taskDay} 18:00`);
  if (!csv) L.push('客户姓名\t被叫号码\t呼叫时间\t时长\t结果\t坐席');
  const n = ri(8, 20);
  people(n, { city: S.city }).forEach((p) => {
    const ag = pick([...S.kf, ...S.yw]);
    const res = pick(['接通-有意向', '接通-无意向', '未接通', '关机', '空号', '接通-子女接听', '接通-已约到店']);
    const sec = res.startsWith('接通') ? ri(15, 420) : 0;
    const when = `${taskDay} ${hm()}:${pad(ri(0, 59), 2)}`;
    const alt = csv && chance(0.3) ? (chance(0.6) ? d.mob(kidOf(p).mob) : d.tel({ a: S.city.a, n: S.city.tn() }, pick([0, 2]))) : '';
    if (csv) L.push([task, d.nm(p.name), d.mob(p.mob), alt, when, sec, res, d.x('工号', ag.gh), d.nm(ag.name), res === '接通-子女接听' ? '子女要求不再来电' : ''].join(','));
    else L.push([d.nm(p.name), d.mob(p.mob, pick([0, 3])), when, `${sec}s`, res, `${d.x('工号', ag.gh)}/${d.nm(ag.name)}`].join('\t'));
  });
  if (chance(0.4)) { const b = d.x('位数错误手机号', badMob()); L.push(csv ? `${task},,${b},,,0,号码无效,,,系统拦截` : `(无)\t${b}\t-\t0s\t号码无效\t-`); }
  emit(d, L.join('\n'));
}

// 6. 体验店会员导出 JSON
function gHyexp() {
  const d = new Doc('hyexp');
  const S = pick(SELLERS);
  const st = pick(S.stores);
  const n = ri(4, 10);
  const arr = people(n, { city: S.city, legacy: chance(0.15) }).map((p) => {
    const o = { memberNo: d.x('会员卡号', memberNo()), name: d.nm(p.name), gender: p.xb, birthday: d.x('日期', dstr(p.by, p.bm, p.bd)), mobile: d.mob(p.mob, chance(0.1) ? 3 : 0) };
    if (chance(0.1)) { o.idCard = d.id15(p); o.idType = '一代证'; } else if (chance(0.85)) o.idCard = d.id(p, chance(0.08) ? 1 : 0);
    o.level = pick(['普通', '银卡', '金卡', '钻石']);
    o.points = ri(0, 38000);
    o.balance = d.x('金额', money(ri(0, 50000) / 10));
    if (chance(0.35)) { const k = kidOf(p); o.guardian = { name: d.nm(k.name), relation: k.rel, phone: d.mob(k.mob) }; if (chance(0.4)) o.guardian.email = d.mail(k.mail); }
    if (chance(0.3)) o.email = d.mail(p.mail);
    o.store = d.x('门店名', st.name);
    o.sales = d.nm(pick(S.yw).name);
    return o;
  });
  const txt = chance(0.5) ? JSON.stringify({ code: 0, msg: 'ok', total: n, exportTs: +d.x('毫秒时间戳', msEpoch()), data: arr }, null, 2) : arr.map((o) => JSON.stringify(o)).join('\n');
  emit(d, txt);
}

// 7. 提成发放表
function gTcff() {
  const d = new Doc('tcff');
  const S = pick(SELLERS);
  const y = yr(), m = ri(1, 12);
  const L = [];
  L.push(`${S.name} ${y}年${m}月 讲师/业务员提成发放表`);
  const staff = sample(S.all.filter((p) => p.post !== '财务'), ri(5, 10));
  const extra = people(ri(0, 4), { kind: 'staff', city: S.city }); extra.forEach((p) => { p.post = pick(['业务员', '兼职讲师', '会务']); p.gh = `JZ${pad(ri(1, 999), 3)}`; p.store = pick(S.stores); });
  const all = [...staff, ...extra];
  const lay = ri(0, 2);
  const hdr = ['工号', '姓名', '岗位', '门店', '身份证号', '手机号', '开户行', '银行卡号', '本月业绩', '提成比例', '提成金额'];
  L.push(lay === 0 ? hdr.join(',') : lay === 1 ? hdr.join('\t') : '');
  if (lay === 2) L.push(hdr.map((h, i) => padW(h, [8, 8, 10, 12, 20, 13, 16, 22, 11, 7, 10][i])).join(''));
  let tot = 0;
  for (const p of all) {
    const yj = ri(2, 400) * 100, rate = pick([3, 5, 8, 10, 12, 15]), tc = yj * rate / 100; tot += tc;
    const cardCell = chance(0.05) ? d.x('科学计数法卡号', `${p.card[0]}.${p.card.slice(1, 6)}E+${p.card.length - 1}`) : d.card(p.card, lay === 2 ? 0 : pick([0, 0, 1]));
    if (/E\+/.test(cardCell)) d.c('bank_card', p.card);
    const row = [d.x('工号', p.gh), d.nm(p.name), d.x('职务称谓', p.post), d.x('门店名', p.store.name), d.id(p), d.mob(p.mob), p.bank.n + (chance(0.5) ? S.city.c + '分行' : ''), cardCell, d.x('金额', money(yj)), `${rate}%`, d.x('金额', money(tc))];
    L.push(lay === 0 ? row.join(',') : lay === 1 ? row.join('\t') : row.map((h, i) => padW(String(h), [8, 8, 10, 12, 20, 13, 16, 22, 11, 7, 10][i])).join(''));
  }
  L.push(`合计：${d.x('金额', moneyC(tot))}元`);
  L.push(`制表：${d.nm(S.cw[0].name)}   审核：${d.nm(S.dz[0].name)}   总经理：${d.nm(S.legal.name)}`);
  if (chance(0.5)) L.push(`请于${m + 1 > 12 ? 1 : m + 1}月10日前发送至 ${d.mail(S.cwmail)}，逾期次月发放。`);
  emit(d, L.join('\n'));
}

// 8. 订单导出
function gDd() {
  const d = new Doc('dd');
  const S = pick(SELLERS);
  const L = [];
  const csv = chance(0.65);
  const hdr = ['订单号', '下单时间', '客户姓名', '手机号', '商品名称', '批号', '数量', '实付金额', '支付方式', '业务员'];
  L.push(csv ? hdr.join(',') : `${S.brand}订单明细（${d.x('日期', dstr(...randDate()))}导出）\n` + hdr.join(' | '));
  const n = ri(6, 18);
  people(n, { city: S.city }).forEach((p) => {
    const [y, m, dd] = randDate();
    const pr = pick(PRODUCTS), q = ri(1, 12);
    if (/^[何田金常万马白文钟]/.test(pr[1])) d.x('产品名', pr[1]);
    const pay = pick(['现金', '微信', '支付宝', 'POS刷卡', '分期', '子女代付']);
    const row = [d.x('订单号', chance(0.6) ? orderNo(y, m, dd) : orderNo2(y, m, dd)), `${dstr(y, m, dd)} ${hm()}`, d.nm(p.name), d.mob(p.mob, csv ? 0 : pick([0, 1])), pr[0], d.x('产品批号', batchNo(y, m)), q, d.x('金额', money(pr[2] * q)), pay, d.nm(pick(S.yw).name)];
    L.push(csv ? row.join(',') : row.join(' | '));
  });
  if (chance(0.5)) L.push(csv ? `合计,,,,,,,,,共${n}单` : `—— 共${n}单 ——`);
  emit(d, L.join('\n'));
}

// 9. 物流发货单
function gFh() {
  const d = new Doc('fh');
  const S = pick(SELLERS);
  const wh = pick(S.all);
  const L = [];
  if (chance(0.5)) {
    const n = ri(2, 4);
    for (let i = 0; i < n; i++) {
      const p = mkPerson({ city: chance(0.7) ? S.city : pick(CITIES) });
      const recv = chance(0.3) ? kidOf(p) : p;
      const co = pick(['顺丰速运', '圆通速递', '中通快递', '极兔速递', '韵达快递', '邮政EMS']);
      L.push(`========== ${co} 电子面单 ==========`);
      L.push(`运单号：${d.x('快递单号', expressNo(co))}`);
      L.push(`收件人：${d.nm(recv.name)}  ${d.mob(recv.mob, pick([0, 0, 2]))}`);
      L.push(`收件地址：${recv.addr}`);
      L.push(`寄件人：${d.nm(wh.name)}  ${d.mob(wh.mob)}`);
      L.push(`寄件地址：${cityName(S.city)}${S.city.roads[0]}${ri(1, 200)}号 ${S.brand}仓库`);
      const pr = pick(PRODUCTS);
      L.push(`物品：${pr[0]} ×${ri(1, 6)}   批号：${d.x('产品批号', batchNo(yr(), ri(1, 12)))}   保价：${d.x('金额', money(pr[2] * ri(1, 4)))}`);
      L.push(`备注：${recv === p ? pick(['老人在家，电话打不通直接送上门', '送货前先打电话', '放门卫']) : `代${d.nmc(p.sur + kinTitle(p))}签收`}`);
      L.push('');
    }
  } else {
    L.push(`发货批次：${d.x('批次号', `FH${yr()}${pad(ri(1, 12), 2)}${pad(ri(1, 28), 2)}${pad(ri(1, 99), 2)}`)}   发货方：${S.name}${chance(0.6) ? `（统一社会信用代码：${d.uscc(S.uscc)}）` : ''}`);
    L.push('运单号\t收件人\t联系电话\t收件地址\t商品\t件数');
    people(ri(5, 14), { city: S.city }).forEach((p) => {
      L.push([d.x('快递单号', expressNo()), d.nm(p.name), d.mob(p.mob), p.addr, pick(PRODUCTS)[0], ri(1, 8)].join('\t'));
    });
    L.push(`仓管：${d.nm(wh.name)} ${d.mob(wh.mob, 1)}`);
  }
  emit(d, L.join('\n'));
}

// 10. 退货/退款申请
function gTk() {
  const d = new Doc('tk');
  const S = pick(SELLERS);
  const p = mkPerson({ city: S.city });
  const k = kidOf(p, pick(['儿子', '女儿', '儿子', '女婿', '儿媳']));
  const [y, m, dd] = randDate();
  const pr = pick(PRODUCTS), q = ri(2, 20);
  const L = [];
  L.push(pick(['退货退款申请表', '退款申请书', `${S.brand}商品退货申请单`]));
  L.push(`申请日期：${d.x('日期', dstr(y, m, dd, '.'))}          单号：${d.x('退款单号', `TK${y}${pad(m, 2)}${digits(5)}`)}`);
  L.push(`购买人姓名：${d.nm(p.name)}    身份证号：${d.id(p, pick([0, 0, 2]))}    联系电话：${d.mob(p.mob)}`);
  L.push(`原订单号：${d.x('订单号', orderNo(y, Math.max(1, m - 1), dd))}    商品：${pr[0]}    数量：${q}    金额：${d.x('金额', money(pr[2] * q))}元`);
  L.push(`退款原因：${pick(['子女发现后要求退货，老人不需要', '产品无任何效果，宣传时说能治高血压', '老人患老年痴呆，购买时无判断能力', '重复购买，家里还有十几盒未拆封', '业务员承诺可以随时退'])}`);
  const own = chance(0.5);
  const acc = own ? p : k;
  L.push(`退款账户户名：${d.nm(acc.name)}    开户行：${acc.bank.n}${pick(['营业部', S.city.c + '分行', '支行'])}`);
  L.push(`退款账号：${d.card(acc.card, pick([0, 1, 1, 2]))}`);
  L.push(`代办人：${d.nm(k.name)}    与购买人关系：${k.rel}    代办人电话：${d.mob(k.mob, pick([0, 1]))}    代办人身份证：${d.id(k)}`);
  if (chance(0.5)) L.push(`代办人邮箱：${d.mail(k.mail)}`);
  L.push('');
  L.push(`业务员意见：${pick(['同意退', '已拆封部分不予退', '请示店长'])}  签名：${d.nm(pick(S.yw).name)}`);
  L.push(`店长审批：${d.nm(pick(S.dz).name)}   财务：${d.nm(S.cw[0].name)}`);
  emit(d, L.join('\n'));
}

// 11. 分期/代扣授权书
function gDk() {
  const d = new Doc('dk');
  const S = pick(SELLERS);
  const p = mkPerson({ city: S.city, yr: [1940, 1962] });
  const [y, m, dd] = randDate();
  const credit = chance(0.35);
  const bank = credit ? pick(CREDIT) : p.bank;
  if (credit) p.card = genCard(bank);
  const tot = pick([6800, 9800, 12800, 19800, 26800]), per = pick([6, 12, 24]);
  const L = [];
  L.push(credit ? '信用卡分期付款委托书' : '银行卡代扣授权书');
  L.push(`合同编号：${d.x('合同编号', `FQ-${y}${pad(m, 2)}-${pad(ri(1, 9999), 4)}`)}`);
  L.push('');
  L.push(`商户名称：${S.name}`);
  L.push(`统一社会信用代码：${d.uscc(S.uscc)}`);
  L.push(`商户联系电话：${d.tel(S.tel, pick([0, 1]))}`);
  L.push('');
  L.push(`${credit ? '持卡人' : '授权人（付款人）'}：${d.nm(p.name)}    证件类型：居民身份证    证件号码：${d.id(p)}`);
  L.push(`${credit ? '信用卡' : '借记卡'}开户行：${bank.n}    卡号：${d.card(p.card, pick([0, 1, 4]))}`);
  if (credit) L.push(`有效期：${d.x('有效期', `${pad(ri(1, 12), 2)}/${ri(26, 30)}`)}`);
  L.push(`银行预留手机号：${d.mob(p.mob, pick([0, 1]))}`);
  L.push('');
  L.push(`    本人自愿购买${pick(PRODUCTS.filter((x) => x[2] > 1000))[0]}，总价${d.x('金额', moneyC(tot))}元，分${per}期，每期${d.x('金额', money(tot / per))}元，授权商户每月${ri(1, 28)}日从上述账户扣款，直至付清。`);
  L.push('');
  L.push(`授权人签字：${d.nm(p.name)}    ${chance(0.5) ? `见证人：${d.nm(pick(S.yw).name)}（业务员）` : `经办：${d.nm(pick(S.yw).name)}`}`);
  if (chance(0.4)) { const k = kidOf(p); L.push(`家属知情确认：${d.nm(k.name)}（${k.rel}） 电话 ${d.mob(k.mob)}`); }
  L.push(`日期：${y}年${m}月${dd}日`);
  emit(d, L.join('\n'));
}

// 12. WeChat group of 业务员
function gWxyw() {
  const d = new Doc('wxyw');
  const S = pick(SELLERS);
  const real = chance(0.55);
  const [y, m, dd] = randDate();
  let h = ri(7, 9), mi = ri(0, 30);
  const tm = () => { mi += ri(1, 11); if (mi > 59) { mi -= 60; h++; } return pc ? `${y}/${m}/${dd} ${h}:${pad(mi, 2)}:${pad(ri(0, 59), 2)}` : `${dstr(y, m, dd)} ${pad(h, 2)}:${pad(mi, 2)}`; };
  const pc = chance(0.5);
  const members = sample([...S.dz, ...S.yw, ...S.hw], ri(4, 6));
  const nick = (p) => {
    if (real) { d.nm(p.name); return `${p.store.name}-${p.name}`; }
    const k = ri(0, 2);
    if (k === 0) { d.nmc(p.name); return p.name; }
    if (k === 1) return d.nmc('小' + p.sur);
    return d.x('群昵称', pick(['向日葵', '奋斗的小蜗牛', '追梦人', '阳光总在风雨后', '一路向前', '静待花开', '天道酬勤']) + (chance(0.5) ? ri(1, 99) : ''));
  };
  const nicks = new Map(members.map((p) => [p, nick(p)]));
  const L = [];
  L.push(`群聊"${S.brand}${pick(['销售冲刺群', '业务一部', '精英团队', '会销工作群'])}"的聊天记录`);
  const say = (p, msg) => { if (pc) { L.push(`${nicks.get(p)} ${tm()}`); L.push(msg); } else L.push(`${tm()} ${nicks.get(p)}：${msg}`); };
  const boss = members[0];
  if (real) say(boss, '再说一遍，群昵称统一改成"门店-姓名"，不改的踢了');
  say(boss, `今天${pick(LECTURES)}讲座，每人至少邀约${ri(3, 8)}位，${d.x('礼品', pick(GIFTS))}已到店`);
  for (const p of members.slice(1)) {
    const f = ri(0, 4);
    const c = mkPerson({ city: S.city });
    if (f === 0) say(p, `报单：${d.nm(c.name)} ${d.mob(c.mob)} ${pick(PRODUCTS)[0]}${ri(2, 10)}盒 ${d.x('金额', money(ri(10, 300) * 100))}`);
    else if (f === 1) say(p, `${d.nmc(c.sur + kinTitle(c))}说${c.sex === 'F' ? '她' : '他'}${pick(['女儿', '儿子'])}不让来了，明天我上门，住${d.x('小区名', c.xq)}`);
    else if (f === 2) say(p, `新客户${d.nm(c.name)}，${c.age}岁，身份证${d.id(c)}，电话${d.mob(c.mob, 1)}，帮忙录一下系统`);
    else if (f === 3) say(p, `@${nicks.get(boss)} 我的提成卡换了，新卡${d.card(p.card, pick([0, 1]))}，${p.bank.s}的`);
    else say(p, '[图片]');
  }
  say(boss, `收到。录系统的发${d.nm(S.kf[0].name)}，${d.mob(S.kf[0].mob)}`);
  if (chance(0.5)) say(pick(members), `明天${d.x('日期', `${m}月${dd + 1 > 28 ? 28 : dd + 1}日`)}${pick(['北戴河', '桂林', '海南', '云南'])}旅游团还差${ri(2, 9)}个名额，名单发${d.mail(S.kfmail)}`);
  emit(d, L.join('\n'));
}

// 13. WeChat 老人群
function gWxlr() {
  const d = new Doc('wxlr');
  const S = pick(SELLERS);
  const [y, m, dd] = randDate();
  const js = pick(S.js), yw = pick(S.yw);
  const L = [];
  L.push(`${S.brand}${pick(['夕阳红快乐群', '健康养生大家庭', '会员之家', '长寿俱乐部'])}（${ri(180, 480)}人）`);
  let h = ri(6, 8), mi = 0;
  const tm = () => { mi += ri(1, 14); if (mi > 59) { mi -= 60; h++; } return `${pad(h, 2)}:${pad(mi, 2)}`; };
  const jsNick = chance(0.5) ? d.nmc(js.sur + '老师') : `${S.brand}${d.nmc(js.sur + '老师')}`;
  const ywNick = `${d.nmc('小' + yw.sur)}（${S.brand}）`;
  L.push(`${tm()} ${jsNick}：各位叔叔阿姨早上好！🌞 今天${m}月${dd}日，${pick(['天冷加衣', '多喝温水', '早睡早起'])}`);
  const olds = people(ri(3, 5), { city: S.city });
  for (const p of olds) {
    const nk = pickF(() => d.x('群昵称', pick(['平安是福', '快乐每一天', '夕阳无限好', '知足常乐', '开心就好', '岁月静好', '健康长寿', '荷塘月色'])), () => d.nmc(p.sur + kinTitle(p)), () => d.nmc('老' + p.sur));
    const f = ri(0, 3);
    if (f === 0) L.push(`${tm()} ${nk}：${pick(['早上好', '🌹🌹🌹', '谢谢老师', '收到'])}`);
    else if (f === 1) L.push(`${tm()} ${nk}：我报名明天的讲座，${d.nm(p.name)}，${d.mob(p.mob, pick([0, 2]))}，${d.x('小区名', p.xq)}的`);
    else if (f === 2) L.push(`${tm()} ${nk}：老师我的鸡蛋还没领，我叫${d.nm(p.name)}，身份证${d.id(p)}，登记过的`);
    else L.push(`${tm()} ${nk}：[语音] ${ri(3, 59)}"`);
  }
  L.push(`${tm()} ${ywNick}：报名的叔叔阿姨明早8点在${d.x('门店名', pick(S.stores).name)}门口集合，免费体检量血压，有事打我电话${d.mob(yw.mob, pick([0, 1, 2]))}`);
  if (chance(0.5)) L.push(`${tm()} ${jsNick}：${pick(['名额有限，前30名送', '今天到场的送'])}${d.x('礼品', pick(GIFTS))}，${pick(['记得带身份证', '老会员带会员卡'])}`);
  emit(d, L.join('\n'));
}

// 14. SMS 群发日志
function gSms() {
  const d = new Doc('sms');
  const S = pick(SELLERS);
  const [y, m, dd] = randDate();
  const batch = `${y}${pad(m, 2)}${pad(dd, 2)}${pad(ri(1, 99), 2)}${pick(['A', 'B', 'M'])}`;
  const L = [];
  const tpl = ri(0, 3);
  const csv = chance(0.6);
  L.push(csv ? '提交时间,手机号码,客户姓名,短信内容,状态,回执时间,消息ID' : `短信平台发送明细  批次${d.x('批次号', batch)}  签名【${S.brand}】 通道：${pick(['106', '1069'])}`);
  const n = ri(6, 16);
  people(n, { city: S.city }).forEach((p, i) => {
    const st = `${dstr(y, m, dd)} ${pad(ri(8, 10), 2)}:${pad(i, 2)}:${pad(ri(0, 59), 2)}`;
    const lec = pick(LECTURES);
    const withName = tpl !== 3;
    const ttl = p.sex === 'F' ? '阿姨' : '叔叔';
    const content = tpl === 0 ? `【${S.brand}】尊敬的${p.name}${ttl}，${m}月${dd + 1 > 28 ? 28 : dd + 1}日上午9点"${lec}"公益讲座，到场即送鸡蛋一盒，凭本短信领取。退订回T`
      : tpl === 1 ? `【${S.brand}】${p.name}${ttl}您好，您的会员积分即将到期，到店可兑换${pick(GIFTS)}，详询${S.hot}。拒收请回复R`
        : tpl === 2 ? `【${S.brand}】亲爱的${p.name}，祝您生日快乐！本月到店凭身份证领长寿面+生日蛋糕。回T退订`
          : `【${S.brand}】尊敬的会员：夕阳红${pick(['桂林', '海南', '北戴河', '江南水乡'])}${ri(4, 6)}日游仅需${ri(2, 6)}99元，名额有限，报名电话${S.hot}。回T退订`;
    if (withName) d.nm(p.name);
    if (tpl === 1 || tpl === 3) d.x('服务热线', S.hot);
    const ok = chance(0.88);
    const mid = d.x('消息ID', serial(pick(['2', '5', '6']), 18));
    const num = d.mob(p.mob, csv ? 0 : pick([0, 3, 7]));
    if (csv) L.push([st, num, withName ? p.name : '', `"${content}"`, ok ? 'DELIVRD' : pick(['UNDELIV', 'BLACK', 'MK:0001']), ok ? st : '', mid].join(','));
    else L.push(`${st} ${num} ${ok ? '成功' : '失败'} ${content} [${mid}]`);
  });
  if (chance(0.5)) { const b = d.x('位数错误手机号', badMob()); L.push(csv ? `${dstr(y, m, dd)} 10:59:59,${b},,,REJECT,,` : `${dstr(y, m, dd)} 10:59:59 ${b} 失败 号码格式错误`); }
  L.push(csv ? `,,,合计${n}条 计费${n * (tpl === 0 ? 2 : 1)}条,,,` : `合计 ${n} 条，提交人 ${d.nm(pick(S.kf).name)}`);
  emit(d, L.join('\n'));
}

// 15. 经销商名单
function gJxs() {
  const d = new Doc('jxs');
  const S = pick(SELLERS);
  const L = [];
  const tsv = chance(0.4);
  L.push(`${S.brand}${yr()}年度授权经销商名单`);
  const hdr = ['序号', '经销商名称', '统一社会信用代码', '法定代表人', '联系人', '手机', '邮箱', '授权区域', '保证金(元)'];
  L.push(tsv ? hdr.join('\t') : hdr.join(','));
  const n = ri(5, 11);
  for (let i = 0; i < n; i++) {
    const city = pick(CITIES);
    const [, dn] = pick(city.r);
    const geti = chance(0.3);
    const legal = mkPerson({ kind: 'staff', yr: [1962, 1990], city });
    const con = chance(0.5) ? legal : mkPerson({ kind: 'staff', city });
    const nm = geti ? `${dn}${pick(['康乐', '福寿', '长青', '益年', '颐和'])}${pick(['养生馆', '保健品店', '健康咨询服务部'])}` : `${city.c}${pick(['康泰', '福源', '仁和', '寿宁', '安康', '百益', '恒寿'])}${pick(['健康科技', '商贸', '保健食品', '生物科技'])}有限公司`;
    const u = mkUscc(geti ? '92' : '91', regOfCity(city));
    const row = [i + 1, nm, d.uscc(u), d.nm(legal.name), d.nm(con.name), d.mob(con.mob, pick([0, 0, 1])), chance(0.8) ? d.mail(con.mail) : '', `${city.c}${dn}`, d.x('金额', pick(['20000', '50000', '100000', '30000']))];
    L.push(tsv ? row.join('\t') : row.join(','));
  }
  { const qd = pick(S.dz); L.push(`渠道部：${d.nm(qd.name)}  ${d.mail(qd.wmail)}`); }
  emit(d, L.join('\n'));
}

// 16. 供货商 / 采购
function gGhs() {
  const d = new Doc('ghs');
  const S = pick(SELLERS);
  const L = [];
  if (chance(0.5)) {
    L.push(`合格供方名录（${S.name} 采购部）`);
    const n = ri(3, 6);
    sample(SUPPLIERS, n).forEach((sp, i) => {
      const con = mkPerson({ kind: 'staff' });
      L.push(`${i + 1}. ${sp.name}`);
      L.push(`   统一社会信用代码：${d.uscc(sp.uscc)}   ${chance(0.5) ? `生产许可证：${d.x('生产许可证号', scNo())}` : `批准文号：${d.x('批准文号', jzh())}`}`);
      L.push(`   联系人：${d.nm(con.name)}  电话：${d.mob(con.mob)}${sp.tel && chance(0.6) ? ` / ${d.tel(sp.tel)}` : ''}  邮箱：${d.mail(con.mail)}`);
      L.push(`   开户行：${pick(BANKS).n}${pick(['营业部', '支行'])}  账号：${d.x('对公账号', serial(String(ri(1, 9)), ri(12, 15)) )}`);
    });
  } else {
    const sp = pick(SUPPLIERS);
    const con = mkPerson({ kind: 'staff' });
    L.push('开票信息');
    L.push(`单位名称：${sp.name}`);
    L.push(`纳税人识别号：${d.uscc(sp.uscc)}`);
    L.push(`地址、电话：${sp.name.slice(0, 2)}${pick(['经济开发区', '高新区', '工业园'])}${ri(1, 99)}号 ${sp.tel ? d.tel(sp.tel) : d.x('服务热线', `400-${ri(600, 899)}-${pad(ri(0, 9999), 4)}`)}`);
    L.push(`开户行及账号：${pick(BANKS).n}${pick(['高新支行', '开发区支行'])} ${d.x('对公账号', serial(String(ri(1, 9)), ri(12, 15)))}`);
    L.push('');
    L.push(`购货单位：${S.name}  税号：${d.uscc(S.uscc)}`);
    L.push(`商品：${pick(PRODUCTS)[0]}  批号${d.x('产品批号', batchNo(yr(), ri(1, 12)))}  ${ri(5, 80)}箱  发票号码：${d.x('发票号码', pad(ri(1, 99999999), 8))}`);
    L.push(`对接人：${d.nm(con.name)} ${d.mob(con.mob)} ${d.mail(con.mail)}`);
  }
  emit(d, L.join('\n'));
}

// 17. 市场监管局 处罚公示 / 警示
function gJg() {
  const d = new Doc('jg');
  const S = pick(SELLERS);
  const L = [];
  const y = yr();
  if (chance(0.6)) {
    L.push(`${S.city.c}市市场监督管理局行政处罚信息公示`);
    L.push(`行政处罚决定书文号：${d.x('文号', `${S.city.c[0]}市监处罚〔${y}〕${ri(10, 400)}号`)}`);
    L.push(`当事人名称：${S.name}`);
    L.push(`统一社会信用代码：${d.uscc(S.uscc)}`);
    L.push(`法定代表人：${d.nm(S.legal.name)}`);
    L.push(`住所：${cityName(S.city)}${pick(S.city.r)[1]}${pick(S.city.roads)}${ri(1, 300)}号`);
    L.push(`违法行为类型：虚假宣传`);
    const vs = people(ri(1, 3), { city: S.city });
    L.push(`主要违法事实：当事人在其${d.x('门店名', pick(S.stores).name)}以免费体检、赠送${d.x('礼品', pick(GIFTS))}等方式吸引老年人参加"${pick(LECTURES)}"讲座，宣称${pick(PRODUCTS)[0]}可治疗高血压、糖尿病。经查，消费者${vs.map((v) => `${d.x('脱敏姓名', pick([maskName(v.name), v.sur + '某某', v.sur + '某']))}（身份证号${d.x('脱敏身份证号', maskId(v.id))}）`).join('、')}等${ri(12, 80)}人累计购买${d.x('金额', moneyC(ri(30, 900) * 1000))}元。`);
    L.push(`处罚内容：罚款${d.x('金额', ri(5, 60) + '万元')}，没收违法所得。`);
    L.push(`作出处罚决定日期：${d.x('日期', `${y}年${ri(1, 12)}月${ri(1, 28)}日`)}`);
    if (chance(0.4)) { const o = pick(SELLERS.filter((x) => x !== S)); L.push(`同案关联企业：${o.name}（${d.uscc(o.uscc)}）`); }
  } else {
    L.push(`消费警示：警惕"免费领鸡蛋""健康讲座"背后的保健品销售陷阱`);
    L.push(`    近期，我局接到多起子女反映老人被诱导高价购买保健品的投诉。如投诉人${d.x('脱敏姓名', pick(SUR)[0] + '女士')}反映，其母亲在某体验店登记手机号${d.x('脱敏手机号', maskMob(genMob(false)))}和身份证后领取免费鸡蛋，此后${ri(3, 8)}个月内被推销${pick(PRODUCTS)[0]}等产品，花费${d.x('金额', ri(2, 9) + '万余元')}。`);
    L.push(`    我局提醒：不要随意登记身份证号、银行卡号；保健食品不是药物，不能代替药物治疗疾病。`);
    L.push(`    涉事企业：${S.name}，统一社会信用代码${d.uscc(S.uscc)}，已立案调查。`);
    L.push(`    投诉举报电话：${d.x('服务热线', '12315')}，或拨打${d.x('服务热线', '12345')}市民热线。`);
    L.push(`                                    ${S.city.c}市市场监督管理局`);
  }
  emit(d, L.join('\n'));
}

// 18. OCR'd paper 登记表
function gOcr() {
  const d = new Doc('ocr');
  const S = pick(SELLERS);
  const p = mkPerson({ city: S.city, legacy: chance(0.6), yr: [1935, 1958] });
  const sp = () => pick(['', ' ', '  ', '丨', '|', ' .', '_']);
  const L = [];
  L.push(pick(['会 员 登 记 表', '老年会员入会登记表', `${S.brand}  会员  申请表`, '健 康 咨 询 登 记 表']));
  L.push(`登记日期${sp()}${d.x('日期', `${ri(2019, 2024)}.${ri(1, 12)}.${ri(1, 28)}`)}${sp()} 编号${sp()}${d.x('客户编号', `No.${pad(ri(1, 9999), 5)}`)}`);
  L.push(`姓 名${sp()} ${d.nm(p.name)}${sp()}  性别${sp()}${p.xb}  年龄 ${p.age}`);
  const r = R();
  if (r < 0.35) L.push(`身份证号${sp()}${d.id15(p)}`);
  else if (r < 0.5 && /[01]/.test(p.id.slice(6))) { let s; do { s = p.id.replace(/[01]/g, (c) => chance(0.5) ? (c === '0' ? 'O' : 'l') : c); } while (s === p.id || !clean(s)); d.c('cn_resident_id', p.id); L.push(`身份证号 ${s}`); }
  else if (r < 0.65) { const k = ri(7, 13); L.push(`身份证号 ${p.id.slice(0, k)}`); L.push(`${p.id.slice(k)}   (接上行)`); d.e('cn_resident_id', p.id); }
  else L.push(`身份证号${sp()}${d.id(p, pick([0, 2, 3]))}`);
  L.push(`住址 ${p.addr.replace(/(.)(.)/g, (m, a, b) => chance(0.12) ? a + ' ' + b : m)}`);
  L.push(`电话${sp()}${d.mob(p.mob, pick([0, 2, 5, 1]))}${chance(0.3) ? `  座机 ${d.tel({ a: S.city.a, n: S.city.tn() }, pick([0, 2]))}` : ''}`);
  const k = kidOf(p);
  if (chance(0.5)) L.push(`子女姓名 ${d.nm(k.name)}  电话 ${d.mob(k.mob, pick([0, 2]))}`);
  else { const s = k.mob.slice(0, 4) + (chance(0.5) ? '?' : 'B') + k.mob.slice(5); L.push(`紧急联系人 ${d.nm(k.name)} ${s}`); d.c('cn_mobile', k.mob); }
  L.push(`病史 ${pick(['高血压', '糖尿病', '心脏病', '无'])}  血压 ${d.x('血压', bp())}`);
  if (chance(0.35)) {
    const rr = R();
    if (rr < 0.5) L.push(`银行卡号 ${d.card(p.card, pick([0, 1]))}`);
    else if (rr < 0.75) { const c = fCard(p.card, 1); const cut = c.length - ri(4, 8); L.push(`银行卡号 ${c.slice(0, cut)}`); L.push(c.slice(cut)); d.e('bank_card', p.card); }
    else { d.c('bank_card', p.card); L.push(`银行卡号 ${p.card.slice(0, 9)}${pick(['B', 'O', '?'])}${p.card.slice(10)}`); }
  }
  L.push(`本人签字 ${d.nm(p.name)}   经办人 ${d.nm(pick(S.yw).name)}`);
  L.push(pick(['', '— 1 —', '[手写] 已送鸡蛋', `[印章] ${S.name}`]));
  emit(d, L.join('\n'));
}

// 19. 健康档案
function gJkda() {
  const d = new Doc('jkda');
  const S = pick(SELLERS);
  const p = mkPerson({ city: S.city });
  const L = [];
  L.push(`${S.brand}会员健康监测档案`);
  L.push(`姓名：${d.nm(p.name)}  性别：${p.xb}  年龄：${p.age}  身份证：${d.id(p, pick([0, 1]))}  电话：${d.mob(p.mob)}`);
  if (chance(0.5)) { const k = kidOf(p); L.push(`家属：${d.nm(k.name)}（${k.rel}）${d.mob(k.mob, pick([0, 1]))}`); }
  L.push(`既往史：${pick(['高血压10年', '2型糖尿病', '冠心病支架术后', '脑梗后遗症', '无'])}   用药：${pick(['硝苯地平', '二甲双胍', '阿司匹林', '无'])}`);
  L.push(`检测仪器：${d.x('仪器编号', `BP-${yr()}-${pad(ri(1, 999), 4)}`)}`);
  L.push('日期        收缩压/舒张压   心率    空腹血糖   总胆固醇   检测人');
  const n = ri(3, 8);
  const ck = pick([...S.yw, ...S.dz]);
  for (let i = 0; i < n; i++) {
    const [y, m, dd] = randDate();
    L.push(`${d.x('日期', dstr(y, m, dd))}  ${padW(d.x('血压', bp()), 15)} ${padW(d.x('心率', String(ri(58, 102))), 7)} ${padW(d.x('血糖', glu()), 10)} ${padW(d.x('胆固醇', `${ri(3, 7)}.${ri(0, 9)}`), 10)} ${d.nm(ck.name)}`);
  }
  L.push(`建议：${pick(['坚持服用', '加量服用'])}${pick(PRODUCTS)[0]}，每日${ri(1, 3)}次。（注：本档案仅供参考，不作诊断依据）`);
  emit(d, L.join('\n'));
}

// 20. 抽奖
function gCj() {
  const d = new Doc('cj');
  const S = pick(SELLERS);
  const L = [];
  const y = yr();
  const prizes = ['一等奖 磁疗床垫', '二等奖 足浴盆', '三等奖 电饭煲', '幸运奖 鸡蛋一箱', '参与奖 挂面'];
  if (chance(0.5)) {
    L.push(`${S.brand}${y}年会员答谢会 抽奖原始名单（内部资料 勿外传）`);
    L.push('券号,姓名,手机号,身份证号,奖项,领奖签字');
    people(ri(6, 14), { city: S.city }).forEach((p) => {
      const win = chance(0.5);
      L.push([d.x('抽奖券号', pad(ri(1, 999999), 6)), d.nm(p.name), d.mob(p.mob), win ? d.id(p) : '', win ? pick(prizes) : '未中奖', win && chance(0.7) ? d.nm(p.name) : ''].join(','));
    });
    L.push(`监督：${d.nm(pick(S.dz).name)}  公证：${d.nm(S.legal.name)}`);
  } else {
    L.push(`【中奖公告】${S.brand}${y}年"孝亲敬老"抽奖活动中奖名单`);
    people(ri(5, 12), { city: S.city }).forEach((p) => L.push(`${pick(prizes)}：${d.x('脱敏姓名', maskName(p.name))}  ${d.x('脱敏手机号', maskMob(p.mob))}  券号${d.x('抽奖券号', pad(ri(1, 999999), 6))}`));
    const hw = pick([...S.hw, ...S.kf]);
    L.push(`请中奖者${ri(3, 7)}日内携身份证到${d.x('门店名', pick(S.stores).name)}领奖。联系人：${d.nm(hw.name)} ${d.mob(hw.mob)}，门店电话${d.tel(pick(S.stores).tel, pick([0, 1]))}`);
  }
  emit(d, L.join('\n'));
}

// 21. e-mail
function gMail() {
  const d = new Doc('mail');
  const S = pick(SELLERS);
  const L = [];
  const [y, m, dd] = randDate();
  const when = `${y}年${m}月${dd}日 ${hm()}`;
  const t = ri(0, 4);
  const sig = (p, L) => { L.push('--'); L.push(`${d.nm(p.name)} | ${d.x('职务称谓', p.post)} | ${S.name}`); L.push(`手机：${d.mob(p.mob, pick([0, 1, 2]))}   电话：${d.tel(S.tel, pick([0, 1]))}`); L.push(`邮箱：${d.mail(p.wmail)}`); };
  if (t === 0) { // 门店 → 财务 提成
    const a = pick(S.dz);
    L.push(`发件人: ${a.name} <${d.mail(a.wmail)}>`); d.nm(a.name);
    L.push(`收件人: 财务部 <${d.mail(S.cwmail)}>`);
    L.push(`日期: ${when}`); L.push(`主题: ${d.x('门店名', a.store.name)}${m}月提成人员银行卡信息`); L.push('');
    L.push(`${d.nmc(S.cw[0].sur + pick(['会计', '姐', '经理']))}：`);
    L.push('    本月提成人员卡号如下，请核对后发放：');
    sample(S.yw, ri(2, 5)).forEach((p) => L.push(`    ${d.nm(p.name)}  ${p.bank.s}  ${d.card(p.card, pick([0, 1]))}  ${d.x('金额', money(ri(8, 120) * 100))}`));
    L.push(''); sig(a, L);
  } else if (t === 1) { // 子女投诉
    const p = mkPerson({ city: S.city }); const k = kidOf(p, pick(['儿子', '女儿']));
    L.push(`发件人: ${d.mail(k.mail)}`); L.push(`收件人: ${d.mail(S.kfmail)}`); L.push(`日期: ${when}`); L.push(`主题: 要求退款——${d.nm(p.name)}购买保健品`); L.push('');
    L.push('你好：');
    L.push(`    我是${d.nm(p.name)}的${k.rel}${d.nm(k.name)}。我${p.sex === 'F' ? '母亲' : '父亲'}今年${p.age}岁，在你们${d.x('门店名', pick(S.stores).name)}先后买了${pick(PRODUCTS)[0]}等产品共${d.x('金额', moneyC(ri(8, 90) * 1000))}元，业务员${d.nm(pick(S.yw).name)}还让老人办了分期。`);
    L.push(`    老人身份证号${d.id(p)}，登记手机${d.mob(p.mob)}。请三个工作日内联系我办理退款，否则我将向市场监管局投诉。`);
    L.push(`    我的电话：${d.mob(k.mob, pick([0, 1, 3]))}`);
    L.push(''); L.push(d.nm(k.name));
  } else if (t === 2) { // 总部 → 门店 新客户资料 with quoted reply
    const a = pick(S.yw), b = pick(S.kf);
    L.push(`From: "${b.name}" <${d.mail(b.wmail)}>`); d.nm(b.name);
    L.push(`To: "${a.name}" <${d.mail(a.wmail)}>`); d.nm(a.name);
    L.push(`Date: ${dstr(y, m, dd)} ${hm()}`); L.push(`Subject: 回复：新客户录入`); L.push('');
    L.push(`已录入，会员卡号见下，请转告客户。`);
    const cs = people(ri(1, 4), { city: S.city });
    cs.forEach((c) => L.push(`${d.nm(c.name)} → ${d.x('会员卡号', memberNo())}`));
    L.push(''); sig(b, L); L.push('');
    L.push(`在 ${dstr(y, m, dd)} ${hm()}，${a.name} <${a.wmail}> 写道：`);
    L.push(`> ${d.nmc(b.sur + '姐')}，麻烦录一下：`);
    cs.forEach((c) => L.push(`> ${c.name}，${c.xb}，${d.id(c)}，${d.mob(c.mob)}，${addrShort(c)}`));
    L.push('> 谢谢！');
  } else if (t === 3) { // 供货商开票
    const sp = pick(SUPPLIERS); const c = mkPerson({ kind: 'staff' });
    L.push(`发件人: ${c.name} <${d.mail(c.mail)}>`); d.nm(c.name);
    L.push(`收件人: 采购 <${d.mail(`caigou@${S.dom}`)}>`); L.push(`日期: ${when}`); L.push(`主题: ${sp.name}开票资料及对账单`); L.push('');
    L.push('您好，附件为本季度对账单，开票资料如下：');
    L.push(`名称：${sp.name}`); L.push(`税号：${d.uscc(sp.uscc)}`); L.push(`开户行：${pick(BANKS).n}  账号：${d.x('对公账号', serial(String(ri(3, 9)), 14))}`);
    L.push(`本期货款：${d.x('金额', moneyC(ri(30, 800) * 1000))}元（${pick(PRODUCTS)[0]}，批号${d.x('产品批号', batchNo(y, m))}）`);
    L.push(''); L.push(`${d.nm(c.name)}`); L.push(`${sp.name} 销售部`); L.push(`${sp.tel ? `Tel: ${d.tel(sp.tel, 3)}  ` : ''}Mobile: ${d.mob(c.mob, 3)}`);
  } else { // 旅行社 → 门店
    const tr = pick(TRAVEL); const c = mkPerson({ kind: 'staff', city: tr.city }); const a = pick(S.dz);
    L.push(`发件人: ${d.mail(c.mail)}`); L.push(`收件人: ${a.name} <${d.mail(a.wmail)}>`); d.nm(a.name); L.push(`日期: ${when}`);
    L.push(`主题: 团号${d.x('团号', `${pick(['GL', 'HN', 'BDH', 'YN'])}${String(y).slice(2)}${pad(m, 2)}${pad(dd, 2)}-${ri(1, 9)}`)}出团名单确认`); L.push('');
    L.push(`${d.nmc(a.sur + '店长')}您好，以下游客身份证号与系统不符，请核实：`);
    people(ri(1, 3), { city: S.city }).forEach((p) => { const bad = badIdOf(p); L.push(`  ${d.nm(p.name)}  报名表：${d.x('校验位错误身份证号', bad)}  正确应为：${d.id(p)}`); });
    L.push(''); L.push(`${d.nm(c.name)}  ${tr.name}计调部`); L.push(`统一社会信用代码 ${d.uscc(tr.uscc)}  经营许可证 ${d.x('旅行社许可证号', tr.lic)}`); L.push(`${d.mob(c.mob)}`);
  }
  emit(d, L.join('\n'));
}

// 22. CRM XML export
function gXml() {
  const d = new Doc('xml');
  const S = pick(SELLERS);
  const L = [];
  const esc = (s) => String(s);
  L.push('<?xml version="1.0" encoding="UTF-8"?>');
  L.push(`<CustomerExport system="HealthCRM" tenant="${esc(S.brand)}" ts="${d.x('毫秒时间戳', msEpoch())}">`);
  people(ri(3, 7), { city: S.city }).forEach((p) => {
    L.push(`  <Customer code="${d.x('客户编号', custNo())}">`);
    L.push(`    <Name>${d.nm(p.name)}</Name>`);
    L.push(`    <Gender>${p.xb}</Gender>`);
    L.push(`    <IdNo>${d.id(p)}</IdNo>`);
    L.push(`    <Mobile>${d.mob(p.mob)}</Mobile>`);
    if (chance(0.3)) L.push(`    <Email>${d.mail(p.mail)}</Email>`);
    L.push(`    <Address>${esc(p.addr)}</Address>`);
    if (chance(0.5)) { const k = kidOf(p); L.push(`    <Contact relation="${k.rel}" name="${d.nm(k.name)}" phone="${d.mob(k.mob)}"/>`); }
    if (chance(0.3)) L.push(`    <BankCard bank="${p.bank.s}">${d.card(p.card)}</BankCard>`);
    L.push(`    <Health bp="${d.x('血压', bp())}" glu="${d.x('血糖', glu())}"/>`);
    L.push(`    <Owner staffNo="${d.x('工号', pick(S.yw).gh)}">${d.nm(pick(S.yw).name)}</Owner>`);
    L.push('  </Customer>');
  });
  L.push('</CustomerExport>');
  emit(d, L.join('\n'));
}

// 23. 老年旅游报名表
function gLyt() {
  const d = new Doc('lyt');
  const S = pick(SELLERS); const tr = pick(TRAVEL);
  const [y, m, dd] = randDate();
  const dest = pick(['桂林双飞5日游', '海南三亚6日游', '北戴河康养4日游', '云南昆大丽7日游', '江南水乡5日游', '张家界5日游']);
  const L = [];
  L.push(`${S.brand}会员专享"夕阳红"${dest}（会员价${ri(1, 9)}99元）游客名单`);
  L.push(`组团社：${tr.name}  统一社会信用代码：${d.uscc(tr.uscc)}  许可证号：${d.x('旅行社许可证号', tr.lic)}`);
  L.push(`团号：${d.x('团号', `${S.brand === '寿康里' ? 'SKL' : 'XYH'}${String(y).slice(2)}${pad(m, 2)}${pad(dd, 2)}`)}   出发：${dstr(y, m, dd)}   ${chance(0.5) ? `计调电话：${d.tel(tr.tel)}` : ''}`);
  const lay = chance(0.5);
  L.push(lay ? '序号,姓名,性别,年龄,身份证号,手机,紧急联系人,紧急联系人电话,房间,备注' : `${padW('序号', 5)}${padW('姓名', 10)}${padW('身份证号', 20)}${padW('手机', 14)}${padW('紧急联系人', 24)}房间`);
  const n = ri(6, 16);
  people(n, { city: S.city }).forEach((p, i) => {
    const k = kidOf(p);
    const room = `${pick(['A', 'B'])}${pad(Math.floor(i / 2) + 1, 2)}`;
    const note = p.age >= 75 ? '需家属签免责书' : pick(['', '', '素食', '高血压', '晕车']);
    if (lay) L.push([i + 1, d.nm(p.name), p.xb, p.age, d.id(p), d.mob(p.mob), `${d.nm(k.name)}(${k.rel})`, d.mob(k.mob), room, note].join(','));
    else L.push(`${padW(String(i + 1), 5)}${padW(d.nm(p.name), 10)}${padW(d.id(p), 20)}${padW(d.mob(p.mob), 14)}${padW(`${d.nm(k.name)} ${d.mob(k.mob)}`, 24)}${room}`);
  });
  const ld = pick(S.yw);
  L.push(`领队：${d.nm(ld.name)} ${d.mob(ld.mob)}   导游：${d.nmc(pick(SUR)[0] + '导')}`);
  L.push(`温馨提示：团费含${pick(['购物店3个', '"养生讲座"2场', '特产店'])}，行程中将安排参观${pick(['保健品基地', '药材种植园', '玉器厂'])}。`);
  emit(d, L.join('\n'));
}

// 24. 购销合同 PDF text (wrapped)
// wrap like PDF text extraction: fixed width, but never inside a number/code run or a protected span (names, decoys)
function wrapLines(text, w, protect) {
  const out = [];
  for (const para of text.split('\n')) {
    let s = para;
    while (dw(s) > w) {
      let i = 0, ww = 0;
      while (i < s.length && ww + dw(s[i]) <= w) { ww += dw(s[i]); i++; }
      const bad = (k) => (/[A-Za-z0-9.@_-]/.test(s[k - 1]) && /[A-Za-z0-9.@_-]/.test(s[k])) || protect.some((p) => { let j = s.indexOf(p); while (j >= 0) { if (j < k && k < j + p.length) return true; j = s.indexOf(p, j + 1); } return false; });
      let k = i; while (k > 1 && bad(k)) k--;
      if (k <= 1) k = i;
      out.push(s.slice(0, k)); s = s.slice(k);
    }
    out.push(s);
  }
  return out;
}
function gHt() {
  const d = new Doc('ht');
  const S = pick(SELLERS);
  const p = mkPerson({ city: S.city });
  const [y, m, dd] = randDate();
  const pr = sample(PRODUCTS.filter((x) => x[2] > 900), ri(1, 3));
  const T = [];
  T.push(`保健食品购销合同          合同编号：${d.x('合同编号', `${S.brand === '百岁坊' ? 'BSF' : 'HT'}${y}${pad(ri(1, 999), 4)}`)}`);
  T.push(`甲方（卖方）：${S.name}，统一社会信用代码：${d.uscc(S.uscc)}，法定代表人：${d.nm(S.legal.name)}，联系电话：${d.tel(S.tel)}。`);
  T.push(`乙方（买方）：${d.nm(p.name)}，身份证号码：${d.id(p)}，住址：${p.addr}，联系电话：${d.mob(p.mob)}。`);
  T.push('经双方协商一致，乙方自愿购买下列产品：');
  let tot = 0;
  pr.forEach((x, i) => { const q = ri(1, 10); tot += x[2] * q; T.push(`${i + 1}. ${x[0]}  单价${d.x('金额', money(x[2]))}元  数量${q}  批准文号${d.x('批准文号', jzh())}`); });
  T.push(`合同总价款人民币${d.x('金额', moneyC(tot))}元。乙方以银行卡（开户行：${p.bank.n}，卡号：${d.card(p.card)}）支付，甲方收款后七日内送货上门。本产品为保健食品，不具有疾病预防、治疗功能。乙方确认已知悉上述内容，无任何异议，签字后不得以任何理由退货。`);
  T.push(`甲方代表：${d.nm(pick(S.dz).name)}          乙方签字：${d.nm(p.name)}`);
  if (chance(0.5)) { const k = kidOf(p); T.push(`见证人（家属）：${d.nm(k.name)}  电话：${d.mob(k.mob)}`); }
  T.push(`签订日期：${y}年${m}月${dd}日`);
  const lines = wrapLines(T.join('\n'), ri(44, 60), [...d.E.values()].filter((e) => e.detector === 'person_name_zh').map((e) => e.value).concat([...d.X.values()].map((x) => x.text)));
  const out = []; lines.forEach((l, i) => { out.push(l); if (i === 14) out.push(`- 1 -`, '', `${S.name}  保健食品购销合同`); });
  emit(d, out.join('\n'));
}

// 25. 业绩排行 fixed width
function gYj() {
  const d = new Doc('yj');
  const S = pick(SELLERS);
  const y = yr(), m = ri(1, 12);
  const L = [];
  L.push(`${S.brand} ${y}年${m}月 业绩排行榜`);
  L.push(`${padW('名次', 6)}${padW('姓名', 10)}${padW('门店', 14)}${padW('岗位', 10)}${padW('新客', 6)}${padW('成交单数', 10)}${padR('业绩(元)', 14)}`);
  const staff = sample([...S.yw, ...S.dz, ...S.js], ri(5, 10)).map((p) => [p, ri(20, 900) * 100]).sort((a, b) => b[1] - a[1]);
  staff.forEach(([p, a], i) => L.push(`${padW(String(i + 1), 6)}${padW(d.nm(p.name), 10)}${padW(d.x('门店名', p.store.name), 14)}${padW(d.x('职务称谓', p.post), 10)}${padW(String(ri(0, 30)), 6)}${padW(String(ri(1, 60)), 10)}${padR(d.x('金额', moneyC(a)), 14)}`));
  L.push('');
  L.push(`冠军奖励：${d.x('礼品', pick(['海南双飞游', '现金2000元', '金项链一条']))}。垫底两名${pick(['本周内补齐邀约', '做检讨'])}。——${d.nmc(pick(S.dz).sur + '总')}`);
  if (chance(0.5)) L.push(`统计：${d.nm(S.cw[0].name)} ${d.mail(S.cwmail)}`);
  emit(d, L.join('\n'));
}

// 26. CRM import log
function gLog() {
  const d = new Doc('log');
  const S = pick(SELLERS);
  const [y, m, dd] = randDate();
  const L = [];
  let s = ri(0, 3000);
  const ts = () => { s += ri(0, 4); return `${dstr(y, m, dd)} ${pad(9 + Math.floor(s / 3600), 2)}:${pad(Math.floor(s / 60) % 60, 2)}:${pad(s % 60, 2)}.${pad(ri(0, 999), 3)}`; };
  const file = `${S.brand}_${pick(['签到', '会员', '礼品登记'])}_${y}${pad(m, 2)}${pad(dd, 2)}.xlsx`;
  L.push(`${ts()} INFO  [import] start file=${file} operator=${d.x('操作员账号', pick(S.kf).py)}`);
  people(ri(5, 12), { city: S.city }).forEach((p, i) => {
    const row = i + 2;
    const r = R();
    if (r < 0.18) L.push(`${ts()} WARN  [validate] row=${row} 身份证号校验位错误 value=${d.x('校验位错误身份证号', badIdOf(p))} name=${d.nm(p.name)}`);
    else if (r < 0.32) L.push(`${ts()} WARN  [validate] row=${row} 手机号格式错误 value=${d.x('位数错误手机号', badMob())} name=${d.nm(p.name)}`);
    else if (r < 0.4) { const bc = badCardOf(p.card); L.push(`${ts()} WARN  [validate] row=${row} 银行卡号校验失败 value=${d.x('卡号校验失败', bc)}`); }
    else if (r < 0.47) L.push(`${ts()} WARN  [dedupe] row=${row} 重复客户 name=${d.nm(p.name)} mobile=${d.mob(p.mob)} existing=${d.x('客户编号', custNo())}`);
    else L.push(`${ts()} INFO  [insert] row=${row} ok id=${d.x('客户编号', custNo())} name=${d.nm(p.name)} idcard=${d.id(p)} mobile=${d.mob(p.mob)}`);
  });
  L.push(`${ts()} INFO  [import] done reqId=${d.x('请求ID', (() => { for (;;) { const h = Array.from({ length: 16 }, () => pick('0123456789abcdef'.split(''))).join(''); if (clean(h)) return h; } })())} cost=${ri(200, 4000)}ms`);
  emit(d, L.join('\n'));
}

// 27. 子女投诉 to 12345 / 12315
function gTs() {
  const d = new Doc('ts');
  const S = pick(SELLERS);
  const p = mkPerson({ city: S.city });
  const k = kidOf(p, pick(['儿子', '女儿']));
  const L = [];
  L.push(pick(['12345市民热线工单', '投诉举报登记表（12315）']));
  L.push(`工单编号：${d.x('工单编号', `${yr()}${pad(ri(1, 12), 2)}${pad(ri(1, 28), 2)}${pad(ri(1, 99999), 5)}`)}`);
  L.push(`来电人：${d.nm(k.name)}    来电号码：${d.mob(k.mob)}    身份证号：${chance(0.6) ? d.id(k) : '未提供'}`);
  if (chance(0.4)) L.push(`电子邮箱：${d.mail(k.mail)}`);
  L.push(`被投诉主体：${S.name}${chance(0.6) ? `（统一社会信用代码 ${d.uscc(S.uscc)}）` : ''}    地址：${cityName(S.city)}${pick(S.city.roads)}${d.x('门店名', pick(S.stores).name)}`);
  L.push(`诉求内容：来电人反映其${p.sex === 'F' ? '母亲' : '父亲'}${d.nm(p.name)}（${p.age}岁，身份证${d.id(p, pick([0, 2]))}，电话${d.mob(p.mob)}）${pick(['长期在该体验店领鸡蛋、听讲座', '被业务员带去"免费旅游"', '参加免费体检后'])}，被诱导购买${pick(PRODUCTS)[0]}等产品${d.x('金额', ri(2, 12) + '万余元')}，业务员${d.nmc(pick(S.yw).sur + pick(['经理', '主任', '老师']))}承诺可治病。要求退款并查处。`);
  L.push(`受理人：${d.x('工号', `${pick(['A', 'B'])}${ri(100, 999)}`)}  ${d.nm(mkPerson({ kind: 'staff' }).name)}   转办：${S.city.c}市市场监督管理局`);
  emit(d, L.join('\n'));
}

// ───────────────────────── run ─────────────────────────
const PLAN = [
  [gQdb, 20], [gKhda, 18], [gLpdj, 12], [gHfjl, 12], [gDhhf, 12], [gHyexp, 12], [gTcff, 14], [gDd, 14], [gFh, 12], [gTk, 12], [gDk, 12], [gWxyw, 12], [gWxlr, 10], [gSms, 12],
  [gJxs, 12], [gGhs, 10], [gJg, 12], [gOcr, 16], [gJkda, 10], [gCj, 10], [gMail, 20], [gXml, 8], [gLyt, 12], [gHt, 8], [gYj, 6], [gLog, 8], [gTs, 8],
];
const order = [];
for (const [g, n] of PLAN) for (let i = 0; i < n; i++) order.push(g);
for (const g of shuffle(order)) g();

// ───────────────────────── self-check ─────────────────────────
const errs = [];
const nf = (s) => s.normalize('NFKC');
function occurs(text, det, v) {
  const t = nf(text);
  if (det === 'person_name_zh') return t.replace(/\s/g, '').includes(v);
  if (det === 'email') return t.toLowerCase().includes(v);
  const flat = t.toUpperCase().replace(/[\s\-()（）+]/g, '');
  if (det === 'cn_resident_id') return flat.includes(v) || flat.includes(v.slice(0, 6) + v.slice(8, 17));
  if (det === 'cn_landline') return flat.includes(v) || flat.includes('86' + v.slice(1));
  return flat.includes(v);
}
function entityOk(det, v) {
  switch (det) {
    case 'cn_resident_id': return idValid(v);
    case 'cn_mobile': return mobOk(v);
    case 'bank_card': return /^\d{16,19}$/.test(v) && luhn(v);
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v);
    case 'cn_landline': return /^0(10|2[0-57-9]|[3-9]\d\d)\d{7,8}$/.test(v) && v.length >= 11 && v.length <= 12;
    case 'cn_uscc': return usccOk(v);
    case 'person_name_zh': return /^[\u4e00-\u9fa5·]{2,8}$/.test(v);
  }
  return false;
}
for (const doc of DOCS) {
  const lab = new Set([...doc.entities, ...doc.dontCare].map((e) => e.value));
  const entNames = doc.entities.filter((e) => e.detector === 'person_name_zh').map((e) => e.value);
  for (const e of doc.entities) {
    if (!entityOk(e.detector, e.value)) errs.push(`${doc.id}: invalid entity ${e.detector} ${e.value}`);
    if (!occurs(doc.text, e.detector, e.value)) errs.push(`${doc.id}: entity not in text ${e.detector} ${e.value}`);
  }
  for (const c of doc.dontCare) if (!occurs(doc.text, c.detector, c.value) && c.detector !== 'cn_resident_id' && c.detector !== 'bank_card' && c.detector !== 'cn_mobile') errs.push(`${doc.id}: dontCare not in text ${c.value}`);
  for (const x of doc.decoys) {
    if (!doc.text.includes(x.text)) errs.push(`${doc.id}: decoy not in text ${x.text}`);
    const xt = x.text.replace(/\s/g, ''), xn = nf(x.text).toUpperCase().replace(/[\s\-]/g, '');
    if (lab.has(xt) || lab.has(x.text.toLowerCase())) errs.push(`${doc.id}: decoy equals a label ${x.text}`);
    for (const n of entNames) if (n.includes(xt) || (/^[\u4e00-\u9fa5]{2,4}$/.test(xt) && xt.includes(n))) errs.push(`${doc.id}: decoy ${xt} vs name ${n}`);
    for (const e of doc.entities) if (e.detector !== 'person_name_zh' && e.detector !== 'email' && xn.length >= 7 && xn.includes(e.value)) errs.push(`${doc.id}: decoy contains entity ${x.text}`);
    if (/^\d{17}[\dX]$/.test(xn) && idValid(xn)) errs.push(`${doc.id}: decoy is valid ID ${x.text}`);
    if (/^\d{11}$/.test(xn) && mobOk(xn)) errs.push(`${doc.id}: decoy is valid mobile ${x.text}`);
    if (/^\d{16,19}$/.test(xn) && luhn(xn)) errs.push(`${doc.id}: decoy passes Luhn ${x.text}`);
    if (/^[0-9A-Z]{18}$/.test(xn) && usccOk(xn)) errs.push(`${doc.id}: decoy is valid USCC ${x.text}`);
    if (/^\d{15}$/.test(xn) && legacyShape(xn)) errs.push(`${doc.id}: decoy is legacy-ID shaped ${x.text}`);
  }
  for (const c of doc.dontCare) if (doc.entities.some((e) => e.detector === c.detector && e.value === c.value)) errs.push(`${doc.id}: both entity and dontCare ${c.value}`);
  // unlabelled look-alikes in plain digit runs / code runs
  const t = nf(doc.text).toUpperCase();
  for (const m of t.matchAll(/\d+X?/g)) {
    const r = m[0], dg = r.replace('X', '');
    if (r.length === 18 && idShape(r) && !lab.has(r)) errs.push(`${doc.id}: unlabelled ID-like ${r}`);
    if (r === dg && dg.length === 11 && mobOk(dg) && !lab.has(dg)) errs.push(`${doc.id}: unlabelled mobile-like ${dg}`);
    if (r === dg && dg.length >= 16 && dg.length <= 19 && luhn(dg) && !lab.has(dg)) errs.push(`${doc.id}: unlabelled Luhn run ${dg}`);
    if (r === dg && dg.length === 15 && legacyShape(dg) && !lab.has(up15(dg))) errs.push(`${doc.id}: unlabelled legacy-like ${dg}`);
  }
  for (const m of t.matchAll(/[0-9A-Z]+/g)) if (m[0].length === 18 && usccOk(m[0]) && !lab.has(m[0])) errs.push(`${doc.id}: unlabelled USCC-like ${m[0]}`);
  for (const m of nf(doc.text).matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g)) if (!lab.has(m[0].toLowerCase())) errs.push(`${doc.id}: unlabelled e-mail ${m[0]}`);
  for (const m of t.matchAll(/(?<![0-9])0\d{2,3}-\d{7,8}(?![0-9])/g)) if (!lab.has(m[0].replace('-', ''))) errs.push(`${doc.id}: unlabelled landline ${m[0]}`);
}
const idset = new Set();
for (const doc of DOCS) { if (idset.has(doc.id)) errs.push('duplicate id ' + doc.id); idset.add(doc.id); }

writeFileSync(OUT, DOCS.map((x) => JSON.stringify(x)).join('\n') + '\n');

const byKind = {}, byDet = {}, dcDet = {}, decKind = {};
let nE = 0, nX = 0;
for (const doc of DOCS) {
  byKind[doc.kind] = (byKind[doc.kind] || 0) + 1;
  for (const e of doc.entities) { byDet[e.detector] = (byDet[e.detector] || 0) + 1; nE++; }
  for (const e of doc.dontCare) dcDet[e.detector] = (dcDet[e.detector] || 0) + 1;
  for (const x of doc.decoys) { decKind[x.kind] = (decKind[x.kind] || 0) + 1; nX++; }
}
console.log(`documents: ${DOCS.length} (${Object.keys(byKind).length} kinds)`);
console.log('  per kind:', Object.entries(byKind).map(([k, v]) => `${k}=${v}`).join(' '));
console.log(`entities: ${nE}`);
console.log('  per detector:', Object.entries(byDet).map(([k, v]) => `${k}=${v}`).join(' '));
console.log('dontCare:', Object.entries(dcDet).map(([k, v]) => `${k}=${v}`).join(' '));
console.log(`decoys: ${nX}`);
console.log('  per kind:', Object.entries(decKind).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' '));
for (const k of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email', 'cn_uscc']) if ((byDet[k] || 0) < 150) errs.push(`too few ${k}: ${byDet[k] || 0}`);
if (DOCS.length < 280 || DOCS.length > 350) errs.push(`document count ${DOCS.length} outside 280-350`);
if (errs.length) { console.error(`SELF-CHECK FAILED (${errs.length}):`); for (const e of errs.slice(0, 50)) console.error('  ' + e); process.exit(1); }
console.log('self-check: OK');
