/**
 * Synthetic Chinese customer data for tests and benchmarks: a seeded,
 * deterministic PRNG and generators for valid values, their written forms and
 * decoys that must NOT be detected. Nothing here is real personal data.
 *
 * Check characters are computed here with formulations independent of the
 * validators (base-13 for MOD 11-2, powers of 3 for MOD 31, left-to-right
 * Luhn), so "generated values pass the validators" is a real cross-check.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CN_AREA_CODES } from '../../src/rules/validators/cn-area-codes.js';

// ---------------------------------------------------------------- PRNG

export interface Rng {
  /** Float in [0, 1). */
  next(): number;
  /** Integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number;
  pick<T>(arr: readonly T[]): T;
  /** true with probability p. */
  bool(p?: number): boolean;
  /** n random decimal digits (leading zeros allowed). */
  digits(n: number): string;
  /** Pick by weight: weights[i] is the relative weight of arr[i]. */
  weighted<T>(arr: readonly T[], weights: readonly number[]): T;
}

/** sfc32 seeded through splitmix32: fast, 128-bit state, good enough for tests. */
export function makeRng(seed: number): Rng {
  let s = seed >>> 0;
  const split = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  const u32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i++) u32();
  const next = (): number => u32() / 4294967296;
  const rng: Rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => {
      if (arr.length === 0) throw new Error('pick from empty array');
      return arr[Math.floor(next() * arr.length)]!;
    },
    bool: (p = 0.5) => next() < p,
    digits: (n) => {
      let out = '';
      for (let i = 0; i < n; i++) out += String(Math.floor(next() * 10));
      return out;
    },
    weighted: (arr, weights) => {
      const total = weights.reduce((x, y) => x + y, 0);
      let r = next() * total;
      for (let i = 0; i < arr.length; i++) {
        r -= weights[i]!;
        if (r < 0) return arr[i]!;
      }
      return arr[arr.length - 1]!;
    },
  };
  return rng;
}

// ---------------------------------------------------------------- helpers

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Random real date YYYYMMDD in [fromYear, toYear], never after today. */
function dateString(rng: Rng, fromYear: number, toYear: number): string {
  const now = new Date();
  for (;;) {
    const y = rng.int(fromYear, toYear);
    const m = rng.int(1, 12);
    const d = rng.int(1, daysInMonth(y, m));
    if (Date.UTC(y, m - 1, d) <= now.getTime()) return `${y}${pad(m, 2)}${pad(d, 2)}`;
  }
}

/** Full-width form (what NFKC undoes): digits, letters, + ( ) - and space. */
export function toFullWidth(s: string): string {
  return s.replace(/[0-9A-Za-z+()\-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');
}

/** MOD 11-2 via base-13: check = (1 - 2N) mod 11 for the body read base 13. */
function idCheck(body17: string): string {
  let n = 0;
  for (const ch of body17) n = (n * 13 + Number(ch)) % 11;
  const c = (((1 - 2 * n) % 11) + 11) % 11;
  return c === 10 ? 'X' : String(c);
}

/** Luhn check digit for a payload, walking left to right. */
function luhnCheckDigit(payload: string): string {
  let sum = 0;
  // The check digit goes rightmost, so payload digits at even distance from
  // the end (counting the check digit as distance 0) are doubled.
  for (let i = 0; i < payload.length; i++) {
    let d = Number(payload[i]);
    if ((payload.length - i) % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

// ---------------------------------------------------------------- reference data

/** Real county-level division codes (GB/T 2260; public, not personal). */
const COUNTY_CODES = [
  '110101', '110105', '110108', '110118', '120101', '130102', '140105', '150102',
  '210102', '220102', '230102', '310101', '310115', '320102', '330106', '340104',
  '350203', '360102', '370102', '410105', '420106', '430102', '440106', '440305',
  '450103', '460105', '500103', '510104', '520102', '530102', '540102', '610113',
  '620102', '630102', '640104', '650102',
] as const;

/** Province-level codes for USCCs registered at province level, incl. 10 (national). */
const USCC_REGIONS = [
  '100000', '110000', '110105', '310000', '310115', '440300', '440305', '330100',
  '320500', '510100', '420100', '370200', '350200', '500000', '120116', '340600',
] as const;

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Authority/type pairs (GB 32100 table; 91/92 dominate real data). */
const USCC_TYPES = ['91', '91', '91', '91', '92', '92', '93', '11', '12', '13', '19', '51', '52', '53', '31', 'Y1', 'N2'];

const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '145', '147',
  '150', '151', '152', '153', '155', '156', '157', '158', '159', '162', '165', '166', '167',
  '170', '171', '172', '173', '175', '176', '177', '178',
  '180', '181', '182', '183', '184', '185', '186', '187', '188', '189',
  '190', '191', '192', '193', '195', '196', '197', '198', '199',
] as const;

const AREA_CODES = [...CN_AREA_CODES.entries()];

function readList(name: string): string[] {
  const path = fileURLToPath(new URL(`../../rules/data/${name}`, import.meta.url));
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter((l) => l.length > 0);
}

interface SurnameTable {
  top: string[];
  single: string[];
  compound: string[];
}

let surnameCache: SurnameTable | undefined;
/** Surnames by section of rules/data/cn-surnames.txt ("# section: …" lines). */
export function surnames(): SurnameTable {
  if (surnameCache) return surnameCache;
  const path = fileURLToPath(new URL('../../rules/data/cn-surnames.txt', import.meta.url));
  const t: SurnameTable = { top: [], single: [], compound: [] };
  let section: keyof SurnameTable = 'single';
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const sec = /^#\s*section:\s*(\w+)/.exec(raw);
    if (sec) {
      const s = sec[1] === 'top100' ? 'top' : sec[1];
      if (s === 'top' || s === 'single' || s === 'compound') section = s;
      continue;
    }
    const name = raw.replace(/#.*/, '').trim();
    if (name) t[name.length > 1 ? 'compound' : section].push(name);
  }
  surnameCache = t;
  return t;
}

let givenCache: string[] | undefined;
export function givenChars(): string[] {
  givenCache ??= readList('cn-given-chars.txt');
  return givenCache;
}

// ---------------------------------------------------------------- valid values

/** 18-char resident ID: real county code, real birth date, MOD 11-2 check. */
export function residentId(rng: Rng, opts: { birthYearRange?: [number, number] } = {}): string {
  const [from, to] = opts.birthYearRange ?? [1940, 2015];
  const body = rng.pick(COUNTY_CODES) + dateString(rng, from, to) + rng.digits(3);
  return body + idCheck(body);
}

/** Legacy 15-digit ID: county code + YYMMDD (19xx) + 3-digit sequence. */
export function residentId15(rng: Rng): string {
  return rng.pick(COUNTY_CODES) + dateString(rng, 1930, 1999).slice(2) + rng.digits(3);
}

/** Allocated mobile number, 11 digits (incl. the 1610 and 17400-17405 ranges). */
export function mobile(rng: Rng): string {
  if (rng.bool(0.02)) return rng.bool() ? `1610${rng.digits(7)}` : `1740${rng.int(0, 5)}${rng.digits(6)}`;
  for (;;) {
    const m = rng.pick(MOBILE_PREFIXES) + rng.digits(8);
    // Not the one in 100,000 that is +1 NXX 555-01XX, North America's fictional range, unspaced.
    // (Restated, not the validator asked: a generator that asked it would hide the validator's mistakes.)
    if (!/^1[3-9](?!9|11)\d\d55501/.test(m)) return m;
  }
}

/** Fixed line, national form: 0 + area code + subscriber (starting 2-8) of a valid length. */
export function landline(rng: Rng): string {
  const [area, lengths] = rng.pick(AREA_CODES);
  const len = rng.pick(lengths);
  for (;;) {
    const subscriber = `${rng.int(2, 8)}${rng.digits(len - 1)}`;
    if (!subscriber.startsWith('800')) return `0${area}${subscriber}`; // 800…: toll-free, not a landline
  }
}

/** Written form of a national landline: dashes, spaces, (0755), +86 without the trunk 0. */
export function formatLandline(rng: Rng, national: string): string {
  const area = national.slice(1, 3) === '10' || national[1] === '2' ? national.slice(0, 3) : national.slice(0, 4);
  const sub = national.slice(area.length);
  switch (rng.int(0, 5)) {
    case 0: return national;
    case 1: return `${area}-${sub}`;
    case 2: return `(${area})${sub}`;
    case 3: return `${area} ${sub.slice(0, sub.length - 4)} ${sub.slice(-4)}`;
    case 4: return `+86 ${area.slice(1)} ${sub}`;
    default: return `0086-${area.slice(1)}-${sub}`;
  }
}

/** Luhn-valid card; UnionPay 62 by default (length 16 or 19). */
export function bankCard(rng: Rng, opts: { length?: 16 | 19; brand?: 'unionpay' | 'visa' | 'mastercard' } = {}): string {
  const brand = opts.brand ?? 'unionpay';
  const length = brand === 'mastercard' ? 16 : opts.length ?? rng.pick([16, 19] as const);
  const iin =
    brand === 'visa' ? '4' + rng.digits(5)
    : brand === 'mastercard' ? String(rng.int(51, 55)) + rng.digits(4)
    : rng.pick(['622202', '622848', '621700', '622588', '623058', '625807', '628888', '620000']);
  const payload = iin + rng.digits(length - 1 - iin.length);
  return payload + luhnCheckDigit(payload);
}

function gb11714(body8: string): string {
  const w = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = body8[i]!;
    sum += (/[0-9]/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55) * w[i]!;
  }
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

function usccCheck(first17: string): string {
  let sum = 0;
  let w = 1;
  for (const ch of first17) {
    sum += USCC_ALPHABET.indexOf(ch) * w;
    w = (w * 3) % 31;
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** USCC: authority/type pair, region, org-code body + GB 11714 char, MOD 31 char. */
export function uscc(rng: Rng): string {
  let body: string;
  if (rng.bool()) {
    body = rng.digits(8);
  } else {
    // New-style bodies: "MA" + 6 chars of the USCC alphabet.
    body = 'MA';
    for (let i = 0; i < 6; i++) body += rng.pick([...USCC_ALPHABET]);
  }
  const first17 = rng.pick(USCC_TYPES) + rng.pick(USCC_REGIONS) + body + gb11714(body);
  return first17 + usccCheck(first17);
}

const PINYIN = [
  'zhang', 'wang', 'li', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu',
  'hu', 'guo', 'he', 'lin', 'gao', 'luo', 'wei', 'fang', 'jun', 'ming', 'hua', 'ying', 'xiao', 'jie', 'lei',
  'tao', 'yan', 'ping', 'hong', 'qiang', 'yu', 'xin', 'hao', 'yi', 'na', 'jing', 'li', 'min', 'bo', 'chao',
] as const;
const EMAIL_DOMAINS = [
  'qq.com', 'qq.com', '163.com', '163.com', '126.com', 'gmail.com', 'foxmail.com', 'sina.com', 'sohu.com',
  'outlook.com', 'aliyun.com', 'yeah.net', 'example-tech.com.cn', 'huarui-logistics.cn', 'corp.example.com',
] as const;

/** E-mail: pinyin-ish local parts, common CN domains; some <qq>@qq.com and <mobile>@139.com. */
export function email(rng: Rng): string {
  const r = rng.next();
  if (r < 0.1) return `${mobile(rng)}@139.com`;
  if (r < 0.2) return `${qq(rng)}@qq.com`;
  let local = rng.pick(PINYIN) + (rng.bool(0.6) ? rng.pick(['', '.', '_']) + rng.pick(PINYIN) : '');
  if (rng.bool(0.5)) local += String(rng.int(1, 2025));
  return `${local}@${rng.pick(EMAIL_DOMAINS)}`;
}

/** Passport number per the cn-formats §6 patterns (upper-case). */
export function passport(rng: Rng): string {
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  switch (rng.int(0, 6)) {
    case 0: return `E${rng.digits(8)}`;
    case 1: return `E${rng.pick([...letters])}${rng.digits(7)}`;
    case 2: return `G${rng.digits(8)}`;
    case 3: return `${rng.pick(['D', 'S', 'P'])}E${rng.digits(7)}`;
    case 4: return `K${rng.digits(8)}`;
    case 5: return `KJ${rng.digits(7)}`;
    default: return `MA${rng.digits(7)}`;
  }
}

/** Chinese name: surname weighted to common ones (~2 % compound) + 1-2 given chars. */
export function chineseName(rng: Rng): string {
  const s = surnames();
  const surname = rng.weighted([s.top, s.single, s.compound], [86, 12, 2]);
  const given = givenChars();
  const g = rng.pick(given) + (rng.bool(0.7) ? rng.pick(given) : '');
  return rng.pick(surname) + g;
}

const CITIES = [
  ['广东省', '深圳市', '南山区'], ['广东省', '广州市', '天河区'], ['浙江省', '杭州市', '西湖区'],
  ['江苏省', '南京市', '玄武区'], ['四川省', '成都市', '锦江区'], ['湖北省', '武汉市', '武昌区'],
  ['北京市', '', '朝阳区'], ['上海市', '', '浦东新区'], ['天津市', '', '和平区'], ['重庆市', '', '渝中区'],
  ['山东省', '济南市', '历下区'], ['福建省', '厦门市', '思明区'], ['陕西省', '西安市', '雁塔区'],
] as const;
const ROADS = ['人民路', '中山路', '解放路', '建设大道', '科技园路', '滨海大道', '长安街', '文化路', '和平里', '新华街'];
const ESTATES = ['阳光花园', '锦绣苑', '翠湖公寓', '金地大厦', '万科城', '华府小区'];

/** Postal address: province/city/district, road + 号, often estate/building/unit/room. */
export function address(rng: Rng): string {
  const [prov, city, district] = rng.pick(CITIES);
  let a = `${prov}${city}${district}${rng.pick(ROADS)}${rng.int(1, 999)}号`;
  if (rng.bool(0.7)) a += `${rng.pick(ESTATES)}${rng.int(1, 30)}栋${rng.int(1, 6)}单元${rng.int(1, 33)}0${rng.int(1, 8)}室`;
  return a;
}

const INDUSTRIES = ['科技', '信息技术', '贸易', '物流', '电子', '医药', '建筑工程', '餐饮管理', '文化传媒', '咨询'];
/** Company name: city + 2-char trade name + industry + legal form. */
export function companyName(rng: Rng): string {
  const city = rng.pick(['深圳市', '杭州', '上海', '北京', '广州市', '成都', '苏州']);
  const given = givenChars();
  return `${city}${rng.pick(given)}${rng.pick(given)}${rng.pick(INDUSTRIES)}${rng.pick(['有限公司', '股份有限公司', '有限责任公司'])}`;
}

// ---------------------------------------------------------------- written forms

/** A mobile as people write it: groups, dashes, +86/0086/86/(+86), trunk 0, full-width. */
export function formatMobile(rng: Rng, digits: string): string {
  const g = `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`;
  switch (rng.int(0, 11)) {
    case 0: return digits;
    case 1: return g;
    case 2: return g.replace(/ /g, '-');
    case 3: return `+86 ${g}`;
    case 4: return `+86-${digits}`;
    case 5: return `+86${digits}`;
    case 6: return `0086 ${digits}`;
    case 7: return `0086-${g.replace(/ /g, '-')}`;
    case 8: return `86${digits}`;
    case 9: return `(+86)${digits}`;
    case 10: return `0${digits}`;
    default: return toFullWidth(rng.bool() ? digits : `+86 ${g}`);
  }
}

/** An 18-char ID as written: bare, lower-case x, 6-8-4 spaced, 6-4-4-4 dashed, full-width. */
export function formatId(rng: Rng, id: string): string {
  switch (rng.int(0, 4)) {
    case 0: return id;
    case 1: return id.toLowerCase();
    case 2: return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    case 3: return `${id.slice(0, 6)}-${id.slice(6, 10)}-${id.slice(10, 14)}-${id.slice(14)}`;
    default: return toFullWidth(id);
  }
}

/** A card number grouped in 4s (spaces or dashes), sometimes full-width. */
export function formatCard(rng: Rng, digits: string): string {
  const grouped = digits.match(/.{1,4}/g)!.join(rng.bool() ? ' ' : '-');
  switch (rng.int(0, 2)) {
    case 0: return digits;
    case 1: return grouped;
    default: return toFullWidth(grouped);
  }
}

// ---------------------------------------------------------------- decoys (must NOT be detected)

/** 18-digit date-prefixed order number (YYYYMMDD + 10 digits), cn-formats §11. */
export function orderNumber18(rng: Rng): string {
  return dateString(rng, 2015, 2025) + rng.digits(10);
}

/** 14-digit timestamp YYYYMMDDhhmmss. */
export function timestamp14(rng: Rng): string {
  return dateString(rng, 2000, 2025) + pad(rng.int(0, 23), 2) + pad(rng.int(0, 59), 2) + pad(rng.int(0, 59), 2);
}

/** 13-digit millisecond Unix epoch (2017-2027: starts 15…/16…/17…). */
export function msEpoch13(rng: Rng): string {
  return String(rng.int(1_500_000_000, 1_800_000_000)) + rng.digits(3);
}

/** IMEI: 15 digits, TAC starting 35/86, Luhn check (valid by design). */
export function imei15(rng: Rng): string {
  const payload = rng.pick(['35', '86']) + rng.digits(12);
  return payload + luhnCheckDigit(payload);
}

/** SIM ICCID: 8986 (China) + digits, 19 or 20 long, Luhn check. */
export function iccid(rng: Rng): string {
  const payload = '8986' + rng.digits(rng.pick([14, 15]));
  return payload + luhnCheckDigit(payload);
}

/** QQ number: 5-10 digits, no leading 0. */
export function qq(rng: Rng): string {
  const len = rng.int(5, 10);
  return String(rng.int(1, 9)) + rng.digits(len - 1);
}

/** 发票代码: 12 digits (0 + 4-digit region + YY + 5 digits) or 10 digits (region + YY + 4). */
export function invoiceCode(rng: Rng): string {
  const region = rng.pick(['1100', '3100', '4403', '4401', '3301', '3201', '5101', '4201', '1200', '5000']);
  const yy = pad(rng.int(12, 25), 2);
  return rng.bool() ? `0${region}${yy}${rng.digits(5)}` : `${region}${yy}${rng.digits(4)}`;
}

/** 发票号码: 8 digits, or 20 digits for 全电发票 (YY + 18 digits). */
export function invoiceNumber(rng: Rng): string {
  return rng.bool(0.7) ? rng.digits(8) : pad(rng.int(20, 25), 2) + rng.digits(18);
}

/** 19-digit Snowflake id (Twitter epoch, ids minted 2023-2024): 16…/17…/18…. */
export function snowflake19(rng: Rng): string {
  const ms = BigInt(rng.int(1_672_531_200, 1_735_689_600)) * 1000n - 1_288_834_974_657n;
  return ((ms << 22n) | BigInt(rng.int(0, 4_194_303))).toString();
}

/** Alipay user id: 2088 + 12 digits (16 digits). */
export function alipayUserId(rng: Rng): string {
  return `2088${rng.digits(12)}`;
}

/** Express tracking number: SF/YT/JT + 12-13 digits. */
export function expressNumber(rng: Rng): string {
  return rng.pick(['SF', 'YT', 'JT']) + rng.digits(rng.pick([12, 13]));
}

/** Masked mobile as in exports: 138****5678 / 138xxxx5678. */
export function maskedMobile(rng: Rng): string {
  const m = mobile(rng);
  return m.slice(0, 3) + rng.pick(['****', 'xxxx', 'XXXX']) + m.slice(7);
}

/** Masked ID: 110105********002X / 110***********002X. */
export function maskedId(rng: Rng): string {
  const id = residentId(rng);
  return rng.bool() ? `${id.slice(0, 6)}********${id.slice(14)}` : `${id.slice(0, 3)}***********${id.slice(14)}`;
}

/** 19-digit bank transaction number, date-prefixed (YYYYMMDD + 11 digits). */
export function transactionNo19(rng: Rng): string {
  return dateString(rng, 2015, 2025) + rng.digits(11);
}

/** Every decoy generator by name, for "none of these is detected" sweeps. */
export const DECOYS: Readonly<Record<string, (rng: Rng) => string>> = {
  alipayUserId, expressNumber, iccid, imei15, invoiceCode, invoiceNumber, maskedId, maskedMobile,
  msEpoch13, orderNumber18, qq, snowflake19, timestamp14, transactionNo19,
};
