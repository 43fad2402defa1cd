#!/usr/bin/env node
/*
 * visaagency.mjs — independent labelled test corpus for listguard.
 *
 * Written in session 37 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.
 *
 * THEME
 *   A 出入境/签证代办 agency (Schengen, Japan, US, UK, Australia visas; 护照 and
 *   往来港澳通行证 applications) and the 公证处 it works with (出生公证, 无犯罪记录公证,
 *   亲属关系公证, 在职证明 / 存款证明 translations). All agencies, notary offices,
 *   companies and people are fictional; all numbers are synthetic.
 *
 * KINDS (id prefix "va-<kind>-<n>")
 *   applist-csv   签证申请人名单 CSV (姓名,拼音,性别,出生日期,护照号,身份证号,手机,邮箱…)
 *   applist-tsv   申请人名单 TSV with emergency contacts and 顾问 column
 *   xlsx-text     xlsx dumped as text (sheet markers, A1-style cells, Excel serial dates)
 *   group-roster  团签名单 of a travel agency (组团社 USCC, 领队, 团号)
 *   checklist     材料清单 per applicant / family
 *   employment    在职证明 on company letterhead (USCC, HR contact, applicant, ID)
 *   income        收入证明 with 工资卡
 *   statement-ocr 银行流水 OCR (户名, 卡号, counterparties; 流水号/对公账号 decoys)
 *   deposit       存款证明 with English translation
 *   notarial      公证书 (出生 / 无犯罪记录 / 亲属关系)
 *   translation   English notarial translations with the Chinese names in brackets
 *   appointment   预约确认 e-mails forwarded by staff (VFS-style references)
 *   tracker       出签/拒签 status tracker (fixed width)
 *   wechat        WeChat chats with passport data-page OCR (VIZ + MRZ)
 *   invoice       电子发票 for 代办服务费
 *   receipts      收款记录
 *   sms-log       SMS notification send log
 *   crm-json      CRM JSON export (staff keys)
 *   fixed-width   fixed-width legacy export
 *   pdftext       pdftotext-wrapped 申请汇总表
 *   insurance     旅游保险单
 *   itinerary     机票行程单 / e-ticket
 *   hkmo-permit   往来港澳通行证 申请 / 签注
 *   passport-app  护照申请受理回执
 *   validation    import validation logs (invalid IDs are decoys)
 *   case-memo     拒签 case memos (prose)
 *   contract      委托代办协议
 *   family-sheet  家庭成员信息表
 *
 * USAGE
 *   node visaagency.mjs OUT.jsonl
 *   One JSON object per line:
 *   {"id","kind","text","entities":[{detector,value}],"dontCare":[…],"decoys":[{kind,text}]}
 *
 * LABEL NORMALISATION
 *   cn_resident_id  18 chars, upper-case X (text may show lower-case x)
 *   cn_mobile       11 digits, no +86 / separators (text may show +86, dashes, spaces)
 *   cn_landline     digits incl. leading 0 + area code, no separators, no extension
 *   email           lower-case (text may show mixed case)
 *   bank_card       digits only (text may show 4-digit groups)
 *   cn_uscc         18 chars upper-case
 *   person_name_zh  the Chinese name as written, no spaces, titles or pinyin
 *   cn_passport     passport number as written, upper-case; only with passport context
 *                   (E+8 digits, E+letter+7 digits, old G+8 digits). In MRZ lines the number
 *                   is glued to its check digit; it is labelled once (it also appears in the VIZ).
 *   Entities are unique per document (detector + normalised value).
 *
 * DECOYS (must not be reported under any detector; exact text as written)
 *   签证申请号/VFS 参考号/GWF/DS-160 确认号/条形码, 预约号, 团号, 护照签发地/签发日期,
 *   公证书编号 ((2024)京华内民证字第12345号), 保单号, 票号 (13 digits), PNR, 订单号,
 *   交易流水号, 对公账号, 支付宝/微信 交易号, 13-digit ms timestamps, amounts in several
 *   currencies, dates, 12367 / 400 / 95xxx hotlines, foreign phone numbers (+81 +44 +1 +61
 *   +33 +49 …), foreign postcodes, company names containing surnames (王氏国际…),
 *   role words (申请人/领队/签证官), masked IDs / passports / mobiles / cards, IDs failing
 *   their check or date in validation logs, Excel serial dates, 发票号码.
 *   Every pure digit run inside a decoy is checked not to look like a valid entity.
 *
 * DONTCARE POLICY
 *   Either answer is fine for: names only in running prose, surname+title forms
 *   (王女士, 李总, 张经理), masked names (张*, 李某某), chat nicknames, 往来港澳通行证
 *   numbers (cn_passport: not a passport), and numbers OCR broke.
 *   A value that is an entity in a document is never also dontCare there.
 */
import fs from 'node:fs';

// ---------------------------------------------------------------- PRNG
function sfc32(a, b, c, d) {
  return function () {
    a |= 0; b |= 0; c |= 0; d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}
const R = sfc32(0x5eed0037, 0x9e3779b9, 0x243f6a88, 0xb7e15162);
for (let i = 0; i < 32; i++) R();
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
const pad = (n, w) => String(n).padStart(w, '0');
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += Math.floor(R() * 10); return s; };
function shuffle(a) { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const sample = (a, k) => shuffle(a.slice()).slice(0, k);

// ---------------------------------------------------------------- checks
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheckChar(b) { let s = 0; for (let i = 0; i < 17; i++) s += (+b[i]) * ID_W[i]; return '10X98765432'[s % 11]; }
function isLeap(y) { return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0; }
function dim(y, m) { return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]; }
function validDate(y, m, d) { return m >= 1 && m <= 12 && d >= 1 && d <= dim(y, m); }
const REGIONS = ['110101', '110102', '110105', '110106', '110108', '120101', '120104', '130102', '130104', '140105',
  '150102', '210102', '210202', '220102', '230102', '310101', '310104', '310105', '310110', '310115', '320102',
  '320106', '320505', '330102', '330106', '330203', '340104', '350102', '350203', '360102', '370102', '370202',
  '410105', '420102', '420106', '430102', '430104', '440103', '440104', '440106', '440303', '440304', '440305',
  '450103', '500103', '500106', '510104', '510107', '520102', '530102', '610103', '610113', '620102',
  '630102', '640104', '650102', '650104', '540102'];
const REGION_SET = new Set(REGIONS);
function idValid(s) {
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  if (!REGION_SET.has(s.slice(0, 6))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || y > 2024 || !validDate(y, m, d)) return false;
  return idCheckChar(s) === s[17];
}
// loose ID validity (any province prefix) — used to keep decoys clean
const PROV = new Set('11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82 83 91'.split(' '));
function idLooseValid(s) {
  if (!/^\d{17}[\dXx]$/.test(s)) return false;
  if (!PROV.has(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || y > 2025 || !validDate(y, m, d)) return false;
  return idCheckChar(s) === s[17].toUpperCase();
}
const MOB_PREFIX = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '145', '147', '150', '151', '152',
  '153', '155', '156', '157', '158', '159', '162', '165', '166', '167', '172', '173', '175', '176', '177', '178', '180',
  '181', '182', '183', '184', '185', '186', '187', '188', '189', '191', '193', '195', '196', '197', '198', '199'];
const MOB_COMMON = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '156', '157',
  '158', '159', '166', '173', '176', '177', '180', '181', '182', '183', '185', '186', '187', '188', '189', '191', '198', '199'];
const MOB_SET = new Set(MOB_PREFIX);
const mobileValid = (s) => /^1\d{10}$/.test(s) && MOB_SET.has(s.slice(0, 3));
function luhnOk(s) { let sum = 0, alt = false; for (let i = s.length - 1; i >= 0; i--) { let n = +s[i]; if (alt) { n *= 2; if (n > 9) n -= 9; } sum += n; alt = !alt; } return sum % 10 === 0; }
function luhnComplete(b) { for (let c = 0; c < 10; c++) if (luhnOk(b + c)) return b + c; throw new Error('luhn'); }
const cardValid = (s) => /^62\d{14,17}$/.test(s) && luhnOk(s);
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(b) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(b[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; }
const OW = [3, 7, 9, 10, 5, 8, 4, 2];
function orgCheck(b) { let s = 0; for (let i = 0; i < 8; i++) { const c = b[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * OW[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
function usccValid(s) {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s)) return false;
  if (usccCheck(s.slice(0, 17)) !== s[17]) return false;
  return orgCheck(s.slice(8, 16)) === s[16];
}
const passportValid = (s) => /^(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})$/.test(s);
const AREA_LEN = { '010': 8, '020': 8, '021': 8, '022': 8, '023': 8, '024': 8, '025': 8, '027': 8, '028': 8, '029': 8, '0755': 8, '0571': 8, '0512': 8, '0574': 8, '0731': 8, '0371': 8, '0531': 8, '0591': 8, '0931': 7 };
function landValid(s) { for (const [a, n] of Object.entries(AREA_LEN)) if (s.startsWith(a) && s.length === a.length + n && /^\d+$/.test(s) && /[2-8]/.test(s[a.length])) return true; return false; }
const emailValid = (s) => /^[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(s);
const nameValid = (s) => /^([\u4e00-\u9fa5]{2,4}|[\u4e00-\u9fa5]{2,6}·[\u4e00-\u9fa5]{2,6})$/.test(s);
const CHECKS = { cn_resident_id: idValid, cn_mobile: mobileValid, bank_card: cardValid, cn_uscc: usccValid, cn_passport: passportValid, cn_landline: landValid, email: emailValid, person_name_zh: nameValid };

// A decoy must not contain a digit run (with digit boundaries) or token that is a valid entity.
function decoyHazard(t) {
  for (const m of t.matchAll(/\d+[Xx]?/g)) {
    const r = m[0].replace(/[Xx]$/, '');
    const full = m[0];
    if (r.length === 11 && /^1[3-9]/.test(r)) return 'mobile-like ' + r;
    if (r.length >= 16 && r.length <= 19 && luhnOk(r) && /^(62|81)/.test(r)) return 'card-like ' + r;
    if (r.length >= 16 && r.length <= 19 && luhnOk(r) && /^(4|35|60)/.test(r)) return 'card-like ' + r;
    if (r.length === 16 && luhnOk(r) && /^5[1-5]/.test(r)) return 'card-like ' + r;
    if (full.length === 18 && idLooseValid(full)) return 'id-like ' + full;
    if (r.length === 15 && PROV.has(r.slice(0, 2)) && validDate(1900 + +r.slice(6, 8), +r.slice(8, 10), +r.slice(10, 12)) && /^[1-6]/.test(r)) return 'id15-like ' + r;
  }
  for (const m of t.matchAll(/[0-9A-Z]{18}/g)) if (usccValid(m[0])) return 'uscc-like ' + m[0];
  for (const m of t.toUpperCase().matchAll(/(?<![A-Z0-9])(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})(?![0-9])/g)) return 'passport-like ' + m[0];
  return null;
}
function safe(fn) { for (let i = 0; i < 200; i++) { const t = fn(); if (!decoyHazard(t)) return t; } throw new Error('unsafe decoy'); }

// ---------------------------------------------------------------- names
const SUR = '王WANG 李LI 张ZHANG 刘LIU 陈CHEN 杨YANG 黄HUANG 赵ZHAO 吴WU 周ZHOU 徐XU 孙SUN 马MA 朱ZHU 胡HU 郭GUO 何HE 高GAO 林LIN 罗LUO 郑ZHENG 梁LIANG 谢XIE 宋SONG 唐TANG 许XU 韩HAN 冯FENG 邓DENG 曹CAO 彭PENG 曾ZENG 肖XIAO 田TIAN 董DONG 袁YUAN 潘PAN 于YU 蒋JIANG 蔡CAI 余YU 杜DU 叶YE 程CHENG 苏SU 魏WEI 吕LYU 丁DING 任REN 沈SHEN 姚YAO 卢LU 姜JIANG 崔CUI 钟ZHONG 谭TAN 陆LU 汪WANG 范FAN 金JIN 石SHI 廖LIAO 贾JIA 夏XIA 韦WEI 付FU 方FANG 白BAI 邹ZOU 孟MENG 熊XIONG 秦QIN 邱QIU 江JIANG 尹YIN 薛XUE 闫YAN 段DUAN 雷LEI 侯HOU 龙LONG 史SHI 陶TAO 黎LI 贺HE 顾GU 毛MAO 郝HAO 龚GONG 邵SHAO 钱QIAN 严YAN 覃QIN 武WU 戴DAI 莫MO 孔KONG 汤TANG'
  .split(' ').map((s) => [s[0], s.slice(1)]);
const SUR_RARE = '岳YUE 柏BAI 薄BO 阙QUE 晏YAN 亓QI 眭SUI 冼XIAN 禤XUAN 蒙MENG 佘SHE 谯QIAO 逄PANG 厍SHE 郗XI 訾ZI 帅SHUAI 桂GUI 麦MAI 练LIAN 植ZHI 凌LING 卓ZHUO 甄ZHEN 栾LUAN 郜GAO 濮PU 仇QIU 敖AO 靳JIN 芮RUI 缪MIAO'
  .split(' ').map((s) => [s[0], s.slice(1)]);
const SUR_COMP = [['欧阳', 'OUYANG'], ['司马', 'SIMA'], ['上官', 'SHANGGUAN'], ['诸葛', 'ZHUGE'], ['司徒', 'SITU'], ['慕容', 'MURONG'], ['皇甫', 'HUANGFU'], ['令狐', 'LINGHU'], ['夏侯', 'XIAHOU'], ['端木', 'DUANMU']];
const GIV = '伟WEI 芳FANG 娜NA 敏MIN 静JING 丽LI 强QIANG 磊LEI 军JUN 洋YANG 勇YONG 艳YAN 杰JIE 娟JUAN 涛TAO 明MING 超CHAO 秀XIU 霞XIA 平PING 刚GANG 英YING 华HUA 玉YU 萍PING 红HONG 建JIAN 文WEN 辉HUI 宇YU 浩HAO 欣XIN 怡YI 子ZI 轩XUAN 梓ZI 涵HAN 雨YU 晨CHEN 思SI 佳JIA 嘉JIA 琪QI 博BO 睿RUI 晓XIAO 婷TING 雪XUE 慧HUI 鹏PENG 飞FEI 斌BIN 宁NING 楠NAN 倩QIAN 瑶YAO 颖YING 昊HAO 天TIAN 若RUO 彤TONG 诗SHI 凯KAI 俊JUN 志ZHI 国GUO 海HAI 峰FENG 云YUN 春CHUN 梅MEI 兰LAN 亮LIANG 健JIAN 馨XIN 悦YUE 泽ZE 豪HAO 铭MING 立LI 德DE 秋QIU 冬DONG 卫WEI 琳LIN 蕾LEI 珊SHAN 璐LU 昕XIN 翔XIANG 毅YI 哲ZHE 晗HAN 妍YAN 航HANG 逸YI 菲FEI 婉WAN'
  .split(' ').map((s) => [s[0], s.slice(1)]);
const MINORITY = [
  ['阿依古丽·买买提', 'AYIGULI', 'MAIMAITI', '650102'], ['买买提·艾力', 'MAIMAITI', 'AILI', '650104'],
  ['热依拉·吐尔逊', 'REYILA', 'TUERXUN', '650102'], ['古丽娜尔·阿不都', 'GULINAER', 'ABUDU', '650104'],
  ['艾尔肯·吾守尔', 'AIERKEN', 'WUSHOUER', '650102'], ['迪丽努尔·热合曼', 'DILINUER', 'REHEMAN', '650104'],
  ['努尔兰·别克', 'NUERLAN', 'BIEKE', '650102'], ['次仁卓玛', 'CIREN', 'ZHUOMA', '540102'], ['扎西顿珠', 'ZHAXI', 'DUNZHU', '540102'],
  ['阿迪力·吐尔洪', 'ADILI', 'TUERHONG', '650104'], ['帕提古丽·艾则孜', 'PATIGULI', 'AIZEZI', '650102'],
];
const BAD_NAMES = new Set(['周一', '周末', '方可', '高温', '金华', '石林', '江海', '马上', '高明', '文明', '林业', '华明', '任务', '白云', '程明']);

// ---------------------------------------------------------------- world
const used = new Set();
const uniq = (fn) => { for (;;) { const v = fn(); if (!used.has(v)) { used.add(v); return v; } } };
function mkDate(y0, y1) { const y = ri(y0, y1), m = ri(1, 12); return { y, m, d: ri(1, dim(y, m)) }; }
function recent() { const m = ri(1, 10); return { y: 2024, m, d: ri(1, dim(2024, m)) }; }
const MON = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
function fd(t, st = 0) {
  const { y, m, d } = t;
  switch (st) {
    case 1: return `${y}/${m}/${d}`;
    case 2: return `${y}年${m}月${d}日`;
    case 3: return `${y}${pad(m, 2)}${pad(d, 2)}`;
    case 4: return `${pad(d, 2)} ${MON[m - 1]} ${y}`;
    case 5: return `${y}.${pad(m, 2)}.${pad(d, 2)}`;
    default: return `${y}-${pad(m, 2)}-${pad(d, 2)}`;
  }
}
const CNUM = '〇一二三四五六七八九';
const cnYear = (y) => String(y).split('').map((c) => CNUM[+c]).join('');
function cnN(n) { if (n < 10) return CNUM[n]; if (n === 10) return '十'; if (n < 20) return '十' + CNUM[n - 10]; return CNUM[Math.floor(n / 10)] + '十' + (n % 10 ? CNUM[n % 10] : ''); }
const cnDate = (t) => `${cnYear(t.y)}年${cnN(t.m)}月${cnN(t.d)}日`;
const addDays = (t, n) => {
  let { y, m, d } = t; d += n;
  while (d > dim(y, m)) { d -= dim(y, m); m++; if (m > 12) { m = 1; y++; } }
  while (d < 1) { m--; if (m < 1) { m = 12; y--; } d += dim(y, m); }
  return { y, m, d };
};
const yymmdd = (t) => `${String(t.y).slice(2)}${pad(t.m, 2)}${pad(t.d, 2)}`;

function mkId(region, b, male) {
  for (;;) {
    let seq = ri(0, 999);
    if ((seq % 2 === 1) !== male) seq = (seq + 1) % 1000;
    const body = region + fd(b, 3) + pad(seq, 3);
    const id = body + idCheckChar(body);
    if (used.has(id) || usccValid(id)) continue;
    used.add(id); return id;
  }
}
const mkMobile = () => uniq(() => { const p = chance(0.85) ? pick(MOB_COMMON) : pick(MOB_PREFIX); const m = p + digits(8); return m === '13800138000' ? '13900000000x' : m; });
const CARD_BINS = [['622202', 19], ['621226', 19], ['621700', 19], ['622700', 19], ['622848', 19], ['621661', 19], ['622588', 16], ['621483', 16], ['622262', 19], ['623058', 19], ['621799', 19], ['625967', 16], ['622609', 16], ['621485', 16]];
const BANK_OF = { '622202': '中国工商银行', '621226': '中国工商银行', '621700': '中国建设银行', '622700': '中国建设银行', '622848': '中国农业银行', '621661': '中国银行', '622588': '招商银行', '621483': '招商银行', '622262': '交通银行', '623058': '平安银行', '621799': '中国邮政储蓄银行', '625967': '招商银行', '622609': '民生银行', '621485': '招商银行' };
const mkCard = () => uniq(() => { const [b, n] = pick(CARD_BINS); return luhnComplete(b + digits(n - b.length - 1)); });
const bankOf = (c) => BANK_OF[c.slice(0, 6)] || '银行';
const PP_LET = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const mkPassport = (old) => uniq(() => old ? 'G' + ri(1, 9) + digits(7) : chance(0.45) ? 'E' + ri(1, 9) + digits(7) : 'E' + pick(PP_LET) + digits(7));
const DOMAINS = ['qq.com', '163.com', '126.com', 'foxmail.com', 'sina.com', 'outlook.com', 'gmail.com', 'aliyun.com', 'yeah.net', 'sohu.com', '139.com', 'hotmail.com', 'icloud.com'];
function mkEmail(p) {
  return uniq(() => {
    const s = p.pySur.toLowerCase(), g = p.pyGiv.toLowerCase().replace(/ /g, '');
    const dom = pick(DOMAINS);
    const r = R();
    if (dom === 'qq.com' && chance(0.5)) return `${ri(2, 9)}${digits(ri(6, 9))}@qq.com`;
    if (r < 0.3) return `${s}${g}${chance(0.6) ? p.birth.y : ri(1, 999)}@${dom}`;
    if (r < 0.5) return `${g}.${s}${chance(0.4) ? ri(1, 99) : ''}@${dom}`;
    if (r < 0.7) return `${s[0]}${g[0]}${pad(p.birth.m, 2)}${pad(p.birth.d, 2)}${ri(1, 9)}@${dom}`;
    if (r < 0.85) return `${s}_${g}${ri(10, 99)}@${dom}`;
    return `${g}${s}${ri(100, 9999)}@${dom}`;
  });
}
function mkName() {
  const r = R();
  if (r < 0.035) { const m = pick(MINORITY); return { name: m[0], pySur: m[1], pyGiv: m[2], region: m[3] }; }
  let s;
  if (r < 0.075) s = pick(SUR_COMP); else if (r < 0.165) s = pick(SUR_RARE); else s = pick(SUR);
  for (;;) {
    const n = chance(0.7) ? 2 : 1;
    const g = sample(GIV, n);
    const name = s[0] + g.map((x) => x[0]).join('');
    if (BAD_NAMES.has(name)) continue;
    return { name, pySur: s[1], pyGiv: g.map((x) => x[1]).join(''), region: pick(REGIONS.filter((x) => !x.startsWith('65') && !x.startsWith('54'))) };
  }
}
function mkPerson(y0 = 1958, y1 = 2002, opts = {}) {
  const n = mkName();
  const male = opts.male ?? chance(0.5);
  const birth = mkDate(y0, y1);
  const p = { ...n, male, birth, region: opts.region || n.region };
  p.id = mkId(p.region, birth, male);
  p.mobile = mkMobile();
  p.email = mkEmail(p);
  p.passport = mkPassport(false);
  p.card = mkCard();
  return p;
}
const py = (p) => `${p.pySur} ${p.pyGiv}`;
const pyTitle = (p) => `${p.pySur[0]}${p.pySur.slice(1).toLowerCase()} ${p.pyGiv[0]}${p.pyGiv.slice(1).toLowerCase()}`;
const sexCn = (p) => (p.male ? '男' : '女');
const sexEn = (p) => (p.male ? 'M' : 'F');

// cities: [name, county code, area code]
const CITY = [['北京', '110105', '010'], ['上海', '310115', '021'], ['广州', '440106', '020'], ['深圳', '440305', '0755'], ['杭州', '330106', '0571'],
  ['成都', '510107', '028'], ['南京', '320102', '025'], ['武汉', '420106', '027'], ['西安', '610113', '029'], ['天津', '120104', '022'],
  ['重庆', '500103', '023'], ['苏州', '320505', '0512'], ['兰州', '620102', '0931'], ['沈阳', '210102', '024'], ['宁波', '330203', '0574'],
  ['长沙', '430104', '0731'], ['郑州', '410105', '0371'], ['济南', '370102', '0531'], ['福州', '350102', '0591']];
const mkTel = (ci) => uniq(() => { const a = CITY[ci][2]; return a + ri(2, 8) + digits(AREA_LEN[a] - 1); });
function mkUscc(kind, region) {
  return uniq(() => {
    let body;
    if (kind[0] === '9' && chance(0.7)) { body = 'MA'; const al = UA.slice(0, 31); for (let i = 0; i < 6; i++) body += chance(0.6) ? String(ri(0, 9)) : al[ri(10, 30)]; }
    else body = ri(1, 9) + digits(7);
    const b17 = kind + region + body + orgCheck(body);
    return b17 + usccCheck(b17);
  });
}
const BRAND = ['星河', '云帆', '瀚海', '启明', '蓝图', '鼎盛', '恒信', '远景', '博雅', '华川', '青松', '泰和', '宏图', '新锐', '智联', '盛景', '德润', '嘉禾', '润丰', '凯越', '翔宇', '银杉', '朗程', '精诚', '卓尔', '天衡', '海纳', '融通'];
const INDUSTRY = ['科技', '信息技术', '国际贸易', '医疗器械', '建筑设计', '文化传媒', '教育咨询', '供应链管理', '食品', '电子', '生物科技', '投资管理', '新能源', '广告', '物业服务'];
const SURNAME_COS = ['王氏国际贸易有限公司', '李记餐饮管理有限公司', '陈氏实业有限公司', '黄氏建材有限公司', '张家港华纶纺织有限公司', '周氏珠宝有限公司', '刘记食品有限公司', '杨氏医药科技有限公司'];
function mkCompany(d) {
  const ci = ri(0, CITY.length - 1);
  let name;
  if (chance(0.1)) { name = pick(SURNAME_COS); if (d) d.dec('company_name_with_surname', name); }
  else name = `${CITY[ci][0]}${pick(BRAND)}${pick(INDUSTRY)}有限公司`;
  const hr = mkPerson(1970, 1996);
  const legal = mkPerson(1955, 1985);
  return { name, ci, city: CITY[ci][0], uscc: mkUscc('91', chance(0.5) ? CITY[ci][1] : CITY[ci][1].slice(0, 4) + '00'), tel: mkTel(ci), hr, legal, domain: pick(['xinghe', 'yunfan', 'hanhai', 'qiming', 'dingsheng', 'hengxin', 'boya', 'taihe', 'hongtu', 'zhilian', 'derun', 'jiahe']) + ri(1, 99) + pick(['.com', '.cn', '.com.cn']) };
}
function mkStaff(dom) { const p = mkPerson(1978, 2000); p.email = uniq(() => `${p.pyGiv.toLowerCase()}.${p.pySur.toLowerCase()}${chance(0.3) ? ri(1, 9) : ''}@${dom}`); return p; }
const AGENCIES = [
  { name: '环宇通达出入境服务有限公司', short: '环宇签证', ci: 0, domain: 'huanyutd.cn', hot: '400-818-6626', addr: '北京市朝阳区东三环中路39号建外SOHO A座1702室' },
  { name: '海棠湾国际旅行社有限公司', short: '海棠湾旅行', ci: 1, domain: 'haitangwan-travel.com', hot: '400-920-3358', addr: '上海市浦东新区世纪大道1568号中建大厦21楼' },
  { name: '锦程万里签证咨询有限公司', short: '锦程签证', ci: 2, domain: 'jcwanli.com.cn', hot: '400-600-7185', addr: '广州市天河区体育西路191号中石化大厦B塔2305' },
  { name: '蓝鲸国际商务服务有限公司', short: '蓝鲸出境', ci: 3, domain: 'bluewhale-visa.cn', hot: '400-855-0917', addr: '深圳市南山区科技南十二路28号康佳研发大厦9楼' },
  { name: '云帆出入境服务（成都）有限公司', short: '云帆签证', ci: 5, domain: 'yunfanvisa.com', hot: '400-028-6677', addr: '成都市武侯区人民南路四段3号来福士广场T1-1508' },
].map((a) => ({ ...a, uscc: mkUscc('91', CITY[a.ci][1]), tel: mkTel(a.ci), tel2: mkTel(a.ci), staff: Array.from({ length: 6 }, () => mkStaff(a.domain)), legal: mkPerson(1965, 1985), acct: null }));
const NOTARIES = [
  { name: '北京市京华公证处', abbr: '京华', ci: 0 }, { name: '上海市浦江公证处', abbr: '沪浦江', ci: 1 },
  { name: '广州市羊城公证处', abbr: '粤穗羊城', ci: 2 }, { name: '成都市锦城公证处', abbr: '川蓉锦城', ci: 5 },
].map((n) => ({ ...n, uscc: mkUscc('12', CITY[n.ci][1]), tel: mkTel(n.ci), notaries: Array.from({ length: 3 }, () => mkPerson(1965, 1990)), translators: Array.from({ length: 2 }, () => mkPerson(1980, 1998)) }));

// ---------------------------------------------------------------- decoy makers
const ms = () => String(1704067200000 + Math.floor(R() * 2.5e10));
const corpAcct = () => safe(() => pick(['1100', '3100', '4400', '0200', '1109', '3209', '5101', '4000']) + digits(pick([16, 17, 18])));
const serial19 = (t) => safe(() => fd(t, 3) + digits(11));
const orderNo = (t) => safe(() => pick(['', 'HY', 'DD', 'VS']) + fd(t, 3) + digits(pick([6, 8, 10])));
const amount = () => pick([`¥${ri(3, 90)},${pad(ri(0, 999), 3)}.00`, `￥${ri(120, 9800)}.00`, `RMB ${ri(200, 3000)}`, `EUR ${ri(60, 95)}.00`, `JPY ${ri(2, 9)},${pad(ri(0, 999), 3)}`, `USD ${pick([185, 160, 205])}.00`, `GBP ${pick([115, 127, 432])}.00`, `AUD ${pick([190, 195, 365])}.00`, `HKD ${ri(500, 4000)}`]);
const maskId = (id) => pick([id.slice(0, 6) + '********' + id.slice(14), id.slice(0, 3) + '***********' + id.slice(14), id.slice(0, 1) + '****************' + id.slice(17)]);
const maskMob = (m) => pick([m.slice(0, 3) + '****' + m.slice(7), m.slice(0, 3) + 'xxxx' + m.slice(7), m.slice(0, 3) + '*****' + m.slice(8)]);
const maskCard = (c) => pick([`${c.slice(0, 4)} **** **** ${c.slice(-4)}`, `${c.slice(0, 6)}******${c.slice(-4)}`, `尾号${c.slice(-4)}`]);
const maskPP = (p) => pick([p.slice(0, 2) + '*****' + p.slice(-2), p.slice(0, 1) + '****' + p.slice(-4), p.slice(0, 3) + '******']);
const maskName = (p) => pick([p.name[0] + '*', p.name[0] + '**', p.name[0] + '某某', p.name[0] + '某', '*' + p.name.slice(-1)]);
function notaryNo(n, y = 2024) { const k = pick(['内民证字', '外民证字', '民证字', '内经证字']); const l = chance(0.5) ? ['(', ')'] : ['（', '）']; return `${l[0]}${y}${l[1]}${n.abbr}${k}第${ri(101, 39999)}号`; }
const COUNTRIES = [
  { key: 'FR', cn: '法国', visa: '申根签证（法国）', en: 'France', city: 'SHA', tel: () => `+33 1 ${ri(40, 58)} ${ri(10, 99)} ${ri(10, 99)} ${ri(10, 99)}`, post: '75008 Paris', ref: (t) => `${pick(['PEK', 'SHA', 'CAN', 'CTU'])}/FR/${yymmdd(t)}/${pad(ri(1, 9999), 4)}/0${ri(1, 3)}` },
  { key: 'DE', cn: '德国', visa: '申根签证（德国）', en: 'Germany', tel: () => `+49 30 ${ri(2000, 9999)} ${ri(1000, 9999)}`, post: '10117 Berlin', ref: (t) => `DEU-${pick(['PEK', 'SHA', 'CAN'])}-${t.y}-${pad(ri(1, 99999), 6)}` },
  { key: 'IT', cn: '意大利', visa: '申根签证（意大利）', en: 'Italy', tel: () => `+39 06 ${ri(1000, 9999)} ${ri(1000, 9999)}`, post: '00187 Roma', ref: (t) => `ITCN${String(t.y).slice(2)}${pad(ri(1, 999999), 6)}` },
  { key: 'ES', cn: '西班牙', visa: '申根签证（西班牙）', en: 'Spain', tel: () => `+34 91 ${ri(100, 999)} ${ri(1000, 9999)}`, post: '28013 Madrid', ref: (t) => `ESP/${pick(['PEK', 'SHA', 'CAN'])}/${yymmdd(t)}/${pad(ri(1, 9999), 4)}` },
  { key: 'JP', cn: '日本', visa: '日本单次旅游签证', en: 'Japan', tel: () => pick([`+81 3-${ri(3000, 6999)}-${ri(1000, 9999)}`, `+81 90-${ri(1000, 9999)}-${ri(1000, 9999)}`, `+81 6-${ri(6000, 6999)}-${ri(1000, 9999)}`]), post: '〒150-0002', ref: (t) => `JPVS-${yymmdd(t)}-${pad(ri(1, 9999), 4)}` },
  { key: 'JP3', cn: '日本', visa: '日本三年多次签证', en: 'Japan', tel: () => `+81 3-${ri(3000, 6999)}-${ri(1000, 9999)}`, post: '〒100-0005', ref: (t) => `JPM3-${yymmdd(t)}-${pad(ri(1, 9999), 4)}` },
  { key: 'US', cn: '美国', visa: '美国B1/B2签证', en: 'United States', tel: () => `+1 ${pick(['212', '202', '213', '415'])}-555-${pad(ri(100, 199), 4)}`, post: 'New York, NY 10019', ref: () => 'AA00' + Array.from({ length: 6 }, () => pick('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'.split(''))).join('') },
  { key: 'UK', cn: '英国', visa: '英国标准访客签证', en: 'United Kingdom', tel: () => pick([`+44 20 7946 ${pad(ri(0, 999), 4)}`, `+44 7700 900${pad(ri(0, 999), 3)}`]), post: 'London SW1A 2AA', ref: () => 'GWF0' + digits(8) },
  { key: 'AU', cn: '澳大利亚', visa: '澳大利亚600类访客签证', en: 'Australia', tel: () => pick([`+61 2 9374 ${ri(1000, 9999)}`, `+61 412 ${ri(100, 999)} ${ri(100, 999)}`]), post: 'Sydney NSW 2000', ref: () => 'EGO' + Array.from({ length: 7 }, () => pick('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'.split(''))).join('') },
];

// ---------------------------------------------------------------- Doc
class Doc {
  constructor(kind) { this.kind = kind; this.ents = new Map(); this.dc = new Map(); this.decoys = []; this.text = ''; }
  ent(det, v) { const k = det + '|' + v; if (!this.ents.has(k)) this.ents.set(k, { detector: det, value: v }); return v; }
  dcare(det, v) { const k = det + '|' + v; if (!this.dc.has(k)) this.dc.set(k, { detector: det, value: v }); return v; }
  dec(kind, t) { if (!this.decoys.some((x) => x.text === t)) this.decoys.push({ kind, text: t }); return t; }
  merge(o) { for (const [k, v] of o.ents) this.ents.set(k, v); for (const [k, v] of o.dc) this.dc.set(k, v); for (const x of o.decoys) this.dec(x.kind, x.text); }
  N(p) { return this.ent('person_name_zh', p.name); }
  Nd(p) { return this.dcare('person_name_zh', p.name); }
  T(p, t) { const v = p.name.slice(0, SUR_COMP.some((c) => p.name.startsWith(c[0])) ? 2 : 1) + t; return this.dcare('person_name_zh', v); }
  ID(p, lo = chance(0.15)) { this.ent('cn_resident_id', p.id); return lo && p.id.endsWith('X') ? p.id.slice(0, 17) + 'x' : p.id; }
  M(m, st = null) { if (typeof m === 'object') m = m.mobile; this.ent('cn_mobile', m); return fmtMob(m, st ?? mobStyle()); }
  L(t, st = null) { this.ent('cn_landline', t); return fmtTel(t, st ?? ri(0, 3)); }
  E(e, st = null) { if (typeof e === 'object') e = e.email; this.ent('email', e); const s = st ?? (chance(0.1) ? 1 : 0); return s === 1 ? e.replace(/^[a-z]/, (c) => c.toUpperCase()).replace(/@.*/, (x) => x.toUpperCase()) : e; }
  C(c, grouped = chance(0.3)) { if (typeof c === 'object') c = c.card; this.ent('bank_card', c); return grouped ? c.replace(/(\d{4})(?=\d)/g, '$1 ') : c; }
  U(u) { return this.ent('cn_uscc', u); }
  P(p) { return this.ent('cn_passport', typeof p === 'object' ? p.passport : p); }
  X(kind, t) { return this.dec(kind, t); }
}
function fmtMob(m, st) {
  switch (st) {
    case 1: return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case 2: return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 3: return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 4: return `+86${m}`;
    case 5: return `(+86)${m}`;
    case 6: return `+86-${m}`;
    default: return m;
  }
}
function mobStyle() { const r = R(); return r < 0.72 ? 0 : r < 0.8 ? 1 : r < 0.86 ? 2 : r < 0.92 ? 3 : r < 0.96 ? 4 : r < 0.98 ? 5 : 6; }
function fmtTel(t, st) {
  const a = Object.keys(AREA_LEN).find((x) => t.startsWith(x) && t.length === x.length + AREA_LEN[x]);
  const s = t.slice(a.length);
  switch (st) { case 1: return `(${a})${s}`; case 2: return `${a} ${s}`; case 3: return `（${a}）${s}`; default: return `${a}-${s}`; }
}
// rows that only join the document if they fit the budget
function rows(d, budget, make, min = 1, max = 40) {
  const out = []; let len = 0;
  for (let i = 0; i < max; i++) {
    const t = new Doc(d.kind); const r = make(t, i);
    if (i >= min && len + r.length + 1 > budget) break;
    out.push(r); len += r.length + 1; d.merge(t);
  }
  return out;
}
const FILLER = [
  '注：以上信息仅用于签证申请，请勿外传。如信息有误请于递签前两个工作日内告知顾问。',
  '温馨提示：使馆/签证中心有权要求补充材料，补材料期间不计入审理时间，出签时间以使馆为准。',
  '备注：所有复印件请使用A4纸，中文材料需附英文翻译件并加盖翻译公司章。',
  '本表由系统自动导出，导出后请按公司信息安全规定加密保存，用完即删。',
  '说明：护照有效期须超出回国日期6个月以上，且至少有两页空白签证页。',
];
function finish(d, text) {
  let t = text;
  while (t.length < 320) t += '\n' + pick(FILLER);
  d.text = t;
  return d;
}
const ag = () => pick(AGENCIES);
const stf = (a) => pick(a.staff);
const ctry = () => pick(COUNTRIES);

// ---------------------------------------------------------------- kinds
function kApplistCsv() {
  const d = new Doc('applist-csv'); const a = ag(), s = stf(a), c = ctry(), t = recent();
  const en = chance(0.35), q = chance(0.3);
  const withCo = chance(0.45), withCard = chance(0.2);
  const H = en ? ['No', 'Name(CN)', 'Name(Pinyin)', 'Gender', 'DOB', 'Passport No', 'ID No', 'Mobile', 'Email'] : ['序号', '姓名', '拼音', '性别', '出生日期', '护照号', '身份证号', '手机', '邮箱'];
  if (withCo) H.push(...(en ? ['Employer', 'Employer USCC'] : ['工作单位', '单位统一社会信用代码']));
  if (withCard) H.push(en ? 'Salary Card' : '工资卡号');
  H.push(en ? 'Remark' : '备注');
  const ds = pick([0, 1, 3]);
  const L = [];
  if (chance(0.7)) L.push(`# ${a.short} ${c.visa} 申请人名单  导出人：${d.N(s)}  导出时间：${fd(t)} ${ri(8, 19)}:${pad(ri(0, 59), 2)}`);
  L.push(H.map((h) => (q ? `"${h}"` : h)).join(','));
  const body = rows(d, ri(900, 3300), (r, i) => {
    const p = mkPerson(1950, 2016);
    const cells = [String(i + 1), r.N(p), chance(0.5) ? py(p) : `${p.pySur}/${p.pyGiv}`, en ? sexEn(p) : sexCn(p), fd(p.birth, ds)];
    if (chance(0.08)) { cells.push('待办理'); } else cells.push(r.P(p));
    if (chance(0.06)) cells.push(r.X('masked_id', maskId(p.id))); else cells.push(r.ID(p));
    const child = p.birth.y > 2008;
    cells.push(child ? '' : r.M(p, chance(0.85) ? 0 : 1));
    cells.push(child || chance(0.15) ? '' : r.E(p));
    if (withCo) { if (child) cells.push('', ''); else { const co = mkCompany(r); cells.push(co.name, r.U(co.uscc)); } }
    if (withCard) cells.push(child ? '' : r.C(p, false));
    cells.push(child ? (en ? 'minor' : '未成年，随父母') : pick(['', '', '', '加急', '二次递签', '需补在职证明', '已付款']));
    return cells.map((x) => (q ? `"${x}"` : x)).join(',');
  }, 3, 25);
  L.push(...body);
  if (chance(0.4)) L.push(`${en ? 'Total' : '合计'},${body.length}${',' .repeat(H.length - 2)}`);
  return finish(d, L.join('\n'));
}

function kApplistTsv() {
  const d = new Doc('applist-tsv'); const a = ag(), c = ctry(), t = recent();
  const H = ['姓名', '英文姓名', '身份证号码', '护照号码', '手机号码', '电子邮箱', '紧急联系人', '紧急联系电话', '负责顾问', '递签日期'];
  const L = [`${a.name}\t${c.visa}\t批次 ${d.X('batch_no', `${c.key}${yymmdd(t)}-${ri(1, 9)}`)}`, H.join('\t')];
  L.push(...rows(d, ri(1000, 3400), (r) => {
    const p = mkPerson(1955, 2004), e = mkPerson(1950, 2004), s = stf(a);
    return [r.N(p), py(p), r.ID(p), r.P(p), r.M(p), chance(0.8) ? r.E(p) : '-', r.N(e), r.M(e), r.N(s), fd(addDays(t, ri(1, 40)), 1)].join('\t');
  }, 3, 20));
  if (chance(0.5)) L.push(`\n签证中心热线 ${d.X('hotline', '12367')}（国家移民管理局）  本公司 ${d.X('hotline', a.hot)}`);
  return finish(d, L.join('\n'));
}

function kXlsx() {
  const d = new Doc('xlsx-text'); const a = ag(), c = ctry(), t = recent(), s = stf(a);
  const L = [`[${a.short}_${c.cn}_${fd(t, 3)}.xlsx]`, `=== Sheet1: 申请人 ===`];
  const cols = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
  const H = ['姓名', '性别', '出生日期', '身份证号', '护照号', '手机', '邮箱', '出生地'];
  L.push(H.map((h, i) => `${cols[i]}1=${h}`).join(' | '));
  const ppl = [];
  L.push(...rows(d, ri(800, 2400), (r, i) => {
    const p = mkPerson(1955, 2005); ppl.push(p);
    const serial = String(Math.round((Date.UTC(p.birth.y, p.birth.m - 1, p.birth.d) - Date.UTC(1899, 11, 30)) / 86400000));
    const dob = chance(0.5) ? r.X('excel_serial_date', serial) : fd(p.birth);
    const v = [r.N(p), sexCn(p), dob, r.ID(p), r.P(p), r.M(p, 0), chance(0.8) ? r.E(p) : '', pick(['北京', '上海', '江苏', '广东', '四川', '湖北', '浙江', '陕西'])];
    return v.map((x, j) => `${cols[j]}${i + 2}=${x}`).join(' | ');
  }, 2, 16));
  L.push('', '=== Sheet2: 费用 ===', 'A1=姓名 | B1=签证费 | C1=服务费 | D1=订单号 | E1=付款状态');
  ppl.slice(0, ri(1, ppl.length)).forEach((p, i) => {
    L.push(`A${i + 2}=${d.N(p)} | B${i + 2}=${d.X('amount', amount())} | C${i + 2}=${d.X('amount', `￥${ri(3, 15) * 100}.00`)} | D${i + 2}=${d.X('order_no', orderNo(t))} | E${i + 2}=${pick(['已付', '未付', '部分'])}`);
  });
  L.push('', `=== Sheet3: 说明 ===`, `A1=制表：${d.N(s)}（${d.E(s)}）`, `A2=审核：${d.N(stf(a))}`);
  return finish(d, L.join('\n'));
}

function kGroupRoster() {
  const d = new Doc('group-roster'); const t = recent(); const c = pick(COUNTRIES.filter((x) => ['JP', 'FR', 'IT', 'ES', 'DE'].includes(x.key)));
  const ci = ri(0, CITY.length - 1);
  const ta = { name: `${CITY[ci][0]}${pick(BRAND)}国际旅行社有限公司`, uscc: mkUscc('91', CITY[ci][1]), tel: mkTel(ci), lic: `L-${pick(['BJ', 'SH', 'GD', 'SC', 'JS', 'ZJ'])}-CJ${pad(ri(1, 999), 5)}` };
  const lead = mkPerson(1975, 1996), a = ag();
  const grp = d.X('group_no', `${pick(['TQ', 'GT', 'HT'])}${c.key}${yymmdd(t)}${pick('ABCD'.split(''))}`);
  const L = [];
  L.push(`${c.cn}团体旅游签证申请人名单（团签）`);
  L.push(`组团社：${ta.name}`);
  L.push(`统一社会信用代码：${d.U(ta.uscc)}    经营许可证号：${d.X('license_no', ta.lic)}`);
  L.push(`送签社：${a.name}（统一社会信用代码 ${d.U(a.uscc)}）`);
  L.push(`团号：${grp}    出发日期：${d.X('date', fd(addDays(t, 30)))}    人数：见下表`);
  L.push(`领队：${d.N(lead)}  ${lead.pySur} ${lead.pyGiv}  手机：${d.M(lead)}  领队证号：${d.X('leader_license', `${pick(['L', 'D'])}${ri(1, 9)}${digits(5)}`)}`);
  L.push(`计调联系人：${d.N(stf(a))}  电话：${d.L(a.tel)}`);
  L.push('');
  const idcol = chance(0.5);
  L.push(['序号', '姓名', '姓名拼音', '性别', '出生日期', '出生地', '护照号', '签发地', '签发日期', '有效期至', ...(idcol ? ['身份证号'] : [])].join(pick(['\t', '  ', ' | '])));
  const sep = pick(['\t', '  ', ' | ']);
  L.push(...rows(d, ri(1400, 3000), (r, i) => {
    const p = mkPerson(1950, 2012);
    const iss = mkDate(2016, 2023), place = pick(['北京', '上海', '广东', '四川', '江苏', '浙江', '湖北', '陕西']);
    const v = [String(i + 1), r.N(p), `${p.pySur} ${p.pyGiv}`, sexCn(p), fd(p.birth, 5), place, r.P(p), r.X('passport_issue_place', place), r.X('passport_issue_date', fd(iss, 5)), fd({ ...iss, y: iss.y + 10, d: Math.min(iss.d, dim(iss.y + 10, iss.m)) }, 5)];
    if (idcol) v.push(r.ID(p));
    return v.join(sep);
  }, 5, 25));
  L.push('', `注：${d.X('role_word', '领队')}须随团往返，${d.X('role_word', '申请人')}不得擅自离团。团费 ${d.X('amount', `￥${ri(6, 19)},${pad(ri(0, 9) * 100, 3)}`)}/人。`);
  L.push(`组团社联系电话：${d.L(ta.tel)}  紧急热线：${d.X('hotline', a.hot)}`);
  return finish(d, L.join('\n'));
}

function kChecklist() {
  const d = new Doc('checklist'); const a = ag(), s = stf(a), c = ctry(), t = recent();
  const fam = Array.from({ length: ri(1, 3) }, (_, i) => mkPerson(i === 2 ? 2010 : 1965, i === 2 ? 2018 : 2000));
  const L = [`【${a.short}】${c.visa} 材料清单`, `顾问：${d.N(s)}  手机/微信：${d.M(s)}  邮箱：${d.E(s)}`, ''];
  const items = ['护照原件（有效期6个月以上，至少2页空白页）', '旧护照（如有）', '近6个月白底彩色照片2张 35x45mm', '身份证正反面复印件', '户口本全本复印件', '在职证明（中英文，加盖公章）', '营业执照副本复印件（加盖公章）', '近6个月银行流水（加盖银行业务章）', '存款证明（5万元以上，冻结至回国后）', '往返机票预订单', '酒店预订单', '旅行保险（保额不低于3万欧元）', '结婚证复印件', '出生公证（未成年人）', '亲属关系公证', '退休证复印件', '在读证明 / 学生证'];
  fam.forEach((p, i) => {
    const blk = [];
    blk.push(`${i === 0 ? '主申请人' : '同行人' + i}：${d.N(p)}（${py(p)}）  性别：${sexCn(p)}  出生日期：${fd(p.birth)}`);
    blk.push(`护照号：${d.P(p)}   身份证：${d.ID(p)}${p.birth.y < 2008 ? '   手机：' + d.M(p) : ''}`);
    for (const it of sample(items, ri(5, 9))) blk.push(`  [${pick(['✓', '✓', '✗', ' '])}] ${it}`);
    L.push(...blk, '');
  });
  if (fam.length > 1) L.push(`备注：${d.Nd(fam[1])}与${d.Nd(fam[0])}为${pick(['夫妻', '母子', '父女', '兄妹'])}关系，需提供关系证明。`);
  L.push(`递签日期：${d.X('date', fd(addDays(t, ri(3, 20))))}   预约号：${d.X('appointment_ref', c.ref(t))}`);
  L.push(`签证费：${d.X('amount', amount())}（以使馆当日汇率为准）`);
  if (chance(0.5)) L.push(`如有疑问请致电 ${d.L(a.tel)} 或 ${d.X('hotline', a.hot)}，${d.Nd(s)}会在工作时间内回复。`);
  return finish(d, L.join('\n'));
}

function kEmployment() {
  const d = new Doc('employment'); const co = mkCompany(d), p = mkPerson(1965, 1998), t = recent(), c = ctry();
  if (SURNAME_COS.includes(co.name)) d.X('company_name_with_surname', co.name);
  const L = [];
  L.push(co.name, `地址：${co.city}市${pick(['高新区', '经济技术开发区', '自贸区'])}${pick(['科技', '创新', '金融'])}${pick(['路', '大道'])}${ri(1, 399)}号  电话：${d.L(co.tel)}`);
  L.push(`统一社会信用代码：${d.U(co.uscc)}`, '', pick(['在职证明', '在 职 证 明', '在职及准假证明']), '');
  const pos = pick(['高级工程师', '销售经理', '财务主管', '产品经理', '行政专员', '部门总监', '设计师', '会计', '项目经理']);
  const since = mkDate(2008, 2022);
  if (chance(0.6)) {
    L.push(`姓名：${d.N(p)}    性别：${sexCn(p)}    出生日期：${fd(p.birth, 2)}`);
    L.push(`身份证号码：${d.ID(p)}    护照号码：${d.P(p)}`);
    L.push(`职务：${pos}    入职时间：${fd(since, 2)}    月薪：${d.X('amount', `人民币${ri(8, 45)},${pad(ri(0, 9) * 100, 3)}元`)}`, '');
    L.push(`兹证明${d.Nd(p)}为我公司正式员工，经公司批准，于${fd(addDays(t, 20), 2)}至${fd(addDays(t, 34), 2)}前往${c.cn}旅游，假期结束后将按时返回公司工作，保留其职位。其在${c.cn}期间的一切费用由本人承担。`);
  } else {
    L.push(`兹证明${d.Nd(p)}（${pick(['身份证号', '公民身份号码'])}：${d.ID(p)}，护照号：${d.P(p)}），${sexCn(p)}，自${fd(since, 2)}起在我公司担任${pos}一职，月收入${d.X('amount', `${ri(8, 45)}000元`)}。`);
    L.push(`经公司批准，其将于${fd(addDays(t, 20), 2)}起赴${c.cn}旅行${ri(7, 15)}天，我公司保证其按期回国并继续在我司工作。`);
  }
  L.push('', '特此证明。', '');
  L.push(`人事部联系人：${d.N(co.hr)}    联系电话：${d.L(co.tel)}${chance(0.4) ? ' 转' + ri(800, 8999) : ''}    手机：${d.M(co.hr)}`);
  L.push(`邮箱：${d.E(`hr@${co.domain}`)}${chance(0.5) ? '  /  ' + d.E(co.hr) : ''}`);
  L.push(`法定代表人：${d.N(co.legal)}（签字）`, `${co.name}（盖章）`, fd(t, 2));
  if (chance(0.5)) {
    L.push('', '--- English Translation ---', 'CERTIFICATE OF EMPLOYMENT', `This is to certify that Mr./Ms. ${py(p)}, holder of Passport No. ${d.P(p)}, has been employed by our company as ${pick(['Senior Engineer', 'Sales Manager', 'Accountant', 'Project Manager'])} since ${fd(since, 4)}.`, `Contact: ${co.hr.pyGiv} ${co.hr.pySur}, HR Department, Tel: ${fmtTel(co.tel, 0)}`);
  }
  return finish(d, L.join('\n'));
}

function kIncome() {
  const d = new Doc('income'); const co = mkCompany(d), p = mkPerson(1965, 1998), t = recent();
  const L = [`${co.name}`, `收入证明`, ''];
  L.push('| 项目 | 内容 |', '|---|---|');
  L.push(`| 员工姓名 | ${d.N(p)} |`, `| 身份证号 | ${d.ID(p)} |`, `| 部门/职务 | ${pick(['研发部', '市场部', '财务部', '运营部'])} / ${pick(['主管', '经理', '专员', '工程师'])} |`);
  const m = ri(8, 60) * 1000;
  L.push(`| 月平均收入（税前） | ${d.X('amount', `¥${m.toLocaleString('en-US')}.00`)} |`, `| 年收入 | ${d.X('amount', `¥${(m * 13).toLocaleString('en-US')}.00`)} |`);
  L.push(`| 工资发放银行 | ${bankOf(p.card)}${pick(['北京分行', '上海浦东支行', '深圳南山支行', '广州天河支行', '成都分行营业部'])} |`, `| 工资卡号 | ${d.C(p)} |`);
  L.push('', `兹证明以上信息属实。本证明仅用于${d.Nd(p)}办理${ctry().cn}签证，不作其他用途。`);
  L.push('', `单位名称：${co.name}`, `统一社会信用代码：${d.U(co.uscc)}`, `单位对公账户：${d.X('corporate_account', corpAcct())}`);
  L.push(`经办人：${d.N(co.hr)}   电话：${d.L(co.tel)}   ${chance(0.5) ? '邮箱：' + d.E(`${co.hr.pyGiv.toLowerCase()}@${co.domain}`) : ''}`);
  L.push(`日期：${fd(t, 2)}`);
  return finish(d, L.join('\n'));
}

function kStatement() {
  const d = new Doc('statement-ocr'); const p = mkPerson(1960, 1998), t = recent(), co = mkCompany(d);
  const bank = bankOf(p.card);
  const L = [`${bank} 个人账户交易明细`, `户名：${d.N(p)}    卡号：${d.C(p)}    币种：人民币`];
  L.push(`起止日期：${fd(addDays(t, -185))} 至 ${fd(t)}    打印流水号：${d.X('print_serial', serial19(t))}`);
  L.push(`证件类型：居民身份证  证件号码：${chance(0.5) ? d.ID(p) : d.X('masked_id', maskId(p.id))}`, '');
  L.push('交易日期   摘要        交易金额       余额          对方户名        对方账号');
  let bal = ri(20000, 300000); let cur = addDays(t, -ri(150, 180)); const bals = [];
  const tx = rows(d, ri(1200, 3100), (r) => {
    cur = addDays(cur, ri(1, 6)); const dt = cur; const k = R();
    let sum, cp, acct;
    if (k < 0.3) { sum = ri(8000, 40000); cp = co.name; acct = r.X('corporate_account', corpAcct()); }
    else if (k < 0.6) { const q = mkPerson(1955, 2000); sum = (chance(0.5) ? 1 : -1) * ri(200, 20000); cp = r.N(q); acct = r.C(q, false); }
    else if (k < 0.8) { sum = -ri(30, 3000); cp = pick(['财付通支付科技有限公司', '支付宝（中国）网络技术有限公司', '美团', '京东商城']); acct = r.X('alipay_trade_no', safe(() => '2088' + digits(12))); }
    else { sum = ri(1, 80); cp = '利息'; acct = '-'; }
    bal += sum; bals.push(bal);
    const zy = k < 0.3 ? '代发工资' : k < 0.6 ? (sum > 0 ? '转账收入' : '转账支出') : k < 0.8 ? '快捷支付' : '结息';
    return `${fd(dt, 3)}  ${zy}    ${sum > 0 ? '+' : ''}${sum.toFixed(2)}    ${bal.toFixed(2)}    ${cp}    ${acct}`;
  }, 4, 30);
  L.push(...tx); bal = bals[tx.length - 1];
  // OCR damage
  if (chance(0.5)) { const bro = p.card.slice(0, 6) + p.card.slice(6, 10).replace(/0/g, 'O').replace(/1/g, 'l') + p.card.slice(10); if (bro !== p.card) { L.push(`持卡人确认：卡号 ${bro}`); d.dcare('bank_card', bro); } }
  L.push('', `余额截至 ${d.X('date', fd(t))}：${d.X('amount', `${bal.toFixed(2)}`)}  本明细共${ri(1, 4)}页，加盖${bank}业务专用章有效。`);
  return finish(d, L.join('\n'));
}

function kDeposit() {
  const d = new Doc('deposit'); const p = mkPerson(1958, 1998), t = recent();
  const bank = bankOf(p.card);
  const amt = ri(5, 80) * 10000;
  const no = d.X('certificate_no', safe(() => `${pick(['ZC', 'DC', 'CKZM'])}${fd(t, 3)}${digits(6)}`));
  const L = [`${bank}`, '存款证明书', `证明编号：${no}`, ''];
  L.push(`存款人：${d.N(p)}    证件号码：${d.ID(p)}`);
  L.push(`账号/卡号：${d.C(p)}`);
  L.push(`存款金额：${d.X('amount', `人民币${amt.toLocaleString('en-US')}.00元`)}（大写：人民币${pick(['伍', '拾', '贰拾', '叁拾', '伍拾'])}万元整）`);
  L.push(`冻结期限：${fd(t, 2)} 至 ${fd(addDays(t, 120), 2)}`);
  L.push(`本证明书仅证明存款人在本行的存款余额，不作担保之用。`, `经办：${d.N(mkPerson(1980, 1998))}    复核：${d.N(mkPerson(1975, 1995))}`);
  const br = ri(0, CITY.length - 1);
  L.push(`开立行：${bank}${CITY[br][0]}分行营业部   电话：${d.L(mkTel(br))}   客服热线：${d.X('hotline', pick(['95588', '95533', '95599', '95566', '95555', '95559']))}`);
  L.push('', '——— Translation ———', 'CERTIFICATE OF DEPOSIT', `Certificate No.: ${no}`, `Depositor: ${py(p)} (${d.N(p)})`, `ID No.: ${d.ID(p)}`, `Account No.: ${d.C(p)}`, `Amount: ${d.X('amount', `CNY ${amt.toLocaleString('en-US')}.00`)}`, `Frozen until: ${fd(addDays(t, 120), 4)}`);
  return finish(d, L.join('\n'));
}

function kNotarial() {
  const d = new Doc('notarial'); const n = pick(NOTARIES), t = recent();
  const type = pick(['亲属关系', '出生', '无犯罪记录', '学历']);
  const app = mkPerson(1965, 2005), rel = mkPerson(type === '亲属关系' ? 1940 : 1950, 1990);
  const no = d.X('notarial_cert_no', notaryNo(n));
  const L = ['公 证 书', '', no, ''];
  L.push(`申请人：${d.N(app)}，${sexCn(app)}，${cnDate(app.birth)}出生，公民身份号码：${d.ID(app)}。`);
  if (type === '亲属关系') {
    L.push(`关系人：${d.N(rel)}，${sexCn(rel)}，${cnDate(rel.birth)}出生，公民身份号码：${d.ID(rel)}。`, '', '公证事项：亲属关系', '');
    L.push(`兹证明申请人${d.Nd(app)}是关系人${d.Nd(rel)}的${app.male ? '儿子' : '女儿'}。`);
  } else if (type === '出生') {
    const f = mkPerson(1940, 1980, { male: true }), m = mkPerson(1940, 1980, { male: false });
    L.push('', '公证事项：出生', '');
    L.push(`兹证明${d.Nd(app)}于${cnDate(app.birth)}在${pick(['北京市', '上海市', '广东省广州市', '四川省成都市'])}出生。`);
    L.push(`${d.Nd(app)}的父亲是${d.Nd(f)}，母亲是${d.Nd(m)}。`);
    L.push(`父亲：${d.N(f)}  公民身份号码：${d.ID(f)}`, `母亲：${d.N(m)}  公民身份号码：${d.ID(m)}`);
  } else if (type === '无犯罪记录') {
    L.push('', '公证事项：无犯罪记录', '');
    L.push(`兹证明${d.Nd(app)}自${cnYear(app.birth.y + 18)}年至${cnDate(t)}在中华人民共和国居住期间无犯罪记录。`);
  } else {
    L.push('', '公证事项：学历', '');
    L.push(`兹证明前面的复印件与${pick(['北京理工', '华东师范', '中山', '四川'])}大学于${cnYear(app.birth.y + 22)}年六月三十日发给${d.Nd(app)}的毕业证书原件相符，原件属实。`);
  }
  L.push('', `中华人民共和国${n.name}`, `公证员  ${d.N(pick(n.notaries))}`, cnDate(t), '');
  L.push(`承办：${d.N(pick(n.translators))}   本公证处电话：${d.L(n.tel)}   统一社会信用代码：${d.U(n.uscc)}`);
  if (chance(0.5)) L.push(`公证费：${d.X('amount', `￥${pick([200, 300, 400, 600])}.00`)}  翻译费：${d.X('amount', `￥${pick([100, 150, 200])}.00`)}  领证日期：${d.X('date', fd(addDays(t, 7)))}`);
  return finish(d, L.join('\n'));
}

function kTranslation() {
  const d = new Doc('translation'); const n = pick(NOTARIES), t = recent();
  const app = mkPerson(1960, 2005), rel = mkPerson(1940, 1985);
  const no = notaryNo(n);
  const noEn = d.X('notarial_cert_no', `(${t.y}) ${pick(['Jing Jinghua', 'Hu Pujiang', 'Yue Sui Yangcheng', 'Chuan Rong Jincheng'])} ${pick(['Nei Min', 'Wai Min'])} Zheng Zi No. ${ri(101, 39999)}`);
  d.X('notarial_cert_no', no);
  const L = ['NOTARIAL CERTIFICATE', `${no}`, `${noEn}`, ''];
  L.push(`Applicant: ${py(app)} (${d.N(app)}), ${app.male ? 'male' : 'female'}, born on ${fd(app.birth, 4)}.`, `Citizen ID No.: ${d.ID(app)}`);
  if (chance(0.6)) L.push(`Passport No.: ${d.P(app)}`);
  L.push(`Related person: ${py(rel)} (${d.N(rel)}), ${rel.male ? 'male' : 'female'}, born on ${fd(rel.birth, 4)}, Citizen ID No.: ${d.ID(rel)}`, '');
  L.push(`Subject: ${pick(['Kinship', 'Birth', 'No Criminal Record'])}`, '', `This is to certify that the applicant ${py(app)} is the ${app.male ? 'son' : 'daughter'} of ${py(rel)}.`);
  L.push('', `${n.name.replace('市', ' Municipality ')}`, `Notary Public: ${pick(n.notaries).pySur} ${pick(n.notaries).pyGiv}`, fd(t, 4), '');
  const tr = pick(n.translators);
  L.push('译文与原文相符。', `翻译：${d.N(tr)}  联系方式：${d.M(tr)}  ${d.E(tr)}`);
  L.push(`注：公证书翻译件与原件一并使用，本处地址 ${CITY[n.ci][0]}，电话 ${d.L(n.tel)}。`);
  return finish(d, L.join('\n'));
}

function kAppointment() {
  const d = new Doc('appointment'); const a = ag(), s = stf(a), c = ctry(), t = recent();
  const p = mkPerson(1960, 2003);
  const ref = d.X('appointment_ref', c.ref(t)), vtel = d.X('foreign_phone', c.tel());
  const appt = addDays(t, ri(3, 30));
  const L = [];
  L.push(`From: "${a.short} ${s.pySur} ${s.pyGiv}" <${d.E(s)}>`, `To: ${d.E(p)}`, `Cc: ${d.E(`visa@${a.domain}`)}`, `Date: ${fd(t, 4)} ${ri(8, 19)}:${pad(ri(0, 59), 2)} +0800`, `Subject: Fw: Appointment Confirmation - ${ref}`, '');
  L.push(`${d.Nd(p)}您好：`, `您的${c.visa}递签预约已成功，请核对以下信息，按时携带全部原件前往签证中心。`, '');
  L.push(`申请人姓名：${d.N(p)}（${py(p)}）`, `护照号码：${d.P(p)}`, `联系手机：${d.M(p)}`, `预约日期：${fd(appt)} ${pick(['09:00', '09:30', '10:15', '13:30', '14:45'])}`);
  L.push(`预约编号：${ref}`, '');
  L.push('-------- Forwarded message --------', `From: ${d.E(`noreply@${pick(['vfs-appointments.example', 'visa-centre.example', 'tlsbooking.example'])}`, 0)}`, '');
  L.push(`Dear ${py(p)},`, `Your appointment at the ${c.en} Visa Application Centre has been confirmed.`, `Reference Number: ${ref}`, `Barcode: ${d.X('barcode', `*${c.key}${fd(t, 3)}${pad(ri(1, 9999), 4)}*`)}`);
  L.push(`Please arrive 15 minutes early. Service fee ${d.X('amount', amount())} is payable at the centre.`, `For enquiries call ${vtel} (${c.en}) or ${d.X('hotline', pick(['4008-' + ri(100, 999) + '-' + ri(100, 999), '400-' + ri(100, 999) + '-' + ri(1000, 9999)]))}.`, `Embassy address: ${d.X('foreign_postcode', c.post)}`);
  L.push('', `—— ${d.N(s)} | ${a.name}`, `电话：${d.L(a.tel)}  手机：${d.M(s)}`, `地址：${a.addr}`);
  return finish(d, L.join('\n'));
}

function kTracker() {
  const d = new Doc('tracker'); const a = ag(), t = recent();
  const W = [8, 12, 10, 10, 12, 10, 24];
  const pr = (v) => v.map((x, i) => String(x).padEnd(W[i] ?? 0)).join(' ');
  const L = [`${a.short} 出签/拒签跟踪表  更新：${d.X('date', fd(t))}`, pr(['姓名', '国家', '递签', '状态', '护照号', '顾问', '备注']), '-'.repeat(96)];
  L.push(...rows(d, ri(1200, 3400), (r) => {
    const p = mkPerson(1955, 2005), c = ctry(), s = stf(a), st = pick(['已出签', '已出签', '审理中', '补材料', '拒签', '已递签', '待预约']);
    const note = st === '拒签' ? `拒签 ${pick(['资金证明不足', '行程不合理', '在职证明存疑', '214(b)'])}` : st === '补材料' ? `补${pick(['存款证明', '在职证明', '户口本', '行程单'])}` : r.X('application_ref', c.ref(t));
    return pr([r.N(p), c.cn, fd(addDays(t, -ri(1, 30)), 1), st, chance(0.85) ? r.P(p) : r.X('masked_passport', maskPP(p.passport)), r.N(s), note]);
  }, 5, 40));
  L.push('', `说明：拒签客户由${d.X('role_word', '签证官')}当面告知，请顾问48小时内回访。`);
  return finish(d, L.join('\n'));
}

function mrz(p, exp) {
  const cd = (s) => { const w = [7, 3, 1]; let x = 0; for (let i = 0; i < s.length; i++) { const c = s[i]; x += (c === '<' ? 0 : /\d/.test(c) ? +c : c.charCodeAt(0) - 55) * w[i % 3]; } return String(x % 10); };
  const l1 = `POCHN${p.pySur}<<${p.pyGiv.replace(/ /g, '<')}`.padEnd(44, '<').slice(0, 44);
  const num = p.passport.padEnd(9, '<');
  const dob = yymmdd(p.birth), ex = yymmdd(exp), pn = '<'.repeat(14);
  const a = num + cd(num), b = dob + cd(dob), e = ex + cd(ex);
  const l2 = `${a}CHN${b}${sexEn(p)}${e}${pn}<` + cd(a + b + e + pn + '<');
  return [l1, l2];
}
function kWechat() {
  const d = new Doc('wechat'); const a = ag(), s = stf(a), c = ctry(), t = recent();
  const p = mkPerson(1958, 2003);
  const nick = pick(['🌸小' + p.name.slice(-1), 'Lily', '阳光明媚', p.pySur[0] + p.pySur.slice(1).toLowerCase() + '_' + ri(80, 99), '快乐每一天', 'Momo']);
  d.dcare('person_name_zh', nick);
  const useNick = chance(0.5);
  const cli = useNick ? nick : d.N(p);
  const sn = `${d.N(s)}-${a.short}`;
  let h = ri(9, 20), mi = ri(0, 40);
  const ts = () => { mi += ri(1, 7); if (mi > 59) { mi -= 60; h++; } return `${fd(t)} ${pad(h, 2)}:${pad(mi, 2)}`; };
  const L = [`与 ${cli} 的聊天记录`, ''];
  const say = (who, msg) => L.push(`${who} ${ts()}`, msg, '');
  say(sn, `您好，我是${a.short}的签证顾问，${c.visa}需要先把护照首页拍照发我一下哈`);
  say(cli, '[图片]');
  const iss = mkDate(2016, 2023); const exp = { ...iss, y: iss.y + 10, d: Math.min(iss.d, dim(iss.y + 10, iss.m)) };
  const place = pick(['北京/BEIJING', '上海/SHANGHAI', '广东/GUANGDONG', '四川/SICHUAN', '江苏/JIANGSU']);
  const [l1, l2] = mrz(p, exp);
  say(sn, ['[图片文字识别]', "中华人民共和国 护照 PEOPLE'S REPUBLIC OF CHINA PASSPORT", `类型/Type P  国家码/Country Code CHN  护照号/Passport No. ${d.P(p)}`, `姓名/Name ${d.N(p)}`, `${p.pySur}, ${p.pyGiv}`, `性别/Sex ${sexCn(p)}/${sexEn(p)}  国籍/Nationality 中国/CHINESE`, `出生日期/Date of birth ${pad(p.birth.d, 2)} ${p.birth.m}月/${MON[p.birth.m - 1]} ${p.birth.y}`, `出生地点/Place of birth ${place}`, `签发日期/Date of issue ${d.X('passport_issue_date', `${pad(iss.d, 2)} ${iss.m}月/${MON[iss.m - 1]} ${iss.y}`)}`, `签发地点/Place of issue ${d.X('passport_issue_place', place)}`, `有效期至/Date of expiry ${pad(exp.d, 2)} ${exp.m}月/${MON[exp.m - 1]} ${exp.y}`, '签发机关/Authority 中华人民共和国国家移民管理局', l1, l2].join('\n'));
  say(sn, `收到，护照有效期没问题。麻烦再发一下身份证号和常用邮箱`);
  say(cli, `${d.ID(p)}\n邮箱 ${d.E(p)}`);
  if (chance(0.5)) say(cli, `手机号换了，新的是${d.M(p)}，旧的${d.X('masked_mobile', maskMob(mkMobile()))}不用了`);
  const sp = mkPerson(1958, 2003);
  if (chance(0.5)) { say(cli, `我${sp.male ? '老公' : '老婆'}${d.Nd(sp)}也一起去，他的护照号${d.P(sp)}，身份证${d.ID(sp)}`); }
  const fee = pick([600, 800, 1200, 1500]);
  say(sn, `好的。服务费${d.X('amount', `${fee}元`)}，对公账户：${a.name} ${d.X('corporate_account', corpAcct())}，付款后截图给我`);
  say(cli, `[转账] ${d.X('amount', `¥${fee}.00`)} 已收款  交易单号 ${d.X('wechat_trade_no', safe(() => '42000' + digits(23)))}`);
  say(sn, `收到～预约好了给您发确认邮件。有事打我电话${d.M(s)}，或者公司座机${d.L(a.tel)}。签证中心电话${d.X('foreign_phone', c.tel())}是国外的，不用打。`);
  if (chance(0.4)) say(cli, `好的谢谢${d.T(s, pick(['老师', '经理', '小姐', '姐']))}`);
  return finish(d, L.join('\n'));
}

function kInvoice() {
  const d = new Doc('invoice'); const a = ag(), t = recent(), s = stf(a);
  const L = ['电子发票（普通发票）', `发票号码：${d.X('invoice_no', safe(() => String(t.y).slice(2) + digits(18)))}`, `开票日期：${fd(t, 2)}`, ''];
  const person = chance(0.4);
  let buyer;
  if (person) { const p = mkPerson(1960, 2000); buyer = p; L.push(`购买方信息  名称：${d.N(p)}`, `           统一社会信用代码/纳税人识别号：${chance(0.4) ? d.ID(p) : ''}`); }
  else { const co = mkCompany(d); buyer = co; L.push(`购买方信息  名称：${co.name}`, `           统一社会信用代码/纳税人识别号：${d.U(co.uscc)}`, `           地址电话：${co.city} ${d.L(co.tel)}`); }
  L.push(`销售方信息  名称：${a.name}`, `           统一社会信用代码/纳税人识别号：${d.U(a.uscc)}`, `           开户行及账号：${pick(['中国工商银行', '招商银行', '中国建设银行'])}${CITY[a.ci][0]}分行 ${d.X('corporate_account', corpAcct())}`, '');
  L.push('项目名称                     规格型号  单位  数量  单价        金额       税率  税额');
  let tot = 0;
  const n = ri(1, 5);
  for (let i = 0; i < n; i++) {
    const u = pick([300, 500, 600, 800, 1200, 1500, 2000]); const q = ri(1, 6); tot += u * q;
    L.push(`*经纪代理服务*${pick(['签证代办服务费', '加急服务费', '材料翻译费', '资料审核费', '公证代办费'])}        次    ${q}    ${u.toFixed(2)}    ${(u * q).toFixed(2)}   6%   ${(u * q * 0.06).toFixed(2)}`);
  }
  L.push(`价税合计（大写）：${pick(['壹仟', '贰仟', '叁仟', '伍仟', '捌仟'])}元整   （小写）${d.X('amount', `¥${(tot * 1.06).toFixed(2)}`)}`);
  if (person && chance(0.6)) L.push(`备注：${pick(['申请人', '客户'])}${d.N(buyer)}  护照号 ${d.P(buyer)}  ${d.X('order_no', orderNo(t))}`);
  else L.push(`备注：订单号 ${d.X('order_no', orderNo(t))}`);
  L.push(`开票人：${d.N(s)}    复核：${d.N(stf(a))}    收款人：${d.N(stf(a))}`);
  if (chance(0.6)) {
    const ph = mkCompany(null); ph.uscc = mkUscc('92', CITY[ph.ci][1]);
    L.push('', `附：合作照相馆 ${ph.city}${pick(['美影', '光辉', '青春'])}证件照工作室（个体工商户）统一社会信用代码 ${d.U(ph.uscc)}  经营者：${d.N(ph.legal)}`);
  }
  return finish(d, L.join('\n'));
}

function kReceipts() {
  const d = new Doc('receipts'); const a = ag(), t = recent();
  const L = [`${a.short} 收款登记 ${t.y}年${t.m}月`, '日期,客户姓名,项目,付款方式,付款账号/卡号,金额,订单号,经办人'];
  L.push(...rows(d, ri(1000, 3200), (r) => {
    const p = mkPerson(1958, 2002), s = stf(a), way = pick(['银行卡', '银行卡', '微信', '支付宝', '对公转账', '现金']);
    let acct = '';
    if (way === '银行卡') acct = r.C(p, chance(0.3));
    else if (way === '微信') acct = r.X('wechat_trade_no', safe(() => '42000' + digits(23)));
    else if (way === '支付宝') acct = r.X('alipay_trade_no', safe(() => fd(t, 3) + '2200' + digits(16)));
    else if (way === '对公转账') acct = r.X('corporate_account', corpAcct());
    return [fd(addDays(t, -ri(0, 25)), 1), r.N(p), pick(['申根签证', '日本签证', '美签面试辅导', '英签代办', '澳签代办', '出生公证', '无犯罪公证', '护照加急']), way, acct, r.X('amount', `${pick([580, 680, 800, 1200, 1580, 2600, 3800])}.00`), r.X('order_no', orderNo(t)), r.N(s)].join(',');
  }, 4, 30));
  L.push(`,,,,,合计待核,,财务：${d.N(stf(a))}`);
  if (chance(0.5)) L.push(`退款：客户${d.X('masked_name', maskName(mkPerson()))}（${d.X('masked_card', maskCard(mkCard()))}）拒签退服务费 ${d.X('amount', '￥300.00')}`);
  for (const x of d.decoys) if (x.kind === 'masked_name') d.dcare('person_name_zh', x.text);
  d.decoys = d.decoys.filter((x) => x.kind !== 'masked_name');
  return finish(d, L.join('\n'));
}

function kSms() {
  const d = new Doc('sms-log'); const a = ag(), t = recent();
  const L = ['msg_id,send_time,phone,sign,content,status,staff'];
  L.push(...rows(d, ri(1100, 3400), (r) => {
    const p = mkPerson(1958, 2003), s = stf(a), c = ctry();
    const tpl = pick([
      () => `${r.Nd(p)}您好，您的${c.visa}已出签，请携带身份证到店领取护照。咨询${r.N(s)}`,
      () => `尊敬的${r.T(p, p.male ? '先生' : '女士')}，您预约的${c.cn}签证中心递签时间为${fd(addDays(t, 5))}，参考号${r.X('appointment_ref', c.ref(t))}。`,
      () => `${r.Nd(p)}，材料缺少${pick(['在职证明', '银行流水', '户口本复印件'])}，请尽快补交。顾问手机${r.M(s, 0)}`,
      () => `您的验证码为${r.X('sms_code', String(ri(100000, 999999)))}，5分钟内有效。`,
    ])();
    const masked = chance(0.1);
    return [r.X('msg_id', `SM${fd(t, 3)}${pad(ri(1, 999999), 6)}`), chance(0.6) ? r.X('ms_timestamp', ms()) : `${fd(t)} ${pad(ri(8, 21), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`,
      masked ? r.X('masked_mobile', maskMob(p.mobile)) : r.M(p, pick([0, 0, 0, 4, 6])), `【${a.short}】`, `"${tpl}"`, pick(['DELIVRD', 'DELIVRD', 'DELIVRD', 'UNDELIV', 'SUBMITTED']), r.N(s)].join(',');
  }, 5, 40));
  return finish(d, L.join('\n'));
}

function kCrm() {
  const d = new Doc('crm-json'); const a = ag(), t = recent();
  const recs = [];
  const budget = ri(1500, 3600);
  for (let i = 0; i < 12; i++) {
    const r = new Doc(d.kind), p = mkPerson(1958, 2002), s = stf(a), c = ctry(), co = mkCompany(r);
    const o = {
      customerId: r.X('customer_id', `C${t.y}${pad(ri(1, 99999), 6)}`), custName: r.N(p), custNamePinyin: py(p), gender: sexEn(p), birthDate: fd(p.birth),
      idCardNo: r.ID(p), mobile: r.M(p, pick([0, 0, 0, 6, 4])), email: r.E(p), passportNo: r.P(p),
      employer: { name: co.name, uscc: r.U(co.uscc) },
      ...(chance(0.4) ? { salaryCard: r.C(p, false) } : {}),
      visa: { country: c.key, type: c.visa, applicationRef: r.X('application_ref', c.ref(t)), status: pick(['SUBMITTED', 'ISSUED', 'REFUSED', 'PENDING_DOCS']) },
      owner: { staffNo: r.X('staff_no', `${a.domain.slice(0, 2).toUpperCase()}${pad(ri(1, 999), 4)}`), staffName: r.N(s), staffMobile: r.M(s, 0), staffEmail: r.E(s) },
      createdAt: Number(r.X('ms_timestamp', ms())),
      remark: chance(0.5) ? `${r.Nd(p)}要求${pick(['加急', '周末递签', '邮寄护照'])}` : '',
    };
    const js = JSON.stringify(o, null, 2);
    if (i > 0 && recs.join(',\n').length + js.length > budget) break;
    recs.push(js); d.merge(r);
  }
  return finish(d, `{"export":"crm.customers","tenant":"${a.short}","count":${recs.length},"items":[\n${recs.join(',\n')}\n]}`);
}

function kFixed() {
  const d = new Doc('fixed-width'); const a = ag(), t = recent();
  const L = [`VISA0310 客户主档导出 ${fd(t, 3)} ${a.short}`, 'NO   NAME        PINYIN              S BIRTH    IDNO               MOBILE      CARDNO'];
  L.push(...rows(d, ri(900, 3200), (r, i) => {
    const p = mkPerson(1955, 2003);
    return `${pad(i + 1, 4)} ${r.N(p).padEnd(10, '　')} ${py(p).padEnd(20)}${sexEn(p)} ${fd(p.birth, 3)} ${r.ID(p, false)} ${r.M(p, 0)} ${chance(0.8) ? r.C(p, false) : ''.padEnd(19)}`;
  }, 4, 40));
  L.push(`TRAILER RECORDS=${L.length - 2} CHECKSUM=${d.X('checksum', safe(() => digits(10)))}`);
  return finish(d, L.join('\n'));
}

function kPdftext() {
  const d = new Doc('pdftext'); const a = ag(), c = ctry(), t = recent();
  const L = [`                    ${a.name}`, `                 ${c.visa}申请汇总表（内部）`, ''];
  L.push('序号  申请人    性别  出生日期     身份证号码            联系电话       护照号      ', '      电子邮箱                         备注');
  let page = 1;
  const body = rows(d, ri(1200, 3300), (r, i) => {
    const p = mkPerson(1955, 2004);
    let s = `${String(i + 1).padEnd(4)}  ${r.N(p)}  ${sexCn(p)}    ${fd(p.birth)}   ${r.ID(p)}   ${r.M(p, chance(0.3) ? 1 : 0)}   ${r.P(p)}\n      ${chance(0.85) ? r.E(p).padEnd(32) : ''.padEnd(32)} ${pick(['', '二次', '加急', '随行', '补流水'])}`;
    if (i % 6 === 5) { page++; s += `\n\f\n                                     — ${page} —\n序号  申请人    性别  出生日期     身份证号码            联系电话       护照号`; }
    return s;
  }, 3, 30);
  L.push(...body, '', `制表：${d.N(stf(a))}    审核：${d.N(stf(a))}    第 ${page} 页 共 ${page} 页`);
  return finish(d, L.join('\n'));
}

function kInsurance() {
  const d = new Doc('insurance'); const a = ag(), t = recent(), c = pick(COUNTRIES.filter((x) => ['FR', 'DE', 'IT', 'ES'].includes(x.key)));
  const ins = { name: pick(['安泰永诚财产保险股份有限公司', '华鼎财产保险股份有限公司', '瑞和旅行保险股份有限公司']), ci: ri(0, 3) };
  ins.uscc = mkUscc('91', CITY[ins.ci][1]);
  const holder = mkPerson(1960, 1998);
  const L = ['境外旅行意外伤害保险 保险单', `保单号：${d.X('policy_no', safe(() => `${pick(['PEAG', 'ATYC', 'HDTR'])}${t.y}${pad(ri(1, 99), 2)}${digits(10)}`))}`, `保险公司：${ins.name}（统一社会信用代码 ${d.U(ins.uscc)}）`, ''];
  L.push(`投保人：${d.N(holder)}   证件号码：${d.ID(holder)}   手机：${d.M(holder)}`, `电子邮箱：${d.E(holder)}`);
  L.push(`保险期间：${fd(addDays(t, 20))} 00:00 至 ${fd(addDays(t, 35))} 24:00   目的地：申根国家（${c.cn}）`, `保险金额：意外医疗 ${d.X('amount', 'EUR 30,000')}  紧急救援 ${d.X('amount', `EUR ${pick(['50,000', '100,000'])}`)}`, '');
  L.push('被保险人清单：', '姓名 | 拼音 | 性别 | 出生日期 | 证件类型 | 证件号码 | 与投保人关系');
  const grp = [holder, ...Array.from({ length: ri(0, 4) }, () => mkPerson(1950, 2016))];
  grp.forEach((p, i) => {
    const usePP = chance(0.6);
    L.push(`${d.N(p)} | ${py(p)} | ${sexCn(p)} | ${fd(p.birth)} | ${usePP ? '护照' : '身份证'} | ${usePP ? d.P(p) : d.ID(p)} | ${i === 0 ? '本人' : pick(['配偶', '子女', '父母', '其他'])}`);
  });
  L.push('', `受益人：法定    保费合计：${d.X('amount', `￥${ri(60, 600)}.00`)}`, `代理机构：${a.name}  统一社会信用代码：${d.U(a.uscc)}  经办：${d.N(stf(a))}`);
  L.push(`境外救援热线：${d.X('foreign_phone', c.tel())}  客服：${d.X('hotline', pick(['95500', '95505', '95522', '4008-' + ri(100, 999) + '-' + ri(100, 999)]))}`);
  L.push('本保单符合申根签证保险要求，可用于签证申请。');
  return finish(d, L.join('\n'));
}

function kItinerary() {
  const d = new Doc('itinerary'); const a = ag(), t = recent(), c = ctry(), s = stf(a);
  const pax = Array.from({ length: ri(1, 3) }, () => mkPerson(1950, 2012));
  const L = ['航空运输电子客票行程单 / ITINERARY', `印刷序号：${d.X('print_serial', safe(() => String(ri(1, 9)) + digits(9)))}`, ''];
  const pnr = d.X('pnr', Array.from({ length: 6 }, () => pick('ABCDEFGHJKLMNPQRSTUVWXYZ23456789'.split(''))).join(''));
  pax.forEach((p) => {
    const usePP = chance(0.7);
    L.push(`旅客姓名 NAME OF PASSENGER：${d.N(p)} ${p.pySur}/${p.pyGiv} ${p.male ? 'MR' : 'MS'}`);
    L.push(`有效身份证件号码 ID NO.：${usePP ? d.P(p) : d.ID(p)}`);
    const tk = d.X('ticket_no', safe(() => `${pick(['781', '999', '784', '880', '479'])}${chance(0.5) ? '-' : ''}${ri(2, 9)}${digits(9)}`));
    L.push(`电子客票号码 E-TICKET NO.：${tk}   订座记录 PNR：${pnr}`, '');
  });
  const fl = pick(['MU', 'CA', 'CZ', 'HU', '3U']) + ri(100, 999);
  L.push('航段  航班    日期       起飞    到达    舱位  行李', `${pick(['PEK', 'PVG', 'CAN', 'CTU'])}-${pick(['CDG', 'FRA', 'FCO', 'MAD', 'NRT', 'LHR', 'SYD', 'JFK'])}  ${fl}  ${fd(addDays(t, 20))}  ${pad(ri(0, 23), 2)}:${pick(['05', '20', '45'])}  ${pad(ri(0, 23), 2)}:${pick(['10', '30', '55'])}  Y  2PC`);
  L.push(`票价 FARE：${d.X('amount', `CNY ${ri(3, 9)},${pad(ri(0, 999), 3)}.00`)}  民航发展基金：${d.X('amount', 'CNY 90.00')}  燃油附加费：${d.X('amount', `CNY ${ri(200, 1500)}.00`)}`);
  L.push(`验证码：${d.X('verify_code', String(ri(1000, 9999)))}   提示信息：本行程单仅用于签证申请，不作报销凭证`);
  L.push(`填开单位：${a.name}  代理人：${d.N(s)}   填开日期：${fd(t)}`, `订票联系人：${d.N(pax[0])}  ${d.M(pax[0])}  ${d.E(pax[0])}`, `航空公司客服：${d.X('hotline', pick(['95530', '95583', '95539', '95339']))}  国外联系：${d.X('foreign_phone', c.tel())}`);
  return finish(d, L.join('\n'));
}

function kHkmo() {
  const d = new Doc('hkmo-permit'); const a = ag(), t = recent();
  const p = mkPerson(1955, 2012), e = mkPerson(1955, 2000);
  const permit = chance(0.7) ? 'C' + ri(1, 9) + digits(7) : 'C' + pick(PP_LET) + digits(7);
  d.dcare('cn_passport', permit);
  const L = ['往来港澳通行证及签注申请表', `受理编号：${d.X('acceptance_no', safe(() => `${pick(['4401', '1101', '3101', '5101'])}${fd(t, 3)}${digits(6)}`))}`, ''];
  L.push(`姓名：${d.N(p)}    拼音：${py(p)}    性别：${sexCn(p)}    民族：${p.name.includes('·') ? '维吾尔族' : pick(['汉族', '汉族', '汉族', '回族', '满族', '壮族'])}`);
  L.push(`出生日期：${fd(p.birth, 2)}    公民身份号码：${d.ID(p)}`);
  L.push(`户籍所在地：${pick(['北京市朝阳区', '上海市浦东新区', '广东省广州市天河区', '四川省成都市武侯区'])}`, `联系电话：${d.M(p)}`);
  const cat = pick(['首次申请', '换发', '补发', '签注', '签注']);
  L.push(`申请类别：${cat}    ${cat === '首次申请' ? '原通行证号码：无（首次）；通行证号码待制证后回填' : '原通行证号码：' + permit}`);
  if (cat === '首次申请') d.dc.delete('cn_passport|' + permit);
  L.push(`签注种类：${pick(['团队旅游（L）', '个人旅游（G）', '探亲（T）', '商务（S）'])}  ${pick(['一年多次', '三个月一次', '三个月两次'])}`);
  L.push(`紧急联系人：${d.N(e)}   关系：${pick(['配偶', '父亲', '母亲', '子女', '朋友'])}   电话：${d.M(e)}`);
  if (chance(0.6)) L.push(`是否持有普通护照：是    护照号码：${d.P(p)}`);
  L.push('', `代办机构：${a.name}    代办人：${d.N(stf(a))}`, `领取方式：${pick(['自取', 'EMS邮寄'])}    收件人：${d.N(p)}  ${d.M(p)}`);
  L.push(`咨询电话：${d.X('hotline', '12367')}`, `本人签名：________  日期：${fd(t, 2)}`);
  L.push(`（审核：${d.X('role_word', '申请人')}须本人到场采集指纹及照片）`);
  return finish(d, L.join('\n'));
}

function kPassportApp() {
  const d = new Doc('passport-app'); const a = ag(), t = recent();
  const L = ['出入境证件申请受理回执', ''];
  const ppl = Array.from({ length: ri(1, 4) }, () => mkPerson(1950, 2015));
  ppl.forEach((p) => {
    const old = chance(0.5) ? mkPassport(chance(0.3)) : null;
    L.push(`受理编号：${d.X('acceptance_no', safe(() => `${pick(['R', 'S'])}${fd(t, 3)}${digits(8)}`))}`);
    L.push(`申请人姓名：${d.N(p)}  性别：${sexCn(p)}  出生日期：${fd(p.birth)}`, `公民身份号码：${d.ID(p)}`);
    L.push(`申请证件：普通护照    申请类别：${old ? '换发' : '首次申领'}${old ? `    原护照号码：${d.P(old)}` : ''}`);
    L.push(`受理日期：${fd(t)}   预计制证完成：${d.X('date', fd(addDays(t, 7)))}   证件费：${d.X('amount', '120元')}`);
    if (chance(0.5)) L.push(`制证完成，新护照号码：${d.P(p)}`);
    L.push(`联系电话：${d.M(p)}`, '');
  });
  L.push(`邮寄地址收件人：${d.N(ppl[0])}    代办：${a.short} ${d.N(stf(a))} ${d.L(a.tel)}`, `查询进度请拨打 ${d.X('hotline', '12367')} 或关注“移民局12367”公众号。`);
  return finish(d, L.join('\n'));
}

function kValidation() {
  const d = new Doc('validation'); const a = ag(), t = recent();
  const L = [`# import job visa_customers_${fd(t, 3)}.csv  tenant=${a.short}`];
  let ln = 1;
  L.push(...rows(d, ri(1100, 3300), (r) => {
    const p = mkPerson(1955, 2003); ln += ri(1, 9);
    const ts = `${fd(t)}T${pad(ri(8, 20), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}.${pad(ri(0, 999), 3)}Z`;
    const k = R();
    if (k < 0.45) return `${ts} INFO  row=${ln} name=${r.N(p)} id=${r.ID(p)} mobile=${r.M(p, 0)} ok`;
    if (k < 0.65) {
      const b = p.id.slice(0, 17); let bad; do { bad = b + pick('0123456789X'.split('')); } while (bad === p.id || usccValid(bad) || decoyHazard(bad));
      return `${ts} WARN  row=${ln} name=${r.N(p)} id=${r.X('invalid_id', bad)} reason=checksum_mismatch`;
    }
    if (k < 0.75) {
      const bd = `${p.birth.y}${pick(['0230', '0231', '1301', '0000', '0431', '1132'])}`; let bad;
      do { const bb = p.id.slice(0, 6) + bd + pad(ri(0, 999), 3); bad = bb + idCheckChar(bb); } while (usccValid(bad) || decoyHazard(bad));
      return `${ts} WARN  row=${ln} name=${r.N(p)} id=${r.X('invalid_id', bad)} reason=bad_birth_date`;
    }
    if (k < 0.82) {
      let bad; do { const bb = pick(['00', '99', '20', '96']) + digits(4) + fd(p.birth, 3) + pad(ri(0, 999), 3); bad = bb + idCheckChar(bb); } while (usccValid(bad) || decoyHazard(bad));
      return `${ts} WARN  row=${ln} name=${r.N(p)} id=${r.X('invalid_id', bad)} reason=unknown_region`;
    }
    if (k < 0.9) return `${ts} WARN  row=${ln} name=${r.N(p)} mobile=${r.X('invalid_mobile', safe(() => '1' + pick(['0', '1', '2']) + digits(pick([8, 9]))))} reason=bad_mobile_format`;
    return `${ts} ERROR row=${ln} email=${r.E(p)} passport=${r.P(p)} reason=duplicate_customer`;
  }, 4, 40));
  L.push(`# done rows=${ln} elapsed_ms=${ri(300, 9000)} operator=${d.N(stf(a))}`);
  return finish(d, L.join('\n'));
}

function kCaseMemo() {
  const d = new Doc('case-memo'); const a = ag(), t = recent(), s = stf(a), c = pick(COUNTRIES.filter((x) => ['US', 'UK', 'AU', 'DE', 'FR'].includes(x.key)));
  const p = mkPerson(1960, 2000), sp = mkPerson(1960, 2000);
  const L = [`【拒签复盘】${c.visa}`, `客户：${d.N(p)}    顾问：${d.N(s)}    日期：${fd(t)}`, ''];
  L.push(`${d.Nd(p)}于${fd(addDays(t, -30), 2)}在${c.cn}签证中心递签，申请号${d.X('application_ref', c.ref(t))}，${fd(addDays(t, -5), 2)}收到拒签信。`);
  L.push(`拒签理由：${pick(['签证官认为申请人与国内联系不紧密', '资金来源说明不充分', '行程安排与访问目的不一致', '未能证明按期回国的意愿'])}。${d.X('role_word', '签证官')}面谈时询问了配偶${d.Nd(sp)}的工作情况。`);
  L.push(`客户${d.T(p, p.male ? '先生' : '女士')}情绪较大，要求退还服务费${d.X('amount', amount())}。经与${d.T(stf(a), '总')}沟通同意退一半。`);
  L.push(`补充：客户提供的英国联系人电话${d.X('foreign_phone', pick(COUNTRIES.filter((x) => x.key === 'UK')).tel())}无人接听，地址邮编${d.X('foreign_postcode', c.post)}。`);
  L.push('', '下一步：', `1. 重新准备资金证明（存款证明不少于${d.X('amount', '20万元')}）`, `2. 由${d.Nd(stf(a))}协助准备行程单及邀请函`, `3. 预计${fd(addDays(t, 40), 2)}二次递签`, '');
  L.push(`客户联系方式：${d.M(p)}  ${d.E(p)}`, `护照号：${d.P(p)}（${d.X('passport_issue_place', pick(['北京', '上海', '广东']))}签发）`);
  return finish(d, L.join('\n'));
}

function kContract() {
  const d = new Doc('contract'); const a = ag(), t = recent(), c = ctry(), s = stf(a);
  const p = mkPerson(1958, 2002);
  const L = ['签证代办服务委托协议', `合同编号：${d.X('contract_no', `${a.domain.slice(0, 2).toUpperCase()}-HT-${t.y}-${pad(ri(1, 9999), 5)}`)}`, ''];
  L.push(`甲方（委托人）：${d.N(p)}`, `身份证号：${d.ID(p)}`, `联系电话：${d.M(p)}    电子邮箱：${d.E(p)}`, '');
  L.push(`乙方（受托人）：${a.name}`, `统一社会信用代码：${d.U(a.uscc)}`, `法定代表人：${d.N(a.legal)}`, `地址：${a.addr}`, `电话：${d.L(a.tel)} / ${d.L(a.tel2)}   服务热线：${d.X('hotline', a.hot)}`, '');
  L.push(`一、委托事项：乙方为甲方代办${c.visa}的材料审核、翻译、预约及递交服务。`);
  L.push(`二、服务费用：人民币${d.X('amount', `${pick([800, 1200, 1500, 2600])}元`)}，签证费${d.X('amount', amount())}由甲方另行支付。`);
  L.push(`三、付款方式：汇入乙方账户 开户名：${a.name}  账号：${d.X('corporate_account', corpAcct())}`);
  L.push('四、如因甲方提供虚假材料导致拒签，服务费不予退还；如因乙方原因导致无法递签，全额退还服务费。', '五、乙方对甲方提供的个人信息负有保密义务，仅用于本次签证申请。', '');
  L.push(`甲方签字：${d.N(p)}        乙方经办人：${d.N(s)}（${d.M(s)}）`, `签订日期：${fd(t, 2)}`);
  return finish(d, L.join('\n'));
}

function kFamily() {
  const d = new Doc('family-sheet'); const a = ag(), c = ctry();
  const head = mkPerson(1965, 1990, { male: chance(0.5) }), sp = mkPerson(1965, 1992, { male: !head.male });
  const kids = Array.from({ length: ri(1, 3) }, () => mkPerson(2006, 2020));
  const parents = Array.from({ length: ri(0, 2) }, () => mkPerson(1938, 1962));
  const L = [`${c.visa} 家庭成员信息表`, ''];
  const one = (role, p, adult) => {
    L.push(`【${role}】`, `  姓名：${d.N(p)}    姓名拼音：${py(p)}    性别：${sexCn(p)}`, `  出生日期：${fd(p.birth, 2)}    身份证号：${d.ID(p)}`);
    L.push(`  护照号：${d.P(p)}${adult ? '    手机：' + d.M(p) : ''}`);
    if (adult && chance(0.6)) L.push(`  邮箱：${d.E(p)}`);
    if (adult && chance(0.5)) { const co = mkCompany(d); L.push(`  工作单位：${co.name}（信用代码 ${d.U(co.uscc)}）`); }
  };
  one('主申请人', head, true); one('配偶', sp, true);
  kids.forEach((k, i) => one(`子女${i + 1}`, k, false));
  parents.forEach((k) => one('父母', k, true));
  L.push('', `备注：${d.Nd(kids[0])}为在读学生，需学校出具在读证明；全家共用一份存款证明（户名${d.N(head)}，卡号${d.C(head)}）。`);
  L.push(`负责顾问：${d.N(stf(a))}   递签中心电话：${d.X('foreign_phone', c.tel())}`);
  return finish(d, L.join('\n'));
}

const KINDS = [
  ['applist-csv', kApplistCsv, 12], ['applist-tsv', kApplistTsv, 11], ['xlsx-text', kXlsx, 11], ['group-roster', kGroupRoster, 12],
  ['checklist', kChecklist, 11], ['employment', kEmployment, 14], ['income', kIncome, 12], ['statement-ocr', kStatement, 12],
  ['deposit', kDeposit, 11], ['notarial', kNotarial, 13], ['translation', kTranslation, 10], ['appointment', kAppointment, 12],
  ['tracker', kTracker, 10], ['wechat', kWechat, 13], ['invoice', kInvoice, 12], ['receipts', kReceipts, 10], ['sms-log', kSms, 10],
  ['crm-json', kCrm, 11], ['fixed-width', kFixed, 9], ['pdftext', kPdftext, 10], ['insurance', kInsurance, 11], ['itinerary', kItinerary, 11],
  ['hkmo-permit', kHkmo, 11], ['passport-app', kPassportApp, 10], ['validation', kValidation, 10], ['case-memo', kCaseMemo, 10],
  ['contract', kContract, 12], ['family-sheet', kFamily, 11],
];

// ---------------------------------------------------------------- build + self-check
function appears(T, det, v) {
  if (det === 'email' || det === 'cn_passport') return T.toLowerCase().includes(v.toLowerCase());
  if (det === 'person_name_zh') return T.includes(v);
  if (T.includes(v) || T.includes(v.toLowerCase())) return true;
  const re = new RegExp(v.split('').map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\-()]{0,2}'), 'i');
  return re.test(T);
}
const out = process.argv[2];
if (!out) { process.stderr.write('usage: node visaagency.mjs OUT.jsonl\n'); process.exit(2); }
const docs = [];
for (const [kind, fn, n] of KINDS) for (let i = 1; i <= n; i++) { const d = fn(); d.id = `va-${kind}-${i}`; if (d.kind !== kind) throw new Error('kind ' + kind); docs.push(d); }
const perDet = {}; let nDec = 0, nDc = 0; const errs = [];
const lines = docs.map((d) => {
  if (d.text.length < 300 || d.text.length > 4000) errs.push(`${d.id}: length ${d.text.length}`);
  const ents = [...d.ents.values()];
  const entKeys = new Set(ents.map((e) => e.detector + '|' + e.value));
  const entVals = new Set(ents.map((e) => e.value.toLowerCase()));
  const dc = [...d.dc.values()].filter((x) => !entKeys.has(x.detector + '|' + x.value) && !(x.detector === 'person_name_zh' && entVals.has(x.value.toLowerCase())));
  const NT = d.text.normalize('NFKC');
  for (const e of ents) {
    if (!CHECKS[e.detector](e.value)) errs.push(`${d.id}: invalid ${e.detector} ${e.value}`);
    if (!appears(NT, e.detector, e.value)) errs.push(`${d.id}: not in text ${e.detector} ${e.value}`);
    perDet[e.detector] = (perDet[e.detector] || 0) + 1;
  }
  for (const x of d.decoys) {
    if (!d.text.includes(x.text)) errs.push(`${d.id}: decoy not in text ${x.text}`);
    if (entVals.has(x.text.toLowerCase())) errs.push(`${d.id}: decoy equals entity ${x.text}`);
    const hz = decoyHazard(x.text); if (hz) errs.push(`${d.id}: decoy hazard ${x.kind} ${x.text} ${hz}`);
  }
  nDec += d.decoys.length; nDc += dc.length;
  return JSON.stringify({ id: d.id, kind: d.kind, text: d.text, entities: ents, dontCare: dc, decoys: d.decoys });
});
if (new Set(docs.map((d) => d.id)).size !== docs.length) errs.push('duplicate ids');
const MIN = { cn_resident_id: 150, cn_mobile: 150, bank_card: 150, cn_uscc: 150, email: 150, person_name_zh: 1500 };
for (const [k, v] of Object.entries(MIN)) if ((perDet[k] || 0) < v) errs.push(`too few ${k}: ${perDet[k] || 0} < ${v}`);
fs.writeFileSync(out, lines.join('\n') + '\n');
process.stderr.write(`visaagency: ${docs.length} documents, ${KINDS.length} kinds\n`);
for (const k of Object.keys(perDet).sort()) process.stderr.write(`  ${k.padEnd(16)} ${perDet[k]}\n`);
process.stderr.write(`  decoys           ${nDec}\n  dontCare         ${nDc}\n`);
if (errs.length) { process.stderr.write(`SELF-CHECK FAILED (${errs.length}):\n  ` + errs.slice(0, 40).join('\n  ') + '\n'); process.exit(1); }
process.stderr.write('self-check ok\n');
