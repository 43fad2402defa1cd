#!/usr/bin/env node
/*
 * permits.mjs — INDEPENDENT labelled test-corpus generator for listguard,
 * focused on cn-formats §7 (Hong Kong / Macau / Taiwan permits and IDs):
 * detector ids cn_travel_permit, hk_id, mo_id, plus the DESIGN.md detectors
 * that appear around them (cn_resident_id, cn_mobile, cn_landline, email,
 * bank_card, cn_passport, person_name_zh) and many look-alike decoys.
 *
 * Provenance: written in session 21 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.
 *
 * Usage:   node permits.mjs OUT.jsonl [--seed N]
 * Output:  one JSON object per line:
 *   {"id":"pm-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],     // MUST be reported
 *    "dontCare":[{"detector":"...","value":"..."}],     // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}            // must NOT be reported under any detector
 * Values are normalized as DESIGN.md / the session brief say:
 *   cn_travel_permit  upper-case letters+digits only   C12345678, H1234567801, 12345678
 *   hk_id             upper case, ASCII brackets        A123456(3), XA123456(7)
 *   mo_id             digits with ASCII brackets        1234567(8)
 *   cn_resident_id    18 chars, upper-case X;  cn_mobile 11 digits;  cn_landline digits incl. 0+area code
 *   email lower-case; bank_card digits; cn_passport upper-case; person_name_zh as written without spaces
 *
 * Deterministic (own mulberry32 PRNG, fixed seed), no dependencies, Node >= 20.
 * All data is synthetic and generated here; no real people. The script
 * self-checks (check characters, entity/decoy disjointness, every labelled raw
 * form present in the text, no unlabelled look-alike left in a text) and exits
 * non-zero on any failure.
 */
import { writeFileSync } from 'node:fs';

// ───────────────────────────── PRNG & helpers ─────────────────────────────
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
const args = process.argv.slice(2);
const outPath = args.find((a) => !a.startsWith('--'));
const seedArg = args.indexOf('--seed');
const SEED = seedArg >= 0 ? Number(args[seedArg + 1]) : 0x21D1CE;
if (!outPath) {
  console.error('usage: node permits.mjs OUT.jsonl [--seed N]');
  process.exit(2);
}
const rnd = mulberry32(SEED);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const chance = (p) => rnd() < p;
const D = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const Dnz = (n) => String(ri(1, 9)) + D(n - 1);
const pad2 = (n) => String(n).padStart(2, '0');
const shuffle = (arr) => { for (let i = arr.length - 1; i > 0; i--) { const j = ri(0, i); [arr[i], arr[j]] = [arr[j], arr[i]]; } return arr; };
const fw = (s) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xFEE0)); // ASCII -> full-width
const canonAlnum = (s) => s.normalize('NFKC').toUpperCase().replace(/[^0-9A-Z]/g, '');
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LETTERS_NO_IO = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

// ───────────────────────────── check algorithms ─────────────────────────────
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function ridCheck(body17) { let s = 0; for (let i = 0; i < 17; i++) s += Number(body17[i]) * ID_W[i]; return '10X98765432'[s % 11]; }
function luhnOk(s) { let sum = 0, alt = false; for (let i = s.length - 1; i >= 0; i--) { let d = Number(s[i]); if (alt) { d *= 2; if (d > 9) d -= 9; } sum += d; alt = !alt; } return sum % 10 === 0; }
function luhnComplete(body) { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return body + c; throw new Error('luhn'); }
// HKID: letters A=10..Z=35, a single-letter HKID gets a leading space worth 36, weights 9..2.
function hkidCheck(letters, six) {
  const vals = [];
  if (letters.length === 1) vals.push(36);
  for (const c of letters) vals.push(c.charCodeAt(0) - 55);
  for (const d of six) vals.push(Number(d));
  let s = 0; vals.forEach((v, i) => { s += v * (9 - i); });
  const c = (11 - (s % 11)) % 11;
  return c === 10 ? 'A' : String(c);
}
function hkidValid(norm) { // norm = 'A123456(3)'
  const m = /^([A-Z]{1,2})(\d{6})\(([0-9A])\)$/.exec(norm);
  return !!m && hkidCheck(m[1], m[2]) === m[3];
}
// Taiwan national ID (decoys only): letter code -> two digits, weights 1,9,8..1,1, sum % 10 == 0.
const TW_CODE = { A: 10, B: 11, C: 12, D: 13, E: 14, F: 15, G: 16, H: 17, I: 34, J: 18, K: 19, L: 20, M: 21, N: 22, O: 35, P: 23, Q: 24, R: 25, S: 26, T: 27, U: 28, V: 29, W: 32, X: 30, Y: 31, Z: 33 };
function twIdSum(s) { const c = TW_CODE[s[0]]; let sum = Math.floor(c / 10) + (c % 10) * 9; for (let i = 1; i <= 8; i++) sum += Number(s[i]) * (9 - i); sum += Number(s[9]); return sum; }
function twIdValid(s) { return /^[A-Z][12]\d{8}$/.test(s) && twIdSum(s) % 10 === 0; }
function twIdMake(letter, g) { const body = letter + g + D(7); for (let c = 0; c < 10; c++) if (twIdValid(body + c)) return body + c; throw new Error('twid'); }
// ISO 6346 container check digit (decoys only)
const ISO6346 = {}; { let v = 10; for (const ch of LETTERS) { if (v % 11 === 0) v++; ISO6346[ch] = v; v++; } }
function iso6346Check(code10) { let s = 0; for (let i = 0; i < 10; i++) { const ch = code10[i]; const v = /\d/.test(ch) ? Number(ch) : ISO6346[ch]; s += v * (2 ** i); } return (s % 11) % 10; }
function ean8Complete(seven) { let s = 0; for (let i = 0; i < 7; i++) s += Number(seven[i]) * (i % 2 === 0 ? 3 : 1); return seven + ((10 - (s % 10)) % 10); }

// real county-level region codes (GB/T 2260) + HK/MO/TW residence-permit regions
const REGIONS_ML = ['110101', '110105', '110108', '310104', '310115', '440106', '440103', '440304', '440305', '440303', '440402', '330106', '320102', '350203', '510107', '420106', '370202', '500103', '610113', '450103', '430104', '350102'];
const REGIONS_HMT = { HK: '810000', MO: '820000', TW: '830000' };
const REGION_SET = new Set([...REGIONS_ML, ...Object.values(REGIONS_HMT)]);
function validDate(y, m, d) { const dt = new Date(Date.UTC(y, m - 1, d)); return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d; }
function ridValid(s) {
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  if (!REGION_SET.has(s.slice(0, 6))) return false;
  const y = Number(s.slice(6, 10)), m = Number(s.slice(10, 12)), d = Number(s.slice(12, 14));
  if (!validDate(y, m, d) || y < 1900 || s.slice(6, 14) > '20251231') return false;
  return ridCheck(s.slice(0, 17)) === s[17];
}
const MOBILE_PREFIXES = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157', '158', '159', '166', '175', '176', '177', '178', '180', '181', '182', '183', '185', '186', '187', '188', '189', '191', '198', '199'];

// self-test the algorithms on published vectors before using them
function selfTestAlgorithms() {
  const fails = [];
  if (ridCheck('11010519491231002') !== 'X') fails.push('MOD 11-2 vector 11010519491231002X');
  if (hkidCheck('A', '123456') !== '3') fails.push('HKID vector A123456(3)');
  if (!twIdValid('A123456789')) fails.push('TW ID vector A123456789');
  if (iso6346Check('CSQU305438') !== 3) fails.push('ISO 6346 vector CSQU3054383');
  if (!luhnOk('4111111111111111')) fails.push('Luhn vector');
  if (fails.length) { console.error('algorithm self-test failed:', fails); process.exit(1); }
}
selfTestAlgorithms();

// ───────────────────────────── uniqueness registry ─────────────────────────────
// key = canonAlnum(core value) -> category. Entities never share a key with a decoy.
const USED = new Map();
function claim(key, cat) {
  const prev = USED.get(key);
  if (prev === undefined) { USED.set(key, cat); return true; }
  return prev === cat && cat === 'date'; // dates may repeat; nothing else may
}
function uniq(gen, cat = 'x', keyFn = canonAlnum) {
  for (let i = 0; i < 100000; i++) {
    const v = gen();
    if (cat === 'dec' && decoyLooksSensitive(v)) continue; // a decoy must not be a valid ID / card / HKID by itself
    if (claim(keyFn(v), cat)) return v;
  }
  throw new Error('uniq exhausted');
}

// ───────────────────────────── dates ─────────────────────────────
function randDate(y1, y2) { for (;;) { const y = ri(y1, y2), m = ri(1, 12), d = ri(1, 31); if (validDate(y, m, d)) return { y, m, d }; } }
const ymd8 = (t) => `${t.y}${pad2(t.m)}${pad2(t.d)}`;
const ymdDash = (t) => `${t.y}-${pad2(t.m)}-${pad2(t.d)}`;
const ymdCN = (t) => `${t.y}年${t.m}月${t.d}日`;
const addDays = (t, n) => { const dt = new Date(Date.UTC(t.y, t.m - 1, t.d + n)); return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() }; };

// ───────────────────────────── names ─────────────────────────────
const SUR_S = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '董', '袁', '潘', '蒋', '蔡', '欧阳', '司徒', '上官'];
const GIV_S = { 男: ['伟', '强', '磊', '军', '洋', '勇', '杰', '涛', '超', '刚', '志强', '建华', '晓东', '浩然', '宇航', '思远', '俊杰', '文博', '海峰', '一鸣', '子轩', '建国', '凯', '鑫', '振宇'], 女: ['芳', '娜', '敏', '静', '丽', '艳', '娟', '秀英', '霞', '桂英', '雨桐', '子涵', '欣怡', '梓萱', '佳怡', '嘉怡', '晓燕', '丽娟', '春梅', '若曦', '慧玲', '玉兰', '琳', '诗雨', '梦瑶'] };
const SUR_T = ['陳', '黃', '李', '張', '劉', '林', '王', '吳', '楊', '鄭', '梁', '何', '郭', '謝', '蔡', '許', '曾', '羅', '葉', '周', '蕭', '馮', '鄧', '盧', '麥', '譚', '歐陽', '司徒', '鍾', '潘'];
const GIV_HK = { 男: ['大文', '志明', '家豪', '偉倫', '子聰', '浩賢', '俊傑', '國華', '家樂', '卓謙', '健榮', '振邦', '德輝', '梓朗'], 女: ['嘉欣', '詠詩', '美玲', '凱琳', '嘉慧', '淑儀', '慧敏', '頌恩', '曉彤', '穎芝', '寶儀', '芷晴'] };
const GIV_MO = { 男: ['偉強', '錦榮', '永健', '文傑', '智豪', '家俊', '國輝', '達明'], 女: ['嘉儀', '少芬', '麗華', '詩敏', '綺雯', '雪兒', '佩儀', '靜怡'] };
const GIV_TW = { 男: ['冠宇', '宗翰', '承恩', '志豪', '俊宏', '家瑋', '柏翰', '建宏', '彥廷', '信宏'], 女: ['怡君', '雅婷', '淑芬', '佩珊', '詩涵', '宜蓁', '欣妤', '美惠', '品妍', '郁婷'] };
const ROM = { 王: 'wang', 李: 'li', 张: 'zhang', 刘: 'liu', 陈: 'chen', 杨: 'yang', 黄: 'huang', 赵: 'zhao', 吴: 'wu', 周: 'zhou', 徐: 'xu', 孙: 'sun', 马: 'ma', 朱: 'zhu', 胡: 'hu', 郭: 'guo', 何: 'he', 林: 'lin', 罗: 'luo', 郑: 'zheng', 梁: 'liang', 谢: 'xie', 宋: 'song', 唐: 'tang', 许: 'xu', 韩: 'han', 冯: 'feng', 邓: 'deng', 曹: 'cao', 彭: 'peng', 曾: 'zeng', 肖: 'xiao', 董: 'dong', 袁: 'yuan', 潘: 'pan', 蒋: 'jiang', 蔡: 'cai', 欧阳: 'ouyang', 司徒: 'situ', 上官: 'shangguan',
  陳: 'chan', 黃: 'wong', 張: 'cheung', 劉: 'lau', 吳: 'ng', 楊: 'yeung', 鄭: 'cheng', 謝: 'tse', 許: 'hui', 羅: 'law', 葉: 'yip', 蕭: 'siu', 馮: 'fung', 鄧: 'tang', 盧: 'lo', 麥: 'mak', 譚: 'tam', 歐陽: 'auyeung', 鍾: 'chung' };
const SYL = ['ming', 'wai', 'kin', 'yan', 'mei', 'hui', 'jun', 'lei', 'ting', 'hao', 'yu', 'xin', 'tm', 'kk', 'cy', 'jj', 'amy', 'kelvin', 'ivy', 'joyce', 'eric', 'ken', 'sam', 'vicky'];
function surnameOf(name) { return name.length >= 4 || ['欧阳', '司徒', '上官', '歐陽'].includes(name.slice(0, 2)) ? name.slice(0, 2) : name[0]; }

// ───────────────────────────── value generators (entities) ─────────────────────────────
const genHKMOPass = () => { const r = rnd(); if (r < 0.68) return 'C' + D(8); if (r < 0.9) return 'C' + pick(LETTERS_NO_IO) + D(7); return 'W' + D(8); };
const genHRP = (L) => (chance(0.55) ? L + D(8) : L + D(8) + pad2(ri(0, 4)));
const genTWPass = () => 'L' + D(8);
const genMTP = () => (chance(0.9) ? Dnz(8) : '0' + D(7));
const HKID_L1 = 'ABCDEGHKMPRVYZ';
const HKID_L2 = ['XA', 'XB', 'XC', 'XD', 'XE', 'XG', 'WX'];
const genHKID = () => { const L = chance(0.9) ? pick(HKID_L1) : pick(HKID_L2); const six = D(6); return `${L}${six}(${hkidCheck(L, six)})`; };
const genMOID = () => `${pick(['1', '1', '1', '5', '5', '7'])}${D(6)}(${ri(0, 9)})`;
const genMobile = () => { for (;;) { const v = pick(MOBILE_PREFIXES) + D(8); if (v !== '13800138000' && v !== '13912345678') return v; } };
const genPassport = () => (chance(0.6) ? 'E' + D(8) : 'E' + pick(LETTERS_NO_IO) + D(7));
const genHKSARPassport = () => 'K' + D(8);
const genLandline = () => { const a = pick(['010', '020', '021', '0755', '0755', '0571', '020']); return a + ri(2, 8) + D(7); };
function genCard() {
  const pre = pick(['622202', '621700', '622848', '621483', '622588', '623668']);
  const len = pre === '621483' || pre === '622588' ? 16 : pick([16, 19, 19]);
  return luhnComplete(pre + D(len - pre.length - 1));
}
function genEmail(name, origin) {
  const rom = ROM[surnameOf(name)] || pick(['lee', 'ho', 'lam', 'chen', 'lin']);
  const doms = origin === 'HK' ? ['gmail.com', 'yahoo.com.hk', 'netvigator.com', 'outlook.com', 'hotmail.com']
    : origin === 'MO' ? ['gmail.com', 'macau.ctm.net', 'yahoo.com.hk', 'outlook.com']
      : origin === 'TW' ? ['gmail.com', 'yahoo.com.tw', 'hinet.net', 'outlook.com']
        : ['qq.com', '163.com', '126.com', 'sina.com', 'foxmail.com', 'outlook.com', 'gmail.com'];
  return uniq(() => `${rom}${pick(['', '.', '_'])}${pick(SYL)}${chance(0.6) ? ri(1, 9999) : ''}@${pick(doms)}`, 'ent', (v) => 'EMAIL:' + v.toLowerCase());
}
function makeRID(region, dob, gender) {
  return uniq(() => { const body = region + ymd8(dob) + D(2) + (gender === '男' ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8])); return body + ridCheck(body); }, 'ent');
}

// ───────────────────────────── persons ─────────────────────────────
function lazy(obj, k, f) { Object.defineProperty(obj, k, { configurable: true, enumerable: true, get() { const v = f(); Object.defineProperty(obj, k, { value: v, enumerable: true }); return v; } }); }
function person(origin, ageMin = 18, ageMax = 72) {
  const gender = chance(0.5) ? '男' : '女';
  const dob = randDate(2025 - ageMax, 2025 - ageMin);
  const name = origin === 'ML' ? pick(SUR_S) + pick(GIV_S[gender]) : pick(SUR_T) + pick((origin === 'TW' ? GIV_TW : origin === 'MO' ? GIV_MO : GIV_HK)[gender]);
  const p = { origin, gender, dob, name };
  lazy(p, 'mobile', () => uniq(genMobile, 'ent'));
  lazy(p, 'email', () => genEmail(name, origin));
  lazy(p, 'card', () => uniq(genCard, 'ent'));
  if (origin === 'ML') {
    lazy(p, 'rid', () => makeRID(pick(REGIONS_ML), dob, gender));
    lazy(p, 'hkmo', () => uniq(genHKMOPass, 'ent'));
    lazy(p, 'twp', () => uniq(genTWPass, 'ent'));
    lazy(p, 'passport', () => uniq(genPassport, 'ent'));
  } else {
    lazy(p, 'rp', () => makeRID(REGIONS_HMT[origin], dob, gender));
    if (origin === 'HK') {
      lazy(p, 'hkid', () => uniq(genHKID, 'ent'));
      lazy(p, 'hrp', () => uniq(() => genHRP('H'), 'ent'));
      lazy(p, 'hkpp', () => uniq(genHKSARPassport, 'ent'));
      lazy(p, 'phone', () => DEC.hkPhone());
    } else if (origin === 'MO') {
      lazy(p, 'moid', () => uniq(genMOID, 'ent'));
      lazy(p, 'hrp', () => uniq(() => genHRP('M'), 'ent'));
      lazy(p, 'phone', () => DEC.moPhone());
    } else {
      lazy(p, 'mtp', () => uniq(genMTP, 'ent'));
      lazy(p, 'twid', () => DEC.twId(gender));
      lazy(p, 'phone', () => DEC.twMobile());
    }
  }
  return p;
}
const phoneKind = { HK: 'hk-phone', MO: 'mo-phone', TW: 'tw-mobile' };

// ───────────────────────────── decoy generators (return raw text) ─────────────────────────────
const DEC = {
  hkPhone(type = 'any') {
    const first = type === 'land' ? ['2', '2', '3'] : type === 'mobile' ? ['5', '6', '9', '9'] : ['5', '6', '9', '9', '9', '2', '3'];
    const l = uniq(() => pick(first) + D(7), 'dec');
    const a = l.slice(0, 4), b = l.slice(4);
    return pick([`+852 ${a} ${b}`, `+852 ${a} ${b}`, `(852) ${a}-${b}`, `${a} ${b}`, l, `852-${l}`, `+852-${l}`, `+852${l}`, `${a}-${b}`]);
  },
  moPhone() {
    const l = uniq(() => (chance(0.8) ? '6' + pick('2345689') + D(6) : '28' + D(6)), 'dec');
    const a = l.slice(0, 4), b = l.slice(4);
    return pick([`+853 ${a} ${b}`, `+853 ${a} ${b}`, `(853) ${a} ${b}`, `${a} ${b}`, l, `853-${l}`, `+853-${l}`]);
  },
  twMobile() {
    const r = uniq(() => '9' + pick('1234678') + D(7), 'dec');
    return pick([`0${r.slice(0, 3)}-${r.slice(3, 6)}-${r.slice(6)}`, `0${r}`, `+886 ${r.slice(0, 3)} ${r.slice(3, 6)} ${r.slice(6)}`, `+886-${r}`, `0${r.slice(0, 3)} ${r.slice(3, 6)} ${r.slice(6)}`, `+886 ${r}`]);
  },
  twPhone() { const l = uniq(() => '2' + D(7), 'dec'); return pick([`(02) ${l.slice(0, 4)}-${l.slice(4)}`, `+886 2 ${l.slice(0, 4)} ${l.slice(4)}`, `02-${l}`]); },
  order8() { return uniq(() => Dnz(8), 'dec'); },
  date8(t) { const s = ymd8(t); if (!claim(s, 'date')) return null; return s; },
  localLand8() { return uniq(() => ri(2, 8) + D(7), 'dec'); },
  prodCode() { return uniq(() => (chance(0.8) ? pick('CCHHLLMMW') + D(8) : 'C' + pick(LETTERS_NO_IO) + D(7)), 'dec'); },
  container() { const own = pick(['MSCU', 'MAEU', 'CSNU', 'OOLU', 'TGHU', 'TCNU', 'HLXU', 'EMCU', 'CBHU', 'TRHU']); return uniq(() => { const six = D(6); return own + six + iso6346Check(own + six); }, 'dec'); },
  billOfLading() { return uniq(() => pick(['COSU', 'OOLU', 'EGLV', 'MEDU', 'HLCU']) + ri(4, 8) + D(9), 'dec'); },
  pnr() { return uniq(() => Array.from({ length: 6 }, () => pick('ABCDEFGHJKLMNPQRSTUVWXYZ23456789')).join(''), 'dec'); },
  train12306() { return uniq(() => 'E' + D(9), 'dec'); },
  eticket() { const t = uniq(() => pick(['160', '781', '784', '999', '880', '851', '479']) + ri(2, 8) + D(9), 'dec'); return chance(0.5) ? `${t.slice(0, 3)}-${t.slice(3)}` : t; },
  ferryTicket() { return uniq(() => ri(2, 8) + D(9), 'dec'); },
  hkidBad() {
    return uniq(() => { const L = pick(HKID_L1); const six = D(6); const good = hkidCheck(L, six); let bad; do { bad = pick('0123456789A'); } while (bad === good); return `${L}${six}(${bad})`; }, 'dec');
  },
  hkCR() { return uniq(() => (chance(0.6) ? Dnz(7) : Dnz(8)), 'dec'); },
  hkBR() { const b = uniq(() => Dnz(8), 'dec'); return `${b}-000-${pad2(ri(1, 12))}-${pad2(ri(24, 26))}-${pick('0123456789A')}`; },
  moPlate() { return uniq(() => (chance(0.3) ? `M-${pad2(ri(10, 99))}-${pad2(ri(10, 99))}` : `M${pick('ABCDEFGHKLMNPRSTUVWX')}-${pad2(ri(10, 99))}-${pad2(ri(10, 99))}`), 'dec'); },
  cnPlate() { return uniq(() => pick([`粤B·${pick('ABCDEFGH')}${D(4)}`, `粤Z·${D(4)}港`, `粤Z·${pick('ABCDE')}${D(3)}澳`, `粤C·${D(5)}`, `沪A·${pick('ABDF')}${D(4)}`]), 'dec'); },
  twId(g) { return uniq(() => twIdMake(pick('ABCDEFGHJKLMNPQRSTUVWXYZ'), g === '女' ? '2' : '1'), 'dec'); },
  twUBN() { return uniq(() => Dnz(8), 'dec'); },
  etcCard() {
    const v = uniq(() => { for (;;) { const s = pick(['4401', '4403', '3101', '1101']) + D(16); if (!luhnOk(s.slice(0, 16)) && !luhnOk(s.slice(0, 19))) return s; } }, 'dec');
    return chance(0.5) ? v.match(/.{4}/g).join(' ') : v;
  },
  gamePass() { return uniq(() => pick([`C${D(8)}`, `BP${D(10)}`, `S${ri(10, 19)}-${D(6)}`, `${Dnz(8)}`]), 'dec'); },
  parkingPass() { return uniq(() => pick([`TX-${ri(2023, 2025)}-${D(4)}`, `P${D(8)}`, `No.${Dnz(8)}`, `H${D(8)}`]), 'dec'); },
  workPass() { return uniq(() => pick([`SG${ri(2023, 2025)}-${D(5)}`, `C${ri(24, 25)}${D(6)}`, `施通字第${D(5)}号`, `L${D(8)}`]), 'dec'); },
  endorsementNo() { return uniq(() => `QZ${D(10)}`, 'dec'); },
  applSerial(t) { return uniq(() => pick([`YW${ymd8(t)}${D(4)}`, `SL-${ymd8(t)}-${D(4)}`, `${ymd8(t)}${pick(['4403', '4401', '3101'])}${D(8)}`]), 'dec'); },
  visaApp() { return uniq(() => pick([`VA${D(10)}`, `${ri(2024, 2025)}${pick(['HK', 'MO', 'TW'])}${D(6)}`]), 'dec'); },
  qqGroup() { return uniq(() => ri(2, 9) + D(8), 'dec'); },
  uid() { return uniq(() => ri(1, 9) + D(8), 'dec'); },
  ean8() { return uniq(() => ean8Complete('69' + D(5)), 'dec'); },
  serial20(t) { return uniq(() => ymd8(t) + D(12), 'dec'); },
  hotline400() { return uniq(() => `400-${ri(1, 9)}${D(2)}-${D(4)}`, 'dec'); },
  examTicket() { return uniq(() => `${ri(24, 25)}${D(10)}`, 'dec'); },
  regNo() { return uniq(() => `${ri(24, 25)}${pick(['81', '82', '71'])}${D(6)}`, 'dec'); },
  employeeNo() { return uniq(() => `${ri(2012, 2024)}${D(4)}`, 'dec'); },
  tracking() { return uniq(() => pick([`SF${ri(1, 9)}${D(12)}`, `JD${D(13)}`, `YT${ri(1, 9)}${D(12)}`]), 'dec'); },
  shopeeOrder(t) { return uniq(() => `${ymd8(t).slice(2)}${Array.from({ length: 8 }, () => pick('ABCDEFGHJKMNPQRSTUVWXYZ23456789')).join('')}`, 'dec'); },
  invoice8() { return uniq(() => Dnz(8), 'dec'); },
  insurance(t) { return uniq(() => `${pick(['PYDL', 'PEAC', 'AGZ'])}${ymd8(t)}${D(6)}`, 'dec'); },
  accessCard() { return uniq(() => Dnz(8), 'dec'); },
  memberCard() { return uniq(() => `${pick(['VIP', 'M'])}${D(8)}`, 'dec'); },
};

// ───────────────────────────── documents ─────────────────────────────
class Doc {
  constructor(kind) { this.kind = kind; this.ents = new Map(); this.dcs = new Map(); this.decs = new Map(); this.raws = []; }
  e(detector, value, raw) { this.ents.set(detector + '\u0000' + value, { detector, value }); this.raws.push({ cls: 'e', detector, value, raw }); return raw; }
  d(detector, value, raw) { this.dcs.set(detector + '\u0000' + value, { detector, value }); this.raws.push({ cls: 'd', detector, value, raw }); return raw; }
  x(kind, text) { if (text == null) return ''; this.decs.set(kind + '\u0000' + text, { kind, text }); this.raws.push({ cls: 'x', kind, raw: text }); return text; }
}

// raw renderings of entity values (m = messiness 0..1)
function permitRaw(v, m = 0.2) {
  if (!chance(m)) return v;
  if (/^\d{8}$/.test(v)) return pick([`${v.slice(0, 4)} ${v.slice(4)}`, fw(v), v]);
  if (/^[HM]\d{10}$/.test(v)) return pick([`${v.slice(0, 9)}(${v.slice(9)})`, `${v.slice(0, 9)}（${v.slice(9)}）`, v.toLowerCase(), fw(v)]);
  return pick([v.toLowerCase(), `${v[0]} ${v.slice(1)}`, `${v.slice(0, 5)} ${v.slice(5)}`, fw(v), v.toLowerCase()]);
}
function hkidRaw(v, m = 0.3) {
  if (!chance(m)) return v;
  const mm = /^([A-Z]{1,2})(\d{6})\(([0-9A])\)$/.exec(v);
  const opts = [`${mm[1]}${mm[2]}${mm[3]}`, `${mm[1]}${mm[2]} (${mm[3]})`, `${mm[1]}${mm[2]}（${mm[3]}）`, v.toLowerCase(), fw(v), `${mm[1]}${mm[2]}${mm[3]}`];
  if (mm[1].length === 1) opts.push(`${mm[1]} ${mm[2]}(${mm[3]})`);
  return pick(opts);
}
function moidRaw(v, m = 0.3, allowBare = false) {
  if (!chance(m)) return v;
  const b = v.slice(0, 7), c = v[8];
  const opts = [`${b}（${c}）`, `${b} (${c})`, fw(v)];
  if (allowBare) opts.push(`${b}${c}`);
  return pick(opts);
}
function ridRaw(v, m = 0.15) {
  if (!chance(m)) return v;
  const opts = [`${v.slice(0, 6)} ${v.slice(6, 14)} ${v.slice(14)}`, fw(v)];
  if (v.endsWith('X')) opts.push(v.slice(0, 17) + 'x', v.slice(0, 17) + 'x');
  return pick(opts);
}
function mobileRaw(v, m = 0.3) {
  if (!chance(m)) return v;
  return pick([`${v.slice(0, 3)} ${v.slice(3, 7)} ${v.slice(7)}`, `${v.slice(0, 3)}-${v.slice(3, 7)}-${v.slice(7)}`, `+86 ${v.slice(0, 3)} ${v.slice(3, 7)} ${v.slice(7)}`, `+86-${v}`, `+86${v}`, fw(v), `(+86)${v}`, `0086 ${v}`]);
}
function landRaw(v) {
  const a = v.startsWith('01') || v.startsWith('02') ? v.slice(0, 3) : v.slice(0, 4); const s = v.slice(a.length);
  return pick([`${a}-${s}`, `${a}-${s}`, `(${a})${s}`, `${a} ${s.slice(0, 4)} ${s.slice(4)}`, `（${a}）${s}`]);
}
function cardRaw(v, m = 0.4) { if (!chance(m)) return v; return pick([v.match(/.{1,4}/g).join(' '), v.match(/.{1,4}/g).join(' '), v.match(/.{1,4}/g).join('-')]); }
function emailRaw(v) { if (!chance(0.15)) return v; const [l, d] = v.split('@'); return `${l.replace(/^./, (c) => c.toUpperCase())}@${d.replace(/^./, (c) => c.toUpperCase())}`; }
function nameRaw(v, spaced) { if (spaced && v.length === 2) return v[0] + pick(['　', '  ']) + v[1]; return v; }

const E = {
  name: (doc, p, spaced = false) => doc.e('person_name_zh', p.name, nameRaw(p.name, spaced)),
  nameV: (doc, v) => doc.e('person_name_zh', v, v),
  permit: (doc, v, m) => {
    const raw = doc.e('cn_travel_permit', v, permitRaw(v, m));
    if (/^C[A-Z]\d{7}$/.test(v) && hkidCheck(v.slice(0, 2), v.slice(2, 8)) === v[8]) doc.d('hk_id', `${v.slice(0, 8)}(${v[8]})`, raw); // also HKID-shaped
    return raw;
  },
  hkid: (doc, v, m) => doc.e('hk_id', v, hkidRaw(v, m)),
  moid: (doc, v, m, bare) => {
    const raw = doc.e('mo_id', v, moidRaw(v, m, bare));
    if (/^\d{8}$/.test(raw)) doc.d('cn_travel_permit', raw, raw); // written without brackets it is also 台胞证-shaped
    return raw;
  },
  rid: (doc, v, m) => doc.e('cn_resident_id', v, ridRaw(v, m)),
  mobile: (doc, v, m) => doc.e('cn_mobile', v, mobileRaw(v, m)),
  land: (doc, v) => doc.e('cn_landline', v, landRaw(v)),
  email: (doc, v) => doc.e('email', v.toLowerCase(), emailRaw(v)),
  card: (doc, v, m) => doc.e('bank_card', v, cardRaw(v, m)),
  passport: (doc, v) => doc.e('cn_passport', v, chance(0.1) ? v.toLowerCase() : v),
};
// a person's contact phone: mainland mobile = entity, HK/MO/TW phones = decoys
function phoneOf(doc, p, m = 0.3, mainlandP = 0.25) {
  if (p.origin === 'ML' || chance(mainlandP)) return E.mobile(doc, p.mobile, m);
  return doc.x(phoneKind[p.origin], p.phone);
}
function dobCell(doc, p, style) {
  if (style === 'compact') { const s = DEC.date8(p.dob); if (s) return doc.x('date-yyyymmdd', s); }
  if (style === 'slash') return `${p.dob.y}/${pad2(p.dob.m)}/${pad2(p.dob.d)}`;
  if (style === 'dot') return `${p.dob.y}.${pad2(p.dob.m)}.${pad2(p.dob.d)}`;
  return ymdDash(p.dob);
}
function dateDecoy(doc, t) { const s = DEC.date8(t); return s ? doc.x('date-yyyymmdd', s) : ymdDash(t); }

// document types available per origin and their labels
const DOC_LABELS = {
  rid: ['居民身份证', '身份证', '二代身份证'],
  passport: ['护照', '中国护照', '普通护照'],
  hkmo: ['往来港澳通行证', '港澳通行证', '往来港澳通行证'],
  twp: ['大陆居民往来台湾通行证', '赴台通行证'],
  hrp: ['港澳居民来往内地通行证', '回乡证', '港澳居民来往内地通行证（回乡证）'],
  mtp: ['台湾居民来往大陆通行证', '台胞证'],
  hkid: ['香港身份证', '香港永久性居民身份证', 'HKID'],
  moid: ['澳门身份证', '澳门居民身份证', '澳门永久性居民身份证'],
  rp: ['港澳台居民居住证', '居住证'],
  hkpp: ['香港特区护照'],
};
const TYPES_BY_ORIGIN = { ML: ['rid', 'rid', 'hkmo', 'passport'], HK: ['hrp', 'hrp', 'hkid', 'hkid', 'rp'], MO: ['hrp', 'moid', 'moid', 'rp'], TW: ['mtp', 'mtp', 'mtp', 'rp'] };
function idValue(doc, p, type, m = 0.25) {
  switch (type) {
    case 'rid': return E.rid(doc, p.rid, m);
    case 'rp': return E.rid(doc, p.rp, m);
    case 'passport': return E.passport(doc, p.passport);
    case 'hkmo': return E.permit(doc, p.hkmo, m);
    case 'twp': return E.permit(doc, p.twp, m);
    case 'hrp': return E.permit(doc, p.hrp, m);
    case 'mtp': return E.permit(doc, p.mtp, m);
    case 'hkid': return E.hkid(doc, p.hkid, m);
    case 'moid': return E.moid(doc, p.moid, m, false);
    case 'hkpp': return doc.d('cn_passport', p.hkpp, p.hkpp); // HKSAR passport: not settled by §6 -> don't care
    default: throw new Error(type);
  }
}
const regionName = (o) => ({ ML: pick(['中国大陆', '内地', '中国']), HK: pick(['中国香港', '香港', 'HK']), MO: pick(['中国澳门', '澳门', 'MO']), TW: pick(['中国台湾', '台湾']) }[o]);

// ───────────────────────────── table renderers ─────────────────────────────
function dw(s) { let w = 0; for (const ch of s) { const c = ch.codePointAt(0); w += (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || c === 0x3000 ? 2 : 1; } return w; }
function padR(s, w) { return s + ' '.repeat(Math.max(2, w - dw(s))); }
function render(layout, headers, rows) {
  switch (layout) {
    case 'csv': return [headers, ...rows].map((r) => r.join(',')).join('\n');
    case 'tsv': return [headers, ...rows].map((r) => r.join('\t')).join('\n');
    case 'pipe': return [headers, ...rows].map((r) => r.join(' | ')).join('\n');
    case 'md': return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
    case 'fixed': {
      const widths = headers.map((h, i) => Math.max(dw(h), ...rows.map((r) => dw(r[i]))) + 2);
      return [headers, ...rows].map((r) => r.map((c, i) => (i === r.length - 1 ? c : padR(c, widths[i]))).join('').trimEnd()).join('\n');
    }
    default: throw new Error(layout);
  }
}

// ───────────────────────────── shared vocab ─────────────────────────────
const AGENCIES = ['粤海通国际旅行社有限公司', '星途国际旅行社', '鹏城假期旅行社有限公司', '珠江之旅国际旅行社', '嘉禾假期（广州）旅行社', '沪港通达旅行社有限公司', '闽台之旅国际旅行社', '京华远航旅行社有限公司', '南粤风情旅行社'];
const HK_GROUND = ['香港永恒旅遊有限公司', '港九假期旅運社', '維港之旅（香港）有限公司', '澳門金輝旅遊有限公司'];
const TW_GROUND = ['寶島之星旅行社', '福爾摩沙旅行社股份有限公司', '環島假期旅行社'];
const ROUTES_HKMO = ['广州—香港—澳门 4天3晚', '深圳—香港 2天1晚', '珠海—澳门 1日游', '香港迪士尼 3天2晚', '港珠澳大桥 香港澳门 3日游'];
const ENDORSE_HKMO = ['L', 'G', 'L 团队旅游', 'G 个人旅游', '团队旅游(L)', 'Q 探亲', 'S 商务'];
const HOTELS = ['珠海横琴湾景酒店', '深圳福田会展中心酒店', '广州天河国际大酒店', '厦门鼓浪屿海景酒店', '上海外滩华庭酒店', '北京王府井金辉酒店'];
const COMPANIES = ['深圳前海跨境科技有限公司', '珠海横琴澳科智能有限公司', '广州南沙湾区供应链有限公司', '东莞松湖精密制造有限公司', '厦门两岸数字科技有限公司', '上海浦江国际贸易有限公司'];
const teamCode = (pre, t) => `${pick(['GZ', 'SZ', 'ZH', 'SH', 'XM'])}${pre}${ymd8(t).slice(2)}${pick('ABCD')}`;

// ═════════════════════════════ document generators ═════════════════════════════
const GEN = {};

// 1. 港澳游 group list (CSV / TSV / fixed-width)
GEN['tour-hkmo'] = (doc) => {
  const ag = pick(AGENCIES), dep = randDate(2024, 2025), n = ri(10, 20), m = pick([0, 0.1, 0.25]);
  const layout = pick(['csv', 'tsv', 'fixed', 'fixed']);
  const permitH = pick(['港澳通行证号', '往来港澳通行证号码', '通行证号码', '证件号', '证件号码', '通行证号']);
  const withRID = chance(0.45), withOrder = chance(0.9), dobStyle = pick(['dash', 'compact', 'slash', 'dot']);
  const lead = person('ML');
  const L = [];
  L.push(`${ag}  港澳游团队名单`);
  L.push(`团号：${teamCode('HK', dep)}  出发日期：${chance(0.5) ? dateDecoy(doc, dep) : ymdCN(dep)}  行程：${pick(ROUTES_HKMO)}`);
  L.push(`领队：${E.name(doc, lead)}  手机：${E.mobile(doc, lead.mobile, m)}`);
  L.push('');
  const withIns = chance(0.7);
  const headers = ['序号', '姓名', '性别', '出生日期', ...(withRID ? ['身份证号'] : []), permitH, '签注', '手机号码', ...(withOrder ? ['订单号'] : []), ...(withIns ? ['保险单号'] : [])];
  const rows = [];
  for (let i = 1; i <= n; i++) {
    const p = person('ML');
    rows.push([String(i), E.name(doc, p, layout === 'fixed'), p.gender, dobCell(doc, p, dobStyle), ...(withRID ? [E.rid(doc, p.rid, m)] : []), E.permit(doc, p.hkmo, m), pick(ENDORSE_HKMO), E.mobile(doc, p.mobile, m), ...(withOrder ? [doc.x('order-no', DEC.order8())] : []), ...(withIns ? [doc.x('insurance-no', DEC.insurance(dep))] : [])]);
  }
  L.push(render(layout, headers, rows));
  L.push('');
  L.push(`地接社：${pick(HK_GROUND)}  24小时电话：${doc.x('hk-phone', DEC.hkPhone())}`);
  if (chance(0.5)) L.push(`澳门段导游电话：${doc.x('mo-phone', DEC.moPhone())}`);
  if (chance(0.5)) L.push(`全国服务热线：${doc.x('hotline-400', DEC.hotline400())}`);
  return L.join('\n');
};

// 2. 赴台游 group list (大陆居民往来台湾通行证, L + 8 digits)
GEN['tour-tw'] = (doc) => {
  const ag = pick(AGENCIES), dep = randDate(2024, 2025), n = ri(10, 18), m = pick([0, 0.15]);
  const layout = pick(['csv', 'fixed', 'tsv']);
  const permitH = pick(['大陆居民往来台湾通行证号', '赴台通行证号码', '台湾通行证号', '通行证号码', '证件号码']);
  const withTicket = chance(0.9);
  const L = [];
  L.push(`${ag}  赴台${pick(['团队游', '个人游'])}旅客名单`);
  L.push(`团号：${teamCode('TW', dep)}  航班：${pick(['MU5005', 'CI502', 'BR712', 'CZ3097', 'MF881'])}  出发：${ymdCN(dep)}  返回：${ymdCN(addDays(dep, ri(5, 8)))}`);
  const lead = person('ML');
  L.push(`${pick(['领队', '随团领队'])}：${E.name(doc, lead)}（手机 ${E.mobile(doc, lead.mobile, m)}）`);
  L.push('');
  const headers = ['序号', '姓名', '性别', '出生日期', permitH, '入台证状态', '联系电话', ...(withTicket ? ['电子客票号'] : []), '保险单号'];
  const rows = [];
  for (let i = 1; i <= n; i++) {
    const p = person('ML');
    rows.push([pad2(i), E.name(doc, p, layout === 'fixed'), p.gender, dobCell(doc, p, pick(['dash', 'dash', 'compact'])), E.permit(doc, p.twp, m), pick(['已核发', '已核发', '审核中']), E.mobile(doc, p.mobile, m), ...(withTicket ? [doc.x('e-ticket', DEC.eticket())] : []), doc.x('insurance-no', DEC.insurance(dep))]);
  }
  L.push(render(layout, headers, rows));
  L.push('');
  L.push(`台湾地接：${pick(TW_GROUND)}  電話：${doc.x('tw-phone', DEC.twPhone())}  緊急聯絡：${doc.x('tw-mobile', DEC.twMobile())}`);
  return L.join('\n');
};

// 3. 台湾同胞 inbound tour list: 台胞证 8 digits next to other 8-digit numbers
GEN['tour-tw-inbound'] = (doc) => {
  const ag = pick(AGENCIES), dep = randDate(2024, 2025), n = ri(10, 18), m = pick([0, 0.15]);
  const layout = pick(['csv', 'fixed', 'tsv', 'pipe']);
  const mtpH = pick(['台胞证号码', '台胞证号', '台湾居民来往大陆通行证号码', '通行证号码']);
  const withTwid = chance(0.4), orderH = pick(['订单编号', '预订编号', '会员编号']);
  const L = [];
  L.push(`${ag}（地接）台湾同胞${pick(['福建', '江南', '北京', '云南'])}${ri(5, 8)}日游 团员名单`);
  L.push(`组团社：${pick(TW_GROUND)}  入境口岸：${pick(['厦门高崎', '上海浦东', '福州长乐', '北京首都'])}  入境日期：${chance(0.5) ? dateDecoy(doc, dep) : ymdDash(dep)}`);
  L.push('');
  const headers = ['No', '姓名', '性别', '出生日期', mtpH, ...(withTwid ? ['身分證字號'] : []), '台湾手机', orderH];
  const rows = [];
  for (let i = 1; i <= n; i++) {
    const p = person('TW');
    rows.push([String(i), E.name(doc, p, layout === 'fixed'), p.gender, dobCell(doc, p, pick(['compact', 'dash', 'slash'])), E.permit(doc, p.mtp, m), ...(withTwid ? [doc.x('tw-national-id', p.twid)] : []), doc.x('tw-mobile', p.phone), doc.x(orderH === '会员编号' ? 'member-no' : 'order-no', DEC.order8())]);
  }
  L.push(render(layout, headers, rows));
  const g = person('ML');
  L.push('');
  L.push(`全陪导游：${E.name(doc, g)}  手机：${E.mobile(doc, g.mobile)}`);
  return L.join('\n');
};

// 4. hotel registration of HK / MO / TW (and mainland) guests
GEN['hotel-reg'] = (doc) => {
  const hotel = pick(HOTELS), day = randDate(2024, 2025), n = ri(8, 16), m = pick([0.1, 0.3]);
  const layout = pick(['pipe', 'csv', 'tsv', 'fixed', 'md']);
  const dateCompact = chance(0.5);
  const L = [];
  L.push(`${hotel}  境外及港澳台旅客住宿登记（导出）`);
  L.push(`导出时间：${ymdDash(day)} ${pad2(ri(0, 23))}:${pad2(ri(0, 59))}  操作员：前台${ri(1, 9)}号`);
  L.push('');
  const headers = ['房号', '姓名', '性别', '国籍/地区', '证件类型', '证件号码', '入住日期', '离店日期', '联系电话', '预订号'];
  const rows = [];
  for (let i = 0; i < n; i++) {
    const o = pick(['HK', 'HK', 'MO', 'MO', 'TW', 'TW', 'ML']);
    const p = person(o);
    let type = pick(o === 'ML' ? ['rid', 'passport', 'passport'] : TYPES_BY_ORIGIN[o]);
    if (o === 'HK' && chance(0.08)) type = 'hkpp';
    const ci = addDays(day, -ri(0, 3)), co = addDays(ci, ri(1, 5));
    rows.push([`${ri(3, 28)}${pad2(ri(1, 40))}`, E.name(doc, p, layout === 'fixed'), p.gender, regionName(o), pick(DOC_LABELS[type]), idValue(doc, p, type, m), dateCompact ? dateDecoy(doc, ci) : ymdDash(ci), dateCompact ? dateDecoy(doc, co) : ymdDash(co), phoneOf(doc, p, m, 0.3), doc.x('order-no', DEC.order8())]);
  }
  L.push(render(layout, headers, rows));
  if (chance(0.5)) L.push(`\n酒店总机：${E.land(doc, uniq(genLandline, 'ent'))}  预订确认号：${doc.x('order-no', DEC.order8())}`);
  return L.join('\n');
};

// 5. bank KYC forms of HK / Macau / Taiwan customers (key: value blocks)
GEN['bank-kyc'] = (doc) => {
  const bank = pick(['湾区商业银行 横琴分行', '前海联合银行 深圳分行', '南粤银行 珠海分行', '闽海银行 厦门分行']);
  const k = ri(3, 5), day = randDate(2024, 2025);
  const L = [`${bank}  个人客户尽职调查表（港澳台居民）`, `业务日期：${ymdDash(day)}`, ''];
  for (let i = 0; i < k; i++) {
    const o = pick(['HK', 'HK', 'MO', 'MO', 'TW']);
    const p = person(o, 22, 70);
    const colon = pick(['：', ': ', '：']);
    L.push(`【客户 ${i + 1}】`);
    L.push(`客户编号${colon}${doc.x('customer-no', DEC.order8())}`);
    L.push(`业务受理号${colon}${doc.x('application-serial', DEC.applSerial(day))}`);
    L.push(`客户姓名${colon}${E.name(doc, p)}`);
    L.push(`性别${colon}${p.gender}    出生日期${colon}${ymdDash(p.dob)}`);
    L.push(`国籍/地区${colon}${regionName(o)}`);
    if (o === 'HK') {
      L.push(`证件类型${colon}${pick(DOC_LABELS.hkid)}`);
      L.push(`证件号码${colon}${E.hkid(doc, p.hkid, 0.4)}`);
      L.push(`${pick(['港澳居民来往内地通行证', '回乡证号码', '来往内地通行证号码'])}${colon}${E.permit(doc, p.hrp, 0.2)}`);
      L.push(`香港联系电话${colon}${doc.x('hk-phone', p.phone)}    香港办公电话${colon}${doc.x('hk-phone', DEC.hkPhone('land'))}`);
    } else if (o === 'MO') {
      L.push(`证件类型${colon}${pick(DOC_LABELS.moid)}`);
      L.push(`证件号码${colon}${E.moid(doc, p.moid, 0.4, true)}`);
      L.push(`${pick(['港澳居民来往内地通行证', '回乡证号码'])}${colon}${E.permit(doc, p.hrp, 0.2)}`);
      L.push(`澳门联系电话${colon}${doc.x('mo-phone', p.phone)}`);
    } else {
      L.push(`证件类型${colon}${pick(DOC_LABELS.mtp)}`);
      L.push(`证件号码${colon}${E.permit(doc, p.mtp, 0.2)}`);
      L.push(`台湾联系电话${colon}${doc.x('tw-mobile', p.phone)}`);
      if (chance(0.5)) L.push(`台湾身分证字号（自愿提供）${colon}${doc.x('tw-national-id', p.twid)}`);
    }
    if (chance(0.5)) L.push(`港澳台居民居住证${colon}${E.rid(doc, p.rp, 0.1)}`);
    L.push(`内地手机号码${colon}${E.mobile(doc, p.mobile, 0.3)}`);
    L.push(`电子邮箱${colon}${E.email(doc, p.email)}`);
    L.push(`借记卡卡号${colon}${E.card(doc, p.card)}`);
    L.push(`职业${colon}${pick(['公司职员', '个体经营', '退休', '教师', '工程师', '自由职业'])}    年收入${colon}${pick(['10万以下', '10-30万', '30-50万', '50万以上'])}`);
    L.push(`客户经理编号${colon}${doc.x('employee-no', DEC.employeeNo())}`);
    L.push('');
  }
  return L.join('\n');
};

// 6. cross-border e-commerce buyer list (订购人 for customs), with product codes that look like permits
GEN['ecommerce-buyers'] = (doc) => {
  const day = randDate(2024, 2025), n = ri(10, 18), m = 0.2;
  const layout = pick(['csv', 'csv', 'tsv']);
  const L = [`# ${pick(['湾区优选', '港货速递', '两岸好物'])} 跨境订单 订购人信息 ${ymdDash(day)}`];
  const headers = ['订单编号', '订购人', '证件类型', '证件号码', '订购人电话', '商品编码', '数量', '运单号'];
  const rows = [];
  for (let i = 0; i < n; i++) {
    const o = pick(['ML', 'ML', 'ML', 'HK', 'MO', 'TW']);
    const p = person(o);
    const type = o === 'ML' ? pick(['rid', 'rid', 'passport']) : o === 'TW' ? 'mtp' : 'hrp';
    rows.push([doc.x('order-no', DEC.order8()), E.name(doc, p), pick(DOC_LABELS[type]), idValue(doc, p, type, m), phoneOf(doc, p, m, 0.5), doc.x('product-code', DEC.prodCode()), String(ri(1, 6)), doc.x('tracking-no', DEC.tracking())]);
  }
  L.push(render(layout, headers, rows));
  return L.join('\n');
};

// 7. HR roster of a company with HK / Macau / Taiwan staff
GEN['hr-roster'] = (doc) => {
  const co = pick(COMPANIES), n = ri(8, 15), m = 0.2;
  const layout = pick(['csv', 'tsv', 'md', 'fixed']);
  const empNo8 = chance(0.85), withHkid = chance(0.5);
  const L = [`${co}  港澳台员工花名册（人事部 内部）`, ''];
  const headers = ['工号', '姓名', '性别', '地区', '部门', '证件类型', '证件号码', ...(withHkid ? ['香港/澳门身份证'] : []), '居住证号码', '手机', '邮箱', '工资卡号', '门禁卡号'];
  const rows = [];
  for (let i = 0; i < n; i++) {
    const o = pick(['HK', 'HK', 'MO', 'TW', 'TW']);
    const p = person(o, 22, 60);
    const type = o === 'TW' ? 'mtp' : 'hrp';
    const local = withHkid ? [o === 'HK' ? E.hkid(doc, p.hkid, m) : o === 'MO' ? E.moid(doc, p.moid, m) : '-'] : [];
    rows.push([empNo8 ? doc.x('employee-no', DEC.employeeNo()) : `${o}${String(ri(1, 999)).padStart(3, '0')}`, E.name(doc, p, layout === 'fixed'), p.gender, regionName(o), pick(['研发部', '市场部', '财务部', '运营部', '法务部']), pick(DOC_LABELS[type]), idValue(doc, p, type, m), ...local, chance(0.7) ? E.rid(doc, p.rp, 0.1) : '-', E.mobile(doc, p.mobile, m), E.email(doc, p.email), E.card(doc, p.card, 0.2), doc.x('access-card-no', DEC.accessCard())]);
  }
  L.push(render(layout, headers, rows));
  L.push('');
  L.push(`人事联系人：${E.nameV(doc, person('ML').name)}  座机：${E.land(doc, uniq(genLandline, 'ent'))}  前台总机（不含区号）：${doc.x('landline-local-8', DEC.localLand8())}`);
  return L.join('\n');
};

// 8. exam registration of HK / MO / TW candidates
GEN['exam-registration'] = (doc) => {
  const n = ri(10, 16), m = 0.2;
  const layout = pick(['csv', 'tsv', 'fixed']);
  const L = [`${pick(['2025年普通话水平测试（港澳台考生）报名汇总', '内地高校招收港澳台学生联合考试 报名信息', '全国计算机等级考试 港澳台考生名单'])}`, `考点：${pick(['暨南大学', '华侨大学', '深圳大学', '厦门大学'])}考点`, ''];
  const headers = ['报名号', '考生姓名', '性别', '出生日期', '证件类型', '证件号码', '准考证号', '联系电话'];
  const rows = [];
  for (let i = 0; i < n; i++) {
    const o = pick(['HK', 'HK', 'MO', 'MO', 'TW']);
    const p = person(o, 16, 30);
    const type = o === 'HK' ? pick(['hrp', 'hkid', 'hkid']) : o === 'MO' ? pick(['hrp', 'moid', 'moid']) : 'mtp';
    rows.push([doc.x('registration-no', DEC.regNo()), E.name(doc, p, layout === 'fixed'), p.gender, dobCell(doc, p, pick(['dash', 'compact'])), pick(DOC_LABELS[type]), idValue(doc, p, type, m), doc.x('exam-ticket-no', DEC.examTicket()), phoneOf(doc, p, m, 0.2)]);
  }
  L.push(render(layout, headers, rows));
  L.push(`\n考务咨询：${E.land(doc, uniq(genLandline, 'ent'))}`);
  return L.join('\n');
};

// 9. conference registration (English / Chinese mixed)
GEN['conference-registration'] = (doc) => {
  const n = ri(10, 16), m = 0.25;
  const layout = pick(['csv', 'md', 'pipe']);
  const L = [`${pick(['2025 Greater Bay Area FinTech Forum 大湾区金融科技论坛', 'Cross-Strait Youth Innovation Summit 两岸青年创新峰会', 'HK-Macau Logistics Expo 港澳物流博览会'])} — Registration List 注册名单`, ''];
  const headers = ['No.', 'Name 姓名', 'Organisation', 'ID Type', 'ID No.', 'Mobile', 'Email', 'Ticket No.'];
  const T = { hkid: ['HKID', 'HK Identity Card'], moid: ['Macau ID', 'Macau BIR'], hrp: ['Home Return Permit', 'HRP 回乡证'], mtp: ['MTP 台胞证', 'Mainland Travel Permit (TW)'], hkmo: ['Exit-Entry Permit (HK/MO)', 'EEP 港澳通行证'], rid: ['PRC ID Card', '身份证'], passport: ['Passport (PRC)', '护照'], rp: ['Residence Permit 居住证'] };
  const rows = [];
  for (let i = 1; i <= n; i++) {
    const o = pick(['HK', 'HK', 'MO', 'MO', 'TW', 'ML']);
    const p = person(o, 22, 65);
    const type = o === 'ML' ? pick(['rid', 'hkmo', 'passport']) : o === 'HK' ? pick(['hkid', 'hkid', 'hrp']) : o === 'MO' ? pick(['moid', 'moid', 'hrp']) : pick(['mtp', 'mtp', 'rp']);
    rows.push([String(i), E.name(doc, p), pick(['Wing Fung Securities', '澳科智能', 'Harbour Capital', '湾区供应链', 'Formosa Tech', '前海跨境']), pick(T[type]), idValue(doc, p, type, m), phoneOf(doc, p, m, 0.25), E.email(doc, p.email), doc.x('ticket-no', DEC.order8())]);
  }
  L.push(render(layout, headers, rows));
  L.push(`\nSecretariat 会务组: ${E.email(doc, uniq(() => `events${ri(1, 99)}@${pick(['gbafintech.org', 'xsyouth.cn', 'hkmologistics.com'])}`, 'ent', (v) => 'EMAIL:' + v))}  Tel: ${doc.x('hk-phone', DEC.hkPhone())}`);
  return L.join('\n');
};

// 10. ferry / 港珠澳 bus manifests
GEN['ferry-manifest'] = (doc) => {
  const day = randDate(2024, 2025), n = ri(12, 20), m = 0.3;
  const route = pick(['港珠澳大桥穿梭巴士 香港口岸→澳门口岸', '港珠澳大桥穿梭巴士 澳门口岸→香港口岸', '金光飞航 香港上环→澳门外港', '喷射飞航 九龙尖沙咀→氹仔', '珠海九洲港→香港国际机场 海天快船']);
  const layout = pick(['fixed', 'csv', 'tsv']);
  const L = [`乘客舱单 / Passenger Manifest`, `航线：${route}`, `班次：${ymdDash(day)} ${pad2(ri(7, 22))}:${pick(['00', '15', '30', '45'])}   座位数：${ri(40, 400)}`, ''];
  const headers = ['座位', '票号', '订票编号', '旅客姓名', '国籍/地区', '证件类型', '证件号码'];
  const rows = [];
  for (let i = 0; i < n; i++) {
    const o = pick(['HK', 'HK', 'MO', 'MO', 'MO', 'ML', 'TW']);
    const p = person(o);
    const type = o === 'ML' ? pick(['hkmo', 'hkmo', 'passport']) : o === 'HK' ? pick(['hkid', 'hkid', 'hrp']) : o === 'MO' ? pick(['moid', 'moid', 'moid', 'hrp']) : 'mtp';
    rows.push([`${pick('ABCDEFGH')}${ri(1, 40)}`, doc.x(chance(0.7) ? 'ferry-ticket' : 'bus-ticket', DEC.ferryTicket()), doc.x('order-no', DEC.order8()), E.name(doc, p, layout === 'fixed'), regionName(o), pick(DOC_LABELS[type]), idValue(doc, p, type, m)]);
  }
  L.push(render(layout, headers, rows));
  L.push(`\n船务/车务联络：${doc.x(chance(0.5) ? 'hk-phone' : 'mo-phone', chance(0.5) ? DEC.hkPhone() : DEC.moPhone())}`);
  return L.join('\n');
};

// 11. airline manifest / APIS-like list
GEN['flight-manifest'] = (doc) => {
  const day = randDate(2024, 2025), n = ri(10, 18), m = 0.15;
  const flt = pick(['CX 902', 'HX 231', 'NX 001', 'CZ 3097', 'UO 552', 'CI 502', 'BR 858']);
  const L = [`FLIGHT ${flt}  ${ymdDash(day)}  PASSENGER MANIFEST (内部)`, ''];
  const headers = ['SEQ', 'NAME 姓名', 'PNR', 'TKT NO', 'DOC TYPE', 'DOC NO', 'NAT'];
  const T = { hkmo: ['EEP 往来港澳通行证', 'HK/MO PERMIT'], hrp: ['HRP 回乡证', 'HOME RETURN PERMIT'], mtp: ['MTP 台胞证'], hkid: ['HKID'], moid: ['MACAU ID'], passport: ['PASSPORT 护照', 'PP'], twp: ['TW PERMIT 赴台通行证'] };
  const rows = [];
  for (let i = 1; i <= n; i++) {
    const o = pick(['ML', 'ML', 'HK', 'HK', 'MO', 'TW']);
    const p = person(o);
    const type = o === 'ML' ? pick(['hkmo', 'hkmo', 'passport', 'twp']) : o === 'HK' ? pick(['hrp', 'hkid']) : o === 'MO' ? pick(['hrp', 'moid']) : 'mtp';
    rows.push([pad2(i), E.name(doc, p), doc.x('booking-ref', DEC.pnr()), doc.x('e-ticket', DEC.eticket()), pick(T[type]), idValue(doc, p, type, m), { ML: 'CHN', HK: 'HKG', MO: 'MAC', TW: 'TWN' }[o]]);
  }
  L.push(render(pick(['fixed', 'csv']), headers, rows));
  return L.join('\n');
};

// 12. visa / endorsement agency ticket notes
GEN['visa-agency-note'] = (doc) => {
  const k = ri(3, 6), L = [`${pick(AGENCIES)} 签证签注代办工单（${pick(['待处理', '本周', '已受理'])}）`, ''];
  for (let i = 0; i < k; i++) {
    const day = randDate(2024, 2025);
    const p = person(pick(['ML', 'ML', 'ML', 'HK', 'TW']));
    L.push(`工单 ${i + 1}  受理编号：${doc.x('application-serial', DEC.applSerial(day))}`);
    L.push(`客户姓名：${E.name(doc, p)}   联系电话：${phoneOf(doc, p, 0.3, 0.6)}`);
    if (p.origin === 'ML') {
      const biz = pick(['hkmo', 'hkmo', 'twp']);
      if (biz === 'hkmo') {
        L.push(`业务：往来港澳通行证 ${pick(['续签G签注', '加签L签注', '换发', '补办'])}`);
        L.push(`${pick(['通行证号', '港澳通行证号码', '证件号码（港澳通行证）'])}：${E.permit(doc, p.hkmo, 0.2)}`);
        if (chance(0.3)) { const old = uniq(() => 'W' + D(8), 'ent'); L.push(`备注：旧版本式往来港澳通行证 ${E.permit(doc, old, 0)} 已过期，需一并注销`); }
      } else {
        L.push(`业务：大陆居民往来台湾通行证 ${pick(['签注', '换发'])}`);
        L.push(`赴台通行证号码：${E.permit(doc, p.twp, 0.2)}`);
      }
      L.push(`身份证号：${E.rid(doc, p.rid, 0.1)}`);
    } else if (p.origin === 'HK') {
      L.push(`业务：港澳居民来往内地通行证 ${pick(['换证', '补领'])}`);
      L.push(`回乡证号码：${E.permit(doc, p.hrp, 0.2)}   香港身份证：${E.hkid(doc, p.hkid, 0.3)}`);
    } else {
      L.push(`业务：台湾居民来往大陆通行证 ${pick(['换发', '补发', '一次有效签注'])}`);
      L.push(`台胞证号：${E.permit(doc, p.mtp, 0.2)}`);
    }
    L.push(`签注回执号：${doc.x('endorsement-no', DEC.endorsementNo())}   快递单号：${doc.x('tracking-no', DEC.tracking())}`);
    L.push(`办理费用：${ri(80, 500)}元   预计出证：${ymdCN(addDays(day, 7))}`);
    L.push('');
  }
  return L.join('\n');
};

// 13. travel agency e-mail with a pasted list
GEN['agency-email'] = (doc) => {
  const ag = pick(AGENCIES), dep = randDate(2024, 2025), n = ri(6, 12);
  const op = person('ML');
  const agMail = uniq(() => `${pick(['service', 'op', 'group', 'tour'])}${ri(1, 99)}@${pick(['yhtravel.com', 'xingtu-travel.cn', 'pcholiday.com.cn', 'zjtravel.net'])}`, 'ent', (v) => 'EMAIL:' + v);
  const dest = pick(['hk', 'tw', 'mixed']);
  const hkMail = uniq(() => `${pick(['ops', 'booking', 'gz'])}${ri(1, 99)}@${dest === 'tw' ? pick(['formosa-travel.com.tw', 'taiwanstar.tw']) : pick(['hkholiday.com.hk', 'victoriatour.hk', 'goldmacau.com.mo'])}`, 'ent', (v) => 'EMAIL:' + v);
  const L = [];
  L.push(`发件人: ${ag} <${E.email(doc, agMail)}>`);
  L.push(`收件人: ${dest === 'tw' ? pick(TW_GROUND) : pick(HK_GROUND)} <${E.email(doc, hkMail)}>`);
  L.push(`主题: ${ymdCN(dep)} ${dest === 'tw' ? '赴台' : '港澳'}团客人名单，请安排${pick(['酒店', '车辆', '门票'])}`);
  L.push('');
  L.push('您好！');
  L.push(`附上本团客人名单（姓名 / ${dest === 'tw' ? '赴台通行证号' : '通行证号'} / 手机），订单号 ${doc.x('order-no', DEC.order8())}，请查收：`);
  L.push('');
  for (let i = 1; i <= n; i++) {
    const p = person('ML');
    const v = dest === 'tw' ? p.twp : dest === 'hk' ? p.hkmo : chance(0.5) ? p.hkmo : p.twp;
    L.push(`${i}. ${E.name(doc, p)}${pick(['  ', '\t', ' / '])}${E.permit(doc, v, 0.15)}${pick(['  ', '\t', ' / '])}${E.mobile(doc, p.mobile, 0.3)}`);
  }
  L.push('');
  L.push(`${pick(['酒店', '接机'])}确认号：${doc.x('order-no', DEC.order8())}；${pick(['如有问题请致电', '紧急联络'])} ${E.land(doc, uniq(genLandline, 'ent'))}，或拨打全国热线 ${doc.x('hotline-400', DEC.hotline400())}。`);
  L.push('');
  L.push(`经办人：${E.name(doc, op)}`);
  L.push(`手机：${E.mobile(doc, op.mobile, 0.3)}`);
  L.push(ag);
  return L.join('\n');
};

// 14. WeChat-like chat: a sales rep collects a client's permit number
GEN['wechat-chat'] = (doc) => {
  const day = randDate(2024, 2025);
  let hh = ri(9, 20), mi = ri(0, 40);
  const ts = () => { mi += ri(0, 3); if (mi > 59) { mi -= 60; hh++; } return `[${pad2(hh)}:${pad2(mi)}]`; };
  const rep = `销售-${pick(['小林', '小王', 'Amy', '阿杰', 'Coco'])}`;
  const o = pick(['HK', 'HK', 'MO', 'TW']);
  const p = person(o);
  const nick = pick(['Kelvin', '阿明', '🌸Vivian', 'K.C.', '大雄', 'Jason_HK', '小美']);
  const L = [`—— ${ymdDash(day)} 微信聊天记录导出 ——`];
  const item = pick(['港珠澳大桥巴士票', '长隆酒店', '高铁票', '横琴的酒店', '厦门的民宿']);
  if (o === 'TW') {
    L.push(`${ts()} ${rep}：您好，帮您订${item}，麻烦发一下入住人的台胞证号码和姓名`);
    if (chance(0.5)) L.push(`${ts()} ${nick}：姓名：${E.name(doc, p)}，台胞证 ${E.permit(doc, p.mtp, 0.2)}`);
    else { L.push(`${ts()} ${nick}：${doc.d('person_name_zh', p.name, p.name)}`); L.push(`${ts()} ${nick}：${E.permit(doc, p.mtp, 0.2)}`); }
    L.push(`${ts()} ${nick}：我的手機 ${doc.x('tw-mobile', p.phone)}，到了打給我`);
  } else {
    const lab = o === 'HK' ? '回乡证号码' : pick(['回乡证号码', '回乡证']);
    L.push(`${ts()} ${rep}：您好，帮您订${item}，麻烦发一下${lab}和姓名哈`);
    if (chance(0.5)) L.push(`${ts()} ${nick}：姓名：${E.name(doc, p)}  回乡证：${E.permit(doc, p.hrp, 0.25)}`);
    else { L.push(`${ts()} ${nick}：${doc.d('person_name_zh', p.name, p.name)}`); L.push(`${ts()} ${nick}：${E.permit(doc, p.hrp, 0.25)}`); }
    L.push(`${ts()} ${nick}：電話 ${doc.x(phoneKind[o], p.phone)}`);
    if (chance(0.6)) {
      if (o === 'HK') L.push(`${ts()} ${rep}：酒店那边还要香港身份证号，方便发下吗？\n${ts()} ${nick}：${E.hkid(doc, p.hkid, 0.5)}`);
      else L.push(`${ts()} ${rep}：酒店那边还要澳门身份证号，方便发下吗？\n${ts()} ${nick}：${E.moid(doc, p.moid, 0.5)}`);
    }
  }
  L.push(`${ts()} ${rep}：收到👍 订单号 ${doc.x('order-no', DEC.order8())}，确认短信稍后发您`);
  if (chance(0.5)) L.push(`${ts()} ${rep}：另外我们群号 ${doc.x('qq-group', DEC.qqGroup())}，有优惠会在群里发`);
  if (chance(0.5)) L.push(`${ts()} ${nick}：好的，有事打我内地号码 ${E.mobile(doc, p.mobile, 0.4)}`);
  L.push(`${ts()} ${rep}：好的，祝您旅途愉快！`);
  return L.join('\n');
};

// 15. Markdown table (guest reception list)
GEN['markdown-table'] = (doc) => {
  const n = ri(8, 14), day = randDate(2024, 2025);
  const L = [`## ${pick(['港澳台嘉宾接待名单', '湾区交流团成员信息', '两岸研学营学员名单'])}`, '', `> 活动日期：${ymdCN(day)}｜对接人：${E.name(doc, person('ML'))}`, ''];
  const headers = ['序号', '姓名', '地区', '证件类型', '证件号码', '联系方式', '购票订单', '酒店确认号'];
  const rows = [];
  for (let i = 1; i <= n; i++) {
    const o = pick(['HK', 'HK', 'MO', 'MO', 'TW', 'TW', 'ML']);
    const p = person(o);
    const type = o === 'ML' ? pick(['hkmo', 'twp']) : pick(TYPES_BY_ORIGIN[o].filter((t) => t !== 'rp'));
    rows.push([String(i), E.name(doc, p), regionName(o), pick(DOC_LABELS[type]), '`' + idValue(doc, p, type, 0.2) + '`', phoneOf(doc, p, 0.2, 0.3), doc.x('train-order-no', DEC.train12306()), doc.x('order-no', DEC.order8())]);
  }
  L.push(render('md', headers, rows));
  L.push('', `*注：购票订单为 12306 订单号，车次 G${ri(1000, 9999)}，请勿外传。*`);
  return L.join('\n');
};

// 16. JSON export
GEN['json-export'] = (doc) => {
  const n = ri(8, 14), day = randDate(2024, 2025);
  const style = pick(['A', 'B']);
  const T = { hkid: 'HKID', moid: 'MOID', hrp: 'HOME_RETURN_PERMIT', mtp: 'MTP', hkmo: 'EEP_HKMO', twp: 'EEP_TW', rid: 'RESIDENT_ID', rp: 'RESIDENCE_PERMIT_HMT', passport: 'PASSPORT' };
  const recs = [];
  for (let i = 1; i <= n; i++) {
    const o = pick(['HK', 'HK', 'MO', 'MO', 'TW', 'ML']);
    const p = person(o);
    const type = pick(o === 'ML' ? ['hkmo', 'twp', 'rid'] : TYPES_BY_ORIGIN[o]);
    const r = style === 'A'
      ? { seq: i, name: E.name(doc, p), idType: T[type], idNo: idValue(doc, p, type, 0.15), phone: phoneOf(doc, p, 0.1, 0.3), orderNo: doc.x('order-no', DEC.order8()), createdAt: dateDecoy(doc, day) }
      : { customerName: E.name(doc, p), certType: T[type], certNo: idValue(doc, p, type, 0.15), mobile: phoneOf(doc, p, 0.1, 0.3), bookingId: doc.x('order-no', DEC.order8()), region: { ML: 'CN', HK: 'HK', MO: 'MO', TW: 'TW' }[o] };
    if (o === 'HK' && type === 'hrp' && chance(0.5)) r[style === 'A' ? 'hkid' : 'localIdNo'] = E.hkid(doc, p.hkid, 0.2);
    if (o === 'MO' && type === 'hrp' && chance(0.5)) r[style === 'A' ? 'moid' : 'localIdNo'] = E.moid(doc, p.moid, 0.2);
    if (o !== 'ML' && type !== 'hrp' && type !== 'mtp' && chance(0.5)) r.permitNo = E.permit(doc, o === 'TW' ? p.mtp : p.hrp, 0.1);
    recs.push(r);
  }
  return chance(0.5) ? JSON.stringify({ exportedAt: ymdDash(day), total: n, records: recs }, null, 2) : recs.map((r) => JSON.stringify(r)).join('\n');
};

// 17. single mention in prose (one person's document in an e-mail)
GEN['prose-single'] = (doc) => {
  const t = randDate(2024, 2025);
  const variants = [
    () => { const p = person('ML'); return `您好：\n\n下周我要去香港参加展会，麻烦帮忙代订酒店。我的往来港澳通行证号码是${E.permit(doc, p.hkmo, 0.3)}，G签注有效期到${t.y + 1}年${t.m}月。酒店预订确认号请发到我邮箱 ${E.email(doc, p.email)}。\n酒店前台电话是 ${doc.x('hk-phone', DEC.hkPhone())}，入住日期 ${dateDecoy(doc, t)}。\n\n申请人：${E.name(doc, p)}\n手机：${E.mobile(doc, p.mobile)}`; },
    () => { const p = person('HK'); return `各位同事：\n\n新同事${E.name(doc, p)}下月入职，内地社保登记需要以下资料：港澳居民来往内地通行证（回乡证）${E.permit(doc, p.hrp, 0.3)}，香港身份证 ${E.hkid(doc, p.hkid, 0.5)}。${p.gender === '女' ? '她' : '他'}的香港电话 ${doc.x('hk-phone', p.phone)} 暂时不要外传。\n工位分机：${ri(8000, 8999)}\n\n人事部`; },
    () => { const p = person('MO'); return `Dear team,\n\n客户${E.name(doc, p)}已确认横琴开户预约（预约号 ${doc.x('order-no', DEC.order8())}），澳门身份证号码 ${E.moid(doc, p.moid, 0.5, true)}，回乡证 ${E.permit(doc, p.hrp, 0.2)}。澳门联络电话 ${doc.x('mo-phone', p.phone)}，车牌 ${doc.x('mo-plate', DEC.moPlate())}（单牌车入横琴）。\n\nRegards`; },
    () => { const p = person('TW'); return `您好：\n\n您代办的台胞证换发已完成，新证号码：${E.permit(doc, p.mtp, 0.3)}，持证人 ${E.name(doc, p)}。请于${ymdCN(t)}前到门店领取，取件码 ${doc.x('pickup-code', uniq(() => Dnz(8), 'dec'))}。如需快递，请回复台湾手机号（如 ${doc.x('tw-mobile', p.phone)}）以外的内地手机号。\n\n${pick(AGENCIES)}`; },
    () => { const p = person('ML'); return `Hi,\n\nPlease find my details for the Taipei trip: 大陆居民往来台湾通行证 ${E.permit(doc, p.twp, 0.2)}, name ${E.name(doc, p)}. My e-ticket is ${doc.x('e-ticket', DEC.eticket())}, booking ref ${doc.x('booking-ref', DEC.pnr())}.\n\nThanks`; },
    () => { const p = person('HK'); return `请帮 ${E.name(doc, p)} 办理手机卡实名：Exit-Entry 不适用，客户提供的是 Home Return Permit No. ${E.permit(doc, p.hrp, 0.1)}，HKID ${E.hkid(doc, p.hkid, 0.3)}。客户现用香港号码 ${doc.x('hk-phone', p.phone)}。`; },
    () => { const p = person('HK'); const q = person('HK'); return `附件是扫描件，文件名里的 ${doc.d('hk_id', q.hkid, q.hkid)} 是上一个案子的编号，请忽略。\n本次申请人：${E.name(doc, p)}，香港身份证号 ${E.hkid(doc, p.hkid, 0.3)}，订单 ${doc.x('order-no', DEC.order8())}。`; },
    () => { const p = person('MO'); return `致：出入境服务中心\n\n本人${E.name(doc, p)}，澳门居民，澳门居民身份证 ${E.moid(doc, p.moid, 0.3)}，现申请补领港澳居民来往内地通行证，原证号码 ${E.permit(doc, p.hrp, 0.1)}，于${ymdCN(t)}遗失。\n联系电话：${doc.x('mo-phone', p.phone)}\n申请表流水号：${doc.x('visa-application-no', DEC.visaApp())}`; },
  ];
  return pick(variants)();
};

// 18. telecom real-name registration of HK / MO / TW customers
GEN['telecom-realname'] = (doc) => {
  const day = randDate(2024, 2025), n = ri(8, 14);
  const layout = pick(['csv', 'tsv', 'pipe']);
  const L = [`${pick(['移动', '联通', '电信'])}${pick(['珠海', '深圳', '厦门', '广州'])}分公司 港澳台用户实名登记记录 ${ymdDash(day)}`, ''];
  const headers = ['登记流水号', '受理单号', '客户姓名', '证件类型', '证件号码', '办理号码', '营业厅', '办理时间'];
  const rows = [];
  for (let i = 0; i < n; i++) {
    const o = pick(['HK', 'MO', 'TW']);
    const p = person(o);
    const type = o === 'TW' ? 'mtp' : pick(['hrp', 'hrp', 'rp']);
    const t = addDays(day, -ri(0, 20));
    rows.push([doc.x('transaction-no', DEC.serial20(t)), doc.x('order-no', DEC.order8()), E.name(doc, p), pick(DOC_LABELS[type]), idValue(doc, p, type, 0.15), E.mobile(doc, p.mobile, 0.1), pick(['拱北营业厅', '横琴营业厅', '福田口岸营业厅', '思明营业厅']), `${ymdDash(t)} ${pad2(ri(9, 20))}:${pad2(ri(0, 59))}`]);
  }
  L.push(render(layout, headers, rows));
  return L.join('\n');
};

// 19. 港澳台居民居住证 application list
GEN['residence-permit-list'] = (doc) => {
  const day = randDate(2024, 2025), n = ri(8, 14);
  const layout = pick(['csv', 'fixed', 'md']);
  const L = [`${pick(['珠海市公安局横琴分局', '深圳市公安局前海分局', '厦门市公安局思明分局'])} 港澳台居民居住证 领证通知名单`, ''];
  const headers = ['序号', '姓名', '来源地', '通行证号码', '居住证号码', '受理日期', '受理编号', '联系电话'];
  const rows = [];
  for (let i = 1; i <= n; i++) {
    const o = pick(['HK', 'MO', 'TW']);
    const p = person(o);
    const t = addDays(day, -ri(0, 30));
    rows.push([String(i), E.name(doc, p, layout === 'fixed'), regionName(o), E.permit(doc, o === 'TW' ? p.mtp : p.hrp, 0.15), E.rid(doc, p.rp, 0.1), dateDecoy(doc, t), doc.x('application-serial', DEC.applSerial(t)), phoneOf(doc, p, 0.2, 0.4)]);
  }
  L.push(render(layout, headers, rows));
  return L.join('\n');
};

// 20. 出入境 appointment records (往来港澳通行证 签注 / 换证), 8-digit appointment numbers
GEN['immigration-appointment'] = (doc) => {
  const day = randDate(2024, 2025), n = ri(10, 16);
  const layout = pick(['csv', 'tsv', 'fixed']);
  const L = [`出入境业务网上预约记录  预约日期：${ymdCN(day)}  办理点：${pick(['天河出入境大厅', '福田出入境服务中心', '浦东出入境办证大厅'])}`, ''];
  const headers = ['预约号', '姓名', '身份证号', '业务类型', '证件号码', '时段'];
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = person('ML');
    const biz = pick(['港澳签注', '港澳签注', '港澳通行证换发', '赴台签注']);
    const cell = biz === '赴台签注' ? E.permit(doc, p.twp, 0.15) : E.permit(doc, p.hkmo, 0.15);
    rows.push([doc.x('appointment-no', DEC.order8()), E.name(doc, p, layout === 'fixed'), E.rid(doc, p.rid, 0.1), biz, cell, `${pad2(ri(9, 16))}:${pick(['00', '30'])}`]);
  }
  L.push(render(layout, headers, rows));
  return L.join('\n');
};

// 21. bare sign-in sheet: 证件号码 with NO type column (8-digit values are don't-care)
GEN['signin-bare'] = (doc) => {
  const n = ri(10, 16);
  const layout = pick(['csv', 'tsv', 'fixed']);
  const L = [`${pick(['湾区青年交流活动', '粤港澳企业家座谈会', '两岸文创市集'])} 签到表`, ''];
  const headers = ['序号', '姓名', '证件号码', '手机/电话', '会员卡号', '签到时间'];
  const rows = [];
  for (let i = 1; i <= n; i++) {
    const o = pick(['ML', 'HK', 'MO', 'TW', 'TW']);
    const p = person(o);
    let cell;
    if (o === 'ML') cell = chance(0.5) ? E.rid(doc, p.rid, 0.1) : E.permit(doc, p.hkmo, 0.1);
    else if (o === 'HK') cell = chance(0.5) ? E.hkid(doc, p.hkid, 0.2) : E.permit(doc, p.hrp, 0.1);
    else if (o === 'MO') cell = chance(0.6) ? E.moid(doc, p.moid, 0.1) : E.permit(doc, p.hrp, 0.1);
    else cell = doc.d('cn_travel_permit', p.mtp, p.mtp); // bare 8 digits: either answer acceptable
    rows.push([String(i), E.name(doc, p, layout === 'fixed'), cell, phoneOf(doc, p, 0.2, 0.3), doc.x('member-no', DEC.memberCard()), `${pad2(ri(9, 11))}:${pad2(ri(0, 59))}`]);
  }
  L.push(render(layout, headers, rows));
  return L.join('\n');
};

// ─────────── decoy-only documents (no permit / ID entities) ───────────
// D1. inventory with C/H/L/M/W product codes
GEN['inventory-codes'] = (doc) => {
  const n = ri(15, 28), day = randDate(2024, 2025);
  const layout = pick(['csv', 'tsv', 'fixed', 'md']);
  const L = [`${pick(['东莞松湖精密', '深圳华强电子', '苏州工业园'])}仓库 库存盘点表  批次：${dateDecoy(doc, day)}`, ''];
  const headers = ['物料编码', '品名', '规格', '库位', '条码', '数量', '单位'];
  const items = [['贴片电容', '0603 10uF'], ['电感', '4.7uH 3A'], ['外壳', 'ABS 黑色'], ['模组', 'WiFi 2.4G'], ['连接线', 'USB-C 1m'], ['电阻', '0402 10kΩ'], ['散热片', '20x20mm']];
  const rows = [];
  for (let i = 0; i < n; i++) { const it = pick(items); rows.push([doc.x('product-code', DEC.prodCode()), it[0], it[1], `${pick('ABCDEF')}-${pad2(ri(1, 20))}-${pad2(ri(1, 9))}`, doc.x('barcode', DEC.ean8()), String(ri(10, 50000)), pick(['pcs', '卷', '盒'])]); }
  L.push(render(layout, headers, rows));
  L.push(`\n备注：型号前缀 C=电容类，H=外壳类，L=电感类，M=模组类，W=线材类；盘点单号 ${doc.x('order-no', DEC.order8())}`);
  return L.join('\n');
};

// D2. logistics sheet: container numbers, B/L, booking refs, seal numbers
GEN['logistics-containers'] = (doc) => {
  const n = ri(12, 20), etd = randDate(2024, 2025);
  const layout = pick(['csv', 'tsv', 'fixed']);
  const L = [`出口装箱动态表  船名航次：${pick(['COSCO SHIPPING ARIES', 'OOCL HONG KONG', 'EVER GIVEN', 'MSC OSCAR'])} V.${ri(10, 99)}${pick('EWNS')}  ETD：${dateDecoy(doc, etd)}`, `起运港：${pick(['盐田', '南沙', '蛇口', '香港葵涌'])}  目的港：${pick(['ROTTERDAM', 'LOS ANGELES', 'HAMBURG', 'SINGAPORE'])}`, ''];
  const headers = ['柜号', '封条号', '提单号', '订舱号', '箱型', '毛重(kg)'];
  const rows = [];
  for (let i = 0; i < n; i++) rows.push([doc.x('container-no', DEC.container()), doc.x('seal-no', uniq(() => pick(['', 'CN', 'YT']) + Dnz(7), 'dec')), doc.x('bill-of-lading', DEC.billOfLading()), doc.x('booking-ref', DEC.pnr()), pick(['20GP', '40HQ', '40GP', '45HQ']), String(ri(3000, 28000))]);
  L.push(render(layout, headers, rows));
  L.push(`\n香港代理：${doc.x('hk-phone', DEC.hkPhone())}   报关行：${doc.x('hotline-400', DEC.hotline400())}`);
  return L.join('\n');
};

// D3. Hong Kong company registry extracts
GEN['hk-company-registry'] = (doc) => {
  const k = ri(3, 6), L = ['公司註冊處 綜合資訊系統 公司資料摘錄（公開資料）', ''];
  for (let i = 0; i < k; i++) {
    const inc = randDate(1995, 2024);
    L.push(`公司名稱：${pick(['永豐', '匯港', '德信', '嘉華', '星輝', '恒通'])}${pick(['貿易', '投資', '科技', '物流', '實業'])}有限公司`);
    L.push(`公司編號 CR No.：${doc.x('hk-cr-no', DEC.hkCR())}`);
    L.push(`商業登記號碼 BR No.：${doc.x('hk-br-no', DEC.hkBR())}`);
    L.push(`成立日期：${pad2(inc.d)}-${pad2(inc.m)}-${inc.y}    公司類別：私人股份有限公司    狀況：仍註冊`);
    L.push(`註冊辦事處電話：${doc.x('hk-phone', DEC.hkPhone('land'))}    傳真：${doc.x('hk-phone', DEC.hkPhone('land'))}`);
    if (chance(0.5)) L.push(`周年申報表檔號：${doc.x('filing-no', uniq(() => 'NAR1-' + Dnz(8), 'dec'))}`);
    L.push('');
  }
  return L.join('\n');
};

// D4. game forum posts about 战斗通行证
GEN['game-forum-pass'] = (doc) => {
  const t = randDate(2024, 2025);
  const L = [`【讨论】S${ri(10, 20)}赛季战斗通行证值不值得买？（${ymdDash(t)}）`, ''];
  L.push(`1楼 楼主：刚买了高级通行证，订单号 ${doc.x('game-pass-no', DEC.gamePass())}，结果奖励没到账，客服让我报 UID：${doc.x('game-uid', DEC.uid())}`);
  L.push(`2楼：通行证等级 ${ri(1, 100)} 级以后奖励很水，不如攒钻石`);
  L.push(`3楼：我上赛季的通行证编号 ${doc.x('game-pass-no', DEC.gamePass())}，也是延迟了 ${ri(2, 48)} 小时才到`);
  L.push(`4楼：充值流水 ${doc.x('transaction-no', DEC.serial20(t))}，申诉三天了还在处理`);
  L.push(`5楼：加群 ${doc.x('qq-group', DEC.qqGroup())} 一起上分，通行证任务组队做`);
  if (chance(0.6)) L.push(`6楼：别买代充，我朋友用 ${doc.x('game-pass-no', DEC.gamePass())} 这种单号的代充被封号了`);
  return L.join('\n');
};

// D5. parking / construction / ETC passes
GEN['parking-etc-pass'] = (doc) => {
  const n = ri(8, 14), t = randDate(2024, 2025);
  const kind = pick(['停车通行证', '施工车辆通行证', 'ETC通行记录']);
  const layout = pick(['csv', 'tsv', 'fixed']);
  const L = [`${pick(['翠湖花园', '科技园三期', '横琴口岸', '南沙港区'])} ${kind} 登记表`, ''];
  const rows = [];
  let headers;
  if (kind === 'ETC通行记录') {
    headers = ['通行日期', 'ETC卡号', '车牌', '入口', '出口', '金额'];
    for (let i = 0; i < n; i++) rows.push([dateDecoy(doc, addDays(t, i)), doc.x('etc-card-no', DEC.etcCard()), doc.x('vehicle-plate', DEC.cnPlate()), pick(['广州北', '深圳机场', '珠海拱北', '港珠澳大桥珠海']), pick(['东莞', '中山', '珠海唐家', '横琴']), `${ri(5, 120)}.${ri(0, 9)}0`]);
  } else {
    headers = ['通行证编号', '车牌', '单位/房号', '有效期至', '备注'];
    for (let i = 0; i < n; i++) rows.push([doc.x(kind === '停车通行证' ? 'parking-pass-no' : 'vehicle-pass-no', kind === '停车通行证' ? DEC.parkingPass() : DEC.workPass()), chance(0.3) ? doc.x('mo-plate', DEC.moPlate()) : doc.x('vehicle-plate', DEC.cnPlate()), chance(0.5) ? `${ri(1, 20)}栋${ri(1, 30)}${pad2(ri(1, 8))}` : pick(['中建三局', '城建集团', '物业公司']), ymdDash(addDays(t, ri(30, 365))), pick(['月卡', '临时', '夜间施工', '渣土车'])]);
  }
  L.push(render(layout, headers, rows));
  return L.join('\n');
};

// D6. Taiwanese shop order list: +886 phones, TW national IDs, 統一編號 (names are person_name_zh entities)
GEN['tw-shop-orders'] = (doc) => {
  const n = ri(8, 14), t = randDate(2024, 2025);
  const layout = pick(['csv', 'tsv']);
  const L = [`${pick(['小確幸選物', '阿里山茶行', '台中好物'])} 賣場出貨單（跨境報關用） ${ymdDash(t)}`, ''];
  const headers = ['訂單編號', '收件人', '手機', '身分證字號', '統一編號', '金額'];
  const rows = [];
  for (let i = 0; i < n; i++) { const p = person('TW'); rows.push([doc.x('order-no', DEC.shopeeOrder(t)), E.name(doc, p), doc.x('tw-mobile', p.phone), doc.x('tw-national-id', p.twid), chance(0.5) ? doc.x('tw-ubn', DEC.twUBN()) : '', `NT$${ri(199, 8990)}`]); }
  L.push(render(layout, headers, rows));
  L.push(`\n客服專線：${doc.x('tw-phone', DEC.twPhone())}`);
  return L.join('\n');
};

// D7. Hong Kong contact list (+852 phones only; names are person_name_zh entities)
GEN['hk-contact-list'] = (doc) => {
  const n = ri(8, 14);
  const layout = pick(['csv', 'tsv', 'fixed', 'md']);
  const L = [`${pick(['九龍灣分行', '銅鑼灣門市', '觀塘辦事處'])} 同事聯絡表`, ''];
  const headers = ['姓名', '職位', '手提電話', '辦公室電話'];
  const rows = [];
  for (let i = 0; i < n; i++) { const p = person('HK'); rows.push([E.name(doc, p, layout === 'fixed'), pick(['經理', '主任', '助理', '客戶主任', '司機']), doc.x('hk-phone', p.phone), doc.x('hk-phone', DEC.hkPhone('land'))]); }
  L.push(render(layout, headers, rows));
  return L.join('\n');
};

// D8. Macau car-park monthly permits: Macau plates, +853 phones
GEN['mo-carpark'] = (doc) => {
  const n = ri(8, 14), t = randDate(2024, 2025);
  const layout = pick(['csv', 'tsv', 'fixed']);
  const L = [`${pick(['氹仔花城', '黑沙環', '新口岸'])}公共停車場 月票登記 ${t.y}年${t.m}月`, ''];
  const headers = ['月票編號', '車主姓名', '車牌', '聯絡電話', '入場紀錄日期'];
  const rows = [];
  for (let i = 0; i < n; i++) { const p = person('MO'); rows.push([doc.x('parking-pass-no', DEC.order8()), E.name(doc, p, layout === 'fixed'), doc.x('mo-plate', DEC.moPlate()), doc.x('mo-phone', p.phone), dateDecoy(doc, addDays(t, ri(0, 27)))]); }
  L.push(render(layout, headers, rows));
  L.push(`\n停車場管理處：${doc.x('mo-phone', DEC.moPhone())}`);
  return L.join('\n');
};

// D9. HKID-shaped strings with WRONG check characters in non-ID contexts (locker / member numbers)
GEN['hkid-lookalikes'] = (doc) => {
  const n = ri(14, 22), t = randDate(2024, 2025);
  const layout = pick(['csv', 'tsv', 'fixed']);
  const L = [`${pick(['健身中心儲物櫃', '會員積分卡', '倉存貨架'])} 編號清單 ${ymdDash(t)}`, `（編號格式：英文字母 + 6 位數字 + 括號校驗位，系統內部使用，非身份證號碼）`, ''];
  const headers = ['編號', '類別', '發出日期', '狀態'];
  const rows = [];
  for (let i = 0; i < n; i++) rows.push([doc.x('hkid-bad-check', DEC.hkidBad()), pick(['A區', 'B區', '金卡', '銀卡']), chance(0.5) ? dateDecoy(doc, addDays(t, -ri(0, 300))) : ymdDash(addDays(t, -ri(0, 300))), pick(['使用中', '已退還', '暫停'])]);
  L.push(render(layout, headers, rows));
  L.push(`\n查詢：${doc.x('hk-phone', DEC.hkPhone())}`);
  return L.join('\n');
};

// ═════════════════════════════ build corpus ═════════════════════════════
const KIND_ORDER = Object.keys(GEN);
const docs = [];
for (const kind of KIND_ORDER) {
  const count = ri(8, 12);
  for (let i = 1; i <= count; i++) {
    const doc = new Doc(kind);
    doc.text = GEN[kind](doc);
    doc.id = `pm-${kind}-${i}`;
    docs.push(doc);
  }
}

// ═════════════════════════════ self-checks ═════════════════════════════
const errors = [];
const err = (d, msg) => { if (errors.length < 50) errors.push(`${d.id}: ${msg}`); else if (errors.length === 50) errors.push('...'); };
function normEntity(det, raw) {
  const s = raw.normalize('NFKC');
  switch (det) {
    case 'cn_travel_permit': return s.toUpperCase().replace(/[^0-9A-Z]/g, '');
    case 'hk_id': { const c = s.toUpperCase().replace(/[^0-9A-Z]/g, ''); return `${c.slice(0, -1)}(${c.slice(-1)})`; }
    case 'mo_id': { const c = s.replace(/[^0-9]/g, ''); return `${c.slice(0, 7)}(${c.slice(7)})`; }
    case 'cn_resident_id': return s.toUpperCase().replace(/[^0-9X]/g, '');
    case 'cn_mobile': { let c = s.replace(/\D/g, ''); if (c.startsWith('0086')) c = c.slice(4); else if (c.length === 13 && c.startsWith('86')) c = c.slice(2); return c; }
    case 'cn_landline': return s.replace(/\D/g, '');
    case 'email': return s.toLowerCase();
    case 'bank_card': return s.replace(/\D/g, '');
    case 'cn_passport': return s.toUpperCase().replace(/[^0-9A-Z]/g, '');
    case 'person_name_zh': return s.replace(/\s/g, '').replace(/\u3000/g, '');
    default: throw new Error(det);
  }
}
function validEntity(det, v) {
  switch (det) {
    case 'cn_travel_permit': return /^(C\d{8}|C[A-HJ-NP-Z]\d{7}|W\d{8}|[HM]\d{8}(\d{2})?|L\d{8}|\d{8})$/.test(v);
    case 'hk_id': return hkidValid(v);
    case 'mo_id': return /^[157]\d{6}\(\d\)$/.test(v);
    case 'cn_resident_id': return ridValid(v);
    case 'cn_mobile': return /^\d{11}$/.test(v) && MOBILE_PREFIXES.includes(v.slice(0, 3));
    case 'cn_landline': return /^(0(10|2[0-57-9])[2-8]\d{7}|0(755|571)[2-8]\d{7})$/.test(v);
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v);
    case 'bank_card': return /^62\d{14,17}$/.test(v) && luhnOk(v);
    case 'cn_passport': return /^(E\d{8}|E[A-HJ-NP-Z]\d{7})$/.test(v);
    case 'person_name_zh': return /^[\u4e00-\u9fff]{2,4}$/.test(v);
    default: return false;
  }
}
// digit-run sanity for decoys: must not be a valid ID / mobile / Luhn card run on its own
function decoyLooksSensitive(text) {
  const t = text.normalize('NFKC').toUpperCase();
  for (const m of t.matchAll(/\d+X?/g)) {
    const r = m[0];
    if (r.length === 18 && ridValid(r)) return 'resident id';
    if (r.length === 11 && /^1[3-9]/.test(r)) return 'mobile';
    if (r.length >= 16 && r.length <= 19 && !r.endsWith('X') && luhnOk(r)) return 'luhn card';
  }
  const c = canonAlnum(text);
  const hk = /^([A-Z]{1,2})(\d{6})([0-9A])$/.exec(c);
  if (hk && hkidCheck(hk[1], hk[2]) === hk[3]) return 'valid HKID';
  if (/^(E\d{8}|E[A-HJ-NP-Z]\d{7})$/.test(c)) return 'passport shape';
  return null;
}
const entityKeys = new Map(); // canon -> doc id
const decoyKeys = new Map();
for (const d of docs) {
  for (const r of d.raws) {
    if (!d.text.includes(r.raw)) err(d, `raw form not in text: ${r.cls} ${r.detector || r.kind} ${JSON.stringify(r.raw)}`);
    if (r.cls === 'e' || r.cls === 'd') {
      const n = normEntity(r.detector, r.raw);
      if (n !== r.value) err(d, `raw ${JSON.stringify(r.raw)} normalizes to ${n}, label says ${r.value}`);
      if (r.cls === 'e' && !validEntity(r.detector, r.value)) err(d, `invalid entity ${r.detector} ${r.value}`);
      // canonical occurrence check (after removing spaces/brackets and full-width normalisation)
      const ct = canonAlnum(d.text), cv = canonAlnum(r.value);
      if (r.detector !== 'person_name_zh' && r.detector !== 'email' && !ct.includes(r.detector === 'cn_landline' ? cv.slice(1) : cv)) err(d, `canonical value not in text: ${r.value}`);
      if (r.detector === 'person_name_zh' && !d.text.replace(/[\s\u3000]/g, '').includes(r.value)) err(d, `name not in text: ${r.value}`);
      if (r.cls === 'e') entityKeys.set(r.detector === 'person_name_zh' ? 'N:' + r.value : canonAlnum(r.value), d.id);
    } else {
      const why = decoyLooksSensitive(r.raw);
      if (why) err(d, `decoy ${r.kind} ${JSON.stringify(r.raw)} looks like a ${why}`);
      if (r.kind === 'hkid-bad-check') { const c = canonAlnum(r.raw); if (hkidCheck(c.slice(0, -1).replace(/\d+$/, ''), c.slice(-7, -1)) === c.slice(-1)) err(d, 'hkid decoy has a valid check'); }
      if (r.kind === 'tw-national-id' && !twIdValid(r.raw)) err(d, `tw id ${r.raw} invalid check`);
      if (r.kind === 'container-no' && iso6346Check(r.raw.slice(0, 10)) !== Number(r.raw[10])) err(d, `container ${r.raw} check digit`);
      decoyKeys.set(canonAlnum(r.raw), d.id);
    }
  }
  // no value both entity and decoy in the same document (by normalized value)
  const ek = new Set([...d.ents.values()].map((e) => canonAlnum(e.value)));
  for (const x of d.decs.values()) if (ek.has(canonAlnum(x.text))) err(d, `value both entity and decoy: ${x.text}`);
  for (const x of d.dcs.values()) if (ek.has(canonAlnum(x.value)) && d.ents.has(x.detector + '\u0000' + x.value)) err(d, `value both entity and dontCare: ${x.value}`);
}
for (const [k, id] of decoyKeys) if (entityKeys.has(k)) errors.push(`value ${k} is a decoy in ${id} and an entity in ${entityKeys.get(k)}`);
// every entity's detectable core is distinct from every decoy's digits core (e.g. HK phone local part vs 台胞证)
{
  const decCores = new Set();
  for (const d of docs) for (const x of d.decs.values()) for (const m of x.text.normalize('NFKC').matchAll(/\d{8,}/g)) decCores.add(m[0]);
  for (const d of docs) for (const e of d.ents.values()) if (e.detector === 'cn_travel_permit' && /^\d{8}$/.test(e.value) && decCores.has(e.value)) errors.push(`${d.id}: 台胞证 ${e.value} also occurs as digits of a decoy`);
}
// completeness: every look-alike candidate in a text must be covered by a label
function covered(d, cand) {
  const c = canonAlnum(cand);
  for (const r of d.raws) { const lc = canonAlnum(r.raw); if (lc === c || lc.includes(c)) return true; }
  return false;
}
const CANDIDATE_RES = [
  /(?<![A-Za-z0-9])[A-Za-z]{1,2} ?\d{6,10}(?: ?\(\s?[0-9A]\s?\))?(?![0-9])/g, // letter-prefixed ids / permits / HKID
  /(?<![0-9A-Za-z])\d{8,}[Xx]?(?![0-9A-Za-z])/g, // long digit runs
  /(?<!\d)\d{7} ?\(\d\)/g, // Macau ID
  /(?<!\d)1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)/g, // mobiles with separators
];
for (const d of docs) {
  const t = d.text.normalize('NFKC');
  for (const re of CANDIDATE_RES) for (const m of t.matchAll(re)) if (!covered(d, m[0])) err(d, `unlabelled look-alike ${JSON.stringify(m[0])}`);
}

// ═════════════════════════════ output & summary ═════════════════════════════
const lines = docs.map((d) => JSON.stringify({ id: d.id, kind: d.kind, text: d.text, entities: [...d.ents.values()], dontCare: [...d.dcs.values()], decoys: [...d.decs.values()] }));
const perDet = {}, perDc = {}, perDecoy = {};
let nEnt = 0, nDec = 0;
for (const d of docs) {
  for (const e of d.ents.values()) { perDet[e.detector] = (perDet[e.detector] || 0) + 1; nEnt++; }
  for (const e of d.dcs.values()) perDc[e.detector] = (perDc[e.detector] || 0) + 1;
  for (const x of d.decs.values()) { perDecoy[x.kind] = (perDecoy[x.kind] || 0) + 1; nDec++; }
}
const NEW = ['cn_travel_permit', 'hk_id', 'mo_id'];
const nNew = NEW.reduce((s, k) => s + (perDet[k] || 0), 0);
const kinds = new Set(docs.map((d) => d.kind));
if (docs.length < 180) errors.push(`only ${docs.length} documents`);
if (kinds.size < 18) errors.push(`only ${kinds.size} kinds`);
if (nNew < 1200) errors.push(`only ${nNew} entities of the three new ids`);
for (const k of NEW) if ((perDet[k] || 0) < 150) errors.push(`only ${perDet[k] || 0} ${k} entities`);
if (nDec < nEnt) errors.push(`fewer decoys (${nDec}) than entities (${nEnt})`);
for (const k of kinds) { const c = docs.filter((d) => d.kind === k).length; if (c < 8 || c > 12) errors.push(`kind ${k} has ${c} documents`); }

writeFileSync(outPath, lines.join('\n') + '\n');
const fmt = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k.padEnd(22)} ${v}`).join('\n');
console.log(`wrote ${outPath} (seed ${SEED})`);
console.log(`documents: ${docs.length} in ${kinds.size} kinds`);
console.log(`entities: ${nEnt} (new §7 ids: ${nNew})\n${fmt(perDet)}`);
console.log(`dontCare:\n${fmt(perDc)}`);
console.log(`decoys: ${nDec}\n${fmt(perDecoy)}`);
if (errors.length) { console.error(`SELF-CHECK FAILED (${errors.length}):\n` + errors.join('\n')); process.exit(1); }
console.log('self-check: OK');
