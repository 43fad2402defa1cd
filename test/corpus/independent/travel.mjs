#!/usr/bin/env node
/*
 * Theme: "travel" (id prefix `tv`) — labelled JSONL test corpus for a Chinese
 * data-loss-prevention detector (listguard). Documents are what staff of travel
 * agencies, airlines, hotels, rail, car-rental, scenic spots, event organisers,
 * cruise lines and travel insurers would leak: 团队名单 / 出团通知, 机票订单导出,
 * PNR text, 酒店入住登记, OTA (携程/美团/飞猪) exports, 签证材料, 12306 orders,
 * 租车订单, 实名预约, 会议/展会报名, 研学名单, 邮轮 manifests, 团体保险, 导游花名册,
 * 接送机表, mail threads, chat logs, refund and payment lists …
 *
 * Usage:   node travel.mjs OUT.jsonl
 * Output:  one JSON object per line:
 *   {"id":"tv-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must NOT be reported under any detector
 * Normalisation of values: cn_resident_id 18 chars upper-case X; cn_mobile 11 digits
 *   (no +86); cn_landline digits incl. leading 0 + area code; email lower-case;
 *   bank_card digits only; cn_passport upper-case; cn_uscc 18 chars upper-case;
 *   person_name_zh as written without spaces/padding/titles/pinyin.
 * Deterministic (own mulberry32 PRNG, fixed seed), all data synthetic, valid
 * check digits (GB 11643 MOD 11-2, Luhn, GB 32100 + GB 11714). Ends with a
 * self-check (exit 1 on failure) and prints a summary.
 *
 * Written in session 24 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

const OUT = process.argv[2] || 'travel.jsonl';
const PREFIX = 'tv';

// ---------------------------------------------------------------- PRNG
let S = 0x24c0ffee;
function rand() {
  S = (S + 0x6d2b79f5) | 0;
  let t = Math.imul(S ^ (S >>> 15), 1 | S);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const ri = (a, b) => a + Math.floor(rand() * (b - a + 1));
const pick = (a) => a[Math.floor(rand() * a.length)];
const chance = (p) => rand() < p;
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const pad = (n, w) => String(n).padStart(w, '0');
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = ri(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; }
function wpick(pairs) { let s = 0; for (const [, w] of pairs) s += w; let r = rand() * s; for (const [v, w] of pairs) { if ((r -= w) < 0) return v; } return pairs[pairs.length - 1][0]; }
const toFW = (s) => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const nfkc = (s) => s.normalize('NFKC');
function rows() { return wpick([[() => ri(1, 5), 40], [() => ri(6, 20), 35], [() => ri(21, 50), 20], [() => ri(51, 80), 5]])(); }

// ---------------------------------------------------------------- dates
const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
function rdate(y0, y1) { const y = ri(y0, y1), m = ri(1, 12); return { y, m, d: ri(1, daysIn(y, m)) }; }
function addDays(t, n) { const x = new Date(Date.UTC(t.y, t.m - 1, t.d + n)); return { y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() }; }
const MON = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const ymd = (t, sep = '-') => `${t.y}${sep}${pad(t.m, 2)}${sep}${pad(t.d, 2)}`;
function fdate(t, st) {
  st ??= ri(0, 4);
  return [ymd(t), `${t.y}/${t.m}/${t.d}`, `${t.y}年${t.m}月${t.d}日`, ymd(t, '.'), `${pad(t.d, 2)}${MON[t.m - 1]}${String(t.y).slice(2)}`][st];
}
const hm = () => `${pad(ri(5, 23), 2)}:${pad(ri(0, 59), 2)}`;
const dtime = (t) => `${ymd(t)} ${hm()}${chance(0.5) ? ':' + pad(ri(0, 59), 2) : ''}`;
const trip = () => rdate(2024, 2025);
const WEEK = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const weekday = (t) => WEEK[new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay()];

// ---------------------------------------------------------------- resident ID (GB 11643)
const REGIONS = [ // [code, retired-before-2010]
  ['110101'], ['110102'], ['110105'], ['110108'], ['110103', 1], ['110104', 1], ['120101'], ['120104'], ['130102'], ['130104'],
  ['140105'], ['150102'], ['210102'], ['210202'], ['220102'], ['230102'], ['310101'], ['310104'], ['310105'], ['310115'],
  ['320102'], ['320106'], ['320583'], ['321002'], ['330102'], ['330106'], ['330203'], ['330782'], ['340104'], ['350102'],
  ['350203'], ['360102'], ['370102'], ['370202'], ['370112'], ['410105'], ['420106'], ['420111'], ['430104'], ['440103'],
  ['440106'], ['440304'], ['440305'], ['450103'], ['460105'], ['500103'], ['510104'], ['510107'], ['520102'], ['530102'],
  ['540102'], ['610103'], ['620102'], ['630102'], ['640104'], ['650102'], ['410302'], ['430602'], ['360403'], ['522601'],
];
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b) { let s = 0; for (let i = 0; i < 17; i++) s += +b[i] * IDW[i]; return '10X98765432'[s % 11]; }
function genId(b, male) {
  let r; do r = pick(REGIONS); while (r[1] && b.y >= 2010);
  const body = r[0] + ymd(b, '') + pad(ri(0, 99), 2) + (male ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]));
  return body + idCheck(body);
}
function validId(v) {
  if (!/^\d{17}[\dX]$/.test(v) || idCheck(v) !== v[17]) return false;
  if (!REGIONS.some((r) => r[0] === v.slice(0, 6))) return false;
  const y = +v.slice(6, 10), m = +v.slice(10, 12), d = +v.slice(12, 14);
  return y >= 1900 && y <= 2025 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
}

// ---------------------------------------------------------------- mobiles
const MOB_PREFIX = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '145', '147', '150', '151', '152', '153',
  '155', '156', '157', '158', '159', '162', '165', '166', '167', '172', '173', '175', '176', '177', '178', '180', '181', '182',
  '183', '184', '185', '186', '187', '188', '189', '190', '191', '192', '193', '195', '196', '197', '198', '199'];
const MOB_RE = /^1(3\d|4[57]|5[0-35-9]|6[2567]|7[0-35-8]|8\d|9[0-35-9])\d{8}$/;
function genMobile() { let m; do m = pick(MOB_PREFIX) + digits(8); while (/^(13800138000|13912345678|18888888888)$/.test(m)); return m; }
const MOBF = [
  [(m) => m, 70], [(m) => `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`, 7], [(m) => `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`, 6],
  [(m) => `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`, 3], [(m) => `+86${m}`, 4], [(m) => `+86-${m}`, 3], [(m) => `0086 ${m}`, 2],
  [(m) => `(+86)${m}`, 2], [(m) => toFW(m), 1.5], [(m) => `86-${m}`, 1.5],
];
const fmtMobile = (m) => wpick(MOBF)(m);

// ---------------------------------------------------------------- bank cards (Luhn)
const IINS = [['622202', 19], ['622208', 19], ['621226', 19], ['622848', 19], ['621700', 19], ['623668', 19], ['621661', 19],
  ['622588', 16], ['621483', 16], ['622260', 19], ['625905', 16], ['622155', 16], ['628288', 16], ['623058', 19], ['621799', 19],
  ['438088', 16], ['524047', 16], ['518710', 16], ['622609', 16], ['620522', 19], ['621098', 19]];
const BANKS = ['中国工商银行', '中国建设银行', '中国农业银行', '中国银行', '招商银行', '交通银行', '中国邮政储蓄银行', '浦发银行', '兴业银行', '中信银行', '平安银行'];
function luhnOk(s) { let sum = 0; for (let i = 0; i < s.length; i++) { let x = +s[s.length - 1 - i]; if (i % 2) { x *= 2; if (x > 9) x -= 9; } sum += x; } return sum % 10 === 0; }
function genCard() {
  const [iin, len] = pick(IINS); const b = iin + digits(len - iin.length - 1);
  for (let c = 0; c < 10; c++) if (luhnOk(b + c)) return b + c;
}
function fmtCard(c) {
  const r = rand();
  if (r < 0.58) return c;
  const g = c.match(/.{1,4}/g);
  return r < 0.9 ? g.join(' ') : g.join('-');
}

// ---------------------------------------------------------------- USCC (GB 32100 + GB 11714)
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const OW = [3, 7, 9, 10, 5, 8, 4, 2];
const USCC_REG = ['110105', '110108', '110101', '310101', '310104', '310115', '310000', '440106', '440304', '440305', '440300',
  '330106', '330100', '320102', '510104', '420106', '610103', '460100', '530102', '350203'];
function orgCheck(b8) { let s = 0; for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * OW[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(b17[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; }
function genUscc() {
  const head = wpick([['91', 80], ['92', 5], ['12', 5], ['52', 5], ['93', 2]]);
  const body = chance(0.6) ? 'MA' + Array.from({ length: 6 }, () => pick(UA.split(''))).join('') : digits(8);
  const b17 = head + pick(USCC_REG) + body + orgCheck(body);
  return b17 + usccCheck(b17);
}
const validUscc = (v) => /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v) && usccCheck(v.slice(0, 17)) === v[17] && orgCheck(v.slice(8, 16)) === v[16];

// ---------------------------------------------------------------- passports, permits
const PPL = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
function genPassport() { return wpick([[() => 'E' + digits(8), 36], [() => 'E' + pick(PPL.split('')) + digits(7), 58], [() => 'G' + digits(8), 2]])(); }
const PP_RE = /^(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}|[DSP]E\d{7})$/;

// ---------------------------------------------------------------- landlines
const AREAS = [['010', 8, '北京'], ['021', 8, '上海'], ['020', 8, '广州'], ['022', 8, '天津'], ['023', 8, '重庆'], ['025', 8, '南京'], ['027', 8, '武汉'],
  ['028', 8, '成都'], ['029', 8, '西安'], ['0755', 8, '深圳'], ['0571', 8, '杭州'], ['0574', 8, '宁波'], ['0898', 8, '三亚'], ['0532', 8, '青岛'],
  ['0591', 8, '福州'], ['0512', 8, '苏州'], ['0731', 8, '长沙'], ['0931', 7, '兰州'], ['0592', 7, '厦门'], ['0891', 7, '拉萨']];
function genLand() { const [ac, n] = pick(AREAS); return [ac, ri(2, 8) + digits(n - 1)]; }
function fmtLand(ac, sub) {
  const h = sub.length === 8 ? `${sub.slice(0, 4)} ${sub.slice(4)}` : `${sub.slice(0, 3)} ${sub.slice(3)}`;
  return wpick([[`${ac}-${sub}`, 40], [`${ac} ${sub}`, 10], [`(${ac})${sub}`, 10], [`（${ac}）${sub}`, 6], [`${ac}-${h}`, 10],
    [`+86 ${ac.slice(1)} ${h}`, 6], [`+86-${ac.slice(1)}-${sub}`, 5], [`${ac}${sub}`, 8]]);
}

// ---------------------------------------------------------------- names
const SUR = '王WANG 李LI 张ZHANG 刘LIU 陈CHEN 杨YANG 黄HUANG 赵ZHAO 吴WU 周ZHOU 徐XU 孙SUN 马MA 朱ZHU 胡HU 郭GUO 何HE 高GAO 林LIN 罗LUO 郑ZHENG 梁LIANG 谢XIE 宋SONG 唐TANG 许XU 韩HAN 冯FENG 邓DENG 曹CAO 彭PENG 曾ZENG 肖XIAO 田TIAN 董DONG 袁YUAN 潘PAN 于YU 蒋JIANG 蔡CAI 余YU 杜DU 叶YE 程CHENG 苏SU 魏WEI 吕LV 丁DING 任REN 沈SHEN 姚YAO 卢LU 姜JIANG 崔CUI 钟ZHONG 谭TAN 陆LU 汪WANG 范FAN 金JIN 石SHI 廖LIAO 贾JIA 夏XIA 韦WEI 付FU 方FANG 白BAI 邹ZOU 孟MENG 熊XIONG 秦QIN 邱QIU 江JIANG 尹YIN 薛XUE 闫YAN 段DUAN 雷LEI 侯HOU 龙LONG 史SHI 陶TAO 黎LI 贺HE 顾GU 毛MAO 郝HAO 龚GONG 邵SHAO 万WAN 钱QIAN 严YAN 覃QIN 武WU 戴DAI 莫MO 孔KONG 向XIANG 汤TANG'
  .split(' ').map((x) => [x[0], x.slice(1)]);
const COMPOUND = '欧阳OUYANG 上官SHANGGUAN 司马SIMA 诸葛ZHUGE 司徒SITU 皇甫HUANGFU 令狐LINGHU 慕容MURONG 夏侯XIAHOU 尉迟YUCHI'.split(' ').map((x) => [x.slice(0, 2), x.slice(2)]);
const GIV = '伟WEI 芳FANG 娜NA 敏MIN 静JING 丽LI 强QIANG 磊LEI 军JUN 洋YANG 勇YONG 艳YAN 杰JIE 娟JUAN 涛TAO 明MING 超CHAO 秀XIU 霞XIA 平PING 刚GANG 桂GUI 英YING 华HUA 玉YU 兰LAN 萍PING 红HONG 鹏PENG 辉HUI 建JIAN 国GUO 文WEN 海HAI 宇YU 浩HAO 晨CHEN 欣XIN 怡YI 梓ZI 涵HAN 轩XUAN 子ZI 雨YU 思SI 佳JIA 嘉JIA 俊JUN 博BO 昊HAO 晓XIAO 志ZHI 云YUN 婷TING 雪XUE 琳LIN 慧HUI 颖YING 倩QIAN 宁NING 斌BIN 飞FEI 凯KAI 亮LIANG 琪QI 瑶YAO 一YI 诺NUO 泽ZE 睿RUI 铭MING 鑫XIN 淑SHU 凤FENG 春CHUN 梅MEI 立LI 永YONG 德DE 成CHENG 光GUANG 荣RONG 秋QIU 冬DONG 帆FAN 可KE 然RAN 悦YUE 彤TONG 诗SHI 雅YA 振ZHEN 松SONG 健JIAN 婉WAN 露LU 晶JING 丹DAN'
  .split(' ').map((x) => [x[0], x.slice(1)]);
const MINORITY = [['买买提·艾力', 'MAIMAITI', 'AILI'], ['阿依古丽·吐尔逊', 'AYIGULI', 'TUERXUN'], ['艾尔肯·吐尔洪', 'AIERKEN', 'TUERHONG'],
  ['热依拉·阿不都', 'REYILA', 'ABUDU'], ['迪丽娜尔·艾合买提', 'DILINAER', 'AIHEMAITI'], ['次仁卓玛', 'CIREN', 'ZHUOMA'], ['扎西顿珠', 'ZHAXI', 'DUNZHU'],
  ['巴特尔', 'BATEER', ''], ['其其格', 'QIQIGE', ''], ['古丽米拉·买买提', 'GULIMILA', 'MAIMAITI']];
const MAILDOM = [['qq.com', 14], ['163.com', 14], ['126.com', 6], ['sina.com', 4], ['foxmail.com', 4], ['outlook.com', 4], ['gmail.com', 4], ['hotmail.com', 3],
  ['yeah.net', 2], ['sohu.com', 2], ['aliyun.com', 2], ['icloud.com', 3], ['139.com', 3], ['189.cn', 1]];

let PSEQ = 0;
function person(o = {}) {
  const male = o.male ?? chance(0.5);
  let name, sur, giv;
  if (chance(0.03)) { const m = pick(MINORITY); [name, sur, giv] = m; }
  else {
    const s = chance(0.02) ? pick(COMPOUND) : SUR[Math.floor(SUR.length * rand() ** 2)];
    const g = [pick(GIV)]; if (chance(0.78)) g.push(chance(0.06) ? g[0] : pick(GIV));
    name = s[0] + g.map((x) => x[0]).join(''); sur = s[1]; giv = g.map((x) => x[1]).join('');
  }
  const birth = o.birth ?? rdate(o.y0 ?? 1955, o.y1 ?? 2003);
  const p = { name, sur, giv, male, birth, id: genId(birth, male), mobile: genMobile(), passport: genPassport(), card: genCard(), n: ++PSEQ };
  if (p.passport[0] === 'G' && birth.y > 2008) p.passport = 'E' + digits(8);
  p.ppIssue = p.passport[0] === 'G' ? rdate(Math.max(2004, birth.y + 1), 2011) : rdate(Math.max(2016, birth.y + 1), 2024); p.ppExp = addDays({ ...p.ppIssue, y: p.ppIssue.y + (birth.y > 2008 ? 5 : 10) }, -1);
  p.email = genEmail(p);
  return p;
}
function genEmail(p) {
  const s = p.sur.toLowerCase(), g = p.giv.toLowerCase(), yy = String(p.birth.y).slice(2), dom = wpick(MAILDOM);
  if (dom === '139.com' || dom === '189.cn') return { addr: `${p.mobile}@${dom}`, inner: p.mobile };
  if (dom === 'qq.com' && chance(0.6)) return { addr: `${ri(1, 9)}${digits(ri(5, 9))}@qq.com` };
  if (!g) return { addr: `${s}${ri(10, 9999)}@${dom}` };
  const loc = pick([`${s}${g}`, `${s}${g}${ri(1, 999)}`, `${g}.${s}`, `${s}_${g}${yy}`, `${s[0]}${g}${p.birth.y}`, `${s}${g}${pad(p.birth.m, 2)}${pad(p.birth.d, 2)}`,
    `${g}${s}${yy}`, `${s}.${g}`, `${(s + g).slice(0, 6)}${ri(10, 99)}`]) || 'user' + ri(100, 999);
  return { addr: `${loc}@${dom}` };
}
function pyName(p) {
  const S = p.sur.toUpperCase(), G = p.giv.toUpperCase();
  if (!G) return S;
  return pick([`${S} ${G}`, `${S}/${G}`, `${S[0]}${S.slice(1).toLowerCase()} ${G[0]}${G.slice(1).toLowerCase()}`, `${S}${G}`, `${S},${G}`]);
}
const maskName = (n) => { const c = [...n]; return c.length === 2 ? c[0] + '*' : c.length === 3 ? c[0] + '*' + c[2] : c[0] + '*'.repeat(c.length - 2) + c[c.length - 1]; };
const maskMob = (m) => pick([m.slice(0, 3) + '****' + m.slice(7), m.slice(0, 3) + '****' + m.slice(7), m.slice(0, 3) + 'xxxx' + m.slice(7), m.slice(0, 3) + '*****' + m.slice(8)]);
const maskId = (v) => pick([v.slice(0, 4) + '**********' + v.slice(14), v.slice(0, 6) + '********' + v.slice(14), v.slice(0, 3) + '***********' + v.slice(14), v.slice(0, 1) + '****************' + v.slice(17)]);
const maskCard = (c) => pick([`${c.slice(0, 4)} **** **** ${c.slice(-4)}`, `**** **** **** ${c.slice(-4)}`, `${c.slice(0, 6)}******${c.slice(-4)}`, `尾号${c.slice(-4)}`]);
const maskPp = (v) => v[0] + '*****' + v.slice(-3);

// ---------------------------------------------------------------- travel vocabulary & decoy makers
const CARRIERS = [['CA', '999', '中国国际航空'], ['MU', '781', '东方航空'], ['CZ', '784', '南方航空'], ['HU', '880', '海南航空'], ['3U', '876', '四川航空'],
  ['ZH', '479', '深圳航空'], ['MF', '731', '厦门航空'], ['9C', '089', '春秋航空'], ['HO', '018', '吉祥航空']];
const AIRPORTS = [['PEK', '北京首都'], ['PKX', '北京大兴'], ['PVG', '上海浦东'], ['SHA', '上海虹桥'], ['CAN', '广州白云'], ['SZX', '深圳宝安'], ['CTU', '成都天府'],
  ['HGH', '杭州萧山'], ['XIY', '西安咸阳'], ['KMG', '昆明长水'], ['SYX', '三亚凤凰'], ['DLC', '大连周水子'], ['DYG', '张家界荷花'], ['LJG', '丽江三义']];
const INTL_AP = [['NRT', '东京成田'], ['KIX', '大阪关西'], ['ICN', '首尔仁川'], ['BKK', '曼谷素万那普'], ['CDG', '巴黎戴高乐'], ['SIN', '新加坡樟宜'], ['LHR', '伦敦希思罗'],
  ['FCO', '罗马菲乌米奇诺'], ['DXB', '迪拜'], ['SYD', '悉尼'], ['ZRH', '苏黎世'], ['MLE', '马累']];
const flightNo = (c) => (c || pick(CARRIERS))[0] + ri(101, 9899);
const ticketNo = (c) => { const code = (c || pick(CARRIERS))[1]; const t = digits(10); return chance(0.5) ? `${code}-${t}` : code + t; };
const PNRC = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const pnrCode = () => { let s; do s = Array.from({ length: 6 }, () => pick(PNRC.split(''))).join(''); while (!/[A-Z]/.test(s) || !/^[A-Z]/.test(s)); return s; };
const STATIONS = ['北京南', '上海虹桥', '广州南', '深圳北', '杭州东', '南京南', '武汉', '长沙南', '成都东', '西安北', '郑州东', '厦门北', '桂林北', '昆明南', '张家界西', '黄山北', '青岛北', '重庆北'];
const trainNo = () => pick(['G', 'G', 'G', 'D', 'C', 'K', 'T', 'Z']) + ri(1, pick([99, 999, 2999]));
const seatNo = () => `${pad(ri(1, 16), 2)}车${pad(ri(1, 22), 2)}${pick('ABCDF'.split(''))}号`;
const roomNo = () => pick([`${ri(2, 28)}${pad(ri(1, 40), 2)}`, `${pick(['A', 'B', 'C'])}${ri(2, 18)}${pad(ri(1, 30), 2)}`, `${ri(1, 9)}${pad(ri(1, 60), 3)}`]);
const orderNo = (t) => { t = t || trip(); return pick([`${ymd(t, '')}${digits(ri(8, 11))}`, `${String(t.y).slice(2)}${pad(t.m, 2)}${pad(t.d, 2)}${digits(ri(8, 10))}`, `1${pick(['7', '8'])}${digits(17)}`, `${pick(['TR', 'OD', 'HT', 'JP', 'SO'])}${ymd(t, '')}${digits(ri(4, 6))}`]); };
const groupCode = (t) => `${pick(['SH', 'BJ', 'GZ', 'HZ', 'CD', 'SZ', 'NJ', 'XA'])}${pick(['-', ''])}${pick(['EU', 'JP', 'TH', 'ZJJ', 'YN', 'HN', 'XJ', 'AU', 'KR', 'SG'])}${String(t.y).slice(2)}${pad(t.m, 2)}${pad(t.d, 2)}${pick(['A', 'B', 'C', '01', '02', ''])}`;
const HOTLINES = [['400-820-' + pad(ri(0, 9999), 4), '400'], ['95539', '95'], ['95583', '95'], ['95530', '95'], ['12306', '12306'], ['95010', '95'], ['12301', '12301'],
  ['10107888', 'platform'], ['95500', '95'], ['95518', '95'], ['400-' + ri(600, 899) + '-' + pad(ri(0, 9999), 4), '400']];
const hotline = () => { const h = pick(HOTLINES); return h[0].startsWith('400-820-') ? '400-820-' + pad(ri(0, 9999), 4) : h[0]; };
const memberNo = () => pick([`${pick(['CA', 'MU', 'CZ', 'HU'])}${digits(ri(9, 12))}`, `${ri(2, 8)}${digits(ri(9, 11))}`, `${pick(['M', 'V', 'GD'])}${digits(8)}`]);
const ORGS = [ // [name, mail domain, region tag, licence]
  ['上海春申国际旅行社有限公司', 'chunshen-travel.com', 'SH'], ['北京京华假期旅行社有限公司', 'jinghua-holiday.cn', 'BJ'], ['广州羊城之旅国际旅行社有限公司', 'yczl-travel.com', 'GD'],
  ['杭州西子湖国际旅游有限公司', 'xizihu-tour.com', 'ZJ'], ['成都锦官城旅行社有限责任公司', 'jgc-travel.cn', 'SC'], ['深圳鹏程假日国际旅行社有限公司', 'pcholiday.com.cn', 'GD'],
  ['南京金陵行旅行社有限公司', 'jlx-travel.com', 'JS'], ['西安长安游国际旅行社有限公司', 'cay-travel.cn', 'SN'], ['厦门鹭岛假期旅行社有限公司', 'ludao-trip.com', 'FJ'],
  ['昆明彩云之旅国际旅行社有限公司', 'caiyun-tour.cn', 'YN']];
function agency() { const o = pick(ORGS); const [ac, sub] = genLand(); return { name: o[0], dom: o[1], uscc: genUscc(), ac, sub, lic: `L-${o[2]}-${pick(['CJ', 'GJ', '1'])}${pad(ri(1, 999), 5)}` }; }
const OUT_ROUTES = ['日本本州经典6晚7日', '法瑞意德12日深度游', '泰国曼谷芭提雅6日', '新加坡马来西亚7日', '韩国首尔济州5日', '马尔代夫双岛8日', '澳新14日', '迪拜阿布扎比6日', '英国全景10日', '香港澳门4日'];
const DOM_ROUTES = ['张家界凤凰古城双飞5日', '云南昆大丽6日', '黄山宏村3日', '海南三亚5日自由行', '新疆伊犁环线9日', '西安兵马俑华山4日', '桂林阳朔4日', '九寨沟黄龙5日', '周庄乌镇西塘3日', '北京故宫长城5日'];
const HOTELS = ['杭州西湖畔酒店', '三亚湾海景度假酒店', '成都春熙路全季酒店', '上海外滩华尔道夫', '北京王府井希尔顿酒店', '丽江古城花间堂', '张家界京武铂尔曼酒店', '西安钟楼亚朵酒店', '厦门鼓浪屿海上花园酒店', '黄山雨润涵月楼酒店'];
const ROOMTYPES = ['高级大床房', '豪华双床房', '行政大床房', '海景套房', '标准间', '家庭房', '商务双床房'];

// ---------------------------------------------------------------- document model
const NORM = {
  person_name_zh: (r) => r.replace(/[\s\u3000]/g, ''),
  cn_mobile: (r) => { let s = nfkc(r).replace(/\D/g, ''); if (s.length === 15 && s.startsWith('0086')) s = s.slice(4); else if (s.length === 13 && s.startsWith('86')) s = s.slice(2); else if (s.length === 12 && s[0] === '0') s = s.slice(1); return s; },
  cn_resident_id: (r) => { const s = nfkc(r).replace(/[\s-]/g, '').toUpperCase(); if (!/^\d{15}$/.test(s)) return s; const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheck(b); },
  bank_card: (r) => nfkc(r).replace(/\D/g, ''),
  email: (r) => nfkc(r).toLowerCase(),
  cn_passport: (r) => nfkc(r).replace(/\s/g, '').toUpperCase(),
  cn_uscc: (r) => nfkc(r).replace(/[\s-]/g, '').toUpperCase(),
  cn_landline: (r) => { const n = nfkc(r); const s = n.replace(/\D/g, ''); return /^\s*\+86/.test(n) ? '0' + s.slice(2) : /^\s*0086/.test(n) ? '0' + s.slice(4) : s; },
};
const VALID = {
  person_name_zh: (v, dc) => (dc ? /^[\u4e00-\u9fa5·]{1,16}$/ : /^[\u4e00-\u9fa5·]{2,16}$/).test(v),
  cn_mobile: (v) => MOB_RE.test(v),
  cn_resident_id: (v) => validId(v),
  bank_card: (v, dc) => (dc ? /^\d{10,30}$/.test(v) : /^\d{16,19}$/.test(v) && luhnOk(v)),
  email: (v) => /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(v),
  cn_passport: (v, dc) => (dc ? /^[A-Z0-9]{6,12}$/.test(v) : PP_RE.test(v)),
  cn_uscc: (v) => validUscc(v),
  cn_landline: (v) => /^0(10\d{8}|2[0-57-9]\d{8}|[3-9]\d{9,10})$/.test(v),
};
class Doc {
  constructor(kind) { this.kind = kind; this.E = new Map(); this.DC = new Map(); this.X = new Map(); this.raws = []; this.style = ''; this.maskM = chance(0.2); this.maskI = chance(0.15); }
  mobL(m) { return this.maskM ? this.mMob(m) : this.mob(m); }
  idL(v) { return this.maskI ? this.mId(v) : this.id(v); }
  _add(map, det, raw, val) {
    raw = String(raw); val ??= NORM[det](raw);
    const k = det + '|' + val; if (!map.has(k)) map.set(k, { detector: det, value: val });
    this.raws.push({ det, raw, val, ent: map === this.E }); return raw;
  }
  e(det, raw, val) { return this._add(this.E, det, raw, val); }
  dc(det, raw, val) { return this._add(this.DC, det, raw, val); }
  x(kind, text) { text = String(text); const k = kind + '|' + text; if (!this.X.has(k)) this.X.set(k, { kind, text }); return text; }
  name(p) {
    let raw = p.name;
    if (this.style === 'space' && [...raw].length === 2 && chance(0.6)) raw = raw[0] + pick(['　', '  ', ' ']) + raw[1];
    return this.e('person_name_zh', raw);
  }
  mob(m) { return this.e('cn_mobile', fmtMobile(m)); }
  mobPlain(m) { return this.e('cn_mobile', m); }
  id(v) {
    const r = rand(); let raw = v;
    if (v.endsWith('X') && r < 0.35) raw = v.slice(0, 17) + 'x';
    else if (r < 0.03) raw = `${v.slice(0, 6)} ${v.slice(6, 14)} ${v.slice(14)}`;
    else if (r < 0.04) raw = toFW(v);
    return this.e('cn_resident_id', raw);
  }
  card(c) { return this.e('bank_card', fmtCard(c)); }
  pp(v) { return this.e('cn_passport', chance(0.04) ? v.toLowerCase() : v); }
  mail(p) {
    const m = p.email; let raw = m.addr;
    if (!m.inner && chance(0.08)) { const [lp, dm] = raw.split('@'); raw = lp.replace(/^[a-z]/, (c) => c.toUpperCase()).replace(/([._])([a-z])/, (a, b, c) => b + c.toUpperCase()) + '@' + (chance(0.2) ? dm.toUpperCase() : dm); }
    if (chance(0.01)) raw = raw.replace('@', '＠');
    if (m.inner) this.e('cn_mobile', m.inner);
    return this.e('email', raw);
  }
  tel(ac, sub, org) { const raw = fmtLand(ac, sub); return org ? this.dc('cn_landline', raw, ac + sub) : this.e('cn_landline', raw, ac + sub); }
  uscc(v) { return this.e('cn_uscc', chance(0.04) ? v.toLowerCase() : v); }
  mName(p) { return this.x('masked_name', maskName(p.name)); }
  mMob(m) { return this.x('masked_mobile', maskMob(m)); }
  mId(v) { return this.x('masked_id', maskId(v)); }
  mCard(c) { return this.x('masked_card', maskCard(c)); }
}

// ---------------------------------------------------------------- tables
function cols(spec) {
  let cs = spec.filter((c) => c && (c.p === undefined || chance(c.p))).map((c) => ({ h: Array.isArray(c.h) ? pick(c.h) : c.h, f: c.f, fixed: c.fixed }));
  const r = rand();
  if (r < 0.3) { const fx = cs.filter((c) => c.fixed); cs = [...fx, ...shuffle(cs.filter((c) => !c.fixed))]; }
  else if (r < 0.65) for (let k = 0; k < 2; k++) { const i = ri(0, cs.length - 2); if (!cs[i].fixed && !cs[i + 1].fixed) [cs[i], cs[i + 1]] = [cs[i + 1], cs[i]]; }
  return cs;
}
const dw = (s) => [...s].reduce((a, c) => a + (/[\u2E80-\uFFEF]/.test(c) ? 2 : 1), 0);
function table(d, cs, items, style) {
  style ??= wpick([['csv', 25], ['tsv', 16], ['pipe', 14], ['space', 15], ['kv', 11], ['json', 8], ['semi', 5], ['bar', 6]]);
  d.style = style;
  const head = cs.map((c) => c.h);
  const body = items.map((it, i) => cs.map((c) => String(c.f(it, i) ?? '')));
  d.style = '';
  const q = (v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  switch (style) {
    case 'csv': return [head, ...body].map((r) => r.map(q).join(',')).join('\n');
    case 'tsv': return [head, ...body].map((r) => r.join('\t')).join('\n');
    case 'semi': { const sc = pick([';', '；']); return [head, ...body].map((r) => r.join(sc)).join('\n'); }
    case 'bar': return [head, ...body].map((r) => r.join(' | ')).join('\n');
    case 'pipe': return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
    case 'space': {
      const w = head.map((h, i) => Math.max(dw(h), ...body.map((r) => dw(r[i]))));
      return [head, ...body].map((r) => r.map((v, i) => v + ' '.repeat(w[i] - dw(v) + 2)).join('').trimEnd()).join('\n');
    }
    case 'kv': { const sep = pick(['，', '  ', '; ', '\n']), colon = pick(['：', ': ', ':']);
      return body.map((r, i) => `${pick(['', `【${i + 1}】`, `${i + 1}. `])}` + r.map((v, j) => `${head[j]}${colon}${v}`).join(sep)).join(sep === '\n' ? '\n\n' : '\n'); }
    case 'json': return body.map((r) => JSON.stringify(Object.fromEntries(r.map((v, j) => [head[j], v])))).join('\n');
  }
}
function sys(d, t) {
  return [
    { h: ['记录ID', 'ID', 'rowid', '流水ID'], f: () => d.x('record_id', pick([`1${pick(['7', '8'])}${digits(17)}`, `${ri(1, 9)}${digits(ri(7, 9))}`, `R${digits(10)}`])), p: 0.7 },
    { h: ['创建时间', '录入时间', 'create_time'], f: () => d.x('datetime', `${ymd(addDays(t, -ri(1, 60)))} ${hm()}:${pad(ri(0, 59), 2)}`), p: 0.65 },
    { h: ['更新时间', 'update_time', '最后修改'], f: () => d.x('timestamp', chance(0.5) ? `17${digits(11)}` : `${ymd(addDays(t, -ri(0, 5)), '')}${pad(ri(0, 23), 2)}${pad(ri(0, 59), 2)}${pad(ri(0, 59), 2)}`), p: 0.45 },
    { h: ['业务单号', '关联单号', '来源单号'], f: () => d.x('order_no', orderNo(t)), p: 0.4 },
  ];
}
const sexCell = (p) => (p.male ? pick(['男', '男', 'M']) : pick(['女', '女', 'F']));
const idTypeCell = () => pick(['身份证', '居民身份证', '二代身份证', 'ID', '身份证件']);
const exampleRow = (d) => `${pick(['示例', '填写示例', '例'])}：${d.dc('person_name_zh', '张三')}，${d.dc('cn_resident_id', '11010519491231002X')}，${d.dc('cn_mobile', '13800138000')}`;

// ---------------------------------------------------------------- builders (one per kind)
const B = {};

B['tour-roster'] = (d) => {
  const ag = agency(), t = trip(), out = chance(0.65), hkmo = out && chance(0.15), n = rows();
  const ppl = Array.from({ length: n }, () => person({ y0: 1946, y1: 2018 }));
  const lead = person({ y0: 1975, y1: 1998 }), tab = person({ y0: 1980, y1: 2000 });
  const route = hkmo ? '香港澳门4日' : out ? pick(OUT_ROUTES) : pick(DOM_ROUTES);
  const spec = [
    { h: ['序号', 'No.', '#'], f: (p, i) => i + 1, fixed: true },
    { h: ['姓名', '中文姓名', '游客姓名', '客人姓名'], f: (p) => d.name(p), fixed: true },
    { h: ['拼音', '英文名', '姓名拼音', 'NAME'], f: (p) => pyName(p), p: out ? 0.9 : 0.25 },
    { h: ['性别', 'Sex'], f: sexCell, p: 0.85 },
    { h: ['出生日期', '生日', 'DOB'], f: (p) => fdate(p.birth, pick([0, 1, 4])), p: 0.6 },
    { h: ['身份证号', '身份证号码', '证件号码', '身份证'], f: (p) => d.idL(p.id), p: out ? 0.75 : 1 },
    hkmo ? { h: ['通行证号', '港澳通行证号码'], f: (p) => d.dc('cn_passport', 'C' + digits(8)) } : null,
    out && !hkmo ? { h: ['护照号', '护照号码', '护照', 'Passport No.'], f: (p) => d.pp(p.passport) } : null,
    out && !hkmo ? { h: ['护照有效期', '有效期至', '护照签发日'], f: (p) => fdate(p.ppExp, pick([0, 1, 4])), p: 0.5 } : null,
    { h: ['手机', '手机号', '联系电话', '电话'], f: (p) => d.mobL(p.mobile), p: 0.9 },
    { h: ['报名单号', '订单号', '销售单号'], f: () => d.x('order_no', orderNo(t)), p: 0.75 },
    { h: ['分房', '房间', '房号'], f: () => d.x('room_no', roomNo()), p: 0.35 },
    { h: ['备注'], f: (p, i) => (i > 0 && chance(0.15) ? `与${d.name(ppl[i - 1])}同住` : pick(['', '', '单间差', '素食', '儿童不占床', '老人需轮椅', '自备签证'])), p: 0.4 },
    ...sys(d, t),
  ];
  return [`${d.x('company', ag.name)} ${pick(['团队名单', '出团名单', '游客名单', '团队客人名单'])}`,
    `线路：${route}  团号：${d.x('group_code', groupCode(t))}  出发：${d.x('date', fdate(t))}  人数：${n}`,
    `${pick(['领队', '全陪', '导游'])}：${d.name(lead)} ${d.mob(lead.mobile)}`,
    '', table(d, cols(spec), ppl), '',
    `制表：${d.name(tab)}  ${pick(['打印时间', '导出时间'])}：${d.x('datetime', dtime(addDays(t, -ri(2, 20))))}`].join('\n');
};

B['departure-notice'] = (d) => {
  const ag = agency(), t = trip(), c = pick(CARRIERS), guide = person({ y0: 1978, y1: 1999 }), op = person({ y0: 1980, y1: 1998 });
  const n = ri(1, 12), ppl = Array.from({ length: n }, () => person({ y0: 1950, y1: 2016 }));
  const route = pick(DOM_ROUTES.concat(OUT_ROUTES)), masked = chance(0.45);
  const fl = d.x('flight_no', flightNo(c)), fl2 = d.x('flight_no', flightNo(c));
  const list = ppl.map((p, i) => masked ? `${i + 1}. ${d.mName(p)}  ${d.mMob(p.mobile)}` : `${i + 1}. ${d.name(p)}  ${d.mob(p.mobile)}${chance(0.4) ? '  身份证 ' + d.id(p.id) : ''}`).join('\n');
  return [`【出团通知书】${route}`, `团号：${d.x('group_code', groupCode(t))}`,
    `尊敬的${masked ? '游客' : d.name(ppl[0])}${masked ? '' : pick(['先生/女士', '', '贵宾'])}：您好！感谢您选择${d.x('company', ag.name)}。`,
    `一、集合时间：${d.x('datetime', `${ymd(t)} ${hm()}`)}，集合地点：${pick(AIRPORTS)[1]}机场${pick(['T2', 'T3', 'T1'])}航站楼${ri(1, 12)}号门。`,
    `二、航班：去程 ${fl} ${hm()}起飞；回程 ${fl2}（${d.x('date', fdate(addDays(t, ri(3, 9)), 0))}）。`,
    `三、${pick(['导游', '领队', '全陪'])}：${d.name(guide)}，手机 ${d.mob(guide.mobile)}（出发前一天20:00前会与您联系）。`,
    `四、计调/紧急联系人：${d.name(op)} ${d.tel(ag.ac, ag.sub, true)}${chance(0.5) ? ' 转' + ri(801, 899) : ''}，24小时值班电话 ${d.x('hotline', '400-' + ri(600, 899) + '-' + pad(ri(0, 9999), 4))}。`,
    `五、游客名单：`, list,
    `六、温馨提示：请携带有效${chance(0.5) ? '身份证原件' : '护照原件'}，行李托运额度20KG。全国旅游服务热线 ${d.x('hotline', '12301')}。`].join('\n');
};

B['air-order-export'] = (d) => {
  const t = trip(), intl = chance(0.4), n = rows(), c = pick(CARRIERS);
  const ppl = Array.from({ length: n }, () => person({ y0: 1950, y1: 2020 }));
  const contact = ppl.map((p, i) => (i > 0 && chance(0.5) ? ppl[i - 1] : p));
  const spec = [
    { h: ['订单号', '订单编号', 'OrderNo'], f: () => d.x('order_no', orderNo(t)), fixed: true },
    { h: ['下单时间', '创建时间'], f: () => d.x('datetime', dtime(addDays(t, -ri(1, 40)))), p: 0.7 },
    { h: ['乘机人', '乘客姓名', '旅客姓名'], f: (p) => d.name(p) },
    { h: ['乘客类型'], f: (p) => (p.birth.y > 2013 ? '儿童' : '成人'), p: 0.5 },
    { h: ['证件类型'], f: () => (intl ? '护照' : '身份证'), p: 0.6 },
    { h: ['证件号', '证件号码'], f: (p) => (intl ? d.pp(p.passport) : d.idL(p.id)) },
    { h: ['联系人手机', '手机号', '联系电话'], f: (p, i) => d.mob(contact[i].mobile) },
    { h: ['联系人邮箱', '邮箱', 'Email'], f: (p, i) => d.mail(contact[i]), p: 0.7 },
    { h: ['航班号', '航班'], f: () => d.x('flight_no', flightNo(c)) },
    { h: ['舱位'], f: () => pick(['Y', 'B', 'M', 'H', 'K', 'L', 'J', 'F']), p: 0.5 },
    { h: ['起飞时间', '航班日期'], f: () => d.x('datetime', dtime(t)), p: 0.6 },
    { h: ['票号', '电子客票号'], f: () => d.x('ticket_no', ticketNo(c)), p: 0.85 },
    { h: ['PNR', '编码', '大编码'], f: () => d.x('pnr', pnrCode()), p: 0.5 },
    { h: ['会员卡号', '常旅客卡号'], f: () => d.x('member_no', memberNo()), p: 0.25 },
    { h: ['票价', '销售价'], f: () => ri(300, 9000) + '.00', p: 0.6 },
    { h: ['状态'], f: () => pick(['已出票', '已出票', '已退票', '改期', '待支付']), p: 0.5 },
    ...sys(d, t),
  ];
  return [`${pick(['机票订单导出', '国内机票订单明细', '国际机票订单明细', '差旅机票报表'])} ${d.x('date', fdate(t, 0))}`, table(d, cols(spec), ppl),
    chance(0.5) ? `导出人：${d.name(person())}  客服 ${d.x('hotline', hotline())}` : ''].join('\n');
};

B['pnr'] = (d) => {
  const t = trip(), intl = chance(0.45), c = pick(CARRIERS), n = ri(1, 9), code = d.x('pnr', pnrCode());
  const ppl = Array.from({ length: n }, () => person({ y0: 1950, y1: 2018 }));
  const [ac, sub] = genLand(), office = `${pick(['SHA', 'PEK', 'CAN', 'CTU'])}${ri(100, 999)}`;
  const dep = pick(AIRPORTS), arr = intl ? pick(INTL_AP) : pick(AIRPORTS), dd = `${pad(t.d, 2)}${MON[t.m - 1]}`;
  const L = []; let k = 1;
  const names = intl ? ppl.map((p, i) => `${k + i}.${p.sur}/${p.giv || 'FNU'} ${p.male ? 'MR' : 'MS'}`) : ppl.map((p, i) => `${k + i}.${d.name(p)}`);
  L.push(` ${names.join(' ')} ${code}`); k += n;
  L.push(`${pad(k++, 2)}.  ${d.x('flight_no', flightNo(c))} ${pick(['Y', 'B', 'M'])}   ${['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay()]}${dd}  ${dep[0]}${arr[0]} HK${n}   ${hm().replace(':', '')} ${hm().replace(':', '')}          E`);
  L.push(`${pad(k++, 2)}.${office.slice(0, 3)}/T ${office.slice(0, 3)}/T ${d.tel(ac, sub, true)}/${d.x('company', pick(ORGS)[0])}/ABCDEFG`);
  L.push(`${pad(k++, 2)}.TL/${hm().replace(':', '')}/${dd}/${office}`);
  ppl.forEach((p, i) => {
    if (intl) L.push(`${pad(k++, 2)}.SSR DOCS ${c[0]} HK1 P/CHN/${d.pp(p.passport)}/CHN/${pad(p.birth.d, 2)}${MON[p.birth.m - 1]}${String(p.birth.y).slice(2)}/${p.male ? 'M' : 'F'}/${pad(p.ppExp.d, 2)}${MON[p.ppExp.m - 1]}${String(p.ppExp.y).slice(2)}/${p.sur}/${p.giv || 'FNU'}/P${i + 1}`);
    else L.push(`${pad(k++, 2)}.SSR FOID ${c[0]} HK1 NI${d.e('cn_resident_id', p.id)}/P${i + 1}`);
  });
  L.push(`${pad(k++, 2)}.SSR ADTK 1E BY ${office.slice(0, 3)}${dd}/1200 OR CXL ${c[0]} ALL SEGS`);
  L.push(`${pad(k++, 2)}.OSI ${c[0]} CTCT${d.mobPlain(ppl[0].mobile)}`);
  ppl.forEach((p, i) => { if (chance(0.6)) L.push(`${pad(k++, 2)}.OSI ${c[0]} CTCM${d.mobPlain(p.mobile)}/P${i + 1}`); });
  if (intl && chance(0.5) && !/[_-]/.test(ppl[0].email.addr)) L.push(`${pad(k++, 2)}.SSR CTCE ${c[0]} HK1 ${d.dc('email', ppl[0].email.addr.toUpperCase().replace('@', '//'), ppl[0].email.addr.toLowerCase())}/P1`);
  L.push(`${pad(k++, 2)}.FN/A/FCNY${ri(500, 9000)}.00/SCNY${ri(500, 9000)}.00/C0.00/XCNY50.00/TCNY50.00CN`);
  ppl.forEach((p, i) => { if (chance(0.7)) L.push(`${pad(k++, 2)}.TN/${d.x('ticket_no', `${c[1]}-${digits(10)}`)}/P${i + 1}`); });
  L.push(`${pad(k++, 2)}.FP/CASH,CNY`);
  L.push(`${pad(k++, 2)}.${office}`);
  return [`>RT${code}`, ...L].join('\n');
};

B['hotel-registration'] = (d) => {
  const t = trip(), hotel = pick(HOTELS), n = rows(), [ac, sub] = genLand();
  const ppl = Array.from({ length: n }, () => person({ y0: 1950, y1: 2010 }));
  const spec = [
    { h: ['房号', '房间号'], f: () => d.x('room_no', roomNo()), fixed: true },
    { h: ['姓名', '住客姓名', '宾客姓名'], f: (p) => d.name(p) },
    { h: ['性别'], f: sexCell, p: 0.5 },
    { h: ['证件类型'], f: idTypeCell, p: 0.5 },
    { h: ['证件号码', '身份证号', '证件号'], f: (p) => d.idL(p.id) },
    { h: ['手机', '联系电话', '电话'], f: (p) => d.mobL(p.mobile), p: 0.85 },
    { h: ['入住时间', '抵店时间'], f: () => d.x('datetime', dtime(t)), p: 0.7 },
    { h: ['预离日期', '离店日期'], f: () => fdate(addDays(t, ri(1, 5)), 0), p: 0.5 },
    { h: ['押金方式', '担保方式', '预授权'], f: (p) => (chance(0.55) ? `信用卡预授权 ${d.card(p.card)}` : chance(0.5) ? `预授权卡${d.mCard(p.card)}` : pick(['现金500', '微信', '支付宝免押'])) },
    { h: ['会员号', '会员卡号'], f: () => d.x('member_no', memberNo()), p: 0.35 },
    { h: ['确认号', '预订号'], f: () => d.x('confirmation_no', pick([`HL${digits(7)}`, `${ri(3, 9)}${digits(7)}`, `CF${ymd(t, '').slice(2)}${digits(4)}`])), p: 0.5 },
    ...sys(d, t),
  ];
  return [`${d.x('hotel', hotel)} ${pick(['入住登记表', '在住客人名单', '前台入住登记导出', '公安旅馆业登记'])}`, `营业日期：${d.x('date', fdate(t, 0))}  前台：${d.tel(ac, sub, true)}`,
    table(d, cols(spec), ppl), `值班经理：${d.name(person())}`].join('\n');
};

function otaCommon(d, plat) {
  const t = trip(), n = rows(), hotel = pick(HOTELS);
  const ords = Array.from({ length: n }, () => { const k = chance(0.7) ? 1 : ri(2, 3); return { g: Array.from({ length: k }, () => person({ y0: 1955, y1: 2006 })), t: addDays(t, ri(0, 30)) }; });
  return { t, hotel, ords };
}
B['ota-ctrip'] = (d) => {
  const { t, hotel, ords } = otaCommon(d);
  const spec = [
    { h: ['订单号', '携程订单号'], f: () => d.x('order_no', `1${pick(['0', '1', '2'])}${digits(ri(9, 11))}`), fixed: true },
    { h: ['确认号', '酒店确认号'], f: () => d.x('confirmation_no', pick([`${ri(1, 9)}${digits(7)}`, `C${digits(8)}`, `#${digits(4)}-${digits(4)}`])), p: 0.7 },
    { h: ['入住人', '客人姓名', '住客'], f: (o) => o.g.map((p) => d.name(p)).join(pick(['，', ',', '/', '、'])) },
    { h: ['联系手机', '联系电话', '手机'], f: (o) => d.mob(o.g[0].mobile), p: 0.8 },
    { h: ['邮箱', '联系邮箱', 'E-mail'], f: (o) => d.mail(o.g[0]), p: 0.65 },
    { h: ['房型'], f: () => pick(ROOMTYPES) },
    { h: ['入住日期', '入住'], f: (o) => d.x('date', fdate(o.t, 0)) },
    { h: ['离店日期', '离店'], f: (o) => fdate(addDays(o.t, ri(1, 4)), 0), p: 0.7 },
    { h: ['间夜'], f: () => ri(1, 6), p: 0.5 },
    { h: ['底价', '结算价', '金额'], f: () => ri(280, 3800) + '.00', p: 0.7 },
    { h: ['备注', '客人要求'], f: (o) => pick(['', '', '高楼层', '无烟房', '大床优先', `到店请联系${d.name(o.g[0])}`]), p: 0.4 },
    ...sys(d, t),
  ];
  return [`携程eBooking 订单导出  酒店：${d.x('hotel', hotel)}  ${d.x('date', fdate(t, 0))} 至 ${fdate(addDays(t, 30), 0)}`, table(d, cols(spec), ords),
    `携程服务热线 ${d.x('hotline', '95010')}`].join('\n');
};
B['ota-meituan'] = (d) => {
  const { t, hotel, ords } = otaCommon(d);
  const spec = [
    { h: ['订单号', '美团订单号'], f: () => d.x('order_no', `${ymd(t, '').slice(2)}${digits(ri(10, 12))}`), fixed: true },
    { h: ['入住人'], f: (o) => o.g.map((p) => d.name(p)).join('、') },
    { h: ['预订人电话', '联系电话'], f: (o) => d.mMob(o.g[0].mobile) },
    { h: ['入住日期'], f: (o) => d.x('date', fdate(o.t, 1)) },
    { h: ['房型'], f: () => pick(ROOMTYPES) },
    { h: ['支付时间'], f: (o) => d.x('datetime', dtime(addDays(o.t, -ri(0, 10)))), p: 0.7 },
    { h: ['商家备注', '前台备注'], f: (o) => (chance(0.35) ? `客人手机${d.mob(o.g[0].mobile)}` : chance(0.3) ? `身份证${d.id(o.g[0].id)}已登记` : pick(['', '需发票', '延迟到店'])), p: 0.75 },
    { h: ['房价', '结算金额'], f: () => ri(150, 2000), p: 0.6 },
    ...sys(d, t),
  ];
  return [`美团酒店商家后台 — 订单列表 ${d.x('hotel', hotel)}`, table(d, cols(spec), ords), `美团客服 ${d.x('hotline', '10107888')}`].join('\n');
};
B['ota-fliggy'] = (d) => {
  const { t, ords } = otaCommon(d); const pr = pick(OUT_ROUTES.concat(DOM_ROUTES)), intl = OUT_ROUTES.includes(pr);
  const blocks = ords.slice(0, ri(1, 15)).map((o) => {
    const buyer = o.g[0];
    const travellers = o.g.map((p) => `${d.name(p)}（${intl && chance(0.7) ? '护照 ' + d.pp(p.passport) : '身份证 ' + d.id(p.id)}）`).join('、');
    return [`订单编号：${d.x('order_no', `${ri(1, 3)}${digits(18)}`)}`, `宝贝：${pr}  套餐：${pick(['双人同行', '成人+儿童', '单人'])}`,
      `付款时间：${d.x('datetime', dtime(o.t))}`, `联系人：${d.name(buyer)}  联系电话：${d.mob(buyer.mobile)}${chance(0.4) ? '  邮箱：' + d.mail(buyer) : ''}`,
      `出行人：${travellers}`, `出行日期：${d.x('date', fdate(addDays(o.t, ri(5, 40)), 0))}`].join('\n');
  });
  return [`飞猪商家中心 订单详情导出`, ...blocks].join('\n\n');
};

B['visa-checklist'] = (d) => {
  const p = person({ y0: 1960, y1: 2000 }), sp = person({ y0: 1960, y1: 2000, male: !p.male }), co = genUscc(), [ac, sub] = genLand(), ag = agency(), hl = genLand();
  const country = pick(['法国', '意大利', '德国', '日本', '英国', '美国', '澳大利亚', '西班牙']);
  const L = [`${country}${pick(['旅游签证', '申根签证', '个人旅游签证'])}材料清单（${d.x('company', ag.name)}签证中心）`,
    `申请人：${d.name(p)}（${pyName(p)}）  护照号码：${d.pp(p.passport)}  有效期至：${fdate(p.ppExp, 0)}`,
    `预约号：${d.x('appointment_no', `${pick(['FRSH', 'ITBJ', 'DEGZ', 'JPSH', 'UKCD'])}${ymd(trip(), '').slice(2)}${digits(4)}`)}`,
    `1. 护照原件（有效期6个月以上，至少2页空白页）；旧护照如有请一并提供${chance(0.3) ? '（旧护照号 ' + d.pp('G' + digits(8)) + '）' : ''}。`,
    `2. 身份证正反面复印件：${d.id(p.id)}`,
    `3. 近6个月银行流水（加盖银行业务章），卡号 ${d.card(p.card)}，开户行 ${pick(BANKS)}，余额建议不低于5万元。`,
    `4. 在职证明：单位名称 ${d.x('company', pick(['上海瀚海信息科技有限公司', '北京华彩文化传媒有限公司', '广州恒泰贸易有限公司', '杭州云帆网络科技有限公司']))}，统一社会信用代码 ${d.uscc(co)}，单位电话 ${d.tel(ac, sub, true)}。`,
    `5. 户口本全本复印件；已婚请提供结婚证（配偶：${d.name(sp)}，身份证 ${d.id(sp.id)}）。`,
    `6. 联系方式：手机 ${d.mob(p.mobile)}，邮箱 ${d.mail(p)}${chance(0.4) ? '，家庭电话 ' + d.tel(...genLand(), false) : ''}`,
    `7. 紧急联系人：${d.name(sp)} ${d.mob(sp.mobile)}`,
    `送签顾问：${d.name(person({ y0: 1985, y1: 2000 }))}  咨询 ${d.tel(hl[0], hl[1], true)}  签证中心邮箱 ${d.dc('email', 'visa@' + ag.dom)}`];
  return L.join('\n');
};

B['visa-batch'] = (d) => {
  const t = trip(), n = rows(), ag = agency(), ppl = Array.from({ length: n }, () => person({ y0: 1948, y1: 2016 }));
  const spec = [
    { h: ['序号'], f: (p, i) => i + 1, fixed: true },
    { h: ['中文姓名', '姓名'], f: (p) => d.name(p) },
    { h: ['英文姓名', '拼音', 'SURNAME/GIVEN NAME'], f: (p) => pyName(p), p: 0.85 },
    { h: ['性别'], f: sexCell, p: 0.8 },
    { h: ['出生日期'], f: (p) => fdate(p.birth, pick([0, 4])), p: 0.8 },
    { h: ['出生地'], f: () => pick(['上海', '北京', '浙江', '江苏', '广东', '四川', '湖北']), p: 0.5 },
    { h: ['护照号码', '护照号', 'Passport'], f: (p) => d.pp(p.passport) },
    { h: ['签发日期'], f: (p) => fdate(p.ppIssue, 0), p: 0.6 },
    { h: ['有效期至', '护照有效期'], f: (p) => fdate(p.ppExp, 0), p: 0.7 },
    { h: ['身份证号', '身份证号码'], f: (p) => d.idL(p.id), p: 0.6 },
    { h: ['手机', '手机号码'], f: (p) => d.mobL(p.mobile), p: 0.85 },
    { h: ['邮箱', '电子邮箱', 'Email'], f: (p) => d.mail(p), p: 0.7 },
    { h: ['职业'], f: () => pick(['职员', '退休', '学生', '自由职业', '企业主', '教师']), p: 0.5 },
    { h: ['家庭电话', '住宅电话'], f: () => d.tel(...genLand(), false), p: 0.15 },
    { h: ['受理号', '签证申请号'], f: () => d.x('application_no', `${pick(['SHA', 'PEK', 'CAN'])}${pick(['FR', 'IT', 'DE', 'JP'])}${digits(8)}${chance(0.5) ? '/' + t.y : ''}`), p: 0.55 },
    ...sys(d, t),
  ];
  return [`${pick(['送签名单', '签证送签批次名单', '递签人员名单'])}  批次号 ${d.x('batch_no', `VB${ymd(t, '')}-${pad(ri(1, 30), 2)}`)}  ${d.x('company', ag.name)}`,
    table(d, cols(spec), ppl), `送签人：${d.name(person())} ${d.mob(genMobile())}`].join('\n');
};

B['rail-12306'] = (d) => {
  const t = trip(), n = ri(1, 9), tr = d.x('train_no', trainNo()), [a, b] = shuffle(STATIONS), masked = chance(0.4);
  const ppl = Array.from({ length: n }, () => person({ y0: 1945, y1: 2019 }));
  const L = [`订单号：${d.x('order_no', 'E' + digits(9))}  下单时间：${d.x('datetime', dtime(addDays(t, -ri(1, 14))))}`,
    `${d.x('date', fdate(t, 0))} ${weekday(t)} ${tr}次 ${a}站（${hm()}开）—${b}站（${hm()}到）`];
  ppl.forEach((p, i) => L.push(`${i + 1}. ${d.name(p)} ${p.birth.y > 2012 ? '儿童票' : pick(['成人票', '成人票', '学生票'])} ${pick(['二等座', '一等座', '商务座'])} ${d.x('seat_no', seatNo())} ¥${ri(50, 1200)}.${ri(0, 9)} ${pick(['中国居民身份证', '居民身份证', '身份证'])} ${masked ? d.mId(p.id) : d.id(p.id)} ${pick(['已支付', '已出票', '已改签'])}`));
  const c = ppl[0];
  L.push(`联系人手机：${masked ? d.mMob(c.mobile) : d.mob(c.mobile)}${chance(0.3) ? '  检票口：' + d.x('gate', `${ri(1, 25)}${pick(['A', 'B', ''])}`) : ''}`);
  L.push(`铁路客服 ${d.x('hotline', '12306')}`);
  return L.join('\n');
};

B['rail-group'] = (d) => {
  const t = trip(), n = rows(), tr = d.x('train_no', trainNo()), ppl = Array.from({ length: n }, () => person({ y0: 1945, y1: 2018 }));
  const spec = [
    { h: ['序号'], f: (p, i) => i + 1, fixed: true },
    { h: ['乘车人', '旅客姓名', '姓名'], f: (p) => d.name(p) },
    { h: ['证件号码', '身份证号'], f: (p) => (p.birth.y < 1970 && chance(0.08) ? d.dc('cn_resident_id', p.id.slice(0, 6) + p.id.slice(8, 17), p.id) : d.idL(p.id)) },
    { h: ['车厢座位', '座位号', '席位'], f: () => d.x('seat_no', seatNo()) },
    { h: ['票号', '车票号'], f: () => d.x('ticket_no', `${pick(['Z', 'E', 'H'])}${ri(10, 99)}${pick(['A', 'B', 'C', 'D'])}${digits(6)}`), p: 0.6 },
    { h: ['票种'], f: (p) => (p.birth.y > 2011 ? '儿童' : '成人'), p: 0.5 },
    { h: ['手机'], f: (p) => d.mobL(p.mobile), p: 0.45 },
    ...sys(d, t),
  ];
  return [`火车团体票名单 ${tr}次 ${d.x('date', fdate(t))} ${pick(STATIONS)}—${pick(STATIONS)}  团号${d.x('group_code', groupCode(t))}`, table(d, cols(spec), ppl),
    `订票员：${d.name(person())}`].join('\n');
};

B['car-rental'] = (d) => {
  const t = trip(), list = chance(0.5), [ac, sub] = genLand();
  const plate = () => d.x('plate_no', `${pick(['沪', '京', '粤', '浙', '川', '琼', '云'])}${pick(['A', 'B', 'C', 'D'])}${pick(['·', '', ' '])}${pick(['D', 'F', ''])}${digits(4)}${pick(['', 'K', 'X'])}`.slice(0, 9));
  if (!list) {
    const p = person({ y0: 1965, y1: 2002 }), ec = person({ y0: 1960, y1: 2002 });
    return [`${pick(['神行租车', '畅途租车', '一路顺租车'])} 租车订单确认单`, `订单号：${d.x('order_no', orderNo(t))}`, `承租人：${d.name(p)}   手机：${d.mob(p.mobile)}`,
      `身份证号：${d.id(p.id)}   驾驶证号：${d.e('cn_resident_id', p.id)}（与身份证号一致）`, `车型：${pick(['大众朗逸', '丰田凯美瑞', '别克GL8', '特斯拉Model Y'])}  车牌：${plate()}`,
      `取车：${d.x('datetime', dtime(t))} ${pick(AIRPORTS)[1]}机场店（门店电话 ${d.tel(ac, sub, true)}）`, `还车：${d.x('datetime', dtime(addDays(t, ri(1, 7))))}`,
      `押金预授权：信用卡 ${d.card(p.card)} 有效期 ${pad(ri(1, 12), 2)}/${ri(26, 30)} 冻结5000元`, `紧急联系人：${d.name(ec)} ${d.mob(ec.mobile)}${chance(0.4) ? '  邮箱 ' + d.mail(p) : ''}`,
      `客服热线 ${d.x('hotline', hotline())}`].join('\n');
  }
  const n = rows(), ppl = Array.from({ length: n }, () => person({ y0: 1965, y1: 2002 }));
  const spec = [
    { h: ['订单号'], f: () => d.x('order_no', orderNo(t)), fixed: true },
    { h: ['承租人', '驾驶人', '客户姓名'], f: (p) => d.name(p) },
    { h: ['手机', '联系电话'], f: (p) => d.mobL(p.mobile) },
    { h: ['证件号', '身份证号', '驾驶证号'], f: (p) => d.idL(p.id) },
    { h: ['车牌号', '车牌'], f: plate, p: 0.8 },
    { h: ['取车时间'], f: () => d.x('datetime', dtime(addDays(t, ri(0, 20)))), p: 0.7 },
    { h: ['预授权卡号', '信用卡号', '押金卡号'], f: (p) => (chance(0.8) ? d.card(p.card) : d.mCard(p.card)), p: 0.7 },
    { h: ['邮箱'], f: (p) => d.mail(p), p: 0.3 },
    ...sys(d, t),
  ];
  return [`租车订单明细 ${pick(AIRPORTS)[1]}门店 ${d.x('date', fdate(t, 0))}`, table(d, cols(spec), ppl)].join('\n');
};

B['scenic-reservation'] = (d) => {
  const t = trip(), n = rows(), site = pick(['故宫博物院', '中国国家博物馆', '陕西历史博物馆', '张家界国家森林公园', '黄山风景区', '上海博物馆', '三星堆博物馆', '周庄古镇', '布达拉宫', '苏州博物馆']);
  const ppl = Array.from({ length: n }, () => person({ y0: 1940, y1: 2020 }));
  const spec = [
    { h: ['预约号', '预约单号', '订单号'], f: () => d.x('reservation_no', `YY${ymd(t, '').slice(2)}${digits(6)}`), fixed: true },
    { h: ['参观人', '姓名', '游客姓名'], f: (p) => d.name(p) },
    { h: ['证件类型'], f: () => pick(['身份证', '身份证', '居民身份证']), p: 0.5 },
    { h: ['证件号码', '身份证号'], f: (p) => (chance(0.05) ? d.pp(p.passport) : chance(0.03) ? d.dc('cn_passport', 'C' + digits(8)) : d.idL(p.id)) },
    { h: ['手机号', '联系电话'], f: (p, i) => (i === 0 || chance(0.6) ? d.mobL(p.mobile) : ''), p: 0.8 },
    { h: ['参观时段', '入园时段'], f: () => pick(['09:00-11:00', '11:00-13:00', '13:00-15:00', '上午', '下午']), p: 0.7 },
    { h: ['入园码', '核销码'], f: () => d.x('checkin_code', ri(1, 9) + digits(ri(7, 9))), p: 0.45 },
    { h: ['状态'], f: () => pick(['已核销', '未入园', '已取消']), p: 0.5 },
    ...sys(d, t),
  ];
  return [`${d.x('place', site)} 实名预约名单  参观日期：${d.x('date', fdate(t, 2))}`, chance(0.3) ? exampleRow(d) : '', table(d, cols(spec), ppl),
    `${pick(['导出', '操作员'])}：${d.name(person())}`].join('\n');
};

const JOBS = ['总经理', '副总裁', '市场总监', '采购经理', '技术负责人', '教授', '副教授', '研究员', '处长', '主任', '工程师', '销售总监', '董事长'];
const COMPS = ['华信科技股份有限公司', '江南电气集团', '蓝海医疗器械有限公司', '北辰新能源有限公司', '中联文旅集团', '东方智造研究院', '星河教育科技有限公司', '浙江大学', '复旦大学附属中山医院'];
B['conference-registration'] = (d) => {
  const t = trip(), n = rows(), useNo = chance(0.5), ppl = Array.from({ length: n }, () => person({ y0: 1960, y1: 1999 }));
  const inv = ppl.map(() => (chance(0.35) ? { c: pick(COMPS), u: genUscc() } : null));
  const spec = [
    { h: ['序号', '报名编号'], f: (p, i) => (useNo ? i + 1 : d.x('registration_no', `REG${String(t.y).slice(2)}${pad(i + 1, 4)}${digits(2)}`)), fixed: true },
    { h: ['姓名', '参会人', '参会代表'], f: (p) => d.name(p) },
    { h: ['单位', '工作单位'], f: (p, i) => d.x('company', inv[i]?.c || pick(COMPS)) },
    { h: ['职务', '职称'], f: () => d.x('job_title', pick(JOBS)), p: 0.7 },
    { h: ['手机', '手机号码', '联系方式'], f: (p) => d.mobL(p.mobile) },
    { h: ['邮箱', 'E-mail', '电子邮箱'], f: (p) => d.mail(p), p: 0.85 },
    { h: ['身份证号'], f: (p) => d.idL(p.id), p: 0.35 },
    { h: ['是否住宿'], f: () => pick(['是', '否', '是（单住）', '合住']), p: 0.5 },
    { h: ['到达航班/车次', '抵达车次航班'], f: () => (chance(0.5) ? d.x('flight_no', flightNo()) : d.x('train_no', trainNo())), p: 0.4 },
    { h: ['发票抬头'], f: (p, i) => (inv[i] ? inv[i].c : ''), p: 0.5 },
    { h: ['税号', '纳税人识别号'], f: (p, i) => (inv[i] ? d.uscc(inv[i].u) : ''), p: 0.5 },
    ...sys(d, t),
  ];
  const conf = pick(['2024中国文旅产业发展大会', '第十二届智慧医疗论坛', '全国新能源汽车技术峰会', '长三角旅游营销年会', '亚太会展经济论坛']);
  const org = person({ y0: 1980, y1: 1998 });
  return [`${conf} 参会报名汇总表`, `会期：${d.x('date', fdate(t, 2))}  地点：${d.x('hotel', pick(HOTELS))}`, chance(0.3) ? exampleRow(d) : '', table(d, cols(spec), ppl),
    `会务组联系人：${d.name(org)} ${d.mob(org.mobile)}  会务邮箱 ${d.dc('email', pick(['meeting', 'conf', 'hw', 'register']) + '@' + pick(ORGS)[1])}`].join('\n');
};

B['vip-guests'] = (d) => {
  const t = trip(), n = rows(), ppl = Array.from({ length: n }, () => person({ y0: 1950, y1: 1992 })), pickers = Array.from({ length: 3 }, () => person({ y0: 1985, y1: 2002 }));
  const spec = [
    { h: ['序号'], f: (p, i) => i + 1, fixed: true },
    { h: ['嘉宾姓名', '姓名', '嘉宾'], f: (p) => d.name(p) },
    { h: ['单位及职务', '职务'], f: () => `${d.x('company', pick(COMPS))}${d.x('job_title', pick(JOBS))}` },
    { h: ['嘉宾手机', '联系方式'], f: (p) => d.mobL(p.mobile), p: 0.75 },
    { h: ['抵达航班/车次', '抵达信息'], f: () => `${chance(0.6) ? d.x('flight_no', flightNo()) : d.x('train_no', trainNo())} ${d.x('datetime', `${fdate(t, 0)} ${hm()}`)}` },
    { h: ['接站人', '接机人员'], f: () => { const k = pick(pickers); return `${d.name(k)} ${d.mob(k.mobile)}`; }, p: 0.8 },
    { h: ['入住酒店'], f: () => pick(HOTELS), p: 0.6 },
    { h: ['房号'], f: () => d.x('room_no', roomNo()), p: 0.6 },
    { h: ['身份证号（入住用）', '身份证号'], f: (p) => d.idL(p.id), p: 0.4 },
    ...sys(d, t),
  ];
  return [`${pick(['嘉宾接待安排表', '重要嘉宾名单（内部）', '嘉宾行程及接送安排'])}`, table(d, cols(spec), ppl), `接待组长：${d.name(pickers[0])}`].join('\n');
};

B['study-tour'] = (d) => {
  const t = trip(), n = rows(), abroad = chance(0.4), school = pick(['上海市实验学校', '北京四中', '杭州外国语学校', '成都七中', '南京外国语学校', '深圳中学']);
  const kids = Array.from({ length: n }, () => { const k = person({ y0: 2007, y1: 2016 }); k.g = person({ y0: 1972, y1: 1990 }); k.g.home = genLand(); k.rel = pick(['父亲', '母亲', '母亲', '爷爷', '外婆']); return k; });
  const teacher = person({ y0: 1975, y1: 1995 });
  const spec = [
    { h: ['序号'], f: (k, i) => i + 1, fixed: true },
    { h: ['学生姓名', '姓名'], f: (k) => d.name(k), fixed: true },
    { h: ['性别'], f: sexCell, p: 0.7 },
    { h: ['班级'], f: () => `${pick(['初一', '初二', '高一', '四年级', '五年级'])}（${ri(1, 12)}）班`, p: 0.7 },
    { h: ['身份证号', '学生身份证'], f: (k) => d.id(k.id) },
    abroad ? { h: ['护照号'], f: (k) => d.pp(k.passport) } : null,
    { h: ['监护人', '家长姓名', '监护人姓名'], f: (k) => d.name(k.g) },
    { h: ['关系'], f: (k) => k.rel, p: 0.6 },
    { h: ['监护人电话', '家长手机', '紧急联系电话'], f: (k) => d.mob(k.g.mobile) },
    { h: ['家长邮箱', '监护人邮箱'], f: (k) => d.mail(k.g), p: 0.6 },
    { h: ['家庭电话', '宅电', '家庭座机'], f: (k) => d.tel(k.g.home[0], k.g.home[1], false), p: 0.25 },
    { h: ['过敏史/备注', '健康情况'], f: () => pick(['无', '无', '花生过敏', '哮喘', '晕车', '']), p: 0.5 },
    ...sys(d, t),
  ];
  return [`${d.x('school', school)} ${abroad ? pick(['英国剑桥游学营', '日本科技研学', '新加坡国际夏令营']) : pick(['西安历史研学', '井冈山红色研学', '北京科技营'])} 学生名单`,
    `带队老师：${d.name(teacher)} ${d.mob(teacher.mobile)}  出发：${d.x('date', fdate(t, 0))}`, table(d, cols(spec), kids)].join('\n');
};

B['cruise-manifest'] = (d) => {
  const t = trip(), n = rows(), ship = pick(['海洋光谱号', '地中海辉煌号', '爱达·魔都号', '蓝梦之星号']);
  const FOREIGN = [['USA', () => ri(5, 6) + digits(8), 'SMITH JOHN'], ['GBR', () => digits(9), 'BROWN EMMA'], ['MYS', () => 'A' + digits(8), 'TAN WEI LING'], ['SGP', () => 'K' + digits(7) + pick('ABCDEF'.split('')), 'LIM KAI XIN'], ['AUS', () => 'PA' + digits(7), 'WILSON JACK']];
  const pax = Array.from({ length: n }, () => { const p = person({ y0: 1940, y1: 2018 }); p.nat = chance(0.08) ? pick(FOREIGN) : chance(0.05) ? 'HKG' : 'CHN'; return p; });
  const spec = [
    { h: ['Cabin', '舱房号', '房号'], f: () => d.x('cabin_no', `${ri(5, 14)}${pad(ri(1, 350), 3)}`), fixed: true },
    { h: ['姓名', '中文名'], f: (p) => (Array.isArray(p.nat) ? '' : d.name(p)) },
    { h: ['Name', '英文名'], f: (p) => (Array.isArray(p.nat) ? p.nat[2] : pyName(p)), p: 0.85 },
    { h: ['Nationality', '国籍'], f: (p) => (Array.isArray(p.nat) ? p.nat[0] : p.nat) },
    { h: ['Passport No.', '护照号', '证件号'], f: (p) => (Array.isArray(p.nat) ? d.dc('cn_passport', p.nat[1]()) : p.nat === 'HKG' ? d.dc('cn_passport', 'K' + digits(8)) : d.pp(p.passport)) },
    { h: ['DOB', '出生日期'], f: (p) => fdate(p.birth, pick([0, 4])), p: 0.7 },
    { h: ['手机', 'Mobile'], f: (p) => (Array.isArray(p.nat) ? '' : d.mobL(p.mobile)), p: 0.6 },
    { h: ['紧急联系人', 'Emergency Contact'], f: (p) => { if (Array.isArray(p.nat)) return ''; const e = person(); return `${d.name(e)}/${d.mob(e.mobile)}`; }, p: 0.45 },
    { h: ['船卡绑定信用卡', 'SeaPass 信用卡'], f: (p) => (chance(0.5) ? d.card(p.card) : d.mCard(p.card)), p: 0.3 },
    ...sys(d, t),
  ];
  return [`${d.x('ship', ship)} Passenger Manifest / 乘客名单  Sailing ${d.x('date', fdate(t, 4))}  Booking ${d.x('booking_no', `${ri(1, 9)}${digits(6)}`)}`, table(d, cols(spec), pax)].join('\n');
};

B['group-insurance'] = (d) => {
  const t = trip(), n = rows(), ag = agency(), out = chance(0.5), ppl = Array.from({ length: n }, () => person({ y0: 1940, y1: 2018 }));
  const spec = [
    { h: ['序号'], f: (p, i) => i + 1, fixed: true },
    { h: ['被保险人', '被保险人姓名'], f: (p) => d.name(p) },
    { h: ['证件类型'], f: () => (out ? '护照' : '身份证'), p: 0.6 },
    { h: ['证件号码'], f: (p) => (out ? d.pp(p.passport) : d.idL(p.id)) },
    { h: ['身份证号'], f: (p) => d.idL(p.id), p: out ? 0.4 : 0 },
    { h: ['性别'], f: sexCell, p: 0.6 },
    { h: ['出生日期'], f: (p) => fdate(p.birth, 0), p: 0.7 },
    { h: ['联系电话', '手机'], f: (p) => d.mobL(p.mobile), p: 0.55 },
    { h: ['受益人'], f: () => '法定', p: 0.5 },
    { h: ['保险卡号', '分单号'], f: () => d.x('policy_no', `${pick(['P', 'CI', 'TA'])}${digits(ri(12, 15))}`), p: 0.4 },
    ...sys(d, t),
  ];
  const claim = chance(0.35) ? (() => { const c = pick(ppl); return `\n理赔登记：被保险人${d.name(c)}在行程中就医，理赔款请汇入其本人账户 ${d.card(c.card)}（${pick(BANKS)}），联系电话 ${d.mob(c.mobile)}。` })() : '';
  return [`${pick(['旅行社责任险附加', '境外旅行意外险', '国内旅游意外险'])} 团体投保清单`, `保单号：${d.x('policy_no', `${pick(['PEAC', 'PICC', 'TPAC'])}${t.y}${digits(ri(10, 12))}`)}  保险期间 ${d.x('date', fdate(t, 0))} 至 ${fdate(addDays(t, ri(3, 15)), 0)}`,
    `投保人：${d.x('company', ag.name)}  统一社会信用代码：${d.uscc(ag.uscc)}`, table(d, cols(spec), ppl) + claim, `24小时救援电话 ${d.x('hotline', pick(['95500', '95518', '4008-100-100']))}`].join('\n');
};

B['guide-roster'] = (d) => {
  const t = trip(), n = rows(), useNo = chance(0.5), ag = agency(), ppl = Array.from({ length: n }, () => person({ y0: 1965, y1: 2001 }));
  const spec = [
    { h: ['工号', '序号'], f: (p, i) => (useNo ? i + 1 : d.x('staff_no', `G${pad(ri(1, 9999), 4)}`)), fixed: true },
    { h: ['姓名', '导游姓名', '领队姓名'], f: (p) => d.name(p) },
    { h: ['导游证号', '电子导游证号'], f: () => d.x('guide_licence', `D-${pick(['3101', '1101', '4401', '3301', '5101', '6101'])}-${digits(6)}`), p: 0.85 },
    { h: ['语种'], f: () => pick(['中文', '英语', '日语', '韩语', '泰语', '法语']), p: 0.6 },
    { h: ['手机', '手机号'], f: (p) => d.mobL(p.mobile) },
    { h: ['身份证号', '身份证'], f: (p) => d.idL(p.id), p: 0.8 },
    { h: ['护照号'], f: (p) => d.pp(p.passport), p: 0.4 },
    { h: ['工资卡号', '银行卡号', '结算卡号'], f: (p) => d.card(p.card), p: 0.8 },
    { h: ['开户行'], f: () => pick(BANKS) + pick(['', '上海分行', '徐汇支行', '天河支行']), p: 0.6 },
    { h: ['邮箱', 'Email'], f: (p) => d.mail(p), p: 0.6 },
    ...sys(d, t),
  ];
  return [`${d.x('company', ag.name)} 导游/领队花名册（${pick(['2024年度', '外联部', '签约导游', '兼职领队'])}）`, table(d, cols(spec), ppl)].join('\n');
};

B['airport-transfer'] = (d) => {
  const t = trip(), n = rows(), drivers = Array.from({ length: ri(1, 4) }, () => person({ y0: 1965, y1: 1995, male: true }));
  const ppl = Array.from({ length: n }, () => person({ y0: 1950, y1: 2005 }));
  const spec = [
    { h: ['日期'], f: () => d.x('date', fdate(addDays(t, ri(0, 3)), pick([0, 1]))), fixed: true },
    { h: ['航班号', '航班'], f: () => d.x('flight_no', flightNo()) },
    { h: ['落地时间', '抵达时间'], f: () => hm() },
    { h: ['客人', '客人姓名', '乘客'], f: (p) => (chance(0.1) && !/·/.test(p.name) ? `${d.dc('person_name_zh', p.name[0])}${p.male ? '先生' : '女士'}` : d.name(p)) },
    { h: ['人数'], f: () => ri(1, 6), p: 0.6 },
    { h: ['客人电话', '联系电话'], f: (p) => d.mobL(p.mobile) },
    { h: ['司机'], f: () => { const x = pick(drivers); return `${d.name(x)}${chance(0.5) ? ' ' + d.mob(x.mobile) : ''}`; }, p: 0.8 },
    { h: ['车牌'], f: () => d.x('plate_no', `${pick(['沪', '京', '粤', '琼'])}${pick(['A', 'B'])}${digits(5)}`), p: 0.5 },
    { h: ['送达酒店', '目的地'], f: () => pick(HOTELS), p: 0.6 },
    ...sys(d, t),
  ];
  return [`${pick(['接机安排表', '接送机明细', '机场接送排班'])} ${pick(AIRPORTS)[1]}`, table(d, cols(spec), ppl)].join('\n');
};

B['email-thread'] = (d) => {
  const ag = agency(), t = trip(), a = person({ y0: 1980, y1: 1998 }), b = person({ y0: 1980, y1: 1998 }), [ac, sub] = genLand();
  const wm = (p) => d.e('email', `${p.sur.toLowerCase()}${p.giv.toLowerCase()}@${ag.dom}`);
  const n = ri(1, 8), ppl = Array.from({ length: n }, () => person({ y0: 1950, y1: 2015 })), intl = chance(0.5);
  const lines = ppl.map((p) => `${d.name(p)} ${intl ? '护照' + pick([' ', '：', '']) + d.pp(p.passport) : '身份证' + pick([' ', '：']) + d.id(p.id)} ${pick(['手机', '电话', 'Tel'])} ${d.mob(p.mobile)}`);
  return [`发件人: "${d.name(a)}" <${wm(a)}>`, `收件人: ${d.name(b)} <${wm(b)}>; ${d.dc('email', pick(['op', 'booking', 'visa', 'jidiao']) + '@' + ag.dom)}`,
    `日期: ${d.x('datetime', dtime(t))}`, `主题: ${pick(['转发：', '回复：', ''])}${pick(['客人证件信息', '出票名单请核对', '团队名单更新', '签证资料补充'])}（团号 ${d.x('group_code', groupCode(t))}）`, '',
    `${[...b.name].length === 3 && !/·/.test(b.name) ? d.dc('person_name_zh', b.name.slice(1)) : d.name(b)}，你好：`, `附件是${d.x('group_code', groupCode(t))}团的客人信息，请尽快${intl ? '订位出票' : '出票'}，PNR ${d.x('pnr', pnrCode())}：`, '', ...lines, '',
    chance(0.4) ? `另外${d.name(ppl[0])}的退款请打到 ${d.card(ppl[0].card)}（${pick(BANKS)}）。` : '', '谢谢！', '--', `${d.name(a)} | ${pick(['计调部', '签证部', '机票部', '出境中心'])}`,
    `${d.x('company', ag.name)}`, `T: ${d.tel(ac, sub, true)}${chance(0.5) ? ' 转' + ri(8001, 8099) : ''}  M: ${d.mob(a.mobile)}`, `旅行社业务经营许可证 ${d.x('licence_no', ag.lic)}`].join('\n');
};

B['refund-list'] = (d) => {
  const t = trip(), n = rows(), ppl = Array.from({ length: n }, () => person({ y0: 1950, y1: 2002 }));
  const spec = [
    { h: ['订单号', '退款单号'], f: () => d.x('order_no', orderNo(t)), fixed: true },
    { h: ['游客姓名', '客人'], f: (p) => d.name(p) },
    { h: ['手机'], f: (p) => d.mobL(p.mobile), p: 0.75 },
    { h: ['退款金额'], f: () => `${ri(100, 20000)}.00` },
    { h: ['收款户名', '户名', '开户名'], f: (p) => d.name(p) },
    { h: ['收款卡号', '银行卡号', '退款账号'], f: (p) => (chance(0.9) ? d.card(p.card) : d.mCard(p.card)) },
    { h: ['开户行', '开户银行'], f: () => pick(BANKS) + pick(['', '北京分行', '浦东支行', '营业部']) },
    { h: ['退款原因'], f: () => pick(['签证拒签', '个人原因退团', '航班取消', '疫情', '重复下单']), p: 0.6 },
    { h: ['退款流水号', '交易流水号'], f: () => d.x('txn_no', `${ymd(t, '')}${digits(ri(10, 12))}`), p: 0.5 },
    ...sys(d, t),
  ];
  return [`${pick(['退团退款申请汇总', '待退款客户清单', '退款打款明细'])} ${d.x('date', fdate(t, 0))}`, table(d, cols(spec), ppl),
    `经办：${d.name(person())}  审核：${d.name(person())}`].join('\n');
};

B['rooming-list'] = (d) => {
  const t = trip(), rooms = ri(1, 30), hotel = pick(HOTELS);
  const rm = Array.from({ length: rooms }, () => Array.from({ length: chance(0.75) ? 2 : 1 }, () => person({ y0: 1948, y1: 2016 })));
  const style = pick(['line', 'table']);
  if (style === 'line') return [`Rooming List — ${d.x('hotel', hotel)}  入住 ${d.x('date', fdate(t, 0))}`,
    ...rm.map((r) => `${d.x('room_no', roomNo())} ${r.length === 2 ? pick(['双床', 'TWN', '大床']) : pick(['单间', 'SGL'])}: ${r.map((p) => `${d.name(p)}(${d.id(p.id)})`).join(' + ')}`)].join('\n');
  const spec = [
    { h: ['房号'], f: () => d.x('room_no', roomNo()), fixed: true },
    { h: ['房型'], f: (r) => (r.length === 2 ? '标间' : '单间') },
    { h: ['客人1'], f: (r) => d.name(r[0]) },
    { h: ['证件1', '身份证1'], f: (r) => d.id(r[0].id) },
    { h: ['客人2'], f: (r) => (r[1] ? d.name(r[1]) : '') },
    { h: ['证件2', '身份证2'], f: (r) => (r[1] ? d.id(r[1].id) : '') },
    { h: ['联系电话'], f: (r) => d.mob(r[0].mobile), p: 0.5 },
    ...sys(d, t),
  ];
  return [`分房表 ${d.x('hotel', hotel)} 团号 ${d.x('group_code', groupCode(t))}`, table(d, cols(spec), rm)].join('\n');
};

B['chat-log'] = (d) => {
  const t = trip(), staff = Array.from({ length: ri(2, 4) }, () => person({ y0: 1982, y1: 2000 })), n = ri(2, 10);
  const ag = agency(), ppl = Array.from({ length: n }, () => person({ y0: 1950, y1: 2015 }));
  let tm = ri(8, 18) * 60;
  const ts = () => { tm += ri(1, 15); return d.x('datetime', `${ymd(t)} ${pad(Math.floor(tm / 60) % 24, 2)}:${pad(tm % 60, 2)}:${pad(ri(0, 59), 2)}`); };
  const who = () => d.name(pick(staff));
  const L = [`群聊：${d.x('company', ag.name)}-${pick(['计调操作群', '签证组', '出境中心工作群'])}  导出记录`,
    `${ts()} ${who()}：@${d.name(staff[0])} ${pick(['明天的团还差客人证件', '客人资料发一下', '出票名单核一下'])}`];
  for (const p of ppl) {
    const r = rand();
    if (r < 0.35) L.push(`${ts()} ${who()}：${d.name(p)} ${d.id(p.id)} ${d.mob(p.mobile)}`);
    else if (r < 0.55) L.push(`${ts()} ${who()}：[图片] 护照首页 ${d.name(p)} ${d.pp(p.passport)}`);
    else if (r < 0.7) L.push(`${ts()} ${who()}：${d.name(p)}退团，退款打客人卡 ${d.card(p.card)} 户名${d.name(p)}`);
    else if (r < 0.85) L.push(`${ts()} ${who()}：客人${d.name(p)}邮箱${d.mail(p)}，确认单发过去了`);
    else L.push(`${ts()} ${who()}：${d.mName(p)} ${d.mMob(p.mobile)} 这个客人电话打不通`);
  }
  L.push(`${ts()} ${who()}：收到，已出票，票号${d.x('ticket_no', ticketNo())}，编码${d.x('pnr', pnrCode())}`);
  return L.join('\n');
};

B['ffp-members'] = (d) => {
  const t = trip(), n = rows(), ppl = Array.from({ length: n }, () => person({ y0: 1955, y1: 2002 }));
  const spec = [
    { h: ['会员卡号', '会员号', '常旅客号'], f: () => d.x('member_no', memberNo()), fixed: true },
    { h: ['姓名', '会员姓名'], f: (p) => d.name(p) },
    { h: ['手机号', '手机'], f: (p) => d.mobL(p.mobile) },
    { h: ['邮箱'], f: (p) => d.mail(p), p: 0.8 },
    { h: ['证件号'], f: (p) => (chance(0.5) ? d.idL(p.id) : d.pp(p.passport)), p: 0.6 },
    { h: ['等级'], f: () => pick(['普卡', '银卡', '金卡', '白金卡']), p: 0.7 },
    { h: ['注册时间戳', 'reg_ts', '注册时间'], f: () => d.x('timestamp', `17${digits(11)}`), p: 0.5 },
    { h: ['积分', '里程余额'], f: () => ri(0, 300000), p: 0.6 },
    ...sys(d, t),
  ];
  return [`${pick(['凤翔常旅客', '万里行会员', '华悦酒店会员', '畅游俱乐部'])} 会员数据导出 ${d.x('datetime', dtime(trip()))}`, table(d, cols(spec), ppl)].join('\n');
};

B['invoice-request'] = (d) => {
  const m = ri(1, 6), blocks = [];
  for (let i = 0; i < m; i++) {
    const u = genUscc(), [ac, sub] = genLand(), rc = person({ y0: 1970, y1: 1998 }), c = pick(COMPS);
    blocks.push([`单位名称：${d.x('company', c)}`, `${pick(['纳税人识别号', '统一社会信用代码', '税号'])}：${d.uscc(u)}`,
      `地址、电话：${pick(['上海市浦东新区张江路', '北京市海淀区中关村大街', '广州市天河区体育西路', '杭州市西湖区文三路'])}${ri(1, 999)}号 ${d.tel(ac, sub, true)}`,
      `开户行及账号：${pick(BANKS)}${pick(['上海分行', '北京分行', '营业部'])} ${d.dc('bank_card', `${ri(1, 9)}${digits(ri(12, 17))}`)}`,
      `收票人：${d.name(rc)}  手机：${d.mob(rc.mobile)}  邮箱：${d.mail(rc)}`,
      chance(0.5) ? `已开：发票代码 ${d.x('invoice_code', '0' + pick(['4403', '3100', '1100', '4401', '3301', '3201']) + String(ri(19, 24)) + digits(5))} 发票号码 ${d.x('invoice_no', digits(8))}` : `全电发票号码 ${d.x('invoice_no', '24' + digits(18))}`].join('\n'));
  }
  return [`${pick(['会议费开票信息汇总', '团费开票申请', '差旅服务费开票信息'])}`, ...blocks].join('\n\n');
};

B['expo-registration'] = (d) => {
  const t = trip(), n = rows(), ppl = Array.from({ length: n }, () => person({ y0: 1960, y1: 2002 }));
  const spec = [
    { h: ['登记号', '胸卡号', 'BadgeID'], f: () => d.x('badge_no', `${pick(['V', 'B', 'EX'])}${String(t.y).slice(2)}${digits(7)}`), fixed: true },
    { h: ['姓名', 'Name'], f: (p) => d.name(p) },
    { h: ['公司', 'Company'], f: () => d.x('company', pick(COMPS)) },
    { h: ['职位', 'Title'], f: () => d.x('job_title', pick(JOBS)), p: 0.6 },
    { h: ['手机', 'Mobile'], f: (p) => d.mobL(p.mobile) },
    { h: ['邮箱', 'Email'], f: (p) => d.mail(p) },
    { h: ['参观日期', 'Date'], f: () => d.x('date', fdate(addDays(t, ri(0, 2)), 0)), p: 0.5 },
    { h: ['来源渠道'], f: () => pick(['官网', '公众号', '短信邀请', '现场']), p: 0.4 },
    ...sys(d, t),
  ];
  return [`${pick(['2025中国国际旅游交易会', '上海国际酒店用品博览会', '中国邮轮产业博览会', '亚洲户外运动展'])} 观众预登记数据`, table(d, cols(spec), ppl)].join('\n');
};

B['e-itinerary'] = (d) => {
  const n = ri(1, 4), out = [];
  for (let i = 0; i < n; i++) {
    const p = person({ y0: 1950, y1: 2010 }), c = pick(CARRIERS), t = trip(), [a, b] = shuffle(AIRPORTS);
    out.push([`航空运输电子客票行程单  印刷序号：${d.x('serial_no', ri(1, 9) + digits(9))}`, `旅客姓名 ${d.name(p)}   有效身份证件号码 ${d.id(p.id)}   签注 ${pick(['不得签转', '退改收费', 'GV', ''])}`,
      `自 ${a[1]} 至 ${b[1]}  承运人 ${c[0]}  航班号 ${d.x('flight_no', flightNo(c))}  座位等级 ${pick(['Y', 'B', 'M'])}  日期 ${d.x('date', fdate(t, 0))}  时间 ${hm()}`,
      `票价 CNY${ri(400, 3000)}.00  民航发展基金 CNY50.00  合计 CNY${ri(450, 3100)}.00`, `电子客票号码 ${d.x('ticket_no', ticketNo(c))}  验证码 ${d.x('check_code', digits(4))}  保险费 XXX`,
      `填开单位 ${d.x('company', pick(ORGS)[0])}  填开日期 ${d.x('date', fdate(addDays(t, -ri(1, 10)), 0))}`].join('\n'));
  }
  return out.join('\n\n');
};

B['tour-contract'] = (d) => {
  const ag = agency(), t = trip(), p = person({ y0: 1955, y1: 1998 }), [ac, sub] = genLand(), n = ri(1, 8);
  const comp = Array.from({ length: n }, () => person({ y0: 1945, y1: 2018 })), out = chance(0.5);
  return [`${out ? '团队出境旅游合同' : '团队国内旅游合同'}（示范文本）  合同编号：${d.x('contract_no', `HT${t.y}${digits(6)}`)}`,
    `旅游者：${d.name(p)}（代表） 身份证号：${d.id(p.id)} 电话：${d.mob(p.mobile)} 住址：${pick(['上海市徐汇区漕溪北路', '北京市朝阳区建国路', '广州市越秀区环市东路'])}${ri(1, 500)}弄${ri(1, 30)}号${ri(101, 2801)}室`,
    `旅行社：${d.x('company', ag.name)}  统一社会信用代码：${d.uscc(ag.uscc)}  经营许可证号：${d.x('licence_no', ag.lic)}`,
    `旅行社联系电话：${d.tel(ac, sub, true)}  投诉电话：${d.x('hotline', '12301')}`,
    `线路：${out ? pick(OUT_ROUTES) : pick(DOM_ROUTES)}  出发日期：${d.x('date', fdate(t, 2))}  团费合计：${ri(3, 80) * 1000}元`,
    `付款方式：${chance(0.5) ? `银行卡刷卡（卡号 ${d.card(p.card)}）` : `转账（付款账户${d.x('masked_card', '尾号' + p.card.slice(-4))}）`}`,
    `附件：旅游者名单`, ...comp.map((c, i) => `${i + 1}、${d.name(c)} ${sexCell(c)} ${out ? '护照 ' + d.pp(c.passport) : '身份证 ' + d.id(c.id)}`),
    `旅游者签字：${d.name(p)}   经办人：${d.name(person({ y0: 1980, y1: 2000 }))}   签约日期：${d.x('date', fdate(addDays(t, -ri(7, 60)), 2))}`].join('\n');
};

B['payment-records'] = (d) => {
  const t = trip(), n = rows(), ppl = Array.from({ length: n }, () => person({ y0: 1955, y1: 2000 }));
  const spec = [
    { h: ['交易时间', '到账时间'], f: () => d.x('datetime', dtime(addDays(t, -ri(0, 30)))), fixed: true },
    { h: ['付款人', '付款户名', '对方户名'], f: (p) => d.name(p) },
    { h: ['付款账号', '对方账号', '付款卡号'], f: (p) => d.card(p.card) },
    { h: ['对方开户行'], f: () => pick(BANKS), p: 0.6 },
    { h: ['金额', '收入金额'], f: () => `${ri(1000, 90000)}.00` },
    { h: ['交易流水号', '流水号'], f: () => d.x('txn_no', pick([`${ymd(t, '')}${digits(12)}`, `${digits(4)}${ymd(t, '')}${digits(8)}`.replace(/^[456]/, '3')])) },
    { h: ['摘要', '附言'], f: (p) => (chance(0.25) ? `${d.name(p)}团费` : pick(['团款', '定金', '尾款', '签证费'])) },
    { h: ['团号'], f: () => d.x('group_code', groupCode(t)), p: 0.5 },
    ...sys(d, t),
  ];
  return [`${pick(['对公账户收款明细', '团款到账记录', '银行流水导出（收入）'])}  收款单位：${d.x('company', pick(ORGS)[0])}`, table(d, cols(spec), ppl)].join('\n');
};

B['bus-charter'] = (d) => {
  const t = trip(), n = rows(), drv = person({ y0: 1965, y1: 1990, male: true }), ppl = Array.from({ length: n }, () => person({ y0: 1945, y1: 2018 }));
  const spec = [
    { h: ['座位', '座号'], f: (p, i) => d.x('seat_no', `${i + 1}${pick(['号', '座', ''])}`), fixed: true },
    { h: ['乘客姓名', '姓名'], f: (p) => d.name(p) },
    { h: ['身份证号码', '证件号'], f: (p) => d.idL(p.id) },
    { h: ['联系电话'], f: (p) => d.mobL(p.mobile), p: 0.7 },
    { h: ['上车点'], f: () => pick(['人民广场', '火车站北广场', '体育中心', '地铁2号线出口']), p: 0.6 },
    ...sys(d, t),
  ];
  return [`${pick(['旅游包车乘客名单（交警备案）', '客运包车乘客登记表', '旅游大巴实名登记'])}`, `车牌号：${d.x('plate_no', `${pick(['沪', '京', '浙'])}${pick(['A', 'B', 'D'])}${digits(5)}`)}  驾驶员：${d.name(drv)} ${d.mob(drv.mobile)}  驾驶证：${d.id(drv.id)}`,
    `出发：${d.x('datetime', dtime(t))}`, table(d, cols(spec), ppl)].join('\n');
};

B['complaint-ticket'] = (d) => {
  const t = trip(), p = person({ y0: 1955, y1: 2000 }), g = person({ y0: 1980, y1: 1998 }), ag = agency(), c = pick(CARRIERS);
  return [`客诉工单 ${d.x('ticket_id', `KS${ymd(t, '')}${digits(4)}`)}  来源：${pick(['12301平台转办', '400热线', '携程投诉', '微博'])}`,
    `投诉人：${d.name(p)}  联系方式：${d.mob(p.mobile)}${chance(0.5) ? '  邮箱：' + d.mail(p) : ''}`,
    `证件：${chance(0.5) ? d.id(p.id) : d.pp(p.passport)}  订单号：${d.x('order_no', orderNo(t))}  航班：${d.x('flight_no', flightNo(c))}`,
    `内容：客人反映${pick(['导游强制购物', '酒店与合同不符', '航班延误无人安排', '行李丢失'])}，涉事导游${d.name(g)}（${d.x('guide_licence', `D-${pick(['3101', '4401', '5301'])}-${digits(6)}`)}，手机${d.mob(g.mobile)}）。`,
    `处理意见：${pick(['全额退还自费项目费用', '补偿500元', '已致歉'])}，${chance(0.6) ? `赔付款退至客人银行卡${d.card(p.card)}` : `赔付款退至原支付账户${d.mCard(p.card)}`}。`,
    `客服：${d.name(person())}  ${d.x('company', ag.name)} 热线 ${d.x('hotline', '400-' + ri(600, 899) + '-' + pad(ri(0, 9999), 4))}`].join('\n');
};

// ---------------------------------------------------------------- self-check
function checkDoc(doc) {
  const err = [], text = doc.text;
  const ents = doc.entities, dcs = doc.dontCare, decs = doc.decoys;
  for (const [list, isDc] of [[ents, false], [dcs, true]]) for (const e of list) {
    if (!VALID[e.detector]) err.push(`unknown detector ${e.detector}`);
    else if (!VALID[e.detector](e.value, isDc)) err.push(`invalid ${e.detector} value ${e.value}`);
  }
  for (const r of doc._raws) {
    if (!text.includes(r.raw)) err.push(`raw not in text: ${r.raw}`);
    if (NORM[r.det](r.raw) !== r.val && !(r.det === 'email' && r.raw.includes('//'))) err.push(`raw ${r.raw} normalises to ${NORM[r.det](r.raw)} not ${r.val}`);
  }
  const eKeys = new Set(ents.map((e) => e.value)), dKeys = new Set(dcs.map((e) => e.value));
  for (const v of eKeys) if (dKeys.has(v)) err.push(`entity and dontCare: ${v}`);
  const entForms = new Set(); for (const r of doc._raws) if (r.ent) { entForms.add(r.val); entForms.add(r.raw); }
  for (const x of decs) {
    if (!text.includes(x.text)) err.push(`decoy not in text: ${x.text}`);
    if (eKeys.has(x.text) || dKeys.has(x.text)) err.push(`decoy equals label: ${x.text}`);
    const dd = x.text.replace(/\D/g, '');
    for (const f of entForms) if (x.text.includes(f) || (/^\d{11,}$/.test(f) && dd.includes(f))) err.push(`decoy ${x.text} contains entity ${f}`);
  }
  if (!ents.length) err.push('no entities');
  return err;
}

// ---------------------------------------------------------------- main
const PLAN = Object.keys(B).map((k) => [k, ['tour-roster', 'air-order-export', 'ota-ctrip', 'visa-batch', 'conference-registration', 'study-tour', 'guide-roster', 'refund-list', 'chat-log', 'email-thread'].includes(k) ? 11 : 9]);
const docs = [];
for (const [kind, count] of PLAN) {
  for (let i = 1; i <= count; i++) {
    let doc, errs;
    for (let tries = 0; tries < 30; tries++) {
      const d = new Doc(kind);
      const text = B[kind](d).replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '');
      // entity wins over dontCare; drop decoys equal to labels later via check
      for (const k of d.E.keys()) d.DC.delete(k);
      doc = { id: `${PREFIX}-${kind}-${i}`, kind, text, entities: [...d.E.values()], dontCare: [...d.DC.values()], decoys: [...d.X.values()], _raws: d.raws };
      errs = checkDoc(doc);
      if (!errs.length) break;
    }
    if (errs.length) { console.error(`cannot build ${kind}-${i}:`, errs.slice(0, 5)); process.exit(1); }
    docs.push(doc);
  }
}

// final self-check over the whole corpus
let failures = 0;
const perKind = {}, perDet = {}, perDc = {}, perDecoy = {};
let nEnt = 0, nDec = 0;
for (const doc of docs) {
  const errs = checkDoc(doc);
  const seen = new Set(); for (const e of doc.entities) { const k = e.detector + '|' + e.value; if (seen.has(k)) errs.push('duplicate entity ' + k); seen.add(k); }
  if (errs.length) { failures++; console.error(doc.id, errs.slice(0, 5)); }
  perKind[doc.kind] = (perKind[doc.kind] || 0) + 1;
  for (const e of doc.entities) { perDet[e.detector] = (perDet[e.detector] || 0) + 1; nEnt++; }
  for (const e of doc.dontCare) perDc[e.detector] = (perDc[e.detector] || 0) + 1;
  for (const x of doc.decoys) { perDecoy[x.kind] = (perDecoy[x.kind] || 0) + 1; nDec++; }
}
const kinds = Object.keys(perKind).length;
if (docs.length < 250) { failures++; console.error('fewer than 250 documents'); }
if (kinds < 25) { failures++; console.error('fewer than 25 kinds'); }
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((perDet[det] || 0) < 300) { failures++; console.error(`only ${perDet[det] || 0} ${det} labels`); }
if (nDec < nEnt) { failures++; console.error(`decoys ${nDec} < entities ${nEnt}`); }

writeFileSync(OUT, docs.map(({ _raws, ...o }) => JSON.stringify(o)).join('\n') + '\n');
console.log(`wrote ${docs.length} documents (${kinds} kinds) to ${OUT}`);
console.log('documents per kind:', JSON.stringify(perKind));
console.log('entity labels per detector:', JSON.stringify(perDet), 'total', nEnt);
console.log('dontCare labels per detector:', JSON.stringify(perDc));
console.log('decoys per kind:', JSON.stringify(perDecoy), 'total', nDec);
if (failures) { console.error(`SELF-CHECK FAILED (${failures})`); process.exit(1); }
console.log('self-check passed');
