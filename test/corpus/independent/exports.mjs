#!/usr/bin/env node
// exports.mjs — independent labelled test corpus for listguard (Chinese DLP):
// "customer data as developers and systems export it".
//
// Generates synthetic documents in ~30 export formats (mysqldump, PostgreSQL COPY,
// SQLite .dump, CSV, Excel-exported CSV, JSON / JSON Lines, YAML fixtures, XML,
// HTML and Markdown tables, log4j/logback, nginx access logs, Redis MONITOR,
// Elasticsearch _bulk, MyBatis logs, binlogs, Kafka console output, Java/Python
// fixtures, .env/Spring config, Postman, HAR, git diffs, OpenAPI, mongoexport,
// Hive TSV, shell history, hand-written seed SQL) with labelled entities,
// don't-care values and decoys (values that must NOT be reported).
//
// Usage:   node exports.mjs OUT.jsonl
// Output:  one JSON object per line:
//   {"id":"ex-<kind>-<n>","kind":"<kind>","text":"...",
//    "entities":[{"detector":"cn_mobile","value":"13812345678"}, ...],   // unique per doc
//    "dontCare":[{"detector":"cn_mobile","value":"138****5678","text":"138****5678"}, ...],
//    "decoys":[{"kind":"snowflake_id","text":"1768..."}, ...]}
// Entity values are normalized per DESIGN.md "Stable identifiers"; the written form in
// the text may differ (spaced, +86, URL-encoded, \u-escaped, full-width, mixed case).
// Labelling conventions (judgment calls a scorer should know):
//  - cn_landline value = national digits with trunk 0 and area code ("02165529988"); no +86 landlines.
//  - URL-encoded (%E5%BC%A0…, %2B86…, %40) and JSON \uXXXX-escaped values are labelled with the decoded value.
//  - Redis MONITOR \xNN-escaped names, binlog positional (@2) names, minority names with "·",
//    masked values, title forms (王女士), doc test values and legacy 15-digit IDs are dontCare.
//  - an e-mail like 13812345678@139.com is labelled as email AND cn_mobile (the inner number).
//  - a valid resident ID that happens to pass Luhn is labelled cn_resident_id only.
//  - Excel-destroyed values (1.10105E+17, …0000 precision loss) are decoys, never entities.
//  - ID-shaped decoys (bad check char, region 00, future birth date) appear in ID context.
// Deterministic (own seeded PRNG sfc32), no dependencies (node:fs, node:crypto only),
// all data synthetic. A self-check runs at the end and exits 1 on any failure.
//
// Provenance: written in session 21 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only
// (and nothing else under /work/main).

import fs from 'node:fs';
import crypto from 'node:crypto';

const OUT = process.argv[2];
if (!OUT) { console.error('usage: node exports.mjs OUT.jsonl'); process.exit(2); }

// ------------------------------------------------------------------ PRNG
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
const rand = sfc32(0x9e3779b9, 0x243f6a88, 0xb7e15162, 21);
for (let i = 0; i < 32; i++) rand();
const ri = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (a) => a[Math.floor(rand() * a.length)];
const chance = (p) => rand() < p;
const pickW = (o) => { const ks = Object.keys(o); let t = 0; for (const k of ks) t += o[k]; let r = rand() * t; for (const k of ks) { r -= o[k]; if (r < 0) return k; } return ks[ks.length - 1]; };
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const HEX = '0123456789abcdef';
const hex = (n) => { let s = ''; for (let i = 0; i < n; i++) s += HEX[ri(0, 15)]; return s; };
const pad2 = (n) => String(n).padStart(2, '0');
const pad3 = (n) => String(n).padStart(3, '0');
const randBytes = (n) => { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = ri(0, 255); return b; };
const b64url = (buf) => buf.toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
const shuffle = (a) => { for (let i = a.length - 1; i > 0; i--) { const j = ri(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; };

// ------------------------------------------------------------------ validators
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += +b17[i] * ID_W[i]; return '10X98765432'[s % 11]; }
const PROVINCES = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82', '83']);
const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const dim = (y, m) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
const TODAY = (() => { const t = new Date(); return t.getFullYear() * 10000 + (t.getMonth() + 1) * 100 + t.getDate(); })();
function realDate(y, m, d) { return m >= 1 && m <= 12 && d >= 1 && d <= dim(y, m); }
function isValidIdLoose(s) { // province-level region, 1900..today, checksum
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  if (!PROVINCES.has(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || !realDate(y, m, d) || y * 10000 + m * 100 + d > TODAY) return false;
  return idCheck(s.slice(0, 17)) === s[17];
}
function isValidId15(s) {
  if (!/^\d{15}$/.test(s)) return false;
  if (!PROVINCES.has(s.slice(0, 2))) return false;
  const y = 1900 + +s.slice(6, 8), m = +s.slice(8, 10), d = +s.slice(10, 12);
  return realDate(y, m, d);
}
function luhnOk(s) { let sum = 0, dbl = false; for (let i = s.length - 1; i >= 0; i--) { let x = +s[i]; if (dbl) { x *= 2; if (x > 9) x -= 9; } sum += x; dbl = !dbl; } return sum % 10 === 0; }
function luhnDigit(body) { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c); throw new Error('luhn'); }
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(b17[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; }
const OW = [3, 7, 9, 10, 5, 8, 4, 2];
function orgCheck(b8) { let s = 0; for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * OW[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
function isValidUsccLoose(s) { return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s) && usccCheck(s.slice(0, 17)) === s[17] && orgCheck(s.slice(8, 16)) === s[16]; }
const MOBILE_P3 = new Set([]);
for (let i = 130; i <= 139; i++) MOBILE_P3.add(String(i));
for (const i of [145, 147, 150, 151, 152, 153, 155, 156, 157, 158, 159, 162, 165, 166, 167, 170, 171, 172, 173, 175, 176, 177, 178, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 195, 196, 197, 198, 199]) MOBILE_P3.add(String(i));
function isAllocMobile(s) { if (!/^1[3-9]\d{9}$/.test(s)) return false; return MOBILE_P3.has(s.slice(0, 3)) || s.startsWith('1610') || /^1740[0-5]/.test(s); }
function mobileDigits(dg) {
  if (dg.length === 13 && dg.startsWith('86')) return dg.slice(2);
  if (dg.length === 15 && dg.startsWith('0086')) return dg.slice(4);
  if (dg.length === 12 && dg.startsWith('0')) return dg.slice(1);
  return dg;
}
const AREA = { '010': 8, '020': 8, '021': 8, '022': 8, '023': 8, '024': 8, '025': 8, '027': 8, '028': 8, '029': 8, '0755': 8, '0571': 8, '0512': 8, '0757': 8, '0769': 8, '0931': 7 };
function isLandlineDigits(dg) { for (const a of Object.keys(AREA)) if (dg.startsWith(a) && dg.length === a.length + AREA[a]) return true; return false; }
const PASSPORT_RE = /^(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}|[DSP]E\d{7})$/;
const FILE_TLDS = new Set(['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'js', 'css', 'ts', 'json', 'md', 'ico']);
function isEmail(s) {
  const m = /^[a-z0-9._%+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)*)\.([a-z]{2,})$/.exec(s);
  if (!m) return false;
  if (FILE_TLDS.has(m[2]) || s.includes('..')) return false;
  return true;
}

// what a string would be, if taken on its own (used for decoys)
function validAs(text) {
  const out = [];
  const s = text.normalize('NFKC').trim();
  if (/^[\d\s+()\-]+$/.test(s)) {
    const dg = s.replace(/\D/g, '');
    if (isAllocMobile(mobileDigits(dg))) out.push('cn_mobile');
    if (dg.length >= 16 && dg.length <= 19 && luhnOk(dg) && !s.includes('+') && !s.includes('(')) out.push('bank_card');
    if (dg.startsWith('0') && isLandlineDigits(dg)) out.push('cn_landline');
    if (isValidId15(dg)) out.push('cn_resident_id');
  }
  const u = s.replace(/[\s-]/g, '').toUpperCase();
  if (isValidIdLoose(u)) out.push('cn_resident_id');
  if (isValidUsccLoose(u)) out.push('cn_uscc');
  if (isEmail(s.toLowerCase())) out.push('email');
  if (PASSPORT_RE.test(u)) out.push('cn_passport');
  return out;
}
const safe = (s) => validAs(s).length === 0;

// ------------------------------------------------------------------ normalizers (written form -> value)
function decodeAll(w) {
  let s = w;
  if (/\\u[0-9a-fA-F]{4}/.test(s)) s = s.replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
  if (/%[0-9A-Fa-f]{2}/.test(s)) s = decodeURIComponent(s);
  return s.normalize('NFKC');
}
const NORM = {
  cn_mobile: (w) => mobileDigits(decodeAll(w).replace(/\D/g, '')),
  cn_resident_id: (w) => decodeAll(w).replace(/[\s-]/g, '').toUpperCase(),
  bank_card: (w) => decodeAll(w).replace(/[\s-]/g, ''),
  email: (w) => decodeAll(w).toLowerCase(),
  cn_uscc: (w) => decodeAll(w).replace(/[\s-]/g, '').toUpperCase(),
  cn_landline: (w) => decodeAll(w).replace(/\D/g, ''),
  cn_passport: (w) => decodeAll(w).toUpperCase(),
  person_name_zh: (w) => decodeAll(w),
};

// ------------------------------------------------------------------ reference data (synthetic use)
// [code, province, city, district, area code]  (real GB/T 2260 county codes)
const REGIONS = [
  ['110101', '北京市', '北京市', '东城区', '010'], ['110102', '北京市', '北京市', '西城区', '010'], ['110105', '北京市', '北京市', '朝阳区', '010'],
  ['110106', '北京市', '北京市', '丰台区', '010'], ['110108', '北京市', '北京市', '海淀区', '010'], ['120101', '天津市', '天津市', '和平区', '022'],
  ['120104', '天津市', '天津市', '南开区', '022'], ['130102', '河北省', '石家庄市', '长安区', null], ['140105', '山西省', '太原市', '小店区', null],
  ['150102', '内蒙古自治区', '呼和浩特市', '新城区', null], ['210102', '辽宁省', '沈阳市', '和平区', '024'], ['220102', '吉林省', '长春市', '南关区', null],
  ['230102', '黑龙江省', '哈尔滨市', '道里区', null], ['310101', '上海市', '上海市', '黄浦区', '021'], ['310104', '上海市', '上海市', '徐汇区', '021'],
  ['310105', '上海市', '上海市', '长宁区', '021'], ['310115', '上海市', '上海市', '浦东新区', '021'], ['320102', '江苏省', '南京市', '玄武区', '025'],
  ['320106', '江苏省', '南京市', '鼓楼区', '025'], ['320505', '江苏省', '苏州市', '虎丘区', '0512'], ['330102', '浙江省', '杭州市', '上城区', '0571'],
  ['330106', '浙江省', '杭州市', '西湖区', '0571'], ['340104', '安徽省', '合肥市', '蜀山区', null], ['350102', '福建省', '福州市', '鼓楼区', null],
  ['350203', '福建省', '厦门市', '思明区', null], ['360102', '江西省', '南昌市', '东湖区', null], ['370102', '山东省', '济南市', '历下区', null],
  ['370202', '山东省', '青岛市', '市南区', null], ['410105', '河南省', '郑州市', '金水区', null], ['420106', '湖北省', '武汉市', '武昌区', '027'],
  ['430104', '湖南省', '长沙市', '岳麓区', null], ['440103', '广东省', '广州市', '荔湾区', '020'], ['440104', '广东省', '广州市', '越秀区', '020'],
  ['440106', '广东省', '广州市', '天河区', '020'], ['440303', '广东省', '深圳市', '罗湖区', '0755'], ['440304', '广东省', '深圳市', '福田区', '0755'],
  ['440305', '广东省', '深圳市', '南山区', '0755'], ['440604', '广东省', '佛山市', '禅城区', '0757'], ['450103', '广西壮族自治区', '南宁市', '青秀区', null],
  ['460106', '海南省', '海口市', '龙华区', null], ['500103', '重庆市', '重庆市', '渝中区', '023'], ['510104', '四川省', '成都市', '锦江区', '028'],
  ['510107', '四川省', '成都市', '武侯区', '028'], ['520102', '贵州省', '贵阳市', '南明区', null], ['530102', '云南省', '昆明市', '五华区', null],
  ['610103', '陕西省', '西安市', '碑林区', '029'], ['610113', '陕西省', '西安市', '雁塔区', '029'], ['620102', '甘肃省', '兰州市', '城关区', '0931'],
  ['630102', '青海省', '西宁市', '城东区', null], ['640104', '宁夏回族自治区', '银川市', '兴庆区', null], ['650102', '新疆维吾尔自治区', '乌鲁木齐市', '天山区', null],
];
const REGION_CODES = new Set(REGIONS.map((r) => r[0]));
const USCC_REGION_CODES = new Set([...REGION_CODES, ...REGIONS.map((r) => r[0].slice(0, 4) + '00')]);
const SURNAMES = [['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黄', 'huang'], ['赵', 'zhao'], ['吴', 'wu'], ['周', 'zhou'],
  ['徐', 'xu'], ['孙', 'sun'], ['马', 'ma'], ['朱', 'zhu'], ['胡', 'hu'], ['郭', 'guo'], ['何', 'he'], ['高', 'gao'], ['林', 'lin'], ['罗', 'luo'], ['郑', 'zheng'], ['梁', 'liang'],
  ['谢', 'xie'], ['宋', 'song'], ['唐', 'tang'], ['许', 'xu'], ['韩', 'han'], ['冯', 'feng'], ['邓', 'deng'], ['曹', 'cao'], ['彭', 'peng'], ['曾', 'zeng'], ['肖', 'xiao'],
  ['田', 'tian'], ['董', 'dong'], ['袁', 'yuan'], ['潘', 'pan'], ['于', 'yu'], ['蒋', 'jiang'], ['蔡', 'cai'], ['余', 'yu'], ['杜', 'du'], ['叶', 'ye'], ['程', 'cheng'],
  ['苏', 'su'], ['魏', 'wei'], ['吕', 'lv'], ['丁', 'ding'], ['任', 'ren'], ['沈', 'shen'], ['姚', 'yao'], ['卢', 'lu'], ['姜', 'jiang'], ['崔', 'cui'], ['钟', 'zhong'],
  ['谭', 'tan'], ['陆', 'lu'], ['汪', 'wang'], ['范', 'fan'], ['金', 'jin'], ['石', 'shi'], ['廖', 'liao'], ['贾', 'jia'], ['夏', 'xia'], ['韦', 'wei'], ['付', 'fu'],
  ['方', 'fang'], ['白', 'bai'], ['邹', 'zou'], ['孟', 'meng'], ['熊', 'xiong'], ['秦', 'qin'], ['邱', 'qiu'], ['江', 'jiang'], ['尹', 'yin'], ['薛', 'xue'], ['闫', 'yan'],
  ['段', 'duan'], ['雷', 'lei'], ['侯', 'hou'], ['龙', 'long'], ['史', 'shi'], ['陶', 'tao'], ['黎', 'li'], ['贺', 'he'], ['顾', 'gu'], ['毛', 'mao'], ['郝', 'hao'],
  ['龚', 'gong'], ['邵', 'shao'], ['万', 'wan'], ['钱', 'qian'], ['严', 'yan'], ['覃', 'qin'], ['武', 'wu'], ['戴', 'dai'], ['莫', 'mo'], ['孔', 'kong'], ['向', 'xiang'], ['汤', 'tang'], ['常', 'chang']];
const COMPOUND = [['欧阳', 'ouyang'], ['上官', 'shangguan'], ['司马', 'sima'], ['诸葛', 'zhuge'], ['司徒', 'situ'], ['令狐', 'linghu'], ['皇甫', 'huangfu'], ['慕容', 'murong'], ['东方', 'dongfang'], ['尉迟', 'yuchi']];
const SURNAME_SET = new Set([...SURNAMES.map((s) => s[0]), ...COMPOUND.map((s) => s[0])]);
const GIVEN = [['伟', 'wei'], ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['强', 'qiang'], ['磊', 'lei'], ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'],
  ['艳', 'yan'], ['杰', 'jie'], ['娟', 'juan'], ['涛', 'tao'], ['明', 'ming'], ['超', 'chao'], ['秀', 'xiu'], ['霞', 'xia'], ['平', 'ping'], ['刚', 'gang'], ['桂', 'gui'],
  ['英', 'ying'], ['华', 'hua'], ['建', 'jian'], ['国', 'guo'], ['文', 'wen'], ['辉', 'hui'], ['玲', 'ling'], ['红', 'hong'], ['鑫', 'xin'], ['宇', 'yu'], ['浩', 'hao'],
  ['轩', 'xuan'], ['梓', 'zi'], ['涵', 'han'], ['欣', 'xin'], ['怡', 'yi'], ['睿', 'rui'], ['博', 'bo'], ['晨', 'chen'], ['雨', 'yu'], ['思', 'si'], ['佳', 'jia'],
  ['嘉', 'jia'], ['俊', 'jun'], ['琳', 'lin'], ['婷', 'ting'], ['雪', 'xue'], ['慧', 'hui'], ['晓', 'xiao'], ['志', 'zhi'], ['海', 'hai'], ['天', 'tian'], ['斌', 'bin'],
  ['鹏', 'peng'], ['飞', 'fei'], ['凯', 'kai'], ['倩', 'qian'], ['莉', 'li'], ['颖', 'ying'], ['岚', 'lan'], ['泽', 'ze'], ['昊', 'hao'], ['然', 'ran'], ['诗', 'shi'],
  ['梦', 'meng'], ['瑶', 'yao'], ['宁', 'ning'], ['波', 'bo'], ['亮', 'liang'], ['彬', 'bin'], ['琪', 'qi'], ['萍', 'ping'], ['燕', 'yan'], ['丹', 'dan'], ['蕾', 'lei'],
  ['楠', 'nan'], ['东', 'dong'], ['晶', 'jing'], ['阳', 'yang'], ['帆', 'fan'], ['薇', 'wei'], ['琦', 'qi'], ['子', 'zi'], ['一', 'yi'], ['峰', 'feng'], ['蓉', 'rong']];
const MINORITY = ['买买提·艾力', '阿依古丽·买买提', '古丽娜尔·吐尔逊', '扎西·次仁', '艾力·阿不都', '迪丽娜·热合曼'];
const MOBILE_WEIGHTS = (() => { const w = {}; for (const p of MOBILE_P3) w[p] = p.startsWith('13') ? 3 : p.startsWith('15') || p.startsWith('18') ? 2.5 : 1; return w; })();
const BINS = [['622202', 19], ['622848', 19], ['621700', 19], ['622700', 19], ['622588', 16], ['621483', 16], ['622262', 19], ['621661', 19], ['622609', 16],
  ['623668', 19], ['621226', 19], ['622908', 19], ['625966', 16], ['628288', 16], ['620058', 19], ['621799', 19], ['622150', 19], ['623058', 19], ['622623', 17], ['621288', 18]];
const BINS_V = ['427020', '438088', '436742', '404119', '421349'];
const BINS_M = ['524094', '552599', '518710', '512315'];
const BANKS = ['中国工商银行', '中国农业银行', '中国建设银行', '招商银行', '交通银行', '中国银行', '民生银行', '兴业银行', '浦发银行', '邮储银行'];
const MAIL_DOMAINS = { 'qq.com': 6, '163.com': 5, '126.com': 2, 'sina.com': 1, 'sohu.com': 1, 'foxmail.com': 1, 'aliyun.com': 1, 'outlook.com': 1, 'gmail.com': 1, 'yeah.net': 1, 'hotmail.com': 1 };
const CO_W1 = ['星海', '华信', '恒通', '瑞达', '博远', '金桥', '云帆', '汇智', '鼎盛', '新程', '嘉禾', '远景', '安泰', '启明', '天越', '蓝湾', '中研', '锦程'];
const CO_SUF = ['科技有限公司', '信息技术有限公司', '贸易有限公司', '网络科技有限公司', '实业有限公司', '商贸有限公司', '供应链管理有限公司', '物流有限公司'];
const ROADS = ['建国路', '中山路', '人民路', '解放大道', '科技园路', '长江路', '学院路', '滨河路', '世纪大道', '东风路', '工业园路'];
const COMMUNITIES = ['阳光花园', '锦绣家园', '翠湖苑', '金色港湾', '幸福里小区', '银河公寓', '万象城', '御景湾'];
const TEST_MOBILES = ['13800138000', '13912345678', '18888888888', '13000000000'];
const TEST_CARDS = ['4111111111111111', '4242424242424242', '5555555555554444', '6200000000000005'];
const TEST_IDS = ['11010519491231002X', '440524188001010014'];

// ------------------------------------------------------------------ entity value generators
const used = new Set([...TEST_MOBILES, ...TEST_CARDS, ...TEST_IDS]);
function uniq(fn) { for (;;) { const v = fn(); if (!used.has(v)) { used.add(v); return v; } } }
const newMobile = () => uniq(() => pickW(MOBILE_WEIGHTS) + digits(8));
function newCard() {
  return uniq(() => {
    const r = rand();
    let bin, len;
    if (r < 0.8) [bin, len] = pick(BINS); else if (r < 0.9) { bin = pick(BINS_V); len = 16; } else { bin = pick(BINS_M); len = 16; }
    const body = bin + digits(len - 1 - bin.length);
    const c = body + luhnDigit(body);
    return isValidIdLoose(c) ? TEST_CARDS[0] : c; // TEST_CARDS[0] is in `used`: uniq() retries. Never a card that also reads as an ID
  });
}
function newId(reg, gender) {
  return uniq(() => {
    const y = ri(1950, 2004), m = ri(1, 12), d = ri(1, dim(y, m));
    let seq = ri(1, 999); if (seq % 2 !== gender) seq = seq === 999 ? 998 : seq + 1;
    const body = reg[0] + y + pad2(m) + pad2(d) + pad3(seq);
    return body + idCheck(body);
  });
}
function newLandline(reg) {
  const a = reg && reg[4] && chance(0.85) ? reg[4] : pick(Object.keys(AREA));
  return uniq(() => a + (AREA[a] === 7 ? pick(['8', '4']) + digits(6) : pick(['2', '3', '5', '6', '8']) + digits(7)));
}
function newPassport() {
  return uniq(() => { const r = rand(); if (r < 0.45) return 'E' + digits(8); if (r < 0.9) return 'E' + pick('ABCDEFGHJKLMNPQRSTUVWXYZ'.split('')) + digits(7); return 'G' + digits(8); });
}
function newCompany(reg) {
  let code; for (;;) { const c = newUsccRaw(reg); if (!used.has(c.code)) { used.add(c.code); code = c; break; } }
  const city = reg[2].replace(/市$/, '');
  let name;
  if (code.kind === '92') name = `${reg[3]}${pick(SURNAMES)[0]}记${pick(['小吃店', '便利店', '五金店', '水果店'])}`;
  else if (code.kind === '12' || code.kind === '11') name = `${city}市${pick(['第三人民医院', '公共资源交易中心', '职业技术学校', '疾病预防控制中心'])}`;
  else if (code.kind === '52' || code.kind === '51') name = `${city}市${pick(CO_W1)}${pick(['培训学校', '养老服务中心', '行业协会'])}`;
  else name = `${reg[2] === reg[1] ? reg[1] : reg[2]}${pick(CO_W1)}${pick(CO_SUF)}`;
  return { name, uscc: code.code };
}
function newUsccRaw(reg) {
  const ab = pickW({ '91': 80, '92': 6, '93': 2, '12': 5, '52': 5, '11': 1, '51': 1 });
  const region = chance(0.7) ? reg[0] : reg[0].slice(0, 4) + '00';
  let org;
  if (chance(0.55)) { org = 'MA'; for (let i = 0; i < 6; i++) org += UA[ri(0, 30)]; } else org = String(ri(1, 9)) + digits(7);
  const b17 = ab + region + org + orgCheck(org);
  return { code: b17 + usccCheck(b17), kind: ab };
}
function newEmail(p) {
  return uniq(() => {
    const st = pickW({ full: 4, dot: 2, under: 2, qq: 2, mob: 0.6 });
    if (st === 'mob') { p.emailMobile = true; return p.mobile + '@' + pick(['139.com', '189.cn']); }
    p.emailMobile = false;
    if (st === 'qq') return ri(100000, 3999999999) + '@qq.com';
    const dom = pickW(MAIL_DOMAINS);
    if (st === 'full') return p.surPy + p.givenPy + (chance(0.6) ? ri(1, 9999) : '') + '@' + dom;
    if (st === 'dot') return p.givenPy + '.' + p.surPy + (chance(0.4) ? ri(1, 99) : '') + '@' + dom;
    return p.surPy + '_' + p.givenPy + pad2(ri(60, 99) % 100) + '@' + dom;
  });
}
function newPerson() {
  const p = {};
  if (chance(0.025)) { p.minority = true; p.name = pick(MINORITY); p.surPy = pick(['maimaiti', 'aili', 'guli', 'zhaxi', 'dilina']); p.givenPy = pick(['a', 'b', 'k', 'z']) + ri(1, 99); }
  else {
    const [s, sp] = chance(0.04) ? pick(COMPOUND) : SURNAMES[Math.floor(SURNAMES.length * rand() ** 1.8)];
    const g1 = pick(GIVEN), g2 = chance(0.72) ? pick(GIVEN) : null;
    p.name = s + g1[0] + (g2 ? g2[0] : ''); p.surPy = sp; p.givenPy = g1[1] + (g2 ? g2[1] : '');
    p.sur = s;
  }
  p.gender = ri(0, 1);
  p.reg = pick(REGIONS);
  p.id = newId(p.reg, p.gender);
  p.birth = `${p.id.slice(6, 10)}-${p.id.slice(10, 12)}-${p.id.slice(12, 14)}`;
  p.mobile = newMobile();
  p.card = newCard();
  p.bank = pick(BANKS);
  p.email = newEmail(p);
  if (chance(0.45)) p.landline = newLandline(p.reg);
  if (chance(0.35)) p.company = newCompany(p.reg);
  if (chance(0.3)) p.passport = newPassport();
  const r = p.reg;
  p.address = `${r[1]}${r[2] === r[1] ? '' : r[2]}${r[3]}${pick(ROADS)}${ri(1, 999)}号${pick(COMMUNITIES)}${ri(1, 30)}栋${ri(1, 6)}单元${ri(1, 33)}${pad2(ri(1, 8))}室`;
  p.zip = r[0].slice(0, 2) + digits(4);
  return p;
}
const people = (n) => Array.from({ length: n }, newPerson);

// ------------------------------------------------------------------ written forms
const FWc = (s) => s.replace(/[0-9A-Za-z@]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
function fmtMobile(m, st) {
  switch (st) {
    case 'bare': return m;
    case 'space': return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'dash': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case 'plus86': return '+86' + m;
    case 'plus86sp': return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'plus86dash': return '+86-' + m;
    case '0086': return '0086 ' + m;
    case '86': return '86' + m;
    case 'paren86': return '(+86)' + m;
    case 'fw': return FWc(m);
    case 'trunk0': return '0' + m;
    case 'url86': return '%2B86' + m;
    case 'urlsp': return `${m.slice(0, 3)}%20${m.slice(3, 7)}%20${m.slice(7)}`;
  }
  throw new Error('mobile style ' + st);
}
function fmtId(id, st) {
  switch (st) {
    case 'bare': return id;
    case 'lowerx': return id.toLowerCase();
    case 'space': return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    case 'dash': return `${id.slice(0, 6)}-${id.slice(6, 10)}-${id.slice(10, 14)}-${id.slice(14)}`;
    case 'fw': return FWc(id);
  }
  throw new Error('id style ' + st);
}
function fmtCard(c, st) {
  if (st === 'bare') return c;
  const g = c.match(/.{1,4}/g);
  if (st === 'space') return g.join(' ');
  if (st === 'dash') return g.join('-');
  throw new Error('card style ' + st);
}
function fmtEmail(e, st) {
  const [l, dm] = e.split('@');
  switch (st) {
    case 'plain': return e;
    case 'mixed': return l[0].toUpperCase() + l.slice(1) + '@' + (chance(0.5) ? dm.toUpperCase() : dm[0].toUpperCase() + dm.slice(1));
    case 'url': return l + '%40' + dm;
    case 'fw': return l + '＠' + dm;
  }
  throw new Error('email style ' + st);
}
function splitTel(t) { for (const a of Object.keys(AREA)) if (t.startsWith(a) && t.length === a.length + AREA[a]) return [a, t.slice(a.length)]; throw new Error('tel ' + t); }
function fmtTel(t, st) {
  const [a, s] = splitTel(t);
  switch (st) {
    case 'dash': return `${a}-${s}`;
    case 'paren': return `(${a})${s}`;
    case 'space': return `${a} ${s.slice(0, s.length - 4)} ${s.slice(-4)}`;
    case 'bare': return a + s;
    case 'fwparen': return `（${a}）${s}`;
  }
  throw new Error('tel style ' + st);
}
const redisEsc = (s) => [...Buffer.from(s, 'utf8')].map((b) => (b < 0x80 ? String.fromCharCode(b) : '\\x' + b.toString(16).padStart(2, '0'))).join('');
const uEsc = (s) => s.replace(/[^\x00-\x7f]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));

// ------------------------------------------------------------------ Doc
class Doc {
  constructor(kind, n) { this.kind = kind; this.id = `ex-${kind}-${n}`; this.ents = []; this.dcs = []; this.decs = []; this.text = ''; }
  E(detector, value, written = value) { this.ents.push({ detector, value, written }); return written; }
  D(detector, value, text = value) { this.dcs.push({ detector, value, text }); return text; }
  X(kind, text) { text = String(text); this.decs.push({ kind, text }); return text; }
  // a decoy that might, by bad luck, be a valid value: then it becomes dontCare
  Xs(kind, text) { const v = validAs(text); if (v.length) return this.D(v[0], NORM[v[0]] ? NORM[v[0]](text) : text, text); return this.X(kind, text); }
  transform(fn) { this.text = fn(this.text); for (const e of this.ents) e.written = fn(e.written); for (const c of this.dcs) c.text = fn(c.text); for (const x of this.decs) x.text = fn(x.text); }
}
// person-field writers (register + return written form)
const W = {
  name(d, p, st = 'plain') { const w = st === 'url' ? encodeURIComponent(p.name) : p.name; return p.minority ? d.D('person_name_zh', p.name, w) : d.E('person_name_zh', p.name, w); },
  mobile(d, p, st = 'bare', m = p.mobile) { return d.E('cn_mobile', m, fmtMobile(m, st)); },
  id(d, p, st = 'bare') { if (st === 'lowerx' && !p.id.endsWith('X')) st = 'bare'; return d.E('cn_resident_id', p.id, fmtId(p.id, st)); },
  card(d, p, st = 'bare') { return d.E('bank_card', p.card, fmtCard(p.card, st)); },
  email(d, p, st = 'plain') { const w = fmtEmail(p.email, st); d.E('email', p.email, w); if (p.emailMobile) d.E('cn_mobile', p.mobile, p.mobile); return w; },
  tel(d, p, st = 'dash') { return p.landline ? d.E('cn_landline', p.landline, fmtTel(p.landline, st)) : null; },
  uscc(d, p, st = 'plain') { return p.company ? d.E('cn_uscc', p.company.uscc, st === 'lower' ? p.company.uscc.toLowerCase() : p.company.uscc) : null; },
  passport(d, p, st = 'plain') { return p.passport ? d.E('cn_passport', p.passport, st === 'lower' ? p.passport.toLowerCase() : p.passport) : null; },
};
// dontCare helpers
const maskMobile = (m) => m.slice(0, 3) + '****' + m.slice(7);
const maskId = (id) => id.slice(0, 6) + '********' + id.slice(14);
const maskCard = (c) => (chance(0.5) ? c.slice(0, 4) + ' **** **** ' + c.slice(-4) : c.slice(0, 6) + '*'.repeat(c.length - 10) + c.slice(-4));
const maskName = (p) => (p.minority ? p.name.split('·')[0].slice(0, 1) + '**' : (p.sur || p.name[0]) + (chance(0.5) ? '*' : '某某'));
const DC = {
  mobile: (d, p) => d.D('cn_mobile', maskMobile(p.mobile)),
  id: (d, p) => d.D('cn_resident_id', maskId(p.id)),
  card: (d, p) => d.D('bank_card', maskCard(p.card)),
  name: (d, p) => d.D('person_name_zh', maskName(p)),
  title: (d, p) => d.D('person_name_zh', (p.sur || p.name[0]) + pick(['先生', '女士', '小姐', '经理', '老师'])),
  testMobile: (d) => d.D('cn_mobile', pick(TEST_MOBILES)),
  testCard: (d, spaced) => { const c = pick(TEST_CARDS); return d.D('bank_card', c, spaced ? c.match(/.{4}/g).join(' ') : c); },
  testId: (d) => { const v = pick(TEST_IDS); return d.D('cn_resident_id', v); },
};

// ------------------------------------------------------------------ decoy value generators
const EPOCH_TW = 1288834974657n;
const G = {
  snowflake() { for (;;) { const ms = BigInt(ri(1690000000000, 1735000000000)); const v = ((ms - EPOCH_TW) << 22n) | (BigInt(ri(0, 1023)) << 12n) | BigInt(ri(0, 4095)); const s = v.toString(); if (s.length === 19 && safe(s)) return s; } },
  uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick('89ab'.split(''))}${hex(3)}-${hex(12)}`,
  dateParts() { const y = ri(2022, 2024), m = ri(1, 12), d = ri(1, dim(y, m)); return [y, m, d]; },
  orderNo(len) { for (;;) { const [y, m, d] = G.dateParts(); const s0 = `${y}${pad2(m)}${pad2(d)}${pad2(ri(0, 23))}${pad2(ri(0, 59))}${pad2(ri(0, 59))}`; const s = s0 + digits((len || ri(18, 20)) - s0.length); if (safe(s)) return s; } },
  ms: () => String(ri(1690000000000, 1735000000000)),
  unix: () => String(ri(1690000000, 1735000000)),
  traceId: () => hex(32),
  spanId: () => hex(16),
  imei() { for (;;) { const b = '86' + digits(12); const s = b + luhnDigit(b); if (safe(s)) return s; } },
  iccid() { const b = '898600' + digits(13); return b + luhnDigit(b); },
  imsi() { for (;;) { const s = pick(['46000', '46001', '46002', '46011']) + digits(10); if (safe(s)) return s; } },
  md5: (s) => crypto.createHash('md5').update(s).digest('hex'),
  sha1: (s) => crypto.createHash('sha1').update(s).digest('hex'),
  sha256: (s) => crypto.createHash('sha256').update(s).digest('hex'),
  aes: (s) => { const c = crypto.createCipheriv('aes-128-ecb', Buffer.from('listguard-corpus'), null); return Buffer.concat([c.update(s, 'utf8'), c.final()]).toString('base64'); },
  bcrypt() { const A = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'; let s = ''; for (let i = 0; i < 53; i++) s += A[ri(0, 63)]; return `$2a$${pick(['10', '10', '12'])}$` + s; },
  jwt(sub) { const h = b64url(Buffer.from('{"alg":"HS256","typ":"JWT"}')); const iat = ri(1700000000, 1730000000); const pl = b64url(Buffer.from(JSON.stringify({ sub: sub || G.snowflake(), iat, exp: iat + 7200, jti: G.uuid() }))); return `${h}.${pl}.${b64url(randBytes(32))}`; },
  b64: (n) => randBytes(n || ri(18, 48)).toString('base64'),
  ip: () => pickW({ a: 3, b: 1, c: 2, d: 2 }) === 'a' ? `10.${ri(0, 255)}.${ri(0, 255)}.${ri(1, 254)}` : chance(0.4) ? `192.168.${ri(0, 255)}.${ri(1, 254)}` : chance(0.5) ? `172.${ri(16, 31)}.${ri(0, 255)}.${ri(1, 254)}` : `${pick([36, 39, 58, 61, 101, 112, 113, 114, 117, 120, 121, 180, 183, 202, 211, 218, 222, 223])}.${ri(0, 255)}.${ri(0, 255)}.${ri(1, 254)}`,
  port: () => String(pick([3306, 6379, 8080, 9200, 27017, 5432, 8848, 9092, 2181, 8443, 9300, 15672, 5672, 11211, 8761])),
  chrome: () => `${ri(100, 124)}.0.${ri(5000, 6400)}.${ri(10, 200)}`,
  version: () => pick([() => `${ri(1, 9)}.${ri(0, 30)}.${ri(0, 40)}`, () => `v${ri(1, 4)}.${ri(0, 20)}.${ri(0, 9)}`, () => `${ri(1, 3)}.${ri(0, 9)}.${ri(0, 9)}.RELEASE`, () => `1.8.0_${ri(100, 402)}`, () => `${ri(100, 124)}.0.${ri(5000, 6400)}.${ri(10, 200)}`])(),
  fen: () => String(ri(100, 99999999)),
  coord: () => `${(ri(73500000, 134700000) / 1e6).toFixed(6)},${(ri(18200000, 53500000) / 1e6).toFixed(6)}`,
  lng: () => (ri(73500000, 134700000) / 1e6).toFixed(6),
  lat: () => (ri(18200000, 53500000) / 1e6).toFixed(6),
  zip: (p) => (p ? p.zip : pick(['10', '20', '51', '31', '61', '43']) + digits(4)),
  css: () => '#' + (chance(0.5) ? digits(6) : hex(6)),
  npm: () => pick(['@ant-design/icons', '@vue/cli-service', '@babel/core', '@types/node', '@nestjs/common', '@alicloud/pop-core', '@element-plus/icons-vue', '@tencentcloud/chat']),
  gitCommit() { for (;;) { const h = hex(40); if (/\d{8,}/.test(h)) return h; } },
  shortHash: () => hex(7),
  gitSsh: () => `git@${pick(['github.com', 'gitlab.example-corp.cn', 'codeup.aliyun.com', 'e.coding.net'])}:${pick(['acme', 'crm', 'data-platform', 'fintech'])}/${pick(['crm-backend', 'member-center', 'etl-jobs', 'loan-core', 'mall-api'])}.git`,
  localAddr: () => pick(['root@localhost', 'postgres@localhost', 'admin@localhost', 'deploy@127.0.0.1', 'www-data@localhost']),
  retina: () => `${pick(['icon', 'logo', 'avatar', 'banner', 'btn-close', 'empty'])}@${pick(['2x', '3x'])}.${pick(['png', 'webp', 'jpg'])}`,
  unalloc() { for (;;) { const s = pick(['140', '141', '144', '146', '148', '149', '154', '194']) + digits(8); if (safe(s)) return s; } },
  dell() { const A = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'; for (;;) { let t = A[ri(5, 35)]; for (let i = 0; i < 6; i++) t += A[ri(0, 35)]; const code = String(parseInt(t, 36)); if (code.length === 11 && safe(code)) return [t, code]; } },
  invoiceCode() { for (;;) { const s = pick(['044031', '011001', '031001', '033021', '037021', '051001']) + digits(6); if (safe(s)) return s; } },
  invoiceNo: () => String(ri(10000000, 99999999)),
  eInvoiceNo() { for (;;) { const s = '24' + pick(['44', '11', '31', '33']) + digits(16); if (safe(s)) return s; } },
  tracking: () => pick([() => 'SF' + digits(13), () => 'YT' + digits(13), () => 'JT' + digits(13), () => 'EA' + digits(9) + 'CN', () => '7' + digits(13)])(),
  hotline: () => (chance(0.6) ? `400-${ri(100, 999)}-${ri(1000, 9999)}` : pick(['95588', '95533', '95555', '95566', '10086', '12345', '95599'])),
  smsCode: () => String(ri(100000, 999999)),
  openid() { const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'; let s = 'o'; for (let i = 0; i < 27; i++) s += A[ri(0, 63)]; return s; },
  objectId: () => ri(0x65000000, 0x67ffffff).toString(16) + hex(16),
  alipayUid() { for (;;) { const s = '2088' + digits(12); if (safe(s)) return s; } },
  wxTxn: () => '4200' + digits(6) + G.dateParts().map((x) => String(x).padStart(2, '0')).join('') + digits(10),
  aliTrade: () => { const [y, m, d] = G.dateParts(); return `${y}${pad2(m)}${pad2(d)}22001${digits(15)}`; },
  bizId() { for (;;) { const s = digits(6) + G.unix().slice(0, 10) + digits(2); if (s[0] !== '0' && safe(s)) return s + '^0'; } },
  date() { const [y, m, d] = G.dateParts(); return `${y}-${pad2(m)}-${pad2(d)}`; },
  datetime() { const [y, m, d] = G.dateParts(); return `${y}-${pad2(m)}-${pad2(d)} ${pad2(ri(0, 23))}:${pad2(ri(0, 59))}:${pad2(ri(0, 59))}`; },
  crc: () => '0x' + hex(8),
  session: () => hex(32).toUpperCase(),
  idBadCheck() { for (;;) { const reg = pick(REGIONS); const y = ri(1955, 2003), m = ri(1, 12), d = ri(1, dim(y, m)); const b = reg[0] + y + pad2(m) + pad2(d) + pad3(ri(1, 999)); const good = idCheck(b); const bad = pick('0123456789X'.split('').filter((c) => c !== good)); const s = b + bad; if (safe(s)) return s; } },
  idRegion00() { for (;;) { const y = ri(1955, 2003), m = ri(1, 12), d = ri(1, dim(y, m)); const b = '00' + digits(4) + y + pad2(m) + pad2(d) + pad3(ri(1, 999)); const s = b + idCheck(b); if (safe(s)) return s; } },
  idFuture() { for (;;) { const reg = pick(REGIONS); const y = ri(2031, 2060), m = ri(1, 12), d = ri(1, dim(y, m)); const b = reg[0] + y + pad2(m) + pad2(d) + pad3(ri(1, 999)); const s = b + idCheck(b); if (safe(s)) return s; } },
  excelSci(numStr) { const e = numStr.length - 1; let m = BigInt(numStr.slice(0, 7)); m = (m + 5n) / 10n; let ms = m.toString(); let ee = e; if (ms.length > 6) { ms = ms.slice(0, 6); ee++; } let mant = ms[0] + '.' + ms.slice(1); mant = mant.replace(/0+$/, '').replace(/\.$/, ''); return `${mant}E+${ee}`; },
  excelLoss(numStr) { const n = BigInt(numStr); const f = 10n ** BigInt(numStr.length - 15); return (((n + f / 2n) / f) * f).toString(); },
  pod: () => `${pick(['crm-api', 'member-svc', 'order-center', 'risk-engine'])}-${hex(9)}-${hex(5)}`,
  sku: () => `SKU-${pick(['A', 'B', 'C'])}${digits(7)}`,
  qqGroup: () => String(ri(100000000, 999999999)),
  hashDigitRun(seed) { for (let i = 0; ; i++) { const h = G.md5(seed + ':' + i); if (/\d{9,}/.test(h)) return h; } },
  sha1DigitRun(seed) { for (let i = 0; ; i++) { const h = G.sha1(seed + ':' + i); if (/\d{10,}/.test(h)) return h; } },
  wxAppId() { for (;;) { const s = 'wx' + hex(16); if (safe(s)) return s; } },
  corpAccount() { for (;;) { const s = pick(['3', '4', '7', '1100', '3100', '4000']) + digits(ri(8, 16)); if (safe(s)) return s; } },
};

// ------------------------------------------------------------------ generic serializers
const R = (x) => ({ __raw: String(x) });
function J(v, ind = 2, lvl = 0) {
  const pad = ind ? '\n' + ' '.repeat(ind * (lvl + 1)) : '';
  const padEnd = ind ? '\n' + ' '.repeat(ind * lvl) : '';
  const sep = ind ? ': ' : ':';
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'object' && v.__raw !== undefined) return v.__raw;
  if (Array.isArray(v)) return v.length ? '[' + v.map((x) => pad + J(x, ind, lvl + 1)).join(',') + padEnd + ']' : '[]';
  if (typeof v === 'object') { const ks = Object.keys(v).filter((k) => v[k] !== undefined); return ks.length ? '{' + ks.map((k) => pad + JSON.stringify(k) + sep + J(v[k], ind, lvl + 1)).join(',') + padEnd + '}' : '{}'; }
  return JSON.stringify(v);
}
const PyJ = (v) => J(v, 0).replace(/","/g, '", "').replace(/":/g, '": '); // rough json.dumps spacing (only used on our own data)
const csvq = (s) => (s === null || s === undefined ? '' : /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s);
const sq = (s) => (s === null || s === undefined ? 'NULL' : "'" + String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "'");
const xmlEsc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function tsClock(base, i) { const t = new Date(base + i * ri(150, 9000)); return t; }
const fmtLogTime = (t) => `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())} ${pad2(t.getUTCHours())}:${pad2(t.getUTCMinutes())}:${pad2(t.getUTCSeconds())}.${pad3(t.getUTCMilliseconds())}`;
const fmtNginxTime = (t) => `${pad2(t.getUTCDate())}/${MON[t.getUTCMonth()]}/${t.getUTCFullYear()}:${pad2(t.getUTCHours())}:${pad2(t.getUTCMinutes())}:${pad2(t.getUTCSeconds())} +0800`;
const baseTime = () => Date.UTC(2024, ri(0, 11), ri(1, 28), ri(0, 23), ri(0, 59), ri(0, 59));
const remarkFor = (d, p, q) => {
  const r = rand();
  if (r < 0.15) return `客户要求改约，联系"${DC.mobile(d, p)}"，周一上午送达`;
  if (r < 0.25) return `由${DC.title(d, q || newPerson())}介绍, 已核实`;
  if (r < 0.32) return `老客户\n余额已结清, 备注：${DC.id(d, p)}`;
  if (r < 0.4) return `VIP, 额度 ${G.fen()} 分`;
  return pick(['', '', '正常', '复购', '投诉过一次，已处理', '关于付款方式：支付宝', '周末不收货']);
};

// ================================================================== document kinds
const KINDS = {};

KINDS.mysqldump = (d) => {
  const zh = chance(0.35);
  const db = pick(['crm_prod', 'member_center', 'loan_core', 'mall_user', 'insure_policy']);
  const sv = d.X('version', pick(['8.0.36', '8.0.35', '5.7.44', '8.0.28']));
  const host = d.X('ip_address', G.ip());
  const T = zh
    ? { t: '客户表', id: '编号', uid: '客户ID', name: '姓名', mob: '手机号', ct: '证件类型', cn: '证件号码', card: '银行卡号', mail: '邮箱', tel: '座机', co: '单位名称', uscc: '统一社会信用代码', pw: '登录密码', md5: '手机号MD5', ip: '注册IP', bal: '余额_分', ts: '创建时间' }
    : { t: pick(['customer', 't_customer', 'crm_customer', 'user_info']), id: 'id', uid: 'uid', name: 'real_name', mob: 'mobile', ct: 'cert_type', cn: 'cert_no', card: 'bank_card_no', mail: 'email', tel: 'office_tel', co: 'company_name', uscc: 'company_uscc', pw: 'password_hash', md5: 'mobile_md5', ip: 'register_ip', bal: 'balance_fen', ts: 'created_ms' };
  let pk = ri(1000, 90000);
  const rows = [];
  for (const p of people(ri(14, 30))) {
    const pass = p.passport && chance(0.5);
    rows.push('(' + [d.X('auto_increment_id', String(pk++)), d.X('snowflake_id', G.snowflake()), sq(W.name(d, p)), sq(W.mobile(d, p, pickW({ bare: 20, plus86: 2, '86': 1, trunk0: 1 }))), sq(pass ? 'PASSPORT' : 'ID_CARD'),
      sq(pass ? W.passport(d, p) : W.id(d, p, pickW({ bare: 9, lowerx: 3 }))), sq(W.card(d, p)), sq(W.email(d, p)), sq(W.tel(d, p, pickW({ dash: 4, bare: 1, paren: 1 }))),
      sq(p.company ? p.company.name : null), sq(W.uscc(d, p)), sq(d.X('bcrypt_hash', G.bcrypt())), sq(d.X('md5_of_mobile', G.md5(p.mobile))), sq(d.X('aes_of_id_card', G.aes(p.id))), sq(d.X('ip_address', G.ip())),
      d.X('amount_fen', G.fen()), d.X('ms_timestamp', G.ms()), sq(d.X('imei', G.imei())), sq(d.X('order_no', G.orderNo())), d.X('unix_timestamp', G.unix())].join(',') + ')');
  }
  const ai = d.X('auto_increment_id', String(pk));
  let s = `-- MySQL dump 10.13  Distrib ${sv}, for Linux (x86_64)\n--\n-- Host: ${host}    Database: ${db}\n-- ------------------------------------------------------\n-- Server version\t${sv}\n\n/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;\n/*!50503 SET NAMES utf8mb4 */;\n/*!40103 SET TIME_ZONE='+00:00' */;\n\n--\n-- Table structure for table \`${T.t}\`\n--\n\nDROP TABLE IF EXISTS \`${T.t}\`;\nCREATE TABLE \`${T.t}\` (\n`;
  s += `  \`${T.id}\` bigint NOT NULL AUTO_INCREMENT,\n  \`${T.uid}\` bigint NOT NULL,\n  \`${T.name}\` varchar(32) NOT NULL COMMENT '客户姓名',\n  \`${T.mob}\` varchar(16) NOT NULL COMMENT '手机号',\n  \`${T.ct}\` varchar(16) DEFAULT 'ID_CARD',\n  \`${T.cn}\` varchar(32) DEFAULT NULL COMMENT '证件号码',\n  \`${T.card}\` varchar(32) DEFAULT NULL,\n  \`${T.mail}\` varchar(64) DEFAULT NULL,\n  \`${T.tel}\` varchar(20) DEFAULT NULL,\n  \`${T.co}\` varchar(64) DEFAULT NULL,\n  \`${T.uscc}\` char(18) DEFAULT NULL,\n  \`${T.pw}\` varchar(64) NOT NULL,\n  \`${T.md5}\` char(32) NOT NULL,\n  \`id_card_enc\` varchar(64) DEFAULT NULL COMMENT 'AES(证件号)',\n  \`${T.ip}\` varchar(39) DEFAULT NULL,\n  \`${T.bal}\` bigint NOT NULL DEFAULT '0',\n  \`${T.ts}\` bigint NOT NULL,\n  \`device_imei\` varchar(16) DEFAULT NULL,\n  \`last_order_no\` varchar(20) DEFAULT NULL,\n  \`updated_at\` int unsigned NOT NULL,\n  PRIMARY KEY (\`${T.id}\`),\n  UNIQUE KEY \`uk_mobile\` (\`${T.mob}\`)\n) ENGINE=InnoDB AUTO_INCREMENT=${ai} DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;\n\n`;
  s += `LOCK TABLES \`${T.t}\` WRITE;\n/*!40000 ALTER TABLE \`${T.t}\` DISABLE KEYS */;\n`;
  for (let i = 0; i < rows.length;) { const k = ri(5, 10); s += `INSERT INTO \`${T.t}\` VALUES ${rows.slice(i, i + k).join(',')};\n`; i += k; }
  s += `/*!40000 ALTER TABLE \`${T.t}\` ENABLE KEYS */;\nUNLOCK TABLES;\n\n-- Dump completed on ${G.datetime()}\n`;
  return s;
};

KINDS.pg_copy = (d) => {
  const pv = d.X('version', pick(['14.11', '15.6', '16.2', '12.18']));
  const zh = chance(0.3);
  const cols = zh ? ['"编号"', '"客户号"', '"姓名"', '"手机号"', '"身份证号"', '"银行卡号"', '"电子邮箱"', '"固定电话"', '"护照号"', '"经度"', '"纬度"', '"登录IP"', '"创建时间"', '"IMSI"', '"链路ID"']
    : ['id', 'customer_no', 'full_name', 'phone', 'id_number', 'card_number', 'email', 'landline', 'passport_no', 'geo_lng', 'geo_lat', 'last_login_ip', 'created_at', 'sim_imsi', 'request_trace_id'];
  const tbl = zh ? 'public."客户"' : `public.${pick(['customer', 'customers', 'kyc_profile', 'member'])}`;
  const N = '\\N';
  const lines = [];
  for (const p of people(ri(12, 28))) {
    lines.push([d.X('uuid', G.uuid()), d.X('order_no', G.orderNo()), W.name(d, p), W.mobile(d, p, pickW({ bare: 8, plus86: 2 })), W.id(d, p), W.card(d, p), W.email(d, p),
      W.tel(d, p, pickW({ dash: 3, bare: 1 })) ?? N, W.passport(d, p) ?? N, d.X('longitude', G.lng()), d.X('latitude', G.lat()), d.X('ip_address', G.ip()), G.datetime() + '.' + digits(6) + '+08', d.X('imsi', G.imsi()), d.X('trace_id', G.traceId())].join('\t'));
  }
  const seq = d.X('auto_increment_id', String(ri(1000, 99999)));
  return `--\n-- PostgreSQL database dump\n--\n\n-- Dumped from database version ${pv}\n-- Dumped by pg_dump version ${pv}\n\nSET statement_timeout = 0;\nSET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\n\n--\n-- Data for Name: ${tbl.replace('public.', '')}; Type: TABLE DATA; Schema: public; Owner: crm\n--\n\nCOPY ${tbl} (${cols.join(', ')}) FROM stdin;\n${lines.join('\n')}\n\\.\n\n\nSELECT pg_catalog.setval('public.customer_id_seq', ${seq}, true);\n\n--\n-- PostgreSQL database dump complete\n--\n`;
};

KINDS.sqlite_dump = (d) => {
  const zh = chance(0.5);
  const t = zh ? '客户表' : 'customers';
  const c = zh ? ['编号', '姓名', '手机号', '身份证号', '银行卡号', '邮箱', '设备IMEI', '创建时间'] : ['id', 'name', 'mobile', 'id_card', 'bank_card', 'email', 'device_imei', 'created_at'];
  let s = `PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE ${t} (${c[0]} INTEGER PRIMARY KEY AUTOINCREMENT, ${c[1]} TEXT NOT NULL, ${c[2]} TEXT, ${c[3]} TEXT, ${c[4]} TEXT, ${c[5]} TEXT, ${c[6]} TEXT, ${c[7]} INTEGER);\n`;
  let pk = 1;
  for (const p of people(ri(12, 26))) {
    const q = (x) => (x === null ? 'NULL' : "'" + x + "'");
    s += `INSERT INTO ${t} VALUES(${d.X('auto_increment_id', String(pk++))},${q(W.name(d, p))},${q(W.mobile(d, p, pickW({ bare: 6, dash: 1, space: 1 })))},${q(W.id(d, p, pickW({ bare: 5, lowerx: 2 })))},${q(W.card(d, p, pickW({ bare: 4, space: 1 })))},${q(W.email(d, p, pickW({ plain: 5, mixed: 1 })))},${q(d.X('imei', G.imei()))},${d.X('unix_timestamp', G.unix())});\n`;
  }
  s += `CREATE TABLE sms_log (id INTEGER PRIMARY KEY, phone_hash TEXT, tpl TEXT, sent_at INTEGER);\n`;
  for (let i = 1; i <= ri(3, 8); i++) s += `INSERT INTO sms_log VALUES(${i},'${d.X('sha256_of_mobile', G.sha256(newMobile()))}','SMS_${d.X('template_code', digits(9))}',${d.X('ms_timestamp', G.ms())});\n`;
  s += `CREATE TABLE orders (order_no TEXT PRIMARY KEY, amount_fen INTEGER, paid_ms INTEGER, txn_id TEXT);\n`;
  for (let i = 0; i < ri(8, 20); i++) s += `INSERT INTO orders VALUES('${d.X('order_no', G.orderNo())}',${d.X('amount_fen', G.fen())},${d.X('ms_timestamp', G.ms())},'${d.X('transaction_id', G.aliTrade())}');\n`;
  s += `DELETE FROM sqlite_sequence;\nINSERT INTO sqlite_sequence VALUES('${t}',${pk - 1});\nCOMMIT;\n`;
  return s;
};

KINDS.csv = (d) => {
  const zh = chance(0.6);
  const head = zh ? ['客户编号', '姓名', '手机号', '证件类型', '证件号码', '银行卡号', '开户行', '邮箱', '联系地址', '订单号', '支付流水号', '金额(分)', '物流单号', '设备号', '备注']
    : ['customer_id', 'real_name', 'mobile', 'cert_type', 'cert_no', 'bank_card_no', 'bank_name', 'email', 'address', 'order_no', 'transaction_id', 'amount_fen', 'tracking_no', 'device_imei', 'remark'];
  const rows = [head.join(',')];
  const ps = people(ri(14, 30));
  for (const p of ps) {
    const pass = p.passport && chance(0.4);
    rows.push([d.X('auto_increment_id', String(ri(100000, 999999))), W.name(d, p), W.mobile(d, p, pickW({ bare: 6, dash: 2, space: 2, plus86sp: 1, fw: 0.5, paren86: 0.5 })), pass ? (zh ? '护照' : 'passport') : (zh ? '身份证' : 'id_card'),
      pass ? W.passport(d, p, pickW({ plain: 6, lower: 1 })) : W.id(d, p, pickW({ bare: 8, lowerx: 2, space: 1, dash: 0.5, fw: 0.5 })), W.card(d, p, pickW({ bare: 4, space: 2, dash: 1 })), p.bank, W.email(d, p, pickW({ plain: 6, mixed: 1 })),
      p.address + (chance(0.4) ? `, 邮编 ${d.X('zip_code', p.zip)}` : ''), d.X('order_no', G.orderNo()), d.X('transaction_id', G.wxTxn()), d.X('amount_fen', G.fen()), d.X('tracking_no', G.tracking()), d.X('imei', G.imei()), remarkFor(d, p, pick(ps))].map(csvq).join(','));
  }
  for (let k = ri(1, 3); k > 0; k--) { const q = newPerson(); rows.push([d.X('auto_increment_id', String(ri(100000, 999999))), W.name(d, q), W.mobile(d, q), zh ? '身份证' : 'id_card', pick([() => d.X('id_bad_checksum', G.idBadCheck()), () => d.X('id_region_00', G.idRegion00()), () => d.X('id_future_birth', G.idFuture())])(), '', '', '', '', '', '', '0', '', '', zh ? '证件号校验失败，待客户重新提交' : 'cert_no failed validation'].map(csvq).join(',')); }
  if (chance(0.5)) rows.push([d.X('auto_increment_id', String(ri(100000, 999999))), zh ? '测试用户' : 'test', DC.testMobile(d), '', '', DC.testCard(d), '', '', '', '', '', '0', '', '', 'QA 测试数据，可忽略'].map(csvq).join(','));
  return (chance(0.5) ? '\ufeff' : '') + rows.join('\r\n') + '\r\n';
};

KINDS.excel_csv = (d) => {
  const head = ['序号', '姓名', '性别', '手机号码', '身份证号', '护照号', '银行卡号', '开户行', '邮箱', '办公电话', '下单时间', '订单编号', '交易流水号', '实付金额'];
  const rows = [head.join(',')];
  let i = 1;
  for (const p of people(ri(15, 30))) {
    let idCell, cardCell;
    const r = rand();
    if (r < 0.45) idCell = '="' + W.id(d, p) + '"';
    else if (r < 0.6) idCell = "'" + W.id(d, p, pickW({ bare: 3, lowerx: 1 }));
    else if (r < 0.64) idCell = '="' + d.D('cn_resident_id', p.id, p.id.slice(0, 6) + p.id.slice(8, 17)) + '"';
    else if (r < 0.8) idCell = d.X('excel_scientific', G.excelSci(p.id.replace('X', '0')));
    else idCell = d.Xs('excel_precision_loss', G.excelLoss(p.id.replace('X', '0')));
    const r2 = rand();
    if (r2 < 0.5) cardCell = '="' + W.card(d, p) + '"';
    else if (r2 < 0.6) cardCell = W.card(d, p, 'space');
    else if (r2 < 0.8) cardCell = d.X('excel_scientific', G.excelSci(p.card));
    else cardCell = d.Xs('excel_precision_loss', G.excelLoss(p.card));
    const on = G.orderNo();
    rows.push([d.X('row_number', String(i++)), W.name(d, p), p.gender ? '男' : '女', W.mobile(d, p, pickW({ bare: 8, space: 1, dash: 1 })), idCell, p.passport ? W.passport(d, p) : '', cardCell, p.bank,
      W.email(d, p), W.tel(d, p, pickW({ dash: 3, paren: 1, space: 1, fwparen: 1 })) ?? '', G.datetime().slice(0, 16).replace(/-/g, '/'), chance(0.5) ? '="' + d.X('order_no', on) + '"' : d.X('excel_scientific', G.excelSci(on)), '="' + d.X('transaction_id', G.aliTrade()) + '"',
      csvq(`${(ri(100, 9999999) / 100).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`)].join(','));
  }
  if (chance(0.6)) rows.push(['合计', '', '', '', '', '', '', '', '', '', '', '', '', csvq(`${d.X('amount_yuan', (ri(100000, 99999999) / 100).toFixed(2))}`)].join(','));
  return '\ufeff' + rows.join('\r\n') + '\r\n';
};

KINDS.json_array = (d) => {
  const ascii = chance(0.4);
  const arr = [];
  let pk = ri(1, 5000);
  for (const p of people(ri(10, 22))) {
    const o = {
      id: R(d.X('auto_increment_id', String(pk++))), user_id: d.X('snowflake_id', G.snowflake()), real_name: W.name(d, p), gender: p.gender ? 'M' : 'F', birthday: p.birth,
      mobile: W.mobile(d, p, pickW({ bare: 8, plus86: 1, plus86dash: 1 })), id_card: W.id(d, p, pickW({ bare: 6, lowerx: 2 })), bank_card_no: W.card(d, p), bank_name: p.bank, email: W.email(d, p, pickW({ plain: 6, mixed: 1 })),
    };
    if (p.passport) o.passport_no = W.passport(d, p);
    if (p.landline) o.tel = W.tel(d, p, pickW({ dash: 3, bare: 1, paren: 1 }));
    if (p.company) o.company = { name: p.company.name, credit_code: W.uscc(d, p) };
    o.address = p.address;
    o.avatar = 'https://static.example-cdn.cn/img/' + d.X('retina_asset', G.retina());
    o.mobile_md5 = d.X('md5_of_mobile', G.md5(p.mobile));
    o.mobile_enc = d.X('aes_of_mobile', G.aes(p.mobile));
    o.created_at = R(d.X('ms_timestamp', G.ms()));
    o.last_login_ip = d.X('ip_address', G.ip());
    o.device = { imei: d.X('imei', G.imei()), push_token: d.X('base64_blob', G.b64(24)) };
    o.recent_orders = [R(d.X('order_no', G.orderNo())), d.X('order_no', G.orderNo())];
    arr.push(o);
  }
  if (ascii) { d.text = PyJ(arr); d.transform(uEsc); return d.text; }
  return J(arr, pick([2, 4]));
};

KINDS.json_api = (d) => {
  const list = [];
  for (const p of people(ri(8, 16))) {
    const pass = p.passport && chance(0.5);
    const item = {
      userId: d.X('snowflake_id', G.snowflake()),
      profile: { realName: W.name(d, p), gender: p.gender, birthday: p.birth, mobile: W.mobile(d, p, pickW({ bare: 8, plus86: 1, space: 1 })), certType: pass ? 'PASSPORT' : 'ID_CARD', certNo: pass ? W.passport(d, p) : W.id(d, p, pickW({ bare: 10, dash: 1 })), email: W.email(d, p, pickW({ plain: 10, fw: 1 })) },
      bankCards: [{ cardNo: W.card(d, p), bankName: p.bank, bindTime: R(d.X('ms_timestamp', G.ms())), cardToken: d.X('base64_blob', G.b64(24)) }],
      device: { imei: d.X('imei', G.imei()), imsi: d.X('imsi', G.imsi()), osVersion: d.X('version', G.version()) },
      wechat: { openid: d.X('openid', G.openid()) },
    };
    if (chance(0.6)) { const q = newPerson(); item.emergencyContacts = [{ name: W.name(d, q), mobile: W.mobile(d, q), relation: pick(['配偶', '父亲', '母亲', '朋友', '同事']) }]; }
    if (p.company) { const lp = newPerson(); item.enterprise = { name: p.company.name, creditCode: W.uscc(d, p), legalPerson: W.name(d, lp), contactTel: W.tel(d, p) ?? undefined }; }
    else if (p.landline) item.profile.homeTel = W.tel(d, p, 'paren');
    item.riskScore = R(ri(300, 900));
    list.push(item);
  }
  const o = { code: 0, msg: 'success', requestId: d.X('uuid', G.uuid()), data: { total: R(ri(list.length, 9999)), pageNum: 1, pageSize: R(list.length), list }, traceId: d.X('trace_id', G.traceId()), timestamp: R(d.X('ms_timestamp', G.ms())) };
  if (chance(0.3)) { d.text = J(o, 0); d.transform(uEsc); return d.text; }
  return J(o, chance(0.7) ? 2 : 0);
};

KINDS.jsonl_log = (d) => {
  const t0 = baseTime();
  const lines = [];
  const svc = pick(['crm-api', 'member-svc', 'loan-gateway', 'kyc-service']);
  const pod = d.X('k8s_pod', G.pod());
  let i = 0;
  for (const p of people(ri(10, 22))) {
    const base = () => ({ '@timestamp': new Date(t0 + (i++) * ri(200, 60000)).toISOString(), level: 'INFO', service: svc, pod, thread: `http-nio-8080-exec-${ri(1, 200)}`, traceId: d.X('trace_id', G.traceId()), spanId: d.X('span_id', G.spanId()) });
    const ev = pick(['register', 'kyc', 'bind', 'sms', 'login', 'error']);
    if (ev === 'register') lines.push({ ...base(), logger: 'c.e.crm.web.CustomerController', message: '客户注册成功', customerId: d.X('snowflake_id', G.snowflake()), realName: W.name(d, p), mobile: W.mobile(d, p, pickW({ plus86: 3, bare: 3, plus86sp: 1 })), email: W.email(d, p), clientIp: d.X('ip_address', G.ip()) });
    else if (ev === 'kyc') { const pass = p.passport && chance(0.6); lines.push({ ...base(), logger: 'c.e.kyc.RealNameService', message: '实名认证请求', name: W.name(d, p), certType: pass ? 'PASSPORT' : 'ID_CARD', certNo: pass ? W.passport(d, p) : W.id(d, p, pickW({ bare: 4, lowerx: 1 })), channel: pick(['ALIPAY', 'FACE_ID', 'UNIONPAY']), costMs: R(ri(30, 3000)) }); }
    else if (ev === 'bind') lines.push({ ...base(), logger: 'c.e.pay.BankCardService', message: '绑卡成功', holderName: W.name(d, p), cardNo: W.card(d, p, pickW({ bare: 3, space: 1 })), reservedMobile: W.mobile(d, p), bankCode: pick(['ICBC', 'ABC', 'CCB', 'CMB', 'BOC']), txnId: d.X('transaction_id', G.wxTxn()) });
    else if (ev === 'sms') lines.push({ ...base(), logger: 'c.e.notify.SmsSender', message: '短信发送', phone: W.mobile(d, p, pickW({ bare: 3, plus86: 2 })), template: 'SMS_' + d.X('template_code', digits(9)), bizId: d.X('sms_biz_id', G.bizId()), code: d.X('sms_code', G.smsCode()) });
    else if (ev === 'login') lines.push({ ...base(), logger: 'c.e.auth.LoginFilter', message: '登录成功', mobile: DC.mobile(d, p), userId: d.X('snowflake_id', G.snowflake()), token: d.X('jwt', G.jwt()), ip: d.X('ip_address', G.ip()), ua: `okhttp/${d.X('version', G.version())}` });
    else lines.push({ ...base(), level: 'ERROR', logger: 'c.e.crm.service.CustomerServiceImpl', message: `更新客户失败: Duplicate entry '${W.mobile(d, p)}' for key 'uk_mobile'`, customer: { name: W.name(d, p), idCard: W.id(d, p), landline: W.tel(d, p) ?? undefined, companyCreditCode: W.uscc(d, p) ?? undefined }, errorCode: R(ri(10000, 99999)) });
  }
  if (chance(0.35)) { d.text = lines.map((l) => J(l, 0)).join('\n') + '\n'; d.transform(uEsc); return d.text; }
  return lines.map((l) => J(l, 0)).join('\n') + '\n';
};

KINDS.yaml_fixture = (d) => {
  const zh = chance(0.3);
  const ver = d.X('version', G.version());
  let s = `# fixtures/customers.yml — generated by seed-tool ${ver}, DO NOT use in prod\n# 注意: 以下为测试环境客户数据\n# source-checksum: ${d.X('md5_hash', G.hashDigitRun(ver + d.id))}\n`;
  if (chance(0.5)) {
    let pk = ri(1, 500);
    for (const p of people(ri(10, 20))) {
      const k = d.X('auto_increment_id', String(pk++));
      s += `customer_${k}:\n  id: ${k}\n  uuid: ${d.X('uuid', G.uuid())}\n  ${zh ? '姓名' : 'real_name'}: ${W.name(d, p)}\n  ${zh ? '手机号' : 'mobile'}: ${chance(0.6) ? '"' + W.mobile(d, p) + '"' : W.mobile(d, p)}\n  ${zh ? '身份证号' : 'id_card'}: "${W.id(d, p, pickW({ bare: 4, lowerx: 1 }))}"\n  ${zh ? '银行卡号' : 'bank_card_no'}: "${W.card(d, p, pickW({ bare: 4, space: 1 }))}"\n  email: ${W.email(d, p, pickW({ plain: 5, mixed: 1 }))}\n`;
      if (p.passport) s += `  passport_no: ${W.passport(d, p)}\n`;
      if (p.landline) s += `  ${zh ? '座机' : 'office_phone'}: "${W.tel(d, p, pickW({ dash: 3, space: 1 }))}"\n`;
      if (p.company) s += `  company:\n    name: ${p.company.name}\n    uscc: ${W.uscc(d, p)}\n`;
      s += `  password_digest: ${"'" + d.X('bcrypt_hash', G.bcrypt()) + "'"}\n  location: [${d.X('longitude', G.lng())}, ${d.X('latitude', G.lat())}]\n  created_at: ${G.datetime()}\n\n`;
    }
  } else {
    s += `customers:\n`;
    for (const p of people(ri(10, 20))) {
      s += `  - ${zh ? '姓名' : 'name'}: ${W.name(d, p)}\n    ${zh ? '手机' : 'phone'}: '${W.mobile(d, p, pickW({ bare: 5, plus86: 1, dash: 1 }))}'\n    ${zh ? '证件号' : 'idNumber'}: '${W.id(d, p)}'\n    ${zh ? '卡号' : 'cardNo'}: '${W.card(d, p)}'\n    mail: ${W.email(d, p)}\n`;
      if (p.passport) s += `    passportNo: ${W.passport(d, p)}\n`;
      if (p.landline) s += `    tel: ${W.tel(d, p, 'dash')}\n`;
      if (p.company) s += `    employer: {name: ${p.company.name}, creditCode: ${W.uscc(d, p)}}\n`;
      s += `    deviceId: "${d.X('imei', G.imei())}"\n    registeredAt: ${d.X('unix_timestamp', G.unix())}\n`;
    }
  }
  return s;
};

KINDS.xml_export = (d) => {
  const sysv = d.X('version', G.version());
  let s = `<?xml version="1.0" encoding="UTF-8"?>\n<export system="CRM" version="${sysv}" exportTime="${d.X('ms_timestamp', G.ms())}" operator="u${d.X('auto_increment_id', String(ri(10000, 99999)))}">\n  <customers count="__N__">\n`;
  let n = 0;
  for (const p of people(ri(10, 20))) {
    n++;
    const pass = p.passport && chance(0.5);
    s += `    <customer id="${d.X('auto_increment_id', String(ri(1, 999999)))}" uid="${d.X('uuid', G.uuid())}" level="${pick(['VIP', 'NORMAL', 'GOLD'])}">\n`;
    s += chance(0.5) ? `      <name>${W.name(d, p)}</name>\n` : `      <name><![CDATA[${W.name(d, p)}]]></name>\n`;
    s += `      <mobile>${W.mobile(d, p, pickW({ bare: 6, plus86: 1, dash: 1 }))}</mobile>\n`;
    s += `      <certificate type="${pass ? '护照' : '身份证'}" no="${pass ? W.passport(d, p) : W.id(d, p)}"/>\n`;
    s += `      <bankAccount bank="${p.bank}" cardNo="${W.card(d, p)}" openedAt="${G.date()}"/>\n`;
    s += `      <email>${W.email(d, p)}</email>\n`;
    if (p.landline) s += `      <tel>${W.tel(d, p, pickW({ dash: 3, paren: 1 }))}</tel>\n`;
    if (p.company) { const lp = newPerson(); s += `      <enterprise name="${xmlEsc(p.company.name)}" creditCode="${W.uscc(d, p)}" legalRep="${W.name(d, lp)}"/>\n`; }
    s += `      <address zip="${d.X('zip_code', p.zip)}">${p.address}</address>\n      <geo lng="${d.X('longitude', G.lng())}" lat="${d.X('latitude', G.lat())}"/>\n      <order no="${d.X('order_no', G.orderNo())}" amountFen="${d.X('amount_fen', G.fen())}" paidAt="${d.X('ms_timestamp', G.ms())}"/>\n      <checksum algo="MD5">${d.X('md5_hash', G.md5(p.id + p.mobile))}</checksum>\n    </customer>\n`;
  }
  s += `  </customers>\n</export>\n`;
  return s.replace('__N__', String(n));
};

KINDS.html_table = (d) => {
  const c1 = d.X('css_color', G.css()), c2 = d.X('css_color', G.css()), c3 = d.X('css_color', G.css());
  let s = `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>客户明细导出</title>\n<style>\n  table { border-collapse: collapse; font-size: 12px; }\n  td, th { border: 1px solid ${c1}; padding: 4px 8px; }\n  @media print { .no-print { display: none; } }\n</style></head>\n<body>\n<h3 style="color:${c2}">客户明细（${G.date()}）</h3>\n<p class="no-print">生成系统版本 ${d.X('version', G.version())}，请勿外传。</p>\n<table>\n<thead><tr style="background-color:${c3}"><th>序号</th><th>姓名</th><th>手机号</th><th>身份证号</th><th>银行卡号</th><th>邮箱</th><th>座机</th><th>单位</th><th>统一社会信用代码</th><th>订单号</th><th>支付流水号</th><th>设备</th></tr></thead>\n<tbody>\n`;
  let i = 1;
  for (const p of people(ri(12, 25))) {
    const em = W.email(d, p);
    const rc = d.X('css_color', G.css());
    s += `<tr style="background:${rc}"><td>${d.X('row_number', String(i++))}</td><td style="font-weight:bold">${W.name(d, p)}</td><td>${W.mobile(d, p, pickW({ bare: 5, dash: 1, space: 1 }))}</td><td>${W.id(d, p)}</td><td style="font-family:monospace">${W.card(d, p, pickW({ space: 2, bare: 2 }))}</td><td><a href="mailto:${em}">${em}</a></td><td>${W.tel(d, p, pickW({ dash: 3, paren: 1 })) ?? '-'}</td><td>${p.company ? p.company.name : ''}</td><td>${W.uscc(d, p) ?? ''}</td><td>${d.X('order_no', G.orderNo())}</td><td>${d.X('transaction_id', G.wxTxn())}</td><td>${d.X('imei', G.imei())}</td></tr>\n`;
  }
  s += `</tbody></table>\n<p style="color:#999">客服热线 ${d.X('service_hotline', G.hotline())} · <img src="/static/${d.X('retina_asset', G.retina())}" width="${ri(16, 64)}"></p>\n</body></html>\n`;
  return s;
};

KINDS.markdown_table = (d) => {
  const ps = people(ri(10, 20));
  let s = `## 线上问题复现数据（内部，请勿外传）\n\n关联提交 \`${d.X('git_commit', G.gitCommit())}\`，复现环境 ${d.X('ip_address', G.ip())}:${d.X('port', G.port())}。\n\n| # | 姓名 | 手机号 | 身份证号 | 银行卡号 | 邮箱 | 订单号 | 金额(分) | 下单时间戳 |\n|---|------|--------|----------|----------|------|--------|---------|------|\n`;
  let i = 1;
  for (const p of ps) s += `| ${i++} | ${W.name(d, p)} | ${W.mobile(d, p, pickW({ bare: 5, dash: 1 }))} | ${W.id(d, p)} | ${W.card(d, p, pickW({ bare: 3, space: 1 }))} | ${W.email(d, p)} | ${d.X('order_no', G.orderNo())} | ${d.X('amount_fen', G.fen())} | ${d.X('ms_timestamp', G.ms())} |\n`;
  s += `\n脱敏后（对外版本）：\n\n| 姓名 | 手机号 | 身份证号 |\n|---|---|---|\n`;
  for (const p of ps.slice(0, ri(3, 6))) s += `| ${DC.name(d, p)} | ${DC.mobile(d, p)} | ${DC.id(d, p)} |\n`;
  const cos = ps.filter((p) => p.company);
  if (cos.length) { s += `\n### 企业客户\n\n| 企业名称 | 统一社会信用代码 | 联系电话 |\n|---|---|---|\n`; for (const p of cos) s += `| ${p.company.name} | ${W.uscc(d, p)} | ${W.tel(d, p) ?? W.mobile(d, p)} |\n`; }
  s += `\n附件 export.xlsx md5: ${d.X('md5_hash', G.hashDigitRun(ps[0].id))}，sha1: ${d.X('sha1_hash', G.sha1DigitRun(ps[0].mobile))}\n`;
  s += `\n> 测试卡号 ${DC.testCard(d, true)} 仅用于沙箱。依赖：\`${d.X('npm_scope', G.npm())}\` ${d.X('version', G.version())}\n`;
  return s;
};

KINDS.log4j = (d) => {
  const t0 = baseTime();
  let s = '';
  let i = 0;
  const pid = d.X('process_id', String(ri(1000, 65000)));
  const line = (lvl, logger, msg) => { const t = new Date(t0 + (i++) * ri(100, 30000)); s += `${fmtLogTime(t)} ${lvl.padEnd(5)} ${pid} --- [http-nio-8080-exec-${ri(1, 200)}] [traceId=${d.X('trace_id', G.traceId())}] ${logger} : ${msg}\n`; };
  for (const p of people(ri(10, 20))) {
    const ev = pick(['create', 'create', 'sms', 'kyc', 'pay', 'query']);
    if (ev === 'create') line('INFO', 'c.e.crm.service.CustomerServiceImpl', `创建客户成功 Customer(id=${d.X('snowflake_id', G.snowflake())}, realName=${W.name(d, p)}, mobile=${W.mobile(d, p)}, idCard=${W.id(d, p, pickW({ bare: 4, lowerx: 1 }))}, bankCardNo=${W.card(d, p)}, email=${W.email(d, p)}, officeTel=${W.tel(d, p) ?? 'null'}, passwordHash=${d.X('bcrypt_hash', G.bcrypt())}, createTime=${G.datetime()})`);
    else if (ev === 'sms') line('WARN', 'c.e.notify.sms.AliyunSmsSender', `短信发送失败 mobile=${W.mobile(d, p, pickW({ plus86sp: 2, plus86: 2, bare: 2, '0086': 1, paren86: 1, plus86dash: 1 }))}, templateCode=SMS_${d.X('template_code', digits(9))}, bizId=${d.X('sms_biz_id', G.bizId())}, code=isv.BUSINESS_LIMIT_CONTROL`);
    else if (ev === 'kyc') {
      line('ERROR', 'c.e.kyc.RealNameVerifier', `实名认证失败 name=${W.name(d, p)} idCard=${W.id(d, p)} reason=姓名与身份证号不一致 requestId=${d.X('uuid', G.uuid())}`);
      line('WARN', 'c.e.kyc.CertNoValidator', `证件号格式校验不通过 certNo=${pick([() => d.X('id_bad_checksum', G.idBadCheck()), () => d.X('id_region_00', G.idRegion00()), () => d.X('id_future_birth', G.idFuture())])()} reason=${pick(['CHECK_DIGIT', 'REGION', 'BIRTH_DATE'])}`);
      s += `com.example.kyc.exception.VerifyException: verify failed, upstream code=${ri(1000, 9999)}\n\tat com.example.kyc.RealNameVerifier.verify(RealNameVerifier.java:${ri(50, 400)})\n\tat com.example.kyc.KycController.submit(KycController.java:${ri(30, 200)})\n\tat sun.reflect.GeneratedMethodAccessor${ri(100, 999)}.invoke(Unknown Source)\n`;
    } else if (ev === 'pay') line('INFO', 'c.e.pay.UnionPayClient', `代扣请求 orderNo=${d.X('order_no', G.orderNo())} accNo=${W.card(d, p)} customerNm=${W.name(d, p)} phoneNo=${W.mobile(d, p)} txnAmt=${d.X('amount_fen', G.fen())} txnTime=${G.datetime().replace(/\D/g, '')}`);
    else line('DEBUG', 'c.e.crm.web.CustomerController', `query by mobile=${W.mobile(d, p, pickW({ bare: 3, dash: 1 }))}, hit cache key=crm:customer:${d.X('snowflake_id', G.snowflake())}, masked=${DC.mobile(d, p)}`);
  }
  line('INFO', 'o.s.b.w.embedded.tomcat.TomcatWebServer', `Tomcat started on port(s): ${d.X('port', '8080')} (http) with context path ''`);
  return s;
};

KINDS.nginx_access = (d) => {
  const t0 = baseTime();
  let s = '';
  for (const [i, p] of people(ri(12, 25)).entries()) {
    const t = new Date(t0 + i * ri(500, 20000));
    const ip = d.X('ip_address', G.ip());
    const tsv = G.ms();
    const ts = () => d.X('ms_timestamp', tsv);
    let path;
    const r = rand();
    if (r < 0.35) path = `/api/v1/customer/query?mobile=${W.mobile(d, p, pickW({ bare: 4, url86: 1, urlsp: 1 }))}&idcard=${W.id(d, p, pickW({ bare: 3, lowerx: 1 }))}&name=${W.name(d, p, 'url')}&_t=${ts()}`;
    else if (r < 0.55) path = `/h5/register/submit?realName=${W.name(d, p, 'url')}&phone=${W.mobile(d, p)}&email=${W.email(d, p, 'url')}&inviteCode=${d.X('invite_code', hex(6).toUpperCase())}&ts=${ts()}`;
    else if (r < 0.7) path = `/pay/bindCard?cardNo=${W.card(d, p)}&holder=${W.name(d, p, 'url')}&mobile=${W.mobile(d, p)}&sign=${d.X('md5_hash', G.md5(p.card + tsv))}`;
    else if (r < 0.8) path = `/static/js/chunk-vendors.${d.X('hash_fragment', hex(8))}.js?v=${d.X('version', G.version())}`;
    else if (r < 0.9) path = `/api/v2/order/detail?orderNo=${d.X('order_no', G.orderNo())}&userId=${d.X('snowflake_id', G.snowflake())}&_=${ts()}`;
    else path = `/api/kyc/ocr/result?certNo=${W.id(d, p)}&company=${encodeURIComponent(p.company ? p.company.name : '无')}&uscc=${W.uscc(d, p) ?? ''}`;
    const ref = chance(0.5) ? `https://crm.example-corp.cn/customer/list?page=${ri(1, 40)}` : '-';
    const ua = chance(0.5) ? `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${d.X('version', G.chrome())} Safari/537.36` : `okhttp/${d.X('version', G.version())}`;
    s += `${ip} - - [${fmtNginxTime(t)}] "${pick(['GET', 'GET', 'POST'])} ${path} HTTP/1.1" ${pick([200, 200, 200, 302, 404, 499, 502])} ${ri(100, 90000)} "${ref}" "${ua}" ${(ri(1, 3000) / 1000).toFixed(3)}\n`;
  }
  return s;
};

KINDS.redis_monitor = (d) => {
  let s = 'OK\n';
  let t = +G.unix();
  const cli = `${d.X('ip_address', G.ip())}:${d.X('client_port', String(ri(30000, 65000)))}`;
  for (const p of people(ri(10, 20))) {
    const ts = () => `${t++}.${digits(6)}`;
    const uid = d.X('snowflake_id', G.snowflake());
    const nm = redisEsc(p.name);
    d.D('person_name_zh', p.name, nm);
    s += `${ts()} [0 ${cli}] "HSET" "crm:customer:${uid}" "name" "${nm}" "mobile" "${W.mobile(d, p)}" "idCard" "${W.id(d, p)}" "email" "${W.email(d, p)}"\n`;
    if (chance(0.6)) s += `${ts()} [0 ${cli}] "SETEX" "sms:code:${W.mobile(d, p)}" "300" "${d.X('sms_code', G.smsCode())}"\n`;
    if (chance(0.5)) s += `${ts()} [0 ${cli}] "SET" "bankcard:bind:${uid}" "{\\"cardNo\\":\\"${W.card(d, p)}\\",\\"bank\\":\\"${redisEsc(p.bank)}\\"}" "EX" "86400"\n`;
    if (chance(0.5)) s += `${ts()} [0 ${cli}] "GET" "token:${d.X('jwt', G.jwt(uid))}"\n`;
    if (chance(0.4)) s += `${ts()} [0 ${cli}] "ZADD" "rank:points" "${d.X('amount_fen', G.fen())}" "${uid}"\n`;
    if (chance(0.3)) s += `${ts()} [0 ${cli}] "SADD" "blacklist:phone_md5" "${d.X('md5_of_mobile', G.md5(p.mobile))}"\n`;
  }
  return s;
};

KINDS.es_bulk = (d) => {
  let s = '';
  const idx = `crm-customer-${G.date().slice(0, 7).replace('-', '.')}`;
  for (const p of people(ri(10, 20))) {
    const id = d.X('snowflake_id', G.snowflake());
    s += J({ index: { _index: idx, _id: id } }, 0) + '\n';
    const o = { customerId: id, realName: W.name(d, p), mobile: W.mobile(d, p), idCard: W.id(d, p, pickW({ bare: 5, lowerx: 1 })), email: W.email(d, p), bankCard: { no: W.card(d, p), bank: p.bank } };
    if (p.passport) o.passportNo = W.passport(d, p);
    if (p.landline) o.tel = W.tel(d, p);
    if (p.company) o.company = { name: p.company.name, creditCode: W.uscc(d, p) };
    o.location = { lat: R(d.X('latitude', G.lat())), lon: R(d.X('longitude', G.lng())) };
    o['@timestamp'] = new Date(+G.ms()).toISOString();
    o.deviceIccid = d.X('iccid', G.iccid());
    o.lastOrder = { orderNo: d.X('order_no', G.orderNo()), amountFen: R(d.X('amount_fen', G.fen())), payTxn: d.X('transaction_id', G.wxTxn()) };
    o.sessionTrace = d.X('trace_id', G.traceId());
    o.tags = [pick(['vip', 'new', 'churn-risk', 'loan'])];
    s += J(o, 0) + '\n';
  }
  return s;
};

KINDS.java_fixture = (d) => {
  const pkg = pick(['crm', 'member', 'loan', 'mall']);
  const cls = pick(['CustomerServiceTest', 'CustomerMapperTest', 'KycFlowIT', 'ExportJobTest']);
  const uid = d.X('snowflake_id', G.snowflake());
  let s = `package com.example.${pkg}.service;\n\nimport org.junit.jupiter.api.Test;\nimport org.junit.jupiter.params.ParameterizedTest;\nimport org.junit.jupiter.params.provider.MethodSource;\nimport org.springframework.beans.factory.annotation.Autowired;\nimport org.springframework.boot.test.context.SpringBootTest;\n\nimport java.util.stream.Stream;\n\nimport static org.junit.jupiter.api.Assertions.*;\n\n@SpringBootTest\nclass ${cls} {\n\n    private static final long USER_ID = ${uid}L;\n    private static final long ORDER_NO = ${d.X('order_no', G.orderNo(18))}L;\n    private static final String VISA_TEST_CARD = "${DC.testCard(d)}"; // 文档里的测试卡\n    private static final String TRACE = "${d.X('trace_id', G.traceId())}";\n\n    @Autowired\n    private CustomerService customerService;\n\n    static Stream<Customer> customers() {\n        return Stream.of(\n`;
  const ps = people(ri(8, 16));
  s += ps.map((p) => {
    let b = `            Customer.builder().id(${d.X('auto_increment_id', String(ri(1, 99999)))}L).realName("${W.name(d, p)}").mobile("${W.mobile(d, p)}").idCard("${W.id(d, p)}").bankCardNo("${W.card(d, p)}").email("${W.email(d, p)}")`;
    if (p.passport) b += `.passportNo("${W.passport(d, p)}")`;
    if (p.company) b += `.companyCreditCode("${W.uscc(d, p)}")`;
    if (p.landline) b += `.officeTel("${W.tel(d, p)}")`;
    return b + `.createdAt(${d.X('ms_timestamp', G.ms())}L).build()`;
  }).join(',\n');
  const p0 = ps[0];
  s += `\n        );\n    }\n\n    @ParameterizedTest\n    @MethodSource("customers")\n    void saveAndLoad(Customer c) {\n        Customer saved = customerService.save(c);\n        assertEquals(c.getMobile(), customerService.findById(saved.getId()).getMobile());\n    }\n\n    @Test\n    void maskMobile() {\n        assertEquals("${DC.mobile(d, p0)}", Masker.mobile("${W.mobile(d, p0)}"));\n        assertEquals("${DC.id(d, p0)}", Masker.idCard("${W.id(d, p0)}"));\n    }\n\n    @Test\n    void hashMobile() {\n        assertEquals("${d.X('md5_of_mobile', G.md5(p0.mobile))}", DigestUtils.md5Hex("${W.mobile(d, p0)}"));\n        assertTrue(BCrypt.checkpw("123456", "${d.X('bcrypt_hash', G.bcrypt())}"));\n    }\n}\n`;
  return s;
};

KINDS.python_seed = (d) => {
  let s = `# -*- coding: utf-8 -*-\n"""seed_customers.py — 本地/测试环境灌数脚本 (python manage.py shell < seed_customers.py)"""\nimport uuid\nfrom decimal import Decimal\n\nfrom crm.models import Customer, BankCard, Company\n\nCUSTOMERS = [\n`;
  const ps = people(ri(10, 20));
  for (const p of ps) { const qt = chance(0.5) ? "'" : '"'; s += `    (${qt}${W.name(d, p)}${qt}, "${W.mobile(d, p, pickW({ bare: 5, plus86: 1 }))}", "${W.id(d, p)}", "${W.card(d, p)}", "${W.email(d, p)}"),\n`; }
  s += `]\n\nfor name, mobile, id_card, card_no, email in CUSTOMERS:\n    c = Customer.objects.create(\n        id=uuid.UUID("${d.X('uuid', G.uuid())}"),\n        real_name=name, mobile=mobile, id_card=id_card, email=email,\n        balance=Decimal("${(ri(0, 9999999) / 100).toFixed(2)}"),\n    )\n    BankCard.objects.create(customer=c, card_no=card_no)\n\n`;
  for (const p of ps.filter((p) => p.company || p.passport || p.landline)) {
    if (p.company) { const lp = newPerson(); s += `Company.objects.create(name="${p.company.name}", credit_code="${W.uscc(d, p)}", legal_person="${W.name(d, lp)}", tel="${W.tel(d, p) ?? ''}")\n`; }
    else if (p.passport) s += `Customer.objects.filter(mobile="${W.mobile(d, p)}").update(passport_no="${W.passport(d, p)}")\n`;
    else s += `Customer.objects.filter(id_card="${W.id(d, p)}").update(home_tel="${W.tel(d, p, 'dash')}")\n`;
  }
  s += `\n# 管理员账号\nADMIN = {"username": "admin", "password_hash": "${d.X('bcrypt_hash', G.bcrypt())}", "api_key": "${d.X('base64_blob', G.b64(32))}"}\nSENTRY_RELEASE = "${d.X('git_commit', G.gitCommit())}"\nREDIS = "redis://${d.X('ip_address', G.ip())}:${d.X('port', '6379')}/0"\n`;
  return s;
};

KINDS.dotenv = (d) => {
  const ps = people(ri(3, 6));
  const p0 = ps[0];
  let s = `# .env.staging — 测试环境配置（勿提交）\nAPP_ENV=staging\nAPP_VERSION=${d.X('version', G.version())}\nDB_HOST=${d.X('ip_address', G.ip())}\nDB_PORT=${d.X('port', G.port())}\nDB_USER=crm_rw\nDB_PASSWORD=${d.X('base64_blob', G.b64(12))}\nREDIS_URL=redis://:${hex(12)}@${d.X('ip_address', G.ip())}:6379/2\nJWT_SECRET=${d.X('base64_blob', G.b64(48))}\nSENTRY_DSN=${d.X('sentry_dsn', `https://${hex(32)}@o${ri(100000, 999999)}.ingest.sentry.io/${ri(1000000, 9999999)}`)}\nGIT_REPO=${d.X('git_ssh_url', G.gitSsh())}\nSMTP_FROM=${d.X('localhost_address', G.localAddr())}\n\n# 测试账号（真实手机号，联调用）\nTEST_ACCOUNT_NAME=${W.name(d, p0)}\nTEST_ACCOUNT_MOBILE=${W.mobile(d, p0)}\nTEST_ACCOUNT_IDCARD=${W.id(d, p0)}\nTEST_ACCOUNT_BANK_CARD=${W.card(d, p0)}\nTEST_ACCOUNT_EMAIL=${W.email(d, p0)}\n`;
  if (p0.passport) s += `TEST_ACCOUNT_PASSPORT=${W.passport(d, p0)}\n`;
  s += `\n# 短信白名单\nSMS_WHITELIST=${ps.map((p) => W.mobile(d, p)).concat(Array.from({ length: ri(3, 10) }, () => W.mobile(d, newPerson()))).join(',')}\nSMS_BLACKLIST_MD5=${d.X('md5_of_mobile', G.md5(newMobile()))}\n`;
  s += `ALERT_MAIL_TO=${ps.map((p) => W.email(d, p)).join(';')}\nOPS_ONCALL_TEL=${W.tel(d, ps.find((p) => p.landline) || { landline: null }) ?? d.X('service_hotline', G.hotline())}\n`;
  const co = ps.find((p) => p.company);
  if (co) s += `INVOICE_TITLE=${co.company.name}\nINVOICE_TAX_NO=${W.uscc(d, co)}\n`;
  s += `IOT_TEST_MSISDN=${d.X('unallocated_11digit', G.unalloc())}\nFEATURE_FLAGS_TS=${d.X('ms_timestamp', G.ms())}\nWECHAT_APPID=${d.X('wechat_appid', G.wxAppId())}\n`;
  return s;
};

KINDS.spring_config = (d) => {
  const ps = people(ri(3, 6));
  let s;
  if (chance(0.5)) {
    s = `# application-test.yml\nserver:\n  port: ${d.X('port', G.port())}\nspring:\n  datasource:\n    url: jdbc:mysql://${d.X('ip_address', G.ip())}:3306/crm?useUnicode=true&characterEncoding=utf8\n    username: crm\n  redis:\n    host: ${d.X('ip_address', G.ip())}\n  mail:\n    username: ${W.email(d, ps[0])}\napp:\n  version: ${d.X('version', G.version())}\n  test-accounts:\n`;
    for (const p of ps) { s += `    - name: ${W.name(d, p)}\n      mobile: "${W.mobile(d, p)}"\n      id-card: ${W.id(d, p)}\n      bank-card: "${W.card(d, p)}"\n`; if (p.passport) s += `      passport: ${W.passport(d, p)}\n`; }
    s += `  sms:\n    whitelist: [${Array.from({ length: ri(3, 8) }, () => W.mobile(d, newPerson())).join(', ')}]\n    sign-secret: ${d.X('base64_blob', G.b64(24))}\n  notify:\n    oncall: ${ps.map((p) => W.email(d, p)).join(',')}\n    hotline: ${d.X('service_hotline', G.hotline())}\n`;
    const co = ps.find((p) => p.company); if (co) s += `  invoice:\n    title: ${co.company.name}\n    tax-no: ${W.uscc(d, co)}\n    tel: ${W.tel(d, co) ?? W.mobile(d, co)}\n`;
    s += `  iot:\n    test-msisdn: ${d.X('unallocated_11digit', G.unalloc())}\n    test-iccid: ${d.X('iccid', G.iccid())}\n`;
  } else {
    s = `# application-test.properties\nserver.port=${d.X('port', G.port())}\nspring.datasource.url=jdbc:postgresql://${d.X('ip_address', G.ip())}:5432/member\nspring.mail.username=${W.email(d, ps[0])}\nbuild.version=${d.X('version', G.version())}\n`;
    ps.forEach((p, i) => { s += `test.account[${i}].real-name=${W.name(d, p)}\ntest.account[${i}].mobile=${W.mobile(d, p, pickW({ bare: 3, plus86: 1 }))}\ntest.account[${i}].id-card=${W.id(d, p)}\ntest.account[${i}].card-no=${W.card(d, p)}\n`; if (p.landline) s += `test.account[${i}].tel=${W.tel(d, p)}\n`; });
    s += `sms.whitelist=${Array.from({ length: ri(3, 8) }, () => W.mobile(d, newPerson())).join(',')}\nalert.mail.to=${ps.map((p) => W.email(d, p)).join(',')}\nmanagement.endpoints.jmx.domain=${d.X('localhost_address', G.localAddr())}\niot.device.msisdn=${d.X('unallocated_11digit', G.unalloc())}\n`;
    const co = ps.find((p) => p.company); if (co) s += `invoice.tax-no=${W.uscc(d, co)}\ninvoice.title=${co.company.name}\n`;
  }
  return s;
};

KINDS.postman = (d) => {
  const items = [];
  const base = `http://${d.X('ip_address', G.ip())}:${d.X('port', G.port())}`;
  for (const p of people(ri(5, 10))) {
    const tok = d.X('jwt', G.jwt());
    const r = rand();
    if (r < 0.5) {
      const body = { realName: W.name(d, p), mobile: W.mobile(d, p), idCard: W.id(d, p), bankCardNo: W.card(d, p), email: W.email(d, p) };
      if (p.passport) body.passportNo = W.passport(d, p);
      if (p.company) body.companyCreditCode = W.uscc(d, p);
      items.push({ name: '注册客户 - ' + pick(['正常', '重复手机号', '证件校验']), request: { method: 'POST', header: [{ key: 'Authorization', value: 'Bearer ' + tok }, { key: 'Content-Type', value: 'application/json' }], body: { mode: 'raw', raw: J(body, 4) }, url: { raw: '{{baseUrl}}/api/v1/customers', host: ['{{baseUrl}}'], path: ['api', 'v1', 'customers'] } } });
    } else {
      const m = W.mobile(d, p);
      items.push({ name: '按手机号查询', request: { method: 'GET', header: [{ key: 'Authorization', value: 'Bearer ' + tok }, { key: 'X-Request-Id', value: d.X('uuid', G.uuid()) }], url: { raw: `{{baseUrl}}/api/v1/customers/search?mobile=${m}&name=${W.name(d, p, 'url')}`, query: [{ key: 'mobile', value: m }, { key: 'name', value: W.name(d, p) }] } },
        response: [{ name: '示例', code: 200, body: J({ code: 0, data: { id: d.X('snowflake_id', G.snowflake()), realName: W.name(d, p), mobile: m, idCard: W.id(d, p), tel: W.tel(d, p) ?? undefined } }, 2) }] });
    }
  }
  return J({ info: { _postman_id: d.X('uuid', G.uuid()), name: 'CRM API (测试环境)', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json', _exporter_id: d.X('auto_increment_id', String(ri(1000000, 39999999))) }, item: items, variable: [{ key: 'baseUrl', value: base }] }, 2);
};

KINDS.har = (d) => {
  const entries = [];
  const host = pick(['crm.example-corp.cn', 'm.example-mall.cn', 'kyc.example-loan.cn']);
  for (const p of people(ri(4, 9))) {
    const sid = d.X('session_id', G.session());
    const m = W.mobile(d, p);
    const nmU = W.name(d, p, 'url');
    const form = `name=${nmU}&mobile=${m}&idCard=${W.id(d, p)}&email=${W.email(d, p, 'url')}&cardNo=${W.card(d, p)}`;
    const resp = J({ code: 0, msg: 'ok', data: { customerId: d.X('snowflake_id', G.snowflake()), realName: W.name(d, p), mobile: m, email: W.email(d, p), bankCard: W.card(d, p), tel: W.tel(d, p) ?? undefined } }, 0);
    entries.push({
      startedDateTime: new Date(+G.ms()).toISOString(), time: R((ri(10, 3000) / 10).toFixed(1)),
      request: { method: 'POST', url: `https://${host}/api/customer/save?mobile=${m}&_t=${d.X('ms_timestamp', G.ms())}`, httpVersion: 'HTTP/1.1',
        headers: [{ name: 'Cookie', value: `JSESSIONID=${sid}; _ga=GA1.2.${d.X('ga_client_id', String(ri(100000000, 2147483647)))}.${d.X('unix_timestamp', G.unix())}` }, { name: 'User-Agent', value: `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${d.X('version', G.chrome())} Safari/537.36` }],
        queryString: [{ name: 'mobile', value: m }], postData: { mimeType: 'application/x-www-form-urlencoded', text: form, params: [{ name: 'name', value: W.name(d, p) }] } },
      response: { status: 200, statusText: 'OK', httpVersion: 'HTTP/1.1', headers: [{ name: 'ETag', value: `W/"${d.X('hash_fragment', hex(16))}"` }], content: { size: R(resp.length), mimeType: 'application/json;charset=UTF-8', text: resp } },
      serverIPAddress: d.X('ip_address', G.ip()), connection: d.X('client_port', String(ri(1000, 65000))), timings: { blocked: R(ri(1, 50)), dns: R(-1), send: R(0), wait: R(ri(10, 900)), receive: R(ri(1, 30)) },
    });
  }
  return J({ log: { version: '1.2', creator: { name: 'WebInspector', version: d.X('version', '537.36') }, pages: [], entries } }, 2);
};

KINDS.git_diff = (d) => {
  const author = newPerson();
  const aEmail = `${author.surPy}${author.givenPy}@example-corp.cn`;
  d.E('email', aEmail);
  let s = `commit ${d.X('git_commit', G.gitCommit())}\nAuthor: ${author.givenPy} ${author.surPy} <${aEmail}>\nDate:   ${pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} ${pick(MON)} ${ri(1, 28)} ${pad2(ri(8, 22))}:${pad2(ri(0, 59))}:${pad2(ri(0, 59))} 2024 +0800\n\n    test: 添加客户导出测试数据 (#${ri(100, 2000)})\n\n`;
  const ps = people(ri(8, 16));
  const lines = J(ps.map((p) => {
    const o = { id: R(d.X('auto_increment_id', String(ri(1, 9999)))), name: W.name(d, p), mobile: W.mobile(d, p), idCard: W.id(d, p), bankCardNo: W.card(d, p), email: W.email(d, p) };
    if (p.landline) o.tel = W.tel(d, p);
    if (p.passport) o.passportNo = W.passport(d, p);
    return o;
  }), 2).split('\n');
  s += `diff --git a/src/test/resources/fixtures/customers.json b/src/test/resources/fixtures/customers.json\nnew file mode 100644\nindex 0000000..${d.X('git_short_hash', G.shortHash())}\n--- /dev/null\n+++ b/src/test/resources/fixtures/customers.json\n@@ -0,0 +1,${lines.length} @@\n` + lines.map((l) => '+' + l).join('\n') + '\n';
  const q = people(ri(2, 4));
  s += `diff --git a/sql/seed.sql b/sql/seed.sql\nindex ${d.X('git_short_hash', G.shortHash())}..${d.X('git_short_hash', G.shortHash())} 100644\n--- a/sql/seed.sql\n+++ b/sql/seed.sql\n@@ -${ri(10, 80)},3 +${ri(10, 80)},${q.length + 3} @@\n INSERT INTO t_customer (real_name, mobile, id_card) VALUES\n`;
  s += q.map((p, i) => `+  ('${W.name(d, p)}', '${W.mobile(d, p)}', '${W.id(d, p)}')${i === q.length - 1 ? ';' : ','}`).join('\n') + '\n';
  const old = newPerson(), nw = newPerson();
  s += `diff --git a/.env.test b/.env.test\nindex ${d.X('git_short_hash', G.shortHash())}..${d.X('git_short_hash', G.shortHash())} 100644\n--- a/.env.test\n+++ b/.env.test\n@@ -3,4 +3,4 @@ APP_ENV=test\n DB_HOST=${d.X('ip_address', G.ip())}\n-TEST_MOBILE=${W.mobile(d, old)}\n+TEST_MOBILE=${W.mobile(d, nw)}\n-TEST_EMAIL=${W.email(d, old)}\n+TEST_EMAIL=${W.email(d, nw)}\n REPO=${d.X('git_ssh_url', G.gitSsh())}\n`;
  s += `diff --git a/package.json b/package.json\n--- a/package.json\n+++ b/package.json\n@@ -12,6 +12,7 @@\n     "${d.X('npm_scope', G.npm())}": "^${d.X('version', G.version())}",\n+    "${d.X('npm_scope', G.npm())}": "~${d.X('version', G.version())}",\n`;
  return s;
};

KINDS.mongoexport = (d) => {
  let s = '';
  for (const p of people(ri(10, 20))) {
    const o = { _id: { $oid: d.X('mongo_objectid', G.objectId()) }, name: W.name(d, p), mobile: W.mobile(d, p, pickW({ bare: 5, plus86: 1 })), idCard: W.id(d, p), email: W.email(d, p), cards: [{ no: W.card(d, p), bank: p.bank }] };
    if (p.passport) o.passport = { no: W.passport(d, p), country: 'CHN' };
    if (p.landline) o.homeTel = W.tel(d, p, pickW({ dash: 2, bare: 1 }));
    if (p.company) o.employer = { name: p.company.name, uscc: W.uscc(d, p) };
    o.balance = { $numberLong: d.X('amount_fen', G.fen()) };
    o.createdAt = { $date: new Date(+G.ms()).toISOString() };
    o.deviceId = d.X('imei', G.imei());
    o.lastOrderNo = d.X('order_no', G.orderNo());
    o.pwd = d.X('bcrypt_hash', G.bcrypt());
    o.v = R(ri(0, 9));
    s += J(o, 0) + '\n';
  }
  return s;
};

KINDS.mybatis_log = (d) => {
  let s = '';
  const pid = d.X('process_id', String(ri(1000, 65000)));
  const t0 = baseTime();
  let i = 0;
  const L = (logger, msg) => { s += `${fmtLogTime(new Date(t0 + (i++) * ri(1, 900)))} DEBUG ${pid} --- [nio-8080-exec-${ri(1, 99)}] ${logger.padEnd(40)} : ${msg}\n`; };
  for (const p of people(ri(8, 16))) {
    const id = d.X('snowflake_id', G.snowflake());
    if (chance(0.6)) {
      L('c.e.crm.mapper.CustomerMapper.insert', '==>  Preparing: INSERT INTO t_customer (id, real_name, mobile, id_card, bank_card_no, email, office_tel, create_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
      L('c.e.crm.mapper.CustomerMapper.insert', `==> Parameters: ${id}(Long), ${W.name(d, p)}(String), ${W.mobile(d, p)}(String), ${W.id(d, p)}(String), ${W.card(d, p)}(String), ${W.email(d, p)}(String), ${W.tel(d, p) ?? 'null'}${p.landline ? '(String)' : ''}, ${G.datetime()}.0(Timestamp)`);
      L('c.e.crm.mapper.CustomerMapper.insert', '<==    Updates: 1');
    } else {
      L('c.e.crm.mapper.CustomerMapper.selectByMobile', '==>  Preparing: SELECT id, real_name, mobile, id_card, company_uscc FROM t_customer WHERE mobile = ? AND deleted = 0');
      const m = W.mobile(d, p);
      L('c.e.crm.mapper.CustomerMapper.selectByMobile', `==> Parameters: ${m}(String)`);
      L('c.e.crm.mapper.CustomerMapper.selectByMobile', '<==    Columns: id, real_name, mobile, id_card, company_uscc');
      L('c.e.crm.mapper.CustomerMapper.selectByMobile', `<==        Row: ${id}, ${W.name(d, p)}, ${m}, ${W.id(d, p)}, ${W.uscc(d, p) ?? 'null'}`);
      L('c.e.crm.mapper.CustomerMapper.selectByMobile', '<==      Total: 1');
    }
    if (chance(0.3)) { L('c.e.pay.mapper.PayOrderMapper.insert', '==>  Preparing: INSERT INTO pay_order (order_no, user_id, amount_fen, trade_no) VALUES (?, ?, ?, ?)'); L('c.e.pay.mapper.PayOrderMapper.insert', `==> Parameters: ${d.X('order_no', G.orderNo())}(String), ${id}(Long), ${d.X('amount_fen', G.fen())}(Long), ${d.X('transaction_id', G.aliTrade())}(String)`); }
  }
  return s;
};

KINDS.binlog = (d) => {
  let s = `/*!50530 SET @@SESSION.PSEUDO_SLAVE_MODE=1*/;\n# at 4\n#${G.date().slice(2).replace(/-/g, '')} ${pad2(ri(0, 23))}:${pad2(ri(0, 59))}:${pad2(ri(0, 59))} server id ${d.X('server_id', String(ri(1, 999)))}  end_log_pos 126 CRC32 ${d.X('crc32', G.crc())} \tStart: binlog v 4, server v ${d.X('version', G.version())} created\n`;
  let pos = ri(1000, 90000);
  const tid = d.X('table_id', String(ri(80, 400)));
  for (const p of people(ri(8, 16))) {
    const np = pos + ri(200, 900);
    const ins = chance(0.7);
    s += `# at ${pos}\n#${G.date().slice(2).replace(/-/g, '')} ${pad2(ri(0, 23))}:${pad2(ri(0, 59))}:${pad2(ri(0, 59))} server id 1  end_log_pos ${np} CRC32 ${d.X('crc32', G.crc())} \t${ins ? 'Write_rows' : 'Update_rows'}: table id ${tid} flags: STMT_END_F\n`;
    const nm = p.name; d.D('person_name_zh', nm); // positional @2 only: person context is ambiguous
    if (ins) {
      s += `### INSERT INTO \`crm\`.\`customer\`\n### SET\n###   @1=${d.X('auto_increment_id', String(ri(1, 999999)))}\n###   @2='${nm}'\n###   @3='${W.mobile(d, p)}'\n###   @4='${W.id(d, p)}'\n###   @5='${W.card(d, p)}'\n###   @6='${W.email(d, p)}'\n###   @7=${d.X('ms_timestamp', G.ms())}\n`;
    } else {
      const m2 = newMobile();
      s += `### UPDATE \`crm\`.\`customer\`\n### WHERE\n###   @1=${d.X('auto_increment_id', String(ri(1, 999999)))}\n###   @2='${nm}'\n###   @3='${W.mobile(d, p)}'\n### SET\n###   @2='${nm}'\n###   @3='${W.mobile(d, p, 'bare', m2)}'\n###   @8='${d.X('md5_of_mobile', G.md5(m2))}'\n`;
    }
    s += `# at ${np}\n#${G.date().slice(2).replace(/-/g, '')} 10:00:00 server id 1  end_log_pos ${np + 31} CRC32 ${d.X('crc32', G.crc())} \tXid = ${d.X('xid', String(ri(100000, 99999999)))}\nCOMMIT/*!*/;\n`;
    pos = np + 31;
  }
  return s + `# End of log file\n`;
};

KINDS.kafka_console = (d) => {
  let s = '';
  for (const p of people(ri(10, 20))) {
    const key = d.X('snowflake_id', G.snowflake());
    const ev = chance(0.6) ? 'CUSTOMER_CREATED' : 'CUSTOMER_UPDATED';
    let v;
    if (ev === 'CUSTOMER_CREATED') v = { eventId: d.X('uuid', G.uuid()), eventType: ev, occurredAt: R(d.X('ms_timestamp', G.ms())), payload: { customerId: key, realName: W.name(d, p), mobile: W.mobile(d, p), idCard: W.id(d, p), email: W.email(d, p), company: p.company ? { name: p.company.name, creditCode: W.uscc(d, p) } : null } };
    else { const q = newPerson(); v = { eventId: d.X('uuid', G.uuid()), eventType: ev, occurredAt: R(d.X('ms_timestamp', G.ms())), before: { mobile: W.mobile(d, p), bankCardNo: W.card(d, p) }, after: { mobile: W.mobile(d, q), bankCardNo: W.card(d, q) }, operator: { name: W.name(d, p), tel: W.tel(d, p) ?? undefined } }; }
    s += `CreateTime:${d.X('ms_timestamp', G.ms())}\ttraceparent:00-${d.X('trace_id', G.traceId())}-${d.X('span_id', G.spanId())}-01\tPartition:${ri(0, 11)}\tOffset:${d.X('kafka_offset', String(ri(1000, 99999999)))}\t${key}\t${J(v, 0)}\n`;
  }
  return s + `Processed a total of ${ri(10, 9999)} messages\n`;
};

KINDS.shell_history = (d) => {
  const lines = [];
  for (const p of people(ri(6, 12))) {
    const r = rand();
    const hv = G.ip(); let hUsed = false;
    const H = () => { if (!hUsed) { d.X('ip_address', hv); hUsed = true; } return hv; };
    if (r < 0.25) lines.push(`mysql -h${H()} -P3306 -ucrm_ro -p'${hex(10)}' crm -e "SELECT real_name, mobile, bank_card_no FROM customer WHERE id_card='${W.id(d, p)}'"`);
    else if (r < 0.45) lines.push(`curl -s -X POST 'http://${H()}:8080/api/v1/customers' -H 'Authorization: Bearer ${d.X('jwt', G.jwt())}' -H 'Content-Type: application/json' -d '{"name":"${W.name(d, p)}","mobile":"${W.mobile(d, p)}","idCard":"${W.id(d, p)}","email":"${W.email(d, p)}"}'`);
    else if (r < 0.6) lines.push(`grep -rn '${W.mobile(d, p)}' /data/logs/crm-api/ | less`);
    else if (r < 0.7) lines.push(`redis-cli -h ${H()} -p ${d.X('port', '6379')} HGETALL crm:customer:${d.X('snowflake_id', G.snowflake())}`);
    else if (r < 0.8) lines.push(`echo -n '${W.mobile(d, p)}' | md5sum   # ${d.X('md5_of_mobile', G.md5(p.mobile))}`);
    else if (r < 0.9) lines.push(`psql -h ${H()} -U kyc -c "UPDATE kyc_profile SET card_number='${W.card(d, p)}', full_name='${W.name(d, p)}' WHERE phone='${W.mobile(d, p)}';"`);
    else lines.push(`curl 'https://api.example-sms.cn/send?to=${W.mobile(d, p, 'url86')}&tpl=SMS_${d.X('template_code', digits(9))}&sign=${d.X('md5_hash', G.md5(hex(8)))}'`);
    if (chance(0.3)) lines.push(pick([() => `git clone ${d.X('git_ssh_url', G.gitSsh())}`, () => `docker pull registry.example-corp.cn/crm/api:${d.X('version', G.version())}`, () => `ssh ${d.X('localhost_address', G.localAddr())}`, () => `npm i ${d.X('npm_scope', G.npm())}`, () => `kubectl logs ${d.X('k8s_pod', G.pod())} --since=1h`])());
  }
  return lines.join('\n') + '\n';
};

KINDS.hive_tsv = (d) => {
  const dt = d.X('partition_date', G.date().replace(/-/g, ''));
  let s = ['customer.cust_id', 'customer.real_name', 'customer.mobile', 'customer.id_card', 'customer.bank_card_no', 'customer.email', 'customer.office_tel', 'customer.company_uscc', 'customer.imsi', 'customer.total_fen', 'customer.last_order_no', 'customer.last_login_ms', 'customer.dt'].join('\t') + '\n';
  for (const p of people(ri(14, 30))) {
    s += [d.X('auto_increment_id', String(ri(1, 9999999))), W.name(d, p), W.mobile(d, p), W.id(d, p), W.card(d, p), W.email(d, p), W.tel(d, p, 'bare') ?? 'NULL', W.uscc(d, p, pickW({ plain: 5, lower: 1 })) ?? '\\N', d.X('imsi', G.imsi()), d.X('amount_fen', G.fen()), d.X('order_no', G.orderNo()), d.X('ms_timestamp', G.ms()), dt].join('\t') + '\n';
  }
  return s;
};

KINDS.seed_sql = (d) => {
  const ver = d.X('version', `${ri(1, 3)}.${ri(0, 9)}.${ri(0, 9)}`);
  let s = `-- V${ver}__init_test_customer.sql\n-- 测试数据初始化脚本（从生产库脱敏前导出，待处理）\nSET NAMES utf8mb4;\nDELETE FROM t_customer WHERE id BETWEEN 1000 AND 2000;\n\n`;
  const ps = people(ri(10, 20));
  let pk = 1000;
  for (const p of ps) {
    const id = d.X('auto_increment_id', String(pk++));
    s += `INSERT INTO t_customer (id, real_name, mobile, id_card, email, status, create_time) VALUES (${id}, '${W.name(d, p)}', '${W.mobile(d, p)}', '${W.id(d, p, pickW({ bare: 4, lowerx: 1 }))}', '${W.email(d, p)}', 1, NOW());\n`;
    if (chance(0.7)) s += `UPDATE t_customer SET bank_card_no = '${W.card(d, p)}', bank_name = '${p.bank}', card_md5 = '${d.X('md5_hash', G.md5(p.card))}' WHERE id = ${id};\n`;
    if (p.passport && chance(0.6)) s += `INSERT INTO t_customer_cert (customer_id, cert_type, cert_no) VALUES (${id}, 'PASSPORT', '${W.passport(d, p)}');\n`;
  }
  const cos = ps.filter((p) => p.company);
  if (cos.length) {
    s += `\n-- 企业信息\nINSERT INTO 企业信息 (企业名称, 统一社会信用代码, 法定代表人, 联系电话, 开户账号) VALUES\n`;
    s += cos.map((p) => { const lp = newPerson(); return `  ('${p.company.name}', '${W.uscc(d, p)}', '${W.name(d, lp)}', '${W.tel(d, p) ?? W.mobile(d, lp)}', '${d.X('corporate_account', G.corpAccount())}')`; }).join(',\n') + ';\n';
  }
  s += `\n-- 发票\nINSERT INTO invoice (invoice_code, invoice_no, e_invoice_no, amount_fen) VALUES ('${d.X('invoice_code', G.invoiceCode())}', '${d.X('invoice_no', G.invoiceNo())}', '${d.X('e_invoice_no', G.eInvoiceNo())}', ${d.X('amount_fen', G.fen())});\n`;
  return s;
};

KINDS.openapi_spec = (d) => {
  let s = `openapi: 3.0.1\ninfo:\n  title: 客户中心 API\n  version: ${d.X('version', G.version())}\nservers:\n  - url: http://${d.X('ip_address', G.ip())}:${d.X('port', G.port())}\n    description: 测试环境\npaths:\n  /api/v1/customers/{id}:\n    get:\n      summary: 查询客户\n      parameters:\n        - name: id\n          in: path\n          required: true\n          schema: {type: integer, format: int64}\n          example: ${d.X('snowflake_id', G.snowflake())}\n      responses:\n        '200':\n          description: OK\n          content:\n            application/json:\n              examples:\n`;
  const ps = people(ri(5, 10));
  for (const [i, p] of ps.entries()) {
    s += `                sample${i + 1}:\n                  summary: ${pick(['普通客户', 'VIP 客户', '企业客户'])}\n                  value:\n                    id: ${d.X('snowflake_id', G.snowflake())}\n                    realName: ${W.name(d, p)}\n                    mobile: '${W.mobile(d, p)}'\n                    idCard: '${W.id(d, p)}'\n                    bankCardNo: '${W.card(d, p)}'\n                    email: ${W.email(d, p)}\n`;
    if (p.passport) s += `                    passportNo: ${W.passport(d, p)}\n`;
    if (p.company) s += `                    companyCreditCode: ${W.uscc(d, p)}\n`;
    if (p.landline) s += `                    officeTel: '${W.tel(d, p)}'\n`;
  }
  const p0 = ps[0];
  s += `components:\n  schemas:\n    Customer:\n      type: object\n      properties:\n        id: {type: integer, format: int64, example: ${d.X('snowflake_id', G.snowflake())}}\n        realName: {type: string, example: ${W.name(d, p0)}}\n        mobile: {type: string, pattern: '^1[3-9]\\d{9}$', example: '${W.mobile(d, p0)}'}\n        maskedMobile: {type: string, example: '${DC.mobile(d, p0)}'}\n        idCard: {type: string, minLength: 18, maxLength: 18, example: '${W.id(d, p0)}'}\n        createdAt: {type: integer, example: ${d.X('ms_timestamp', G.ms())}}\n  securitySchemes:\n    bearer: {type: http, scheme: bearer, bearerFormat: JWT}\n`;
  return s;
};

KINDS.iot_sim_export = (d) => {
  // device / SIM inventory joined with the subscriber: lots of 11-digit non-mobiles next to real mobiles
  let s = 'iccid,imsi,msisdn,imei,dell_service_tag,express_service_code,owner_name,owner_mobile,owner_id_card,activated_at\n';
  for (const p of people(ri(14, 28))) {
    const [tag, code] = G.dell();
    s += [d.X('iccid', G.iccid()), d.X('imsi', G.imsi()), d.X('unallocated_11digit', G.unalloc()), d.X('imei', G.imei()), d.X('dell_service_tag', tag), d.X('dell_express_service_code', code), W.name(d, p), W.mobile(d, p), W.id(d, p), d.X('unix_timestamp', G.unix())].join(',') + '\n';
  }
  return s;
};

KINDS.payment_callback_log = (d) => {
  // payment gateway callbacks: order/transaction/alipay ids vs. the payer's card and phone
  let s = '';
  const t0 = baseTime();
  for (const [i, p] of people(ri(8, 16)).entries()) {
    const t = fmtLogTime(new Date(t0 + i * ri(1000, 60000)));
    if (chance(0.5)) s += `${t} INFO  [notify-${ri(1, 8)}] c.e.pay.AlipayNotifyHandler - notify params: {gmt_create=${G.datetime()}, notify_id=${d.X('base64_blob', G.b64(18))}, out_trade_no=${d.X('order_no', G.orderNo())}, trade_no=${d.X('transaction_id', G.aliTrade())}, buyer_id=${d.X('alipay_user_id', G.alipayUid())}, total_amount=${(ri(100, 999999) / 100).toFixed(2)}, buyer_logon_id=${DC.mobile(d, p)}, sign=${d.X('base64_blob', G.b64(48))}}\n`;
    else s += `${t} INFO  [notify-${ri(1, 8)}] c.e.pay.WxPayNotifyHandler - <xml><appid>${d.X('wechat_appid', G.wxAppId())}</appid><mch_id>${d.X('merchant_id', String(ri(1200000000, 1699999999)))}</mch_id><openid>${d.X('openid', G.openid())}</openid><out_trade_no>${d.X('order_no', G.orderNo())}</out_trade_no><transaction_id>${d.X('transaction_id', G.wxTxn())}</transaction_id><total_fee>${d.X('amount_fen', G.fen())}</total_fee><bank_type>${pick(['ICBC_DEBIT', 'CMB_CREDIT', 'OTHERS'])}</bank_type></xml>\n`;
    s += `${t} INFO  [notify-${ri(1, 8)}] c.e.pay.PayService - 支付成功, 付款人=${W.name(d, p)}, 手机=${W.mobile(d, p, pickW({ bare: 3, dash: 1 }))}, 卡号=${W.card(d, p, pickW({ bare: 3, space: 1 }))}, 身份证=${W.id(d, p)}, 脱敏卡号=${DC.card(d, p)}\n`;
  }
  return s;
};

// ------------------------------------------------------------------ build
const DOCS_PER_KIND = 9;
const docs = [];
const kindNames = Object.keys(KINDS);
for (const k of kindNames) {
  for (let n = 1; n <= DOCS_PER_KIND; n++) {
    const d = new Doc(k, n);
    const text = KINDS[k](d);
    d.text = text;
    // sprinkle a few generic don't-care test values and email-like decoys in free-text comment form, appropriate to the format
    docs.push(d);
  }
}

// ------------------------------------------------------------------ self-check
const errors = [];
const err = (d, m) => { if (errors.length < 200) errors.push(`${d.id}: ${m}`); };
function entityValid(det, v) {
  switch (det) {
    case 'cn_resident_id': return isValidIdLoose(v) && REGION_CODES.has(v.slice(0, 6));
    case 'cn_mobile': return isAllocMobile(v);
    case 'bank_card': return /^\d{16,19}$/.test(v) && luhnOk(v) && /^(62|4|5[1-5])/.test(v) && !TEST_CARDS.includes(v);
    case 'email': return isEmail(v) && v === v.toLowerCase();
    case 'cn_uscc': return isValidUsccLoose(v) && ['91', '92', '93', '12', '52', '11', '51'].includes(v.slice(0, 2)) && USCC_REGION_CODES.has(v.slice(2, 8));
    case 'cn_landline': return isLandlineDigits(v);
    case 'cn_passport': return PASSPORT_RE.test(v);
    case 'person_name_zh': return /^[\u4e00-\u9fa5]{2,4}$/.test(v) && (SURNAME_SET.has(v[0]) || SURNAME_SET.has(v.slice(0, 2)));
  }
  return false;
}
const out = [];
const globalEntityValues = new Set();
const globalDecoyTexts = new Map();
for (const d of docs) {
  const text = d.text;
  const entKey = new Map();
  for (const e of d.ents) {
    if (!entityValid(e.detector, e.value)) err(d, `invalid entity ${e.detector} ${e.value}`);
    if (!text.includes(e.written)) err(d, `written form not in text: ${e.detector} ${e.written}`);
    let nv; try { nv = NORM[e.detector](e.written); } catch (x) { nv = '<' + x.message + '>'; }
    if (nv !== e.value) err(d, `written form ${e.written} normalizes to ${nv}, label ${e.value}`);
    entKey.set(e.detector + '\u0000' + e.value, { detector: e.detector, value: e.value });
    globalEntityValues.add(e.value); globalEntityValues.add(e.written);
  }
  const entVals = new Set([...entKey.values()].map((e) => e.value));
  const dcMap = new Map();
  for (const c of d.dcs) {
    if (!text.includes(c.text)) err(d, `dontCare text not in text: ${c.text}`);
    if (entVals.has(c.value)) continue; // labelled elsewhere in this doc: it is an entity, not dontCare
    dcMap.set(c.detector + '\u0000' + c.value + '\u0000' + c.text, { detector: c.detector, value: c.value, text: c.text });
  }
  const dcVals = new Set(); for (const c of dcMap.values()) { dcVals.add(c.value); dcVals.add(c.text); }
  const decMap = new Map();
  for (const x of d.decs) {
    if (!text.includes(x.text)) err(d, `decoy not in text: ${x.kind} ${x.text}`);
    const v = validAs(x.text);
    if (v.length && !dcVals.has(x.text)) err(d, `decoy ${x.kind} ${x.text} is a valid ${v.join('/')}`);
    decMap.set(x.kind + '\u0000' + x.text, { kind: x.kind, text: x.text });
    globalDecoyTexts.set(x.text, x.kind);
  }
  // leak scan: a valid value standing on its own in the text must be labelled or dontCare
  const T = text.normalize('NFKC');
  // labelled under any detector counts (e.g. a valid ID that happens to pass Luhn is an ID, not a card)
  const isLab = (_det, v) => entVals.has(v) || dcVals.has(v);
  const decoyTexts = [...decMap.values()].map((x) => x.text);
  for (const m of T.matchAll(/(?<![0-9A-Za-z])\d+(?![0-9A-Za-z])/g)) {
    const r = m[0];
    const mob = mobileDigits(r);
    if (mob.length === 11 && isAllocMobile(mob) && !isLab('cn_mobile', mob) && !dcVals.has(r)) err(d, `unlabelled mobile ${r}`);
    if (r.length >= 16 && r.length <= 19 && luhnOk(r) && !isLab('bank_card', r)) err(d, `unlabelled Luhn-valid ${r}`);
    if (r.length === 15 && isValidId15(r) && !dcVals.has(r)) err(d, `unlabelled legacy-ID-like ${r}`);
  }
  for (const m of T.matchAll(/(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g)) { const u = m[0].toUpperCase(); if (isValidIdLoose(u) && !isLab('cn_resident_id', u) && !dcVals.has(m[0])) err(d, `unlabelled ID ${m[0]}`); }
  for (const m of T.matchAll(/(?<![0-9A-Za-z])[0-9A-Za-z]{18}(?![0-9A-Za-z])/g)) { const u = m[0].toUpperCase(); if (isValidUsccLoose(u) && !isLab('cn_uscc', u) && !isLab('cn_resident_id', u) && !dcVals.has(m[0])) err(d, `unlabelled USCC-valid ${m[0]}`); }
  for (const m of T.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g)) { const l = m[0].toLowerCase(); if (isEmail(l) && !isLab('email', l) && !dcVals.has(m[0]) && !decoyTexts.some((t) => t.includes(m[0]))) err(d, `unlabelled email ${m[0]}`); }
  out.push({ id: d.id, kind: d.kind, text, entities: [...entKey.values()], dontCare: [...dcMap.values()], decoys: [...decMap.values()] });
}
for (const [t, k] of globalDecoyTexts) if (globalEntityValues.has(t)) errors.push(`decoy ${k} ${t} is also an entity value`);

// ------------------------------------------------------------------ write + summary
fs.writeFileSync(OUT, out.map((o) => JSON.stringify(o)).join('\n') + '\n');
const byDet = {}, byKind = {}, decByKind = {};
let nEnt = 0, nDec = 0, nDc = 0;
for (const o of out) {
  byKind[o.kind] = (byKind[o.kind] || 0) + 1;
  for (const e of o.entities) { byDet[e.detector] = (byDet[e.detector] || 0) + 1; nEnt++; }
  for (const x of o.decoys) { decByKind[x.kind] = (decByKind[x.kind] || 0) + 1; nDec++; }
  nDc += o.dontCare.length;
}
const DETS = ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email', 'cn_uscc', 'cn_landline', 'cn_passport'];
console.log(`wrote ${OUT}`);
console.log(`documents: ${out.length}   kinds: ${Object.keys(byKind).length}`);
console.log(`entities: ${nEnt}   decoys: ${nDec}   dontCare: ${nDc}`);
console.log('entities by detector: ' + DETS.map((k) => `${k}=${byDet[k] || 0}`).join(', '));
console.log('decoys by kind: ' + Object.entries(decByKind).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(', '));
console.log('kinds: ' + Object.entries(byKind).map(([k, v]) => `${k}(${v})`).join(' '));
if (Object.keys(byKind).length < 25) errors.push('fewer than 25 kinds');
if (out.length < 250) errors.push('fewer than 250 documents');
if (nEnt < 8000) errors.push('fewer than 8000 entities');
if (nDec < 8000) errors.push('fewer than 8000 decoys');
if (nDec < nEnt) errors.push('fewer decoys than entities');
for (const k of DETS) if ((byDet[k] || 0) < (k === 'cn_passport' ? 60 : 150)) errors.push(`detector ${k} below target: ${byDet[k] || 0}`);
if (errors.length) { console.error(`SELF-CHECK FAILED (${errors.length}${errors.length >= 200 ? '+' : ''}):\n  ` + errors.slice(0, 400).join('\n  ')); process.exit(1); }
console.log('self-check: OK');
