#!/usr/bin/env node
/*
 * listguard independent labelled test corpus — theme "health" (id prefix `hl`).
 *
 * Hospitals, clinics, pharmacies and care services as their staff would leak them:
 * 门诊日志, 住院患者一览, 团检体检名单, 预约挂号导出, 药店会员, 处方, 医美/口腔/眼科客户
 * with 回访 notes, 月子中心, 养老院, 疫苗接种, 核酸采样, 医保结算单, 慢病随访, 产检, 心理咨询,
 * 120 调度, 医生排班, 退费/押金/理赔 with bank cards, 员工工资卡, 互联网医院 JSON, mail …
 *
 * Usage:   node health.mjs OUT.jsonl
 * Output:  one JSON object per line
 *   {"id":"hl-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must NOT be reported under any detector id
 * Normalisation of values: cn_resident_id 18 chars, upper-case X; cn_mobile 11 digits (no +86);
 *   cn_landline digits incl. leading 0 and area code, no extension; email lower-case;
 *   bank_card digits only; cn_passport upper-case; cn_uscc 18 chars upper-case;
 *   person_name_zh as written without spaces/padding/titles.
 * Deterministic (own mulberry32 PRNG, fixed seed); all data synthetic, checksums valid
 * (GB 11643 MOD 11-2, Luhn, GB 32100 MOD 31 + GB 11714). A self-check runs at the end
 * and exits 1 on failure.
 *
 * Written in session 24 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

const PREFIX = 'hl';
const OUT = process.argv[2];
if (!OUT) { console.error('usage: node health.mjs OUT.jsonl'); process.exit(2); }

// ---------------------------------------------------------------- PRNG & utils
function mulberry32(a) { return function () { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
const R = mulberry32(0x24AB1E55);
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const ch = (p) => R() < p;
const dg = (n) => { let s = ''; for (let i = 0; i < n; i++) s += Math.floor(R() * 10); return s; };
const pad = (n, w) => String(n).padStart(w, '0');
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const toFull = (s) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xFEE0));
const nfkc = (s) => s.normalize('NFKC');
function nrows(max = 80) { const r = R(); if (r < 0.22) return ri(1, 4); if (r < 0.62) return ri(5, 15); if (r < 0.9) return ri(16, 40); return ri(41, max); }

// ---------------------------------------------------------------- dates
const DAY = 86400000;
const T0 = Date.UTC(2023, 0, 1), T1 = Date.UTC(2024, 5, 30);
const rdate = (a = T0, b = T1) => new Date(a + Math.floor(R() * ((b - a) / DAY + 1)) * DAY);
const addDays = (d, n) => new Date(d.getTime() + n * DAY);
const Y = (d) => d.getUTCFullYear(), Mo = (d) => d.getUTCMonth() + 1, Dd = (d) => d.getUTCDate();
const ymd = (d) => `${Y(d)}${pad(Mo(d), 2)}${pad(Dd(d), 2)}`;
function fmtDate(d, f = ri(0, 4)) {
  switch (f) {
    case 0: return `${Y(d)}-${pad(Mo(d), 2)}-${pad(Dd(d), 2)}`;
    case 1: return `${Y(d)}/${Mo(d)}/${Dd(d)}`;
    case 2: return `${Y(d)}年${Mo(d)}月${Dd(d)}日`;
    case 3: return `${Y(d)}.${pad(Mo(d), 2)}.${pad(Dd(d), 2)}`;
    default: return `${Y(d)}-${pad(Mo(d), 2)}-${pad(Dd(d), 2)}`;
  }
}
const hm = () => `${pad(ri(7, 21), 2)}:${pad(ri(0, 59), 2)}`;
const fmtDT = (d) => `${fmtDate(d, 0)} ${hm()}${ch(0.4) ? ':' + pad(ri(0, 59), 2) : ''}`;
const WD = ['日', '一', '二', '三', '四', '五', '六'];
const weekday = (d) => (ch(0.5) ? '星期' : '周') + WD[d.getUTCDay()];
function ageAt(birth, at) { let a = Y(at) - Y(birth); if (Mo(at) < Mo(birth) || (Mo(at) === Mo(birth) && Dd(at) < Dd(birth))) a--; return a; }

// ---------------------------------------------------------------- checksums / validators
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b) { let s = 0; for (let i = 0; i < 17; i++) s += +b[i] * IDW[i]; return '10X98765432'[s % 11]; }
const PROV = new Set('11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65'.split(' '));
function realDate(y, m, d) { const t = new Date(Date.UTC(y, m - 1, d)); return Y(t) === y && Mo(t) === m && Dd(t) === d; }
function idLike(s) {
  if (!/^\d{17}[\dX]$/.test(s) || !PROV.has(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || y > 2024 || !realDate(y, m, d)) return false;
  return idCheck(s) === s[17];
}
function legacyLike(s) { return /^\d{15}$/.test(s) && PROV.has(s.slice(0, 2)) && realDate(1900 + +s.slice(6, 8), +s.slice(8, 10), +s.slice(10, 12)); }
function luhnOk(s) { let sum = 0, alt = false; for (let i = s.length - 1; i >= 0; i--) { let n = +s[i]; if (alt) { n *= 2; if (n > 9) n -= 9; } sum += n; alt = !alt; } return sum % 10 === 0; }
function luhnDigit(body) { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c); }
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(b) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(b[i]) * UW[i]; return UA[(31 - s % 31) % 31]; }
function orgCheck(b8) { const W = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0; for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * W[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
function usccOk(s) { if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s)) return false; return usccCheck(s) === s[17]; }
function usccFull(s) { return usccOk(s) && orgCheck(s.slice(8, 16)) === s[16]; }

// a digit run that a reasonable detector could take for personal data
function risky(s) {
  const n = s.length;
  if (n === 11 && /^1[3-9]/.test(s)) return true;
  if (n === 13 && /^861[3-9]/.test(s)) return true;
  if (n === 15 && /^00861[3-9]/.test(s)) return true;
  if (n === 18 && (idLike(s) || usccOk(s))) return true;
  if (n === 15 && legacyLike(s)) return true;
  if (n >= 14 && n <= 19 && luhnOk(s) && /^(3[5-7]|4|5[1-5]|6|8[01]|2[2-7])/.test(s)) return true;
  if (n >= 16 && n <= 19 && /^(62|81)/.test(s)) return true; // UnionPay: Luhn not universal
  if (n >= 10 && n <= 12 && s[0] === '0' && s[1] !== '0') return true;
  return false;
}
function digitRunsSafe(t) { return (nfkc(t).match(/\d+/g) || []).every((r) => !risky(r)); }
function safe(gen) { for (let i = 0; i < 200; i++) { const t = gen(); if (digitRunsSafe(t)) return t; } throw new Error('safe(): cannot generate'); }

// ---------------------------------------------------------------- value generators
const REG = [['110101', '北京市东城区'], ['110102', '北京市西城区'], ['110105', '北京市朝阳区'], ['110108', '北京市海淀区'], ['110103', '北京市东城区'], ['110118', '北京市密云区'],
  ['120101', '天津市和平区'], ['130102', '河北省石家庄市长安区'], ['140105', '山西省太原市小店区'], ['150102', '内蒙古自治区呼和浩特市新城区'], ['210102', '辽宁省沈阳市和平区'],
  ['220102', '吉林省长春市南关区'], ['230102', '黑龙江省哈尔滨市道里区'], ['310101', '上海市黄浦区'], ['310104', '上海市徐汇区'], ['310115', '上海市浦东新区'],
  ['320102', '江苏省南京市玄武区'], ['320505', '江苏省苏州市虎丘区'], ['320583', '江苏省昆山市'], ['320582', '江苏省张家港市'], ['330102', '浙江省杭州市上城区'], ['330106', '浙江省杭州市西湖区'],
  ['330381', '浙江省瑞安市'], ['330203', '浙江省宁波市海曙区'], ['340104', '安徽省合肥市蜀山区'], ['350102', '福建省福州市鼓楼区'], ['360102', '江西省南昌市东湖区'], ['370102', '山东省济南市历下区'],
  ['370203', '山东省青岛市市北区'], ['410105', '河南省郑州市金水区'], ['411602', '河南省周口市川汇区'], ['420106', '湖北省武汉市武昌区'], ['430104', '湖南省长沙市岳麓区'],
  ['440106', '广东省广州市天河区'], ['440305', '广东省深圳市南山区'], ['440604', '广东省佛山市禅城区'], ['441900', '广东省东莞市'], ['450103', '广西壮族自治区南宁市青秀区'],
  ['460106', '海南省海口市龙华区'], ['500103', '重庆市渝中区'], ['500156', '重庆市武隆区'], ['510104', '四川省成都市锦江区'], ['510107', '四川省成都市武侯区'], ['520102', '贵州省贵阳市南明区'],
  ['530102', '云南省昆明市五华区'], ['540102', '西藏自治区拉萨市城关区'], ['610113', '陕西省西安市雁塔区'], ['620102', '甘肃省兰州市城关区'], ['630104', '青海省西宁市城西区'],
  ['640104', '宁夏回族自治区银川市兴庆区'], ['650102', '新疆维吾尔自治区乌鲁木齐市天山区']];
const ROADS = ['文三路', '建国路', '人民路', '解放路', '中山北路', '长江路', '和平大道', '新华街', '学院路', '延安西路', '东风路', '朝阳路', '滨江大道', '科技园路', '光明街', '青年路'];
const COMMS = ['阳光花园', '翠苑一区', '金色家园', '幸福里小区', '锦绣华庭', '绿城桂花园', '梧桐苑', '滨江一号', '望江公寓', '丽景湾', '东方明珠苑', '春晓家园'];
function addr() { const r = pick(REG)[1]; return `${r}${pick(ROADS)}${ri(1, 899)}号${ch(0.7) ? pick(COMMS) + ri(1, 28) + '幢' + ri(1, 6) + '单元' + ri(1, 32) + pad(ri(1, 4), 2) + '室' : ''}`; }

function genIdFor(minAge, maxAge, male) {
  const hi = Math.max(Date.UTC(1900, 0, 1), T1 - minAge * 365.25 * DAY), lo = Math.max(Date.UTC(1900, 0, 1), T1 - maxAge * 365.25 * DAY - 300 * DAY);
  const b = rdate(lo, Math.min(hi, T1));
  let sd = ri(0, 9); if ((sd % 2 === 1) !== male) sd = (sd + 1) % 10;
  const body = pick(REG)[0] + ymd(b) + dg(2) + sd;
  return { id: body + idCheck(body), birth: b };
}
const MPFX = [].concat(...[130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 150, 151, 152, 153, 155, 156, 157, 158, 159, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189].map((x) => [String(x), String(x)]),
  ['145', '147', '162', '165', '166', '167', '170', '171', '172', '173', '175', '176', '177', '178', '190', '191', '192', '193', '195', '196', '197', '198', '199']);
const DEMO = new Set(['13800138000', '13912345678', '18888888888']);
function genMobile() { let m; do { m = pick(MPFX) + dg(8); } while (DEMO.has(m)); return m; }
const IINS = [['622202', 19], ['621226', 19], ['622848', 19], ['622845', 19], ['621700', 19], ['623668', 19], ['622588', 16], ['621483', 16], ['622260', 19], ['621661', 19], ['621785', 19],
  ['622908', 18], ['622262', 19], ['621799', 19], ['625965', 16], ['623061', 19], ['628288', 16], ['622609', 16], ['622150', 19], ['621098', 19], ['622700', 19], ['623052', 19],
  ['436742', 16], ['438088', 16], ['427020', 16], ['524094', 16], ['518710', 16], ['552599', 16], ['356833', 16], ['8171', 16]];
function genCard() { let [iin, len] = pick(IINS); if (iin === '8171' && ch(0.6)) [iin, len] = ['622202', 19]; const body = iin + dg(len - 1 - iin.length); return body + luhnDigit(body); }
function genBadCard() { const [iin, len] = pick(IINS.slice(0, 20)); const body = iin + dg(len - 1 - iin.length); const good = +luhnDigit(body); return body + ((good + ri(1, 9)) % 10); }
const CITIES = [['北京', '010', 8, '110000'], ['上海', '021', 8, '310000'], ['广州', '020', 8, '440100'], ['天津', '022', 8, '120000'], ['重庆', '023', 8, '500000'], ['沈阳', '024', 8, '210100'],
  ['南京', '025', 8, '320100'], ['武汉', '027', 8, '420100'], ['成都', '028', 8, '510100'], ['西安', '029', 8, '610100'], ['杭州', '0571', 8, '330100'], ['深圳', '0755', 8, '440300'],
  ['苏州', '0512', 8, '320500'], ['青岛', '0532', 8, '370200'], ['济南', '0531', 8, '370100'], ['郑州', '0371', 8, '410100'], ['长沙', '0731', 8, '430100'], ['佛山', '0757', 8, '440600'],
  ['东莞', '0769', 8, '441900'], ['兰州', '0931', 7, '620100'], ['宁波', '0574', 8, '330200']];
function genLand(city = pick(CITIES)) { return { area: city[1], sub: pick('2345678') + dg(city[2] - 1) }; }
function fmtLand(l, st = ri(0, 7)) {
  const a = l.area, a0 = a.slice(1), s = l.sub;
  switch (st) {
    case 0: return `${a}-${s}`; case 1: return `${a} ${s}`; case 2: return `(${a})${s}`; case 3: return `（${a}）${s}`;
    case 4: return a + s; case 5: return `${a}-${s.slice(0, 4)} ${s.slice(4)}`; case 6: return `+86-${a0}-${s}`; default: return `+86 ${a0} ${s}`;
  }
}
function genUscc(type, rc) {
  const t = type || pick(['12', '91', '91', '52']);
  const region = rc || pick(CITIES)[3];
  let org;
  if (t === '91' && ch(0.75)) org = 'MA' + Array.from({ length: 6 }, () => pick(UA)).join('');
  else org = dg(8);
  const body = t + region + org + orgCheck(org);
  return body + usccCheck(body);
}
function genPassport() { return ch(0.5) ? 'E' + dg(8) : 'E' + pick('ABCDEFGHJKLMNPQRSTUVWXYZ') + dg(7); }

const SUR1 = '王李张刘陈杨黄赵吴周', SUR2 = '徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹',
  SUR3 = '彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝';
const COMPOUND = ['欧阳', '上官', '皇甫', '令狐', '诸葛', '司徒', '司马', '申屠', '夏侯', '慕容', '尉迟', '东方', '公孙', '端木'];
const GM = '伟强磊军洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林峰建国志文博轩睿泽昊然晨阳毅诚振德兴永海', GF = '芳娜敏静丽艳娟霞秀英玉兰萍红洁琳晶颖欣怡婷雪佳思雨嘉瑶琪璐菲蕾彤悦晓云燕凤梅莉倩琴慧珍淑荣丹妍诗涵梓桂';
const UYG1 = ['买买提', '阿不都', '艾力', '热合曼', '吐尔逊', '阿依古丽', '古丽娜', '努尔', '帕提古丽', '迪力夏提', '艾尔肯', '米热古丽'], UYG2 = ['艾力', '买买提', '吐尔逊', '阿布拉', '依明', '卡德尔', '沙吾提', '托合提'];
const TIB = ['扎西次仁', '次仁卓玛', '格桑顿珠', '央金拉姆', '巴桑次仁', '德吉卓嘎', '巴特尔', '其其格', '乌兰图雅'];
function rawName(male) {
  const r = R();
  if (r < 0.012) { let a = pick(UYG1), b = pick(UYG2); while (a === b) b = pick(UYG2); return a + '·' + b; }
  if (r < 0.02) return pick(TIB);
  const sur = r < 0.045 ? pick(COMPOUND) : r < 0.05 ? pick(SUR1) + pick(SUR1 + SUR2) : ch(0.45) ? pick(SUR1) : ch(0.5) ? pick(SUR2) : pick(SUR3);
  const g = male ? GM : GF;
  const one = sur.length === 1 && ch(0.3);
  let n = sur + pick(g); if (!one) { let c = pick(ch(0.7) ? g : GM + GF); while (n.endsWith(c)) c = pick(g); n += c; }
  return n;
}

// ---------------------------------------------------------------- pieces & doc
const P = (t, L = []) => ({ t, L });
const E = (det, raw, value) => P(raw, [{ c: 'e', det, value, raw }]);
const DC = (det, raw, value) => P(raw, [{ c: 'd', det, value, raw }]);
const X = (kind, raw) => P(raw, [{ c: 'x', kind, raw }]);
function cat(...ps) { let t = ''; const L = []; for (const p of ps) { if (p == null) continue; if (typeof p === 'string') t += p; else { t += p.t; L.push(...p.L); } } return P(t, L); }

class Doc {
  constructor(kind) {
    this.kind = kind; this.t = ''; this.L = []; this.names = new Set(); this.nums = new Set();
    this.ms = ch(0.7) ? 0 : ri(1, 9); this.is = ch(0.8) ? 0 : ri(1, 3); this.cs = ch(0.6) ? 0 : ri(1, 3); this.ls = ri(0, 7);
    this.pad = ch(0.82) ? '' : pick(['　', ' ', '  ']);
  }
  w(...ps) { for (const p of ps) { if (p == null) continue; if (typeof p === 'string') this.t += p; else { this.t += p.t; this.L.push(...p.L); } } }
  ln(...ps) { this.w(...ps, '\n'); }
  uniqNum(gen) { for (;;) { const v = gen(); if (!this.nums.has(v)) { this.nums.add(v); return v; } } }
  name(male) {
    for (;;) {
      const n = rawName(male);
      let ok = true; for (const o of this.names) if (o.includes(n) || n.includes(o)) { ok = false; break; }
      if (ok) { this.names.add(n); return n; }
    }
  }
}
// person: lazily generated personal values
function person(d, o = {}) {
  const male = o.sex ? o.sex === '男' : ch(0.5);
  const p = { sex: male ? '男' : '女', male, name: d.name(male) };
  const g = genIdFor(o.minAge ?? 18, o.maxAge ?? 80, male); p.id = d.uniqNum(() => g.id); p.birth = g.birth; p.age = ageAt(g.birth, new Date(T1));
  p.mobile = d.uniqNum(genMobile);
  return p;
}
function fmtMobile(m, st) {
  switch (st) {
    case 0: return m; case 1: return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`; case 2: return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case 3: return '+86 ' + m; case 4: return '+86' + m; case 5: return '+86-' + m; case 6: return '0086 ' + m; case 7: return '(+86)' + m;
    case 8: return toFull(m); default: return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
  }
}
function fmtId(id, st) {
  switch (st) {
    case 1: return id.endsWith('X') && ch(0.7) ? id.slice(0, 17) + 'x' : `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    case 2: return ch(0.5) ? toFull(id) : `${id.slice(0, 6)}-${id.slice(6, 14)}-${id.slice(14)}`;
    case 3: return id.endsWith('X') ? id.slice(0, 17) + 'x' : id;
    default: return id;
  }
}
function fmtCard(c, st) {
  switch (st) {
    case 1: return c.replace(/(\d{4})(?=\d)/g, '$1 '); case 2: return c.replace(/(\d{4})(?=\d)/g, '$1-');
    case 3: return `${c.slice(0, 6)} ${c.slice(6)}`; default: return c;
  }
}
const vary = (docStyle, n) => (ch(0.85) ? docStyle : ri(0, n));
const N = (d, p, padOk = true) => { const n = p.name; const raw = padOk && d.pad && n.length === 2 ? n[0] + d.pad + n[1] : n; return E('person_name_zh', raw, n); };
const M = (d, p, m = p.mobile) => E('cn_mobile', fmtMobile(m, vary(d.ms, 9)), m);
const I = (d, p) => E('cn_resident_id', fmtId(p.id, vary(d.is, 3)), p.id);
const C = (d, p) => { if (!p.card) p.card = d.uniqNum(genCard); return E('bank_card', fmtCard(p.card, vary(d.cs, 3)), p.card); };
const L = (d, p) => { if (!p.land) p.land = genLand(p.city); return E('cn_landline', fmtLand(p.land, vary(d.ls, 7)), p.land.area + p.land.sub); };
const PP = (d, p) => { if (!p.pass) p.pass = d.uniqNum(genPassport); return E('cn_passport', p.pass, p.pass); };
const SYL = ['zhang', 'wang', 'li', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he', 'gao', 'lin', 'luo', 'zheng', 'liang', 'xie', 'song', 'tang',
  'han', 'feng', 'deng', 'cao', 'peng', 'xiao', 'tian', 'dong', 'yuan', 'pan', 'jiang', 'cai', 'wei', 'fang', 'jie', 'ting', 'yu', 'hao', 'jun', 'lei', 'na', 'min', 'jing', 'qiang', 'hui',
  'lan', 'xin', 'yi', 'ying', 'ming', 'hua', 'ping', 'bo', 'tao', 'chao', 'fei', 'kai', 'rui', 'xuan', 'yue', 'qing', 'shan', 'long'];
const FREEMAIL = ['163.com', '163.com', '126.com', 'sina.com', 'foxmail.com', 'outlook.com', 'gmail.com', 'aliyun.com', 'yeah.net', 'sohu.com', 'hotmail.com', 'sina.cn', '189.cn'];
function EM(d, p, dom) {
  if (p.emailP) return p.emailP();
  const r = R();
  let local, domain = dom || pick(FREEMAIL), inner = null;
  if (!dom && r < 0.2) { local = String(ri(1, 9)) + dg(ri(4, 9)); domain = 'qq.com'; }
  else if (!dom && r < 0.25) { local = p.mobile; domain = '139.com'; inner = p.mobile; }
  else if (dom) local = ch(0.5) ? pick(SYL) + '.' + pick(SYL) : pick(SYL)[0] + pick(SYL) + (ch(0.5) ? dg(ri(1, 3)) : '');
  else { const q = R(); local = q < 0.4 ? pick(SYL) + pick(SYL) + (ch(0.6) ? dg(ri(2, 4)) : '') : q < 0.6 ? pick(SYL) + '.' + pick(SYL) : q < 0.75 ? pick(SYL) + '_' + pick(SYL) + dg(2) : pick(SYL)[0] + pick(SYL)[0] + pick(SYL) + dg(ri(3, 6)); }
  const value = (local + '@' + domain).toLowerCase();
  if (d.nums.has(value)) return EM(d, p, dom);
  d.nums.add(value);
  let shown = local; if (!inner && ch(0.12)) shown = local[0].toUpperCase() + local.slice(1);
  const at = ch(0.02) ? '＠' : '@';
  const raw = shown + at + (ch(0.05) ? domain.toUpperCase() : domain);
  p.emailP = () => { const pc = E('email', raw, value); if (inner) pc.L.push({ c: 'e', det: 'cn_mobile', value: inner, raw: inner, nested: true }); return pc; };
  return p.emailP();
}

// ---------------------------------------------------------------- decoys
const EAN = (b12) => { let s = 0; for (let i = 0; i < 12; i++) s += +b12[i] * (i % 2 ? 3 : 1); return b12 + ((10 - s % 10) % 10); };
const yy = () => pick(['23', '24']);
const dts = (dt) => ymd(dt || rdate());
const Dx = {
  mzh: () => X('outpatient_no', safe(() => pick([() => 'MZ' + dts() + dg(4), () => '00' + dg(8), () => dts() + dg(3), () => dg(1).replace(/[01]/, '5') + dg(9), () => 'M' + dg(9)])())),
  zyh: () => X('inpatient_no', safe(() => pick([() => 'ZY' + dts().slice(0, 6) + dg(4), () => String(ri(1, 9)) + dg(6), () => String(ri(2, 9)) + dg(7), () => '住' + dg(8)])())),
  bah: () => X('case_no', safe(() => pick([() => String(ri(1, 9)) + dg(ri(5, 7)), () => 'BA' + dg(8), () => '00' + dg(7)])())),
  cfh: () => X('prescription_no', safe(() => pick([() => 'CF' + dts() + dg(4), () => dts() + dg(4), () => 'RX' + dg(10)])())),
  ean: () => X('barcode', EAN('69' + dg(10))),
  gyzz: () => X('drug_approval_no', '国药准字' + pick('HHHHZZSJ') + pick(['19', '20']) + dg(6)),
  batch: () => X('batch_no', safe(() => pick([() => dts().slice(2), () => pick('ABCDEFH') + dts().slice(2) + dg(1), () => dts(), () => yy() + dg(6)])())),
  bed: () => X('bed_no', pick([() => ri(1, 60) + '床', () => `${ri(1, 9)}-${ri(1, 40)}床`, () => '+' + ri(1, 6) + '床', () => `${ri(1, 30)}${pick('ABC')}床`])()),
  lab: (which) => { const l = which ? LABS.find((x) => x[0] === which) : pick(LABS); return X('lab_value', l[2]()); },
  date: (dt) => X('date', fmtDate(dt || rdate())),
  dt: (dt) => X('datetime', fmtDT(dt || rdate())),
  maskM: () => { const m = genMobile(); return X('masked_mobile', pick([`${m.slice(0, 3)}****${m.slice(7)}`, `${m.slice(0, 3)}xxxx${m.slice(7)}`, `${m.slice(0, 3)}*****${m.slice(8)}`, `尾号${m.slice(7)}`])); },
  maskId: () => { const id = genIdFor(1, 90, ch(0.5)).id; return X('masked_id', pick([`${id.slice(0, 6)}********${id.slice(14)}`, `${id.slice(0, 3)}***********${id.slice(14)}`, `${id.slice(0, 4)}**********${id.slice(14)}`, `**************${id.slice(14)}`])); },
  maskCard: () => { const c = genCard(); return X('masked_card', pick([`${c.slice(0, 4)} **** **** ${c.slice(-4)}`, `${c.slice(0, 6)}******${c.slice(-4)}`, `****${c.slice(-4)}`, `尾号${c.slice(-4)}`])); },
  maskName: (n) => X('masked_name', pick([n[0] + '*', n[0] + '**', n[0] + '某', n[0] + '某某', n.length === 3 ? n[0] + '*' + n[2] : n[0] + '*'])),
  amt: (max = 99999) => { const v = ri(5, max) + ri(0, 99) / 100; const i = Math.floor(v), c = pad(Math.round((v - i) * 100), 2); return X('amount', pick([`¥${i}.${c}`, `${i}.${c}元`, `￥${i.toLocaleString('en-US')}.${c}`, `${i}元`])); },
  inv: () => X('invoice_no', safe(() => String(ri(1, 9)) + dg(7))),
  serial: () => X('settlement_serial', safe(() => dts() + dg(ri(8, 12)))),
  ts: () => X('ms_timestamp', String(ri(1672531200, 1719705600)) + dg(3)),
  tube: () => X('tube_barcode', safe(() => pick([() => '10' + dg(ri(10, 14)), () => dts().slice(2) + dg(8), () => 'HS' + dg(12)])())),
  appt: () => X('appointment_no', safe(() => pick([() => 'YY' + dts() + dg(5), () => dg(1).replace(/[01]/, '7') + dg(11), () => 'A' + dg(3) + '-' + dg(4)])())),
  age: (a) => X('age', a + '岁'),
  ssc: () => X('ssc_card_no', pick('ABMN') + dg(8)),
  insNo: () => X('insurance_member_no', safe(() => pick([() => dg(10).replace(/^0/, '5'), () => pick(CITIES)[3].slice(0, 4) + dg(8), () => 'YB' + dg(10)])())),
  insOrg: (rc = pick(CITIES)[3]) => X('insurance_org_code', 'H' + rc.slice(0, 4) + dg(7)),
  title: () => X('job_title', pick(['主任医师', '副主任医师', '主治医师', '住院医师', '护士长', '主管护师', '护师', '药剂师', '主管药师', '康复治疗师', '心理咨询师'])),
  birthCert: () => X('birth_cert_no', pick('OPQRT') + dg(9)),
  dispatch: () => X('dispatch_no', safe(() => pick([() => 'DD' + dts() + dg(4), () => dts() + dg(5), () => '120-' + dts().slice(2) + '-' + dg(3)])())),
  post: () => X('postal_code', pick(['310006', '215000', '210008', '610041', '430060', '510080', '518000', '710061', '450052', '100730', '200025'])),
  room: () => X('room_no', pick([() => `${ri(1, 9)}${pad(ri(1, 30), 2)}房`, () => `${ri(1, 5)}号楼${ri(1, 6)}${pad(ri(1, 20), 2)}室`, () => `${pick('ABC')}${ri(101, 620)}`])()),
  emp: () => X('employee_no', safe(() => pick([() => 'H' + dg(5), () => String(ri(1, 9)) + dg(4), () => 'YG' + dg(6), () => 'NO.' + dg(6)])())),
  wd: (dt) => X('weekday', weekday(dt || rdate())),
  rec: () => X('health_record_no', safe(() => pick(REG)[0] + dg(11))),
  shortNo: () => X('short_no', '6' + dg(ri(3, 5))),
  exam: () => X('exam_no', safe(() => pick([() => 'TJ' + dts() + dg(4), () => dts().slice(2) + dg(6), () => 'PE' + dg(9)])())),
  visitCard: () => X('visit_card_no', safe(() => pick([() => 'JZ' + dg(10), () => '9' + dg(11), () => dg(2).replace(/^[01]/, '8') + dg(8)])())),
  order: () => X('order_no', safe(() => pick([() => dts() + dg(ri(6, 10)), () => 'WZ' + dts() + dg(6), () => dg(1).replace(/[0-2]/, '9') + dg(18)])())),
  hotline: () => X('hotline', pick(['12320', '12320', '95518', '12345', '400-' + ri(600, 999) + '-' + dg(4), '400' + ri(600, 999) + dg(4), '800-' + ri(810, 999) + '-' + dg(4), '95' + dg(3)])),
  vehicle: () => X('vehicle_no', pick(['急救' + ri(1, 30) + '号车', '救护车' + pad(ri(1, 99), 2), pick(['浙A', '苏E', '粤B', '京', '川A']) + '·' + pick('0123456789') + dg(4) + '急'])),
  cert: () => X('certificate_no', safe(() => pick([() => '健' + yy() + dg(7), () => 'JKZ' + dts() + dg(4), () => pick(['浙', '苏', '粤']) + '卫' + dg(9)])())),
  claim: () => X('claim_no', safe(() => pick([() => 'LP' + dts() + dg(6), () => pick(['RCHE', 'PAIC', 'CPIC']) + dg(14)])())),
  vacBatch: () => X('vaccine_batch', safe(() => pick([() => yy() + pick(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12']) + dg(3), () => 'J' + yy() + dg(5), () => dts() + '-' + dg(2)])())),
  org: (t) => X('org_name', t),
};
const LABS = [['WBC 白细胞', '白细胞', () => `${(ri(35, 120) / 10).toFixed(1)}×10^9/L`], ['GLU 葡萄糖', '空腹血糖', () => `${(ri(38, 160) / 10).toFixed(1)}mmol/L`],
  ['BP 血压', '血压', () => `${ri(100, 180)}/${ri(60, 110)}mmHg`], ['HbA1c 糖化血红蛋白', '糖化血红蛋白', () => `${(ri(50, 110) / 10).toFixed(1)}%`], ['ALT 谷丙转氨酶', '谷丙转氨酶', () => `${ri(8, 95)}U/L`],
  ['HGB 血红蛋白', '血红蛋白', () => `${ri(90, 165)}g/L`], ['CREA 肌酐', '肌酐', () => `${ri(45, 190)}μmol/L`], ['UA 尿酸', '尿酸', () => `${ri(200, 580)}μmol/L`], ['HR 心率', '心率', () => `${ri(55, 110)}次/分`],
  ['T 体温', '体温', () => `${(ri(355, 392) / 10).toFixed(1)}℃`], ['PLT 血小板', '血小板', () => `${ri(80, 400)}×10^9/L`], ['TG 甘油三酯', '甘油三酯', () => `${(ri(5, 60) / 10).toFixed(2)}mmol/L`]];
const DEPTS = ['心内科', '呼吸内科', '消化内科', '内分泌科', '神经内科', '普外科', '骨科', '妇产科', '儿科', '眼科', '耳鼻喉科', '口腔科', '皮肤科', '中医科', '急诊科', '肾内科', '泌尿外科', '全科医学科', '老年病科', '康复医学科'];
const DIAG = ['高血压', '2型糖尿病', '上呼吸道感染', '急性胃肠炎', '腰椎间盘突出症', '冠心病', '慢性支气管炎', '过敏性鼻炎', '颈椎病', '桡骨远端骨折', '急性咽炎', '社区获得性肺炎', '慢性胃炎', '痛风', '脑梗死恢复期', '妊娠状态', '龋齿', '屈光不正', '湿疹', '焦虑状态', '失眠', '甲状腺结节'];
const DRUGS = [['阿莫西林胶囊', '0.25g×24粒'], ['硝苯地平控释片', '30mg×7片'], ['盐酸二甲双胍缓释片', '0.5g×30片'], ['阿托伐他汀钙片', '20mg×7片'], ['布洛芬缓释胶囊', '0.3g×20粒'],
  ['奥美拉唑肠溶胶囊', '20mg×14粒'], ['头孢克肟分散片', '0.1g×6片'], ['氯雷他定片', '10mg×6片'], ['蒙脱石散', '3g×10袋'], ['连花清瘟胶囊', '0.35g×24粒'], ['苯磺酸氨氯地平片', '5mg×28片'],
  ['阿司匹林肠溶片', '100mg×30片'], ['甲钴胺片', '0.5mg×20片'], ['复方丹参滴丸', '27mg×180丸'], ['左甲状腺素钠片', '50μg×100片']];
const HTYPE = ['市第一人民医院', '市中医院', '市妇幼保健院', '市中心医院', '市第二人民医院', '市第三人民医院', '市儿童医院', '市口腔医院', '市眼科医院', '市第六人民医院', '市精神卫生中心', '市急救中心'];
function hosp(d, type) {
  let c = pick(CITIES); let pre = c[0];
  if (ch(0.06)) { c = CITIES.find((x) => x[0] === '苏州'); pre = '张家港'; }
  const name = type ? pre + type : pre + pick(HTYPE);
  const h = { city: c, name, area: c[1] };
  h.dom = pick(['hospital', 'yy', 'rmyy', 'zyy', 'fy']) + pick(SYL) + '.' + pick(['com.cn', 'org.cn', 'cn', 'com']);
  h.tel = () => { const l = genLand(c); const raw = fmtLand(l, ri(0, 5)); return cat(DC('cn_landline', raw, l.area + l.sub), ch(0.25) ? '转' + ri(2000, 8999) : ''); };
  h.uscc = () => { if (!h.u) h.u = genUscc(type && /药|诊所|门诊部|中心$/.test(type) ? pick(['91', '52']) : '12', c[3]); return E('cn_uscc', h.u, h.u); };
  h.role = (box) => { const v = (box || pick(['yibao', 'tijian', 'kefu', 'yyb', 'office', 'service'])) + '@' + h.dom; return DC('email', v, v); };
  h.org = () => Dx.org(name);
  return h;
}
function staff(d, o = {}) { const p = person(d, { minAge: 24, maxAge: 60, ...o }); return p; }

// ---------------------------------------------------------------- table renderer
const dw = (s) => [...s].reduce((a, c) => a + (/[\u1100-\uffff]/.test(c) ? 2 : 1), 0);
function table(d, defs, rows, o = {}) {
  let cols = defs.filter((c) => c.p == null || ch(c.p)).map((c) => ({ h: typeof c.h === 'string' ? c.h : pick(c.h), k: c.k }));
  if (!o.fixed && ch(0.35)) { const f = cols.filter((c) => c.k === 'no'); cols = f.concat(shuffle(cols.filter((c) => c.k !== 'no'))); }
  const st = o.style || pick(o.styles || ['csv', 'tsv', 'pipe', 'space', 'kv', 'json', 'line', 'semi', 'csv', 'tsv', 'space']);
  for (const r of rows) if (cols.some((c) => c.k === 'upd') && r.upd == null) r.upd = Dx.dt();
  const cell = (r, k) => { const v = r[k]; return v == null ? P('') : typeof v === 'string' ? P(v) : v; };
  if (st === 'csv' || st === 'tsv' || st === 'semi') {
    const sep = { csv: ',', tsv: '\t', semi: ';' }[st];
    d.ln(cols.map((c) => c.h).join(sep));
    for (const r of rows) { const ps = []; cols.forEach((c, i) => { if (i) ps.push(sep); let p = cell(r, c.k); if (st === 'csv' && /[,"]/.test(p.t)) p = cat('"', p, '"'); ps.push(p); }); d.ln(...ps); }
  } else if (st === 'pipe') {
    d.ln('| ' + cols.map((c) => c.h).join(' | ') + ' |'); d.ln('|' + cols.map(() => '---').join('|') + '|');
    for (const r of rows) { const ps = ['| ']; cols.forEach((c, i) => { if (i) ps.push(' | '); ps.push(cell(r, c.k)); }); ps.push(' |'); d.ln(...ps); }
  } else if (st === 'space') {
    const wdt = cols.map((c) => Math.max(dw(c.h), ...rows.map((r) => dw(cell(r, c.k).t))));
    const gap = ri(1, 3);
    d.ln(cols.map((c, i) => c.h + ' '.repeat(wdt[i] - dw(c.h) + gap)).join('').trimEnd());
    for (const r of rows) { const ps = []; cols.forEach((c, i) => { const p = cell(r, c.k); ps.push(p, i < cols.length - 1 ? ' '.repeat(wdt[i] - dw(p.t) + gap) : ''); }); d.ln(...ps); }
  } else if (st === 'kv') {
    const ks = pick(['：', ':', ': ', '：']); const fs = pick(['，', '  ', '；', ' | ', '\n', '\n']);
    rows.forEach((r, n) => { const ps = []; if (fs === '\n' && n) d.ln(pick(['', '----', '——————']));
      for (const c of cols) { const p = cell(r, c.k); if (!p.t) continue; if (ps.length) ps.push(fs); ps.push(c.h + ks, p); } d.ln(...ps); });
  } else if (st === 'json') {
    const arr = ch(0.4); if (arr) d.ln('[');
    rows.forEach((r, n) => { const ps = ['{']; cols.forEach((c, i) => { if (i) ps.push(','); ps.push(`"${c.h}":"`, cell(r, c.k), '"'); }); ps.push('}', arr && n < rows.length - 1 ? ',' : ''); d.ln(...ps); });
    if (arr) d.ln(']');
  } else { // line: numbered, no header
    const sep = pick([' ', '，', '  ', '、', ' / ']);
    rows.forEach((r, n) => { const ps = [pick([`${n + 1}. `, `${n + 1}、`, `(${n + 1}) `, ''])]; let first = true;
      for (const c of cols) { if (c.k === 'no') continue; const p = cell(r, c.k); if (!p.t) continue; if (!first) ps.push(sep); first = false; ps.push(p); } d.ln(...ps); });
  }
  return st;
}
const H = (...a) => a; // header variants
const UPD = { k: 'upd', h: H('更新时间', '录入时间', '最后修改时间', '创建时间', '登记时间'), p: 0.65 };
const exporter = (d) => { const s = staff(d); d.ln(pick(['导出人：', '制表人：', '操作员：', '打印人：']), N(d, s, false), '  ', pick(['导出时间：', '打印时间：', '']), Dx.dt()); };

// ---------------------------------------------------------------- kinds
const KINDS = [];
const kind = (code, n, fn) => KINDS.push({ code, n, fn });

kind('mzrz', 9, (d) => { // 门诊日志
  const h = hosp(d); const dept = pick(DEPTS); const day = rdate();
  const docs = [staff(d)]; if (ch(0.5)) docs.push(staff(d));
  d.ln(h.org(), ' ', dept, pick(['门诊日志', '门诊工作日志', '门诊登记本', '门诊患者登记']), '  ', Dx.date(day), ' ', Dx.wd(day));
  if (ch(0.5)) d.ln('科室电话：', h.tel());
  const rows = [];
  for (let i = 0, n = nrows(); i < n; i++) {
    const p = person(d, { minAge: 1, maxAge: 92 });
    rows.push({ no: String(i + 1), mzh: Dx.mzh(), name: N(d, p), sex: p.sex, age: ch(0.5) ? Dx.age(p.age) : String(p.age), id: I(d, p), tel: M(d, p), addr: addr(),
      onset: Dx.date(addDays(day, -ri(0, 20))), diag: pick(DIAG), doc: N(d, pick(docs), false), tm: Dx.dt(day), fz: ch(0.4) ? '复诊' : '初诊', card: Dx.visitCard() });
  }
  table(d, [{ k: 'no', h: H('序号', 'No.', '#') }, { k: 'mzh', h: H('门诊号', '就诊号', '门诊流水号') }, { k: 'card', h: H('就诊卡号', '卡号(就诊卡)'), p: 0.4 }, { k: 'tm', h: H('就诊时间', '挂号时间'), p: 0.7 }, { k: 'name', h: H('姓名', '患者姓名', '病人姓名') },
    { k: 'sex', h: H('性别') }, { k: 'age', h: H('年龄') }, { k: 'id', h: H('身份证号', '身份证号码', '证件号码'), p: 0.7 }, { k: 'tel', h: H('联系电话', '电话', '手机号') },
    { k: 'addr', h: H('住址', '现住址', '家庭地址'), p: 0.5 }, { k: 'onset', h: H('发病日期', '起病日期'), p: 0.5 }, { k: 'fz', h: H('初/复诊'), p: 0.4 }, { k: 'diag', h: H('初步诊断', '诊断') }, { k: 'doc', h: H('接诊医生', '医生', '首诊医生') }], rows);
  d.ln(pick(['登记人：', '记录：', '护士签名：']), N(d, staff(d), false));
});

kind('zyyl', 9, (d) => { // 住院患者一览
  const h = hosp(d); const ward = pick(DEPTS) + pick(['一病区', '二病区', '', '病房']);
  d.ln(h.org(), ward, pick(['住院患者一览表', '在院病人一览', '病区患者一览']), '  ', pick(['打印时间：', '']), Dx.dt());
  if (ch(0.6)) d.ln('护士站电话：', h.tel());
  const drs = [staff(d), staff(d)], nurses = [staff(d, { sex: '女' }), staff(d, { sex: '女' })];
  const rows = [];
  for (let i = 0, n = nrows(60); i < n; i++) {
    const p = person(d, { minAge: 16, maxAge: 95 }); const f = person(d, { minAge: 20, maxAge: 70 });
    rows.push({ bed: Dx.bed(), zyh: Dx.zyh(), name: N(d, p), sex: p.sex, age: Dx.age(p.age), in: Dx.date(), diag: pick(DIAG), dr: N(d, pick(drs), false), ns: N(d, pick(nurses), false),
      lvl: pick(['一级护理', '二级护理', '特级护理', 'Ⅱ级']), fam: N(d, f), rel: pick(['配偶', '儿子', '女儿', '父亲', '母亲', '兄弟']), ftel: M(d, f), id: I(d, p), ins: pick(['职工医保', '居民医保', '自费', '新农合', '异地医保']), bah: Dx.bah() });
  }
  table(d, [{ k: 'bed', h: H('床号', '床位') }, { k: 'zyh', h: H('住院号', '住院号/ID') }, { k: 'bah', h: H('病案号'), p: 0.3 }, { k: 'name', h: H('姓名', '患者') }, { k: 'sex', h: H('性别') }, { k: 'age', h: H('年龄') },
    { k: 'in', h: H('入院日期', '入院时间') }, { k: 'diag', h: H('入院诊断', '诊断') }, { k: 'dr', h: H('主管医生', '经治医师') }, { k: 'ns', h: H('责任护士'), p: 0.6 }, { k: 'lvl', h: H('护理级别'), p: 0.6 },
    { k: 'fam', h: H('联系人', '家属姓名', '陪护人') }, { k: 'rel', h: H('关系'), p: 0.5 }, { k: 'ftel', h: H('联系人电话', '家属电话', '联系方式') }, { k: 'id', h: H('身份证号', '证件号'), p: 0.55 }, { k: 'ins', h: H('费别', '医保类型'), p: 0.5 }, UPD], rows);
});

const COMPANIES = ['杭州云帆科技有限公司', '苏州恒达精密制造有限公司', '南京金陵物流股份有限公司', '成都天府软件有限公司', '武汉光谷生物医药有限公司', '广州穗丰食品有限公司', '深圳前海数智科技有限公司',
  '西安秦川机械有限公司', '郑州中原建设集团有限公司', '长沙湘江传媒有限公司', '青岛海润电器有限公司', '宁波甬港船务有限公司', '北京华信咨询有限公司', '上海浦江贸易有限公司', '张家口长城能源有限公司', '周口豫东面业有限公司'];
kind('tjmd', 10, (d) => { // 团检体检名单
  const co = pick(COMPANIES); const cdom = pick(SYL) + pick(SYL) + '.' + pick(['com', 'com.cn', 'cn']); const usc = genUscc('91', pick(CITIES)[3]);
  const inst = pick(['美年大健康', '爱康国宾', '慈铭体检', '瑞慈体检', '市第一人民医院健康管理中心', '人民医院体检中心']);
  const hr = staff(d);
  d.ln(pick(['团检人员名单', '年度员工体检名单', '入职体检名单', '职业健康体检人员清单']), '（', Dx.org(co), '）');
  d.ln('单位：', Dx.org(co), pick(['  统一社会信用代码：', '  信用代码：', '\n纳税人识别号：']), E('cn_uscc', usc, usc));
  d.ln('联系人：', N(d, hr, false), ' ', M(d, hr), ch(0.5) ? cat(' 邮箱：', EM(d, hr, cdom)) : '');
  d.ln('体检机构：', Dx.org(inst), '  体检日期：', Dx.date(), ch(0.5) ? cat('  客服：', Dx.hotline()) : '');
  const rows = [];
  for (let i = 0, n = nrows(); i < n; i++) {
    const p = person(d, { minAge: 19, maxAge: 62 });
    rows.push({ no: String(i + 1), name: N(d, p), sex: p.sex, id: I(d, p), tel: M(d, p), mail: EM(d, p, ch(0.6) ? cdom : null), dept: pick(['研发部', '财务部', '生产一车间', '行政部', '销售部', '仓储部', '质检部']),
      pkg: pick(['A套餐（男）', 'B套餐（女未婚）', 'C套餐（女已婚）', '入职基础套餐', '职业病-噪声', '高管VIP']), emp: Dx.emp(), mar: pick(['已婚', '未婚']), exam: Dx.exam(), reg: Dx.dt(), mask: Dx.maskId() });
  }
  table(d, [{ k: 'no', h: H('序号', '编号') }, { k: 'emp', h: H('工号', '员工编号'), p: 0.75 }, { k: 'name', h: H('姓名', '员工姓名', '受检人') }, { k: 'sex', h: H('性别') }, { k: 'mar', h: H('婚否'), p: 0.4 },
    { k: 'id', h: H('身份证号', '身份证号码', '证件号码') }, { k: 'tel', h: H('手机号', '手机', '联系电话') }, { k: 'mail', h: H('邮箱', '报告接收邮箱', 'E-mail'), p: 0.75 }, { k: 'dept', h: H('部门'), p: 0.6 },
    { k: 'pkg', h: H('套餐', '体检套餐') }, { k: 'exam', h: H('体检编号', '条码号'), p: 0.85 }, { k: 'reg', h: H('登记时间', '预约时间'), p: 0.7 }, { k: 'mask', h: H('证件号（脱敏）', '身份证(脱敏)'), p: 0.3 }], rows);
});

kind('yygh', 10, (d) => { // 预约挂号导出
  const h = hosp(d); const drs = [staff(d), staff(d), staff(d)];
  if (ch(0.6)) d.ln(pick(['预约挂号明细导出', '号源预约记录', '微信预约挂号导出']), '_', h.org(), '_', Dx.date());
  const rows = [];
  for (let i = 0, n = nrows(); i < n; i++) {
    const p = person(d, { minAge: 0, maxAge: 88 }); const dt = rdate();
    let typ = '身份证', idp = I(d, p);
    const r = R(); if (r < 0.08) { typ = '护照'; idp = PP(d, p); } else if (r < 0.12) { typ = '港澳通行证'; const v = d.uniqNum(() => 'C' + (ch(0.5) ? dg(8) : pick('ABCDEFGH') + dg(7))); idp = DC('cn_passport', v, v); }
    rows.push({ no: Dx.appt(), name: N(d, p), typ, idno: idp, tel: M(d, p), dept: pick(DEPTS), dr: N(d, pick(drs), false), slot: cat(Dx.date(dt), ' ', pick(['上午', '下午', '08:00-08:30', '14:30-15:00'])),
      card: Dx.visitCard(), ts: Dx.ts(), st: pick(['已取号', '已预约', '已取消', '爽约', '已就诊']), fee: pick(['8.00', '20.00', '50.00', '100.00']), reg: Dx.dt(), mail: ch(0.3) ? EM(d, p) : '' });
  }
  table(d, [{ k: 'no', h: H('预约单号', '预约号', 'order_no') }, { k: 'name', h: H('患者姓名', '就诊人', 'patient_name') }, { k: 'typ', h: H('证件类型'), p: 0.7 }, { k: 'idno', h: H('证件号码', '证件号', 'id_no') },
    { k: 'tel', h: H('手机号', '联系电话', 'mobile') }, { k: 'mail', h: H('邮箱', 'email'), p: 0.5 }, { k: 'dept', h: H('科室', '就诊科室') }, { k: 'dr', h: H('医生', '预约医生') }, { k: 'slot', h: H('就诊时段', '预约时间') },
    { k: 'card', h: H('就诊卡号'), p: 0.5 }, { k: 'fee', h: H('挂号费'), p: 0.4 }, { k: 'st', h: H('状态') }, { k: 'reg', h: H('下单时间', 'created_at'), p: 0.6 }, { k: 'ts', h: H('创建时间戳', 'create_time', 'ctime'), p: 0.6 }], rows, { styles: ['csv', 'csv', 'json', 'tsv', 'semi'] });
});

kind('ydhy', 10, (d) => { // 药店会员
  const store = pick(['老百姓大药房', '益丰大药房', '一心堂', '海王星辰', '国大药房', '大参林', '同仁堂药店']) + pick(['（文三路店）', '（人民路店）', '', '（中山店）']);
  d.ln(Dx.org(store), ' ', pick(['会员资料导出', '慢病会员名单', '会员积分明细']), ' ', Dx.date());
  if (ch(0.4)) d.ln('门店统一社会信用代码：', (() => { const u = genUscc('91'); return E('cn_uscc', u, u); })());
  const rows = [];
  for (let i = 0, n = nrows(); i < n; i++) {
    const p = person(d, { minAge: 18, maxAge: 85 });
    const asPhone = ch(0.35);
    rows.push({ card: asPhone ? E('cn_mobile', p.mobile, p.mobile) : X('member_card_no', safe(() => pick(['88', '20', '90']) + dg(ri(8, 10)))), name: N(d, p), tel: M(d, p), sex: p.sex,
      bd: X('date', `${Y(p.birth)}-${pad(Mo(p.birth), 2)}-${pad(Dd(p.birth), 2)}`), pts: String(ri(0, 20000)), tag: pick(['高血压', '糖尿病', '高血脂', '无', '孕婴', '关节']),
      last: Dx.date(), mail: ch(0.45) ? EM(d, p) : '', bank: ch(0.22) ? C(d, p) : '', drug: pick(DRUGS)[0] });
  }
  table(d, [{ k: 'card', h: H('会员卡号', '会员号', '卡号') }, { k: 'name', h: H('会员姓名', '姓名') }, { k: 'sex', h: H('性别'), p: 0.5 }, { k: 'tel', h: H('手机', '手机号码', '电话') },
    { k: 'bd', h: H('生日', '出生日期'), p: 0.6 }, { k: 'pts', h: H('积分', '可用积分') }, { k: 'tag', h: H('慢病标签', '会员标签'), p: 0.7 }, { k: 'drug', h: H('常购药品'), p: 0.4 },
    { k: 'last', h: H('最近消费', '最后消费日期') }, { k: 'mail', h: H('邮箱'), p: 0.7 }, { k: 'bank', h: H('绑定银行卡', '代扣卡号'), p: 0.6 }, UPD], rows);
});

kind('cf', 10, (d) => { // 处方
  const h = hosp(d);
  for (let k = 0, n = ri(1, 3); k < n; k++) {
    const p = person(d, { minAge: 1, maxAge: 90 }); const dr = staff(d), ph = staff(d); const dt = rdate();
    d.ln(h.org(), '  ', pick(['处方笺', '门诊处方', '普通处方', '慢病长期处方']), ch(0.25) ? cat('  机构信用代码：', h.uscc()) : '');
    d.ln('处方号：', Dx.cfh(), '   ', pick(['科别：', '科室：']), pick(DEPTS), '   门诊号：', Dx.mzh());
    d.ln('姓名：', N(d, p, false), '  性别：', p.sex, '  年龄：', Dx.age(p.age), '  费别：', pick(['医保', '自费', '公费']));
    if (ch(0.6)) d.ln(pick(['医保卡号：', '社保卡号：']), Dx.ssc(), ch(0.5) ? cat('  身份证号：', I(d, p)) : '');
    else if (ch(0.5)) d.ln('身份证号：', I(d, p));
    if (ch(0.7)) d.ln(pick(['电话：', '联系电话：', '手机：']), M(d, p), ch(0.4) ? '   地址：' + addr() : '');
    d.ln('临床诊断：', pick(DIAG), ch(0.4) ? '；' + pick(DIAG) : '');
    d.ln('Rp.');
    for (let j = 0, m = ri(1, 4); j < m; j++) {
      const [dn, spec] = pick(DRUGS);
      d.ln(`  ${j + 1}. `, Dx.org(dn), ' ', spec, ' ×', String(ri(1, 4)), pick(['盒', '瓶']), ch(0.5) ? cat('  ', Dx.gyzz()) : '', ch(0.4) ? cat('  批号：', Dx.batch()) : '');
      d.ln('     用法：', pick(['口服 一日三次 每次1粒', '口服 qd 1片', '口服 bid 2片', '饭后服用 tid']));
    }
    d.ln('金额：', Dx.amt(800), '   ', Dx.date(dt));
    d.ln('医师：', N(d, dr, false), '   审核药师：', N(d, ph, false), ch(0.5) ? cat('   调配：', N(d, staff(d), false)) : '');
    if (ch(0.3)) d.ln('药房咨询电话：', h.tel());
    d.ln(pick(['', '--------------------------------', '']));
  }
});

function titleForm(d, p, title) { // surname + title: ambiguous; both forms dontCare
  const s = p.name.length >= 4 && COMPOUND.includes(p.name.slice(0, 2)) ? p.name.slice(0, 2) : p.name[0];
  const full = s + title;
  if (p.name.includes('·') || TIB.includes(p.name)) return N(d, p, false);
  return P(full, [{ c: 'd', det: 'person_name_zh', value: s, raw: s }, { c: 'd', det: 'person_name_zh', value: full, raw: full }]);
}
kind('ymkh', 10, (d) => { // 医美客户 + 回访
  const clinic = pick(['美莱医疗美容', '艺星医疗美容', '华美医美', '伊美尔', '铂曼医疗美容']) + pick(['门诊部', '医院', '诊所']);
  const cons = [staff(d, { sex: '女' }), staff(d, { sex: '女' })];
  d.ln(Dx.org(clinic), ' ', pick(['客户档案', '成交客户名单', '术后回访表', '老客户回访名单']), ' ', Dx.date());
  const rows = [];
  for (let i = 0, n = nrows(50); i < n; i++) {
    const p = person(d, { minAge: 19, maxAge: 55, sex: ch(0.85) ? '女' : '男' }); const dt = rdate();
    const t = p.male ? '先生' : pick(['女士', '小姐', '姐']);
    const note = pick([
      () => cat('术后', String(ri(1, 30)), '天回访，', titleForm(d, p, t), pick(['反馈肿胀已消', '表示满意', '反馈有轻微淤青', '想加做水光']), '，约', Dx.date(addDays(dt, ri(7, 60))), '复查'),
      () => cat('电话未接通，', Dx.date(dt), '再次联系'),
      () => cat(titleForm(d, p, t), '说', pick(['余款', '尾款']), '下周付，', pick(['分期', '花呗']), '已办'),
      () => cat('介绍人：', N(d, person(d, { sex: '女' }), false), '，赠送小气泡一次'),
      () => '已加微信，发术后注意事项'])();
    rows.push({ name: N(d, p), sex: p.sex, age: String(p.age), tel: M(d, p), item: pick(['玻尿酸', '双眼皮', '光子嫩肤', '热玛吉', '隆鼻', '水光针', '吸脂', '皮秒祛斑']),
      amt: Dx.amt(), card: ch(0.45) ? C(d, p) : '', cons: N(d, pick(cons), false), date: Dx.date(dt), note, mail: ch(0.3) ? EM(d, p) : '', wx: ch(0.3) ? X('wechat_id', `wxid_${pick(SYL)}${dg(4)}`) : '' });
  }
  table(d, [{ k: 'name', h: H('客户姓名', '顾客', '姓名') }, { k: 'sex', h: H('性别'), p: 0.3 }, { k: 'age', h: H('年龄'), p: 0.5 }, { k: 'tel', h: H('电话', '手机', '联系方式') }, { k: 'wx', h: H('微信号'), p: 0.5 },
    { k: 'mail', h: H('邮箱'), p: 0.6 }, { k: 'item', h: H('项目', '消费项目') }, { k: 'amt', h: H('成交金额', '金额') }, { k: 'card', h: H('分期卡号', '付款银行卡', '银行卡号'), p: 0.8 },
    { k: 'cons', h: H('咨询师', '顾问') }, { k: 'date', h: H('手术日期', '到院日期') }, { k: 'note', h: H('回访记录', '备注', '回访情况') }, UPD], rows, { styles: ['csv', 'tsv', 'kv', 'pipe', 'space', 'line'] });
});

kind('kq', 9, (d) => { // 口腔客户
  const clinic = pick(['瑞尔齿科', '拜博口腔', '马泷齿科', '通策口腔', '市口腔医院']) + pick(['', '（滨江院区）', '（城西诊所）']);
  const drs = [staff(d), staff(d)];
  d.ln(Dx.org(clinic), pick([' 患者复诊名单', ' 正畸患者档案', ' 种植回访表', ' 预约提醒名单']));
  const rows = [];
  for (let i = 0, n = nrows(); i < n; i++) {
    const kid = ch(0.3); const p = person(d, kid ? { minAge: 6, maxAge: 15 } : { minAge: 18, maxAge: 80 });
    const par = kid ? person(d, { minAge: 30, maxAge: 50 }) : null;
    rows.push({ bl: Dx.bah(), name: N(d, p), sex: p.sex, bd: X('date', fmtDate(p.birth)), tel: kid ? M(d, par) : M(d, p), item: pick(['种植', '隐形矫正', '根管治疗', '洁牙', '拔除智齿', '全瓷冠', '窝沟封闭']),
      tooth: X('tooth_position', pick(['16', '26', '36', '46', '11', '21', '38', '48']) + pick(['牙', '', '']) || '36'), dr: N(d, pick(drs), false), next: Dx.date(),
      note: kid ? cat(pick(['家长：', '监护人：', par.male ? '爸爸 ' : '妈妈 ']), N(d, par, false), ch(0.5) ? cat(' ', M(d, par)) : '', ch(0.3) ? '，周六上午方便' : '') : ch(0.3) ? cat('家中座机 ', L(d, p)) : pick(['', '需拍CBCT', '对麻药过敏', '余留牙松动', '常规复查']) });
  }
  table(d, [{ k: 'bl', h: H('病历号', '档案号') }, { k: 'name', h: H('患者姓名', '姓名') }, { k: 'sex', h: H('性别'), p: 0.5 }, { k: 'bd', h: H('出生日期', '生日'), p: 0.5 }, { k: 'tel', h: H('联系电话', '电话') },
    { k: 'item', h: H('治疗项目', '项目') }, { k: 'tooth', h: H('牙位'), p: 0.5 }, { k: 'dr', h: H('医生', '主诊医生') }, { k: 'next', h: H('下次复诊', '预约时间') }, { k: 'note', h: H('备注', '回访备注') }, UPD], rows);
});

kind('yk', 9, (d) => { // 眼科 术前登记
  const h = hosp(d, pick(['市眼科医院', '爱尔眼科医院', '普瑞眼科医院']));
  d.ln(h.org(), pick([' 近视手术术前检查登记', ' 屈光中心客户名单', ' 白内障手术预约表', ' 青少年近视防控档案']));
  const rows = [];
  for (let i = 0, n = nrows(); i < n; i++) {
    const p = person(d, { minAge: 8, maxAge: 75 });
    rows.push({ no: Dx.exam(), name: N(d, p), id: I(d, p), tel: M(d, p), va: X('lab_value', `右${(ri(40, 50) / 10).toFixed(1)} 左${(ri(40, 50) / 10).toFixed(1)}`),
      ref: X('lab_value', `-${(ri(1, 36) * 0.25).toFixed(2)}DS/-${(ri(0, 8) * 0.25).toFixed(2)}DC×${ri(1, 180)}`), iop: X('lab_value', `${ri(10, 24)}mmHg`),
      op: pick(['全飞秒', '半飞秒', 'ICL', '超乳+IOL', '角膜塑形镜', '观察']), mail: EM(d, p), date: Dx.date() });
  }
  table(d, [{ k: 'no', h: H('检查编号', '登记号') }, { k: 'name', h: H('姓名', '客户姓名') }, { k: 'id', h: H('身份证号', '身份证'), p: 0.75 }, { k: 'tel', h: H('手机', '电话') }, { k: 'va', h: H('裸眼视力'), p: 0.7 },
    { k: 'ref', h: H('验光结果', '屈光度'), p: 0.7 }, { k: 'iop', h: H('眼压'), p: 0.5 }, { k: 'op', h: H('拟手术方式', '方案') }, { k: 'mail', h: H('邮箱', '电子邮件'), p: 0.55 }, { k: 'date', h: H('检查日期') }, UPD], rows);
});

kind('yzzx', 9, (d) => { // 月子中心
  const org = pick(['喜喜月子会所', '馨月汇月子中心', '爱帝宫母婴会所', '悦子阁产后护理中心']);
  d.ln(Dx.org(org), pick([' 入住客户信息表', ' 在住宝妈名单', ' 客户签约明细']), ' ', Dx.date());
  const rows = [];
  for (let i = 0, n = nrows(40); i < n; i++) {
    const m = person(d, { minAge: 22, maxAge: 42, sex: '女' }); const hb = person(d, { minAge: 24, maxAge: 45, sex: '男' });
    const bb = ri(1, 28); const inD = rdate();
    rows.push({ room: Dx.room(), name: N(d, m), id: I(d, m), tel: M(d, m), bb: cat(pick(['男', '女', '双胞胎']), '，', Dx.date(addDays(inD, -ri(0, 5))), '，', X('lab_value', `${(ri(25, 42) / 10).toFixed(1)}kg`)),
      hb: N(d, hb), htel: M(d, hb), pkg: pick(['28天尊享套餐', '42天套餐', '26天基础套餐', '单间升级']), amt: Dx.amt(), card: ch(0.65) ? C(d, ch(0.7) ? m : hb) : '', in: Dx.date(inD),
      hosp: pick(['市妇幼保健院', '市第一人民医院', '和美妇儿医院']), mail: ch(0.3) ? EM(d, m) : '', bbn: ch(bb < 10 ? 0.2 : 0) ? Dx.birthCert() : '' });
  }
  table(d, [{ k: 'room', h: H('房号', '房间') }, { k: 'name', h: H('宝妈姓名', '客户姓名', '产妇姓名') }, { k: 'id', h: H('身份证号码', '证件号'), p: 0.7 }, { k: 'tel', h: H('手机', '联系电话') },
    { k: 'bb', h: H('宝宝信息（性别/出生/体重）', '宝宝情况') }, { k: 'bbn', h: H('出生证编号'), p: 0.4 }, { k: 'hosp', h: H('分娩医院'), p: 0.4 }, { k: 'hb', h: H('紧急联系人', '丈夫姓名', '家属') },
    { k: 'htel', h: H('紧急联系电话', '家属电话') }, { k: 'pkg', h: H('套餐') }, { k: 'amt', h: H('合同金额', '已付金额') }, { k: 'card', h: H('付款卡号', '刷卡卡号', '银行卡号'), p: 0.8 },
    { k: 'in', h: H('入住日期') }, { k: 'mail', h: H('邮箱'), p: 0.5 }, UPD], rows, { styles: ['kv', 'kv', 'csv', 'tsv', 'pipe', 'space'] });
});

kind('ylyzh', 9, (d) => { // 养老院
  const org = pick(['夕阳红养老院', '福寿康颐养中心', '幸福里护理院', '松鹤楼老年公寓', '社会福利院']);
  d.ln(Dx.org(org), pick([' 在院老人花名册', ' 长者入住信息及家属联系表', ' 护理等级与缴费表']), ' ', Dx.date());
  if (ch(0.4)) d.ln('本院统一社会信用代码：', (() => { const u = genUscc('52'); return E('cn_uscc', u, u); })(), '  值班电话：', hosp(d).tel());
  const rows = [];
  for (let i = 0, n = nrows(); i < n; i++) {
    const o = person(d, { minAge: 62, maxAge: 100 }); const f = person(d, { minAge: 30, maxAge: 70 }); f.city = pick(CITIES);
    const payer = ch(0.7) ? f : o;
    rows.push({ bed: ch(0.5) ? Dx.bed() : Dx.room(), name: N(d, o), sex: o.sex, age: Dx.age(o.age), id: I(d, o), lvl: pick(['自理', '半护理', '全护理', '特护', '介护一级']),
      fam: N(d, f), rel: pick(['儿子', '女儿', '儿媳', '女婿', '侄子', '孙子']), ftel: ch(0.25) ? L(d, f) : M(d, f), ftel2: ch(0.2) ? L(d, f) : '', fmail: ch(0.3) ? EM(d, f) : '',
      holder: N(d, payer), card: C(d, payer), bank: Dx.org(pick(BANKS) + pick(['', '城东支行', '营业部'])), in: Dx.date(), fee: Dx.amt(15000), ct: X('contract_no', safe(() => 'YL' + dts().slice(0, 6) + dg(3))), due: Dx.date() });
  }
  table(d, [{ k: 'bed', h: H('床位', '房间/床位') }, { k: 'name', h: H('老人姓名', '姓名', '长者姓名') }, { k: 'sex', h: H('性别') }, { k: 'age', h: H('年龄') }, { k: 'id', h: H('身份证号', '身份证'), p: 0.7 },
    { k: 'lvl', h: H('护理等级') }, { k: 'fam', h: H('家属姓名', '联系人', '监护人') }, { k: 'rel', h: H('关系', '与老人关系') }, { k: 'ftel', h: H('家属电话', '联系电话') }, { k: 'ftel2', h: H('备用电话', '座机'), p: 0.5 },
    { k: 'fmail', h: H('家属邮箱'), p: 0.6 }, { k: 'holder', h: H('代扣户名', '户名'), p: 0.6 }, { k: 'card', h: H('代扣卡号', '缴费银行卡号'), p: 0.7 }, { k: 'bank', h: H('开户行'), p: 0.5 }, { k: 'in', h: H('入院日期') }, { k: 'fee', h: H('月费') }, { k: 'ct', h: H('合同编号'), p: 0.7 }, { k: 'due', h: H('缴费截止日'), p: 0.6 }, UPD], rows);
});
const BANKS = ['中国工商银行', '中国农业银行', '中国建设银行', '中国银行', '交通银行', '招商银行', '浦发银行', '兴业银行', '中信银行', '中国邮政储蓄银行', '杭州银行', '宁波银行', '平安银行', '民生银行'];

kind('ymjz', 9, (d) => { // 疫苗接种
  const site = pick(REG)[1].replace(/^.*?(市|区)/, '') + pick(['社区卫生服务中心预防接种门诊', '街道卫生院接种点', '预防接种门诊']);
  d.ln(Dx.org(site), ' ', pick(['接种登记', '儿童预防接种记录', '当日接种名单', '补种通知名单']), ' ', Dx.date());
  const docs = [staff(d, { sex: '女' }), staff(d, { sex: '女' })];
  const rows = [];
  for (let i = 0, n = nrows(); i < n; i++) {
    const c = person(d, { minAge: 0, maxAge: 6 }); const pa = person(d, { minAge: 24, maxAge: 42 });
    // 儿童编码 = region + birth date + 4 digits: passes MOD 11-2 in 1/11 of cases (then honestly ambiguous -> dontCare);
    // codes that would look like a Luhn-valid card or a USCC are avoided, and 62xxxx (Gansu) codes are left blank
    const region = c.id.slice(0, 6); let code = null;
    if (!/^62/.test(region)) for (let t = 0; t < 40 && !code; t++) { const b = region + ymd(c.birth) + dg(4); if ((idLike(b) || !risky(b)) && !d.nums.has(b)) code = b; }
    if (code) d.nums.add(code);
    const childCode = !code ? '' : idLike(code) ? DC('cn_resident_id', code, code) : X('child_vaccine_code', code);
    const [vac, mfr] = pick([['乙肝疫苗', '深圳康泰生物'], ['脊灰减毒活疫苗', '北京生物'], ['百白破疫苗', '武汉生物'], ['麻腮风疫苗', '上海生物'], ['乙脑减毒活疫苗', '成都生物'], ['13价肺炎球菌结合疫苗', '沃森生物'], ['流感疫苗', '华兰生物'], ['EV71疫苗', '中国医学科学院医学生物学研究所']]);
    rows.push({ name: N(d, c), sex: c.sex, bd: X('date', fmtDate(c.birth, 0)), code: childCode, id: ch(0.5) ? I(d, c) : '', par: N(d, pa), rel: pa.male ? '父亲' : '母亲', tel: M(d, pa),
      vac, dose: `第${ri(1, 4)}剂`, batch: Dx.vacBatch(), mfr: Dx.org(mfr), part: pick(['左上臂', '右上臂', '口服', '左大腿']), doc: N(d, pick(docs), false), date: Dx.date(rdate(c.birth.getTime(), T1)), appr: ch(0.3) ? Dx.gyzz() : '' });
  }
  table(d, [{ k: 'name', h: H('儿童姓名', '受种者', '姓名') }, { k: 'sex', h: H('性别') }, { k: 'bd', h: H('出生日期') }, { k: 'code', h: H('儿童编码', '接种证编号'), p: 0.6 }, { k: 'id', h: H('身份证号'), p: 0.6 },
    { k: 'par', h: H('监护人', '家长姓名', '母亲/父亲') }, { k: 'rel', h: H('关系'), p: 0.4 }, { k: 'tel', h: H('联系电话', '家长手机') }, { k: 'vac', h: H('疫苗名称') }, { k: 'dose', h: H('剂次') },
    { k: 'batch', h: H('批号', '疫苗批号') }, { k: 'appr', h: H('批准文号'), p: 0.3 }, { k: 'mfr', h: H('生产企业'), p: 0.5 }, { k: 'part', h: H('接种部位'), p: 0.4 }, { k: 'doc', h: H('接种医生', '接种人') }, { k: 'date', h: H('接种日期') }], rows);
});

kind('hscy', 9, (d) => { // 核酸采样登记
  const pt = pick(['文三路便民采样点', '火车东站采样点', '第3采样亭', '市一医院发热门诊采样点', '科技园临时采样点']);
  d.ln(pick(['核酸采样登记表', '混采10合1登记', '重点人群核酸检测名单']), ' ', Dx.org(pt), ' ', Dx.dt());
  const rows = []; let tube = Dx.tube(); const mix = pick([1, 5, 10, 20]);
  for (let i = 0, n = nrows(); i < n; i++) {
    if (i % mix === 0) tube = Dx.tube();
    const p = person(d, { minAge: 1, maxAge: 90 });
    let typ = '居民身份证', idp = I(d, p); if (ch(0.05)) { typ = '护照'; idp = PP(d, p); }
    rows.push({ no: String(i + 1), tube, name: N(d, p), typ, id: idp, tel: M(d, p), cat: pick(['普通人群', '医务人员', '冷链从业', '快递外卖', '学生', '愿检尽检']), tm: Dx.dt(), reg: Dx.exam(), rpt: Dx.dt() });
  }
  table(d, [{ k: 'no', h: H('序号') }, { k: 'tube', h: H('试管条码', '试管编号', '管码') }, { k: 'name', h: H('姓名') }, { k: 'typ', h: H('证件类型'), p: 0.5 }, { k: 'id', h: H('证件号码', '身份证号') },
    { k: 'tel', h: H('手机号', '联系电话') }, { k: 'cat', h: H('人群分类'), p: 0.6 }, { k: 'tm', h: H('采样时间') }, { k: 'reg', h: H('登记编号', '采样编号'), p: 0.7 }, { k: 'rpt', h: H('报告时间'), p: 0.6 }], rows, { styles: ['csv', 'tsv', 'space', 'json', 'pipe'] });
  d.ln('采样人员：', N(d, staff(d), false), ' ', Dx.hotline());
});

kind('ybjs', 10, (d) => { // 医保结算单
  const h = hosp(d);
  for (let k = 0, n = ri(1, 3); k < n; k++) {
    const p = person(d, { minAge: 1, maxAge: 95 }); const inD = rdate(); const outD = addDays(inD, ri(2, 30));
    d.ln(pick(['医疗保障基金结算清单', '住院费用结算单', '门诊医保结算单', '医保结算明细']));
    d.ln('定点医疗机构名称：', h.org(), '   机构编码：', Dx.insOrg(h.city[3]));
    if (ch(0.6)) d.ln('统一社会信用代码：', h.uscc());
    d.ln('结算ID：', Dx.serial(), '   住院号：', Dx.zyh(), ch(0.3) ? cat('  病案号：', Dx.bah()) : '');
    d.ln('姓名：', N(d, p, false), '  性别：', p.sex, '  年龄：', Dx.age(p.age), '  ', pick(['人员类别：在职', '人员类别：退休', '人员类别：城乡居民', '人员类别：灵活就业']));
    const r = R();
    if (r < 0.5) d.ln('社会保障号码：', I(d, p), '   医保卡号：', Dx.ssc());
    else if (r < 0.8) d.ln('证件号码：', I(d, p), '   个人编号：', Dx.insNo());
    else d.ln('个人编号：', Dx.insNo(), '   医保卡号：', Dx.ssc());
    d.ln('参保地：', pick(CITIES)[0], '市  险种：', pick(['职工基本医疗保险', '城乡居民基本医疗保险']), '  入院日期：', Dx.date(inD), '  出院日期：', Dx.date(outD));
    d.ln('医疗费总额：', Dx.amt(), '  统筹基金支付：', Dx.amt(), '  个人账户支付：', Dx.amt(), '  个人现金支付：', Dx.amt());
    if (ch(0.4)) { const payee = ch(0.7) ? p : person(d); d.ln('退款账户  户名：', N(d, payee, false), '  开户行：', Dx.org(pick(BANKS)), '  账号：', C(d, payee)); }
    if (ch(0.5)) d.ln('联系电话：', M(d, p));
    d.ln('经办人：', N(d, staff(d), false), '   结算时间：', Dx.dt(outD), ch(0.3) ? cat('   医保咨询：', Dx.hotline()) : '');
    if (ch(0.3)) d.ln('医保办邮箱：', h.role('yibao'), '  电话：', h.tel());
    d.ln('');
  }
});

kind('sflb', 10, (d) => { // 慢病随访
  const site = pick(REG)[1].replace(/^.*?(市|区)/, '') + pick(['社区卫生服务中心', '卫生院', '社区卫生服务站']);
  const dz = pick(['高血压', '2型糖尿病', '高血压/糖尿病', '慢阻肺', '严重精神障碍']);
  d.ln(Dx.org(site), ' ', dz, pick(['患者随访名单', '季度随访表', '失访人员清单', '重点人群随访']));
  const docs = [staff(d), staff(d)]; const city = pick(CITIES);
  const rows = [];
  for (let i = 0, n = nrows(); i < n; i++) {
    const p = person(d, { minAge: 40, maxAge: 92 }); p.city = city;
    const fu = rdate();
    rows.push({ rec: Dx.rec(), name: N(d, p), sex: p.sex, age: String(p.age), id: I(d, p), tel: ch(0.35) ? L(d, p) : M(d, p), tel2: ch(0.3) ? M(d, p) : '',
      lab: dz.includes('糖') && ch(0.5) ? Dx.lab('GLU 葡萄糖') : Dx.lab('BP 血压'), lab2: ch(0.5) ? Dx.lab() : '', fu: Dx.date(fu), way: pick(['门诊', '电话', '家庭', '微信']), dr: N(d, pick(docs), false), next: Dx.date(addDays(fu, 90)),
      res: pick(['控制满意', '控制不满意', '不良反应', '失访', '常规随访']), addr: addr() });
  }
  table(d, [{ k: 'rec', h: H('健康档案号', '档案编号') }, { k: 'name', h: H('姓名', '患者姓名') }, { k: 'sex', h: H('性别') }, { k: 'age', h: H('年龄') }, { k: 'id', h: H('身份证号', '身份证号码'), p: 0.75 },
    { k: 'tel', h: H('联系电话', '电话') }, { k: 'tel2', h: H('手机', '备用电话'), p: 0.5 }, { k: 'addr', h: H('现住址', '住址'), p: 0.4 }, { k: 'lab', h: H('血压/血糖', '最近一次测量') }, { k: 'lab2', h: H('糖化血红蛋白', '其他指标'), p: 0.4 },
    { k: 'fu', h: H('随访日期', '本次随访') }, { k: 'way', h: H('随访方式'), p: 0.6 }, { k: 'res', h: H('随访结果', '评价') }, { k: 'dr', h: H('随访医生', '责任医生') }, { k: 'next', h: H('下次随访') }, UPD], rows);
});

kind('cj', 9, (d) => { // 产检
  const h = hosp(d, pick(['市妇幼保健院', '市第一人民医院', '和美妇儿医院']));
  d.ln(h.org(), pick([' 孕产妇建档登记', ' 产科门诊产检记录', ' 高危孕产妇管理名单']));
  const rows = [];
  for (let i = 0, n = nrows(50); i < n; i++) {
    const m = person(d, { minAge: 20, maxAge: 44, sex: '女' }); const hb = person(d, { minAge: 22, maxAge: 50, sex: '男' });
    const lmp = rdate(); const edd = addDays(lmp, 280);
    rows.push({ no: X('maternal_handbook_no', safe(() => pick(['MZ', 'YC', '']) + dts().slice(0, 4) + dg(6))), name: N(d, m), age: Dx.age(m.age), id: I(d, m), tel: M(d, m), hb: N(d, hb), htel: M(d, hb), lmp: Dx.date(lmp), edd: Dx.date(edd),
      gw: X('gestational_week', `孕${ri(6, 40)}+${ri(0, 6)}周`), lab: cat('Hb ', X('lab_value', `${ri(90, 140)}g/L`), ' 胎心 ', X('lab_value', `${ri(120, 160)}次/分`)), risk: pick(['无', '高龄', '妊娠期糖尿病', '瘢痕子宫', '妊高征', '双胎']),
      mail: ch(0.2) ? EM(d, m) : '' });
  }
  table(d, [{ k: 'no', h: H('建档号', '母子健康手册编号') }, { k: 'name', h: H('孕妇姓名', '姓名') }, { k: 'age', h: H('年龄') }, { k: 'id', h: H('身份证号'), p: 0.8 }, { k: 'tel', h: H('手机', '联系电话') },
    { k: 'hb', h: H('丈夫姓名', '配偶') }, { k: 'htel', h: H('丈夫电话', '配偶电话') }, { k: 'lmp', h: H('末次月经') }, { k: 'edd', h: H('预产期') }, { k: 'gw', h: H('孕周') }, { k: 'lab', h: H('本次检查'), p: 0.6 },
    { k: 'risk', h: H('高危因素') }, { k: 'mail', h: H('邮箱'), p: 0.5 }, UPD], rows);
});

kind('xlzx', 9, (d) => { // 心理咨询预约
  const org = pick(['心晴心理咨询工作室', '市精神卫生中心心理门诊', '向日葵心理', '简单心理合作机构']);
  const cs = [staff(d), staff(d, { sex: '女' })];
  d.ln(Dx.org(org), pick([' 来访者预约表', ' 本周咨询排期', ' 危机个案跟进名单']));
  if (ch(0.4)) d.ln('预约邮箱：', (() => { const v = 'yuyue@' + pick(SYL) + 'xinli.com'; return DC('email', v, v); })(), '  热线：', Dx.hotline());
  const rows = [];
  for (let i = 0, n = nrows(40); i < n; i++) {
    const p = person(d, { minAge: 14, maxAge: 65 }); const ec = person(d, { minAge: 30, maxAge: 70 });
    rows.push({ no: X('client_no', safe(() => pick(['XL', 'C', 'LF']) + yy() + '-' + dg(4))), name: N(d, p), tel: M(d, p), mail: EM(d, p), tm: cat(Dx.dt(), ' ', Dx.wd()), c: N(d, pick(cs), false),
      way: pick(['线下', '视频', '电话']), issue: pick(['焦虑情绪', '失眠', '亲子关系', '职场压力', '抑郁状态复诊', '婚姻困扰', '学业压力']),
      ec: ch(0.5) ? cat(N(d, ec, false), '（', pick(['母亲', '父亲', '配偶', '姐姐']), '）', M(d, ec)) : '', fee: Dx.amt(1500) });
  }
  table(d, [{ k: 'no', h: H('来访者编号', '个案号') }, { k: 'name', h: H('来访者', '姓名') }, { k: 'tel', h: H('手机', '电话') }, { k: 'mail', h: H('邮箱', 'Email'), p: 0.8 }, { k: 'tm', h: H('预约时间') },
    { k: 'c', h: H('咨询师') }, { k: 'way', h: H('方式'), p: 0.6 }, { k: 'issue', h: H('主诉', '议题') }, { k: 'ec', h: H('紧急联系人'), p: 0.7 }, { k: 'fee', h: H('费用'), p: 0.4 }], rows, { styles: ['kv', 'csv', 'tsv', 'pipe', 'line'] });
});

kind('d120', 9, (d) => { // 120 调度记录
  const c = pick(CITIES)[0];
  d.ln(Dx.org(c + '市急救中心'), pick([' 调度记录摘录', ' 受理单', ' 当班调度日志']), ' ', Dx.date());
  for (let k = 0, n = ri(1, 12); k < n; k++) {
    const caller = person(d); const pt = person(d, { minAge: 1, maxAge: 95 });
    const known = ch(0.6); const who = known ? pick(['（家属）', '（同事）', '（邻居）', '']) : pick(['（路人）', '（商户）', '（保安）']);
    const rel = who === '（同事）' ? '同事' : who === '（邻居）' ? '邻居' : pt.male ? pick(['其父', '其丈夫', '其子']) : pick(['其母', '其妻', '其女']);
    const anon = pick([['一男性', 20, 60], ['一女性', 20, 60], ['一老人', 65, 90], ['一名儿童', 3, 12]]);
    d.ln(pick(['【受理号 ', '受理编号：', '#']), Dx.dispatch(), pick(['】', ' ', '  ']), X('time', hm()), ' 接报，呼救电话 ', M(d, caller), '，', N(d, caller, false), who, '称',
      known ? cat(rel, N(d, pt, false), '，', Dx.age(pt.age), '，') : cat(anon[0], '约', Dx.age(ri(anon[1], anon[2])), '，姓名不详，'),
      '在', addr(), pick(['突发胸痛', '摔倒后意识不清', '呼吸困难', '腹痛呕吐', '车祸外伤', '抽搐']), '。派', Dx.vehicle(), '，随车医生', N(d, staff(d), false), '，',
      ch(0.5) ? cat('送往', Dx.org(pick(CITIES)[0] + pick(HTYPE)), '。') : '现场处置后拒绝转运。', ch(0.3) && known ? cat('患者身份证 ', I(d, pt), '。') : '', ch(0.2) ? cat('回拨号码 ', M(d, person(d)), '。') : '');
  }
  if (ch(0.4)) d.ln('调度员：', N(d, staff(d), false), '  调度室：', hosp(d).tel());
});

kind('ysbp', 10, (d) => { // 医生排班
  const h = hosp(d); const dept = pick(DEPTS); const start = rdate();
  d.ln(h.org(), dept, pick([' 医生排班表', ' 值班安排及通讯录', ' 节假日值班表', ' 门诊出诊安排']), ' ', Dx.date(start), '至', Dx.date(addDays(start, 6)));
  d.ln(pick(['科室值班电话：', '医生办公室：', '值班室：']), h.tel(), ch(0.5) ? cat('  总机：', h.tel()) : '');
  const rows = [];
  for (let i = 0, n = nrows(40); i < n; i++) {
    const p = staff(d); const day = addDays(start, i % 7);
    rows.push({ day: Dx.wd(day), date: Dx.date(day), name: N(d, p), title: Dx.title(), tel: M(d, p), short: ch(0.5) ? Dx.shortNo() : '', mail: ch(0.45) ? EM(d, p, h.dom) : '', emp: Dx.emp(),
      shift: pick(['白班', '夜班', '24h', '上午门诊', '下午门诊', '备班', '二线']) });
  }
  table(d, [{ k: 'day', h: H('星期') }, { k: 'date', h: H('日期'), p: 0.6 }, { k: 'shift', h: H('班次') }, { k: 'emp', h: H('工号'), p: 0.4 }, { k: 'name', h: H('医生', '姓名', '值班人') }, { k: 'title', h: H('职称') },
    { k: 'tel', h: H('手机', '联系电话') }, { k: 'short', h: H('短号', '集团短号'), p: 0.7 }, { k: 'mail', h: H('邮箱'), p: 0.7 }], rows);
  d.ln('注：', pick(['周一至周五', '节假日', '周末']), '如需调班请提前告知', pick(['护士长', '科主任', '医务科']), '。');
});

kind('tjbg', 9, (d) => { // 体检报告邮件
  const inst = pick(['爱康国宾', '美年大健康', '市人民医院健康管理中心', '慈铭体检']); const dom = pick(['ikang', 'meinian', 'tijian', 'health']) + pick(SYL) + '.com';
  const n = ri(1, 6);
  for (let k = 0; k < n; k++) {
    const p = person(d, { minAge: 20, maxAge: 70 }); const tt = p.male ? '先生' : '女士';
    d.ln('发件人：', Dx.org(inst), ' <', (() => { const v = 'report@' + dom; return DC('email', v, v); })(), '>');
    d.ln('收件人：', N(d, p, false), ' <', EM(d, p), '>');
    d.ln('主题：', pick(['您的体检报告已出', '【体检报告】请查收', '体检结果异常提醒']), ' - ', Dx.exam());
    d.ln('尊敬的', N(d, p, false), tt, '：');
    d.ln('  您于', Dx.date(), '在我中心完成的体检报告已生成，', pick(['身份证尾号', '证件号']), ' ', ch(0.5) ? Dx.maskId() : X('masked_id', '****' + p.id.slice(14)), '。',
      '主要异常：', ...(() => { const l = pick(LABS); return [l[1], ' ', X('lab_value', l[2]())]; })(), pick([' 偏高', ' 偏低', '']), '，', pick(['甲状腺结节', '脂肪肝', '肺结节', '无']), '。');
    d.ln('  如有疑问请致电', Dx.hotline(), '，或回复本邮件。', ch(0.4) ? cat('您预留的手机号为 ', Dx.maskM(), '。') : ch(0.5) ? cat('我们将短信通知至 ', M(d, p), '。') : '');
    if (ch(0.4)) d.ln('  附：报告查询码 ', X('query_code', safe(() => dg(6))), '，就诊人 ', N(d, p, false), '，性别 ', p.sex, '，年龄 ', Dx.age(p.age));
    d.ln('');
  }
});

kind('tfsq', 10, (d) => { // 退费申请
  const h = hosp(d);
  d.ln(h.org(), pick([' 门诊退费申请汇总', ' 预交金退款登记', ' 线上支付退款（转银行卡）明细']), ' ', Dx.date());
  const rows = [];
  for (let i = 0, n = nrows(50); i < n; i++) {
    const p = person(d, { minAge: 1, maxAge: 90 }); const holder = ch(0.65) ? p : person(d);
    const bad = ch(0.05);
    let cardP; if (bad) { const v = d.uniqNum(genBadCard); cardP = DC('bank_card', fmtCard(v, vary(d.cs, 3)), v); } else cardP = C(d, holder);
    rows.push({ no: X('refund_no', safe(() => 'TF' + dts() + dg(4))), name: N(d, p), card: Dx.visitCard(), amt: Dx.amt(5000), reason: pick(['检查未做', '重复缴费', '取消手术', '出院结余', '药品未取']),
      holder: N(d, holder), bank: Dx.org(pick(BANKS) + pick(['', pick(CITIES)[0] + '分行', '支行'])), acct: cardP, tel: M(d, holder), id: ch(0.5) ? I(d, holder) : '', inv: Dx.inv() });
  }
  table(d, [{ k: 'no', h: H('申请编号', '退费单号') }, { k: 'name', h: H('患者姓名', '患者') }, { k: 'card', h: H('就诊卡号'), p: 0.5 }, { k: 'inv', h: H('原发票号', '票据号'), p: 0.5 }, { k: 'amt', h: H('退费金额') },
    { k: 'reason', h: H('退费原因'), p: 0.7 }, { k: 'holder', h: H('收款人户名', '户名', '开户名') }, { k: 'bank', h: H('开户行', '开户银行') }, { k: 'acct', h: H('银行卡号', '收款账号', '卡号') },
    { k: 'tel', h: H('联系电话') }, { k: 'id', h: H('收款人身份证号'), p: 0.6 }, UPD], rows);
  d.ln('财务审核：', N(d, staff(d), false), '  ', Dx.date());
});

kind('yjth', 9, (d) => { // 出院押金退还 single blocks
  const h = hosp(d);
  d.ln(h.org(), pick([' 出院结算押金退还单', ' 住院预交金退款申请表']));
  for (let k = 0, n = ri(1, 8); k < n; k++) {
    const p = person(d, { minAge: 1, maxAge: 95 }); const f = ch(0.5) ? person(d) : p;
    d.ln(pick(['患者：', '患者姓名：']), N(d, p, false), '  住院号：', Dx.zyh(), '  ', Dx.bed(), '  出院日期：', Dx.date());
    d.ln('预交金：', Dx.amt(), '  结算金额：', Dx.amt(), '  应退：', Dx.amt());
    d.ln('退款方式：银行转账  收款人：', N(d, f, false), f === p ? '（本人）' : pick(['（家属）', '（儿子）', '（女儿）', '（配偶）']), '  身份证号：', I(d, f));
    d.ln('开户行：', Dx.org(pick(BANKS)), '  卡号：', C(d, f), '  电话：', M(d, f), ch(0.3) ? cat('  原卡号：', Dx.maskCard()) : '');
    d.ln(pick(['经办：', '收费员：']), N(d, staff(d), false), '  流水号：', Dx.serial());
    d.ln('');
  }
});

kind('hsjb', 9, (d) => { // 护士交班 / 科室群聊
  const drs = [staff(d), staff(d, { sex: '女' }), staff(d, { sex: '女' })];
  d.ln(pick(['【', '']), pick(DEPTS), pick(['护理交班记录', '医护工作群聊天记录导出', '晨交班本']), pick(['】', '']), ' ', Dx.date());
  for (let k = 0, n = ri(3, 25); k < n; k++) {
    const who = pick(drs); const p = person(d, { minAge: 20, maxAge: 95 }); const f = person(d);
    const t = p.male ? pick(['大爷', '师傅', '先生']) : pick(['阿姨', '奶奶', '女士']);
    const line = pick([
      () => cat(Dx.bed(), N(d, p, false), '（', Dx.zyh(), '）今日出院，家属', N(d, f, false), '电话', M(d, f), '，已告知复查时间'),
      () => { const l = pick(LABS); return cat(Dx.bed(), titleForm(d, p, t), '夜间', l[1], ' ', X('lab_value', l[2]()), '，已报告值班医生'); },
      () => cat('新入 ', N(d, p, false), '，', Dx.age(p.age), '，住院号', Dx.zyh(), '，', pick(DIAG), '，联系人', N(d, f, false), ' ', M(d, f)),
      () => cat(pick(['明天', '周三']), '手术：', Dx.bed(), N(d, p, false), '，', Dx.age(p.age), '，身份证', I(d, p), '，医保已审核'),
      () => cat('家属', N(d, f, false), '要求退押金，卡号', C(d, f), '，已转财务'),
      () => cat(N(d, p, false), '的号码是', M(d, p), '，', pick(['余额不足请提醒续费', '明日关于术前谈话请通知到位', '付款已完成'])),
      () => cat('收到 ', Dx.maskM(), ' 来电咨询，已转门诊'),
      () => { const s2 = pick(drs); return cat(pick(['今日', '本周']), '值班：', N(d, s2, false), ' 手机', M(d, s2)); }])();
    d.ln('[', X('time', hm()), '] ', N(d, who, false), '：', line);
  }
});

kind('cgtj', 9, (d) => { // 出国体检 / 国际旅行卫生保健
  const org = pick(['国际旅行卫生保健中心', '海关国际旅行卫生保健中心', '出入境人员体检中心']);
  d.ln(pick(CITIES)[0], Dx.org(org), pick([' 出境人员体检预约', ' 国际旅行健康检查证明书签发登记', ' 留学人员体检名单']));
  const rows = [];
  for (let i = 0, n = nrows(40); i < n; i++) {
    const p = person(d, { minAge: 16, maxAge: 65 });
    rows.push({ no: Dx.exam(), name: N(d, p), sex: p.sex, bd: X('date', fmtDate(p.birth, 0)), pass: PP(d, p), id: ch(0.6) ? I(d, p) : '', tel: M(d, p), mail: EM(d, p),
      to: pick(['美国', '英国', '澳大利亚', '加拿大', '日本', '新加坡', '沙特', '德国']), cert: Dx.cert(), appt: Dx.dt(), vac: ch(0.4) ? Dx.vacBatch() : '', purpose: pick(['留学', '劳务', '移民', '探亲', '工作签证']) });
  }
  table(d, [{ k: 'no', h: H('体检编号', '预约号') }, { k: 'name', h: H('姓名') }, { k: 'sex', h: H('性别') }, { k: 'bd', h: H('出生日期'), p: 0.6 }, { k: 'pass', h: H('护照号码', '护照号', 'Passport No.') },
    { k: 'id', h: H('身份证号'), p: 0.7 }, { k: 'tel', h: H('手机', '联系电话') }, { k: 'mail', h: H('邮箱', 'E-mail') }, { k: 'to', h: H('前往国家') }, { k: 'purpose', h: H('出境事由'), p: 0.5 }, { k: 'cert', h: H('证书编号'), p: 0.8 }, { k: 'appt', h: H('预约时间', '体检时间'), p: 0.8 }, { k: 'vac', h: H('黄热病疫苗批号'), p: 0.3 }, UPD], rows);
});

kind('jkz', 9, (d) => { // 健康证办理名单
  const co = pick(['外婆家餐饮有限公司', '蜜雪冰城加盟店', '沙县小吃文三路店', '好又多超市', '学校食堂承包（绿源餐饮管理有限公司）', '和府捞面']);
  const u = genUscc(ch(0.3) ? '92' : '91');
  d.ln(pick(['从业人员健康证办理名单', '食品从业人员预防性健康体检登记', '健康证团体预约']));
  d.ln('单位名称：', Dx.org(co), '  ', pick(['统一社会信用代码：', '营业执照注册号（统一社会信用代码）：', '社会信用代码：']), E('cn_uscc', u, u));
  const mgr = staff(d); d.ln('单位联系人：', N(d, mgr, false), '  电话：', M(d, mgr));
  const rows = [];
  for (let i = 0, n = nrows(); i < n; i++) {
    const p = person(d, { minAge: 17, maxAge: 60 });
    rows.push({ no: String(i + 1), name: N(d, p), sex: p.sex, age: String(p.age), id: I(d, p), tel: M(d, p), post: pick(['厨师', '服务员', '收银', '配送', '面点', '保洁']), date: Dx.date(), cert: Dx.cert(), exam: Dx.exam(), exp: Dx.date(addDays(new Date(T1), ri(30, 360))) });
  }
  table(d, [{ k: 'no', h: H('序号') }, { k: 'name', h: H('姓名') }, { k: 'sex', h: H('性别') }, { k: 'age', h: H('年龄'), p: 0.5 }, { k: 'id', h: H('身份证号码', '身份证号') }, { k: 'tel', h: H('联系电话', '手机') },
    { k: 'post', h: H('岗位', '工种') }, { k: 'date', h: H('体检日期') }, { k: 'cert', h: H('健康证编号', '证号'), p: 0.85 }, { k: 'exam', h: H('体检编号'), p: 0.6 }, { k: 'exp', h: H('有效期至'), p: 0.6 }, UPD], rows);
});

kind('lpsq', 9, (d) => { // 商业保险理赔
  const ins = pick(['中国人寿', '平安人寿', '太平洋保险', '泰康人寿', '新华保险']);
  d.ln(Dx.org(ins), pick([' 医疗险理赔资料登记', ' 住院理赔受理清单', ' 驻院理赔服务台登记']), ' ', Dx.date());
  const rows = [];
  for (let i = 0, n = nrows(40); i < n; i++) {
    const p = person(d, { minAge: 1, maxAge: 85 }); const payee = ch(0.7) ? p : person(d);
    rows.push({ no: Dx.claim(), name: N(d, p), id: I(d, p), date: Dx.date(), hosp: Dx.org(pick(CITIES)[0] + pick(HTYPE)), diag: pick(DIAG), amt: Dx.amt(), payee: N(d, payee), acct: C(d, payee),
      bank: Dx.org(pick(BANKS)), tel: M(d, payee), mail: ch(0.4) ? EM(d, payee) : '', pol: X('policy_no', safe(() => pick(['P', '88', 'BJ']) + dg(ri(12, 16)))) });
  }
  table(d, [{ k: 'no', h: H('报案号', '赔案号') }, { k: 'pol', h: H('保单号'), p: 0.6 }, { k: 'name', h: H('被保险人', '出险人') }, { k: 'id', h: H('被保险人证件号', '身份证号') }, { k: 'date', h: H('出险日期', '入院日期') },
    { k: 'hosp', h: H('就诊医院') }, { k: 'diag', h: H('诊断') }, { k: 'amt', h: H('申请金额', '理赔金额') }, { k: 'payee', h: H('领款人', '收款人') }, { k: 'acct', h: H('领款账号', '银行账号', '收款卡号') },
    { k: 'bank', h: H('开户行') }, { k: 'tel', h: H('联系电话') }, { k: 'mail', h: H('邮箱'), p: 0.6 }, UPD], rows);
});

kind('hgpd', 9, (d) => { // 护工派单 / 工资
  const org = pick(['安心护工服务有限公司', '康馨陪护', '医院陪护服务中心']);
  d.ln(Dx.org(org), pick([' 护工派单记录', ' 本月护工工资发放表', ' 陪护人员花名册']), ' ', Dx.date());
  const rows = [];
  for (let i = 0, n = nrows(50); i < n; i++) {
    const w = person(d, { minAge: 35, maxAge: 62 }); const pt = person(d, { minAge: 50, maxAge: 98 });
    rows.push({ zyh: Dx.zyh(), name: N(d, w), id: I(d, w), tel: M(d, w), pt: N(d, pt), bed: Dx.bed(), ward: pick(DEPTS), days: String(ri(1, 31)), rate: pick(['260', '280', '300', '350', '1对多 180']), card: C(d, w),
      bank: Dx.org(pick(BANKS)), pay: Dx.amt(12000), no: Dx.order(), start: Dx.date(), ptel: ch(0.3) ? cat(pick(['家属 ', '']), M(d, person(d))) : '' });
  }
  table(d, [{ k: 'no', h: H('派单号', '服务单号'), p: 0.8 }, { k: 'name', h: H('护工姓名', '姓名') }, { k: 'zyh', h: H('患者住院号'), p: 0.6 }, { k: 'start', h: H('开始日期', '上岗日期'), p: 0.8 }, { k: 'id', h: H('身份证号') }, { k: 'tel', h: H('电话', '手机') }, { k: 'pt', h: H('服务对象', '患者姓名') }, { k: 'ward', h: H('科室'), p: 0.6 }, { k: 'bed', h: H('床号') },
    { k: 'days', h: H('天数', '出勤天数') }, { k: 'rate', h: H('日价', '单价') }, { k: 'pay', h: H('应发', '实发金额') }, { k: 'card', h: H('工资卡号', '银行卡号') }, { k: 'bank', h: H('开户行'), p: 0.6 }, { k: 'ptel', h: H('家属电话'), p: 0.5 }, UPD], rows);
});

kind('ygsk', 9, (d) => { // 医院员工通讯录 / 工资卡
  const h = hosp(d);
  d.ln(h.org(), pick([' 职工通讯录', ' 工资卡信息核对表', ' 新进员工信息登记', ' 科室人员信息表']), ' ', Dx.date());
  d.ln('人事处：', h.tel(), '  ', h.role('hr'), ch(0.4) ? cat('  单位统一社会信用代码：', h.uscc()) : '');
  const rows = [];
  for (let i = 0, n = nrows(); i < n; i++) {
    const p = staff(d);
    rows.push({ emp: Dx.emp(), name: N(d, p), dept: pick(DEPTS.concat(['护理部', '药剂科', '财务科', '信息中心', '医务科'])), title: Dx.title(), tel: M(d, p), short: ch(0.4) ? Dx.shortNo() : '', mail: EM(d, p, ch(0.6) ? h.dom : null),
      card: C(d, p), id: I(d, p), bank: Dx.org(pick(BANKS)), hire: Dx.date(rdate(Date.UTC(1995, 0, 1), T1)), mask: Dx.maskCard() });
  }
  table(d, [{ k: 'emp', h: H('工号', '职工号') }, { k: 'name', h: H('姓名') }, { k: 'dept', h: H('科室', '部门') }, { k: 'title', h: H('职称', '岗位') }, { k: 'tel', h: H('手机', '手机号码') }, { k: 'short', h: H('短号'), p: 0.6 },
    { k: 'mail', h: H('邮箱', '院内邮箱', 'E-mail') }, { k: 'id', h: H('身份证号'), p: 0.6 }, { k: 'card', h: H('工资卡号', '银行卡号'), p: 0.85 }, { k: 'bank', h: H('开户行'), p: 0.5 }, { k: 'hire', h: H('入职日期', '来院时间'), p: 0.8 }, { k: 'mask', h: H('原工资卡（已注销）', '旧卡号'), p: 0.4 }, UPD], rows);
});

kind('hlwyy', 9, (d) => { // 互联网医院 JSON
  const h = hosp(d); const drs = [staff(d), staff(d)];
  const keys = ch(0.5) ? { n: 'patient_name', i: 'id_card', m: 'phone', e: 'email', dr: 'doctor_name' } : { n: 'name', i: 'idNo', m: 'mobile', e: 'mail', dr: 'doctor' };
  if (ch(0.5)) d.ln('// export from ', h.org(), ' internet hospital, ', Dx.dt());
  const arr = ch(0.5); if (arr) d.ln('[');
  for (let k = 0, n = nrows(40); k < n; k++) {
    const p = person(d, { minAge: 1, maxAge: 85 });
    const ps = ['{"order_id":"', Dx.order(), '","', keys.n, '":"', N(d, p, false), '","', keys.i, '":"', E('cn_resident_id', p.id, p.id), '","', keys.m, '":"', E('cn_mobile', p.mobile, p.mobile), '"'];
    if (ch(0.5)) ps.push(',"', keys.e, '":"', EM(d, p), '"');
    ps.push(',"dept":"', pick(DEPTS), '","', keys.dr, '":"', N(d, pick(drs), false), '","create_time":', Dx.ts(), ',"visit_time":"', Dx.dt(), '","rx_no":"', Dx.cfh(), '"', ',"amount":', String(ri(10, 300)), ',"pay_channel":"', pick(['wechat', 'alipay', 'unionpay']), '"');
    if (ch(0.3)) ps.push(',"masked_phone":"', Dx.maskM(), '"');
    if (ch(0.2)) ps.push(',"pay_card":"', C(d, p), '"');
    ps.push('}', arr && k < n - 1 ? ',' : '');
    d.ln(...ps);
  }
  if (arr) d.ln(']');
});

kind('mail', 9, (d) => { // 邮件转发患者名单
  const h = hosp(d); const a = staff(d), b = staff(d), c = staff(d);
  d.ln('From: ', N(d, a, false), ' <', EM(d, a, h.dom), '>');
  d.ln('To: ', N(d, b, false), ' <', EM(d, b, ch(0.5) ? h.dom : null), '>');
  if (ch(0.5)) d.ln('Cc: ', N(d, c, false), ' <', EM(d, c, h.dom), '>', ch(0.4) ? cat('; ', h.role()) : '');
  d.ln('Date: ', Dx.dt());
  d.ln('Subject: ', pick(['转发：明日手术患者名单', '随访名单请核对', '科研入组患者信息', 'Fw: 体检异常人员', '请协助联系以下患者']));
  d.ln('');
  d.ln(N(d, b, false), pick(['老师好，', '主任，', '你好，']), pick(['名单如下，请查收：', '以下患者请帮忙电话联系：', '入组信息见下，注意保密。']));
  const rows = [];
  for (let i = 0, n = nrows(30); i < n; i++) {
    const p = person(d, { minAge: 18, maxAge: 88 });
    rows.push({ name: N(d, p), age: Dx.age(p.age), zyh: Dx.zyh(), id: I(d, p), tel: M(d, p), diag: pick(DIAG), bed: Dx.bed(), op: Dx.date() });
  }
  table(d, [{ k: 'name', h: H('姓名') }, { k: 'age', h: H('年龄'), p: 0.6 }, { k: 'zyh', h: H('住院号', '病案号'), p: 0.85 }, { k: 'bed', h: H('床号'), p: 0.6 }, { k: 'op', h: H('手术日期', '入组日期'), p: 0.7 }, { k: 'id', h: H('身份证号'), p: 0.6 }, { k: 'tel', h: H('电话', '手机') }, { k: 'diag', h: H('诊断') }], rows, { styles: ['tsv', 'line', 'space', 'pipe', 'kv'] });
  d.ln(''); d.ln('--'); d.ln(N(d, a, false), ' ', Dx.title(), ' ', pick(DEPTS)); d.ln('手机：', M(d, a), '  办公室：', h.tel());
});

kind('jtys', 9, (d) => { // 家庭医生签约
  const site = pick(REG)[1].replace(/^.*?(市|区)/, '') + '社区卫生服务中心'; const city = pick(CITIES);
  const team = [staff(d), staff(d, { sex: '女' })];
  d.ln(Dx.org(site), ' 家庭医生签约居民名单  团队：', N(d, team[0], false), '团队（', N(d, team[1], false), '）');
  const rows = [];
  for (let i = 0, n = nrows(); i < n; i++) {
    const p = person(d, { minAge: 0, maxAge: 95 }); p.city = city;
    rows.push({ no: X('contract_no', safe(() => 'QY' + dts().slice(0, 4) + dg(6))), name: N(d, p), sex: p.sex, id: I(d, p), tel: M(d, p), land: ch(0.45) ? L(d, p) : '',
      pkg: pick(['基础包', '老年人包', '慢病包', '儿童包', '孕产妇包']), date: Dx.date(), addr: addr(), rec: Dx.rec(), exp: Dx.date(addDays(new Date(T1), ri(30, 360))) });
  }
  table(d, [{ k: 'no', h: H('签约编号') }, { k: 'name', h: H('居民姓名', '姓名') }, { k: 'sex', h: H('性别') }, { k: 'id', h: H('身份证号') }, { k: 'tel', h: H('手机', '联系电话') }, { k: 'land', h: H('固话', '家庭电话', '座机') },
    { k: 'addr', h: H('住址'), p: 0.5 }, { k: 'rec', h: H('档案号'), p: 0.75 }, { k: 'pkg', h: H('服务包') }, { k: 'date', h: H('签约日期') }, { k: 'exp', h: H('到期日期'), p: 0.6 }, UPD], rows);
});

kind('jdxx', 10, (d) => { // 患者建档信息（单人表单）
  const h = hosp(d);
  for (let k = 0, n = ri(1, 4); k < n; k++) {
    const p = person(d, { minAge: 1, maxAge: 90 }); p.city = h.city; const f = person(d);
    const ks = pick(['：', ':', '：']);
    const fields = [['姓名', N(d, p, false)], ['性别', p.sex], ['出生日期', X('date', fmtDate(p.birth, 0))], ['民族', pick(['汉族', '回族', '满族', '壮族', '维吾尔族'])],
      [pick(['身份证号', '证件号码', '公民身份号码']), I(d, p)], [pick(['手机', '移动电话']), M(d, p)], ch(0.4) ? [pick(['家庭电话', '固定电话']), L(d, p)] : null,
      ch(0.5) ? ['电子邮箱', EM(d, p)] : null, ['现住址', addr()], ['工作单位', ch(0.5) ? Dx.org(pick(COMPANIES)) : '无'], ['就诊卡号', Dx.visitCard()], ['ID号', Dx.mzh()],
      ['联系人', N(d, f, false)], ['联系人电话', M(d, f)], ['过敏史', pick(['无', '青霉素', '磺胺类', '海鲜'])], ch(0.3) ? ['医保卡号', Dx.ssc()] : null, ch(0.2) ? ['绑定银行卡', C(d, p)] : null].filter(Boolean);
    d.ln(h.org(), pick([' 患者基本信息', ' 门诊建档', ' 就诊人信息']), ' ', Dx.dt());
    const sep = pick(['\n', '\n', '  ', '；']);
    fields.forEach(([a, v], i) => d.w(i ? sep : '', a, ks, v)); d.ln(''); d.ln('');
  }
});

kind('jyd', 9, (d) => { // 检验报告单
  const h = hosp(d);
  for (let k = 0, n = ri(1, 3); k < n; k++) {
    const p = person(d, { minAge: 1, maxAge: 90 });
    d.ln(h.org(), ' 检验报告单   标本号：', X('specimen_no', safe(() => dts().slice(2) + dg(4))), '   条码：', Dx.tube());
    d.ln('姓名：', N(d, p, false), '  性别：', p.sex, '  年龄：', Dx.age(p.age), '  科别：', pick(DEPTS), '  床号：', Dx.bed(), '  病历号：', Dx.bah());
    if (ch(0.4)) d.ln('联系电话：', M(d, p), ch(0.4) ? cat('  身份证：', I(d, p)) : '');
    for (const l of shuffle(LABS).slice(0, ri(3, 10))) d.ln('  ', l[0], '   ', X('lab_value', l[2]()), pick(['', ' ↑', ' ↓']));
    d.ln('送检医生：', N(d, staff(d), false), '  检验者：', N(d, staff(d), false), '  审核者：', N(d, staff(d), false), '  报告时间：', Dx.dt());
    d.ln('');
  }
});

// ---------------------------------------------------------------- normalisation & validation
const NORM = {
  cn_resident_id: (r) => nfkc(r).replace(/[\s-]/g, '').toUpperCase(),
  cn_mobile: (r) => { const t = nfkc(r); let s = t.replace(/\D/g, ''); if (s.length === 13 && s.startsWith('86')) s = s.slice(2); else if (s.length === 15 && s.startsWith('0086')) s = s.slice(4); else if (s.length === 12 && s[0] === '0') s = s.slice(1); return s; },
  cn_landline: (r) => { const t = nfkc(r).trim(); let s = t.replace(/\D/g, ''); if (/^(\+86|0086)/.test(t)) s = '0' + s.replace(/^(0086|86)/, ''); return s; },
  email: (r) => nfkc(r).trim().toLowerCase(),
  bank_card: (r) => r.replace(/\D/g, ''),
  cn_uscc: (r) => r.replace(/[\s-]/g, '').toUpperCase(),
  cn_passport: (r) => r.trim().toUpperCase(),
  person_name_zh: (r) => r.replace(/[\s\u3000]/g, ''),
};
function validValue(det, v, strict) {
  switch (det) {
    case 'cn_resident_id': return strict ? idLike(v) : /^\d{17}[\dX]$/.test(v);
    case 'cn_mobile': return /^1[3-9]\d{9}$/.test(v);
    case 'cn_landline': return /^0\d{9,11}$/.test(v);
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v);
    case 'bank_card': return /^\d{16,19}$/.test(v) && (!strict || luhnOk(v));
    case 'cn_uscc': return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v) && (!strict || usccFull(v));
    case 'cn_passport': return strict ? /^(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})$/.test(v) : /^[A-Z][A-Z0-9]\d{7}$/.test(v);
    case 'person_name_zh': return /^[\u4e00-\u9fa5](?:[\u4e00-\u9fa5]|·(?=[\u4e00-\u9fa5]))*$/.test(v) && (!strict || v.length >= 2);
    default: return false;
  }
}
const countSub = (h, n) => { let c = 0, i = -1; while ((i = h.indexOf(n, i + 1)) !== -1) c++; return c; };

// builds the output object; returns {ok, err, obj, raws}
function finalize(d, id) {
  const text = d.t.replace(/\n{3,}/g, '\n\n').trimEnd();
  const ents = new Map(), dcs = new Map(), decs = new Map(), raws = [];
  for (const l of d.L) {
    if (l.c === 'x') { if (!decs.has(l.raw)) decs.set(l.raw, l.kind); continue; }
    const key = l.det + '\u0000' + l.value; (l.c === 'e' ? ents : dcs).set(key, { detector: l.det, value: l.value }); raws.push(l);
  }
  for (const k of ents.keys()) dcs.delete(k);
  const labVals = new Set([...ents.values(), ...dcs.values()].map((x) => x.value));
  for (const t of decs.keys()) if (labVals.has(t)) return { ok: false, err: `decoy equals label ${t}` };
  const obj = { id, kind: d.kind, text, entities: [...ents.values()], dontCare: [...dcs.values()], decoys: [...decs].map(([t, k]) => ({ kind: k, text: t })) };
  const err = checkDoc(obj, raws, d.L);
  return err ? { ok: false, err } : { ok: true, obj, raws };
}
// per-document checks (also rerun over the whole corpus at the end)
function checkDoc(o, raws, allL) {
  const T = o.text, TN = nfkc(T);
  const eKeys = new Set(o.entities.map((e) => e.detector + '\u0000' + e.value)), dKeys = new Set(o.dontCare.map((e) => e.detector + '\u0000' + e.value));
  for (const k of eKeys) if (dKeys.has(k)) return 'entity also in dontCare';
  const dVals = new Set(o.dontCare.map((e) => e.value)); for (const e of o.entities) if (dVals.has(e.value)) return `value ${e.value} both entity and dontCare`;
  for (const e of o.entities) if (!validValue(e.detector, e.value, true)) return `invalid entity ${e.detector} ${e.value}`;
  for (const e of o.dontCare) if (!validValue(e.detector, e.value, false)) return `invalid dontCare ${e.detector} ${e.value}`;
  for (const l of raws) {
    if (!T.includes(l.raw)) return `raw missing ${l.raw}`;
    if (NORM[l.det](l.raw) !== l.value) return `normalisation ${l.det} ${l.raw} -> ${NORM[l.det](l.raw)} != ${l.value}`;
  }
  // every entity raw occurs exactly as often as it was inserted (no accidental extra occurrence,
  // e.g. a name that is also part of an ordinary word or of another name)
  if (allL) {
    const seen = new Set();
    for (const l of raws) {
      if (l.c !== 'e' || seen.has(l.raw)) continue; seen.add(l.raw);
      let exp = 0; for (const m of allL) if (m.c !== 'x' && !m.nested) exp += countSub(m.raw, l.raw);
      const got = countSub(T, l.raw);
      if (got !== exp) return `occurrences of ${l.raw}: ${got} in text, ${exp} inserted`;
    }
  }
  const entVals = o.entities.map((e) => e.value);
  for (const x of o.decoys) {
    if (!T.includes(x.text)) return `decoy missing ${x.text}`;
    for (const v of entVals) if (x.text.includes(v) || nfkc(x.text).toLowerCase().includes(v)) return `decoy ${x.text} contains ${v}`;
    for (const e of o.dontCare) if (e.value === x.text) return `decoy equals dontCare ${x.text}`;
  }
  // unlabelled risky digit runs / e-mails
  const lab = [...o.entities, ...o.dontCare].map((e) => e.value.replace(/\D/g, '')).filter((v) => v.length >= 7);
  for (const run of TN.match(/\d+/g) || []) if (risky(run) && !lab.some((v) => v.includes(run) || run.includes(v))) return `unlabelled risky run ${run}`;
  const mails = new Set([...o.entities, ...o.dontCare].filter((e) => e.detector === 'email').map((e) => e.value));
  for (const m of TN.match(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g) || []) if (!mails.has(m.toLowerCase())) return `unlabelled email ${m}`;
  return null;
}

// ---------------------------------------------------------------- main
const docs = [], rawsById = new Map(); let retries = 0;
for (const K of KINDS) {
  for (let i = 1; i <= K.n; i++) {
    let res = null, lastErr = '';
    for (let a = 0; a < 80; a++) { const d = new Doc(K.code); K.fn(d); res = finalize(d, `${PREFIX}-${K.code}-${i}`); if (res.ok) break; lastErr = res.err; retries++; if (process.env.DEBUG) console.error(K.code, res.err, process.env.DEBUG === "2" ? "\n" + d.t : ""); res = null; }
    if (!res) { console.error(`cannot generate ${K.code}-${i}: ${lastErr}`); process.exit(1); }
    docs.push(res.obj); rawsById.set(res.obj.id, res.raws);
  }
}

// ---------------------------------------------------------------- corpus self-check & summary
const failures = [];
const perKind = {}, perDet = {}, perDc = {}, perDecoy = {};
let nEnt = 0, nDec = 0, nDc = 0;
const ids = new Set();
for (const o of docs) {
  if (ids.has(o.id)) failures.push(`duplicate id ${o.id}`); ids.add(o.id);
  const err = checkDoc(o, rawsById.get(o.id), null); if (err) failures.push(`${o.id}: ${err}`);
  const ek = o.entities.map((e) => e.detector + '|' + e.value); if (new Set(ek).size !== ek.length) failures.push(`${o.id}: duplicate entity`);
  const all = new Set([...o.entities.map((e) => e.value), ...o.dontCare.map((e) => e.value)]);
  for (const x of o.decoys) if (all.has(x.text)) failures.push(`${o.id}: decoy/label overlap ${x.text}`);
  perKind[o.kind] = (perKind[o.kind] || 0) + 1;
  for (const e of o.entities) { perDet[e.detector] = (perDet[e.detector] || 0) + 1; nEnt++; }
  for (const e of o.dontCare) { perDc[e.detector] = (perDc[e.detector] || 0) + 1; nDc++; }
  for (const x of o.decoys) { perDecoy[x.kind] = (perDecoy[x.kind] || 0) + 1; nDec++; }
}
if (docs.length < 250) failures.push(`only ${docs.length} documents`);
if (Object.keys(perKind).length < 25) failures.push(`only ${Object.keys(perKind).length} kinds`);
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((perDet[det] || 0) < 300) failures.push(`${det}: only ${perDet[det] || 0} entity labels`);
if (nDec < nEnt) failures.push(`decoys ${nDec} < entities ${nEnt}`);

writeFileSync(OUT, docs.map((o) => JSON.stringify(o)).join('\n') + '\n');
const fmt = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k.padEnd(24)} ${v}`).join('\n');
console.log(`wrote ${docs.length} documents to ${OUT} (generation retries: ${retries})`);
console.log(`documents per kind (${Object.keys(perKind).length} kinds):\n${fmt(perKind)}`);
console.log(`entity labels per detector (total ${nEnt}):\n${fmt(perDet)}`);
console.log(`dontCare labels per detector (total ${nDc}):\n${fmt(perDc)}`);
console.log(`decoys per kind (total ${nDec}):\n${fmt(perDecoy)}`);
if (failures.length) { console.error(`SELF-CHECK FAILED (${failures.length}):\n` + failures.slice(0, 40).join('\n')); process.exit(1); }
console.log('self-check: OK');
