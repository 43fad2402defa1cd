#!/usr/bin/env node
/*
 * pharma.mjs — independent labelled test corpus for a Chinese DLP detector.
 *
 * Theme: personal data in pharmaceutical and medical-device sales (id prefix "ph"):
 *   医药代表拜访记录, KOL 名单, 学术会议讲者劳务费发放表, 药店会员, 慢病随访, DTP 处方,
 *   医疗器械装机记录, 患者援助项目申请, Veeva-like CRM exports (English headers),
 *   reps' WeChat chats with doctors, 费用报销, 临床试验筛选日志 / 受试者鉴认代码表,
 *   会议邀请邮件, 海外学术会议行程表, 不良反应报告.
 *
 * Usage:   node pharma.mjs OUT.jsonl        (Node >= 20, no dependencies)
 *
 * Output:  one JSON object per line
 *   {"id":"ph-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // MUST be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must NOT be reported under any detector
 *
 * Normalisation of values: cn_resident_id 18 chars, upper-case X; cn_mobile 11 digits
 * (no +86); cn_landline digits incl. leading 0 + area code, without extension;
 * email lower-case; bank_card digits; cn_passport upper-case; cn_uscc upper-case;
 * person_name_zh as written (minority names keep their dot as written: · • ．),
 * without spaces/padding and without titles (主任/医生/教授/先生/女士 ...).
 *
 * Labelling conventions (see also the report):
 *  - a doctor addressed only by surname + title (王主任, 李医生, 张教授, 陈老师) or a
 *    nickname (小张, 老王) is a DECOY (kind surname_title / nickname): a surname alone
 *    is not a name. "王建国主任" → entity 王建国.
 *  - hospital switchboards, 科室/护士站 landlines, company office/fax lines, hotel lines,
 *    a department's shared 值班手机, role mailboxes (meeting@, pv@, dtp@ ...) and
 *    corporate bank accounts are organisation data → dontCare.
 *  - 400/95xxx/12320 hotlines, masked values, 筛选号, 随机号, 姓名缩写, 处方号, 门诊号,
 *    住院号, 批号, 批准文号, 注册证号, hospital/pharmacy codes, amounts, dates,
 *    company/hospital/drug names, 职称, Excel-mangled numbers (6.22202E+18) → decoys.
 *  - everything personal about doctors, reps, patients, relatives, pharmacists,
 *    engineers (names, mobiles, IDs, cards, personal/work e-mails, home landlines) and
 *    every 统一社会信用代码 (cn_uscc, per DESIGN.md) → entities.
 *  - personal data that no detector id covers (birth dates, addresses, WeChat ids,
 *    QQ numbers, pinyin passport names, diagnoses) is left unlabelled.
 *
 * Written in session 25 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync, readFileSync } from 'node:fs';

const OUT = process.argv[2] || 'pharma.jsonl';

// ---------------------------------------------------------------- PRNG (mulberry32, fixed seed)
let SEED = 0x50480025;
function rnd() {
  SEED |= 0; SEED = (SEED + 0x6D2B79F5) | 0;
  let t = Math.imul(SEED ^ (SEED >>> 15), 1 | SEED);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const pad = (n, w) => String(n).padStart(w, '0');
function shuffle(a) { const b = a.slice(); for (let i = b.length - 1; i > 0; i--) { const j = ri(0, i); [b[i], b[j]] = [b[j], b[i]]; } return b; }
function wpick(pairs) { let t = 0; for (const [, w] of pairs) t += w; let r = rnd() * t; for (const [v, w] of pairs) { if ((r -= w) < 0) return v; } return pairs[pairs.length - 1][0]; }
function rowsN() { const r = rnd(); return r < 0.22 ? ri(1, 3) : r < 0.58 ? ri(4, 12) : r < 0.85 ? ri(13, 35) : ri(36, 80); }
const toFW = (s) => s.replace(/[0-9A-Za-z@.+\-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

// ---------------------------------------------------------------- names
const parsePY = (s) => [...s.matchAll(/([\u4e00-\u9fff]+)([a-z]+)/g)].map((m) => [m[1], m[2]]);
const SUR = parsePY(`王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou
徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he 高gao 林lin 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao
彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai 余yu 杜du 叶ye 程cheng 苏su 魏wei 吕lv 丁ding 任ren
沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan 陆lu 汪wang 范fan 金jin 石shi 廖liao 贾jia 夏xia 韦wei 付fu 方fang 白bai 邹zou
孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin 薛xue 闫yan 段duan 雷lei 侯hou 龙long 史shi 陶tao 黎li 贺he 顾gu 毛mao 郝hao 龚gong
邵shao 万wan 钱qian 严yan 覃qin 武wu 戴dai 莫mo 孔kong 向xiang 汤tang 常chang 温wen 康kang 施shi 文wen 牛niu 樊fan 葛ge 邢xing
安an 齐qi 易yi 乔qiao 伍wu 庞pang 颜yan 倪ni 庄zhuang 聂nie 章zhang 鲁lu 岳yue 翟zhai 殷yin 詹zhan 申shen 耿geng 关guan 焦jiao
俞yu 左zuo 柳liu 甘gan 祝zhu 包bao 宁ning 尚shang 符fu 舒shu 阮ruan 柯ke 纪ji 梅mei 童tong 凌ling 毕bi 单shan 季ji 裴pei 霍huo
涂tu 成cheng 苗miao 谷gu 盛sheng 翁weng 冉ran 骆luo 蓝lan 游you 辛xin 靳jin 管guan 柴chai 鲍bao 华hua 喻yu 祁qi 房fang 滕teng
饶rao 艾ai 时shi 穆mu 卓zhuo 车che 项xiang 连lian 麦mai 岑cen 景jing 费fei 卜bu 冷leng 晏yan 席xi 米mi 柏bai 宗zong 全quan
佟tong 臧zang 闵min 邬wu 边bian 姬ji 和he 栾luan 隋sui 商shang 沙sha 巫wu 桑sang 郎lang 甄zhen 仲zhong 虞yu 敖ao 巩gong 明ming`);
const CSUR = parsePY(`欧阳ouyang 上官shangguan 皇甫huangfu 令狐linghu 诸葛zhuge 司徒situ 司马sima 申屠shentu 夏侯xiahou
慕容murong 尉迟yuchi 长孙zhangsun 东方dongfang 公孙gongsun 宇文yuwen 端木duanmu 南宫nangong 呼延huyan 钟离zhongli 独孤dugu`);
const GIV = parsePY(`伟wei 芳fang 娜na 敏min 静jing 丽li 强qiang 磊lei 军jun 洋yang 勇yong 艳yan 杰jie 娟juan 涛tao 明ming
超chao 秀xiu 霞xia 平ping 刚gang 桂gui 英ying 华hua 建jian 国guo 文wen 玉yu 兰lan 红hong 梅mei 志zhi 海hai 燕yan 鹏peng 飞fei
辉hui 宇yu 晨chen 欣xin 怡yi 婷ting 雪xue 琳lin 佳jia 瑶yao 子zi 浩hao 博bo 然ran 轩xuan 睿rui 晓xiao 东dong 春chun 秋qiu
永yong 德de 立li 新xin 光guang 荣rong 波bo 斌bin 凯kai 俊jun 峰feng 亮liang 群qun 慧hui 颖ying 倩qian 璐lu 蕾lei 琴qin 萍ping
莉li 云yun 凤feng 淑shu 珍zhen 宏hong 维wei 振zhen 卫wei 庆qing 林lin 森sen 楠nan 嘉jia 思si 雨yu 梓zi 诗shi 涵han 泽ze 铭ming
翔xiang 晶jing 丹dan 蓉rong 青qing 松song 岩yan 彬bin 健jian 毅yi 坤kun 家jia 正zheng 学xue 旭xu 昊hao 天tian 一yi 鑫xin 瑞rui
琪qi 悦yue 菲fei 薇wei 爽shuang 阳yang 帆fan 玲ling 洁jie 媛yuan 蕊rui 冰bing 岚lan 晴qing 茜qian 珊shan 妍yan 婧jing 雯wen
露lu 曦xi 昕xin 宁ning 康kang 乐le 远yuan 航hang 宸chen 逸yi 哲zhe 凡fan 舟zhou 霖lin 锋feng 辰chen 达da 福fu 贵gui 生sheng
祥xiang 仁ren 义yi 忠zhong 民min 兵bing 莲lian 翠cui 兴xing 胜sheng 利li 金jin 成cheng 秀xiu`);
// minority names: [name, handle, gender, province prefix]
const MINOR = [
  ['买买提·艾力', 'maimaiti', 'M', '65'], ['阿不都热依木·吐尔逊', 'abdurehim', 'M', '65'], ['古丽娜尔·艾合买提', 'gulnar', 'F', '65'],
  ['阿依古丽·买买提', 'aygul', 'F', '65'], ['热依拉·阿不都', 'reyila', 'F', '65'], ['迪丽努尔·艾山', 'dilnur', 'F', '65'],
  ['艾尔肯·吾斯曼', 'erkin', 'M', '65'], ['努尔艾力·艾买提', 'nurali', 'M', '65'], ['帕尔哈提·肉孜', 'parhat', 'M', '65'],
  ['米热古丽·吐尔洪', 'mihrigul', 'F', '65'], ['吐尔洪·阿不力孜', 'turghun', 'M', '65'], ['阿依努尔·托合提', 'aynur', 'F', '65'],
  ['叶尔兰·努尔兰', 'yerlan', 'M', '65'], ['阿依达娜·哈力木', 'aidana', 'F', '65'], ['扎西顿珠', 'zhaxidunzhu', 'M', '54'],
  ['次仁卓玛', 'cirenzhuoma', 'F', '54'], ['央金拉姆', 'yangjinlamu', 'F', '54'], ['达瓦次仁', 'dawaciren', 'M', '54'],
  ['格桑梅朵', 'gesangmeiduo', 'F', '54'], ['巴特尔', 'bateer', 'M', '15'], ['斯琴高娃', 'siqingaowa', 'F', '15'],
  ['乌云其木格', 'wuyunqimuge', 'F', '15'], ['苏和巴特尔', 'suhebateer', 'M', '15'],
];

// ---------------------------------------------------------------- regions, IDs
const REGIONS = `110101 110102 110105 110106 110108 110103 110104 120101 120104 130102 130104 140105 150102 210102 210103
220102 230102 230103 310101 310104 310105 310110 310115 320102 320106 320506 320582 330102 330106 330281 340102 340104
350102 350583 360102 370102 370202 410102 410105 420102 420106 430102 430104 440103 440104 440106 440303 440304 440305
441900 450102 460105 500103 500106 510104 510107 520102 530102 540102 610103 610113 620102 630102 640104 650102 650103
652801 653101`.split(/\s+/);
const PROV = new Set(REGIONS.map((r) => r.slice(0, 2)));
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b) { let s = 0; for (let i = 0; i < 17; i++) s += +b[i] * ID_W[i]; return '10X98765432'[s % 11]; }
const dim = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
function idValid(s) {
  if (!/^\d{17}[\dX]$/.test(s) || idCheck(s) !== s[17] || !PROV.has(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  return y >= 1900 && y <= 2025 && m >= 1 && m <= 12 && d >= 1 && d <= dim(y, m);
}
const SEEN = new Set();
function uniq(gen) { for (;;) { const v = gen(); if (!SEEN.has(v)) { SEEN.add(v); return v; } } }
function mkId(by, g, prov) {
  return uniq(() => {
    const pool = prov ? REGIONS.filter((r) => r.startsWith(prov)) : REGIONS;
    const y = ri(by[0], by[1]), m = ri(1, 12), d = ri(1, dim(y, m));
    let seq = ri(0, 99) * 10 + (g === 'M' ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]));
    const b = pick(pool) + y + pad(m, 2) + pad(d, 2) + pad(seq, 3);
    return b + idCheck(b);
  });
}
// ---------------------------------------------------------------- mobiles
const MP = [['130 131 132 133 134 135 136 137 138 139', 6], ['150 151 152 153 155 156 157 158 159', 4],
  ['180 181 182 183 184 185 186 187 188 189', 4], ['145 147 162 165 166 167 170 171 172 173 175 176 177 178 190 191 192 193 195 196 197 198 199', 1.5]]
  .map(([s, w]) => [s.split(' '), w]);
const ALLOC = new Set(MP.flatMap(([a]) => a));
const DEMO = new Set(['13800138000', '13912345678', '18888888888']);
const mobValid = (m) => /^1[3-9]\d{9}$/.test(m) && ALLOC.has(m.slice(0, 3)) && !DEMO.has(m);
function mkMob() { return uniq(() => { const m = pick(wpick(MP)) + digits(8); return DEMO.has(m) || /(\d)\1{5}/.test(m) ? 'x' : m; }); }
function fmtMob(m, st) {
  switch (st) {
    case 'sp': return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'dash': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case 'p86sp': return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'p86': return '+86' + m;
    case 'p86d': return '+86-' + m;
    case '0086': return '0086 ' + m;
    case '86': return '86' + m;
    case 'par': return '(+86)' + m;
    case 'fw': return toFW(m);
    default: return m;
  }
}
const MOB_ST = [['bare', 60], ['sp', 8], ['dash', 8], ['p86sp', 5], ['p86', 5], ['p86d', 2], ['0086', 2], ['86', 1], ['par', 1], ['fw', 1]];
const mobSt = () => wpick(MOB_ST);
const maskMob = (m) => chance(0.8) ? m.slice(0, 3) + '****' + m.slice(7) : m.slice(0, 3) + 'xxxx' + m.slice(7);

// ---------------------------------------------------------------- bank cards
const IIN = [['622202', 19, '中国工商银行'], ['621226', 19, '中国工商银行'], ['622848', 19, '中国农业银行'], ['621700', 19, '中国建设银行'],
  ['622700', 19, '中国建设银行'], ['621661', 19, '中国银行'], ['621483', 16, '招商银行'], ['622588', 16, '招商银行'],
  ['622262', 19, '交通银行'], ['621799', 19, '中国邮政储蓄银行'], ['622909', 18, '兴业银行'], ['623668', 19, '中国建设银行'],
  ['621539', 17, '农村商业银行'], ['622319', 18, '城市商业银行'], ['436742', 16, '中国建设银行'], ['518710', 16, '招商银行'],
  ['628288', 16, '中国工商银行'], ['625809', 16, '中国银行']];
function luhnOk(s) { let sum = 0; for (let i = 0; i < s.length; i++) { let d = +s[s.length - 1 - i]; if (i % 2) { d *= 2; if (d > 9) d -= 9; } sum += d; } return sum % 10 === 0; }
function luhnDigit(body) { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c); }
function mkCard(filter) {
  const pool = filter ? IIN.filter(filter) : IIN.slice(0, 14);
  const [iin, len, bank] = pick(pool);
  const c = uniq(() => { const b = iin + digits(len - iin.length - 1); return b + luhnDigit(b); });
  return { c, bank };
}
function fmtCard(c, st) {
  if (st === 'sp4') return c.replace(/(\d{4})(?=\d)/g, '$1 ');
  if (st === 'dash4') return c.replace(/(\d{4})(?=\d)/g, '$1-');
  return c;
}
const cardSt = () => wpick([['bare', 70], ['sp4', 25], ['dash4', 5]]);
const maskCard = (c) => pick([c.slice(0, 4) + ' **** **** ' + c.slice(-4), c.slice(0, 6) + '******' + c.slice(-4), '尾号' + c.slice(-4)]);
// ---------------------------------------------------------------- USCC / passports
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const U_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function orgCheck(b8) { const W = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0; for (let i = 0; i < 8; i++) s += (/\d/.test(b8[i]) ? +b8[i] : b8.charCodeAt(i) - 55) * W[i]; const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
function usccCheck(s17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(s17[i]) * U_W[i]; return UA[(31 - (s % 31)) % 31]; }
function usccValid(s) { return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s) && usccCheck(s.slice(0, 17)) === s[17] && orgCheck(s.slice(8, 16)) === s[16]; }
function mkUscc(type, region) {
  return uniq(() => {
    const body = type === '91' ? 'MA' + [...Array(6)].map(() => pick([...UA])).join('') : digits(8);
    const s17 = type + region + body + orgCheck(body);
    return s17 + usccCheck(s17);
  });
}
function mkPassport() { return uniq(() => chance(0.7) ? 'E' + 'ABCDEFGHJKLMNPQRSTUVWXYZ'[ri(0, 23)] + digits(7) : 'E' + digits(8)); }

// ---------------------------------------------------------------- organisations & vocabulary (decoys)
// [name, city, area code, subscriber length (0 = unknown → no landline), mail host]
const HOSP = [
  ['北京协和医院', '北京', '010', 8, 'bjxh'], ['中国医学科学院肿瘤医院', '北京', '010', 8, 'cicams'], ['北京大学第一医院', '北京', '010', 8, 'bddyyy'],
  ['北京大学人民医院', '北京', '010', 8, 'bdrm'], ['首都医科大学附属北京安贞医院', '北京', '010', 8, 'anzhen-h'], ['首都医科大学附属北京天坛医院', '北京', '010', 8, 'tiantan-h'],
  ['中日友好医院', '北京', '010', 8, 'zryh'], ['复旦大学附属中山医院', '上海', '021', 8, 'zs-h'], ['复旦大学附属华山医院', '上海', '021', 8, 'hs-h'],
  ['上海交通大学医学院附属瑞金医院', '上海', '021', 8, 'rjh-sh'], ['上海市第六人民医院', '上海', '021', 8, 'sh6h'], ['复旦大学附属肿瘤医院', '上海', '021', 8, 'fdzl'],
  ['中山大学附属第一医院', '广州', '020', 8, 'zsdy'], ['广东省人民医院', '广州', '020', 8, 'gdsrmyy'], ['中山大学肿瘤防治中心', '广州', '020', 8, 'sysucc-h'],
  ['天津医科大学总医院', '天津', '022', 8, 'tjzy'], ['重庆医科大学附属第一医院', '重庆', '023', 8, 'cqyd'], ['中国医科大学附属第一医院', '沈阳', '024', 8, 'cmu1h'],
  ['江苏省人民医院', '南京', '025', 8, 'jsph-h'], ['南京鼓楼医院', '南京', '025', 8, 'njglyy'], ['华中科技大学同济医学院附属同济医院', '武汉', '027', 8, 'tjh-wh'],
  ['武汉大学人民医院', '武汉', '027', 8, 'whurm'], ['四川大学华西医院', '成都', '028', 8, 'hx-h'], ['四川省人民医院', '成都', '028', 8, 'scsrm'],
  ['西安交通大学第一附属医院', '西安', '029', 8, 'xjtu1h'], ['空军军医大学西京医院', '西安', '029', 8, 'xj-h'], ['浙江大学医学院附属第一医院', '杭州', '0571', 8, 'zy1h'],
  ['浙江大学医学院附属邵逸夫医院', '杭州', '0571', 8, 'syf-h'], ['杭州市第一人民医院', '杭州', '0571', 8, 'hz1h'], ['深圳市人民医院', '深圳', '0755', 8, 'szrm'],
  ['北京大学深圳医院', '深圳', '0755', 8, 'pkusz-h'], ['苏州大学附属第一医院', '苏州', '0512', 8, 'sd1h'], ['山东大学齐鲁医院', '济南', '0531', 8, 'qlyy-h'],
  ['山东省立医院', '济南', '0531', 8, 'sdsl'], ['青岛大学附属医院', '青岛', '0532', 8, 'qdfy'], ['郑州大学第一附属医院', '郑州', '0371', 8, 'zzu1h'],
  ['河南省人民医院', '郑州', '0371', 8, 'hnsrm'], ['中南大学湘雅医院', '长沙', '0731', 8, 'xy-h'], ['中南大学湘雅二医院', '长沙', '0731', 8, 'xy2-h'],
  ['兰州大学第一医院', '兰州', '0931', 7, 'lzu1h'], ['河北医科大学第二医院', '石家庄', '0311', 8, 'hb2h'], ['吉林大学第一医院', '长春', '0431', 8, 'jdyy'],
  ['哈尔滨医科大学附属第一医院', '哈尔滨', '0451', 8, 'hyd1h'], ['福建医科大学附属协和医院', '福州', '0591', 8, 'fjxh'], ['昆明医科大学第一附属医院', '昆明', '0871', 8, 'kmyd'],
  ['新疆医科大学第一附属医院', '乌鲁木齐', '0991', 0, 'xjyd'], ['西藏自治区人民医院', '拉萨', '0891', 0, 'xzrm'], ['内蒙古医科大学附属医院', '呼和浩特', '0471', 0, 'nmgfy'],
].map(([n, city, area, L, dom]) => ({ n, city, area, L, dom }));
const PHONE_CITIES = HOSP.filter((h) => h.L);
const DEPT = ['心内科', '心血管内科', '肿瘤内科', '胸外科', '呼吸与危重症医学科', '内分泌科', '消化内科', '神经内科', '肾内科', '血液科',
  '风湿免疫科', '普外科', '骨科', '药剂科', '检验科', '超声科', '放疗科', '影像科', '重症医学科', '儿科', '妇产科', '眼科', '皮肤科', '感染科',
  '急诊科', '老年医学科', '乳腺外科', '泌尿外科', '肝胆外科', '介入科'];
const TITLE_MD = ['主任医师', '副主任医师', '主治医师', '住院医师', '教授', '副教授', '主任医师/教授', '副主任医师/副教授'];
const TITLE_RX = ['主管药师', '药师', '主任药师', '副主任药师', '执业药师'];
const ADMIN = ['科主任', '科副主任', '副院长', '院长', '药剂科主任', '护士长', '设备科科长', '教研室主任', '病区主任'];
const SOCIETY = ['中华医学会心血管病学分会委员', '中国抗癌协会肺癌专业委员会常委', '省医学会内分泌学分会副主任委员', '中国医师协会呼吸医师分会委员',
  '省抗癌协会乳腺癌专业委员会主任委员', '中华医学会肾脏病学分会青年委员', '市医学会血液学分会委员', '中国老年医学学会委员'];
const CO = [['华康医药科技有限公司', '华康医药', 'huakangpharma.com', '310115'], ['瑞和生物制药股份有限公司', '瑞和生物', 'ruihebio.com', '320500'],
  ['正元医疗器械（上海）有限公司', '正元医疗', 'zhengyuanmed.com', '310104'], ['康瑞达医药有限公司', '康瑞达', 'kangruida.com.cn', '440300'],
  ['远帆药业有限公司', '远帆药业', 'yuanfanpharma.com', '330100'], ['安泰医疗科技（苏州）有限公司', '安泰医疗', 'antaimed.cn', '320506'],
  ['泓济医药股份有限公司', '泓济医药', 'hongjipharma.com', '110105'], ['辰光生物技术有限公司', '辰光生物', 'chenguangbio.com', '510100'],
  ['海澜医疗器械有限公司', '海澜医疗', 'hailanmed.com', '370200']].map(([n, short, dom, reg]) => ({ n, short, dom, reg, uscc: null }));
const MAKERS = ['江苏恒瑞医药股份有限公司', '齐鲁制药有限公司', '扬子江药业集团有限公司', '石药集团欧意药业有限公司', '正大天晴药业集团股份有限公司', '华康医药科技有限公司', '远帆药业有限公司'];
const DRUGS = [['阿托伐他汀钙片', '20mg×7片', 'H'], ['瑞舒伐他汀钙片', '10mg×28片', 'H'], ['硫酸氢氯吡格雷片', '75mg×7片', 'H'], ['盐酸二甲双胍缓释片', '0.5g×30片', 'H'],
  ['达格列净片', '10mg×14片', 'H'], ['恩格列净片', '10mg×10片', 'H'], ['甘精胰岛素注射液', '3ml:300单位', 'S'], ['利伐沙班片', '10mg×5片', 'H'], ['吉非替尼片', '0.25g×10片', 'H'],
  ['甲磺酸奥希替尼片', '80mg×30片', 'H'], ['注射用紫杉醇（白蛋白结合型）', '100mg', 'H'], ['注射用曲妥珠单抗', '440mg', 'S'], ['贝伐珠单抗注射液', '100mg/4ml', 'S'],
  ['阿达木单抗注射液', '40mg/0.8ml', 'S'], ['司美格鲁肽注射液', '1.34mg/ml', 'S'], ['沙库巴曲缬沙坦钠片', '100mg×14片', 'H'], ['恩替卡韦分散片', '0.5mg×28片', 'H'],
  ['富马酸替诺福韦二吡呋酯片', '300mg×30片', 'H'], ['阿莫西林胶囊', '0.25g×24粒', 'H'], ['头孢克肟分散片', '0.1g×6片', 'H'], ['布地奈德福莫特罗吸入粉雾剂', '160μg/4.5μg×60吸', 'H'],
  ['孟鲁司特钠片', '10mg×5片', 'H'], ['左甲状腺素钠片', '50μg×100片', 'H'], ['硝苯地平控释片', '30mg×7片', 'H'], ['苯磺酸氨氯地平片', '5mg×7片', 'H'],
  ['复方丹参滴丸', '27mg×180丸', 'Z'], ['甲磺酸阿帕替尼片', '0.25g×10片', 'H'], ['注射用卡瑞利珠单抗', '200mg', 'S'], ['醋酸阿比特龙片', '250mg×120片', 'H'], ['来那度胺胶囊', '25mg×21粒', 'H']]
  .map(([n, spec, t]) => ({ n, spec, t }));
const DEVICES = ['彩色多普勒超声诊断系统', '全自动生化分析仪', '血液透析机', '医用电子直线加速器', '磁共振成像系统', '数字化X射线摄影系统', '输液泵', '心电监护仪',
  '胰岛素泵', '动态血糖监测系统', '全自动化学发光免疫分析仪', '高频电刀', '麻醉机', '呼吸机', '冠状动脉支架输送系统'];
const BRANCH = ['分行营业部', '高新区支行', '中山路支行', '人民路支行', '解放路支行', '城东支行', '科技园支行', '开发区支行', '新华路支行', '建设路支行', '滨江支行'];
const STORES = ['益民大药房', '仁和堂大药房', '康宁大药房', '百信药房', '惠民大药房', '济生堂药店', '同德大药房'];
const STREETS = ['中山路', '人民路', '解放路', '建设路', '文化路', '和平路', '长江路', '滨河路', '胜利街'];
const HOTELS = ['希尔顿逸林酒店', '万豪酒店', '皇冠假日酒店', '喜来登酒店', '国际会议中心', '洲际酒店', '君悦酒店'];
const TOPICS = ['心力衰竭指南更新解读', 'EGFR突变非小细胞肺癌的全程管理', '2型糖尿病合并心血管疾病的药物选择', '房颤抗凝治疗新进展', '乳腺癌HER2靶向治疗病例分享',
  '慢性肾病贫血管理', '类风湿关节炎生物制剂的应用', '高血压合并高脂血症的综合管理', '肝癌免疫联合治疗进展', 'COPD稳定期吸入治疗'];
const DIAG = [['非小细胞肺癌', 'C34.901'], ['乳腺恶性肿瘤', 'C50.900'], ['慢性髓系白血病', 'C92.100'], ['多发性骨髓瘤', 'C90.000'], ['类风湿关节炎', 'M06.900'],
  ['2型糖尿病', 'E11.900'], ['原发性高血压', 'I10.x00'], ['慢性乙型病毒性肝炎', 'B18.100'], ['前列腺恶性肿瘤', 'C61.x00'], ['慢性心力衰竭', 'I50.900']];
const EMAIL_DOM = [['qq.com', 25], ['163.com', 20], ['126.com', 9], ['sina.com', 4], ['foxmail.com', 4], ['gmail.com', 4], ['outlook.com', 4], ['hotmail.com', 3],
  ['139.com', 5], ['yeah.net', 3], ['sohu.com', 2], ['aliyun.com', 2], ['189.cn', 2], ['HOSP', 10]];

// ---------------------------------------------------------------- dates, amounts, codes
function rdt(y1 = 2023, y2 = 2025) { const y = ri(y1, y2); const m = y === 2025 ? ri(1, 6) : ri(1, 12); return [y, m, ri(1, dim(y, m))]; }
function fmtD([y, m, d], st) {
  switch (st) {
    case 'slash': return `${y}/${m}/${d}`;
    case 'cn': return `${y}年${m}月${d}日`;
    case 'dot': return `${y}.${pad(m, 2)}.${pad(d, 2)}`;
    case 'compact': return `${y}${pad(m, 2)}${pad(d, 2)}`;
    default: return `${y}-${pad(m, 2)}-${pad(d, 2)}`;
  }
}
const dateSt = () => wpick([['iso', 50], ['slash', 20], ['cn', 15], ['dot', 10], ['compact', 5]]);
const hms = () => `${pad(ri(7, 22), 2)}:${pad(ri(0, 59), 2)}`;
function fmtAmt(n, st) {
  const fx = n.toFixed(2), th = fx.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  switch (st) { case 'th': return th; case 'yen': return '¥' + th; case 'yuan': return (Number.isInteger(n) ? String(n) : fx) + '元'; case 'fwy': return '￥' + fx; default: return fx; }
}
const amtSt = () => pick(['plain', 'th', 'yen', 'yuan', 'fwy']);
function tax(a) { return a <= 800 ? 0 : a <= 4000 ? (a - 800) * 0.2 : a * 0.8 * 0.2; }
const yymmdd = ([y, m, d]) => `${y}${pad(m, 2)}${pad(d, 2)}`;
const txnNo = () => yymmdd(rdt()) + digits(11);                 // 19 digits, date-prefixed (bank_card trap)
const approvalNo = (t) => `国药准字${t}${ri(1990, 2023)}${digits(4)}`;
const batchNo = () => pick([() => String(ri(22, 25)) + pad(ri(1, 12), 2) + pad(ri(1, 28), 2), () => 'B' + ri(22, 25) + digits(5), () => yymmdd(rdt(2023, 2025)) + pick(['A', 'B', '1', '2'])])();
const devRegNo = () => pick(['国械注准', '国械注进', '京械注准', '苏械注准', '粤械注准']) + ri(2015, 2024) + pick(['3', '2']) + pick(['06', '21', '22', '30', '40', '77', '08']) + digits(4);
const hospCode = () => 'H' + pick(REGIONS) + digits(5);
const rxNo = () => pick([() => 'CF' + yymmdd(rdt()) + digits(4), () => yymmdd(rdt()) + digits(6), () => 'RX' + digits(10)])();
const mzNo = () => pick([() => '00' + digits(8), () => 'MZ' + yymmdd(rdt()) + digits(3), () => '2' + digits(9)])();
const zyNo = () => pick([() => String(ri(100000, 9999999)), () => 'ZY' + ri(22, 25) + digits(5)])();
const epochMs = () => String(ri(1700000000, 1760000000)) + digits(3);
const sfId = () => { const L = 'abcdefghjkmnpqrstuvwxyz', A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'; let s = pick(['001', '003', 'a0B']) + '5g00000'; s += pick([...L]) + pick(['S', 'V', 'Z', 'O', 'I']); for (let i = 0; i < 3; i++) s += pick([...L + A + '0123456789']); for (let i = 0; i < 3; i++) s += pick([...A]); return s; };
const invCode = () => '0' + pick(['1100', '3100', '4403', '3301', '4400', '3201']) + digits(2) + digits(5);
const hotline = () => pick([() => '400-' + ri(600, 899) + '-' + digits(4), () => '400' + ri(600, 899) + digits(4), () => '800-' + ri(810, 830) + '-' + digits(4), () => pick(['95588', '95533', '95555', '12320'])])();
const excelSci = (s) => `${s[0]}.${s.slice(1, 6).replace(/0+$/, '')}E+${s.length - 1}`;

// ---------------------------------------------------------------- people
function gName(o = {}) {
  const r = rnd();
  if (r < (o.minor ?? 0.04)) {
    const [n0, h, g, prov] = pick(MINOR);
    let name = n0; const v = rnd();
    if (n0.includes('·') && v < 0.1) name = n0.replace('·', '•'); else if (n0.includes('·') && v < 0.14) name = n0.replace('·', '．');
    const addr = n0.includes('·') ? n0.split('·')[0] : prov === '54' ? n0.slice(0, 2) : n0; // Mongolian names have no surname
    return { name, sur: addr, g, prov, py: { s: h, g: [], full: h } };
  }
  let s;
  if (r < 0.09) s = pick(CSUR); else { const q = rnd(); s = q < 0.38 ? pick(SUR.slice(0, 10)) : q < 0.68 ? pick(SUR.slice(10, 30)) : pick(SUR.slice(30)); }
  const gl = chance(s[0].length === 2 ? 0.45 : 0.28) ? 1 : 2;
  const gv = []; for (let i = 0; i < gl; i++) { let c; do c = pick(GIV); while (gv.length && c[0] === gv[0][0]); gv.push(c); }
  return { name: s[0] + gv.map((x) => x[0]).join(''), sur: s[0], g: o.g || (chance(0.5) ? 'M' : 'F'), prov: null, py: { s: s[1], g: gv.map((x) => x[1]), full: s[1] + gv.map((x) => x[1]).join('') } };
}
function mkMail(p, host) {
  const { s, g, full } = p.py; const gv = g.join(''), gi = g.map((x) => x[0]).join(''), yy = String(p.by).slice(2);
  let dom = host || wpick(EMAIL_DOM);
  if (dom === 'HOSP') dom = (p.h ? p.h.dom : pick(HOSP).dom) + pick(['.org.cn', '.com.cn', '.cn']);
  return uniq(() => {
    let local;
    if (dom === 'qq.com' && chance(0.55)) local = String(ri(1, 9)) + digits(ri(5, 9));
    else if ((dom === '139.com' || dom === '189.cn') && chance(0.7)) local = p.mob;
    else if (!g.length) local = pick([full, full + yy, full + '.' + ri(1, 99), full + '_' + digits(3)]);
    else if (host && host !== 'qq.com') local = pick([gv + '.' + s, s + '.' + gv, s + gi, gi + s, s + gv]);
    else local = pick([s + gv, s + gv + yy, s + '.' + gv, gv + '.' + s, s + gi, s + gi + ri(1, 99), gi + s + digits(2), s + '_' + gv + ri(1, 999), s + gv + p.by, 'dr.' + s + gi]);
    if (SEEN.has(local + '@' + dom)) local += ri(1, 99);
    return local + '@' + dom;
  });
}
function mkP(o = {}) {
  const n = gName(o); const by = o.by || [1960, 1995];
  const p = { ...n, by: ri(by[0], by[1]) };
  p.id = mkId([p.by, p.by], p.g, p.prov);
  p.mob = mkMob();
  const cd = mkCard(o.cardFilter); p.card = cd.c; p.bank = cd.bank;
  p.h = o.h || null;
  p.mail = mkMail(p, o.mailHost);
  return p;
}
function mkDoctor(h) { const p = mkP({ by: [1958, 1992], h: h || pick(HOSP) }); p.dept = pick(DEPT); p.title = pick(TITLE_MD); return p; }
function wxId(p) { return pick([() => 'wxid_' + [...Array(14)].map(() => pick([...'abcdefghijkmnopqrstuvwxyz0123456789'])).join(''), () => (p.py.full || 'dr') + ri(1, 9999), () => 'Dr_' + p.py.s + (p.py.g[0] || '')])(); }
function landlineFor(h) { const first = h.L === 7 ? pick(['8', '4', '6']) : pick(['2', '5', '6', '8', '8', '6']); return { area: h.area, num: first + digits(h.L - 1) }; }
function fmtTel({ area, num }, st) {
  const a = area, n = num, g = n.length === 8 ? n.slice(0, 4) + ' ' + n.slice(4) : n.slice(0, 3) + ' ' + n.slice(3);
  switch (st) {
    case 'par': return `(${a})${n}`;
    case 'fpar': return `（${a}）${n}`;
    case 'sp': return `${a} ${g}`;
    case 'bare': return a + n;
    case 'p86': return `+86 ${a.slice(1)} ${g}`;
    default: return `${a}-${n}`;
  }
}
const telSt = () => wpick([['dash', 55], ['par', 10], ['fpar', 8], ['sp', 12], ['bare', 8], ['p86', 7]]);
const extOf = () => pick(['', '', '', ` 转${ri(100, 8999)}`, `-${ri(800, 8999)}`, ` 分机${ri(1000, 8999)}`, ` ext. ${ri(100, 999)}`]);

// ---------------------------------------------------------------- document with labels
class Doc {
  constructor(kind) { this.kind = kind; this.E = new Map(); this.C = new Map(); this.D = new Map(); this.raws = []; }
  _add(map, det, val, raw) { const k = det + '|' + val; if (!map.has(k)) map.set(k, { detector: det, value: val }); this.raws.push([det, val, raw]); return raw; }
  e(det, val, raw = val) { return this._add(this.E, det, val, raw); }
  c(det, val, raw = val) { return this._add(this.C, det, val, raw); }
  x(kind, text) { text = String(text); if (text && !this.D.has(text)) this.D.set(text, { kind, text }); return text; }
  name(p, o = {}) {
    let raw = p.name;
    if (o.pad && [...raw].length === 2 && !/[·•．]/.test(raw)) raw = raw[0] + o.pad + raw[1];
    return this.e('person_name_zh', p.name, raw);
  }
  mob(m, st = 'bare', dc = false) { const raw = fmtMob(m, st); return dc ? this.c('cn_mobile', m, raw) : this.e('cn_mobile', m, raw); }
  id(v, st = 'bare') {
    let raw = v;
    if (st === 'lx' && v.endsWith('X')) raw = v.slice(0, 17) + 'x';
    else if (st === 'sp') raw = `${v.slice(0, 6)} ${v.slice(6, 14)} ${v.slice(14)}`;
    else if (st === 'fw') raw = toFW(v);
    return this.e('cn_resident_id', v, raw);
  }
  card(c, st = 'bare') { return this.e('bank_card', c, fmtCard(c, st)); }
  mail(m, o = {}) {
    let raw = m;
    if (o.cap) raw = m.replace(/^[a-z]/, (c) => c.toUpperCase());
    if (o.fw) raw = raw.replace('@', '＠');
    const [local, dom] = m.split('@');
    if (/^1[3-9]\d{9}$/.test(local) && /^(139\.com|189\.cn|wo\.cn)$/.test(dom)) this.e('cn_mobile', local, local);
    return o.dc ? this.c('email', m, raw) : this.e('email', m, raw);
  }
  tel(t, st = 'dash', dc = true) { const raw = fmtTel(t, st); return dc ? this.c('cn_landline', t.area + t.num, raw) : this.e('cn_landline', t.area + t.num, raw); }
  uscc(u) { return this.e('cn_uscc', u, u); }
  pp(v) { return this.e('cn_passport', v, v); }
  sal(p) { // surname + title; a name without surname (巴特尔) + title is the full name → entity
    const t = pick(['主任', '主任', '医生', '教授', '老师', '院长']);
    return p.sur === p.name ? this.name(p) + t : this.x('surname_title', p.sur + t);
  }
}
const mailOpt = () => ({ cap: chance(0.06), fw: chance(0.01) });
const padOpt = (fmt) => (fmt === 'fixed' && chance(0.6) ? pick(['　', ' ', '  ']) : undefined);

// ---------------------------------------------------------------- table rendering
function cols(specs) {
  const first = specs.filter((s) => s.first), rest = specs.filter((s) => !s.first && (s.p === undefined || chance(s.p)));
  const order = chance(0.55) ? rest : shuffle(rest);
  return [...first, ...order].map((s) => ({ h: Array.isArray(s.h) ? pick(s.h) : s.h, f: s.f }));
}
const dispW = (s) => [...s].reduce((w, c) => w + (/[\u1100-\uffff]/.test(c) && c !== '·' ? 2 : 1), 0);
const csvq = (v) => (/[",\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v);
function render(cs, rows, fmt) {
  const H = cs.map((c) => c.h);
  const B = rows.map((r, i) => cs.map((c) => String(c.f(r, i) ?? '')));
  switch (fmt) {
    case 'csv': return [H, ...B].map((r) => r.map(csvq).join(',')).join('\n');
    case 'tsv': return [H, ...B].map((r) => r.join('\t')).join('\n');
    case 'semi': return [H, ...B].map((r) => r.join(';')).join('\n');
    case 'pipe': return ['| ' + H.join(' | ') + ' |', '|' + H.map(() => '---').join('|') + '|', ...B.map((r) => '| ' + r.join(' | ') + ' |')].join('\n');
    case 'fixed': {
      const W = H.map((h, j) => Math.max(dispW(h), ...B.map((r) => dispW(r[j]))));
      return [H, ...B].map((r) => r.map((v, j) => v + ' '.repeat(W[j] - dispW(v) + 2)).join('').trimEnd()).join('\n');
    }
    case 'kv': {
      const sep = pick(['：', ': ', '：', '=']), fj = pick(['\n', '\n', '；', '  ']), rj = fj === '\n' ? pick(['\n\n', '\n----------\n']) : '\n', num = chance(0.4);
      return B.map((r, i) => (num ? `【${i + 1}】${fj === '\n' ? '\n' : ' '}` : '') + r.map((v, j) => (v ? H[j] + sep + v : '')).filter(Boolean).join(fj)).join(rj);
    }
    case 'json': return JSON.stringify(B.map((r) => Object.fromEntries(r.map((v, j) => [H[j], v]))), null, chance(0.5) ? 2 : 0);
    case 'html': return '<table border="1">\n<tr>' + H.map((h) => `<th>${h}</th>`).join('') + '</tr>\n' + B.map((r) => '<tr>' + r.map((v) => `<td>${v}</td>`).join('') + '</tr>').join('\n') + '\n</table>';
    case 'cnlist': return B.map((r, i) => `${i + 1}${pick(['. ', '、'])}` + r.filter(Boolean).join(pick(['，', '，', ' ', '；', '/']))).join('\n');
    default: throw new Error('fmt ' + fmt);
  }
}
const FMT_ALL = ['csv', 'csv', 'tsv', 'pipe', 'fixed', 'kv', 'json', 'html', 'semi', 'cnlist'];
function branch(bank, city) { return bank + city + pick(BRANCH); }
function brOf(p, city) { if (!p.br) p.br = branch(p.bank, city || (p.h ? p.h.city : pick(HOSP).city)); return p.br; }
const CITY_REG = { 北京: '110105', 上海: '310104', 广州: '440104', 天津: '120101', 重庆: '500103', 沈阳: '210102', 南京: '320102', 武汉: '420102', 成都: '510104',
  西安: '610103', 杭州: '330102', 深圳: '440303', 苏州: '320506', 济南: '370102', 青岛: '370202', 郑州: '410102', 长沙: '430102', 兰州: '620102', 石家庄: '130102',
  长春: '220102', 哈尔滨: '230102', 福州: '350102', 昆明: '530102', 乌鲁木齐: '650102', 拉萨: '540102', 呼和浩特: '150102' };
function coUscc(co) { if (!co.uscc) co.uscc = mkUscc('91', co.reg); return co.uscc; }
function hospUscc(h) { if (!h.uscc) h.uscc = mkUscc('12', CITY_REG[h.city]); return h.uscc; }

// ---------------------------------------------------------------- kinds
const REGN = ['华东', '华南', '华北', '西南', '西北', '华中', '东北'];
const NOTE = [
  (d, p, x) => `${d.sal(p)}对${d.x('drug', x.drug.n)}疗效认可，希望下次带病例资料`,
  (d, p) => `${d.sal(p)}本周门诊时间${pick(['周二上午', '周三下午', '周四全天'])}，约下周再访`,
  (d, p) => `科室会已确认，${d.sal(p)}讲${pick(TOPICS)}`,
  (d, p, x) => `${d.sal(p)}反馈入院患者${d.x('drug', x.drug.n)}用量稳定`,
  (d, p) => `跟进进药流程，${d.sal(p)}建议先找药剂科`,
  () => '常规拜访，递送文献', () => '', (d, p, x) => `邀请参加${x.city}区域会`,
  (d, p) => `${d.sal(p)}出差，改约${pick(['下周一', '月底'])}`,
];
function wxOf(d, p) {
  if (p.wxm === undefined) { p.wxm = rnd(); p.wx = wxId(p); }
  return p.wxm < 0.45 ? p.wx : p.wxm < 0.65 ? d.mob(p.mob, 'bare') : p.wxm < 0.8 ? '同手机' : '';
}
const initials = (p) => {
  if (!p.py.g.length) return p.py.full.slice(0, 3).toUpperCase();
  const s = p.py.s.toUpperCase(), g = p.py.g.map((x) => x[0].toUpperCase());
  return pick([() => s[0] + g.join(''), () => s.slice(0, 2) + g.join(''), () => [s[0], ...g].join('-'), () => (s[0] + g.join('') + 'XXXX').slice(0, 4)])();
};

function kVisit(d) {
  const co = pick(CO), fmt = pick([...FMT_ALL, 'daily', 'daily', 'daily']);
  const rep = mkP({ by: [1985, 1999], mailHost: co.dom }), h0 = pick(HOSP);
  const docs = Array.from({ length: ri(1, 25) }, () => mkDoctor(chance(0.6) ? h0 : pick(HOSP)));
  const ds = dateSt(), ms = mobSt(), pd = padOpt(fmt);
  const rows = Array.from({ length: rowsN() }, () => ({ p: pick(docs), dt: rdt(), drug: pick(DRUGS), type: pick(['一对一拜访', '科室会', '电话拜访', '线上拜访', '院内会', '送资料']), mm: rnd() }));
  if (fmt === 'daily') {
    const k = Math.min(rows.length, ri(1, 8));
    let t = `【工作日报】${d.x('date', fmtD(rdt(), ds))} ${d.name(rep)} ${d.x('company', co.short)} ${pick(['心血管线', '肿瘤线', '代谢线', '呼吸线'])}\n今日拜访${k}位客户：\n`;
    for (let i = 0; i < k; i++) {
      const { p, drug } = rows[i];
      const who = chance(0.75) ? d.name(p) + pick(['主任', '教授', '医生', '']) : d.sal(p);
      const ph = p.mm === undefined ? (p.mm = rnd()) : p.mm;
      t += `${i + 1}. ${d.x('hospital', p.h.n)} ${d.x('department', p.dept)} ${who}（${d.x('title', p.title)}）` +
        (ph < 0.6 ? `，${pick(['电话', '手机', '手机号'])} ${d.mob(p.mob, ms)}` : ph < 0.75 ? `，电话 ${d.x('masked_mobile', maskMob(p.mob))}` : '') +
        `。${pick(NOTE)(d, p, { drug, city: p.h.city })}\n`;
    }
    t += `明日计划：拜访${d.x('hospital', h0.n)}${d.sal(pick(docs))}，准备${d.x('drug', pick(DRUGS).n)}病例分享。`;
    return t;
  }
  let head = pick([() => `${d.x('company', co.n)} 医药代表拜访记录`, () => `拜访记录导出（${d.x('company', co.short)} CRM）`, () => `${co.short}${pick(REGN)}区 ${pick(['Q1', 'Q2', 'Q3', 'Q4', '5月', '6月'])}拜访明细`])();
  if (chance(0.6)) head += `\n导出人：${d.name(rep)}${chance(0.5) ? `（工号 ${d.x('employee_no', 'HK' + digits(5))}）` : ''}  导出时间：${d.x('timestamp', fmtD(rdt(), 'iso') + ' ' + hms() + ':' + pad(ri(0, 59), 2))}`;
  const cs = cols([
    { h: ['拜访日期', '日期', '拜访时间'], f: (r) => d.x('date', fmtD(r.dt, ds)), first: true },
    { h: ['代表', '医药代表', '拜访人'], f: () => d.name(rep), p: 0.5 },
    { h: ['医生姓名', '客户姓名', '医生', '拜访对象'], f: (r) => d.name(r.p, { pad: pd }) },
    { h: ['医院', '医院名称', '终端'], f: (r) => d.x('hospital', r.p.h.n) },
    { h: ['科室'], f: (r) => d.x('department', r.p.dept), p: 0.85 },
    { h: ['职称'], f: (r) => d.x('title', r.p.title), p: 0.6 },
    { h: ['手机', '手机号', '联系方式', '电话'], f: (r) => (r.mm < 0.8 ? d.mob(r.p.mob, ms) : r.mm < 0.9 ? d.x('masked_mobile', maskMob(r.p.mob)) : ''), p: 0.85 },
    { h: ['微信', '微信号'], f: (r) => wxOf(d, r.p), p: 0.4 },
    { h: ['拜访方式', '类型'], f: (r) => r.type, p: 0.6 },
    { h: ['产品', '推广产品'], f: (r) => d.x('drug', r.drug.n), p: 0.6 },
    { h: ['拜访内容', '备注', '沟通要点'], f: (r) => pick(NOTE)(d, r.p, { drug: r.drug, city: r.p.h.city }), p: 0.7 },
  ]);
  return head + '\n' + render(cs, rows, fmt);
}

function kKol(d) {
  const co = pick(CO), fmt = pick(FMT_ALL), ms = mobSt(), pd = padOpt(fmt);
  const reps = Array.from({ length: ri(1, 4) }, () => mkP({ by: [1982, 1998], mailHost: co.dom }));
  const rows = Array.from({ length: rowsN() }, () => {
    const p = mkDoctor(); p.lvl = pick(['A', 'B', 'C', '全国级', '省级', '市级', 'T1', 'T2']); p.rep = pick(reps);
    p.adm = chance(0.5) ? pick(ADMIN) : ''; p.soc = chance(0.4) ? pick(SOCIETY) : ''; p.mm = rnd(); return p;
  });
  const head = pick([() => `${d.x('company', co.short)} ${pick(['心血管', '肿瘤', '内分泌', '呼吸', '风湿免疫'])}领域 KOL 名单（内部资料，请勿外传）`,
    () => `KOL专家库导出_${d.x('date', yymmdd(rdt()))}`, () => `${pick(REGN)}区重点专家名录`, () => '专家信息汇总表', () => ''])();
  const cs = cols([
    { h: ['序号', 'No'], f: (r, i) => String(i + 1), first: true, p: 0.7 },
    { h: ['姓名', '专家姓名', '医生姓名', 'KOL姓名'], f: (r) => d.name(r, { pad: pd }) },
    { h: ['性别'], f: (r) => (r.g === 'M' ? '男' : '女'), p: 0.4 },
    { h: ['医院', '单位', '所在医院'], f: (r) => d.x('hospital', r.h.n) },
    { h: ['科室'], f: (r) => d.x('department', r.dept), p: 0.8 },
    { h: ['职称', '技术职称'], f: (r) => d.x('title', r.title), p: 0.8 },
    { h: ['行政职务', '职务'], f: (r) => (r.adm ? d.x('admin_title', r.adm) : ''), p: 0.5 },
    { h: ['学会任职', '社会任职'], f: (r) => (r.soc ? d.x('society_role', r.soc) : ''), p: 0.4 },
    { h: ['级别', 'KOL级别', '分级'], f: (r) => r.lvl, p: 0.7 },
    { h: ['手机', '手机号码', '联系电话', '电话'], f: (r) => (r.mm < 0.85 ? d.mob(r.mob, ms) : r.mm < 0.93 ? d.x('masked_mobile', maskMob(r.mob)) : ''), p: 0.9 },
    { h: ['邮箱', '电子邮箱', 'Email', 'E-mail'], f: (r) => (r.mm > 0.12 ? d.mail(r.mail, mailOpt()) : ''), p: 0.8 },
    { h: ['微信'], f: (r) => wxOf(d, r), p: 0.3 },
    { h: ['负责代表', '对接人', '维护人'], f: (r) => d.name(r.rep), p: 0.5 },
    { h: ['代表邮箱'], f: (r) => d.mail(r.rep.mail), p: 0.15 },
  ]);
  return (head ? head + '\n' : '') + render(cs, rows, fmt);
}

function kSpeaker(d) {
  const co = pick(CO), h0 = pick(HOSP), fmt = pick(['csv', 'csv', 'tsv', 'pipe', 'fixed', 'html', 'json', 'kv', 'semi', 'cnlist']);
  const ds = dateSt(), ms = mobSt(), cst = cardSt(), ist = chance(0.15) ? 'lx' : chance(0.05) ? 'sp' : 'bare', as = amtSt(), pd = padOpt(fmt);
  const masked = chance(0.1), excel = fmt === 'csv' && chance(0.2);
  const rows = Array.from({ length: rowsN() }, () => {
    const p = mkP({ by: [1958, 1990], h: chance(0.6) ? h0 : pick(HOSP) }); p.title = pick(TITLE_MD);
    p.amt = pick([1000, 1500, 2000, 2500, 3000, 3500, 4000, 5000, 6000, 8000]); p.pass = !masked && chance(0.04); if (p.pass) p.ppn = mkPassport();
    if (p.pass) return p;
    if (p.id.endsWith('X') && ist === 'bare' && chance(0.3)) p.ist = 'lx';
    return p;
  });
  const anyPass = rows.some((r) => r.pass);
  const mday = rdt(), mtg = `${mday[0]}年${pick(REGN)}区${pick(['心血管疾病诊疗新进展研讨会', '肺癌多学科诊疗论坛', '糖尿病规范化管理培训班', '肿瘤免疫治疗高峰论坛', '城市会', '科室会'])}`;
  let t = `${mtg}\n${pick(['讲者劳务费发放明细表', '专家讲课费发放表', '讲者劳务费用支付清单', '讲者信息及劳务费确认表'])}\n`;
  t += `会议编号：${d.x('meeting_no', pick(['MTG-', 'HY', 'M']) + yymmdd(mday) + '-' + pad(ri(1, 999), 3))}  会议日期：${d.x('date', fmtD(mday, ds))}  地点：${h0.city}${d.x('hotel', pick(HOTELS))}\n`;
  if (chance(0.6)) t += `主办单位：${d.x('company', co.n)}${chance(0.6) ? `  统一社会信用代码：${d.uscc(coUscc(co))}` : ''}\n`;
  if (chance(0.25)) {
    const acct = chance(0.5) ? pick(['0200', '1001', '3100']) + digits(15) : digits(ri(12, 15));
    t += `付款账户：${co.n} ${acct.length >= 16 ? d.c('bank_card', acct) : d.x('corp_account', acct)}\n`;
  }
  const idCell = (r) => {
    if (masked) return d.x('masked_id', r.id.slice(0, 6) + '********' + r.id.slice(14));
    if (r.pass) return d.pp(r.ppn);
    if (excel && chance(0.1)) return d.x('excel_sci', excelSci(r.id));
    return d.id(r.id, r.ist || ist);
  };
  const cardCell = (r) => {
    if (masked) return d.x('masked_card', maskCard(r.card));
    if (excel && chance(0.1)) return d.x('excel_sci', excelSci(r.card));
    const raw = d.card(r.card, cst);
    return excel && chance(0.3) ? "'" + raw : raw;
  };
  const cs = cols([
    { h: ['序号', 'No.', '编号'], f: (r, i) => String(i + 1), first: true, p: 0.8 },
    { h: ['讲者姓名', '讲者', '姓名', '专家姓名', '收款人'], f: (r) => (masked ? d.x('masked_name', r.name[0] + '*'.repeat([...r.name].length - 1)) : d.name(r, { pad: pd })) },
    { h: ['医院', '单位', '工作单位'], f: (r) => d.x('hospital', r.h.n) },
    { h: ['职称'], f: (r) => d.x('title', r.title), p: 0.6 },
    { h: '证件类型', f: (r) => (r.pass ? '护照' : '身份证'), p: anyPass ? 1 : 0.2 },
    { h: ['身份证号', '证件号码', '身份证号码', '公民身份号码'], f: idCell },
    { h: ['手机', '手机号', '联系电话'], f: (r) => (masked ? d.x('masked_mobile', maskMob(r.mob)) : d.mob(r.mob, ms)), p: 0.6 },
    { h: ['银行卡号', '卡号', '收款账号', '银行账号'], f: cardCell },
    { h: ['开户行', '开户银行', '开户支行'], f: (r) => d.x('bank_branch', brOf(r)) },
    { h: ['邮箱', 'E-mail'], f: (r) => (masked ? '' : d.mail(r.mail, mailOpt())), p: 0.25 },
    { h: ['讲课题目', '题目'], f: () => pick(TOPICS), p: 0.3 },
    { h: ['劳务费（税前）', '税前金额', '讲课费', '金额'], f: (r) => d.x('amount', fmtAmt(r.amt, as)) },
    { h: ['代扣个税', '个税'], f: (r) => d.x('amount', fmtAmt(tax(r.amt), as)), p: 0.5 },
    { h: ['实发金额', '税后金额'], f: (r) => d.x('amount', fmtAmt(r.amt - tax(r.amt), as)), p: 0.5 },
    { h: ['付款流水号', '交易流水号'], f: () => d.x('txn_no', txnNo()), p: 0.3 },
  ]);
  t += render(cs, rows, fmt) + '\n';
  const total = rows.reduce((s, r) => s + r.amt, 0);
  t += `合计：${d.x('amount', fmtAmt(total, as))}\n`;
  const mk = mkP({ by: [1985, 1998], mailHost: co.dom }), ck = mkP({ by: [1975, 1995] });
  if (chance(0.7)) t += `制表：${d.name(mk)}  复核：${d.name(ck)}  日期：${d.x('date', fmtD(rdt(), ds))}\n`;
  if (chance(0.5)) t += `会务联系人：${d.name(mk)} ${d.mob(mk.mob, mobSt())}${chance(0.5) ? ' 邮箱 ' + d.mail(mk.mail) : ''}\n`;
  if (chance(0.3)) t += `财务邮箱：${d.mail('finance@' + co.dom, { dc: true })}  咨询热线：${d.x('hotline', hotline())}\n`;
  return t;
}

function kMember(d) {
  const store = pick(STORES), h = pick(PHONE_CITIES), fmt = pick(['csv', 'csv', 'tsv', 'fixed', 'json', 'html', 'semi', 'pipe', 'kv']);
  const masked = chance(0.15), ms = mobSt(), ds = dateSt(), pd = padOpt(fmt);
  const phoneCard = chance(0.35);
  const rows = Array.from({ length: rowsN() }, () => {
    const p = mkP({ by: [1938, 2002] });
    p.cardNo = phoneCard ? null : pick([() => '88' + digits(8), () => '6600' + digits(8), () => 'VIP' + digits(7), () => 'HY' + digits(9)])();
    p.tag = pick(['高血压', '糖尿病', '高血脂', '冠心病', '慢阻肺', '', '']); return p;
  });
  let t = `${d.x('store', store)}（${h.city}${pick(STREETS)}店）会员信息导出\n`;
  if (chance(0.5)) t += `医保定点编码：${d.x('pharmacy_code', 'P' + pick(REGIONS) + digits(5))}  门店电话：${d.tel(landlineFor(h), telSt())}\n`;
  if (chance(0.2)) t += `客服热线：${d.x('hotline', hotline())}\n`;
  const cs = cols([
    { h: ['会员卡号', '会员号', '卡号'], f: (r) => (r.cardNo ? d.x('member_card', r.cardNo) : masked ? d.x('masked_mobile', maskMob(r.mob)) : d.mob(r.mob, 'bare')), first: true },
    { h: ['姓名', '会员姓名', '顾客姓名'], f: (r) => (masked ? d.x('masked_name', r.name[0] + '*'.repeat([...r.name].length - 1)) : d.name(r, { pad: pd })) },
    { h: ['性别'], f: (r) => (r.g === 'M' ? '男' : '女'), p: 0.6 },
    { h: ['出生日期', '生日'], f: (r) => `${r.by}-${pad(ri(1, 12), 2)}-${pad(ri(1, 28), 2)}`, p: 0.4 },
    { h: ['手机号', '手机', '联系电话'], f: (r) => (masked ? d.x('masked_mobile', maskMob(r.mob)) : d.mob(r.mob, ms)), p: phoneCard ? 0.5 : 1 },
    { h: ['慢病标签', '慢病类型', '标签'], f: (r) => r.tag, p: 0.7 },
    { h: ['积分', '当前积分'], f: () => String(ri(0, 9800)), p: 0.6 },
    { h: ['累计消费', '消费金额'], f: () => d.x('amount', fmtAmt(ri(20, 30000) + ri(0, 99) / 100, 'plain')), p: 0.6 },
    { h: ['最近购药', '最后消费日期', '最近消费'], f: () => d.x('date', fmtD(rdt(), ds)), p: 0.6 },
    { h: ['常购药品'], f: () => d.x('drug', pick(DRUGS).n), p: 0.4 },
  ]);
  return t + render(cs, rows, fmt);
}

function kFollow(d) {
  const h = pick(PHONE_CITIES), fmt = pick(['csv', 'tsv', 'pipe', 'fixed', 'kv', 'kv', 'html', 'cnlist']), ds = dateSt(), ms = mobSt(), pd = padOpt(fmt);
  const pharm = mkP({ by: [1980, 1998] }), site = chance(0.5) ? `${pick(STORES)}${h.city}${pick(STREETS)}店` : h.n;
  const rows = Array.from({ length: rowsN() }, () => {
    const p = mkP({ by: [1935, 1985] }); p.ph = rnd(); p.tel = landlineFor(h); p.drug = pick(DRUGS); p.diag = pick(DIAG);
    if (chance(0.3)) { p.fam = mkP({ by: [1965, 2000] }); p.rel = pick(['女儿', '儿子', '配偶', '儿媳', '孙女']); }
    return p;
  });
  let t = `${d.x(site === h.n ? 'hospital' : 'store', site)} ${pick(['慢病患者随访登记表', '慢病随访记录', '患者用药随访表', '重点患者回访清单'])}\n`;
  if (chance(0.7)) t += `随访人：${d.name(pharm)}（${d.x('title', pick(TITLE_RX))}）  导出日期：${d.x('date', fmtD(rdt(), ds))}\n`;
  const cs = cols([
    { h: ['随访日期', '日期'], f: () => d.x('date', fmtD(rdt(), ds)), first: true },
    { h: ['患者姓名', '患者', '姓名'], f: (r) => d.name(r, { pad: pd }) },
    { h: ['性别/年龄', '性别年龄'], f: (r) => `${r.g === 'M' ? '男' : '女'}/${2025 - r.by}`, p: 0.6 },
    { h: ['联系电话', '电话', '手机'], f: (r) => (r.ph < 0.7 ? d.mob(r.mob, ms) : r.ph < 0.9 ? d.tel(r.tel, telSt(), false) : d.mob(r.mob, ms) + ' / ' + d.tel(r.tel, telSt(), false)) },
    { h: ['诊断'], f: (r) => r.diag[0], p: 0.7 },
    { h: ['用药', '药品', '在用药品'], f: (r) => d.x('drug', r.drug.n) },
    { h: ['批号'], f: () => d.x('batch_no', batchNo()), p: 0.4 },
    { h: ['剂量', '用法用量'], f: () => pick(['1片 qd', '1片 bid', '0.5g tid', '10U 睡前', '遵医嘱']), p: 0.5 },
    { h: ['血压/血糖', '指标'], f: () => pick([`${ri(110, 170)}/${ri(65, 100)}`, `空腹${ri(50, 110) / 10}`]), p: 0.4 },
    { h: ['依从性'], f: () => pick(['好', '一般', '差', '漏服1次']), p: 0.5 },
    { h: ['下次随访', '下次回访'], f: () => d.x('date', fmtD(rdt(), ds)), p: 0.5 },
    { h: ['随访人', '回访人'], f: () => d.name(pharm), p: 0.3 },
    { h: ['紧急联系人', '家属联系方式'], f: (r) => (r.fam ? `${r.rel} ${d.name(r.fam)} ${d.mob(r.fam.mob, ms)}` : ''), p: 0.4 },
  ]);
  return t + render(cs, rows, fmt);
}

function kDtp(d) {
  const h0 = pick(PHONE_CITIES), fmt = pick(['csv', 'csv', 'tsv', 'pipe', 'json', 'html', 'kv', 'fixed']), ds = dateSt(), ms = mobSt(), ist = chance(0.2) ? 'lx' : 'bare', pd = padOpt(fmt);
  const store = `${pick(STORES)}DTP专业药房（${h0.city}${pick(STREETS)}店）`;
  const pharms = Array.from({ length: ri(1, 3) }, () => mkP({ by: [1978, 1997] }));
  const docs = Array.from({ length: ri(1, 8) }, () => mkDoctor(chance(0.7) ? h0 : pick(HOSP)));
  const drugs = DRUGS.filter((x) => x.t === 'S' || /替尼|单抗|阿比特龙|来那度胺|紫杉醇/.test(x.n));
  const rows = Array.from({ length: rowsN() }, () => {
    const p = mkP({ by: [1940, 2008] }); p.dr = pick(docs); p.drug = pick(drugs); p.im = rnd(); p.ssk = chance(0.5); return p;
  });
  let t = `${d.x('store', store)} 处方登记\n`;
  if (chance(0.6)) t += `医保定点编码：${d.x('pharmacy_code', 'P' + pick(REGIONS) + digits(5))}  药房电话：${d.tel(landlineFor(h0), telSt())}${extOf()}\n`;
  if (chance(0.3)) t += `药房邮箱：${d.mail('dtp@' + pick(['yiminyf', 'renhetang', 'kangning-yf', 'baixinyf']) + '.com', { dc: true })}\n`;
  const cs = cols([
    { h: ['处方号', '处方编号'], f: () => d.x('rx_no', rxNo()), first: true },
    { h: ['开方日期', '处方日期', '调配日期'], f: () => d.x('date', fmtD(rdt(), ds)) },
    { h: ['患者姓名', '患者', '姓名'], f: (r) => d.name(r, { pad: pd }) },
    { h: ['性别'], f: (r) => (r.g === 'M' ? '男' : '女'), p: 0.5 },
    { h: ['年龄'], f: (r) => String(2025 - r.by), p: 0.5 },
    { h: ['身份证号', '证件号码', '身份证'], f: (r) => (r.im < 0.75 ? d.id(r.id, ist) : r.im < 0.9 ? d.x('masked_id', r.id.slice(0, 4) + '**********' + r.id.slice(14)) : ''), p: 0.75 },
    { h: ['社保卡号', '医保卡号'], f: (r) => (r.ssk && r.im < 0.75 ? d.id(r.id, 'bare') : ''), p: 0.2 },
    { h: ['联系电话', '手机', '患者电话'], f: (r) => d.mob(r.mob, ms), p: 0.85 },
    { h: ['药品名称', '通用名', '药品'], f: (r) => d.x('drug', r.drug.n) },
    { h: ['规格'], f: (r) => r.drug.spec, p: 0.5 },
    { h: ['批准文号'], f: (r) => d.x('drug_approval_no', approvalNo(r.drug.t)), p: 0.5 },
    { h: ['批号', '生产批号'], f: () => d.x('batch_no', batchNo()), p: 0.7 },
    { h: ['有效期至', '效期'], f: () => d.x('date', fmtD(rdt(2025, 2027), ds)), p: 0.4 },
    { h: ['数量'], f: () => String(ri(1, 6)) + pick(['盒', '支', '瓶']), p: 0.6 },
    { h: ['金额', '实收'], f: () => d.x('amount', fmtAmt(ri(300, 48000), 'plain')), p: 0.5 },
    { h: ['处方医生', '开方医生', '医生'], f: (r) => d.name(r.dr) },
    { h: ['处方医院', '医院'], f: (r) => d.x('hospital', r.dr.h.n) },
    { h: ['门诊号/住院号', '门诊号', '住院号'], f: () => d.x(chance(0.6) ? 'outpatient_no' : 'inpatient_no', chance(0.6) ? mzNo() : zyNo()), p: 0.4 },
    { h: ['审方药师', '调配药师', '药师'], f: () => d.name(pick(pharms)), p: 0.7 },
  ]);
  return t + render(cs, rows, fmt);
}

function kDevice(d) {
  const co = pick(CO), fmt = pick(['kv', 'kv', 'kv', 'csv', 'pipe', 'html', 'fixed', 'json']), ds = dateSt(), ms = mobSt();
  const engs = Array.from({ length: ri(1, 3) }, () => mkP({ by: [1982, 1998], mailHost: co.dom }));
  const n = Math.min(rowsN(), 40);
  const rows = Array.from({ length: n }, () => {
    const h = pick(HOSP); const c = mkP({ by: [1965, 1995] }); c.dept = pick(DEPT); c.h = h;
    return { h, c, eq: chance(0.5) ? mkP({ by: [1965, 1992] }) : null, eng: pick(engs), dev: pick(DEVICES), dt: rdt(), duty: chance(0.1) ? mkMob() : null, part: chance(0.15), tel: h.L ? landlineFor(h) : null };
  });
  let t = `${d.x('company', co.n)} ${pick(['装机记录', '设备安装验收记录汇总', '装机及验收台账', '售后装机单'])}\n`;
  if (chance(0.3)) t += `服务热线：${d.x('hotline', hotline())}\n`;
  const cs = cols([
    { h: ['装机单号', '工单号', '服务单号'], f: () => d.x('order_no', pick(['AZ', 'ZJ', 'FW']) + '-' + yymmdd(rdt()) + '-' + pad(ri(1, 999), 4)), first: true },
    { h: ['医院', '装机医院', '用户单位'], f: (r) => d.x('hospital', r.h.n) },
    { h: ['科室', '使用科室'], f: (r) => d.x('department', r.c.dept) },
    { h: ['设备名称', '产品名称'], f: (r) => d.x('device', r.dev) },
    { h: ['型号', '规格型号'], f: () => d.x('device_model', pick(['HX-', 'ZY-', 'AT ', 'MD-']) + ri(100, 990) + pick(['', 'A', 'Plus', 'Pro', 'S'])) },
    { h: ['注册证号', '医疗器械注册证号', '注册证编号'], f: () => d.x('device_reg_no', devRegNo()), p: 0.8 },
    { h: ['序列号', 'SN', '机身号'], f: () => d.x('serial_no', pick([() => 'SN' + ri(20, 24) + pick(['A', 'B', 'C']) + digits(6), () => yymmdd(rdt(2020, 2024)) + digits(8), () => 'ZY' + digits(10)])()) },
    { h: ['配件编号', '货号'], f: (r) => (r.part ? d.x('part_no', 'E' + digits(8)) : ''), p: 0.2 },
    { h: ['装机日期', '安装日期'], f: (r) => d.x('date', fmtD(r.dt, ds)) },
    { h: ['科室联系人', '联系人', '使用科室联系人'], f: (r) => d.name(r.c) + (chance(0.3) ? pick(['护士长', '主任', '']) : '') },
    { h: ['联系人手机', '联系电话', '手机'], f: (r) => d.mob(r.c.mob, ms) },
    { h: ['科室电话', '座机', '办公电话'], f: (r) => (r.tel ? d.tel(r.tel, telSt()) + (chance(0.3) ? extOf() : '') : ''), p: 0.4 },
    { h: ['值班手机'], f: (r) => (r.duty ? d.mob(r.duty, 'bare', true) : ''), p: 0.15 },
    { h: ['设备科联系人', '验收人'], f: (r) => (r.eq ? d.name(r.eq) : ''), p: 0.6 },
    { h: ['安装工程师', '工程师', '服务工程师'], f: (r) => d.name(r.eng) },
    { h: ['工程师电话', '工程师手机'], f: (r) => d.mob(r.eng.mob, ms), p: 0.6 },
    { h: ['工程师邮箱'], f: (r) => d.mail(r.eng.mail), p: 0.2 },
    { h: ['备注'], f: () => pick(['已完成培训', '验收合格', '待补充验收单', '', '电源改造后复装']), p: 0.4 },
  ]);
  return t + render(cs, rows, fmt);
}

function kPap(d) {
  const proj = pick(['“生命之光”', '“晨曦”', '“同行”', '“希望之桥”', '“安心”']) + pick(['患者援助项目', '慈善赠药项目', '用药援助项目']);
  const ds = dateSt(), drug = pick(DRUGS.filter((x) => x.t === 'S' || /替尼|单抗|来那度胺/.test(x.n)));
  if (chance(0.35)) { // approved list
    const fmt = pick(['csv', 'tsv', 'pipe', 'html', 'fixed', 'json']), ms = mobSt(), pd = padOpt(fmt);
    const rows = Array.from({ length: rowsN() }, () => { const p = mkP({ by: [1940, 2008] }); p.h = pick(HOSP); p.diag = pick(DIAG); p.im = rnd(); return p; });
    let t = `${proj} ${pick(['第' + ri(1, 12) + '批审核通过名单', '申请受理台账', '发药登记汇总'])}\n`;
    const cs = cols([
      { h: ['申请编号', '受理号'], f: () => d.x('application_no', 'PAP-' + ri(2023, 2025) + '-' + pad(ri(1, 99999), 5)), first: true },
      { h: ['患者姓名', '申请人', '姓名'], f: (r) => d.name(r, { pad: pd }) },
      { h: ['身份证号', '证件号码'], f: (r) => (r.im < 0.85 ? d.id(r.id) : d.x('masked_id', r.id.slice(0, 3) + '***********' + r.id.slice(14))) },
      { h: ['诊断'], f: (r) => r.diag[0], p: 0.7 },
      { h: ['ICD-10', '疾病编码'], f: (r) => d.x('icd_code', r.diag[1]), p: 0.3 },
      { h: ['就诊医院', '医院'], f: (r) => d.x('hospital', r.h.n) },
      { h: ['援助药品'], f: () => d.x('drug', drug.n), p: 0.5 },
      { h: ['联系电话', '手机'], f: (r) => d.mob(r.mob, ms), p: 0.8 },
      { h: ['审核结果', '状态'], f: () => pick(['通过', '通过', '补充材料', '不通过']) },
      { h: ['审核日期', '发药日期'], f: () => d.x('date', fmtD(rdt(), ds)), p: 0.6 },
    ]);
    return t + render(cs, rows, fmt);
  }
  const p = mkP({ by: [1940, 2008] }), h = pick(HOSP), doc = mkDoctor(h), diag = pick(DIAG), sep = pick(['：', ':', '：']);
  const dob = `${p.by}年${ri(1, 12)}月${ri(1, 28)}日`;
  let t = `${proj} 申请表\n申请编号${sep}${d.x('application_no', 'PAP' + ri(2023, 2025) + pad(ri(1, 99999), 6))}    援助药品${sep}${d.x('drug', drug.n)}\n`;
  t += `一、患者信息\n患者姓名${sep}${d.name(p)}    性别${sep}${p.g === 'M' ? '男' : '女'}    出生日期${sep}${dob}\n`;
  t += `证件类型${sep}居民身份证    证件号码${sep}${d.id(p.id, chance(0.15) ? 'lx' : chance(0.05) ? 'sp' : 'bare')}\n`;
  t += `联系电话${sep}${d.mob(p.mob, mobSt())}`;
  if (chance(0.3) && h.L) t += `    家庭电话${sep}${d.tel(landlineFor(h), telSt(), false)}`;
  t += `\n通讯地址${sep}${h.city}市${pick(STREETS)}${ri(1, 300)}号${ri(1, 30)}栋${ri(1, 6)}单元${ri(101, 2802)}室\n`;
  if (chance(0.35)) t += `电子邮箱${sep}${d.mail(p.mail, mailOpt())}\n`;
  t += `二、诊断信息\n诊断${sep}${diag[0]}    ICD-10${sep}${d.x('icd_code', diag[1])}\n`;
  t += `就诊医院${sep}${d.x('hospital', h.n)}    科室${sep}${d.x('department', doc.dept)}    ${chance(0.5) ? '住院号' + sep + d.x('inpatient_no', zyNo()) : '门诊号' + sep + d.x('outpatient_no', mzNo())}\n`;
  t += `主治医生${sep}${d.name(doc)}（${d.x('title', doc.title)}）${chance(0.4) ? '    医生电话' + sep + d.mob(doc.mob, 'bare') : ''}\n`;
  if (chance(0.7)) {
    const f = mkP({ by: [1960, 2000] });
    t += `三、家属/代理人信息\n姓名${sep}${d.name(f)}    与患者关系${sep}${pick(['子女', '配偶', '父母', '兄弟姐妹'])}\n`;
    if (chance(0.6)) t += `身份证号${sep}${d.id(f.id)}    `;
    t += `手机${sep}${d.mob(f.mob, mobSt())}\n`;
  }
  if (chance(0.45)) t += `四、收款账户（交通补助）\n户名${sep}${d.name(p)}    开户行${sep}${d.x('bank_branch', brOf(p, h.city))}\n卡号${sep}${d.card(p.card, cardSt())}\n`;
  t += `申请人签字：__________    日期：${d.x('date', fmtD(rdt(), ds))}\n`;
  t += `项目办公室热线：${d.x('hotline', hotline())}`;
  if (chance(0.5)) t += `    项目邮箱：${d.mail(pick(['pap', 'help', 'apply']) + '@' + pick(['cfpa-help.org.cn', 'hope-pap.org.cn', 'ckf-pap.org']), { dc: true })}`;
  return t + '\n';
}

const SPEC_EN = { 心内科: 'Cardiology', 心血管内科: 'Cardiology', 肿瘤内科: 'Medical Oncology', 胸外科: 'Thoracic Surgery', 呼吸与危重症医学科: 'Pulmonology',
  内分泌科: 'Endocrinology', 消化内科: 'Gastroenterology', 神经内科: 'Neurology', 肾内科: 'Nephrology', 血液科: 'Hematology', 风湿免疫科: 'Rheumatology',
  普外科: 'General Surgery', 骨科: 'Orthopedics', 药剂科: 'Pharmacy', 检验科: 'Laboratory', 超声科: 'Ultrasound', 放疗科: 'Radiation Oncology', 影像科: 'Radiology',
  重症医学科: 'ICU', 儿科: 'Pediatrics', 妇产科: 'OB/GYN', 眼科: 'Ophthalmology', 皮肤科: 'Dermatology', 感染科: 'Infectious Disease', 急诊科: 'Emergency',
  老年医学科: 'Geriatrics', 乳腺外科: 'Breast Surgery', 泌尿外科: 'Urology', 肝胆外科: 'Hepatobiliary Surgery', 介入科: 'Interventional Radiology' };
const TITLE_EN = ['Chief Physician', 'Associate Chief Physician', 'Attending Physician', 'Resident', 'Professor'];
function kCrm(d) {
  const co = pick(CO), fmt = pick(['csv', 'csv', 'csv', 'tsv', 'json', 'json']), ms = wpick([['bare', 50], ['p86', 25], ['p86sp', 15], ['dash', 10]]);
  const owners = Array.from({ length: ri(1, 5) }, () => mkP({ by: [1982, 1998], mailHost: co.dom }));
  const rows = Array.from({ length: rowsN() }, () => { const p = mkDoctor(); p.own = pick(owners); p.mm = rnd(); p.tel = p.h.L ? landlineFor(p.h) : null; return p; });
  const cs = cols([
    { h: ['Account ID', 'Id', 'HCP ID'], f: () => d.x('record_id', sfId()), first: true },
    { h: ['HCP Name', 'Account Name', 'Name', 'Full Name'], f: (r) => d.name(r) },
    { h: ['Gender'], f: (r) => (r.g === 'M' ? 'Male' : 'Female'), p: 0.4 },
    { h: ['Specialty', 'Primary Specialty'], f: (r) => SPEC_EN[r.dept] || 'Internal Medicine', p: 0.6 },
    { h: ['Title', 'Professional Title'], f: (r) => d.x('title', pick(TITLE_EN)), p: 0.5 },
    { h: ['Hospital', 'Primary Parent', 'Institution'], f: (r) => d.x('hospital', r.h.n) },
    { h: ['Hospital Code', 'Parent ID'], f: () => d.x('hospital_code', hospCode()), p: 0.4 },
    { h: ['Department'], f: (r) => d.x('department', r.dept), p: 0.6 },
    { h: ['Mobile', 'Mobile Phone', 'Cell'], f: (r) => (r.mm < 0.85 ? d.mob(r.mob, ms) : r.mm < 0.92 ? d.x('masked_mobile', maskMob(r.mob)) : '') },
    { h: ['Phone', 'Office Phone'], f: (r) => (r.tel ? d.tel(r.tel, 'dash') : ''), p: 0.3 },
    { h: ['Email', 'Email Address'], f: (r) => (r.mm > 0.1 ? d.mail(r.mail, mailOpt()) : ''), p: 0.85 },
    { h: ['Segment', 'Tier'], f: () => pick(['A', 'B', 'C', 'KOL', 'Core']), p: 0.6 },
    { h: ['Territory'], f: () => d.x('territory', `CN-${pick(['E', 'S', 'N', 'W', 'C'])}-${pick(['SH', 'BJ', 'GZ', 'CD', 'WH'])}-${pick(['CV', 'ONC', 'DM', 'RS'])}-${pad(ri(1, 40), 3)}`), p: 0.5 },
    { h: ['Owner', 'Owner Name', 'Rep'], f: (r) => d.name(r.own), p: 0.6 },
    { h: ['Owner Email'], f: (r) => d.mail(r.own.mail), p: 0.2 },
    { h: ['Last Call Date', 'Last Activity'], f: () => d.x('date', fmtD(rdt(), 'iso')), p: 0.6 },
    { h: ['CreatedDate', 'SystemModstamp'], f: () => d.x('epoch_ms', epochMs()), p: 0.3 },
    { h: ['Consent', 'Email Opt-in'], f: () => pick(['Y', 'N', 'Yes', 'No']), p: 0.4 },
  ]);
  return render(cs, rows, fmt);
}

function kChat(d) {
  const co = pick(CO), rep = mkP({ by: [1986, 2000], mailHost: co.dom }), n = ri(1, 4), ds = dateSt();
  const docs = Array.from({ length: n }, () => mkDoctor()); const D0 = docs[0];
  const repNick = chance(0.5) ? `${co.short}-${d.name(rep)}` : chance(0.5) ? d.x('nickname', '小' + rep.sur) : `${d.x('company', co.short)}${d.name(rep)}`;
  const dmode = docs.map(() => rnd()), dcache = [];
  const disp = (k) => (dcache[k] ??= dmode[k] < 0.4 ? d.name(docs[k]) : dmode[k] < 0.7 ? d.sal(docs[k]) : `${d.x('department', docs[k].dept)}${d.name(docs[k])}`);
  const day = rdt(); let t = n > 1 ? `群聊"${d.x('hospital', D0.h.n)}${d.x('department', D0.dept)}学术交流群"的聊天记录\n` : `与"${disp(0)}"的聊天记录\n`;
  t += `导出时间：${d.x('date', fmtD(rdt(), ds))}\n\n`;
  const msgs = ri(3, 12), times = Array.from({ length: msgs + 1 }, hms).sort();
  const say = (who, msg) => { t += `${who} ${d.x('timestamp', fmtD(day, 'iso') + ' ' + times.shift())}\n${msg}\n\n`; };
  say(repNick, `${d.sal(D0)}早上好，我是${d.x('company', co.short)}的${d.x('nickname', '小' + rep.sur)}，周四科室会时间您看中午可以吗？`);
  const T = [
    (p, k) => say(disp(k), pick(['可以，12点半，我查完房。', '这周不行，下周吧。', '好的', '收到'])),
    (p, k) => say(repNick, `好的，${d.x('drug', pick(DRUGS).n)}的指南解读我发您邮箱，还是 ${d.mail(p.mail, mailOpt())} 吗？`),
    (p, k) => say(disp(k), `换一个吧，发 ${d.mail(p.mail2 ||= mkMail(p), mailOpt())}`),
    (p, k) => say(disp(k), `有事打我手机 ${d.mob(p.mob, mobSt())}${p.h.L && chance(0.6) ? `，科室电话 ${d.tel(p.dtel ||= landlineFor(p.h), telSt())} 经常没人接` : ''}。`),
    (p, k) => say(repNick, `${d.sal(p)}，下周三${d.x('hospital', p.h.n)}的城市会讲课，麻烦发一下身份证号和银行卡号，财务做劳务费用。`),
    (p, k) => say(disp(k), `身份证${pick(['', '号', '号码'])} ${d.id(p.id, chance(0.15) ? 'lx' : 'bare')}，${p.bank}卡 ${d.card(p.card, cardSt())}，开户行${d.x('bank_branch', brOf(p))}。`),
    (p, k) => { const pt = mkP({ by: [1940, 1990] }); say(disp(k), `上次说的那个患者${d.name(pt)}，援助项目申请表放护士站了，患者电话${pick([' ', '：', ''])}${d.mob(pt.mob, 'bare')}${chance(0.4) ? `，身份证${d.id(pt.id)}` : ''}，你们项目办帮忙跟一下。`); },
    (p, k) => say(repNick, `收到，谢谢${d.sal(p)}！会议资料已发${n > 1 ? '到群文件' : '您邮箱'}。`),
    (p, k) => say(repNick, `${n > 1 ? '各位老师' : d.sal(p)}，会务组${d.name(rep)}的电话 ${d.mob(rep.mob, mobSt())}，酒店${d.x('hotel', pick(HOTELS))}，前台电话 ${p.h.L ? d.tel(landlineFor(p.h), 'dash') : d.x('hotline', hotline())}。`),
    (p, k) => say(disp(k), `${d.x('drug', pick(DRUGS).n)}最近缺货？药剂科说批号${d.x('batch_no', batchNo())}的还没到。`),
    (p, k) => say(repNick, `${d.sal(p)}，您之前的手机号${d.x('masked_mobile', maskMob(p.mob))}还在用吗？我更新一下通讯录。`),
    (p, k) => say(disp(k), pick(['[图片]', '[语音] 8"', '[文件] 病例汇报.pptx', '👍'])),
  ];
  const order = shuffle(T.map((_, i) => i));
  for (let i = 0; i < msgs; i++) { const k = ri(0, n - 1); T[order[i % T.length]](docs[k], k); }
  return t.trimEnd();
}

function kExpense(d) {
  const co = pick(CO), fmt = pick(['csv', 'csv', 'tsv', 'pipe', 'html', 'fixed', 'kv', 'json']), ds = dateSt(), as = amtSt(), cst = cardSt();
  const emps = Array.from({ length: ri(1, 12) }, () => { const p = mkP({ by: [1980, 1999], mailHost: co.dom }); p.emp = (chance(0.5) ? 'HK' : 'E') + digits(5); if (chance(0.25)) { const c = mkCard((x) => ['628288', '625809', '436742', '518710'].includes(x[0])); p.gw = c.c; p.gwb = c.bank; } return p; });
  const boss = mkP({ by: [1970, 1988] }), docs = Array.from({ length: ri(1, 6) }, () => mkDoctor());
  const rows = Array.from({ length: rowsN() }, () => ({ e: pick(emps), doc: pick(docs), amt: ri(30, 3000) + pick([0, 0.5, 0.8]), typ: pick(['业务招待费', '交通费', '会议费', '差旅费', '餐费', '资料费']) }));
  let t = `${d.x('company', co.n)} ${pick(['费用报销明细', '报销单汇总', '月度费用报销清单'])}  ${pick(REGN)}区\n`;
  if (chance(0.4)) t += `开票信息：${d.x('company', co.n)} 税号 ${d.uscc(coUscc(co))}\n`;
  const why = (r) => {
    const v = rnd();
    if (v < 0.35) return `拜访${d.x('hospital', r.doc.h.n)}${d.x('department', r.doc.dept)}${d.sal(r.doc)}`;
    if (v < 0.5) return `招待${d.name(r.doc)}${pick(['主任', '教授', ''])}及科室${ri(2, 5)}人工作餐`;
    if (v < 0.7) return `${d.x('hospital', r.doc.h.n)}科室会`;
    return pick(['出差往返', '市内交通', '资料打印', '会议场地']);
  };
  const cs = cols([
    { h: ['报销单号', '单据编号'], f: () => d.x('expense_no', 'BX' + yymmdd(rdt()) + digits(4)), first: true },
    { h: ['申请日期', '日期'], f: () => d.x('date', fmtD(rdt(), ds)) },
    { h: ['报销人', '申请人', '员工姓名'], f: (r) => d.name(r.e) },
    { h: ['工号', '员工编号'], f: (r) => d.x('employee_no', r.e.emp), p: 0.5 },
    { h: ['费用类型', '费用类别'], f: (r) => r.typ },
    { h: ['事由', '费用说明', '摘要'], f: why, p: 0.8 },
    { h: ['金额', '报销金额'], f: (r) => d.x('amount', fmtAmt(r.amt, as)) },
    { h: ['发票代码'], f: () => d.x('invoice_code', invCode()), p: 0.4 },
    { h: ['发票号码'], f: () => d.x('invoice_no', chance(0.7) ? pad(ri(0, 99999999), 8) : ri(24, 25) + digits(18)), p: 0.5 },
    { h: ['收款卡号', '收款账号', '银行卡号', '公务卡号'], f: (r) => d.card(r.e.gw || r.e.card, cst), p: 0.7 },
    { h: ['开户行', '收款银行'], f: (r) => d.x('bank_branch', r.e.gw ? (r.e.gbr ||= branch(r.e.gwb, r.doc.h.city)) : brOf(r.e, r.doc.h.city)), p: 0.5 },
    { h: ['审批人', '审批'], f: () => d.name(boss), p: 0.4 },
    { h: ['状态'], f: () => pick(['已审批', '待审批', '已付款', '退回']), p: 0.5 },
  ]);
  t += render(cs, rows, fmt);
  if (chance(0.3)) t += `\n财务共享中心：${d.mail('fssc@' + co.dom, { dc: true })}  ${d.tel(landlineFor(pick(PHONE_CITIES)), telSt())}`;
  return t;
}

function trialHead(d, ds) {
  const proto = d.x('protocol_no', pick(['HR', 'RH', 'HK', 'YF']) + '-' + pick(['ONC', 'CV', 'DM', 'RA']) + '-' + ri(2021, 2025) + '-' + pad(ri(1, 399), 3));
  const h = pick(HOSP), pi = mkDoctor(h), crc = mkP({ by: [1988, 2000] });
  let t = `方案编号：${proto}    中心编号：${d.x('site_no', pad(ri(1, 60), 2))}    研究中心：${d.x('hospital', h.n)}\n`;
  t += `主要研究者：${d.name(pi)}${chance(0.5) ? '教授' : ''}    研究协调员（CRC）：${d.name(crc)}${chance(0.6) ? ` ${d.mob(crc.mob, mobSt())}` : ''}\n`;
  return { t, h };
}
function kScreen(d) {
  const ds = dateSt(), fmt = pick(['csv', 'tsv', 'pipe', 'fixed', 'html']); const { t: head } = trialHead(d, ds);
  const n = rowsN(); let rno = ri(1, 50);
  const rows = Array.from({ length: n }, () => { const p = gName(); p.ok = chance(0.7); p.age = ri(18, 78); p.rn = p.ok ? rno++ : 0; return p; });
  const sp = pick(['S', 'S', 'SCR', '01-S', 'S0']), ver = 'V' + ri(1, 4) + '.' + ri(0, 3);
  const cs = cols([
    { h: ['筛选号', '受试者筛选号'], f: (r, i) => d.x('screening_no', sp + pad(i + 1, 3)), first: true },
    { h: ['姓名缩写', '受试者缩写', '缩写'], f: (r) => d.x('initials', initials(r)) },
    { h: ['性别'], f: (r) => (r.g === 'M' ? '男' : '女'), p: 0.8 },
    { h: ['年龄'], f: (r) => String(r.age), p: 0.8 },
    { h: ['知情同意日期', '签署ICF日期'], f: () => d.x('date', fmtD(rdt(), ds)) },
    { h: ['ICF版本'], f: () => d.x('icf_version', ver), p: 0.3 },
    { h: ['筛选结果', '是否入组'], f: (r) => (r.ok ? pick(['成功', '入组', '是']) : pick(['失败', '筛败', '否'])) },
    { h: ['失败原因'], f: (r) => (r.ok ? '' : pick(['不符合入选标准3', '符合排除标准5', '撤回知情同意', '实验室检查不合格'])), p: 0.7 },
    { h: ['随机号'], f: (r) => (r.ok ? d.x('random_no', 'R' + pad(r.rn, 4)) : ''), p: 0.7 },
  ]);
  return `${pick(['受试者筛选入选表', '筛选日志（Screening Log）', '受试者筛选与入选登记表'])}\n` + head + render(cs, rows, fmt) + `\n研究者签名：__________ 日期：${d.x('date', fmtD(rdt(), ds))}`;
}
function kIdLog(d) {
  const ds = dateSt(), fmt = pick(['csv', 'tsv', 'pipe', 'fixed', 'html', 'kv']), ms = mobSt(), pd = padOpt(fmt); const { t: head, h } = trialHead(d, ds);
  const rows = Array.from({ length: Math.min(rowsN(), 60) }, () => { const p = mkP({ by: [1945, 2005] }); if (chance(0.35)) p.ec = mkP({ by: [1960, 2000] }); return p; });
  const sp = pick(['S', 'SCR-', '01-S']);
  const cs = cols([
    { h: ['筛选号', '受试者编号'], f: (r, i) => d.x('screening_no', sp + pad(i + 1, 3)), first: true },
    { h: ['姓名', '受试者姓名'], f: (r) => d.name(r, { pad: pd }) },
    { h: ['姓名缩写', '缩写'], f: (r) => d.x('initials', initials(r)), p: 0.8 },
    { h: ['身份证号', '证件号码'], f: (r) => d.id(r.id), p: 0.85 },
    { h: ['联系电话', '手机'], f: (r) => d.mob(r.mob, ms) },
    { h: ['紧急联系人及电话', '紧急联系人'], f: (r) => (r.ec ? `${d.name(r.ec)} ${d.mob(r.ec.mob, ms)}` : ''), p: 0.5 },
    { h: ['门诊号/住院号', '病历号', '住院号'], f: () => d.x(chance(0.5) ? 'outpatient_no' : 'inpatient_no', chance(0.5) ? mzNo() : zyNo()), p: 0.7 },
    { h: ['入组日期', '签署知情同意日期'], f: () => d.x('date', fmtD(rdt(), ds)), p: 0.7 },
  ]);
  return `${pick(['受试者鉴认代码表', '受试者身份鉴别代码表', '受试者识别代码表'])}（机密，仅限研究中心保存）\n` + head + render(cs, rows, fmt);
}

function kMeeting(d) {
  const co = pick(CO), rep = mkP({ by: [1985, 1998], mailHost: co.dom }), h0 = pick(PHONE_CITIES), ds = dateSt();
  const sps = Array.from({ length: ri(1, 14) }, () => mkDoctor(chance(0.5) ? h0 : pick(HOSP)));
  const mtg = `${ri(2023, 2025)}年${h0.city}${pick(['心血管疾病诊疗新进展研讨会', '肺癌多学科诊疗论坛', '糖尿病规范化管理培训班', '风湿免疫青年医师沙龙'])}`;
  const addr = (p) => (chance(0.7) ? `"${d.name(p)}" <${d.mail(p.mail)}>` : `${d.name(p)}<${d.mail(p.mail)}>`);
  let t = `发件人：${addr(rep)}\n收件人：${sps.map((p) => (chance(0.85) ? addr(p) : d.mail(p.mail))).join('; ')}\n`;
  t += `抄送：${d.mail(pick(['meeting', 'events', 'med-affairs', 'huiwu']) + '@' + co.dom, { dc: true })}\n主题：【会议邀请】${mtg} 讲者确认\n日期：${d.x('date', fmtD(rdt(), 'cn'))} ${hms()}\n\n`;
  t += `${pick(['尊敬的各位专家：', '各位老师好：', '尊敬的专家：'])}\n    ${d.x('company', co.n)}定于${d.x('date', fmtD(rdt(), ds))}在${d.x('hotel', pick(HOTELS))}举办${mtg}，诚邀您担任讲者。日程如下：\n\n`;
  const fmt = pick(['pipe', 'tsv', 'fixed', 'cnlist']);
  const cs = [{ h: '时间', f: () => `${ri(8, 16)}:${pick(['00', '30'])}` }, { h: '题目', f: () => pick(TOPICS) },
    { h: '讲者', f: (p) => d.name(p) + (chance(0.5) ? ' ' + pick(['教授', '主任', '']) : '') }, { h: '单位', f: (p) => d.x('hospital', p.h.n) }];
  if (chance(0.5)) cs.push({ h: '职称', f: (p) => d.x('title', p.title) });
  t += render(cs, sps, fmt) + '\n\n';
  t += `请各位老师于${d.x('date', fmtD(rdt(), ds))}前回复姓名、身份证号、银行卡号及开户行，用于劳务费发放。\n`;
  t += `会务联系人：${d.name(rep)} ${d.mob(rep.mob, mobSt())}\n`;
  if (chance(0.5)) {
    const p = pick(sps);
    const gr = chance(0.5) ? d.x('nickname', '小' + rep.sur) : d.name(rep);
    t += `\n-----原始邮件-----\n发件人：${d.mail(p.mail)}\n${gr}你好，我的信息如下：\n> 姓名：${d.name(p)}\n> 身份证：${d.id(p.id, chance(0.2) ? 'lx' : 'bare')}\n> 卡号：${d.card(p.card, cardSt())}（${d.x('bank_branch', brOf(p))}）\n> 手机：${d.mob(p.mob, mobSt())}\n`;
  }
  t += `\n--\n${d.name(rep)}\n${d.x('company', co.short)} ${pick(['医学事务部', '学术推广部', '市场部'])}\n`;
  t += `Tel: ${d.tel(landlineFor(h0), telSt())}${extOf()}\nMobile: ${d.mob(rep.mob, mobSt())}\nEmail: ${d.mail(rep.mail)}\n`;
  if (chance(0.3)) t += `Fax: ${d.tel(landlineFor(h0), 'dash')}\n`;
  return t;
}

function kCongress(d) {
  const co = pick(CO), fmt = pick(['csv', 'tsv', 'pipe', 'html', 'json', 'fixed']), ds = dateSt(), ms = mobSt();
  const cg = pick([['ESMO', 'FRA', 'LH'], ['ASCO', 'ORD', 'UA'], ['ESC', 'LHR', 'CA'], ['ADA', 'JFK', 'CA'], ['ASH', 'SAN', 'UA'], ['EULAR', 'VIE', 'OS']]);
  const rows = Array.from({ length: Math.min(rowsN(), 50) }, () => { const p = mkDoctor(); p.pp = mkPassport(); p.im = rnd(); return p; });
  let t = `${cg[0]} ${ri(2023, 2025)} 中国参会专家行程信息表（${d.x('company', co.short)}内部）\n`;
  const cs = cols([
    { h: ['序号'], f: (r, i) => String(i + 1), first: true, p: 0.7 },
    { h: ['姓名', '专家姓名'], f: (r) => d.name(r) },
    { h: ['护照姓名', '拼音'], f: (r) => (r.py.g.length ? `${r.py.s.toUpperCase()}/${r.py.g.join('').toUpperCase()}` : r.py.full.toUpperCase()), p: 0.5 },
    { h: ['性别'], f: (r) => (r.g === 'M' ? '男' : '女'), p: 0.4 },
    { h: ['医院', '单位'], f: (r) => d.x('hospital', r.h.n) },
    { h: ['护照号', '护照号码', 'Passport No.'], f: (r) => d.pp(r.pp) },
    { h: ['护照有效期'], f: () => d.x('date', fmtD(rdt(2026, 2034), ds)), p: 0.5 },
    { h: ['身份证号'], f: (r) => (r.im < 0.8 ? d.id(r.id) : ''), p: 0.4 },
    { h: ['手机', '联系电话'], f: (r) => d.mob(r.mob, ms), p: 0.8 },
    { h: ['邮箱', 'Email'], f: (r) => d.mail(r.mail, mailOpt()), p: 0.8 },
    { h: ['去程航班', '航班'], f: () => d.x('flight_no', cg[2] + ri(100, 999)), p: 0.6 },
    { h: ['酒店', '入住酒店'], f: () => d.x('hotel', pick(HOTELS)), p: 0.4 },
    { h: ['签证状态'], f: () => pick(['已出签', '递签中', '待预约', '免签']), p: 0.5 },
  ]);
  t += render(cs, rows, fmt);
  const rep = mkP({ by: [1985, 1998], mailHost: co.dom });
  if (chance(0.6)) t += `\n行程负责人：${d.name(rep)} ${d.mob(rep.mob, mobSt())} ${d.mail(rep.mail)}`;
  return t;
}

function kAdr(d) {
  const ds = dateSt(), sep = pick(['：', ':']);
  if (chance(0.35)) {
    const co = pick(CO), fmt = pick(['csv', 'tsv', 'pipe', 'html', 'json']), ms = mobSt();
    const rows = Array.from({ length: rowsN() }, () => { const p = mkDoctor(); p.pt = gName(); p.full = chance(0.3); p.drug = pick(DRUGS); return p; });
    let t = `${d.x('company', co.short)} 药物警戒 ${pick(['周报', '月度个例汇总', '不良事件接收登记'])}\n`;
    const cs = cols([
      { h: ['报告编号', '个例编号'], f: () => d.x('report_no', 'PV-' + ri(2023, 2025) + '-' + pad(ri(1, 99999), 5)), first: true },
      { h: ['接收日期'], f: () => d.x('date', fmtD(rdt(), ds)) },
      { h: ['患者', '患者姓名/缩写'], f: (r) => (r.full ? d.name(r.pt) : d.x('initials', initials(r.pt))) },
      { h: ['怀疑药品'], f: (r) => d.x('drug', r.drug.n) },
      { h: ['批号'], f: () => d.x('batch_no', batchNo()), p: 0.6 },
      { h: ['不良反应'], f: () => pick(['皮疹', '肝功能异常', '恶心呕吐', '间质性肺炎', '中性粒细胞减少']) },
      { h: ['报告人'], f: (r) => d.name(r) },
      { h: ['报告人职业'], f: () => pick(['医生', '药师', '护士']), p: 0.5 },
      { h: ['报告人电话', '联系电话'], f: (r) => d.mob(r.mob, ms), p: 0.8 },
      { h: ['报告人邮箱'], f: (r) => d.mail(r.mail, mailOpt()), p: 0.6 },
      { h: ['报告单位'], f: (r) => d.x('hospital', r.h.n) },
    ]);
    return t + render(cs, rows, fmt);
  }
  const h = pick(HOSP), rep = mkDoctor(h), pt = mkP({ by: [1940, 2010] }), drug = pick(DRUGS), full = chance(0.5), co = pick(CO);
  let t = `药品不良反应/事件报告表\n报告编号${sep}${d.x('report_no', ri(2023, 2025) + digits(8))}    报告类型${sep}${pick(['新的', '严重', '一般'])}\n`;
  t += `患者姓名${sep}${full ? d.name(pt) : d.x('initials', initials(pt))}    性别${sep}${pt.g === 'M' ? '男' : '女'}    年龄${sep}${2025 - pt.by}岁\n`;
  t += `病历号/门诊号${sep}${d.x('outpatient_no', mzNo())}\n`;
  if (full && chance(0.5)) t += `患者联系方式${sep}${d.mob(pt.mob, mobSt())}\n`;
  t += `怀疑药品${sep}${d.x('drug', drug.n)}    批准文号${sep}${d.x('drug_approval_no', approvalNo(drug.t))}    生产企业${sep}${d.x('company', pick(MAKERS))}    批号${sep}${d.x('batch_no', batchNo())}\n`;
  t += `不良反应名称${sep}${pick(['皮疹', '肝功能异常', '过敏性休克', '血小板减少'])}    发生时间${sep}${d.x('date', fmtD(rdt(), ds))}\n`;
  t += `报告人${sep}${d.name(rep)}    职业${sep}医生    职称${sep}${d.x('title', rep.title)}\n报告人电话${sep}${d.mob(rep.mob, mobSt())}`;
  if (chance(0.6)) t += `    电子邮箱${sep}${d.mail(rep.mail, mailOpt())}`;
  t += `\n报告单位${sep}${d.x('hospital', h.n)}`;
  if (h.L) t += `    单位电话${sep}${d.tel(landlineFor(h), telSt())}`;
  if (chance(0.5)) t += `\n抄送${sep}${d.mail('pv@' + co.dom, { dc: true })}`;
  if (chance(0.3)) t += `\n医院统一社会信用代码${sep}${d.uscc(hospUscc(h))}`;
  return t + '\n';
}

// ---------------------------------------------------------------- checks
const NAME_RE = /^[\u3400-\u9fff][\u3400-\u9fff·•．]{0,14}[\u3400-\u9fff]$/;
const TITLE_SUFFIX = /(先生|女士|小姐|经理|主任|医生|教授|老师|院长|护士长)$/;
function valueOk(det, v, strict) {
  switch (det) {
    case 'person_name_zh': return NAME_RE.test(v) && !TITLE_SUFFIX.test(v) && !/\s/.test(v);
    case 'cn_mobile': return mobValid(v);
    case 'cn_resident_id': return idValid(v);
    case 'cn_landline': return /^0[1-9]\d{8,10}$/.test(v);
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v);
    case 'bank_card': return /^\d{16,19}$/.test(v) && (!strict || luhnOk(v));
    case 'cn_uscc': return usccValid(v);
    case 'cn_passport': return /^(E[A-HJ-NP-Z]\d{7}|E\d{8})$/.test(v);
    default: return false;
  }
}
function loosePresent(text, det, val) {
  const T = text.normalize('NFKC');
  if (det === 'person_name_zh') return T.replace(/\s/g, '').includes(val.normalize('NFKC'));
  if (det === 'email') return T.toLowerCase().includes(val);
  if (det === 'cn_uscc' || det === 'cn_passport') return T.toUpperCase().includes(val);
  const S = T.replace(/[\s\-()（）']/g, '').toUpperCase();
  return S.includes(val) || (det === 'cn_landline' && S.includes('86' + val.slice(1)));
}
function decoyLooksReal(text) {
  const T = text.normalize('NFKC');
  if (/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]{2,}/.test(T)) return 'email';
  for (const m of T.matchAll(/\d+[Xx]?/g)) {
    const s = m[0].toUpperCase(), prev = T[m.index - 1] || '';
    if (s.length === 11 && mobValid(s) && !/[A-Za-z]/.test(prev)) return 'mobile';
    if (s.length === 18 && idValid(s)) return 'resident_id';
    if (/^\d{16,19}$/.test(s) && luhnOk(s) && /^(62|4|5|81)/.test(s)) return 'bank_card';
  }
  for (const m of T.toUpperCase().matchAll(/[0-9A-Z]{18}/g)) if (usccValid(m[0])) return 'uscc';
  return null;
}
function checkDoc(o, raws) {
  const errs = [], vals = [...o.entities, ...o.dontCare];
  for (const [det, val, raw] of raws || []) if (!o.text.includes(raw)) errs.push(`raw form missing ${det} ${raw}`);
  for (const { detector, value } of o.entities) {
    if (!valueOk(detector, value, true)) errs.push(`bad entity ${detector} ${value}`);
    if (!loosePresent(o.text, detector, value)) errs.push(`entity not in text ${detector} ${value}`);
  }
  for (const { detector, value } of o.dontCare) {
    if (!valueOk(detector, value, false)) errs.push(`bad dontCare ${detector} ${value}`);
    if (!loosePresent(o.text, detector, value)) errs.push(`dontCare not in text ${detector} ${value}`);
    if (o.entities.some((e) => e.detector === detector && e.value === value)) errs.push(`entity/dontCare overlap ${value}`);
  }
  const keys = new Set(); for (const e of vals) { const k = e.detector + '|' + e.value; if (keys.has(k)) errs.push(`duplicate label ${k}`); keys.add(k); }
  const dk = new Set();
  for (const { kind, text } of o.decoys) {
    if (dk.has(text)) errs.push(`duplicate decoy ${text}`); dk.add(text);
    if (!o.text.includes(text)) errs.push(`decoy not in text ${text}`);
    for (const { value } of vals) if (text === value || text.includes(value) || text.toLowerCase().includes(value)) errs.push(`decoy ${kind} "${text}" contains labelled value ${value}`);
    const lr = decoyLooksReal(text); if (lr) errs.push(`decoy ${kind} "${text}" looks like a real ${lr}`);
  }
  return errs;
}
// independent sweep: bare values that look real must carry a label (entity/dontCare) or sit inside a decoy
function unlabelled(o) {
  const T = o.text.normalize('NFKC'), lab = new Set([...o.entities, ...o.dontCare].map((e) => e.value)), out = [];
  const inDecoy = (v) => o.decoys.some((x) => x.text.normalize('NFKC').includes(v));
  for (const m of T.matchAll(/\d+[Xx]?/g)) {
    const v = m[0].toUpperCase(), prev = T[m.index - 1] || '';
    let hit = null;
    if (v.length === 11 && mobValid(v) && !/[A-Za-z]/.test(prev)) hit = v;
    else if (v.length === 13 && v.startsWith('86') && mobValid(v.slice(2))) hit = v.slice(2);
    else if (v.length === 18 && idValid(v)) hit = v;
    else if (/^\d{16,19}$/.test(v) && luhnOk(v) && /^(62|4|5)/.test(v)) hit = v;
    if (hit && !lab.has(hit) && !inDecoy(m[0])) out.push(hit);
  }
  for (const m of T.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g)) if (!lab.has(m[0].toLowerCase())) out.push(m[0]);
  return out;
}
function finalize(d, id, text) {
  for (const k of d.E.keys()) d.C.delete(k);
  return { id, kind: d.kind, text, entities: [...d.E.values()], dontCare: [...d.C.values()], decoys: [...d.D.values()] };
}

// ---------------------------------------------------------------- main
const KINDS = [['visit_log', kVisit, 22], ['kol_list', kKol, 20], ['speaker_fee', kSpeaker, 24], ['pharmacy_member', kMember, 18],
  ['chronic_followup', kFollow, 18], ['dtp_rx', kDtp, 20], ['device_install', kDevice, 18], ['pap_application', kPap, 22],
  ['crm_export', kCrm, 20], ['wechat_chat', kChat, 22], ['expense', kExpense, 18], ['trial_screening', kScreen, 14],
  ['trial_idlog', kIdLog, 14], ['meeting_email', kMeeting, 20], ['congress_travel', kCongress, 14], ['adr_report', kAdr, 18]];
const docs = [], rawsById = new Map(); let retries = 0;
for (const [kind, fn, count] of KINDS) {
  for (let i = 1; i <= count; i++) {
    const id = `ph-${kind}-${i}`;
    for (let attempt = 0; ; attempt++) {
      const d = new Doc(kind); const text = fn(d); const o = finalize(d, id, text);
      const errs = checkDoc(o, d.raws);
      if (!errs.length) { docs.push(o); rawsById.set(id, d.raws); break; }
      retries++; if (process.env.PH_DEBUG) console.error('retry', id, errs.slice(0, 3));
      if (attempt > 40) { console.error(id, errs.slice(0, 5)); process.exit(1); }
    }
  }
}
writeFileSync(OUT, docs.map((o) => JSON.stringify(o)).join('\n') + '\n');

// ---------------------------------------------------------------- self-check on the written file
const back = readFileSync(OUT, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const fail = [];
const ids = new Set();
const perKind = {}, ent = {}, dc = {}, dec = {};
for (const o of back) {
  if (ids.has(o.id)) fail.push('duplicate id ' + o.id); ids.add(o.id);
  if (!/^ph-[a-z_]+-\d+$/.test(o.id)) fail.push('bad id ' + o.id);
  for (const e of checkDoc(o, rawsById.get(o.id))) fail.push(o.id + ': ' + e);
  for (const v of unlabelled(o)) fail.push(o.id + ': unlabelled look-alike ' + v);
  perKind[o.kind] = (perKind[o.kind] || 0) + 1;
  for (const e of o.entities) ent[e.detector] = (ent[e.detector] || 0) + 1;
  for (const e of o.dontCare) dc[e.detector] = (dc[e.detector] || 0) + 1;
  for (const x of o.decoys) dec[x.kind] = (dec[x.kind] || 0) + 1;
}
const nEnt = Object.values(ent).reduce((a, b) => a + b, 0), nDec = Object.values(dec).reduce((a, b) => a + b, 0);
if (back.length < 250) fail.push(`only ${back.length} documents`);
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((ent[det] || 0) < 300) fail.push(`only ${ent[det] || 0} ${det} entities`);
if (nDec < nEnt) fail.push(`decoys ${nDec} < entities ${nEnt}`);
const sortObj = (o) => Object.fromEntries(Object.entries(o).sort((a, b) => b[1] - a[1]));
console.log(`wrote ${back.length} documents to ${OUT} (generation retries: ${retries})`);
console.log('documents per kind:', JSON.stringify(perKind));
console.log('entities per detector:', JSON.stringify(sortObj(ent)), 'total', nEnt);
console.log('dontCare per detector:', JSON.stringify(sortObj(dc)));
console.log('decoys per kind:', JSON.stringify(sortObj(dec)), 'total', nDec);
if (fail.length) { console.error(`SELF-CHECK FAILED (${fail.length}):\n` + fail.slice(0, 30).join('\n')); process.exit(1); }
console.log('self-check passed');
