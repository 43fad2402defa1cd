#!/usr/bin/env node
/*
 * weddings.mjs — independent labelled test corpus for listguard (session 28).
 *
 * Theme: the wedding trade in China — 婚纱摄影 studios, 婚庆 planners, hotels'
 * 宴会 (banquet) sales, 婚车 and 司仪 bookings, 喜帖 printing, and the guests'
 * 礼金 ledgers. Documents: 客户订单 exports (CSV/TSV/| tables), 宴会预订合同 and
 * 预订单 (both spouses with ID numbers, the hotel with its credit code), OCR'd
 * handwritten 礼金簿, electronic gift ledgers, 座位表, 请柬 name lists, 婚车
 * dispatch sheets, photo-shoot schedules, refund forms and refund batches,
 * WeChat transcripts, SMS platform logs, 大众点评 review replies, booking-platform
 * JSON, e-mails with guest lists, 司仪 confirmations, 喜帖 print orders, banquet
 * system logs, meeting notes, freelancer pay sheets, guest lodging registers,
 * XML exports, RSVP exports, OCR'd receipts, overseas-shoot sign-up forms and a
 * legacy customer archive with 15-digit IDs.
 *
 * Usage:   node weddings.mjs OUT.jsonl
 * Output:  one JSON object per line:
 *   {"id":"wed-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must NOT be reported under any detector
 * Normalisation of values: cn_resident_id 18 chars, upper-case X (legacy 15-digit
 * IDs upgraded to 18); cn_mobile 11 digits without +86 or separators; cn_landline
 * digits incl. the leading 0 and area code, no separators/extension; email
 * lower-case; bank_card digits only; cn_passport upper-case; cn_uscc 18 chars
 * upper-case; person_name_zh the name as written, without spaces, titles or
 * pinyin. Decoys carry their exact text as written.
 * All values are synthetic: check digits (MOD 11-2, Luhn, GB 32100 + GB 11714)
 * are computed here, dates are real calendar dates, mobile prefixes allocated.
 * Deterministic: own mulberry32 PRNG with a fixed seed, no clock, no I/O but OUT.
 *
 * Written in session 28 by a helper that never read src/, rules/ or test/,
 * from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

const OUT = process.argv[2];
if (!OUT) { console.error('usage: node weddings.mjs OUT.jsonl'); process.exit(2); }

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(0x5EDD1520);
const ri = (a, b) => a + Math.floor(rand() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rand() * arr.length)];
const chance = (p) => rand() < p;
const pad = (n, w) => String(n).padStart(w, '0');
const digits = (k) => { let s = ''; for (let i = 0; i < k; i++) s += ri(0, 9); return s; };
function shuffle(a) { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
function sample(arr, k) { return shuffle(arr.slice()).slice(0, k); }
const toFW = (s) => s.replace(/[\x21-\x7e]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xFEE0));
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const csvq = (s) => (/[",\n]/.test(String(s)) ? `"${String(s).replace(/"/g, '""')}"` : String(s));
function dispW(s) { let w = 0; for (const ch of s) w += ch.codePointAt(0) > 0x2e80 ? 2 : 1; return w; }
const padW = (s, w) => s + ' '.repeat(Math.max(1, w - dispW(s)));

// ---------------------------------------------------------------- dates
const DOW = ['日', '一', '二', '三', '四', '五', '六'];
const mkD = (y, m, d) => ({ y, m, d });
const toUTC = (d) => Date.UTC(d.y, d.m - 1, d.d);
function fromUTC(t) { const x = new Date(t); return { y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() }; }
const addDays = (d, n) => fromUTC(toUTC(d) + n * 86400000);
const dow = (d) => new Date(toUTC(d)).getUTCDay();
function randDay(a, b) { const t1 = toUTC(a), t2 = toUTC(b); return fromUTC(t1 + ri(0, Math.round((t2 - t1) / 86400000)) * 86400000); }
function fd(d, st = 'dash') {
  switch (st) {
    case 'dot': return `${d.y}.${d.m}.${d.d}`;
    case 'dot2': return `${d.y}.${pad(d.m, 2)}.${pad(d.d, 2)}`;
    case 'cn': return `${d.y}年${d.m}月${d.d}日`;
    case 'slash': return `${d.y}/${d.m}/${d.d}`;
    case 'md': return `${d.m}月${d.d}日`;
    case 'compact': return `${d.y}${pad(d.m, 2)}${pad(d.d, 2)}`;
    default: return `${d.y}-${pad(d.m, 2)}-${pad(d.d, 2)}`;
  }
}
const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const dim = (y, m) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
const validDate = (y, m, d) => m >= 1 && m <= 12 && d >= 1 && d <= dim(y, m);
const HOT = [[2024, 5, 1], [2024, 5, 20], [2024, 8, 10], [2024, 9, 9], [2024, 10, 1], [2024, 10, 2], [2024, 10, 3], [2024, 10, 6],
  [2024, 12, 12], [2025, 1, 1], [2025, 2, 14], [2025, 5, 1], [2025, 5, 20], [2025, 8, 29], [2025, 10, 1], [2025, 10, 2], [2025, 10, 6]];
function weddingDay() {
  if (chance(0.35)) { const h = pick(HOT); return mkD(h[0], h[1], h[2]); }
  for (;;) { const d = randDay(mkD(2024, 4, 1), mkD(2025, 12, 28)); if (dow(d) === 6 || dow(d) === 0 || chance(0.15)) return d; }
}
const hms = () => `${pad(ri(8, 22), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`;
const msTs = (d) => String(Date.UTC(d.y, d.m - 1, d.d, ri(0, 15), ri(0, 59), ri(0, 59)) + ri(0, 999));
const sTs = (d) => String(Math.floor(Date.UTC(d.y, d.m - 1, d.d, ri(0, 15), ri(0, 59), ri(0, 59)) / 1000));

// ---------------------------------------------------------------- validators
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b) { let s = 0; for (let i = 0; i < 17; i++) s += +b[i] * IDW[i]; return '10X98765432'[s % 11]; }
// every province prefix any validator might accept (conservative: used to keep decoys invalid)
const PROV = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82', '83', '91']);
function isValidId18(s) {
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  if (!PROV.has(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || y > 2025 || !validDate(y, m, d)) return false;
  return idCheck(s) === s[17];
}
const up15 = (s) => { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheck(b); };
function isValidId15(s) {
  if (!/^\d{15}$/.test(s) || !PROV.has(s.slice(0, 2))) return false;
  return validDate(1900 + +s.slice(6, 8), +s.slice(8, 10), +s.slice(10, 12));
}
const MOB_OK3 = new Set(['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '145', '147', '150', '151', '152', '153', '155', '156', '157', '158', '159',
  '162', '165', '166', '167', '170', '171', '172', '173', '175', '176', '177', '178', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189',
  '190', '191', '192', '193', '195', '196', '197', '198', '199']);
function isValidMobile(s) {
  if (!/^1\d{10}$/.test(s)) return false;
  return MOB_OK3.has(s.slice(0, 3)) || s.startsWith('1610') || /^1740[0-5]/.test(s);
}
function luhnOk(s) {
  let sum = 0, alt = false;
  for (let i = s.length - 1; i >= 0; i--) { let d = +s[i]; if (alt) { d *= 2; if (d > 9) d -= 9; } sum += d; alt = !alt; }
  return sum % 10 === 0;
}
function luhnDigit(body) { for (let d = 0; d < 10; d++) if (luhnOk(body + d)) return String(d); }
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(s17) { let sum = 0; for (let i = 0; i < 17; i++) sum += UA.indexOf(s17[i]) * UW[i]; return UA[(31 - (sum % 31)) % 31]; }
function orgCheck(s8) {
  const W = [3, 7, 9, 10, 5, 8, 4, 2]; let sum = 0;
  for (let i = 0; i < 8; i++) { const c = s8[i]; sum += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * W[i]; }
  const c = 11 - (sum % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
function isValidUscc(s) {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s)) return false;
  return usccCheck(s.slice(0, 17)) === s[17] && orgCheck(s.slice(8, 16)) === s[16];
}
// true when a digit string would NOT pass as any labelled value (used for decoys)
function numericDecoyOk(s) {
  if (!/^\d+$/.test(s)) return true;
  if (s.length === 11 && isValidMobile(s)) return false;
  if (s.length === 13 && s.startsWith('86') && isValidMobile(s.slice(2))) return false;
  if (s.length === 18 && (isValidId18(s) || isValidUscc(s))) return false;
  if (s.length === 15 && isValidId15(s)) return false;
  if (s.length >= 14 && s.length <= 19 && luhnOk(s)) return false;
  return true;
}

// ---------------------------------------------------------------- generators of values
const USED = new Set();
function uniq(gen) { for (let i = 0; i < 5000; i++) { const v = gen(); if (v !== 'x' && !USED.has(v)) { USED.add(v); return v; } } throw new Error('uniq exhausted'); }

const REGIONS_X = ['130102', '140105', '150102', '210102', '220102', '230103', '340104', '350203', '350582', '360102', '370102', '410305', '441302',
  '450103', '460106', '520102', '530102', '620102', '630104', '640104', '650102', '320282', '330282', '330382', '420602', '430602', '511102', '120101', '120104'];
function genId(sex, y1, y2, region) {
  return uniq(() => {
    const r = region || pick(ALL_REGIONS);
    const dt = randDay(mkD(y1, 1, 1), mkD(y2, 12, 31));
    const body = r + dt.y + pad(dt.m, 2) + pad(dt.d, 2) + pad(ri(0, 99), 2) + String(sex === 'M' ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]));
    return body + idCheck(body);
  });
}
function badId(kind) {
  for (;;) {
    let s;
    const r = pick(ALL_REGIONS), y = ri(1960, 2000), seq = pad(ri(0, 999), 3);
    if (kind === 'bad_id_check') {
      const dt = randDay(mkD(y, 1, 1), mkD(y, 12, 31));
      const b = r + dt.y + pad(dt.m, 2) + pad(dt.d, 2) + seq; const c = idCheck(b);
      s = b + pick('0123456789X'.replace(c, '').split(''));
    } else if (kind === 'bad_id_date') {
      if (chance(0.3)) { const yy = chance(0.5) ? ri(1870, 1899) : ri(2031, 2039); const dt = randDay(mkD(yy, 1, 1), mkD(yy, 12, 31)); const b = r + dt.y + pad(dt.m, 2) + pad(dt.d, 2) + seq; s = b + idCheck(b); }
      else { const md = pick([[2, 30], [2, 31], [13, ri(1, 28)], [4, 31], [0, ri(1, 28)], [ri(1, 12), 0], [6, 31], [9, 31], [11, 31]]);
        const b = r + y + pad(md[0], 2) + pad(md[1], 2) + seq; s = b + idCheck(b); }
    } else { // bad_id_region
      const dt = randDay(mkD(y, 1, 1), mkD(y, 12, 31));
      const b = pick(['000000', '200101', '990102', '190101', '280103', '001673']) + dt.y + pad(dt.m, 2) + pad(dt.d, 2) + seq; s = b + idCheck(b);
    }
    if (!isValidId18(s) && numericDecoyOk(s.replace('X', '')) && !luhnOk(s.replace('X', '0')) && !USED.has(s)) { USED.add(s); return s; }
  }
}
const MOB_GEN = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '156', '157', '158', '159', '166', '173', '175', '176', '177', '178',
  '180', '181', '182', '183', '185', '186', '187', '188', '189', '191', '193', '195', '198', '199', '135', '136', '137', '138', '139', '158', '159', '186', '187', '188', '152', '157', '147'];
const DEMO = new Set(['13800138000', '13912345678', '18888888888']);
for (const d of DEMO) USED.add(d);
function genMobile() { return uniq(() => pick(MOB_GEN) + digits(8)); }
function badMobile() { return uniq(() => pick(['140', '141', '142', '143', '144', '146', '154']) + digits(8)); }
const BINS = [['622202', 19, '中国工商银行'], ['621226', 19, '中国工商银行'], ['621559', 19, '中国工商银行'], ['621700', 19, '中国建设银行'], ['622700', 19, '中国建设银行'],
  ['622848', 19, '中国农业银行'], ['623052', 19, '中国农业银行'], ['621483', 16, '招商银行'], ['622588', 16, '招商银行'], ['621661', 19, '中国银行'], ['621785', 19, '中国银行'],
  ['622262', 19, '交通银行'], ['622908', 18, '兴业银行'], ['622689', 16, '中信银行'], ['622622', 16, '中国民生银行'], ['623058', 19, '平安银行'],
  ['621799', 19, '中国邮政储蓄银行'], ['622188', 19, '中国邮政储蓄银行'], ['622155', 16, '中国工商银行'], ['621098', 19, '中国邮政储蓄银行']];
function genCard(bin) { return uniq(() => { let s = bin[0]; while (s.length < bin[1] - 1) s += ri(0, 9); return s + luhnDigit(s); }); }
function badCardNumber(len, prefix) { // a serial that fails Luhn
  return uniq(() => { let s = prefix; while (s.length < len) s += ri(0, 9); return numericDecoyOk(s) ? s : 'x'; });
}
function genUscc(region, kind = '91') {
  return uniq(() => {
    let b8 = '';
    if (chance(0.7)) { b8 = 'MA' + pick(['1', '2', '3', '5', '6']); while (b8.length < 8) b8 += UA[ri(0, chance(0.6) ? 9 : 30)]; }
    else b8 = digits(8).replace(/^0/, '7');
    const s17 = kind + region + b8 + orgCheck(b8);
    const u = s17 + usccCheck(s17);
    return (u.match(/\d+/g) || []).some((r) => r.length >= 14 && luhnOk(r)) ? 'x' : u;
  });
}
function genLandline(area) { return uniq(() => area + String(ri(2, 8)) + digits(7)); }
function genPassport() { return uniq(() => (chance(0.45) ? 'E' + ri(1, 9) + digits(7) : 'E' + pick('ABCDEFGH'.split('')) + digits(7))); }
function corpAccount(prefix, len) {
  return uniq(() => { let s = prefix; while (s.length < len) s += ri(0, 9); return numericDecoyOk(s) ? s : 'x'; });
}
function orderNum(d, len) { return uniq(() => { let s = fd(d, 'compact'); while (s.length < len) s += ri(0, 9); return numericDecoyOk(s) ? s : 'x'; }); }
function serialNum(prefix, len) { return uniq(() => { let s = prefix; while (s.length < len) s += ri(0, 9); return numericDecoyOk(s) ? s : 'x'; }); }
function okTs(gen) { for (;;) { const s = gen(); if (numericDecoyOk(s)) return s; } }

// ---------------------------------------------------------------- formatting
function fmtMob(m, st) {
  switch (st) {
    case 's344': return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'd344': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case 'p86': return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'p86n': return `+86${m}`;
    case 'p86d': return `+86-${m}`;
    case '0086': return `0086 ${m}`;
    case 'fw': return toFW(m);
    default: return m;
  }
}
function mobStyle(pr = 'mixed') {
  const r = rand();
  if (pr === 'clean') return r < 0.93 ? 'plain' : r < 0.97 ? 's344' : 'p86n';
  if (pr === 'human') return r < 0.52 ? 'plain' : r < 0.7 ? 's344' : r < 0.8 ? 'd344' : r < 0.86 ? 'p86' : r < 0.9 ? 'p86n' : r < 0.93 ? '0086' : r < 0.95 ? 'p86d' : 'fw';
  return r < 0.76 ? 'plain' : r < 0.86 ? 's344' : r < 0.91 ? 'd344' : r < 0.96 ? 'p86n' : 'p86';
}
function fmtId(v, st) {
  switch (st) {
    case 'lx': return v.replace('X', 'x');
    case 's684': return `${v.slice(0, 6)} ${v.slice(6, 14)} ${v.slice(14)}`;
    case 'fw': return toFW(v);
    default: return v;
  }
}
function idStyle(pr = 'mixed') {
  const r = rand();
  if (pr === 'clean') return r < 0.92 ? 'plain' : 'lx';
  if (pr === 'human') return r < 0.6 ? 'plain' : r < 0.8 ? 'lx' : r < 0.9 ? 's684' : 'fw';
  return r < 0.8 ? 'plain' : r < 0.92 ? 'lx' : 's684';
}
function fmtCard(v, st) {
  const g4 = (sep) => v.match(/.{1,4}/g).join(sep);
  switch (st) {
    case 's4': return g4(' ');
    case 'd4': return g4('-');
    case 'fw': return toFW(v);
    default: return v;
  }
}
function cardStyle(pr = 'mixed') {
  const r = rand();
  if (pr === 'clean') return r < 0.85 ? 'plain' : 's4';
  if (pr === 'human') return r < 0.45 ? 'plain' : r < 0.85 ? 's4' : r < 0.95 ? 'd4' : 'fw';
  return r < 0.6 ? 'plain' : r < 0.93 ? 's4' : 'd4';
}
function fmtLand(v, st) {
  const a = /^0[12]/.test(v) ? 3 : 4; const area = v.slice(0, a), sub = v.slice(a);
  const sub44 = sub.length === 8 ? `${sub.slice(0, 4)} ${sub.slice(4)}` : sub;
  switch (st) {
    case 'dash44': return `${area}-${sub44}`;
    case 'paren': return `(${area})${sub}`;
    case 'fwparen': return `（${area}）${sub}`;
    case 'intl': return `+86 ${area.slice(1)} ${sub44}`;
    case 'space': return `${area} ${sub}`;
    case 'plain': return area + sub;
    default: return `${area}-${sub}`;
  }
}
const landStyle = () => pick(['dash', 'dash', 'dash', 'dash44', 'paren', 'fwparen', 'space', 'intl']);
const maskMob = (m) => (chance(0.85) ? m.slice(0, 3) + '****' + m.slice(7) : m.slice(0, 3) + 'xxxx' + m.slice(7));
const maskId = (v) => (chance(0.6) ? v.slice(0, 6) + '********' + v.slice(14) : v.slice(0, 3) + '*'.repeat(11) + v.slice(14));
const maskCard = (v) => (chance(0.6) ? `${v.slice(0, 4)} **** **** ${v.slice(-4)}` : `${v.slice(0, 6)}******${v.slice(-4)}`);
const maskName = (n) => (n.includes('·') ? n[0] + '**' : n[0] + (chance(0.8) ? '*'.repeat(n.length - 1) : (n.length === 2 ? '某' : '某某')));
const splitAt = (s) => { const p = ri(4, s.length - 4); return s.slice(0, p) + '\n' + s.slice(p); };
const DX = '零壹贰叁肆伍陆柒捌玖';
function daxie(n, tail = '元整') {
  const units = ['', '拾', '佰', '仟', '万']; const ds = String(n).split('').map(Number); let s = '', zero = false;
  for (let i = 0; i < ds.length; i++) { const u = units[ds.length - 1 - i]; if (ds[i] === 0) { zero = true; continue; } if (zero && s) s += '零'; zero = false; s += DX[ds[i]] + u; }
  return s + tail;
}
const money = (n) => n.toLocaleString('en-US');

// ---------------------------------------------------------------- names
const SUR_SRC = '王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he 高gao 林lin 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai 余yu 杜du 叶ye 程cheng 苏su 魏wei 吕lv 丁ding 任ren 沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan 陆lu 汪wang 范fan 金jin 石shi 廖liao 贾jia 夏xia 韦wei 付fu 方fang 白bai 邹zou 孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin 薛xue 闫yan 段duan 雷lei 侯hou 龙long 史shi 陶tao 黎li 贺he 顾gu 毛mao 郝hao 龚gong 邵shao 万wan 钱qian 严yan 覃qin 武wu 戴dai 莫mo 孔kong 向xiang 汤tang 常chang 温wen 康kang 施shi 文wen 牛niu 樊fan 葛ge 邢xing 安an 齐qi 易yi 乔qiao 伍wu 庞pang 颜yan 倪ni 庄zhuang 聂nie 章zhang 鲁lu 岳yue 翟zhai 殷yin 詹zhan 申shen 欧ou 耿geng 关guan 兰lan 焦jiao 俞yu 左zuo 柳liu 甘gan 祝zhu 包bao 宁ning 尚shang 符fu 舒shu 阮ruan 柯ke 纪ji 梅mei 童tong 凌ling 毕bi 单shan 季ji 裴pei 霍huo 涂tu 成cheng 苗miao 谷gu 盛sheng 曲qu 翁weng 冉ran 骆luo 蓝lan 路lu 游you 辛xin 靳jin 管guan 柴chai 鲍bao 华hua 喻yu 祁qi 房fang 滕teng 屈qu 饶rao 解xie 艾ai 尤you 穆mu 卓zhuo 古gu 简jian 车che 项xiang 连lian 麦mai 褚chu 娄lou 窦dou 戚qi 岑cen 景jing 党dang 宫gong 费fei 卜bu 冷leng 晏yan 席xi 卫wei 米mi 柏bai 宗zong 瞿qu 桂gui 全quan 佟tong 应ying 臧zang 闵min 邬wu 边bian 卞bian 姬ji 师shi 栾luan 商shang 沙sha 荣rong 巫wu 寇kou 桑sang 郎lang 甄zhen 仲zhong 虞yu 敖ao 巩gong 池chi 迟chi 邝kuang';
const SURNAMES = SUR_SRC.split(' ').map((t, i) => { const m = t.match(/^(\p{Script=Han}+)([a-z]+)$/u); return [m[1], m[2], 1 / (i + 6)]; });
const SUR_TOTAL = SURNAMES.reduce((a, s) => a + s[2], 0);
function pickSurname() { let r = rand() * SUR_TOTAL; for (const s of SURNAMES) { r -= s[2]; if (r <= 0) return s; } return SURNAMES[0]; }
const COMPOUND = [['欧阳', 'ouyang'], ['上官', 'shangguan'], ['司马', 'sima'], ['诸葛', 'zhuge'], ['司徒', 'situ'], ['皇甫', 'huangfu'], ['令狐', 'linghu'], ['慕容', 'murong'], ['东方', 'dongfang'], ['夏侯', 'xiahou']];
const parsePool = (s) => s.trim().split(/\s+/).map((t) => { const m = t.match(/^(\p{Script=Han}+)([a-z]+)$/u); return [m[1], m[2]]; });
const YM = parsePool('浩然haoran 子轩zixuan 宇航yuhang 俊杰junjie 博文bowen 一鸣yiming 子豪zihao 浩宇haoyu 天宇tianyu 鑫xin 昊hao 磊lei 杰jie 鹏peng 涛tao 凯kai 帅shuai 斌bin 晨chen 思远siyuan 嘉豪jiahao 文博wenbo 明轩mingxuan 泽宇zeyu 志远zhiyuan 家乐jiale 国栋guodong 伟wei 亮liang 峰feng 健jian 辉hui 毅yi 翔xiang 俊熙junxi 晨阳chenyang 旭东xudong 建宇jianyu 启航qihang 立伟liwei 振宇zhenyu 子健zijian 鹏飞pengfei 浩hao 宁ning 超chao 强qiang 勇yong 俊jun 阳yang 晓东xiaodong 海洋haiyang 雨辰yuchen 锐rui 凡fan 卓然zhuoran 博宇boyu 皓轩haoxuan');
const YF = parsePool('诗雨shiyu 晓婷xiaoting 佳琪jiaqi 欣怡xinyi 梦瑶mengyao 雅琪yaqi 婉婷wanting 若曦ruoxi 佳怡jiayi 雨桐yutong 梓涵zihan 思琪siqi 嘉怡jiayi 静怡jingyi 子涵zihan 琳lin 颖ying 倩qian 璐lu 萌meng 悦yue 瑶yao 蕾lei 婷ting 晶jing 丹dan 敏min 娜na 丽li 芳fang 静jing 雪xue 洁jie 燕yan 欢huan 慧hui 玥yue 萱xuan 晓雯xiaowen 雨萱yuxuan 梦琪mengqi 诗涵shihan 紫萱zixuan 思彤sitong 婧jing 妍yan 露lu 佳慧jiahui 晓丽xiaoli 春燕chunyan 雅婷yating 欣然xinran 文静wenjing 梦婷mengting 莉li 姗姗shanshan 佳欣jiaxin 一诺yinuo');
const OM = parsePool('建国jianguo 国庆guoqing 建华jianhua 建军jianjun 志强zhiqiang 卫东weidong 德明deming 振华zhenhua 国华guohua 永刚yonggang 春生chunsheng 海涛haitao 文斌wenbin 立新lixin 长青changqing 学军xuejun 红军hongjun 庆丰qingfeng 保国baoguo 金生jinsheng 建平jianping 国强guoqiang 永明yongming 德胜desheng 福生fusheng 志刚zhigang 爱民aimin 少华shaohua 根生gensheng 宝林baolin 明华minghua 家树jiashu 传军chuanjun 正荣zhengrong 伟民weimin');
const OF = parsePool('秀英xiuying 桂兰guilan 玉兰yulan 淑珍shuzhen 丽华lihua 红梅hongmei 春花chunhua 海燕haiyan 永红yonghong 玉梅yumei 凤英fengying 桂芳guifang 秀珍xiuzhen 美玲meiling 素芬sufen 翠英cuiying 爱琴aiqin 惠敏huimin 雪梅xuemei 晓红xiaohong 秀兰xiulan 玉珍yuzhen 金凤jinfeng 丽萍liping 淑英shuying 桂香guixiang 彩霞caixia 秀芳xiufang 美华meihua 建英jianying 月琴yueqin');
const MINORITY = [['阿依古丽·买买提', 'ayiguli', 'F'], ['迪丽娜尔·吐尔逊', 'dilinaer', 'F'], ['艾克拜尔·艾力', 'aikebaier', 'M'], ['买买提江·阿不都', 'maimaitijiang', 'M'],
  ['古丽米热·托合提', 'gulimire', 'F'], ['努尔艾力·吾斯曼', 'nuraili', 'M'], ['热依拉·阿布都', 'reyila', 'F'], ['帕提古丽·艾合买提', 'patiguli', 'F'],
  ['扎西次仁', 'zhaxiciren', 'M'], ['央金卓玛', 'yangjinzhuoma', 'F'], ['格桑顿珠', 'gesangdunzhu', 'M'], ['巴特尔', 'bateer', 'M'], ['其其格', 'qiqige', 'F'], ['阿迪力·吐尔洪', 'adili', 'M']];
// full names that are everyday words or clash with decoys — never generated
const BLACK = new Set(['安静', '文静', '华丽', '高超', '高峰', '向阳', '白雪', '安娜', '明亮', '高强', '明月', '江雪', '成功', '华晨', '安宁', '万宁', '高亮', '康健', '康宁',
  '宁静', '冷静', '金丹', '白洁', '简洁', '华强', '常青', '高兴', '方便', '金凯', '龙凤', '鲁莉', '安洁', '毕业', '任性', '车展', '史诗', '石林', '黄山', '高洁', '吴宁', '童话', '程序', '凌晨', '关晶', '康凯']);

function genName(gen, sex, doc) {
  for (let t = 0; t < 500; t++) {
    let out;
    if (chance(0.012)) { const m = pick(MINORITY.filter((x) => x[2] === sex)); out = { name: m[0], py: m[1], spy: '', gpy: m[1] }; }
    else {
      const [sur, spy] = chance(0.012) ? pick(COMPOUND) : pickSurname();
      const old = gen === 'p' || gen === 'o' || (gen === 'g' && chance(0.5));
      const pool = old ? (sex === 'M' ? OM : OF) : (sex === 'M' ? YM : YF);
      const [gv, gpy] = pick(pool);
      out = { name: sur + gv, py: spy + gpy, spy, gpy };
    }
    if (BLACK.has(out.name) || (doc && [...doc.names].some((x) => x.includes(out.name) || out.name.includes(x)))) continue;
    if (doc) doc.names.add(out.name);
    return out;
  }
  throw new Error('names exhausted');
}
const YEARS = { y: [1987, 2000], p: [1956, 1975], g: [1955, 2001], s: [1982, 2002], o: [1966, 1981] };
function person(gen, sex, doc, region) {
  sex = sex || (chance(0.5) ? 'M' : 'F');
  const p = { ...genName(gen, sex, doc), sex, gen };
  let _id, _mob, _card, _bank, _email;
  Object.defineProperties(p, {
    id: { get() { return (_id ??= genId(sex, YEARS[gen][0], YEARS[gen][1], region && chance(0.55) ? pick(region) : undefined)); } },
    mobile: { get() { return (_mob ??= genMobile()); } },
    card: { get() { if (!_card) { const b = pick(BINS); _card = genCard(b); _bank = b[2]; } return _card; } },
    bank: { get() { this.card; return _bank; } },
    email: { get() { return (_email ??= genEmail(p)); } },
  });
  return p;
}
const EN = ['amy', 'coco', 'lucky', 'sunny', 'vicky', 'kevin', 'jason', 'lily', 'cherry', 'momo', 'tina', 'jack', 'leo', 'nana', 'yoyo', 'eric'];
function genEmail(p) {
  const yy = pick(['88', '89', '90', '91', '92', '93', '94', '95', '96', '97', '98', '99', '520', '1314', '666', '']);
  return uniq(() => {
    const r = rand();
    if (r < 0.3) return String(ri(1, 9)) + digits(ri(7, 9)) + '@qq.com';
    if (r < 0.55 || !p.spy) return p.py + (p.spy ? yy : String(ri(10, 99))) + '@' + pick(['163.com', '163.com', '126.com', 'sina.com', 'foxmail.com', 'qq.com']);
    if (r < 0.7) return `${p.gpy}.${p.spy}@` + pick(['163.com', 'outlook.com', 'gmail.com', 'hotmail.com', 'icloud.com']);
    if (r < 0.82) return p.spy + p.gpy[0] + ri(100, 9999) + '@' + pick(['126.com', 'yeah.net', 'sohu.com', 'aliyun.com', '163.com']);
    if (r < 0.95) return pick(EN) + '_' + p.spy + ri(1, 99) + '@' + pick(['163.com', 'qq.com', 'icloud.com', 'foxmail.com']);
    return p.mobile + '@139.com';
  });
}
function capEmail(e) {
  if (!chance(0.12) || !/^[a-z]/.test(e)) return e;
  const [local, dom] = e.split('@');
  return local[0].toUpperCase() + local.slice(1).replace(/\.([a-z])/, (m, c) => '.' + c.toUpperCase()) + '@' + dom;
}

// ---------------------------------------------------------------- domain data
const CITIES = [
  { city: '杭州', area: '0571', rc: ['330106', '330102', '330105', '330108', '330110'], stores: ['西湖旗舰店', '武林店', '滨江店'], hotels: ['钱江明珠大酒店', '西溪悦庭酒店', '之江国际大酒店'], streets: ['文三路', '莫干山路', '江南大道', '延安路', '古墩路'], plate: '浙A', branch: ['西湖', '武林', '滨江', '文晖'] },
  { city: '上海', area: '021', rc: ['310104', '310105', '310110', '310112', '310115'], stores: ['徐家汇店', '中山公园店', '五角场店'], hotels: ['浦江丽晶大酒店', '虹桥锦华宾馆', '华亭花园酒店'], streets: ['漕溪北路', '张杨路', '七莘路', '淮海中路', '四平路'], plate: '沪A', branch: ['徐汇', '浦东', '长宁', '闵行'] },
  { city: '南京', area: '025', rc: ['320102', '320104', '320105', '320106', '320111'], stores: ['新街口店', '河西万达店'], hotels: ['紫金山庄国际酒店', '秦淮明珠大酒店', '钟山花园酒店'], streets: ['中山北路', '珠江路', '江东中路', '汉中路'], plate: '苏A', branch: ['鼓楼', '玄武', '建邺', '秦淮'] },
  { city: '成都', area: '028', rc: ['510104', '510105', '510106', '510107', '510108'], stores: ['春熙路店', '天府三街店'], hotels: ['蜀都国际酒店', '锦城花园大酒店', '浣花溪宴会中心'], streets: ['人民南路', '春熙路', '天府大道', '蜀汉路'], plate: '川A', branch: ['武侯', '锦江', '青羊', '高新'] },
  { city: '武汉', area: '027', rc: ['420102', '420103', '420106', '420111'], stores: ['江汉路店', '光谷店'], hotels: ['东湖明珠大酒店', '晴川国际酒店', '楚天宴会中心'], streets: ['中北路', '建设大道', '珞喻路', '解放大道'], plate: '鄂A', branch: ['武昌', '江汉', '洪山', '江岸'] },
  { city: '广州', area: '020', rc: ['440103', '440104', '440105', '440106', '440111'], stores: ['天河城店', '北京路店'], hotels: ['珠江帝景酒店', '花城宴会中心', '羊城国际大酒店'], streets: ['天河路', '环市东路', '江南大道中', '中山五路'], plate: '粤A', branch: ['天河', '越秀', '海珠', '荔湾'] },
  { city: '深圳', area: '0755', rc: ['440303', '440304', '440305', '440306'], stores: ['福田店', '南山海岸城店'], hotels: ['鹏城大酒店', '深湾假日酒店', '莲花山宴会中心'], streets: ['深南大道', '科技园南路', '人民南路', '新湖路'], plate: '粤B', branch: ['福田', '南山', '罗湖', '科技园'] },
  { city: '西安', area: '029', rc: ['610102', '610103', '610104', '610113'], stores: ['小寨店', '钟楼店'], hotels: ['曲江宴会中心', '长安国际大酒店', '古都丽晶酒店'], streets: ['小寨东路', '南大街', '凤城八路', '长安北路'], plate: '陕A', branch: ['雁塔', '碑林', '未央', '曲江'] },
  { city: '北京', area: '010', rc: ['110101', '110102', '110105', '110106', '110108'], stores: ['国贸店', '中关村店'], hotels: ['京华国际饭店', '燕山大酒店', '亮马河宴会中心'], streets: ['建国路', '中关村大街', '丽泽路', '朝阳北路'], plate: '京Q', branch: ['朝阳', '海淀', '东城', '丰台'] },
  { city: '重庆', area: '023', rc: ['500103', '500105', '500106', '500112'], stores: ['解放碑店', '观音桥店'], hotels: ['山城国际大酒店', '两江丽景酒店', '嘉陵江宴会中心'], streets: ['民族路', '建新北路', '新南路', '五四路'], plate: '渝A', branch: ['渝中', '江北', '渝北', '沙坪坝'] },
  { city: '长沙', area: '0731', rc: ['430102', '430103', '430104', '430105'], stores: ['五一广场店', '河西店'], hotels: ['湘江国际大酒店', '麓山宴会中心', '橘洲花园酒店'], streets: ['五一大道', '麓山南路', '芙蓉中路', '韶山北路'], plate: '湘A', branch: ['芙蓉', '岳麓', '天心', '开福'] },
  { city: '苏州', area: '0512', rc: ['320505', '320506', '320508', '320583'], stores: ['观前街店', '园区店'], hotels: ['金鸡湖国际酒店', '姑苏宴会中心', '寒山花园酒店'], streets: ['观前街', '星海街', '人民路', '苏州大道东'], plate: '苏E', branch: ['姑苏', '工业园区', '吴中', '昆山'] },
  { city: '青岛', area: '0532', rc: ['370202', '370203', '370211', '370212'], stores: ['台东店', '香港中路店'], hotels: ['海天国际大酒店', '崂山湾宴会中心', '栈桥丽晶酒店'], streets: ['香港中路', '台东三路', '辽阳西路', '太平路'], plate: '鲁B', branch: ['市南', '市北', '崂山', '黄岛'] },
  { city: '郑州', area: '0371', rc: ['410102', '410103', '410104', '410105'], stores: ['二七店', '金水店'], hotels: ['中原国际大酒店', '绿城宴会中心', '郑东花园酒店'], streets: ['金水路', '二七路', '花园路', '商都路'], plate: '豫A', branch: ['金水', '二七', '中原', '郑东'] },
];
const ALL_REGIONS = [...new Set([...CITIES.flatMap((c) => c.rc), ...REGIONS_X])];
const STUDIOS = ['时光里婚纱摄影', '初见婚纱摄影', '米兰婚纱摄影', '花嫁婚纱摄影', '巴黎春天婚纱摄影', '梦之旅婚纱摄影', '恋上婚纱摄影', '遇见婚纱摄影', '薇拉婚纱摄影'];
const PLANNERS = [['喜悦婚礼策划', 'xiyue-wedding.com'], ['囍事婚庆', 'xishi-hq.cn'], ['臻爱婚礼', 'zhenai-wed.com'], ['星河婚礼定制', 'xinghe-wedding.cn'], ['缘定今生婚庆', 'ydjs-wedding.com'], ['橙子婚礼', 'chengzi-hunli.com']];
const PACKAGES = ['韩式唯美', '森系小清新', '复古港风', '中式秀禾', '法式浪漫', '城堡主题', '轻奢旅拍', '三亚旅拍', '大理旅拍', '欧式宫廷', '简约白纱', '夜景星空', '海景婚纱', '胶片情绪', '森系'];
const HALLS = ['金色大厅', '牡丹厅', '芙蓉厅', '海棠厅', '凤凰厅', '水晶宴会厅', '江南厅', '国宾厅', '锦绣厅', '百合厅', '玫瑰厅', '天鹅湖厅', '星空厅', '紫荆厅', '万豪厅'];
const MENUS = ['龙凤呈祥宴', '金玉满堂宴', '百年好合宴', '花好月圆宴', '永结同心宴', '喜结良缘宴', '鸾凤和鸣宴'];
const SPOTS = ['林芝', '万宁', '文昌', '洪崖洞', '周庄', '张家界', '黄山', '石林', '丽江古城', '鼓浪屿', '余杭', '温州南塘', '洱海', '乌镇', '王府井'];
const CARS = ['奔驰S450 黑', '奔驰E300L 白', '奥迪A6L 黑', '宝马5系 白', '红旗H9 黑', '保时捷Panamera 白', '林肯加长 白', '别克GL8 商务', '大众帕萨特 黑', '奔驰V260 商务'];
const PLACEHOLDER_REL = ['舅舅', '大姨', '二叔', '姑妈', '表哥', '表姐', '小姨夫', '大伯', '干妈', '姨奶奶', '新郎同事', '新娘同学', '新郎同学', '伴郎', '伴娘', '新娘闺蜜', '邻居', '老同学'];
const BANK_BRANCH_SUFFIX = ['支行', '支行', '分理处', '支行营业部'];

// ---------------------------------------------------------------- document builder
class Doc {
  constructor(kind) { this.kind = kind; this.ents = []; this.dcs = []; this.decs = []; this.names = new Set(); }
  _add(arr, det, v) { if (!arr.some((x) => x.detector === det && x.value === v)) arr.push({ detector: det, value: v }); return v; }
  E(det, v) { return this._add(this.ents, det, v); }
  D(det, v) { return this._add(this.dcs, det, v); }
  X(kind, text) { text = String(text); if (!this.decs.some((x) => x.text === text)) this.decs.push({ kind, text }); return text; }
  N(p) { return this.E('person_name_zh', typeof p === 'string' ? p : p.name); }
  ND(p) { return this.D('person_name_zh', typeof p === 'string' ? p : p.name); }
  M(p, st) { const m = typeof p === 'string' ? p : p.mobile; this.E('cn_mobile', m); return fmtMob(m, st ?? mobStyle()); }
  I(p, st) { const v = typeof p === 'string' ? p : p.id; this.E('cn_resident_id', v); return fmtId(v, st ?? idStyle()); }
  C(p, st) { const v = typeof p === 'string' ? p : p.card; this.E('bank_card', v); return fmtCard(v, st ?? cardStyle()); }
  Em(p, cap = true) {
    const v = typeof p === 'string' ? p : p.email; this.E('email', v);
    const m = v.match(/^(1\d{10})@(139\.com|189\.cn|wo\.cn)$/); if (m) this.E('cn_mobile', m[1]);
    return cap ? capEmail(v) : v;
  }
  L(v, st) { this.E('cn_landline', v); return fmtLand(v, st ?? landStyle()); }
  U(v) { return this.E('cn_uscc', v); }
  P(v) { return this.E('cn_passport', v); }
  // decoy helpers
  xMob(m) { return this.X('masked_mobile', maskMob(m)); }
  xId(v) { return this.X('masked_id', maskId(v)); }
  xCard(v) { return this.X('masked_card', maskCard(v)); }
  xName(n) { return this.X('masked_name', maskName(n)); }
  finish(text) { this.text = text; return this; }
}
function bankBranch(c) { return `${c.city}${pick(c.branch)}${pick(BANK_BRANCH_SUFFIX)}`; }
function hotelCo(c, h) { return `${c.city}${h}有限公司`; }
function addr(c) { return `${c.city}市${pick(c.streets)}${ri(1, 899)}号${chance(0.6) ? `${pick(['阳光', '金色', '翠苑', '锦绣', '万科', '绿城', '碧桂园'])}${pick(['花园', '家园', '小区', '公寓'])}${ri(1, 32)}幢${ri(1, 4)}单元${ri(1, 33)}0${ri(1, 4)}室` : ''}`; }
function plate(c) { const L = 'ABCDEFGHJKLMNPQRSTUVWXYZ'; return `${c.plate}${pick(['·', '', ' '])}${chance(0.5) ? pick(L.split('')) + digits(4) : digits(2) + pick(L.split('')) + digits(2)}`; }
function daxieDecoy(d, n, tail = '元整') { const s = daxie(n, tail); return /^[伍陆]/.test(s) ? d.X('amount_daxie', s) : s; }

// ================================================================ document kinds
// 1. 婚纱摄影 / 婚庆 客户订单导出
function kOrderExport(n) {
  const d = new Doc('order_export');
  const c = pick(CITIES), studio = pick(STUDIOS);
  const v = n % 3, masked = n % 8 === 6;
  const rows = ri(5, 12), L = [];
  const staffNamed = chance(0.5);
  const staff = staffNamed ? [person('s', 'F', d), person('s', 'F', d), person('s', 'M', d)].map((p) => p.name) : sample(['Vivian', '小雨', 'Coco', '琪琪', 'Amy', '阿紫', 'Kiki'], 3);
  const remark = (g, b) => {
    const r = rand();
    if (r < 0.45) return '';
    if (r < 0.52) { const ref = person('y', null, d); return `介绍人：${d.N(ref)}`; }
    if (r < 0.58) { const ref = person('y', null, d); return `老客户${d.ND(ref)}介绍`; }
    if (r < 0.63) return `${d.X('not_name', '余款')}婚礼前结清`;
    if (r < 0.67) return `新娘手机号错误${d.X('bad_mobile', badMobile())}，已核实`;
    if (r < 0.7) return `婚期改为${d.X('date', fd(weddingDay()))}`;
    return pick(['老客户转介绍', '抖音团购核销', '美团券', '加急精修', '送18寸水晶相框', '新娘怀孕4个月，外景少安排', '婚期待定', '周末档', '小红书来的', '要求全程跟妆', '升级相册', null]) ?? `外景：${d.X('place_name', pick(SPOTS))}`;
  };
  if (v === 0) {
    L.push('订单号,下单时间,门店,新郎姓名,新郎手机,新娘姓名,新娘手机,婚期,套系,套系价格,定金,尾款,收片邮箱,顾问,状态,备注');
    for (let i = 0; i < rows; i++) {
      const g = person('y', 'M', d, c.rc), b = person('y', 'F', d, c.rc);
      const od = randDay(mkD(2023, 9, 1), mkD(2024, 9, 30)), wd = addDays(od, ri(40, 320));
      const price = pick([3999, 4999, 5999, 6888, 7999, 8999, 9999, 12800, 15800, 19999]), dep = pick([500, 1000, 2000, 3000]);
      const ono = d.X('order_no', `HS${fd(od, 'compact')}${pad(ri(1, 999), 3)}`);
      let gn, gm, bn, bm, em = '';
      if (masked) { gn = d.xName(g.name); bn = d.xName(b.name); gm = d.xMob(g.mobile); bm = d.xMob(b.mobile); }
      else {
        gn = d.N(g); bn = d.N(b); gm = chance(0.9) ? d.M(g, mobStyle('clean')) : ''; bm = d.M(b, mobStyle('clean'));
        if (chance(0.55)) em = d.Em(chance(0.75) ? b : g);
      }
      L.push([ono, d.X('datetime', `${fd(od)} ${hms()}`), `${studio.slice(0, -4)}${pick(c.stores)}`, gn, gm, bn, bm, d.X('date', fd(wd)), d.X('package_name', pick(PACKAGES)), price, dep, price - dep, em,
        pick(staff), pick(['已付定金', '待拍摄', '已拍摄', '选片中', '精修中', '已取件', '已取消']), masked ? '' : remark(g, b)].map(csvq).join(','));
    }
  } else if (v === 1) {
    L.push(['序号', '客户编号', '新娘', '电话', '新郎', '电话', '邮箱', '拍摄日期', '婚期', '套餐', '总价', '已收', '未收', '门市', '化妆', '摄影', '备注'].join('\t'));
    for (let i = 0; i < rows; i++) {
      const g = person('y', 'M', d, c.rc), b = person('y', 'F', d, c.rc);
      const sd = randDay(mkD(2024, 3, 1), mkD(2025, 6, 30)), wd = addDays(sd, ri(20, 200));
      const price = pick([3680, 4680, 5880, 6680, 8880, 9880, 13800]), paid = pick([1000, 2000, price]);
      const cols = [String(i + 1), d.X('customer_no', `KH${pad(ri(1000, 99999), 7)}`)];
      if (masked) cols.push(d.xName(b.name), d.xMob(b.mobile), d.xName(g.name), d.xMob(g.mobile));
      else cols.push(d.N(b), d.M(b, mobStyle()), d.N(g), chance(0.8) ? d.M(g, mobStyle()) : (chance(0.5) ? '同上' : ''));
      cols.push(!masked && chance(0.45) ? d.Em(b) : '');
      cols.push(d.X('date', fd(sd, 'slash')), d.X('date', fd(wd, 'slash')), d.X('package_name', pick(PACKAGES)), String(price), String(paid), String(price - paid), pick(staff), pick(['Amy', '小鹿', 'Lisa', '阿紫']), pick(['Kevin', '阿杰', 'Tony', '大熊']), masked ? '' : remark(g, b));
      L.push(cols.join('\t'));
    }
  } else {
    const pl = pick(PLANNERS);
    L.push(`${pl[0]} 客户签单汇总（${pick(['第三季度', '10月', '国庆档', '2025上半年'])}）`, '');
    L.push('| 编号 | 婚期 | 新郎 | 电话 | 新娘 | 电话 | 酒店 | 宴会厅 | 桌数 | 套餐 | 合同额 | 已付 | 策划师 |');
    L.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (let i = 0; i < rows; i++) {
      const g = person('y', 'M', d, c.rc), b = person('y', 'F', d, c.rc); const wd = weddingDay();
      const amt = ri(18, 88) * 1000;
      const gn = masked ? d.xName(g.name) : d.N(g), bn = masked ? d.xName(b.name) : d.N(b);
      const gm = masked ? d.xMob(g.mobile) : d.M(g, mobStyle()), bm = masked ? d.xMob(b.mobile) : (chance(0.85) ? d.M(b, mobStyle()) : '—');
      L.push(`| ${d.X('contract_no', `XY-${String(wd.y).slice(2)}${pad(wd.m, 2)}-${pad(ri(1, 99), 3)}`)} | ${d.X('date', fd(wd, 'dot'))} | ${gn} | ${gm} | ${bn} | ${bm} | ${pick(c.hotels)} | ${d.X('hall_name', pick(HALLS))} | ${ri(12, 45)} | ${d.X('package_name', pick(['小森林', '星空', '白绿极简', '新中式', '复古港风']) + '主题')} | ${amt} | ${pick([5000, 10000, amt])} | ${staffNamed ? d.N(pick(staff)) : pick(staff)} |`);
    }
  }
  if (staffNamed && v !== 2) for (const s of staff) if (L.some((l) => l.includes(s))) d.N(s);
  return d.finish(L.join('\n') + '\n');
}

// 2. 宴会预订合同 / 预订单
function kBanquetContract(n) {
  const d = new Doc('banquet_contract');
  const c = pick(CITIES), h = pick(c.hotels), co = hotelCo(c, h);
  const g = person('y', 'M', d, c.rc), b = person('y', 'F', d, c.rc), sales = person('s', null, d);
  const uscc = genUscc(pick(c.rc)), land = genLandline(c.area);
  const wd = weddingDay(), sd = addDays(wd, -ri(60, 400));
  const hall = pick(HALLS), menu = pick(MENUS), tables = ri(12, 48), price = pick([2688, 2988, 3388, 3688, 3988, 4588, 4888, 5288, 5888, 6888]);
  const dep = pick([5000, 10000, 20000, 30000]);
  const cno = `${pick(['JD', 'HY', 'YH', 'BQ'])}-HT-${sd.y}-${pad(sd.m, 2)}${pad(sd.d, 2)}-${pad(ri(1, 99), 3)}`;
  const v = n % 3;
  const acct = corpAccount(pick(['1202', '3305', '4000', '1001', '5390']), pick([17, 19, 20, 21]));
  const acctTxt = () => d.X('corp_account', chance(0.5) ? acct.match(/.{1,4}/g).join(' ') : acct);
  const refund = chance(0.45) ? (chance(0.6) ? b : g) : null;
  const meal = chance(0.7) ? '午宴' : '晚宴';
  const T = [];
  if (v === 0 || v === 2) {
    const split = v === 2; const sp = (s) => (split && chance(0.5) ? splitAt(s) : s);
    const gId = d.I(g, split ? 'plain' : idStyle()), bId = d.I(b, split ? 'plain' : idStyle());
    T.push(co, split ? '婚  宴  预  订  合  同' : '婚宴预订合同', '');
    T.push(`合同编号：${d.X('contract_no', cno)}`, `签订日期：${d.X('date', fd(sd, 'cn'))}`, '');
    T.push('甲方（宴会预订人）：');
    T.push(`新郎姓名：${d.N(g)}        身份证号码：${sp(gId)}`);
    T.push(`联系电话：${d.M(g)}`);
    T.push(`新娘姓名：${d.N(b)}        身份证号码：${sp(bId)}`);
    T.push(`联系电话：${d.M(b)}`);
    if (chance(0.5)) T.push(`电子邮箱：${d.Em(chance(0.5) ? g : b)}`);
    T.push(`通讯地址：${addr(c)}`);
    if (chance(0.6)) T.push(`电子发票接收邮箱：${d.Em(pick([g, b]))}`);
    T.push('');
    T.push(`乙方（酒店）：${co}`, `统一社会信用代码：${d.U(uscc)}`, `地址：${c.city}市${pick(c.streets)}${ri(1, 500)}号`);
    T.push(`宴会销售部电话：${d.L(land)}${chance(0.3) ? ' 转' + ri(8001, 8099) : ''}`);
    if (chance(0.4)) T.push(`婚宴预订热线：${d.X('hotline_400', `400-${ri(600, 899)}-${pick(['1314', '5200', '5213', '9999'])}`)}`);
    T.push(`乙方经办人：${d.N(sales)}    手机：${d.M(sales)}`, '');
    T.push('第一条  宴会基本信息');
    T.push(`1. 宴会日期：${d.X('date', fd(wd, 'cn'))}（星期${DOW[dow(wd)]}）${meal}，开席时间 ${meal === '午宴' ? pick(['11:18', '11:38', '11:58', '12:08']) : pick(['17:58', '18:08', '18:18', '18:28'])}`);
    T.push(`2. 宴会场地：${d.X('hall_name', hall)}`);
    T.push(`3. 预订桌数：${tables}桌（保底${tables - 2}桌，另设备用桌2桌，备用桌未开席不收费）`);
    T.push(`4. 菜单标准：${d.X('menu_name', menu)}，${d.X('price', `${price}元/桌`)}（含茶水、迎宾饮料，不含酒水），服务费另加${pick([10, 15])}%`);
    T.push(`5. 赠送项目：新婚套房一晚、主桌鲜花、${pick(['香槟塔', 'LED大屏', '婚车头车扎花', '喜糖盒每桌一份', '免费停车20个车位'])}`, '');
    T.push('第二条  定金与付款');
    T.push(`1. 甲方于签订本合同时支付定金人民币${dep}元（大写：${daxieDecoy(d, dep)}）。`);
    T.push(`2. 宴会结束当日按实际开席桌数结清${chance(0.5) ? d.X('not_name', '余款') : '尾款'}。`);
    T.push(`3. 乙方收款账户：户名 ${co}；开户行 ${pick(BINS)[2]}${bankBranch(c)}；账号 ${acctTxt()}`);
    if (refund) T.push(`4. 如发生退款，退至甲方指定账户：户名 ${d.N(refund)}，开户行 ${refund.bank}${bankBranch(c)}，卡号 ${sp(d.C(refund, split ? 'plain' : cardStyle()))}`);
    T.push('', '第三条  变更与取消');
    T.push('宴会日前90天以上取消的，定金退还50%；90天以内取消的，定金不予退还。因不可抗力导致宴会无法举行的，双方协商改期。');
    if (split) T.push('', `第 1 页 共 ${ri(2, 4)} 页`, '');
    T.push('', `甲方（签字）：${g.name}  ${b.name}                乙方（盖章）：${co}`, `日期：    年   月   日                         代表人：${sales.name}`);
  } else {
    const bno = d.X('booking_no', `BQ${String(sd.y).slice(2)}${pad(sd.m, 2)}${pad(sd.d, 2)}${pad(ri(1, 999), 3)}`);
    T.push(`${h} 宴会预订单                                   No. ${bno}`, '');
    T.push(`预订日期 | ${fd(sd)} | 宴会日期 | ${d.X('date', fd(wd))} ${meal}`);
    T.push(`宴会类型 | 婚宴 | 宴会厅 | ${d.X('hall_name', hall)}`);
    T.push(`新郎 | ${d.N(g)} | 电话 | ${d.M(g)}`);
    T.push(`新娘 | ${d.N(b)} | 电话 | ${d.M(b)}`);
    T.push(`身份证号（新郎）| ${d.I(g)}`);
    T.push(`身份证号（新娘）| ${chance(0.85) ? d.I(b) : d.X('bad_id_check', badId('bad_id_check')) + ' （号码有误，待新娘补正）'}`);
    T.push(`桌数 | ${tables}桌+2备 | 标准 | ${d.X('price', `${price}元/桌`)}`);
    T.push(`菜单 | ${d.X('menu_name', menu)}`);
    const pay = pick(['POS刷卡', '微信', '对公转账', '支付宝']);
    T.push(`定金 | ¥${money(dep)} | 付款方式 | ${pay}`);
    if (pay === 'POS刷卡') { const payer = chance(0.5) ? g : b; T.push(`刷卡卡号 | ${d.xCard(payer.card)} | 凭证号 | ${d.X('voucher_no', pad(ri(1, 999999), 6))}`); }
    T.push(`销售经理 | ${d.N(sales)} | 手机 | ${d.M(sales)}`);
    T.push(`酒店电话 | ${d.L(land)} | 信用代码 | ${d.U(uscc)}`);
    T.push(`备注 | 自带酒水免开瓶费；婚庆公司进场布置时间为前一天22:00后；${pick(['主桌换圆桌20人位', '需儿童座椅3个', '素食2桌', '舞台加宽'])}`);
    T.push('', `客户确认签字：${g.name}          销售签字：${sales.name}          日期：${fd(sd)}`);
  }
  return d.finish(T.join('\n') + '\n');
}

// 3. 礼金簿（手写，OCR）
const OCR_SUB = { 王: '玉', 英: '荚', 梅: '悔', 晓: '哓', 婷: '停', 杰: '木', 军: '车', 华: '毕', 明: '朋', 春: '舂', 国: '囯', 凤: '风', 刚: '冈', 娟: '涓', 敏: '敬', 建: '律', 红: '江', 霞: '霓', 琳: '淋', 颖: '频', 伟: '伟', 玉: '王', 兰: '三', 强: '弓虽', 鹏: '朋鸟' };
function ocrBreak(name) {
  const cs = [...name]; const idx = cs.map((ch, i) => (OCR_SUB[ch] && OCR_SUB[ch] !== ch ? i : -1)).filter((i) => i >= 0);
  if (!idx.length) return null; const i = pick(idx); cs[i] = OCR_SUB[cs[i]]; return cs.join('');
}
function ledgerAmount(d, daxieP) {
  const a = pick([200, 300, 500, 600, 600, 800, 888, 1000, 1000, 1000, 1200, 1314, 1600, 1888, 2000, 2000, 3000, 5000, 6666, 10001]);
  return daxieP && chance(0.6) ? daxieDecoy(d, a, '元') : String(a);
}
function kGiftLedgerOcr(n) {
  const d = new Doc('gift_ledger_ocr');
  const g = person('y', 'M', d), b = person('y', 'F', d);
  const wd = weddingDay(); const daxieP = chance(0.4);
  const T = [];
  const head = pick(['礼 金 簿', '贺 礼 芳 名 录', '礼  单', '喜 帐', '人 情 簿']);
  T.push(head);
  if (chance(0.5)) T.push(`新郎 ${d.N(g)}   新娘 ${d.N(b)}   新婚之喜`);
  else T.push(`${d.ND(g)} ${d.ND(b)} 新婚志喜`);
  T.push(`公历${fd(wd, 'cn').replace(/(\d+)年/, '$1 年 ')}  ${chance(0.5) ? '男方' : '女方'}`);
  T.push(chance(0.5) ? '姓 名      金 额' : '');
  const items = []; const k = ri(10, 22); let total = 0;
  for (let i = 0; i < k; i++) {
    const r = rand(); const amt = ledgerAmount(d, daxieP); total += 1;
    if (r < 0.56) {
      const p = person('g', null, d); let nm = p.name;
      const rr = rand();
      if (rr < 0.08) { const br = ocrBreak(nm); if (br) { d.ND(br); items.push(`${br} ${amt}`); continue; } }
      if (rr < 0.16 && !nm.includes('·')) { d.N(p); items.push(`${[...nm].join(' ')} ${amt}`); continue; }
      if (rr < 0.24) { items.push(`${d.N(p)}夫妇 ${amt}`); continue; }
      if (rr < 0.29) { const q = person('g', null, d); items.push(`${d.N(p)} ${d.N(q)} 合 ${amt}`); continue; }
      items.push(`${d.N(p)} ${amt}`);
    } else if (r < 0.83) {
      const rel = pick(PLACEHOLDER_REL); items.push(`${d.X('placeholder', rel)} ${amt}`);
    } else if (r < 0.92) {
      items.push(`${d.X('company', pick(['新郎单位工会', '华信科技同事', '人民医院护理部', '建行城西支行', '新娘公司行政部', '王府井百货同事', '金辉地产']))} ${amt}`);
    } else {
      items.push(`${d.X('placeholder', pick(['无名', '匿名', '(字迹不清)', '新郎同学（5人）', '新娘同事（8人）']))} ${amt}`);
    }
  }
  const perLine = pick([1, 2, 3, 4]);
  for (let i = 0; i < items.length; i += perLine) {
    let line = items.slice(i, i + perLine).join(pick(['   ', '  |  ', ' 丨 ', '    ']));
    if (chance(0.12)) line = line.replace(/0/g, (m) => (chance(0.4) ? 'O' : m));
    T.push(line);
    if (i > 0 && i % 12 === 0 && chance(0.5)) T.push(`— ${ri(1, 3)} —`);
  }
  T.push('');
  const kp = person('g', null, d), cp = person('g', null, d);
  T.push(`共 ${items.length} 份   合计 ¥${money(ri(30, 150) * 100)}`);
  T.push(`${pick(['记账', '执笔', '写账'])}：${d.N(kp)}   ${pick(['收礼', '收款', '管钱'])}：${d.N(cp)}`);
  return d.finish(T.join('\n') + '\n');
}

// 4. 电子礼簿导出
function kGiftLedgerExport(n) {
  const d = new Doc('gift_ledger_export');
  const g = person('y', 'M', d), b = person('y', 'F', d); const wd = weddingDay();
  const T = [];
  T.push(`# ${pick(['喜事礼簿', '电子礼金簿', '随礼记'])} 导出  婚礼：${d.N(g)}&${d.N(b)}  ${fd(wd)}`);
  T.push(['序号', '姓名', '关系', '礼金(元)', '方式', '交易单号', '手机号', '登记时间', '备注'].join('\t'));
  const k = ri(8, 20);
  for (let i = 0; i < k; i++) {
    const amt = pick([200, 500, 600, 800, 1000, 1000, 1314, 1888, 2000, 2666, 5000, 8888]);
    const time = `${fd(wd)} ${pad(ri(9, 13), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`;
    let name, mob = '', rel = '';
    if (chance(0.9)) { const p = person('g', null, d); name = d.N(p); if (chance(0.5)) mob = d.M(p, mobStyle('clean')); rel = d.X('relation', pick(['新郎同学', '新娘同事', '男方亲戚', '女方亲戚', '新郎父亲朋友', '新娘母亲同事', '邻居', '新郎同事', '新娘同学'])); }
    else name = d.X('placeholder', pick(['匿名', '微信好友', '新郎大学室友(4人)', '女方表亲', '舅舅家']));
    const remark = chance(0.1) ? pick(['现金已收', '红包未拆', '另送床上四件套', `代${pick(PLACEHOLDER_REL)}随`]) : '';
    const way = pick(['现金', '微信', '支付宝', '现金', '微信']);
    const txn = way === '微信' ? d.X('txn_no', '42000' + digits(5) + fd(wd, 'compact') + digits(10)) : way === '支付宝' ? d.X('txn_no', fd(wd, 'compact') + '2200' + digits(20)) : '';
    T.push([i + 1, name, rel, amt, way, txn, mob, d.X('datetime', time), remark].join('\t'));
  }
  T.push(`合计\t\t\t${ri(40, 180) * 100}`);
  return d.finish(T.join('\n') + '\n');
}

// 5. 座位表
function kSeating(n) {
  const d = new Doc('seating_chart');
  const c = pick(CITIES); const hall = pick(HALLS); const g = person('y', 'M', d), b = person('y', 'F', d);
  const v = n % 3; const T = [];
  const tables = ri(3, 7);
  if (v === 0) {
    T.push(`${d.N(g)} & ${d.N(b)} 婚宴座位表（${pick(c.hotels)} ${d.X('hall_name', hall)}）`, '');
    T.push('| 桌号 | 姓名 | 关系 | 人数 | 备注 |', '|---|---|---|---|---|');
    for (let t = 1; t <= tables; t++) {
      const tn = t === 1 ? d.X('table_no', '主桌') : d.X('table_no', `${t}号桌`);
      for (let k = ri(2, 4); k > 0; k--) {
        const p = person('g', null, d);
        T.push(`| ${tn} | ${d.N(p)} | ${d.X('relation', pick(p.sex === 'M' ? ['新郎父亲同事', '新娘舅舅', '新郎大学同学', '新郎表哥', '男方邻居', '新娘叔叔'] : ['新娘闺蜜', '新娘姑妈', '新郎大学同学', '新娘表姐', '男方邻居', '新郎小姨']))} | ${ri(1, 4)} | ${pick(['', '', '带小孩', '素食', '需轮椅位', '不吃辣'])} |`);
      }
      if (chance(0.7)) T.push(`| ${tn} | ${d.X('placeholder', pick(['新郎同事×6', '新娘同学×8', '伴娘团', '伴郎团', '婚庆工作人员']))} | — | ${ri(4, 10)} | |`);
    }
  } else if (v === 1) {
    T.push(`${d.ND(g)}${pick(['&', '、', '♥'])}${d.ND(b)}婚礼 桌位安排（第${ri(2, 5)}版）`, `${d.X('hall_name', hall)} 共${tables + ri(10, 20)}桌`, '');
    for (let t = 1; t <= tables; t++) {
      const ns = [];
      for (let k = ri(3, 8); k > 0; k--) {
        if (chance(0.7)) ns.push(d.ND(person('g', null, d))); else ns.push(d.X('placeholder', pick(PLACEHOLDER_REL)));
      }
      T.push(`${t === 1 ? '主桌' : `第${t}桌`}：${ns.join('、')}${chance(0.3) ? `（${pick(['加2个儿童椅', '靠舞台', '靠门口'])}）` : ''}`);
    }
    T.push('', `备注：${d.X('placeholder', '新郎同学')}坐12、13桌，${d.X('placeholder', '新娘同事')}坐15桌`);
  } else {
    T.push('桌号,座位,姓名,所属,饮食禁忌,是否到场');
    for (let t = 1; t <= tables; t++) {
      const tn = d.X('table_no', `${pick(['A', 'B', 'C'])}${pad(t, 2)}`);
      for (let s = 1; s <= ri(3, 7); s++) {
        const p = person('g', null, d);
        T.push([tn, s, d.N(p), pick(['男方', '女方']), pick(['', '', '', '海鲜过敏', '清真', '不吃香菜']), pick(['是', '是', '否', '待定'])].join(','));
      }
    }
  }
  return d.finish(T.join('\n') + '\n');
}

// 6. 请柬名单
function kInvitationList(n) {
  const d = new Doc('invitation_list');
  const c = pick(CITIES); const side = pick(['男方', '女方']); const T = [];
  const k = ri(7, 16);
  if (n % 2 === 0) {
    T.push(`请柬名单（${side}）——共${k}份      ${pick(['已核对', '第二稿', '妈妈整理'])}`, '');
    T.push(padW('序号', 6) + padW('姓名', 12) + padW('请柬称谓', 26) + padW('份数', 6) + padW('送达', 8) + padW('桌号', 6) + padW('电话', 16) + '地址');
    for (let i = 1; i <= k; i++) {
      const p = person(chance(0.6) ? 'p' : 'g', null, d);
      const title = `${p.name}${p.sex === 'M' ? '先生' : '女士'}${pick(['阖家', '伉俪', '', '及夫人'])}`;
      const nm = d.N(p);
      const how = pick(['亲送', '快递', '微信电子版', '亲送', '托人带']);
      const tel = how === '快递' || chance(0.4) ? d.M(p, mobStyle()) : '';
      const ad = how === '快递' ? addr(pick(CITIES)) : '';
      T.push(padW(String(i), 6) + padW(nm, 12) + padW(title, 26) + padW(String(ri(1, 3)), 6) + padW(how, 8) + padW(d.X('table_no', `${ri(3, 30)}桌`), 6) + padW(tel || '-', 16) + ad);
    }
    if (chance(0.6)) T.push('', `另：${d.X('placeholder', pick(['舅舅家', '姑妈家', '大伯家']))}、${d.X('placeholder', pick(['新郎单位领导', '新娘公司同事', '老家邻居']))}的请柬等确认人数再写`);
  } else {
    T.push('请柬抬头,姓名,人数,桌号,电话,寄送地址,状态');
    for (let i = 1; i <= k; i++) {
      const p = person(chance(0.5) ? 'p' : 'g', null, d);
      const head = `敬呈 ${p.name}${p.sex === 'M' ? '先生' : '女士'} 台启`;
      d.N(p);
      const tel = chance(0.7) ? d.M(p, mobStyle('clean')) : '';
      T.push([head, p.name, ri(1, 4), d.X('table_no', `T${pad(ri(1, 30), 2)}`), tel, chance(0.5) ? addr(c) : '', pick(['已寄', '待寄', '已送达', '已签收'])].map(csvq).join(','));
    }
    for (let i = 0; i < ri(1, 3); i++) T.push([`敬呈 ${d.X('placeholder', pick(['张总', '王局', '李老师', '刘主任']))} 台启`, '', 2, '', '', '', '待定'].map(csvq).join(','));
  }
  return d.finish(T.join('\n') + '\n');
}

// 7. 婚车调度单
function kCarDispatch(n) {
  const d = new Doc('car_dispatch');
  const c = pick(CITIES); const g = person('y', 'M', d, c.rc), b = person('y', 'F', d, c.rc); const wd = weddingDay();
  const pl = pick(PLANNERS); const T = [];
  T.push(`${pl[0]} 婚车调度单`, `婚期：${fd(wd)}（周${DOW[dow(wd)]}）   单号：${d.X('order_no', `HC${fd(wd, 'compact')}${pad(ri(1, 99), 2)}`)}`);
  T.push(`新郎：${d.N(g)} ${d.M(g)}    新娘：${d.N(b)} ${chance(0.7) ? d.M(b) : ''}`);
  T.push(`集合：${pad(ri(5, 7), 2)}:${pick(['00', '30', '40'])} ${pick(c.streets)}${pick(['加油站', '万达广场北门', '小区东门'])}   迎亲地址：${addr(c)}`);
  T.push(`酒店：${pick(c.hotels)}  ${d.X('hall_name', pick(HALLS))}`, '');
  T.push(padW('车序', 6) + padW('车型', 22) + padW('车牌', 14) + padW('司机', 10) + padW('司机电话', 16) + '备注');
  const k = ri(4, 9);
  for (let i = 0; i < k; i++) {
    const seq = i === 0 ? '头车' : i === k - 1 && chance(0.5) ? '摄像车' : String(i + 1);
    const car = i === 0 ? pick(CARS.slice(0, 6)) : pick(CARS);
    let drv, tel;
    if (chance(0.9)) { const p = person('s', 'M', d); drv = d.N(p); tel = d.M(p, mobStyle()); }
    else { drv = d.X('placeholder', pick(['待定', '车行派', '自驾'])); tel = '-'; }
    T.push(padW(seq, 6) + padW(car.startsWith('林肯') ? d.X('brand', '林肯') + car.slice(2) : car, 22) + padW(d.X('plate', plate(c)), 14) + padW(drv, 10) + padW(tel, 16) + (i === 0 ? '头车扎花，红色丝带' : pick(['', '', '接伴娘', '接新娘父母', '拉嫁妆', '跟拍'])));
  }
  T.push('');
  const lead = person('s', 'M', d);
  T.push(`车队负责人：${d.N(lead)}  ${d.M(lead)}   ${pick(['有问题随时打', '费用当天结清', '油费过路费另算'])}`);
  if (chance(0.5)) T.push(`费用：头车${pick([1200, 1500, 1800, 2200])}元，跟车${pick([300, 400, 500])}元/台（5小时50公里内），超时${pick([100, 150])}元/小时`);
  return d.finish(T.join('\n') + '\n');
}

// 8. 摄影排期
function kPhotoSchedule(n) {
  const d = new Doc('photo_schedule');
  const c = pick(CITIES); const studio = pick(STUDIOS); const T = [];
  const wk = randDay(mkD(2024, 3, 1), mkD(2025, 9, 30));
  T.push(`${studio}${pick(c.stores)} 拍摄排期 ${fd(wk)} ~ ${fd(addDays(wk, 6))}`);
  T.push(['日期', '时段', '订单号', '客户', '电话', '套系', '类型', '摄影', '化妆', '景点', '备注'].join('\t'));
  const k = ri(5, 10);
  for (let i = 0; i < k; i++) {
    const day = addDays(wk, ri(0, 6));
    const g = person('y', 'M', d), b = person('y', 'F', d);
    const st = rand();
    const cust = st < 0.5 ? `${d.N(g)}&${d.N(b)}` : st < 0.8 ? `${d.N(b)}（新娘）` : `${d.N(b)}/${d.N(g)}`;
    const tel = st < 0.8 ? d.M(b, mobStyle()) : `${d.M(b, 'plain')} / ${d.M(g, 'plain')}`;
    const type = pick(['内景+外景', '外景', '内景', '旅拍', '跟妆', '婚礼跟拍']);
    T.push([fd(day, 'md'), pick(['上午', '下午', '全天', '06:00出发']), d.X('order_no', `${pick(['HS', 'SY', 'LP'])}${fd(addDays(day, -ri(20, 90)), 'compact')}${pad(ri(1, 999), 3)}`), cust, tel, d.X('package_name', pick(PACKAGES)), type,
      pick(['Kevin', '阿杰', 'Tony', '大熊', '老周']), pick(['Amy', '小鹿', 'Lisa', '阿紫', 'Mia']), type.includes('外') || type === '旅拍' ? d.X('place_name', pick(SPOTS)) : '棚内',
      pick(['', '', '加拍夜景', '带宠物狗', '新娘过敏，用自带化妆品', '改期一次', null]) ?? `已付${d.X('not_name', '尾款')}`].join('\t'));
  }
  return d.finish(T.join('\n') + '\n');
}

// OCR misreads one digit of a number as a letter (1→l, 0→O, 8→B); keep every leftover run from looking like a value
function ocrDigits(v) {
  for (let t = 0; t < 50; t++) {
    const i = ri(3, v.length - 4); const ch = v[i]; const rep = { '1': 'l', '0': 'O', '8': 'B' }[ch]; if (!rep) continue;
    const out = v.slice(0, i) + rep + v.slice(i + 1);
    if (out.match(/\d+/g).every((r) => numericDecoyOk(r))) return out;
  }
  return v.slice(0, 8) + ' ' + v.slice(8);
}

// 9. 退款申请单 / 退款汇总
function kRefund(n) {
  const d = new Doc('refund');
  const c = pick(CITIES); const T = [];
  const reasons = ['婚期推迟，无法确定新日期', '双方协商取消婚礼', '异地工作调动', '对样片不满意', '酒店场地冲突', '家中老人去世，婚礼取消', '重复下单'];
  if (n % 3 !== 2) {
    const studio = chance(0.5) ? pick(STUDIOS) : pick(PLANNERS)[0];
    const cust = person('y', null, d, c.rc); const od = randDay(mkD(2023, 10, 1), mkD(2025, 3, 1));
    const paid = pick([2000, 3000, 5000, 10000]), ref = Math.round(paid * pick([0.5, 0.8, 1]));
    const holder = chance(0.75) ? cust : person('p', null, d, c.rc);
    const ocr = n % 5 === 0;
    T.push(`${studio}`, ocr ? '退 款 申 请 单' : '退款申请单', '');
    T.push(`申请日期：${d.X('date', fd(addDays(od, ri(10, 120))))}        订单号：${d.X('order_no', `${pick(['HS', 'HQ', 'DD'])}${fd(od, 'compact')}${pad(ri(1, 999), 3)}`)}`);
    T.push(`客户姓名：${d.N(cust)}          联系电话：${d.M(cust, mobStyle('human'))}`);
    if (ocr && chance(0.5)) { const noisy = ocrDigits(cust.id); d.D('cn_resident_id', cust.id); T.push(`身份证号码：${noisy}`); }
    else T.push(`身份证号码：${d.I(cust, idStyle('human'))}`);
    T.push(`原订套系：${d.X('package_name', pick(PACKAGES))}  ${pick([5999, 7999, 8999, 12800])}元      已付金额：${paid}元（定金）`);
    T.push(`退款原因：${pick(reasons)}`);
    T.push(`退款金额：${ref}元（${ref === paid ? '全额退还' : '扣除违约金' + (paid - ref) + '元'}）  大写：${daxieDecoy(d, ref)}`, '');
    T.push('收款账户信息：');
    T.push(`  户名：${d.N(holder)}${holder !== cust ? `（${pick(['新娘母亲', '新郎父亲', '客户母亲'])}）` : ''}`);
    T.push(`  开户行：${holder.bank}${bankBranch(c)}`);
    const bad = chance(0.08);
    if (bad) { let s = holder.card; const last = s[s.length - 1]; s = s.slice(0, -1) + String((+last + 3) % 10); d.D('bank_card', s); T.push(`  卡号：${fmtCard(s, 's4')}  （财务：卡号校验不通过，请客户重新确认）`); d.ents = d.ents.filter((e) => e.value !== holder.card); }
    else T.push(`  卡号：${d.C(holder, cardStyle('human'))}`);
    const mgr = person('s', 'F', d);
    T.push('', `客户签字：${cust.name}      经办人：${d.N(mgr)}（店长）     财务审核：${pick(['', '已审', '同意'])}`);
    if (ocr) return d.finish(T.join('\n').replace(/：/g, (m) => (chance(0.2) ? ':' : m)).replace(/退款/g, (m) => (chance(0.1) ? '退欵' : m)) + '\n');
  } else {
    const h = pick(c.hotels);
    T.push(`${h} 宴会定金退款汇总（${pick(['财务部', '宴会销售部'])}）  ${fd(randDay(mkD(2025, 10, 8), mkD(2025, 11, 20)))}`);
    T.push('序号,预订单号,客户姓名,联系电话,原宴会日期,已付定金,退款金额,收款人,开户行,卡号,原因');
    for (let i = 1; i <= ri(4, 11); i++) {
      const cust = person('y', null, d, c.rc); const holder = chance(0.8) ? cust : person('p', null, d);
      const paid = pick([5000, 10000, 20000, 30000]);
      const wd = weddingDay(); const bd = addDays(wd, -ri(90, 360));
      T.push([i, d.X('booking_no', `BQ${fd(bd, 'compact').slice(2)}${pad(ri(1, 999), 3)}`), d.N(cust), d.M(cust, mobStyle('clean')), d.X('date', fd(wd)), paid,
        Math.round(paid * pick([0.5, 1])), d.N(holder), holder.bank, d.C(holder, cardStyle('clean')), pick(reasons)].map(csvq).join(','));
    }
    T.push(`制表：${d.N(person('s', 'F', d))}    复核：${d.N(person('s', 'M', d))}`);
  }
  return d.finish(T.join('\n') + '\n');
}

// 10. 微信聊天记录

function kWechat(n) {
  const d = new Doc('wechat_chat');
  const c = pick(CITIES); const pl = pick(PLANNERS);
  const g = person('y', 'M', d, c.rc), b = person('y', 'F', d, c.rc);
  const planner = pick(['小雨', '阿琳', '糖糖', 'Vivian', '小鱼']);
  const P = `${pick(['婚礼策划-', '', '督导-'])}${planner}${chance(0.5) ? '（' + pl[0] + '）' : ''}`;
  const B = pick([`${b.name.slice(-1)}${b.name.slice(-1)}🌸`, '小仙女', 'Cherry', '新娘本娘', 'momo']);
  const G = pick([`Mr.${g.name[0]}`, '浩子', '阿杰', '大鹏', 'Leo']);
  const t0 = randDay(mkD(2024, 1, 5), mkD(2025, 8, 30));
  let clock = Date.UTC(t0.y, t0.m - 1, t0.d, ri(8, 21), ri(0, 59), ri(0, 59));
  const wxTime = () => { clock += (chance(0.15) ? ri(3, 20) * 3600 + ri(0, 3599) : ri(5, 600)) * 1000; const x = new Date(clock); return `${fd(fromUTC(clock))} ${pad(x.getUTCHours(), 2)}:${pad(x.getUTCMinutes(), 2)}:${pad(x.getUTCSeconds(), 2)}`; };
  const T = []; const say = (who, msg) => { const tm = d.X('datetime', wxTime()); T.push(timeFirst ? `${tm} ${who}` : `${who} ${tm}`); T.push(msg); T.push(''); };
  const timeFirst = chance(0.5);
  const v = n % 6;
  if (v === 0) {
    say(P, '亲 合同我这边整理好了，麻烦发一下你们俩的姓名和身份证号，酒店那边签合同要用');
    say(B, '好的稍等');
    say(B, `新郎：${d.N(g)} ${d.I(g, idStyle('human'))}`);
    say(B, `新娘：${d.N(b)} ${d.I(b, idStyle('human'))}`);
    say(B, `他手机${d.M(g, mobStyle('human'))}，我的就是这个微信绑定的${d.M(b, mobStyle('human'))}`);
    say(P, '收到～ 定金收据开谁的名字呀');
    say(B, '写我老公的吧');
    say(P, `好嘞 合同明天打印 周六下午来店里签哈 ${pick(c.stores)}`);
    say(B, `好 还有原片发我邮箱就行 ${d.Em(b)}`);
  } else if (v === 1) {
    const amt = pick([1000, 2500, 4000]);
    say(B, '你好，我们这边婚礼取消了，定金怎么退');
    say(P, `很遗憾😔 按合同90天以上可以退50%，麻烦提供一下收款的卡号、开户行和户名，我提交给财务`);
    const holder = chance(0.7) ? b : person('p', null, d);
    say(B, `卡号${d.C(holder, cardStyle('human'))}`);
    say(B, `${holder.bank}${bankBranch(c)} 户名${d.N(holder)}`);
    if (holder !== b) say(B, `是我妈妈的卡 我的卡被冻结了`);
    say(P, `好的 财务3-5个工作日到账，退款金额${amt}元，到账了麻烦回复一下`);
    say(B, '嗯嗯谢谢');
  } else if (v === 2) {
    const grp = `${g.name}&${b.name}婚礼服务群`; d.ND(g); d.ND(b);
    T.push(`群聊：${grp}`, '');
    const d1 = person('s', 'M', d), d2 = person('s', 'M', d), cousin = person('y', 'M', d);
    say(P, `${d.X('at_mention', '@所有人')} 明天婚车安排：头车 ${d.N(d1)} ${d.M(d1, mobStyle('human'))}，跟车 ${d.N(d2)} ${d.M(d2, mobStyle('human'))}，06:30 在${pick(c.streets)}${pick(['万达北门', '加油站', '地铁口'])}集合`);
    say('伴郎-' + pick(['大刘', '胖子', '阿坤']), '收到');
    say(G, `我表哥${d.ND(cousin)}也开车过去，他电话${d.M(cousin, mobStyle('human'))}`);
    say(P, `好的 ${d.X('at_mention', '@' + G)} 车牌发我一下，我报给酒店停车场`);
    say(G, d.X('plate', plate(c)));
    say(P, `明天${d.X('not_name', '程序')}：7:08出门 8:18到女方家 堵门20分钟 11:58开席 别迟到哈`);
  } else if (v === 3) {
    say(B, '外地亲戚要订房的 我发你名单 酒店说要身份证');
    const k = ri(2, 5); const rows = [];
    for (let i = 1; i <= k; i++) { const p = person('g', null, d); rows.push(`${i}. ${d.N(p)} ${d.I(p, idStyle('human'))}${chance(0.4) ? ' ' + d.M(p, mobStyle('human')) : ''}`); }
    say(B, rows.join('\n'));
    say(B, `还有一个${d.X('placeholder', '小姨夫')}的身份证号我回头问`);
    say(P, `好的 我让酒店按这个登记 一共${k}间${pick(['大床房', '标间'])}对吧`);
    say(B, '对 早餐要含');
  } else if (v === 4) {
    say(P, '您好 您的精修片已经好了哈 请问发哪个邮箱呢？');
    const e1 = d.Em(b, false); const fw = chance(0.3) ? e1.replace('@', '＠') : e1;
    say(B, fw);
    if (chance(0.6)) say(B, `或者发我老公的 ${d.Em(g)}`);
    say(P, `好的 已经发到 ${e1} 了，百度网盘链接7天有效，提取码 ${d.X('verify_code', pick(['a8k2', '5m2x', 'h7q9', 'w3e1']))}`);
    say(B, '收到了 好好看😭 谢谢摄影师');
    say(P, `不客气～ 相册和${d.X('not_name', '方案')}确认好我们就送厂做了，大概15个工作日`);
  } else {
    const mc = person('s', 'M', d);
    say(P, `亲 司仪老师定了哈 ${d.ND(mc)}老师，他档期${fd(addDays(t0, ri(40, 200)), 'md')}可以`);
    say(B, '好的 需要提前见面沟通吗');
    say(P, `要的 下周三晚上7点 线上也行，老师电话${d.M(mc, mobStyle('human'))} 微信同号`);
    say(B, `好 对了 我们的${d.X('not_name', '尾款')}是婚礼当天给还是提前`);
    say(P, `婚礼前3天付清就行 对公账户或者扫码都可以 ${d.X('not_name', '付定金')}的收据我也拍给你`);
    say(B, `[图片]`);
  }
  return d.finish(T.join('\n'));
}

// 11. 短信平台发送记录
function kSmsLog(n) {
  const d = new Doc('sms_log');
  const c = pick(CITIES); const studio = pick(STUDIOS); const h = pick(c.hotels); const T = [];
  T.push('发送时间,手机号码,短信内容,状态,计费条数,批次号,消息ID');
  const batch = d.X('batch_no', `SMS${fd(randDay(mkD(2024, 1, 1), mkD(2025, 9, 1)), 'compact')}${pad(ri(1, 9999), 4)}`);
  const land = genLandline(c.area);
  const k = ri(5, 14);
  for (let i = 0; i < k; i++) {
    const p = person('y', null, d); const dd = randDay(mkD(2024, 2, 1), mkD(2025, 10, 1));
    const sir = p.sex === 'M' ? '先生' : '女士';
    const r = rand(); let msg;
    if (r < 0.3) msg = `【${studio}】尊敬的${d.N(p)}${sir}，您预约的${fd(dd, 'md')} ${pick(['09:00', '10:30', '13:00'])}${d.X('package_name', pick(PACKAGES))}拍摄已确认，请提前30分钟到店化妆。咨询：${d.L(land, 'dash')}`;
    else if (r < 0.5) { const s = person('s', null, d); msg = `【${h}】${d.N(p)}${sir}您好，您于${fd(dd, 'md')}在本酒店${d.X('hall_name', pick(HALLS))}的婚宴已预订成功，定金已收到。宴会销售：${d.N(s)} ${d.M(s, 'plain')}`; }
    else if (r < 0.65) { d.D('person_name_zh', p.name[0]); msg = `【${studio}】亲爱的${p.name[0]}${sir}，您的精修照片已完成，取件码${d.X('verify_code', String(ri(100000, 999999)))}，请于${fd(addDays(dd, 30), 'md')}前到店领取。退订回T`; }
    else if (r < 0.78) msg = `【喜帖定制】您的订单已发货，${pick(['顺丰', '中通', '圆通'])}单号${d.X('tracking_no', chance(0.5) ? 'SF' + digits(13) : serialNum(pick(['7', '3', '4']), ri(12, 15)))}，收件人${d.N(p)}，请注意查收。`;
    else if (r < 0.88) msg = `【婚礼纪】验证码${d.X('verify_code', String(ri(100000, 999999)))}，5分钟内有效，请勿泄露。`;
    else { const q = person('y', p.sex === 'M' ? 'F' : 'M', d); const st = person('s', null, d); msg = `【${pick(PLANNERS)[0]}】${d.N(p)}、${d.N(q)}新婚快乐！婚礼当天督导${d.N(st)}（${d.M(st, 'plain')}）全程跟进，祝百年好合！`; }
    const t = `${fd(dd)} ${hms()}`;
    T.push([d.X('datetime', t), d.M(p, chance(0.1) ? 'p86n' : 'plain'), msg, pick(['DELIVRD', 'DELIVRD', 'DELIVRD', 'UNDELIV', '成功']), msg.length > 70 ? 2 : 1, batch, d.X('msg_id', serialNum('17' + ri(5, 9), 19))].map(csvq).join(','));
  }
  if (chance(0.5)) T.push([`${fd(randDay(mkD(2024, 2, 1), mkD(2025, 10, 1)))} ${hms()}`, d.X('bad_mobile', badMobile()), `【${studio}】您好，您的预约已确认。`, '号码不存在', 1, batch, d.X('msg_id', serialNum('17' + ri(5, 9), 19))].map(csvq).join(','));
  const H = T.shift(); T.sort(); T.unshift(H);
  return d.finish(T.join('\n') + '\n');
}

// 12. 点评评价与商家回复
function kReview(n) {
  const d = new Doc('review_reply');
  const c = pick(CITIES); const studio = pick(STUDIOS); const store = pick(c.stores); const T = [];
  T.push(`【${pick(['大众点评', '美团', '小红书'])}】${studio}（${store}）评价导出  ${fd(randDay(mkD(2025, 9, 2), mkD(2025, 10, 30)))}`, '');
  const k = ri(3, 6);
  const mgr = person('s', 'F', d);
  for (let i = 0; i < k; i++) {
    const nick = d.X('masked_nick', pick(['婷', '小', 'M', '甜', 'z', '吃', '糖', '可']) + pick(['***宝', '**6', '***e', '***酱', '**鱼']));
    const dd = randDay(mkD(2024, 1, 1), mkD(2025, 9, 1)); const good = chance(0.75);
    T.push(`用户：${nick}  评分：${good ? '★★★★★' : pick(['★★', '★'])}  ${fd(dd)}`);
    T.push(`环境：${good ? 5 : 3}  服务：${good ? 5 : 2}  效果：${good ? 5 : 2}  套系：${d.X('package_name', pick(PACKAGES))}`);
    if (good) T.push(pick([() => `化妆师${pick(['Amy', '小鹿', 'Lisa'])}超级耐心，摄影师${pick(['阿杰', 'Kevin', '大熊'])}会引导动作，${d.X('place_name', pick(SPOTS))}的外景太美了！选片没有强制消费👍`,
      () => '从下单到取件一个多月，相册质量很好，顾问小姐姐全程跟进，推荐给要结婚的姐妹们～', () => '拍了一整天，累但值得！精修片很自然，不是网红脸'])());
    else {
      const cp = person('y', null, d);
      T.push(pick([() => `选片时一直推销加精修，不加就给脸色。订单号${d.X('order_no', `HS${fd(dd, 'compact')}${pad(ri(1, 999), 3)}`)}，退款申请人${d.N(cp)}，电话${d.M(cp, mobStyle('human'))}，到现在没人联系我！`,
        () => `说好15天出片，拖了两个月。${d.X('not_name', '余款')}都付清了还在等，客服${d.X('hotline_400', `400-${ri(600, 899)}-${digits(4)}`)}一直占线。`])());
    }
    const reply = good ? `亲爱的，感谢您的认可～ 祝新婚快乐、百年好合❤️` : `非常抱歉给您带来不好的体验，店长${d.N(mgr)}（${d.M(mgr, 'plain')}，微信同号）会在24小时内联系您处理。`;
    T.push(`商家回复（${fd(addDays(dd, ri(0, 3)))}）：${reply}`, '-----');
  }
  return d.finish(T.join('\n') + '\n');
}

// 13. 预订平台 JSON
function kPlatformJson(n) {
  const d = new Doc('platform_json');
  const c = pick(CITIES); const list = []; const k = ri(2, 6);
  for (let i = 0; i < k; i++) {
    const g = person('y', 'M', d, c.rc), b = person('y', 'F', d, c.rc);
    const cd = randDay(mkD(2024, 1, 1), mkD(2025, 8, 1)); const wd = addDays(cd, ri(45, 420));
    const o = {
      orderNo: d.X('order_no', orderNum(cd, 19)),
      createTime: +d.X('timestamp_ms', okTs(() => msTs(cd))),
      status: pick(['PAID_DEPOSIT', 'CONFIRMED', 'COMPLETED', 'REFUNDING']),
      weddingDate: fd(wd),
      groomName: d.N(g), groomMobile: d.M(g, 'plain'),
      brideName: d.N(b), brideMobile: chance(0.85) ? d.M(b, 'plain') : '',
      email: chance(0.85) ? d.Em(chance(0.6) ? b : g, false) : null,
      city: c.city, hotel: pick(c.hotels), hall: d.X('hall_name', pick(HALLS)), tables: ri(10, 40),
      package: { id: ri(10000, 99999), name: d.X('package_name', pick(PACKAGES)), price: pick([6888, 9999, 12800, 16800, 23800]), coverUrl: `https://img.xipu-cdn.com/pkg/${ri(100, 999)}/${d.X('image_2x', `cover@2x.jpg`)}` },
      deposit: pick([500, 1000, 2000]),
    };
    if (chance(0.35)) o.groomIdCard = d.I(g, 'plain');
    if (chance(0.3)) o.brideIdCard = chance(0.8) ? d.I(b, 'plain') : d.xId(b.id);
    if (o.status === 'REFUNDING') o.refund = { account: chance(0.5) ? d.C(b, 'plain') : d.xCard(b.card), bankName: b.bank, accountName: chance(0.5) ? d.N(b) : d.xName(b.name), applyTime: +d.X('timestamp_ms', okTs(() => msTs(addDays(cd, 20)))) };
    if (chance(0.3)) o.inviter = { nickname: pick(['小确幸', '橙子', 'A-阳光']), mobile: d.xMob(genMobile()) };
    list.push(o);
  }
  if (n % 4 === 1) {
    const cd = randDay(mkD(2024, 1, 1), mkD(2025, 8, 1));
    list.push({ orderNo: d.X('order_no', orderNum(cd, 19)), createTime: +d.X('timestamp_ms', okTs(() => msTs(cd))), status: 'CANCELLED', weddingDate: fd(cd),
      groomName: d.X('placeholder', '测试'), groomMobile: d.X('bad_mobile', badMobile()), groomIdCard: d.X('bad_id_region', badId('bad_id_region')),
      brideName: d.X('placeholder', pick(['测试新娘', '新娘', 'test'])), brideMobile: '', email: null, remark: '内部测试单，勿处理' });
  }
  const obj = { code: 0, msg: 'success', traceId: d.X('trace_id', `${digits(4)}${'abcdef'[ri(0, 5)]}${digits(6)}${'abcdef'[ri(0, 5)]}${digits(3)}`), data: { total: k, pageNo: 1, pageSize: 20, list } };
  return d.finish(n % 2 ? JSON.stringify(obj) + '\n' : JSON.stringify(obj, null, 2) + '\n');
}

// 14. 邮件：宾客名单
function kEmail(n) {
  const d = new Doc('email_guestlist');
  const c = pick(CITIES); const pl = pick(PLANNERS);
  const b = person('y', 'F', d, c.rc), g = person('y', 'M', d, c.rc);
  const staff = person('s', 'F', d); const staffMail = uniq(() => `${staff.py}@${pl[1]}`);
  const sender = chance(0.7) ? b : g; const other = sender === b ? g : b;
  const dd = randDay(mkD(2024, 3, 1), mkD(2025, 9, 1));
  const T = [];
  T.push(`发件人: ${d.N(sender)} <${d.Em(sender)}>`);
  T.push(`收件人: ${d.N(staff)} <${d.Em(staffMail)}>`);
  if (chance(0.6)) T.push(`抄送: ${d.Em(other)}`);
  const side = sender === b ? '女方' : '男方';
  T.push(`主题: ${pick(['宾客名单', `${side}宾客名单+订房`, `${side}亲友名单（最终版）`, 'Re: 请补充宾客名单'])}`);
  T.push(`日期: ${fd(dd, 'cn')} ${pad(ri(8, 23), 2)}:${pad(ri(0, 59), 2)}`, '');
  T.push(`${staff.name.slice(-1)}${staff.name.slice(-1)}你好，`, '');
  T.push(`附上${side}这边的宾客名单，一共${ri(8, 20)}桌，需要酒店订房的我标了*：`);
  const k = ri(5, 12);
  for (let i = 1; i <= k; i++) {
    const p = person(i <= 2 ? 'p' : chance(0.4) ? 'p' : 'g', i === 1 ? 'M' : i === 2 ? 'F' : null, d);
    const rel = d.X('relation', i === 1 ? '爸爸' : i === 2 ? '妈妈' : pick(p.sex === 'M' ? ['舅舅', '叔叔', '大学室友', '同事', '表哥', '发小', '领导', '大伯'] : ['姑妈', '小姨', '大学室友', '同事', '表姐', '发小', '领导', '舅妈']));
    const star = chance(0.3) ? '*' : '';
    const tel = chance(0.45) ? ' ' + d.M(p, mobStyle('human')) : '';
    T.push(`${i}. ${d.N(p)}（${rel}${chance(0.5) ? '，' + d.X('table_no', `${ri(1, 30)}桌`) : ''}）${tel}${star}`);
  }
  if (chance(0.5)) T.push(`${k + 1}. ${d.X('placeholder', pick(['新郎同事', '新娘同学', '伴娘团']))}（人数待定）`);
  T.push('', `另外${d.X('placeholder', '舅舅')}那桌要加一个儿童座椅。有问题打我电话 ${d.M(sender, mobStyle('human'))}`);
  T.push('', `${sender.name.slice(-1)}${sender.name.slice(-1)}`);
  if (chance(0.5)) T.push('', '---- 原始邮件 ----', `发件人: ${staff.name} <${staffMail}>`, `主题: 请补充宾客名单`, `亲，宾客名单麻烦这周内发我哈，酒店要提前排桌。${pl[0]} ${d.L(genLandline(c.area))}`);
  return d.finish(T.join('\n') + '\n');
}

// 15. 司仪档期确认单
function kMcBooking(n) {
  const d = new Doc('mc_booking');
  const c = pick(CITIES); const pl = pick(PLANNERS);
  const g = person('y', 'M', d), b = person('y', 'F', d), mc = person('s', 'M', d); const wd = weddingDay();
  const fee = pick([2800, 3800, 4800, 5800, 6800, 8800]); const dep = pick([500, 1000, 2000]);
  const stage = pick(['阿诚', '大鹏', '子墨', '北辰', '阿K']);
  const T = [];
  T.push(n % 2 ? '司仪服务确认单' : `${pl[0]} 婚礼主持人档期确认函`, '');
  T.push(`新人：新郎 ${d.N(g)} / 新娘 ${d.N(b)}`);
  T.push(`婚期：${fd(wd, 'cn')} ${pick(['午宴', '晚宴'])}    酒店：${pick(c.hotels)} ${d.X('hall_name', pick(HALLS))}`);
  T.push(`司仪：${stage}（艺名）    本名：${d.N(mc)}`);
  T.push(`身份证：${d.I(mc, idStyle('human'))}    手机：${d.M(mc, mobStyle('human'))}`);
  if (chance(0.5)) T.push(`邮箱：${d.Em(mc)}`);
  T.push(`主持风格：${d.X('not_name', pick(['温馨', '浪漫', '幽默', '简约']))}${pick(['感人', '大气', '互动'])}    语言：${pick(['普通话', '普通话+方言', '双语'])}`);
  T.push(`服务费：${fee}元，定金${dep}元已付，${d.X('not_name', '余款')}${fee - dep}元婚礼当天结清`);
  T.push(`收款：${mc.name} ${mc.bank} ${d.C(mc, cardStyle('human'))}`);
  T.push('', '服务内容：婚礼前沟通2次（含线上），彩排1次，婚礼当天仪式主持约40分钟，敬酒环节暖场。');
  T.push(`证婚人：${chance(0.5) ? d.N(person('p', 'M', d)) + '（新郎单位领导）' : d.X('placeholder', '待定')}    主婚人：${d.X('placeholder', pick(['新郎父亲', '新娘父亲']))}`);
  T.push('', `新人签字：${g.name}  ${b.name}          司仪签字：${mc.name}          日期：${fd(addDays(wd, -ri(30, 200)))}`);
  return d.finish(T.join('\n') + '\n');
}

// 16. 喜帖印刷订单
function kPrintOrder(n) {
  const d = new Doc('print_order');
  const c = pick(CITIES); const g = person('y', 'M', d), b = person('y', 'F', d); const wd = weddingDay();
  const od = addDays(wd, -ri(20, 90)); const buyer = chance(0.7) ? b : g; const T = [];
  T.push(`订单编号：${d.X('order_no', orderNum(od, 19))}`);
  T.push(`下单时间：${fd(od)} ${hms()}    买家：${d.X('masked_nick', pick(['t', 'x', '小', 'l']) + '***' + ri(1, 9))}`);
  T.push(`宝贝：${pick(['中式红色烫金喜帖', '森系请柬 ins风', '高级感折叠请帖', '亚克力透明喜帖'])} 定制 ${pick([30, 50, 80, 100])}份  商家编码：${d.X('sku', `XT-${pick(['HS', 'SX', 'ZS'])}-${pad(ri(1, 999), 4)}`)}`);
  T.push(`实付：¥${pick([58, 89, 128, 168, 238])}.00`, '');
  T.push('印刷内容：');
  T.push(`  新郎：${d.N(g)}    新娘：${d.N(b)}`);
  T.push(`  谨定于 公历${fd(wd, 'cn')}（星期${DOW[dow(wd)]}）`);
  T.push(`  于 ${pick(c.hotels)} ${d.X('hall_name', pick(HALLS))} 举行婚宴  敬备喜筵 恭候光临`);
  T.push(`  字体：${d.X('not_name', pick(['宋体', '楷体', '隶书']))}    落款：${chance(0.5) ? `${d.N(person('p', 'M', d))} ${d.N(person('p', 'F', d))} 敬邀` : d.X('placeholder', '新郎新娘 敬邀')}`);
  T.push('');
  T.push(`收货人：${d.N(buyer)}`, `手机：${d.M(buyer, mobStyle('human'))}`, `地址：${addr(c)}`);
  if (chance(0.55)) T.push(`电子稿发送邮箱：${d.Em(buyer)}`);
  T.push(`物流：${pick(['中通快递', '韵达快递', '圆通速递'])} ${d.X('tracking_no', serialNum(pick(['78', '43', '31', '75']), ri(13, 15)))}`);
  if (chance(0.4)) T.push(`买家留言：${pick(['名字千万别印错！', '加急，月底要发', '要两张样品先看', null]) ?? `${d.X('not_name', '付尾款')}前先发电子稿确认`}`);
  return d.finish(T.join('\n') + '\n');
}

// 17. 宴会系统日志
function kBanquetLog(n) {
  const d = new Doc('banquet_log');
  const c = pick(CITIES); const T = []; let day = randDay(mkD(2024, 2, 1), mkD(2025, 9, 1));
  const k = ri(6, 14);
  const ts = () => `${fd(day)} ${hms()}.${pad(ri(0, 999), 3)}`;
  const sales = [person('s', 'F', d), person('s', 'M', d)];
  for (let i = 0; i < k; i++) {
    const p = person('y', null, d, c.rc); let _bid; const bidv = `BQ${fd(day, 'compact').slice(2)}${pad(ri(1, 999), 3)}`; const bid = { toString: () => (_bid ??= d.X('booking_no', bidv)) };
    const r = rand();
    if (r < 0.4) T.push(`${ts()} INFO  [banquet-svc] booking.create bookingId=${bid} hall="${d.X('hall_name', pick(HALLS))}" date=${fd(weddingDay())} slot=${pick(['LUNCH', 'DINNER'])} tables=${ri(10, 45)} contact="${d.N(p)}" mobile=${d.M(p, 'plain')} sales="${d.N(pick(sales))}"`);
    else if (r < 0.6) { const txn = d.X('txn_no', orderNum(day, pick([20, 22]))); T.push(`${ts()} INFO  [pay-gw] deposit.paid bookingId=${bid} amount=${pick([5000, 10000, 20000])}.00 channel=UNIONPAY card=${d.xCard(p.card)} txn=${txn}`); }
    else if (r < 0.72) T.push(`${ts()} WARN  [sms] send failed mobile=${d.X('bad_mobile', badMobile())} reason=INVALID_NUMBER bookingId=${bid}`);
    else if (r < 0.84) T.push(`${ts()} INFO  [contract] signed bookingId=${bid} partyA="${d.N(p)}" idNo=${d.I(p, 'plain')} ts=${d.X('timestamp_ms', okTs(() => msTs(day)))}`);
    else if (r < 0.92) T.push(`${ts()} DEBUG [crm] customer.update id=${d.X('customer_no', String(ri(100000, 999999)))} email=${d.Em(p, false)} name=${d.N(p)}`);
    else T.push(`${ts()} ERROR [contract] validate failed bookingId=${bid} field=idNo value=${d.X('bad_id_date', badId('bad_id_date'))} msg="出生日期不合法"`);
    if (chance(0.15)) day = addDays(day, 1);
  }
  T.sort();
  return d.finish(T.join('\n') + '\n');
}

// 18. 沟通纪要
function kNotes(n) {
  const d = new Doc('planner_notes');
  const c = pick(CITIES); const pl = pick(PLANNERS);
  const g = person('y', 'M', d), b = person('y', 'F', d); const wd = weddingDay(); const md = addDays(wd, -ri(20, 150));
  const gf = person('p', 'M', d), bu = person('p', 'M', d), wit = person('p', 'M', d);
  const T = [];
  T.push(`【婚礼沟通纪要】第${ri(1, 4)}次`, `时间：${fd(md, 'dot')} ${pick(['下午', '晚上', '上午'])}   地点：${pick(['公司洽谈室', '酒店大堂吧', '线上腾讯会议'])}`);
  T.push(`参会：新郎 ${d.ND(g)}、新娘 ${d.ND(b)}、策划 ${pick(['小雨', '阿琳', 'Vivian'])}、督导 ${pick(['阿伟', '大鹏', '老陈'])}`);
  T.push(`婚期：${fd(wd, 'dot2')}   酒店：${pick(c.hotels)} ${d.X('hall_name', pick(HALLS))}   预计${ri(15, 40)}桌`, '');
  T.push(`1. 主题：${d.X('package_name', pick(['森系户外', '白绿极简', '新中式', '星空', '复古港风']))}+室内仪式，主色调${pick(['香槟金', '雾霾蓝', '白绿', '酒红'])}`);
  T.push(`2. 仪式${d.X('not_name', '流程')}：开场视频→新郎独白→父亲交接→誓言→交换戒指→证婚→感恩父母`);
  T.push(`3. 证婚人：${d.N(wit)}（新郎单位领导，${pick(['已确认', '待确认'])}）`);
  T.push('4. 联系人：');
  T.push(`   新郎父亲 ${d.N(gf)} ${d.M(gf, mobStyle('human'))}`);
  T.push(`   新娘舅舅 ${d.N(bu)} ${d.M(bu, mobStyle('human'))}（负责接亲车队）`);
  if (chance(0.5)) { const bm = person('y', 'F', d); T.push(`   伴娘 ${d.N(bm)} ${d.M(bm, mobStyle('human'))}`); }
  T.push(`5. 预算：总${ri(5, 20)}万以内，花艺占比大一点，${d.X('not_name', pick(['马上', '尽快']))}出效果图`);
  T.push(`6. 其他：新娘说${d.ND(person('g', 'F', d))}（表妹）要上台唱歌，需要伴奏；${d.X('placeholder', '姑妈')}那桌不要安排在音响旁边`);
  T.push('', `待办：①效果图 ${fd(addDays(md, 7), 'md')}前 ②确认司仪 ③${d.X('not_name', '付定金')}后锁定灯光 ④新人誓词初稿`);
  T.push(`记录人：${d.N(person('s', 'F', d))}`);
  return d.finish(T.join('\n') + '\n');
}

// 19. 外聘人员劳务结算表
function kFreelancer(n) {
  const d = new Doc('freelancer_pay');
  const c = pick(CITIES); const pl = pick(PLANNERS); const mo = randDay(mkD(2024, 3, 1), mkD(2025, 10, 1)); const T = [];
  T.push(`${pl[0]} ${mo.y}年${mo.m}月 外聘人员劳务结算表`, '');
  const roles = ['司仪', '跟妆', '摄像', '摄影', '督导', '花艺', '灯光', '音响'];
  const k = ri(5, 12);
  const fixed = n % 2 === 0;
  if (fixed) T.push(padW('序号', 5) + padW('姓名', 10) + padW('岗位', 6) + padW('场次', 5) + padW('金额', 8) + padW('身份证号', 20) + padW('手机', 14) + padW('开户行', 18) + padW('银行卡号', 24) + '场次单号');
  else T.push('| 序号 | 姓名 | 岗位 | 场次 | 单价 | 金额 | 身份证号 | 手机 | 开户行 | 卡号 | 场次单号 | 签字 |', '|---|---|---|---|---|---|---|---|---|---|---|---|');
  let total = 0;
  for (let i = 1; i <= k; i++) {
    const p = person('s', null, d, c.rc); const role = d.X('role', pick(roles)); const cnt = ri(1, 9); const unit = pick([500, 800, 1000, 1200, 1500, 2500]);
    total += cnt * unit;
    const card = p.card;
    const badRow = chance(0.1); const idTxt = (st) => (badRow ? d.X('bad_id_check', badId('bad_id_check')) : d.I(p, st));
    const jobs = Array.from({ length: Math.min(cnt, 3) }, () => d.X('contract_no', `XY-${String(mo.y).slice(2)}${pad(mo.m, 2)}-${pad(ri(1, 99), 3)}`)).join('/') + (cnt > 3 ? '等' : '');
    if (fixed) T.push(padW(String(i), 5) + padW(d.N(p), 10) + padW(role, 6) + padW(String(cnt), 5) + padW(String(cnt * unit), 8) + padW(idTxt('plain'), 20) + padW(d.M(p, 'plain'), 14) + padW(p.bank, 18) + padW(d.C(p, 'plain'), 24) + jobs);
    else T.push(`| ${i} | ${d.N(p)} | ${role} | ${cnt} | ${unit} | ${cnt * unit} | ${idTxt()} | ${d.M(p)} | ${p.bank}${bankBranch(c)} | ${d.C(card, cardStyle())} | ${jobs} | ${pick(['', p.name])} |`);
  }
  T.push('', `合计：${money(total)}元   制表：${d.N(person('s', 'F', d))}   审核：${pick(['财务', '老板'])}`);
  T.push(`注：个税由公司代扣代缴，劳务费次月${ri(5, 15)}号前发放。`);
  return d.finish(T.join('\n') + '\n');
}

// 20. 外地宾客住宿登记
function kLodging(n) {
  const d = new Doc('guest_lodging');
  const c = pick(CITIES); const h = pick(c.hotels); const wd = weddingDay(); const T = [];
  T.push(`婚宴宾客住宿登记表（${pick(['男方', '女方'])}亲友）  酒店：${h}  入住：${fd(addDays(wd, -1))}  退房：${fd(addDays(wd, 1))}`);
  T.push('确认号,房号,房型,姓名,证件类型,证件号码,手机,入住人数,备注');
  const k = ri(5, 12);
  for (let i = 0; i < k; i++) {
    const room = d.X('room_no', `${ri(5, 18)}${pad(ri(1, 30), 2)}`); const p = person('g', null, d);
    let type = '身份证', num;
    const r = rand();
    if (r < 0.1) { type = '护照'; num = d.P(genPassport()); }
    else if (r < 0.15) { num = d.X('bad_id_check', badId('bad_id_check')); }
    else if (r < 0.25) num = d.xId(p.id);
    else num = d.I(p, idStyle('clean'));
    T.push([d.X('confirm_no', `CF${digits(8)}`), room, pick(['大床房', '标准间', '家庭房', '行政套房']), d.N(p), type, num, chance(0.7) ? d.M(p, mobStyle('clean')) : '', ri(1, 3),
      type === '护照' ? '海外回国' : r < 0.15 ? '证件号待核' : pick(['', '', '含早', '需加床', '晚到'])].map(csvq).join(','));
  }
  T.push(`联系人：${d.N(person('y', null, d))}（新人${pick(['表姐', '哥哥', '姐姐'])}）`);
  return d.finish(T.join('\n') + '\n');
}

// 21. 宴会系统 XML 导出
function kXml(n) {
  const d = new Doc('banquet_xml');
  const c = pick(CITIES); const h = pick(c.hotels); const ex = randDay(mkD(2024, 1, 1), mkD(2025, 9, 1)); const T = [];
  T.push('<?xml version="1.0" encoding="UTF-8"?>', `<BanquetOrders exportTime="${fd(ex)}T08:00:00+08:00" hotel="${h}">`);
  for (let i = 0; i < ri(2, 5); i++) {
    const wd = weddingDay(); const g = person('y', 'M', d, c.rc), b = person('y', 'F', d, c.rc), s = person('s', null, d);
    T.push(`  <Order id="${d.X('booking_no', `BQ${fd(ex, 'compact').slice(2)}${pad(ri(1, 9999), 4)}`)}" status="${pick(['CONFIRMED', 'DEPOSIT_PAID', 'CANCELLED'])}">`);
    T.push(`    <EventDate>${fd(wd)}</EventDate><Hall>${d.X('hall_name', pick(HALLS))}</Hall><Tables>${ri(10, 40)}</Tables>`);
    for (const [role, p] of [['groom', g], ['bride', b]]) {
      T.push(`    <Contact role="${role}">`, `      <Name>${d.N(p)}</Name>`, `      <Mobile>${d.M(p, 'plain')}</Mobile>`);
      const r = rand();
      if (r < 0.6) T.push(`      <IdNo>${d.I(p, 'plain')}</IdNo>`);
      else if (r < 0.7) T.push(`      <IdNo>${d.X('bad_id_date', badId('bad_id_date'))}</IdNo><!-- 校验失败 -->`);
      else if (r < 0.8) T.push(`      <IdNo masked="true">${d.xId(p.id)}</IdNo>`);
      if (chance(0.3)) T.push(`      <Email>${d.Em(p, false)}</Email>`);
      T.push('    </Contact>');
    }
    T.push(`    <Menu>${d.X('menu_name', pick(MENUS))}</Menu><Deposit currency="CNY">${pick([5000, 10000, 20000])}.00</Deposit>`);
    T.push(`    <SalesRep>${d.N(s)}</SalesRep><Created>${d.X('timestamp', okTs(() => sTs(ex)))}</Created>`);
    T.push('  </Order>');
  }
  T.push('</BanquetOrders>');
  return d.finish(T.join('\n') + '\n');
}

// 22. 电子请柬回执
function kRsvp(n) {
  const d = new Doc('rsvp_export');
  const g = person('y', 'M', d), b = person('y', 'F', d); const wd = weddingDay(); const T = [];
  const withMail = chance(0.5);
  T.push(`# ${g.name}&${b.name}的婚礼 · 宾客回执（共${'{N}'}条）`);
  d.ND(g); d.ND(b);
  T.push(['提交时间', '姓名', '出席人数', '手机号', withMail ? '邮箱' : null, '是否住宿', '是否接送', '祝福语'].filter((x) => x !== null).join(','));
  const k = ri(6, 14); let cnt = 0;
  for (let i = 0; i < k; i++) {
    const p = person('g', null, d); const t = `${fd(addDays(wd, -ri(3, 40)))} ${hms()}`;
    const nm = chance(0.92) ? d.N(p) : d.X('placeholder', pick(['匿名', '新郎同学', '新娘同事', '老同学']));
    const row = [d.X('datetime', t), nm, ri(1, 4), chance(0.06) ? d.X('bad_mobile', badMobile()) : chance(0.85) ? d.M(p, mobStyle('human')) : ''];
    if (withMail) row.push(chance(0.6) ? d.Em(p) : '');
    row.push(pick(['是', '否', '否']), pick(['否', '否', '是']), (pick(['百年好合！', '新婚快乐早生贵子', '一定到！', '', '恭喜恭喜', null, null]) ?? d.X('blessing', pick(['祝幸福', '白头偕老', '祝百年好合', '贺新婚', '甜甜蜜蜜'])) + pick(['❤', '！', ''])));
    T.push(row.map(csvq).join(',')); cnt++;
  }
  T[0] = T[0].replace('{N}', String(cnt));
  const rowsSorted = T.splice(2).sort(); T.push(...rowsSorted);
  return d.finish(T.join('\n') + '\n');
}

// 23. 收据（OCR）
function kReceiptOcr(n) {
  const d = new Doc('receipt_ocr');
  const c = pick(CITIES); const pl = pick(PLANNERS); const g = person('y', 'M', d), b = person('y', 'F', d); const dd = randDay(mkD(2024, 1, 1), mkD(2025, 9, 1));
  const amt = pick([2000, 3000, 5000, 6000, 8000, 10000, 20000]); const T = [];
  T.push(chance(0.5) ? '收  据' : '收 款 收 据', `No ${d.X('receipt_no', pad(ri(1, 9999999), 7))}`);
  T.push(`${dd.y} 年 ${dd.m} 月 ${dd.d} 日`);
  const both = chance(0.6);
  T.push(`今收到 ${d.N(g)}${both ? ' ' + d.N(b) : ''}`);
  T.push(`交来 ${pick(['婚礼策划服务定金', '婚宴定金', '婚纱摄影套系首付款', '婚车租赁费'])}`);
  T.push(`人民币（大写）${daxieDecoy(d, amt)}   ¥${amt}.00`);
  if (chance(0.5)) T.push(`${pick(['联系电话', '电话', '手机'])}：${chance(0.2) ? (() => { const m = g.mobile; d.D('cn_mobile', m); return m.slice(0, 5) + 'O' + m.slice(6); })() : d.M(g, mobStyle('human'))}`);
  if (chance(0.4)) T.push(`刷卡：${d.xCard(g.card)}  参考号 ${d.X('ref_no', digits(12))}`);
  const rec = person('s', 'F', d);
  T.push(`收款单位（盖章）：${c.city}${pl[0]}有限公司`, `收款人：${d.N(rec)}     经手人：${chance(0.5) ? d.N(person('s', 'M', d)) : ''}`);
  if (chance(0.5)) T.push('第二联 客户联');
  // OCR artefacts: stray bars and full-width colons that the scanner produced
  let text = T.join('\n');
  text = text.replace(/收款人/g, (m) => (chance(0.3) ? '收 款 人' : m)).replace(/\n/g, (m) => (chance(0.15) ? ' |\n' : m));
  return d.finish(text + '\n');
}

// 24. 海外旅拍报名表
function kTravel(n) {
  const d = new Doc('travel_signup');
  const dest = pick(['巴厘岛', '普吉岛', '塞班岛', '马尔代夫', '济州岛', '圣托里尼']); const g = person('y', 'M', d), b = person('y', 'F', d);
  const dd = randDay(mkD(2024, 3, 1), mkD(2025, 11, 1)); const T = [];
  T.push(`${pick(STUDIOS)} ${dest}旅拍报名表`, `出发日期：${fd(dd)}   团号：${d.X('group_no', `LP${fd(dd, 'compact').slice(2)}${pick(['A', 'B'])}`)}   套系：${d.X('package_name', '轻奢旅拍')}`, '');
  for (const [lab, p] of [['新郎', g], ['新娘', b]]) {
    const py = (p.spy ? p.spy.toUpperCase() + ' ' : '') + p.gpy.toUpperCase();
    T.push(`【${lab}】`);
    T.push(`姓名：${d.N(p)}        拼音：${py}`);
    T.push(`护照号：${d.P(genPassport())}     有效期至：${d.X('date', fd(mkD(ri(2027, 2034), ri(1, 12), ri(1, 28))))}`);
    T.push(`手机：${d.M(p, mobStyle('human'))}    邮箱：${d.Em(p)}`);
    if (chance(0.4)) T.push(`身份证：${d.I(p, idStyle('human'))}`);
    T.push('');
  }
  const em = person('p', null, d);
  T.push(`紧急联系人：${d.N(em)}（${pick(['新娘母亲', '新郎父亲', '新娘父亲'])}）  电话：${d.M(em, mobStyle('human'))}`);
  T.push(`签证：${pick(['落地签', '电子签', '免签', '需自行办理'])}   机票：${pick(['客人自订', '代订'])}   备注：${pick(['新娘晕船', '要求日落场', '带婚纱2套', ''])}`);
  return d.finish(T.join('\n') + '\n');
}

// 25. 老客户档案（迁移数据，15位身份证）
function kArchive(n) {
  const d = new Doc('legacy_archive');
  const c = pick(CITIES); const studio = pick(STUDIOS); const T = [];
  T.push(`${studio} 老客户档案（${pick(['2003-2006', '2001-2004', '2004-2007'])} 纸质档案录入）—— 周年照回访用`);
  T.push(padW('档案号', 10) + padW('新郎', 10) + padW('身份证号', 20) + padW('新娘', 10) + padW('身份证号', 20) + padW('结婚日期', 12) + padW('联系电话', 16) + padW('底片编号', 14) + '回访结果');
  for (let i = 0; i < ri(5, 10); i++) {
    const g = person('o', 'M', d, c.rc), b = person('o', 'F', d, c.rc);
    const id15 = (p) => { const v = p.id; d.E('cn_resident_id', v); return v.slice(0, 6) + v.slice(8, 17); };
    const gi = chance(0.8) ? id15(g) : d.I(g, 'plain'); const bi = chance(0.8) ? id15(b) : (chance(0.5) ? d.I(b, 'plain') : '');
    const md = randDay(mkD(2001, 1, 1), mkD(2007, 12, 31));
    const tel = chance(0.55) ? d.M(g, 'plain') : d.L(genLandline(c.area), pick(['dash', 'plain']));
    T.push(padW(d.X('archive_no', `${String(md.y).slice(2)}-${pad(ri(1, 999), 4)}`), 10) + padW(d.N(g), 10) + padW(gi, 20) + padW(d.N(b), 10) + padW(bi || '（缺）', 20) + padW(d.X('date', fd(md, 'dot2')), 12) + padW(tel, 16) + padW(d.X('negative_no', `NEG-${md.y}-${pad(ri(1, 9999), 4)}`), 14) + pick(['空号', '已约20周年照', '无人接听', '不需要', '已约', '']));
  }
  return d.finish(T.join('\n') + '\n');
}

// 26. 婚宴菜单（报价）
const DISHES = {
  cold: ['鸿运乳猪拼盘', '白切鸡', '夫妻肺片', '卤水拼盘', '糖醋小排', '老醋蜇头', '钟水饺', '凉拌木耳'],
  hot: ['白灼基围虾', '清蒸石斑鱼', '金牌烧鹅', '黄焖甲鱼', '龙井虾仁', '宫保鸡丁', '东坡肉', '毛氏红烧肉', '蒜蓉粉丝蒸扇贝', '石锅牛肉', '金汤花胶', '红烧狮子头', '葱烧海参', '年年有余', '高汤浸时蔬', '雷公鸭'],
  soup: ['宋嫂鱼羹', '花胶鸡汤', '松茸老鸭汤', '莲子百合羹'],
  staple: ['赖汤圆', '叶儿粑', '扬州炒饭', '龙凤喜饼', '花好月圆（汤圆）'],
};
const SUR_SET = new Set(SURNAMES.map((s) => s[0]));
function dishTxt(d, x) { return SUR_SET.has(x[0]) || COMPOUND.some((c) => x.startsWith(c[0])) ? d.X('dish', x) : x; }
function kBanquetMenu(n) {
  const d = new Doc('banquet_menu');
  const c = pick(CITIES); const h = pick(c.hotels); const menu = pick(MENUS); const price = pick([2988, 3388, 3888, 4588, 5288, 5888, 6888]); const T = [];
  T.push(`${h} ${d.X('menu_name', menu)}  ${d.X('price', `${price}元/桌`)}（10人位）`, '');
  T.push(`冷菜：${sample(DISHES.cold, 4).map((x) => dishTxt(d, x)).join('  ')}`, '热菜：');
  sample(DISHES.hot, ri(8, 11)).forEach((x, i) => T.push(`  ${i + 1}. ${dishTxt(d, x)}`));
  T.push(`汤羹：${dishTxt(d, pick(DISHES.soup))}`, `主食：${sample(DISHES.staple, 2).map((x) => dishTxt(d, x)).join('、')}`, `水果：${pick(['时令果盘', '精美水果拼盘'])}`, '');
  T.push('※ 以上菜品如遇时令变化，将以同等价位菜品替换。');
  T.push(`可选宴会厅：${sample(HALLS, 3).map((x) => `${d.X('hall_name', x)}（${ri(10, 50)}桌）`).join('、')}`);
  T.push(`婚宴礼遇：${ri(15, 30)}桌以上赠新婚套房一晚、${pick(['香槟塔', '婚车头车', 'LED屏'])}；${d.X('date', fd(weddingDay()))}等热门日期需提前${pick(['6个月', '一年'])}预订`);
  if (chance(0.6)) { const s = person('s', null, d); T.push(`宴会预订：${d.N(s)} ${d.M(s, mobStyle())}  ${d.L(genLandline(c.area))}`); }
  else T.push(`宴会预订热线：${d.X('hotline_400', `400-${ri(600, 899)}-${pick(['1314', '5200', '5213'])}`)}`);
  return d.finish(T.join('\n') + '\n');
}

// 27. 精修片 / 底片发送登记
function kPhotoDelivery(n) {
  const d = new Doc('photo_delivery');
  const c = pick(CITIES); const studio = pick(STUDIOS); const mo = randDay(mkD(2024, 2, 1), mkD(2025, 10, 1)); const T = [];
  T.push(`${studio}${pick(c.stores)} 精修片发送登记 ${mo.y}年${mo.m}月`);
  T.push('| 序号 | 取件码 | 客户 | 电话 | 方式 | 邮箱/链接 | 发送日期 | 发送人 | 状态 |', '|---|---|---|---|---|---|---|---|---|');
  for (let i = 1; i <= ri(5, 11); i++) {
    const p = person('y', chance(0.75) ? 'F' : 'M', d); const way = pick(['邮箱', '邮箱', '邮箱', '网盘', 'U盘']);
    let target = '-', st = pick(['已发送', '已发送', '客户已确认']);
    if (way === '邮箱') {
      if (chance(0.08) && !/@139\.com$/.test(p.email)) { const typo = p.email.replace(/\.com$/, '.con').replace(/@qq\.com$/, '@qq.co'); d.D('email', typo.toLowerCase()); target = typo; st = '退信'; }
      else target = d.Em(p);
    } else if (way === '网盘') target = d.X('url', `pan.baidu.com/s/1${pick(['a', 'K', 'x', 'Q'])}${digits(3)}${pick(['Tz', 'mB', 'qR'])}${digits(2)}`);
    T.push(`| ${i} | ${d.X('verify_code', String(ri(100000, 999999)))} | ${d.N(p)} | ${chance(0.8) ? d.M(p, mobStyle()) : '-'} | ${way} | ${target} | ${fd(addDays(mo, ri(0, 27)), 'md')} | ${pick(['小鹿', 'Amy', '阿紫', '前台'])} | ${st} |`);
  }
  return d.finish(T.join('\n') + '\n');
}

// 28. 婚礼当天流程单
function kRunSheet(n) {
  const d = new Doc('run_sheet');
  const c = pick(CITIES); const pl = pick(PLANNERS); const wd = weddingDay(); const T = [];
  const ph = (w) => d.X('placeholder', w);
  T.push(`${pl[0]} 婚礼当天流程单  ${fd(wd)}（星期${DOW[dow(wd)]}）`, `酒店：${pick(c.hotels)} ${d.X('hall_name', pick(HALLS))}    ${d.X('contract_no', `XY-${String(wd.y).slice(2)}${pad(wd.m, 2)}-${pad(ri(1, 99), 3)}`)}`, '');
  const rows = [
    ['05:30', `${ph('新娘')}化妆（跟妆师 ${pick(['Amy', '小鹿', 'Lisa'])}），${ph('伴娘')}同步化妆`],
    ['06:40', `婚车集合，头车 ${d.X('plate', plate(c))}，跟车${ri(4, 8)}台`],
    ['07:08', `${ph('新郎')}出发接亲，${ph('伴郎')}带红包${ri(20, 60)}个`],
    ['08:18', `到达女方家，堵门游戏，找婚鞋（${ph('伴娘团')}负责）`],
    ['09:09', '敬茶改口，女方父母致辞'],
    ['10:10', `到达男方家，拜见长辈，${ph('姑妈')}、${ph('舅舅')}给改口红包`],
    ['10:58', '抵达酒店，迎宾拍照，签到台收礼金'],
    ['11:18', `仪式开始：${ph('司仪')}开场 → ${ph('新郎')}独白 → ${ph('父亲')}交接`],
    ['11:38', `证婚人致辞（${ph(pick(['新郎单位领导', '新娘大学导师', '介绍人']))}）→ 交换戒指 → 香槟塔`],
    ['11:58', `开席，${d.X('dish', '鸿运乳猪拼盘')}上桌后新人换敬酒服`],
    ['12:30', `敬酒（${ph('伴郎')}拿酒，${ph('伴娘')}拿喜糖）`],
    ['14:00', `送客，${ph('新郎父亲')}结账（${d.X('not_name', '余款')}、酒水、超时费）`],
  ];
  for (const [tm, s] of rows) T.push(`${tm}  ${s}`);
  T.push('', `音乐：入场《${pick(['Marry You', '今天你要嫁给我', 'A Thousand Years', '婚礼进行曲'])}》  交接《${pick(['父亲', '时间都去哪儿了', '明天你好'])}》`);
  if (chance(0.6)) { const s = person('s', null, d); T.push(`现场督导：${d.N(s)} ${d.M(s, mobStyle())}（有事找督导，不要找新人）`); }
  else T.push(`现场督导：${pick(['阿伟', '大鹏', '老陈'])}（对讲机1频道）`);
  T.push(`礼金交接：收礼人 ${ph(pick(['舅舅', '新郎表哥', '新娘姑父']))}，宴会结束后当面点清交给${ph(pick(['新郎母亲', '新娘母亲']))}`);
  return d.finish(T.join('\n') + '\n');
}

// 29. 套系价目表
function kPriceList(n) {
  const d = new Doc('price_list');
  const c = pick(CITIES); const studio = pick(STUDIOS); const T = [];
  T.push(`${studio} ${pick(['2024', '2025'])}${pick(['春夏', '秋冬', '全年'])}套系价目表`, '');
  for (const pk of sample(PACKAGES, ri(4, 6))) {
    const p = pick([3999, 4999, 5999, 6999, 8999, 9999, 12800, 15800, 19999, 26800]);
    T.push(`【${d.X('package_name', pk)}】 ${d.X('price', `¥${money(p)}`)}  ${chance(0.4) ? `（原价${d.X('price', '¥' + money(p + ri(2, 8) * 1000))}）` : ''}`);
    T.push(`  服装：${ri(3, 6)}套（含${pick(['主纱', '秀禾', '旗袍', '晚礼服'])}）  造型：${ri(3, 6)}组  精修：${ri(20, 60)}张  入册：${ri(20, 50)}张`);
    T.push(`  拍摄：${pk.includes('旅拍') ? d.X('place_name', pick(SPOTS)) + '全天' : pick(['内景+外景', '内景3组+外景2组', '外景全天'])}  赠送：${pick(['24寸放大框', '水晶摆台', '电子相册', '底片全送'])}`);
  }
  T.push('', `说明：1. ${d.X('not_name', '付定金')}后档期锁定，定金不退；2. 加精修${d.X('price', '¥50/张')}；3. 节假日（${d.X('date', fd(weddingDay(), 'md'))}等）加收${pick([500, 800])}元。`);
  T.push(`预约热线：${chance(0.5) ? d.X('hotline_400', `400-${ri(600, 899)}-${pick(['1314', '5200', '5213'])}`) : d.L(genLandline(c.area))}  地址：${c.city}${pick(c.streets)}${ri(1, 300)}号${pick(c.stores)}`);
  return d.finish(T.join('\n') + '\n');
}

// ================================================================ build
const KINDS = [
  [kOrderExport, 15], [kBanquetContract, 20], [kGiftLedgerOcr, 14], [kGiftLedgerExport, 8], [kSeating, 10], [kInvitationList, 8],
  [kCarDispatch, 10], [kPhotoSchedule, 8], [kRefund, 24], [kWechat, 26], [kSmsLog, 10], [kReview, 16], [kPlatformJson, 14],
  [kEmail, 12], [kMcBooking, 12], [kPrintOrder, 12], [kBanquetLog, 10], [kNotes, 12], [kFreelancer, 12], [kLodging, 10],
  [kXml, 8], [kRsvp, 8], [kReceiptOcr, 12], [kTravel, 10], [kArchive, 6], [kBanquetMenu, 14], [kPhotoDelivery, 12], [kRunSheet, 16], [kPriceList, 14],
];
const docs = [];
for (const [fn, count] of KINDS) for (let i = 1; i <= count; i++) { const d = fn(i); d.seq = i; docs.push(d); }

// ================================================================ self-check
const errors = [];
const SEP = '[\\s\\-–—.·()（）]*';
function occurs(text, det, v) {
  const t = text.normalize('NFKC');
  if (det === 'email') return t.toLowerCase().includes(v);
  if (det === 'person_name_zh') return new RegExp([...v].map(esc).join('[ \\t]*')).test(t);
  const rx = (s) => new RegExp([...s].map((ch) => (ch === 'X' ? '[Xx]' : esc(ch))).join(SEP), 'i');
  if (rx(v).test(t)) return true;
  if (det === 'cn_resident_id' && rx(v.slice(0, 6) + v.slice(8, 17)).test(t)) return true;
  if (det === 'cn_landline' && rx(v.slice(1)).test(t)) return true;
  return false;
}
function validValue(det, v) {
  switch (det) {
    case 'cn_resident_id': return isValidId18(v);
    case 'cn_mobile': return isValidMobile(v);
    case 'bank_card': return /^\d{16,19}$/.test(v) && luhnOk(v) && /^(62|81)/.test(v);
    case 'cn_uscc': return isValidUscc(v);
    case 'email': return /^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(v) && v === v.toLowerCase();
    case 'person_name_zh': return /^[\u4e00-\u9fa5·•]{2,}$/.test(v) && !BLACK.has(v);
    case 'cn_landline': return /^0(10|2[0-57-9])[2-8]\d{7}$|^0[3-9]\d{2}[2-8]\d{6,7}$/.test(v);
    case 'cn_passport': return /^E([1-9]\d{7}|[A-HJ-NP-Z]\d{7})$/.test(v);
    default: return false;
  }
}
const seenIds = new Set();
for (const d of docs) {
  const id = `wed-${d.kind}-${d.seq}`;
  if (seenIds.has(id)) errors.push(`${id}: duplicate id`); seenIds.add(id);
  d.dcs = d.dcs.filter((x) => !d.ents.some((e) => e.detector === x.detector && e.value === x.value));
  const labelled = [...d.ents, ...d.dcs];
  const keys = new Set();
  for (const e of d.ents) {
    const k = e.detector + '|' + e.value; if (keys.has(k)) errors.push(`${id}: duplicate entity ${k}`); keys.add(k);
    if (!validValue(e.detector, e.value)) errors.push(`${id}: invalid ${e.detector} ${e.value}`);
    if (!occurs(d.text, e.detector, e.value)) errors.push(`${id}: ${e.detector} ${e.value} not in text`);
  }
  for (const e of d.dcs) if (e.detector !== 'person_name_zh' && !occurs(d.text, e.detector, e.value) && !/[OlB]/.test(d.text)) errors.push(`${id}: dontCare ${e.value} not in text`);
  for (const x of d.decs) {
    if (!d.text.includes(x.text)) errors.push(`${id}: decoy "${x.text}" not in text`);
    const flat = x.text.replace(/[\s\-·]/g, '');
    if (labelled.some((e) => e.value === x.text || e.value === flat || e.value.toLowerCase() === x.text.toLowerCase())) errors.push(`${id}: decoy "${x.text}" is also labelled`);
    if (labelled.some((e) => e.detector === 'person_name_zh' && e.value.length >= 2 && x.text.includes(e.value))) errors.push(`${id}: decoy "${x.text}" contains a labelled name`);
    if (!numericDecoyOk(flat)) errors.push(`${id}: decoy "${x.text}" is a valid value`);
    if (/^[\dX]{18}$/.test(flat) && isValidId18(flat)) errors.push(`${id}: decoy "${x.text}" is a valid ID`);
  }
  // no unlabelled valid number hides anywhere in the text
  const t = d.text.normalize('NFKC'); const has = (det, v) => labelled.some((e) => e.detector === det && e.value === v);
  for (const m of t.matchAll(/\d+[Xx]?/g)) {
    const s = m[0].toUpperCase();
    if (/^\d{11}$/.test(s) && isValidMobile(s) && !has('cn_mobile', s)) errors.push(`${id}: unlabelled mobile ${s}`);
    if (/^86\d{11}$/.test(s) && isValidMobile(s.slice(2)) && !has('cn_mobile', s.slice(2))) errors.push(`${id}: unlabelled mobile ${s}`);
    if (/^0086\d{11}$/.test(s) && isValidMobile(s.slice(4)) && !has('cn_mobile', s.slice(4))) errors.push(`${id}: unlabelled mobile ${s}`);
    if (s.length === 18 && isValidId18(s) && !has('cn_resident_id', s)) errors.push(`${id}: unlabelled ID ${s}`);
    if (/^\d{15}$/.test(s) && isValidId15(s) && !has('cn_resident_id', up15(s))) errors.push(`${id}: unlabelled legacy ID ${s}`);
    if (/^\d{16,19}$/.test(s) && luhnOk(s) && !has('bank_card', s) && !has('cn_resident_id', s)) errors.push(`${id}: unlabelled Luhn-valid number ${s}`);
  }
  for (const m of t.matchAll(/[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+/g)) {
    const v = m[0].toLowerCase();
    if (!has('email', v) && !d.decs.some((x) => x.text.toLowerCase().includes(v) || v.includes(x.text.toLowerCase()))) errors.push(`${id}: unlabelled email ${v}`);
  }
}
if (errors.length) { console.error(`SELF-CHECK FAILED (${errors.length})`); for (const e of errors.slice(0, 60)) console.error('  ' + e); process.exit(1); }

// ================================================================ write + summary
const lines = docs.map((d) => JSON.stringify({ id: `wed-${d.kind}-${d.seq}`, kind: d.kind, text: d.text, entities: d.ents, dontCare: d.dcs, decoys: d.decs }));
writeFileSync(OUT, lines.join('\n') + '\n');
const perKind = {}, perDet = {}, perDc = {}, perDecoy = {};
let nEnt = 0, nDec = 0;
for (const d of docs) {
  perKind[d.kind] = (perKind[d.kind] || 0) + 1;
  for (const e of d.ents) { perDet[e.detector] = (perDet[e.detector] || 0) + 1; nEnt++; }
  for (const e of d.dcs) perDc[e.detector] = (perDc[e.detector] || 0) + 1;
  for (const x of d.decs) { perDecoy[x.kind] = (perDecoy[x.kind] || 0) + 1; nDec++; }
}
const show = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k.padEnd(22)} ${v}`).join('\n');
console.log(`weddings corpus: ${docs.length} documents, ${Object.keys(perKind).length} kinds -> ${OUT}`);
console.log('documents per kind:\n' + show(perKind));
console.log(`entities per detector (${nEnt}):\n` + show(perDet));
console.log('dontCare per detector:\n' + show(perDc));
console.log(`decoys per kind (${nDec}):\n` + show(perDecoy));
console.log('self-check: OK');
