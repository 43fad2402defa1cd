#!/usr/bin/env node
/*
 * charity.mjs — independent labelled test corpus for listguard's Chinese detectors.
 *
 * Theme: personal data in CHARITY, VOLUNTEERING and PRIZE DRAWS (id prefix "ch"):
 *   捐款登记表 (CSV/TSV/Markdown/aligned), 捐赠回执 / 感谢信, 志愿者报名表 and 花名册,
 *   献血记录 / 献血证 / 短信通知, 助学·结对帮扶名单 (银行卡), 中奖名单 (published & masked
 *   = decoys; internal delivery lists = entities), 物资发放签收表, 群接龙, 公益项目邮件,
 *   OCR'd paper forms, HTML tables, donation-platform JSON exports, 补贴发放表, 公示.
 *
 * Usage:  node charity.mjs OUT.jsonl
 *
 * Output: one JSON object per line
 *   {"id":"ch-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must not be reported under any detector
 *
 * Normalisation of values: cn_resident_id 18 chars with upper-case X; cn_mobile 11 digits
 * (no +86, no separators); cn_landline digits incl. leading 0 + area code; email lower-case;
 * bank_card digits only; cn_passport upper-case; cn_uscc 18 chars upper-case; person_name_zh
 * the name as written without spaces or titles (minority names keep their "·").
 *
 * Deterministic: own PRNG (mulberry32) with a fixed seed; all data synthetic (valid MOD 11-2
 * IDs with real dates and region prefixes, Luhn-valid cards with realistic IINs, GB 32100 +
 * GB 11714 valid USCCs, allocated mobile prefixes). Ends with a self-check (exit 1 on failure)
 * and prints a summary.
 *
 * Written in session 26 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

// ---------------------------------------------------------------- PRNG & utils
let _s = 0x2610c4a1 >>> 0;
function rnd() {
  _s = (_s + 0x6d2b79f5) >>> 0;
  let t = _s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const pad = (n, w) => String(n).padStart(w, '0');
function shuffle(a) { a = [...a]; for (let i = a.length - 1; i > 0; i--) { const j = ri(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const fw = (s) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
function listLen() { const r = rnd(); if (r < 0.18) return ri(1, 3); if (r < 0.68) return ri(4, 12); if (r < 0.92) return ri(13, 30); return ri(31, 80); }

// ---------------------------------------------------------------- names & pinyin
const SUR_PY = '王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he 高gao 林lin 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai 余yu 杜du 叶ye 程cheng 苏su 魏wei 吕lv 丁ding 任ren 沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan 陆lu 汪wang 范fan 金jin 石shi 廖liao 贾jia 夏xia 韦wei 付fu 方fang 白bai 邹zou 孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin 薛xue 段duan 雷lei 侯hou 龙long 史shi 陶tao 黎li 贺he 顾gu 毛mao 郝hao 龚gong 邵shao 万wan 钱qian 严yan 覃qin 武wu 戴dai 莫mo 孔kong 向xiang 汤tang 常chang';
const CSUR_PY = '欧阳ouyang 上官shangguan 司马sima 诸葛zhuge 司徒situ 慕容murong 皇甫huangfu 令狐linghu';
const GIV_PY = '伟wei 芳fang 娜na 敏min 静jing 丽li 强qiang 磊lei 军jun 洋yang 勇yong 艳yan 杰jie 娟juan 涛tao 明ming 超chao 秀xiu 英ying 霞xia 平ping 刚gang 桂gui 子zi 梓zi 浩hao 宇yu 轩xuan 涵han 欣xin 怡yi 雨yu 萱xuan 思si 博bo 文wen 嘉jia 俊jun 佳jia 晨chen 一yi 诗shi 可ke 雅ya 鑫xin 晓xiao 婷ting 志zhi 建jian 国guo 华hua 海hai 玉yu 兰lan 春chun 燕yan 红hong 云yun 丹dan 新xin 振zhen 永yong 德de 成cheng 庆qing 荣rong 蕾lei 琳lin 琪qi 萌meng 昊hao 然ran 泽ze 睿rui 辰chen 铭ming 哲zhe 航hang 晴qing 妍yan 悦yue 安an 宁ning 倩qian 蓉rong 婉wan 瑶yao 彤tong 楠nan 凯kai 鹏peng 飞fei 斌bin 亮liang 峰feng 波bo 辉hui 健jian 龙long 林lin 森sen 阳yang 坤kun 旭xu 东dong 晗han 梅mei 莉li 颖ying 慧hui 佩pei 淑shu 桐tong 钰yu 珊shan 璐lu';
const parsePy = (s) => [...s.matchAll(/([\u4e00-\u9fa5]+)([a-z]+)/g)].map((m) => [m[1], m[2]]);
const SURS = parsePy(SUR_PY), CSURS = parsePy(CSUR_PY), GIVS = parsePy(GIV_PY);
const MINORITY = [['买买提·艾力', 'maimaitiaili'], ['阿依古丽·吐尔逊', 'ayiguli'], ['热依拉·买买提', 'reyila'], ['艾尔肯·阿不都拉', 'aierken'], ['迪丽娜尔·热合曼', 'dilinaer'], ['扎西次仁', 'zhaxiciren'], ['格桑卓玛', 'gesangzhuoma'], ['巴特尔', 'bateer'], ['其其格', 'qiqige'], ['古丽娜尔·努尔兰', 'gulinaer']];
function genName() {
  if (chance(0.015)) { const m = pick(MINORITY); return { name: m[0], py: [m[1], ''] }; }
  const sur = chance(0.025) ? pick(CSURS) : SURS[Math.floor(Math.pow(rnd(), 1.6) * SURS.length)];
  const g1 = pick(GIVS), g2 = chance(0.72) ? pick(GIVS) : null;
  return { name: sur[0] + g1[0] + (g2 ? g2[0] : ''), py: [sur[1], g1[1] + (g2 ? g2[1] : '')] };
}

// ---------------------------------------------------------------- dates
const TODAY = { y: 2025, m: 6, d: 30 };
const dim = (y, m) => [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
function randDate(y1, y2) { const y = ri(y1, y2), m = ri(1, 12); return { y, m, d: ri(1, dim(y, m)), h: ri(7, 21), mi: ri(0, 59), s: ri(0, 59) }; }
function recent() { let d; do d = randDate(2023, 2025); while (d.y * 10000 + d.m * 100 + d.d > 20250620); return d; }
const ymd8 = (d) => `${d.y}${pad(d.m, 2)}${pad(d.d, 2)}`;
function fmtDate(d, st) {
  switch (st) {
    case 'cn': return `${d.y}年${d.m}月${d.d}日`;
    case 'slash': return `${d.y}/${d.m}/${d.d}`;
    case 'dot': return `${d.y}.${pad(d.m, 2)}.${pad(d.d, 2)}`;
    case 'md': return `${d.m}月${d.d}日`;
    case 'isoT': return `${d.y}-${pad(d.m, 2)}-${pad(d.d, 2)} ${pad(d.h, 2)}:${pad(d.mi, 2)}:${pad(d.s, 2)}`;
    case 'hm': return `${d.y}-${pad(d.m, 2)}-${pad(d.d, 2)} ${pad(d.h, 2)}:${pad(d.mi, 2)}`;
    default: return `${d.y}-${pad(d.m, 2)}-${pad(d.d, 2)}`;
  }
}
const dateStyle = () => pick(['iso', 'iso', 'cn', 'slash', 'dot', 'isoT']);
const ts13 = (d) => String(Date.UTC(d.y, d.m - 1, d.d, d.h, d.mi, d.s) - 8 * 3600000 + ri(0, 999));

// ---------------------------------------------------------------- regions, cities
// [code, province/city, county, area]
const REGIONS = [['110101', '北京市', '东城区'], ['110105', '北京市', '朝阳区'], ['110108', '北京市', '海淀区'], ['120104', '天津市', '南开区'], ['310104', '上海市', '徐汇区'], ['310115', '上海市', '浦东新区'], ['500103', '重庆市', '渝中区'], ['440106', '广东省广州市', '天河区'], ['440104', '广东省广州市', '越秀区'], ['440304', '广东省深圳市', '福田区'], ['440305', '广东省深圳市', '南山区'], ['441900', '广东省东莞市', ''], ['330106', '浙江省杭州市', '西湖区'], ['330102', '浙江省杭州市', '上城区'], ['320106', '江苏省南京市', '鼓楼区'], ['320508', '江苏省苏州市', '姑苏区'], ['420106', '湖北省武汉市', '武昌区'], ['430104', '湖南省长沙市', '岳麓区'], ['510107', '四川省成都市', '武侯区'], ['610113', '陕西省西安市', '雁塔区'], ['410105', '河南省郑州市', '金水区'], ['370202', '山东省青岛市', '市南区'], ['350203', '福建省厦门市', '思明区'], ['340104', '安徽省合肥市', '蜀山区'], ['530102', '云南省昆明市', '五华区'], ['620102', '甘肃省兰州市', '城关区'], ['520102', '贵州省贵阳市', '南明区'], ['450103', '广西壮族自治区南宁市', '青秀区'], ['360102', '江西省南昌市', '东湖区'], ['130102', '河北省石家庄市', '长安区'], ['140105', '山西省太原市', '小店区'], ['210102', '辽宁省沈阳市', '和平区'], ['220102', '吉林省长春市', '南关区'], ['230102', '黑龙江省哈尔滨市', '道里区'], ['650102', '新疆维吾尔自治区乌鲁木齐市', '天山区'], ['640104', '宁夏回族自治区银川市', '兴庆区'], ['630102', '青海省西宁市', '城东区'], ['460105', '海南省海口市', '秀英区'], ['150102', '内蒙古自治区呼和浩特市', '新城区'], ['540102', '西藏自治区拉萨市', '城关区']];
const RURAL = [['522631', '贵州省黔东南苗族侗族自治州', '黄平县'], ['513432', '四川省凉山彝族自治州', '喜德县'], ['621121', '甘肃省定西市', '通渭县'], ['433125', '湖南省湘西土家族苗族自治州', '保靖县'], ['532927', '云南省大理白族自治州', '巍山彝族回族自治县'], ['411526', '河南省信阳市', '潢川县'], ['360730', '江西省赣州市', '宁都县'], ['612726', '陕西省榆林市', '定边县']];
const PROVS = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65']);
const CITIES = [['深圳', '440300', '0755'], ['广州', '440100', '020'], ['杭州', '330100', '0571'], ['成都', '510100', '028'], ['武汉', '420100', '027'], ['南京', '320100', '025'], ['苏州', '320500', '0512'], ['长沙', '430100', '0731'], ['西安', '610100', '029'], ['郑州', '410100', '0371'], ['重庆', '500000', '023'], ['北京', '110000', '010'], ['上海', '310000', '021'], ['天津', '120000', '022'], ['青岛', '370200', '0532'], ['兰州', '620100', '0931'], ['东莞', '441900', '0769'], ['沈阳', '210100', '024']];
const LAND_LEN = { '010': 8, '020': 8, '021': 8, '022': 8, '023': 8, '024': 8, '025': 8, '027': 8, '028': 8, '029': 8, '0755': 8, '0571': 8, '0512': 8, '0769': 8, '0731': 8, '0371': 8, '0532': 8, '0931': 7 };
const STREETS = ['建设路', '人民路', '解放大道', '中山路', '学府路', '和平街', '滨江大道', '文化路', '长安街', '新华路', '光明路', '花园路'];
const ESTATES = ['阳光花园', '锦绣家园', '翠苑小区', '东方明珠苑', '和谐家园', '金色港湾', '幸福里', '绿地公寓', '碧桂园', '滨湖新城'];
function address(reg) { const r = reg || pick(REGIONS); return `${r[1]}${r[2]}${pick(STREETS)}${ri(1, 999)}号${pick(ESTATES)}${ri(1, 30)}栋${ri(1, 4)}单元${ri(1, 33)}${pad(ri(1, 8), 2)}室`; }

// ---------------------------------------------------------------- resident ID (GB 11643)
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b) { let s = 0; for (let i = 0; i < 17; i++) s += +b[i] * IDW[i]; return '10X98765432'[s % 11]; }
function makeId(code, d, female) { const b = code + ymd8(d) + pad(ri(0, 99), 2) + (female ? pick([0, 2, 4, 6, 8]) : pick([1, 3, 5, 7, 9])); return b + idCheck(b); }
function validDate(y, m, d) { if (m < 1 || m > 12 || d < 1 || d > dim(y, m)) return false; const n = y * 10000 + m * 100 + d; return n >= 19000101 && n <= TODAY.y * 10000 + TODAY.m * 100 + TODAY.d; }
function idValid(v) { return /^\d{17}[\dX]$/.test(v) && PROVS.has(v.slice(0, 2)) && validDate(+v.slice(6, 10), +v.slice(10, 12), +v.slice(12, 14)) && idCheck(v) === v[17]; }
function legacy15(code, d, female) { return code + ymd8(d).slice(2) + pad(ri(0, 99), 2) + (female ? pick([0, 2, 4, 6, 8]) : pick([1, 3, 5, 7, 9])); }
function upgrade15(s) { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheck(b); }

// ---------------------------------------------------------------- mobile
const MOB_PFX = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '145', '147', '150', '151', '152', '153', '155', '156', '157', '158', '159', '162', '165', '166', '167', '170', '171', '172', '173', '175', '176', '177', '178', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189', '190', '191', '192', '193', '195', '196', '197', '198', '199'];
const MOB_COMMON = ['133', '135', '136', '137', '138', '139', '150', '151', '152', '158', '159', '177', '180', '186', '187', '188', '189', '199', '157', '182', '183', '185', '191', '132', '130', '131', '134', '153', '155', '156', '181', '198'];
const DEMO = new Set(['13800138000', '13912345678', '18888888888']);
const mobileOk = (m) => /^1[3-9]\d{9}$/.test(m) && (MOB_PFX.includes(m.slice(0, 3)) || m.startsWith('1610') || /^1740[0-5]/.test(m));
function makeMobile() { let m; do m = (chance(0.8) ? pick(MOB_COMMON) : pick(MOB_PFX)) + digits(8); while (DEMO.has(m)); return m; }
function fmtMob(m, st) {
  const a = m.slice(0, 3), b = m.slice(3, 7), c = m.slice(7);
  switch (st) {
    case 'sp': return `${a} ${b} ${c}`;
    case 'dash': return `${a}-${b}-${c}`;
    case '+86': return `+86 ${a} ${b} ${c}`;
    case '+86c': return `+86${m}`;
    case '+86d': return `+86-${m}`;
    case 'paren': return `(+86)${m}`;
    case '0086': return `0086 ${m}`;
    case 'fw': return fw(m);
    case 'split': { const k = pick([2, 5, 6, 9]); return m.slice(0, k) + ' ' + m.slice(k); }
    default: return m;
  }
}
function mobStyle() { const r = rnd(); return r < 0.68 ? '' : r < 0.79 ? 'sp' : r < 0.87 ? 'dash' : r < 0.91 ? '+86' : r < 0.94 ? '+86c' : r < 0.96 ? 'paren' : r < 0.98 ? '0086' : '+86d'; }

// ---------------------------------------------------------------- landline
function makeLand(area) { area = area && LAND_LEN[area] ? area : pick(Object.keys(LAND_LEN)); const num = String(ri(2, 8)) + digits(LAND_LEN[area] - 1); return { area, num, value: area + num }; }
function fmtLand(l, st) {
  const { area, num } = l;
  switch (st) {
    case 'paren': return `(${area})${num}`;
    case 'fwparen': return `（${area}）${num}`;
    case 'sp': return `${area} ${num}`;
    case 'sp2': return `${area} ${num.slice(0, num.length - 4)} ${num.slice(-4)}`;
    case '+86': return `+86 ${area.slice(1)} ${num}`;
    case 'bare': return area + num;
    default: return `${area}-${num}`;
  }
}
const landStyle = () => pick(['dash', 'dash', 'dash', 'paren', 'fwparen', 'sp', 'sp2', '+86', 'bare']);
const landValid = (v) => new RegExp('^0\\d{9,11}$').test(v) && Object.entries(LAND_LEN).some(([a, n]) => v.startsWith(a) && v.length === a.length + n);

// ---------------------------------------------------------------- bank cards
const BANKS = [['中国工商银行', '622202', 19], ['中国工商银行', '621226', 19], ['中国建设银行', '621700', 19], ['中国建设银行', '622700', 19], ['中国建设银行', '436742', 16], ['中国农业银行', '622848', 19], ['中国农业银行', '623052', 19], ['招商银行', '621483', 16], ['招商银行', '622588', 16], ['中国银行', '621661', 19], ['中国银行', '621790', 19], ['交通银行', '622262', 19], ['中国邮政储蓄银行', '621799', 19], ['中国邮政储蓄银行', '622188', 19], ['兴业银行', '622909', 18], ['平安银行', '623058', 19], ['民生银行', '622622', 16], ['浦发银行', '622521', 16], ['农村信用合作联社', '623036', 19], ['中信银行', '518212', 16], ['广发银行', '625809', 16], ['农村商业银行', '621336', 19]];
function luhnOk(s) { let sum = 0, alt = false; for (let i = s.length - 1; i >= 0; i--) { let n = +s[i]; if (alt) { n *= 2; if (n > 9) n -= 9; } sum += n; alt = !alt; } return sum % 10 === 0; }
function makeCard() { const b = pick(BANKS); const body = b[1] + digits(b[2] - 7); for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return { bank: b[0], card: body + c }; }
function fmtCard(c, st) {
  switch (st) {
    case 'g4': return c.replace(/(\d{4})(?=\d)/g, '$1 ');
    case 'dash': return c.replace(/(\d{4})(?=\d)/g, '$1-');
    case 'split': { const k = pick([3, 5, 7, 10, 13]); return c.slice(0, k) + ' ' + c.slice(k); }
    default: return c;
  }
}
const BRANCH_SUFFIX = ['支行', '营业部', '分行营业部', '分理处'];

// ---------------------------------------------------------------- USCC (GB 32100 + GB 11714)
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(s) { let t = 0; for (let i = 0; i < 17; i++) t += UA.indexOf(s[i]) * UW[i]; return UA[(31 - (t % 31)) % 31]; }
const OW = [3, 7, 9, 10, 5, 8, 4, 2];
function orgCheck(b) { let t = 0; for (let i = 0; i < 8; i++) { const c = b[i]; t += (c >= '0' && c <= '9' ? +c : c.charCodeAt(0) - 55) * OW[i]; } const c = 11 - (t % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
function makeUscc(type, region) {
  let body;
  if (type === '91' || (type[0] === '5' && chance(0.5))) { body = (type === '91' ? 'MA' : 'MJ'); while (body.length < 8) body += UA[ri(0, 30)]; }
  else body = (type[0] === '5' ? '50' : pick(['45', '40', '00'])) + digits(6);
  const s17 = type + region + body + orgCheck(body);
  return s17 + usccCheck(s17);
}
const usccValid = (v) => v.length === 18 && [...v].every((c) => UA.includes(c)) && usccCheck(v) === v[17] && orgCheck(v.slice(8, 16)) === v[16];

// ---------------------------------------------------------------- passports
const makePassport = () => (chance(0.6) ? 'E' + pick([...'ABCDEFGHJKLMNPQRSTUVWXYZ']) + digits(7) : 'E' + digits(8));

// ---------------------------------------------------------------- organisations
const BASES = [['春晖', 'chunhui'], ['晨光', 'chenguang'], ['暖阳', 'nuanyang'], ['善源', 'shanyuan'], ['微光', 'weiguang'], ['星火', 'xinghuo'], ['蓝天', 'lantian'], ['益路', 'yilu'], ['心桥', 'xinqiao'], ['繁星', 'fanxing'], ['同心', 'tongxin'], ['萤火', 'yinghuo'], ['彩虹', 'caihong'], ['雨露', 'yulu'], ['青禾', 'qinghe'], ['一米阳光', 'yimiyangguang']];
const ORG_SUF = [['公益基金会', '53'], ['慈善基金会', '53'], ['志愿者协会', '51'], ['义工联合会', '51'], ['社会工作服务中心', '52'], ['慈善会', '51'], ['助学促进会', '51'], ['公益发展中心', '52']];
const NATIONAL = ['中国青少年发展基金会', '中华慈善总会', '中国红十字基金会', '中国乡村发展基金会', '中国儿童少年基金会', '深圳壹基金公益基金会', '中国妇女发展基金会', '腾讯公益慈善基金会'];
const PROJECTS = ['春蕾计划', '希望工程', '免费午餐', '爱心包裹', '暖冬行动', '萤火虫助学', '乡村图书角', '山区儿童营养餐', '爱心敬老', '守护江河', '护苗行动', '光明行', '微心愿', '助力高考', '困境儿童关爱', '一元捐', '99公益日', '小候鸟回家'];
const CO_BASE = ['华信', '中恒', '瑞达', '鼎盛', '远航', '宏图', '润泽', '嘉禾', '银河', '新纪元', '博远', '天成'];
const CO_SUF = ['科技有限公司', '实业有限公司', '食品股份有限公司', '贸易有限公司', '建设集团有限公司', '电子商务有限公司', '物业服务有限公司'];
const TITLES = ['项目官员', '秘书长', '项目主管', '志愿者队长', '财务专员', '副秘书长', '项目经理', '传播专员', '社工', '理事长', '筹款主任', '活动协调员'];
const SCHOOLS = ['希望小学', '中心小学', '民族中学', '第一中学', '实验小学', '九年一贯制学校', '职业技术学校'];
const PLACES = ['张家口', '周口', '黄山', '王府井', '李村', '高新区', '石家庄', '马鞍山', '金华', '常州', '江门', '白云区', '龙华区', '万州'];
function org(D) {
  const c = pick(CITIES), b = pick(BASES), s = pick(ORG_SUF);
  const name = `${c[0]}市${b[0]}${s[0]}`;
  const region = chance(0.75) ? c[1] : c[1].slice(0, 2) + '0000';
  const domain = b[1] + pick(['.org.cn', '.org', 'gy.org.cn', '.org.cn', 'cf.org']);
  return { name, short: b[0], city: c[0], area: c[2], uscc: makeUscc(s[1], region), land: makeLand(c[2]), domain,
    hotline: pick([`400-${ri(600, 999)}-${pad(ri(0, 9999), 4)}`, `400${ri(1, 9)}-${ri(100, 999)}-${ri(100, 999)}`, `800-${ri(800, 999)}-${pad(ri(0, 9999), 4)}`]),
    regNo: pick([`${c[0][0]}民证字第${pad(ri(1, 9999), 4)}号`, `登记证号：${c[1].slice(0, 4)}${ri(10, 99)}${pad(ri(0, 9999), 4)}`, `民基证字第${pad(ri(1, 300), 4)}号`]) };
}
const CO_PY = ['huaxin', 'zhongheng', 'ruida', 'dingsheng', 'yuanhang', 'hongtu', 'runze', 'jiahe', 'yinhe', 'xinjiyuan', 'boyuan', 'tiancheng'];
function company() { const c = pick(CITIES), k = ri(0, CO_BASE.length - 1); return { name: `${c[0]}${CO_BASE[k]}${pick(CO_SUF)}`, uscc: makeUscc('91', chance(0.5) ? c[1] : REGIONS.find((r) => r[0].slice(0, 2) === c[1].slice(0, 2))?.[0] || c[1]), domain: CO_PY[k] + pick(['.com', '.com.cn', '.cn']) }; }

// ---------------------------------------------------------------- persons
function makePerson(o = {}) {
  const n = genName(), female = chance(0.5);
  const reg = o.rural ? pick(RURAL) : (o.reg || pick(REGIONS));
  const birth = randDate(o.y1 || 1955, o.y2 || 2003);
  const card = makeCard();
  const p = { name: n.name, py: n.py, female, reg, birth, id: makeId(reg[0], birth, female), mobile: makeMobile(), card: card.card, bank: card.bank };
  p.email = makeEmail(p);
  return p;
}
function makeQQ() { const len = pick([8, 9, 9, 10, 10]); return String(ri(1, len === 10 ? 3 : 9)) + digits(len - 1); }
function makeEmail(p) {
  const [s, g] = p.py, y = p.birth.y, r = rnd(), ini = (s[0] || 'x') + (g[0] || 'y');
  if (!g) return `${s}${ri(10, 999)}@${pick(['163.com', 'qq.com', '126.com'])}`;
  if (r < 0.2) return `${makeQQ()}@qq.com`;
  if (r < 0.3) return `${s}${g}${ri(1, 99)}@163.com`;
  if (r < 0.39) return `${s}${g}@126.com`;
  if (r < 0.47) return `${g}.${s}@gmail.com`;
  if (r < 0.54) return `${s}${g[0]}${pad(y % 100, 2)}@sina.com`;
  if (r < 0.6) return `${s}_${g}${y}@foxmail.com`;
  if (r < 0.66) return `${p.mobile}@139.com`;
  if (r < 0.69) return `${p.mobile}@189.cn`;
  if (r < 0.75) return `${s}${g}${ri(100, 999)}@outlook.com`;
  if (r < 0.82) return `${ini}${ri(1000, 9999)}@163.com`;
  if (r < 0.88) return `${s}.${g}@aliyun.com`;
  if (r < 0.93) return `${g}${s}@sohu.com`;
  return `${s}${g}${y}@yeah.net`;
}

// ---------------------------------------------------------------- decoy generators
// S(): regenerate until the value cannot pass as personal data (decoyUnsafe is defined below)
const S = (f) => (...a) => { let t, n = 0; do t = f(...a); while (decoyUnsafe(t) && ++n < 200); return t; };
const donNo = S((d) => pick([`JZ${ymd8(d)}${digits(6)}`, `D${ymd8(d)}${digits(5)}`, `GY-${d.y}-${pad(ri(1, 99999), 5)}`, `${ymd8(d)}${digits(10)}`, `DN${d.y}${pad(d.m, 2)}${digits(4)}`]));
const receiptNo = S(() => pick([`No.${pad(ri(1, 999999), 7)}`, `SJ${ri(2023, 2025)}-${pad(ri(1, 99999), 6)}`, `${ri(2023, 2025)}${pad(ri(1, 99999), 5)}`, `CX-${digits(8)}`]));
const volNo = S(() => pick([`ZYZ${ri(2019, 2025)}${digits(6)}`, `V${digits(9)}`, `${pick(['SZ', 'GZ', 'HZ', 'CD'])}-VOL-${pad(ri(1, 9999), 5)}`, `志愿汇ID ${digits(8)}`]));
const projNo = S(() => pick([`XM-${ri(2023, 2025)}-${pad(ri(1, 200), 3)}`, `GY${ri(2023, 2025)}${pick(['SZ', 'GD', 'ZJ', 'SC'])}${pad(ri(1, 9999), 4)}`, `P${digits(6)}`, `${pick(['ZX', 'JZ', 'ZY'])}${ri(2023, 2025)}0${ri(10, 99)}`]));
const certNo = S(() => pick([`ZS${ri(2023, 2025)}${digits(6)}`, `证字第${pad(ri(1, 99999), 5)}号`, `GYZS-${ri(2023, 2025)}-${pad(ri(1, 9999), 4)}`]));
const txnNo = S((d) => pick([`4200${digits(6)}${ymd8(d)}${digits(10)}`, `${ymd8(d)}2200${digits(16)}`, `T${ymd8(d)}${digits(12)}`, `${ymd8(d)}${digits(11)}`]));
const qqGroup = S(() => String(ri(1, 9)) + digits(ri(7, 9)));
const hotline2 = () => pick(['12355', '12345', '96338', '12320', '95598', '12351']);
function amount() {
  const v = chance(0.55) ? pick([10, 20, 30, 50, 66, 88, 99, 100, 200, 300, 500, 520, 666, 800, 1000, 2000, 3000, 5000, 10000]) : ri(1, 3000) + (chance(0.3) ? ri(0, 99) / 100 : 0);
  const s = v.toFixed(2);
  const grp = s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return { v, text: pick([s, s, `¥${s}`, grp, `${Number.isInteger(v) ? v : s}元`, `RMB ${s}`, `￥${grp}`]) };
}
const CN_AMT = { 50: '伍拾元整', 100: '壹佰元整', 200: '贰佰元整', 500: '伍佰元整', 1000: '壹仟元整', 2000: '贰仟元整', 5000: '伍仟元整', 10000: '壹万元整', 300: '叁佰元整', 3000: '叁仟元整' };
const maskName = (n) => (n.includes('·') ? n.split('·')[0][0] + '**' : pick([n[0] + '*' + (n.length > 2 ? n.slice(-1) : ''), n[0] + '*'.repeat(n.length - 1), n[0] + '某某', n[0] + '*' + n.slice(2)]));
const maskMob = (m) => pick([`${m.slice(0, 3)}****${m.slice(7)}`, `${m.slice(0, 3)}****${m.slice(7)}`, `${m.slice(0, 3)}xxxx${m.slice(7)}`, `${m.slice(0, 3)}*****${m.slice(8)}`, `*******${m.slice(7)}`]);
const maskId = (v) => pick([`${v.slice(0, 4)}**********${v.slice(14)}`, `${v.slice(0, 6)}********${v.slice(14)}`, `${v.slice(0, 3)}***********${v.slice(14)}`, `${v.slice(0, 1)}****************${v.slice(17)}`]);
const maskCard = (c) => pick([`${c.slice(0, 4)} **** **** ${c.slice(-4)}`, `${c.slice(0, 6)}******${c.slice(-4)}`, `尾号${c.slice(-4)}`, `**** **** **** ${c.slice(-4)}`]);

// Does a decoy look so much like personal data that no engine could refuse it? (then regenerate)
function decoyUnsafe(t) {
  for (const run of t.match(/\d+/g) || []) {
    if (run.length === 11 && mobileOk(run)) return true;
    if (run.length >= 16 && run.length <= 19 && luhnOk(run)) return true;
    if (run.length === 18 && (idValid(run) || usccValid(run))) return true;
    if (run.length === 15 && PROVS.has(run.slice(0, 2)) && validDate(1900 + +run.slice(6, 8), +run.slice(8, 10), +run.slice(10, 12))) return true;
    if (/^0(10|2[0-57-9]|[3-9]\d\d)/.test(run) && run.length >= 10 && run.length <= 12) return true;
  }
  return false;
}

// ---------------------------------------------------------------- document builder
class Doc {
  constructor(kind) { this.kind = kind; this.L = []; this.X = []; this.names = new Set(); this.bad = false; }
  lab(cls, det, value, raw) { this.L.push({ cls, det, value, raw }); return raw; }
  x(kind, text, sample = false) { if (typeof text === 'function') { const f = text; let n = 0; do text = f(); while (!sample && decoyUnsafe(text) && ++n < 200); } text = String(text); if (!sample && decoyUnsafe(text)) this.bad = true; this.X.push({ kind, text }); return text; }
  person(o) { let p; do p = makePerson(o); while (this.names.has(p.name)); this.names.add(p.name); return p; }
  nm(p, how = '', cls = 'e') { const n = typeof p === 'string' ? p : p.name; return this.lab(cls, 'person_name_zh', n, how === 'sp' ? [...n].join(' ') : how === 'sp2' ? [...n].join('  ') : n); }
  mob(m, st = '', cls = 'e') { return this.lab(st === 'split' ? 'dc' : cls, 'cn_mobile', m, fmtMob(m, st)); }
  id(v, st = '', cls = 'e') {
    let raw = v;
    if (st === 'x') raw = v.replace('X', 'x');
    else if (st === 'grp') raw = `${v.slice(0, 6)} ${v.slice(6, 14)} ${v.slice(14)}`;
    else if (st === 'split') { const k = pick([3, 4, 5, 8, 10, 12, 15]); raw = v.slice(0, k) + ' ' + v.slice(k); cls = 'dc'; }
    return this.lab(cls, 'cn_resident_id', v, raw);
  }
  card(v, st = '', cls = 'e') { return this.lab(st === 'split' ? 'dc' : cls, 'bank_card', v, fmtCard(v, st)); }
  mail(v, st = '', cls = 'e') {
    const raw = st === 'cap' ? v[0].toUpperCase() + v.slice(1) : st === 'upper' ? v.toUpperCase() : v;
    this.lab(cls, 'email', v, raw);
    const lp = v.split('@')[0];
    if (/^1[3-9]\d{9}$/.test(lp)) this.lab(cls, 'cn_mobile', lp, lp);
    return raw;
  }
  land(l, st = 'dash', cls = 'e') { return this.lab(cls, 'cn_landline', l.value, fmtLand(l, st)); }
  uscc(v) { return this.lab('e', 'cn_uscc', v, v); }
  pass(v) { return this.lab('e', 'cn_passport', v, v); }
  // decoy shorthands
  dt(d, st) { return this.x('date', fmtDate(d, st || dateStyle())); }
  amt() { const a = amount(); this.x('amount', a.text); return a; }
  ts(d) { return this.x('timestamp', ts13(d || recent())); }
  mName(n) { return this.x('masked_name', maskName(typeof n === 'string' ? n : n.name)); }
  mMob(m) { return this.x('masked_mobile', maskMob(m)); }
  mId(v) { return this.x('masked_id', maskId(v)); }
  mCard(c) { return this.x('masked_card', maskCard(c)); }
  org(o) { return this.x('org_name', typeof o === 'string' ? o : o.name); }
  role(o) { return this.mail(`${pick(['info', 'volunteer', 'juanzeng', 'donate', 'service', 'office', 'zhuxue', 'fapiao'])}@${o.domain}`, '', 'dc'); }
  staffMail(p, o) { return this.mail(`${p.py[0]}${p.py[1] || ''}${chance(0.3) ? ri(1, 9) : ''}@${o.domain}`); }
  branch(bank, city) { return this.x('bank_branch', `${bank}${city || pick(CITIES)[0]}${pick(['分行', ''])}${pick(['城东', '城西', '城南', '新城', '开发区', '人民路', '中山路', '解放路', '高新', '滨江'])}${pick(BRANCH_SUFFIX)}`); }
}
const csvq = (c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
const dispW = (s) => [...s].reduce((a, ch) => a + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
function table(fmt, head, rows) {
  const all = [head, ...rows];
  switch (fmt) {
    case 'csv': return all.map((r) => r.map(csvq).join(',')).join('\n');
    case 'tsv': return all.map((r) => r.join('\t')).join('\n');
    case 'semi': return all.map((r) => r.join(';')).join('\n');
    case 'fwbar': return all.map((r) => r.join('｜')).join('\n');
    case 'md': return [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
    case 'html': return ['<table border="1" cellspacing="0">', `  <thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead>`, '  <tbody>', ...rows.map((r) => `    <tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`), '  </tbody>', '</table>'].join('\n');
    default: { // aligned plain text
      const w = head.map((_, i) => Math.max(...all.map((r) => dispW(r[i] || ''))));
      return all.map((r) => r.map((c, i) => c + ' '.repeat(w[i] - dispW(c) + 2)).join('').trimEnd()).join('\n');
    }
  }
}
const tableFmt = () => pick(['csv', 'csv', 'tsv', 'md', 'pad', 'pad', 'semi', 'fwbar']);
const G = (p) => (p.female ? '女' : '男');
const REL = ['父亲', '母亲', '配偶', '丈夫', '妻子', '儿子', '女儿', '朋友', '哥哥', '姐姐', '同事'];
const BLOOD = ['A型', 'B型', 'O型', 'AB型', 'A', 'B', 'O', 'AB', 'O型Rh+', 'A型RhD阳性'];
const EVENTS = ['社区敬老院陪伴', '周末图书馆导读', '河道清洁行动', '城市马拉松赛会服务', '地铁站文明引导', '山区支教夏令营', '无偿献血宣传', '垃圾分类督导', '暖冬物资分拣', '儿童医院陪伴', '助残运动会', '防疫志愿服务'];

// ================================================================ document kinds
function kDonor(D) {
  const o = org(D), proj = pick(PROJECTS), n = listLen(), fmt = tableFmt(), d0 = recent(), ms = mobStyle(), cs = pick(['', '', '', 'g4']);
  const opt = [['donNo', 0.85], ['date', 0.7], ['mobile', 0.88], ['email', 0.65], ['title', 0.45], ['pay', 0.4], ['card', 0.35], ['txn', 0.5], ['ts', 0.3], ['idno', 0.2]].filter(([, p]) => chance(p)).map((c) => c[0]);
  const order = shuffle([...opt, 'amount']); order.splice(ri(0, Math.min(1, order.length)), 0, 'name');
  if (order.includes('title') && chance(0.6)) order.splice(order.indexOf('title') + 1, 0, 'tax');
  if (chance(0.8)) order.unshift('no');
  const H = { no: ['序号', 'No.', '#', '编号'], donNo: ['捐赠编号', '订单号', '捐赠单号'], date: ['捐赠日期', '日期', '到账时间', '捐赠时间'], amount: ['金额', '捐赠金额(元)', '金额（元）', '捐款额'], mobile: ['手机', '手机号', '联系电话', '电话', '联系方式'], email: ['邮箱', '电子邮箱', 'Email', 'E-mail'], title: ['开票抬头', '票据抬头', '发票抬头'], tax: ['纳税人识别号', '税号', '统一社会信用代码'], pay: ['支付方式', '渠道', '捐赠方式'], card: ['付款卡号', '银行卡号', '转账账号', '付款账户'], txn: ['交易流水号', '支付流水号', '商户单号'], ts: ['到账时间戳', 'pay_time', '支付时间(ms)'], idno: ['身份证号', '证件号码', '身份证号码'], name: ['捐赠人', '捐款人', '姓名', '捐赠方', '捐赠人姓名'] };
  const head = order.map((k) => pick(H[k]));
  const rows = []; let total = 0;
  for (let i = 0; i < n; i++) {
    const r = rnd(), type = r < 0.82 ? 'p' : r < 0.92 ? 'c' : 'a';
    const p = D.person({ y1: 1948, y2: 2005 }), co = type === 'c' ? company() : null;
    const d = { ...d0, d: Math.min(dim(d0.y, d0.m), ri(1, 28)), h: ri(0, 23), mi: ri(0, 59) };
    rows.push(order.map((k) => {
      switch (k) {
        case 'no': return String(i + 1);
        case 'donNo': return D.x('donation_no', donNo(d));
        case 'date': return D.dt(d, pick(['iso', 'hm', 'slash']));
        case 'amount': { const a = D.amt(); total += a.v; return a.text; }
        case 'name': return type === 'p' ? D.nm(p) : type === 'c' ? D.org(co) : D.x('anonymous', pick(['匿名', '爱心人士', '匿名爱心人士', '一位爱心妈妈', '无名氏', '爱心网友']));
        case 'mobile': return type === 'a' ? (chance(0.5) ? D.mMob(p.mobile) : '') : D.mob(p.mobile, chance(0.9) ? ms : mobStyle());
        case 'email': return type === 'p' ? (chance(0.85) ? D.mail(p.email, chance(0.06) ? 'cap' : '') : '') : type === 'c' ? D.mail(`${pick(['caiwu', 'finance', 'hr', 'admin'])}@${co.domain}`, '', 'dc') : '';
        case 'title': return type === 'c' ? D.org(co) : type === 'a' ? '不开票' : pick(['个人', '个人', '同捐赠人', D.nm(p), '无需开票']);
        case 'tax': return type === 'c' ? D.uscc(co.uscc) : '';
        case 'pay': return pick(['微信支付', '支付宝', '银行转账', '现金', '月捐', '对公转账']);
        case 'card': return type === 'p' ? D.card(p.card, cs) : type === 'a' ? D.mCard(p.card) : '';
        case 'txn': return D.x('txn_no', txnNo(d));
        case 'ts': return D.ts(d);
        case 'idno': return type === 'p' ? (chance(0.8) ? D.id(p.id, chance(0.1) ? 'x' : '') : '') : '';
      }
      return '';
    }));
  }
  const titleF = pick([() => `${D.org(o)} ${D.x('project', proj)}项目捐款登记表`, () => `${D.x('project', proj)} 捐赠明细（${d0.y}年${d0.m}月）`, () => `${o.short}${proj}-捐赠人名册`, () => `捐款登记_${ymd8(d0)}（${D.org(o)}）`]);
  const staff = D.person({ y1: 1970, y2: 1998 });
  const pre = [];
  if (fmt === 'md') pre.push(`## ${titleF()}`); else if (fmt !== 'csv' || chance(0.5)) pre.push(titleF());
  if (chance(0.5)) pre.push(`导出时间：${D.dt(recent(), 'isoT')}  导出人：${D.nm(staff)}`);
  if (chance(0.3)) pre.push(`项目编号：${D.x('project_no', projNo())}`);
  const post = [];
  if (chance(0.7)) post.push(`合计：${D.x('amount', total.toFixed(2))} 元，共 ${n} 笔`);
  if (chance(0.3)) post.push(`备注：以上捐赠人信息仅用于开具公益事业捐赠票据，请勿外传。咨询电话 ${D.x('hotline', o.hotline)}`);
  return [...pre, table(fmt, head, rows), ...post].join('\n');
}

function kReceipt(D) {
  const o = org(D), proj = pick(PROJECTS), k = chance(0.7) ? 1 : ri(2, 6), parts = [];
  const staff = D.person({ y1: 1970, y2: 1998 }), staff2 = D.person({ y1: 1965, y2: 1995 });
  for (let i = 0; i < k; i++) {
    const corp = chance(0.2), p = D.person({ y1: 1950, y2: 2002 }), co = corp ? company() : null, d = recent(), a = amount(), L = [];
    L.push(pick(['捐 赠 回 执', '捐赠回执', '捐赠证明', '感谢信 / 捐赠回执', 'DONATION RECEIPT 捐赠回执', '公益捐赠确认函']));
    L.push(`收据号：${D.x('receipt_no', receiptNo())}${pick(['    ', '\n', '  |  '])}捐赠编号：${D.x('donation_no', donNo(d))}`);
    L.push('');
    const amtTxt = D.x('amount', a.text);
    const cap = CN_AMT[a.v] ? `${CN_AMT[a.v]}（${amtTxt}）` : amtTxt;
    if (corp) {
      L.push(`尊敬的${D.org(co)}：`);
      L.push(`    感谢贵单位于${D.dt(d, 'cn')}通过${pick(['对公转账', '银行转账'])}向${D.org(o)}“${D.x('project', proj)}”项目捐赠人民币${cap}。`);
      L.push(`捐赠单位：${co.name}`);
      L.push(`统一社会信用代码：${D.uscc(co.uscc)}`);
      L.push(`经办人：${D.nm(p)}  联系电话：${D.mob(p.mobile, mobStyle())}`);
      if (chance(0.5)) L.push(`对接邮箱：${D.mail(p.email)}`);
    } else {
      const hon = chance(0.85) ? (p.female ? '女士' : '先生') : '';
      L.push(`尊敬的${pick(['', ' '])}${D.nm(p)}${hon}：`);
      L.push(`    感谢您于${D.dt(d, pick(['cn', 'iso']))}通过${pick(['微信支付', '支付宝', '银行转账', '现场捐赠'])}向${D.org(o)}“${D.x('project', proj)}”项目捐赠人民币${cap}。您的善款将全部用于项目执行，我们将定期向您反馈项目进展。`);
      L.push('');
      L.push(pick(['捐赠人信息：', '【捐赠人信息】', '捐赠人登记信息如下：']));
      L.push(`  姓名：${D.nm(p)}`);
      if (chance(0.08)) L.push(`  证件类型：护照  护照号码：${D.pass(makePassport())}`);
      else if (chance(0.6)) L.push(`  ${pick(['证件类型：居民身份证  证件号码', '身份证号', '证件号码'])}：${D.id(p.id, chance(0.1) ? 'x' : '')}`);
      L.push(`  ${pick(['联系电话', '手机', '手机号码'])}：${D.mob(p.mobile, mobStyle())}`);
      if (chance(0.75)) L.push(`  ${pick(['电子邮箱', '邮箱', 'E-mail'])}：${D.mail(p.email, chance(0.08) ? 'cap' : '')}`);
      if (chance(0.45)) L.push(`  付款账户：${D.card(p.card, pick(['', 'g4']))}（${p.bank}）`);
      else if (chance(0.3)) L.push(`  付款账户：${D.mCard(p.card)}`);
      if (chance(0.3)) L.push(`  通讯地址：${address(p.reg)}`);
    }
    L.push('');
    if (chance(0.7)) L.push(`公益事业捐赠统一票据  票据代码：${D.x('bill_code', `${pick(['44', '33', '51', '42', '11'])}0601${ri(20, 25)}`)}  票据号码：${D.x('bill_no', `00${digits(8)}`)}`);
    if (chance(0.4)) L.push(`证书编号：${D.x('cert_no', certNo())}`);
    L.push('本回执可用于个人所得税或企业所得税税前扣除（须凭公益事业捐赠统一票据）。');
    L.push(`开具单位：${o.name}${chance(0.6) ? '（盖章）' : ''}`);
    L.push(`${pick(['统一社会信用代码', '社会信用代码', '信用代码'])}：${D.uscc(o.uscc)}`);
    if (chance(0.4)) L.push(D.x('reg_no', o.regNo));
    L.push(`经办人：${D.nm(staff)}${chance(0.5) ? `    复核：${D.nm(staff2)}` : ''}`);
    L.push(`联系电话：${D.land(o.land, landStyle(), 'dc')}（办公室） 公益热线：${D.x('hotline', o.hotline)}`);
    L.push(`日期：${D.dt({ ...d, d: Math.min(28, d.d + ri(0, 3)) }, 'cn')}`);
    parts.push(L.join('\n'));
  }
  return parts.join(`\n${pick(['------------------------------', '\f', '========', '—— 第 X 页 ——'])}\n`);
}

function kVolForm(D) {
  const o = org(D), p = D.person({ y1: 1960, y2: 2007 }), ec = D.person({ y1: 1945, y2: 1995 }), act = pick(EVENTS), d = recent();
  const pass = chance(0.2), kv = [];
  kv.push([pick(['姓名', '姓 名', '志愿者姓名']), D.nm(p)]);
  kv.push(['性别', G(p)]);
  kv.push(['出生日期', fmtDate(p.birth, pick(['iso', 'cn', 'dot']))]);
  if (pass) { kv.push(['证件类型', '护照']); kv.push(['证件号码', D.pass(makePassport())]); kv.push(['国籍', pick(['中国', '中国（旅居海外）'])]); }
  else kv.push([pick(['身份证号', '身份证号码', '证件号码', '公民身份号码']), D.id(p.id, chance(0.1) ? 'x' : '')]);
  kv.push([pick(['手机', '手机号码', '联系电话', '移动电话']), D.mob(p.mobile, mobStyle())]);
  if (chance(0.8)) kv.push([pick(['邮箱', '电子邮箱', 'E-mail']), D.mail(p.email, chance(0.1) ? 'cap' : '')]);
  kv.push(['血型', pick(BLOOD)]);
  kv.push(['政治面貌', pick(['群众', '共青团员', '中共党员'])]);
  if (chance(0.6)) kv.push(['学校/单位', D.org(`${p.reg[1].replace(/^.*?省|^.*?自治区/, '')}${pick(SCHOOLS)}`)]);
  if (chance(0.4)) kv.push(['家庭住址', address(p.reg)]);
  kv.push([pick(['紧急联系人', '紧急联系人姓名']), D.nm(ec)]);
  kv.push(['与本人关系', pick(REL)]);
  kv.push([pick(['紧急联系人电话', '紧急联系电话', '联系人手机']), D.mob(ec.mobile, mobStyle())]);
  if (chance(0.25)) kv.push(['家庭电话', D.land(makeLand(), landStyle())]);
  if (chance(0.25)) { kv.push(['补贴发放卡号', D.card(p.card, pick(['', 'g4']))]); kv.push(['开户行', D.branch(p.bank)]); }
  kv.push(['志愿者编号', D.x('volunteer_no', volNo())]);
  kv.push(['服务意向', pick(['场馆引导', '医疗辅助', '物资分发', '摄影宣传', '陪伴老人', '儿童课业辅导'])]);
  kv.push(['累计服务时长', `${ri(0, 900)}${pick(['小时', 'h', ' 小时'])}`]);
  if (chance(0.4)) kv.push(['服装尺码', pick(['S', 'M', 'L', 'XL', 'XXL'])]);
  const style = pick(['kv', 'kv', 'kv2', 'md', 'grid']), sep = pick(['：', ': ', '：', ':', '  ']);
  let body;
  if (style === 'kv') body = kv.map(([k, v]) => `${k}${sep}${v}`).join('\n');
  else if (style === 'kv2') { const L = []; for (let i = 0; i < kv.length; i += 2) L.push(kv.slice(i, i + 2).map(([k, v]) => `${k}${sep}${v}`).join('        ')); body = L.join('\n'); }
  else if (style === 'md') body = ['| 项目 | 内容 |', '| --- | --- |', ...kv.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
  else body = kv.map(([k, v]) => `| ${k.padEnd(8, '　')}| ${v}`).join('\n');
  const L = [`${D.org(o)}`, `${pick(['', '2024年', '2025年'])}${act}志愿者报名表`, `报名编号：${D.x('signup_no', `BM${ymd8(d)}${digits(4)}`)}    提交时间：${D.dt(d, 'isoT')}`, '', body, ''];
  if (chance(0.35)) L.push(`填写说明：身份证号请填写18位（示例：${D.x('sample_value', '11010519491231002X', true)}），手机号请填写11位（例：${D.x('sample_value', pick(['13800138000', '13912345678']), true)}）。`);
  L.push(`本人承诺以上信息真实有效，自愿参加${D.x('project', act)}志愿服务。  签名：${D.nm(p)}  日期：${D.dt(d, 'cn')}`);
  if (chance(0.6)) L.push(`志愿者QQ群：${D.x('qq_group', qqGroup())}  咨询：${D.role(o)}`);
  if (chance(0.4)) L.push(`服务热线：${D.x('hotline', o.hotline)}`);
  return L.join('\n');
}

function kVolRoster(D) {
  const o = org(D), n = listLen(), fmt = tableFmt(), act = pick(EVENTS), ms = mobStyle();
  const opt = [['vno', 0.85], ['sex', 0.7], ['id', 0.75], ['mobile', 0.95], ['email', 0.45], ['ec', 0.5], ['blood', 0.4], ['hours', 0.7], ['post', 0.5], ['school', 0.3], ['signin', 0.55]].filter(([, p]) => chance(p)).map((c) => c[0]);
  const order = [...(chance(0.8) ? ['no'] : []), ...(opt.includes('vno') ? ['vno'] : []), 'name', ...shuffle(opt.filter((k) => k !== 'vno'))].filter((k, i, a) => a.indexOf(k) === i);
  const ecCombined = chance(0.4), rd = recent();
  const cols = order.flatMap((k) => (k === 'ec' ? (ecCombined ? ['ec'] : ['ecn', 'ecm']) : [k]));
  const H = { no: ['序号', 'No'], vno: ['志愿者编号', '编号', '志愿者证号'], name: ['姓名', '志愿者', '志愿者姓名'], sex: ['性别'], id: ['身份证号', '身份证号码', '证件号'], mobile: ['手机', '手机号', '联系电话'], email: ['邮箱', 'Email'], ec: ['紧急联系人及电话', '紧急联系人（电话）'], ecn: ['紧急联系人'], ecm: ['紧急联系电话', '紧急联系人电话'], blood: ['血型'], hours: ['服务时长', '累计时长(h)', '本次时长'], post: ['岗位', '服务岗位', '分组'], school: ['学校/单位'], signin: ['签到时间', '签到', '报名时间'] };
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = D.person({ y1: 1958, y2: 2007 }), ec = cols.some((c) => c.startsWith('ec')) ? D.person({ y1: 1945, y2: 1995 }) : null;
    rows.push(cols.map((k) => {
      switch (k) {
        case 'no': return String(i + 1);
        case 'vno': return D.x('volunteer_no', volNo());
        case 'name': return D.nm(p);
        case 'sex': return G(p);
        case 'id': return D.id(p.id, chance(0.06) ? 'x' : '');
        case 'mobile': return D.mob(p.mobile, chance(0.9) ? ms : mobStyle());
        case 'email': return chance(0.85) ? D.mail(p.email) : '';
        case 'ec': return `${D.nm(ec)}${pick([' ', '/', '（' + pick(REL) + '）'])}${D.mob(ec.mobile, ms)}`;
        case 'ecn': return `${D.nm(ec)}${chance(0.3) ? '(' + pick(REL) + ')' : ''}`;
        case 'ecm': return D.mob(ec.mobile, ms);
        case 'blood': return pick(BLOOD);
        case 'hours': return `${ri(1, 400)}${pick(['', '.5'])}`;
        case 'post': return pick(['引导组', '医疗组', '后勤组', '宣传组', '物资组', '陪伴组', '第一组', '第二组']);
        case 'school': return D.org(`${pick(CITIES)[0]}${pick(['大学', '职业技术学院', '第二中学', '理工学院'])}`);
        case 'signin': return D.dt({ ...rd, h: ri(7, 9), mi: ri(0, 59), s: ri(0, 59) }, pick(['isoT', 'hm']));
      }
      return '';
    }));
  }
  const leader = D.person({ y1: 1975, y2: 2000 });
  const pre = [`${o.name} ${act} 志愿者${pick(['花名册', '名单', '排班表', '签到表'])}${chance(0.4) ? `（${fmtDate(recent(), 'md')}）` : ''}`];
  if (chance(0.5)) pre.push(`队长：${D.nm(leader)} ${D.mob(leader.mobile, mobStyle())}`);
  const post = [];
  if (chance(0.5)) post.push(`制表：${D.nm(D.person({ y1: 1975, y2: 2000 }))}  审核：${D.nm(D.person({ y1: 1965, y2: 1990 }))}  日期：${D.dt(recent())}`);
  if (chance(0.4)) post.push(`志愿者群：QQ ${D.x('qq_group', qqGroup())}`);
  return [...pre, table(fmt, cols.map((k) => pick(H[k])), rows), ...post].join('\n');
}

function kBlood(D) {
  const c = pick(CITIES), center = `${c[0]}市${pick(['血液中心', '中心血站'])}`, cu = makeUscc('12', c[1]), cland = makeLand(c[2]);
  const site = `${pick(['天河城', '人民广场', '火车站', '大学城', '万达广场', '市民中心'])}${pick(['爱心献血屋', '献血点', '献血车'])}`;
  const v = pick(['table', 'table', 'cert', 'sms']);
  D.x('org_name', center);
  if (v === 'table') {
    const n = listLen(), fmt = tableFmt(), d = recent();
    const cols = ['no', 'code', 'name', ...shuffle(['sex', 'id', 'blood', 'vol', 'type', 'mobile'].filter(() => chance(0.85))), ...(chance(0.85) ? ['time'] : [])];
    if (!cols.includes('id') && !cols.includes('mobile')) cols.push('id');
    const H = { no: '序号', code: pick(['献血码', '条码号', '献血编号']), name: pick(['献血者', '姓名', '献血者姓名']), sex: '性别', id: pick(['证件号码', '身份证号']), blood: pick(['血型', 'ABO/Rh']), vol: pick(['献血量(ml)', '献血量']), type: '献血类型', mobile: pick(['联系电话', '手机']), time: '采血时间' };
    const rows = [];
    for (let i = 0; i < n; i++) {
      const p = D.person({ y1: 1966, y2: 2006 });
      rows.push(cols.map((k) => ({ no: String(i + 1), code: () => D.x('donation_code', `${String(d.y).slice(2)}${pad(d.m, 2)}${pad(d.d, 2)}${digits(4)}-${pad(ri(1, 20), 2)}`), name: () => D.nm(p), sex: G(p), id: () => D.id(p.id, chance(0.05) ? 'x' : ''), blood: pick(BLOOD), vol: String(pick([200, 300, 400])), type: pick(['全血', '机采血小板', '全血', '成分血']), mobile: () => D.mob(p.mobile), time: () => D.dt({ ...d, h: ri(9, 19), mi: ri(0, 59) }, 'hm') }[k])).map((x) => (typeof x === 'function' ? x() : x)));
    }
    return [`${center} ${site} 献血者登记表`, `采血日期：${D.dt(d, 'cn')}  采血点编号：${D.x('site_no', `XD-${c[1].slice(0, 4)}-${pad(ri(1, 99), 3)}`)}`, table(fmt, cols.map((k) => H[k]), rows), `采血护士：${D.nm(D.person())}  登记：${D.nm(D.person())}`, `${center}  统一社会信用代码：${D.uscc(cu)}`].join('\n');
  }
  if (v === 'cert') {
    const p = D.person({ y1: 1966, y2: 2006 }), d = recent();
    return [`中华人民共和国无偿献血证`, `献血证号：${D.x('cert_no', `${pick(['粤', '浙', '川', '鄂', '苏', '陕'])}${String(d.y).slice(2)}${digits(8)}`)}`, `姓名：${D.nm(p)}    性别：${G(p)}    血型：${pick(BLOOD)}`, `证件类型：居民身份证    证件号码：${D.id(p.id)}`, `联系电话：${D.mob(p.mobile, mobStyle())}`, `献血日期：${D.dt(d)}  献血量：${pick([200, 300, 400])}ml  献血类型：${pick(['全血', '单采血小板'])}`, `献血地点：${site}`, `采血机构：${center}（${D.uscc(cu)}）`, `累计献血：${ri(1, 40)}次  ${ri(200, 12000)}ml`, chance(0.5) ? `查询电话：${D.land(cland, landStyle(), 'dc')}  全国献血服务热线 ${D.x('hotline', '12320')}` : `扫码查询血液去向 · 电子献血证编号 ${D.x('cert_no', certNo())}`].join('\n');
  }
  const n = listLen(), L = [`# 短信发送日志 ${center} 献血回访`, pick(['手机号\t发送时间\t内容', 'mobile,send_ts,content'])];
  const csv = L[1].includes(',');
  for (let i = 0; i < n; i++) {
    const p = D.person({ y1: 1966, y2: 2006 }), d = recent();
    const msg = pick([
      () => `【${center}】尊敬的${D.nm(p)}，感谢您${D.dt(d, 'md')}在${site}捐献${pick([200, 300, 400])}ml全血，经检测合格，已用于临床救治。献血码${D.x('donation_code', `${String(d.y).slice(2)}${pad(d.m, 2)}${pad(d.d, 2)}${digits(4)}`)}。`,
      () => `【${center}】${D.nm(p)}${p.female ? '女士' : '先生'}您好，您已满足再次献血条件，欢迎到${site}参与无偿献血。咨询${D.land(cland, landStyle(), 'dc')}`,
      () => `【${center}】亲爱的${D.nm(p)}，您的血液已于${D.dt(d, 'md')}送往${D.org(`${c[0]}市${pick(['第一', '第二', '中心', '人民'])}医院`)}，感谢您的无私奉献！`])();
    L.push(csv ? [D.mob(p.mobile, pick(['', '+86c'])), D.ts(d), `"${msg}"`].join(',') : [D.mob(p.mobile), D.ts(d), msg].join('\t'));
  }
  return L.join('\n');
}

function kAid(D) {
  const o = org(D), proj = pick(PROJECTS.slice(0, 9)), n = listLen(), fmt = tableFmt(), d = recent(), rural = pick(RURAL), ms = mobStyle();
  const hh = chance(0.3); // 结对帮扶户 layout
  const cols = hh
    ? ['no', 'name', 'id', 'pop', 'mobile', 'card', 'bank', 'cadre', 'cadreMob', ...(chance(0.5) ? ['amount'] : [])]
    : ['no', ...(chance(0.9) ? ['pair'] : []), 'student', ...(chance(0.8) ? ['sex'] : []), 'school', 'grade', ...(chance(0.6) ? ['sid'] : []), 'guardian', ...(chance(0.4) ? ['gid'] : []), 'gmob', 'card', ...(chance(0.6) ? ['bank'] : []), ...(chance(0.7) ? ['donor', 'dmob'] : []), ...(chance(0.4) ? ['demail'] : []), 'amount', ...(chance(0.6) ? ['txn'] : []), ...(chance(0.4) ? ['paid'] : [])];
  const H = { no: '序号', pair: pick(['结对编号', '资助编号']), student: pick(['受助学生', '学生姓名', '受助人']), sex: '性别', school: '学校', grade: '年级', sid: pick(['学生身份证号', '身份证号']), guardian: pick(['监护人', '家长姓名', '监护人姓名']), gid: '监护人身份证', gmob: pick(['监护人电话', '家长手机', '联系电话']), card: pick(['银行卡号', '收款卡号', '一卡通账号', '账号']), bank: '开户行', donor: pick(['资助人', '爱心人士', '结对资助人']), dmob: pick(['资助人电话', '资助人手机']), demail: '资助人邮箱', amount: pick(['资助金额', '金额(元)', '本学期发放']), name: pick(['户主姓名', '帮扶对象']), id: '身份证号', pop: '家庭人口', mobile: '联系电话', cadre: '帮扶责任人', cadreMob: '责任人电话', txn: pick(['发放流水号', '转账流水']), paid: pick(['发放时间', '到账时间']) };
  const rows = [];
  let cadre = D.person({ y1: 1970, y2: 1995 });
  for (let i = 0; i < n; i++) {
    const s = D.person({ rural: true, y1: 2007, y2: 2017 }), g = D.person({ rural: true, y1: 1962, y2: 1992 }), dn = D.person({ y1: 1955, y2: 1998 });
    if (hh && chance(0.2)) cadre = D.person({ y1: 1970, y2: 1995 });
    const bank = pick(['中国农业银行', '中国邮政储蓄银行', '农村信用合作联社', '中国建设银行']), gc = makeCard();
    rows.push(cols.map((k) => {
      switch (k) {
        case 'no': return String(i + 1);
        case 'pair': return D.x('pair_no', `JD${d.y}${pad(ri(1, 9999), 4)}`);
        case 'student': return D.nm(s);
        case 'sex': return G(s);
        case 'school': return `${rural[2].slice(0, 2)}${pick(['县', '镇'])}${pick(SCHOOLS)}`;
        case 'grade': return pick(['三年级', '四年级', '五年级', '初一', '初二', '初三', '高一', '高二', '六年级(2)班']);
        case 'sid': return D.id(s.id);
        case 'guardian': return `${D.nm(g)}${chance(0.3) ? `（${pick(['父', '母', '祖父', '祖母', '外婆'])}）` : ''}`;
        case 'gid': return D.id(g.id);
        case 'gmob': return D.mob(g.mobile, ms);
        case 'card': return D.card(gc.card, pick(['', '', 'g4']));
        case 'bank': return D.branch(bank, rural[2]);
        case 'donor': return chance(0.85) ? D.nm(dn) : D.x('anonymous', pick(['爱心人士', '匿名', '某企业员工']));
        case 'dmob': return D.mob(dn.mobile, ms);
        case 'demail': return D.mail(dn.email);
        case 'amount': return D.amt().text;
        case 'name': return D.nm(g);
        case 'id': return D.id(g.id, chance(0.08) ? 'x' : '');
        case 'pop': return String(ri(2, 8));
        case 'mobile': return D.mob(g.mobile, ms);
        case 'cadre': return D.nm(cadre);
        case 'cadreMob': return D.mob(cadre.mobile, ms);
        case 'txn': return D.x('txn_no', txnNo(d));
        case 'paid': return D.dt({ ...d, h: ri(9, 17), mi: ri(0, 59), s: ri(0, 59) }, 'isoT');
      }
      return '';
    }));
  }
  const lead = D.person({ y1: 1970, y2: 1995 });
  return [`${hh ? `${rural[1]}${rural[2]} 结对帮扶台账` : `${D.x('project', proj)} ${d.y}年${pick(['春季', '秋季'])}学期 结对资助名单`}（${pick(['第一批', '第二批', '补录', '终版'])}）`,
    `${pick(['执行机构', '实施单位'])}：${D.org(o)}  ${pick(['项目编号', '批次号'])}：${D.x('project_no', projNo())}`,
    table(fmt, cols.map((k) => H[k]), rows),
    `资助款将于${D.dt({ ...d, m: Math.min(12, d.m + 1) }, 'cn')}前转入上表银行卡。如卡号变更请联系项目负责人 ${D.nm(lead)}（${D.mob(lead.mobile, mobStyle())}）。`,
    chance(0.5) ? `机构账户：${o.name} 开户行：${D.branch('中国建设银行', o.city)} 账号：${D.x('org_account', `4420${digits(16)}`)}` : `监督电话：${D.land(o.land, landStyle(), 'dc')}`].join('\n');
}

function kDrawPublic(D) {
  const o = chance(0.6) ? org(D) : null, co = company(), d = recent(), n = listLen(), fmt = pick(['md', 'pad', 'html', 'tsv', 'fwbar']);
  const ev = pick(['公益跑', '99公益日', '慈善晚会', '爱心义卖', '志愿者年会', '线上捐步']);
  const cols = ['prize', 'name', 'mobile', ...(chance(0.4) ? ['id'] : []), ...(chance(0.5) ? ['code'] : []), ...(chance(0.3) ? ['card'] : [])];
  const H = { prize: '奖项', name: pick(['姓名', '中奖人', '获奖者']), mobile: pick(['手机号', '联系电话', '手机']), id: pick(['证件号', '身份证号']), code: pick(['中奖号码', '抽奖码', '参与编号']), card: '奖金发放卡号' };
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = makePerson({ y1: 1960, y2: 2005 });
    rows.push(cols.map((k) => ({ prize: () => pick(['一等奖', '二等奖', '三等奖', '幸运奖', '参与奖', '特等奖']), name: () => D.mName(p), mobile: () => D.mMob(p.mobile), id: () => D.mId(p.id), code: () => D.x('draw_code', pick([`No.${pad(ri(1, 99999), 5)}`, `${pick(['A', 'B', 'C'])}${digits(6)}`, `${ri(1000, 9999)}-${ri(1000, 9999)}`])), card: () => D.mCard(p.card) }[k]())));
  }
  const L = [`${o ? D.org(o) : D.org(co)} ${d.y}年${ev}${pick(['幸运抽奖', '抽奖活动', '有奖互动'])}中奖名单公示`, '',
    `抽奖时间：${D.dt(d, 'isoT')}（时间戳 ${D.ts(d)}）`, `公证机构：${D.org(`${pick(CITIES)[0]}市${pick(['南方', '国信', '诚信', '蓝海'])}公证处`)}`, '',
    table(fmt, cols.map((k) => H[k]), rows), '',
    `为保护中奖者隐私，以上姓名、手机号已做脱敏处理。公示期：${D.dt(d, 'cn')}至${D.dt({ ...d, d: Math.min(dim(d.y, d.m), d.d + 7) }, 'cn')}。`];
  if (chance(0.6)) L.push(`请中奖者在7个工作日内添加官方QQ群 ${D.x('qq_group', qqGroup())} 或拨打 ${D.x('hotline', o ? o.hotline : `400-${ri(600, 999)}-${pad(ri(0, 9999), 4)}`)} 登记领奖信息。`);
  if (chance(0.35)) { const c = D.person({ y1: 1975, y2: 2000 }); L.push(`兑奖联系人：${D.nm(c)} ${D.mob(c.mobile, mobStyle())}`); }
  if (chance(0.3) && o) L.push(`主办单位统一社会信用代码：${D.uscc(o.uscc)}`);
  if (chance(0.3)) L.push(`活动编号：${D.x('project_no', projNo())}  奖品提供：${D.org(co)}`);
  return L.join('\n');
}

function kDrawInternal(D) {
  const o = org(D), d = recent(), n = listLen(), fmt = tableFmt(), ms = mobStyle();
  const cash = chance(0.5);
  const cols = ['no', 'prize', 'name', 'mobile', ...(cash ? ['id', 'card', 'bank', 'tax', 'txn'] : ['addr', 'express']), ...(chance(0.4) ? ['email'] : []), ...(chance(0.85) ? ['code'] : [])];
  const H = { no: '序号', prize: '奖项', name: pick(['中奖人姓名', '姓名', '收件人']), mobile: pick(['手机', '收件人电话', '联系电话']), id: pick(['身份证号码', '证件号码']), card: pick(['收款卡号', '银行卡号']), bank: '开户行', tax: '代扣个税(20%)', addr: pick(['收货地址', '寄送地址']), express: pick(['快递单号', '运单号']), email: '邮箱', code: '中奖编号', txn: pick(['付款流水号', '银行回单号']) };
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = D.person({ y1: 1958, y2: 2005 }), prize = pick([['一等奖', 5000], ['二等奖', 2000], ['三等奖', 500], ['幸运奖', 200], ['特等奖', 10000]]);
    rows.push(cols.map((k) => {
      switch (k) {
        case 'no': return String(i + 1);
        case 'prize': return cash ? `${prize[0]}（${D.x('amount', `¥${prize[1]}`)}）` : `${prize[0]}-${pick(['保温杯', '蓝牙耳机', '公益T恤', '定制帆布包', '扫地机器人', '书籍礼盒'])}`;
        case 'name': return D.nm(p);
        case 'mobile': return D.mob(p.mobile, chance(0.9) ? ms : mobStyle());
        case 'id': return D.id(p.id, chance(0.08) ? 'x' : '');
        case 'card': return D.card(p.card, pick(['', '', 'g4', 'dash']));
        case 'bank': return p.bank;
        case 'tax': return D.x('amount', (prize[1] * 0.2).toFixed(2));
        case 'addr': return address(p.reg);
        case 'express': return D.x('tracking_no', () => pick([`SF${digits(13)}`, `YT${digits(13)}`, `JT${digits(13)}`, `7${digits(14)}`, `EA${digits(9)}CN`]));
        case 'email': return D.mail(p.email);
        case 'code': return D.x('draw_code', `CJ${ymd8(d)}${pad(i + 1, 4)}`);
        case 'txn': return D.x('txn_no', txnNo(d));
      }
      return '';
    }));
  }
  const op = D.person({ y1: 1975, y2: 1998 });
  return [pick(['【内部资料 请勿外传】', '※ 仅限项目组内部使用 ※', 'CONFIDENTIAL / 内部']), `${D.org(o)} ${d.y}年${pick(['公益跑', '义卖', '年会', '99公益日'])}抽奖 ${cash ? '奖金发放明细' : '奖品寄送名单'}`,
    `导出时间：${D.dt(recent(), 'isoT')}  经办：${D.nm(op)}  ${chance(0.5) ? `内线：${D.land(o.land, 'dash', 'dc')}` : ''}`.trimEnd(),
    table(fmt, cols.map((k) => H[k]), rows),
    cash ? `注：奖金属于偶然所得，由主办方按20%代扣代缴个人所得税。付款批次：${D.x('batch_no', `PAY${ymd8(d)}${digits(3)}`)}` : `寄件人：${o.name}  寄件批次：${D.x('batch_no', `EXP-${ymd8(d)}-${pad(ri(1, 99), 2)}`)}`].join('\n');
}

function kGoods(D) {
  const o = org(D), d = recent(), n = listLen(), fmt = pick(['csv', 'pad', 'md', 'tsv', 'html', 'semi']), item = pick(['棉被', '米面油礼包', '羽绒服', '学习用品包', '助听器', '轮椅', '防疫包', '慰问金']), elderly = chance(0.4), ms = mobStyle();
  const cols = ['no', ...(chance(0.6) ? ['fno'] : []), 'name', ...(chance(0.85) ? ['id'] : []), 'mobile', ...(chance(0.4) ? ['addr'] : []), 'item', 'qty', ...(chance(0.4) ? ['proxy'] : []), 'sign', ...(chance(0.8) ? ['date'] : [])];
  const H = { no: '序号', name: pick(['领取人', '受助人', '姓名', '户主']), id: pick(['身份证号', '身份证号码', '证件号码']), mobile: pick(['联系电话', '电话', '手机']), addr: pick(['住址', '家庭住址']), item: '物资名称', qty: '数量', proxy: '代领人', sign: pick(['领取人签字', '签名', '签收']), date: '领取时间', fno: pick(['发放编号', '登记号']) };
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = D.person(elderly ? { y1: 1932, y2: 1960 } : { y1: 1950, y2: 1995 }), px = D.person({ y1: 1965, y2: 2000 });
    const useProxy = cols.includes('proxy') && chance(0.3);
    rows.push(cols.map((k) => {
      switch (k) {
        case 'no': return String(i + 1);
        case 'name': return D.nm(p);
        case 'id': {
          if (elderly && chance(0.12)) { const l15 = legacy15(p.reg[0], p.birth, p.female); return D.lab('dc', 'cn_resident_id', upgrade15(l15), l15); }
          return D.id(p.id, chance(0.08) ? 'x' : '');
        }
        case 'mobile': return chance(elderly ? 0.2 : 0.05) ? D.land(makeLand(), pick(['dash', 'bare'])) : D.mob(p.mobile, ms);
        case 'addr': return address(p.reg);
        case 'item': return item;
        case 'qty': return `${ri(1, 3)}${pick(['', '份', '件', '套'])}`;
        case 'proxy': return useProxy ? `${D.nm(px)}（${pick(['子', '女', '邻居', '儿媳'])}）` : '';
        case 'sign': return useProxy ? D.nm(px) : chance(0.85) ? D.nm(p) : pick(['（手印）', '已签', '√']);
        case 'date': return D.dt({ ...d, h: ri(8, 17), mi: ri(0, 59) }, pick(['hm', 'hm', 'dot', 'slash']));
        case 'fno': return D.x('issue_no', `FF${d.y}${pad(d.m, 2)}-${pad(i + 1 + ri(0, 3) * 100, 4)}`);
      }
      return '';
    }));
  }
  const w1 = D.person({ y1: 1970, y2: 1998 }), w2 = D.person({ y1: 1965, y2: 1998 });
  return [`${D.org(o)}“${D.x('project', pick(['暖冬行动', '爱心包裹', '爱心敬老', '微心愿']))}”物资发放签收表`, `发放地点：${D.x('place', pick(PLACES.slice(0, 6)))}${pick(['市', ''])}${pick(['社区服务中心', '村委会', '街道办事处'])}  批次号：${D.x('batch_no', `PC${ymd8(d)}-${pad(ri(1, 20), 2)}`)}  物资编号：${D.x('item_no', `WZ-${d.y}-${pad(ri(1, 9999), 4)}`)}`,
    table(fmt, cols.map((k) => H[k]), rows), `发放人：${D.nm(w1)}    监督人：${D.nm(w2)}（${D.x('job_title', pick(TITLES))}）    日期：${D.dt(d, 'cn')}`].join('\n');
}

function kJielong(D) {
  const o = org(D), d = recent(), n = listLen(), act = pick(EVENTS), withId = chance(0.3), L = [];
  const org1 = D.person({ y1: 1975, y2: 2000 });
  L.push(pick(['#接龙', '#接龙 ', '【接龙】', '#Jielong #接龙']));
  L.push(`${D.dt(d, 'md')}（${pick(['周六', '周日', '周五晚'])}）${act}`);
  L.push(`集合：${pick(['8:30', '9:00', '13:30', '19:00'])} ${pick(['地铁站B口', '社区服务中心门口', '图书馆正门', '体育中心北门'])}`);
  L.push(withId ? `需统一购买志愿者保险，请按格式接龙：姓名+身份证号+手机号` : `报名格式：姓名+手机号${chance(0.4) ? '（例：' + D.x('placeholder', pick(['张三', '李四', '王五'])) + ' ' + D.x('sample_value', pick(['13800138000', '13912345678', '18888888888']), true) + '）' : ''}`);
  if (chance(0.5)) L.push(`组织者：${D.nm(org1)} ${D.mob(org1.mobile, mobStyle())}`);
  L.push('');
  const sepN = pick(['. ', '、', '.', ' ']), chat = chance(0.45);
  let cd = { ...d, d: Math.max(1, d.d - 3) };
  for (let i = 0; i < n; i++) {
    const p = D.person({ y1: 1965, y2: 2008 }), st = chance(0.75) ? '' : pick(['sp', 'dash', '+86c']);
    const extra = chance(0.15) ? pick([' +1', '（带孩子一位）', ' 🙋', ' ✅', '（家属1人）', ' 已购保险', ' 可开车']) : '';
    const nm = D.nm(p);
    if (chat) { cd = { ...cd, mi: Math.min(59, cd.mi + ri(0, 3)), s: ri(0, 59) }; L.push(`[${D.dt(cd, 'isoT')}] ${chance(0.5) ? `${p.name.slice(-1)}${pick(['妈妈', '同学', '哥', '姐', ''])}` : pick(['阳光', 'Lily', '向日葵', '晨跑者', 'A-小鱼', '平安喜乐'])}:`); }
    if (withId) L.push(`${i + 1}${sepN}${nm} ${D.id(p.id, chance(0.06) ? 'x' : '')} ${D.mob(p.mobile, st)}${extra}`);
    else if (chance(0.08)) L.push(`${i + 1}${sepN}${nm}${pick(['', ' '])}${D.mob(p.mobile, st)}${pick([' 邮箱 ', ' '])}${D.mail(p.email)}`);
    else L.push(`${i + 1}${sepN}${nm}${pick([' ', ' ', '', '，', ' - '])}${D.mob(p.mobile, st)}${extra}`);
  }
  L.push('');
  if (chance(0.6)) L.push(`名额${n + ri(0, 20)}人，满员即止。${chance(0.5) ? `志愿服务时长将在“志愿汇”记录，活动编号${D.x('project_no', projNo())}。` : ''}`);
  if (chance(0.5)) L.push(`有问题群里@我，或加QQ群${D.x('qq_group', qqGroup())}`);
  if (chance(0.3)) L.push(`${D.org(o)} 公益热线 ${D.x('hotline', o.hotline)}`);
  return L.join('\n');
}

function kEmail(D) {
  const o = org(D), d = recent(), staff = D.person({ y1: 1972, y2: 1999 }), rcp = D.person({ y1: 1955, y2: 2003 }), L = [];
  const topic = pick(['pair', 'recruit', 'invoice', 'prize', 'report']);
  const sMail = `${staff.py[0]}${staff.py[1] || ''}@${o.domain}`;
  const ccRole = chance(0.5);
  L.push(`发件人: ${D.nm(staff)} <${D.mail(sMail)}>`);
  L.push(`收件人: ${chance(0.6) ? `"${D.nm(rcp)}" ` : ''}<${D.mail(rcp.email, chance(0.1) ? 'cap' : '')}>`);
  if (ccRole) L.push(`抄送: ${D.role(o)}`);
  L.push(`日期: ${D.dt(d, 'isoT')}`);
  const subj = { pair: () => `【${o.short}】${D.x('project', pick(['萤火虫助学', '春蕾计划', '助力高考']))} 结对资助确认`, recruit: () => `${pick(EVENTS)} 志愿者录取通知及排班`, invoice: () => `Re: 申请开具公益事业捐赠票据`, prize: () => `恭喜您在${pick(['公益跑', '99公益日'])}抽奖中获奖 - 领奖信息确认`, report: () => `${d.y}年${pick(['上半年', '第三季度', '年度'])}项目执行反馈` }[topic]();
  L.push(`主题: ${subj}`);
  L.push(`Message-ID: <${D.x('message_id', `${pick(['', 'tencent_', 'JavaMail.', ''])}${digits(13)}.${digits(6)}@mail.${o.domain}`)}>`);
  L.push('');
  L.push(`${D.nm(rcp)}${pick([rcp.female ? '女士' : '先生', '', '老师'])}：`);
  L.push('您好！');
  if (topic === 'pair') {
    const m = ri(1, 6);
    L.push(`感谢您参与${o.name}的结对资助。为您匹配的受助学生如下，资助款请于${D.dt(d, 'cn')}前转入学生监护人银行卡：`);
    for (let i = 0; i < m; i++) { const s = D.person({ rural: true, y1: 2008, y2: 2016 }), g = D.person({ rural: true, y1: 1965, y2: 1990 }); L.push(`  ${i + 1}）${D.nm(s)}，${pick(SCHOOLS)}${pick(['四', '五', '六'])}年级；监护人${D.nm(g)}，电话${D.mob(g.mobile)}，卡号${D.card(g.card, pick(['', 'g4']))}（${g.bank}）`); }
    L.push(`结对编号：${D.x('pair_no', `JD${d.y}${pad(ri(1, 9999), 4)}`)}。`);
  } else if (topic === 'recruit') {
    const m = ri(2, 12);
    L.push(`您已通过${o.name}志愿者面试，志愿者编号${D.x('volunteer_no', volNo())}。本周排班如下（同组伙伴联系方式供对接使用，请勿外传）：`);
    for (let i = 0; i < m; i++) { const q = D.person({ y1: 1975, y2: 2007 }); L.push(`- ${D.nm(q)}  ${D.mob(q.mobile, mobStyle())}  ${pick(['A岗', 'B岗', '机动'])}`); }
  } else if (topic === 'invoice') {
    L.push(`已收到您的开票申请，请核对以下信息，如无误我们将在5个工作日内开具电子票据并发送至您的邮箱：`);
    L.push(`> 捐赠人：${D.nm(rcp)}`);
    L.push(`> 证件号码：${D.id(rcp.id, chance(0.1) ? 'x' : '')}`);
    L.push(`> 捐赠金额：${D.amt().text}  捐赠日期：${D.dt(d)}  订单号：${D.x('donation_no', donNo(d))}`);
    if (chance(0.5)) L.push(`> 付款卡号：${D.card(rcp.card, pick(['', 'g4']))}`);
    L.push(`> 接收邮箱：${D.mail(rcp.email)}`);
  } else if (topic === 'prize') {
    L.push(`恭喜您获得${pick(['一等奖', '二等奖', '幸运奖'])}！公示名单中您的信息显示为 ${D.mName(rcp)} / ${D.mMob(rcp.mobile)}。请回复确认以下领奖信息：`);
    L.push(`姓名：${D.nm(rcp)}\n手机：${D.mob(rcp.mobile, mobStyle())}\n身份证号（代扣个税用）：${D.id(rcp.id)}\n收款银行卡：${D.card(rcp.card, pick(['', 'g4']))}（${rcp.bank}）`);
  } else {
    L.push(`附件为${D.x('project', pick(PROJECTS))}项目执行报告（项目编号${D.x('project_no', projNo())}），本期共支出${D.amt().text}，受益${ri(30, 3000)}人。`);
    if (chance(0.6)) L.push(`如需纸质版，请告知收件地址。我们的财务同事 ${D.nm(D.person({ y1: 1975, y2: 1998 }))} 会与您联系。`);
  }
  L.push('');
  L.push(pick(['祝好！', '此致\n敬礼！', '谢谢！', 'Best regards,']));
  L.push('');
  L.push(pick(['--', '————————', '-- ']));
  const sig = [`${D.nm(staff)} | ${D.x('job_title', pick(TITLES))}`, o.name, `手机：${D.mob(staff.mobile, mobStyle())}`];
  if (chance(0.6)) sig.push(`办公：${D.land(o.land, landStyle(), 'dc')}${chance(0.5) ? ` 转${ri(800, 8999)}` : ''}`);
  if (chance(0.5)) sig.push(`邮箱：${D.mail(sMail)}`);
  if (chance(0.5)) sig.push(`统一社会信用代码：${D.uscc(o.uscc)}`);
  if (chance(0.5)) sig.push(`公益热线：${D.x('hotline', o.hotline)}`);
  if (chance(0.3)) sig.push(`地址：${pick(CITIES)[0]}市${pick(STREETS)}${ri(1, 300)}号${pick(['公益大厦', '创意园', '社会组织孵化基地'])}${ri(2, 20)}楼`);
  if (chance(0.3)) sig.push(`本邮件可能包含保密信息，如误收请删除。`);
  L.push(...sig);
  if (chance(0.3)) { L.push(''); L.push(`在 ${D.dt(recent(), 'hm')}，${D.nm(rcp)} <${D.mail(rcp.email)}> 写道：`); L.push(`> ${pick(['请问什么时候可以开票？', '我想了解一下项目进展。', '我报名了志愿者，想确认一下时间。'])}`); }
  return L.join('\n');
}

function kOcr(D) {
  const o = org(D), d = recent(), p = D.person({ y1: 1955, y2: 2007 }), ec = D.person({ y1: 1945, y2: 1995 });
  const form = pick(['志愿者登记表', '助学金申请表', '无偿献血登记表', '困难家庭救助申请表']);
  const sp = (s) => (chance(0.5) ? [...s].join(' ') : s);
  const nmHow = pick(['', 'sp', 'sp', 'sp2']);
  const idSt = pick(['', '', 'grp', 'grp', 'split', 'x']);
  const mobSt = pick(['', 'sp', 'dash', 'fw', 'split', '']);
  const bar = pick(['|', '丨', '│', '']);
  const L = [`${[...form].join(' ')}`, `${sp('编号')}：${D.x('form_no', `${pick(['ZX', 'JZ', 'XX', 'ZY'])}${d.y}${pad(ri(1, 9999), 4)}`)}     ${sp('填表日期')}：${D.dt(d, pick(['cn', 'dot']))}`];
  L.push(`${bar} ${sp('姓名')} ${D.nm(p, nmHow)} ${bar} ${sp('性别')} ${pick([p.female ? '口男 ☑女' : '☑男 口女', G(p)])} ${bar} ${sp('民族')} ${pick(['汉', '回', '苗', '彝', '土家'])} ${bar}`);
  L.push(`${bar} ${pick(['身份证号', '身 份 证 号', '身份讧号', '公民身份号码'])} ${D.id(p.id, idSt)} ${bar}`);
  L.push(`${bar} ${pick(['联系电话', '手 机', '手杌号码', '电舌'])} ${D.mob(p.mobile, mobSt)} ${bar} ${sp('血型')} ${pick(BLOOD)} ${bar}`);
  if (chance(0.6)) L.push(`${bar} ${pick(['电子邮箱', 'E-mail', '邮 箱'])} ${D.mail(p.email)} ${bar}`);
  L.push(`${bar} ${sp('家庭住址')} ${address(p.reg)} ${bar}`);
  if (form.includes('助学') || form.includes('救助') || chance(0.3)) { const c = makeCard(); L.push(`${bar} ${pick(['银行卡号', '开户账号', '卡 号'])} ${D.card(c.card, pick(['', 'g4', 'g4', 'split']))} ${bar} ${sp('开户行')} ${c.bank} ${bar}`); }
  L.push(`${bar} ${pick(['紧急联系人', '紧急联系 人', '监护人'])} ${D.nm(ec, nmHow)} ${bar} ${sp('关系')} ${pick(REL)} ${bar} ${sp('电话')} ${D.mob(ec.mobile, mobSt === 'split' ? '' : mobSt)} ${bar}`);
  if (chance(0.3)) L.push(`${bar} ${sp('家庭电话')} ${D.land(makeLand(), pick(['dash', 'paren', 'sp']))} ${bar}`);
  L.push(`${bar} ${sp('申请理由')} ${pick(['家庭困难，父亲务工受伤', '热爱公益，愿意服务社区', '单亲家庭，母亲患病', '本人自愿无偿献血'])} ${bar}`);
  L.push(`${sp('本人签名')}：${D.nm(p, chance(0.5) ? nmHow : '')}     ${sp('审核人')}：${D.nm(D.person({ y1: 1970, y2: 1995 }))}`);
  L.push(`${D.org(o)}${pick(['（盖章）', '（章）', ' 〔印〕'])}  ${D.x('page_marker', `第${ri(1, 3)}页 共${ri(3, 5)}页`)}`);
  if (chance(0.4)) L.push(`${pick(['扫描件', 'IMG_', 'scan_'])}${D.x('file_name', `${ymd8(d)}_${pad(ri(1, 999), 3)}.jpg`)}  OCR置信度 ${ri(72, 99)}%`);
  return L.join('\n');
}

function kHtml(D) {
  const o = org(D), n = listLen(), which = pick(['vol', 'donor', 'aid']), ms = mobStyle(), d = recent();
  const cols = which === 'vol' ? ['姓名', '身份证号', '手机', '邮箱', '服务时长'] : which === 'donor' ? ['捐赠人', '手机号码', '电子邮箱', '金额', '捐赠时间'] : ['受助人', '监护人', '联系电话', '银行卡号', '开户行'];
  const keep = [...(chance(0.7) ? ['编号'] : []), ...cols.filter((c, i) => i < 2 || chance(0.8))];
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = D.person({ y1: which === 'aid' ? 2008 : 1955, y2: which === 'aid' ? 2016 : 2005, rural: which === 'aid' }), g = D.person({ rural: true, y1: 1965, y2: 1992 });
    rows.push(keep.map((c) => ({ 姓名: () => D.nm(p), 捐赠人: () => D.nm(p), 受助人: () => D.nm(p), 监护人: () => D.nm(g), 身份证号: () => D.id(p.id), 手机: () => D.mob(p.mobile, ms), 手机号码: () => D.mob(p.mobile, ms), 联系电话: () => D.mob(g.mobile, ms), 邮箱: () => D.mail(p.email), 电子邮箱: () => D.mail(p.email), 服务时长: () => `${ri(1, 300)}h`, 金额: () => D.amt().text, 捐赠时间: () => D.dt(d, 'hm'), 银行卡号: () => D.card(g.card, pick(['', 'g4'])), 开户行: () => g.bank, 编号: () => D.x(which === 'vol' ? 'volunteer_no' : which === 'donor' ? 'donation_no' : 'pair_no', which === 'vol' ? volNo() : which === 'donor' ? donNo(d) : `JD${d.y}${pad(ri(1, 9999), 4)}`) }[c]())));
  }
  return ['<!DOCTYPE html>', '<html lang="zh-CN"><head><meta charset="utf-8">', `<title>${o.name} - ${which === 'vol' ? '志愿者名单' : which === 'donor' ? '捐赠明细' : '受助名单'}</title>`,
    '<style>table{border-collapse:collapse}td,th{padding:4px 8px}@media print{.no-print{display:none}}</style></head><body>',
    `<h2>${D.org(o)}</h2>`, `<p class="meta">生成时间：${D.dt(recent(), 'isoT')} | 报表ID：${D.x('report_id', `RPT-${digits(8)}`)} | <img src="${D.x('file_ref', pick(['logo@2x.png', 'banner@3x.jpg', 'icon-heart@2x.png']))}" alt="logo"></p>`,
    table('html', keep, rows), `<p class="no-print">联系我们：${D.role(o)} · ${D.x('hotline', o.hotline)}</p>`, '</body></html>'].join('\n');
}

function kJson(D) {
  const o = org(D), n = listLen(), ndjson = chance(0.5), keys = pick([['realName', 'mobile', 'email'], ['donorName', 'phone', 'mail'], ['name', 'tel', 'email']]), objs = [];
  for (let i = 0; i < n; i++) {
    const p = D.person({ y1: 1955, y2: 2006 }), d = recent(), anon = chance(0.12), a = amount();
    const ob = { orderNo: D.x('order_no', () => pick([`GY${ymd8(d)}${pad(d.h, 2)}${pad(d.mi, 2)}${digits(6)}`, `${digits(4)}${ymd8(d)}${digits(6)}`])), createTime: +D.ts(d) };
    ob.project = D.x('project', pick(PROJECTS));
    if (anon) { ob[keys[0]] = D.x('anonymous', pick(['爱心网友', '匿名用户', '好心人'])); ob[keys[1]] = D.mMob(p.mobile); ob.anonymous = true; }
    else { ob[keys[0]] = D.nm(p); ob[keys[1]] = D.mob(p.mobile); if (chance(0.7)) ob[keys[2]] = D.mail(p.email); ob.anonymous = false; if (chance(0.2)) ob.idCard = D.id(p.id); }
    ob.amount = a.v; ob.payChannel = pick(['wxpay', 'alipay', 'unionpay']);
    ob.transactionId = D.x('txn_no', txnNo(d));
    if (chance(0.3)) ob.openid = D.x('openid', `o${pick(['Up', 'Xk', 'Qw'])}F8${Array.from({ length: 22 }, () => pick([...'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-'])).join('')}`);
    if (chance(0.2) && !anon) ob.bankCard = D.card(p.card);
    objs.push(ob);
  }
  const meta = { exportedBy: 'platform-export', org: D.org(o), orgCreditCode: D.uscc(o.uscc), exportTime: +D.ts(recent()), total: n };
  return ndjson ? [JSON.stringify(meta), ...objs.map((x) => JSON.stringify(x))].join('\n') : JSON.stringify({ meta, list: objs }, null, chance(0.5) ? 2 : 0);
}

function kSubsidy(D) {
  const o = org(D), n = listLen(), fmt = tableFmt(), d = recent(), cs = pick(['', '', 'g4']);
  const cols = ['no', 'name', ...(chance(0.8) ? ['id'] : []), 'card', ...(chance(0.7) ? ['bank'] : []), ...(chance(0.5) ? ['mobile'] : []), ...(chance(0.6) ? ['hours'] : []), 'amount', ...(chance(0.6) ? ['txn'] : []), ...(chance(0.3) ? ['sign'] : [])];
  const H = { no: '序号', name: pick(['姓名', '志愿者姓名', '收款人', '户名']), id: pick(['身份证号码', '证件号码']), card: pick(['银行卡号', '收款账号', '卡号', '账号']), bank: pick(['开户行', '开户银行']), mobile: '手机号', hours: '服务时长(小时)', amount: pick(['补贴金额', '金额(元)', '实发金额']), sign: '签名', txn: pick(['银行流水号', '代发流水']) };
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = D.person({ y1: 1960, y2: 2006 });
    rows.push(cols.map((k) => ({ no: () => String(i + 1), name: () => D.nm(p), id: () => D.id(p.id, chance(0.06) ? 'x' : ''), card: () => D.card(p.card, cs), bank: () => D.branch(p.bank, o.city), mobile: () => D.mob(p.mobile), hours: () => String(ri(2, 120)), amount: () => D.amt().text, sign: () => D.nm(p), txn: () => D.x('txn_no', txnNo(d)) }[k]())));
  }
  const fin = D.person({ y1: 1970, y2: 1995 });
  return [`${D.org(o)} 志愿者${pick(['交通餐费补贴', '服务补贴', '误餐补贴', '劳务费'])}发放表（${d.y}年${d.m}月）`, `项目：${D.x('project', pick(EVENTS))}  付款批次号：${D.x('batch_no', `FK${ymd8(d)}${pad(ri(1, 99), 2)}`)}`, table(fmt, cols.map((k) => H[k]), rows),
    `合计：${D.x('amount', (ri(100, 99999) + 0.5).toFixed(2))}元    财务：${D.nm(fin)}    ${chance(0.5) ? `付款账户：${D.mCard(makeCard().card)}` : `出纳电话：${D.land(o.land, landStyle(), 'dc')}`}`].join('\n');
}

function kNotice(D) {
  const o = org(D), d = recent(), proj = pick(PROJECTS), L = [], sec = D.person({ y1: 1960, y2: 1990 });
  L.push(`关于“${D.x('project', proj)}”项目${pick(['善款使用情况', '年度执行情况', '募捐活动结果'])}的公示`);
  L.push(`${D.org(o)}（统一社会信用代码：${D.uscc(o.uscc)}，${D.x('reg_no', o.regNo)}）`);
  L.push(`公开募捐备案编号：${D.x('filing_no', `${pick(CITIES)[1]}${d.y}${pad(ri(1, 9999), 4)}`)}  项目编号：${D.x('project_no', projNo())}`);
  L.push('');
  L.push(`    ${D.dt(d, 'cn')}至今，本项目累计接收捐赠${D.amt().text}，其中个人捐赠${ri(100, 90000)}笔，企业捐赠${ri(1, 90)}笔；累计支出${D.amt().text}，惠及${D.x('place', pick(PLACES))}${pick(['等地', '地区'])}受益人${ri(100, 20000)}人次。`);
  L.push('');
  L.push(pick(['爱心榜（部分）：', '大额捐赠人致谢（已脱敏）：', '月捐榜 TOP10：']));
  const m = ri(3, 12);
  for (let i = 0; i < m; i++) { const p = makePerson(); const a = amount(); L.push(`  ${i + 1}. ${chance(0.8) ? D.mName(p) : D.x('anonymous', '匿名')}  ${D.x('amount', a.text)}  ${chance(0.4) ? D.mMob(p.mobile) : ''}`.trimEnd()); }
  if (chance(0.5)) { const c = company(); L.push(`  企业：${D.org(c)}  ${D.x('amount', `¥${ri(1, 50)}0,000.00`)}`); if (chance(0.5)) L.push(`        （统一社会信用代码 ${D.uscc(c.uscc)}）`); }
  L.push('');
  L.push(`捐赠账户：户名 ${o.name}；开户行 ${D.branch(pick(['中国工商银行', '招商银行', '中国银行']), o.city)}；账号 ${D.x('org_account', () => pick([`${ri(1, 9)}${digits(19)}`, `${ri(1, 9)}${digits(11)}`, `${ri(1, 9)}${digits(14)}`]))}`);
  L.push(`监督电话：${D.land(o.land, landStyle(), 'dc')}  公益热线：${D.x('hotline', o.hotline)}  民政部门举报电话：${D.x('hotline', hotline2())}`);
  if (chance(0.5)) L.push(`信息公开邮箱：${D.role(o)}  官方QQ群：${D.x('qq_group', qqGroup())}`);
  L.push(`${D.x('job_title', pick(['秘书长', '理事长']))}：${D.nm(sec)}`);
  L.push(`${o.name}  ${D.dt({ ...d, y: Math.min(2025, d.y + (d.m > 6 ? 0 : 0)) }, 'cn')}`);
  return L.join('\n');
}


function kPublicity(D) {
  const o = org(D), d = recent(), n = listLen(), fmt = pick(['md', 'pad', 'html', 'tsv', 'csv']), proj = pick(PROJECTS);
  const cols = ['no', ...(chance(0.7) ? ['donNo'] : []), 'name', 'amount', ...(chance(0.7) ? ['time'] : []), ...(chance(0.4) ? ['mobile'] : []), ...(chance(0.3) ? ['channel'] : []), ...(chance(0.3) ? ['receipt'] : [])];
  const H = { no: '序号', donNo: pick(['捐赠编号', '订单编号']), name: pick(['捐赠人', '爱心人士', '捐赠方']), amount: pick(['金额(元)', '捐赠金额']), time: pick(['到账时间', '捐赠日期']), mobile: '手机尾号', channel: '渠道', receipt: '票据号' };
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = makePerson(), co = chance(0.08) ? company() : null, dd = { ...d, d: ri(1, dim(d.y, d.m)), h: ri(0, 23), mi: ri(0, 59), s: ri(0, 59) };
    rows.push(cols.map((k) => ({ no: () => String(i + 1), donNo: () => D.x('donation_no', donNo(dd)), name: () => (co ? D.org(co) : chance(0.1) ? D.x('anonymous', pick(['匿名', '爱心人士', '一位老党员'])) : D.mName(p)), amount: () => D.amt().text, time: () => D.dt(dd, pick(['isoT', 'hm'])), mobile: () => D.mMob(p.mobile), channel: () => pick(['微信', '支付宝', '银行转账', '腾讯公益', '现金']), receipt: () => D.x('receipt_no', receiptNo()) }[k]())));
  }
  return [`${D.org(o)} “${D.x('project', proj)}”${pick(['捐赠明细公示', '善款到账公示', '爱心榜', '第' + ri(1, 12) + '期捐赠公示'])}（${d.y}年${d.m}月）`,
    `公开募捐方案备案号：${D.x('filing_no', `${pick(CITIES)[1]}${d.y}${pad(ri(1, 9999), 4)}`)}  公示期：${D.dt(d, 'cn')}起七日`,
    table(fmt, cols.map((k) => H[k]), rows),
    `说明：为保护捐赠人隐私，姓名及联系方式已脱敏显示。如对公示内容有异议，请拨打 ${D.x('hotline', o.hotline)} 或发送邮件至 ${D.role(o)}。`,
    chance(0.5) ? `${D.x('reg_no', o.regNo)}  统一社会信用代码：${D.uscc(o.uscc)}` : `查询页面：https://${o.domain}/gs/${D.x('report_id', `${ymd8(d)}${digits(4)}`)}`].join('\n');
}

function kCert(D) {
  const o = org(D), d = recent(), p = D.person({ y1: 1960, y2: 2008 }), act = pick(EVENTS), L = [];
  const y0 = { ...d, y: d.y - ri(0, 2), m: ri(1, 12) }; y0.d = Math.min(y0.d, dim(y0.y, y0.m));
  L.push(pick(['志愿服务证明', '志 愿 服 务 时 长 证 明', '荣誉证书', 'Certificate of Volunteer Service / 志愿服务证明']));
  L.push(`证书编号：${D.x('cert_no', certNo())}${pick(['    ', '\n'])}验证码：${D.x('verify_code', Array.from({ length: 8 }, () => pick([...'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'])).join(''))}`);
  L.push('');
  L.push(`    兹证明${D.nm(p)}${pick([() => '同志', () => '同学', () => '', () => '（志愿者编号：' + D.x('volunteer_no', volNo()) + '）'])()}${chance(0.4) ? `（${pick(['身份证号', '证件号码'])}：${chance(0.6) ? D.id(p.id) : D.mId(p.id)}）` : ''}于${D.dt(y0, 'cn')}至${D.dt(d, 'cn')}期间，在${D.org(o)}参加“${D.x('project', act)}”等志愿服务项目，累计服务时长${ri(10, 600)}${pick(['.5', ''])}小时，服务次数${ri(2, 90)}次，表现优秀，特此证明。`);
  L.push('');
  if (chance(0.6)) L.push(`项目编号：${D.x('project_no', projNo())}  服务记录流水：${D.x('record_no', `SR${ymd8(d)}${digits(6)}`)}`);
  if (chance(0.4)) L.push(`（本证明仅用于${pick(['升学', '评优', '求职', '积分落户'])}，复印无效）`);
  L.push(`${o.name}${pick(['（盖章）', ''])}`);
  if (chance(0.5)) L.push(`统一社会信用代码：${D.uscc(o.uscc)}`);
  L.push(`${D.x('job_title', pick(['秘书长', '理事长', '项目主管']))}：${D.nm(D.person({ y1: 1960, y2: 1990 }))}    开具日期：${D.dt({ ...d, d: Math.min(28, d.d + 1) }, 'cn')}`);
  L.push(`查验电话：${chance(0.5) ? D.land(o.land, landStyle(), 'dc') : D.x('hotline', o.hotline)}  查验网址：https://${o.domain}/verify  志愿者QQ群 ${D.x('qq_group', qqGroup())}`);
  if (chance(0.3)) L.push(`二维码内容：${D.x('qr_payload', () => `https://${o.domain}/c?id=${digits(12)}&t=${ts13(d)}`)}`);
  return L.join('\n');
}

// ================================================================ assemble
const KINDS = [['donor-register', kDonor, 42], ['receipt-letter', kReceipt, 26], ['volunteer-form', kVolForm, 26], ['volunteer-roster', kVolRoster, 30], ['blood-record', kBlood, 20], ['aid-list', kAid, 28], ['draw-public', kDrawPublic, 28], ['draw-internal', kDrawInternal, 22], ['goods-signoff', kGoods, 18], ['jielong', kJielong, 26], ['project-email', kEmail, 26], ['ocr-form', kOcr, 20], ['html-table', kHtml, 14], ['platform-json', kJson, 12], ['subsidy-list', kSubsidy, 15], ['public-notice', kNotice, 20], ['donation-publicity', kPublicity, 30], ['service-certificate', kCert, 22]];

function finalize(D, text) {
  const uniq = (cls) => { const m = new Map(); for (const l of D.L) if (l.cls === cls) m.set(`${l.det}\u0000${l.value}`, { detector: l.det, value: l.value }); return m; };
  const E = uniq('e'), C = uniq('dc');
  for (const k of E.keys()) C.delete(k);
  const X = new Map(); for (const x of D.X) X.set(`${x.kind}\u0000${x.text}`, x);
  return { kind: D.kind, text, entities: [...E.values()], dontCare: [...C.values()], decoys: [...X.values()].map((x) => ({ kind: x.kind, text: x.text })), _labels: D.L };
}

// checks used both per-document (retry) and globally (exit 1)
function valueValid(det, v) {
  switch (det) {
    case 'cn_resident_id': return idValid(v);
    case 'cn_mobile': return mobileOk(v);
    case 'cn_landline': return landValid(v);
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(v) && v === v.toLowerCase();
    case 'bank_card': return /^\d{16,19}$/.test(v) && luhnOk(v);
    case 'cn_uscc': return usccValid(v);
    case 'cn_passport': return /^(E[A-HJ-NP-Z\d]\d{7}|G\d{8}|[DSP]E\d{7})$/.test(v);
    case 'person_name_zh': return /^[\u4e00-\u9fa5]{2,4}$/.test(v) || /^[\u4e00-\u9fa5]{2,8}·[\u4e00-\u9fa5]{2,8}$/.test(v);
  }
  return false;
}
function docProblems(doc) {
  const errs = [], t = doc.text;
  for (const l of doc._labels) {
    if (!valueValid(l.det, l.value)) errs.push(`invalid ${l.det} value ${l.value}`);
    if (!t.includes(l.raw)) errs.push(`raw form missing: ${l.det} ${l.raw}`);
  }
  const lv = new Set([...doc.entities, ...doc.dontCare].map((e) => e.value));
  const raws = new Set(doc._labels.map((l) => l.raw));
  for (const x of doc.decoys) {
    if (!t.includes(x.text)) errs.push(`decoy missing: ${x.text}`);
    for (const v of lv) if (x.text.includes(v)) errs.push(`decoy "${x.text}" contains labelled value ${v}`);
    for (const r of raws) if (r.length >= 2 && x.text.includes(r)) errs.push(`decoy "${x.text}" contains labelled raw ${r}`);
  }
  const ek = new Set(doc.entities.map((e) => `${e.detector}\u0000${e.value}`));
  for (const c of doc.dontCare) if (ek.has(`${c.detector}\u0000${c.value}`)) errs.push(`entity/dontCare overlap ${c.value}`);
  const ev = new Set(doc.entities.map((e) => e.value)), cv = new Set(doc.dontCare.map((e) => e.value));
  for (const v of ev) if (cv.has(v)) errs.push(`value both entity and dontCare: ${v}`);
  for (const x of doc.decoys) if (ev.has(x.text) || cv.has(x.text)) errs.push(`decoy equals label ${x.text}`);
  return errs;
}

const out = process.argv[2];
if (!out) { console.error('usage: node charity.mjs OUT.jsonl'); process.exit(2); }
const docs = [];
let retries = 0;
for (const [kind, fn, count] of KINDS) {
  for (let i = 1; i <= count; i++) {
    let doc, tries = 0;
    for (;;) {
      const D = new Doc(kind);
      doc = finalize(D, fn(D));
      if (!D.bad && docProblems(doc).length === 0) break;
      retries++;
      if (++tries > 200) { console.error(`cannot generate ${kind}-${i}:`, docProblems(doc).slice(0, 5), D.bad ? '(unsafe decoy)' : ''); process.exit(1); }
    }
    doc.id = `ch-${kind}-${i}`;
    docs.push(doc);
  }
}

// ---------------------------------------------------------------- global self-check
const failures = [];
const ids = new Set();
for (const d of docs) {
  if (ids.has(d.id)) failures.push(`duplicate id ${d.id}`); ids.add(d.id);
  for (const e of docProblems(d)) failures.push(`${d.id}: ${e}`);
  for (const x of d.decoys) if (decoyUnsafe(x.text) && !['sample_value'].includes(x.kind)) failures.push(`${d.id}: unsafe decoy ${x.text}`);
}
const entCount = {}, dcCount = {}, decCount = {}, kindCount = {};
let nEnt = 0, nDec = 0;
for (const d of docs) {
  kindCount[d.kind] = (kindCount[d.kind] || 0) + 1;
  for (const e of d.entities) { entCount[e.detector] = (entCount[e.detector] || 0) + 1; nEnt++; }
  for (const e of d.dontCare) dcCount[e.detector] = (dcCount[e.detector] || 0) + 1;
  for (const x of d.decoys) { decCount[x.kind] = (decCount[x.kind] || 0) + 1; nDec++; }
}
if (docs.length < 250) failures.push(`only ${docs.length} documents`);
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((entCount[det] || 0) < 300) failures.push(`only ${entCount[det] || 0} ${det} entities`);
if (nDec < nEnt) failures.push(`decoys ${nDec} < entities ${nEnt}`);

writeFileSync(out, docs.map((d) => JSON.stringify({ id: d.id, kind: d.kind, text: d.text, entities: d.entities, dontCare: d.dontCare, decoys: d.decoys })).join('\n') + '\n');
const sortObj = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k.padEnd(20)} ${v}`).join('\n');
console.log(`wrote ${docs.length} documents to ${out} (doc regenerations: ${retries})`);
console.log(`documents per kind:\n${sortObj(kindCount)}`);
console.log(`entity labels per detector (total ${nEnt}):\n${sortObj(entCount)}`);
console.log(`dontCare labels per detector:\n${sortObj(dcCount)}`);
console.log(`decoys per kind (total ${nDec}):\n${sortObj(decCount)}`);
if (failures.length) { console.error(`SELF-CHECK FAILED (${failures.length}):\n` + failures.slice(0, 30).join('\n')); process.exit(1); }
console.log('self-check: OK');
