#!/usr/bin/env node
/*
 * clinics.mjs — independent labelled test corpus for listguard (session 28)
 *
 * Theme: private dental clinics (口腔诊所) and medical-aesthetics clinics (医美机构)
 * in China: 客户档案 / 会员 exports from clinic SaaS, 初诊/复诊 预约 lists,
 * 门诊病历 / 治疗记录, 种植牙 档案 and 质保卡, 分期付款 / 医美贷 applications,
 * 储值 / 充值卡 records, 网电咨询 chat transcripts and 客资 groups, 渠道 (美容院)
 * 转介绍 返佣 sheets, 知情同意书 signature blocks (OCR), 退款 complaints and
 * 12345 工单, 商保 / 医保 claim forms and TPA XML, HIS logs, appointment SMS
 * logs, 排班 tables with 通讯录, head-office e-mail, 小程序 JSON exports, 例会
 * 纪要, 开票申请, 术后回访 notes, 义齿加工单, and a shared 预警名单.
 *
 * Usage:   node clinics.mjs OUT.jsonl
 *
 * Output:  one JSON object per line
 *   {"id":"cln-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must NOT be reported
 *
 * Normalisation of values: cn_resident_id 18 chars with upper-case X (legacy
 * 15-digit numbers are labelled with their 18-char upgrade); cn_mobile 11 digits
 * (no +86, no separators); cn_landline digits incl. leading 0 and area code;
 * email lower-case; bank_card digits only; cn_passport / cn_uscc upper-case;
 * person_name_zh as written, without spaces, titles or pinyin. Decoys carry
 * their exact text as written.
 *
 * Deterministic (own mulberry32 PRNG, fixed seed), no clock, no I/O except OUT.
 * Ends with a self-check (values occur in text, check digits hold, no entity is
 * a decoy, no unlabelled checksum-valid number left in a text) and a summary.
 *
 * Written in session 28 by a helper that never read src/, rules/ or test/,
 * from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

const OUT = process.argv[2];
if (!OUT) { console.error('usage: node clinics.mjs OUT.jsonl'); process.exit(2); }

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x0C1A1C28);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
function wpick(pairs) {
  let tot = 0; for (const [, w] of pairs) tot += w;
  let r = rnd() * tot;
  for (const [v, w] of pairs) { r -= w; if (r < 0) return v; }
  return pairs[pairs.length - 1][0];
}
function shuffle(a) { const b = a.slice(); for (let i = b.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [b[i], b[j]] = [b[j], b[i]]; } return b; }
const sample = (a, n) => shuffle(a).slice(0, n);
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const p2 = (n) => String(n).padStart(2, '0');
const money = (n) => n.toFixed(2);
const moneyC = (n) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

// ---------------------------------------------------------------- calendar
const DIM = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const dim = (y, m) => (m === 2 && leap(y) ? 29 : DIM[m - 1]);
function weekday(y, m, d) { const t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]; if (m < 3) y -= 1; return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + t[m - 1] + d) % 7; }
const WD = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const WDX = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
function bizDate() { const y = wpick([[2023, 3], [2024, 7]]); const m = y === 2024 ? ri(1, 11) : ri(5, 12); return { y, m, d: ri(1, dim(y, m)) }; }
function addDays(dt, n) { let { y, m, d } = dt; d += n; while (d > dim(y, m)) { d -= dim(y, m); m++; if (m > 12) { m = 1; y++; } } while (d < 1) { m--; if (m < 1) { m = 12; y--; } d += dim(y, m); } return { y, m, d }; }
const iso = (t) => `${t.y}-${p2(t.m)}-${p2(t.d)}`;
const slash = (t) => `${t.y}/${t.m}/${t.d}`;
const cnd = (t) => `${t.y}年${t.m}月${t.d}日`;
const md = (t) => `${t.m}月${t.d}日`;
const mdot = (t) => `${t.m}.${t.d}`;
const compact = (t) => `${t.y}${p2(t.m)}${p2(t.d)}`;
const hm = () => `${p2(ri(8, 20))}:${p2(ri(0, 59))}`;
const hms = () => `${p2(ri(8, 21))}:${p2(ri(0, 59))}:${p2(ri(0, 59))}`;
const wd = (t) => WD[weekday(t.y, t.m, t.d)];

// ---------------------------------------------------------------- check algorithms
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += +b17[i] * IDW[i]; return '10X98765432'[s % 11]; }
const PROV = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65']);
function dateOk(y, m, d) { return y >= 1900 && y <= 2024 && m >= 1 && m <= 12 && d >= 1 && d <= dim(y, m); }
function idValid(id) {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  if (idCheck(id.slice(0, 17)) !== id[17]) return false;
  if (!PROV.has(id.slice(0, 2))) return false;
  return dateOk(+id.slice(6, 10), +id.slice(10, 12), +id.slice(12, 14));
}
function legacyPlausible(s) { return /^\d{15}$/.test(s) && PROV.has(s.slice(0, 2)) && dateOk(1900 + +s.slice(6, 8), +s.slice(8, 10), +s.slice(10, 12)); }
function luhnOk(s) { let sum = 0, alt = false; for (let i = s.length - 1; i >= 0; i--) { let n = +s[i]; if (alt) { n *= 2; if (n > 9) n -= 9; } sum += n; alt = !alt; } return sum % 10 === 0; }
function luhnDigit(body) { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c); return '0'; }
const MOB3 = new Set(['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '145', '147', '150', '151', '152', '153', '155', '156', '157', '158', '159', '162', '165', '166', '167', '170', '171', '172', '173', '175', '176', '177', '178', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189', '190', '191', '192', '193', '195', '196', '197', '198', '199']);
function mobOk(m) { return /^1\d{10}$/.test(m) && (MOB3.has(m.slice(0, 3)) || m.startsWith('1610') || /^1740[0-5]/.test(m)); }
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(b17[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; }
function orgCheck(b8) { const w = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0; for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * w[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
function usccLoose(s) { return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s) && usccCheck(s.slice(0, 17)) === s[17]; }
function usccValid(s) { return usccLoose(s) && orgCheck(s.slice(8, 16)) === s[16]; }
// any number a detector could accept (used to keep decoys and noise clean)
function numLooksValid(s) {
  const L = s.length;
  if (L === 11 && mobOk(s)) return true;
  if (L >= 14 && L <= 19 && luhnOk(s)) return true;
  if (L === 18 && (idCheck(s.slice(0, 17)) === s[17] || usccLoose(s))) return true;
  if (L === 15 && legacyPlausible(s)) return true;
  if (L === 13 && s.startsWith('86') && mobOk(s.slice(2))) return true;
  if (L >= 10 && L <= 12 && s[0] === '0') return true;
  return false;
}
function numStrictValid(s) {
  const L = s.length;
  return (L === 11 && mobOk(s)) || (L >= 16 && L <= 19 && luhnOk(s)) || (L === 18 && (idValid(s) || usccLoose(s))) || (L === 15 && legacyPlausible(s)) || (L === 13 && s.startsWith('86') && mobOk(s.slice(2)));
}
function safeDigits(len, prefix = '') {
  for (let k = 0; k < 1000; k++) {
    let s = prefix;
    if (!s.length) s = String(ri(1, 9));
    s += digits(len - s.length);
    if (!numLooksValid(s)) return s;
  }
  throw new Error('safeDigits');
}

// ---------------------------------------------------------------- names
const SURN = ('王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he 高gao 林lin 罗luo 郑zheng 梁liang ' +
  '谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai 余yu 杜du 叶ye 程cheng 苏su 魏wei ' +
  '吕lv 丁ding 任ren 沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan 陆lu 汪wang 范fan 金jin 石shi 廖liao 贾jia 夏xia 韦wei 付fu 方fang 白bai 邹zou 孟meng 熊xiong ' +
  '秦qin 邱qiu 江jiang 尹yin 薛xue 闫yan 段duan 雷lei 侯hou 龙long 史shi 黎li 贺he 顾gu 毛mao 郝hao 龚gong 邵shao 万wan 钱qian 严yan 覃qin 武wu 戴dai 莫mo ' +
  '孔kong 向xiang 汤tang 常chang 温wen 康kang 施shi 文wen 牛niu 樊fan 葛ge 邢xing 安an 齐qi 易yi 乔qiao 伍wu 庞pang 颜yan 倪ni 庄zhuang 聂nie 章zhang 鲁lu ' +
  '岳yue 翟zhai 殷yin 詹zhan 申shen 欧ou 耿geng 关guan 兰lan 焦jiao 俞yu 左zuo 柳liu 甘gan 祝zhu 包bao 宁ning 尚shang 符fu 舒shu 阮ruan 柯ke 纪ji 梅mei 童tong ' +
  '凌ling 毕bi 单shan 季ji 裴pei 霍huo 涂tu 成cheng 苗miao 谷gu 盛sheng 曲qu 翁weng 冉ran 骆luo 蓝lan 路lu 游you 辛xin 靳jin 管guan 柴chai 蒙meng 鲍bao 华hua ' +
  '喻yu 祁qi 蒲pu 房fang 滕teng 屈qu 饶rao 解xie 牟mou 艾ai 尤you 阳yang 时shi 穆mu 农nong 司si 卓zhuo 古gu 吉ji 缪miao 简jian 车che 项xiang 连lian 麦mai ' +
  '褚chu 娄lou 窦dou 戚qi 岑cen 景jing 党dang 宫gong 费fei 卜bu 冷leng 晏yan 席xi 卫wei 米mi 柏bai 宗zong 瞿qu 桂gui 全quan 佟tong 应ying 臧zang 闵min 邬wu ' +
  '边bian 卞bian 姬ji 师shi 和he 仇qiu 栾luan 隋sui 商shang 刁diao 沙sha 荣rong 巫wu 寇kou 桑sang 郎lang 甄zhen 丛cong 仲zhong 虞yu 敖ao 巩gong 明ming 佘she ' +
  '池chi 查zha 麻ma 苑yuan 迟chi 邝kuang').split(' ').map((t) => [t.match(/^[\u4e00-\u9fff]+/)[0], t.replace(/^[\u4e00-\u9fff]+/, '')]);
const COMPOUND = ('欧阳ouyang 上官shangguan 司马sima 诸葛zhuge 司徒situ 令狐linghu 皇甫huangfu 慕容murong 尉迟yuchi 东方dongfang 夏侯xiahou 公孙gongsun 端木duanmu 申屠shentu')
  .split(' ').map((t) => [t.match(/^[\u4e00-\u9fff]+/)[0], t.replace(/^[\u4e00-\u9fff]+/, '')]);
const SURN_W = SURN.map((s, i) => [s, 1 / (i + 6)]).concat(COMPOUND.map((s) => [s, 0.004]));
const PY = {};
function pyParse(str) { const out = []; for (const m of str.matchAll(/([\u4e00-\u9fff])([a-z]+)/g)) { PY[m[1]] = m[2]; out.push(m[1]); } return out; }
const GF = pyParse('芳fang 娜na 敏min 静jing 丽li 艳yan 娟juan 霞xia 秀xiu 玲ling 桂gui 英ying 华hua 玉yu 兰lan 萍ping 红hong 燕yan 婷ting 雪xue 琳lin 晓xiao 欣xin 怡yi 佳jia 慧hui 颖ying 倩qian 梦meng 雨yu 思si 晨chen 涵han 莉li 蕾lei 薇wei 璐lu 瑶yao 可ke 馨xin 悦yue 诗shi 琪qi 妍yan 彤tong 嘉jia 晴qing 月yue 春chun 凤feng 淑shu 珍zhen 美mei 翠cui 丹dan 蓉rong 洁jie 露lu 嫣yan 紫zi 萱xuan 若ruo 宁ning 媛yuan 婉wan 琴qin 云yun 霏fei 岚lan 菲fei 娅ya 芸yun 茜qian 蓓bei 小xiao 子zi 一yi 梓zi 家jia 安an');
const GM = pyParse('伟wei 强qiang 磊lei 军jun 洋yang 勇yong 杰jie 涛tao 明ming 超chao 刚gang 平ping 辉hui 建jian 国guo 志zhi 文wen 海hai 亮liang 斌bin 飞fei 宇yu 浩hao 博bo 俊jun 凯kai 鹏peng 鑫xin 振zhen 立li 新xin 卫wei 学xue 德de 福fu 荣rong 永yong 庆qing 泽ze 铭ming 轩xuan 睿rui 昊hao 峰feng 波bo 林lin 江jiang 成cheng 龙long 东dong 毅yi 晖hui 锋feng 翔xiang 子zi 一yi 晓xiao 嘉jia 家jia 小xiao 春chun');
const MINORITY = [['阿依古丽·吐尔逊', 'ayiguli'], ['迪丽努尔·买买提', 'dilinuer'], ['古丽娜尔·艾力', 'gulinaer'], ['热依拉·阿不都', 'reyila'], ['买买提·艾力', 'maimaiti'], ['艾克拜尔·吐尔洪', 'aikebaier'], ['扎西卓玛', 'zhaxizhuoma'], ['格桑梅朵', 'gesangmeiduo'], ['其木格', 'qimuge'], ['娜仁花', 'narenhua']];
const BAD2 = new Set(['余额', '余款', '付款', '付清', '周一', '周二', '周三', '周四', '周五', '周六', '周日', '周末', '方案', '金额', '金卡', '金华', '高端', '高德', '高血', '常规', '常德', '成交', '安排', '安宁', '时间', '时代', '时光', '华南', '华东', '华美', '程序', '任务', '马上', '何时', '明白', '文件', '白金', '黄金', '童颜', '乔雅', '欧洲', '欧颜', '康复', '康贝', '谢谢', '祝您', '林业', '石膏', '石林', '蓝光', '毛孔', '包月', '钱包', '江南', '江宁', '关于', '于是', '海薇', '韩妍', '柏丽', '安琪', '金悦', '华齿', '高平', '万元', '费用', '易美', '沈氏', '秦妃', '唐韵', '蔡蔡', '金姐', '雷射', '童小', '温馨', '高新', '黎明', '明天', '明日', '宁可', '文明', '万宁', '黄海', '华夏']);
function genName(female) {
  for (;;) {
    if (chance(0.008)) { const [n, py] = pick(MINORITY); return { name: n, py, spy: py, gpy: '' }; }
    const [sn, spy] = wpick(SURN_W);
    const pool = female ? GF : GM;
    const two = chance(sn.length === 2 ? 0.45 : 0.72);
    const g = two ? [pick(pool), pick(pool.filter((c) => !'小子一梓家'.includes(c)))] : [pick(pool.filter((c) => !'小子一梓家安'.includes(c)))];
    if (two && g[0] === g[1] && !'丽婷晶静'.includes(g[0])) continue;
    const name = sn + g.join('');
    if (BAD2.has(name.slice(0, 2)) || BAD2.has(name.slice(-2))) continue;
    const gpy = g.map((c) => PY[c]).join('');
    return { name, py: spy + gpy, spy, gpy, ini: spy + g.map((c) => PY[c][0]).join('') };
  }
}

// ---------------------------------------------------------------- regions, persons
const REGIONS = ('110101 110102 110105 110106 110108 120101 120104 130102 130104 140105 210102 210106 220102 230102 230103 310101 310104 310105 310107 310115 ' +
  '320102 320106 320505 320506 320582 330102 330106 330206 330382 340104 350102 350203 350582 360102 360730 370102 370202 410105 411525 420102 420106 421083 ' +
  '430102 430104 430521 440103 440104 440106 440303 440304 440305 440306 441900 442000 445281 450103 460105 500103 500106 500228 510104 510107 510922 520102 ' +
  '530102 610103 610113 620102 640104 650102').split(' ');
const ALLOW_MOB = new Set(['13800138000', '13912345678', '18888888888']);
const MOB_PREF = [['138', 9], ['139', 9], ['137', 7], ['136', 7], ['135', 7], ['134', 3], ['150', 5], ['151', 5], ['152', 4], ['157', 3], ['158', 5], ['159', 5], ['182', 4], ['183', 3], ['187', 4], ['188', 3],
  ['130', 4], ['131', 4], ['132', 3], ['155', 4], ['156', 4], ['185', 4], ['186', 6], ['176', 3], ['175', 2], ['166', 2], ['145', 1], ['133', 4], ['153', 3], ['180', 4], ['181', 4], ['189', 5], ['177', 3], ['173', 2],
  ['199', 3], ['191', 2], ['193', 1], ['195', 1], ['198', 2], ['147', 1], ['178', 2], ['184', 1], ['172', 1], ['190', 1], ['192', 1], ['196', 1], ['197', 1], ['162', 1], ['165', 1], ['167', 1], ['170', 1], ['171', 1]];
function genMobile() { for (;;) { const m = wpick(MOB_PREF) + digits(8); if (!ALLOW_MOB.has(m)) return m; } }
const BANKS = [
  ['中国工商银行', '工行', '622202', 19], ['中国工商银行', '工行', '621226', 19], ['中国建设银行', '建行', '621700', 19], ['中国建设银行', '建行', '622700', 19],
  ['中国农业银行', '农行', '622848', 19], ['中国农业银行', '农行', '623052', 19], ['中国银行', '中行', '621661', 19], ['中国银行', '中行', '621785', 19],
  ['招商银行', '招行', '622588', 16], ['招商银行', '招行', '621483', 16], ['交通银行', '交行', '622260', 19], ['中国邮政储蓄银行', '邮储', '621799', 19],
  ['中国邮政储蓄银行', '邮储', '622188', 19], ['平安银行', '平安', '623058', 19], ['中信银行', '中信', '622690', 16], ['兴业银行', '兴业', '622909', 18],
  ['浦发银行', '浦发', '622521', 16], ['广发银行', '广发', '622568', 16], ['民生银行', '民生', '622622', 16], ['深圳农村商业银行', '深农商', '623035', 19]];
const CREDIT = [['招商银行信用卡', '招行', '622575', 16], ['中国银行信用卡', '中行', '625905', 16], ['广发银行信用卡', '广发', '625809', 16], ['交通银行信用卡', '交行', '622258', 16], ['建设银行信用卡', '建行', '436742', 16], ['招商银行VISA', '招行', '439225', 16], ['工商银行万事达', '工行', '524047', 16]];
function genCard(credit = false) {
  const [bank, short, bin, len] = credit ? pick(CREDIT) : wpick(BANKS.map((b) => [b, 1]));
  for (;;) { const body = bin + digits(len - bin.length - 1); const num = body + luhnDigit(body); if (!idValid(num)) return { num, bank, short, credit }; }
}
const BRANCH = ['科技园支行', '南山支行', '营业部', '福田支行', '天河支行', '高新支行', '城东支行', '人民路支行', '解放路支行', '滨江支行', '高新区支行', '北京路支行', '建设路支行', '文化路支行', '红星路支行'];
function genEmail(nm, by, mobile) {
  const y2 = String(by).slice(2);
  const qq = String(ri(1, 9)) + digits(ri(5, 9));
  return wpick([
    [`${nm.py}${y2}@163.com`, 10], [`${qq}@qq.com`, 18], [`${nm.ini || nm.py}${ri(1, 999)}@126.com`, 5], [`${mobile}@139.com`, 3], [`${nm.py}@foxmail.com`, 4],
    [`${nm.spy}.${nm.gpy || 'x'}@outlook.com`, 3], [`${nm.py}${ri(10, 99)}@sina.com`, 3], [`${nm.ini || nm.py}_${y2}${p2(ri(1, 12))}@163.com`, 5], [`${nm.py}@yeah.net`, 1],
    [`${pick(['amy', 'coco', 'vivian', 'lily', 'kevin', 'jason', 'cherry', 'momo', 'ivy', 'tina'])}${nm.spy}${ri(1, 99)}@gmail.com`, 2], [`${nm.py}${by}@sohu.com`, 1], [`${nm.ini || nm.py}@aliyun.com`, 1], [`${qq}@vip.qq.com`, 1]]).toLowerCase();
}
function mkPerson(o = {}) {
  const female = o.sex ? o.sex === '女' : chance(o.pf ?? 0.75);
  const nm = genName(female);
  const by = o.by ?? ri(o.y0 ?? 1965, o.y1 ?? 2003);
  const bm = ri(1, 12), bd = ri(1, dim(by, bm));
  const region = pick(REGIONS);
  const s = ri(0, 499) * 2 + (female ? 0 : 1);
  const body = region + by + p2(bm) + p2(bd) + String(s).padStart(3, '0');
  const id = body + idCheck(body);
  const mobile = genMobile();
  const p = { ...nm, female, sex: female ? '女' : '男', by, bm, bd, birth: `${by}-${p2(bm)}-${p2(bd)}`, age: 2024 - by - (bm > 3 ? 1 : 0), id, mobile, region };
  p.email = genEmail(nm, by, mobile);
  p.card = genCard(chance(o.credit ?? 0.08));
  if (o.legacy && by < 2000) p.id15 = region + String(by).slice(2) + p2(bm) + p2(bd) + String(s).padStart(3, '0');
  return p;
}

// ---------------------------------------------------------------- written forms
const fwc = (s) => s.replace(/[0-9A-Za-z@.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xFEE0));
function fmtMob(m, st) {
  const a = m.slice(0, 3), b = m.slice(3, 7), c = m.slice(7);
  switch (st) {
    case 'sp': return `${a} ${b} ${c}`;
    case 'dash': return `${a}-${b}-${c}`;
    case 'p86': return `+86 ${a} ${b} ${c}`;
    case 'p86c': return `+86${m}`;
    case 'p86d': return `+86-${m}`;
    case '0086': return `0086 ${m}`;
    case 'paren': return `(+86)${m}`;
    case 'fw': return fwc(m);
    case 'sp34': return `${a} ${m.slice(3)}`;
    default: return m;
  }
}
const MOBMIX = {
  export: [['plain', 94], ['sp', 2], ['dash', 2], ['p86c', 2]],
  form: [['plain', 70], ['sp', 14], ['dash', 10], ['p86', 4], ['sp34', 2]],
  chat: [['plain', 48], ['sp', 16], ['dash', 9], ['p86', 7], ['fw', 7], ['p86c', 5], ['0086', 3], ['paren', 3], ['p86d', 2]],
  ocr: [['plain', 50], ['sp', 35], ['dash', 15]],
};
function fmtId(id, st) {
  switch (st) {
    case 'x': return id.endsWith('X') ? id.slice(0, 17) + 'x' : id;
    case 'sp': return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    case 'fw': return fwc(id);
    case 'split': { const k = ri(6, 14); return id.slice(0, k) + '\n' + id.slice(k); }
    default: return id;
  }
}
function fmtCard(c, st) {
  switch (st) {
    case 'sp4': return c.match(/.{1,4}/g).join(' ');
    case 'dash4': return c.match(/.{1,4}/g).join('-');
    case 'split': { const k = ri(6, c.length - 4); return c.slice(0, k) + '\n' + c.slice(k); }
    case 'fw': return fwc(c);
    default: return c;
  }
}
const mMob = (m) => m.slice(0, 3) + '****' + m.slice(7);
const mId = (id) => (chance(0.6) ? id.slice(0, 6) + '********' + id.slice(14) : id.slice(0, 3) + '*'.repeat(11) + id.slice(14));
const mCard = (c) => (chance(0.5) ? c.slice(0, 4) + ' **** **** ' + c.slice(-4) : c.slice(0, 6) + '*'.repeat(c.length - 10) + c.slice(-4));
const mName = (n) => (chance(0.6) ? n[0] + '*'.repeat(n.length - 1) : n[0] + '某'.repeat(Math.min(2, n.length - 1)));
function breakDigits(s) {
  for (let k = 0; k < 50; k++) { const b = breakDigits1(s); if (!(b.match(/\d+/g) || []).some((r) => numStrictValid(r) || (r.length >= 14 && r.length <= 19 && luhnOk(r)))) return b; }
  return s.slice(0, 4) + '.' + s.slice(4, 8) + '.' + s.slice(8);
}
function breakDigits1(s) { const i = ri(3, s.length - 3); const sub = { 0: 'O', 1: 'l', 5: 'S', 8: 'B', 6: 'b', 2: 'Z' }; const ch = s[i]; if (sub[ch] == null) return s.slice(0, i) + '.' + s.slice(i); return s.slice(0, i) + sub[ch] + s.slice(i + 1); }

// ---------------------------------------------------------------- doc builder
const DOCS = [];
const KCOUNT = {};
function doc(kind) { return { kind, ents: new Map(), dcs: new Map(), decs: new Map() }; }
function E(d, det, v) { d.ents.set(det + '|' + v, { detector: det, value: v }); return v; }
function C(d, det, v) { d.dcs.set(det + '|' + v, { detector: det, value: v }); return v; }
function X(d, kind, t) { if (!d.decs.has(t)) d.decs.set(t, { kind, text: t }); return t; }
function emit(d, text) {
  const n = (KCOUNT[d.kind] = (KCOUNT[d.kind] || 0) + 1);
  const ents = [...d.ents.values()];
  // a resident ID that also passes Luhn or the USCC check (and an 18-digit card that passes
  // the USCC check) is a genuine format ambiguity: the other detector's answer is fine too
  for (const e of ents) {
    if (e.detector === 'cn_resident_id' && /^\d{18}$/.test(e.value) && luhnOk(e.value)) C(d, 'bank_card', e.value);
    if ((e.detector === 'cn_resident_id' || e.detector === 'bank_card') && e.value.length === 18 && usccLoose(e.value)) C(d, 'cn_uscc', e.value);
  }
  const dcs = [...d.dcs.values()].filter((c) => !d.ents.has(c.detector + '|' + c.value));
  DOCS.push({ id: `cln-${d.kind}-${n}`, kind: d.kind, text, entities: ents, dontCare: dcs, decoys: [...d.decs.values()] });
}
// value writers: register the label and return the written form
function N(d, p, st) {
  const n = typeof p === 'string' ? p : p.name;
  E(d, 'person_name_zh', n);
  if (st === 'pad' && n.length === 2) return n[0] + '\u3000' + n[1];
  if (st === 'sp' && n.length === 2) return n[0] + ' ' + n[1];
  if (st === 'spall') return [...n].join(' ');
  return n;
}
const NDC = (d, s) => C(d, 'person_name_zh', s);
function M(d, m, mix = 'export') { E(d, 'cn_mobile', m); return fmtMob(m, typeof mix === 'string' && MOBMIX[mix] ? wpick(MOBMIX[mix]) : mix); }
function Mocr(d, m) { if (chance(0.07)) { C(d, 'cn_mobile', m); return breakDigits(m); } return M(d, m, 'ocr'); }
function I(d, p, st = 'plain') { E(d, 'cn_resident_id', p.id); if (p.id15) return p.id15; return fmtId(p.id, st); }
function Iocr(d, p) { if (chance(0.07) && !p.id15) { C(d, 'cn_resident_id', p.id); return breakDigits(p.id); } return I(d, p, wpick([['plain', 60], ['sp', 20], ['split', 12], ['x', 8]])); }
function B(d, c, st = 'plain') { E(d, 'bank_card', c.num); return fmtCard(c.num, st); }
function Bocr(d, c) { if (chance(0.07)) { C(d, 'bank_card', c.num); return breakDigits(c.num); } return B(d, c, wpick([['plain', 40], ['sp4', 45], ['split', 15]])); }
function EM(d, e, st = 'plain') {
  E(d, 'email', e.toLowerCase());
  const m = e.match(/^(1[3-9]\d{9})@/); if (m) E(d, 'cn_mobile', m[1]);
  if (st === 'cap') return e[0].toUpperCase() + e.slice(1);
  if (st === 'upper') return e.toUpperCase();
  if (st === 'fw') return e.replace('@', '＠');
  return e;
}
function TEL(d, t, st) {
  E(d, 'cn_landline', t.area + t.sub);
  switch (st ?? wpick([['dash', 6], ['paren', 2], ['sp', 1], ['p86', 1]])) {
    case 'paren': return `(${t.area})${t.sub}`;
    case 'sp': return `${t.area} ${t.sub.slice(0, 4)} ${t.sub.slice(4)}`;
    case 'p86': return `+86 ${t.area.slice(1)} ${t.sub}`;
    case 'plain': return t.area + t.sub;
    default: return `${t.area}-${t.sub}`;
  }
}
function USCC(d, u) { E(d, 'cn_uscc', u); return u; }
function PASS(d, pp) { E(d, 'cn_passport', pp); return pp; }
function genUSCC(type, region) {
  for (;;) {
    let b = 'MA'; for (let i = 0; i < 6; i++) b += UA[ri(0, UA.length - 1)];
    const oc = orgCheck(b);
    const b17 = type + region + b + oc;
    const u = b17 + usccCheck(b17);
    if (usccValid(u)) return u;
  }
}
const genPassport = () => (chance(0.5) ? 'E' + digits(8) : 'E' + 'ABCDEFGHJKLMNPQRSTUVWXYZ'[ri(0, 23)] + digits(7));
function genLandline(area) { return { area, sub: String(ri(2, 8)) + digits(7) }; }

// bad look-alikes (decoys)
function badIdCheck(id) { for (;;) { const c = '0123456789X'[ri(0, 10)]; const b = id.slice(0, 17) + c; if (c !== id[17] && !luhnOk(b) && !usccLoose(b)) return b; } }
function badIdDate() {
  const y = ri(1970, 1999);
  const [m, dd] = pick([[2, 30], [2, 31], [4, 31], [6, 31], [9, 31], [11, 31], [13, ri(1, 28)], [0, ri(1, 28)], [ri(1, 12), 0], [ri(1, 12), 32]]);
  const b = pick(REGIONS) + y + p2(m) + p2(dd) + digits(3);
  const r = b + idCheck(b);
  return luhnOk(r) || usccLoose(r) ? badIdDate() : r;
}
function badIdRegion() { const b = pick(['00', '19', '28', '39', '48', '55', '66', '77', '90']) + digits(4) + ri(1970, 1999) + p2(ri(1, 12)) + p2(ri(1, 28)) + digits(3); const r = b + idCheck(b); return luhnOk(r) || usccLoose(r) ? badIdRegion() : r; }
const badMobile = () => pick(['140', '141', '144', '154']) + digits(8);

// domain decoys
const yymmdd = (t) => compact(t).slice(2);
const mrNo = (t) => wpick([[`MR${yymmdd(t)}${digits(4)}`, 3], [`BL${digits(7)}`, 2], [`${t.y}${safeDigits(6, String(ri(1, 9)))}`, 3], [`MZ${digits(8)}`, 2], [`${yymmdd(t)}-${digits(3)}`, 1]]);
const memberCard = () => safeDigits(pick([16, 16, 18, 19]), pick(['8860', '8800', '9100', '1001', '3300', '7788', '2000']));
const clinicCard = () => (chance(0.5) ? 'JZ' + digits(8) : safeDigits(10, '10'));
const orderNo = (t) => wpick([[`DD${compact(t)}${digits(6)}`, 3], [safeDigits(pick([18, 19]), compact(t)), 3], [`XS${yymmdd(t)}${digits(5)}`, 2], [`${compact(t)}${digits(4)}`, 1]]);
const invNo = () => '0' + digits(7);
const invCode = () => pick(['144032', '044031', '144031', '044032']) + digits(6);
const eInvNo = (t) => String(t.y).slice(2) + pick(['44', '31', '11', '33', '51', '42']) + '2' + safeDigits(15, '000');
const settleNo = (t) => pick(['4403', '4401', '3101', '1101', '3301', '5101', '4201']) + compact(t) + safeDigits(10, String(ri(1, 9)));
const lotNo = () => wpick([[`${ri(21, 24)}${p2(ri(1, 12))}${digits(2)}${pick(['A', 'B', 'C', ''])}`, 3], [`C${digits(4)}C${ri(1, 9)}`, 2], [`SL${ri(21, 24)}${pick('ABCDEFGH'.split(''))}${digits(4)}`, 2], [`${pick(['GL', 'HA', 'RH', 'JY'])}${digits(6)}`, 1]]);
const udi = (t) => `(01)0${safeDigits(13, pick(['761332', '735000', '880691', '697012']))}(17)${String(t.y + ri(2, 5)).slice(2)}${p2(ri(1, 12))}${p2(ri(1, 28))}(10)${lotNo()}`;
const implantSN = () => (chance(0.5) ? 'SN' + safeDigits(10, String(ri(2, 9))) : `${ri(21, 24)}${pick('ABCDEFGH'.split(''))}${digits(7)}`);
const applNo = (t) => `FQ${compact(t)}${digits(6)}`;
const policyNo = () => wpick([[safeDigits(16, '86'), 2], [`P${safeDigits(16, pick(['4403', '3101', '1101', '4401']))}`, 2], [`AHSZ${digits(6)}Q${digits(6)}`, 1], [safeDigits(20, '10'), 1]]);
const tsMs = () => String(1672531200000 + Math.floor(rnd() * 60000000000));
const ts14 = (t) => `${compact(t)}${p2(ri(8, 21))}${p2(ri(0, 59))}${p2(ri(0, 59))}`;
const workOrder = (t) => `${yymmdd(t)}${digits(7)}`;
const expressNo = () => (chance(0.5) ? 'SF' + digits(13) : safeDigits(15, pick(['73', '75', '78', '43'])));
const traceId = () => { let s = ''; for (let i = 0; i < 32; i++) s += '0123456789abcdef'[ri(0, 15)]; return /\d{7,}/.test(s) ? traceId() : s; };
const contractNo = (t) => `HT-${t.y}-${digits(5)}`;
const orgCodeHosp = () => `H${pick(['4403', '4401', '3101', '1101', '3301', '5101', '4201', '4301'])}${digits(7)}`;
const staffNo = () => `${pick(['YS', 'HS', 'ZX', 'QT', 'E'])}${digits(4)}`;

// ---------------------------------------------------------------- domain vocabulary
const AES_PROJ = [['热玛吉FLX全脸', 29800], ['超声炮全脸600发', 12800], ['玻尿酸1ml(乔雅登雅致)', 6800], ['水光针(嗨体)', 2980], ['光子嫩肤M22', 1280], ['超皮秒全脸', 3980], ['瘦脸针(衡力100U)', 1680],
  ['瘦脸针(保妥适100U)', 3980], ['全切双眼皮', 9800], ['埋线双眼皮', 5800], ['鼻综合', 38000], ['自体脂肪填充面部', 18800], ['腰腹吸脂', 26800], ['线雕提升', 15800], ['童颜针', 16800],
  ['黄金微针', 3680], ['激光脱毛(腋下)', 399], ['小气泡清洁', 198], ['果酸换肤', 680], ['菲洛嘉水光', 3280], ['润百颜玻尿酸', 2980], ['海薇玻尿酸', 1980], ['眼综合', 19800], ['下颌角磨骨', 36000]];
const DENT_PROJ = [['单颗种植(士卓曼SLA)', 15800], ['单颗种植(奥齿泰)', 6800], ['单颗种植(诺贝尔CC)', 13800], ['登腾种植体', 7800], ['半口种植All-on-4', 68000], ['全口种植', 128000],
  ['隐适美综合', 42000], ['时代天使矫正', 26800], ['金属托槽矫正', 12800], ['自锁托槽', 18800], ['根管治疗(磨牙)', 1800], ['二氧化锆全瓷冠', 3200], ['E.max全瓷贴面', 4200], ['嵌体', 2600],
  ['超声波洁牙', 198], ['喷砂', 128], ['冷光美白', 1980], ['拔智齿(阻生)', 980], ['树脂补牙', 300], ['窝沟封闭', 200], ['儿童涂氟', 100], ['牙周刮治(全口)', 1200], ['活动义齿', 2800], ['即刻种植', 16800], ['上颌窦内提升', 4800]];
const IMPLANTS = [['士卓曼', 'BLT', ['3.3×10mm', '4.1×10mm', '4.1×8mm', '4.8×10mm']], ['士卓曼', 'SLActive BL', ['4.1×12mm', '4.8×8mm']], ['诺贝尔', 'NobelActive', ['4.3×10mm', '3.5×11.5mm', '5.0×8.5mm']],
  ['奥齿泰', 'TSIII SA', ['4.0×10mm', '4.5×8.5mm', '5.0×10mm']], ['登腾', 'SuperLine', ['4.0×10mm', '4.5×12mm', '5.0×8mm']], ['Ankylos', 'C/X', ['3.5×11mm', '4.5×9.5mm']], ['仕诺康', 'Sinocom-II', ['4.1×10mm']]];
const TITLES = ['主治医师', '副主任医师', '主任医师', '住院医师', '执业医师'];
const ROOMS_D = ['1诊室', '2诊室', '3诊室', '5诊室', 'VIP诊室', '种植手术室', 'CT室', '儿牙诊室', '正畸诊室'];
const ROOMS_A = ['1号咨询室', 'VIP咨询室', '光电治疗室', '注射室', '手术室一', '美容治疗室', '皮肤检测室'];
const ROOMS = ROOMS_D;
const roomOf = (c) => pick(c.type === 'aes' ? ROOMS_A : ROOMS_D);
const CHANNELS = ['美团', '大众点评', '新氧', '抖音', '小红书', '百度竞价', '转介绍', '老带新', '自然到店', '朋友圈广告', '异业合作', '高德地图', '企业团购', '更美', '快手'];
const SALONS = ['丽人坊美容院', '伊人美容会所', '秦妃美容养生', '沈氏养生馆', '颜如玉美容SPA', '雅诗美容工作室', '蔡蔡美甲美睫', '韩式半永久纹绣', '金姐美容院', '唐韵养生会所', '柏丽美容中心', '悦己皮肤管理', '花漾美学馆', '周氏推拿'];
const COMPANIES = ['深圳市腾跃科技有限公司', '广州市星辰贸易有限公司', '杭州云杉网络技术有限公司', '成都锦城物业服务有限公司', '上海申昊供应链管理有限公司', '北京华信达咨询有限公司', '武汉楚天建设工程有限公司',
  '南京紫金电子商务有限公司', '长沙湘麓文化传媒有限公司', '西安秦川汽车服务有限公司', '深圳市南山区第二实验学校', '招商局物业管理有限公司', '华为技术有限公司', '平安银行股份有限公司', '中建三局集团有限公司'];
const JOBS = ['公司职员', '教师', '个体户', '自由职业', '公务员', '销售', '护士', '会计', '设计师', '程序员', '主播', '全职妈妈', '财务', '行政', '工程师'];
const REL = ['配偶', '母亲', '父亲', '姐姐', '哥哥', '朋友', '同事', '妹妹', '弟弟'];
const relOf = (p) => pick(p.female ? ['配偶', '母亲', '姐姐', '妹妹', '朋友', '同事', '女儿'] : ['配偶', '父亲', '哥哥', '弟弟', '朋友', '同事', '儿子']);

const CITY = {
  深圳: { area: '0755', prov: '广东省', dists: ['南山区', '福田区', '宝安区', '龙华区', '罗湖区'], roads: ['南海大道', '科苑路', '深南大道', '宝安大道', '民治大道'] },
  广州: { area: '020', prov: '广东省', dists: ['天河区', '越秀区', '海珠区', '番禺区'], roads: ['天河路', '中山五路', '江南大道', '市桥路'] },
  杭州: { area: '0571', prov: '浙江省', dists: ['西湖区', '上城区', '滨江区', '拱墅区'], roads: ['文三路', '延安路', '江南大道', '莫干山路'] },
  成都: { area: '028', prov: '四川省', dists: ['锦江区', '武侯区', '高新区', '成华区'], roads: ['春熙路', '人民南路', '天府大道', '建设路'] },
  上海: { area: '021', prov: '上海市', dists: ['徐汇区', '静安区', '浦东新区', '长宁区'], roads: ['漕溪北路', '南京西路', '张杨路', '天山路'] },
  北京: { area: '010', prov: '北京市', dists: ['朝阳区', '海淀区', '东城区', '丰台区'], roads: ['建国路', '中关村大街', '东直门内大街', '丰台北路'] },
  武汉: { area: '027', prov: '湖北省', dists: ['江汉区', '武昌区', '洪山区', '江岸区'], roads: ['解放大道', '中南路', '珞喻路', '建设大道'] },
  南京: { area: '025', prov: '江苏省', dists: ['鼓楼区', '玄武区', '秦淮区', '建邺区'], roads: ['中山路', '珠江路', '中华路', '江东中路'] },
  长沙: { area: '0731', prov: '湖南省', dists: ['芙蓉区', '岳麓区', '天心区', '开福区'], roads: ['五一大道', '麓山路', '芙蓉中路', '黄兴路'] },
  西安: { area: '029', prov: '陕西省', dists: ['雁塔区', '碑林区', '未央区', '莲湖区'], roads: ['小寨东路', '南大街', '凤城五路', '劳动路'] },
  郑州: { area: '0371', prov: '河南省', dists: ['金水区', '二七区', '中原区'], roads: ['花园路', '大学路', '建设路'] },
};
function addr(cityName) {
  const c = CITY[cityName];
  const head = (c.prov === cityName + '市' ? '' : c.prov) + cityName + '市' + pick(c.dists) + pick(c.roads) + ri(1, 999) + '号';
  if (chance(0.4)) return head;
  return head + pick(['阳光花园', '碧海云天', '万科城', '华润城', '金地名园', '保利香槟', '龙湖春江']) + ri(1, 12) + '栋' + ri(1, 32) + '0' + ri(1, 8);
}
const CLINICS = [
  { name: '皓齿口腔', type: 'dental', city: '深圳', branches: ['南山店', '宝安店', '福田店'], domain: 'haochi-dental.com', group: '皓康口腔连锁', hq: 'hkdental.com.cn' },
  { name: '贝臻口腔', type: 'dental', city: '广州', branches: ['天河店', '番禺店'], domain: 'beizhenkq.cn', group: '皓康口腔连锁', hq: 'hkdental.com.cn' },
  { name: '金悦口腔', type: 'dental', city: '杭州', branches: ['西湖店', '滨江店'], domain: 'jinyuekq.com', group: '金悦医疗', hq: 'jinyuekq.com' },
  { name: '华齿口腔', type: 'dental', city: '成都', branches: ['锦江店', '高新店'], domain: 'huachi.net.cn', group: '华齿口腔集团', hq: 'huachi.net.cn' },
  { name: '安琪口腔门诊部', type: 'dental', city: '上海', branches: ['徐汇店', '静安店'], domain: 'anqi-dental.cn', group: '皓康口腔连锁', hq: 'hkdental.com.cn' },
  { name: '德馨口腔', type: 'dental', city: '郑州', branches: ['金水店'], domain: 'dexinkq.com', group: '德馨口腔', hq: 'dexinkq.com' },
  { name: '美菲医疗美容', type: 'aes', city: '深圳', branches: ['福田店', '南山店'], domain: 'meifei-ma.com', group: '悦美医疗美容集团', hq: 'yuemei-group.com' },
  { name: '艺辰医疗美容门诊部', type: 'aes', city: '北京', branches: ['朝阳店', '国贸店'], domain: 'yichenmei.com', group: '悦美医疗美容集团', hq: 'yuemei-group.com' },
  { name: '韩妍医疗美容诊所', type: 'aes', city: '武汉', branches: ['江汉店', '光谷店'], domain: 'hanyan-mc.cn', group: '韩妍医美', hq: 'hanyan-mc.cn' },
  { name: '柏丽医疗美容', type: 'aes', city: '南京', branches: ['新街口店'], domain: 'bailimei.cn', group: '悦美医疗美容集团', hq: 'yuemei-group.com' },
  { name: '时光医美', type: 'aes', city: '长沙', branches: ['五一广场店', '梅溪湖店'], domain: 'shiguang-ma.com', group: '时光医美', hq: 'shiguang-ma.com' },
  { name: '欧颜医疗美容', type: 'aes', city: '西安', branches: ['小寨店', '高新店'], domain: 'ouyanmei.com', group: '欧颜医美', hq: 'ouyanmei.com' },
];
const NICKS_EN = ['Amy', 'Coco', 'Vivian', 'Lily', 'Cherry', 'Momo', 'Ivy', 'Tina', 'Nina', 'Sunny'];
for (const c of CLINICS) {
  const staff = (n, o, role) => Array.from({ length: n }, () => { const p = mkPerson(o); p.role = role; p.work = `${p.py}@${c.domain}`; return p; });
  c.doctors = staff(ri(3, 5), { pf: c.type === 'aes' ? 0.4 : 0.45, y0: 1968, y1: 1992 }, '医生');
  for (const p of c.doctors) p.title = pick(TITLES);
  c.consultants = staff(ri(3, 5), { pf: 0.9, y0: 1988, y1: 2001 }, '咨询师');
  for (const p of c.consultants) p.nick = chance(0.5) ? '小' + p.name.slice(-1) : pick(NICKS_EN);
  c.nurses = staff(3, { pf: 0.95, y0: 1990, y1: 2002 }, '护士');
  c.front = staff(2, { pf: 0.9, y0: 1994, y1: 2003 }, '前台');
  c.manager = staff(1, { pf: 0.6, y0: 1980, y1: 1990 }, '店长')[0];
  c.finance = staff(1, { pf: 0.8, y0: 1985, y1: 1995 }, '财务')[0];
  c.net = staff(2, { pf: 0.85, y0: 1995, y1: 2002 }, '网电');
  for (const p of c.net) p.nick = pick(['小雅', '雅琪', '小美', '晓晓', '安安', '小悦', '糖糖', '可可']);
  c.tel = genLandline(CITY[c.city].area);
  c.hotline = `400-${ri(600, 999)}-${digits(4)}`;
  c.all = [...c.doctors, ...c.consultants, ...c.nurses, ...c.front, c.manager, c.finance, ...c.net];
}
const HQ = {};
for (const c of CLINICS) if (!HQ[c.group]) HQ[c.group] = { name: c.group, domain: c.hq, staff: Array.from({ length: 4 }, () => { const p = mkPerson({ pf: 0.7, y0: 1980, y1: 1996 }); p.work = `${p.py}@${c.hq}`; return p; }) };
const pickClinic = (type) => pick(type ? CLINICS.filter((c) => c.type === type) : CLINICS);
const projOf = (c) => pick(c.type === 'aes' ? AES_PROJ : DENT_PROJ);
function cname(d, c, br) { X(d, 'store', c.name); return br ? `${c.name}(${br})` : c.name; }
const W = (d, w) => X(d, 'word', w);
const P = (d, pr) => X(d, 'project', pr);
const CH = (d, ch) => X(d, 'channel', ch);
function patient(c, o = {}) { return mkPerson({ pf: c.type === 'aes' ? 0.88 : 0.58, y0: c.type === 'aes' ? 1970 : 1950, y1: c.type === 'aes' ? 2004 : 2008, ...o }); }
function staffName(d, p, ndcProb = 0) { if (p.nick && chance(ndcProb)) { NDC(d, p.nick); return p.nick; } return N(d, p); }
const csvq = (s) => (/[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s);
const HAN = /[\u3400-\u9fff\u3000\uff00-\uffef]/;
function wlen(s) { let w = 0; for (const ch of s) w += HAN.test(ch) ? 2 : 1; return w; }
function padW(s, w) { const k = w - wlen(s); return s + ' '.repeat(Math.max(1, k)); }
const OCR_SUB = { 已: '己', 日: '曰', 名: '各', 期: '朗', 话: '活', 证: '讧', 电: '甩', 签: '荟', 系: '糸', 户: '尸', 本: '木', 人: '入', '：': ':', '，': ',', '（': '(', '）': ')' };
function ocr(s, rate = 0.05) {
  let out = '';
  for (const ch of s) {
    if (OCR_SUB[ch] && chance(/[：，（）]/.test(ch) ? 0.4 : rate * 2)) out += OCR_SUB[ch];
    else if (/[\u4e00-\u9fff]/.test(ch) && chance(rate)) out += ch + ' ';
    else if (ch === '。' && chance(0.2)) out += '.';
    else out += ch;
  }
  return out;
}
function tableRows(rows, lay) {
  if (lay === 'csv') return rows.map((r) => r.map(csvq).join(',')).join('\n');
  if (lay === 'tsv') return rows.map((r) => r.join('\t')).join('\n');
  if (lay === 'pipe') return rows.map((r, i) => '| ' + r.join(' | ') + ' |' + (i === 0 ? '\n|' + r.map(() => '---').join('|') + '|' : '')).join('\n');
  const widths = rows[0].map((_, j) => Math.max(...rows.map((r) => wlen(r[j] ?? ''))) + 2);
  return rows.map((r) => r.map((v, j) => (j === r.length - 1 ? v : padW(v, widths[j]))).join('').trimEnd()).join('\n');
}

// ================================================================= generators
// 1. 客户档案 / 会员导出
function g_member() {
  const c = pickClinic(), d = doc('member-export'), br = pick(c.branches), t = bizDate();
  const lay = pick(['csv', 'csv', 'tsv', 'pipe', 'fixed']);
  const masked = chance(0.18);
  const sys = pick(['齿云SaaS', '悦客CRM', '美问客户管理系统', '诊所通HIS']);
  const eqWrap = lay === 'csv' && chance(0.35);
  const variant = pick(['A', 'B']);
  const head = variant === 'A'
    ? ['客户编号', '病历号', '顾客姓名', '性别', '年龄', '手机号码', '身份证号', '生日', '来源渠道', '首次到店', '所属咨询师', '主诊医生', '会员卡号', '会员等级', '储值余额', '累计消费', '电子邮箱', '备注']
    : ['序号', '会员卡号', '姓名', '性别', '手机', '证件号码', 'QQ/微信', '渠道', '开发人', '医生', '建档时间', '最近消费', '消费项目', '邮箱', '标签'];
  const rows = [head];
  const n = lay === 'fixed' ? ri(8, 14) : ri(8, 24);
  for (let i = 0; i < n; i++) {
    const p = patient(c, { legacy: chance(0.04) });
    const cons = pick(c.consultants), doct = pick(c.doctors);
    let note = '';
    let idv = '';
    const r = rnd();
    if (masked) idv = chance(0.8) ? X(d, 'masked_id', mId(p.id)) : '';
    else if (r < 0.62) idv = I(d, p, chance(0.06) ? 'x' : 'plain');
    else if (r < 0.67) { idv = X(d, 'id_bad_check', badIdCheck(p.id)); note = '身份证号待核实'; }
    else if (r < 0.695) { idv = X(d, 'id_bad_date', badIdDate()); note = '证件号有误，下次到店核对'; }
    if (eqWrap && idv) idv = `="${idv}"`;
    let mob;
    if (masked) mob = X(d, 'masked_mobile', mMob(p.mobile));
    else if (chance(0.015)) { mob = X(d, 'mobile_unallocated', badMobile()); note = note || '电话空号'; }
    else { mob = M(d, p.mobile); if (chance(0.06)) { const m2 = genMobile(); mob += '/' + M(d, m2, 'plain'); } }
    const ch = CH(d, pick(CHANNELS));
    const first = addDays(t, -ri(1, 900));
    const mc = X(d, 'member_card', memberCard());
    const lvl = pick(['普通会员', '银卡', '金卡', '钻石卡', '黑金卡', '']);
    const bal = chance(0.4) ? ri(0, 30000) : 0;
    const total = ri(198, 150000);
    const em = chance(0.32) ? EM(d, p.email, chance(0.08) ? 'cap' : 'plain') : '';
    if (!note) {
      const q = rnd();
      if (q < 0.08) note = W(d, '周末') + '才有空';
      else if (q < 0.14) note = W(d, '余款') + ri(2, 30) * 100 + '未付';
      else if (q < 0.19) note = W(d, '高血压') + '，术前测血压';
      else if (q < 0.26) { const ref = patient(c); note = '介绍人：' + N(d, ref); }
      else if (q < 0.32) note = '怕痛，需表麻';
      else if (q < 0.36) note = '对价格敏感';
      else if (q < 0.42) note = '已加企微';
      else if (q < 0.45) note = '投诉过，谨慎沟通';
      else if (q < 0.48) note = 'VIP老客';
      else if (q < 0.51) { const acc = patient(c); note = '陪同：' + N(d, acc) + '（' + relOf(acc) + '）'; }
    }
    const consW = chance(0.06) ? W(d, pick(['公共池', '网电组', '未分配', '自然客'])) : staffName(d, cons, 0.15);
    const doctW = () => (chance(0.05) ? W(d, pick(['待分配', '专家号', '待定'])) : N(d, doct));
    if (variant === 'A') {
      if (lvl === '金卡') W(d, '金卡');
      rows.push([X(d, 'customer_no', `C${t.y % 100}${String(ri(10000, 99999))}`), X(d, 'record_no', mrNo(first)), N(d, p), p.sex, String(p.age), mob, idv, `${p.bm}月${p.bd}日`, ch, iso(first), consW, doctW(), eqWrap ? `="${mc}"` : mc, lvl, money(bal), money(total), em, note]);
    } else {
      const pr = P(d, projOf(c)[0]);
      rows.push([String(i + 1), mc, N(d, p), p.sex, mob, idv, chance(0.35) ? X(d, 'qq', String(ri(1, 9)) + digits(ri(5, 9))) : chance(0.3) ? X(d, 'wechat_id', 'wxid_' + traceId().slice(0, 12)) : '', ch, consW, doctW(), iso(first), iso(addDays(t, -ri(0, 60))), pr, em, note]);
    }
  }
  const title = chance(0.6) ? `${cname(d, c, br)} 客户档案导出（${sys}）  导出日期：${iso(t)}\n` : '';
  const foot = chance(0.7) ? `\n导出人：${N(d, pick([c.manager, ...c.front]))}   导出时间：${iso(t)} ${hms()}   共${n}条${masked ? '（敏感字段已脱敏）' : ''}` : '';
  emit(d, title + tableRows(rows, lay) + foot);
}

// 2. 预约列表
function g_appt() {
  const c = pickClinic(), d = doc('appt-list'), br = pick(c.branches), t = bizDate();
  const v = pick(['fixed', 'csv', 'ding', 'pipe']);
  const n = ri(6, 18);
  const slots = Array.from({ length: n }, () => `${p2(ri(9, 18))}:${pick(['00', '15', '30', '45'])}`).sort();
  const dayW = W(d, wd(t));
  if (v === 'ding') {
    const lines = [`【${cname(d, c, br)}】明日预约（${md(t)} ${dayW}）共${n}位，请各位医生助理提前备诊：`];
    for (let i = 0; i < n; i++) {
      const p = patient(c), doct = pick(c.doctors);
      const fresh = chance(0.5) ? '初诊' : '复诊';
      const pr = P(d, projOf(c)[0]);
      const ph = chance(0.15) ? X(d, 'masked_mobile', mMob(p.mobile)) : M(d, p.mobile, 'form');
      const dn = chance(0.3) ? (NDC(d, doct.name[0] + '医生'), doct.name[0] + '医生') : N(d, doct);
      lines.push(`${i + 1}. ${slots[i]} ${N(d, p)}${chance(0.5) ? '(' + X(d, 'record_no', mrNo(t)) + ')' : ''} ${ph} ${fresh} ${pr} ${dn}${chance(0.3) ? ' ' + X(d, 'room', roomOf(c)) : ''}${chance(0.2) ? ' 需拍CBCT' : ''}`);
    }
    lines.push(`\n爽约的记得下午4点前电话确认，有问题找${staffName(d, pick(c.front), 0.5)}。`);
    return emit(d, lines.join('\n'));
  }
  const head = v === 'csv' ? ['预约单号', '预约日期', '时段', '就诊卡号', '客户姓名', '联系电话', '初/复诊', '预约项目', '医生', '诊室', '状态', '登记人'] : ['时间', '病历号', '患者', '手机', '类型', '项目', '医生', '诊室', '咨询', '备注'];
  const rows = [head];
  for (let i = 0; i < n; i++) {
    const p = patient(c), doct = pick(c.doctors), cons = pick(c.consultants);
    const pr = P(d, projOf(c)[0]);
    const ph = chance(0.1) ? X(d, 'masked_mobile', mMob(p.mobile)) : M(d, p.mobile);
    const room = X(d, 'room', roomOf(c));
    const fresh = chance(0.5) ? '初诊' : '复诊';
    if (v === 'csv') {
      rows.push([X(d, 'appt_no', `YY${compact(t)}${digits(4)}`), iso(t), slots[i], X(d, 'clinic_card', clinicCard()), N(d, p), ph, fresh, pr, N(d, doct), room, pick(['已确认', '已到店', '未到', '爽约', '改约', '待确认']), staffName(d, pick([...c.front, ...c.net]), 0.3)]);
    } else {
      const note = pick([() => '', () => '', () => '改约自' + mdot(addDays(t, -ri(2, 9))), () => '带孩子', () => '老客', () => '需拍CBCT', () => W(d, '余款') + '到店补', () => '术后' + ri(3, 10) + '天拆线', () => W(d, '方案') + '未定'])();
      rows.push([slots[i], X(d, 'record_no', mrNo(t)), N(d, p, v === 'fixed' && chance(0.5) ? 'pad' : 'plain'), ph, fresh, pr, N(d, doct), room, staffName(d, cons, 0.35), note]);
    }
  }
  const title = `${cname(d, c, br)}  ${cnd(t)}（${dayW}）预约表\n`;
  emit(d, title + tableRows(rows, v) + (chance(0.5) ? `\n\n打印人：${N(d, pick(c.front))}  ${iso(t)} ${hm()}` : ''));
}

// 3. 门诊病历 / 治疗记录
function g_treat() {
  const c = pickClinic(), d = doc('treatment-record'), br = pick(c.branches), t = bizDate();
  const p = patient(c), doct = pick(c.doctors), nurse = pick(c.nurses);
  const mr = X(d, 'record_no', mrNo(t));
  const card = X(d, 'clinic_card', clinicCard());
  const L = [];
  L.push(`${cname(d, c, br)}  门诊病历`);
  L.push(`病历号：${mr}    就诊卡号：${card}`);
  L.push(`姓名：${N(d, p)}  性别：${p.sex}  年龄：${p.age}岁  联系电话：${M(d, p.mobile, 'form')}`);
  if (chance(0.7)) L.push(`身份证号：${I(d, p, chance(0.1) ? 'x' : 'plain')}`);
  if (chance(0.3)) L.push(`家庭住址：${addr(c.city)}`);
  L.push(`就诊日期：${iso(t)} ${hm()}   科室：${c.type === 'aes' ? pick(['皮肤科', '美容外科', '注射美容科']) : pick(['种植科', '修复科', '正畸科', '综合科', '牙周科'])}   ${chance(0.5) ? '初诊' : '复诊'}`);
  if (c.type === 'dental') {
    const tooth = pick(['16', '26', '36', '46', '37', '47', '11', '21', '24', '35']);
    const [brand, sys, sizes] = pick(IMPLANTS);
    const where = { 1: '右上', 2: '左上', 3: '左下', 4: '右下' }[tooth[0]] + (+tooth[1] <= 3 ? '前牙' : '后牙');
    L.push(`主诉：${where}缺失${ri(2, 18)}月余，要求种植修复。`);
    L.push(`现病史：患者${ri(1, 3)}年前因牙体缺损于外院拔除，未行修复。否认高血压、糖尿病等全身系统性疾病，否认药物过敏史。`);
    L.push(`检查：${tooth}缺失，缺牙区牙龈愈合良好，近远中距约${ri(7, 11)}mm，颊舌向骨宽度约${ri(5, 8)}mm。CBCT示可用骨高度约${ri(9, 14)}mm。口腔卫生${pick(['一般', '尚可', '较差'])}，${pick(['BOP(+)', 'BOP(-)', '牙石(+)'])}。`);
    L.push(`诊断：牙列缺损（${tooth}）`);
    L.push(`处置：1. 签署种植手术知情同意书；2. 常规消毒铺巾，${pick(['必兰', '阿替卡因'])}局麻下${tooth}位点切开翻瓣，逐级备洞，植入${X(d, 'brand', brand)} ${sys} ${pick(sizes)}种植体1枚，LOT:${X(d, 'lot_no', lotNo())}，初始稳定性${ri(25, 45)}Ncm，${pick(['上愈合基台', '上覆盖螺丝'])}，严密缝合。`);
  } else {
    const [pr] = pick(AES_PROJ.filter((x) => /针|玻尿酸|水光|童颜/.test(x[0])));
    L.push(`主诉：${pick(['面部松弛', '法令纹明显', '咬肌肥大', '皮肤暗沉', '泪沟凹陷'])}，要求改善。`);
    L.push(`既往史：否认过敏史，近1月未行其他注射治疗。`);
    L.push(`治疗项目：${P(d, pr)}`);
    L.push(`产品批号：${X(d, 'lot_no', lotNo())}    有效期至：${t.y + 2}-${p2(ri(1, 12))}`);
    L.push(`注射部位：${pick(['额头、眉间', '双侧咬肌', '鼻唇沟', '泪沟', '全脸'])}   用量：${pick(['30U', '50U', '1ml', '2ml', '2.5ml'])}`);
    L.push(`术后即刻：局部轻度红肿，冰敷15分钟后离院。`);
  }
  L.push(`医嘱：${pick(['术后24h内勿刷牙漱口，冰敷，按时服用抗生素3天，7-10天拆线。', '4小时内勿沾水，一周内禁烟酒辛辣，勿按摩注射部位。', '术后第二天复诊，不适随诊。'])}`);
  if (chance(0.4)) L.push(`下次复诊：${md(addDays(t, ri(7, 30)))}（${W(d, wd(addDays(t, 7)))}）`);
  const sign = chance(0.5) ? `${N(d, doct)} ${X(d, 'title', doct.title)}` : N(d, doct);
  L.push(`医师签名：${sign}    ${pick(['配台护士', '护士', '助理'])}：${N(d, nurse)}`);
  emit(d, L.join('\n'));
}

// 4. 种植体植入登记 / 质保卡
function g_implant() {
  const c = pickClinic('dental'), d = doc('implant-archive'), br = pick(c.branches), t = bizDate();
  if (chance(0.35)) {
    const p = patient(c, { y0: 1945, y1: 1990, legacy: chance(0.2) }), doct = pick(c.doctors);
    const [brand, sys, sizes] = pick(IMPLANTS);
    const L = [`${c.group}  种植牙终身质保卡`, `质保卡号：${X(d, 'warranty_no', `ZB${c.name === '皓齿口腔' ? 'HC' : 'KQ'}${digits(8)}`)}`, `持卡人：${N(d, p)}    性别：${p.sex}    出生日期：${p.birth}`,
      `身份证号：${I(d, p, pick(['plain', 'plain', 'sp']))}`, `联系电话：${M(d, p.mobile, 'form')}`, `种植医院：${cname(d, c, br)}`,
      `种植医生：${N(d, doct)}`, `种植牙位：${pick(['36', '46', '16 26', '37 47', '11 21', '24 25 26'])}`, `种植体品牌：${X(d, 'brand', brand)} ${sys}`, `规格：${pick(sizes)}`,
      `UDI：${X(d, 'udi', udi(t))}`, `序列号：${X(d, 'implant_sn', implantSN())}`, `植入日期：${cnd(t)}    修复日期：${cnd(addDays(t, ri(60, 120)))}`,
      `质保说明：自修复完成之日起，种植体终身质保，牙冠质保${ri(3, 10)}年；需每半年复查一次，未按时复查者质保失效。`, `服务热线：${C(d, 'cn_landline', c.hotline.replace(/\D/g, '')) && c.hotline}`];
    return emit(d, L.join('\n'));
  }
  const rows = [['登记号', '患者姓名', '性别', '出生日期', '身份证号', '联系电话', '牙位', '品牌/系统', '规格', '批号(LOT)', 'UDI/序列号', '植入日期', '主刀', '助手']];
  const n = ri(5, 16);
  for (let i = 0; i < n; i++) {
    const p = patient(c, { y0: 1942, y1: 1995, legacy: chance(0.12) }), doct = pick(c.doctors), as = pick(c.nurses);
    const [brand, sys, sizes] = pick(IMPLANTS);
    X(d, 'brand', brand);
    const ti = addDays(t, -ri(0, 28));
    const idv = chance(0.9) ? I(d, p) : X(d, 'id_bad_check', badIdCheck(p.id));
    rows.push([X(d, 'register_no', `ZZ${t.y}${p2(t.m)}${p2(i + 1)}`), N(d, p), p.sex, p.birth, idv, M(d, p.mobile), pick(['36', '46', '16', '26', '37', '47', '11', '21', '45', '35']), `${brand} ${sys}`, pick(sizes), X(d, 'lot_no', lotNo()), chance(0.5) ? X(d, 'udi', udi(t)) : X(d, 'implant_sn', implantSN()), iso(ti), N(d, doct), N(d, as)]);
  }
  const lay = pick(['tsv', 'csv', 'fixed']);
  emit(d, `${cname(d, c, br)} 种植体植入登记表（${t.y}年${t.m}月）\n备注：按《医疗器械监督管理条例》留存植入器械追溯信息，保存期限不少于产品有效期满后2年。\n\n${tableRows(rows, lay)}\n\n登记人：${N(d, pick(c.nurses))}   审核：${N(d, c.manager)}`);
}

// 5. 分期 / 医美贷申请
function g_install() {
  const c = pickClinic(), d = doc('installment-app'), br = pick(c.branches), t = bizDate();
  const p = patient(c, { y0: 1975, y1: 2004, credit: 0.15 }), cons = pick(c.consultants);
  const lender = pick(['颜值分期', '美好分期', '乐享分期', '牙e贷', '微笑分期', '悦享分期']);
  X(d, 'product', lender);
  const [pr, price] = projOf(c);
  const amt = Math.round(price * (0.7 + rnd() * 0.3) / 100) * 100; // 成交价
  const down = chance(0.4) ? Math.round(amt * 0.2 / 100) * 100 : 0;
  const term = pick([6, 12, 12, 24, 36]);
  const e1 = mkPerson({ pf: 0.5, y0: 1950, y1: 2000 }), e2 = mkPerson({ pf: 0.5, y0: 1960, y1: 2000 });
  const job = pick(JOBS), comp = X(d, 'company', pick(COMPANIES));
  const unitTel = genLandline(CITY[c.city].area);
  const isOcr = chance(0.45);
  const o = isOcr ? (s) => ocr(s) : (s) => s;
  const mob = isOcr ? Mocr : M;
  const L = [];
  L.push(lender + o(' · 医美/口腔消费分期申请表'));
  L.push(o('申请编号：') + X(d, 'application_no', applNo(t)) + o('   合作机构：') + cname(d, c, br));
  L.push(o('一、申请人信息'));
  L.push(o('姓名：') + N(d, p, isOcr ? 'sp' : 'plain') + o(`    性别：${p.sex}    年龄：${p.age}`));
  L.push(o('身份证号码：') + (isOcr ? Iocr(d, p) : I(d, p)) + o(`    证件有效期：${p.by + 20 > 2015 ? '2016.05.12-2036.05.12' : '2012.08.03-长期'}`));
  L.push(o('手机号码（须与银行预留一致）：') + mob(d, p.mobile, 'form'));
  if (chance(0.45)) L.push(o('电子邮箱：') + EM(d, p.email));
  L.push(o(`现居住地址：${addr(c.city)}`));
  L.push(o(`婚姻状况：${pick(['未婚', '已婚', '已婚', '离异'])}    职业：${job}    月收入：${pick(['5000-8000', '8000-15000', '15000以上', '3000-5000'])}元`));
  L.push(o('单位名称：') + comp + o('    单位电话：') + TEL(d, unitTel));
  L.push(o('二、还款账户'));
  L.push(o('还款银行卡号：') + (isOcr ? Bocr(d, p.card) : B(d, p.card, pick(['plain', 'sp4', 'plain']))) + o(`    开户行：${p.card.bank}${p.card.credit ? '' : c.city + pick(BRANCH)}`));
  L.push(o('持卡人：') + N(d, p));
  L.push(o('三、紧急联系人'));
  L.push(o('联系人1：') + N(d, e1) + o(`   关系：${relOf(e1)}   手机：`) + mob(d, e1.mobile, 'form'));
  if (chance(0.7)) L.push(o('联系人2：') + N(d, e2) + o(`   关系：${relOf(e2)}   手机：`) + mob(d, e2.mobile, 'form'));
  L.push(o('四、消费信息'));
  L.push(o('项目名称：') + P(d, pr) + o(`    成交金额：${moneyC(amt)}元    首付：${moneyC(down)}元    申请分期金额：${moneyC(amt - down)}元`));
  L.push(o(`分期期数：${term}期    月供：${moneyC((amt - down) * (1 + 0.0068 * term) / term)}元    首次还款日：${iso(addDays(t, 30))}`));
  L.push(o('机构经办人（咨询师）：') + staffName(d, cons, 0.2) + o('    机构联系电话：') + TEL(d, c.tel));
  L.push(o('本人承诺以上信息真实有效，授权贵司查询本人征信信息。'));
  L.push(o('申请人签字：') + N(d, p, isOcr ? 'sp' : 'plain') + o(`       日期：${cnd(t)}`));
  emit(d, L.join('\n'));
}

// 6. 储值 / 充值记录
function g_stored() {
  const c = pickClinic(), d = doc('stored-value'), br = pick(c.branches), t = bizDate();
  if (chance(0.35)) {
    // 单用途预付卡 实名登记
    const p = patient(c, { y0: 1965, y1: 2002 }), staff = pick(c.front);
    const amt = pick([5000, 10000, 20000, 30000, 50000]);
    const pay = pick(['银行卡', '微信', '支付宝', '银行卡']);
    const L = [`${c.group} 储值卡购卡实名登记表`, `门店：${cname(d, c, br)}`, `购卡人姓名：${N(d, p)}      性别：${p.sex}`, `证件类型：居民身份证   证件号码：${I(d, p)}`,
      `联系电话：${M(d, p.mobile, 'form')}`, `储值卡号：${X(d, 'member_card', memberCard())}   卡种：${pick(['钻石卡', '金卡', '年卡', '美丽基金卡'])}`,
      `充值金额：￥${moneyC(amt)}   赠送金额：￥${moneyC(amt * pick([0.1, 0.15, 0.2]))}   ${W(d, '余额')}可用于院内全部项目（药品、耗材除外）`,
      `支付方式：${pay}${pay === '银行卡' ? '   刷卡卡号：' + (chance(0.6) ? B(d, p.card) : X(d, 'masked_card', mCard(p.card.num))) + '   POS参考号：' + X(d, 'pos_ref', digits(12)) : '   交易单号：' + X(d, 'order_no', safeDigits(28, '42000' + ri(1, 9)))}`,
      `根据《单用途商业预付卡管理办法》要求实名登记，卡内${W(d, '余额')}可按规定办理退卡。`, `购卡人签字：${N(d, p)}      经办人：${N(d, staff)}      日期：${iso(t)}`];
    return emit(d, L.join('\n'));
  }
  const rows = [['流水号', '交易时间', '会员卡号', '会员姓名', '手机号', '类型', '金额', '赠送', '余额', '支付方式', '支付账号', '收银员']];
  W(d, '余额');
  const n = ri(8, 22);
  const cashier = pick([...c.front, c.finance]);
  for (let i = 0; i < n; i++) {
    const p = patient(c);
    const ty = pick(['充值', '充值', '消费', '消费', '退卡', '转赠']);
    const pay = ty === '消费' ? '储值扣款' : pick(['银行卡', '银行卡', '微信', '支付宝', '现金']);
    let acct = '';
    if (pay === '银行卡') acct = (chance(0.55) ? B(d, p.card) : X(d, 'masked_card', mCard(p.card.num))) + ' 参考号' + X(d, 'pos_ref', digits(12));
    else if (pay === '微信') acct = X(d, 'order_no', '4200' + digits(24));
    const amt = ri(2, 300) * 100;
    rows.push([X(d, 'serial_no', `CZ${safeDigits(17, ts14(t))}`), `${iso(t)} ${hms()}`, X(d, 'member_card', memberCard()), N(d, p), chance(0.2) ? X(d, 'masked_mobile', mMob(p.mobile)) : M(d, p.mobile), ty, money(amt), ty === '充值' ? money(amt * 0.1) : '0.00', money(ri(0, 50000)), pay, acct, N(d, cashier)]);
  }
  emit(d, `${cname(d, c, br)} 储值交易明细 ${iso(addDays(t, -6))} 至 ${iso(t)}\n${tableRows(rows, pick(['csv', 'tsv']))}\n合计笔数：${n}`);
}

// 7. 网电咨询 / 客资
function g_chat() {
  const c = pickClinic(), d = doc('chat-transcript'), br = pick(c.branches), t = bizDate();
  const v = pick(['web', 'web', 'group', 'group', 'private']);
  const net = pick(c.net);
  if (v === 'web') {
    const p = patient(c), [pr, price] = c.type === 'aes' ? pick(AES_PROJ) : pick(DENT_PROJ.filter((x) => /种植|All-on|矫正|托槽|隐适美/.test(x[0])));
    const kw = c.type === 'aes' ? pick([`${c.city}热玛吉多少钱`, '水光针一次多少钱', '双眼皮哪家好', '玻尿酸价格']) : pick([`${c.city}种植牙多少钱一颗`, '隐形矫正价格', '种植牙哪家好', '牙齿矫正多少钱']);
    const L = [`[访客 #${ri(10000, 99999)}] 来源：${CH(d, pick(['百度竞价', '抖音', '360搜索', '小红书']))} | 搜索词：${kw} | 地区：${CITY[c.city].prov}${c.city}市 | 着陆页：https://m.${c.domain}/lp/${pick(['zz', 'jz', 'rmj', 'sgz'])}?bd_vid=${safeDigits(19)}`];
    let tm = ri(9, 21) * 60 + ri(0, 50);
    let tsec = ri(0, 20);
    const ts = () => { tsec += ri(8, 110); return `${p2(Math.floor((tm + Math.floor(tsec / 60)) / 60) % 24)}:${p2((tm + Math.floor(tsec / 60)) % 60)}:${p2(tsec % 60)}`; };
    const A = (s) => L.push(`${ts()} 网电咨询-${net.nick}：${s}`);
    const V = (s) => L.push(`${ts()} 访客：${s}`);
    L[0] += `\n${iso(t)}`;
    A(`您好，欢迎咨询${cname(d, c)}，请问有什么可以帮您？`);
    V(c.type === 'aes' ? `${pr.replace(/\(.*\)/, '')}多少钱` : /种植|All-on/.test(pr) ? pick(['种一颗牙多少钱', '种植牙什么价格', '半口种植要多少']) : pick(['矫正大概多少钱', '隐形矫正什么价']));
    A(`亲，${P(d, pr)}这边活动价是${price}起，具体要医生面诊评估哦，每个人情况不一样`);
    const [q, a] = pick([['能便宜点吗', '本月到店面诊还有额外优惠'], ['会不会很痛', '全程局麻，基本没什么痛感'], ['可以分期吗', '可以的，我们支持0首付分期'], ['你们医生是哪里毕业的', `我们${pick(['主任', '院长'])}是四川大学华西口腔毕业的，从业${ri(10, 25)}年`], ['要做几次', '一般一次就可以，具体看面诊情况']]);
    V(q);
    A(`${a}，您方便留个电话吗？我让${pick(['主任', '医生助理', '专属顾问'])}给您回电详细说`);
    if (chance(0.15)) { V(`${X(d, 'masked_mobile', mMob(p.mobile))}`); A('亲，号码显示不全哦，麻烦再发一下'); }
    if (chance(0.15)) { const k = ri(4, 9); V(X(d, 'mobile_short', p.mobile.slice(0, k) + p.mobile.slice(k + 1))); A('亲，号码好像少了一位哦'); }
    V(chance(0.8) ? M(d, p.mobile, 'chat') : `微信同号 ${M(d, p.mobile, 'chat')}`);
    const surname = p.name.length <= 3 ? p.name[0] : p.name.slice(0, 2);
    V(`我姓${surname}`);
    NDC(d, surname + (p.female ? '女士' : '先生'));
    if (chance(0.25)) { V(`邮箱 ${EM(d, p.email, chance(0.2) ? 'fw' : 'plain')} 把价格表发我看看`); A('好的亲，稍后发到您邮箱'); }
    A(`好的${surname}${p.female ? '女士' : '先生'}，已为您登记，这周${W(d, pick(['周六', '周日', '周末']))}有专家坐诊，您看哪天方便？`);
    V(pick(['周六下午吧', '再说吧', '我考虑一下', '明天上午可以']));
    L.push('');
    L.push('—— 客资登记 ——');
    const full = chance(0.55);
    L.push(`姓名：${full ? N(d, p) : chance(0.3) ? W(d, pick(['抖音用户', '小红书用户', '访客', '未留名']) + digits(4)) : (NDC(d, surname + (p.female ? '女士' : '先生')), surname + (p.female ? '女士' : '先生'))}`);
    L.push(`电话：${M(d, p.mobile, 'export')}`);
    L.push(`项目：${P(d, pr)}    意向：${pick(['A', 'B', 'C'])}    预约：${md(addDays(t, ri(1, 5)))} ${pick(['上午', '下午'])}`);
    L.push(`登记人：网电-${net.nick}`);
    NDC(d, net.nick);
    return emit(d, L.join('\n'));
  }
  if (v === 'group') {
    const L = [`${c.name}${br}网电客资群  ${iso(t)}`];
    X(d, 'store', c.name);
    let gm = ri(8, 11) * 60 + ri(0, 59);
    const gt = () => { gm += ri(1, 70); return `${p2(Math.floor(gm / 60) % 24)}:${p2(gm % 60)}`; };
    const front = pick(c.front);
    const n = ri(3, 9);
    for (let i = 0; i < n; i++) {
      const p = patient(c), doct = pick(c.doctors);
      const [pr] = projOf(c);
      const style = pick(['a', 'b', 'c']);
      L.push(`网电-${net.nick} ${gt()}`);
      NDC(d, '网电-' + net.nick);
      if (style === 'a') L.push(`新客资：${N(d, p)} ${p.sex} ${p.age} ${M(d, p.mobile, 'chat')} ${P(d, pr)} ${mdot(addDays(t, ri(0, 3)))}${pick(['上午', '下午'])}到店 约${N(d, doct)}`);
      else if (style === 'b') L.push(`【有效客资】\n姓名：${N(d, p)}\n电话：${M(d, p.mobile, 'chat')}\n项目：${P(d, pr)}\n渠道：${CH(d, pick(CHANNELS))}\n备注：${pick(['价格敏感', '已看过两家', '想分期', '老客介绍', '要求女医生'])}`);
      else L.push(`${N(d, p)}  ${M(d, p.mobile, 'chat')}  ${P(d, pr)}  ${pick(['明天', '后天', '周六'])}来  @前台-${front.nick || front.name}`);
      if (style === 'c') NDC(d, front.nick || front.name);
      if (chance(0.5)) {
        L.push(`前台-${front.nick || front.name} ${gt()}`);
        NDC(d, front.nick || front.name);
        L.push(pick(['收到', '收到，已建档', '好的已约', '这个客户上个月来过，档案里有', '电话打不通，已发短信']));
      }
    }
    if (chance(0.4)) { L.push(`店长 ${gt()}`); L.push(`@所有人 今天${W(d, '成交')}${ri(2, 8)}单，客资到店率${ri(30, 70)}%，网电继续加油`); X(d, 'mention', '@所有人'); }
    return emit(d, L.join('\n'));
  }
  // private chat: customer sends ID + card for 分期
  const p = patient(c, { y0: 1980, y1: 2003 });
  const cons = pick(c.consultants);
  const L = [`微信聊天记录导出  ${cons.nick} 与 ${p.name}${pick(['', '-种植', '-热玛吉', '-3.15到店'])}`];
  NDC(d, p.name);
  let pm = ri(9, 20) * 3600 + ri(0, 3000);
  const tt = () => { pm += ri(20, 900); return `${iso(t)} ${p2(Math.floor(pm / 3600) % 24)}:${p2(Math.floor(pm / 60) % 60)}:${p2(pm % 60)}`; };
  L.push(`${tt()} ${cons.nick}：亲，分期资料发我一下哈，我帮您在系统里提交`);
  L.push(`${tt()} ${p.name}：需要什么`);
  L.push(`${tt()} ${cons.nick}：身份证号、银行卡号（本人储蓄卡）、预留手机号，还有一个紧急联系人`);
  L.push(`${tt()} ${p.name}：${I(d, p, pick(['plain', 'plain', 'sp', 'x', 'fw']))}`);
  L.push(`${tt()} ${p.name}：${p.card.short}卡 ${B(d, p.card, pick(['plain', 'sp4', 'sp4', 'fw']))}`);
  L.push(`${tt()} ${p.name}：手机就是这个 ${M(d, p.mobile, 'chat')}`);
  const e = mkPerson({ pf: 0.5 });
  L.push(`${tt()} ${p.name}：紧急联系人 ${N(d, e)} ${relOf(e)} ${M(d, e.mobile, 'chat')}`);
  L.push(`${tt()} ${cons.nick}：收到，审批一般半小时，过了我跟您说～`);
  if (chance(0.4)) L.push(`${tt()} ${cons.nick}：[图片]`);
  L.push(`${tt()} ${cons.nick}：审批通过了亲，额度${ri(1, 6)}万，${W(d, '周六')}过来直接做就行`);
  NDC(d, cons.nick);
  emit(d, L.join('\n'));
}

// 8. 渠道返佣结算表
function g_commission() {
  const c = pickClinic(), d = doc('referral-commission'), br = pick(c.branches), t = bizDate();
  const rows = [['序号', '渠道名称', '负责人', '联系电话', '转介绍顾客', '顾客电话', '到院日期', '订单号', '消费项目', '实收金额', '返佣比例', '返佣金额', '收款户名', '收款卡号', '开户行', '备注']];
  const n = ri(4, 14);
  let total = 0;
  const parts = [];
  const usedSalons = sample(SALONS, Math.min(n, SALONS.length));
  for (let i = 0; i < n; i++) {
    const salon = X(d, 'store', usedSalons[i % usedSalons.length]);
    const boss = mkPerson({ pf: 0.85, y0: 1972, y1: 1995 });
    const payee = chance(0.75) ? boss : mkPerson({ pf: 0.3, y0: 1970, y1: 1995 });
    const cust = patient(c);
    const [pr, price] = projOf(c);
    const paid = Math.round(price * (0.6 + rnd() * 0.5));
    const rate = pick([0.2, 0.25, 0.3, 0.35, 0.4]);
    total += paid * rate;
    let cardW;
    if (chance(0.05)) { const bad = payee.card.num.slice(0, -1) + ((+payee.card.num.slice(-1) + 3) % 10); C(d, 'bank_card', bad); cardW = bad; }
    else cardW = B(d, payee.card, pick(['plain', 'plain', 'sp4']));
    rows.push([String(i + 1), salon, N(d, boss), M(d, boss.mobile), chance(0.3) ? X(d, 'masked_name', mName(cust.name)) : N(d, cust), X(d, 'masked_mobile', mMob(cust.mobile)), iso(addDays(t, -ri(3, 28))), X(d, 'order_no', orderNo(t)), P(d, pr), money(paid), `${rate * 100}%`, money(paid * rate), N(d, payee), cardW,
      `${payee.card.bank}${c.city}${pick(BRANCH)}`, payee === boss ? '' : pick(['老板娘老公的卡', '店长指定账户', '本人卡已注销，改付此卡'])]);
    if (chance(0.2) && !parts.includes(salon)) parts.push(salon);
  }
  const L = [`${cname(d, c, br)}  ${t.y}年${t.m}月 异业渠道返佣结算表`, tableRows(rows, pick(['csv', 'tsv', 'pipe'])), `合计返佣：${moneyC(total)}元`];
  if (parts.length) {
    L.push('\n需开票渠道（个体户）：');
    for (const s of parts) L.push(`${s}  统一社会信用代码：${USCC(d, genUSCC('92', pick(REGIONS)))}`);
  }
  L.push(`制表：${N(d, c.finance)}   审核：${N(d, c.manager)}   ${W(d, '付款')}日期：${iso(addDays(t, 10))}`);
  if (chance(0.4)) { NDC(d, '王总'); L.push('备注：超过5000的单子需王总签字后再打款'); }
  emit(d, L.join('\n'));
}

// 9. 知情同意书签字页（OCR）
function g_consent() {
  const c = pickClinic(), d = doc('consent-form'), br = pick(c.branches), t = bizDate();
  const minor = c.type === 'dental' && chance(0.3);
  const p = minor ? patient(c, { y0: 2010, y1: 2017, pf: 0.5 }) : patient(c, { y0: 1960, y1: 2003 });
  const g = minor ? mkPerson({ pf: 0.7, y0: 1978, y1: 1990 }) : null;
  const doct = pick(c.doctors);
  const [pr] = minor ? pick(DENT_PROJ.filter((x) => /矫正|托槽|窝沟|涂氟|拔/.test(x[0]))) : projOf(c);
  const o = (s) => ocr(s, 0.06);
  const L = [];
  L.push(X(d, 'store', c.name));
  L.push(P(d, pr.replace(/\(.*\)/, '')) + o('知情同意书'));
  L.push(o(`病历号：`) + X(d, 'record_no', mrNo(t)));
  L.push(o('一、治疗目的及方式：根据患者病情及本人意愿，拟行上述治疗。医生已向我详细说明了治疗方案、可能的替代方案及费用。'));
  L.push(o('二、可能出现的风险及并发症：1.局部肿胀、疼痛、淤青；2.感染；3.' + (c.type === 'aes' ? (/针|玻尿酸|童颜|水光/.test(pr) ? '注射物移位、结节、血管栓塞，严重者可致皮肤坏死或失明；4.效果个体差异，可能需要补充治疗。' : '色素沉着、瘢痕、两侧不对称；4.效果个体差异，可能需要二次修复。') : /种植|窦|All-on/.test(pr) ? '术中出血、邻近神经损伤导致下唇麻木；4.种植体松动脱落，需二次手术；5.上颌窦穿孔。' : /矫正|托槽|隐适美|天使/.test(pr) ? '牙根吸收、牙龈退缩、牙齿松动；4.托槽脱落或附件脱落；5.矫治后复发，需长期佩戴保持器。' : '术后敏感、疼痛；4.需要进一步治疗或转诊。')));
  L.push(o('三、本人已仔细阅读并完全理解上述内容，自愿接受治疗，对可能发生的风险表示理解，同意治疗。'));
  L.push('');
  if (minor) {
    L.push(o('患者姓名：') + N(d, p, 'spall') + o(`   性别：${p.sex}   年龄：${p.age}岁`));
    L.push(o('患者身份证号：') + Iocr(d, p));
    L.push(o('监护人签名：') + N(d, g, chance(0.5) ? 'sp' : 'plain') + o(`   与患者关系：${g.female ? '母' + (p.female ? '女' : '子') : '父' + (p.female ? '女' : '子')}`));
    L.push(o('监护人身份证号：') + Iocr(d, g));
    L.push(o('联系电话：') + Mocr(d, g.mobile));
  } else {
    L.push(o('患者（或委托代理人）签名：') + N(d, p, chance(0.5) ? 'sp' : 'plain') + o('   与患者关系：本人'));
    L.push(o('身份证号：') + Iocr(d, p));
    L.push(o('联系电话：') + Mocr(d, p.mobile));
  }
  L.push(o('谈话医生签名：') + N(d, doct) + o('   谈话地点：') + X(d, 'room', minor ? pick(['正畸诊室', '儿牙诊室']) : roomOf(c)));
  L.push(o(`日期：${cnd(t)}  ${hm()}`));
  L.push(o(`第${ri(1, 2)}页 共2页`));
  emit(d, L.join('\n'));
}

// 10. 退款投诉
function g_refund() {
  const c = pickClinic(), d = doc('refund-complaint'), br = pick(c.branches), t = bizDate();
  const p = patient(c, { y0: 1970, y1: 2002 }), doct = pick(c.doctors), cons = pick(c.consultants);
  const [pr, price] = projOf(c);
  const v = pick(['letter', 'gov', 'internal', 'mail']);
  const amt = Math.round(price * (0.3 + rnd() * 0.7));
  if (v === 'letter') {
    const L = ['退款申请书', '', `${cname(d, c, br)}：`, '',
      `本人于${cnd(addDays(t, -ri(20, 90)))}在贵院咨询师${cons.name[0]}小姐的推荐下办理了${P(d, pr)}项目，当天刷卡${moneyC(price)}元。做完之后效果和宣传完全不一样，${pick(['两边不对称', '一点变化都没有', '一直肿了一个多月', '医生说的和做的不一样'])}。我多次找到${doct.name[0]}医生和店长沟通都没有结果，现正式申请退还${W(d, '余款')}及未消费部分共计${moneyC(amt)}元。`,
      '', '如15个工作日内不处理，我将向卫健委和12345投诉，并保留通过法律途径解决的权利。', '',
      `申请人：${N(d, p)}`, `身份证号：${I(d, p, pick(['plain', 'plain', 'x']))}`, `联系电话：${M(d, p.mobile, 'form')}`,
      `退款账户：${B(d, p.card, pick(['plain', 'sp4']))}`, `开户行：${p.card.bank}${c.city}${pick(BRANCH)}`, `户名：${N(d, p)}`, '', cnd(t)];
    NDC(d, cons.name[0] + '小姐'); NDC(d, doct.name[0] + '医生');
    return emit(d, L.join('\n'));
  }
  if (v === 'gov') {
    const wo = X(d, 'work_order', workOrder(t));
    const L = [`${c.city}市12345政务服务便民热线 工单转办单`, `工单编号：${wo}    紧急程度：${pick(['一般', '较急'])}    办理时限：${pick([5, 10, 15])}个工作日`,
      `来电人：${N(d, p)}    来电号码：${M(d, p.mobile, 'plain')}    回复号码：${chance(0.3) ? M(d, genMobile(), 'plain') : '同来电号码'}`,
      `来电时间：${iso(t)} ${hms()}    诉求类型：投诉/医疗美容`, `被反映对象：${cname(d, c, br)}    地址：${addr(c.city)}`,
      `诉求内容：市民反映其于${md(addDays(t, -ri(10, 60)))}在上述机构${P(d, pr)}，支付${amt}元，术后出现${c.type === 'aes' ? pick(['红肿硬结', '感染', '双眼不对称', '面部凹凸不平']) : pick(['感染', '牙龈退缩', '咬合不适', '种植体松动'])}，机构拒绝退款，要求相关部门核实处理。市民身份证号：${I(d, p)}。`,
      `承办单位：${CITY[c.city].dists[0]}卫生健康局`, `派单人：${N(d, mkPerson({ pf: 0.7 }))}`];
    return emit(d, L.join('\n'));
  }
  if (v === 'internal') {
    const L = [`客诉处理记录单  ${X(d, 'work_order', `KS${compact(t)}${digits(3)}`)}`, `门店：${cname(d, c, br)}`,
      `| 客户姓名 | ${N(d, p)} | 性别 | ${p.sex} | 年龄 | ${p.age} |`, `| 手机 | ${M(d, p.mobile)} | 身份证 | ${I(d, p)} |`, `| 会员卡号 | ${X(d, 'member_card', memberCard())} | 项目 | ${P(d, pr)} |`,
      `| 主诊医生 | ${N(d, doct)} | 咨询师 | ${N(d, cons)} |`, '', `投诉内容：客户称${pick(['术后效果不满意', '被强制推销储值卡', '价格与宣传不符', '分期未告知手续费'])}，要求全额退款${moneyC(amt)}元。`,
      `处理经过：${md(t)}店长${NDC(d, c.manager.name)}电话沟通，客户情绪激动；${md(addDays(t, 2))}约客户到店面谈，同意退还${W(d, '未消费')}部分${moneyC(Math.round(amt * 0.6))}元，扣除已耗材料费。`,
      `退款方式：原路退回 / 银行转账`, `退款账户：${p.card.bank}  ${B(d, p.card, pick(['plain', 'sp4']))}  户名：${N(d, p)}`, `审批：${N(d, c.finance)}（财务）  ${N(d, pick(HQ[c.group].staff))}（区域运营）`];
    return emit(d, L.join('\n'));
  }
  const hq = pick(HQ[c.group].staff);
  const L = [`发件人：${p.email}`, `收件人：kefu@${c.hq}`, `主题：${pick(['强烈要求退款！！！', '关于退款的申请', '投诉' + c.name + br])}`, `日期：${cnd(t)} ${hm()}`, '',
    '你好，', '',
    `我是${P(d, pr)}的客户，在${cname(d, c, br)}做的，${pick(['效果很差', '做完一直不舒服', '被咨询师骗了办了三万的卡'])}，门店一直推脱。我的资料如下，请总部尽快处理：`, '',
    `姓名：${N(d, p)}`, `电话：${M(d, p.mobile, 'chat')}`, `身份证：${I(d, p, pick(['plain', 'x', 'sp']))}`, `退款卡号：${B(d, p.card, pick(['plain', 'sp4', 'dash4']))}（${p.card.short}）`, '', '请3个工作日内给我答复。', '', p.name];
  EM(d, p.email); E(d, 'email', `kefu@${c.hq}`);
  if (chance(0.5)) L.push('', `---- 转发 ----`, `${hq.name}：已转${br}店长跟进，请48小时内反馈处理结果。`, `${N(d, hq)}  ${X(d, 'store', HQ[c.group].name)}客服中心  ${M(d, hq.mobile, 'plain')}`);
  emit(d, L.join('\n'));
}

// 11. 商保 / 医保 理赔
function g_claim() {
  const c = pickClinic(), d = doc('insurance-claim'), br = pick(c.branches), t = bizDate();
  const v = c.type === 'dental' ? pick(['commercial', 'commercial', 'medicare', 'list']) : pick(['commercial', 'list']);
  if (v === 'commercial') {
    const child = chance(0.3);
    const p = child ? patient(c, { y0: 2008, y1: 2018 }) : patient(c, { y0: 1965, y1: 2000 });
    const payee = child ? mkPerson({ pf: 0.6, y0: 1975, y1: 1990 }) : p;
    const ins = pick(['平安健康', '中国人寿', '太平洋保险', '泰康在线', '众安保险', '友邦保险']);
    X(d, 'company', ins);
    const isOcr = chance(0.4);
    const o = isOcr ? (s) => ocr(s) : (s) => s;
    const mob = isOcr ? Mocr : M;
    const L = [ins + o(' 齿科/门诊医疗保险 理赔申请书'), o('保单号：') + X(d, 'policy_no', policyNo()) + o('   报案号：') + X(d, 'claim_no', `BA${compact(t)}${digits(6)}`),
      o('被保险人姓名：') + N(d, p) + o(`   性别：${p.sex}   出生日期：${p.birth}`), o('证件类型：身份证   证件号码：') + (isOcr ? Iocr(d, p) : I(d, p)),
      o('手机：') + mob(d, (child ? payee : p).mobile, 'form') + (chance(0.5) ? o('   邮箱：') + EM(d, (child ? payee : p).email) : ''),
      o(`出险日期：${iso(t)}   就诊医院：`) + cname(d, c, br) + o('   医院编码：') + X(d, 'hospital_code', orgCodeHosp()),
      o(`诊断：${pick(['慢性牙周炎', '牙体缺损', '慢性根尖周炎', '龋病', '阻生齿'])}   费用合计：${moneyC(ri(300, 9000))}元`),
      o('发票号码：') + X(d, 'invoice_no', invNo()) + o('  发票代码：') + X(d, 'invoice_code', invCode()),
      o('领款人：') + N(d, payee) + (child ? o(`（被保险人之${payee.female ? '母' : '父'}）   领款人身份证号：`) + (isOcr ? Iocr(d, payee) : I(d, payee)) : ''),
      o('领款账号：') + (isOcr ? Bocr(d, payee.card) : B(d, payee.card, pick(['plain', 'sp4']))) + o(`   开户行：${payee.card.bank}`),
      o('申请人签名：') + N(d, payee) + o(`   日期：${cnd(addDays(t, ri(1, 10)))}`)];
    return emit(d, L.join('\n'));
  }
  if (v === 'medicare') {
    const p = patient(c, { y0: 1945, y1: 1998 }), doct = pick(c.doctors);
    const L = [`${CITY[c.city].prov === c.city + '市' ? c.city : c.city}市医疗保障局  定点医疗机构门诊结算单`, `机构名称：${cname(d, c, br)}    机构编码：${X(d, 'hospital_code', orgCodeHosp())}`,
      `姓名：${N(d, p)}    性别：${p.sex}    社会保障号码：${I(d, p)}`, `人员类别：${pick(['在职职工', '退休人员', '灵活就业'])}    参保地：${c.city}市`,
      `医保结算流水号：${X(d, 'settle_no', settleNo(t))}`, `就诊流水号：${X(d, 'visit_no', `MZ${ts14(t)}`)}`, `结算时间：${iso(t)} ${hms()}`,
      `费用总额：${money(ri(200, 3000))}  统筹支付：${money(ri(0, 800))}  个人账户支付：${money(ri(0, 500))}  现金支付：${money(ri(0, 1500))}`,
      `个人账户${W(d, '余额')}：${money(ri(0, 9000))}`, `接诊医生：${N(d, doct)}    收费员：${N(d, pick(c.front))}`, `患者签字：${N(d, p)}`];
    return emit(d, L.join('\n'));
  }
  const ins = pick(['平安健康', '泰康在线', '众安保险']);
  X(d, 'company', ins);
  const rows = [['序号', '被保险人', '证件号', '手机', '保单号', '就诊日期', '发票号码', '项目', '金额', '领款账户', '开户行']];
  const n = ri(4, 12);
  for (let i = 0; i < n; i++) {
    const p = patient(c, { y0: 1965, y1: 2002 });
    rows.push([String(i + 1), N(d, p), I(d, p), M(d, p.mobile), X(d, 'policy_no', policyNo()), iso(addDays(t, -ri(1, 30))), X(d, 'invoice_no', eInvNo(t)), P(d, projOf(c)[0]), money(ri(200, 8000)), chance(0.85) ? B(d, p.card) : X(d, 'masked_card', mCard(p.card.num)), p.card.bank]);
  }
  emit(d, `致${ins}理赔部：\n${cname(d, c, br)}${t.m}月直付理赔清单如下，发票原件随后快递（${X(d, 'tracking_no', expressNo())}）。\n\n${tableRows(rows, pick(['csv', 'tsv']))}\n\n经办：${N(d, c.finance)}  ${M(d, c.finance.mobile, 'plain')}  ${EM(d, c.finance.work)}`);
}

// 12. HIS 日志
function g_his() {
  const c = pickClinic(), d = doc('his-log'), t = bizDate();
  const L = [];
  const n = ri(12, 26);
  const app = pick(['his-server', 'crm-api', 'saas-gateway', 'appointment-svc']);
  let sec = ri(8, 10) * 3600;
  const ts = () => { sec += ri(0, 40); return `${iso(t)} ${p2(Math.floor(sec / 3600))}:${p2(Math.floor(sec / 60) % 60)}:${p2(sec % 60)}.${String(ri(0, 999)).padStart(3, '0')}`; };
  const staff = pick(c.all);
  for (let i = 0; i < n; i++) {
    const k = rnd();
    const tid0 = traceId();
    const tidF = () => X(d, 'trace_id', tid0);
    if (k < 0.3) {
      const p = patient(c);
      const body = { patientId: X(d, 'patient_id', 'P' + safeDigits(12)), patientName: N(d, p), gender: p.female ? 2 : 1, mobile: chance(0.15) ? X(d, 'masked_mobile', mMob(p.mobile)) : M(d, p.mobile, 'plain'), idCard: chance(0.6) ? I(d, p) : '', channel: CH(d, pick(CHANNELS)), createTime: +X(d, 'timestamp_ms', tsMs()) };
      L.push(`${ts()} INFO  [http-nio-8080-exec-${ri(1, 40)}] c.${app.split('-')[0]}.patient.PatientController - createPatient req=${JSON.stringify(body)} traceId=${tidF()}`);
    } else if (k < 0.45) {
      const p = patient(c);
      L.push(`${ts()} WARN  [${app}] o.s.w.s.m.s.DefaultHandlerExceptionResolver - 手机号重复 mobile=${M(d, p.mobile, 'plain')} existPatientId=${ri(100000, 999999)} traceId=${tidF()}`);
    } else if (k < 0.58) {
      const p = patient(c);
      L.push(`${ts()} DEBUG [jdbc] ==>  Preparing: INSERT INTO t_patient (name, sex, mobile, id_card, birthday, email, clinic_id) VALUES (?, ?, ?, ?, ?, ?, ?)`);
      L.push(`${ts()} DEBUG [jdbc] ==> Parameters: ${N(d, p)}(String), ${p.sex}(String), ${M(d, p.mobile, 'plain')}(String), ${I(d, p)}(String), ${p.birth}(String), ${chance(0.4) ? EM(d, p.email) : ''}(String), ${ri(10, 99)}(Long)`);
    } else if (k < 0.68) {
      L.push(`${ts()} INFO  [auth] login success user=${staff.py} name=${N(d, staff)} ip=10.${ri(0, 255)}.${ri(0, 255)}.${ri(1, 254)} ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64)"`);
    } else if (k < 0.76) {
      L.push(`${ts()} INFO  [nginx] "GET /static/img/${X(d, 'asset_ref', pick(['logo@2x.png', 'icon-tooth@2x.png', 'banner@3x.jpg', 'avatar@2x.png']))} HTTP/1.1" 200 ${ri(2000, 90000)}`);
    } else if (k < 0.84) {
      const p = patient(c);
      L.push(`${ts()} INFO  [sms] send appointment notify to=${X(d, 'masked_mobile', mMob(p.mobile))} tpl=SMS_${digits(9)} bizId=${X(d, 'sms_biz_id', digits(6) + '^' + digits(10))} code=OK`);
    } else if (k < 0.92) {
      const p = patient(c);
      L.push(`${ts()} ERROR [pay] 分期回调验签失败 orderNo=${X(d, 'order_no', orderNo(t))} payer=${N(d, p)} bankCard=${chance(0.5) ? B(d, p.card) : X(d, 'masked_card', mCard(p.card.num))} amount=${ri(1000, 60000)}.00 traceId=${tidF()}`);
    } else if (k < 0.96) {
      const imeiBody = '86' + digits(12);
      L.push(`${ts()} INFO  [device] 签名平板上线 imei=${X(d, 'imei', imeiBody + luhnDigit(imeiBody))} iccid=${X(d, 'iccid', '898604' + digits(14))} room=${X(d, 'room', roomOf(c))}`);
    } else {
      L.push(`${ts()} INFO  [scheduler] 同步耗材库存 batch=${X(d, 'lot_no', lotNo())} count=${ri(1, 50)} cost=${ri(5, 900)}ms`);
    }
  }
  emit(d, L.join('\n'));
}

// 13. 短信发送记录
function g_sms() {
  const c = pickClinic(), d = doc('sms-log'), br = pick(c.branches), t = bizDate();
  const withName = chance(0.5);
  const rows = [withName ? ['发送时间', '客户姓名', '手机号码', '短信内容', '状态', '计费条数', '回执ID', '回执时间'] : ['发送时间', '手机号码', '短信内容', '状态', '计费条数', '回执ID', '回执时间']];
  const n = ri(6, 16);
  X(d, 'store', c.name);
  const useTel = chance(0.6);
  for (let i = 0; i < n; i++) {
    const p = patient(c), doct = pick(c.doctors);
    const appt = addDays(t, 1);
    const salute = p.name.length <= 3 && chance(0.6) ? p.name[0] + (p.female ? '女士' : '先生') : p.name;
    NDC(d, salute);
    const contact = useTel ? TEL(d, c.tel, 'dash') : (C(d, 'cn_landline', c.hotline.replace(/\D/g, '')), c.hotline);
    const body = pick([
      () => `【${c.name}】${salute}您好，您已预约${md(appt)}(${W(d, wd(appt))})${hm()} ${NDC(d, doct.name)}医生${pick(['复诊', '初诊', '拆线', '取模'])}，地址：${addr(c.city)}。如需改约请致电${contact}。回T退订`,
      () => `【${c.name}】尊敬的${salute}，您的${c.type === 'aes' ? '疗程' : '种植牙'}已进入半年复查期，请于本月内预约复查，电话${contact}。回T退订`,
      () => `【${c.name}】${salute}您好，您的储值卡${W(d, '余额')}${ri(100, 9000)}元，会员日全场8.8折，详询${contact}。拒收请回复R`])();
    const r = [`${iso(t)} ${hms()}`];
    if (withName) r.push(N(d, p));
    r.push(M(d, p.mobile, 'plain'), body, pick(['成功', '成功', '成功', '失败(空号)', '失败(停机)']), String(body.length > 70 ? 2 : 1), X(d, 'sms_receipt', safeDigits(20, '1' + ri(0, 9))), X(d, 'timestamp', ts14(t)));
    rows.push(r);
  }
  rows.splice(1, rows.length - 1, ...rows.slice(1).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  emit(d, `短信平台发送明细导出  签名：${c.name}  ${iso(t)}\n${tableRows(rows, 'csv')}`);
}

// 14. 排班表 + 通讯录
function g_roster() {
  const c = pickClinic(), d = doc('staff-roster'), br = pick(c.branches), t = bizDate();
  const start = addDays(t, -weekday(t.y, t.m, t.d) + 1);
  const days = Array.from({ length: 7 }, (_, i) => addDays(start, i));
  const head = ['姓名', '岗位', ...days.map((x) => `${mdot(x)}${W(d, wd(x))}`)];
  const rows = [head];
  const staff = sample(c.all, Math.min(c.all.length, ri(8, 14)));
  for (const s of staff) {
    const post = s.role === '医生' ? X(d, 'title', s.title) : X(d, 'title', s.role === '网电' ? '网电咨询' : s.role);
    rows.push([N(d, s), post, ...days.map(() => pick(['早', '晚', '全', '休', '早', '全', '休', ...(s.role === '医生' || s.role === '护士' ? ['手术', '手术'] : [])]))]);
  }
  const L = [`${cname(d, c, br)} 第${ri(1, 52)}周排班表（${iso(days[0])} ~ ${iso(days[6])}）`, tableRows(rows, pick(['fixed', 'pipe', 'tsv'])), '说明：早班 8:30-17:30，晚班 12:00-21:00，全 8:30-21:00；调班须提前一天报店长审批。'];
  if (chance(0.75)) {
    L.push('', '—— 门店通讯录 ——');
    const rows2 = [['姓名', '岗位', '工号', '手机', '企业邮箱', '紧急联系人', '紧急联系电话']];
    for (const s of staff) {
      const ec = mkPerson({ pf: 0.5 });
      const em = chance(0.85) ? EM(d, s.work) : (chance(0.5) ? EM(d, s.email) : '');
      rows2.push([N(d, s), s.role, X(d, 'staff_no', staffNo()), M(d, s.mobile), em, chance(0.6) ? N(d, ec) + `(${relOf(ec)})` : '', chance(0.6) ? M(d, ec.mobile) : '']);
    }
    L.push(tableRows(rows2, pick(['csv', 'tsv', 'fixed'])));
    L.push(`门店座机：${TEL(d, c.tel)}    客服热线：${(C(d, 'cn_landline', c.hotline.replace(/\D/g, '')), c.hotline)}`);
  }
  emit(d, L.join('\n'));
}

// 15. 总部邮件
function g_hqmail() {
  const c = pickClinic(), d = doc('hq-mail'), br = pick(c.branches), t = bizDate();
  const hq = HQ[c.group]; X(d, 'store', hq.name);
  const sender = pick(hq.staff);
  const mgrs = CLINICS.filter((x) => x.group === c.group).map((x) => x.manager);
  const reply = chance(0.55);
  const item = c.type === 'aes' ? pick(['热玛吉', '超声炮', '玻尿酸', '水光针']) : pick(['种植', '正畸', '种植/正畸']);
  P(d, item.split('/')[0]);
  const ask = `各门店店长：\n\n为做好${t.m}月${item}客户回访及集团统一质保登记，请于本周五（${md(addDays(t, (12 - weekday(t.y, t.m, t.d)) % 7 || 7))}）18:00前，将上月${item}成交客户名单按附件模板（姓名、性别、手机、身份证号、成交项目、金额、咨询师、医生）整理后回复本邮件。\n注意：请勿在微信群内发送客户资料。\n\n谢谢！\n\n${N(d, sender)}\n${hq.name} 运营中心\n手机：${M(d, sender.mobile, pick(['plain', 'dash', 'sp']))}\n邮箱：${EM(d, sender.work)}`;
  const toList = () => mgrs.map((m) => `${N(d, m)} <${EM(d, m.work)}>`).join('; ');
  if (!reply) {
    const cc = pick(hq.staff);
    return emit(d, `From: ${N(d, sender)} <${EM(d, sender.work)}>\nTo: ${toList()}\nCc: ${N(d, cc)} <${EM(d, cc.work)}>\nDate: ${cnd(t)} ${hm()}\nSubject: 【重要】${t.m}月${item}成交客户名单报送\n\n${ask}`);
  }
  const m = c.manager;
  const rows = [['成交单号', '姓名', '性别', '手机', '身份证号', '成交项目', '金额', '咨询师', '医生']];
  const n = ri(4, 14);
  for (let i = 0; i < n; i++) {
    const p = patient(c);
    const [pr, price] = projOf(c);
    rows.push([X(d, 'order_no', orderNo(t)), N(d, p), p.sex, M(d, p.mobile), chance(0.85) ? I(d, p) : '未登记', P(d, pr), String(Math.round(price * (0.8 + rnd() * 0.3))), N(d, pick(c.consultants)), N(d, pick(c.doctors))]);
  }
  const body = `From: ${N(d, m)} <${EM(d, m.work)}>\nTo: ${N(d, sender)} <${EM(d, sender.work)}>\nDate: ${cnd(addDays(t, 2))} ${hm()}\nSubject: 回复：【重要】${t.m}月${item}成交客户名单报送\n\n${sender.name[0]}${pick(['经理', '姐', '老师'])}好，${cname(d, c, br)}名单如下，共${n}人，附件Excel也一并发了：\n\n${tableRows(rows, pick(['tsv', 'fixed']))}\n\n有个别客户身份证没登记，下周到店补。\n\n${N(d, m)}\n${c.name}${br} 店长\n${M(d, m.mobile, 'plain')}\n\n-----原始邮件-----\n${ask}`;
  NDC(d, sender.name[0] + '经理'); NDC(d, sender.name[0] + '姐'); NDC(d, sender.name[0] + '老师');
  emit(d, body);
}

// 16. 小程序 / 投放平台 JSON 导出
function g_json() {
  const c = pickClinic(), d = doc('json-export'), t = bizDate();
  const n = ri(3, 12);
  const arr = [];
  for (let i = 0; i < n; i++) {
    const p = patient(c);
    const o = { leadId: X(d, 'lead_id', safeDigits(19, '7' + ri(1, 3))), openId: X(d, 'openid', 'o' + traceId().slice(0, 5) + '-' + traceId().slice(0, 21).replace(/[a-f]/g, (x) => (chance(0.5) ? x.toUpperCase() : x))), name: N(d, p), phone: M(d, p.mobile, chance(0.1) ? 'p86c' : 'plain'), gender: p.female ? 'F' : 'M' };
    if (chance(0.4)) o.idCard = I(d, p);
    if (chance(0.35)) o.email = EM(d, p.email);
    o.city = c.city;
    o.project = P(d, projOf(c)[0]);
    o.source = CH(d, pick(['抖音', '小红书', '新氧', '美团']));
    o.consultant = N(d, pick(c.consultants));
    o.createdAt = +X(d, 'timestamp_ms', tsMs());
    o.orderNo = X(d, 'order_no', orderNo(t));
    o.updateTime = X(d, 'timestamp', ts14(t));
    arr.push(o);
  }
  const pretty = chance(0.5);
  emit(d, JSON.stringify({ code: 0, msg: 'success', data: { total: n, page: 1, list: arr } }, null, pretty ? 2 : 0));
}

// 17. 商保直付 XML
function g_xml() {
  const c = pickClinic('dental'), d = doc('xml-claim'), br = pick(c.branches), t = bizDate();
  const n = ri(1, 4);
  const items = [];
  for (let i = 0; i < n; i++) {
    const p = patient(c, { y0: 1960, y1: 2010 });
    const foreign = chance(0.12);
    const pp = foreign ? genPassport() : null;
    items.push(`  <Claim seq="${i + 1}">
    <PolicyNo>${X(d, 'policy_no', policyNo())}</PolicyNo>
    <Insured>
      <Name>${N(d, p)}</Name>
      <Gender>${p.female ? 'F' : 'M'}</Gender>
      <Birthday>${p.birth}</Birthday>
      <IdType>${foreign ? '02' : '01'}</IdType>
      <IdNo>${foreign ? PASS(d, pp) : I(d, p)}</IdNo>
      <Mobile>${M(d, p.mobile, 'plain')}</Mobile>${chance(0.5) ? `\n      <Email>${EM(d, p.email)}</Email>` : ''}
    </Insured>
    <Visit hospital="${cname(d, c, br)}" code="${X(d, 'hospital_code', orgCodeHosp())}" date="${iso(addDays(t, -ri(0, 20)))}">
      <Item code="${pick(['KQ0301', 'KQ0502', 'KQ1101', 'KQ0901'])}" name="${P(d, pick(DENT_PROJ)[0])}" amount="${money(ri(100, 6000))}"/>
      <InvoiceNo>${X(d, 'invoice_no', eInvNo(t))}</InvoiceNo>
    </Visit>
    <Payee>
      <AccountName>${N(d, p)}</AccountName>
      <AccountNo>${B(d, p.card)}</AccountNo>
      <BankName>${p.card.bank}</BankName>
    </Payee>
  </Claim>`);
  }
  emit(d, `<?xml version="1.0" encoding="UTF-8"?>\n<DirectBillingRequest xmlns="http://tpa.example.cn/dbr/v2" batchNo="${X(d, 'batch_no', `DB${ts14(t)}`)}">\n  <Provider>${c.group}</Provider>\n${items.join('\n')}\n</DirectBillingRequest>`);
}

// 18. 例会纪要
function g_minutes() {
  const c = pickClinic(), d = doc('minutes'), br = pick(c.branches), t = bizDate();
  const att = sample(c.all, ri(5, 9));
  const L = [`${cname(d, c, br)} 周例会纪要`, `时间：${cnd(t)}（${W(d, wd(t))}）${pick(['08:30', '18:30'])}`, `地点：${pick(['二楼会议室', '前台休息区'])}`, `主持：${N(d, c.manager)}`,
    `参会人：${att.map((s) => N(d, s)).join('、')}`, `记录：${N(d, pick(c.front))}`, '',
    `一、上周业绩：总业绩${ri(30, 180)}万，${W(d, '成交')}率${ri(25, 60)}%，${c.type === 'aes' ? pick(['热玛吉', '水光', '玻尿酸', '光电']) : pick(['种植', '正畸', '修复'])}占比最高。${c.doctors[0].name[0]}医生${c.type === 'aes' ? '注射' : '种植'}量排第一，表扬。`,
    `二、客诉：${pick(['有一位客户投诉术后肿胀', '美团差评两条', '分期客户反映手续费未告知'])}，${c.manager.name[0]}店长已跟进。`,
    '三、重点跟进客户（请咨询师本周内回访）：'];
  NDC(d, c.doctors[0].name[0] + '医生'); NDC(d, c.manager.name[0] + '店长');
  const k = ri(2, 6);
  for (let i = 0; i < k; i++) {
    const p = patient(c), cons = pick(c.consultants);
    L.push(`  ${i + 1}. ${N(d, p)}（${M(d, p.mobile, pick(['plain', 'plain', 'dash']))}）${P(d, projOf(c)[0])}${W(d, '方案')}已出，${pick(['嫌贵未定', '等年终奖', '和老公商量', '对比了两家'])}，负责人：${N(d, cons)}`);
  }
  L.push(`四、其他：下${W(d, '周一')}起执行新的${W(d, '耗材')}登记流程，所有${c.type === 'aes' ? '玻尿酸、肉毒素' : '种植体、骨粉'}必须扫码登记UDI。请勿在个人微信发送客户身份证照片。`);
  if (chance(0.5)) { const nb = genName(true).name.slice(-1); NDC(d, '小' + nb); L.push(`五、新员工介绍：小${nb}，下周开始跟${c.consultants[0].name}学习。`); NDC(d, c.consultants[0].name); }
  emit(d, L.join('\n'));
}

// 19. 开票申请
function g_invoice() {
  const c = pickClinic(), d = doc('invoice-request'), br = pick(c.branches), t = bizDate();
  const p = patient(c, { y0: 1970, y1: 2000 });
  const corp = chance(0.5);
  const L = [`开票申请单  ${X(d, 'order_no', orderNo(t))}`, `门店：${cname(d, c, br)}`, `客户姓名：${N(d, p)}    手机：${M(d, p.mobile, 'form')}`];
  L.push(`消费项目：${P(d, projOf(c)[0])}    金额：${moneyC(ri(1000, 60000))}元    付款时间：${iso(t)}`);
  if (corp) {
    const comp = X(d, 'company', pick(COMPANIES));
    L.push(`发票类型：增值税普通发票（电子）`, `发票抬头：${comp}`, `税号：${USCC(d, genUSCC('91', pick(REGIONS)))}`);
    if (chance(0.6)) {
      const tel = genLandline(pick(Object.values(CITY)).area);
      const acct = safeDigits(pick([17, 19]), pick(['4000', '7551', '3100', '1100']));
      C(d, 'bank_card', acct);
      L.push(`地址电话：${addr(c.city)} ${TEL(d, tel)}`, `开户行及账号：${pick(['中国工商银行', '招商银行', '中国建设银行'])}${c.city}${pick(BRANCH)} ${acct}`);
    }
  } else {
    L.push('发票类型：电子普通发票', `发票抬头：个人（${N(d, p)}）`);
  }
  L.push(`接收邮箱：${EM(d, p.email, chance(0.15) ? 'upper' : 'plain')}`);
  L.push(`申请人：${staffName(d, pick(c.consultants), 0.3)}    财务处理：${N(d, c.finance)}    发票号码：${X(d, 'invoice_no', chance(0.5) ? eInvNo(t) : invNo())}`);
  emit(d, L.join('\n'));
}

// 20. 术后回访记录
function g_followup() {
  const c = pickClinic(), d = doc('followup-notes'), t = bizDate();
  const nurse = pick(c.nurses);
  const L = [`${mdot(t)} 术后回访（${N(d, nurse)}）`];
  const n = ri(3, 10);
  for (let i = 0; i < n; i++) {
    const p = patient(c);
    const [pr] = projOf(c);
    const day = pick([1, 3, 7, 14, 30]);
    const ok = chance(0.7);
    const ph = M(d, p.mobile, pick(['plain', 'plain', 'sp34', 'sp']));
    L.push(`${i + 1}. ${N(d, p)} ${ph} ${chance(0.6) ? X(d, 'record_no', mrNo(t)) + ' ' : ''}${P(d, pr)}术后第${day}天 ${ok ? pick(['无明显肿胀，已告知注意事项', '恢复良好，约' + mdot(addDays(t, ri(7, 40))) + '复查', '轻微淤青，正常现象，继续冰敷']) : pick([() => '电话未接通，已发短信', () => '关机', () => '诉疼痛明显，已约明天来院复诊 ' + W(d, '周三') + '上午', () => '对效果不满意，已转咨询师处理'])()}${chance(0.2) ? ' ' + W(d, '余款') + '未结清' : ''}`);
  }
  if (chance(0.4)) L.push(`\n明日待回访：${Array.from({ length: ri(2, 4) }, () => N(d, patient(c))).join('、')}`);
  emit(d, L.join('\n'));
}

// 21. 义齿加工单
function g_lab() {
  const c = pickClinic('dental'), d = doc('lab-order'), br = pick(c.branches), t = bizDate();
  const lab = X(d, 'store', pick(['精工义齿', '华鼎义齿', '金科齿科技术', '美康义齿加工厂', '时代天使(正畸方案)']));
  const p = patient(c), doct = pick(c.doctors);
  const L = [`${lab}  技工加工单`, `单号：${X(d, 'lab_order_no', `JG${yymmdd(t)}${digits(4)}`)}    送件日期：${iso(t)}    要求回件：${iso(addDays(t, ri(5, 10)))}`,
    `送件单位：${cname(d, c, br)}    联系电话：${TEL(d, c.tel)}`, `医生：${N(d, doct)}    患者：${N(d, p)}    性别：${p.sex}    年龄：${p.age}`,
    `牙位：${pick(['16', '26', '36 37', '11 21', '14-16 桥', '46'])}    修复体：${pick(['氧化锆全冠', 'E.max全瓷冠', '种植上部结构(螺丝固位)', '钴铬烤瓷冠', '嵌体'])}    比色：${pick(['A1', 'A2', 'A3', 'B1', 'BL2'])}`,
    `取模方式：${pick(['口扫(3Shape)', '硅橡胶印模', '口扫(iTero)'])}    种植体：${chance(0.5) ? X(d, 'brand', pick(IMPLANTS)[0]) : '—'}`, `特殊要求：${pick(['咬合偏紧，注意调𬌗', '颈部边缘清晰', '颜色偏黄一点', '无'])}`,
    `回件快递：${X(d, 'tracking_no', expressNo())}`];
  if (chance(0.5)) L.push(`加工厂联系人：${N(d, mkPerson({ pf: 0.4 }))} ${M(d, genMobile())}`);
  emit(d, L.join('\n'));
}

// 22. 同行预警名单
function g_blacklist() {
  const c = pickClinic(), d = doc('blacklist'), t = bizDate();
  const rows = [['姓名', '性别', '身份证号', '手机', '出现城市', '事由', '提供机构']];
  const n = ri(5, 12);
  for (let i = 0; i < n; i++) {
    const p = mkPerson({ pf: 0.7, y0: 1970, y1: 2000 });
    const other = pick(CLINICS);
    const rr = rnd();
    rows.push([N(d, p), p.sex, rr < 0.7 ? I(d, p) : rr < 0.82 ? X(d, 'masked_id', mId(p.id)) : rr < 0.92 ? X(d, 'id_bad_region', badIdRegion()) + '(假证)' : X(d, 'id_bad_check', badIdCheck(p.id)), chance(0.9) ? M(d, p.mobile) : X(d, 'mobile_unallocated', badMobile()) + '(空号)', other.city, pick(['术后以感染为由索赔，多家机构', '职业打假，录音录像', '恶意差评勒索', '分期后拒不还款', '冒用他人身份证办分期']), cname(d, other)]);
  }
  emit(d, `【内部预警，勿外传】${c.city}地区医美/口腔同行共享名单（${t.y}年${t.m}月更新）\n${tableRows(rows, pick(['fixed', 'tsv']))}\n\n如遇上述人员到店，请前台第一时间告知店长，咨询全程录音。`);
}

// 23. 术前检查 / 客户信息登记表（OCR，含护照与港澳客户）
function g_intake() {
  const c = pickClinic('aes'), d = doc('intake-form'), br = pick(c.branches), t = bizDate();
  const p = patient(c, { y0: 1975, y1: 2004 });
  const o = (s) => ocr(s, 0.05);
  const L = [X(d, 'store', c.name), o('顾客信息登记表（初诊）')];
  L.push(o('姓名：') + N(d, p, chance(0.4) ? 'sp' : 'plain') + o(`   性别：${p.sex}   年龄：${p.age}   职业：${pick(JOBS)}`));
  const kind = pick(['id', 'id', 'id', 'passport', 'hk']);
  if (kind === 'id') L.push(o('证件类型：身份证   证件号码：') + Iocr(d, p));
  else if (kind === 'passport') { const pp = genPassport(); L.push(o('证件类型：护照   护照号码：') + PASS(d, pp)); }
  else { const hk = 'C' + digits(8); C(d, 'cn_passport', hk); L.push(o('证件类型：往来港澳通行证   证件号码：') + hk); }
  L.push(o('手机：') + Mocr(d, p.mobile) + o('   微信：') + (chance(0.5) ? '同手机' : X(d, 'wechat_id', `wxid_${traceId().slice(0, 10)}`)) + (chance(0.3) ? o('   QQ：') + X(d, 'qq', String(ri(1, 9)) + digits(ri(6, 9))) : ''));
  if (chance(0.5)) L.push(o('邮箱：') + EM(d, p.email));
  L.push(o('了解渠道：') + CH(d, pick(CHANNELS)) + o('   介绍人：') + (chance(0.5) ? N(d, patient(c)) : '无'));
  L.push(o('既往史：□高血压 □糖尿病 □心脏病 ☑无   过敏史：☑无 □有   是否孕期/哺乳期：□是 ☑否'));
  L.push(o('既往医美项目：') + P(d, pick(AES_PROJ)[0]) + o(`（${ri(2018, 2023)}年）`));
  L.push(o('本次咨询项目：') + P(d, projOf(c)[0]));
  L.push(o('咨询师：') + N(d, pick(c.consultants)) + o('   面诊医生：') + N(d, pick(c.doctors)));
  L.push(o('顾客签名：') + N(d, p) + o(`   日期：${iso(t)}`));
  emit(d, L.join('\n'));
}

// ================================================================= build
const PLAN = [[g_member, 16], [g_appt, 16], [g_treat, 16], [g_implant, 14], [g_install, 20], [g_stored, 12], [g_chat, 26], [g_commission, 12], [g_consent, 18], [g_refund, 16],
  [g_claim, 14], [g_his, 14], [g_sms, 10], [g_roster, 10], [g_hqmail, 16], [g_json, 10], [g_xml, 8], [g_minutes, 8], [g_invoice, 12], [g_followup, 10], [g_lab, 8], [g_blacklist, 5], [g_intake, 12]];
const order = [];
for (const [g, n] of PLAN) for (let i = 0; i < n; i++) order.push(g);
for (const g of order) g();

// ================================================================= self-check
const errs = [];
const normText = (s) => s.normalize('NFKC').replace(/[\s\-()（）+＋]/g, '').toLowerCase();
function valueOk(det, v) {
  switch (det) {
    case 'cn_resident_id': return idValid(v);
    case 'cn_mobile': return mobOk(v) && !ALLOW_MOB.has(v);
    case 'bank_card': return /^\d{16,19}$/.test(v) && luhnOk(v);
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(v);
    case 'cn_landline': return /^0(10|2[0-57-9])\d{8}$|^0[3-9]\d{2}\d{7,8}$/.test(v);
    case 'cn_uscc': return usccValid(v);
    case 'cn_passport': return /^(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})$/.test(v);
    case 'person_name_zh': return /^[\u4e00-\u9fff·]{2,12}$/.test(v) && [...v.replace('·', '')].length >= 2;
    default: return false;
  }
}
for (const r of DOCS) {
  const nt = normText(r.text);
  const seen = new Set();
  for (const e of r.entities) {
    const k = e.detector + '|' + e.value;
    if (seen.has(k)) errs.push(`${r.id}: duplicate entity ${k}`);
    seen.add(k);
    if (!valueOk(e.detector, e.value)) errs.push(`${r.id}: invalid ${k}`);
    let found = e.detector === 'email' ? r.text.normalize('NFKC').toLowerCase().includes(e.value) : nt.includes(e.value.toLowerCase());
    if (!found && e.detector === 'cn_landline') found = nt.includes('86' + e.value.slice(1));
    if (!found && e.detector === 'cn_resident_id') found = nt.includes(e.value.slice(0, 6) + e.value.slice(8, 17));
    if (!found) errs.push(`${r.id}: entity not in text ${k}`);
  }
  const entVals = r.entities.map((e) => e.value.toLowerCase());
  const names = r.entities.filter((e) => e.detector === 'person_name_zh').map((e) => e.value);
  for (const x of r.decoys) {
    if (!r.text.includes(x.text)) errs.push(`${r.id}: decoy not in text ${x.text}`);
    const dn = x.text.normalize('NFKC').replace(/[\s\-]/g, '').toLowerCase();
    if (entVals.includes(dn)) errs.push(`${r.id}: decoy equals entity ${x.text}`);
    for (const n of names) if (x.text.includes(n) || n.includes(x.text)) errs.push(`${r.id}: decoy ${x.text} overlaps name ${n}`);
    const digitsOnly = x.text.replace(/\D/g, '');
    if (/^[\d\s-]+X?$/.test(x.text) && numStrictValid(digitsOnly + (x.text.endsWith('X') ? 'X' : ''))) errs.push(`${r.id}: decoy looks valid ${x.text}`);
  }
  // unlabelled valid values left in the text
  const labelled = new Set([...r.entities, ...r.dontCare].map((e) => e.detector + '|' + e.value.toLowerCase()));
  const t = r.text.normalize('NFKC');
  for (const m of t.matchAll(/\d+[Xx]?/g)) {
    let s = m[0].toUpperCase();
    const hasX = s.endsWith('X');
    const dg = hasX ? s.slice(0, -1) : s;
    const need = [];
    if (hasX ? s.length === 18 : false) { if (idValid(s)) need.push('cn_resident_id|' + s); }
    if (!hasX) {
      if (dg.length === 18 && idValid(dg)) need.push('cn_resident_id|' + dg);
      if (dg.length === 15 && legacyPlausible(dg)) { const b = dg.slice(0, 6) + '19' + dg.slice(6); need.push('cn_resident_id|' + b + idCheck(b)); }
      if (dg.length === 11 && mobOk(dg)) need.push('cn_mobile|' + dg);
      if (dg.length === 13 && dg.startsWith('86') && mobOk(dg.slice(2))) need.push('cn_mobile|' + dg.slice(2));
      if (dg.length >= 16 && dg.length <= 19 && luhnOk(dg) && !(dg.length === 18 && idValid(dg))) need.push('bank_card|' + dg);
    }
    for (const k of need) if (!labelled.has(k.toLowerCase())) errs.push(`${r.id}: unlabelled ${k}`);
  }
  for (const m of t.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g)) {
    const v = m[0].toLowerCase();
    if (!labelled.has('email|' + v) && !r.decoys.some((x) => x.text.includes(m[0]))) errs.push(`${r.id}: unlabelled email ${v}`);
  }
  for (const m of t.matchAll(/[0-9A-Z]{18}/g)) if (usccValid(m[0]) && !idValid(m[0]) && !labelled.has('cn_uscc|' + m[0].toLowerCase()) && !/^\d+$/.test(m[0])) errs.push(`${r.id}: unlabelled uscc ${m[0]}`);
  if (r.text.includes('\u0001') || r.text.includes('\u0002')) errs.push(`${r.id}: marker left`);
}
const ids = new Set();
for (const r of DOCS) { if (ids.has(r.id)) errs.push('dup id ' + r.id); ids.add(r.id); }

writeFileSync(OUT, DOCS.map((r) => JSON.stringify(r)).join('\n') + '\n');

// ================================================================= summary
const perKind = {}, perDet = {}, perDc = {}, perDecoy = {};
let nEnt = 0, nDec = 0;
for (const r of DOCS) {
  perKind[r.kind] = (perKind[r.kind] || 0) + 1;
  for (const e of r.entities) { perDet[e.detector] = (perDet[e.detector] || 0) + 1; nEnt++; }
  for (const e of r.dontCare) perDc[e.detector] = (perDc[e.detector] || 0) + 1;
  for (const x of r.decoys) { perDecoy[x.kind] = (perDecoy[x.kind] || 0) + 1; nDec++; }
}
console.log(`clinics corpus: ${DOCS.length} documents, ${Object.keys(perKind).length} kinds -> ${OUT}`);
console.log('documents per kind:', JSON.stringify(perKind));
console.log('entities per detector:', JSON.stringify(perDet));
console.log('dontCare per detector:', JSON.stringify(perDc));
console.log('decoys per kind:', JSON.stringify(perDecoy));
console.log(`total entities ${nEnt}, total decoys ${nDec}`);
const MIN = { person_name_zh: 400, cn_mobile: 150, cn_resident_id: 150, bank_card: 150, email: 150 };
for (const [k, v] of Object.entries(MIN)) if ((perDet[k] || 0) < v) errs.push(`too few ${k}: ${perDet[k] || 0} < ${v}`);
if (nDec < nEnt) errs.push(`fewer decoys (${nDec}) than entities (${nEnt})`);
if (errs.length) { console.error(`SELF-CHECK FAILED (${errs.length}):\n` + errs.slice(0, 400).join('\n')); process.exit(1); }
console.log('self-check OK');
