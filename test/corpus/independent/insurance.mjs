#!/usr/bin/env node
/*
 * insurance.mjs — labelled test corpus: personal data in INSURANCE work (id prefix "in").
 *
 * Written in session 26 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.
 *
 * Theme: 投保单 forms, 团体保险 employee lists (CSV / TSV exports), 理赔 registers, 理赔
 * notification letters and claim applications, 续保 call lists, 代理人 rosters, 车险
 * quotes, 退保 requests, OCR'd 保单 pages (broken spacing, legacy 15-digit IDs),
 * WeChat-style agent/client chats, HTML and markdown tables, travel policies with
 * passports, account-change e-mails, core-system JSON, SMS logs, form templates.
 *
 * Usage:   node insurance.mjs OUT.jsonl        (Node >= 20, no dependencies)
 *
 * Output:  one JSON object per line
 *   {"id":"in-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector","value"}],   must be reported (unique per doc)
 *    "dontCare":[{"detector","value"}],   either answer is fine
 *    "decoys":[{"kind","text"}]}          must NOT be reported under any detector id
 *
 * Normalisation of values: cn_resident_id 18 chars, upper-case X (a legacy 15-digit
 * number is upgraded to 18); cn_mobile 11 digits (no +86 / 0086 / separators / full
 * width); cn_landline digits incl. leading 0 and area code; email lower-case;
 * bank_card digits only; cn_passport upper-case; cn_uscc 18 chars upper-case;
 * person_name_zh as written without spaces or titles (张先生 -> 张, dontCare).
 *
 * Deterministic: own PRNG (mulberry32) with a fixed seed; all data synthetic with
 * valid check characters (GB 11643 MOD 11-2, Luhn, GB 32100 + GB 11714).
 * Self-check at the end; exit 1 on failure.
 */
import { writeFileSync } from 'node:fs';

const OUT = process.argv[2] || 'insurance.jsonl';

// ---------------------------------------------------------------- PRNG & helpers
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x26_1A5E);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const chance = (p) => rnd() < p;
const wpick = (pairs) => {
  let tot = 0;
  for (const [, w] of pairs) tot += w;
  let r = rnd() * tot;
  for (const [v, w] of pairs) if ((r -= w) < 0) return v;
  return pairs[pairs.length - 1][0];
};
const digits = (n, nonzero) => { let s = nonzero ? String(ri(1, 9)) : ''; while (s.length < n) s += ri(0, 9); return s; };
const p2 = (n) => String(n).padStart(2, '0');
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = ri(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const toFW = (s) => s.replace(/[0-9]/g, (c) => String.fromCharCode(0xFF10 + +c));
const dim = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
function rdate(y1, y2) { const y = ri(y1, y2), m = ri(1, 12); return { y, m, d: ri(1, dim(y, m)) }; }
function fdate(t, st = 0) {
  switch (st) {
    case 1: return `${t.y}/${t.m}/${t.d}`;
    case 2: return `${t.y}年${p2(t.m)}月${p2(t.d)}日`;
    case 3: return `${t.y}${p2(t.m)}${p2(t.d)}`;
    case 4: return `${t.y}.${p2(t.m)}.${p2(t.d)}`;
    case 5: return `${t.y}年${t.m}月${t.d}日`;
    default: return `${t.y}-${p2(t.m)}-${p2(t.d)}`;
  }
}
const evDate = () => rdate(2022, 2025);
const hms = () => `${p2(ri(8, 21))}:${p2(ri(0, 59))}:${p2(ri(0, 59))}`;
function thousands(n) { const [i, f] = n.toFixed(2).split('.'); return i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + '.' + f; }
function money(a, b, st = ri(0, 3)) {
  const v = ri(a * 100, b * 100) / 100;
  return [thousands(v), v.toFixed(2), '¥' + thousands(v), '￥' + v.toFixed(2)][st];
}

// ---------------------------------------------------------------- resident IDs
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const idCheck = (b) => { let s = 0; for (let i = 0; i < 17; i++) s += +b[i] * ID_W[i]; return '10X98765432'[s % 11]; };
const ID_REGIONS = ['110101', '110102', '110105', '110106', '110108', '120101', '120104', '130102', '130104',
  '140105', '150102', '210102', '210203', '220102', '230103', '310101', '310104', '310105', '310110', '310112',
  '310115', '320102', '320106', '320205', '320583', '330102', '330106', '330108', '330782', '340104', '350102',
  '350203', '360102', '370102', '370202', '370211', '410105', '410305', '420102', '420106', '430102', '430104',
  '440103', '440104', '440106', '440304', '440305', '440306', '440604', '441302', '450103', '460106', '500103',
  '500106', '510104', '510107', '520102', '530102', '540102', '610103', '610113', '620102', '630102', '640104', '650102'];
const PROV = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41',
  '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65']);
function genId(o = {}) {
  const b = rdate(o.minY ?? 1958, o.maxY ?? 2002);
  const sex = o.sex ?? (chance(0.5) ? 'M' : 'F');
  const body = pick(ID_REGIONS) + b.y + p2(b.m) + p2(b.d) + digits(2) + String(ri(0, 4) * 2 + (sex === 'M' ? 1 : 0));
  return { id: body + idCheck(body), birth: b, sex };
}
function validId(s) {
  if (!/^\d{17}[\dX]$/.test(s) || !PROV.has(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || m < 1 || m > 12 || d < 1 || d > dim(y, m) || y * 10000 + m * 100 + d > 20251231) return false;
  return idCheck(s.slice(0, 17)) === s[17];
}
const upgrade15 = (s) => { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheck(b); };
function fmtId(id, st) {
  switch (st) {
    case 'lx': return id.replace(/X$/, 'x');
    case '684': return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    case '684d': return `${id.slice(0, 6)}-${id.slice(6, 14)}-${id.slice(14)}`;
    case 'split': { const k = ri(3, 15); return `${id.slice(0, k)} ${id.slice(k)}`; }
    case 'fw': return toFW(id);
    default: return id;
  }
}

// ---------------------------------------------------------------- mobiles & landlines
const MOB_PFX = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '145', '147', '150', '151',
  '152', '153', '155', '156', '157', '158', '159', '162', '165', '166', '167', '170', '171', '172', '173', '175',
  '176', '177', '178', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189', '190', '191', '192',
  '193', '195', '196', '197', '198', '199'];
const MOB_COMMON = ['131', '132', '135', '136', '137', '138', '139', '150', '151', '152', '155', '156', '158', '159',
  '177', '180', '181', '182', '183', '185', '186', '187', '188', '189', '199', '166', '173', '176', '191', '198'];
const DEMO_MOB = new Set(['13800138000', '13912345678', '18888888888']);
function genMobile() { let m; do m = (chance(0.8) ? pick(MOB_COMMON) : pick(MOB_PFX)) + digits(8); while (DEMO_MOB.has(m)); return m; }
const validMobile = (s) => /^1\d{10}$/.test(s) && MOB_PFX.includes(s.slice(0, 3));
function fmtMobile(m, st) {
  const a = m.slice(0, 3), b = m.slice(3, 7), c = m.slice(7);
  switch (st) {
    case 'sp': return `${a} ${b} ${c}`;
    case 'dash': return `${a}-${b}-${c}`;
    case '+86': return `+86 ${m}`;
    case '+86c': return `+86${m}`;
    case '+86sp': return `+86 ${a} ${b} ${c}`;
    case '0086': return `0086-${m}`;
    case '(+86)': return `(+86)${m}`;
    case 'fw': return toFW(m);
    default: return m;
  }
}
const mobStyle = (rich) => wpick(rich
  ? [['plain', 52], ['sp', 12], ['dash', 10], ['+86', 6], ['+86c', 4], ['+86sp', 5], ['0086', 3], ['(+86)', 3], ['fw', 5]]
  : [['plain', 86], ['dash', 5], ['sp', 5], ['+86', 4]]);
const AREAS = [['010', 8], ['020', 8], ['021', 8], ['022', 8], ['023', 8], ['024', 8], ['025', 8], ['027', 8],
  ['028', 8], ['029', 8], ['0755', 8], ['0571', 8], ['0512', 8], ['0757', 8], ['0769', 8], ['0532', 8], ['0591', 8], ['0931', 7]];
function genLand(area) {
  const [a, n] = area || pick(AREAS);
  return { a, sub: (n === 7 ? pick(['4', '5', '6', '8']) : String(ri(2, 8))) + digits(n - 1) };
}
function fmtLand({ a, sub }, st = wpick([['dash', 50], ['paren', 12], ['fwparen', 6], ['sp', 10], ['dsp', 8], ['+86', 8], ['plain', 6]])) {
  const g = sub.length === 8 ? `${sub.slice(0, 4)} ${sub.slice(4)}` : `${sub.slice(0, 3)} ${sub.slice(3)}`;
  switch (st) {
    case 'paren': return `(${a})${sub}`;
    case 'fwparen': return `（${a}）${sub}`;
    case 'sp': return `${a} ${sub}`;
    case 'dsp': return `${a}-${g}`;
    case '+86': return `+86 ${a.slice(1)} ${g}`;
    case 'plain': return a + sub;
    default: return `${a}-${sub}`;
  }
}

// ---------------------------------------------------------------- bank cards
const luhnDigit = (body) => { let s = 0, dbl = true; for (let i = body.length - 1; i >= 0; i--) { let v = +body[i]; if (dbl) { v *= 2; if (v > 9) v -= 9; } s += v; dbl = !dbl; } return String((10 - (s % 10)) % 10); };
const luhnOk = (n) => luhnDigit(n.slice(0, -1)) === n.slice(-1);
const BANKS = [
  { name: '中国工商银行', iins: [['622202', 19], ['621226', 19], ['622208', 19], ['427020', 16]] },
  { name: '中国建设银行', iins: [['621700', 19], ['622700', 19], ['436742', 16]] },
  { name: '中国农业银行', iins: [['622848', 19], ['622845', 19]] },
  { name: '中国银行', iins: [['621661', 19], ['601382', 19], ['621785', 19]] },
  { name: '招商银行', iins: [['622588', 16], ['621483', 16], ['621486', 16], ['552534', 16]] },
  { name: '交通银行', iins: [['622262', 19], ['622260', 19]] },
  { name: '平安银行', iins: [['623058', 19], ['622155', 16]] },
  { name: '中国邮政储蓄银行', iins: [['621799', 19], ['621098', 19]] },
  { name: '兴业银行', iins: [['622909', 18], ['622908', 18]] },
  { name: '中信银行', iins: [['621773', 16], ['622690', 16]] },
];
const BRANCH = ['深圳科技园支行', '上海陆家嘴支行', '北京中关村支行', '广州天河支行', '杭州西湖支行', '成都高新支行',
  '武汉光谷支行', '南京新街口支行', '西安高新支行', '苏州工业园区支行', '天津滨海支行', '重庆解放碑支行'];
function genCard() {
  for (;;) { // an 18-digit 62xxxx card could also read as a Gansu (62) resident ID: never generate such a double
    const b = pick(BANKS); const [iin, len] = pick(b.iins); const body = iin + digits(len - 1 - iin.length);
    const no = body + luhnDigit(body); if (!validId(no)) return { no, bank: b.name };
  }
}
function fmtCard(n, st) {
  switch (st) {
    case 'sp4': return n.replace(/(\d{4})(?=\d)/g, '$1 ');
    case 'dash4': return n.replace(/(\d{4})(?=\d)/g, '$1-');
    case 'sp64': return `${n.slice(0, 6)} ${n.slice(6)}`;
    default: return n;
  }
}
const cardStyle = () => wpick([['plain', 62], ['sp4', 28], ['dash4', 5], ['sp64', 5]]);

// ---------------------------------------------------------------- USCC, passport, VIN
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const usccCheck = (b) => { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(b[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; };
const orgCheck = (s8) => { const w = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0; for (let i = 0; i < 8; i++) { const c = s8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * w[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); };
function genUscc(region) {
  const head = wpick([['91', 10], ['92', 1], ['12', 1], ['52', 0.5], ['93', 0.3]]);
  let org = '';
  if (chance(0.7)) { org = 'MA'; while (org.length < 8) org += UA[ri(0, 30)]; } else org = digits(8);
  const b = head + (region || pick(['440300', '310000', '110108', '330100', '440100', '320500', '510100', '420100', '370200', '500000'])) + org + orgCheck(org);
  return b + usccCheck(b);
}
const validUscc = (s) => /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s) && usccCheck(s.slice(0, 17)) === s[17] && orgCheck(s.slice(8, 16)) === s[16];
const PLET = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const genPassport = () => (chance(0.55) ? `E${pick([...PLET])}${digits(7)}` : `E${digits(8)}`);
const VINC = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const VTR = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 };
function genVin() {
  let v = pick(['LSV', 'LFV', 'LGB', 'LVS', 'LBV', 'LHG', 'LRW', 'LGX', 'LVH', 'LFM']);
  for (let i = 0; i < 5; i++) v += VINC[ri(0, VINC.length - 1)];
  v += '0' + pick(['L', 'M', 'N', 'P', 'R', 'S']) + pick(['A', 'B', 'C', '2', '5', 'E']) + digits(6);
  const W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
  let s = 0; for (let i = 0; i < 17; i++) s += (/\d/.test(v[i]) ? +v[i] : VTR[v[i]]) * W[i];
  const c = s % 11; return v.slice(0, 8) + (c === 10 ? 'X' : String(c)) + v.slice(9);
}

// ---------------------------------------------------------------- names, e-mail
const SURN = [['王', 'wang', 30], ['李', 'li', 30], ['张', 'zhang', 28], ['刘', 'liu', 22], ['陈', 'chen', 20], ['杨', 'yang', 12],
  ['黄', 'huang', 10], ['赵', 'zhao', 10], ['吴', 'wu', 9], ['周', 'zhou', 9], ['徐', 'xu', 7], ['孙', 'sun', 7], ['马', 'ma', 6],
  ['朱', 'zhu', 6], ['胡', 'hu', 6], ['郭', 'guo', 6], ['何', 'he', 5], ['高', 'gao', 5], ['林', 'lin', 5], ['罗', 'luo', 5],
  ['郑', 'zheng', 5], ['梁', 'liang', 5], ['谢', 'xie', 4], ['宋', 'song', 4], ['唐', 'tang', 4], ['许', 'xu', 4], ['韩', 'han', 4],
  ['冯', 'feng', 4], ['邓', 'deng', 4], ['曹', 'cao', 4], ['彭', 'peng', 3], ['曾', 'zeng', 3], ['肖', 'xiao', 3], ['田', 'tian', 3],
  ['董', 'dong', 3], ['袁', 'yuan', 3], ['潘', 'pan', 3], ['于', 'yu', 3], ['蒋', 'jiang', 3], ['蔡', 'cai', 3], ['余', 'yu', 3],
  ['杜', 'du', 3], ['叶', 'ye', 3], ['程', 'cheng', 3], ['苏', 'su', 3], ['魏', 'wei', 3], ['吕', 'lv', 3], ['丁', 'ding', 3],
  ['任', 'ren', 3], ['沈', 'shen', 3], ['姚', 'yao', 2], ['卢', 'lu', 2], ['姜', 'jiang', 2], ['崔', 'cui', 2], ['钟', 'zhong', 2],
  ['谭', 'tan', 2], ['陆', 'lu', 2], ['汪', 'wang', 2], ['范', 'fan', 2], ['金', 'jin', 2], ['石', 'shi', 2], ['廖', 'liao', 2],
  ['贾', 'jia', 2], ['夏', 'xia', 2], ['韦', 'wei', 2], ['付', 'fu', 2], ['方', 'fang', 2], ['白', 'bai', 2], ['邹', 'zou', 2],
  ['孟', 'meng', 2], ['熊', 'xiong', 2], ['秦', 'qin', 2], ['邱', 'qiu', 2], ['江', 'jiang', 2], ['尹', 'yin', 2], ['薛', 'xue', 2],
  ['闫', 'yan', 2], ['段', 'duan', 2], ['雷', 'lei', 2], ['侯', 'hou', 2], ['龙', 'long', 2], ['史', 'shi', 2], ['黎', 'li', 1],
  ['贺', 'he', 1], ['顾', 'gu', 1], ['毛', 'mao', 1], ['郝', 'hao', 1], ['龚', 'gong', 1], ['邵', 'shao', 1], ['万', 'wan', 1],
  ['钱', 'qian', 1], ['覃', 'qin', 1], ['武', 'wu', 1], ['戴', 'dai', 1], ['莫', 'mo', 1], ['孔', 'kong', 1], ['向', 'xiang', 1],
  ['常', 'chang', 1], ['欧阳', 'ouyang', 1], ['上官', 'shangguan', 0.3], ['司马', 'sima', 0.3], ['诸葛', 'zhuge', 0.3],
  ['司徒', 'situ', 0.3], ['慕容', 'murong', 0.2]].map(([c, py, w]) => [[c, py], w]);
const GIVEN1 = '伟wei 芳fang 娜na 敏min 静jing 丽li 强qiang 磊lei 军jun 洋yang 勇yong 艳yan 杰jie 娟juan 涛tao 超chao 霞xia 刚gang 辉hui 鹏peng 婷ting 雪xue 琳lin 颖ying 斌bin 玲ling 燕yan 萍ping 亮liang 宁ning 瑶yao 浩hao 凯kai 峰feng 鑫xin 晨chen 欢huan 倩qian 蕾lei 昕xin 楠nan 莉li 彬bin 琦qi'.split(' ');
const GIVEN2 = '秀英xiuying 桂英guiying 秀兰xiulan 建华jianhua 建国jianguo 志强zhiqiang 国强guoqiang 海燕haiyan 春梅chunmei 丽娟lijuan 玉兰yulan 晓东xiaodong 晓燕xiaoyan 立新lixin 文杰wenjie 子涵zihan 欣怡xinyi 梓轩zixuan 雨桐yutong 浩然haoran 思远siyuan 嘉怡jiayi 一诺yinuo 宇轩yuxuan 佳琪jiaqi 俊杰junjie 家豪jiahao 晓峰xiaofeng 红梅hongmei 淑珍shuzhen 德明deming 永福yongfu 志刚zhigang 美玲meiling 雅婷yating 振华zhenhua 明辉minghui 少华shaohua 慧敏huimin 婉清wanqing 若曦ruoxi 天佑tianyou 沐阳muyang 子墨zimo 诗涵shihan 锦程jincheng 云飞yunfei 金凤jinfeng 桂芳guifang 丽华lihua 国庆guoqing 卫东weidong 海涛haitao 晓丽xiaoli 文静wenjing 秋菊qiuju 建军jianjun 永强yongqiang 梦瑶mengyao 欣妍xinyan 思彤sitong 泽宇zeyu 宏伟hongwei 志明zhiming 凤英fengying'.split(' ');
const splitPy = (s) => { const i = s.search(/[a-z]/); return [s.slice(0, i), s.slice(i)]; };
const MINORITY = ['买买提·艾力', '阿依古丽·吐尔逊', '艾尔肯·吐尔洪', '热依拉·阿不都', '迪丽努尔·艾买提', '古丽娜尔·买买提', '努尔兰·哈力木'];
function genName(o = {}) {
  if (!o.sur && chance(o.minority ?? 0.015)) return { name: pick(MINORITY), sur: null, spy: null, gpy: null };
  const [sur, spy] = o.sur || wpick(SURN);
  const [g, gpy] = splitPy(chance(0.38) ? pick(GIVEN1) : pick(GIVEN2));
  return { name: sur + g, sur, spy, gpy };
}
const FREE = [['qq.com', 20], ['163.com', 18], ['126.com', 10], ['sina.com', 5], ['foxmail.com', 6], ['outlook.com', 5],
  ['gmail.com', 4], ['139.com', 4], ['aliyun.com', 3], ['yeah.net', 2], ['sohu.com', 2], ['hotmail.com', 3], ['189.cn', 2]];
function genEmail(p, domain) {
  const dom = domain || wpick(FREE);
  let local, inner = null;
  if (!domain && dom === 'qq.com' && chance(0.6)) local = digits(ri(6, 10), true);
  else if (!domain && (dom === '139.com' || dom === '189.cn') && chance(0.75)) { local = p.mobile; inner = p.mobile; }
  else if (!p.spy) local = pick(['ailike', 'gulnar', 'erkin', 'nurlan', 'dilnur']) + digits(ri(2, 4), true);
  else {
    const y = String(p.birth.y), s = p.spy, g = p.gpy;
    local = domain
      ? pick([`${s}.${g}`, `${g}.${s}`, `${s}${g}`, `${s[0]}${g}`, `${g}${s[0]}`]) + (chance(0.2) ? digits(2, true) : '')
      : pick([`${s}${g}`, `${s}${g}${y.slice(2)}`, `${g}.${s}`, `${s}_${g}`, `${s[0]}${g[0]}${y}`, `${s}${g}${p2(p.birth.m)}${p2(p.birth.d)}`, `${g}${s}${digits(3, true)}`, `${s}.${g}${digits(2, true)}`]);
  }
  let raw = `${local}@${dom}`;
  if (chance(0.1) && /^[a-z]/.test(local)) raw = raw[0].toUpperCase() + raw.slice(1);
  return { raw, value: raw.toLowerCase(), inner };
}
function person(o = {}) {
  const n = genName(o);
  const idd = genId(o);
  const p = { ...n, id: idd.id, birth: idd.birth, sex: idd.sex, mobile: genMobile(), card: genCard() };
  p.em = genEmail(p, o.domain);
  return p;
}
const sexTxt = (p) => (p.sex === 'M' ? '男' : '女');
const title = (p) => (p.sex === 'M' ? '先生' : '女士');

// ---------------------------------------------------------------- organisations & vocabulary
const CITIES = [['深圳市', '440300', ['0755', 8], '广东省', ['南山区', '福田区', '宝安区']], ['上海市', '310000', ['021', 8], '', ['浦东新区', '徐汇区', '闵行区']],
  ['北京市', '110000', ['010', 8], '', ['海淀区', '朝阳区', '丰台区']], ['杭州市', '330100', ['0571', 8], '浙江省', ['西湖区', '滨江区', '余杭区']],
  ['广州市', '440100', ['020', 8], '广东省', ['天河区', '越秀区', '番禺区']], ['苏州市', '320500', ['0512', 8], '江苏省', ['工业园区', '姑苏区', '吴中区']],
  ['成都市', '510100', ['028', 8], '四川省', ['武侯区', '锦江区', '高新区']], ['武汉市', '420100', ['027', 8], '湖北省', ['洪山区', '江汉区', '武昌区']],
  ['青岛市', '370200', ['0532', 8], '山东省', ['市南区', '黄岛区', '崂山区']], ['兰州市', '620100', ['0931', 7], '甘肃省', ['城关区', '七里河区']]];
const CORES = [['恒远', 'hengyuan'], ['华信', 'huaxin'], ['博达', 'boda'], ['瑞康', 'ruikang'], ['新锐', 'xinrui'], ['天润', 'tianrun'],
  ['嘉禾', 'jiahe'], ['联创', 'lianchuang'], ['远航', 'yuanhang'], ['金桥', 'jinqiao'], ['鼎盛', 'dingsheng'], ['晨光', 'chenguang'],
  ['星河', 'xinghe'], ['海川', 'haichuan'], ['宏图', 'hongtu'], ['云帆', 'yunfan'], ['启元', 'qiyuan'], ['安捷', 'anjie'], ['绿源', 'lvyuan']];
const INDS = ['电子科技', '信息技术', '物流', '建筑工程', '餐饮管理', '医疗器械', '贸易', '教育科技', '新材料', '食品', '精密机械', '供应链管理'];
function company() {
  const c = pick(CITIES), core = pick(CORES);
  return { name: `${c[0]}${core[0]}${pick(INDS)}有限公司`, dom: `${core[1]}${pick(['', '-tech', 'group', ''])}.${pick(['com', 'com.cn', 'cn'])}`, uscc: genUscc(c[1]), land: genLand(c[2]), city: c };
}
const LIFE = [['鸿泰人寿保险股份有限公司', '鸿泰人寿', '95519', 'hongtai-life.com.cn'], ['嘉和人寿保险有限公司', '嘉和人寿', '95522', 'jiahelife.cn'],
  ['国泓人寿保险股份有限公司', '国泓人寿', '95567', 'guohonglife.com'], ['安信人寿保险股份有限公司', '安信人寿', '95589', 'anxin-life.com']]
  .map(([name, short, hot, dom]) => ({ name, short, hot, dom, uscc: genUscc(), land: genLand() }));
const PC = [['众邦财产保险股份有限公司', '众邦财险', '95518', 'zbpic.com.cn'], ['瑞丰财产保险有限公司', '瑞丰财险', '95500', 'ruifeng-pc.com'],
  ['华盈财产保险股份有限公司', '华盈财险', '95511', 'huaying-ins.cn']]
  .map(([name, short, hot, dom]) => ({ name, short, hot, dom, uscc: genUscc(), land: genLand() }));
const LIFE_PROD = ['鸿福安康终身寿险', '安心享重大疾病保险（2023版）', '金禧年年年金保险', '百万守护医疗保险', '智选定期寿险', '少儿成长两全保险',
  '臻享一生增额终身寿险', '康乐无忧防癌医疗险', '如意安行意外伤害保险', '附加住院津贴医疗保险'];
const GROUP_PROD = ['团体意外伤害保险', '团体补充医疗保险', '团体定期寿险', '雇主责任险', '团体重大疾病保险'];
const JOBS = ['软件工程师', '行政专员', '销售经理', '财务主管', '仓库管理员', '中学教师', '个体经营', '护士', '外卖骑手', '项目经理', '会计', '司机', '设计师', '人力资源专员', '质检员'];
const DEPTS = ['研发部', '市场部', '财务部', '行政部', '生产部', '销售一部', '销售二部', '客服中心', '仓储部', '人力资源部', '质量部'];
const HOSP = ['广州市第一人民医院', '上海市第六人民医院', '四川大学华西医院', '浙江大学医学院附属第一医院', '深圳市人民医院', '武汉协和医院', '北京大学第三医院', '青岛市市立医院', '苏州大学附属第一医院'];
const DIAG = ['急性阑尾炎', '左桡骨远端骨折', '乳腺恶性肿瘤', '社区获得性肺炎', '2型糖尿病', '腰椎间盘突出症', '急性心肌梗死', '甲状腺乳头状癌', '胆囊结石伴胆囊炎', '交通事故致右胫骨骨折'];
const AGENT_RANK = ['业务员', '业务主任', '业务经理', '高级业务经理', '营业部经理', '资深业务总监'];
const ROADS = ['科苑路', '中山路', '人民路', '解放大道', '文三路', '天府大道', '长江路', '滨海大道', '金融街', '世纪大道'];
const COMMS = ['阳光花园', '翠湖苑', '金地名城', '万科城', '碧桂园', '锦绣家园', '华侨新村', '御景湾'];
function addr() { const c = pick(CITIES); return `${c[3]}${c[0]}${pick(c[4])}${pick(ROADS)}${ri(1, 888)}号${pick(COMMS)}${ri(1, 28)}栋${ri(1, 32)}${p2(ri(1, 8))}室`; }

// ---------------------------------------------------------------- decoy generators
const yr = () => String(ri(2019, 2025));
const ymd8 = () => fdate(evDate(), 3);
const D = {
  policy: () => wpick([[() => `${yr()}${pick(['4403', '3101', '1101', '3301', '4401'])}${digits(11)}`, 4], [() => `105${digits(17)}`, 2],
    [() => `${ymd8()}${digits(10)}`, 3], [() => `P${pick(['SHA', 'SZX', 'BJS', 'GZH'])}${yr()}${digits(12)}`, 2],
    [() => `8${digits(21)}`, 1], [() => `${pick(['HT', 'JH', 'GH', 'AX'])}${digits(16)}`, 2], [() => `PDAA${yr()}${pick(['4403', '3100'])}${digits(10)}`, 2]])(),
  appNo: () => pick([() => `T${yr()}${digits(11)}`, () => `${ymd8()}${digits(6)}`, () => `TB${digits(14)}`])(),
  report: () => pick([() => `RDAA${yr()}${digits(12)}`, () => `BA${ymd8()}${digits(6)}`, () => `9${digits(13)}`, () => `${yr()}${digits(9)}`])(),
  claim: () => pick([() => `LP${yr()}${digits(10)}`, () => `CLM-${ymd8()}-${digits(5)}`, () => `PC${digits(15)}`, () => `${ymd8()}${digits(8)}`])(),
  endorse: () => pick([() => `E${digits(8)}`, () => `EN${yr()}${digits(10)}`, () => `PD${digits(14)}`])(),
  invoiceNo: () => pick([() => digits(8), () => `${pick(['24', '25'])}${digits(18)}`])(),
  invoiceCode: () => pick([() => `0${digits(11)}`, () => `${ri(1, 5)}${digits(9)}`])(),
  hospNo: () => pick([() => `ZY${digits(8)}`, () => digits(7, true), () => `${yr()}${digits(6)}`])(),
  serial: () => `${ymd8()}${digits(11)}`,
  empNo: () => pick([() => `HT${digits(6)}`, () => `8${digits(7)}`, () => `A${digits(5)}`, () => `86${digits(8)}`, () => `${pick(['SZ', 'SH', 'BJ'])}-${digits(5)}`])(),
  licence: () => `${pick(['0200', '0201', '0100'])}${pick(['11', '31', '44', '33', '32', '51'])}${digits(4)}8000${yr()}${digits(8)}`,
  qualif: () => `${yr()}${pick(['11', '31', '44', '33'])}${digits(10)}`,
  plate: () => `${pick(['粤B', '沪A', '京N', '浙A', '苏E', '川A', '鄂A', '鲁B'])}${pick(['', '·'])}${pick([() => digits(5), () => `${pick(['D', 'F'])}${digits(5)}`, () => `${pick(['K', 'Q', 'L', 'M'])}${digits(2)}${pick(['A', 'C', 'Z'])}${digits(1)}`])()}`,
  engine: () => `${pick(['DLF', 'CSS', 'DKX', 'EA2', 'G4F', 'BYD'])}${digits(6)}`,
  model: () => pick(['大众FV7152BBDBG', '丰田GTM7250GB', '本田HG7153AAC6', '比亚迪BYD7005BEVA', '特斯拉TSL7000BEVAR1', '吉利JL7152L05', '别克SGM7155DAA1']),
  maskMob: (m) => pick([`${m.slice(0, 3)}****${m.slice(7)}`, `${m.slice(0, 3)}****${m.slice(7)}`, `${m.slice(0, 3)}xxxx${m.slice(7)}`, `*******${m.slice(7)}`]),
  maskCard: (c) => pick([`${c.slice(0, 4)} **** **** ${c.slice(-4)}`, `${c.slice(0, 6)}******${c.slice(-4)}`, `尾号${c.slice(-4)}`, `**** **** **** ${c.slice(-4)}`]),
  maskId: (id) => pick([`${id.slice(0, 6)}********${id.slice(14)}`, `${id.slice(0, 3)}***********${id.slice(14)}`, `${id.slice(0, 4)}**********${id.slice(14)}`, `${id.slice(0, 1)}****************${id.slice(17)}`]),
  maskName: (p) => (p.sur ? pick([`${p.sur}*`, `${p.sur}**`, `${p.sur}某`, `${p.sur}某某`]) : '买买提·**'),
  hotline400: () => pick([() => `400-${digits(3, true)}-${digits(4)}`, () => `4008-${digits(3)}-${digits(3)}`, () => `400${digits(7)}`])(),
  ts: () => pick([() => `${fdate(evDate())} ${hms()}`, () => `${ymd8()}${hms().replace(/:/g, '')}`, () => `${ri(1700000000, 1760000000)}${digits(3)}`])(),
  postcode: () => `${pick(['51', '20', '10', '31', '61', '43', '26', '73'])}${digits(4)}`,
  sci: (id) => `${id[0]}.${id.slice(1, 6).replace(/0+$/, '')}E+17`,
};

// ---------------------------------------------------------------- normalisation & labelled-doc builder
const S1 = '\uE000', S2 = '\uE001', BL = '\uE002';
function norm(det, raw) {
  let s = raw.normalize('NFKC');
  switch (det) {
    case 'cn_resident_id': s = s.replace(/[\s-]/g, '').toUpperCase(); return /^\d{15}$/.test(s) ? upgrade15(s) : s;
    case 'cn_mobile':
      s = s.replace(/\D/g, '');
      if (s.length === 13 && s.startsWith('86')) s = s.slice(2); else if (s.length === 15 && s.startsWith('0086')) s = s.slice(4); else if (s.length === 12 && s[0] === '0') s = s.slice(1);
      return s;
    case 'cn_landline': s = s.replace(/^(\+86|0086)[\s-]*/, '0').replace(/\D/g, ''); return s[0] === '0' ? s : '0' + s;
    case 'email': return s.toLowerCase();
    case 'bank_card': return s.replace(/\D/g, '');
    case 'cn_passport': case 'cn_uscc': return s.replace(/[\s-]/g, '').toUpperCase();
    case 'person_name_zh': return s.replace(/\s+/g, '');
    default: throw new Error('unknown detector ' + det);
  }
}
class Doc {
  constructor(kind) { this.kind = kind; this.E = new Map(); this.DC = new Map(); this.X = new Map(); this.raws = []; }
  _add(map, det, raw) { const v = norm(det, raw); const k = det + '|' + v; if (!map.has(k)) map.set(k, { detector: det, value: v }); this.raws.push({ det, v, raw }); }
  e(det, raw) { this._add(this.E, det, raw); return S1 + raw + S2; }
  dc(det, raw) { this._add(this.DC, det, raw); return S1 + raw + S2; }
  inner(det, raw) { this._add(this.E, det, raw); }
  x(kind, text) { text = String(text); if (!this.X.has(text)) this.X.set(text, { kind, text }); return text; }
}
// field writers
const spaceName = (n) => (n.includes('·') ? n : n.length === 2 ? `${n[0]} ${n[1]}` : pick([[...n].join(' '), `${n.slice(0, -1)} ${n.slice(-1)}`, `${n[0]} ${n.slice(1)}`]));
const nm = (d, p, ocr) => d.e('person_name_zh', ocr ? spaceName(p.name) : p.name);
const mob = (d, p, st) => d.e('cn_mobile', fmtMobile(p.mobile, st === 'r' ? mobStyle(true) : st === 'n' || !st ? mobStyle(false) : st));
const idn = (d, p, st) => d.e('cn_resident_id', fmtId(p.id, st || (p.id.endsWith('X') && chance(0.2) ? 'lx' : 'plain')));
const crd = (d, p, st) => d.e('bank_card', fmtCard(p.card.no, st || cardStyle()));
const eml = (d, p) => { const r = d.e('email', p.em.raw); if (p.em.inner) d.inner('cn_mobile', p.em.inner); return r; };
const land = (d, l, st) => d.e('cn_landline', fmtLand(l, st));
const orgLand = (d, l, st) => d.dc('cn_landline', fmtLand(l, st));
const surTitle = (d, p, t) => (p.sur ? d.dc('person_name_zh', p.sur) + (t || title(p)) : nm(d, p)); // 张先生 -> dontCare "张"
const dmask = {
  mob: (d, p) => d.x('masked_mobile', D.maskMob(p.mobile)), card: (d, p) => d.x('masked_card', D.maskCard(p.card.no)),
  id: (d, p) => d.x('masked_id', D.maskId(p.id)), name: (d, p) => d.x('masked_name', D.maskName(p)),
};
const dx = (d, kind, gen) => d.x(kind, typeof gen === 'function' ? gen() : gen);
const dDate = (d, t, st) => d.x('date', fdate(t || evDate(), st ?? ri(0, 5)));
const dAmt = (d, a, b, st) => d.x('amount', money(a, b, st));
const rowsN = () => wpick([[1, 3], [2, 3], [ri(3, 6), 6], [ri(7, 15), 6], [ri(16, 30), 4], [ri(31, 60), 3], [ri(61, 80), 2]]);
function csvLine(cells, sep, quoteAll) {
  return cells.map((c) => { c = String(c ?? ''); return quoteAll || c.includes(sep) || c.includes('"') ? `"${c.replace(/"/g, '""')}"` : c; }).join(sep);
}
const mdTable = (h, rows) => [`| ${h.join(' | ')} |`, `|${h.map(() => pick(['---', ' --- ', ':---'])).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
const ocr = (s) => [...s].map((c, i) => (i && chance(0.45) ? ' ' + c : c)).join('') + pick(['：', ':', ' :', '：', ';']);

// ---------------------------------------------------------------- document generators
function gToubaodan(d) {
  const ins = pick(LIFE), holder = person({ minY: 1962, maxY: 1998 }), agent = person({ minY: 1970, maxY: 1998 });
  const rel = wpick([['本人', 4], ['配偶', 2], ['子女', 3], ['父母', 1]]);
  const insured = rel === '本人' ? holder : rel === '配偶' ? person({ minY: 1962, maxY: 1998 }) : rel === '子女'
    ? person({ minY: 2008, maxY: 2023, sur: holder.sur ? [holder.sur, holder.spy] : null }) : person({ minY: 1945, maxY: 1965 });
  const c = pick(['：', ':', '： ']), kv = (k, v) => `${k}${c}${v}`, gap = pick(['  ', '    ', '\t', ' | ']);
  const L = [d.x('company', ins.name), pick(['个人人身保险投保单', '个人保险投保书（电子版）', '人身保险投保单（银保渠道）']),
    kv('投保单号', dx(d, 'app_no', D.appNo)) + gap + kv(pick(['业务员代码', '代理人工号']), dx(d, 'emp_no', D.empNo)), ''];
  L.push(pick(['一、投保人信息', '【投保人】', '投保人资料']));
  L.push([kv('姓名', nm(d, holder)), kv('性别', sexTxt(holder)), kv('出生日期', dDate(d, holder.birth))].join(gap));
  L.push([kv('证件类型', '居民身份证'), kv('证件号码', idn(d, holder)), kv('证件有效期', `${dDate(d, rdate(2015, 2022), 4)}-${pick(['长期', '2036.05.01', '2041.11.30'])}`)].join(gap));
  L.push(kv(pick(['手机', '手机号码', '移动电话']), mob(d, holder)) + (chance(0.45) ? gap + kv(pick(['住宅电话', '固定电话', '家庭电话']), land(d, genLand())) : ''));
  if (chance(0.8)) L.push(kv(pick(['电子邮箱', 'E-mail', '邮箱']), eml(d, holder)));
  L.push(kv('通讯地址', addr()) + gap + kv('邮编', dx(d, 'postcode', D.postcode)));
  const co = company();
  L.push([kv('职业', d.x('job_title', pick(JOBS))), kv('工作单位', d.x('company', co.name)), kv('年收入', d.x('amount', `${ri(8, 80)}万元`))].join(gap));
  if (chance(0.3)) L.push(kv('单位电话', orgLand(d, co.land)));
  L.push('', pick(['二、被保险人信息', '【被保险人】']), kv('与投保人关系', rel));
  if (insured === holder) L.push(pick(['被保险人同投保人', '同投保人（以下免填）']));
  else {
    L.push([kv('姓名', nm(d, insured)), kv('性别', sexTxt(insured)), kv('出生日期', dDate(d, insured.birth))].join(gap));
    L.push(kv(rel === '子女' ? pick(['证件类型：户口簿  证件号码', '证件号码']) : '证件号码', idn(d, insured)));
    if (rel !== '子女') L.push(kv('手机', mob(d, insured)));
    L.push(kv('职业', d.x('job_title', rel === '子女' ? pick(['学生', '学龄前儿童']) : pick(JOBS))));
  }
  L.push('', '三、受益人信息');
  if (chance(0.35)) L.push(kv('身故受益人', '法定'));
  else {
    const bs = [];
    const nb = ri(1, 3);
    for (let i = 0; i < nb; i++) bs.push(i === 0 && insured !== holder ? holder : person({ minY: 1950, maxY: 2015 }));
    const share = nb === 1 ? [100] : nb === 2 ? [60, 40] : [50, 30, 20];
    L.push(['姓名', '与被保险人关系', '证件号码', '受益顺序', '受益比例'].join(gap));
    bs.forEach((b, i) => L.push([nm(d, b), i === 0 && insured !== holder ? (rel === '子女' ? '父母' : rel === '父母' ? '子女' : '配偶') : pick(['配偶', '子女', '父母']), idn(d, b), '1', `${share[i]}%`].join(gap)));
  }
  L.push('', '四、投保事项', ['险种名称', '保险金额', '保险期间', '交费期间', '首年保费'].join(gap));
  for (let i = ri(1, 3); i > 0; i--) L.push([d.x('product', pick(LIFE_PROD)), dAmt(d, 50000, 1000000, 0), pick(['终身', '至70周岁', '20年']), pick(['10年', '20年', '趸交']), dAmt(d, 800, 30000, 0)].join(gap));
  L.push(kv('首期保费合计', dAmt(d, 1000, 50000, 2)), '', '五、续期保险费交费方式：银行转账（自动扣款）');
  L.push([kv('开户银行', holder.card.bank + d.x('bank_branch', pick(BRANCH))), kv('户名', nm(d, holder)), kv(pick(['账号', '银行卡号', '扣款账号']), crd(d, holder))].join(gap));
  L.push('', '六、声明与授权：本人已阅读保险条款及产品说明书，授权贵公司从上述账户划扣保险费。');
  L.push([kv('投保人签名', nm(d, holder)), kv(insured !== holder && rel === '子女' ? '被保险人法定监护人签名' : '被保险人签名', nm(d, rel === '子女' ? holder : insured)), kv('日期', dDate(d))].join(gap));
  L.push([kv('业务员', nm(d, agent)), kv('执业证号', dx(d, 'licence_no', D.licence)), kv('电话', mob(d, agent))].join(gap));
  L.push(`客服热线：${d.x('hotline', ins.hot)}` + (chance(0.5) ? `  统一社会信用代码：${d.e('cn_uscc', ins.uscc)}` : ''));
  return L.join('\n');
}

function gGroup(d, tsv, forceN) {
  const ins = pick(LIFE.concat(PC)), co = company(), n = forceN ?? rowsN();
  const sep = tsv ? '\t' : wpick([[',', 8], [';', 1], ['|', 1]]), quoteAll = !tsv && chance(0.25);
  const staffDomain = chance(0.5) ? co.dom : null;
  const rows = [];
  let emp = null;
  for (let i = 0; i < n; i++) {
    const dep = emp && chance(0.2);
    const rel = dep ? pick(['配偶', '子女', '子女']) : '本人';
    const p = dep ? person(rel === '子女' ? { minY: 2006, maxY: 2023, sur: emp.sur ? [emp.sur, emp.spy] : null } : { minY: 1968, maxY: 2000 }) : person({ minY: 1965, maxY: 2003, domain: staffDomain && chance(0.8) ? staffDomain : undefined });
    if (!dep) emp = p;
    rows.push({ p, rel, emp });
  }
  const cols = [
    { k: 'name', h: ['姓名', '员工姓名', '被保险人姓名', '被保险人'], v: (r) => nm(d, r.p) },
    { k: 'sex', h: ['性别'], v: (r) => sexTxt(r.p), p: 0.7 },
    { k: 'idt', h: ['证件类型'], v: () => pick(['身份证', '居民身份证', '01-身份证']), p: 0.4 },
    { k: 'id', h: ['证件号码', '身份证号', '身份证号码', '证件号'], p: 0.85,
      v: (r) => { const z = rnd(); if (z < 0.04) return dmask.id(d, r.p); if (z < 0.07 && !tsv) return d.x('excel_sci', D.sci(r.p.id)); const s = idn(d, r.p); return z < 0.15 ? "'" + s : s; } },
    { k: 'birth', h: ['出生日期', '生日'], v: (r) => dDate(d, r.p.birth, pick([0, 1, 3])), p: 0.5 },
    { k: 'mob', h: ['手机号', '手机', '联系电话', '手机号码'], v: (r) => (r.rel === '子女' ? '' : chance(0.04) ? dmask.mob(d, r.p) : mob(d, r.p)), p: 0.7 },
    { k: 'emp', h: ['工号', '员工编号', '员工号'], v: (r) => (r.rel === '本人' ? dx(d, 'emp_no', D.empNo) : ''), p: 0.75 },
    { k: 'rel', h: ['与主被保险人关系', '关系', '人员类别'], v: (r) => (r.rel === '本人' ? pick(['本人', '员工']) : r.rel), p: rows.some((r) => r.rel !== '本人') ? 1 : 0.3 },
    { k: 'main', h: ['主被保险人', '所属员工'], v: (r) => nm(d, r.emp), p: rows.some((r) => r.rel !== '本人') ? 0.6 : 0 },
    { k: 'dept', h: ['部门', '所属部门'], v: () => d.x('department', pick(DEPTS)), p: 0.5 },
    { k: 'job', h: ['岗位', '职位', '职务'], v: (r) => (r.rel === '本人' ? d.x('job_title', pick(JOBS)) : ''), p: 0.4 },
    { k: 'plan', h: ['保障方案', '投保方案', '计划'], v: () => pick(['方案A', '方案B', '计划一', '高管计划', '基础计划']), p: 0.5 },
    { k: 'sum', h: ['保额', '意外保额', '保险金额(元)'], v: () => d.x('amount', pick(['500000', '300000', '1000000', '200,000.00', '800000'])), p: 0.5 },
    { k: 'card', h: ['工资卡号', '理赔银行卡号', '收款账号', '银行账号'], v: (r) => (r.rel === '本人' ? (chance(0.05) ? dmask.card(d, r.p) : crd(d, r.p, chance(0.8) ? 'plain' : 'sp4')) : ''), p: 0.5 },
    { k: 'bank', h: ['开户行', '开户银行'], v: (r) => (r.rel === '本人' ? r.p.card.bank : ''), p: 0.35 },
    { k: 'mail', h: ['邮箱', '电子邮箱', 'Email', 'E-mail'], v: (r) => (r.rel === '子女' ? '' : eml(d, r.p)), p: 0.5 },
    { k: 'member', h: ['分单号', '被保险人编号', '个人凭证号'], v: () => dx(d, 'member_no', () => pick([`${yr()}${digits(8)}`, `GP${yr()}-${digits(4)}-${digits(4)}`, `${digits(6, true)}-${digits(3)}`])), p: 0.55 },
    { k: 'start', h: ['入职日期', '生效日期', '加保日期'], v: () => dDate(d, evDate(), pick([0, 1, 3])), p: 0.4 },
  ].filter((c) => c.k === 'name' || chance(c.p ?? 1));
  if (!cols.some((c) => ['id', 'mob', 'card', 'mail'].includes(c.k))) cols.push({ k: 'id', h: ['身份证号'], v: (r) => idn(d, r.p) });
  const nameCol = cols.shift();
  const rest = shuffle(cols);
  rest.splice(ri(0, Math.min(2, rest.length)), 0, nameCol);
  const withSeq = chance(0.7);
  const L = [];
  if (chance(0.6)) {
    L.push(`投保单位${pick(['：', ':', ','])}${d.x('company', co.name)}`);
    if (chance(0.8)) L.push(`${pick(['统一社会信用代码', '社会信用代码', '税号'])}：${d.e('cn_uscc', co.uscc)}`);
    L.push(`团体保单号：${dx(d, 'policy_no', D.policy)}  承保公司：${d.x('company', ins.name)}  险种：${d.x('product', pick(GROUP_PROD))}`);
    const hr = person({ minY: 1975, maxY: 1998, domain: co.dom });
    L.push(`HR联系人：${nm(d, hr)}  电话：${mob(d, hr)}  ${chance(0.6) ? `邮箱：${eml(d, hr)}` : `公共邮箱：${d.dc('email', `hr@${co.dom}`)}`}`);
    if (chance(0.4)) L.push(`单位总机：${orgLand(d, co.land)}`);
  }
  L.push(csvLine([...(withSeq ? ['序号'] : []), ...rest.map((c) => pick(c.h))], sep, quoteAll));
  rows.forEach((r, i) => L.push(csvLine([...(withSeq ? [String(i + 1)] : []), ...rest.map((c) => c.v(r))], sep, quoteAll)));
  if (chance(0.5)) L.push(`合计${pick(['', '：'])}${n}人${sep}总保费${sep}${dAmt(d, 300 * n, 1500 * n, 1)}`);
  if (chance(0.4)) L.push(`导出时间：${dx(d, 'timestamp', D.ts)}`);
  return L.join(tsv || chance(0.6) ? '\n' : '\r\n');
}

function gClaimRegister(d) {
  const ins = pick(LIFE.concat(PC)), n = rowsN(), fmt = pick(['md', 'csv', 'fixed']);
  const staff = Array.from({ length: ri(1, 4) }, () => person({ minY: 1975, maxY: 1999 }));
  const colsAll = [['报案号', 'rep'], ['赔案号', 'clm'], ['出险人', 'name'], ['证件号码', 'id'], ['联系电话', 'mob'], ['出险日期', 'date'],
    ['就诊医院', 'hosp'], ['诊断/事故', 'diag'], ['发票金额', 'inv'], ['核定赔付', 'pay'], ['领款人', 'payee'], ['领款账号', 'acct'],
    ['开户行', 'bank'], ['理赔员', 'staff'], ['状态', 'st']];
  const cols = colsAll.filter(([, k]) => ['name', 'clm', 'payee', 'acct'].includes(k) || chance(0.7));
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = person({ minY: 1950, maxY: 2018 });
    const payee = p.birth.y > 2006 || chance(0.2) ? person({ minY: 1960, maxY: 1995, sur: p.sur && chance(0.6) ? [p.sur, p.spy] : null }) : p;
    const st = pick(['已结案', '审核中', '待补材料', '拒赔', '已支付', '调查中']);
    const cell = {
      rep: () => dx(d, 'report_no', D.report), clm: () => dx(d, 'claim_no', D.claim), name: () => nm(d, p), id: () => (chance(0.1) ? dmask.id(d, p) : idn(d, p)),
      mob: () => (p.birth.y > 2008 ? mob(d, payee) : mob(d, p)), date: () => dDate(d, evDate(), pick([0, 1])), hosp: () => d.x('hospital', pick(HOSP)),
      diag: () => pick(DIAG), inv: () => dAmt(d, 200, 90000, 1), pay: () => (st === '拒赔' ? '0.00' : dAmt(d, 100, 80000, 1)),
      payee: () => nm(d, payee), acct: () => (st === '拒赔' || st === '调查中' ? '—' : chance(0.12) ? dmask.card(d, payee) : crd(d, payee, fmt === 'csv' ? 'plain' : cardStyle())),
      bank: () => payee.card.bank, staff: () => nm(d, pick(staff)), st: () => st,
    };
    rows.push(cols.map(([, k]) => cell[k]()));
  }
  const L = [`${d.x('company', ins.name)} ${pick(['理赔案件登记台账', '理赔案件清单', '赔案支付明细'])}（${dDate(d, evDate(), 5)}）`];
  const hs = cols.map(([h]) => h);
  if (fmt === 'md') L.push(...mdTable(hs, rows));
  else if (fmt === 'csv') { L.push(csvLine(hs, ',')); rows.forEach((r) => L.push(csvLine(r, ','))); }
  else { L.push(hs.join('  ')); rows.forEach((r) => L.push(r.map((c) => c + ' '.repeat(ri(1, 4))).join(''))); }
  L.push(`制表：${nm(d, staff[0])}  复核：${nm(d, pick(staff))}  打印时间：${dx(d, 'timestamp', D.ts)}`);
  return L.join('\n');
}

function gClaimLetter(d) {
  const ins = pick(LIFE.concat(PC)), app = person({ minY: 1960, maxY: 1998 });
  const insured = chance(0.6) ? app : person({ minY: 1940, maxY: 2020 });
  const staff = person({ minY: 1978, maxY: 1998 }), agent = person({ minY: 1970, maxY: 1998 });
  const refused = chance(0.2);
  const L = [d.x('company', ins.name), pick(['理赔决定通知书', '理赔结案通知书', '理赔给付通知书']), `赔案号：${dx(d, 'claim_no', D.claim)}`, ''];
  L.push(`尊敬的${chance(0.6) ? nm(d, app) + title(app) : surTitle(d, app)}：`);
  const idTxt = chance(0.5) ? dmask.id(d, insured) : idn(d, insured);
  L.push(`    您于${dDate(d, evDate(), 5)}就被保险人${nm(d, insured)}（证件号码：${idTxt}）在${d.x('hospital', pick(HOSP))}${pick(['住院治疗', '门诊治疗', '手术治疗'])}一事提出的理赔申请（报案号：${dx(d, 'report_no', D.report)}）已审核完毕。`);
  if (refused) L.push(`    经审核，被保险人所患“${pick(DIAG)}”属于保险合同约定的等待期内发生的疾病，根据条款第${ri(5, 12)}条，本次不予赔付。`);
  else {
    const payee = chance(0.8) ? app : person({ minY: 1960, maxY: 1995 });
    const acct = chance(0.45) ? dmask.card(d, payee) : crd(d, payee);
    L.push(`    经审核，本次核定赔付金额为人民币${dAmt(d, 300, 200000, 1)}元，已于${dDate(d, evDate(), 5)}转入${nm(d, payee)}名下${payee.card.bank}账户（${acct}）。`);
    L.push(`    交易流水号：${dx(d, 'serial_no', D.serial)}，请注意查收。`);
  }
  L.push('    如对本结论有异议，请于收到本通知之日起十日内向我公司提出。');
  const contact = wpick([['land', 2], ['mob', 1]]);
  L.push(`理赔服务专员：${nm(d, staff)}  联系电话：${contact === 'land' ? orgLand(d, ins.land, 'dash') + pick(['转' + digits(4, true), '-' + digits(3, true), '']) : mob(d, staff)}`);
  L.push(`客服热线：${d.x('hotline', ins.hot)}   理赔邮箱：${d.dc('email', pick(['claims', 'lipei', 'service']) + '@' + ins.dom)}`);
  if (chance(0.6)) L.push(`抄送：业务员${nm(d, agent)}（工号${dx(d, 'emp_no', D.empNo)}）`);
  L.push(`${ins.name}理赔服务中心`, dDate(d, evDate(), 5));
  return L.join('\n');
}

function gRenewal(d) {
  const ins = pick(LIFE.concat(PC)), agent = person({ minY: 1975, maxY: 1998 }), car = ins.hot === '95518' || ins.hot === '95500' || ins.hot === '95511';
  const n = Math.min(rowsN(), 50);
  const L = [`【续保提醒】${ri(1, 12)}月到期客户名单（业务员：${nm(d, agent)}  工号 ${dx(d, 'emp_no', D.empNo)}）`, pick(['请务必在到期前15天完成首次联系，结果填在备注栏。', '系统导出，请勿外传。', ''])];
  const style = pick(['list', 'tab', 'md']);
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = person({ minY: 1955, maxY: 2000 });
    const masked = chance(0.12);
    const phone = masked ? dmask.mob(d, p) : mob(d, p);
    const pol = car ? d.x('plate', D.plate()) : dx(d, 'policy_no', D.policy);
    const due = dDate(d, evDate(), pick([0, 1]));
    const prem = dAmt(d, 600, 30000, 0);
    const note = wpick([[() => '已加微信', 3], [() => '客户说再考虑', 2], [() => '电话未接通', 3], [() => `换号了，新号码 ${mob(d, { ...p, mobile: genMobile() }, 'n')}`, 2],
      [() => `要求发报价到邮箱 ${eml(d, p)}`, 2], [() => `家属${nm(d, person())}代接，${pick(['周三', '周五', '下周一'])}回电`, 2], [() => '已约周末见面', 1],
      [() => `扣款卡已换：${crd(d, p)}`, 1], [() => '', 3], [() => (masked ? '号码被系统脱敏，需查原始保单' : '空号'), 1]])();
    const nameCell = chance(0.15) ? surTitle(d, p) : nm(d, p);
    rows.push([String(i + 1), nameCell, phone, pol, car ? d.x('product', pick(['交强险+商业险', '商业三者险200万', '新能源车险'])) : d.x('product', pick(LIFE_PROD)), due, prem, note]);
  }
  const hs = ['序号', '客户', '电话', car ? '车牌' : '保单号', '险种', '到期日', '保费', '备注'];
  if (style === 'md') L.push(...mdTable(hs, rows));
  else if (style === 'tab') { L.push(hs.join('\t')); rows.forEach((r) => L.push(r.join('\t'))); }
  else rows.forEach((r) => L.push(`${r[0]}. ${r[1]} ${r[2]} ${car ? '车牌' : '保单'}${r[3]} ${r[4]} 到期${r[5]} 保费${r[6]}${r[7] ? ' —— ' + r[7] : ''}`));
  L.push(`不清楚的打我 ${mob(d, agent)} 或拨客服 ${d.x('hotline', ins.hot)}`);
  return L.join('\n');
}

function gAgentRoster(d) {
  const ins = pick(LIFE), n = Math.max(2, Math.min(rowsN(), 60)), fmt = pick(['csv', 'md', 'fixed']);
  const workMail = chance(0.6);
  const cols = [['工号', 'no'], ['姓名', 'name'], ['性别', 'sex'], ['身份证号', 'id'], ['手机号', 'mob'], [pick(['执业证号', '执业证编号']), 'lic'],
    ['资格证书号', 'qual'], ['入司日期', 'join'], ['职级', 'rank'], ['所属营业部', 'unit'], ['工资卡号', 'card'], ['开户行', 'bank'], ['邮箱', 'mail']]
    .filter(([, k]) => ['no', 'name', 'lic', 'mob'].includes(k) || chance(0.6));
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = person({ minY: 1965, maxY: 2001, domain: workMail ? ins.dom : undefined });
    const v = {
      no: () => dx(d, 'emp_no', D.empNo), name: () => nm(d, p), sex: () => sexTxt(p), id: () => idn(d, p), mob: () => mob(d, p), lic: () => dx(d, 'licence_no', D.licence),
      qual: () => dx(d, 'qualification_no', D.qualif), join: () => dDate(d, rdate(2012, 2025), 0), rank: () => d.x('job_title', pick(AGENT_RANK)),
      unit: () => d.x('org_unit', `${pick(CITIES)[0].replace('市', '')}${pick(['第一', '第三', '南区', '城东', '新区'])}营业部`), card: () => crd(d, p, 'plain'), bank: () => p.card.bank, mail: () => eml(d, p),
    };
    rows.push(cols.map(([, k]) => v[k]()));
  }
  const hs = cols.map(([h]) => h);
  const L = [`${ins.short}${pick(['代理人花名册', '营销员名单', '个险渠道人员清单'])}（截至${dDate(d, evDate(), 2)}）`];
  if (fmt === 'md') L.push(...mdTable(hs, rows));
  else if (fmt === 'csv') { L.push(csvLine(hs, ',')); rows.forEach((r) => L.push(csvLine(r, ','))); }
  else { L.push(hs.join('    ')); rows.forEach((r) => L.push(r.join(pick(['  ', '   ', '\t'])))); }
  L.push(`注：执业证号可在中国银保监会保险中介监管信息系统查询；人事专员：${nm(d, person())}，分机${digits(4, true)}。`);
  return L.join('\n');
}

function gAutoQuote(d) {
  const ins = pick(PC), owner = person({ minY: 1960, maxY: 2002 }), agent = person({ minY: 1975, maxY: 1999 });
  const corp = chance(0.25) ? company() : null;
  const L = [`${d.x('company', ins.name)}  机动车辆保险报价单`, `报价单号：${d.x('quote_no', `Q${ymd8()}${digits(8)}`)}   报价时间：${dx(d, 'timestamp', D.ts)}`, ''];
  if (corp) {
    L.push(`车主：${d.x('company', corp.name)}`, `统一社会信用代码：${d.e('cn_uscc', corp.uscc)}`, `联系人：${nm(d, owner)}  手机：${mob(d, owner, 'r')}  单位电话：${orgLand(d, corp.land)}`);
  } else {
    L.push(`车主：${nm(d, owner)}    证件号码：${idn(d, owner)}`, `联系电话：${mob(d, owner, 'r')}${chance(0.4) ? `    邮箱：${eml(d, owner)}` : ''}`);
  }
  const plate = d.x('plate', D.plate());
  L.push(`号牌号码：${plate}    车辆识别代号(VIN)：${d.x('vin', genVin())}`, `发动机号：${dx(d, 'engine_no', D.engine)}    厂牌型号：${d.x('vehicle_model', D.model())}`);
  L.push(`初次登记日期：${dDate(d, rdate(2015, 2024), 0)}    新车购置价：${dAmt(d, 80000, 450000, 0)}`);
  L.push(`上年保单号：${dx(d, 'policy_no', D.policy)}    上年出险次数：${ri(0, 3)}    无赔款优待系数：${pick(['0.85', '1.00', '0.70', '1.25'])}`, '');
  L.push(pick(['险种 | 保额/限额 | 保费', '险种\t保额\t保费']));
  const s = L[L.length - 1].includes('|') ? ' | ' : '\t';
  L.push(['机动车交通事故责任强制保险', '200,000.00', '950.00'].join(s), ['机动车损失保险', dAmt(d, 60000, 400000, 0), dAmt(d, 1200, 6000, 0)].join(s),
    ['第三者责任保险', pick(['1,000,000.00', '2,000,000.00', '3,000,000.00']), dAmt(d, 700, 1800, 0)].join(s), ['车上人员责任险（司机）', '10,000.00', dAmt(d, 20, 60, 0)].join(s));
  L.push(`合计保费：${dAmt(d, 2500, 12000, 2)}    车船税：${dAmt(d, 300, 720, 1)}`);
  if (chance(0.4)) { const ins2 = person({ minY: 1965, maxY: 2000 }); L.push(`被保险人：${nm(d, ins2)}  证件号码：${idn(d, ins2)}（与车主关系：${pick(['配偶', '子女', '父母'])}）`); }
  else L.push('被保险人：同车主');
  L.push(`报价员：${nm(d, agent)}  手机：${mob(d, agent)}  ${chance(0.5) ? `工号：${dx(d, 'emp_no', D.empNo)}` : `执业证号：${dx(d, 'licence_no', D.licence)}`}`);
  L.push(`本报价有效期至${dDate(d, evDate(), 5)}，以最终出单为准。服务热线${d.x('hotline', ins.hot)}，道路救援${d.x('hotline400', D.hotline400())}。`);
  return L.join('\n');
}

function gSurrender(d) {
  const ins = pick(LIFE), holder = person({ minY: 1960, maxY: 1998 }), staff = person({ minY: 1978, maxY: 1999 });
  const insured = chance(0.6) ? holder : person({ minY: 1955, maxY: 2020 });
  const c = pick(['：', ':']);
  const L = [pick(['退保申请书', '保险合同解除申请书', '退保（解除合同）申请表']), `保单号${c}${dx(d, 'policy_no', D.policy)}    险种名称${c}${d.x('product', pick(LIFE_PROD))}`,
    `投保人${c}${nm(d, holder)}    证件号码${c}${idn(d, holder)}    联系电话${c}${mob(d, holder, 'r')}${chance(0.3) ? `    固定电话${c}${land(d, genLand())}` : ''}`, `被保险人${c}${nm(d, insured)}`,
    `退保原因${c}${pick(['☑经济原因 □对产品不满意 □其他', '□经济原因 ☑对产品不满意 □其他', '□经济原因 □对产品不满意 ☑其他：重复投保'])}`, '退保金领取方式：银行转账',
    `户名${c}${nm(d, holder)}    开户行${c}${holder.card.bank}${d.x('bank_branch', pick(BRANCH))}    账号${c}${crd(d, holder)}`,
    '（注：账户须为投保人本人名下借记卡，不接受信用卡及存折。）',
    `已交保费${c}${dAmt(d, 3000, 200000, 0)}    现金价值${c}${dAmt(d, 1000, 150000, 0)}    预计退保金${c}${dAmt(d, 800, 150000, 0)}`];
  if (chance(0.35)) {
    const proxy = person({ minY: 1960, maxY: 2000 });
    L.push(`委托办理：☑是  受托人${c}${nm(d, proxy)}  证件号码${c}${idn(d, proxy)}  手机${c}${mob(d, proxy)}`);
  } else L.push('委托办理：☑否');
  if (chance(0.4)) L.push(`电子回执发送至邮箱${c}${eml(d, holder)}`);
  L.push(`投保人签名${c}${nm(d, holder)}    申请日期${c}${dDate(d, evDate(), 2)}`, '—— 以下由保险公司填写 ——');
  L.push(`受理人${c}${nm(d, staff)}  工号${c}${dx(d, 'emp_no', D.empNo)}  受理时间${c}${dx(d, 'timestamp', D.ts)}  批单号${c}${dx(d, 'endorsement_no', D.endorse)}`);
  L.push(`柜面电话${c}${orgLand(d, ins.land)}    全国客服${c}${d.x('hotline', ins.hot)}`);
  return L.join('\n');
}

function gOcr(d) {
  const ins = pick(LIFE), legacy = chance(0.3);
  const holder = person({ minY: legacy ? 1940 : 1958, maxY: legacy ? 1978 : 1998 });
  const insured = chance(0.5) ? holder : person({ minY: legacy ? 1940 : 1960, maxY: legacy ? 1990 : 2020 });
  const agent = person({ minY: 1960, maxY: 1995 });
  const idOcr = (p) => (legacy && p.birth.y < 2000 && chance(0.85) ? d.e('cn_resident_id', p.id.slice(0, 6) + p.id.slice(8, 17))
    : d.e('cn_resident_id', fmtId(p.id, wpick([['plain', 4], ['684', 3], ['split', 2], ['fw', 1]]))));
  const junk = () => pick(['', '', ' |', ' 丨', ' _', ' .', ' ¦']);
  const L = [`${pick(['', '— ', '|'])}${d.x('company', ins.name)}${junk()}`, ocr(pick(['保险单', '保 险 合 同', '保单正本'])).slice(0, -1), `第 ${ri(1, 3)} 页 共 ${ri(3, 5)} 页`];
  const pol = D.policy();
  L.push(`${ocr('保单号')}${d.x('policy_no', chance(0.4) ? pol.replace(/(\d{4})(?=\d)/g, '$1 ') : pol)}${junk()}  ${ocr('合同成立日')}${dDate(d, legacy ? rdate(1995, 2000) : evDate(), pick([2, 4]))}`);
  L.push(`${ocr('投保人')}${nm(d, holder, chance(0.6))}  ${ocr('性别')}${sexTxt(holder)}  ${ocr(legacy ? '身份证号码' : '证件号码')}${idOcr(holder)}${junk()}`);
  L.push(`${ocr('联系电话')}${legacy && chance(0.5) ? land(d, genLand(), pick(['dash', 'paren', 'sp'])) : mob(d, holder, pick(['sp', 'plain', 'fw', 'dash']))}${junk()}`);
  if (insured === holder) L.push(`${ocr('被保险人')}同投保人`);
  else L.push(`${ocr('被保险人')}${nm(d, insured, chance(0.5))}  ${ocr('证件号码')}${idOcr(insured)}`);
  const b = person({ minY: 1950, maxY: 2015 });
  L.push(`${ocr('身故受益人')}${chance(0.4) ? '法定' : nm(d, b, chance(0.5)) + ' ' + pick(['配偶', '子女', '父母']) + ' 100%'}`);
  L.push(`${ocr('险种名称')}${d.x('product', pick(LIFE_PROD))}  ${ocr('基本保额')}${dAmt(d, 10000, 500000, 0)}  ${ocr('年交保费')}${dAmt(d, 500, 20000, 0)}`);
  if (!legacy && chance(0.7)) L.push(`${ocr('续期交费账号')}${crd(d, holder, pick(['sp4', 'plain', 'sp64']))} ${holder.card.bank}`);
  else L.push(`${ocr('续期交费账号')}${dmask.card(d, holder)}`);
  L.push(`${ocr('营销员')}${nm(d, agent, chance(0.5))}  ${ocr('营销员代码')}${dx(d, 'emp_no', D.empNo)}${junk()}`);
  if (chance(0.5)) L.push(`${ocr('公司地址')}${addr()}  ${ocr('电话')}${orgLand(d, ins.land)}`);
  L.push(`${ocr('客户服务电话')}${d.x('hotline', ins.hot)}  ${ocr('签发日期')}${dDate(d, legacy ? rdate(1995, 2000) : evDate(), 2)}`);
  if (chance(0.35)) L.push(`${ocr('统一社会信用代码')}${d.e('cn_uscc', ins.uscc)}`);
  return L.join('\n');
}

function gWechat(d) {
  const ins = pick(LIFE.concat(PC)), agent = person({ minY: 1975, maxY: 1999 }), cli = person({ minY: 1965, maxY: 2000 });
  const spouse = person({ minY: 1965, maxY: 2000 }), kid = person({ minY: 2010, maxY: 2022, sur: cli.sur ? [cli.sur, cli.spy] : null });
  const agNick = wpick([[() => `${ins.short}-${nm(d, agent)}`, 3], [() => `保险顾问${nm(d, agent)}`, 2], [() => `${nm(d, agent)}（${ins.short}）`, 2], [() => (agent.sur ? `${d.dc('person_name_zh', agent.sur)}经理` : nm(d, agent)), 1]])();
  const clNick = chance(0.5) ? nm(d, cli) : d.x('nickname', pick(['晴天☀', '一路向北', '木子', '小鱼儿', 'Cindy', '岁月静好', 'A阿强建材']));
  const call = () => (chance(0.5) && cli.sur ? surTitle(d, cli, pick(['姐', '哥', '总', '先生', '女士'])) : nm(d, cli) + title(cli));
  const A = (t) => ['A', t], C = (t) => ['C', t];
  const pool = [
    () => A(`${call()}您好，我是${ins.short}的${nm(d, agent)}，您的保单${dx(d, 'policy_no', D.policy)}下月${ri(1, 28)}号到期，续期保费${dAmt(d, 800, 20000, 1)}元，记得卡里留足余额哦～`),
    () => C(`好的，我那张卡注销了，换成这张吧 ${crd(d, cli)} ${cli.card.bank}`),
    () => A('收到，做账户变更需要您身份证号码，方便发一下吗？'),
    () => C(`${idn(d, cli, pick(['plain', 'plain', 'lx', '684', 'fw']))}`),
    () => C(`我老公叫${nm(d, spouse)}，手机${mob(d, spouse, 'r')}，他那份也一起续吧，身份证${idn(d, spouse)}`),
    () => A(`孩子的少儿险我也帮您看了，${nm(d, kid)}小朋友的身份证号是${idn(d, kid)}对吧？`),
    () => C(`对的。我新手机号${mob(d, cli, 'r')}，以后打这个`),
    () => A(`电子保单发到您邮箱${eml(d, cli)}了，查收一下`),
    () => C(pick([() => '[图片]', () => '[语音] 12"', () => `[转账] ${dAmt(d, 100, 5000, 2)}`, () => '[表情]'])()),
    () => A(`有问题可以打客服${d.x('hotline', ins.hot)}，或者直接打我手机${mob(d, agent, 'r')}`),
    () => A(`理赔的发票原件我收到了，发票号码${dx(d, 'invoice_no', D.invoiceNo)}，住院号${dx(d, 'hospital_no', D.hospNo)}`),
    () => A(`系统里您预留的手机是${dmask.mob(d, cli)}，还在用吗？`),
    () => C(pick(['不是了，那是以前的号', '还在用', '好的谢谢', '周一再说吧，最近付款有点紧'])),
    () => A(`理赔款${dAmt(d, 500, 50000, 1)}已经到账了，打到您${d.x('masked_card', '尾号' + cli.card.no.slice(-4))}的卡上`),
  ];
  const picks = shuffle(pool.map((f, i) => i)).slice(0, ri(6, pool.length)).sort((a, b) => a - b);
  const day = evDate();
  const L = [pick(['—— 微信聊天记录 ——', '聊天记录导出', `与${clNick}的聊天记录`]), d.x('date', fdate(day, 2))];
  let h = ri(8, 20), m = ri(0, 40);
  for (const i of picks) {
    const [who, t] = pool[i]();
    m += ri(0, 9); if (m > 59) { m -= 60; h = Math.min(23, h + 1); }
    L.push(pick([`${who === 'A' ? agNick : clNick} ${p2(h)}:${p2(m)}`, `[${p2(h)}:${p2(m)}] ${who === 'A' ? agNick : clNick}:`]), t);
  }
  return L.join('\n');
}

function gHtml(d) {
  const ins = pick(LIFE.concat(PC)), n = Math.min(rowsN(), 40), op = person({ minY: 1980, maxY: 1999 });
  const cols = shuffle([['客户姓名', 'name'], ['证件号码', 'id'], ['手机号', 'mob'], ['邮箱', 'mail'], ['保单号', 'pol'], ['险种', 'prod'], ['到期日', 'due'], ['扣款账号', 'card']]
    .filter(([, k]) => k === 'name' || chance(0.65)));
  const L = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8"><title>客户管理系统 - 查询结果</title>', '<style>@media print { .nav { display:none } }</style></head><body>',
    `<div class="nav"><img src="/static/img/${d.x('file_name', pick(['logo@2x.png', 'icon@2x.png', 'avatar@3x.png']))}" alt="${ins.short}"> 当前用户：${nm(d, op)}（${dx(d, 'emp_no', D.empNo)}）</div>`,
    `<p>查询条件：到期日 ${dDate(d, evDate(), 0)} 至 ${dDate(d, evDate(), 0)}，共 ${n} 条</p>`, '<table border="1">', `  <tr>${cols.map(([h]) => `<th>${h}</th>`).join('')}</tr>`];
  for (let i = 0; i < n; i++) {
    const p = person({ minY: 1955, maxY: 2003 });
    const v = { name: () => nm(d, p), id: () => (chance(0.1) ? dmask.id(d, p) : idn(d, p)), mob: () => mob(d, p), mail: () => eml(d, p), pol: () => dx(d, 'policy_no', D.policy),
      prod: () => d.x('product', pick(LIFE_PROD)), due: () => dDate(d, evDate(), 0), card: () => (chance(0.2) ? dmask.card(d, p) : crd(d, p, 'plain')) };
    L.push(`  <tr>${cols.map(([, k]) => `<td>${v[k]()}</td>`).join('')}</tr>`);
  }
  L.push('</table>', `<footer>© ${ins.name} 客服热线 ${d.x('hotline', ins.hot)} | <a href="mailto:${d.dc('email', `it-support@${ins.dom}`)}">系统支持</a></footer>`, '</body></html>');
  return L.join('\n');
}

function gMd(d) {
  const ins = pick(LIFE.concat(PC)), n = Math.min(rowsN(), 40), lead = person({ minY: 1975, maxY: 1995 });
  const team = Array.from({ length: ri(1, 3) }, () => person({ minY: 1980, maxY: 2000 }));
  const cols = [['客户', 'name'], ['电话', 'mob'], ['身份证', 'id'], ['需求', 'need'], ['意向产品', 'prod'], ['预算', 'bud'], ['跟进人', 'who'], ['下次跟进', 'next'], ['备注', 'note']]
    .filter(([, k]) => ['name', 'mob', 'who', 'bud'].includes(k) || chance(0.6));
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = person({ minY: 1960, maxY: 2002 });
    const v = { name: () => (chance(0.1) ? surTitle(d, p) : nm(d, p)), mob: () => (chance(0.1) ? dmask.mob(d, p) : mob(d, p, 'n')), id: () => (chance(0.3) ? '' : idn(d, p)),
      need: () => pick(['重疾', '医疗+意外', '养老年金', '教育金', '车险续保', '家财险']), prod: () => d.x('product', pick(LIFE_PROD)), bud: () => d.x('amount', `${ri(3, 50)}k/年`), who: () => nm(d, pick(team)),
      next: () => dDate(d, evDate(), 1), note: () => pick([() => '', () => '', () => `邮箱 ${eml(d, p)}`, () => `老客户${nm(d, person())}转介绍`, () => `已发计划书，卡号${crd(d, p)}用于扣款`, () => '对比了别家'])() };
    rows.push(cols.map(([, k]) => v[k]()));
  }
  const L = [`## ${pick(['团队客户跟进表', '本周意向客户', '转介绍客户清单'])}（${ins.short}${d.x('org_unit', pick(['南山', '浦东', '朝阳', '天河', '西湖']) + pick(['一部', '三部', '精英团队']))}）`, '',
    `负责人：${nm(d, lead)} ${mob(d, lead, 'dash')}`, '', ...mdTable(cols.map(([h]) => h), rows), '', `> 更新于 ${dx(d, 'timestamp', D.ts)}，请勿转发到外部群。`];
  return L.join('\n');
}

function gTravel(d) {
  const ins = pick(PC), n = ri(1, 12), app = person({ minY: 1965, maxY: 1998 });
  const L = [`${d.x('company', ins.name)}`, pick(['境外旅行意外伤害保险 投保确认书', '申根签证旅行保险 保险凭证', '出境游团体意外险 被保险人清单']),
    `保单号：${dx(d, 'policy_no', D.policy)}    目的地：${pick(['申根国家（法国、意大利）', '日本', '泰国', '美国', '澳大利亚'])}`,
    `保险期间：${dDate(d, evDate(), 0)} 00:00 至 ${dDate(d, evDate(), 0)} 24:00    航班：${d.x('flight_no', pick(['CA', 'MU', 'CZ', 'HU']) + digits(ri(3, 4), true))}`,
    `投保人：${nm(d, app)}  手机：${mob(d, app, 'r')}  邮箱：${eml(d, app)}`, ''];
  const hs = ['序号', '姓名', '性别', '出生日期', pick(['护照号码', '护照号', '证件号码（护照）']), '身份证号', '手机'];
  const sep = pick([' | ', '\t', '  ']);
  L.push(hs.join(sep));
  for (let i = 0; i < n; i++) {
    const p = i === 0 && chance(0.7) ? app : person({ minY: 1950, maxY: 2020 });
    L.push([String(i + 1), nm(d, p), sexTxt(p), dDate(d, p.birth, 0), d.e('cn_passport', genPassport()), chance(0.8) ? idn(d, p) : '', p.birth.y > 2008 ? '' : mob(d, p)].join(sep));
  }
  const ec = person({ minY: 1950, maxY: 1998 });
  L.push('', `紧急联系人：${nm(d, ec)}  ${mob(d, ec, 'r')}`, `24小时全球救援：${orgLand(d, genLand(['010', 8]), '+86')}  境内客服：${d.x('hotline', ins.hot)}`);
  L.push(`签证保额：EUR 30,000 / ${dAmt(d, 200000, 300000, 0)}元    保费合计：${dAmt(d, 50, 3000, 2)}`);
  return L.join('\n');
}

function gAccountChange(d) {
  const ins = pick(LIFE), cli = person({ minY: 1960, maxY: 1998 }), staff = person({ minY: 1980, maxY: 1999, domain: ins.dom }), agent = person({ minY: 1975, maxY: 1998, domain: ins.dom });
  const oldCard = genCard(), time = evDate();
  const L = [`发件人：${nm(d, cli)} <${eml(d, cli)}>`, `收件人：保全服务中心 <${d.dc('email', `baoquan@${ins.dom}`)}>`];
  if (chance(0.6)) L.push(`抄送：${nm(d, agent)} <${eml(d, agent)}>`);
  const pol = dx(d, 'policy_no', D.policy);
  L.push(`主题：关于保单${pol}续期缴费账户变更申请`, `时间：${fdate(time, 5)} ${hms()}`, '', '您好，');
  L.push(`    本人${nm(d, cli)}（身份证号${idn(d, cli, pick(['plain', 'plain', '684']))}），系保单${pol}的投保人。原扣款账户为${oldCard.bank}${d.x('masked_card', D.maskCard(oldCard.no))}，因该卡已注销，现申请变更为：`);
  L.push(`    户名：${nm(d, cli)}`, `    开户行：${cli.card.bank}${d.x('bank_branch', pick(BRANCH))}`, `    卡号：${crd(d, cli)}`, `    联系电话：${mob(d, cli, 'r')}`);
  L.push(`附件：身份证正反面.jpg、银行卡照片.jpg、${d.x('file_name', `IMG_${ymd8()}_${digits(6)}.jpg`)}`, '', `${nm(d, cli)}`, fdate(time, 5), '');
  L.push('------------------ 回复 ------------------', `${surTitle(d, cli)}您好，`);
  L.push(`    您的变更申请已受理，批单号${dx(d, 'endorsement_no', D.endorse)}，新账户将于下一期（${dDate(d, evDate(), 2)}）生效，届时扣款${dAmt(d, 500, 30000, 1)}元。`);
  L.push(`${nm(d, staff)} | 保全服务中心`, `电话：${orgLand(d, ins.land, 'dash')}转${digits(4, true)}  邮箱：${eml(d, staff)}`, `客服热线：${d.x('hotline', ins.hot)}`);
  return L.join('\n');
}

function gJson(d) {
  const ins = pick(LIFE), holder = person({ minY: 1960, maxY: 1998 }), agent = person({ minY: 1975, maxY: 1998 });
  const insList = [holder, ...Array.from({ length: ri(0, 3) }, () => person({ minY: 1950, maxY: 2022 }))];
  const camel = chance(0.6);
  const k = (a, b) => (camel ? a : b);
  const obj = {
    code: 0, msg: 'success', [k('traceId', 'trace_id')]: d.x('trace_id', [...Array(32)].map(() => '0123456789abcdef'[ri(0, 15)]).join('')),
    timestamp: Number(d.x('timestamp', `${ri(1700000000, 1760000000)}${digits(3)}`)),
    data: {
      [k('policyNo', 'policy_no')]: dx(d, 'policy_no', D.policy), [k('productCode', 'product_code')]: d.x('product_code', `${pick(['HT', 'JH', 'GH'])}${yr()}${pick(['A', 'B', 'C'])}${p2(ri(1, 30))}`),
      applicant: { name: nm(d, holder), gender: holder.sex, [k('certType', 'cert_type')]: '01', [k('certNo', 'cert_no')]: idn(d, holder), mobile: mob(d, holder, 'plain'),
        ...(chance(0.7) ? { email: eml(d, holder) } : {}), [k('birthday', 'birth_date')]: dDate(d, holder.birth, 0) },
      [k('insuredList', 'insured_list')]: insList.map((p, i) => ({ seq: i + 1, name: nm(d, p), [k('certNo', 'cert_no')]: idn(d, p), [k('relationToApplicant', 'relation')]: i === 0 ? '00' : pick(['01', '02', '03']),
        ...(p.birth.y < 2006 && chance(0.6) ? { mobile: mob(d, p, 'plain') } : {}), [k('sumInsured', 'sum_insured')]: d.x('amount', String(ri(5, 100) * 10000)) })),
      payment: { [k('bankCode', 'bank_code')]: pick(['102', '105', '308', '103', '104']), [k('bankName', 'bank_name')]: holder.card.bank, [k('accountName', 'account_name')]: nm(d, holder),
        [k('accountNo', 'account_no')]: crd(d, holder, 'plain'), [k('premium', 'premium')]: d.x('amount', money(1000, 40000, 1)) },
      [k('agentCode', 'agent_code')]: dx(d, 'emp_no', D.empNo), [k('agentName', 'agent_name')]: nm(d, agent), [k('agentLicenseNo', 'agent_license_no')]: dx(d, 'licence_no', D.licence),
      [k('agentMobile', 'agent_mobile')]: chance(0.5) ? mob(d, agent, 'plain') : dmask.mob(d, agent),
    },
  };
  return JSON.stringify(obj, null, chance(0.6) ? 2 : 0);
}

function gSms(d) {
  const ins = pick(LIFE), n = Math.min(rowsN(), 60), sep = pick(['|', '\t', ',']);
  const L = [[pick(['发送时间', 'send_time']), pick(['手机号码', '接收号码', 'mobile']), pick(['短信内容', 'content']), pick(['状态', 'status'])].join(sep)];
  for (let i = 0; i < n; i++) {
    const p = person({ minY: 1955, maxY: 2000 });
    const who = () => (chance(0.75) ? `${nm(d, p)}${pick(['客户', title(p), ''])}` : '客户');
    const body = pick([
      () => `【${ins.short}】尊敬的${who()}，您的保单（尾号${digits(4)}）本期保费${dAmt(d, 300, 30000, 0)}元将于${dDate(d, evDate(), 5)}从您${d.x('masked_card', '尾号' + p.card.no.slice(-4))}的银行卡扣款，请确保余额充足。详询${d.x('hotline', ins.hot)}。`,
      () => `【${ins.short}】尊敬的${who()}，您的理赔申请（赔案号${dx(d, 'claim_no', D.claim)}）已结案，赔款${dAmt(d, 100, 50000, 0)}元已支付，请注意查收。`,
      () => `【${ins.short}】${who()}您好，您的保单将于${dDate(d, evDate(), 5)}到期，回复1办理续保，退订回T。`,
      () => `【${ins.short}】验证码${d.x('verification_code', digits(6))}，您正在办理保全变更，5分钟内有效，切勿告知他人。`,
    ])();
    const cellBody = sep === ',' ? `"${body}"` : body;
    L.push([dx(d, 'timestamp', () => `${fdate(evDate())} ${hms()}`), mob(d, p, 'plain'), cellBody, pick(['成功', '成功', '成功', '失败:空号', '发送中'])].join(sep));
  }
  return L.join('\n');
}

function gTemplate(d) {
  const ins = pick(LIFE.concat(PC)), agent = person({ minY: 1975, maxY: 1998 }), fake = person({});
  const L = [`投保单填写说明（${ins.short} ${yr()}版）`, '',
    `1. 证件号码须完整填写18位，如：${d.dc('cn_resident_id', '11010519491231002X')}；末位为X的请大写。`,
    `2. 手机号码请填写投保人本人实名手机，例如${d.dc('cn_mobile', pick(['13800138000', '13912345678']))}，勿填写业务员号码。`,
    `3. 姓名栏填写示例：${d.dc('person_name_zh', pick(['张三', '李四', '王五']))}；受益人关系填写“子女”，勿写“儿子”。`,
    `4. 续期扣款账户须为投保人本人借记卡，系统回显格式为${dmask.card(d, fake)}。`,
    `5. 回访时客服将核对证件号，系统显示为${dmask.id(d, fake)}，手机显示为${dmask.mob(d, fake)}，姓名显示为${dmask.name(d, fake)}。`,
    `6. 电子邮箱请勿填写公司公共邮箱（如${d.dc('email', `service@${ins.dom}`)}）。`,
    `7. 保单号为${pick(['19', '20', '22'])}位数字（如${dx(d, 'policy_no', D.policy)}），批单号以E开头（如${d.x('endorsement_no', `E${digits(8)}`)}）。`,
    `8. 业务员执业证号示例：${dx(d, 'licence_no', D.licence)}，可在监管平台核验。`, '',
    `如有疑问请联系${nm(d, agent)}（${mob(d, agent)}），或拨打${d.x('hotline', ins.hot)} / ${d.x('hotline400', D.hotline400())}。`];
  return L.join('\n');
}

function gClaimApp(d) {
  const ins = pick(LIFE.concat(PC)), app = person({ minY: 1960, maxY: 1998 });
  const rel = wpick([['本人', 5], ['父母', 2], ['配偶', 2]]);
  const insured = rel === '本人' ? app : rel === '父母' ? person({ minY: 2008, maxY: 2022, sur: app.sur ? [app.sur, app.spy] : null }) : person({ minY: 1960, maxY: 1998 });
  const helper = person({ minY: 1970, maxY: 2000 });
  const c = pick(['：', ':']);
  const L = [`${d.x('company', ins.name)}  ${pick(['理赔申请书', '个人医疗险理赔申请表', '意外险索赔申请书'])}`, `报案号${c}${dx(d, 'report_no', D.report)}`, '',
    `申请人姓名${c}${nm(d, app)}  与被保险人关系${c}${rel}  证件号码${c}${idn(d, app)}`, `手机${c}${mob(d, app, 'r')}  ${chance(0.6) ? `邮箱${c}${eml(d, app)}` : ''}${chance(0.3) ? `  住宅电话${c}${land(d, genLand())}` : ''}`];
  if (insured !== app) L.push(`被保险人姓名${c}${nm(d, insured)}  证件号码${c}${idn(d, insured)}`);
  else L.push(`被保险人${c}同申请人`);
  L.push(`出险时间${c}${dx(d, 'timestamp', () => `${fdate(evDate())} ${hms().slice(0, 5)}`)}  出险地点${c}${addr().replace(/\d+栋.*$/, '')}附近`);
  L.push(`出险经过${c}${pick([() => `下班途中骑电动车摔倒，由同事${nm(d, helper)}送至医院。`, () => `在家中突发胸痛，家属${nm(d, helper)}拨打120送医。`, () => `体检发现异常，经复查确诊为${pick(DIAG)}。`, () => `打篮球时扭伤，当晚由朋友${nm(d, helper)}（电话${mob(d, helper)}）陪同就诊。`])()}`);
  L.push(`就诊医院${c}${d.x('hospital', pick(HOSP))}  住院号${c}${dx(d, 'hospital_no', D.hospNo)}  诊断${c}${pick(DIAG)}`);
  L.push(`发票代码${c}${dx(d, 'invoice_code', D.invoiceCode)}  发票号码${c}${dx(d, 'invoice_no', D.invoiceNo)}  发票金额${c}${dAmt(d, 200, 80000, 1)}`);
  if (chance(0.3)) L.push(`医院电话${c}${orgLand(d, genLand())}`);
  L.push('领款账户（须为被保险人或其法定监护人名下）', `户名${c}${nm(d, app)}  开户行${c}${app.card.bank}  卡号${c}${crd(d, app)}`);
  L.push(`授权：本人授权${ins.short}向相关医疗机构查询被保险人的就诊资料。`, `申请人签名${c}${nm(d, app)}  日期${c}${dDate(d, evDate(), 2)}`);
  return L.join('\n');
}

const KINDS = [['toubaodan', gToubaodan, 24], ['group_csv', (d, i) => gGroup(d, false, i === 0 ? 80 : i === 1 ? 1 : undefined), 24], ['group_tsv', (d, i) => gGroup(d, true, i === 0 ? 80 : undefined), 14],
  ['claim_register', gClaimRegister, 16], ['claim_letter', gClaimLetter, 18], ['renewal_calls', gRenewal, 16], ['agent_roster', gAgentRoster, 14],
  ['auto_quote', gAutoQuote, 18], ['surrender', gSurrender, 14], ['ocr_policy', gOcr, 22], ['wechat', gWechat, 22], ['html_table', gHtml, 12],
  ['md_table', gMd, 12], ['travel_policy', gTravel, 12], ['account_change_mail', gAccountChange, 14], ['json_export', gJson, 12],
  ['sms_log', gSms, 10], ['form_template', gTemplate, 8], ['claim_application', gClaimApp, 16]];

// ---------------------------------------------------------------- per-document validation (retry on failure)
const lc = (s) => s.toLowerCase();
function docProblems(d, raw) {
  const probs = [];
  const text = raw.replace(/[\uE000\uE001]/g, '');
  const rest = raw.replace(/\uE000[^\uE000\uE001]*\uE001/g, BL);
  if (/[\uE000-\uE002]/.test(rest.replace(new RegExp(BL, 'g'), ''))) probs.push('unbalanced sentinel');
  const restN = rest.normalize('NFKC');
  for (const r of d.raws) {
    if (r.det === 'person_name_zh' && r.v.length < 2) continue;
    if (r.det === 'email' ? lc(rest).includes(r.v) : rest.includes(r.raw) || rest.includes(r.v)) probs.push(`stray unlabelled occurrence of ${r.det} ${r.v}`);
  }
  for (const m of restN.matchAll(/\d+X?/g)) {
    const s = m[0];
    if (s.length === 11 && validMobile(s)) probs.push('hidden mobile ' + s);
    if (s.length === 18 && validId(s)) probs.push('hidden id ' + s);
    if (s.length >= 16 && s.length <= 19 && /^(62|4|5[1-5])/.test(s) && luhnOk(s)) probs.push('hidden card ' + s);
  }
  const ents = [...d.E.values()], dcs = [...d.DC.values()];
  for (const x of d.X.values()) {
    if (!text.includes(x.text)) probs.push('decoy not in text ' + x.text);
    for (const e of ents) if (lc(x.text).includes(lc(e.value)) || (e.detector === 'person_name_zh' ? false : x.text.replace(/[\s-]/g, '').includes(e.value))) probs.push(`decoy ${x.text} contains ${e.value}`);
    for (const e of dcs) if (lc(x.text) === lc(e.value)) probs.push('decoy equals dontCare ' + x.text);
  }
  for (const e of d.E.keys()) if (d.DC.has(e)) probs.push('entity also dontCare ' + e);
  return { probs, text };
}

// ---------------------------------------------------------------- generate
const docs = [];
const rawsById = new Map();
let retries = 0;
for (const [kind, fn, count] of KINDS) {
  for (let i = 0; i < count; i++) {
    let ok = null;
    for (let attempt = 0; attempt < 40 && !ok; attempt++) {
      const d = new Doc(kind);
      const raw = fn(d, i);
      const { probs, text } = docProblems(d, raw);
      if (probs.length) { retries++; if (attempt === 39) { console.error(kind, i, probs); process.exit(1); } continue; }
      ok = { d, text };
    }
    const id = `in-${kind}-${i + 1}`;
    docs.push({ id, kind, text: ok.text, entities: [...ok.d.E.values()], dontCare: [...ok.d.DC.values()], decoys: [...ok.d.X.values()] });
    rawsById.set(id, ok.d.raws);
  }
}

// ---------------------------------------------------------------- self-check
const VALID = {
  cn_resident_id: validId, cn_mobile: validMobile, cn_landline: (s) => /^0(10|2[0-57-9])[2-9]\d{7}$/.test(s) || /^0[3-9]\d{2}[2-9]\d{6,7}$/.test(s),
  email: (s) => /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(s), bank_card: (s) => /^\d{16,19}$/.test(s) && luhnOk(s), cn_uscc: validUscc,
  cn_passport: (s) => /^(E[A-HJ-NP-Z]\d{7}|E\d{8}|G\d{8}|[DSP]E\d{7})$/.test(s),
  person_name_zh: (s) => /^[\u4e00-\u9fa5]{1,4}$|^[\u4e00-\u9fa5]{2,8}·[\u4e00-\u9fa5]{2,8}$/.test(s),
};
const fail = [];
const seenIds = new Set();
const perDet = {}, dcDet = {}, perKind = {}, decKind = {};
let nEnt = 0, nDec = 0, nDc = 0;
for (const doc of docs) {
  if (seenIds.has(doc.id)) fail.push('duplicate id ' + doc.id); seenIds.add(doc.id);
  perKind[doc.kind] = (perKind[doc.kind] || 0) + 1;
  const raws = rawsById.get(doc.id);
  const ekeys = new Set(), dkeys = new Set();
  for (const [list, keys, isEnt] of [[doc.entities, ekeys, true], [doc.dontCare, dkeys, false]]) {
    for (const l of list) {
      const k = l.detector + '|' + l.value;
      if (keys.has(k)) fail.push(`${doc.id}: duplicate label ${k}`); keys.add(k);
      const valid = VALID[l.detector];
      if (!valid) { fail.push(`${doc.id}: unknown detector ${l.detector}`); continue; }
      if (!valid(l.value) && !(l.detector === 'person_name_zh' && !isEnt && /^[\u4e00-\u9fa5]{1,2}$/.test(l.value))) fail.push(`${doc.id}: invalid ${l.detector} value ${l.value}`);
      if (l.detector === 'bank_card' && validId(l.value)) fail.push(`${doc.id}: card ${l.value} also reads as a resident ID`);
      if (isEnt && l.detector === 'person_name_zh' && l.value.length < 2) fail.push(`${doc.id}: one-char name entity ${l.value}`);
      if (!raws.some((r) => r.det === l.detector && r.v === l.value && norm(r.det, r.raw) === l.value && doc.text.includes(r.raw))) fail.push(`${doc.id}: raw form of ${k} not in text`);
      if (isEnt) { perDet[l.detector] = (perDet[l.detector] || 0) + 1; nEnt++; } else { dcDet[l.detector] = (dcDet[l.detector] || 0) + 1; nDc++; }
    }
  }
  for (const k of ekeys) if (dkeys.has(k)) fail.push(`${doc.id}: ${k} both entity and dontCare`);
  const allVals = [...doc.entities, ...doc.dontCare].map((l) => lc(l.value));
  const seenDec = new Set();
  for (const x of doc.decoys) {
    if (seenDec.has(x.text)) fail.push(`${doc.id}: duplicate decoy ${x.text}`); seenDec.add(x.text);
    if (!doc.text.includes(x.text)) fail.push(`${doc.id}: decoy not in text ${x.text}`);
    for (const e of doc.entities) if (lc(x.text).includes(lc(e.value))) fail.push(`${doc.id}: decoy ${x.text} contains entity ${e.value}`);
    if (allVals.includes(lc(x.text))) fail.push(`${doc.id}: decoy ${x.text} equals a label`);
    decKind[x.kind] = (decKind[x.kind] || 0) + 1; nDec++;
  }
}
if (docs.length < 250) fail.push(`only ${docs.length} documents`);
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((perDet[det] || 0) < 300) fail.push(`only ${perDet[det] || 0} ${det} entities`);
if (nDec < nEnt) fail.push(`decoys ${nDec} < entities ${nEnt}`);

writeFileSync(OUT, docs.map((o) => JSON.stringify(o)).join('\n') + '\n');
const fmtObj = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k.padEnd(22)} ${v}`).join('\n');
console.log(`wrote ${docs.length} documents to ${OUT} (${retries} regenerated drafts)`);
console.log('documents per kind:\n' + fmtObj(perKind));
console.log(`entity labels per detector (total ${nEnt}):\n` + fmtObj(perDet));
console.log(`dontCare labels per detector (total ${nDc}):\n` + fmtObj(dcDet));
console.log(`decoys per kind (total ${nDec}):\n` + fmtObj(decKind));
if (fail.length) { console.error(`SELF-CHECK FAILED (${fail.length}):\n` + fail.slice(0, 40).join('\n')); process.exit(1); }
console.log('self-check: OK');
