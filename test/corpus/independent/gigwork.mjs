#!/usr/bin/env node
// =============================================================================
// gigwork.mjs — labelled JSONL test corpus for a Chinese DLP detector (listguard)
//
// Theme: personal data in GIG-ECONOMY and SERVICE PLATFORMS — delivery riders,
//   ride/freight drivers, 家政 housekeepers, movers, repair technicians.
//   Document kinds: onboarding rosters, 站点排班表, 佣金/工资结算单, rider insurance
//   lists, 家政阿姨 profiles, customer service orders, 投诉 tickets, 派单 logs,
//   WeChat 接龙, 背调 reports, OCR'd ID cards and 健康证, dispatch-API JSON, Excel
//   exports with merged header rows, mover orders with 发票 data, repair work
//   orders, 劳务外包 agreements, masked platform exports, station e-mail threads.
//
// Usage:   node gigwork.mjs OUT.jsonl
//
// Output:  one JSON object per line:
//   {"id":"gw-<kind>-<n>","kind":"<kind>","text":"...",
//    "entities":[{"detector":"...","value":"..."}],   // MUST be reported (unique per doc)
//    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
//    "decoys":[{"kind":"...","text":"..."}]}          // must NOT be reported under any id
//
// Normalisation of values:
//   cn_resident_id 18 chars, upper-case X (legacy 15-digit numbers are upgraded
//   to 18); cn_mobile 11 digits (no +86, no separators); cn_landline digits incl.
//   leading 0 and area code; email lower-case; bank_card digits only;
//   cn_passport upper-case; cn_uscc 18 chars upper-case; person_name_zh as
//   written without spaces/padding/titles.
//
// Deterministic: own PRNG (mulberry32) with a fixed seed. All data synthetic
// (valid MOD 11-2 IDs with real dates and region codes, Luhn-valid cards with
// real-looking IINs, GB 32100 USCCs with GB 11714 body check, allocated mobile
// prefixes). A self-check runs at the end and exits 1 on failure.
//
// Written in session 26 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.
// =============================================================================
import { writeFileSync } from 'node:fs';

const OUT = process.argv[2];
if (!OUT) { console.error('usage: node gigwork.mjs OUT.jsonl'); process.exit(2); }

// ---------------------------------------------------------------- PRNG -------
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x26D1A9);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const pad = (n, w) => String(n).padStart(w, '0');
function shuffle(a) { for (let i = a.length - 1; i > 0; i--) { const j = ri(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const pickF = (a) => pick(a)();
const wpickF = (pairs) => wpick(pairs)();
function wpick(pairs) { let t = 0; for (const [, w] of pairs) t += w; let r = rnd() * t; for (const [v, w] of pairs) { if ((r -= w) < 0) return v; } return pairs[pairs.length - 1][0]; }
const rowsCount = () => wpick([[ri(1, 4), 3], [ri(5, 15), 4], [ri(16, 40), 3], [ri(41, 80), 2]]);
const toFW = (s) => s.replace(/[0-9A-Za-z@.]/g, (c) => c === '@' ? '＠' : c === '.' ? '．' : String.fromCharCode(c.charCodeAt(0) + 0xFEE0));

// ------------------------------------------------------------ regions --------
// [county code, province, prefecture, county] — real GB/T 2260 codes (current or historical)
const REG = [
  ['110105', '北京市', '北京市', '朝阳区'], ['110108', '北京市', '北京市', '海淀区'], ['120101', '天津市', '天津市', '和平区'],
  ['130104', '河北省', '石家庄市', '桥西区'], ['130429', '河北省', '邯郸市', '永年县'], ['140105', '山西省', '太原市', '小店区'],
  ['150102', '内蒙古自治区', '呼和浩特市', '新城区'], ['210102', '辽宁省', '沈阳市', '和平区'], ['220102', '吉林省', '长春市', '南关区'],
  ['230102', '黑龙江省', '哈尔滨市', '道里区'], ['310104', '上海市', '上海市', '徐汇区'], ['310115', '上海市', '上海市', '浦东新区'],
  ['320106', '江苏省', '南京市', '鼓楼区'], ['320583', '江苏省', '苏州市', '昆山市'], ['321323', '江苏省', '宿迁市', '泗阳县'],
  ['330106', '浙江省', '杭州市', '西湖区'], ['341221', '安徽省', '阜阳市', '临泉县'], ['341222', '安徽省', '阜阳市', '太和县'],
  ['341621', '安徽省', '亳州市', '涡阳县'], ['341622', '安徽省', '亳州市', '蒙城县'], ['350102', '福建省', '福州市', '鼓楼区'],
  ['360732', '江西省', '赣州市', '兴国县'], ['370102', '山东省', '济南市', '历下区'], ['371522', '山东省', '聊城市', '莘县'],
  ['410105', '河南省', '郑州市', '金水区'], ['411521', '河南省', '信阳市', '罗山县'], ['411522', '河南省', '信阳市', '光山县'],
  ['411525', '河南省', '信阳市', '固始县'], ['411621', '河南省', '周口市', '扶沟县'], ['411627', '河南省', '周口市', '太康县'],
  ['411721', '河南省', '驻马店市', '西平县'], ['420106', '湖北省', '武汉市', '武昌区'], ['421023', '湖北省', '荆州市', '监利县'],
  ['430102', '湖南省', '长沙市', '芙蓉区'], ['430524', '湖南省', '邵阳市', '隆回县'], ['431121', '湖南省', '永州市', '祁阳县'],
  ['440106', '广东省', '广州市', '天河区'], ['440305', '广东省', '深圳市', '南山区'], ['441581', '广东省', '汕尾市', '陆丰市'],
  ['450102', '广西壮族自治区', '南宁市', '兴宁区'], ['460105', '海南省', '海口市', '秀英区'], ['500103', '重庆市', '重庆市', '渝中区'],
  ['500235', '重庆市', '重庆市', '云阳县'], ['500236', '重庆市', '重庆市', '奉节县'], ['510107', '四川省', '成都市', '武侯区'],
  ['511621', '四川省', '广安市', '岳池县'], ['520102', '贵州省', '贵阳市', '南明区'], ['530102', '云南省', '昆明市', '五华区'],
  ['610113', '陕西省', '西安市', '雁塔区'], ['620102', '甘肃省', '兰州市', '城关区'], ['630102', '青海省', '西宁市', '城东区'],
  ['640104', '宁夏回族自治区', '银川市', '兴庆区'], ['650102', '新疆维吾尔自治区', '乌鲁木齐市', '天山区'],
];
const PROV2 = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65']);

// ------------------------------------------------------------ dates ----------
const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const dim = (y, m) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
function rdate(y1, y2) { const y = ri(y1, y2), m = ri(1, 12), d = ri(1, dim(y, m)); return { y, m, d }; }
const ymd = (t, sep = '-') => `${t.y}${sep}${pad(t.m, 2)}${sep}${pad(t.d, 2)}`;
const cnDate = (t) => `${t.y}年${t.m}月${t.d}日`;
function validYMD(s) { const y = +s.slice(0, 4), m = +s.slice(4, 6), d = +s.slice(6, 8); return y >= 1900 && y <= 2025 && m >= 1 && m <= 12 && d >= 1 && d <= dim(y, m); }
const workDate = () => rdate(2023, 2025);

// ------------------------------------------------------- resident ID ---------
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += +b17[i] * IDW[i]; return '10X98765432'[s % 11]; }
function makeId(code, t, g) {
  let seq = pad(ri(0, 99), 2); let last = ri(0, 9); if ((last % 2 === 1) !== (g === 'M')) last = (last + 1) % 10;
  const body = code + t.y + pad(t.m, 2) + pad(t.d, 2) + seq + last;
  return body + idCheck(body);
}
function isValidId(s) { return /^\d{17}[\dX]$/.test(s) && PROV2.has(s.slice(0, 2)) && validYMD(s.slice(6, 14)) && idCheck(s.slice(0, 17)) === s[17]; }
const upgrade15 = (s) => { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheck(b); };
function legacyLike(s) { if (!/^\d{15}$/.test(s) || !PROV2.has(s.slice(0, 2))) return false; return validYMD('19' + s.slice(6, 12)); }

// ---------------------------------------------------------- mobiles ----------
const MOBP = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '145', '147', '150', '151', '152', '153', '155', '156', '157', '158', '159', '162', '165', '166', '167', '170', '171', '172', '173', '175', '176', '177', '178', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189', '190', '191', '192', '193', '195', '196', '197', '198', '199'];
const MOBW = MOBP.map((p) => [p, /^(13|15|18)/.test(p) ? 6 : /^(17|19)/.test(p) ? 2 : 1]);
const DEMO = new Set(['13800138000', '13912345678', '18888888888']);
const usedMob = new Set();
function genMobile() { for (;;) { const m = wpick(MOBW) + digits(8); if (!DEMO.has(m) && !usedMob.has(m)) { usedMob.add(m); return m; } } }
function fmtMobile(m, st) {
  const a = m.slice(0, 3), b = m.slice(3, 7), c = m.slice(7);
  switch (st) {
    case 'sp': return `${a} ${b} ${c}`;
    case 'dash': return `${a}-${b}-${c}`;
    case 'p86sp': return `+86 ${a} ${b} ${c}`;
    case 'p86dash': return `+86-${m}`;
    case 'p86': return `+86${m}`;
    case '0086': return `0086 ${m}`;
    case 'paren': return `(+86)${m}`;
    case 'fw': return toFW(m);
    default: return m;
  }
}
const mobStyle = () => wpick([['plain', 70], ['sp', 8], ['dash', 8], ['p86sp', 3], ['p86dash', 3], ['p86', 3], ['0086', 2], ['paren', 2], ['fw', 1]]);
const maskMobile = (m = genMobile()) => wpick([[`${m.slice(0, 3)}****${m.slice(7)}`, 6], [`${m.slice(0, 3)}xxxx${m.slice(7)}`, 1], [`${m.slice(0, 3)}*****${m.slice(8)}`, 1], [`*******${m.slice(7)}`, 1]]);

// ---------------------------------------------------------- landlines --------
const AREAS = [['010', 8, '北京'], ['020', 8, '广州'], ['021', 8, '上海'], ['022', 8, '天津'], ['023', 8, '重庆'], ['024', 8, '沈阳'], ['025', 8, '南京'], ['027', 8, '武汉'], ['028', 8, '成都'], ['029', 8, '西安'], ['0755', 8, '深圳'], ['0571', 8, '杭州'], ['0512', 8, '苏州'], ['0371', 8, '郑州'], ['0769', 8, '东莞'], ['0757', 8, '佛山'], ['0931', 7, '兰州']];
function genLand() { const [a, n] = pick(AREAS); return { area: a, sub: String(ri(2, 8)) + digits(n - 1) }; }
function fmtLand(l) {
  const s = l.sub, h = s.length === 8 ? `${s.slice(0, 4)} ${s.slice(4)}` : `${s.slice(0, 3)} ${s.slice(3)}`;
  return wpick([[`${l.area}-${s}`, 6], [`(${l.area})${s}`, 2], [`（${l.area}）${h}`, 1], [`${l.area} ${h}`, 2], [`+86 ${l.area.slice(1)} ${h}`, 1], [`${l.area}${s}`, 1]]);
}

// ---------------------------------------------------------- bank cards -------
const IINS = [['中国工商银行', '622202', 19], ['中国工商银行', '621226', 19], ['中国建设银行', '621700', 19], ['中国建设银行', '622700', 19], ['中国农业银行', '622848', 19], ['中国农业银行', '623052', 19], ['中国银行', '621785', 19], ['中国银行', '621661', 19], ['招商银行', '622588', 16], ['招商银行', '621483', 16], ['交通银行', '622262', 19], ['中国邮政储蓄银行', '621799', 19], ['中国邮政储蓄银行', '622188', 19], ['平安银行', '623058', 19], ['兴业银行', '622908', 18], ['浦发银行', '622521', 16], ['中信银行', '622690', 16], ['农村商业银行', '623160', 19], ['中国建设银行(VISA)', '436742', 16], ['招商银行(MasterCard)', '552534', 16]];
function luhnOk(s) { let sum = 0, dbl = false; for (let i = s.length - 1; i >= 0; i--) { let d = +s[i]; if (dbl) { d *= 2; if (d > 9) d -= 9; } sum += d; dbl = !dbl; } return sum % 10 === 0; }
function luhnComplete(body) { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return body + c; }
function genCard() { const [bank, iin, len] = wpick(IINS.map((x, i) => [x, i < 18 ? 5 : 1])); return { bank, no: luhnComplete(iin + digits(len - 7)) }; }
function fmtCard(c, st) {
  if (st === 'g4') return c.match(/.{1,4}/g).join(' ');
  if (st === 'd4') return c.match(/.{1,4}/g).join('-');
  return c;
}
const cardStyle = () => wpick([['plain', 7], ['g4', 3], ['d4', 1]]);
const maskCard = (c = genCard().no) => wpick([[`${c.slice(0, 4)} **** **** ${c.slice(-4)}`, 3], [`${c.slice(0, 6)}******${c.slice(-4)}`, 3], [`**** **** **** ${c.slice(-4)}`, 1], [`${c.slice(0, 4)}***********${c.slice(-4)}`, 1]]);
const maskId = (id) => wpick([[`${id.slice(0, 4)}**********${id.slice(-4)}`, 3], [`${id.slice(0, 6)}********${id.slice(-4)}`, 3], [`${id.slice(0, 3)}***********${id.slice(-4)}`, 1], [`${id[0]}****************${id[17]}`, 1]]);

// ------------------------------------------------------- safe decoy digits ---
// Numeric decoys are regenerated if they would be indistinguishable from real
// data by format alone (valid ID, Luhn-valid 62/81/4/5 card, allocated mobile).
function safeNum(gen) {
  for (;;) {
    const s = gen(); const n = s.replace(/\D/g, '');
    if (n.length === 11 && /^1[3-9]/.test(n)) continue;
    if (n.length === 15 && legacyLike(n)) continue;
    if (n.length === 18 && isValidId(n)) continue;
    if (n.length >= 16 && n.length <= 19 && /^(62|81|4|5)/.test(n) && luhnOk(n)) continue;
    return s;
  }
}

// ---------------------------------------------------------------- USCC -------
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const OW = [3, 7, 9, 10, 5, 8, 4, 2];
function orgCheck(b8) { let s = 0; for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * OW[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(b17[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; }
function genUSCC() {
  const head = wpick([['91', 10], ['92', 2], ['93', 1], ['12', 1], ['52', 1]]);
  const r = pick(REG)[0]; const reg = wpick([[r, 3], [r.slice(0, 4) + '00', 2]]);
  const L = 'ABCDEFGHJKLMNPQRTUWXY';
  const b8 = chance(0.7) ? 'MA' + Array.from({ length: 6 }, () => (chance(0.6) ? String(ri(0, 9)) : pick(L))).join('') : digits(8);
  const b17 = head + reg + b8 + orgCheck(b8);
  return b17 + usccCheck(b17);
}
function usccValid(s) { return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s) && usccCheck(s.slice(0, 17)) === s[17] && orgCheck(s.slice(8, 16)) === s[16]; }

// -------------------------------------------------------------- names --------
const SURN = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split('');
const SURW = SURN.map((s, i) => [s, 1 / (i + 6)]);
const COMP = ['欧阳', '上官', '皇甫', '令狐', '诸葛', '司徒', '司马', '申屠', '夏侯', '慕容', '尉迟', '长孙'];
const GM = '伟强磊军洋勇杰涛明超刚辉鹏建国志海斌浩凯鑫俊亮飞波龙振永庆德福兵旭阳帅坤瑞博宇铭峰岩松柏成文晨宁'.split('');
const GF = '芳娜敏静丽艳娟秀霞平桂英华玉兰萍红春梅燕婷雪琳欣佳慧莉颖倩晓金云荣翠凤彩珍雨思涵梓诗嘉菊琴霖凌'.split('');
const MIN1 = ['买买提', '阿依古丽', '热依拉', '古丽娜尔', '艾合买提', '帕提古丽', '吐尔逊', '阿不都', '迪丽娜尔', '努尔兰'];
const MIN2 = ['艾力', '吐尔逊', '买买提', '阿不拉', '热合曼', '依明', '卡德尔', '玉素甫', '库尔班'];
const usedNames = new Set();
function genName(g) {
  for (;;) {
    let n;
    const r = rnd();
    if (r < 0.025) n = pick(MIN1) + pick(['·', '·', '•']) + pick(MIN2);
    else {
      const s = r < 0.06 ? pick(COMP) : wpick(SURW);
      const G = g === 'M' ? GM : GF;
      n = s + (chance(s.length === 2 ? 0.7 : 0.35) ? pick(G) : pick(G) + pick(G));
    }
    if (!usedNames.has(n) || chance(0.05)) { usedNames.add(n); return n; }
  }
}
const surnameOf = (n) => (COMP.includes(n.slice(0, 2)) ? n.slice(0, 2) : n[0]);

// -------------------------------------------------------------- e-mail -------
const SYL = ['zhang', 'wang', 'li', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he', 'gao', 'lin', 'luo', 'wei', 'fang', 'na', 'min', 'jing', 'qiang', 'lei', 'jun', 'yong', 'yan', 'jie', 'juan', 'tao', 'ming', 'chao', 'xiu', 'xia', 'ping', 'gang', 'hua', 'yu', 'lan', 'hong', 'peng', 'hui', 'jian', 'zhi', 'chun', 'mei', 'hai', 'bin', 'hao', 'kai', 'xin', 'ting', 'xue', 'qin', 'feng', 'long', 'bo'];
const EDOM = [['qq.com', 10], ['163.com', 6], ['126.com', 3], ['foxmail.com', 2], ['sina.com', 2], ['sina.cn', 1], ['sohu.com', 1], ['aliyun.com', 1], ['yeah.net', 1], ['outlook.com', 2], ['gmail.com', 1], ['hotmail.com', 1], ['139.com', 1], ['189.cn', 1]];
const usedMail = new Set();
function genEmail(p) {
  for (;;) {
    const dom = wpick(EDOM); let local, inner = null;
    if (dom === 'qq.com' && chance(0.7)) local = String(ri(1, 9)) + digits(ri(4, 9));
    else if ((dom === '139.com' || dom === '189.cn') && p) { local = p.mobile; inner = p.mobile; }
    else {
      const a = pick(SYL), b = pick(SYL), y = p ? String(p.birth.y) : String(ri(1970, 2004));
      local = wpick([[a + b, 3], [a + b + digits(ri(1, 4)), 4], [a + '_' + b, 2], [a + '.' + b + y.slice(2), 2], [a + b + y, 2], [a[0] + b + digits(3), 1]]);
    }
    const value = `${local}@${dom}`;
    if (usedMail.has(value)) continue; usedMail.add(value);
    let raw = value;
    if (chance(0.08)) raw = local.replace(/^[a-z]/, (c) => c.toUpperCase()) + '@' + dom;
    if (chance(0.04)) raw = raw.toUpperCase();
    if (chance(0.02)) raw = raw.replace('@', '＠');
    return { value, raw, inner };
  }
}

// ------------------------------------------------------------- persons -------
function person(o = {}) {
  const g = o.g ?? (chance(0.5) ? 'M' : 'F');
  const birth = rdate(o.y1 ?? 1968, o.y2 ?? 2004);
  const region = pick(REG);
  const p = { name: genName(g), g, birth, region, id: makeId(region[0], birth, g), mobile: genMobile(), card: genCard() };
  p.age = 2024 - birth.y;
  return p;
}
const ensureMail = (p) => (p.email ??= genEmail(p));

// ------------------------------------------------------- decoy generators ----
const ts13 = () => String(Math.floor(1704067200000 + rnd() * 63158400000));
const wd = () => ymd(workDate());
const dt = () => `${wd()} ${pad(ri(6, 23), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`;
const yyyymmdd = () => ymd(workDate(), '');
const orderNo = () => safeNum(() => wpick([[yyyymmdd() + digits(ri(10, 12)), 4], ['1' + pick(['7', '8']) + digits(ri(16, 18)), 2], [pick(['3', '5', '9']) + digits(ri(17, 19)), 2]]));
const waybill = () => safeNum(() => wpick([['SF1' + digits(12), 3], ['JT' + digits(13), 2], ['YT' + digits(13), 2], ['75' + digits(12), 2], ['43' + digits(11), 1], ['EA' + digits(9) + 'CN', 1]]));
const riderId = () => safeNum(() => wpick([[String(ri(1, 9)) + digits(ri(6, 9)), 4], ['QS' + digits(8), 2], ['RD' + digits(7), 1], ['MT' + digits(9), 1]]));
const staffNo = () => safeNum(() => wpick([['GH' + digits(4), 2], [pick(['SF', 'JZ', 'BJ', 'WX', 'HL']) + '-' + digits(5), 2], [String(ri(1, 9)) + digits(4), 2], ['NO.' + digits(6), 1]]));
const healthNo = (r = pick(REG)[0]) => safeNum(() => wpick([[r + String(ri(2022, 2025)) + digits(6), 3], [digits(12), 2], [`${pick(['粤', '京', '沪', '浙', '苏', '川', '鄂'])}健证字[${ri(2022, 2025)}]第${digits(7)}号`, 2], [`JK${ri(2022, 2025)}-${digits(4)}-${digits(4)}`, 2], [`${r}${String(ri(22, 25))}${digits(5)}`, 1]]));
const stationCode = (r = pick(REG)[0]) => safeNum(() => wpick([['ZD' + digits(6), 3], [r + digits(3), 2], [`ST-${pick(['BJ', 'SH', 'GZ', 'SZ', 'HZ', 'CD', 'WH'])}-${digits(4)}`, 2]]));
const PLATEP = ['京', '沪', '粤', '浙', '苏', '川', '鄂', '豫', '陕', '湘', '渝', '津'];
const PL = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const plate = () => wpick([[`${pick(PLATEP)}${pick('ABCDE'.split(''))}${pick(['', '·', ' '])}${Array.from({ length: 5 }, () => (chance(0.8) ? ri(0, 9) : pick(PL))).join('')}`, 3], [`${pick(PLATEP)}${pick('ABC'.split(''))}${pick(['', '·'])}${pick(['D', 'F'])}${digits(5)}`, 2]]);
const frameNo = () => safeNum(() => wpick([[pick(['TDR', 'YD', 'AM', 'XN', 'LM']) + digits(ri(10, 13)), 3], [String(ri(0, 0)) + digits(14), 1], ['L' + Array.from({ length: 16 }, () => (chance(0.7) ? ri(0, 9) : pick(PL))).join(''), 1]]));
function amount(lo = 5, hi = 9999) { const v = ri(lo, hi), c = pad(ri(0, 99), 2); return wpick([[`¥${v}.${c}`, 3], [`${v}.${c}元`, 3], [v >= 1000 ? `${Math.floor(v / 1000)},${pad(v % 1000, 3)}.00` : `${v}.00`, 1], [`￥${v}`, 1]]); }
const dist = () => wpick([[`${ri(0, 15)}.${ri(0, 9)}km`, 3], [`${ri(0, 25)}.${ri(0, 9)}公里`, 2], [`${ri(100, 9999)}m`, 1]]);
const rating = () => wpick([[`${ri(3, 4)}.${ri(0, 9)}分`, 3], [`好评率${ri(85, 99)}.${ri(0, 9)}%`, 2], [`${ri(3, 5)}星`, 1]]);
const hotline = () => wpick([[`400-${ri(600, 999)}-${digits(4)}`, 4], [`400${ri(600, 999)}${digits(4)}`, 1], [`1010${digits(4)}`, 2], [`95${digits(3)}`, 2]]);
const policyNo = () => safeNum(() => wpick([['P' + pick(['DAA', 'EAC', 'ZAH']) + yyyymmdd().slice(0, 4) + digits(12), 2], ['10' + digits(18), 2], [yyyymmdd() + digits(ri(8, 10)) + 'TK', 1]]));
const ticketNo = () => safeNum(() => `${pick(['TS', 'GD', 'KF', 'CS'])}${yyyymmdd()}${digits(ri(4, 6))}`);
const imei = () => { for (;;) { const s = luhnComplete('86' + digits(12)); if (!legacyLike(s)) return s; } };
const coords = () => `${ri(103, 121)}.${digits(6)},${ri(22, 40)}.${digits(6)}`;
const traceId = () => Array.from({ length: 32 }, () => '0123456789abcdef'[ri(0, 15)]).join('');
const corpAcct = () => safeNum(() => wpick([[String(ri(1, 4)) + digits(ri(19, 21)), 3], ['4405' + digits(16), 1]]));
const invoiceNo = () => digits(8);
const invoiceCode = () => '0' + digits(11);
const postcode = () => String(ri(100, 850)) + digits(3);
const contractNo = () => `${pick(['HT', 'LW', 'WB', 'XY'])}-${ri(2023, 2025)}-${digits(5)}`;
const TERMS = ['阿姨', '师傅', '姐', '哥', '大姐', '老板', '叔'];
const ADDR_FORMS = ['师傅', '阿姨', '师傅', '大姐', '哥', '姐'];
const addrForm = () => wpick(SURW) + pick(ADDR_FORMS);
const maskName = (n = genName(chance(0.5) ? 'M' : 'F')) => wpick([[n[0] + '*'.repeat(n.length - 1), 4], [n[0] + '**', 2], [n[0] + '某', 1], [n[0] + '某某', 1], ['*' + n.slice(1), 1]]);
const NICKS = ['追风少年', '小蜜蜂', '阳光', '平安是福', '🌻向日葵', '飞毛腿', '老兵', '快乐每一天', '一路顺风', '小太阳', '静待花开', '奔跑吧', 'A夜班王者', '风雨无阻', '北漂小哥'];

// -------------------------------------------------------- org / places -------
const BRANDS = [['速达', 'suda'], ['顺骑', 'shunqi'], ['闪递', 'shandi'], ['家家好', 'jiajiahao'], ['安居', 'anju'], ['快修', 'kuaixiu'], ['好帮手', 'haobangshou'], ['邻里', 'linli'], ['优家', 'youjia'], ['蜂行', 'fengxing'], ['乐搬', 'lebanjia'], ['洁美', 'jiemei']];
const CITYPRE = ['北京', '上海', '广州', '深圳', '杭州', '成都', '武汉', '南京', '西安', '郑州', '苏州', '重庆'];
const BIZ = { rider: ['配送服务', '即时配送', '人力资源服务', '劳务派遣'], house: ['家政服务', '家庭服务', '母婴护理服务'], mover: ['搬家运输', '搬运服务', '物流'], repair: ['家电维修', '家居服务', '技术服务'], driver: ['汽车租赁', '货运代理', '网约车服务'] };
function company(role) { const [b, py] = pick(BRANDS); const city = pick(CITYPRE); return { name: `${city}${b}${pick(BIZ[role])}有限公司`, short: b, domain: `${py}${pick(['', 'peisong', 'jz', 'fw', 'group'])}.${pick(['com', 'cn', 'com.cn'])}`, city }; }
const STN = ['望京', '酒仙桥', '中关村', '五道口', '西二旗', '陆家嘴', '五角场', '徐家汇', '天河北', '珠江新城', '科技园', '车公庙', '西湖文化广场', '滨江', '光谷', '春熙路', '高新南', '小寨', '鼓楼', '金水路'];
const CITYADDR = [['北京市', '朝阳区', ['望京西路', '阜通东大街', '酒仙桥路', '广顺北大街']], ['上海市', '浦东新区', ['世纪大道', '锦绣路', '浦电路']], ['广州市', '天河区', ['天河北路', '体育西路', '珠江东路']], ['深圳市', '南山区', ['科技园南路', '深南大道', '南海大道']], ['杭州市', '西湖区', ['文三路', '古墩路', '天目山路']], ['成都市', '武侯区', ['人民南路', '科华北路', '佳灵路']], ['武汉市', '洪山区', ['珞喻路', '光谷大道', '雄楚大道']], ['南京市', '鼓楼区', ['中山北路', '汉中路', '湖南路']], ['西安市', '雁塔区', ['小寨东路', '科技路', '长安南路']], ['郑州市', '金水区', ['花园路', '农业路', '经三路']]];
const COMPOUND = ['望京花园', '阳光上东', '金地名京', '碧桂园', '万科城', '保利花园', '幸福里', '和平里小区', '翠苑一区', '绿地国际', '润园', '枫林湾'];
function addr() { const [c, d, roads] = pick(CITYADDR); return `${c}${d}${pick(roads)}${ri(1, 999)}号${pick(COMPOUND)}${ri(1, 30)}号楼${ri(1, 6)}单元${ri(1, 33)}${pad(ri(1, 4), 2)}`; }
const jiguan = (p) => { const [, pr, pf, ct] = p.region, same = pr === pf; return wpick([[`${pr.replace(/省|市|自治区|壮族|回族|维吾尔/g, '')}${same ? ct : pf}`, 3], [`${pr}${same ? '' : pf}${ct}`, 2], [pr.replace(/省|市$/, ''), 1]]); };
const REL = ['配偶', '丈夫', '妻子', '父亲', '母亲', '哥哥', '姐姐', '弟弟', '朋友', '儿子', '女儿'];
const ROLES = {
  rider: { label: '骑手', w: '骑手', idl: ['骑手ID', '骑手编号', '骑手工号'], org: '配送站', svc: ['外卖配送', '跑腿代买', '同城急送'] },
  house: { label: '家政员', w: '阿姨', idl: ['阿姨编号', '员工编号', '工号'], org: '门店', svc: ['日常保洁', '深度保洁', '育儿嫂', '住家保姆', '月嫂', '钟点工'] },
  mover: { label: '搬家师傅', w: '师傅', idl: ['师傅工号', '工号', '司机编号'], org: '车队', svc: ['小面包车搬家', '中厢货搬家', '居民搬家', '单件搬运'] },
  repair: { label: '维修师傅', w: '师傅', idl: ['工程师编号', '师傅工号', '工号'], org: '服务网点', svc: ['空调维修', '洗衣机维修', '热水器安装', '管道疏通', '开锁换锁'] },
  driver: { label: '司机', w: '司机', idl: ['司机ID', '司机编号', '工号'], org: '车队', svc: ['同城货运', '网约车', '代驾'] },
};
const roleKey = () => wpick([['rider', 5], ['house', 3], ['mover', 2], ['repair', 2], ['driver', 2]]);

// ================================================================ Doc ========
const RAWS = new WeakMap();
class Doc {
  constructor(kind) { this.kind = kind; this.E = new Map(); this.C = new Map(); this.X = new Map(); this.raws = []; }
  _add(map, det, value, raw) { const k = det + '|' + value; if (!map.has(k)) map.set(k, { detector: det, value }); this.raws.push({ det, value, raw }); return raw; }
  ent(det, value, raw = value) { return this._add(this.E, det, value, raw); }
  dc(det, value, raw = value) { return this._add(this.C, det, value, raw); }
  dec(kind, text) { text = String(text); if (!this.X.has(text)) this.X.set(text, { kind, text }); return text; }
  name(p, st = 'plain') {
    const n = typeof p === 'string' ? p : p.name; let raw = n;
    if (st === 'fw' && n.length === 2) raw = n[0] + '\u3000' + n[1];
    else if (st === 'sp' && !n.includes('·') && !n.includes('•')) raw = [...n].join(' ');
    return this.ent('person_name_zh', n, raw);
  }
  mob(m, st = mobStyle()) { return this.ent('cn_mobile', m, fmtMobile(m, st)); }
  rid(p, st = 'plain') {
    const id = typeof p === 'string' ? p : p.id; let raw = id;
    if (st === 'plain' && id.endsWith('X') && chance(0.3)) raw = id.slice(0, 17) + 'x';
    if (st === 'sp') raw = `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    if (st === 'sp4') raw = id.match(/.{1,4}/g).join(' ');
    if (st === 'fw') raw = toFW(id);
    return this.ent('cn_resident_id', id, raw);
  }
  legacy(p) { const s = p.id.slice(0, 6) + p.id.slice(8, 17); return this.ent('cn_resident_id', upgrade15(s), s); }
  card(c, st = cardStyle()) { const no = typeof c === 'string' ? c : c.no; return this.ent('bank_card', no, fmtCard(no, st)); }
  mail(p) { const e = p.value ? p : ensureMail(p); if (e.inner) this.ent('cn_mobile', e.inner); return this.ent('email', e.value, e.raw); }
  land(l, isDC = false) { const raw = fmtLand(l); const v = l.area + l.sub; return isDC ? this.dc('cn_landline', v, raw) : this.ent('cn_landline', v, raw); }
  uscc(u) { return this.ent('cn_uscc', u, chance(0.1) ? u.toLowerCase() : u); }
  passport() { const v = chance(0.5) ? 'E' + digits(8) : 'E' + pick('ABCDEFGHJKLMN'.split('')) + digits(7); return this.ent('cn_passport', v); }
  title(p, t) { const s = surnameOf(p.name); this.dc('person_name_zh', s, s); return s + t; }
  roleMail(co, box = pick(['hr', 'kefu', 'service', 'finance', 'jiesuan', 'admin', 'zhaopin'])) { const v = `${box}@${co.domain}`; return this.dc('email', v); }
  virt() { const m = wpick([['170', 3], ['171', 2], ['165', 1], ['167', 1]]) + digits(8); this.dc('cn_mobile', m); return chance(0.5) ? `${m}转${digits(4)}` : `${m},${digits(4)}`; }
  sample() { this.dc('person_name_zh', '张三'); this.dc('cn_mobile', '13800138000'); return '张三 13800138000'; }
  finish(id, text) {
    const ents = [...this.E.values()];
    const entVals = new Set(ents.map((e) => e.value));
    const dcs = [...this.C.values()].filter((c) => !entVals.has(c.value));
    const dcVals = dcs.map((c) => c.value);
    const decoys = [...this.X.values()].filter((x) => !entVals.has(x.text) && !dcVals.some((v) => x.text.includes(v)));
    const doc = { id, kind: this.kind, text, entities: ents, dontCare: dcs, decoys };
    RAWS.set(doc, this.raws);
    return doc;
  }
}

// ----------------------------------------------------------- rendering -------
const dispW = (s) => [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0x2E7F ? 2 : 1), 0);
const padW = (s, w) => s + ' '.repeat(Math.max(0, w - dispW(s)));
function csvCell(s) { return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }
function renderTable(head, rows, fmt) {
  switch (fmt) {
    case 'csv': return [head, ...rows].map((r) => r.map(csvCell).join(',')).join('\n');
    case 'tsv': return [head, ...rows].map((r) => r.join('\t')).join('\n');
    case 'semi': return [head, ...rows].map((r) => r.join(';')).join('\n');
    case 'md': return ['| ' + head.join(' | ') + ' |', '|' + head.map(() => '---').join('|') + '|', ...rows.map((r) => '| ' + r.join(' | ') + ' |')].join('\n');
    case 'fixed': {
      const w = head.map((h, i) => Math.max(dispW(h), ...rows.map((r) => dispW(r[i] ?? ''))) + 2);
      return [head, ...rows].map((r) => r.map((c, i) => padW(c ?? '', w[i])).join('').trimEnd()).join('\n');
    }
    default: // kv blocks
      return rows.map((r, i) => `【${i + 1}】` + r.map((c, j) => `${head[j]}：${c}`).join(pick([' | ', '；', '，', '  ']))).join('\n');
  }
}
const tfmt = () => wpick([['csv', 4], ['tsv', 2], ['md', 2], ['fixed', 2], ['semi', 1], ['kv', 2]]);
const nameStyleFor = (fmt) => (fmt === 'fixed' && chance(0.5) ? 'fw' : 'plain');

// ======================================================== document kinds ====

function genOnboard(D) {
  const rk = roleKey(), R = ROLES[rk], co = company(rk), stn = pick(STN), fmt = tfmt(), ns = nameStyleFor(fmt);
  const n = rowsCount(), ppl = Array.from({ length: n }, () => person(rk === 'house' ? { y1: 1964, y2: 1990, g: chance(0.9) ? 'F' : 'M' } : { g: chance(0.85) ? 'M' : 'F' }));
  const withMail = chance(0.55), withEC = chance(0.7), withCard = chance(0.75), withHealth = rk !== 'driver' && chance(0.7);
  const cols = [];
  cols.push([pick(['姓名', `${R.label}姓名`, '员工姓名', '名字']), (p) => D.name(p, ns)]);
  if (chance(0.7)) cols.push(['性别', (p) => (p.g === 'M' ? '男' : '女')]);
  cols.push([pick(['身份证号', '身份证号码', '证件号码', '公民身份号码', '身份证']), (p) => D.rid(p)]);
  cols.push([pick(['手机号', '手机', '联系电话', '手机号码', '电话']), (p) => D.mob(p.mobile)]);
  if (chance(0.9)) cols.push([pick(R.idl), () => D.dec('staff_id', chance(0.5) ? riderId() : staffNo())]);
  if (chance(0.3)) cols.push([pick(['注册时间戳', 'createTime', '实名认证时间']), () => D.dec('timestamp_ms', ts13())]);
  if (chance(0.3)) cols.push([pick(['好评率', '评分', '服务分']), () => D.dec('rating', rating())]);
  if (chance(0.25)) cols.push([pick(['装备押金', '保证金']), () => D.dec('amount', amount(100, 500))]);
  if (withHealth) cols.push([pick(['健康证编号', '健康证号', '健康证']), (p) => D.dec('health_cert_no', healthNo(p.region[0]))]);
  if (withEC) {
    cols.push([pick(['紧急联系人', '紧急联系人姓名']), (p) => D.name(p.ec ??= person(), ns)]);
    if (chance(0.6)) cols.push(['关系', () => pick(REL)]);
    cols.push([pick(['紧急联系电话', '紧急联系人电话', '紧急联系人手机']), (p) => D.mob((p.ec ??= person()).mobile)]);
  }
  if (withCard) { cols.push([pick(['结算卡号', '银行卡号', '工资卡号', '收款账号', '结算银行卡']), (p) => D.card(p.card)]); if (chance(0.7)) cols.push([pick(['开户行', '开户银行']), (p) => p.card.bank + pick(['', `${pick(CITYPRE)}分行`, '营业部'])]); }
  if (withMail) cols.push([pick(['邮箱', '电子邮箱', 'Email', 'E-mail']), (p) => (chance(0.9) ? D.mail(p) : '—')]);
  if (rk === 'rider' && chance(0.6)) cols.push([pick(['电动车车架号', '车架号', '车辆编号']), () => D.dec('frame_no', frameNo())]);
  if ((rk === 'driver' || rk === 'mover') && chance(0.8)) cols.push(['车牌号', () => D.dec('plate', plate())]);
  if (rk === 'driver' && chance(0.6)) cols.push(['驾驶证号', (p) => D.rid(p)]);
  if (chance(0.5)) cols.push([pick(['入职日期', '注册时间', '上线日期']), () => D.dec('date', wd())]);
  if (chance(0.4)) cols.push(['籍贯', (p) => jiguan(p)]);
  const head0 = shuffle(cols.slice(1)); const order = [cols[0], ...head0];
  if (chance(0.4)) { const i = ri(0, order.length - 1); [order[0], order[i]] = [order[i], order[0]]; }
  const head = [pick(['序号', 'No.', '#']), ...order.map((c) => c[0])];
  const rows = ppl.map((p, i) => [String(i + 1), ...order.map((c) => c[1](p))]);
  const title = pick([`${co.short}${stn}${R.org} ${R.label}入职登记表（${ri(2023, 2025)}年${ri(1, 12)}月）`, `${R.label}花名册-${stn}站`, `新${R.label}入驻信息汇总 ${wd()}`, `${co.name} ${R.label}上岗备案名单`]);
  const parts = [title];
  if (chance(0.3)) parts.push(`站点编号：${D.dec('station_code', stationCode())}   ${pick(['站长', '负责人', '门店店长'])}：${D.name(person())}`);
  if (chance(0.25)) parts.push(`填表说明：身份证号填写18位，手机号填写本人实名手机号，示例：${D.sample()}`);
  parts.push(renderTable(head, rows, fmt));
  const foot = [];
  if (chance(0.5)) foot.push(`制表人：${D.name(person())}`);
  if (chance(0.4)) foot.push(`${R.org}座机：${D.land(genLand(), true)}`);
  if (chance(0.5)) foot.push(`平台客服热线：${D.dec('hotline', hotline())}`);
  if (chance(0.3)) foot.push(`如有疑问请发邮件至 ${D.roleMail(co, 'hr')}`);
  if (foot.length) parts.push(foot.join(pick(['   ', '\n', '；'])));
  return parts.join('\n');
}

function genSchedule(D) {
  const stn = pick(STN), co = company('rider'), fmt = tfmt(), ns = nameStyleFor(fmt);
  const days = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];
  const SH = ['早', '午', '晚', '夜', '休', '全', '午+晚', '早+午'];
  const n = rowsCount(), start = workDate();
  const head = [pick(['工号', '骑手ID', '编号']), pick(['姓名', '骑手', '人员']), ...(chance(0.7) ? [pick(['手机', '电话', '联系方式'])] : []), ...days.map((d) => (chance(0.5) ? d : `${d}(${start.m}/${Math.min(start.d + days.indexOf(d), 28)})`)), ...(chance(0.5) ? ['本周单量'] : []), ...(chance(0.4) ? ['备注'] : [])];
  const hasPhone = head.length > 2 && /手机|电话|联系方式/.test(head[2]);
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = person({ g: chance(0.85) ? 'M' : 'F' });
    const r = [D.dec('staff_id', chance(0.5) ? riderId() : staffNo()), D.name(p, ns)];
    if (hasPhone) r.push(chance(0.9) ? D.mob(p.mobile) : D.dec('masked_mobile', maskMobile(p.mobile)));
    for (let k = 0; k < 7; k++) r.push(pick(SH));
    if (head.includes('本周单量')) r.push(String(ri(40, 600)));
    if (head.includes('备注')) r.push(wpickF([[() => '', 5], [() => '新人带教', 1], [() => '请假', 1], [() => `跟${D.dec('address_form', addrForm())}`, 1], [() => `车辆${D.dec('plate', plate())}`, 1], [() => `距站点${D.dec('distance', dist())}`, 1]]));
    rows.push(r);
  }
  const parts = [`${co.short}${stn}站 排班表 ${ymd(start)} 起`, `站点编号 ${D.dec('station_code', stationCode())}；班次：早 07:00-11:00 午 10:30-14:00 晚 17:00-21:00 夜 21:00-02:00`];
  parts.push(renderTable(head, rows, fmt));
  const lead = person();
  parts.push(`${pick(['站长', '调度', '组长'])}：${D.name(lead)} ${D.mob(lead.mobile)}（排班有问题周日前找我）`);
  if (chance(0.4)) parts.push(`备用调度：${D.dec('address_form', addrForm())} ${D.dec('masked_mobile', maskMobile())}`);
  if (chance(0.4)) parts.push(`更新时间戳 ${D.dec('timestamp_ms', ts13())}`);
  return parts.join('\n');
}

function genSettlement(D) {
  const rk = roleKey(), R = ROLES[rk], co = company(rk), u = genUSCC();
  const period = workDate(); const per = `${period.y}-${pad(period.m, 2)}-01 至 ${period.y}-${pad(period.m, 2)}-${pick(['15', String(dim(period.y, period.m))])}`;
  if (chance(0.45)) { // single slip
    const p = person();
    const L = [
      pick(['佣金结算单', '工资条', `${R.label}收入结算明细`, '劳务费结算确认单']),
      `结算周期：${per}`,
      `${pick(['姓名', `${R.label}姓名`, '收款人'])}：${D.name(p)}`,
      `${pick(R.idl)}：${D.dec('staff_id', riderId())}`,
      `${pick(['身份证号', '证件号码'])}：${D.rid(p)}`,
      `${pick(['手机号', '联系电话'])}：${D.mob(p.mobile)}`,
      `${pick(['结算银行卡', '收款账号', '工资卡号', '到账卡号'])}：${D.card(p.card)}（${p.card.bank}）`,
      `完成单量：${ri(30, 1200)} 单    总里程：${D.dec('distance', dist())}`,
      `基础配送费：${D.dec('amount', amount(800, 12000))}    冲单奖励：${D.dec('amount', amount(50, 1500))}    恶劣天气补贴：${D.dec('amount', amount(10, 300))}`,
      `超时扣款：-${D.dec('amount', amount(0, 400))}    意外险扣费：-${D.dec('amount', amount(20, 110))}    装备押金：-${D.dec('amount', amount(100, 500))}`,
      `实发金额：${D.dec('amount', amount(800, 15000))}    个税代扣：${D.dec('amount', amount(0, 600))}`,
      `付款流水号：${D.dec('order_no', orderNo())}`,
      `付款方：${D.dec('company', co.name)}    统一社会信用代码：${D.uscc(u)}`,
    ];
    if (chance(0.6)) { const ca = corpAcct(); L.push(`付款账户：${D.dec('corp_account', ca)}（对公）`); }
    if (chance(0.6)) L.push(`本结算单已同步发送至您的邮箱 ${D.mail(p)}，如有异议请于3日内联系 ${D.roleMail(co, pick(['jiesuan', 'finance', 'kefu']))}`);
    if (chance(0.5)) L.push(`服务评分：${D.dec('rating', rating())}   生成时间：${D.dec('timestamp_ms', ts13())}`);
    if (chance(0.3)) L.push(`上期结余：${D.dec('masked_card', maskCard(p.card.no))} 已于 ${D.dec('date', wd())} 打款`);
    return L.join(pick(['\n', '\n', '\r\n']));
  }
  const fmt = tfmt(), ns = nameStyleFor(fmt), n = rowsCount();
  const withId = chance(0.8), withMob = chance(0.5), withMail = chance(0.35);
  const head = ['序号', pick(['姓名', '收款人', '户名']), ...(withId ? [pick(['身份证号', '证件号'])] : []), ...(withMob ? ['手机'] : []), pick(['银行卡号', '收款卡号', '账号']), '开户行', '单量', pick(['应发', '应发金额']), '扣款', pick(['实发', '实发金额']), ...(withMail ? ['邮箱'] : [])];
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = person();
    const r = [String(i + 1), D.name(p, ns)];
    if (withId) r.push(D.rid(p));
    if (withMob) r.push(D.mob(p.mobile));
    r.push(D.card(p.card, chance(0.8) ? 'plain' : 'g4'), p.card.bank, String(ri(10, 900)), D.dec('amount', amount(500, 16000)), D.dec('amount', amount(0, 800)), D.dec('amount', amount(400, 15000)));
    if (withMail) r.push(D.mail(p));
    rows.push(r);
  }
  const parts = [`${co.name} ${R.label}${pick(['佣金', '劳务费', '工资'])}发放明细（${per}）`, `付款单位：${D.dec('company', co.name)} 税号：${D.uscc(u)}`, renderTable(head, rows, fmt), `合计：${D.dec('amount', amount(20000, 900000))}    批次号：${D.dec('batch_no', orderNo())}`];
  if (chance(0.5)) parts.push(`制单：${D.name(person())}  复核：${D.name(person())}  财务电话：${D.land(genLand(), true)}`);
  return parts.join('\n');
}

function genInsurance(D) {
  const rk = roleKey(), R = ROLES[rk], co = company(rk), insurer = pick(['中国人民财产保险', '平安财产保险', '太平洋财产保险', '众安在线财产保险', '中华联合财产保险']);
  const fmt = tfmt(), ns = nameStyleFor(fmt), n = rowsCount();
  const head = ['序号', pick(['被保险人', '被保险人姓名', '姓名']), '证件类型', '证件号码', ...(chance(0.6) ? ['性别'] : []), pick(['手机号', '联系电话']), '职业类别', ...(chance(0.4) ? ['电子保单邮箱'] : []), '保费', ...(chance(0.4) ? ['受益人'] : [])];
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = person();
    const pass = chance(0.04);
    const r = [String(i + 1), D.name(p, ns), pass ? '护照' : pick(['身份证', '居民身份证', '身份证', '01-身份证']), pass ? D.passport() : D.rid(p)];
    if (head.includes('性别')) r.push(p.g === 'M' ? '男' : '女');
    r.push(D.mob(p.mobile), `${R.label} ${pick(['3类', '4类', '5类'])}`);
    if (head.includes('电子保单邮箱')) r.push(chance(0.85) ? D.mail(p) : '');
    r.push(D.dec('amount', `${pick(['1.50', '2.00', '3.00', '3.50'])}元/天`));
    if (head.includes('受益人')) r.push(chance(0.8) ? '法定' : D.name(person()));
    rows.push(r);
  }
  const parts = [`${insurer} ${pick(['团体意外险', '雇主责任险', '骑手意外伤害险', '灵活用工人员意外险'])}投保清单`, `投保人：${D.dec('company', co.name)}  统一社会信用代码：${D.uscc(genUSCC())}`, `保单号：${D.dec('policy_no', policyNo())}   保险期间：${wd()} 00:00 起 ${pick(['365', '30', '1'])} 天`];
  parts.push(renderTable(head, rows, fmt));
  if (chance(0.5)) { const claimant = person(); parts.push(`附：理赔申请 — 出险人 ${D.name(claimant)}，证件号 ${D.rid(claimant)}，出险时间 ${dt()}，事故：${pick(['送餐途中电动车侧滑', '搬运时腰部扭伤', '上门途中被车辆剐蹭'])}，赔款收款账户 ${D.card(claimant.card)}（${claimant.card.bank}），报案号 ${D.dec('claim_no', policyNo())}`); }
  parts.push(`保险公司客服：${D.dec('hotline', hotline())}  业务员：${D.name(person())} ${D.mob(genMobile())}`);
  return parts.join('\n');
}

function genHousekeeper(D) {
  const co = company('house'), k = wpick([[1, 5], [ri(2, 4), 3], [ri(5, 12), 2]]);
  const blocks = [];
  for (let i = 0; i < k; i++) {
    const p = person({ y1: 1962, y2: 1992, g: chance(0.93) ? 'F' : 'M' });
    const sur = surnameOf(p.name), form = p.g === 'F' ? pick(['阿姨', '姐', '大姐']) : '师傅';
    const L = [`【${pick(['阿姨档案', '家政员简历', '服务人员档案'])}】${pick(['编号', '档案号'])} ${D.dec('staff_id', `JZ${ri(2019, 2025)}-${digits(4)}`)}`];
    L.push(`姓名：${D.name(p)}    性别：${p.g === 'M' ? '男' : '女'}    年龄：${p.age}岁    籍贯：${jiguan(p)}`);
    L.push(`${pick(['服务经验', '从业年限'])}：${ri(1, 20)}年（${pick(ROLES.house.svc)}、${pick(ROLES.house.svc)}）    期望薪资：${D.dec('amount', `${ri(4, 15)}${pick(['000', '500'])}元/月`)}`);
    const certs = [`身份证 ${D.rid(p, chance(0.9) ? 'plain' : 'sp')}`];
    if (chance(0.8)) certs.push(`健康证 No.${D.dec('health_cert_no', healthNo(p.region[0]))}`);
    if (chance(0.5)) certs.push(`${pick(['母婴护理证', '育婴师证', '家政服务员证', '养老护理员证'])} ${D.dec('cert_no', `${pick(['', 'No.'])}${ri(2, 5)}${digits(ri(13, 16))}`)}`);
    L.push(`证件：${certs.join('；')}`);
    if (p.birth.y < 1972 && chance(0.5)) L.push(`旧档案身份证号（一代证）：${D.legacy(p)}`);
    L.push(`${pick(['联系电话', '手机', '本人电话'])}：${D.mob(p.mobile)}`);
    if (chance(0.6)) { const ec = person(); L.push(`紧急联系人：${pick(REL)} ${D.name(ec)} ${D.mob(ec.mobile)}`); }
    if (chance(0.6)) L.push(`工资卡：${p.card.bank} ${D.card(p.card)}`);
    if (chance(0.35)) L.push(`电子简历邮箱：${D.mail(p)}`);
    const client = person();
    const intro = pickF([
      () => `${D.dec('address_form', sur + form)}性格开朗，做饭好吃，擅长${pick(['川菜', '面食', '粤菜', '辅食'])}，之前在${D.title(client, pick(['女士', '先生']))}家做了${ri(1, 5)}年住家。`,
      () => `${D.dec('address_form', sur + form)}带过${ri(2, 9)}个宝宝，客户${D.dec('masked_name', maskName(client.name))}评价：“细心、守时”。`,
      () => `老客户推荐：${D.name(client)}（${D.dec('masked_mobile', maskMobile(client.mobile))}）说${D.dec('address_form', sur + form)}干活利索。`,
      () => `客户评分 ${D.dec('rating', rating())}，累计服务 ${ri(20, 900)} 单，复购率高。`,
    ]);
    L.push(`自我介绍：${intro}`);
    if (chance(0.4)) L.push(`上户记录：${D.dec('date', wd())} 至 ${D.dec('date', wd())}，${pick(CITYADDR)[0]}${D.dec('place', pick(COMPOUND))}`);
    blocks.push(L.join('\n'));
  }
  const head = `${co.name} · ${pick(['阿姨推荐', '本周可上户阿姨', '门店人才库导出', '月嫂档案'])}`;
  const foot = chance(0.5) ? `\n门店电话：${D.land(genLand(), true)}   预约热线：${D.dec('hotline', hotline())}` : '';
  return head + '\n' + blocks.join(pick(['\n\n', '\n---\n', '\n============\n'])) + foot;
}

function genOrder(D) {
  const rk = wpick([['house', 3], ['mover', 2], ['repair', 3], ['rider', 1]]), R = ROLES[rk], co = company(rk);
  const n = wpick([[1, 4], [ri(2, 10), 3], [ri(11, 30), 2]]);
  const blocks = [];
  for (let i = 0; i < n; i++) {
    const c = person(), w = person({ g: rk === 'house' ? 'F' : 'M' });
    const L = [`订单号：${D.dec('order_no', orderNo())}    下单时间：${D.dec('timestamp_ms', ts13())}`];
    L.push(`服务项目：${pick(R.svc)} ${ri(2, 6)}小时    金额：${D.dec('amount', amount(30, 1500))}`);
    L.push(`${pick(['服务地址', '上门地址', '客户地址'])}：${addr()}`);
    const cm = wpick([['full', 5], ['title', 3], ['masked', 2]]);
    const cn = cm === 'full' ? D.name(c) : cm === 'title' ? D.title(c, c.g === 'M' ? '先生' : '女士') : D.dec('masked_name', maskName(c.name));
    const cp = wpick([['full', 5], ['masked', 3], ['virt', 2]]);
    const cph = cp === 'full' ? D.mob(c.mobile) : cp === 'masked' ? D.dec('masked_mobile', maskMobile(c.mobile)) : D.virt();
    L.push(`${pick(['联系人', '客户', '预约人'])}：${cn}    ${pick(['联系电话', '电话', '手机'])}：${cph}`);
    if (chance(0.15)) L.push(`备用电话（座机）：${D.land(genLand())}`);
    L.push(`预约时间：${D.dec('date', wd())} ${pad(ri(8, 19), 2)}:00    距离师傅：${D.dec('distance', dist())}`);
    const wm = wpick([['full', 5], ['form', 3]]);
    const wn = wm === 'full' ? D.name(w) : D.dec('address_form', surnameOf(w.name) + (rk === 'house' ? '阿姨' : '师傅'));
    L.push(`${pick(['服务人员', '接单师傅', '派单给'])}：${wn}（${pick(R.idl)} ${D.dec('staff_id', staffNo())}）${chance(0.6) ? ' 手机 ' + D.mob(w.mobile) : ''}`);
    if (rk === 'mover') L.push(`车辆：${D.dec('plate', plate())}  楼层：${ri(1, 30)}层 ${pick(['有电梯', '无电梯'])}  搬出 → 搬入：${addr()}`);
    if (chance(0.2)) L.push(`客户备注：${pick(['到了先打电话', '家里有狗', '请带鞋套', '门禁密码到了问'])}；发票抬头个人，发送至 ${D.mail(c)}`);
    blocks.push(L.join('\n'));
  }
  return `${co.short}${pick(['服务订单导出', '今日派单明细', '待服务订单', '订单详情'])}（共${n}单）\n` + blocks.join('\n--------\n') + (chance(0.5) ? `\n客服热线 ${D.dec('hotline', hotline())}` : '');
}

function genComplaint(D) {
  const rk = roleKey(), R = ROLES[rk], co = company(rk);
  const c = person(), w = person({ g: rk === 'house' ? 'F' : 'M' }), agent = person();
  const cName = chance(0.6) ? D.name(c) : D.title(c, c.g === 'M' ? '先生' : '女士');
  const wForm = D.dec('address_form', surnameOf(w.name) + (rk === 'house' ? '阿姨' : rk === 'rider' ? '骑手' : '师傅'));
  const type = pick(['超时送达', '餐品洒漏', '服务态度差', '损坏物品', '多收费用', '未按约定时间上门', '私下加价', '偷拿物品']);
  const L = [
    `${pick(['投诉工单', '客诉单', '服务质量投诉'])} ${D.dec('ticket_no', ticketNo())}`,
    `创建时间：${dt()}    渠道：${pick(['APP在线', '电话', '12315转办', '微博私信'])}`,
    `投诉人：${cName}    联系电话：${D.mob(c.mobile)}${chance(0.3) ? '    回复邮箱：' + D.mail(c) : ''}`,
    `关联订单：${D.dec('order_no', orderNo())}`,
    `被投诉${R.label}：${D.name(w)}（${pick(R.idl)} ${D.dec('staff_id', riderId())}，手机 ${D.mob(w.mobile)}）`,
    `投诉类型：${type}`,
    `投诉内容：${pickF([() => `${wForm}${pick(['迟到了', '晚了'])}${ri(20, 90)}分钟，打电话还很不耐烦，说“${pick(['你自己下来拿', '系统派的单我也没办法', '再催就取消'])}”。`, () => `${wForm}把我家${pick(['地板', '门框', '冰箱', '沙发'])}弄坏了，拍照给客服了，要求赔偿。`, () => `约的${pick(['上午', '下午'])}上门，${wForm}一直没来，也不接电话，后来换成别人。`, () => `说好${D.dec('amount', amount(80, 900))}，结束后${wForm}又要加钱，不给就不走。`])}`,
    `处理记录：`,
    `  ${dt()} 客服 ${chance(0.6) ? D.name(agent) : D.dec('nickname', '小' + pick(['美', '雅', '安', '乐', '橙']))}（工号 ${D.dec('staff_id', staffNo())}）致电投诉人，已安抚；`,
    `  ${dt()} ${R.label}回复：${pick(['那天暴雨，路上积水', '顾客给的地址不对，绕了', '东西本来就是坏的', '我有聊天记录'])}，附通话录音 ${D.dec('file', `REC_${yyyymmdd()}_${digits(6)}.mp3`)}；`,
  ];
  const res = wpick([['card', 3], ['orig', 3], ['coupon', 2]]);
  if (res === 'card') L.push(`  处理结果：判定${R.label}责任，赔付 ${D.dec('amount', amount(20, 3000))}，转账至投诉人提供的银行卡 ${D.card(c.card)}（${c.card.bank}，户名 ${D.name(c)}）；`);
  else if (res === 'orig') L.push(`  处理结果：订单费用原路退回，${R.label}扣罚 ${D.dec('amount', amount(20, 500))}，尾号 ${D.dec('masked_card', maskCard(c.card.no))} 的卡将于3个工作日到账；`);
  else L.push(`  处理结果：补偿优惠券 ${D.dec('amount', amount(5, 50))}，顾客接受。`);
  if (chance(0.3)) L.push(`  顾客补充：我身份证 ${D.rid(c)}，要求平台出具书面说明。`);
  if (chance(0.4)) L.push(`抄送：${D.roleMail(co, 'kefu')}；站点负责人 ${D.name(person())}`);
  if (chance(0.4)) L.push(`平台客服电话：${D.dec('hotline', hotline())}`);
  return L.join('\n');
}

function genDispatchLog(D) {
  const n = ri(4, 60), lines = [], svc = pick(['dispatch-core', 'order-router', 'rider-assign', 'lbs-match']);
  const riders = Array.from({ length: ri(1, Math.min(12, n)) }, () => ({ p: person({ g: 'M' }), rid: riderId(), st: mobStyle() }));
  for (let i = 0; i < n; i++) {
    const r = pick(riders), lvl = wpick([['INFO', 8], ['WARN', 2], ['ERROR', 1], ['DEBUG', 2]]);
    const head = `${dt()}.${pad(ri(0, 999), 3)} ${lvl} [${svc}] [${D.dec('trace_id', traceId().slice(0, 16))}]`;
    const ev = wpick([['assign', 6], ['accept', 3], ['arrive', 2], ['verify', 1], ['payout', 1], ['profile', 1], ['timeout', 1]]);
    const oid = () => D.dec('order_no', orderNo());
    let body;
    switch (ev) {
      case 'assign': body = `assign orderId=${oid()} riderId=${D.dec('rider_id', r.rid)} riderName=${D.name(r.p)} riderPhone=${D.mob(r.p.mobile, r.st)} custPhone=${D.dec('masked_mobile', maskMobile())} dist=${D.dec('distance', dist())} eta=${D.dec('timestamp_ms', ts13())}`; break;
      case 'accept': body = `rider accepted orderId=${oid()} riderId=${D.dec('rider_id', r.rid)} loc=${D.dec('coords', coords())} ts=${D.dec('timestamp_ms', ts13())}`; break;
      case 'arrive': body = `arrive shop orderId=${oid()} rider=${D.name(r.p)} virtualNo=${D.virt()} waybill=${D.dec('waybill_no', waybill())}`; break;
      case 'verify': body = `realname verify ok riderId=${D.dec('rider_id', r.rid)} name=${D.name(r.p)} idCard=${D.rid(r.p.id)} faceScore=0.9${ri(0, 9)} device=${D.dec('imei', imei())}`; break;
      case 'payout': body = `payout settled riderId=${D.dec('rider_id', r.rid)} amount=${ri(50, 3000)}.${pad(ri(0, 99), 2)} bankCard=${D.card(r.p.card, 'plain')} bank=${r.p.card.bank} batch=${D.dec('batch_no', orderNo())}`; break;
      case 'profile': body = `profile updated riderId=${D.dec('rider_id', r.rid)} email=${D.mail(r.p)} emergencyContact=${(() => { const e = person(); return D.name(e) + '/' + D.mob(e.mobile, 'plain'); })()}`; break;
      default: body = `assign timeout orderId=${oid()} retry=${ri(1, 3)} candidates=${ri(0, 9)} station=${D.dec('station_code', stationCode())}`;
    }
    lines.push(`${head} ${body}`);
  }
  return lines.sort().join('\n');
}

function genJielong(D) {
  const rk = wpick([['rider', 4], ['house', 2], ['mover', 1], ['driver', 1]]), R = ROLES[rk], stn = pick(STN);
  const when = workDate(), admin = person();
  const L = [`#接龙`, `${when.m}月${when.d}日 ${pick(['周六', '周日', '周五'])} ${stn}${pick(['午高峰补班', '晚高峰加班', '冲单活动', '大促支援', '保洁集中单', '搬家高峰'])}，需要${ri(5, 30)}人，报名带手机号`];
  if (chance(0.5)) L.push(`例 ${D.sample()}`);
  const n = rowsCount();
  for (let i = 0; i < n; i++) {
    const p = person({ g: rk === 'house' ? 'F' : 'M' });
    const f = wpick([['nm', 6], ['nick', 2], ['form', 1], ['nmid', 1]]);
    let line;
    if (f === 'nm') line = `${D.name(p)} ${D.mob(p.mobile)}${chance(0.3) ? ' ' + pick(['早班', '午班', '晚班', '全天']) : ''}`;
    else if (f === 'nick') line = `${D.dec('nickname', pick(NICKS))}（${D.name(p)}）${D.mob(p.mobile)}`;
    else if (f === 'form') line = `${D.dec('address_form', addrForm())} ${D.dec('masked_mobile', maskMobile())} ${pick(['晚班', '全天'])}`;
    else line = `${D.name(p)} ${pick(R.idl)}${D.dec('rider_id', riderId())} ${D.mob(p.mobile)}`;
    L.push(`${i + 1}. ${line}`);
  }
  const tail = [];
  if (chance(0.6)) tail.push(`@${D.name(admin)} 人齐了吗`);
  if (chance(0.5)) tail.push(`[${pick(['图片', '语音', '动画表情'])}]`);
  if (chance(0.5)) tail.push(`${D.name(admin)}：收到，没车的找${D.dec('address_form', addrForm())}借，车牌${D.dec('plate', plate())}`);
  if (chance(0.4)) tail.push(`群公告：补贴 ${D.dec('amount', amount(1, 8))}/单，跑满${ri(20, 60)}单额外奖励，统计截止 ${D.dec('timestamp_ms', ts13())}`);
  if (chance(0.3)) tail.push(`有问题私信我或打 ${D.mob(admin.mobile)}`);
  return L.concat(tail).join('\n');
}

function genBackground(D) {
  const rk = roleKey(), R = ROLES[rk], p = person(), prevCo = company(pick(Object.keys(ROLES))), bgCo = pick(['全景背调', '明察背景调查', '睿信背调']);
  const ref1 = person(), ref2 = person();
  const L = [`${bgCo} 背景调查报告（${pick(['标准版', '蓝领版', '快速版'])}）`, `报告编号：${D.dec('report_no', `BG${yyyymmdd()}${digits(5)}`)}    委托方：${D.dec('company', company(rk).name)}`, ``, `一、候选人信息`];
  L.push(`  姓名：${D.name(p)}    性别：${p.g === 'M' ? '男' : '女'}    应聘岗位：${R.label}`);
  L.push(`  身份证号：${D.rid(p)}${chance(0.3) ? '（与公安库比对一致）' : ''}`);
  L.push(`  手机号：${D.mob(p.mobile)}    邮箱：${D.mail(p)}`);
  if (rk === 'driver') L.push(`  驾驶证号：${D.rid(p)}  准驾车型：${pick(['C1', 'C2', 'B2'])}  驾驶证档案编号：${D.dec('license_file_no', digits(12))}  累计记分：${ri(0, 11)}`);
  if (chance(0.15)) L.push(`  护照号：${D.passport()}（曾有境外务工经历）`);
  L.push(``, `二、工作履历核实`);
  L.push(`  ${wd()} 至 ${wd()}  ${D.dec('company', prevCo.name)}（统一社会信用代码 ${D.uscc(genUSCC())}）  岗位：${pick(['骑手', '保洁员', '搬运工', '安装师傅', '司机'])}`);
  L.push(`  证明人：${D.name(ref1)}（${pick(['站长', '主管', '店长', '车队长'])}） 电话 ${D.mob(ref1.mobile)}；核实结果：${pick(['在职期间表现良好', '因个人原因离职', '有一次客诉记录，已处理'])}`);
  if (chance(0.6)) L.push(`  第二证明人：${D.name(ref2)} ${chance(0.5) ? D.mob(ref2.mobile) : D.land(genLand())}${chance(0.3) ? '，邮箱 ' + D.mail(ref2) : ''}`);
  if (chance(0.4)) L.push(`  单位总机：${D.land(genLand(), true)}（前台转人事）`);
  L.push(``, `三、风险核查`);
  L.push(`  犯罪记录：${pick(['未见异常', '无'])}；失信被执行：${pick(['无', '无'])}；网贷逾期：${pick(['无', '有1笔已结清'])}`);
  if (chance(0.5)) L.push(`  工资流水：近6个月收入来源卡 ${D.card(p.card)}（${p.card.bank}），月均 ${D.dec('amount', amount(3000, 15000))}`);
  if (chance(0.5)) L.push(`  紧急联系人：${(() => { const e = person(); return `${D.name(e)}（${pick(REL)}）${D.mob(e.mobile)}`; })()}`);
  L.push(``, `调查员：${D.name(person())}    联系邮箱：${D.roleMail({ domain: pick(['quanjingbd.com', 'mingcha.cn', 'ruixinbd.com']) }, pick(['report', 'service', 'bg']))}    客服：${D.dec('hotline', hotline())}`);
  L.push(`报告生成时间：${D.dec('timestamp_ms', ts13())}  本报告仅限委托方内部使用`);
  return L.join('\n');
}

function genOcrId(D) {
  const k = wpick([[1, 6], [ri(2, 5), 3], [ri(6, 20), 1]]), asJson = chance(0.35), outs = [];
  for (let i = 0; i < k; i++) {
    const p = person(); const a = `${p.region[1]}${p.region[2] === p.region[1] ? '' : p.region[2]}${p.region[3]}${pick(['城关镇', '新华街道', '', '河东乡'])}${pick(['解放路', '人民路', '建设街', '王庄村'])}${ri(1, 200)}号`;
    const nation = wpick([['汉', 9], ['回', 1], ['壮', 1], ['维吾尔', 1]]);
    const exp = ri(2015, 2024);
    if (asJson) {
      outs.push(JSON.stringify({ log_id: D.dec('log_id', String(ri(1, 9)) + digits(18)), image_status: 'normal', words_result: { 姓名: { words: D.name(p) }, 民族: { words: nation }, 住址: { words: a }, 公民身份号码: { words: D.rid(p) }, 出生: { words: ymd(p.birth, '') }, 性别: { words: p.g === 'M' ? '男' : '女' } }, words_result_num: 6 }, null, chance(0.5) ? 2 : 0));
      continue;
    }
    const noise = () => pick(['', ' ', '丨', '|', '．']);
    const st = wpick([['plain', 5], ['sp', 2], ['sp4', 1], ['fw', 1]]);
    const L = [`${pick(['姓名', '姓 名', '娃名'])}${noise()} ${D.name(p, chance(0.25) ? 'sp' : 'plain')}`,
      `性别 ${p.g === 'M' ? '男' : '女'}${noise()} 民族 ${nation}`,
      `出生 ${p.birth.y} 年 ${p.birth.m} 月 ${p.birth.d} 日`,
      `住址 ${a}`,
      `${pick(['公民身份号码', '公民身份号碼', '公民身份号'])} ${D.rid(p, st)}`];
    if (chance(0.5)) L.push(`中华人民共和国`, `居民身份证`, `签发机关 ${p.region[3]}公安局`, `有效期限 ${D.dec('date', `${exp}.${pad(ri(1, 12), 2)}.${pad(ri(1, 28), 2)}`)}-${exp + 20}.${pad(ri(1, 12), 2)}.${pad(ri(1, 28), 2)}`);
    outs.push(`[OCR ${pick(['正面', '人像面', 'front'])} 置信度 0.${ri(80, 99)} 图片 ${D.dec('file', `IMG_${yyyymmdd()}_${digits(6)}.jpg`)}]\n` + L.join('\n'));
  }
  const pre = pickF([() => `骑手实名认证材料 OCR 结果（批次 ${D.dec('batch_no', `B${digits(8)}`)}）`, () => `阿姨入职证件识别`, () => `司机身份证识别记录`, () => `师傅资料审核 - 证件OCR`]);
  return pre + '\n' + outs.join('\n\n');
}

function genOcrHealth(D) {
  const k = wpick([[1, 5], [ri(2, 6), 3], [ri(7, 25), 1]]), outs = [];
  for (let i = 0; i < k; i++) {
    const p = person();
    const ex = workDate();
    const org = `${p.region[3]}${pick(['疾病预防控制中心', '卫生健康局', '社区卫生服务中心'])}`;
    const L = [pick(['食品从业人员健康证明', '健康证明', '从业人员预防性健康检查合格证明', '健 康 证']),
      `${pick(['编号', '编 号', 'No'])}：${D.dec('health_cert_no', healthNo(p.region[0]))}`,
      `${pick(['姓名', '姓 名'])}：${D.name(p, chance(0.3) ? 'sp' : 'plain')}  性别：${p.g === 'M' ? '男' : '女'}  年龄：${p.age}`];
    if (chance(0.55)) L.push(`身份证号：${D.rid(p, chance(0.8) ? 'plain' : 'sp')}`);
    if (chance(0.2)) L.push(`电话：${D.mob(p.mobile)}`);
    L.push(`类别：${pick(['餐饮服务', '公共场所', '食品流通', '家政服务'])}`, `体检日期：${D.dec('date', ymd(ex))}   有效期至：${D.dec('date', ymd({ y: ex.y + 1, m: ex.m, d: Math.min(ex.d, dim(ex.y + 1, ex.m)) }))}`, `发证机构：${org}`, `查询二维码：${D.dec('url', `https://jkz.example-cdc.cn/q?c=${traceId().slice(0, 12)}`)}`);
    outs.push(L.join('\n'));
  }
  return `${pick(['健康证上传记录', '健康证OCR识别结果', '健康证年审'])} — ${pick(STN)}${pick(['站', '门店'])}\n` + outs.join(pick(['\n\n', '\n-----\n']));
}

function genApiJson(D) {
  const rk = roleKey(), n = wpick([[1, 4], [ri(2, 10), 3], [ri(11, 40), 2]]);
  const items = [];
  for (let i = 0; i < n; i++) {
    const p = person(), c = person();
    const rider = { riderId: +String(ri(1, 9)) + digits(7), name: D.name(p), mobile: D.mob(p.mobile, wpick([['plain', 6], ['p86dash', 1], ['p86', 1]])) };
    D.dec('rider_id', String(rider.riderId));
    if (chance(0.5)) rider.idCardNo = D.rid(p);
    if (chance(0.35)) rider.settleCard = { cardNo: D.card(p.card, 'plain'), bankName: p.card.bank };
    if (chance(0.35)) rider.email = D.mail(p);
    rider.stationId = D.dec('station_code', stationCode());
    rider.rating = +(ri(40, 50) / 10).toFixed(1);
    if (rk === 'rider' && chance(0.4)) rider.vehicle = { frameNo: D.dec('frame_no', frameNo()), plate: D.dec('plate', plate()) };
    const cust = { name: chance(0.6) ? D.dec('masked_name', maskName(c.name)) : D.name(c), phone: wpick([['m', 4], ['v', 3], ['f', 2]]) };
    cust.phone = cust.phone === 'm' ? D.dec('masked_mobile', maskMobile(c.mobile)) : cust.phone === 'v' ? D.virt() : D.mob(c.mobile, 'plain');
    cust.address = addr();
    cust.lnglat = D.dec('coords', coords());
    items.push({ orderId: D.dec('order_no', orderNo()), status: pick(['DISPATCHED', 'ACCEPTED', 'DELIVERING', 'FINISHED']), createTime: +D.dec('timestamp_ms', ts13()), distanceM: ri(200, 9000), fee: +(ri(300, 2500) / 100).toFixed(2), rider, customer: cust });
  }
  const obj = { code: 0, msg: 'success', traceId: D.dec('trace_id', traceId()), data: { total: n, page: 1, list: items } };
  return JSON.stringify(obj, null, pick([0, 2, 2]));
}

function genExcel(D) {
  const rk = roleKey(), R = ROLES[rk], co = company(rk), n = rowsCount(), sep = pick([',', '\t']), ns = chance(0.2) ? 'fw' : 'plain';
  const groupsA = ['站点', pick(['姓名', '师傅']), pick(['身份证号码', '证件号']), pick(['手机', '手机号'])];
  const withMail = chance(0.4);
  const groupsB = [pick(['银行卡号', '结算卡']), '开户行', '单量', '应发', '扣款', '实发'];
  const head = [...groupsA, ...(withMail ? ['邮箱'] : []), ...groupsB];
  const title = `${co.name}${ri(2023, 2025)}年${ri(1, 12)}月${R.label}${pick(['工资表', '结算汇总', '劳务费明细'])}`;
  const r1 = [title, ...Array(head.length - 1).fill('')];
  const r2 = head.map((h, i) => (i === 0 ? '基本信息' : i === groupsA.length + (withMail ? 1 : 0) ? '结算信息' : ''));
  const lines = [r1, r2, head];
  let st = '';
  for (let i = 0; i < n; i++) {
    const p = person();
    if (i === 0 || chance(0.2)) st = `${pick(STN)}站`;
    const r = [i === 0 || chance(0.2) ? D.dec('place', st) : '', D.name(p, ns), D.rid(p), D.mob(p.mobile, chance(0.9) ? 'plain' : 'dash')];
    if (withMail) r.push(chance(0.8) ? D.mail(p) : '');
    r.push(D.card(p.card, chance(0.85) ? 'plain' : 'g4'), p.card.bank, String(ri(0, 900)), D.dec('amount', amount(500, 16000)), D.dec('amount', amount(0, 800)), D.dec('amount', amount(400, 15000)));
    lines.push(r);
  }
  lines.push(['合计', ...Array(head.length - 2).fill(''), D.dec('amount', amount(20000, 900000))]);
  lines.push([`制表：${D.name(person())}`, '', `审核：${D.name(person())}`, ...Array(head.length - 3).fill('')]);
  const fmtRow = (r) => (sep === ',' ? r.map(csvCell).join(',') : r.join('\t'));
  return `Sheet1 (merged: A1:${String.fromCharCode(64 + head.length)}1, A2:D2)\n` + lines.map(fmtRow).join('\n');
}

function genMover(D) {
  const co = company('mover'), c = person(), drv = person({ g: 'M' }), helper = person({ g: 'M' });
  const L = [`${co.short}搬家 订单确认单`, `订单编号：${D.dec('order_no', orderNo())}   车型：${pick(['小面包车', '中厢货', '4.2米厢货', '金杯'])}  车牌：${D.dec('plate', plate())}`];
  const cm = chance(0.6) ? D.name(c) : D.title(c, c.g === 'M' ? '先生' : '女士');
  L.push(`客户：${cm}  电话：${D.mob(c.mobile)}${chance(0.3) ? `  座机：${D.land(genLand())}` : ''}`);
  L.push(`搬出地址：${addr()}（${ri(1, 30)}楼，${pick(['有电梯', '无电梯，需爬楼'])}）`, `搬入地址：${addr()}`, `预约时间：${D.dec('date', wd())} ${pad(ri(7, 17), 2)}:30    预估里程：${D.dec('distance', dist())}`);
  L.push(`司机：${D.name(drv)} ${D.mob(drv.mobile)}   跟车师傅：${chance(0.5) ? D.name(helper) : D.dec('address_form', surnameOf(helper.name) + '师傅')}`);
  L.push(`费用明细：起步价 ${D.dec('amount', amount(120, 600))}，超里程 ${D.dec('amount', amount(0, 300))}，搬运费 ${D.dec('amount', amount(50, 1200))}，拆装 ${D.dec('amount', amount(0, 400))}`);
  if (chance(0.65)) {
    const inv = company(pick(['rider', 'repair', 'house']));
    const self = chance(0.35);
    L.push(`开票信息：`);
    if (self) L.push(`  抬头：个人 ${D.name(c)}   接收邮箱：${D.mail(c)}`);
    else {
      L.push(`  单位名称：${D.dec('company', inv.name)}`, `  纳税人识别号：${D.uscc(genUSCC())}`, `  地址电话：${inv.city}市${pick(['高新区', '经开区', '滨江区'])}${pick(['科技路', '创业大道'])}${ri(1, 300)}号 ${D.land(genLand(), true)}`);
      const ca = corpAcct();
      L.push(`  开户行及账号：${pick(['招商银行', '中国银行', '工商银行'])}${pick(CITYPRE)}分行 ${D.dec('corp_account', ca)}`);
      L.push(`  收票邮箱：${chance(0.5) ? D.roleMail(inv, pick(['finance', 'caiwu', 'fapiao'])) : D.mail(c)}`);
    }
    L.push(`  发票代码：${D.dec('invoice_code', invoiceCode())}  发票号码：${D.dec('invoice_no', invoiceNo())}`);
  }
  if (chance(0.4)) L.push(`物品损坏理赔联系：${D.dec('hotline', hotline())}；押金退回至 ${D.dec('masked_card', maskCard())}`);
  return L.join('\n');
}

function genRepair(D) {
  const co = company('repair'), n = wpick([[1, 5], [ri(2, 8), 3], [ri(9, 25), 1]]), blocks = [];
  for (let i = 0; i < n; i++) {
    const c = person(), t = person({ g: 'M' });
    const L = [`工单号：${D.dec('ticket_no', ticketNo())}  类型：${pick(ROLES.repair.svc)}  品牌/型号：${pick(['格力', '美的', '海尔', '海信'])} ${D.dec('model', `${pick(['KFR-35GW', 'KFR-26GW', 'EG100', 'JSQ25'])}/${pick(['BpR3', 'N8', 'A1', 'Y'])}`)}`];
    L.push(`机身SN：${D.dec('device_sn', `${pick(['5K', 'H', 'G'])}${digits(2)}${pick(PL.split(''))}${digits(ri(9, 12))}`)}   保修卡号：${D.dec('warranty_no', safeNum(() => digits(ri(10, 14))))}`);
    const cName = wpick([['full', 4], ['title', 3], ['mask', 1]]);
    L.push(`${pick(['用户', '客户', '报修人'])}：${cName === 'full' ? D.name(c) : cName === 'title' ? D.title(c, c.g === 'M' ? '先生' : '女士') : D.dec('masked_name', maskName(c.name))}  ${pick(['电话', '手机'])}：${chance(0.8) ? D.mob(c.mobile) : D.dec('masked_mobile', maskMobile(c.mobile))}${chance(0.25) ? '  固话：' + D.land(genLand()) : ''}`);
    L.push(`地址：${addr()}`);
    L.push(`故障描述：${pick(['不制冷', '显示E4', '漏水', '不加热', '滚筒异响', '门锁打不开'])}；上门费 ${D.dec('amount', amount(30, 80))}，配件 ${D.dec('amount', amount(10, 1200))}`);
    L.push(`${pick(['维修工程师', '接单师傅', '服务工程师'])}：${chance(0.7) ? D.name(t) : D.dec('address_form', surnameOf(t.name) + '师傅')}（${D.dec('staff_id', staffNo())}）${chance(0.6) ? D.mob(t.mobile) : ''}   完工评价：${D.dec('rating', rating())}`);
    if (chance(0.12)) L.push(`用户要求发送维修报告至 ${D.mail(c)}`);
    blocks.push(L.join('\n'));
  }
  return `${co.name} 售后工单${pick(['导出', '日报', '待回访列表'])}\n网点座机：${D.land(genLand(), true)}   服务监督：${D.dec('hotline', hotline())}\n\n` + blocks.join('\n\n');
}

function genContract(D) {
  const rk = roleKey(), R = ROLES[rk], co = company(rk), legal = person(), w = person();
  const L = [`${pick(['劳务外包合作协议', '灵活用工服务协议', '个人承揽协议', '众包服务合作协议'])}（摘要）`, `协议编号：${D.dec('contract_no', contractNo())}`, ``];
  L.push(`甲方：${D.dec('company', co.name)}`, `统一社会信用代码：${D.uscc(genUSCC())}`, `法定代表人：${D.name(legal)}`, `联系电话：${D.land(genLand(), true)}    联系邮箱：${D.roleMail(co)}`, ``);
  L.push(`乙方（${R.label}）：${D.name(w)}`, `身份证号码：${D.rid(w)}`, `联系电话：${D.mob(w.mobile)}`);
  if (chance(0.6)) L.push(`电子邮箱：${D.mail(w)}`);
  L.push(`收款银行卡：${D.card(w.card)}    开户行：${w.card.bank}`, `通讯地址：${addr()}`, ``);
  L.push(`第三条 服务费用：按单计酬，每单 ${D.dec('amount', amount(3, 120))}，每月${ri(5, 25)}日前结算至乙方上述银行卡。`);
  L.push(`第五条 乙方应持有效健康证（编号 ${D.dec('health_cert_no', healthNo(w.region[0]))}）上岗。`);
  if (chance(0.5)) { const ec = person(); L.push(`第九条 紧急联系人：${D.name(ec)}，电话 ${D.mob(ec.mobile)}。`); }
  L.push(``, `甲方（盖章）：${co.name}      乙方（签字）：${D.name(w)}`, `签署日期：${D.dec('date', wd())}   电子签约流水：${D.dec('order_no', orderNo())}`);
  return L.join('\n');
}

function genMasked(D) {
  const rk = roleKey(), R = ROLES[rk], fmt = tfmt(), n = rowsCount();
  const head = ['序号', pick(['姓名', `${R.label}`]), pick(['手机号', '手机']), pick(['身份证号', '证件号']), pick(['结算卡', '银行卡']), pick(R.idl), '订单数', '评分'];
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = person();
    const leak = chance(0.08); // a row the masking job missed
    rows.push([String(i + 1), leak ? D.name(p) : D.dec('masked_name', maskName(p.name)), leak ? D.mob(p.mobile) : D.dec('masked_mobile', maskMobile(p.mobile)), leak && chance(0.6) ? D.rid(p) : D.dec('masked_id', maskId(p.id)), leak && chance(0.5) ? D.card(p.card) : D.dec('masked_card', maskCard(p.card.no)), D.dec('rider_id', riderId()), String(ri(0, 3000)), D.dec('rating', rating())]);
  }
  return `${pick(['脱敏导出', '数据脱敏版', '对外共享版（已脱敏）'])} ${R.label}名单 导出时间 ${D.dec('timestamp_ms', ts13())}\n` + renderTable(head, rows, fmt) + `\n说明：按平台数据安全规范脱敏，如需明文请走审批。客服 ${D.dec('hotline', hotline())}`;
}

function genMail(D) {
  const rk = roleKey(), R = ROLES[rk], co = company(rk), boss = person(), n = wpick([[ri(1, 3), 3], [ri(4, 12), 2], [ri(13, 30), 1]]);
  const bossMail = ensureMail(boss);
  const L = [`From: ${D.name(boss)} <${D.mail(bossMail)}>`, `To: ${D.roleMail(co, pick(['hr', 'zhaopin', 'renshi']))}`, ...(chance(0.5) ? [`Cc: ${(() => { const c = person(); return `${D.name(c)} <${D.mail(c)}>`; })()}`] : []), `Date: ${dt()}`, `Subject: ${pick(['新人入职资料', `${pick(STN)}站本周新增${R.label}`, '请帮忙办理保险和开卡', '离职人员结算信息'])}`, ``, `${pick(['HR你好', '各位好', '王经理好'])}，`, `以下${n}位${R.label}资料请查收，麻烦尽快录入系统：`, ``];
  for (let i = 0; i < n; i++) {
    const p = person();
    const bits = [D.name(p), D.rid(p), D.mob(p.mobile)];
    if (chance(0.6)) bits.push(D.card(p.card) + ' ' + p.card.bank);
    if (chance(0.55)) bits.push(D.mail(p));
    L.push(`${i + 1}) ${bits.join(pick(['，', ' / ', '  ', '；']))}`);
  }
  L.push(``, `健康证照片在附件（${D.dec('file', `health_${yyyymmdd()}.zip`)}），有问题打我电话 ${D.mob(boss.mobile)}。`, ``, `--`, `${D.name(boss)} | ${co.short}${pick(STN)}站 站长`, `${D.dec('company', co.name)}`, `客服热线 ${D.dec('hotline', hotline())}`);
  if (chance(0.3)) L.push(``, `> 在 ${dt()}，${D.roleMail(co, 'hr')} 写道：`, `> 请各站点把新人身份证、银行卡、手机号发我，示例格式：${D.sample()} 11010519491231002X`), D.dc('cn_resident_id', '11010519491231002X');
  return L.join('\n');
}

// =========================================================== driver =========
const KINDS = [
  ['onboard', 26, genOnboard], ['schedule', 16, genSchedule], ['settlement', 22, genSettlement], ['insurance', 18, genInsurance],
  ['housekeeper', 20, genHousekeeper], ['order', 18, genOrder], ['complaint', 20, genComplaint], ['dispatchlog', 18, genDispatchLog],
  ['jielong', 18, genJielong], ['bgcheck', 20, genBackground], ['ocr_id', 16, genOcrId], ['ocr_health', 14, genOcrHealth],
  ['apijson', 18, genApiJson], ['excel', 16, genExcel], ['mover', 16, genMover], ['repair', 14, genRepair],
  ['contract', 14, genContract], ['masked', 12, genMasked], ['mail', 18, genMail],
];
const docs = [];
for (const [kind, count, fn] of KINDS) {
  for (let i = 1; i <= count; i++) { const D = new Doc(kind); const text = fn(D); docs.push(D.finish(`gw-${kind}-${i}`, text)); }
}
// interleave deterministically so kinds are not in blocks
shuffle(docs);
writeFileSync(OUT, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');

// ========================================================== self-check ======
const errs = [];
const VALID = {
  cn_resident_id: isValidId,
  cn_mobile: (v) => /^1[3-9]\d{9}$/.test(v),
  cn_landline: (v) => /^0\d{9,11}$/.test(v),
  email: (v) => /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v),
  bank_card: (v) => /^\d{16,19}$/.test(v) && luhnOk(v),
  cn_uscc: usccValid,
  cn_passport: (v) => /^(E\d{8}|E[A-HJ-NP-Z]\d{7})$/.test(v),
  person_name_zh: (v) => /^[\u4e00-\u9fa5·•]{1,16}$/.test(v),
};
const normRaw = {
  cn_mobile: (r) => { let s = r.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xFEE0)).replace(/\D/g, ''); if (s.startsWith('0086')) s = s.slice(4); else if (s.startsWith('86') && s.length === 13) s = s.slice(2); return s; },
  cn_resident_id: (r) => { const s = r.replace(/[０-９Ｘｘ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xFEE0)).replace(/\s/g, '').toUpperCase(); return s.length === 15 ? upgrade15(s) : s; },
  bank_card: (r) => r.replace(/\D/g, ''),
  email: (r) => r.replace('＠', '@').toLowerCase(),
  cn_landline: (r) => { const s = r.replace(/\D/g, ''); return r.startsWith('+86') ? '0' + s.slice(2) : s; },
  person_name_zh: (r) => r.replace(/[\s\u3000]/g, ''),
  cn_uscc: (r) => r.toUpperCase(), cn_passport: (r) => r.toUpperCase(),
};
const perKind = {}, perDet = {}, perDetDC = {}, perDecoy = {};
let nEnt = 0, nDC = 0, nDec = 0;
const ids = new Set();
for (const d of docs) {
  if (ids.has(d.id)) errs.push(`${d.id}: duplicate id`); ids.add(d.id);
  perKind[d.kind] = (perKind[d.kind] || 0) + 1;
  const seen = new Set();
  for (const [list, isEnt] of [[d.entities, true], [d.dontCare, false]]) {
    for (const e of list) {
      if (!VALID[e.detector]) { errs.push(`${d.id}: unknown detector ${e.detector}`); continue; }
      if (!VALID[e.detector](e.value)) errs.push(`${d.id}: invalid ${e.detector} value ${e.value}`);
      if (isEnt && e.detector === 'person_name_zh' && e.value.length < 2) errs.push(`${d.id}: 1-char name entity ${e.value}`);
      const k = e.detector + '|' + e.value; if (seen.has(k)) errs.push(`${d.id}: duplicate label ${k}`); seen.add(k);
      if (isEnt) { perDet[e.detector] = (perDet[e.detector] || 0) + 1; nEnt++; } else { perDetDC[e.detector] = (perDetDC[e.detector] || 0) + 1; nDC++; }
    }
  }
  const labelled = new Set([...d.entities, ...d.dontCare].map((e) => e.value));
  for (const r of RAWS.get(d)) {
    if (!d.text.includes(r.raw)) errs.push(`${d.id}: raw form "${r.raw}" of ${r.det} not in text`);
    if (normRaw[r.det](r.raw) !== r.value) errs.push(`${d.id}: raw "${r.raw}" does not normalise to ${r.value}`);
    if (!labelled.has(r.value)) errs.push(`${d.id}: raw ${r.raw} lost its label`);
  }
  const entVals = d.entities.map((e) => e.value), dcVals = new Set(d.dontCare.map((e) => e.value));
  for (const e of d.entities) if (dcVals.has(e.value)) errs.push(`${d.id}: ${e.value} both entity and dontCare`);
  for (const x of d.decoys) {
    if (!d.text.includes(x.text)) errs.push(`${d.id}: decoy "${x.text}" not in text`);
    if (labelled.has(x.text)) errs.push(`${d.id}: decoy "${x.text}" is also labelled`);
    for (const v of entVals) if (x.text.includes(v)) errs.push(`${d.id}: decoy "${x.text}" contains entity ${v}`);
    perDecoy[x.kind] = (perDecoy[x.kind] || 0) + 1; nDec++;
  }
}
if (docs.length < 250) errs.push(`only ${docs.length} documents`);
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((perDet[det] || 0) < 300) errs.push(`only ${perDet[det] || 0} ${det} entities`);
if (nDec < nEnt) errs.push(`decoys (${nDec}) < entities (${nEnt})`);

const show = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k.padEnd(18)} ${v}`).join('\n');
console.log(`wrote ${docs.length} documents to ${OUT}`);
console.log(`documents per kind:\n${show(perKind)}`);
console.log(`entities per detector (total ${nEnt}):\n${show(perDet)}`);
console.log(`dontCare per detector (total ${nDC}):\n${show(perDetDC)}`);
console.log(`decoys per kind (total ${nDec}):\n${show(perDecoy)}`);
if (errs.length) { console.error(`SELF-CHECK FAILED (${errs.length}):\n` + errs.slice(0, 40).join('\n')); process.exit(1); }
console.log('self-check: OK');
