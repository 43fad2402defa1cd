#!/usr/bin/env node
/*
 * bankbranch.mjs — independent labelled test corpus for listguard.
 *
 * Theme: one retail-bank branch (粤海商业银行佛山南海桂城支行, a fictional bank;
 * every person, company and number is synthetic) and its 理财经理/客户经理/大堂经理:
 * 理财到期客户清单 (CRM CSV), 存款到期提醒 (TSV), 存款营销/他行代发挖转名单
 * (xlsx-as-text), 代发工资批量文件 (CSV and pipe-delimited bank batch format),
 * 信用卡分期/大额分期外呼名单, 厅堂客户登记簿, 客户经理拜访记录 and 周报,
 * 老年客户防诈回访记录, 大额取现预约登记, 反洗钱 KYC 尽职调查表 (对公 and 个人),
 * 对公开户 JSON exports, 贷款 pipeline lists, WeChat chats between 客户经理 and
 * customers (with OCR text of ID cards, bank cards and 营业执照), internal
 * e-mails forwarding customer lists (signatures, quoted replies), SMS platform
 * send logs, 监管通报 / 行政处罚信息公开表 (masked values), batch validation logs,
 * OCR'd paper 开户申请书, CRM XML pushes, PDF text of 贷款审批表 with wrapped
 * lines, fixed-width 柜面交易流水 reports.
 *
 * Usage:   node bankbranch.mjs OUT.jsonl
 *
 * Output:  one JSON object per line
 *   {"id":"bb-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must NOT be reported under any detector
 *
 * Normalisation of label values:
 *   cn_resident_id  18 chars, upper-case X
 *   cn_mobile       11 digits, no +86, no separators
 *   cn_landline     digits incl. leading 0 and area code, no separators/extension
 *   email           lower-case
 *   bank_card       digits only
 *   cn_uscc         18 chars upper-case
 *   person_name_zh  the name as written, without spaces, titles or pinyin
 *   decoys          exact text as written in the document
 *
 * Decoys of this domain: 客户号/CIF, 对公账号 and 内部账号 (Luhn-failing, not 62),
 * 存折账号, 理财产品代码 and 登记编码 (C1…), 合同号, 申请编号, 18–20-digit 流水号,
 * 12-digit 联行号, SWIFT codes, 网点号/柜员号/坐席工号, 凭证号, 批次号/预约编号,
 * 13-digit ms timestamps, amounts, rates, dates, hotlines (95xxx/400), masked
 * cards / IDs / mobiles, IDs / cards / mobiles that fail their checks (as written
 * in validation logs), Excel-mangled card numbers (6.23683E+18), product names
 * and words that stand where a name could stand (周周盈, 余额, 大堂经理, 周一,
 * branch names, company names containing a surname such as 陈记粮油店).
 *
 * dontCare: names only in running prose (拜访内容, 周报 narrative, 通报 text),
 * surname+title forms (王经理, 陈总, 黄姨, 梁生), decorated chat nicknames
 * (桂城支行-李嘉欣, 陈国强（理财）), masked names (陈*强, 黄某某), and IDs /
 * cards that OCR broke (O for 0, l for 1). Plain full-name chat sender lines are
 * entities; numbers that a PDF/OCR wrapped over two lines are entities.
 *
 * Written in session 31 by a helper that never read src/, rules/ or test/,
 * from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

const OUT = process.argv[2];
if (!OUT) { console.error('usage: node bankbranch.mjs OUT.jsonl'); process.exit(2); }

// ───────── PRNG (sfc32) ─────────
function sfc32(a, b, c, d) {
  return function () {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0; c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0; t = (t + d) | 0; c = (c + t) | 0; return (t >>> 0) / 4294967296;
  };
}
const rnd = sfc32(0x95533, 0x440605, 0x0757, 0x20240315);
for (let i = 0; i < 32; i++) rnd();
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const pf = (a) => pick(a)();
const chance = (p) => rnd() < p;
const pad = (n, w) => String(n).padStart(w, '0');
const digs = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
function shuffle(a) { a = [...a]; for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
function wpick(pairs) { let t = 0; for (const p of pairs) t += p[p.length - 1]; let x = rnd() * t; for (const p of pairs) { x -= p[p.length - 1]; if (x < 0) return p; } return pairs[pairs.length - 1]; }

// ───────── check algorithms ─────────
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const idChk = (b) => '10X98765432'[[...b].reduce((s, c, i) => s + (+c) * IDW[i], 0) % 11];
const PROVS = new Set('11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65'.split(' '));
function realDate(y, m, d) { const t = new Date(Date.UTC(y, m - 1, d)); return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d; }
function idShape(s) { s = s.toUpperCase(); if (!/^\d{17}[\dX]$/.test(s)) return false; const y = +s.slice(6, 10); return y >= 1900 && y <= 2025 && realDate(y, +s.slice(10, 12), +s.slice(12, 14)) && idChk(s.slice(0, 17)) === s[17]; }
const idValid = (s) => idShape(s) && PROVS.has(s.slice(0, 2));
const legacy15 = (s) => /^\d{15}$/.test(s) && PROVS.has(s.slice(0, 2)) && realDate(1900 + +s.slice(6, 8), +s.slice(8, 10), +s.slice(10, 12));
function luhn(s) { let t = 0; for (let i = s.length - 1, k = 0; i >= 0; i--, k++) { let v = +s[i]; if (k & 1) { v *= 2; if (v > 9) v -= 9; } t += v; } return t % 10 === 0; }
const luhnFix = (b) => { for (let c = 0; c < 10; c++) if (luhn(b + c)) return b + c; };
const MOBRE = /^1(3\d|4[57]|5[0-35-9]|6[2567]|7[0-35-8]|8\d|9[0-35-9])\d{8}$/;
const mobOk = (s) => MOBRE.test(s);
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UWT = Array.from({ length: 17 }, (_, i) => { let v = 1; for (let k = 0; k < i; k++) v = (v * 3) % 31; return v; });
const usccChk = (s17) => UA[(31 - ([...s17].reduce((t, c, i) => t + UA.indexOf(c) * UWT[i], 0) % 31)) % 31];
const OWT = [3, 7, 9, 10, 5, 8, 4, 2];
function orgChk(b8) { const t = [...b8].reduce((s, c, i) => s + (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * OWT[i], 0); const c = 11 - (t % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
const usccOk = (s) => /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s) && usccChk(s.slice(0, 17)) === s[17] && orgChk(s.slice(8, 16)) === s[16];

// ───────── written forms ─────────
const FULLW = (s) => s.replace(/[0-9A-Za-z@.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xFEE0));
function fMob(m, st) {
  switch (st) {
    case 1: return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case 2: return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 3: return `+86${m}`;
    case 4: return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 5: return FULLW(m);
    case 6: return `(+86)${m}`;
    case 7: return `86-${m}`;
    default: return m;
  }
}
function fId(id, st) {
  switch (st) {
    case 1: return id.replace(/X$/, 'x');
    case 2: return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    case 3: return FULLW(id);
    default: return id;
  }
}
function fCard(c, st) {
  switch (st) {
    case 1: return c.replace(/(\d{4})(?=\d)/g, '$1 ');
    case 2: return c.replace(/(\d{4})(?=\d)/g, '$1-');
    case 3: return `${c.slice(0, 6)} ${c.slice(6)}`;
    default: return c;
  }
}
const cw = (s) => [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0x2E80 ? 2 : 1), 0);
const padR = (s, w) => s + ' '.repeat(Math.max(1, w - cw(s)));
const padLft = (s, w) => ' '.repeat(Math.max(0, w - cw(s))) + s;
const maskCard = (c, st = 0) => st === 0 ? `${c.slice(0, 4)} **** **** ${c.slice(-4)}` : st === 1 ? `${c.slice(0, 6)}${'*'.repeat(c.length - 10)}${c.slice(-4)}` : `**** ${c.slice(-4)}`;
const maskId = (id, st = 0) => st === 0 ? `${id.slice(0, 6)}********${id.slice(-4)}` : st === 1 ? `${id.slice(0, 3)}***********${id.slice(-4)}` : `${id.slice(0, 1)}****************${id.slice(-1)}`;
const maskMob = (m, st = 0) => st === 0 ? `${m.slice(0, 3)}****${m.slice(-4)}` : `${m.slice(0, 3)}xxxx${m.slice(-4)}`;
const maskName = (n) => n.length === 2 ? n[0] + '*' : n[0] + '*'.repeat(n.length - 2) + n[n.length - 1];

// ───────── document object ─────────
class Doc {
  constructor(kind) { this.kind = kind; this.E = new Map(); this.C = new Map(); this.X = new Map(); }
  e(det, v) { this.E.set(det + '|' + v, { detector: det, value: v }); return v; }
  c(det, v) { this.C.set(det + '|' + v, { detector: det, value: v }); return v; }
  x(kind, t) { t = String(t); this.X.set(kind + '|' + t, { kind, text: t }); return t; }
  nm(n) { this.e('person_name_zh', n.replace(/\s/g, '')); return n; }
  nmc(n, v) { this.c('person_name_zh', (v ?? n).replace(/\s/g, '')); return n; }
  mob(m, st = 0) { this.e('cn_mobile', m); return fMob(m, st); }
  id(v, st = 0) { this.e('cn_resident_id', v); return fId(v, st); }
  card(c, st = 0) { this.e('bank_card', c); return fCard(c, st); }
  mail(m) { this.e('email', m.toLowerCase()); const l = m.split('@')[0]; if (mobOk(l)) this.e('cn_mobile', l); return m; }
  tel(t, st = 0) { this.e('cn_landline', t.a + t.n); const n = t.n; return st === 1 ? `(${t.a})${n}` : st === 2 ? `${t.a} ${n}` : st === 3 ? `+86-${t.a.slice(1)}-${n}` : st === 4 ? `${t.a}-${n.slice(0, 4)} ${n.slice(4)}` : `${t.a}-${n}`; }
  uscc(u) { this.e('cn_uscc', u); return u; }
}

// ───────── places ─────────
const LOCAL = [
  ['440605', '佛山市南海区', ['桂城街道', '桂城街道', '桂城街道', '大沥镇', '里水镇', '狮山镇', '西樵镇', '九江镇', '丹灶镇']],
  ['440604', '佛山市禅城区', ['祖庙街道', '石湾镇街道', '张槎街道', '南庄镇']],
  ['440606', '佛山市顺德区', ['大良街道', '容桂街道', '伦教街道', '北滘镇', '陈村镇', '乐从镇']],
  ['440607', '佛山市三水区', ['西南街道', '白坭镇']],
  ['440608', '佛山市高明区', ['荷城街道']],
];
const MIGR = ['441781', '441422', '440881', '445281', '430524', '431021', '450881', '450821', '360781', '510922', '411724', '420984', '433124', '441622', '440981', '360827', '440103', '440106', '440111'];
const ROADS = ['南海大道北', '桂澜北路', '灯湖东路', '南桂东路', '海八东路', '桂平西路', '季华五路', '汾江中路', '佛平三路', '南新四路', '宝石东路', '天佑三路', '叠滘大道', '夏西北路'];
const ESTATES = ['怡翠玫瑰园', '中海锦城', '万科金色家园', '保利花园', '雅瑶绿洲', '天佑城花园', '海逸桃花源', '凯德世纪名筑', '华府南苑', '桂花苑', '东海国际', '锦园新村', '南江名郡'];
const BRANCH = '粤海商业银行佛山南海桂城支行';
const BRANCH_S = '桂城支行';
const BRANCH_NO = '31207';
const LHH = '313588031207';
const SWIFT = 'YHBKCNBJFOS';
const BANKTEL = { a: '0757', n: '8628' + digs(4) };
const BANKFAX = { a: '0757', n: '8628' + digs(4) };
const HOTLINE = '96588';
const OTHER_BRANCH = ['千灯湖支行', '大沥支行', '里水支行', '罗村支行', '平洲支行', '叠滘支行', '南海分行营业部', '禅城支行', '顺德支行'];

// ───────── names ─────────
const SUR = [
  ['陈', 'chen', 60], ['李', 'li', 40], ['黄', 'huang', 40], ['梁', 'liang', 25], ['林', 'lin', 20], ['张', 'zhang', 25], ['何', 'he', 15], ['罗', 'luo', 12],
  ['郭', 'guo', 8], ['吴', 'wu', 12], ['周', 'zhou', 10], ['刘', 'liu', 20], ['王', 'wang', 20], ['杨', 'yang', 12], ['邓', 'deng', 10], ['冯', 'feng', 10],
  ['麦', 'mai', 6], ['区', 'ou', 3], ['谭', 'tan', 8], ['叶', 'ye', 8], ['潘', 'pan', 8], ['钟', 'zhong', 8], ['莫', 'mo', 5], ['关', 'guan', 5], ['卢', 'lu', 6],
  ['苏', 'su', 6], ['谢', 'xie', 8], ['曾', 'zeng', 8], ['彭', 'peng', 4], ['余', 'yu', 5], ['伍', 'wu', 4], ['霍', 'huo', 3], ['冼', 'xian', 3], ['简', 'jian', 2],
  ['高', 'gao', 4], ['方', 'fang', 3], ['金', 'jin', 1], ['万', 'wan', 1], ['常', 'chang', 1], ['欧阳', 'ouyang', 1.5], ['司徒', 'situ', 1.5], ['朱', 'zhu', 6],
  ['胡', 'hu', 6], ['徐', 'xu', 5], ['孙', 'sun', 4], ['马', 'ma', 3], ['邱', 'qiu', 4], ['温', 'wen', 4], ['蔡', 'cai', 5], ['赖', 'lai', 4], ['江', 'jiang', 2], ['甘', 'gan', 2], ['付', 'fu', 2],
];
const G = (s) => s.trim().split(/\s+/).map((t) => t.split(':'));
const GIVEN = {
  oM: G('国强:guoqiang 志明:zhiming 锦华:jinhua 炳坤:bingkun 荣光:rongguang 润基:runji 耀明:yaoming 伟雄:weixiong 满堂:mantang 庆祥:qingxiang 福全:fuquan 汉文:hanwen 兆基:zhaoji 家驹:jiaju 树林:shulin 炽:chi 金水:jinshui 沛霖:peilin 德华:dehua 桂生:guisheng'),
  oF: G('秀珍:xiuzhen 惠芳:huifang 少珍:shaozhen 丽华:lihua 玉英:yuying 带娣:daidi 银好:yinhao 桂芳:guifang 美玲:meiling 凤娇:fengjiao 婉仪:wanyi 金好:jinhao 彩霞:caixia 月娥:yuee 瑞英:ruiying'),
  mM: G('伟强:weiqiang 志强:zhiqiang 俊杰:junjie 永健:yongjian 文辉:wenhui 建华:jianhua 海峰:haifeng 卫东:weidong 国华:guohua 浩:hao 斌:bin 锐:rui 家明:jiaming 晓峰:xiaofeng 振华:zhenhua 耀文:yaowen 健:jian 勇:yong 国平:guoping 志伟:zhiwei 永康:yongkang 嘉伟:jiawei 少辉:shaohui'),
  mF: G('丽娟:lijuan 惠玲:huiling 燕:yan 晓燕:xiaoyan 淑仪:shuyi 美华:meihua 丽萍:liping 雪梅:xuemei 红:hong 颖:ying 小红:xiaohong 慧敏:huimin 碧珊:bishan 秀玲:xiuling 洁:jie 燕萍:yanping 翠玲:cuiling 丽芬:lifen'),
  yM: G('家俊:jiajun 子轩:zixuan 浩然:haoran 俊熙:junxi 梓豪:zihao 嘉豪:jiahao 志豪:zhihao 宇航:yuhang 文杰:wenjie 伟豪:weihao 泽楷:zekai 晓东:xiaodong 锦鹏:jinpeng 一鸣:yiming 睿:rui 健豪:jianhao 卓霖:zhuolin'),
  yF: G('嘉欣:jiaxin 梓琪:ziqi 晓彤:xiaotong 泳诗:yongshi 颖怡:yingyi 雨婷:yuting 诗琪:shiqi 婉婷:wanting 佩珊:peishan 雅雯:yawen 思敏:simin 晓琳:xiaolin 欣怡:xinyi 凯琳:kailin 楚瑶:chuyao 芷晴:zhiqing'),
};
function mkName(by, male) {
  const [s, sp] = wpick(SUR);
  const era = by < 1962 ? 'o' : by < 1986 ? 'm' : 'y';
  const [g, gp] = pick(GIVEN[era + (male ? 'M' : 'F')]);
  return { name: s + g, sur: s, given: g, sp, gp, py: sp + gp };
}

// ───────── people ─────────
const used = { id: new Set(), mob: new Set(), card: new Set(), mail: new Set(), uscc: new Set(), name: new Set() };
const MOB_OLD = '130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159 180 182 183 185 186 187 188 189'.split(' ');
const MOB_NEW = MOB_OLD.concat('166 175 176 177 178 170 171 173 181 184 191 193 195 198 199 147 145 165 167 162 190 192 196 197 172'.split(' '));
const DEMO = new Set(['13800138000', '13912345678', '18888888888']);
function genMob(young) { for (;;) { const m = pick(young ? MOB_NEW : MOB_OLD) + digs(8); if (mobOk(m) && !DEMO.has(m) && !used.mob.has(m)) { used.mob.add(m); return m; } } }
function genId(reg, y, m, d, male) {
  for (;;) {
    let sq = pad(ri(0, 999), 3); const l = +sq[2];
    if ((l % 2 === 1) !== male) sq = sq.slice(0, 2) + ((l + 1) % 10);
    const b = reg + y + pad(m, 2) + pad(d, 2) + sq; const id = b + idChk(b);
    if (!used.id.has(id)) { used.id.add(id); return id; }
  }
}
// card products: own bank debit / credit, other banks' debit cards
const OWN_DEBIT = [['623683', 19], ['623683', 19], ['621059', 19]];
const OWN_CREDIT = [['625887', 16], ['625887', 16], ['439258', 16], ['528719', 16], ['622155', 16]];
const OTHER = [['工商银行', '622202', 19], ['工商银行', '621226', 19], ['农业银行', '622848', 19], ['建设银行', '621700', 19], ['中国银行', '621785', 19], ['招商银行', '621483', 16], ['招商银行', '622588', 16], ['邮储银行', '621799', 19], ['兴业银行', '622908', 18], ['平安银行', '623058', 19], ['广发银行', '621462', 19], ['佛山农商银行', '623062', 19], ['顺德农商银行', '621336', 19]];
function genCard(bin, len) { for (;;) { const c = luhnFix(bin + digs(len - 1 - bin.length)); if (!used.card.has(c) && !(len === 18 && (usccOk(c) || idShape(c)))) { used.card.add(c); return c; } } }
const MAILDOM = [['qq.com', 34], ['163.com', 22], ['126.com', 8], ['foxmail.com', 6], ['139.com', 5], ['sina.com', 3], ['189.cn', 2], ['outlook.com', 3], ['gmail.com', 2], ['hotmail.com', 2], ['yeah.net', 2], ['aliyun.com', 2], ['sohu.com', 1]];
function genMail(p) {
  for (;;) {
    const dom = wpick(MAILDOM)[0]; let m;
    if ((dom === 'qq.com' || dom === 'foxmail.com') && chance(0.6)) m = `${ri(1, 9)}${digs(ri(6, 9))}@${dom}`;
    else if ((dom === '139.com' || dom === '189.cn' || dom === '163.com') && chance(0.4)) m = `${p.mob}@${dom}`;
    else { const st = ri(0, 5); const yy = String(p.by).slice(2); m = (st === 0 ? p.py + yy : st === 1 ? p.py + p.by : st === 2 ? `${p.gp}.${p.sp}` : st === 3 ? `${p.sp}_${p.gp}${ri(1, 99)}` : st === 4 ? `${p.sp[0]}${p.gp}${pad(p.bm, 2)}${pad(p.bd, 2)}` : `${p.py}${ri(100, 999)}`) + '@' + dom; }
    if (!used.mail.has(m)) { used.mail.add(m); return m; }
  }
}
function mkP(o = {}) {
  const [y0, y1] = o.yr || [1955, 2000];
  const male = o.sex ? o.sex === 'M' : chance(0.5);
  for (;;) {
    const by = ri(y0, y1), bm = ri(1, 12), bd = ri(1, new Date(Date.UTC(by, bm, 0)).getUTCDate());
    const nm = mkName(by, male);
    if (used.name.has(nm.name) && !o.allowDup) continue;
    used.name.add(nm.name);
    const loc = chance(o.local ?? 0.65) ? wpick(LOCAL.map((l, i) => [l, [5, 3, 3, 1, 1][i]]))[0] : null;
    const reg = o.reg || (loc ? loc[0] : pick(MIGR));
    const p = { ...nm, male, xb: male ? '男' : '女', by, bm, bd, id: genId(reg, by, bm, bd, male) };
    p.mob = genMob(by > 1972);
    p.card = genCard(...pick(OWN_DEBIT));
    const ob = pick(OTHER); p.obank = ob[0]; p.ocard = genCard(ob[1], ob[2]);
    p.ccard = genCard(...pick(OWN_CREDIT));
    p.mail = genMail(p);
    const L = loc || LOCAL[0];
    p.addr = `广东省${L[1]}${pick(L[2])}${pick(ROADS)}${ri(1, 288)}号${pick(ESTATES)}${ri(1, 30)}座${ri(1, 32)}${pad(ri(1, 8), 2)}`;
    p.age = 2024 - by;
    p.bday = `${by}-${pad(bm, 2)}-${pad(bd, 2)}`;
    return p;
  }
}
function people(n, o) { return Array.from({ length: n }, () => mkP(o)); }

// ───────── branch staff (recur) ─────────
function staffMail(p) { for (const f of [`${p.py}`, `${p.gp}.${p.sp}`, `${p.sp}${p.gp[0]}${ri(1, 9)}`, `${p.py}${ri(10, 99)}`]) { const m = `${f}@yhbank.com.cn`; if (!used.mail.has(m)) { used.mail.add(m); return m; } } }
function staff(role, yr = [1982, 1998]) { const p = mkP({ yr, local: 0.5 }); p.role = role; p.wmail = staffMail(p); p.ext = { a: '0757', n: '8628' + digs(4) }; p.gh = pick(['YH', 'T', '']) + pad(ri(10000, 99999), 5); return p; }
const ST = {
  hz: staff('支行行长', [1975, 1985]), fhz: staff('副行长', [1978, 1988]), yyzg: staff('营业主管', [1980, 1990]), aml: staff('反洗钱岗', [1985, 1996]),
  lc: [staff('理财经理'), staff('理财经理'), staff('理财经理', [1990, 1998])],
  dg: [staff('对公客户经理'), staff('对公客户经理'), staff('对公客户经理', [1988, 1998])],
  gd: [staff('个贷客户经理'), staff('个贷客户经理')],
  dt: [staff('大堂经理', [1992, 2000]), staff('大堂经理', [1990, 2000])],
  gy: [staff('柜员', [1994, 2001]), staff('柜员', [1993, 2001]), staff('柜员', [1995, 2001])],
  fh: { ...staff('分行零售部', [1980, 1992]), dept: '南海分行零售金融部' },
  fh2: { ...staff('分行公司部', [1980, 1992]), dept: '南海分行公司金融部' },
};
const ALLST = [ST.hz, ST.fhz, ST.yyzg, ST.aml, ...ST.lc, ...ST.dg, ...ST.gd, ...ST.dt, ...ST.gy];

// ───────── companies ─────────
const ZIHAO = G('鸿泰:hongtai 锦成:jincheng 骏达:junda 华晟:huasheng 联丰:lianfeng 永利达:yonglida 汇源通:huiyuantong 佳美:jiamei 宏图:hongtu 顺景:shunjing 恒昌:hengchang 裕丰:yufeng 德隆:delong 雅居:yaju 创盈:chuangying 美嘉:meijia 信和:xinhe 精艺:jingyi 铝丰:lvfeng 粤恒:yueheng 伟业:weiye 新亮:xinliang 嘉旺:jiawang 泓锦:hongjin 名匠:mingjiang 众诚:zhongcheng 同益:tongyi 万顺:wanshun 金盛:jinsheng 瀚海:hanhai 立信达:lixinda 中南:zhongnan 鑫源:xinyuan 启航:qihang 博雅:boya 凯旋:kaixuan');
const HANGYE = G('五金制品:wj 铝型材:lxc 家具:jj 陶瓷:tc 纺织:fz 电器:dq 物流:wl 贸易:my 餐饮管理:cy 装饰工程:zs 精密机械:jx 塑料制品:sl 电子科技:dz 建材:jc 服装:fs 照明电器:zm 供应链管理:gyl 不锈钢:bxg');
const CO_DIST = [['440605', '佛山市南海区'], ['440605', '佛山市南海区'], ['440604', '佛山市禅城区'], ['440606', '佛山市顺德区'], ['440600', '佛山市']];
function genUscc(kind, reg) {
  for (;;) {
    let body;
    if (kind === '12') body = pad(ri(45500000, 45599999), 8);
    else if (chance(0.72)) body = 'MA' + Array.from({ length: 6 }, (_, i) => (i < 1 ? pick('0123456789ABCDEFGHJKLMNPQRTUWXY'.slice(0, 10)) : pick(UA))).join('');
    else body = pad(ri(10000000, 99999999), 8);
    const s17 = kind + reg + body + orgChk(body); const u = s17 + usccChk(s17);
    if (usccOk(u) && !used.uscc.has(u) && !(u.match(/\d+/g) || []).some((r) => r.length >= 16 && luhn(r))) { used.uscc.add(u); return u; }
  }
}
function acctNo(pref, len) { for (;;) { const s = pref + digs(len - pref.length); if (!luhn(s) && !(len === 18 && idShape(s)) && !(len === 11 && mobOk(s)) && !(len === 15 && legacy15(s))) return s; } }
function mkCo(o = {}) {
  const [reg, dist] = pick(CO_DIST);
  const typ = o.type || wpick([['91', 8], ['92', 1.2], ['93', 0.3], ['12', 0.5]])[0];
  const [zh, zp] = pick(ZIHAO); const [hy, hp] = pick(HANGYE);
  let name, dom = `${zp}-${hp}.com`;
  const legal = mkP({ yr: [1962, 1988], local: 0.6 });
  if (typ === '92') name = `${dist.replace('佛山市', '')}${pick(['桂城', '大沥', '平洲', '里水'])}${legal.sur}记${pick(['粮油店', '五金店', '烧腊店', '汽车维修部', '茶行', '百货商行'])}`;
  else if (typ === '93') name = `${dist}${pick(['西樵', '九江', '丹灶'])}${zh}${pick(['水产', '花卉', '蔬菜'])}专业合作社`;
  else if (typ === '12') name = `${dist}${pick(['桂城', '大沥', '里水'])}${pick(['第三小学', '中心幼儿园', '社区卫生服务中心', '文化站', '实验中学'])}`;
  else name = chance(0.85) ? `${dist}${zh}${hy}有限公司` : `广东${zh}${hy}股份有限公司`;
  const uscc = genUscc(typ, typ === '12' ? reg : reg);
  const fin = mkP({ yr: [1975, 1998], sex: chance(0.75) ? 'F' : 'M', local: 0.6 });
  const finMail = chance(0.55) ? (() => { for (const f of [`cw@${dom}`, `finance@${dom}`, `${fin.py}@${dom}`, `${fin.sp}${fin.gp[0]}@${dom}`]) if (!used.mail.has(f)) { used.mail.add(f); return f; } return fin.mail; })() : fin.mail;
  return {
    name, uscc, typ, legal, fin, finMail, dom, zh: typ === '91' ? zh : name.slice(-4, -1),
    acct: acctNo('8003' + pick(['1', '2']), 17), basicAcct: acctNo(pick(['4405', '4400', '2013', '7611']), pick([19, 20, 21])),
    tel: { a: '0757', n: pick(['8', '6', '2']) + digs(7) },
    addr: `${dist === '佛山市' ? '佛山市南海区' : dist}${pick((LOCAL.find((l) => l[1] === dist) || LOCAL[0])[2])}${pick(ROADS)}${ri(1, 99)}号${chance(0.5) ? `${pick(['A', 'B', ''])}${ri(1, 9)}座${ri(1, 20)}${pad(ri(1, 20), 2)}室` : `之${ri(1, 9)}`}`,
    staff: ri(8, 260), cif: 'C' + pad(ri(100000000, 999999999), 9),
  };
}

// ───────── decoy helpers ─────────
function serial(prefix, n) { for (;;) { const s = prefix + digs(n - prefix.length); if (!luhn(s) && !(s.length === 18 && idShape(s)) && !(s.length === 11 && mobOk(s)) && !(s.length === 15 && legacy15(s))) return s; } }
const ymd = (dt, sep = '-') => `${dt.y}${sep}${pad(dt.m, 2)}${sep}${pad(dt.d, 2)}`;
const ymdZh = (dt) => `${dt.y}年${dt.m}月${dt.d}日`;
function rdate(y0 = 2024, y1 = 2025) { const y = ri(y0, y1), m = ri(1, 12); return { y, m, d: ri(1, 28) }; }
const addDays = (dt, n) => { const t = new Date(Date.UTC(dt.y, dt.m - 1, dt.d + n)); return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() }; };
const amt = (n) => n.toFixed(2);
const amtC = (n) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const cifNo = () => pick(['', '', 'CIF']) + pick(['80', '10', '20']) + pad(ri(0, 99999999), 8);
const flowNo = (dt, n = 20) => serial(`${dt.y}${pad(dt.m, 2)}${pad(dt.d, 2)}`, n);
const LCPRD = [['周周盈7天持有', 'YHZZY07'], ['天天利现金管理', 'YHTTL01'], ['安鑫季季开', 'YHAXJ91'], ['稳盈180天', 'YHWY180'], ['粤享年年红', 'YHNNH365'], ['金秋稳健增利', 'YHJQ24'], ['安心存·三年期', 'YHAXC3Y'], ['常青藤稳享1号', 'YHCQT01'], ['万家和悦', 'YHWJHY']];
const djbm = () => 'C10305' + pad(ri(22, 24), 2) + pad(ri(0, 999999), 6);
const prdCode = (base) => `${base}${pick(['', 'A', 'B'])}${pad(ri(1, 60), 3)}`;
function badId(id) { const b = id.slice(0, 17); const alts = '0123456789X'.split('').filter((c) => c !== id[17]); for (;;) { const s = b + pick(alts); if (!luhn(s.replace('X', '0')) || s.endsWith('X')) return s; } }
function badCard(c) { for (;;) { const s = c.slice(0, -1) + ri(0, 9); if (!luhn(s)) return s; } }
function swapCard(c) { for (let i = 6; i < c.length - 2; i++) { if (c[i] !== c[i + 1]) { const s = c.slice(0, i) + c[i + 1] + c[i] + c.slice(i + 2); if (!luhn(s)) return s; } } return badCard(c); }
function badMob() { return chance(0.5) ? pick(MOB_OLD) + digs(7) : pick(['140', '141', '142', '143', '144', '146', '154']) + digs(8); }
function msEpoch(dt) { return String(Date.UTC(dt.y, dt.m - 1, dt.d, ri(0, 10), ri(0, 59), ri(0, 59)) + ri(0, 999)); }
const hm = () => `${pad(ri(8, 17), 2)}:${pad(ri(0, 59), 2)}`;
const RATE = () => `${pick(['1.45', '1.65', '1.75', '1.95', '2.05', '2.15', '2.35', '2.60', '2.85', '3.10'])}%`;

// ───────── emit ─────────
const DOCS = []; const counters = {};
function emit(d, text) {
  counters[d.kind] = (counters[d.kind] || 0) + 1;
  for (const k of d.E.keys()) d.C.delete(k);
  DOCS.push({ id: `bb-${d.kind}-${counters[d.kind]}`, kind: d.kind, text, entities: [...d.E.values()], dontCare: [...d.C.values()], decoys: [...d.X.values()] });
}

// ═════════ document generators ═════════

// 1. 理财到期客户清单 (CRM CSV export)
function gLcdq() {
  const d = new Doc('lcdq');
  const mgr = pick(ST.lc); const dt = rdate();
  const n = ri(5, 9); const ps = people(n, { yr: [1945, 1985] });
  const withMail = chance(0.35), masked = chance(0.2), excelQ = chance(0.4);
  const L = [];
  if (chance(0.6)) L.push(`# ${BRANCH_S} 理财产品到期客户清单（${dt.y}年${dt.m}月第${ri(1, 4)}周）  数据来源：CRM-零售客户管理 导出人：${d.nm(mgr.name)}（${d.x('工号', mgr.gh || 'YH00001')}）`);
  const hdr = ['序号', '客户号', '客户姓名', '证件类型', '证件号码', '手机号码', ...(withMail ? ['电子邮箱'] : []), '产品代码', '产品名称', '登记编码', '持有金额(元)', '到期日', '业绩比较基准', '归属理财经理'];
  L.push(hdr.join(','));
  ps.forEach((p, i) => {
    const [pn, pc] = pick(LCPRD); const due = addDays(dt, ri(0, 30));
    const idv = masked && i % 2 === 1 ? d.x('脱敏证件号', maskId(p.id)) : (excelQ ? '\t' : '') + d.id(p.id, chance(0.15) ? 1 : 0);
    const row = [i + 1, d.x('客户号', cifNo()), d.nm(p.name), '身份证', idv, d.mob(p.mob, chance(0.1) ? 1 : 0), ...(withMail ? [chance(0.7) ? d.mail(p.mail) : ''] : []),
      d.x('产品代码', prdCode(pc)), d.x('产品名称', pn), d.x('登记编码', djbm()), d.x('金额', amt(ri(5, 300) * 10000 + pick([0, 0, 1234.56, 8000]))), d.x('日期', ymd(due)), d.x('收益率', `${pick(['2.30', '2.65', '2.80', '3.00', '3.15'])}%-${pick(['3.20', '3.50', '3.80'])}%`), i % 3 === 2 && chance(0.5) ? d.nm(pick(ST.lc).name) : d.nm(mgr.name)];
    L.push(row.map((c) => (String(c).includes(',') ? `"${c}"` : c)).join(','));
  });
  L.push(`共${n}条记录,导出时间:${ymd(dt)} ${hm()}:${pad(ri(0, 59), 2)},仅限内部使用`);
  emit(d, L.join('\n'));
}

// 2. 存款到期提醒 (TSV)
function gCkdq() {
  const d = new Doc('ckdq');
  const dt = rdate(); const n = ri(5, 10);
  const ps = people(n, { yr: [1940, 1980] });
  const L = [];
  L.push(`定期存款到期提醒清单\t机构：${BRANCH_S}(${d.x('网点号', BRANCH_NO)})\t到期区间：${d.x('日期', ymd(dt))}至${d.x('日期', ymd(addDays(dt, 14)))}`);
  L.push(['账号', '子户序号', '户名', '存期', '起息日', '到期日', '本金', '执行利率', '联系电话', '营销人员', '提醒状态'].join('\t'));
  for (const p of ps) {
    const due = addDays(dt, ri(0, 14)); const term = pick(['3个月', '6个月', '1年', '2年', '3年', '5年']);
    const passbook = chance(0.2);
    const acc = passbook ? d.x('存折账号', serial('4406050', 17)) : d.card(p.card, chance(0.2) ? 1 : 0);
    const tel = chance(0.85) ? d.mob(p.mob) : d.tel({ a: '0757', n: '8' + digs(7) });
    L.push([acc, d.x('子户序号', pad(ri(1, 12), 4)), d.nm(p.name), term, d.x('日期', ymd({ y: due.y - (term.includes('年') ? +term[0] : 1), m: due.m, d: due.d })), d.x('日期', ymd(due)), d.x('金额', amtC(ri(2, 200) * 10000)), d.x('利率', RATE()), tel, d.nm(pick(ST.lc).name), pick(['未提醒', '已短信', '已电话', '客户已续存'])].join('\t'));
  }
  if (chance(0.5)) L.push(`\t\t合计\t\t\t\t${d.x('金额', amtC(ri(80, 900) * 10000))}`);
  emit(d, L.join('\n'));
}

// 3. 存款营销 / 他行代发挖转名单 (xlsx extracted as text)
function gCkyx() {
  const d = new Doc('ckyx');
  const L = []; const n = ri(5, 9); const ps = people(n, { yr: [1970, 2000] });
  const sheet = pick(['他行代发客户', '存款营销名单', '双十一揽储目标客户', '开门红营销清单']);
  L.push(`[xlsx] ${sheet}_${d.x('日期', `${ri(2024, 2025)}${pad(ri(1, 12), 2)}${pad(ri(1, 28), 2)}`)}.xlsx`);
  L.push(`=== 工作表: ${sheet} ===`);
  L.push('A|B|C|D|E|F|G|H|I');
  L.push('客户姓名|性别|年龄|手机号|他行卡号|发卡行|近3月代发均值|营销状态|备注');
  for (const p of ps) {
    const mangled = chance(0.12);
    const cardCell = mangled ? d.x('科学计数卡号', `${p.ocard[0]}.${p.ocard.slice(1, 6)}E+${p.ocard.length - 1}`) : d.card(p.ocard);
    const rem = pf([() => '', () => '', () => '意向较强', () => `已联系，${d.nmc(pick(ST.lc).sur + '经理')}跟进`, () => '要求加息', () => `${d.x('产品名称', pick(LCPRD)[0])}感兴趣`, () => '暂不考虑', () => `推荐人：${d.nm(mkP({ yr: [1970, 1995] }).name)}`]);
    L.push([d.nm(p.name), p.xb, p.age, d.mob(p.mob), cardCell, p.obank, d.x('金额', amt(ri(4000, 28000) + ri(0, 99) / 100)), pick(['未接触', '已加微信', '已开卡', '已转入']), rem].join('|'));
  }
  L.push(`=== 工作表: 汇总 ===`);
  L.push(`目标户数|${n}|已转化|${ri(0, n)}|转化率|${d.x('比率', `${ri(5, 60)}.0%`)}`);
  emit(d, L.join('\n'));
}

// 4. 代发工资批量文件
function gDfgz() {
  const d = new Doc('dfgz');
  const co = mkCo(); const dt = rdate(); const n = ri(6, 11); const ps = people(n, { yr: [1965, 2003], local: 0.4 });
  const L = []; let tot = 0; const fmt = ri(0, 2);
  const rows = ps.map((p) => { const a = ri(2800, 16800) + pick([0, 0.5, 0.25, 0]); tot += a; return [p, a]; });
  if (fmt === 0) {
    L.push('代发工资明细（批量导入模板）');
    L.push(`代发单位：${d.x('单位名称', co.name)}`);
    L.push(`统一社会信用代码：${d.uscc(co.uscc)}`);
    L.push(`付款账号：${d.x('对公账号', co.acct)}    开户行：${BRANCH}`);
    L.push(`代发月份：${dt.y}年${pad(dt.m, 2)}月    总笔数：${n}    总金额：${d.x('金额', amtC(tot))}`);
    L.push('序号,户名,卡号,身份证号,金额,摘要' + (chance(0.5) ? ',手机号' : ''));
    const withMob = L[L.length - 1].endsWith('手机号');
    rows.forEach(([p, a], i) => {
      const own = chance(0.7); const c = own ? p.card : p.ocard;
      L.push([i + 1, d.nm(p.name), d.card(c), d.id(p.id, chance(0.1) ? 1 : 0), amt(a), pick(['工资', `${dt.m}月工资`, '绩效', '工资']), ...(withMob ? [d.mob(p.mob)] : [])].join(','));
    });
    L.push(`经办人：${d.nm(co.fin.name)}  联系电话：${d.tel(co.tel, pick([0, 1]))}    单位盖章：`);
  } else if (fmt === 1) {
    const batch = d.x('批次号', `DF${ymd(dt, '')}${pad(ri(1, 9999), 6)}`);
    L.push(`H|${batch}|${d.x('对公账号', co.acct)}|${d.uscc(co.uscc)}|${n}|${amt(tot)}|${ymd(dt, '')}|01`);
    rows.forEach(([p, a], i) => { L.push(`D|${pad(i + 1, 5)}|${d.nm(p.name)}|${d.card(p.card)}|01|${d.id(p.id)}|${amt(a)}|工资|`); });
    L.push(`T|${n}|${amt(tot)}|`);
  } else {
    L.push(`${d.x('单位名称', co.name)} ${dt.y}年${dt.m}月工资发放表（报银行）`);
    L.push(`单位社会信用代码 ${d.uscc(co.uscc)}   代发协议号 ${d.x('协议号', `DFXY${ri(2019, 2024)}${pad(ri(1, 999), 4)}`)}`);
    L.push(padR('姓名', 10) + padR('身份证号码', 22) + padR('工资卡号', 24) + padLft('实发金额', 12));
    for (const [p, a] of rows) L.push(padR(d.nm(p.name), 10) + padR(d.id(p.id), 22) + padR(d.card(p.ocard, chance(0.4) ? 1 : 0), 24) + padLft(amtC(a), 12));
    L.push(`合计 ${amtC(tot)}    制表：${d.nm(co.fin.name)}    审核：${d.nm(co.legal.name)}`);
  }
  emit(d, L.join('\n'));
}

// 5. 信用卡分期 / 大额分期外呼名单
function gXykfq() {
  const d = new Doc('xykfq');
  const big = chance(0.4); const n = ri(5, 9); const ps = people(n, { yr: [1970, 1998] });
  const L = [];
  const task = d.x('任务编号', `WH${ri(2024, 2025)}${pad(ri(1, 12), 2)}${pad(ri(1, 999), 4)}`);
  L.push(`${big ? '大额分期（车位/装修/家电）意向客户外呼名单' : '信用卡账单分期外呼名单'}  任务：${task}  坐席组：${BRANCH_S}`);
  const hdr = big ? ['序号', '客户姓名', '证件号码', '手机号码', '卡号', '预授信额度', '推荐期数', '月手续费率', '外呼结果', '坐席'] : ['序号', '客户姓名', '手机号码', '卡号', '本期账单金额', '可分期金额', '推荐期数', '月手续费率', '外呼结果', '坐席'];
  L.push(hdr.join(big ? ',' : '\t'));
  ps.forEach((p, i) => {
    const cardCell = chance(0.2) ? d.x('脱敏卡号', maskCard(p.ccard, ri(0, 1))) : d.card(p.ccard, chance(0.3) ? 1 : 0);
    const seat = d.x('坐席工号', `${pick(['ZX', 'WH'])}${pad(ri(100, 999), 4)}`);
    const res = pick(['接通-有意向', '接通-拒绝', '未接通', '关机', '已办理', '空号', '要求回拨']);
    const r = big ? [i + 1, d.nm(p.name), d.id(p.id), d.mob(p.mob, chance(0.2) ? 2 : 0), cardCell, d.x('金额', amt(ri(3, 30) * 10000)), pick([12, 24, 36]), d.x('费率', pick(['0.25%', '0.28%', '0.30%', '0.33%'])), res, seat]
      : [i + 1, d.nm(p.name), d.mob(p.mob), cardCell, d.x('金额', amt(ri(3000, 49000) + ri(0, 99) / 100)), d.x('金额', amt(ri(3000, 40000))), pick([3, 6, 12, 24]), d.x('费率', pick(['0.60%', '0.65%', '0.75%'])), res, seat];
    L.push(r.join(big ? ',' : '\t'));
  });
  L.push(`注：外呼话术见附件；客户拒绝后30天内不得重复致电。客服热线${d.x('客服热线', HOTLINE)}。`);
  emit(d, L.join('\n'));
}

// 6. 厅堂客户登记簿
function gTtdj() {
  const d = new Doc('ttdj');
  const dt = rdate(); const wd = ['日', '一', '二', '三', '四', '五', '六'][new Date(Date.UTC(dt.y, dt.m - 1, dt.d)).getUTCDay()];
  const dtm = pick(ST.dt); const L = [];
  L.push(`${BRANCH_S}厅堂客户登记簿    ${ymdZh(dt)}（${d.x('星期', '周' + wd)}）    值班${d.x('岗位', '大堂经理')}：${d.nm(dtm.name)}`);
  L.push(padR('时间', 7) + padR('客户姓名', 10) + padR('联系电话', 16) + padR('办理业务', 16) + padR('号票', 7) + padR('识别/转介', 18) + '备注');
  const n = ri(6, 11);
  const times = Array.from({ length: n }, () => hm()).sort();
  for (let i = 0; i < n; i++) {
    const p = mkP({ yr: [1945, 2002] });
    const nmCell = chance(0.12) ? d.nmc(p.sur + pick(['先生', '女士', '姨', '伯'])) : d.nm(p.name);
    const telCell = chance(0.1) ? '未留' : d.mob(p.mob);
    const biz = pick(['定期续存', '大额存单', '开卡', '挂失补卡', '理财咨询', '社保卡激活', '转账汇款', '密码重置', '大额取现', '信用卡咨询', '手机银行开通']);
    const ref = chance(0.45) ? `转${d.nm(pick(ST.lc).name)}` : chance(0.3) ? d.x('岗位', pick(['转理财经理', '转柜面', '转对公', '转个贷'])) : '-';
    const note = pf([() => '', () => '', () => `${d.x('金额', ri(5, 80) + '万')}到期`, () => '老年客户，家属陪同', () => '疑似被电诈，已劝阻', () => '要求办理加急', () => '']);
    L.push(padR(d.x('时间', times[i]), 7) + padR(nmCell, 10) + padR(telCell, 16) + padR(biz, 16) + padR(d.x('号票', pick(['A', 'B', 'V']) + pad(ri(1, 150), 3)), 7) + padR(ref, 18) + note);
  }
  L.push(`当日接待 ${n} 人次，识别潜在客户 ${ri(1, 4)} 户。    主管签字：${d.nm(ST.yyzg.name)}`);
  emit(d, L.join('\n'));
}

// 7. 客户经理拜访记录
function gBfjl() {
  const d = new Doc('bfjl');
  const L = []; const dt = rdate();
  if (chance(0.7)) {
    const co = mkCo(); const mgr = pick(ST.dg); const who = chance(0.6) ? co.fin : co.legal;
    L.push('对公客户拜访记录表');
    L.push(`客户名称：${d.x('单位名称', co.name)}`);
    L.push(`统一社会信用代码：${d.uscc(co.uscc)}    客户号：${d.x('客户号', co.cif)}`);
    L.push(`拜访日期：${ymd(dt)}    拜访方式：${pick(['上门', '电话', '来行', '视频'])}`);
    L.push(`拜访对象：${d.nm(who.name)}    职务：${who === co.fin ? '财务负责人' : '法定代表人'}    联系电话：${d.mob(who.mob, pick([0, 1, 2]))}`);
    if (chance(0.4)) L.push(`单位电话：${d.tel(co.tel, pick([0, 1, 2]))}`);
    L.push(`拜访人：${d.nm(mgr.name)}    陪同：${chance(0.5) ? d.nm(ST.fhz.name) : '无'}`);
    L.push('拜访内容：');
    const nm2 = who === co.fin ? co.legal : co.fin;
    L.push(`    企业主营${pick(['铝型材加工', '家具出口', '陶瓷贸易', '五金配件'])}，员工约${co.staff}人，目前代发工资在${pick(['工商银行', '农商行', '建设银行'])}。${who === co.fin ? `法定代表人${d.nm(co.legal.name)}（${d.mob(co.legal.mob)}）` : `财务${d.nmc(nm2.name)}`}表示${pick(['可考虑将代发转到我行', '年底有一笔' + ri(300, 2000) + '万设备款需要融资', '对我行普惠贷款利率较关注', '希望开通企业网银和回单柜'])}。`);
    L.push(`    其${pick(['儿子', '女儿', '爱人'])}${d.nmc(mkP({ yr: [1975, 2000] }).name)}在${pick(['顺德', '广州', '深圳'])}经营分公司，后续可一并营销。`);
    L.push(`下一步计划：${pf([() => '下周提交代发方案', () => '安排' + d.nmc(ST.fhz.sur + '行长') + '上门', () => '报送授信申请', () => '邀请参加客户沙龙'])}。`);
  } else {
    const p = mkP({ yr: [1950, 1978] }); const mgr = pick(ST.lc);
    L.push(`高净值客户${pick(['上门拜访', '生日关怀', '资产检视'])}记录`);
    L.push(`客户姓名：${d.nm(p.name)}    性别：${p.xb}    出生日期：${d.x('日期', p.bday)}`);
    L.push(`证件号码：${d.id(p.id)}`);
    L.push(`手机：${d.mob(p.mob, pick([0, 1]))}    ${chance(0.5) ? `邮箱：${d.mail(p.mail)}` : ''}`);
    L.push(`家庭住址：${p.addr}`);
    L.push(`AUM：${d.x('金额', amtC(ri(60, 1200) * 10000))}    客户等级：${pick(['金卡', '白金卡', '钻石卡', '私行'])}    理财经理：${d.nm(mgr.name)}`);
    L.push(`沟通要点：客户${pick(['有笔存款下月到期', '关心利率下调', '想给孙子买保险', '准备换房'])}，建议配置${d.x('产品名称', pick(LCPRD)[0])}。${pick(['客户女儿', '客户爱人'])}${d.nmc(mkP({ yr: [1972, 1998], sex: 'F' }).name)}也在我行开户。`);
  }
  emit(d, L.join('\n'));
}

// 8. 客户经理周报
function gZb() {
  const d = new Doc('zb');
  const mgr = pick([...ST.lc, ...ST.dg]); const wk = ri(1, 52); const y = ri(2024, 2025);
  const L = [];
  L.push(`${BRANCH_S} ${mgr.role}工作周报（${y}年第${wk}周）`);
  L.push(`填报人：${d.nm(mgr.name)}    报送：${d.nm(ST.hz.name)}行长`);
  L.push('');
  L.push('一、本周业绩');
  L.push(`  存款时点新增 ${d.x('金额', `${ri(-300, 1200)}万元`)}，${pick(['理财销售', '大额存单', '保险期缴'])} ${d.x('金额', `${ri(20, 600)}万元`)}，新开${pick(['代发户', '有效户', '信用卡'])} ${ri(1, 40)} 户。`);
  L.push('二、重点客户跟进');
  const n = ri(2, 4);
  for (let i = 0; i < n; i++) {
    const p = mkP({ yr: [1955, 1990] }); const f = ri(0, 2);
    if (f === 0) L.push(`  ${i + 1}. ${d.nm(p.name)}（${d.mob(p.mob, pick([0, 1]))}）：${pick(['到期资金' + ri(50, 300) + '万已续存', '已签约' + pick(LCPRD)[0], '考虑转入他行，需要加息审批'])}。`);
    else if (f === 1) L.push(`  ${i + 1}. 客户${d.nm(p.name)}，卡号${d.card(p.card, 1)}，${pick(['他行转入' + ri(30, 200) + '万', '办理大额存单'])}。`);
    else L.push(`  ${i + 1}. ${d.nmc(p.name)}${pick(['夫妇', '一家'])}本周来行，${pick(['约好下周再谈', '已推荐给' + ST.fhz.sur + '行长'])}。`);
  }
  if (chance(0.6)) { const co = mkCo(); L.push(`  ${n + 1}. ${d.x('单位名称', co.name)}（${d.uscc(co.uscc)}）代发户迁移，财务${d.nm(co.fin.name)}已同意，预计${ri(20, 200)}人。`); }
  L.push('三、存在问题');
  L.push(`  ${pf([() => '同业利率竞争激烈，' + pick(['农商行', '邮储']) + '三年期报价高出我行', () => `厅堂人手不足，${d.x('星期', '周一')}客流高峰排队较长`, () => `部分老年客户${d.x('产品名称', pick(LCPRD)[0])}到期资金转出`])}。${chance(0.5) ? d.nmc(pick(ST.dt).sur + '经理') + '反映' + pick(['叫号机故障', '自助设备缺钞']) + '。' : ''}`);
  L.push('四、下周计划');
  L.push(`  拜访${d.nmc(mkP({ yr: [1960, 1985] }).sur + '总')}，${pick(['跟进授信', '推动代发', '回访到期客户'])}；参加${d.x('部门', ST.fh.dept)}组织的${pick(['开门红', '财富沙龙', '合规培训'])}。`);
  emit(d, L.join('\n'));
}

// 9. 老年客户防诈回访记录
function gFzhf() {
  const d = new Doc('fzhf');
  const p = mkP({ yr: [1936, 1962] }); const kid = mkP({ yr: [p.by + 22, Math.min(p.by + 38, 2002)], local: 0.7 }); kid.name = chance(0.7) ? p.sur + kid.given : kid.name;
  const hfr = pick([...ST.dt, ...ST.lc]); const dt = rdate(); const L = [];
  const v = ri(0, 1);
  L.push(v ? '老年客户反诈回访登记表' : `${BRANCH_S} 65岁以上客户大额转账/取现回访记录`);
  L.push(`回访编号：${d.x('回访编号', `FZ${ymd(dt, '')}${pad(ri(1, 99), 3)}`)}    回访日期：${ymd(dt)}`);
  L.push(`客户姓名：${d.nm(p.name)}    性别：${p.xb}    年龄：${p.age}`);
  L.push(`证件号码：${d.id(p.id, pick([0, 0, 2]))}`);
  L.push(`联系电话：${chance(0.3) ? d.tel({ a: '0757', n: pick(['8', '6']) + digs(7) }) : d.mob(p.mob, pick([0, 1, 2]))}`);
  L.push(`涉及账户：${chance(0.5) ? d.card(p.card, 1) : d.x('脱敏卡号', maskCard(p.card))}    交易金额：${d.x('金额', amtC(ri(2, 50) * 10000))}`);
  L.push(`紧急联系人：${d.nm(kid.name)}（${kid.male ? pick(['儿子', '儿子', '女婿']) : pick(['女儿', '女儿', '儿媳'])}）    电话：${d.mob(kid.mob, pick([0, 1]))}`);
  L.push(`回访方式：${pick(['电话', '上门', '厅堂面谈'])}`);
  L.push(`回访内容：客户称${pick(['有人冒充公安说其涉嫌洗钱，要求转入"安全账户"', '在群里买了高息"养老项目"', '"孙子"在外地出事急需用钱', '收到"医保卡异常"短信'])}，${pick(['经劝阻后客户已打消念头', '已联系其子女到场', '已报派出所反诈中心'])}。`);
  if (chance(0.5)) L.push(`对方收款账户：${d.x('涉诈对公账号', acctNo(pick(['3100', '4420', '1202']), 19))}（户名：${d.x('单位名称', `${pick(['深圳市', '海南'])}${pick(ZIHAO)[0]}${pick(['商贸', '投资咨询', '信息技术'])}有限公司`)}）`);
  L.push(`回访人：${d.nm(hfr.name)}    复核：${d.nm(ST.yyzg.name)}`);
  emit(d, L.join('\n'));
}

// 10. 大额取现预约登记
function gDequ() {
  const d = new Doc('dequ');
  const dt = rdate(); const n = ri(4, 8); const L = [];
  L.push(`大额现金支取预约登记表（5万元以上）    网点：${BRANCH_S}（机构号${d.x('网点号', BRANCH_NO)}）`);
  L.push(['预约编号', '预约人', '证件号码', '取款账号', '金额(元)', '券别', '预约日期', '联系电话', '用途', '受理人'].join(','));
  for (let i = 0; i < n; i++) {
    const p = mkP({ yr: [1945, 1990] });
    const acc = chance(0.8) ? d.card(p.card) : d.x('存折账号', serial('4406050', 17));
    L.push([d.x('预约编号', `YY${ymd(dt, '')}${pad(i + 1, 4)}`), d.nm(p.name), d.id(p.id), acc, d.x('金额', amt(ri(5, 60) * 10000)), pick(['100元', '100元/50元', '新钞']), d.x('日期', ymd(addDays(dt, ri(1, 3)))), d.mob(p.mob), pick(['购房', '装修', '婚嫁', '生意周转', '看病', '购车']), d.nm(pick(ST.gy).name)].join(','));
  }
  L.push(`备注：单笔超20万须营业主管${d.nm(ST.yyzg.name)}审批；出库凭证号${d.x('凭证号', serial('0', 10))}。`);
  emit(d, L.join('\n'));
}

// 11. 反洗钱 KYC 尽职调查表
function gKyc() {
  const d = new Doc('kyc');
  const L = []; const dt = rdate();
  if (chance(0.75)) {
    const co = mkCo({ type: chance(0.9) ? '91' : '92' }); const ubo = chance(0.6) ? co.legal : mkP({ yr: [1958, 1985] });
    const agent = chance(0.5) ? co.fin : mkP({ yr: [1985, 2000] });
    L.push('单位客户身份识别（尽职调查）表');
    L.push(`调查类型：${pick(['新开户', '持续识别', '重新识别（风险等级调整）'])}    表单编号：${d.x('表单编号', `KYC-${dt.y}-${pad(ri(1, 9999), 5)}`)}`);
    L.push('【一、单位基本信息】');
    L.push(`单位名称：${d.x('单位名称', co.name)}`);
    L.push(`统一社会信用代码：${d.uscc(co.uscc)}`);
    L.push(`注册地址：${co.addr}`);
    L.push(`经营范围：${pick(['五金制品、铝型材的生产与销售', '家具制造；货物进出口', '陶瓷制品批发零售', '普通货物道路运输；仓储服务', '电子产品研发、销售'])}`);
    L.push(`注册资本：${d.x('金额', `${pick([50, 100, 200, 500, 1000, 3000])}万元人民币`)}    成立日期：${d.x('日期', ymd(rdate(2005, 2022)))}`);
    L.push(`单位电话：${d.tel(co.tel, pick([0, 1, 2, 3]))}`);
    L.push('【二、法定代表人/负责人】');
    L.push(`姓名：${d.nm(co.legal.name)}    国籍：中国    证件类型：居民身份证`);
    L.push(`证件号码：${d.id(co.legal.id, pick([0, 0, 1, 2]))}    证件有效期：${d.x('日期', `${ri(2016, 2023)}.${pad(ri(1, 12), 2)}.${pad(ri(1, 28), 2)}-${pick(['长期', `${ri(2026, 2043)}.${pad(ri(1, 12), 2)}.${pad(ri(1, 28), 2)}`])}`)}`);
    L.push(`联系电话：${d.mob(co.legal.mob, pick([0, 1, 3]))}`);
    L.push('【三、受益所有人】');
    L.push(`姓名：${d.nm(ubo.name)}    持股比例：${d.x('比例', `${ri(25, 100)}%`)}    身份证号：${d.id(ubo.id)}`);
    L.push(`住址：${ubo.addr}`);
    L.push('【四、财务负责人及授权经办人】');
    L.push(`财务负责人：${d.nm(co.fin.name)}    手机：${d.mob(co.fin.mob)}    邮箱：${d.mail(co.finMail)}`);
    if (agent !== co.fin) L.push(`授权经办人：${d.nm(agent.name)}    身份证：${d.id(agent.id)}    手机：${d.mob(agent.mob, pick([0, 2]))}`);
    L.push('【五、风险评估】');
    L.push(`行业风险：${pick(['低', '中'])}    地域风险：低    交易风险：${pick(['低', '中', '较高'])}    客户风险等级：${pick(['低风险', '中风险', '中高风险'])}`);
    L.push(`基本存款账户：${d.x('对公账号', co.acct)}    开户许可/备案编号：${d.x('备案编号', `J${5880}${digs(9)}`)}`);
    L.push(`尽调人：${d.nm(pick(ST.dg).name)}    复核人：${d.nm(ST.aml.name)}    日期：${ymd(dt)}`);
  } else {
    const p = mkP({ yr: [1960, 1995] });
    L.push('个人客户身份识别补充调查表（高风险/大额交易）');
    L.push(`客户姓名：${d.nm(p.name)}    客户号：${d.x('客户号', cifNo())}`);
    L.push(`证件类型：身份证    证件号码：${d.id(p.id)}`);
    L.push(`职业：${pick(['个体工商户', '企业主', '自由职业', '退休', '私企职员'])}    年收入：${d.x('金额', pick(['20-50万', '50-100万', '100万以上']))}`);
    L.push(`联系方式：${d.mob(p.mob)}  ${chance(0.6) ? d.mail(p.mail) : ''}`);
    L.push(`涉及账户：${d.card(p.card, 1)}`);
    L.push(`触发原因：${pick(['短期内频繁大额现金存取', '多笔分散转入集中转出', '与涉案账户有交易往来'])}，预警编号${d.x('预警编号', `AML${dt.y}${digs(8)}`)}。`);
    L.push(`资金来源说明：客户称系${pick(['出售房产', '经营收入', '亲属借款'])}，对手方${d.nm(mkP({ yr: [1960, 1990] }).name)}（${pick(['朋友', '买房人', '生意伙伴'])}）。`);
    L.push(`调查结论：${pick(['可排除', '持续关注', '上报可疑交易报告'])}    调查人：${d.nm(ST.aml.name)}`);
  }
  emit(d, L.join('\n'));
}

// 12. 对公开户记录 (JSON export)
function gDgkh() {
  const d = new Doc('dgkh');
  const n = ri(3, 5); const recs = [];
  for (let i = 0; i < n; i++) {
    const co = mkCo(); const dt = rdate();
    const r = {
      custNo: d.x('客户号', co.cif), entName: d.x('单位名称', co.name), uscc: d.uscc(co.uscc), acctNo: d.x('对公账号', co.acct), acctType: pick(['基本存款账户', '一般存款账户']),
      openDate: d.x('日期', ymd(dt)), branchNo: d.x('网点号', BRANCH_NO),
      legalRep: { name: d.nm(co.legal.name), idType: '01', idNo: d.id(co.legal.id), mobile: d.mob(co.legal.mob) },
      finContact: { name: d.nm(co.fin.name), mobile: d.mob(co.fin.mob), ...(chance(0.85) ? { email: d.mail(co.finMail) } : {}) },
      regAddr: co.addr, custMgr: d.nm(pick(ST.dg).name), createdAt: +d.x('时间戳', msEpoch(dt)),
    };
    if (chance(0.3)) r.officeTel = d.tel(co.tel);
    recs.push(r);
  }
  const obj = { code: '0000', msg: 'success', total: n, traceId: d.x('流水号', flowNo(rdate(), 20)), data: recs };
  emit(d, JSON.stringify(obj, null, chance(0.5) ? 2 : 0));
}

// 13. 贷款 pipeline
function gDkpl() {
  const d = new Doc('dkpl');
  const L = []; const n = ri(4, 7);
  L.push(`${BRANCH_S}贷款营销储备清单（pipeline）  更新：${ymd(rdate())}`);
  L.push(['申请编号', '借款主体', '主体类型', '证件号码', '联系人', '联系电话', '产品', '申请金额(万元)', '期限(月)', '利率', '阶段', '合同号', '客户经理'].join(','));
  for (let i = 0; i < n; i++) {
    const dt = rdate(); const ap = d.x('申请编号', `SQ${ymd(dt, '')}${pad(ri(1, 9999), 5)}`);
    const stage = pick(['意向', '资料收集', '调查中', '审批中', '已批待签', '已放款']);
    const ht = stage === '已放款' || stage === '已批待签' ? d.x('合同号', `YH${dt.y}NH${pick(['PH', 'GD', 'JY'])}${pad(ri(1, 9999), 5)}`) : '';
    if (chance(0.55)) {
      const co = mkCo();
      L.push([ap, d.x('单位名称', co.name), '企业', d.uscc(co.uscc), d.nm(co.legal.name), d.mob(co.legal.mob), pick(['普惠经营贷', '流动资金贷款', '设备按揭', '税易贷']), ri(50, 1000), pick([12, 24, 36]), d.x('利率', pick(['3.45%', '3.65%', '3.85%', 'LPR+30BP'])), stage, ht, d.nm(pick(ST.dg).name)].join(','));
    } else {
      const p = mkP({ yr: [1970, 1998] });
      L.push([ap, d.nm(p.name), '个人', d.id(p.id), d.nm(p.name), d.mob(p.mob), pick(['个人住房贷款', '消费贷', '个人经营贷', '车位贷']), ri(10, 300), pick([36, 60, 240, 360]), d.x('利率', pick(['3.10%', '3.55%', 'LPR-20BP'])), stage, ht, d.nm(pick(ST.gd).name)].join(','));
    }
  }
  emit(d, L.join('\n'));
}

// 14. WeChat chats
function gWx() {
  const d = new Doc('wx');
  const L = []; const dt = rdate(); let h = ri(8, 19), mi = ri(0, 40);
  const ts = () => { mi += ri(0, 6); if (mi > 59) { mi -= 60; h++; } return `${ymd(dt)} ${pad(h, 2)}:${pad(mi, 2)}`; };
  const v = ri(0, 3);
  if (v <= 1) {
    const mgr = pick([...ST.lc, ...ST.gd]); const p = mkP({ yr: [1955, 1998] });
    const mgrNick = chance(0.5) ? d.nm(mgr.name) : d.nmc(`粤海银行${BRANCH_S}-${mgr.name}`, mgr.name);
    const custNick = chance(0.5) ? d.nm(p.name) : d.x('微信昵称', pick(['阳光总在风雨后', '平安是福', 'A南海-装修设计', '花开富贵', '静水流深', 'Ray', 'Cindy']));
    L.push(`与"${custNick}"的聊天记录`);
    L.push(`${ts()} ${mgrNick}`); L.push(`${d.nmc(p.sur + (p.male ? pick(['先生', '生', '哥']) : pick(['女士', '姐', '姨'])))}您好，您在我行的${pick(['定期', '理财'])}下周到期，需要帮您预约续存吗？`); 
    L.push(`${ts()} ${custNick}`); L.push(pick(['好的，你帮我看看利率', '我想办个新卡发工资用', '要准备什么资料？']));
    L.push(`${ts()} ${mgrNick}`); L.push('麻烦把身份证正反面和银行卡拍照发我，我先帮您预填单');
    L.push(`${ts()} ${custNick}`); L.push('[图片]');
    L.push(`[图片识别文字] 姓名 ${d.nm(p.name)} 性别 ${p.xb} 民族 汉 出生 ${p.by}年${p.bm}月${p.bd}日 住址 ${p.addr.replace('广东省', '广东省')} 公民身份号码 ${d.id(p.id, chance(0.2) ? 1 : 0)}`);
    L.push(`${ts()} ${custNick}`); L.push('[图片]');
    L.push(`[图片识别文字] ${pick(['粤海银行', 'YUEHAI BANK'])} 借记卡 银联 UnionPay ${d.card(p.card, 1)} ${d.x('有效期', `${pad(ri(1, 12), 2)}/${ri(28, 35)}`)}`);
    L.push(`${ts()} ${custNick}`); L.push(`手机号还是${d.mob(p.mob, pick([0, 1, 2]))}，${chance(0.5) ? `邮箱${d.mail(p.mail)}，` : ''}对账单发邮箱就行`);
    L.push(`${ts()} ${mgrNick}`); L.push(`收到，已帮您登记，周${pick(['一', '二', '三', '四', '五'])}上午过来直接找我，到了打我电话${d.mob(mgr.mob)}。`);
    if (chance(0.4)) { const w = mkP({ yr: [p.by - 3, p.by + 5], sex: p.male ? 'F' : 'M' }); L.push(`${ts()} ${custNick}`); L.push(`我老婆/老公也要办，${d.nm(w.name)} ${d.id(w.id)}，电话${d.mob(w.mob)}`); }
  } else if (v === 2) {
    const mgr = pick(ST.dg); const co = mkCo();
    const finNick = chance(0.5) ? d.nm(co.fin.name) : d.nmc(`${co.fin.name}（${co.zh}财务）`, co.fin.name);
    L.push(`与"${finNick}"的聊天记录`);
    L.push(`${ts()} ${d.nm(mgr.name)}`); L.push('您好，开户资料请先发电子版给我预审：营业执照、法人身份证、财务负责人身份证');
    L.push(`${ts()} ${finNick}`); L.push('[图片]');
    L.push(`[图片识别文字] 营业执照 （副本） 统一社会信用代码 ${d.uscc(co.uscc)} 名称 ${d.x('单位名称', co.name)} 类型 有限责任公司(自然人投资或控股) 法定代表人 ${d.nm(co.legal.name)} 注册资本 人民币${d.x('金额', pick(['伍拾万元', '壹佰万元', '贰佰万元']))} 住所 ${co.addr}`);
    L.push(`${ts()} ${finNick}`); L.push(`法人身份证号 ${d.id(co.legal.id)}，他电话${d.mob(co.legal.mob, 1)}；我的是${d.id(co.fin.id)}，${d.mob(co.fin.mob)}`);
    L.push(`${ts()} ${d.nm(mgr.name)}`); L.push(`收到。预留印鉴和网银U盾管理员填谁？另外回单邮箱填${d.mail(co.finMail)}可以吗`);
    L.push(`${ts()} ${finNick}`); L.push(`可以，管理员填我。基本户在${pick(['工行', '农行', '农商行'])}，账号${d.x('对公账号', co.basicAcct)}`);
  } else {
    const grp = `${BRANCH_S}营销冲刺群`; L.push(`群聊"${grp}"的聊天记录`);
    const a = pick(ST.lc), b = pick(ST.dt), c = ST.fhz;
    L.push(`${ts()} ${d.nm(c.name)}`); L.push(`各位，今天存款还差${d.x('金额', ri(300, 1500) + '万')}，手上有到期客户的抓紧约`);
    for (let i = 0; i < ri(2, 4); i++) {
      const p = mkP({ yr: [1950, 1990] }); const who = pick([a, b]);
      L.push(`${ts()} ${d.nm(who.name)}`);
      L.push(pf([() => `${d.nm(p.name)} ${d.mob(p.mob)} ${d.x('金额', ri(20, 200) + '万')}下周到期，客户说${pick(['要看利率', '考虑买国债', '可以续'])}`,
        () => `约到了${d.nmc(p.sur + pick(['姨', '伯', '生']))}，下午三点来，卡号${d.card(p.card)}，麻烦柜面准备一下`,
        () => `${d.nm(p.name)}（${d.id(p.id)}）他行转入${d.x('金额', ri(20, 100) + '万')}，算我的`]));
    }
    L.push(`${ts()} ${d.nm(ST.aml.name)}`); L.push('提醒：群里不要发客户身份证号和完整卡号，违反信息保护规定');
  }
  emit(d, L.join('\n'));
}

// 15. internal e-mail forwarding customer lists
function sig(d, s, full = true) {
  const L = ['', '--', `${d.nm(s.name)}`, `${s.role} | ${s.dept || BRANCH}`];
  if (full) { L.push(`电话：${d.tel(s.ext, pick([0, 2, 4]))}  手机：${d.mob(s.mob, pick([0, 1, 2]))}`); L.push(`邮箱：${d.mail(s.wmail)}`); }
  L.push(`地址：佛山市南海区桂城街道${pick(ROADS)}${ri(1, 60)}号    SWIFT：${d.x('SWIFT', SWIFT)}`);
  return L;
}
function gMail() {
  const d = new Doc('mail');
  const dt = rdate(); const L = [];
  const from = pick([ST.fh, ST.fh2, ...ST.lc, ...ST.dg, ST.fhz]); const to = pick(ALLST.filter((s) => s !== from)); const cc = pick([ST.hz, ST.yyzg]);
  const subj = pick(['【请跟进】本月理财到期客户名单', '转发：代发工资迁移客户清单', 'Re: 对公开户资料补充', '存款到期客户分配表', '转发: 信用卡分期白名单（请勿外传）', '回复：大额取现预约核实']);
  L.push(`发件人: ${d.nm(from.name)} <${d.mail(from.wmail)}>`);
  L.push(`收件人: ${d.nm(to.name)} <${d.mail(to.wmail)}>`);
  if (chance(0.6)) L.push(`抄送: ${d.mail(cc.wmail)}`);
  L.push(`发送时间: ${ymdZh(dt)} ${hm()}`);
  L.push(`主题: ${subj}`);
  L.push('');
  L.push(`${d.nmc(to.sur + (/行长/.test(to.role) ? '行' : /主管/.test(to.role) ? '主管' : pick(['经理', '经理', '工'])))}：`);
  const v = ri(0, 2);
  if (v === 0) {
    L.push(`    附件为${pick(['分行下发', 'CRM导出', '总行名单'])}的客户清单，请于${dt.m}月${Math.min(dt.d + 3, 28)}日前完成首轮联系并在系统登记结果。摘录如下：`);
    L.push('');
    L.push('客户姓名\t手机\t证件号码\t卡号\t到期金额');
    for (const p of people(ri(3, 6), { yr: [1950, 1990] })) L.push(`${d.nm(p.name)}\t${d.mob(p.mob)}\t${d.id(p.id)}\t${d.card(p.card)}\t${d.x('金额', amtC(ri(5, 200) * 10000))}`);
  } else if (v === 1) {
    const co = mkCo();
    L.push(`    ${d.x('单位名称', co.name)}（统一社会信用代码${d.uscc(co.uscc)}）拟将代发迁入我行，约${co.staff}人。对方联系人${d.nm(co.fin.name)}，电话${d.mob(co.fin.mob)}，邮箱${d.mail(co.finMail)}。请安排批量开卡，员工名单先发5个样例：`);
    for (const p of people(ri(3, 5), { yr: [1975, 2003], local: 0.4 })) L.push(`      ${d.nm(p.name)}  ${d.id(p.id, pick([0, 2]))}  ${d.mob(p.mob, pick([0, 1]))}`);
  } else {
    const p = mkP({ yr: [1950, 1985] });
    L.push(`    客户${d.nm(p.name)}（身份证${d.id(p.id)}）${pick(['预约明日取现30万', '投诉理财亏损', '要求提前支取大额存单'])}，请核实客户联系电话${d.mob(p.mob, 2)}是否为本人，并回复处理意见。`);
  }
  L.push('');
  L.push(pick(['注意：名单仅限内部营销使用，严禁外传。', '谢谢！', '请知悉。']));
  L.push(...sig(d, from, chance(0.8)));
  if (chance(0.5)) {
    const q = to; const qd = addDays(dt, -ri(1, 3));
    L.push(''); L.push('------------------ 原始邮件 ------------------');
    L.push(`发件人: "${d.nm(q.name)}"<${d.mail(q.wmail)}>`);
    L.push(`发送时间: ${ymdZh(qd)} ${hm()}`);
    L.push(`主题: ${pick(['名单能否再发一次', '代发客户情况', '请协助'])}`);
    L.push(`> ${pick(['上次的名单打不开，麻烦再发一次。', '客户那边催得急，能否加快？', '附件收到，有几户电话是空号。'])}`);
    if (chance(0.6)) { const p2 = mkP({ yr: [1960, 1990] }); L.push(`> 例如${d.nm(p2.name)}登记的${d.x('错误手机号', badMob())}打不通，客户本人后来留了${d.mob(p2.mob)}。`); }
    L.push(`> ${d.nm(q.name)}`);
    L.push(`> ${q.role}  ${d.tel(q.ext)}`);
  }
  emit(d, L.join('\n'));
}

// 16. SMS send log
function gSms() {
  const d = new Doc('sms');
  const dt = rdate(); const L = []; const n = ri(6, 12);
  const batch = d.x('批次号', `SMS${ymd(dt, '')}${pad(ri(1, 999), 4)}`);
  L.push(`短信平台发送记录  批次：${batch}  模板：${pick(['定期到期提醒', '理财到期提醒', '信用卡分期营销', '代发工资到账'])}  发送机构：${d.x('网点号', BRANCH_NO)}`);
  L.push('发送时间|手机号码|客户姓名|短信内容|状态|回执码|消息ID');
  for (let i = 0; i < n; i++) {
    const p = mkP({ yr: [1950, 2000] }); const due = addDays(dt, ri(1, 10));
    const mobCell = chance(0.12) ? d.x('脱敏手机号', maskMob(p.mob, ri(0, 1))) : d.mob(p.mob, chance(0.15) ? 3 : 0);
    const nmCell = chance(0.12) ? d.nmc(maskName(p.name)) : d.nm(p.name);
    const inText = chance(0.6) && !nmCell.includes('*');
    const content = pf([
      () => `【粤海银行】尊敬的${inText ? p.name : '客户'}，您尾号${p.card.slice(-4)}的定期存款将于${due.m}月${due.d}日到期，如需续存请联系您的理财经理${d.nm(pick(ST.lc).name)}。`,
      () => `【粤海银行】${inText ? p.name : ''}您好，您的信用卡${d.x('脱敏卡号', maskCard(p.ccard, 2))}本期账单可申请分期，月费率低至${d.x('费率', '0.25%')}，回复Y办理。拒收请回复R`,
      () => `【粤海银行】您尾号${p.card.slice(-4)}账户${due.m}月${due.d}日代发工资收入人民币${d.x('金额', amt(ri(3000, 15000)))}，余额${d.x('金额', amt(ri(3000, 90000)))}。`,
    ]);
    if (inText) d.nm(p.name);
    L.push([`${ymd(dt)} ${hm()}:${pad(ri(0, 59), 2)}`, mobCell, nmCell, content, pick(['成功', '成功', '成功', '失败', '空号']), pick(['DELIVRD', 'DELIVRD', 'UNDELIV', 'MK:0001']), d.x('消息ID', serial(`${dt.y}${pad(dt.m, 2)}`, 19))].join('|'));
  }
  emit(d, L.join('\n'));
}

// 17. 监管通报 / 行政处罚信息公开表
function gJgtb() {
  const d = new Doc('jgtb');
  const L = []; const y = ri(2023, 2025);
  if (chance(0.5)) {
    L.push(`关于${pick(['个人金融信息保护', '客户经理违规收集客户信息', '员工泄露客户信息', '代发业务违规'])}问题的监管通报`);
    L.push(d.x('文号', `佛金监${pick(['通', '发'])}〔${y}〕${ri(3, 60)}号`));
    L.push('各银行业金融机构：');
    const p1 = mkP({ yr: [1950, 1990] }); const emp = mkP({ yr: [1985, 1998] });
    L.push(`    近期检查发现，某商业银行${d.x('网点名称', pick(OTHER_BRANCH))}员工${d.nmc(emp.sur + '某某')}通过微信向外部人员出售客户信息${ri(200, 3000)}条，信息包括客户${d.nmc(p1.sur + '某')}（身份证号${d.x('脱敏身份证号', maskId(p1.id, ri(0, 1)))}、手机号${d.x('脱敏手机号', maskMob(p1.mob))}、卡号${d.x('脱敏卡号', maskCard(p1.card, ri(0, 1)))}）等。`);
    L.push(`    另有机构将代发工资明细通过个人邮箱发送，涉及${ri(30, 400)}名员工完整身份证号及卡号（通报中以${d.x('脱敏身份证号', maskId(mkP().id, 2))}、${d.x('脱敏卡号', maskCard(genCard('622202', 19), 1))}形式示例）。`);
    L.push(`    各机构要${pick(['立即开展自查', '举一反三'])}，于${ri(1, 12)}月${ri(1, 28)}日前报送自查报告。联系人：${d.nm(mkP({ yr: [1975, 1992] }).name)}，电话：${d.tel({ a: '0757', n: '8' + digs(7) })}，邮箱：${d.mail(`jgc${ri(1, 9)}@fsjrj${pick(['', '-'])}.gov.cn`.replace('-', ''))}。`);
  } else {
    L.push('行政处罚信息公开表');
    const co = mkCo(); const p = mkP({ yr: [1975, 1990] });
    L.push(`行政处罚决定书文号：${d.x('文号', `佛金罚决字〔${y}〕${ri(1, 40)}号`)}`);
    L.push(`被处罚当事人：单位名称 ${d.x('单位名称', BRANCH)}`);
    L.push(`主要负责人姓名：${d.nm(ST.hz.name)}`);
    L.push(`个人姓名：${d.nm(p.name)}（时任${pick(['营业主管', '客户经理', '副行长'])}）`);
    L.push(`主要违法违规事实：${pick(['未按规定履行客户身份识别义务', '违规为无真实交易背景的企业开立账户', '个人金融信息保护不到位'])}，涉及企业${d.x('单位名称', co.name)}（统一社会信用代码：${d.uscc(co.uscc)}）。`);
    L.push(`行政处罚依据：《中华人民共和国反洗钱法》第${ri(31, 35)}条`);
    L.push(`行政处罚决定：对单位罚款${d.x('金额', ri(20, 120) + '万元')}；对${d.nmc(p.name)}${pick(['警告并罚款5万元', '罚款3万元'])}。`);
    L.push(`作出处罚决定的日期：${d.x('日期', ymdZh(rdate(y, y)))}`);
  }
  emit(d, L.join('\n'));
}

// 18. batch validation log
function gYzrz() {
  const d = new Doc('yzrz');
  const dt = rdate(); const L = []; let clk = ri(9, 16) * 3600 + ri(0, 3000);
  const t = () => { clk += ri(0, 2); return `${ymd(dt)} ${pad(Math.floor(clk / 3600), 2)}:${pad(Math.floor(clk / 60) % 60, 2)}:${pad(clk % 60, 2)}.${pad(ri(0, 999), 3)}`; };
  const co = mkCo(); const batch = d.x('批次号', `DF${ymd(dt, '')}${pad(ri(1, 9999), 6)}`); const n = ri(30, 200);
  L.push(`[${t()}] INFO  BatchCheck - 开始校验 batch=${batch} corp=${d.x('客户号', co.cif)} uscc=${d.uscc(co.uscc)} rows=${n}`);
  const k = ri(4, 8);
  for (let i = 0; i < k; i++) {
    const p = mkP({ yr: [1965, 2003] }); const row = ri(1, n); const f = ri(0, 6);
    if (f === 0) L.push(`[${t()}] WARN  BatchCheck - row=${row} 户名=${d.nm(p.name)} 卡号=${d.x('卡号校验失败', badCard(p.card))} 校验位错误(Luhn)`);
    else if (f === 1) L.push(`[${t()}] ERROR BatchCheck - row=${row} 证件号码=${d.x('证件号校验失败', badId(p.id))} 校验码错误，应为18位有效身份证号`);
    else if (f === 2) L.push(`[${t()}] WARN  BatchCheck - row=${row} 手机号=${d.x('手机号格式错误', badMob())} 格式不正确 户名=${d.nm(p.name)}`);
    else if (f === 3) L.push(`[${t()}] WARN  BatchCheck - row=${row} 户名不符: 文件户名=${d.nm(p.name)} 系统户名=${d.nm(mkP({ yr: [1965, 2003] }).name)} 卡号=${d.card(p.card)}`);
    else if (f === 4) L.push(`[${t()}] ERROR BatchCheck - row=${row} 卡号=${d.x('卡号校验失败', swapCard(p.ocard))} 非本行卡且校验失败，疑似录入颠倒`);
    else if (f === 5) L.push(`[${t()}] INFO  BatchCheck - row=${row} 卡状态=睡眠户 户名=${d.nm(p.name)} 卡号=${d.card(p.card)} 身份证=${d.id(p.id)} 需本人激活`);
    else L.push(`[${t()}] ERROR BatchCheck - row=${row} 出生日期非法 证件号码=${d.x('证件号校验失败', (() => { for (;;) { const b = p.id.slice(0, 6) + p.by + pick(['0230', '1332', '0431', '0631', '0229']) + digs(3); const s = b + idChk(b); if (!idShape(s) && !luhn(s.replace('X', '0'))) return s; } })())}`);
  }
  L.push(`[${t()}] INFO  BatchCheck - 校验完成 成功${n - k}笔 失败${k}笔 金额合计=${d.x('金额', amt(ri(100000, 900000) + 0.5))} traceId=${d.x('流水号', flowNo(dt, 18))}`);
  emit(d, L.join('\n'));
}

// 19. OCR'd paper forms
function gOcr() {
  const d = new Doc('ocr');
  const p = mkP({ yr: [1940, 2002] }); const L = [];
  const nz = () => pick(['', ' ', '  ', '丨', '|', ' : ', '：']);
  const spaced = (s) => [...s].join(' ');
  L.push(pick(['个 人 客 户 开 户 申 请 书', '个人客户信息变更申请表', '代发工资批量开卡个人信息表', '借 记 卡 申 请 表']));
  L.push(`${nz()}编号 ${d.x('凭证号', serial('0', 8))}${nz()}网点${nz()}${d.x('网点号', BRANCH_NO)}`);
  L.push(`姓 名${nz()}${d.nm(chance(0.5) ? spaced(p.name) : p.name)}${nz()}性 别 ${p.xb}${nz()}国 籍 中国`);
  const r = rnd();
  if (r < 0.2) { const k = ri(6, 14); L.push(`证件号码${nz()}${p.id.slice(0, k)}`); L.push(`${p.id.slice(k)}${nz()}证件有效期 长期`); d.e('cn_resident_id', p.id); }
  else if (r < 0.35) { let s; for (let tries = 0; ; tries++) { s = p.id.replace(/[01]/g, (c) => (chance(0.5) ? (c === '0' ? 'O' : 'l') : c)); if (s !== p.id && !(s.match(/\d+/g) || []).some((x) => (x.length === 11 && mobOk(x)) || (x.length >= 16 && luhn(x)) || (x.length === 15 && legacy15(x)))) break; if (tries > 20) { s = p.id.slice(0, 9) + 'O' + p.id.slice(10); break; } } d.c('cn_resident_id', p.id); L.push(`证件号码${nz()}${s}`); }
  else if (r < 0.5) L.push(`证件号码${nz()}${d.id(p.id, 2)}`);
  else L.push(`证件号码${nz()}${spaced(d.id(p.id))}`);
  L.push(`出生日期 ${d.x('日期', `${p.by} 年 ${pad(p.bm, 2)} 月 ${pad(p.bd, 2)} 日`)}`);
  L.push(`移动电话${nz()}${d.mob(p.mob, pick([0, 0, 2, 1]))}${nz()}固定电话${nz()}${chance(0.4) ? d.tel({ a: '0757', n: pick(['8', '6']) + digs(7) }, pick([0, 1, 4])) : '/'}`);
  L.push(`通讯地址${nz()}${p.addr.replace(/(.{14})/, '$1 ')}`);
  if (chance(0.5)) L.push(`电子邮箱${nz()}${d.mail(p.mail)}`);
  const rc = rnd();
  if (rc < 0.2) { const k = ri(8, 12); L.push(`卡 号${nz()}${fCard(p.card, 1).slice(0, k)}`); L.push(`${fCard(p.card, 1).slice(k)}`); d.e('bank_card', p.card); }
  else if (rc < 0.32) { d.c('bank_card', p.card); const i = ri(6, p.card.length - 2); L.push(`卡 号${nz()}${p.card.slice(0, i)}?${p.card.slice(i + 1)}`); }
  else L.push(`卡 号${nz()}${d.card(p.card, pick([0, 1, 1]))}`);
  L.push(`职 业 ${pick(['企业职员', '个体', '退休', '学生', '务工'])}    开户用途 ${pick(['工资', '储蓄', '代发', '社保'])}`);
  L.push(`客户签名：${d.nm(p.name)}    经办柜员：${d.nm(pick(ST.gy).name)}（${d.x('柜员号', pick(ST.gy).gh || 'T00001')}）    复核：${d.x('岗位', '营业主管')}`);
  L.push(`——以下由银行填写—— 客户号 ${d.x('客户号', cifNo())}  ${d.x('日期', ymd(rdate()))}`);
  emit(d, L.join('\n'));
}

// 20. CRM XML push
function gXml() {
  const d = new Doc('xml');
  const n = ri(2, 4); const L = [];
  L.push('<?xml version="1.0" encoding="GBK"?>');
  L.push(`<CustInfoPush batchNo="${d.x('批次号', `CRM${ymd(rdate(), '')}${pad(ri(1, 999), 4)}`)}" brNo="${d.x('网点号', BRANCH_NO)}">`);
  for (let i = 0; i < n; i++) {
    const p = mkP({ yr: [1950, 1998] });
    L.push('  <Customer>');
    L.push(`    <CustNo>${d.x('客户号', cifNo())}</CustNo>`);
    L.push(`    <CustName>${d.nm(p.name)}</CustName>`);
    L.push(`    <IdType>01</IdType><IdNo>${d.id(p.id)}</IdNo>`);
    L.push(`    <MobileNo>${d.mob(p.mob)}</MobileNo>`);
    if (chance(0.7)) L.push(`    <Email>${d.mail(p.mail)}</Email>`);
    L.push(`    <Cards>`);
    L.push(`      <Card type="DEBIT" no="${d.card(p.card)}" status="0"/>`);
    if (chance(0.5)) L.push(`      <Card type="CREDIT" no="${d.card(p.ccard)}" limit="${d.x('金额', ri(2, 10) * 10000)}"/>`);
    L.push(`    </Cards>`);
    L.push(`    <AUM>${d.x('金额', amt(ri(1000, 3000000)))}</AUM><Level>${pick(['普卡', '金卡', '白金', '钻石'])}</Level>`);
    L.push(`    <MgrName>${d.nm(pick(ST.lc).name)}</MgrName><UpdTs>${d.x('时间戳', msEpoch(rdate()))}</UpdTs>`);
    L.push('  </Customer>');
  }
  L.push('</CustInfoPush>');
  emit(d, L.join('\n'));
}

// 21. PDF text: 贷款审批表 with wrapped lines
function gPdf() {
  const d = new Doc('pdf');
  const p = mkP({ yr: [1968, 1992] }); const sp = mkP({ yr: [p.by - 4, p.by + 4], sex: p.male ? 'F' : 'M' }); const co = mkCo();
  const L = []; const dt = rdate(); const mgr = pick(ST.gd);
  L.push(`${BRANCH}`);
  L.push(`个人经营性贷款调查审批表                           第 1 页 共 ${ri(2, 4)} 页`);
  L.push(`申请编号：${d.x('申请编号', `SQ${ymd(dt, '')}${pad(ri(1, 9999), 5)}`)}      合同号：${d.x('合同号', `YH${dt.y}NHJY${pad(ri(1, 9999), 5)}`)}`);
  L.push('一、借款人基本情况');
  L.push(`借款人姓名：${d.nm(p.name)}   性别：${p.xb}   婚姻状况：已婚   身份证号码：${p.id.slice(0, 10)}`);
  L.push(`${p.id.slice(10)}   手机号码：${d.mob(p.mob)}`); d.e('cn_resident_id', p.id);
  L.push(`居住地址：${p.addr}`);
  L.push(`配偶姓名：${d.nm(sp.name)}   配偶身份证号码：${d.id(sp.id)}   配偶电话：${d.mob(sp.mob, 1)}`);
  L.push('二、经营实体');
  L.push(`经营实体名称：${d.x('单位名称', co.name)}   统一社会信用代码：`);
  L.push(`${d.uscc(co.uscc)}   成立时间：${d.x('日期', ymd(rdate(2010, 2021)))}   年营业收入：${d.x('金额', ri(200, 5000) + '万元')}`);
  L.push('三、贷款方案');
  L.push(`申请金额：${d.x('金额', ri(30, 500) + '万元')}   期限：${pick([12, 24, 36])}个月   利率：${d.x('利率', pick(['3.60%', '3.80%', 'LPR+45BP']))}   还款方式：${pick(['按月付息到期还本', '等额本息'])}`);
  const rc = chance(0.4);
  if (rc) { L.push(`放款账户：${BRANCH_S}借记卡 ${p.card.slice(0, 11)}`); L.push(`${p.card.slice(11)}（户名：${d.nm(p.name)}）`); d.e('bank_card', p.card); }
  else L.push(`放款账户：${d.card(p.card, 1)}（户名：${d.nm(p.name)}）`);
  L.push(`担保方式：${pick(['房产抵押', '保证+抵押'])}；保证人${d.nm(sp.name)}。`);
  L.push(`调查人：${d.nm(mgr.name)}   ${d.tel(mgr.ext)}     审批人：${d.nm(ST.hz.name)}`);
  L.push(`${BRANCH} 内部资料 注意保密                                        ${d.x('日期', ymd(dt))}`);
  emit(d, L.join('\n'));
}

// 22. fixed-width 柜面交易流水 report
function gFw() {
  const d = new Doc('fw');
  const dt = rdate(); const gy = pick(ST.gy); const L = [];
  L.push(`${BRANCH}  柜员日终交易流水清单   机构号:${d.x('网点号', BRANCH_NO)}  柜员号:${d.x('柜员号', gy.gh || 'T00001')}  日期:${ymd(dt, '')}`);
  L.push(padR('流水号', 22) + padR('交易码', 8) + padR('账号/卡号', 23) + padR('户名', 28) + padR('借贷', 5) + padLft('发生额', 14) + padLft(d.x('列名', '余额'), 16));
  L.push('-'.repeat(116));
  const n = ri(6, 11);
  for (let i = 0; i < n; i++) {
    const f = chance(0.7);
    let acc, nmv;
    if (f) { const p = mkP({ yr: [1945, 2000] }); acc = d.card(p.card); nmv = d.nm(p.name); }
    else { const co = mkCo(); acc = d.x('对公账号', co.acct); nmv = d.x('单位名称', co.name.replace(/^佛山市/, '')); }
    L.push(padR(d.x('流水号', flowNo(dt, 20)), 22) + padR(d.x('交易码', pick(['1101', '1203', '2301', '3101', '8801'])), 8) + padR(acc, 23) + padR(nmv, 28) + padR(pick(['借', '贷']), 5) + padLft(d.x('金额', amtC(ri(100, 500000) + ri(0, 99) / 100)), 14) + padLft(d.x('余额', amtC(ri(100, 900000))), 16));
  }
  L.push('-'.repeat(116));
  L.push(`笔数:${n}    内部账:${d.x('内部账号', acctNo('9011', 20))}    柜员:${d.nm(gy.name)}    主管:${d.nm(ST.yyzg.name)}    联行号:${d.x('联行号', LHH)}`);
  emit(d, L.join('\n'));
}

// ═════════ run ═════════
const PLAN = [
  [gLcdq, 14], [gCkdq, 12], [gCkyx, 12], [gDfgz, 16], [gXykfq, 14], [gTtdj, 10], [gBfjl, 14], [gZb, 10], [gFzhf, 14], [gDequ, 12], [gKyc, 16],
  [gDgkh, 18], [gDkpl, 14], [gWx, 24], [gMail, 22], [gSms, 14], [gJgtb, 8], [gYzrz, 10], [gOcr, 16], [gXml, 10], [gPdf, 8], [gFw, 10],
];
const order = []; for (const [g, k] of PLAN) for (let i = 0; i < k; i++) order.push(g);
for (const g of shuffle(order)) g();

// ═════════ self-check ═════════
const errors = [];
const nf = (s) => s.normalize('NFKC');
function occurs(text, det, v) {
  const t = nf(text);
  if (det === 'person_name_zh') return t.replace(/\s/g, '').includes(v);
  if (det === 'email') return t.toLowerCase().includes(v);
  const flat = t.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return flat.includes(v) || (det === 'cn_landline' && flat.includes('86' + v.slice(1)));
}
function valid(det, v) {
  switch (det) {
    case 'cn_resident_id': return idValid(v);
    case 'cn_mobile': return mobOk(v);
    case 'bank_card': return /^\d{16,19}$/.test(v) && luhn(v);
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v);
    case 'cn_landline': return /^0(10|2[0-57-9]|[3-9]\d{2})\d{7,8}$/.test(v);
    case 'cn_uscc': return usccOk(v);
    case 'person_name_zh': return /^[\u4e00-\u9fa5·]{2,4}$/.test(v);
  }
  return false;
}
const onlyDigits = (s) => nf(s).replace(/\D/g, '');
for (const doc of DOCS) {
  const lab = new Set([...doc.entities, ...doc.dontCare].map((e) => e.value));
  for (const e of doc.entities) {
    if (!valid(e.detector, e.value)) errors.push(`${doc.id}: invalid ${e.detector} ${e.value}`);
    if (!occurs(doc.text, e.detector, e.value)) errors.push(`${doc.id}: not in text ${e.detector} ${e.value}`);
  }
  for (const c of doc.dontCare) if (c.detector === 'person_name_zh' && !occurs(doc.text, c.detector, c.value)) errors.push(`${doc.id}: dontCare name not in text ${c.value}`);
  for (const x of doc.decoys) {
    if (!doc.text.includes(x.text)) errors.push(`${doc.id}: decoy not in text ${x.text}`);
    const xd = onlyDigits(x.text), xt = x.text.replace(/\s/g, '');
    for (const e of [...doc.entities, ...doc.dontCare]) {
      if (e.value === xt || e.value.toLowerCase() === x.text.toLowerCase()) errors.push(`${doc.id}: decoy equals label ${e.value}`);
      if (e.detector === 'person_name_zh' && /^[\u4e00-\u9fa5]{1,4}$/.test(xt) && xt.includes(e.value)) errors.push(`${doc.id}: decoy ${xt} contains name ${e.value}`);
      if (e.detector === 'person_name_zh' && e.value.includes(xt)) errors.push(`${doc.id}: name ${e.value} contains decoy ${xt}`);
      if (!['person_name_zh', 'email'].includes(e.detector) && xd.length >= 7 && xd.includes(e.value)) errors.push(`${doc.id}: decoy ${x.text} contains ${e.value}`);
      if (!['person_name_zh', 'email'].includes(e.detector) && xd.length >= 7 && e.value.includes(xd) && xd.length >= e.value.length - 1) errors.push(`${doc.id}: entity ${e.value} ~ decoy ${x.text}`);
    }
    const raw = nf(x.text).toUpperCase().replace(/[\s-]/g, '');
    if (/^\d{17}[\dX]$/.test(raw) && idValid(raw)) errors.push(`${doc.id}: decoy is valid ID ${x.text}`);
    if (/^\d{11}$/.test(raw) && mobOk(raw)) errors.push(`${doc.id}: decoy is valid mobile ${x.text}`);
    if (/^\d{16,19}$/.test(raw) && luhn(raw)) errors.push(`${doc.id}: decoy passes Luhn ${x.text}`);
    if (/^[0-9A-Z]{18}$/.test(raw) && usccOk(raw)) errors.push(`${doc.id}: decoy is valid USCC ${x.text}`);
  }
  for (const c of doc.dontCare) if (doc.entities.some((e) => e.detector === c.detector && e.value === c.value)) errors.push(`${doc.id}: both ${c.value}`);
  const t = nf(doc.text).toUpperCase();
  for (const m of t.matchAll(/\d+X?/g)) {
    const r = m[0], dg = r.replace('X', '');
    if (r.length === 18 && idShape(r) && !lab.has(r)) errors.push(`${doc.id}: unlabelled ID-like ${r}`);
    if (r === dg && dg.length === 11 && mobOk(dg) && !lab.has(dg) && t[m.index - 1] !== '@' && !/^\d/.test(t[m.index + 11] || '')) errors.push(`${doc.id}: unlabelled mobile-like ${dg}`);
    if (r === dg && dg.length >= 16 && dg.length <= 19 && luhn(dg) && !lab.has(dg)) errors.push(`${doc.id}: unlabelled Luhn run ${dg}`);
    if (r === dg && dg.length === 15 && legacy15(dg)) errors.push(`${doc.id}: legacy-ID-like run ${dg}`);
  }
  for (const m of t.matchAll(/(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])/g)) if (usccOk(m[0]) && !lab.has(m[0])) errors.push(`${doc.id}: unlabelled USCC-like ${m[0]}`);
  for (const m of nf(doc.text).matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g)) if (!lab.has(m[0].toLowerCase())) errors.push(`${doc.id}: unlabelled e-mail ${m[0]}`);
}
const seen = new Set(); for (const doc of DOCS) { if (seen.has(doc.id)) errors.push('dup id ' + doc.id); seen.add(doc.id); }

writeFileSync(OUT, DOCS.map((x) => JSON.stringify(x)).join('\n') + '\n');

const byKind = {}, byDet = {}, dcDet = {}, decKind = {}; let nE = 0, nD = 0;
for (const doc of DOCS) {
  byKind[doc.kind] = (byKind[doc.kind] || 0) + 1;
  for (const e of doc.entities) { byDet[e.detector] = (byDet[e.detector] || 0) + 1; nE++; }
  for (const e of doc.dontCare) dcDet[e.detector] = (dcDet[e.detector] || 0) + 1;
  for (const x of doc.decoys) { decKind[x.kind] = (decKind[x.kind] || 0) + 1; nD++; }
}
console.log(`documents: ${DOCS.length} (${Object.keys(byKind).length} kinds)`);
console.log('  per kind:', Object.entries(byKind).map(([k, v]) => `${k}=${v}`).join(' '));
console.log(`entities: ${nE}`);
console.log('  per detector:', Object.entries(byDet).map(([k, v]) => `${k}=${v}`).join(' '));
console.log('dontCare:', Object.entries(dcDet).map(([k, v]) => `${k}=${v}`).join(' '));
console.log(`decoys: ${nD}`);
console.log('  per kind:', Object.entries(decKind).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' '));
for (const k of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email', 'cn_uscc']) if ((byDet[k] || 0) < 150) errors.push(`too few ${k}: ${byDet[k] || 0}`);
if (DOCS.length < 280 || DOCS.length > 350) errors.push(`document count ${DOCS.length}`);
if (errors.length) { console.error(`SELF-CHECK FAILED (${errors.length}):`); for (const e of errors.slice(0, 50)) console.error('  ' + e); process.exit(1); }
console.log('self-check: OK');
