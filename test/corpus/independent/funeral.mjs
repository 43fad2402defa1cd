#!/usr/bin/env node
/*
 * funeral.mjs — independent labelled test corpus for listguard.
 *
 * Theme: funeral homes and cemeteries (殡仪馆 / 殡葬服务 / 公墓): 遗体接运登记单 and
 * 96444 dispatch logs, 火化登记簿, 墓位购买合同, 墓穴登记 exports (逝者, 购墓人,
 * 联系人 with relation 之子/之女), 祭扫预约 exports, 惠民殡葬补贴 lists to 民政 with
 * IDs and bank cards (and their masked 公示), 讣告 (prose), OCR'd 礼簿 and 挽联
 * registers, 管理费 SMS logs, 代祭 orders (JSON), XML uploads to 民政 systems, staff
 * duty rosters, mails, WeChat transcripts, 骨灰寄存 forms, minutes, bank batch
 * payouts, 欠费/认领 notices, app logs, desk notes, web-form notifications and
 * 迁坟补偿 payment lists.
 *
 * Written in session 29 by a helper that never read src/, rules/ or test/,
 * from cn-formats.md and DESIGN.md only.
 *
 * Usage:   node funeral.mjs OUT.jsonl
 * Output:  one JSON object per line:
 *   {"id":"fu-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must NOT be reported
 * Normalisation of values: cn_resident_id 18 chars, upper-case X (legacy 15-digit
 * numbers upgraded to 18); cn_mobile 11 digits (no +86, no separators); cn_landline
 * digits incl. leading 0 + area code, no separators/extension; email lower-case;
 * bank_card digits only; cn_passport upper-case; cn_uscc 18 chars upper-case;
 * person_name_zh as written, without spaces or titles. Decoys carry exact text.
 *
 * Labelling choices: names in 讣告/minutes prose without a field, label or other
 * person fields are dontCare; names after a label (逝者姓名：, 联系人：, 孝子：, 敬挽人
 * column, 礼簿 name column, 接收人 column, signatures) are entities. 62-prefixed
 * numbers in a card field that fail Luhn (clerk typos) are dontCare, because
 * cn-formats §5.2 says UnionPay cards may fail Luhn; Luhn-failing serials outside
 * card fields are decoys. Title forms (李女士) and nicknames (小李) are dontCare;
 * masked names (王*国, 陈某) are decoys.
 *
 * Deterministic: own mulberry32 PRNG with a fixed seed, no clock, no I/O but OUT.
 * Ends with a self-check (every entity occurs in some written form and normalises
 * to its value; check digits hold; no entity is a decoy; every valid-looking digit
 * run / e-mail in a text is labelled) and prints a summary; exits 1 on failure.
 */
import { writeFileSync } from 'node:fs';

const OUT = process.argv[2];
if (!OUT) { console.error('usage: node funeral.mjs OUT.jsonl'); process.exit(2); }

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x0F0E2A29);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const pad = (n, w = 2) => String(n).padStart(w, '0');
function wpick(pairs) {
  let t = 0; for (const [, w] of pairs) t += w;
  let r = rnd() * t;
  for (const [it, w] of pairs) { if ((r -= w) < 0) return it; }
  return pairs[pairs.length - 1][0];
}
function shuffle(a) { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const FW = (s) => s.replace(/[0-9A-Za-z@.\-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xFEE0));
const CN_NUM = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const DAXIE = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];

// ---------------------------------------------------------------- dates
const DAY = 86400000;
const dFromMs = (ms) => { const t = new Date(ms); return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() }; };
const toMs = (x) => Date.UTC(x.y, x.m - 1, x.d);
function randDate(y1, y2, m1 = 1, m2 = 12) {
  const a = Date.UTC(y1, m1 - 1, 1), b = Date.UTC(y2, m2, 0);
  return dFromMs(a + Math.floor(rnd() * ((b - a) / DAY + 1)) * DAY);
}
const addDays = (x, n) => dFromMs(toMs(x) + n * DAY);
function fd(x, st = 'iso') {
  switch (st) {
    case 'iso': return `${x.y}-${pad(x.m)}-${pad(x.d)}`;
    case 'cn': return `${x.y}年${x.m}月${x.d}日`;
    case 'dot': return `${x.y}.${pad(x.m)}.${pad(x.d)}`;
    case 'slash': return `${x.y}/${x.m}/${x.d}`;
    case 'compact': return `${x.y}${pad(x.m)}${pad(x.d)}`;
    case 'md': return `${x.m}月${x.d}日`;
    case 'short': return `${x.m}.${x.d}`;
  }
}
function ageAt(b, at) { let a = at.y - b.y; if (at.m < b.m || (at.m === b.m && at.d < b.d)) a--; return a; }
function validDate(y, m, d) {
  if (m < 1 || m > 12 || d < 1) return false;
  const dim = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= dim[m - 1];
}
const WEEK = ['日', '一', '二', '三', '四', '五', '六'];
const weekday = (x) => WEEK[new Date(toMs(x)).getUTCDay()];
const hm = () => `${pad(ri(7, 17))}:${pad(ri(0, 59))}`;
const hms = () => `${pad(ri(0, 23))}:${pad(ri(0, 59))}:${pad(ri(0, 59))}`;
const msEpoch = (x) => String(toMs(x) - 8 * 3600000 + ri(0, 86399999));

// ---------------------------------------------------------------- validators
const PROVS = new Set('11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65'.split(' '));
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += +b17[i] * IDW[i]; return '10X98765432'[s % 11]; }
function idValid(s) {
  s = s.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  if (!PROVS.has(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || y > 2025 || !validDate(y, m, d)) return false;
  return idCheck(s.slice(0, 17)) === s[17];
}
function legacyPlausible(s) {
  if (!/^\d{15}$/.test(s) || !PROVS.has(s.slice(0, 2))) return false;
  return validDate(1900 + +s.slice(6, 8), +s.slice(8, 10), +s.slice(10, 12));
}
const upgrade15 = (s) => { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheck(b); };
function luhnOk(s) {
  let sum = 0, dbl = false;
  for (let i = s.length - 1; i >= 0; i--) { let v = +s[i]; if (dbl) { v *= 2; if (v > 9) v -= 9; } sum += v; dbl = !dbl; }
  return sum % 10 === 0;
}
function luhnDigit(body) { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c); }
const MOB_OK = new Set();
for (let p = 130; p <= 139; p++) MOB_OK.add(String(p));
for (const p of [145, 147, 150, 151, 152, 153, 155, 156, 157, 158, 159, 162, 165, 166, 167, 170, 171, 172, 173, 175, 176, 177, 178,
  180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 195, 196, 197, 198, 199]) MOB_OK.add(String(p));
function mobAllocated(s) {
  if (!/^1\d{10}$/.test(s)) return false;
  if (MOB_OK.has(s.slice(0, 3))) return true;
  if (s.startsWith('1610')) return true;
  if (/^1740[0-5]/.test(s)) return true;
  return false;
}
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(s17) { let t = 0; for (let i = 0; i < 17; i++) t += UA.indexOf(s17[i]) * UW[i]; return UA[(31 - (t % 31)) % 31]; }
function orgCheck(b8) {
  const W = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0;
  for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * W[i]; }
  const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
function usccValid(s) {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s)) return false;
  return usccCheck(s.slice(0, 17)) === s[17] && orgCheck(s.slice(8, 16)) === s[16];
}
const LL_AREAS = { '010': 8, '020': 8, '021': 8, '022': 8, '023': 8, '024': 8, '025': 8, '027': 8, '028': 8, '029': 8,
  '0571': 8, '0371': 8, '0731': 8, '0531': 8, '0931': 7 };
function landlineValid(v) {
  for (const [a, n] of Object.entries(LL_AREAS)) if (v.startsWith(a) && v.length === a.length + n && /^[2-8]/.test(v.slice(a.length))) return true;
  return false;
}
const passportValid = (s) => /^(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})$/.test(s);

// What a bare digit run would validly be (used for decoys and the completeness scan)
function runValidAs(r) {
  const out = [];
  const R = r.toUpperCase();
  if (/^\d{11}$/.test(R) && mobAllocated(R)) out.push(['cn_mobile', R]);
  if (/^86\d{11}$/.test(R) && mobAllocated(R.slice(2))) out.push(['cn_mobile', R.slice(2)]);
  if (/^0\d{11}$/.test(R) && mobAllocated(R.slice(1))) out.push(['cn_mobile', R.slice(1)]);
  if (idValid(R)) out.push(['cn_resident_id', R]);
  if (legacyPlausible(R)) out.push(['cn_resident_id', upgrade15(R)]);
  if (/^\d{16,19}$/.test(R) && luhnOk(R) && !idValid(R)) out.push(['bank_card', R]);
  if (usccValid(R)) out.push(['cn_uscc', R]);
  if (/^0[1-9]\d{8,10}$/.test(R) && landlineValid(R)) out.push(['cn_landline', R]);
  return out;
}
// digits of given total length starting with prefix, valid as nothing
function safeNum(prefix, len) {
  for (let k = 0; k < 1000; k++) { const s = prefix + digits(len - prefix.length); if (!runValidAs(s).length) return s; }
  throw new Error('safeNum ' + prefix);
}

// ---------------------------------------------------------------- value generators
const MOB_PREFIX = [['139', 9], ['138', 9], ['137', 6], ['136', 6], ['135', 6], ['134', 3], ['159', 6], ['158', 6], ['157', 3],
  ['152', 4], ['151', 5], ['150', 5], ['188', 4], ['187', 5], ['186', 5], ['185', 4], ['183', 4], ['182', 4], ['181', 3], ['180', 3],
  ['189', 5], ['133', 4], ['153', 3], ['177', 3], ['176', 3], ['173', 2], ['199', 3], ['198', 2], ['191', 2], ['195', 1], ['166', 2],
  ['147', 1], ['130', 4], ['131', 4], ['132', 4], ['155', 3], ['156', 3], ['178', 2], ['175', 1], ['172', 1], ['171', 1], ['170', 1],
  ['184', 2], ['165', 1], ['167', 1], ['162', 1], ['145', 1], ['190', 1], ['192', 1], ['193', 1], ['196', 1], ['197', 1]];
const USED = new Set(['13800138000', '13912345678', '18888888888']);
function newMobile() { for (;;) { const m = wpick(MOB_PREFIX) + digits(8); if (!USED.has(m)) { USED.add(m); return m; } } }
function badMobile() { // unallocated prefix: 140-144,146,148,149,154,194, 174x (not 17400-05)
  for (;;) { const m = pick(['154', '154', '194', '146', '141', '144', '1748', '1746']); const s = m + digits(11 - m.length); if (!mobAllocated(s)) return s; }
}
const BINS = [['622202', 19, '中国工商银行'], ['621226', 19, '中国工商银行'], ['622848', 19, '中国农业银行'], ['622845', 19, '中国农业银行'],
  ['621700', 19, '中国建设银行'], ['622700', 19, '中国建设银行'], ['621661', 19, '中国银行'], ['621785', 19, '中国银行'],
  ['622588', 16, '招商银行'], ['621483', 16, '招商银行'], ['622262', 19, '交通银行'], ['621799', 19, '中国邮政储蓄银行'],
  ['622188', 19, '中国邮政储蓄银行'], ['621098', 19, '中国邮政储蓄银行'], ['622908', 18, '兴业银行'], ['623059', 19, '农村商业银行'],
  ['621458', 19, '农村商业银行'], ['622609', 16, '上海银行'], ['621669', 19, '中国银行']];
const BIN_W = [9, 7, 9, 5, 6, 6, 6, 4, 3, 3, 4, 5, 4, 3, 2, 3, 3, 1, 2];
function newCard() {
  for (;;) {
    const i = wpick(BIN_W.map((w, k) => [k, w])); const [bin, len, bank] = BINS[i];
    const body = bin + digits(len - 7); const c = body + luhnDigit(body);
    if (USED.has(c) || idValid(c)) continue; USED.add(c); return { no: c, bank };
  }
}
function badLuhn(c) { for (;;) { const d = String(ri(0, 9)); const s = c.slice(0, -1) + d; if (!luhnOk(s)) return s; } }
function makeId(region, b, sex) {
  const last = sex === 'M' ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]);
  const body = region + b.y + pad(b.m) + pad(b.d) + pad(ri(0, 99)) + last;
  return body + idCheck(body);
}
function badCheckId(id) {
  const c = idCheck(id.slice(0, 17)); const body = id.slice(0, 17);
  const opts = '0123456789X'.split('').filter((x) => x !== c && (x === 'X' ? !luhnOk(body) : !luhnOk(body + x)) && !usccValid(body + x));
  return body + pick(opts);
}
function badDateId(region, sex) {
  const y = ri(1935, 1990); const [m, d] = pick([[2, 30], [2, 31], [4, 31], [6, 31], [9, 31], [11, 31], [13, 2], [0, 12], [2, 29]]);
  const yy = (m === 2 && d === 29) ? pick([1937, 1951, 1963, 1978, 1983]) : y;
  const body = region + yy + pad(m) + pad(d) + pad(ri(0, 99)) + (sex === 'M' ? 3 : 2);
  return body + idCheck(body);
}
function newPassport() { return chance(.5) ? 'E' + ri(1, 9) + digits(7) : 'E' + pick('ABCDEFGHJKLMN'.split('')) + digits(7); }
function makeUSCC(kind, region) {
  let org;
  if (kind === '91' || kind === '52') { org = 'MA'; while (org.length < 8) org += pick(UA.split('')); }
  else org = String(ri(40000000, 79999999));
  const s17 = kind + region + org + orgCheck(org);
  const u = s17 + usccCheck(s17);
  for (const m of u.matchAll(/\d+/g)) if (runValidAs(m[0]).length) return makeUSCC(kind, region);
  return u;
}
function newLandline(C) {
  const n = C.ll === 8 ? String(ri(5, 8)) + digits(7) : String(pick([4, 8, 8])) + digits(6);
  return { area: C.area, num: n, value: C.area + n };
}

// ---------------------------------------------------------------- names
const parsePy = (s) => s.trim().split(/\s+/).map((t) => { const m = t.match(/^(\p{Script=Han}+)([a-z]+)$/u); if (!m) throw new Error(t); return [m[1], m[2]]; });
const SUR = parsePy(`王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he
高gao 林lin 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan
潘pan 于yu 蒋jiang 蔡cai 余yu 杜du 叶ye 程cheng 苏su 魏wei 吕lv 丁ding 任ren 沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan 陆lu
汪wang 范fan 金jin 石shi 廖liao 贾jia 夏xia 韦wei 付fu 方fang 白bai 邹zou 孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin 薛xue 闫yan
段duan 雷lei 侯hou 龙long 史shi 陶tao 黎li 贺he 顾gu 毛mao 郝hao 龚gong 邵shao 万wan 钱qian 严yan 覃qin 武wu 戴dai 莫mo 孔kong
向xiang 汤tang 常chang 温wen 康kang 施shi 文wen 牛niu 樊fan 葛ge 邢xing 安an 齐qi 易yi 乔qiao 伍wu 庞pang 颜yan 倪ni 庄zhuang
聂nie 章zhang 鲁lu 岳yue 翟zhai 殷yin 詹zhan 申shen 欧ou 耿geng 关guan 兰lan 焦jiao 俞yu 左zuo 柳liu 甘gan 祝zhu 包bao 宁ning
尚shang 符fu 舒shu 阮ruan 柯ke 纪ji 梅mei 童tong 凌ling 毕bi 单shan 季ji 裴pei 霍huo 涂tu 成cheng 苗miao 谷gu 盛sheng 曲qu
翁weng 冉ran 骆luo 蓝lan 路lu 游you 辛xin 靳jin 管guan 柴chai 蒙meng 鲍bao 华hua 喻yu 祁qi 蒲pu 房fang 滕teng 屈qu 饶rao
解xie 牟mou 艾ai 尤you 阳yang 时shi 穆mu 农nong 司si 卓zhuo 古gu 吉ji 缪miao 简jian 车che 项xiang 连lian 芦lu 麦mai 褚chu
娄lou 窦dou 戚qi 岑cen 景jing 党dang 宫gong 费fei 卜bu 冷leng 晏yan 席xi 卫wei 米mi 柏bai 宗zong 瞿qu 桂gui 全quan 佟tong
应ying 臧zang 闵min 苟gou 邬wu 边bian 卞bian 姬ji 师shi 仇qiu 栾luan 隋sui 商shang 刁diao 沙sha 荣rong 巫wu 寇kou 桑sang
郎lang 甄zhen 丛cong 仲zhong 虞yu 敖ao 巩gong 佘she 池chi 查zha 苑yuan 迟chi 邝kuang`);
const SUR2 = parsePy('欧阳ouyang 上官shangguan 司马sima 诸葛zhuge 司徒situ 皇甫huangfu 令狐linghu 东方dongfang 夏侯xiahou 慕容murong 尉迟yuchi 公孙gongsun 端木duanmu 申屠shentu');
const SUR_W = SUR.map((s, i) => [s, 1 / Math.pow(i + 3, 0.95)]);
const OLD_M = parsePy(`德de 顺shun 福fu 贵gui 永yong 祥xiang 发fa 国guo 华hua 建jian 林lin 明ming 志zhi 成cheng 宝bao 春chun 生sheng
树shu 荣rong 庆qing 忠zhong 义yi 金jin 富fu 才cai 长chang 有you 广guang 振zhen 兴xing 根gen 保bao 善shan 学xue 清qing 正zheng
家jia 世shi 鸿hong 绍shao 泽ze 秉bing 仁ren 元yuan 满man 良liang 松song 培pei 锡xi 汉han 继ji 启qi 守shou 贤xian 道dao 宗zong
增zeng 炳bing 昌chang 和he 民min 海hai 文wen 玉yu 来lai 旺wang 茂mao 槐huai 耀yao 孝xiao`);
const OLD_F = parsePy(`桂gui 英ying 秀xiu 兰lan 凤feng 珍zhen 淑shu 芳fang 玉yu 梅mei 翠cui 花hua 琴qin 素su 云yun 霞xia 莲lian
菊ju 月yue 娥e 香xiang 荣rong 芬fen 惠hui 爱ai 巧qiao 彩cai 银yin 秋qiu 慧hui 珠zhu 贞zhen 美mei 萍ping 娟juan 敏min 丽li 金jin
佩pei 宝bao 瑞rui 琼qiong 清qing 凤feng 杏xing 桃tao 春chun`);
const YNG_M = parsePy(`伟wei 强qiang 磊lei 军jun 勇yong 杰jie 涛tao 斌bin 超chao 明ming 刚gang 平ping 辉hui 鹏peng 华hua 飞fei
鑫xin 波bo 宇yu 浩hao 凯kai 健jian 俊jun 帆fan 旭xu 宁ning 龙long 林lin 洋yang 亮liang 峰feng 建jian 志zhi 海hai 晨chen
阳yang 博bo 文wen 然ran 轩xuan 睿rui 子zi 昊hao 天tian 泽ze 一yi 瑞rui 东dong 国guo 新xin 永yong 立li 春chun 庆qing 民min
卫wei 红hong 兵bing 江jiang 晓xiao 家jia 嘉jia 豪hao 铭ming 宏hong 锋feng 成cheng 振zhen 毅yi 骏jun 彬bin 琦qi 岩yan`);
const YNG_F = parsePy(`丽li 敏min 静jing 燕yan 艳yan 娟juan 霞xia 芳fang 娜na 丹dan 玲ling 萍ping 红hong 婷ting 雪xue 琳lin 晶jing
颖ying 倩qian 洁jie 慧hui 莉li 萌meng 蕾lei 佳jia 欣xin 怡yi 雯wen 琪qi 璐lu 瑶yao 悦yue 彤tong 馨xin 妍yan 思si 雨yu 梦meng
诗shi 晓xiao 小xiao 春chun 海hai 秀xiu 美mei 文wen 华hua 梅mei 英ying 玉yu 凤feng 兰lan 云yun 琴qin 月yue 青qing 亚ya 金jin
宁ning 楠nan 薇wei 琼qiong`);
const MINORITY = [['买买提·艾力', 'maimaiti'], ['阿依古丽·买买提', 'ayiguli'], ['热依拉·吐尔逊', 'reyila'], ['艾尼瓦尔·吾守尔', 'aniwar'],
  ['古丽娜尔·阿不都', 'gulinaer'], ['迪丽娜尔·艾合买提', 'dilinaer'], ['扎西顿珠', 'zhaxidunzhu'], ['次仁卓玛', 'cirenzhuoma'],
  ['巴特尔', 'bateer'], ['乌云其其格', 'wuyunqiqige'], ['努尔兰·哈力木', 'nuerlan'], ['阿不都热合曼·吐尔洪', 'abudu']];
// words that must not come out as names (places, words, decoy words used below)
const NAME_BL = new Set(`文明 高山 金山 华山 江山 方正 明天 安全 成功 高明 黄山 石林 江海 白云 安宁 和平 长春 平安 永康 新华 金龙 龙华
宝山 黄海 文山 明月 金华 常德 华林 林海 海林 高峰 金凤 白雪 黄金 万元 余额 付款 周一 时光 程序 任务 马上 关于 向阳 方向 江南 石家
温和 康乐 施工 文华 牛奶 安康 齐全 庞大 颜色 庄园 章程 鲁山 岳阳 申请 关心 兰花 宁夏 尚书 符合 纪念 梅花 童年 凌晨 单位 季度 谷子
盛世 曲线 车间 项目 时间 华夏 卫生 金额 石山 路口 凤凰 常青 万年 万福 万寿 安息 永福 孝思 福寿 周年 江宁 秦淮 鼓楼 海葬 宁海
凤阳 田园 江北 天心 开福 朝阳 丰台 静安 黄浦 长宁 普陀 越秀 天河 海珠 汉阳 江汉 武昌 洪山 锦江 青羊 金牛 武侯 成华 新城 莲湖
中原 金水 岳麓 芙蓉 历下 和平 沈河 大东 城关 渝中 上城 西湖 拱墅 滨江 玄武 建邺 浦口 栖霞 江东 龙江 东方红 马兰 白兰 金银 管家
师生 商学 包子 宗教 安家 安乐 万安 高新 方便 金玉 金华 任意 史诗 叶子 程成 宁静 连云 柳青 白杨 华南 黄河 长江 常州 汤圆 冷静
江苏 孝顺 孝道 和顺 和美 安然 温暖 齐鲁 景德 成才 文化 文学 文艺 林业 明星 明亮 明白 高兴 高超 高强 高级 高手 万一 万里 程家`.split(/\s+/));
const DECOY_WORDS = new Set(); // filled by d.dec for non-numeric decoys, names must not overlap
function nameOk(n) {
  if (NAME_BL.has(n)) return false;
  for (const w of NAME_BL) if (w.length >= 2 && n.includes(w)) return false;
  for (const w of DECOY_WORDS) if (w.includes(n) || n.includes(w)) return false;
  return true;
}
function genName(sex, gen, sur) {
  for (let k = 0; k < 500; k++) {
    if (!sur && gen !== 'old' && chance(.012)) { const [n, py] = pick(MINORITY); if (nameOk(n)) return { name: n, sur: null, py: { sur: '', giv: [py] } }; }
    const s = sur ?? (chance(.02) ? (chance(.5) ? SUR2[0] : pick(SUR2)) : wpick(SUR_W));
    const pool = gen === 'old' ? (sex === 'M' ? OLD_M : OLD_F)
      : gen === 'mid' ? (sex === 'M' ? (chance(.5) ? OLD_M : YNG_M) : (chance(.5) ? OLD_F : YNG_F))
        : (sex === 'M' ? YNG_M : YNG_F);
    const two = chance(gen === 'old' ? 0.8 : gen === 'mid' ? 0.72 : 0.66) || s[0].length === 2 && chance(.5);
    const g1 = pick(pool), g2 = two ? pick(pool) : null;
    if (g2 && g2[0] === g1[0] && !chance(.25)) continue;
    const name = s[0] + g1[0] + (g2 ? g2[0] : '');
    if (!nameOk(name)) continue;
    return { name, sur: s, py: { sur: s[1], giv: g2 ? [g1[1], g2[1]] : [g1[1]] } };
  }
  throw new Error('genName');
}

// ---------------------------------------------------------------- cities
const CITIES = [
  { c: '南京', p: '江苏省', area: '025', ll: 8, cr: '320100', plate: '苏A', reg: [['320102', '玄武区'], ['320104', '秦淮区'], ['320105', '建邺区'], ['320106', '鼓楼区'], ['320111', '浦口区'], ['320113', '栖霞区'], ['320114', '雨花台区'], ['320115', '江宁区']], st: ['中山北路', '汉中路', '龙蟠中路', '中华路', '太平南路', '应天大街', '江东中路', '草场门大街', '迈皋桥路', '双龙大道'] },
  { c: '北京', p: '', area: '010', ll: 8, cr: '110000', plate: '京A', reg: [['110101', '东城区'], ['110102', '西城区'], ['110105', '朝阳区'], ['110106', '丰台区'], ['110108', '海淀区'], ['110111', '房山区'], ['110112', '通州区'], ['110114', '昌平区']], st: ['安定门外大街', '西直门内大街', '朝阳路', '丰台北路', '学院路', '良乡西路', '新华大街', '回龙观东大街'] },
  { c: '上海', p: '', area: '021', ll: 8, cr: '310000', plate: '沪A', reg: [['310101', '黄浦区'], ['310104', '徐汇区'], ['310105', '长宁区'], ['310106', '静安区'], ['310107', '普陀区'], ['310109', '虹口区'], ['310110', '杨浦区'], ['310112', '闵行区'], ['310115', '浦东新区']], st: ['漕溪北路', '天山路', '共和新路', '曹杨路', '四平路', '四川北路', '七莘路', '浦东大道', '延安西路'] },
  { c: '广州', p: '广东省', area: '020', ll: 8, cr: '440100', plate: '粤A', reg: [['440103', '荔湾区'], ['440104', '越秀区'], ['440105', '海珠区'], ['440106', '天河区'], ['440111', '白云区'], ['440112', '黄埔区']], st: ['中山五路', '东风西路', '江南大道中', '天河北路', '广园中路', '黄埔东路', '芳村大道'] },
  { c: '武汉', p: '湖北省', area: '027', ll: 8, cr: '420100', plate: '鄂A', reg: [['420102', '江岸区'], ['420103', '江汉区'], ['420104', '硚口区'], ['420106', '武昌区'], ['420111', '洪山区']], st: ['解放大道', '建设大道', '中山大道', '中北路', '珞喻路', '武珞路'] },
  { c: '成都', p: '四川省', area: '028', ll: 8, cr: '510100', plate: '川A', reg: [['510104', '锦江区'], ['510105', '青羊区'], ['510106', '金牛区'], ['510107', '武侯区'], ['510108', '成华区']], st: ['红星路', '蜀都大道', '一环路北三段', '武侯祠大街', '建设路', '人民南路'] },
  { c: '杭州', p: '浙江省', area: '0571', ll: 8, cr: '330100', plate: '浙A', reg: [['330102', '上城区'], ['330103', '下城区'], ['330105', '拱墅区'], ['330106', '西湖区'], ['330108', '滨江区']], st: ['解放路', '延安路', '莫干山路', '文三路', '江南大道', '凤起路'] },
  { c: '西安', p: '陕西省', area: '029', ll: 8, cr: '610100', plate: '陕A', reg: [['610102', '新城区'], ['610103', '碑林区'], ['610104', '莲湖区'], ['610113', '雁塔区']], st: ['东五路', '南大街', '莲湖路', '小寨东路', '长安南路'] },
  { c: '郑州', p: '河南省', area: '0371', ll: 8, cr: '410100', plate: '豫A', reg: [['410102', '中原区'], ['410103', '二七区'], ['410105', '金水区']], st: ['建设路', '大学路', '花园路', '农业路', '伏牛路'] },
  { c: '长沙', p: '湖南省', area: '0731', ll: 8, cr: '430100', plate: '湘A', reg: [['430102', '芙蓉区'], ['430103', '天心区'], ['430104', '岳麓区'], ['430105', '开福区']], st: ['五一大道', '劳动西路', '麓山南路', '湘江中路', '芙蓉中路'] },
  { c: '济南', p: '山东省', area: '0531', ll: 8, cr: '370100', plate: '鲁A', reg: [['370102', '历下区'], ['370103', '市中区'], ['370104', '槐荫区']], st: ['泉城路', '经十路', '经七路', '英雄山路', '纬二路'] },
  { c: '沈阳', p: '辽宁省', area: '024', ll: 8, cr: '210100', plate: '辽A', reg: [['210102', '和平区'], ['210103', '沈河区'], ['210104', '大东区'], ['210105', '皇姑区']], st: ['南京北街', '青年大街', '大东路', '黄河南大街', '北陵大街'] },
  { c: '兰州', p: '甘肃省', area: '0931', ll: 7, cr: '620100', plate: '甘A', reg: [['620102', '城关区'], ['620103', '七里河区'], ['620104', '西固区']], st: ['庆阳路', '东岗西路', '西津西路', '福利路'] },
  { c: '重庆', p: '', area: '023', ll: 8, cr: '500000', plate: '渝A', reg: [['500103', '渝中区'], ['500104', '大渡口区'], ['500105', '江北区'], ['500106', '沙坪坝区']], st: ['中山三路', '建新北路', '小龙坎正街', '松青路', '民生路'] },
];
const cityFull = (C) => (C.p ? C.p : '') + C.c + '市';
const CEM_WORD = ['松鹤', '福安', '永宁', '天福', '慈恩', '青松', '长青', '归真', '仙鹤', '望山', '恩德', '龙泉'];
const AREAS = ['松柏园', '福寿园', '常青园', '孝思园', '怀恩园', '永宁园', '颐和园区', 'A区', 'B区', 'C区', 'D区', 'E区', 'F区', '一区', '二区', '三区'];
const HALLS = ['万寿厅', '福寿厅', '常青厅', '安息厅', '怀念厅', '永思厅', '松柏厅', '万福厅', '思亲厅', '孝恩厅', '守灵厅'];
const STONES = ['山西黑', '黄金麻', '芝麻白', '芝麻灰', '中国黑', '蒙古黑', '印度红', '汉白玉', '浪花白', '枫叶红'];

function addrOf(C, reg) {
  const dist = (C.reg.find((r) => r[0] === reg) || pick(C.reg))[1];
  const base = `${cityFull(C)}${dist}${pick(C.st)}${ri(1, 480)}号`;
  return chance(.65) ? base + `${ri(1, 32)}栋${ri(1, 4)}单元${ri(1, 26)}0${ri(1, 4)}室` : chance(.5) ? base + `${pick(['附', '之'])}${ri(1, 9)}号` : base;
}

// ---------------------------------------------------------------- persons
const EMAIL_DOM = [['qq.com', 10], ['163.com', 9], ['126.com', 4], ['sina.com', 2], ['foxmail.com', 2], ['outlook.com', 2], ['gmail.com', 2],
  ['139.com', 1], ['aliyun.com', 1], ['sohu.com', 1], ['yeah.net', 1], ['hotmail.com', 1], ['sina.cn', 1]];
function mkEmail(p) {
  for (;;) {
    const dom = wpick(EMAIL_DOM); const { sur, giv } = p.py; const g = giv.join(''); const ini = (sur ? sur[0] : '') + giv.map((x) => x[0]).join('');
    const yy = String(p.birth.y);
    let local;
    if (dom === 'qq.com' && chance(.55)) local = String(ri(100000, 999999999));
    else if (dom === '139.com') local = p.mob;
    else local = wpick([[`${sur}${g}`, 2], [`${sur}${g}${yy.slice(2)}`, 3], [`${sur}${g}${yy}`, 2], [`${ini}${ri(10, 9999)}`, 3],
      [`${g}.${sur}`, 2], [`${sur}_${g}`, 1], [`${ini}${yy}`, 2], [`${sur}${ini.slice(1)}${ri(1, 99)}`, 2]]);
    if (!local || /^[._]/.test(local)) continue;
    const e = `${local}@${dom}`;
    if (USED.has(e)) continue; USED.add(e); return e;
  }
}
const BYEARS = { old: [1926, 1960], mid: [1950, 1978], young: [1970, 2001], staff: [1968, 2000] };
function mkPerson(o, C) {
  const sex = o.sex ?? (chance(.5) ? 'M' : 'F');
  const gen = o.gen ?? 'young';
  const nm = genName(sex, gen === 'staff' ? 'young' : gen, o.sur);
  const [y1, y2] = o.by ?? BYEARS[gen];
  const birth = randDate(y1, y2);
  const reg = chance(.82) ? pick(C.reg)[0] : pick(pick(CITIES).reg)[0];
  const p = { ...nm, sex, gen, birth, region: reg, city: C };
  if (o.legacy) { const s = reg + String(birth.y).slice(2) + pad(birth.m) + pad(birth.d) + pad(ri(0, 99)) + (sex === 'M' ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8])); p.id15 = s; p.id = upgrade15(s); }
  else p.id = makeId(reg, birth, sex);
  if (USED.has(p.id) || usccValid(p.id)) return mkPerson(o, C); USED.add(p.id);
  p.mob = newMobile();
  const cd = newCard(); p.card = cd.no; p.bank = cd.bank;
  p.email = mkEmail(p);
  p.addr = addrOf(C.reg.some((r) => r[0] === reg) ? C : C, reg);
  return p;
}
const KIN = {
  子: { sex: 'M', fam: 1, gen: 'mid', zhi: '之子', short: '子', long: '儿子' },
  长子: { sex: 'M', fam: 1, gen: 'mid', zhi: '之长子', short: '长子', long: '长子' },
  女: { sex: 'F', fam: 1, gen: 'mid', zhi: '之女', short: '女', long: '女儿' },
  长女: { sex: 'F', fam: 1, gen: 'mid', zhi: '之长女', short: '长女', long: '长女' },
  配偶: { sex: null, fam: 2, gen: 'old', zhi: null, short: '配偶', long: null },
  孙: { sex: 'M', fam: 1, gen: 'young', zhi: '之孙', short: '孙子', long: '孙子' },
  孙女: { sex: 'F', fam: 1, gen: 'young', zhi: '之孙女', short: '孙女', long: '孙女' },
  侄: { sex: 'M', fam: 1, gen: 'mid', zhi: '之侄', short: '侄子', long: '侄子' },
  儿媳: { sex: 'F', fam: 0, gen: 'mid', zhi: '之儿媳', short: '儿媳', long: '儿媳' },
  女婿: { sex: 'M', fam: 0, gen: 'mid', zhi: '之女婿', short: '女婿', long: '女婿' },
  外孙: { sex: 'M', fam: 0, gen: 'young', zhi: '之外孙', short: '外孙', long: '外孙' },
  弟: { sex: 'M', fam: 3, gen: 'old', zhi: '之弟', short: '弟', long: '弟弟' },
  妹: { sex: 'F', fam: 3, gen: 'old', zhi: '之妹', short: '妹', long: '妹妹' },
};
const relZhi = (dec, k) => k === '配偶' ? (dec.sex === 'M' ? '之妻' : '之夫') : KIN[k].zhi;
const relShort = (dec, k) => k === '配偶' ? (dec.sex === 'M' ? '妻' : '夫') : KIN[k].short;
const relLong = (dec, k) => k === '配偶' ? (dec.sex === 'M' ? '妻子' : '丈夫') : KIN[k].long;
const RELS = ['子', '子', '子', '长子', '女', '女', '女', '长女', '配偶', '孙', '孙女', '侄', '儿媳', '女婿', '外孙', '弟', '妹'];
const sx = (p) => (p.sex === 'M' ? '男' : '女');

// ---------------------------------------------------------------- formats
function fmtMob(m, st) {
  const sp = `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`, da = `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
  switch (st) {
    case 'plain': return m; case 'sp': return sp; case 'dash': return da; case '+86': return '+86' + m; case '+86sp': return '+86 ' + sp;
    case '+86dash': return '+86-' + m; case 'fw': return FW(m); case '0086': return '0086-' + da; case 'paren': return '(+86)' + m;
    case '344': return `${m.slice(0, 3)} ${m.slice(3, 7)}${m.slice(7)}`;
  }
  throw new Error(st);
}
const mobStyle = () => wpick([['plain', 72], ['sp', 8], ['dash', 6], ['+86', 3], ['+86sp', 3], ['fw', 2], ['0086', 1], ['paren', 1], ['+86dash', 1], ['344', 2]]);
function fmtId(id, st) {
  switch (st) {
    case 'plain': return id; case 'lx': return id.replace(/X$/, 'x'); case 'sp': return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    case 'fw': return FW(id); case 'dash': return `${id.slice(0, 6)}-${id.slice(6, 14)}-${id.slice(14)}`;
  }
  throw new Error(st);
}
const idStyle = () => wpick([['plain', 88], ['lx', 4], ['sp', 4], ['fw', 2], ['dash', 2]]);
function fmtCard(c, st) {
  switch (st) {
    case 'plain': return c; case 'sp4': return c.replace(/(\d{4})(?=\d)/g, '$1 '); case 'dash4': return c.replace(/(\d{4})(?=\d)/g, '$1-');
    case 'sp6': return `${c.slice(0, 6)} ${c.slice(6)}`; case 'fw': return FW(c);
  }
  throw new Error(st);
}
const cardStyle = () => wpick([['plain', 78], ['sp4', 14], ['dash4', 3], ['sp6', 3], ['fw', 2]]);
function fmtLL(l, st) {
  const n = l.num, a = l.area;
  switch (st) {
    case 'dash': return `${a}-${n}`; case 'paren': return `(${a})${n}`; case 'fwparen': return `（${a}）${n}`;
    case 'sp': return `${a} ${n.slice(0, n.length - 4)} ${n.slice(-4)}`; case 'intl': return `+86 ${a.slice(1)} ${n}`; case 'plain': return a + n;
    case 'dash2': return `${a}-${n.slice(0, n.length - 4)}-${n.slice(-4)}`;
  }
  throw new Error(st);
}
const llStyle = () => wpick([['dash', 70], ['paren', 8], ['fwparen', 4], ['sp', 6], ['intl', 3], ['plain', 4], ['dash2', 5]]);
function maskMob(m, st = 0) { return st === 1 ? m.slice(0, 3) + 'xxxx' + m.slice(7) : m.slice(0, 3) + '****' + m.slice(7); }
function maskId(id, st = 0) { return st === 1 ? id.slice(0, 3) + '*'.repeat(11) + id.slice(14) : st === 2 ? id.slice(0, 1) + '*'.repeat(16) + id.slice(17) : id.slice(0, 6) + '********' + id.slice(14); }
function maskCard(c) { return c.slice(0, 4) + ' **** **** ' + c.slice(-4); }
function maskName(n) { return n.length === 2 ? n[0] + '*' : n.length === 3 ? n[0] + '*' + n[2] : n[0] + '**' + n.slice(-1); }
function money(v) { return v.toFixed(2); }
function moneyC(v) { const [i, f] = v.toFixed(2).split('.'); return i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + '.' + f; }
function daxie4(n) { // 0 < n < 10000
  const u = ['', '拾', '佰', '仟']; const s = String(n); let out = ''; let zero = false;
  for (let i = 0; i < s.length; i++) {
    const d = +s[i], pos = s.length - 1 - i;
    if (d === 0) { zero = true; continue; }
    if (zero && out) out += '零'; zero = false; out += DAXIE[d] + u[pos];
  }
  return out;
}
function daxie(n) { // integer yuan to 大写, n < 100000000
  const w = Math.floor(n / 10000), r = n % 10000;
  let out = w ? daxie4(w) + '万' : '';
  if (r) out += (w && r < 1000 ? '零' : '') + daxie4(r);
  return out + '元整';
}
const padW = (s, w) => { const l = [...s].reduce((a, c) => a + (c.charCodeAt(0) > 0x2000 ? 2 : 1), 0); return s + ' '.repeat(Math.max(1, w - l)); };

// ---------------------------------------------------------------- document model
const JOBS = ['值班领导', '业务厅', '接运班', '火化车间', '礼仪队', '整容室', '保卫科', '司仪', '礼仪师', '火化师', '入殓师', '整容师',
  '接运司机', '值班长', '调度', '收费处', '骨灰堂', '馆办公室', '防腐整容', '冷藏间', '墓区管理', '服务中心'];
const PRODUCTS = ['金丝楠木骨灰盒', '汉白玉骨灰盒', '紫檀木骨灰盒', '黑檀骨灰盒', '青花瓷骨灰坛', '花梨木骨灰盒', '可降解骨灰坛', '寿衣七件套',
  '水晶棺', '白菊花篮', '黄菊花束', '万年青盆栽', '常青树苗', '金童玉女摆件'];
const PLACEHOLDERS = ['无名氏', '不详', '待补', '佚名'];
for (const w of [...JOBS, ...PRODUCTS, ...PLACEHOLDERS, ...HALLS, ...STONES, ...AREAS.filter((a) => /\p{Script=Han}{2}/u.test(a)),
  '福利院', '居委会', '村委会', '民政代办', '周年祭', '白事', '治丧', '余款', '付款人', '高新区', '周口', '黄山', '石材', '金额', '常规']) DECOY_WORDS.add(w);

class Doc {
  constructor(kind, C) { this.kind = kind; this.city = C; this.E = new Map(); this.DC = new Map(); this.Y = []; this.forms = []; this.names = new Set(); }
  _e(det, value, form) { const k = det + '|' + value; if (!this.E.has(k)) this.E.set(k, { detector: det, value }); this.forms.push({ det, value, form }); return form; }
  dc(det, value, ret) { const k = det + '|' + value; if (!this.DC.has(k)) this.DC.set(k, { detector: det, value }); return ret ?? value; }
  dec(kind, text) { this.Y.push({ kind, text: String(text) }); return String(text); }
  dt(text) { return this.dec('date', text); }
  amt(text) { return this.dec('amount', String(text)); }
  ts(text) { return this.dec('timestamp', text); }
  rel(text) { return this.dec('relation', text); }
  place(text) { return this.dec('place', text); }
  P(o = {}) { for (;;) { const p = mkPerson(o, this.city); if (this.names.has(p.name)) continue; this.names.add(p.name); return p; } }
  kin(dec, k) {
    const K = KIN[k]; const sex = K.sex ?? (dec.sex === 'M' ? 'F' : 'M');
    if (!dec.spouseSur) dec.spouseSur = dec.sur && chance(.03) ? dec.sur : wpick(SUR_W);
    const famSur = dec.sex === 'M' ? dec.sur : dec.spouseSur;
    const sur = K.fam === 1 ? famSur : K.fam === 2 ? (dec.sex === 'M' ? undefined : dec.spouseSur) : K.fam === 3 ? dec.sur : undefined;
    const p = this.P({ sex, gen: K.gen, sur: sur ?? undefined }); p.rel = k; return p;
  }
  n(p, form) { return this._e('person_name_zh', p.name, form ?? p.name); }
  nd(p) { return this.dc('person_name_zh', p.name); }
  m(p, st) { return this._e('cn_mobile', p.mob, fmtMob(p.mob, st ?? mobStyle())); }
  i(p, st) {
    if (p.id15 && st !== '18') return this._e('cn_resident_id', p.id, p.id15);
    return this._e('cn_resident_id', p.id, fmtId(p.id, st ?? idStyle()));
  }
  c(p, st) { return this._e('bank_card', p.card, fmtCard(p.card, st ?? cardStyle())); }
  e(p, form) { // <mobile>@139.com exposes the mobile too (cn-formats §10)
    if (p.email.startsWith(p.mob + '@')) this._e('cn_mobile', p.mob, p.mob);
    return this._e('email', p.email.toLowerCase(), form ?? p.email);
  }
  ll(l, st) { return this._e('cn_landline', l.value, fmtLL(l, st ?? llStyle())); }
  u(code) { return this._e('cn_uscc', code, code); }
  pp(p) { if (!p.passport) p.passport = newPassport(); return this._e('cn_passport', p.passport, p.passport); }
  // a typo'd card in a card field: dontCare (UnionPay cards may fail Luhn)
  cBad(p) { const b = badLuhn(p.card); return this.dc('bank_card', b, b); }
  idBad(p) { return this.dec('id_bad_check', badCheckId(p.id)); }
}

// domain numbers (all decoys)
const plotNo = () => wpick([
  [() => `${pick(AREAS)}${ri(1, 30)}排${ri(1, 40)}号`, 6],
  [() => `${pick('ABCDEFG'.split(''))}区${ri(1, 30)}排${ri(1, 40)}号`, 5],
  [() => `${pick('ABCDEFG'.split(''))}-${pad(ri(1, 30))}-${pad(ri(1, 40))}`, 2],
  [() => `${pick(AREAS)}${CN_NUM[ri(1, 9)]}排${CN_NUM[ri(1, 10)]}号`, 1],
  [() => `${pick(AREAS.filter((a) => a.endsWith('园')))}${ri(1, 12)}区${pad(ri(1, 30))}排${pad(ri(1, 40))}号`, 1]])();
const nicheNo = () => `${pick(['怀思堂', '永安堂', '思亲楼', '长青堂'])}${ri(1, 5)}楼${pick('ABCD'.split(''))}架${ri(1, 8)}层${pad(ri(1, 40))}格`;
function cremNo(C, dt) {
  return wpick([[() => `${dt.y}${pad(ri(1, 99999), 5)}`, 3], [() => `HH${dt.y}${pad(ri(1, 9999), 5)}`, 3],
    [() => safeNum(C.reg[0][0] + dt.y, 16), 2], [() => `${C.c.slice(0, 1)}火字第${dt.y}${pad(ri(1, 9999), 4)}号`, 1]])();
}
const deathCertNo = (reg, dt) => wpick([[() => `${pick(['K', 'F', 'Q', 'L'])}${reg}${String(dt.y).slice(2)}${pad(ri(1, 99999), 5)}`, 3],
  [() => `${pad(ri(1, 9999999), 7)}`, 2], [() => `No ${safeNum(String(ri(1, 9)), 10)}`, 1]])();
const contractNo = (dt) => wpick([[() => `${pick(['SH', 'FA', 'YN', 'TF', 'CE'])}-GM-${dt.y}-${pad(ri(1, 999), 4)}`, 3],
  [() => `MW${fd(dt, 'compact')}${pad(ri(1, 99), 3)}`, 3], [() => `（${dt.y}）${pick(['松', '福', '永', '慈'])}墓字第${pad(ri(1, 999), 4)}号`, 2]])();
const receiptNo = () => wpick([[() => `No.${pad(ri(1, 9999999), 7)}`, 3], [() => pad(ri(1, 99999999), 8), 2], [() => `No ${pad(ri(1, 999999), 6)}`, 1]])();
const ashesNo = (dt) => wpick([[() => `JC-${dt.y}-${pad(ri(1, 9999), 5)}`, 3], [() => `寄字${dt.y}第${pad(ri(1, 9999), 4)}号`, 2], [() => `${dt.y}${pad(ri(1, 99999), 5)}`, 2]])();
const orderNo = (dt, pre = 'DJ') => pre + safeNum(fd(dt, 'compact') + pad(ri(0, 23)) + pad(ri(0, 59)), 18);
const wxTrade = (dt) => '42000' + digits(5) + fd(dt, 'compact') + digits(10);
const snowflake = () => safeNum('17' + ri(5, 9), 19);
function tsCompact(dt) { return fd(dt, 'compact') + pad(ri(6, 22)) + pad(ri(0, 59)) + pad(ri(0, 59)); }

// the pool of documents
const DOCS = [];
function emit(d, text) { d.text = text; DOCS.push(d); }

// ================================================================ templates
// 1. 遗体接运登记单 (key-value form)
function tJieyun(d) {
  const C = d.city, org = `${C.c}市殡仪馆`;
  const death = randDate(2023, 2025), t = `${pad(ri(0, 23))}:${pad(ri(0, 59))}`;
  const staff = d.P({ gen: 'staff' }), driver = d.P({ gen: 'staff', sex: 'M' }), helper = d.P({ gen: 'staff', sex: 'M' });
  const jy = d.dec('dispatch_no', `JY${fd(death, 'compact')}${pad(ri(1, 60), 3)}`);
  const plate = d.dec('plate_no', `${C.plate}·${pick(['D', 'F'])}${ri(10000, 99999)}`);
  const L = [];
  const hdr = chance(.5);
  L.push(hdr ? `${org}\n遗体接运登记单                          派车单号：${jy}` : `${org}遗体接运（殡仪车派车）登记表   No：${jy}`);
  L.push(`登记时间：${d.ts(`${fd(death)} ${t}`)}        接单人：${d.n(staff)}`);
  L.push(hdr ? '━'.repeat(30) : '-'.repeat(56));
  if (chance(.09)) {
    const dist = pick(C.reg)[1];
    const station = d.dec('org_name', `${C.c}市公安局${dist.replace(/区$/, '')}分局${pick(['中山', '城东', '新街', '东关', '南湖', '长江'])}派出所`);
    L.push(`逝者姓名：${d.dec('placeholder_name', pick(['无名氏', '无名氏', '不详']))}（${pick(['男', '女'])}，约${ri(45, 80)}岁）`);
    L.push(`身份证号：${pick(['不详', '无', '待核实'])}`);
    L.push(`移交单位：${station}`);
    L.push(`经办民警：${d.dec('masked_name', wpick(SUR_W)[0] + '某')}   警号：${d.dec('police_no', pad(ri(1, 999999), 6))}`);
    L.push(`接运地点：${pick(C.st)}${pick(['桥洞', '公交站台附近', '河道边', '出租屋内'])}`);
    L.push(`冷藏柜号：${d.dec('cabinet_no', `${pick(['A', 'B', 'C'])}-${pad(ri(1, 48))}`)}`);
    L.push(`接运车辆：${plate}  司机：${d.n(driver)}  随车：${d.n(helper)}`);
    L.push(`备注：公安移交无名尸体，待登报公告认领（公告期60日），费用由${d.dec('org_name', `${C.c}市民政局`)}承担`);
    return emit(d, L.join('\n'));
  }
  const dec = d.P({ gen: 'old' }); const rk = pick(RELS); const ct = d.kin(dec, rk);
  L.push(`逝者姓名：${d.n(dec)}      性别：${sx(dec)}     年龄：${ageAt(dec.birth, death)}岁`);
  const idl = pick(['身份证号', '身份证号码', '身分证号', '证件号码', '公民身份号码']);
  L.push(`${idl}：${chance(.08) ? d.idBad(dec) : d.i(dec)}`);
  L.push(`${pick(['户籍地址', '住址', '家庭住址'])}：${dec.addr}`);
  L.push(`死亡时间：${d.dt(fd(death, 'cn'))} ${pad(ri(0, 23))}时${pad(ri(0, 59))}分    死亡原因：${pick(['疾病（正常死亡）', '病故', '自然死亡', '疾病'])}`);
  L.push(`死亡证明编号：${d.dec('death_cert_no', deathCertNo(dec.region, death))}`);
  const atHome = chance(.4);
  L.push(`接运地点：${atHome ? '家中（地址同上）' : pick([`${C.c}市第${pick(['一', '二', '三'])}人民医院太平间`, `${C.c}市中医院住院部`, `${pick(C.reg)[1]}${pick(['社区卫生服务中心', '颐养院', '社会福利院'])}`])}`);
  const z = relZhi(dec, rk);
  L.push(`联 系 人：${d.n(ct)}（逝者${z}）    联系电话：${d.m(ct)}`);
  if (chance(.5)) { const k2 = pick(RELS.filter((r) => r !== rk)); const c2 = d.kin(dec, k2); L.push(`备用联系人：${d.n(c2)}（${relShort(dec, k2)}） ${d.m(c2)}`); }
  else if (chance(.5)) L.push(`备用电话：${d.ll(newLandline(C))}`);
  if (chance(.45)) L.push(`联系人身份证：${d.i(ct)}`);
  L.push(`接运车辆：${plate}   司机：${d.n(driver)}   随车：${d.n(helper)}`);
  L.push(`遗体状况：${pick(['□完好 ☑需整容 □需防腐', '☑完好 □需整容 □需防腐', '□完好 □需整容 ☑需防腐', '☑完好'])}`);
  L.push(`预订：${d.dec('hall_name', pick(HALLS))} ${d.dt(fd(addDays(death, ri(2, 4)), 'md'))} ${pick(['上午', '上午8:30', '9:00', '下午'])}  ${pick(['冷藏2天', '冷藏3天', '不冷藏，当日火化'])}`);
  L.push(`家属签字：${d.n(ct)}          接运人员签字：${d.n(driver)}`);
  L.push(`备注：${pick(['家属要求天亮前接运，小区西门进，电梯可用', '老人生前信佛，家属自带寿衣', '需走楼梯6楼，多派一人', '医院开具死亡证明后通知出车', '家属已在门口等候', '无'])}`);
  emit(d, L.join('\n'));
}

// 2. 96444 热线接运派单日志
function tDispatchLog(d) {
  const C = d.city; const day = randDate(2023, 2025);
  const L = [`# ${C.c}市殡葬服务热线96444 接运调度系统 日志导出 ${fd(day)}`];
  d.dec('hotline', '96444');
  let h = 0;
  const n = ri(4, 9);
  for (let k = 0; k < n; k++) {
    h = Math.min(23, h + ri(0, 3));
    const ts = (m) => d.ts(`${fd(day)} ${pad(h)}:${pad(Math.min(59, m))}:${pad(ri(0, 59))}`);
    const dec = d.P({ gen: 'old' }); const rk = pick(RELS); const ct = d.kin(dec, rk);
    const no = d.dec('dispatch_no', `JY${fd(day, 'compact')}${pad(k + 1, 3)}`);
    const drv = d.P({ gen: 'staff', sex: 'M' });
    const m1 = ri(0, 20);
    L.push(`${ts(m1)} [INFO] CALL-IN caller=${d.m(ct, 'plain')} name=${d.n(ct)} relation=${d.rel(relShort(dec, rk))} deceased=${d.n(dec)} sex=${dec.sex} age=${ageAt(dec.birth, day)} addr=${dec.addr.replace(cityFull(C), '')}`);
    if (chance(.3)) L.push(`${ts(m1 + 1)} [INFO] IDCARD deceased_id=${d.i(dec, 'plain')} src=ocr`);
    if (chance(.12)) { const bad = d.dec('id_bad_check', badCheckId(dec.id)); L.push(`${ts(m1 + 1)} [WARN] IDCARD checksum mismatch value=${bad} -> ask family to resend photo`); }
    L.push(`${ts(m1 + 2)} [INFO] DISPATCH no=${no} car=${d.dec('plate_no', `${C.plate}·D${ri(10000, 99999)}`)} driver=${d.n(drv)}(${d.m(drv, 'plain')})`);
    if (chance(.7)) L.push(`${ts(m1 + ri(20, 39))} [INFO] ARRIVE no=${no} gps=${d.dec('gps', `${ri(22, 41)}.${digits(4)},${ri(103, 121)}.${digits(4)}`)}`);
    if (chance(.2)) L.push(`${ts(m1 + 40)} [WARN] CALLBACK failed caller=${maskMob(ct.mob)} reason=no_answer retry=1`), d.dec('masked_mobile', maskMob(ct.mob));
    L.push(`${ts(Math.min(59, m1 + ri(41, 59)))} [INFO] CHECKIN no=${no} cabinet=${d.dec('cabinet_no', `${pick(['A', 'B', 'C', 'D'])}${pad(ri(1, 60))}`)} status=in_storage`);
    h++;
  }
  if (chance(.5)) L.push(`${fd(day)} 23:59:59 [INFO] daily summary: calls=${n + ri(0, 5)} dispatched=${n} avg_arrive_min=${ri(25, 48)}`);
  emit(d, L.join('\n'));
}

// 3. 火化登记簿
function tHuohua(d) {
  const C = d.city; const org = `${C.c}市殡仪馆`; const mon = randDate(2023, 2025);
  const rows = ri(8, 18); const layout = pick(['pipe', 'fixed', 'csv']); const dst = layout === 'csv' ? 'iso' : pick(['short', 'dot', 'iso']);
  const H = ['序号', '火化证号', '逝者姓名', '性别', '年龄', '身份证号', '死亡日期', '火化日期', '炉号', '家属姓名', '关系', '联系电话', '骨灰去向'];
  const R = [];
  let day = { y: mon.y, m: mon.m, d: 1 };
  for (let k = 0; k < rows; k++) {
    if (chance(.4) && day.d < 27) day = addDays(day, 1);
    const death = addDays(day, -ri(1, 5));
    const pp = chance(.04);
    const dec = d.P({ gen: 'old' }); const rk = pick(RELS); const ct = d.kin(dec, rk);
    let idv;
    if (pp) idv = `护照${d.pp(dec)}`;
    else if (chance(.06)) idv = d.idBad(dec);
    else if (chance(.04)) idv = d.dec('masked_id', maskId(dec.id));
    else idv = d.i(dec, chance(.95) ? 'plain' : 'lx');
    const whereTo = pick(['家属领回', '家属领回', '寄存', `安葬${C.c}${pick(CEM_WORD)}陵园`, '海葬', '骨灰堂寄存', '带回原籍']);
    const furn = d.dec('furnace_no', String(ri(1, 6)) + '#');
    if (chance(.05)) { // 特困供养 / 福利院代办: no family
      const who = d.dec(pick(['org_name', 'placeholder_name']), pick(['福利院', '民政代办', '居委会']));
      R.push([String(k + 1), d.dec('cremation_no', cremNo(C, day)), d.n(dec), sx(dec), String(ageAt(dec.birth, death)), idv, d.dt(fd(death, dst)), d.dt(fd(day, dst)), furn, who, '—', d.ll(newLandline(C), 'plain'), '骨灰堂寄存']);
      continue;
    }
    const tel = chance(.1) ? d.ll(newLandline(C), 'plain') : chance(.04) ? d.dec('mobile_unallocated', badMobile()) : d.m(ct, chance(.9) ? 'plain' : 'dash');
    R.push([String(k + 1), d.dec('cremation_no', cremNo(C, day)), d.n(dec), sx(dec), String(ageAt(dec.birth, death)), idv, d.dt(fd(death, dst)), d.dt(fd(day, dst)),
      furn, d.n(ct), d.rel(relShort(dec, rk)), tel, whereTo]);
  }
  const L = [];
  const title = `${org} 火化登记簿（${mon.y}年${mon.m}月）`;
  if (layout === 'pipe') {
    L.push(title + `                     第 ${ri(3, 40)} 页`); L.push('| ' + H.join(' | ') + ' |'); L.push('|' + H.map(() => '---').join('|') + '|');
    for (const r of R) L.push('| ' + r.join(' | ') + ' |');
  } else if (layout === 'fixed') {
    const W = [4, 18, 14, 4, 4, 22, dst === 'short' ? 7 : 12, dst === 'short' ? 7 : 12, 4, 12, 6, 15, 20];
    L.push(title); L.push(H.map((h, i) => padW(h, W[i])).join('')); L.push('='.repeat(130));
    for (const r of R) L.push(r.map((c, i) => padW(c, W[i])).join(''));
  } else {
    L.push(H.join(',')); for (const r of R) L.push(r.join(','));
  }
  const op = d.P({ gen: 'staff' }), ck = d.P({ gen: 'staff' });
  L.push(layout === 'csv' ? `,,,,登记人：${d.n(op)},,复核：${d.n(ck)}` : `登记人：${d.n(op)}    复核：${d.n(ck)}    本页火化 ${rows} 具`);
  emit(d, L.join('\n'));
}

// 4. 墓位购买合同 (PDF text extraction)
function tContract(d) {
  const C = d.city; const cem = `${C.c}${pick(CEM_WORD)}陵园`; const co = `${cem}有限公司`;
  d.dec('org_name', co);
  const sign = randDate(2023, 2025); const cn = d.dec('contract_no', contractNo(sign));
  const uscc = makeUSCC('91', pick(C.reg)[0]);
  const buyer = d.P({ gen: 'mid' });
  const dec = d.P({ gen: 'old', sur: chance(.6) ? buyer.sur : undefined, sex: chance(.5) ? 'M' : 'F' });
  const spouse = chance(.5) ? d.P({ gen: 'old', sex: dec.sex === 'M' ? 'F' : 'M' }) : null;
  const tel = newLandline(C); const clerk = d.P({ gen: 'staff' });
  const plot = d.dec('plot_no', plotNo()); const stone = d.dec('stone_name', pick(STONES));
  const price = ri(28, 168) * 1000 + pick([0, 800, 500]); const fee = pick([60, 80, 100, 120, 150]);
  const death = randDate(sign.y - 1, sign.y); const lines = [];
  const brk = (s) => { // PDF extraction wraps long lines; never inside a decoy value
    if (s.length < 40 || !chance(.6)) return s;
    for (let k = 0; k < 20; k++) {
      const p = ri(28, Math.min(s.length - 4, 46));
      if (d.Y.some((y) => { const i = s.indexOf(y.text); return i >= 0 && i < p && p < i + y.text.length; })) continue;
      return s.slice(0, p) + '\n' + s.slice(p);
    }
    return s;
  };
  lines.push(`合同编号：${cn}`);
  lines.push(`                ${pick(['经营性公墓墓位使用权购买合同', '墓位使用协议书', '公墓墓穴认购合同'])}`);
  lines.push(`甲方（出售方）：${co}`);
  lines.push(`统一社会信用代码：${d.u(uscc)}`);
  lines.push(`地址：${cityFull(C)}${pick(C.reg)[1]}${pick(C.st)}${ri(1, 300)}号    电话：${d.ll(tel)}`);
  lines.push(`乙方（购墓人）：${d.n(buyer)}        性别：${sx(buyer)}`);
  const overseas = chance(.12);
  if (overseas) lines.push(`证件类型：护照    证件号码：${d.pp(buyer)}`);
  else { const f = d.i(buyer, 'plain'); const cut = ri(8, 14); lines.push(`身份证号码：${chance(.25) ? (d.forms.pop(), d._e('cn_resident_id', buyer.id, f.slice(0, cut) + '\n' + f.slice(cut))) : f}`); }
  lines.push(`联系地址：${buyer.addr}`);
  lines.push(`联系电话：${d.m(buyer)}${chance(.5) ? `    电子邮箱：${d.e(buyer)}` : ''}`);
  lines.push(`逝者信息：`);
  lines.push(`  姓名：${d.n(dec)}   性别：${sx(dec)}   生卒：${d.dec('life_dates', `${fd(dec.birth, 'dot')}—${fd(death, 'dot')}`)}`);
  if (chance(.6)) lines.push(`  身份证号：${d.i(dec)}   火化证号：${d.dec('cremation_no', cremNo(C, death))}`);
  if (spouse) lines.push(`  姓名：${d.n(spouse)}   性别：${sx(spouse)}   （健在，预留寿穴）`);
  lines.push(`第一条 墓位基本情况`);
  lines.push(brk(`  墓位编号：${plot}，墓型：${spouse ? '双穴' : '单穴'}${pick(['立碑', '卧碑', '艺术墓'])}，占地面积：${pick(['0.8', '1.0', '1.2', '1.5'])}平方米，碑材：${stone}。`));
  lines.push(`第二条 价款及支付方式`);
  lines.push(brk(`  墓位价款人民币${d.dec('amount', moneyC(price))}元（大写：${daxie(price)}），刻字费${d.amt(ri(6, 20) * 100 + '元')}；墓位维护管理费按每穴每年${d.amt(fee + '元')}计收，一次性预交20年，计${d.amt(fee * 20 * (spouse ? 2 : 1) + '元')}。`));
  const pay = pick(['card', 'transfer', 'cash']);
  if (pay === 'card') lines.push(`  乙方以银行卡（卡号：${d.c(buyer)}，${buyer.bank}）刷卡支付，POS凭证号${d.dec('pos_voucher', pad(ri(1, 999999), 6))}。`);
  else if (pay === 'transfer') lines.push(`  乙方转账至甲方账户：户名：${co}  账号：${d.dec('corporate_account', safeNum(String(ri(3, 4)) + digits(3), ri(20, 22)))}  开户行：${pick(['中国工商银行', '中国建设银行', '南京银行', '中国农业银行'])}${pick(C.reg)[1].replace(/区$/, '')}支行`);
  else lines.push(`  乙方以现金方式支付，甲方开具收据（收据号${d.dec('receipt_no', receiptNo())}）。`);
  if (chance(.5)) lines.push(`  如发生退款，甲方将款项原路退回或退至乙方指定账户（户名：${d.n(buyer)}，账号：${d.c(buyer, 'plain')}）。`);
  lines.push(`第三条 乙方须于安葬前凭火化证明、本合同及墓位证办理安葬手续，墓位证编号${d.dec('certificate_no', `${pick(['MWZ', 'SYZ'])}${sign.y}${pad(ri(1, 9999), 5)}`)}。`);
  lines.push(`第四条 本合同一式三份，甲方两份，乙方一份，自双方签字盖章之日起生效。`);
  lines.push(`甲方（盖章）：${co}            乙方（签字）：${d.n(buyer)}`);
  lines.push(`经办人：${d.n(clerk)}                          日期：${d.dt(fd(sign, 'cn'))}`);
  if (chance(.4)) lines.push(`— ${ri(2, 4)} —`);
  emit(d, lines.join('\n'));
}

// 5. 墓穴登记 CSV export
function tMuxue(d) {
  const C = d.city; const cem = `${C.c}${pick(CEM_WORD)}${pick(['陵园', '公墓'])}`; const area = pick(AREAS);
  const H = ['墓区', '排', '号', '墓型', '逝者姓名', '性别', '出生日期', '死亡日期', '逝者身份证号', '下葬日期', '购墓人', '与逝者关系', '联系电话', '管理费到期', '备注'];
  const sep = chance(.75) ? ',' : '\t';
  const L = [];
  if (chance(.5)) L.push(`${cem}墓穴登记台账导出  墓区：${area}  导出时间：${d.ts(`${fd(randDate(2024, 2025))} ${hms()}`)}`);
  L.push(H.join(sep));
  const row = ri(1, 20); const rows = ri(8, 22);
  for (let k = 0; k < rows; k++) {
    const old = chance(.45);
    const death = old ? randDate(1988, 2012) : randDate(2013, 2025);
    const dec = d.P({ gen: 'old', by: old ? [1905, 1945] : [1926, 1960], legacy: old && chance(.45) });
    const rk = pick(['子', '子', '女', '女', '配偶', '孙', '侄', '长子', '长女']); const buyer = d.kin(dec, rk);
    let idc;
    if (old && !dec.id15 && chance(.5)) idc = '';
    else if (dec.id15) idc = d.i(dec);
    else if (chance(.05)) idc = d.idBad(dec);
    else idc = d.i(dec, 'plain');
    let tel;
    const tr = rnd();
    if (tr < .1) tel = d.ll(newLandline(C), pick(['dash', 'plain']));
    else if (tr < .14) tel = d.dec('mobile_unallocated', badMobile());
    else if (tr < .17) tel = '';
    else tel = d.m(buyer, chance(.9) ? 'plain' : 'dash');
    const bur = addDays(death, ri(3, 400));
    const due = { y: ri(2024, 2032), m: bur.m, d: Math.min(bur.d, 28) };
    let note = '';
    const nr = rnd();
    if (nr < .12) { const k2 = pick(['女', '孙女', '儿媳']); const c2 = d.kin(dec, k2); note = `联系人已变更为其${relLong(dec, k2)}${d.n(c2)} ${d.m(c2, 'plain')}`; }
    else if (nr < .2) note = `迁自${pick(['老城区公墓', '原籍', '城南义地', '平房区旧坟'])}`;
    else if (nr < .28) note = `${bur.y}年立碑`;
    else if (nr < .34) note = '欠费';
    else if (nr < .38) { note = `寿穴（${d.n(d.P({ gen: 'old', sex: dec.sex === 'M' ? 'F' : 'M' }))}）`; }
    const q = (s) => (sep === ',' && /[,，]/.test(s) ? `"${s}"` : s);
    L.push([area, String(row + Math.floor(k / 6)), String((k % 6) + ri(1, 3)), pick(['单穴', '双穴', '双穴', '三穴', '树葬']), d.n(dec), sx(dec),
      d.dt(fd(dec.birth, chance(.5) ? 'iso' : 'slash')), d.dt(fd(death, 'iso')), idc, d.dt(fd(bur, 'iso')), buyer && d.n(buyer), d.rel(relShort(dec, rk)), tel, d.dt(fd(due, 'iso')), q(note)].join(sep));
  }
  if (chance(.3)) {
    const unit = d.dec('org_name', pick([`${C.c}市政工程公司工会`, `${C.c}第二机床厂退管会`, `${pick(C.reg)[1]}民政局`]));
    const dec = d.P({ gen: 'old', by: [1910, 1950] });
    L.push([area, String(row + 5), '1', '单穴', d.n(dec), sx(dec), d.dt(fd(dec.birth, 'iso')), d.dt(fd(randDate(1995, 2010), 'iso')), '', '', unit, '单位', d.ll(newLandline(C), 'dash'), '', '单位统一购置'].join(sep));
  }
  emit(d, L.join('\n'));
}

const JIEDAO = ['城南街道', '城北街道', '东关街道', '西园街道', '新街口街道', '长江路街道', '解放路街道', '建设街道', '湖滨街道', '文昌街道', '南湖街道', '北苑街道'];

// 6. 祭扫预约导出
function tJisao(d) {
  const C = d.city; const cem = `${C.c}${pick(CEM_WORD)}${pick(['陵园', '公墓', '人文纪念园'])}`;
  const fest = pick(['qm', 'qm', 'qm', 'dz', 'zy']); const y = ri(2023, 2025);
  const base = fest === 'qm' ? { y, m: 4, d: ri(1, 6) } : fest === 'dz' ? { y, m: 12, d: 21 } : { y, m: 8, d: ri(15, 30) };
  const masked = chance(.25); const withMail = !masked && chance(.35); const sep = pick([',', '\t', ',']);
  const H = ['预约单号', '预约人', '手机号', '证件类型', '证件号码', '预约日期', '入园时段', '随行人数', '祭扫墓位', '逝者姓名', '核验状态'];
  if (withMail) H.splice(3, 0, '邮箱');
  const L = [];
  if (chance(.6)) L.push(`${cem}${fest === 'qm' ? '清明' : fest === 'dz' ? '冬至' : '中元'}祭扫预约名单${masked ? '（脱敏）' : ''}  共${'{N}'}条`);
  L.push(H.join(sep));
  const rows = ri(12, 26);
  for (let k = 0; k < rows; k++) {
    if (!masked && chance(.05)) { // 单位团体预约 (烈士墓祭扫)
      const [creg, cd] = pick(C.reg); const kind = pick([['实验小学', '12'], ['第一中学', '12'], ['老干部局', '11'], ['退役军人事务局', '11']]);
      const t = d.P({ gen: 'staff' }); const dt = addDays(base, ri(-2, 2));
      const r = [d.dec('reservation_no', `TT${safeNum(fd(dt, 'compact'), 14)}`), d.dec('org_name', `${cd}${kind[0]}`), d.m(t, 'plain'), '统一社会信用代码', d.u(makeUSCC(kind[1], creg)), d.dt(fd(dt)),
        d.dec('time_slot', '09:00-11:00'), String(ri(20, 60)), d.dec('plot_no', `烈士墓区${CN_NUM[ri(1, 3)]}排`), d.dec('placeholder_name', '革命烈士'), '已核验'];
      if (withMail) r.splice(3, 0, '');
      L.push(r.join(sep)); continue;
    }
    const p = d.P({ gen: chance(.7) ? 'mid' : 'young' });
    const dec = d.P({ gen: 'old', sur: chance(.6) ? p.sur : undefined });
    const pass = !masked && chance(.05);
    const idType = pass ? '护照' : '身份证';
    let mob, idv;
    if (masked) { mob = d.dec('masked_mobile', maskMob(p.mob, chance(.8) ? 0 : 1)); idv = d.dec('masked_id', maskId(p.id, ri(0, 2))); }
    else {
      mob = chance(.03) ? d.dec('mobile_unallocated', badMobile()) : d.m(p, chance(.92) ? 'plain' : 'sp');
      idv = pass ? d.pp(p) : chance(.04) ? d.idBad(p) : d.i(p, chance(.96) ? 'plain' : 'lx');
    }
    const dt = addDays(base, ri(-2, 2));
    const r = [d.dec('reservation_no', `${pick(['YY', 'JS'])}${safeNum(fd(dt, 'compact'), 14)}`), d.n(p), mob, idType, idv, d.dt(fd(dt)),
      d.dec('time_slot', pick(['07:00-09:00', '09:00-11:00', '11:00-13:00', '13:00-15:00', '15:00-17:00'])), String(ri(0, 4)), d.dec('plot_no', plotNo()), d.n(dec),
      pick(['已核验', '已核验', '已核验', '未到园', '已取消'])];
    if (withMail) r.splice(3, 0, chance(.7) ? d.e(p) : '');
    L.push(r.join(sep));
  }
  emit(d, L.join('\n').replace('{N}', String(rows)));
}

// 7. 惠民殡葬补贴申领汇总表 (to 民政)
function tButie(d) {
  const C = d.city; const [reg, dist] = pick(C.reg); const y = ri(2023, 2025); const q = ri(1, 4);
  const amt = pick([800, 1000, 1200, 1500, 2000, 2600]);
  const layout = pick(['pipe', 'tsv', 'csv']);
  const H = ['序号', '逝者姓名', '性别', '身份证号码', '户籍地', '死亡日期', '火化日期', '火化证号', '申领人', '与逝者关系', '申领人身份证号', '联系电话', '开户银行', '银行卡号', '补贴金额（元）'];
  const R = [];
  const rows = ri(5, 14);
  for (let k = 0; k < rows; k++) {
    const death = randDate(y, y, q * 3 - 2, q * 3);
    const dec = d.P({ gen: 'old' }); dec.region = reg; do { dec.id = makeId(reg, dec.birth, dec.sex); } while (usccValid(dec.id));
    const rk = pick(['子', '子', '女', '女', '配偶', '长子', '孙', '儿媳']); const ap = d.kin(dec, rk);
    const welfare = chance(.06);
    let card;
    const cr = rnd();
    if (welfare) card = '';
    else if (cr < .04) card = d.cBad(ap);
    else if (cr < .07) card = d.dec('excel_sci', `${ap.card.slice(0, 1)}.${ap.card.slice(1, 6)}E+${ap.card.length - 1}`);
    else card = d.c(ap, chance(.8) ? 'plain' : 'sp4');
    const street = pick(JIEDAO);
    if (welfare) { // 特困供养人员: 福利院 applies, pays into its corporate account
      R.push([String(k + 1), d.n(dec), sx(dec), d.i(dec, 'plain'), d.place(`${dist}${street}`), d.dt(fd(death, 'iso')), d.dt(fd(addDays(death, ri(2, 5)), 'iso')),
        d.dec('cremation_no', cremNo(C, death)), d.dec('org_name', `${dist}社会福利院`), '供养机构', '—', d.ll(newLandline(C), 'dash'), pick(['中国工商银行', '中国建设银行']), d.dec('corporate_account', safeNum(String(ri(3, 4)), 20)), d.amt(amt)]);
      continue;
    }
    R.push([String(k + 1), d.n(dec), sx(dec), chance(.05) ? d.idBad(dec) : d.i(dec, 'plain'), d.place(`${dist}${street}`), d.dt(fd(death, 'iso')), d.dt(fd(addDays(death, ri(2, 5)), 'iso')),
      d.dec('cremation_no', cremNo(C, death)), d.n(ap), d.rel(relShort(dec, rk)), d.i(ap, chance(.93) ? 'plain' : 'lx'), chance(.95) ? d.m(ap, 'plain') : d.ll(newLandline(C), 'dash'), ap.bank, card, d.amt(amt)]);
  }
  const L = [`${dist}${y}年第${CN_NUM[q]}季度惠民殡葬补贴（基本殡葬服务费用减免）申领汇总表`];
  L.push(`填报单位（盖章）：${dist}民政局社会事务科                     单位：元`);
  if (layout === 'pipe') { L.push('|' + H.join('|') + '|'); for (const r of R) L.push('|' + r.join('|') + '|'); }
  else if (layout === 'tsv') { L.push(H.join('\t')); for (const r of R) L.push(r.join('\t')); }
  else { L.push(H.join(',')); for (const r of R) L.push(r.join(',')); }
  const f = d.P({ gen: 'staff' }), a = d.P({ gen: 'staff' });
  L.push(`合计：${rows}人  ${d.dec('amount', moneyC(rows * amt))}元`);
  L.push(`填报人：${d.n(f)}   联系电话：${d.ll(newLandline(C))}   审核人：${d.n(a)}   填报日期：${fd(randDate(y, y, q * 3, q * 3), 'cn')}`);
  d.dec('org_name', `${dist}民政局社会事务科`);
  emit(d, L.join('\n'));
}

// 8. 公示 (masked IDs)
function tGongshi(d) {
  const C = d.city; const [, dist] = pick(C.reg); const y = ri(2023, 2025), m = ri(1, 12);
  const s = randDate(y, y, m, m); const e = addDays(s, 7);
  const L = [`关于${y}年${m}月惠民殡葬补贴发放对象的公示`, '',
    `    根据《${C.c}市惠民殡葬政策实施办法》有关规定，经本人（家属）申请、街道初审、区民政局审核，现将${y}年${m}月惠民殡葬补贴拟发放对象予以公示，公示期为${d.dt(fd(s, 'cn'))}至${d.dt(fd(e, 'cn'))}。`, ''];
  const withAp = chance(.5);
  L.push(['序号', '姓名', '性别', '身份证号', '户籍所在地', ...(withAp ? ['申领人'] : []), '补贴项目', '金额（元）'].join('  '));
  const rows = ri(6, 18);
  for (let k = 0; k < rows; k++) {
    const dec = d.P({ gen: 'old' });
    const st = ri(0, 2);
    const ap = withAp ? d.kin(dec, pick(['子', '女', '配偶'])) : null;
    L.push([String(k + 1), d.n(dec), sx(dec), d.dec('masked_id', maskId(dec.id, st)), d.place(`${dist}${pick(JIEDAO)}`),
      ...(ap ? [d.dec('masked_name', maskName(ap.name))] : []), pick(['基本殡葬服务费减免', '火化补贴', '生态安葬奖补', '骨灰海撒奖补']), d.amt(pick([1000, 1200, 1500, 2000]))].join('  '));
  }
  const ct = d.P({ gen: 'staff' });
  L.push('', `    公示期间，如有异议，请以书面形式向${dist}民政局社会事务科反映。`);
  L.push(`    监督电话：${d.ll(newLandline(C))}    联系人：${d.n(ct)}`);
  L.push('', `                                        ${dist}民政局`, `                                        ${fd(s, 'cn')}`);
  emit(d, L.join('\n'));
}

// 9. 讣告 (prose; names dontCare unless labelled)
function tObit(d) {
  const C = d.city; const dec = d.P({ gen: 'old' }); const death = randDate(2023, 2025);
  const age = ageAt(dec.birth, death); const hall = d.dec('hall_name', pick(HALLS)); const fare = addDays(death, ri(2, 4));
  const title = dec.sex === 'M' ? '先生' : '女士';
  const v = pick(['family', 'family', 'work', 'wechat']);
  const L = [];
  if (v === 'family') {
    L.push('讣  告', '');
    L.push(`    我们敬爱的${dec.sex === 'M' ? '父亲' : '母亲'}${d.nd(dec)}${title}，因病医治无效，于${d.dt(fd(death, 'cn'))}${ri(0, 23)}时${ri(1, 59)}分在${C.c}安详辞世，享年${age}岁。`);
    const bp = pick(['江苏省泰州市', '安徽省六安市', '山东省临沂市', '河南省周口市', '湖北省黄冈市', '四川省南充市', '浙江省绍兴市']);
    if (bp.includes('周口')) d.dec('place', '周口');
    L.push(`    ${dec.name}${title}${dec.birth.y}年${dec.birth.m}月出生于${bp}，${pick(['一生勤劳朴实，待人宽厚', '早年参军，转业后长期在企业工作', '从事教育工作四十余年，桃李满天下', '勤俭持家，含辛茹苦养育子女成人'])}。`);
    L.push(`    兹定于${d.dt(fd(fare, 'cn'))}（星期${weekday(fare)}）上午${pick(['8', '9', '10'])}时在${C.c}市殡仪馆${hall}举行遗体告别仪式。遵照逝者遗愿，丧事从简${chance(.5) ? '，敬辞花圈、挽联' : ''}。`);
    L.push('    特此讣告。', '');
    const kids = [];
    const nk = ri(2, 4); const used = new Set();
    for (let i = 0; i < nk; i++) { let k; do { k = pick(['子', '女', '儿媳', '女婿', '孙', '孙女', '外孙']); } while (used.has(k)); used.add(k); kids.push(d.kin(dec, k)); }
    const lab = { 子: '孝子', 女: '孝女', 儿媳: '孝媳', 女婿: '孝婿', 孙: '孙', 孙女: '孙女', 外孙: '外孙' };
    const contacts = kids.filter((k) => ['子', '女', '女婿'].includes(k.rel));
    if (chance(.6)) {
      for (const k of kids) L.push(`${lab[k.rel]}：${d.n(k)}`);
    } else {
      L.push(`${kids.map((k) => lab[k.rel] + (contacts.includes(k) ? k.name : d.nd(k))).join('、')}率全家泣告`);
    }
    const cs = contacts.length ? contacts : [kids[0]];
    L.push(`治丧联系人：${cs.map((k) => `${d.n(k)} ${d.m(k)}`).join('    ')}`);
    L.push('', `                                                  ${fd(death, 'cn')}`);
  } else if (v === 'work') {
    const co = d.dec('org_name', pick([`${C.c}第二机床厂`, `${C.c}市自来水公司`, `${C.c}市第三中学`, `${C.c}纺织印染厂`, `${C.c}钢铁集团有限公司`]));
    L.push('讣    告', '');
    L.push(`    ${co}退休职工${d.nd(dec)}同志，因病医治无效，于${d.dt(fd(death, 'cn'))}不幸逝世，享年${age}岁。`);
    L.push(`    ${dec.name}同志${dec.birth.y}年出生，${dec.birth.y + ri(17, 22)}年参加工作，生前曾任${pick(['车间主任', '工会主席', '高级工程师', '教研组长', '调度科科长'])}。${dec.name}同志工作勤恳，作风正派，深受同志们敬重。`);
    L.push(`    遗体告别仪式定于${d.dt(fd(fare, 'cn'))}上午在${C.c}市殡仪馆${hall}举行。`);
    const s = d.P({ gen: 'staff' });
    L.push(`    ${co}治丧小组    联系人：${d.n(s)}    电话：${d.ll(newLandline(C))}${chance(.5) ? ` / ${d.m(s)}` : ''}`);
    L.push(`                                              ${fd(death, 'cn')}`);
  } else {
    const k = d.kin(dec, pick(['子', '女', '长子', '长女']));
    L.push(`【讣告】${dec.sex === 'M' ? '家父' : '家母'}${d.nd(dec)}于${fd(death, 'cn')}${pick(['凌晨', '清晨', '下午', '晚间'])}安详离世，享年${age}岁。告别仪式定于${d.dt(fd(fare, 'md'))}上午${pick(['8:30', '9:00', '9:30'])}在${C.c}市殡仪馆${hall}举行，${pick(['随后安葬于', '骨灰安放于'])}${d.dec('cemetery_name', `${C.c}${pick(CEM_WORD)}陵园`)}。`);
    L.push(`感谢各位亲朋好友多年来的关怀与帮助！不便之处，敬请谅解。`);
    L.push(`${relShort(dec, k.rel).replace(/^(子|长子)$/, '儿').replace(/^(女|长女)$/, '女儿')} ${d.n(k)} 泣告  ${d.m(k, pick(['plain', 'sp', 'dash']))}`);
  }
  emit(d, L.join('\n'));
}

// 10. 礼簿 OCR
const OCR_VAR = { 国: '囯', 刘: '刈', 张: '弦', 陈: '陳', 华: '華', 东: '東', 红: '紅', 丽: '麗', 强: '弜', 明: '朋', 林: '材', 王: '玊', 李: '季', 晓: '曉', 建: '達' };
function ocrName(name) {
  const chars = [...name]; const idx = chars.findIndex((c) => OCR_VAR[c]);
  if (idx < 0) return null; chars[idx] = OCR_VAR[chars[idx]]; return chars.join('');
}
function tLibu(d) {
  const C = d.city; const dec = d.P({ gen: 'old' }); const day = randDate(2023, 2025);
  const L = [`[OCR 识别结果  文件：礼簿_${fd(day, 'compact')}_P${ri(1, 4)}.jpg  引擎：${pick(['PaddleOCR v2.7', '百度通用文字识别(高精度)', 'Tesseract 5 chi_sim'])}  平均置信度：0.${ri(78, 93)}]`];
  L.push('', '        奠  仪  簿', `      ${d.nd(dec)}${dec.sex === 'M' ? '老先生' : '老太太'}千古`, `      ${d.dt(fd(day, 'cn'))}`, '');
  L.push(pick(['姓名        金额            备注', '姓 名       礼 金', '名字    金额']));
  const rows = ri(12, 28);
  for (let k = 0; k < rows; k++) {
    const amtN = pick([100, 200, 200, 300, 500, 500, 600, 800, 1000, 2000]);
    const dx = amtN >= 1000 ? DAXIE[amtN / 1000] + '仟元' : DAXIE[amtN / 100] + '佰元';
    const r = rnd();
    if (r < .07) { L.push(`${d.dec('org_name', pick([`${C.c}第二机床厂退管会`, `${pick(C.st)}社区居委会`, '老同学（三人）', '街坊邻居', `${C.c}市自来水公司工会`]))}    ${dx}    ${amtN * 2}`); continue; }
    const p = d.P({ gen: chance(.5) ? 'mid' : 'young' });
    let nm;
    if (r < .17 && p.name.length === 3) { const f = `${p.name[0]} ${p.name[1]} ${p.name[2]}`; nm = d.n(p, f); }
    else if (r < .25 && p.name.length === 2) { nm = d.n(p, `${p.name[0]}  ${p.name[1]}`); }
    else if (r < .35 && ocrName(p.name)) { const o = ocrName(p.name); nm = d.dc('person_name_zh', o); }
    else if (r < .39) { const o = p.name.slice(0, -1) + pick(['□', '口', '#']); nm = d.dc('person_name_zh', p.name, o); if (p.name.length >= 3) d.dc('person_name_zh', p.name.slice(0, -1)); if (o.endsWith('口')) d.dc('person_name_zh', o); }
    else nm = d.n(p);
    const note = chance(.12) ? pick(['（同事）', '（邻居）', '（老战友）', '（表侄）', '代', '']) : '';
    L.push(`${padW(nm + note, 12)}${padW(chance(.85) ? d.dec('amount_daxie', dx) : '', 14)}${chance(.1) ? String(amtN).replace('0', 'O') : d.amt(amtN)}`);
  }
  L.push('', `合计：${chance(.3) ? '（识别失败）' : d.dec('amount', String(ri(50, 300) * 100))}`, `记账：${d.n(d.P({ gen: 'mid' }))}    收款：${d.n(d.P({ gen: 'mid' }))}`);
  emit(d, L.join('\n'));
}

// 11. 花圈挽联登记
function tWanlian(d) {
  const C = d.city; const dec = d.P({ gen: 'old' }); const hall = d.dec('hall_name', pick(HALLS)); const day = randDate(2023, 2025);
  const ocr = chance(.4);
  const L = [];
  if (ocr) L.push(`（扫描件识别）`);
  L.push(`${C.c}市殡仪馆 ${hall} 花圈挽联登记表`, `逝者：${d.n(dec)}    告别日期：${d.dt(fd(day, 'dot'))}    登记：${d.n(d.P({ gen: 'staff' }))}`);
  L.push(`编号 | 类别 | 上款 | 下款（敬挽人）`);
  const n = ri(6, 15);
  for (let k = 0; k < n; k++) {
    const kind = pick(['花圈', '花圈', '花篮', '挽联']);
    const r = rnd();
    const up = pick([`沉痛悼念${dec.name}${dec.sex === 'M' ? '老大人' : '老孺人'}千古`, `${dec.name}${pick(['同志', dec.sex === 'M' ? '伯父' : '伯母', dec.sex === 'M' ? '爷爷' : '奶奶'])}千古`, `深切缅怀${dec.name}`, '音容宛在', '千古流芳', '德泽永存']);
    let down;
    if (r < .15) down = `${d.dec('org_name', pick([`${C.c}第二机床厂退管会`, `${pick(C.st)}社区居委会`, `${C.c}市自来水公司工会`, `${pick(C.reg)[1]}老年大学书画班`]))} 敬挽`;
    else {
      const ps = []; const m = r < .35 ? 2 : 1; const rel = pick(['孙', '侄', '外甥', '学生', '同事', '邻居', '战友', '弟子', '侄女', '外孙女']);
      for (let j = 0; j < m; j++) { const p = d.P({ gen: chance(.5) ? 'mid' : 'young' }); ps.push(ocr && chance(.15) && ocrName(p.name) ? d.dc('person_name_zh', ocrName(p.name)) : d.n(p)); }
      down = `${rel} ${ps.join(' ')} 敬挽`;
    }
    L.push(`${pad(k + 1)} | ${d.dec('product', kind)} | ${up} | ${down}`);
  }
  emit(d, L.join('\n'));
}

const CITY_PY = { 南京: 'nj', 北京: 'bj', 上海: 'sh', 广州: 'gz', 武汉: 'wh', 成都: 'cd', 杭州: 'hz', 西安: 'xa', 郑州: 'zz', 长沙: 'cs', 济南: 'jn', 沈阳: 'sy', 兰州: 'lz', 重庆: 'cq' };
const CEM_PY = { 松鹤: 'songhe', 福安: 'fuan', 永宁: 'yongning', 天福: 'tianfu', 慈恩: 'cien', 青松: 'qingsong', 长青: 'changqing', 归真: 'guizhen', 仙鹤: 'xianhe', 望山: 'wangshan', 恩德: 'ende', 龙泉: 'longquan' };
function orgMail(local, dom) { const e = `${local}@${dom}`; return e; }

// 12. 管理费催缴短信发送记录
function tSms(d) {
  const C = d.city; const cw = pick(CEM_WORD); const cem = `${cw}陵园`; const y = ri(2023, 2025);
  const tel = newLandline(C); const op = d.P({ gen: 'staff' });
  const withCol = chance(.6);
  const L = [`短信平台发送记录导出`, `任务名称：${y}年度墓位管理费到期提醒    短信签名：【${cem}】    提交人：${d.n(op)}    任务号：${d.dec('task_no', `T${fd(randDate(y, y), 'compact')}${pad(ri(1, 999), 4)}`)}`];
  L.push(withCol ? '发送时间,手机号码,接收人,短信内容,计费条数,状态' : '发送时间\t手机号码\t短信内容\t状态');
  const day = randDate(y, y); const rows = ri(8, 22);
  let telForm = null;
  for (let k = 0; k < rows; k++) {
    const dec = d.P({ gen: 'old' }); const rk = pick(RELS); const p = d.kin(dec, rk);
    const plot = d.dec('plot_no', plotNo()); const due = randDate(y, y + 1); const fee = pick([60, 80, 100, 120, 150]) * pick([1, 2, 3, 5]);
    const bad = chance(.06);
    const mob = bad ? d.dec('mobile_unallocated', badMobile()) : d.m(p, 'plain');
    const named = chance(.8);
    const tt = telForm ?? (telForm = d.ll(tel, pick(['dash', 'plain'])));
    const sal = named ? `尊敬的${p.name}${p.sex === 'M' ? '先生' : '女士'}` : '尊敬的客户';
    if (named) d.n(p);
    const decPart = chance(.7) ? `为${d.nd(dec)}` : '';
    const content = `【${cem}】${sal}：您${decPart}购买的${plot}墓位管理费将于${fd(due, 'iso')}到期，应缴${fee}元。可至园区服务中心办理或拨打${tt}咨询，也可关注公众号“${cem}”在线缴费。退订回T`;
    const st = bad ? '失败:空号' : pick(['成功', '成功', '成功', '成功', '失败:关机', '失败:黑名单', '成功']);
    const ts = d.ts(`${fd(day)} ${pad(ri(9, 11))}:${pad(ri(0, 59))}:${pad(ri(0, 59))}`); d.amt(`${fee}元`); d.dt(fd(due, 'iso'));
    L.push(withCol ? [ts, mob, named ? p.name : d.dec('placeholder_name', '（未登记）'), `"${content}"`, String(content.length > 70 ? 2 : 1), st].join(',') : [ts, mob, content, st].join('\t'));
  }
  emit(d, L.join('\n'));
}

// 13. 代祭服务订单 (JSON API export)
function tDaiji(d) {
  const C = d.city; const cw = pick(CEM_WORD); const cem = `${C.c}${cw}陵园`; const n = ri(2, 6); const list = [];
  for (let k = 0; k < n; k++) {
    const dt = randDate(2023, 2025, 3, 4);
    const b = d.P({ gen: chance(.5) ? 'mid' : 'young' }); const dec = d.P({ gen: 'old', sur: chance(.6) ? b.sur : undefined });
    const ex = d.P({ gen: 'staff' });
    const o = {
      orderNo: d.dec('order_no', orderNo(dt)), createTime: d.ts(`${fd(dt)} ${hms()}`), buyerName: d.n(b), buyerMobile: d.m(b, pick(['plain', 'plain', 'plain', '+86', '+86sp'])),
    };
    if (chance(.75)) o.buyerEmail = d.e(b);
    o.deceasedName = d.n(dec); o.cemetery = cem; o.plot = d.dec('plot_no', plotNo());
    o.service = pick(['清明代祭·标准套餐（鲜花+擦碑+视频直播）', '代祭·鲜花献祭', '冬至代祭·尊享套餐（描金+供品+视频）', '碑文描金', '代客扫墓']);
    o.amount = pick([198, 298, 398, 598, 880]); d.amt(o.amount);
    const ch = pick(['wxpay', 'alipay', 'unionpay']);
    o.payChannel = ch;
    if (ch === 'wxpay') o.transactionId = d.dec('wx_trade_no', wxTrade(dt));
    else if (ch === 'alipay') o.transactionId = d.dec('alipay_trade_no', `${fd(dt, 'compact')}22001${digits(15)}`);
    else o.payCard = d.dec('masked_card', maskCard(b.card));
    const rr = rnd();
    if (rr < .3) { const s = d.kin(dec, pick(['女', '子', '孙女'])); o.remark = `本人在${pick(['加拿大', '澳大利亚', '新加坡', '德国', '日本'])}，清明回不去，有事联系我${pick(['妹妹', '弟弟', '表姐'])}${d.n(s)} ${d.m(s, 'plain')}`; }
    else if (rr < .6) o.remark = pick(['请拍照发邮箱', '麻烦擦干净一点，去年碑上有青苔', '花要黄菊花', '直播时间尽量安排在周末上午', '']);
    else o.remark = '';
    o.status = pick(['已完成', '已完成', '待执行', '执行中', '已退款']);
    o.executor = chance(.7) ? d.n(ex) : d.dec('placeholder_name', '待派单');
    list.push(o);
  }
  const obj = { code: 0, msg: 'success', data: { page: 1, size: 20, total: n, list } };
  emit(d, chance(.5) ? JSON.stringify(obj, null, 2) : JSON.stringify(obj));
}

// 14. XML upload to 民政 殡葬管理信息系统
function tMzxml(d) {
  const C = d.city; const org = `${C.c}市殡仪馆`; const uscc = makeUSCC('12', C.cr);
  const day = randDate(2023, 2025); const op = d.P({ gen: 'staff' }); const tel = newLandline(C);
  const sub = chance(.45);
  const n = ri(2, 7);
  const L = ['<?xml version="1.0" encoding="UTF-8"?>', `<DataExchange type="${sub ? 'BZFF' : 'HHXX'}" version="2.1">`, '  <Header>',
    `    <OrgName>${org}</OrgName>`, `    <OrgCode>${d.u(uscc)}</OrgCode>`, `    <ReportDate>${d.dt(fd(day, 'compact'))}</ReportDate>`,
    `    <Operator>${d.n(op)}</Operator>`, `    <OperatorTel>${d.ll(tel, pick(['dash', 'plain']))}</OperatorTel>`,
    `    <BatchNo>${d.dec('batch_no', safeNum(C.cr + fd(day, 'compact'), 17))}</BatchNo>`, '  </Header>', `  <Records count="${n}">`];
  for (let k = 0; k < n; k++) {
    const dec = d.P({ gen: 'old' }); const death = addDays(day, -ri(2, 20)); const rk = pick(['子', '女', '配偶', '长子', '孙']); const j = d.kin(dec, rk);
    L.push('    <Record>');
    L.push(`      <HHZH>${d.dec('cremation_no', cremNo(C, death))}</HHZH>`);
    L.push(`      <SZXM>${d.n(dec)}</SZXM>`, `      <XB>${dec.sex === 'M' ? 1 : 2}</XB>`, `      <MZ>${chance(.93) ? '汉族' : pick(['回族', '满族', '蒙古族'])}</MZ>`);
    L.push(`      <SFZH>${chance(.05) ? d.idBad(dec) : d.i(dec, 'plain')}</SFZH>`, `      <CSRQ>${d.dt(fd(dec.birth, 'compact'))}</CSRQ>`, `      <SWRQ>${d.dt(fd(death, 'compact'))}</SWRQ>`);
    L.push(`      <HJDZ>${dec.addr}</HJDZ>`);
    if (!sub) L.push(`      <SWYY>${pick(['疾病', '疾病', '自然死亡', '意外'])}</SWYY>`, `      <HHRQ>${d.dt(fd(addDays(death, ri(1, 4)), 'compact'))}</HHRQ>`, `      <GHQX>${pick(['1', '2', '3'])}</GHQX>`);
    L.push(`      <JBRXM>${d.n(j)}</JBRXM>`, `      <JBRGX>${d.rel(relShort(dec, rk))}</JBRGX>`, `      <JBRSFZH>${d.i(j, 'plain')}</JBRSFZH>`, `      <JBRLXDH>${d.m(j, 'plain')}</JBRLXDH>`);
    if (sub) L.push(`      <KHYH>${j.bank}</KHYH>`, `      <YHKH>${d.c(j, 'plain')}</YHKH>`, `      <HM>${d.n(j)}</HM>`, `      <BTJE>${d.amt(money(pick([1000, 1200, 1500])))}</BTJE>`);
    L.push('    </Record>');
  }
  L.push('  </Records>', '</DataExchange>');
  emit(d, L.join('\n'));
}

// 15. 值班表
function tRoster(d) {
  const C = d.city; const org = chance(.6) ? `${C.c}市殡仪馆` : `${C.c}${pick(CEM_WORD)}陵园`;
  const dom = `${CITY_PY[C.c]}${org.includes('殡仪馆') ? 'byg' : 'ly'}.${pick(['org.cn', 'com.cn', 'cn'])}`;
  const y = ri(2023, 2025); const per = pick(['清明', '春节', '国庆', '冬至']);
  const start = per === '清明' ? { y, m: 4, d: ri(1, 3) } : per === '春节' ? { y, m: 2, d: ri(1, 8) } : per === '国庆' ? { y, m: 10, d: 1 } : { y, m: 12, d: 20 };
  const staff = []; const ns = ri(8, 14);
  for (let k = 0; k < ns; k++) { const p = d.P({ gen: 'staff' }); p.work = chance(.55) ? `${p.py.sur}${p.py.giv.join('')}@${dom}` : p.email; staff.push(p); }
  const layout = pick(['pipe', 'tsv']);
  const H = ['日期', '岗位', '值班人员', '手机', '短号', '邮箱'];
  const L = [`${org}${y}年${per}期间值班安排表`];
  L.push(layout === 'pipe' ? '| ' + H.join(' | ') + ' |' : H.join('\t'));
  const days = ri(3, 6); let si = 0;
  const shortNo = new Map();
  for (let k = 0; k < days; k++) {
    const dt = addDays(start, k);
    for (const job of shuffle([...JOBS]).slice(0, ri(2, 4))) {
      const p = staff[si++ % staff.length];
      if (!shortNo.has(p.name)) shortNo.set(p.name, String(ri(60, 69)) + digits(4));
      const cells = [d.dt(fd(dt, 'md')), d.dec('job_title', job), d.n(p), d.m(p, chance(.9) ? 'plain' : 'sp'), d.dec('short_no', shortNo.get(p.name)), chance(.8) ? d._e('email', p.work.toLowerCase(), p.work) : ''];
      L.push(layout === 'pipe' ? '| ' + cells.join(' | ') + ' |' : cells.join('\t'));
    }
  }
  L.push('', `注：1. 值班室电话${d.ll(newLandline(C))}，24小时殡葬服务热线${d.dec('hotline', '96444')}；2. 值班人员须提前15分钟到岗，手机保持24小时畅通；3. 调班须报${d.dec('job_title', '馆办公室')}备案。`);
  L.push(`制表：${d.n(staff[0])}    审核：${d.n(d.P({ gen: 'staff' }))}    ${fd(addDays(start, -5), 'cn')}`);
  emit(d, L.join('\n'));
}

// 16. 邮件
const MAILDATE = (dt) => `${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(toMs(dt)).getUTCDay()]}, ${dt.d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][dt.m - 1]} ${dt.y} ${hms()} +0800`;
const pyName = (p) => p.py.sur ? `${p.py.sur[0].toUpperCase()}${p.py.sur.slice(1)} ${p.py.giv.join('').replace(/^./, (c) => c.toUpperCase())}` : p.py.giv[0];
function tMail(d) {
  const C = d.city; const v = pick(['overseas', 'overseas', 'minzheng', 'complaint', 'transfer']); const dt = randDate(2023, 2025);
  const cw = pick(CEM_WORD); const cem = `${C.c}${cw}陵园`; const cemMail = orgMail(pick(['service', 'kefu', 'info', 'office']), `${CEM_PY[cw]}ly.com`);
  const L = [];
  if (v === 'overseas') {
    const dec = d.P({ gen: 'old' }); const rk = pick(['子', '女', '孙', '孙女']); const me = d.kin(dec, rk);
    const sib = d.kin(dec, pick(['子', '女', '侄']));
    const plot = d.dec('plot_no', plotNo()); const country = pick([['加拿大', '+1 416 555 ' + ri(1000, 9999)], ['澳大利亚', '+61 4' + digits(2) + ' ' + digits(3) + ' ' + digits(3)], ['英国', '+44 7' + digits(3) + ' ' + digits(6)], ['新加坡', '+65 9' + digits(3) + ' ' + digits(4)], ['德国', '+49 151 ' + digits(8)]]);
    L.push(`From: "${pyName(me)}" <${d.e(me)}>`, `To: ${d._e('email', cemMail, cemMail)}`, `Date: ${d.ts(MAILDATE(dt))}`, `Subject: 关于${plot}墓位代祭及管理费续缴`, '');
    L.push('您好！', '');
    L.push(`我是${plot}墓主${d.nd(dec)}的${relLong(dec, rk)}，目前在${country[0]}工作，今年${pick(['清明', '冬至'])}无法回国祭扫，想申请代祭服务（鲜花+擦碑），并续交管理费${pick(['五', '十', '二十'])}年。`);
    if (chance(.6)) L.push(`如需核验身份，我的护照号码是${d.pp(me)}，${chance(.5) ? `国内身份证号${d.i(me)}。` : '护照首页可以拍照发您。'}`);
    L.push(`国内联系人是我${sib.sex === 'M' ? pick(['哥哥', '弟弟']) : pick(['姐姐', '妹妹'])}${d.n(sib)}，手机${d.m(sib)}，有事可以先联系${sib.sex === 'M' ? '他' : '她'}。`);
    L.push(`费用请告知支付方式，我这边可以用${pick(['支付宝', '微信', 'Visa信用卡', '国内的银行卡转账'])}。`, '', '谢谢！', '');
    L.push(d.n(me), `Tel: ${d.dec('foreign_phone', country[1])}`, `WeChat: ${d.dec('wechat_id', `${me.py.sur}${ri(100, 9999)}_${pick(['a', 'x', 'wx'])}`)}`);
  } else if (v === 'minzheng') {
    const [, dist] = pick(C.reg); const s1 = d.P({ gen: 'staff' }); const s2 = d.P({ gen: 'staff' });
    const mzMail = `${pick(['shswk', 'mzj_sw', 'swk'])}${ri(1, 9)}@${pick(['163.com', '126.com'])}`;
    const n = ri(6, 20); const k = ri(1, 3);
    L.push(`发件人：${d.n(s1)} <${d.e(s1)}>`, `收件人：${dist}民政局社会事务科 <${d._e('email', mzMail, mzMail)}>`, `抄送：${d.n(s2)} <${d.e(s2)}>`);
    L.push(`时间：${d.ts(`${fd(dt)} ${hm()}`)}`, `主题：${dt.y}年${dt.m}月惠民殡葬补贴申领材料（${n}人）`, '', '各位领导好：', '');
    L.push(`    附件为本月补贴申领汇总表及身份证、银行卡复印件扫描件，共${n}人，请查收。其中以下${k}人银行卡信息有变更，请以本邮件为准：`);
    for (let i = 0; i < k; i++) {
      const dec = d.P({ gen: 'old' }); const rk = pick(['子', '女', '配偶']); const ap = d.kin(dec, rk);
      L.push(`    ${i + 1}. 逝者${d.n(dec)}，申领人${d.n(ap)}（${relShort(dec, rk)}），身份证${d.i(ap)}，新卡号${d.c(ap)}（${ap.bank}），原卡已销户。`);
    }
    L.push('', `    如有问题请联系我，办公电话${d.ll(newLandline(C))}，手机${d.m(s1)}。`, '', d.n(s1), `${C.c}市殡仪馆 业务科`, '', `附件：惠民殡葬补贴汇总表_${dt.y}${pad(dt.m)}.xlsx（${ri(20, 90)} KB）`);
  } else if (v === 'complaint') {
    const dec = d.P({ gen: 'old' }); const rk = pick(['子', '女', '长子', '女婿']); const me = d.kin(dec, rk); const hall = d.dec('hall_name', pick(HALLS));
    const fare = addDays(dt, -ri(2, 10));
    const om = `byg_${CITY_PY[C.c]}${ri(1, 99)}@${pick(['163.com', '126.com'])}`;
    L.push(`From: ${d.e(me)}`, `To: ${d._e('email', om, om)}`);
    L.push(`Subject: 投诉：${fd(fare, 'md')}${hall}告别仪式服务问题`, '');
    L.push(`馆领导您好：`, `    我是逝者${d.nd(dec)}的${relLong(dec, rk)}。${fd(fare, 'cn')}上午家父（母）在贵馆${hall}举行告别仪式，仪式比约定时间推迟了四十分钟，司仪把逝者姓名念错，灵车也没有按约定等候家属。`);
    L.push(`    当日经办的业务员收取了${d.dec('amount', String(ri(8, 30) * 100))}元“加急费”却没有开具收据（收据号只给了手写的${d.dec('receipt_no', receiptNo())}），希望馆方核实并给予答复。`);
    L.push('', `联系人：${d.n(me)}`, `电话：${d.m(me)}`, fd(dt, 'cn'));
  } else {
    const dec = d.P({ gen: 'old' }); const me = d.kin(dec, pick(['子', '女']));
    const fin = d.P({ gen: 'staff' });
    L.push(`发件人：${d.n(fin)} <${d.e(fin)}>`, `收件人：${d.n(me)} <${d.e(me)}>`, `主题：墓位退订退款确认（${d.dec('contract_no', contractNo(dt))}）`, '');
    L.push(`${me.name}${me.sex === 'M' ? '先生' : '女士'}您好：`);
    L.push(`    您于${fd(addDays(dt, -ri(20, 200)), 'cn')}申请退订的${d.dec('plot_no', plotNo())}墓位，经核算应退款${d.dec('amount', moneyC(ri(20, 80) * 1000))}元（已扣除手续费）。请核对收款信息：`);
    L.push(`    户名：${d.n(me)}`, `    开户行：${me.bank}${pick(C.reg)[1].replace(/区$/, '')}支行`, `    卡号：${d.c(me)}`);
    L.push(`    如无误请回复确认，财务将于5个工作日内转账。`, '', `${C.c}${pick(CEM_WORD)}陵园 财务部 ${d.n(fin)}`, `电话：${d.ll(newLandline(C))}`);
  }
  emit(d, L.join('\n'));
}

// 17. 微信聊天记录
function tChat(d) {
  const C = d.city; const cem = `${pick(CEM_WORD)}陵园`; const dt = randDate(2023, 2025);
  const dec = d.P({ gen: 'old' }); const rk = pick(['女', '子', '孙女', '儿媳']); const me = d.kin(dec, rk);
  const bro = d.kin(dec, pick(['子', '长子', '女']));
  const nick = pick(['小李', '小王', '小陈', '小周', '阿芳']);
  const cs = `${cem}客服-${nick}`; d.dc('person_name_zh', nick);
  const plot = d.dec('plot_no', plotNo()); const due = randDate(2024, 2026);
  let t = ri(8 * 60, 20 * 60);
  const ts = () => { t += ri(0, 4); return d.ts(`${fd(dt)} ${pad(Math.floor(t / 60) % 24)}:${pad(t % 60)}`); };
  const L = [`——— 微信聊天记录导出（“${cs}” 与 “${me.name}”）———`];
  const spk = d.n(me);
  L.push(`${ts()} ${spk}：你好，我想问下我${dec.sex === 'M' ? '爸' : '妈'}的墓位管理费怎么交`);
  L.push(`${ts()} ${cs}：您好，请提供一下墓位编号和购墓人姓名哦`);
  L.push(`${ts()} ${spk}：${plot}，购墓人是我${bro.sex === 'M' ? '哥' : '姐'}${d.n(bro)}`);
  L.push(`${ts()} ${spk}：${bro.sex === 'M' ? '他' : '她'}电话${d.m(bro, pick(['plain', 'sp']))}，现在在外地`);
  L.push(`${ts()} ${cs}：好的，查到了，逝者${d.nd(dec)}，管理费交到${d.dt(fd(due, 'iso'))}，续交十年是${d.dec('amount', String(pick([600, 800, 1200, 1500])))}元`);
  L.push(`${ts()} ${spk}：能转账吗`);
  L.push(`${ts()} ${cs}：可以的，也可以到服务中心刷卡。另外上次您申请的刻字退款还没退成功，原卡号好像销户了，麻烦发一下新的卡号和户名`);
  const v = rnd();
  if (v < .7) L.push(`${ts()} ${spk}：退到我卡上吧 ${d.c(me)} ${me.bank.replace('中国', '')} 户名${d.n(me)}`);
  else L.push(`${ts()} ${spk}：[图片]`, `${ts()} ${cs}：图片看不清，麻烦打字发一下`, `${ts()} ${spk}：${d.c(me, 'sp4')}`, `${ts()} ${spk}：${me.bank}`);
  if (chance(.6)) L.push(`${ts()} ${cs}：还需要您的身份证号做登记`, `${ts()} ${spk}：${d.i(me)}`);
  L.push(`${ts()} ${cs}：收到，已登记。您的手机号是这个微信绑定的${d.dec('masked_mobile', maskMob(me.mob))}吗？`);
  L.push(`${ts()} ${spk}：${chance(.5) ? `对，${d.m(me, 'plain')}` : `不是，用这个 ${d.m(me)}`}`);
  if (chance(.4)) L.push(`${ts()} ${spk}：邮箱也留一个吧，发票发这里 ${d.e(me)}`);
  L.push(`${ts()} ${cs}：好的，3-5个工作日到账，有问题随时联系，服务中心电话${d.ll(newLandline(C))}`);
  L.push(`${ts()} ${spk}：${pick(['谢谢', '好的谢谢', '麻烦了', '👌'])}`);
  emit(d, L.join('\n'));
}

// 18. 骨灰寄存登记 / 续存
function tJicun(d) {
  const C = d.city; const org = pick([`${C.c}市殡仪馆骨灰寄存处`, `${C.c}${pick(CEM_WORD)}陵园骨灰堂`]);
  const ocr = chance(.3);
  const start = ocr ? randDate(1995, 2008) : randDate(2016, 2025);
  const dec = d.P({ gen: 'old', by: ocr ? [1910, 1940] : [1926, 1958] }); const rk = pick(['子', '女', '长子', '配偶', '侄']);
  const dep = d.kin(dec, rk);
  const yrs = pick([1, 3, 3, 5, 10]); const staff = d.P({ gen: 'staff' });
  const L = [];
  if (ocr) {
    const old = dep.region + String(dep.birth.y).slice(2) + pad(dep.birth.m) + pad(dep.birth.d) + pad(ri(0, 99)) + (dep.sex === 'M' ? 1 : 2);
    const up = upgrade15(old);
    L.push(`[扫描件OCR 识别  ${org}  档案盒 ${ri(1, 60)}]`);
    L.push(`骨灰寄存证`, `寄存证号:${d.dec('ashes_no', ashesNo(start))}   格位:${d.dec('niche_no', nicheNo())}`);
    L.push(`逝者:${d.n(dec)}  性别:${sx(dec)}  享年:${ageAt(dec.birth, start)}`);
    L.push(`寄存人:${d.n(dep)}  关系:${relShort(dec, rk)}`);
    if (chance(.5)) L.push(`身份证:${old}`), d._e('cn_resident_id', up, old);
    else { const noisy = old.replace(/0/, 'O').replace(/1(?=\d{3}$)/, 'l'); L.push(`身份证:${noisy}`); d.dc('cn_resident_id', up); }
    L.push(`电话:${d.dec('old_local_phone', String(ri(2, 8)) + digits(6))}   住址:${dep.addr.replace(/\d+栋.*$/, '')}`);
    L.push(`寄存日期:${d.dt(fd(start, 'dot'))}  期限:${yrs}年  费用:${d.amt(yrs * pick([60, 80, 100]) + '元')}  经办:${d.dc('person_name_zh', staff.name)}`);
    L.push('', '——续存记录（手写，识别可能有误）——');
    let t = addDays(start, yrs * 365);
    for (let k = 0; k < ri(1, 4); k++) {
      const mob = chance(.7) ? d.m(dep, 'plain') : d.dc('cn_mobile', dep.mob, dep.mob.slice(0, 4) + pick(['O', 'o', 'l', 'B']) + dep.mob.slice(5));
      L.push(`${fd(t, 'dot')} 续${yrs}年 收${yrs * pick([100, 120, 150])}元 ${pick(['本人', '其子', '其女'])}办理 电话${mob}`);
      t = addDays(t, yrs * 365);
    }
  } else {
    L.push(`${org}`, `骨灰寄存登记表`, `寄存证号：${d.dec('ashes_no', ashesNo(start))}            格位：${d.dec('niche_no', nicheNo())}`);
    const death = addDays(start, -ri(3, 30));
    L.push(`逝者姓名：${d.n(dec)}   性别：${sx(dec)}   生卒：${d.dec('life_dates', `${fd(dec.birth, 'dot')}-${fd(death, 'dot')}`)}`);
    L.push(`火化证号：${d.dec('cremation_no', cremNo(C, death))}   骨灰盒：${d.dec('product', pick(PRODUCTS.slice(0, 7)))}`);
    L.push(`寄存人：${d.n(dep)}   与逝者关系：${relLong(dec, rk)}   身份证号：${d.i(dep)}`);
    L.push(`联系电话：${d.m(dep)}${chance(.3) ? `   备用：${d.ll(newLandline(C))}` : ''}`, `联系地址：${dep.addr}`);
    L.push(`寄存期限：${d.dt(fd(start, 'cn'))}至${d.dt(fd(addDays(start, yrs * 365), 'cn'))}（${yrs}年）   寄存费：${d.amt(yrs * pick([100, 120, 150, 200]) + '元')}   收据号：${d.dec('receipt_no', receiptNo())}`);
    if (chance(.4)) { const d2 = d.kin(dec, pick(['孙', '孙女', '女婿'])); L.push(`第二联系人：${d.n(d2)}  ${d.m(d2)}`); }
    L.push(`寄存须知：1.凭寄存证及寄存人身份证原件祭奠、取回；2.到期前30日内办理续存，逾期6个月未续存按无主骨灰处理。`);
    L.push(`寄存人签字：${d.n(dep)}        经办人：${d.n(staff)}        ${fd(start, 'cn')}`);
  }
  emit(d, L.join('\n'));
}

// 19. 会议纪要
function tMinutes(d) {
  const C = d.city; const org = pick([`${C.c}市殡仪馆`, `${C.c}${pick(CEM_WORD)}陵园`]); const dt = randDate(2023, 2025);
  const ppl = []; for (let k = 0; k < ri(6, 10); k++) ppl.push(d.P({ gen: 'staff' }));
  const [host, rec, ...rest] = ppl; const leave = rest.pop();
  const L = [`${org}馆务会议纪要`, `（${dt.y}年第${ri(3, 40)}期）`, '', `时间：${d.dt(fd(dt, 'cn'))}下午2:30`, `地点：${pick(['三楼会议室', '二楼小会议室', '业务楼会议室'])}`];
  L.push(`主持：${d.n(host)}    记录：${d.n(rec)}`, `参加：${rest.map((p) => d.n(p)).join('、')}`, `请假：${d.n(leave)}（${pick(['病假', '事假', '外出培训'])}）`, '');
  const a = rest[0], b = rest[1 % rest.length], c = rest[2 % rest.length];
  L.push(`一、${pick(['清明祭扫保障', '冬至祭扫保障', '春节期间值班'])}工作。${host.name}强调要做好人流疏导和安全防范，由${a.name}牵头制定方案，${b.name}、${c.name}配合，${fd(addDays(dt, 7), 'md')}前报馆办公室。`);
  const dec = d.P({ gen: 'old' }); const fam = d.kin(dec, pick(['子', '女', '女婿'])); const hall = d.dec('hall_name', pick(HALLS));
  L.push(`二、关于${fd(addDays(dt, -ri(3, 12)), 'md')}${hall}告别仪式家属投诉事宜（逝者：${d.n(dec)}，家属：${d.n(fam)}，联系电话：${d.m(fam)}）。经调查，系司仪班排班冲突导致仪式推迟，会议决定由${c.name}负责回访家属并书面致歉，相关费用予以减免。`);
  const prose = d.P({ gen: 'mid' });
  L.push(`三、惠民殡葬补贴申报。${b.name}通报本季度共申报${ri(40, 160)}人，${pick(['退回3人材料不全', '全部通过审核', '2人银行卡号有误需重新采集'])}。`);
  L.push(`四、其他事项。原${d.dec('job_title', pick(['火化车间', '接运班', '礼仪队']))}班长${d.nd(prose)}同志${pick(['下月退休', '调往局机关', '因病休养'])}，${host.name}代表馆领导班子表示感谢。`);
  L.push('', `抄送：${d.dec('org_name', `${C.c}市民政局社会事务处`)}`, `${fd(addDays(dt, 1), 'cn')}`);
  emit(d, L.join('\n'));
}

// 20. 银行批量代发文件
function tRefund(d) {
  const C = d.city; const org = pick([`${C.c}市殡仪馆`, `${pick(C.reg)[1]}民政局`, `${C.c}${pick(CEM_WORD)}陵园有限公司`]);
  const dt = randDate(2023, 2025); const bank = pick(['中国工商银行', '中国建设银行', '中国农业银行', '中国银行']);
  const use = pick(['惠民殡葬补贴', '墓位退订退款', '迁坟补偿款', '丧葬费']); const withId = chance(.5); const sep = pick([',', '\t']);
  const L = [`${bank}企业网银批量代发文件`, `付款单位：${d.dec('org_name', org)}`, `付款账号：${d.dec('corporate_account', safeNum(String(ri(3, 4)) + digits(4), pick([19, 20, 21])).replace(/^(\d{19})$/, '$1'))}`];
  L.push(`批次号：${d.dec('batch_no', `PL${fd(dt, 'compact')}${pad(ri(1, 999), 4)}`)}    业务类型：${use}    笔数：{N}    总金额：{T}`);
  const H = ['序号', '收款人账号', '收款人户名', ...(withId ? ['证件号码'] : []), '金额', '开户行名称', '用途', '备注'];
  L.push(H.join(sep));
  const n = ri(6, 16); let tot = 0;
  for (let k = 0; k < n; k++) {
    const p = d.P({ gen: chance(.6) ? 'mid' : 'young' }); const a = use === '墓位退订退款' ? ri(5, 60) * 1000 : pick([1000, 1200, 1500, 2000, 3000, 5000]); tot += a;
    const cr = rnd();
    const card = cr < .03 ? d.cBad(p) : d.c(p, chance(.85) ? 'plain' : 'sp4');
    L.push([String(k + 1), card, d.n(p), ...(withId ? [d.i(p, 'plain')] : []), d.amt(money(a)), p.bank, use, d.dec('ref_no', `${fd(dt, 'compact').slice(2, 6)}-${pad(k + 1, 3)}`)].join(sep));
  }
  const op = d.P({ gen: 'staff' });
  L.push(`制单：${d.n(op)}    复核：${d.n(d.P({ gen: 'staff' }))}`);
  emit(d, L.join('\n').replace('{N}', String(n)).replace('{T}', money(tot)));
}

// 21. 欠费墓位公告
function tNotice(d) {
  const C = d.city; const cem = `${C.c}${pick(CEM_WORD)}${pick(['陵园', '公墓'])}`; const dt = randDate(2023, 2025);
  const yrs = ri(3, 5);
  const L = [`关于部分墓位逾期未缴纳维护管理费的公告`, '',
    `    我园以下墓位维护管理费已逾期${yrs}年以上，经多次电话、短信联系未果。请墓主家属于${d.dt(fd(addDays(dt, 90), 'cn'))}前携墓位证、购墓人身份证到园区服务中心办理续费手续。逾期仍未办理的，我园将依照《公墓管理暂行办法》及购墓合同约定处理。`, ''];
  L.push('序号  墓位编号  逝者姓名  购墓人  登记电话  欠费年限');
  const n = ri(6, 16);
  for (let k = 0; k < n; k++) {
    const dec = d.P({ gen: 'old', by: [1910, 1950] }); const b = d.kin(dec, pick(['子', '女', '配偶', '侄']));
    const bm = chance(.15) ? d.dec('placeholder_name', '不详') : d.dec('masked_name', maskName(b.name));
    const tel = chance(.2) ? '无' : d.dec('masked_mobile', maskMob(b.mob, chance(.85) ? 0 : 1));
    L.push([String(k + 1), d.dec('plot_no', plotNo()), d.n(dec), bm, tel, `${yrs + ri(0, 6)}年`].join('  '));
  }
  const ct = d.P({ gen: 'staff' });
  L.push('', `    联系人：${d.n(ct)}    电话：${d.ll(newLandline(C))}`, '', `                                    ${cem}管理处`, `                                    ${fd(dt, 'cn')}`);
  emit(d, L.join('\n'));
}

// 22. 祭扫平台应用日志 (JSON lines)
function tApplog(d) {
  const C = d.city; const day = randDate(2023, 2025, 3, 4); const L = [];
  const n = ri(8, 18);
  for (let k = 0; k < n; k++) {
    const ts = Number(msEpoch(day)); const base = { ts, level: 'INFO', logger: '', traceId: d.dec('trace_id', digits(4) + 'a' + digits(3) + 'f' + digits(7)) };
    const r = rnd(); const p = d.P({ gen: chance(.6) ? 'mid' : 'young' });
    let o;
    if (r < .45) o = { ...base, logger: 'ReservationController', msg: 'create reservation', uid: d.dec('snowflake_id', snowflake()), req: { name: d.n(p), phone: d.m(p, 'plain'), idNo: d.i(p, 'plain'), date: fd(day), slot: pick(['08:00-10:00', '10:00-12:00', '13:00-15:00']), plot: d.dec('plot_no', plotNo()), companions: ri(0, 4) } };
    else if (r < .58) o = { ...base, level: 'WARN', logger: 'IdCardValidator', msg: 'idNo checksum failed', idNo: d.idBad(p), name: d.n(p) };
    else if (r < .75) o = { ...base, logger: 'SmsService', msg: 'send sms', mobile: d.dec('masked_mobile', maskMob(p.mob)), tpl: `SMS_${ri(240000000, 249999999)}`, bizId: d.dec('biz_id', `${digits(6)}^${digits(10)}`) };
    else if (r < .85) o = { ...base, level: 'ERROR', logger: 'RealNameService', msg: 'realname verify timeout', name: d.n(p), idNo: d.i(p, 'plain'), cost: ri(3000, 5000) };
    else o = { ...base, logger: 'CheckinController', msg: 'qr checkin', reservationNo: d.dec('reservation_no', `YY${safeNum(fd(day, 'compact'), 14)}`), gate: pick(['东门', '南门', '北门']), operator: d.n(d.P({ gen: 'staff' })) };
    d.dec('ms_timestamp', String(ts));
    L.push(JSON.stringify(o));
  }
  emit(d, L.join('\n'));
}

// 23. 接待记录 / 便签
function tNotes(d) {
  const C = d.city; const dt = randDate(2023, 2025); const nick = pick(['小陈', '小刘', '小张', '老周', '小赵']);
  d.dc('person_name_zh', nick);
  const L = [`${fd(dt, 'short')} ${pick(['早班', '晚班', '白班'])} 接待记录（${nick}）`];
  let i = 1;
  const dec = d.P({ gen: 'old' }); const son = d.kin(dec, pick(['子', '女', '长子']));
  d.dec('word', `${dec.sur ? dec.sur[0] : '王'}家`);
  L.push(`${i++}. ${hm()} ${dec.sur ? dec.sur[0] : '王'}家（${pick(C.st)}那位老${dec.sex === 'M' ? '爷子' : '太太'}）家属来办手续，${relLong(dec, son.rel)}${d.n(son)} ${d.m(son, pick(['plain', 'sp', 'dash', '344']))}，要${d.dec('hall_name', pick(HALLS))} ${fd(addDays(dt, 2), 'short')}上午，火化后寄存，先交押金${d.amt(pick([1000, 2000, 3000]))}，收据${d.dec('receipt_no', receiptNo())}`);
  if (chance(.7)) { const s = wpick(SUR_W)[0]; const t = `${s}女士`; d.dc('person_name_zh', t); d.dc('person_name_zh', s); const q = d.P({ gen: 'mid' }); L.push(`${i++}. ${hm()} 来电 ${t} 问海葬名额 → 登记了 ${d.m(q, 'plain')} 让等通知`); }
  if (chance(.8)) { const d2 = d.P({ gen: 'old' }); const k = d.kin(d2, pick(['女', '子', '儿媳'])); L.push(`${i++}. 补贴材料：${d.n(d2)} 身份证复印件缺，其${relShort(d2, k.rel)}${d.n(k)}说明天送来，电话${d.m(k)}`); }
  if (chance(.5)) { const d3 = d.P({ gen: 'old' }); const k = d.kin(d3, pick(['子', '侄'])); L.push(`${i++}. 冷藏柜${d.dec('cabinet_no', `${pick(['A', 'B', 'C'])}-${pad(ri(1, 48))}`)}（${d.n(d3)}）家属${d.n(k)}说明天上午来看，留的号${d.dec('mobile_unallocated', badMobile())}打不通，问了同来的亲戚换成${d.m(k, 'plain')}`); }
  if (chance(.6)) { const a = d.P({ gen: 'staff' }), b = d.P({ gen: 'staff' }); L.push(`${i++}. ${d.nd(a)}下午请假，${d.nd(b)}顶班`); }
  if (chance(.4)) L.push(`${i++}. ${d.dec('product', pick(PRODUCTS.slice(0, 7)))}没货了，跟供货商说了周四补`);
  emit(d, L.join('\n'));
}

// 24. 官网预约表单通知邮件
function tWebform(d) {
  const C = d.city; const org = `${C.c}市殡仪馆`; const dt = randDate(2023, 2025);
  const dec = d.P({ gen: 'old' }); const rk = pick(RELS); const ct = d.kin(dec, rk);
  const L = [`【新预约】来自${org}官网在线预约`, `提交时间：${d.ts(`${fd(dt)} ${hms()}`)}`, `表单编号：F${safeNum(fd(dt, 'compact'), 15)}`, '-------------------------'];
  d.dec('form_no', L[2].slice(5));
  L.push(`预约服务：${pick(['遗体告别厅+火化', '遗体接运', '守灵厅（2天）', '骨灰寄存', '海葬预约'])}`);
  L.push(`逝者姓名：${d.n(dec)}`);
  if (chance(.6)) L.push(`逝者身份证号：${chance(.06) ? d.idBad(dec) : d.i(dec)}`);
  L.push(`联系人姓名：${d.n(ct)}`, `与逝者关系：${relLong(dec, rk)}`, `手机号码：${d.m(ct)}`);
  if (chance(.7)) L.push(`电子邮箱：${d.e(ct)}`);
  L.push(`期望日期：${d.dt(fd(addDays(dt, ri(1, 3))))} ${pick(['上午', '下午', '不限'])}`);
  L.push(`留言：${pick(['父亲生前是老党员，希望仪式简朴', '需要回民专用车辆', '家属多，厅要大一点', '能否提供素菜餐', '无', '请尽快回电'])}`);
  L.push('-------------------------', `来源IP：${d.dec('ip_address', `${ri(36, 223)}.${ri(1, 254)}.${ri(1, 254)}.${ri(1, 254)}`)}`, '此邮件由系统自动发送，请勿直接回复。');
  emit(d, L.join('\n'));
}

// 25. 迁坟补偿款发放表
function tQianfen(d) {
  const C = d.city; const [, dist] = pick(C.reg);
  const vil = `${pick(['前', '后', '东', '西', '新', '小'])}${pick(['庄', '湾', '岗', '营', '桥'])}村`;
  const proj = pick([`${C.c}绕城高速${pick(['东', '西', '南', '北'])}段`, `${dist}${pick(['科技产业园', '物流园', '安置小区'])}`, `地铁${ri(3, 12)}号线车辆段`]);
  const std = pick([3000, 3500, 4000, 5000]);
  const H = ['序号', '坟主姓名', '座数', '迁坟户主', '身份证号码', '联系电话', '开户行', '卡号', '补偿金额（元）', '领款人签字', '备注'];
  const L = [`${d.place(dist + vil)}迁坟补偿款发放表`, `项目：${d.dec('project', proj)}    补偿标准：${std}元/座`, H.join('|')];
  const n = ri(6, 15);
  for (let k = 0; k < n; k++) {
    const r = rnd();
    const dead = d.P({ gen: 'old', by: [1900, 1950] }); const h = d.kin(dead, pick(['孙', '子', '侄', '孙女']));
    const z = ri(1, 3);
    if (r < .1) { L.push([String(k + 1), d.dec('placeholder_name', '无主坟'), String(z), d.dec('org_name', '村集体代迁'), '', '', '', '', d.amt(z * std), '', '公告期满无人认领'].join('|')); continue; }
    const owner = r < .16 ? d.dec('word', `${dead.sur ? dead.sur[0] : '张'}家祖坟`) : d.n(dead);
    const card = chance(.03) ? d.cBad(h) : d.c(h, 'plain');
    const sig = rnd();
    const sg = sig < .6 ? d.n(h) : sig < .8 ? `代领：${d.n(d.kin(dead, pick(['孙', '孙女', '侄'])))}` : '';
    L.push([String(k + 1), owner, String(z), d.n(h), d.i(h, 'plain'), d.m(h, 'plain'), h.bank, card, d.amt(z * std), sg, pick(['', '', '已迁入公墓', '自行迁移', '骨灰进骨灰堂'])].join('|'));
  }
  const a = d.P({ gen: 'mid' }), b = d.P({ gen: 'mid' });
  L.push(`${vil}村民委员会（盖章）    经办人：${d.n(a)}    监督人：${d.n(b)}    ${fd(randDate(2023, 2025), 'cn')}`);
  emit(d, L.join('\n'));
}

// 26. 殡仪服务费用结算单
function tJiesuan(d) {
  const C = d.city; const org = `${C.c}市殡仪馆`; const dt = randDate(2023, 2025);
  const dec = d.P({ gen: 'old' }); const rk = pick(RELS); const ct = d.kin(dec, rk);
  const hall = pick(HALLS); const urn = pick(PRODUCTS.slice(0, 7));
  const cold = ri(1, 4);
  const all = [['遗体接运（市内）', '1次', pick([260, 300, 360])], ['遗体冷藏', `${cold}天`, cold * pick([80, 100, 120])], ['遗体整容', '1次', pick([200, 300, 500])],
    ['遗体防腐', '1次', pick([300, 500])], [`告别厅租用（${hall}）`, '1场', pick([600, 800, 1200, 1800])], ['火化（平板炉）', '1具', pick([360, 400, 500])],
    [`骨灰盒（${urn}）`, '1个', pick([380, 680, 1280, 2880])], ['寿衣', '1套', pick([380, 580, 980])], ['花圈', `${ri(1, 4)}个`, pick([100, 160, 240])],
    ['司仪服务', '1场', pick([300, 500])], ['灵车（告别仪式）', '1次', pick([300, 400])], ['骨灰寄存（首年）', '1年', pick([100, 150])]];
  const items = all.filter((_, i) => i === 0 || i === 5 || chance(.55));
  const L = [`${org}`, `殡仪服务费用结算单`, `结算单号：${d.dec('settlement_no', `JS${safeNum(fd(dt, 'compact'), 14)}`)}      票据号：${d.dec('receipt_no', receiptNo())}`];
  L.push(`逝者姓名：${d.n(dec)}   性别：${sx(dec)}   年龄：${ageAt(dec.birth, dt)}   火化证号：${d.dec('cremation_no', cremNo(C, dt))}`);
  L.push(`经办家属：${d.n(ct)}（${relShort(dec, rk)}）   联系电话：${d.m(ct)}`);
  L.push(`结算日期：${d.dt(fd(dt, 'iso'))}`, '');
  L.push(padW('服务项目', 26) + padW('数量', 8) + '金额（元）');
  let tot = 0;
  for (const [nm, q, a] of items) { tot += a; if (nm.includes(hall)) d.dec('hall_name', hall); if (nm.includes(urn)) d.dec('product', urn); L.push(padW(nm, 26) + padW(q, 8) + d.amt(money(a))); }
  const mz = chance(.7) ? pick([800, 1000, 1200]) : 0;
  if (mz) L.push(padW('惠民殡葬减免（基本服务）', 26) + padW('', 8) + d.amt('-' + money(mz)));
  L.push(`应收合计：${d.amt(money(tot - mz))}元   大写：${d.dec('amount_daxie', daxie(tot - mz))}`);
  const pay = pick(['card', 'wx', 'cash']);
  if (pay === 'card') L.push(`支付方式：银行卡  ${d.dec('masked_card', maskCard(ct.card))}  参考号：${d.dec('pos_voucher', pad(ri(1, 999999999999), 12))}`);
  else if (pay === 'wx') L.push(`支付方式：微信支付  交易单号：${d.dec('wx_trade_no', wxTrade(dt))}`);
  else L.push('支付方式：现金');
  L.push(`收款员：${d.n(d.P({ gen: 'staff' }))}    家属签字：${d.n(ct)}`);
  emit(d, L.join('\n'));
}

// ================================================================ build
const PLAN = [
  ['jieyun', tJieyun, 24], ['dispatchlog', tDispatchLog, 8], ['huohua', tHuohua, 14], ['contract', tContract, 14], ['muxue', tMuxue, 12],
  ['jisao', tJisao, 14], ['butie', tButie, 14], ['gongshi', tGongshi, 6], ['obit', tObit, 18], ['libu', tLibu, 8], ['wanlian', tWanlian, 6],
  ['sms', tSms, 12], ['daiji', tDaiji, 14], ['mzxml', tMzxml, 12], ['roster', tRoster, 8], ['mail', tMail, 18], ['chat', tChat, 16],
  ['jicun', tJicun, 12], ['minutes', tMinutes, 6], ['refund', tRefund, 8], ['notice', tNotice, 6], ['applog', tApplog, 8],
  ['notes', tNotes, 12], ['webform', tWebform, 12], ['qianfen', tQianfen, 8], ['jiesuan', tJiesuan, 10],
];
const order = [];
for (const [kind, fn, n] of PLAN) for (let i = 0; i < n; i++) order.push([kind, fn]);
shuffle(order);
for (const [kind, fn] of order) fn(new Doc(kind, pick(CITIES)));

// ================================================================ self-check
const nf = (s) => s.normalize('NFKC');
function norm(det, f) {
  let s = nf(f);
  switch (det) {
    case 'cn_mobile': s = s.replace(/[\s\-()]/g, ''); if (s.startsWith('+86')) s = s.slice(3); else if (s.startsWith('0086')) s = s.slice(4); else if (s.length === 13 && s.startsWith('86')) s = s.slice(2); return s;
    case 'cn_resident_id': s = s.replace(/[\s\-]/g, '').toUpperCase(); return s.length === 15 ? upgrade15(s) : s;
    case 'bank_card': return s.replace(/[\s\-]/g, '');
    case 'email': return s.trim().toLowerCase();
    case 'cn_landline': s = s.replace(/[\s\-()]/g, ''); if (s.startsWith('+86')) s = '0' + s.slice(3); return s;
    case 'cn_uscc': case 'cn_passport': return s.replace(/\s/g, '').toUpperCase();
    case 'person_name_zh': return s.replace(/\s/g, '');
  }
  throw new Error(det);
}
function valueValid(det, v) {
  switch (det) {
    case 'cn_mobile': return mobAllocated(v);
    case 'cn_resident_id': return idValid(v) && v === v.toUpperCase();
    case 'bank_card': return /^\d{16,19}$/.test(v) && luhnOk(v);
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(v);
    case 'cn_landline': return landlineValid(v);
    case 'cn_uscc': return usccValid(v);
    case 'cn_passport': return passportValid(v);
    case 'person_name_zh': return /^[\p{Script=Han}·]{2,12}$/u.test(v);
  }
  return false;
}
const errors = [];
const lines = [];
const perKind = {}, perDet = {}, perDc = {}, perDecoy = {};
const kindN = {};
let prunedDecoys = 0;
for (const d of DOCS) {
  kindN[d.kind] = (kindN[d.kind] || 0) + 1;
  const id = `fu-${d.kind}-${kindN[d.kind]}`;
  const err = (m) => errors.push(`${id}: ${m}`);
  const text = d.text;
  const entities = [...d.E.values()];
  const dontCare = [...d.DC.entries()].filter(([k]) => !d.E.has(k)).map(([, v]) => v);
  const nameVals = [...entities, ...dontCare].filter((e) => e.detector === 'person_name_zh').map((e) => e.value);
  // decoys: dedupe; drop word decoys that overlap a labelled name (they would not be clean decoys)
  const seen = new Set(); const decoys = [];
  for (const y of d.Y) {
    const k = y.kind + '|' + y.text; if (seen.has(k)) continue; seen.add(k);
    if (!/\d/.test(y.text) && nameVals.some((n) => n.includes(y.text) || y.text.includes(n))) { prunedDecoys++; continue; }
    decoys.push(y);
  }
  for (const f of d.forms) {
    if (!text.includes(f.form)) err(`form not in text: ${f.det} ${JSON.stringify(f.form)}`);
    if (norm(f.det, f.form) !== f.value) err(`form ${JSON.stringify(f.form)} normalises to ${norm(f.det, f.form)} not ${f.value}`);
  }
  for (const e of entities) if (!valueValid(e.detector, e.value)) err(`invalid entity ${e.detector} ${e.value}`);
  const entVals = new Set(entities.map((e) => e.value));
  for (const y of decoys) {
    if (!text.includes(y.text)) err(`decoy not in text: ${y.text}`);
    if (entVals.has(y.text) || entVals.has(nf(y.text).replace(/[\s\-]/g, '').toUpperCase())) err(`decoy is an entity: ${y.text}`);
    if (!/[*]|x{4}/.test(y.text)) {
      for (const m of nf(y.text).matchAll(/\d+[Xx]?/g)) for (const r of [m[0], m[0].replace(/[Xx]$/, '')]) for (const [det, v] of runValidAs(r)) err(`decoy ${y.kind} ${y.text} has valid ${det} ${v}`);
      if (/^[\d\s\-+]+$/.test(y.text)) for (const [det, v] of runValidAs(y.text.replace(/[\s\-+]/g, ''))) err(`decoy ${y.text} joined is valid ${det} ${v}`);
    }
    if (y.kind !== 'masked_name' && !/\d/.test(y.text)) for (const n of entities.filter((e) => e.detector === 'person_name_zh')) if (n.value === y.text) err(`name decoy equals entity ${y.text}`);
  }
  // completeness: every valid-looking run / e-mail is labelled
  const lab = new Set([...entities, ...dontCare].map((e) => e.detector + '|' + e.value));
  const t = nf(text);
  for (const m of t.matchAll(/\d+[Xx]?/g)) {
    let r = m[0];
    for (const [det, v] of runValidAs(r)) if (!lab.has(det + '|' + v)) err(`unlabelled ${det} ${v} (run ${r})`);
    if (/[Xx]$/.test(r) && !idValid(r)) for (const [det, v] of runValidAs(r.slice(0, -1))) if (!lab.has(det + '|' + v)) err(`unlabelled ${det} ${v} (run ${r})`);
  }
  for (const m of t.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g)) if (!lab.has('email|' + m[0].toLowerCase())) err(`unlabelled email ${m[0]}`);
  perKind[d.kind] = (perKind[d.kind] || 0) + 1;
  for (const e of entities) perDet[e.detector] = (perDet[e.detector] || 0) + 1;
  for (const e of dontCare) perDc[e.detector] = (perDc[e.detector] || 0) + 1;
  for (const y of decoys) perDecoy[y.kind] = (perDecoy[y.kind] || 0) + 1;
  lines.push(JSON.stringify({ id, kind: d.kind, text, entities, dontCare, decoys }));
}

writeFileSync(OUT, lines.join('\n') + '\n');
const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
console.log(`funeral corpus: ${lines.length} documents, ${Object.keys(perKind).length} kinds -> ${OUT}`);
console.log('documents per kind:', JSON.stringify(perKind));
console.log('entities per detector:', JSON.stringify(perDet), 'total', sum(perDet));
console.log('dontCare per detector:', JSON.stringify(perDc), 'total', sum(perDc));
console.log('decoys per kind:', JSON.stringify(perDecoy), 'total', sum(perDecoy), `(pruned ${prunedDecoys} overlapping word decoys)`);
if (errors.length) { console.error(`SELF-CHECK FAILED (${errors.length}):\n` + errors.slice(0, 40).join('\n')); process.exit(1); }
console.log('self-check: ok');
