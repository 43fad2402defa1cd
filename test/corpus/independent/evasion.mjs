#!/usr/bin/env node
// evasion.mjs — independent, labeled evasion corpus for a Chinese DLP detector.
//
// Scenario: a careful insider (a salesperson) knows a DLP system is watching and
// tries to take the customer book (names, mobiles, ID numbers, bank cards,
// e-mails, sometimes landlines / passports / company credit codes) out as TEXT.
// Each technique below is one function that renders a synthetic customer list
// transformed by that technique, and labels what a human who knows the trick
// would recover.
//
// Usage:  node evasion.mjs OUT.jsonl
// No dependencies, Node >= 20, deterministic (own seeded PRNG), all data synthetic.
// Written from the format descriptions in /work/shared/cn-formats.md only
// (session 20, by a helper that never read src/, rules/ or test/).

import { writeFileSync } from 'node:fs';

// ───────────────────────────── PRNG ─────────────────────────────

// mulberry32: tiny 32-bit generator, good enough for test data.
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// FNV-1a, used to derive a per-document seed from the technique name.
function fnv1a(str) {
  let h = 0x811c9dc5;
  for (const ch of str) {
    h ^= ch.codePointAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

class Rng {
  constructor(seed) { this.r = mulberry32(seed); }
  float() { return this.r(); }
  int(lo, hi) { return lo + Math.floor(this.r() * (hi - lo + 1)); }
  pick(arr) { return arr[Math.floor(this.r() * arr.length)]; }
  // biased towards the front of the list (common surnames first)
  pickBiased(arr, power = 1.7) { return arr[Math.floor(Math.pow(this.r(), power) * arr.length)]; }
  chance(p) { return this.r() < p; }
  shuffle(arr) {
    const b = arr.slice();
    for (let i = b.length - 1; i > 0; i--) {
      const j = Math.floor(this.r() * (i + 1));
      [b[i], b[j]] = [b[j], b[i]];
    }
    return b;
  }
  digits(n) { let s = ''; for (let i = 0; i < n; i++) s += String(this.int(0, 9)); return s; }
}

const pad = (n, w) => String(n).padStart(w, '0');

// ───────────────────────── check algorithms ─────────────────────────

// GB 11643 / ISO 7064 MOD 11-2 check character of a 17-digit body.
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheckChar(body17) {
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(body17[i]) * ID_WEIGHTS[i];
  return '10X98765432'[s % 11];
}

// Luhn: the digit to append to `body`, and a validity test.
function luhnCheckDigit(body) {
  let sum = 0;
  let dbl = true; // rightmost digit of the body is doubled once the check digit is appended
  for (let i = body.length - 1; i >= 0; i--, dbl = !dbl) {
    let d = Number(body[i]);
    if (dbl) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}
function luhnValid(s) {
  if (!/^\d+$/.test(s)) return false;
  let sum = 0;
  let dbl = false;
  for (let i = s.length - 1; i >= 0; i--, dbl = !dbl) {
    let d = Number(s[i]);
    if (dbl) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return sum % 10 === 0;
}

// GB 32100 统一社会信用代码: MOD 31 check char over the 31-char alphabet.
const USCC_ALPHA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheckChar(body17) {
  let s = 0;
  for (let i = 0; i < 17; i++) s += USCC_ALPHA.indexOf(body17[i]) * USCC_WEIGHTS[i];
  return USCC_ALPHA[(31 - (s % 31)) % 31];
}
// GB 11714 组织机构代码 check char (position 17 of a USCC) over 8 chars.
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
function orgCheckChar(body8) {
  let s = 0;
  for (let i = 0; i < 8; i++) {
    const c = body8[i];
    const v = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55;
    s += v * ORG_WEIGHTS[i];
  }
  const c = 11 - (s % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

function isRealDate(y, m, d) {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const PROVINCE_PREFIXES = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65']);

// Loose validity (check char + province + real date 1900..2025); used for self-check and
// for flagging accidental look-alikes in noise.
function idLooksValid(s) {
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  if (idCheckChar(s.slice(0, 17)) !== s[17]) return false;
  if (!PROVINCE_PREFIXES.has(s.slice(0, 2))) return false;
  const y = Number(s.slice(6, 10)), m = Number(s.slice(10, 12)), d = Number(s.slice(12, 14));
  return y >= 1900 && y <= 2025 && isRealDate(y, m, d);
}
function usccValid(s) {
  return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s) && usccCheckChar(s.slice(0, 17)) === s[17];
}

// Allocated mobile prefixes we generate (brief: not 154/194; 174 only partly allocated → avoided).
const MOBILE_PREFIXES = [];
for (let p = 130; p <= 139; p++) MOBILE_PREFIXES.push(String(p));
for (const p of [150, 151, 152, 153, 155, 156, 157, 158, 159, 166, 170, 171, 172, 173, 175, 176, 177, 178]) MOBILE_PREFIXES.push(String(p));
for (let p = 180; p <= 189; p++) MOBILE_PREFIXES.push(String(p));
for (const p of [190, 191, 192, 193, 195, 196, 197, 198, 199]) MOBILE_PREFIXES.push(String(p));
// Wider set used only to flag accidental look-alikes (adds other allocated ranges).
const MOBILE_PREFIXES_WIDE = new Set([...MOBILE_PREFIXES, '145', '147', '162', '165', '167']);
const UNALLOCATED_PREFIXES = ['140', '141', '142', '143', '144', '146', '154', '194'];

// ───────────────────────────── data tables ─────────────────────────────

// Common surnames (rough frequency order) with pinyin, for names and e-mail local parts.
const SURNAMES = ('王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu ' +
  '郭guo 何he 高gao 林lin 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng ' +
  '曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai 余yu 杜du 叶ye 程cheng 苏su 魏wei 吕lv 丁ding ' +
  '任ren 沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan 陆lu 汪wang 范fan 金jin 石shi 廖liao 贾jia 夏xia 韦wei ' +
  '付fu 方fang 白bai 邹zou 孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin 薛xue 闫yan 段duan 雷lei 侯hou 龙long 史shi ' +
  '陶tao 黎li 贺he 顾gu 毛mao 郝hao 龚gong 邵shao 万wan 钱qian 严yan 武wu 戴dai 莫mo 孔kong 向xiang 汤tang')
  .split(' ').map((t) => ({ ch: t[0], py: t.slice(1) }));
const COMPOUND_SURNAMES = '欧阳ouyang 司马sima 上官shangguan 诸葛zhuge 司徒situ 令狐linghu 皇甫huangfu'
  .split(' ').map((t) => ({ ch: t.slice(0, 2), py: t.slice(2) }));
const GIVEN = ('伟wei 芳fang 娜na 敏min 静jing 丽li 强qiang 磊lei 军jun 洋yang 勇yong 艳yan 杰jie 娟juan 涛tao ' +
  '明ming 超chao 秀xiu 霞xia 平ping 刚gang 桂gui 英ying 华hua 玉yu 兰lan 文wen 辉hui 建jian 国guo 红hong 丹dan ' +
  '萍ping 鹏peng 宇yu 浩hao 凯kai 晨chen 欣xin 怡yi 佳jia 婷ting 雪xue 琳lin 慧hui 俊jun 博bo 志zhi 海hai 波bo ' +
  '斌bin 莉li 燕yan 倩qian 颖ying 梅mei 淑shu 宁ning 雅ya 子zi 轩xuan 涵han 梓zi 豪hao 然ran 睿rui 泽ze 嘉jia ' +
  '思si 雨yu 晓xiao 诗shi 欢huan 峰feng 亮liang 成cheng 东dong 春chun 秋qiu 琴qin 云yun 飞fei 鑫xin')
  .split(' ').map((t) => ({ ch: t[0], py: t.slice(1) }));
// A few Uyghur-style names with the middle dot (written as a whole).
const MINORITY_NAMES = [
  { name: '买买提·艾力', py: 'maimaiti' }, { name: '阿依古丽·买买提', py: 'ayiguli' },
  { name: '艾尔肯·吐尔逊', py: 'aierken' }, { name: '热依拉·阿不都', py: 'reyila' },
  { name: '古丽米拉·艾合买提', py: 'gulimila' },
];

// County-level region codes (long-standing ones) for ID numbers.
const REGIONS = [
  ['110101', '北京市东城区'], ['110102', '北京市西城区'], ['110105', '北京市朝阳区'], ['110106', '北京市丰台区'],
  ['110108', '北京市海淀区'], ['120101', '天津市和平区'], ['130102', '石家庄市长安区'], ['140105', '太原市小店区'],
  ['150102', '呼和浩特市新城区'], ['210102', '沈阳市和平区'], ['220102', '长春市南关区'], ['230102', '哈尔滨市道里区'],
  ['310101', '上海市黄浦区'], ['310104', '上海市徐汇区'], ['310105', '上海市长宁区'], ['310107', '上海市普陀区'],
  ['310110', '上海市杨浦区'], ['310112', '上海市闵行区'], ['310115', '上海市浦东新区'], ['320102', '南京市玄武区'],
  ['320106', '南京市鼓楼区'], ['320505', '苏州市虎丘区'], ['330102', '杭州市上城区'], ['330106', '杭州市西湖区'],
  ['340104', '合肥市蜀山区'], ['350102', '福州市鼓楼区'], ['350203', '厦门市思明区'], ['360102', '南昌市东湖区'],
  ['370102', '济南市历下区'], ['370202', '青岛市市南区'], ['410105', '郑州市金水区'], ['420102', '武汉市江岸区'],
  ['420106', '武汉市武昌区'], ['430102', '长沙市芙蓉区'], ['440103', '广州市荔湾区'], ['440104', '广州市越秀区'],
  ['440106', '广州市天河区'], ['440303', '深圳市罗湖区'], ['440304', '深圳市福田区'], ['440305', '深圳市南山区'],
  ['450103', '南宁市青秀区'], ['500103', '重庆市渝中区'], ['510104', '成都市锦江区'], ['510107', '成都市武侯区'],
  ['520102', '贵阳市南明区'], ['530102', '昆明市五华区'], ['610103', '西安市碑林区'], ['610113', '西安市雁塔区'],
  ['620102', '兰州市城关区'], ['630102', '西宁市城东区'], ['640104', '银川市兴庆区'], ['650102', '乌鲁木齐市天山区'],
];
const REGION_CODES = new Set(REGIONS.map((r) => r[0]));

// UnionPay BINs (62 prefix) with the card length used and a bank name for context.
const CARD_BINS = [
  ['622202', 19, '工商银行'], ['621226', 19, '工商银行'], ['622848', 19, '农业银行'], ['621700', 19, '建设银行'],
  ['622700', 19, '建设银行'], ['621661', 19, '中国银行'], ['622262', 19, '交通银行'], ['623058', 19, '平安银行'],
  ['622588', 16, '招商银行'], ['622580', 16, '招商银行'], ['625965', 16, '招商银行信用卡'], ['621483', 16, '招商银行'],
];

// Area codes and subscriber-number length (010/02X: 8; 0931 兰州: 7).
const AREAS = [['010', 8], ['020', 8], ['021', 8], ['022', 8], ['023', 8], ['025', 8], ['027', 8], ['028', 8], ['029', 8],
  ['0755', 8], ['0571', 8], ['0512', 8], ['0769', 8], ['0532', 8], ['0731', 8], ['0371', 8], ['0931', 7]];

const EMAIL_DOMAINS = ['qq.com', '163.com', '126.com', 'sina.com', 'sohu.com', 'aliyun.com', 'foxmail.com',
  'outlook.com', 'gmail.com', 'yeah.net', '139.com', '189.cn'];

// Company registration cities (USCC positions 3-8) and name parts.
const COMPANY_CITIES = [['深圳市', '440300'], ['上海市', '310000'], ['杭州市', '330100'], ['苏州市', '320500'],
  ['北京市', '110108'], ['成都市', '510100'], ['广州市', '440106'], ['武汉市', '420100']];
const COMPANY_WORDS = ['华盛', '鼎信', '恒通', '瑞丰', '博远', '中科', '宏达', '诚泰', '天润', '新源', '启航', '汇聚', '嘉禾', '远景'];
const COMPANY_TRADES = ['电子科技', '贸易', '信息技术', '建材', '物流', '餐饮管理', '文化传媒', '医疗器械', '装饰工程'];
const ROADS = ['人民路', '解放路', '中山路', '建设路', '和平街', '新华路', '长江路', '学府路', '科技园路', '滨河大道'];
const ESTATES = ['阳光花园', '翠湖苑', '锦绣家园', '金色港湾', '和谐小区', '万科城', '碧桂园', '保利花园'];

// ───────────────────────────── value generators ─────────────────────────────

function genName(rng) {
  const r = rng.float();
  if (r < 0.03) { const m = rng.pick(MINORITY_NAMES); return { ...m, surZh: m.name.split('·')[0], sur: m.py, given: '', initials: '' }; }
  const sur = r < 0.07 ? rng.pick(COMPOUND_SURNAMES) : rng.pickBiased(SURNAMES);
  const g1 = rng.pick(GIVEN);
  const two = rng.chance(0.65);
  const g2 = two ? rng.pick(GIVEN) : null;
  const name = sur.ch + g1.ch + (g2 ? g2.ch : '');
  const givenPy = g1.py + (g2 ? g2.py : '');
  const initials = (sur.py[0] + g1.py[0] + (g2 ? g2.py[0] : '')).toUpperCase();
  return { name, surZh: sur.ch, sur: sur.py, given: givenPy, g1: g1.py, py: sur.py + givenPy, initials };
}

function genId(rng, gender) {
  const region = rng.pick(REGIONS);
  let y, m, d;
  do { y = rng.int(1955, 2003); m = rng.int(1, 12); d = rng.int(1, 31); } while (!isRealDate(y, m, d));
  const parityDigits = gender === 'M' ? '13579' : '02468';
  const seq = pad(rng.int(0, 99), 2) + rng.pick(parityDigits.split(''));
  const body = region[0] + pad(y, 4) + pad(m, 2) + pad(d, 2) + seq;
  return { id: body + idCheckChar(body), region, y, m, d };
}

function genMobile(rng) {
  return rng.pick(MOBILE_PREFIXES) + rng.digits(8);
}

function genCard(rng) {
  const [bin, len, bank] = rng.pick(CARD_BINS);
  const body = bin + rng.digits(len - bin.length - 1);
  return { card: body + luhnCheckDigit(body), bank };
}

function genLandline(rng) {
  const [area, len] = rng.pick(AREAS);
  const sub = String(rng.int(2, 8)) + rng.digits(len - 1);
  return { digits: area + sub, area, sub, display: `${area}-${sub}` };
}

function genPassport(rng) {
  if (rng.chance(0.5)) return 'E' + rng.digits(8);
  return 'E' + rng.pick('ABCDEFGHJKLMNPQRSTUVWXYZ'.split('')) + rng.digits(7);
}

function genUscc(rng, regionCode) {
  const kind = rng.chance(0.8) ? '91' : '92';
  let org = '';
  if (rng.chance(0.5)) {
    org = 'MA';
    const alpha = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    for (let i = 0; i < 6; i++) org += rng.pick(alpha.split(''));
  } else {
    org = String(rng.int(1, 9)) + rng.digits(7);
  }
  const body = kind + regionCode + org + orgCheckChar(org);
  return body + usccCheckChar(body);
}

function genCompany(rng) {
  const [city, code] = rng.pick(COMPANY_CITIES);
  const name = city + rng.pick(COMPANY_WORDS) + rng.pick(COMPANY_TRADES) + '有限公司';
  return { name, uscc: genUscc(rng, code) };
}

function genEmail(rng, nm, birthYear) {
  const dom = rng.pick(EMAIL_DOMAINS.filter((d) => d !== '139.com' && d !== '189.cn'));
  const style = rng.int(0, 5);
  if (style === 0) return `${nm.py}@${dom}`;
  if (style === 1) return `${nm.py}${birthYear}@${dom}`;
  if (style === 2) return `${nm.py}${rng.int(1, 999)}@${dom}`;
  if (style === 3 && nm.given) return `${nm.given}.${nm.sur}@${dom}`;
  if (style === 4) return `${rng.int(2, 9)}${rng.digits(rng.int(7, 9))}@qq.com`;
  return `${(nm.initials || nm.py.slice(0, 3)).toLowerCase()}_${pad(rng.int(1, 9999), 4)}@${dom}`;
}

// A whole synthetic customer. `used` keeps values unique inside one document.
function makePerson(rng, used) {
  for (;;) {
    const nm = genName(rng);
    if (used.has('n:' + nm.name)) continue;
    const gender = rng.chance(0.5) ? 'M' : 'F';
    const idInfo = genId(rng, gender);
    let mobile;
    do { mobile = genMobile(rng); } while (used.has('m:' + mobile) || mobile === '13800138000');
    const { card, bank } = genCard(rng);
    let email = genEmail(rng, nm, idInfo.y);
    while (used.has('e:' + email)) email = email.replace('@', String(rng.int(0, 9)) + '@');
    if (used.has('i:' + idInfo.id) || used.has('c:' + card)) continue;
    const land = rng.chance(0.35) ? genLandline(rng) : null;
    const company = rng.chance(0.3) ? genCompany(rng) : null;
    const p = {
      name: nm.name, nm, gender, title: gender === 'M' ? '先生' : '女士',
      id: idInfo.id, birth: { y: idInfo.y, m: idInfo.m, d: idInfo.d }, region: idInfo.region,
      mobile, card, bank, email,
      landline: land ? land.display : '', landlineDigits: land ? land.digits : '', land,
      passport: rng.chance(0.2) ? genPassport(rng) : '',
      company: company ? company.name : '', uscc: company ? company.uscc : '',
      address: idInfo.region[1] + rng.pick(ROADS) + rng.int(1, 300) + '号' + rng.pick(ESTATES) + rng.int(1, 30) + '栋' + rng.int(1, 30) + pad(rng.int(1, 4), 2) + '室',
    };
    for (const k of ['n:' + p.name, 'm:' + mobile, 'e:' + email, 'i:' + p.id, 'c:' + card]) used.add(k);
    return p;
  }
}

function makePeople(rng, count) {
  const used = new Set();
  const out = [];
  for (let i = 0; i < count; i++) out.push(makePerson(rng, used));
  return out;
}

// ───────────────────────────── labeling helpers ─────────────────────────────

const DETECTOR = {
  name: 'person_name_zh', mobile: 'cn_mobile', id: 'cn_resident_id', card: 'bank_card', email: 'email',
  landline: 'cn_landline', passport: 'cn_passport', uscc: 'cn_uscc',
};
const LABEL = {
  name: '姓名', mobile: '手机号', id: '身份证号', card: '银行卡号', email: '邮箱', landline: '固定电话',
  passport: '护照号', company: '单位名称', uscc: '统一社会信用代码', bank: '开户行', address: '地址',
};
const EN_KEY = {
  name: 'name', mobile: 'mobile', id: 'idNo', card: 'cardNo', email: 'email', landline: 'tel',
  passport: 'passportNo', company: 'company', uscc: 'creditCode', bank: 'bank', address: 'address',
};
const NUMERIC = new Set(['mobile', 'id', 'card', 'landline', 'passport', 'uscc']);
const BASE_FIELDS = ['name', 'mobile', 'id', 'card', 'email'];

// Normalized value of field f of person p, per the detector contract.
function normValue(p, f) {
  switch (f) {
    case 'landline': return p.landlineDigits;
    case 'email': return p.email.toLowerCase();
    case 'id': case 'uscc': case 'passport': return (p[f] || '').toUpperCase();
    default: return p[f] || '';
  }
}

class Labels {
  constructor() { this.entities = []; this.dontCare = []; this.seenE = new Set(); this.seenD = new Set(); }
  add(detector, value) {
    const k = detector + '\u0000' + value;
    if (!value || this.seenE.has(k)) return;
    this.seenE.add(k);
    this.entities.push({ detector, value });
  }
  dc(detector, value) {
    const k = detector + '\u0000' + value;
    if (!value || this.seenD.has(k) || this.seenE.has(k)) return;
    this.seenD.add(k);
    this.dontCare.push({ detector, value });
  }
  // every field of every person that the document shows recoverably
  people(people, fields) {
    for (const p of people) for (const f of fields) if (DETECTOR[f]) this.add(DETECTOR[f], normValue(p, f));
    return this;
  }
}

// Choose the column set of a document: base fields plus some optional extras.
// contactOnly: a contacts-only export (name, mobile, e-mail, maybe landline) — not "sensitive" by the label rule.
function pickFields(rng, { base = BASE_FIELDS, extras = true, contactOnly = false } = {}) {
  if (contactOnly) return rng.chance(0.6) ? ['name', 'mobile', 'email', 'landline'] : ['name', 'mobile', 'email'];
  const f = base.slice();
  if (extras) {
    if (rng.chance(0.45)) f.push('landline');
    if (rng.chance(0.35)) f.push('passport');
    if (rng.chance(0.35)) f.push('company', 'uscc');
  }
  return f;
}

// ───────────────────────────── text helpers ─────────────────────────────

const chars = (s) => Array.from(s);
const reverseStr = (s) => chars(s).reverse().join('');
function splitBy(s, sizes) {
  const out = [];
  let i = 0;
  for (const n of sizes) { if (i >= s.length) break; out.push(s.slice(i, i + n)); i += n; }
  if (i < s.length) out.push(s.slice(i));
  return out;
}
// Usual human grouping of a value into chunks.
function chunksOf(p, f) {
  switch (f) {
    case 'mobile': return splitBy(p.mobile, [3, 4, 4]);
    case 'id': return splitBy(p.id, [6, 8, 4]);
    case 'card': return splitBy(p.card, [4, 4, 4, 4, 4]);
    case 'landline': return [p.land.area, ...splitBy(p.land.sub, p.land.sub.length === 8 ? [4, 4] : [3, 4])];
    case 'uscc': return splitBy(p.uscc, [2, 6, 9, 1]);
    default: return [p[f] || ''];
  }
}
// Random chunking (1..maxLen chars per chunk).
function randomChunks(rng, s, minLen = 1, maxLen = 5) {
  const out = [];
  let i = 0;
  while (i < s.length) { const n = rng.int(minLen, maxLen); out.push(s.slice(i, i + n)); i += n; }
  return out;
}
const rawValue = (p, f) => (f === 'landline' ? p.landline : (p[f] || ''));

// Display width (CJK = 2) for aligned text tables.
function dispWidth(s) {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0);
    w += (c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6))) ? 2 : 1;
  }
  return w;
}
const padDisp = (s, w) => s + ' '.repeat(Math.max(0, w - dispWidth(s)));

const TITLES = ['客户名单', '重点客户通讯录', 'VIP客户资料', '2024年三季度回访名单', '华东区客户明细', '老客户联系方式汇总',
  '理财客户备份', '个人整理-勿删', '渠道客户资料（内部）', '存量客户清单'];

function csvQuote(v) { return /[",\n\r;]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v; }

function fakeDate(rng, year = 2024) {
  let m, d;
  do { m = rng.int(1, 12); d = rng.int(1, 28); } while (!isRealDate(year, m, d));
  return { y: year, m, d, iso: `${year}-${pad(m, 2)}-${pad(d, 2)}` };
}
function fakeTime(rng) { return `${pad(rng.int(8, 22), 2)}:${pad(rng.int(0, 59), 2)}:${pad(rng.int(0, 59), 2)}`; }

// Bytes / code units helpers for encodings.
const utf8 = (s) => Buffer.from(s, 'utf8');
const toFullwidth = (s) => mapChars(s, (ch) => { const c = ch.charCodeAt(0); return c >= 0x21 && c <= 0x7e ? String.fromCharCode(c + 0xfee0) : ch; });
function mapChars(s, fn) { return chars(s).map(fn).join(''); }

// A plain-CSV rendering of people (used as the inner payload of encoding techniques).
function plainCsv(people, fields, { header = true, sep = ',', eol = '\n' } = {}) {
  const lines = [];
  if (header) lines.push(fields.map((f) => LABEL[f]).join(sep));
  for (const p of people) lines.push(fields.map((f) => csvQuote(rawValue(p, f))).join(sep));
  return lines.join(eol) + eol;
}

// Generic one-line-per-person table. fmt(p, f) renders a non-empty cell.
function table(rng, people, fields, fmt, { sep = '\t', header = true, title = true, note = '', headerFmt = (f) => LABEL[f] } = {}) {
  const lines = [];
  if (title) lines.push(rng.pick(TITLES));
  if (note) lines.push(note);
  if (header) lines.push(fields.map(headerFmt).join(sep));
  for (const p of people) lines.push(fields.map((f) => (rawValue(p, f) ? fmt(p, f) : '')).join(sep));
  return lines.join('\n') + '\n';
}
// Apply a per-character transform to numeric fields (and optionally e-mails); leave the rest.
function numFmt(charFn, { email = false } = {}) {
  return (p, f) => {
    const v = rawValue(p, f);
    if (NUMERIC.has(f) || (email && f === 'email')) return mapChars(v, charFn);
    return v;
  };
}

// ═════════════════════ A. character-level formatting ═════════════════════

// sep-punct — numbers grouped with dots, slashes or underscores instead of spaces/dashes.
// Why: a regex that allows only " " and "-" inside a number no longer matches; a human reads it at once.
function tSepPunct(rng, n, people) {
  const fields = pickFields(rng);
  const seps = [['.'], ['/'], ['_', '/', '\\']][n];
  const fmt = (p, f) => {
    if (!NUMERIC.has(f) || f === 'passport') return rawValue(p, f);
    return chunksOf(p, f).join(rng.pick(seps));
  };
  return { text: table(rng, people, fields, fmt, { sep: ' | ' }), labels: new Labels().people(people, fields) };
}

// sep-middot — numbers grouped with "·" and other dot-like characters (・ • ∙ ‧).
// Why: looks like ordinary grouping to a reader, but none of these is an ASCII separator.
function tSepMiddot(rng, n, people) {
  const fields = pickFields(rng);
  const seps = [['·'], ['・', '•'], ['·', '∙', '‧', '•', '・']][n];
  const fmt = (p, f) => (NUMERIC.has(f) && f !== 'passport' ? chunksOf(p, f).join(n === 2 ? rng.pick(seps) : seps[0]) : rawValue(p, f));
  return { text: table(rng, people, fields, fmt, { sep: '\t' }), labels: new Labels().people(people, fields) };
}

// sep-unicode-space — grouping with non-breaking / ideographic / thin spaces.
// Why: invisible difference to the eye; RE2's \s and a literal " " do not match U+00A0, U+3000, U+2009 …
function tSepUnicodeSpace(rng, n, people) {
  const fields = pickFields(rng);
  const seps = [['\u00A0'], ['\u3000'], ['\u2007', '\u2009', '\u202F', '\u205F', '\u00A0', '\u3000']][n];
  const fmt = (p, f) => {
    if (!NUMERIC.has(f) || f === 'passport') return rawValue(p, f);
    return chunksOf(p, f).reduce((acc, c, i) => (i === 0 ? c : acc + rng.pick(seps) + c), '');
  };
  return { text: table(rng, people, fields, fmt, { sep: ',' }), labels: new Labels().people(people, fields) };
}

// sep-mixed — numbers cut at random places with a random separator at every cut.
// Why: defeats fixed 3-4-4 / 6-8-4 grouping rules and any single-separator normalisation.
function tSepMixed(rng, n, people) {
  const fields = pickFields(rng);
  const seps = ['-', ' ', '.', '/', '_', '·', '~', '+', ':', '—', ' - '];
  const fmt = (p, f) => {
    if (!NUMERIC.has(f) || f === 'passport') return rawValue(p, f);
    const parts = randomChunks(rng, rawValue(p, f).replace('-', ''), n === 0 ? 2 : 1, n === 2 ? 3 : 5);
    return parts.reduce((acc, c, i) => (i === 0 ? c : acc + rng.pick(seps) + c), '');
  };
  return { text: table(rng, people, fields, fmt, { sep: '\t' }), labels: new Labels().people(people, fields) };
}

// fullwidth — numbers and e-mails typed in full-width (全角) characters, e.g. with a Chinese IME in 全角 mode.
// Why: ASCII-digit regexes see no digits at all; NFKC normalisation would undo it.
function tFullwidth(rng, n, people) {
  const fields = pickFields(rng);
  let fmt;
  if (n === 2) {
    fmt = (p, f) => (NUMERIC.has(f) && f !== 'passport' ? toFullwidth(chunksOf(p, f).join('-')) : (f === 'email' ? toFullwidth(p.email) : rawValue(p, f)));
  } else {
    fmt = (p, f) => (NUMERIC.has(f) || f === 'email' ? toFullwidth(rawValue(p, f)) : rawValue(p, f));
  }
  const sep = n === 1 ? '，' : '\t';
  return { text: table(rng, people, fields, fmt, { sep }), labels: new Labels().people(people, fields) };
}

// mixed-width — every character randomly full-width or half-width inside one number.
// Why: breaks both an ASCII regex and a naive "full-width-only" variant of it.
function tMixedWidth(rng, n, people) {
  const fields = pickFields(rng);
  let k = 0;
  const fmt = numFmt((ch) => {
    k++;
    const fw = n === 2 ? k % 2 === 0 : rng.chance(0.5);
    return fw ? toFullwidth(ch) : ch;
  }, { email: n !== 0 });
  return { text: table(rng, people, fields, fmt, { sep: ',' }), labels: new Labels().people(people, fields) };
}

// zero-width — zero-width space / joiner / BOM characters inserted between digits (and inside names, e-mails).
// Why: invisible in Notepad and Excel; the file looks untouched but no digit run is contiguous.
function tZeroWidth(rng, n, people) {
  const fields = pickFields(rng);
  const zw = [['\u200B'], ['\u200B', '\u200C', '\u200D'], ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF']][n];
  const sprinkle = (s, p) => chars(s).map((ch, i) => (i > 0 && rng.chance(p) ? rng.pick(zw) : '') + ch).join('');
  const fmt = (p, f) => {
    const v = rawValue(p, f);
    if (NUMERIC.has(f)) return sprinkle(v, n === 0 ? 0.35 : 0.6);
    if (f === 'name' || f === 'email') return n === 0 ? v : sprinkle(v, 0.4);
    return v;
  };
  return { text: table(rng, people, fields, fmt, { sep: ',' }), labels: new Labels().people(people, fields) };
}

// homoglyph — look-alike letters for digits: O/o for 0, l/I for 1; variant 3 uses Cyrillic О, І, З and Х.
// Why: a reader's eye auto-corrects "l38OOl3" to a number; a digit regex does not.
function tHomoglyph(rng, n, people) {
  const fields = pickFields(rng);
  const maps = [
    { 0: ['O'], 1: ['l'] },
    { 0: ['O', 'o'], 1: ['l', 'I', '|'] },
    { 0: ['\u041E', '\u039F'], 1: ['\u0406', 'l'], 3: ['\u0417'], X: ['\u0425'] },
  ];
  const m = maps[n];
  const fmt = (p, f) => {
    const v = rawValue(p, f);
    if (!NUMERIC.has(f) || f === 'uscc') return v;
    return mapChars(v, (ch) => (m[ch] && rng.chance(0.75) ? rng.pick(m[ch]) : ch));
  };
  return { text: table(rng, people, fields, fmt, { sep: '\t' }), labels: new Labels().people(people, fields) };
}

// cn-numerals — digits written as Chinese lower-case numerals (一三八〇…); variant with 幺 for 1 in phone numbers.
// Why: the way people read numbers aloud; a human converts instantly, a digit-based engine sees only CJK text.
function tCnNumerals(rng, n, people) {
  const fields = pickFields(rng, { extras: n !== 0 }).filter((f) => f !== 'uscc' && f !== 'company');
  const zero = n === 1 ? '零' : '〇';
  const base = [zero, '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  const fmt = (p, f) => {
    const v = rawValue(p, f);
    if (!NUMERIC.has(f)) return v;
    const phone = f === 'mobile' || f === 'landline';
    return mapChars(v, (ch) => (/\d/.test(ch) ? (n === 2 && phone && ch === '1' ? '幺' : base[Number(ch)]) : ch));
  };
  const note = '（号码均用中文数字书写）';
  return { text: table(rng, people, fields, fmt, { sep: '  ', note }), labels: new Labels().people(people, fields) };
}

// cn-daxie — digits in financial capitals (大写: 壹贰叁肆伍陆柒捌玖零), as on cheques.
// Why: same as above, with characters an accountant writes every day.
function tCnDaxie(rng, n, people) {
  const fields = pickFields(rng, { extras: n === 2 }).filter((f) => f !== 'uscc' && f !== 'company');
  const dx = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
  const fmt = (p, f) => {
    const v = rawValue(p, f);
    if (!NUMERIC.has(f)) return v;
    return mapChars(v, (ch) => (/\d/.test(ch) ? dx[Number(ch)] : ch));
  };
  return { text: table(rng, people, fields, fmt, { sep: n === 1 ? '，' : '\t' }), labels: new Labels().people(people, fields) };
}

// styled-digits — circled ①②③ / mathematical bold 𝟏𝟐𝟑 / mixed maths alphanumerics.
// Why: copy-paste from a "fancy text" site; all of these fold to ASCII under NFKC, but not under a plain regex.
function tStyledDigits(rng, n, people) {
  const fields = pickFields(rng);
  const circled = (ch) => (ch === '0' ? '\u24EA' : /\d/.test(ch) ? String.fromCodePoint(0x2460 + Number(ch) - 1) : ch);
  const boldDigit = (ch, base = 0x1d7ce) => String.fromCodePoint(base + Number(ch));
  const bold = (ch) => {
    if (/\d/.test(ch)) return boldDigit(ch);
    if (/[A-Z]/.test(ch)) return String.fromCodePoint(0x1d400 + ch.charCodeAt(0) - 65);
    if (/[a-z]/.test(ch)) return String.fromCodePoint(0x1d41a + ch.charCodeAt(0) - 97);
    return ch;
  };
  const mixed = (ch) => (/\d/.test(ch) ? boldDigit(ch, rng.pick([0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6])) : ch === 'X' ? '\uFF38' : ch);
  const fn = [circled, bold, mixed][n];
  const fmt = (p, f) => {
    const v = rawValue(p, f);
    if (NUMERIC.has(f) || (n === 1 && f === 'email')) return mapChars(v, fn);
    return v;
  };
  return { text: table(rng, people, fields, fmt, { sep: ' | ' }), labels: new Labels().people(people, fields) };
}

// decorated-digits — keycap emoji 1️⃣3️⃣8️⃣, or combining strike-through / enclosing-circle marks on each character.
// Why: chat apps render these nicely; the digits are still there but never adjacent to each other.
function tDecoratedDigits(rng, n, people) {
  const fields = pickFields(rng, { extras: n !== 0 });
  const fn = [
    (ch) => (/\d/.test(ch) ? ch + '\uFE0F\u20E3' : ch),
    (ch) => ch + '\u0336',
    (ch) => ch + rng.pick(['\u20DD', '\u0332']),
  ][n];
  return { text: table(rng, people, fields, numFmt(fn), { sep: '  ' }), labels: new Labels().people(people, fields) };
}

// spaced-chars — a space between every character (names, numbers, e-mails).
// Why: the oldest trick against keyword and digit-run matching; trivially readable.
function tSpacedChars(rng, n, people) {
  const fields = pickFields(rng, { extras: n === 2, contactOnly: n === 0 });
  const sp = [' ', '  ', ' '][n];
  const fmt = (p, f) => chars(rawValue(p, f)).join(sp);
  return { text: table(rng, people, fields, fmt, { sep: n === 1 ? '\t' : ' | ' }), labels: new Labels().people(people, fields) };
}

// reversed-digits — every number written back-to-front, with a note "倒序"; variant 3 also reverses e-mails.
// Why: check digits fail on the reversed string, so a checksum-validating engine rejects it; the note tells the reader.
function tReversedDigits(rng, n, people) {
  const fields = pickFields(rng);
  const fmt = (p, f) => {
    const v = rawValue(p, f);
    if (NUMERIC.has(f) || (n === 2 && f === 'email')) return reverseStr(v);
    return v;
  };
  const note = ['注：号码均为倒序，从右往左读。', '（手机、证件、卡号倒序录入）', '备注：数字和邮箱都倒过来写的，自己看的时候反过来'][n];
  return { text: table(rng, people, fields, fmt, { sep: ',', note }), labels: new Labels().people(people, fields) };
}

// reversed-lines — whole rows reversed character by character (names included).
// Why: neither names nor numbers appear in reading order; a one-line note tells the recipient.
function tReversedLines(rng, n, people) {
  const fields = pickFields(rng, { extras: n !== 0 });
  const sep = [',', '\t', ' | '][n];
  const lines = [reverseStr(fields.map((f) => LABEL[f]).join(sep))];
  for (const p of people) lines.push(reverseStr(fields.map((f) => rawValue(p, f)).join(sep)));
  const text = '（本表每一行都是倒着写的，请从右往左读）\n' + lines.join('\n') + '\n';
  return { text, labels: new Labels().people(people, fields) };
}

// bidi-override — each row stored reversed but wrapped in U+202E RIGHT-TO-LEFT OVERRIDE, so it DISPLAYS correctly.
// Why: on screen the file looks like a normal list; the bytes on disk are reversed.
function tBidiOverride(rng, n, people) {
  const fields = pickFields(rng, { extras: n === 2 });
  const sep = n === 1 ? '\t' : ',';
  const wrap = (s) => '\u202E' + reverseStr(s) + '\u202C';
  const lines = [rng.pick(TITLES), wrap(fields.map((f) => LABEL[f]).join(sep))];
  for (const p of people) {
    // variant 3: only the numeric cells are overridden, names stay in logical order
    if (n === 2) lines.push(fields.map((f) => (NUMERIC.has(f) ? wrap(rawValue(p, f)) : rawValue(p, f))).join(sep));
    else lines.push(wrap(fields.map((f) => rawValue(p, f)).join(sep)));
  }
  return { text: lines.join('\n') + '\n', labels: new Labels().people(people, fields) };
}

// excel-formats — what Excel users do to keep long numbers: thousands separators, ="…" formulas,
// leading apostrophes, CONCATENATE("138","0013","8000").
// Why: the number is never written as one digit run, yet Excel (and any reader) shows the real value.
function tExcelFormats(rng, n, people) {
  const fields = pickFields(rng, { extras: false });
  const thousands = (s) => s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  let fmt, sep = ',';
  if (n === 0) {
    fmt = (p, f) => {
      if (f === 'mobile' || f === 'card') return '"' + thousands(rawValue(p, f)) + '"';
      if (f === 'id') return `="${p.id}"`;
      return csvQuote(rawValue(p, f));
    };
  } else if (n === 1) {
    sep = '\t';
    fmt = (p, f) => (NUMERIC.has(f) ? "'" + rawValue(p, f) : rawValue(p, f));
  } else {
    fmt = (p, f) => {
      if (!NUMERIC.has(f) || f === 'passport') return csvQuote(rawValue(p, f));
      const parts = chunksOf(p, f).map((c) => `""${c}""`);
      return rng.chance(0.5) ? `"=CONCATENATE(${parts.join(',')})"` : `"=${parts.join('&')}"`;
    };
  }
  return { text: table(rng, people, fields, fmt, { sep, title: false }), labels: new Labels().people(people, fields) };
}

// intl-prefix — mobiles and landlines in every international / trunk form: +86 138 0013 8000, 0086-…,
// (+86)…, 86138…, 0138…, +86-755-…; IDs in 6-8-4 groups.
// Why: a mobile rule anchored on a bare 11-digit run misses 13-digit 86… strings and spaced +86 forms.
function tIntlPrefix(rng, n, people) {
  const fields = pickFields(rng, { extras: false, contactOnly: n === 1 });
  if (!fields.includes('landline')) fields.splice(2, 0, 'landline');
  const mob = (m) => {
    const g = splitBy(m, [3, 4, 4]);
    return rng.pick([`+86 ${g.join(' ')}`, `0086-${m}`, `(+86)${m}`, `86${m}`, `0${m}`, `+86-${g.join('-')}`, `+86${m}`, `0086 ${g.join(' ')}`]);
  };
  const land = (p) => {
    const a = p.land.area.slice(1);
    return rng.pick([`+86-${a}-${p.land.sub}`, `+86 (0)${a} ${p.land.sub}`, `(${p.land.area})${p.land.sub}`, `0086 ${a} ${p.land.sub}`, `（${p.land.area}）${p.land.sub}`]);
  };
  const fmt = (p, f) => {
    if (f === 'mobile') return mob(p.mobile);
    if (f === 'landline') return land(p);
    if (f === 'id') return n === 1 ? p.id : chunksOf(p, 'id').join(' ');
    if (f === 'card') return chunksOf(p, 'card').join(' ');
    return rawValue(p, f);
  };
  return { text: table(rng, people, fields, fmt, { sep: ' ; ' }), labels: new Labels().people(people, fields) };
}

// email-obfuscation — e-mails as zhangwei[at]163[dot]com, "# 换成 @", 艾特, ＠, 。 etc.
// Why: the anti-spam habit; an e-mail regex needs a literal "@" and ".".
function tEmailObfuscation(rng, n, people) {
  const fields = pickFields(rng, { extras: false, contactOnly: n === 2 });
  const ob = (e) => {
    const [local, dom] = e.split('@');
    const d = dom.split('.');
    const forms = [
      `${local}[at]${d.join('[dot]')}`, `${local}(at)${dom}`, `${local} AT ${d.join(' DOT ')}`, `${local}#${dom}`,
      `${local}艾特${d.join('点')}`, `${local}＠${dom}`, `${local}@${d.join('。')}`, `${local} {at} ${dom}`,
    ];
    return n === 0 ? forms[0] : rng.pick(forms);
  };
  const fmt = (p, f) => (f === 'email' ? ob(p.email) : f === 'mobile' ? chunksOf(p, 'mobile').join(' ') : rawValue(p, f));
  const note = n === 1 ? '（邮箱里的 # 都是 @）' : '';
  return { text: table(rng, people, fields, fmt, { sep: '\t', note }), labels: new Labels().people(people, fields) };
}

// ═════════════════════ B. splitting values apart ═════════════════════

// split-cells — each number split over two CSV columns (ID 前段/后段, mobile 号段/后八位, card, e-mail user/domain).
// Why: no single cell contains a whole value; the reader concatenates adjacent cells in their head.
function tSplitCells(rng, n, people) {
  const idCut = [9, 6, 10][n], mobCut = [3, 7, 3][n], cardCut = [6, 8, 10][n];
  const header = ['姓名', '手机A', '手机B', '证件A', '证件B', '卡号A', '卡号B', '邮箱用户名', '邮箱域名'];
  const lines = [];
  if (n !== 2) lines.push(header.join(','));
  for (const p of people) {
    const [u, d] = p.email.split('@');
    lines.push([p.name, p.mobile.slice(0, mobCut), p.mobile.slice(mobCut), p.id.slice(0, idCut), p.id.slice(idCut),
      p.card.slice(0, cardCut), p.card.slice(cardCut), u, n === 1 ? '@' + d : d].join(','));
  }
  const text = (n === 2 ? '（每两列拼起来是一个号码）\n' : '') + lines.join('\n') + '\n';
  return { text, labels: new Labels().people(people, BASE_FIELDS) };
}

// hard-wrap — records run together and hard-wrapped at a fixed width, or each number broken over two lines.
// Why: line-based scanners never see the whole number on one line; any reader rejoins it.
function tHardWrap(rng, n, people) {
  const fields = pickFields(rng, { extras: n !== 0 });
  let text;
  if (n === 0) {
    const width = rng.pick([20, 24, 30]);
    const blob = people.map((p) => fields.map((f) => LABEL[f] + rawValue(p, f)).filter((s, i) => rawValue(p, fields[i])).join(' ') + '；').join('');
    const cs = chars(blob);
    const lines = [];
    for (let i = 0; i < cs.length; i += width) lines.push(cs.slice(i, i + width).join(''));
    text = rng.pick(TITLES) + '\n' + lines.join('\n') + '\n';
  } else {
    const out = [rng.pick(TITLES)];
    for (const p of people) {
      out.push('');
      for (const f of fields) {
        const v = rawValue(p, f);
        if (!v) continue;
        if (NUMERIC.has(f) && v.length > 6) {
          const cut = rng.int(3, v.length - 3);
          if (n === 1) out.push(`${LABEL[f]}：${v.slice(0, cut)}`, `        ${v.slice(cut)}`);
          else out.push(`${LABEL[f]}: ${v.slice(0, cut)}\\`, v.slice(cut));
        } else out.push(`${LABEL[f]}：${v}`);
      }
    }
    text = out.join('\n') + '\n';
  }
  return { text, labels: new Labels().people(people, fields) };
}

// decomposed-id — the ID number stored as its parts: 户籍地码, 出生日期 (re-formatted), 尾号; mobile as 号段 + 后八位.
// Why: looks like an innocuous demographic table; rebuilding the ID needs the note (region+yyyymmdd+尾号).
function tDecomposedId(rng, n, people) {
  const dateFmt = [
    (b) => `${b.y}-${pad(b.m, 2)}-${pad(b.d, 2)}`,
    (b) => `${b.y}年${b.m}月${b.d}日`,
    (b) => `${pad(b.d, 2)}/${pad(b.m, 2)}/${b.y}`,
  ][n];
  const lines = ['（证件号 = 户籍地码 + 出生日期8位 + 尾号；手机 = 号段 + 后八位）',
    ['姓名', '户籍地码', '出生日期', '尾号', '号段', '后八位', '邮箱'].join('\t')];
  for (const p of people) {
    lines.push([p.name, p.id.slice(0, 6), dateFmt(p.birth), p.id.slice(14), p.mobile.slice(0, 3), p.mobile.slice(3), p.email].join('\t'));
  }
  return { text: lines.join('\n') + '\n', labels: new Labels().people(people, ['name', 'mobile', 'id', 'email']), recoverableByMachine: false };
}

// separate-lists — names, phones, IDs, cards and e-mails in separate numbered lists ("附件一…附件五"), joined by 序号.
// Why: no line holds more than one field, so record-based rules see no "person record"; the index rejoins them.
function tSeparateLists(rng, n, people) {
  const fields = pickFields(rng, { extras: n === 2 }).filter((f) => f !== 'company');
  const nums = ['一', '二', '三', '四', '五', '六', '七', '八'];
  const out = [rng.pick(TITLES), ''];
  const order = people.map((p, i) => i);
  fields.forEach((f, k) => {
    out.push(`附件${nums[k]}：${LABEL[f]}`);
    const ord = n === 0 ? order : rng.shuffle(order);
    for (const i of ord) {
      const v = rawValue(people[i], f);
      if (v) out.push(`${i + 1}. ${v}`);
    }
    out.push('');
  });
  return { text: out.join('\n'), labels: new Labels().people(people, fields) };
}

// ═════════════════════ C. structure / layout ═════════════════════

// transposed — one person per column, one field per row (a pivoted spreadsheet).
// Why: row-based "person record" logic sees rows of only names or only numbers.
function tTransposed(rng, n, people) {
  const fields = pickFields(rng);
  const sep = [',', '\t', '  '][n];
  const lines = [];
  if (n === 2) {
    const cols = [['字段', ...fields.map((f) => LABEL[f])], ...people.map((p) => ['客户', ...fields.map((f) => rawValue(p, f) || '-')])];
    const widths = cols.map((c) => Math.max(...c.map(dispWidth)));
    for (let r = 0; r <= fields.length; r++) lines.push(cols.map((c, i) => padDisp(c[r], widths[i])).join(sep).trimEnd());
  } else {
    lines.push([n === 0 ? '项目' : '', ...people.map((_, i) => `客户${i + 1}`)].join(sep));
    for (const f of fields) lines.push([LABEL[f], ...people.map((p) => csvQuote(rawValue(p, f)))].join(sep));
  }
  return { text: lines.join('\n') + '\n', labels: new Labels().people(people, fields) };
}

// vertical-records — one field per line; variants: label line + value line, "标签：值", bare values with blank lines.
// Why: a copy of a contact card per person; a line-based record detector sees one field per line.
function tVerticalRecords(rng, n, people) {
  const fields = pickFields(rng);
  const out = [];
  for (const p of people) {
    for (const f of fields) {
      const v = rawValue(p, f);
      if (!v) continue;
      if (n === 0) out.push(LABEL[f], v);
      else if (n === 1) out.push(`${LABEL[f]}：${v}`);
      else out.push(v);
    }
    out.push(n === 1 ? '----------' : '');
  }
  return { text: out.join('\n') + '\n', labels: new Labels().people(people, fields) };
}

// key-value — name=…; mobile=…; pairs, query-string style, or opaque one-letter keys (a=…|b=…).
// Why: looks like configuration or a debug dump instead of a table with headers.
function tKeyValue(rng, n, people) {
  const fields = pickFields(rng, { contactOnly: n === 1 });
  const opaque = {};
  rng.shuffle('abcdefghk'.split('')).forEach((c, i) => { if (fields[i]) opaque[fields[i]] = c; });
  const lines = people.map((p) => {
    const kv = fields.filter((f) => rawValue(p, f));
    if (n === 0) return kv.map((f) => `${EN_KEY[f]}=${rawValue(p, f)}`).join('; ');
    if (n === 1) return kv.map((f) => `${LABEL[f]}=${rawValue(p, f)}`).join('&');
    return rng.shuffle(kv).map((f) => `${opaque[f]}=${rawValue(p, f)}`).join('|');
  });
  return { text: lines.join('\n') + '\n', labels: new Labels().people(people, fields) };
}

// json — a JSON export: pretty with Chinese keys; compact with numbers unquoted; deeply nested API response.
// Why: "it is just an API payload I am debugging".
function tJson(rng, n, people) {
  const fields = pickFields(rng);
  let text;
  if (n === 0) {
    const arr = people.map((p) => Object.fromEntries(fields.filter((f) => rawValue(p, f)).map((f) => [LABEL[f], rawValue(p, f)])));
    text = JSON.stringify(arr, null, 2);
  } else if (n === 1) {
    // numbers written as JSON numbers (hand-written, so precision is not an issue in the text)
    const items = people.map((p) => '{' + fields.filter((f) => rawValue(p, f)).map((f) => {
      const v = rawValue(p, f);
      const bare = (f === 'mobile' || f === 'card' || (f === 'id' && /^\d+$/.test(v)));
      return JSON.stringify(EN_KEY[f]) + ':' + (bare ? v : JSON.stringify(v));
    }).join(',') + '}');
    text = '{"code":0,"rows":[' + items.join(',') + ']}';
  } else {
    const list = people.map((p, i) => ({
      uid: 100000 + i * 7,
      profile: { realName: p.name, gender: p.gender === 'M' ? 1 : 2 },
      contact: { phones: [p.mobile, ...(fields.includes('landline') && p.landline ? [p.landline] : [])], mail: p.email },
      cert: { type: 'IDCARD', no: p.id, ...(fields.includes('passport') && p.passport ? { passport: p.passport } : {}) },
      bank: { name: p.bank, cardNo: p.card },
      ...(fields.includes('uscc') && p.uscc ? { org: { name: p.company, creditCode: p.uscc } } : {}),
    }));
    text = JSON.stringify({ success: true, data: { total: list.length, page: 1, list } }, null, rng.chance(0.5) ? 2 : 4);
  }
  return { text: text + '\n', labels: new Labels().people(people, fields) };
}

// yaml — YAML fixtures: block list, flow mappings, or a mapping keyed by customer name with comments.
// Why: looks like a config/fixture file in a repository.
function tYaml(rng, n, people) {
  const fields = pickFields(rng);
  const q = (v) => `'${v}'`;
  const out = ['# customers fixture', ''];
  if (n === 0) {
    out.push('customers:');
    for (const p of people) {
      const fs = fields.filter((f) => rawValue(p, f));
      fs.forEach((f, i) => out.push(`${i === 0 ? '  - ' : '    '}${EN_KEY[f]}: ${NUMERIC.has(f) ? q(rawValue(p, f)) : rawValue(p, f)}`));
    }
  } else if (n === 1) {
    out.push('rows:');
    for (const p of people) out.push('  - {' + fields.filter((f) => rawValue(p, f)).map((f) => `${EN_KEY[f]}: ${q(rawValue(p, f))}`).join(', ') + '}');
  } else {
    for (const p of people) {
      out.push(`${p.name}:   # ${p.title}`);
      for (const f of fields) if (f !== 'name' && rawValue(p, f)) out.push(`  ${EN_KEY[f]}: ${f === 'mobile' || f === 'card' ? rawValue(p, f) : q(rawValue(p, f))}`);
    }
  }
  return { text: out.join('\n') + '\n', labels: new Labels().people(people, fields) };
}

// xml — element-per-field XML, attribute form, or a CSV hidden in CDATA.
// Why: an "interface message" or config export; tags instead of column headers.
function tXml(rng, n, people) {
  const fields = pickFields(rng);
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  if (n === 0) {
    out.push('<customers>');
    for (const p of people) {
      out.push('  <customer>');
      for (const f of fields) if (rawValue(p, f)) out.push(`    <${EN_KEY[f]}>${esc(rawValue(p, f))}</${EN_KEY[f]}>`);
      out.push('  </customer>');
    }
    out.push('</customers>');
  } else if (n === 1) {
    out.push('<list>');
    for (const p of people) out.push('  <c ' + fields.filter((f) => rawValue(p, f)).map((f) => `${EN_KEY[f]}="${esc(rawValue(p, f))}"`).join(' ') + '/>');
    out.push('</list>');
  } else {
    out.push('<export type="report"><meta created="2024-06-30"/><payload><![CDATA[');
    out.push(plainCsv(people, fields).trimEnd());
    out.push(']]></payload></export>');
  }
  return { text: out.join('\n') + '\n', labels: new Labels().people(people, fields) };
}

// sql-insert — a "database backup": INSERT per row, multi-row VALUES, or opaque column names with bigint numbers.
// Why: looks like a developer's SQL dump; the column names carry no hint.
function tSqlInsert(rng, n, people) {
  const fields = pickFields(rng);
  const sq = (v) => (v ? `'${v.replace(/'/g, "''")}'` : 'NULL');
  const cols = n === 2 ? fields.map((_, i) => `c${i + 1}`) : fields.map((f) => EN_KEY[f].replace(/[A-Z]/g, (c) => '_' + c.toLowerCase()));
  const tbl = n === 2 ? 'tmp_0619' : 't_customer';
  const val = (p, f) => (n === 2 && (f === 'mobile' || f === 'card') ? rawValue(p, f) : sq(rawValue(p, f)));
  const out = ['-- MySQL dump 10.13', `-- Table structure for ${tbl}`, ''];
  if (n === 1) {
    out.push(`INSERT INTO \`${tbl}\` (${cols.join(', ')}) VALUES`);
    out.push(people.map((p) => '(' + fields.map((f) => val(p, f)).join(', ') + ')').join(',\n') + ';');
  } else {
    for (const p of people) out.push(`INSERT INTO ${tbl} (${cols.join(',')}) VALUES (${fields.map((f) => val(p, f)).join(',')});`);
  }
  return { text: out.join('\n') + '\n', labels: new Labels().people(people, fields) };
}

// log-lines — records hidden in application logs among heartbeat / SQL-timing noise:
// Java logs with a request map, JSON logs, nginx access logs with a URL-encoded query string.
// Why: "I was just sending the error log to the vendor".
function tLogLines(rng, n, people) {
  const fields = pickFields(rng, { extras: n !== 2 });
  const out = [];
  let t = Date.UTC(2024, rng.int(0, 11), rng.int(1, 28), 9, 0, 0);
  const stamp = () => {
    t += rng.int(200, 90000);
    const d = new Date(t);
    return d.toISOString().replace('T', ' ').replace('Z', '');
  };
  const hex = (k) => { let s = ''; for (let i = 0; i < k; i++) s += '0123456789abcdef'[rng.int(0, 15)]; return s; };
  const noise = () => {
    const kinds = [
      () => `${stamp()} DEBUG [scheduling-1] c.x.job.HeartbeatTask - heartbeat ok, cost=${rng.int(1, 40)}ms`,
      () => `${stamp()} INFO  [http-nio-8080-exec-${rng.int(1, 20)}] c.x.web.AccessFilter - GET /api/product/list?page=${rng.int(1, 9)} 200 ${rng.int(3, 400)}ms`,
      () => `${stamp()} WARN  [druid-monitor] c.a.druid.pool - slow sql ${rng.int(1000, 5000)} millis. select * from t_order where status=?`,
    ];
    return rng.pick(kinds)();
  };
  for (const p of people) {
    for (let k = rng.int(1, 4); k > 0; k--) out.push(noise());
    const fs = fields.filter((f) => rawValue(p, f));
    if (n === 0) {
      out.push(`${stamp()} INFO  [http-nio-8080-exec-${rng.int(1, 20)}] c.x.order.OrderService - createOrder req={${fs.map((f) => `${EN_KEY[f]}=${rawValue(p, f)}`).join(', ')}} traceId=${hex(32)}`);
    } else if (n === 1) {
      const obj = { ts: stamp(), level: 'INFO', logger: 'kyc.verify', msg: 'kyc passed', traceId: hex(16), user: Object.fromEntries(fs.map((f) => [EN_KEY[f], rawValue(p, f)])) };
      out.push(JSON.stringify(obj));
    } else {
      const d = new Date(t += rng.int(1000, 60000));
      const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
      const ts = `${pad(d.getUTCDate(), 2)}/${mon}/${d.getUTCFullYear()}:${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)} +0800`;
      const qs = fs.map((f) => `${EN_KEY[f]}=${encodeURIComponent(rawValue(p, f))}`).join('&');
      out.push(`10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)} - - [${ts}] "GET /api/v2/kyc/submit?${qs} HTTP/1.1" 200 ${rng.int(100, 999)} "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"`);
    }
  }
  return { text: out.join('\n') + '\n', labels: new Labels().people(people, fields) };
}

// text-table — Markdown table, ASCII +---+ table, or Unicode box-drawing table with CJK-aware padding.
// Why: pasted into a wiki page, a README or a chat message as "a formatted report".
function tTextTable(rng, n, people) {
  const fields = pickFields(rng, { contactOnly: n === 0 });
  const rows = [fields.map((f) => LABEL[f]), ...people.map((p) => fields.map((f) => rawValue(p, f)))];
  const w = fields.map((_, i) => Math.max(...rows.map((r) => dispWidth(r[i]))));
  const line = (r, l, m, rr) => l + r.map((c, i) => ' ' + padDisp(c, w[i]) + ' ').join(m) + rr;
  const out = [];
  if (n === 0) {
    out.push('| ' + rows[0].join(' | ') + ' |', '|' + fields.map(() => '---').join('|') + '|');
    for (const r of rows.slice(1)) out.push('| ' + r.join(' | ') + ' |');
  } else if (n === 1) {
    const bar = '+' + w.map((x) => '-'.repeat(x + 2)).join('+') + '+';
    out.push(bar, line(rows[0], '|', '|', '|'), bar);
    for (const r of rows.slice(1)) out.push(line(r, '|', '|', '|'));
    out.push(bar);
  } else {
    const h = (l, m, r) => l + w.map((x) => '─'.repeat(x + 2)).join(m) + r;
    out.push(h('┌', '┬', '┐'), line(rows[0], '│', '│', '│'), h('├', '┼', '┤'));
    for (const r of rows.slice(1)) out.push(line(r, '│', '│', '│'));
    out.push(h('└', '┴', '┘'));
  }
  return { text: out.join('\n') + '\n', labels: new Labels().people(people, fields) };
}

// csv-quoted-multiline — RFC 4180 CSV with quoted fields holding commas and line breaks (备注 / 地址),
// CRLF + BOM + ";" variant, and a variant where the whole contact block is one multi-line cell.
// Why: line-oriented tools see broken rows; Excel opens it perfectly.
function tCsvMultiline(rng, n, people) {
  const out = [];
  if (n === 0) {
    out.push('"姓名","手机","证件号码","卡号","邮箱","地址","备注"');
    for (const p of people) {
      const addr = p.address.replace('号', '号\n');
      const remark = p.passport ? `有护照，号码${p.passport}，\n出国前联系` : rng.pick(['老客户，\n季度回访', '已办卡,\n待激活', '"重要"客户\n勿打扰']);
      out.push([p.name, p.mobile, p.id, p.card, p.email, addr, remark].map((v) => '"' + v.replace(/"/g, '""') + '"').join(','));
    }
    return { text: out.join('\n') + '\n', labels: new Labels().people(people, BASE_FIELDS).people(people, ['passport']) };
  }
  if (n === 1) {
    out.push('姓名;手机;证件号码;卡号;邮箱;备注');
    for (const p of people) {
      const remark = `开户行：${p.bank};\r\n${p.landline ? '座机 ' + p.landline : '无座机'}`;
      out.push([p.name, p.mobile, p.id, p.card, p.email, remark].map((v) => '"' + v + '"').join(';'));
    }
    return { text: '\uFEFF' + out.join('\r\n') + '\r\n', labels: new Labels().people(people, [...BASE_FIELDS, 'landline']) };
  }
  out.push('客户,联系信息');
  for (const p of people) out.push(`${p.name},"手机:${p.mobile}\n身份证:${p.id}\n卡号:${p.card}\n邮箱:${p.email}"`);
  return { text: out.join('\n') + '\n', labels: new Labels().people(people, BASE_FIELDS) };
}

// code-literal — the list inside source code: a JS test fixture, a Python comment block,
// or Java string literals concatenated piecewise ("138" + "0013" + "8000").
// Why: source files are often exempt ("it's test data in the repo").
function tCodeLiteral(rng, n, people) {
  const fields = pickFields(rng, { extras: false });
  const out = [];
  if (n === 0) {
    out.push('// test/fixtures/customers.js — seed data for integration tests', 'export const SEED = [');
    for (const p of people) out.push('  [' + fields.map((f) => JSON.stringify(rawValue(p, f))).join(', ') + '],');
    out.push('];', '', 'export default SEED;');
  } else if (n === 1) {
    out.push('#!/usr/bin/env python3', '"""Import helper.', '', 'Sample rows used while debugging:');
    for (const p of people.slice(0, Math.ceil(people.length / 2))) out.push('    ' + fields.map((f) => rawValue(p, f)).join(' '));
    out.push('"""', '', 'import csv', '', 'def load(path):');
    for (const p of people.slice(Math.ceil(people.length / 2))) out.push('    # ' + fields.map((f) => rawValue(p, f)).join(', '));
    out.push('    with open(path, encoding="utf-8") as fh:', '        return list(csv.reader(fh))');
  } else {
    out.push('public class Seed {', '    static final String[] ROWS = {');
    for (const p of people) {
      const pieces = fields.map((f) => (NUMERIC.has(f) ? chunksOf(p, f).map((c) => `"${c}"`).join(' + ') : `"${rawValue(p, f)}"`));
      out.push('        ' + pieces.join(' + "," + ') + ',');
    }
    out.push('    };', '}');
  }
  return { text: out.join('\n') + '\n', labels: new Labels().people(people, fields) };
}

// misleading-headers — columns shuffled and headed with harmless words (ID under 订单号, card under 备注,
// mobile under 工号, names under 经办); variant 3 has no header but a harmless title (库存盘点表).
// Why: header-keyword context rules are fooled, and a reviewer skimming the file sees an order list.
function tMisleadingHeaders(rng, n, people) {
  const fields = rng.shuffle(pickFields(rng));
  const fake = {
    name: ['经办', '产品名称', '型号'], mobile: ['工号', '会员号', '批次号'], id: ['订单号', '物流单号', '流水号'],
    card: ['备注', '合同编号', 'SKU'], email: ['附件', '链接'], landline: ['门店编码', '分机'],
    passport: ['货号', '料号'], company: ['供应商', '客户单位'], uscc: ['批号', '质检号'],
  };
  const enFake = { name: 'item', mobile: 'emp_no', id: 'order_id', card: 'memo', email: 'ref', landline: 'store', passport: 'part_no', company: 'vendor', uscc: 'lot' };
  const headerFmt = n === 1 ? (f) => enFake[f] : (f) => rng.pick(fake[f]);
  const text = (n === 2 ? '库存盘点表（第三仓）\n' : '') + table(rng, people, fields, (p, f) => csvQuote(rawValue(p, f)), { sep: ',', header: n !== 2, title: false, headerFmt });
  return { text, labels: new Labels().people(people, fields) };
}

// headerless — bare rows, no header, shuffled column order, tab / ";" / " | " delimited.
// Why: nothing in the file says what the columns are.
function tHeaderless(rng, n, people) {
  const fields = rng.shuffle(pickFields(rng));
  const sep = ['\t', ';', ' | '][n];
  return { text: table(rng, people, fields, (p, f) => rawValue(p, f), { sep, header: false, title: false }), labels: new Labels().people(people, fields) };
}

// ═════════════════════ D. dilution ═════════════════════

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
function proseSentence(rng) {
  const pct = () => (rng.int(10, 990) / 10).toFixed(1);
  const city = rng.pick(['华东', '华南', '华北', '西南', '华中']);
  const t = [
    () => `本季度${city}市场整体销售额同比增长${pct()}%，其中线上渠道占比${pct()}%，较上季度提升${rng.int(1, 9)}个百分点。`,
    () => `根据${rng.int(1, 12)}月的回访数据，客户满意度为${rng.int(70, 99)}.${rng.int(0, 9)}分，主要扣分项集中在交付周期和售后响应速度。`,
    () => `合同编号HT-2024-${pad(rng.int(1, 99999), 5)}的执行进度约为${pct()}%，预计${rng.int(1, 12)}月底前完成验收。`,
    () => `竞品方面，同类产品的平均报价下调了${pct()}%，我们需要尽快调整价格策略。`,
    () => `库存周转天数为${rng.int(20, 90)}天，较去年同期减少${rng.int(1, 15)}天。`,
    () => `会议决定：下阶段重点跟进存量客户的复购，目标转化率${pct()}%。`,
    () => `财务部提醒：本月回款${rng.int(100, 9999)}.${rng.int(10, 99)}万元，应收账款余额${rng.int(100, 9999)}万元。`,
    () => `市场活动共覆盖${rng.int(1000, 90000)}人次，收集有效线索${rng.int(100, 3000)}条。`,
    () => `发票代码与发票号码请统一录入系统，本月共开票${rng.int(10, 400)}张。`,
    () => `仓库盘点发现SKU-${rng.int(1000, 9999)}等${rng.int(2, 30)}个品类存在账实差异，差异金额${rng.int(1, 99)}.${rng.int(10, 99)}元。`,
    () => `请各小组在${rng.pick(WEEKDAYS)}下班前提交周报，逾期将影响绩效考核。`,
    () => `渠道返利按${rng.int(1, 8)}.${rng.int(0, 9)}%计提，季度末统一结算。`,
  ];
  return rng.pick(t)();
}
const proseParagraph = (rng, k) => Array.from({ length: k }, () => proseSentence(rng)).join('');

// buried-in-prose — the list inside a long business report: a block in the middle, one sentence per
// customer scattered over paragraphs, or an appendix after many pages of text.
// Why: density-based scoring ("N records per KB") drops; a reviewer skims past it.
function tBuriedInProse(rng, n, people) {
  const fields = pickFields(rng, { extras: false });
  const paras = Array.from({ length: rng.int(25, 45) }, () => proseParagraph(rng, rng.int(3, 7)));
  const line = (p) => fields.map((f) => rawValue(p, f)).join(' ');
  if (n === 0) {
    const at = Math.floor(paras.length / 2);
    paras.splice(at, 0, '附：近期重点联系人（供参考）\n' + people.map(line).join('\n'));
  } else if (n === 1) {
    for (const p of people) {
      const k = rng.int(0, paras.length - 1);
      paras[k] += `其中${p.name}${p.title}（手机${p.mobile}，身份证${p.id}）本季度追加了投资，回款账户为${p.card}，对账单发至${p.email}。`;
    }
  } else {
    paras.push('附录C 客户明细\n' + fields.map((f) => LABEL[f]).join('\t') + '\n' + people.map((p) => fields.map((f) => rawValue(p, f)).join('\t')).join('\n'));
  }
  const text = `${rng.pick(['2024年度经营分析报告', '季度销售总结', '区域市场调研报告'])}\n\n` + paras.map((p, i) => `${i + 1}. ${p}`).join('\n\n') + '\n';
  return { text, labels: new Labels().people(people, fields) };
}

// numeric-noise — the customers hidden as a few rows of a long bank-statement-like ledger full of
// 20-digit serials, 13-digit timestamps, IMEIs, corporate accounts and amounts.
// Why: buried in thousands of look-alike numbers, the real ones do not stand out to people or to scoring.
function tNumericNoise(rng, n, people) {
  const perReal = [6, 4, 8][n];
  const header = ['流水号', '交易时间', '时间戳', '金额', '对方户名', '对方账号', '终端号', '备注'];
  const rows = [header.join(',')];
  let t = Date.UTC(2024, rng.int(0, 5), 1, 1, 0, 0);
  const base = () => {
    t += rng.int(60000, 7200000);
    const d = new Date(t);
    const ymd = `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}`;
    const imeiBody = '86' + rng.digits(12);
    return {
      serial: ymd + rng.digits(12), time: d.toISOString().slice(0, 19).replace('T', ' '), ts: String(t),
      amount: (rng.int(100, 99999999) / 100).toFixed(2), imei: imeiBody + luhnCheckDigit(imeiBody),
    };
  };
  const noiseRow = () => {
    const b = base();
    const acct = String(rng.pick([3, 4, 5, 7, 9])) + rng.digits(rng.pick([11, 12, 13, 14, 19, 20, 21]));
    const company = rng.pick(COMPANY_CITIES)[0] + rng.pick(COMPANY_WORDS) + rng.pick(COMPANY_TRADES) + '有限公司';
    const memo = rng.pick(['货款', '服务费', '退款', '手续费', `发票号${rng.digits(8)}`, `合同HT${rng.digits(6)}`, '代发工资']);
    return [b.serial, b.time, b.ts, b.amount, company, acct, b.imei, memo].join(',');
  };
  for (const p of people) {
    for (let k = rng.int(1, perReal * 2 - 1); k > 0; k--) rows.push(noiseRow());
    const b = base();
    const memo = n === 1 ? `手机${p.mobile}/证件${p.id}/${p.email}` : `联系人手机${p.mobile} 身份证${p.id} 邮箱${p.email}`;
    rows.push([b.serial, b.time, b.ts, b.amount, p.name, p.card, b.imei, memo].join(','));
  }
  for (let k = rng.int(3, 10); k > 0; k--) rows.push(noiseRow());
  return { text: rows.join('\n') + '\n', labels: new Labels().people(people, BASE_FIELDS) };
}

// Turn a generated person into a decoy whose numbers fail validation (bad check char, impossible date,
// unallocated mobile prefix, card failing Luhn).
function breakPerson(rng, p) {
  const d = { ...p };
  if (rng.chance(0.5)) {
    const good = p.id[17];
    d.id = p.id.slice(0, 17) + rng.pick('0123456789X'.split('').filter((c) => c !== good));
  } else {
    const bad = rng.pick(['1300', '0230', '0431', '0000', '0632']);
    const body = p.id.slice(0, 10) + bad + p.id.slice(14, 17);
    d.id = body + idCheckChar(body);
  }
  d.mobile = rng.pick(UNALLOCATED_PREFIXES) + p.mobile.slice(3);
  const last = Number(p.card.slice(-1));
  d.card = p.card.slice(0, -1) + String((last + rng.int(1, 9)) % 10);
  return d;
}

// decoy-rows — real customers interleaved with decoy rows whose numbers are deliberately invalid
// (every other row; or flagged 样例; or two decoys per real row).
// Why: an engine that samples rows or scores by "share of valid values" is diluted; the insider knows which rows are real.
function tDecoyRows(rng, n, people) {
  const used = new Set(people.flatMap((p) => ['n:' + p.name, 'm:' + p.mobile, 'e:' + p.email, 'i:' + p.id, 'c:' + p.card]));
  const per = n === 2 ? 2 : 1;
  const labels = new Labels().people(people, BASE_FIELDS);
  const lines = [n === 1 ? '客户资料（含测试样例数据）' : rng.pick(TITLES), '姓名,手机,身份证号,卡号,邮箱' + (n === 1 ? ',类型' : '')];
  for (const p of people) {
    const rowsHere = [[p, false]];
    for (let k = 0; k < per; k++) {
      const d = breakPerson(rng, makePerson(rng, used));
      labels.dc('person_name_zh', d.name);
      labels.dc('email', d.email);
      labels.dc('bank_card', d.card); // 62-prefix, Luhn-failing: an engine may still report it on context
      rowsHere.push([d, true]);
    }
    const ordered = n === 0 ? rowsHere : rng.shuffle(rowsHere);
    for (const [q, isDecoy] of ordered) {
      const row = [q.name, q.mobile, q.id, q.card, q.email];
      if (n === 1) row.push(isDecoy ? '样例' : '正式');
      lines.push(row.join(','));
    }
  }
  return { text: lines.join('\n') + '\n', labels };
}

// visit-log — a salesperson's diary: each customer's fields spread over several dated entries
// (first visit: name + mobile; later: ID and card at account opening; later: e-mail).
// Why: no paragraph contains a full record; it reads as ordinary work notes.
function tVisitLog(rng, n, people) {
  const events = [];
  const labels = new Labels();
  const ref = (p) => (n === 2 ? p.name : p.nm.surZh + p.title);
  for (const p of people) {
    const d0 = rng.int(0, 150);
    const day = (k) => d0 + k * rng.int(2, 12);
    const spaced = chunksOf(p, 'mobile').join(' ');
    events.push([day(0), `上午去${p.region[1]}拜访了${p.name}${p.title}，聊了定投和保险配置。${p.title === '先生' ? '他' : '她'}留了手机 ${spaced}，说白天打这个${p.landline ? `，单位座机${p.landline}` : ''}。`]);
    events.push([day(1), `${ref(p)}来网点开户，登记身份证${p.id}，新办的${p.bank}卡号 ${chunksOf(p, 'card').join(' ')}，已激活。`]);
    events.push([day(2), `给${ref(p)}发了产品资料，邮箱是 ${p.email}${p.passport ? `；另外${p.title === '先生' ? '他' : '她'}要出国，护照号${p.passport}` : ''}。`]);
    labels.people([p], ['name', 'mobile', 'id', 'card', 'email', 'landline', 'passport']);
    if (n !== 2) labels.dc('person_name_zh', p.nm.surZh + p.title);
  }
  events.sort((a, b) => a[0] - b[0]);
  const start = Date.UTC(2024, 0, 2);
  const text = '拜访日志\n\n' + events.map(([k, s]) => {
    const d = new Date(start + k * 86400000);
    return `【${d.toISOString().slice(0, 10)} ${WEEKDAYS[d.getUTCDay()]}】${s}`;
  }).join('\n\n') + '\n';
  return { text, labels };
}

// chat-log — the list sent field by field to oneself ("文件传输助手") in a chat app; long numbers
// sometimes split over two messages; exported chat history (WeChat / QQ / DingTalk style).
// Why: chat exports look like conversation, and no message holds a full record or even a full ID.
function tChatLog(rng, n, people) {
  const out = [['与"文件传输助手"的聊天记录', '消息记录（QQ：我的手机）', '钉钉 · 我的备忘'][n], ''];
  let t = Date.UTC(2024, rng.int(0, 11), rng.int(1, 28), 1, 0, 0);
  const msg = (body) => {
    t += rng.int(2000, 40000);
    const d = new Date(t);
    const ts = d.toISOString().slice(0, 19).replace('T', ' ');
    if (n === 0) out.push(`${ts} 我`, body, '');
    else if (n === 1) out.push(`我 ${ts.slice(11)}`, body, '');
    else out.push(`[${ts}] 我: ${body}`);
  };
  for (const p of people) {
    if (rng.chance(0.15)) msg(rng.pick(['[图片]', '[文件] 客户资料.xlsx', '这批先发完', '继续']));
    msg(p.name);
    msg(rng.chance(0.5) ? p.mobile : chunksOf(p, 'mobile').join(' '));
    if (rng.chance(0.5)) { const c = rng.int(6, 12); msg(p.id.slice(0, c)); msg(p.id.slice(c)); } else msg(p.id);
    if (rng.chance(0.4)) { const c = rng.int(6, 10); msg(p.card.slice(0, c)); msg(p.card.slice(c)); } else msg(p.card);
    msg(p.email);
  }
  return { text: out.join('\n') + '\n', labels: new Labels().people(people, BASE_FIELDS) };
}

// ═════════════════════ E. encodings (still text in the file) ═════════════════════

const wrapAt = (s, w) => { const out = []; for (let i = 0; i < s.length; i += w) out.push(s.slice(i, i + w)); return out.join('\n'); };

// base64 — the whole CSV base64-encoded: wrapped at 76 like a MIME part, as a JSON "payload", or line by line.
// Why: one command (certutil -encode / base64) turns a customer list into an opaque blob.
function tBase64(rng, n, people) {
  const fields = pickFields(rng);
  const csv = plainCsv(people, fields);
  let text;
  if (n === 0) text = '-----BEGIN DATA-----\n' + wrapAt(utf8(csv).toString('base64'), 76) + '\n-----END DATA-----\n';
  else if (n === 1) text = JSON.stringify({ file: 'report.csv', encoding: 'base64', data: utf8(csv).toString('base64') }) + '\n';
  else text = csv.trimEnd().split('\n').map((l) => utf8(l).toString('base64')).join('\n') + '\n';
  return { text, labels: new Labels().people(people, fields) };
}

// field-base64 — a normal-looking table where only the sensitive cells are base64 ("已加密" in the header).
// Why: names and layout look harmless and the header claims the numbers are encrypted.
function tFieldBase64(rng, n, people) {
  const fields = pickFields(rng, { extras: n === 2 });
  const enc = (v) => {
    const b = utf8(v).toString('base64');
    return n === 1 ? b.replace(/=+$/, '') : b;
  };
  const fmt = (p, f) => (f === 'name' || f === 'company' ? rawValue(p, f) : enc(rawValue(p, f)));
  const headerFmt = (f) => (f === 'name' || f === 'company' ? LABEL[f] : `${LABEL[f]}(已加密)`);
  return { text: table(rng, people, fields, fmt, { sep: ',', headerFmt }), labels: new Labels().people(people, fields) };
}

// hex-dump — the CSV as an xxd-style hex dump, as one long hex string, or as \xNN escapes in a C string.
// Why: looks like binary debugging output; `xxd -r` restores it.
function tHexDump(rng, n, people) {
  const fields = pickFields(rng, { extras: n !== 1 });
  const buf = utf8(plainCsv(people, fields));
  let text;
  if (n === 0) {
    const lines = [];
    for (let off = 0; off < buf.length; off += 16) {
      const chunk = buf.subarray(off, off + 16);
      const hexPairs = [];
      for (let i = 0; i < 16; i += 2) {
        if (i >= chunk.length) { hexPairs.push('    '); continue; }
        hexPairs.push(chunk[i].toString(16).padStart(2, '0') + (i + 1 < chunk.length ? chunk[i + 1].toString(16).padStart(2, '0') : '  '));
      }
      const ascii = Array.from(chunk, (b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
      lines.push(`${off.toString(16).padStart(8, '0')}: ${hexPairs.join(' ')}  ${ascii}`);
    }
    text = lines.join('\n') + '\n';
  } else if (n === 1) {
    text = wrapAt(buf.toString('hex'), 64) + '\n';
  } else {
    text = 'static const char blob[] =\n' + wrapAt(Array.from(buf, (b) => '\\x' + b.toString(16).padStart(2, '0')).join(''), 64).split('\n').map((l) => `    "${l}"`).join('\n') + ';\n';
  }
  return { text, labels: new Labels().people(people, fields) };
}

// url-encoding — percent-encoding: the whole CSV as one encodeURIComponent blob (names become %E5%BC%A0…),
// every byte encoded (%31%33%38…), or form-encoded query strings per customer.
// Why: looks like a URL or a web-form log line; the browser decodes it instantly.
function tUrlEncoding(rng, n, people) {
  const fields = pickFields(rng);
  let text;
  if (n === 0) text = 'data=' + encodeURIComponent(plainCsv(people, fields)) + '\n';
  else if (n === 1) {
    text = plainCsv(people, fields).trimEnd().split('\n').map((l) => Array.from(utf8(l), (b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join('')).join('\n') + '\n';
  } else {
    text = people.map((p) => 'https://crm.example.invalid/submit?' + fields.filter((f) => rawValue(p, f)).map((f) => `${EN_KEY[f]}=${encodeURIComponent(rawValue(p, f)).replace(/%20/g, '+')}`).join('&')).join('\n') + '\n';
  }
  return { text, labels: new Labels().people(people, fields) };
}

// unicode-escapes — every character as \uXXXX (digits too), only non-ASCII escaped (JSON ensure_ascii), or \u{…}.
// Why: a "JSON string" a developer might paste; any JSON parser or JS console decodes it.
function tUnicodeEscapes(rng, n, people) {
  const fields = pickFields(rng);
  const csv = plainCsv(people, fields).trimEnd();
  const esc = (line) => {
    if (n === 0) return Array.from(line, (ch) => '\\u' + ch.codePointAt(0).toString(16).padStart(4, '0')).join('');
    if (n === 1) return Array.from(line, (ch) => (ch.codePointAt(0) < 128 ? ch : '\\u' + ch.codePointAt(0).toString(16).padStart(4, '0'))).join('');
    return Array.from(line, (ch) => `\\u{${ch.codePointAt(0).toString(16).toUpperCase()}}`).join('');
  };
  const text = n === 1 ? '{"rows":[' + csv.split('\n').map((l) => '"' + esc(l).replace(/"/g, '\\"') + '"').join(',\n') + ']}\n' : csv.split('\n').map(esc).join('\n') + '\n';
  return { text, labels: new Labels().people(people, fields) };
}

// html-entities — an HTML table whose text is written as numeric character references (&#24352; / &#x5F20; / mixed).
// Why: opens as a normal table in any browser; the raw bytes contain no digit runs of the values.
function tHtmlEntities(rng, n, people) {
  const fields = pickFields(rng);
  const ent = (s) => Array.from(s, (ch) => {
    const c = ch.codePointAt(0);
    const mode = n === 2 ? rng.int(0, 3) : n;
    if (mode === 0) return `&#${c};`;
    if (mode === 1) return `&#x${c.toString(16).toUpperCase()};`;
    if (mode === 2) return `&#${String(c).padStart(6, '0')};`;
    return ch === '<' || ch === '&' ? `&#${c};` : ch;
  }).join('');
  const rows = people.map((p) => '<tr>' + fields.map((f) => `<td>${ent(rawValue(p, f))}</td>`).join('') + '</tr>');
  const text = '<html><head><meta charset="utf-8"></head><body>\n<table>\n<tr>' + fields.map((f) => `<th>${ent(LABEL[f])}</th>`).join('') + '</tr>\n' + rows.join('\n') + '\n</table>\n</body></html>\n';
  return { text, labels: new Labels().people(people, fields) };
}

// Quoted-printable encoder (RFC 2045): soft line breaks at 76 chars; `all` encodes every byte.
function qpEncode(str, all = false) {
  const out = [];
  for (const line of str.split('\n')) {
    let cur = '';
    for (const b of utf8(line)) {
      const plain = !all && ((b >= 33 && b <= 126 && b !== 61) || b === 32);
      const tok = plain ? String.fromCharCode(b) : '=' + b.toString(16).toUpperCase().padStart(2, '0');
      if (cur.length + tok.length > 75) { out.push(cur + '='); cur = ''; }
      cur += tok;
    }
    if (cur.endsWith(' ')) cur = cur.slice(0, -1) + '=20';
    out.push(cur);
  }
  return out.join('\r\n');
}

// quoted-printable — the CSV quoted-printable encoded (names become =E5=BC=A0, soft line breaks cut numbers),
// every byte encoded (=31=33=38…), or a full MIME message with an encoded-word subject.
// Why: it is what a mail client produces; saved as .eml/.txt it no longer contains plain values.
function tQuotedPrintable(rng, n, people) {
  const fields = pickFields(rng);
  const csv = plainCsv(people, fields).trimEnd();
  const labels = new Labels().people(people, fields);
  let text;
  if (n < 2) text = qpEncode(csv, n === 1) + '\r\n';
  else {
    const subj = '=?UTF-8?B?' + utf8('资料备份').toString('base64') + '?=';
    text = ['From: sales07@corp.example.com', 'To: my.backup.box@outlook.com', `Subject: ${subj}`, 'MIME-Version: 1.0',
      'Content-Type: text/plain; charset="utf-8"', 'Content-Transfer-Encoding: quoted-printable', '', qpEncode(csv)].join('\r\n') + '\r\n';
    labels.dc('email', 'sales07@corp.example.com');
    labels.dc('email', 'my.backup.box@outlook.com');
  }
  return { text, labels };
}

const rot13 = (ch) => (/[a-z]/.test(ch) ? String.fromCharCode(((ch.charCodeAt(0) - 97 + 13) % 26) + 97) : /[A-Z]/.test(ch) ? String.fromCharCode(((ch.charCodeAt(0) - 65 + 13) % 26) + 65) : ch);
const rot5 = (ch) => (/\d/.test(ch) ? String((Number(ch) + 5) % 10) : ch);
const rot47 = (ch) => { const c = ch.charCodeAt(0); return c >= 33 && c <= 126 ? String.fromCharCode(33 + ((c + 14) % 94)) : ch; };

// rot-cipher — well-known rotations: ROT13 on letters + ROT5 on digits (ROT18), ROT47 on all ASCII,
// or ROT5 on digits only. Names (CJK) are unchanged.
// Why: a standard "decoder" website undoes it; a checksum validator sees only invalid numbers.
function tRotCipher(rng, n, people) {
  const fields = pickFields(rng, { extras: n !== 1 });
  const fn = [(ch) => rot5(rot13(ch)), rot47, rot5][n];
  const note = ['（ROT13+ROT5 编码）', '（ROT47）', '（数字已ROT5处理）'][n];
  const fmt = (p, f) => (f === 'name' || f === 'company' || (n === 2 && f === 'email') ? rawValue(p, f) : mapChars(rawValue(p, f), fn));
  return { text: table(rng, people, fields, fmt, { sep: '\t', note }), labels: new Labels().people(people, fields) };
}

// custom-cipher — a home-made cipher with the key written in the file: every digit +k (mod 10), a printed
// substitution table, or digits typed as the QWERTY row (1→q … 0→p) with a Caesar-shifted e-mail.
// Why: nothing a generic engine can undo; only a reader who follows the key recovers the data.
function tCustomCipher(rng, n, people) {
  const fields = pickFields(rng, { extras: false });
  let enc, note, encEmail = (e) => e;
  if (n === 0) {
    const k = rng.int(1, 9);
    enc = (ch) => (/\d/.test(ch) ? String((Number(ch) + k) % 10) : ch);
    note = `说明：数字每位都加了${k}（超过9只取个位），还原时每位减${k}。`;
  } else if (n === 1) {
    const perm = rng.shuffle('0123456789'.split(''));
    enc = (ch) => (/\d/.test(ch) ? perm[Number(ch)] : ch);
    note = '对照表：' + perm.map((c, i) => `${i}→${c}`).join(' ') + '（左边是原数字）';
  } else {
    const row = 'pqwertyuio'; // index = digit: 0→p, 1→q … 9→o
    enc = (ch) => (/\d/.test(ch) ? row[Number(ch)] : ch);
    encEmail = (e) => mapChars(e, (ch) => (/[a-z]/.test(ch) ? String.fromCharCode(((ch.charCodeAt(0) - 97 + 3) % 26) + 97) : /\d/.test(ch) ? row[Number(ch)] : ch));
    note = '键盘第一排：1=q 2=w 3=e 4=r 5=t 6=y 7=u 8=i 9=o 0=p；邮箱字母往后移了3位。';
  }
  const fmt = (p, f) => (f === 'email' ? encEmail(p.email) : NUMERIC.has(f) ? mapChars(rawValue(p, f), enc) : rawValue(p, f));
  return { text: table(rng, people, fields, fmt, { sep: '\t', note }), labels: new Labels().people(people, fields), recoverableByMachine: false };
}

// ═════════════════════ F. masking that still leaks ═════════════════════

const maskMid = (s, keepHead, keepTail, ch = '*') => s.slice(0, keepHead) + ch.repeat(s.length - keepHead - keepTail) + s.slice(s.length - keepTail);

// mask-leak — the file "looks masked" but one field still leaks: mobile masked while ID and card are full;
// names as pinyin initials with the full ID; or the mobile masked but the e-mail is <mobile>@139.com.
// Why: a reviewer sees asterisks and assumes the export is desensitised.
function tMaskLeak(rng, n, people) {
  const labels = new Labels();
  const lines = [];
  if (n === 0) {
    lines.push('（已脱敏）', '姓名,手机,身份证号,卡号,邮箱');
    for (const p of people) lines.push([p.name, maskMid(p.mobile, 3, 4), p.id, p.card, p.email].join(','));
    labels.people(people, ['name', 'id', 'card', 'email']);
  } else if (n === 1) {
    lines.push('客户(缩写),证件号码,卡号,邮箱');
    for (const p of people) {
      const ini = p.nm.initials ? rng.pick([p.nm.initials, p.nm.initials.split('').join('.') + '.', p.nm.sur[0].toUpperCase() + p.nm.sur.slice(1) + ' ' + p.nm.initials.slice(1)]) : p.nm.py.toUpperCase().slice(0, 3);
      lines.push([ini, p.id, maskMid(p.card, 4, 4), p.email].join(','));
    }
    labels.people(people, ['id', 'email']);
  } else {
    lines.push('姓名\t手机\t身份证\t卡号\t邮箱');
    for (const p of people) {
      const mail = `${p.mobile}@${rng.pick(['139.com', '189.cn', 'wo.cn'])}`;
      lines.push([p.name, maskMid(p.mobile, 3, 4), maskMid(p.id, 6, 4), p.card, mail].join('\t'));
      labels.add('email', mail);
    }
    labels.people(people, ['name', 'mobile', 'card']); // mobile recovered from the e-mail local part
  }
  return { text: lines.join('\n') + '\n', labels };
}

// mask-complement — two exports of the same customers masked differently (营销系统 masks the middle,
// CRM masks the ends), joined by 客户编号: together they reveal every digit.
// Why: each table alone passes a "masked data is fine" policy.
function tMaskComplement(rng, n, people) {
  const codes = people.map((_, i) => 'C' + pad(rng.int(1, 9) * 10000 + i * 37, 5));
  const lines = ['表A（营销系统导出）', '客户编号,姓名,手机,身份证号,卡号'];
  people.forEach((p, i) => lines.push([codes[i], p.name, maskMid(p.mobile, 3, 4), maskMid(p.id, 6, 4), maskMid(p.card, 6, 4)].join(',')));
  lines.push('', '表B（CRM导出）', '客户编号,姓名,手机,身份证号,卡号,邮箱');
  const order = n === 0 ? people.map((_, i) => i) : rng.shuffle(people.map((_, i) => i));
  for (const i of order) {
    const p = people[i];
    lines.push([codes[i], p.nm.surZh + '*', '***' + p.mobile.slice(3, 7) + '****', '*'.repeat(6) + p.id.slice(6, 14) + '****',
      '*'.repeat(6) + p.card.slice(6, -4) + '****', p.email].join(','));
  }
  if (n === 2) lines.push('', '（两表按客户编号对应，拼起来就是完整号码）');
  return { text: lines.join('\n') + '\n', labels: new Labels().people(people, BASE_FIELDS), recoverableByMachine: false };
}

// ═════════════════════ registry, labeling safety net, self-check, main ═════════════════════

const TECHNIQUES = [
  // A. character-level formatting
  ['sep-punct', tSepPunct, 'numbers grouped with dots / slashes / underscores / backslashes'],
  ['sep-middot', tSepMiddot, 'numbers grouped with · ・ • ∙ ‧'],
  ['sep-unicode-space', tSepUnicodeSpace, 'numbers grouped with NBSP, ideographic, thin, figure spaces'],
  ['sep-mixed', tSepMixed, 'numbers cut at random points with a random separator at each cut'],
  ['fullwidth', tFullwidth, 'numbers and e-mails in full-width characters'],
  ['mixed-width', tMixedWidth, 'full-width and half-width characters mixed inside one number'],
  ['zero-width', tZeroWidth, 'zero-width characters inside numbers, names and e-mails'],
  ['homoglyph', tHomoglyph, 'O/o for 0, l/I/| for 1, Cyrillic/Greek look-alikes'],
  ['cn-numerals', tCnNumerals, 'digits as Chinese numerals 一二三〇 / 零 / 幺'],
  ['cn-daxie', tCnDaxie, 'digits as financial capitals 壹贰叁'],
  ['styled-digits', tStyledDigits, 'circled / mathematical bold / mixed maths digits (NFKC folds them)'],
  ['decorated-digits', tDecoratedDigits, 'keycap emoji digits, combining strike-through / enclosing marks'],
  ['spaced-chars', tSpacedChars, 'a space between every character'],
  ['reversed-digits', tReversedDigits, 'numbers (and e-mails) written backwards with a 倒序 note'],
  ['reversed-lines', tReversedLines, 'whole rows reversed character by character'],
  ['bidi-override', tBidiOverride, 'rows stored reversed inside U+202E so they display correctly'],
  ['excel-formats', tExcelFormats, 'thousands separators, ="…", leading apostrophe, CONCATENATE pieces'],
  ['intl-prefix', tIntlPrefix, '+86 / 0086 / (+86) / 86… / trunk-0 phone forms'],
  ['email-obfuscation', tEmailObfuscation, 'e-mails as [at]/[dot], AT/DOT, #, 艾特/点, ＠, 。'],
  // B. splitting
  ['split-cells', tSplitCells, 'each number split over two CSV columns'],
  ['hard-wrap', tHardWrap, 'records hard-wrapped at a fixed width / numbers broken over two lines'],
  ['decomposed-id', tDecomposedId, 'ID stored as region code + reformatted birth date + tail'],
  ['separate-lists', tSeparateLists, 'each field in its own numbered list, joined by 序号'],
  // C. structure
  ['transposed', tTransposed, 'one person per column'],
  ['vertical-records', tVerticalRecords, 'one field per line'],
  ['key-value', tKeyValue, 'key=value pairs, query strings, opaque one-letter keys'],
  ['json', tJson, 'JSON export: pretty, compact with bare numbers, nested API response'],
  ['yaml', tYaml, 'YAML fixture: block, flow, keyed by name'],
  ['xml', tXml, 'XML elements, attributes, CSV inside CDATA'],
  ['sql-insert', tSqlInsert, 'SQL dump: INSERT per row, multi-row VALUES, opaque columns'],
  ['log-lines', tLogLines, 'records inside application / JSON / nginx logs among noise lines'],
  ['text-table', tTextTable, 'Markdown, ASCII and box-drawing tables'],
  ['csv-quoted-multiline', tCsvMultiline, 'RFC 4180 CSV with quoted multi-line cells, BOM, CRLF, ";"'],
  ['code-literal', tCodeLiteral, 'list in a JS fixture, Python docstring/comments, Java concatenated literals'],
  ['misleading-headers', tMisleadingHeaders, 'shuffled columns headed 订单号/备注/工号…, or no header + harmless title'],
  ['headerless', tHeaderless, 'no header, shuffled columns, tab / ; / | delimited'],
  // D. dilution
  ['buried-in-prose', tBuriedInProse, 'list inside a long report: middle block, scattered sentences, appendix'],
  ['numeric-noise', tNumericNoise, 'customers as a few rows of a long ledger of look-alike numbers'],
  ['decoy-rows', tDecoyRows, 'real rows interleaved with decoys whose numbers fail validation'],
  ['visit-log', tVisitLog, "a salesperson's diary, each customer's fields spread over dated entries"],
  ['chat-log', tChatLog, 'fields sent message by message to oneself in a chat export, numbers split'],
  // E. encodings
  ['base64', tBase64, 'whole CSV base64 (MIME-wrapped, JSON payload, per line)'],
  ['field-base64', tFieldBase64, 'only the sensitive cells base64, header says 已加密'],
  ['hex-dump', tHexDump, 'xxd dump, continuous hex, \\x escapes'],
  ['url-encoding', tUrlEncoding, 'percent-encoding: encodeURIComponent blob, every byte, query strings'],
  ['unicode-escapes', tUnicodeEscapes, '\\uXXXX for every char, ensure_ascii JSON, \\u{…}'],
  ['html-entities', tHtmlEntities, 'HTML table in decimal / hex / zero-padded numeric character references'],
  ['quoted-printable', tQuotedPrintable, 'quoted-printable text, every byte encoded, MIME message'],
  ['rot-cipher', tRotCipher, 'ROT13+ROT5, ROT47, ROT5 on digits'],
  ['custom-cipher', tCustomCipher, 'home-made cipher with the key in the file (+k, substitution table, QWERTY letters)'],
  // F. masking that leaks
  ['mask-leak', tMaskLeak, 'partial masking that leaves IDs / cards / e-mail-embedded mobiles in clear'],
  ['mask-complement', tMaskComplement, 'two differently-masked exports that together reveal every digit'],
];

// Safety net: any maximal ASCII digit run in the text (raw or NFKC-folded) that happens to pass a validator
// but is not a labeled entity (noise serials, hex dumps, reversed numbers, wrap fragments…) is put in dontCare,
// so a scorer neither rewards nor punishes an engine for it.
function addAccidentalLookalikes(text, labels) {
  // a run equal to a labeled value of ANY detector is that entity (e.g. an ID that happens to pass Luhn):
  // the more specific match should win, so it is not excused as a look-alike.
  const seen = new Set(labels.entities.map((e) => e.value));
  for (const t of [text, text.normalize('NFKC')]) {
    for (const m of t.matchAll(/\d+[Xx]?/g)) {
      const s = m[0].toUpperCase();
      if (seen.has(s)) continue;
      seen.add(s);
      const allDigits = /^\d+$/.test(s);
      if (allDigits && s.length === 11 && MOBILE_PREFIXES_WIDE.has(s.slice(0, 3))) labels.dc('cn_mobile', s);
      if (allDigits && s.length >= 16 && s.length <= 19 && luhnValid(s)) labels.dc('bank_card', s);
      if (allDigits && s[0] === '0' && s.length >= 10 && s.length <= 12) labels.dc('cn_landline', s);
      if (s.length === 18 && idLooksValid(s)) labels.dc('cn_resident_id', s);
      if (s.length === 18 && usccValid(s)) labels.dc('cn_uscc', s);
      // a 15-digit run shaped like a legacy (first-generation) ID would be upgraded to 18 chars by an engine
      if (allDigits && s.length === 15 && PROVINCE_PREFIXES.has(s.slice(0, 2)) &&
          isRealDate(1900 + Number(s.slice(6, 8)), Number(s.slice(8, 10)), Number(s.slice(10, 12)))) {
        const body = s.slice(0, 6) + '19' + s.slice(6);
        labels.dc('cn_resident_id', body + idCheckChar(body));
      }
    }
  }
}

function sizeFor(rng, n) { return [rng.int(8, 15), rng.int(16, 30), rng.int(31, 60)][n]; }

function buildCorpus() {
  const docs = [];
  for (const [name, fn] of TECHNIQUES) {
    for (let n = 0; n < 3; n++) {
      const rng = new Rng(fnv1a(`evasion/${name}/${n}`));
      const people = makePeople(rng, sizeFor(rng, n));
      const r = fn(rng, n, people);
      addAccidentalLookalikes(r.text, r.labels);
      const entities = r.labels.entities;
      docs.push({
        id: `ev-${name}-${n + 1}`,
        technique: name,
        text: r.text,
        entities,
        dontCare: r.labels.dontCare,
        people: r.people ?? people.length,
        sensitive: entities.some((e) => e.detector === 'cn_resident_id' || e.detector === 'bank_card' || e.detector === 'cn_passport'),
        recoverableByMachine: r.recoverableByMachine ?? true,
      });
    }
  }
  return docs;
}

// Validate an entity value against its own format rules (the generator must never emit an invalid one).
function entityValid(e) {
  const v = e.value;
  switch (e.detector) {
    case 'cn_resident_id': return idLooksValid(v) && REGION_CODES.has(v.slice(0, 6));
    case 'cn_mobile': return /^\d{11}$/.test(v) && MOBILE_PREFIXES.includes(v.slice(0, 3));
    case 'bank_card': return /^62\d{14,17}$/.test(v) && luhnValid(v);
    case 'cn_uscc': return usccValid(v) && orgCheckChar(v.slice(8, 16)) === v[16];
    case 'cn_landline': return AREAS.some(([a, len]) => v.startsWith(a) && v.length === a.length + len && /^[2-8]$/.test(v[a.length]));
    case 'email': return /^[a-z0-9._]+@[a-z0-9]+(\.[a-z0-9]+)+$/.test(v);
    case 'cn_passport': return /^E(\d{8}|[A-HJ-NP-Z]\d{7})$/.test(v);
    case 'person_name_zh': return /^[\u4e00-\u9fa5]{2,4}$/.test(v) || /^[\u4e00-\u9fa5]{2,6}·[\u4e00-\u9fa5]{2,6}$/.test(v);
    default: return false;
  }
}

function selfCheck(docs) {
  const fails = [];
  const expect = (cond, msg) => { if (!cond) fails.push(msg); };
  // published vectors (cn-formats.md §1.2, §4.4, §11; python-stdnum USCC test list; validator.js card tests)
  expect(idCheckChar('11010519491231002') === 'X', 'ID vector 11010519491231002X');
  expect(idCheckChar('44052418800101001') === '4', 'ID vector 440524188001010014');
  expect(idCheckChar('20220927552151002') === '3', 'ID vector 202209275521510023');
  expect(idLooksValid('11010519491231002X'), 'idLooksValid on GB example');
  expect(!idLooksValid('440524188001010014'), '18xx birth year rejected');
  for (const c of ['6283875070985593', '8171999927660000', '4111111111111111']) expect(luhnValid(c), 'Luhn vector ' + c);
  expect(luhnCheckDigit('628387507098559') === '3', 'Luhn check digit');
  expect(!luhnValid('6283875070985594'), 'Luhn negative');
  for (const u of ['91110000600037341L', '91310115MA1K3BTP2B', '9144030071526726XG', '121200004013590816', '92340603MA2UK2ECXU', '91340600MA2PBM9HXD']) {
    expect(usccValid(u), 'USCC MOD31 vector ' + u);
    expect(orgCheckChar(u.slice(8, 16)) === u[16], 'GB 11714 vector ' + u);
  }
  expect(!usccValid('91110000600037341N'), 'USCC negative');
  expect(usccCheckChar('20200301482171026') === '8', 'USCC all-digit vector 202003014821710268');
  // every labeled entity is a valid value of its type; doc-level invariants
  const ids = new Set();
  for (const d of docs) {
    expect(!ids.has(d.id), 'duplicate doc id ' + d.id);
    ids.add(d.id);
    expect(d.people >= 8 && d.people <= 60, `${d.id}: people ${d.people}`);
    for (const e of d.entities) expect(entityValid(e), `${d.id}: invalid ${e.detector} ${e.value}`);
    expect(d.entities.length > 0, `${d.id}: no entities`);
  }
  return fails;
}

function main() {
  const out = process.argv[2];
  if (!out) { console.error('usage: node evasion.mjs OUT.jsonl'); process.exit(2); }
  const t0 = Date.now();
  const docs = buildCorpus();
  const again = buildCorpus();
  const jsonl = docs.map((d) => JSON.stringify(d)).join('\n') + '\n';
  const fails = selfCheck(docs);
  if (jsonl !== again.map((d) => JSON.stringify(d)).join('\n') + '\n') fails.push('non-deterministic output');
  writeFileSync(out, jsonl);

  const byDet = {};
  for (const d of docs) for (const e of d.entities) byDet[e.detector] = (byDet[e.detector] || 0) + 1;
  const dc = docs.reduce((a, d) => a + d.dontCare.length, 0);
  console.log(`wrote ${docs.length} documents (${TECHNIQUES.length} techniques × 3) to ${out}, ${Buffer.byteLength(jsonl)} bytes, ${Date.now() - t0} ms`);
  console.log(`entities: ${Object.entries(byDet).map(([k, v]) => `${k}=${v}`).join(' ')}; dontCare=${dc}`);
  console.log(`people: ${docs.reduce((a, d) => a + d.people, 0)}; sensitive docs: ${docs.filter((d) => d.sensitive).length}; not machine-recoverable: ${docs.filter((d) => !d.recoverableByMachine).map((d) => d.id).join(', ')}`);
  for (const [name, , desc] of TECHNIQUES) console.log(`  ${name.padEnd(22)} ${desc}`);
  if (fails.length) {
    console.error(`SELF-CHECK FAILED (${fails.length}):\n  ` + fails.slice(0, 30).join('\n  '));
    process.exit(1);
  }
  console.log('self-check: OK (check-digit vectors, every entity valid, deterministic)');
}

main();
