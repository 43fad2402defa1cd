#!/usr/bin/env node
/*
 * driving.mjs — independent labelled corpus: driving schools (驾校) and
 * vehicle-administration agents (代办换证/补证) in China.
 *
 * Written in session 28 by a helper that never read src/, rules/ or test/,
 * from cn-formats.md and DESIGN.md only.
 *
 * Theme: the paperwork of a 驾校 and the agents around it — 学员报名导出 (CSV/TSV),
 * 报名登记表, 科目一~四 预约/考试名单 (12123-style), 计时培训终端日志, 教练排班
 * (fixed width), 驾驶人体检证明 (OCR), 退费申请/退费汇总 with bank cards, 招生代理
 * 微信聊天, 结业/合格名单 (PDF → text), 短信下发记录 and single SMS, 换证/补证
 * 代办笔记, 投诉登记, printouts of an old system (15-digit IDs), booking-API
 * JSON, 教练例会纪要, 监管平台备案 XML, mail bodies, 教练员花名册 with 工资卡,
 * 收据 (OCR), 学车分期台账/合同.
 *
 * Usage:   node driving.mjs OUT.jsonl
 * Output:  one JSON object per line:
 *   {"id":"drv-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          must NOT be reported
 *
 * Normalisation of values: cn_resident_id 18 chars, upper-case X (legacy
 * 15-digit IDs are labelled as their 18-char upgrade); cn_mobile 11 digits, no
 * +86 or separators; cn_landline digits incl. leading 0 + area code, no
 * separators, no extension; email lower-case; bank_card digits only;
 * cn_passport upper-case; cn_uscc 18 chars upper-case; person_name_zh as
 * written without spaces or titles. Decoys carry their exact text as written.
 *
 * Deterministic: own mulberry32 PRNG with a fixed seed; no clock, no I/O but OUT.
 * Ends with a self-check (values occur in the text, check digits hold, no
 * unlabelled valid number, decoys are invalid and appear verbatim, no entity
 * is a decoy) and prints a summary. Exit 1 on failure.
 */
import { writeFileSync } from 'node:fs';

const OUT = process.argv[2];
if (!OUT) { console.error('usage: node driving.mjs OUT.jsonl'); process.exit(2); }

// ───────────────────────── PRNG ─────────────────────────
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(0x12123D28);
const ri = (a, b) => a + Math.floor(rand() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rand() * arr.length)];
const chance = (p) => rand() < p;
const pad = (n, w = 2) => String(n).padStart(w, '0');
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = ri(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; }
function sample(arr, k) { return shuffle(arr).slice(0, Math.min(k, arr.length)); }

// ───────────────────────── validators ─────────────────────────
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += +b17[i] * ID_W[i]; return '10X98765432'[s % 11]; }
const PROV = new Set([11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83]);
const dim = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
function okDate(y, m, d) { return y >= 1900 && y <= 2025 && m >= 1 && m <= 12 && d >= 1 && d <= dim(y, m); }
function idValid(s) {
  s = String(s).toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  if (!PROV.has(+s.slice(0, 2))) return false;
  if (!okDate(+s.slice(6, 10), +s.slice(10, 12), +s.slice(12, 14))) return false;
  return idCheck(s.slice(0, 17)) === s[17];
}
function legacyValid(s) {
  return /^\d{15}$/.test(s) && PROV.has(+s.slice(0, 2)) && okDate(1900 + +s.slice(6, 8), +s.slice(8, 10), +s.slice(10, 12));
}
function upgrade15(s) { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheck(b); }
const MOB3 = new Set(['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '145', '147', '150', '151', '152', '153', '155', '156', '157', '158', '159', '162', '165', '166', '167', '170', '171', '172', '173', '175', '176', '177', '178', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189', '190', '191', '192', '193', '195', '196', '197', '198', '199']);
function mobileOK(s) {
  if (!/^1\d{10}$/.test(s)) return false;
  return MOB3.has(s.slice(0, 3)) || s.startsWith('1610') || /^1740[0-5]/.test(s);
}
function luhnOK(s) {
  if (!/^\d+$/.test(s)) return false;
  let sum = 0, dbl = false;
  for (let i = s.length - 1; i >= 0; i--) { let x = +s[i]; if (dbl) { x *= 2; if (x > 9) x -= 9; } sum += x; dbl = !dbl; }
  return sum % 10 === 0;
}
function luhnDigit(body) { for (let c = 0; c < 10; c++) if (luhnOK(body + c)) return String(c); throw new Error('luhn'); }
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(s17) { let t = 0; for (let i = 0; i < 17; i++) t += UA.indexOf(s17[i]) * UW[i]; return UA[(31 - (t % 31)) % 31]; }
function orgCheck(s8) {
  const W = [3, 7, 9, 10, 5, 8, 4, 2]; let t = 0;
  for (let i = 0; i < 8; i++) { const c = s8[i]; t += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * W[i]; }
  const c = 11 - (t % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
function usccValid(s) {
  s = String(s).toUpperCase();
  if (s.length !== 18 || [...s].some((c) => !UA.includes(c))) return false;
  return usccCheck(s.slice(0, 17)) === s[17] && orgCheck(s.slice(8, 16)) === s[16];
}
// does any detector accept this digit run as a whole?
function numValid(s) {
  const L = s.length;
  if (L === 11 && mobileOK(s)) return true;
  if (L === 18 && (idValid(s) || usccValid(s))) return true;
  if (L === 15 && legacyValid(s)) return true;
  if (L >= 16 && L <= 19 && luhnOK(s)) return true;
  if (L === 13 && s.startsWith('86') && mobileOK(s.slice(2))) return true;
  if ((L === 11 || L === 12) && s[0] === '0') return true;
  return false;
}
function safeNum(prefix, len) {
  for (let k = 0; k < 1000; k++) { const s = prefix + digits(len - prefix.length); if (!numValid(s)) return s; }
  throw new Error('safeNum ' + prefix);
}

// ───────────────────────── formatting ─────────────────────────
const FW = (s) => s.replace(/[0-9A-Za-z@.\-+:()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xFEE0));
function fmtMob(m, st) {
  switch (st) {
    case 's': return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'd': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case '+': return `+86 ${m}`;
    case '+n': return `+86${m}`;
    case '+s': return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case '+d': return `+86-${m}`;
    case '86': return `86${m}`;
    case '0086': return `0086 ${m}`;
    case '(+86)': return `(+86)${m}`;
    case 'fw': return FW(m);
    case 'fws': return FW(`${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`).replace(/ /g, ' ');
    default: return m;
  }
}
const mobSt = (w = 'form') => w === 'chat'
  ? pick(['p', 'p', 'p', 'p', 's', 's', 'd', 'fw', '+', 'p'])
  : w === 'table' ? pick(['p', 'p', 'p', 'p', 'p', 'p', 'p', 's', 'd', '+'])
  : pick(['p', 'p', 'p', 's', 's', 'd', '+', '+s', '(+86)', '0086', '86', '+d', '+n']);
function fmtId(id, st) {
  switch (st) {
    case 'x': return id.replace(/X$/, 'x');
    case 'sp': return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    case 'fw': return FW(id);
    case 'd': return `${id.slice(0, 6)}-${id.slice(6, 14)}-${id.slice(14)}`;
    default: return id;
  }
}
const idSt = (w = 'form') => w === 'chat' ? pick(['p', 'p', 'p', 'x', 'sp', 'fw', 'p']) : w === 'table' ? pick(['p', 'p', 'p', 'p', 'p', 'x']) : pick(['p', 'p', 'p', 'x', 'sp', 'p']);
function fmtCard(c, st) {
  const g = c.match(/.{1,4}/g);
  switch (st) {
    case 's': return g.join(' ');
    case 'd': return g.join('-');
    case 's2': return g.join('  ');
    case 'fw': return FW(c);
    default: return c;
  }
}
const cardSt = (w = 'form') => w === 'table' ? pick(['p', 'p', 'p', 'p', 's']) : w === 'chat' ? pick(['p', 's', 's', 'p', 'fw']) : pick(['p', 's', 's', 'd', 's2']);
const cw = (s) => [...s].reduce((w, c) => w + (/[\u2E80-\uFFEF]/.test(c) ? 2 : 1), 0);
const padR = (s, w) => s + ' '.repeat(Math.max(1, w - cw(s)));
const padL = (s, w) => ' '.repeat(Math.max(0, w - cw(s))) + s;
const sp2 = (name, sep = '\u3000') => ([...name].length === 2 ? [...name].join(sep) : name);

// ───────────────────────── dates ─────────────────────────
function rdate(y1, y2) { const y = ri(y1, y2), m = ri(1, 12); return { y, m, d: ri(1, dim(y, m)) }; }
function addDays(dt, n) { const t = new Date(Date.UTC(dt.y, dt.m - 1, dt.d + n)); return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() }; }
function fd(dt, st = '-') {
  const { y, m, d } = dt;
  switch (st) {
    case '/': return `${y}/${m}/${d}`;
    case '/0': return `${y}/${pad(m)}/${pad(d)}`;
    case 'cn': return `${y}年${m}月${d}日`;
    case 'cn0': return `${y}年${pad(m)}月${pad(d)}日`;
    case 'n': return `${y}${pad(m)}${pad(d)}`;
    case '.': return `${y}.${pad(m)}.${pad(d)}`;
    case 'md': return `${m}.${d}`;
    case 'mdcn': return `${m}月${d}日`;
    case 'md0': return `${pad(m)}-${pad(d)}`;
    default: return `${y}-${pad(m)}-${pad(d)}`;
  }
}
const rtime = (h1 = 7, h2 = 20) => `${pad(ri(h1, h2))}:${pad(ri(0, 59))}:${pad(ri(0, 59))}`;
const hm = (h1 = 7, h2 = 20) => `${pad(ri(h1, h2))}:${pad(ri(0, 59))}`;
const WEEK = ['日', '一', '二', '三', '四', '五', '六'];
const wday = (dt) => WEEK[new Date(Date.UTC(dt.y, dt.m - 1, dt.d)).getUTCDay()];
function epochMs(dt, time) { const [h, mi, s] = time.split(':').map(Number); return Date.UTC(dt.y, dt.m - 1, dt.d, h - 8, mi, s) + ri(0, 999); }

// ───────────────────────── names ─────────────────────────
const PY = {};
('王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he 高gao 林lin 罗luo ' +
 '郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai ' +
 '余yu 杜du 叶ye 程cheng 苏su 魏wei 吕lv 丁ding 任ren 沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan 陆lu 汪wang 范fan 金jin 石shi 廖liao ' +
 '贾jia 夏xia 韦wei 付fu 方fang 白bai 邹zou 孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin 薛xue 闫yan 段duan 雷lei 侯hou 龙long 史shi 陶tao ' +
 '黎li 贺he 顾gu 毛mao 郝hao 龚gong 邵shao 万wan 钱qian 严yan 覃qin 武wu 戴dai 莫mo 孔kong 向xiang 汤tang 常chang 温wen 牛niu 葛ge ' +
 '管guan 包bao 申shen 柴chai 欧阳ouyang 司马sima 上官shangguan 诸葛zhuge 司徒situ 皇甫huangfu 令狐linghu 慕容murong ' +
 '伟wei 强qiang 磊lei 军jun 勇yong 杰jie 涛tao 超chao 明ming 刚gang 平ping 辉hui 鹏peng 华hua 飞fei 鑫xin 波bo 斌bin 宇yu 浩hao ' +
 '凯kai 健jian 俊jun 帆fan 帅shuai 旭xu 宁ning 阳yang 洋yang 峰feng 亮liang 成cheng 海hai 建jian 国guo 志zhi 文wen 博bo 晨chen ' +
 '睿rui 轩xuan 哲zhe 航hang 毅yi 彬bin 昊hao 然ran 泽ze 瑞rui 子zi 梓zi 一yi 嘉jia 家jia 天tian 永yong 德de 春chun 东dong 光guang ' +
 '新xin 立li 庆qing 胜sheng 兵bing 芳fang 娜na 敏min 静jing 丽li 艳yan 娟juan 霞xia 秀xiu 英ying 玲ling 燕yan 红hong 萍ping 琳lin ' +
 '婷ting 雪xue 慧hui 莹ying 颖ying 倩qian 洁jie 欣xin 怡yi 涵han 璐lu 瑶yao 佳jia 琪qi 悦yue 晓xiao 雨yu 梦meng 思si 诗shi 彤tong ' +
 '露lu 月yue 丹dan 蕾lei 薇wei 莉li 妍yan 楠nan 琴qin 桂gui 梅mei 兰lan 凤feng 可ke 小xiao 振zhen 生sheng 升sheng 佑you 远yuan ' +
 '豪hao 萱xuan 桐tong 诺nuo 玉yu 美mei 鸣ming 军jun 荣rong 福fu 贵gui 斐fei 铭ming 翔xiang 坤kun 宏hong 敬jing 伦lun 琦qi 婉wan 蓉rong ' +
 '淑shu 媛yuan 岚lan 茜qian 晶jing 洪hong 卫wei 红hong')
  .split(/\s+/).forEach((t) => { const m = t.match(/^(\p{Script=Han}+)([a-z]+)$/u); PY[m[1]] = m[2]; });
const SURN = ('王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 ' +
  '余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 ' +
  '黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 常 温 牛 葛 管 包 申 柴').split(' ');
const COMPOUND = ['欧阳', '欧阳', '欧阳', '司马', '上官', '诸葛', '司徒', '皇甫', '令狐', '慕容'];
const GM1 = [...'伟强磊军勇杰涛超明刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁阳洋峰亮成海建国志文博晨睿轩哲航毅彬昊然泽瑞永德东光新立庆胜兵荣铭翔坤宏伦'];
const GF1 = [...'芳娜敏静丽艳娟霞秀英玲燕红萍琳婷雪慧莹颖倩洁欣怡涵璐瑶佳琪悦晓雨梦思诗彤露月丹蕾薇莉妍楠琴桂梅兰凤婉蓉淑媛岚茜晶'];
const GN1 = [...'子梓一嘉家天可文小春晓思'];
const GM2 = ['建国', '志强', '海涛', '俊杰', '浩然', '子轩', '宇航', '博文', '家豪', '明轩', '一鸣', '天佑', '思远', '晨阳', '振华', '国庆', '永强', '建军', '立新', '鹏飞', '文博', '宇轩', '子豪', '梓睿', '德华', '春生', '东升', '志刚', '建华', '卫东', '洪波', '永福', '宏伟', '晓东', '俊豪', '一帆', '嘉铭', '天翔', '浩宇', '子健'];
const GF2 = ['秀英', '桂英', '丽娟', '海燕', '春梅', '欣怡', '子涵', '梓萱', '雨桐', '佳琪', '思琪', '诗涵', '晓燕', '雪梅', '婷婷', '丹丹', '一诺', '梦瑶', '可欣', '静怡', '玉兰', '秀兰', '凤英', '美玲', '晓丽', '慧敏', '佳怡', '雨欣', '淑珍', '丽华', '晓婷', '思彤', '婉婷', '欣妍', '梦琪', '晶晶', '媛媛', '红梅', '桂兰', '岚岚'];
PY['珍'] = 'zhen';
for (const g of [...GM1, ...GF1, ...GN1, ...GM2, ...GF2, ...SURN, ...COMPOUND]) for (const c of (COMPOUND.includes(g) ? [g] : [...g])) if (!PY[c]) throw new Error('no pinyin for ' + c);
const UY = [['买买提·艾力', 0], ['艾尔肯·热合曼', 0], ['努尔艾力·司马义', 0], ['阿卜杜拉·吐尔逊', 0], ['艾合买提·依明', 0], ['阿依古丽·吐尔逊', 1], ['古丽娜尔·阿不都', 1], ['迪丽努尔·克力木', 1], ['热依拉·托合提', 1], ['帕提古丽·玉苏甫', 1]];
const TB = [['扎西顿珠', 0], ['达瓦次仁', 0], ['次仁卓玛', 1], ['索朗旺姆', 1], ['格桑德吉', 1]];

const REGIONS = [
  ['110105', '北京市', '朝阳区'], ['110108', '北京市', '海淀区'], ['110102', '北京市', '西城区'], ['120104', '天津市', '南开区'],
  ['130102', '河北省石家庄市', '长安区'], ['140105', '山西省太原市', '小店区'], ['150102', '内蒙古自治区呼和浩特市', '新城区'],
  ['210106', '辽宁省沈阳市', '铁西区'], ['210202', '辽宁省大连市', '中山区'], ['220102', '吉林省长春市', '南关区'], ['230103', '黑龙江省哈尔滨市', '南岗区'],
  ['310104', '上海市', '徐汇区'], ['310107', '上海市', '普陀区'], ['320102', '江苏省南京市', '玄武区'], ['320321', '江苏省徐州市', '丰县'],
  ['320503', '江苏省苏州市', '沧浪区'], ['330102', '浙江省杭州市', '上城区'], ['330105', '浙江省杭州市', '拱墅区'], ['330106', '浙江省杭州市', '西湖区'],
  ['330203', '浙江省宁波市', '海曙区'], ['350102', '福建省福州市', '鼓楼区'], ['360102', '江西省南昌市', '东湖区'], ['370102', '山东省济南市', '历下区'],
  ['370202', '山东省青岛市', '市南区'], ['410102', '河南省郑州市', '中原区'], ['410105', '河南省郑州市', '金水区'], ['410122', '河南省郑州市', '中牟县'],
  ['410302', '河南省洛阳市', '老城区'], ['420102', '湖北省武汉市', '江岸区'], ['420106', '湖北省武汉市', '武昌区'], ['430121', '湖南省长沙市', '长沙县'],
  ['440104', '广东省广州市', '越秀区'], ['440105', '广东省广州市', '海珠区'], ['510122', '四川省成都市', '双流县'], ['510106', '四川省成都市', '金牛区'],
  ['520102', '贵州省贵阳市', '南明区'], ['530102', '云南省昆明市', '五华区'], ['610103', '陕西省西安市', '碑林区'], ['610113', '陕西省西安市', '雁塔区'],
  ['610112', '陕西省西安市', '未央区'], ['620102', '甘肃省兰州市', '城关区'], ['630102', '青海省西宁市', '城东区'],
];
const XJ = [['650102', '新疆乌鲁木齐市', '天山区'], ['652801', '新疆库尔勒市', ''], ['653101', '新疆喀什市', '']];
const XZ = [['540102', '西藏拉萨市', '城关区']];
const REGBY = Object.fromEntries([...REGIONS, ...XJ, ...XZ].map((r) => [r[0], r]));
const STREETS = ['文三路', '人民路', '建设路', '中山路', '和平路', '学院路', '长江路', '幸福路', '解放路', '新华路', '朝阳路', '光明街', '胜利街', '团结路', '青年路', '工农路'];
const ESTATES = ['阳光花园', '金色家园', '和谐小区', '新城花苑', '翠苑一区', '枫林苑', '滨江公寓', '锦绣华庭', '东方名苑', '职工宿舍'];
function addr(reg) {
  const r = REGBY[reg] || pick(REGIONS);
  const a = `${r[1]}${r[2]}${pick(STREETS)}${ri(1, 399)}号`;
  return chance(0.6) ? a + `${pick(ESTATES)}${ri(1, 30)}幢${ri(1, 6)}单元${ri(1, 28)}0${ri(1, 4)}室` : a;
}

function surname() { return SURN[Math.floor(SURN.length * Math.pow(rand(), 1.9))]; }
function mkName(female) {
  const r = rand();
  if (r < 0.022) { const x = pick(UY.filter((u) => u[1] === (female ? 1 : 0))); return { name: x[0], py: null, reg: pick(XJ)[0] }; }
  if (r < 0.03) { const x = pick(TB.filter((u) => u[1] === (female ? 1 : 0))); return { name: x[0], py: null, reg: XZ[0][0] }; }
  const s = r < 0.055 ? pick(COMPOUND) : surname();
  let g;
  const q = rand();
  if (q < 0.28) g = pick(female ? GF1 : GM1);
  else if (q < 0.62) g = pick(female ? GF2 : GM2);
  else { const a = chance(0.25) ? pick(GN1) : pick(female ? GF1 : GM1); let b = pick(female ? GF1 : GM1); while (b === a) b = pick(female ? GF1 : GM1); g = a + b; }
  return { name: s + g, py: { s: PY[s], g: [...g].map((c) => PY[c]).join(''), gi: [...g].map((c) => PY[c][0]).join(''), si: PY[s][0] } };
}
const MOBP = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157', '158', '159', '166', '173', '175', '176', '177', '178', '180', '181', '182', '183', '185', '186', '187', '188', '189', '191', '198', '199', '135', '138', '139', '159', '188', '133', '147', '145', '172', '195', '162', '190', '193', '196', '197', '192', '171', '165', '167', '170'];
const MOB_OLD = ['130', '131', '132', '133', '135', '136', '137', '138', '139'];
const usedMob = new Set();
function mkMobile(old = false) {
  for (;;) { const m = pick(old ? MOB_OLD : MOBP) + digits(8); if (!usedMob.has(m)) { usedMob.add(m); return m; } }
}
function mkQQ() { const L = ri(6, 10); return (L === 10 ? String(ri(2, 3)) : String(ri(1, 9))) + digits(L - 1); }
const BINS = [['622848', 19, '中国农业银行'], ['622202', 19, '中国工商银行'], ['621226', 19, '中国工商银行'], ['621700', 19, '中国建设银行'], ['622700', 19, '中国建设银行'],
  ['621661', 19, '中国银行'], ['621483', 16, '招商银行'], ['622588', 16, '招商银行'], ['622262', 19, '交通银行'], ['621799', 19, '中国邮政储蓄银行'],
  ['621098', 19, '中国邮政储蓄银行'], ['622908', 18, '兴业银行'], ['623058', 19, '平安银行'], ['622848', 19, '中国农业银行'], ['621700', 19, '中国建设银行'], ['622202', 19, '中国工商银行']];
function mkCard() { const [bin, len, bank] = pick(BINS); const body = bin + digits(len - 1 - bin.length); return { no: body + luhnDigit(body), bank }; }
let usedIds = new Set();
function mkPerson(o = {}) {
  const female = o.female ?? chance(o.pf ?? 0.43);
  const nm = mkName(female);
  const by = ri(o.y1 ?? 1976, o.y2 ?? 2005);
  const bm = ri(1, 12), bd = ri(1, dim(by, bm));
  const reg = nm.reg || o.region || pick(o.regions || REGIONS)[0];
  let id, id15 = null;
  for (;;) {
    const seq = pad(ri(0, 99)) + String(female ? pick([0, 2, 4, 6, 8]) : pick([1, 3, 5, 7, 9]));
    const body = reg + by + pad(bm) + pad(bd) + seq;
    id = body + idCheck(body);
    id15 = by < 2000 ? reg + String(by).slice(2) + pad(bm) + pad(bd) + seq : null;
    if (!usedIds.has(id)) { usedIds.add(id); break; }
  }
  const p = { name: nm.name, py: nm.py, female, by, bm, bd, region: reg, id, id15, mobile: mkMobile(o.old) };
  return p;
}
const EMD = ['163.com', '163.com', '126.com', 'qq.com', 'sina.com', 'foxmail.com', 'outlook.com', '139.com', 'yeah.net', 'aliyun.com', 'sohu.com', 'gmail.com'];
function emailOf(p) {
  if (p.email) return p.email;
  let e;
  const r = rand();
  if (!p.py || r < 0.34) e = `${mkQQ()}@${chance(0.85) ? 'qq.com' : 'foxmail.com'}`;
  else if (r < 0.40) e = `${p.mobile}@139.com`;
  else {
    const { s, g, gi, si } = p.py, yy = String(p.by).slice(2), dom = pick(EMD.filter((x) => x !== '139.com' && x !== 'qq.com'));
    e = pick([`${s}${g}${yy}@${dom}`, `${s}${gi}${pad(p.bm)}${pad(p.bd)}@${dom}`, `${s}_${g}@${dom}`, `${si}${gi}${ri(100, 999)}@${dom}`, `${s}${g}${p.by}@${dom}`, `${g}.${s}@${dom}`, `${s}${g}@${dom}`]);
  }
  p.email = e; return e;
}
function cardOf(p) { if (!p.card) p.card = mkCard(); return p.card; }

// ───────────────────────── domain numbers ─────────────────────────
const VT = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 };
const VW = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
function mkVin() {
  const AL = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
  const wmi = pick(['LSV', 'LFV', 'LVG', 'LGB', 'LZW', 'LSG', 'LFP']);
  let vds = ''; for (let i = 0; i < 5; i++) vds += AL[ri(0, AL.length - 1)];
  const v = wmi + vds + '0' + pick([...'JKLMNPR']) + pick([...'ABCDGHJ']) + digits(6);
  let s = 0; for (let i = 0; i < 17; i++) { const c = v[i]; s += (/\d/.test(c) ? +c : VT[c]) * VW[i]; }
  const ck = s % 11 === 10 ? 'X' : String(s % 11);
  return v.slice(0, 8) + ck + v.slice(9);
}
const mkEngine = () => pick(['CSS', 'DLF', 'EA2', 'CFB', '8ZR', 'HR1', 'DJS', 'L2B']) + safeNum(String(ri(1, 9)), 6);
function mkImei() { const b = '86' + digits(12); return b + luhnDigit(b); }
function mkIccid() { const b = '898604' + digits(13); return b + luhnDigit(b); }
function mkMaskMob(m) { return m.slice(0, 3) + '****' + m.slice(7); }
function mkMaskId(id, st = 0) { return st ? id.slice(0, 4) + '**********' + id.slice(14) : id.slice(0, 6) + '********' + id.slice(14); }
function badCheck(id) { const ok = id[17]; let c; do c = pick([...'0123456789X']); while (c === ok || luhnOK(id.slice(0, 17) + c)); return id.slice(0, 17) + c; }
function badDate(p) { for (;;) { const s = badDate1(p); if (!luhnOK(s)) return s; } }
function badDate1(p) {
  const dates = [['0230'], ['0231'], ['1332'], ['0431'], ['0000'], ['0229']];
  let y = p.by, md = pick(dates)[0];
  if (md === '0229') while ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) y++;
  const b = p.region + y + md + pad(ri(0, 999), 3); return b + idCheck(b);
}
function badRegion(p) { for (;;) { const s = badRegion1(p); if (!luhnOK(s)) return s; } }
function badRegion1(p) { const b = pick(['00', '99', '20', '96', '58']) + digits(4) + p.by + pad(p.bm) + pad(p.bd) + pad(ri(0, 999), 3); return b + idCheck(b); }
function badMobile() { return pick(['140', '141', '143', '146', '149', '154', '194', '104', '120']) + digits(8); }
function mkPassport() { return chance(0.75) ? 'E' + pick([...'ABCDEFGHJKLMNPQRSTUVWXYZ']) + digits(7) : 'E' + digits(8); }

// ───────────────────────── schools ─────────────────────────
function mkTel(area, first = '8') {
  const sub = first + digits(7);
  return { area, sub, v: area + sub };
}
function fmtTel(t, st = pick(['d', 'd', 'd', 'p', 's', 'b'])) {
  switch (st) {
    case 'p': return t.v;
    case 's': return `${t.area} ${t.sub.slice(0, 4)} ${t.sub.slice(4)}`;
    case 'b': return `(${t.area})${t.sub}`;
    case 'bf': return `（${t.area}）${t.sub}`;
    default: return `${t.area}-${t.sub}`;
  }
}
function mkUscc(region) {
  let body;
  if (chance(0.65)) { body = 'MA'; for (let i = 0; i < 6; i++) body += pick([...'0123456789ABCDEFGHJKLMNPQRTUWXY']); }
  else body = String(ri(1, 7)) + digits(7);
  const s17 = '91' + region + body + orgCheck(body);
  return s17 + usccCheck(s17);
}
const SCH = [
  { full: '杭州通达机动车驾驶员培训有限公司', short: '通达驾校', city: '杭州', lat: 30.25, lon: 120.1, region: '330106', area: '0571', tf: '8', plate: '浙A', mail: 'tdjx',
    branches: ['东方分校', '古墩路报名点', '丁桥分校', '高新分校', '钱江分校'], sites: ['丁桥考场', '石桥考场', '白马湖考场'], s1: '杭州市车管所科目一考场',
    roads: ['古墩路', '莫干山路', '石祥路', '文一西路', '黄姑山路'], bankBranch: '杭州西湖支行' },
  { full: '郑州金盾驾驶员培训学校有限公司', short: '金盾驾校', city: '郑州', lat: 34.74, lon: 113.62, region: '410105', area: '0371', tf: '6', plate: '豫A', mail: 'jdjx',
    branches: ['金水分校', '中牟训练场', '高新分校', '二七报名点', '惠济分校'], sites: ['须水考场', '马寨考场', '中牟考场'], s1: '郑州市车管所理论考场',
    roads: ['花园路', '金水路', '陇海路', '秦岭路'], bankBranch: '郑州金水支行' },
  { full: '西安长安机动车驾驶员培训有限公司', short: '长安驾校', city: '西安', lat: 34.2, lon: 108.9, region: '610113', area: '029', tf: '8', plate: '陕A', mail: 'cajx',
    branches: ['雁塔分校', '曲江报名点', '未央分校', '韦曲分校'], sites: ['草滩考场', '杜陵考场', '韦曲考场'], s1: '西安车管所科目一考场',
    roads: ['长安南路', '太白路', '朱雀大街', '雷家坡路'], bankBranch: '西安雁塔支行' },
  { full: '北京顺通机动车驾驶员培训学校有限公司', short: '顺通驾校', city: '北京', lat: 39.9, lon: 116.45, region: '110105', area: '010', tf: '6', plate: '京B', mail: 'shuntong',
    branches: ['东坝分校', '常营报名点', '马驹桥训练场', '望京报名点'], sites: ['马驹桥考场', '小汤山考场', '金港考场'], s1: '北京市车管所理论考场',
    roads: ['京承高速辅路', '东坝中路', '姚家园路'], bankBranch: '北京朝阳支行' },
  { full: '苏州恒安驾驶员培训有限公司', short: '恒安驾校', city: '苏州', lat: 31.25, lon: 120.55, region: '320506', area: '0512', tf: '6', plate: '苏E', mail: 'hajx',
    branches: ['吴中分校', '木渎分校', '园区报名点', '胥口训练场'], sites: ['胥口考场', '车坊考场', '黄桥考场'], s1: '苏州车管所科目一考场',
    roads: ['宝带西路', '金山路', '石湖西路'], bankBranch: '苏州吴中支行' },
  { full: '广州粤安驾驶员培训有限公司', short: '粤安驾校', city: '广州', lat: 23.15, lon: 113.35, region: '440106', area: '020', tf: '8', plate: '粤A', mail: 'yajx',
    branches: ['天河分校', '白云分校', '番禺报名点', '龙洞训练场'], sites: ['龙洞考场', '石井考场', '化龙考场'], s1: '广州车管所科目一考场',
    roads: ['华南快速辅路', '龙洞北路', '石井大道'], bankBranch: '广州天河支行' },
  { full: '成都蓉城驾驶员培训有限公司', short: '蓉城驾校', city: '成都', lat: 30.6, lon: 104.02, region: '510107', area: '028', tf: '8', plate: '川A', mail: 'rcjx',
    branches: ['武侯分校', '双流分校', '温江报名点', '龙泉分校'], sites: ['龙泉考场', '双流考场', '石羊考场'], s1: '成都车管所科目一考场',
    roads: ['武侯大道', '石羊场路', '龙泉驿大道'], bankBranch: '成都武侯支行' },
];
for (const S of SCH) {
  const loc = REGIONS.filter((r) => r[0].slice(0, 4) === S.region.slice(0, 4));
  S.local = loc.length ? loc : REGIONS;
  S.coaches = Array.from({ length: 14 }, () => mkPerson({ pf: 0.15, y1: 1966, y2: 1992, regions: chance(0.6) ? S.local : REGIONS }));
  S.coaches.forEach((c) => { c.cno = safeNum(S.region.slice(0, 4) + '0000', 16); c.cert = safeNum(S.region.slice(0, 2) + String(ri(2012, 2022)), 12); });
  S.agents = Array.from({ length: 6 }, () => mkPerson({ pf: 0.65, y1: 1982, y2: 2000 }));
  S.staff = Array.from({ length: 6 }, () => mkPerson({ pf: 0.55, y1: 1972, y2: 1996 }));
  S.head = mkPerson({ pf: 0.2, y1: 1965, y2: 1980 });
  S.cars = Array.from({ length: 12 }, () => ({ plate: S.plate + pad(ri(0, 9999), 4) + '学', vin: mkVin(), engine: mkEngine(),
    term: 'ZDT' + S.region.slice(0, 4) + pick([...'ABC']) + pad(ri(1, 9999), 4), imei: mkImei(), iccid: mkIccid(), sim: '1440' + digits(9),
    no: pad(ri(1, 80), 3) + '号', model: pick(['桑塔纳', '捷达', '雷凌', '朗逸', '宝来', '卡罗拉', '秦PLUS', '宋PLUS']) }));
  S.uscc = mkUscc(S.region);
  S.tel = mkTel(S.area, S.tf);
  S.tel2 = mkTel(S.area, S.tf);
  S.hot = `400-${ri(600, 899)}-${pad(ri(0, 9999), 4)}`;
  S.insNo = safeNum(S.region.slice(0, 4) + '0001', 16);
  S.acct = safeNum(String(ri(3, 4)) + digits(3), pick([20, 21, 22]));
}
// words that sit where a name could be
const SURNLIKE = new Set([...SURN, '东', '欧', '胥', '车', '温', '龙', '杜', '韦', '马', '曲', '须', '化', '常', '望', '古', '惠', '木']);
const surnLike = (w) => SURNLIKE.has([...w][0]);
const CLASSES = ['普通班', '普通班', '周末班', '金牌班', 'VIP班', '速成班', '晚间班', '包过班'];
const PAYWAY = ['微信', '支付宝', '现金', 'POS刷卡', '分期', '微信', '支付宝'];
const VTYPE = ['C1', 'C1', 'C1', 'C2', 'C2', 'C1', 'C1', 'D', 'C1', 'A2', 'B2', 'C5'];
const FEE = { C1: [3680, 3980, 4280, 4580, 4980, 5280], C2: [3880, 4180, 4580, 4880, 5380], D: [1800, 2200], A2: [9800, 12800], B2: [8800, 10800], C5: [4680] };
const fee = (t) => pick(FEE[t] || FEE.C1);
const SUBJ = ['科目一', '科目二', '科目三', '科目四'];
function idValidity(p, now) {
  const age = now.y - p.by;
  const span = age < 16 ? 5 : age < 26 ? 10 : age < 46 ? 20 : 0;
  const y0 = now.y - ri(0, span ? Math.min(span - 1, 9) : 9);
  const a = { y: y0, m: ri(1, 12), d: ri(1, 28) };
  return `${fd(a, '.')}-${span ? fd({ y: a.y + span, m: a.m, d: a.d }, '.') : '长期'}`;
}
function maskName(n) { const c = [...n]; if (n.includes('·')) return c[0] + '*'.repeat(3); return c.length === 2 ? c[0] + '*' : c[0] + '*'.repeat(c.length - 2) + c[c.length - 1]; }

// ───────────────────────── Doc ─────────────────────────
class Doc {
  constructor(kind) { this.kind = kind; this.E = new Map(); this.D = new Map(); this.Y = new Map(); this.S = pick(SCH); }
  ent(det, v) { this.E.set(det + '\u0001' + v, { detector: det, value: v }); }
  dc(det, v) { this.D.set(det + '\u0001' + v, { detector: det, value: v }); }
  // labelled writers — return the text as written
  N(name) { this.ent('person_name_zh', name.replace(/\s|\u3000/g, '')); return name; }
  Nx(name) { this.dc('person_name_zh', name.replace(/\s|\u3000/g, '')); return name; } // prose / arguable
  nick(t, sur) { this.dc('person_name_zh', t); if (sur) this.dc('person_name_zh', sur); return t; }
  M(m, st = 'p') { this.ent('cn_mobile', m); return fmtMob(m, st); }
  I(id, st = 'p') { this.ent('cn_resident_id', id); return fmtId(id, st); }
  I15(p) { this.ent('cn_resident_id', upgrade15(p.id15)); return p.id15; }
  C(c, st = 'p') { this.ent('bank_card', c); return fmtCard(c, st); }
  EM(e, st = 'p') {
    const v = e.toLowerCase(); this.ent('email', v);
    const m = v.match(/^(1\d{10})@(139\.com|189\.cn|wo\.cn)$/); if (m) this.ent('cn_mobile', m[1]);
    if (st === 'up') return e.replace(/^[a-z]/, (c) => c.toUpperCase());
    if (st === 'fw') return e.replace('@', '＠');
    return e;
  }
  T(t, st) { this.ent('cn_landline', t.v); return fmtTel(t, st); }
  U(u) { this.ent('cn_uscc', u); return u; }
  PP(pp) { this.ent('cn_passport', pp); return pp; }
  X(kind, text) { text = String(text); this.Y.set(kind + '\u0001' + text, { kind, text }); return text; }
  // name-like word decoy only if it starts with a surname-like char
  W(kind, text) { if (surnLike(text)) this.X(kind, text); return text; }
}

// OCR helpers: careful reader still reads the value → entity; a letter swapped in → dontCare
function ocrLabel(s) {
  if (chance(0.3)) s = s.replace(/：/g, pick([':', ' :', '：', ' ', '.']));
  if (chance(0.25) && [...s].length === 2) s = [...s].join(' ');
  return s.replace('性别', chance(0.2) ? '胜别' : '性别').replace('号码', chance(0.15) ? '号玛' : '号码');
}
function ocrDigits(d, det, v, txt) {
  // returns text; labels entity or dontCare
  const r = rand();
  if (r < 0.12) { // O/0, l/1 substitution → broken
    const t = txt.replace(/0/, 'O').replace(/1(?=\d{3})/, 'l');
    if (t !== txt) { d.dc(det, v); return t; }
  }
  if (r < 0.3) { d.ent(det, v); return txt.replace(/(\d{4})(?=\d)/, '$1 '); }
  d.ent(det, v); return txt;
}

// ───────────────────────── generators ─────────────────────────
function student(S, o = {}) { return mkPerson({ regions: chance(0.62) ? S.local : REGIONS, y1: 1972, y2: 2006, ...o }); }
const amount = (n) => (chance(0.5) ? `${n}` : `${n}.00`);
const NOTES = ['', '', '', '', '', '余款考前交清', '已交定金500', '学生证优惠200', '老学员介绍', '要求女教练', '本地户籍', '外地户口需居住证', '付清', '转周末班', '分期', '退学', '老带新减300', '体检已做', '照片未交'];

function gEnrolCsv() {
  const d = new Doc('enrol-csv'), S = d.S, L = [];
  const lay = pick(['A', 'A', 'B', 'B', 'C']);
  const n = ri(5, 12), base = rdate(2024, 2024);
  if (lay === 'A') {
    L.push('序号,学员编号,姓名,性别,证件号码,手机号码,申请车型,报名点,班型,教练员,报名日期,应收,实收,欠费,收据号,备注');
    for (let i = 1; i <= n; i++) {
      const p = student(S), t = pick(VTYPE), f = fee(t), paid = chance(0.7) ? f : pick([500, 1000, 2000, 3000]);
      let note = pick(NOTES), idt, mt;
      const r = rand();
      if (r < 0.08) { idt = d.X('bad_check_id', badCheck(p.id)); note = '身份证号待核'; }
      else if (r < 0.10) { idt = d.X('bad_region_id', badRegion(p)); note = '身份证号待核'; }
      else if (r < 0.12) { idt = d.X('excel_sci', (+p.id.slice(0, 6) / 100000).toFixed(5) + 'E+17'); note = '导出格式错误'; }
      else idt = (chance(0.15) ? "'" : chance(0.1) ? '\t' : '') + d.I(p.id, idSt('table'));
      if (r > 0.95) { mt = d.X('unallocated_mobile', badMobile()); note = '电话打不通'; } else mt = d.M(p.mobile, mobSt('table'));
      const coach = chance(0.15) ? d.X('role_word', '待分配') : d.N(pick(S.coaches).name);
      const br = d.W('branch', pick(S.branches)), cls = d.W('class_name', pick(CLASSES));
      if (note === '余款考前交清' || note === '付清') d.X('word', note);
      L.push([i, d.X('student_no', safeNum(S.region.slice(0, 4) + '2024', 16)), d.N(p.name), p.female ? '女' : '男', idt, mt, t, br, cls, coach,
        d.X('date', fd(addDays(base, ri(-40, 0)), pick(['-', '/']))), d.X('amount', f), paid, f - paid, d.X('receipt_no', pad(ri(1, 9999999), 7)), note].join(','));
    }
  } else if (lay === 'B') {
    L.push('流水号,学员姓名,身份证号,联系电话,车型,报名时间,招生员,学费(元),缴费方式,邮箱,状态');
    for (let i = 1; i <= n; i++) {
      const p = student(S), t = pick(VTYPE), dt = addDays(base, ri(-30, 0));
      const ag = chance(0.8) ? d.N(pick(S.agents).name) : d.X('role_word', pick(['自然到店', '网络报名', '老学员介绍', '前台']));
      const em = chance(0.5) ? d.EM(emailOf(p), chance(0.1) ? 'up' : 'p') : '';
      const typo = chance(0.07);
      L.push([d.X('serial_no', safeNum(fd(dt, 'n'), 18)), d.N(p.name), typo ? d.X(chance(0.5) ? 'bad_check_id' : 'bad_date_id', chance(0.5) ? badCheck(p.id) : badDate(p)) : d.I(p.id, idSt('table')), typo && chance(0.3) ? d.X('short_mobile', p.mobile.slice(0, 10)) : d.M(p.mobile, mobSt('table')), t,
        d.X('datetime', `${fd(dt)} ${rtime(8, 19)}`), ag, d.X('amount', amount(fee(t))), pick(PAYWAY), em, typo ? '待审核' : pick(['已受理', '已受理', '已备案', '待审核', '已缴费', '退学'])].join(','));
    }
  } else {
    L.push(['姓名', '身份证号', '手机', 'QQ/邮箱', '车型', '教练', '已交', '收款单号', '备注'].join('\t'));
    for (let i = 1; i <= n; i++) {
      const p = student(S), t = pick(VTYPE);
      let em = '';
      if (chance(0.65)) em = d.EM(emailOf(p));
      else if (chance(0.4)) em = d.X('qq', mkQQ());
      const note = pick(NOTES); if (note === '余款考前交清' || note === '付清') d.X('word', note);
      L.push([d.N(p.name), d.I(p.id, idSt('table')), d.M(p.mobile, mobSt('table')), em, t, chance(0.2) ? '' : d.N(pick(S.coaches).name),
        pick([500, 1000, 2000, fee(t)]), d.X('order_no', safeNum(fd(addDays(base, -ri(0, 20)), 'n'), pick([18, 20, 22]))), note].join('\t'));
    }
  }
  return { d, text: L.join(chance(0.5) ? '\r\n' : '\n') + '\n' };
}

function gEnrolForm() {
  const d = new Doc('enrol-form'), S = d.S, p = student(S), t = pick(VTYPE), dt = rdate(2024, 2024);
  const ocr = chance(0.4), lab = ocr ? ocrLabel : (s) => s;
  const em = chance(0.75);
  const rel = mkPerson({ pf: 0.5, y1: 1955, y2: 1980 });
  const ag = pick(S.agents);
  const L = [];
  L.push(`${S.full}`, `学 员 报 名 登 记 表`, '');
  L.push(`${lab('报名点：')}${d.W('branch', pick(S.branches))}        ${lab('编号：')}${d.X('form_no', 'BM' + fd(dt, 'n') + pad(ri(1, 999), 4))}`);
  L.push(`${lab('学员姓名：')}${ocr && chance(0.5) ? sp2(p.name, ' ') : p.name}    ${lab('性别：')}${p.female ? '女' : '男'}    ${lab('民族：')}${p.region.startsWith('65') ? '维吾尔族' : p.region.startsWith('54') ? '藏族' : '汉'}`);
  d.N(p.name);
  L.push(`${lab('出生日期：')}${p.by}年${pad(p.bm)}月${pad(p.bd)}日`);
  L.push(`${lab('身份证号码：')}${ocr ? ocrDigits(d, 'cn_resident_id', p.id, p.id) : d.I(p.id, idSt())}`);
  if (chance(0.7)) L.push(`${lab('证件有效期：')}${d.X('date_range', idValidity(p, dt))}`);
  L.push(`${lab('户籍地址：')}${addr(p.region)}`);
  if (chance(0.5)) L.push(`${lab('现住址：')}${addr(pick(S.local)[0])}`);
  L.push(`${lab('手机号码：')}${ocr ? ocrDigits(d, 'cn_mobile', p.mobile, p.mobile) : d.M(p.mobile, mobSt())}    ${lab('备用电话：')}${chance(0.3) ? d.M(mkMobile(), 'p') : ''}`);
  L.push(`${lab('电子邮箱（选填）：')}${em ? d.EM(emailOf(p), pick(['p', 'p', 'up'])) : ''}`);
  L.push(`${lab('申请车型：')}${['C1', 'C2', 'D', 'E'].map((x) => (x === t ? '☑' : '□') + x).join('  ')}${t.length === 2 && !['C1', 'C2'].includes(t) ? '  ☑' + t : ''}`);
  L.push(`${lab('是否持有驾驶证：')}${t === 'D' || t === 'A2' || t === 'B2' ? '是  原驾驶证档案编号：' + d.X('archive_no', safeNum(pick(S.local)[0].slice(0, 4) + '00', 12)) : '否'}`);
  L.push(`${lab('紧急联系人：')}${d.N(rel.name)}（${pick(['父亲', '母亲', '配偶', '哥哥', '姐姐'])}）  ${lab('电话：')}${d.M(rel.mobile, mobSt())}`);
  const pw = ri(0, 3);
  L.push(`${lab('班型：')}${d.W('class_name', pick(CLASSES))}    ${lab('学费：')}${d.X('amount', fee(t) + '元')}    ${lab('缴费方式：')}${['微信', '支付宝', '现金', '分期'].map((x, i) => (i === pw ? '☑' : '□') + x).join(' ')}`);
  L.push(`${lab('招生员：')}${d.N(ag.name)}    工号：${d.X('staff_no', 'ZS' + pad(ri(1, 60), 3))}`);
  L.push('', '本人承诺以上所填信息真实有效，并已阅读《学员须知》及《培训合同》。');
  L.push(`${lab('学员签名：')}${p.name}            ${lab('日期：')}${d.X('date', fd(dt, 'cn'))}`);
  if (chance(0.6)) L.push(`（以下由驾校填写）系统学员编号：${d.X('student_no', safeNum(S.region.slice(0, 4) + dt.y, 16))}  收款单号：${d.X('order_no', safeNum(fd(dt, 'n'), 18))}`);
  if (chance(0.4)) L.push(`经办人：${d.N(pick(S.staff).name)}  复核：${chance(0.5) ? d.N(pick(S.staff).name) : ''}`);
  return { d, text: L.join('\n') };
}

function gExamList() {
  const d = new Doc('exam-list'), S = d.S, L = [];
  const subj = pick([1, 2, 2, 3, 3, 4]), site = subj === 1 || subj === 4 ? S.s1 : pick(S.sites);
  const siteCode = d.X('site_code', S.region.slice(0, 4) + pad(ri(1, 30), 3));
  const dt = rdate(2024, 2025), masked = chance(0.3), n = ri(4, 12), tk = chance(0.5);
  const score = chance(0.45);
  const sep = pick(['|', '\t', ',']);
  if (subj !== 1 && subj !== 4) d.X('exam_site', site);
  L.push(chance(0.5) ? '考试预约信息查询结果' : `${S.short} ${SUBJ[subj - 1]}${score ? '考试成绩' : '预约名单'}（${fd(dt)}）`);
  L.push(`考试科目：${SUBJ[subj - 1]}   考场：${site}（考场编号：${siteCode}）   考试日期：${fd(dt)}`);
  const hdr = ['序号', '流水号', '姓名', '身份证明号码', '准驾车型', '场次'];
  if (tk) hdr.splice(2, 0, '准考证明编号');
  if (!masked && chance(0.5)) hdr.push('联系电话');
  if (score) hdr.push('成绩', '结果'); else hdr.push('预约状态');
  hdr.push(chance(0.5) ? '所属驾校' : '教练');
  L.push(hdr.join(sep));
  for (let i = 1; i <= n; i++) {
    const p = student(S);
    const row = [i, d.X('serial_no', safeNum(String(dt.y).slice(2) + pad(dt.m) + pad(ri(1, 28)), 16))];
    if (tk) row.push(d.X('exam_ticket', safeNum(S.region.slice(0, 4) + String(dt.y).slice(2), 13)));
    row.push(masked && chance(0.6) ? d.X('masked_name', maskName(p.name)) : d.N(p.name));
    if (masked) row.push(d.X('masked_id', mkMaskId(p.id, chance(0.5) ? 1 : 0)));
    else if (chance(0.04)) row.push(d.X('bad_date_id', badDate(p)));
    else row.push(d.I(p.id, 'p'));
    row.push(pick(['C1', 'C1', 'C2']), d.X('slot', pick(['上午', '下午', '第1场', '第2场', '08:00-10:00', '13:30-15:30', '10:00-12:00'])));
    if (hdr.includes('联系电话')) row.push(d.M(p.mobile, 'p'));
    if (score) { const sc = subj === 1 || subj === 4 ? ri(70, 100) : pick([100, 100, 90, 80, 0, 100, 90]); row.push(sc, sc >= 90 ? '合格' : '不合格'); }
    else row.push(pick(['预约成功', '预约成功', '预约成功', '待受理', '已取消']));
    row.push(hdr.includes('所属驾校') ? d.X('school_name', S.short) : d.N(pick(S.coaches).name));
    L.push(row.join(sep));
  }
  L.push('', `导出时间：${fd(dt)} ${rtime()}  操作员：${pick(['admin', '管理员', 'jw01'])}`);
  d.X('role_word', '管理员');
  if (!L[L.length - 1].includes('管理员')) d.Y.delete('role_word\u0001管理员');
  return { d, text: L.join('\n') };
}

function gHoursLog() {
  const d = new Doc('hours-log'), S = d.S, car = pick(S.cars), coach = pick(S.coaches), day = rdate(2024, 2024), L = [];
  const cn = chance(0.45), subj = pick([2, 3]);
  let h = 7, mi = ri(20, 59);
  const ts = (a = 1, b = 25) => { mi += ri(a, b); if (mi >= 60) { h += Math.floor(mi / 60); mi %= 60; } return `${fd(day)} ${pad(h)}:${pad(mi)}:${pad(ri(0, 59))}`; };
  const n = ri(2, 6);
  if (!cn) {
    let t = ts();
    L.push(`[${t}.${pad(ri(0, 999), 3)}] INFO  TermSvc   - 终端上线 sn=${d.X('terminal_sn', car.term)} imei=${d.X('imei', car.imei)} sim=${d.X('term_sim', car.sim)} plate=${d.X('plate', car.plate)} fw=V2.${ri(1, 5)}.${ri(0, 19)}`);
    t = ts();
    L.push(`[${t}.${pad(ri(0, 999), 3)}] INFO  SignSvc   - 教练签到 coachNo=${d.X('coach_no', coach.cno)} coachName=${d.N(coach.name)} idcard=${d.I(coach.id)} face=PASS score=0.${ri(86, 99)}`);
    for (let k = 0; k < n; k++) {
      const p = student(S), sno = d.X('student_no', safeNum(S.region.slice(0, 4) + '2024', 16));
      t = ts(); const ms = epochMs(day, t.slice(11));
      L.push(`[${t}.${pad(ri(0, 999), 3)}] INFO  SignSvc   - 学员签到 stuNo=${sno} stuName=${d.N(p.name)} idcard=${d.I(p.id, chance(0.1) ? 'x' : 'p')}${chance(0.3) ? ' mobile=' + d.M(p.mobile) : ''} subject=${subj} ts=${d.X('ms_timestamp', String(ms))}`);
      if (chance(0.25)) L.push(`[${ts()}.${pad(ri(0, 999), 3)}] WARN  FaceSvc   - 人脸比对失败 stuNo=${sno} score=0.${ri(20, 55)} retry=1`);
      const dur = ri(45, 120); let used = 0;
      for (let q = 0; q < ri(1, 3); q++) { const g = ri(8, 15); used += g; L.push(`[${ts(g, g)}.${pad(ri(0, 999), 3)}] DEBUG GpsSvc    - pos lat=${(S.lat + rand() / 10).toFixed(6)} lon=${(S.lon + rand() / 10).toFixed(6)} spd=${ri(0, 35)}km/h dir=${ri(0, 359)}`); }
      const g2 = ri(5, 10); used += g2;
      L.push(`[${ts(g2, g2)}.${pad(ri(0, 999), 3)}] INFO  PhotoSvc  - 抓拍上传 stuNo=${sno} photoId=${d.X('photo_id', safeNum(String(ri(1, 9)), 19))} ok`);
      const rest = Math.max(1, dur - used);
      L.push(`[${ts(rest, rest)}.${pad(ri(0, 999), 3)}] INFO  SignSvc   - 学员签退 stuNo=${sno} 有效学时=${dur - ri(0, 3)}min 里程=${(rand() * 20).toFixed(1)}km recNo=${d.X('record_no', safeNum(fd(day, 'n'), 20))}`);
    }
    if (chance(0.4)) L.push(`[${ts()}.${pad(ri(0, 999), 3)}] ERROR UploadSvc - 学时上传失败 code=5003 msg=平台响应超时 retry=3`);
    L.push(`[${ts()}.${pad(ri(0, 999), 3)}] INFO  SignSvc   - 教练签退 coachNo=${coach.cno}`);
  } else {
    L.push(`计时终端 ${d.X('terminal_sn', car.term)}  车辆：${d.X('plate', car.plate)}  IMEI:${d.X('imei', car.imei)}`);
    L.push(`${ts()} 【教练签到】${d.N(coach.name)} 证件号:${d.I(coach.id)} 结果:成功`);
    for (let k = 0; k < n; k++) {
      const p = student(S), sno = d.X('student_no', safeNum(S.region.slice(0, 4) + '2024', 16));
      L.push(`${ts()} 【学员签到】${d.N(p.name)}(${sno}) 身份证:${d.I(p.id)} 科目:第${subj === 2 ? '二' : '三'}部分 ${chance(0.3) ? '手机:' + d.M(p.mobile) + ' ' : ''}结果:成功`);
      const dur = ri(45, 120);
      if (chance(0.3)) L.push(`${ts(10, 20)} 【抓拍】${p.name} 比对不通过(相似度${ri(30, 60)}%) 已提示重新验证`);
      L.push(`${ts(dur - 20, dur - 5)} 【学员签退】${p.name} 本次学时${dur}分钟 里程${(rand() * 20).toFixed(1)}公里 ${chance(0.5) ? '安全员:无' : ''}`);
    }
    L.push(`${ts()} 【教练签退】${coach.name}`);
  }
  return { d, text: L.join('\n') };
}

function gCoachSched() {
  const d = new Doc('coach-sched'), S = d.S, L = [], br = d.X('branch', pick(S.branches)), wk = ri(2, 50), st = addDays({ y: 2024, m: 1, d: 1 }, (wk - 1) * 7);
  L.push(`${S.short}${br}  科目${pick(['二', '三'])}教练排班表   ${st.y}年第${wk}周（${fd(st, 'md')}-${fd(addDays(st, 6), 'md')}）`);
  L.push('');
  L.push(padR('教练员', 10) + padR('手机号', 15) + padR('教练车', 12) + padR('车号', 6) + padR('终端编号', 16) + padR('车型', 6) + ['周一', '周二', '周三', '周四', '周五', '周六', '周日'].map((x) => padR(x, 7)).join(''));
  d.X('word', '周一'); d.X('word', '周日');
  const cs = sample(S.coaches, ri(4, 9));
  const cars = sample(S.cars, cs.length);
  for (const c of cs) {
    const car = cars.shift(); d.X('plate', car.plate);
    const nm = d.N(c.name);
    L.push(padR(chance(0.5) ? sp2(nm) : nm, 10) + padR(d.M(c.mobile, 'p'), 15) + padR(car.plate, 12) + padR(d.X('car_no', car.no), 6) + padR(d.X('terminal_sn', car.term), 16) + padR(pick(['C1', 'C2', 'C1/C2']), 6) +
      Array.from({ length: 7 }, () => padR(pick(['全天', '上午', '下午', '休', '全天', '晚班', '考场']), 7)).join(''));
  }
  L.push('');
  L.push('学员分配：');
  for (const c of sample(cs, ri(2, 4))) {
    const ss = Array.from({ length: ri(2, 4) }, () => student(S));
    L.push(`  ${c.name}组：${ss.map((s) => d.N(s.name)).join('、')}`);
  }
  L.push('');
  const duty = pick(S.staff);
  L.push(`值班：${d.N(duty.name)} ${d.M(duty.mobile, 'd')}   车辆调度：${d.N(pick(S.staff).name)}`);
  L.push(`备注：周六周日${d.X('exam_site', pick(S.sites))}模拟场地已订，${d.X('car_brand', pick(['桑塔纳', '雷凌']))}两台走${d.X('road', pick(S.roads))}路线。`);
  return { d, text: L.join('\n') };
}

function gMedical() {
  const d = new Doc('medical'), S = d.S, p = student(S, { y1: 1960, y2: 2006 }), dt = rdate(2024, 2025), doc = mkPerson({ y1: 1965, y2: 1990 });
  const lab = ocrLabel, L = [];
  const t = pick(['C1', 'C1', 'C2', 'A2', 'B2', 'C1']);
  L.push('机动车驾驶人身体条件证明');
  L.push(`${lab('体检编号：')}${d.X('exam_no', 'TJ' + fd(dt, 'n') + pad(ri(1, 9999), 4))}`);
  L.push(`${lab('姓名：')}${chance(0.5) ? sp2(p.name, ' ') : p.name}   ${lab('性别：')}${p.female ? '女' : '男'}   ${lab('出生日期：')}${p.by}年${pad(p.bm)}月${pad(p.bd)}日`);
  d.N(p.name);
  L.push(`${lab('身份证明名称：')}居民身份证   ${lab('号码：')}${ocrDigits(d, 'cn_resident_id', p.id, p.id)}`);
  if (chance(0.5)) L.push(`${lab('有效期限：')}${d.X('date_range', idValidity(p, dt))}`);
  L.push(`${lab('住址：')}${addr(p.region)}`);
  L.push(`${lab('联系电话：')}${ocrDigits(d, 'cn_mobile', p.mobile, p.mobile)}`);
  L.push(`${lab('申请准驾车型：')}${t}   ${lab('档案编号：')}${chance(0.4) ? d.X('archive_no', safeNum(S.region.slice(0, 4) + '00', 12)) : ''}`);
  L.push(`${lab('身高：')}${ri(150, 188)} cm   ${lab('视力：')}左眼 ${pick(['5.0', '4.9', '5.1', '4.8'])}  右眼 ${pick(['5.0', '4.9', '5.1', '4.8'])}  ${pick(['', '（矫正）'])}`);
  const box = () => (chance(0.5) ? '☑' : chance(0.5) ? 'V' : '回');
  L.push(`${lab('辨色力：')}${box()}正常 口红绿色盲   ${lab('听力：')}${box()}正常 口异常`);
  L.push(`${lab('上肢：')}${box()}正常   左下肢 ${box()}正常   右下肢 ${box()}正常   躯干和颈部 ${box()}正常`);
  L.push(`${lab('医疗机构意见：')}${box()}合格 口不合格`);
  L.push(`${lab('体检医生签字：')}${d.N(doc.name)}`);
  const hosp = pick([`${S.city}市${pick(S.local)[2]}${pick(['留下', '文新', '北干', '新街'])}街道社区卫生服务中心`, `${S.city}${pick(['仁和', '康华', '惠民', '瑞康'])}门诊部`, `${S.city}市第${pick(['一', '三', '五'])}人民医院体检中心`]);
  L.push(`${lab('医疗机构名称（盖章）：')}${hosp}`);
  L.push(`${lab('体检日期：')}${d.X('date', fd(dt, 'cn0'))}    有效期：自体检之日起6个月`);
  if (chance(0.6)) L.push(`${lab('医疗机构备案编号：')}${d.X('org_no', safeNum(S.region, 12))}`);
  if (chance(0.3)) L.push(`（本证明经交管${d.X('hotline_short', '12123')}上传，电子证明编号 ${d.X('cert_no', safeNum(String(dt.y) + pad(dt.m), 17))}）`);
  let text = L.join('\n');
  if (chance(0.5)) text = text.replace(/[，。]/g, (c) => (chance(0.3) ? ',' : c)).replace(/证明/g, (c) => (chance(0.3) ? '证眀' : c));
  return { d, text };
}

function gRefund() {
  const d = new Doc('refund'), S = d.S;
  if (chance(0.5)) {
    const p = student(S), dt = rdate(2024, 2024), t = pick(VTYPE), paid = fee(t), spent = pick([0, 150, 300, 450, 800, 1200]);
    const payee = chance(0.25) ? mkPerson({ pf: 0.5, y1: 1960, y2: 1978, region: p.region }) : p;
    const card = cardOf(payee), L = [];
    L.push(`${S.short}学员退费申请表`);
    L.push(`申请日期：${fd(dt, 'cn')}                     编号：${d.X('form_no', 'TF' + fd(dt, 'n') + pad(ri(1, 99)))}`);
    L.push(`学员姓名：${d.N(p.name)}        学员编号：${d.X('student_no', safeNum(S.region.slice(0, 4) + '2023', 16))}`);
    L.push(`身份证号：${d.I(p.id, idSt())}`);
    L.push(`联系电话：${d.M(p.mobile, mobSt())}`);
    L.push(`报名日期：${fd(addDays(dt, -ri(20, 300)), 'cn0')}   报名点：${d.W('branch', pick(S.branches))}   车型：${t}`);
    L.push(`已缴费用：${d.X('amount', paid + '元')}   已发生费用：${spent ? `科目一培训及资料费${spent}元` : '无'}`);
    L.push(`退费原因：${pick(['□个人原因 ☑工作调动 □其他', '☑个人原因 □工作调动 □其他', '□个人原因 □工作调动 ☑其他：学校安排不了练车'])}`);
    L.push(`应退金额：${d.X('amount', (paid - spent) + '.00')}元`);
    L.push(`退款方式：☑银行转账 □原路退回`);
    L.push(`收款户名：${d.N(payee.name)}${payee === p ? '' : `（学员${payee.female ? '母亲' : '父亲'}）`}`);
    L.push(`开户银行：${card.bank}${S.bankBranch}`);
    L.push(`银行卡号：${d.C(card.no, cardSt())}`);
    if (payee !== p) L.push(`收款人身份证：${d.I(payee.id)}`);
    L.push(`学员签字：${p.name}`);
    L.push(`招生员：${d.N(pick(S.agents).name)}    教练：${d.N(pick(S.coaches).name)}`);
    const [s1, s2] = sample(S.staff, 2);
    L.push(`分校负责人意见：同意   签字：${d.N(s1.name)}`);
    L.push(`财务审核：${d.N(s2.name)}   ${d.X('date', fd(addDays(dt, ri(1, 5)), '.'))}`);
    if (chance(0.6)) L.push(`已退款  转账流水号：${d.X('bank_txn', safeNum(fd(addDays(dt, ri(2, 9)), 'n'), pick([16, 19, 20, 22])))}  转账时间：${d.X('datetime', fd(addDays(dt, 3)) + ' ' + rtime(9, 17))}`);
    if (chance(0.5)) {
      const oc = mkCard().no;
      L.push(`备注：原缴费为POS刷卡，卡号${d.X('masked_card', oc.slice(0, 4) + ' **** **** ' + oc.slice(-4))}，参考号${d.X('pos_ref', safeNum(String(ri(1, 9)), 12))}，商户号${d.X('merchant_no', safeNum('898' + S.region.slice(0, 4), 15))}`);
    }
    return { d, text: L.join('\n') };
  }
  const n = ri(4, 11), dt = rdate(2024, 2024), L = [], sep = chance(0.7) ? ',' : '\t';
  L.push(`${S.short}退费汇总表（${dt.y}年${dt.m}月 第${ri(1, 4)}批）`);
  L.push(['序号', '学员编号', '学员姓名', '身份证号码', '退费金额', '收款人', '开户行', '银行卡号', '联系电话', '经办人', '转账流水号', '备注'].join(sep));
  let tot = 0;
  for (let i = 1; i <= n; i++) {
    const p = student(S), amt = pick([3680, 3980, 2830, 1500, 4280, 500, 2000, 3530]); tot += amt;
    const self = chance(0.8), payee = self ? p : mkPerson({ pf: 0.5, y1: 1960, y2: 1978, region: p.region }), card = cardOf(payee);
    let cardTxt, note = '';
    if (chance(0.05)) { cardTxt = d.X('luhn_fail', (() => { let c = card.no; c = c.slice(0, -1) + String((+c.slice(-1) + ri(1, 9)) % 10); return c; })()); note = '卡号有误退回'; d.dc('bank_card', cardTxt); d.Y.delete('luhn_fail\u0001' + cardTxt); }
    else cardTxt = d.C(card.no, cardSt('table'));
    L.push([i, d.X('student_no', safeNum(S.region.slice(0, 4) + String(dt.y - ri(0, 1)), 16)), d.N(p.name), d.I(p.id, idSt('table')), d.X('amount', amt), self ? p.name : d.N(payee.name), card.bank.replace('中国', ''), cardTxt, d.M(p.mobile, 'p'), d.N(pick(S.staff).name), note ? '' : d.X('bank_txn', safeNum(fd(addDays(dt, ri(1, 20)), 'n'), pick([16, 19, 20]))), note || (self ? '' : '家长代收')].join(sep));
  }
  L.push(['合计', '', '', '', d.X('amount', tot), '', '', '', '', '', '', ''].join(sep));
  L.push(`制表：${d.N(pick(S.staff).name)}  审核：${d.N(S.head.name)}`);
  return { d, text: L.join('\n') };
}

const NICKS = [['小', ''], ['', '姐'], ['老', ''], ['', '哥'], ['', '总']];
function nickOf(p) { const s = [...p.name][0]; if (p.name.includes('·') || !PY[s]) return p.name.split('·')[0]; const [a, b] = pick(NICKS); return a + s + b; }
function gWechat() {
  const d = new Doc('wechat'), S = d.S, L = [];
  const ag = pick(S.agents), staff = pick(S.staff), br = pick(S.branches);
  const nA = nickOf(ag), nB = nickOf(staff);
  d.nick(nA, [...ag.name][0]); d.nick(nB, [...staff.name][0]);
  const sa = `招生-${nA}`, sb = `${br}-${nB}`; d.X('branch', br);
  const dt = rdate(2024, 2024); let sec = ri(8, 18) * 3600 + ri(0, 3000);
  const dsep = pick(['/0', '-']);
  const stamp = () => { sec += ri(5, 540); return [pad(Math.floor(sec / 3600)), pad(Math.floor(sec / 60) % 60), pad(sec % 60)]; };
  const style = pick(['a', 'b']);
  const msg = (who, text) => { const [hh, mm, ss] = stamp(); if (style === 'a') L.push(`${who} ${d.X('datetime', `${fd(dt, dsep)} ${hh}:${mm}`)}`, text, ''); else L.push(`${who}(${hh}:${mm}:${ss}): ${text}`); };
  L.push(style === 'a' ? `与"${S.short}${br}报名对接"的聊天记录` : `———— ${fd(dt, 'cn')} ————`);
  const k = ri(1, 4);
  msg(sa, pick([`${nB}，又来${k === 1 ? '一' : k}个报名的，资料发你`, '在吗，今天几个学员资料', `${nB}在不在，录一下`]));
  const studs = [];
  for (let i = 0; i < k; i++) {
    const p = student(S), t = pick(['C1', 'C2', 'C1', 'C2自动挡', 'C1手动']); studs.push(p);
    const f = pick(['a', 'b', 'c', 'd']);
    if (f === 'a') msg(sa, `姓名：${d.N(p.name)}\n身份证：${d.I(p.id, idSt('chat'))}\n电话：${d.M(p.mobile, mobSt('chat'))}\n车型：${t}\n${pick(['交了2000定金，剩下的下周补', '全款' + fee('C1'), '交了定金500', '分期，资料晚点发'])}`);
    else if (f === 'b') msg(sa, `${d.N(p.name)} ${d.I(p.id, idSt('chat'))} ${d.M(p.mobile, mobSt('chat'))} ${t} ${pick(['全款', '定金1000', '学生价'])}`);
    else if (f === 'c') msg(sa, `${d.N(p.name)}，身份证${d.I(p.id, idSt('chat'))}，手机${d.M(p.mobile, mobSt('chat'))}${chance(0.6) ? '，邮箱' + d.EM(emailOf(p)) : ''}，报${t}`);
    else msg(sa, `${d.N(p.name)}\n${d.I(p.id, idSt('chat'))}\n${d.M(p.mobile, mobSt('chat'))}\n${chance(0.5) ? d.X('qq', 'QQ ' + mkQQ()) + '\n' : ''}${t}`);
  }
  msg(sb, pick(['收到', '收到，照片让他们拍白底的发过来', '好的，下午录', '收到。身份证反面也要']));
  if (chance(0.5)) {
    const p = pick(studs);
    if (chance(0.6)) {
      const bc = chance(0.6), wrong = bc ? badCheck(p.id) : badDate(p);
      msg(sb, `${d.Nx(p.name)}这个身份证号${d.X(bc ? 'bad_check_id' : 'bad_date_id', wrong)}${pick(['系统提示有误', '录不进去', '校验不过'])}，你再问问`);
      msg(sa, `${pick(['问了，', '他打错了，', '不好意思，'])}是${p.id}`);
    } else {
      msg(sb, `${d.Nx(p.name)}这个身份证号${pick(['系统提示有误', '对一下', '录不进去'])}，你再问问`);
      msg(sa, pick(['我问问', '好', '他发的截图就是这个']));
    }
  }
  if (chance(0.45)) {
    const p = student(S), card = cardOf(p);
    msg(sa, `还有个退学的，${d.N(p.name)}，要退${pick([2000, 3000, 3830, 4280])}，卡号${d.C(card.no, cardSt('chat'))} ${card.bank.replace('中国', '').replace('银行', '')} 户名${p.name}，电话${d.M(p.mobile, mobSt('chat'))}`);
    msg(sb, `退费要本人签申请表的，让${d.Nx(p.name)}来一趟${pick(['分校', '总部'])}`);
  }
  if (chance(0.35)) {
    const mm = mkMobile();
    msg(sb, `另外那个${d.X('masked_mobile', mkMaskMob(mm))}的学员是谁招的？科二约上了没`);
    msg(sa, `不是我的，问问${d.nick('小' + pick(['张', '王', '周', '陈']), '')}`);
  }
  if (chance(0.3)) {
    const c = pick(S.coaches);
    msg(sb, `${d.N(c.name)}教练的电话${d.M(c.mobile, mobSt('chat'))}，让学员直接联系他约车`);
  }
  if (chance(0.4)) msg(sa, `[图片]`);
  if (chance(0.55)) {
    const amt = pick([500, 1000, 2000, 3980, 4280]);
    msg(sa, `[转账] ¥${d.X('amount', amt + '.00')} 定金，${pick(['交易单号', '转账单号'])}${d.X('wx_txn', '10' + safeNum('000' + ri(3, 5), 8) + fd(dt, 'n') + digits(8))}`);
    msg(sb, pick(['收到，财务已登记', '已收', '好的']));
  }
  if (chance(0.3)) msg(sb, `明天${d.X('exam_site', pick(S.sites))}有模拟，去的话${pick(['8点', '7点半'])}到${d.X('branch', pick(S.branches))}门口坐车`);
  return { d, text: L.join('\n').replace(/\n{3,}/g, '\n\n') };
}

// an ID broken over two lines: a fragment that reads as a mobile is arguable
function splitFrag(d, id, k) { for (const f of [id.slice(0, k), id.slice(k).replace(/X$/, '')]) if (mobileOK(f)) d.dc('cn_mobile', f); }
function gGradPdf() {
  const d = new Doc('grad-pdf'), S = d.S, L = [], dt = rdate(2024, 2024), n = ri(5, 10), mode = pick(['cells', 'rows', 'rows']);
  const kind = pick(['结业', '合格']);
  L.push(`${S.full}`);
  L.push(kind === '结业' ? `${dt.y}年第${ri(1, 12)}期结业学员花名册` : `${fd(dt, 'cn')} ${pick(['科目三', '科目四'])}考试合格学员名单`);
  L.push(`第 1 页 共 ${ri(1, 3)} 页`);
  const hdr = kind === '结业' ? ['序号', '学员编号', '姓名', '性别', '身份证号', '车型', '结业日期', '结业证号'] : ['序号', '流水号', '姓名', '身份证明号码', '准驾车型', '成绩', '驾驶证档案编号'];
  L.push(hdr.join(mode === 'cells' ? '\n' : ' '));
  for (let i = 1; i <= n; i++) {
    const p = student(S);
    const idt = d.I(p.id, 'p');
    const cells = kind === '结业'
      ? [String(i), d.X('student_no', safeNum(S.region.slice(0, 4) + String(dt.y - ri(0, 1)), 16)), d.N(p.name), p.female ? '女' : '男', idt, pick(['C1', 'C2']), d.X('date', fd(addDays(dt, -ri(0, 3)))), d.X('cert_no', `JY${dt.y}${pad(ri(1, 12))}${pad(ri(1, 999), 4)}`)]
      : [String(i), d.X('serial_no', safeNum(String(dt.y).slice(2) + pad(dt.m), 16)), d.N(p.name), idt, pick(['C1', 'C2']), String(pick([90, 92, 96, 100, 94])), d.X('archive_no', safeNum(S.region.slice(0, 4) + pick(['00', '01']), 12))];
    if (mode === 'cells') {
      for (const c of cells) {
        if (c === idt && chance(0.35)) { const k = ri(8, 14); L.push(c.slice(0, k), c.slice(k)); splitFrag(d, c, k); } else L.push(c);
      }
    } else {
      let line = cells.join(' ');
      if (chance(0.3)) { const o = ri(6, 14), k = line.indexOf(idt) + o; line = line.slice(0, k) + '\n' + line.slice(k); splitFrag(d, idt, o); }
      L.push(line);
    }
  }
  L.push('', `制表人：${d.N(pick(S.staff).name)}    审核：${d.N(S.head.name)}    ${fd(dt, 'cn')}`);
  L.push(`${S.short}（盖章）`);
  return { d, text: L.join('\n') };
}

function smsBody(d, S, p, nameCtx) {
  const dt = rdate(2024, 2025), c = pick(S.coaches);
  const nm = nameCtx ? d.N(p.name) : d.Nx(p.name);
  switch (ri(0, 5)) {
    case 0: { const site = pick(S.sites); d.X('exam_site', site); return `【${S.short}】${nm}学员您好，您已成功预约${fd(dt, 'mdcn')}${pick(['科目二', '科目三'])}考试，考场：${site}，请携带身份证原件于7:30前到达候考区。如需取消请提前登录交管12123办理。咨询${d.T(S.tel)}`; }
    case 1: return `【${S.short}】${nm}同学，您的科目二学时已满${pick([16, 24])}学时，可以预约考试了，请联系教练${d.N(c.name)}（${d.M(c.mobile, pick(['p', 'd']))}）。`;
    case 2: { const car = pick(S.cars); return `【${S.short}】提醒：${nm}，您${fd(dt, 'mdcn')}${pick(['上午', '下午'])}的练车已安排，教练${d.N(c.name)} ${d.M(c.mobile)}，车号${d.X('plate', car.plate)}，训练场：${d.X('branch', pick(S.branches))}。退订回T`; }
    case 3: { const cd = mkCard().no; return `【${S.short}】尊敬的${nm}，您的退费${pick([2830, 3530, 3980])}元已退回尾号${d.X('card_tail', cd.slice(-4))}的银行卡，请注意查收。如有疑问请致电${d.X('hotline', S.hot)}。`; }
    case 4: return `【${S.short}】${nm}您好，您${fd(dt, 'mdcn')}科目一考试成绩${ri(70, 100)}分。科目二报名请联系${d.T(S.tel2, 'd')}，考试流水号${d.X('serial_no', safeNum(String(dt.y).slice(2), 16))}。`;
    default: return `【${S.short}】${nm}学员，您的驾驶人体检已过期，请于${fd(dt, 'mdcn')}前到指定医院重新体检，费用${pick([50, 60, 80])}元。详询${d.X('hotline', S.hot)}`;
  }
}
function gSms() {
  const d = new Doc('sms'), S = d.S;
  if (chance(0.55)) {
    const n = ri(3, 10), L = [], dt = rdate(2024, 2025);
    L.push(['任务ID', '手机号码', '短信内容', '提交时间', '发送状态', '计费条数'].join(','));
    for (let i = 0; i < n; i++) {
      const p = student(S), st = pick(['成功', '成功', '成功', '失败:空号', '成功', '等待回执']);
      const mob = st.includes('空号') ? d.X('unallocated_mobile', badMobile()) : d.M(p.mobile, chance(0.2) ? '86' : 'p');
      const body = smsBody(d, S, p, !st.includes('空号'));
      if (st.includes('空号')) { d.E.delete('person_name_zh\u0001' + p.name); d.dc('person_name_zh', p.name); }
      L.push([d.X('task_id', safeNum(String(ri(1, 9)), 19)), mob, `"${body}"`, d.X('datetime', `${fd(dt)} ${rtime(9, 18)}`), st, body.length > 70 ? 2 : 1].join(','));
    }
    return { d, text: L.join('\n') };
  }
  const p = student(S), dt = rdate(2024, 2025);
  const port = d.X('sms_port', pick(['1069', '1065', '1068']) + digits(8));
  const text = `${port}\n${fd(dt)} ${hm()}\n${smsBody(d, S, p, false)}`;
  return { d, text };
}

function gRenewal() {
  const d = new Doc('renewal'), L = [], S = d.S, dt = rdate(2024, 2025);
  L.push(pick([`${fd(dt, 'md')} ${'周' + wday(dt)}`, `${fd(dt)} 代办登记`, `【${fd(dt, 'mdcn')}】`]));
  const n = ri(2, 5);
  for (let i = 1; i <= n; i++) {
    const p = mkPerson({ regions: chance(0.6) ? S.local : REGIONS, y1: 1952, y2: 2000 });
    const what = pick(['换证', '换证', '补证', '境外换证', '满分学习', '期满换证']);
    const arch = safeNum(S.region.slice(0, 4) + pick(['00', '01', '02']), 12);
    const abbr = chance(0.4);
    const fee = pick([150, 200, 260, 300, 500]);
    if (what === '境外换证') {
      const pp = mkPassport();
      L.push(`${i}. 境外换证 ${d.N(p.name)}  护照${pick(['', '号'])} ${d.PP(pp)}  ${pick(['美国加州', '加拿大', '澳大利亚', '日本', '英国'])}驾照  ${abbr ? 'dh' : '国内手机'} ${d.M(p.mobile, mobSt())}`);
      L.push(`   身份证 ${d.I(p.id, idSt())}  翻译件已做，体检+照片，科目一要考（${pick(['入境证明不满3个月', '驾照有效期内'])}）`);
    } else {
      const old = p.by < 1965 && chance(0.6);
      const pre = old ? d.nick(`${[...p.name][0]}${pick(['大爷', '阿姨', '师傅'])}`, [...p.name][0]) + ' ' : '';
      L.push(`${i}. ${what}-${pre}${d.N(p.name)} ${abbr ? 'sfz' : '身份证'} ${d.I(p.id, idSt('chat'))} ${abbr ? 'dh' : '电话'} ${d.M(p.mobile, mobSt('chat'))}`);
      L.push(`   档案号${d.X('archive_no', arch)}，${what === '补证' ? '驾驶证遗失，' : `驾照有效期至${d.X('date', fd(addDays(dt, ri(5, 80))))}，`}${pick(['体检约了周六上午', '体检已做', '需要本人去车管所拍照', '12123上传体检信息'])}，代办费${d.X('amount', fee)}${pick(['已收微信', '未收', '已收现金'])}`);
      if (chance(0.5)) L.push(`   12123已提交，受理号${d.X('serial_no', safeNum(S.region.slice(0, 4) + fd(dt, 'n').slice(2), 18))}，邮寄单号${d.X('tracking_no', pick(['SF', 'EMS', 'YT']) + safeNum(String(ri(1, 9)), 12))}`);
      if (chance(0.3)) L.push(`   驾驶证上地址：${addr(p.region)}`);
      if (chance(0.35)) L.push(`   身份证有效期 ${d.X('date_range', idValidity(p, dt))}${chance(0.5) ? '（快到期了，提醒先换身份证）' : ''}`);
      if (chance(0.2)) L.push(`   家属${d.N(mkPerson({ pf: 0.5 }).name)}代办，电话${d.M(mkMobile(), 'p')}`);
    }
    if (chance(0.25)) L.push(`   ${pick(['注意', '备注'])}：驾照号即身份证号，记分${pick([0, 3, 6, 12])}分，${pick(['无违法未处理', '有1条违法未处理'])}`);
  }
  if (chance(0.4)) L.push(`---`, `车管所窗口 ${d.T(mkTel(S.area, S.tf))}（${pick(['周二下午人少', '中午不办'])}）`);
  return { d, text: L.join('\n') };
}

function gComplaint() {
  const d = new Doc('complaint'), S = d.S, p = student(S), c = pick(S.coaches), c2 = pick(S.coaches.filter((x) => x !== c)), dt = rdate(2024, 2025), L = [];
  const ch = pick(['12345转办', '电话', '微信公众号', '来访', '12345转办']);
  L.push('学员投诉登记表');
  L.push(`编号：${d.X('case_no', 'TS-' + dt.y + '-' + pad(dt.m) + pad(dt.d) + '-' + pad(ri(1, 20)))}     受理日期：${fd(dt)} ${hm(8, 17)}   受理渠道：${ch}${ch === '12345转办' ? '（工单号' + d.X('work_order', safeNum(String(dt.y).slice(2) + pad(dt.m) + pad(dt.d), 13)) + '）' : ''}`);
  L.push(`投诉人：${d.N(p.name)}    联系电话：${d.M(p.mobile, mobSt())}    身份证号（选填）：${chance(0.5) ? d.I(p.id) : ''}`);
  L.push(`学员编号：${d.X('student_no', safeNum(S.region.slice(0, 4) + '2024', 16))}   报名点：${d.W('branch', pick(S.branches))}   车型：${pick(['C1', 'C2'])}`);
  L.push(`被投诉人：教练 ${d.N(c.name)}（车号${d.X('plate', pick(S.cars).plate)}）`);
  const cs = [...c.name][0];
  const ct = d.nick(cs + '教练', cs);
  L.push('投诉内容：');
  L.push('  ' + pick([
    `本人${dt.m}月初报名，交了${fee('C1')}元，说好一个月内安排科二，到现在三个星期了只练了2次车，每次去了都说车坏了。${ct}还让我们买烟买水，不买就不好好教。要求退费或者换教练。`,
    `${ct}上课一直在打电话，学员问问题不耐烦，还骂人。同车的学员也有意见。`,
    `约车系统显示已约，到了训练场${ct}说车被别的学员占了，白跑了三趟。`,
    `计时终端签到签不上，${ct}让我们先练不计学时，后来学时不够考不了试。`,
  ]));
  const witness = student(S);
  if (chance(0.5)) L.push(`  同车学员${d.Nx(witness.name)}可以作证。`);
  const act = ri(0, 2);
  L.push(`处理意见：已与学员沟通，${act === 0 ? `同意换至${d.Nx(c2.name)}教练组` : act === 1 ? '对该教练进行批评教育，扣当月绩效' : `退还剩余费用${ri(1000, 3500)}元`}。`);
  L.push(`处理人：${d.N(pick(S.staff).name)}    回访日期：${fd(addDays(dt, ri(2, 7)))}   回访结果：${pick(['满意', '基本满意', '不满意，要求继续处理'])}`);
  if (chance(0.3)) L.push(`被投诉教练电话：${d.M(c.mobile)}（已约谈）`);
  return { d, text: L.join('\n') };
}

function gLegacy() {
  const d = new Doc('legacy-fixed'), S = d.S, L = [], y = ri(2003, 2011), dt = rdate(y, y), n = ri(6, 16);
  const W = [10, 10, 10, 6, 21, 6, 12, 14, 8];
  L.push('='.repeat(89));
  L.push(`  ${S.city}市机动车驾驶员培训管理系统 V3.2          打印日期：${fd(dt, '.')}`);
  L.push(`  学员档案清册                                           第  1 页`);
  L.push('='.repeat(89));
  L.push(' ' + ['档案号', '流水号', '姓  名', '性别', '身份证号', '车型', '报名日期', '联系电话', '学费'].map((h, i) => padR(h, W[i])).join(''));
  L.push(' ' + '-'.repeat(87));
  for (let i = 0; i < n; i++) {
    const p = mkPerson({ regions: S.local, y1: 1950, y2: y - 19, old: true });
    const use15 = p.by < 2000 && chance(0.45);
    const idt = use15 ? d.I15(p) : d.I(p.id);
    const nm = d.N(p.name);
    const tel = chance(0.15) ? '-' : d.M(p.mobile);
    L.push(' ' + [d.X('archive_no', pick(['A', 'B']) + String(y).slice(2) + pad(ri(0, 99999), 5)), d.X('serial_no', String(y).slice(2) + safeNum(String(ri(1, 9)), 6)), sp2(nm), p.female ? '女' : '男', idt, pick(['C1', 'C1', 'B2', 'A2', 'C1']), d.X('date', fd(addDays(dt, -ri(0, 60)), '.')), tel, d.X('amount', pick([1980, 2280, 2580, 2880, 3200, 4800]) + '.00')].map((x, k) => padR(String(x), W[k])).join(''));
  }
  L.push(' ' + '-'.repeat(87));
  L.push(`  合计：${n} 人                     操作员：${pick(['001', '003', 'SYS'])}    复核：${d.N(pick(S.staff).name)}`);
  L.push('\f');
  return { d, text: L.join('\n') };
}

function gBookingJson() {
  const d = new Doc('booking-json'), S = d.S, n = ri(1, 5), day = rdate(2024, 2025), list = [];
  for (let i = 0; i < n; i++) {
    const p = student(S), c = pick(S.coaches), car = pick(S.cars), t0 = ri(7, 17);
    const o = {
      bookingId: d.X('order_no', 'BK' + fd(day, 'n') + pad(ri(1, 9999), 4)),
      stuId: d.X('student_no', safeNum(S.region.slice(0, 4) + '2024', 16)),
      stuName: d.N(p.name),
      idCardNo: d.I(p.id),
      mobile: d.M(p.mobile, chance(0.15) ? '+n' : 'p'),
    };
    if (chance(0.55)) o.email = d.EM(emailOf(p));
    Object.assign(o, {
      subject: pick([2, 3]),
      coach: { coachId: d.X('coach_no', c.cno), name: d.N(c.name), idCardMask: d.X('masked_id', mkMaskId(c.id)), mobile: chance(0.6) ? d.M(c.mobile) : d.X('masked_mobile', mkMaskMob(c.mobile)) },
      slot: `${fd(day)} ${pad(t0)}:00-${pad(t0 + 2)}:00`,
      carNo: d.X('plate', car.plate),
      terminalSn: d.X('terminal_sn', car.term),
      siteName: d.X('branch', pick(S.branches)),
      createTime: +d.X('ms_timestamp', String(epochMs(addDays(day, -ri(1, 5)), rtime()))),
      avatar: `https://img.${S.mail}.cn/u/${ri(10000, 99999)}/${d.X('email_like', 'avatar@2x.png')}`,
      status: pick(['BOOKED', 'BOOKED', 'CANCELLED', 'FINISHED']),
    });
    list.push(o);
  }
  const obj = { code: 0, msg: 'success', traceId: d.X('trace_id', Array.from({ length: 32 }, () => '0123456789abcdef'[ri(0, 15)]).join('').replace(/\d{9,}/g, 'a')), data: { total: n, pageNo: 1, list } };
  return { d, text: JSON.stringify(obj, null, chance(0.5) ? 2 : 0) };
}

function gMinutes() {
  const d = new Doc('minutes'), S = d.S, dt = rdate(2024, 2024), br = pick(S.branches), L = [];
  const atts = sample(S.coaches, ri(5, 11)), host = S.head, rec = pick(S.staff), absent = pick(S.coaches.filter((x) => !atts.includes(x)));
  const car = pick(S.cars);
  L.push(`${S.short}${br}教练员例会纪要`);
  d.X('branch', br);
  L.push(`时间：${fd(dt, 'cn')}（周${wday(dt)}）下午17:30`);
  L.push(`地点：${br}二楼会议室`);
  L.push(`主持：${d.N(host.name)}    记录：${d.N(rec.name)}`);
  L.push(`参会人员：${atts.map((a) => d.N(a.name)).join('、')}`);
  L.push(`缺席：${d.N(absent.name)}（请假）`);
  L.push('');
  L.push('一、上周工作情况');
  L.push(`1. 科目二合格率${ri(70, 92)}.${ri(0, 9)}%，科目三合格率${ri(60, 90)}.${ri(0, 9)}%，${d.X('exam_site', pick(S.sites))}侧方停车、坡道定点扣分较多。`);
  const bad = pick(atts);
  L.push(`2. ${d.Nx(bad.name)}教练组学员投诉1起（学员反映教练态度问题），已由${d.Nx(host.name)}约谈。`);
  L.push(`3. 计时终端故障：${d.X('plate', car.plate)}终端（编号${d.X('terminal_sn', car.term)}）人脸识别失败，已报厂家。`);
  L.push('');
  L.push('二、本周安排');
  L.push(`1. 周六周日加班，${pick(S.sites)}模拟考由${d.Nx(pick(atts).name)}、${d.Nx(pick(atts).name)}带队。`);
  const news = Array.from({ length: ri(2, 5) }, () => student(S));
  L.push(`2. 新学员${news.map((s) => d.Nx(s.name)).join('、')}分配给${d.Nx(pick(atts).name)}。`);
  L.push(`3. 教练车年检：${car.plate}（车架号${d.X('vin', car.vin)}，发动机号${d.X('engine_no', car.engine)}）本月到期，${d.X('car_brand', car.model)}其余车辆下月：`);
  for (const c2 of sample(S.cars.filter((x) => x !== car), ri(2, 4))) L.push(`   ${d.X('plate', c2.plate)}  ${c2.model}  VIN ${d.X('vin', c2.vin)}  发动机号 ${d.X('engine_no', c2.engine)}  终端 ${d.X('terminal_sn', c2.term)}`);
  L.push('');
  L.push('三、其他');
  L.push(`1. 学员身份证复印件、报名表一律交${d.X('role_word', pick(['教务处', '前台']))}，不得拍照发朋友圈、不得外传！`);
  L.push(`2. 值班表：${atts.slice(0, 3).map((a) => `${a.name} ${d.M(a.mobile, 'p')}`).join('；')}`);
  L.push(`3. 下次例会时间另行通知。`);
  L.push('', `                                          记录人：${rec.name}`);
  return { d, text: L.join('\n') };
}

function gXml() {
  const d = new Doc('xml-upload'), S = d.S, n = ri(1, 6), dt = rdate(2024, 2025), jg = chance(0.5);
  const L = ['<?xml version="1.0" encoding="UTF-8"?>', '<root>', '  <head>',
    `    <${jg ? 'jxbh' : 'inscode'}>${d.X('school_code', S.insNo)}</${jg ? 'jxbh' : 'inscode'}>`,
    `    <${jg ? 'sjc' : 'timestamp'}>${d.X('timestamp', fd(dt, 'n') + rtime().replace(/:/g, ''))}</${jg ? 'sjc' : 'timestamp'}>`,
    `    <sign>${Array.from({ length: 40 }, () => 'abcdef0123456789'[ri(0, 15)]).join('').replace(/\d{6,}/g, 'f')}</sign>`, '  </head>', '  <body>'];
  for (let i = 0; i < n; i++) {
    const p = student(S), c = pick(S.coaches);
    const f = jg
      ? [['xybh', d.X('student_no', safeNum(S.region.slice(0, 4) + '2024', 16))], ['xm', d.N(p.name)], ['xb', p.female ? 2 : 1], ['sfzmmc', 'A'], ['sfzmhm', d.I(p.id)], ['lxdh', d.M(p.mobile)], ['lxzz', addr(p.region)], ['zjcx', pick(['C1', 'C2'])], ['bmrq', fd(dt)], ['jlyxm', d.N(c.name)], ['jlysfzmhm', d.I(c.id)], ['bmlsh', d.X('serial_no', safeNum(fd(dt, 'n').slice(2), 16))], ['sfzyxqz', d.X('date', fd(rdate(2026, 2044), 'n'))], ['cjsj', d.X('datetime', fd(dt) + ' ' + rtime())], ['zp', d.X('photo_path', `photo/${fd(dt, 'n')}/${safeNum('1', 10)}.jpg`)]]
      : [['stunum', d.X('student_no', safeNum(S.region.slice(0, 4) + '2024', 16))], ['cardtype', 1], ['idcard', d.I(p.id)], ['name', d.N(p.name)], ['sex', p.female ? 2 : 1], ['phone', d.M(p.mobile)], ['email', chance(0.4) ? d.EM(emailOf(p)) : ''], ['address', addr(p.region)], ['traintype', pick(['C1', 'C2'])], ['applydate', d.X('date', fd(dt, 'n'))], ['coachname', d.N(c.name)], ['coachnum', d.X('coach_no', c.cno)], ['createtime', d.X('ms_timestamp', String(epochMs(dt, rtime())))], ['photo', d.X('photo_id', safeNum(String(ri(1, 9)), 19))]];
    L.push(`    <${jg ? 'xy' : 'student'}>`, ...f.map(([k, v]) => `      <${k}>${v}</${k}>`), `    </${jg ? 'xy' : 'student'}>`);
  }
  L.push('  </body>', '</root>');
  return { d, text: L.join('\n') };
}

function gMail() {
  const d = new Doc('mail'), S = d.S, ag = pick(S.agents), to = pick(S.staff), dt = rdate(2024, 2025), br = pick(S.branches), L = [];
  const agMail = emailOf(ag), toMail = `${S.mail}_${pick(['jiaowu', 'zhaosheng', 'bm'])}@${pick(['126.com', '163.com', S.mail + '.com'])}`;
  L.push(`发件人: ${d.N(ag.name)} <${d.EM(agMail)}>`);
  L.push(`收件人: ${chance(0.5) ? d.N(to.name) + ' ' : ''}<${d.EM(toMail)}>`);
  if (chance(0.3)) { const cc = pick(S.staff); L.push(`抄送: ${d.N(cc.name)} <${d.EM(emailOf(cc))}>`); }
  L.push(`日期: ${fd(dt, 'cn')} 星期${wday(dt)} ${hm(8, 21)}`);
  L.push(`主题: ${dt.m}月第${ri(1, 4)}批报名学员资料（${d.W('branch', br)}）`);
  L.push('');
  const tsur = [...to.name][0];
  L.push(`${d.nick(tsur + '老师', tsur)}好，`);
  const n = ri(2, 7);
  L.push(`附件是这周报名的${n}个学员，身份证复印件和照片已经放在共享盘了，麻烦帮忙录一下系统。`);
  const ss = Array.from({ length: n }, () => student(S));
  L.push(`其中 ${d.Nx(ss[0].name)} 是外地户口，需要居住证，我让他这周补。`);
  L.push('');
  ss.forEach((p, i) => {
    const cols = [`${i + 1}.`, d.N(p.name), d.I(p.id, idSt('table')), d.M(p.mobile, mobSt('table')), pick(['C1', 'C2'])];
    if (chance(0.35)) cols.push(d.EM(emailOf(p)));
    if (chance(0.2)) cols.push(pick(['定金', '全款', '分期']));
    L.push(cols.join(pick(['  ', ' ', '\t'])));
  });
  L.push('');
  if (chance(0.85)) {
    L.push('', '定金收款记录（财务对账用）：');
    ss.forEach((p) => { if (chance(0.9)) L.push(`  ${p.name}  ¥${d.X('amount', pick([500, 1000, 2000]) + '.00')}  ${d.X('datetime', fd(addDays(dt, -ri(0, 6))) + ' ' + rtime(9, 20))}  商户单号 ${d.X('order_no', safeNum(fd(dt, 'n'), 22))}`); });
  }
  L.push(`有问题打我电话 ${d.M(ag.mobile, mobSt())}。`);
  L.push('');
  L.push('--');
  L.push(d.N(ag.name));
  L.push(`${S.short} ${br} 招生部`);
  L.push(`电话：${d.T(S.tel)}  手机：${d.M(ag.mobile, 'p')}`);
  L.push(`地址：${S.city}市${pick(S.roads)}${ri(1, 300)}号`);
  if (chance(0.3)) L.push('', '（本邮件含学员个人信息，请勿转发）');
  return { d, text: L.join('\n') };
}

function gCoachRoster() {
  const d = new Doc('coach-roster'), S = d.S, L = [], sep = chance(0.6) ? '\t' : ',';
  L.push(['工号', '姓名', '性别', '身份证号', '手机', '准教车型', '教练员证号', '驾驶证档案编号', '初领日期', '入职日期', '工资卡开户行', '工资卡号', '邮箱', '状态'].join(sep));
  const cs = sample(S.coaches, ri(5, 10));
  cs.forEach((c, i) => {
    const card = cardOf(c);
    L.push([d.X('staff_no', 'JL' + pad(S.coaches.indexOf(c) + 11, 3)), d.N(c.name), c.female ? '女' : '男', d.I(c.id), d.M(c.mobile, 'p'), pick(['C1', 'C1/C2', 'C2', 'A2/B2']),
      d.X('coach_cert', c.cert), d.X('archive_no', safeNum(c.region.slice(0, 4) + '00', 12)), d.X('date', fd(rdate(Math.min(c.by + ri(19, 26), 2008), Math.min(c.by + ri(19, 26), 2008)))), d.X('date', fd(rdate(2012, 2023))), card.bank + S.bankBranch, d.C(card.no, chance(0.2) ? 's' : 'p'), chance(0.45) ? d.EM(emailOf(c)) : '', pick(['在职', '在职', '在职', '停岗', '离职'])].join(sep));
  });
  return { d, text: L.join('\n') };
}

const CNUM = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
function daxie(n) {
  const u = ['', '拾', '佰', '仟', '万']; const s = String(n); let out = '', zero = false;
  for (let i = 0; i < s.length; i++) { const dg = +s[i], pos = s.length - 1 - i; if (dg === 0) { zero = true; continue; } if (zero && out) out += '零'; zero = false; out += CNUM[dg] + u[pos]; }
  return out + '元整';
}
function gReceipt() {
  const d = new Doc('receipt-ocr'), S = d.S, p = student(S), dt = rdate(2024, 2025), t = pick(['C1', 'C2']), f = fee(t), L = [];
  const lab = ocrLabel;
  L.push(`          收    据         No ${d.X('receipt_no', pad(ri(1, 9999999), 7))}`);
  L.push(`                                   ${d.X('date', `${dt.y} 年 ${pad(dt.m)} 月 ${pad(dt.d)} 日`)}`);
  if (chance(0.5)) L.push(`${lab('学员编号：')}${d.X('student_no', safeNum(S.region.slice(0, 4) + dt.y, 16))}`);
  L.push(`${lab('今收到')}  ${chance(0.5) ? sp2(p.name, ' ') : p.name}`);
  d.N(p.name);
  if (chance(0.6)) L.push(`${lab('身份证号：')}${ocrDigits(d, 'cn_resident_id', p.id, p.id)}`);
  L.push(`${lab('交来')}  ${t} ${pick(['小型汽车', '小型自动挡汽车'])}驾驶培训费${chance(0.4) ? '（含体检费、资料费）' : ''}`);
  L.push(`人民币（大写） ${d.X('amount_cn', daxie(f))}        ¥ ${d.X('amount', f + '.00')}`);
  L.push(`${lab('收款方式：')}${pick(PAYWAY)}`);
  L.push(`收款单位（盖章）${S.full}`);
  if (chance(0.75)) L.push(`${lab('统一社会信用代码：')}${d.U(S.uscc)}`);
  L.push(`                  财务专用章`);
  L.push(`${lab('会计：')}${d.N(pick(S.staff).name)}   ${lab('出纳：')}${d.N(pick(S.staff).name)}   ${lab('经手人：')}${d.N(pick(S.agents).name)}`);
  if (chance(0.5)) L.push(`${lab('电话：')}${d.T(S.tel, pick(['d', 'b', 'bf']))}`);
  L.push(`第二联 交款人收执`);
  return { d, text: L.join('\n') };
}

function gInstallment() {
  const d = new Doc('installment'), S = d.S, dt = rdate(2024, 2024), L = [];
  if (chance(0.5)) {
    const n = ri(4, 9), sep = ',';
    L.push(`学车分期台账（${dt.y}年${dt.m}月）`);
    L.push(['合同号', '学员', '身份证号', '手机', '分期总额', '期数', '月供', '首期还款日', '还款卡号', '开户行', '放款流水号', '状态'].join(sep));
    for (let i = 0; i < n; i++) {
      const p = student(S, { y1: 1985, y2: 2005 }), card = cardOf(p), tot = pick([3000, 3600, 4000, 4800]), k = pick([6, 12]);
      L.push([d.X('contract_no', `FQ${dt.y}${pad(dt.m)}${pad(ri(1, 999), 4)}`), d.N(p.name), d.I(p.id, idSt('table')), d.M(p.mobile, 'p'), d.X('amount', tot), k, d.X('amount', (tot / k).toFixed(2)),
        d.X('date', fd(addDays(dt, ri(20, 40)))), d.C(card.no, 'p'), card.bank, d.X('bank_txn', safeNum(fd(dt, 'n'), pick([16, 19, 20]))), pick(['正常', '正常', '逾期1期', '已结清'])].join(sep));
    }
    return { d, text: L.join('\n') };
  }
  const p = student(S, { y1: 1985, y2: 2005 }), card = cardOf(p), g = mkPerson({ pf: 0.5, y1: 1960, y2: 1980, region: p.region }), tot = pick([3000, 3600, 4000, 4800]), k = pick([6, 12]);
  L.push('学车分期付款协议（节选）');
  L.push(`合同编号：${d.X('contract_no', `FQ${dt.y}${pad(dt.m)}${pad(ri(1, 999), 4)}`)}`);
  L.push(`甲方（培训机构）：${S.full}`);
  L.push(`统一社会信用代码：${d.U(S.uscc)}`);
  L.push(`乙方（学员）：${d.N(p.name)}    身份证号码：${d.I(p.id, idSt())}`);
  L.push(`联系电话：${d.M(p.mobile, mobSt())}   电子邮箱：${chance(0.5) ? d.EM(emailOf(p)) : '无'}`);
  L.push(`共同还款人：${d.N(g.name)}（与乙方关系：${(g.female ? '母' : '父') + (p.female ? '女' : '子')}）  身份证号码：${d.I(g.id, idSt())}  电话：${d.M(g.mobile, mobSt())}`);
  L.push(`第一条 乙方报名${pick(['C1', 'C2'])}培训，培训费${tot}元，分${k}期支付，每期${(tot / k).toFixed(2)}元，首期还款日为${fd(addDays(dt, 30), 'cn')}。`);
  L.push(`第二条 乙方授权甲方从以下账户按月扣款：户名 ${p.name}，开户行 ${card.bank}，卡号 ${d.C(card.no, cardSt())}。`);
  L.push(`第三条 甲方收款账户：${S.full}，开户行：${pick(['中国工商银行', '中国建设银行'])}${S.bankBranch}，对公账号：${d.X('corp_account', S.acct)}。`);
  L.push(`第四条 乙方逾期超过30日的，甲方有权暂停安排考试，直至付清欠款。`);
  L.push('', `甲方（盖章）：${S.short}        乙方签字：${p.name}        共同还款人签字：${g.name}`);
  L.push(`签订日期：${fd(dt, 'cn')}    经办人：${d.N(pick(S.agents).name)}`);
  return { d, text: L.join('\n') };
}

function gVehicles() {
  const d = new Doc('vehicle-ledger'), S = d.S, L = [], dt = rdate(2024, 2025), sep = pick(['\t', ',', '|']);
  L.push(`${S.short}教练车辆台账（截至${fd(dt)}）`);
  const hdr = ['车号', '号牌号码', '品牌', '车辆识别代号', '发动机号', '计时终端', '终端IMEI', '物联网卡ICCID', '注册日期', '检验有效期至', '交强险保单号', '责任教练', '联系电话'];
  L.push(hdr.join(sep));
  for (const car of sample(S.cars, ri(5, 10))) {
    const c = pick(S.coaches), reg = rdate(2016, 2023);
    L.push([d.X('car_no', car.no), d.X('plate', car.plate), d.X('car_brand', car.model), d.X('vin', car.vin), d.X('engine_no', car.engine), d.X('terminal_sn', car.term),
      d.X('imei', car.imei), d.X('iccid', car.iccid), d.X('date', fd(reg)), d.X('date', fd({ y: dt.y + ri(0, 1), m: reg.m, d: Math.min(reg.d, 28) })),
      d.X('policy_no', pick(['PDZA', 'ADZA', 'PDAA']) + safeNum(String(dt.y) + S.region, 19)), chance(0.85) ? d.N(c.name) : d.X('role_word', '机动'), chance(0.85) ? d.M(c.mobile) : ''].join(sep));
  }
  L.push('', `车辆管理员：${d.N(pick(S.staff).name)}   ${d.X('note_word', '报废车辆不在本表')}`);
  return { d, text: L.join('\n') };
}

// ───────────────────────── build ─────────────────────────
const PLAN = [
  ['enrol-csv', gEnrolCsv, 22], ['enrol-form', gEnrolForm, 22], ['exam-list', gExamList, 20], ['hours-log', gHoursLog, 16],
  ['coach-sched', gCoachSched, 14], ['medical', gMedical, 16], ['refund', gRefund, 22], ['wechat', gWechat, 26],
  ['grad-pdf', gGradPdf, 14], ['sms', gSms, 22], ['renewal', gRenewal, 18], ['complaint', gComplaint, 14],
  ['legacy-fixed', gLegacy, 12], ['booking-json', gBookingJson, 18], ['minutes', gMinutes, 10], ['xml-upload', gXml, 12],
  ['mail', gMail, 16], ['coach-roster', gCoachRoster, 12], ['receipt-ocr', gReceipt, 14], ['installment', gInstallment, 12],
  ['vehicle-ledger', gVehicles, 12],
];

const errors = [];
const nfkc = (s) => s.normalize('NFKC');
function joinDigits(t) { return nfkc(t).replace(/(?<=\d)[\s\-()（）]+(?=[\dXx])/g, ''); }
function occurs(text, e) {
  const v = e.value;
  switch (e.detector) {
    case 'person_name_zh': return text.replace(/[\s\u3000]/g, '').includes(v);
    case 'email': return nfkc(text).toLowerCase().includes(v);
    case 'cn_resident_id': { const j = joinDigits(text).toUpperCase(); return j.includes(v) || j.includes(v.slice(0, 6) + v.slice(8, 17)); }
    case 'cn_landline': { const j = joinDigits(text); return j.includes(v) || j.includes('86' + v.slice(1)); }
    case 'cn_uscc': case 'cn_passport': return nfkc(text).toUpperCase().includes(v);
    default: return joinDigits(text).includes(v);
  }
}
function entValid(e) {
  const v = e.value;
  switch (e.detector) {
    case 'cn_resident_id': return idValid(v) && !!REGBY[v.slice(0, 6)] && +v.slice(6, 10) <= 2006;
    case 'cn_mobile': return mobileOK(v);
    case 'bank_card': return luhnOK(v) && v.length >= 16 && v.length <= 19 && v.startsWith('62');
    case 'cn_uscc': return usccValid(v);
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v);
    case 'cn_landline': return /^0\d{9,11}$/.test(v);
    case 'cn_passport': return /^E([A-HJ-NP-Z]\d{7}|\d{8})$/.test(v);
    case 'person_name_zh': return /^[\u4e00-\u9fa5·]{2,12}$/.test(v);
    default: return false;
  }
}
// every digit run that some detector would accept must be labelled
function unlabelled(text, labelled) {
  const t = nfkc(text), bad = [];
  for (const m of t.matchAll(/\d+[Xx]?/g)) {
    let s = m[0];
    const L = s.length;
    const x = /[Xx]$/.test(s);
    const ds = x ? s.slice(0, -1) : s;
    if (x && ds.length === 17) { if (idValid(s) && !labelled.has('cn_resident_id\u0001' + s.toUpperCase())) bad.push(s); continue; }
    if (ds.length === 18 && idValid(ds)) { if (!labelled.has('cn_resident_id\u0001' + ds)) bad.push(ds); continue; }
    if (ds.length === 15 && legacyValid(ds) && !labelled.has('cn_resident_id\u0001' + upgrade15(ds))) bad.push(ds);
    else if (ds.length === 11 && mobileOK(ds) && !labelled.has('cn_mobile\u0001' + ds)) bad.push(ds);
    else if (ds.length === 13 && ds.startsWith('86') && mobileOK(ds.slice(2)) && !labelled.has('cn_mobile\u0001' + ds.slice(2))) bad.push(ds);
    else if (ds.length >= 16 && ds.length <= 19 && luhnOK(ds) && !labelled.has('bank_card\u0001' + ds)) bad.push(ds);
    void L;
  }
  for (const m of t.matchAll(/(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])/g)) if (usccValid(m[0]) && !labelled.has('cn_uscc\u0001' + m[0]) && !labelled.has('cn_resident_id\u0001' + m[0])) bad.push(m[0]);
  for (const m of t.matchAll(/(?<!\d)\d{4}(?:[ -]\d{4}){3}(?:[ -]\d{1,3})?(?!\d)/g)) { const s = m[0].replace(/\D/g, ''); if (luhnOK(s) && !labelled.has('bank_card\u0001' + s)) bad.push(m[0]); }
  return bad;
}
function docProblems(d, text) {
  const p = [];
  const ents = [...d.E.values()], names = ents.filter((e) => e.detector === 'person_name_zh').map((e) => e.value);
  for (const e of ents) {
    if (!occurs(text, e)) p.push(`entity not in text: ${e.detector} ${e.value}`);
    if (!entValid(e)) p.push(`entity invalid: ${e.detector} ${e.value}`);
  }
  for (const y of d.Y.values()) {
    if (!text.includes(y.text)) p.push(`decoy not in text: ${y.kind} ${y.text}`);
    const z = nfkc(y.text).replace(/[\s\-]/g, '').toUpperCase();
    if (ents.some((e) => e.value.toUpperCase() === z)) p.push(`decoy equals entity: ${y.text}`);
    if (/^\d+X?$/.test(z) && (numValid(z) || idValid(z))) p.push(`decoy is valid: ${y.kind} ${y.text}`);
    if (usccValid(z)) p.push(`decoy is valid uscc: ${y.text}`);
    for (const nm of names) if (y.text.includes(nm) || (/[\u4e00-\u9fa5]/.test(y.text) && nm.includes(y.text))) p.push(`name/decoy overlap: ${nm} ~ ${y.text}`);
  }
  const lab = new Set([...d.E.keys(), ...d.D.keys()]);
  for (const b of unlabelled(text, lab)) p.push(`unlabelled valid number: ${b}`);
  return p;
}

const docs = [], perKind = {}, perDet = {}, perDecoy = {};
let retries = 0;
for (const [kind, gen, count] of PLAN) {
  for (let i = 1; i <= count; i++) {
    let r, probs;
    for (let a = 0; ; a++) {
      r = gen(); probs = docProblems(r.d, r.text);
      // a name that collides with a place/branch word: draw the document again
      if (probs.length && probs.every((x) => x.startsWith('name/decoy overlap')) && a < 20) { retries++; continue; }
      break;
    }
    const { d, text } = r;
    if (probs.length) errors.push(...probs.map((x) => `drv-${kind}-${i}: ${x}`));
    const entities = [...d.E.values()];
    const ek = new Set(d.E.keys());
    const dontCare = [...d.D.entries()].filter(([k]) => !ek.has(k)).map(([, v]) => v);
    const decoys = [...d.Y.values()];
    docs.push({ id: `drv-${kind}-${i}`, kind, text, entities, dontCare, decoys });
    perKind[kind] = (perKind[kind] || 0) + 1;
    for (const e of entities) perDet[e.detector] = (perDet[e.detector] || 0) + 1;
    for (const y of decoys) perDecoy[y.kind] = (perDecoy[y.kind] || 0) + 1;
  }
}
// ids unique
if (new Set(docs.map((x) => x.id)).size !== docs.length) errors.push('duplicate doc id');

writeFileSync(OUT, docs.map((x) => JSON.stringify(x)).join('\n') + '\n');

const totE = Object.values(perDet).reduce((a, b) => a + b, 0), totY = Object.values(perDecoy).reduce((a, b) => a + b, 0);
const totDC = docs.reduce((a, x) => a + x.dontCare.length, 0);
console.log(`driving corpus: ${docs.length} documents, ${Object.keys(perKind).length} kinds → ${OUT}`);
console.log('documents per kind:'); for (const [k, v] of Object.entries(perKind)) console.log(`  ${k.padEnd(14)} ${v}`);
console.log('entities per detector:'); for (const [k, v] of Object.entries(perDet).sort()) console.log(`  ${k.padEnd(16)} ${v}`);
console.log(`  total            ${totE}   (dontCare ${totDC})`);
console.log('decoys per kind:'); for (const [k, v] of Object.entries(perDecoy).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(18)} ${v}`);
console.log(`  total              ${totY}`);
console.log(`regenerated for name/decoy collisions: ${retries}`);
const need = { person_name_zh: 400, cn_mobile: 150, cn_resident_id: 150, bank_card: 150, email: 150 };
for (const [k, v] of Object.entries(need)) if ((perDet[k] || 0) < v) errors.push(`too few ${k}: ${perDet[k] || 0} < ${v}`);
if (totY < totE) errors.push(`fewer decoys (${totY}) than entities (${totE})`);
if (errors.length) { console.error(`SELF-CHECK FAILED (${errors.length}):`); for (const e of errors.slice(0, 60)) console.error('  ' + e); process.exit(1); }
console.log('self-check: ok');
