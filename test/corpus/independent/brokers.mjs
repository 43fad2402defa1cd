#!/usr/bin/env node
// brokers.mjs — independent labelled test corpus for listguard: customer data
// as it leaks and is traded. The adversary's own formats: data brokers' sample
// lists (宝妈数据, 车主数据, 股民数据, 新房业主, 贷款客户 … sold by the 1,000 rows)
// with `----` / `|` / `:` / `,` / tab / `#` separators, 社工库 lookup replies,
// 撞库 combo lists (email----password, phone:password), sellers' WeChat / QQ /
// Telegram transcripts with 样本 pasted in, 拖库 SQL dumps and CSV exports with
// English column names, a salesperson's own 客户资源.txt, 短信群发 import files,
// 空号检测 results, lists re-typed with spaces in the numbers, glued fields
// (张伟13800138000), names with trailing markers (张伟(已成交)), vCards, OCR'd
// screenshots, mails and notes, and the sellers' adverts and price lists.
// Decoys: passwords, MD5/SHA1/bcrypt hashes, salts, QQ numbers, order and
// tracking numbers, prices, counts (1000条), dates and timestamps, cities,
// masked values, account handles, Telegram/WeChat ids, 卡密 codes, USDT
// addresses, plates, VINs, invalid IDs / unallocated mobile prefixes, and
// surname-initial words (companies, places, products, estates, everyday words)
// in the positions where a name could stand.
//
// Written in session 27 by a helper that never read src/, rules/ or test/,
// from cn-formats.md and DESIGN.md only.
//
// Usage:   node brokers.mjs OUT.jsonl
// Output:  one JSON object per line:
//   {"id":"bk-<kind>-<n>","kind":"<kind>","text":"...",
//    "entities":[{"detector":"...","value":"..."}],   // must be reported (unique per doc)
//    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
//    "decoys":[{"kind":"...","text":"..."}]}          // must not be reported at all
// Normalisation of values: cn_resident_id 18 chars, upper-case X (15-digit
// legacy numbers upgraded to 18); cn_mobile 11 digits (no +86, no
// separators); cn_landline digits incl. leading 0 + area code; email
// lower-case; bank_card digits only; cn_passport / cn_uscc upper-case;
// person_name_zh as written without spaces or titles. Decoys carry their text
// exactly as written.
// Deterministic: own mulberry32 PRNG, fixed seed, no clock, no I/O but OUT.
// Ends with a self-check (exit 1 on failure) and prints a summary.

import { writeFileSync } from 'node:fs';

const OUT = process.argv[2];
if (!OUT) { console.error('usage: node brokers.mjs OUT.jsonl'); process.exit(2); }

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0xB60C2701);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const chance = (p) => rnd() < p;
const pad = (n, w) => String(n).padStart(w, '0');
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += String(ri(0, 9)); return s; };
function shuffle(a) { for (let i = a.length - 1; i > 0; i--) { const j = ri(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; }
function wpick(pairs) { let t = 0; for (const [, w] of pairs) t += w; let r = rnd() * t; for (const [v, w] of pairs) { r -= w; if (r < 0) return v; } return pairs[pairs.length - 1][0]; }
const HEXCH = '0123456789abcdef';
const ALNUM = 'abcdefghijkmnpqrstuvwxyz23456789';
const randStr = (n, al = ALNUM) => { let s = ''; for (let i = 0; i < n; i++) s += al[ri(0, al.length - 1)]; return s; };

// ---------------------------------------------------------------- check algorithms
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheckChar(body17) { let s = 0; for (let i = 0; i < 17; i++) s += (+body17[i]) * ID_W[i]; return '10X98765432'[s % 11]; }
function realDate(y, m, d) { const t = new Date(Date.UTC(y, m - 1, d)); return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d; }
const PROVINCES = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82', '83']);
// loose validity (province-level region, real date 1900-2025, check char): used to hunt accidental values
function looseId18(s) {
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  if (!PROVINCES.has(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || y > 2025 || !realDate(y, m, d)) return false;
  return idCheckChar(s.slice(0, 17)) === s[17];
}
function upgrade15(s) { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheckChar(b); }
function looseId15(s) {
  if (!/^\d{15}$/.test(s)) return false;
  if (!PROVINCES.has(s.slice(0, 2))) return false;
  const y = 1900 + +s.slice(6, 8), m = +s.slice(8, 10), d = +s.slice(10, 12);
  return realDate(y, m, d);
}
function luhnOk(s) {
  let sum = 0, dbl = false;
  for (let i = s.length - 1; i >= 0; i--) { let v = +s[i]; if (dbl) { v *= 2; if (v > 9) v -= 9; } sum += v; dbl = !dbl; }
  return sum % 10 === 0;
}
function luhnComplete(body) { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return body + c; throw new Error('luhn'); }
const MOBILE_PREFIX_OK = (m) => /^1(3\d|4[57]|5[0-35-9]|6[2567]|7[0-35-8]|8\d|9[0-35-9])\d{8}$/.test(m);
const USCC_AL = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += USCC_AL.indexOf(b17[i]) * USCC_W[i]; return USCC_AL[(31 - (s % 31)) % 31]; }
function usccOk(s) { return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s) && usccCheck(s.slice(0, 17)) === s[17]; }
const ORG_W = [3, 7, 9, 10, 5, 8, 4, 2];
function orgCheck(b8) { let s = 0; for (let i = 0; i < 8; i++) { const c = b8[i]; const v = /\d/.test(c) ? +c : c.charCodeAt(0) - 55; s += v * ORG_W[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }

// ---------------------------------------------------------------- data tables
// [code, full text, short city label] — real county-level codes (GB/T 2260)
const REGIONS = [
  ['110101', '北京市东城区', '北京东城'], ['110102', '北京市西城区', '北京西城'], ['110105', '北京市朝阳区', '北京朝阳'],
  ['110106', '北京市丰台区', '北京丰台'], ['110108', '北京市海淀区', '北京海淀'], ['110114', '北京市昌平区', '北京昌平'],
  ['120101', '天津市和平区', '天津和平'], ['120104', '天津市南开区', '天津南开'], ['130102', '河北省石家庄市长安区', '石家庄'],
  ['130104', '河北省石家庄市桥西区', '石家庄桥西'], ['140105', '山西省太原市小店区', '太原'], ['150102', '内蒙古呼和浩特市新城区', '呼市'],
  ['210102', '辽宁省沈阳市和平区', '沈阳'], ['210202', '辽宁省大连市中山区', '大连'], ['220102', '吉林省长春市南关区', '长春'],
  ['230102', '黑龙江省哈尔滨市道里区', '哈尔滨'], ['310101', '上海市黄浦区', '上海黄浦'], ['310104', '上海市徐汇区', '上海徐汇'],
  ['310105', '上海市长宁区', '上海长宁'], ['310107', '上海市普陀区', '上海普陀'], ['310110', '上海市杨浦区', '上海杨浦'],
  ['310112', '上海市闵行区', '上海闵行'], ['310115', '上海市浦东新区', '上海浦东'], ['320102', '江苏省南京市玄武区', '南京'],
  ['320106', '江苏省南京市鼓楼区', '南京鼓楼'], ['320506', '江苏省苏州市吴中区', '苏州'], ['320583', '江苏省昆山市', '昆山'],
  ['320211', '江苏省无锡市滨湖区', '无锡'], ['330102', '浙江省杭州市上城区', '杭州'], ['330106', '浙江省杭州市西湖区', '杭州西湖'],
  ['330203', '浙江省宁波市海曙区', '宁波'], ['330302', '浙江省温州市鹿城区', '温州'], ['340104', '安徽省合肥市蜀山区', '合肥'],
  ['350102', '福建省福州市鼓楼区', '福州'], ['350203', '福建省厦门市思明区', '厦门'], ['350582', '福建省晋江市', '晋江'],
  ['360102', '江西省南昌市东湖区', '南昌'], ['370102', '山东省济南市历下区', '济南'], ['370202', '山东省青岛市市南区', '青岛'],
  ['410102', '河南省郑州市中原区', '郑州'], ['410105', '河南省郑州市金水区', '郑州金水'], ['420102', '湖北省武汉市江岸区', '武汉'],
  ['420106', '湖北省武汉市武昌区', '武汉武昌'], ['430102', '湖南省长沙市芙蓉区', '长沙'], ['430104', '湖南省长沙市岳麓区', '长沙岳麓'],
  ['440103', '广东省广州市荔湾区', '广州荔湾'], ['440104', '广东省广州市越秀区', '广州越秀'], ['440106', '广东省广州市天河区', '广州天河'],
  ['440303', '广东省深圳市罗湖区', '深圳罗湖'], ['440304', '广东省深圳市福田区', '深圳福田'], ['440305', '广东省深圳市南山区', '深圳南山'],
  ['441302', '广东省惠州市惠城区', '惠州'], ['450103', '广西南宁市青秀区', '南宁'], ['460105', '海南省海口市秀英区', '海口'],
  ['500103', '重庆市渝中区', '重庆渝中'], ['500106', '重庆市沙坪坝区', '重庆沙坪坝'], ['510104', '四川省成都市锦江区', '成都'],
  ['510107', '四川省成都市武侯区', '成都武侯'], ['510108', '四川省成都市成华区', '成都成华'], ['520102', '贵州省贵阳市南明区', '贵阳'],
  ['530102', '云南省昆明市五华区', '昆明'], ['540102', '西藏拉萨市城关区', '拉萨'], ['610103', '陕西省西安市碑林区', '西安'],
  ['610113', '陕西省西安市雁塔区', '西安雁塔'], ['620102', '甘肃省兰州市城关区', '兰州'], ['630102', '青海省西宁市城东区', '西宁'],
  ['640104', '宁夏银川市兴庆区', '银川'], ['650102', '新疆乌鲁木齐市天山区', '乌鲁木齐'],
];
// abolished 2010 but valid on old cards
const OLD_REGIONS = [['110103', '北京市崇文区', '北京崇文'], ['110104', '北京市宣武区', '北京宣武']];

const SURNAMES = [['王', 72], ['李', 72], ['张', 68], ['刘', 54], ['陈', 46], ['杨', 32], ['黄', 26], ['赵', 25], ['吴', 22], ['周', 22],
  ['徐', 18], ['孙', 17], ['马', 16], ['朱', 15], ['胡', 15], ['郭', 14], ['何', 13], ['高', 13], ['林', 13], ['罗', 12], ['郑', 12], ['梁', 11],
  ['谢', 9], ['宋', 9], ['唐', 9], ['许', 8], ['韩', 8], ['冯', 8], ['邓', 8], ['曹', 8], ['彭', 7], ['曾', 7], ['肖', 7], ['田', 7], ['董', 7],
  ['袁', 6], ['潘', 6], ['于', 6], ['蒋', 6], ['蔡', 6], ['余', 6], ['杜', 6], ['叶', 6], ['程', 5], ['苏', 5], ['魏', 5], ['吕', 5], ['丁', 5],
  ['任', 5], ['沈', 5], ['姚', 5], ['卢', 5], ['姜', 4], ['崔', 4], ['钟', 4], ['谭', 4], ['陆', 4], ['汪', 4], ['范', 4], ['金', 4], ['石', 4],
  ['廖', 4], ['贾', 4], ['夏', 4], ['韦', 4], ['付', 4], ['方', 4], ['白', 3], ['邹', 3], ['孟', 3], ['熊', 3], ['秦', 3], ['邱', 3], ['江', 3],
  ['尹', 3], ['薛', 3], ['闫', 3], ['段', 3], ['雷', 3], ['侯', 3], ['龙', 3], ['史', 3], ['陶', 3], ['黎', 3], ['贺', 3], ['顾', 3], ['毛', 3],
  ['郝', 3], ['龚', 3], ['邵', 3], ['万', 3], ['钱', 3], ['严', 3], ['覃', 2], ['武', 3], ['戴', 3], ['莫', 2], ['孔', 2], ['向', 2], ['汤', 2],
  ['欧阳', 2], ['上官', 1], ['司马', 1], ['诸葛', 1], ['皇甫', 1], ['令狐', 1], ['司徒', 1], ['慕容', 1]];
const M1 = '伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙阳峰亮晨睿昊'.split('');
const F1 = '芳娜敏静丽艳娟霞婷雪琳晶燕萍倩颖慧佳欣悦梦瑶琪丹莉蕾洁琴彤'.split('');
const M2 = ['建国', '建华', '志强', '志明', '海涛', '文博', '子轩', '浩然', '宇航', '俊杰', '晓东', '国庆', '红军', '振华', '家豪', '德明',
  '永强', '宏伟', '金龙', '云飞', '立新', '天宇', '一鸣', '泽宇', '明轩', '晨阳', '嘉诚', '成龙', '小军', '晓峰', '国华', '建平'];
const F2 = ['秀英', '桂英', '玉兰', '晓燕', '丽娟', '秀兰', '春梅', '海燕', '雅婷', '欣怡', '诗涵', '梓涵', '思琪', '雨桐', '婉清', '佳怡',
  '梦瑶', '一诺', '可欣', '心怡', '丽华', '桂兰', '淑珍', '美玲', '小红', '丽丽', '婷婷', '晶晶', '红梅', '秀珍', '雪梅', '慧敏'];
const MINORITY = ['买买提·艾力', '阿依古丽·吐尔逊', '热依拉·买买提', '艾力·库尔班', '古丽娜尔·阿不都', '阿卜杜拉·依明', '扎西次仁', '央金卓玛',
  '努尔兰·别克', '迪丽娜尔·艾则孜'];
const NAME_BLACKLIST = new Set(['高明', '文明', '安静', '光明', '黄金', '白云', '平安', '江山', '金华', '高平', '方便', '成功', '明白', '马上',
  '周到', '常平', '向阳', '汤圆', '高涛', '黄龙', '江涛', '石磊', '万宁', '高超', '高亮', '龙飞', '金鑫', '石龙', '龙华', '黎明', '夏宇',
  '孟浩然', '于是', '何平', '段飞', '金龙', '方华', '黄鹏']);
const PY = {};
('王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he 高gao 林lin 罗luo 郑zheng ' +
  '梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai 余yu ' +
  '杜du 叶ye 程cheng 苏su 魏wei 吕lv 丁ding 任ren 沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan 陆lu 汪wang 范fan 金jin 石shi 廖liao ' +
  '贾jia 夏xia 韦wei 付fu 方fang 白bai 邹zou 孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin 薛xue 闫yan 段duan 雷lei 侯hou 龙long 史shi 陶tao ' +
  '黎li 贺he 顾gu 毛mao 郝hao 龚gong 邵shao 万wan 钱qian 严yan 覃qin 武wu 戴dai 莫mo 孔kong 向xiang 汤tang 欧阳ouyang 上官shangguan ' +
  '司马sima 诸葛zhuge 皇甫huangfu 令狐linghu 司徒situ 慕容murong 伟wei 强qiang 磊lei 军jun 勇yong 杰jie 涛tao 斌bin 超chao 明ming ' +
  '刚gang 平ping 辉hui 鹏peng 华hua 飞fei 鑫xin 波bo 宇yu 浩hao 凯kai 健jian 俊jun 帆fan 帅shuai 旭xu 宁ning 阳yang 峰feng 亮liang ' +
  '晨chen 睿rui 昊hao 建jian 国guo 志zhi 海hai 文wen 博bo 子zi 轩xuan 然ran 航hang 晓xiao 东dong 庆qing 红hong 振zhen 家jia 豪hao ' +
  '德de 永yong 宏hong 云yun 立li 新xin 天tian 一yi 鸣ming 泽ze 嘉jia 诚cheng 成cheng 小xiao 芳fang 娜na 敏min 静jing 丽li 艳yan ' +
  '娟juan 霞xia 婷ting 雪xue 琳lin 晶jing 燕yan 萍ping 倩qian 颖ying 慧hui 佳jia 欣xin 悦yue 梦meng 瑶yao 琪qi 丹dan 莉li 蕾lei ' +
  '洁jie 琴qin 彤tong 秀xiu 英ying 桂gui 玉yu 兰lan 春chun 梅mei 雅ya 怡yi 诗shi 涵han 梓zi 思si 雨yu 桐tong 婉wan 清qing 诺nuo ' +
  '可ke 心xin 淑shu 珍zhen 美mei 玲ling').split(' ').forEach((t) => { const m = t.match(/^(\p{Script=Han}+)([a-z]+)$/u); PY[m[1]] = m[2]; });
function pinyinOf(name) { const sn = name.length >= 3 && PY[name.slice(0, 2)] && ['欧阳', '上官', '司马', '诸葛', '皇甫', '令狐', '司徒', '慕容'].includes(name.slice(0, 2)) ? name.slice(0, 2) : name[0]; const given = name.slice(sn.length); return { sur: PY[sn] || 'x', given: given.split('').map((c) => PY[c] || 'x').join(''), ini: (PY[sn] || 'x')[0] + given.split('').map((c) => (PY[c] || 'x')[0]).join('') }; }

const STREETS = ['建设路', '人民路', '解放路', '中山路', '幸福路', '文化路', '朝阳路', '新华街', '胜利路', '和平路', '长江路', '黄河路', '青年路',
  '东风路', '光明路', '学府路', '工业大道', '滨江大道', '环城北路', '科技南路'];
const ESTATES = ['碧桂园凤凰城', '万科城市花园', '保利香槟国际', '恒大名都', '龙湖天街', '绿地香树花城', '融创壹号院', '中海锦苑', '金地格林小镇',
  '世茂滨江花园', '华润二十四城', '雅居乐花园', '招商雍景湾', '富力桃园', '阳光100城市广场', '星河丹堤', '翡翠公园', '御景湾', '锦绣华庭', '金色家园'];
function genAddr(reg) {
  const r = rnd();
  if (r < 0.45) return `${reg[1]}${pick(STREETS)}${ri(1, 388)}号${pick(ESTATES)}${ri(1, 32)}栋${ri(1, 4)}单元${ri(1, 33)}0${ri(1, 6)}`;
  if (r < 0.75) return `${reg[1]}${pick(STREETS)}${ri(1, 999)}号`;
  if (r < 0.9) return `${reg[1]}${pick(['东关', '西街', '南湖', '北苑', '新村', '城南'])}社区${ri(1, 12)}组${ri(1, 88)}号`;
  return `${reg[1]}${pick(ESTATES)}${ri(1, 20)}-${ri(1, 3)}-${ri(1, 30)}0${ri(1, 4)}`;
}

const MOBILE_PREFIXES = [['138', 5], ['139', 6], ['137', 4], ['136', 4], ['135', 4], ['134', 2], ['150', 3], ['151', 3], ['152', 3],
  ['157', 2], ['158', 4], ['159', 4], ['182', 3], ['183', 2], ['187', 3], ['188', 3], ['130', 3], ['131', 3], ['132', 2], ['155', 2],
  ['156', 3], ['185', 3], ['186', 4], ['133', 2], ['153', 2], ['180', 2], ['181', 2], ['189', 3], ['177', 2], ['173', 2], ['199', 2],
  ['191', 1], ['166', 2], ['176', 2], ['178', 1], ['175', 1], ['147', 1], ['198', 1], ['195', 1], ['193', 1], ['172', 1], ['184', 1]];
const usedMobiles = new Set(['13800138000', '13912345678', '18888888888']);
function genMobile() {
  for (;;) {
    const m = wpick(MOBILE_PREFIXES) + digits(8);
    if (usedMobiles.has(m) || /(\d)\1{4}/.test(m)) continue;
    usedMobiles.add(m); return m;
  }
}
const BINS = [['622202', 19, '工商银行'], ['621226', 19, '工商银行'], ['621700', 19, '建设银行'], ['622700', 19, '建设银行'],
  ['622848', 19, '农业银行'], ['621661', 19, '中国银行'], ['621483', 16, '招商银行'], ['622588', 16, '招商银行'], ['622262', 19, '交通银行'],
  ['623668', 19, '建设银行'], ['621799', 19, '邮储银行'], ['622908', 16, '兴业银行'], ['436742', 16, '建设银行']];
function genCard(binSel) {
  const b = binSel || wpick(BINS.map((x) => [x, x[0] === '436742' ? 1 : 5]));
  return { no: luhnComplete(b[0] + digits(b[1] - 7)), bank: b[2] };
}
const MAIL_DOMAINS = [['163.com', 20], ['qq.com', 22], ['126.com', 8], ['sina.com', 5], ['sohu.com', 3], ['foxmail.com', 4], ['hotmail.com', 4],
  ['gmail.com', 3], ['outlook.com', 3], ['yeah.net', 2], ['aliyun.com', 2], ['sina.cn', 1], ['139.com', 2], ['189.cn', 1]];
function genQQ() { return String(ri(1, 9)) + digits(ri(4, 9)); }

function genName(gender) {
  for (;;) {
    if (chance(0.012)) return pick(MINORITY);
    const sn = wpick(SURNAMES);
    const g = gender || (chance(0.5) ? 'M' : 'F');
    let given;
    if (sn.length === 2) given = chance(0.5) ? pick(g === 'M' ? M1 : F1) : pick(g === 'M' ? M2 : F2);
    else if (chance(0.38)) given = pick(g === 'M' ? M1 : F1);
    else if (chance(0.55)) given = pick(g === 'M' ? M2 : F2);
    else { const a = pick(g === 'M' ? M1 : F1), b = pick(g === 'M' ? M1 : F1); if (a === b && g === 'M') continue; given = a + b; }
    const n = sn + given;
    if (NAME_BLACKLIST.has(n)) continue;
    return n;
  }
}

// person factory
function mkPerson(opt = {}) {
  const [y0, y1] = opt.years || [1960, 2002];
  const gender = opt.gender || (chance(0.5) ? 'M' : 'F');
  const y = ri(y0, y1), m = ri(1, 12), dd = ri(1, 28);
  let reg = chance(y < 2005 ? 0.03 : 0) ? pick(OLD_REGIONS) : pick(REGIONS);
  let seq = ri(0, 99) * 10 + (gender === 'M' ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]));
  const body = reg[0] + y + pad(m, 2) + pad(dd, 2) + pad(seq, 3);
  const p = {
    name: opt.name || genName(gender), gender, reg, y, m, d: dd,
    id: body + idCheckChar(body), mobile: genMobile(), addr: genAddr(reg),
  };
  if (opt.legacyP && y < 1982 && chance(opt.legacyP)) p.id15 = reg[0] + String(y).slice(2) + pad(m, 2) + pad(dd, 2) + pad(seq, 3);
  p.birth = `${y}-${pad(m, 2)}-${pad(dd, 2)}`;
  return p;
}
function cardOf(p) { if (!p.card) p.card = genCard(); return p.card; }
function emailOf(p, style) {
  if (p.email) return p.email;
  const py = pinyinOf(p.name);
  const ascii = [...p.name].every((c) => PY[c]) || (PY[p.name.slice(0, 2)] && [...p.name.slice(2)].every((c) => PY[c])) ? py : { sur: 'user', given: randStr(4, 'abcdefghkmnprstwyz'), ini: 'u' + randStr(2, 'abcdefghkmnprstwyz') };
  const dom = style === '139' ? (p.mobile.startsWith('13') || p.mobile.startsWith('15') ? '139.com' : '189.cn') : wpick(MAIL_DOMAINS);
  let local;
  if (dom === '139.com' || dom === '189.cn') local = p.mobile;
  else if (dom === 'qq.com' && chance(0.7)) local = genQQ();
  else {
    const r = rnd();
    if (r < 0.3) local = ascii.sur + ascii.given + (chance(0.5) ? String(p.y) : pad(p.y % 100, 2));
    else if (r < 0.5) local = ascii.ini + pad(ri(0, 9999), 4);
    else if (r < 0.65) local = ascii.given + '.' + ascii.sur;
    else if (r < 0.8) local = ascii.sur + ascii.given + pick(['520', '1314', '888', '666', '_01', '123', '99']);
    else if (r < 0.9) local = pick(['lucky', 'sunny', 'happy', 'tiger', 'kitty', 'cat', 'apple', 'moon', 'rain']) + pick(['_', '', '.']) + ascii.sur + ri(1, 99);
    else local = ascii.sur + ascii.given;
  }
  p.email = `${local}@${dom}`;
  return p.email;
}

// ---------------------------------------------------------------- written forms
const FW = (s) => s.replace(/[0-9A-Za-z@.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xFEE0));
function fmtMobile(m, st) {
  switch (st) {
    case 's344': return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'd344': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case 's434': return `${m.slice(0, 4)} ${m.slice(4, 7)} ${m.slice(7)}`;
    case 's335': return `${m.slice(0, 3)} ${m.slice(3, 6)} ${m.slice(6)}`;
    case 'p86': return '+86' + m;
    case 'p86s': return '+86 ' + fmtMobile(m, 's344');
    case 'p86d': return '+86-' + m;
    case 'c86': return '86' + m;
    case '0086': return '0086' + m;
    case 'br86': return '(+86)' + m;
    case 'fw': return FW(m);
    case 'fws': return FW(fmtMobile(m, 's344'));
    default: return m;
  }
}
function fmtId(id, st) {
  switch (st) {
    case 'lx': return id.replace(/X$/, 'x');
    case 's684': return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    case 's6444': return `${id.slice(0, 6)} ${id.slice(6, 10)} ${id.slice(10, 14)} ${id.slice(14)}`;
    case 'fw': return FW(id);
    default: return id;
  }
}
function fmtCard(c, st) {
  switch (st) {
    case 'g4': return c.replace(/(\d{4})(?=\d)/g, '$1 ');
    case 'd4': return c.replace(/(\d{4})(?=\d)/g, '$1-');
    case 'g64': return c.slice(0, 6) + ' ' + c.slice(6).replace(/(\d{4})(?=\d)/g, '$1 ');
    default: return c;
  }
}
const maskMobile = (m) => pick([() => `${m.slice(0, 3)}****${m.slice(7)}`, () => `${m.slice(0, 3)}****${m.slice(7)}`, () => `${m.slice(0, 3)}xxxx${m.slice(7)}`, () => `${m.slice(0, 7)}****`])();
const maskId = (id) => pick([() => `${id.slice(0, 6)}********${id.slice(14)}`, () => `${id.slice(0, 3)}***********${id.slice(14)}`, () => `${id.slice(0, 10)}****${id.slice(14)}`.replace(/^(\d{6})\d{4}/, '$1****')])();
const maskCard = (c) => pick([() => `${c.slice(0, 4)} **** **** ${c.slice(-4)}`, () => `${c.slice(0, 6)}******${c.slice(-4)}`, () => `**** **** **** ${c.slice(-4)}`])();
const maskName = (n) => (n.length <= 2 ? pick([n[0] + '*', n[0] + '某', '*' + n.slice(1)]) : pick([n[0] + '**', n[0] + '*' + n[n.length - 1], n[0] + '某某']));

// ---------------------------------------------------------------- decoy material
const PASSWORDS = ['a123456', '123456a', 'qq123456', 'woaini1314', '5201314', 'abc123', 'iloveyou', 'a5201314', 'zxcvbnm', '1qaz2wsx',
  'qwe123', 'aa123456', '123qwe', 'woaini520', 'password', 'Aa123456', 'wang123456', 'li5201314', 'asd123', '112233', '666666', '888888',
  '147258', '159357', 'abcd1234', 'q1w2e3r4', '7758521', 'xiaoxiao', 'zhang123', '123456789', '1314520', 'a12345678', 'woaini', 'asdfgh',
  '123456', '000000', 'qwerty', '11111111', '654321', 'abc123456', 'hello123', 'dragon', 'qazwsx', 'z123456', 'w123456', '520520',
  '1q2w3e4r', 'aini1314', 'wo123456', 'shadow', 'monkey', 'ww123456', 'qq5201314'];
function genPassword(p) {
  const r = rnd();
  if (p && r < 0.3) { const py = pinyinOf(p.name); if (py.sur !== 'x') return pick([py.sur + py.given, py.ini, py.sur]) + pick([String(p.y), pad(p.m, 2) + pad(p.d, 2), '123', '520', '888', '.']); }
  if (r < 0.4) return randStr(ri(8, 12), 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789');
  return pick(PASSWORDS);
}
function hexNoRuns(n) { for (;;) { const h = randStr(n, HEXCH); if (!/\d{7,}/.test(h)) return h; } }
const md5 = () => hexNoRuns(32);
const sha1 = () => hexNoRuns(40);
const bcrypt = () => '$2y$10$' + randStr(53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789').replace(/\d{7,}/g, 'aB');
const genSalt = () => randStr(6, 'abcdefghijkmnpqrstuvwxyzABCDEFGH23456789!@#$%');
function genDate(y0 = 2018, y1 = 2024, sep = '-') { const y = ri(y0, y1), m = ri(1, 12), d = ri(1, 28); return `${y}${sep}${pad(m, 2)}${sep}${pad(d, 2)}`; }
function genDateTime(y0 = 2019, y1 = 2024) { return `${genDate(y0, y1)} ${pad(ri(0, 23), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`; }
function luhnFail(s) { return !luhnOk(s); }
function safeDigits(s) { // a decoy digit string must not be a valid value of any detector
  if (/^1[3-9]\d{9}$/.test(s)) return false;
  if (s.length >= 16 && s.length <= 19 && luhnOk(s)) return false;
  if (s.length === 18 && (looseId18(s) || usccOk(s))) return false;
  if (s.length === 15 && looseId15(s)) return false;
  return true;
}
function genOrderNo() {
  for (;;) {
    const d = genDate(2020, 2024, '');
    const r = rnd();
    let s;
    if (r < 0.4) s = d + digits(10);
    else if (r < 0.6) s = d + digits(ri(6, 8));
    else if (r < 0.8) s = 'DD' + d + digits(8);
    else s = 'E' + d + digits(9);
    if (safeDigits(s.replace(/\D/g, ''))) return s;
  }
}
function genTracking() {
  for (;;) {
    const s = pick([() => 'SF' + ri(1, 9) + digits(11), () => 'YT' + ri(1, 9) + digits(12), () => '75' + digits(12), () => 'JT' + digits(13),
      () => '43' + digits(11), () => 'JD' + digits(13), () => '3' + digits(11)])();
    if (safeDigits(s.replace(/^[A-Z]+/, ''))) return s;
  }
}
const genTs10 = () => String(ri(1500000000, 1719999999));
function genTs13() { for (;;) { const s = String(ri(1600000, 1719999)) + digits(6); if (safeDigits(s)) return s; } }
const genIp = () => `${pick([117, 223, 112, 183, 36, 39, 113, 120, 27, 59, 61])}.${ri(1, 254)}.${ri(1, 254)}.${ri(1, 254)}`;
const PLATE_PROV = '京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川贵云藏陕甘青宁新'.split('');
const PLATE_AL = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
function genPlate() {
  const head = pick(PLATE_PROV) + PLATE_AL[ri(0, 12)] + (chance(0.2) ? '·' : '');
  if (chance(0.15)) return head + pick(['D', 'F']) + digits(5); // new-energy
  const tail = digits(5).split('');
  for (let k = ri(0, 2); k > 0; k--) tail[ri(0, 4)] = PLATE_AL[ri(0, PLATE_AL.length - 1)];
  return head + tail.join('');
}
const genVin = () => pick(['LSV', 'LFV', 'LGB', 'LVS', 'LHG', 'LBV', 'LGW', 'LSG']) + randStr(6, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789') + pick(['J', 'K', 'L', 'M', 'N', 'P']) + randStr(1, 'ABCDEFGHJKLMNPRSTUVWXYZ') + digits(6);
const genUsdt = () => 'T' + randStr(33, '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz').replace(/\d{7,}/g, 'Kq');
const genTxHash = () => hexNoRuns(64);
function genKami() { return pick([() => randStr(4, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789') + '-' + randStr(4, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789') + '-' + randStr(4, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789') + '-' + randStr(4, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'), () => { for (;;) { const s = digits(16); if (safeDigits(s) && s[0] !== '0') return s; } }, () => 'KM' + randStr(14, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')])(); }
const TG_HANDLES = ['@shujv_king', '@data_laok', '@sgk_bot88', '@qgsj_vip', '@baoma_data', '@chezhu666', '@gumin_jz', '@yezhu_sj', '@dk_kehu', '@sjyt2024', '@hk_data9', '@kuzi_fafa', '@sl_shuju', '@jzsj_tg', '@xjsj168'];
const WX_IDS = () => pick([() => 'wxid_' + randStr(14, 'abcdefghijkmnpqrstuvwxyz0123456789'), () => pick(['sj', 'shuju', 'data', 'kehu', 'jzyx']) + pick(['_', '', '-']) + randStr(4, 'abcdefghkmnpqrstuvwxyz') + ri(10, 999)])();
const HANDLE = () => pick(['xiaoyu', 'lucky', 'ah_', 'dragon', 'tiantian', 'mumu', 'qiqi', 'kk', 'feifei', 'sunny', 'ahong', 'lele']) + pick(['', '_', '.']) + ri(1, 9999);
const NICKS = ['数据源头-阿K', '全国数据批发', '老K-实时数据', '精准数据-阿杰', '大数据-小鱼', '数据哥', 'K哥数据', '源头数据工作室', '阿飞-一手料', '鑫源数据', 'Data King', 'Mr.数据', '小七数据'];
const BUYER_NICKS = ['我', '凯撒', '阿强装修', 'Tony', '海哥', '小李贷款', '蓝天', '风', '老刘-保险', '一路向北'];

// surname-initial words in name positions
const DECOY_WORDS = {
  company: ['王老吉', '周大福', '黄山旅游', '金龙鱼', '马可波罗瓷砖', '高德地图', '万达广场', '杨国福麻辣烫', '周黑鸭', '李先生牛肉面', '钱大妈',
    '白象食品', '程序科技有限公司', '何氏眼科', '汤臣倍健', '方太厨电', '石头科技', '叶氏兄弟', '江小白', '孔雀城置业', '林氏木业'],
  place: ['张家口', '王府井', '周口', '黄山', '高新区', '李沧区', '杨浦', '石家庄', '金华', '常州', '江门', '马鞍山', '邵阳', '白云区',
    '龙岗', '武进', '宋庄', '雷州', '贺州', '顾村', '朱家角', '郑东新区'],
  word: ['余额', '付款', '周一', '周末', '关于', '金额', '高速', '方案', '安全', '明天', '马上', '何时', '程序', '任务', '成功', '常见',
    '文件', '白天', '林业', '时间', '向上', '万元', '江湖', '石材', '叶子', '田地', '华为', '和平'],
  product: ['马应龙麝香痔疮膏', '白加黑', '金嗓子喉宝', '王守义十三香', '老干妈', '汤臣倍健蛋白粉', '贝因美奶粉', '飞鹤奶粉', '帮宝适纸尿裤',
    '花王纸尿裤', '惠氏启赋'],
  title: ['店长', '王牌销售', '金牌客服', '高级顾问', '项目经理', '业务主管', '客户经理', '区域总监'],
};

// ---------------------------------------------------------------- document builder
class Doc {
  constructor(kind) { this.kind = kind; this.ents = new Map(); this.dcs = new Map(); this.decs = new Map(); this.forms = []; this.text = ''; }
  add(det, value, written) {
    const k = det + '\u0000' + value;
    if (!this.ents.has(k)) this.ents.set(k, { detector: det, value });
    this.forms.push({ det, value, written });
    return written;
  }
  dc(det, value, written) { const k = det + '\u0000' + value; if (!this.dcs.has(k)) this.dcs.set(k, { detector: det, value }); return written ?? value; }
  dec(kind, text) { if (!this.decs.has(text)) this.decs.set(text, { kind, text }); return text; }
  // entity helpers
  name(n, written) { return this.add('person_name_zh', n, written ?? n); }
  nameDC(n, written) { return this.dc('person_name_zh', n, written ?? n); }
  mob(m, st) { return this.add('cn_mobile', m, fmtMobile(m, st)); }
  rid(p, st) { if (st === '15' && p.id15) return this.add('cn_resident_id', p.id, p.id15); return this.add('cn_resident_id', p.id, fmtId(p.id, st)); }
  card(c, st) { return this.add('bank_card', c, fmtCard(c, st)); }
  mail(e, st) { let w = e; if (st === 'upper') w = e.toUpperCase(); else if (st === 'cap') w = e[0].toUpperCase() + e.slice(1); else if (st === 'fwat') w = e.replace('@', '＠'); this.add('email', e.toLowerCase(), w); if (/^1[3-9]\d{9}@(139\.com|189\.cn|wo\.cn)$/.test(e)) this.add('cn_mobile', e.slice(0, 11), e.slice(0, 11)); return w; }
  land(l, written) { return this.add('cn_landline', l.replace(/\D/g, ''), written ?? l); }
  // decoy helpers
  pw(p) { return this.dec('password', genPassword(p)); }
  order() { return this.dec('order_no', genOrderNo()); }
  date(y0, y1, sep) { return this.dec('date', genDate(y0, y1, sep)); }
  dt(y0, y1) { return this.dec('datetime', genDateTime(y0, y1)); }
  qq() { return this.dec('qq', genQQ()); }
  city(p) { return this.dec('city', p.reg[2]); }
  mMob(m) { return this.dec('masked_mobile', maskMobile(m)); }
  mId(id) { return this.dec('masked_id', maskId(id)); }
  mCard(c) { return this.dec('masked_card', maskCard(c)); }
  mName(n) { return this.dec('masked_name', maskName(n)); }
  word(kind) { return this.dec(kind === 'word' ? 'word' : kind, pick(DECOY_WORDS[kind])); }
  badMobile() {
    const r = rnd();
    let s;
    if (r < 0.5) s = pick(['154', '194', '140', '141']) + digits(8);
    else if (r < 0.8) { const m = genMobile(); const i = ri(3, 9); s = m.slice(0, i) + m.slice(i + 1); return this.dec('short_mobile', s); }
    else { const m = genMobile(); const i = ri(3, 9); s = m.slice(0, i) + ri(0, 9) + m.slice(i); return this.dec('long_mobile', s); }
    return this.dec('invalid_mobile', s);
  }
  badId(p) {
    const r = rnd();
    let s;
    if (r < 0.5) { const c = p.id[17]; const alt = '0123456789X'.split('').filter((x) => x !== c); s = p.id.slice(0, 17) + pick(alt); }
    else if (r < 0.75) { const b = p.id.slice(0, 10) + pick(['0230', '0231', '1332', '0431', '0229', '1300']) + p.id.slice(14, 17); s = b + idCheckChar(b); if (+p.id.slice(6, 10) % 4 === 0 && b.slice(10, 14) === '0229') s = b.slice(0, 10) + '0230' + b.slice(14, 17) + 'X'; }
    else { const b = pick(['00', '20', '90', '99', '19', '80']) + p.id.slice(2, 17); s = b + idCheckChar(b); }
    return this.dec('invalid_id', s);
  }
}

// ---------------------------------------------------------------- category model (broker lists)
const CATS = {
  baoma: { titles: ['宝妈数据', '母婴宝妈', '孕妇宝妈', '月子中心客户', '早教宝妈', '奶粉宝妈'], years: [1985, 2001], gender: 'F',
    heads: { name: '姓名', mobile: '手机', babyBirth: '宝宝生日', addr: '地址', product: '购买商品', orderDate: '下单时间', orderNo: '订单号', city: '城市' },
    fields: [['name', 'mobile', 'babyBirth', 'addr', 'orderDate'], ['name', 'mobile', 'addr', 'product', 'orderNo'], ['mobile', 'name', 'babyBirth', 'city'], ['name', 'mobile', 'orderDate', 'product', 'addr']] },
  chezhu: { titles: ['车主数据', '新车车主', '4S店车主', '车险到期车主', '二手车车主', '豪车车主'], years: [1965, 1998],
    heads: { name: '车主', mobile: '电话', plate: '车牌', carModel: '车型', buyDate: '购车日期', vin: '车架号', id: '身份证', city: '地区' },
    fields: [['name', 'mobile', 'plate', 'carModel', 'buyDate'], ['name', 'mobile', 'carModel', 'vin', 'buyDate'], ['name', 'id', 'mobile', 'plate', 'vin'], ['plate', 'name', 'mobile', 'buyDate', 'city']] },
  gumin: { titles: ['股民数据', 'A股股民', '炒股用户', '期货客户', '大户股民', '配资客户'], years: [1950, 1995], legacyP: 0.25,
    heads: { name: '姓名', mobile: '手机', funds: '资金量', branch: '开户营业部', id: '证件号', openDate: '开户日期', city: '地区' },
    fields: [['name', 'mobile', 'funds', 'branch', 'openDate'], ['name', 'mobile', 'funds', 'openDate'], ['name', 'id', 'mobile', 'branch', 'openDate'], ['mobile', 'name', 'funds', 'city']] },
  yezhu: { titles: ['新房业主', '业主数据', '别墅业主', '交房业主', '精装房业主', '二手房业主'], years: [1960, 1995],
    heads: { name: '业主', mobile: '电话', estate: '楼盘', room: '房号', area: '面积', id: '身份证', buyDate: '交房时间' },
    fields: [['name', 'mobile', 'estate', 'room', 'area'], ['estate', 'room', 'name', 'mobile', 'area'], ['name', 'mobile', 'id', 'estate', 'room'], ['name', 'mobile', 'estate', 'room', 'buyDate']] },
  daikuan: { titles: ['贷款客户', '网贷客户', '信用卡申请客户', '急用钱客户', '车贷客户', '房贷客户'], years: [1970, 2003],
    heads: { name: '姓名', mobile: '手机号', id: '身份证号', loanAmt: '申请额度', applyTime: '申请时间', card: '银行卡', job: '职业', city: '城市' },
    fields: [['name', 'mobile', 'id', 'loanAmt', 'applyTime'], ['name', 'id', 'mobile', 'card', 'loanAmt', 'applyTime'], ['name', 'mobile', 'loanAmt', 'job', 'applyTime'], ['name', 'mobile', 'id', 'loanAmt', 'city', 'applyTime']] },
  baoxian: { titles: ['保险客户', '车险客户', '重疾险客户', '寿险老客户'], years: [1955, 1995],
    heads: { name: '投保人', mobile: '联系电话', id: '证件号码', policy: '保单号', expire: '到期日' },
    fields: [['name', 'mobile', 'id', 'policy', 'expire'], ['name', 'mobile', 'policy', 'expire'], ['name', 'id', 'mobile', 'expire']] },
  jiaoyu: { titles: ['学生家长', '中小学家长', '高考家长', '艺考生家长', '教培家长'], years: [1972, 1992],
    heads: { name: '家长', mobile: '电话', child: '学生', school: '学校', grade: '年级', regTime: '报名时间', city: '地区' },
    fields: [['name', 'mobile', 'child', 'school', 'grade', 'regTime'], ['child', 'name', 'mobile', 'school', 'regTime'], ['name', 'mobile', 'school', 'grade', 'city']] },
  zhuangxiu: { titles: ['装修客户', '家装意向', '建材客户', '全屋定制客户'], years: [1965, 1995],
    heads: { name: '客户', mobile: '电话', estate: '小区', area: '面积', budget: '预算', addr: '地址', room: '房号' },
    fields: [['name', 'mobile', 'estate', 'area', 'budget'], ['name', 'mobile', 'addr', 'budget'], ['mobile', 'name', 'estate', 'room']] },
  qipai: { titles: ['棋牌用户', '彩票用户', '游戏充值用户', '菠菜数据'], years: [1975, 2000],
    heads: { name: '姓名', mobile: '手机', recharge: '充值金额', regTime: '注册时间', qq: 'QQ' },
    fields: [['name', 'mobile', 'recharge', 'regTime'], ['mobile', 'name', 'qq', 'recharge'], ['name', 'mobile', 'recharge', 'regTime', 'qq']] },
};
const CAT_KEYS = Object.keys(CATS);
const CAR_MODELS = ['大众朗逸', '丰田凯美瑞', '本田雅阁', '宝马5系', '奔驰C级', '奥迪A6L', '别克英朗', '日产轩逸', '哈弗H6', '比亚迪汉', '特斯拉Model 3', '理想L7', '吉利博越', '长安CS75'];
const BRANCHES = ['国泰君安上海江苏路营业部', '中信证券北京总部', '华泰证券南京中山路', '招商证券深圳深南大道', '广发证券广州天河北', '海通证券杭州解放路', '东方财富拉萨团结路', '银河证券成都人民南路', '申万宏源西安高新路'];
const SCHOOLS = ['实验小学', '育才小学', '第一中学', '外国语学校', '人大附中', '师大附小', '第二十中学', '明德中学', '滨江小学'];
const JOBS = ['个体', '上班族', '司机', '自由职业', '公务员', '教师', '销售', '工人', '退休'];

// render one field of a broker row; returns '' for absent
function renderField(d, f, p, cfg) {
  const sty = cfg.mobStyle || 'plain';
  switch (f) {
    case 'name': return nameField(d, p, cfg);
    case 'child': { const c = p.child || (p.child = p.name.slice(0, p.name.includes('·') ? 1 : (p.name.length > 3 ? 2 : 1)) + pick(chance(0.5) ? M2 : F2)); return p.name.includes('·') ? '' : d.name(c); }
    case 'mobile': return mobileField(d, p, sty, cfg);
    case 'id': return idField(d, p, cfg);
    case 'card': return cardField(d, p, cfg);
    case 'email': return d.mail(emailOf(p));
    case 'addr': return chance(0.6) ? p.addr : d.city(p);
    case 'city': return chance(0.2) ? d.dec('place', pick(DECOY_WORDS.place)) : d.city(p);
    case 'babyBirth': return d.date(2019, 2024, pick(['-', '.', '/']));
    case 'orderDate': case 'buyDate': case 'openDate': case 'expire': return chance(0.5) ? d.date(2015, 2024) : d.date(1998, 2024, '.');
    case 'applyTime': case 'regTime': return d.dt(2021, 2024);
    case 'product': return chance(0.5) ? d.word('product') : pick(['纸尿裤L码', '婴儿推车', '孕妇装', '奶瓶', '辅食机']);
    case 'plate': return d.dec('plate', genPlate());
    case 'vin': return d.dec('vin', genVin());
    case 'carModel': return pick(CAR_MODELS);
    case 'funds': return d.dec('amount', pick([`${ri(10, 500)}万`, `${ri(1, 30)}0万+`, `${ri(50, 900)}W`, `${ri(1, 9)}百万`]));
    case 'branch': return d.dec('company', pick(BRANCHES));
    case 'estate': return d.dec('estate', pick(ESTATES));
    case 'room': return d.dec('room', pick([`${ri(1, 32)}栋${ri(1, 4)}单元${ri(2, 33)}0${ri(1, 4)}`, `${ri(1, 20)}-${ri(1, 3)}-${ri(2, 30)}0${ri(1, 6)}`, `${ri(1, 9)}号楼${ri(1, 28)}0${ri(1, 4)}`]));
    case 'area': return d.dec('area', pick([`${ri(60, 240)}㎡`, `${ri(60, 180)}.${ri(1, 9)}平`, `${ri(70, 300)}平米`]));
    case 'loanAmt': case 'budget': case 'recharge': return d.dec('amount', pick([`${ri(1, 50)}万`, `${ri(2, 200)}000`, `${ri(1, 30)}W`, `¥${ri(500, 90000)}`, `${ri(1, 80)}万元`]));
    case 'job': return pick(JOBS);
    case 'policy': for (;;) { const x = pick(['P', 'PDAA', 'AGZ', '6']) + genDate(2019, 2024, '') + digits(6); if (safeDigits(x)) return d.dec('policy_no', x); }
    case 'school': return d.dec('school', p.reg[2].replace(/(北京|上海|天津|重庆|广州|深圳|武汉|杭州|南京|郑州|长沙|西安|成都).*/, '$1') + pick(SCHOOLS));
    case 'grade': return pick(['一年级', '三年级', '初二', '初三', '高一', '高三', '五年级']);
    case 'qq': return d.qq();
    case 'orderNo': return d.order();
    default: return '';
  }
}
const MARKERS = ['(已成交)', '（已成交）', '(已加微)', '-意向', '√', '★', '(空号)', '(老客户)', '（拒接）', '(重复)', '✔', '(已联系)', '[VIP]', '（意向强）'];
const TITLES = ['先生', '女士', '小姐', '总', '姐', '哥', '老板'];
function nameField(d, p, cfg) {
  if (p.nameDone !== undefined) return p.nameDone;
  const r = rnd();
  let out;
  if (r < 0.74 || cfg.plainNames) out = d.name(p.name);
  else if (r < 0.83) out = d.name(p.name) + pick(MARKERS);
  else if (r < 0.87 && !p.name.includes('·') && p.name.length <= 3) { const t = p.name[0] + pick(TITLES); d.nameDC(t); d.nameDC(p.name[0]); out = t; }
  else if (r < 0.9) out = d.mName(p.name);
  else if (r < 0.93) out = '';
  else if (r < 0.97) out = d.word(pick(['company', 'company', 'place', 'title']));
  else if (p.name.length === 2) out = d.name(p.name, p.name[0] + ' ' + p.name[1]);
  else out = d.name(p.name);
  p.nameDone = out;
  return out;
}
function mobileField(d, p, st, cfg) {
  const r = rnd();
  if (cfg.noMobNoise || r < 0.86) return d.mob(p.mobile, st);
  if (r < 0.90) { const m2 = genMobile(); return d.mob(p.mobile, st) + pick(['/', '、', ' / ', ',']) + d.mob(m2, st); }
  if (r < 0.93) return d.mMob(p.mobile);
  if (r < 0.965) return d.badMobile();
  // landline instead of mobile
  return landField(d, p);
}
function genLandline(p) {
  const cityArea = { '11': '010', '12': '022', '31': '021', '50': '023', '21': '024', '32': '025', '42': '027', '51': '028', '61': '029' };
  let area = cityArea[p ? p.reg[0].slice(0, 2) : '11'];
  if (p && p.reg[0].startsWith('4401')) area = '020';
  if (p && p.reg[0].startsWith('4403')) area = '0755';
  if (p && p.reg[0].startsWith('3301')) area = '0571';
  if (!area) area = pick(['010', '021', '020', '0755', '0571', '025']);
  const sub = String(ri(2, 8)) + digits(7);
  return { area, sub };
}
function landField(d, p, styleOverride) {
  const { area, sub } = genLandline(p);
  const st = styleOverride || pick(['dash', 'dash', 'plain', 'paren', 'space']);
  const w = st === 'dash' ? `${area}-${sub}` : st === 'paren' ? `(${area})${sub}` : st === 'space' ? `${area} ${sub}` : area + sub;
  return d.land(area + sub, w);
}
function idField(d, p, cfg) {
  const r = rnd();
  if (p.id15 && r < 0.8) return d.rid(p, '15');
  if (r < 0.84) return d.rid(p, p.id.endsWith('X') && chance(0.4) ? 'lx' : (cfg.idStyle || 'plain'));
  if (r < 0.90) return d.mId(p.id);
  if (r < 0.95) return d.badId(p);
  return d.rid(p, 's684');
}
function cardField(d, p, cfg) {
  const c = cardOf(p).no;
  const r = rnd();
  if (r < 0.8) return d.card(c, cfg.cardStyle || (chance(0.2) ? 'g4' : 'plain'));
  if (r < 0.88) return d.mCard(c);
  if (r < 0.94) { // typo: fails Luhn; a 62 number with context — either answer is fine
    const i = ri(6, c.length - 2); const alt = String((+c[i] + ri(1, 8)) % 10); const bad = c.slice(0, i) + alt + c.slice(i + 1);
    if (luhnOk(bad)) return d.card(c, 'plain');
    return d.dc('bank_card', bad, bad);
  }
  return d.card(c, 'g4');
}
function pickRows() { return wpick([[ri(1, 3), 2], [ri(4, 10), 5], [ri(11, 20), 4], [ri(21, 35), 1], [ri(50, 80), 0.2]]); }
function mkPeople(cat, n) { const c = CATS[cat]; const out = []; for (let i = 0; i < n; i++) out.push(mkPerson({ years: c.years, gender: c.gender && chance(0.92) ? c.gender : undefined, legacyP: c.legacyP })); return out; }
function sellerAdLine(d) {
  return pick([
    () => `需要更多联系TG ${d.dec('handle', pick(TG_HANDLES))}`,
    () => `全国各地都有 一手货源 ${d.dec('price', pick(['0.1元/条', '0.08一条', '80一千', '100元/千条', '0.3/条', '50/千']))}`,
    () => `要的加QQ ${d.qq()} 备注数据`,
    () => `以上样本 空号率低于${ri(3, 9)}% 可验`,
    () => `VX: ${d.dec('wechat_id', WX_IDS())}`,
    () => `${d.dec('count', pick(['5000条起', '1万条起', '3000条起出', '1000条起步']))} 量大从优`,
    () => `更新日期 ${d.date(2023, 2024)}`,
  ])();
}
function rowsText(d, cat, people, sep, fields, cfg = {}) {
  return people.map((p) => fields.map((f) => renderField(d, f, p, cfg)).join(sep)).join('\n');
}

// ---------------------------------------------------------------- kinds: broker lists
function listHeader(d, c, n, people, sepHead) {
  const title = pick(c.titles);
  return pick([
    () => `【${title}】${d.city(people[0])} ${d.date(2023, 2024, '.')}新出 样本${d.dec('count', n + '条')}`,
    () => `${title}样本（${d.dec('count', n + '条')}）`,
    () => `${title} ${d.dec('count', pick(['1000条', '2000条', '5000条', '1w条', '3w条']))} 抽${n}条给你看`,
    () => `格式：${sepHead}`,
    () => `#${title} #${d.city(people[0])} #实时`,
    () => '',
  ])();
}
function kDash(d) {
  const cat = pick(CAT_KEYS), c = CATS[cat], n = pickRows(), people = mkPeople(cat, n), fields = pick(c.fields);
  const out = [];
  const h = listHeader(d, c, n, people, fields.map((f) => c.heads[f] || f).join('----'));
  if (h) out.push(h);
  out.push(rowsText(d, cat, people, '----', fields));
  if (chance(0.45)) out.push(sellerAdLine(d));
  return out.join('\n');
}
function kPipe(d) {
  const cat = pick(CAT_KEYS), c = CATS[cat], n = pickRows(), people = mkPeople(cat, n), fields = pick(c.fields);
  const framed = chance(0.35);
  const out = [];
  const h = listHeader(d, c, n, people, fields.map((f) => c.heads[f] || f).join('|'));
  if (h) out.push(h);
  if (chance(0.6)) out.push((framed ? '|' : '') + fields.map((f) => c.heads[f] || f).join('|') + (framed ? '|' : ''));
  if (framed) out.push('|' + fields.map(() => '---').join('|') + '|');
  const body = rowsText(d, cat, people, framed ? ' | ' : '|', fields);
  out.push(framed ? body.split('\n').map((l) => `| ${l} |`).join('\n') : body);
  if (chance(0.3)) out.push(sellerAdLine(d));
  return out.join('\n');
}
function kTab(d) {
  const cat = pick(CAT_KEYS), c = CATS[cat], n = pickRows(), people = mkPeople(cat, n), fields = pick(c.fields);
  const withNo = chance(0.5);
  const out = [];
  if (chance(0.4)) out.push(`${pick(c.titles)}\t\t${d.date(2023, 2024)}`);
  out.push((withNo ? '序号\t' : '') + fields.map((f) => c.heads[f] || f).join('\t'));
  const rows = rowsText(d, cat, people, '\t', fields).split('\n');
  out.push(rows.map((r, i) => (withNo ? `${i + 1}\t` : '') + r).join('\n'));
  return out.join('\n');
}
function kCsvZh(d) {
  const cat = pick(CAT_KEYS), c = CATS[cat], n = pickRows(), people = mkPeople(cat, n), fields = pick(c.fields);
  const quote = chance(0.35);
  const q = (s) => (quote ? `"${s}"` : s);
  const out = [(chance(0.5) ? '\uFEFF' : '') + fields.map((f) => q(c.heads[f] || f)).join(',')];
  for (const p of people) out.push(fields.map((f) => q(renderField(d, f, p, { mobStyle: 'plain' }).replace(/,/g, '，'))).join(','));
  return out.join('\r\n');
}
function kSepMisc(d) {
  const cat = pick(CAT_KEYS), c = CATS[cat], n = pickRows(), people = mkPeople(cat, n), fields = pick(c.fields);
  const sep = pick(['#', '#', ':', '：', '，', ' ', '  ', '---', '；', '/']);
  const out = [];
  if (chance(0.6)) out.push(`${pick(c.titles)} ${sep === ' ' || sep === '  ' ? '' : '(' + fields.map((f) => c.heads[f] || f).join(sep) + ')'}`.trim());
  out.push(rowsText(d, cat, people, sep, fields));
  if (chance(0.4)) out.push(sellerAdLine(d));
  return out.join('\n');
}

// ---------------------------------------------------------------- 社工库 lookups
const SGK_SOURCES = ['某东2018', '顺丰2020', '某通快递2021', '圆通2019', '某保险2017', '12306', '开房2013', '某宝收货地址', '车险2021',
  '某网贷平台', 'QQ群关系', '某股票APP', '某外卖2022', '某招聘网', '学籍库', '社保2019', '某酒店', '某医院挂号'];
const HOTELS = ['如家快捷酒店', '汉庭酒店', '7天连锁酒店', '锦江之星', '格林豪泰', '莫泰168', '速8酒店', '维也纳酒店', '全季酒店'];
function kSgk(d) {
  const style = pick(['bot', 'bot', 'bot', 'huji', 'line', 'kaifang', 'express', 'web']);
  const p = mkPerson({ years: [1958, 2003], legacyP: 0.15 });
  const out = [];
  if (style === 'bot') {
    const q = rnd();
    out.push(pick(['🔍 查询内容：', '查询：', '/cx ', '🔎 搜索 ']) + (q < 0.5 ? d.mob(p.mobile) : q < 0.8 ? d.rid(p) : d.name(p.name)));
    out.push('━━━━━━━━━━━━━━━━');
    const k = ri(1, 5);
    out.push(`📋 共找到 ${d.dec('count', k + ' 条')}记录`);
    for (let i = 1; i <= k; i++) {
      out.push(`【${i}】来源：${pick(SGK_SOURCES)}`);
      const f = shuffle(['mob', 'id', 'addr', 'mail', 'pw', 'qq', 'card', 'plate', 'mob2', ...(chance(0.25) ? ['pp'] : [])]).slice(0, ri(2, 5));
      out.push(`${pick(['姓名', '姓名', '收件人', '真实姓名', '客户姓名'])}：${d.name(p.name)}`);
      for (const x of f) {
        if (x === 'mob') out.push(`${pick(['手机', '手机号', '电话', '联系电话'])}：${d.mob(p.mobile, chance(0.15) ? 's344' : 'plain')}`);
        if (x === 'mob2') out.push(`${pick(['手机', '备用号码', '电话'])}：${chance(0.3) ? d.mMob(genMobile()) : d.mob(genMobile())}`);
        if (x === 'id') out.push(`${pick(['身份证', '身份证号', '证件号'])}：${d.rid(p, p.id15 && chance(0.6) ? '15' : 'plain')}`);
        if (x === 'addr') out.push(`${pick(['地址', '收货地址', '户籍地址', '住址'])}：${genAddr(p.reg)}`);
        if (x === 'mail') out.push(`${pick(['邮箱', 'Email', '邮件'])}：${d.mail(emailOf(p))}`);
        if (x === 'pw') out.push(`${pick(['密码', 'pass', '明文密码'])}：${d.pw(p)}`);
        if (x === 'qq') out.push(`QQ：${d.qq()}`);
        if (x === 'card') out.push(`${pick(['银行卡', '卡号', '银行卡号'])}：${d.card(cardOf(p).no)}（${cardOf(p).bank}）`);
        if (x === 'plate') out.push(`车牌：${d.dec('plate', genPlate())}`);
        if (x === 'pp') { const no = p.pp || (p.pp = chance(0.5) ? 'E' + digits(8) : 'E' + pick('ABCDEFGHJKLMN'.split('')) + digits(7)); out.push(`${pick(['护照', '护照号', '证件(护照)'])}：${d.add('cn_passport', no, no)}`); }
      }
      if (chance(0.6)) out.push(`${pick(['时间', '记录时间', '泄露时间'])}：${d.date(2013, 2023)}`);
      if (chance(0.3)) out.push(`IP：${d.dec('ip', genIp())}`);
    }
    out.push('━━━━━━━━━━━━━━━━');
    out.push(pick([() => `本次消耗 1 积分，剩余 ${ri(0, 300)} 积分`, () => `剩余查询次数：${ri(0, 50)}`, () => `会员到期：${d.date(2024, 2025)}`, () => `查询ID：${d.dec('hash', hexNoRuns(16))}`])());
    if (chance(0.4)) out.push(`充值联系 ${d.dec('handle', pick(TG_HANDLES))}`);
  } else if (style === 'huji') {
    const sp = mkPerson({ years: [p.y - 4, Math.min(p.y + 4, 2003)], gender: p.gender === 'M' ? 'F' : 'M' });
    const fa = genName('M'), mo = genName('F');
    const famName = p.name.includes('·') ? fa : p.name.slice(0, ['欧阳', '上官', '司马', '诸葛', '皇甫', '令狐', '司徒', '慕容'].includes(p.name.slice(0, 2)) ? 2 : 1) + pick(M1);
    out.push(pick(['━━ 户籍信息 ━━', '【户籍查询结果】', '=== 人口信息 ===']));
    out.push(`姓名：${d.name(p.name)}`);
    out.push(`性别：${p.gender === 'M' ? '男' : '女'}    民族：${p.name.includes('·') ? '维吾尔族' : '汉'}`);
    out.push(`出生日期：${d.dec('date', `${p.y}年${pad(p.m, 2)}月${pad(p.d, 2)}日`)}`);
    out.push(`身份证号：${d.rid(p, p.id15 ? '15' : 'plain')}`);
    out.push(`户籍地址：${p.addr}`);
    out.push(`婚姻状况：${pick(['已婚', '已婚', '未婚', '离异'])}`);
    out.push(`${p.gender === 'M' ? '妻子' : '丈夫'}：${d.name(sp.name)}  身份证：${d.rid(sp)}`);
    out.push(`父亲：${d.name(famName.length > 1 ? famName : fa)}`);
    out.push(`母亲：${d.name(mo)}`);
    out.push(`手机号：${d.mob(p.mobile)}${chance(0.5) ? ' / ' + d.mob(genMobile()) : ''}`);
    if (chance(0.5)) out.push(`服务处所：${pick([() => '个体', () => '无', () => d.word('company'), () => '某物流公司'])()}`);
  } else if (style === 'line') {
    const byName = chance(0.5);
    const k = ri(2, 7);
    out.push(byName ? `查询姓名：${d.name(p.name)}  找到${d.dec('count', k + '条')}` : `批量查询结果（${d.dec('count', k + '条')}）`);
    for (let i = 0; i < k; i++) {
      const q = i === 0 ? p : mkPerson({ years: [1958, 2003], name: byName ? p.name : undefined });
      const parts = [`姓名:${d.name(q.name)}`, `手机:${d.mob(q.mobile)}`];
      if (chance(0.8)) parts.push(`身份证:${chance(0.1) ? d.badId(q) : d.rid(q)}`);
      if (chance(0.6)) parts.push(`地址:${q.addr}`);
      if (chance(0.3)) parts.push(`邮箱:${d.mail(emailOf(q))}`);
      if (chance(0.25)) parts.push(`来源:${pick(SGK_SOURCES)}`);
      if (chance(0.4)) parts.push(`QQ:${d.qq()}`);
      if (chance(0.3)) parts.push(`密码:${d.pw(q)}`);
      out.push(parts.join(pick([' ', '  ', ' | ', '，'])));
    }
  } else if (style === 'kaifang') {
    const k = ri(2, 6);
    out.push(`开房记录查询：${d.rid(p)}`);
    out.push('姓名|证件号|入住时间|酒店|房号|同住人');
    for (let i = 0; i < k; i++) {
      const mate = chance(0.5) ? mkPerson({ years: [1960, 2003] }) : null;
      out.push([d.name(p.name), d.rid(p), d.dt(2011, 2019), d.dec('company', pick(HOTELS) + `(${p.reg[2]}店)`), d.dec('room', String(ri(2, 12)) + pad(ri(1, 40), 2)), mate ? d.name(mate.name) : ''].join('|'));
    }
    if (chance(0.5)) out.push(`手机：${d.mob(p.mobile)}`);
  } else if (style === 'express') {
    const k = ri(2, 6);
    out.push(`快递记录（按手机号 ${d.mob(p.mobile)}）`);
    for (let i = 0; i < k; i++) {
      const o = mkPerson({ years: [1960, 2002] });
      const send = chance(0.5);
      out.push(`单号：${d.dec('tracking_no', genTracking())}  ${send ? '寄件人' : '收件人'}：${d.name(p.name)} ${d.mob(p.mobile)}  ${send ? '收件人' : '寄件人'}：${d.name(o.name)} ${chance(0.2) ? d.mMob(o.mobile) : d.mob(o.mobile)}  ${send ? o.addr : p.addr}  ${d.date(2019, 2023)}`);
    }
  } else {
    const k = ri(1, 4);
    out.push('<table class="result"><tr><th>姓名</th><th>手机</th><th>身份证</th><th>地址</th><th>来源</th></tr>');
    for (let i = 0; i < k; i++) {
      const q = i === 0 ? p : mkPerson({ years: [1958, 2003] });
      out.push(`<tr><td>${d.name(q.name)}</td><td>${d.mob(q.mobile)}</td><td>${chance(0.15) ? d.mId(q.id) : d.rid(q)}</td><td>${q.addr}</td><td>${pick(SGK_SOURCES)}</td></tr>`);
    }
    out.push('</table>');
  }
  return out.join('\n');
}

// ---------------------------------------------------------------- 撞库 combo lists
const FORUMS = ['某论坛', '某游戏', 'CSDN', '某商城', '某网盘', '某小说站', '某P2P', '某交友网站', '某视频站'];
function kCombo(d) {
  const n = wpick([[ri(5, 15), 4], [ri(16, 40), 4], [ri(41, 90), 1]]);
  const fmt = pick(['email----pw', 'email:pw', 'mob:pw', 'mob----pw', 'user:md5', 'user:md5', 'email|pw|nick', 'hit', 'mixed', 'email\tmd5\tsalt']);
  const out = [];
  const dom = chance(0.4) ? pick(['163.com', 'qq.com', '126.com', 'sina.com']) : null;
  const hs = rnd();
  if (hs < 0.35) out.push(`# ${pick(FORUMS)} ${ri(2011, 2022)} 脱裤 | ${pick(['邮箱+密码', '手机+明文', '已去重', '已洗', 'md5未解'])} | ${d.dec('count', pick(['12w', '58万', '3.2亿', '800w', '4万条']))}`);
  else if (hs < 0.55) out.push(`====== ${pick(['新鲜料', '撞库用', '已验证', '高质量'])} ${dom || ''} ======`);
  for (let i = 0; i < n; i++) {
    const p = mkPerson({ years: [1970, 2004] });
    if (dom) { p.email = undefined; emailOf(p); if (!p.email.endsWith('@' + dom)) p.email = p.email.split('@')[0] + '@' + dom; if (/^1[3-9]\d{9}@/.test(p.email)) p.email = genQQ() + '@' + dom; }
    const f = fmt === 'mixed' ? pick(['email----pw', 'email:pw', 'mob:pw', 'mob----pw']) : fmt;
    const em = () => d.mail(emailOf(p), chance(0.06) ? 'cap' : chance(0.03) ? 'upper' : undefined);
    switch (f) {
      case 'email----pw': out.push(`${em()}----${d.pw(p)}`); break;
      case 'email:pw': out.push(`${em()}:${d.pw(p)}`); break;
      case 'mob:pw': out.push(`${d.mob(p.mobile)}:${d.pw(p)}`); break;
      case 'mob----pw': out.push(`${d.mob(p.mobile)}----${d.pw(p)}`); break;
      case 'user:md5': out.push(chance(0.5) ? `${d.dec('handle', HANDLE())}:${d.dec('md5', md5())}` : `${em()}:${d.dec('md5', md5())}`); break;
      case 'email|pw|nick': out.push(`${em()}|${d.pw(p)}|${d.dec('handle', HANDLE())}`); break;
      case 'email\tmd5\tsalt': out.push(`${em()}\t${d.dec('md5', md5())}\t${d.dec('salt', genSalt())}`); break;
      case 'hit': out.push(chance(0.5) ? `[HIT] ${em()}:${d.pw(p)} | 等级:VIP${ri(0, 7)} | ${d.dec('word', '余额')}:${d.dec('amount', ri(0, 3000) + '.' + pad(ri(0, 99), 2))}` : `[HIT] ${d.mob(p.mobile)}----${d.pw(p)} | 实名:${d.mName(p.name)} | 绑卡:${ri(0, 1) ? '是' : '否'}`); break;
    }
  }
  if (chance(0.3)) out.push(pick([`共${n}行`, '--- end ---', `checker v2.3 | good:${n} bad:${ri(100, 9000)}`]));
  return out.join('\n');
}

// ---------------------------------------------------------------- chat transcripts
function sampleBlock(d, cat, n, sep) {
  const c = CATS[cat]; const people = mkPeople(cat, n); const fields = pick(c.fields);
  return rowsText(d, cat, people, sep, fields);
}
function priceTalk(d) {
  return pick([
    () => `${d.dec('price', pick(['80一千', '100一千', '120/千', '0.1一条', '0.3一条', '50一千']))}，${d.dec('count', pick(['5000条起', '1万起', '3000起']))}`,
    () => `带身份证的另算 ${d.dec('price', pick(['0.5一条', '0.8/条', '1块一条']))}`,
    () => `全要的话${d.dec('price', pick(['2000', '3500', '1200', '800U', '500U']))}打包给你`,
    () => `USDT结算，地址 ${d.dec('usdt_address', genUsdt())}`,
    () => `可以卡密付，${d.dec('count', pick(['面值100', '面值500']))}的骏网卡也行`,
  ])();
}
function kWechat(d) {
  const seller = d.dec('handle', pick(NICKS)), buyer = pick(BUYER_NICKS);
  const cat = pick(CAT_KEYS);
  const day = genDate(2023, 2024, '/');
  let h = ri(8, 21), mi = ri(0, 50);
  const ts = () => { mi += ri(0, 3); if (mi > 59) { mi -= 60; h = Math.min(23, h + 1); } return `${day.replace(/\/0/g, '/')} ${h}:${pad(mi, 2)}`; };
  const mode = pick(['pc', 'pc', 'mobile', 'forward']);
  const msgs = [];
  const say = (who, txt) => msgs.push([who, txt]);
  say(buyer, pick(['在吗', '老板在不', `你好 有${pick(CATS[cat].titles)}吗`, '朋友介绍来的']));
  say(seller, pick(['在', '有的', '要哪里的', '什么数据']));
  say(buyer, `${pick(CATS[cat].titles)} ${pick(['全国', '本地'])}的 先发点样本看看`);
  say(seller, sampleBlock(d, cat, ri(3, 18), pick(['----', ' ', '  ', ',', '|'])));
  if (chance(0.5)) say(seller, sampleBlock(d, cat, ri(2, 8), pick(['----', ' '])));
  say(buyer, pick(['怎么卖', '多少钱一千', '价格呢', '这些是新的吗']));
  say(seller, priceTalk(d));
  if (chance(0.5)) say(seller, priceTalk(d));
  if (chance(0.4)) { const pr = mkPerson(); say(buyer, `上次${pick(['你', '别人'])}给的那批里有个${d.nameDC(pr.name)}打电话骂人了，这次别有重复的`); }
  if (chance(0.5)) say(buyer, pick([() => '好 先要5000', () => `我测一下 ${d.dec('word', '明天')}给你回复`, () => '行', () => '太贵了 便宜点'])());
  if (chance(0.4)) say(seller, `${d.dec('word', pick(['马上', '周一', '明天']))}${pick(['发你', '出新的', '更新一批'])}`);
  if (chance(0.5)) say(seller, `${pick(['加我小号', '换个号聊', '以后找这个'])} ${d.dec('wechat_id', WX_IDS())}`);
  if (chance(0.4)) say(buyer, `[转账] ¥${d.dec('amount', ri(2, 30) + '00.00')}`);
  if (mode === 'forward') {
    return `${seller}和${buyer}的聊天记录\n\n` + msgs.map(([w, t]) => `${w}  ${ts()}\n${t}`).join('\n\n');
  }
  if (mode === 'mobile') return msgs.map(([w, t]) => `${w}：${t}`).join('\n');
  return msgs.map(([w, t]) => `${w} ${ts()}:${pad(ri(0, 59), 2)}\n${t}`).join('\n');
}
function kQQ(d) {
  const sellerQQ = genQQ();
  const seller = pick(NICKS);
  const cat = pick(CAT_KEYS);
  const day = genDate(2016, 2023);
  const out = [];
  const group = chance(0.4);
  if (chance(0.7)) {
    out.push('消息记录（此消息记录为文本格式，不支持重新导入）', '', '================================================================');
    out.push(group ? `消息分组:我的QQ群` : '消息分组:我的好友');
    out.push('================================================================');
    out.push(group ? `消息对象:${pick(['全国数据交流群', '精准数据资源对接', '贷款渠道交流', '数据互换群'])}` : `消息对象:${d.dec('handle', seller)}`);
    out.push('================================================================', '');
  }
  let clock = ri(9, 21) * 3600 + ri(0, 3599);
  const t = () => { clock += ri(5, 400); const c = Math.min(clock, 86399); return `${day} ${pad(Math.floor(c / 3600), 2)}:${pad(Math.floor(c / 60) % 60, 2)}:${pad(c % 60, 2)}`; };
  const who = (nick, qq) => (group ? `${nick}(${d.dec('qq', qq)})` : d.dec('handle', nick));
  out.push(`${t()} ${who(seller, sellerQQ)}`, pick(['出一手数据 要的私聊', '新到一批货', `${pick(CATS[cat].titles)} 有需要的吗`]), '');
  const bq = genQQ();
  out.push(`${t()} ${who(pick(BUYER_NICKS.slice(1)), bq)}`, '样本', '');
  out.push(`${t()} ${who(seller, sellerQQ)}`, sampleBlock(d, cat, ri(3, 15), pick(['----', ' ', '\t', '|'])), '');
  out.push(`${t()} ${who(seller, sellerQQ)}`, priceTalk(d), '');
  if (chance(0.5)) out.push(`${t()} ${who(seller, sellerQQ)}`, `私聊加 ${d.qq()}`, '');
  if (chance(0.4)) { const pr = mkPerson(); out.push(`${t()} ${who(pick(BUYER_NICKS.slice(1)), genQQ())}`, `这个${d.nameDC(pr.name)}我认识 哈哈 是我们小区的`, ''); }
  return out.join('\r\n');
}
function kTelegram(d) {
  const seller = pick(['Data King 🇨🇳', 'K哥 | 一手数据', '数据源头', '社工库客服', 'Mr.Wang数据', '实时数据-TG']);
  const handle = pick(TG_HANDLES);
  const cat = pick(CAT_KEYS);
  const dd = genDate(2022, 2024);
  const [y, m, da] = dd.split('-');
  let h = ri(8, 21), mi = ri(0, 30);
  const stamp = () => { mi += ri(0, 4); if (mi > 59) { mi -= 60; h++; } return `[${da}.${m}.${y} ${pad(h, 2)}:${pad(mi, 2)}]`; };
  const out = [];
  if (chance(0.4)) {
    // channel post
    out.push(`${seller}, ${stamp()}`);
    out.push(`📢 ${pick(['出售', '长期出', '实时更新'])} ${pick(CATS[cat].titles)} ${pick(['全国', '分省', '分城市'])}`);
    out.push(`✅ ${pick(['一手源头 不倒卖', '空号率低于5%', '可验样 先测后买', '日更 2w+'])}`);
    out.push('样本：');
    out.push(sampleBlock(d, cat, ri(3, 12), pick(['----', ' | ', ' '])));
    out.push(`💰 ${priceTalk(d)}`);
    out.push(`联系 ${d.dec('handle', handle)}  频道 ${d.dec('url', 't.me/' + handle.slice(1) + pick(['_ch', '_pd', '']))}`);
  } else {
    out.push(`${seller}, ${stamp()}`, pick(['样本发你', '先看样本', 'sample:']));
    out.push(`${seller}, ${stamp()}`, sampleBlock(d, cat, ri(3, 16), pick(['----', '|', ' ', ':'])));
    out.push(`${pick(['buyer', 'Tom', '阿明', 'me'])}, ${stamp()}`, pick(['价格?', 'how much', '多少U']));
    out.push(`${seller}, ${stamp()}`, priceTalk(d));
    if (chance(0.6)) out.push(`${seller}, ${stamp()}`, `TRC20: ${d.dec('usdt_address', genUsdt())}`);
    if (chance(0.4)) out.push(`${pick(['buyer', 'Tom', '阿明'])}, ${stamp()}`, `sent, tx ${d.dec('tx_hash', genTxHash())}`);
  }
  return out.join('\n');
}

// ---------------------------------------------------------------- 拖库 SQL dumps
const sqlq = (s) => `'${String(s).replace(/'/g, "\\'")}'`;
function kSql(d) {
  const schema = pick(['discuz', 'ecshop', 'p2p', 'members', 'orders']);
  const n = wpick([[ri(2, 6), 3], [ri(7, 20), 4], [ri(21, 50), 1]]);
  const db = pick(['ecshop', 'dz_bbs', 'p2p_prod', 'mall', 'xx_loan', 'crm', 'app_user', 'hbdb']);
  const out = [`-- MySQL dump 10.13  Distrib ${pick(['5.6.50', '5.7.36', '5.5.62', '8.0.28'])}, for Linux (x86_64)`, '--', `-- Host: ${pick(['localhost', '127.0.0.1', '10.0.' + ri(0, 9) + '.' + ri(2, 254)])}    Database: ${db}`, '-- ------------------------------------------------------', ''];
  const people = []; for (let i = 0; i < n; i++) people.push(mkPerson({ years: [1965, 2003], legacyP: 0.05 }));
  let uid = ri(1000, 900000);
  const rows = [];
  if (schema === 'discuz') {
    out.push('DROP TABLE IF EXISTS `pre_ucenter_members`;', 'CREATE TABLE `pre_ucenter_members` (', '  `uid` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,', '  `username` char(15) NOT NULL DEFAULT \'\',', '  `password` char(32) NOT NULL DEFAULT \'\',', '  `email` char(32) NOT NULL DEFAULT \'\',', '  `myid` char(30) NOT NULL DEFAULT \'\',', '  `regip` char(15) NOT NULL DEFAULT \'\',', '  `regdate` int(10) unsigned NOT NULL DEFAULT \'0\',', '  `salt` char(6) NOT NULL,', '  PRIMARY KEY (`uid`)', ') ENGINE=MyISAM DEFAULT CHARSET=gbk;', '');
    for (const p of people) rows.push(`(${uid++},${sqlq(d.dec('handle', HANDLE()))},${sqlq(d.dec('md5', md5()))},${sqlq(d.mail(emailOf(p)))},'',${sqlq(d.dec('ip', genIp()))},${d.dec('timestamp', genTs10())},${sqlq(d.dec('salt', randStr(6, 'abcdef0123456789')))})`);
    out.push('LOCK TABLES `pre_ucenter_members` WRITE;', `INSERT INTO \`pre_ucenter_members\` VALUES ${rows.join(',')};`, 'UNLOCK TABLES;');
  } else if (schema === 'ecshop') {
    out.push('CREATE TABLE `ecs_order_info` (', '  `order_id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,', '  `order_sn` varchar(20) NOT NULL DEFAULT \'\',', '  `consignee` varchar(60) NOT NULL DEFAULT \'\' COMMENT \'收货人\',', '  `address` varchar(255) NOT NULL DEFAULT \'\',', '  `tel` varchar(60) NOT NULL DEFAULT \'\',', '  `mobile` varchar(60) NOT NULL DEFAULT \'\',', '  `email` varchar(60) NOT NULL DEFAULT \'\',', '  `goods_amount` decimal(10,2) NOT NULL DEFAULT \'0.00\',', '  `add_time` int(10) unsigned NOT NULL DEFAULT \'0\',', '  PRIMARY KEY (`order_id`)', ') ENGINE=MyISAM DEFAULT CHARSET=utf8;', '');
    for (const p of people) {
      const tel = chance(0.3) ? landField(d, p, 'dash') : '';
      rows.push(`(${uid++},${sqlq(d.dec('order_no', genOrderNo()))},${sqlq(d.name(p.name))},${sqlq(p.addr)},${sqlq(tel)},${sqlq(d.mob(p.mobile))},${sqlq(chance(0.6) ? d.mail(emailOf(p)) : '')},${d.dec('amount', ri(10, 3000) + '.' + pad(ri(0, 99), 2))},${d.dec('timestamp', genTs10())})`);
    }
    out.push(`INSERT INTO \`ecs_order_info\` (\`order_id\`,\`order_sn\`,\`consignee\`,\`address\`,\`tel\`,\`mobile\`,\`email\`,\`goods_amount\`,\`add_time\`) VALUES\n${rows.join(',\n')};`);
  } else if (schema === 'p2p') {
    out.push('CREATE TABLE `t_user_info` (', '  `id` bigint(20) NOT NULL,', '  `real_name` varchar(32) DEFAULT NULL COMMENT \'真实姓名\',', '  `id_no` varchar(20) DEFAULT NULL COMMENT \'身份证号\',', '  `mobile` varchar(11) DEFAULT NULL,', '  `bank_card_no` varchar(32) DEFAULT NULL,', '  `bank_name` varchar(32) DEFAULT NULL,', '  `credit_limit` decimal(12,2) DEFAULT NULL,', '  `create_time` datetime DEFAULT NULL,', '  PRIMARY KEY (`id`)', ') ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;', '');
    for (const p of people) {
      const c = cardOf(p);
      rows.push(`(${uid++},${sqlq(d.name(p.name))},${sqlq(p.id15 ? d.rid(p, '15') : d.rid(p, p.id.endsWith('X') && chance(0.5) ? 'lx' : 'plain'))},${sqlq(d.mob(p.mobile))},${sqlq(d.card(c.no))},${sqlq(c.bank)},${d.dec('amount', ri(1, 200) + '000.00')},${sqlq(d.dt(2016, 2019))})`);
    }
    out.push(`INSERT INTO \`t_user_info\` VALUES ${rows.join(',')};`);
  } else if (schema === 'members') {
    out.push('-- Table structure for table `members`', 'CREATE TABLE `members` (`id` int(11) NOT NULL, `username` varchar(50), `password` varchar(64), `realname` varchar(20), `idcard` varchar(18), `phone` varchar(20), `email` varchar(100), `reg_ip` varchar(15), `reg_time` datetime);', '');
    for (const p of people) rows.push(`INSERT INTO \`members\` VALUES (${uid++}, ${sqlq(d.dec('handle', HANDLE()))}, ${sqlq(chance(0.5) ? d.dec('sha1', sha1()) : d.dec('bcrypt', bcrypt()))}, ${sqlq(d.name(p.name))}, ${sqlq(chance(0.08) ? d.mId(p.id) : d.rid(p))}, ${sqlq(d.mob(p.mobile))}, ${sqlq(d.mail(emailOf(p)))}, ${sqlq(d.dec('ip', genIp()))}, ${sqlq(d.dt(2015, 2022))});`);
    out.push(...rows);
  } else {
    out.push('CREATE TABLE `tb_express_order` (`waybill_no` varchar(32), `sender_name` varchar(32), `sender_phone` varchar(20), `receiver_name` varchar(32), `receiver_phone` varchar(20), `receiver_addr` varchar(200), `created` bigint);', '');
    for (const p of people) {
      const s = mkPerson({ years: [1965, 2000] });
      rows.push(`(${sqlq(d.dec('tracking_no', genTracking()))},${sqlq(d.name(s.name))},${sqlq(d.mob(s.mobile))},${sqlq(d.name(p.name))},${sqlq(d.mob(p.mobile))},${sqlq(p.addr)},${d.dec('timestamp', genTs13())})`);
    }
    out.push(`INSERT INTO \`tb_express_order\` VALUES ${rows.join(',\n')};`);
  }
  out.push('', `-- Dump completed on ${d.dt(2019, 2024)}`);
  return out.join('\n');
}

// ---------------------------------------------------------------- CSV with English columns
function kCsvEn(d) {
  const style = pick(['hotel', 'loan', 'user', 'shop']);
  const n = wpick([[ri(2, 8), 3], [ri(9, 30), 4], [ri(31, 70), 1]]);
  const out = [];
  if (style === 'hotel') {
    out.push('Name,CardNo,Descriot,CtfTp,CtfId,Gender,Birthday,Address,Zip,Dirty,District1,District2,District3,District4,District5,District6,FirstNm,LastNm,Duty,Mobile,Tel,Fax,EMail,Nation,Taste,Education,Company,CTel,CAddress,CZip,Family,Version,id');
    for (let i = 0; i < n; i++) {
      const p = mkPerson({ years: [1955, 1993], legacyP: 0.2 });
      const pass = chance(0.06);
      let ctfTxt;
      if (pass) { const no = chance(0.5) ? 'E' + digits(8) : 'E' + pick('ABCDEFGHJKLMN'.split('')) + digits(7); ctfTxt = d.add('cn_passport', no, no); }
      else ctfTxt = p.id15 ? d.rid(p, '15') : d.rid(p);
      const tel = chance(0.25) ? landField(d, p, 'dash') : '';
      const mob = chance(0.85) ? d.mob(p.mobile) : '';
      const em = chance(0.25) ? d.mail(emailOf(p)) : '';
      out.push([d.name(p.name), '', '', pass ? '护照' : 'ID', ctfTxt, p.gender, d.dec('date', `${p.y}${pad(p.m, 2)}${pad(p.d, 2)}`), `"${p.addr}"`, d.dec('zip', String(ri(10, 85)) + pad(ri(0, 9999), 4)), '', '', '', '', '', '', '', '', '', '', mob, tel, '', em, pick(['CHN', 'CHN', '']), '', '', chance(0.3) ? d.word('company') : '', '', '', '', '0', d.dec('datetime', `${genDate(2009, 2012).replace(/-0/g, '-')} 0:00:00`), String(ri(1, 9999999))].join(','));
    }
  } else if (style === 'loan') {
    out.push(pick(['name,mobile,id_card,bank_card,bank_name,loan_amount,status,created_at', 'customer_name,phone,idno,card_no,bank,amount,apply_status,apply_time']));
    for (let i = 0; i < n; i++) {
      const p = mkPerson({ years: [1970, 2003] });
      const c = cardOf(p);
      out.push([d.name(p.name), d.mob(p.mobile), chance(0.05) ? d.badId(p) : d.rid(p), chance(0.06) ? d.mCard(c.no) : d.card(c.no), c.bank, d.dec('amount', String(ri(1, 100) * 1000)), pick(['APPROVED', 'REJECTED', 'PENDING', 'OVERDUE', 'M1', 'M3']), d.dt(2020, 2024)].join(','));
    }
  } else if (style === 'user') {
    out.push('user_id,nickname,real_name,phone,email,register_ip,register_time,last_login');
    for (let i = 0; i < n; i++) {
      const p = mkPerson({ years: [1975, 2004] });
      out.push([String(ri(100000, 99999999)), d.dec('handle', HANDLE()), chance(0.85) ? d.name(p.name) : '', chance(0.1) ? d.mMob(p.mobile) : d.mob(p.mobile), d.mail(emailOf(p), chance(0.05) ? 'upper' : undefined), d.dec('ip', genIp()), d.dt(2016, 2022), d.dec('timestamp', genTs13())].join(','));
    }
  } else {
    out.push('order_id,buyer_nick,receiver_name,receiver_mobile,receiver_address,item_title,payment,pay_time');
    for (let i = 0; i < n; i++) {
      const p = mkPerson({ years: [1975, 2002] });
      out.push([d.dec('order_no', genOrderNo()), d.dec('handle', HANDLE()), d.name(p.name), d.mob(p.mobile, chance(0.1) ? 'c86' : 'plain'), `"${p.addr}"`, chance(0.3) ? d.word('product') : pick(['婴儿湿巾80抽*10包', '保温杯500ml', '无线蓝牙耳机', '四件套床品', '儿童电话手表']), d.dec('amount', ri(9, 999) + '.' + pad(ri(0, 99), 2)), d.dt(2020, 2024)].join(','));
    }
  }
  return out.join('\n');
}

// ---------------------------------------------------------------- salesperson's 客户资源.txt
const CRM_NOTES = ['买过两次', '意向高', '嫌贵', '宝妈 孩子3岁', '周末有空', '不要打太早', '已加V', '老客户转介绍', '考虑中', '下月装修', '有车 想换',
  '资金50万左右', '要发票', '别再打了 态度差', '晚上8点后', '已付定金', '在外地 下周回'];
function crmNote(d) {
  return pick([
    () => pick(CRM_NOTES), () => pick(CRM_NOTES),
    () => `${d.dec('date', `${ri(1, 12)}.${ri(1, 28)}`)}${pick(['回访', '约看房', '再打', '到店'])}`,
    () => `预算${d.dec('amount', pick([`${ri(3, 80)}万`, `${ri(2, 9)}w`, `${ri(5, 50)}000`]))}`,
    () => `QQ ${d.qq()}`,
    () => `微信${d.dec('wechat_id', WX_IDS())}`,
    () => `${d.dec('date', genDate(2023, 2024))}成交 ${d.dec('amount', ri(1, 90) * 100 + '元')}`,
  ])();
}
function kCrm(d) {
  const n = wpick([[ri(3, 10), 3], [ri(11, 25), 4], [ri(26, 40), 1]]);
  const out = [];
  out.push(pick([() => `客户资源（${d.date(2023, 2024, '.')} 整理）勿外传`, () => '我的客户', () => '客户资源.txt', () => '老板给的+我自己的', () => `意向客户 ${d.dec('count', n + '个')}`, () => ''])());
  for (let i = 0; i < n; i++) {
    const p = mkPerson({ years: [1960, 1998] });
    const r = rnd();
    const note = () => crmNote(d);
    let l;
    if (r < 0.25) l = `${d.name(p.name)} ${d.mob(p.mobile)} ${d.city(p)} ${note()}${chance(0.5) ? ' 预算' + d.dec('amount', ri(3, 80) + '万') : ''}`;
    else if (r < 0.4) l = `${d.mob(p.mobile)} ${d.name(p.name)} ${note()}`;
    else if (r < 0.5) l = `${d.name(p.name)}${pick(MARKERS)} ${d.mob(p.mobile)} ${d.dec('date', `${ri(1, 12)}.${ri(1, 28)}`)}回访`;
    else if (r < 0.58) l = `${d.dec('word', pick(['周一', '周末', '明天', '周三', '周五', '马上']))}回访：${d.name(p.name)} ${d.mob(p.mobile)} ${note()}`;
    else if (r < 0.66) l = `${d.name(p.name)} 电话${d.mob(p.mobile)} 微信同号 地址：${p.addr}`;
    else if (r < 0.72) l = `${d.name(p.name)} ${d.mob(p.mobile)}/${d.mob(genMobile())} ${note()}`;
    else if (r < 0.78) { const t = p.name[0] + pick(['姐', '哥', '总', '老板', '阿姨']); d.nameDC(t); d.nameDC(p.name[0]); l = `${t} ${d.mob(p.mobile)} ${note()}`; }
    else if (r < 0.84) l = `${d.name(p.name)} ${d.mob(p.mobile)} 身份证${d.rid(p)} 办卡用`;
    else if (r < 0.88) l = `${d.name(p.name)} 座机${landField(d, p)} ${note()}`;
    else if (r < 0.92) l = `${d.name(p.name)}，${d.mob(p.mobile, pick(['s344', 'd344']))}，${note()}`;
    else if (r < 0.96) { const b = d.badMobile(); l = `${d.name(p.name)} ${b}（号码不对${b.length === 10 ? ' 少一位？' : b.length === 12 ? ' 多一位？' : ' 打不通'}）`; }
    else l = `${d.dec('company', pick(['顺丰', '链家', '中介', '物业']) + pick(['', '小哥', '前台']))} ${d.mob(p.mobile)} 别卖给他`;
    out.push(l);
  }
  if (chance(0.4)) out.push('', pick(['--- 以下是老板给的 ---', '以下没打过', '=====']));
  return out.filter((x, i) => i > 0 || x).join(chance(0.5) ? '\r\n' : '\n');
}

// ---------------------------------------------------------------- 短信群发 import files
const SMS_SIGNS = ['【安心贷】', '【速借】', '【XX银行】', '【星河装饰】', '【宝宝树】', '【万家优选】', '【牛股宝】', '【融e借】'];
const SMS_BODY = { '【安心贷】': '您申请的贷款已审批', '【速借】': '您的借款额度已提升至', '【XX银行】': '您的信用卡额度已提升至', '【星河装饰】': '您已获得装修补贴',
  '【宝宝树】': '您的宝宝可领取成长礼包，价值', '【万家优选】': '您的会员积分即将清零，可兑换', '【牛股宝】': '您的账户获赠体验金', '【融e借】': '您有一笔备用金可领取，额度' };
function kSmsImport(d) {
  const style = pick(['csv', 'numbers', 'personal', 'numbers86']);
  const n = wpick([[ri(5, 15), 4], [ri(16, 35), 3], [ri(41, 70), 0.4]]);
  const out = [];
  const signTxt = pick(SMS_SIGNS);
  const sign = style === 'csv' || style === 'personal' ? d.dec('sms_sign', signTxt) : signTxt;
  if (style === 'csv') {
    out.push(pick(['手机号码,姓名,变量1', '号码,姓名,金额', '手机,称呼,额度']));
    for (let i = 0; i < n; i++) { const p = mkPerson(); out.push(`${d.mob(p.mobile)},${nameField(d, p, {})},${d.dec('amount', String(ri(1, 50) * 1000))}`); }
    out.push('', `# 模板：${sign}尊敬的{姓名}，您有一笔{变量1}元额度待领取，点击 ${d.dec('url', 't.cn/' + randStr(7, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz'))} 退订回T`);
  } else if (style === 'numbers' || style === 'numbers86') {
    if (chance(0.5)) out.push(pick(['号码', '手机号', 'mobile']));
    for (let i = 0; i < n; i++) {
      const r = rnd();
      if (r < 0.04) out.push(d.badMobile());
      else if (r < 0.1) out.push(d.dec('service_no', pick(['95588', '10086', '12345', '95' + ri(100, 599), '1069' + digits(8)])));
      else out.push(d.mob(genMobile(), style === 'numbers86' ? pick(['c86', 'p86', 'plain']) : 'plain') + (chance(0.1) ? ',' : ''));
    }
    if (chance(0.5)) out.push(`共${d.dec('count', n + '个号码')} 发送时间${d.dt(2024, 2024)}`);
  } else {
    out.push('手机号码\t短信内容');
    for (let i = 0; i < n; i++) {
      const p = mkPerson({ years: [1965, 2000] });
      const call = p.name.includes('·') || p.name.length > 3 ? d.name(p.name) : d.name(p.name) + (p.gender === 'M' ? '先生' : '女士');
      out.push(`${d.mob(p.mobile)}\t${sign}${call}您好，${SMS_BODY[signTxt]}${d.dec('amount', String(ri(1, 20) * 5000))}元，详询${d.dec('url', 't.cn/' + randStr(7, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz'))} 拒收请回复R`);
    }
  }
  return out.join('\r\n');
}

// ---------------------------------------------------------------- re-typed lists
function kRetyped(d) {
  const cat = pick(CAT_KEYS), c = CATS[cat];
  const n = wpick([[ri(3, 8), 3], [ri(9, 25), 3]]);
  const out = [];
  out.push(pick([`${pick(c.titles)}（手打的 有错的话说一声）`, '照着截图敲的：', `${pick(c.titles)}`, '']));
  const people = mkPeople(cat, n);
  people.forEach((p, i) => {
    const num = pick([`${i + 1}、`, `${i + 1}.`, `${i + 1}）`, '']);
    const st = pick(['s344', 's344', 's434', 's335', 'fw', 'fws', 'd344', 'plain']);
    let l = `${num}${nameField(d, p, {})} `;
    const r = rnd();
    if (r < 0.07) l += d.badMobile();
    else l += d.mob(p.mobile, st);
    if (chance(0.3)) l += ` 身份证 ${d.rid(p, pick(['s684', 's6444', 'fw', 'plain']))}`;
    if (chance(0.6)) l += ` ${chance(0.6) ? d.city(p) : p.addr}`;
    if (chance(0.35)) l += ` ${pick([() => d.date(2023, 2024, '.'), () => d.dec('amount', ri(1, 90) + '万'), () => 'QQ' + d.qq(), () => d.dec('plate', genPlate())])()}`;
    if (chance(0.15)) l += ` 卡号 ${d.card(cardOf(p).no, pick(['g4', 'g4', 'g64', 'd4']))}`;
    out.push(l.replace(/ +$/, ''));
  });
  return out.filter((x, i) => i > 0 || x).join('\n');
}

// ---------------------------------------------------------------- glued fields
function kGlued(d) {
  const n = wpick([[ri(3, 10), 3], [ri(11, 25), 3]]);
  const form = pick(['nm', 'nma', 'mn', 'nim', 'ngm', 'mixed']);
  const out = [];
  if (chance(0.4)) out.push(pick(['（复制过来格式乱了）', '原始数据：', `${pick(CATS[pick(CAT_KEYS)].titles)}`]));
  for (let i = 0; i < n; i++) {
    const p = mkPerson({ years: [1960, 2000] });
    const f = form === 'mixed' ? pick(['nm', 'nma', 'mn', 'nim', 'ngm']) : form;
    if (f === 'nm') out.push(`${d.name(p.name)}${d.mob(p.mobile)}${chance(0.5) ? ' ' + d.dt(2020, 2024) : ''}`);
    else if (f === 'nma') out.push(`${d.name(p.name)}${d.mob(p.mobile)}${p.addr}${chance(0.5) ? d.date(2020, 2024) : ''}`);
    else if (f === 'mn') out.push(`${d.mob(p.mobile)}${d.name(p.name)}${chance(0.5) ? p.reg[1] : d.city(p)}${chance(0.5) ? d.dec('amount', ri(1, 90) + '万') : ''}`);
    else if (f === 'nim') out.push(`${d.name(p.name)}${d.rid(p)}${p.gender === 'M' ? '男' : '女'}${d.mob(p.mobile)}${chance(0.6) ? d.city(p) : ''}`);
    else out.push(`${d.name(p.name)}${p.gender === 'M' ? '男' : '女'}${ri(20, 60)}岁${d.mob(p.mobile)}${d.city(p)}${chance(0.5) ? d.date(2021, 2024, '.') : ''}`);
  }
  return out.join('\n');
}

// ---------------------------------------------------------------- seller adverts / price lists
function genUscc() {
  const reg = pick(REGIONS)[0];
  for (;;) {
    const body8 = 'MA' + randStr(6, '0123456789ABCDEFGHJKLMNPQRTUWXY');
    const oc = orgCheck(body8);
    const b17 = '91' + reg + body8 + oc;
    if (!/^[0-9A-HJ-NPQRTUWXY]+$/.test(b17)) continue;
    return b17 + usccCheck(b17);
  }
}
function kAdvert(d) {
  const out = [];
  out.push(pick(['━━━ 全网最低 实时数据 ━━━', '【一手数据源头 长期稳定】', '📊 精准营销数据 价格表', '★★★ 数据批发 ★★★', '各类精准客户资源出售']));
  const cats = shuffle(CAT_KEYS.slice()).slice(0, ri(3, 7));
  for (const k of cats) out.push(`${pick(['✅', '▶', '·', '-', '◆'])} ${pick(CATS[k].titles)}${pick(['', '（带地址）', '（带身份证）', '（实时）', '（分城市）'])}  ${d.dec('price', pick(['0.08元/条', '0.1元/条', '0.15/条', '80/千', '120元/千条', '0.5元/条', '30U/千', '1元/条']))}${chance(0.5) ? '  ' + d.dec('count', pick(['1万条起', '5000条起', '1000条起', '3千起'])) : ''}`);
  if (chance(0.5)) out.push(`${pick(['✅', '▶', '◆'])} 四件套/三要素 ${d.dec('price', pick(['30U/套', '80元/套', '50U/套']))}`);
  out.push(pick(['支持验样 先测后付', '可验样 拒绝白嫖', '先付一半 验完付尾款', '不验样 要的直接拍']));
  if (chance(0.7)) {
    out.push('样本：');
    for (let i = 0; i < ri(2, 5); i++) { const p = mkPerson({ years: [1970, 2000] }); out.push(`${d.mName(p.name)} ${d.mMob(p.mobile)} ${d.city(p)}${chance(0.4) ? ' ' + d.mId(p.id) : ''}`); }
  }
  const contact = [];
  if (chance(0.7)) contact.push(`TG: ${d.dec('handle', pick(TG_HANDLES))}`);
  if (chance(0.6)) contact.push(`QQ: ${d.qq()}`);
  if (chance(0.5)) contact.push(`V: ${d.dec('wechat_id', WX_IDS())}`);
  if (chance(0.35)) contact.push(`电话/微信同号：${d.mob(genMobile(), chance(0.3) ? 's344' : 'plain')}`);
  out.push(contact.join('  ') || `TG: ${d.dec('handle', pick(TG_HANDLES))}`);
  if (chance(0.5)) out.push(`USDT(TRC20)：${d.dec('usdt_address', genUsdt())}`);
  if (chance(0.3)) out.push(`卡密付款：骏网/京东E卡 例 ${d.dec('card_secret', genKami())}`);
  if (chance(0.2)) { const u = genUscc(); out.push(`正规公司 ${pick(['深圳市', '杭州', '广州'])}${pick(['鑫源', '数联', '智汇', '云拓'])}信息科技有限公司 统一社会信用代码：${d.add('cn_uscc', u, u)}`); }
  if (chance(0.25)) { const t = pick(['陈', '王', '李', '刘']) + '经理'; d.nameDC(t); d.nameDC(t[0]); out.push(`联系人：${t}`); }
  if (chance(0.4)) out.push(`更新：${d.date(2024, 2024)}  ${d.dec('count', pick(['日更2w+', '库存3亿+', '月出50万条']))}`);
  return out.join('\n');
}

// ---------------------------------------------------------------- 四件套 / 卡料
function kFourEl(d) {
  const style = pick(['four', 'four', 'three', 'credit', 'kv']);
  const n = wpick([[ri(2, 6), 3], [ri(7, 20), 4], [ri(21, 40), 1]]);
  const out = [];
  if (style === 'four') {
    const sep = pick(['|', '----', '\t', ' ']);
    const cols = shuffle(['name', 'id', 'card', 'mob']);
    out.push(`【四件套】${cols.map((c) => ({ name: '姓名', id: '身份证', card: '银行卡', mob: '预留手机' })[c]).join(sep === '\t' ? ' ' : sep)}${chance(0.5) ? '  ' + d.dec('price', pick(['30U/套', '50U/套', '200元/套'])) : ''}`);
    for (let i = 0; i < n; i++) {
      const p = mkPerson({ years: [1965, 2003], legacyP: 0.05 });
      const cc = cardOf(p);
      out.push(cols.map((c) => (c === 'name' ? d.name(p.name) : c === 'id' ? idField(d, p, {}) : c === 'card' ? cardField(d, p, {}) : d.mob(p.mobile))).join(sep) + (chance(0.4) ? `${sep}${cc.bank}` : '') + (chance(0.6) ? `${sep}余额${d.dec('amount', pick([`${ri(1, 50)}w+`, `${ri(1, 99)}000`, `${ri(1, 30)}万`]))}` : '') + (chance(0.4) ? `${sep}${d.dt(2023, 2024)}` : ''));
    }
  } else if (style === 'three') {
    out.push(pick(['三要素 姓名 身份证 手机（已核验）', '实名料 三要素']));
    for (let i = 0; i < n; i++) { const p = mkPerson({ years: [1965, 2003] }); out.push(`${d.name(p.name)} ${idField(d, p, {})} ${d.mob(p.mobile)}${chance(0.3) ? ' ' + pick(['一致', '核验通过', '√']) : ''}${chance(0.6) ? ' ' + d.dt(2023, 2024) : ''}${chance(0.3) ? ' ' + d.city(p) : ''}`); }
  } else if (style === 'credit') {
    out.push('卡号|有效期|CVV|持卡人|身份证|手机|账单地址');
    for (let i = 0; i < n; i++) {
      const p = mkPerson({ years: [1965, 1998] });
      const c = genCard(pick(BINS.filter((b) => b[1] === 16)));
      p.card = c;
      out.push([d.card(c.no, chance(0.3) ? 'g4' : 'plain'), d.dec('expiry', `${pad(ri(1, 12), 2)}/${ri(25, 30)}`), d.dec('cvv', pad(ri(0, 999), 3)), d.name(p.name), d.rid(p), d.mob(p.mobile), p.addr].join('|'));
    }
  } else {
    for (let i = 0; i < n; i++) {
      const p = mkPerson({ years: [1965, 2003] });
      const c = cardOf(p);
      out.push(`户名：${d.name(p.name)}`, `卡号：${d.card(c.no, pick(['plain', 'g4']))}`, `开户行：${c.bank}${pick(['', p.reg[2] + '支行', p.reg[2] + '分行营业部'])}`, `身份证：${d.rid(p)}`, `预留手机：${d.mob(p.mobile)}`);
      if (chance(0.6)) out.push(`余额：${d.dec('amount', ri(100, 90000) + '.' + pad(ri(0, 99), 2))}`);
      if (chance(0.5)) out.push(`取款密码：${d.dec('pin', pad(ri(0, 999999), 6))}`);
      if (chance(0.4)) out.push(`网银登录名：${d.dec('handle', HANDLE())}  登录密码：${d.pw(p)}`);
      if (chance(0.3)) out.push(`U盾：${pick(['有', '无', '二代'])}`);
      out.push('----------');
    }
  }
  return out.join('\n');
}

// ---------------------------------------------------------------- JSON (scraped / leaked API)
function kJson(d) {
  const style = pick(['loan', 'express', 'jsonl', 'member']);
  const n = wpick([[ri(1, 4), 3], [ri(5, 15), 4], [ri(16, 30), 1]]);
  const people = []; for (let i = 0; i < n; i++) people.push(mkPerson({ years: [1965, 2003] }));
  const J = (s) => JSON.stringify(s);
  if (style === 'loan') {
    const list = people.map((p) => `{"id":${ri(10000, 9999999)},"realName":${J(d.name(p.name))},"mobile":${chance(0.2) ? d.mob(p.mobile) : J(d.mob(p.mobile))},"idCard":${J(chance(0.07) ? d.mId(p.id) : d.rid(p))},"bankCard":${J(d.card(cardOf(p).no))},"applyAmount":${d.dec('amount', String(ri(1, 100) * 1000))},"deviceId":${J(d.dec('device_id', hexNoRuns(16)))},"ip":${J(d.dec('ip', genIp()))},"createTime":${J(d.dt(2021, 2024))}}`);
    return `{"code":${pick([0, 200])},"msg":"success","data":{"total":${d.dec('count', String(ri(500, 90000)))},"page":${ri(1, 90)},"list":[${list.join(',')}]}}`;
  }
  if (style === 'express') {
    const list = people.map((p) => { const s = mkPerson(); return `{\n      "waybillNo": ${J(d.dec('tracking_no', genTracking()))},\n      "senderName": ${J(d.name(s.name))},\n      "senderPhone": ${J(chance(0.3) ? d.mMob(s.mobile) : d.mob(s.mobile))},\n      "receiverName": ${J(d.name(p.name))},\n      "receiverPhone": ${J(d.mob(p.mobile))},\n      "receiverAddress": ${J(p.addr)},\n      "status": ${J(pick(['SIGNED', 'IN_TRANSIT', 'DELIVERING']))},\n      "createTime": ${J(d.dt(2022, 2024))},\n      "freight": ${d.dec('amount', ri(8, 30) + '.00')}\n    }`; });
    return `{\n  "success": true,\n  "result": {\n    "rows": [\n    ${list.join(',\n    ')}\n    ]\n  }\n}`;
  }
  if (style === 'jsonl') {
    return people.map((p) => `{"uid":${J(String(ri(100000, 99999999)))},"name":${J(d.name(p.name))},"phone":${J(d.mob(p.mobile))},"email":${J(d.mail(emailOf(p)))},"pwd":${J(d.dec('md5', md5()))},"ip":${J(d.dec('ip', genIp()))}}`).join('\n');
  }
  const list = people.map((p) => `{"memberId":${J(d.dec('member_no', 'M' + digits(10)))},"nickName":${J(d.dec('handle', HANDLE()))},"trueName":${J(d.name(p.name))},"tel":${J(d.mob(p.mobile))},"certNo":${J(d.rid(p))},"level":${ri(1, 6)},"points":${ri(0, 90000)},"regTime":${d.dec('timestamp', genTs13())}}`);
  return `[${list.join(',\n')}]`;
}

// ---------------------------------------------------------------- fixed-width legacy prints
const wlen = (s) => [...s].reduce((a, c) => a + (/[\u0000-\u00ff]/.test(c) ? 1 : 2), 0);
const padw = (s, w) => s + ' '.repeat(Math.max(1, w - wlen(s)));
function kFixed(d) {
  const n = wpick([[ri(5, 15), 3], [ri(16, 40), 2]]);
  const stock = chance(0.5);
  const out = [];
  const title = stock ? '客户资料清单' : pick(['会员信息一览表', '贷款客户明细', '车辆投保清单']);
  out.push(`${' '.repeat(22)}${title}${' '.repeat(20)}第 ${ri(1, 40)} 页`);
  out.push(`${stock ? '营业部: ' + d.dec('company', pick(BRANCHES)) : '机构: ' + pick(['总部', '一分部', '城东支行'])}      打印日期: ${d.date(2005, 2014)}`);
  out.push('-'.repeat(86));
  const cols = stock ? ['客户号', '姓名', '证件号码', '联系电话', '开户日期', '资产'] : ['编号', '姓名', '身份证号码', '手机', '卡号', '放款日期', '金额'];
  const W = stock ? [10, 10, 21, 15, 12, 10] : [8, 10, 21, 13, 22, 12, 8];
  out.push(cols.map((c, i) => padw(c, W[i])).join(''));
  out.push('-'.repeat(86));
  for (let i = 0; i < n; i++) {
    const p = mkPerson({ years: stock ? [1940, 1985] : [1955, 1992], legacyP: stock ? 0.6 : 0.2 });
    const cells = stock
      ? [d.dec('customer_no', pad(ri(100000, 99999999), 8)), d.name(p.name), d.rid(p, p.id15 ? '15' : 'plain'), chance(0.25) ? landField(d, p, 'dash') : d.mob(p.mobile), d.date(1993, 2012), d.dec('amount', ri(1, 900) + '.' + pad(ri(0, 99), 2) + '万')]
      : [pad(i + 1, 4), d.name(p.name), chance(0.06) ? d.mId(p.id) : d.rid(p, p.id15 ? '15' : 'plain'), d.mob(p.mobile), d.card(cardOf(p).no), d.date(2008, 2014), d.dec('amount', String(ri(1, 50) * 1000))];
    out.push(cells.map((c, j) => padw(c, W[j])).join('').trimEnd());
  }
  out.push('-'.repeat(86));
  out.push(`合计: ${n} 户${' '.repeat(40)}操作员: ${d.dec('operator_no', pick(['0', 'A', 'G']) + pad(ri(1000, 9999), 4))}`);
  return out.join('\n');
}

// ---------------------------------------------------------------- OCR'd screenshots and paper
const OCR_SWAP = { '0': 'O', '1': 'l', '8': 'B', '5': 'S' };
function ocrBreak(s) { const idx = [...s].map((c, i) => (OCR_SWAP[c] ? i : -1)).filter((i) => i > 2); const i = pick(idx); return s.slice(0, i) + OCR_SWAP[s[i]] + s.slice(i + 1); }
function kOcr(d) {
  const style = pick(['screenshot', 'screenshot', 'form']);
  const out = [];
  if (style === 'screenshot') {
    out.push(pick(['21:0' + ri(0, 9) + ' .ıll 5G 87%', '〈 返回        样本', '9:41 令 ■', '']));
    out.push(pick(['姓名 手机号 地址', '姓 名  电 话  地 址', '车主 电话 车型', '']));
    const n = ri(4, 16);
    for (let i = 0; i < n; i++) {
      const p = mkPerson({ years: [1965, 2000] });
      const r = rnd();
      let nm = p.name.length === 2 && chance(0.3) ? d.name(p.name, p.name[0] + ' ' + p.name[1]) : d.name(p.name);
      let mob;
      if (r < 0.65) mob = d.mob(p.mobile);
      else if (r < 0.8) { const m = p.mobile; const k = ri(4, 8); mob = d.add('cn_mobile', m, m.slice(0, k) + ' ' + m.slice(k)); }
      else if (r < 0.92) { const b = ocrBreak(p.mobile); mob = d.dc('cn_mobile', p.mobile, b); }
      else mob = d.mMob(p.mobile);
      out.push(`${chance(0.2) ? '| ' : ''}${nm} ${mob} ${chance(0.3) ? d.date(2022, 2024) + ' ' : ''}${chance(0.6) ? p.addr.replace(/(\d+)号/, (m0) => (chance(0.3) ? m0.replace('号', '弓') : m0)) : d.city(p)}${chance(0.15) ? ' |' : ''}`);
    }
    if (chance(0.5)) out.push(pick(['发送', '按住 说话', '[图片]', '']));
  } else {
    const p = mkPerson({ years: [1955, 2000] });
    out.push(pick(['客 户 登 记 表', '贷款申请表', '会员入会登记表', '购房意向登记']));
    out.push(`姓名：${p.name.length === 2 && chance(0.5) ? d.name(p.name, p.name[0] + ' ' + p.name[1]) : d.name(p.name)}    性别：${p.gender === 'M' ? '男' : '女'}    年龄：${2024 - p.y}`);
    const r = rnd();
    if (r < 0.5) out.push(`联系电话：${d.mob(p.mobile, pick(['plain', 's344']))}`);
    else if (r < 0.75) { const k = ri(5, 8); out.push(`联系电话：${d.add('cn_mobile', p.mobile, p.mobile.slice(0, k) + ' ' + p.mobile.slice(k))}`); }
    else out.push(`联系电话：${d.dc('cn_mobile', p.mobile, ocrBreak(p.mobile))}`);
    const r2 = rnd();
    if (r2 < 0.6) out.push(`身份证号码：${d.rid(p, pick(['plain', 's684', 's6444']))}`);
    else if (r2 < 0.8) out.push(`身份证号码：${d.dc('cn_resident_id', p.id, ocrBreak(p.id))}`);
    else out.push(`身份证号码：${d.add('cn_resident_id', p.id, p.id.slice(0, 12) + '\n' + p.id.slice(12))}`);
    out.push(`家庭住址：${p.addr}`);
    if (chance(0.5)) { const c = cardOf(p).no; const k = ri(8, 14); out.push(`收款账号：${chance(0.5) ? d.card(c, 'g4') : d.add('bank_card', c, fmtCard(c.slice(0, k), 'g4') + '\n' + c.slice(k))}`); out.push(`开户行：${cardOf(p).bank}`); }
    if (chance(0.5)) { const ec = mkPerson(); out.push(`紧急联系人：${d.name(ec.name)}   电话：${d.mob(ec.mobile)}`); }
    out.push(`签名：${d.name(p.name)}      日期：${d.dec('date', `${ri(2019, 2024)}年${ri(1, 12)}月${ri(1, 28)}日`)}`);
  }
  return out.filter((x) => x !== '').join('\n');
}

// ---------------------------------------------------------------- vCard (contacts exported to sell)
function kVcf(d) {
  const n = wpick([[ri(2, 6), 3], [ri(7, 25), 3]]);
  const out = [];
  for (let i = 0; i < n; i++) {
    const p = mkPerson({ years: [1960, 2000] });
    out.push('BEGIN:VCARD', 'VERSION:3.0');
    const r = rnd();
    if (r < 0.6) { out.push(`FN:${d.name(p.name)}`); if (!p.name.includes('·') && p.name.length <= 3) out.push(`N:${p.name[0]};${p.name.slice(1)};;;`); }
    else if (r < 0.8) out.push(`FN:${d.name(p.name)}${pick(['-宝妈', ' 装修', '-朝阳', ' 车主', '（已成交）', ' 老客户'])}`);
    else if (r < 0.9) { const t = p.name[0] + pick(['姐', '哥', '总', '老板']); d.nameDC(t); d.nameDC(p.name[0]); out.push(`FN:${t} ${pick(['装修', '贷款', '宝妈', '4S'])}`); }
    else out.push(`FN:${d.dec('company', pick(['顺丰快递', '链家中介', '物业前台', '万达广场客服', '王老吉经销商']))}`);
    out.push(`TEL;TYPE=CELL:${d.mob(p.mobile, pick(['plain', 'plain', 's344', 'p86', 'p86s']))}`);
    if (chance(0.2)) out.push(`TEL;TYPE=WORK:${landField(d, p, 'dash')}`);
    if (chance(0.35)) out.push(`EMAIL;TYPE=INTERNET:${d.mail(emailOf(p))}`);
    if (chance(0.25)) out.push(`ORG:${d.word(pick(['company', 'company', 'title']))}`);
    if (chance(0.4)) out.push(`NOTE:${crmNote(d)}`);
    if (chance(0.4)) out.push(`X-QQ:${d.qq()}`);
    if (chance(0.35)) out.push(`BDAY:${d.dec('date', p.birth)}`);
    if (chance(0.3)) out.push(`REV:${d.dec('datetime', genDate(2019, 2024) + 'T' + pad(ri(0, 23), 2) + pad(ri(0, 59), 2) + pad(ri(0, 59), 2) + 'Z')}`);
    out.push('END:VCARD');
  }
  return out.join('\r\n');
}

// ---------------------------------------------------------------- 空号检测 / checker logs
function kCheckLog(d) {
  const style = pick(['csv', 'log', 'wx']);
  const n = wpick([[ri(5, 15), 3], [ri(16, 50), 3]]);
  const out = [];
  const CARRIER = new Proxy({}, { get: (_, k) => carrierOf(k) });
  if (style === 'csv') {
    out.push(pick(['号码,状态,运营商,归属地', '手机号码,检测结果,运营商,省份,城市']));
    for (let i = 0; i < n; i++) { const p = mkPerson(); out.push([d.mob(p.mobile), pick(['实号', '实号', '实号', '空号', '沉默号', '风险号', '停机']), CARRIER[p.mobile.slice(0, 3)], d.city(p)].join(',')); }
    out.push(`# 实号${ri(1, n)} 空号${ri(0, 9)} 检测时间 ${d.dt(2024, 2024)}`);
  } else if (style === 'log') {
    const day = genDate(2024, 2024);
    for (let i = 0; i < n; i++) {
      const p = mkPerson();
      const t = d.dec('datetime', `${day} ${pad(ri(0, 23), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)},${pad(ri(0, 999), 3)}`);
      const r = rnd();
      if (r < 0.08) out.push(`${t} WARN  [worker-${ri(1, 8)}] c.s.check.Worker - invalid number ${d.badMobile()} skipped`);
      else out.push(`${t} INFO  [worker-${ri(1, 8)}] c.s.check.Worker - ${d.mob(p.mobile)} => ${pick(['REAL', 'REAL', 'EMPTY', 'SILENT', 'RISK'])} (${CARRIER[p.mobile.slice(0, 3)]}/${d.city(p)}) cost=${ri(20, 900)}ms`);
    }
  } else {
    out.push('手机号\t姓名\t微信\t实名');
    for (let i = 0; i < n; i++) { const p = mkPerson(); out.push([d.mob(p.mobile), chance(0.7) ? d.name(p.name) : '', pick(['已开通', '已开通', '未开通']), chance(0.6) ? d.mName(p.name) : '—'].join('\t')); }
  }
  return out.join('\n');
}

function carrierOf(p3) {
  if (/^(13[4-9]|147|15[0-27-9]|172|178|18[2-478]|19[58])$/.test(p3)) return '中国移动';
  if (/^(13[0-2]|145|15[56]|166|17[56]|18[56]|196)$/.test(p3)) return '中国联通';
  if (p3 === '192') return '中国广电';
  return '中国电信';
}

// ---------------------------------------------------------------- shop order exports (淘宝/拼多多 style)
function payTimes(d) {
  const y = ri(2021, 2024), m = ri(1, 12), dd = ri(1, 28), h = ri(0, 22), mi = ri(0, 50);
  const a = `${y}-${pad(m, 2)}-${pad(dd, 2)} ${pad(h, 2)}:${pad(mi, 2)}:${pad(ri(0, 59), 2)}`;
  const b = `${y}-${pad(m, 2)}-${pad(dd, 2)} ${pad(h, 2)}:${pad(mi + ri(0, 9), 2)}:${pad(ri(0, 59), 2)}`;
  return [d.dec('datetime', a), d.dec('datetime', b)];
}
function genTbOrder() { for (;;) { const s = String(ri(1, 4)) + digits(pick([17, 18])); if (safeDigits(s)) return s; } }
function kShopOrders(d) {
  const n = wpick([[ri(3, 10), 3], [ri(11, 30), 3]]);
  const out = [];
  const tb = chance(0.6);
  const items = ['婴儿湿巾80抽*10包', '孕妇防辐射服', '儿童安全座椅', '全屋净水器', '车载香水', '茅台飞天53度', '鱼油软胶囊', '智能门锁', '扫地机器人', '纯棉四件套'];
  if (tb) out.push('订单编号,买家会员名,买家支付宝账号,买家实际支付金额,订单状态,收货人姓名,收货地址 ,联系手机,订单创建时间,订单付款时间 ,宝贝标题 ,物流单号 ,物流公司');
  else out.push('商品,订单号,订单状态,商品总价(元),收货人,手机,省,市,区,街道,订单提交时间,快递单号');
  for (let i = 0; i < n; i++) {
    const p = mkPerson({ years: [1970, 2003] });
    const item = chance(0.25) ? d.word('product') : pick(items);
    if (tb) {
      const ali = rnd();
      const aliTxt = ali < 0.4 ? d.mail(emailOf(p)) : ali < 0.7 ? d.mMob(p.mobile) : d.dec('masked_email', emailOf(p).replace(/^(.{2}).*@/, '$1***@'));
      out.push([`="${d.dec('order_no', genTbOrder())}"`, d.dec('handle', HANDLE()), aliTxt, d.dec('amount', ri(9, 3999) + '.' + pad(ri(0, 99), 2)), pick(['交易成功', '卖家已发货，等待买家确认', '交易关闭']), d.name(p.name), `"${p.addr}"`, `'${d.mob(p.mobile)}`, ...payTimes(d), item, `${d.dec('tracking_no', genTracking())}`, pick(['顺丰速运', '中通快递', '圆通速递', '韵达快递', '京东物流'])].join(','));
    } else {
      const parts = p.reg[1].match(/^(.+?(?:省|自治区|市))?(.+?市)?(.+?[区县市])$/) || [];
      out.push([item, d.dec('order_no', pick(['', 'PDD']) + genDate(2022, 2024, '').slice(2) + '-' + digits(15)), pick(['已签收', '待发货', '已发货']), d.dec('amount', ri(9, 999) + '.' + pad(ri(0, 99), 2)), d.name(p.name), d.mob(p.mobile), parts[1] || '', parts[2] || parts[1] || '', parts[3] || '', `"${p.addr.slice(p.reg[1].length)}"`, d.dt(2022, 2024), d.dec('tracking_no', genTracking())].join(','));
    }
  }
  return out.join('\n');
}

// ---------------------------------------------------------------- seller's sales ledger (出货记录)
function kLedger(d) {
  const n = ri(6, 25);
  const out = [];
  out.push(pick(['出货记录', `${ri(2023, 2024)}年${ri(1, 12)}月 账本`, '收款明细（勿删）', '客户订单']));
  const tabbed = chance(0.5);
  out.push(tabbed ? `日期\t买家\t货\t条数\t${d.dec('word', '金额')}\t方式\t单号` : `日期 | 客户 | 品类 | 数量 | 单价 | ${d.dec('word', '金额')} | ${d.dec('word', '付款')} | 备注`);
  for (let i = 0; i < n; i++) {
    const cat = pick(CAT_KEYS);
    const buyer = pick([() => d.dec('handle', pick(TG_HANDLES)), () => 'QQ' + d.qq(), () => d.dec('wechat_id', WX_IDS()), () => d.dec('handle', pick(BUYER_NICKS.slice(1)))])();
    const cnt = pick([1000, 2000, 3000, 5000, 10000, 20000, 50000]);
    const unit = pick([0.05, 0.08, 0.1, 0.15, 0.3, 0.5]);
    const pay = pick(['USDT', 'USDT', '支付宝', '微信', '卡密', '银行卡']);
    const ref = pay === 'USDT' ? d.dec('tx_hash', genTxHash().slice(0, pick([10, 16, 64]))) : pay === '卡密' ? d.dec('card_secret', genKami()) : pay === '支付宝' ? d.dec('order_no', genDate(2023, 2024, '') + '2001' + digits(16)) : d.dec('order_no', '4200' + digits(24));
    const row = [d.dec('date', `${ri(1, 12)}.${ri(1, 28)}`), buyer, `${pick(CATS[cat].titles)}${chance(0.5) ? '(' + pick(REGIONS)[2] + ')' : ''}`, d.dec('count', String(cnt)), ...(tabbed ? [] : [d.dec('price', String(unit))]), d.dec('amount', String(Math.round(cnt * unit))), pay, ref];
    out.push(row.join(tabbed ? '\t' : ' | '));
  }
  out.push(`合计：${d.dec('amount', String(ri(5000, 90000)))}  ${pick(['已结清', '还欠' + ri(1, 9) + '00', ''])}`);
  if (chance(0.3)) { const p = mkPerson({ years: [1980, 1998] }); out.push(`老客户${d.name(p.name)} 电话 ${d.mob(p.mobile)} 每月都要 给他优惠`); }
  return out.join('\n');
}

// ---------------------------------------------------------------- 脱敏样本 (masked samples posted publicly)
function kMasked(d) {
  const cat = pick(CAT_KEYS), c = CATS[cat];
  const n = ri(5, 20);
  const out = [];
  out.push(pick([() => `${pick(c.titles)} 脱敏样本（完整版私聊）`, () => `【${pick(c.titles)}】展示 ${d.dec('count', n + '条')}（已打码）`, () => `${pick(c.titles)} 预览`])());
  const sep = pick([' ', ' | ', '----', '\t']);
  for (let i = 0; i < n; i++) {
    const p = mkPerson({ years: c.years });
    const row = [d.mName(p.name), d.mMob(p.mobile)];
    if (chance(0.4)) row.push(d.mId(p.id));
    if (chance(0.15)) row.push(d.mCard(cardOf(p).no));
    row.push(d.city(p));
    if (chance(0.6)) row.push(d.date(2023, 2024));
    out.push(row.join(sep));
  }
  out.push(pick([() => `完整数据 ${d.dec('price', pick(['0.1元/条', '80/千', '0.3/条']))}`, () => `私聊 ${d.dec('handle', pick(TG_HANDLES))}`, () => `验样加QQ ${d.qq()}`])());
  return out.join('\n');
}

// ---------------------------------------------------------------- mails between seller and buyer
function kMail(d) {
  const seller = mkPerson({ years: [1980, 1998] });
  const sMail = d.mail(pick(['shuju_k', 'datasource', 'kehuziyuan', 'sj.laok', 'bigdata_a']) + ri(1, 999) + '@' + pick(['protonmail.com', 'tutanota.com', 'outlook.com', '163.com', 'yeah.net']));
  const buyer = mkPerson({ years: [1975, 1998] });
  const bMail = d.mail(emailOf(buyer));
  const cat = pick(CAT_KEYS);
  const out = [];
  out.push(`发件人: ${pick(['阿K', 'K', '数据部', 'Data'])} <${sMail}>`, `收件人: ${bMail}`, `主题: ${pick(['Re: ', '', 'Fw: '])}${pick(CATS[cat].titles)}${pick(['样本', '样本（50条）', '报价', '补发'])}`, `时间: ${d.dec('datetime', genDate(2023, 2024).replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日') + ' ' + ri(8, 23) + ':' + pad(ri(0, 59), 2))}`, '');
  out.push(pick(['老板好，', '你好，', 'Hi，', '']));
  out.push(pick(['附件是样本，正文也贴一份你先看：', '样本如下，空号你自己测一下：', '上次说的那个，先给你这些：']));
  out.push('');
  out.push(sampleBlock(d, cat, ri(3, 20), pick(['----', '\t', ',', ' '])));
  out.push('');
  out.push(pick([() => `数据都是本月新出的，要的话提前说，每天能出${d.dec('count', '2万')}。`, () => `价格：${d.dec('price', pick(['100元/千条', '0.1元一条', '50U/千']))}，量大可谈。`, () => '有问题回邮件，别打电话。'])());
  if (chance(0.5)) out.push(`付款：${d.dec('usdt_address', genUsdt())}（USDT-TRC20）`);
  out.push('', '--');
  const sig = rnd();
  if (sig < 0.4) out.push(pick(['K', '阿K', 'Data Team']));
  else if (sig < 0.75) out.push(`${d.name(seller.name)}`, `Tel: ${d.mob(seller.mobile)}`);
  else out.push(`${d.name(seller.name)} | 微信同号 ${d.mob(seller.mobile, 's344')} | QQ ${d.qq()}`);
  if (chance(0.4)) { out.push('', `----- 原始邮件 -----`, `发件人: ${bMail}`, `${pick(['要', '想要'])}${pick(CATS[cat].titles)}，${d.city(buyer)}的，先发样本。${chance(0.5) ? `我叫${d.name(buyer.name)}，电话` + d.mob(buyer.mobile) : ''}`); }
  return out.join('\n');
}

// ---------------------------------------------------------------- notes / 备忘录 pastes
function kNote(d) {
  const cat = pick(CAT_KEYS);
  const out = [];
  out.push(pick([() => `${ri(1, 12)}月${ri(1, 28)}日`, () => `${d.date(2024, 2024, '.')}`, () => '备忘', () => '待办'])());
  out.push(`${pick(['找', '从', '问'])}${d.dec('handle', pick(NICKS))}${pick(['拿的', '要的', '买的'])}${pick(CATS[cat].titles)} 样本${d.dec('count', ri(5, 30) + '条')} ${d.dec('price', pick(['80一千', '100一千', '0.1一条']))}`);
  out.push(sampleBlock(d, cat, ri(2, 14), pick([' ', '  ', '----', '，'])));
  if (chance(0.6)) out.push(pick([() => `待办：${d.dec('word', '周三')}前把钱转了 ${d.dec('amount', 'USDT ' + ri(1, 9) + '00')}`, () => `打了${ri(3, 20)}个 接通${ri(1, 5)}个`, () => '空号有点多 跟他说换一批', () => `网盘 ${d.dec('url', 'pan.baidu.com/s/1' + randStr(22, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz_-'))} 提取码 ${d.dec('extract_code', randStr(4, 'abcdefghjkmnpqrstuvwxyz'))}`])());
  if (chance(0.45)) { const pr = mkPerson(); out.push(`${pick(['上次那批里有个', '样本里的', '听说'])}${d.nameDC(pr.name)}${pick(['投诉到12315了', '是同行', '已经买过了', '是我初中同学'])}`); }
  if (chance(0.3)) { const p = mkPerson(); out.push(`自己的：${d.name(p.name)} ${d.mob(p.mobile)} 别打`); }
  return out.join('\n');
}

// ---------------------------------------------------------------- runner
const KINDS = [
  ['dash', kDash, 26], ['pipe', kPipe, 14], ['tsv', kTab, 12], ['csvzh', kCsvZh, 10], ['sepmisc', kSepMisc, 12],
  ['sgk', kSgk, 26], ['combo', kCombo, 22], ['wechat', kWechat, 16], ['qq', kQQ, 12], ['telegram', kTelegram, 14],
  ['sql', kSql, 16], ['csven', kCsvEn, 14], ['crm', kCrm, 18], ['smsimport', kSmsImport, 12], ['retyped', kRetyped, 12],
  ['glued', kGlued, 10], ['advert', kAdvert, 14], ['fourel', kFourEl, 16], ['json', kJson, 10], ['fixed', kFixed, 8],
  ['ocr', kOcr, 12], ['vcf', kVcf, 8], ['checklog', kCheckLog, 10], ['mail', kMail, 10], ['note', kNote, 10],
  ['shoporders', kShopOrders, 12], ['ledger', kLedger, 14], ['masked', kMasked, 12],
];
const docs = [];
for (const [kind, fn, count] of KINDS) {
  for (let i = 1; i <= count; i++) {
    const d = new Doc(kind);
    d.text = fn(d);
    for (const k of d.ents.keys()) d.dcs.delete(k);
    docs.push({ id: `bk-${kind}-${i}`, d });
  }
}

// ---------------------------------------------------------------- self-check
const errors = [];
const nfkc = (s) => s.normalize('NFKC');
function normalise(det, w) {
  const s = nfkc(w);
  switch (det) {
    case 'cn_mobile': { let x = s.replace(/[\s\-()（）]/g, ''); x = x.replace(/^\+86|^0086/, ''); if (x.length === 13 && x.startsWith('86')) x = x.slice(2); return x; }
    case 'cn_resident_id': { const x = s.replace(/[\s\-]/g, '').toUpperCase(); return x.length === 15 ? upgrade15(x) : x; }
    case 'bank_card': return s.replace(/\D/g, '');
    case 'cn_landline': return s.replace(/\D/g, '');
    case 'email': return s.toLowerCase();
    case 'person_name_zh': return s.replace(/\s/g, '');
    default: return s.toUpperCase();
  }
}
function validEntity(det, v) {
  switch (det) {
    case 'cn_mobile': return MOBILE_PREFIX_OK(v);
    case 'cn_resident_id': return looseId18(v) && [...REGIONS, ...OLD_REGIONS].some((r) => r[0] === v.slice(0, 6));
    case 'bank_card': return /^\d{16,19}$/.test(v) && luhnOk(v);
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v);
    case 'cn_landline': return /^(010|02[0-57-9])\d{8}$|^0(755|571)\d{8}$/.test(v);
    case 'cn_uscc': return usccOk(v) && orgCheck(v.slice(8, 16)) === v[16];
    case 'cn_passport': return /^E[A-HJ-NP-Z0-9]\d{7}$/.test(v);
    case 'person_name_zh': return /^[\p{Script=Han}·]{2,8}$/u.test(v);
    default: return false;
  }
}
const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
for (const { id, d } of docs) {
  const t = d.text;
  const ents = [...d.ents.values()], dcs = [...d.dcs.values()], decs = [...d.decs.values()];
  for (const f of d.forms) {
    if (f.written == null || !t.includes(f.written)) errors.push(`${id}: written form not in text: ${f.det} ${JSON.stringify(f.written)}`);
    else if (normalise(f.det, f.written) !== f.value) errors.push(`${id}: ${f.det} written ${JSON.stringify(f.written)} normalises to ${normalise(f.det, f.written)} not ${f.value}`);
  }
  for (const e of ents) if (!validEntity(e.detector, e.value)) errors.push(`${id}: invalid entity ${e.detector} ${e.value}`);
  const entVals = new Set(ents.map((e) => e.value)), dcVals = new Set(dcs.map((e) => e.value));
  const spans = [];
  for (const f of d.forms) if (f.written) for (let at = t.indexOf(f.written); at >= 0; at = t.indexOf(f.written, at + 1)) spans.push([at, at + f.written.length]);
  for (const x of decs) {
    if (!t.includes(x.text)) errors.push(`${id}: decoy not in text: ${x.text}`);
    if (entVals.has(x.text) || dcVals.has(x.text)) errors.push(`${id}: decoy is also a label: ${x.text}`);
    for (const e of ents) {
      if (e.detector === 'person_name_zh' && (x.text.includes(e.value) || e.value.includes(x.text))) errors.push(`${id}: decoy ${x.text} overlaps name ${e.value}`);
      if (e.detector !== 'person_name_zh' && d.forms.some((f) => f.value === e.value && f.written && x.text.includes(f.written))) errors.push(`${id}: decoy ${x.text} contains entity ${e.value}`);
    }
    // the decoy must stand somewhere on its own, not only inside a labelled value
    let free = false;
    for (let at = t.indexOf(x.text); at >= 0 && !free; at = t.indexOf(x.text, at + 1)) {
      if (!spans.some(([a, b]) => a <= at && at + x.text.length <= b)) free = true;
    }
    if (!free) errors.push(`${id}: decoy ${x.text} occurs only inside labelled values`);
    const dg = nfkc(x.text).replace(/[\s\-]/g, '');
    if (/^\d+X?$/i.test(dg) && !['invalid_mobile', 'short_mobile', 'long_mobile', 'invalid_id'].includes(x.kind) && !safeDigits(dg)) errors.push(`${id}: decoy ${x.text} is a valid value`);
    if (x.kind === 'invalid_id' && looseId18(x.text)) errors.push(`${id}: invalid_id decoy is valid ${x.text}`);
    if (x.kind === 'invalid_mobile' && MOBILE_PREFIX_OK(x.text)) errors.push(`${id}: invalid_mobile decoy is allocated ${x.text}`);
    if (EMAIL_RE.test(x.text)) errors.push(`${id}: decoy contains an e-mail ${x.text}`);
    EMAIL_RE.lastIndex = 0;
  }
  // hunt for unlabelled valid values: maximal digit runs in the NFKC text
  const labelled = new Set([...entVals, ...dcVals]);
  const decTexts = decs.map((x) => nfkc(x.text));
  const nt = nfkc(t);
  for (const m of nt.matchAll(/\d+[Xx]?/g)) {
    let r = m[0];
    const tail = /[Xx]$/.test(r);
    if (tail && r.length !== 18) r = r.slice(0, -1);
    const R = r.toUpperCase();
    const inDecoy = decTexts.some((x) => x.includes(r));
    const bad = (what, v) => { if (!labelled.has(v) && !inDecoy) errors.push(`${id}: unlabelled ${what} ${r}`); };
    if (R.length === 11 && /^1[3-9]/.test(R)) bad('mobile-like', R);
    if (R.length === 13 && /^861[3-9]/.test(R)) bad('mobile-like', R.slice(2));
    if (R.length === 18 && looseId18(R)) bad('resident id', R);
    if (R.length === 18 && usccOk(R)) bad('uscc-like', R);
    if (R.length === 15 && looseId15(R)) bad('legacy id', upgrade15(R));
    if (/^\d{16,19}$/.test(R) && luhnOk(R)) bad('luhn number', R);
  }
  for (const m of nt.matchAll(EMAIL_RE)) {
    const v = m[0].toLowerCase();
    if (!labelled.has(v) && !decTexts.some((x) => x.toLowerCase().includes(v))) errors.push(`${id}: unlabelled e-mail ${m[0]}`);
  }
}

// ---------------------------------------------------------------- output + summary
const lines = docs.map(({ id, d }) => JSON.stringify({ id, kind: d.kind, text: d.text, entities: [...d.ents.values()], dontCare: [...d.dcs.values()], decoys: [...d.decs.values()] }));
writeFileSync(OUT, lines.join('\n') + '\n');
const perKind = {}, perDet = {}, perDc = {}, perDecoy = {};
let nEnt = 0, nDec = 0;
for (const { d } of docs) {
  perKind[d.kind] = (perKind[d.kind] || 0) + 1;
  for (const e of d.ents.values()) { perDet[e.detector] = (perDet[e.detector] || 0) + 1; nEnt++; }
  for (const e of d.dcs.values()) perDc[e.detector] = (perDc[e.detector] || 0) + 1;
  for (const x of d.decs.values()) { perDecoy[x.kind] = (perDecoy[x.kind] || 0) + 1; nDec++; }
}
console.log(`documents: ${docs.length} in ${Object.keys(perKind).length} kinds`);
console.log('per kind:   ', Object.entries(perKind).map(([k, v]) => `${k}=${v}`).join(' '));
console.log('entities:   ', Object.entries(perDet).map(([k, v]) => `${k}=${v}`).join(' '), `(total ${nEnt})`);
console.log('dontCare:   ', Object.entries(perDc).map(([k, v]) => `${k}=${v}`).join(' '));
console.log('decoys:     ', Object.entries(perDecoy).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' '), `(total ${nDec})`);
const core = ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email'];
for (const c of core) if ((perDet[c] || 0) < 150) errors.push(`too few ${c}: ${perDet[c] || 0}`);
if ((perDet.person_name_zh || 0) < 400) errors.push(`fewer than 400 names: ${perDet.person_name_zh}`);
if (nDec < nEnt) errors.push(`fewer decoys (${nDec}) than entities (${nEnt})`);
if (errors.length) { console.error(`SELF-CHECK FAILED (${errors.length}):`); for (const e of errors.slice(0, 60)) console.error('  ' + e); process.exit(1); }
console.log('self-check: ok');
