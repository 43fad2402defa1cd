#!/usr/bin/env node
/*
 * pawn.mjs — independent labelled test corpus for listguard: pawn shops and the
 * second-hand trade in China.
 *
 * Theme: 典当行 (当票, 典当登记, 续当/赎当/绝当), 黄金回收 and 奢侈品回收 shops,
 * 二手手机回收 stalls and the 旧货 trade, which must register every seller's
 * identity for the police (旧货业/典当业治安管理: 收购登记簿 uploads as
 * fixed-width, CSV or XML), 回收 orders from a mini-program (JSON), 打款 records
 * to sellers' bank cards, OCR of ID-card photos pasted into chats, WeChat chats
 * with sellers, 鉴定 reports, 风控 blacklists, daily reconciliations, SMS,
 * e-mail exports to head office, notes and minutes.
 *
 * Usage:   node pawn.mjs OUT.jsonl
 * Output:  one JSON object per line:
 *   {"id":"pwn-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],  // must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],  // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}         // must NOT be reported
 * Detectors: person_name_zh, cn_mobile, cn_resident_id, bank_card, email,
 *   cn_landline, cn_uscc, cn_passport.
 * Normalisation of values: cn_resident_id 18 chars, upper-case X (legacy
 *   15-digit numbers upgraded to 18); cn_mobile 11 digits without +86 or
 *   separators; cn_landline digits with leading 0 and area code, no extension;
 *   email lower-case; bank_card digits only; cn_passport / cn_uscc upper-case;
 *   person_name_zh as written without spaces or titles. Decoys carry their
 *   exact text as written.
 *
 * Written in session 28 by a helper that never read src/, rules/ or test/,
 * from cn-formats.md and DESIGN.md only.
 *
 * Labelling decisions (where the formats left room):
 *   - surname + title forms (陈先生, 李姐, 王女士) and chat display names that
 *     are real names → dontCare person_name_zh; names only in running prose
 *     (派出所X警官, 冒用的身份证登记名为X) → dontCare;
 *   - a 62-card that fails Luhn in a bank-card column (退票 rows, typos) →
 *     dontCare bank_card; ID OCR with O/l for 0/1 → dontCare cn_resident_id;
 *   - 回乡证 numbers (H + 8/10 digits) → dontCare cn_passport;
 *     Message-ID headers (<…@mail.domain>) → dontCare email;
 *   - decoys: 400-xxx-xxxx hotlines, masked values, IDs with a wrong check
 *     character or impossible date, 14x/154 mobiles, IMEI/ICCID, order and
 *     transaction numbers, @mentions, icon@2x.png, brands (劳力士, 萧邦,
 *     invented 周瑞福-like), items (足金手镯, 金条), 成色 words, shop and
 *     company names, surname-led words (黄金, 金价, 余额, 周六).
 *
 * All people, numbers, shops and companies are synthetic (own PRNG, fixed
 * seed); check digits (GB 11643 MOD 11-2, Luhn, GB 32100 + GB 11714) are
 * computed here. Deterministic; no clock, no I/O except OUT.
 */
import { writeFileSync } from 'node:fs';

const OUT = process.argv[2];
if (!OUT) { console.error('usage: node pawn.mjs OUT.jsonl'); process.exit(2); }

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(0x7A3D2028);
const ri = (a, b) => a + Math.floor(rand() * (b - a + 1));
const pick = (a) => a[Math.floor(rand() * a.length)];
const chance = (p) => rand() < p;
const pickL = (a) => { const v = pick(a); return typeof v === 'function' ? v() : v; };
const pad2 = (n) => String(n).padStart(2, '0');
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const nz = () => String(ri(1, 9));
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = ri(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; }
function pickN(a, n) { return shuffle(a).slice(0, n); }
function wpick(pairs) { let t = 0; for (const [, w] of pairs) t += w; let r = rand() * t; for (const [v, w] of pairs) { r -= w; if (r < 0) return v; } return pairs[pairs.length - 1][0]; }

// ---------------------------------------------------------------- validators
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += +b17[i] * ID_W[i]; return '10X98765432'[s % 11]; }
const PROV = new Set(['11','12','13','14','15','21','22','23','31','32','33','34','35','36','37','41','42','43','44','45','46','50','51','52','53','54','61','62','63','64','65','71','81','82','83']);
function validDate(y, m, d) {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}
function isId18(s) {
  if (!/^\d{17}[\dX]$/.test(s) || !PROV.has(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || y > 2025 || !validDate(y, m, d)) return false;
  return idCheck(s.slice(0, 17)) === s[17];
}
function isId15(s) { return /^\d{15}$/.test(s) && PROV.has(s.slice(0, 2)) && validDate(1900 + +s.slice(6, 8), +s.slice(8, 10), +s.slice(10, 12)); }
function upgrade15(s) { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheck(b); }
const MOBILE_RE = /^1(3\d|4[57]|5[0-35-9]|6[2567]|7[0-35-8]|8\d|9[0-35-9])\d{8}$/;
const isMobile = (s) => MOBILE_RE.test(s);
function luhnOk(s) { let sum = 0, alt = false; for (let i = s.length - 1; i >= 0; i--) { let n = +s[i]; if (alt) { n *= 2; if (n > 9) n -= 9; } sum += n; alt = !alt; } return sum % 10 === 0; }
function luhnDigit(body) { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c); }
const isCard = (s) => /^(62|81)\d{14,17}$/.test(s) && luhnOk(s);
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(b17[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; }
const isUscc = (s) => /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s) && usccCheck(s.slice(0, 17)) === s[17];
function orgCheck(c8) { const W = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0; for (let i = 0; i < 8; i++) { const ch = c8[i]; s += (/\d/.test(ch) ? +ch : ch.charCodeAt(0) - 55) * W[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
const EMAIL_RE = /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/;
const isEmail = (s) => EMAIL_RE.test(s) && !/\.(png|jpe?g|gif|svg|webp)$/.test(s);
const LANDLINE_RE = /^0(10|2[0-57-9]|755|571|512|769|757|574|532)[2-8]\d{7}$/;
const isLandline = (s) => LANDLINE_RE.test(s);
const isPassport = (s) => /^(E[A-HJ-NP-Z]\d{7}|E\d{8}|G\d{8})$/.test(s);
const isName = (s) => /^[\u4e00-\u9fa5]{2,4}$/.test(s) || /^[\u4e00-\u9fa5]{2,8}·[\u4e00-\u9fa5]{2,8}$/.test(s) || /^[\u4e00-\u9fa5]{5}$/.test(s);

// a digit run that some core detector would accept as a value
function runValidAs(run) {
  const r = run.toUpperCase();
  if (r.length === 11 && isMobile(r)) return 'cn_mobile';
  if (r.length === 15 && isId15(r)) return 'cn_resident_id';
  if (r.length === 18 && isId18(r)) return 'cn_resident_id';
  if (/^\d{16,19}$/.test(r) && luhnOk(r)) return 'bank_card';
  if (r.length === 18 && isUscc(r)) return 'cn_uscc';
  return null;
}
const runsOf = (t) => t.normalize('NFKC').match(/\d{6,}[Xx]?/g) || [];
const numberIsSafe = (t) => runsOf(t).every((r) => !runValidAs(r) && !runValidAs(r.replace(/[Xx]$/, '')));
function safe(gen) { for (let i = 0; i < 1000; i++) { const v = gen(); if (numberIsSafe(v) && !isUscc(v.replace(/[\s-]/g, '').toUpperCase())) return v; } throw new Error('safe(): no value'); }

// ---------------------------------------------------------------- written forms
const FW = (s) => s.replace(/[0-9A-Za-z+@.\-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xFEE0));
function fmtMobile(m, st = 'plain') {
  const a = m.slice(0, 3), b = m.slice(3, 7), c = m.slice(7);
  switch (st) {
    case 'space': return `${a} ${b} ${c}`;
    case 'dash': return `${a}-${b}-${c}`;
    case '+86': return `+86 ${m}`;
    case '+86c': return `+86${m}`;
    case '+86s': return `+86 ${a} ${b} ${c}`;
    case '0086': return `0086-${m}`;
    case 'paren': return `(+86)${m}`;
    case 'fw': return FW(m);
    case 'split': return `${m.slice(0, 7)}\n${m.slice(7)}`;
    case 'split2': return `${a} ${b}\n${c}`;
    default: return m;
  }
}
function fmtId(id, st = 'plain') {
  const x = id.length === 18 ? id : id;
  switch (st) {
    case 'lower': return x.replace('X', 'x');
    case 'space': return `${x.slice(0, 6)} ${x.slice(6, 14)} ${x.slice(14)}`;
    case 'split': return `${x.slice(0, 10)}\n${x.slice(10)}`;
    case 'ocrsp': return `${x.slice(0, 6)} ${x.slice(6, 10)} ${x.slice(10, 14)} ${x.slice(14)}`;
    case 'fw': return FW(x);
    default: return x;
  }
}
function fmtCard(c, st = 'plain') {
  switch (st) {
    case 'g4': return c.replace(/(\d{4})(?=\d)/g, '$1 ');
    case 'dash': return c.replace(/(\d{4})(?=\d)/g, '$1-');
    case 'split': return `${c.slice(0, 12)}\n${c.slice(12)}`;
    case 'g6': return `${c.slice(0, 6)} ${c.slice(6)}`;
    default: return c;
  }
}
const maskMobile = (m) => pick([`${m.slice(0, 3)}****${m.slice(7)}`, `${m.slice(0, 3)}****${m.slice(7)}`, `${m.slice(0, 3)}xxxx${m.slice(7)}`, `${m.slice(0, 3)}*****${m.slice(8)}`]);
const maskId = (id) => pick([`${id.slice(0, 6)}********${id.slice(14)}`, `${id.slice(0, 4)}**********${id.slice(14)}`, `${id.slice(0, 3)}***********${id.slice(14)}`, `${id.slice(0, 6)}********${id.slice(14)}`]);
const maskCard = (c) => pick([`${c.slice(0, 4)} **** **** ${c.slice(-4)}`, `${c.slice(0, 6)}******${c.slice(-4)}`, `**** **** **** ${c.slice(-4)}`, `${c.slice(0, 4)}***********${c.slice(-4)}`]);
function maskName(n) { if (n.includes('·')) return n.split('·')[0].slice(0, 1) + '**'; return n.length === 2 ? n[0] + '*' : pick([n[0] + '*' + n.slice(2), n[0] + '**', n[0] + '某某']); }
const money = (n) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const money2 = (n) => n.toFixed(2);
function daxie(n) {
  const dg = '零壹贰叁肆伍陆柒捌玖', un = ['', '拾', '佰', '仟'];
  const yuan = Math.floor(n), jiao = Math.round((n - yuan) * 100);
  function four(x) { let s = '', zero = false; const ds = String(x).padStart(4, '0'); for (let i = 0; i < 4; i++) { const v = +ds[i]; if (v === 0) { zero = true; } else { if (zero && s) s += '零'; s += dg[v] + un[3 - i]; zero = false; } } return s; }
  let s = '';
  const wan = Math.floor(yuan / 10000), rest = yuan % 10000;
  if (wan) s += four(wan) + '万';
  if (rest) { if (wan && rest < 1000) s += '零'; s += four(rest); }
  if (!s) s = '零';
  s += '元';
  if (jiao === 0) return s + '整';
  const j = Math.floor(jiao / 10), f = jiao % 10;
  if (j) s += dg[j] + '角'; else s += '零';
  if (f) s += dg[f] + '分'; else s += '整';
  return s;
}

// ---------------------------------------------------------------- dates
const DAY = 864e5;
function randDate(y0 = 2023, m0 = 3, y1 = 2025, m1 = 5) { const a = Date.UTC(y0, m0 - 1, 1), b = Date.UTC(y1, m1, 0); return new Date(a + Math.floor(rand() * ((b - a) / DAY + 1)) * DAY); }
const addDays = (dt, n) => new Date(dt.getTime() + n * DAY);
const Yr = (dt) => dt.getUTCFullYear(), Mo = (dt) => dt.getUTCMonth() + 1, Dy = (dt) => dt.getUTCDate();
const fd = (dt, s = '-') => `${Yr(dt)}${s}${pad2(Mo(dt))}${s}${pad2(Dy(dt))}`;
const fcn = (dt) => `${Yr(dt)}年${pad2(Mo(dt))}月${pad2(Dy(dt))}日`;
const fcn2 = (dt) => `${Yr(dt)}年${Mo(dt)}月${Dy(dt)}日`;
const fmd = (dt) => `${Mo(dt)}月${Dy(dt)}日`;
const fsl = (dt) => `${Yr(dt)}/${Mo(dt)}/${Dy(dt)}`;
const fc = (dt) => fd(dt, '');
const tm = (h0 = 9, h1 = 20) => `${pad2(ri(h0, h1))}:${pad2(ri(0, 59))}:${pad2(ri(0, 59))}`;
const WEEK = '日一二三四五六';
const epochMs = (dt, t) => { const [h, m, s] = t.split(':').map(Number); return dt.getTime() + ((h - 8) * 3600 + m * 60 + s) * 1000 + ri(0, 999); };
function goldPrice(dt) { const y = Yr(dt), m = Mo(dt); const base = y === 2023 ? 435 + m * 3 : y === 2024 ? 478 + m * 7 : 612 + m * 14; return base + ri(-6, 6); }

// ---------------------------------------------------------------- regions
const REGIONS = [
  ['110101', '北京市东城区'], ['110105', '北京市朝阳区'], ['110106', '北京市丰台区'], ['110108', '北京市海淀区'],
  ['120104', '天津市南开区'], ['130102', '河北省石家庄市长安区'], ['130582', '河北省邢台市沙河市'],
  ['140105', '山西省太原市小店区'], ['150102', '内蒙古自治区呼和浩特市新城区'], ['210102', '辽宁省沈阳市和平区'],
  ['220102', '吉林省长春市南关区'], ['230103', '黑龙江省哈尔滨市南岗区'], ['310104', '上海市徐汇区'],
  ['310107', '上海市普陀区'], ['310115', '上海市浦东新区'], ['320102', '江苏省南京市玄武区'],
  ['320282', '江苏省宜兴市'], ['320583', '江苏省昆山市'], ['330106', '浙江省杭州市西湖区'],
  ['330382', '浙江省乐清市'], ['330782', '浙江省义乌市'], ['340104', '安徽省合肥市蜀山区'],
  ['341221', '安徽省阜阳市临泉县'], ['350203', '福建省厦门市思明区'], ['350582', '福建省晋江市'],
  ['350583', '福建省南安市'], ['360102', '江西省南昌市东湖区'], ['370102', '山东省济南市历下区'],
  ['370202', '山东省青岛市市南区'], ['371302', '山东省临沂市兰山区'], ['410105', '河南省郑州市金水区'],
  ['411625', '河南省周口市郸城县'], ['420106', '湖北省武汉市武昌区'], ['421087', '湖北省松滋市'],
  ['430104', '湖南省长沙市岳麓区'], ['430681', '湖南省汨罗市'], ['431021', '湖南省郴州市桂阳县'],
  ['440103', '广东省广州市荔湾区'], ['440106', '广东省广州市天河区'], ['440303', '广东省深圳市罗湖区'],
  ['440304', '广东省深圳市福田区'], ['440305', '广东省深圳市南山区'], ['440306', '广东省深圳市宝安区'],
  ['440514', '广东省汕头市潮南区'], ['441424', '广东省梅州市五华县'], ['441581', '广东省陆丰市'],
  ['445122', '广东省潮州市饶平县'], ['450103', '广西壮族自治区南宁市青秀区'], ['450881', '广西壮族自治区桂平市'],
  ['460105', '海南省海口市秀英区'], ['500103', '重庆市渝中区'], ['510107', '四川省成都市武侯区'],
  ['510722', '四川省绵阳市三台县'], ['511324', '四川省南充市仪陇县'], ['520102', '贵州省贵阳市南明区'],
  ['530102', '云南省昆明市五华区'], ['540102', '西藏自治区拉萨市城关区'], ['610113', '陕西省西安市雁塔区'],
  ['620102', '甘肃省兰州市城关区'], ['630102', '青海省西宁市城东区'], ['640104', '宁夏回族自治区银川市兴庆区'],
  ['650102', '新疆维吾尔自治区乌鲁木齐市天山区'],
];
const STREETS = ['人民路', '解放路', '建设路', '中山路', '新华街', '幸福路', '朝阳路', '文化路', '滨河路', '花园街', '振兴路', '育才路', '东风路', '工农路', '胜利街', '环城北路', '新安二路', '府前街', '和平里', '长江路'];
const ESTATES = ['阳光花园', '锦绣家园', '金色家园', '翠苑小区', '幸福里小区', '和谐家园', '碧桂园', '万科城', '御景湾', '丽水湾', '馨园', '东湖名苑', '怡景花园', '水岸新城', '世纪华庭', '南苑新村'];
function address(reg) {
  const [, place] = reg;
  if (/[县]$/.test(place) || (chance(.3) && /市$/.test(place) && place.length > 6)) {
    return `${place}${pick(['城关镇', '新华镇', '太平镇', '石桥镇', '东湖镇', '龙湾镇'])}${pick(['新华村', '东岗村', '石门村', '上屯村', '河口村', '大路村'])}${pick(['', '三组', '五组', '十一组'])}${ri(1, 98)}号`;
  }
  return `${place}${pick(STREETS)}${ri(1, 399)}号${pick(ESTATES)}${ri(1, 28)}栋${pick(['', ri(1, 4) + '单元'])}${ri(1, 32)}${pad2(ri(1, 8))}${pick(['室', '房', ''])}`;
}

// ---------------------------------------------------------------- names
const SURNAMES = Array.from('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴鲍华喻祁房滕饶艾尤时穆卓古简车连麦岑戚佘邝洪');
const SPY = 'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang xu han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai yu du ye cheng su wei lv ding ren shen yao lu jiang cui zhong tan lu wang fan jin shi liao jia xia wei fu fang bai zou meng xiong qin qiu jiang yin xue yan duan lei hou long shi tao li he gu mao hao gong shao wan qian yan qin wu dai mo kong xiang tang chang wen kang shi wen niu fan ge xing an qi yi qiao wu pang yan ni zhuang nie zhang lu yue zhai yin zhan shen ou geng guan lan jiao yu zuo liu gan zhu bao ning shang fu shu ruan ke ji mei tong ling bi shan ji pei huo tu cheng miao gu sheng qu weng ran luo lan lu you xin jin guan chai bao hua yu qi fang teng rao ai you shi mu zhuo gu jian che lian mai cen qi she kuang hong'.split(' ');
if (SURNAMES.length !== SPY.length) { console.error('surname table mismatch', SURNAMES.length, SPY.length); process.exit(1); }
const COMPOUND = [['欧阳', 'ouyang'], ['司马', 'sima'], ['上官', 'shangguan'], ['诸葛', 'zhuge'], ['司徒', 'situ'], ['皇甫', 'huangfu'], ['夏侯', 'xiahou'], ['慕容', 'murong'], ['东方', 'dongfang'], ['尉迟', 'yuchi']];
const P = (s) => s.split(' ').map((x) => x.split(':'));
const POOLS = {
  oldM: P('建国:jianguo 建华:jianhua 国强:guoqiang 志强:zhiqiang 德明:deming 振华:zhenhua 卫东:weidong 国庆:guoqing 春生:chunsheng 福生:fusheng 水生:shuisheng 永刚:yonggang 建军:jianjun 爱国:aiguo 德胜:desheng 有才:youcai 金海:jinhai 宝林:baolin 长顺:changshun 文华:wenhua 立新:lixin 卫国:weiguo 庆丰:qingfeng 明亮:mingliang 树林:shulin 玉成:yucheng 炳坤:bingkun 锦荣:jinrong 汉平:hanping 光辉:guanghui'),
  oldF: P('秀英:xiuying 桂英:guiying 玉兰:yulan 秀兰:xiulan 凤英:fengying 淑珍:shuzhen 淑芬:shufen 桂芳:guifang 丽华:lihua 海燕:haiyan 红梅:hongmei 金凤:jinfeng 秀珍:xiuzhen 美华:meihua 爱华:aihua 红英:hongying 素芬:sufen 月娥:yuee 宝珍:baozhen 桂兰:guilan 玉梅:yumei 素梅:sumei 凤兰:fenglan 翠兰:cuilan 彩霞:caixia 惠珍:huizhen 瑞英:ruiying'),
  midM: P('伟:wei 磊:lei 勇:yong 军:jun 杰:jie 涛:tao 斌:bin 强:qiang 刚:gang 鹏:peng 辉:hui 波:bo 健:jian 海峰:haifeng 建伟:jianwei 志刚:zhigang 晓东:xiaodong 海涛:haitao 国华:guohua 振宇:zhenyu 永强:yongqiang 晓明:xiaoming 俊峰:junfeng 云飞:yunfei 少军:shaojun 文斌:wenbin 志勇:zhiyong 建平:jianping 小龙:xiaolong 东升:dongsheng 伟明:weiming 锦华:jinhua 泽鹏:zepeng 少雄:shaoxiong 旭东:xudong 学军:xuejun 海波:haibo 永辉:yonghui 继伟:jiwei'),
  midF: P('敏:min 静:jing 丽:li 艳:yan 娟:juan 霞:xia 燕:yan 芳:fang 娜:na 晶:jing 婷:ting 雪:xue 琳:lin 晓燕:xiaoyan 丽娟:lijuan 春燕:chunyan 小红:xiaohong 红霞:hongxia 文静:wenjing 雪梅:xuemei 丽萍:liping 海霞:haixia 晓丽:xiaoli 美玲:meiling 秀芳:xiufang 慧敏:huimin 少珍:shaozhen 佩珊:peishan 淑娴:shuxian 晓红:xiaohong 玉婷:yuting'),
  youngM: P('子轩:zixuan 浩然:haoran 宇航:yuhang 俊杰:junjie 家豪:jiahao 一鸣:yiming 博文:bowen 子豪:zihao 宇轩:yuxuan 天宇:tianyu 昊天:haotian 鑫:xin 浩宇:haoyu 家乐:jiale 子健:zijian 明轩:mingxuan 志豪:zhihao 嘉俊:jiajun 泽宇:zeyu 思远:siyuan 晨阳:chenyang 凯:kai 航:hang 嘉豪:jiahao 梓豪:zihao 锦程:jincheng'),
  youngF: P('梓涵:zihan 欣怡:xinyi 思雨:siyu 佳琪:jiaqi 雨萱:yuxuan 诗涵:shihan 嘉怡:jiayi 梦瑶:mengyao 雅婷:yating 晨曦:chenxi 婉婷:wanting 佳怡:jiayi 思彤:sitong 若曦:ruoxi 雨晴:yuqing 可欣:kexin 心怡:xinyi 紫萱:zixuan 语桐:yutong 安琪:anqi 悦:yue 彤:tong 璐:lu 诗琪:shiqi 欣妍:xinyan'),
};
const MINORITY = P('买买提·吐尔逊:maimaiti 阿依古丽·买买提:ayiguli 热合曼·艾力:rehman 古丽娜尔·吐尔洪:gulinaer 艾尔肯·阿不都:aierken 扎西顿珠:zhaxi 格桑卓玛:gesang 巴特尔:bateer 其其格:qiqige 乌云其木格:wuyun 阿卜杜拉·依明:abudula 次仁央宗:ciren');
const HK_NAMES = P('陳志強:chan 黃美玲:wong 李國華:lee 梁淑儀:leung 何偉文:ho 鄭少芬:cheng 吳嘉欣:ng 麥家俊:mak 區綺雯:au 馮子聰:fung 葉錦添:yip 蔡慧敏:choi');
const usedNames = new Set(['周大福', '周大生', '周生生', '周六福', '谢瑞麟', '刘德华', '张学友', '林子聪', '张家辉', '王府井', '黄金凤']);
function makeName(sex, gen) {
  for (let t = 0; t < 200; t++) {
    let sur, spy;
    const r = rand();
    if (r < 0.018) [sur, spy] = pick(COMPOUND);
    else { const i = Math.floor(SURNAMES.length * Math.pow(rand(), 2.3)); sur = SURNAMES[i]; spy = SPY[i]; }
    const [g, gpy] = pick(POOLS[gen + (sex === '男' ? 'M' : 'F')]);
    const name = sur + g;
    if (usedNames.has(name)) continue;
    usedNames.add(name);
    return { name, py: [spy, gpy] };
  }
  throw new Error('name pool exhausted');
}

// ---------------------------------------------------------------- banks
const BANKS = [
  ['中国工商银行', 'ICBC', '622202', 19, '工行'], ['中国工商银行', 'ICBC', '621226', 19, '工行'], ['中国建设银行', 'CCB', '621700', 19, '建行'],
  ['中国建设银行', 'CCB', '622700', 19, '建行'], ['中国农业银行', 'ABC', '622848', 19, '农行'], ['中国银行', 'BOC', '621785', 19, '中行'],
  ['中国银行', 'BOC', '621661', 19, '中行'], ['招商银行', 'CMB', '621483', 16, '招行'], ['招商银行', 'CMB', '622588', 16, '招行'],
  ['交通银行', 'BOCOM', '622262', 19, '交行'], ['中国邮政储蓄银行', 'PSBC', '621799', 19, '邮储'], ['兴业银行', 'CIB', '622909', 18, '兴业'],
  ['中信银行', 'CITIC', '622690', 16, '中信'], ['平安银行', 'PAB', '623058', 19, '平安'], ['农村商业银行', 'RCB', '623190', 19, '农商行'],
];
function makeCard(bk) { const body = bk[2] + digits(bk[3] - 7); return body + luhnDigit(body); }
function badCard(good) { for (;;) { const i = ri(6, good.length - 2); const c = good.slice(0, i) + ((+good[i] + ri(1, 9)) % 10) + good.slice(i + 1); if (!luhnOk(c)) return c; } }
const BRANCH = ['东门支行', '人民路支行', '高新区支行', '城东支行', '营业部', '中山路支行', '滨江支行', '解放路分理处', '新城支行', '科技园支行'];

// ---------------------------------------------------------------- people
const MOB_PRE = [['13', 30], ['15', 22], ['18', 24], ['17', 9], ['19', 9], ['14', 2], ['16', 2]];
const MOB3 = { '13': '0123456789', '15': '01235789', '18': '0123456789', '17': '0135678', '19': '01235789', '14': '57', '16': '2567' };
const usedMob = new Set(['13800138000', '13912345678', '18888888888']);
function makeMobile() { for (;;) { const p2 = wpick(MOB_PRE); const m = p2 + pick(MOB3[p2]) + digits(8); if (isMobile(m) && !usedMob.has(m) && !/(\d)\1{5}/.test(m)) { usedMob.add(m); return m; } } }
const usedId = new Set();
function makeId(reg, byear, sex) {
  for (;;) {
    const m = ri(1, 12); let d = ri(1, 28); if (chance(.1)) d = ri(29, 31); if (!validDate(byear, m, d)) d = 28;
    let seq = ri(0, 99) * 10 + (ri(0, 4) * 2 + (sex === '男' ? 1 : 0)); seq = String(seq).padStart(3, '0');
    const b = reg[0] + byear + pad2(m) + pad2(d) + seq; const id = b + idCheck(b);
    if (!usedId.has(id)) { usedId.add(id); return { id, m, d }; }
  }
}
function qqNo() { const L = ri(8, 10); if (L === 10) return pick(['10', '11', '12', '20', '21', '25', '28', '30']) + digits(8); return nz() + digits(L - 1); }
function personEmail(p) {
  const [s, g] = p.py; const y = String(p.byear);
  const st = ri(0, 9);
  if (st <= 2) return `${p.qq}@qq.com`;
  if (st === 3) return `${s}${g}${y.slice(2)}@163.com`;
  if (st === 4) return `${g}${s}@126.com`;
  if (st === 5) return `${s}${g.slice(0, 1)}${ri(1, 999)}@sina.com`;
  if (st === 6) return `${g}${pad2(p.bm)}${pad2(p.bd)}@foxmail.com`;
  if (st === 7) return `${s}_${g}@outlook.com`;
  if (st === 8) return `${s}.${g}${y}@163.com`;
  return `${p.mobile}@139.com`;
}
function newPerson(o = {}) {
  const sex = o.sex || (chance(o.female ?? 0.5) ? '女' : '男');
  const byear = o.byear || ri(o.y0 || 1958, o.y1 || 2004);
  const gen = byear < 1974 ? 'old' : byear < 1990 ? 'mid' : 'young';
  let nm;
  if (o.hk) { for (;;) { const [n, py] = pick(HK_NAMES); if (!usedNames.has(n)) { usedNames.add(n); nm = { name: n, py: [py, 'hk'] }; break; } } }
  else if (o.minority || chance(0.015)) { const free = MINORITY.filter(([n]) => !usedNames.has(n)); if (free.length) { const [n, py] = pick(free); usedNames.add(n); nm = { name: n, py: [py, 'x'] }; } }
  if (!nm) nm = makeName(sex, gen);
  let reg;
  if (o.home && chance(.55)) { const loc = REGIONS.filter((r) => r[0].slice(0, 2) === o.home.slice(0, 2)); reg = pick(loc.length ? loc : REGIONS); } else reg = pick(REGIONS);
  const { id, m, d } = makeId(reg, byear, sex);
  const bk = pick(BANKS);
  const p = { name: nm.name, py: nm.py, sex, byear, bm: m, bd: d, id, reg, mobile: makeMobile(), bank: bk, card: makeCard(bk), addr: address(reg), qq: qqNo(), nation: nm.py[1] === 'x' ? (nm.name.includes('·') ? '维吾尔' : /^(扎西|格桑|次仁)/.test(nm.name) ? '藏' : '蒙古') : chance(.06) ? pick(['回', '壮', '满', '土家', '苗']) : '汉' };
  if (o.hk) { p.hkPermit = 'H' + nz() + digits(chance(.5) ? 7 : 9); p.addr = pick(['香港九龍旺角彌敦道', '香港新界沙田', '香港九龍觀塘', '香港新界元朗']) + ri(1, 300) + '號'; }
  if (o.legacy) { p.legacy = id.slice(0, 6) + id.slice(8, 17); p.id = upgrade15(p.legacy); }
  p.email = personEmail(p);
  return p;
}
function legacyPerson(o = {}) {
  for (;;) { const p = newPerson({ ...o, y0: 1940, y1: 1983, legacy: true }); if (isId15(p.legacy) && isId18(p.id)) return p; }
}
const LETTERS_P = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const makePassport = () => (chance(.75) ? 'E' + pick(LETTERS_P) + digits(7) : 'E' + digits(8));

// ---------------------------------------------------------------- shops
function makeUscc(region) {
  for (;;) {
    const body = chance(.65) ? 'MA' + Array.from({ length: 6 }, () => pick(UA.replace(/[IOSVZ]/g, ''))).join('') : digits(8);
    const b17 = '91' + region + body + orgCheck(body);
    const u = b17 + usccCheck(b17);
    // no digit run inside the code may look like another value (e.g. a 17-digit Luhn run before a letter)
    if ((u.match(/\d+/g) || []).every((r) => (r === u ? !luhnOk(r) && !isId18(r) : !runValidAs(r) && !(r.length >= 16 && luhnOk(r))))) return u;
  }
}
const SHOPS = [
  { name: '深圳市鑫隆典当有限公司', short: '鑫隆典当', type: 'pawn', region: '440303', area: '0755', city: '深圳', store: '东门店', addr: '深圳市罗湖区东门中路1011号鸿展大厦1楼', domain: 'xinlongpawn.com' },
  { name: '深圳市恒泰典当行有限公司', short: '恒泰典当', type: 'pawn', region: '440304', area: '0755', city: '深圳', store: '福田店', addr: '深圳市福田区深南中路3018号世纪汇广场B座105', domain: 'hengtai-dd.cn' },
  { name: '广州市粤信典当有限公司', short: '粤信典当', type: 'pawn', region: '440106', area: '020', city: '广州', store: '体育西店', addr: '广州市天河区体育西路111号建和中心首层', domain: 'yuexinpawn.com' },
  { name: '上海宝丰典当行有限公司', short: '宝丰典当', type: 'pawn', region: '310104', area: '021', city: '上海', store: '徐家汇店', addr: '上海市徐汇区漕溪北路88号圣爱大厦1楼', domain: 'baofengpawn.com.cn' },
  { name: '北京华融通典当有限责任公司', short: '华融通典当', type: 'pawn', region: '110105', area: '010', city: '北京', store: '朝外店', addr: '北京市朝阳区朝外大街22号泛利大厦一层', domain: 'hrtpawn.cn' },
  { name: '杭州金鼎典当有限公司', short: '金鼎典当', type: 'pawn', region: '330106', area: '0571', city: '杭州', store: '文三路店', addr: '杭州市西湖区文三路259号昌地火炬大厦1号楼102室', domain: 'jindingdd.com' },
  { name: '成都蜀信典当有限公司', short: '蜀信典当', type: 'pawn', region: '510107', area: '028', city: '成都', store: '人南店', addr: '成都市武侯区人民南路四段27号商鼎国际1栋附1号', domain: 'shuxinpawn.com' },
  { name: '武汉汉正典当行有限责任公司', short: '汉正典当', type: 'pawn', region: '420106', area: '027', city: '武汉', store: '中南路店', addr: '武汉市武昌区中南路99号保利大厦A座1层', domain: 'hanzhengdd.com' },
  { name: '南京金陵宝通典当有限公司', short: '宝通典当', type: 'pawn', region: '320102', area: '025', city: '南京', store: '新街口店', addr: '南京市玄武区中山路18号德基广场二期F1', domain: 'baotongpawn.cn' },
  { name: '深圳市贝金汇黄金珠宝有限公司', short: '贝金汇黄金回收', type: 'gold', region: '440303', area: '0755', city: '深圳', store: '水贝店', addr: '深圳市罗湖区翠竹街道水贝二路国际珠宝交易中心1楼A12', domain: 'beijinhui.com' },
  { name: '杭州收金宝网络科技有限公司', short: '收金宝', type: 'gold', region: '330106', area: '0571', city: '杭州', store: '线上', addr: '杭州市西湖区西斗门路3号天堂软件园D幢6楼', domain: 'shoujinbao.cn' },
  { name: '深圳市机汇通通讯设备有限公司', short: '机汇通二手机', type: 'phone', region: '440304', area: '0755', city: '深圳', store: '华强北店', addr: '深圳市福田区华强北路1002号远望数码城3楼3C086', domain: 'jihuitong.net' },
  { name: '成都蓉易收再生资源回收有限公司', short: '蓉易收', type: 'phone', region: '510107', area: '028', city: '成都', store: '太升路店', addr: '成都市青羊区太升南路288号锦天国际1楼', domain: 'rongyishou.com' },
  { name: '广州市尚品汇奢侈品有限公司', short: '尚品汇奢品回收', type: 'lux', region: '440103', area: '020', city: '广州', store: '荔湾店', addr: '广州市荔湾区康王中路486号和业广场1楼', domain: 'shangpinhui-lux.com' },
  { name: '上海臻表阁钟表有限公司', short: '臻表阁名表回收', type: 'lux', region: '310107', area: '021', city: '上海', store: '长寿路店', addr: '上海市普陀区长寿路155号巴黎春天1楼', domain: 'zhenbiaoge.com' },
];
for (const s of SHOPS) {
  s.uscc = makeUscc(s.region);
  s.tel = s.area + pick('2345678') + digits(7);
  s.tel2 = s.area + pick('2345678') + digits(7);
  s.hotline = safe(() => '400-' + pick(['8', '6', '1', '0']) + digits(2) + '-' + digits(4));
  s.licence = s.type === 'pawn' ? safe(() => s.region.slice(0, 2) + digits(6)) : null;
  s.tezhong = `${pick(['深', '穗', '沪', '京', '杭', '蓉', '汉', '宁'])}公特证字第${Yr(randDate(2015, 1, 2019, 12))}${digits(3)}号`;
  s.staff = [];
  for (let i = 0; i < 6; i++) {
    const st = newPerson({ y0: 1972, y1: 1999, home: s.region });
    const [a, b] = st.py;
    st.work = pick([`${a}${b}`, `${b}.${a}`, `${a}.${b}`, `${a}${b.slice(0, 1)}`]).replace(/[^a-z.]/g, '') + '@' + s.domain;
    st.role = ['店长', '鉴定师', '出纳', '业务员', '业务员', '风控专员'][i];
    s.staff.push(st);
  }
  s.sms = s.short.replace(/二手机|黄金回收|奢品回收|名表回收/, '');
}
const PAWNS = SHOPS.filter((s) => s.type === 'pawn');
const GOLDS = SHOPS.filter((s) => s.type === 'gold');
const PHONES_SHOPS = SHOPS.filter((s) => s.type === 'phone');
const LUXS = SHOPS.filter((s) => s.type === 'lux');
const staffBy = (s, role) => s.staff.find((x) => x.role === role) || s.staff[0];
const HQ = { name: '鑫隆控股集团', domain: 'xinlong-group.com' };

// ---------------------------------------------------------------- items
const GOLD_ITEMS = [
  ['足金手镯', 18, 62, '足金999'], ['古法金手镯', 25, 58, '足金999'], ['足金项链', 6, 32, '足金999'], ['足金戒指', 2, 8, '足金999'],
  ['足金吊坠', 1.2, 6, '足金999'], ['投资金条', 10, 200, 'Au9999'], ['金条', 20, 100, 'Au9999'], ['千足金金豆', 1, 10, '足金9999'],
  ['黄金转运珠', 0.6, 3, '足金999'], ['足金手链', 5, 20, '足金999'], ['18K金项链', 3, 12, 'Au750'], ['铂金戒指', 3, 9, 'Pt950'],
  ['铂金项链', 4, 15, 'Pt950'], ['白金戒指', 3, 8, 'Pt950'], ['足金耳环', 1, 5, '足金999'], ['老金镯子', 20, 45, '足金'], ['金叶子', 5, 30, '足金999'],
];
const JEWEL_BRANDS = ['周瑞福', '周鼎生', '周六和', '谢福祥', '陈鑫记', '潘金麟', '周大生', '周生生', '老凤祥', '六福珠宝', '中国黄金', '潮宏基', '金至尊', '菜百首饰', '梦金园', '宝庆银楼', '曼卡龙', '金一'];
function goldItem(dt) {
  const [nm, w0, w1, pur] = pick(GOLD_ITEMS);
  let w = +(w0 + rand() * (w1 - w0)).toFixed(2);
  if (nm.includes('金条')) w = pick([10, 20, 50, 100, 100, 200]);
  let pr = goldPrice(dt);
  if (pur === 'Au750') pr = Math.round(pr * 0.74); if (pur.startsWith('Pt')) pr = ri(178, 232);
  const brand = nm.includes('金条') ? pick(['中国黄金', '工行如意金', '建行龙鼎金', '周瑞福', '菜百']) : pick(JEWEL_BRANDS);
  return { kind: 'gold', name: nm, brand, weight: w, purity: pur, unit: nm.includes('项链') || nm.includes('手链') ? '条' : nm.includes('金条') ? '根' : nm.includes('耳环') ? '对' : '只', price: pr, value: Math.round(w * pr), desc: `${pur}，净重${w.toFixed(2)}g` };
}
const WATCHES = [
  ['劳力士', '潜航者型 绿水鬼', '126610LV', 68000, 98000], ['劳力士', '日志型', '126334', 58000, 76000], ['劳力士', '宇宙计型迪通拿', '116500LN', 160000, 230000],
  ['劳力士', '格林尼治型II', '126710BLRO', 105000, 140000], ['欧米茄', '海马300', '210.30.42.20.01.001', 21000, 28000], ['欧米茄', '超霸系列', '310.30.42.50.01.002', 26000, 33000],
  ['卡地亚', '蓝气球', 'WSBB0049', 28000, 36000], ['浪琴', '名匠系列', 'L2.628.4.78.3', 7000, 9800], ['百达翡丽', '鹦鹉螺', '5711/1A-010', 600000, 820000],
  ['江诗丹顿', '纵横四海', '4500V/110A-B128', 180000, 230000], ['爱彼', '皇家橡树', '15500ST.OO.1220ST.01', 260000, 330000], ['萧邦', '快乐钻石', '278582-3001', 36000, 52000],
  ['雷达', '真薄系列', 'R27086152', 4500, 6200], ['宝珀', '五十噚', '5015-1130-52', 78000, 96000], ['万国', '葡萄牙计时', 'IW371605', 42000, 52000], ['天梭', '力洛克', 'T006.407.11.053.00', 2600, 3500],
];
const BAGS = [['爱马仕', 'Birkin 30 Togo 金棕色', 88000, 140000], ['爱马仕', 'Kelly 28 Epsom 黑色金扣', 76000, 120000], ['香奈儿', 'CF 中号 黑金 羊皮', 32000, 45000], ['香奈儿', 'Le Boy 中号', 21000, 28000],
  ['路易威登', 'Neverfull MM 老花', 7000, 9800], ['路易威登', 'Speedy 25', 5200, 7800], ['古驰', '酒神包 中号', 9000, 13000], ['迪奥', '戴妃包 五格', 18000, 26000], ['普拉达', 'Re-Edition 2005', 5200, 7000]];
const CONDS = ['99新', '98新', '95新', '9成新', '85新', '8成新', '九五新', '九成新', '八五新', '全新未使用', '准新', '七成新'];
const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
const rndAlnum = (n) => Array.from({ length: n }, () => pick(ALNUM)).join('');
function watchItem() {
  const [brand, series, ref, v0, v1] = pick(WATCHES);
  const cond = pick(CONDS.slice(0, 9));
  return { kind: 'watch', brand, name: `${brand}${series}`, series, ref, serial: safe(() => pick(['', '', 'M', 'Z']) + rndAlnum(pick([7, 8]))).replace(/^(.{8}).*/, '$1'),
    movement: safe(() => nz() + digits(ri(6, 7))), value: Math.round(ri(v0, v1) / 100) * 100, cond, unit: '块', desc: `${ref}，${cond}，${pick(['盒证齐全', '仅表无盒证', '有保卡无盒', '盒证齐全 2022年保卡', '配原装表带'])}` };
}
function bagItem() {
  const [brand, model, v0, v1] = pick(BAGS);
  const cond = pick(CONDS.slice(0, 10));
  return { kind: 'bag', brand, name: `${brand}${model.split(' ')[0]}`, model, code: safe(() => brand === '香奈儿' ? digits(8) : brand === '路易威登' ? pick(['SD', 'FL', 'AR', 'TJ', 'MI']) + digits(4) : brand === '爱马仕' ? pick(['刻印B', '刻印U', '刻印W', '刻印Y', '刻印Z']) : digits(6) + ' ' + digits(6)),
    value: Math.round(ri(v0, v1) / 100) * 100, cond, unit: '个', desc: `${model}，${cond}` };
}
const PHONES = [
  ['苹果', 'iPhone 15 Pro Max', '256G', '原色钛金属', 5200, 6900], ['苹果', 'iPhone 15', '128G', '粉色', 3300, 4100], ['苹果', 'iPhone 14 Pro', '256G', '暗紫色', 3900, 4800],
  ['苹果', 'iPhone 13', '128G', '午夜色', 2100, 2700], ['苹果', 'iPhone 12', '64G', '白色', 1200, 1600], ['华为', 'Mate 60 Pro', '12+512G', '雅川青', 3600, 4600],
  ['华为', 'P60 Art', '12+512G', '蔚蓝海', 2700, 3400], ['小米', '14 Ultra', '16+512G', '黑色', 3200, 4000], ['OPPO', 'Find X7', '16+256G', '大漠银月', 2200, 2800],
  ['vivo', 'X100 Pro', '16+512G', '落日橙', 2600, 3300], ['荣耀', 'Magic6 Pro', '12+256G', '绒黑色', 2300, 2900], ['三星', 'Galaxy S24 Ultra', '12+256G', '钛灰', 3800, 4700],
  ['苹果', 'iPad Air 5', '64G WLAN', '深空灰', 1700, 2300], ['华为', 'nova 12', '8+256G', '樱语白', 900, 1300],
];
const TAC = { '苹果': ['35391911', '35672511', '35488711', '35921510', '35305611', '35882008'], '三星': ['35206011', '35479335'], other: ['86098105', '86753306', '86942205', '86285406', '86780905', '86412306'] };
function imei(brand) {
  for (;;) {
    const tac = pick(TAC[brand] || TAC.other);
    const ser = (tac.startsWith('35') ? String(ri(2, 9)) : String(ri(0, 9))) + digits(5);
    const v = tac + ser + luhnDigit(tac + ser);
    if (numberIsSafe(v)) return v;
  }
}
function phoneItem() {
  const [brand, model, cap, color, v0, v1] = pick(PHONES);
  const cond = pick(['99新', '95新', '9成新', '8成新', '花机', '靓机', '小花', '九五新', '准新']);
  const o = { kind: 'phone', brand, model, cap, color, cond, value: Math.round(ri(v0, v1) / 10) * 10, imei1: imei(brand), name: `${brand === '苹果' ? '' : brand + ' '}${model}` };
  if (!model.startsWith('iPad')) o.imei2 = imei(brand);
  if (brand === '苹果') o.sn = safe(() => pick(['F', 'D', 'G', 'C', 'H']) + rndAlnum(11));
  o.batt = ri(78, 100);
  return o;
}

// ---------------------------------------------------------------- decoy number makers
const ticketNo = () => safe(() => pick([() => '00' + digits(5), () => digits(7), () => 'A' + digits(7), () => pick(['DD', 'DP']) + digits(8)])());
const certNo = () => safe(() => pick([() => 'JD' + digits(10), () => 'NGTC' + digits(8), () => 'GTC-' + digits(4) + '-' + digits(6), () => digits(2) + pick(['A', 'B', 'F']) + digits(8)])());
const goldBatch = (dt) => safe(() => pick([`AU9999-${fc(dt).slice(2)}-${pad2(ri(1, 12))}`, `RJ${fc(dt).slice(2)}${digits(3)}`, `PH-${Yr(dt)}-${digits(4)}`]));
const orderNo = (dt, pre = 'HS') => safe(() => pre + fc(dt) + digits(ri(8, 10)));
const wxTxn = (dt) => safe(() => '4200' + digits(6) + fc(dt) + digits(10));
const aliTxn = (dt) => safe(() => fc(dt) + '2200' + digits(16));
const bankSerial = (dt) => safe(() => fc(dt) + digits(12));
const sfNo = () => safe(() => pick([() => 'SF' + nz() + digits(12), () => 'JDVA' + digits(11), () => 'YT' + digits(13), () => '7' + digits(13)])());
const iccid = () => safe(() => { const b = '898600' + digits(13); return b + luhnDigit(b); });
const snowflake = () => safe(() => pick(['17', '18']) + digits(17));
const traceId = () => Array.from({ length: 32 }, () => '0123456789abcdef'[ri(0, 15)]).join('');
const bankCode = () => safe(() => pick(['102', '103', '104', '105', '308', '403']) + digits(9));
const corpAcct = () => safe(() => pick([() => '4000' + digits(16), () => '7559' + digits(11), () => '4425' + digits(16), () => '3100' + digits(16)])());
function badIdCheck(p) { const id = p.id; const c = '0123456789X'.replace(id[17], ''); return safe(() => id.slice(0, 17) + pick(c)); }
function badIdDate(p) { return safe(() => { const b = p.id.slice(0, 6) + p.id.slice(6, 10) + pick(['0230', '0231', '1331', '0431', '0010', '1532']) + digits(3); return b + idCheck(b); }); }
function badMobile() { return safe(() => pick(['140', '141', '142', '143', '144', '146', '154']) + digits(8)); }
function shortMobile(m) { return m.slice(0, 5) + m.slice(6); }

// ---------------------------------------------------------------- doc helpers
const DOCS = [];
const KCOUNT = {};
function D(kind) { return { kind, parts: [], entities: [], dontCare: [], decoys: [], _e: new Set(), _c: new Set(), _d: new Set() }; }
function E(d, det, val) { const k = det + '|' + val; if (!d._e.has(k)) { d._e.add(k); d.entities.push({ detector: det, value: val }); } return val; }
function C(d, det, val) { const k = det + '|' + val; if (!d._c.has(k)) { d._c.add(k); d.dontCare.push({ detector: det, value: val }); } return val; }
function X(d, kind, text) { text = String(text); const k = kind + '|' + text; if (!d._d.has(k)) { d._d.add(k); d.decoys.push({ kind, text }); } return text; }
const N = (d, p) => E(d, 'person_name_zh', p.name);
const NC = (d, p) => C(d, 'person_name_zh', p.name);
const M = (d, p, st) => { E(d, 'cn_mobile', p.mobile); return fmtMobile(p.mobile, st); };
const I = (d, p, st) => { E(d, 'cn_resident_id', p.id); if (p.legacy) return p.legacy; return fmtId(p.id, st); };
const K = (d, p, st) => { E(d, 'bank_card', p.card); return fmtCard(p.card, st); };
const EM = (d, addr, upper) => { E(d, 'email', addr.toLowerCase()); const m = addr.match(/^(1\d{10})@/); if (m && isMobile(m[1])) E(d, 'cn_mobile', m[1]); return upper ? addr.replace(/^[a-z]/, (c) => c.toUpperCase()) : addr; };
const TEL = (d, num, st = 'dash') => { E(d, 'cn_landline', num); const a = num.startsWith('01') || num.startsWith('02') ? 3 : 4; if (st === 'dash') return `${num.slice(0, a)}-${num.slice(a)}`; if (st === 'paren') return `(${num.slice(0, a)})${num.slice(a)}`; if (st === 'fparen') return `（${num.slice(0, a)}）${num.slice(a)}`; if (st === 'space') return `${num.slice(0, a)} ${num.slice(a, a + 4)} ${num.slice(a + 4)}`; return num; };
const USCC = (d, s) => E(d, 'cn_uscc', s.uscc);
const PP = (d, no) => E(d, 'cn_passport', no);
const MM = (d, p) => X(d, 'masked_mobile', maskMobile(p.mobile));
const MI = (d, p) => X(d, 'masked_id', maskId(p.id));
const MK = (d, p) => X(d, 'masked_card', maskCard(p.card));
const MN = (d, p) => X(d, 'masked_name', maskName(p.name));
const W = (d, kind, w) => X(d, kind, w);
const AM = (d, v) => X(d, 'amount', v);
const DT = (d, v) => X(d, 'date', v);
function mobStyle(set = 'mixed') {
  if (set === 'plain') return 'plain';
  if (set === 'chat') return wpick([['plain', 10], ['space', 3], ['dash', 2], ['fw', 2], ['+86', 1]]);
  if (set === 'mail') return wpick([['plain', 8], ['dash', 3], ['+86', 2], ['+86s', 1], ['space', 2], ['0086', 1], ['paren', 1]]);
  if (set === 'ocr') return wpick([['plain', 6], ['space', 2], ['split', 2], ['split2', 1]]);
  return wpick([['plain', 12], ['space', 2], ['dash', 2], ['+86c', 1]]);
}
function idStyle(set = 'mixed') {
  if (set === 'plain') return chance(.5) ? 'lower' : 'plain';
  if (set === 'ocr') return wpick([['plain', 6], ['ocrsp', 2], ['split', 2], ['space', 1]]);
  if (set === 'chat') return wpick([['plain', 8], ['lower', 3], ['space', 1], ['fw', 2]]);
  return wpick([['plain', 10], ['lower', 3], ['space', 1]]);
}
function cardStyle(set = 'mixed') {
  if (set === 'plain') return 'plain';
  if (set === 'ocr') return wpick([['g4', 6], ['plain', 2], ['split', 2]]);
  if (set === 'chat') return wpick([['plain', 5], ['g4', 5], ['dash', 1]]);
  return wpick([['plain', 8], ['g4', 3], ['g6', 1]]);
}
function finish(d) {
  const n = (KCOUNT[d.kind] = (KCOUNT[d.kind] || 0) + 1);
  const text = d.parts.join('');
  const ek = new Set(d.entities.map((e) => e.detector + '|' + e.value));
  const dc = d.dontCare.filter((c) => !ek.has(c.detector + '|' + c.value));
  DOCS.push({ id: `pwn-${d.kind}-${n}`, kind: d.kind, text, entities: d.entities, dontCare: dc, decoys: d.decoys });
}
const dispW = (s) => Array.from(s).reduce((a, c) => a + (/[\u1100-\uffff]/.test(c) && !/[\uff61-\uff9f]/.test(c) ? 2 : 1), 0);
const padR = (s, w) => s + ' '.repeat(Math.max(0, w - dispW(s)));
const padLf = (s, w) => ' '.repeat(Math.max(0, w - dispW(s))) + s;
const csvq = (v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const spaced = (n) => (n.length === 2 && chance(.5) ? n[0] + pick(['　', '  ']) + n[1] : n);

// ---------------------------------------------------------------- OCR noise (labels only, never values)
const OCR_SUB = { '称': '林', '码': '玛', '证': '讧', '址': '扯', '额': '頟', '期': '朗', '户': '戸', '名': '各', '话': '活', '金': '全', '号': '弓', '限': '很', '别': '剐', '典': '曲' };
function ocrLabel(t) {
  let out = '';
  for (const ch of t) {
    if (OCR_SUB[ch] && chance(0.1)) out += OCR_SUB[ch];
    else if (ch === '：') out += pick(['：', ':', ':', ' ', '.', '：']);
    else out += ch;
    if (/[\u4e00-\u9fa5]/.test(ch) && chance(0.05)) out += ' ';
  }
  return out;
}
function itemLine(d, it, qtyUnit = true) {
  if (it.kind === 'gold') { W(d, 'item', it.name); if (chance(.5)) { W(d, 'brand', it.brand); return `${it.name}（${it.brand}）${qtyUnit ? ' 1' + it.unit : ''}，${it.desc}`; } return `${it.name}${qtyUnit ? ' 1' + it.unit : ''}，${it.desc}`; }
  if (it.kind === 'watch') { W(d, 'brand', it.brand); X(d, 'model_no', it.ref); X(d, 'watch_serial', it.serial); return `${it.brand}${it.series}腕表 1块，型号${it.ref}，表号${it.serial}，${it.cond}`; }
  W(d, 'brand', it.brand); if (/^\d/.test(it.code)) X(d, 'bag_code', it.code);
  return `${it.brand}${it.model} 1个，${it.brand === '香奈儿' ? '卡号' : it.brand === '路易威登' ? '日期码' : it.brand === '爱马仕' ? '' : '内标'}${it.code}，${it.cond}`;
}

// ================================================================ 1. 当票
function genDangpiao() {
  const d = D('dangpiao'); const s = pick(PAWNS); const p = newPerson({ home: s.region, y0: 1960, y1: 2001 });
  const dt = randDate(); const term = pick([30, 30, 30, 60, 90, 90, 180]); const end = addDays(dt, term - 1);
  const it = pick([goldItem, goldItem, goldItem, watchItem, bagItem])(dt);
  const zhe = pick([70, 75, 80, 85, 90]); const loan = Math.max(100, Math.floor(it.value * zhe / 10000) * 100);
  const comp = pick(['2.4', '2.7', '3.0', '3.3', '3.6', '4.2']); const rate = pick(['0.36', '0.36', '0.3625', '0.29']);
  const fee = +(loan * (+comp + +rate) / 100 * term / 30).toFixed(2);
  const no = X(d, 'dangpiao_no', ticketNo());
  const ocr = chance(0.4); const lb = (t) => (ocr ? ocrLabel(t) : t);
  const j = staffBy(s, '业务员'), f = staffBy(s, '店长');
  const cash = loan < 20000 && chance(.3);
  const hr = ocr ? '' : '-'.repeat(76);
  const L = [];
  if (ocr) L.push(pick(['【扫描件 OCR】', '当票扫描识别结果：', '', `IMG_${digits(4)}.jpg 识别文本`]));
  L.push(`${' '.repeat(ocr ? 0 : 32)}当    票${ocr ? '' : ''}`);
  L.push(`${' '.repeat(ocr ? 0 : 58)}No.${no}`);
  L.push(`${lb('典当行名称：')}${X(d, 'company', s.name)}`);
  L.push(`${lb('统一社会信用代码：')}${USCC(d, s)}${ocr ? '\n' : '      '}${lb('典当经营许可证编号：')}${X(d, 'licence_no', s.licence)}`);
  L.push(`${lb('地址：')}${s.addr}${ocr ? '\n' : '   '}${lb('电话：')}${TEL(d, s.tel, pick(['dash', 'dash', 'paren', 'plain']))}`);
  if (hr) L.push(hr);
  const nmTxt = ocr && chance(.3) ? p.name.split('').join(' ') : p.name;
  L.push(`${lb('当户名称：')}${N(d, p) && nmTxt}${ocr ? '\n' : '            '}${lb('证件名称：')}居民身份证`);
  L.push(`${lb('证件号码：')}${I(d, p, idStyle(ocr ? 'ocr' : 'mixed'))}${ocr ? '\n' : '        '}${lb('联系电话：')}${M(d, p, mobStyle(ocr ? 'ocr' : 'mixed'))}`);
  L.push(`${lb('当户地址：')}${p.addr}`);
  if (hr) L.push(hr);
  L.push(ocr ? '当物名称 数量 规格/状况 估价金额(元) 折当率 典当金额(元)' : `${padR('当物名称', 18)}${padR('数量', 6)}${padR('规格/状况', 34)}${padR('估价金额(元)', 14)}${padR('折当率', 8)}典当金额(元)`);
  const nm = it.kind === 'gold' ? it.name : it.kind === 'watch' ? `${it.brand}腕表` : `${it.brand}手袋`;
  W(d, it.kind === 'gold' ? 'item' : 'brand', it.kind === 'gold' ? it.name : it.brand);
  const spec = it.kind === 'gold' ? `${it.desc}${chance(.4) ? '，' + pick(['有使用痕迹', '轻微变形', '无刻字', '刻字"平安"', '带原厂发票']) : ''}` : it.kind === 'watch' ? `${X(d, 'model_no', it.ref)} 表号${X(d, 'watch_serial', it.serial)} ${it.cond}` : `${it.model} ${it.cond}`;
  L.push(ocr ? `${nm} 1${it.unit} ${spec} ${money(it.value)} ${zhe}% ${money(loan)}` : `${padR(nm, 18)}${padR('1' + it.unit, 6)}${padR(spec, 34)}${padR(money(it.value), 14)}${padR(zhe + '%', 8)}${money(loan)}`);
  if (hr) L.push(hr);
  L.push(`${lb('典当金额（大写）：')}${daxie(loan)}${ocr ? ' ' : '                 '}${lb('（小写）')}￥${AM(d, money(loan))}`);
  L.push(`${lb('月综合费率：')}${comp}%    ${lb('月利率：')}${rate}%    ${lb('息费合计：')}￥${AM(d, money(fee))}`);
  L.push(`${lb('典当期限：')}自${fcn(dt)}至${DT(d, fcn(end))}止，共${term}天`);
  if (cash) L.push(`${lb('放款方式：')}现金`);
  else {
    const bk = p.bank;
    L.push(`${lb('放款方式：')}转账   ${lb('收款账户：')}${bk[0]}${pick(BRANCH)} ${K(d, p, cardStyle(ocr ? 'ocr' : 'mixed'))}   ${lb('户名：')}${p.name}`);
  }
  L.push(`${lb('备注：')}${pickL(['当户已阅读并认可背面《典当条款》。', () => '当物已封存，封签号' + X(d, 'seal_no', safe(() => 'FQ' + digits(6))) + '。', '到期后五日内可办理续当或赎当，逾期按绝当处理。', '黄金已做火试，' + pick(['成色无误', '含量达标']) + '。', ''])}`);
  if (hr) L.push(hr);
  L.push(`${lb('典当行（章）')}${ocr ? ' ' : '              '}${lb('经办人：')}${N(d, j)}        ${lb('复核人：')}${N(d, f)}`);
  L.push(`${lb('当户签章：')}${ocr && chance(.3) ? p.name + '（手写）' : p.name}${ocr ? ' ' : '                              '}${DT(d, fcn(dt))}`);
  L.push(`${ocr ? '' : ' '.repeat(50)}${pick(['第一联 存根', '第二联 当户收执', '第三联 财务记账'])}`);
  L.push(`${lb('服务监督电话：')}${X(d, 'hotline', s.hotline)}`);
  d.parts.push(L.join('\n'));
  finish(d);
}

// ================================================================ 2. 典当登记 (system export)
const BIZ = { gold: '黄金质押', watch: '名表质押', bag: '奢侈品质押' };
const CORP_PAWNERS = ['深圳市金丰源贸易有限公司', '广州市宏达五金机电有限公司', '杭州佳和服饰有限公司', '上海永盛实业有限公司', '东莞市周记五金制品厂', '汕头市潮南区陈记服装厂', '北京李氏宏业商贸有限公司', '成都蜀南王记建材经营部', '武汉黄鹤楼酒业贸易有限公司', '南京金陵张氏珠宝行'];
function regRow(d, s, dt, o = {}) {
  if (!o.p && chance(0.05)) { // 企业当户（经营性质押）
    const co = X(d, 'company', pick(CORP_PAWNERS)); const uscc = makeUscc(s.region); const lp = newPerson({ home: s.region, y0: 1965, y1: 1990 });
    const it = goldItem(dt); it.weight = pick([500, 1000, 1000, 2000]); it.value = Math.round(it.weight * it.price); it.name = W(d, 'item', pick(['金条', '投资金条']));
    const loan = Math.floor(it.value * 0.85 / 10000) * 10000;
    return { no: X(d, 'dangpiao_no', ticketNo()), biz: '黄金质押（对公）', name: co, ztype: '营业执照', zno: E(d, 'cn_uscc', uscc), tel: M(d, lp, 'plain'), nm: it.name, spec: `${it.weight}g Au9999`, val: it.value, loan, pay: X(d, 'corp_account', corpAcct()), rate: '2.4%', start: fd(dt), end: fd(addDays(dt, 89)), status: '在当', op: o.op.name, note: `法定代表人：${N(d, lp)}`, p: lp };
  }
  const p = o.p || newPerson({ home: s.region, hk: s.region.startsWith('44') && chance(.05) });
  const it = pick([goldItem, goldItem, goldItem, watchItem, bagItem])(dt);
  const term = pick([30, 30, 60, 90, 180]); const loan = Math.max(100, Math.floor(it.value * pick([70, 80, 85, 90]) / 10000) * 100);
  const no = X(d, 'dangpiao_no', ticketNo());
  N(d, p);
  let ztype = '居民身份证', zno;
  const r = rand();
  if (p.hkPermit) { ztype = '港澳居民来往内地通行证'; zno = C(d, 'cn_passport', p.hkPermit); }
  else if (r < 0.04) { ztype = '护照'; zno = PP(d, makePassport()); }
  else if (r < 0.07) { ztype = '居民身份证'; zno = X(d, 'bad_id_check', badIdCheck(p)); p._bad = true; }
  else zno = I(d, p, idStyle('plain'));
  const tel = r > 0.97 ? '' : M(d, p, 'plain');
  const nm = it.kind === 'gold' ? W(d, 'item', it.name) : it.kind === 'watch' ? `${W(d, 'brand', it.brand)}${it.series}` : `${W(d, 'brand', it.brand)}${it.model.split(' ')[0]}`;
  const spec = it.kind === 'gold' ? `${it.weight.toFixed(2)}g ${it.purity}` : it.kind === 'watch' ? `${X(d, 'model_no', it.ref)} ${it.cond}` : it.cond;
  const status = pick(['在当', '在当', '已赎当', '已续当', '绝当', '逾期未赎']);
  const note = p._bad ? '证件校验未通过，待补录' : pick(['', '', '', '老客户', `续当${ri(1, 4)}次`, '大额已报备', '已电话提醒', '']);
  const pay = chance(0.62) ? K(d, p, 'plain') : pick(['现金', '现金', '微信', '']);
  return { no, biz: BIZ[it.kind], name: p.name, ztype, zno, tel, nm, spec, val: it.value, loan, pay, rate: pick(['2.7%', '3.0%', '3.3%', '3.6%', '4.2%']), start: fd(dt), end: fd(addDays(dt, term - 1)), status, op: o.op.name, note, p };
}
function genRegister() {
  const d = D('dd_register'); const s = pick(PAWNS); const n = ri(6, 22);
  const m0 = randDate(); const y = Yr(m0), mo = Mo(m0);
  const ops = pickN(s.staff.slice(0, 5), 2); for (const o of ops) N(d, o);
  const fmt = pick(['csv', 'csv', 'csv', 'tsv', 'pipe']);
  const rows = [];
  for (let i = 0; i < n; i++) rows.push(regRow(d, s, new Date(Date.UTC(y, mo - 1, ri(1, 28))), { op: pick(ops) }));
  rows.sort((a, b) => (a.start < b.start ? -1 : 1));
  const H = ['当票号', '业务类型', '当户姓名', '证件类型', '证件号码', '联系电话', '当物名称', '规格/重量', '估价金额', '当金', '放款账号', '月综合费率', '起当日', '到期日', '状态', '经办人', '备注'];
  const cells = (r, d) => [r.no, r.biz, r.name, r.ztype, r.zno, r.tel, r.nm, r.spec, AM(d, money(r.val)), AM(d, money(r.loan)), r.pay, r.rate, DT(d, r.start), DT(d, r.end), r.status, r.op, r.note];
  const L = [];
  if (fmt === 'csv') {
    if (chance(.6)) L.push(`${s.short}${pick(['', s.store])}典当业务明细表（${y}年${pad2(mo)}月）` + ','.repeat(H.length - 1));
    L.push(H.join(','));
    for (const r of rows) L.push(cells(r, d).map(csvq).join(','));
    L.push(`合计,,,,,,,,,${csvq(money(rows.reduce((a, r) => a + r.loan, 0)))},,,,,,,`);
  } else if (fmt === 'tsv') {
    L.push(H.join('\t'));
    for (const r of rows) L.push(cells(r, d).join('\t'));
  } else {
    L.push(`## ${s.short} ${y}-${pad2(mo)} 在当及到期明细`);
    L.push('| ' + H.join(' | ') + ' |');
    L.push('|' + H.map(() => '---').join('|') + '|');
    for (const r of rows) L.push('| ' + cells(r, d).join(' | ') + ' |');
  }
  L.push(`导出人：${N(d, staffBy(s, '风控专员'))}  导出时间：${y}-${pad2(mo)}-${pad2(ri(25, 28))} ${tm(17, 21)}  系统：典当业务管理系统V${ri(3, 6)}.${ri(0, 9)}`);
  d.parts.push(L.join('\n'));
  finish(d);
}

// ================================================================ 3. 续当 / 赎当 / 绝当
function genXudang() {
  const d = D('xudang'); const s = pick(PAWNS); const v = ri(0, 4);
  const j = pick(s.staff.slice(1, 5)), f = staffBy(s, '店长');
  const dt = randDate(2023, 6, 2025, 5);
  const L = [];
  if (v === 0) { // 续当凭证
    const p = newPerson({ home: s.region }); const it = pick([goldItem, watchItem])(dt);
    const t0 = addDays(dt, -pick([30, 60, 90])); const term = pick([30, 60, 90]);
    const loan = Math.floor(it.value * 0.8 / 100) * 100; const fee = +(loan * 0.033 * term / 30).toFixed(2);
    L.push(pick(['续 当 凭 证', '续当凭证（第二联 当户收执）', `${s.short} 续当凭证`]));
    L.push(`原当票号：${X(d, 'dangpiao_no', ticketNo())}      续当后当票号：${X(d, 'dangpiao_no', ticketNo())}`);
    L.push(`当户：${N(d, p)}    证件号码：${I(d, p, idStyle())}`);
    if (chance(.7)) L.push(`联系电话：${M(d, p, mobStyle())}${chance(.35) ? '   电子凭证接收邮箱：' + EM(d, p.email) : ''}`);
    L.push(`当物：${itemLine(d, it)}`);
    L.push(`原典当期限：${fd(t0)} 至 ${fd(addDays(dt, -1))}`);
    L.push(`续当期限：${fd(dt)} 至 ${fd(addDays(dt, term - 1))}（${term}天）`);
    L.push(`续当金额：${AM(d, money(loan))}元   本期息费：${money(fee)}元（${pick(['已收，微信支付', '已收，POS刷卡', '现金已收', '已收，对公转账'])}）`);
    if (chance(.5)) L.push(`付款卡号：${MK(d, p)}`);
    L.push(`经办：${N(d, j)}   复核：${N(d, f)}   当户签字：${p.name}`);
    L.push(fcn(dt));
  } else if (v === 1) { // 赎当流水 log
    const n = ri(3, 9); const times = Array.from({ length: n }, () => tm(9, 19).slice(0, 5)).sort();
    L.push(`${s.short}${s.store} 赎当业务流水  ${fd(dt)}`);
    L.push('时间     业务  票号       当户     证件号码            实收本金     息费       合计        收款方式  操作员');
    for (let i = 0; i < n; i++) {
      const p = newPerson({ home: s.region }); const loan = ri(20, 900) * 100; const fee = +(loan * 0.036 * ri(1, 3)).toFixed(2);
      const op = pick(s.staff.slice(1, 5));
      const pay = pick(['现金', 'POS', '微信', '转账']);
      L.push(`${times[i]}    赎当  ${padR(X(d, 'dangpiao_no', ticketNo()), 11)}${padR(N(d, p), 9)}${padR(I(d, p, idStyle('plain')), 20)}${padLf(money(loan), 11)}  ${padLf(money(fee), 9)}  ${padLf(money(loan + fee), 11)}  ${padR(pay, 8)}${N(d, op)}`);
      if (pay === 'POS' && chance(.6)) L.push(`         POS参考号 ${X(d, 'pos_ref', safe(() => digits(12)))}  卡号 ${MK(d, p)}`);
    }
    L.push(`本日赎当 ${n} 笔。打印：${N(d, f)}`);
  } else if (v === 2 || v === 3) { // 绝当通知书
    const p = newPerson({ home: s.region, y0: 1955, y1: 1998 });
    const it = pick([goldItem, goldItem, watchItem, bagItem])(dt); const t0 = addDays(dt, -pick([36, 66, 96])); const exp = addDays(t0, pick([29, 59, 89]));
    const no = X(d, 'dangpiao_no', ticketNo());
    L.push(`${s.name}`);
    L.push(pick(['绝当通知书', '绝 当 通 知 书', '逾期未赎当物处置告知函']));
    L.push('');
    L.push(`${pick(['尊敬的', '致：', ''])}${N(d, p)}${pick(['', '先生/女士', p.sex === '男' ? '先生' : '女士'])}（身份证号：${I(d, p, idStyle())}）：`);
    L.push(`    您于${fcn2(t0)}在我行办理典当业务（当票号：${no}），当物为${itemLine(d, it)}，当金人民币${money(Math.floor(it.value * .8 / 100) * 100)}元，典当期限至${fcn2(exp)}届满。根据《典当管理办法》第四十条，典当期限届满后五日内您未办理赎当或续当手续，该当物已构成绝当。`);
    L.push(`    ${it.value >= 30000 ? '因当物估价金额在3万元以上，我行将依法委托拍卖行公开拍卖，拍卖所得在扣除拍卖费用及当金本息后，剩余部分退还给您；不足部分向您追索。' : '因当物估价金额不足3万元，我行将按双方约定自行变卖处理，损益自负。'}如有异议，请于收到本通知之日起七日内与我行联系。`);
    L.push(`    我行曾于${fmd(addDays(exp, 1))}、${fmd(addDays(exp, 3))}拨打您预留的电话${chance(.5) ? M(d, p, 'plain') : MM(d, p)}未能联系上，特此书面通知。`);
    L.push('');
    L.push(`联系人：${N(d, j)}  电话：${TEL(d, s.tel)}${chance(.5) ? '  手机：' + M(d, j, 'plain') : ''}`);
    L.push(`地址：${s.addr}`);
    L.push(`${' '.repeat(30)}${s.name}（盖章）`);
    L.push(`${' '.repeat(30)}${fcn(addDays(exp, 6))}`);
    if (chance(.5)) L.push(`\n邮寄单号：${X(d, 'express_no', sfNo())}（EMS/顺丰，寄至当户登记地址：${p.addr}）`);
  } else { // 到期提醒清单（电话跟进）
    const n = ri(5, 14);
    L.push(`${s.short}${s.store} 到期客户跟进表  生成日期：${fd(dt)}  （${pick(['7日内到期', '本周到期', '已逾期5日内'])}）`);
    L.push(['序号', '当票号', '当户', '手机', '当物', '当金', '到期日', '跟进结果', '跟进人'].join(','));
    for (let i = 0; i < n; i++) {
      const p = newPerson({ home: s.region }); const it = goldItem(dt); const follower = pick(s.staff.slice(1, 5));
      L.push([i + 1, X(d, 'dangpiao_no', ticketNo()), N(d, p), M(d, p, 'plain'), W(d, 'item', it.name), money2(Math.floor(it.value * .8 / 100) * 100), fd(addDays(dt, ri(-4, 7))), pick(['已电话通知', '无人接听', '说下周来赎', '要求续当一个月', '关机', '已发短信', '号码停机', '本人称已转账息费，待核实']), N(d, follower)].map((x) => csvq(String(x))).join(','));
    }
  }
  d.parts.push(L.join('\n'));
  finish(d);
}

// ================================================================ 4. 治安登记 fixed-width upload
function genZhianFixed() {
  const d = D('zhian_fixed'); const s = pick([...PAWNS, ...GOLDS, ...PHONES_SHOPS]);
  const old = chance(0.35); const dt = old ? randDate(2005, 1, 2010, 12) : randDate(); const n = ri(4, 14);
  const code = X(d, 'police_unit_code', safe(() => s.region + digits(4)));
  const L = [];
  const up = `${fc(dt)}${tm(18, 22).replace(/:/g, '')}`;
  L.push(`H${code}${padR(s.short, 40)}${X(d, 'timestamp', up)}${String(n).padStart(6, '0')}`);
  for (let i = 0; i < n; i++) {
    const legacy = old && chance(0.45);
    const p = legacy ? legacyPerson({ home: s.region }) : newPerson({ home: s.region, y0: 1950, y1: Yr(dt) - 18 });
    if (old) { usedMob.delete(p.mobile); for (;;) { const m = '1' + pick(['3', '3', '5']) + pick('012356789') + digits(8); if (isMobile(m) && !usedMob.has(m)) { usedMob.add(m); p.mobile = m; break; } } }
    const t = `${fc(dt)}${pad2(ri(9, 20))}${pad2(ri(0, 59))}`;
    X(d, 'timestamp', t);
    let item, feat, amt;
    if (s.type === 'phone') { const ph = phoneItem(); item = `${ph.brand}${ph.model}`; feat = `IMEI:${X(d, 'imei', ph.imei1)}`; amt = ph.value; }
    else { const g = chance(.85) ? goldItem(dt) : watchItem(); item = g.name; if (g.kind === 'gold') { W(d, 'item', g.name); feat = `${g.weight.toFixed(2)}g ${g.purity}`; } else { W(d, 'brand', g.brand); feat = `表号${X(d, 'watch_serial', g.serial)}`; } amt = Math.round(g.value * (s.type === 'pawn' ? .8 : .96)); }
    const op = pick(s.staff.slice(0, 5));
    N(d, p); N(d, op);
    const idf = legacy ? I(d, p) : (chance(.04) ? X(d, 'bad_id_check', badIdCheck(p)) : I(d, p, 'plain'));
    const tel = chance(.05) ? X(d, 'bad_mobile_prefix', badMobile()) : M(d, p, 'plain');
    L.push('D' + t + padR(p.name, 20) + '111' + (p.sex === '男' ? '1' : '2') + padR(p.nation + '族', 8) + padR(idf, 18) + padR(p.addr.slice(0, 30), 60) + padR(tel, 15) + padR(item, 30) + padR(feat, 40) + padLf('1', 4) + padLf(AM(d, money2(amt)), 12) + padR(op.name, 10) + String(i + 1).padStart(4, '0'));
  }
  L.push(`T${String(n).padStart(6, '0')}`);
  const hdr = old ? `# 历史登记数据补录（原单机版登记系统导出）${s.region}_${fc(dt)}.DAT  编码GBK 定长\n` : chance(.5) ? `# 旧货业/典当业治安管理信息系统 数据上报文件 ${s.region}_${fc(dt)}_${pad2(ri(1, 3))}.DAT  编码GBK 定长\n` : '';
  d.parts.push(hdr + L.join('\r\n'));
  finish(d);
}

// ================================================================ 5. 收购登记簿 CSV upload + 回执
function genZhianCsv() {
  const d = D('zhian_csv'); const s = pick([...PHONES_SHOPS, ...GOLDS, ...LUXS, ...PAWNS.slice(0, 2)]); const dsep = pick(['-', '/', '-']);
  const dt = randDate(); const n = ri(5, 16);
  const H = s.type === 'phone'
    ? ['序号', '收购日期', '出售人姓名', '性别', '证件类型', '证件号码', '户籍地址', '联系电话', '物品名称', '品牌型号', '串号(IMEI)', '序列号', '成色', '数量', '收购价格(元)', '经办人']
    : ['序号', '收购日期', '出售人姓名', '性别', '证件类型', '证件号码', '户籍地址', '联系电话', '物品名称', '品牌', '重量/编号', '成色', '数量', '收购价格(元)', '经办人'];
  const L = [H.join(',')];
  let bad = [];
  for (let i = 0; i < n; i++) {
    const p = newPerson({ home: s.region, y0: 1962, y1: 2005, hk: s.region.startsWith('4403') && chance(.04) });
    const op = pick(s.staff.slice(0, 5));
    N(d, p); N(d, op);
    let ztype = '居民身份证', zno;
    if (p.hkPermit) { ztype = '回乡证'; zno = C(d, 'cn_passport', p.hkPermit); }
    else if (chance(.03)) { zno = X(d, 'bad_id_date', badIdDate(p)); bad.push([i + 1, zno, '出生日期非法']); }
    else if (chance(.03)) { zno = X(d, 'bad_id_check', badIdCheck(p)); bad.push([i + 1, zno, '校验位错误']); }
    else zno = I(d, p, idStyle('plain'));
    const tel = M(d, p, 'plain');
    const date = DT(d, fd(addDays(dt, Math.floor(i / 3)), dsep));
    let row;
    if (s.type === 'phone') {
      const ph = phoneItem();
      row = [i + 1, date, p.name, p.sex, ztype, zno, p.addr, tel, ph.model.startsWith('iPad') ? '平板电脑' : '手机', `${W(d, 'brand', ph.brand)} ${ph.model} ${ph.cap}`, X(d, 'imei', ph.imei1), ph.sn ? X(d, 'serial_no', ph.sn) : '', W(d, 'condition', ph.cond), 1, AM(d, String(ph.value)), op.name];
    } else {
      const g = s.type === 'lux' ? pick([watchItem, bagItem])(dt) : goldItem(dt);
      const feat = g.kind === 'gold' ? `${g.weight.toFixed(2)}g` : g.kind === 'watch' ? X(d, 'watch_serial', g.serial) : (/^\d/.test(g.code) ? X(d, 'bag_code', g.code) : g.code);
      row = [i + 1, date, p.name, p.sex, ztype, zno, p.addr, tel, g.kind === 'gold' ? W(d, 'item', g.name) : g.kind === 'watch' ? '手表' : '箱包', g.kind === 'gold' ? W(d, 'brand', g.brand) : W(d, 'brand', g.brand), feat, g.kind === 'gold' ? g.purity : W(d, 'condition', g.cond), 1, AM(d, String(Math.round(g.value * .93))), op.name];
    }
    L.push(row.map((x) => csvq(String(x))).join(','));
  }
  const up = chance(.6);
  let txt = L.join('\n');
  if (up) {
    txt += `\n\n---- 上传回执 ----\n批次号：${X(d, 'batch_no', safe(() => 'PC' + fc(dt) + digits(6)))}\n单位：${s.name}（${X(d, 'police_unit_code', safe(() => s.region + digits(4)))}）\n提交记录 ${n} 条，成功 ${n - bad.length} 条，失败 ${bad.length} 条。`;
    for (const [k, z, why] of bad) txt += `\n  第${k}行：证件号码 ${z} ${why}，请核对后重新上报。`;
    txt += `\n接收时间：${fd(addDays(dt, 7))} ${tm(8, 23)}  辖区派出所：${pick(['东门派出所', '华强北派出所', '天河派出所', '徐家汇派出所', '太升路派出所', '翠竹派出所'])}`;
  }
  d.parts.push(txt);
  finish(d);
}

// ================================================================ 6. 回收小程序订单 JSON
function genMiniapp() {
  const d = D('miniapp_json'); const s = pick([GOLDS[1], GOLDS[1], GOLDS[0], PHONES_SHOPS[0], LUXS[0]]);
  const dt = randDate(); const t = tm(8, 23);
  const p = newPerson({ home: s.region, y0: 1965, y1: 2004 });
  const oid = X(d, 'order_no', orderNo(dt, pick(['HS', 'SJB', 'RC'])));
  const ct = X(d, 'epoch_ms', String(epochMs(dt, t)));
  const goods = [];
  let total = 0;
  const k = s.type === 'phone' ? 'phone' : s.type === 'lux' ? 'lux' : 'gold';
  for (let i = 0; i < (k === 'gold' ? ri(1, 3) : 1); i++) {
    if (k === 'gold') { const g = goldItem(dt); const pr = g.price - ri(2, 8); const a = +(g.weight * pr).toFixed(2); total += a; goods.push({ cateName: g.purity.startsWith('Pt') ? '铂金' : '黄金', goodsName: W(d, 'item', g.name), brand: W(d, 'brand', g.brand), weight: g.weight.toFixed(2), checkWeight: (g.weight - rand() * 0.05).toFixed(2), purity: g.purity, unitPrice: String(pr), amount: money2(a) }); }
    else if (k === 'phone') { const ph = phoneItem(); total += ph.value; goods.push({ cateName: '手机', goodsName: `${W(d, 'brand', ph.brand)} ${ph.model}`, spec: `${ph.cap} ${ph.color}`, imei: X(d, 'imei', ph.imei1), grade: W(d, 'condition', ph.cond), battery: ph.batt + '%', quote: money2(ph.value) }); }
    else { const w = pick([watchItem, bagItem])(); total += w.value; goods.push({ cateName: w.kind === 'watch' ? '名表' : '箱包', goodsName: w.name, brand: W(d, 'brand', w.brand), serial: w.kind === 'watch' ? X(d, 'watch_serial', w.serial) : w.code, grade: W(d, 'condition', w.cond), quote: money2(w.value) }); }
  }
  const useCard = chance(.7);
  const nick = X(d, 'nickname', pick(['阳光总在风雨后', '小确幸', 'A-金银首饰', '静待花开', 'Lucky', '追梦人', '金子多多', '平安是福', '一路向北', '微笑向暖', '老刘头', 'Sunny', '知足常乐', '黄金猎人', '陈年旧事']));
  const icon = X(d, 'image_file', pick(['gold', 'phone', 'watch', 'bag']) + pick(['_icon@2x.png', '@3x.png', '-cate@2x.png']));
  const o = {
    code: 0, msg: 'success',
    data: {
      orderSn: oid, createTime: +ct, status: pick([3, 4, 5]), statusText: pick(['已检测', '待打款', '已打款', '已完成']), channel: pick(['mp-weixin', 'mp-alipay']),
      user: { userId: ri(100000, 9999999), nickName: nick, avatarUrl: `https://thirdwx.qlogo.cn/mmopen/vi_32/${rndAlnum(24)}/132`, mobile: M(d, p, 'plain') },
      seller: { realName: N(d, p), idCardNo: I(d, p, idStyle('plain')), idCardFront: `https://oss.${s.domain}/kyc/${fc(dt)}/${traceId().slice(0, 16)}_front.jpg`, certified: true },
      goods: goods.map((g) => ({ ...g, cateIcon: `https://static.${s.domain}/img/cate/${icon}` })),
      logistics: chance(.6) ? { type: 'SF', waybillNo: X(d, 'express_no', sfNo()), pickupAddr: p.addr, contact: p.name, contactTel: fmtMobile(p.mobile, 'plain') } : { type: 'store', storeName: s.short + s.store },
      settle: useCard
        ? { payType: 'bankcard', bankName: p.bank[0], cardNo: K(d, p, 'plain'), cardHolder: p.name, amount: AM(d, money2(total)), payTime: `${fd(dt)} ${tm(10, 23)}` }
        : { payType: 'alipay', alipayAccount: chance(.6) ? EM(d, p.email) : M(d, p, 'plain'), alipayName: p.name, amount: AM(d, money2(total)), tradeNo: X(d, 'alipay_txn', aliTxn(dt)) },
      remark: pick(['', '用户要求当天到账', '检测后重量少0.03g，用户已确认', '首单新人加价5元/克', '']),
    },
  };
  if (chance(.65)) o.data.seller.email = EM(d, p.email);
  if (chance(.3)) o.data.seller.idCardMask = MI(d, p);
  const txt = chance(.6) ? JSON.stringify(o, null, 2) : JSON.stringify(o);
  d.parts.push(txt);
  finish(d);
}

// ================================================================ 7. 打款记录
function genPayout() {
  const d = D('payout'); const s = pick(SHOPS); const dt = randDate(); const v = ri(0, 3);
  const n = ri(4, 14); const L = [];
  if (v === 0) { // 网银批量代付模板
    L.push('收款账号,收款户名,金额,收款银行,开户行名称,联行号,用途,备注');
    for (let i = 0; i < n; i++) {
      const p = newPerson({ home: s.region });
      const bad = chance(.05);
      const acct = bad ? C(d, 'bank_card', badCard(p.card)) : K(d, p, 'plain');
      N(d, p);
      L.push([acct, p.name, AM(d, money2(ri(800, 60000) + ri(0, 99) / 100)), p.bank[0], `${p.bank[0]}${pick(BRANCH)}`, X(d, 'bank_branch_code', bankCode()), pick(['回收款', '货款', '黄金回收款', '二手机回收款', '当金']), pickL(['', '', () => X(d, 'order_no', orderNo(dt)), '加急'])].map(csvq).join(','));
    }
    L.push(`# 付款账户：${s.name} ${X(d, 'corp_account', corpAcct())}  制单：${N(d, staffBy(s, '出纳'))}  复核：${N(d, staffBy(s, '店长'))}`);
  } else if (v === 1) { // 财务打款登记表 TSV
    L.push(`${s.short} 打款登记  ${fd(dt)}`);
    L.push(['日期', '单号', '收款人', '卡号', '开户行', '金额', '状态', '回单号', '经办'].join('\t'));
    for (let i = 0; i < n; i++) {
      const p = newPerson({ home: s.region }); const op = staffBy(s, '出纳');
      const st = pick(['成功', '成功', '成功', '成功', '处理中', '退票']);
      const bad = st === '退票' && chance(.6);
      N(d, p); N(d, op);
      L.push([fd(dt), X(d, 'order_no', orderNo(dt)), p.name, bad ? C(d, 'bank_card', badCard(p.card)) : K(d, p, cardStyle()), p.bank[4], money(ri(500, 80000)), st + (st === '退票' ? `（${bad ? '账号不存在' : '户名与账号不符'}）` : ''), st === '成功' ? X(d, 'bank_serial', bankSerial(dt)) : '', op.name].join('\t'));
    }
  } else if (v === 2) { // 银行电子回单 OCR
    const p = newPerson({ home: s.region }); const amt = ri(2000, 150000) + ri(0, 99) / 100;
    L.push(`${p.bank[0] === '招商银行' ? '招商银行' : pick(['中国工商银行', '中国建设银行', '招商银行'])} 电子回单`);
    L.push(`回单编号：${X(d, 'receipt_no', safe(() => digits(4) + '-' + digits(10)))}    交易日期：${fcn(dt)}`);
    L.push(`付款人户名：${s.name}`);
    L.push(`付款人账号：${X(d, 'corp_account', corpAcct())}`);
    L.push(`付款人开户行：${pick(['中国工商银行', '招商银行', '中国建设银行'])}${s.city}${pick(BRANCH)}`);
    L.push(`收款人户名：${N(d, p)}`);
    L.push(`收款人账号：${K(d, p, cardStyle('ocr'))}`);
    L.push(`收款人开户行：${p.bank[0]}`);
    L.push(`金额（小写）：CNY ${AM(d, money(amt))}     金额（大写）：人民币${daxie(amt)}`);
    L.push(`用途：${pick(['回收款', '货款', '当金发放', '绝当品处置余款退还'])}   摘要：${pick(['跨行转账', '代发', '网银转账'])}`);
    L.push(`交易流水号：${X(d, 'bank_serial', bankSerial(dt))}    记账柜员：${X(d, 'teller_no', safe(() => 'EB' + digits(5)))}`);
    L.push('本回单可通过网上银行验证真伪，重复打印无效。');
  } else { // 支付宝批量转账
    L.push('支付宝批量付款文件');
    L.push(`批次号,${X(d, 'batch_no', safe(() => fc(dt) + digits(6)))}`);
    L.push(`付款方,${s.name}`);
    L.push('序号,收款方支付宝账号,收款方姓名,金额,备注');
    for (let i = 0; i < n; i++) {
      const p = newPerson({ home: s.region });
      const acct = chance(.55) ? EM(d, p.email) : M(d, p, 'plain');
      L.push([i + 1, acct, N(d, p), AM(d, money2(ri(300, 30000))), pickL(['回收款', () => `订单${X(d, 'order_no', orderNo(dt, 'HS'))}`, '二手机回收', '黄金回收'])].map(csvq).join(','));
    }
    L.push(`制表：${N(d, staffBy(s, '出纳'))} ${fd(dt)}`);
  }
  d.parts.push(L.join('\n'));
  finish(d);
}

// ================================================================ 8. 身份证 / 银行卡 照片 OCR
function issuer(place) {
  const q = place.replace(/^(.*?省|.*?自治区)/, '');
  let m;
  if ((m = q.match(/^(.+?市)(.+?)区$/))) return `${m[1]}公安局${m[2]}分局`;
  if ((m = q.match(/^(.+?市)(.+?县)$/))) return `${m[2]}公安局`;
  return `${q}公安局`;
}
function genIdOcr() {
  const d = D('idocr'); const s = pick(SHOPS); const p = newPerson({ home: s.region, y0: 1956, y1: 2004 });
  const L = [];
  const wrap = pick(['chat', 'tool', 'plain']);
  if (wrap === 'chat') L.push(`${pick(['[图片]', '[图片] 身份证正面.jpg', '[图片]'])}\n${pick(['提取的文字：', '识别结果：', '图中文字：'])}`);
  if (wrap === 'tool') L.push(`=== OCR结果 ${pick(['IMG_', 'mmexport', 'wx_camera_'])}${digits(pick([4, 13]))}.jpg  置信度 0.${ri(86, 99)} ===`);
  const nm = chance(.25) ? p.name.split('').join(' ') : p.name;
  N(d, p);
  const sp = () => (chance(.5) ? ' ' : '');
  L.push(`${pick(['姓名', '姓 名', '姓名'])}${sp()}${nm}`);
  L.push(`${pick(['性别', '性 别'])}${sp()}${p.sex}${pick([' ', '  ', ''])}${pick(['民族', '民 族'])}${sp()}${p.nation}`);
  L.push(`${pick(['出生', '出 生'])}${sp()}${X(d, 'birth_date', `${p.byear}${pick([' 年 ', '年'])}${p.bm}${pick([' 月 ', '月'])}${p.bd}${pick([' 日', '日'])}`)}`);
  const a = p.addr; const cut = ri(10, Math.max(11, a.length - 4));
  L.push(`${pick(['住址', '住 址', '佳址'])}${sp()}${a.slice(0, cut)}`);
  L.push(a.slice(cut));
  const broken = chance(.12);
  if (broken) {
    const bad = p.id.replace(/0/, 'O').replace(/1(?=\d{3})/, 'l');
    if (bad !== p.id) { d.entities = d.entities.filter((e) => e.detector !== 'cn_resident_id'); d._e.delete('cn_resident_id|' + p.id); C(d, 'cn_resident_id', p.id); L.push(`${pick(['公民身份号码', '公民身份号码', '公民身份号吗'])} ${bad}`); }
    else L.push(`公民身份号码 ${I(d, p, idStyle('ocr'))}`);
  } else L.push(`${pick(['公民身份号码', '公民身份号码', '公民身份号吗', '公民身份号码'])}${sp()}${I(d, p, idStyle('ocr'))}`);
  if (chance(.5)) {
    const iss = randDate(Math.max(p.byear + 16, 2006), 1, 2024, 12); const age = Yr(iss) - p.byear; const yrs = age < 26 ? 10 : age < 46 ? 20 : 0;
    const exp = yrs ? `${Yr(iss) + yrs}.${pad2(Mo(iss))}.${pad2(Dy(iss))}` : '长期';
    const v = X(d, 'validity', `${Yr(iss)}.${pad2(Mo(iss))}.${pad2(Dy(iss))}-${exp}`);
    L.push(`${pick(['中华人民共和国', '中华人民共和国\n居民身份证'])}`);
    L.push(`签发机关 ${issuer(p.reg[1])}`);
    L.push(`有效期限 ${v}`);
  }
  if (chance(.45)) {
    L.push(pick(['\n[图片]\n识别结果：', '\n---- 银行卡 ----', '\n']));
    L.push(`${p.bank[0]}${pick(['', ' 借记卡', ' 储蓄卡', ' 龙卡通'])}`);
    L.push(K(d, p, cardStyle('ocr')));
    L.push(pick(['UnionPay 银联', '银联 UnionPay', 'ATM', '金融IC卡']));
    if (chance(.4)) L.push(pick(['VALID THRU 08/29', '有效期 12/30', '']));
  }
  if (wrap === 'chat') L.push(`\n${pick(['麻烦核对下，做治安登记用', '这是我的身份证和卡', '卡号发你了，尽快打款哈', ''])}`);
  d.parts.push(L.join('\n'));
  finish(d);
}

// ================================================================ 9. 微信聊天
function chatRender(msgs, dt, style) {
  let clock = ri(9, 20) * 3600 + ri(0, 50) * 60 + ri(0, 59); const out = [];
  let lastDay = '';
  for (const [who, txt] of msgs) {
    clock = Math.min(clock + ri(4, 360), 23 * 3600 + 59 * 60 + 59);
    const h = Math.floor(clock / 3600), m = Math.floor(clock / 60) % 60, sec = clock % 60;
    const t = `${pad2(h)}:${pad2(m)}`;
    if (style === 0) out.push(`${fd(dt)} ${t}:${pad2(sec)} ${who}\n${txt}\n`);
    else if (style === 1) { if (lastDay !== fd(dt)) { out.push(`—————  ${fd(dt)}  —————\n`); lastDay = fd(dt); } out.push(`${who} ${t}\n${txt}\n`); }
    else if (style === 2) out.push(`【${who}】${fsl(dt)} ${t}:${pad2(sec)}\n${txt}`);
    else out.push(`${who}：${txt}`);
  }
  return out.join('\n');
}
const NICKS = ['阳光总在风雨后', '小确幸', '静待花开', 'Lucky', '追梦人', '平安是福', '一路向北', '微笑向暖', '知足常乐', 'A0时光', '大海', '随缘', '枫叶', '晴天', '木子', '老K', 'Jason', 'Cindy', '🍀四叶草', '岁月静好'];
function custDisplay(d, p) {
  const r = rand();
  if (r < 0.4) return X(d, 'nickname', pick(NICKS));
  if (r < 0.75) { const t = p.name.includes('·') ? p.name : p.name.replace(/^(欧阳|司马|上官|诸葛|司徒|皇甫|夏侯|慕容|东方|尉迟|.).*$/, '$1') + (p.sex === '男' ? pick(['先生', '哥', '总']) : pick(['女士', '姐', '小姐'])); return C(d, 'person_name_zh', t); }
  return C(d, 'person_name_zh', p.name) + pick(['', '-' + pick(['金镯子', '卖表', '苹果14', '续当', '老客户'])]);
}
function genWechat() {
  const d = D('wechat'); const sc = ri(0, 5); const dt = randDate(); const style = ri(0, 3);
  const msgs = [];
  let s;
  if (sc === 0 || sc === 5) { // 黄金回收
    s = pick(GOLDS.concat(PAWNS.slice(0, 2))); const p = newPerson({ home: s.region, y0: 1958, y1: 2000, female: .65 });
    const sd = X(d, 'nickname', `${s.short}-小${pick(s.staff.slice(0, 5)).name[0]}`); const cu = custDisplay(d, p);
    const g = goldItem(dt); const pr = goldPrice(dt); const w2 = +(g.weight - rand() * .06).toFixed(2);
    const mail = sc === 0;
    msgs.push([cu, pickL(['你好，收黄金吗？今天什么价', () => `在吗 ${W(d, 'surname_word', '黄金')}回收多少钱一克`, () => `老板 今天${W(d, 'surname_word', '金价')}多少`])]);
    msgs.push([sd, `您好，今天足金回收${pr}元/克，铂金${ri(180, 230)}元/克。首饰、${W(d, 'item', '金条')}都收，包金镀金不收哈`]);
    msgs.push([cu, `我有个${W(d, 'item', g.name)}，大概${Math.round(g.weight)}克，${W(d, 'brand', g.brand)}的${pick(['', '，有发票', '，发票找不到了', '，戴了好几年'])}`]);
    if (mail) {
      msgs.push([sd, '可以的，您不方便来店的话可以邮寄，小程序下单顺丰免费上门取件，全程保价。或者您把信息发我，我帮您下单']);
      msgs.push([cu, pick(['帮我下吧', '你帮我弄一下', '好的'])]);
      msgs.push([cu, `${pick(['姓名', '名字：', '收件人'])}${N(d, p)} ${pick(['电话', '手机', ''])}${M(d, p, mobStyle('chat'))} 地址${p.addr}`]);
      msgs.push([sd, `好的，已下单，顺丰单号${X(d, 'express_no', sfNo())}，快递员一般2小时内联系您。另外按公安要求需要实名登记，麻烦发下身份证正反面`]);
    } else {
      msgs.push([sd, `可以的，来店里当面检测当面打款，地址${s.addr}，到店前联系我。记得带身份证原件，要做治安登记`]);
      msgs.push([cu, '好 下午过去']);
      msgs.push([sd, pick(['好的，到了前台报我名字就行', '好的', '好嘞，等您'])]);
      msgs.push([cu, `${pick(['我到了 ', '到门口了 ', ''])}${pick(['我叫', '登记的话 姓名'])}${N(d, p)} ${pick(['手机', '电话'])}${M(d, p, mobStyle('chat'))}`]);
    }
    msgs.push([cu, pick(['[图片]', '[图片]\n[图片]'])]);
    if (chance(.6)) msgs.push([cu, `身份证号${pick(['', '：', ' '])}${I(d, p, idStyle('chat'))}`]);
    msgs.push([sd, `检测完了，实测${w2.toFixed(2)}克，${g.purity}，按今天${pr}算一共${AM(d, money2(Math.round(w2 * pr)))}元，确认的话我这边打款`]);
    msgs.push([cu, pick(['可以', '行吧', '能不能再高点', '好的'])]);
    if (chance(.75)) {
      msgs.push([cu, `打到这个卡 ${p.bank[4]} ${K(d, p, cardStyle('chat'))}${chance(.6) ? ' 户名' + p.name : ''}`]);
      msgs.push([sd, `好的，已提交打款，尾号${X(d, 'card_tail', p.card.slice(-4))}，${p.bank[4]}一般2小时内到账`]);
    } else {
      const em = chance(.5);
      msgs.push([cu, `转我支付宝吧 ${em ? EM(d, p.email) : M(d, p, 'plain')} ${p.name}`]);
      msgs.push([sd, '好的，已转，麻烦查收']);
    }
    msgs.push([cu, pick(['收到了 谢谢', '到账了', '👌', '收到'])]);
  } else if (sc === 1) { // 二手手机
    s = pick(PHONES_SHOPS); const p = newPerson({ home: s.region, y0: 1975, y1: 2005 });
    const sd = X(d, 'nickname', `${s.short}${pick(['-阿', '-小'])}${pick(s.staff.slice(0, 5)).name[0]}`); const cu = custDisplay(d, p);
    const ph = phoneItem();
    msgs.push([cu, `收二手手机吗 ${ph.brand === '苹果' ? '' : ph.brand + ' '}${ph.model} ${ph.cap}`]);
    msgs.push([sd, '收的，几成新？有没有拆修，电池效率多少，有没有ID锁']);
    msgs.push([cu, `${W(d, 'condition', ph.cond)}，电池${ph.batt}%，没修过，${pick(['国行', '国行', '港版', '美版有锁'])}`]);
    msgs.push([sd, '麻烦拨号键盘输*#06#截个图，再拍下关于本机']);
    msgs.push([cu, `[图片]\nIMEI ${X(d, 'imei', ph.imei1)}${ph.imei2 && chance(.5) ? '\nIMEI2 ' + X(d, 'imei', ph.imei2) : ''}`]);
    msgs.push([sd, `这个成色可以给到${ph.value}，${ph.color}的不挑`]);
    msgs.push([cu, `能不能${ph.value + 200}`]);
    msgs.push([sd, `最多${ph.value + 100}了，行的话过来，带身份证，要登记`]);
    msgs.push([cu, `行 ${pick(['下午三点', '晚上七点', '明天上午'])}到 我叫${N(d, p)} 手机${M(d, p, mobStyle('chat'))}`]);
    msgs.push([sd, `好的，地址${s.addr}`]);
    if (chance(.5)) { msgs.push([cu, `到时候钱转我支付宝 ${EM(d, p.email)}`]); msgs.push([sd, '可以']); }
    else { msgs.push([cu, '微信转我就行']); msgs.push([sd, `好的。验机报告会发您，单号${X(d, 'order_no', orderNo(dt, 'JH'))}`]); }
  } else if (sc === 2) { // 名表 / 包
    s = pick(LUXS.concat(PAWNS.slice(3, 5))); const p = newPerson({ home: s.region, y0: 1968, y1: 1998 });
    const sd = X(d, 'nickname', `${s.short}-${pick(['顾问', '鉴定师', '客服'])}${pick(s.staff).name[0]}`); const cu = custDisplay(d, p);
    const w = pick([watchItem, watchItem, bagItem])();
    msgs.push([cu, `${W(d, 'brand', w.brand)}${w.kind === 'watch' ? w.series : w.model}收吗 ${pick(['21年的', '去年买的', '22年专柜'])} ${pick(['盒证齐全', '只有表', '发票都在'])}`]);
    msgs.push([sd, w.kind === 'watch' ? '收的，麻烦拍下正面、背面、表扣和保卡' : '收的，麻烦拍下正面、五金、内标、码子和购买凭证']);
    msgs.push([cu, '[图片]\n[图片]\n[图片]\n[图片]']);
    msgs.push([sd, `${w.kind === 'watch' ? '表号' + X(d, 'watch_serial', w.serial) + '看到了' : '码子看到了'}，成色看着${W(d, 'condition', w.cond)}，初步报价${Math.round(w.value * .85 / 100) * 100}，需要到店鉴定后确认`]);
    msgs.push([cu, `${pick(['周六', '明天', '后天下午'])}过去`]);
    msgs.push([sd, '到店请带身份证原件。麻烦留下姓名和手机号，我给您预约鉴定师']);
    msgs.push([cu, `${N(d, p)} ${M(d, p, mobStyle('chat'))}`]);
    if (chance(.5)) msgs.push([cu, `鉴定报告发我邮箱 ${EM(d, p.email)}`]);
    msgs.push([sd, `已预约，地址${s.addr}，电话${TEL(d, s.tel)}`]);
  } else if (sc === 3) { // 续当
    s = pick(PAWNS); const p = newPerson({ home: s.region }); const sd = X(d, 'nickname', `${s.short}${s.store}-客服`); const cu = custDisplay(d, p);
    const loan = ri(20, 400) * 100; const fee = +(loan * 0.033).toFixed(2); const corp = X(d, 'corp_account', corpAcct());
    msgs.push([cu, pick(['你好 我的当票明天到期 想续当一个月', '在吗，续当怎么弄', '当的金镯子到期了，能线上续吗'])]);
    msgs.push([sd, '您好，麻烦报一下当票号和身份证后四位']);
    msgs.push([cu, `${X(d, 'dangpiao_no', ticketNo())} 后四位${X(d, 'id_last4', p.id.slice(-4))}`]);
    msgs.push([sd, `查到了，${C(d, 'person_name_zh', p.name)}，当金${money2(loan)}，续一个月息费${money2(fee)}元，可以转对公账户或来店刷卡`]);
    msgs.push([cu, '转哪里']);
    msgs.push([sd, `户名：${s.name}\n开户行：${pick(['招商银行', '中国工商银行', '中国建设银行'])}${s.city}${pick(BRANCH)}\n账号：${corp}\n备注写当票号`]);
    msgs.push([cu, '[转账] 已转好，附言写了']);
    msgs.push([sd, `收到，续当已办好，新到期日${fd(addDays(dt, 30))}，续当凭证电子版发您${chance(.4) ? '邮箱' : ''}`]);
    if (chance(.5)) msgs.push([cu, `邮箱${EM(d, p.email)} 我叫${p.name}`]);
  } else { // 内部风控群
    s = pick(PAWNS); const p = newPerson({ home: s.region, y0: 1965, y1: 1995 });
    const [a, b, c] = pickN(s.staff, 3);
    const da = C(d, 'person_name_zh', a.name), db = C(d, 'person_name_zh', b.name), dc = C(d, 'person_name_zh', c.name);
    const w = watchItem();
    msgs.push([da, `${X(d, 'mention', '@' + b.name[0] + '经理')} 客户要当一块${W(d, 'brand', w.brand)}${w.series}，估价${money2(w.value)}，看下能不能做`]);
    msgs.push([da, `客户信息：姓名 ${N(d, p)} 身份证 ${I(d, p, idStyle('chat'))} 电话 ${M(d, p, mobStyle('chat'))}`]);
    msgs.push([db, pick(['查了黑名单和同行群，没有记录', '系统里有记录，去年当过一条金链子，按时赎的', '同行群里有人说这个人上个月在别家当过表，注意一下'])]);
    msgs.push([dc, `金额超过${pick(['20万', '30万', '10万'])}了，按规定要报备，@${a.name} 你发邮件给总部风控`]);
    msgs.push([da, '收到']);
    if (chance(.5)) msgs.push([db, `表号${X(d, 'watch_serial', w.serial)}，机芯号${X(d, 'movement_no', w.movement)}，记得做火漆封存`]);
  }
  const head = sc === 4 ? pick([`群聊：${s.short}风控群\n\n`, `"${s.short}风控群"的聊天记录\n\n`, '']) : pick(['', `微信聊天记录导出 ${fd(dt)}\n\n`, `与"${msgs[0][0]}"的聊天\n\n`, '']);
  d.parts.push(head + chatRender(msgs.filter(Boolean), dt, style));
  finish(d);
}

// ================================================================ 10. 鉴定报告
const LABS = [
  { name: '深圳市金质检测技术有限公司', region: '440303', area: '0755' },
  { name: '广东省珠宝玉石及贵金属检测中心', region: '440106', area: '020' },
  { name: '上海鉴衡名表鉴定服务有限公司', region: '310104', area: '021' },
];
for (const l of LABS) { l.uscc = makeUscc(l.region); l.tel = l.area + pick('2345678') + digits(7); }
function genJianding() {
  const d = D('jianding'); const useLab = chance(.4); const s = pick([...GOLDS, ...LUXS, ...PAWNS]);
  const org = useLab ? pick(LABS) : s; const dt = randDate();
  const p = newPerson({ home: s.region }); const ap = useLab ? newPerson({ y0: 1970, y1: 1995 }) : staffBy(s, '鉴定师'); const rv = useLab ? newPerson({ y0: 1965, y1: 1990 }) : staffBy(s, '店长');
  const kind = s.type === 'lux' ? pick(['watch', 'bag']) : s.type === 'gold' ? 'gold' : pick(['gold', 'gold', 'watch', 'bag']);
  const L = [];
  const cert = X(d, 'cert_no', certNo());
  const lab2 = (k, v) => `${k}${v}`;
  if (kind === 'gold') {
    const g = goldItem(dt);
    L.push(org.name); L.push(pick(['贵金属检测报告', '黄金首饰检测结果通知单', '贵金属饰品鉴定证书']));
    L.push(`证书编号：${cert}            检测日期：${fd(dt)}`);
    L.push(`送检人：${N(d, p)}         联系电话：${M(d, p, mobStyle())}`);
    if (chance(.3)) L.push(`证件号码：${I(d, p, idStyle())}`);
    L.push(`样品名称：${W(d, 'item', g.name)}     数量：1${g.unit}     品牌/印记：${W(d, 'brand', g.brand)} ${g.purity}`);
    L.push(`总质量：${X(d, 'weight', g.weight.toFixed(2) + ' g')}       检测依据：GB 11887-2012《首饰 贵金属纯度的规定及命名方法》`);
    L.push(`检测方法：${pick(['X射线荧光光谱法（无损）', '火试金法', 'X射线荧光光谱法 + 密度法'])}`);
    L.push(`检测结果：${g.purity.startsWith('Pt') ? '铂含量 ≥950‰' : g.purity === 'Au750' ? '金含量 ≥750‰' : '金含量 ≥' + (g.purity.includes('9999') ? '999.9' : '999') + '‰'}，未检出钨、铱、钌等异常元素`);
    L.push(`批号：${X(d, 'gold_batch', goldBatch(dt))}`);
    L.push(`结论：${pick(['符合', '符合', '不符合（含量偏低，疑似补口）'])}${g.purity}`);
  } else if (kind === 'watch') {
    const w = watchItem();
    L.push(org.name); L.push(pick(['名表鉴定报告', '腕表检测鉴定书', 'WATCH APPRAISAL REPORT 名表鉴定报告']));
    L.push(`编号：${cert}   日期：${fd(dt, '.')}`);
    L.push(`品牌：${W(d, 'brand', w.brand)}   系列：${w.series}   型号：${X(d, 'model_no', w.ref)}`);
    L.push(`表壳编号：${X(d, 'watch_serial', w.serial)}   机芯编号：${X(d, 'movement_no', w.movement)}`);
    L.push(`表径：${pick(['36', '39', '40', '41', '42'])}mm  材质：${pick(['精钢', '蚝式钢', '18K玫瑰金', '间金'])}  机芯：自动机械`);
    L.push(`外观：${W(d, 'condition', w.cond)}，${pick(['表壳有细微划痕', '表镜无损', '表带有使用痕迹', '无抛光痕迹'])}  走时：日差${pick(['+2', '+3', '-1', '+5'])}s  防水：${pick(['通过', '通过', '未检测'])}`);
    L.push(`配件：${pick(['盒、证、吊牌齐全', '仅保卡', '无'])}   保卡日期：${fd(randDate(2019, 1, 2024, 12), '.').slice(0, 7)}`);
    L.push(`鉴定结论：${pick(['正品', '正品', '正品（换过表带，非原厂）', '存疑，建议送品牌售后'])}    参考回收价：¥${money(Math.round(w.value * .82 / 100) * 100)}`);
    L.push(`送检人：${N(d, p)}   手机：${M(d, p, mobStyle())}${chance(.6) ? '   电子报告接收邮箱：' + EM(d, p.email) : ''}`);
  } else {
    const b = bagItem();
    L.push(org.name); L.push('奢侈品鉴定报告');
    L.push(`报告编号：${cert}  鉴定日期：${fd(dt)}`);
    L.push(`品牌：${W(d, 'brand', b.brand)}  款式：${b.model}  颜色/材质：${pick(['黑色小羊皮', '金棕色Togo', '老花帆布', '白色荔枝纹'])}`);
    L.push(`${b.brand === '香奈儿' ? '卡号/芯片' : b.brand === '路易威登' ? '日期码' : '编码'}：${/^\d/.test(b.code) ? X(d, 'bag_code', b.code) : b.code}   成色：${W(d, 'condition', b.cond)}`);
    L.push(`鉴定要点：五金刻字、走线针距、烫印字体、${pick(['皮料纹理', '内标', '拉链头'])}均与正品一致`);
    L.push(`鉴定结果：${pick(['正品', '正品', '高仿，不予回收'])}`);
    L.push(`委托人：${N(d, p)}  电话：${M(d, p, mobStyle())}${chance(.5) ? '  邮箱：' + EM(d, p.email) : ''}`);
  }
  L.push(`${pick(['鉴定师', '检验员', '鉴定人'])}：${N(d, ap)}${chance(.4) ? '（' + X(d, 'cert_no', 'GAC' + digits(6)) + '）' : ''}    审核：${N(d, rv)}`);
  if (org.uscc) L.push(`机构：${org.name}  统一社会信用代码：${E(d, 'cn_uscc', org.uscc)}  电话：${TEL(d, org.tel, pick(['dash', 'paren', 'fparen']))}`);
  L.push(pick(['本报告仅对来样负责，涂改无效。', '扫码验证报告真伪', '本鉴定结果不作为买卖价格依据。']));
  d.parts.push(L.join('\n'));
  finish(d);
}

// ================================================================ 11. 风控黑名单
const BL_REASON = ['假金（灌钨）', '假金（包金冒充足金）', '盗抢物品，派出所协查', '多头典当，恶意逾期', '冒用他人身份证', '高仿名表', '二手机来源不明（疑似盗抢）', '诈骗团伙成员', '拒不配合实名登记', '同一物品重复质押', '老赖（失信被执行人）'];
function genBlacklist() {
  const d = D('blacklist'); const s = pick(SHOPS); const dt = randDate(); const n = ri(5, 16); const v = ri(0, 3);
  const L = [];
  if (v === 0 || v === 1) {
    L.push(v === 0 ? `# ${s.short} 风控黑名单（内部，禁止外传）更新于${fd(dt)}` : `${HQ.name} 典当/回收业务风控黑名单 第${ri(3, 40)}期`);
    L.push('| 序号 | 姓名 | 身份证号 | 手机号 | 类型 | 事由 | 录入门店 | 录入人 | 录入日期 |');
    L.push('|---|---|---|---|---|---|---|---|---|');
    for (let i = 0; i < n; i++) {
      const legacy = chance(.07); const p = legacy ? legacyPerson() : newPerson({ home: s.region });
      const sh = pick(SHOPS); const op = pick(sh.staff);
      N(d, p); N(d, op);
      const idv = I(d, p, idStyle('plain'));
      const tel = chance(.1) ? '' : chance(.08) ? X(d, 'bad_mobile_prefix', badMobile()) : M(d, p, 'plain');
      L.push(`| ${i + 1} | ${p.name} | ${idv} | ${tel} | ${pick(['禁止交易', '重点关注', '禁止交易', '上报公安'])} | ${pick(BL_REASON)} | ${X(d, 'shop_name', sh.short + sh.store)} | ${op.name} | ${DT(d, legacy ? fd(randDate(2006, 1, 2012, 12)) : fd(addDays(dt, -ri(1, 400))))} |`);
    }
  } else if (v === 2) { // 同行共享，脱敏
    L.push(`【${s.city}典当行业协会 同业风险提示】${fd(dt)}（脱敏版，完整信息请登录协会平台查询）`);
    for (let i = 0; i < n; i++) {
      const p = newPerson({ home: s.region });
      L.push(`${i + 1}. ${MN(d, p)}  ${MI(d, p)}  ${MM(d, p)}  ${pick(BL_REASON)}  涉及：${pick(['足金手镯', '金条', '劳力士', '苹果手机', '爱马仕'])}`);
    }
    L.push(`发布：${s.city}典当行业协会秘书处  咨询：${TEL(d, s.tel2)}`);
  } else { // 公安协查 被盗物品 + 嫌疑人
    L.push(`${pick(['协查通报', '关于协助查找被盗抢物品的通知'])}（${pick(['罗公', '福公', '天公', '徐公'])}协字〔${Yr(dt)}〕${ri(10, 300)}号）`);
    L.push(`各典当行、旧货（二手手机、黄金回收）经营单位：`);
    L.push(`    ${fcn2(addDays(dt, -ri(2, 20)))}，我辖区发生一起${pick(['入室盗窃', '抢夺', '电信诈骗'])}案件，现将被盗抢物品及嫌疑人信息通报如下，如发现有人持以下物品前来典当或出售，请稳住对方并立即报警。`);
    L.push('一、被盗抢物品');
    for (let i = 0; i < ri(2, 6); i++) {
      if (chance(.5)) { const ph = phoneItem(); L.push(`  ${i + 1}. ${ph.brand}${ph.brand === '苹果' ? '' : ' '}${ph.model} ${ph.color}，IMEI：${X(d, 'imei', ph.imei1)}`); }
      else { const g = pick([goldItem, watchItem])(dt); L.push(`  ${i + 1}. ${g.kind === 'gold' ? W(d, 'item', g.name) + ' 约' + Math.round(g.weight) + '克' : W(d, 'brand', g.brand) + g.series + ' 表号' + X(d, 'watch_serial', g.serial)}`); }
    }
    L.push('二、嫌疑人信息');
    for (let i = 0; i < ri(1, 3); i++) {
      const p = newPerson({ y0: 1980, y1: 2004, female: .15 });
      L.push(`  嫌疑人${i + 1}：${N(d, p)}，${p.sex}，${p.byear}年${p.bm}月${p.bd}日出生，身份证号：${I(d, p, idStyle())}，户籍地：${p.addr.replace(/(区|县|市).*$/, '$1')}${chance(.6) ? '，常用手机：' + M(d, p, mobStyle()) : ''}。`);
    }
    const cop = newPerson({ y0: 1975, y1: 1995 }); const ptel = s.area + pick('2345678') + digits(7);
    L.push(`联系人：${N(d, cop)}（民警）  电话：${TEL(d, ptel)}、${M(d, cop, 'plain')}`);
    L.push(`${pick(['深圳市公安局罗湖分局', '深圳市公安局福田分局', '广州市公安局天河区分局', '上海市公安局徐汇分局'])}  ${fcn(dt)}`);
  }
  d.parts.push(L.join('\n'));
  finish(d);
}

// ================================================================ 12. 日结对账
function genRecon() {
  const d = D('recon'); const s = pick([...PAWNS, ...GOLDS.slice(0, 1), ...PHONES_SHOPS]); const dt = randDate();
  const mk = staffBy(s, '出纳'), mg = staffBy(s, '店长');
  const L = [];
  L.push(`${s.short}${s.store} 日结对账单`);
  L.push(`日期：${fd(dt)}（星期${WEEK[dt.getUTCDay()]}）        制表：${N(d, mk)}`);
  let inSum = 0, outSum = 0, cashOut = 0;
  if (s.type === 'pawn') {
    L.push('一、典当业务');
    L.push('序号  当票号      当户      业务  金额         收付方式    卡号/凭证');
    for (let i = 0; i < ri(3, 9); i++) {
      const p = newPerson({ home: s.region }); const biz = pick(['新当', '新当', '续当', '赎当', '赎当']);
      const amt = biz === '续当' ? +(ri(20, 300) * 100 * 0.033).toFixed(2) : ri(20, 900) * 100;
      const way = biz === '新当' ? pick(['转账支出', '转账支出', '现金支出']) : pick(['POS', '微信', '现金', '转账']);
      let ref = '';
      if (way === '转账支出') ref = chance(.5) ? K(d, p, 'plain') : '尾号' + X(d, 'card_tail', p.card.slice(-4));
      else if (way === 'POS') ref = '参考号' + X(d, 'pos_ref', safe(() => digits(12)));
      if (biz === '新当') { outSum += amt; if (way === '现金支出') cashOut += amt; } else inSum += amt;
      L.push(`${padR(String(i + 1), 6)}${padR(X(d, 'dangpiao_no', ticketNo()), 12)}${padR(N(d, p), 10)}${padR(biz, 6)}${padR(AM(d, money(amt)), 13)}${padR(way, 12)}${ref}`);
    }
  }
  L.push(s.type === 'pawn' ? '二、回收业务' : '一、回收业务');
  L.push('序号  单号                  出售人    品类/型号              数量/克重   单价     金额        付款方式  收款账号');
  for (let i = 0; i < ri(2, 8); i++) {
    const p = newPerson({ home: s.region });
    let cat, q, up, amt;
    if (s.type === 'phone') { const ph = phoneItem(); cat = `${ph.brand === '苹果' ? '' : ph.brand}${ph.model}`; q = '1台'; up = '-'; amt = ph.value; }
    else { const g = goldItem(dt); cat = W(d, 'item', g.name); q = g.weight.toFixed(2) + 'g'; up = String(g.price - 5); amt = Math.round(g.weight * (g.price - 5)); }
    outSum += amt;
    const way = pick(['银行卡', '银行卡', '微信', '支付宝', '现金']);
    const acct = way === '银行卡' ? K(d, p, chance(.3) ? 'g4' : 'plain') : way === '支付宝' ? (chance(.5) ? EM(d, p.email) : M(d, p, 'plain')) : way === '微信' ? MM(d, p) : '-';
    if (way === '现金') cashOut += amt;
    L.push(`${padR(String(i + 1), 6)}${padR(X(d, 'order_no', orderNo(dt, 'HS')), 22)}${padR(N(d, p), 10)}${padR(cat, 23)}${padR(q, 12)}${padR(up, 9)}${padR(AM(d, money(amt)), 12)}${padR(way, 10)}${acct}`);
  }
  const open = Math.ceil(cashOut / 1000) * 1000 + ri(5, 30) * 1000;
  L.push('三、资金汇总');
  L.push(`现金期初：${money(open)}   现金收入：${money(ri(0, 20) * 500)}   现金支出：${money(cashOut)}   现金期末：${money(Math.max(0, open - cashOut))}`);
  L.push(`银行转出合计：${money(outSum - cashOut)}   POS/扫码收入：${money(inSum)}`);
  L.push(`差异说明：${pickL(['无', '无', () => `POS短款${ri(1, 50)}.00元，系${X(d, 'surname_word', '手续费')}，已核实`, `现金长款${ri(1, 9)}0.00元，待查`, '微信到账延迟一笔，次日补记'])}`);
  L.push(`出纳：${mk.name}        店长：${N(d, mg)}        ${pick(['已上传总部', '纸质版已签字归档', ''])}`);
  d.parts.push(L.join('\n'));
  finish(d);
}

// ================================================================ 13. 短信
function smsText(d, s, p, dt, withName) {
  let _h; const honF = () => (_h ??= withName ? `${N(d, p)}${p.sex === '男' ? '先生' : '女士'}` : '客户');
  const t = ri(0, 6);
  if (t === 0) return `【${s.sms}】尊敬的${honF()}，您的当票${X(d, 'dangpiao_no', ticketNo())}（${W(d, 'item', goldItem(dt).name)}）将于${fd(addDays(dt, 3))}到期，请及时办理续当或赎当，逾期5日将按绝当处理。咨询${TEL(d, s.tel)}。`;
  if (t === 1) return `【${s.sms}】尊敬的${honF()}，您的回收订单${X(d, 'order_no', orderNo(dt))}已打款${money(ri(500, 60000))}元至尾号${X(d, 'card_tail', p.card.slice(-4))}的${p.bank[4]}卡，请注意查收。`;
  if (t === 2) return `【${s.sms}】您的验证码为${X(d, 'verify_code', digits(6))}，5分钟内有效，请勿泄露给他人。`;
  if (t === 3) return `【${s.sms}】尊敬的${honF()}，您预约的${pick(['上门回收', '到店鉴定', '名表检测'])}时间为${fmd(addDays(dt, 1))} ${pick(['10:00', '14:30', '16:00'])}，地址：${s.addr}。如需改期请致电${TEL(d, s.tel, 'plain')}。`;
  if (t === 4) return `【${s.sms}】尊敬的${honF()}，您已于${fmd(dt)}成功赎回当物，当票${X(d, 'dangpiao_no', ticketNo())}已注销，感谢您的信任！`;
  if (t === 5) return `【${s.sms}】今日足金回收价${goldPrice(dt)}元/克，铂金${ri(180, 230)}元/克，${X(d, 'surname_word', '高价')}回收各类${X(d, 'surname_word', '黄金')}首饰、名表名包。回T退订`;
  return `【${s.sms}】${honF()}您好，您送检的${pick(['足金手镯', '金条', '劳力士腕表', '手机'])}已检测完成，报价已发至您的手机，请登录小程序确认。回T退订`;
}
function genSms() {
  const d = D('sms'); const s = pick(SHOPS); const dt = randDate(); const v = ri(0, 2);
  const L = [];
  if (v === 0) { // 平台发送记录
    L.push('手机号码,姓名,短信内容,提交时间,状态,计费条数');
    for (let i = 0; i < ri(4, 12); i++) {
      const p = newPerson({ home: s.region }); const withName = chance(.6);
      const txt = smsText(d, s, p, dt, withName);
      L.push([M(d, p, 'plain'), N(d, p), txt, X(d, 'timestamp', `${fd(dt)} ${tm(9, 20)}`), pick(['发送成功', '发送成功', '发送成功', '失败:空号', '失败:停机']), txt.length > 70 ? 2 : 1].map((x) => csvq(String(x))).join(','));
    }
  } else if (v === 1) { // 业务手机短信导出
    L.push(`短信备份 ${s.short}${s.store}业务机  导出于${fd(dt)}`);
    for (let i = 0; i < ri(3, 8); i++) {
      const p = newPerson({ home: s.region });
      const inbound = chance(.5);
      if (inbound) {
        const body = pick([
          () => `你好，我是${N(d, p)}，我的身份证号${I(d, p, idStyle('chat'))}，麻烦帮我查下当票到期日`,
          () => `我${pick(['下午', '明天'])}过来赎金镯子，${N(d, p)}`,
          () => `老板，卡号${K(d, p, 'g4')} ${p.bank[4]} ${N(d, p)}，钱打这里`,
          () => `收到，谢谢`,
        ])();
        L.push(`[收] ${M(d, p, pick(['plain', '+86c']))}  ${fd(dt)} ${tm()}\n${body}`);
      } else {
        L.push(`[发] ${M(d, p, 'plain')}  ${fd(dt)} ${tm()}\n${smsText(d, s, p, dt, chance(.5)).replace(/^【.*?】/, '')}`);
      }
    }
  } else { // 短信群发任务
    L.push(`群发任务：${pick(['当票到期提醒', '金价通知', '打款通知'])}   签名：【${s.sms}】  通道：${X(d, 'sms_port', safe(() => '1069' + digits(ri(9, 12))))}`);
    L.push('接收号码：');
    const ps = Array.from({ length: ri(6, 20) }, () => newPerson({ home: s.region }));
    L.push(ps.map((p) => M(d, p, 'plain')).join(chance(.5) ? ',' : '\n'));
    L.push(`内容：${smsText(d, s, ps[0], dt, false)}`);
    L.push(`提交人：${N(d, staffBy(s, '业务员'))}  提交时间：${fd(dt)} ${tm()}`);
  }
  d.parts.push(L.join('\n'));
  finish(d);
}

// ================================================================ 14. 邮件（门店→总部）
const HQDEP = [['风控部', 'fengkong'], ['财务部', 'caiwu'], ['运营中心', 'yunying'], ['稽核部', 'jihe'], ['总经办', 'zjb']];
function sigBlock(d, st, s) {
  return `--\n${N(d, st)}\n${s.short}${s.store} ${st.role}\n手机：${M(d, st, mobStyle('mail'))}\n座机：${TEL(d, s.tel, pick(['dash', 'paren', 'space']))}${chance(.4) ? '转' + ri(801, 820) : ''}\n邮箱：${EM(d, st.work)}\n地址：${s.addr}`;
}
function genEmail() {
  const d = D('email'); const v = ri(0, 5); const s = v === 5 ? pick([...LUXS, ...GOLDS.slice(0, 1), ...PAWNS.slice(3, 5)]) : pick(SHOPS); const dt = randDate();
  const from = staffBy(s, pick(['店长', '风控专员', '出纳'])); const [dep, dk] = pick(HQDEP);
  const hqAddr = `${dk}@${HQ.domain}`; const cc = pick(s.staff.filter((x) => x !== from));
  const H = [];
  H.push(`From: "${N(d, from)}" <${EM(d, from.work)}>`);
  H.push(`To: ${dep} <${EM(d, hqAddr)}>`);
  if (chance(.6)) { const more = chance(.4) ? pick(s.staff.filter((x) => x !== from && x !== cc)) : null; H.push(`Cc: ${N(d, cc)} <${EM(d, cc.work)}>${more ? `, "${N(d, more)}" <${EM(d, more.work)}>` : ''}`); }
  H.push(`Date: ${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][dt.getUTCDay()]}, ${Dy(dt)} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Mo(dt) - 1]} ${Yr(dt)} ${tm(17, 22)} +0800`);
  const B = [];
  let subj;
  if (v === 0) { // 大额报备
    const p = newPerson({ home: s.region, y0: 1960, y1: 1995 }); let w; for (let k = 0; k < 30; k++) { w = pick([watchItem, bagItem, goldItem])(dt); if (w.value >= 40000) break; }
    subj = `【大额报备】${fmd(dt)}${s.store}${w.kind === 'gold' ? '黄金' : w.brand}质押 ${money(w.value)}`;
    B.push(`${dep}各位领导：`, '', `    今日${s.store}拟办理大额${w.kind === 'gold' ? '黄金' : '奢侈品'}质押一笔，按《大额业务报备制度》报备如下：`, '');
    B.push(`    当户姓名：${N(d, p)}`, `    身份证号：${I(d, p, idStyle())}`, `    联系电话：${M(d, p, mobStyle('mail'))}`, `    户籍地址：${p.addr}`);
    B.push(`    当物：${itemLine(d, w)}`, `    估价：${money(w.value)}元   拟当金：${money(Math.floor(w.value * .8 / 100) * 100)}元   期限：${pick(['30', '60', '90'])}天   月综合费率：${pick(['2.4', '2.7', '3.0'])}%`);
    B.push(`    放款账户：${p.bank[0]} ${K(d, p, cardStyle())}`);
    B.push(`    风控核查：${pick(['已查内部黑名单及协会平台，无不良记录', '人脸核验通过，公安网核查一致', '系统提示该客户半年内在我司当过2次，均按期赎回'])}。`);
    B.push('', '    附件：身份证正反面、当物照片、鉴定报告。请审批。');
  } else if (v === 1) { // 周报 大额明细
    subj = `${s.short}${s.store} 第${ri(1, 52)}周经营周报`;
    B.push(`${dep}：`, '', `  附本周经营数据，大额业务（单笔5万以上）明细如下：`, '');
    B.push('  日期       客户    证件号码            手机          业务     金额');
    for (let i = 0; i < ri(2, 7); i++) {
      const p = newPerson({ home: s.region });
      B.push(`  ${fd(addDays(dt, -ri(0, 6)))} ${padR(N(d, p), 8)}${padR(I(d, p, 'plain'), 20)}${padR(M(d, p, 'plain'), 14)}${padR(pick(['黄金质押', '名表质押', '黄金回收', '名表回收']), 9)}${AM(d, money(ri(50, 400) * 1000))}`);
    }
    B.push('', `  本周新当${ri(10, 60)}笔，续当${ri(5, 30)}笔，赎当${ri(5, 40)}笔，绝当${ri(0, 5)}笔；回收金料${(rand() * 3000).toFixed(2)}克。`, `  ${X(d, 'surname_word', '余额')}及库存见附件Excel。`);
  } else if (v === 2) { // 公安协查回复
    const p = newPerson({ home: s.region, y0: 1980, y1: 2003 }); const ph = phoneItem();
    subj = `回复：关于协查${ph.brand === '苹果' ? '苹果' : ph.brand}手机（IMEI ${ph.imei1.slice(-6)}）的情况说明`;
    X(d, 'imei_tail', ph.imei1.slice(-6));
    B.push(`${dep}：`, '', `    ${fmd(addDays(dt, -1))}${pick(['华强北', '东门', '天河', '太升路'])}派出所来电协查${ph.model}一台，IMEI ${X(d, 'imei', ph.imei1)}。经查我店${fmd(addDays(dt, -ri(5, 30)))}收购过该机，收购登记信息如下：`);
    B.push(`    出售人：${N(d, p)}`, `    证件：居民身份证 ${I(d, p, idStyle())}`, `    电话：${M(d, p, mobStyle('mail'))}`, `    收购价：${ph.value}元，${pickL(['微信转账', '现金', () => '银行卡转账，收款卡号' + K(d, p, 'plain'), () => '银行卡转账，收款卡号' + K(d, p, 'g4')])}`);
    B.push(`    该机尚在库未售出，已按民警要求封存，登记簿复印件及监控截图已交${pick(['民警', '办案民警'])}${NC(d, newPerson({ y0: 1975, y1: 1995 }))}。`);
  } else if (v === 3) { // 绝当处置审批
    subj = `${s.store}${Mo(dt)}月绝当品处置审批`;
    B.push(`${dep}：`, '', '  本月绝当品清单如下，拟按金价折算交总部统一熔炼/委托拍卖，请审批。', '');
    for (let i = 0; i < ri(3, 8); i++) {
      const g = pick([goldItem, goldItem, watchItem])(dt);
      B.push(`  ${i + 1}. 当票${X(d, 'dangpiao_no', ticketNo())}  ${g.kind === 'gold' ? W(d, 'item', g.name) + ' ' + g.weight.toFixed(2) + 'g ' + g.purity : W(d, 'brand', g.brand) + g.series + ' ' + X(d, 'watch_serial', g.serial)}  原当金${money(Math.floor(g.value * .8 / 100) * 100)}  ${g.value >= 30000 ? '委托拍卖' : '自行变卖'}`);
    }
    const p = newPerson({ home: s.region });
    B.push('', `  其中第1项当户${N(d, p)}（${M(d, p, 'plain')}）来电称下周来赎，已告知绝当后不再受理赎当，如需回购按市场价另议。`);
  } else if (v === 5) { // VIP 客户名单（附件内容）
    subj = `${s.short}${s.store} VIP客户名单（${Yr(dt)}年${pick(['春季', '秋季', '年终'])}私享会邀约）`;
    B.push(`${dep}：`, '', `  按总部要求整理了门店近一年累计成交${pick(['10万', '20万', '5万'])}以上的客户，用于私享会邀约，附件内容如下（请勿外传）：`, '', '  ----- VIP客户名单.csv -----');
    B.push('  姓名,手机,邮箱,累计成交额,偏好,等级');
    for (let i = 0; i < ri(5, 14); i++) {
      const p = newPerson({ home: s.region, y0: 1965, y1: 1998 });
      const em = chance(.85) ? EM(d, p.email) : '';
      B.push('  ' + [N(d, p), M(d, p, 'plain'), em, AM(d, money2(ri(50, 900) * 1000)), W(d, 'brand', pick(['劳力士', '爱马仕', '香奈儿', '百达翡丽', '卡地亚', '周瑞福'])), pick(['钻石卡', '金卡', '银卡'])].map(csvq).join(','));
    }
    B.push('  ----- 完 -----');
  } else { // 客户投诉
    const p = newPerson({ home: s.region, y0: 1970, y1: 2000 });
    subj = `客户投诉处理情况：${p.name[0]}${p.sex === '男' ? '先生' : '女士'}反映检测克重不符`;
    C(d, 'person_name_zh', p.name[0] + (p.sex === '男' ? '先生' : '女士'));
    B.push(`${dep}：`, '', `  ${fmd(addDays(dt, -2))}客户通过小程序邮寄${W(d, 'item', goldItem(dt).name)}，到件检测重量比其自称少${(rand() * 0.8 + 0.1).toFixed(2)}克，客户不认可并投诉至12315。`);
    B.push(`  客户信息：${N(d, p)}，手机${M(d, p, mobStyle('mail'))}，邮箱${EM(d, p.email)}，订单号${X(d, 'order_no', orderNo(dt))}。`);
    B.push(`  处理：已调取开箱及称重视频发客户邮箱，客户认可后按原价打款至其${p.bank[0]}卡（${MK(d, p)}），投诉已撤销。`);
  }
  H.push(`Subject: ${subj}`);
  H.push('MIME-Version: 1.0', 'Content-Type: text/plain; charset="utf-8"', 'Content-Transfer-Encoding: 8bit', `Message-ID: <${C(d, 'email', `${fc(dt)}${tm().replace(/:/g, '')}.${traceId().slice(0, 12)}@mail.${s.domain}`)}>`);
  const body = B.join('\n') + '\n\n' + sigBlock(d, from, s);
  d.parts.push(H.join('\n') + '\n\n' + body);
  finish(d);
}

// ================================================================ 15. 二手手机收机单
function genPhoneRecycle() {
  const d = D('phone_recycle'); const s = pick(PHONES_SHOPS); const dt = randDate(); const ph = phoneItem();
  const p = newPerson({ home: s.region, y0: 1975, y1: 2005 }); const op = pick(s.staff.slice(0, 5));
  const L = []; const v = ri(0, 1);
  const no = X(d, 'order_no', orderNo(dt, pick(['JH', 'SJ', 'RC'])));
  if (v === 0) {
    L.push(`${s.short}${s.store} 二手手机回收单`);
    L.push(`回收单号：${no}        日期：${fd(dt)} ${tm()}`);
    L.push(`机型：${ph.brand} ${ph.model} ${ph.cap} ${ph.color}`);
    L.push(`IMEI1：${X(d, 'imei', ph.imei1)}${ph.imei2 ? '    IMEI2：' + X(d, 'imei', ph.imei2) : ''}`);
    if (ph.sn) L.push(`序列号：${X(d, 'serial_no', ph.sn)}`);
    L.push(`成色：${W(d, 'condition', ph.cond)}   电池健康：${ph.batt}%   ${pick(['屏幕无划痕', '屏幕有细划痕', '边框磕碰一处', '后盖有裂纹'])}`);
    L.push(`验机结果：${pick(['无拆无修，功能正常', 'ID锁已退出，已还原', '换过电池（非原装）', '面容不可用，已扣价'])}${chance(.4) ? '，SIM卡ICCID ' + X(d, 'iccid', iccid()) + '（已取出交还）' : ''}`);
    L.push(`回收价：¥${money(ph.value)}（大写：${daxie(ph.value)}）`);
    L.push('—— 卖家信息（按公安要求实名登记） ——');
    L.push(`姓名：${N(d, p)}    性别：${p.sex}`);
    L.push(`身份证：${I(d, p, idStyle())}`);
    L.push(`手机号：${M(d, p, mobStyle())}`);
    const pay = pick(['银行卡', '支付宝', '微信', '现金']);
    L.push(`收款方式：${pay}${pay === '银行卡' ? '  ' + p.bank[0] + ' ' + K(d, p, cardStyle()) : pay === '支付宝' ? '  ' + EM(d, p.email) : ''}`);
    L.push('卖家声明：本人保证所售设备来源合法，非盗抢、非诈骗所得，已自行删除个人数据并退出云账户。');
    L.push(`卖家签字：${p.name}          经办人：${N(d, op)}`);
  } else {
    L.push('key\tvalue');
    const kv = [['order_id', no], ['store', s.short + s.store], ['model', `${ph.brand} ${ph.model}`], ['storage', ph.cap], ['imei', X(d, 'imei', ph.imei1)], ['grade', W(d, 'condition', ph.cond)], ['battery_health', ph.batt + '%'], ['price', money2(ph.value)],
      ['seller_name', N(d, p)], ['seller_id_no', I(d, p, idStyle('plain'))], ['seller_mobile', M(d, p, 'plain')], ['id_verify', pick(['PASS', 'PASS', 'MANUAL'])], ['pay_channel', pick(['wechat', 'bankcard'])], ['operator', N(d, op)], ['created_at', `${fd(dt)}T${tm()}+08:00`]];
    if (kv[12][1] === 'bankcard') kv.push(['card_no', K(d, p, 'plain')], ['bank', p.bank[1]]);
    for (const [k, v2] of kv) L.push(`${k}\t${v2}`);
  }
  d.parts.push(L.join('\n'));
  finish(d);
}

// ================================================================ 16. 公安上报 XML
function genXmlPolice() {
  const d = D('xml_police'); const s = pick([...PAWNS, ...GOLDS, ...PHONES_SHOPS]); const dt = randDate(); const n = ri(2, 7);
  const code = X(d, 'police_unit_code', safe(() => s.region + digits(4)));
  const up = X(d, 'timestamp', fc(dt) + tm(18, 23).replace(/:/g, ''));
  const L = ['<?xml version="1.0" encoding="GBK"?>', '<DATA>', '  <HEAD>', `    <QYBM>${code}</QYBM>`, `    <QYMC>${s.name}</QYMC>`, `    <TYSHXYDM>${USCC(d, s)}</TYSHXYDM>`, `    <SCSJ>${up}</SCSJ>`, `    <JLS>${n}</JLS>`, `    <SCR>${N(d, staffBy(s, '风控专员'))}</SCR>`, '  </HEAD>', '  <BODY>'];
  for (let i = 0; i < n; i++) {
    const p = newPerson({ home: s.region }); const op = pick(s.staff.slice(0, 5));
    let wp, tz, jg;
    if (s.type === 'phone') { const ph = phoneItem(); wp = `${ph.brand}${ph.model}`; tz = `IMEI:${X(d, 'imei', ph.imei1)}`; jg = ph.value; }
    else { const g = goldItem(dt); wp = W(d, 'item', g.name); tz = `${g.weight.toFixed(2)}克 ${g.purity}`; jg = Math.round(g.value * .85); }
    const ywbh = X(d, 'business_no', safe(() => code + fc(dt) + String(i + 1).padStart(4, '0')));
    L.push('    <RECORD>', `      <YWBH>${ywbh}</YWBH>`, `      <YWLX>${s.type === 'pawn' ? '01' : '02'}</YWLX>`, `      <XM>${N(d, p)}</XM>`, `      <XB>${p.sex === '男' ? 1 : 2}</XB>`, `      <MZ>${p.nation}</MZ>`, '      <ZJLX>111</ZJLX>', `      <ZJHM>${I(d, p, 'plain')}</ZJHM>`, `      <LXDH>${M(d, p, 'plain')}</LXDH>`, `      <HJDZ>${p.addr}</HJDZ>`, `      <WPMC>${wp}</WPMC>`, `      <WPTZ>${tz}</WPTZ>`, '      <SL>1</SL>', `      <JG>${AM(d, String(jg))}</JG>`, `      <JBR>${N(d, op)}</JBR>`, `      <DJSJ>${X(d, 'timestamp', fc(dt) + tm().replace(/:/g, ''))}</DJSJ>`, `      <ZP>${traceId().slice(0, 12)}.jpg</ZP>`, '    </RECORD>');
  }
  L.push('  </BODY>', '</DATA>');
  d.parts.push(L.join('\n'));
  finish(d);
}

// ================================================================ 17. 系统日志
function genAppLog() {
  const d = D('applog'); const s = pick([GOLDS[1], PHONES_SHOPS[0], GOLDS[0], PAWNS[0]]); const dt = randDate(); const L = [];
  const th = () => pick(['http-nio-8080-exec-' + ri(1, 20), 'pool-2-thread-' + ri(1, 8), 'scheduling-1', 'payout-worker-' + ri(1, 4)]);
  for (let i = 0; i < ri(4, 10); i++) {
    const p = newPerson({ home: s.region }); const ts = `${fd(dt)} ${tm()}.${String(ri(0, 999)).padStart(3, '0')}`;
    let _o, _t; const oidF = () => (_o ??= X(d, 'order_no', orderNo(dt))); const tidF = () => (_t ??= X(d, 'trace_id', traceId()));
    const r = ri(0, 5);
    if (r === 0) L.push(`${ts} INFO  [${th()}] c.r.order.OrderService - submit order orderNo=${oidF()} userId=${ri(100000, 9999999)} phone=${M(d, p, 'plain')} amount=${AM(d, money2(ri(500, 50000)))} traceId=${tidF()}`);
    else if (r === 1) L.push(`${ts} WARN  [${th()}] c.r.kyc.IdVerifyClient - idcard verify failed name=${N(d, p)} idNo=${I(d, p, 'plain')} code=${pick(['1002', '2001', '3004'])} msg=${pick(['姓名与身份证号不一致', '库中无此号', '照片比对不通过'])} traceId=${tidF()}`);
    else if (r === 2) L.push(`${ts} INFO  [${th()}] c.r.pay.PayoutJob - payout request {"orderNo":"${oidF()}","cardNo":"${K(d, p, 'plain')}","bank":"${p.bank[1]}","holder":"${N(d, p)}","amount":${ri(500, 50000)}}`);
    else if (r === 3) L.push(`${ts} ERROR [${th()}] c.r.pay.PayoutJob - bank reject orderNo=${oidF()} holder=${N(d, p)} card=${MK(d, p)} reason=户名不符 snowflakeId=${X(d, 'snowflake_id', snowflake())}`);
    else if (r === 4) L.push(`${ts} INFO  [${th()}] c.r.user.UserService - bind email user=${ri(100000, 9999999)} email=${EM(d, p.email)} mobile=${MM(d, p)}`);
    else L.push(`${ts} DEBUG [${th()}] c.r.mq.Consumer - msg body={"event":"ORDER_DONE","orderNo":"${oidF()}","ts":${X(d, 'epoch_ms', String(epochMs(dt, tm())))},"seller":{"name":"${N(d, p)}","mobile":"${M(d, p, 'plain')}","idCard":"${I(d, p, 'plain')}"}}`);
  }
  if (chance(.5)) L.push(`${fd(dt)} ${tm()}.001 INFO  [main] c.r.Application - mail server smtp://noreply@localhost:25 ready`), X(d, 'email_like', 'noreply@localhost');
  d.parts.push(L.join('\n'));
  finish(d);
}

// ================================================================ 18. 交接班记录 / 店长备忘
function genNotes() {
  const d = D('notes'); const s = pick([...PAWNS, ...GOLDS.slice(0, 1), ...PHONES_SHOPS, ...LUXS]); const dt = randDate();
  const [a, b, mg] = pickN(s.staff, 3); const L = [];
  const v = ri(0, 1);
  L.push(v === 0 ? `${fmd(dt)} 交接班记录（${pick(['晚班→早班', '早班→晚班'])}）` : `${fd(dt, '.')} 店长备忘`);
  if (v === 0) L.push(`交班人：${N(d, a)}   接班人：${N(d, b)}`);
  const items = [];
  const p1 = newPerson({ home: s.region, female: .7 }); const it1 = goldItem(dt);
  items.push(`下午${p1.name[0]}${p1.sex === '男' ? '哥' : '姐'}（${N(d, p1)} ${M(d, p1, mobStyle('chat'))}）说明天上午来赎${W(d, 'item', it1.name)}，本金${money2(Math.floor(it1.value * .8 / 100) * 100)}，息费按${pick([30, 35, 45])}天算，已提前算好放抽屉。`);
  const p2 = newPerson({ home: s.region }); const w2 = watchItem();
  items.push(`${NC(d, p2)}的${W(d, 'brand', w2.brand)}${w2.series}还在保险柜${pick(['A', 'B'])}格，当票${X(d, 'dangpiao_no', ticketNo())}，${pick(['打了两次电话没接', '到期日是下周三', '客户说要续当但还没转钱'])}。`);
  const cop = newPerson({ y0: 1975, y1: 1995 }); const ph = phoneItem();
  items.push(`派出所${NC(d, cop)}警官来电要上周收的那台${ph.model}的登记信息（IMEI后六位${X(d, 'imei_tail', ph.imei1.slice(-6))}），${pick(['已从系统导出发他邮箱', '已打印给他', '明天上午来取'])}。`);
  if (chance(.7)) { const p3 = newPerson({ y0: 1975, y1: 2000, sex: '男' }); items.push(`有个男的拿${pick(['包金手镯', '灌铅金条', '高仿劳力士'])}来试探，自称${N(d, p3)}，身份证${I(d, p3, idStyle('chat'))}${chance(.5) ? '，电话' + M(d, p3, 'plain') : ''}（${pick(['证件看着像假的', '人证不符', '不肯做人脸识别'])}），没收，已拍照发群里，${X(d, 'mention', '@' + pick([mg.name[0] + '总', '店长', mg.name[0] + '经理']))} 看下要不要报。`); }
  items.push(`保险柜现金${money(ri(10, 90) * 1000)}元，金料${(rand() * 800 + 50).toFixed(2)}克，${pick(['已清点无误', '与系统差0.02克，是称重误差'])}。`);
  items.push(`明天${X(d, 'surname_word', '周' + pick(['一', '二', '三', '四', '五', '六']))}金价可能涨，${NC(d, mg)}说回收价先按${goldPrice(dt) - 3}报，超过50克的找他批。`);
  if (chance(.5)) { const p4 = newPerson({ home: s.region }); items.push(`${N(d, p4)}的卡号抄错了一位，正确的是${K(d, p4, 'plain')}，明天${pick(['补打', '重新提交打款'])}，原来那笔退票了。`); }
  shuffle(items).forEach((t, i) => L.push(`${i + 1}. ${t}`));
  if (v === 1) L.push(`—— ${N(d, mg)}`);
  d.parts.push(L.join('\n'));
  finish(d);
}

// ================================================================ 19. 风控例会纪要
function genMinutes() {
  const d = D('minutes'); const s = pick(PAWNS); const dt = randDate(); const L = [];
  const att = pickN(s.staff, ri(3, 5)); const host = att[0], rec = att[1];
  L.push(`${s.short} ${Mo(dt)}月风控例会纪要`);
  L.push(`时间：${fcn2(dt)} ${pick(['09:30', '14:00', '18:30'])}   地点：${s.store}二楼会议室`);
  L.push(`主持：${N(d, host)}   记录：${N(d, rec)}`);
  L.push(`参会人员：${att.map((x) => N(d, x)).join('、')}${chance(.5) ? '、总部风控部' + N(d, newPerson({ y0: 1975, y1: 1990 })) + '（线上）' : ''}`);
  L.push('', '一、上月业务及逾期情况');
  L.push(`  上月新当${ri(40, 160)}笔，当金${money(ri(200, 900) * 10000)}元；逾期${ri(2, 15)}笔，绝当${ri(0, 6)}笔，绝当率${(rand() * 3).toFixed(1)}%。`);
  L.push('', '二、案例通报');
  const p1 = newPerson({ y0: 1975, y1: 2000 }); const loss = ri(5, 60) * 1000;
  L.push(`  1. ${fmd(addDays(dt, -ri(5, 25)))}${s.store}收到${pick(['灌钨', '包金', '内部夹层'])}假金手镯一只，损失${money(loss)}元。当户${N(d, p1)}（身份证${I(d, p1, idStyle())}，手机${M(d, p1, mobStyle())}）已列入黑名单并报案。`);
  const p2 = newPerson({ y0: 1970, y1: 1995 });
  L.push(`  2. 同行${X(d, 'shop_name', pick(PAWNS.filter((x) => x !== s)).short)}通报：有人持他人身份证典当名表，冒用的身份证登记名为${NC(d, p2)}，请各门店核对人证一致，必要时做人脸识别。`);
  const st = pick(att.slice(1)); const p3 = newPerson({ home: s.region });
  L.push(`  3. ${NC(d, st)}办理${NC(d, p3)}的续当时未见本人，由其家属代办且未留存授权书，违反操作规程，扣当月绩效${ri(1, 5)}00元。`);
  L.push('', '三、下阶段要求');
  L.push(`  1. 单笔当金超过${pick(['20', '30', '50'])}万元必须报总部审批，邮件抄送${EM(d, `fengkong@${HQ.domain}`)}。`);
  L.push('  2. 二手手机收购必须当场核验IMEI、确认已退出ID锁/华为账号，并拍照留存。');
  L.push('  3. 治安登记当天上传，不得补录；系统故障时先手工登记，24小时内补传。');
  L.push(`  4. ${X(d, 'surname_word', '黄金')}检测一律火试+光谱双检，${X(d, 'surname_word', '金条')}须核对${X(d, 'surname_word', '钢印')}编号。`);
  L.push('', `散会。   记录人：${rec.name}`);
  d.parts.push(L.join('\n'));
  finish(d);
}

// ================================================================ 20. 绝当品清单
function genJueda() {
  const d = D('jueda_list'); const s = pick(PAWNS); const dt = randDate(); const L = [];
  L.push(`${s.name}`, `${Yr(dt)}年${Mo(dt)}月绝当物品清单${pick(['（委托拍卖）', '（内部变卖）', ''])}`);
  L.push(['序号', '当票号', '原当户', '当物', '规格', '重量/编号', '原当金', '估价', '处置方式', '买受人', '成交价'].join(','));
  for (let i = 0; i < ri(4, 12); i++) {
    const p = newPerson({ home: s.region }); const g = pick([goldItem, goldItem, watchItem, bagItem])(dt);
    const loan = Math.floor(g.value * .8 / 100) * 100; const buyer = chance(.4) ? newPerson({ home: s.region }) : null;
    const auc = g.value >= 30000;
    const nm = g.kind === 'gold' ? W(d, 'item', g.name) : W(d, 'brand', g.brand) + (g.series || g.model.split(' ')[0]);
    const code = g.kind === 'gold' ? X(d, 'gold_batch', goldBatch(dt)) : g.kind === 'watch' ? X(d, 'watch_serial', g.serial) : (/^\d/.test(g.code) ? X(d, 'bag_code', g.code) : g.code);
    const spec = g.kind === 'gold' ? `${g.purity} ${g.weight.toFixed(2)}g` : W(d, 'condition', g.cond);
    const by = auc ? X(d, 'company', pick(['深圳市宝利拍卖有限公司', '广东华友拍卖行有限公司', '上海国际商品拍卖有限公司', '北京华辰拍卖有限公司'])) : buyer ? N(d, buyer) : pick(['总部熔炼', '门店零售', '']);
    L.push([i + 1, X(d, 'dangpiao_no', ticketNo()), N(d, p), nm, spec, code, AM(d, money2(loan)), AM(d, money2(g.value)), auc ? '委托拍卖' : '自行变卖', by, by ? money2(Math.round(g.value * (0.9 + rand() * .15))) : ''].map((x) => csvq(String(x))).join(','));
  }
  L.push(`制表：${N(d, staffBy(s, '风控专员'))}   审核：${N(d, staffBy(s, '店长'))}`);
  d.parts.push(L.join('\n'));
  finish(d);
}

// ================================================================ 21. 金料送熔交接单
function genGoldMelt() {
  const d = D('gold_melt'); const s = pick([...PAWNS.slice(0, 3), GOLDS[0]]); const dt = randDate(); const L = [];
  const ref = { name: pick(['深圳市金汇精炼有限公司', '深圳市鑫宝精炼厂', '广东粤金提纯有限公司']), region: '440303' };
  ref.uscc = makeUscc(ref.region);
  const snd = staffBy(s, pick(['出纳', '业务员'])); const rcv = newPerson({ y0: 1970, y1: 1995 }); const esc = newPerson({ y0: 1975, y1: 1998, sex: '男' });
  L.push(pick(['金料送熔交接单', '旧料提纯委托单']));
  L.push(`单号：${X(d, 'order_no', safe(() => 'SR' + fc(dt) + digits(3)))}    日期：${fd(dt)}`);
  L.push(`送货单位：${s.name}`);
  L.push(`收货单位：${ref.name}（统一社会信用代码 ${E(d, 'cn_uscc', ref.uscc)}）`);
  L.push('批号              品名            件数  毛重(g)    预估成色  备注');
  let tot = 0;
  for (let i = 0; i < ri(2, 6); i++) {
    const w = +(rand() * 900 + 40).toFixed(2); tot += w;
    L.push(`${padR(X(d, 'gold_batch', goldBatch(dt)), 18)}${padR(pick(['足金首饰（混）', '绝当金饰', '回收金条', '18K金料', '铂金料', '老金饰']), 16)}${padR(String(ri(3, 60)), 6)}${padR(w.toFixed(2), 11)}${padR(pick(['99.9%', '99.0%', '75.0%', '95.0%']), 10)}${pick(['', '含焊料', '有镶嵌已拆', ''])}`);
  }
  L.push(`合计毛重：${X(d, 'weight', tot.toFixed(2) + 'g')}    化验方式：火试金（收货方出具化验单）`);
  L.push(`送货人：${N(d, snd)}  手机：${M(d, snd, 'plain')}`);
  L.push(`收货人：${N(d, rcv)}  手机：${M(d, rcv, mobStyle())}`);
  L.push(`押运：${N(d, esc)}  车牌：${X(d, 'plate_no', pick(['粤B', '粤A', '粤S']) + pick(['·', '']) + pick(['D', 'F', '']) + rndAlnum(5 - 0).replace(/[IO]/g, '8'))}  保险单号：${X(d, 'policy_no', safe(() => 'PCAR' + Yr(dt) + digits(11)))}`);
  d.parts.push(L.join('\n'));
  finish(d);
}

// ================================================================ 22. 客户信息登记表
function genKyc() {
  const d = D('kyc_form'); const s = pick(SHOPS); const dt = randDate(); const p = newPerson({ home: s.region, y0: 1958, y1: 2003 });
  const pass = chance(.2); const ec = newPerson({ home: s.region, y0: 1955, y1: 2003 }); const op = pick(s.staff.slice(0, 5));
  const ocr = chance(.35); const lb = (t) => (ocr ? ocrLabel(t) : t);
  const L = [];
  L.push(`${s.short} 客户信息登记表（个人）`);
  L.push(`${lb('客户编号：')}${X(d, 'customer_no', safe(() => 'KH' + fc(dt).slice(2) + digits(4)))}    ${lb('登记日期：')}${DT(d, fd(dt))}`);
  L.push(`${lb('姓名：')}${N(d, p) && spaced(p.name)}    ${lb('性别：')}${p.sex}    ${lb('出生日期：')}${X(d, 'birth_date', `${p.byear}-${pad2(p.bm)}-${pad2(p.bd)}`)}    ${lb('民族：')}${p.nation}`);
  if (pass) { const no = makePassport(); L.push(`${lb('证件类型：')}护照    ${lb('证件号码：')}${PP(d, no)}    ${lb('有效期至：')}${Yr(dt) + ri(1, 9)}-${pad2(ri(1, 12))}-${pad2(ri(1, 28))}`); L.push(`${lb('辅助证件：')}居民身份证 ${I(d, p, idStyle(ocr ? 'ocr' : 'mixed'))}`); }
  else L.push(`${lb('证件类型：')}居民身份证    ${lb('证件号码：')}${I(d, p, idStyle(ocr ? 'ocr' : 'mixed'))}`);
  L.push(`${lb('户籍地址：')}${p.addr}`);
  L.push(`${lb('现住址：')}${chance(.5) ? '同上' : address(pick(REGIONS.filter((r) => r[0].slice(0, 2) === s.region.slice(0, 2))))}`);
  L.push(`${lb('联系电话：')}${M(d, p, mobStyle(ocr ? 'ocr' : 'mixed'))}    ${lb('电子邮箱：')}${chance(.85) ? EM(d, p.email) : '无'}`);
  const age = Yr(dt) - p.byear;
  const job = pick([['个体', '个体户'], ['自由职业', '自由职业'], ['某贸易有限公司', '职员'], ['无', '无业'], ['某服装厂', '工人'], ['网约车平台', '司机'], ['某房地产经纪公司', '销售'], ...(age < 24 ? [['学生', '学生'], ['学生', '学生']] : []), ...(age > 55 ? [['退休', '退休'], ['退休', '退休']] : [])]);
  L.push(`${lb('工作单位：')}${job[0]}    ${lb('职业：')}${job[1]}`);
  L.push(`${lb('紧急联系人：')}${N(d, ec)}    ${lb('关系：')}${ec.sex === '男' ? pick(['配偶', '父亲', '兄弟', '朋友', '儿子']) : pick(['配偶', '母亲', '姐妹', '朋友', '女儿'])}    ${lb('电话：')}${M(d, ec, mobStyle(ocr ? 'ocr' : 'mixed'))}`);
  L.push(`${lb('收款银行：')}${p.bank[0]}${pick(BRANCH)}    ${lb('账号：')}${K(d, p, cardStyle(ocr ? 'ocr' : 'mixed'))}    ${lb('户名：')}${p.name}`);
  L.push(`${lb('客户来源：')}${pick(['自然到店', '老客户介绍', '抖音', '美团', '小程序', '同行介绍'])}    ${lb('风险等级：')}${pick(['低', '低', '中', '高（需复核）'])}`);
  L.push('本人承诺以上信息真实有效，所提供当物/出售物品来源合法，并同意贵司依法将本人身份信息报送公安机关。');
  L.push(`${lb('客户签名：')}${p.name}    ${lb('经办人：')}${N(d, op)}    ${lb('日期：')}${fcn(dt)}`);
  d.parts.push(L.join('\n'));
  finish(d);
}

// ================================================================ build
const PLAN = [
  [genDangpiao, 22], [genRegister, 14], [genXudang, 22], [genZhianFixed, 10], [genZhianCsv, 12], [genMiniapp, 24],
  [genPayout, 16], [genIdOcr, 20], [genWechat, 30], [genJianding, 18], [genBlacklist, 10], [genRecon, 12],
  [genSms, 14], [genEmail, 26], [genPhoneRecycle, 16], [genXmlPolice, 8], [genAppLog, 10], [genNotes, 12],
  [genMinutes, 6], [genJueda, 8], [genGoldMelt, 6], [genKyc, 16],
];
// interleave kinds so that PRNG consumption does not cluster
const queue = [];
for (const [fn, n] of PLAN) for (let i = 0; i < n; i++) queue.push(fn);
for (const fn of queue) fn();

// ================================================================ self-check
const errors = [];
const normNum = (t) => t.normalize('NFKC').replace(/[\s\-–—()（）+]/g, '').toUpperCase();
const VALID = {
  person_name_zh: isName, cn_mobile: isMobile, cn_resident_id: isId18, bank_card: isCard, email: isEmail,
  cn_landline: isLandline, cn_uscc: isUscc, cn_passport: isPassport,
};
function occurs(text, det, v) {
  if (det === 'person_name_zh') return text.replace(/[\s\u3000]/g, '').includes(v);
  if (det === 'email') return text.normalize('NFKC').toLowerCase().includes(v);
  const t = normNum(text);
  if (det === 'cn_resident_id') return t.includes(v) || t.includes(v.slice(0, 6) + v.slice(8, 17));
  return t.includes(v);
}
const EMAIL_SCAN = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/g;
for (const doc of DOCS) {
  const where = doc.id;
  const ent = new Set(doc.entities.map((e) => e.detector + '|' + e.value));
  const lab = new Set([...ent, ...doc.dontCare.map((e) => e.detector + '|' + e.value)]);
  if (ent.size !== doc.entities.length) errors.push(`${where}: duplicate entity`);
  for (const e of doc.entities) {
    if (!VALID[e.detector]) errors.push(`${where}: unknown detector ${e.detector}`);
    else if (!VALID[e.detector](e.value)) errors.push(`${where}: invalid ${e.detector} ${e.value}`);
    if (!occurs(doc.text, e.detector, e.value)) errors.push(`${where}: ${e.detector} ${e.value} not in text`);
  }
  const entVals = new Set(doc.entities.map((e) => e.value));
  for (const x of doc.decoys) {
    if (!doc.text.includes(x.text)) errors.push(`${where}: decoy "${x.text}" not in text`);
    const n = normNum(x.text);
    if (entVals.has(x.text) || entVals.has(n) || entVals.has(x.text.toLowerCase())) errors.push(`${where}: decoy "${x.text}" is also an entity`);
    if (x.kind !== 'masked_name') {
      for (const [det, f] of Object.entries(VALID)) if (det !== 'person_name_zh' && (f(n) || f(x.text.toLowerCase()))) errors.push(`${where}: decoy "${x.text}" (${x.kind}) passes ${det}`);
    }
    if (!numberIsSafe(x.text)) errors.push(`${where}: decoy "${x.text}" contains a valid-looking number`);
    for (const e of doc.entities) if (e.detector === 'person_name_zh' && x.text === e.value) errors.push(`${where}: decoy equals name ${e.value}`);
  }
  // every valid-looking digit run in the text is labelled
  for (const r of runsOf(doc.text)) {
    for (const cand of /[Xx]$/.test(r) ? [r] : [r]) {
      const det = runValidAs(cand);
      if (!det) continue;
      let v = cand.toUpperCase();
      if (det === 'cn_resident_id' && v.length === 15) v = upgrade15(v);
      if (!lab.has(det + '|' + v)) errors.push(`${where}: unlabelled ${det} ${cand}`);
    }
  }
  for (const em0 of doc.text.normalize('NFKC').toLowerCase().match(EMAIL_SCAN) || []) {
    const em = em0.replace(/^[._%+-]+/, '');
    if (!lab.has('email|' + em) && !doc.decoys.some((x) => x.text.toLowerCase().includes(em))) errors.push(`${where}: unlabelled email ${em}`);
  }
}
{
  const ne = DOCS.reduce((a, d) => a + d.entities.length, 0), nd = DOCS.reduce((a, d) => a + d.decoys.length, 0);
  if (nd < ne) errors.push(`fewer decoys (${nd}) than entities (${ne})`);
  const per = {};
  for (const d of DOCS) for (const e of d.entities) per[e.detector] = (per[e.detector] || 0) + 1;
  for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((per[det] || 0) < 150) errors.push(`only ${per[det] || 0} ${det} entities`);
  if ((per.person_name_zh || 0) < 400) errors.push('fewer than 400 names');
  if (new Set(DOCS.map((d) => d.kind)).size < 15) errors.push('fewer than 15 kinds');
}
if (errors.length) {
  console.error(`self-check FAILED (${errors.length}):`);
  for (const e of errors.slice(0, 60)) console.error('  ' + e);
  process.exit(1);
}

// ================================================================ write + summary
writeFileSync(OUT, DOCS.map((d) => JSON.stringify(d)).join('\n') + '\n');
const byKind = {}, byDet = {}, dcDet = {}, byDecoy = {};
for (const d of DOCS) {
  byKind[d.kind] = (byKind[d.kind] || 0) + 1;
  for (const e of d.entities) byDet[e.detector] = (byDet[e.detector] || 0) + 1;
  for (const e of d.dontCare) dcDet[e.detector] = (dcDet[e.detector] || 0) + 1;
  for (const x of d.decoys) byDecoy[x.kind] = (byDecoy[x.kind] || 0) + 1;
}
const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
console.log(`pawn corpus: ${DOCS.length} documents, ${Object.keys(byKind).length} kinds -> ${OUT}`);
console.log('documents per kind: ' + Object.entries(byKind).map(([k, v]) => `${k}=${v}`).join(' '));
console.log(`entities (${sum(byDet)}): ` + Object.entries(byDet).map(([k, v]) => `${k}=${v}`).join(' '));
console.log(`dontCare (${sum(dcDet)}): ` + Object.entries(dcDet).map(([k, v]) => `${k}=${v}`).join(' '));
console.log(`decoys (${sum(byDecoy)}): ` + Object.entries(byDecoy).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' '));
console.log('self-check passed');
