#!/usr/bin/env node
/*
 * membership.mjs — independent labelled test corpus, theme "membership" (id prefix "mb").
 *
 * Theme: customer data of businesses that live on member lists — 美容院/美发 客户档案,
 * 健身房 会员 and 私教 schedules, 早教/培训 学员 and 家长 lists, 宠物店 会员,
 * 洗衣店/汽车美容 储值卡, 超市/商场 会员 exports, 餐饮 预订, 瑜伽馆 签到, 转卡/退卡 forms,
 * 退费/代扣 batches, 储值 充值 receipts, SaaS (有赞/微盟 style) exports, staff WeChat
 * chats, birthday SMS/EDM campaigns, 入会登记表, internal e-mails with member lists.
 * Decoys are central: 会员卡号 (16-19 digits, some Luhn-valid on purpose — a member
 * card is NOT a bank card), 储值卡号, 积分, 余额, 订单号, 流水号, 门店编号, 优惠券码, 核销码,
 * 预约号, 手牌号, 柜号, 生日, amounts, masked phones/IDs/cards/names, 工号, 400 numbers,
 * nicknames, 项目 names, pet names, breeds, store branch names with surname characters.
 *
 * Usage:   node membership.mjs OUT.jsonl
 * Output:  one JSON object per line:
 *   {"id":"mb-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must not be reported under any id
 * Normalisation of values: cn_resident_id 18 chars upper-case X (legacy 15-digit numbers
 *   are labelled with their 18-char upgrade); cn_mobile 11 digits without +86;
 *   cn_landline digits with leading 0 and area code; email lower-case; bank_card digits;
 *   cn_passport upper-case; cn_uscc 18 chars upper-case; person_name_zh as written without
 *   spaces/padding, titles or pinyin. Decoys carry their exact text as written.
 * Labelling conventions (see also the report): a customer recorded only as surname +
 *   honorific (王姐, 李女士, 张总, 刘先生, 陈老师, 赵教练) is dontCare, both as the bare surname
 *   ("王") and as written ("王姐"); store switchboards and role mailboxes are dontCare;
 *   港澳通行证/回乡证 numbers are dontCare cn_passport; UnionPay-looking 62… numbers failing
 *   Luhn under a 银行卡号 header are dontCare bank_card; numbers with unallocated mobile
 *   prefixes (146/149/154) in a phone column are dontCare cn_mobile; a 会员卡号 that equals
 *   the member's mobile is an entity (cn_mobile); <mobile>@139.com exposes the mobile.
 * Deterministic: own PRNG (mulberry32) with a fixed seed; all data synthetic.
 * Self-check at the end; exit 1 on failure.
 *
 * Written in session 25 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

// ---------------------------------------------------------------- PRNG & helpers
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x6d620025);
const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += int(0, 9); return s; };
const nz = (n) => String(int(1, 9)) + digits(n - 1);
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = int(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const pad2 = (n) => String(n).padStart(2, '0');
const wpick = (pairs) => { let t = 0; for (const p of pairs) t += p[1]; let r = rnd() * t; for (const p of pairs) { r -= p[1]; if (r < 0) return p[0]; } return pairs[pairs.length - 1][0]; };
const UP = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const rstr = (n, al = ALNUM) => { let s = ''; for (let i = 0; i < n; i++) s += al[int(0, al.length - 1)]; return s; };
const rowsN = () => wpick([[() => int(1, 3), 15], [() => int(4, 12), 35], [() => int(13, 30), 30], [() => int(31, 80), 20]])();

// ---------------------------------------------------------------- dates
const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const dim = (y, m) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
function randDate(y1, y2) { const y = int(y1, y2), m = int(1, 12); return { y, m, d: int(1, dim(y, m)) }; }
const ymd = (d) => `${d.y}${pad2(d.m)}${pad2(d.d)}`;
function fmtDate(d, f = pick(['-', '-', '/', '.', '年', 'md', 'mdcn', 'compact'])) {
  switch (f) {
    case '-': return `${d.y}-${pad2(d.m)}-${pad2(d.d)}`;
    case '/': return `${d.y}/${d.m}/${d.d}`;
    case '.': return `${d.y}.${pad2(d.m)}.${pad2(d.d)}`;
    case '年': return `${d.y}年${d.m}月${d.d}日`;
    case 'md': return `${pad2(d.m)}-${pad2(d.d)}`;
    case 'mdcn': return `${d.m}月${d.d}日`;
    default: return ymd(d);
  }
}
const recent = () => randDate(2022, 2025);
const dtime = (d = recent()) => `${fmtDate(d, '-')} ${pad2(int(8, 22))}:${pad2(int(0, 59))}${chance(0.4) ? ':' + pad2(int(0, 59)) : ''}`;

// ---------------------------------------------------------------- resident ID (GB 11643)
const REGIONS = ['110101', '110102', '110105', '110106', '110108', '110103', '110104', '120101', '120104', '130102',
  '130104', '140105', '210102', '220102', '230103', '310101', '310104', '310105', '310106', '310107', '310110',
  '310112', '310115', '320102', '320106', '320505', '320506', '330102', '330106', '330108', '330203', '340104',
  '350102', '350203', '360102', '370102', '370202', '410105', '420102', '420106', '430102', '430104', '440103',
  '440104', '440106', '440303', '440304', '440305', '450103', '460105', '500103', '500106', '510104', '510107',
  '520102', '530102', '540102', '610103', '610113', '620102', '630102', '640104', '650102'];
const PROV = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42',
  '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65']);
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b) { let s = 0; for (let i = 0; i < 17; i++) s += +b[i] * IDW[i]; return '10X98765432'[s % 11]; }
function makeId(birth, g) {
  let seq = int(0, 99) * 10 + int(0, 9);
  seq = seq - (seq % 2) + (g === 'M' ? 1 : 0);
  const body = pick(REGIONS) + ymd(birth) + String(seq).padStart(3, '0');
  return body + idCheck(body);
}
function validDateStr(s) {
  const y = +s.slice(0, 4), m = +s.slice(4, 6), d = +s.slice(6, 8);
  return y >= 1900 && y <= 2025 && m >= 1 && m <= 12 && d >= 1 && d <= dim(y, m);
}
function isValidId(s) {
  return /^\d{17}[\dX]$/.test(s) && PROV.has(s.slice(0, 2)) && validDateStr(s.slice(6, 14)) && idCheck(s) === s[17];
}
// legacy 15-digit: region + YYMMDD + seq; upgrade inserts 19 and appends the check char
function makeLegacy(birth, g) {
  const id18 = makeId(birth, g);
  const l15 = id18.slice(0, 6) + id18.slice(8, 17);
  return { l15, id18 };
}

// ---------------------------------------------------------------- mobiles & landlines
const MOB_PFX = [['130', 3], ['131', 3], ['132', 3], ['133', 2], ['134', 2], ['135', 4], ['136', 4], ['137', 4], ['138', 5], ['139', 5],
  ['145', 1], ['147', 1], ['150', 3], ['151', 3], ['152', 3], ['153', 2], ['155', 2], ['156', 2], ['157', 2], ['158', 3], ['159', 3],
  ['162', 1], ['165', 1], ['166', 1], ['167', 1], ['170', 1], ['171', 1], ['172', 1], ['173', 2], ['175', 1], ['176', 2], ['177', 2], ['178', 1],
  ['180', 2], ['181', 2], ['182', 2], ['183', 2], ['184', 1], ['185', 2], ['186', 3], ['187', 3], ['188', 3], ['189', 3],
  ['190', 1], ['191', 1], ['192', 1], ['193', 1], ['195', 1], ['196', 1], ['197', 1], ['198', 2], ['199', 2]];
const ALLOC = new Set(MOB_PFX.map((p) => p[0]));
const mkMobile = () => wpick(MOB_PFX) + digits(8);
const FW = (s) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xFEE0));
function fmtMobile(m, ctx = 'table') {
  const f = ctx === 'table'
    ? wpick([['plain', 88], ['sp', 4], ['dash', 4], ['p86', 2], ['p86d', 1], ['86', 1]])
    : wpick([['plain', 60], ['sp', 10], ['dash', 10], ['p86', 6], ['p86d', 3], ['par', 3], ['0086', 3], ['fw', 3], ['86', 2]]);
  const a = m.slice(0, 3), b = m.slice(3, 7), c = m.slice(7);
  switch (f) {
    case 'sp': return `${a} ${b} ${c}`;
    case 'dash': return `${a}-${b}-${c}`;
    case 'p86': return `+86 ${m}`;
    case 'p86d': return `+86-${a}-${b}-${c}`;
    case 'par': return `(+86)${m}`;
    case '0086': return `0086 ${m}`;
    case 'fw': return FW(m);
    case '86': return `86-${m}`;
    default: return m;
  }
}
const AREAS = [['010', 8], ['020', 8], ['021', 8], ['022', 8], ['023', 8], ['024', 8], ['025', 8], ['027', 8], ['028', 8], ['029', 8],
  ['0755', 8], ['0571', 8], ['0512', 8], ['0769', 8], ['0757', 8], ['0574', 8], ['0591', 8], ['0931', 7], ['0951', 7], ['0971', 7]];
const AREA_LEN = new Map(AREAS);
function mkLandline() { const [ac, n] = pick(AREAS); return { ac, sub: String(int(2, 8)) + digits(n - 1) }; }
function fmtLandline(l) {
  const { ac, sub } = l; const h = sub.length === 8 ? 4 : 3;
  return wpick([[`${ac}-${sub}`, 40], [`(${ac})${sub}`, 10], [`（${ac}）${sub}`, 8], [`${ac} ${sub.slice(0, h)} ${sub.slice(h)}`, 10],
    [`+86-${ac.slice(1)}-${sub}`, 6], [`${ac}${sub}`, 10], [`${ac}-${sub.slice(0, h)}-${sub.slice(h)}`, 6]]);
}
const llValue = (l) => l.ac + l.sub;

// ---------------------------------------------------------------- bank cards
function luhnDigit(body) {
  let s = 0, dbl = true;
  for (let i = body.length - 1; i >= 0; i--) { let d = +body[i]; if (dbl) { d *= 2; if (d > 9) d -= 9; } s += d; dbl = !dbl; }
  return String((10 - (s % 10)) % 10);
}
const luhnOk = (s) => luhnDigit(s.slice(0, -1)) === s[s.length - 1];
const IINS = [['622202', 19, '工商银行'], ['621226', 19, '工商银行'], ['622848', 19, '农业银行'], ['623052', 19, '农业银行'],
  ['621700', 19, '建设银行'], ['622700', 19, '建设银行'], ['621661', 19, '中国银行'], ['621785', 19, '中国银行'],
  ['622588', 16, '招商银行'], ['621483', 16, '招商银行'], ['622260', 19, '交通银行'], ['623058', 19, '平安银行'],
  ['622521', 16, '浦发银行'], ['622908', 18, '兴业银行'], ['621098', 19, '邮储银行'], ['622150', 19, '邮储银行'],
  ['625809', 16, '中信银行信用卡'], ['628262', 16, '招商银行信用卡'], ['436742', 16, '建设银行(Visa)'], ['524094', 16, '招商银行(Mastercard)'],
  ['622155', 17, '民生银行'], ['622892', 19, '农商银行']];
function mkBank() {
  const [iin, len, bank] = wpick(IINS.map((x) => [x, x[0].startsWith('62') ? 5 : 1]));
  const body = iin + digits(len - iin.length - 1);
  return { no: body + luhnDigit(body), bank };
}
function fmtCard(no, ctx = 'table') {
  const f = ctx === 'table' ? wpick([['plain', 80], ['g4', 15], ['dash', 5]]) : wpick([['plain', 55], ['g4', 35], ['dash', 10]]);
  if (f === 'plain') return no;
  const g = no.match(/.{1,4}/g);
  return g.join(f === 'g4' ? ' ' : '-');
}

// ---------------------------------------------------------------- USCC (GB 32100) & passports
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function orgCheck(b8) {
  const w = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0;
  for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * w[i]; }
  const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(b17[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; }
function mkUscc() {
  const body8 = chance(0.6) ? 'MA' + rstr(6, '0123456789ABCDEFGHJKLMNPQRTUWXY') : digits(8);
  const b17 = '9' + pick(['1', '1', '2']) + pick(REGIONS) + body8 + orgCheck(body8);
  return b17 + usccCheck(b17);
}
function isValidUscc(s) {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s)) return false;
  return usccCheck(s.slice(0, 17)) === s[17] && orgCheck(s.slice(8, 16)) === s[16];
}
const mkPassport = () => (chance(0.5) ? 'E' + digits(8) : 'E' + pick('ABCDEFGHJKLMNPQRSTUVWXYZ'.split('')) + digits(7));
const mkHkPermit = () => (chance(0.7) ? 'C' + digits(8) : 'C' + pick('ABCDEFGHJKLMNPQRSTUVWXYZ'.split('')) + digits(7));

// ---------------------------------------------------------------- names
const SURN = [['王', 'wang', 30], ['李', 'li', 30], ['张', 'zhang', 28], ['刘', 'liu', 22], ['陈', 'chen', 20], ['杨', 'yang', 12],
  ['黄', 'huang', 10], ['赵', 'zhao', 10], ['吴', 'wu', 9], ['周', 'zhou', 9], ['徐', 'xu', 7], ['孙', 'sun', 7], ['马', 'ma', 6],
  ['朱', 'zhu', 6], ['胡', 'hu', 6], ['郭', 'guo', 6], ['何', 'he', 5], ['高', 'gao', 5], ['林', 'lin', 5], ['罗', 'luo', 5],
  ['郑', 'zheng', 5], ['梁', 'liang', 5], ['谢', 'xie', 4], ['宋', 'song', 4], ['唐', 'tang', 4], ['许', 'xu', 4], ['韩', 'han', 4],
  ['冯', 'feng', 4], ['邓', 'deng', 4], ['曹', 'cao', 4], ['彭', 'peng', 3], ['曾', 'zeng', 3], ['肖', 'xiao', 3], ['田', 'tian', 3],
  ['董', 'dong', 3], ['袁', 'yuan', 3], ['潘', 'pan', 3], ['于', 'yu', 3], ['蒋', 'jiang', 3], ['蔡', 'cai', 3], ['余', 'yu', 3],
  ['杜', 'du', 2], ['叶', 'ye', 2], ['程', 'cheng', 2], ['苏', 'su', 2], ['魏', 'wei', 2], ['吕', 'lv', 2], ['丁', 'ding', 2],
  ['任', 'ren', 2], ['沈', 'shen', 2], ['姚', 'yao', 2], ['卢', 'lu', 2], ['姜', 'jiang', 2], ['崔', 'cui', 2], ['钟', 'zhong', 2],
  ['谭', 'tan', 2], ['陆', 'lu', 2], ['汪', 'wang', 2], ['范', 'fan', 2], ['金', 'jin', 2], ['石', 'shi', 2], ['廖', 'liao', 2],
  ['贾', 'jia', 2], ['夏', 'xia', 2], ['韦', 'wei', 2], ['付', 'fu', 2], ['方', 'fang', 2], ['白', 'bai', 1], ['邹', 'zou', 1],
  ['孟', 'meng', 1], ['熊', 'xiong', 1], ['秦', 'qin', 1], ['邱', 'qiu', 1], ['江', 'jiang', 1], ['尹', 'yin', 1], ['薛', 'xue', 1],
  ['闫', 'yan', 1], ['段', 'duan', 1], ['雷', 'lei', 1], ['侯', 'hou', 1], ['龙', 'long', 1], ['史', 'shi', 1], ['黎', 'li', 1],
  ['易', 'yi', 1], ['常', 'chang', 1], ['万', 'wan', 1], ['文', 'wen', 1], ['安', 'an', 1], ['向', 'xiang', 1], ['关', 'guan', 1],
  ['费', 'fei', 1]];
const COMPOUND = [['欧阳', 'ouyang'], ['上官', 'shangguan'], ['皇甫', 'huangfu'], ['令狐', 'linghu'], ['诸葛', 'zhuge'], ['司徒', 'situ'],
  ['司马', 'sima'], ['申屠', 'shentu'], ['夏侯', 'xiahou'], ['慕容', 'murong'], ['尉迟', 'yuchi'], ['东方', 'dongfang'],
  ['公孙', 'gongsun'], ['宇文', 'yuwen'], ['端木', 'duanmu'], ['南宫', 'nangong'], ['钟离', 'zhongli']];
const GF = [['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['艳', 'yan'], ['娟', 'juan'], ['霞', 'xia'],
  ['玲', 'ling'], ['婷', 'ting'], ['秀英', 'xiuying'], ['桂英', 'guiying'], ['丽华', 'lihua'], ['春梅', 'chunmei'], ['玉兰', 'yulan'],
  ['淑珍', 'shuzhen'], ['晓燕', 'xiaoyan'], ['海燕', 'haiyan'], ['文静', 'wenjing'], ['雅琪', 'yaqi'], ['梦琪', 'mengqi'],
  ['欣怡', 'xinyi'], ['佳怡', 'jiayi'], ['思雨', 'siyu'], ['雨桐', 'yutong'], ['诗涵', 'shihan'], ['梓萱', 'zixuan'], ['一诺', 'yinuo'],
  ['可馨', 'kexin'], ['若曦', 'ruoxi'], ['婉清', 'wanqing'], ['慧敏', 'huimin'], ['晓丽', 'xiaoli'], ['美玲', 'meiling'],
  ['雪梅', 'xuemei'], ['红霞', 'hongxia'], ['丹', 'dan'], ['萍', 'ping'], ['琳', 'lin'], ['颖', 'ying'], ['倩', 'qian'], ['璐', 'lu'],
  ['悦', 'yue'], ['蕾', 'lei'], ['瑶', 'yao'], ['洁', 'jie'], ['燕', 'yan'], ['荣', 'rong'], ['莉', 'li'], ['凤英', 'fengying']];
const GM = [['伟', 'wei'], ['强', 'qiang'], ['磊', 'lei'], ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'], ['杰', 'jie'], ['涛', 'tao'],
  ['超', 'chao'], ['刚', 'gang'], ['鹏', 'peng'], ['辉', 'hui'], ['宇', 'yu'], ['浩', 'hao'], ['斌', 'bin'], ['峰', 'feng'],
  ['建国', 'jianguo'], ['建华', 'jianhua'], ['志强', 'zhiqiang'], ['国庆', 'guoqing'], ['海涛', 'haitao'], ['俊杰', 'junjie'],
  ['浩然', 'haoran'], ['宇轩', 'yuxuan'], ['子轩', 'zixuan'], ['梓豪', 'zihao'], ['思远', 'siyuan'], ['博文', 'bowen'],
  ['天佑', 'tianyou'], ['家豪', 'jiahao'], ['明轩', 'mingxuan'], ['振华', 'zhenhua'], ['立新', 'lixin'], ['卫东', 'weidong'],
  ['永刚', 'yonggang'], ['晓东', 'xiaodong'], ['文博', 'wenbo'], ['一鸣', 'yiming'], ['睿', 'rui'], ['凯', 'kai'], ['翔', 'xiang'],
  ['亮', 'liang'], ['健', 'jian'], ['帆', 'fan'], ['毅', 'yi'], ['彬', 'bin'], ['晨', 'chen'], ['沐阳', 'muyang']];
const MINOR = [['买买提·艾力', 'maimaiti', 'M'], ['阿依古丽·吐尔逊', 'ayiguli', 'F'], ['热依拉·阿不都', 'reyila', 'F'],
  ['艾力·买买提', 'aili', 'M'], ['古丽娜尔·托合提', 'gulinaer', 'F'], ['努尔艾力·吾斯曼', 'nuraili', 'M'],
  ['帕提古丽·热合曼', 'patiguli', 'F'], ['阿迪力·艾则孜', 'adili', 'M'], ['巴特尔', 'bateer', 'M'], ['其木格', 'qimuge', 'F'],
  ['乌兰图雅', 'wulantuya', 'F'], ['扎西顿珠', 'zhaxidunzhu', 'M'], ['次仁卓玛', 'cirenzhuoma', 'F'], ['央金拉姆', 'yangjinlamu', 'F'],
  ['格桑梅朵', 'gesangmeiduo', 'F'], ['阿古达木', 'agudamu', 'M'], ['吐尔洪·阿不力孜', 'tuerhong', 'M'], ['米热古丽·艾买提', 'mireguli', 'F']];
const TITLES_F = ['女士', '姐', '小姐', '阿姨', '老师'];
const TITLES_M = ['先生', '哥', '总', '老师', '叔'];
const EN_NAMES = ['coco', 'amy', 'lily', 'tony', 'kevin', 'vivian', 'cherry', 'jessica', 'sunny', 'ella', 'jack', 'leo', 'grace', 'emma', 'alan'];
const MAIL_DOM = [['qq.com', 30], ['163.com', 20], ['126.com', 8], ['sina.com', 4], ['foxmail.com', 6], ['gmail.com', 5], ['outlook.com', 5],
  ['hotmail.com', 3], ['yeah.net', 2], ['aliyun.com', 2], ['icloud.com', 3], ['sohu.com', 2], ['139.com', 5], ['189.cn', 2]];

function person(o = {}) {
  let g = o.g ?? (chance(0.6) ? 'F' : 'M');
  let name, sur, given, spy, gpy, minority = false;
  const r = rnd();
  if (!o.plain && r < 0.035) {
    const mm = pick(MINOR); name = mm[0]; sur = null; given = null; spy = mm[1]; gpy = ''; g = mm[2]; minority = true;
  } else if (!o.plain && r < 0.085) {
    const c = pick(COMPOUND); const gg = pick(g === 'F' ? GF : GM);
    sur = c[0]; spy = c[1]; given = gg[0]; gpy = gg[1]; name = sur + given;
  } else {
    const s = wpick(SURN.map((x) => [x, x[2]])); const gg = pick(g === 'F' ? GF : GM);
    sur = s[0]; spy = s[1]; given = gg[0]; gpy = gg[1]; name = sur + given;
  }
  const birth = o.birth ?? randDate(o.y1 ?? 1958, o.y2 ?? 2004);
  const p = { name, sur, given, spy, gpy, g, minority, birth, id: makeId(birth, g), mobile: mkMobile() };
  const bk = mkBank(); p.card = bk.no; p.bank = bk.bank;
  p.title = minority ? null : pick(g === 'F' ? TITLES_F : TITLES_M);
  return p;
}
function mkEmail(p) {
  const dom = wpick(MAIL_DOM);
  if (dom === '139.com' || dom === '189.cn') return { addr: `${p.mobile}@${dom}`, mobile: true };
  let local;
  if (dom === 'qq.com' && chance(0.55)) local = nz(int(6, 10));
  else if (!p.gpy) local = `${p.spy}${pick(['', '_', '.'])}${int(1, 999)}`;
  else local = wpick([[`${p.spy}${p.gpy}`, 3], [`${p.spy}.${p.gpy}`, 2], [`${p.gpy}${p.spy}${int(1, 99)}`, 2], [`${p.spy}${p.gpy}${p.birth.y}`, 2],
    [`${pick(EN_NAMES)}_${p.spy}`, 2], [`${pick(EN_NAMES)}${p.spy}${int(10, 999)}`, 2], [`${p.spy}_${pad2(p.birth.m)}${pad2(p.birth.d)}`, 1],
    [`${p.gpy || p.spy}${rstr(2, 'abcdefghijkmnpqrstuvwxyz')}${int(1, 9)}`, 1]]);
  return { addr: `${local}@${dom}`, mobile: false };
}

// ---------------------------------------------------------------- decoy vocabularies
const BRANCH = ['张江店', '周浦店', '万达广场店', '高新店', '金桥店', '王府井店', '石门一路店', '黄埔店', '林和西店', '马家堡店', '宋庄店',
  '孙河店', '唐家岭店', '曹家渡店', '徐家汇店', '陈家祠店', '杨浦店', '吴中店', '江汉路店', '文三路店', '常营店', '安贞店', '方庄店',
  '田林店', '龙华店', '罗湖店', '何家营店', '白石洲店', '于家堡店', '黎明路店'];
const PROJ = {
  salon: ['水光针', '小气泡清洁', '热玛吉', '光子嫩肤', '肩颈护理', '眼部护理', '头皮护理', '烫染套餐', '洗剪吹', '补水面膜', '背部刮痧', '艾灸调理', '皮秒祛斑', '头疗'],
  gym: ['私教课', '普拉提', '动感单车', '拳击私教', '体态矫正', '增肌课', '减脂训练营', 'HIIT', '团课', '游泳私教'],
  edu: ['感统训练', '乐高编程', '蒙氏早教', '少儿英语', '创意美术', '钢琴启蒙', '围棋入门', '口才表演', '幼小衔接'],
  pet: ['宠物洗护', '美容剪毛', '药浴', '驱虫', '寄养', 'SPA洗护', '修甲'],
  wash: ['精洗', '打蜡', '镀晶', '内饰清洁', '干洗西装', '羽绒服清洗', '皮具护理', '窗帘清洗', '改色膜', '四轮定位'],
  yoga: ['空中瑜伽', '阴瑜伽', '哈他瑜伽', '流瑜伽', '普拉提核心', '孕产瑜伽', '冥想', '肩颈理疗瑜伽'],
  dining: ['生日宴', '商务宴请', '家庭聚餐', '满月酒', '同学会', '年夜饭'],
};
const NICKS = ['小仙女', 'Coco', 'Amy', 'Lily宝贝', '阳光男孩', '岁月静好', '向日葵', '追风少年', '奶茶不加糖', 'Vivian🌸', '小太阳',
  '快乐每一天', '静待花开', 'Cherry', 'Kiki', '胖虎', '木子李', '大橙子', '一只猫', 'Sunny', 'Ella', '小鹿', '蓝色天空', '花开富贵',
  '追梦人', '晴天', '知足常乐', 'A.小美', '🍀幸运草', '云淡风轻', '金金', '周末愉快'];
const STAFF_NICK = ['Coco老师', 'Amy', 'Tony老师', 'Kevin教练', '小美', '阿杰', 'Lily', '前台小雨', 'Jason教练', 'Mia老师', '店长Vicky', '小K'];
const PETS = ['豆豆', '旺财', '球球', '可乐', '奶糖', '布丁', '小白', '团子', 'Lucky', '毛毛', '咪咪', '大黄', '元宝', '年糕', '糯米', '芝麻'];
const BREEDS = ['金毛', '柯基', '泰迪', '比熊', '柴犬', '布偶猫', '英短', '美短', '边牧', '萨摩耶', '哈士奇', '拉布拉多', '橘猫', '马尔济斯'];
const LEVELS = ['普通会员', '银卡会员', '金卡会员', '钻石会员', '黑金卡', 'VIP3', 'VIP5', '白金会员', '铂金卡', '至尊卡'];
const MC_PFX = ['10', '11', '12', '16', '18', '20', '21', '28', '70', '71', '80', '86', '88', '89'];
function looksLikeId(s) { return s.length === 18 && PROV.has(s.slice(0, 2)) && validDateStr(s.slice(6, 14)) && idCheck(s) === s[17]; }
function memberCard(forceLong = false) {
  const L = forceLong ? pick([16, 17, 18, 19]) : pick([8, 9, 10, 12, 13, 16, 16, 16, 17, 18, 19, 19]);
  for (;;) {
    let s = pick(MC_PFX) + digits(L - 2);
    if (L >= 16 && chance(0.4)) s = s.slice(0, -1) + luhnDigit(s.slice(0, -1)); // Luhn-valid on purpose
    if (looksLikeId(s)) continue;
    if (L >= 16 && chance(0.15)) return s.match(/.{1,4}/g).join(' ');
    if (L <= 10 && chance(0.3)) return pick(['VIP', 'M', 'NO.', 'HY']) + s;
    return s;
  }
}
const storedCard = () => (chance(0.5) ? pick(['CZK', 'SV', 'YCK']) + digits(int(6, 10)) : memberCard(true));
const points = () => String(int(0, 99999));
function money() {
  const v = int(0, 30000), c = pick(['.00', '.00', '.50', '']);
  const t = v >= 1000 && chance(0.3) ? v.toLocaleString('en-US') : String(v);
  return wpick([[`¥${t}${c}`, 3], [`${t}${c}`, 4], [`${t}元`, 2], [`￥${t}${c}`, 1]]);
}
function orderNo() {
  const d = recent(); const L = pick([16, 18, 19, 20]);
  const s = ymd(d) + digits(L - 8);
  return wpick([[s, 6], ['E' + s, 2], ['NO' + s, 1], ['DD' + s.slice(2), 1]]);
}
const serialNo = () => ymd(recent()) + pad2(int(8, 22)) + digits(int(8, 10));
const storeCode = () => wpick([[`${pick(['SH', 'BJ', 'SZ', 'GZ', 'HZ', 'CD', 'WH', 'NJ'])}${pick(['', '-'])}${String(int(1, 399)).padStart(4, '0')}`, 3], [String(int(10000, 99999)), 1]]);
const coupon = () => wpick([[pick(['YHQ', 'CP', 'QJ']) + rstr(int(8, 10)), 4], ['E' + digits(8), 1], [rstr(4) + '-' + rstr(4) + '-' + rstr(4), 1]]);
const verifyCode = () => String(int(2, 9)) + digits(11);
const bookingNo = () => wpick([[`YD${ymd(recent()).slice(2)}-${String(int(1, 99)).padStart(3, '0')}`, 2], [`R${digits(8)}`, 1], [`YY${ymd(recent())}${digits(3)}`, 1]]);
const wristband = () => `${pick(['A', 'B', 'C', 'M', 'W'])}${pick(['', '-'])}${String(int(1, 399)).padStart(3, '0')}`;
const locker = () => `${pick(['', 'L', 'G'])}${int(1, 480)}${pick(['', '号柜'])}`;
const staffNo = () => wpick([[`YG${String(int(1, 9999)).padStart(4, '0')}`, 2], [`A${int(1000, 9999)}`, 1], [`工号${int(100, 99999)}`, 1]]);
const hotline400 = () => wpick([[`400-${int(100, 999)}-${digits(4)}`, 3], [`4006-${digits(3)}-${digits(3)}`, 1], [`400${digits(7)}`, 1]]);
const tsMs = () => String(int(1700000000, 1767000000)) + digits(3);
const openid = () => 'o' + rstr(3, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') + rstr(24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-');
const PLATE_P = ['京A', '沪B', '粤B', '浙A', '苏E', '川A', '鄂A', '湘A', '陕A', '闽D'];
const plate = () => `${pick(PLATE_P)}${pick(['', '·'])}${rstr(5, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`;
const maskMobile = (m) => wpick([[`${m.slice(0, 3)}****${m.slice(7)}`, 6], [`${m.slice(0, 3)}xxxx${m.slice(7)}`, 1], [`*******${m.slice(7)}`, 1]]);
const maskId = (id) => wpick([[`${id.slice(0, 6)}********${id.slice(14)}`, 3], [`${id.slice(0, 3)}***********${id.slice(14)}`, 1], [`${id.slice(0, 1)}****************${id.slice(17)}`, 1]]);
const maskCard = (c) => wpick([[`${c.slice(0, 4)} **** **** ${c.slice(-4)}`, 3], [`${c.slice(0, 6)}******${c.slice(-4)}`, 2], [`尾号${c.slice(-4)}`, 2]]);
function maskName(p) {
  if (p.minority || !p.sur) return p.name[0] + '**';
  return wpick([[p.sur + '*', 3], [p.sur + '**', 2], [p.sur + '*' + p.name.slice(-1), 2], [p.sur + '某', 1], [p.sur + '某某', 1]]);
}
const wechatId = () => wpick([['wxid_' + rstr(14, 'abcdefghijklmnopqrstuvwxyz0123456789'), 3], [pick(EN_NAMES) + '_' + rstr(4, 'abcdefghijkmnpqrstuvwxyz23456789'), 2]]);
const qqNum = () => nz(int(6, 10));

// ---------------------------------------------------------------- document builder
class Doc {
  constructor(kind) { this.kind = kind; this.E = new Map(); this.D = new Map(); this.X = new Map(); this.raws = []; }
  ent(det, value, raw) { this.E.set(det + '\u0001' + value, { detector: det, value }); this.raws.push({ det, value, raw }); return raw; }
  dc(det, value, raw) { this.D.set(det + '\u0001' + value, { detector: det, value }); this.raws.push({ det, value, raw }); return raw; }
  x(kind, text) { if (!this.X.has(text)) this.X.set(text, { kind, text }); return text; }
  // a person's name as written (entity), optionally padded
  name(p, pad = false) {
    let raw = p.name;
    if (pad && !p.minority && p.name.length === 2) raw = p.name[0] + pick(['　', ' ']) + p.name[1];
    return this.ent('person_name_zh', p.name, raw);
  }
  // surname + honorific (王姐, 李女士): dontCare, both as bare surname and as written
  title(p, t = p.title) {
    if (!p.sur || !t) return this.name(p);
    const raw = p.sur + t;
    this.dc('person_name_zh', p.sur, p.sur);
    this.dc('person_name_zh', raw, raw);
    return raw;
  }
  // name the way a customer list records it: mostly full name, sometimes 王姐/李女士
  cust(p, pTitle = 0.12, pad = false) { return chance(pTitle) && p.sur ? this.title(p) : this.name(p, pad); }
  mob(m, ctx = 'table') { if (typeof m === 'object') m = m.mobile; return this.ent('cn_mobile', m, fmtMobile(m, ctx)); }
  id(p, ctx = 'table') {
    const id = typeof p === 'string' ? p : p.id;
    let raw = id;
    if (id.endsWith('X') && chance(0.35)) raw = id.slice(0, 17) + 'x';
    if (ctx !== 'table' && chance(0.1)) raw = `${raw.slice(0, 6)} ${raw.slice(6, 14)} ${raw.slice(14)}`;
    return this.ent('cn_resident_id', id, raw);
  }
  legacyId(p) { // first-generation cards: holders born in the 20th century only
    if (p.birth.y < 1935 || p.birth.y > 1995) p.birth = randDate(1940, 1990);
    const { l15, id18 } = makeLegacy(p.birth, p.g); p.id = id18; return this.ent('cn_resident_id', id18, l15); }
  card(p, ctx = 'table') { const no = typeof p === 'string' ? p : p.card; return this.ent('bank_card', no, fmtCard(no, ctx)); }
  mail(p) {
    if (!p.email) p.email = mkEmail(p);
    const a = p.email.addr;
    if (p.email.mobile) this.ent('cn_mobile', p.mobile, p.mobile);
    const raw = chance(0.08) ? a.replace(/^[a-z]/, (c) => c.toUpperCase()).replace(/@(.+)$/, (m, d) => '@' + (chance(0.5) ? d.toUpperCase() : d)) : a;
    return this.ent('email', a.toLowerCase(), raw);
  }
  tel(l, org = false) { const raw = fmtLandline(l); return org ? this.dc('cn_landline', llValue(l), raw) : this.ent('cn_landline', llValue(l), raw); }
  uscc(u) { return this.ent('cn_uscc', u, chance(0.1) ? u.toLowerCase() : u); }
  roleMail(local, dom) { const a = `${local}@${dom}`; return this.dc('email', a, a); }
  staff(p, st) { // staff reference: full name, nickname (decoy) or 王老师 (dontCare)
    if (st === 'nick') return this.x('nickname', p.nick);
    if (st === 'title') return this.title(p, p.staffTitle);
    return this.name(p);
  }
}
function mkStaff(n, title = '老师') {
  const out = [];
  for (let i = 0; i < n; i++) {
    const p = person({ y1: 1975, y2: 2002 }); p.nick = pick(STAFF_NICK); p.staffTitle = title;
    p.st = wpick([['full', 5], ['nick', 3], ['title', p.sur ? 2 : 0]]);
    out.push(p);
  }
  return out;
}

// ---------------------------------------------------------------- table layout
const cjkW = (s) => { let w = 0; for (const ch of s) w += /[\u1100-\uFFFF]/.test(ch) ? 2 : 1; return w; };
function layout(headers, rows, style = pick(['csv', 'csv', 'tsv', 'md', 'fixed', 'kv', 'semi', 'blocks', 'bare', 'json'])) {
  switch (style) {
    case 'csv': case 'tsv': case 'semi': {
      const sep = { csv: ',', tsv: '\t', semi: ';' }[style];
      const q = (v) => (style !== 'tsv' && /[",;\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v);
      return [headers, ...rows].map((r) => r.map(q).join(sep)).join('\n');
    }
    case 'md': return ['| ' + headers.join(' | ') + ' |', '|' + headers.map(() => pick(['---', ':---', '----'])).join('|') + '|',
      ...rows.map((r) => '| ' + r.join(' | ') + ' |')].join('\n');
    case 'fixed': {
      const w = headers.map((h, j) => Math.max(cjkW(h), ...rows.map((r) => cjkW(r[j]))));
      const line = (r) => r.map((v, j) => v + ' '.repeat(w[j] - cjkW(v))).join('  ').trimEnd();
      return [line(headers), w.map((x) => '-'.repeat(x)).join('  '), ...rows.map(line)].join('\n');
    }
    case 'kv': {
      const sep = pick(['，', ' | ', '；', '  ']), col = pick(['：', ':', '=']), num = pick(['. ', '、', ') ', '#']);
      return rows.map((r, i) => `${i + 1}${num}` + r.map((v, j) => `${headers[j]}${col}${v}`).join(sep)).join('\n');
    }
    case 'blocks': {
      const sep = pick(['\n\n', '\n------\n', '\n========\n']);
      return rows.map((r) => r.map((v, j) => `${headers[j]}：${v}`).join('\n')).join(sep);
    }
    case 'bare': { const sep = pick([' ', '  ', '\t', ' / ', '，']); return rows.map((r) => r.join(sep)).join('\n'); }
    case 'json': {
      const objs = rows.map((r) => Object.fromEntries(headers.map((h, j) => [h, r[j]])));
      return chance(0.5) ? JSON.stringify(objs, null, 2) : objs.map((o) => JSON.stringify(o)).join('\n');
    }
  }
  throw new Error('style ' + style);
}
// cols: {h:[variants], f:(ctx)=>string, req?:bool, opt?:prob, first?:bool}
function table(cols, n, mkCtx, style) {
  const used = cols.filter((c) => c && (c.req || chance(c.opt ?? 0.7)));
  const ordered = chance(0.45) ? [...used.filter((c) => c.first), ...shuffle(used.filter((c) => !c.first))] : used;
  const seen = new Set();
  const headers = ordered.map((c) => { let h = pick(c.h); if (seen.has(h)) h = c.h.find((x) => !seen.has(x)) ?? h + '2'; seen.add(h); return h; });
  const rows = [];
  for (let i = 0; i < n; i++) { const ctx = mkCtx(i); rows.push(ordered.map((c) => c.f(ctx))); }
  return layout(headers, rows, style);
}
const seqCol = { h: ['序号', 'No.', '#', '编号'], f: (c) => String(c.i + 1), opt: 0.55, first: true };
function exportHead(d, title) {
  const parts = [title];
  if (chance(0.6)) parts.push(`导出时间：${d.x('timestamp', dtime())}`);
  if (chance(0.4)) parts.push(`操作员：${d.x('staff_no', staffNo())}`);
  if (chance(0.3)) parts.push(pick(['本表含会员隐私信息，仅限内部使用，严禁外传', '（内部资料 注意保密）', '数据来源：收银系统']));
  return parts.join(pick(['\n', '  ', '\n']));
}

// ---------------------------------------------------------------- shared cells
const BRANDS = {
  salon: [['颜究所美容会所', 'yanjiusuo.cn'], ['初见SPA', 'chujianspa.com'], ['青丝美发沙龙', 'qingsi-salon.cn'], ['美伊皮肤管理中心', 'meiyi-skin.com'], ['半岛发型', 'bandao-hair.cn'], ['花漾美学馆', 'huayang-beauty.cn']],
  gym: [['超燃健身', 'chaoran-fit.com'], ['力美健身工作室', 'limeifit.cn'], ['动力派健身', 'dlpfit.com'], ['铁馆Fitness', 'tieguan.fit'], ['悦动健身俱乐部', 'yuedong-club.cn']],
  edu: [['小橡树早教中心', 'xiaoxiangshu.cn'], ['启智少儿编程', 'qizhi-code.com'], ['七彩童年艺术培训', 'qicai-art.cn'], ['贝乐思英语', 'beilesi.cn'], ['星火少儿美术', 'xinghuo-art.com']],
  pet: [['萌宠之家', 'mengchong.cn'], ['爪爪宠物店', 'zhuazhua-pet.com'], ['毛孩子宠物生活馆', 'maohaizi.cn'], ['汪喵星球', 'wangmiao.pet']],
  wash: [['净衣坊干洗店', 'jingyifang.cn'], ['车管家汽车美容', 'cheguanjia-auto.cn'], ['驰洁汽车美容会所', 'chijie-auto.com'], ['靓车坊', 'liangchefang.cn']],
  retail: [['鲜邻超市', 'xianlin-mart.cn'], ['惠万家购物广场', 'huiwanjia.com'], ['乐购生活超市', 'legou-life.cn'], ['金盛百货', 'jinsheng-dept.com']],
  dining: [['蜀香园', 'shuxiangyuan.cn'], ['老灶台火锅', 'laozaotai.com'], ['江南小厨', 'jiangnan-kitchen.cn'], ['渔舟唱晚海鲜酒楼', 'yuzhou-seafood.cn'], ['宴遇私房菜', 'yanyu-food.cn']],
  yoga: [['梵音瑜伽', 'fanyin-yoga.cn'], ['静心瑜伽馆', 'jingxin-yoga.com'], ['Flow瑜伽普拉提', 'flowyoga.cn'], ['莲花瑜伽', 'lianhua-yoga.cn']],
};
const brandOf = (d, sector) => { const [b, dom] = pick(BRANDS[sector]); d.x('org_name', b); return { b, dom }; };
function phoneCell(d, p, mask = false) {
  if (mask) return d.x('masked_mobile', maskMobile(p.mobile));
  if (chance(0.012)) { const v = pick(['146', '149', '154', '141']) + digits(8); return d.dc('cn_mobile', v, v); }
  return d.mob(p);
}
function remark(d, p) {
  return wpick([
    [() => '', 8],
    [() => pick(['敏感肌', '怕痛，手法轻一点', '周末才有空', '老客户', '不要推销', '生日当月送护理一次', '余额不足请提醒', '已续卡', '周一休息别约']), 5],
    [() => `介绍人：${d.cust(person(), 0.4)}`, 2],
    [() => `${p.g === 'F' ? '老公' : '老婆'}${d.name(person({ g: p.g === 'F' ? 'M' : 'F', plain: true }))}也办了卡`, 1],
    [() => `微信昵称“${d.x('nickname', pick(NICKS))}”`, 2],
    [() => `优惠券${d.x('coupon', coupon())}未用`, 1],
    [() => `手牌${d.x('wristband', wristband())}`, 1],
  ])();
}
const staffCell = (d, staff) => { const s = pick(staff); return d.staff(s, s.st); };
const dateCell = (d, kind = 'date', dd = recent()) => d.x(kind, fmtDate(dd, pick(['-', '-', '/', '.', 'compact'])));
function storeTel(d) { return d.tel(mkLandline(), true); }
function idDocCell(d, p, t, old = false) {
  if (t === '护照') { const v = mkPassport(); return d.ent('cn_passport', v, v); }
  if (t === '港澳通行证') { const v = mkHkPermit(); return d.dc('cn_passport', v, v); }
  if (t === '回乡证') { const v = pick(['H', 'M']) + digits(8) + (chance(0.5) ? digits(2) : ''); return d.dc('cn_passport', v, v); }
  return old && chance(0.35) ? d.legacyId(p) : d.id(p);
}
const idTypePick = () => wpick([['身份证', 80], ['护照', 10], ['港澳通行证', 5], ['回乡证', 5]]);

// ---------------------------------------------------------------- kinds
function kSalon(d) {
  const { b } = brandOf(d, 'salon'); const br = d.x('store', pick(BRANCH));
  const med = chance(0.3), mask = chance(0.1), staff = mkStaff(int(2, 4));
  const body = table([seqCol,
    { h: ['顾客', '客户姓名', '姓名', '顾客姓名', '会员'], req: true, f: (c) => d.cust(c.p, 0.15, chance(0.05)) },
    { h: ['电话', '手机', '联系电话', '手机号'], req: true, f: (c) => phoneCell(d, c.p, mask) },
    { h: ['生日', '出生日期'], opt: 0.7, f: (c) => d.x('birthday', fmtDate(c.p.birth)) },
    { h: ['卡号', '会员卡号', '储值卡号'], opt: 0.75, f: () => d.x('member_card', memberCard()) },
    { h: ['项目', '疗程', '在做项目'], opt: 0.8, f: () => d.x('project', pick(PROJ.salon)) },
    { h: ['剩余次数', '剩余疗程'], opt: 0.4, f: () => `${int(0, 20)}次` },
    { h: ['余额', '卡内余额', '储值余额'], opt: 0.8, f: () => d.x('balance', money()) },
    { h: ['美容师', '发型师', '服务老师'], opt: 0.6, f: () => staffCell(d, staff) },
    med ? { h: ['身份证号', '证件号码', '身份证'], req: true, f: (c) => d.id(c.p) } : null,
    { h: ['座机', '家庭电话'], opt: 0.2, f: () => (chance(0.5) ? d.tel(mkLandline()) : '') },
    { h: ['邮箱'], opt: 0.12, f: (c) => (chance(0.6) ? d.mail(c.p) : '') },
    { h: ['备注', '客情备注'], opt: 0.4, f: (c) => remark(d, c.p) },
  ], rowsN(), (i) => ({ i, p: person() }));
  const foot = chance(0.3) ? `\n\n门店电话：${storeTel(d)}  预约热线：${d.x('hotline_400', hotline400())}` : '';
  return `${exportHead(d, `${b}·${br} 客户档案${med ? '（医美项目实名登记）' : ''}`)}\n\n${body}${foot}`;
}

function kGym(d) {
  const { b, dom } = brandOf(d, 'gym'); const br = d.x('store', pick(BRANCH));
  const old = chance(0.15), idType = chance(0.3), withId = chance(0.65), staff = mkStaff(int(2, 5), '教练');
  const body = table([seqCol,
    { h: ['会员编号', '会员号', '会籍卡号'], opt: 0.8, f: () => d.x('member_card', memberCard()) },
    { h: ['姓名', '会员姓名', '会员'], req: true, f: (c) => d.cust(c.p, 0.06, chance(0.04)) },
    { h: ['性别'], opt: 0.6, f: (c) => (c.p.g === 'F' ? '女' : '男') },
    { h: ['手机号', '手机', '联系方式', '电话'], req: true, f: (c) => phoneCell(d, c.p) },
    idType ? { h: ['证件类型'], req: true, f: (c) => c.idt } : null,
    withId || idType ? { h: idType ? ['证件号码', '证件号'] : ['身份证号', '身份证号码', '身份证'], req: true, f: (c) => idDocCell(d, c.p, c.idt, old) } : null,
    { h: ['卡种', '卡类型', '会籍类型'], opt: 0.8, f: () => pick(['年卡', '季卡', '月卡', '次卡50次', '私教课包24节', '两年卡', '储值卡']) },
    { h: ['开卡日期', '入会日期'], opt: 0.7, f: () => dateCell(d) },
    { h: ['到期日期', '有效期至'], opt: 0.6, f: () => dateCell(d, 'date', randDate(2025, 2027)) },
    { h: ['会籍顾问', '所属顾问', '私教'], opt: 0.6, f: () => staffCell(d, staff) },
    { h: ['紧急联系人'], opt: 0.35, f: (c) => d.name(c.q) },
    { h: ['紧急联系电话', '紧急联系人电话'], opt: 0.35, f: (c) => d.mob(c.q) },
    { h: ['邮箱', 'E-mail', '电子邮箱'], opt: 0.3, f: (c) => d.mail(c.p) },
    { h: ['手牌号', '手环号'], opt: 0.3, f: () => d.x('wristband', wristband()) },
    { h: ['月付代扣卡号', '代扣银行卡'], opt: 0.12, f: (c) => (chance(0.6) ? d.card(c.p) : '') },
    { h: ['剩余课时'], opt: 0.3, f: () => String(int(0, 48)) },
  ], rowsN(), (i) => ({ i, p: person({ y1: 1965, y2: 2005 }), q: person(), idt: idType ? idTypePick() : '身份证' }));
  const head = exportHead(d, `${b}（${br}）${old ? '2008-2012年老会员档案（纸质登记转录）' : '会员信息表'}`);
  const foot = chance(0.25) ? `\n\n如有疑问请联系会籍部 ${d.roleMail(pick(['membership', 'vip', 'service']), dom)}` : '';
  return `${head}\n\n${body}${foot}`;
}

function kPtSchedule(d) {
  const { b } = brandOf(d, 'gym'); const br = d.x('store', pick(BRANCH));
  const coaches = mkStaff(int(2, 5), '教练'); const mask = chance(0.5);
  const members = Array.from({ length: int(3, 20) }, () => person());
  const wk = recent();
  const body = table([
    { h: ['日期'], req: true, f: (c) => c.day },
    { h: ['时间', '时段'], req: true, f: () => { const h = int(7, 21), m = pick(['00', '30']); return `${pad2(h)}:${m}-${pad2(h + 1)}:${m}`; } },
    { h: ['教练', '私教'], req: true, f: (c) => d.staff(c.coach, c.coach.st) },
    { h: ['会员', '学员'], req: true, f: (c) => d.cust(c.m, 0.15) },
    { h: ['电话', '联系方式'], opt: 0.6, f: (c) => phoneCell(d, c.m, mask) },
    { h: ['课程', '课程内容'], opt: 0.8, f: () => d.x('project', pick(PROJ.gym)) },
    { h: ['剩余课时', '剩余/总'], opt: 0.7, f: () => `${int(0, 30)}/${pick([12, 24, 36, 48])}` },
    { h: ['柜号', '储物柜'], opt: 0.4, f: () => d.x('locker', locker()) },
    { h: ['手牌号'], opt: 0.3, f: () => d.x('wristband', wristband()) },
    { h: ['预约号'], opt: 0.3, f: () => d.x('booking_no', bookingNo()) },
  ], rowsN(), (i) => ({ i, day: `${wk.m}月${int(1, 28)}日 ${pick(['周一', '周二', '周三', '周四', '周五', '周六', '周日'])}`, coach: pick(coaches), m: pick(members) }), pick(['md', 'tsv', 'fixed', 'csv', 'kv', 'bare']));
  let pay = '';
  if (chance(0.45)) {
    pay = '\n\n【本月教练课时费结算】\n' + table([
      { h: ['教练', '姓名'], req: true, f: (c) => d.name(c.p) },
      { h: ['课时数'], req: true, f: () => String(int(20, 160)) },
      { h: ['课时费', '应发'], req: true, f: () => d.x('amount', money()) },
      { h: ['工资卡号', '银行卡号', '收款卡号'], req: true, f: (c) => d.card(c.p) },
      { h: ['开户行'], opt: 0.7, f: (c) => c.p.bank },
      { h: ['工号'], opt: 0.5, f: () => d.x('staff_no', staffNo()) },
    ], coaches.length, (i) => ({ i, p: coaches[i] }), pick(['csv', 'tsv', 'md', 'fixed']));
  }
  return `${b} ${br} 私教排课表（${wk.y}年${wk.m}月）\n${body}${pay}`;
}

function kEdu(d) {
  const { b, dom } = brandOf(d, 'edu'); const br = d.x('store', pick(BRANCH)); const staff = mkStaff(int(1, 4));
  const mk = (i) => {
    const par = person({ y1: 1978, y2: 1998 }); const rel = par.g === 'F' ? pick(['妈妈', '妈妈', '外婆', '奶奶']) : pick(['爸爸', '爸爸', '爷爷']);
    const kid = person({ y1: 2016, y2: 2023, plain: true });
    if (par.sur && (rel === '爸爸' || rel === '爷爷' || chance(0.4))) { kid.sur = par.sur; kid.name = par.sur + kid.given; }
    return { i, par, kid, rel, par2: person({ g: par.g === 'F' ? 'M' : 'F' }) };
  };
  const body = table([seqCol,
    { h: ['学员姓名', '学员', '孩子姓名', '宝宝姓名'], req: true, f: (c) => d.name(c.kid, chance(0.04)) },
    { h: ['性别'], opt: 0.5, f: (c) => (c.kid.g === 'F' ? '女' : '男') },
    { h: ['出生日期', '生日', '宝宝生日'], opt: 0.75, f: (c) => d.x('birthday', fmtDate(c.kid.birth)) },
    { h: ['家长姓名', '家长', '监护人'], req: true, f: (c) => d.cust(c.par, 0.08) },
    { h: ['关系', '与学员关系'], opt: 0.6, f: (c) => c.rel },
    { h: ['联系电话', '家长电话', '家长手机'], req: true, f: (c) => phoneCell(d, c.par) },
    { h: ['备用电话', '备用联系人电话'], opt: 0.3, f: (c) => d.mob(c.par2) },
    { h: ['家庭座机', '家庭电话'], opt: 0.12, f: () => (chance(0.6) ? d.tel(mkLandline()) : '') },
    { h: ['家长邮箱', '邮箱', 'Email'], opt: 0.4, f: (c) => d.mail(c.par) },
    { h: ['签约家长身份证号', '家长身份证号', '监护人身份证'], opt: 0.35, f: (c) => d.id(c.par) },
    { h: ['学员身份证号（保险用）', '学员证件号'], opt: 0.12, f: (c) => d.id(c.kid) },
    { h: ['班级', '所在班级'], opt: 0.6, f: () => pick(['蓝鲸班', '海豚班', '小熊班', 'L1-周六上午', 'K2-周日下午', '启蒙A班']) },
    { h: ['课程', '报读课程'], opt: 0.6, f: () => d.x('project', pick(PROJ.edu)) },
    { h: ['剩余课时'], opt: 0.5, f: () => String(int(0, 96)) },
    { h: ['合同编号'], opt: 0.3, f: () => d.x('contract_no', `HT${ymd(recent())}${digits(3)}`) },
    { h: ['课程顾问', '顾问'], opt: 0.4, f: () => staffCell(d, staff) },
  ], rowsN(), mk);
  const foot = chance(0.3) ? `\n\n校区电话：${storeTel(d)}  家长反馈邮箱：${d.roleMail(pick(['feedback', 'service', 'kefu']), dom)}` : '';
  return `${exportHead(d, `${b}（${br}）${pick(['在读学员及家长信息', '学员花名册', '春季班学员名单', '试听转化名单'])}`)}\n\n${body}${foot}`;
}

function kPet(d) {
  const { b } = brandOf(d, 'pet'); const br = d.x('store', pick(BRANCH)); const mask = chance(0.1);
  const body = table([seqCol,
    { h: ['会员卡号', '卡号'], opt: 0.75, f: () => d.x('member_card', memberCard()) },
    { h: ['主人', '宠主姓名', '会员姓名', '客户'], req: true, f: (c) => d.cust(c.p, 0.22) },
    { h: ['手机', '电话', '联系电话'], req: true, f: (c) => phoneCell(d, c.p, mask) },
    { h: ['宠物名', '宠物昵称', '宝贝名字'], req: true, f: () => d.x('pet_name', pick(PETS)) },
    { h: ['品种'], opt: 0.8, f: () => d.x('breed', pick(BREEDS)) },
    { h: ['宠物生日'], opt: 0.4, f: () => d.x('birthday', fmtDate(randDate(2015, 2024))) },
    { h: ['绝育'], opt: 0.4, f: () => pick(['是', '否', '未知']) },
    { h: ['余额', '卡内余额'], opt: 0.7, f: () => d.x('balance', money()) },
    { h: ['上次到店', '最近消费'], opt: 0.5, f: () => dateCell(d) },
    { h: ['服务项目'], opt: 0.4, f: () => d.x('project', pick(PROJ.pet)) },
    { h: ['微信号', '微信'], opt: 0.2, f: () => d.x('wechat_id', wechatId()) },
    { h: ['座机', '固话'], opt: 0.15, f: () => (chance(0.7) ? d.tel(mkLandline()) : '') },
  ], rowsN(), (i) => ({ i, p: person() }));
  return `${exportHead(d, `${b}${br} 会员名单`)}\n\n${body}`;
}

function kStoredValue(d) {
  const car = chance(0.5); const { b } = brandOf(d, 'wash'); const br = d.x('store', pick(BRANCH));
  if (chance(0.35)) { // single-card ledger
    const p = person(); const real = chance(0.45);
    const lines = [`${b}${br} 储值卡消费明细`, `卡号：${d.x('stored_card', storedCard())}`, `持卡人：${d.cust(p, 0.25)}`,
      `手机：${chance(0.3) ? d.x('masked_mobile', maskMobile(p.mobile)) : d.mob(p, 'form')}`];
    if (car) lines.push(`车牌：${d.x('plate', plate())}`);
    if (real) lines.push(`实名登记（记名卡）证件号：${d.id(p, 'form')}`);
    lines.push('', ['日期', '类型', '金额', '余额', '流水号', '操作员'].join(' | '));
    for (let i = 0, n = int(2, 25); i < n; i++) {
      lines.push([d.x('timestamp', dtime()), pick(['充值', '消费', '消费', '赠送', '退款']), d.x('amount', money()), d.x('balance', money()),
        d.x('serial_no', serialNo()), d.x('staff_no', staffNo())].join(' | '));
    }
    return lines.join('\n');
  }
  const real = chance(0.35);
  const body = table([seqCol,
    { h: ['储值卡号', '卡号', '洗衣卡号'], req: true, f: () => d.x('stored_card', storedCard()) },
    { h: ['持卡人', '客户', '姓名', '车主'], req: true, f: (c) => d.cust(c.p, 0.18) },
    { h: ['手机', '手机号', '电话'], req: true, f: (c) => phoneCell(d, c.p) },
    car ? { h: ['车牌', '车牌号'], req: true, f: () => d.x('plate', plate()) } : null,
    { h: ['充值金额', '累计充值'], opt: 0.7, f: () => d.x('amount', money()) },
    { h: ['赠送'], opt: 0.4, f: () => d.x('amount', money()) },
    { h: ['余额', '剩余金额'], req: true, f: () => d.x('balance', money()) },
    { h: ['开卡日期'], opt: 0.6, f: () => dateCell(d) },
    real ? { h: ['实名登记证件号', '身份证号'], req: true, f: (c) => d.id(c.p) } : null,
    { h: ['常做项目'], opt: 0.4, f: () => d.x('project', pick(PROJ.wash)) },
  ], rowsN(), (i) => ({ i, p: person() }));
  return `${exportHead(d, `${b}（${br}）储值卡${real ? '实名登记' : ''}台账`)}\n\n${body}`;
}

function kRetail(d) {
  const { b, dom } = brandOf(d, 'retail'); const masked = chance(0.2), cardIsMob = !masked && chance(0.3);
  const body = table([
    { h: ['会员卡号', '卡号', 'card_no'], req: true, first: true, f: (c) => (cardIsMob ? d.mob(c.p) : d.x('member_card', memberCard(chance(0.6)))) },
    { h: ['姓名', '会员姓名', '真实姓名'], req: true, f: (c) => (masked ? d.x('masked_name', maskName(c.p)) : chance(0.08) ? '' : d.name(c.p)) },
    { h: ['手机', '手机号码', '绑定手机'], req: true, f: (c) => (masked ? d.x('masked_mobile', maskMobile(c.p.mobile)) : phoneCell(d, c.p)) },
    { h: ['性别'], opt: 0.5, f: (c) => (c.p.g === 'F' ? '女' : '男') },
    { h: ['生日'], opt: 0.6, f: (c) => d.x('birthday', fmtDate(c.p.birth)) },
    { h: ['积分', '可用积分', '当前积分'], opt: 0.85, f: () => d.x('points', points()) },
    { h: ['等级', '会员等级'], opt: 0.7, f: () => d.x('level', pick(LEVELS)) },
    { h: ['注册门店', '开卡门店', '归属门店'], opt: 0.7, f: () => d.x('store', pick(BRANCH)) },
    { h: ['门店编号'], opt: 0.3, f: () => d.x('store_code', storeCode()) },
    { h: ['注册时间', '开卡时间'], opt: 0.6, f: () => d.x('timestamp', dtime(randDate(2015, 2025))) },
    { h: ['累计消费'], opt: 0.5, f: () => d.x('amount', money()) },
    { h: ['邮箱', '电子邮箱'], opt: masked ? 0 : 0.3, f: (c) => (chance(0.7) ? d.mail(c.p) : '') },
  ], rowsN(), (i) => ({ i, p: person() }), pick(['csv', 'csv', 'csv', 'tsv', 'semi', 'json', 'fixed']));
  const note = masked ? '\n\n（已按《个人信息保护法》脱敏导出）' : cardIsMob ? '\n\n注：本店会员卡号即绑定手机号' : '';
  const foot = chance(0.2) ? `\n会员服务热线 ${d.x('hotline_400', hotline400())}，邮箱 ${d.roleMail('member', dom)}` : '';
  return `${exportHead(d, `${b} 会员资料导出 ${pick(['(全部门店)', '(本月新增)', '(沉睡会员)', '(积分清零提醒名单)'])}`)}\n${body}${note}${foot}`;
}

function kDining(d) {
  const { b } = brandOf(d, 'dining'); const br = d.x('store', pick(BRANCH)); const staff = mkStaff(int(1, 3), '经理');
  if (chance(0.3)) { // confirmation SMS log
    const tel = storeTel(d); const lines = [`${b}${br} 预订确认短信发送记录`];
    for (let i = 0, n = int(1, 15); i < n; i++) {
      const p = person(); const dd = recent();
      lines.push(`${d.x('timestamp', dtime())}  ${d.mob(p)}  【${b}】${chance(0.6) ? d.title(p) : d.name(p) + (p.g === 'F' ? '女士' : '先生')}您好，您已预订${dd.m}月${dd.d}日${pick(['午餐', '晚餐'])} ${pick(['牡丹厅', '兰亭', '大厅A12', '包间V8', '听雨轩'])} ${int(2, 20)}位，预约号${d.x('booking_no', bookingNo())}，如需变更请致电${tel}。`);
    }
    return lines.join('\n');
  }
  const body = table([
    { h: ['日期', '用餐日期'], req: true, f: () => d.x('date', fmtDate(recent(), '-')) },
    { h: ['餐段'], opt: 0.7, f: () => pick(['午市', '晚市', '夜宵']) },
    { h: ['包间/桌号', '台位', '包厢'], opt: 0.8, f: () => pick(['牡丹厅', '兰亭', 'A12', 'V8', '听雨轩', '大厅', 'B3']) },
    { h: ['订位人', '预订人', '客人'], req: true, f: (c) => d.cust(c.p, 0.45) },
    { h: ['电话', '联系电话', '预订电话'], req: true, f: (c) => phoneCell(d, c.p, chance(0.05)) },
    { h: ['人数', '用餐人数'], req: true, f: () => `${int(2, 30)}${pick(['', '人', '位'])}` },
    { h: ['预约号', '订单号'], opt: 0.5, f: () => d.x('booking_no', bookingNo()) },
    { h: ['定金'], opt: 0.3, f: () => d.x('amount', money()) },
    { h: ['备注'], opt: 0.6, f: () => pick([() => '', () => '', () => `${pick(PROJ.dining)}，需蛋糕`, () => '忌口：不吃香菜', () => '老客，安排靠窗', () => '带小孩需宝宝椅', () => `会员卡${d.x('member_card', memberCard())}`])() },
    { h: ['接待', '营销经理'], opt: 0.5, f: () => staffCell(d, staff) },
    { h: ['会员等级'], opt: 0.3, f: () => d.x('level', pick(LEVELS)) },
  ], rowsN(), (i) => ({ i, p: person() }));
  return `${exportHead(d, `${b}（${br}）${pick(['预订台账', '本周订餐登记', '包间预订表'])}`)}\n\n${body}`;
}

function kYoga(d) {
  const { b } = brandOf(d, 'yoga'); const br = d.x('store', pick(BRANCH)); const staff = mkStaff(int(1, 4));
  const pool = Array.from({ length: int(2, 30) }, () => ({ p: person({ g: chance(0.85) ? 'F' : 'M' }), card: memberCard() }));
  const day = recent(); const n = rowsN(); const times = Array.from({ length: n }, () => `${pad2(int(7, 21))}:${pad2(int(0, 59))}`).sort();
  const body = table([
    { h: ['签到时间', '时间'], req: true, f: (c) => (chance(0.5) ? d.x('timestamp', `${fmtDate(day, '-')} ${times[c.i]}`) : times[c.i]) },
    { h: ['会员', '会员姓名', '姓名'], req: true, f: (c) => d.cust(c.m.p, 0.1) },
    { h: ['会员卡号', '卡号'], opt: 0.6, f: (c) => d.x('member_card', c.m.card) },
    { h: ['手机尾号', '手机'], opt: 0.5, f: (c) => (chance(0.5) ? d.x('masked_mobile', maskMobile(c.m.p.mobile)) : d.mob(c.m.p)) },
    { h: ['课程'], req: true, f: () => d.x('project', pick(PROJ.yoga)) },
    { h: ['老师', '授课老师'], opt: 0.7, f: () => staffCell(d, staff) },
    { h: ['扣次'], opt: 0.5, f: () => String(pick([1, 1, 1, 2])) },
    { h: ['剩余次数', '剩余'], opt: 0.6, f: () => String(int(0, 100)) },
    { h: ['签到方式'], opt: 0.4, f: () => pick(['人脸', '扫码', '前台代签', '小程序']) },
  ], n, (i) => ({ i, m: pick(pool) }), pick(['csv', 'tsv', 'md', 'fixed', 'bare', 'kv']));
  return `${b}${br} 签到记录 ${d.x('date', fmtDate(day, pick(['-', '年'])))}\n${body}`;
}

function kvForm(pairs, style = pick(['lines', 'two', 'md'])) {
  const col = pick(['：', ':', '： ']);
  if (style === 'lines') return pairs.map(([k, v]) => (k.startsWith('【') || k === '' ? k + v : `${k}${col}${v}`)).join('\n');
  if (style === 'md') return pairs.map(([k, v]) => (k === '' ? `## ${v}\n\n| 项目 | 内容 |\n|---|---|` : k.startsWith('【') ? `| **${k}** | ${v} |` : `| ${k} | ${v} |`)).join('\n');
  const out = []; let buf = [];
  for (const [k, v] of pairs) {
    if (k.startsWith('【') || k === '') { if (buf.length) out.push(buf.join('    ')); buf = []; out.push(k + v); continue; }
    buf.push(`${k}${col}${v}`); if (buf.length === 2) { out.push(buf.join('    ')); buf = []; }
  }
  if (buf.length) out.push(buf.join('    '));
  return out.join('\n');
}

function kTransfer(d) {
  const sector = pick(['gym', 'salon', 'yoga', 'edu']); const { b } = brandOf(d, sector); const br = d.x('store', pick(BRANCH));
  const a = person(), c = person(), st = mkStaff(1)[0];
  const pairs = [['', `${b} 会员卡转让申请表`], ['门店', br], ['申请编号', d.x('form_no', `ZK${ymd(recent())}${digits(4)}`)],
    ['【转出方（原持卡人）】', ''], ['姓名', d.name(a)], ['身份证号', d.id(a, 'form')], ['手机', d.mob(a, 'form')],
    ['【转入方（受让人）】', ''], ['姓名', d.name(c)], ['身份证号', chance(0.9) ? d.id(c, 'form') : d.x('masked_id', maskId(c.id))], ['手机', d.mob(c, 'form')],
    ['【卡内权益】', ''], ['原会员卡号', d.x('member_card', memberCard())], ['卡种', pick(['年卡', '次卡', '储值卡', '私教课包'])],
    ['剩余次数/余额', d.x('balance', money())], ['有效期至', d.x('date', fmtDate(randDate(2025, 2027), '-'))],
    ['转卡手续费', d.x('amount', pick(['¥200.00', '300元', '¥500', '卡内余额的10%']))], ['新卡号', d.x('member_card', memberCard())]];
  if (chance(0.3)) pairs.push(['转入方邮箱', d.mail(c)]);
  pairs.push(['【签字】', ''], ['转出方签字', d.name(a)], ['受让方签字', d.name(c)], ['经办人', st.st === 'nick' ? d.x('nickname', st.nick) : d.name(st)],
    ['工号', d.x('staff_no', staffNo())], ['日期', d.x('date', fmtDate(recent(), '年'))]);
  if (chance(0.35)) pairs.push(['门店统一社会信用代码', d.uscc(mkUscc())]);
  if (chance(0.5)) pairs.push(['门店电话', storeTel(d)]);
  return kvForm(pairs) + (chance(0.5) ? '\n\n说明：会员卡仅限转让一次，转让后原持卡人权益终止。' : '');
}

function kRefundForm(d) {
  const sector = pick(['gym', 'salon', 'yoga', 'edu', 'pet']); const { b } = brandOf(d, sector); const br = d.x('store', pick(BRANCH));
  const p = person(); const payee = chance(0.25) ? person({ g: p.g === 'F' ? 'M' : 'F' }) : p; const mgr = person({ y1: 1980, y2: 1998 });
  const bad = chance(0.1);
  let cardNo;
  if (bad) { let s; do { s = '622' + digits(16); } while (luhnOk(s)); cardNo = d.dc('bank_card', s, s) + '（客户手写，待核实）'; }
  else cardNo = d.card(payee, 'form');
  const pairs = [['', `${b}（${br}）会员退卡/退费申请单`], ['单号', d.x('form_no', `TK${ymd(recent())}${digits(4)}`)],
    ['会员姓名', chance(0.85) ? d.name(p) : d.title(p)], ['性别', p.g === 'F' ? '女' : '男'],
    ['身份证号', chance(0.85) ? d.id(p, 'form') : d.x('masked_id', maskId(p.id))], ['联系电话', d.mob(p, 'form')],
    ['会员卡号', d.x('member_card', memberCard())], ['办卡日期', d.x('date', fmtDate(randDate(2021, 2024), '-'))],
    ...(() => { const paid = int(10, 300) * 100, used = int(0, paid / 100) * 100; const y = (v) => pick([`¥${v}.00`, `${v}元`, `${v.toLocaleString('en-US')}.00`]);
      return [['实付金额', d.x('amount', y(paid))], ['已消费', d.x('amount', y(used))], ['应退金额', d.x('amount', y(paid - used) + (chance(0.3) ? '（扣除手续费前）' : ''))]]; })(),
    ['退款原因', pick(['搬家', '身体原因', '工作调动', '对服务不满意', '门店装修停业', '孩子转学'])],
    ['【退款账户】', ''], ['户名', payee === p ? d.name(p) : d.name(payee) + `（${pick(['配偶', '家属', '本人委托'])}）`],
    ['开户行', `${payee.bank.replace(/\(.*\)|信用卡/g, '')}${pick(['深圳南山支行', '上海张江支行', '北京朝阳支行', '杭州西湖支行', '成都高新支行'])}`],
    ['银行卡号', cardNo]];
  if (chance(0.3)) pairs.push(['邮箱（接收电子回单）', d.mail(p)]);
  pairs.push(['【审批】', ''], ['店长', `${d.name(mgr)} ${d.mob(mgr, 'form')}`], ['财务', chance(0.5) ? d.name(person()) : d.x('staff_no', staffNo())],
    ['日期', d.x('date', fmtDate(recent(), '年'))]);
  if (chance(0.3)) pairs.push(['退款主体统一社会信用代码', d.uscc(mkUscc())]);
  return kvForm(pairs) + (chance(0.3) ? `\n\n客服电话：${storeTel(d)} / ${d.x('hotline_400', hotline400())}` : '');
}

function kRefundBatch(d) {
  const sector = pick(['gym', 'gym', 'edu', 'salon', 'yoga']); const { b, dom } = brandOf(d, sector); const autopay = chance(0.35); const br = autopay ? '' : d.x('store', pick(BRANCH));
  const body = table([seqCol,
    { h: ['姓名', '会员姓名', '学员家长'], req: true, f: (c) => d.name(c.p, chance(0.03)) },
    { h: ['身份证号', '证件号码'], opt: 0.7, f: (c) => d.id(c.p) },
    { h: ['手机号', '联系电话'], opt: 0.85, f: (c) => phoneCell(d, c.p) },
    { h: ['会员卡号'], opt: 0.5, f: () => d.x('member_card', memberCard()) },
    { h: autopay ? ['月扣款金额', '代扣金额'] : ['退款金额', '应退金额'], req: true, f: () => d.x('amount', money()) },
    { h: ['开户行', '收款银行', '银行'], opt: 0.75, f: (c) => c.p.bank },
    { h: autopay ? ['扣款卡号', '代扣银行卡号'] : ['银行卡号', '收款卡号', '退款卡号'], req: true, f: (c) => {
      if (chance(0.03)) { let s; do { s = '62' + digits(17); } while (luhnOk(s)); return d.dc('bank_card', s, s); }
      return d.card(c.p); } },
    { h: ['户名'], opt: 0.2, f: (c) => d.name(c.p) },
    { h: ['邮箱'], opt: 0.15, f: (c) => d.mail(c.p) },
    { h: ['备注'], opt: 0.3, f: () => pick([() => '', () => '', () => '已签字', () => '待审核', () => '卡号已核对', () => `流水号${d.x('serial_no', serialNo())}`])() },
  ], Math.max(rowsN(), int(4, 15)), (i) => ({ i, p: person() }), pick(['csv', 'tsv', 'md', 'fixed', 'semi', 'kv', 'csv']));
  const title = autopay ? `${b} 会员月费代扣名单（${pick(['3月', '4月', '10月'])}批次）` : `${b}（${br}）${pick(['闭店退费登记汇总', '退卡退费明细', '预付费退款名单（报市场监管局备案）'])}`;
  const foot = chance(0.3) ? `\n\n如有疑问请发邮件至 ${d.roleMail(pick(['finance', 'refund', 'caiwu']), dom)}` : '';
  return `${exportHead(d, title)}\n\n${body}${foot}`;
}

function kTopup(d) {
  const sector = pick(['salon', 'wash', 'pet', 'yoga', 'dining', 'gym']); const { b } = brandOf(d, sector);
  const n = wpick([[1, 5], [() => int(2, 6), 2]]); const cnt = typeof n === 'function' ? n() : n;
  const out = [];
  const uscc = chance(0.45) ? mkUscc() : null; const tel = chance(0.7) ? mkLandline() : null; const br = d.x('store', pick(BRANCH));
  for (let i = 0; i < cnt; i++) {
    const p = person(); const L = [`====== ${b} ======`, `储值充值凭证（${pick(['顾客联', '存根联'])}）`];
    if (uscc) L.push(`统一社会信用代码：${d.uscc(uscc)}`);
    L.push(`门店：${br}${tel ? '  电话：' + d.tel(tel, true) : ''}`);
    if (chance(0.5)) L.push(`客服热线：${d.x('hotline_400', hotline400())}`);
    L.push('-'.repeat(int(20, 32)));
    L.push(`会员：${wpick([[() => d.name(p), 4], [() => d.title(p), 3], [() => d.x('masked_name', maskName(p)), 2]])()}`);
    L.push(`手机：${chance(0.55) ? d.x('masked_mobile', maskMobile(p.mobile)) : d.mob(p, 'form')}`);
    L.push(`会员卡号：${d.x('member_card', memberCard())}`);
    const top = pick([500, 1000, 2000, 3000, 5000, 10000, 20000]), gift = Math.round(top * pick([0, 0.1, 0.15, 0.2])), bal = top + gift + int(0, 8000);
    const y = (v) => pick([`¥${v}.00`, `${v}元`, `￥${v.toLocaleString('en-US')}`, `${v}.00`]);
    L.push(`充值金额：${d.x('amount', y(top))}`, `赠送金额：${gift ? d.x('amount', y(gift)) : '0'}`, `卡内余额：${d.x('balance', y(bal) + (chance(0.3) ? '.' + pad2(int(1, 99)) : '').replace(/\.00\./, '.'))}`);
    if (chance(0.5)) L.push(`本次积分：+${d.x('points', points())}`);
    L.push(`支付方式：${wpick([[() => `银行卡 ${d.x('masked_card', maskCard(p.card))}`, 3], [() => '微信支付', 3], [() => '支付宝', 2], [() => '现金', 1]])()}`);
    L.push(`交易流水号：${d.x('serial_no', serialNo())}`);
    if (chance(0.4)) L.push(`订单号：${d.x('order_no', orderNo())}`);
    L.push(`收银员：${d.x('staff_no', staffNo())}`, `时间：${d.x('timestamp', dtime())}`);
    if (chance(0.3)) L.push(`核销码：${d.x('verify_code', verifyCode())}`);
    L.push('顾客签字：' + (chance(0.4) ? d.name(p) : '________'));
    out.push(L.join('\n'));
  }
  return out.join('\n\n');
}

function kSaas(d) {
  const sector = pick(['retail', 'salon', 'gym', 'yoga', 'pet', 'edu']); const { b } = brandOf(d, sector);
  const en = chance(0.4), bi = !en && chance(0.5);
  const H = (zh, e) => (en ? [e] : bi ? [`${zh}/${e}`, `${zh}(${e})`] : [zh]);
  const cidSnow = chance(0.4);
  const body = table([
    { h: H('客户ID', 'customer_id'), req: true, first: true, f: () => d.x('customer_id', cidSnow ? '17' + digits(17) : nz(int(8, 10))) },
    { h: H('微信昵称', 'nickname'), opt: 0.7, f: () => d.x('nickname', pick(NICKS)) },
    { h: H('姓名', 'name'), req: true, f: (c) => (chance(0.1) ? '' : d.name(c.p)) },
    { h: H('手机号', 'mobile'), req: true, f: (c) => (chance(0.1) ? d.ent('cn_mobile', c.p.mobile, `86-${c.p.mobile}`) : phoneCell(d, c.p)) },
    { h: H('邮箱', 'email'), opt: 0.85, f: (c) => (chance(0.85) ? d.mail(c.p) : '') },
    { h: H('性别', 'gender'), opt: 0.6, f: (c) => (en ? (c.p.g === 'F' ? 'female' : 'male') : c.p.g === 'F' ? '女' : '男') },
    { h: H('生日', 'birthday'), opt: 0.6, f: (c) => d.x('birthday', fmtDate(c.p.birth, '-')) },
    { h: H('积分', 'points'), opt: 0.7, f: () => d.x('points', points()) },
    { h: H('储值余额', 'balance'), opt: 0.6, f: () => d.x('balance', String(int(0, 20000)) + '.' + pad2(int(0, 99))) },
    { h: H('会员等级', 'level'), opt: 0.6, f: () => d.x('level', pick(LEVELS)) },
    { h: H('来源渠道', 'source'), opt: 0.5, f: () => (en ? pick(['mini_program', 'official_account', 'pos', 'h5']) : pick(['小程序', '公众号', '门店扫码', '分销员推广'])) },
    { h: H('归属门店', 'store'), opt: 0.4, f: () => d.x('store', pick(BRANCH)) },
    { h: H('注册时间', 'created_at'), opt: 0.8, f: () => (chance(0.5) ? d.x('timestamp_ms', tsMs()) : d.x('timestamp', dtime())) },
    { h: H('openid', 'openid'), opt: 0.4, f: () => d.x('openid', openid()) },
    { h: H('头像', 'avatar'), opt: 0.2, f: () => { const f = pick(['avatar@2x.png', 'head@3x.jpg', 'icon@2x.png']); d.x('email_like', f); return `https://img.saas-cdn-demo.cn/upload/${rstr(6, 'abcdef0123456789')}/${f}`; } },
    { h: H('最近订单号', 'last_order_no'), opt: 0.4, f: () => d.x('order_no', orderNo()) },
  ], rowsN(), (i) => ({ i, p: person() }), pick(['csv', 'csv', 'csv', 'json', 'tsv']));
  return `${pick(['# ', '', '// '])}${pick(['客户列表导出', 'customers_export', '会员导出', 'member_list'])}_${ymd(recent())}.${pick(['csv', 'xlsx', 'json'])}  ${b}\n${body}`;
}

function kChat(d) {
  const sector = pick(['salon', 'gym', 'yoga', 'edu', 'pet', 'dining']); const { b } = brandOf(d, sector);
  const staff = mkStaff(int(2, 5)); const day = recent();
  const who = () => { const s = pick(staff); return s.st === 'nick' ? d.x('nickname', s.nick) : s.st === 'title' ? d.title(s, s.staffTitle) : d.name(s); };
  const proj = () => d.x('project', pick(PROJ[sector] ?? PROJ.salon));
  const T = [
    [() => { const p = person(); return `${d.title(p)}明天下午${int(1, 8)}点约了${proj()}，记得提前备好产品`; }, 3],
    [() => { const p = person(); return `新会员登记一下：${d.name(p)}，电话${d.mob(p, 'chat')}，办的${pick(['年卡', '3000储值', '次卡', '私教包'])}，卡号${d.x('member_card', memberCard())}`; }, 4],
    [() => { const p = person(); return `${d.title(p)}要退卡，会员卡号${d.x('member_card', memberCard())}，余额${d.x('balance', money())}，退到${p.g === 'F' ? '她' : '他'}${p.bank.replace(/\(.*\)/, '')}卡 ${d.card(p, 'chat')}，户名${d.name(p)}`; }, 3],
    [() => { const p = person({ g: 'M' }); const q = person(); return `${d.title(p, '总')}说让他助理对接，助理${d.name(q)} ${d.mob(q, 'chat')}`; }, 2],
    [() => { const p = person(); return `电子合同发到 ${d.mail(p)} 就行，${d.name(p)}本人说的`; }, 3],
    [() => { const p = person(); return `${d.name(p)}的身份证号 ${d.id(p, 'chat')} 登记一下，医美项目要实名`; }, 2],
    [() => `${d.x('mention', '@所有人')} 本周生日会员：${Array.from({ length: int(2, 5) }, () => d.cust(person(), 0.3)).join('、')}，记得发祝福短信`, 2],
    [() => `${d.x('masked_mobile', maskMobile(mkMobile()))} 这个号码是谁的？系统里只显示这个`, 1],
    [() => `核销码 ${d.x('verify_code', verifyCode())} 已核销，顾客是${d.x('nickname', pick(NICKS))}`, 1],
    [() => `优惠券 ${d.x('coupon', coupon())} 客人说用不了，帮看下`, 1],
    [() => pick(['收到', '好的👌', '[图片]', '[语音]', 'OK', '马上处理', '周一例会别忘了', '余额提醒短信发了吗']), 5],
    [() => { const p = person(); return `${d.name(p)} 之前那个号停机了，新号 ${d.mob(p, 'chat')}`; }, 2],
    [() => { const p = person({ g: 'F', plain: true }); return `${d.title(p)}老公${d.name(person({ g: 'M', plain: true }))}也想办卡，电话 ${d.mob(mkMobile(), 'chat')}`; }, 1],
    [() => `客服热线改成 ${d.x('hotline_400', hotline400())} 了，前台更新一下`, 1],
    [() => { const p = person(); return `${d.name(p)} ${d.mob(p, 'chat')} 微信号${d.x('wechat_id', wechatId())} 已加，拉群了`; }, 2],
  ];
  const lines = [`${pick(['微信群', '企业微信群', '钉钉群'])}「${b}${pick(['店务群', '前台交接', '会员服务群', '店长群'])}」聊天记录`];
  const times = Array.from({ length: int(4, 30) }, () => `${pad2(int(8, 22))}:${pad2(int(0, 59))}`).sort();
  for (const t of times) {
    const ts = chance(0.2) ? d.x('timestamp', `${fmtDate(day, '-')} ${t}`) : t;
    lines.push(`[${ts}] ${who()}: ${wpick(T)()}`);
  }
  return lines.join('\n');
}

function kSms(d) {
  const sector = pick(['salon', 'retail', 'yoga', 'gym', 'pet', 'dining']); const { b } = brandOf(d, sector);
  const v = wpick([['bday', 5], ['edm', 3], ['log', 3]]);
  if (v === 'edm') {
    const body = table([
      { h: ['邮箱', '收件人邮箱', 'Email'], req: true, f: (c) => d.mail(c.p) },
      { h: ['称呼', '姓名', '收件人'], req: true, f: (c) => (chance(0.2) ? d.title(c.p) : d.name(c.p)) },
      { h: ['会员等级'], opt: 0.6, f: () => d.x('level', pick(LEVELS)) },
      { h: ['生日'], opt: 0.6, f: (c) => d.x('birthday', fmtDate(c.p.birth, pick(['md', 'mdcn', '-']))) },
      { h: ['发送状态'], opt: 0.7, f: () => pick(['已发送', '已打开', '退信', '待发送']) },
      { h: ['券码', '生日券'], opt: 0.5, f: () => d.x('coupon', coupon()) },
    ], rowsN(), (i) => ({ i, p: person() }));
    return `${b} 生日关怀邮件（EDM）发送名单 ${ymd(recent())}\n${body}`;
  }
  const msg = (p, nameTxt) => `【${b}】${nameTxt}，${b}祝您生日快乐！本月到店享${pick(['8折', '免费' + pick(PROJ.salon) + '一次', '双倍积分', '生日蛋糕一份'])}，生日券${d.x('coupon', coupon())}，回T退订`;
  if (v === 'log') {
    const lines = [`短信平台发送日志  任务ID:${d.x('task_id', nz(12))}`];
    for (let i = 0, n = rowsN(); i < n; i++) {
      const p = person();
      const nm = chance(0.5) ? d.name(p) + (p.g === 'F' ? '女士' : '先生') : chance(0.5) ? '亲爱的' + d.title(p) : '尊敬的会员';
      lines.push(`${d.x('timestamp', dtime())}\t${pick(['成功', '成功', '成功', '失败(空号)'])}\t${d.mob(p)}\t${msg(p, nm)}`);
    }
    return lines.join('\n');
  }
  const body = table([
    { h: ['手机号', '手机', '号码'], req: true, f: (c) => d.mob(c.p) },
    { h: ['姓名', '会员姓名'], req: true, f: (c) => { c.nm = d.cust(c.p, 0.2); return c.nm; } },
    { h: ['生日'], opt: 0.8, f: (c) => d.x('birthday', fmtDate(c.p.birth, pick(['md', 'mdcn', '-', '/']))) },
    { h: ['会员卡号'], opt: 0.3, f: () => d.x('member_card', memberCard()) },
    { h: ['短信内容'], opt: 0.7, f: (c) => msg(c.p, '亲爱的' + (c.nm ?? d.name(c.p))) },
  ], rowsN(), (i) => ({ i, p: person() }), pick(['csv', 'tsv', 'md', 'kv', 'blocks']));
  return `${b} ${pick(['本月生日会员短信', '生日祝福短信清单', '下周生日提醒'])}（${int(1, 12)}月）\n${body}\n\n短信签名：【${b}】  退订回T  ${chance(0.3) ? '客服 ' + d.x('hotline_400', hotline400()) : ''}`;
}

function kSignup(d) {
  const sector = pick(['gym', 'yoga', 'salon', 'edu', 'retail', 'pet']); const { b, dom } = brandOf(d, sector); const br = d.x('store', pick(BRANCH));
  const p = person({ y1: 1960, y2: 2006 }); const t = idTypePick(); const em = person(); const st = mkStaff(1)[0];
  const pairs = [['', `${b} ${pick(['会员登记表', '入会申请表', '会员注册信息', 'VIP客户资料卡'])}`], ['门店', br],
    ['姓名', chance(0.1) ? `${d.name(p)}${p.minority ? '' : ` (${p.spy[0].toUpperCase() + p.spy.slice(1)} ${p.gpy[0]?.toUpperCase() ?? ''}${p.gpy.slice(1)})`}` : d.name(p)],
    ['性别', p.g === 'F' ? '女' : '男'], ['出生日期', d.x('birthday', fmtDate(p.birth, pick(['-', '年', '/'])))],
    ['证件类型', t === '身份证' ? '居民身份证' : t], ['证件号码', idDocCell(d, p, t)], ['手机', d.mob(p, 'form')]];
  if (chance(0.7)) pairs.push(['电子邮箱', d.mail(p)]);
  if (chance(0.4)) pairs.push(['微信号', d.x('wechat_id', wechatId())]);
  if (chance(0.15)) pairs.push(['QQ', d.x('qq_number', qqNum())]);
  if (chance(0.3)) pairs.push([pick(['家庭电话', '座机', '单位电话']), d.tel(mkLandline())]);
  pairs.push(['紧急联系人', `${d.name(em)}（${pick(['配偶', '父亲', '母亲', '朋友', '子女'])}）`], ['紧急联系电话', d.mob(em, 'form')]);
  if (chance(0.35)) { const r = person(); pairs.push(['推荐人', d.cust(r, 0.3)], ['推荐人手机', d.mob(r, 'form')]); }
  pairs.push(['会员卡号', d.x('member_card', memberCard())], ['会员等级', d.x('level', pick(LEVELS))],
    ['办理顾问', st.st === 'nick' ? d.x('nickname', st.nick) : d.name(st)]);
  if (chance(0.2)) { const u = mkUscc(); pairs.push(['【企业团购会员】', ''], ['单位名称', d.x('org_name', pick(['深圳市华讯科技有限公司', '上海云帆信息技术有限公司', '杭州禾木文化传媒有限公司']))], ['统一社会信用代码', d.uscc(u)]); }
  pairs.push(['【健康声明】', '本人确认无心脏病、高血压等不适宜运动/美容项目的疾病。'], ['会员签名', d.name(p)], ['日期', d.x('date', fmtDate(recent(), '年'))]);
  if (chance(0.3)) pairs.push(['门店投诉邮箱', d.roleMail(pick(['kefu', 'service', 'tousu']), dom)]);
  return kvForm(pairs);
}

function kEmail(d) {
  const sector = pick(['salon', 'gym', 'yoga', 'edu', 'retail', 'wash']); const { b, dom } = brandOf(d, sector); const br = d.x('store', pick(BRANCH));
  const me = person({ y1: 1980, y2: 1998, plain: true }); const boss = person({ plain: true });
  me.email = { addr: `${me.spy}${me.gpy}@${dom}`, mobile: false };
  const kindL = pick(['refund', 'vip', 'complaint']);
  const head = [`From: "${d.name(me)}" <${d.mail(me)}>`, `To: ${pick(['区域运营', '总部财务', '运营中心'])} <${d.roleMail(pick(['ops', 'finance', 'yunying']), dom)}>`];
  if (chance(0.4)) head.push(`Cc: ${d.roleMail(pick(['hq', 'admin', 'caiwu']), dom)}`);
  head.push(`Date: ${d.x('timestamp', dtime())}`);
  const subj = { refund: `${br} 本月退卡会员名单及退款账户`, vip: `${br} 高净值会员名单（请勿外传）`, complaint: `${br} 会员投诉处理情况` }[kindL];
  head.push(`Subject: ${subj}`, '');
  let body;
  if (kindL === 'refund') {
    body = table([
      { h: ['姓名'], req: true, f: (c) => d.name(c.p) },
      { h: ['手机'], req: true, f: (c) => d.mob(c.p) },
      { h: ['身份证号'], opt: 0.4, f: (c) => d.id(c.p) },
      { h: ['开户行'], opt: 0.7, f: (c) => c.p.bank },
      { h: ['银行卡号', '退款卡号'], req: true, f: (c) => d.card(c.p) },
      { h: ['退款金额'], req: true, f: () => d.x('amount', money()) },
    ], int(1, 15), (i) => ({ i, p: person() }), pick(['tsv', 'md', 'bare', 'kv']));
  } else if (kindL === 'vip') {
    body = table([
      { h: ['姓名', '会员'], req: true, f: (c) => d.cust(c.p, 0.2) },
      { h: ['手机'], req: true, f: (c) => d.mob(c.p) },
      { h: ['邮箱'], opt: 0.6, f: (c) => d.mail(c.p) },
      { h: ['累计消费'], req: true, f: () => d.x('amount', money()) },
      { h: ['等级'], opt: 0.7, f: () => d.x('level', pick(LEVELS)) },
      { h: ['生日'], opt: 0.5, f: (c) => d.x('birthday', fmtDate(c.p.birth, 'md')) },
    ], int(1, 25), (i) => ({ i, p: person() }), pick(['tsv', 'md', 'bare', 'kv', 'csv']));
  } else {
    const L = [];
    for (let i = 0, n = int(1, 6); i < n; i++) {
      const p = person();
      L.push(`${i + 1}. ${d.cust(p, 0.4)}（${d.mob(p, 'chat')}，卡号${d.x('member_card', memberCard())}）投诉${pick(['预约被取消', '余额扣错', '美容师态度', '退款太慢', '积分未到账'])}，${pick([() => '已回电安抚', () => '已退差价' + d.x('amount', money()), () => '待总部处理', () => '已补偿' + d.x('points', points()) + '积分'])()}。`);
    }
    body = L.join('\n');
  }
  const greet = `${d.title(boss, pick(['经理', '总', '姐']))}${pick(['你好', '您好', '好'])}：\n${pick(['以下是', '附上', '整理了'])}${subj.replace(br + ' ', '')}，请查收。\n\n`;
  const sig = `\n\n${d.name(me)}\n${b} ${br} ${pick(['店长', '前台主管', '会籍经理'])}\n手机：${d.mob(me, 'form')}\n${chance(0.6) ? '门店座机：' + storeTel(d) + '\n' : ''}${chance(0.3) ? '工号：' + d.x('staff_no', staffNo()) : ''}`;
  return head.join('\n') + '\n' + greet + body + sig;
}

const KINDS = [['salon_profile', kSalon], ['gym_roster', kGym], ['pt_schedule', kPtSchedule], ['edu_roster', kEdu], ['pet_members', kPet],
  ['stored_value', kStoredValue], ['retail_export', kRetail], ['dining_booking', kDining], ['yoga_checkin', kYoga], ['card_transfer', kTransfer],
  ['refund_form', kRefundForm], ['refund_batch', kRefundBatch], ['topup_receipt', kTopup], ['saas_export', kSaas], ['staff_chat', kChat],
  ['sms_campaign', kSms], ['member_signup', kSignup], ['email_notice', kEmail]];

// ---------------------------------------------------------------- validation
const NAME_RE = /^[\u4e00-\u9fa5]+(·[\u4e00-\u9fa5]+)*$/;
function landlineOk(v) {
  for (const [ac, n] of AREA_LEN) if (v.startsWith(ac) && v.length === ac.length + n && /^[2-8]/.test(v.slice(ac.length))) return true;
  return false;
}
function valueOk(det, v, isEntity) {
  switch (det) {
    case 'person_name_zh': return NAME_RE.test(v) && (isEntity ? [...v].length >= 2 && [...v].length <= 16 : [...v].length >= 1);
    case 'cn_mobile': return /^1[3-9]\d{9}$/.test(v) ? (!isEntity || ALLOC.has(v.slice(0, 3))) : !isEntity && /^1\d{10}$/.test(v);
    case 'cn_resident_id': return isValidId(v);
    case 'bank_card': return /^\d{16,19}$/.test(v) && (!isEntity || luhnOk(v));
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(v);
    case 'cn_landline': return /^0\d{9,11}$/.test(v) && landlineOk(v);
    case 'cn_uscc': return isValidUscc(v);
    case 'cn_passport': return isEntity ? /^(E\d{8}|E[A-HJ-NP-Z]\d{7})$/.test(v) : /^(E\d{8}|E[A-HJ-NP-Z]\d{7}|C\d{8}|C[A-HJ-NP-Z]\d{7}|[HM]\d{8}(\d{2})?)$/.test(v);
    default: return false;
  }
}
// problems of one document (used both while generating — retry — and in the final self-check)
function docProblems(o, raws) {
  const P = [];
  const ev = new Set(o.entities.map((e) => e.value)), dv = new Set(o.dontCare.map((e) => e.value)), xv = new Set(o.decoys.map((x) => x.text));
  for (const e of o.entities) if (!valueOk(e.detector, e.value, true)) P.push(`bad entity ${e.detector} ${e.value}`);
  for (const e of o.dontCare) if (!valueOk(e.detector, e.value, false)) P.push(`bad dontCare ${e.detector} ${e.value}`);
  if (raws) for (const r of raws) if (!o.text.includes(r.raw)) P.push(`raw missing ${r.det} ${r.raw}`);
  for (const x of o.decoys) {
    if (!x.text || !o.text.includes(x.text)) P.push(`decoy missing ${x.text}`);
    for (const v of ev) if (x.text.includes(v)) P.push(`decoy ${x.text} contains entity ${v}`);
    if (dv.has(x.text)) P.push(`decoy equals dontCare ${x.text}`);
  }
  for (const v of ev) if (dv.has(v)) P.push(`entity also dontCare ${v}`);
  const keys = o.entities.map((e) => e.detector + '|' + e.value);
  if (new Set(keys).size !== keys.length) P.push('duplicate entity');
  return P;
}
// the normalised value must be derivable from some raw form (raw → normalise → value)
function normalise(det, raw) {
  const s = raw.replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xFEE0));
  switch (det) {
    case 'person_name_zh': return s.replace(/[\s\u3000]/g, '');
    case 'cn_mobile': { let t = s.replace(/\D/g, ''); if (t.length === 13 && t.startsWith('86')) t = t.slice(2); if (t.length === 15 && t.startsWith('0086')) t = t.slice(4); return t; }
    case 'cn_landline': { let t = s.replace(/\D/g, ''); if (s.startsWith('+86')) t = '0' + t.slice(2); return t; }
    case 'cn_resident_id': { const t = s.replace(/\s/g, '').toUpperCase(); if (t.length === 15) { const b = t.slice(0, 6) + '19' + t.slice(6); return b + idCheck(b); } return t; }
    case 'bank_card': return s.replace(/\D/g, '');
    case 'email': return s.toLowerCase();
    default: return s.toUpperCase();
  }
}

// ---------------------------------------------------------------- main
const out = process.argv[2];
if (!out) { console.error('usage: node membership.mjs OUT.jsonl'); process.exit(2); }
const PER_KIND = 17;
const docs = []; const allRaws = [];
let retries = 0;
for (let r = 0; r < PER_KIND; r++) {
  for (const [kind, fn] of KINDS) {
    let o, doc;
    for (let attempt = 0; ; attempt++) {
      doc = new Doc(kind);
      const text = fn(doc);
      o = { id: `mb-${kind}-${r + 1}`, kind, text, entities: [...doc.E.values()], dontCare: [...doc.D.values()], decoys: [...doc.X.values()] };
      // a value labelled entity wins over the same value labelled dontCare elsewhere in the doc
      const ek = new Set(o.entities.map((e) => e.detector + '|' + e.value));
      o.dontCare = o.dontCare.filter((e) => !ek.has(e.detector + '|' + e.value));
      if (docProblems(o, doc.raws).length === 0) break;
      retries++; if (process.env.MB_DEBUG) console.error(kind, docProblems(o, doc.raws).slice(0, 3).join('; '));
      if (attempt > 50) throw new Error('cannot generate ' + kind + ': ' + docProblems(o, doc.raws).join('; '));
    }
    docs.push(o); allRaws.push(doc.raws);
  }
}

// ---------------------------------------------------------------- self-check
const fails = [];
docs.forEach((o, i) => {
  for (const p of docProblems(o, allRaws[i])) fails.push(`${o.id}: ${p}`);
  for (const r of allRaws[i]) if (normalise(r.det, r.raw) !== r.value) fails.push(`${o.id}: raw ${r.raw} does not normalise to ${r.value}`);
  const labelled = new Set([...o.entities, ...o.dontCare].map((e) => e.detector + '|' + e.value));
  for (const r of allRaws[i]) if (!labelled.has(r.det + '|' + r.value)) fails.push(`${o.id}: raw without label ${r.raw}`);
});
const ids = new Set(docs.map((o) => o.id)); if (ids.size !== docs.length) fails.push('duplicate ids');
const perKind = {}, perDet = {}, dcDet = {}, perDecoy = {};
let nEnt = 0, nDec = 0;
for (const o of docs) {
  perKind[o.kind] = (perKind[o.kind] ?? 0) + 1;
  for (const e of o.entities) { perDet[e.detector] = (perDet[e.detector] ?? 0) + 1; nEnt++; }
  for (const e of o.dontCare) dcDet[e.detector] = (dcDet[e.detector] ?? 0) + 1;
  for (const x of o.decoys) { perDecoy[x.kind] = (perDecoy[x.kind] ?? 0) + 1; nDec++; }
}
if (docs.length < 250) fails.push(`only ${docs.length} documents`);
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((perDet[det] ?? 0) < 300) fails.push(`only ${perDet[det] ?? 0} ${det} entities`);
if (nDec < nEnt) fails.push(`decoys ${nDec} < entities ${nEnt}`);

writeFileSync(out, docs.map((o) => JSON.stringify(o)).join('\n') + '\n');
const fmt = (m) => Object.entries(m).sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k.padEnd(18)} ${v}`).join('\n');
console.log(`documents: ${docs.length} (regenerated ${retries} times on collisions)\n${fmt(perKind)}`);
console.log(`entities: ${nEnt}\n${fmt(perDet)}`);
console.log(`dontCare: ${Object.values(dcDet).reduce((a, b) => a + b, 0)}\n${fmt(dcDet)}`);
console.log(`decoys: ${nDec}\n${fmt(perDecoy)}`);
if (fails.length) { console.error(`SELF-CHECK FAILED (${fails.length}):\n` + fails.slice(0, 40).join('\n')); process.exit(1); }
console.log('self-check: OK');
