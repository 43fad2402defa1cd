#!/usr/bin/env node
/*
 * donors.mjs — independent labelled test corpus for listguard (theme: donations and 功德 registers).
 *
 * Theme: temple and clan (宗祠 修谱 / 捐资) donor lists OCR'd from red paper (功德芳名录, several
 * "name amount" pairs per line), 功德碑 drafts, 族谱 contributor lists with the 修谱理事会 contacts,
 * school alumni donation lists, 水滴筹/众筹-style campaign exports, 公益事业捐赠票据 (paper OCR and
 * e-receipt text), e-receipt API JSON, 村里修路集资 tables, company matching-gift exports with
 * employees' salary cards, thank-you SMS send logs, WeChat 接龙 transcripts, mail from a foundation's
 * finance department, bank statements of a donation account, board minutes, pledge forms, XML
 * exports to a charity platform, public 公示 bulletins, thank-you letters, treasurer ledgers,
 * payment-service logs and bursary payout sheets.
 *
 * Usage:   node donors.mjs OUT.jsonl
 * Output:  one JSON object per line:
 *   {"id":"dn-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must NOT be reported under any detector
 * Normalisation of values: cn_resident_id 18 chars, upper-case X (legacy 15-digit numbers are
 * upgraded to 18); cn_mobile 11 digits without +86 / separators; cn_landline digits with the leading
 * 0 and area code, no separators; email lower-case; bank_card digits only; cn_uscc and cn_passport
 * upper-case; person_name_zh the name as written without spaces, titles (先生/女士/信士/合家 …) or
 * pinyin. Decoys carry their exact text as written.
 * Labelling: names in a donor list / table column / labelled field / signature / a record with
 * other person fields are entities; names only in running prose (letters, minutes, chat) and names
 * broken by OCR are dontCare. Masked values, numbers with a wrong check digit, impossible dates or
 * regions, unallocated mobile prefixes, and the domain's own numbers (票据代码/号码, 项目编号,
 * 流水号, 交易单号, amounts in Chinese capitals, 门牌, 工号 …) are decoys, as are organisation,
 * place, temple, hall and nickname words standing where a donor's name would stand.
 *
 * Written in session 29 by a helper that never read src/, rules/ or test/,
 * from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

const OUT = process.argv[2];
if (!OUT) { console.error('usage: node donors.mjs OUT.jsonl'); process.exit(2); }

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x29D0C0DE);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const chance = (p) => rnd() < p;
const pad = (n, w) => String(n).padStart(w, '0');
function pickN(arr, n) { const a = arr.slice(); const out = []; while (out.length < n && a.length) out.push(a.splice(Math.floor(rnd() * a.length), 1)[0]); return out; }
function wpick(pairs) { let t = 0; for (const [, w] of pairs) t += w; let r = rnd() * t; for (const [v, w] of pairs) { r -= w; if (r < 0) return v; } return pairs[pairs.length - 1][0]; }
const dw = (s) => [...s].reduce((a, c) => a + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
const padW = (s, w) => s + ' '.repeat(Math.max(1, w - dw(s)));
const toFW = (s) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xFEE0));
const csvq = (s) => (/[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s);

// ---------------------------------------------------------------- validators
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += +b17[i] * ID_W[i]; return '10X98765432'[s % 11]; }
const PROV = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65']);
function realDate(y, m, d) {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}
function idValid(s) {
  if (!/^\d{17}[\dX]$/.test(s) || !PROV.has(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || y > 2025 || !realDate(y, m, d)) return false;
  return idCheck(s.slice(0, 17)) === s[17];
}
function legacyPlausible(s) { return /^\d{15}$/.test(s) && PROV.has(s.slice(0, 2)) && realDate(1900 + +s.slice(6, 8), +s.slice(8, 10), +s.slice(10, 12)); }
function upgrade15(s) { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheck(b); }
function luhnOk(s) { let sum = 0, dbl = false; for (let i = s.length - 1; i >= 0; i--) { let v = +s[i]; if (dbl) { v *= 2; if (v > 9) v -= 9; } sum += v; dbl = !dbl; } return sum % 10 === 0; }
function luhnDigit(body) { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c); }
const MOB3 = new Set(['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '145', '147', '150', '151', '152', '153', '155', '156', '157', '158', '159', '162', '165', '166', '167', '170', '171', '172', '173', '175', '176', '177', '178', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189', '190', '191', '192', '193', '195', '196', '197', '198', '199']);
function mobileValid(s) { return /^1[3-9]\d{9}$/.test(s) && (MOB3.has(s.slice(0, 3)) || s.startsWith('1610') || /^17340[0-5]/.test(s)); }
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(b17[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; }
const OW = [3, 7, 9, 10, 5, 8, 4, 2];
function orgCheck(o8) { let s = 0; for (let i = 0; i < 8; i++) { const c = o8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * OW[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
function usccValid(s) { return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s) && usccCheck(s.slice(0, 17)) === s[17] && orgCheck(s.slice(8, 16)) === s[16]; }
function usccMod31Only(s) { return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s) && usccCheck(s.slice(0, 17)) === s[17]; }
const EMAIL_RE = /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/;
function landlineValid(s) { return /^0(10|2[0-57-9])[2-9]\d{7}$/.test(s) || /^0[3-9]\d{2}[2-9]\d{6,7}$/.test(s); }
function passportValid(s) { return /^(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})$/.test(s); }

// ---------------------------------------------------------------- name material
const PY = {};
('王wang李li张zhang刘liu陈chen杨yang黄huang赵zhao吴wu周zhou徐xu孙sun马ma朱zhu胡hu郭guo何he高gao林lin罗luo郑zheng梁liang谢xie宋song唐tang许xu韩han冯feng邓deng曹cao彭peng曾zeng肖xiao田tian董dong袁yuan潘pan于yu蒋jiang蔡cai余yu杜du叶ye程cheng苏su魏wei吕lv丁ding任ren沈shen姚yao卢lu姜jiang崔cui钟zhong谭tan陆lu汪wang范fan金jin石shi廖liao贾jia夏xia韦wei付fu方fang白bai邹zou孟meng熊xiong秦qin邱qiu江jiang尹yin薛xue闫yan段duan雷lei侯hou龙long史shi陶tao黎li贺he顾gu毛mao郝hao龚gong邵shao万wan钱qian严yan覃qin武wu戴dai莫mo孔kong向xiang汤tang庄zhuang伍wu柯ke翁weng洪hong蓝lan温wen甘gan邝kuang涂tu詹zhan连lian卓zhuo游you颜yan施shi鲁lu赖lai欧阳ouyang司徒situ上官shangguan诸葛zhuge司马sima' +
 '德de明ming建jian国guo华hua伟wei强qiang军jun平ping志zhi文wen海hai春chun荣rong辉hui俊jun杰jie涛tao斌bin鹏peng宇yu浩hao振zhen永yong福fu贵gui水shui发fa财cai宗zong耀yao光guang祖zu锦jin彬bin坤kun鸿hong瑞rui祥xiang庆qing树shu成cheng胜sheng卫wei东dong勇yong刚gang亮liang磊lei鑫xin昊hao晨chen峰feng松song泽ze源yuan炳bing添tian兴xing旺wang灿can少shao家jia立li新xin昌chang茂mao秋qiu汉han超chao凯kai健jian毅yi楠nan博bo子zi轩xuan睿rui伦lun宝bao庭ting嘉jia育yu佳jia裕yu达da广guang仁ren义yi礼li启qi绍shao铭ming炎yan煌huang' +
 '美mei玲ling梓zi芬fen冬dong巧qiao碧bi娣di群qun飞fei天tian然ran生sheng利li升sheng豪hao' +
 '秀xiu英ying兰lan芳fang玉yu梅mei丽li晓xiao敏min静jing婷ting燕yan淑shu慧hui佩pei琴qin凤feng霞xia桂gui翠cui红hong云yun雪xue娟juan艳yan萍ping莉li琳lin颖ying欣xin怡yi涵han萱xuan雨yu婉wan珍zhen珠zhu银yin月yue素su彩cai娥e惠hui洁jie丹dan倩qian薇wei妮ni蓉rong菊ju香xiang爱ai')
  .replace(/([\u4e00-\u9fff]+)([a-z]+)/g, (_, c, p) => { PY[c] = p; return ''; });

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤庄伍柯翁洪蓝温甘邝涂詹连卓游颜施鲁赖'.split('');
const COMPOUND = ['欧阳', '司徒', '上官', '诸葛', '司马'];
const MALE = '德明建国华伟强军平志文海春荣辉俊杰涛斌鹏宇浩振永福贵水发财宗耀光祖锦彬坤鸿瑞祥庆树成胜卫东勇刚亮磊鑫昊晨峰松泽源炳添兴旺灿少家立新昌茂秋汉超凯健毅楠博子轩睿伦宝庭嘉育佳裕达广仁义礼启绍铭炎煌'.split('');
const FEMALE = '秀英兰芳玉梅丽晓敏静婷燕淑慧佩琴凤霞桂翠红云雪娟艳萍莉琳颖欣怡涵萱雨婉珍珠银月素彩娥惠洁丹倩薇妮蓉菊香爱'.split('');
const MALE_COMMON = '建国 建华 建军 建平 国强 国华 国平 国庆 志强 志明 志刚 志伟 伟强 伟明 德明 德华 明辉 俊杰 家豪 家明 浩然 子轩 宇轩 文杰 文斌 海涛 海峰 永强 永明 振华 振宇 锦荣 锦华 耀华 耀祖 光明 光辉 少华 少东 立新 立群 春生 秋生 水生 金生 炳坤 炳辉 添福 瑞祥 庆华 树林 胜利 卫东 卫国 东升 晓东 晓峰 鹏飞 昊天 泽宇 俊宇 博文 新民 汉生 荣华 绍辉 启明 达明 广生 仁杰 志豪 嘉豪 家乐 铭轩 浩宇'.split(' ');
const FEMALE_COMMON = '秀英 秀兰 秀珍 秀梅 桂英 桂兰 桂芳 玉兰 玉梅 玉珍 丽娟 丽华 丽萍 晓敏 晓燕 晓丽 淑珍 淑华 淑芬 美玲 美华 婷婷 静怡 欣怡 雨涵 梓涵 佳怡 慧敏 春梅 冬梅 凤英 凤兰 翠萍 红梅 艳红 海燕 雪梅 惠珍 佩玲 丽珠 银娣 月娥 素珍 彩霞 巧玲 碧霞 秋菊 丽芳 小红 爱华 雪芳 婉婷 颖 敏 静 芳 丽 娟 燕 萍'.split(' ');
const SINGLE_OK = new Set('伟强军平杰涛斌鹏宇浩勇刚亮磊鑫峰毅楠博健凯超睿敏静婷燕丽芳兰英梅琴霞红娟艳萍莉琳颖欣怡丹倩薇蓉洁'.split(''));
const GEN_CHARS = '德明光宗耀祖国泽绍启永锦嘉裕达广仁义礼昌茂'.split('');
const BLOCK = new Set(['高兴', '金银', '白云', '万达', '高达', '钱财', '高峰', '文明', '林立', '马达', '金华', '龙凤', '白雪', '黎明', '武汉', '洪水', '江水', '汤水', '白水', '金水', '龙华', '连云', '严明', '向东', '毛发', '白发', '金发', '高发', '罗汉', '孙子', '王子', '朱子', '孔子', '庄子', '孟子', '马子', '胡子', '杨子', '万家', '江东', '高明', '方便', '金鑫', '于是', '高新', '余额', '付款', '金额', '万元', '周一', '关于', '高温', '江山', '石英', '黄金', '史诗', '温和', '程序', '方达', '龙泽', '方圆', '甘泉', '钱包', '海宁', '江宁', '海丰', '永平', '高平', '白玉', '金玉', '金珠', '龙珠', '宋体', '黄河', '沈阳', '苏州', '于都', '章贡', '白银', '石林', '叶子', '石子', '方子', '江苏', '陆军', '海军', '龙庭', '高庭', '任达']);
const TRAD = { 陈: '陳', 刘: '劉', 张: '張', 黄: '黃', 赵: '趙', 吴: '吳', 郑: '鄭', 许: '許', 叶: '葉', 冯: '馮', 邓: '鄧', 苏: '蘇', 卢: '盧', 钟: '鍾', 谭: '譚', 陆: '陸', 龚: '龔', 罗: '羅', 杨: '楊', 华: '華', 伟: '偉', 国: '國', 强: '強', 军: '軍', 辉: '輝', 杰: '傑', 涛: '濤', 鹏: '鵬', 兴: '興', 庆: '慶', 发: '發', 贵: '貴', 丽: '麗', 凤: '鳳', 兰: '蘭', 艳: '艷', 云: '雲', 荣: '榮', 锦: '錦', 鸿: '鴻', 宝: '寶', 东: '東', 胜: '勝', 卫: '衛', 刚: '剛', 颖: '穎', 洁: '潔', 静: '靜', 红: '紅', 银: '銀', 财: '財', 树: '樹', 汉: '漢', 凯: '凱', 伦: '倫', 婵: '嬋', 赖: '賴', 邝: '鄺', 庄: '莊', 汤: '湯', 启: '啟', 绍: '紹', 铭: '銘', 广: '廣', 义: '義', 礼: '禮', 达: '達', 昌: '昌', 娟: '娟', 丝: '絲' };
const toTrad = (s) => [...s].map((c) => TRAD[c] || c).join('');
const LOOKALIKE = { 明: '眀', 英: '荚', 建: '健', 德: '徳', 荣: '荥', 玉: '王', 芳: '劳', 辉: '晖', 祥: '样', 凤: '风', 林: '材', 春: '眷', 福: '褔', 永: '水', 平: '乎', 志: '忐', 秀: '季', 兰: '三', 国: '图', 桂: '挂', 梅: '海', 华: '毕', 宗: '崇', 光: '先' };
const MINORITY = ['阿依古丽·买买提', '迪丽娜尔·艾力', '努尔艾力·吐尔逊', '热依拉·阿不都', '买买提江·热合曼', '古丽米拉·吾守尔'];

const SUR_WEIGHTED = SURNAMES.map((s, i) => [s, 1 / Math.pow(i + 1, 0.75)]);
function randSurname() { return chance(0.025) ? pick(COMPOUND) : wpick(SUR_WEIGHTED); }
function genName(o = {}) {
  for (let tries = 0; tries < 200; tries++) {
    const sur = o.sur || randSurname();
    const female = o.female ?? chance(0.45);
    const pool = female ? FEMALE : MALE;
    let given;
    if (o.gen && !female) { given = chance(0.6) ? o.gen + pick(MALE) : pick(MALE) + o.gen; if (given[0] === given[1] || /[少家子]$/.test(given)) continue; }
    else if (chance(0.55)) given = pick(female ? FEMALE_COMMON : MALE_COMMON);
    else if (chance(female ? 0.22 : 0.16) && sur.length === 1) { given = pick(pool); if (!SINGLE_OK.has(given)) continue; }
    else { given = pick(pool) + pick(pool); if ((given[0] === given[1] && !female) || /[少家子晓]$/.test(given)) continue; }
    if (given[0] === sur[sur.length - 1]) continue;
    const name = sur + given;
    if (BLOCK.has(name) || BLOCK.has(name.slice(0, 2))) continue;
    if (o.used && o.used.has(name)) continue;
    if (o.used) o.used.add(name);
    return name;
  }
  throw new Error('name generation stuck');
}

// ---------------------------------------------------------------- regions, places
const REGIONS = [
  ['445202', '广东省揭阳市榕城区'], ['445122', '广东省潮州市饶平县'], ['440513', '广东省汕头市潮阳区'], ['445102', '广东省潮州市湘桥区'],
  ['441402', '广东省梅州市梅江区'], ['441422', '广东省梅州市大埔县'], ['441481', '广东省梅州市兴宁市'], ['440106', '广东省广州市天河区'], ['440304', '广东省深圳市福田区'],
  ['350582', '福建省晋江市'], ['350583', '福建省南安市'], ['350521', '福建省泉州市惠安县'], ['350102', '福建省福州市鼓楼区'], ['350628', '福建省漳州市平和县'], ['350627', '福建省漳州市南靖县'],
  ['330302', '浙江省温州市鹿城区'], ['330381', '浙江省瑞安市'], ['330382', '浙江省乐清市'], ['330106', '浙江省杭州市西湖区'], ['331002', '浙江省台州市椒江区'],
  ['360781', '江西省瑞金市'], ['360102', '江西省南昌市东湖区'], ['430104', '湖南省长沙市岳麓区'], ['430381', '湖南省湘乡市'], ['420106', '湖北省武汉市武昌区'], ['421081', '湖北省石首市'],
  ['410105', '河南省郑州市金水区'], ['411324', '河南省南阳市镇平县'], ['341222', '安徽省阜阳市太和县'], ['340104', '安徽省合肥市蜀山区'], ['320102', '江苏省南京市玄武区'], ['320583', '江苏省昆山市'],
  ['321282', '江苏省靖江市'], ['370102', '山东省济南市历下区'], ['370781', '山东省青州市'], ['110105', '北京市朝阳区'], ['110108', '北京市海淀区'], ['310104', '上海市徐汇区'], ['310115', '上海市浦东新区'],
  ['120104', '天津市南开区'], ['500103', '重庆市渝中区'], ['510107', '四川省成都市武侯区'], ['520102', '贵州省贵阳市南明区'], ['530102', '云南省昆明市五华区'], ['610113', '陕西省西安市雁塔区'],
  ['450103', '广西壮族自治区南宁市青秀区'], ['460106', '海南省海口市龙华区'], ['210102', '辽宁省沈阳市和平区'], ['230103', '黑龙江省哈尔滨市南岗区'], ['130104', '河北省石家庄市桥西区'],
  ['140105', '山西省太原市小店区'], ['620102', '甘肃省兰州市城关区'], ['650102', '新疆维吾尔自治区乌鲁木齐市天山区'], ['640104', '宁夏回族自治区银川市兴庆区'], ['220104', '吉林省长春市朝阳区'],
];
const REGION_NAME = Object.fromEntries(REGIONS);
const CLAN_GROUPS = [
  { key: 'chaoshan', regions: ['445202', '445122', '440513', '445102'], towns: ['潮阳区西胪镇', '饶平县钱东镇', '榕城区梅云街道', '湘桥区意溪镇', '潮阳区铜盂镇'], surnames: ['陈', '林', '黄', '郑', '许', '蔡', '吴', '李', '张', '杨'], hk: true },
  { key: 'meizhou', regions: ['441402', '441422', '441481'], towns: ['大埔县百侯镇', '兴宁市叶塘镇', '梅江区城北镇', '大埔县茶阳镇'], surnames: ['张', '李', '罗', '曾', '黄', '钟', '刘', '杨', '温', '廖'], hk: true },
  { key: 'minnan', regions: ['350582', '350583', '350521', '350628', '350627'], towns: ['晋江市龙湖镇', '南安市诗山镇', '惠安县东岭镇', '平和县坂仔镇', '南靖县书洋镇'], surnames: ['陈', '林', '黄', '王', '蔡', '洪', '施', '许', '吴', '庄'], hk: true },
  { key: 'wenzhou', regions: ['330302', '330381', '330382'], towns: ['瑞安市塘下镇', '乐清市柳市镇', '鹿城区藤桥镇', '瑞安市马屿镇'], surnames: ['林', '陈', '王', '张', '郑', '周', '潘', '叶', '黄', '金'], hk: false },
  { key: 'gan', regions: ['360781', '360102'], towns: ['瑞金市叶坪乡', '瑞金市九堡镇', '瑞金市沙洲坝镇'], surnames: ['杨', '刘', '钟', '谢', '赖', '朱', '黄', '邱'], hk: false },
  { key: 'xiang', regions: ['430381', '430104'], towns: ['湘乡市壶天镇', '湘乡市月山镇', '湘乡市梅桥镇'], surnames: ['彭', '刘', '谭', '周', '李', '罗', '王', '曾'], hk: false },
  { key: 'wan', regions: ['341222', '340104'], towns: ['太和县宫集镇', '太和县旧县镇', '太和县双浮镇'], surnames: ['李', '王', '张', '刘', '徐', '孙', '赵', '马'], hk: false },
];
const VIL_A = ['下', '上', '东', '西', '南', '北', '前', '后', '新', '岭', '溪', '湖'];
const VIL_B = ['湾', '洋', '埔', '溪', '坑', '塘', '寮', '厝', '山', '屯', '围', '坝', '岭', '垄'];
function mkVillage() { let v; do { v = pick(VIL_A) + pick(VIL_B); } while (v[0] === v[1]); return v + '村'; }
const TEMPLES = ['观音寺', '天后宫', '关帝庙', '福德祠', '三山国王庙', '玄天上帝宫', '伯公庙', '土地庙', '真君庙', '龙王庙', '妈祖庙', '慈云寺'];
const HALLS = ['崇德堂', '敦本堂', '世德堂', '永思堂', '燕翼堂', '怀德堂', '孝思堂', '追远堂'];
const ORG_DONORS = ['鸿泰建材有限公司', '旅港同乡会', '新加坡宗亲总会', '兴发五金厂', '宏达物流有限公司', '福满楼酒家', '王记粮油店', '张记面馆', '本村老人协会', '本村妇女会', '华兴电子厂', '金龙塑胶制品有限公司', '泰国潮州会馆', '马来西亚宗亲会', '深圳同乡商会', '村经济合作社', '陈氏理事会', '李家大院农庄', '周氏建筑工程队', '德明五金店'];
const PLACE_DONORS = ['张家湾', '李家庄', '王家坪', '陈厝', '林厝村', '黄坑村', '高新区', '金沙村', '石头村', '马家巷', '周口', '何家埠', '杨梅岭'];
const NICKS = ['平安是福', '静待花开', '岁月静好', '一路有你', '知足常乐', '开心就好', '海阔天空', '风雨无阻', '天天向上', '随缘', '快乐每一天', '阳光总在风雨后', '明天会更好'];
const ANON = ['无名氏', '匿名', '爱心人士', '善信', '不留名', '某居士', '一位老乡'];
const BANKS = [
  ['622202', 19, '中国工商银行', '工行'], ['621226', 19, '中国工商银行', '工行'], ['622848', 19, '中国农业银行', '农行'], ['623052', 19, '中国农业银行', '农行'],
  ['621700', 19, '中国建设银行', '建行'], ['622700', 19, '中国建设银行', '建行'], ['621661', 19, '中国银行', '中行'], ['621790', 19, '中国银行', '中行'],
  ['622588', 16, '招商银行', '招行'], ['621483', 16, '招商银行', '招行'], ['622262', 19, '交通银行', '交行'], ['622908', 18, '兴业银行', '兴业'],
  ['621799', 19, '中国邮政储蓄银行', '邮储'], ['622188', 19, '中国邮政储蓄银行', '邮储'], ['623058', 19, '平安银行', '平安'],
  ['621458', 19, '农村信用合作联社', '信用社'], ['623038', 19, '农村商业银行', '农商行'], ['621578', 19, '农村商业银行', '农商行'],
];
const VISA_BINS = [['438088', 16, '中国银行Visa'], ['451804', 16, '招商银行Visa'], ['524090', 16, '招商银行万事达']];
const EMAIL_DOMAINS = [['qq.com', 8], ['163.com', 7], ['126.com', 4], ['foxmail.com', 2], ['sina.com', 2], ['sohu.com', 1], ['gmail.com', 2], ['outlook.com', 2], ['hotmail.com', 1], ['yeah.net', 1], ['aliyun.com', 1], ['139.com', 1]];
const ROADS = ['人民路', '中山路', '解放路', '建设路', '新华路', '滨江路', '迎宾大道', '学府路', '长安街', '环城北路', '工业大道', '金湖路'];
const BANK_BRANCH = ['城关支行', '营业部', '开发区支行', '新城支行', '镇区分理处', '中山路支行', '滨江支行'];

// ---------------------------------------------------------------- value generators
const usedNums = new Set();
function uniq(fn) { for (let i = 0; i < 1000; i++) { const v = fn(); if (!usedNums.has(v)) { usedNums.add(v); return v; } } throw new Error('uniq stuck'); }
function rdate(y1, y2) { for (;;) { const y = ri(y1, y2), m = ri(1, 12), d = ri(1, 28 + (rnd() < 0.9 ? 0 : 3)); if (realDate(y, m, d)) return { y, m, d }; } }
const ymd = (t) => `${t.y}${pad(t.m, 2)}${pad(t.d, 2)}`;
function fdate(t, st = 'dash') {
  if (st === 'dash') return `${t.y}-${pad(t.m, 2)}-${pad(t.d, 2)}`;
  if (st === 'cn') return `${t.y}年${t.m}月${t.d}日`;
  if (st === 'slash') return `${t.y}/${t.m}/${t.d}`;
  if (st === 'dot') return `${t.y}.${pad(t.m, 2)}.${pad(t.d, 2)}`;
  if (st === 'md') return `${t.m}/${t.d}`;
  return `${t.y}${pad(t.m, 2)}${pad(t.d, 2)}`;
}
const rtime = () => `${pad(ri(7, 22), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`;
function genId(o = {}) {
  return uniq(() => {
    const region = o.region || (o.regions ? pick(o.regions) : pick(REGIONS)[0]);
    const b = o.birth || rdate(o.minY || 1950, o.maxY || 1998);
    let seq = ri(0, 999); if (o.female !== undefined) { if ((seq % 2 === 1) === o.female) seq = (seq + 1) % 1000; }
    const body = region + ymd(b) + pad(seq, 3);
    return body + idCheck(body);
  });
}
function genLegacyId(o = {}) {
  // 15-digit first-generation number, born 1930-1969; returns { legacy, id18 }
  const s = uniq(() => {
    const region = o.regions ? pick(o.regions) : pick(REGIONS)[0];
    const b = rdate(1930, 1969);
    let seq = ri(0, 999); if (o.female !== undefined) { if ((seq % 2 === 1) === o.female) seq = (seq + 1) % 1000; }
    return region + String(b.y).slice(2) + pad(b.m, 2) + pad(b.d, 2) + pad(seq, 3);
  });
  return { legacy: s, id18: upgrade15(s) };
}
const MOB_W = [['13', 40], ['15', 25], ['18', 20], ['17', 5], ['19', 6], ['14', 2], ['16', 2]];
const MOB_BY = { 13: '0123456789', 15: '0123567 89'.replace(' ', ''), 18: '0123456789', 17: '35678', 19: '0123 56789'.replace(' ', ''), 14: '57', 16: '2567' };
const DEMO = new Set(['13800138000', '13912345678', '18888888888']);
function genMobile() { return uniq(() => { const p = wpick(MOB_W); const m = p + pick(MOB_BY[p].split('')) + pad(ri(0, 99999999), 8); return DEMO.has(m) ? 'x' : m; }); }
function genCard(o = {}) {
  const bank = o.visa ? pick(VISA_BINS) : (o.bin ? BANKS.find((b) => b[0] === o.bin) : pick(BANKS));
  const num = uniq(() => { let body = bank[0]; while (body.length < bank[1] - 1) body += ri(0, 9); return body + luhnDigit(body); });
  return { num, bank: bank[2], short: bank[3] || bank[2] };
}
function badLuhnCard() { const bank = pick(BANKS); return uniq(() => { let body = bank[0]; while (body.length < bank[1] - 1) body += ri(0, 9); const good = +luhnDigit(body); return body + ((good + ri(1, 9)) % 10); }); }
function pinyinOf(name) {
  let sur = name.slice(0, 2), given;
  if (PY[sur] && COMPOUND.includes(sur)) given = name.slice(2); else { sur = name[0]; given = name.slice(1); }
  if (!PY[sur] || [...given].some((c) => !PY[c])) return null;
  return { sur: PY[sur], given: [...given].map((c) => PY[c]) };
}
function genEmail(name, o = {}) {
  const py = name ? pinyinOf(name) : null;
  const dom = o.domain || wpick(EMAIL_DOMAINS);
  return uniq(() => {
    if (dom === 'qq.com' && chance(0.6)) return `${ri(1, 9)}${pad(ri(0, 999999999), ri(5, 9)).slice(-ri(5, 9))}@qq.com`;
    if (dom === '139.com' && o.mobile) return `${o.mobile}@139.com`;
    if (!py || chance(0.12)) return `${pick(['sunny', 'lucky', 'happy', 'sky', 'moon', 'tiger', 'panda', 'ocean', 'star', 'xiaoyu', 'ah', 'mr'])}${pick(['_', '', '.'])}${ri(1, 9999)}@${dom}`;
    const g = py.given.join(''), ini = py.given.map((s) => s[0]).join('');
    const yy = o.year ? String(o.year).slice(2) : String(ri(60, 99));
    const st = ri(0, 6);
    const local = [`${py.sur}${g}`, `${py.sur}${g}${yy}`, `${g}.${py.sur}`, `${py.sur[0]}${ini}${o.year || ri(1960, 2002)}`, `${py.sur}_${ini}`, `${py.sur}${ini}`, `${g}${py.sur}${ri(1, 99)}`][st];
    return `${local}@${dom}`;
  });
}
function corpEmail(name, dom) { const py = pinyinOf(name); return uniq(() => py ? (chance(0.6) ? `${py.sur}.${py.given.join('')}` : `${py.given.join('')}.${py.sur}${chance(0.3) ? ri(1, 9) : ''}`) + '@' + dom : `emp${ri(1000, 9999)}@${dom}`); }
function genPassport() { return uniq(() => chance(0.5) ? 'E' + pad(ri(10000000, 99999999), 8) : 'E' + pick('ABCDEFGHJKLMN'.split('')) + pad(ri(1000000, 9999999), 7)); }
function genHRP() { return uniq(() => pick(['H', 'H', 'M']) + pad(ri(10000000, 99999999), 8) + (chance(0.6) ? pad(ri(0, 9), 2) : '')); }
function genUSCC(type, region) {
  return uniq(() => {
    let org;
    if (type === '53' || type === '51' || type === '52') org = 'MJ' + pad(ri(0, 999999), 6);
    else if (type === '12') org = pad(ri(40000000, 49999999), 8);
    else { const al = '0123456789ABCDEFGHJKLMNPQRTUWXY'; org = 'MA'; while (org.length < 8) org += al[ri(0, al.length - 1)]; }
    const oc = orgCheck(org);
    const b17 = type + region + org + oc;
    return b17 + usccCheck(b17);
  });
}
const AREAS8 = ['010', '020', '021', '022', '023', '025', '027', '028', '029', '0755', '0571', '0591', '0595', '0754', '0769', '0757', '0512', '0574', '0577', '0731', '0371', '0531'];
function genLandline(area) { return uniq(() => { area = area || pick(AREAS8); return area + ri(2, 8) + pad(ri(0, 9999999), 7); }); }
function fmtLandline(l, st) {
  const area = /^0(10|2\d)/.test(l) ? l.slice(0, 3) : l.slice(0, 4); const sub = l.slice(area.length);
  st = st || pick(['dash', 'dash', 'dash', 'paren', 'space', 'plain']);
  if (st === 'dash') return `${area}-${sub}`;
  if (st === 'paren') return `(${area})${sub}`;
  if (st === 'space') return `${area} ${sub.slice(0, 4)} ${sub.slice(4)}`;
  return l;
}

// ---------------------------------------------------------------- decoy number generators
function cleanNum(fn) {
  for (let i = 0; i < 500; i++) {
    const v = fn(); const runs = (v.match(/\d+/g) || []);
    let bad = false;
    for (const r of runs) {
      if (r.length === 11 && mobileValid(r)) bad = true;
      if (r.length >= 16 && r.length <= 19 && luhnOk(r)) bad = true;
      if (r.length === 18 && (idValid(r) || usccMod31Only(r))) bad = true;
      if (r.length === 17 && /\d{17}X/i.test(v) && idValid(r + 'X')) bad = true;
      if (r.length === 15 && legacyPlausible(r)) bad = true;
    }
    if (/^[0-9A-Z]{18}$/.test(v) && usccMod31Only(v)) bad = true;
    for (const w of v.match(/[0-9A-Z]{18,}/g) || []) if (w.length === 18 && usccMod31Only(w)) bad = true;
    if (!bad && !usedNums.has(v)) { usedNums.add(v); return v; }
  }
  throw new Error('cleanNum stuck');
}
const billCode = (pv) => cleanNum(() => (pv || pick(['35', '44', '33', '36', '43', '41'])) + pad(ri(1, 9), 2) + pick(['01', '02', '03']) + pick(['23', '24', '25']));
const billNo = () => cleanNum(() => '00' + pad(ri(100000, 99999999), 8));
const billCheck = () => { let s = ''; while (s.length < 6) s += '0123456789abcdef'[ri(0, 15)]; return s; };
const serialNo = (t, len) => cleanNum(() => { let s = ymd(t); while (s.length < len) s += ri(0, 9); return s; });
const wxTrade = (t) => cleanNum(() => '42000' + pad(ri(10000, 29999), 5) + ymd(t) + pad(ri(0, 9999999999), 10));
const aliTrade = (t) => cleanNum(() => ymd(t) + '22001' + pad(ri(0, 999999999999999), 15));
const msTs = (t) => cleanNum(() => String(Date.UTC(t.y, t.m - 1, t.d, ri(0, 15), ri(0, 59), ri(0, 59)) + ri(0, 999)));
const projNo = (y) => cleanNum(() => pick([`XM${y}${pad(ri(1, 999), 3)}`, `GY-${y}-${pad(ri(1, 99), 2)}`, `DN${y}${pad(ri(1, 12), 2)}${pad(ri(1, 999), 3)}`, `${y}-ZX-${pad(ri(1, 300), 3)}`]));
function wxId(name) { const py = pinyinOf(name); return uniq(() => pick([`wxid_${[...Array(14)].map(() => 'abcdefghijkmnpqrstuvwxyz0123456789'[ri(0, 33)]).join('')}`, py ? `${py.sur}${py.given.map((x) => x[0]).join('')}${ri(60, 99)}` : `wx${ri(10000, 99999)}`, py ? `${py.given.join('')}_${ri(1, 999)}` : `ah${ri(100, 999)}`])); }
function maskMob(m) { return pick([m.slice(0, 3) + '****' + m.slice(7), m.slice(0, 3) + '****' + m.slice(7), m.slice(0, 3) + '*****' + m.slice(8)]); }
function maskId(id) { return pick([id.slice(0, 6) + '********' + id.slice(14), id.slice(0, 3) + '***********' + id.slice(14), id.slice(0, 4) + '**********' + id.slice(14)]); }
function maskCard(c) { return pick([c.slice(0, 4) + ' **** **** ' + c.slice(-4), c.slice(0, 6) + '******' + c.slice(-4), '**** **** **** ' + c.slice(-4)]); }
function maskName(n) { return n.length === 2 ? n[0] + '*' : pick([n[0] + '*'.repeat(n.length - 1), n[0] + '*' + n.slice(2)]); }
function badCheckId(o) { return cleanNum(() => { const id = genId(o); const good = id[17]; const alt = '0123456789X'.replace(good, ''); return id.slice(0, 17) + alt[ri(0, alt.length - 1)]; }); }
function badDateId(o = {}) {
  return cleanNum(() => {
    const region = o.regions ? pick(o.regions) : pick(REGIONS)[0];
    const bd = pick([`${pick([1983, 1987, 1991, 1975])}0229`, `${ri(1955, 1995)}${pick(['02', '04', '06', '09', '11'])}31`, `${ri(1955, 1995)}13${pad(ri(1, 28), 2)}`, `${ri(1955, 1995)}${pad(ri(1, 12), 2)}00`, `${ri(1955, 1995)}0230`]);
    const b = region + bd + pad(ri(0, 999), 3); return b + idCheck(b);
  });
}
function badRegionId() { return cleanNum(() => { const b = pick(['00', '20', '29', '48', '68', '99']) + pad(ri(0, 9999), 4) + ymd(rdate(1955, 1999)) + pad(ri(0, 999), 3); return b + idCheck(b); }); }
function badMobile() { return cleanNum(() => pick(['140', '141', '142', '143', '144', '146', '148', '149', '154', '163', '194']) + pad(ri(0, 99999999), 8)); }
function badUscc(u) { const alt = UA.replace(u[17], ''); return u.slice(0, 17) + alt[ri(0, alt.length - 1)]; }

// ---------------------------------------------------------------- amounts
const CD = '零壹贰叁肆伍陆柒捌玖', LD = '〇一二三四五六七八九';
function cnNum(n, digits, units) {
  const four = (x) => { const ds = pad(x, 4); let s = '', zero = false; for (let i = 0; i < 4; i++) { const g = +ds[i]; if (g === 0) zero = true; else { if (zero && s) s += digits === LD ? '零' : '零'; zero = false; s += digits[g] + units[i]; } } return s; };
  const wan = Math.floor(n / 10000), rest = n % 10000; let s = '';
  if (wan) s += four(wan) + '万';
  if (rest) { if (wan && rest < 1000) s += '零'; s += four(rest); }
  return s;
}
const capital = (n) => cnNum(n, CD, ['仟', '佰', '拾', '']);
const lower = (n) => cnNum(n, LD, ['千', '百', '十', '']).replace(/^一十/, '十');
const AMOUNTS = [[50, 2], [100, 10], [200, 12], [300, 8], [500, 12], [600, 5], [800, 4], [1000, 10], [1200, 3], [1500, 2], [2000, 7], [3000, 4], [5000, 4], [6000, 2], [8000, 1], [10000, 3], [20000, 1], [30000, 1], [50000, 1], [100000, 0.4]];
const pickAmount = () => wpick(AMOUNTS);
function amtTxt(d, n, st) {
  if (st === 'cap') { const t = capital(n) + '元'; d.dec('amount_cn', t); return t; }
  if (st === 'cap2') { const t = capital(n) + '元整'; d.dec('amount_cn', t); return t; }
  if (st === 'low') return d.dec('amount_cn', lower(n) + '元');
  if (st === 'num') return String(n);
  if (st === 'yuan') return d.dec('amount', n + '元');
  if (st === 'rmb') return '¥' + n.toFixed(2);
  return n.toFixed(2);
}
const GANZHI = { 2022: '壬寅', 2023: '癸卯', 2024: '甲辰', 2025: '乙巳' };
const yearCn = (y) => String(y).split('').map((c) => LD[+c]).join('');
const LUNAR_M = ['正月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '冬月', '腊月'];

// ---------------------------------------------------------------- document container
class Doc {
  constructor(kind) { this.kind = kind; this.E = new Map(); this.C = new Map(); this.X = new Map(); }
  ent(det, v) { const n = normVal(det, v); this.E.set(det + '|' + n, { detector: det, value: n }); return v; }
  dc(det, v) { const n = normVal(det, v); this.C.set(det + '|' + n, { detector: det, value: n }); return v; }
  dec(kind, t) { if (!this.X.has(t)) this.X.set(t, { kind, text: t }); return t; }
  dt(t) { return this.dec('date', t); }
  // labelled writers
  nm(name) { this.ent('person_name_zh', name); return name; }
  np(name) { this.dc('person_name_zh', name); return name; }
  mob(m, st) { this.ent('cn_mobile', m); return fmtMobile(m, st); }
  id(v, st) { this.ent('cn_resident_id', v); return fmtId(v, st); }
  card(c, st) { this.ent('bank_card', c); return fmtCard(c, st); }
  em(e, st) { this.ent('email', e); if (e.endsWith('@139.com') && mobileValid(e.slice(0, 11))) this.ent('cn_mobile', e.slice(0, 11)); return st === 'upper1' ? e[0].toUpperCase() + e.slice(1) : e; }
  ll(l, st) { this.ent('cn_landline', l); return fmtLandline(l, st); }
  uscc(u) { this.ent('cn_uscc', u); return u; }
  pp(p) { this.ent('cn_passport', p); return p; }
}
function normVal(det, v) {
  v = String(v).normalize('NFKC');
  switch (det) {
    case 'cn_mobile': { let s = v.replace(/\D/g, ''); if (s.length === 13 && s.startsWith('86')) s = s.slice(2); if (s.length === 15 && s.startsWith('0086')) s = s.slice(4); if (s.length === 12 && s.startsWith('0')) s = s.slice(1); return s; }
    case 'cn_resident_id': { const s = v.replace(/[\s-]/g, '').toUpperCase(); return s.length === 15 ? upgrade15(s) : s; }
    case 'bank_card': case 'cn_landline': return v.replace(/\D/g, '');
    case 'email': return v.toLowerCase();
    case 'cn_uscc': case 'cn_passport': return v.replace(/[\s-]/g, '').toUpperCase();
    case 'person_name_zh': return v.replace(/\s/g, '');
    default: return v;
  }
}
function fmtMobile(m, st) {
  if (!st || st === 'mixed') st = wpick([['plain', 62], ['s344', 12], ['d344', 8], ['p86', 6], ['p86s', 4], ['fw', 3], ['0086', 2], ['86b', 2], ['par86', 1]]);
  switch (st) {
    case 'plain': return m;
    case 's344': return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'd344': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case 'p86': return '+86' + m;
    case 'p86s': return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'fw': return toFW(m);
    case '0086': return '0086-' + m;
    case '86b': return '86-' + m;
    case 'par86': return '(+86)' + m;
    case 's56': return `${m.slice(0, 5)} ${m.slice(5)}`;
  }
  return m;
}
function fmtId(v, st) {
  if (!st || st === 'mixed') st = wpick([['plain', 85], ['lower', 5], ['sp', 5], ['fw', 3], ['dash', 2]]);
  if (st === 'lower') return v.replace('X', 'x');
  if (st === 'sp') return `${v.slice(0, 6)} ${v.slice(6, 14)} ${v.slice(14)}`;
  if (st === 'dash') return `${v.slice(0, 6)}-${v.slice(6, 14)}-${v.slice(14)}`;
  if (st === 'fw') return toFW(v).replace('X', 'Ｘ');
  return v;
}
function fmtCard(c, st) {
  if (!st || st === 'mixed') st = wpick([['plain', 70], ['s4', 24], ['d4', 3], ['fw', 3]]);
  if (st === 's4') return c.replace(/(\d{4})(?=\d)/g, '$1 ');
  if (st === 'd4') return c.replace(/(\d{4})(?=\d)/g, '$1-');
  if (st === 'fw') return toFW(c);
  return c;
}

// person bundle
function person(o = {}) {
  const female = o.female ?? chance(0.45);
  const birth = rdate(o.minY || 1952, o.maxY || 1998);
  const p = { name: o.name || genName({ sur: o.sur, gen: o.gen, female, used: o.used }), female, birth };
  let _id, _mob, _card, _em;
  Object.defineProperties(p, {
    id: { get() { return _id || (_id = genId({ birth, female, regions: o.regions })); } },
    mobile: { get() { return _mob || (_mob = genMobile()); } },
    card: { get() { return _card || (_card = genCard(o.cardOpt)); } },
    email: { get() { return _em || (_em = genEmail(p.name, { year: birth.y, mobile: _mob })); } },
  });
  return p;
}

// ---------------------------------------------------------------- organisations (donees)
function mkOrg(o) { const u = genUSCC(o.t, o.r); return { ...o, uscc: u, tel: o.area ? genLandline(o.area) : null }; }
const DONEES = [
  { name: '晋江市慈善总会', t: '51', r: '350582', area: '0595', dom: 'jjcszh.org.cn' },
  { name: '汕头市潮阳区慈善会', t: '51', r: '440513', area: '0754', dom: 'cycsh.org.cn' },
  { name: '瑞安市教育发展基金会', t: '53', r: '330381', area: '0577', dom: 'raedf.org.cn' },
  { name: '南安市诗山教育基金会', t: '53', r: '350583', area: '0595', dom: 'ssjyjj.org' },
  { name: '湘乡市慈善总会', t: '51', r: '430381', area: '0731', dom: 'xxcszh.org.cn' },
  { name: '乐清市慈善总会', t: '51', r: '330382', area: '0577', dom: 'yqcs.org.cn' },
  { name: '深圳市同心公益基金会', t: '53', r: '440300', area: '0755', dom: 'txgy.org.cn' },
  { name: '杭州市西湖区慈善总会', t: '51', r: '330106', area: '0571', dom: 'xhcs.org' },
  { name: '武汉市武昌区慈善会', t: '51', r: '420106', area: '027', dom: 'wccsh.org.cn' },
  { name: '成都市武侯区慈善会', t: '51', r: '510107', area: '028', dom: 'whcsh.org' },
  { name: '梅州市客都公益基金会', t: '53', r: '441400', area: null, dom: 'kdgy.org.cn' },
  { name: '福建省闽南教育发展基金会', t: '53', r: '350000', area: '0591', dom: 'mnedu-fund.org' },
].map(mkOrg);
const COMPANIES = [
  { name: '深圳市恒泰电子科技有限公司', short: '恒泰电子', t: '91', r: '440300', area: '0755', dom: 'hengtai-tech.com' },
  { name: '杭州云帆网络科技有限公司', short: '云帆网络', t: '91', r: '330106', area: '0571', dom: 'yunfan.com.cn' },
  { name: '福建晋江鸿星鞋业有限公司', short: '鸿星鞋业', t: '91', r: '350582', area: '0595', dom: 'hongxing-shoes.com' },
  { name: '上海瑞丰供应链管理有限公司', short: '瑞丰供应链', t: '91', r: '310115', area: '021', dom: 'ruifeng-scm.com' },
  { name: '武汉楚天智造装备有限公司', short: '楚天智造', t: '91', r: '420106', area: '027', dom: 'chutian-zz.com' },
  { name: '成都蜀源生物医药有限公司', short: '蜀源生物', t: '91', r: '510107', area: '028', dom: 'shuyuan-bio.cn' },
  { name: '苏州昆瑞精密机械有限公司', short: '昆瑞精密', t: '91', r: '320583', area: '0512', dom: 'kunrui-pm.com' },
  { name: '广州天河星辰文化传播有限公司', short: '星辰文化', t: '91', r: '440106', area: '020', dom: 'xingchen-media.cn' },
].map(mkOrg);
const DONOR_COMPANIES = ['晋江市华联陶瓷有限公司', '汕头市澄海区宝利玩具厂', '瑞安市恒达汽摩配件有限公司', '梅州市嘉应建筑工程有限公司', '乐清市正远电气有限公司', '揭阳市榕江五金制品有限公司', '南安市石井建材贸易商行', '湘乡市永兴农业发展有限公司', '潮州市枫溪陶瓷实业有限公司'];
const DONOR_COMPANY_REGION = { 晋江: '350582', 汕头: '440500', 瑞安: '330381', 梅州: '441400', 乐清: '330382', 揭阳: '445200', 南安: '350583', 湘乡: '430381', 潮州: '445100' };
function companyRegion(n) { for (const k in DONOR_COMPANY_REGION) if (n.includes(k)) return DONOR_COMPANY_REGION[k]; return '440300'; }
const STAFF_TITLE = ['会计', '出纳', '秘书长', '办公室主任', '项目主管'];

// ================================================================ builders
function b_redpaper() {
  const d = new Doc('redpaper');
  const g = pick(CLAN_GROUPS), sur = pick(g.surnames), gens = pickN(GEN_CHARS, 2), vil = mkVillage();
  const temple = chance(0.45) ? pick(TEMPLES) : null;
  const yr = pick([2023, 2024, 2024, 2025]);
  const used = new Set(); const L = [];
  if (temple) { L.push(`${vil}${temple}${pick(['重建', '重修', '修缮', '大殿翻新'])}`); d.dec('temple_name', temple); }
  else L.push(`${pick(g.towns)}${vil}${sur}氏宗祠${pick(['重修', '重建', '修缮', '落成庆典'])}`);
  L.push(pick(['功 德 芳 名 录', '功德芳名', '乐 捐 芳 名', '捐 资 芳 名 录', '芳 名 榜']));
  if (chance(0.5)) L.push(pick(['（按来款先后为序）', '（排名不分先后）', '（第一榜）', '（续榜）', '（第二批）']));
  L.push('');
  const per = ri(2, 4), sep = pick(['  ', '　　', '   ', ' | ', '  ']);
  const ast = pick(['cap', 'cap', 'cap', 'yuan', 'low']);
  const N = ri(8, 24); const ents = [];
  for (let i = 0; i < N; i++) {
    const amount = pickAmount(); let a;
    if (ast === 'cap' && chance(0.05)) { a = (capital(amount) + '元').replace('佰', '伯').replace('元', '兀'); d.dec('amount_cn', a); }
    else a = amtTxt(d, amount, ast);
    const r = rnd(); let e;
    if (r < 0.7) {
      const female = chance(0.3);
      const clan = chance(temple ? 0.5 : 0.8);
      let nm = genName({ sur: clan && !female ? sur : undefined, gen: clan && !female && chance(0.7) ? pick(gens) : undefined, female, used });
      let written = nm, trad = false;
      if (g.hk && chance(0.08)) { written = toTrad(nm); trad = written !== nm; }
      const misread = chance(0.05) && [...nm.slice(1)].some((c) => LOOKALIKE[c]);
      const split = !misread && nm.length === 3 && chance(0.03);
      if (misread) { const chars = [...written]; for (let k = chars.length - 1; k > 0; k--) if (LOOKALIKE[chars[k]]) { chars[k] = LOOKALIKE[chars[k]]; break; } written = chars.join(''); d.np(written); }
      else if (split) { d.np(written); written = written.slice(0, 2) + '\n' + written.slice(2); }
      else d.nm(written);
      if (!split && written.length === 2 && chance(0.35)) written = written[0] + '　' + written[1];
      const pre = temple && chance(0.3) ? pick(['信士', '信女', '善信', '弟子']) : '';
      const post = chance(0.15) ? pick(['合家', '阖家', '全家', '家庭']) : (trad || chance(0.05) ? pick(['（旅港）', '（香港）', '（新加坡）', '（泰国）']) : '');
      e = `${pre}${written}${post} ${a}`;
    } else if (r < 0.78) {
      const h = genName({ sur: chance(0.7) ? sur : undefined, female: false, used }); const w = genName({ female: true, used });
      d.nm(h); d.nm(w); e = `${h} ${w} ${pick(['伉俪', '夫妇', '贤伉俪'])} ${a}`;
    } else if (r < 0.88) { const o = pick(ORG_DONORS); d.dec('org_name', o); e = `${o} ${a}`; }
    else if (r < 0.94) { const o = pick(ANON); d.dec('anon_donor', o); e = `${o} ${a}`; }
    else { const o = chance(0.5) ? pick(PLACE_DONORS) : pick(HALLS); d.dec(o.endsWith('堂') ? 'hall_name' : 'place_name', o); e = `${o}${pick(['众信', '裔孙', '宗亲', ''])} ${a}`; }
    ents.push(e);
  }
  for (let i = 0; i < ents.length; i += per) {
    let line = ents.slice(i, i + per).join(sep);
    if (chance(0.12)) line = pick(['丨', '|', '、', '·', '_']) + line;
    if (chance(0.08)) line = line.replace(' ', '');
    L.push(line);
    if (chance(0.08)) L.push(pick(['', '— ' + ri(1, 4) + ' —', '']));
  }
  L.push('');
  if (chance(0.5)) { const c = person({ sur, female: false, used }); L.push(`${pick(['如有错漏请联系', '芳名如有遗漏或错误，请与', '捐资咨询'])}：${d.nm(c.name)} ${d.mob(c.mobile, pick(['plain', 's344', 'plain']))}${chance(0.5) ? '（' + pick(['理事长', '会计', '出纳']) + '）' : ''}`); }
  if (chance(0.35)) { const c = person({ sur, female: chance(0.3), used, cardOpt: { bin: pick(['621458', '623038', '622848', '621799']) } }); L.push(`捐款账户：${c.card.bank} ${d.card(c.card.num, pick(['s4', 'plain']))}  户名：${d.nm(c.name)}`); }
  if (chance(0.25)) { const p = g.hk ? pick(['+852 9' + ri(1000000, 9999999), '+65 9' + ri(1000000, 9999999)]) : null; if (p) { d.dec('foreign_phone', p); L.push(`海外联络：${p}`); } }
  L.push(`${vil}${temple ? temple + '理事会' : sur + '氏宗祠重修理事会'}　敬立`);
  L.push(`公元${yearCn(yr)}年　岁次${GANZHI[yr]}　${pick(LUNAR_M)}${pick(['吉旦', '吉日', '谷旦'])}`);
  return [d, L.join('\n')];
}

function b_stele() {
  const d = new Doc('stele');
  const g = pick(CLAN_GROUPS), sur = pick(g.surnames), vil = mkVillage(); const used = new Set();
  const temple = chance(0.6) ? pick(TEMPLES) : null; const yr = pick([2023, 2024, 2025]);
  const obj = temple ? vil + temple : `${sur}氏宗祠`;
  if (temple) d.dec('temple_name', temple);
  const lead = [genName({ sur, female: false, used }), genName({ sur, female: false, used })];
  const L = [`重修${obj}碑记`, ''];
  L.push(`　　${obj}始建于清${pick(['乾隆', '嘉庆', '道光', '光绪'])}年间，历经风雨，${pick(['殿宇倾颓', '梁柱朽坏', '墙垣剥落'])}。${yr - 1}年${pick(['春', '秋', '冬'])}，由乡贤${lead[0]}、${lead[1]}等倡议重修，海内外${temple ? '信众' : '宗亲'}踊跃捐资，历时${pick(['八', '十', '十四'])}月告竣。爰立此碑，以志功德，垂示后人。`);
  L.push('', '捐资芳名：');
  const tiers = [100000, 50000, 20000, 10000, 5000, 3000, 2000, 1000, 500].filter(() => chance(0.7)).slice(0, ri(4, 7));
  const inList = new Set();
  for (const t of tiers) {
    const cnt = t >= 20000 ? ri(1, 2) : ri(2, 6); const names = [];
    for (let i = 0; i < cnt; i++) {
      let n;
      if (i === 0 && t === tiers[0] && chance(0.7)) n = lead[0]; else n = genName({ sur: chance(0.7) ? sur : undefined, female: chance(0.25), used });
      if (inList.has(n)) continue; inList.add(n);
      d.nm(n); names.push(n.length === 2 ? n[0] + '　' + n[1] : n);
    }
    if (chance(0.3)) { const o = pick([...ORG_DONORS, ...HALLS]); d.dec(o.endsWith('堂') ? 'hall_name' : 'org_name', o); names.push(o); }
    const head = capital(t) + '元'; d.dec('amount_cn', head);
    const rows = []; for (let i = 0; i < names.length; i += 5) rows.push(names.slice(i, i + 5).join('　'));
    L.push(`捐${head}：${rows.join('\n　　　　　　')}`);
  }
  for (const n of lead) if (!inList.has(n)) d.np(n);
  L.push('', `${vil}${temple ? temple + '理事会' : sur + '氏宗亲理事会'}　立`, `公元${yearCn(yr)}年岁次${GANZHI[yr]}${pick(LUNAR_M)}`);
  if (chance(0.4)) { const c = person({ sur, female: false, used }); L.push('', `（碑文校对稿，请核对后回复 ${d.nm(c.name)} ${d.mob(c.mobile)}）`); }
  return [d, L.join('\n')];
}

function b_jiapu() {
  const d = new Doc('jiapu');
  const g = pick(CLAN_GROUPS), sur = pick(g.surnames), vil = mkVillage(), hall = pick(HALLS); const used = new Set();
  const gens = pickN(GEN_CHARS, 3); const t = rdate(2023, 2025);
  d.dec('hall_name', hall);
  const L = [`${pick(g.towns)}${vil}${sur}氏族谱（${hall}）续修`, `捐资芳名（第${pick(['一', '二', '三'])}榜）　截至${d.dt(fdate(t, 'cn'))}`, ''];
  const anc = sur + pick(MALE) + pick(MALE); d.np(anc);
  L.push(`本支开基祖${anc}公，${pick(['明', '清'])}${pick(['成化', '万历', '康熙', '乾隆'])}年间自${pick(['福建宁化石壁', '河南固始', '江西吉安', '莆田'])}迁居于此。`);
  const layout = pick(['tab', 'space', 'pipe']);
  const head = ['世次', '房派', '姓名', '捐资(元)', '备注'];
  L.push(layout === 'pipe' ? '| ' + head.join(' | ') + ' |' : layout === 'tab' ? head.join('\t') : head.map((h, i) => padW(h, [8, 6, 10, 10, 8][i])).join(''));
  if (layout === 'pipe') L.push('|---|---|---|---|---|');
  const N = ri(8, 22); let sum = 0; const rbase = ri(1, 600);
  for (let i = 0; i < N; i++) {
    const shi = pick(['二十世', '廿一世', '廿二世', '廿三世', '二十四世']); const fang = pick(['长房', '二房', '三房', '四房', '五房']);
    const female = chance(0.12);
    const n = genName({ sur: female ? undefined : sur, gen: female ? undefined : pick(gens), female, used });
    const amount = pickAmount(); sum += amount;
    const note = pick(['已交', '已交', '未交', '转账', '现金', '微信', `代${pick(['父', '母', '兄'])}交`, '']);
    const rno = note === '未交' ? '' : d.dec('receipt_no', `${pick(['No.', '第', 'NO'])}${pad(rbase + i, 4)}${'号'.repeat(0)}`);
    const row = [shi, fang, d.nm(n), String(amount), rno ? `${note}${note ? ' ' : ''}收据${rno}` : note];
    L.push(layout === 'pipe' ? '| ' + row.join(' | ') + ' |' : layout === 'tab' ? row.join('\t') : row.map((h, k) => padW(h, [8, 6, 10, 10, 8][k])).join('').trimEnd());
  }
  if (chance(0.5)) { const o = pick(['深圳同乡商会', '旅港宗亲会', '新加坡宗亲总会', '本族理事会']); d.dec('org_name', o); L.push(layout === 'pipe' ? `| — | — | ${o} | ${ri(5, 30) * 1000} | 集体 |` : `—\t—\t${o}\t${ri(5, 30) * 1000}\t集体`); }
  L.push(`小计：${N}人，计人民币${sum}元（${d.dec('amount_cn', capital(sum) + '元整')}）`, '');
  L.push('修谱理事会成员名单及联系方式');
  const roles = ['理事长', '副理事长', '副理事长', '秘书长', '会计', '出纳', '编务', '编务', '海外联络'];
  const nr = ri(4, 8);
  for (let i = 0; i < nr; i++) {
    const role = roles[Math.min(i, roles.length - 1)];
    const p = person({ sur, gen: pick(gens), female: role === '出纳' && chance(0.5), used, regions: g.regions });
    let line = `${padW(role, 10)}${padW(d.nm(p.name), 10)}`;
    if (role === '海外联络' && g.hk) { const f = pick(['+852 ', '+65 ', '+60 1']) + ri(2000, 9999) + ' ' + ri(1000, 9999); d.dec('foreign_phone', f); line += `${f}  邮箱：${d.em(p.email)}`; }
    else { line += d.mob(p.mobile, pick(['plain', 'plain', 's344', 'd344'])); if (chance(0.3)) line += `  邮箱：${d.em(p.email)}`; if (chance(0.2)) line += '（微信同号）'; else if (chance(0.5)) line += `  微信：${d.dec('wechat_id', wxId(p.name))}`; }
    L.push(line);
  }
  if (chance(0.5)) { const p = person({ sur, female: false, used, cardOpt: { bin: pick(['622848', '621799', '621458', '622202']) } }); L.push('', `修谱款请汇入：${p.card.bank}${pick(BANK_BRANCH)}  户名：${d.nm(p.name)}  账号：${d.card(p.card.num, pick(['plain', 's4']))}`); }
  if (chance(0.4)) { const q = String(ri(300000000, 999999999)); d.dec('qq_group', q); L.push(`宗亲QQ群：${q}`); }
  return [d, L.join('\n')];
}

const SCHOOL_SFX = ['中学', '第一中学', '第二中学', '华侨中学', '实验中学', '中心小学', '高级中学'];
function b_alumni() {
  const d = new Doc('alumni');
  const g = pick(CLAN_GROUPS); const town = pick(g.towns).replace(/^.+?(市|区|县)/, ''); const school = town.replace(/(镇|乡|街道)$/, '') + pick(SCHOOL_SFX);
  const used = new Set(); const t = rdate(2023, 2025);
  const proj = pick(['百年校庆', '建校八十周年', '新校区图书馆', '奖教奖学基金', '校史馆建设', '运动场改造']);
  const fmt = pick(['csv', 'csv', 'tsv', 'md']);
  const hasEmail = chance(0.85), hasJob = chance(0.6), hasSeq = chance(0.6), hasWx = chance(0.35);
  const head = [...(hasSeq ? ['序号'] : []), '捐赠编号', '到账时间', '届别', '班级', '姓名', pick(['手机', '联系电话', '手机号码']), ...(hasEmail ? [pick(['邮箱', 'Email', '电子邮箱'])] : []), ...(hasWx ? ['微信号'] : []), '捐款金额(元)', ...(hasJob ? ['工作单位/现居地'] : []), '留言'];
  const rows = []; const N = ri(8, 22); let sum = 0; const dbase = ri(1, 800);
  for (let i = 0; i < N; i++) {
    const gy = ri(1978, 2016); const cls = (school.endsWith('小学') ? '六年级' : pick(['高三', '高三', '初三'])) + (chance(0.5) ? `(${ri(1, 8)})班` : `${ri(1, 8)}班`);
    const amount = pick([200, 500, 1000, 1000, 2000, 3000, 5000, 10000, 20000, 800, 1988, 666, 888]); sum += amount;
    let name, mob = '', em = '', wx = '';
    if (chance(0.07)) { name = `${String(gy).slice(2)}届${cls}全体同学`; d.dec('org_name', name); }
    else {
      const p = person({ used, minY: gy - 19, maxY: gy - 17 });
      name = chance(0.02) ? pick(MINORITY) : p.name; d.nm(name);
      if (name !== p.name) p.name = name;
      const rr = rnd();
      if (rr < 0.03) mob = d.dec('mobile_unallocated', badMobile());
      else if (rr < 0.06) mob = d.dec('mobile_short', cleanNum(() => p.mobile.slice(0, 3) + p.mobile.slice(4)));
      else if (rr < 0.95) mob = d.mob(p.mobile, fmt === 'md' ? 'mixed' : pick(['plain', 'plain', 'plain', 'd344', 's344']));
      if (hasEmail && chance(0.7)) em = d.em(p.email, chance(0.05) ? 'upper1' : undefined);
      if (hasWx && chance(0.6)) wx = d.dec('wechat_id', wxId(p.name));
    }
    let job = '';
    if (hasJob) { job = chance(0.3) ? d.dec('org_name', pick(COMPANIES).short) : pick(['深圳', '广州', '上海', '香港', '新加坡', '退休', '个体', '在读', '—', '杭州', '北京']); }
    const msg = pick(['祝母校越办越好', '一点心意', '饮水思源', '', '', '感恩母校', '桃李芬芳', '代父亲捐', '']);
    const when = d.dt(`${fdate({ y: t.y, m: Math.max(1, t.m - ri(0, 2)), d: ri(1, 28) }, fmt === 'md' ? 'slash' : 'dash')} ${rtime().slice(0, 5)}`);
    rows.push([...(hasSeq ? [String(i + 1)] : []), d.dec('donation_no', `XYJZ${t.y}${pad(dbase + i, 4)}`), when, `${gy}届`, cls, name, mob, ...(hasEmail ? [em] : []), ...(hasWx ? [wx] : []), String(amount), ...(hasJob ? [job] : []), msg]);
  }
  const L = [];
  const title = `${school}${proj}校友捐赠名单（截至${d.dt(fdate(t, 'cn'))}）`;
  if (fmt === 'md') { L.push(`## ${title}`, '', '| ' + head.join(' | ') + ' |', '|' + head.map(() => '---').join('|') + '|'); for (const r of rows) L.push('| ' + r.join(' | ') + ' |'); }
  else { const s = fmt === 'csv' ? ',' : '\t'; L.push(fmt === 'csv' ? csvq(title) : title, head.join(s)); for (const r of rows) L.push(r.map((x) => (fmt === 'csv' ? csvq(x) : x)).join(s)); }
  L.push(fmt === 'csv' ? `合计,,,,${sum}` : fmt === 'tsv' ? `合计\t\t\t\t${sum}` : `\n合计：${sum} 元`);
  const maker = person({ used }); const checker = person({ used });
  L.push(`${pick(['制表', '统计', '整理'])}：${d.nm(maker.name)}${chance(0.5) ? '（校友会秘书处）' : ''}　${pick(['核对', '审核'])}：${d.nm(checker.name)}`);
  if (chance(0.5)) L.push(`校友会联系人：${d.nm(maker.name)}  ${d.mob(maker.mobile)}${chance(0.5) ? '  ' + d.em(maker.email) : ''}`);
  return [d, L.join('\n')];
}

function b_crowdfund() {
  const d = new Doc('crowdfund');
  const t = rdate(2023, 2025); const used = new Set();
  const patient = person({ used, minY: 1950, maxY: 2015 }); const fam = person({ used, sur: patient.name[0], female: false, minY: 1960, maxY: 1995 });
  const illness = pick(['白血病', '尿毒症', '脑出血', '车祸重伤', '先天性心脏病', '肝癌']);
  const masked = chance(0.5); const pid = d.dec('project_no', cleanNum(() => pick(['SDC', 'QSC', 'ZC']) + ymd(t) + pad(ri(0, 999999), 6)));
  const L = [];
  const sep = masked ? ',' : pick([',', '\t']);
  const pn = d.np(patient.name);
  L.push(`项目名称${sep}${pick([`为${pn}筹集${illness}治疗费`, `救救${pn}！${illness}急需救命钱`, `帮帮${pn}，${illness}治疗费用缺口大`, `${illness}患者${pn}求助`])}`, `项目编号${sep}${pid}`, `导出时间${sep}${fdate(t, 'dash')} ${rtime()}`);
  const t0 = Date.UTC(t.y, t.m - 1, t.d);
  const before = () => { const x = new Date(t0 - ri(0, 45) * 86400000); return { y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() }; };
  if (!masked) L.push(`收款人${sep}${d.nm(fam.name)}（患者${pick(['父亲', '丈夫', '哥哥', '儿子'])}）`, `收款账户${sep}${fam.card.bank} ${d.card(fam.card.num, 's4')}`, `收款人电话${sep}${d.mob(fam.mobile)}`);
  L.push('');
  const head = masked ? ['序号', '捐款人', '手机号', '金额(元)', '捐款时间', '留言'] : ['序号', '捐款人', '手机号', '邮箱', '金额(元)', '支付渠道', '交易单号', '捐款时间', '留言'];
  L.push(head.join(sep));
  const N = ri(10, 26);
  for (let i = 0; i < N; i++) {
    const r = rnd(); let nm, mob = '', em = '';
    const p = person({ used });
    if (r < 0.62) { nm = d.nm(p.name); }
    else if (r < 0.75) { nm = d.dec('nickname', pick(NICKS)); }
    else if (r < 0.85) { nm = d.dec('anon_donor', pick(['爱心人士', '匿名', '匿名用户', '好心人'])); }
    else { nm = d.dec('masked_name', maskName(p.name)); }
    if (masked) { if (chance(0.85)) mob = d.dec('masked_mobile', maskMob(p.mobile)); }
    else { if (chance(0.9)) mob = d.mob(p.mobile, 'plain'); if (chance(0.35)) em = d.em(p.email); }
    const amt = pick([10, 20, 20, 50, 50, 66, 88, 100, 100, 200, 500, 1000, 5, 30]).toFixed(2);
    const tt = before();
    const msg = pick(['加油！', '早日康复', '', '', '一点心意', '好人一生平安', '挺住', '', '转发了']);
    const when = d.dt(`${fdate(tt)} ${rtime()}`);
    if (masked) L.push([String(i + 1), nm, mob, amt, when, msg].join(sep));
    else { const ch = pick(['微信支付', '支付宝', '微信支付']); const tn = d.dec(ch === '支付宝' ? 'alipay_trade_no' : 'wx_trade_no', ch === '支付宝' ? aliTrade(tt) : wxTrade(tt)); L.push([String(i + 1), nm, mob, em, amt, ch, tn, when, msg].join(sep)); }
  }
  if (masked && chance(0.5)) L.push('', `注：平台已对捐款人手机号做脱敏处理，如需开具捐赠票据请联系客服 ${d.dec('hotline', pick(['400-' + ri(100, 999) + '-' + ri(1000, 9999), '95' + ri(100, 999)]))}`);
  return [d, L.join('\n')];
}

function b_receipt() {
  const d = new Doc('receipt');
  const org = pick(DONEES); const t = rdate(2023, 2025); const used = new Set();
  const ocr = chance(0.4);
  const kindR = wpick([['id', 70], ['company', 15], ['passport', 8], ['hrp', 7]]);
  const near = [org.r, org.r.replace(/00$/, '02')].filter((r) => REGION_NAME[r]);
  const donor = person({ used, regions: chance(0.5) && near.length ? near : undefined });
  const amount = pick([200, 500, 1000, 2000, 5000, 10000, 30000, 100000, 1500, 600]);
  const colon = ocr ? pick(['：', ':', ' ']) : '：';
  const L = [];
  const provName = (REGION_NAME[org.r] || (org.r.startsWith('35') ? '福建省' : org.r.startsWith('44') ? '广东省' : '')).replace(/^(.+?省|.+?市).*$/, '$1');
  L.push(pick(['公益事业捐赠统一票据', '公益事业捐赠统一票据（电子）', `${provName}公益事业捐赠统一票据`]));
  L.push(`票据代码${colon}${d.dec('bill_code', billCode(org.r.slice(0, 2)))}　　票据号码${colon}${ocr && chance(0.5) ? 'No ' : ''}${d.dec('bill_no', billNo())}`);
  L.push(`校验码${colon}${d.dec('bill_check', billCheck())}　　开票日期${colon}${d.dt(fdate(t, pick(['dash', 'cn'])))}`);
  let payer, code;
  if (kindR === 'company') { payer = d.dec('org_name', pick(DONOR_COMPANIES)); code = d.uscc(genUSCC('91', companyRegion(payer))); L.push(`交款人统一社会信用代码${colon}${code}`, `交款人${colon}${payer}`); }
  else if (kindR === 'id') { payer = d.nm(donor.name); L.push(`交款人统一社会信用代码${colon}${d.id(donor.id, ocr ? pick(['plain', 'sp']) : 'plain')}`, `交款人${colon}${payer}`); }
  else if (kindR === 'passport') { payer = d.nm(donor.name); L.push(`交款人${colon}${payer}`, `证件类型${colon}护照　证件号码${colon}${d.pp(genPassport())}`); }
  else { payer = d.nm(toTrad(donor.name)); const h = genHRP(); d.dc('cn_passport', h); L.push(`交款人${colon}${payer}`, `证件类型${colon}港澳居民来往内地通行证　证件号码${colon}${h}`); }
  L.push('');
  L.push(ocr ? '项目编码 项目名称 单位 数量 标准 金额（元） 备注' : '项目编码 | 项目名称 | 单位 | 数量 | 标准 | 金额（元） | 备注');
  const item = pick(['捐赠收入', '定向捐赠', '非定向捐赠', '助学捐赠', '扶贫济困捐赠']);
  const sepx = ocr ? ' ' : ' | ';
  L.push(['001', item, '元', '1', amount.toFixed(2), amount.toFixed(2), pick(['', '修路', '助学', '宗祠修缮', '抗洪救灾'])].join(sepx));
  L.push(`金额合计（大写）${d.dec('amount_cn', capital(amount) + '元整')}　（小写）${amount.toFixed(2)}`);
  const rem = [];
  if (kindR !== 'company' && chance(0.45)) rem.push(`捐赠人手机：${d.mob(donor.mobile, 'plain')}`);
  if (chance(0.35)) rem.push(`电子票据推送邮箱：${d.em(kindR === 'company' ? genEmail(null, { domain: pick(['163.com', 'qq.com', '126.com']) }) : donor.email)}`);
  if (chance(0.3)) rem.push(`项目编号 ${d.dec('project_no', projNo(t.y))}`);
  if (chance(0.3)) rem.push(`业务流水号 ${d.dec('serial_no', serialNo(t, 18))}`);
  L.push(`其他信息${colon}${rem.join('；')}`);
  L.push(`收款单位（章）${colon}${org.name}`);
  if (chance(0.7)) L.push(`收款单位统一社会信用代码${colon}${d.uscc(org.uscc)}`);
  const rv = person({ used }), pe = person({ used });
  L.push(`复核人${colon}${d.nm(rv.name)}　　收款人${colon}${d.nm(pe.name)}`);
  if (org.tel && chance(0.5)) L.push(`查验电话${colon}${d.ll(org.tel)}`);
  if (ocr) L.push(pick(['（本票据仅作捐赠凭证，不作报销依据）', '财政部监制', '第二联 收据联 捐赠人收执']));
  let text = L.join('\n');
  if (ocr) text = text.replace(/捐赠/g, (m) => (chance(0.05) ? '捐嘈' : m));
  return [d, text];
}

function b_einvoice_json() {
  const d = new Doc('einvoice_json');
  const org = pick(DONEES); const t = rdate(2023, 2025); const used = new Set();
  const mode = pick(['resp', 'batch', 'err']);
  const rec = (extra = {}) => {
    const p = person({ used }); const amt = pick([100, 200, 500, 1000, 2000, 5000]);
    const o = { payerType: '1', payerName: d.nm(p.name), payerCode: d.id(p.id), payerTel: chance(0.8) ? d.mob(p.mobile, 'plain') : '', payerEmail: chance(0.6) ? d.em(p.email) : '', totalAmt: amt.toFixed(2), amtCN: d.dec('amount_cn', capital(amt) + '元整'), bizCode: d.dec('project_no', cleanNum(() => 'JZ' + ymd(t) + pad(ri(0, 99999), 5))), remark: pick(['', '助学', '定向捐赠：修路', '疫情防控', '非定向']) };
    return Object.assign(o, extra);
  };
  let obj;
  if (mode === 'resp') {
    const r = rec();
    obj = { code: '0000', msg: '开具成功', data: { billBatchCode: d.dec('bill_code', billCode(org.r.slice(0, 2))), billNo: d.dec('bill_no', billNo()), random: d.dec('bill_check', billCheck()), billDate: fdate(t), placeName: org.name, placeCode: d.uscc(org.uscc), ...r, checker: d.nm(person({ used }).name), handlingPerson: d.nm(person({ used }).name), pdfUrl: `https://bill.${org.dom}/v/${billCheck()}${billCheck()}` } };
  } else if (mode === 'batch') {
    const n = ri(2, 6); const list = []; for (let i = 0; i < n; i++) list.push(rec({ seq: i + 1, busNo: d.dec('serial_no', serialNo(t, 20)) }));
    obj = { appId: 'DN' + pad(ri(1000, 9999), 4), orgName: org.name, orgCode: d.uscc(org.uscc), reqTime: `${fdate(t)} ${rtime()}`, data: list };
  } else {
    const bad = chance(0.5) ? badCheckId() : badDateId(); const p = person({ used });
    d.dec(bad.slice(6, 14).match(/0229|0230|\d{4}(13|00)|31$/) && !realDate(+bad.slice(6, 10), +bad.slice(10, 12), +bad.slice(12, 14)) ? 'id_baddate' : 'id_badcheck', bad);
    obj = { code: 'E1021', msg: '交款人证件号码校验不通过', data: { payerName: d.nm(p.name), payerCode: bad, payerTel: d.mob(p.mobile, 'plain'), totalAmt: pick([100, 500, 1000]).toFixed(2), bizCode: d.dec('project_no', cleanNum(() => 'JZ' + ymd(t) + pad(ri(0, 99999), 5))) }, traceId: billCheck() + billCheck() + billCheck() };
  }
  return [d, JSON.stringify(obj, null, chance(0.7) ? 2 : 0)];
}

function b_village() {
  const d = new Doc('village');
  const g = pick(CLAN_GROUPS), sur = pick(g.surnames), vil = mkVillage(), town = pick(g.towns); const used = new Set();
  const zu = pick(['一', '二', '三', '四', '五', '六']); const t = rdate(2023, 2025);
  const per = pick([200, 300, 400, 500]); const withId = chance(0.45);
  const L = [`${town}${vil}${zu}组 ${pick(['水泥路硬化', '机耕路拓宽', '村道修复', '巷道铺设', '路灯安装'])} 集资款收缴登记表`];
  L.push(`（按户籍人口每人${per}元，60周岁以上老人及在校学生减半，${pick(['外出务工人员同样缴纳', '五保户免缴', '低保户减半'])}）`, '');
  const cols = withId ? ['序号', '户主', '身份证号', '人口', '门牌', '应缴', '实缴', '收据号', '联系电话', '签名'] : ['序号', '户主', '人口', '门牌', '应缴', '实缴', '收据号', '联系电话', '签名'];
  const wd = withId ? [6, 10, 20, 6, 10, 8, 8, 8, 16, 10] : [6, 10, 6, 10, 8, 8, 8, 16, 10]; const rb = ri(100, 20000);
  L.push(cols.map((c, i) => padW(c, wd[i])).join('').trimEnd());
  const N = ri(10, 24); let tot = 0; const usedHN = new Set();
  for (let i = 0; i < N; i++) {
    const female = chance(0.1); const old = chance(0.3);
    const p = person({ sur: female ? undefined : (chance(0.85) ? sur : undefined), female, used, regions: g.regions, minY: old ? 1935 : 1958, maxY: old ? 1960 : 1992 });
    const pop = ri(1, 7); const due = pop * per - (chance(0.3) ? per / 2 : 0); const paid = chance(0.85) ? due : (chance(0.5) ? 0 : due / 2); tot += paid;
    let hn; do { hn = ri(1, 160); } while (usedHN.has(hn)); usedHN.add(hn);
    const mp = d.dec('house_no', `${zu}组${hn}号`);
    let idc = '';
    if (withId) {
      const r = rnd();
      if (p.birth.y < 1970 && r < 0.25) { const lg = genLegacyId({ regions: g.regions, female }); d.ent('cn_resident_id', lg.id18); idc = lg.legacy; }
      else if (r < 0.12) { const b = badCheckId({ regions: g.regions, female }); d.dec('id_badcheck', b); idc = b; }
      else if (r < 0.16) { const b = badDateId({ regions: g.regions }); d.dec('id_baddate', b); idc = b; }
      else idc = d.id(p.id);
    }
    let tel = '';
    if (chance(0.75)) tel = d.mob(p.mobile, pick(['plain', 'plain', 'plain', 's344', 'd344']));
    else if (chance(0.15)) { const b = badMobile(); d.dec('mobile_unallocated', b); tel = b; }
    else if (chance(0.3)) tel = '外出';
    const sign = paid ? (chance(0.8) ? p.name : (chance(0.5) ? '代' : '电话确认')) : '';
    const rc = paid ? d.dec('receipt_no', `${pad(rb + i, 5)}`) : '';
    const row = withId ? [String(i + 1), d.nm(p.name), idc, String(pop), mp, String(due), String(paid), rc, tel, sign] : [String(i + 1), d.nm(p.name), String(pop), mp, String(due), String(paid), rc, tel, sign];
    L.push(row.map((c, k) => padW(c, wd[k])).join('').trimEnd());
  }
  L.push('', `合计实收：${tot}元`);
  const acct = person({ sur, female: chance(0.3), used, regions: g.regions }); const sup = person({ sur, female: false, used, regions: g.regions });
  L.push(`收款人：${d.nm(acct.name)}（组会计）  ${d.mob(acct.mobile)}　　监督人：${d.nm(sup.name)}`);
  if (chance(0.5)) L.push(`${d.dec('word_surname_led', '余额')}${pick(['', '：'])}${ri(3, 90) * 100}元转入下期${pick(['路灯', '水渠', '祠堂'])}维修`);
  if (chance(0.3)) L.push(`${d.dec('word_surname_led', '周转金')}由村委会暂借${ri(1, 5)}万元，工程结算后归还。`);
  L.push(`${d.dt(fdate(t, 'cn'))}　${vil}村民委员会（章）`);
  return [d, L.join('\n')];
}

function b_matching() {
  const d = new Doc('matching');
  const co = pick(COMPANIES); const t = rdate(2023, 2025); const used = new Set();
  const fmt = pick(['csv', 'csv', 'tsv']); const s = fmt === 'csv' ? ',' : '\t';
  const depts = ['研发中心', '财务部', '人力资源部', '销售一部', '销售二部', '生产部', '品质部', '采购部', '行政部', '仓储物流部'];
  const ratio = pick(['1:1', '1:2', '1:1', '1:0.5']);
  const L = [`${co.name} ${t.y}年${pick(['"爱心助学"', '"乡村振兴"', '"99公益日"', '"抗洪救灾"'])}员工捐款及公司配捐明细（配捐比例 ${ratio}）`, `导出：HR系统 ${d.dt(`${fdate(t)} ${rtime()}`)}`, ''];
  const head = ['捐款单号', '捐款时间', '工号', '姓名', '部门', '企业邮箱', '手机', '个人捐款', '公司配捐', '扣款方式', '工资卡号', '开户行'];
  L.push(head.join(s));
  const N = ri(6, 17); const mul = { '1:1': 1, '1:2': 2, '1:0.5': 0.5 }[ratio];
  const pfx = co.short.length > 2 ? co.dom.slice(0, 2).toUpperCase() : 'EM';
  for (let i = 0; i < N; i++) {
    const p = person({ used, minY: 1968, maxY: 2001, cardOpt: chance(0.05) ? { visa: true } : undefined });
    const emp = d.dec('employee_no', pfx + pad(ri(10, 99999), 5));
    const amt = pick([50, 100, 100, 200, 200, 300, 500, 1000]);
    const ded = pick(['工资代扣', '工资代扣', '微信自付', '工资代扣']);
    const card = ded === '工资代扣' ? d.card(p.card.num, pick(['plain', 'plain', 's4'])) : '';
    const ord = d.dec('order_no', cleanNum(() => 'PJ' + ymd(t) + pad(ri(0, 999999), 6)));
    L.push([ord, d.dt(`${fdate({ y: t.y, m: t.m, d: Math.max(1, t.d - ri(0, 9)) })} ${rtime()}`), emp, d.nm(p.name), pick(depts), d.em(corpEmail(p.name, co.dom)), chance(0.9) ? d.mob(p.mobile, 'plain') : '', String(amt), String(amt * mul), ded, card, card ? p.card.bank : ''].map((x) => (fmt === 'csv' ? csvq(x) : x)).join(s));
  }
  const hr = person({ used });
  L.push('', `制表：${d.nm(hr.name)}（人力资源部）  分机 ${ri(8000, 8999)}  ${d.em(corpEmail(hr.name, co.dom))}`);
  if (chance(0.5)) L.push(`公司配捐款将由${co.name}（统一社会信用代码：${d.uscc(co.uscc)}）对公账户统一汇至受赠方。`);
  return [d, L.join('\n')];
}

function b_sms() {
  const d = new Doc('sms');
  const org = pick(DONEES); const used = new Set(); const t = rdate(2023, 2025);
  const sig = `【${org.name.replace(/^(.+?市|.+?县)/, (m) => (chance(0.5) ? m : ''))}】`;
  const mode = pick(['log', 'log', 'csv', 'single']);
  const L = [];
  if (mode === 'single') {
    const p = person({ used, sur: pick(SURNAMES.slice(0, 20)) }); const s = person({ used, sur: p.name[0] });
    const amt = pick([500, 1000, 2000, 3000]);
    L.push(`发件人：${d.mob(s.mobile, 'plain')}  ${fdate(t)} ${rtime()}`);
    L.push(`${p.name[0]}${pick(['叔', '伯', '哥', '姐', '婶'])}，您捐的${amt}元${pick(['修路款', '修祠款', '修谱款', '老人会经费'])}已收到，已登记上榜，感谢支持！——${pick(['村委', '理事会', '老人协会'])} ${d.nm(s.name)}`);
    L.push('', `收件人：${d.mob(p.mobile, pick(['plain', 's344']))}`);
    return [d, L.join('\n')];
  }
  const tpl = 'SMS_' + ri(200000000, 299999999);
  if (mode === 'log') d.dec('template_id', tpl);
  if (mode === 'log') L.push(`短信发送记录  签名：${sig}  模板：${tpl}  发送日期：${fdate(t)}`, '发送时间             手机号码         状态   回执ID                 内容');
  else L.push('send_time,phone,status,biz_id,content');
  const N = ri(5, 16); const rows = [];
  for (let i = 0; i < N; i++) {
    const p = person({ used }); const amt = pick([20, 50, 100, 200, 500, 1000, 2000]);
    const title = p.female ? '女士' : '先生';
    const content = `${sig}尊敬的${d.nm(p.name)}${title}，您于${t.m}月${t.d}日捐赠的${amt}.00元已到账，${pick(['电子捐赠票据将发送至您预留的邮箱', '善款将全部用于' + pick(['助学', '修路', '困难家庭帮扶']) + '项目', '我们将定期公示善款使用情况'])}。感谢您的爱心！回T退订`;
    const ok = chance(0.9) ? (mode === 'log' ? '成功' : 'DELIVRD') : (mode === 'log' ? '失败' : 'UNDELIV');
    const bid = d.dec('msg_id', cleanNum(() => ri(100000, 999999) + '^' + ri(1000000000, 9999999999)));
    const ph = d.mob(p.mobile, 'plain');
    const when = d.dt(`${fdate(t)} ${rtime()}`);
    if (mode === 'log') rows.push(`${when}  ${ph}  ${ok}   ${bid}  ${content}`);
    else rows.push([when, ph, ok, bid, csvq(content)].join(','));
  }
  L.push(...rows.sort());
  if (mode === 'log' && chance(0.5)) { const b = badMobile(); d.dec('mobile_unallocated', b); L.push(`${fdate(t)} ${rtime()}  ${b}  失败   -                      号码格式错误`); }
  return [d, L.join('\n')];
}

function b_jielong() {
  const d = new Doc('jielong');
  const g = pick(CLAN_GROUPS), sur = pick(g.surnames), vil = mkVillage(); const used = new Set();
  const t = rdate(2023, 2025);
  const purpose = pick([`为${vil}老人活动中心装空调捐款`, `${vil}小学操场硬化捐款`, `${sur}氏宗祠春祭聚餐及修缮`, `${vil}${pick(TEMPLES)}游神活动经费`, '为患病的同村小伙筹医药费', `${vil}篮球场灯光改造`]);
  const L = [];
  const org = person({ sur, female: false, used });
  L.push(`${d.np(org.name)}  ${d.dt(`${pad(t.m, 2)}-${pad(t.d, 2)} ${pad(ri(7, 11), 2)}:${pad(ri(0, 59), 2)}`)}`);
  L.push('#接龙', purpose, pick(['自愿参加，多少不限，截止本周日', '多少是心意，请接龙后转账到群主', '请写清楚姓名和金额，方便上榜公示']), '');
  const exName = pick(['张三', '李四', '王五']); d.np(exName);
  if (chance(0.6)) L.push(`例 ${exName} 100`);
  const N = ri(6, 22); const listed = [];
  for (let i = 0; i < N; i++) {
    const r = rnd(); const amt = pick([50, 100, 100, 200, 200, 300, 500, 500, 1000, 2000, 888, 600]);
    const sepn = pick(['. ', '. ', '、', '.']);
    if (r < 0.78) {
      const p = person({ sur: chance(0.7) ? sur : undefined, used });
      let line = `${i + 1}${sepn}${d.nm(p.name)} ${amt}${pick(['', '', '元', '元', ' 已转', '（已转）', ' 现金'])}`;
      if (chance(0.12)) line += ' ' + d.mob(p.mobile, pick(['plain', 'plain', 's344']));
      if (chance(0.06)) { const o = genName({ sur, female: false, used }); line += ` 代${d.nm(o)}`; }
      L.push(line); listed.push(p.name);
    } else if (r < 0.86) {
      if (chance(0.5)) { const a = pick(['阿强', '阿华', '老林', '阿明', '阿珍', '老陈']); d.dc('person_name_zh', a); L.push(`${i + 1}${sepn}${a} ${amt}`); }
      else { const a = pick(['三叔公', '大伯', '细妹', '二婶', '四叔', '大姑']); d.dec('kinship_term', a); L.push(`${i + 1}${sepn}${a} ${amt}`); }
    }
    else if (r < 0.93) { const f = pick(['一家', '全家', '合家']); const p = person({ sur, female: false, used }); L.push(`${i + 1}${sepn}${d.nm(p.name)}${f} ${amt}`); listed.push(p.name); }
    else { const o = pick(['本村妇女会', '篮球队', '老人协会', '村经济合作社', '深圳同乡商会']); d.dec('org_name', o); L.push(`${i + 1}${sepn}${o} ${amt}`); }
  }
  L.push('');
  const talk = ri(2, 6); let hh = 12;
  for (let i = 0; i < talk; i++) {
    const who = chance(0.5) && listed.length ? pick(listed) : genName({ sur, used });
    if (!listed.includes(who)) d.np(who);
    hh = Math.min(20, hh + ri(0, 2));
    L.push(`${who}  ${d.dt(`${pad(t.m, 2)}-${pad(t.d, 2)} ${pad(hh, 2)}:${pad(ri(0, 59), 2)}`)}`);
    L.push(pick(['已转', '转群主了', '我晚点转', '收到，辛苦了', '@所有人 还没接龙的抓紧哈', '[强][强][强]', '支持！', '我帮我爸接一个', '转账到哪个账户？', '群主微信收款码发一下']));
    if (L[L.length - 1].includes('@所有人')) d.dec('at_mention', '@所有人');
  }
  if (chance(0.5)) { const acc = person({ sur, female: chance(0.3), used, cardOpt: { bin: pick(['621458', '623038', '622848', '621799', '622202']) } }); L.push(`${org.name}  ${pad(t.m, 2)}-${pad(t.d, 2)} 21:${pad(ri(0, 59), 2)}`, `不方便微信的可转银行卡：${acc.card.short} ${d.card(acc.card.num, pick(['s4', 'plain']))} 户名 ${d.nm(acc.name)}`); }
  if (chance(0.3)) { const p = person({ sur, used }); const b = badMobile(); d.dec('mobile_unallocated', b); L.push(`${d.np(p.name)}  ${pad(t.m, 2)}-${pad(t.d, 2)} 22:0${ri(1, 9)}`, `有事打我电话${b}`, `${org.name}  22:1${ri(0, 9)}`, '你号码少打了一位吧😂'); }
  return [d, L.join('\n')];
}

function b_finance_mail() {
  const d = new Doc('finance_mail');
  const org = pick(DONEES); const t = rdate(2023, 2025); const used = new Set();
  const fin = person({ used, female: chance(0.6) }); const to = person({ used });
  const fe = corpEmail(fin.name, org.dom), te = corpEmail(to.name, org.dom);
  const mode = pick(['refund', 'receipt', 'recon', 'refund', 'inquiry']);
  const L = [];
  const subj = { refund: `【退汇】${t.m}月助学金代发退汇明细，请核对卡号`, receipt: `Re: 请协助开具捐赠票据（${ri(2, 6)}位捐赠人）`, recon: `${t.y}年${t.m}月捐赠专户对账差异说明`, inquiry: `转：捐赠人来电询问票据事宜` }[mode];
  L.push(`发件人: ${d.nm(fin.name)} <${d.em(fe)}>`, `收件人: ${pick(['项目部', '秘书处', '项目部全体'])} <${d.em(te)}>`);
  if (chance(0.5)) { const cc = person({ used }); L.push(`抄送: ${d.nm(cc.name)} <${d.em(corpEmail(cc.name, org.dom))}>`); }
  L.push(`主题: ${subj}`, `日期: ${d.dt(fdate(t, 'cn'))} ${pick(['星期一', '星期二', '星期三', '星期四', '星期五'])} ${pad(ri(8, 18), 2)}:${pad(ri(0, 59), 2)}`, '');
  const toGiven = to.name.length === 2 ? to.name : to.name.slice(COMPOUND.includes(to.name.slice(0, 2)) ? 2 : 1);
  if (chance(0.25)) L.push('各位好：'); else L.push(`${d.np(toGiven.length >= 2 ? toGiven : to.name)}${pick(['你好：', '，你好：', '：'])}`);
  if (mode === 'refund') {
    const n = ri(2, 6);
    L.push(`${t.m}月${t.d}日批量代发助学金共${ri(40, 160)}笔，其中以下${n}笔被银行退回，请项目部联系受助学生家长核实后重新提供账户信息：`, '');
    L.push('序号  姓名      卡号                       开户行      金额      代发流水号            退汇原因');
    for (let i = 0; i < n; i++) {
      const p = person({ used, minY: 2006, maxY: 2012 }); const why = pick(['户名与账号不符', '账户已销户', '卡号有误', '账户冻结', '非实名账户']);
      let cardTxt;
      if (why === '卡号有误') { const b = badLuhnCard(); d.dc('bank_card', b); cardTxt = fmtCard(b, 's4'); }
      else cardTxt = d.card(p.card.num, 's4');
      L.push(`${i + 1}     ${padW(d.nm(p.name), 10)}${padW(cardTxt, 27)}${padW(p.card.short, 12)}${padW(pick(['1500.00', '2000.00', '1000.00', '3000.00']), 10)}${padW(d.dec('serial_no', serialNo(t, 20)), 22)}${why}`);
    }
    L.push('', `批次号：${d.dec('batch_no', cleanNum(() => 'DF' + ymd(t) + pad(ri(0, 9999), 4)))}，退回款项已于${t.m}月${Math.min(t.d + 2, 28)}日原路退回基金会账户。`);
  } else if (mode === 'receipt') {
    L.push(`以下捐赠人${pick(['需要开具电子捐赠票据用于个税抵扣', '要求补开纸质票据'])}，证件信息如下，请核对后我这边统一开具：`, '');
    const n = ri(2, 6);
    for (let i = 0; i < n; i++) {
      const p = person({ used }); const amt = pick([1000, 2000, 5000, 10000, 50000]); const dd = d.dt(fdate({ y: t.y, m: t.m, d: ri(1, 28) }, 'md'));
      if (chance(0.15)) { const b = badCheckId(); d.dec('id_badcheck', b); L.push(`${i + 1}. ${d.nm(p.name)}　身份证 ${b}（系统校验不通过，请再确认）　${dd}捐${amt}元`); }
      else L.push(`${i + 1}. ${d.nm(p.name)}　身份证 ${d.id(p.id, pick(['plain', 'plain', 'sp', 'lower']))}　${dd}捐${amt}元　${chance(0.6) ? '手机 ' + d.mob(p.mobile) : ''}${chance(0.5) ? '　邮箱 ' + d.em(p.email) : ''}`);
    }
  } else if (mode === 'recon') {
    L.push(`本月捐赠专户银行流水与善款系统登记存在${ri(2, 5)}笔差异，明细如下：`, '');
    const n = ri(2, 5);
    for (let i = 0; i < n; i++) {
      const p = person({ used }); const tt = { y: t.y, m: t.m, d: ri(1, 28) };
      L.push(`${i + 1}）${d.dt(fdate(tt, 'md'))} 流水号 ${d.dec('serial_no', serialNo(tt, pick([16, 19, 20])))} 对方户名 ${d.nm(p.name)} 账号 ${d.card(p.card.num)} 金额 ${pick([200, 500, 1000])}.00，系统${pick(['未登记', '重复登记', '金额录成' + ri(1, 9) + '00'])}`);
    }
    L.push('', '另有一笔财付通结算款（摘要"微信支付T+1结算"），已核对无误。');
  } else {
    const p = person({ used });
    L.push(`今天上午捐赠人${d.nm(p.name)}（电话 ${d.mob(p.mobile, 'mixed')}）来电，说${t.m}月${t.d}日通过${pick(['银行转账', '微信', '支付宝'])}捐了${pick([2000, 5000, 10000])}元，一直没收到票据。`);
    L.push(`他提供的付款卡号是 ${d.card(p.card.num, 's4')}（${p.card.bank}），身份证号 ${d.id(p.id)}，票据请发到 ${d.em(p.email)}。`);
    L.push('我查了专户流水，确实有这笔款，但登记时捐赠人写成了"爱心人士"。请项目部更正后重新推送。');
    d.dec('anon_donor', '爱心人士');
  }
  L.push('', '如有疑问请联系我。', '', '--');
  L.push(d.nm(fin.name), `${org.name} 财务部`);
  if (org.tel) L.push(`电话：${d.ll(org.tel)}${chance(0.4) ? '-' + ri(801, 830) : ''}`);
  L.push(`手机：${d.mob(fin.mobile, pick(['plain', 's344', 'd344']))}`, `邮箱：${d.em(fe)}`);
  if (chance(0.3)) { const cid = d.dec('mail_cid', `image00${ri(1, 3)}.png@01DA${ri(4096, 65535).toString(16).toUpperCase()}.${pad(ri(0, 9999), 4)}${ri(4096, 65535).toString(16).toUpperCase()}`); L.push(`[cid:${cid}]`); }
  if (chance(0.4)) { L.push('', `> ${fdate({ y: t.y, m: t.m, d: Math.max(1, t.d - ri(1, 5)) }, 'cn')}，${d.nm(to.name)} <${te}> 写道：`, '> 麻烦财务这边先帮忙看一下，谢谢。'); }
  return [d, L.join('\n')];
}

function b_bank_stmt() {
  const d = new Doc('bank_stmt');
  const org = pick(DONEES); const t0 = rdate(2023, 2025); const used = new Set();
  const acct = d.dec('corp_account', cleanNum(() => pick(['3500', '4400', '3300', '1406', '4300']) + pad(ri(0, 9999999999999999), 16)));
  const L = [`账户名称：${org.name}（捐赠专户）`, `账号：${acct}`, `开户行：${pick(['中国建设银行', '中国工商银行', '中国农业银行', '农村商业银行'])}${pick(BANK_BRANCH)}`, `查询期间：${t0.y}-${pad(t0.m, 2)}-01 至 ${t0.y}-${pad(t0.m, 2)}-28`, ''];
  const head = ['交易日期', '交易时间', '借方发生额', '贷方发生额', '余额', '对方户名', '对方账号', '对方开户行', '摘要', '附言', '流水号'];
  L.push(head.join('\t'));
  let bal = ri(100000, 900000);
  const N = ri(10, 26);
  for (let i = 0; i < N; i++) {
    const dd = { y: t0.y, m: t0.m, d: Math.min(28, 1 + Math.floor((i * 27) / N)) };
    const r = rnd(); let nm, ac, bk, memo, fy = '', cr = '', dr = '';
    if (r < 0.72) {
      const p = person({ used }); nm = d.nm(p.name); ac = d.card(p.card.num, 'plain'); bk = p.card.bank + pick(BANK_BRANCH);
      const a = pick([100, 200, 500, 1000, 2000, 5000, 10000]); cr = a.toFixed(2); bal += a; memo = pick(['转账', '网银转账', '跨行转入', '手机银行']);
      fy = pick([`${p.name}捐款`, '捐款', '助学捐赠', `修路款 ${p.name}`, '', '爱心捐赠', `${p.name}${pick(['合家', '全家'])}捐`]);
    } else if (r < 0.84) {
      nm = d.dec('org_name', pick(['财付通支付科技有限公司', '支付宝（中国）网络技术有限公司'])); ac = d.dec('corp_account', cleanNum(() => pick(['2155', '2088', '1000']) + pad(ri(0, 99999999999999), 14))); bk = pick(['招商银行深圳分行', '中国工商银行杭州分行']);
      const a = ri(2000, 90000); cr = a.toFixed(2); bal += a; memo = '结算'; fy = pick(['微信支付T+1结算', '支付宝商户结算']);
    } else if (r < 0.92) {
      nm = d.dec('org_name', pick(DONOR_COMPANIES)); ac = d.dec('corp_account', cleanNum(() => pick(['3506', '4412', '3303']) + pad(ri(0, 9999999999999999), 16))); bk = pick(['中国银行', '兴业银行']) + pick(BANK_BRANCH);
      const a = pick([10000, 20000, 50000, 100000]); cr = a.toFixed(2); bal += a; memo = '对公转账'; fy = pick(['捐赠', '定向捐赠 助学', '企业捐赠']);
    } else {
      const p = person({ used, minY: 2005, maxY: 2012 }); nm = d.nm(p.name); ac = d.card(p.card.num, 'plain'); bk = p.card.bank;
      const a = pick([1000, 1500, 2000]); dr = a.toFixed(2); bal -= a; memo = '代发'; fy = '助学金发放';
    }
    const sn = d.dec('serial_no', serialNo(dd, pick([19, 20, 22])));
    L.push([d.dt(fdate(dd)), rtime(), dr, cr, d.dec('amount', bal.toFixed(2)), nm, ac, bk, memo, fy, sn].join('\t'));
  }
  L.push('', `打印柜员：${d.dec('teller_no', pick(['A', 'B', 'K']) + pad(ri(1000, 99999), 5))}  打印时间：${t0.m === 12 ? t0.y + 1 : t0.y}-${pad(t0.m === 12 ? 1 : t0.m + 1, 2)}-0${ri(1, 5)} ${rtime()}`);
  return [d, L.join('\n')];
}

function b_minutes() {
  const d = new Doc('minutes');
  const g = pick(CLAN_GROUPS), sur = pick(g.surnames), vil = mkVillage(); const used = new Set(); const t = rdate(2023, 2025);
  const body = pick([`${sur}氏宗祠重修理事会`, `${vil}修路理事会`, `${sur}氏族谱续修理事会`, `${vil}老人协会`, '校友会助学基金管理委员会']);
  const present = []; const n = ri(5, 11);
  for (let i = 0; i < n; i++) present.push(genName({ sur: chance(0.8) && !body.startsWith('校友') ? sur : undefined, female: chance(0.15), used }));
  const absent = genName({ sur, female: false, used }); const rec = genName({ sur, used });
  const roles = ['理事长', '副理事长', '财务', '出纳', '秘书长'];
  const L = [`${body}第${pick(['二', '三', '四', '五', '六'])}次会议纪要`, '', `时间：${d.dt(fdate(t, 'cn'))}${pick(['上午9时', '下午3时', '晚上7时半'])}`, `地点：${pick(['宗祠议事厅', '村委会二楼会议室', '老人活动中心', '腾讯会议（线上）'])}`];
  L.push(`出席：${present.map((p, i) => d.nm(p) + (i < 3 && chance(0.6) ? `（${roles[i]}）` : '')).join('、')}`);
  L.push(`缺席：${d.nm(absent)}（${pick(['在外', '身体原因', '出差'])}）`, `记录：${d.nm(rec)}`, '');
  const fin = present[Math.min(2, present.length - 1)]; const contractor = genName({ used, female: false }); const donorBig = genName({ sur, female: false, used });
  L.push(`一、财务报告。${fin}通报：截至${t.m}月${t.d}日共收到捐款${ri(30, 300)}笔，合计${ri(10, 90)}万${ri(1, 9)}千元，其中旅外宗亲${d.np(donorBig)}一次性捐资${pick(['十万', '二十万', '五万'])}元。已支出${ri(3, 30)}万元，${d.dec('word_surname_led', '余额')}存于理事会专户。`);
  L.push(`二、工程进度。施工方负责人${d.np(contractor)}汇报${pick(['主体已完工', '路基已压实', '屋面瓦片已更换'])}，预计${pick(['下月底', '年前', '清明前'])}完工。与会人员对${pick(['排水沟', '门楼彩绘', '路灯'])}方案提出修改意见。`);
  L.push(`三、决定事项：1. 由${present[1]}负责联系施工队${pick(['追加护栏', '补签合同', '出具结算单'])}；2. 捐款芳名于${pick(['清明', '中秋', '春节'])}前张榜公示，${d.dec('masked_name', `${sur}某某`)}等${ri(2, 5)}位要求匿名者按"无名氏"登记；3. 下次会议时间另行通知。`);
  d.dec('anon_donor', '无名氏');
  L.push('', `记录人：${rec}　　审阅：${present[0]}`);
  if (chance(0.4)) { const p = person({ name: present[0] }); L.push(`（纪要如有出入请于三日内联系 ${present[0]} ${d.mob(p.mobile)}）`); }
  return [d, L.join('\n')];
}

function b_pledge() {
  const d = new Doc('pledge');
  const org = pick(DONEES); const t = rdate(2023, 2025); const used = new Set();
  const overseas = chance(0.15);
  const p = person({ used, minY: 1945, maxY: 1995 });
  const amount = pick([10000, 20000, 50000, 100000, 200000, 300000, 5000]);
  const L = [pick(['捐 赠 意 向 书', '认 捐 书', '捐赠协议书', '个人捐赠登记表']), ''];
  L.push(`受赠方：${org.name}`, `统一社会信用代码：${d.uscc(org.uscc)}`);
  if (org.tel) L.push(`地址：${REGION_NAME[org.r] || ''}${pick(ROADS)}${ri(1, 300)}号　电话：${d.ll(org.tel)}`);
  L.push('', '捐赠方（个人）：');
  L.push(`姓　　名：${d.nm(overseas && chance(0.5) ? toTrad(p.name) : p.name)}　　性别：${p.female ? '女' : '男'}　　出生日期：${fdate(p.birth, 'cn')}`);
  if (overseas) { L.push(`证件类型：护照　　证件号码：${d.pp(genPassport())}`, `国籍/地区：中国（${pick(['旅居新加坡', '旅居马来西亚', '旅居美国', '旅居泰国'])}）`); }
  else L.push(`身份证号：${d.id(p.id, 'mixed')}`);
  L.push(`联系电话：${d.mob(p.mobile, 'mixed')}${chance(0.3) ? '　座机：' + d.ll(genLandline(), 'dash') : ''}`);
  if (chance(0.75)) L.push(`电子邮箱：${d.em(p.email)}`);
  const rg = p.id.slice(0, 6); const urban = /区$/.test(REGION_NAME[rg] || '');
  const addrNo = d.dec('house_no', urban ? `${pick(ROADS)}${ri(1, 300)}号${ri(1, 30)}栋${ri(1, 3)}单元${ri(101, 2804)}室` : `${pick(['城关镇', '塘下镇', '龙湖镇', '新圩镇'])}${mkVillage()}${ri(1, 99)}号`);
  L.push(`通讯地址：${REGION_NAME[rg] || pick(REGIONS)[1]}${addrNo}　邮编：${d.dec('postcode', rg.slice(0, 2) + pad(ri(0, 9999), 4))}`);
  L.push('', `一、捐赠金额：人民币${d.dec('amount_cn', capital(amount) + '元整')}（¥${amount.toLocaleString('en-US')}.00）`);
  L.push(`二、捐赠用途：${pick(['定向用于' + mkVillage() + '小学教学楼修缮', '设立"' + p.name[0] + '氏奖教奖学金"', '非定向', '资助家庭困难大学新生', '修建村道'])}`);
  L.push(`三、付款方式：${pick(['一次性', '分两期', '分三年'])}通过银行转账汇入受赠方账户。`);
  if (chance(0.6)) L.push(`　　捐赠方付款账户：${p.card.bank}　卡号：${d.card(p.card.num, 'mixed')}（如需退款原路退回）`);
  L.push('四、受赠方开具公益事业捐赠统一票据，并按规定公示善款使用情况。', '');
  const hand = person({ used });
  L.push(`捐赠方（签字）：${d.nm(overseas ? p.name : p.name)}　　　　受赠方经办人：${d.nm(hand.name)}`, `日期：${d.dt(fdate(t, 'cn'))}`);
  if (chance(0.5)) L.push(`经办人电话：${d.mob(hand.mobile)}`);
  if (chance(0.7)) L.splice(1, 0, `协议编号：${d.dec('agreement_no', `JZXY-${t.y}-${pad(ri(1, 999), 3)}`)}`);
  return [d, L.join('\n')];
}

function b_xml_export() {
  const d = new Doc('xml_export');
  const org = pick(DONEES); const t = rdate(2023, 2025); const used = new Set();
  const L = ['<?xml version="1.0" encoding="UTF-8"?>', `<DonationExport orgName="${org.name}" orgCode="${d.uscc(org.uscc)}" period="${t.y}${pad(t.m, 2)}" exportTime="${fdate(t)}T${rtime()}">`];
  const N = ri(3, 10);
  for (let i = 0; i < N; i++) {
    const co = chance(0.18); const tt = { y: t.y, m: t.m, d: ri(1, 28) }; const amt = pick([100, 500, 1000, 2000, 5000, 10000, 50000]);
    L.push('  <Record>', `    <SerialNo>${d.dec('serial_no', serialNo(tt, 18))}</SerialNo>`);
    if (co) { const n = d.dec('org_name', pick(DONOR_COMPANIES)); L.push(`    <DonorName>${n}</DonorName>`, '    <DonorType>法人</DonorType>', '    <CertType>统一社会信用代码</CertType>', chance(0.25) ? `    <CertNo>${d.dec('uscc_badcheck', badUscc(genUSCC('91', companyRegion(n))))}</CertNo>\n    <CertCheck>FAIL</CertCheck>` : `    <CertNo>${d.uscc(genUSCC('91', companyRegion(n)))}</CertNo>`); }
    else {
      const p = person({ used });
      L.push(`    <DonorName>${d.nm(p.name)}</DonorName>`, '    <DonorType>自然人</DonorType>');
      if (chance(0.06)) L.push('    <CertType>护照</CertType>', `    <CertNo>${d.pp(genPassport())}</CertNo>`);
      else if (chance(0.1)) { const b = chance(0.6) ? badCheckId() : badDateId(); d.dec(realDate(+b.slice(6, 10), +b.slice(10, 12), +b.slice(12, 14)) ? 'id_badcheck' : 'id_baddate', b); L.push('    <CertType>居民身份证</CertType>', `    <CertNo>${b}</CertNo>`, '    <CertCheck>FAIL</CertCheck>'); }
      else L.push('    <CertType>居民身份证</CertType>', `    <CertNo>${d.id(p.id, chance(0.05) ? 'lower' : 'plain')}</CertNo>`);
      L.push(`    <Mobile>${chance(0.85) ? d.mob(p.mobile, 'plain') : ''}</Mobile>`);
      if (chance(0.4)) L.push(`    <Email>${d.em(p.email)}</Email>`);
    }
    L.push(`    <Amount currency="CNY">${amt.toFixed(2)}</Amount>`, `    <DonateDate>${d.dt(fdate(tt))}</DonateDate>`, `    <ProjectCode>${d.dec('project_no', projNo(t.y))}</ProjectCode>`, `    <ReceiptNo>${d.dec('bill_no', billNo())}</ReceiptNo>`, `    <Anonymous>${chance(0.1) ? 'true' : 'false'}</Anonymous>`, '  </Record>');
  }
  const op = person({ used });
  L.push(`  <Operator name="${d.nm(op.name)}" phone="${d.mob(op.mobile, 'plain')}"/>`, '</DonationExport>');
  return [d, L.join('\n')];
}

function b_notice() {
  const d = new Doc('notice');
  const g = pick(CLAN_GROUPS), sur = pick(g.surnames), vil = mkVillage(); const used = new Set(); const t = rdate(2023, 2025);
  const mode = pick(['mob', 'id', 'plain']);
  const L = [`${vil}${pick(['修路', '修建文化礼堂', '宗祠修缮', '助学基金', '抗灾重建'])}捐款公示（第${pick(['一', '二', '三'])}榜）`, '', `　　${pick(['感谢广大乡亲', '承蒙海内外宗亲', '承蒙各界爱心人士'])}慷慨解囊，现将${t.m}月${t.d}日前收到的捐款公示如下${{ mob: '（为保护个人信息，手机号仅显示部分）', id: '（为核对身份，附身份证号部分号码）', plain: '' }[mode]}：`, ''];
  const N = ri(8, 22); const nb = ri(100, 30000);
  for (let i = 0; i < N; i++) {
    const p = person({ sur: chance(0.7) ? sur : undefined, used, regions: g.regions }); const amt = pickAmount();
    let extra = '';
    if (mode === 'mob') extra = '　' + d.dec('masked_mobile', maskMob(p.mobile));
    else if (mode === 'id') extra = '　' + d.dec('masked_id', maskId(p.id));
    else extra = '　收据' + d.dec('receipt_no', pad(nb + i, 5));
    L.push(`${pad(i + 1, 2)}　${padW(d.nm(p.name), 10)}${padW(amt + '元', 10)}${extra}`);
  }
  if (chance(0.5)) { const n = pick(ANON); d.dec('anon_donor', n); L.push(`${pad(N + 1, 2)}　${padW(n, 10)}${pickAmount()}元`); }
  L.push('', `　　公示期${pick(['七天', '十天', '十五天'])}，如有错漏，请与理事会联系。`);
  const c = person({ sur, female: false, used });
  const lt = chance(0.5) ? genLandline(pick(['0754', '0595', '0577', '0731', '0769', '0757'])) : null;
  L.push(`联系人：${d.nm(c.name)}　电话：${lt ? d.ll(lt) : d.mob(c.mobile)}`);
  L.push(`监督电话：${d.dec('hotline', '12345')}（${pick(['市民热线', '政务服务热线'])}）`);
  L.push(`${vil}${pick(['村民委员会', '理事会', '老人协会'])}`, fdate(t, 'cn'));
  return [d, L.join('\n')];
}

function b_thanks() {
  const d = new Doc('thanks_letter');
  const g = pick(CLAN_GROUPS), sur = pick(g.surnames), vil = mkVillage(); const used = new Set(); const t = rdate(2023, 2025);
  const school = vil.replace('村', '') + pick(['小学', '中学']);
  const a = genName({ sur, female: false, used }), b = genName({ female: false, used }), c = genName({ female: true, used });
  const L = ['感 谢 信', ''];
  L.push(`尊敬的各位${pick(['乡贤', '校友', '宗亲', '爱心人士'])}：`);
  L.push(`　　${t.y - 1}年${pick(['春', '夏', '秋'])}，${school}${pick(['教学楼', '食堂', '操场', '图书室'])}改造工程正式启动。消息传开，旅居${pick(['香港', '新加坡', '深圳', '上海'])}的${d.np(a)}先生第一时间捐资${pick(['十万', '二十万', '五万'])}元，${d.np(b)}先生、${d.np(c)}女士夫妇也从${pick(['广州', '杭州', '厦门'])}寄来善款${pick(['两万', '三万', '一万'])}元，并叮嘱"不要宣传"。`);
  L.push(`　　在大家的支持下，工程于${t.m}月顺利完工，全校${ri(200, 900)}名师生搬进了新${pick(['教室', '食堂', '图书室'])}。${pick(['饮水思源，我们铭记', '一砖一瓦都凝聚着'])}每一位捐赠者的心意。学校将${pick(['把捐赠芳名刻于功德碑上', '在校史馆设立芳名墙'])}，永志不忘。`);
  d.dec('org_name', school);
  if (chance(0.5)) { const w = pick(['余额', '金额']); d.dec('word_surname_led', w); L.push(`　　工程结算后的${w === '余额' ? '余额' : '剩余金额'}将全部转入奖教奖学基金，收支明细另行公示。`); }
  L.push('　　再次向各位表示衷心的感谢！', '', `${school}`, `${vil}教育促进会`);
  const k = person({ sur, used });
  L.push(`联系人：${d.nm(k.name)}　${d.mob(k.mobile, 'mixed')}`);
  if (chance(0.5)) L.push(`邮箱：${d.em(k.email)}`);
  L.push(fdate(t, 'cn'));
  return [d, L.join('\n')];
}

function b_ledger() {
  const d = new Doc('ledger');
  const g = pick(CLAN_GROUPS), sur = pick(g.surnames); const used = new Set(); const t = rdate(2023, 2025);
  const hands = [genName({ sur, female: false, used }), genName({ sur, female: chance(0.5), used })];
  const L = [`# ${sur}氏宗亲会 ${t.y}年${pick(['春祭', '修谱', '修祠', '奖学'])}收款台账`, '', '| 序号 | 日期 | 姓名 | 房支 | 金额 | 收款方式 | 收据号 | 经手人 |', '|---|---|---|---|---|---|---|---|'];
  const N = ri(8, 20); let sum = 0; const lb = ri(1000, 90000);
  for (let i = 0; i < N; i++) {
    const fang = pick(['长房', '二房', '三房', '四房', '长房', '二房', '外嫁女', '旅港']);
    const p = person({ sur: fang === '外嫁女' || chance(0.85) ? sur : undefined, female: fang === '外嫁女' ? true : chance(0.1), used, regions: g.regions });
    const amt = pickAmount(); sum += amt; const dd = { y: t.y, m: Math.min(12, 1 + Math.floor((i * 3) / N) + (t.m > 9 ? 0 : t.m - 1)), d: ri(1, 28) };
    const way = rnd(); let wtxt;
    if (way < 0.3) wtxt = '现金';
    else if (way < 0.55) wtxt = '微信';
    else if (way < 0.75) wtxt = `转账（尾号${d.dec('masked_card', p.card.num.slice(-4))}）`;
    else wtxt = `${p.card.short}转账 ${d.card(p.card.num, pick(['plain', 's4']))}`;
    const h = pick(hands);
    const shown = fang === '旅港' && g.hk && chance(0.5) ? toTrad(p.name) : p.name;
    const rc = d.dec('receipt_no', `${pick(['', 'No.'])}${pad(lb + i, 7)}`.replace(/^No\.(\d)/, 'No.$1'));
    L.push(`| ${i + 1} | ${fdate(dd, 'md')} | ${d.nm(shown)} | ${fang} | ${amt} | ${wtxt} | ${rc} | ${d.nm(h)} |`);
  }
  L.push(`| 合计 | | | | ${sum} | | | |`, '');
  if (chance(0.5)) { const hall = pick(HALLS); d.dec('hall_name', hall); L.push(`备注：${hall}公款另立账册；现金已于${t.m}月底存入${pick(['信用社', '农商行'])}。`); }
  const p0 = person({ name: hands[0] });
  L.push(`出纳：${hands[1]}　会计：${hands[0]}　${d.mob(p0.mobile)}`);
  return [d, L.join('\n')];
}

function b_paylog() {
  const d = new Doc('paylog');
  const t = rdate(2023, 2025); const used = new Set(); const org = pick(DONEES);
  const L = [];
  const N = ri(6, 18);
  const ts = () => d.dt(`${fdate(t)} ${rtime()}.${pad(ri(0, 999), 3)}`);
  const sortLog = () => L.sort((a, b) => (a.slice(0, 23) < b.slice(0, 23) ? -1 : 1));
  const th = () => pick(['http-nio-8080-exec-' + ri(1, 20), 'pay-notify-' + ri(1, 8), 'receipt-job-' + ri(1, 4), 'sms-sender-1']);
  for (let i = 0; i < N; i++) {
    const p = person({ used }); const amt = pick([1000, 5000, 10000, 20000, 50000, 100000]);
    const outRaw = cleanNum(() => 'DN' + ymd(t) + pad(ri(0, 99999999), 8)); let out = outRaw;
    const r = rnd();
    if (r < 0.7) out = d.dec('order_no', outRaw);
    if (r < 0.35) {
      const tx = d.dec('wx_trade_no', wxTrade(t));
      L.push(`${ts()} INFO  [${th()}] c.d.pay.WxNotifyHandler - notify ok out_trade_no=${out} transaction_id=${tx} total_fee=${amt} donor={"name":"${d.nm(p.name)}","mobile":"${d.mob(p.mobile, 'plain')}"${chance(0.4) ? `,"idCard":"${d.id(p.id)}"` : ''}}`);
    } else if (r < 0.55) {
      L.push(`${ts()} INFO  [${th()}] c.d.receipt.ReceiptService - apply e-receipt payer=${d.nm(p.name)} payerCode=${d.id(p.id)} email=${d.em(p.email)} amt=${(amt / 100).toFixed(2)} biz=${out}`);
    } else if (r < 0.7) {
      const bad = chance(0.5) ? badCheckId() : badRegionId(); d.dec(bad.slice(0, 2) === '00' || !PROV.has(bad.slice(0, 2)) ? 'id_badregion' : 'id_badcheck', bad);
      L.push(`${ts()} WARN  [${th()}] c.d.receipt.ReceiptService - payerCode check failed, value=${bad} biz=${out} -> fallback to manual`);
    } else if (r < 0.85) {
      L.push(`${ts()} INFO  [${th()}] c.d.member.BindCardController - bind card uid=${d.dec('user_id', String(ri(100000, 9999999)))} holder=${d.nm(p.name)} cardNo=${d.card(p.card.num, 'plain')} bank=${p.card.short} mobile=${d.mob(p.mobile, 'plain')}`);
    } else {
      L.push(`${ts()} DEBUG [${th()}] c.d.sms.SmsClient - send tpl=SMS_${ri(200000000, 299999999)} to=${d.dec('masked_mobile', maskMob(p.mobile))} ts=${d.dec('timestamp_ms', msTs(t))} resp={"Code":"OK","BizId":"${d.dec('msg_id', cleanNum(() => ri(100000, 999999) + '^' + ri(1000000000, 9999999999)))}"}`);
    }
  }
  if (chance(0.5)) L.push(`${ts()} ERROR [${th()}] c.d.pay.AlipayNotifyHandler - sign verify failed trade_no=${d.dec('alipay_trade_no', aliTrade(t))} body_len=${ri(600, 1400)}`);
  sortLog();
  if (chance(0.4)) L.unshift(`${fdate(t)} 06:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}.${pad(ri(0, 999), 3)} INFO  [main] c.d.Application - started DonationServer for ${org.name} (uscc=${d.uscc(org.uscc)}) in ${ri(4, 19)}.${ri(100, 999)} seconds`);
  return [d, L.join('\n')];
}

function b_bursary() {
  const d = new Doc('bursary');
  const g = pick(CLAN_GROUPS); const used = new Set(); const t = rdate(2023, 2025);
  const sponsor = pick([`${pick(g.towns).replace(/^.+?(市|区|县)/, '').replace(/(镇|乡|街道)$/, '')}中学校友会`, pick(DONEES).name, `${pick(SURNAMES.slice(0, 30))}氏宗亲奖学基金`]);
  d.dec('org_name', sponsor);
  const fmt = pick(['csv', 'fixed']);
  const head = ['受助编号', '学生姓名', '性别', '学校', '学号', '年级', '身份证号', '监护人', '联系电话', '银行卡号', '开户行', '金额', '备注'];
  const L = [`${sponsor} ${t.y}年${pick(['春季', '秋季'])}助学金发放表`, ''];
  if (fmt === 'csv') L.push(head.join(','));
  else L.push(head.map((h, i) => padW(h, [10, 10, 6, 18, 12, 8, 20, 10, 14, 22, 12, 8, 8][i])).join('').trimEnd());
  const N = ri(5, 14); const ab = ri(1, 400);
  for (let i = 0; i < N; i++) {
    const st = person({ used, minY: 2005, maxY: 2014, regions: g.regions });
    const gu = person({ used, sur: st.name[0], female: chance(0.35), minY: 1968, maxY: 1988, regions: g.regions });
    const age = t.y - st.birth.y - (st.birth.m > 8 ? 1 : 0); const badRow = chance(0.06);
    const grade = age <= 12 ? ['一年级', '二年级', '三年级', '四年级', '五年级', '六年级'][Math.max(0, Math.min(5, age - 7))] : age <= 15 ? ['初一', '初二', '初三'][age - 13] : age <= 18 ? ['高一', '高二', '高三'][age - 16] : '大一';
    const school = d.dec('school_name', age <= 12 ? mkVillage().replace('村', '') + pick(['中心小学', '小学']) : age <= 15 ? mkVillage().replace('村', '') + pick(['中学', '初级中学']) : age <= 18 ? mkVillage().replace('村', '') + pick(['第一中学', '高级中学', '职业技术学校']) : pick(['福建师范大学', '华南农业大学', '温州医科大学', '江西理工大学', '湖南科技大学']));
    const cardOwner = chance(0.6) ? gu : st;
    const amt = pick([1000, 1500, 2000, 3000]);
    const row = [d.dec('aid_no', `ZX${t.y}${pick(['C', 'Q'])}${pad(ab + i, 3)}`), d.nm(st.name), st.female ? '女' : '男', school, d.dec('student_no', cleanNum(() => String(t.y - ri(0, 5)) + pad(ri(0, 9999), 4) + (chance(0.5) ? pad(ri(0, 99), 2) : ''))), grade, badRow ? d.dec('id_baddate', badDateId({ regions: g.regions })) : d.id(st.id, 'plain'), d.nm(gu.name), d.mob(gu.mobile, 'plain'), d.card(cardOwner.card.num, chance(0.15) ? 's4' : 'plain'), cardOwner.card.short, String(amt), badRow ? '身份证号待核实' : cardOwner === gu ? '监护人卡' : pick(['', '', '孤儿', '低保'])];
    L.push(fmt === 'csv' ? row.map(csvq).join(',') : row.map((h, k) => padW(h, [10, 10, 6, 18, 12, 8, 20, 10, 14, 22, 12, 8, 8][k])).join('').trimEnd());
  }
  const mk = person({ used });
  L.push('', `经办人：${d.nm(mk.name)}　电话：${d.mob(mk.mobile)}　审核：${d.nm(person({ used }).name)}`);
  return [d, L.join('\n')];
}

// ================================================================ run
const KINDS = [
  ['redpaper', b_redpaper, 24], ['stele', b_stele, 9], ['jiapu', b_jiapu, 16], ['alumni', b_alumni, 16], ['crowdfund', b_crowdfund, 16],
  ['receipt', b_receipt, 26], ['einvoice_json', b_einvoice_json, 12], ['village', b_village, 15], ['matching', b_matching, 12], ['sms', b_sms, 13],
  ['jielong', b_jielong, 20], ['finance_mail', b_finance_mail, 18], ['bank_stmt', b_bank_stmt, 11], ['minutes', b_minutes, 10], ['pledge', b_pledge, 16],
  ['xml_export', b_xml_export, 9], ['notice', b_notice, 10], ['thanks_letter', b_thanks, 10], ['ledger', b_ledger, 12], ['paylog', b_paylog, 12], ['bursary', b_bursary, 11],
];
const docs = [];
for (const [kind, fn, n] of KINDS) {
  for (let i = 1; i <= n; i++) {
    const [d, text] = fn();
    for (const k of d.E.keys()) d.C.delete(k);
    docs.push({ id: `dn-${kind}-${i}`, kind, text, entities: [...d.E.values()], dontCare: [...d.C.values()], decoys: [...d.X.values()] });
  }
}

// ================================================================ self-check
const errors = [];
const VALIDATE = { cn_resident_id: idValid, cn_mobile: mobileValid, bank_card: (s) => /^\d{16,19}$/.test(s) && luhnOk(s), email: (s) => EMAIL_RE.test(s), cn_landline: landlineValid, cn_uscc: usccValid, cn_passport: passportValid, person_name_zh: (s) => /^[\u4e00-\u9fff·]{2,16}$/.test(s) };
for (const doc of docs) {
  const nf = doc.text.normalize('NFKC');
  const stripped = nf.replace(/[\s\-()（）+.·]/g, '').toUpperCase();
  const noWs = doc.text.replace(/[\s\u3000]/g, '');
  const labelled = new Set([...doc.entities, ...doc.dontCare].map((e) => e.detector + '|' + e.value));
  for (const e of doc.entities) {
    if (!VALIDATE[e.detector](e.value)) errors.push(`${doc.id}: invalid ${e.detector} ${e.value}`);
    let found;
    switch (e.detector) {
      case 'person_name_zh': found = noWs.includes(e.value); break;
      case 'email': found = nf.toLowerCase().includes(e.value); break;
      case 'cn_resident_id': found = stripped.includes(e.value) || stripped.includes(e.value.slice(0, 6) + e.value.slice(8, 17)); break;
      case 'cn_landline': found = stripped.includes(e.value) || stripped.includes('86' + e.value.slice(1)); break;
      default: found = stripped.includes(e.value.toUpperCase());
    }
    if (!found) errors.push(`${doc.id}: ${e.detector} ${e.value} not in text`);
    for (const x of doc.decoys) {
      const xt = x.text.normalize('NFKC');
      if (xt === e.value || xt.replace(/[\s-]/g, '').toLowerCase() === e.value.toLowerCase()) errors.push(`${doc.id}: entity ${e.value} is also a decoy`);
    }
  }
  for (const x of doc.decoys) if (!doc.text.includes(x.text)) errors.push(`${doc.id}: decoy ${x.text} not in text`);
  // unlabelled valid values
  for (const m of nf.matchAll(/\d+[Xx]?/g)) {
    const r = m[0].toUpperCase(); const digits = r.replace('X', '');
    const need = (det, v) => { if (!labelled.has(det + '|' + v)) errors.push(`${doc.id}: unlabelled ${det} ${v}`); };
    if (r.length === 18 && idValid(r)) need('cn_resident_id', r);
    if (r.length === 18 && /^\d+$/.test(r) && usccValid(r) && !idValid(r)) need('cn_uscc', r);
    if (r.length === 15 && /^\d+$/.test(r) && legacyPlausible(r)) need('cn_resident_id', upgrade15(r));
    if (r.length === 11 && mobileValid(r)) need('cn_mobile', r);
    if (r === digits && r.length >= 16 && r.length <= 19 && luhnOk(r) && !(r.length === 18 && idValid(r))) need('bank_card', r);
  }
  for (const m of nf.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g)) if (!labelled.has('email|' + m[0].toLowerCase())) errors.push(`${doc.id}: unlabelled email ${m[0]}`);
  for (const m of nf.matchAll(/(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{18}(?![0-9A-Z])/g)) if (usccValid(m[0]) && !/^\d{17}[\dX]$/.test(m[0]) && !labelled.has('cn_uscc|' + m[0])) errors.push(`${doc.id}: unlabelled uscc ${m[0]}`);
  for (const m of nf.matchAll(/(?<![0-9A-Z])(E[A-HJ-NP-Z]?\d{7,8}|G\d{8})(?!\d)/g)) if (passportValid(m[1]) && !labelled.has('cn_passport|' + m[1])) errors.push(`${doc.id}: unlabelled passport ${m[1]}`);
}
const ids = new Set(); for (const doc of docs) { if (ids.has(doc.id)) errors.push('duplicate id ' + doc.id); ids.add(doc.id); }

writeFileSync(OUT, docs.map((x) => JSON.stringify(x)).join('\n') + '\n');

// ================================================================ summary
const perKind = {}, perDet = {}, perDec = {}, perDc = {};
for (const doc of docs) {
  perKind[doc.kind] = (perKind[doc.kind] || 0) + 1;
  for (const e of doc.entities) perDet[e.detector] = (perDet[e.detector] || 0) + 1;
  for (const e of doc.dontCare) perDc[e.detector] = (perDc[e.detector] || 0) + 1;
  for (const x of doc.decoys) perDec[x.kind] = (perDec[x.kind] || 0) + 1;
}
const tot = (o) => Object.values(o).reduce((a, b) => a + b, 0);
console.log(`documents: ${docs.length} in ${Object.keys(perKind).length} kinds`);
for (const [k, v] of Object.entries(perKind)) console.log(`  ${k.padEnd(16)} ${v}`);
console.log(`entities: ${tot(perDet)}`);
for (const [k, v] of Object.entries(perDet).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(16)} ${v}`);
console.log(`dontCare: ${tot(perDc)}`);
for (const [k, v] of Object.entries(perDc)) console.log(`  ${k.padEnd(16)} ${v}`);
console.log(`decoys: ${tot(perDec)}`);
for (const [k, v] of Object.entries(perDec).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(20)} ${v}`);
if (errors.length) { console.error(`SELF-CHECK FAILED (${errors.length}):`); for (const e of errors.slice(0, 60)) console.error('  ' + e); process.exit(1); }
console.log('self-check: ok');
