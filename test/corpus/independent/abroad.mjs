#!/usr/bin/env node
/**
 * abroad.mjs — independent labelled test corpus for listguard (Chinese DLP).
 *
 * Theme: Chinese companies that trade abroad. Customer lists mix mainland
 * customers with foreign ones, and foreign numbers look like Chinese ones
 * (+49 151 22823331 contains 15122823331; Korean 010-5123-4567 looks like a
 * Beijing landline; Jakarta (021) 5212 3456 looks like Shanghai; a Korean
 * RRN has 13 digits; an Indonesian NIK has 16 ...). Every document carries
 *   entities  — values a good detector must report (normalized as in DESIGN.md),
 *   dontCare  — values that may be reported or not,
 *   decoys    — written forms that must NOT be reported under any detector id.
 *
 * Usage:  node abroad.mjs OUT.jsonl
 *   writes one JSON object per line:
 *   {"id":"ab-<kind>-<n>","kind":"<kind>","text":"...","entities":[{"detector","value"}],
 *    "dontCare":[{"detector","value"}],"decoys":[{"kind","text"}]}
 *   prints a summary and runs a self-check (exit 1 on any failed check).
 *
 * Standalone, Node >= 20, node: built-ins only, deterministic (seeded mulberry32),
 * all data synthetic and generated in code.
 *
 * Written in session 21 by a helper that never read src/, rules/ or test/,
 * from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

// ───────────────────────────── PRNG & small helpers ─────────────────────────────
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x21ab0021);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const nz = () => String(ri(1, 9));
const pad = (n, w) => String(n).padStart(w, '0');
const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const letter = (set = UP) => set[ri(0, set.length - 1)];
const letters = (n, set = UP) => { let s = ''; for (let i = 0; i < n; i++) s += letter(set); return s; };
const alnum = (n, set = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789') => letters(n, set);
function wpick(items) {
  let tot = 0; for (const it of items) tot += it[it.length - 1];
  let x = rnd() * tot;
  for (const it of items) { x -= it[it.length - 1]; if (x < 0) return it; }
  return items[items.length - 1];
}
function shuffle(a) { for (let i = a.length - 1; i > 0; i--) { const j = ri(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const fullWidth = (s) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const asciiize = (s) => s.replace(/ü/g, 'ue').replace(/ö/g, 'oe').replace(/ä/g, 'ae').replace(/Ü/g, 'Ue')
  .replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const onlyDigits = (s) => s.replace(/\D/g, '');
function dateStr(y0 = 2024, sep = '-') { const m = ri(1, 12), dd = ri(1, daysIn(y0, m)); return `${y0}${sep}${pad(m, 2)}${sep}${pad(dd, 2)}`; }

// ───────────────────────────── check algorithms ─────────────────────────────
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheckChar(b17) { let s = 0; for (let i = 0; i < 17; i++) s += +b17[i] * ID_W[i]; return '10X98765432'[s % 11]; }
function luhnOk(d) {
  let s = 0, alt = false;
  for (let i = d.length - 1; i >= 0; i--) { let x = +d[i]; if (alt) { x *= 2; if (x > 9) x -= 9; } s += x; alt = !alt; }
  return s % 10 === 0;
}
function luhnFinish(p) { for (let c = 0; c < 10; c++) if (luhnOk(p + c)) return p + c; throw new Error('luhn'); }
const USCC_AL = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheckChar(b17) { let s = 0; for (let i = 0; i < 17; i++) s += USCC_AL.indexOf(b17[i]) * USCC_W[i]; return USCC_AL[(31 - (s % 31)) % 31]; }
function orgCheckChar(b8) {
  const W = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0;
  for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * W[i]; }
  const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
function usccOk(u) {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(u)) return false;
  if (usccCheckChar(u.slice(0, 17)) !== u[17]) return false;
  return orgCheckChar(u.slice(8, 16)) === u[16];
}
const MOB3 = new Set([130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 145, 147, 150, 151, 152, 153, 155, 156, 157, 158, 159,
  162, 165, 166, 167, 170, 171, 172, 173, 175, 176, 177, 178, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189,
  190, 191, 192, 193, 195, 196, 197, 198, 199]);
function mobileOk(m) {
  if (!/^1[3-9]\d{9}$/.test(m)) return false;
  if (m.startsWith('1610')) return true;
  const p5 = +m.slice(0, 5); if (p5 >= 17400 && p5 <= 17405) return true;
  return MOB3.has(+m.slice(0, 3));
}
const PROV2 = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65']);
function idDateOk(s) {
  const y = +s.slice(6, 10), m = +s.slice(10, 12), dd = +s.slice(12, 14);
  return y >= 1900 && y <= 2024 && m >= 1 && m <= 12 && dd >= 1 && dd <= daysIn(y, m);
}
function idLooseOk(s) { return /^\d{17}[\dX]$/.test(s) && PROV2.has(s.slice(0, 2)) && idDateOk(s) && idCheckChar(s.slice(0, 17)) === s[17]; }
// ISO 7064 MOD 11,10 (German Steuer-ID)
function mod1110(s) { let p = 10; for (const c of s) { let t = (+c + p) % 10; if (t === 0) t = 10; p = (2 * t) % 11; } let k = 11 - p; if (k === 10) k = 0; return String(k); }
// Verhoeff (Aadhaar)
const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
const VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
function verhoeffDigit(num) { let c = 0; const a = num.split('').reverse(); for (let i = 0; i < a.length; i++) c = VD[c][VP[(i + 1) % 8][+a[i]]]; return String(VINV[c]); }
function ibanCheck(cc, bban) {
  const re = (bban + cc + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let m = 0; for (const ch of re) m = (m * 10 + +ch) % 97; return pad(98 - m, 2);
}

// Mainland landline: area codes used here (subscriber length per city).
// Filled from CITIES below; used by generators and by the self-check.
const AREA_LEN = new Map();
function landOk(v) {
  for (const [a, len] of AREA_LEN) if (v.startsWith(a) && v.length === a.length + len && /[2-8]/.test(v[a.length])) return true;
  return false;
}
// broad shape used only to scan for accidental look-alikes
function landShape(v) { return /^0(?:10|2[0-57-9])[2-8]\d{7}$/.test(v) || /^0[3-9]\d{2}[2-8]\d{6,7}$/.test(v); }

// A digit run that a Chinese detector could take for something sensitive.
function lookalikeRun(s) {
  if (/^\d{11}$/.test(s) && mobileOk(s)) return 'cn_mobile';
  if (/^\d{16,19}$/.test(s) && luhnOk(s)) return 'bank_card';
  if (/^\d{17}[\dX]$/.test(s) && idLooseOk(s)) return 'cn_resident_id';
  if (/^[0-9A-Z]{18}$/.test(s) && usccOk(s)) return 'cn_uscc';
  if (/^0\d{9,11}$/.test(s) && landShape(s)) return 'cn_landline';
  if (/^0?1[3-9]\d{9}$/.test(s) && mobileOk(s.replace(/^0/, ''))) return 'cn_mobile';
  return null;
}
// random digit strings for generic serial decoys: never a look-alike (checks every maximal run)
function safe(fn) {
  for (let k = 0; k < 500; k++) {
    const s = fn();
    const runs = s.match(/[0-9A-Z]+/g) || [];
    let bad = false;
    for (const r of runs) {
      if (lookalikeRun(r)) { bad = true; break; }
      for (const dr of r.match(/\d+/g) || []) if (lookalikeRun(dr)) { bad = true; break; }
      if (bad) break;
    }
    if (!bad && !lookalikeRun(onlyDigits(s)) ) return s;
  }
  throw new Error('safe(): could not generate');
}
const safeDigits = (n, prefix = '') => safe(() => prefix + (prefix ? '' : String(ri(2, 9))) + digits(n - prefix.length - (prefix ? 0 : 1)));

// ───────────────────────────── mainland reference data ─────────────────────────────
const CITIES = [
  { prov: '广东省', city: '深圳', en: 'Shenzhen', area: '0755', len: 8, regions: ['440303', '440304', '440305', '440306'], pref: '440300', post: '518000', dists: ['南山区', '福田区', '宝安区', '龙岗区'], port: 'Yantian' },
  { prov: '广东省', city: '广州', en: 'Guangzhou', area: '020', len: 8, regions: ['440103', '440104', '440106', '440111'], pref: '440100', post: '510000', dists: ['天河区', '越秀区', '白云区', '海珠区'], port: 'Nansha' },
  { prov: '广东省', city: '东莞', en: 'Dongguan', area: '0769', len: 8, regions: ['441402', '441481', '441302'], pref: '441900', post: '523000', dists: ['长安镇', '虎门镇', '松山湖'], port: 'Shekou' },
  { prov: '广东省', city: '佛山', en: 'Foshan', area: '0757', len: 8, regions: ['440604', '440605', '440606'], pref: '440600', post: '528000', dists: ['顺德区', '南海区', '禅城区'], port: 'Nansha' },
  { prov: '广东省', city: '汕头', en: 'Shantou', area: '0754', len: 8, regions: ['440507', '440511'], pref: '440500', post: '515000', dists: ['龙湖区', '金平区', '澄海区'], port: 'Shantou' },
  { prov: '浙江省', city: '宁波', en: 'Ningbo', area: '0574', len: 8, regions: ['330203', '330206', '330204'], pref: '330200', post: '315000', dists: ['海曙区', '北仑区', '鄞州区'], port: 'Ningbo' },
  { prov: '浙江省', city: '义乌', en: 'Yiwu', area: '0579', len: 8, regions: ['330782'], pref: '330782', post: '322000', dists: ['稠城街道', '北苑街道', '福田街道'], port: 'Ningbo' },
  { prov: '浙江省', city: '杭州', en: 'Hangzhou', area: '0571', len: 8, regions: ['330102', '330106', '330103'], pref: '330100', post: '310000', dists: ['西湖区', '上城区', '滨江区'], port: 'Shanghai' },
  { prov: '江苏省', city: '苏州', en: 'Suzhou', area: '0512', len: 8, regions: ['320505', '320506'], pref: '320500', post: '215000', dists: ['工业园区', '吴中区', '虎丘区'], port: 'Shanghai' },
  { prov: '', city: '上海', en: 'Shanghai', area: '021', len: 8, regions: ['310101', '310104', '310105', '310115'], pref: '310000', post: '200000', dists: ['浦东新区', '徐汇区', '长宁区', '黄浦区'], port: 'Shanghai' },
  { prov: '', city: '北京', en: 'Beijing', area: '010', len: 8, regions: ['110101', '110102', '110105', '110108'], pref: '110000', post: '100000', dists: ['朝阳区', '海淀区', '东城区', '西城区'], port: 'Tianjin Xingang' },
  { prov: '', city: '天津', en: 'Tianjin', area: '022', len: 8, regions: ['120101', '120103', '120104'], pref: '120000', post: '300000', dists: ['和平区', '河西区', '南开区'], port: 'Tianjin Xingang' },
  { prov: '福建省', city: '厦门', en: 'Xiamen', area: '0592', len: 7, regions: ['350203', '350206'], pref: '350200', post: '361000', dists: ['思明区', '湖里区'], port: 'Xiamen' },
  { prov: '福建省', city: '福州', en: 'Fuzhou', area: '0591', len: 8, regions: ['350102', '350103', '350181'], pref: '350100', post: '350000', dists: ['鼓楼区', '台江区', '福清市'], port: 'Fuzhou' },
  { prov: '福建省', city: '泉州', en: 'Quanzhou', area: '0595', len: 8, regions: ['350502', '350503', '350582'], pref: '350500', post: '362000', dists: ['鲤城区', '丰泽区', '晋江市'], port: 'Xiamen' },
  { prov: '山东省', city: '青岛', en: 'Qingdao', area: '0532', len: 8, regions: ['370202', '370203'], pref: '370200', post: '266000', dists: ['市南区', '市北区', '黄岛区'], port: 'Qingdao' },
  { prov: '湖北省', city: '武汉', en: 'Wuhan', area: '027', len: 8, regions: ['420102', '420103', '420106'], pref: '420100', post: '430000', dists: ['江岸区', '江汉区', '武昌区'], port: 'Shanghai' },
  { prov: '四川省', city: '成都', en: 'Chengdu', area: '028', len: 8, regions: ['510104', '510105', '510107'], pref: '510100', post: '610000', dists: ['锦江区', '青羊区', '武侯区'], port: 'Shanghai' },
  { prov: '辽宁省', city: '大连', en: 'Dalian', area: '0411', len: 8, regions: ['210202', '210203', '210204'], pref: '210200', post: '116000', dists: ['中山区', '西岗区', '沙河口区'], port: 'Dalian' },
  { prov: '湖南省', city: '长沙', en: 'Changsha', area: '0731', len: 8, regions: ['430102', '430103', '430104'], pref: '430100', post: '410000', dists: ['芙蓉区', '天心区', '岳麓区'], port: 'Shanghai' },
  { prov: '河南省', city: '郑州', en: 'Zhengzhou', area: '0371', len: 8, regions: ['410102', '410105'], pref: '410100', post: '450000', dists: ['中原区', '金水区'], port: 'Qingdao' },
  { prov: '甘肃省', city: '兰州', en: 'Lanzhou', area: '0931', len: 7, regions: ['620102', '620103'], pref: '620100', post: '730000', dists: ['城关区', '七里河区'], port: 'Tianjin Xingang' },
];
for (const c of CITIES) AREA_LEN.set(c.area, c.len);
const ID_REGIONS = new Set(CITIES.flatMap((c) => c.regions));
const EXPORT_CITIES = CITIES.filter((c) => ['深圳', '广州', '东莞', '佛山', '汕头', '宁波', '义乌', '杭州', '苏州', '上海', '厦门', '泉州', '青岛'].includes(c.city));
const ROADS = ['科技园路', '人民路', '中山路', '解放路', '建设大道', '滨海大道', '工业大道', '环城北路', '长江路', '新华路', '星光大道', '创业路', '宝安大道', '江南大道'];

const SURN = [['王', 'wang', 8], ['李', 'li', 8], ['张', 'zhang', 7], ['刘', 'liu', 6], ['陈', 'chen', 6], ['杨', 'yang', 4], ['黄', 'huang', 4],
  ['赵', 'zhao', 3], ['吴', 'wu', 3], ['周', 'zhou', 3], ['徐', 'xu', 2], ['孙', 'sun', 2], ['马', 'ma', 2], ['朱', 'zhu', 2], ['胡', 'hu', 2],
  ['郭', 'guo', 2], ['何', 'he', 2], ['高', 'gao', 2], ['林', 'lin', 2], ['罗', 'luo', 2], ['郑', 'zheng', 2], ['梁', 'liang', 2], ['谢', 'xie', 1],
  ['宋', 'song', 1], ['唐', 'tang', 1], ['许', 'xu', 1], ['韩', 'han', 1], ['冯', 'feng', 1], ['邓', 'deng', 1], ['曹', 'cao', 1], ['彭', 'peng', 1],
  ['曾', 'zeng', 1], ['肖', 'xiao', 1], ['田', 'tian', 1], ['董', 'dong', 1], ['袁', 'yuan', 1], ['潘', 'pan', 1], ['蒋', 'jiang', 1], ['蔡', 'cai', 1],
  ['余', 'yu', 1], ['杜', 'du', 1], ['叶', 'ye', 1], ['程', 'cheng', 1], ['魏', 'wei', 1], ['苏', 'su', 1], ['吕', 'lv', 1], ['丁', 'ding', 1],
  ['沈', 'shen', 1], ['任', 'ren', 1], ['姚', 'yao', 1], ['卢', 'lu', 1], ['钟', 'zhong', 1], ['姜', 'jiang', 1], ['崔', 'cui', 1], ['谭', 'tan', 1],
  ['陆', 'lu', 1], ['范', 'fan', 1], ['汪', 'wang', 1], ['廖', 'liao', 1], ['石', 'shi', 1], ['金', 'jin', 1], ['贾', 'jia', 1], ['夏', 'xia', 1],
  ['方', 'fang', 1], ['邹', 'zou', 1], ['熊', 'xiong', 1], ['白', 'bai', 1], ['孟', 'meng', 1], ['秦', 'qin', 1], ['邱', 'qiu', 1], ['侯', 'hou', 1],
  ['江', 'jiang', 1], ['薛', 'xue', 1], ['雷', 'lei', 1], ['龙', 'long', 1], ['黎', 'li', 1], ['史', 'shi', 1], ['陶', 'tao', 1], ['贺', 'he', 1],
  ['毛', 'mao', 1], ['顾', 'gu', 1], ['龚', 'gong', 1], ['邵', 'shao', 1], ['万', 'wan', 1], ['覃', 'qin', 1], ['钱', 'qian', 1], ['戴', 'dai', 1],
  ['严', 'yan', 1], ['欧阳', 'ouyang', 1], ['司徒', 'situ', 1], ['上官', 'shangguan', 0.5], ['诸葛', 'zhuge', 0.3], ['慕容', 'murong', 0.3]];
const GIVEN = [['伟', 'wei'], ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['强', 'qiang'], ['磊', 'lei'], ['军', 'jun'],
  ['洋', 'yang'], ['勇', 'yong'], ['艳', 'yan'], ['杰', 'jie'], ['娟', 'juan'], ['涛', 'tao'], ['明', 'ming'], ['超', 'chao'], ['秀英', 'xiuying'],
  ['霞', 'xia'], ['平', 'ping'], ['刚', 'gang'], ['桂英', 'guiying'], ['建华', 'jianhua'], ['红梅', 'hongmei'], ['玉兰', 'yulan'], ['鑫', 'xin'],
  ['宇航', 'yuhang'], ['浩然', 'haoran'], ['子涵', 'zihan'], ['欣怡', 'xinyi'], ['梓萱', 'zixuan'], ['一诺', 'yinuo'], ['俊杰', 'junjie'],
  ['志强', 'zhiqiang'], ['海燕', 'haiyan'], ['晓东', 'xiaodong'], ['雪梅', 'xuemei'], ['琳', 'lin'], ['婷婷', 'tingting'], ['建国', 'jianguo'],
  ['国栋', 'guodong'], ['振宇', 'zhenyu'], ['思远', 'siyuan'], ['嘉欣', 'jiaxin'], ['雨桐', 'yutong'], ['宏伟', 'hongwei'], ['晨曦', 'chenxi'],
  ['佳怡', 'jiayi'], ['子轩', 'zixuan'], ['泽宇', 'zeyu'], ['梦琪', 'mengqi'], ['立新', 'lixin'], ['丽萍', 'liping'], ['春梅', 'chunmei'],
  ['少华', 'shaohua'], ['锦辉', 'jinhui'], ['家豪', 'jiahao'], ['惠珍', 'huizhen'], ['美玲', 'meiling'], ['德明', 'deming'], ['文斌', 'wenbin'],
  ['凯', 'kai'], ['倩', 'qian'], ['鹏飞', 'pengfei'], ['亮', 'liang'], ['晶晶', 'jingjing'], ['颖', 'ying'], ['健', 'jian'], ['彬', 'bin'],
  ['伟民', 'weimin'], ['秋菊', 'qiuju'], ['爱华', 'aihua'], ['国强', 'guoqiang'], ['永康', 'yongkang'], ['淑芬', 'shufen'], ['秀兰', 'xiulan'],
  ['金凤', 'jinfeng'], ['海涛', 'haitao'], ['振华', 'zhenhua'], ['志明', 'zhiming'], ['丽娜', 'lina'], ['雅琴', 'yaqin'], ['思琪', 'siqi'],
  ['浩宇', 'haoyu'], ['诗涵', 'shihan']];
const MINORITY = [['买买提·艾力', 'maimaiti', 'aili'], ['阿依古丽·吐尔逊', 'ayiguli', 'tuerxun'], ['迪丽娜尔·阿不都', 'dilinaer', 'abudu']];
const EN_FIRST = ['Lina', 'Kevin', 'Amy', 'Jason', 'Cindy', 'Tony', 'Grace', 'Leo', 'Sunny', 'Eric', 'Vivian', 'Jack', 'Coco', 'Frank', 'Helen', 'Peter'];

// ───────────────────────────── Doc (labelling) ─────────────────────────────
class Doc {
  constructor(kind, n) {
    this.kind = kind; this.id = `ab-${kind}-${n}`;
    this.entities = []; this.dontCare = []; this.decoys = []; this.w = []; this.keys = new Set();
  }
  E(det, value, written = value) {
    const k = 'E|' + det + '|' + value;
    if (!this.keys.has(k)) { this.keys.add(k); this.entities.push({ detector: det, value }); }
    this.w.push({ t: 'E', det, value, written }); return written;
  }
  D(det, value, written = value) {
    const k = 'D|' + det + '|' + value;
    if (!this.keys.has(k)) { this.keys.add(k); this.dontCare.push({ detector: det, value }); }
    this.w.push({ t: 'D', det, value, written }); return written;
  }
  X(kind, text) {
    const k = 'X|' + kind + '|' + text;
    if (!this.keys.has(k)) { this.keys.add(k); this.decoys.push({ kind, text }); }
    this.w.push({ t: 'X', kind, written: text }); return text;
  }
}

// ───────────────────────────── mainland value generators ─────────────────────────────
const USED = new Set();
function uniq(fn) { for (let i = 0; i < 1000; i++) { const v = fn(); if (!USED.has(v)) { USED.add(v); return v; } } throw new Error('uniq'); }
const DEMO_MOBILES = new Set(['13800138000', '13912345678', '18888888888']);
const MOB_PREF = [[139, 6], [138, 6], [137, 4], [136, 4], [135, 4], [134, 2], [133, 3], [132, 3], [131, 3], [130, 3], [150, 3], [151, 3],
  [152, 2], [153, 2], [155, 2], [156, 3], [157, 2], [158, 4], [159, 4], [186, 4], [187, 3], [188, 3], [189, 4], [180, 2], [181, 2], [182, 2],
  [183, 2], [184, 1], [185, 2], [176, 2], [177, 2], [178, 2], [173, 1], [175, 1], [170, 0.5], [171, 0.5], [172, 0.5], [166, 1], [162, 0.3],
  [165, 0.3], [167, 0.3], [145, 0.5], [147, 0.7], [199, 1.5], [198, 1], [191, 1], [193, 0.7], [195, 0.7], [190, 0.5], [192, 0.5], [196, 0.5], [197, 0.5]];
const makeMobile = () => uniq(() => { for (;;) { const m = String(wpick(MOB_PREF)[0]) + digits(8); if (!DEMO_MOBILES.has(m)) return m; } });
function makeId(region, y, m, dd, male) {
  return uniq(() => {
    const seq = pad(ri(0, 99), 2) + String(male ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]));
    const b = region + y + pad(m, 2) + pad(dd, 2) + seq; return b + idCheckChar(b);
  });
}
const UNIONPAY_BIN = ['622202', '622848', '621700', '622588', '621226', '623058', '622908', '621661', '622262', '625807', '628288', '621483', '622700', '621799', '623668'];
const makeUnionPay = () => uniq(() => { const b = pick(UNIONPAY_BIN); const len = chance(0.6) ? 19 : 16; return luhnFinish(b + digits(len - b.length - 1)); });
function makeForeignCard(brand) {
  return uniq(() => {
    let p;
    if (brand === 'Visa') p = pick(['4532', '4916', '4024', '4485', '4539', '4716', '4929', '4556', '4180']) + digits(2);
    else if (brand === 'Mastercard') p = chance(0.75) ? String(ri(51, 55)) + digits(4) : String(ri(2221, 2720)) + digits(2);
    else if (brand === 'JCB') p = String(ri(3528, 3589)) + digits(2);
    else if (brand === 'Discover') p = '6011' + digits(2);
    else throw new Error(brand);
    const c = luhnFinish(p + digits(16 - p.length - 1));
    return ['4111111111111111', '4242424242424242', '5555555555554444'].includes(c) ? makeForeignCard(brand) : c;
  });
}
const makeAmex = () => uniq(() => luhnFinish(pick(['34', '37']) + digits(12)));
const makeCnPassport = () => uniq(() => (chance(0.5) ? 'E' + digits(8) : chance(0.9) ? 'E' + letter('ABCDEFGHJKLMNPQRSTUVWXYZ') + digits(7) : 'G' + digits(8)));
const makeLandSub = (city) => uniq(() => city.area + (city.len === 7 ? pick(['8', '5', '2', '6']) : String(ri(2, 8))) + digits(city.len - 1)).slice(city.area.length);
function makeUscc(city, kind = null) {
  return uniq(() => {
    const head = kind || wpick([['91', 10], ['92', 1]])[0];
    const region = chance(0.6) ? city.pref : pick(city.regions);
    const org = chance(0.7) ? 'MA' + letters(6, USCC_AL) : nz() + digits(7);
    const b17 = head + region + org + orgCheckChar(org);
    return b17 + usccCheckChar(b17);
  });
}

const BRANDS = [['华瑞', 'Huarui'], ['恒达', 'Hengda'], ['鑫泰', 'Xintai'], ['宏信', 'Hongxin'], ['美嘉', 'Meijia'], ['联盛', 'Liansheng'],
  ['昌隆', 'Changlong'], ['永丰', 'Yongfeng'], ['天润', 'Tianrun'], ['金源', 'Jinyuan'], ['博远', 'Boyuan'], ['海纳', 'Haina'], ['中翔', 'Zhongxiang'], ['锐拓', 'Ruituo']];
const INDUSTRIES = [['电子', 'Electronics'], ['五金', 'Hardware'], ['家居用品', 'Household Products'], ['纺织', 'Textile'], ['照明', 'Lighting'],
  ['机械', 'Machinery'], ['进出口', 'Import & Export'], ['塑胶制品', 'Plastic Products'], ['工艺品', 'Arts & Crafts'], ['服饰', 'Garments'],
  ['新能源', 'New Energy'], ['科技', 'Technology'], ['箱包', 'Bags & Luggage'], ['小家电', 'Small Appliances']];
const PRODUCTS = ['LED panel lights', 'stainless steel cookware', 'power banks', 'yoga mats', 'ceramic mugs', 'solar garden lights', 'kids scooters',
  'bluetooth speakers', 'knitted sweaters', 'PP storage boxes', 'hair dryers', 'USB-C chargers', 'camping chairs', 'pet beds', 'silicone baking mats'];
function cnCompany(city) {
  city = city || pick(EXPORT_CITIES);
  const [bz, be] = pick(BRANDS), [iz, ie] = pick(INDUSTRIES);
  const cityZh = city.city + (['上海', '北京', '天津'].includes(city.city) ? '' : '市');
  const uscc = makeUscc(city), sole = uscc.startsWith('92');
  const zh = `${cityZh}${bz}${iz}${sole ? '商行' : '有限公司'}`;
  const en = `${city.en.toUpperCase()} ${be.toUpperCase()} ${ie.toUpperCase()} ${sole ? 'TRADING FIRM' : 'CO., LTD.'}`;
  const domain = `${city.en.slice(0, 2).toLowerCase()}${be.toLowerCase()}-${ie.split(' ')[0].toLowerCase().replace(/[^a-z]/g, '')}.com`;
  return { zh, en, domain, city, uscc, sub: makeLandSub(city) };
}
function cnAddr(city) {
  const head = city.prov ? `${city.prov}${city.city}市` : `${city.city}市`;
  return `${head}${pick(city.dists)}${pick(ROADS)}${ri(1, 388)}号${chance(0.5) ? pick(['A栋', 'B座', '3号楼', '科技大厦']) + ri(2, 25) + pick(['楼', '层']) : ''}`;
}
function cnPerson(city) {
  city = city || pick(CITIES);
  let name, spy, gpy;
  if (chance(0.02)) { const m = pick(MINORITY); name = m[0]; gpy = m[1]; spy = m[2]; }
  else { const s = wpick(SURN), g = pick(GIVEN); name = s[0] + g[0]; spy = s[1]; gpy = g[1]; }
  const male = chance(0.5), y = ri(1958, 2005), m = ri(1, 12), dd = ri(1, daysIn(y, m));
  const p = { name, spy, gpy, male, y, m, dd, city, en: `${pick(EN_FIRST)} ${cap(spy)}`, pinyin: `${cap(gpy)} ${cap(spy)}` };
  p.id = makeId(pick(city.regions), y, m, dd, male);
  p.mob = makeMobile();
  const k = ri(0, 9);
  if (k <= 3) p.email = `${spy}${gpy}${ri(1, 99)}@${pick(['163.com', '126.com', 'sina.com', 'yeah.net', 'sohu.com'])}`;
  else if (k <= 5) p.email = `${gpy}.${spy}@${pick(['outlook.com', 'gmail.com', 'foxmail.com', 'aliyun.com', 'hotmail.com'])}`;
  else if (k <= 8) p.email = `${ri(10000000, 2999999999)}@qq.com`;
  else { p.email = `${p.mob}@${pick(['139.com', '189.cn', 'wo.cn'])}`; p.inner = true; }
  return p;
}
const workEmail = (p, comp) => `${p.en.split(' ')[0].toLowerCase()}.${p.spy}@${comp.domain}`;

// ───────────────────────────── mainland written forms (entities) ─────────────────────────────
const MOB_STYLES = [['bare', 40], ['sp', 7], ['dash', 7], ['p86sp', 10], ['p86dash', 5], ['p86', 6], ['p86s', 5], ['z86', 3], ['z86d', 2], ['z86dash', 3],
  ['n86dash', 3], ['n86sp', 2], ['par86', 3], ['p86d3', 3]];
const MOB_STYLES_INTL = MOB_STYLES.map(([s, w]) => [s, s === 'bare' ? 10 : s.includes('86') ? w * 2 : w]);
function fmtMob(m, style) {
  const a = m.slice(0, 3), b = m.slice(3, 7), c = m.slice(7);
  switch (style) {
    case 'bare': return m; case 'sp': return `${a} ${b} ${c}`; case 'dash': return `${a}-${b}-${c}`;
    case 'p86sp': return `+86 ${a} ${b} ${c}`; case 'p86dash': return `+86-${m}`; case 'p86': return `+86${m}`; case 'p86s': return `+86 ${m}`;
    case 'z86': return `0086 ${m}`; case 'z86d': return `0086-${m}`; case 'z86dash': return `0086-${a}-${b}-${c}`; case 'n86dash': return `86-${m}`; case 'n86sp': return `86 ${m}`;
    case 'par86': return `(+86)${m}`; case 'p86d3': return `+86 ${a}-${b}-${c}`; case 'fw': return fullWidth(m);
    default: throw new Error(style);
  }
}
const mobW = (d, m, style, intl = false) => d.E('cn_mobile', m, fmtMob(m, style || wpick(intl ? MOB_STYLES_INTL : MOB_STYLES)[0]));
function fmtLand(area, sub, style) {
  const a0 = area.slice(1);
  const s1 = sub.length === 8 ? `${sub.slice(0, 4)} ${sub.slice(4)}` : `${sub.slice(0, 3)} ${sub.slice(3)}`;
  switch (style) {
    case 'dash': return `${area}-${sub}`; case 'sp': return `${area} ${s1}`; case 'par': return `(${area})${sub}`;
    case 'fpar': return `（${area}）${sub}`; case 'p86': return `+86 ${a0} ${s1}`; case 'p86dash': return `+86-${a0}-${sub}`;
    case 'z86': return `0086-${a0}-${sub}`; case 'bare': return `${area}${sub}`;
    default: throw new Error(style);
  }
}
const LAND_STYLES = [['dash', 40], ['sp', 10], ['par', 8], ['fpar', 4], ['p86', 12], ['p86dash', 10], ['z86', 4], ['bare', 3]];
function landW(d, city, sub, opts = {}) {
  const w = fmtLand(city.area, sub, opts.style || wpick(LAND_STYLES)[0]);
  const ext = opts.ext ? pick([`-${ri(801, 899)}`, ` 转${ri(8001, 8099)}`, ` ext. ${ri(100, 399)}`, ` 分机${ri(200, 299)}`]) : '';
  (opts.dc ? d.D : d.E).call(d, 'cn_landline', city.area + sub, w);
  return w + ext;
}
const idW = (d, id) => d.E('cn_resident_id', id, id.endsWith('X') && chance(0.25) ? id.slice(0, 17) + 'x' : id);
function cardW(d, c, style) {
  style = style || pick(['bare', 'bare', 'sp', 'dash']);
  const w = style === 'bare' ? c : c.replace(/(\d{4})(?=\d)/g, style === 'sp' ? '$1 ' : '$1-');
  return d.E('bank_card', c, w);
}
const nameW = (d, n) => d.E('person_name_zh', n);
const ppW = (d, p) => d.E('cn_passport', p);
const usccW = (d, u) => d.E('cn_uscc', u);
function emailW(d, e, opts = {}) {
  let w = e;
  if (opts.capitalize && chance(0.35)) { const [l, dom] = e.split('@'); w = l.split('.').map(cap).join('.') + '@' + dom; }
  (opts.dc ? d.D : d.E).call(d, 'email', e.toLowerCase(), w); return w;
}
// a Chinese person's private e-mail; <mobile>@139.com exposes the mobile too
function pEmailW(d, p) { const w = emailW(d, p.email); if (p.inner) d.E('cn_mobile', p.mob, p.mob); return w; }
function maskMob(d, m) { const w = `${m.slice(0, 3)}****${m.slice(7)}`; return d.D('cn_mobile', w, w); }
function maskCard(d, c) { const w = `${c.slice(0, 4)} **** **** ${c.slice(-4)}`; return d.D('bank_card', w, w); }

// ───────────────────────────── foreign number / ID generators ─────────────────────────────
function steuerId(trap) {
  for (;;) {
    const ds = shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]).slice(0, 9);
    const arr = shuffle([...ds, ds[ri(0, 8)]]);
    if (arr[0] === 0) continue;
    if (trap && arr[0] !== 1) continue;
    const s10 = arr.join(''); const s = s10 + mod1110(s10);
    if (trap ? mobileOk(s) : !lookalikeRun(s)) return s;
  }
}
function rrn(foreigner = false) {
  const y = ri(1956, 2003), m = ri(1, 12), dd = ri(1, daysIn(y, m)), male = chance(0.5);
  let g = y < 2000 ? (male ? 1 : 2) : (male ? 3 : 4); if (foreigner) g += 4;
  const b = pad(y % 100, 2) + pad(m, 2) + pad(dd, 2) + g + pad(ri(0, 96), 2) + digits(3);
  const W = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]; let s = 0; for (let i = 0; i < 12; i++) s += +b[i] * W[i];
  return b + ((11 - (s % 11)) % 10);
}
function myNumber() {
  const b = nz() + digits(10); let s = 0;
  for (let n = 1; n <= 11; n++) s += +b[11 - n] * (n <= 6 ? n + 1 : n - 5);
  const r = s % 11; return b + (r <= 1 ? 0 : 11 - r);
}
function nric(prefix) {
  const d7 = digits(7), W = [2, 7, 6, 5, 4, 3, 2]; let s = 0; for (let i = 0; i < 7; i++) s += +d7[i] * W[i];
  if ('TG'.includes(prefix)) s += 4; if (prefix === 'M') s += 3;
  const tbl = 'ST'.includes(prefix) ? 'JZIHGFEDCBA' : prefix === 'M' ? 'KLJNPQRTUWX' : 'XWUTRQPNMLK';
  return prefix + d7 + tbl[s % 11];
}
const TWL = { A: 10, B: 11, C: 12, D: 13, E: 14, F: 15, G: 16, H: 17, I: 34, J: 18, K: 19, L: 20, M: 21, N: 22, O: 35, P: 23, Q: 24, R: 25, S: 26, T: 27, U: 28, V: 29, W: 32, X: 30, Y: 31, Z: 33 };
function twId() {
  const L = pick('ABCDEFGHJKLMNPQRSTUVXYWZ'.split('')), v = TWL[L], body = pick(['1', '2']) + digits(7);
  let s = Math.floor(v / 10) + (v % 10) * 9; const W = [8, 7, 6, 5, 4, 3, 2, 1];
  for (let i = 0; i < 8; i++) s += +body[i] * W[i];
  return L + body + ((10 - (s % 10)) % 10);
}
function myKad() { const y = ri(1960, 2002), m = ri(1, 12), dd = ri(1, daysIn(y, m)); return `${pad(y % 100, 2)}${pad(m, 2)}${pad(dd, 2)}-${pick(['14', '10', '07', '08', '01', '12', '13'])}-${digits(3)}${ri(0, 9)}`; }
function ssn() { let a; do { a = ri(1, 899); } while (a === 666); return `${pad(a, 3)}-${pad(ri(1, 99), 2)}-${pad(ri(1, 9999), 4)}`; }
function nino(spaced) {
  let p; do { p = letter('ABCEGHJKLMNOPRSTWXYZ') + letter('ABCEGHJKLMNPRSTWXYZ'); } while (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(p));
  const n = digits(6), s = letter('ABCD');
  return spaced ? `${p} ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4)} ${s}` : p + n + s;
}
function aadhaar() { const b = String(ri(2, 9)) + digits(10); return b + verhoeffDigit(b); }
function cpf() {
  const b = digits(9); let s = 0; for (let i = 0; i < 9; i++) s += +b[i] * (10 - i);
  let d1 = (s * 10) % 11; if (d1 === 10) d1 = 0; s = 0; for (let i = 0; i < 9; i++) s += +b[i] * (11 - i); s += d1 * 2;
  let d2 = (s * 10) % 11; if (d2 === 10) d2 = 0;
  return `${b.slice(0, 3)}.${b.slice(3, 6)}.${b.slice(6)}-${d1}${d2}`;
}
function nik() {
  const prov = pick(['11', '12', '13', '14', '16', '31', '32', '33', '34', '35', '36', '51', '52', '61', '63', '64', '71', '73']);
  const y = ri(1960, 2004), m = ri(1, 12), dd = ri(1, daysIn(y, m)), fem = chance(0.5);
  return prov + pad(ri(1, 79), 2) + pad(ri(1, 30), 2) + pad(dd + (fem ? 40 : 0), 2) + pad(m, 2) + pad(y % 100, 2) + pad(ri(1, 9999), 4);
}
function cccd(trap) {
  if (trap) return '0791' + pick(['5', '6', '7', '8']) + digits(1) + digits(6); // 079 HCMC, 1 = female born 19xx → looks like 0791 南昌 + 8 digits
  const y = ri(1960, 2004); const g = (y >= 2000 ? 2 : 0) + (chance(0.5) ? 1 : 0);
  return pick(['001', '079', '048', '031', '092', '038', '036', '075']) + g + pad(y % 100, 2) + digits(6);
}
function thaiId() {
  const b = String(ri(1, 8)) + digits(11); let s = 0; for (let i = 0; i < 12; i++) s += +b[i] * (13 - i);
  const c = (11 - (s % 11)) % 10; const t = b + c;
  return `${t[0]}-${t.slice(1, 5)}-${t.slice(5, 10)}-${t.slice(10, 12)}-${t[12]}`;
}
function emiratesId() { const b = '784' + ri(1965, 2000) + digits(7); const t = luhnFinish(b); return `${t.slice(0, 3)}-${t.slice(3, 7)}-${t.slice(7, 14)}-${t[14]}`; }
function snils() {
  for (;;) {
    const b = digits(9); let s = 0; for (let i = 0; i < 9; i++) s += +b[i] * (9 - i);
    let c = s < 100 ? s : s === 100 || s === 101 ? 0 : s % 101; if (c === 100) c = 0;
    return `${b.slice(0, 3)}-${b.slice(3, 6)}-${b.slice(6)} ${pad(c, 2)}`;
  }
}
function tfn() {
  for (;;) {
    const b = digits(8); const W = [1, 4, 3, 7, 5, 8, 6, 9]; let s = 0; for (let i = 0; i < 8; i++) s += +b[i] * W[i];
    const x = ((-s * 10) % 11 + 11) % 11; if (x === 10) continue;
    const t = b + x; return `${t.slice(0, 3)} ${t.slice(3, 6)} ${t.slice(6)}`;
  }
}
function hkid() {
  const L = letter('ACDEGHKMPRVYZ'), n = digits(6);
  let s = 36 * 9 + (L.charCodeAt(0) - 55) * 8; for (let i = 0; i < 6; i++) s += +n[i] * (7 - i);
  const r = s % 11; const c = r === 0 ? '0' : 11 - r === 10 ? 'A' : String(11 - r);
  return `${L}${n}(${c})`;
}
function sin() { const t = luhnFinish(String(ri(1, 7)) + digits(7)); return `${t.slice(0, 3)} ${t.slice(3, 6)} ${t.slice(6)}`; }
function abn() {
  const W = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
  for (;;) {
    const dd = [ri(1, 9), ...digits(10).split('').map(Number)]; let s = 0;
    for (let i = 0; i < 11; i++) s += (i === 0 ? dd[0] - 1 : dd[i]) * W[i];
    if (s % 89 === 0) { const t = dd.join(''); return `${t.slice(0, 2)} ${t.slice(2, 5)} ${t.slice(5, 8)} ${t.slice(8)}`; }
  }
}
function cnpj() {
  const b = digits(8) + '0001'; const cd = (x, W) => { let s = 0; for (let i = 0; i < W.length; i++) s += +x[i] * W[i]; const r = s % 11; return r < 2 ? 0 : 11 - r; };
  const d1 = cd(b, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]); const d2 = cd(b + d1, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
  return `${b.slice(0, 2)}.${b.slice(2, 5)}.${b.slice(5, 8)}/${b.slice(8, 12)}-${d1}${d2}`;
}
const PAN_T = 'CPFH';
function panNo() { return letters(3) + letter(PAN_T) + letter() + digits(4) + letter(); }
function gstin() {
  const AL = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const b = pick(['27', '07', '29', '33', '24', '09', '36']) + panNo() + String(ri(1, 3)) + 'Z';
  let s = 0; for (let i = 0; i < 14; i++) { const p = AL.indexOf(b[i]) * (i % 2 === 0 ? 1 : 2); s += Math.floor(p / 36) + (p % 36); }
  return b + AL[(36 - (s % 36)) % 36];
}
function jpCorp() { const b = nz() + digits(11); let s = 0; for (let n = 1; n <= 12; n++) s += +b[12 - n] * (n % 2 === 1 ? 1 : 2); return String(9 - (s % 9)) + b; }
const ISO_L = (() => { const m = {}; let v = 10; for (const c of UP) { if (v % 11 === 0) v++; m[c] = v; v++; } return m; })();
function containerNo() {
  const s = pick(['TGHU', 'MSCU', 'CSNU', 'OOLU', 'TCLU', 'FCIU', 'CMAU', 'HLXU', 'MSKU', 'SEGU', 'BMOU', 'TEMU', 'CBHU', 'EGHU']) + digits(6);
  let sum = 0; for (let i = 0; i < 10; i++) { const c = s[i]; sum += (/\d/.test(c) ? +c : ISO_L[c]) * 2 ** i; }
  return s + ((sum % 11) % 10);
}
function s10(pfx, cc) {
  const n = safeDigits(8), W = [8, 6, 4, 2, 3, 5, 9, 7]; let s = 0; for (let i = 0; i < 8; i++) s += +n[i] * W[i];
  let c = 11 - (s % 11); if (c === 10) c = 0; if (c === 11) c = 5; return pfx + n + c + cc;
}
function aba() {
  const f2 = pick(['02', '03', '04', '06', '07', '11', '12', '21', '22', '26', '31', '32']);
  for (;;) {
    const b = f2 + digits(6); const W = [3, 7, 1, 3, 7, 1, 3, 7]; let s = 0; for (let i = 0; i < 8; i++) s += +b[i] * W[i];
    const c = (10 - (s % 10)) % 10; return b + c;
  }
}
function iban(cc, grouped = chance(0.7)) {
  const gen = {
    DE: () => String(ri(1, 8)) + digits(17), GB: () => pick(['NWBK', 'BARC', 'HBUK', 'LOYD', 'MIDL']) + digits(14),
    NL: () => pick(['ABNA', 'INGB', 'RABO']) + digits(10), FR: () => digits(23), AE: () => '0' + digits(2) + digits(16),
    ES: null, IT: () => letter() + digits(22), CH: () => digits(17), BE: () => { const b = digits(10); const r = Number(BigInt(b) % 97n) || 97; return b + pad(r, 2); }, AT: () => digits(16),
  }[cc];
  const bban = gen(); const s = cc + ibanCheck(cc, bban) + bban;
  return grouped ? s.replace(/(.{4})/g, '$1 ').trim() : s;
}
const SWIFTS = { DE: ['DEUTDEFF', 'COBADEFFXXX', 'DRESDEFF200', 'HYVEDEMMXXX'], GB: ['NWBKGB2L', 'BARCGB22', 'MIDLGB22', 'LOYDGB2L'], US: ['CITIUS33', 'CHASUS33', 'BOFAUS3N', 'WFBIUS6S'],
  HK: ['HSBCHKHHHKH', 'SCBLHKHHXXX', 'BKCHHKHHXXX'], SG: ['DBSSSGSG', 'OCBCSGSG', 'UOVBSGSG'], MY: ['MBBEMYKL', 'CIBBMYKL'], TH: ['BKKBTHBK', 'KASITHBK'],
  VN: ['BFTVVNVX', 'ICBVVNVX'], ID: ['CENAIDJA', 'BMRIIDJA'], IN: ['SBININBB', 'HDFCINBB', 'ICICINBB'], RU: ['SABRRUMM', 'VTBRRUMM'], BR: ['BRASBRRJ', 'ITAUBRSP'],
  AE: ['EBILAEAD', 'NBADAEAA', 'ADCBAEAA'], AU: ['ANZBAU3M', 'CTBAAU2S', 'NATAAU33'], JP: ['SMBCJPJT', 'MHCBJPJT', 'BOTKJPJT'], KR: ['KOEXKRSE', 'HVBKKRSE', 'SHBKKRSE'],
  CA: ['ROYCCAT2', 'TDOMCATT'], SA: ['RJHISARI', 'NCBKSAJE'], NG: ['ZEIBNGLA', 'GTBINGLA'], TW: ['BKTWTWTP', 'CTCBTWTP'], MO: ['BCOMMOMX'], NL: ['ABNANL2A', 'INGBNL2A'],
  FR: ['BNPAFRPP', 'SOGEFRPP'], CN: ['BKCHCNBJ45A', 'ICBKCNBJSZN', 'PCBCCNBJ', 'CMBCCNBS'] };
const CN_PP_LIKE = /^(?:E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}|1[45]\d{7}|[DSP]E\d{7}|[DSP]\d{7,8}|K\d{8}|KJ\d{7}|MA\d{7}|[EKGDSPH]\d{8})$/;
const ppX = (d, kind, s) => (CN_PP_LIKE.test(s) ? d.D('cn_passport', s) : d.X(kind, s));
function idX(d, kind, written) { const dd = onlyDigits(written); if (/^\d{16,19}$/.test(dd) && luhnOk(dd)) return d.D('bank_card', dd, written); return d.X(kind, written); }
function ph(d, kind, intl, nat, mode) { const t = mode === 'any' && nat.length && chance(0.5) ? pick(nat) : pick(intl); return d.X(kind, t); }

// ───────────────────────────── foreign countries ─────────────────────────────
const FC = {};
const country = (code, o) => { FC[code] = Object.assign({ code }, o); };
const g3 = (n) => n; // readability
country('DE', {
  zh: '德国', en: 'Germany', tld: 'de', idLabel: 'Steuer-ID', regLabel: 'HRB',
  mob(d, mode) {
    const long = chance(0.7);
    const pre = long ? pick(['151', '152', '157', '159', '176']) : pick(['160', '162', '163', '170', '171', '172', '173', '174', '175', '177', '178', '179']);
    const sub = nz() + digits(long ? 7 : 6), s4 = sub.slice(0, 4), r = sub.slice(4);
    return ph(d, 'phone_de', [`+49 ${pre} ${sub}`, `+49 (0)${pre} ${s4} ${r}`, `+49 ${pre} ${s4} ${r}`, `0049 ${pre} ${sub}`, `+49${pre}${sub}`, `+49-${pre}-${sub}`, `+49 (0) ${pre} ${sub}`],
      [`0${pre} ${sub}`, `0${pre}-${sub}`, `0${pre} / ${s4} ${r}`, `(0${pre}) ${sub}`, `0${pre}/${sub}`], mode);
  },
  land(d, mode) {
    const ac = pick(['40', '30', '69', '89', '211', '221', '711']); const sub = String(ri(2, 9)) + digits(ac.length === 2 ? 6 : 5);
    const ext = chance(0.4) ? '-' + pick(['0', '10', '120', '2315', '41']) : '';
    return ph(d, 'phone_de', [`+49 ${ac} ${sub}${ext}`, `+49 (0)${ac} ${sub}${ext}`, `+49-${ac}-${sub}${ext}`], [`0${ac} ${sub}${ext}`, `(0${ac}) ${sub}${ext}`, `0${ac}/${sub}${ext}`], mode);
  },
  natId(d) { const s = steuerId(chance(0.5)); return d.X('id_de_steuer', chance(0.65) ? `${s.slice(0, 2)} ${s.slice(2, 5)} ${s.slice(5, 8)} ${s.slice(8)}` : s); },
  pp(d) { let s; do { s = letter('CFGHJK') + letters(8, 'CFGHJKLMNPRTVWXYZ0123456789'); } while ((s.match(/[A-Z]/g) || []).length < 3 || s === 'C01X00T47'); return ppX(d, 'pp_de', s); },
  reg(d) { return d.X('reg_de', `HRB ${ri(10000, 250000)}`); },
  vat(d) { return d.X('vat', `DE${nz()}${digits(8)}`); },
  addr(d) {
    const [city, lo, hi] = pick([['Hamburg', 20095, 22769], ['Berlin', 10115, 14199], ['München', 80331, 81929], ['Frankfurt am Main', 60306, 60599], ['Düsseldorf', 40210, 40629], ['Köln', 50667, 51149]]);
    return `${pick(['Hafenstraße', 'Industriestraße', 'Königsallee', 'Bahnhofstraße', 'Lindenweg', 'Am Sandtorkai'])} ${ri(1, 180)}, ${d.X('postcode', String(ri(lo, hi)))} ${city}, Germany`;
  },
  res(d) { let s; do { s = 'Y' + letters(8, 'CFGHJKLMNPRTVWXYZ0123456789'); } while ((s.match(/[A-Z]/g) || []).length < 3); return d.X('res_de', s); },
  comp() { return `${pick(['Müller', 'Becker', 'Hansa', 'Nordlicht', 'Rhein', 'Alster', 'Schwarzwald', 'Elbe'])} ${pick(['Haushaltswaren', 'Elektro', 'Handels', 'Import', 'Technik', 'Leuchten'])} GmbH`; },
  iban: 'DE',
});
country('GB', {
  zh: '英国', en: 'United Kingdom', tld: 'co.uk', idLabel: 'NI No.', regLabel: 'Company No.',
  mob(d, mode) {
    const pre = '7' + pick(['4', '5', '7', '8', '9']) + digits(2), sub = digits(6);
    return ph(d, 'phone_gb', [`+44 ${pre} ${sub}`, `+44 (0)${pre} ${sub}`, `+44${pre}${sub}`, `0044 ${pre} ${sub}`, `+44 ${pre} ${sub.slice(0, 3)} ${sub.slice(3)}`],
      [`0${pre} ${sub}`, `0${pre}-${sub}`, `0${pre} ${sub.slice(0, 3)} ${sub.slice(3)}`], mode);
  },
  land(d, mode) {
    const [a, b] = pick([['20', '7946 0'], ['161', '496 0'], ['121', '496 0'], ['113', '496 0']]); const t = b + digits(3);
    return ph(d, 'phone_gb', [`+44 ${a} ${t}`, `+44 (0)${a} ${t}`, `+44-${a}-${t.replace(' ', '-')}`], [`0${a} ${t}`, `(0${a}) ${t}`], mode);
  },
  natId(d) { return d.X('id_gb_nino', nino(chance(0.4))); },
  pp(d) { return ppX(d, 'pp_gb', String(ri(1, 5)) + digits(8)); },
  reg(d) { return d.X('reg_gb', pad(ri(1000000, 13999999), 8)); },
  vat(d) { return d.X('vat', `GB${digits(3)} ${digits(4)} ${digits(2)}`); },
  addr(d) {
    const L = 'ABDEFGHJLNPQRSTUWXYZ';
    const [city, pc] = pick([['London', () => `${pick(['EC1A', 'SE1', 'W1D', 'N1', 'E14', 'SW1A', 'WC2N'])} ${ri(1, 9)}${letters(2, L)}`], ['Manchester', () => `M${ri(1, 60)} ${ri(1, 9)}${letters(2, L)}`], ['Birmingham', () => `B${ri(1, 40)} ${ri(1, 9)}${letters(2, L)}`]]);
    return `${ri(1, 250)} ${pick(['High Street', 'Station Road', 'Kingsway', 'Victoria Street', 'Church Lane'])}, ${city} ${d.X('postcode', pc())}, United Kingdom`;
  },
  res(d) { return d.X('res_gb', pick(['ZU', 'ZT', 'RF', 'ZR']) + digits(7)); },
  comp() { return `${pick(['Thames', 'Brightline', 'Oakridge', 'Kingsway', 'Northgate', 'Redbridge'])} ${pick(['Trading', 'Home', 'Supplies', 'Imports', 'Retail'])} Ltd`; },
  iban: 'GB',
});
const usPhone = (kind, npas) => (d, mode) => {
  const a = pick(npas), n = '555', x = '01' + digits(2);
  return ph(d, kind, [`+1 (${a}) ${n}-${x}`, `+1 ${a}-${n}-${x}`, `+1-${a}-${n}-${x}`, `+1${a}${n}${x}`, `+1 ${a} ${n} ${x}`],
    [`(${a}) ${n}-${x}`, `${a}-${n}-${x}`, `${a}.${n}.${x}`, `1-${a}-${n}-${x}`, `1 (${a}) ${n}-${x}`, `1 ${a} ${n} ${x}`, `${a}${n}${x}`, `1${a}${n}${x}`], mode);
};
const US_NPA = ['212', '312', '313', '415', '510', '617', '646', '718', '213', '305', '702', '206', '404', '909', '315', '319'];
country('US', {
  zh: '美国', en: 'USA', tld: 'com', idLabel: 'SSN', regLabel: 'EIN',
  mob: usPhone('phone_us', US_NPA), land: usPhone('phone_us', US_NPA),
  natId(d) { return d.X('id_us_ssn', ssn()); },
  pp(d) { return ppX(d, 'pp_us', chance(0.75) ? pick(['5', '6', '4']) + digits(8) : 'A' + digits(8)); },
  reg(d) { return d.X('reg_us', `${pad(ri(10, 98), 2)}-${digits(7)}`); },
  vat(d) { return this.reg(d); },
  addr(d) {
    const [city, st, zips] = pick([['San Francisco', 'CA', ['94105', '94107', '94111']], ['Chicago', 'IL', ['60601', '60606', '60611']], ['Detroit', 'MI', ['48226', '48201']], ['New York', 'NY', ['10001', '10013', '10018']], ['Los Angeles', 'CA', ['90012', '90021']], ['Miami', 'FL', ['33131', '33132']], ['Boston', 'MA', ['02110', '02210']], ['Seattle', 'WA', ['98101', '98104']]]);
    return `${ri(100, 9999)} ${pick(['Market St', 'Industrial Pkwy', 'W Madison St', 'Broadway', 'Harbor Blvd', 'Commerce Dr'])}, ${city}, ${st} ${d.X('postcode', pick(zips))}, USA`;
  },
  res(d) { return d.X('res_us', 'IOE' + safeDigits(10)); },
  comp() { return `${pick(['Pacific', 'Lakeshore', 'Redwood', 'Summit', 'Liberty', 'Bayview', 'Golden Gate'])} ${pick(['Imports', 'Home Goods', 'Supply', 'Distribution', 'Outfitters'])} ${pick(['LLC', 'Inc.'])}`; },
  bank(d) { return `ABA ${d.X('aba', aba())}, Acct ${d.X('bank_account', safeDigits(ri(9, 12)))}`; },
});
country('CA', {
  zh: '加拿大', en: 'Canada', tld: 'ca', idLabel: 'SIN', regLabel: 'BN',
  mob: usPhone('phone_ca', ['416', '604', '647', '778', '514', '905', '403']), land: usPhone('phone_ca', ['416', '604', '647', '778', '514', '905', '403']),
  natId(d) { return d.X('id_ca_sin', sin()); },
  pp(d) { return ppX(d, 'pp_ca', letters(2) + digits(6)); },
  reg(d) { return d.X('reg_ca', `${digits(9)} RT0001`); },
  vat(d) { return this.reg(d); },
  addr(d) {
    const [city, pv, p1, st] = pick([['Toronto', 'ON', 'M', 'King St W'], ['Vancouver', 'BC', 'V', 'Granville St'], ['Montréal', 'QC', 'H', 'Rue Sainte-Catherine'], ['Calgary', 'AB', 'T', '8 Ave SW']]);
    const L = 'ABCEGHJKLMNPRSTVWXYZ';
    return `${ri(10, 999)} ${st}, ${city}, ${pv} ${d.X('postcode', `${p1}${ri(1, 9)}${letter(L)} ${ri(1, 9)}${letter(L)}${ri(0, 9)}`)}, Canada`;
  },
  comp() { return `${pick(['Maple', 'Northern', 'Lakehead', 'Polar'])} ${pick(['Trading', 'Imports', 'Home'])} Inc.`; },
});
country('JP', {
  zh: '日本', en: 'Japan', tld: 'co.jp', idLabel: 'マイナンバー', regLabel: '法人番号',
  mob(d, mode) {
    const pre = pick(['90', '80', '70']), a = nz() + digits(3), b = digits(4);
    return ph(d, 'phone_jp', [`+81 ${pre}-${a}-${b}`, `+81 ${pre} ${a} ${b}`, `+81-${pre}-${a}-${b}`, `+81${pre}${a}${b}`, `+81 (0)${pre}-${a}-${b}`],
      [`0${pre}-${a}-${b}`, `0${pre} ${a} ${b}`, `0${pre}(${a})${b}`, `0${pre}${a}${b}`], mode);
  },
  land(d, mode) {
    const [a, n] = pick([['3', () => `${nz()}${digits(3)}-${digits(4)}`], ['6', () => `${nz()}${digits(3)}-${digits(4)}`], ['52', () => `${nz()}${digits(2)}-${digits(4)}`], ['45', () => `${nz()}${digits(2)}-${digits(4)}`]]);
    const t = n();
    return ph(d, 'phone_jp', [`+81 ${a}-${t}`, `+81-${a}-${t}`, `+81 (0)${a} ${t.replace('-', ' ')}`], [`0${a}-${t}`, `(0${a}) ${t}`], mode);
  },
  natId(d) { const s = myNumber(); return d.X('id_jp_mynumber', chance(0.6) ? `${s.slice(0, 4)} ${s.slice(4, 8)} ${s.slice(8)}` : s); },
  pp(d) { return ppX(d, 'pp_jp', pick(['TK', 'TR', 'TZ', 'MZ', 'MU', 'TS']) + digits(7)); },
  reg(d) { return d.X('reg_jp', jpCorp()); },
  vat(d) { return d.X('reg_jp', 'T' + jpCorp()); },
  addr(d) {
    const a = pick(['東京都千代田区丸の内', '東京都港区芝浦', '大阪府大阪市北区梅田', '愛知県名古屋市中村区名駅', '神奈川県横浜市西区みなとみらい']);
    return `〒${d.X('postcode', `${pad(ri(100, 999), 3)}-${pad(ri(0, 9999), 4)}`)} ${a}${ri(1, 5)}-${ri(1, 20)}-${ri(1, 30)}`;
  },
  res(d) { return d.X('res_jp', letters(2) + digits(8) + letters(2)); },
  comp() { const a = pick([['サクラ', 'Sakura'], ['ミドリ', 'Midori'], ['ヤマト', 'Yamato'], ['アサヒ', 'Asahi'], ['フジ', 'Fuji']]), b = pick([['商事', 'Shoji'], ['貿易', 'Boeki'], ['産業', 'Sangyo']]); return [`株式会社${a[0]}${b[0]}`, `${a[1]} ${b[1]} Co., Ltd.`]; },
  bank(d) { return `${pick(['三菱UFJ銀行', 'みずほ銀行', '三井住友銀行'])} ${pick(['本店', '丸の内支店', '梅田支店'])} 普通 ${d.X('bank_account', safeDigits(7))}`; },
});
country('KR', {
  zh: '韩国', en: 'Korea', tld: 'co.kr', idLabel: '주민등록번호', regLabel: '사업자등록번호',
  mob(d, mode) {
    const a = String(ri(2, 9)) + digits(3), b = digits(4);
    return ph(d, 'phone_kr', [`+82 10-${a}-${b}`, `+82-10-${a}-${b}`, `+82 10 ${a} ${b}`, `+8210${a}${b}`, `+82 (0)10-${a}-${b}`],
      [`010-${a}-${b}`, `010 ${a} ${b}`, `010${a}${b}`, `010.${a}.${b}`], mode);
  },
  land(d, mode) {
    const [a, t] = pick([['2', () => `${ri(2, 9)}${digits(3)}-${digits(4)}`], ['51', () => `${ri(2, 9)}${digits(2)}-${digits(4)}`], ['32', () => `${ri(2, 9)}${digits(2)}-${digits(4)}`]]);
    const s = t();
    return ph(d, 'phone_kr', [`+82 ${a}-${s}`, `+82-${a}-${s}`], [`0${a}-${s}`, `(0${a}) ${s}`], mode);
  },
  natId(d) { const s = rrn(); return d.X('id_kr_rrn', chance(0.85) ? `${s.slice(0, 6)}-${s.slice(6)}` : s); },
  pp(d) { return ppX(d, 'pp_kr', chance(0.6) ? 'M' + digits(8) : 'M' + digits(3) + letter('ABCDEFGHJKLMNPQRSTUVWXYZ') + digits(4)); },
  reg(d) { return d.X('reg_kr', `${digits(3)}-${digits(2)}-${digits(5)}`); },
  vat(d) { return this.reg(d); },
  addr(d) { return `${pick(['서울특별시 강남구 테헤란로', '서울특별시 중구 세종대로', '부산광역시 해운대구 센텀중앙로', '인천광역시 연수구 송도과학로'])} ${ri(1, 300)}, ${d.X('postcode', pad(ri(1000, 63999), 5))}`; },
  res(d) { const s = rrn(true); return d.X('res_kr', `${s.slice(0, 6)}-${s.slice(6)}`); },
  comp() { const a = pick([['한빛', 'Hanbit'], ['대한', 'Daehan'], ['미래', 'Mirae'], ['동방', 'Dongbang'], ['세진', 'Sejin']]), b = pick([['무역', 'Trading'], ['상사', 'Corporation'], ['전자', 'Electronics']]); return [`(주)${a[0]}${b[0]}`, `${a[1]} ${b[1]} Co., Ltd.`]; },
  bank(d) { return `${pick(['신한은행', '국민은행', '우리은행'])} ${d.X('bank_account', `${pick(['110', '100', '1002'])}-${safeDigits(3)}-${safeDigits(6)}`)}`; },
});
country('SG', {
  zh: '新加坡', en: 'Singapore', tld: 'com.sg', idLabel: 'NRIC', regLabel: 'UEN',
  mob(d, mode) { const a = pick(['8', '9']) + digits(3), b = digits(4); return ph(d, 'phone_sg', [`+65 ${a} ${b}`, `+65-${a}-${b}`, `+65${a}${b}`, `(+65) ${a} ${b}`], [`${a} ${b}`, `${a}${b}`], mode); },
  land(d, mode) { const a = '6' + digits(3), b = digits(4); return ph(d, 'phone_sg', [`+65 ${a} ${b}`, `+65-${a}-${b}`, `(+65) ${a} ${b}`], [`${a} ${b}`], mode); },
  natId(d) { return d.X('id_sg_nric', nric(pick(['S', 'S', 'T']))); },
  pp(d) { return ppX(d, 'pp_sg', pick(['E', 'K']) + digits(7) + letter()); },
  reg(d) {
    const W = (s, w) => s.split('').reduce((a, c, i) => a + +c * w[i], 0);
    if (chance(0.7)) { const b = `${ri(2005, 2023)}${safeDigits(5)}`; return d.X('reg_sg', b + 'ZKCMDNERGWH'[W(b, [10, 8, 6, 4, 9, 7, 5, 3, 1]) % 11]); }
    const b = safeDigits(8); return d.X('reg_sg', b + 'XMKECAWLJDB'[W(b, [10, 4, 9, 3, 8, 2, 7, 1]) % 11]);
  },
  vat(d) { return this.reg(d); },
  addr(d) { return `${ri(1, 80)} ${pick(['Anson Road', 'Robinson Road', 'Jurong West Street 42', 'Ang Mo Kio Avenue 3', 'Tampines Street 81'])} #${pad(ri(1, 30), 2)}-${pad(ri(1, 20), 2)}, Singapore ${d.X('postcode', pad(ri(18900, 829999), 6))}`; },
  res(d) { return d.X('res_sg', nric(pick(['G', 'F', 'M']))); },
  comp() { return `${pick(['Lion City', 'Marina', 'Orchard', 'Straits', 'Harbourfront'])} ${pick(['Trading', 'Supplies', 'Holdings'])} Pte. Ltd.`; },
});
country('MY', {
  zh: '马来西亚', en: 'Malaysia', tld: 'com.my', idLabel: 'MyKad', regLabel: 'SSM',
  mob(d, mode) {
    const pre = pick(['12', '13', '16', '17', '18', '19', '11']); const a = digits(pre === '11' ? 4 : 3), b = digits(4);
    return ph(d, 'phone_my', [`+60 ${pre}-${a} ${b}`, `+60${pre}${a}${b}`, `+60 ${pre} ${a} ${b}`, `+60-${pre}-${a}${b}`], [`0${pre}-${a} ${b}`, `0${pre}-${a}${b}`, `0${pre} ${a} ${b}`], mode);
  },
  land(d, mode) { const [a, n] = pick([['3', 4], ['4', 3], ['7', 3]]); const s = `${ri(2, 9)}${digits(n - 1)} ${digits(4)}`; return ph(d, 'phone_my', [`+60 ${a}-${s}`, `+60-${a}-${s.replace(' ', '')}`], [`0${a}-${s}`, `(0${a}) ${s}`], mode); },
  natId(d) { return d.X('id_my_mykad', myKad()); },
  pp(d) { return ppX(d, 'pp_my', pick(['A', 'A', 'A', 'K', 'H']) + digits(8)); },
  reg(d) { return d.X('reg_my', `${ri(2005, 2023)}01${safeDigits(6)} (${safeDigits(7)}-${letter('ADHKMPTUVWX')})`); },
  vat(d) { return this.reg(d); },
  addr(d) { const [st, pc, c] = pick([['Ampang', '50450', 'Kuala Lumpur'], ['Bukit Bintang', '55100', 'Kuala Lumpur'], ['Sultan Ismail', '50250', 'Kuala Lumpur'], ['Klang Lama', '58200', 'Kuala Lumpur'], ['Burma', '10050', 'George Town, Penang'], ['Wong Ah Fook', '80000', 'Johor Bahru']]); return `${ri(1, 200)}, Jalan ${st}, ${d.X('postcode', pc)} ${c}, Malaysia`; },
  res(d) { return d.X('res_my', `PLKS ${safeDigits(7)}`); },
  comp() { return `${pick(['Sri Jaya', 'Mega Maju', 'Golden Harvest', 'Bintang', 'Tenaga'])} ${pick(['Trading', 'Enterprise', 'Industries'])} Sdn. Bhd.`; },
});
country('TH', {
  zh: '泰国', en: 'Thailand', tld: 'co.th', idLabel: 'Thai ID', regLabel: 'Tax ID',
  mob(d, mode) {
    const pre = pick(['81', '82', '83', '84', '86', '89', '61', '62', '63', '64', '65', '91', '92', '95']), a = digits(3), b = digits(4);
    return ph(d, 'phone_th', [`+66 ${pre} ${a} ${b}`, `+66 (0)${pre}-${a}-${b}`, `+66${pre}${a}${b}`, `+66-${pre}-${a}-${b}`], [`0${pre}-${a}-${b}`, `0${pre} ${a} ${b}`, `0${pre}${a}${b}`], mode);
  },
  land(d, mode) { const a = digits(3), b = digits(4); return ph(d, 'phone_th', [`+66 2 ${a} ${b}`, `+66-2-${a}-${b}`], [`02-${a}-${b}`, `02 ${a} ${b}`], mode); },
  natId(d) { return d.X('id_th', thaiId()); },
  pp(d) { return ppX(d, 'pp_th', pick(['AA', 'AB', 'AC', 'AD']) + digits(7)); },
  reg(d) { return d.X('reg_th', '0105' + safeDigits(9)); },
  vat(d) { return this.reg(d); },
  addr(d) { return `${ri(1, 999)} ${pick(['Sukhumvit Road', 'Silom Road', 'Rama IV Road', 'Ratchadaphisek Road'])}, Bangkok ${d.X('postcode', pick(['10110', '10500', '10330', '10400']))}, Thailand`; },
  res(d) { return d.X('res_th', `WP ${safeDigits(7)}/${ri(2563, 2567)}`); },
  comp() { return `${pick(['Siam', 'Chao Phraya', 'Bangkok', 'Lanna'])} ${pick(['Trading', 'Import-Export', 'Supply'])} Co., Ltd.`; },
});
country('VN', {
  zh: '越南', en: 'Vietnam', tld: 'com.vn', idLabel: 'CCCD', regLabel: 'MST',
  mob(d, mode) {
    const pre = pick(['90', '91', '93', '94', '96', '97', '98', '32', '33', '34', '35', '36', '37', '38', '39', '70', '76', '77', '78', '79', '81', '83', '84', '85', '88']);
    const a = digits(3), b = digits(4), n = '0' + pre + a + b;
    return ph(d, 'phone_vn', [`+84 ${pre} ${a} ${b}`, `+84-${pre}-${a}-${b}`, `+84${pre}${a}${b}`, `+84 (0)${pre} ${a} ${b}`],
      [`${n.slice(0, 4)} ${n.slice(4, 7)} ${n.slice(7)}`, `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `${n.slice(0, 4)}.${n.slice(4, 7)}.${n.slice(7)}`, n], mode);
  },
  land(d, mode) {
    const a = pick(['28', '24']), b = '3' + digits(3), c = digits(4);
    return ph(d, 'phone_vn', [`+84 ${a} ${b} ${c}`, `+84-${a}-${b}${c}`], [`0${a} ${b} ${c}`, `(0${a}) ${b} ${c}`, `0${a}.${b}.${c}`], mode);
  },
  natId(d) { return d.X('id_vn_cccd', cccd(chance(0.35))); },
  pp(d) { return ppX(d, 'pp_vn', pick(['B', 'C', 'N']) + digits(7)); },
  reg(d) { return d.X('reg_vn', safe(() => '03' + digits(8))); },
  vat(d) { return this.reg(d); },
  addr(d) { return `${ri(1, 300)} ${pick(['Nguyễn Huệ', 'Lê Lợi', 'Điện Biên Phủ', 'Trần Hưng Đạo'])}, ${pick([['Quận 1, TP. Hồ Chí Minh', '700000'], ['Quận 3, TP. Hồ Chí Minh', '700000'], ['Hoàn Kiếm, Hà Nội', '100000'], ['Ba Đình, Hà Nội', '100000'], ['Hải Châu, Đà Nẵng', '550000']]).map((x, i) => (i ? d.X('postcode', x) : x)).join(' ')}, Việt Nam`; },
  res(d) { return d.X('res_vn', `${pad(ri(1, 9999), 4)}/${ri(2022, 2024)}/GPLĐ`); },
  comp() { return `Công ty TNHH ${pick(['Thương mại', 'Xuất nhập khẩu', 'Đầu tư'])} ${pick(['Minh Phát', 'Hoàng Long', 'An Khang', 'Phú Thịnh'])}`; },
});
country('ID', {
  zh: '印度尼西亚', en: 'Indonesia', tld: 'co.id', idLabel: 'NIK', regLabel: 'NPWP',
  mob(d, mode) {
    const pre = pick(['811', '812', '813', '821', '822', '852', '853', '855', '856', '857', '858', '877', '878', '895', '896', '897', '898', '899']);
    const a = digits(4), b = digits(ri(3, 4));
    return ph(d, 'phone_id', [`+62 ${pre}-${a}-${b}`, `+62 ${pre} ${a} ${b}`, `+62${pre}${a}${b}`, `+62-${pre}-${a}${b}`], [`0${pre}-${a}-${b}`, `0${pre} ${a} ${b}`, `0${pre}${a}${b}`], mode);
  },
  land(d, mode) {
    if (chance(0.75)) { const b = '5' + digits(3), c = digits(4); return ph(d, 'phone_id', [`+62 21 ${b} ${c}`, `+62-21-${b}${c}`], [`(021) ${b} ${c}`, `021-${b}-${c}`, `021 ${b}${c}`], mode); }
    const b = String(ri(5, 8)) + digits(2), c = digits(4); return ph(d, 'phone_id', [`+62 31 ${b} ${c}`], [`(031) ${b} ${c}`], mode);
  },
  natId(d) { return idX(d, 'id_id_nik', nik()); },
  pp(d) { return ppX(d, 'pp_id', pick(['A', 'B', 'C', 'X']) + digits(7)); },
  reg(d) { return d.X('reg_id', `${digits(2)}.${digits(3)}.${digits(3)}.${digits(1)}-${digits(3)}.${digits(3)}`); },
  vat(d) { return this.reg(d); },
  addr(d) { const [a, c, pc] = pick([['Jend. Sudirman Kav. 52-53', 'Jakarta Selatan', '12190'], ['M.H. Thamrin No. 1', 'Jakarta Pusat', '10350'], ['Gajah Mada No. 88', 'Jakarta Pusat', '10130'], ['Raya Darmo No. 27', 'Surabaya', '60264']]); return `Jl. ${a}, ${c} ${d.X('postcode', pc)}, Indonesia`; },
  res(d) { return d.X('res_id', `2C2${letters(2)}${digits(4)}-${letters(2)}`); },
  comp() { return `PT ${pick(['Maju Jaya', 'Sinar Abadi', 'Cahaya Mandiri', 'Sumber Rejeki'])} ${pick(['Sentosa', 'Indonesia', 'Perkasa'])}`; },
});
country('IN', {
  zh: '印度', en: 'India', tld: 'in', idLabel: 'Aadhaar', regLabel: 'GSTIN',
  mob(d, mode) {
    const n = pick(['9', '8', '7', '6']) + digits(9);
    return ph(d, 'phone_in', [`+91 ${n.slice(0, 5)} ${n.slice(5)}`, `+91-${n}`, `+91 ${n}`, `+91${n}`, `0091 ${n.slice(0, 5)} ${n.slice(5)}`, `+91-${n.slice(0, 5)}-${n.slice(5)}`],
      [`${n.slice(0, 5)} ${n.slice(5)}`, n, `0${n.slice(0, 5)} ${n.slice(5)}`, `0${n}`], mode);
  },
  land(d, mode) {
    const a = pick(['22', '11', '80', '44']), b = '2' + digits(3), c = digits(4);
    return ph(d, 'phone_in', [`+91 ${a} ${b} ${c}`, `+91-${a}-${b}${c}`], [`0${a}-${b} ${c}`, `0${a} ${b}${c}`, `(0${a}) ${b} ${c}`], mode);
  },
  natId(d) { const s = aadhaar(); return d.X('id_in_aadhaar', chance(0.8) ? `${s.slice(0, 4)} ${s.slice(4, 8)} ${s.slice(8)}` : s); },
  pp(d) { return ppX(d, 'pp_in', letter('ABJKLMNPRTUVWZ') + digits(7)); },
  reg(d) { return d.X('reg_in', gstin()); },
  vat(d) { return this.reg(d); },
  addr(d) { const [a, pc] = pick([['Plot 12, MIDC, Andheri East, Mumbai', '400093'], ['14 Nehru Place, New Delhi', '110019'], ['45 MG Road, Bengaluru', '560001'], ['22 Anna Salai, Chennai', '600002'], ['7 FC Road, Pune', '411004']]); return `${a} ${d.X('postcode', pc)}, India`; },
  comp() { return `${pick(['Shree Ganesh', 'Sai Krishna', 'Bharat', 'Om Sai', 'Lakshmi'])} ${pick(['Traders', 'Enterprises', 'Distributors', 'Impex'])} Pvt. Ltd.`; },
  bank(d) { return `IFSC ${d.X('ifsc', `${pick(['HDFC', 'ICIC', 'SBIN', 'UTIB', 'KKBK'])}0${safeDigits(6)}`)}, A/c ${d.X('bank_account', safeDigits(ri(11, 14)))}`; },
});
country('RU', {
  zh: '俄罗斯', en: 'Russia', tld: 'ru', idLabel: 'СНИЛС', regLabel: 'ИНН',
  mob(d, mode) {
    const pre = '9' + digits(2), a = digits(3), b = digits(2), c = digits(2);
    return ph(d, 'phone_ru', [`+7 ${pre} ${a}-${b}-${c}`, `+7 (${pre}) ${a}-${b}-${c}`, `+7${pre}${a}${b}${c}`, `+7-${pre}-${a}-${b}-${c}`], [`8 (${pre}) ${a}-${b}-${c}`, `8-${pre}-${a}-${b}-${c}`, `8${pre}${a}${b}${c}`], mode);
  },
  land(d, mode) { const pre = pick(['495', '499', '812', '383']), a = digits(3), b = digits(2), c = digits(2); return ph(d, 'phone_ru', [`+7 (${pre}) ${a}-${b}-${c}`, `+7 ${pre} ${a}-${b}-${c}`], [`8 (${pre}) ${a}-${b}-${c}`], mode); },
  natId(d) { return d.X('id_ru_snils', snils()); },
  pp(d) { return ppX(d, 'pp_ru', `${ri(70, 77)} ${digits(7)}`); },
  reg(d) { return d.X('reg_ru', '77' + safeDigits(8)); },
  vat(d) { return this.reg(d); },
  addr(d) { const [c, pc] = pick([['Москва', '125009'], ['Москва', '101000'], ['Санкт-Петербург', '191186'], ['Новосибирск', '630099']]); return `ул. ${pick(['Тверская', 'Ленинская', 'Садовая', 'Профсоюзная'])}, д. ${ri(1, 120)}, ${c}, ${d.X('postcode', pc)}, Россия`; },
  comp() { const a = pick([['Восток', 'Vostok'], ['Сибирь', 'Sibir'], ['Альфа', 'Alfa'], ['Меридиан', 'Meridian']]); return [`ООО «${a[0]} Трейд»`, `OOO ${a[1]} Trade`]; },
});
country('BR', {
  zh: '巴西', en: 'Brazil', tld: 'com.br', idLabel: 'CPF', regLabel: 'CNPJ',
  mob(d, mode) {
    const ddd = pick(['11', '21', '31', '41', '13', '15', '19', '17', '18', '16']), n = `9${digits(4)}-${digits(4)}`;
    return ph(d, 'phone_br', [`+55 ${ddd} ${n}`, `+55 (${ddd}) ${n}`, `+55${ddd}${n.replace('-', '')}`], [`(${ddd}) ${n}`, `${ddd} ${n}`], mode);
  },
  land(d, mode) { const ddd = pick(['11', '21', '31']), n = `3${digits(3)}-${digits(4)}`; return ph(d, 'phone_br', [`+55 ${ddd} ${n}`, `+55 (${ddd}) ${n}`], [`(${ddd}) ${n}`], mode); },
  natId(d) { return d.X('id_br_cpf', cpf()); },
  pp(d) { return ppX(d, 'pp_br', pick(['FZ', 'GA', 'YB', 'FX']) + digits(6)); },
  reg(d) { return d.X('reg_br', cnpj()); },
  vat(d) { return this.reg(d); },
  addr(d) { return `${pick(['Av. Paulista', 'Rua Augusta', 'Av. Rio Branco', 'Rua da Consolação'])}, ${ri(10, 2000)} - ${pick(['São Paulo - SP', 'Rio de Janeiro - RJ', 'Campinas - SP'])}, ${d.X('postcode', `${pad(ri(1000, 99999), 5)}-${pad(ri(0, 999), 3)}`)}, Brasil`; },
  res(d) { return d.X('res_br', `${letter('FGVW')}${digits(6)}-${ri(0, 9)}`); },
  comp() { return `${pick(['Comercial', 'Distribuidora', 'Importadora'])} ${pick(['Paulista', 'Rio Sul', 'Brasil Norte', 'Atlântico'])} Ltda.`; },
});
country('AE', {
  zh: '阿联酋', en: 'UAE', tld: 'ae', idLabel: 'Emirates ID', regLabel: 'Trade Licence',
  mob(d, mode) {
    const pre = pick(['50', '52', '54', '55', '56', '58']), a = digits(3), b = digits(4);
    return ph(d, 'phone_ae', [`+971 ${pre} ${a} ${b}`, `+971-${pre}-${a}${b}`, `+971${pre}${a}${b}`, `00971 ${pre} ${a} ${b}`], [`0${pre} ${a} ${b}`, `0${pre}-${a}${b}`, `0${pre}${a}${b}`], mode);
  },
  land(d, mode) { const x = pick(['4', '2', '6']), a = digits(3), b = digits(4); return ph(d, 'phone_ae', [`+971 ${x} ${a} ${b}`, `+971-${x}-${a}${b}`], [`0${x} ${a} ${b}`, `0${x}-${a}${b}`], mode); },
  natId(d) { return d.X('id_ae_eid', emiratesId()); },
  pp(d) { return this.natId(d); },
  reg(d) { return d.X('reg_ae', `${ri(100000, 999999)}`); },
  vat(d) { return d.X('vat', '100' + safeDigits(12)); },
  addr(d) { return `P.O. Box ${d.X('postcode', String(ri(1000, 99999)))}, ${pick(['Deira, Dubai', 'Jebel Ali Free Zone, Dubai', 'Al Reem Island, Abu Dhabi', 'Sharjah Airport Free Zone'])}, UAE`; },
  res(d) { return d.X('res_ae', emiratesId()); },
  comp() { return `${pick(['Al Noor', 'Gulf Star', 'Desert Rose', 'Al Safa', 'Blue Dhow'])} General Trading LLC`; },
  iban: 'AE',
});
country('SA', {
  zh: '沙特阿拉伯', en: 'Saudi Arabia', tld: 'com.sa', idLabel: 'Iqama', regLabel: 'CR',
  mob(d, mode) { const pre = '5' + pick(['0', '3', '4', '5', '6', '9']), a = digits(3), b = digits(4); return ph(d, 'phone_sa', [`+966 ${pre} ${a} ${b}`, `+966${pre}${a}${b}`, `00966 ${pre} ${a} ${b}`], [`0${pre} ${a} ${b}`, `0${pre}${a}${b}`], mode); },
  land(d, mode) { const a = digits(3), b = digits(4); return ph(d, 'phone_sa', [`+966 11 ${a} ${b}`, `+966 12 ${a} ${b}`], [`011 ${a} ${b}`, `012 ${a} ${b}`], mode); },
  natId(d) { return d.X('id_sa_iqama', '2' + digits(9)); },
  pp(d) { return this.natId(d); },
  reg(d) { return d.X('reg_sa', '10' + safeDigits(8)); },
  vat(d) { return d.X('vat', '3' + safeDigits(13) + '3'); },
  addr(d) { return `${pick(['King Fahd Road', 'Olaya Street', 'Prince Sultan Road'])}, ${pick(['Riyadh', 'Jeddah', 'Dammam'])} ${d.X('postcode', String(ri(11000, 34999)))}, Saudi Arabia`; },
  res(d) { return d.X('res_sa', '2' + digits(9)); },
  comp() { return `${pick(['Najd', 'Red Sea', 'Al Yamamah', 'Tabuk'])} Trading Est.`; },
});
country('NG', {
  zh: '尼日利亚', en: 'Nigeria', tld: 'com.ng', idLabel: 'NIN', regLabel: 'RC',
  mob(d, mode) { const pre = pick(['803', '806', '813', '816', '703', '706', '805', '807', '809', '817', '818', '909', '908']), a = digits(3), b = digits(4); return ph(d, 'phone_ng', [`+234 ${pre} ${a} ${b}`, `+234${pre}${a}${b}`, `+234-${pre}-${a}-${b}`], [`0${pre} ${a} ${b}`, `0${pre}${a}${b}`], mode); },
  land(d, mode) { const a = digits(3), b = digits(4); return ph(d, 'phone_ng', [`+234 1 ${a} ${b}`], [`01-${a} ${b}`], mode); },
  natId(d) { return d.X('id_ng_nin', safeDigits(11)); },
  pp(d) { return ppX(d, 'pp_ng', 'A' + digits(8)); },
  reg(d) { return d.X('reg_ng', `RC ${ri(100000, 1999999)}`); },
  vat(d) { return this.reg(d); },
  addr(d) { return `${ri(1, 80)} ${pick(['Adeola Odeku Street', 'Broad Street', 'Awolowo Road'])}, ${pick(['Victoria Island', 'Lagos Island', 'Ikoyi'])}, Lagos ${d.X('postcode', pick(['101241', '101001', '106104']))}, Nigeria`; },
  res(d) { return d.X('res_ng', `CERPAC ${letters(2)}${safeDigits(6)}`); },
  comp() { return `${pick(['Lagos', 'Eko', 'Niger Delta', 'Ikeja'])} ${pick(['Imports', 'Ventures', 'Trading'])} Ltd`; },
});
country('AU', {
  zh: '澳大利亚', en: 'Australia', tld: 'com.au', idLabel: 'TFN', regLabel: 'ABN',
  mob(d, mode) { const n = '4' + digits(8); return ph(d, 'phone_au', [`+61 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `+61${n}`, `+61 (0)${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `+61 ${n[0]} ${n.slice(1, 5)} ${n.slice(5)}`], [`0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `0${n}`], mode); },
  land(d, mode) { const a = pick(['2', '3', '7', '8']), b = '9' + digits(3), c = digits(4); return ph(d, 'phone_au', [`+61 ${a} ${b} ${c}`, `+61-${a}-${b}-${c}`], [`(0${a}) ${b} ${c}`, `0${a} ${b} ${c}`], mode); },
  natId(d) { return d.X('id_au_tfn', tfn()); },
  pp(d) { return ppX(d, 'pp_au', pick(['PA', 'PB', 'PE', 'N', 'RA']) + digits(7)); },
  reg(d) { return d.X('reg_au', abn()); },
  vat(d) { return this.reg(d); },
  addr(d) { const [a, c, pc] = pick([['Level 5, 100 George St', 'Sydney NSW', '2000'], ['12 Collins St', 'Melbourne VIC', '3000'], ['88 Queen St', 'Brisbane QLD', '4000'], ['7 Hay St', 'Perth WA', '6000']]); return `${a}, ${c} ${d.X('postcode', pc)}, Australia`; },
  res(d) { return d.X('res_au', `Visa Grant ${safeDigits(13)}`); },
  comp() { return `${pick(['Southern Cross', 'Harbour', 'Koala', 'Outback'])} ${pick(['Imports', 'Trading', 'Homewares'])} Pty Ltd`; },
  bank(d) { return `BSB ${d.X('bsb', `${pick(['062', '032', '083', '013'])}-${digits(3)}`)}, Acct ${d.X('bank_account', safeDigits(8))}`; },
});
country('HK', {
  zh: '中国香港', en: 'Hong Kong', tld: 'com.hk', idLabel: 'HKID', regLabel: 'BR No.',
  mob(d, mode) { const a = pick(['5', '6', '9']) + digits(3), b = digits(4); return ph(d, 'phone_hk', [`+852 ${a} ${b}`, `(852) ${a} ${b}`, `+852-${a}-${b}`, `+852${a}${b}`, `852-${a}${b}`], [`${a} ${b}`, `${a}${b}`], mode); },
  land(d, mode) { const a = pick(['2', '3']) + digits(3), b = digits(4); return ph(d, 'phone_hk', [`+852 ${a} ${b}`, `(852) ${a} ${b}`], [`${a} ${b}`], mode); },
  natId(d) { return d.X('id_hk', hkid()); },
  pp(d) { return ppX(d, 'pp_hk', 'K' + digits(8)); },
  reg(d) { return d.X('reg_hk', `${safeDigits(8)}-000-${pad(ri(1, 12), 2)}-${pad(ri(10, 24), 2)}-${ri(0, 9)}`); },
  vat(d) { return d.X('reg_hk', `CR No. ${safeDigits(7)}`); },
  addr(d) { return `${pick(['Flat 12B', 'Room 1203', 'Unit 5, 8/F'])}, ${pick(['Tower 2, Harbour City', 'Wing On Plaza', 'Lippo Centre'])}, ${pick(['Tsim Sha Tsui, Kowloon', 'Admiralty, Hong Kong', 'Kwun Tong, Kowloon'])}, Hong Kong`; },
  comp() { return `${pick(['Golden Dragon', 'Pearl River', 'Victoria', 'Kowloon Bay'])} ${pick(['Trading', 'Holdings', 'Industrial'])} Limited`; },
});
country('MO', {
  zh: '中国澳门', en: 'Macau', tld: 'com.mo', idLabel: 'BIR', regLabel: '商業登記',
  mob(d, mode) { const a = '6' + pick(['2', '3', '5', '6', '8']) + digits(2), b = digits(4); return ph(d, 'phone_mo', [`+853 ${a} ${b}`, `(853) ${a} ${b}`, `+853-${a}-${b}`], [`${a} ${b}`, `${a}${b}`], mode); },
  land(d, mode) { const a = '28' + digits(2), b = digits(4); return ph(d, 'phone_mo', [`+853 ${a} ${b}`, `(853) ${a} ${b}`], [`${a} ${b}`], mode); },
  natId(d) { return d.X('id_mo', `${pick(['1', '5', '7'])}${digits(6)}(${ri(0, 9)})`); },
  pp(d) { return ppX(d, 'pp_mo', 'MA' + digits(7)); },
  reg(d) { return d.X('reg_mo', `${ri(10000, 99999)}(SO)`); },
  vat(d) { return this.reg(d); },
  addr(d) { return `${pick(['澳門新馬路', '氹仔孫逸仙大馬路', '澳門友誼大馬路'])}${ri(1, 300)}號`; },
  comp() { return `${pick(['Lotus', 'Taipa', 'Cotai'])} Trading Co., Lda.`; },
});
country('TW', {
  zh: '中国台湾', en: 'Taiwan', tld: 'com.tw', idLabel: '身分證字號', regLabel: '統一編號',
  mob(d, mode) { const n = '9' + digits(8); return ph(d, 'phone_tw', [`+886 ${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`, `+886 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `+886-${n[0]}-${n.slice(1, 5)}-${n.slice(5)}`, `+886${n}`], [`0${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`, `0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `0${n}`], mode); },
  land(d, mode) { const a = pick(['2', '4']), b = '2' + digits(3), c = digits(4); return ph(d, 'phone_tw', [`+886-${a}-${b}-${c}`, `+886 ${a} ${b} ${c}`], [`(0${a})${b}-${c}`, `0${a}-${b}-${c}`], mode); },
  natId(d) { return d.X('id_tw', twId()); },
  pp(d) { return ppX(d, 'pp_tw', '3' + digits(8)); },
  reg(d) { return d.X('reg_tw', safeDigits(8)); },
  vat(d) { return this.reg(d); },
  addr(d) { const [pc, a] = pick([['110', '台北市信義區信義路五段'], ['300', '新竹市東區光復路二段'], ['407', '台中市西屯區台灣大道三段'], ['806', '高雄市前鎮區成功二路']]); return `${d.X('postcode', pc)}${a}${ri(1, 300)}號`; },
  comp() { const a = pick([['寶島', 'Formosa'], ['新竹', 'Hsinchu'], ['高雄', 'Kaohsiung']]), b = pick([['精密', 'Precision'], ['貿易', 'Trading'], ['電子', 'Electronics']]); return [`${a[0]}${b[0]}股份有限公司`, `${a[1]} ${b[1]} Co., Ltd.`]; },
});
const FC_WEIGHTS = [['DE', 8], ['GB', 6], ['US', 8], ['CA', 3], ['JP', 6], ['KR', 6], ['SG', 5], ['MY', 5], ['TH', 4], ['VN', 5], ['ID', 5], ['IN', 6],
  ['RU', 5], ['BR', 4], ['AE', 5], ['SA', 3], ['NG', 3], ['AU', 4], ['HK', 4], ['MO', 2], ['TW', 3]];
const pickCC = (only) => (only ? pick(only) : wpick(FC_WEIGHTS)[0]);

// foreign people
const LAT = {
  DE: [['Hans', 'Jürgen', 'Stefan', 'Thomas', 'Anna', 'Katrin', 'Sabine', 'Michael', 'Julia', 'Lukas', 'Felix', 'Monika', 'Uwe', 'Birgit'], ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Hoffmann', 'Schulz', 'Koch', 'Richter', 'Krüger', 'Wolf']],
  GB: [['Oliver', 'James', 'Emily', 'Charlotte', 'George', 'Harry', 'Sophie', 'Jack', 'Amelia', 'Thomas'], ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Roberts', 'Walker', 'Hughes']],
  US: [['Michael', 'Jennifer', 'David', 'Ashley', 'Robert', 'Sarah', 'Daniel', 'Jessica', 'Kevin', 'Megan'], ['Johnson', 'Miller', 'Davis', 'Garcia', 'Rodriguez', 'Martinez', 'Anderson', 'Clark', 'Lewis', 'Young']],
  CA: [['Liam', 'Emma', 'Noah', 'Olivia', 'Ethan', 'Chloe'], ['Tremblay', 'Gagnon', 'Roy', 'Martin', 'Campbell', 'MacDonald']],
  AU: [['Jack', 'Chloe', 'Liam', 'Olivia', 'Cooper', 'Mia'], ['Wilson', 'Thompson', 'Walker', 'White', 'Kelly', 'Ryan']],
  RU: [['Ivan', 'Olga', 'Dmitry', 'Elena', 'Sergey', 'Natalia', 'Alexey', 'Irina'], ['Petrov', 'Ivanova', 'Sokolov', 'Smirnova', 'Kuznetsov', 'Popova', 'Volkov', 'Morozova']],
  BR: [['João', 'Maria', 'Pedro', 'Ana', 'Lucas', 'Juliana', 'Rafael', 'Fernanda'], ['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Costa', 'Almeida', 'Ferreira']],
  IN: [['Rajesh', 'Priya', 'Amit', 'Sunita', 'Vikram', 'Anjali', 'Suresh', 'Deepak', 'Kavita', 'Arjun'], ['Kumar', 'Sharma', 'Patel', 'Reddy', 'Singh', 'Gupta', 'Iyer', 'Mehta', 'Nair', 'Joshi']],
  ID: [['Budi', 'Siti', 'Agus', 'Dewi', 'Rudi', 'Putri', 'Hendra', 'Wulan'], ['Santoso', 'Rahayu', 'Wijaya', 'Lestari', 'Hartono', 'Susanto', 'Gunawan', 'Setiawan']],
  TH: [['Somchai', 'Siriporn', 'Anan', 'Kanya', 'Prasit', 'Malee', 'Niran', 'Wipa'], ['Prasert', 'Chaiyaporn', 'Srisuk', 'Wongsa', 'Thongchai', 'Saetang', 'Boonmee', 'Rattana']],
  VN: [['An', 'Mai', 'Tuấn', 'Hương', 'Dũng', 'Lan', 'Minh', 'Hoa'], ['Nguyễn Văn', 'Trần Thị', 'Lê Minh', 'Phạm Thị', 'Hoàng Văn', 'Vũ Thị', 'Đặng Quốc', 'Bùi Thị']],
  AE: [['Ahmed', 'Fatima', 'Mohammed', 'Omar', 'Khalid', 'Aisha', 'Saeed', 'Mariam'], ['Al Mansouri', 'Al Hashimi', 'Al Suwaidi', 'Khan', 'Al Falasi', 'Al Nuaimi', 'Rahman', 'Al Marzouqi']],
  SA: [['Mohammed', 'Abdullah', 'Faisal', 'Noura', 'Saud', 'Reem'], ['Al Rashid', 'Al Otaibi', 'Al Qahtani', 'Al Harbi', 'Al Ghamdi', 'Al Dosari']],
  NG: [['Chinedu', 'Ngozi', 'Emeka', 'Aisha', 'Tunde', 'Funmilayo'], ['Okafor', 'Adeyemi', 'Nwosu', 'Bello', 'Balogun', 'Eze']],
  MY: [['Muhammad Faizal', 'Nur Aisyah', 'Ahmad Zaki', 'Siti Nurhaliza', 'Rajesh', 'Kavitha'], ['bin Ahmad', 'binti Abdullah', 'bin Hassan', 'binti Ismail', 'a/l Muthu', 'a/p Raman']],
  SG: [['Muhammad Hafiz', 'Nurul Ain', 'Rajan', 'Priya'], ['bin Osman', 'binti Rahman', 's/o Pillai', 'd/o Kumar']],
  HK: [['Tommy', 'Karen', 'Raymond', 'Winnie'], ['Chan', 'Wong', 'Leung', 'Lau']], MO: [['Ricardo', 'Ana'], ['Leong', 'Chan']], TW: [['Kevin', 'Amy'], ['Lin', 'Chen']],
  JP: [[], []], KR: [[], []],
};
const TRANSLIT = { DE: ['汉斯·穆勒', '安娜·施密特', '托马斯·韦伯', '尤利娅·费舍尔'], GB: ['奥利弗·史密斯', '艾米丽·琼斯'], US: ['迈克尔·约翰逊', '詹妮弗·米勒', '大卫·加西亚'],
  CA: ['丹尼尔·克拉克'], AU: ['杰克·威尔逊', '克洛伊·汤普森'], RU: ['伊万·彼得罗夫', '奥尔加·伊万诺娃'], BR: ['若昂·席尔瓦', '玛丽亚·桑托斯'], IN: ['拉杰什·库马尔', '普丽娅·夏尔马'],
  ID: ['布迪·桑托索', '德维·莱斯塔里'], TH: ['颂猜·巴塞'], VN: ['阮文安', '陈氏梅', '黎明俊'], AE: ['艾哈迈德·曼苏里', '法蒂玛·哈希米'], SA: ['穆罕默德·拉希德'], NG: ['奇内杜·奥卡福'] };
const ZH_ETHNIC = {
  SG: [[['陈', 'Tan'], ['林', 'Lim'], ['黄', 'Ng'], ['李', 'Lee'], ['张', 'Teo'], ['吴', 'Goh'], ['王', 'Ong'], ['郑', 'Tay'], ['刘', 'Lau'], ['杨', 'Yeo'], ['蔡', 'Chua'], ['许', 'Koh'], ['谢', 'Chia'], ['何', 'Ho'], ['郭', 'Kwek']],
    [['伟明', 'Wei Ming'], ['美玲', 'Mei Ling'], ['志强', 'Chee Keong'], ['俊杰', 'Jun Jie'], ['秀英', 'Siew Eng'], ['家豪', 'Kah Hoe'], ['丽华', 'Lay Hua'], ['国荣', 'Kok Weng'], ['慧敏', 'Hui Min'], ['建忠', 'Kian Tiong']], 0.65],
  HK: [[['陳', 'Chan'], ['李', 'Lee'], ['張', 'Cheung'], ['黃', 'Wong'], ['何', 'Ho'], ['林', 'Lam'], ['梁', 'Leung'], ['劉', 'Lau']],
    [['大文', 'Tai Man'], ['嘉欣', 'Ka Yan'], ['志明', 'Chi Ming'], ['美儀', 'Mei Yee'], ['家樂', 'Ka Lok'], ['詠詩', 'Wing Sze'], ['俊傑', 'Chun Kit']], 0.85],
  TW: [[['林', 'Lin'], ['陳', 'Chen'], ['張', 'Chang'], ['王', 'Wang'], ['黃', 'Huang'], ['吳', 'Wu'], ['蔡', 'Tsai']],
    [['志豪', 'Chih-Hao'], ['怡君', 'Yi-Chun'], ['建宏', 'Chien-Hung'], ['雅婷', 'Ya-Ting'], ['冠宇', 'Kuan-Yu'], ['淑芬', 'Shu-Fen'], ['家瑋', 'Chia-Wei']], 0.9],
  MO: [[['梁', 'Leong'], ['陳', 'Chan'], ['黃', 'Wong'], ['李', 'Lei'], ['何', 'Ho']], [['嘉偉', 'Ka Wai'], ['家欣', 'Ka Ian'], ['志強', 'Chi Keong'], ['美華', 'Mei Wa'], ['文傑', 'Man Kit']], 0.85],
};
ZH_ETHNIC.MY = [ZH_ETHNIC.SG[0], ZH_ETHNIC.SG[1], 0.5];
const JP_SUR = [['田中', 'タナカ', 'Tanaka'], ['鈴木', 'スズキ', 'Suzuki'], ['高橋', 'タカハシ', 'Takahashi'], ['渡辺', 'ワタナベ', 'Watanabe'], ['伊藤', 'イトウ', 'Ito'], ['山本', 'ヤマモト', 'Yamamoto'], ['中村', 'ナカムラ', 'Nakamura'], ['小林', 'コバヤシ', 'Kobayashi'], ['佐藤', 'サトウ', 'Sato'], ['加藤', 'カトウ', 'Kato']];
const JP_GIV = [['浩', 'ヒロシ', 'Hiroshi'], ['健', 'タケシ', 'Takeshi'], ['由紀', 'ユキ', 'Yuki'], ['明', 'アキラ', 'Akira'], ['健二', 'ケンジ', 'Kenji'], ['直子', 'ナオコ', 'Naoko'], ['由美', 'ユミ', 'Yumi'], ['大輔', 'ダイスケ', 'Daisuke'], ['翔太', 'ショウタ', 'Shota'], ['美咲', 'ミサキ', 'Misaki']];
const KR_SUR = [['김', '金', 'Kim'], ['이', '李', 'Lee'], ['박', '朴', 'Park'], ['최', '崔', 'Choi'], ['정', '鄭', 'Jung'], ['강', '姜', 'Kang'], ['조', '趙', 'Cho'], ['윤', '尹', 'Yoon']];
const KR_GIV = [['민준', '敏俊', 'Min-jun'], ['서연', '瑞妍', 'Seo-yeon'], ['지훈', '志勳', 'Ji-hoon'], ['수빈', '秀彬', 'Su-bin'], ['현우', '賢宇', 'Hyun-woo'], ['지은', '智恩', 'Ji-eun'], ['도윤', '道潤', 'Do-yoon'], ['하은', '夏恩', 'Ha-eun']];
function foreignPerson(cc, opts = {}) {
  const p = { cc };
  if (cc === 'JP') { const s = pick(JP_SUR), g = pick(JP_GIV); Object.assign(p, { kanji: s[0] + g[0], kana: `${s[1]} ${g[1]}`, first: g[2], last: s[2], latin: chance(0.5) ? `${s[2]} ${g[2]}` : `${g[2]} ${s[2]}` }); }
  else if (cc === 'KR') { const s = pick(KR_SUR), g = pick(KR_GIV); Object.assign(p, { hangul: s[0] + g[0], hanja: s[1] + g[1], first: g[2].replace('-', ''), last: s[2], latin: `${s[2]} ${g[2]}` }); }
  else if (ZH_ETHNIC[cc] && (opts.zh || chance(ZH_ETHNIC[cc][2])) && !opts.noZh) {
    const s = pick(ZH_ETHNIC[cc][0]), g = pick(ZH_ETHNIC[cc][1]);
    Object.assign(p, { zh: s[0] + g[0], first: g[1].replace(/[ -]/g, ''), last: s[1], latin: `${s[1]} ${g[1]}` });
  } else {
    const [F, L] = LAT[cc]; const first = pick(F), last = pick(L);
    Object.assign(p, { first, last, latin: cc === 'VN' ? `${last} ${first}` : `${first} ${last}` });
    if (TRANSLIT[cc] && chance(0.12)) p.translit = pick(TRANSLIT[cc]);
  }
  return p;
}
function fNameCell(d, fp, withLatin = true) {
  if (fp.zh) { const z = nameW(d, fp.zh); return withLatin && chance(0.45) ? `${z} (${d.X('name_latin', fp.latin)})` : z; }
  if (fp.cc === 'KR') { const r = ri(0, 2); if (r === 0) return d.X('name_hangul', fp.hangul); if (r === 1) return d.X('name_latin', fp.latin); return `${d.D('person_name_zh', fp.hanja)} ${d.X('name_latin', fp.latin)}`; }
  if (fp.cc === 'JP') { const r = ri(0, 2); if (r === 0) return d.D('person_name_zh', fp.kanji); if (r === 1) return d.X('name_latin', fp.latin); return `${d.D('person_name_zh', fp.kanji)}（${d.X('name_kana', fp.kana)}）`; }
  if (fp.translit && chance(0.6)) return d.D('person_name_zh', fp.translit);
  return d.X('name_latin', fp.latin);
}
const latinW = (d, fp) => d.X('name_latin', fp.latin);
const FC_TLD = Object.fromEntries(Object.values(FC).map((c) => [c.code, c.tld]));
function fCompany(cc) {
  const r = FC[cc].comp(); const [name, en] = Array.isArray(r) ? r : [r, r];
  const slug = asciiize(en).toLowerCase().replace(/\b(gmbh|ltd|llc|inc|co|pte|sdn|bhd|pty|limited|lda|est|pvt|ltda|tnhh|pt|ooo|general|trading|cong ty)\b\.?/g, ' ')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').split('-').filter(Boolean).slice(0, 2).join('-') || 'trade';
  return { cc, name, en, domain: `${slug}.${FC_TLD[cc]}` };
}
const ROLE = ['info', 'sales', 'purchasing', 'import', 'order', 'service', 'admin', 'export', 'procurement', 'accounts'];
function fEmail(d, fp, comp, opts = {}) {
  if (opts.role || chance(0.18)) return emailW(d, `${pick(ROLE)}@${comp.domain}`, { dc: true });
  const f = asciiize(fp.first).toLowerCase().replace(/[^a-z]/g, ''), l = asciiize(fp.last).toLowerCase().replace(/[^a-z]/g, '');
  const e = chance(0.75) ? `${f}.${l}@${comp.domain}`
    : `${f}${l}${ri(1, 99)}@${pick(fp.cc === 'KR' ? ['naver.com', 'daum.net', 'gmail.com'] : fp.cc === 'JP' ? ['yahoo.co.jp', 'gmail.com'] : ['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com'])}`;
  return emailW(d, e, { capitalize: true });
}
function fBank(d, cc) {
  const c = FC[cc];
  if (c.iban) return `IBAN ${d.X('iban', iban(c.iban))}, SWIFT ${d.X('swift', pick(SWIFTS[cc]))}`;
  if (c.bank) return `${c.bank(d)}, SWIFT ${d.X('swift', pick(SWIFTS[cc] || SWIFTS.US))}`;
  return `A/C ${d.X('bank_account', safeDigits(ri(10, 13)))}, SWIFT ${d.X('swift', pick(SWIFTS[cc] || SWIFTS.US))}`;
}

// ───────────────────────────── generic trade decoys ─────────────────────────────
const HS = ['8516.79.00', '8471.30.00', '9405.42.00', '6110.20.00', '3924.10.00', '8504.40.90', '9503.00.00', '6302.60.00', '8528.72.00', '8418.10.00',
  '9401.71.00', '8539.52.00', '8516.31.00', '7323.93.00', '4202.12.00', '8507.60.00', '9506.91.00', '6912.00.00'];
const HS10 = ['8516799000', '8471300000', '9405420000', '6110200090', '3924100000', '8504409999', '8507600090', '8516310000'];
const T = {
  hs: (d) => d.X('hs_code', chance(0.7) ? pick(HS) : pick(HS10)),
  bl: (d) => d.X('bl_no', safe(() => pick(['COSU', 'OOLU', 'EGLV', 'CMDU', 'HLCU', 'ONEY', 'YMLU', 'MEDU']) + digits(10))),
  hbl: (d) => d.X('bl_no', safe(() => pick(['SZX', 'NGB', 'SHA', 'XMN', 'QDG']) + pick(['HAM', 'RTM', 'LAX', 'SIN', 'JEA', 'DXB']) + digits(7))),
  cont: (d) => { const c = containerNo(); return d.X('container_no', chance(0.5) ? `${c.slice(0, 4)} ${c.slice(4, 10)} ${c.slice(10)}` : c); },
  seal: (d) => d.X('seal_no', safe(() => pick(['CN', 'SL', 'EMC', 'H']) + digits(7))),
  inv: (d) => d.X('invoice_no', safe(() => pick([`INV-${ri(2023, 2024)}-${pad(ri(1, 999), 4)}`, `CI${ri(23, 24)}${pad(ri(1, 12), 2)}${digits(4)}`, `PI-${ri(23, 24)}${pad(ri(1, 12), 2)}-${pad(ri(1, 99), 3)}`]))),
  po: (d) => d.X('po_no', safe(() => pick([`45${digits(8)}`, `PO-${ri(2023, 2024)}-${pad(ri(1, 9999), 5)}`, `PO${ri(2, 9)}${digits(6)}`]))),
  lc: (d) => d.X('lc_no', safe(() => pick([`ILC/${pick(['DE', 'HK', 'AE', 'IN', 'SG'])}/${ri(23, 24)}/${pad(ri(1, 99999), 5)}`, `${pad(ri(1, 999), 4)}LC${ri(23, 24)}${pad(ri(1, 999999), 6)}`, `DLC${ri(23, 24)}${letters(2)}${digits(5)}`]))),
  booking: (d) => d.X('booking_no', safe(() => pick([`${ri(2, 9)}${digits(8)}`, `SZX${ri(23, 24)}${pad(ri(1, 12), 2)}${digits(4)}`, `EBKG${digits(8)}`]))),
  inco: (d, port) => d.X('incoterms', `${pick(Object.values(FPORTS).includes(port) && port !== 'Hong Kong' ? ['CIF', 'CFR', 'DAP', 'DDP', 'CIP'] : ['FOB', 'EXW', 'FCA'])} ${port}`),
  sku: (d) => d.X('sku', `${pick(['LG', 'HX', 'NB', 'SZ', 'YW'])}-${pick(['PB', 'LED', 'KT', 'TW', 'YM'])}-${safeDigits(4)}-${pick(['BLK', 'WHT', 'RED', 'XL', 'GRY'])}`),
  asin: (d) => d.X('asin', 'B0' + alnum(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')),
  dhl: (d) => d.X('tracking_no', safeDigits(10)),
  track: (d) => d.X('tracking_no', pick([() => s10(pick(['LX', 'LP', 'RR', 'UA']), 'CN'), () => `UF${safeDigits(9)}YP`, () => `LP00${safeDigits(12)}`, () => `YT${safeDigits(16)}`, () => `1Z${alnum(5)}${letter()}${safeDigits(10)}`, () => safeDigits(12)])()),
  pnr: (d) => d.X('pnr', alnum(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ')),
  ticket: (d) => d.X('ticket_no', `${pick(['999', '784', '781', '176', '618', '157', '180'])}-${safeDigits(10)}`),
  conf: (d) => d.X('conf_no', pick([() => safeDigits(8), () => `${safeDigits(4)}.${safeDigits(3)}.${safeDigits(3)}`, () => `HX${alnum(6)}`])()),
  bankref: (d) => d.X('bank_ref', pick([() => `FT${ri(23, 24)}${pad(ri(1, 365), 3)}${alnum(5)}`, () => safe(() => `2024${pad(ri(1, 12), 2)}${pad(ri(1, 28), 2)}${digits(ri(8, 12))}`), () => `TRN${safeDigits(10)}`])()),
  paypal: (d) => d.X('paypal_txn', safe(() => `${ri(1, 9)}${alnum(2)}${digits(5)}${alnum(2)}${digits(6)}${letter()}`)),
  swift: (d, cc) => d.X('swift', pick(SWIFTS[cc] || SWIFTS.DE)),
};
const VESSELS = ['COSCO SHIPPING ARIES', 'MSC GULSUN', 'EVER GIVEN', 'CMA CGM JACQUES SAADE', 'MAERSK ESSEN', 'ONE APUS', 'OOCL HONG KONG', 'HMM ALGECIRAS'];
const FPORTS = { DE: 'Hamburg', GB: 'Felixstowe', US: 'Los Angeles', CA: 'Vancouver', JP: 'Tokyo', KR: 'Busan', SG: 'Singapore', MY: 'Port Klang', TH: 'Laem Chabang', VN: 'Ho Chi Minh City',
  ID: 'Tanjung Priok', IN: 'Nhava Sheva', RU: 'Vladivostok', BR: 'Santos', AE: 'Jebel Ali', SA: 'Jeddah', NG: 'Apapa', AU: 'Sydney', HK: 'Hong Kong', MO: 'Macau', TW: 'Kaohsiung' };

// ───────────────────────────── document kinds ─────────────────────────────
const TITLES_ZH = ['采购经理', '总经理', '外贸经理', '业务主管', '老板', '采购', '跟单', '财务'];
const TITLES_EN = ['Purchasing Manager', 'Managing Director', 'Buyer', 'Import Manager', 'CEO', 'Sourcing Manager', 'Owner', 'Logistics Coordinator', 'Category Manager'];
const csvCell = (s) => { s = String(s ?? ''); return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; };
const csvRow = (a) => a.map(csvCell).join(',');
const mdRow = (a) => '| ' + a.map((x) => String(x ?? '').replace(/\|/g, '/')).join(' | ') + ' |';
const FOREIGN_NOTE = [
  (d) => `样品DHL单号 ${T.dhl(d)}`, (d) => `PI ${T.inv(d)} 已确认`, (d) => `L/C at sight ${T.lc(d)}`, () => 'WhatsApp同号', () => '只接受T/T 30/70',
  (d) => `PO ${T.po(d)}`, () => '2024春季广交会认识', (d) => `上次提单 ${T.bl(d)}`, (d, c, cc) => `收款 ${fBank(d, cc)}`, () => '勿发广告邮件',
  (d, c) => `海外仓 ${c.addr(d)}`];
const CN_NOTE = ['老客户，月结30天', '2023广交会', '需开专票', '阿里巴巴询盘', '微信同号', '样品已寄', '转介绍', '展会新客户'];
const fNote = (d, c, cc) => pick(FOREIGN_NOTE)(d, c, cc);

// 1. export-customer CRM CSV
function genCrm(d) {
  const us = cnCompany(); const reps = [cnPerson(us.city), cnPerson(us.city), cnPerson(us.city)];
  const out = [`# ${us.zh} 外贸客户资料导出 CRM Export ${dateStr(2024)} — 内部资料`,
    '客户编号,客户名称,国家/地区,联系人,职务,手机/WhatsApp,办公电话,邮箱,证件类型,证件号码,税号/信用代码,地址,邮编,业务员,备注'];
  const n = ri(12, 18);
  for (let i = 0; i < n; i++) {
    const cid = `C${ri(2019, 2024)}-${pad(ri(1, 9999), 4)}`, rep = pick(reps);
    if (chance(0.38)) {
      const city = pick(CITIES), comp = cnCompany(city), p = cnPerson(city);
      const idc = chance(0.35) ? ['身份证', idW(d, p.id)] : ['', ''];
      out.push(csvRow([cid, comp.zh, '中国', nameW(d, p.name), pick(TITLES_ZH), mobW(d, p.mob, null, true), chance(0.7) ? landW(d, city, comp.sub, { ext: chance(0.2) }) : '',
        chance(0.5) ? pEmailW(d, p) : emailW(d, workEmail(p, comp)), ...idc, usccW(d, comp.uscc), cnAddr(city), city.post, nameW(d, rep.name), pick(CN_NOTE)]));
    } else {
      const cc = pickCC(), c = FC[cc], fp = foreignPerson(cc), comp = fCompany(cc);
      const idType = pick(['Passport', '护照', c.idLabel, c.idLabel, '']);
      const idNo = idType === '' ? '' : idType === c.idLabel ? c.natId(d) : c.pp(d);
      out.push(csvRow([cid, comp.name, c.zh, fNameCell(d, fp), pick(TITLES_EN), c.mob(d, 'any'), chance(0.75) ? c.land(d, 'any') : '', fEmail(d, fp, comp),
        idType, idNo, chance(0.8) ? c.vat(d) : '', c.addr(d), '', nameW(d, rep.name), fNote(d, c, cc)]));
    }
  }
  return out.join('\n') + '\n';
}

// 2. Canton Fair lead list (business cards)
function genCantonFair(d) {
  const us = cnCompany(); const ours = [cnPerson(us.city), cnPerson(us.city)];
  let t = `第${ri(133, 136)}届中国进出口商品交易会（广交会）${pick(['第一期', '第二期', '第三期'])}  展位号：${ri(1, 17)}.${ri(1, 3)} ${letter('ABCDEFGHJK')}${pad(ri(1, 40), 2)}-${pad(ri(1, 40), 2)}\n`;
  t += `参展单位：${us.zh}\n名片扫描录入 / Business card leads — 导出 ${dateStr(2024)} ${pad(ri(18, 22), 2)}:${pad(ri(0, 59), 2)}\n\n`;
  const n = ri(7, 11);
  for (let i = 0; i < n; i++) {
    const rep = pick(ours);
    t += `---- Lead #${pad(i + 1, 2)} ----\n`;
    if (chance(0.25)) {
      const city = pick(CITIES), comp = cnCompany(city), p = cnPerson(city);
      t += `公司：${comp.zh}\n姓名：${nameW(d, p.name)}　职务：${pick(TITLES_ZH)}\n手机：${mobW(d, p.mob)}\n电话：${landW(d, city, comp.sub)}\n`;
      t += `邮箱：${emailW(d, workEmail(p, comp))}\n统一社会信用代码：${usccW(d, comp.uscc)}\n地址：${cnAddr(city)}\n`;
    } else {
      const cc = pickCC(), c = FC[cc], fp = foreignPerson(cc), comp = fCompany(cc);
      t += `Company: ${comp.name}${comp.name !== comp.en ? ' / ' + comp.en : ''}\nName: ${fNameCell(d, fp)}\nTitle: ${pick(TITLES_EN)}\n`;
      t += `Mobile/WhatsApp: ${c.mob(d, 'any')}\nTel: ${c.land(d, 'any')}\nE-mail: ${fEmail(d, fp, comp)}\nWeb: www.${comp.domain}\nAddress: ${c.addr(d)}\n`;
      if (chance(0.4)) t += `${c.regLabel}: ${c.vat(d)}\n`;
    }
    t += `意向产品：${pick(PRODUCTS)}  MOQ ${ri(1, 20) * 100} pcs  目标价 ${T.inco(d, us.city.en)} USD ${ri(1, 30)}.${pad(ri(0, 99), 2)}\n`;
    t += `我方联系人：${nameW(d, rep.name)}（手机 ${mobW(d, rep.mob)}）\n\n`;
  }
  return t;
}

// 3. freight forwarder booking sheet
const EU = ['DE', 'GB'];
function genBooking(d) {
  const cc = pickCC(['DE', 'GB', 'US', 'JP', 'KR', 'SG', 'MY', 'TH', 'VN', 'ID', 'IN', 'RU', 'BR', 'AE', 'SA', 'NG', 'AU', 'CA']);
  const c = FC[cc], city = pick(EXPORT_CITIES), ship = cnCompany(city), sp = cnPerson(city);
  const cons = fCompany(cc), cp = foreignPerson(cc);
  const fwd = cnCompany(pick(EXPORT_CITIES)), op = cnPerson(fwd.city);
  const fwdName = `${fwd.city.city}${pick(BRANDS)[0]}国际货运代理有限公司`;
  let t = `${fwdName}\n订舱委托书 / BOOKING NOTE              委托编号：${T.booking(d)}\n日期：${dateStr(2024)}\n\n`;
  t += `SHIPPER 发货人：\n${ship.en}\n${ship.zh}\n统一社会信用代码：${usccW(d, ship.uscc)}\nADD: ${cnAddr(city)}\n`;
  t += `联系人：${nameW(d, sp.name)}  手机：${mobW(d, sp.mob)}  TEL：${landW(d, city, ship.sub)}\nE-mail：${emailW(d, workEmail(sp, ship))}\n\n`;
  t += `CONSIGNEE 收货人：\n${cons.en}\n${c.addr(d)}\nATTN: ${latinW(d, cp)}  TEL: ${c.land(d, 'any')}  MOB: ${c.mob(d, 'any')}\n`;
  t += `${c.regLabel}/VAT: ${c.vat(d)}${EU.includes(cc) ? `   EORI: ${d.X('eori', cc + safeDigits(12))}` : ''}\n\n`;
  if (chance(0.5)) t += 'NOTIFY PARTY 通知人：SAME AS CONSIGNEE\n\n';
  else {
    const nc = fCompany(cc), np = foreignPerson(cc);
    t += `NOTIFY PARTY 通知人：\n${nc.en}\n${c.addr(d)}\nCONTACT: ${latinW(d, np)}  PHONE: ${c.mob(d, 'any')}  ${c.regLabel}: ${c.vat(d)}\n\n`;
  }
  const nCont = ri(1, 3);
  t += `POL 起运港：${city.port}, China        POD 目的港：${FPORTS[cc]}\nVESSEL/VOY：${pick(VESSELS)} / ${ri(10, 99)}${letter('EWSN')}   ETD：${dateStr(2024)}\n`;
  t += `船公司订舱号 BOOKING NO.：${T.booking(d)}    箱型箱量：${nCont}x40HQ\n`;
  for (let i = 0; i < nCont; i++) t += `  CNTR ${i + 1}: ${T.cont(d)}  SEAL: ${T.seal(d)}  ${ri(500, 1800)} CTNS\n`;
  t += `HS CODE：${T.hs(d)}   品名 DESCRIPTION：${pick(PRODUCTS).toUpperCase()}\n件数：${ri(300, 2400)} CTNS   毛重：${ri(3000, 22000)} KGS   体积：${ri(20, 68)} CBM\n`;
  t += `贸易条款：${T.inco(d, city.port)}    运费：${pick(['PREPAID', 'COLLECT'])}\n唛头 MARKS：${cons.en.split(' ')[0].toUpperCase()} / PO# ${T.po(d)} / MADE IN CHINA\n`;
  t += `提单号 MBL：${T.bl(d)}   HBL：${T.hbl(d)}\n\n货代操作联系人：${nameW(d, op.name)}  手机 ${mobW(d, op.mob)}  邮箱 ${emailW(d, workEmail(op, fwd))}\n`;
  return t;
}

// 4. e-mail threads with foreign buyers (English and Chinese), signatures
function genEmail(d) {
  const cc = pickCC(['DE', 'GB', 'US', 'CA', 'JP', 'KR', 'SG', 'MY', 'TH', 'VN', 'ID', 'IN', 'RU', 'BR', 'AE', 'SA', 'NG', 'AU']);
  const c = FC[cc], us = cnCompany(), p = cnPerson(us.city), boss = cnPerson(us.city), drv = cnPerson(us.city);
  const fp = foreignPerson(cc, { noZh: true }), comp = fCompany(cc);
  const pMail = workEmail(p, us), bossMail = workEmail(boss, us);
  const fMailPersonal = (() => { const f = asciiize(fp.first).toLowerCase().replace(/[^a-z]/g, ''), l = asciiize(fp.last).toLowerCase().replace(/[^a-z]/g, ''); return `${f}.${l}@${comp.domain}`; })();
  const product = pick(PRODUCTS), pi = T.inv(d), date = (k) => `${pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, ${ri(1, 28)} ${pick(['Mar', 'Apr', 'May', 'Jun'])} 2024 ${pad(ri(8, 18), 2)}:${pad(ri(0, 59), 2)} ${k}`;
  const fSig = () => `Best regards,\n${latinW(d, fp)}\n${pick(TITLES_EN)}\n${comp.en}\n${c.addr(d)}\nTel: ${c.land(d, 'any')}\nMobile/WhatsApp: ${c.mob(d, 'any')}\n${emailW(d, fMailPersonal)}\n`;
  const pSig = () => `Best regards / 此致\n${d.D('person_name_zh', p.name)} ${p.en}\nExport Sales Manager 外贸经理\n${us.en}\n${us.zh}\nTel: ${landW(d, us.city, us.sub, { dc: true, style: pick(['p86dash', 'p86']) })}\n`
    + `Mob/WeChat/WhatsApp: ${mobW(d, p.mob, pick(['p86sp', 'p86dash', 'p86', 'z86', 'p86d3']))}\nE-mail: ${emailW(d, pMail)}\nUSCC: ${usccW(d, us.uscc)}\n`;
  const msgs = [];
  msgs.push(`From: ${latinW(d, fp)} <${emailW(d, fMailPersonal, { capitalize: true })}>\nTo: ${p.en} <${emailW(d, pMail)}>\nCc: ${emailW(d, `${pick(ROLE)}@${comp.domain}`, { dc: true })}\nDate: ${date('+0100')}\nSubject: RE: PI ${pi} / ${product}\n\n`
    + `Dear ${p.en.split(' ')[0]},\n\nThanks for the revised PI ${pi}. We confirm ${ri(2, 40) * 500} pcs of ${product}, ${T.inco(d, us.city.port)}.\n`
    + `Our bank will issue the L/C No. ${T.lc(d)} via ${T.swift(d, cc)} this week. Please use our new ${c.regLabel} ${c.vat(d)} on the commercial invoice.\n`
    + `Our forwarder in ${FPORTS[cc]} is ${latinW(d, foreignPerson(cc, { noZh: true }))}, phone ${c.mob(d, 'intl')}, office ${c.land(d, 'intl')}.\n`
    + (chance(0.5) ? `For the sample charge please debit my card ${cardW(d, makeForeignCard(pick(['Visa', 'Mastercard', 'JCB'])), 'sp')} exp ${pad(ri(1, 12), 2)}/${ri(25, 29)}.\n` : '')
    + `\n${fSig()}`);
  msgs.push(`From: ${p.en} <${emailW(d, pMail)}>\nTo: ${latinW(d, fp)} <${emailW(d, fMailPersonal)}>\nDate: ${date('+0800')}\nSubject: RE: RE: PI ${pi} / ${product}\n\n`
    + `Dear ${fp.first},\n\nWell received, thank you. Samples were sent by DHL AWB ${T.dhl(d)}. Container ${T.cont(d)} is booked on ${pick(VESSELS)}, B/L ${T.bl(d)}, HS code ${T.hs(d)}.\n`
    + `Our bank details: ${pick(['Bank of China', 'ICBC', 'China Merchants Bank'])} ${us.city.en} Branch, SWIFT ${T.swift(d, 'CN')}.\n`
    + `For anything urgent please call my mobile ${mobW(d, p.mob, pick(['p86sp', 'p86', 'z86dash', 'par86']))} (WhatsApp/WeChat).\n\n${pSig()}`);
  if (chance(0.8)) {
    const hotelId = chance(0.5);
    msgs.push(`发件人: ${d.D('person_name_zh', p.name)} <${emailW(d, pMail)}>\n收件人: ${d.D('person_name_zh', boss.name)} <${emailW(d, bossMail)}>\n主题: 转发: ${c.zh}客户 ${latinW(d, fp)} 下周来厂验货\n\n`
      + `${boss.name.slice(0, 1)}总：\n  ${c.zh}客户 ${latinW(d, fp)} 下周二到${us.city.city}验货，他的手机 ${c.mob(d, 'intl')}（${c.zh}号码，不是国内手机），护照号 ${c.pp(d)}。\n`
      + (hotelId ? `  酒店用我的身份证登记：${idW(d, p.id)}，我手机 ${mobW(d, p.mob)}。\n` : `  酒店已订，确认号 ${T.conf(d)}。\n`)
      + `  接机司机 联系人：${nameW(d, drv.name)}，手机 ${mobW(d, drv.mob)}。\n  验货后请财务开票，PI ${pi}，客户${c.regLabel} ${c.vat(d)}。\n\n${p.name}\n`);
  }
  return msgs.reverse().join('\n-----Original Message-----\n');
}

// 5. cross-border e-commerce order exports
function e164Digits(cc) { const tmp = new Doc('tmp', 0); const s = FC[cc].mob(tmp, 'intl'); return onlyDigits(s.replace(/^00/, '')); }
function genEcom(d) {
  const plat = pick(['amazon', 'aliexpress', 'shopee']), seller = cnCompany(), staff = cnPerson(seller.city), ret = cnPerson(seller.city);
  const out = [];
  const n = ri(10, 15);
  if (plat === 'amazon') {
    const [site, cc0] = pick([['amazon.de', 'DE'], ['amazon.co.uk', 'GB'], ['amazon.com', 'US'], ['amazon.co.jp', 'JP'], ['amazon.com.au', 'AU'], ['amazon.ca', 'CA'], ['amazon.ae', 'AE'], ['amazon.sg', 'SG']]);
    out.push(`店铺,${seller.en.replace(/ CO\., LTD\./, '')} Official,站点,${site},导出人,${nameW(d, staff.name)},卖家统一社会信用代码,${usccW(d, seller.uscc)},导出时间,${dateStr(2024)}`);
    out.push('order-id,purchase-date,buyer-email,buyer-name,buyer-phone-number,sku,asin,quantity,item-price,recipient-name,ship-address,ship-country,ship-phone-number,tracking-number');
    for (let i = 0; i < n; i++) {
      const cc = chance(0.85) ? cc0 : pickCC(), c = FC[cc];
      const oid = d.X('order_no', safe(() => `${pick(['302', '303', '305', '028', '171', '408', '249', '114', '112'])}-${digits(7)}-${digits(7)}`));
      const relay = emailW(d, `${alnum(14, 'abcdefghijklmnopqrstuvwxyz0123456789')}@marketplace.${site}`, { dc: true });
      let bn, phone;
      if (chance(0.15)) { const cp = cnPerson(); bn = nameW(d, cp.name); phone = chance(0.5) ? mobW(d, cp.mob, pick(['p86sp', 'p86', 'p86dash', 'z86'])) : c.mob(d, 'any'); }
      else { const fp = foreignPerson(cc); bn = fNameCell(d, fp, false); phone = c.mob(d, 'any'); }
      out.push(csvRow([oid, `${dateStr(2024)}T${pad(ri(0, 23), 2)}:${pad(ri(0, 59), 2)}:00+00:00`, relay, bn, phone, T.sku(d), T.asin(d), ri(1, 4), `${ri(9, 199)}.${pad(ri(0, 99), 2)}`, bn, c.addr(d), cc, chance(0.6) ? phone : c.land(d, 'any'), T.track(d)]));
    }
  } else if (plat === 'aliexpress') {
    out.push(`速卖通订单导出,店铺 ${seller.en.replace(/ CO\., LTD\./, '')} Store,操作员 ${nameW(d, staff.name)},${dateStr(2024)}`);
    out.push('订单号,下单时间,买家账号,收件人,电话,手机,国家,收货地址,SKU,数量,金额(USD),物流方式,物流单号');
    for (let i = 0; i < n; i++) {
      const cc = pickCC(['RU', 'BR', 'US', 'DE', 'GB', 'KR', 'SA', 'AE', 'AU', 'CA', 'JP', 'NG']), c = FC[cc], fp = foreignPerson(cc);
      const oid = d.X('order_no', safe(() => pick(['30', '80']) + digits(14)));
      const acct = d.X('buyer_id', `${cc.toLowerCase()}${safeDigits(9)}${letters(3, 'abcdefghijklmnopqrstuvwxyz')}`);
      out.push(csvRow([oid, `${dateStr(2024)} ${pad(ri(0, 23), 2)}:${pad(ri(0, 59), 2)}`, acct, fNameCell(d, fp, false), chance(0.5) ? c.land(d, 'any') : '', c.mob(d, 'any'), c.en, c.addr(d), T.sku(d), ri(1, 5), `${ri(3, 80)}.${pad(ri(0, 99), 2)}`, pick(['Cainiao Standard', 'AliExpress Premium', 'YANWEN', '4PX']), T.track(d)]));
    }
  } else {
    out.push(`Shopee Seller Centre — Order export — ${seller.en.replace(/ CO\., LTD\./, '')} (CNSC) — exported by ${nameW(d, staff.name)} ${dateStr(2024)}`);
    out.push('Order ID,Order Creation Date,Username (Buyer),Receiver Name,Phone Number,Delivery Address,Country,Product Name,SKU Reference No.,Quantity,Tracking Number*');
    for (let i = 0; i < n; i++) {
      const cc = pickCC(['SG', 'MY', 'TH', 'VN', 'TW', 'BR']), c = FC[cc], fp = foreignPerson(cc);
      const oid = d.X('order_no', `${ri(23, 24)}${pad(ri(1, 12), 2)}${pad(ri(1, 28), 2)}${alnum(6)}`);
      const user = d.X('buyer_id', `${asciiize(fp.first).toLowerCase().replace(/[^a-z]/g, '')}${safeDigits(4)}`);
      const phone = chance(0.5) ? d.X(`phone_${cc.toLowerCase()}`, e164Digits(cc)) : c.mob(d, 'any');
      out.push(csvRow([oid, `${dateStr(2024)} ${pad(ri(0, 23), 2)}:${pad(ri(0, 59), 2)}`, user, fNameCell(d, fp, false), phone, c.addr(d), c.en, pick(PRODUCTS), T.sku(d), ri(1, 3), T.track(d)]));
    }
  }
  out.push('');
  out.push(`退货仓 Return warehouse,${cnAddr(seller.city)},收件人,${nameW(d, ret.name)},手机,${mobW(d, ret.mob)},电话,${landW(d, seller.city, seller.sub, { dc: true })},客服邮箱,${emailW(d, `service@${seller.domain}`, { dc: true })}`);
  if (chance(0.5)) { const m = cnPerson(); out.push(`测试单(国内),${T.sku(d)},收件人,${nameW(d, m.name)},${maskMob(d, m.mob)},${cnAddr(m.city)}`); }
  return out.join('\n') + '\n';
}

// 6. overseas employee roster (expats: Chinese ID + foreign residence number)
function genExpat(d) {
  const us = cnCompany(pick(CITIES.filter((x) => ['北京', '上海', '深圳', '杭州', '武汉', '成都'].includes(x.city))));
  const ccs = shuffle(['AE', 'SA', 'SG', 'MY', 'ID', 'TH', 'VN', 'DE', 'GB', 'JP', 'KR', 'NG', 'BR', 'RU', 'AU']).slice(0, ri(2, 4));
  const out = [`${us.zh.replace('有限公司', '')}集团 海外派驻员工花名册（${ccs.map((x) => FC[x].zh).join('/')}项目部）  密级：内部`,
    '工号,姓名,性别,出生日期,身份证号,护照号,派驻国家,签证号,当地居留证件号,当地手机,当地办公电话,国内手机,邮箱,紧急联系人,关系,紧急联系人电话,工资卡号,当地住址,当地银行账户'];
  const n = ri(10, 15);
  for (let i = 0; i < n; i++) {
    const p = cnPerson(), cc = pick(ccs), c = FC[cc], em = cnPerson(p.city);
    const res = c.res ? c.res(d) : c.natId(d);
    const visa = d.X('visa_ref', { AE: () => `${ri(101, 301)}/${ri(2022, 2024)}/${safeDigits(7)}`, SA: () => `60${safeDigits(8)}`, SG: () => `WP ${safeDigits(8)}` }[cc]?.() || `${cc}V${safeDigits(8)}`);
    out.push(csvRow([`EMP${ri(10000, 99999)}`, nameW(d, p.name), p.male ? '男' : '女', `${p.y}-${pad(p.m, 2)}-${pad(p.dd, 2)}`, idW(d, p.id), ppW(d, makeCnPassport()), c.zh, visa, res,
      c.mob(d, 'any'), c.land(d, 'any'), mobW(d, p.mob), chance(0.6) ? emailW(d, workEmail(p, us)) : pEmailW(d, p), nameW(d, em.name), pick(['配偶', '父亲', '母亲', '兄弟', '姐妹']), mobW(d, em.mob),
      cardW(d, makeUnionPay()), c.addr(d), fBank(d, cc)]));
  }
  return out.join('\n') + '\n';
}

// 7. study-abroad agency student list
function genStudy(d) {
  const ag = cnCompany(pick(CITIES)), adv = cnPerson(ag.city);
  const dest = [['GB', '英国', ['University of Manchester', 'University College London', "King's College London", 'University of Edinburgh']],
    ['AU', '澳大利亚', ['University of Sydney', 'University of Melbourne', 'UNSW Sydney', 'Monash University']],
    ['US', '美国', ['Boston University', 'University of Southern California', 'New York University', 'Purdue University']],
    ['CA', '加拿大', ['University of Toronto', 'UBC', 'McGill University']], ['JP', '日本', ['早稲田大学', '東京大学', '大阪大学']],
    ['KR', '韩国', ['Yonsei University', 'Korea University']], ['SG', '新加坡', ['NUS', 'NTU', 'SMU']], ['MY', '马来西亚', ['University of Malaya', 'Monash Malaysia']]];
  const out = [`${ag.city.city}${pick(BRANDS)[0]}留学服务中心 2024 秋季入学学生名单  顾问：${nameW(d, adv.name)} 手机 ${mobW(d, adv.mob)}`,
    '学生编号,学生姓名,性别,身份证号,护照号码,学生手机,邮箱,家长姓名,家长手机,申请国家,目标院校,申请编号,录取/签证编号,雅思成绩单号,境外手机,宿舍/寄宿家庭电话,境外住址'];
  const n = ri(10, 14);
  for (let i = 0; i < n; i++) {
    const p = cnPerson(); p.y = ri(2000, 2006); p.id = makeId(pick(p.city.regions), p.y, p.m, Math.min(p.dd, daysIn(p.y, p.m)), p.male);
    const par = cnPerson(p.city); const [cc, zh, unis] = pick(dest); const c = FC[cc];
    const appRef = { GB: () => d.X('app_ref', `${safeDigits(3)}-${safeDigits(3)}-${safeDigits(4)}`), AU: () => d.X('app_ref', `${safeDigits(7)}`), US: () => d.X('app_ref', `CA${safeDigits(8)}`), CA: () => d.X('app_ref', `${ri(2023, 2024)}-${safeDigits(6)}`), JP: () => d.X('app_ref', `W${safeDigits(7)}`), KR: () => d.X('app_ref', `YS${safeDigits(6)}`), SG: () => d.X('app_ref', `A${safeDigits(7)}${letter()}`), MY: () => d.X('app_ref', `UM${safeDigits(6)}`) }[cc]();
    const visaRef = { GB: () => d.X('visa_ref', `CAS ${safe(() => 'E' + alnum(13))}`), AU: () => d.X('visa_ref', `CoE ${alnum(3)}${safeDigits(5)}`), US: () => d.X('visa_ref', `SEVIS N${safeDigits(10, '00')}`), CA: () => d.X('visa_ref', `E${safeDigits(9)}`), JP: () => d.X('visa_ref', `COE ${letters(2)}${safeDigits(6)}`), KR: () => d.X('visa_ref', `D-2 ${safeDigits(9)}`), SG: () => d.X('visa_ref', `IPA ${safeDigits(8)}`), MY: () => d.X('visa_ref', `EMGS ${safeDigits(9)}`) }[cc]();
    const trf = d.X('ielts_trf', safe(() => `${ri(23, 24)}CN${digits(6)}${(p.spy.toUpperCase() + 'XXXX').slice(0, 4)}${digits(3)}A`));
    out.push(csvRow([`S24${pad(i + 1, 3)}`, nameW(d, p.name), p.male ? '男' : '女', idW(d, p.id), ppW(d, makeCnPassport()), mobW(d, p.mob), pEmailW(d, p), nameW(d, par.name), mobW(d, par.mob),
      zh, pick(unis), appRef, visaRef, trf, chance(0.7) ? c.mob(d, 'any') : '', chance(0.7) ? c.land(d, 'any') : '', chance(0.6) ? c.addr(d) : '']));
  }
  return out.join('\n') + '\n';
}

// 8. international hotel guest list
function genHotel(d) {
  const city = pick(CITIES.filter((x) => ['上海', '北京', '广州', '深圳', '杭州', '厦门'].includes(x.city)));
  const clerk = cnPerson(city);
  const area = { 上海: ['外滩', '陆家嘴', '虹桥'], 北京: ['国贸', '王府井', '三里屯'], 广州: ['珠江新城', '天河'], 深圳: ['前海', '福田'], 杭州: ['西湖', '钱江新城'], 厦门: ['鼓浪屿', '环岛路'] }[city.city];
  const out = [`${city.city}${pick(area)}${pick(['国际', '君悦', '万豪', '希尔顿'])}酒店  在住宾客名单 In-house Guest List  ${dateStr(2024)}`,
    '房号,宾客姓名 Guest Name,国籍 Nationality,证件类型,证件号码,手机 Mobile,邮箱 E-mail,入住,离店,预订号 Conf. No.,担保卡 Guarantee Card,会员号 Member No.'];
  const n = ri(12, 18);
  for (let i = 0; i < n; i++) {
    const room = `${ri(5, 32)}${pad(ri(1, 40), 2)}`, a0 = new Date(Date.UTC(2024, ri(0, 11), ri(1, 28)));
    const arr = a0.toISOString().slice(0, 10), dep = new Date(a0.getTime() + ri(1, 9) * 864e5).toISOString().slice(0, 10);
    const member = chance(0.5) ? d.X('member_no', safeDigits(9)) : '';
    if (chance(0.4)) {
      const p = cnPerson(); const byId = chance(0.7);
      const card = chance(0.7) ? cardW(d, makeUnionPay()) : maskCard(d, makeUnionPay());
      out.push(csvRow([room, nameW(d, p.name), '中国 CHN', byId ? '身份证' : '护照', byId ? idW(d, p.id) : ppW(d, makeCnPassport()), chance(0.85) ? mobW(d, p.mob) : maskMob(d, p.mob), chance(0.6) ? pEmailW(d, p) : '', arr, dep, T.conf(d), card, member]));
    } else {
      const cc = pickCC(), c = FC[cc], fp = foreignPerson(cc), comp = fCompany(cc);
      let docType = 'Passport', docNo;
      if (cc === 'HK' || cc === 'MO') { docType = '回乡证'; docNo = d.D('cn_passport', (cc === 'HK' ? 'H' : 'M') + digits(8)); }
      else if (cc === 'TW') { docType = '台胞证'; docNo = d.D('cn_passport', safeDigits(8)); }
      else docNo = c.pp(d);
      const r = rnd(); let card;
      if (r < 0.6) card = cardW(d, makeForeignCard(pick(['Visa', 'Visa', 'Mastercard', 'JCB', 'Discover'])), pick(['bare', 'sp']));
      else if (r < 0.8) { const a = makeAmex(); card = d.X('amex_15', chance(0.5) ? a : `${a.slice(0, 4)} ${a.slice(4, 10)} ${a.slice(10)}`); }
      else card = maskCard(d, makeForeignCard('Visa'));
      out.push(csvRow([room, fNameCell(d, fp), `${c.zh} ${cc}`, docType, docNo, c.mob(d, 'any'), chance(0.6) ? fEmail(d, fp, comp) : '', arr, dep, T.conf(d), card, member]));
    }
  }
  out.push('', `经办人：${nameW(d, clerk.name)}　前台电话 ${landW(d, city, makeLandSub(city), { dc: true })}　（境外人员住宿登记已上传）`);
  return out.join('\n') + '\n';
}

// 9. immigration / visa agency files
function genVisa(d) {
  const ag = cnCompany(pick(CITIES)); const adv = cnPerson(ag.city);
  const cc = pickCC(['DE', 'GB', 'US', 'JP', 'KR', 'AU', 'SG', 'CA', 'TH', 'AE']); const c = FC[cc];
  const vtype = { DE: '申根 C 类商务签证', GB: 'UK Standard Visitor Visa', US: 'B1/B2', JP: '短期商务签证', KR: 'C-3-4 商务签证', AU: 'Visitor (600) Business', SG: 'Business Visit', CA: 'TRV', TH: 'Non-B', AE: 'Visit Visa 30 days' }[cc];
  const ref = { DE: () => `DEU-${ag.city.en.slice(0, 3).toUpperCase()}-${dateStr(2024, '')}-${pad(ri(1, 9999), 4)}`, GB: () => `GWF${safeDigits(9, '0')}`, US: () => `AA00${alnum(6)}`, JP: () => `JPN${safeDigits(7)}`, KR: () => `KVAC${safeDigits(8)}`, AU: () => `TRN EGO${safeDigits(8)}`, SG: () => `SAVE${safeDigits(8)}`, CA: () => `V${safeDigits(9)}`, TH: () => `TH${ri(23, 24)}${safeDigits(6)}`, AE: () => `${ri(101, 301)}/${ri(2023, 2024)}/${safeDigits(7)}` }[cc];
  let t = `${ag.zh.replace(/(电子|五金|家居用品|纺织|照明|机械|进出口|塑胶制品|工艺品|服饰|新能源|科技|箱包|小家电)/, '出入境服务')}\n签证申请资料汇总表   案件编号 VS-${dateStr(2024, '')}-${pad(ri(1, 99), 3)}\n`;
  t += `申请国家：${c.zh}（${vtype}）   送签地：${ag.city.city}签证中心\n经办顾问：${nameW(d, adv.name)}  直线 ${landW(d, ag.city, makeLandSub(ag.city))}  手机 ${mobW(d, adv.mob)}\n本公司统一社会信用代码：${usccW(d, ag.uscc)}\n\n`;
  const n = ri(2, 4); const emp = cnCompany();
  for (let i = 0; i < n; i++) {
    const p = cnPerson();
    t += `【申请人 ${i + 1}】\n  姓名：${nameW(d, p.name)}   拼音：${p.pinyin.toUpperCase()}   性别：${p.male ? '男' : '女'}   出生日期：${p.y}-${pad(p.m, 2)}-${pad(p.dd, 2)}\n`;
    t += `  身份证号：${idW(d, p.id)}\n  护照号码：${ppW(d, makeCnPassport())}   签发日期：${dateStr(ri(2019, 2023))}   签发地：${p.city.city}\n`;
    t += `  手机：${mobW(d, p.mob)}   邮箱：${pEmailW(d, p)}\n  工作单位：${emp.zh}（统一社会信用代码 ${usccW(d, emp.uscc)}）\n  户籍地址：${cnAddr(p.city)}\n`;
    t += `  预约/申请编号：${d.X('visa_ref', ref())}\n`;
    if (chance(0.5)) { const ec = cnPerson(p.city); t += `  紧急联系人：${nameW(d, ec.name)}  电话 ${mobW(d, ec.mob)}\n`; }
    t += '\n';
  }
  const inv = foreignPerson(cc, { noZh: true }), ic = fCompany(cc);
  t += `邀请方 / Inviter\n  Name: ${latinW(d, inv)}   Company: ${ic.en}\n  Tel: ${c.land(d, 'any')}   Mobile: ${c.mob(d, 'any')}\n  E-mail: ${fEmail(d, inv, ic)}\n  Address: ${c.addr(d)}\n  ${c.regLabel}: ${c.vat(d)}\n`;
  t += `酒店预订：${pick(['Hilton City Centre', 'Novotel', 'Park Hyatt', 'Holiday Inn Express', 'Marriott Downtown', 'ibis Central'])}  确认号 ${T.conf(d)}  酒店电话 ${c.land(d, 'intl')}\n`;
  t += `机票：PNR ${T.pnr(d)}  电子客票 ${T.ticket(d)}  ${T.ticket(d)}\n旅行保险保单号：${d.X('policy_no', `P${safeDigits(9)}${letters(2)}`)}\n`;
  return t;
}

// 10. overseas Chinese (华侨) association member list
function genHuaqiao(d) {
  const cc = pickCC(['ID', 'MY', 'TH', 'SG', 'US', 'GB', 'AU', 'BR', 'VN', 'AE', 'NG', 'DE', 'CA']); const c = FC[cc];
  const home = pick(CITIES.filter((x) => ['福州', '泉州', '厦门', '汕头', '广州', '佛山', '宁波'].includes(x.city)));
  const sec = cnPerson(home);
  const out = [`${c.zh}${home.city}同乡会 会员名册（${dateStr(2024)} 更新）  秘书处：${nameW(d, sec.name)} 电邮 ${pEmailW(d, sec)}`,
    `会员编号,姓名,当地名/英文名,性别,祖籍,居住国证件号(${c.idLabel}),居住国护照号,中国护照号,国内身份证号(如有),当地电话,工作单位电话,当地住址,国内亲属,亲属电话,电子邮箱,入会时间`];
  const n = ri(12, 16);
  for (let i = 0; i < n; i++) {
    const p = cnPerson(home), rel = cnPerson(home), fp = foreignPerson(cc, { noZh: true });
    if (['SG', 'MY'].includes(cc)) fp.latin = `${pick(ZH_ETHNIC.SG[0])[1]} ${pick(ZH_ETHNIC.SG[1])[1]}`;
    else if (!['ID', 'TH', 'VN'].includes(cc)) fp.latin = `${pick(['David', 'Michael', 'Amy', 'Jenny', 'Kevin', 'Linda', 'Tony', 'Grace', 'Daniel', 'Helen'])} ${cap(p.spy)}`;
    const keepsCn = chance(0.35);
    out.push(csvRow([`M${pad(ri(1, 999), 4)}`, nameW(d, p.name), latinW(d, fp), p.male ? '男' : '女', `${home.prov}${home.city}`, keepsCn ? '' : c.natId(d), !keepsCn && chance(0.6) ? c.pp(d) : '', keepsCn ? ppW(d, makeCnPassport()) : '',
      keepsCn && chance(0.7) ? idW(d, p.id) : '', c.mob(d, 'any'), chance(0.6) ? c.land(d, 'any') : '', chance(0.5) ? c.addr(d) : '', nameW(d, rel.name), mobW(d, rel.mob), chance(0.5) ? pEmailW(d, p) : '', `${ri(1998, 2024)}-${pad(ri(1, 12), 2)}`]));
  }
  out.push(`会馆电话,${c.land(d, 'any')},会馆地址,${c.addr(d)}`);
  return out.join('\n') + '\n';
}

// 11. payment reconciliation sheet (foreign cards, IBANs)
function genPayment(d) {
  const us = cnCompany(); const acc = cnPerson(us.city);
  const mon = ri(1, 12);
  const out = [`${us.zh} 2024年${mon}月 境外收款对账表  制表：${nameW(d, acc.name)}`,
    '日期,订单号,客户,国家/地区,付款方式,卡号/账号,持卡人/户名,SWIFT/BIC,金额,币种,手续费,银行流水号,状态'];
  const n = ri(14, 20);
  for (let i = 0; i < n; i++) {
    const r = rnd(), date = `2024-${pad(mon, 2)}-${pad(ri(1, daysIn(2024, mon)), 2)}`, so = d.X('order_no', `SO-${ri(2023, 2024)}-${pad(ri(1, 9999), 5)}`), amt = `${ri(80, 48000)}.${pad(ri(0, 99), 2)}`;
    if (r < 0.3) {
      const cc = pickCC(), c = FC[cc], fp = foreignPerson(cc, { noZh: true }), comp = fCompany(cc), brand = pick(['Visa', 'Visa', 'Mastercard', 'Mastercard', 'JCB']);
      out.push(csvRow([date, so, comp.en, c.zh, `Credit card (${brand})`, cardW(d, makeForeignCard(brand)), latinW(d, fp), '', amt, pick(['USD', 'EUR', 'GBP', 'AUD']), (amt * 0.03).toFixed(2), T.bankref(d), pick(['已到账', 'Settled'])]));
    } else if (r < 0.4) {
      const cc = pickCC(['US', 'GB', 'AU', 'SG', 'AE']), c = FC[cc], fp = foreignPerson(cc, { noZh: true }), comp = fCompany(cc), a = makeAmex();
      out.push(csvRow([date, so, comp.en, c.zh, 'Credit card (Amex)', d.X('amex_15', chance(0.5) ? a : `${a.slice(0, 4)} ${a.slice(4, 10)} ${a.slice(10)}`), latinW(d, fp), '', amt, 'USD', (amt * 0.035).toFixed(2), T.bankref(d), 'Settled']));
    } else if (r < 0.62) {
      const cc = pickCC(['DE', 'GB', 'AE', 'DE', 'GB']), comp = fCompany(cc);
      const ib = chance(0.5) ? iban(FC[cc].iban) : iban(pick(['NL', 'FR', 'IT', 'CH', 'BE', 'AT']));
      out.push(csvRow([date, so, comp.en, FC[cc].zh, 'T/T (SWIFT)', d.X('iban', ib), comp.en, T.swift(d, cc), amt, pick(['EUR', 'USD', 'GBP', 'AED']), '25.00', T.bankref(d), pick(['已到账', '待确认'])]));
    } else if (r < 0.72) {
      const cc = pickCC(['US', 'CA', 'AU', 'GB']), fp = foreignPerson(cc, { noZh: true }), comp = fCompany(cc);
      out.push(csvRow([date, so, comp.en, FC[cc].zh, 'PayPal', fEmail(d, fp, comp), latinW(d, fp), '', amt, 'USD', (amt * 0.044).toFixed(2), T.paypal(d), 'Completed']));
    } else if (r < 0.82) {
      const cc = pickCC(['US', 'JP', 'KR', 'SG', 'IN', 'AU']), comp = fCompany(cc);
      out.push(csvRow([date, so, comp.en, FC[cc].zh, 'T/T', fBank(d, cc), comp.en, '', amt, 'USD', '15.00', T.bankref(d), '已到账']));
    } else {
      const city = pick(CITIES), comp = cnCompany(city), p = cnPerson(city), k = rnd();
      let method, acct;
      if (k < 0.5) { method = '银联卡'; acct = cardW(d, makeUnionPay()); }
      else if (k < 0.7) { method = '银联卡'; acct = maskCard(d, makeUnionPay()); }
      else if (k < 0.85) { method = '支付宝'; acct = chance(0.5) ? mobW(d, p.mob) : maskMob(d, p.mob); }
      else { method = '支付宝'; acct = d.X('alipay_uid', safe(() => '2088' + digits(12))); }
      out.push(csvRow([date, so, comp.zh, '中国', method, acct, nameW(d, p.name), '', amt, 'CNY', '0.00', T.bankref(d), '已到账']));
    }
  }
  return out.join('\n') + '\n';
}

// 12. Korean / Japanese partner contact list
function genKrJp(d) {
  const cc = chance(0.5) ? 'KR' : 'JP', c = FC[cc], comp = fCompany(cc), us = cnCompany();
  const out = [];
  if (cc === 'KR') {
    out.push(`한중 무역 파트너 연락처 / 韩方合作伙伴通讯录 — ${comp.name} (${comp.en})  ${c.regLabel} ${c.reg(d)}`);
    out.push('성명,한자,직위,부서,휴대폰,전화,이메일,주민등록번호,비고');
    const n = ri(8, 12);
    for (let i = 0; i < n; i++) {
      const fp = foreignPerson('KR');
      out.push(csvRow([d.X('name_hangul', fp.hangul), chance(0.6) ? d.D('person_name_zh', fp.hanja) : '', pick(['대표이사', '부장', '과장', '대리', '사원']), pick(['해외영업부', '구매팀', '물류팀', '재무팀']),
        c.mob(d, 'any'), c.land(d, 'any'), fEmail(d, fp, comp), chance(0.5) ? c.natId(d) : '', pick([() => '초청장 발급용', () => '카톡 ID 동일', () => '', () => `주소 ${c.addr(d)}`])()]));
    }
  } else {
    out.push(`取引先連絡先一覧 / 日方合作伙伴通讯录 — ${comp.name}（${comp.en}）  ${c.regLabel} ${c.reg(d)}`);
    out.push('氏名,フリガナ,役職,部署,携帯,電話,メール,マイナンバー(源泉徴収用),住所');
    const n = ri(8, 12);
    for (let i = 0; i < n; i++) {
      const fp = foreignPerson('JP');
      out.push(csvRow([d.D('person_name_zh', fp.kanji), d.X('name_kana', fp.kana), pick(['代表取締役', '部長', '課長', '主任', '担当']), pick(['海外事業部', '購買部', '物流部']),
        c.mob(d, 'any'), c.land(d, 'any'), fEmail(d, fp, comp), chance(0.4) ? c.natId(d) : '', chance(0.5) ? c.addr(d) : '']));
    }
  }
  out.push('', '中方对接人 / 중국측 담당자 / 中国側担当', '姓名,职务,手机,办公电话,邮箱');
  for (let i = 0; i < ri(2, 4); i++) {
    const p = cnPerson(us.city);
    out.push(csvRow([nameW(d, p.name), pick(['外贸经理', '业务员', '跟单', '总经理']), mobW(d, p.mob, null, true), landW(d, us.city, makeLandSub(us.city)), emailW(d, workEmail(p, us))]));
  }
  out.push(`公司：${us.zh}，统一社会信用代码 ${usccW(d, us.uscc)}`);
  return out.join('\n') + '\n';
}

// 13. Indian / Indonesian distributor list
function genDistributor(d) {
  const cc = chance(0.5) ? 'IN' : 'ID', c = FC[cc], us = cnCompany(); const mgrs = [cnPerson(us.city), cnPerson(us.city)];
  const out = [];
  if (cc === 'IN') {
    out.push(`India Distributor Master — ${us.en} (印度经销商名录)  更新 ${dateStr(2024)}`);
    out.push('Distributor,City,Contact Person,Mobile,Landline,Email,GSTIN,PAN,Aadhaar (Proprietor),Bank,Pincode/Address,对接人,对接人手机,对接人邮箱');
  } else {
    out.push(`Daftar Distributor Indonesia — ${us.en} (印尼经销商名录)  更新 ${dateStr(2024)}`);
    out.push('Distributor,Kota,Kontak,HP/WhatsApp,Telepon,Email,NPWP,NIK,Bank,Alamat,对接人,对接人手机,对接人邮箱');
  }
  const n = ri(10, 14);
  for (let i = 0; i < n; i++) {
    const fp = foreignPerson(cc), comp = fCompany(cc), m = pick(mgrs);
    const mgr = [nameW(d, m.name), mobW(d, m.mob, null, true), emailW(d, workEmail(m, us))];
    if (cc === 'IN') out.push(csvRow([comp.en, pick(['Mumbai', 'Delhi', 'Bengaluru', 'Chennai', 'Pune', 'Ahmedabad']), latinW(d, fp), c.mob(d, 'any'), chance(0.6) ? c.land(d, 'any') : '', fEmail(d, fp, comp),
      c.reg(d), d.X('reg_in', panNo()), chance(0.5) ? c.natId(d) : '', c.bank(d), c.addr(d), ...mgr]));
    else out.push(csvRow([comp.en, pick(['Jakarta', 'Surabaya', 'Bandung', 'Medan', 'Semarang']), latinW(d, fp), c.mob(d, 'any'), chance(0.6) ? c.land(d, 'any') : '', fEmail(d, fp, comp),
      c.reg(d), chance(0.6) ? c.natId(d) : '', `${pick(['BCA', 'Mandiri', 'BNI', 'BRI'])} ${d.X('bank_account', safeDigits(10))}`, c.addr(d), ...mgr]));
  }
  return out.join('\n') + '\n';
}

// 14. WhatsApp / WeChat chat exports
function genChat(d) {
  const cc = pickCC(['DE', 'GB', 'US', 'JP', 'KR', 'SG', 'MY', 'TH', 'VN', 'ID', 'IN', 'RU', 'BR', 'AE', 'SA', 'NG', 'AU']), c = FC[cc];
  const us = cnCompany(), p = cnPerson(us.city), p2 = cnPerson(us.city), p3 = cnPerson(us.city), fp = foreignPerson(cc, { noZh: true }), comp = fCompany(cc);
  const wa = chance(0.55);
  const pName = wa ? p.en : p.name, fName = fp.latin;
  const lines = [];
  const fromP = (msg) => lines.push({ who: 'p', msg }), fromF = (msg) => lines.push({ who: 'f', msg });
  const P_MSG = [
    () => `我的手机 ${mobW(d, p.mob, pick(['p86sp', 'p86', 'bare', 'dash']))}，微信同号`,
    () => `My Chinese mobile is ${mobW(d, p.mob, pick(['p86sp', 'p86dash', 'z86', 'par86']))} (WeChat same)`,
    () => `Samples sent by DHL ${T.dhl(d)}`,
    () => `Container ${T.cont(d)} loaded, B/L ${T.bl(d)}`,
    () => `PI ${T.inv(d)} attached, please check`,
    () => `我们工厂厂长 联系人：${nameW(d, p2.name)}，手机 ${mobW(d, p2.mob)}，你到了直接打他`,
    () => `定金可以打我们老板的卡：${cardW(d, makeUnionPay(), 'sp')}，户名 ${nameW(d, p3.name)}，开户行 中国银行${us.city.city}分行`,
    () => `邀请函用我的护照号 ${ppW(d, makeCnPassport())}`,
    () => `手机：${mobW(d, p.mob, 'fw')}`,
    () => `Our SWIFT is ${T.swift(d, 'CN')}, beneficiary ${us.en}`,
    () => `HS code ${T.hs(d)}, ${T.inco(d, us.city.port)}`,
    () => `邮箱发你了：${emailW(d, workEmail(p, us))}`,
    () => `office landline ${landW(d, us.city, us.sub, { style: pick(['p86', 'p86dash']) })}`,
  ];
  const F_MSG = [
    () => `My new number is ${c.mob(d, 'intl')}`,
    () => `Please call my office ${c.land(d, 'intl')}`,
    () => `In ${c.en} you can reach me at ${c.mob(d, 'any')} (local ${c.en} number)`,
    () => `Our forwarder ${latinW(d, foreignPerson(cc, { noZh: true }))}: ${c.mob(d, 'intl')}`,
    () => `For the invitation letter: passport ${c.pp(d)}`,
    () => `Bank details for refund: ${fBank(d, cc)}`,
    () => `You can charge the sample fee to my card ${cardW(d, makeForeignCard(pick(['Visa', 'Mastercard', 'JCB'])), 'sp')}`,
    () => `Our ${c.regLabel} is ${c.vat(d)}`,
    () => `Ship to: ${comp.en}, ${c.addr(d)}`,
    () => `PO ${T.po(d)} confirmed, L/C ${T.lc(d)} opened`,
    () => `email me at ${fEmail(d, fp, comp)}`,
  ];
  const n = ri(9, 14);
  const fq = shuffle(F_MSG.slice()), pq = shuffle(P_MSG.slice()); // no message template twice
  for (let i = 0; i < n; i++) (i % 2 === 0 ? fromF : fromP)((i % 2 === 0 ? fq.pop() : pq.pop())());
  let t; const day = dateStr(2024); let mins = ri(8 * 60, 11 * 60); const tm = () => { mins += ri(1, 25); return `${pad(Math.floor(mins / 60) % 24, 2)}:${pad(mins % 60, 2)}:${pad(ri(0, 59), 2)}`; };
  const pn = wa ? d.X('name_latin', p.en) : d.D('person_name_zh', p.name);
  if (wa) {
    const fLabel = chance(0.4) ? c.mob(d, 'intl') : latinW(d, fp);
    const [y, m, dd] = day.split('-');
    t = `WhatsApp Chat with ${fLabel}\n\n` + lines.map((l) => `[${dd}/${m}/${y}, ${tm()}] ${l.who === 'p' ? pn : fLabel}: ${l.msg}`).join('\n');
  } else {
    const fLabel = latinW(d, fp);
    t = `微信聊天记录导出 — 与 ${fLabel} 的聊天\n————— ${day} —————\n` + lines.map((l) => `${l.who === 'p' ? pn : fLabel} ${tm()}\n${l.msg}\n`).join('\n');
  }
  return t + '\n';
}

// 15. fixed-width text report
function genFixed(d) {
  const us = cnCompany();
  const W = [4, 22, 6, 24, 24, 26, 36];
  const fmt = (a) => a.map((x, i) => String(x).padEnd(W[i])).join(' ').trimEnd();
  const lines = [`${us.en}  OVERSEAS CUSTOMER CONTACT REPORT                RUN ${dateStr(2024)} 08:00   PAGE 1/1`,
    `REGION: ${pick(['EMEA', 'APAC', 'AMERICAS', 'GLOBAL'])}   SOURCE: CRM/CUST_MASTER   CLASS: CONFIDENTIAL`, '-'.repeat(150),
    fmt(['NO', 'NAME/姓名', 'CTRY', 'MOBILE/手机', 'TEL/电话', 'ID/PASSPORT NO.', 'EMAIL']), '-'.repeat(150)];
  const n = ri(14, 20);
  for (let i = 0; i < n; i++) {
    if (chance(0.4)) {
      const p = cnPerson(), comp = cnCompany(p.city);
      lines.push(fmt([pad(i + 1, 3), nameW(d, p.name), 'CN', mobW(d, p.mob, null, true), chance(0.6) ? landW(d, p.city, comp.sub) : '-', chance(0.6) ? idW(d, p.id) : ppW(d, makeCnPassport()), chance(0.7) ? pEmailW(d, p) : '-']));
    } else {
      const cc = pickCC(), c = FC[cc], fp = foreignPerson(cc), comp = fCompany(cc);
      lines.push(fmt([pad(i + 1, 3), fNameCell(d, fp, false), cc, c.mob(d, 'any'), chance(0.6) ? c.land(d, 'any') : '-', chance(0.6) ? c.pp(d) : c.natId(d), chance(0.7) ? fEmail(d, fp, comp) : '-']));
    }
  }
  lines.push('-'.repeat(150), `TOTAL RECORDS: ${n}     *** END OF REPORT ***`);
  return lines.join('\n') + '\n';
}

// 16. Markdown (wiki page: overseas trip + customer visits)
function genMarkdown(d) {
  const us = cnCompany(); const cc = pickCC(['DE', 'GB', 'US', 'JP', 'KR', 'SG', 'MY', 'TH', 'VN', 'ID', 'IN', 'AE', 'BR', 'AU', 'RU']); const c = FC[cc];
  let t = `# ${ri(2024, 2025)}年${pick(['上半年', '下半年', 'Q2', 'Q3', 'Q4'])} ${c.zh}市场出差及客户拜访计划\n\n> 内部资料，请勿外传。负责人：${nameW(d, cnPerson(us.city).name)}\n\n## 出差人员\n\n`;
  t += mdRow(['姓名', '部门', '身份证号', '护照号', '手机', '邮箱']) + '\n' + mdRow(['---', '---', '---', '---', '---', '---']) + '\n';
  for (let i = 0; i < ri(3, 5); i++) { const p = cnPerson(us.city); t += mdRow([nameW(d, p.name), pick(['外贸部', '技术部', '总经办', '售后部']), idW(d, p.id), ppW(d, makeCnPassport()), mobW(d, p.mob), emailW(d, workEmail(p, us))]) + '\n'; }
  t += `\n## 拜访客户（${c.zh}）\n\n` + mdRow(['客户', '联系人', '手机', '办公电话', '邮箱', c.regLabel, '地址']) + '\n' + mdRow(['---', '---', '---', '---', '---', '---', '---']) + '\n';
  for (let i = 0; i < ri(4, 7); i++) { const fp = foreignPerson(cc), comp = fCompany(cc); t += mdRow([comp.en, fNameCell(d, fp), c.mob(d, 'any'), c.land(d, 'any'), fEmail(d, fp, comp), c.vat(d), c.addr(d)]) + '\n'; }
  t += `\n## 当地接待 / 司机\n\n- 司机 ${latinW(d, foreignPerson(cc, { noZh: true }))}：${c.mob(d, 'any')}\n- 酒店 ${pick(['Hilton', 'Novotel', 'Marriott', 'Hyatt Regency'])}：${c.land(d, 'any')}，确认号 ${T.conf(d)}\n`;
  if (chance(0.6)) { const cn = cnPerson(); t += `- 当地华人翻译 联系人：${nameW(d, cn.name)}，中国手机 ${mobW(d, cn.mob, 'p86sp')}，当地手机 ${c.mob(d, 'any')}\n`; }
  t += `\n## 费用\n\n| 项目 | 金额 | 支付方式 |\n| --- | --- | --- |\n| 机票 ${T.pnr(d)} | CNY ${ri(5, 30)}000 | 公务卡 ${cardW(d, makeUnionPay(), 'sp')} |\n| 酒店 | ${ri(800, 2400)} ${pick(['EUR', 'USD', 'JPY'])} | 公务卡 ${maskCard(d, makeUnionPay())} |\n| 样品运费 DHL ${T.dhl(d)} | ${ri(200, 900)} USD | 月结 |\n`;
  return t;
}

// 17. JSON export from a CRM API
function genJson(d) {
  const us = cnCompany(); const recs = [];
  const n = ri(6, 9);
  for (let i = 0; i < n; i++) {
    if (chance(0.4)) {
      const city = pick(CITIES), comp = cnCompany(city), contacts = [];
      for (let k = 0; k < ri(1, 2); k++) {
        const p = cnPerson(city); const idt = chance(0.6) ? 'RESIDENT_ID' : 'PASSPORT';
        contacts.push({ contactName: nameW(d, p.name), title: pick(TITLES_ZH), mobile: mobW(d, p.mob, null, true), phone: landW(d, city, makeLandSub(city)), email: pEmailW(d, p), idType: idt, idNo: idt === 'RESIDENT_ID' ? idW(d, p.id) : ppW(d, makeCnPassport()) });
      }
      recs.push({ customerId: `CN-${pad(ri(1, 99999), 5)}`, companyName: comp.zh, country: 'CN', uscc: usccW(d, comp.uscc), address: cnAddr(city), contacts, owner: nameW(d, cnPerson(us.city).name) });
    } else {
      const cc = pickCC(), c = FC[cc], comp = fCompany(cc), contacts = [];
      for (let k = 0; k < ri(1, 2); k++) {
        const fp = foreignPerson(cc); const idt = pick(['PASSPORT', 'NATIONAL_ID', null]);
        contacts.push({ contactName: fNameCell(d, fp, false), title: pick(TITLES_EN), mobile: c.mob(d, 'any'), phone: c.land(d, 'any'), email: fEmail(d, fp, comp), idType: idt, idNo: idt === 'PASSPORT' ? c.pp(d) : idt ? c.natId(d) : null });
      }
      recs.push({ customerId: `${cc}-${pad(ri(1, 99999), 5)}`, companyName: comp.name, country: cc, taxId: c.vat(d), address: c.addr(d), contacts, owner: nameW(d, cnPerson(us.city).name), lastOrder: { po: T.po(d), invoice: T.inv(d), incoterms: T.inco(d, FPORTS[cc]) } });
    }
  }
  return JSON.stringify({ exportedAt: `${dateStr(2024)}T02:00:00Z`, source: 'crm.internal/api/v2/customers', exportedBy: d.D('email', `crm-bot@${us.domain}`), records: recs }, null, 2) + '\n';
}

// 18-21. decoy-only documents
function genDecoyContacts(d) {
  const out = ['Overseas Agents & Buyers — contact list (foreign only) / 海外代理及客户通讯录（仅境外）', 'Name,Company,Country,Mobile,Office,Address,Reg./VAT,National ID,Mailbox,Notes'];
  const n = ri(14, 20);
  for (let i = 0; i < n; i++) {
    const cc = pickCC(), c = FC[cc], fp = foreignPerson(cc, { noZh: true }), comp = fCompany(cc);
    const name = fp.cc === 'KR' ? (chance(0.5) ? d.X('name_hangul', fp.hangul) : latinW(d, fp)) : fp.cc === 'JP' && chance(0.4) ? d.X('name_kana', fp.kana) : latinW(d, fp);
    out.push(csvRow([name, comp.en, c.en, c.mob(d, 'any'), c.land(d, 'any'), c.addr(d), c.vat(d), `${c.idLabel} ${c.natId(d)}`, emailW(d, `${pick(ROLE)}@${comp.domain}`, { dc: true }), pick([() => '', () => 'WhatsApp preferred', () => 'prefers calls after 3pm CET', () => `ID ${c.natId(d)}`, () => `Passport ${c.pp(d)}`, () => `Acct: ${fBank(d, cc)}`])()]));
  }
  return out.join('\n') + '\n';
}
function genDecoyCustoms(d) {
  const cc = pickCC(['DE', 'GB', 'US', 'AU', 'JP', 'KR', 'IN', 'AE']), c = FC[cc], imp = fCompany(cc), broker = fCompany(cc), bp = foreignPerson(cc, { noZh: true });
  const exp = cnCompany();
  let t = cc === 'US' ? `U.S. CUSTOMS AND BORDER PROTECTION — ENTRY SUMMARY (CBP Form 7501)\nEntry No.: ${d.X('customs_no', `${letters(3)}-${safeDigits(7)}-${ri(0, 9)}`)}   Entry Type: 01   Port Code: ${pick(['2704', '2709', '3001', '1001'])}\n`
    : `IMPORT DECLARATION / ${cc === 'DE' ? 'Zollanmeldung (ATLAS)' : cc === 'GB' ? 'CDS Import Declaration' : 'Customs Entry'}\nMRN: ${d.X('mrn', safe(() => `${ri(23, 24)}${cc}${alnum(13, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}${ri(0, 9)}`))}   Procedure: 4000   Office: ${cc}${safeDigits(6)}\n`;
  t += `\nEXPORTER / CONSIGNOR: ${exp.en}, ${exp.city.en}, CHINA\nIMPORTER / CONSIGNEE: ${imp.en}\n  ${c.addr(d)}\n  ${EU.includes(cc) ? `EORI ${d.X('eori', cc + safeDigits(12))}` : `${c.regLabel} ${c.vat(d)}`}\n`;
  t += `DECLARANT / BROKER: ${broker.en}, attn. ${latinW(d, bp)}, tel ${c.land(d, 'any')}, mobile ${c.mob(d, 'any')}\n\n`;
  t += `Transport: ${pick(VESSELS)}  B/L ${T.bl(d)}  HBL ${T.hbl(d)}\nContainers: ${T.cont(d)}, ${T.cont(d)}   Seals: ${T.seal(d)}, ${T.seal(d)}\n`;
  t += `Invoice: ${T.inv(d)}   Terms: ${T.inco(d, FPORTS[cc])}   Country of origin: CN\n\nITEM  COMMODITY CODE   DESCRIPTION                         QTY      CUSTOMS VALUE   DUTY\n`;
  for (let i = 1; i <= ri(3, 7); i++) t += `${String(i).padEnd(6)}${T.hs(d).padEnd(17)}${pick(PRODUCTS).toUpperCase().padEnd(36)}${String(ri(100, 9000)).padEnd(9)}${(`${ri(1000, 90000)}.00`).padEnd(16)}${ri(0, 12)}.${ri(0, 9)}%\n`;
  t += `\nDuty deferment / payer: ${fBank(d, cc)}\nPreference: none (no EUR.1)   Licence: N/A\n`;
  return t;
}
function genDecoyInvoice(d) {
  const hk = fCompany('HK'), cc = pickCC(['DE', 'GB', 'AE', 'US', 'AU', 'SG', 'IN', 'BR']), c = FC[cc], buyer = fCompany(cc), bp = foreignPerson(cc, { noZh: true });
  let t = `${hk.en.toUpperCase()}\n${FC.HK.addr(d)}\nTel: ${FC.HK.land(d, 'intl')}   BR No. ${FC.HK.reg(d)}   E-mail: ${emailW(d, `accounts@${hk.domain}`, { dc: true })}\n\n`;
  t += `COMMERCIAL INVOICE\nInvoice No.: ${T.inv(d)}    Date: ${dateStr(2024)}    Your PO: ${T.po(d)}    L/C No.: ${T.lc(d)}\n\n`;
  t += `Sold to: ${buyer.en}\n  ${c.addr(d)}\n  ${c.regLabel}/VAT: ${c.vat(d)}\n  Attn: ${latinW(d, bp)}  Tel: ${c.land(d, 'intl')}\n\n`;
  t += `Shipment: ${T.inco(d, pick(['Shenzhen', 'Hong Kong', 'Ningbo']))}  via ${pick(VESSELS)}, B/L ${T.bl(d)}, container ${T.cont(d)}\n\n`;
  t += '| Item | HS code | Description | Qty | Unit price USD | Amount USD |\n|---|---|---|---|---|---|\n';
  let tot = 0;
  for (let i = 1; i <= ri(3, 6); i++) { const q = ri(100, 5000), u = ri(1, 40) + ri(0, 99) / 100; tot += q * u; t += `| ${i} | ${T.hs(d)} | ${pick(PRODUCTS)} (${T.sku(d)}) | ${q} | ${u.toFixed(2)} | ${(q * u).toFixed(2)} |\n`; }
  t += `\nTOTAL: USD ${tot.toFixed(2)}\n\nIncoterms 2020 responsibility table:\n| Term | Risk passes | Freight | Insurance |\n|---|---|---|---|\n| ${T.inco(d, 'Hong Kong')} | at origin | buyer | buyer |\n| ${T.inco(d, FPORTS[cc])} | at destination / on board | seller | seller |\n\n`;
  t += `BANK DETAILS (Beneficiary): ${hk.en}\n  HSBC Hong Kong, A/C No. ${d.X('bank_account', `${safeDigits(3)}-${safeDigits(6)}-${safeDigits(3)}`)}, SWIFT ${T.swift(d, 'HK')}\n  Intermediary: ${pick([['Deutsche Bank Frankfurt', 'DEUTDEFF'], ['JPMorgan Chase New York', 'CHASUS33'], ['Citibank N.A. New York', 'CITIUS33']]).map((x, i) => (i ? 'SWIFT ' + d.X('swift', x) : x)).join(', ')}\n`;
  t += `Buyer's refund account: ${fBank(d, cc)}\n`;
  return t;
}
function genDecoyDirectory(d) {
  const cn = cnCompany(); const office = pick([['Hamburg', '40'], ['Düsseldorf', '211'], ['Frankfurt am Main', '69'], ['München', '89']]);
  const base = `${String(ri(2, 9))}${digits(ri(5, 6))}`;
  let t = `Telefonverzeichnis — ${cn.en.replace(/ CO\., LTD\./, '')} Europe GmbH, Niederlassung ${office[0]}\nStand: ${pick(['März', 'April', 'Mai'])} 2024 — nur für den internen Gebrauch\n`;
  t += `Zentrale: ${d.X('phone_de', `+49 ${office[1]} ${base}-0`)}   Fax: ${d.X('phone_de', `+49 ${office[1]} ${base}-99`)}   ${FC.DE.reg(d)}, Amtsgericht ${office[0]}   USt-IdNr. ${FC.DE.vat(d)}\n\n`;
  t += 'Name                      Abteilung            Durchwahl    Mobil                      Raum\n' + '-'.repeat(96) + '\n';
  const n = ri(14, 22);
  for (let i = 0; i < n; i++) {
    const fp = foreignPerson('DE'); const ext = String(ri(100, 399));
    const mobile = FC.DE.mob(d, 'any');
    t += `${d.X('name_latin', `${fp.last}, ${fp.first}`).padEnd(26)}${pick(['Vertrieb', 'Einkauf', 'Logistik', 'Buchhaltung', 'IT', 'Geschäftsführung', 'Kundendienst']).padEnd(21)}${('-' + ext).padEnd(13)}${mobile.padEnd(27)}${pick(['EG', '1.OG', '2.OG'])}.${ri(1, 30)}\n`;
  }
  t += '-'.repeat(96) + `\nFunktionspostfächer: ${emailW(d, `info@${cn.domain.replace('.com', '.de')}`, { dc: true })}, ${emailW(d, `vertrieb@${cn.domain.replace('.com', '.de')}`, { dc: true })}\n`;
  t += `IT-Hotline intern -999 · Notfall Gebäude ${d.X('phone_de', FC.DE.land(new Doc('tmp', 0), 'any'))}\nBankverbindung: ${fBank(d, 'DE')}\n`;
  return t;
}

// ───────────────────────────── main, self-check, summary ─────────────────────────────
const KINDS = [
  ['crm', genCrm, 12], ['canton-fair', genCantonFair, 12], ['booking', genBooking, 12], ['email-thread', genEmail, 12], ['ecommerce', genEcom, 12],
  ['expat-roster', genExpat, 12], ['study-abroad', genStudy, 12], ['hotel-guests', genHotel, 12], ['visa-agency', genVisa, 12], ['huaqiao', genHuaqiao, 12],
  ['payment-recon', genPayment, 12], ['kr-jp-partner', genKrJp, 12], ['distributor', genDistributor, 12], ['chat-export', genChat, 12],
  ['fixed-width', genFixed, 12], ['markdown', genMarkdown, 12], ['json-export', genJson, 12],
  ['decoy-contacts', genDecoyContacts, 10], ['decoy-customs', genDecoyCustoms, 10], ['decoy-invoice', genDecoyInvoice, 10], ['decoy-directory', genDecoyDirectory, 10]];
const DECOY_ONLY = new Set(['decoy-contacts', 'decoy-customs', 'decoy-invoice', 'decoy-directory']);

const VALID = {
  cn_resident_id: (v) => /^\d{17}[\dX]$/.test(v) && ID_REGIONS.has(v.slice(0, 6)) && idDateOk(v) && idCheckChar(v.slice(0, 17)) === v[17],
  cn_mobile: mobileOk,
  cn_landline: landOk,
  email: (v) => v === v.toLowerCase() && /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v),
  bank_card: (v) => /^\d{16,19}$/.test(v) && luhnOk(v),
  cn_uscc: usccOk,
  cn_passport: (v) => /^(?:E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})$/.test(v),
  person_name_zh: (v) => /^[\u4e00-\u9fa5]{2,4}$/.test(v) || /^[\u4e00-\u9fa5]{2,8}·[\u4e00-\u9fa5]{2,8}$/.test(v),
};
// decoy kinds that may legitimately look like a mainland value (that is the trap); any other decoy must not
const TRAP_KIND = /^(?:phone_|id_|pp_|res_|reg_)|^(?:vat|iban|amex_15|aba|alipay_uid|ielts_trf)$/;

function selfCheck(docs) {
  const errors = []; let nErr = 0;
  const err = (doc, msg) => { nErr++; if (errors.length < 60) errors.push(`${doc.id}: ${msg}`); };
  const globalEnt = new Set(); for (const doc of docs) for (const e of doc.entities) globalEnt.add(e.value);
  let scanned = 0;
  for (const doc of docs) {
    const text = doc.text;
    if (DECOY_ONLY.has(doc.kind) && doc.entities.length) err(doc, 'decoy-only document has entities');
    if (!DECOY_ONLY.has(doc.kind) && !doc.entities.length) err(doc, 'no entities');
    for (const e of doc.entities) { const f = VALID[e.detector]; if (!f) err(doc, `unknown detector ${e.detector}`); else if (!f(e.value)) err(doc, `invalid ${e.detector} ${e.value}`); }
    for (const w of doc.w) if (!text.includes(w.written)) err(doc, `written form not in text: ${w.written}`);
    const entKeys = new Set(doc.entities.map((e) => e.detector + '|' + e.value));
    for (const x of doc.dontCare) if (entKeys.has(x.detector + '|' + x.value)) err(doc, `both entity and dontCare: ${x.value}`);
    const dcWritten = new Set(doc.w.filter((w) => w.t === 'D').map((w) => w.written));
    const entWritten = new Set(doc.w.filter((w) => w.t === 'E').map((w) => w.written));
    const numEnt = doc.entities.filter((e) => /^\d{8,}$/.test(e.value)).map((e) => e.value);
    for (const x of doc.decoys) {
      const norm = x.text.replace(/[\s\-.()/+]/g, '').toUpperCase();
      if (globalEnt.has(norm) || globalEnt.has(norm.toLowerCase()) || entWritten.has(x.text)) err(doc, `decoy equals an entity: ${x.text}`);
      if (dcWritten.has(x.text)) err(doc, `decoy equals a dontCare: ${x.text}`);
      const dg = onlyDigits(x.text); for (const v of numEnt) if (dg.includes(v)) err(doc, `decoy ${x.text} contains entity ${v}`);
    }
    // spans of every labelled written form
    const spans = [];
    for (const w of doc.w) { let i = -1; while ((i = text.indexOf(w.written, i + 1)) !== -1) spans.push([i, i + w.written.length, w.t, w.kind || w.det]); }
    const covered = (s, e, det) => spans.some(([a, b, t, k]) => a <= s && e <= b && (t === 'E' || t === 'D' || (t === 'X' && TRAP_KIND.test(k))) && (det !== 'email' || t !== 'X'));
    const scan = (re, test, det) => {
      for (const m of text.matchAll(re)) {
        const v = test(m); if (!v) continue; scanned++;
        if (!covered(m.index, m.index + m[0].length, det)) err(doc, `unlabelled look-alike ${v}: "${m[0]}"`);
      }
    };
    scan(/\d+X?/g, (m) => lookalikeRun(m[0]), '');
    scan(/(?<!\d)(1[3-9]\d)[ -](\d{4})[ -](\d{4})(?!\d)/g, (m) => mobileOk(m[1] + m[2] + m[3]) && 'cn_mobile(sep)', '');
    scan(/(?<![\dA-Z])(\d{4})([ -])(\d{4})\2(\d{4})\2(\d{4})(?:\2(\d{1,3}))?(?!\d)/g, (m) => luhnOk(m[1] + m[3] + m[4] + m[5] + (m[6] || '')) && 'bank_card(grouped)', '');
    scan(/(?<![0-9A-Za-z])[0-9A-Z]{18}(?![0-9A-Za-z])/g, (m) => usccOk(m[0]) && 'cn_uscc', '');
    scan(/(?<![0-9A-Za-z])(?:E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})(?![0-9A-Za-z])/g, () => 'cn_passport', '');
    scan(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, () => 'email', 'email');
  }
  return { errors, nErr, scanned };
}

function main() {
  const out = process.argv[2];
  if (!out) { console.error('usage: node abroad.mjs OUT.jsonl'); process.exit(2); }
  const docs = [];
  for (const [kind, gen, count] of KINDS) {
    for (let n = 1; n <= count; n++) { const d = new Doc(kind, n); d.text = gen(d); docs.push(d); }
  }
  writeFileSync(out, docs.map((d) => JSON.stringify({ id: d.id, kind: d.kind, text: d.text, entities: d.entities, dontCare: d.dontCare, decoys: d.decoys })).join('\n') + '\n');

  const count = (arr, key) => { const m = new Map(); for (const x of arr) m.set(x[key], (m.get(x[key]) || 0) + 1); return [...m].sort((a, b) => b[1] - a[1]); };
  const ents = docs.flatMap((d) => d.entities), dcs = docs.flatMap((d) => d.dontCare), decs = docs.flatMap((d) => d.decoys);
  console.log(`wrote ${out}`);
  console.log(`documents: ${docs.length} in ${KINDS.length} kinds`);
  for (const [kind] of KINDS) {
    const ds = docs.filter((d) => d.kind === kind);
    console.log(`  ${kind.padEnd(16)} docs ${String(ds.length).padStart(2)}  entities ${String(ds.reduce((s, d) => s + d.entities.length, 0)).padStart(4)}  dontCare ${String(ds.reduce((s, d) => s + d.dontCare.length, 0)).padStart(3)}  decoys ${String(ds.reduce((s, d) => s + d.decoys.length, 0)).padStart(4)}`);
  }
  console.log(`entities: ${ents.length}`); for (const [k, v] of count(ents, 'detector')) console.log(`  ${k.padEnd(16)} ${v}`);
  console.log(`dontCare: ${dcs.length}`); for (const [k, v] of count(dcs, 'detector')) console.log(`  ${k.padEnd(16)} ${v}`);
  console.log(`decoys: ${decs.length} (${count(decs, 'kind').length} kinds)`);
  console.log('  ' + count(decs, 'kind').map(([k, v]) => `${k} ${v}`).join(', '));

  // how many decoys normalize to something a mainland check would accept (the precision traps)
  const CC_CODES = { de: '49', gb: '44', us: '1', ca: '1', jp: '81', kr: '82', sg: '65', my: '60', th: '66', vn: '84', id: '62', in: '91', ru: '7', br: '55', ae: '971', sa: '966', ng: '234', au: '61', hk: '852', mo: '853', tw: '886' };
  const trapOf = (x) => {
    const dg = onlyDigits(x.text), cands = [dg], code = (x.kind.match(/^phone_(\w\w)$/) || [])[1];
    const cc = code && CC_CODES[code];
    let nat = null;
    if (cc && (/^\s*(\+|00)/.test(x.text) || (dg.startsWith(cc) && dg.length > 10))) nat = dg.replace(/^00/, '').slice(cc.length).replace(/^0/, '');
    if (nat) cands.push(nat, '0' + nat);
    if (dg.startsWith('0')) cands.push(dg.slice(1));
    for (const c of cands) { const k = lookalikeRun(c); if (k) return k; }
    return null;
  };
  const traps = decs.map(trapOf).filter(Boolean);
  console.log(`decoys whose digits (whole, or national part without country code / trunk 0) pass a mainland check: ${traps.length} — ` + count(traps.map((k) => ({ k })), 'k').map(([k, v]) => `${k} ${v}`).join(', '));

  const { errors, nErr, scanned } = selfCheck(docs);
  const minimums = [['documents >= 200', docs.length >= 200], ['kinds >= 16', KINDS.length >= 16], ['entities >= 1500', ents.length >= 1500], ['decoys >= 2000', decs.length >= 2000],
    ['decoys >= entities', decs.length >= ents.length], ['10-14 docs per kind', KINDS.every(([, , c]) => c >= 10 && c <= 14)]];
  for (const [name, ok] of minimums) if (!ok) { errors.push(`minimum not met: ${name}`); }
  const failed = nErr + minimums.filter(([, ok]) => !ok).length;
  console.log(`self-check: ${failed === 0 ? 'OK' : 'FAILED'} — ${ents.length} entities validated (MOD 11-2 / Luhn / GB 32100 / prefix / format), written forms located, ${scanned} look-alike candidates checked for labels, entity/decoy overlap checked`);
  if (failed) { for (const e of errors) console.error('  ' + e); if (nErr > errors.length) console.error(`  ... ${nErr} errors in total`); process.exit(1); }
}
main();
