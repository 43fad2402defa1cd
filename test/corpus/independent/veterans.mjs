#!/usr/bin/env node
/*
 * veterans.mjs — independent labelled test corpus for listguard.
 *
 * Theme: a county 退役军人事务局 (商水县, 周口市, 河南省 — all people and numbers
 * synthetic) and its township 退役军人服务站: 信息采集表, 优抚对象定期抚恤补助
 * 发放花名册 (paid to bank cards), 光荣牌悬挂登记, 节日走访慰问名单, 安置/技能
 * 培训报名 exports, 带病回乡 and 参战参试 lists, 烈属联系表, 走访记录, WeChat
 * work-group chats, SMS platform logs, XML uploads to the provincial platform,
 * e-mails between bureau and stations, OCR'd paper 登记表 (with legacy 15-digit
 * IDs), validation logs, meeting minutes, 优待证 lists, job-fair company lists,
 * bank return files, masked public notices (公示) and notices (通知).
 *
 * Usage:   node veterans.mjs OUT.jsonl
 *
 * Output:  one JSON object per line
 *   {"id":"vt-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must NOT be reported under any detector
 *
 * Normalisation of label values:
 *   cn_resident_id  18 chars, upper-case X (legacy 15-digit numbers upgraded to 18)
 *   cn_mobile       11 digits, no +86, no separators
 *   cn_landline     digits incl. leading 0 and area code, no separators/extension
 *   email           lower-case
 *   bank_card       digits only
 *   cn_uscc         18 chars upper-case
 *   person_name_zh  the name as written, without spaces, titles or pinyin
 *   decoys          exact text as written in the document
 *
 * Decoys of this domain: 退役证号, 部队代号 (5-digit unit codes), 优待证号 (16
 * digits, Luhn-failing), 优抚证号, 烈士证明书编号, 烈属证号, 光荣牌编号, 采集编号 /
 * 批次号 / 档案号 / 申领编号 / 消息ID / 请求ID, 文号, amounts, dates, 联行号,
 * 对公账号, 20-digit 交易流水号, 13-digit ms timestamps, 快递单号, IDs / cards /
 * mobiles that fail their checks (as written in validation logs and mails),
 * masked values (公示), Excel-mangled card numbers (6.22848E+18), and village /
 * township / unit / rank / title / office / company words standing where a
 * name could stand.
 *
 * dontCare: names only in running prose (其子…, 议定事项 text), chat sender
 * display names, surname+title forms (刘股长, 王老师, 张老, 老李), the
 * template placeholder 张三, and IDs / cards that OCR broke (O for 0, l for 1,
 * ? in the middle). Legacy 15-digit IDs (old 412723… 周口地区 codes) are
 * entities, upgraded to 18; numbers split over two lines by OCR are entities.
 *
 * Written in session 30 by a helper that never read src/, rules/ or test/,
 * from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

const OUT = process.argv[2];
if (!OUT) { console.error('usage: node veterans.mjs OUT.jsonl'); process.exit(2); }

// ───────────────────────── PRNG ─────────────────────────
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rng = mulberry32(0x0801_1927); // 八一 1927
const R = () => rng();
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
const pad = (n, w) => String(n).padStart(w, '0');
function wpick(pairs) { let t = 0; for (const [, w] of pairs) t += w; let x = R() * t; for (const [v, w] of pairs) { x -= w; if (x < 0) return v; } return pairs[pairs.length - 1][0]; }
function shuffle(a) { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
function digits(n) { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; }

// ───────────────────────── check algorithms ─────────────────────────
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += (+b17[i]) * ID_W[i]; return '10X98765432'[s % 11]; }
const PROV = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65']);
function validDate(y, m, d) { if (m < 1 || m > 12 || d < 1) return false; const dt = new Date(Date.UTC(y, m - 1, d)); return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d; }
function daysIn(y, m) { return new Date(Date.UTC(y, m, 0)).getUTCDate(); }
function validId18(s) {
  s = s.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  if (!PROV.has(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || y > 2025 || !validDate(y, m, d)) return false;
  return idCheck(s.slice(0, 17)) === s[17];
}
// "could an engine call this 18-char run an ID": check char + a real date (any region)
function idLike18(s) {
  s = s.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || y > 2025 || !validDate(y, m, d)) return false;
  return idCheck(s.slice(0, 17)) === s[17];
}
function legacyLike15(s) { return /^\d{15}$/.test(s) && PROV.has(s.slice(0, 2)) && validDate(1900 + +s.slice(6, 8), +s.slice(8, 10), +s.slice(10, 12)); }
function upgrade15(s) { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheck(b); }
function luhnOk(s) { let sum = 0, dbl = false; for (let i = s.length - 1; i >= 0; i--) { let d = +s[i]; if (dbl) { d *= 2; if (d > 9) d -= 9; } sum += d; dbl = !dbl; } return sum % 10 === 0; }
function luhnDigit(body) { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c); }
const MOB_RE = /^1(3\d|4[57]|5[0-35-9]|6[2567]|7[0-35-8]|8\d|9[0-35-9])\d{8}$/;
const mobileOk = (s) => MOB_RE.test(s);
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(s17) { let t = 0; for (let i = 0; i < 17; i++) t += UA.indexOf(s17[i]) * UW[i]; return UA[(31 - (t % 31)) % 31]; }
const OW = [3, 7, 9, 10, 5, 8, 4, 2];
function orgCheck(b8) { let t = 0; for (let i = 0; i < 8; i++) { const c = b8[i]; t += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * OW[i]; } const c = 11 - (t % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
function usccValid(s) { return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s) && usccCheck(s.slice(0, 17)) === s[17] && orgCheck(s.slice(8, 16)) === s[16]; }

// ───────────────────────── written forms ─────────────────────────
const FW = (s) => s.replace(/[0-9A-Za-z@.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xFEE0));
function fmtMob(m, st) {
  switch (st) {
    case 1: return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case 2: return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 3: return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 4: return `+86${m}`;
    case 5: return FW(m);
    case 6: return `(+86)${m}`;
    case 7: return `+86-${m}`;
    case 8: return `0086 ${m}`;
    default: return m;
  }
}
function fmtId(id, st) {
  switch (st) {
    case 1: return id.replace(/X$/, 'x');
    case 2: return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    case 3: return FW(id);
    case 4: return `${id.slice(0, 6)}-${id.slice(6, 14)}-${id.slice(14)}`;
    default: return id;
  }
}
function fmtCard(c, st) {
  switch (st) {
    case 1: return c.replace(/(\d{4})(?=\d)/g, '$1 ');
    case 2: return c.replace(/(\d{4})(?=\d)/g, '$1-');
    case 3: return `${c.slice(0, 6)} ${c.slice(6)}`;
    case 4: return FW(c);
    default: return c;
  }
}
// CJK-aware padding for fixed-width layouts
const dw = (s) => [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0x2E80 ? 2 : 1), 0);
const padW = (s, w) => s + ' '.repeat(Math.max(1, w - dw(s)));
const padL = (s, w) => ' '.repeat(Math.max(0, w - dw(s))) + s;

// ───────────────────────── document object ─────────────────────────
class Doc {
  constructor(kind) { this.kind = kind; this.E = new Map(); this.C = new Map(); this.X = new Map(); }
  e(det, v) { this.E.set(det + '\u0000' + v, { detector: det, value: v }); return v; }
  c(det, v) { this.C.set(det + '\u0000' + v, { detector: det, value: v }); return v; }
  x(kind, text) { text = String(text); this.X.set(kind + '\u0000' + text, { kind, text }); return text; }
  nm(n) { this.e('person_name_zh', n.replace(/\s/g, '')); return n; }
  nmc(n) { this.c('person_name_zh', n.replace(/\s/g, '')); return n; }
  mob(m, st = 0) { this.e('cn_mobile', m); return fmtMob(m, st); }
  id(p, st = 0) { this.e('cn_resident_id', p.id); return fmtId(p.id, st); }
  id15(p) { this.e('cn_resident_id', p.id); return p.id15; }
  card(c, st = 0) { this.e('bank_card', c); return fmtCard(c, st); }
  mail(m, up = false) { this.e('email', m.toLowerCase()); const l = m.split('@')[0]; if (/^\d{11}$/.test(l) && mobileOk(l)) this.e('cn_mobile', l); return up ? upMail(m) : m; }
  tel(t, st = 0) { this.e('cn_landline', t.a + t.n); return st === 1 ? `(${t.a})${t.n}` : st === 2 ? `${t.a} ${t.n}` : st === 3 ? `+86-${t.a.slice(1)}-${t.n}` : `${t.a}-${t.n}`; }
  uscc(u) { this.e('cn_uscc', u); return u; }
}
function upMail(m) { const [l, d] = m.split('@'); return l.replace(/^[a-z]/, (c) => c.toUpperCase()).replace(/([a-z])(?=\d)/, (c) => c) + '@' + d; }

// ───────────────────────── places and organisations ─────────────────────────
const COUNTY = '商水县', CITY = '周口市', PROVN = '河南省';
const BUREAU = '商水县退役军人事务局';
const TOWNS = [
  ['城关乡', 'cg'], ['黄寨镇', 'hz'], ['练集镇', 'lj'], ['魏集镇', 'wj'], ['固墙镇', 'gq'], ['白寺镇', 'bs'],
  ['巴村镇', 'bc'], ['谭庄镇', 'tz'], ['邓城镇', 'dc'], ['胡吉镇', 'hj'], ['老城街道', 'lc'], ['东城街道', 'dcjd'],
  ['新城街道', 'xc'], ['袁老乡', 'yl'], ['张庄乡', 'zz'], ['舒庄乡', 'sz'], ['大武乡', 'dw'], ['张明乡', 'zm'],
  ['郝岗乡', 'hg'], ['姚集乡', 'yj'], ['平店乡', 'pd'], ['汤庄乡', 'tzx'],
];
const VSUR = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '孙', '马', '朱', '胡', '郭', '何', '高', '宋', '郝', '谢', '邓', '袁', '魏', '姚', '汤', '丁', '付', '常', '段', '闫', '牛', '田'];
const VSUF = ['庄', '营', '楼', '寨', '集', '湾', '岗', '屯', '桥', '店', '洼', '园', '坡', '台'];
const VPRE = ['前', '后', '东', '西', '南', '北', '大', '小', '老'];
const TOWN = TOWNS.map(([name, ab]) => {
  const vs = new Set();
  while (vs.size < 9) vs.add(chance(0.35) ? pick(VPRE) + pick(VSUR) + pick(['庄', '营', '楼', '寨', '村']).replace('村', '') : pick(VSUR) + pick(VSUF));
  return { name, ab, villages: [...vs].map((v) => v + '村'), email: `ss${ab}tyjrfwz@163.com`, tel: { a: '0394', n: '5' + pick(['4', '3', '2', '6']) + digits(5) } };
});
const BTEL = { ban: { a: '0394', n: '5422' + digits(3) }, yf: { a: '0394', n: '5423' + digits(3) }, az: { a: '0394', n: '5425' + digits(3) }, zx: { a: '0394', n: '5426' + digits(3) }, jd: { a: '0394', n: '5420' + digits(3) } };
const PTEL = { a: '0371', n: '6' + pick(['5', '6', '9']) + digits(6) };
const BANKS = [
  { n: '中国农业银行商水县支行', s: '农行', bins: ['622848', '622845', '622848'], len: 19, w: 4, hh: '103508' + digits(6) },
  { n: '中国邮政储蓄银行商水县支行', s: '邮储', bins: ['621799', '622188', '621098'], len: 19, w: 3, hh: '403508' + digits(6) },
  { n: '河南商水农村商业银行股份有限公司', s: '农商行', bins: ['623059', '622991', '621928'], len: 19, w: 6, hh: '402508' + digits(6) },
  { n: '中国建设银行商水支行', s: '建行', bins: ['621700', '622700'], len: 19, w: 2, hh: '105508' + digits(6) },
  { n: '中国工商银行商水支行', s: '工行', bins: ['621226', '622202'], len: 19, w: 2, hh: '102508' + digits(6) },
  { n: '中国银行商水支行', s: '中行', bins: ['621661', '621785'], len: 19, w: 1, hh: '104508' + digits(6) },
  { n: '中原银行商水支行', s: '中原银行', bins: ['623595', '621698'], len: 19, w: 1, hh: '313508' + digits(6) },
  { n: '招商银行周口分行', s: '招行', bins: ['622588', '621483'], len: 16, w: 1, hh: '308508' + digits(6) },
];
const BRANCHES = ['城关分理处', '黄寨支行', '练集支行', '魏集支行', '固墙支行', '白寺支行', '巴村支行', '谭庄支行', '邓城支行', '胡吉支行', '营业部', '张庄支行', '郝岗支行', '平店支行'];

// ───────────────────────── names ─────────────────────────
const SUR = [
  ['王', 'wang', 90], ['李', 'li', 80], ['张', 'zhang', 80], ['刘', 'liu', 65], ['陈', 'chen', 45], ['杨', 'yang', 35], ['黄', 'huang', 20], ['赵', 'zhao', 35],
  ['吴', 'wu', 15], ['周', 'zhou', 20], ['徐', 'xu', 12], ['孙', 'sun', 22], ['马', 'ma', 20], ['朱', 'zhu', 14], ['胡', 'hu', 15], ['郭', 'guo', 20], ['何', 'he', 8],
  ['高', 'gao', 15], ['林', 'lin', 4], ['罗', 'luo', 5], ['郑', 'zheng', 8], ['梁', 'liang', 6], ['谢', 'xie', 8], ['宋', 'song', 10], ['唐', 'tang', 5], ['许', 'xu', 8],
  ['韩', 'han', 8], ['冯', 'feng', 8], ['邓', 'deng', 6], ['曹', 'cao', 8], ['彭', 'peng', 4], ['曾', 'zeng', 3], ['肖', 'xiao', 4], ['田', 'tian', 8], ['董', 'dong', 6],
  ['袁', 'yuan', 6], ['潘', 'pan', 3], ['于', 'yu', 5], ['蒋', 'jiang', 3], ['蔡', 'cai', 3], ['余', 'yu', 3], ['杜', 'du', 5], ['叶', 'ye', 3], ['程', 'cheng', 5],
  ['苏', 'su', 4], ['魏', 'wei', 8], ['吕', 'lv', 5], ['丁', 'ding', 6], ['任', 'ren', 5], ['沈', 'shen', 4], ['姚', 'yao', 6], ['卢', 'lu', 3], ['姜', 'jiang', 3],
  ['崔', 'cui', 4], ['谭', 'tan', 3], ['汪', 'wang', 2], ['范', 'fan', 5], ['金', 'jin', 2], ['石', 'shi', 4], ['贾', 'jia', 5], ['夏', 'xia', 3], ['付', 'fu', 6],
  ['方', 'fang', 3], ['白', 'bai', 3], ['孟', 'meng', 5], ['秦', 'qin', 3], ['江', 'jiang', 2], ['薛', 'xue', 3], ['闫', 'yan', 6], ['段', 'duan', 5], ['侯', 'hou', 4],
  ['史', 'shi', 3], ['郝', 'hao', 5], ['常', 'chang', 4], ['牛', 'niu', 5], ['司', 'si', 3], ['楚', 'chu', 2], ['化', 'hua', 1], ['汤', 'tang', 3], ['葛', 'ge', 2],
  ['邢', 'xing', 2], ['万', 'wan', 2], ['安', 'an', 2], ['时', 'shi', 2], ['欧阳', 'ouyang', 1], ['司马', 'sima', 1], ['上官', 'shangguan', 0.5], ['诸葛', 'zhuge', 0.3],
];
const SURW = SUR.map(([s, p, w]) => [[s, p], w]);
const gl = (s) => s.trim().split(/\s+/).map((t) => t.split(':'));
const GIVEN = {
  oldM: gl('德胜:desheng 福田:futian 玉山:yushan 长林:changlin 春生:chunsheng 保国:baoguo 振华:zhenhua 广田:guangtian 天福:tianfu 书堂:shutang 金榜:jinbang 清河:qinghe 万福:wanfu 有才:youcai 宝山:baoshan 庆云:qingyun 殿臣:dianchen 立本:liben 秀峰:xiufeng 志成:zhicheng 明德:mingde 文斌:wenbin 兆祥:zhaoxiang 继先:jixian 占魁:zhankui 凤岐:fengqi 同喜:tongxi 学礼:xueli 汉章:hanzhang 九成:jiucheng 连城:liancheng 老三:laosan 富贵:fugui 金堂:jintang 全德:quande'),
  midM: gl('建国:jianguo 建军:jianjun 卫东:weidong 红旗:hongqi 国庆:guoqing 爱国:aiguo 拥军:yongjun 向东:xiangdong 振军:zhenjun 建设:jianshe 学军:xuejun 志刚:zhigang 宏伟:hongwei 保卫:baowei 跃进:yuejin 军民:junmin 胜利:shengli 新民:xinmin 建华:jianhua 东风:dongfeng 卫国:weiguo 援朝:yuanchao 解放:jiefang 全胜:quansheng 玉亮:yuliang 付军:fujun 小军:xiaojun 庆华:qinghua 长江:changjiang 海洋:haiyang 连生:liansheng 国富:guofu 新华:xinhua 永胜:yongsheng 红军:hongjun 广军:guangjun 金山:jinshan 铁柱:tiezhu'),
  ymM: gl('伟:wei 勇:yong 军:jun 磊:lei 涛:tao 鹏:peng 海军:haijun 明亮:mingliang 志强:zhiqiang 永刚:yonggang 晓东:xiaodong 建伟:jianwei 俊峰:junfeng 国强:guoqiang 亚东:yadong 文涛:wentao 振宇:zhenyu 海涛:haitao 卫兵:weibing 利军:lijun 少华:shaohua 永辉:yonghui 红亮:hongliang 新峰:xinfeng 剑:jian 超:chao 斌:bin 东亮:dongliang 国伟:guowei 保军:baojun 金龙:jinlong 亚飞:yafei 军伟:junwei 卫红:weihong'),
  yM: gl('浩:hao 浩然:haoran 子豪:zihao 宇航:yuhang 一鸣:yiming 俊杰:junjie 博文:bowen 家豪:jiahao 鑫:xin 帅:shuai 旭东:xudong 凯:kai 晨阳:chenyang 世豪:shihao 鹏飞:pengfei 志远:zhiyuan 文博:wenbo 梓豪:zihao 天宇:tianyu 佳乐:jiale 俊豪:junhao 明轩:mingxuan 雨泽:yuze 嘉诚:jiacheng 硕:shuo 阳:yang 森:sen 振:zhen 少杰:shaojie 聪:cong 锦涛:jintao 恒:heng 泽宇:zeyu 浩宇:haoyu 一帆:yifan'),
  oldF: gl('秀英:xiuying 桂兰:guilan 玉兰:yulan 凤英:fengying 翠花:cuihua 桂英:guiying 秀兰:xiulan 玉梅:yumei 春花:chunhua 素珍:suzhen 淑贞:shuzhen 兰英:lanying 金凤:jinfeng 巧云:qiaoyun 月娥:yuee 爱莲:ailian 玉芝:yuzhi 荣华:ronghua'),
  midF: gl('丽:li 静:jing 芳:fang 艳:yan 娟:juan 秀梅:xiumei 丽娟:lijuan 晓燕:xiaoyan 红霞:hongxia 海燕:haiyan 爱华:aihua 建英:jianying 春梅:chunmei 桂芝:guizhi 玉珍:yuzhen 红梅:hongmei 霞:xia 萍:ping 小红:xiaohong 丽萍:liping 艳丽:yanli 彩霞:caixia'),
  yF: gl('婷婷:tingting 梦瑶:mengyao 雨欣:yuxin 思雨:siyu 佳怡:jiayi 欣怡:xinyi 静怡:jingyi 梦琪:mengqi 雅琪:yaqi 文静:wenjing 晓雪:xiaoxue 璐:lu 倩:qian 悦:yue 一诺:yinuo 雪莹:xueying 梦洁:mengjie'),
};
function mkName(by, sex) {
  const [s, sp] = wpick(SURW);
  const era = by < 1950 ? 'old' : by < 1973 ? 'mid' : by < 1991 ? (sex === 'M' ? 'ym' : 'mid') : (sex === 'M' ? 'y' : 'y');
  const key = sex === 'M' ? { old: 'oldM', mid: 'midM', ym: 'ymM', y: 'yM' }[era] : { old: 'oldF', mid: 'midF', ym: 'midF', y: 'yF' }[era];
  const [g, gp] = pick(GIVEN[key]);
  return { name: s + g, sur: s, given: g, py: sp + gp, sp, gp };
}

// ───────────────────────── people ─────────────────────────
const used = { id: new Set(), mob: new Set(), card: new Set(), mail: new Set() };
const REG_MAIN = '411623';
const REG_OLD = ['412723', '412723', '412723', '412727', '412728']; // 周口地区 codes before 2000 (retired, still on old cards)
const REG_OTHER = ['411602', '411621', '411622', '411624', '411625', '411627', '411628', '411681', '410102', '410105', '411102', '411503', '341221', '341202'];
const ALLOC_OLD = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157', '158', '159', '180', '182', '183', '185', '186', '187', '188', '189'];
const ALLOC_NEW = ALLOC_OLD.concat(['166', '175', '176', '177', '178', '170', '171', '173', '181', '184', '191', '193', '195', '198', '199', '147', '145', '165', '167', '162', '190', '192', '196', '197', '172']);
const DEMO = new Set(['13800138000', '13912345678', '18888888888']);
function genMobile(young) {
  for (;;) {
    const m = pick(young ? ALLOC_NEW : ALLOC_OLD) + digits(8);
    if (!used.mob.has(m) && !DEMO.has(m) && mobileOk(m)) { used.mob.add(m); return m; }
  }
}
function genCard(bank) {
  for (;;) {
    const b = pick(bank.bins); const body = b + digits(bank.len - 1 - b.length);
    const c = body + luhnDigit(body);
    if (!used.card.has(c)) { used.card.add(c); return c; }
  }
}
function genId(region, y, m, d, male) {
  for (;;) {
    let seq = pad(ri(0, 999), 3);
    const last = +seq[2];
    if ((last % 2 === 1) !== male) seq = seq.slice(0, 2) + String((last + 1) % 10);
    const b = region + y + pad(m, 2) + pad(d, 2) + seq;
    const id = b + idCheck(b);
    if (!used.id.has(id)) { used.id.add(id); return id; }
  }
}
const MAILDOM = [['163.com', 30], ['qq.com', 35], ['126.com', 10], ['sina.com', 4], ['139.com', 4], ['foxmail.com', 4], ['yeah.net', 2], ['outlook.com', 2], ['hotmail.com', 1], ['sohu.com', 1]];
function genMail(p) {
  for (;;) {
    const dom = wpick(MAILDOM);
    let m;
    if (dom === 'qq.com' && chance(0.7)) m = `${ri(1, 9)}${digits(ri(7, 9))}@qq.com`;
    else if ((dom === '139.com' || dom === '163.com') && chance(0.3)) m = `${p.mob}@${dom}`;
    else {
      const st = ri(0, 5);
      const yy = String(p.by).slice(2);
      m = st === 0 ? `${p.py}${yy}` : st === 1 ? `${p.py}${p.by}` : st === 2 ? `${p.gp}${p.sp}${ri(1, 999)}` : st === 3 ? `${p.sp}_${p.gp}` : st === 4 ? `${p.sp[0]}${p.gp}${pad(ri(0, 99), 2)}` : `${p.py}.${pick(['ss', 'zk', 'hn', 'bing', 'jun'])}`;
      m += '@' + dom;
    }
    if (!used.mail.has(m)) { used.mail.add(m); return m; }
  }
}
function genUnit() { return String(pick([3, 5, 6, 6, 6, 7, 9])) + digits(4); }
function genTyzh(y) { return `${y}${pad(ri(1, 99999), 5)}`; } // 10 digits
function genYdzh() { for (;;) { const s = '4116' + pick(['2023', '2024']) + digits(8); if (!luhnOk(s)) return s; } }

const CAT_YR = {
  '在乡复员军人': [1926, 1935], '带病回乡退伍军人': [1936, 1965], '参战退役人员': [1955, 1968], '参试退役人员': [1940, 1966],
  '伤残军人': [1945, 1998], '60周岁以上农村籍退役士兵': [1945, 1964], '退役士兵': [1994, 2004], '义务兵家属': [1966, 1982],
  '烈士遗属': [1940, 1972], '因公牺牲军人遗属': [1950, 1980], '病故军人遗属': [1945, 1975], '自主就业退役士兵': [1985, 2003],
};
const STD = { '在乡复员军人': 1876, '带病回乡退伍军人': 1268, '参战退役人员': 985, '参试退役人员': 985, '伤残军人': 1510, '60周岁以上农村籍退役士兵': 240, '烈士遗属': 2623, '因公牺牲军人遗属': 2173, '病故军人遗属': 2071 };

function mkPerson(o = {}) {
  const cat = o.cat || '退役士兵';
  const [y0, y1] = o.yr || CAT_YR[cat] || [1960, 2000];
  const male = o.sex ? o.sex === 'M' : !chance(o.fp ?? (cat.includes('遗属') || cat === '义务兵家属' ? 0.55 : 0.03));
  const by = ri(y0, y1), bm = ri(1, 12), bd = ri(1, daysIn(by, bm));
  const nm = mkName(by, male ? 'M' : 'F');
  let region;
  if (o.region) region = o.region;
  else if (by < 1982 && chance(0.18)) region = pick(REG_OLD);
  else if (chance(0.85)) region = REG_MAIN;
  else region = pick(REG_OTHER);
  const id = genId(region, by, bm, bd, male);
  const p = { ...nm, cat, by, bm, bd, male, xb: male ? '男' : '女', id, region };
  if (by < 1980 && region.startsWith('4127')) p.id15 = id.slice(0, 6) + id.slice(8, 17);
  p.mob = genMobile(by > 1975);
  p.bank = wpick(BANKS.map((b) => [b, b.w]));
  p.card = genCard(p.bank);
  p.mail = genMail(p);
  p.town = o.town || pick(TOWN);
  p.village = pick(p.town.villages);
  p.zu = ri(1, 12);
  const ey = Math.max(by + ri(17, 20), 1944);
  p.enl = { y: ey, m: ey >= 2021 ? pick([3, 9]) : ey >= 2013 ? 9 : pick([10, 11, 12, 12, 3]) };
  const svc = cat === '退役士兵' || cat === '自主就业退役士兵' ? pick([2, 2, 2, 5, 8]) : ri(3, 6);
  const dy = ey + svc;
  p.dis = { y: dy, m: dy >= 2013 ? (svc === 2 ? 9 : 12) : pick([1, 3, 4, 12]) };
  p.unit = genUnit();
  p.tyzh = genTyzh(p.dis.y);
  p.ydzh = genYdzh();
  p.rank = p.dis.y >= 1999 ? (svc === 2 ? pick(['列兵', '上等兵', '上等兵']) : pick(['下士', '中士', '中士', '上士', '四级军士长'])) : pick(['战士', '战士', '副班长', '班长']);
  return p;
}
const ym = (d, sep = '.') => `${d.y}${sep}${pad(d.m, 2)}`;
const ymZh = (d) => `${d.y}年${d.m}月`;
const birthZh = (p) => `${p.by}年${pad(p.bm, 2)}月${pad(p.bd, 2)}日`;
const birthDot = (p) => `${p.by}.${pad(p.bm, 2)}`;
const addr = (p) => `${PROVN}${CITY}${COUNTY}${p.town.name}${p.village}${p.zu}组`;

// ───────────────────────── staff (recur across documents) ─────────────────────────
function staff(post, o = {}) { const p = mkPerson({ cat: '_', yr: o.yr || [1968, 1995], fp: o.fp ?? 0.4 }); p.post = post; return p; }
const BU = {
  jz: staff('局长', { yr: [1966, 1975], fp: 0.1 }), fjz1: staff('副局长', { yr: [1968, 1980], fp: 0.2 }), fjz2: staff('副局长', { yr: [1970, 1982], fp: 0.3 }),
  yfgz: staff('优抚股股长', { yr: [1972, 1985] }), yf1: staff('优抚股'), yf2: staff('优抚股', { yr: [1990, 1998] }),
  azgz: staff('安置股股长', { yr: [1972, 1985] }), az1: staff('安置股', { yr: [1988, 1998] }),
  bgs: staff('办公室主任', { yr: [1975, 1985] }), xx: staff('信息中心', { yr: [1990, 1999] }), fwzx: staff('服务中心主任', { yr: [1970, 1982] }),
  ssg: staff('双拥科', { yr: [1985, 1996] }),
};
const BU_LIST = Object.values(BU);
for (const t of TOWN) {
  t.zz = staff('站长', { yr: [1965, 1985], fp: 0.15 }); t.zz.town = t;
  t.zg = staff('专干', { yr: [1985, 1999], fp: 0.55 }); t.zg.town = t;
}
const BU_USCC = (() => { const b8 = 'MB1' + pick(['C', 'D', 'E', 'F']) + digits(4); const s17 = '11411623' + b8 + orgCheck(b8); return s17 + usccCheck(s17); })();

// ───────────────────────── decoy generators ─────────────────────────
function badIdCheck(p) { const b = p.id.slice(0, 17); const good = p.id[17]; const alts = '0123456789X'.split('').filter((c) => c !== good && !luhnOk(b + c)); return b + pick(alts); }
function badIdDate() { for (;;) { const y = ri(1950, 1990); const m = pick([2, 2, 4, 6, 9, 11, 13]); const d = m === 2 ? ri(30, 31) : m === 13 ? ri(1, 28) : 31; const b = REG_MAIN + y + pad(m, 2) + pad(d, 2) + digits(3); const s = b + idCheck(b); if (!idLike18(s) && !luhnOk(s)) return s; } }
function badMobile(kind) {
  if (kind === 'short') { for (;;) { const s = pick(ALLOC_OLD) + digits(7); return s; } }
  for (;;) { const s = pick(['140', '141', '142', '143', '144', '146', '154', '194']) + digits(8); if (!mobileOk(s)) return s; }
}
function badCard(bank) { const b = pick(bank.bins); const body = b + digits(bank.len - 1 - b.length); const good = luhnDigit(body); return body + String((+good + ri(1, 9)) % 10); }
function serial(prefix, n) { for (;;) { const s = prefix + digits(n - prefix.length); if (!luhnOk(s) && !(s.length === 18 && idLike18(s)) && !(s.length === 11 && mobileOk(s)) && !(s.length === 15 && legacyLike15(s))) return s; } }
function msEpoch(y, mo, d, h, mi, s) { return String(Date.UTC(y, mo - 1, d, h - 8, mi, s) + ri(0, 999)); }
const WENHAO = () => pick([`商退役〔${ri(2022, 2024)}〕${ri(3, 46)}号`, `周退役〔${ri(2022, 2024)}〕${ri(2, 30)}号`, `豫退役军人发〔${ri(2021, 2024)}〕${ri(5, 40)}号`, `商退役文〔${ri(2023, 2024)}〕${ri(1, 20)}号`]);
const amt = (n) => n.toFixed(2);
const amtC = (n) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const TITLES = ['班长', '连长', '老兵', '排长', '指导员', '老班长', '站长', '股长', '老首长', '政委', '营长', '副连长', '卫生员', '司务长'];
const UNITS = ['武警河南总队', '陆军第83集团军', '武警周口支队', '火箭军某部', '南部战区', '空降兵军', '驻商部队', '人武部', '县人武部', '北部战区陆军', '联勤保障部队', '海军陆战队'];
const OFFICES = ['优抚股', '安置股', '办公室', '双拥科', '服务中心', '信息中心', '权益维护股', '政治工作股', '褒扬纪念股'];
const COMPANY = ['商水县天华纺织有限公司', '周口王氏食品有限公司', '河南李记面业有限公司', '商水县张氏建材有限责任公司', '周口刘家庄园农业开发有限公司', '商水县华源物流有限公司', '河南陈氏医药连锁有限公司', '周口市安泰保安服务有限公司', '商水县金盾押运有限公司', '河南黄淮电子科技有限公司', '周口高新建设工程有限公司', '商水县明德职业培训学校'];

// ───────────────────────── document generators ─────────────────────────
const DOCS = [];
const counters = {};
function emit(d, text) {
  counters[d.kind] = (counters[d.kind] || 0) + 1;
  for (const k of d.E.keys()) d.C.delete(k);
  DOCS.push({ id: `vt-${d.kind}-${counters[d.kind]}`, kind: d.kind, text, entities: [...d.E.values()], dontCare: [...d.C.values()], decoys: [...d.X.values()] });
}
function uniqPeople(n, o) { const seen = new Set(); const out = []; while (out.length < n) { const p = mkPerson(typeof o === 'function' ? o(out.length) : o); if (seen.has(p.name)) continue; seen.add(p.name); out.push(p); } return out; }
const CATS_FF = ['在乡复员军人', '带病回乡退伍军人', '参战退役人员', '参试退役人员', '伤残军人', '烈士遗属', '因公牺牲军人遗属', '病故军人遗属'];

// 1. 信息采集表 (key-value form from docx / web form print)
function gXxcj() {
  const d = new Doc('xxcj');
  const t = pick(TOWN);
  const p = mkPerson({ cat: pick(['退役士兵', '参战退役人员', '带病回乡退伍军人', '伤残军人', '自主就业退役士兵', '60周岁以上农村籍退役士兵']), town: t });
  const L = [];
  const v = ri(0, 2);
  L.push(v === 2 ? '退役军人信息采集表' : '退役军人和其他优抚对象信息采集表');
  L.push(`采集单位：${d.x('乡镇名', t.name)}退役军人服务站        采集编号：${d.x('采集编号', `${t.ab.toUpperCase()}-${ri(2019, 2024)}-${pad(ri(1, 999), 4)}`)}`);
  L.push('');
  if (v === 0) {
    L.push(`姓    名：${d.nm(p.name)}        性    别：${p.xb}        民    族：汉族`);
    L.push(`出生日期：${d.x('日期', birthZh(p))}        政治面貌：${pick(['中共党员', '群众', '中共党员', '共青团员'])}`);
    L.push(`公民身份号码：${d.id(p, pick([0, 0, 0, 1, 2]))}`);
    L.push(`户籍地址：${addr(p)}`);
    L.push(`联系电话：${d.mob(p.mob, pick([0, 0, 1, 2, 6, 7, 8]))}${chance(0.3) ? `    备用电话：${d.mob(genMobile(true))}` : ''}`);
  } else {
    L.push(`【基本信息】`);
    L.push(`姓名：${d.nm(p.name)}`);
    L.push(`性别：${p.xb}    出生年月：${d.x('日期', birthDot(p))}`);
    L.push(`身份证号码：${d.id(p, pick([0, 0, 1, 4]))}`);
    L.push(`手机号码：${d.mob(p.mob, pick([0, 0, 3, 1]))}`);
    L.push(`现居住地：${COUNTY}${t.name}${p.village}`);
  }
  L.push(v === 0 ? '' : '【服役信息】');
  L.push(`入伍时间：${d.x('日期', ymZh(p.enl))}    退役时间：${d.x('日期', ymZh(p.dis))}`);
  const bd = d.x('部队代号', p.unit + '部队');
  L.push(`服役部队：${bd}    军兵种：${p.enl.y < 1966 ? pick(['陆军', '陆军', '工程兵', '铁道兵', '空军', '海军']) : p.enl.y < 2016 ? pick(['陆军', '陆军', '武警', '空军', '海军', '第二炮兵']) : pick(['陆军', '陆军', '武警', '空军', '海军', '火箭军'])}    退役时军衔/职务：${d.x('军衔职务', p.rank)}`);
  L.push(`退役证号：${d.x('退役证号', p.tyzh)}    退役方式：${p.dis.y < 1999 ? pick(['退伍', '复员', '退伍']) : pick(['自主就业', '自主就业', '安排工作', '退休'])}`);
  if (p.by < 1970 && chance(0.6)) L.push(`参战/参试情况：${pick(['1979年对越自卫还击作战', '1984年老山轮战', '1985年两山轮战', '参加核试验'])}`);
  L.push(v === 0 ? '' : '【待遇发放账户】');
  L.push(`开户银行：${p.bank.n}${pick(BRANCHES)}    户名：${d.nm(p.name)}`);
  L.push(`银行卡号：${d.card(p.card, pick([0, 1, 1, 2, 3]))}`);
  if (chance(p.by < 1960 ? 0.3 : 0.8)) L.push(`电子邮箱：${d.mail(p.mail, chance(0.1))}`);
  else L.push('电子邮箱：无');
  if (chance(0.7)) {
    const rel = p.by < 1975 ? pick(['儿子', '女儿', '儿媳', '儿子']) : pick(['妻子', '父亲', '母亲', '哥哥']);
    const KY = { '儿子': [p.by + 22, Math.min(p.by + 34, 2004)], '女儿': [p.by + 22, Math.min(p.by + 34, 2004)], '儿媳': [p.by + 22, Math.min(p.by + 34, 2004)], '妻子': [p.by - 2, p.by + 4], '父亲': [p.by - 32, p.by - 22], '母亲': [p.by - 30, p.by - 20], '哥哥': [p.by - 6, p.by - 1] }[rel];
    const k = mkPerson({ cat: '_', yr: KY, sex: ['儿子', '父亲', '哥哥'].includes(rel) ? 'M' : 'F' });
    if (['儿子', '女儿', '父亲', '哥哥'].includes(rel)) k.name = p.sur + k.given;
    L.push(`紧急联系人：${d.nm(k.name)}（${rel}）  ${d.mob(k.mob, pick([0, 1]))}`);
  }
  if (chance(0.4)) L.push(`优待证号：${d.x('优待证号', p.ydzh)}`);
  if (chance(0.5)) L.push(`档案编号：${d.x('档案号', `商退档${p.dis.y}-${pad(ri(1, 2999), 4)}`)}    档案接收日期：${d.x('日期', `${p.dis.y + (p.dis.m === 12 ? 1 : 0)}.${pad(ri(1, 12), 2)}.${pad(ri(1, 28), 2)}`)}`);
  L.push('');
  L.push(`本人承诺以上信息真实准确。      本人签字：${d.nm(p.name)}`);
  const cj = t.zg, sh = t.zz;
  L.push(`采集人：${d.nm(cj.name)}    审核人：${d.nm(sh.name)}（${d.x('职务称谓', '站长')}）    采集日期：${d.x('日期', `${ri(2019, 2024)}年${ri(1, 12)}月${ri(1, 28)}日`)}`);
  emit(d, L.join('\n'));
}

// 2. 发放花名册 CSV
function gFfmd() {
  const d = new Doc('ffmd');
  const t = pick(TOWN);
  const n = ri(6, 24);
  const ppl = uniqPeople(n, () => ({ cat: pick(CATS_FF), town: t }));
  const yr = ri(2022, 2024), q = ri(1, 4);
  const L = [];
  L.push(`${COUNTY}${yr}年第${'一二三四'[q - 1]}季度优抚对象定期抚恤补助金发放花名册,,,,,,,,,,,`);
  L.push(`填报单位（盖章）：${t.name}退役军人服务站,,,,,,,,单位：元,,,`);
  const hdr = chance(0.5);
  L.push(hdr ? '序号,村（社区）,姓名,性别,身份证号码,优抚类别,优抚证号,月标准,月数,发放金额,开户行,银行卡号,联系电话,备注'
    : '序号,姓名,身份证号,类别,优抚证号,村别,金额,代发银行,行号,账号,手机号,备注');

  let tot = 0;
  ppl.forEach((p, i) => {
    const std = STD[p.cat] + (chance(0.2) ? ri(0, 9) * 10 : 0);
    const a = std * 3; tot += a;
    const v = d.x('村名', chance(0.5) ? p.village : p.village.replace(/村$/, ''));
    let cardCell;
    const r = R();
    if (r < 0.06) { cardCell = d.x('科学计数法卡号', `${p.card[0]}.${p.card.slice(1, 6)}E+${p.card.length - 1}`); }
    else if (r < 0.25) cardCell = `="${d.card(p.card)}"`;
    else if (r < 0.4) cardCell = `\t${d.card(p.card)}`;
    else if (r < 0.48) cardCell = `"${d.card(p.card, 1)}"`;
    else cardCell = d.card(p.card);
    const ph = chance(0.05) ? d.x('位数错误手机号', badMobile('short')) : chance(0.85) ? d.mob(p.mob) : '';
    const idc = chance(0.05) ? d.x('校验位错误身份证号', badIdCheck(p)) : chance(0.08) ? `="${d.id(p, 1)}"` : chance(0.1) ? `\t${d.id(p)}` : d.id(p);
    let rem = '';
    if (chance(0.12)) { rem = pick(['本人已去世，停发', '新增', '卡号变更', '代领人', '户口迁出']); if (rem === '代领人') rem = chance(0.6) ? '代领人：' + d.nm(mkPerson({ cat: '_', yr: [1965, 1995] }).name) : '代领人：' + d.x('职务称谓', pick(['村会计', '村支书', '网格员', '村文书'])); }
    const yfz = d.x('优抚证号', `${pick(['周优', '商优', '豫优'])}${pad(ri(1, 99999), 5)}`);
    if (hdr) L.push([i + 1, v, d.nm(p.name), p.xb, idc, p.cat, yfz, std, 3, d.x('金额', amt(a)), p.bank.s, cardCell, ph, rem].join(','));
    else L.push([i + 1, d.nm(p.name), idc, p.cat, yfz, v, d.x('金额', amt(a)), p.bank.s, d.x('联行号', p.bank.hh), cardCell, ph, rem].join(','));
  });
  L.push(hdr ? `合计,,,,,,,,${d.x('金额', amt(tot))},,,,` : `合计,,,,,${d.x('金额', amt(tot))},,,,`);
  L.push(`制表人：${d.nm(t.zg.name)},,审核人：${d.nm(t.zz.name)},,,主管领导：${d.nm(mkPerson({ cat: '_', yr: [1968, 1980] }).name)},,,制表日期：${yr}-${pad(q * 3 - 2, 2)}-${pad(ri(5, 20), 2)},,,`);
  emit(d, L.join('\n'));
}

// 3. 光荣牌悬挂登记 (| table)
function gGrp() {
  const d = new Doc('grp');
  const t = pick(TOWN);
  const n = ri(5, 18);
  const L = [];
  L.push(`${t.name}"光荣之家"光荣牌悬挂登记表（第${pick(['一', '二', '三', '四'])}批）`);
  L.push(`填报单位：${t.name}退役军人服务站    填报日期：${d.x('日期', `${ri(2019, 2024)}.${ri(1, 12)}.${ri(1, 28)}`)}`);
  L.push('');
  L.push('| 序号 | 村（社区） | 户主姓名 | 光荣牌对象 | 对象类别 | 入伍/退役时间 | 身份证号 | 联系电话 | 悬挂时间 | 悬挂人员 | 光荣牌编号 |');
  L.push('|---|---|---|---|---|---|---|---|---|---|---|');
  for (let i = 0; i < n; i++) {
    const kind = pick(['现役军人家庭', '退役军人家庭', '退役军人家庭', '烈士遗属家庭', '义务兵家庭']);
    const obj = mkPerson({ cat: kind === '烈士遗属家庭' ? '烈士遗属' : kind === '退役军人家庭' ? '退役士兵' : '自主就业退役士兵', town: t, yr: kind === '退役军人家庭' ? [1950, 2000] : undefined });
    const head = kind === '退役军人家庭' && chance(0.7) ? obj : mkPerson({ cat: kind === '烈士遗属家庭' ? '烈士遗属' : '义务兵家属', town: t, fp: 0.3 });
    if (head !== obj && kind !== '退役军人家庭' && head.male) obj.name = head.sur + obj.given;
    const v = d.x('村名', pick(t.villages));
    let hangers;
    const r = R();
    if (r < 0.2) hangers = d.x('悬挂人员', pick(['村两委', '服务站', '村委会', '网格员']));
    else if (r < 0.35) hangers = `${d.x('职务称谓', '站长')}、${d.nm(t.zg.name)}`;
    else hangers = `${d.nm(t.zg.name)}、${d.nm(pick([t.zz, BU.yf1, BU.yf2, BU.fwzx]).name)}`;
    const objCell = kind === '现役军人家庭' || kind === '义务兵家庭' ? `${d.nm(obj.name)}（${d.x('部队代号', obj.unit + '部队')}）` : d.nm(obj.name);
    const idp = head === obj ? obj : head;
    const svc = kind === '烈士遗属家庭' ? '—' : kind === '现役军人家庭' || kind === '义务兵家庭' ? d.x('日期', `${Math.max(obj.enl.y, 2019)}.${pad(obj.enl.m, 2)}入伍`) : `${d.x('日期', ym(obj.enl))}-${d.x('日期', ym(obj.dis))}`;
    L.push(`| ${i + 1} | ${v} | ${d.nm(head.name)} | ${objCell} | ${kind} | ${svc} | ${d.id(idp, chance(0.1) ? 1 : 0)} | ${chance(0.9) ? d.mob(head.mob, chance(0.15) ? 1 : 0) : '无'} | ${d.x('日期', `${Math.min(Math.max(obj.enl.y, 2019) + ri(0, 1), 2024)}/${ri(1, 12)}/${ri(1, 28)}`)} | ${hangers} | ${d.x('光荣牌编号', `GRP${t.ab.toUpperCase()}${pad(ri(1, 9999), 5)}`)} |`);
  }
  L.push('');
  L.push(`登记人：${d.nm(t.zg.name)}    联系电话：${d.tel(t.tel)}`);
  emit(d, L.join('\n'));
}

// 4. 慰问名单 fixed width
function gWwmd() {
  const d = new Doc('wwmd');
  const t = pick(TOWN);
  const fest = pick(['春节', '八一建军节', '中秋国庆', '春节']);
  const yr = ri(2022, 2025);
  const n = ri(6, 20);
  const ppl = uniqPeople(n, () => ({ cat: pick(['在乡复员军人', '带病回乡退伍军人', '参战退役人员', '伤残军人', '烈士遗属', '因公牺牲军人遗属', '病故军人遗属', '义务兵家属']), town: t }));
  const L = [];
  L.push(`${yr}年${fest}走访慰问优抚对象名单（${t.name}）`);
  L.push('');
  L.push(padW('序号', 6) + padW('姓名', 10) + padW('类别', 20) + padW('村别', 12) + padW('慰问金', 8) + padW('慰问品', 14) + padW('联系电话', 16) + '慰问人');
  L.push('-'.repeat(100));
  const leaders = [BU.jz, BU.fjz1, BU.fjz2, BU.fwzx, BU.ssg];
  ppl.forEach((p, i) => {
    const money = d.x('金额', String(pick([500, 800, 1000, 1000, 2000, 300])));
    let who;
    const r = R();
    if (r < 0.25) who = d.x('慰问人', pick(['县领导', '乡党委书记', '乡长', '包村干部', '驻村工作队']));
    else if (r < 0.5) { const l = pick(leaders); who = `${d.x('职务称谓', l.post.replace('优抚股', '').replace(/股长$/, '股长'))} ${d.nm(l.name)}`; }
    else who = d.nm(pick([t.zz, t.zg]).name);
    const tel = chance(0.85) ? d.mob(p.mob) : '';
    const vill = d.x('村名', p.village);
    L.push(padW(String(i + 1), 6) + padW(d.nm(p.name), 10) + padW(p.cat.replace('退伍军人', '').replace('军人遗属', '遗属'), 20) + padW(vill, 12) + padW(money, 8) + padW(pick(['米面油', '米面油', '慰问品一份', '棉被', '—']), 14) + padW(tel, 16) + who);
  });
  if (chance(0.6)) {
    const u = d.x('单位名称', pick(['武警商水中队', '驻商部队', '县消防救援大队', '县人武部民兵连', '县光荣院']));
    L.push(padW(String(n + 1), 6) + padW(u, 10) + padW('驻地部队', 20) + padW('—', 12) + padW(d.x('金额', String(pick([5000, 10000, 8000]))), 8) + padW('慰问品', 14) + padW('', 16) + d.x('慰问人', '县四大班子领导'));
  }
  L.push('-'.repeat(100));
  L.push(`合计：${n}人    经办人：${d.nm(t.zg.name)}    ${t.name}退役军人服务站`);
  emit(d, L.join('\n'));
}

// 5. 安置 / 培训报名 JSON export
function gAzpx() {
  const d = new Doc('azpx');
  const n = ri(3, 12);
  const ppl = uniqPeople(n, () => ({ cat: pick(['退役士兵', '自主就业退役士兵']) }));
  const proj = pick(['2024年退役军人适应性培训', '退役军人职业技能培训（电工、焊工）', '退役军人专场招聘会', '退役士兵安置岗位选岗', '退役军人学历提升（专升本）报名', '2025年退役军人创业培训']);
  const pinyin = chance(0.6);
  const recs = ppl.map((p, i) => {
    const bm = { y: ri(2023, 2025), m: ri(1, 12), d: ri(1, 28), h: ri(8, 22), mi: ri(0, 59), s: ri(0, 59) };
    const ts = `${bm.y}-${pad(bm.m, 2)}-${pad(bm.d, 2)} ${pad(bm.h, 2)}:${pad(bm.mi, 2)}:${pad(bm.s, 2)}`;
    const ms = msEpoch(bm.y, bm.m, bm.d, bm.h, bm.mi, bm.s);

    const bmid = d.x('报名编号', `BM${bm.y}${pad(bm.m, 2)}${pad(bm.d, 2)}${pad(ri(1, 999), 4)}`);
    const unit = d.x('部队代号', p.unit);
    const tyzh = d.x('退役证号', p.tyzh);
    d.nm(p.name); d.e('cn_resident_id', p.id); d.e('cn_mobile', p.mob);
    const hasMail = chance(0.8); if (hasMail) d.e('email', p.mail.toLowerCase());
    const hasCard = chance(0.35); if (hasCard) d.e('bank_card', p.card);
    if (pinyin) {
      const o = { bmId: bmid, xm: p.name, xb: p.xb === '男' ? '1' : '2', sfzh: p.id, sjh: p.mob, yx: hasMail ? p.mail : '', rwsj: d.x('日期', ym(p.enl, '-')), twsj: d.x('日期', ym(p.dis, '-')), bddh: unit, tyzh, xl: pick(['初中', '高中', '中专', '大专', '本科']), yxgw: pick(['保安', '驾驶员', '电工', '网格员', '辅警', '快递员', '焊工', '']), hjd: p.town.name, createTime: +d.x('毫秒时间戳', ms) };
      if (hasCard) o.yhkh = p.card;
      return o;
    }
    const o = { '报名编号': bmid, '姓名': p.name, '性别': p.xb, '身份证号': p.id, '手机号': p.mob, '邮箱': hasMail ? p.mail : null, '入伍时间': d.x('日期', ym(p.enl, '-')), '退役时间': d.x('日期', ym(p.dis, '-')), '部队代号': unit, '退役证号': tyzh, '意向工种': pick(['电工', '焊工', '叉车', '无人机操控', '电商直播', '家政']), '户籍乡镇': p.town.name, '报名时间': d.x('报名时间', ts) };
    if (hasCard) o['补贴发放卡号'] = p.card;
    return o;
  });
  const wrap = chance(0.5) ? { code: 200, msg: '操作成功', project: proj, total: n, rows: recs } : recs;
  emit(d, JSON.stringify(wrap, null, chance(0.5) ? 2 : 0));
}

// 6. 带病回乡 TSV (older records, some legacy 15-digit IDs)
function gDbhx() {
  const d = new Doc('dbhx');
  const n = ri(5, 16);
  const ppl = uniqPeople(n, () => ({ cat: '带病回乡退伍军人', region: chance(0.3) ? pick(REG_OLD) : undefined }));
  const L = [];
  L.push(`${COUNTY}带病回乡退伍军人花名册（${ri(2021, 2024)}年复核）`);
  L.push(['序号', '乡镇', '姓名', '性别', '出生年月', '身份证号', '入伍时间', '退伍时间', '部队代号', '病种', '认定时间', '联系电话', '备注'].join('\t'));
  ppl.forEach((p, i) => {
    const idc = p.id15 && chance(0.6) ? d.id15(p) : chance(0.05) ? d.x('校验位错误身份证号', badIdCheck(p)) : d.id(p, chance(0.1) ? 1 : 0);
    let tel = '';
    if (chance(0.8)) {
      if (chance(0.4)) { const k = mkPerson({ cat: '_', yr: [p.by + 22, p.by + 32] }); tel = `${d.mob(k.mob)}（${pick(['子', '女', '儿媳'])}）`; }
      else tel = d.mob(p.mob);
    }
    const tn = d.x('乡镇名', p.town.name);
    L.push([i + 1, tn, d.nm(p.name), p.xb, d.x('日期', birthDot(p)), idc, d.x('日期', ym(p.enl)), d.x('日期', ym(p.dis)), d.x('部队代号', p.unit), pick(['慢性支气管炎', '风湿性关节炎', '胃病', '肺结核', '高血压', '腰椎病']), d.x('日期', `${ri(1985, 2012)}.${pad(ri(1, 12), 2)}`), tel, chance(0.1) ? '已故' : ''].join('\t'));
  });
  L.push(`填表人：${d.nm(BU.yf1.name)}\t\t审核：${d.nm(BU.yfgz.name)}`);
  emit(d, L.join('\n'));
}

// 7. 参战参试人员
function gCzry() {
  const d = new Doc('czry');
  const t = pick(TOWN);
  const n = ri(5, 15);
  const isTest = chance(0.25);
  const ppl = uniqPeople(n, () => ({ cat: isTest ? '参试退役人员' : '参战退役人员', town: t }));
  const L = [];
  const csv = chance(0.5);
  L.push(`${t.name}${isTest ? '参试' : '参战'}退役人员信息核查表`);
  const head = ['序号', '姓名', '性别', '身份证号', '入伍时间', isTest ? '参试时间' : '参战时间', isTest ? '参试项目' : '参战地区', '部队代号', '职务', '现住址', '联系电话', '银行卡号'];
  L.push(csv ? head.join(',') : '| ' + head.join(' | ') + ' |');
  if (!csv) L.push('|' + head.map(() => '---').join('|') + '|');
  ppl.forEach((p, i) => {
    let tm;
    if (isTest) { const ty = Math.min(p.enl.y + ri(0, 3), p.dis.y); tm = `${ty}.${pad(ri(1, 12), 2)}`; }
    else {
      const W = [[1979, '1979.02-1979.03'], [1984, '1984.04-1985.05'], [1985, '1985.05-1986.05'], [1986, '1986.04-1987.06'], [1987, '1987.06-1989.01']];
      const ok = W.filter(([sy]) => sy >= p.enl.y && sy <= p.enl.y + 4);
      const [sy, txt] = ok.length ? pick(ok) : pick(W);
      if (!ok.length) { p.enl = { y: sy - ri(1, 2), m: pick([10, 11, 12]) }; }
      tm = txt;
    }
    const role = d.x('职务称谓', pick(['战士', '班长', '副班长', '排长', '卫生员', '炮手', '连长', '司务长', '文书']));
    const row = [i + 1, d.nm(p.name), p.xb, d.id(p), d.x('日期', ym(p.enl)), d.x('日期', tm), isTest ? '核试验' : pick(['广西方向', '云南方向', '老山地区', '者阴山地区']), d.x('部队代号', p.unit + '部队'), role, `${p.village}${p.zu}组`, chance(0.9) ? d.mob(p.mob, chance(0.2) ? 2 : 0) : '', chance(0.6) ? d.card(p.card, csv ? 0 : 1) : ''];
    d.x('村名', p.village);
    L.push(csv ? row.join(',') : '| ' + row.join(' | ') + ' |');
  });
  L.push(`核查人：${d.nm(t.zg.name)}  ${d.nm(t.zz.name)}    核查日期：${d.x('日期', `${ri(2022, 2024)}年${ri(1, 12)}月`)}`);
  emit(d, L.join('\n'));
}

// 8. 烈属联系表 (kv blocks)
function gLsjs() {
  const d = new Doc('lsjs');
  const t = pick(TOWN);
  const n = ri(1, 4);
  const L = [];
  L.push(`${t.name}烈士遗属基本情况及联系表`);
  L.push(`（内部资料 注意保管）`);
  for (let i = 0; i < n; i++) {
    const ls = mkPerson({ cat: '_', yr: [1955, 2000], town: t });
    const dy = ls.by < 1966 ? pick([1979, 1984, 1985]) : ri(ls.by + 19, Math.min(ls.by + 30, 2023));
    L.push('');
    L.push(`${i + 1}. 烈士姓名：${d.nm(ls.name)}`);
    L.push(`   牺牲时间：${d.x('日期', `${dy}年${ri(1, 12)}月`)}    生前部队：${d.x('部队代号', ls.unit + '部队')}    职务：${d.x('职务称谓', pick(['战士', '班长', '排长', '副连长', '中士', '上士']))}`);
    L.push(`   烈士证明书编号：${d.x('烈士证明书编号', `${pick(['民烈字', '豫烈字', '烈证字'])}第${pad(ri(1, 99999), 6)}号`)}`);
    const fam = [];
    if (dy < 1990 || chance(0.5)) { const f = mkPerson({ cat: '_', yr: [ls.by - 32, ls.by - 22], sex: 'M', town: t }); f.name = ls.sur + f.given; fam.push(['父亲', f]); }
    fam.push(['母亲', mkPerson({ cat: '_', yr: [ls.by - 30, ls.by - 20], sex: 'F', town: t })]);
    let sp = null;
    if (ls.by > 1970 && dy - ls.by >= 23 && chance(0.7)) { sp = mkPerson({ cat: '_', yr: [ls.by - 3, ls.by + 3], sex: ls.male ? 'F' : 'M' }); fam.push(['配偶', sp]); }
    if (sp && chance(0.6)) { const rel = pick(['子', '女']); const c = mkPerson({ cat: '_', yr: [ls.by + 23, Math.min(dy, 2020)], sex: rel === '子' ? 'M' : 'F' }); c.name = (ls.male ? ls.sur : sp.sur) + c.given; fam.push([rel, c]); }
    L.push('   遗属情况：');
    for (const [rel, f] of fam) {
      if (f.by < 1950 && chance(0.5)) { L.push(`     ${rel}：${d.nm(f.name)}（已故）`); continue; }
      const bits = [`${rel}：${d.nm(f.name)}`];
      if (f.by < 2006) bits.push(`身份证号 ${d.id(f, pick([0, 0, 2]))}`);
      if (f.by < 2008 && chance(0.85)) bits.push(`电话 ${d.mob(f.mob, pick([0, 1, 2]))}`);
      if ((rel === '母亲' || rel === '配偶') && chance(0.6)) bits.push(`抚恤金账户 ${p2(f)}（${f.bank.s}）`, `烈属证号 ${d.x('烈属证号', `${pick(['豫', '周'])}烈属字${pad(ri(1, 99999), 5)}号`)}`);
      L.push('     ' + bits.join('，'));
    }
    function p2(f) { return d.card(f.card, pick([0, 1])); }
    const bf = pick([t.zz, t.zg, BU.yf1]);
    L.push(`   帮扶责任人：${d.nm(bf.name)}  ${d.mob(bf.mob)}`);
    L.push(`   备注：${pick(['每年清明、春节上门走访', '母亲年迈，独居，需重点关注', '已悬挂光荣牌', '配偶已改嫁，仍保持联系', '子女在外地工作'])}`);
  }
  L.push('');
  L.push(`填报人：${d.nm(t.zg.name)}    ${t.name}退役军人服务站    ${d.x('日期', `${ri(2022, 2024)}年${ri(1, 12)}月${ri(1, 28)}日`)}`);
  emit(d, L.join('\n'));
}

// 9. 走访记录 (notes)
function gZfjl() {
  const d = new Doc('zfjl');
  const vy = ri(2022, 2024);
  const t = pick(TOWN);
  const p = mkPerson({ cat: pick(['在乡复员军人', '带病回乡退伍军人', '参战退役人员', '伤残军人', '烈士遗属', '退役士兵']), town: t });
  const L = [];
  const walkers = [pick([t.zz, t.zg]), pick([BU.yf1, BU.yf2, BU.ssg, BU.fwzx])];
  L.push(pick(['走访记录', '入户走访记录表', '退役军人走访慰问记录']));
  L.push(`走访时间：${d.x('日期', `${vy}年${ri(1, 12)}月${ri(1, 28)}日`)}${pick(['上午', '下午', ''])}`);
  L.push(`走访对象：${d.nm(p.name)}（${p.cat}${p.cat === '在乡复员军人' ? `，${d.x('日期', `${p.enl.y}年`)}入伍` : ''}）`);
  if (chance(0.6)) L.push(`身份证号：${d.id(p, pick([0, 2]))}`);
  L.push(`家庭住址：${t.name}${p.village}${p.zu}组`);
  d.x('村名', p.village);
  L.push(`联系电话：${d.mob(p.mob, pick([0, 0, 1, 2]))}`);
  L.push(`走访人员：${walkers.map((w) => d.nm(w.name)).join('、')}${chance(0.4) ? `、${d.x('陪同人员', pick(['村支书', '村委主任', '网格员', '包村干部']))}` : ''}`);
  L.push('走访情况：');
  const son = (p.male ? p.sur : pick(['王', '李', '张', '刘', '陈'])) + mkName(p.by + 25, 'M').given;
  const call = vy - p.by >= 70 ? p.sur + (p.male ? '老' : '大娘') : '老' + p.sur;
  let sen;
  if (p.cat === '退役士兵') {
    const firm = d.x('企业名称', pick(COMPANY));
    sen = [`${d.nmc(p.name)}${p.dis.y}年从${d.x('部队代号', p.unit + '部队')}退役，目前在家待业，`, `本人有意向参加${pick(['电工', '驾驶员', '电商', '焊工'])}技能培训，`, `已向其推荐${firm}的${d.x('岗位', pick(['安保员', '驾驶员', '仓库管理员']))}岗位，并告知适应性培训报名方式。`];
  } else if (p.cat === '烈士遗属') {
    const ls = (p.male ? p.sur : pick(['王', '李', '张', '刘'])) + mkName(p.by + 22, 'M').given;
    sen = [`${call}今年${vy - p.by}岁，`, `其${p.male ? '子' : pick(['子', '夫'])}${d.nmc(ls)}烈士${pick(['1979年', '1984年', '1998年抗洪中', '2008年抗震救灾中'])}牺牲，`, `生前所在部队为${d.x('部队代号', p.unit + '部队')}。`, `老人${pick(['身体尚可', '患有糖尿病', '行动不便'])}，反映${pick(['定期抚恤金调标后尚未到账', '希望去烈士陵园祭扫', '房屋漏雨'])}，`, `已记录并报${d.x('科室', pick(OFFICES))}。`];
  } else {
    sen = [
      `${call}今年${vy - p.by}岁，身体${pick(['尚可', '较差，常年卧床', '一般，有高血压'])}，`,
      `与${pick(['老伴', '儿子', '儿媳'])}同住，其子${d.nmc(son)}在${pick(['郑州', '上海', '苏州', '深圳'])}务工。`,
      `老人回忆当年在${d.x('部队代号', p.unit + '部队')}服役时的经历，说${d.x('职务称谓', pick(['老连长', '老班长', '指导员']))}对他很照顾。`,
      `反映${pick(['优待金到账时间不固定', '光荣牌被风吹落需重新悬挂', '医疗报销比例问题', '想了解优待证办理进度', '危房改造申请'])}，`,
      `已当场解释相关政策并记录，回站后报${d.x('科室', pick(OFFICES))}。`,
    ];
  }
  L.push('    ' + sen.join(''));
  if (p.cat !== '退役士兵') d.c('person_name_zh', call);
  if (chance(0.5)) {
    const bank = `本季度${p.cat === '退役士兵' ? '一次性经济补助' : '补助'}已打入其${p.bank.s}卡（尾号${p.card.slice(-4)}），本人表示已收到。`;
    L.push('    ' + bank);
    d.x('卡号尾号', `尾号${p.card.slice(-4)}`);
  }
  L.push(`下步措施：${pick(['持续跟进', '协调镇卫生院上门体检', '纳入重点帮扶名单', '联系村委帮助维修'])}。`);
  L.push(`记录人：${d.nm(walkers[0].name)}`);
  emit(d, L.join('\n'));
}

// 10. WeChat work-group chat
function gWxq() {
  const d = new Doc('wxq');
  const L = [];
  const zhanyou = chance(0.25);
  const dt = { y: ri(2023, 2025), m: ri(1, 12), d: ri(1, 28) };
  let h = ri(8, 10), mi = ri(0, 50);
  const tm = () => { mi += ri(1, 9); if (mi > 59) { mi -= 60; h++; } return `${dt.y}-${pad(dt.m, 2)}-${pad(dt.d, 2)} ${pad(h, 2)}:${pad(mi, 2)}`; };
  if (zhanyou) {
    L.push(`群聊："${d.x('部队代号', genUnit())}部队商水战友群"的聊天记录`);
    const vets = uniqPeople(ri(2, 4), { cat: '参战退役人员' });
    const nick = [d.x('职务称谓', '班长'), d.x('职务称谓', '老连长'), d.x('职务称谓', pick(['炮兵老兵', '老兵', '卫生员'])), `${d.nmc(vets[0].name)}`];
    L.push(`${tm()} ${nick[0]}`); L.push('战友们，县退役军人局要统计参战人员信息，没登记的抓紧');
    L.push(`${tm()} ${nick[1]}`); L.push(`收到。@${nick[3]} 你那个登记了没有`);
    L.push(`${tm()} ${nick[3]}`); L.push(`登记过了，去年${vets[0].town.name}服务站的人来家里采的`);
    L.push(`${tm()} ${nick[0]}`);
    L.push(`老${vets[1].sur}家里没人会弄手机，我帮他报一下：${d.nm(vets[1].name)} 身份证${d.id(vets[1])} 电话${d.mob(vets[1].mob)} ${d.x('部队代号', vets[1].unit)}的`);
    L.push(`${tm()} ${nick[2]}`); L.push('[强][强][强]');
    if (vets[2]) { L.push(`${tm()} ${nick[2]}`); L.push(`还有${d.nm(vets[2].name)}，${d.mob(vets[2].mob, 1)}，他今年住院了，卡号${d.card(vets[2].card, 1)}，补助打这个卡就行`); }
    L.push(`${tm()} ${nick[1]}`); L.push('群里别发身份证号啊，发给站里私聊');
    emit(d, L.join('\n'));
    return;
  }
  const grp = pick([`${COUNTY}退役军人服务站工作群`, `${COUNTY}优抚工作对接群`, `商水县退役军人信息采集工作群（${dt.y}）`]);
  L.push(grp);
  const yf = pick([BU.yf1, BU.yf2, BU.yfgz]);
  const towns = shuffle([...TOWN]).slice(0, ri(2, 4));
  const yfNick = `县局${d.x('科室', '优抚股')}-${d.nmc(yf.name)}`;
  L.push(`${tm()} ${yfNick}：各站注意，本季度${pick(['定期抚恤补助', '优待金', '光荣牌', '信息采集'])}数据${pick(['周五', '本周三', '月底'])}前报送，${pick(['不要漏报', '卡号务必核对', '身份证号要18位'])}。`);
  for (const t of towns) {
    const nickStyle = ri(0, 2);
    const who = pick([t.zz, t.zg]);
    const nick = nickStyle === 0 ? `${t.name}-${d.nmc(who.name)}` : nickStyle === 1 ? `${t.name.replace(/[镇乡]$|街道$/, '')}${d.x('职务称谓', who.post === '站长' ? '站长' : '专干')}` : `${d.nmc(who.name)}（${t.name}）`;
    if (nickStyle === 1) d.x('群昵称', nick);
    L.push(`${tm()} ${nick}：收到`);
    if (chance(0.7)) {
      const p = mkPerson({ cat: pick(CATS_FF), town: t });
      const form = ri(0, 3);
      if (form === 0) L.push(`${tm()} ${nick}：@${yfNick} 我们${d.x('村名', p.village)}有个${pick(['老兵', '参战的'])}系统里查不到，${d.nm(p.name)}，身份证${d.id(p, pick([0, 1]))}，帮忙看下`);
      else if (form === 1) L.push(`${tm()} ${nick}：${d.nm(p.name)}的卡号变了，新卡${d.card(p.card, pick([0, 1]))}，${p.bank.s}的，手机${d.mob(p.mob)}`);
      else if (form === 2) L.push(`${tm()} ${nick}：[文件] ${t.name}${pick(['2季度花名册', '光荣牌登记', '信息采集汇总'])}.xlsx`);
      else L.push(`${tm()} ${nick}：${d.nm(p.name)} ${d.mob(p.mob, 2)} 他说优待证还没收到，${pick(['EMS单号', '快递单号'])}${d.x('快递单号', serial('11', 13))}，麻烦查下`);
      if (form !== 2 && chance(0.5)) L.push(`${tm()} ${yfNick}：好的，我查一下`);
    }
  }
  if (chance(0.5)) L.push(`${tm()} ${yfNick}：[图片]`);
  L.push(`${tm()} ${yfNick}：有问题打我电话${d.mob(yf.mob)}，或者办公室${d.tel(BTEL.yf)}`);
  emit(d, L.join('\n'));
}

// 11. SMS platform send log
function gSms() {
  const d = new Doc('sms');
  const L = [];
  const n = ri(4, 14);
  const tpl = ri(0, 3);
  const ppl = uniqPeople(n, () => ({ cat: tpl === 3 ? pick(['退役士兵', '自主就业退役士兵']) : tpl === 2 ? pick(CATS_FF) : pick(['在乡复员军人', '带病回乡退伍军人', '参战退役人员', '退役士兵', '伤残军人', '烈士遗属']) }));
  const y = ri(2023, 2025), m = ri(1, 12), dd = ri(1, 28);
  const batch = d.x('批次号', `SMS${y}${pad(m, 2)}${pad(dd, 2)}${pad(ri(1, 99), 3)}`);
  const csv = chance(0.6);
  if (csv) L.push('发送时间,接收号码,接收人,短信内容,发送状态,回执时间,批次号,消息ID');
  else L.push(`短信群发记录  批次：${batch}  签名：【${BUREAU}】  模板：${pick(['TY001', 'TY007', 'YF012'])}`);
  ppl.forEach((p, i) => {
    const st = `${y}-${pad(m, 2)}-${pad(dd, 2)} 09:${pad(i % 60, 2)}:${pad(ri(0, 59), 2)}`;
    let content;
    if (tpl === 0) content = `【${BUREAU}】${p.name}同志：您好！八一建军节将至，向您致以节日的问候！如有困难请联系所在乡镇退役军人服务站。`;
    else if (tpl === 1) content = `【${BUREAU}】尊敬的${p.name}，您的退役军人优待证已制作完成，请携带身份证到${p.town.name}退役军人服务站领取。咨询电话${fmtTel(p.town.tel)}。`;
    else if (tpl === 2) content = `【${BUREAU}】${p.name}您好，您${y}年第${ri(1, 4)}季度抚恤补助金${amt(STD[p.cat] ? STD[p.cat] * 3 : 720)}元已发放至您尾号${p.card.slice(-4)}的银行卡，请注意查收。`;
    else content = `【${BUREAU}】${p.name}同志，${y}年退役军人适应性培训定于${m}月${dd + 1}日在县职教中心报到，请准时参加。回复TD退订`;
    d.nm(p.name);
    if (tpl === 1) d.tel(p.town.tel);
    if (tpl === 2) d.x('卡号尾号', `尾号${p.card.slice(-4)}的银行卡`);
    const ok = chance(0.9);
    const num = d.mob(p.mob, csv ? 0 : pick([0, 4]));
    const mid = d.x('消息ID', `${pick(['M', 'S'])}${serial(String(ri(3, 9)), 15)}`);
    if (csv) L.push([st, num, p.name, `"${content}"`, ok ? '成功' : '失败(空号)', ok ? st.replace(/:(\d\d)$/, ':59') : '', batch, mid].join(','));
    else L.push(`${st}  ->${num}  [${ok ? 'DELIVRD' : 'UNDELIV'}]  msgid=${mid}  ${content}`);
  });
  if (chance(0.5)) {
    const bad = d.x('未分配号段手机号', badMobile());
    L.push(csv ? `${y}-${pad(m, 2)}-${pad(dd, 2)} 09:59:59,${bad},,"号码格式错误，未发送",失败,,${batch}` : `${y}-${pad(m, 2)}-${pad(dd, 2)} 09:59:59  ->${bad}  [REJECT]  号码格式错误`);
  }
  L.push(csv ? `,,,共${n}条,操作员：${BU.xx.py},,` : `合计${n}条  操作员：${BU.xx.py}`);
  d.x('操作员账号', BU.xx.py);
  emit(d, L.join('\n'));
}
const fmtTel = (t) => `${t.a}-${t.n}`;

// 12. XML upload to the provincial platform
function gXml() {
  const d = new Doc('xml');
  const n = ri(2, 10);
  const ppl = uniqPeople(n, () => ({ cat: pick(['退役士兵', '参战退役人员', '带病回乡退伍军人', '伤残军人', '自主就业退役士兵', '在乡复员军人']) }));
  const y = ri(2023, 2025), m = ri(1, 12), dd = ri(1, 28);
  const L = [];
  L.push('<?xml version="1.0" encoding="UTF-8"?>');
  L.push(`<SJBS xmlns="http://tyjr.henan.gov.cn/upload/v2" version="2.1">`);
  L.push('  <HEAD>');
  L.push(`    <JGDM>${d.uscc(BU_USCC)}</JGDM>`);
  L.push(`    <JGMC>${BUREAU}</JGMC>`);
  L.push(`    <XZQH>${d.x('区划代码', '411623000000')}</XZQH>`);
  L.push(`    <PCH>${d.x('批次号', serial(`${y}${pad(m, 2)}${pad(dd, 2)}411623`, 18))}</PCH>`);
  L.push(`    <SBSJ>${d.x('时间', `${y}${pad(m, 2)}${pad(dd, 2)}${pad(ri(8, 17), 2)}${pad(ri(0, 59), 2)}${pad(ri(0, 59), 2)}`)}</SBSJ>`);
  L.push(`    <JBR>${d.nm(BU.xx.name)}</JBR><JBRDH>${d.mob(BU.xx.mob)}</JBRDH>`);
  L.push(`    <JLS>${n}</JLS>`);
  L.push('  </HEAD>');
  L.push('  <BODY>');
  for (const p of ppl) {
    const x = [];
    x.push(`      <XM>${d.nm(p.name)}</XM>`);
    x.push(`      <XB>${p.male ? 1 : 2}</XB>`);
    x.push(`      <GMSFHM>${d.id(p, chance(0.05) ? 1 : 0)}</GMSFHM>`);
    x.push(`      <CSRQ>${d.x('日期', `${p.by}${pad(p.bm, 2)}${pad(p.bd, 2)}`)}</CSRQ>`);
    x.push(`      <LXDH>${d.mob(p.mob)}</LXDH>`);
    x.push(`      <RWRQ>${d.x('日期', `${p.enl.y}${pad(p.enl.m, 2)}01`)}</RWRQ>`);
    x.push(`      <TYRQ>${d.x('日期', `${p.dis.y}${pad(p.dis.m, 2)}${pick(['01', '15', '30'].filter((s) => validDate(p.dis.y, p.dis.m, +s)))}`)}</TYRQ>`);
    x.push(`      <BDDH>${d.x('部队代号', p.unit)}</BDDH>`);
    if (chance(0.5)) x.push(`      <YDZH>${d.x('优待证号', p.ydzh)}</YDZH>`);
    x.push(`      <DAH>${d.x('档案号', `SS${p.dis.y}${pad(ri(1, 9999), 4)}`)}</DAH>`);
    x.push(`      <TYZH>${d.x('退役证号', p.tyzh)}</TYZH>`);
    x.push(`      <RYLB>${p.cat}</RYLB>`);
    x.push(`      <HJDZ>${addr(p)}</HJDZ>`);
    if (chance(0.8)) { x.push(`      <KHYH>${p.bank.n}</KHYH>`); x.push(`      <YHKH>${d.card(p.card)}</YHKH>`); }
    if (chance(0.6)) x.push(`      <DZYX>${d.mail(p.mail)}</DZYX>`);
    else x.push('      <DZYX/>');
    L.push('    <RECORD>');
    L.push(...x);
    L.push('    </RECORD>');
  }
  L.push('  </BODY>');
  L.push('</SJBS>');
  emit(d, L.join('\n'));
}

// 13. e-mail between bureau and stations
function gMail() {
  const d = new Doc('mail');
  const t = pick(TOWN);
  const up = chance(0.6); // station → bureau
  const st = pick([t.zz, t.zg]);
  const bu = pick([BU.yfgz, BU.yf1, BU.yf2, BU.azgz, BU.az1, BU.xx]);
  const buOff = bu.post.replace(/股长$/, '');
  const buTel = bu.post.startsWith('安置') ? BTEL.az : bu.post === '信息中心' ? BTEL.zx : BTEL.yf;
  const buMail = { [BU.yfgz.name]: 'ssxyfg2019@163.com', [BU.yf1.name]: 'ssxyfg2019@163.com', [BU.yf2.name]: 'ssxyfg2019@163.com', [BU.azgz.name]: 'ssxazg@126.com', [BU.az1.name]: 'ssxazg@126.com', [BU.xx.name]: 'sstyjrxxzx@163.com' }[bu.name];
  const L = [];
  const y = ri(2023, 2025), mo = ri(1, 12), dd = ri(1, 28);
  const fromLine = up ? `发件人: "${t.name}退役军人服务站" <${d.mail(t.email)}>` : `发件人: ${BUREAU}${buOff} <${d.mail(buMail)}>`;
  const toLine = up ? `收件人: ${d.mail(buMail)}` : `收件人: "${t.name}服务站" <${d.mail(t.email)}>`;
  L.push(fromLine); L.push(toLine);
  if (chance(0.3)) L.push(`抄送: ${d.mail(st.mail)}`);
  const wd = '日一二三四五六'[new Date(Date.UTC(y, mo - 1, dd)).getUTCDay()];
  const am = chance(0.5);
  L.push(`日期: ${y}年${mo}月${dd}日 (星期${wd}) ${am ? '上午' : '下午'}${am ? ri(8, 11) : ri(2, 5)}:${pad(ri(0, 59), 2)}`);
  const topic = ri(0, 3);
  const subj = !up ? pick(['请核实相关人员信息', `关于核查${y}年度优抚对象待遇资格的函`, '转：户籍比对疑点数据请尽快核实']) : topic === 0 ? '关于我站部分优抚对象信息变更的报告' : topic === 1 ? `${t.name}${y}年第${ri(1, 4)}季度抚恤补助发放异常情况说明` : topic === 2 ? '退役士兵安置报到人员名单' : `关于${d.x('文号', WENHAO())}通知中人员信息的核实情况`;
  L.push(`主题: ${subj}`);
  L.push('');
  if (up) {
    L.push(`${d.nmc(bu.sur + (bu.post.endsWith('股长') ? '股长' : pick(['老师', '主任'])))}：`);
    L.push('    您好！');
    const ppl = uniqPeople(ri(1, 5), () => ({ cat: pick(CATS_FF.concat(['退役士兵'])), town: t }));
    if (topic === 0 || topic === 3) {
      L.push(`    经我站入户核实，以下人员信息有误，请在系统中予以更正：`);
      ppl.forEach((p, i) => {
        const what = ri(0, 2);
        if (what === 0) L.push(`    ${i + 1}. ${d.nm(p.name)}，身份证号${d.id(p)}，原登记手机号${d.mob(genMobile(false))}已停用，现更正为${d.mob(p.mob)}；`);
        else if (what === 1) L.push(`    ${i + 1}. ${d.nm(p.name)}（${d.x('村名', p.village)}），原银行卡已挂失，新卡号：${d.card(p.card, pick([0, 1]))}，开户行：${p.bank.n}；`);
        else { const bad = badIdCheck(p); L.push(`    ${i + 1}. ${d.nm(p.name)}，系统中身份证号录为${d.x('校验位错误身份证号', bad)}，末位有误，正确为${d.id(p)}；`); }
      });
    } else if (topic === 1) {
      L.push(`    我站本季度发放中有${ppl.length}人银行回盘失败，情况如下：`);
      ppl.forEach((p, i) => L.push(`    ${d.nm(p.name)}  卡号${d.card(p.card, 1)}  应发${d.x('金额', amt((STD[p.cat] || 720) * 3))}元  失败原因：${pick(['户名与账号不符', '账户已冻结', '账户已销户', '卡状态异常'])}  联系电话${d.mob(p.mob)}`));
      L.push(`    已电话通知本人到银行处理，处理完后重新报送。`);
    } else {
      L.push('    我乡本批报到的退役士兵名单如下：');
      ppl.forEach((p) => L.push(`    ${d.nm(p.name)}，${p.xb}，${d.id(p)}，${d.x('部队代号', p.unit + '部队')}，${d.x('日期', ym(p.dis))}退役，电话${d.mob(p.mob)}${chance(0.5) ? `，邮箱${d.mail(p.mail)}` : ''}`));
    }
    L.push(`    附件：${topic === 1 ? '回盘失败明细' : topic === 2 ? '报到登记表' : '变更申请表'}${ppl.length}份.pdf`);
    L.push('');
    L.push(`${t.name}退役军人服务站`);
    L.push(d.nm(st.name));
    L.push(`电话：${d.tel(t.tel)}  手机：${d.mob(st.mob, pick([0, 1]))}`);
  } else {
    L.push(`${t.name}服务站：`);
    L.push(`    根据${d.x('文号', WENHAO())}要求，请贵站于${mo}月${Math.min(dd + 5, 28)}日前核实以下人员情况并回复：`);
    const ppl = uniqPeople(ri(1, 4), () => ({ cat: pick(CATS_FF), town: t }));
    ppl.forEach((p, i) => L.push(`    ${i + 1}）${d.nm(p.name)}  ${d.id(p, pick([0, 2]))}  ${p.cat}  问题：${pick(['与公安户籍库比对已死亡', '重复享受待遇', '银行卡号校验不通过', '缺少入伍时间'])}`));
    if (chance(0.5)) { const bp = mkPerson({ cat: '退役士兵' }); L.push(`    另：${d.nm(bp.name)}的卡号${d.x('卡号校验失败', badCard(bp.bank))}校验不通过，请核对原件。`); d.e('cn_resident_id', bp.id) && L.push(`    （身份证号${bp.id}）`); }
    L.push('');
    L.push(`${BUREAU}${buOff}`);
    L.push(`联系人：${d.nm(bu.name)}  ${d.tel(buTel, pick([0, 1]))}`);
  }
  if (chance(0.3)) L.push('\n-- \n本邮件由网易邮箱大师发送');
  emit(d, L.join('\n'));
}

// 14. OCR'd paper 登记表
function gOcr() {
  const d = new Doc('ocr');
  const old = chance(0.5);
  const p = mkPerson({ cat: old ? pick(['带病回乡退伍军人', '参战退役人员', '在乡复员军人', '60周岁以上农村籍退役士兵']) : pick(['退役士兵', '自主就业退役士兵', '伤残军人']), yr: old ? [1940, 1966] : undefined, region: old && chance(0.55) ? pick(REG_OLD) : undefined });
  const noise = () => pick(['', ' ', ' ', '丨', '|', ' _ ', '：', '  ']);
  const L = [];
  if (old) {
    L.push(pick(['退 伍 军 人 登 记 表', '退伍军人安置登记表', '复员退伍军人登记卡']));
    L.push(`${noise()}编号：${d.x('档案号', `${p.dis.y}-${pad(ri(1, 999), 3)}`)}`);
    L.push(`姓名${noise()} ${d.nm(p.name)}${noise()} 性别 ${p.xb}  出生年月 ${d.x('日期', `${p.by}.${p.bm}`)}`);
    L.push(`籍贯 河南商水  民族 汉  文化程度 ${pick(['初中', '小学', '高中', '文盲'])}`);
    const r = R();
    if (p.id15 && r < 0.6) L.push(`身份证号 ${d.id15(p)}`);
    else if (r < 0.75) { let s; do { s = p.id.replace(/0/g, () => (chance(0.5) ? 'O' : '0')); } while ((s.match(/\d+/g) || []).some((x) => (x.length === 11 && mobileOk(x)) || (x.length >= 16 && luhnOk(x)) || (x.length === 15 && legacyLike15(x)))); if (s !== p.id) { d.c('cn_resident_id', p.id); L.push(`身份证号 ${s}`); } else L.push(`身份证号 ${d.id(p)}`); }
    else L.push(`身份证号${noise()}${d.id(p, pick([0, 2, 3]))}`);
    L.push(`入伍时间 ${d.x('日期', `${p.enl.y}.${p.enl.m}`)}  退伍时间 ${d.x('日期', `${p.dis.y}.${p.dis.m}`)}`);
    L.push(`部队代号 ${d.x('部队代号', p.unit + '部队')}  职务 ${d.x('职务称谓', p.rank)}`);
    L.push(`何时何地受何奖励 ${pick(['三等功一次', '嘉奖两次', '无', '优秀士兵'])}`);
    L.push(`安置去向 ${pick(['回乡务农', '县棉纺厂', '县粮食局', '乡农机站'])}`);
    if (chance(0.8)) {
      L.push(`（后补）现联系电话：${p.mob.length ? (chance(0.5) ? d.mob(p.mob, 5) : d.mob(p.mob, 2)) : ''}`);
    }
    L.push(`经办人 ${d.nm(mkPerson({ cat: '_', yr: [p.dis.y - 45, p.dis.y - 25], fp: 0.1 }).name)}   ${d.x('日期', `${p.dis.y}年${p.dis.m}月`)}`);
  } else {
    L.push(`退役军人信息采集表（纸质扫描件 第${ri(1, 3)}页）`);
    L.push(`姓 名 ${d.nm(p.name)}${noise()}性 别 ${p.xb}${noise()}民 族 汉`);
    const idr = R();
    if (idr < 0.3) { const k = ri(8, 14); L.push(`公民身份号码 ${p.id.slice(0, k)}`); L.push(`${p.id.slice(k)}`); d.e('cn_resident_id', p.id); }
    else if (idr < 0.45) { L.push(`公民身份号码 ${d.id(p, 3)}`); }
    else if (idr < 0.55) { d.c('cn_resident_id', p.id); const s = p.id.slice(0, 5) + 'l' + p.id.slice(6); L.push(`公民身份号码 ${s}`); }
    else L.push(`公民身份号码 ${d.id(p, pick([0, 2]))}`);
    L.push(`联系电话${noise()}${d.mob(p.mob, pick([0, 2, 5, 1]))}`);
    L.push(`入伍时间 ${d.x('日期', ym(p.enl))}${noise()}退役时间 ${d.x('日期', ym(p.dis))}`);
    L.push(`服役部队 ${d.x('部队代号', p.unit + '部队')}  军衔 ${d.x('军衔职务', p.rank)}`);
    const cr = R();
    if (cr < 0.3) { const c = fmtCard(p.card, 1); const k = c.length - ri(4, 8); L.push(`银行卡号 ${c.slice(0, k)}`); L.push(c.slice(k)); d.e('bank_card', p.card); }
    else if (cr < 0.4) { d.c('bank_card', p.card); L.push(`银行卡号 ${p.card.slice(0, 7)}${pick(['B', 'g', '?'])}${p.card.slice(8)}`); }
    else L.push(`银行卡号 ${d.card(p.card, pick([0, 1, 4]))}`);
    L.push(`开户行 ${p.bank.n}`);
    if (chance(0.5)) L.push(`电子邮箱 ${d.mail(p.mail)}`);
    L.push(`本人签字：${d.nm(p.name)}        采集人：${d.nm(p.town.zg.name)}`);
  }
  L.push(pick(['', '— 第 1 页 —', '[印章：商水县退役军人事务局]', '']));
  emit(d, L.join('\n'));
}

// 15. validation / system log
function gLog() {
  const d = new Doc('log');
  const L = [];
  const y = ri(2023, 2025), m = ri(1, 12), dd = ri(1, 28);
  let s = ri(0, 3000);
  const ts = () => { s += ri(0, 40); const h = 9 + Math.floor(s / 3600), mi = Math.floor(s / 60) % 60; return `${y}-${pad(m, 2)}-${pad(dd, 2)} ${pad(h, 2)}:${pad(mi, 2)}:${pad(s % 60, 2)}.${pad(ri(0, 999), 3)}`; };
  const batch = d.x('批次号', 'PC' + serial(`411623${y}${pad(m, 2)}${pad(dd, 2)}`, 16));
  const nrows = ri(60, 400);
  L.push(`${ts()} INFO  [upload-worker-${ri(1, 4)}] batch=${batch} file=${pick(['yfdx', 'ffmd', 'xxcj'])}_${y}${pad(m, 2)}.xlsx rows=${nrows} user=${d.x('操作员账号', BU.xx.py)}`);
  const k = ri(5, 14);
  for (let i = 0; i < k; i++) {
    const row = ri(2, nrows);
    const p = mkPerson({ cat: pick(CATS_FF) });
    const r = R();
    if (r < 0.18) L.push(`${ts()} WARN  [validator] row=${row} field=SFZH value=${d.x('校验位错误身份证号', badIdCheck(p))} msg=身份证号码校验位错误`);
    else if (r < 0.26) L.push(`${ts()} WARN  [validator] row=${row} field=SFZH value=${d.x('日期非法身份证号', badIdDate())} msg=出生日期非法`);
    else if (r < 0.36) L.push(`${ts()} WARN  [validator] row=${row} field=LXDH value=${d.x('未分配号段手机号', badMobile())} msg=手机号码号段不存在`);
    else if (r < 0.44) L.push(`${ts()} WARN  [validator] row=${row} field=LXDH value=${d.x('位数错误手机号', badMobile('short'))} msg=手机号码位数不正确`);
    else if (r < 0.54) L.push(`${ts()} ERROR [validator] row=${row} field=YHKH value=${d.x('卡号校验失败', badCard(p.bank))} msg=银行卡号校验失败`);
    else if (r < 0.8) L.push(`${ts()} INFO  [hjbd] row=${row} XM=${d.nm(p.name)} SFZH=${d.id(p)} result=与户籍库比对一致`);
    else if (r < 0.9) L.push(`${ts()} WARN  [hjbd] row=${row} XM=${d.nm(p.name)} SFZH=${d.id(p)} result=户籍状态:死亡 注销日期:${d.x('日期', `${ri(2019, 2024)}-${pad(ri(1, 12), 2)}-${pad(ri(1, 28), 2)}`)} 建议停发`);
    else L.push(`${ts()} WARN  [dup] row=${row} XM=${d.nm(p.name)} YHKH=${d.card(p.card)} msg=同一银行卡号对应多条记录 (rows ${row},${ri(2, nrows)})`);
  }
  L.push(`${ts()} INFO  [upload-worker-1] batch=${batch} done ok=${nrows - k} warn=${k} cost=${ri(800, 9000)}ms reqId=${d.x('请求ID', serial('17', 19))}`);
  emit(d, L.join('\n'));
}

// 16. 会议纪要
function gHy() {
  const d = new Doc('hy');
  const L = [];
  const y = ri(2023, 2025);
  L.push(`${BUREAU}${y}年第${ri(1, 12)}次局务会议纪要`);
  L.push(d.x('文号', `商退役纪〔${y}〕${ri(1, 20)}号`));
  L.push('');
  L.push(`时间：${y}年${ri(1, 12)}月${ri(1, 28)}日上午9:00`);
  L.push(`地点：局${pick(['三楼', '二楼'])}会议室`);
  L.push(`主持：${d.nm(BU.jz.name)}`);
  const att = shuffle(BU_LIST.filter((x) => x !== BU.jz)).slice(0, ri(4, 8));
  L.push(`参会人员：${att.map((a) => d.nm(a.name)).join('、')}`);
  if (chance(0.5)) { const ts = shuffle([...TOWN]).slice(0, 3); L.push(`列席：${ts.map((t) => `${t.name}服务站${d.nm(t.zz.name)}`).join('，')}`); }
  L.push(`记录：${d.nm(BU.bgs.name)}`);
  L.push('');
  L.push('会议议定事项：');
  const p1 = mkPerson({ cat: '在乡复员军人' });
  const p2 = mkPerson({ cat: '参战退役人员' });
  L.push(`一、关于光荣牌悬挂工作。由${d.x('科室', '优抚股')}牵头，${pick(['月底前', '本季度内'])}完成新一批光荣牌悬挂，做到应挂尽挂。`);
  L.push(`二、关于${d.x('乡镇名', p1.town.name)}反映的老复员军人${d.nmc(p1.name)}待遇问题。经核实其${p1.enl.y}年入伍，符合在乡复员军人条件，由${d.x('科室', '优抚股')}按程序报批。`);
  L.push(`三、关于参战人员信息核查。${d.nmc(p2.name)}等${ri(3, 12)}人档案缺失，请${d.x('单位名称', pick(['县人武部', '县档案馆', '原部队']))}协助出具证明。`);
  L.push(`四、${y}年退役士兵安置。${d.x('科室', '安置股')}负责，${d.nmc(BU.azgz.name)}同志具体对接，联系电话${d.tel(BTEL.az)}。`);
  if (chance(0.5)) L.push(`五、其他。${pick(['双拥模范县创建', '烈士纪念设施维护', '退役军人就业招聘会'])}工作由${d.nmc(BU.fjz1.name)}副局长分管。`);
  L.push('');
  L.push(`抄送：${d.x('单位名称', '县委办')}、${d.x('单位名称', '县政府办')}、各乡镇（街道）退役军人服务站`);
  emit(d, L.join('\n'));
}

// 17. 优待证申领名单
function gYdz() {
  const d = new Doc('ydz');
  const t = pick(TOWN);
  const n = ri(5, 18);
  const ppl = uniqPeople(n, () => ({ cat: pick(['退役士兵', '参战退役人员', '伤残军人', '60周岁以上农村籍退役士兵', '自主就业退役士兵']), town: t }));
  const L = [];
  const batch = d.x('制卡批次', `ZK${ri(2023, 2024)}${pad(ri(1, 40), 3)}`);
  L.push(`中华人民共和国退役军人优待证申领人员名单  ${t.name}  制卡批次：${batch}`);
  const pipe = chance(0.5);
  const hdr = ['序号', '姓名', '证件号码', '手机号', '退役证号', '优待证号', '合作银行', '金融账户卡号', '领取状态', '制卡日期', '申领编号'];
  L.push(pipe ? hdr.join('|') : hdr.join('\t'));
  ppl.forEach((p, i) => {
    const got = pick(['已领取', '已领取', '待领取', '邮寄中', '未制卡']);
    const cardCell = got === '未制卡' ? '' : d.card(p.card, pick([0, 0, 1]));
    const row = [i + 1, d.nm(p.name), d.id(p), d.mob(p.mob), d.x('退役证号', p.tyzh), got === '未制卡' ? '' : d.x('优待证号', p.ydzh), p.bank.s, cardCell, got, got === '未制卡' ? '' : d.x('日期', `${ri(2023, 2024)}-${pad(ri(1, 12), 2)}-${pad(ri(1, 28), 2)}`), d.x('申领编号', `SL${t.ab.toUpperCase()}${serial('2', 9)}`)];
    L.push(pipe ? row.join('|') : row.join('\t'));
  });
  L.push(`经办：${d.nm(t.zg.name)}`);
  emit(d, L.join('\n'));
}

// 18. 招聘会企业名单 (USCC + contacts)
function mkUscc(school = false) {
  const r = school ? 1 : R() * 0.85;
  let head, b8;
  if (r < 0.7) { head = '91411623'; b8 = 'MA' + [...Array(6)].map(() => pick(UA.split(''))).join(''); }
  else if (r < 0.85) { head = pick(['91411600', '91410100', '91411623']); b8 = String(ri(6, 7)) + digits(7); }
  else { head = '52411623'; b8 = 'MJ' + digits(6); }
  const s17 = head + b8 + orgCheck(b8);
  const u = s17 + usccCheck(s17);
  for (const m of u.matchAll(/\d+/g)) if ((m[0].length >= 16 && luhnOk(m[0])) || (m[0].length === 18 && idLike18(m[0])) || (m[0].length === 15 && legacyLike15(m[0]))) return mkUscc(school);
  return u;
}
function gZph() {
  const d = new Doc('zph');
  const L = [];
  const n = ri(4, 10);
  L.push(`${ri(2023, 2025)}年"${pick(['春风行动', '百日千万', '退役军人就业服务月'])}"退役军人专场招聘会参会企业汇总表`);
  L.push('序号,企业名称,统一社会信用代码,招聘岗位,人数,薪资待遇,联系人,联系电话,邮箱');
  const comps = shuffle([...COMPANY]).slice(0, n);
  comps.forEach((c, i) => {
    const u = mkUscc(c.endsWith('学校'));
    const con = mkPerson({ cat: '_', yr: [1970, 1998], fp: 0.5 });
    const job = d.x('岗位', pick(['保安队长', '安保员', '押运员', '驾驶员', '仓库管理员', '班组长', '电工', '销售经理', '车间主任']));
    const ph = chance(0.75) ? d.mob(con.mob, pick([0, 1])) : d.tel({ a: '0394', n: '5' + digits(6) });
    const mail = chance(0.6) ? d.mail(chance(0.5) ? con.mail : `hr${ri(1, 99)}@${pick(['163.com', 'qq.com', '126.com'])}`) : '';
    L.push([i + 1, d.x('企业名称', c), d.uscc(u), job, ri(2, 30), d.x('薪资', `${ri(3, 5)}000-${ri(6, 9)}000元/月`), d.nm(con.name), ph, mail].join(','));
  });
  L.push(`,,,,,,汇总：${d.nm(BU.az1.name)},${d.tel(BTEL.az)},${d.mail('ssxazg@126.com')}`);
  emit(d, L.join('\n'));
}

// 19. bank return file (回盘)
function gHp() {
  const d = new Doc('hp');
  const L = [];
  const n = ri(6, 20);
  const ppl = uniqPeople(n, () => ({ cat: pick(CATS_FF) }));
  const bank = pick(BANKS.slice(0, 3));
  ppl.forEach((p) => { p.bank = bank; used.card.delete(p.card); p.card = genCard(bank); });
  const y = ri(2023, 2025), m = ri(1, 12), dd = ri(1, 28);
  let tot = 0;
  const rows = ppl.map((p, i) => { const a = (STD[p.cat] || 240) * 3; tot += a; return [p, a]; });
  const acct = d.x('对公账号', serial('4110', 15));
  const sep = pick(['|', ',']);
  L.push(['H', d.x('单位代码', 'SSXTYJRJ'), BUREAU, acct, `${y}${pad(m, 2)}${pad(dd, 2)}`, pad(n, 6), d.x('金额', pad(amt(tot), 13))].join(sep));
  let ok = 0;
  rows.forEach(([p, a], i) => {
    const fail = chance(0.12);
    if (!fail) ok++;
    const ls = d.x('交易流水号', serial(`${y}${pad(m, 2)}${pad(dd, 2)}`, 20));
    L.push(['D', pad(i + 1, 6), d.card(p.card), d.nm(p.name), d.x('金额', pad(amt(a), 12)), fail ? pick(['3012', '1005', '3021']) : '0000', fail ? pick(['户名与账号不符', '账户已销户', '账户状态异常']) : '成功', ls].join(sep));
  });
  L.push(['T', pad(ok, 6), pad(n - ok, 6), `${y}${pad(m, 2)}${pad(dd, 2)}${pad(ri(15, 18), 2)}${pad(ri(0, 59), 2)}${pad(ri(0, 59), 2)}`].join(sep));
  emit(d, L.join('\n'));
}

// 20. 公示 (masked)
function gGs() {
  const d = new Doc('gs');
  const t = pick(TOWN);
  const L = [];
  const n = ri(5, 14);
  const ppl = uniqPeople(n, () => ({ cat: pick(['60周岁以上农村籍退役士兵', '参战退役人员', '带病回乡退伍军人']), town: t }));
  L.push(`关于${t.name}${pick(['新增享受定期抚恤补助人员', '60周岁以上农村籍退役士兵老年生活补助', '参战退役人员身份认定'])}的公示`);
  L.push('');
  L.push(`    根据${d.x('文号', WENHAO())}文件精神，经本人申请、村（社区）初审、乡镇审核，现将拟认定人员名单公示如下：`);
  L.push('');
  L.push('序号  姓名    性别  身份证号              村（社区）   入伍时间   退伍时间');
  ppl.forEach((p, i) => {
    const mn = p.name.length === 2 ? p.name[0] + '*' : p.name[0] + '*'.repeat(p.name.length - 2) + p.name.slice(-1);
    const mid = p.id.slice(0, 6) + '********' + p.id.slice(14);
    L.push(`${padW(String(i + 1), 6)}${padW(d.x('脱敏姓名', mn), 8)}${padW(p.xb, 6)}${padW(d.x('脱敏身份证号', mid), 22)}${padW(d.x('村名', p.village), 13)}${padW(d.x('日期', ym(p.enl)), 11)}${d.x('日期', ym(p.dis))}`);
  });
  L.push('');
  const y = ri(2023, 2025);
  L.push(`    公示期：${y}年${ri(1, 11)}月${ri(1, 20)}日至5个工作日。如有异议，请向${t.name}退役军人服务站或${BUREAU}反映。`);
  L.push(`    监督电话：${d.tel(t.tel)}（服务站） ${d.tel(BTEL.yf)}（县局优抚股）`);
  if (chance(0.6)) { const mm = t.zz.mob; L.push(`    联系人：${d.nm(t.zz.name)}  ${d.x('脱敏手机号', mm.slice(0, 3) + '****' + mm.slice(7))}`); }
  L.push('');
  L.push(`${' '.repeat(30)}${t.name}退役军人服务站`);
  L.push(`${' '.repeat(30)}${y}年${ri(1, 12)}月${ri(1, 28)}日`);
  emit(d, L.join('\n'));
}

// 21. 通知
function gTz() {
  const d = new Doc('tz');
  const L = [];
  const y = ri(2023, 2025);
  const topic = pick(['关于做好' + y + '年"八一"走访慰问工作的通知', '关于开展退役军人和其他优抚对象信息核查工作的通知', '关于报送' + y + '年光荣牌悬挂情况的通知', '关于组织退役军人参加适应性培训的通知', '关于规范优抚对象抚恤补助资金社会化发放的通知']);
  L.push(BUREAU);
  L.push(topic);
  L.push(d.x('文号', WENHAO()));
  L.push('');
  L.push('各乡镇（街道）退役军人服务站：');
  L.push(`    为认真贯彻落实${pick(['《退役军人保障法》', '《军人抚恤优待条例》', '上级有关文件'])}精神，现就有关事项通知如下：`);
  L.push(`    一、${pick(['高度重视，精心组织。', '明确范围，突出重点。'])}各站要安排专人负责，${pick(['逐户核实', '做到不漏一户、不落一人'])}。`);
  L.push(`    二、报送要求。请于${ri(1, 12)}月${ri(1, 28)}日前将${pick(['汇总表', '花名册（电子版和盖章纸质版）', '核查结果'])}报送至${d.x('科室', pick(['优抚股', '安置股', '信息中心']))}，电子版发送至邮箱${d.mail(pick(['ssxyfg2019@163.com', 'ssxazg@126.com', 'sstyjrxxzx@163.com']))}。`);
  L.push(`    三、${pick(['发放账户统一使用"一卡通"社保卡金融账户', '身份证号、银行卡号务必与原件核对'])}，严禁使用他人账户代领。`);
  if (chance(0.5)) { const sample = mkPerson({ cat: '退役士兵' }); L.push(`    （表样：姓名 ${d.nmc('张三')}  身份证号 ${d.x('脱敏身份证号', '411623********0011')}  卡号 ${d.x('脱敏卡号', '6230 **** **** 1234 567')}）`); void sample; }
  const c1 = pick([BU.yfgz, BU.yf1, BU.azgz, BU.xx]);
  L.push(`    联系人：${d.nm(c1.name)}    联系电话：${d.tel(BTEL.yf, pick([0, 1, 2]))}    手机：${d.mob(c1.mob, pick([0, 1]))}`);
  if (chance(0.3)) L.push(`    市局联系人：${d.nm(mkPerson({ cat: '_', yr: [1975, 1990] }).name)}  ${d.tel(PTEL.a === '0371' ? { a: '0394', n: '8' + digits(6) } : PTEL)}`);
  L.push('');
  L.push(`附件：1.${pick(['汇总表', '花名册模板'])}.xlsx`);
  L.push(`${' '.repeat(28)}${BUREAU}`);
  L.push(`${' '.repeat(28)}${y}年${ri(1, 12)}月${ri(1, 28)}日`);
  if (chance(0.5)) L.push(`（此件公开发布）  统一社会信用代码：${d.uscc(BU_USCC)}`);
  emit(d, L.join('\n'));
}

// ───────────────────────── run ─────────────────────────
const PLAN = [
  [gXxcj, 26], [gFfmd, 18], [gGrp, 14], [gWwmd, 14], [gAzpx, 18], [gDbhx, 10], [gCzry, 12], [gLsjs, 12], [gZfjl, 20], [gWxq, 20],
  [gSms, 15], [gXml, 14], [gMail, 26], [gOcr, 22], [gLog, 14], [gHy, 8], [gYdz, 12], [gZph, 8], [gHp, 10], [gGs, 16], [gTz, 8],
];
const order = [];
for (const [g, n] of PLAN) for (let i = 0; i < n; i++) order.push(g);
for (const g of shuffle(order)) g();

// ───────────────────────── self-check ─────────────────────────
const errors = [];
const nfkc = (s) => s.normalize('NFKC');
function occurs(text, det, v) {
  const t = nfkc(text);
  if (det === 'person_name_zh') return t.replace(/\s/g, '').includes(v);
  if (det === 'email') return t.toLowerCase().includes(v);
  const flat = t.toUpperCase().replace(/[\s\-()（）+="]/g, '');
  if (det === 'cn_resident_id') return flat.includes(v) || flat.includes(v.slice(0, 6) + v.slice(8, 17));
  return flat.includes(v);
}
function validEntity(det, v) {
  switch (det) {
    case 'cn_resident_id': return validId18(v);
    case 'cn_mobile': return mobileOk(v);
    case 'bank_card': return /^\d{16,19}$/.test(v) && luhnOk(v);
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v);
    case 'cn_landline': return /^0(10|2[0-57-9]|[3-9]\d{2})\d{7,8}$/.test(v) && (v.length === 11 || v.length === 12);
    case 'cn_uscc': return usccValid(v);
    case 'person_name_zh': return /^[\u4e00-\u9fa5·]{2,6}$/.test(v);
    default: return false;
  }
}
const digitsOnly = (s) => nfkc(s).replace(/\D/g, '');
for (const doc of DOCS) {
  const ent = new Set(doc.entities.map((e) => e.detector + '|' + e.value));
  const labelled = new Set([...doc.entities, ...doc.dontCare].map((e) => e.value));
  for (const e of doc.entities) {
    if (!validEntity(e.detector, e.value)) errors.push(`${doc.id}: invalid entity ${e.detector} ${e.value}`);
    if (!occurs(doc.text, e.detector, e.value)) errors.push(`${doc.id}: entity not in text ${e.detector} ${e.value}`);
  }
  for (const x of doc.decoys) {
    if (!doc.text.includes(x.text)) errors.push(`${doc.id}: decoy not in text ${x.text}`);
    const xd = digitsOnly(x.text), xt = x.text.replace(/\s/g, '');
    for (const e of doc.entities) {
      if (e.value === xt || e.value.toLowerCase() === x.text.toLowerCase()) errors.push(`${doc.id}: entity is also decoy ${e.value}`);
      if (e.detector === 'person_name_zh' && (xt.includes(e.value) && /^[\u4e00-\u9fa5]+$/.test(xt) && xt.length <= 4)) errors.push(`${doc.id}: decoy ${xt} contains name ${e.value}`);
      if (e.detector === 'person_name_zh' && e.value.includes(xt)) errors.push(`${doc.id}: name ${e.value} contains decoy ${xt}`);
      if (e.detector !== 'person_name_zh' && e.detector !== 'email' && xd.length >= 7 && (xd === e.value || (xd.length > e.value.length && xd.includes(e.value)))) errors.push(`${doc.id}: decoy digits inside entity ${x.text} / ${e.value}`);
    }
    // decoys must not be valid values themselves
    const raw = nfkc(x.text).toUpperCase().replace(/[\s\-]/g, '');
    if (/^\d{17}[\dX]$/.test(raw) && validId18(raw)) errors.push(`${doc.id}: decoy is a valid ID ${x.text}`);
    if (/^\d{11}$/.test(raw) && mobileOk(raw)) errors.push(`${doc.id}: decoy is a valid mobile ${x.text}`);
    if (/^\d{16,19}$/.test(raw) && luhnOk(raw)) errors.push(`${doc.id}: decoy passes Luhn ${x.text}`);
    if (/^\d{15}$/.test(raw) && legacyLike15(raw)) errors.push(`${doc.id}: decoy looks like legacy ID ${x.text}`);
  }
  for (const c of doc.dontCare) if (ent.has(c.detector + '|' + c.value)) errors.push(`${doc.id}: both entity and dontCare ${c.value}`);
  // accidental unlabelled values in plain digit runs
  const t = nfkc(doc.text).toUpperCase();
  for (const m of t.matchAll(/\d+X?/g)) {
    const r = m[0], dg = r.replace('X', '');
    const before = t[m.index - 1] || '', after = t[m.index + r.length] || '';
    if (/[A-Z]/.test(before) && /^(SMS|PC|BM|ZK|GRP|MSG)$/.test(t.slice(Math.max(0, m.index - 3), m.index)) === false && /[A-Z]$/.test(before)) { /* letter-prefixed serial: still check */ }
    if (r.length === 18 && idLike18(r) && !labelled.has(r)) errors.push(`${doc.id}: unlabelled ID-like run ${r}`);
    if (dg.length === 11 && r === dg && mobileOk(dg) && !labelled.has(dg)) errors.push(`${doc.id}: unlabelled mobile-like run ${dg}`);
    if (r === dg && dg.length >= 16 && dg.length <= 19 && luhnOk(dg) && !labelled.has(dg)) errors.push(`${doc.id}: unlabelled Luhn run ${dg}`);
    if (r === dg && dg.length === 15 && legacyLike15(dg) && !labelled.has(upgrade15(dg))) errors.push(`${doc.id}: unlabelled legacy-ID-like run ${dg}`);
    void before; void after;
  }
  for (const m of nfkc(doc.text).matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g)) {
    if (!labelled.has(m[0].toLowerCase()) && !doc.decoys.some((x) => x.text === m[0])) errors.push(`${doc.id}: unlabelled e-mail ${m[0]}`);
  }
}
const ids = new Set();
for (const doc of DOCS) { if (ids.has(doc.id)) errors.push('duplicate id ' + doc.id); ids.add(doc.id); }

writeFileSync(OUT, DOCS.map((d) => JSON.stringify(d)).join('\n') + '\n');

// ───────────────────────── summary ─────────────────────────
const byKind = {}, byDet = {}, dcDet = {}, decKind = {};
let nEnt = 0, nDec = 0;
for (const doc of DOCS) {
  byKind[doc.kind] = (byKind[doc.kind] || 0) + 1;
  for (const e of doc.entities) { byDet[e.detector] = (byDet[e.detector] || 0) + 1; nEnt++; }
  for (const e of doc.dontCare) dcDet[e.detector] = (dcDet[e.detector] || 0) + 1;
  for (const x of doc.decoys) { decKind[x.kind] = (decKind[x.kind] || 0) + 1; nDec++; }
}
console.log(`documents: ${DOCS.length} (${Object.keys(byKind).length} kinds)`);
console.log('  per kind:', Object.entries(byKind).map(([k, v]) => `${k}=${v}`).join(' '));
console.log(`entities: ${nEnt}`);
console.log('  per detector:', Object.entries(byDet).map(([k, v]) => `${k}=${v}`).join(' '));
console.log('dontCare:', Object.entries(dcDet).map(([k, v]) => `${k}=${v}`).join(' '));
console.log(`decoys: ${nDec}`);
console.log('  per kind:', Object.entries(decKind).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' '));
const need = { person_name_zh: 400, cn_mobile: 150, cn_resident_id: 150, bank_card: 150, email: 150 };
for (const [k, v] of Object.entries(need)) if ((byDet[k] || 0) < v) errors.push(`too few ${k}: ${byDet[k] || 0} < ${v}`);
if (nDec < nEnt) errors.push(`fewer decoys (${nDec}) than entities (${nEnt})`);
if (errors.length) { console.error(`SELF-CHECK FAILED (${errors.length}):`); for (const e of errors.slice(0, 40)) console.error('  ' + e); process.exit(1); }
console.log('self-check: OK');
