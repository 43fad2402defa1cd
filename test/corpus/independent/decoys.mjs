#!/usr/bin/env node
// decoys.mjs — independent, labelled FALSE-POSITIVE corpus for a Chinese DLP detector.
//
// Ordinary Chinese business / technical documents that are dense with number-like
// strings resembling personal data (IDs, mobiles, bank cards, landlines, passports)
// that are NOT personal data.  Labels:
//   entities : values a detector SHOULD report (only 统一社会信用代码 of organisations)
//   dontCare : either way is fine (organisation phone numbers, role mailboxes,
//              names in signatures, masked values)
//   people   : always 0 (no person's contact data anywhere)
//
// Usage: node decoys.mjs OUT.jsonl        (Node >= 20, no dependencies)
// All values are synthetic, produced by a seeded PRNG: the output is deterministic.
// Written in session 20 by a helper that never read src/, rules/ or test/, from
// cn-formats.md and DESIGN.md only.

import { writeFileSync } from 'node:fs';

// ============================================================== PRNG & basics
function fnv1a(str) {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) { h ^= str.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h >>> 0;
}
function mulberry32(a) {
  return function () {
    a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let R = mulberry32(1);
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
function shuffle(a) { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const sample = (a, k) => shuffle(a.slice()).slice(0, k);
const D10 = '0123456789';
function digits(n) { let s = ''; for (let i = 0; i < n; i++) s += D10[Math.floor(R() * 10)]; return s; }
function hex(n, upper = false) { let s = ''; for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(R() * 16)]; return upper ? s.toUpperCase() : s; }
function alnum(n, al = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') { let s = ''; for (let i = 0; i < n; i++) s += al[Math.floor(R() * al.length)]; return s; }
const p2 = (x) => String(x).padStart(2, '0');
const pad = (x, w) => String(x).padStart(w, '0');

// money in cents -> "1,234.56" or "1234.56"
function money(cents, commas = true) {
  const neg = cents < 0; cents = Math.abs(Math.round(cents));
  let y = String(Math.floor(cents / 100));
  if (commas) y = y.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (neg ? '-' : '') + y + '.' + p2(cents % 100);
}
const grp = (x) => String(x).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

// 人民币大写
function rmbUpper(cents) {
  const N = '零壹贰叁肆伍陆柒捌玖';
  cents = Math.abs(Math.round(cents));
  let yuan = Math.floor(cents / 100); const jiao = Math.floor(cents / 10) % 10, fen = cents % 10;
  const sect = (v) => { const u = ['', '拾', '佰', '仟']; let s = '', z = false;
    for (let i = 3; i >= 0; i--) { const d = Math.floor(v / 10 ** i) % 10;
      if (d === 0) { if (s) z = true; } else { if (z) { s += '零'; z = false; } s += N[d] + u[i]; } }
    return s; };
  const big = ['', '万', '亿', '万'];
  const parts = []; let i = 0;
  while (yuan > 0) { parts.unshift([yuan % 10000, i]); yuan = Math.floor(yuan / 10000); i++; }
  let s = '', gap = false;
  for (const [v, k] of parts) {
    if (v === 0) { gap = true; continue; }
    if (s && (gap || v < 1000)) s += '零';
    s += sect(v) + big[k]; gap = false;
  }
  if (!s) s = '零';
  s += '元';
  if (!jiao && !fen) return s + '整';
  if (jiao) s += N[jiao] + '角'; else s += '零';
  if (fen) s += N[fen] + '分';
  return s;
}

// ----- Beijing time helpers
const epochBJ = (y, m, d, hh = 0, mi = 0, ss = 0) => Date.UTC(y, m - 1, d, hh - 8, mi, ss);
function T(ms) { const d = new Date(ms + 8 * 3600e3);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), hh: d.getUTCHours(), mi: d.getUTCMinutes(), ss: d.getUTCSeconds(), ms: ms % 1000, wd: d.getUTCDay() }; }
const fdate = (ms, s = '-') => { const t = T(ms); return `${t.y}${s}${p2(t.m)}${s}${p2(t.d)}`; };
const ftime = (ms) => { const t = T(ms); return `${p2(t.hh)}:${p2(t.mi)}:${p2(t.ss)}`; };
const fdt = (ms, s = '-') => `${fdate(ms, s)} ${ftime(ms)}`;
const ymd = (ms) => fdate(ms, '');
const cnDate = (ms) => { const t = T(ms); return `${t.y}年${p2(t.m)}月${p2(t.d)}日`; };
const WEEK = ['日', '一', '二', '三', '四', '五', '六'];
const DAY = 86400e3;
function randDay(y = 2024) { return epochBJ(y, ri(1, 12), ri(1, 28), ri(8, 18), ri(0, 59), ri(0, 59)); }

// ============================================================== check algorithms
function luhnOk(s) { let sum = 0, alt = false;
  for (let i = s.length - 1; i >= 0; i--) { let d = s.charCodeAt(i) - 48; if (alt) { d *= 2; if (d > 9) d -= 9; } sum += d; alt = !alt; }
  return sum % 10 === 0; }
function luhnFill(body) { for (let d = 0; d < 10; d++) if (luhnOk(body + d)) return body + d; }
function luhnBad(body) { const g = +luhnFill(body).slice(-1); return body + ((g + ri(1, 9)) % 10); }

const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += (+b17[i]) * ID_W[i]; return '10X98765432'[s % 11]; }
const PROV = new Set('11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82 83'.split(' '));
function validDate(y, m, d) { if (m < 1 || m > 12 || d < 1) return false; const dim = new Date(Date.UTC(y, m, 0)).getUTCDate(); return d <= dim; }
function idValid(s) {
  if (!/^\d{17}[\dX]$/.test(s) || !PROV.has(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || y > 2026 || !validDate(y, m, d)) return false;
  return idCheck(s.slice(0, 17)) === s[17];
}
function legacyIdLike(s) { // 15 digits, province + plausible YYMMDD
  if (!/^\d{15}$/.test(s) || !PROV.has(s.slice(0, 2))) return false;
  return validDate(1900 + +s.slice(6, 8), +s.slice(8, 10), +s.slice(10, 12));
}
// 18 digits with a real-looking region and date but a WRONG MOD 11-2 check char
function idLikeBadCheck(region, y, m, d) {
  const b17 = region + y + p2(m) + p2(d) + digits(3);
  const good = idCheck(b17);
  let c; do { c = String(ri(0, 9)); } while (c === good);
  return b17 + c;
}

const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(b17[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; }
function orgCheck(b8) { const W = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0;
  for (let i = 0; i < 8; i++) { const ch = b8[i]; s += (ch >= '0' && ch <= '9' ? +ch : ch.charCodeAt(0) - 55) * W[i]; }
  const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
function makeUscc(prefix, region, oldStyle) {
  let body;
  if (oldStyle ?? chance(0.35)) body = pick(['0', '3', '5', '6', '7']) + digits(7);
  else { body = 'MA'; for (let i = 0; i < 6; i++) body += chance(0.6) ? D10[ri(0, 9)] : UA[ri(10, 30)]; }
  const b17 = prefix + region + body + orgCheck(body);
  return b17 + usccCheck(b17);
}
function usccMod31(s) { return s.length === 18 && [...s].every((c) => UA.includes(c)) && usccCheck(s.slice(0, 17)) === s[17]; }
function usccStrict(s) { // MOD 31 + plausible structure + GB 11714 char
  if (!usccMod31(s)) return false;
  if (!/^(1[1-39]|5[1-39]|9[1-3]|Y1)/.test(s) || !PROV.has(s.slice(2, 4))) return false;
  return /^[0-9A-Z]{8}$/.test(s.slice(8, 16)) && orgCheck(s.slice(8, 16)) === s[16];
}

// a digit string must not accidentally be a plausible personal value
function hazard(s) {
  if (!/^\d+$/.test(s)) return false;
  const L = s.length;
  if (L === 11 && /^1[3-9]/.test(s)) return true;
  if (L === 18 && (idValid(s) || usccStrict(s))) return true;
  if (L === 15 && legacyIdLike(s)) return true;
  if (L >= 16 && L <= 19 && luhnOk(s) && /^(62|81|3[4-7]|4|5[1-5])/.test(s)) return true;
  return false;
}
function safe(fn) { for (let i = 0; i < 1000; i++) { const v = fn(); if (!hazard(v)) return v; } throw new Error('safe(): no value'); }
const num = (len, prefix = '') => safe(() => prefix + digits(len - prefix.length));

// GS1 check digit (EAN-13, ITF-14 / GTIN-14)
function gtin(body) { let s = 0; for (let i = body.length - 1, w = 3; i >= 0; i--, w = 4 - w) s += (+body[i]) * w; return body + ((10 - (s % 10)) % 10); }
// ISO 6346 container number
const ISO_L = (() => { const m = {}; let v = 10; for (let c = 65; c <= 90; c++) { if (v % 11 === 0) v++; m[String.fromCharCode(c)] = v++; } return m; })();
function container(owner) { const b = owner + digits(6); let s = 0;
  for (let i = 0; i < 10; i++) s += (/\d/.test(b[i]) ? +b[i] : ISO_L[b[i]]) * 2 ** i;
  return b + ((s % 11) % 10); }
// UPU S10 (EMS) item id
function s10(pfx) { const d = digits(8); const W = [8, 6, 4, 2, 3, 5, 9, 7]; let s = 0;
  for (let i = 0; i < 8; i++) s += (+d[i]) * W[i];
  let c = 11 - (s % 11); if (c === 10) c = 0; if (c === 11) c = 5; return pfx + d + c + 'CN'; }
// VIN with ISO 3779 check digit
const VIN_T = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 };
const VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
function vin(wmi) { const al = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
  const s = wmi + alnum(5, al) + '0' + pick(['K', 'L', 'M', 'N', 'P', 'R']) + alnum(1, 'ABCDEFGHJKLMN') + digits(6);
  let sum = 0; for (let i = 0; i < 17; i++) sum += (/\d/.test(s[i]) ? +s[i] : VIN_T[s[i]]) * VIN_W[i];
  const c = sum % 11 === 10 ? 'X' : String(sum % 11); return s.slice(0, 8) + c + s.slice(9); }
function snowflake(ms, worker = ri(0, 1023)) { return ((BigInt(ms - 1288834974657) << 22n) | (BigInt(worker) << 12n) | BigInt(ri(0, 4095))).toString(); }
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
const imei = () => luhnFill('86' + digits(12));
const iccid20 = () => luhnFill('8986' + pick(['00', '01', '03', '11', '06']) + digits(13));
const iccid19 = () => luhnFill('89860' + digits(13));
const imsi = () => safe(() => '460' + pick(['00', '01', '02', '03', '11', '07']) + digits(10));
const iot1064 = () => '1064' + pick(['8', '9', '7']) + digits(8);
const mac = (sep = ':', up = true) => { const b = [pick(['00', '3C', '70', 'A4', 'F0', '8C', 'D8', '5C'])]; for (let i = 0; i < 5; i++) b.push(hex(2, up)); return b.join(sep); };
const ip10 = () => `10.${ri(0, 40)}.${ri(0, 254)}.${ri(1, 254)}`;
const ip192 = () => `192.168.${ri(0, 30)}.${ri(1, 254)}`;
const ipDoc = () => pick(['203.0.113', '198.51.100', '192.0.2']) + '.' + ri(1, 254);

// ============================================================== label context
let CUR = null;
function label(list, detector, value) { if (!list.some((e) => e.detector === detector && e.value === value)) list.push({ detector, value }); }
const ent = (d, v) => label(CUR.entities, d, v);
const dc = (d, v) => label(CUR.dontCare, d, v);

// ============================================================== shared tables
const CITIES = [
  { city: '深圳市', short: '深圳', py: 'shenzhen', prov: '广东省', dist: '南山区', region: '440305', cityCode: '440300', area: '0755', sub: 8, post: '518057', roads: ['科技南十二路', '高新南一道', '沙河西路', '科苑大道'], plate: '粤B' },
  { city: '广州市', short: '广州', py: 'guangzhou', prov: '广东省', dist: '天河区', region: '440106', cityCode: '440100', area: '020', sub: 8, post: '510630', roads: ['天河北路', '黄埔大道西', '体育西路'], plate: '粤A' },
  { city: '上海市', short: '上海', py: 'shanghai', prov: '上海市', dist: '浦东新区', region: '310115', cityCode: '310000', area: '021', sub: 8, post: '201203', roads: ['碧波路', '金科路', '晨晖路'], plate: '沪A' },
  { city: '北京市', short: '北京', py: 'beijing', prov: '北京市', dist: '海淀区', region: '110108', cityCode: '110000', area: '010', sub: 8, post: '100085', roads: ['上地十街', '上地信息路', '西二旗大街'], plate: '京N' },
  { city: '杭州市', short: '杭州', py: 'hangzhou', prov: '浙江省', dist: '西湖区', region: '330106', cityCode: '330100', area: '0571', sub: 8, post: '310012', roads: ['文三路', '天目山路', '古墩路'], plate: '浙A' },
  { city: '苏州市', short: '苏州', py: 'suzhou', prov: '江苏省', dist: '吴中区', region: '320506', cityCode: '320500', area: '0512', sub: 8, post: '215104', roads: ['东吴北路', '吴中大道', '宝带西路'], plate: '苏E' },
  { city: '成都市', short: '成都', py: 'chengdu', prov: '四川省', dist: '武侯区', region: '510107', cityCode: '510100', area: '028', sub: 8, post: '610041', roads: ['天府大道北段', '人民南路四段', '科华北路'], plate: '川A' },
  { city: '武汉市', short: '武汉', py: 'wuhan', prov: '湖北省', dist: '洪山区', region: '420111', cityCode: '420100', area: '027', sub: 8, post: '430074', roads: ['珞喻路', '光谷大道', '关山大道'], plate: '鄂A' },
  { city: '西安市', short: '西安', py: 'xian', prov: '陕西省', dist: '雁塔区', region: '610113', cityCode: '610100', area: '029', sub: 8, post: '710065', roads: ['科技路', '高新路', '唐延路'], plate: '陕A' },
  { city: '天津市', short: '天津', py: 'tianjin', prov: '天津市', dist: '滨海新区', region: '120116', cityCode: '120000', area: '022', sub: 8, post: '300457', roads: ['第三大街', '黄海路', '洞庭路'], plate: '津A' },
  { city: '兰州市', short: '兰州', py: 'lanzhou', prov: '甘肃省', dist: '城关区', region: '620102', cityCode: '620100', area: '0931', sub: 7, post: '730030', roads: ['东岗西路', '庆阳路', '雁滩路'], plate: '甘A' },
  { city: '青岛市', short: '青岛', py: 'qingdao', prov: '山东省', dist: '崂山区', region: '370212', cityCode: '370200', area: '0532', sub: 8, post: '266061', roads: ['株洲路', '海尔路', '松岭路'], plate: '鲁B' },
];
const BRANDS = [['鹏程', 'pengcheng'], ['瑞丰', 'ruifeng'], ['恒通', 'hengtong'], ['博远', 'boyuan'], ['汇达', 'huida'], ['星河', 'xinghe'], ['云启', 'yunqi'], ['致远', 'zhiyuan'], ['嘉禾', 'jiahe'], ['海纳', 'haina'], ['鼎盛', 'dingsheng'], ['启明', 'qiming'], ['天成', 'tiancheng'], ['宏图', 'hongtu'], ['凌云', 'lingyun'], ['远航', 'yuanhang'], ['同创', 'tongchuang'], ['联拓', 'liantuo'], ['万象', 'wanxiang'], ['安捷', 'anjie'], ['信诺', 'xinnuo'], ['精工', 'jinggong'], ['盛达', 'shengda'], ['蓝海', 'lanhai'], ['卓越', 'zhuoyue'], ['明德', 'mingde'], ['润泽', 'runze'], ['锐思', 'ruisi'], ['拓普', 'tuopu'], ['华晟', 'huasheng']];
const INDS = [['科技', 'tech'], ['电子', 'elec'], ['物流', 'wl'], ['供应链管理', 'scm'], ['智能装备', 'ie'], ['新材料', 'nm'], ['信息技术', 'it'], ['医疗器械', 'med'], ['食品', 'food'], ['贸易', 'trade'], ['精密机械', 'pm'], ['网络科技', 'net'], ['环保科技', 'eco'], ['包装材料', 'pack'], ['电气', 'dq'], ['建设工程', 'js']];
const SURN = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '朱', '胡', '郭', '林', '罗', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '袁', '潘', '蒋', '蔡', '欧阳'];
const GIV = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '霞', '平', '刚', '辉', '婷', '鹏', '宇', '浩', '欣', '佳', '晨', '航', '倩', '颖', '斌', '凯', '琳'];
// a person named in an ordinary way (signature, approver) -> dontCare
function pname() { const v = pick(SURN) + (chance(0.6) ? pick(GIV) + pick(GIV) : pick(GIV)); dc('person_name_zh', v); return v; }

function subscriber(len) { return pick(['2', '3', '5', '6', '8']) + digits(len - 1); }
function bldg() { return pick([() => `${pick(BRANDS)[0]}大厦${pick(['A', 'B', 'C'])}座${ri(3, 28)}层`, () => `科技园${ri(1, 12)}栋${ri(2, 9)}0${ri(1, 9)}室`, () => `产业园${ri(1, 8)}号厂房`, () => `创新中心${ri(2, 20)}楼`])(); }
const BANKS = [
  { n: '中国工商银行', acct: () => luhnBad('4000' + digits(14)) },                               // 19 digits, Luhn-invalid
  { n: '中国建设银行', acct: (c) => num(20, c.region.slice(0, 2) + '0' + pick(['5', '1', '6'])) }, // 20 digits
  { n: '招商银行', acct: () => num(12, pick(['7', '5', '1'])) },                                   // 12
  { n: '中国银行', acct: () => num(12, pick(['3', '6', '7', '4'])) },                              // 12
  { n: '中国农业银行', acct: (c) => luhnBad(c.region.slice(0, 2) + digits(14)) },                  // 17, Luhn-invalid
  { n: '交通银行', acct: (c) => num(21, c.region.slice(0, 2) + '3066') },                           // 21
  { n: '兴业银行', acct: () => num(18, '3380') },                                                  // 18 (ID length)
  { n: '上海浦东发展银行', acct: () => luhnBad('79' + digits(14)) },                               // 17, Luhn-invalid
];
function company(opt = {}) {
  const c = opt.city || pick(CITIES);
  let b; let guard = 0;
  do { b = pick(BRANDS); } while (CUR.used.has(b[0]) && ++guard < 100);
  CUR.used.add(b[0]);
  const ind = opt.ind ? (INDS.find((x) => x[0] === opt.ind) || [opt.ind, 'co']) : pick(INDS);
  const name = opt.name || ((chance(0.75) ? c.city : c.short) + b[0] + ind[0] + (chance(0.25) ? '股份有限公司' : '有限公司'));
  const bank = pick(BANKS);
  const sub = subscriber(c.sub);
  return {
    name, brand: b[0], py: b[1], city: c,
    uscc: makeUscc('91', chance(0.5) ? c.region : c.cityCode),
    domain: `${b[1]}${ind[1]}.${pick(['com', 'com.cn', 'cn'])}`,
    area: c.area, sub, fsub: subscriber(c.sub),
    bank: bank.n, branch: `${bank.n}${c.short}${c.dist.replace(/(新)?区$/, '')}${pick(['支行', '科技园支行', '分行营业部'])}`,
    acct: bank.acct(c),
    addr: `${c.prov === c.city ? '' : c.prov}${c.city}${c.dist}${pick(c.roads)}${ri(1, 399)}号${bldg()}`,
  };
}
function telStr(area, sub, style = ri(0, 3)) {
  const s4 = sub.length === 8 ? sub.slice(0, 4) + ' ' + sub.slice(4) : sub.slice(0, 3) + ' ' + sub.slice(3);
  return [`${area}-${sub}`, `(${area})${sub}`, `${area} ${s4}`, `${area}-${sub}`][style];
}
// organisation landlines / hotlines / role mailboxes: shown AND labelled dontCare
function orgTel(co, style) { dc('cn_landline', co.area + co.sub); return telStr(co.area, co.sub, style); }
function orgFax(co, style) { dc('cn_landline', co.area + co.fsub); return telStr(co.area, co.fsub, style); }
function orgLine(area, len) { const sub = subscriber(len); dc('cn_landline', area + sub); return telStr(area, sub); }
function hotline(pfx = pick(['400', '400', '800'])) { const d = pfx + pick(['1', '6', '8', '9', '0']) + digits(6); dc('cn_landline', d); return chance(0.8) ? `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}` : d; }
function roleMail(local, domain) { const e = `${local}@${domain}`.toLowerCase(); dc('email', e); return e; }
function companyUscc(co) { ent('cn_uscc', co.uscc); return co.uscc; }
function splitTo(keys, total) { const w = keys.map(() => R() * R() + 0.03); const sw = w.reduce((a, b) => a + b, 0);
  const out = {}; let acc = 0; keys.forEach((k, i) => { const v = i === keys.length - 1 ? total - acc : Math.round(total * w[i] / sw); out[k] = v; acc += v; }); return out; }
const table = (rows, sep = '\t') => rows.map((r) => r.join(sep)).join('\n');

// ============================================================== generators
// ---- 1. 资产负债表 (balance sheet). Traps: 11-digit totals starting 1[3-9] written without
// thousands separators ("15234567890.12"); company USCC (labelled entity); signatures (names).
function g_balance_sheet(n) {
  const co = company(); const plain = n % 2 === 1; const y = 2021 + n;
  const A = ['货币资金', '交易性金融资产', '应收票据', '应收账款', '应收款项融资', '预付款项', '其他应收款', '存货', '其他流动资产'];
  const B = ['长期股权投资', '其他权益工具投资', '投资性房地产', '固定资产', '在建工程', '使用权资产', '无形资产', '开发支出', '商誉', '长期待摊费用', '递延所得税资产', '其他非流动资产'];
  const CL = ['短期借款', '应付票据', '应付账款', '合同负债', '应付职工薪酬', '应交税费', '其他应付款', '一年内到期的非流动负债', '其他流动负债'];
  const NL = ['长期借款', '应付债券', '租赁负债', '长期应付款', '预计负债', '递延收益', '递延所得税负债'];
  const EQ = ['实收资本（或股本）', '资本公积', '其他综合收益', '盈余公积', '未分配利润'];
  const side = (T) => { const r = { T }; r.ca = Math.round(T * ri(42, 62) / 100); r.nca = T - r.ca;
    Object.assign(r, splitTo(A, r.ca), splitTo(B, r.nca)); r.L = Math.round(T * ri(38, 66) / 100); r.cl = Math.round(r.L * ri(55, 80) / 100); r.ncl = r.L - r.cl;
    Object.assign(r, splitTo(CL, r.cl), splitTo(NL, r.ncl)); r.E = T - r.L; Object.assign(r, splitTo(EQ, r.E)); return r; };
  const T1 = ri(13_000_000_000, 19_800_000_000) * 100 + ri(0, 99);
  const cur = side(T1), prev = side(Math.round(T1 * ri(78, 97) / 100));
  const f = (c) => money(c, !plain);
  let line = 0; const rows = [];
  const row = (label, key) => rows.push([label, ++line, f(cur[key]), f(prev[key])]);
  rows.push(['流动资产：', '', '', '']); A.forEach((k) => row('  ' + k, k)); row('流动资产合计', 'ca');
  rows.push(['非流动资产：', '', '', '']); B.forEach((k) => row('  ' + k, k)); row('非流动资产合计', 'nca'); row('资产总计', 'T');
  rows.push(['流动负债：', '', '', '']); CL.forEach((k) => row('  ' + k, k)); row('流动负债合计', 'cl');
  rows.push(['非流动负债：', '', '', '']); NL.forEach((k) => row('  ' + k, k)); row('非流动负债合计', 'ncl'); row('负债合计', 'L');
  rows.push(['所有者权益（或股东权益）：', '', '', '']); EQ.forEach((k) => row('  ' + k, k)); row('所有者权益合计', 'E'); row('负债和所有者权益总计', 'T');
  return `资产负债表
会企01表
编制单位：${co.name}
统一社会信用代码：${companyUscc(co)}
报表日期：${y}年12月31日${' '.repeat(20)}单位：元${plain ? '（ERP导出，未分节）' : ''}
项目\t行次\t期末余额\t上年年末余额
${table(rows)}

单位负责人：${pname()}    主管会计工作负责人：${pname()}    会计机构负责人：${pname()}
报送日期：${y + 1}年04月${p2(ri(10, 28))}日`;
}

// ---- 2. 利润表 (income statement). Traps: revenue of 10-11 digits (plain exports give
// "13xxxxxxxxx.xx"), negative amounts, EPS; USCC of the reporting company (entity).
function g_income_statement(n) {
  const co = company(); const plain = n <= 2; const y = 2024;
  const calc = (Rv) => { const r = { Rv }; const pc = (a, b, d = 100) => Math.round(Rv * ri(a, b) / d);
    r.cost = pc(68, 84); r.tax = pc(4, 9, 1000); r.sell = pc(3, 8); r.adm = pc(3, 7); r.rd = pc(3, 9); r.fin = pc(-5, 15, 1000);
    r.intE = Math.abs(r.fin) + pc(1, 4, 1000); r.intI = pc(1, 3, 1000); r.oth = pc(1, 6, 1000); r.inv = pc(-3, 10, 1000); r.fv = pc(-2, 2, 1000);
    r.cred = -pc(1, 5, 1000); r.ast = -pc(0, 4, 1000); r.disp = pc(-1, 2, 10000);
    r.op = Rv - r.cost - r.tax - r.sell - r.adm - r.rd - r.fin + r.oth + r.inv + r.fv + r.cred + r.ast + r.disp;
    r.nin = pc(1, 9, 10000); r.nout = pc(1, 6, 10000); r.tot = r.op + r.nin - r.nout; r.itx = r.tot > 0 ? Math.round(r.tot * 0.15) : 0; r.net = r.tot - r.itx;
    r.min = Math.round(r.net * ri(1, 8) / 100); r.par = r.net - r.min; return r; };
  const base = plain ? ri(13_000_000_000, 19_500_000_000) : ri(2_000_000_000, 9_800_000_000);
  const c1 = calc(base * 100 + ri(0, 99)), c0 = calc(Math.round(base * ri(80, 98) / 100) * 100 + ri(0, 99));
  const shares = ri(400_000_000, 2_000_000_000);
  const f = (c) => money(c, !plain);
  const L = [['一、营业收入', 'Rv'], ['减：营业成本', 'cost'], ['税金及附加', 'tax'], ['销售费用', 'sell'], ['管理费用', 'adm'], ['研发费用', 'rd'], ['财务费用', 'fin'],
    ['其中：利息费用', 'intE'], ['利息收入', 'intI'], ['加：其他收益', 'oth'], ['投资收益（损失以“-”号填列）', 'inv'], ['公允价值变动收益', 'fv'], ['信用减值损失', 'cred'], ['资产减值损失', 'ast'], ['资产处置收益', 'disp'],
    ['二、营业利润', 'op'], ['加：营业外收入', 'nin'], ['减：营业外支出', 'nout'], ['三、利润总额', 'tot'], ['减：所得税费用', 'itx'], ['四、净利润', 'net'], ['归属于母公司所有者的净利润', 'par'], ['少数股东损益', 'min']];
  const rows = L.map(([t, k], i) => [t, i + 1, f(c1[k]), f(c0[k])]);
  rows.push(['五、每股收益：', '', '', ''], ['（一）基本每股收益（元/股）', '', (c1.par / 100 / shares).toFixed(2), (c0.par / 100 / shares).toFixed(2)], ['（二）稀释每股收益（元/股）', '', (c1.par / 100 / shares * 0.99).toFixed(2), (c0.par / 100 / shares * 0.99).toFixed(2)]);
  return `利润表
会企02表
编制单位：${co.name}（纳税人识别号 ${companyUscc(co)}）
${y}年${pick(['1-12月', '1-9月', '1-6月', '第一季度'])}${' '.repeat(24)}单位：元
项目\t行次\t本期金额\t上期金额
${table(rows)}

注：本表数据未经审计。股本总数 ${grp(shares)} 股。
财务负责人：${pname()}    制表：${pname()}`;
}

// ---- 3. 对公账户交易明细 (corporate account statement). Traps: 19-21-digit company
// accounts (19/17-digit ones Luhn-invalid), 19-digit date-prefixed 交易流水号 (some pass
// Luhn), 9-digit 凭证号, 18-digit 电子税票号; all counterparties are organisations.
function g_corp_bank_statement(n) {
  const c = pick(CITIES); const co = company({ city: c });
  const acct = [() => num(20, '44' + '0' + pick(['5', '1'])), () => num(21, c.region.slice(0, 2) + '3066'), () => luhnBad('4000' + digits(14)), () => num(15, '755')][n - 1]();
  const bankName = ['中国建设银行', '交通银行', '中国工商银行', '招商银行'][n - 1];
  const y = 2024, m = ri(1, 11); let t = epochBJ(y, m, 1, 9, 0, 0);
  let bal = ri(5_000_000, 900_000_000) * 100; const open = bal;
  const rows = [['交易时间', '借方发生额', '贷方发生额', '余额', '对方户名', '对方账号', '对方开户机构', '摘要', '交易流水号', '凭证号']];
  let dN = 0, dS = 0, cN = 0, cS = 0;
  for (let i = 0; i < ri(12, 16); i++) {
    t += ri(2, 60) * 3600e3 + ri(0, 3599) * 1000;
    const kind = pick(['in', 'in', 'in', 'out', 'out', 'out', 'tax', 'fee', 'util', 'pay', 'int']);
    let debit = 0, credit = 0, cp = '', cpA = '', cpB = '', memo = '';
    if (kind === 'in' || kind === 'out') { const o = company(); cp = o.name; cpA = o.acct; cpB = o.branch;
      const amt = ri(10_000, 5_000_000) * 100 + ri(0, 99);
      if (kind === 'in') { credit = amt; memo = pick(['货款', '回款', '服务费', '技术服务费']) + ' ' + pick(['HT', 'SO', 'XS']) + ymd(t).slice(2) + pad(ri(1, 99), 2); }
      else { debit = amt; memo = pick(['采购款', '设备款', '运费', '租金']) + ' 付' + pick(['PO', 'CG']) + digits(8); } }
    else if (kind === 'tax') { debit = ri(20_000, 2_000_000) * 100 + ri(0, 99); cp = `国家税务总局${c.city}${c.dist}税务局`; cpA = '-'; cpB = '国家金库' + c.short + '中心支库';
      memo = `电子缴税 税票号${num(18, '3' + c.region.slice(0, 3))}`; }
    else if (kind === 'fee') { debit = ri(5, 300) * 100; cp = bankName; cpA = '-'; cpB = '-'; memo = pick(['网银汇款手续费', '账户管理费', '回单柜服务费']); }
    else if (kind === 'util') { debit = ri(8_000, 400_000) * 100 + ri(0, 99); cp = pick([`${c.short}供电局`, `${c.short}水务集团有限公司`, `${c.short}燃气集团股份有限公司`]); cpA = num(pick([12, 15, 20]), '7'); cpB = '-'; memo = `代扣电费 户号${num(13, '03')}`; }
    else if (kind === 'pay') { debit = ri(300_000, 9_000_000) * 100; cp = '批量代发'; cpA = '-'; cpB = '-'; memo = `代发工资 批次号P${ymd(t)}${pad(ri(1, 99), 4)} 共${ri(20, 900)}笔`; }
    else { credit = ri(100, 90_000) * 100 + ri(0, 99); cp = bankName; cpA = '-'; cpB = '-'; memo = pick(['结息', '协定存款利息', '活期利息']); }
    bal += credit - debit; if (debit) { dN++; dS += debit; } if (credit) { cN++; cS += credit; }
    rows.push([fdt(t), debit ? money(debit) : '', credit ? money(credit) : '', money(bal), cp, cpA, cpB, memo, num(19, ymd(t)), num(9, String(ri(1, 9)))]);
  }
  return `${bankName} 单位客户账户交易明细
账号：${acct}
户名：${co.name}
币种：人民币　钞汇标志：钞
开户机构：${bankName}${c.short}${c.dist.replace(/(新)?区$/, '')}支行
查询起止日期：${y}-${p2(m)}-01 至 ${fdate(t)}    期初余额：${money(open)}
${table(rows)}
借方合计：${dN} 笔 ${money(dS)}    贷方合计：${cN} 笔 ${money(cS)}    期末余额：${money(bal)}
打印时间：${fdt(t + 2 * DAY)}  打印柜员：${pad(ri(1, 999), 6)}  本明细仅供参考，以银行记账为准。`;
}

// ---- 4. 增值税发票 (paper VAT invoice). Traps: 10/12-digit 发票代码 (12-digit starts with 0 and
// looks like 0xxx-xxxxxxxx), 8-digit 发票号码, 12-digit 机器编号, 20-digit 校验码 in groups of 5,
// 密码区 digit soup; buyer/seller USCC (entities), org phones (dontCare), company accounts.
function g_vat_invoice(n) {
  const special = n <= 2; const sellerCity = pick(CITIES); const seller = company({ city: sellerCity }); const buyer = company();
  const t = randDay(2024); const reg4 = sellerCity.cityCode.slice(0, 4);
  const code = special ? reg4 + '24' + ri(1, 3) + '1' + pick(['30', '40']) : '0' + reg4 + '24' + pad(ri(1, 12), 3) + pick(['11', '12']);
  const cipher = () => { let s = '', run = 0; while (s.length < 27) { const ch = chance(0.55) && run < 5 ? D10[ri(0, 9)] : pick(['+', '-', '*', '/', '<', '>']); run = /\d/.test(ch) ? run + 1 : 0; s += ch; } return s; };
  const items = sample([['*电子元件*贴片电容', '0603 100nF±10% 50V', '个', 0.012, 0.03], ['*电子元件*贴片电阻', '0402 10kΩ ±1%', '个', 0.002, 0.006], ['*集成电路*微控制器', 'STM32F103C8T6', '片', 6, 14],
    ['*计算机外部设备*工业显示器', '21.5英寸 1920×1080', '台', 680, 1500], ['*金属制品*不锈钢螺钉', 'M3×8 A2-70', '个', 0.05, 0.12], ['*塑料制品*周转箱', '600×400×280mm', '个', 28, 55],
    ['*纸制品*瓦楞纸箱', '五层 K=K 530×290×370', '个', 3.2, 7.5], ['*润滑油*工业齿轮油', 'L-CKC 220 18L', '桶', 260, 420], ['*电线电缆*控制电缆', 'KVVP 4×1.5', '米', 4.5, 9.8]], ri(2, 5));
  let sumA = 0, sumT = 0;
  const lines = items.map(([nm, spec, unit, lo, hi]) => { const q = ri(10, 20000); const up = +(lo + R() * (hi - lo)).toFixed(4); const a = Math.round(q * up * 100); const tx = Math.round(a * 0.13); sumA += a; sumT += tx;
    return [nm, spec, unit, q, up.toFixed(4), money(a, false), '13%', money(tx, false)]; });
  return `${sellerCity.prov.replace(/[省市]$/, '')}增值税${special ? '专用' : '普通'}发票
发票代码：${code}
发票号码：${num(8, '0')}
开票日期：${cnDate(t)}
${special ? '' : `校验码：${digits(5)} ${digits(5)} ${digits(5)} ${digits(5)}\n`}机器编号：${num(12, special ? '499' : '661')}
购买方
  名　　称：${buyer.name}
  纳税人识别号：${companyUscc(buyer)}
  地址、电话：${buyer.addr} ${orgTel(buyer, 0)}
  开户行及账号：${buyer.branch} ${buyer.acct}
密码区
  ${cipher()}
  ${cipher()}
  ${cipher()}
  ${cipher()}
货物或应税劳务、服务名称\t规格型号\t单位\t数量\t单价\t金额\t税率\t税额
${table(lines)}
合　　计\t\t\t\t\t¥${money(sumA, false)}\t\t¥${money(sumT, false)}
价税合计（大写）ⓧ${rmbUpper(sumA + sumT)}　　（小写）¥${money(sumA + sumT, false)}
销售方
  名　　称：${seller.name}
  纳税人识别号：${companyUscc(seller)}
  地址、电话：${seller.addr} ${orgTel(seller, 0)}
  开户行及账号：${seller.branch} ${seller.acct}
备注：合同号 HT${ymd(t)}-${pad(ri(1, 999), 3)}；订单 ${num(18, ymd(t))}
收款人：${pname()}　　复核：${pname()}　　开票人：${pname()}　　销售方：（章）`;
}

// ---- 5. 数电发票 / 全电发票 (fully digital invoice). Traps: 20-digit 发票号码 (yy+province+...),
// red-letter confirmation no. (20 digits), QR payload with dates and amounts; USCCs (entities).
function g_e_invoice(n) {
  const seller = company(); const buyer = company(); const t = randDay(2024); const red = n === 4;
  const prov2 = seller.city.cityCode.slice(0, 2);
  const invNo = '24' + prov2 + '2' + '000000' + digits(9);
  const items = sample([['*信息技术服务*软件维护服务', '年度', '项', 1, 36000, 6], ['*现代服务*技术咨询服务', '', '次', 1, 18000, 6], ['*物流辅助服务*仓储服务', `${T(t).y}年${T(t).m}月`, '月', 1, 52000, 6],
    ['*经纪代理服务*报关代理服务', '', '票', 12, 350, 6], ['*计算机配套产品*固态硬盘', '1TB NVMe', '个', 20, 420, 13], ['*办公设备*激光打印机', 'A4 黑白', '台', 4, 1890, 13]], ri(1, 3));
  let sA = 0, sT = 0; const sg = red ? -1 : 1;
  const rows = items.map(([nm, spec, u, q, p, r]) => { const a = sg * q * p * 100; const tx = Math.round(a * r / 100); sA += a; sT += tx; return [nm, spec, u, sg * q, p.toFixed(2), money(a, false), r + '%', money(tx, false)]; });
  return `电子发票（增值税专用发票）
发票号码：${invNo}
开票日期：${cnDate(t)}
购买方信息  名称：${buyer.name}
            统一社会信用代码/纳税人识别号：${companyUscc(buyer)}
销售方信息  名称：${seller.name}
            统一社会信用代码/纳税人识别号：${companyUscc(seller)}
项目名称\t规格型号\t单位\t数量\t单价\t金额\t税率/征收率\t税额
${table(rows)}
合　　计\t\t\t\t\t¥${money(sA, false)}\t\t¥${money(sT, false)}
价税合计（大写）${red ? '（负数）' : ''}${rmbUpper(sA + sT)}　（小写）¥${money(sA + sT, false)}
备注：${red ? `被红冲蓝字数电发票号码：24${prov2}2000000${digits(9)}　红字发票信息确认单编号：${prov2}${num(18, pad(ri(1, 99), 2))}\n      ` : ''}购方开户银行：${buyer.branch}；银行账号：${buyer.acct}；
      销方开户银行：${seller.branch}；银行账号：${seller.acct}；
开票人：${pname()}
二维码内容：01,32,,${invNo},${money(sA, false)},${ymd(t)},,${hex(4, true)}
下载次数：${ri(1, 3)}　　国家税务总局${seller.city.short}税务局 监制`;
}

// ---- 6. 增值税及附加税费申报表 (VAT return). Traps: long column of plain amounts, 18-digit
// 电子税票号 starting with a province-like prefix, 20-digit 申报序列号; taxpayer USCC (entity),
// 法定代表人 name (dontCare), organisation phone (dontCare).
function g_tax_return(n) {
  const co = company(); const y = 2024, m = ri(1, 11);
  const sales = ri(20_000_000, 900_000_000) * 100;
  const out = Math.round(sales * 0.13), inp = Math.round(out * ri(55, 92) / 100), transfer = Math.round(inp * ri(0, 3) / 100);
  const pay = out - inp + transfer;
  const L = [['（一）按适用税率计税销售额', sales], ['其中：应税货物销售额', Math.round(sales * 0.86)], ['应税劳务销售额', Math.round(sales * 0.14)], ['纳税检查调整的销售额', 0],
    ['（二）按简易办法计税销售额', ri(0, 900_000) * 100], ['（三）免、抵、退办法出口销售额', ri(0, 30_000_000) * 100], ['（四）免税销售额', 0], ['销项税额', out], ['进项税额', inp],
    ['上期留抵税额', 0], ['进项税额转出', transfer], ['应抵扣税额合计', inp - transfer], ['实际抵扣税额', inp - transfer], ['应纳税额', pay], ['期末留抵税额', 0], ['应纳税额合计', pay],
    ['本期已缴税额', 0], ['期末未缴税额（多缴为负数）', pay], ['城市维护建设税本期应补（退）税额', Math.round(pay * 0.07)], ['教育费附加本期应补（退）费额', Math.round(pay * 0.03)], ['地方教育附加本期应补（退）费额', Math.round(pay * 0.02)]];
  const rows = L.map(([k, v], i) => [i + 1, k, money(v), money(v * m)]);
  return `增值税及附加税费申报表
（一般纳税人适用）
税款所属时间：自 ${y}年${p2(m)}月01日 至 ${y}年${p2(m)}月${p2(new Date(Date.UTC(y, m, 0)).getUTCDate())}日　　填表日期：${y}年${p2(m + 1)}月${p2(ri(5, 15))}日　　金额单位：元（列至角分）
纳税人识别号（统一社会信用代码）：${companyUscc(co)}
纳税人名称：${co.name}　　法定代表人姓名：${pname()}
注册地址：${co.addr}
开户银行及账号：${co.branch} ${co.acct}
登记注册类型：${pick(['有限责任公司', '股份有限公司', '其他有限责任公司'])}　　电话号码：${orgTel(co)}
栏次\t项目\t本月数\t本年累计
${table(rows)}
申报序列号：${num(20, '1001' + co.city.cityCode.slice(0, 2))}　　电子税票号码：${num(18, '3' + co.city.cityCode.slice(0, 3))}
声明：本纳税申报表是根据国家税收法律法规及相关规定填写的，是真实的、可靠的、完整的。
经办人：${pname()}　　受理税务机关（章）：国家税务总局${co.city.city}${co.city.dist}税务局　　受理日期：${y}年${p2(m + 1)}月${p2(ri(15, 20))}日`;
}

// ---- 7. A股行情导出 (stock quote export). Traps: 6-digit stock codes, volumes, and 总市值 as bare
// 11-digit integers starting 1[3-9] ("15234567890") — mobile-shaped, but a CSV money column.
function g_stock_quotes(n) {
  const t = epochBJ(2024, ri(1, 11), ri(1, 28), 15, ri(1, 9), ri(0, 59));
  const rows = [['代码', '名称', '最新价', '涨跌幅(%)', '涨跌额', '今开', '最高', '最低', '昨收', '成交量(股)', '成交额(元)', '换手率(%)', '总市值(元)', '市盈率(动)']];
  for (let i = 0; i < 16; i++) {
    const code = pick(['600', '601', '603', '000', '002', '300', '688']) + digits(3);
    const name = pick(BRANDS)[0] + pick(['科技', '股份', '电子', '新材', '智能', '医药', '环境', '精密', '控股', '信息']);
    const px = ri(300, 15000) / 100; const pct = ri(-1000, 1000) / 100; const prev = px / (1 + pct / 100);
    const mcap = chance(0.6) ? ri(13_000_000_000, 19_900_000_000) : ri(2_000_000_000, 9_900_000_000);
    const shares = Math.round(mcap / px); const turn = ri(10, 900) / 100; const vol = Math.round(shares * turn / 100);
    rows.push([code, name, px.toFixed(2), (pct > 0 ? '+' : '') + pct.toFixed(2), (px - prev).toFixed(2), (prev * (1 + ri(-20, 20) / 1000)).toFixed(2), (px * 1.02).toFixed(2), (px * 0.97).toFixed(2), prev.toFixed(2), vol, (vol * px * 0.998).toFixed(2), turn.toFixed(2), mcap, (ri(80, 9000) / 100).toFixed(2)]);
  }
  const idx = (nm, lo, hi) => `${nm} ${(ri(lo, hi) / 100).toFixed(2)} ${pick(['+', '-'])}${(ri(1, 180) / 100).toFixed(2)}% 成交额${(ri(2000, 9000) + ri(0, 99) / 100).toFixed(2)}亿`;
  return `A股收盘行情 ${fdate(t)}（星期${WEEK[T(t).wd]}）
${idx('上证指数', 280000, 340000)}
${idx('深证成指', 850000, 1150000)}
${idx('创业板指', 160000, 240000)}
自选股导出（${fdt(t)}，数据来源：行情终端，仅供参考）
${table(rows, ',')}
注：成交额、总市值单位为元；风险提示：股市有风险，投资需谨慎。`;
}

// ---- 8. 基金净值公告 (fund NAV notice). Traps: fund codes, share counts with decimals, 10-11
// digit net asset values, 400 hotline and role mailbox (dontCare), fund manager USCC (entity).
function g_fund_nav(n) {
  const co = company(); co.name = `${co.brand}基金管理有限公司`; const t = randDay(2024); const dom = `${co.py}fund.com.cn`;
  const types = ['混合A', '混合C', '债券A', '债券C', '沪深300指数增强A', '中证1000ETF联接C', '货币A', '科技创新混合', '稳健增利债券', '均衡成长混合'];
  const rows = [['基金代码', '基金简称', '单位净值', '累计净值', '日增长率', '近1年', '申购状态', '赎回状态', '期末基金份额(份)', '期末资产净值(元)']];
  for (let i = 0; i < 10; i++) { const nav = ri(6000, 32000) / 10000; const sh = ri(50_000_000, 9_000_000_000) * 100 + ri(0, 99);
    rows.push([pick(['0', '1', '5', '16']) + digits(pick([5, 5, 5, 4])).padEnd(5, '0').slice(0, 5), co.brand + pick(types), nav.toFixed(4), (nav + ri(0, 15000) / 10000).toFixed(4), (ri(-300, 300) / 100).toFixed(2) + '%', (ri(-3000, 4000) / 100).toFixed(2) + '%', pick(['开放申购', '限大额', '暂停申购']), pick(['开放赎回', '开放赎回', '暂停赎回']), money(sh), money(Math.round(sh * nav), false)]); }
  rows.forEach((r, i) => { if (i && r[0].length !== 6) r[0] = r[0].padEnd(6, '0').slice(0, 6); });
  return `${co.name}关于旗下基金${fdate(t)}基金净值的公告
${table(rows)}
注：单位净值已扣除管理费（年费率1.20%）和托管费（年费率0.20%）。货币基金披露每万份收益 ${(ri(3000, 6000) / 10000).toFixed(4)} 元、七日年化 ${(ri(120, 220) / 100).toFixed(3)}%。
基金管理人：${co.name}（统一社会信用代码 ${companyUscc(co)}）
注册地址：${co.addr}
基金托管人：${pick(['中国建设银行股份有限公司', '招商银行股份有限公司', '中国工商银行股份有限公司'])}
客户服务热线：${hotline('400')}　　网址：www.${dom}　　客服邮箱：${roleMail('service', dom)}
风险提示：基金管理人承诺以诚实信用、勤勉尽责的原则管理和运用基金资产，但不保证基金一定盈利。`;
}

// ---- 9. 外汇牌价 (FX rate board + CSV API export). Traps: 10-digit unix seconds (17xxxxxxxx),
// 13-digit ms timestamps, 16-digit date-prefixed quote batch numbers.
function g_fx_rates(n) {
  const t = epochBJ(2024, ri(1, 11), ri(1, 28), ri(9, 16), ri(0, 59), ri(0, 59));
  const cur = [['美元', 'USD', 720], ['欧元', 'EUR', 780], ['日元', 'JPY', 4.85], ['港币', 'HKD', 92], ['英镑', 'GBP', 910], ['澳大利亚元', 'AUD', 470], ['加拿大元', 'CAD', 530], ['新加坡元', 'SGD', 535], ['瑞士法郎', 'CHF', 810], ['韩国元', 'KRW', 0.54], ['泰国铢', 'THB', 20.1], ['澳门元', 'MOP', 89.3], ['新西兰元', 'NZD', 440]];
  const board = [['货币名称', '现汇买入价', '现钞买入价', '现汇卖出价', '现钞卖出价', '中行折算价', '发布日期', '发布时间']];
  const csv = ['ccy,mid,buy,sell,quote_ts,quote_ts_ms,batch_no'];
  for (const [zh, code, base] of cur) { const mid = base * (1 + ri(-150, 150) / 10000); const d = base > 10 ? 2 : 4;
    board.push([zh, (mid * 0.9975).toFixed(d), (mid * 0.9925).toFixed(d), (mid * 1.0025).toFixed(d), (mid * 1.0025).toFixed(d), mid.toFixed(d), fdate(t, '.'), ftime(t)]);
    const ts = t + ri(0, 999) * 1000; csv.push([code, mid.toFixed(4), (mid * 0.9975).toFixed(4), (mid * 1.0025).toFixed(4), Math.floor(ts / 1000), ts + ri(0, 999), num(16, ymd(t))].join(',')); }
  return `${pick(['资金营运部', '国际业务部', '司库管理中心'])}每日外汇牌价（单位：人民币/100外币）
${table(board)}

接口原始数据（GET /fx/v1/quotes?date=${ymd(t)}&page=1&size=50，响应时间 ${ri(12, 95)}ms，requestId ${uuid()}）
${csv.join('\n')}
说明：以上汇率仅供参考，实际成交以交易时点报价为准。`;
}

// ---- 10. 快递发货清单 + 物流轨迹 (shipments warehouse -> stores). Traps: SF/YT/JT + 13 digits,
// ZTO 12 digits, Yunda/STO 13 digits, JD "JDVA" + 11 digits (sometimes 1[3-9]…, letter-adjacent),
// EMS S10 ids, 派件网点 landline (dontCare).
function g_express_waybills(n) {
  const c = pick(CITIES); const wh = `${c.short}${pick(['中心仓', 'RDC仓', '电商仓', '保税仓'])}`; let t = randDay(2024);
  const carriers = [['顺丰速运', () => 'SF' + num(13, '1')], ['圆通速递', () => 'YT' + digits(13)], ['中通快递', () => num(12, '7' + pick(['3', '5', '8']))], ['韵达快递', () => num(13, pick(['43', '46', '31']))],
    ['申通快递', () => num(13, '77')], ['京东物流', () => 'JDV' + pick(['A', 'B', 'C']) + digits(11)], ['极兔速递', () => 'JT' + digits(13)], ['中国邮政EMS', () => s10('E' + pick(['A', 'B', 'M']))], ['德邦快递', () => 'DPK' + digits(12)]];
  const stores = ['中心广场店', '星河店', '滨江店', '科技园店', '火车站店', '高新店', '东站店', '新城店', '万科里店', '机场店'];
  const rows = [['序号', '承运商', '运单号', '始发仓', '目的门店', '件数', '重量(kg)', '体积(m³)', '揽收时间', '状态']];
  const bills = [];
  for (let i = 1; i <= ri(14, 18); i++) { const [cn, gen] = i === 3 ? ['京东物流', () => 'JDVA1' + pick(['3', '5', '8', '9']) + digits(9)] : pick(carriers); const w = gen(); bills.push([cn, w]);
    t += ri(3, 40) * 60e3; rows.push([i, cn, w, wh, `${pick(CITIES).short}${pick(stores)}`, ri(1, 40), (ri(50, 90000) / 100).toFixed(2), (ri(1, 900) / 1000).toFixed(3), fdt(t), pick(['已揽收', '运输中', '派送中', '已签收'])]); }
  const [cn0, w0] = bills[0]; let tt = t; const dest = pick(CITIES);
  const track = [`【${c.city}】快件已由【${c.short}${c.dist}营业点】揽收`, `【${c.city}】快件已发往【${dest.short}转运中心】`, `【${dest.city}】快件到达【${dest.short}转运中心】`, `【${dest.city}】快件已到达【${dest.short}${dest.dist}营业部】，派件网点电话 ${orgLine(dest.area, dest.sub)}`, `【${dest.city}】快件已签收，签收方：门店前台代收，如有疑问请联系网点`]
    .map((s) => { tt += ri(1, 9) * 3600e3 + ri(0, 3599) * 1000; return `${fdt(tt)} ${s}`; });
  return `发货批次：FH${ymd(t)}${pad(n, 3)}　仓库：${wh}　制单：WMS系统自动生成　打印：${fdt(t + 3600e3)}
${table(rows)}

运单 ${w0}（${cn0}）物流轨迹：
${track.join('\n')}`;
}

// ---- 11. 电商订单导出 (shop order export). Traps: 18-digit date-prefixed order numbers,
// 19-digit sub-orders, 28-digit Alipay/WeChat payment numbers; masked buyer data
// ("张**", "138****5678", partial address) -> dontCare.
function g_order_export(n) {
  const rows = [['订单编号', '子订单编号', '下单时间', '商品编码', '商品名称', '数量', '实付金额', '收货人', '联系电话', '收货地址', '物流单号', '支付流水号']];
  const goods = [['SP0012031', '不锈钢保温杯 500ml'], ['SP0034412', '无线鼠标 2.4G'], ['SP0102230', '抽纸 3层100抽×24包'], ['SP0043007', 'A4复印纸 70g 5包/箱'], ['SP0220451', '电动牙刷替换头 4支装'], ['SP0008801', '有机纯牛奶 250ml×12']];
  let t = randDay(2024);
  for (let i = 0; i < 14; i++) { t += ri(1, 50) * 60e3 + ri(0, 59) * 1000; const on = num(18, ymd(t)); const g = pick(goods); const c = pick(CITIES); const q = ri(1, 6);
    const mname = pick(SURN) + (chance(0.5) ? '**' : '*'); dc('person_name_zh', mname);
    const mph = pick(['13' + ri(0, 9), '15' + pick([0, 1, 2, 3, 5, 6, 7, 8, 9]), '18' + ri(0, 9), '17' + pick([3, 6, 7, 8]), '19' + pick([1, 8, 9])]) + '****' + digits(4); dc('cn_mobile', mph);
    const pay = chance(0.5) ? ymd(t) + '2200' + '14' + digits(14) : '42000' + digits(5) + ymd(t) + digits(10);
    rows.push([on, on + ri(1, 3), fdt(t), g[0], g[1], q, money(q * ri(990, 29900), false), mname, mph, `${c.prov === c.city ? '' : c.prov}${c.city}${c.dist}******`, pick(['SF' + num(13, '1'), num(12, '78'), 'YT' + digits(13)]), pay]); }
  return `订单导出_${ymd(t)}_${pad(ri(1, 99), 2)}.csv（已脱敏，供对账使用）
${table(rows, ',')}
导出人：系统定时任务 order-export-job#${ri(100, 999)}　导出时间：${fdt(t + 600e3)}　记录数：14`;
}

// ---- 12. 集装箱装箱单 / 出口舱单 (container manifest). Traps: ISO 6346 box numbers,
// bill of lading 4 letters + 10 digits, 18-digit 报关单号, 10-digit HS codes and 海关编码;
// shipper USCC (entity), forwarder landline (dontCare).
function g_container_manifest(n) {
  const co = company({ ind: '贸易' }); const fw = company({ ind: '物流' }); const t = randDay(2024);
  const pol = pick([['深圳盐田', 'CNYTN'], ['深圳蛇口', 'CNSHK'], ['上海洋山', 'CNSHA'], ['宁波北仑', 'CNNGB'], ['青岛前湾', 'CNTAO']]);
  const pod = pick([['洛杉矶', 'USLAX'], ['鹿特丹', 'NLRTM'], ['汉堡', 'DEHAM'], ['新加坡', 'SGSIN'], ['迪拜杰贝阿里', 'AEJEA']]);
  const owner = pick(['CSNU', 'COSU', 'OOLU', 'TGHU', 'MSKU', 'EGHU', 'TCNU']);
  const boxes = [['箱号', '封号', '箱型', '件数', '毛重(KGS)', '体积(CBM)', 'VGM(KGS)']];
  for (let i = 0; i < ri(3, 6); i++) { const gw = ri(500000, 2400000) / 100; boxes.push([container(owner), 'CN' + digits(7), pick(['40HQ', '40GP', '20GP', '45HQ']), `${ri(200, 1800)} CTNS`, gw.toFixed(2), (ri(20000, 76000) / 1000).toFixed(3), (gw + pick([2200, 3750, 3900])).toFixed(2)]); }
  const hs = [['8516500000', '微波炉', 'MICROWAVE OVEN'], ['8471300000', '便携式计算机', 'LAPTOP COMPUTER'], ['9403200000', '金属家具', 'METAL FURNITURE'], ['3924100000', '塑料餐具', 'PLASTIC TABLEWARE'], ['8504401400', '电源适配器', 'POWER ADAPTER'], ['6109100021', '棉制针织T恤', 'COTTON KNITTED T-SHIRT']];
  const goods = sample(hs, ri(2, 4)).map(([h, zh, en]) => { const q = ri(500, 20000); const up = ri(120, 9000) / 100; const nw = q * ri(3, 60) / 10; return [h, zh, en, q, nw.toFixed(2), (nw * 1.08).toFixed(2), up.toFixed(2), (q * up).toFixed(2)]; });
  return `出口装箱单 / 舱单信息
提单号：${owner}${num(10, String(ri(1, 9)))}　　船名/航次：${pick(['ORIENT PEARL', 'EASTERN GLORY', 'PACIFIC HARMONY', 'JADE HORIZON'])} / ${p2(ri(10, 24))}${p2(ri(1, 52))}${pick(['E', 'W'])}
起运港：${pol[0]}（${pol[1]}）　目的港：${pod[0]}（${pod[1]}）　预计开航：${fdate(t + 3 * DAY)}　截关：${fdt(t + DAY)}
境内发货人：${co.name}　统一社会信用代码：${companyUscc(co)}　海关编码：${num(10, co.city.cityCode.slice(0, 4) + '9')}
收货人：${pick(['PACIFIC RIM HOME GOODS LLC', 'NORDLICHT HANDEL GMBH', 'BLUE HARBOUR TRADING PTE. LTD.', 'AL NOOR GENERAL TRADING LLC'])}
报关单号：${num(18, pick(['5316', '5300', '5349', '2244', '2248', '4258', '3101']) + '2024' + pick(['0', '1']))}　　预录入编号：${num(18, '0' + pick(['53', '22', '31']) + '1' + '2024')}
订舱代理：${fw.name}　操作电话：${orgTel(fw)}
${table(boxes)}
商品编号(HS)\t中文品名\t英文品名\t数量\t净重(KG)\t毛重(KG)\t单价(USD)\t总价(USD)
${table(goods)}
运费条款：FREIGHT COLLECT　　贸易方式：一般贸易（0110）　　征免性质：一般征税（101）`;
}

// ---- 13. 商品条码/仓库SKU清单 (SKU list). Traps: EAN-13 (69x) and ITF-14 with valid GS1 check,
// 13/14-digit barcodes, batch numbers; 18-digit 追溯码 built from a real region code and a 2024
// production date whose last char is NOT the MOD 11-2 check char (ID look-alike, not an ID).
function g_sku_barcodes(n) {
  const co = company({ ind: pick(['食品', '贸易']) }); const t0 = randDay(2024);
  const prod = [['维生素C泡腾片', '20片/管'], ['全麦苏打饼干', '400g'], ['纯牛奶', '250ml×24'], ['坚果礼盒', '1.2kg'], ['矿泉水', '550ml×24'], ['速溶咖啡', '1.8g×100'], ['洗衣凝珠', '52颗'], ['厨房纸巾', '2卷×6'], ['燕麦片', '1000g'], ['无糖绿茶', '500ml×15'], ['牙膏', '120g×3'], ['蜂蜜', '500g']];
  const comp = '69' + digits(5);
  const rows = [['SKU编码', '商品名称', '规格', '商品条码(EAN-13)', '箱码(ITF-14)', '批次号', '生产日期', '有效期至', '追溯码', '库位', '库存数量']];
  for (const [nm, spec] of sample(prod, 10)) { const e = gtin(comp + digits(5)); const pd = t0 - ri(5, 200) * DAY; const reg = pick(CITIES).region;
    rows.push([`SKU-${co.py.slice(0, 2).toUpperCase()}-${ymd(pd).slice(2)}-${pad(ri(1, 9999), 4)}`, nm, spec, e, gtin(String(ri(1, 8)) + e.slice(0, 12)), `B${ymd(pd)}${pick(['A', 'B', 'C'])}${p2(ri(1, 12))}`, fdate(pd), fdate(pd + ri(180, 720) * DAY),
      idLikeBadCheck(reg, T(pd).y, T(pd).m, T(pd).d), `${pick(['A', 'B', 'C', 'D'])}-${p2(ri(1, 30))}-${p2(ri(1, 12))}-${ri(1, 5)}`, ri(0, 12000)]); }
  return `${co.name} 库存商品条码清单（盘点日 ${fdate(t0)}）
货主编码：${co.py.toUpperCase().slice(0, 4)}${pad(ri(1, 999), 3)}　仓库：${co.city.short}${pick(['一号', '二号', '冷链'])}仓
${table(rows)}
说明：追溯码 = 产地代码(6) + 生产日期(8) + 流水号(3) + 校验位(1)，由食品安全追溯平台生成。`;
}

// ---- 14. nginx 访问/错误日志 (web server log). Traps: 13-digit ms timestamps in query strings,
// 10-digit product ids, 32-hex request ids, "logo@2x.png" (not an e-mail), upstream ports.
function g_nginx_log(n) {
  let t = randDay(2024); const host = pick(['api', 'shop', 'm', 'open']) + '.' + pick(BRANDS)[1] + pick(['-tech.com', '.cn', 'mall.com']);
  const paths = [() => `/api/v2/products/${num(10, '10')}?ts=${t}&sign=${hex(32)}`, () => `/api/v1/orders/${num(18, ymd(t))}/status`, () => `/static/img/logo@2x.png?v=${ymd(t)}`, () => `/static/js/app.${hex(8)}.js`,
    () => `/api/v1/stock?sku=${gtin('69' + digits(10))}&warehouse=${ri(1, 9)}`, () => `/health`, () => `/api/v2/cart/items?page=${ri(1, 5)}&size=20&_=${t + ri(0, 999)}`, () => `/open/v1/notify?msgId=${snowflake(t)}&nonce=${digits(8)}`];
  const ua = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN', 'okhttp/4.12.0', 'kube-probe/1.28', 'Apache-HttpClient/4.5.14 (Java/17.0.9)'];
  const lines = [];
  for (let i = 0; i < 26; i++) { t += ri(3, 2500); const d = new Date(t + 8 * 3600e3);
    const stamp = `${p2(d.getUTCDate())}/${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()]}/${d.getUTCFullYear()}:${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0800`;
    const st = pick([200, 200, 200, 200, 304, 404, 499, 502]);
    if (chance(0.12)) { lines.push(`${fdt(t, '/')} [error] ${ri(1000, 40000)}#${ri(1000, 40000)}: *${ri(100000, 99999999)} upstream timed out (110: Connection timed out) while reading response header from upstream, client: ${ip10()}, server: ${host}, request: "GET ${pick(paths)()} HTTP/1.1", upstream: "http://${ip10()}:${pick([8080, 8081, 9090])}/", host: "${host}"`); continue; }
    const path = pick(paths)(); const method = /^\/(api\/v2\/cart|open)/.test(path) && chance(0.6) ? 'POST' : 'GET';
    lines.push(`${chance(0.5) ? ip10() : ipDoc()} - - [${stamp}] "${method} ${path} HTTP/1.1" ${st} ${ri(0, 60000)} "${chance(0.5) ? '-' : 'https://' + host + '/'}" "${pick(ua)}" rt=${(ri(1, 3000) / 1000).toFixed(3)} uct=${(ri(0, 20) / 1000).toFixed(3)} upstream=${ip10()}:${pick([8080, 8081, 9000])} req_id=${hex(32)}`); }
  return `# ${host} access.log (rotated ${fdate(t)})\n` + lines.join('\n');
}

// ---- 15. 应用 JSON 日志 (structured service log). Traps: 19-digit snowflake ids (some Luhn-valid,
// prefix 17/18), 13-digit epochMs, trace/span hex ids, pod names, 18-digit order numbers.
function g_app_json_log(n) {
  let t = randDay(2024); const svc = pick(['order-svc', 'inventory-svc', 'payment-gateway', 'wms-core', 'settlement-job']);
  const pod = `${svc}-${hex(9)}-${alnum(5, 'bcdfghjklmnpqrstvwxz2456789')}`;
  const msgs = ['order created', 'stock reserved', 'callback received', 'retrying downstream call', 'batch settled', 'cache miss', 'slow sql detected', 'mq message consumed'];
  const lines = [];
  for (let i = 0; i < 18; i++) { t += ri(1, 1500); const lvl = pick(['INFO', 'INFO', 'INFO', 'WARN', 'DEBUG', 'ERROR']);
    const o = { ts: `${fdate(t)}T${ftime(t)}.${pad(t % 1000, 3)}+08:00`, epochMs: t, level: lvl, service: svc, pod, thread: `http-nio-8080-exec-${ri(1, 200)}`, traceId: hex(32), spanId: hex(16), msg: pick(msgs) };
    const extra = pick([() => ({ orderId: snowflake(t), orderNo: num(18, ymd(t)), skuId: num(10, '10'), qty: ri(1, 9) }), () => ({ msgId: hex(32, true), queue: 'topic_order_paid', offset: ri(1e6, 9e8), partition: ri(0, 11) }),
      () => ({ sql: 'select * from t_sku where id in (?)', costMs: ri(200, 5000), rows: ri(1, 500), datasource: `jdbc:mysql://${ip10()}:3306/wms` }), () => ({ tenantId: ri(1000, 9999), batchId: snowflake(t), amountFen: ri(100, 99999999), settleDate: ymd(t) }),
      () => ({ httpStatus: pick([200, 429, 503]), upstream: `${ip10()}:${pick([8080, 9090])}`, latencyMs: ri(3, 900), retry: ri(0, 3) })])();
    Object.assign(o, extra); if (lvl === 'ERROR') o.stack = 'java.net.SocketTimeoutException: Read timed out\n\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)';
    lines.push(JSON.stringify(o)); }
  return lines.join('\n');
}

// ---- 16. 终端/物联网设备台账 (device inventory). Traps: IMEI (15 digits, Luhn-valid), ICCID
// (20 and 19 digits, Luhn-valid, 8986…), IMSI (15 digits, 460…), 13-digit IoT MSISDN 1064…,
// MAC addresses, serial numbers.
function g_device_inventory(n) {
  const co = company(); const t0 = randDay(2023);
  const models = [['手持PDA', 'PDA-T80'], ['智能POS', 'P2 Pro'], ['车载终端', 'VT-4G-210'], ['物联网网关', 'GW-520'], ['温湿度记录仪', 'TH-10L'], ['工业平板', 'IP-10S']];
  const rows = [['资产编号', '设备类型', '型号', 'SN', 'IMEI', 'ICCID', 'IMSI', '接入号(MSISDN)', 'MAC', '固件版本', '安装位置', '激活时间']];
  for (let i = 0; i < 14; i++) { const [tp, md] = pick(models); const act = t0 + ri(0, 300) * DAY + ri(0, 86399) * 1000;
    rows.push([`ZC-${T(act).y}-${pad(ri(1, 9999), 5)}`, tp, md, `${md.replace(/[^A-Z0-9]/g, '').slice(0, 4)}${ymd(act).slice(2, 6)}${alnum(6)}`, imei(), chance(0.7) ? iccid20() : iccid19(), imsi(), iot1064(), mac(), `V${ri(1, 3)}.${ri(0, 9)}.${ri(0, 30)}_${ymd(act)}`, `${co.city.short}${pick(['一号仓', '二号仓', '分拣中心'])}${pick(['A', 'B', 'C'])}区${ri(1, 30)}号位`, fdt(act)]); }
  return `${co.name} 终端设备台账（导出自资产管理系统，${fdate(t0 + 330 * DAY)}）
${table(rows, ',')}
备注：物联网卡为集团统一采购，套餐 ${pick(['5G', '10G', '30M'])}/月；IMEI 白名单已同步至 MDM 平台（策略 ID ${num(10, '1')}）。`;
}

// ---- 17. 交换机/防火墙配置 (network device config). Traps: IPs, masks, VLAN lists, ASNs,
// MAC in xxxx-xxxx-xxxx form, ACL numbers, 20-char Huawei-style serial, NTP/syslog targets.
function g_network_config(n) {
  const name = `${pick(['SZ', 'SH', 'BJ', 'HZ', 'CD'])}-${pick(['DC1', 'HQ', 'WH2'])}-${pick(['CORE', 'AGG', 'ACC'])}-SW${p2(ri(1, 20))}`;
  const vl = sample([10, 20, 30, 40, 50, 100, 101, 102, 200, 300, 999], 6).sort((a, b) => a - b);
  const ifs = []; for (let i = 1; i <= 6; i++) { const v = pick(vl); ifs.push(`interface GigabitEthernet0/0/${i}\n description TO-${pick(['AP', 'PRINTER', 'CAM', 'SRV', 'FW'])}-${pad(ri(1, 120), 3)}\n port link-type ${pick(['access', 'trunk'])}\n port default vlan ${v}\n#`); }
  const m = mac('', false); const mm = `${m.slice(0, 4)}-${m.slice(4, 8)}-${m.slice(8)}`;
  return `!Software Version V200R021C10SPC600
!Last configuration was updated at ${fdt(randDay(2024))}+08:00 by admin
# 设备序列号 2102${digits(6)}P${digits(1)}K${digits(7)}  资产标签 NET-${pad(ri(1, 999), 4)}
sysname ${name}
#
vlan batch ${vl.join(' ')}
#
stp instance 0 priority ${pick([4096, 8192, 32768])}
#
ntp-service unicast-server ${ip10()}
info-center loghost ${ip10()} facility local${ri(0, 7)}
snmp-agent sys-info location ${pick(CITIES).short}-IDC-${pick(['A', 'B'])}${ri(1, 9)}-R${p2(ri(1, 40))}
#
acl number ${ri(3000, 3999)}
 rule 5 permit tcp source ${ip192().replace(/\.\d+$/, '.0')} 0.0.0.255 destination-port eq 443
 rule 10 permit udp source ${ip10().replace(/\.\d+$/, '.0')} 0.0.0.255 destination-port range 5060 5080
 rule 15 deny ip source any destination ${ipDoc()} 0
#
interface Vlanif${vl[0]}
 ip address ${ip10().replace(/\.\d+$/, '.1')} 255.255.255.0
 dhcp select relay
 dhcp relay server-ip ${ip10()}
#
${ifs.join('\n')}
interface MEth0/0/1
 ip address ${ip192()} 255.255.255.0
 mac-address ${mm}
#
bgp ${ri(64512, 65534)}
 router-id ${ip10()}
 peer ${ip10()} as-number ${ri(64512, 65534)}
 peer ${ipDoc()} as-number ${pick([4134, 4837, 9808, 58453])}
#
ip route-static 0.0.0.0 0.0.0.0 ${ip10()}
ip route-static ${ip192().replace(/\.\d+$/, '.0')} 255.255.255.0 NULL0
#
user-interface vty 0 4
 authentication-mode aaa
 idle-timeout ${ri(5, 30)} 0
#
return`;
}

// ---- 18. SQL 导出 (dump of non-person tables: product, warehouse, stock, batch). Traps:
// snowflake BIGINT ids, 13-digit ms timestamps, barcodes, 18-digit order numbers and 18-digit
// batch trace codes (region + date, wrong check char), AUTO_INCREMENT values.
function g_sql_dump(n) {
  const t = randDay(2024); const db = pick(['wms', 'erp_prod', 'mall_goods', 'scm']);
  const prods = []; for (let i = 0; i < 8; i++) { const ts = t - ri(0, 200) * DAY; prods.push(`(${snowflake(ts)},'${gtin('69' + digits(10))}','SKU${num(8, String(ri(1, 9)))}','${pick(['保温杯', '数据线', '收纳箱', '电热水壶', '洗手液', '抽纸', '蓝牙耳机', '插线板'])}',${ri(100, 99900)},${ri(0, 50000)},${ts},${ts + ri(0, 99) * 3600e3})`); }
  const whs = []; for (let i = 1; i <= 4; i++) { const c = pick(CITIES); whs.push(`(${i},'WH-${c.py.toUpperCase().slice(0, 2)}${p2(i)}','${c.short}${pick(['中心仓', '前置仓', '退货仓'])}','${c.region}',${ri(2000, 60000)},1)`); }
  const batches = []; for (let i = 0; i < 6; i++) { const pd = t - ri(10, 300) * DAY; const reg = pick(CITIES).region; batches.push(`(${ri(100000, 999999)},'${idLikeBadCheck(reg, T(pd).y, T(pd).m, T(pd).d)}','${ymd(pd)}',${ri(100, 50000)},'${num(18, ymd(pd))}')`); }
  return `-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
-- Host: ${ip10()}    Database: ${db}
-- ------------------------------------------------------
-- Server version\t8.0.36

DROP TABLE IF EXISTS \`t_product\`;
CREATE TABLE \`t_product\` (
  \`id\` bigint NOT NULL COMMENT '雪花ID',
  \`barcode\` varchar(14) NOT NULL COMMENT '商品条码',
  \`sku_code\` varchar(32) NOT NULL,
  \`title\` varchar(128) NOT NULL,
  \`price_fen\` int NOT NULL COMMENT '售价(分)',
  \`stock\` int NOT NULL DEFAULT '0',
  \`created_at\` bigint NOT NULL COMMENT '毫秒时间戳',
  \`updated_at\` bigint NOT NULL,
  PRIMARY KEY (\`id\`),
  UNIQUE KEY \`uk_barcode\` (\`barcode\`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO \`t_product\` VALUES ${prods.join(',\n')};

DROP TABLE IF EXISTS \`t_warehouse\`;
CREATE TABLE \`t_warehouse\` (\`id\` int NOT NULL AUTO_INCREMENT, \`code\` varchar(16), \`name\` varchar(64), \`region_code\` char(6) COMMENT '行政区划代码', \`area_m2\` int, \`enabled\` tinyint, PRIMARY KEY (\`id\`)) ENGINE=InnoDB AUTO_INCREMENT=${ri(5, 40)} DEFAULT CHARSET=utf8mb4;
INSERT INTO \`t_warehouse\` VALUES ${whs.join(',')};

DROP TABLE IF EXISTS \`t_batch\`;
CREATE TABLE \`t_batch\` (\`id\` int NOT NULL AUTO_INCREMENT, \`trace_code\` char(18) COMMENT '追溯码', \`prod_date\` char(8), \`qty\` int, \`inbound_order_no\` char(18), PRIMARY KEY (\`id\`)) ENGINE=InnoDB AUTO_INCREMENT=${ri(1000000, 1999999)};
INSERT INTO \`t_batch\` VALUES ${batches.join(',\n')};
-- Dump completed on ${fdt(t)}`;
}

// ---- 19. Android tombstone / 崩溃转储 (native crash dump of a company POS app). Traps: 16-hex
// registers and addresses, pid/tid, BuildId hashes, build fingerprint with dates, ms timestamps.
function g_crash_dump(n) {
  const t = randDay(2024); const pid = ri(1000, 32000); const pkg = `com.${pick(BRANDS)[1]}.${pick(['pos', 'pda', 'wms', 'driver'])}`;
  const regs = []; for (let i = 0; i < 29; i += 4) regs.push(Array.from({ length: Math.min(4, 29 - i) }, (_, k) => `x${i + k}`.padEnd(4) + ' ' + (chance(0.3) ? '0000000000000000' : (chance(0.5) ? '0000007' : 'b400007') + hex(9))).join('  '));
  const libs = ['/apex/com.android.runtime/lib64/bionic/libc.so', `/data/app/~~${alnum(22, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}==/${pkg}-1/lib/arm64/libprinter.so`, '/system/lib64/libutils.so', '/system/lib64/libandroid_runtime.so'];
  const bt = []; for (let i = 0; i < 8; i++) bt.push(`      #${p2(i)} pc ${pad(hex(ri(5, 7)), 16)}  ${pick(libs)} (${pick(['abort', 'ESC_POS_Write', 'android::Looper::pollOnce', 'JNI_OnLoad', '__pthread_start', 'art_quick_invoke_stub'])}+${ri(8, 900)}) (BuildId: ${hex(32)})`);
  return `*** *** *** *** *** *** *** *** *** *** *** *** *** *** *** ***
Build fingerprint: '${pick(['Sunmi', 'Newland', 'Urovo', 'iData'])}/${pick(['V2s', 'N910', 'DT50', 'T1'])}/${pick(['V2s', 'N910', 'DT50'])}:11/RKQ1.${ymd(t).slice(2)}.${pad(ri(1, 99), 3)}/${ri(100, 999)}:user/release-keys'
Revision: '0'
ABI: 'arm64'
Timestamp: ${fdt(t)}.${pad(ri(0, 999), 3)}${pad(ri(0, 999), 3)}+0800
Process uptime: ${ri(10, 90000)}s
Cmdline: ${pkg}
pid: ${pid}, tid: ${pid + ri(1, 60)}, name: ${pick(['PrinterThread', 'RenderThread', 'OkHttp Dispatch'])}  >>> ${pkg} <<<
uid: ${ri(10050, 10300)}
signal 11 (SIGSEGV), code 1 (SEGV_MAPERR), fault addr 0x${pad(hex(10), 16)}
${regs.join('\n')}
    lr  0000007${hex(9)}  sp  0000007${hex(9)}  pc  0000007${hex(9)}  pst 0000000060001000

backtrace:
${bt.join('\n')}

memory map (${ri(1200, 3000)} entries):
    0000007${hex(5)}000-0000007${hex(5)}fff r--p 00000000 fd:0${ri(0, 9)} ${ri(100, 9999)}  /system/lib64/libutils.so
    0000007${hex(5)}000-0000007${hex(5)}fff r-xp 0004${hex(2)}000 fd:0${ri(0, 9)} ${ri(100, 9999)}  ${libs[1]}
--- crash report uploaded: reportId=${uuid()} crashTimeMs=${t} appVersion=${ri(3, 6)}.${ri(0, 20)}.${ri(0, 9)}(${ri(300, 999)}${pad(ri(0, 99999), 5)}) channel=${pick(['sunmi', 'official'])}`;
}

// ---- 20. K8s 部署 + 应用配置 (deployment YAML / application.yml). Traps: ports, memory sizes,
// sha256 digests, version tags with dates, SMS template ids, role alert mailbox (dontCare).
function g_k8s_config(n) {
  const app = pick(['order-center', 'wms-api', 'billing', 'report-svc']); const ns = pick(['prod', 'uat', 'prod-sz']); const dom = `${pick(BRANDS)[1]}-tech.com`;
  const tag = `v${ri(1, 5)}.${ri(0, 30)}.${ri(0, 9)}-${ymd(randDay(2024))}.${pad(ri(0, 2359), 4)}`;
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}
  namespace: ${ns}
  labels: { app.kubernetes.io/name: ${app}, app.kubernetes.io/version: "${tag}" }
spec:
  replicas: ${ri(2, 12)}
  revisionHistoryLimit: 10
  strategy: { type: RollingUpdate, rollingUpdate: { maxSurge: 25%, maxUnavailable: 0 } }
  template:
    spec:
      containers:
        - name: ${app}
          image: registry.cn-${pick(['hangzhou', 'shenzhen', 'beijing'])}.aliyuncs.com/${pick(BRANDS)[1]}/${app}:${tag}@sha256:${hex(64)}
          ports: [{ containerPort: 8080 }, { containerPort: ${pick([9090, 9404, 8849])}, name: metrics }]
          env:
            - { name: JAVA_OPTS, value: "-Xms${pick([1024, 2048])}m -Xmx${pick([2048, 4096])}m -XX:MaxMetaspaceSize=512m" }
            - { name: SNOWFLAKE_WORKER_ID, value: "${ri(0, 1023)}" }
            - { name: TZ, value: Asia/Shanghai }
          resources: { requests: { cpu: ${pick([250, 500, 1000])}m, memory: ${pick([1024, 2048])}Mi }, limits: { cpu: ${pick([1000, 2000])}m, memory: ${pick([2048, 4096])}Mi } }
          readinessProbe: { httpGet: { path: /actuator/health, port: 8080 }, initialDelaySeconds: ${ri(10, 60)}, periodSeconds: 10 }
---
apiVersion: v1
kind: Service
metadata: { name: ${app}, namespace: ${ns} }
spec: { type: NodePort, ports: [{ port: 80, targetPort: 8080, nodePort: ${ri(30000, 32767)} }] }
---
# application-${ns}.yml
spring:
  datasource:
    url: jdbc:mysql://${ip10()}:3306/${app.replace('-', '_')}?useSSL=false&serverTimezone=Asia/Shanghai&rewriteBatchedStatements=true
    username: app_rw
    password: "\${DB_PASSWORD}"
    hikari: { maximum-pool-size: ${ri(10, 64)}, connection-timeout: 30000, max-lifetime: 1800000 }
  redis: { host: ${ip10()}, port: 6379, database: ${ri(0, 15)}, timeout: 3000ms }
  kafka: { bootstrap-servers: "${ip10()}:9092,${ip10()}:9092,${ip10()}:9092" }
sms:
  sign-name: ${pick(BRANDS)[0]}科技
  template-id: SMS_${num(9, String(ri(1, 4)))}
  daily-limit: ${ri(10000, 500000)}
job:
  settle-cron: "0 ${ri(0, 59)} ${ri(0, 5)} * * ?"
  archive-before-ms: ${ri(30, 180) * DAY}
alert:
  mail-to: ${roleMail('ops-alert', dom)}
  webhook-timeout-ms: ${pick([3000, 5000])}
server: { port: 8080, tomcat: { max-threads: ${pick([200, 400])}, accept-count: ${pick([100, 1000])} } }`;
}

// ---- 21. 开源社区/技术交流群公告 (QQ group list etc.). Traps: QQ群号 (8-10 digits, some 10-digit
// starting with 1), 钉钉群号, "git@gitee.com:org/repo.git" (not an e-mail), role mailboxes and
// 400 hotline (dontCare).
function g_qq_groups(n) {
  const [bz, py] = pick(BRANDS); const dom = `${py}.${pick(['io', 'org.cn', 'dev'])}`; const repo = pick(['lite-orm', 'fast-report', 'wms-open', 'iot-bridge']);
  const groups = []; for (let i = 1; i <= 7; i++) groups.push(`QQ交流${i}群：${pick([() => num(9, String(ri(2, 9))), () => num(10, '1'), () => num(8, String(ri(2, 9)))])()}${i < 5 ? '（已满）' : ''}`);
  return `【${bz}开源社区】交流群与联系方式汇总（${fdate(randDay(2024))} 更新）
${groups.join('\n')}
钉钉交流群群号：${num(8, String(ri(2, 4)))}、${num(9, String(ri(2, 4)))}（入群请备注公司+用途）
微信群：关注公众号「${bz}开发者」后回复“进群”，由小助手拉入。
官方文档：https://docs.${dom}/${repo}/v${ri(2, 4)}.${ri(0, 9)}/
源码仓库：https://gitee.com/${py}/${repo}   SSH：git@gitee.com:${py}/${repo}.git
Maven：<dependency><groupId>io.${py}</groupId><artifactId>${repo}</artifactId><version>${ri(2, 4)}.${ri(0, 12)}.${ri(0, 9)}</version></dependency>
npm：npm i @${py}/${repo}@${ri(1, 3)}.${ri(0, 9)}.${ri(0, 20)}
问题反馈：${roleMail('issues', dom)}　商务合作：${roleMail('bd', dom)}　商业版技术支持热线：${hotline('400')}（工作日 9:00-18:00）
最近版本：${ri(2, 4)}.${ri(0, 12)}.${ri(0, 9)}（累计下载 ${grp(ri(100000, 9000000))} 次，Star ${grp(ri(1000, 30000))}）
群规：禁止发布广告，提问请附版本号、日志和最小复现代码。`;
}

// ---- 22. 版本发布说明 (release notes). Traps: versionCode, build numbers with dates, file sizes,
// SHA-256, commit hashes, JIRA ids, a 19-digit snowflake in the text of a precision-loss bug fix.
function g_release_notes(n) {
  const t = randDay(2024); const maj = ri(3, 8), mi = ri(0, 20), pa = ri(0, 9); const prod = `${pick(BRANDS)[0]}${pick(['收银', '仓储', '门店', '配送'])}助手`;
  const sf = snowflake(t); const trunc = sf.slice(0, 16) + '000';
  const dl = [['Windows x64', `setup_${maj}.${mi}.${pa}.exe`], ['macOS arm64', `${prod}-${maj}.${mi}.${pa}.dmg`], ['Android', `app-release-${maj}${p2(mi)}${pa}.apk`], ['Linux x64', `server-${maj}.${mi}.${pa}.tar.gz`]];
  return `# ${prod} v${maj}.${mi}.${pa} 发布说明
发布日期：${fdate(t)}　构建号：${ymd(t)}.${pad(ri(0, 2359), 4)}　versionCode：${maj}${p2(mi)}${pa}${pad(ri(0, 999), 3)}　最低支持：Android 8.0（API 26）/ Windows 10 1809

## 新增
- 支持数电发票（全电发票）20位发票号码的录入与查验（${pick(['PRD', 'POS', 'WMS'])}-${ri(1000, 9999)}）
- 商品条码支持 ITF-14 箱码扫描；批次号长度由 12 位放宽至 20 位（#${ri(100, 3000)}）
- 新增设备 IMEI 白名单同步，单次最多 ${grp(ri(1000, 50000))} 条

## 修复
- 修复订单号超过 16 位时在前端精度丢失的问题：雪花 ID ${sf} 被 JavaScript 截断为 ${trunc}（${pick(['BUG', 'FIX'])}-${ymd(t)}-${pad(ri(1, 99), 4)}）
- 修复跨天结算时时间戳 ${Math.floor(t / 1000)} 按 UTC 解析导致日结差 8 小时的问题
- 修复打印机端口 9100 被占用时无提示（commit ${hex(7)}）

## 下载
| 平台 | 文件 | 大小(字节) | SHA-256 |
|---|---|---|---|
${dl.map(([p, f]) => `| ${p} | ${f} | ${ri(20_000_000, 400_000_000)} | ${hex(64)} |`).join('\n')}

升级说明：服务端需先执行 migration V${maj}_${mi}_${pa}__${ymd(t)}.sql（预计 ${ri(2, 30)} 分钟，锁表 t_order_${ymd(t).slice(0, 6)}）。`;
}

// ---- 23. POS 签购单 + 超市小票 (POS slip and till receipt). Traps: 15-digit 商户编号, 8-digit
// 终端号, 12-digit 参考号, 6-digit 批次/凭证/授权码, 18-digit 小票号, 28-digit WeChat Pay number,
// EAN-13 item codes; masked card number and member number (dontCare); 400 hotline (dontCare).
function g_pos_receipt(n) {
  const co = company({ ind: pick(['贸易', '食品']) }); const t = randDay(2024); const c = co.city;
  const mcard = pick(['622588', '621700', '622202', '623058']) + '******' + digits(4); dc('bank_card', mcard);
  const items = sample([['矿泉水550ml', 2.0], ['全麦面包', 12.8], ['鲜牛奶950ml', 15.9], ['洗衣液2kg', 39.9], ['抽纸3包', 9.9], ['苹果(散装)', 11.6], ['酸奶4连杯', 13.5], ['速冻水饺1kg', 26.8], ['电池AA 4粒', 18.0]], ri(3, 6));
  let tot = 0; const lines = items.map(([nm, p]) => { const q = ri(1, 3); tot += Math.round(q * p * 100); return `${nm}\n  ${gtin('69' + digits(10))}  ${q} x ${p.toFixed(2)} = ${(q * p).toFixed(2)}`; });
  const store = pad(ri(1, 300), 4), till = p2(ri(1, 12));
  const member = '****' + digits(4);
  return `          银联POS签购单
      商户存根 MERCHANT COPY
--------------------------------
商户名称(MERCHANT NAME)：${co.brand}便利（${c.short}${pick(['科技园', '万象', '高新', '东站'])}店）
商户编号(MERCHANT NO.)：898${c.area.slice(1).padEnd(4, '0')}${pick(['5411', '5812', '5499'])}${digits(4)}
终端编号(TERMINAL NO.)：${num(8, String(ri(1, 9)))}  操作员号：0${ri(1, 9)}
收单行：${pick(['银联商务', '拉卡拉', '通联支付'])}  发卡行：${pick(['招商银行', '中国银行', '建设银行', '交通银行'])}
卡号(CARD NO.)：${mcard} /C
交易类型(TRANS TYPE)：消费/SALE
批次号(BATCH NO.)：${digits(6)}  凭证号(VOUCHER NO.)：${digits(6)}
授权码(AUTH NO.)：${digits(6)}  参考号(REFER NO.)：${ftime(t).replace(/:/g, '')}${digits(6)}
日期/时间(DATE/TIME)：${fdt(t, '/')}
金额(AMOUNT)：RMB ${money(tot)}
备注：免密免签
--------------------------------
${co.brand}便利 ${c.short}店  门店编号 ${store}
收银机 ${till}  收银员 ${pad(ri(1, 9999), 4)}
小票号：${store}${till}${ymd(t).slice(2)}${digits(6)}
${lines.join('\n')}
合计：${money(tot)}  件数：${items.length}
微信支付 ${money(tot)}  交易单号：42000${digits(5)}${ymd(t)}${digits(10)}
会员卡号：${member}  本次积分 ${Math.floor(tot / 100)}
扫码开票，开票码 ${num(16, ymd(t))}（30天内有效）
客服热线：${hotline('400')}  谢谢惠顾，欢迎再次光临！`;
}

// ---- 24. 优惠券批次与核销明细 (coupon batch). Traps: 16-digit numeric coupon codes (some
// deliberately Luhn-valid, no card BIN prefix), 20-digit 核销流水号, 12-char redemption codes.
function g_coupon_batch(n) {
  const co = company({ ind: '贸易' }); const t = randDay(2024);
  const rows = [['序号', '券码', '兑换码', '状态', '核销门店', '核销时间', '核销流水号']];
  for (let i = 1; i <= 16; i++) { const body = pick(['1', '2', '7', '9']) + digits(14); const code = i % 4 === 1 ? luhnFill(body) : luhnBad(body); const used = chance(0.6); const ut = t + ri(1, 20) * DAY + ri(0, 86399) * 1000;
    rows.push([i, code, `${alnum(4)}-${alnum(4)}-${alnum(4)}`, used ? '已核销' : pick(['未使用', '已过期', '已冻结']), used ? `${co.city.short}${pick(['一', '二', '三', '五'])}店(${pad(ri(1, 300), 4)})` : '-', used ? fdt(ut) : '-', used ? num(20, ymd(ut)) : '-']); }
  return `${co.name} 优惠券批次核销明细
批次号：CP${ymd(t)}${pad(ri(1, 999), 5)}　活动：${pick(['春季焕新', '会员日', '周年庆', '开学季'])}满${pick([99, 199, 299])}减${pick([10, 20, 30, 50])}
有效期：${fdate(t)} 至 ${fdate(t + 30 * DAY)}　发放数量：${grp(ri(1000, 200000))}　已核销：${grp(ri(100, 900))}　核销率：${ri(5, 60)}.${ri(0, 9)}%
${table(rows)}
注：券码为16位数字，由营销系统按批次生成，仅限线下门店使用；兑换码用于线上商城。`;
}

// ---- 25. 彩票开奖公告 (lottery results). Traps: 7-digit 期号, 9-11-digit sales/jackpot figures,
// long digit sequences of drawn numbers.
function g_lottery_results(n) {
  const t = randDay(2024); const y = T(t).y; const iss = y * 1000 + ri(10, 150);
  const red = sample([...Array(33).keys()].map((x) => x + 1), 6).sort((a, b) => a - b).map(p2).join(' ');
  const front = sample([...Array(35).keys()].map((x) => x + 1), 5).sort((a, b) => a - b).map(p2).join(' ');
  const back = sample([...Array(12).keys()].map((x) => x + 1), 2).sort((a, b) => a - b).map(p2).join(' ');
  const provs = sample(['北京', '天津', '河北', '山西', '辽宁', '上海', '江苏', '浙江', '安徽', '福建', '山东', '河南', '湖北', '湖南', '广东', '四川', '陕西'], 3);
  return `双色球第${iss}期开奖公告
开奖日期：${cnDate(t)}　兑奖截止日期：${cnDate(t + 60 * DAY)}
开奖号码：红球 ${red}　蓝球 ${p2(ri(1, 16))}
出球顺序：${shuffle(red.split(' ')).join(' ')}
本期销售额：${grp(ri(330_000_000, 420_000_000))}元　　奖池累计金额：${grp(ri(1_500_000_000, 2_900_000_000))}元
奖级\t中奖注数\t单注奖金(元)
一等奖\t${ri(3, 20)}\t${grp(ri(5_000_000, 9_000_000))}
二等奖\t${ri(80, 300)}\t${grp(ri(100_000, 300_000))}
三等奖\t${grp(ri(1000, 3000))}\t3,000
四等奖\t${grp(ri(50000, 120000))}\t200
五等奖\t${grp(ri(1000000, 3000000))}\t10
六等奖\t${grp(ri(8000000, 16000000))}\t5
一等奖中奖地区：${provs.map((p) => `${p}${ri(1, 4)}注`).join('，')}

超级大乐透第${String(y).slice(2)}${pad(ri(10, 150), 3)}期：前区 ${front}　后区 ${back}
本期销售额：${grp(ri(280_000_000, 360_000_000))}元　奖池滚存：${grp(ri(700_000_000, 1_300_000_000))}.${p2(ri(0, 99))}元
排列3第${String(y).slice(2)}${pad(ri(10, 350), 3)}期：${ri(0, 9)} ${ri(0, 9)} ${ri(0, 9)}　排列5：${ri(0, 9)} ${ri(0, 9)} ${ri(0, 9)} ${ri(0, 9)} ${ri(0, 9)}
七星彩第${String(y).slice(2)}${pad(ri(10, 150), 3)}期：${[...Array(6)].map(() => ri(0, 9)).join(' ')} + ${ri(0, 14)}
本公告开奖号码以中国福利彩票发行管理中心、国家体育总局体育彩票管理中心公布的为准。`;
}

// ---- 26. 列车/航班时刻表 (train and flight timetable). Traps: G/D/K train numbers, flight numbers,
// times, prices, train-set numbers like CR400AF-2145, 5-digit hotlines (12306).
function g_timetable(n) {
  const st = ['北京南', '上海虹桥', '广州南', '深圳北', '杭州东', '南京南', '武汉', '长沙南', '成都东', '西安北', '郑州东', '天津西', '济南西', '合肥南', '厦门北'];
  const [a, b] = sample(st, 2); const d0 = randDay(2024);
  const rows = [['车次', '出发站', '到达站', '出发时间', '到达时间', '历时', '二等座(元)', '一等座(元)', '商务座(元)', '车型', '检票口']];
  const baseDur = ri(90, 420), baseP = Math.round(baseDur * ri(80, 95) / 60) * 10 / 10;
  for (let i = 0; i < 12; i++) { const dep = ri(360, 1200); const dur = baseDur + ri(-10, 70); const arr = (dep + dur) % 1440; const p = baseP + ri(-3, 25) * 5;
    rows.push([pick(['G', 'G', 'D', 'C']) + ri(1, 9999), a, b, `${p2(Math.floor(dep / 60))}:${p2(dep % 60)}`, `${p2(Math.floor(arr / 60))}:${p2(arr % 60)}`, `${p2(Math.floor(dur / 60))}:${p2(dur % 60)}`, p.toFixed(1), (p * 1.6).toFixed(1), (p * 3.2).toFixed(1), pick(['CR400AF', 'CR400BF', 'CRH380A', 'CR300AF']) + '-' + ri(2001, 2250), `${pick(['A', 'B'])}${ri(1, 28)}`]); }
  const fl = [['航班号', '航空公司', '出发', '到达', '计划起飞', '计划到达', '机型', '航站楼', '准点率']];
  const fDur = ri(80, 200); for (let i = 0; i < 8; i++) { const dep = ri(420, 1380); const dur = fDur + ri(-10, 25); const arr = (dep + dur) % 1440; const [al, nm] = pick([['CA', '国航'], ['MU', '东航'], ['CZ', '南航'], ['HU', '海航'], ['ZH', '深航'], ['3U', '川航'], ['FM', '上航']]);
    fl.push([al + ri(1000, 9999), nm, a.replace(/[南北东西]$/, ''), b.replace(/[南北东西]$/, ''), `${p2(Math.floor(dep / 60))}:${p2(dep % 60)}`, `${p2(Math.floor(arr / 60))}:${p2(arr % 60)}`, pick(['A320neo', 'B737-800', 'A330-300', 'C919', 'B787-9', 'A321']), `T${ri(1, 3)}`, `${ri(62, 98)}%`]); }
  return `差旅参考：${a} → ${b} 时刻表（${fdate(d0)} 起执行，行政部整理）
${table(rows)}

航班（含${a.replace(/[南北东西]$/, '')}周边机场）：
${table(fl)}
说明：票价为公布价，实际以12306及航司官网为准；公司差旅标准见《差旅费管理办法》（行政〔${T(d0).y}〕${ri(3, 40)}号）。`;
}

// ---- 27. 公司车辆台账 (fleet register). Traps: plates 粤B·D12345, VIN (17, valid check),
// engine numbers, 交强险保单号 letter + 18 digits, 20-digit ETC cards, 19-digit fuel cards
// (100011…), 13-digit IoT SIM numbers of GPS terminals.
function g_fleet_register(n) {
  const co = company(); const c = co.city;
  const brands = [['大众', 'LSV', 'SVW7'], ['丰田', 'LVG', 'GTM7'], ['比亚迪', 'LC0', 'BYD7'], ['五菱', 'LZW', 'LZW6'], ['福田', 'LVB', 'BJ5'], ['江铃', 'LEF', 'JX5'], ['别克', 'LSG', 'SGM6']];
  const rows = [['车牌号', '品牌型号', '车辆识别代号(VIN)', '发动机号', '初次登记', '年检到期', '交强险保单号', 'ETC卡号', '加油卡号', 'GPS终端SIM', '使用部门', '里程(km)']];
  for (let i = 0; i < 10; i++) { const [bn, wmi, mp] = pick(brands); const ev = bn === '比亚迪' && chance(0.7); const reg = randDay(ri(2017, 2023));
    const plate = `${c.plate}·${ev ? pick(['D', 'F']) + alnum(1, 'ABCDEFGHJKLMN0123456789') + digits(4) : alnum(5, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`;
    rows.push([plate, `${bn}牌${mp}${ri(100, 999)}${ev ? 'BEV' : pick(['', 'A', 'D'])}`, vin(wmi), ev ? 'TZ' + ri(180, 220) + 'XS' + digits(6) : alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ') + digits(6), fdate(reg), fdate(reg + ri(1, 6) * 365 * DAY), `P${pick(['DZA', 'DAA', 'DAT'])}${T(reg).y}${c.cityCode.slice(0, 4)}${digits(10)}`,
      num(20, c.cityCode.slice(0, 2) + '01'), num(19, '100011'), iot1064(), pick(['行政部', '物流部', '销售一部', '工程部']), grp(ri(3000, 260000))]); }
  return `${co.name} 公务车辆台账（${fdate(randDay(2024))} 更新）
${table(rows)}
车辆管理：行政部车辆组　　车辆调度电话：${orgTel(co)}　　保险公司报案：${pick(['95518', '95500', '95511'])}
说明：ETC与加油卡均为单位卡，不得转借；GPS终端由平台统一监控（平台编号 ${c.cityCode}-${pad(ri(1, 999), 4)}）。`;
}

// ---- 28. 园区水电抄表记录 (utility meter readings). Traps: 13-digit 电费户号 starting 03, 22-digit
// meter asset numbers, 8-digit water meter numbers, readings with decimals, 95598 hotline.
function g_meter_readings(n) {
  const co = company(); const t = randDay(2024); const m = T(t).m;
  const rows = [['位置', '表计资产编号', '倍率', '上期示数', '本期示数', '用电量(kWh)', '电价(元/kWh)', '电费(元)']];
  let sum = 0;
  for (let i = 0; i < 8; i++) { const k = pick([1, 40, 80, 200]); const a = ri(10000, 90000) + ri(0, 99) / 100; const use = ri(100, 5000) + ri(0, 99) / 100; const kwh = use * k; const pr = pick([0.6512, 0.7329, 1.0431]); const fee = Math.round(kwh * pr * 100); sum += fee;
    rows.push([`${ri(1, 6)}号楼${pick(['配电房总表', '空调机房', '照明回路', '充电桩', '冷库', '电梯'])}`, num(22, '1100' + digits(2)), k, a.toFixed(2), (a + use).toFixed(2), kwh.toFixed(2), pr.toFixed(4), money(fee)]); }
  const w = [['位置', '水表号', '上期读数(m³)', '本期读数(m³)', '用水量(m³)', '单价', '水费(元)']];
  for (let i = 0; i < 4; i++) { const a = ri(1000, 90000); const u = ri(20, 900); w.push([`${ri(1, 6)}号楼${pick(['生活水', '消防水', '绿化'])}`, `${pick(['W', 'S'])}${num(8, String(ri(1, 9)))}`, a, a + u, u, '4.50', money(u * 450)]); }
  return `${co.name} 园区水电抄表记录（${T(t).y}年${m}月）
电费户号：${num(13, '03')}　　计量点：${num(10, '7')}　　供电单位：${co.city.short}供电局 ${co.city.dist}供电分局
${table(rows)}
电费合计：${money(sum)} 元（${rmbUpper(sum)}）
${table(w)}
抄表：物业工程部（工号 ${pad(ri(1, 999), 4)}）　复核：${pname()}　抄表日期：${fdate(t)}
用电咨询请拨打供电服务热线 95598；物业服务中心：${orgTel(co)}`;
}

// ---- 29. BOM 物料清单 (bill of materials). Traps: internal part codes shaped like passports and
// permits: E+8 digits, G+8, C+8, H+8, "EB"+7 digits, "PE"+7 digits; manufacturer part numbers.
function g_bom_parts(n) {
  const co = company({ ind: pick(['电子', '智能装备', '电气']) }); const t = randDay(2024);
  const parts = [['E', '贴片电阻', '0603 10KΩ ±1% 1/10W', 'RC0603FR-0710KL', 'PCS'], ['E', '贴片电容', '0603 100nF 50V X7R', 'CL10B104KB8NNNC', 'PCS'], ['E', '主控芯片', 'LQFP-48', 'STM32F103C8T6', 'PCS'], ['E', '晶振', '8MHz 20pF', 'X322508MSB4SI', 'PCS'],
    ['EB', '接插件', '2.54mm 2×20P 直针', 'PZ254-2-20-Z', 'PCS'], ['G', '不锈钢螺钉', 'M3×8 十字盘头', 'GB/T 818-2000', 'PCS'], ['G', '铜柱', 'M3×10+6 六角', 'HM3-10-6', 'PCS'], ['C', '防静电袋', '200×300mm', 'ESD-B2030', 'PCS'],
    ['C', '彩盒', '350g白卡 四色印刷', 'BOX-T200-V2', 'PCS'], ['H', '线束', '4P 300mm 1007#24AWG', 'WH-4P-300', '条'], ['PE', '缓冲泡棉', 'PE 珍珠棉 5mm', 'PE-EPE-05', '片'], ['M', '铝合金外壳', '6063-T5 阳极氧化', 'CASE-T200-A', '套']];
  const code = (p) => p.length === 2 ? p + num(7, String(ri(1, 9))) : p + (p === 'G' || p === 'C' ? ymd(t - ri(0, 900) * DAY) : num(8, String(ri(1, 9))));
  const rows = [['序号', '物料编码', '物料名称', '规格型号', '厂家料号', '位号', '用量', '单位', '单价(元)', '备注']];
  sample(parts, 11).forEach(([p, nm, spec, mpn, unit], i) => rows.push([i + 1, code(p), nm, spec, mpn, p === 'E' ? `${{ 贴片电阻: 'R', 贴片电容: 'C', 主控芯片: 'U', 晶振: 'Y' }[nm]}${ri(1, 20)}-${{ 贴片电阻: 'R', 贴片电容: 'C', 主控芯片: 'U', 晶振: 'Y' }[nm]}${ri(21, 60)}` : p === 'EB' ? `J${ri(1, 9)}` : '-', ri(1, 40), unit, (ri(1, 90000) / 10000).toFixed(4), pick(['', '', '替代料 ' + code(p), 'RoHS'])]));
  return `${co.name} BOM 物料清单
产品：${pick(['T200 工业控制主板', 'GW-520 物联网网关', 'P2 智能收银机主板'])}　版本：V${ri(1, 4)}.${ri(0, 9)}　BOM编号：BOM-${ymd(t).slice(2)}-${pad(ri(1, 999), 3)}　生效日期：${fdate(t)}
${table(rows)}
编码规则：E=电子料，EB=板级接插件，G=五金件（G+入库日期），C=包材（C+启用日期），H=线束，PE=泡棉类，M=结构件。
编制：${pname()}　审核：${pname()}　批准：${pname()}`;
}

// ---- 30. IT资产保修登记 (asset serial / warranty list). Traps: Dell express service codes
// (base-36 of the service tag = 10-11 digits, often 1x…), Huawei 20-char SNs, Apple/HP serials,
// 10-digit SAP PO numbers, MAC addresses.
function g_asset_serials(n) {
  const co = company(); const rows = [['资产编号', '设备类型', '品牌型号', '序列号(SN)', '快速服务代码', '采购日期', '保修截止', '采购订单号', 'MAC', '存放位置']];
  for (let i = 0; i < 12; i++) { const bt = pick(['dell', 'dell', 'hw', 'apple', 'hp', 'lenovo']); const pd = randDay(ri(2021, 2024)); let model, sn, esc = '-', kind;
    if (bt === 'dell') { [model, kind] = pick([['Dell OptiPlex 7010', '台式机'], ['Dell Latitude 5440', '笔记本'], ['Dell PowerEdge R750', '服务器']]); sn = alnum(7, 'BCDFGHJKLMNPQRSTVWXYZ0123456789'); esc = String(parseInt(sn, 36)); }
    else if (bt === 'hw') { [model, kind] = pick([['华为 S5735-L48T4X', '交换机'], ['华为 AR6140', '路由器'], ['华为 CE6881', '交换机']]); sn = `2102${digits(6)}P${digits(1)}K${digits(7)}`; }
    else if (bt === 'apple') { [model, kind] = pick([['MacBook Pro 14', '笔记本'], ['Mac mini M2', '台式机']]); sn = alnum(10, 'CDFGHJKLMNPQRTVWXY0123456789'); }
    else if (bt === 'hp') { [model, kind] = pick([['HP LaserJet M406dn', '打印机'], ['HP ProDesk 400 G9', '台式机']]); sn = `${pick(['5CG', 'CNB', 'VNB'])}${digits(4)}${alnum(3, 'ABCDFGHJKLMNPQRTVWXYZ')}`; }
    else { [model, kind] = pick([['ThinkPad T14', '笔记本'], ['ThinkCentre M90t', '台式机']]); sn = `PF${alnum(6, 'ABCDEFGHJKLMNPQRSTVWXYZ0123456789')}`; }
    rows.push([`IT-${T(pd).y}-${pad(ri(1, 9999), 4)}`, kind, model, sn, esc, fdate(pd), fdate(pd + ri(1, 5) * 365 * DAY), num(10, '45'), mac('-'), `${co.city.short}${pick(['总部', '一号仓', '研发中心'])}${ri(2, 20)}F-${pick(['机房', '工位区', '打印间'])}`]); }
  return `${co.name} IT资产保修登记表（信息部维护）
${table(rows)}
报修流程：Dell 设备请提供服务标签或快速服务代码；华为设备报修请提供整机序列号(SN)。`;
}

// ---- 31. 政府公文 (government notice). Traps: 文号 〔2024〕15号, amounts in 万元, project codes,
// 索引号 = agency USCC (11…, entity) + "/2024-00123"; listed companies' USCCs (entities); office
// landline/fax and role mailbox (dontCare); 签发人 name (dontCare).
function g_gov_notice(n) {
  const c = pick(CITIES); const y = 2024; const t = randDay(y); const no = ri(10, 160);
  const agency = makeUscc('11', c.cityCode, true); ent('cn_uscc', agency);
  const short = { 深圳: '深', 广州: '穗', 上海: '沪', 北京: '京', 杭州: '杭', 苏州: '苏', 成都: '成', 武汉: '武', 西安: '市', 天津: '津', 兰州: '兰', 青岛: '青' }[c.short];
  const rows = [['序号', '项目编号', '企业名称', '统一社会信用代码', '项目总投资（万元）', '资助金额（万元）', '所在区']];
  let tot = 0;
  for (let i = 1; i <= ri(6, 10); i++) { const co = company({ city: c }); const inv = ri(500, 60000) + ri(0, 99) / 100; const sup = Math.round(inv * ri(5, 20)) / 100; tot += sup;
    rows.push([i, `JG-${y}-${p2(ri(1, 3))}-${pad(ri(1, 999), 4)}`, co.name, companyUscc(co), inv.toFixed(2), sup.toFixed(2), c.dist]); }
  const line = subscriber(c.sub); const fax = subscriber(c.sub); dc('cn_landline', c.area + line); dc('cn_landline', c.area + fax);
  return `${c.city}工业和信息化局文件
${short}工信〔${y}〕${no}号
签发人：${pname()}

${c.city}工业和信息化局 ${c.city}财政局关于下达${y}年度工业企业技术改造扶持计划（第${pick(['一', '二', '三'])}批）的通知

各区工业和信息化主管部门、财政局，各有关单位：
    根据《${c.city}工业和信息化专项资金管理办法》（${short}工信规〔${y - 2}〕${ri(1, 20)}号）和《关于推动制造业高质量发展的若干措施》（${short}府〔${y - 1}〕${ri(10, 90)}号）有关规定，经企业申报、专家评审和社会公示（公示期${y}年${T(t).m}月${ri(1, 9)}日至${ri(10, 16)}日），现将${rows.length - 1}个项目的扶持计划予以下达，资助金额合计${tot.toFixed(2)}万元，资金从${y}年度专项资金（预算科目2150805）中列支。
    请各单位严格按照批复内容实施项目，专款专用，于${y + 1}年${p2(ri(1, 6))}月底前报送绩效自评报告。

    附件：${y}年度工业企业技术改造扶持计划项目汇总表
${table(rows)}

    联系处室：产业发展处，电话：${telStr(c.area, line)}，传真：${telStr(c.area, fax)}，电子邮箱：${roleMail('cyfzc', `gxj.${c.py}.gov.cn`)}

${c.city}工业和信息化局　　　${c.city}财政局
${cnDate(t)}
（此件主动公开）
索引号：${agency}/${y}-${pad(ri(1, 999), 5)}　　分类：工业、交通；通知　　发布机构：${c.city}工业和信息化局
抄送：市政府办公厅，市审计局，各区人民政府。
${c.city}工业和信息化局办公室　　　　${cnDate(t + DAY)}印发`;
}

const DIV = { 深圳市: [['440303', '罗湖区'], ['440304', '福田区'], ['440305', '南山区'], ['440306', '宝安区'], ['440307', '龙岗区'], ['440308', '盐田区'], ['440309', '龙华区'], ['440310', '坪山区'], ['440311', '光明区']],
    北京市: [['110101', '东城区'], ['110102', '西城区'], ['110105', '朝阳区'], ['110106', '丰台区'], ['110107', '石景山区'], ['110108', '海淀区'], ['110112', '通州区'], ['110114', '昌平区'], ['110115', '大兴区']],
    上海市: [['310101', '黄浦区'], ['310104', '徐汇区'], ['310105', '长宁区'], ['310106', '静安区'], ['310107', '普陀区'], ['310110', '杨浦区'], ['310112', '闵行区'], ['310115', '浦东新区'], ['310117', '松江区']],
    杭州市: [['330102', '上城区'], ['330105', '拱墅区'], ['330106', '西湖区'], ['330108', '滨江区'], ['330109', '萧山区'], ['330110', '余杭区']] };

// ---- 32. 统计年鉴表 (statistical yearbook tables). Traps: 6-digit division codes beside counts,
// populations in 人 (7-8 digits), GDP figures, bare 10-11-digit 元 totals, year columns.
function g_stats_yearbook(n) {
  const city = ['深圳市', '北京市', '上海市', '杭州市'][n - 1]; const y = 2023;
  const rows = [['区划代码', '地区', '年末常住人口（万人）', '户籍人口（人）', '地区生产总值（亿元）', '人均地区生产总值（元）', '一般公共预算收入（万元）', '城镇化率（%）']];
  let P = 0, H = 0, G = 0;
  for (const [code, nm] of DIV[city]) { const p = ri(400, 3600) / 10; const h = Math.round(p * 1e4 * ri(40, 90) / 100); const g = Math.round(p * ri(80_000, 420_000) / 100) / 100; P += p; H += h; G += g;
    rows.push([code, nm, p.toFixed(1), grp(h), g.toFixed(2), grp(Math.round(g * 1e8 / (p * 1e4))), grp(ri(800_000, 9_000_000)), (ri(880, 1000) / 10).toFixed(1)]); }
  rows.push(['', '全市', P.toFixed(1), grp(H), G.toFixed(2), grp(Math.round(G * 1e8 / (P * 1e4))), '', '']);
  const hist = [['年份', '地区生产总值（亿元）', '增长（%）', '全社会用电量（万千瓦时）', '货物进出口总额（元）', '年末户籍人口（人）']];
  for (let yy = y - 6; yy <= y; yy++) hist.push([yy, (G * (0.7 + (yy - y + 6) * 0.05)).toFixed(2), (ri(20, 90) / 10).toFixed(1), grp(ri(5_000_000, 12_000_000)), String(ri(100_000, 900_000)) + digits(7), grp(Math.round(H * (0.85 + (yy - y + 6) * 0.025)))]);
  return `表3-${n}　${city}分地区主要经济指标（${y}年）
${table(rows)}
资料来源：${city}统计局、国家统计局${city.replace('市', '')}调查队。注：户籍人口为公安部门年末登记数；城镇化率为常住人口口径。

表3-${n + 4}　${city}历年主要指标
${table(hist)}
注：地区生产总值按当年价格计算，增长速度按不变价格计算。`;
}

// ---- 33. 行政区划代码/统计用区划代码/邮编区号对照 (division code lists). Traps: 6-digit county
// codes (= first 6 digits of an ID), 12-digit town/community codes, 3-digit 城乡分类代码, 6-digit
// postcodes, bare area codes (0755 etc., no subscriber number).
function g_division_codes(n) {
  const NAMES = ['城关', '新华', '人民', '东风', '解放', '建设', '和平', '光明', '朝阳', '向阳', '胜利', '红旗', '东湖', '西园', '南岭', '北站', '滨河', '翠竹', '桂园', '莲花'];
  const c = CITIES[[0, 2, 4, 3][n - 1]];
  const counties = DIV[c.city];
  const rows = [['统计用区划代码', '名称', '城乡分类代码']];
  const towns = sample(NAMES, 6);
  for (let j = 1; j <= 6; j++) { const town = c.region + pad(j, 3) + '000'; rows.push([town, `${towns[j - 1]}街道`, '']);
    const cm = sample(NAMES.filter((x) => x !== towns[j - 1]), 4);
    for (let k = 1; k <= ri(2, 4); k++) rows.push([c.region + pad(j, 3) + pad(k, 3), `${cm[k - 1]}社区居委会`, pick(['111', '111', '112', '121'])]); }
  const pc = [['省份', '城市', '区县', '行政区划代码', '邮政编码', '长途区号']];
  for (const cc of sample(CITIES, 8)) pc.push([cc.prov, cc.city, cc.dist, cc.region, cc.post, cc.area]);
  return `${c.prov === c.city ? '' : c.prov}${c.city}行政区划代码表（依据 GB/T 2260，数据截至 ${2023}年）
县级区划：
${counties.map(([k, v]) => `${k}\t${v}`).join('\n')}

${c.dist}统计用区划代码和城乡划分代码（节选）：
${table(rows)}

主要城市邮政编码与长途区号对照：
${table(pc)}
注：城乡分类代码 111 表示主城区，112 表示城乡结合区，121 表示镇中心区。`;
}

// ---- 34. 服务热线与机构通讯录 (organisation hotline directory). Traps: 400/800 numbers, 95xxx and
// 123xx short numbers, switchboards with 区号 and extensions (转 8001), fax numbers; all organisation
// numbers (dontCare), role mailboxes (dontCare).
function g_hotline_directory(n) {
  const rows = [['单位', '服务热线', '总机', '传真', '邮箱', '服务时间']];
  for (let i = 0; i < 9; i++) { const co = company(); rows.push([co.name, hotline(), `${orgTel(co, pick([0, 1, 2]))}${chance(0.4) ? ' 转 ' + ri(8000, 8999) : ''}`, orgFax(co, 0), roleMail(pick(['service', 'support', 'kefu', 'info', 'hr', 'sales']), co.domain), pick(['工作日 9:00-18:00', '7×24小时', '周一至周六 8:30-17:30'])]); }
  return `常用服务热线及合作单位通讯录（行政部，${fdate(randDay(2024))} 版）
一、公共服务
政务服务便民热线 12345　消费者投诉举报 12315　纳税服务热线 12366　供电服务 95598　铁路客服 12306　邮政 11183
银行客服：工商银行 95588　建设银行 95533　农业银行 95599　中国银行 95566　招商银行 95555　交通银行 95559
二、合作单位
${table(rows)}
三、内部
IT 服务台分机 ${ri(6000, 6999)}，前台分机 ${ri(8000, 8099)}，安保值班分机 ${ri(8100, 8199)}（内部分机请勿对外公布）。`;
}

// ---- 35. 供应商主数据 (supplier master data). Traps: supplier codes, USCC column (entities),
// company accounts of 12-21 digits (16-19-digit ones Luhn-invalid), switchboards (dontCare),
// role mailboxes (dontCare), payment terms.
function g_supplier_master(n) {
  const rows = [['供应商编码', '供应商名称', '统一社会信用代码', '注册地址', '开户行', '银行账号', '总机', '对账邮箱', '账期', '评级']];
  for (let i = 0; i < 10; i++) { const co = company(); rows.push([`V${num(6, String(ri(1, 3)))}`, co.name, companyUscc(co), co.addr, co.branch, co.acct, orgTel(co), roleMail(pick(['finance', 'ar', 'account', 'caiwu']), co.domain), `月结${pick([30, 45, 60, 90])}天`, pick(['A', 'A', 'B', 'C'])]); }
  return `供应商主数据导出（SRM，${fdt(randDay(2024))}，共 10 条）
${table(rows)}
注：银行账号变更须由供应商加盖公章的《账户变更申请函》并经财务部电话回访总机确认。`;
}

// ---- 36. 采购订单 (purchase order). Traps: 10-digit SAP PO numbers (45…), 18-digit zero-padded
// SAP material numbers (region 000000), line items 10/20/30, delivery dates; supplier and buyer
// USCC (entities), buyer switchboard (dontCare), buyer signature (dontCare).
function g_purchase_order(n) {
  const buyer = company({ ind: pick(['智能装备', '电子', '精密机械']) }); const sup = company(); const t = randDay(2024);
  const items = sample([['铝型材 4040', 'M'], ['伺服电机 750W', 'PC'], ['PLC 模块 16DI/16DO', 'PC'], ['接近开关 M12', 'PC'], ['线槽 40×60', 'M'], ['同步带 HTD-5M', 'PC'], ['直线导轨 HGR20', 'M'], ['触摸屏 10寸', 'PC']], ri(4, 7));
  let tot = 0; const rows = [['行项目', '物料号', '物料描述', '数量', '单位', '含税单价', '税率', '含税金额', '交货日期', '工厂/库位']];
  items.forEach(([d, u], i) => { const q = ri(2, 500); const p = ri(500, 900000); const a = q * p; tot += a; rows.push([(i + 1) * 10, pad(ri(10000000, 19999999), 18), d, q, u, money(p), '13%', money(a), fdate(t + ri(7, 45) * DAY), `${ri(1000, 1999)}/${pick(['RM01', 'RM02', 'SP01'])}`]); });
  return `采购订单 PURCHASE ORDER
订单号：${num(10, '45')}　订单日期：${fdate(t)}　订单类型：NB 标准采购　币种：CNY
采购方：${buyer.name}（统一社会信用代码 ${companyUscc(buyer)}）
供应商：${sup.name}（供应商编码 V${num(6, '1')}，统一社会信用代码 ${companyUscc(sup)}）
收货地址：${buyer.addr}　收货时间：工作日 8:30-17:00　仓库总机：${orgTel(buyer)}
${table(rows)}
订单总额（含税）：${money(tot)}（${rmbUpper(tot)}）
付款条件：Z030 收货后30天付款　交货条件：DAP 买方工厂　质保：验收合格后12个月
送货单请注明订单号及行项目号，发票请开具增值税专用发票并随货附《送货单》。
采购员：${pname()}　审批：${pname()}`;
}

// ---- 37. 合同首页与付款条款 (contract header and payment terms). Traps: contract numbers, amounts
// in figures and 大写, percentages, bank accounts of both parties; USCCs (entities); 法定代表人 names
// (dontCare); contact by department switchboard only (dontCare).
function g_contract_terms(n) {
  const a = company(); const b = company({ ind: pick(['信息技术', '网络科技', '建设工程', '环保科技']) }); const t = randDay(2024);
  const amt = ri(80_000, 9_000_000) * 100; const p1 = pick([20, 30, 40]), p3 = pick([5, 10]), p2v = 100 - p1 - p3;
  return `${pick(['技术服务合同', '设备采购及安装合同', '软件开发合同', '工程施工合同'])}
合同编号：HT-${a.city.py.slice(0, 2).toUpperCase()}-${T(t).y}-${pad(ri(1, 1231), 4)}-${pad(ri(1, 99), 3)}
签订地点：${a.city.city}${a.city.dist}　　签订日期：${cnDate(t)}

甲方（委托方）：${a.name}
统一社会信用代码：${companyUscc(a)}
法定代表人：${pname()}
住所：${a.addr}
联系部门：采购部　电话：${orgTel(a)}${chance(0.5) ? ' 转 ' + ri(8000, 8999) : ''}

乙方（受托方）：${b.name}
统一社会信用代码：${companyUscc(b)}
法定代表人：${pname()}
住所：${b.addr}
联系部门：项目交付中心　电话：${orgTel(b)}

第五条 合同价款与支付
5.1 本合同总价为人民币（含税）${money(amt)}元（大写：${rmbUpper(amt)}），其中不含税金额${money(Math.round(amt / 1.06))}元，增值税税额${money(amt - Math.round(amt / 1.06))}元（税率6%）。
5.2 合同生效后10个工作日内，甲方支付合同总价的${p1}%，即${money(amt * p1 / 100)}元；
5.3 项目验收合格后15个工作日内，甲方支付合同总价的${p2v}%，即${money(amt * p2v / 100)}元；
5.4 剩余${p3}%作为质保金，即${money(amt * p3 / 100)}元，质保期（${pick([12, 24])}个月）届满且无质量问题后一次性无息支付。
5.5 乙方收款账户：户名 ${b.name}；开户行 ${b.branch}；账号 ${b.acct}。乙方变更账户须提前10日书面通知甲方。
第六条 违约责任
6.1 任何一方逾期履行的，每逾期一日按未履行部分金额的0.5‰支付违约金，累计不超过合同总价的10%。
（以下无正文，为合同签署页）`;
}

// ---- 38. 企业通信账单 (corporate telecom bill). Traps: 13-digit customer codes, circuit ids,
// DID trunk ranges "0755-8666 0000 ~ 0999" (organisation numbers, dontCare), IP blocks, IoT SIM
// numbers 1064…, amounts; 400 number (dontCare).
function g_telecom_bill(n) {
  const co = company(); const c = co.city; const t = randDay(2024); const [carrier, cc] = pick([['中国电信', 'DX'], ['中国移动', 'YD'], ['中国联通', 'LT']]); const far = pick(CITIES.filter((x) => x !== c));
  const head = subscriber(c.sub).slice(0, c.sub - 4); const lo = head + '0000', hi = head + pad(ri(1, 9), 1) + '999';
  dc('cn_landline', c.area + lo); dc('cn_landline', c.area + hi);
  const iot = []; for (let i = 0; i < 6; i++) iot.push(`${iot1064()}\t${pick(['正常', '正常', '停机保号'])}\t${(ri(0, 30000) / 100).toFixed(2)}MB\t${money(ri(300, 2000))}`);
  let sum = 0; const fee = (x) => { sum += x; return money(x); };
  return `${carrier}政企客户月结账单
客户名称：${co.name}
集团客户编码：${num(13, c.area.slice(1) + '0')}　账户编码：${num(10, String(ri(3, 9)))}　合同号：${c.short}${cc}${T(t).y}${pad(ri(1, 9999), 5)}
账期：${T(t).y}年${p2(T(t).m)}月　出账日期：${fdate(t)}
一、专线业务
  互联网专线 ${pick([100, 200, 500, 1000])}M　电路编号：${c.short}${c.dist.replace(/(新)?区$/, '')}/ZX/${ymd(t).slice(0, 6)}-${pad(ri(1, 99999), 5)}　IP地址段：${ipDoc().replace(/\.\d+$/, '.' + pick([0, 8, 16, 32]))}/29　月租 ${fee(ri(180_000, 900_000))}
  MSTP ${pick([2, 10, 20])}M（${c.short}—${far.short}）电路编号：${c.short}-${far.short}/ETN/N${num(6, '0')}　月租 ${fee(ri(80_000, 400_000))}
二、语音业务
  数字中继（SIP）号段：${c.area}-${lo} ～ ${c.area}-${hi}，共 ${parseInt(hi.slice(-4), 10) + 1} 个号码　月租 ${fee(ri(50_000, 300_000))}
  总机号码：${telStr(c.area, lo)}　400 客服号码：${hotline('400')}　通话费 ${fee(ri(10_000, 400_000))}
三、物联网卡（共 ${ri(20, 900)} 张，明细节选）
接入号\t状态\t本月流量\t费用(元)
${iot.join('\n')}
本期应付合计：${money(sum)}（${rmbUpper(sum)}）　付款期限：${fdate(t + 20 * DAY)}
缴费账户：${carrier}股份有限公司${c.short}分公司　开户行：${pick(BANKS).n}${c.short}分行　账号：${num(20, c.cityCode.slice(0, 2) + '0' + digits(1))}`;
}

// ---- 39. 招聘启事 (job posting sent to schools/agencies). Traps: job ids with dates, salary ranges,
// "简历请注明姓名" (the word 姓名 with no name), HR role mailbox and switchboard (dontCare), postcode.
function g_job_posting(n) {
  const co = company(); const t = randDay(2024); const dom = co.domain;
  const jobs = sample([['Java开发工程师', '15-25K·14薪', '本科及以上，3年以上经验', 'RD'], ['嵌入式软件工程师', '18-30K·14薪', '熟悉STM32、RTOS', 'RD'], ['仓储主管', '9-13K·13薪', '5年以上仓储管理经验', 'OP'], ['财务会计', '8-12K', '中级会计职称优先', 'FN'], ['测试工程师', '12-20K', '熟悉自动化测试', 'RD'], ['销售代表', '6-10K+提成', '有B2B销售经验优先', 'SL']], 4);
  return `${co.name} ${T(t).y}年${pick(['春季', '秋季', '社会'])}招聘
公司简介：${co.name}成立于${ri(2005, 2018)}年，注册资本${grp(ri(1000, 50000))}万元，员工${grp(ri(200, 5000))}余人，是国家级高新技术企业（证书编号 GR${T(t).y - 1}${c2(co)}${digits(6)}）。
岗位编号\t岗位名称\t薪资\t人数\t要求
${jobs.map(([j, s, r, dp], i) => `${T(t).y}-${dp}-${pad(i + 1 + ri(0, 30), 3)}\t${j}\t${s}\t${ri(1, 5)}\t${r}`).join('\n')}
工作地点：${co.addr}（邮编 ${co.city.post}）
福利：五险一金（公积金比例 ${pick([5, 8, 12])}%）、年度体检、带薪年假 ${ri(5, 15)} 天、餐补 ${pick([20, 25, 30])} 元/天。
应聘方式：简历请投递至 ${roleMail('hr', dom)}，邮件标题注明“岗位编号+姓名+学校/现单位”，附件请勿超过 ${ri(5, 20)}MB。
招聘咨询：人力资源部 ${orgTel(co)}${chance(0.5) ? ' 转 ' + ri(8000, 8999) : ''}（工作日 9:00-17:30）
截止日期：${cnDate(t + 45 * DAY)}。本公司不收取任何费用，谨防诈骗。`;
}
function c2(co) { return co.city.cityCode.slice(0, 2) === '44' ? '44' : co.city.cityCode.slice(0, 2); }

// ============================================================== registry
const KINDS = [
  ['balance_sheet', g_balance_sheet], ['income_statement', g_income_statement], ['corp_bank_statement', g_corp_bank_statement],
  ['vat_invoice', g_vat_invoice], ['e_invoice', g_e_invoice], ['tax_return', g_tax_return], ['stock_quotes', g_stock_quotes],
  ['fund_nav', g_fund_nav], ['fx_rates', g_fx_rates], ['express_waybills', g_express_waybills], ['order_export', g_order_export],
  ['container_manifest', g_container_manifest], ['sku_barcodes', g_sku_barcodes], ['nginx_log', g_nginx_log], ['app_json_log', g_app_json_log],
  ['device_inventory', g_device_inventory], ['network_config', g_network_config], ['sql_dump', g_sql_dump], ['crash_dump', g_crash_dump],
  ['k8s_config', g_k8s_config], ['qq_groups', g_qq_groups], ['release_notes', g_release_notes], ['pos_receipt', g_pos_receipt],
  ['coupon_batch', g_coupon_batch], ['lottery_results', g_lottery_results], ['timetable', g_timetable], ['fleet_register', g_fleet_register],
  ['meter_readings', g_meter_readings], ['bom_parts', g_bom_parts], ['asset_serials', g_asset_serials], ['gov_notice', g_gov_notice],
  ['stats_yearbook', g_stats_yearbook], ['division_codes', g_division_codes], ['hotline_directory', g_hotline_directory],
  ['supplier_master', g_supplier_master], ['purchase_order', g_purchase_order], ['contract_terms', g_contract_terms],
  ['telecom_bill', g_telecom_bill], ['job_posting', g_job_posting],
];
const PER_KIND = 4;

// ============================================================== self-check (independent of any detector)
// Flags values that could make a label wrong: an unlabelled valid ID / UnionPay card / strict USCC /
// e-mail would be real data; labels must appear in the text. Mobile-shaped and Luhn-valid
// numbers are counted as intended traps.
function lint(doc) {
  const issues = [], traps = { mobileShaped: 0, luhn16to19: 0, mod31Only: 0, legacy15: 0, letterAdj11: 0 };
  const labelled = new Set([...doc.entities, ...doc.dontCare].map((e) => e.value));
  const text = doc.text;
  for (const m of text.matchAll(/\d+X?/g)) {
    const s = m[0], i = m.index, prev = text[i - 1] || '', next = text[i + s.length] || '';
    if (/\d/.test(prev) || /\d/.test(next)) continue;
    const d = s.replace(/X$/, '');
    if (s.length === 18 && idValid(s)) issues.push(`VALID-ID ${s}`);
    if (d.length === 11 && /^1[3-9]/.test(d) && !s.endsWith('X')) { if (/[A-Za-z]/.test(prev)) traps.letterAdj11++; else traps.mobileShaped++; }
    if (d.length >= 16 && d.length <= 19 && luhnOk(d) && !s.endsWith('X')) { traps.luhn16to19++; if (/^(62|81)/.test(d)) issues.push(`UNIONPAY-LUHN ${d}`); }
    if (d.length === 15 && legacyIdLike(d)) traps.legacy15++;
  }
  for (const m of text.matchAll(/[0-9A-Z]{18}/g)) {
    const s = m[0]; const prev = text[m.index - 1] || '', next = text[m.index + 18] || '';
    if (/[0-9A-Z]/.test(prev) || /[0-9A-Z]/.test(next) || labelled.has(s)) continue;
    if (usccStrict(s)) issues.push(`UNLABELLED-USCC ${s}`); else if (usccMod31(s)) traps.mod31Only++;
  }
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g)) {
    const e = m[0].toLowerCase(); if (!labelled.has(e) && !/^git@/.test(e) && !/@2x\.png$/.test(e)) issues.push(`UNLABELLED-EMAIL ${e}`);
  }
  const flat = text.replace(/[^\dA-Za-z]/g, '');
  for (const e of [...doc.entities, ...doc.dontCare]) {
    if (e.detector === 'person_name_zh' || e.value.includes('*')) { if (!text.includes(e.value)) issues.push(`MISSING ${e.detector} ${e.value}`); continue; }
    if (e.detector === 'email') { if (!text.toLowerCase().includes(e.value)) issues.push(`MISSING email ${e.value}`); continue; }
    if (!flat.includes(e.value)) issues.push(`MISSING ${e.detector} ${e.value}`);
  }
  for (const e of doc.entities) if (e.detector === 'cn_uscc' && !usccStrict(e.value)) issues.push(`BAD-USCC-LABEL ${e.value}`);
  return { issues, traps };
}

// ============================================================== main
function main() {
  const out = process.argv[2];
  if (!out) { console.error('usage: node decoys.mjs OUT.jsonl'); process.exit(2); }
  const docs = []; const perKind = [];
  const totals = { mobileShaped: 0, luhn16to19: 0, mod31Only: 0, legacy15: 0, letterAdj11: 0 }; const problems = [];
  for (const [kind, fn] of KINDS) {
    let chars = 0;
    for (let n = 1; n <= PER_KIND; n++) {
      R = mulberry32(fnv1a(`decoys-v1:${kind}:${n}`));
      CUR = { entities: [], dontCare: [], used: new Set() };
      const text = fn(n);
      const doc = { id: `fp-${kind}-${n}`, kind, text, entities: CUR.entities, dontCare: CUR.dontCare, people: 0 };
      const { issues, traps } = lint(doc);
      for (const k in traps) totals[k] += traps[k];
      for (const p of issues) problems.push(`${doc.id}: ${p}`);
      docs.push(doc); chars += text.length;
    }
    perKind.push([kind, chars]);
  }
  writeFileSync(out, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  const cnt = (list, det) => docs.reduce((a, d) => a + d[list].filter((e) => !det || e.detector === det).length, 0);
  console.log(`wrote ${docs.length} documents (${KINDS.length} kinds x ${PER_KIND}) to ${out}`);
  console.log(`entities: ${cnt('entities')} (cn_uscc ${cnt('entities', 'cn_uscc')})   dontCare: ${cnt('dontCare')} (cn_landline ${cnt('dontCare', 'cn_landline')}, email ${cnt('dontCare', 'email')}, person_name_zh ${cnt('dontCare', 'person_name_zh')}, cn_mobile(masked) ${cnt('dontCare', 'cn_mobile')}, bank_card(masked) ${cnt('dontCare', 'bank_card')})`);
  console.log(`documents with no entity: ${docs.filter((d) => !d.entities.length).length}`);
  console.log(`intended traps (standalone): 11-digit 1[3-9] ${totals.mobileShaped}, letter-adjacent 11-digit ${totals.letterAdj11}, Luhn-valid 16-19 digits ${totals.luhn16to19}, 18-char MOD-31-only ${totals.mod31Only}, 15-digit legacy-ID-shaped ${totals.legacy15}`);
  console.log('per kind (chars in 4 docs):');
  for (const [k, c] of perKind) console.log(`  ${k.padEnd(22)} ${c}`);
  if (problems.length) { console.log(`SELF-CHECK PROBLEMS (${problems.length}):`); for (const p of problems) console.log('  ' + p); process.exitCode = 1; }
  else console.log('self-check: OK');
}
main();
