#!/usr/bin/env node
/*
 * exams.mjs — labelled test corpus for listguard's Chinese detectors.
 *
 * Theme: personal data in EXAMINATIONS and CERTIFICATION (id prefix "ex"):
 *   考试报名 exports (CSV/TSV/HTML/JSON), 准考证, 考场座位表/签到表, 成绩单/成绩查询,
 *   证书发放/查验/邮寄, 缴费/退费 with 银行卡, 资格审核 公示, 监考 rosters and 劳务费,
 *   e-mails and SMS to candidates, OCR'd 报名表, 驾考 appointments, IELTS registrations,
 *   职业技能 申报表, 残疾考生 合理便利 applications, back-end logs.
 *
 * Usage:  node exams.mjs OUT.jsonl        (default OUT: ./exams.jsonl)
 *
 * Output: one JSON object per line
 *   {"id":"ex-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],  // must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],  // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}         // must NOT be reported under any detector
 *
 * Normalisation of values: cn_resident_id 18 chars with upper-case X (a legacy 15-digit
 * number is labelled with its 18-char upgrade); cn_mobile 11 digits without +86;
 * cn_landline all digits incl. the leading 0 and area code (no extension); email lower-case;
 * bank_card digits only; cn_passport upper-case; cn_uscc 18 chars upper-case;
 * person_name_zh the name as written without spaces, titles or pinyin.
 *
 * Deterministic: own PRNG with a fixed seed; all data synthetic (valid GB 11643 IDs with real
 * county codes and dates, Luhn-valid cards with real-looking IINs, GB 32100 USCCs with the
 * embedded GB 11714 char, allocated mobile prefixes, per-area landline lengths).
 * Ends with a self-check (exit 1 on failure) and prints a summary.
 *
 * Written in session 26 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

const OUT = process.argv[2] || 'exams.jsonl';

// ---------------------------------------------------------------- PRNG
let SEED = 0x26e5a115 >>> 0;
function rnd() {
  SEED = (SEED + 0x6d2b79f5) >>> 0;
  let t = SEED;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const pad = (n, w) => String(n).padStart(w, '0');
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
function wpick(pairs) {
  let tot = 0; for (const [, w] of pairs) tot += w;
  let r = rnd() * tot;
  for (const [v, w] of pairs) { if ((r -= w) < 0) return v; }
  return pairs[pairs.length - 1][0];
}
function shuffle(a) { for (let i = a.length - 1; i > 0; i--) { const j = ri(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; }
function nrows(lo = 1, hi = 80) {
  const r = rnd();
  const n = r < 0.22 ? ri(1, 5) : r < 0.55 ? ri(6, 20) : r < 0.85 ? ri(21, 45) : ri(46, 80);
  return Math.max(lo, Math.min(hi, n));
}
const toFW = (s) => s.replace(/[0-9Xx]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

// ---------------------------------------------------------------- dates
const dim = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
function validYmd(y, m, d) { return m >= 1 && m <= 12 && d >= 1 && d <= dim(y, m); }
function addDays(o, n) { const t = new Date(Date.UTC(o.y, o.m - 1, o.d + n)); return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() }; }
function rdate(y, m0 = 1, m1 = 12) { const m = ri(m0, m1); return { y, m, d: ri(1, dim(y, m)) }; }
function fdate(o, st = pick(['-', '-', '/', '年', '.'])) {
  if (st === '年') return `${o.y}年${o.m}月${o.d}日`;
  return [o.y, pad(o.m, 2), pad(o.d, 2)].join(st);
}
const hms = () => `${pad(ri(0, 23), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`;
const fdt = (o) => `${fdate(o, '-')} ${hms()}`;
function ts13(y) { const a = Date.UTC(y, 0, 1), b = Date.UTC(y, 11, 31); return String(a + Math.floor(rnd() * (b - a))); }
const ts14 = (o) => `${o.y}${pad(o.m, 2)}${pad(o.d, 2)}${pad(ri(0, 23), 2)}${pad(ri(0, 59), 2)}${pad(ri(0, 59), 2)}`;

// ---------------------------------------------------------------- check algorithms
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += +b17[i] * IDW[i]; return '10X98765432'[s % 11]; }
const PROV = new Set('11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65'.split(' '));
function isValidId(s) {
  if (!/^\d{17}[\dX]$/.test(s) || !PROV.has(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || y > 2025 || !validYmd(y, m, d)) return false;
  return idCheck(s.slice(0, 17)) === s[17];
}
function legacyPlausible(r) { return PROV.has(r.slice(0, 2)) && validYmd(1900 + +r.slice(6, 8), +r.slice(8, 10), +r.slice(10, 12)); }
function upgrade15(r) { const b = r.slice(0, 6) + '19' + r.slice(6); return b + idCheck(b); }
function luhnOk(s) {
  let sum = 0, dbl = false;
  for (let i = s.length - 1; i >= 0; i--) { let d = +s[i]; if (dbl) { d *= 2; if (d > 9) d -= 9; } sum += d; dbl = !dbl; }
  return sum % 10 === 0;
}
function luhnDigit(body) { for (let d = 0; d < 10; d++) if (luhnOk(body + d)) return String(d); return '0'; }
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(s17) { let t = 0; for (let i = 0; i < 17; i++) t += UA.indexOf(s17[i]) * UW[i]; return UA[(31 - (t % 31)) % 31]; }
const OW = [3, 7, 9, 10, 5, 8, 4, 2];
function orgCheck(s8) {
  let t = 0;
  for (let i = 0; i < 8; i++) { const c = s8[i]; t += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * OW[i]; }
  const c = 11 - (t % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
function isValidUscc(s) {
  if (s.length !== 18 || [...s].some((c) => !UA.includes(c))) return false;
  return usccCheck(s.slice(0, 17)) === s[17] && orgCheck(s.slice(8, 16)) === s[16];
}

// ---------------------------------------------------------------- pools
function parsePy(s) { return s.trim().split(/\s+/).map((t) => { const m = t.match(/^([\u4e00-\u9fa5]+)([a-z]+)$/); return { c: m[1], p: m[2] }; }); }
const SUR_A = parsePy('王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou');
const SUR_B = parsePy('徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he 高gao 林lin 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai');
const SUR_C = parsePy(`余yu 杜du 叶ye 程cheng 苏su 魏wei 吕lv 丁ding 任ren 沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan 陆lu 汪wang 范fan 金jin
  石shi 廖liao 贾jia 夏xia 韦wei 付fu 方fang 白bai 邹zou 孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin 薛xue 闫yan 段duan 雷lei 侯hou 龙long
  史shi 陶tao 黎li 贺he 顾gu 毛mao 郝hao 龚gong 邵shao 万wan 钱qian 严yan 覃qin 武wu 戴dai 莫mo 孔kong 向xiang 汤tang 常chang 温wen
  康kang 施shi 文wen 牛niu 樊fan 葛ge 邢xing 安an 齐qi 易yi 乔qiao 伍wu 庞pang 颜yan 倪ni 庄zhuang 聂nie 章zhang 鲁lu 岳yue 翟zhai
  殷yin 詹zhan 申shen 欧ou 耿geng 关guan 兰lan 焦jiao 俞yu 左zuo 柳liu 甘gan 祝zhu 包bao 宁ning 尚shang 符fu 舒shu 阮ruan 柯ke 纪ji
  梅mei 童tong 凌ling 毕bi 单shan 季ji 裴pei 霍huo 涂tu 成cheng 苗miao 谷gu 盛sheng 曲qu 翁weng 冉ran 骆luo 蓝lan 路lu 游you 辛xin
  靳jin 管guan 柴chai 蒙meng 鲍bao 华hua 喻yu 祁qi 蒲pu 房fang 滕teng 屈qu 饶rao 解xie 牟mou 艾ai 尤you 阳yang 时shi 穆mu 司si
  卓zhuo 古gu 吉ji 缪miao 简jian 车che 项xiang 连lian 麦mai 褚chu 娄lou 窦dou 戚qi 岑cen 景jing 党dang 宫gong 费fei 卜bu 冷leng
  晏yan 席xi 卫wei 米mi 柏bai 宗zong 瞿qu 桂gui 全quan 佟tong 应ying 臧zang 闵min 苟gou 邬wu 边bian 卞bian 姬ji 师shi 和he 明ming`);
const SUR_W = [...SUR_A.map((s) => [s, 7]), ...SUR_B.map((s) => [s, 3]), ...SUR_C.map((s) => [s, 1])];
const COMPOUND = parsePy('欧阳ouyang 上官shangguan 皇甫huangfu 令狐linghu 诸葛zhuge 司徒situ 司马sima 申屠shentu 夏侯xiahou 慕容murong 尉迟yuchi 东方dongfang 公孙gongsun 端木duanmu');
const G_M = parsePy('伟wei 强qiang 磊lei 军jun 勇yong 杰jie 涛tao 斌bin 超chao 刚gang 平ping 辉hui 鹏peng 飞fei 鑫xin 波bo 浩hao 凯kai 健jian 俊jun 帅shuai 旭xu 龙long 建jian 国guo 志zhi 博bo 睿rui 轩xuan 泽ze 铭ming 昊hao 宏hong 振zhen 海hai 峰feng 亮liang 兵bing 德de 东dong 光guang 松song 祥xiang 航hang 煜yu 晨chen 宇yu');
const G_F = parsePy('芳fang 娜na 敏min 静jing 丽li 艳yan 玲ling 燕yan 霞xia 红hong 倩qian 颖ying 慧hui 莹ying 雪xue 洁jie 晶jing 萍ping 蕾lei 薇wei 璐lu 瑶yao 琳lin 彤tong 萱xuan 妍yan 馨xin 婷ting 琪qi 怡yi 欣xin 梦meng 诗shi 佩pei 娟juan 梅mei 兰lan 秀xiu 茜qian 蓉rong 菲fei 雯wen 露lu');
const G_N = parsePy('明ming 华hua 文wen 晓xiao 小xiao 子zi 梓zi 涵han 一yi 思si 雨yu 佳jia 嘉jia 可ke 乐le 天tian 然ran 春chun 云yun 立li 永yong 新xin 玉yu 安an 奕yi 逸yi 景jing 瑞rui 楠nan 宁ning 林lin 阳yang 欢huan 诺nuo 心xin 若ruo 语yu 成cheng');
const MINORITY = [
  ['买买提·艾力', 'maimaiti.aili', '男'], ['艾克拜尔·吾买尔', 'aikebaier.wumaier', '男'], ['阿卜杜拉·热合曼', 'abudula.rehman', '男'],
  ['阿依古丽·吐尔逊', 'ayiguli.tuerxun', '女'], ['古丽娜尔·买买提', 'gulinaer.maimaiti', '女'], ['迪丽娜尔·艾合买提', 'dilinaer.aihemaiti', '女'],
  ['扎西顿珠', 'zhaxidunzhu', '男'], ['格桑卓玛', 'gesangzhuoma', '女'], ['巴特尔', 'bateer', '男'], ['其其格', 'qiqige', '女'],
];
const REGIONS = `110101 110102 110103 110104 110105 110106 110108 120101 120104 130102 130104 140105 150102 210102 210202 220102 230102 230103
 310101 310104 310105 310110 310115 320102 320103 320104 320105 320106 320107 320111 320205 320211 320282 320303 320402 320506 320508 320582
 320583 320623 320682 320703 320902 321002 321102 321202 321302 330102 330106 330108 330203 330302 330681 340102 340104 350102 350203 360102
 370102 370202 370702 410102 410105 410305 411102 420102 420106 420111 430102 430104 440103 440106 440304 440305 440306 440604 441900 450103
 460106 500103 500106 510104 510107 510108 520102 530102 610103 610113 620102 630102 640104 650102 360111 370103`.trim().split(/\s+/);
const PROV2 = ['11', '12', '13', '31', '32', '32', '32', '33', '33', '34', '35', '37', '41', '42', '43', '44', '44', '50', '51', '61', '62', '65'];
const MOB_P = [['130', 3], ['131', 3], ['132', 3], ['133', 3], ['134', 3], ['135', 4], ['136', 4], ['137', 4], ['138', 5], ['139', 5],
  ['150', 3], ['151', 3], ['152', 3], ['153', 2], ['155', 2], ['156', 2], ['157', 3], ['158', 3], ['159', 3], ['180', 2], ['181', 2],
  ['182', 3], ['183', 2], ['184', 1], ['185', 2], ['186', 3], ['187', 3], ['188', 2], ['189', 3], ['170', 1], ['171', 1], ['172', 1], ['173', 2],
  ['175', 1], ['176', 2], ['177', 2], ['178', 1], ['145', 1], ['147', 1], ['162', 1], ['165', 1], ['166', 2], ['167', 1],
  ['190', 1], ['191', 1], ['192', 1], ['193', 1], ['195', 1], ['196', 1], ['197', 1], ['198', 2], ['199', 2]];
const ALLOC = /^1(3\d|4[57]|5[0-35-9]|6[2567]|7[0-35-8]|8\d|9[0-35-9])/;
const AREAS = [['010', 8], ['021', 8], ['020', 8], ['022', 8], ['023', 8], ['024', 8], ['025', 8], ['027', 8], ['028', 8], ['029', 8],
  ['0755', 8], ['0571', 8], ['0512', 8], ['0532', 8], ['0371', 8], ['0531', 8], ['0574', 8], ['0757', 8], ['0769', 8],
  ['0931', 7], ['0951', 7], ['0971', 7], ['0991', 7], ['0471', 7]];
const AREA_LEN = Object.fromEntries(AREAS);
const IINS = [['621226', '中国工商银行', 19], ['622202', '中国工商银行', 19], ['622848', '中国农业银行', 19], ['621700', '中国建设银行', 19],
  ['622700', '中国建设银行', 19], ['621661', '中国银行', 19], ['621785', '中国银行', 19], ['622262', '交通银行', 19], ['622588', '招商银行', 16],
  ['621483', '招商银行', 16], ['621799', '中国邮政储蓄银行', 19], ['622150', '中国邮政储蓄银行', 19], ['622909', '兴业银行', 18],
  ['622630', '华夏银行', 19], ['625965', '招商银行信用卡', 16], ['436742', '中国建设银行', 16], ['524094', '招商银行', 16],
  ['518710', '中国工商银行', 16], ['404117', '中国银行', 16], ['623668', '中国建设银行', 19]];
const BRANCHES = ['南京新街口支行', '苏州工业园区支行', '杭州西湖支行', '上海徐汇支行', '北京海淀支行', '深圳南山支行', '武汉洪山支行', '成都武侯支行',
  '西安雁塔支行', '广州天河支行', '郑州金水支行', '济南历下支行', '兰州城关支行', '营业部', '江宁支行', '鼓楼支行'];
const MAIL_DOM = [['qq.com', 6], ['163.com', 5], ['126.com', 2], ['foxmail.com', 1], ['sina.com', 1], ['sohu.com', 0.5], ['aliyun.com', 0.5],
  ['outlook.com', 1], ['gmail.com', 1], ['yeah.net', 0.5], ['139.com', 1], ['189.cn', 0.5], ['hotmail.com', 0.5], ['wo.cn', 0.3]];
// orgs: [name, area code, mail domain, SMS signature]
const ORGS = [['江苏省教育考试院', '025', 'jseea.cn'], ['浙江省教育考试院', '0571', 'zjzs.net'], ['上海市教育考试院', '021', 'shmeea.edu.cn'],
  ['北京教育考试院', '010', 'bjeea.cn'], ['广东省教育考试院', '020', 'eeagd.edu.cn'], ['湖北省教育考试院', '027', 'hbea.edu.cn'],
  ['四川省教育考试院', '028', 'sceea.cn'], ['河南省教育考试院', '0371', 'haeea.cn'], ['山东省教育招生考试院', '0531', 'sdzk.cn'],
  ['南京市人事考试中心', '025', 'njrsks.net'], ['苏州市人事考试院', '0512', 'szpta.cn'], ['杭州市人事考试院', '0571', 'hzrsks.cn'],
  ['深圳市人事考试中心', '0755', 'szpta.gov.cn'], ['武汉市人事考试院', '027', 'whrsks.cn'], ['成都市人事考试中心', '028', 'cdpta.cn'],
  ['江苏省职业技能鉴定中心', '025', 'jsosta.cn'], ['西安市人事考试中心', '029', 'xapta.cn'], ['兰州市人事考试中心', '0931', 'lzrsks.cn'],
  ['银川市人事考试中心', '0951', 'ycpta.cn'], ['西宁市人事考试中心', '0971', 'xnpta.cn'], ['乌鲁木齐市人事考试中心', '0991', 'wlmqpta.cn'],
  ['呼和浩特市人事考试中心', '0471', 'hhhtpta.cn'], ['天津市教育招生考试院', '022', 'zhaokao.net'], ['重庆市教育考试院', '023', 'cqksy.cn'],
  ['沈阳市人事考试中心', '024', 'sypta.cn'], ['宁波市人事考试院', '0574', 'nbpta.cn'], ['佛山市人事考试中心', '0757', 'fspta.cn']];
// schools / test sites: [name, mail domain|null, trap (starts with a surname char / place name)]
const SCHOOLS = [['南京师范大学仙林校区', 'njnu.edu.cn', 0], ['东南大学四牌楼校区', 'seu.edu.cn', 0], ['南京大学鼓楼校区', 'nju.edu.cn', 0],
  ['河海大学', 'hhu.edu.cn', 0], ['苏州大学独墅湖校区', 'suda.edu.cn', 0], ['常州大学', 'cczu.edu.cn', 1], ['浙江工业大学', 'zjut.edu.cn', 0],
  ['杭州师范大学', 'hznu.edu.cn', 0], ['金华职业技术学院', 'jhc.edu.cn', 1], ['武汉大学', 'whu.edu.cn', 1], ['华中科技大学', 'hust.edu.cn', 1],
  ['深圳大学', 'szu.edu.cn', 0], ['中山大学', 'sysu.edu.cn', 0], ['四川大学望江校区', 'scu.edu.cn', 0], ['西安交通大学', 'xjtu.edu.cn', 0],
  ['兰州大学', 'lzu.edu.cn', 0], ['郑州大学', 'zzu.edu.cn', 1], ['周口师范学院', 'zknu.edu.cn', 1], ['黄山学院', 'hsu.edu.cn', 1],
  ['安庆师范大学', 'aqnu.edu.cn', 1], ['许昌学院', 'xcu.edu.cn', 1], ['宁波大学', 'nbu.edu.cn', 1], ['石家庄铁道大学', 'stdu.edu.cn', 1],
  ['马鞍山学院', 'masu.edu.cn', 1], ['江南大学', 'jiangnan.edu.cn', 1], ['南京市第一中学', null, 0], ['张家港市外国语学校', null, 1],
  ['常州市第一中学', null, 1], ['南京市金陵中学', null, 0], ['高邮市第一中学', null, 1], ['温州中学', null, 1], ['田家炳高级中学', null, 1],
  ['江阴市南菁高级中学', null, 1], ['上海外国语大学', 'shisu.edu.cn', 0], ['复旦大学邯郸校区', 'fudan.edu.cn', 0], ['山东大学中心校区', 'sdu.edu.cn', 0]];
const DEPTS = ['外国语学院', '计算机科学与技术学院', '经济管理学院', '文学院', '数学科学学院', '物理学院', '法学院', '化学与材料学院', '机械工程学院', '护理学院'];
const CITIES = [['江苏省', '南京市', ['鼓楼区', '玄武区', '建邺区', '江宁区', '秦淮区']], ['江苏省', '苏州市', ['姑苏区', '吴中区', '相城区', '工业园区']],
  ['浙江省', '杭州市', ['西湖区', '上城区', '滨江区', '拱墅区']], ['广东省', '深圳市', ['南山区', '福田区', '宝安区']], ['湖北省', '武汉市', ['洪山区', '武昌区', '江岸区']],
  ['四川省', '成都市', ['武侯区', '锦江区', '成华区']], ['河南省', '郑州市', ['金水区', '中原区']], ['上海市', '', ['徐汇区', '杨浦区', '浦东新区']], ['北京市', '', ['海淀区', '朝阳区', '东城区']]];
const ROADS = ['中山北路', '汉中路', '北京西路', '文一路', '学院路', '珞喻路', '人民南路', '科技园路', '淮海中路', '五四路', '解放大道', '建设路', '广州路', '龙蟠路'];
const EXAMS = [
  { k: 'cet', t: '全国大学英语四、六级考试', s: ['英语四级笔试', '英语六级笔试', '英语四级口试', '英语六级口试'], young: 1 },
  { k: 'ncre', t: '全国计算机等级考试', s: ['一级计算机基础及MS Office应用', '二级Python语言程序设计', '二级C语言程序设计', '二级MS Office高级应用与设计', '三级网络技术', '四级网络工程师'], young: 1 },
  { k: 'rk', t: '计算机技术与软件专业技术资格（水平）考试', s: ['系统架构设计师', '信息系统项目管理师', '软件设计师', '网络工程师', '系统集成项目管理工程师', '程序员'] },
  { k: 'jszg', t: '中小学教师资格考试（笔试）', s: ['科目一 综合素质（中学）', '科目二 教育知识与能力', '科目三 英语学科知识与教学能力（初级中学）', '科目一 综合素质（小学）', '科目二 教育教学知识与能力'] },
  { k: 'kj', t: '全国会计专业技术初级资格考试', s: ['初级会计实务', '经济法基础'] },
  { k: 'pth', t: '普通话水平测试', s: ['普通话水平测试（机测）'] },
  { k: 'zyjn', t: '职业技能等级认定', s: ['电工（四级/中级工）', '保育师（五级/初级工）', '人力资源管理师（三级）', '健康管理师（三级）', '育婴员（四级）', '焊工（三级/高级工）', '中式烹调师（四级）'] },
  { k: 'zk', t: '高等教育自学考试', s: ['马克思主义基本原理概论', '英语（二）', '管理学原理', '中国近现代史纲要', '计算机应用基础'] },
  { k: 'jzs', t: '一级建造师执业资格考试', s: ['建设工程经济', '建设工程法规及相关知识', '建设工程项目管理', '专业工程管理与实务（建筑工程）'] },
  { k: 'hs', t: '护士执业资格考试', s: ['专业实务', '实践能力'] },
  { k: 'sydw', t: '事业单位公开招聘工作人员笔试', s: ['综合管理类（A类）', '社会科学专技类（B类）', '自然科学专技类（C类）', '医疗卫生类（E类）'] },
];
const DRIVE_SCHOOLS = ['南京东方驾驶培训有限公司', '金陵驾校', '苏州市吴中区平安驾驶员培训有限公司', '杭州中天驾校', '深圳市公交驾校', '武汉车友驾校', '成都交运驾校', '浙江万通驾校'];
const DRIVE_SITES = ['尧化门考场', '迈皋桥科目二考场', '相城考试中心', '杭州三墩考场', '深圳坪山考场', '武汉东西湖考场', '成都新津考场', '南京江宁科目三考场'];
const DRIVE_CITY = { 尧化门考场: '南京市', 迈皋桥科目二考场: '南京市', 相城考试中心: '苏州市', 杭州三墩考场: '杭州市', 深圳坪山考场: '深圳市', 武汉东西湖考场: '武汉市', 成都新津考场: '成都市', 南京江宁科目三考场: '南京市' };

// ---------------------------------------------------------------- value generators
function genName(sex) {
  if (chance(0.02)) {
    const c = MINORITY.filter((m) => m[2] === sex); const m = pick(c);
    return { name: m[0], sur: m[0][0], given: m[0].slice(1), spy: m[1].split('.')[0], gpy: m[1].includes('.') ? [m[1].split('.')[1]] : [], min: 1 };
  }
  const sur = chance(0.03) ? pick(COMPOUND) : wpick(SUR_W);
  const pool = sex === '男' ? G_M.concat(G_N) : G_F.concat(G_N);
  const k = chance(0.28) ? 1 : 2; const g = [];
  while (g.length < k) { const c = pick(pool); if (g.length && c.c === g[0].c && !chance(0.1)) continue; if (k === 1 && '小晓子梓一思'.includes(c.c)) continue; g.push(c); }
  return { name: sur.c + g.map((x) => x.c).join(''), sur: sur.c, given: g.map((x) => x.c).join(''), spy: sur.p, gpy: g.map((x) => x.p) };
}
function genId(sex, y0, y1) {
  const region = pick(REGIONS); const y = ri(y0, y1); const m = ri(1, 12); const d = ri(1, dim(y, m));
  let seq = ri(0, 99) * 10 + ri(0, 9); if ((seq % 2 === 1) !== (sex === '男')) seq = (seq + 1) % 1000;
  const b = region + y + pad(m, 2) + pad(d, 2) + pad(seq, 3); return b + idCheck(b);
}
function genId15(sex) { // legacy: region + YYMMDD + seq3, birth 1945-1982
  for (;;) {
    const region = pick(REGIONS); const y = ri(1945, 1982); const m = ri(1, 12); const d = ri(1, dim(y, m));
    let seq = ri(0, 999); if ((seq % 2 === 1) !== (sex === '男')) seq = (seq + 1) % 1000;
    return region + pad(y % 100, 2) + pad(m, 2) + pad(d, 2) + pad(seq, 3);
  }
}
function genMobile() { for (;;) { const m = wpick(MOB_P) + digits(8); if (!['13800138000', '13912345678'].includes(m)) return m; } }
function genLand(area) { const a = area || pick(AREAS)[0]; const len = AREA_LEN[a]; return { a, s: String(ri(2, 8)) + digits(len - 1) }; }
function genCard(iin) { const e = iin || wpick(IINS.map((x, i) => [x, i < 15 ? 3 : 1])); const body = e[0] + digits(e[2] - 7); return { no: body + luhnDigit(body), bank: e[1] }; }
function genUscc(kind) {
  let head, region, body;
  if (kind === 'inst') { head = pick(['12', '12', '11', '52']); region = pick(PROV2) + pick(['0000', '0100', '0000']); body = digits(8); }
  else { head = wpick([['91', 8], ['92', 1], ['93', 1]]); region = pick(REGIONS); body = chance(0.75) ? 'MA' + Array.from({ length: 6 }, () => pick(UA.split(''))).join('') : digits(8); }
  const s17 = head + region + body + orgCheck(body); return s17 + usccCheck(s17);
}
const PASS_L = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
function genPassport() { return chance(0.55) ? 'E' + pick(PASS_L.split('')) + digits(7) : 'E' + digits(8); }
function genHkPermit() { return chance(0.6) ? 'C' + digits(8) : 'C' + pick(PASS_L.split('')) + digits(7); }
function genPerson(y0 = 1970, y1 = 2006) {
  const sex = chance(0.5) ? '男' : '女'; const nm = genName(sex); const id = genId(sex, y0, y1);
  return { ...nm, sex, id, mobile: genMobile(), email: null, card: null };
}
function emailOf(p, dom) {
  if (p.email && !dom) return p.email;
  const yy = p.id.slice(8, 10), yyyy = p.id.slice(6, 10), mmdd = p.id.slice(10, 14);
  const full = p.spy + p.gpy.join(''); const ini = p.gpy.map((x) => x[0]).join('');
  const d = dom || wpick(MAIL_DOM); let local, inner = null;
  if (!dom && d === 'qq.com' && chance(0.6)) local = String(ri(1, 9)) + digits(ri(5, 9));
  else if (!dom && ['139.com', '189.cn', 'wo.cn'].includes(d) && chance(0.75)) { local = p.mobile; inner = p.mobile; }
  else local = pick([full, full + yy, full + digits(3), p.spy + ini + yyyy, ini + p.spy, (p.gpy.join('') || 'x') + '.' + p.spy,
    p.spy + '_' + ini + mmdd, full + '.' + yy, full, ini + p.spy + digits(2)]);
  const value = (local + '@' + d).toLowerCase();
  let display = value;
  if (chance(0.07)) display = local.charAt(0).toUpperCase() + local.slice(1) + '@' + d;
  const e = { value, display, inner };
  if (!dom) p.email = e;
  return e;
}

// ---------------------------------------------------------------- formatting
function fmtMobile(m, st) {
  const g = (sep) => `${m.slice(0, 3)}${sep}${m.slice(3, 7)}${sep}${m.slice(7)}`;
  switch (st) {
    case 'dash': return g('-'); case 'space': return g(' '); case 'p86': return '+86 ' + m; case 'p86n': return '+86' + m;
    case 'p86d': return '+86-' + m; case 'p0086': return '0086 ' + m; case 'paren': return '(+86)' + m; case 'p86s': return '+86 ' + g(' ');
    case 'fw': return toFW(m); default: return m;
  }
}
const mobStyle = () => wpick([['plain', 78], ['dash', 7], ['space', 4], ['p86', 3], ['p86n', 2], ['p86d', 1], ['p0086', 1], ['paren', 1], ['p86s', 2]]);
function fmtId(id, st) {
  switch (st) {
    case 'lower': return id.replace('X', 'x'); case 'group': return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    case 'fw': return toFW(id); default: return id;
  }
}
function fmtCard(c, st) {
  if (st === 'sp4' || st === 'dash4') { const sep = st === 'sp4' ? ' ' : '-'; return c.match(/.{1,4}/g).join(sep); }
  return c;
}
function fmtLand(a, s, st) {
  switch (st) {
    case 'paren': return `(${a})${s}`; case 'fwparen': return `（${a}）${s}`; case 'space': return `${a} ${s}`;
    case 'plain': return a + s; case 'split': return `${a}-${s.slice(0, s.length - 4)} ${s.slice(-4)}`;
    case 'intl': return `+86 ${a.slice(1)} ${s}`; default: return `${a}-${s}`;
  }
}
const landStyle = () => wpick([['dash', 8], ['paren', 2], ['fwparen', 1], ['space', 1], ['plain', 1], ['split', 1], ['intl', 1]]);
function maskMobile(m) { return pick([m.slice(0, 3) + '****' + m.slice(7), m.slice(0, 3) + '****' + m.slice(7), m.slice(0, 3) + 'xxxx' + m.slice(7), m.slice(0, 3) + '*****' + m.slice(8)]); }
function maskId(id) { return pick([id.slice(0, 4) + '*'.repeat(10) + id.slice(14), id.slice(0, 6) + '********' + id.slice(14), id.slice(0, 3) + '*'.repeat(11) + id.slice(14), id.slice(0, 1) + '*'.repeat(16) + id.slice(17), '**************' + id.slice(14)]); }
function maskName(p) { if (p.min) return p.sur + '**'; return pick([p.sur + '*' + (p.given.length > 1 ? p.given.slice(-1) : ''), p.sur + '*' + (p.given.length > 1 ? p.given.slice(-1) : ''), p.sur + '**', p.sur + '某']); }
function maskCard(c) { return pick([c.slice(0, 6) + '*'.repeat(c.length - 10) + c.slice(-4), c.slice(0, 4) + ' **** **** ' + c.slice(-4), '**** **** **** ' + c.slice(-4), c.slice(0, 4) + '********' + c.slice(-4)]); }

// ---------------------------------------------------------------- decoy number generators
function safeDigits(t) {
  for (const r of t.match(/\d+/g) || []) {
    if (r.length === 11 && /^1[3-9]/.test(r)) return false;
    if (r.length === 15 && legacyPlausible(r)) return false;
    if (r.length === 18 && (idCheck(r.slice(0, 17)) === r[17] || usccCheck(r.slice(0, 17)) === r[17])) return false;
    if (r.length >= 16 && r.length <= 19 && luhnOk(r)) return false;
    if (r.length >= 10 && r.length <= 12 && r[0] === '0') return false;
    if (r.length >= 7 && /^(\d)\1+$/.test(r)) return false;
  }
  return true;
}
function safe(fn) { for (let i = 0; i < 200; i++) { const s = fn(); if (safeDigits(s)) return s; } throw new Error('safe(): no safe value from ' + fn); }
function zkzh(k, year) {
  const yy = pad(year % 100, 2);
  return safe(() => {
    const P = pick(PROV2);
    switch (k) {
      case 'cet': return P + pad(ri(1, 999), 4) + yy + pick(['1', '2']) + pick(['4', '6']) + pad(ri(1, 300), 3) + pad(ri(1, 30), 2);
      case 'ncre': return pick(['14', '15', '24', '26', '29', '35', '41', '61', '65']) + P + pad(ri(1, 99), 2) + yy + pick(['03', '09']) + pad(ri(1, 9999), 4);
      case 'rk': return yy + pick(['1', '2']) + P + pad(ri(1, 999), 3) + pad(ri(1, 200), 3) + pad(ri(1, 30), 2);
      case 'jszg': return yy + pick(['1', '2']) + P + pad(ri(1, 99), 2) + pad(ri(1, 99), 2) + pad(ri(1, 999), 3) + pad(ri(1, 30), 2);
      case 'kj': return '1' + yy + P + pad(ri(1, 9999), 4) + pad(ri(1, 999), 3);
      case 'pth': return P + pad(ri(1, 999), 3) + yy + pad(ri(1, 9999), 4) + pad(ri(1, 99), 2);
      case 'zyjn': return yy + P + '00' + pad(ri(1, 999999), 6) + pad(ri(1, 999), 3);
      case 'zk': return P + yy + pad(ri(1, 99), 2) + pad(ri(1, 999999), 6);
      case 'drive': return P + pad(ri(1, 99), 2) + yy + pad(ri(1, 9999999), 7);
      case 'ielts': return 'IELTS' + yy + pad(ri(1, 12), 2) + '-' + pad(ri(1, 9999999), 7);
      default: return '1' + yy + P + pad(ri(1, 99), 2) + pad(ri(1, 999), 3) + pad(ri(1, 30), 2) + ri(0, 9);
    }
  });
}
function certNo(k, year) {
  const yy = pad(year % 100, 2);
  return safe(() => {
    const P = pick(PROV2);
    switch (k) {
      case 'cet': return yy + pick(['1', '2']) + pick(['1', '2']) + P + digits(9);
      case 'ncre': return yy + P + pick(['1', '2', '3', '4']) + digits(10);
      case 'rk': return year + 'K' + P + digits(7);
      case 'jszg': return year + P + digits(11);
      case 'zyjn': return 'S' + '0000' + P + digits(4) + year + digits(6);
      case 'kj': return yy + P + digits(10);
      case 'pth': return P + pad(ri(1, 99), 2) + yy + digits(7);
      case 'jzs': return pick(['苏', '浙', '京', '沪', '粤', '鄂']) + '1' + P + digits(2) + year + digits(6);
      case 'hs': return year + P + digits(6);
      case 'drive': return P + pad(ri(1, 99), 2) + digits(8);
      default: return yy + P + digits(11);
    }
  });
}
const regNo = (year) => safe(() => pick([() => 'BM' + year + digits(7), () => String(year) + digits(ri(5, 8)), () => digits(1).replace('0', '7') + digits(ri(6, 9)), () => 'KS' + digits(9)])());
const orderNo = (o) => safe(() => pick([() => ts14(o) + digits(ri(4, 10)), () => 'P' + ts14(o) + digits(6), () => 'JF' + `${o.y}${pad(o.m, 2)}${pad(o.d, 2)}` + digits(8)])());
const txnNo = (o) => safe(() => pick([() => '4200' + digits(6) + `${o.y}${pad(o.m, 2)}${pad(o.d, 2)}` + digits(10), () => `${o.y}${pad(o.m, 2)}${pad(o.d, 2)}` + '2200' + digits(16), () => `${o.y}${pad(o.m, 2)}${pad(o.d, 2)}` + digits(ri(12, 14))])());
const hotline = () => pick([() => `400-${ri(600, 999)}-${pad(ri(0, 9999), 4)}`, () => `400${ri(600, 999)}${pad(ri(0, 9999), 4)}`, () => `800-${ri(800, 899)}-${pad(ri(0, 9999), 4)}`, () => '12333', () => '12345', () => `96${ri(100, 999)}`])();
const staffNo = () => safe(() => pick([() => 'T' + ri(1990, 2023) + pad(ri(1, 9999), 4), () => 'JS' + digits(6), () => String(ri(1, 9)) + digits(7)])());
const studentNo = (y) => safe(() => String(y - ri(0, 3)) + digits(ri(6, 8)));
const docNo = (o, year) => `${pick(['苏', '浙', '沪', '京', '粤', '鄂', '川'])}${pick(['教考', '人考', '考院', '职鉴'])}〔${year}〕${ri(1, 99)}号`;
const icp = () => `${pick(['苏', '浙', '京', '沪', '粤'])}ICP备${pad(ri(5000000, 20999999), 8)}号-${ri(1, 9)}`;
const gwab = () => safe(() => `${pick(['苏', '浙', '京', '沪'])}公网安备 ${pick(PROV2)}${pad(ri(100, 199), 4)}${digits(8)}号`);
const sfExpress = () => safe(() => pick([() => 'SF' + ri(1, 9) + digits(12), () => 'YT' + digits(13), () => 'JT' + ri(1, 9) + digits(12), () => `EA${digits(9)}CN`, () => '7' + digits(14)])());
const plate = () => `${pick(['苏A', '苏E', '浙A', '粤B', '鄂A', '川A'])}${pad(ri(0, 9999), 4)}学`;
const batchNo = (y) => safe(() => 'PC' + y + pad(ri(1, 99), 2) + digits(4));

// ---------------------------------------------------------------- document model
const D_NAME = 'person_name_zh', D_ID = 'cn_resident_id', D_MOB = 'cn_mobile', D_LAND = 'cn_landline', D_MAIL = 'email', D_CARD = 'bank_card', D_USCC = 'cn_uscc', D_PASS = 'cn_passport';
class Doc {
  constructor(kind) {
    this.kind = kind; this.E = new Map(); this.D = new Map(); this.X = new Map(); this.raws = [];
    this.ms = chance(0.8) ? 'plain' : mobStyle(); this.c = chance(0.7) ? '：' : pick([':', ': ', ' ']);
  }
  ent(det, value, raw = value) { const k = det + '\u0000' + value; if (!this.E.has(k)) this.E.set(k, { detector: det, value }); this.raws.push([det, value, raw]); return raw; }
  dc(det, value, raw = value) { const k = det + '\u0000' + value; if (!this.D.has(k)) this.D.set(k, { detector: det, value }); this.raws.push([det, value, raw]); return raw; }
  dec(kind, text) { text = String(text); if (!this.X.has(text)) this.X.set(text, { kind, text }); return text; }
  name(p, raw) { return this.ent(D_NAME, p.name, raw ?? p.name); }
  id(p, st) { return this.ent(D_ID, p.id, fmtId(p.id, st || (p.id.endsWith('X') && chance(0.15) ? 'lower' : 'plain'))); }
  mob(p, st) { return this.ent(D_MOB, p.mobile, fmtMobile(p.mobile, st || this.ms)); }
  mail(p, dom) {
    const e = emailOf(p, dom);
    if (e.inner) this.ent(D_MOB, e.inner, e.inner);
    return this.ent(D_MAIL, e.value, e.display);
  }
  card(p, st) { if (!p.card) p.card = genCard(); return this.ent(D_CARD, p.card.no, fmtCard(p.card.no, st || 'plain')); }
  land(l, st) { return this.ent(D_LAND, l.a + l.s, fmtLand(l.a, l.s, st || landStyle())); }
  orgTel(area) { const l = genLand(area); const raw = this.dc(D_LAND, l.a + l.s, fmtLand(l.a, l.s, landStyle())); return chance(0.2) ? raw + pick(['转', '-', '分机']) + ri(801, 899) : raw; }
  roleMail(local, dom) { return this.dc(D_MAIL, (local + '@' + dom).toLowerCase()); }
  uscc(u) { return this.ent(D_USCC, u); }
  site(s) { if (s[2]) this.dec('place_org_name', s[0]); return s[0]; }
  mId(p) { return this.dec('masked_id', maskId(p.id)); }
  mMob(p) { return this.dec('masked_mobile', maskMobile(p.mobile)); }
  mName(p) { return this.dec('masked_name', maskName(p)); }
}
function ctx() {
  const ex = pick(EXAMS); const year = ri(2020, 2025); const half = pick(['上半年', '下半年']);
  const org = pick(ORGS); const date = rdate(year, half === '上半年' ? 3 : 9, half === '上半年' ? 6 : 12);
  return { ex, year, half, org, date, subj: () => pick(ex.s), y0: ex.young ? 1997 : 1968, y1: ex.young ? 2006 : 2003 };
}
const colW = (s) => [...String(s)].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
function render(fmt, head, rows) {
  const all = [head, ...rows];
  switch (fmt) {
    case 'csv': { const q = chance(0.25); return all.map((r) => r.map((c) => (q ? `"${c}"` : c)).join(',')).join('\n'); }
    case 'tsv': return all.map((r) => r.join('\t')).join('\n');
    case 'semi': return all.map((r) => r.join(';')).join('\n');
    case 'pipe': return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
    case 'fixed': { const w = head.map((_, i) => Math.max(...all.map((r) => colW(r[i])))); return all.map((r) => r.map((c, i) => String(c) + ' '.repeat(w[i] - colW(c) + 2)).join('').trimEnd()).join('\n'); }
    case 'html': return `<table border="1" cellspacing="0">\n<thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead>\n<tbody>\n${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}\n</tbody>\n</table>`;
    default: return all.map((r) => r.join(' ')).join('\n');
  }
}
const tfmt = () => wpick([['csv', 5], ['tsv', 3], ['semi', 1], ['pipe', 1], ['fixed', 2]]);
// run a table: cols = [[header, cellFn(row, i)] ...]
function table(fmt, cols, rows) { return render(fmt, cols.map((c) => c[0]), rows.map((r, i) => cols.map((c) => c[1](r, i)))); }
const pickSchool = () => pick(SCHOOLS);
function addr() { const c = pick(CITIES); return `${c[0]}${c[1]}${pick(c[2])}${pick(ROADS)}${ri(1, 399)}号${chance(0.6) ? `${ri(1, 30)}栋${ri(1, 4)}单元${ri(1, 28)}0${ri(1, 6)}室` : ''}`; }

// ================================================================= kinds
function gRegExport(d) {
  const c = ctx(); const fmt = tfmt(); const n = nrows();
  const idSt = wpick([['', 8], ['apos', 1], ['excel', 1], ['tab', 1]]);
  const wrapId = (s) => (idSt === 'apos' ? "'" + s : idSt === 'excel' ? `="${s}"` : idSt === 'tab' ? '\t' + s : s);
  const rows = Array.from({ length: n }, () => ({ p: genPerson(c.y0, c.y1), bm: regNo(c.year), zk: zkzh(c.ex.k, c.year), site: pickSchool(), subj: c.subj(), o: rdate(c.year, 1, 12), noMail: chance(0.1), sci: chance(0.02), land: chance(0.5) ? genLand() : null }));
  const cols = [];
  if (chance(0.7)) cols.push([pick(['序号', 'No.', '#']), (r, i) => String(i + 1)]);
  cols.push([pick(['报名序号', '报名号', '报名流水号', '报名编号']), (r) => d.dec('registration_no', r.bm)]);
  cols.push([pick(['姓名', '考生姓名', '姓名(必填)', 'xm']), (r) => d.name(r.p)]);
  const mid = [];
  mid.push(['性别', (r) => r.p.sex]);
  if (chance(0.92)) mid.push([pick(['身份证号', '证件号码', '身份证号码', '公民身份号码', '证件号']), (r) => (r.sci ? d.dec('excel_sci_mangled', `${r.p.id.slice(0, 6)}E+17`.replace(/^(\d)(\d{5})/, '$1.$2')) : wrapId(d.id(r.p)))]);
  if (chance(0.3)) mid.push([pick(['出生日期', '出生年月']), (r) => `${r.p.id.slice(6, 10)}-${r.p.id.slice(10, 12)}-${r.p.id.slice(12, 14)}`]);
  if (chance(0.95)) mid.push([pick(['手机', '手机号', '手机号码', '联系电话', '移动电话']), (r) => d.mob(r.p)]);
  if (chance(0.65)) mid.push([pick(['邮箱', '电子邮箱', 'Email', 'E-mail', '电子邮件']), (r) => (r.noMail ? pick(['', '无', '-']) : d.mail(r.p))]);
  if (chance(0.2)) mid.push([pick(['固定电话', '家庭电话']), (r) => (r.land ? d.land(r.land) : '')]);
  mid.push([pick(['报考科目', '报考级别', '报考项目', '考试科目']), (r) => r.subj]);
  mid.push([pick(['考点', '考点名称', '报考考点']), (r) => d.site(r.site)]);
  if (chance(0.8)) mid.push([pick(['准考证号', '准考证']), (r) => d.dec('admission_ticket_no', r.zk)]);
  if (chance(0.25)) mid.push([pick(['照片', '照片文件']), (r) => d.dec('photo_filename', `IMG_${ts14(r.o)}_${pad(ri(1, 9999), 4)}.jpg`)]);
  if (chance(0.85)) mid.push([pick(['报名时间', '提交时间', 'createTime']), (r) => (chance(0.5) ? d.dec('timestamp_ms', ts13(c.year)) : d.dec('datetime', fdt(r.o)))]);
  if (chance(0.55)) mid.push([pick(['订单号', '支付订单号', '缴费单号']), (r) => d.dec('order_no', orderNo(r.o))]);
  if (chance(0.5)) mid.push([pick(['缴费状态', '是否缴费', '审核状态']), () => pick(['已缴费', '未缴费', '已支付', '待审核', '审核通过'])]);
  if (chance(0.5)) shuffle(mid);
  cols.push(...mid);
  let head = '';
  if (chance(0.45)) head = `${c.ex.t}${c.year}年${c.half}报名信息导出${d.c}导出时间 ${d.dec('datetime', fdt(rdate(c.year, 1, 12)))} 共${n}条\n`;
  const bom = chance(0.2) ? '\ufeff' : '';
  return bom + head + table(fmt, cols, rows);
}

function gRegHtml(d) {
  const c = ctx(); const n = nrows(); const exporter = genPerson(1970, 1995);
  const photos = chance(0.5);
  const rows = Array.from({ length: n }, () => ({ p: genPerson(c.y0, c.y1), bm: regNo(c.year), zk: zkzh(c.ex.k, c.year), site: pickSchool() }));
  const cols = [['序号', (r, i) => String(i + 1)], ['报名号', (r) => d.dec('registration_no', r.bm)], ['姓名', (r) => d.name(r.p)], ['性别', (r) => r.p.sex],
    [pick(['身份证号', '证件号码']), (r) => d.id(r.p)], ['手机号码', (r) => d.mob(r.p)]];
  if (chance(0.7)) cols.push(['电子邮箱', (r) => d.mail(r.p)]);
  cols.push(['报考科目', () => c.subj()], ['考点', (r) => d.site(r.site)]);
  if (chance(0.5)) cols.push(['准考证号', (r) => d.dec('admission_ticket_no', r.zk)]);
  cols.push(['报名时间', () => d.dec('timestamp_ms', ts13(c.year))]);
  if (chance(0.5)) cols.push(['支付订单号', () => d.dec('order_no', orderNo(rdate(c.year)))]);
  if (photos) cols.push(['照片', (r) => `<img src="/upload/photo/${c.year}/${d.id(r.p)}.jpg" width="60">`]);
  const logo = d.dec('asset_filename_at', pick(['logo@2x.png', 'icon-print@2x.png', 'header_bg@3x.jpg']));
  d.dec('css_at_rule', '@media');
  const tbl = table('html', cols, rows);
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${c.ex.t} 报名信息</title>
<style>table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ccc;padding:3px 6px}@media print{.noprint{display:none}}@media (max-width:768px){table{font-size:11px}}</style>
</head><body>
<div class="hd"><img src="/static/img/${logo}" alt="${c.org[0]}"> <h2>${c.org[0]} ${c.year}年${c.half}${c.ex.t}报名信息一览</h2></div>
<p class="noprint">查询条件：考区=${pick(['全部', '鼓楼考区', '江宁考区', '工业园区考区'])}，缴费状态=已缴费 &nbsp; 共 ${n} 条记录</p>
${tbl}
<div class="ft">导出人：${d.name(exporter)}（工号 ${d.dec('staff_no', staffNo())}） 导出时间：${d.dec('datetime', fdt(rdate(c.year)))}</div>
<div class="copy">${c.org[0]} 版权所有 ${d.dec('icp_no', icp())} 技术支持电话：${d.dec('hotline', hotline())}</div>
</body></html>`;
}

function gAdmitCard(d) {
  const c = ctx(); const k = chance(0.7) ? 1 : ri(2, 6); const out = [];
  for (let i = 0; i < k; i++) {
    const p = genPerson(c.y0, c.y1); const s = pickSchool(); const room = pad(ri(1, 80), 3); const seat = pad(ri(1, 30), 2);
    const ed = fdate(c.date, pick(['-', '年']));
    const L = (a) => a + d.c;
    const lines = [`${c.org[0]}`, `${c.year}年${c.half}${c.ex.t}`, pick(['准 考 证', '准考证', '准考证（考生留存）']), '',
      `${L('姓    名')}${d.name(p)}        ${L('性    别')}${p.sex}`,
      `${L('证件类型')}${pick(['居民身份证', '身份证'])}`,
      `${L('证件号码')}${d.id(p)}`,
      `${L('准考证号')}${d.dec('admission_ticket_no', zkzh(c.ex.k, c.year))}`,
      `${L('报考科目')}${c.subj()}`,
      `${L('考点名称')}${d.site(s)}`,
      `${L('考点地址')}${addr()}`,
      `${L('考场号')}${d.dec('exam_room', '第' + room + '考场')}    ${L('座位号')}${d.dec('seat_no', seat + '号')}`,
      `${L('考试时间')}${d.dec('date', ed)} ${pick(['09:00-11:30', '14:00-16:30', '08:30-11:00', '15:00-17:20'])}`,
      pick(['[照片]', '（照片）', '照\n片', '【考生照片】']),
      '考生须知：',
      '1. 考生须凭本准考证和有效身份证件原件进入考场，二者缺一不可。',
      `2. 开考${pick(['15', '30'])}分钟后禁止入场；严禁携带手机等电子设备进入考场。`,
      `3. 考试咨询电话：${d.orgTel(c.org[1])}；${pick(['监督电话', '全国服务热线', '技术支持'])}：${d.dec('hotline', hotline())}`];
    if (chance(0.3)) lines.push(`4. 考生本人手机号 ${d.mMob(p)} 将接收考试提醒短信。`);
    lines.push(`打印时间：${d.dec('datetime', fdt(rdate(c.year, 1, c.date.m)))}`, `-- 第 ${i + 1} 页 / 共 ${k} 页 --`);
    out.push(lines.join('\n'));
  }
  return out.join('\n\f\n');
}

function gSeatChart(d) {
  const c = ctx(); const n = chance(0.6) ? ri(20, 30) : nrows(); const s = pickSchool(); const room = pad(ri(1, 90), 3);
  const full = chance(0.6); const sign = chance(0.5);
  const rows = Array.from({ length: n }, (_, i) => ({ p: genPerson(c.y0, c.y1), zk: zkzh(c.ex.k, c.year), seat: pad(i + 1, 2), absent: chance(0.05) }));
  const cols = [['座位号', (r) => r.seat], [pick(['姓名', '考生姓名']), (r) => d.name(r.p)], ['准考证号', (r) => d.dec('admission_ticket_no', r.zk)],
    [pick(['身份证号', '证件号码']), (r) => (full ? d.id(r.p) : d.mId(r.p))]];
  if (sign) cols.push([pick(['考生签名', '签名']), (r) => (r.absent ? '缺考' : '')]);
  if (chance(0.3)) cols.push(['备注', (r) => (r.absent ? '缺考' : '')]);
  if (chance(0.4)) cols.push([pick(['人脸核验时间', '身份核验时间']), (r) => (r.absent ? '' : d.dec('datetime', `${fdate(c.date, '-')} ${pad(ri(8, 9), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`))]);
  const pr = [genPerson(1965, 1995), genPerson(1965, 1995)];
  const main = genPerson(1960, 1985);
  return [`${c.year}年${c.half}${c.ex.t}`, pick(['考场座位表', '考生签到表', '考场座次表（贴于考场门口）']),
    `考点${d.c}${d.site(s)}    考场${d.c}${d.dec('exam_room', '第' + room + '考场')}    考场编号${d.c}${d.dec('exam_room_code', safe(() => pick(PROV2) + digits(4) + room))}`,
    `科目${d.c}${c.subj()}    考试时间${d.c}${d.dec('date', fdate(c.date))} ${pick(['09:00-11:20', '14:00-16:30'])}`,
    table(wpick([['fixed', 3], ['pipe', 1], ['tsv', 2]]), cols, rows),
    `应到 ${n} 人，实到 ${n - rows.filter((r) => r.absent).length} 人`,
    `监考员（签名）${d.c}${d.name(pr[0])}  ${d.name(pr[1])}      ${pick(['主考', '考点主考'])}${d.c}${d.name(main)}`].join('\n');
}

function gScoreReport(d) {
  const c = ctx(); const p = genPerson(c.y0, c.y1); const s = pickSchool(); const o = rdate(c.year + (c.half === '下半年' ? 1 : 0) > 2025 ? 2025 : c.year, 1, 12);
  const fullId = chance(0.6);
  if (c.ex.k === 'cet' || chance(0.3)) {
    const lvl = pick(['四级', '六级']); const l = ri(80, 248), r = ri(80, 248), w = ri(60, 213);
    return [`全国大学英语${lvl}考试（CET-${lvl === '四级' ? 4 : 6}）成绩报告单`, `姓名${d.c}${d.name(p)}`, `学校${d.c}${d.site(s)}`, `院系${d.c}${pick(DEPTS)}`,
      `证件号码${d.c}${fullId ? d.id(p) : d.mId(p)}`,
      `笔试 准考证号${d.c}${d.dec('admission_ticket_no', zkzh('cet', c.year))}`,
      `总分${d.c}${d.dec('score_total', String(l + r + w))}   听力 ${l}   阅读 ${r}   写作和翻译 ${w}`,
      `口试 准考证号${d.c}--   等级${d.c}--`,
      `成绩报告单编号${d.c}${d.dec('certificate_no', certNo('cet', c.year))}`,
      `${c.year}年${pick(['6', '12'])}月  教育部教育考试院`].join('\n');
  }
  const subs = c.ex.s.slice(0, ri(1, Math.min(4, c.ex.s.length)));
  return [`${c.ex.t}成绩通知单`, `${c.org[0]}`, '', `姓  名${d.c}${d.name(p)}    性别${d.c}${p.sex}`, `证件号码${d.c}${fullId ? d.id(p) : d.mId(p)}`,
    `准考证号${d.c}${d.dec('admission_ticket_no', zkzh(c.ex.k, c.year))}`, `考试年度${d.c}${c.year}年`,
    ...subs.map((x) => `  ${x}    ${ri(35, 98)}${pick(['', '.5'])}    ${pick(['合格', '合格', '不合格'])}`),
    chance(0.5) ? `证书编号${d.c}${d.dec('certificate_no', certNo(c.ex.k, c.year))}` : '',
    `查询日期${d.c}${d.dec('date', fdate(o))}`, `成绩复核申请电话${d.c}${d.orgTel(c.org[1])}`].filter(Boolean).join('\n');
}

function gScoreList(d) {
  const c = ctx(); const s = pickSchool(); const n = nrows(); const withId = chance(0.5); const withMob = chance(0.35);
  const rows = Array.from({ length: n }, () => ({ p: genPerson(1998, 2006), sn: studentNo(c.year), zk: zkzh('cet', c.year), t: ri(220, 650) }));
  const cols = [['学号', (r) => d.dec('student_no', r.sn)], ['姓名', (r) => d.name(r.p)], ['院系', () => pick(DEPTS)]];
  if (withId) cols.push(['身份证号', (r) => d.id(r.p)]);
  cols.push(['准考证号', (r) => d.dec('admission_ticket_no', r.zk)], ['总分', (r) => String(r.t)], ['听力', (r) => String(Math.round(r.t * 0.35))], ['阅读', (r) => String(Math.round(r.t * 0.35))]);
  if (withMob) cols.push(['联系电话', (r) => d.mob(r.p)]);
  cols.push(['是否过线', (r) => (r.t >= 425 ? '是' : '否')]);
  const tutor = genPerson(1980, 1996);
  return `${d.site(s)} ${pick(DEPTS)} ${c.year}年${c.half}英语${pick(['四', '六'])}级成绩汇总\n` + table(tfmt(), cols, rows) +
    `\n\n辅导员${d.c}${d.name(tutor)}  ${d.mob(tutor)}  ${chance(0.5) ? d.mail(tutor, s[1] || 'qq.com') : ''}\n注：本表仅供院内使用，请勿外传。`;
}

function gScoreQuery(d) {
  const c = ctx(); const p = genPerson(c.y0, c.y1); const v = ri(0, 2);
  const foot = `\n\n主办单位：${c.org[0]}  ${d.dec('icp_no', icp())}  ${d.dec('public_security_record', gwab())}\n咨询电话：${d.orgTel(c.org[1])}`;
  if (v === 0) {
    return `${c.ex.t}成绩查询\n查询条件\n准考证号：${d.dec('admission_ticket_no', zkzh(c.ex.k, c.year))}\n姓名：${d.name(p)}\n验证码：${ri(1000, 9999)}\n\n查询结果\n姓名　${d.name(p)}\n` +
      `证件号码　${d.mId(p)}\n${c.subj()}　${ri(40, 99)}\n${c.subj()}　${ri(40, 99)}\n状态　${pick(['合格', '成绩有效期内', '不合格'])}\n查询时间　${d.dec('datetime', fdt(rdate(c.year)))}` + foot;
  }
  if (v === 1) {
    const rs = Array.from({ length: ri(1, 4) }, () => `${c.subj()}  ${ri(40, 99)}  ${pick(['合格', '不合格'])}`);
    return `成绩查询结果\n姓名：${d.mName(p)}\n身份证号：${d.mId(p)}\n手机号：${d.mMob(p)}\n准考证号：${d.dec('admission_ticket_no', zkzh(c.ex.k, c.year))}\n` + rs.join('\n') +
      `\n成绩单编号：${d.dec('certificate_no', certNo(c.ex.k, c.year))}\n* 为保护个人隐私，部分信息已脱敏显示。` + foot;
  }
  return `机动车驾驶人考试预约结果查询\n姓名 ${d.mName(p)}\n身份证明号码 ${d.mId(p)}\n考试科目 ${pick(['科目一', '科目二', '科目三', '科目四'])}\n考试场地 ${pick(DRIVE_SITES)}\n` +
    `考试日期 ${d.dec('date', fdate(c.date, '-'))}\n成绩 ${pick(['90', '100', '80', '95'])} ${pick(['合格', '不合格'])}\n流水号 ${d.dec('drive_serial_no', zkzh('drive', c.year))}\n` +
    `交管12123 客服电话：${d.dec('hotline', '12123')}` + foot;
}

function gCertIssue(d) {
  const c = ctx(); const n = nrows(); const s = pickSchool(); const zkCol = chance(0.7);
  const rows = Array.from({ length: n }, () => { const m = wpick([['本人领取', 6], ['代领', 2], ['邮寄', 2]]); return { p: genPerson(c.y0, c.y1), cn: certNo(c.ex.k, c.year), m, proxy: m === '代领' ? genPerson(1960, 2000) : null, o: rdate(c.year) }; });
  const cols = [['序号', (r, i) => String(i + 1)], ['姓名', (r) => d.name(r.p)], [pick(['身份证号', '证件号码']), (r) => d.id(r.p)],
    ['证书编号', (r) => d.dec('certificate_no', r.cn)], ...(zkCol ? [['准考证号', (r) => d.dec('admission_ticket_no', zkzh(c.ex.k, c.year))]] : []), ['领取方式', (r) => r.m],
    [pick(['领取人', '代领人']), (r) => (r.proxy ? d.name(r.proxy) : r.m === '本人领取' ? '本人' : '')],
    [pick(['领取人电话', '联系电话']), (r) => (r.proxy ? d.mob(r.proxy) : d.mob(r.p))],
    ['领取日期', (r) => (r.m === '邮寄' ? '' : d.dec('date', fdate(r.o, '-')))], ['签字', () => '']];
  if (chance(0.3)) cols.splice(4, 0, ['代领人身份证号', (r) => (r.proxy ? d.id(r.proxy) : '')]);
  const clerk = genPerson(1970, 1995);
  return `${c.year}年${c.ex.t}证书发放登记表\n发放单位：${d.site(s)}  批次号：${d.dec('batch_no', batchNo(c.year))}\n` + table(tfmt(), cols, rows) +
    `\n经办人：${d.name(clerk)}  联系电话：${d.orgTel(c.org[1])}\n注：代领须出示考生身份证复印件及代领人身份证原件。`;
}

function gCertVerify(d) {
  const c = ctx(); if (c.ex.k === 'sydw') c.ex = EXAMS.find((e) => e.k === 'zyjn'); const v = ri(0, 3); const p = genPerson(1965, 2003);
  let idLine;
  if (v === 0) idLine = d.id(p);
  else if (v === 1) idLine = d.mId(p);
  else if (v === 2) { const r = genId15(p.sex); idLine = d.ent(D_ID, upgrade15(r), r); }
  else idLine = d.id(p, chance(0.3) ? 'lower' : 'plain');
  const old = v === 2; const y = old ? ri(2000, 2004) : c.year; const inst = genUscc('inst');
  const o = rdate(y);
  return [`${pick(['职业资格证书查询', '证书查验结果', '技能人员职业资格证书全国联网查询'])}`,
    `${pick(['姓名', '持证人'])}${d.c}${v === 1 ? d.mName(p) : d.name(p)}`, `性别${d.c}${p.sex}`, `${pick(['证件号码', '身份证号'])}${d.c}${idLine}`,
    `证书编号${d.c}${d.dec('certificate_no', certNo(old ? 'zyjn' : c.ex.k, y))}`,
    `${pick(['职业（工种）及等级', '资格名称', '证书名称'])}${d.c}${c.subj()}`, `发证日期${d.c}${d.dec('date', fdate(o))}`,
    `${pick(['发证机关', '评价机构', '发证单位'])}${d.c}${c.org[0]}${chance(0.6) ? `（统一社会信用代码：${d.uscc(inst)}）` : ''}`,
    `查验结论${d.c}${pick(['该证书信息真实有效。', '证书真实有效', '查询到1条记录'])}`,
    `查验编号${d.c}${d.dec('verification_no', safe(() => 'YZ' + ts14(rdate(2025, 1, 6)) + digits(4)))}`,
    `查验链接：https://zscx.example-osta.cn/verify?zsbh=${d.dec('verification_no', safe(() => digits(ri(12, 15)).replace(/^0/, '5')))}`].join('\n');
}

function gPayment(d) {
  const c = ctx(); const n = nrows(); const inst = genUscc('inst'); const mer = safe(() => '898' + pick(PROV2) + digits(10));
  const rows = Array.from({ length: n }, () => { const o = rdate(c.year, 1, 12); const way = wpick([['银联在线', 4], ['网银支付', 2], ['微信支付', 2], ['支付宝', 2]]); return { p: genPerson(c.y0, c.y1), o, way, ord: orderNo(o), txn: txnNo(o), amt: pick(['30.00', '50.00', '80.00', '100.00', '140.00', '200.00', '56.00']) }; });
  const cardCol = (r) => { if (r.way === '微信支付') return ''; if (r.way === '支付宝') return d.dec('masked_card', maskCard(genCard().no)); if (chance(0.15)) return d.dec('masked_card', maskCard(genCard().no)); return d.card(r.p, chance(0.85) ? 'plain' : 'sp4'); };
  const cols = [[pick(['商户订单号', '订单号', '缴费单号']), (r) => d.dec('order_no', r.ord)], [pick(['交易流水号', '支付流水号', '渠道流水号']), (r) => d.dec('transaction_no', r.txn)],
    [pick(['考生姓名', '付款人', '缴费人']), (r) => d.name(r.p)]];
  if (chance(0.7)) cols.push([pick(['身份证号', '证件号码']), (r) => d.id(r.p)]);
  cols.push(['支付方式', (r) => r.way], [pick(['付款卡号', '银行卡号', '支付账号']), cardCol], ['金额(元)', (r) => r.amt],
    ['交易时间', (r) => (chance(0.5) ? d.dec('datetime', fdt(r.o)) : d.dec('timestamp_ms', ts13(c.year)))], ['状态', () => pick(['成功', '成功', '成功', '已退款'])]);
  return `${c.org[0]} 报名费对账明细\n商户名称${d.c}${c.org[0]}    商户号${d.c}${d.dec('merchant_no', mer)}\n统一社会信用代码${d.c}${d.uscc(inst)}\n` +
    `对账日期${d.c}${d.dec('date', fdate(rdate(c.year), '-'))}  项目${d.c}${c.ex.t}\n` + table(tfmt(), cols, rows) + `\n合计笔数${d.c}${n}`;
}

function gRefund(d) {
  const c = ctx(); const o = rdate(c.year);
  if (chance(0.45)) {
    const p = genPerson(c.y0, c.y1); const other = chance(0.3) ? genPerson(1960, 1985) : null; const holder = other || p;
    const rel = pick(['父亲', '母亲']); if (other && rel === '父亲' && !p.min && !other.min) other.name = p.sur + other.given;
    if (!holder.card) holder.card = genCard();
    return [`${c.ex.t}报名费退费申请表`, `申请人${d.c}${d.name(p)}    性别${d.c}${p.sex}`, `身份证号${d.c}${d.id(p)}`, `手机${d.c}${d.mob(p)}`,
      chance(0.6) ? `电子邮箱${d.c}${d.mail(p)}` : '', `报名序号${d.c}${d.dec('registration_no', regNo(c.year))}`, `原缴费订单号${d.c}${d.dec('order_no', orderNo(o))}`,
      `退费原因${d.c}${pick(['重复缴费', '考试时间冲突，申请退考', '因疫情防控考试取消', '资格审核未通过', '系统扣款未报名成功'])}`, `退款金额${d.c}${pick(['50.00', '80.00', '120.00', '140.00'])}元`,
      '收款账户信息（须为申请人本人或直系亲属账户）', `户名${d.c}${d.name(holder)}${other ? `（${rel}）` : ''}`,
      `开户银行${d.c}${holder.card.bank}${pick(BRANCHES)}`, `银行卡号${d.c}${d.card(holder, pick(['plain', 'plain', 'sp4', 'dash4']))}`,
      `申请日期${d.c}${d.dec('date', fdate(o))}    申请人签字：`].filter(Boolean).join('\n');
  }
  const n = nrows(1, 50);
  const rows = Array.from({ length: n }, () => ({ p: genPerson(c.y0, c.y1), o: rdate(c.year) }));
  const cols = [['序号', (r, i) => String(i + 1)], ['报名序号', () => d.dec('registration_no', regNo(c.year))], ['姓名', (r) => d.name(r.p)], ['身份证号', (r) => d.id(r.p)]];
  if (chance(0.6)) cols.push(['联系电话', (r) => d.mob(r.p)]);
  cols.push([pick(['退款卡号', '收款账号', '银行卡号']), (r) => d.card(r.p)], ['开户行', (r) => r.p.card.bank + pick(BRANCHES)],
    ['原订单号', (r) => d.dec('order_no', orderNo(r.o))], ['退款流水号', (r) => d.dec('transaction_no', txnNo(r.o))], ['退款金额', () => pick(['50.00', '80.00', '140.00'])]);
  const maker = genPerson(1970, 1995), checker = genPerson(1965, 1990);
  return `${c.org[0]}${c.year}年${c.ex.t}退费汇总表（第${ri(1, 9)}批）\n` + table(tfmt(), cols, rows) + `\n制表：${d.name(maker)}  复核：${d.name(checker)}  日期：${d.dec('date', fdate(o))}`;
}

function gQualNotice(d) {
  const c = ctx(); const v = ri(0, 2); const n = nrows(); const o = rdate(c.year);
  const rows = Array.from({ length: n }, () => ({ p: genPerson(1985, 2003), bm: regNo(c.year), pos: safe(() => `${c.year}${pad(ri(1, 999), 3)}${pad(ri(1, 99), 2)}`), ok: chance(v === 2 ? 0.3 : 0.85) }));
  const head = `关于${c.year}年${pick(['公开招聘工作人员', c.ex.t, '教师资格认定', '专业技术人员职业资格'])}资格审核结果的公示`;
  const body = `根据有关规定，现将${c.year}年${c.half}资格审核结果予以公示，公示期为${ri(3, 7)}个工作日（${d.dec('date', fdate(o, '年'))}至${d.dec('date', fdate(addDays(o, ri(5, 9)), '年'))}）。\n公示期间如有异议，请以书面形式向${c.org[0]}反映。\n联系电话：${d.orgTel(c.org[1])}    监督电话：${d.orgTel(c.org[1])}`;
  const signer = genPerson(1962, 1980);
  if (v === 0) {
    const cols = [['序号', (r, i) => String(i + 1)], ['报名序号', (r) => d.dec('registration_no', r.bm)], ['姓名', (r) => d.mName(r.p)], ['身份证号', (r) => d.mId(r.p)],
      ['报考岗位代码', (r) => d.dec('position_code', r.pos)], ['审核结果', (r) => (r.ok ? '通过' : '不通过')]];
    return `${head}\n${docNo(o, c.year)}\n${body}\n\n附件：资格审核结果名单\n${table(wpick([['pipe', 1], ['fixed', 2], ['html', 1]]), cols, rows)}\n\n${c.org[0]}\n${fdate(o, '年')}`;
  }
  if (v === 1) {
    const cols = [['序号', (r, i) => String(i + 1)], ['姓名', (r) => d.name(r.p)], ['性别', (r) => r.p.sex], ['身份证号', (r) => d.mId(r.p)],
      ['报考岗位', (r) => d.dec('position_code', r.pos)], ['审核结果', (r) => (r.ok ? '通过' : '不通过')]];
    return `${head}\n${body}\n\n${table(wpick([['pipe', 1], ['fixed', 2], ['tsv', 1]]), cols, rows)}\n\n${c.org[0]}\n${fdate(o, '年')}`;
  }
  const auditor = genPerson(1970, 1995);
  const cols = [['报名序号', (r) => d.dec('registration_no', r.bm)], ['姓名', (r) => d.name(r.p)], ['身份证号', (r) => d.id(r.p)], ['手机', (r) => d.mob(r.p)],
    ['审核结果', (r) => (r.ok ? '通过' : '不通过')], ['不通过原因', (r) => (r.ok ? '' : pick(['学历不符合岗位要求', '专业不符', '年龄超出限制', '未上传学位证书', '照片不合格']))], ['审核人', () => auditor.name]];
  d.name(auditor);
  return `【内部】${c.year}年资格审核明细（含不通过原因）\n${pick(['公示稿：', '（本表不公开，对外公示稿如下）', '附：公示正文'])}\n${body}\n${table(tfmt(), cols, rows)}\n审核负责人：${d.name(signer)}  ${d.mob(signer)}`;
}

function gProctorRoster(d) {
  const c = ctx(); const s = pickSchool(); const n = nrows(3, 60); const dom = s[1] || pick(['qq.com', '163.com']);
  const roles = ['主考', '副主考', '巡考员', '考务员', '保密员', '监考员', '监考员', '监考员', '监考员', '监考员'];
  const rows = Array.from({ length: n }, (_, i) => ({ p: genPerson(1962, 1998), role: i < roles.length ? roles[i] : '监考员', room: i >= 5 ? pad(ri(1, 60), 3) : '', mailit: chance(0.5) }));
  const jk = pick(['JK', 'KW', 'JKZ']) + pad(c.year % 100, 2);
  const cols = [['序号', (r, i) => String(i + 1)], [pick(['监考证号', '工作证编号']), (r, i) => d.dec('proctor_card_no', `${jk}-${pad(ri(1, 9) * 1000 + i + 1, 4)}`)], ['姓名', (r) => d.name(r.p)], ['性别', (r) => r.p.sex], [pick(['工作单位', '所在部门']), () => pick(DEPTS)],
    [pick(['考务职务', '岗位', '职务']), (r) => r.role], ['考场', (r) => (r.room ? d.dec('exam_room', '第' + r.room + '考场') : '')], [pick(['手机', '联系电话', '手机号']), (r) => d.mob(r.p)]];
  if (chance(0.5)) cols.push([pick(['邮箱', 'Email']), (r) => (r.mailit ? d.mail(r.p, dom) : '')]);
  if (chance(0.25)) cols.push(['身份证号', (r) => d.id(r.p)]);
  if (chance(0.35)) { const area = c.org[1]; cols.push(['办公电话', () => (chance(0.6) ? d.orgTel(area) : '')]); }
  if (chance(0.6)) cols.splice(2, 0, ['工号', () => d.dec('staff_no', staffNo())]);
  return `${d.site(s)}考点 ${c.year}年${c.half}${c.ex.t} 考务工作人员安排表\n考试日期：${d.dec('date', fdate(c.date))}  ` +
    `考点办公室：${d.orgTel(c.org[1])}\n` + table(tfmt(), cols, rows) +
    `\n请全体考务人员于考前${pick(['60', '90'])}分钟到考点办公室签到领取监考证。考务邮箱：${d.roleMail(pick(['kaowu', 'kwb', 'exam', 'kwc']), dom)}`;
}

function gProctorPay(d) {
  const c = ctx(); const s = pickSchool(); const n = nrows(2, 80); const rate = pick([100, 120, 150, 200, 240]);
  const rows = Array.from({ length: n }, () => ({ p: genPerson(1962, 1998), k: ri(1, 4), sn: staffNo(), room: pad(ri(1, 90), 3) }));
  const jk = pick(['JK', 'KW']) + pad(c.year % 100, 2);
  const cols = [['序号', (r, i) => String(i + 1)], [pick(['监考证号', '考务证号']), (r, i) => d.dec('proctor_card_no', `${jk}${pad(ri(1, 9) * 1000 + i + 1, 4)}`)]];
  if (chance(0.75)) cols.push(['工号', (r) => d.dec('staff_no', r.sn)]);
  cols.push(['姓名', (r) => d.name(r.p)], [pick(['身份证号', '身份证号码', '证件号码']), (r) => d.id(r.p)],
    [pick(['银行卡号', '工资卡号', '收款卡号', '卡号']), (r) => d.card(r.p, chance(0.8) ? 'plain' : 'sp4')], ['开户行', (r) => r.p.card.bank + (chance(0.5) ? pick(BRANCHES) : '')]);
  if (chance(0.35)) cols.push(['手机', (r) => d.mob(r.p)]);
  cols.push(['职务', () => pick(['监考员', '监考员', '巡考员', '考务员', '副主考'])], ['考场', (r) => d.dec('exam_room', '第' + r.room + '考场')], ['场次', (r) => String(r.k)], ['标准(元/场)', () => String(rate)], ['金额', (r) => (r.k * rate).toFixed(2)], ['签字', () => '']);
  const maker = genPerson(1970, 1995); const boss = genPerson(1960, 1980);
  return `${c.year}年${c.half}${c.ex.t}监考劳务费发放明细表\n单位：${d.site(s)}    ${d.dec('doc_no', docNo(c.date, c.year))}\n` + table(tfmt(), cols, rows) +
    `\n合计：${rows.reduce((a, r) => a + r.k * rate, 0).toFixed(2)}元\n制表人：${d.name(maker)}    审核人：${d.name(boss)}    财务联系电话：${d.orgTel(c.org[1])}`;
}

function rfcDate(o) { const wd = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(Date.UTC(o.y, o.m - 1, o.d)).getUTCDay()]; const mn = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][o.m - 1]; return `${wd}, ${o.d} ${mn} ${o.y} ${hms()} +0800`; }
function gEmail(d) {
  const c = ctx(); const v = wpick([['single', 5], ['bulk', 3], ['reply', 3]]); const o = rdate(c.year); const role = pick(['kaowu', 'noreply', 'bmzx', 'ksfw', 'cert']);
  const from = d.roleMail(role, c.org[2]);
  const mid = d.dec('message_id', `${ts14(o)}.${digits(6)}@mail.${c.org[2]}`);
  const hdr = (to, subj) => `From: "${c.org[0]}" <${from}>\nTo: ${to}\nSubject: ${subj}\nDate: ${rfcDate(o)}\nMessage-ID: <${mid}>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n`;
  if (v === 'single') {
    const p = genPerson(c.y0, c.y1); const nm = d.name(p);
    return hdr(`${chance(0.6) ? `"${nm}" ` : ''}<${d.mail(p)}>`, `【${c.ex.t}】${pick(['准考证打印通知', '报名审核通过通知', '成绩发布通知', '证书领取通知'])}`) +
      `${nm}${pick(['同学', '考生', '', '女士/先生'])}：\n  您好！您报名的${c.year}年${c.half}${c.ex.t}（${c.subj()}）已审核通过，准考证号为 ${d.dec('admission_ticket_no', zkzh(c.ex.k, c.year))}。\n` +
      `  请于${d.dec('date', fdate(c.date, '年'))}前登录报名系统打印准考证。考点：${d.site(pickSchool())}。\n  报名时预留手机号 ${d.mMob(p)}，证件号码 ${d.mId(p)}，如信息有误请及时联系。\n` +
      `  咨询电话：${d.orgTel(c.org[1])}（工作日 9:00-17:00）\n\n${c.org[0]}\n${fdate(o, '年')}\n\n-- \n本邮件由系统自动发送，请勿直接回复。`;
  }
  if (v === 'bulk') {
    const n = nrows(2, 60); const ps = Array.from({ length: n }, () => genPerson(c.y0, c.y1));
    const list = ps.map((p) => (chance(0.3) ? `${d.name(p)} <${d.mail(p)}>` : d.mail(p))).join(pick([', ', ';\n ', ', ']));
    return `From: "${c.org[0]}" <${from}>\nTo: undisclosed-recipients:;\nBcc: ${list}\nSubject: 关于${c.year}年${c.ex.t}考点调整的通知\nDate: ${rfcDate(o)}\nMessage-ID: <${mid}>\n\n各位考生：\n  因${pick(['考点施工', '场地安排', '防疫要求'])}，原${d.site(pickSchool())}考点调整至${d.site(pickSchool())}，考试时间不变（${d.dec('date', fdate(c.date))}）。请重新打印准考证。\n咨询电话：${d.orgTel(c.org[1])}，服务热线：${d.dec('hotline', hotline())}`;
  }
  const p = genPerson(c.y0, c.y1); const nm = d.name(p);
  const body = `老师您好：\n  我是${c.year}年${c.ex.t}考生${nm}，身份证号${pick(['', '：', ' '])}${d.id(p)}，手机${pick(['', '：', ' '])}${d.mob(p, mobStyle())}。报名时邮箱填错了，` +
    `原邮箱是 ${d.mail(p)}，能否帮忙修改？报名序号 ${d.dec('registration_no', regNo(c.year))}。\n${chance(0.4) ? `  另：缴费时扣款两次，扣款银行卡 ${d.card(p)}，麻烦核实退一笔。\n` : ''}  谢谢！\n${nm}\n${fdate(o, '-')}`;
  const newMail = emailOf({ ...p, email: null }, pick(['163.com', 'qq.com', 'outlook.com']));
  return `From: ${nm} <${d.ent(D_MAIL, newMail.value, newMail.display)}>\nTo: ${from}\nSubject: Re: 【${c.ex.t}】报名信息修改\nDate: ${rfcDate(o)}\nMessage-ID: <${mid}>\nIn-Reply-To: <${d.dec('message_id', `${ts14(o)}.${digits(6)}@mail.${c.org[2]}`)}>\n\n` + body;
}

function gSms(d) {
  const c = ctx(); const n = nrows(); const sig = `【${c.org[0]}】`; const tpl = d.dec('sms_template_id', 'SMS_' + ri(100000000, 299999999));
  const rows = Array.from({ length: n }, () => ({ p: genPerson(c.y0, c.y1), o: rdate(c.year), biz: safe(() => digits(18).replace(/^0/, '9') + '^0') }));
  const content = (r) => {
    const nm = d.name(r.p); const t = ri(0, 3);
    if (t === 0) return `${sig}${nm}，您好！您已成功报名${c.ex.t}，报名序号${d.dec('registration_no', regNo(c.year))}，请于${d.dec('date', fdate(c.date, '年'))}前完成缴费。退订回T`;
    if (t === 1) return `${sig}${nm}考生：您的准考证号为${d.dec('admission_ticket_no', zkzh(c.ex.k, c.year))}，考点${d.site(pickSchool())}，请提前打印准考证。`;
    if (t === 2) return `${sig}尊敬的${nm}，您${c.year}年${c.subj()}成绩已发布，请登录官网查询。咨询${d.orgTel(c.org[1])}`;
    return `${sig}${nm}，您的证书（编号${d.dec('certificate_no', certNo(c.ex.k, c.year))}）已寄出，快递单号${d.dec('express_no', sfExpress())}。`;
  };
  const cols = [['发送时间', (r) => d.dec('datetime', fdt(r.o))], [pick(['手机号码', '接收号码', '手机号']), (r) => d.mob(r.p)], ['短信内容', content],
    ['状态', () => pick(['发送成功', '发送成功', '发送成功', '失败:用户停机'])], [pick(['回执ID', 'BizId']), (r) => d.dec('sms_biz_id', r.biz)], ['模板', () => tpl]];
  return `短信发送记录导出 ${d.dec('timestamp_ms', ts13(c.year))}\n` + table(wpick([['csv', 3], ['tsv', 2]]), cols, rows);
}

function gOcrForm(d) {
  const c = ctx(); const p = genPerson(c.y0, c.y1); const s = pickSchool(); const ec = genPerson(1955, 1985); const land = genLand();
  const sp = chance(0.35); const nraw = sp && !p.min ? p.name.split('').join(' ') : p.name;
  const idSt = wpick([['plain', 6], ['group', 2], ['fw', 1], ['lower', 1]]);
  const L = (x) => (chance(0.5) ? x.split('').join(' ') : x) + pick(['：', ':', ' ', '|', ' | ']);
  const reviewer = genPerson(1965, 1995);
  const lines = [`${c.year}年${c.ex.t}报名表`, `报名序号${d.c}${d.dec('registration_no', regNo(c.year))}`,
    `${L('姓名')}${d.name(p, nraw)}   ${L('性别')}${p.sex}   ${pick(['[照 片]', '照\n片', '（贴近期免冠彩色照片）', '|      |\n|  照  |\n|  片  |'])}`,
    `${L('出生日期')}${p.id.slice(6, 10)}年${p.id.slice(10, 12)}月   ${L('民族')}${p.min ? pick(['维吾尔族', '藏族', '蒙古族']) : '汉'}`,
    `${L('身份证号')}${d.id(p, idSt)}`, `${L('家庭住址')}${addr()}`,
    `${L('联系电话')}${d.mob(p, chance(0.2) ? 'fw' : mobStyle())}   ${L('固定电话')}${d.land(land)}`];
  if (chance(0.7)) lines.push(`${L('电子邮箱')}${d.mail(p)}`);
  if (chance(0.5)) lines.push(`${L('工作单位')}${d.site(pickSchool())}   ${L('单位电话')}${d.orgTel()}`);
  else lines.push(`${L('毕业院校')}${d.site(s)}   学历：${pick(['本科', '大专', '硕士研究生'])}`);
  lines.push(`${L('报考科目')}${c.subj()}`, `${L('紧急联系人')}${d.name(ec)}（${pick(['父亲', '母亲', '配偶', '兄'])}）  ${L('电话')}${d.mob(ec, mobStyle())}`,
    '本人承诺以上信息真实有效。', `本人签名：${d.name(p)}    日期：${d.dec('date', fdate(rdate(c.year), pick(['年', '-'])))}`,
    `审核意见：${pick(['同意', '符合报考条件', '材料齐全'])}    审核人：${d.name(reviewer)}`, pick([() => '', () => '第 1 页', () => '扫描件 ' + d.dec('scan_file', `SCAN_${ts14(rdate(c.year))}_${pad(ri(1, 999), 4)}.pdf`)])());
  return lines.join('\n');
}

function gApiJson(d) {
  const c = ctx(); const n = nrows(1, 40); const set = chance(0.5);
  const list = Array.from({ length: n }, () => {
    const p = genPerson(c.y0, c.y1); const o = rdate(c.year);
    const it = set ? { bmxh: d.dec('registration_no', regNo(c.year)), xm: d.name(p), xb: p.sex === '男' ? '1' : '2', sfzh: d.id(p), sjhm: d.mob(p, 'plain') }
      : { regNo: d.dec('registration_no', regNo(c.year)), candidateName: d.name(p), gender: p.sex === '男' ? 'M' : 'F', idCardNo: d.id(p), mobile: d.mob(p, chance(0.1) ? 'p86n' : 'plain') };
    if (chance(0.7)) it[set ? 'dzyx' : 'email'] = d.mail(p);
    it[set ? 'bkkm' : 'subject'] = c.subj(); it[set ? 'kdmc' : 'siteName'] = d.site(pickSchool());
    if (chance(0.75)) it[set ? 'zkzh' : 'admissionNo'] = d.dec('admission_ticket_no', zkzh(c.ex.k, c.year));
    it[set ? 'cjsj' : 'createTime'] = +d.dec('timestamp_ms', ts13(c.year));
    if (chance(0.3)) it[set ? 'zpdz' : 'photoUrl'] = `https://oss.example-exam.cn/photo/${c.year}/${d.id(p)}.jpg`;
    if (chance(0.5)) it.payOrderNo = d.dec('order_no', orderNo(o));
    it[set ? 'jfzt' : 'payStatus'] = pick([0, 1, 1, 2]);
    return it;
  });
  const obj = { code: chance(0.5) ? 0 : 200, msg: 'success', data: { pageNum: 1, pageSize: pick([20, 50, 100]), total: n, records: list }, traceId: d.dec('trace_id', [...Array(32)].map(() => pick('0123456789abcdef'.split(''))).join('')), timestamp: +d.dec('timestamp_ms', ts13(c.year)) };
  if (chance(0.4)) obj.data.avatarDefault = '/static/img/' + d.dec('asset_filename_at', 'avatar@2x.png');
  return JSON.stringify(obj, null, chance(0.6) ? 2 : 0);
}

function gDriveAppt(d) {
  const c = ctx(); const n = nrows(); const internal = chance(0.65); const site = pick(DRIVE_SITES); const subj = pick(['科目一', '科目二', '科目三', '科目三安全文明常识']);
  const coaches = Array.from({ length: ri(1, 4) }, () => genPerson(1965, 1995));
  const rows = Array.from({ length: n }, () => ({ p: genPerson(1965, 2006), ls: zkzh('drive', c.year), da: certNo('drive', c.year), sch: pick(DRIVE_SCHOOLS), co: pick(coaches), pl: plate() }));
  const cols = [['序号', (r, i) => String(i + 1)], ['预约流水号', (r) => d.dec('drive_serial_no', r.ls)],
    ['姓名', (r) => (internal ? d.name(r.p) : d.mName(r.p))], ['身份证明号码', (r) => (internal ? d.id(r.p) : d.mId(r.p))]];
  if (internal) {
    cols.push(['联系电话', (r) => d.mob(r.p)], ['档案编号', (r) => d.dec('drive_file_no', r.da)], ['驾校', (r) => r.sch], ['准驾车型', () => pick(['C1', 'C1', 'C2', 'B2', 'A2'])]);
    if (subj !== '科目一') cols.push(['教练员', (r) => d.name(r.co)], ['教练电话', (r) => d.mob(r.co)], ['教练车', (r) => d.dec('vehicle_plate', r.pl)]);
  } else cols.push(['驾校', (r) => r.sch], ['预约结果', () => pick(['预约成功', '预约成功', '未预约成功'])]);
  const sch = genUscc('co');
  return `${DRIVE_CITY[site]}公安局交通管理局车辆管理所\n${internal ? '驾校考试预约名单（内部）' : '考试预约结果公示'}\n考场：${site}  科目：${subj}  考试日期：${d.dec('date', fdate(c.date, '-'))} ${pick(['上午', '下午'])}\n` +
    table(tfmt(), cols, rows) + (internal ? `\n报送单位：${pick(DRIVE_SCHOOLS)}（统一社会信用代码 ${d.uscc(sch)}）  联系电话：${d.orgTel()}` : `\n咨询电话：${d.dec('hotline', '12123')}  ${d.orgTel()}`);
}

function gCertMail(d) {
  const c = ctx(); const n = nrows(1, 60);
  const rows = Array.from({ length: n }, () => { const p = genPerson(c.y0, c.y1); return { p, rcv: chance(0.25) ? genPerson(1960, 1990) : p, cn: certNo(c.ex.k, c.year), ex: sfExpress() }; });
  const cols = [['序号', (r, i) => String(i + 1)], ['考生姓名', (r) => d.name(r.p)], ['证书编号', (r) => d.dec('certificate_no', r.cn)],
    ['收件人', (r) => d.name(r.rcv)], ['收件人电话', (r) => (chance(0.12) ? d.land(genLand()) : d.mob(r.rcv))], ['收件地址', () => addr()], ['快递单号', (r) => d.dec('express_no', r.ex)]];
  if (chance(0.3)) cols.splice(2, 0, ['身份证号', (r) => d.id(r.p)]);
  return `${c.year}年${c.ex.t}证书邮寄清单  批次：${d.dec('batch_no', batchNo(c.year))}\n寄件单位：${c.org[0]}  寄件电话：${d.orgTel(c.org[1])}\n` + table(tfmt(), cols, rows);
}

function gSysLog(d) {
  const c = ctx(); const n = nrows(4, 60); const lines = []; const admin = genPerson(1975, 1995);
  for (let i = 0; i < n; i++) {
    const o = rdate(c.year, 3, 5); const t = `${fdate(o, '-')} ${hms()}.${pad(ri(0, 999), 3)}`; const p = genPerson(c.y0, c.y1); const k = ri(0, 6);
    const th = `[http-nio-8080-exec-${ri(1, 200)}]`;
    if (k === 0) lines.push(`${t} INFO  ${th} c.e.bm.web.RegisterController - submit ok bmxh=${d.dec('registration_no', regNo(c.year))} xm=${d.name(p)} sfzh=${d.id(p)} sjhm=${d.mob(p, 'plain')} ip=10.${ri(0, 255)}.${ri(0, 255)}.${ri(1, 254)}`);
    else if (k === 1) lines.push(`${t} WARN  ${th} c.e.bm.service.CandidateService - duplicate idCard=${d.id(p)} existing regNo=${d.dec('registration_no', regNo(c.year))}`);
    else if (k === 2) lines.push(`${t} DEBUG [sms-pool-${ri(1, 8)}] c.e.notify.SmsSender - send to=${d.mMob(p)} template=SMS_${ri(100000000, 299999999)} bizId=${d.dec('sms_biz_id', safe(() => digits(18).replace(/^0/, '8') + '^0'))}`);
    else if (k === 3) { const oo = rdate(c.year); lines.push(`${t} INFO  [pay-callback] c.e.pay.NotifyHandler - out_trade_no=${d.dec('order_no', orderNo(oo))} transaction_id=${d.dec('transaction_no', txnNo(oo))} total_fee=${pick([5000, 8000, 14000])} ts=${d.dec('timestamp_ms', ts13(c.year))}`); }
    else if (k === 4) lines.push(`${t} INFO  ${th} c.e.bm.web.ProfileController - update email user=${d.mob(p, 'plain')} new=${d.mail(p)} by=${admin.spy}${admin.gpy.map((x) => x[0]).join('')}`);
    else if (k === 5) lines.push(`${t} ERROR ${th} c.e.bm.ocr.IdCardOcr - ocr mismatch name=${d.name(p)} expect=${d.mId(p)} traceId=${d.dec('trace_id', safe(() => digits(19).replace(/^0/, '7') + 'a'))}`);
    else lines.push(`${t} INFO  ${th} c.e.bm.web.AdmitController - print admission zkzh=${d.dec('admission_ticket_no', zkzh(c.ex.k, c.year))} reqTime=${d.dec('timestamp_ms', ts13(c.year))}`);
  }
  return lines.join('\n');
}

function gCertApply(d) {
  const c = ctx(); const p = genPerson(1970, 2002); const emp = genUscc('co'); const train = genUscc('co'); const hr = genPerson(1970, 1995);
  const ex = EXAMS.find((e) => e.k === 'zyjn');
  return [`职业技能等级认定申报表`, `申报职业（工种）${d.c}${pick(ex.s)}`, `姓名${d.c}${d.name(p)}    性别${d.c}${p.sex}    文化程度${d.c}${pick(['高中', '中专', '大专', '本科'])}`,
    `身份证号${d.c}${d.id(p)}`, `手机号码${d.c}${d.mob(p)}`, chance(0.7) ? `电子邮箱${d.c}${d.mail(p)}` : '',
    `工作单位${d.c}${pick(['南京', '苏州', '杭州', '武汉'])}${pick(['恒达', '新源', '华辰', '卓越'])}${pick(['物业管理', '机电工程', '家政服务', '餐饮管理'])}有限公司`,
    `单位统一社会信用代码${d.c}${d.uscc(emp)}`, `单位联系人${d.c}${d.name(hr)}    联系电话${d.c}${d.orgTel()}`,
    `从事本职业年限${d.c}${ri(1, 20)}年`, chance(0.6) ? `原证书编号${d.c}${d.dec('certificate_no', certNo('zyjn', c.year - ri(2, 6)))}` : '原证书编号：无',
    `培训机构${d.c}${pick(['江苏', '浙江', '湖北'])}${pick(['技工', '职业'])}培训学校（${d.uscc(train)}）`,
    `申报日期${d.c}${d.dec('date', fdate(rdate(c.year)))}`, `受理编号${d.c}${d.dec('application_no', safe(() => 'SL' + c.year + digits(8)))}`].filter(Boolean).join('\n');
}

function gSpecialNeeds(d) {
  const c = ctx(); const p = genPerson(c.y0, c.y1); const g = genPerson(1960, 1985); const withId = chance(0.6);
  const dis = p.id + ri(1, 7) + ri(1, 4);
  const disRaw = withId ? d.id(p) && dis : d.dc(D_ID, p.id, p.id) && dis;
  return [`${c.year}年${c.ex.t}残疾人考生合理便利申请表`, `考生姓名${d.c}${d.name(p)}    性别${d.c}${p.sex}`,
    withId ? `身份证号${d.c}${d.id(p)}` : '', `残疾人证号${d.c}${disRaw}`, `残疾类别及等级${d.c}${pick(['视力残疾二级', '肢体残疾三级', '听力残疾一级', '视力残疾一级'])}`,
    `报名序号${d.c}${d.dec('registration_no', regNo(c.year))}`, `申请便利${d.c}${pick(['使用大字号试卷、延长考试时间30分钟', '携带助听器、使用轮椅', '安排一楼考场、允许陪同人员'])}`,
    `联系电话${d.c}${d.mob(p)}`, `监护人/陪同人${d.c}${d.name(g)}   电话${d.c}${d.mob(g)}`, `申请日期${d.c}${d.dec('date', fdate(rdate(c.year)))}`].filter(Boolean).join('\n');
}

function gIelts(d) {
  const c = ctx(); const n = nrows(1, 50); const test = pick(['雅思考试（IELTS）', '托福考试（TOEFL iBT）', 'GRE普通考试']); const cen = pick(['南京', '上海', '北京', '杭州', '武汉', '成都']);
  const rows = Array.from({ length: n }, () => { const t = wpick([['pp', 7], ['hk', 1], ['id', 2]]); return { p: genPerson(1988, 2007), t, doc: t === 'pp' ? genPassport() : t === 'hk' ? genHkPermit() : null, o: rdate(c.year), reg: zkzh('ielts', c.year).replace('IELTS', test.startsWith('雅思') ? 'IELTS' : test.startsWith('托福') ? 'TOEFL' : 'GRE') }; });
  const docCell = (r) => (r.t === 'pp' ? d.ent(D_PASS, r.doc) : r.t === 'hk' ? d.dc(D_PASS, r.doc) : d.id(r.p));
  const cols = [['报名号', (r) => d.dec('registration_no', r.reg)], ['中文姓名', (r) => d.name(r.p)], ['英文姓名', (r) => `${r.p.spy.toUpperCase()} ${r.p.gpy.join('').toUpperCase()}`.trim()],
    ['证件类型', (r) => ({ pp: '护照', hk: '往来港澳通行证', id: '居民身份证' })[r.t]], [pick(['证件号码', '护照号/证件号']), docCell],
    ['出生日期', (r) => `${r.p.id.slice(6, 10)}-${r.p.id.slice(10, 12)}-${r.p.id.slice(12, 14)}`], ['手机', (r) => d.mob(r.p)], ['邮箱', (r) => d.mail(r.p)],
    ['考试日期', (r) => d.dec('date', fdate(c.date, '-'))], [pick(['TRF号', '成绩单号']), (r) => d.dec('test_report_no', `${pad(c.year % 100, 2)}CN${pad(ri(1, 999999), 6)}${r.p.spy.slice(0, 3).toUpperCase()}${pad(ri(1, 999), 3)}${pick(['A', 'B', 'C', 'U'])}`)],
    ['订单号', (r) => d.dec('order_no', orderNo(r.o))], ['考点', () => `${cen}${pick(['外国语大学考点', '考试中心', '国际会展考点'])}`]];
  return `${test} ${cen}考点 ${c.year}年${c.date.m}月考生名单\n` + table(tfmt(), cols, rows) + `\n考点咨询：${d.orgTel()}  ${d.roleMail(pick(['ielts', 'toefl', 'testcentre']), pick(['bfsu.edu.cn', 'neea.cn', 'shisu.edu.cn']))}`;
}

const KINDS = [['reg_export', 40, gRegExport], ['reg_html', 14, gRegHtml], ['admit_card', 24, gAdmitCard], ['seat_chart', 18, gSeatChart],
  ['score_report', 12, gScoreReport], ['score_list', 12, gScoreList], ['score_query', 20, gScoreQuery], ['cert_issue', 14, gCertIssue],
  ['cert_verify', 16, gCertVerify], ['payment', 20, gPayment], ['refund', 14, gRefund], ['qual_notice', 24, gQualNotice],
  ['proctor_roster', 14, gProctorRoster], ['proctor_pay', 14, gProctorPay], ['email_msg', 20, gEmail], ['sms_log', 14, gSms],
  ['ocr_form', 16, gOcrForm], ['api_json', 16, gApiJson], ['drive_appt', 16, gDriveAppt], ['cert_mail', 10, gCertMail],
  ['sys_log', 12, gSysLog], ['cert_apply', 10, gCertApply], ['special_needs', 8, gSpecialNeeds], ['ielts_reg', 10, gIelts]];

// ================================================================= checks
const VALID = {
  [D_ID]: (v) => isValidId(v), [D_MOB]: (v) => /^1[3-9]\d{9}$/.test(v) && ALLOC.test(v), [D_LAND]: (v) => /^0\d{9,11}$/.test(v) && (AREA_LEN[v.slice(0, 3)] === v.length - 3 || AREA_LEN[v.slice(0, 4)] === v.length - 4),
  [D_MAIL]: (v) => /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(v), [D_CARD]: (v) => /^\d{16,19}$/.test(v) && luhnOk(v),
  [D_USCC]: (v) => isValidUscc(v), [D_PASS]: (v) => /^[A-Z]{1,2}\d{7,8}$/.test(v) && v.length === 9, [D_NAME]: (v) => /^[\u4e00-\u9fa5·]{2,16}$/.test(v),
};
const digitsOnly = (s) => s.replace(/\D/g, '');
function finalize(d, text) {
  for (const k of d.D.keys()) if (d.E.has(k)) d.D.delete(k);
  const labs = [...d.E.values(), ...d.D.values()];
  const vals = labs.map((l) => l.value); const raws = d.raws.map((r) => r[2]);
  // drop decoys that collide with labelled values (short codes inside an ID, a place name containing a name, ...)
  for (const [t] of d.X) {
    const tl = t.toLowerCase(); const td = digitsOnly(t);
    if (vals.some((v) => tl.includes(v.toLowerCase()) || (v.length >= 10 && /^\d+X?$/.test(v) && td.includes(v))) || raws.some((r) => r.includes(t) || t.includes(r))) d.X.delete(t);
  }
  return check(d, text);
}
function check(d, text) {
  const errs = [];
  const labs = [...d.E.values(), ...d.D.values()];
  for (const l of labs) if (!VALID[l.detector] || !VALID[l.detector](l.value)) errs.push(`invalid ${l.detector} value ${l.value}`);
  for (const [det, v, raw] of d.raws) if (!text.includes(raw)) errs.push(`raw form missing ${det} ${v} ${JSON.stringify(raw)}`);
  const vals = labs.map((l) => l.value);
  for (const x of d.X.values()) {
    if (!text.includes(x.text)) errs.push(`decoy missing ${x.text}`);
    if (vals.some((v) => x.text.toLowerCase().includes(v.toLowerCase()))) errs.push(`decoy contains label ${x.text}`);
  }
  for (const k of d.E.keys()) if (d.D.has(k)) errs.push(`entity also dontCare ${k}`);
  // completeness lint: every checksum-valid / allocated value standing alone in the text must be labelled
  const has = (det, v) => d.E.has(det + '\u0000' + v) || d.D.has(det + '\u0000' + v);
  for (const m of text.matchAll(/(?<!\d)(\d{17}[\dXx])(?![\dXx])/g)) { const v = m[1].toUpperCase(); if (isValidId(v) && !has(D_ID, v)) errs.push(`unlabelled id ${v}`); }
  for (const m of text.matchAll(/(?<!\d)(\d{15})(?!\d)/g)) if (legacyPlausible(m[1]) && !has(D_ID, upgrade15(m[1]))) errs.push(`unlabelled legacy id ${m[1]}`);
  for (const m of text.matchAll(/(?<!\d)(1[3-9]\d{9})(?!\d)/g)) if (ALLOC.test(m[1]) && !has(D_MOB, m[1])) errs.push(`unlabelled mobile ${m[1]}`);
  for (const m of text.matchAll(/(?<!\d)(\d{16,19})(?![\dXx])/g)) if (luhnOk(m[1]) && !has(D_CARD, m[1]) && !vals.some((v) => v.includes(m[1]))) errs.push(`unlabelled card-like ${m[1]}`);
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g)) {
    const v = m[0].toLowerCase(); if (!has(D_MAIL, v) && ![...d.X.values()].some((x) => x.text.includes(m[0]))) errs.push(`unlabelled email-like ${m[0]}`);
  }
  return errs;
}

// ================================================================= main
const docs = []; let retries = 0;
for (const [kind, count, gen] of KINDS) {
  for (let n = 1; n <= count; n++) {
    let ok = null, last = [];
    for (let a = 0; a < 40 && !ok; a++) {
      const d = new Doc(kind); const text = gen(d); const errs = finalize(d, text);
      if (errs.length) { last = errs; retries++; if (process.env.EXDEBUG) console.error(kind, errs.slice(0, 3).join(" | ")); continue; }
      ok = { id: `ex-${kind}-${n}`, kind, text, entities: [...d.E.values()], dontCare: [...d.D.values()], decoys: [...d.X.values()], _raws: d.raws };
    }
    if (!ok) { console.error(`FAILED to build ${kind}-${n}:`, last.slice(0, 5)); process.exit(1); }
    docs.push(ok);
  }
}

// final self-check over the whole corpus (independent of the per-document one)
const failures = [];
for (const doc of docs) {
  const d = new Doc(doc.kind); d.raws = doc._raws;
  for (const e of doc.entities) d.E.set(e.detector + '\u0000' + e.value, e);
  for (const e of doc.dontCare) d.D.set(e.detector + '\u0000' + e.value, e);
  for (const x of doc.decoys) d.X.set(x.text, x);
  for (const e of check(d, doc.text)) failures.push(`${doc.id}: ${e}`);
  const labTexts = new Set([...doc.entities, ...doc.dontCare].map((l) => l.value));
  for (const x of doc.decoys) if (labTexts.has(x.text)) failures.push(`${doc.id}: decoy equals label ${x.text}`);
  const ek = new Set(doc.entities.map((e) => e.detector + ':' + e.value));
  if (ek.size !== doc.entities.length) failures.push(`${doc.id}: duplicate entity`);
}
const perKind = {}, ent = {}, dc = {}, dec = {};
let nEnt = 0, nDec = 0;
for (const doc of docs) {
  perKind[doc.kind] = (perKind[doc.kind] || 0) + 1;
  for (const e of doc.entities) { ent[e.detector] = (ent[e.detector] || 0) + 1; nEnt++; }
  for (const e of doc.dontCare) dc[e.detector] = (dc[e.detector] || 0) + 1;
  for (const x of doc.decoys) { dec[x.kind] = (dec[x.kind] || 0) + 1; nDec++; }
}
if (docs.length < 250) failures.push(`only ${docs.length} documents`);
for (const det of [D_NAME, D_MOB, D_ID, D_CARD, D_MAIL]) if ((ent[det] || 0) < 300) failures.push(`only ${ent[det] || 0} entity labels for ${det}`);
if (nDec < nEnt) failures.push(`decoys (${nDec}) fewer than entities (${nEnt})`);

writeFileSync(OUT, docs.map(({ _raws, ...o }) => JSON.stringify(o)).join('\n') + '\n');
const fmtObj = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k.padEnd(28)} ${v}`).join('\n');
console.log(`wrote ${docs.length} documents to ${OUT} (${retries} regenerations during build)`);
console.log(`documents per kind:\n${fmtObj(perKind)}`);
console.log(`entity labels per detector (total ${nEnt}):\n${fmtObj(ent)}`);
console.log(`dontCare labels per detector:\n${fmtObj(dc)}`);
console.log(`decoys/entities ratio: ${(nDec / nEnt).toFixed(2)}`);
console.log(`decoys per kind (total ${nDec}):\n${fmtObj(dec)}`);
if (failures.length) { console.error(`SELF-CHECK FAILED (${failures.length}):\n` + failures.slice(0, 40).join('\n')); process.exit(1); }
console.log('self-check passed');
