#!/usr/bin/env node
/*
 * hotels.mjs — independent labelled test corpus for listguard
 *
 * Theme: hotels, guesthouses (民宿) and hostels (青旅). Documents as front
 * offices, night auditors, finance clerks, OTA channel managers and 民宿 owners
 * really write them: PMS (酒店管理系统) in-house / departure exports, 旅业治安
 * uploads to the police system (XML, upload logs, self-check-in kiosk JSON),
 * front-desk shift handover notes, 携程/美团-style OTA order exports and order
 * mails, 会员 lists, 押金 ledgers, refund requests and refund ledgers with bank
 * cards, 开票 requests with company USCC, 会议团/旅行团 rosters, complaint
 * records, lost-and-found logs, WeChat chats between front desk and guests,
 * minibar / laundry bills, OCR'd paper 登记簿 and POS slips, SMS logs, 协议单位
 * (corporate account) files, hostel bed lists, blacklist notices, staff
 * rosters, meeting minutes, corporate booking forms and OTA review replies.
 * Room numbers, order numbers, confirmation codes, door-card serials,
 * timestamps, transaction numbers, prices, hotel / brand / room-type / 民宿
 * room names and product names are the decoys of this domain.
 *
 * Usage:   node hotels.mjs OUT.jsonl
 *
 * Output:  one JSON object per line
 *   {"id":"ht-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          must NOT be reported under any detector
 *
 * Normalisation of label values: cn_resident_id 18 chars, upper-case X (a
 * legacy 15-digit ID is upgraded to 18); cn_mobile 11 digits without +86 or
 * separators; cn_landline digits incl. the leading 0 and area code, no
 * separators, no extension; email lower-case; bank_card digits only;
 * cn_passport upper-case; cn_uscc 18 chars upper-case; person_name_zh the name
 * as written without spaces, titles or pinyin. Decoys carry their exact text
 * as written.
 *
 * Labelling choices of this file: foreign passports, 回乡证, 台胞证 and 港澳台
 * 居民居住证 numbers are dontCare (not Chinese passports / not mainland IDs);
 * corporate bank accounts (对公账号) are dontCare bank_card; a 62-card that
 * fails Luhn in a card context (guest typo) is dontCare; a name in running
 * prose (also with 先生/女士 after it), a chat speaker's real name, an SMS
 * greeting and an @-mention are dontCare; OCR letter-for-digit damage makes a
 * value dontCare, OCR spacing / full-width digits keep it an entity.
 *
 * Written in session 30 by a helper that never read src/, rules/ or test/,
 * from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

const OUT = process.argv[2];
if (!OUT) { console.error('usage: node hotels.mjs OUT.jsonl'); process.exit(2); }

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(0x40E1_5A7D); // hotels, session 30
const ri = (a, b) => a + Math.floor(rand() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rand() * arr.length)];
const chance = (p) => rand() < p;
const pad = (n, w = 2) => String(n).padStart(w, '0');
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const ndigits = (n) => String(ri(1, 9)) + digits(n - 1);
function wpick(pairs) { let t = 0; for (const [, w] of pairs) t += w; let r = rand() * t; for (const [v, w] of pairs) { r -= w; if (r < 0) return v; } return pairs[pairs.length - 1][0]; }
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
function sample(a, n) { return shuffle(a).slice(0, n); }

// ---------------------------------------------------------------- check algorithms
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += (+b17[i]) * IDW[i]; return '10X98765432'[s % 11]; }
const dim = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
function validDate(y, m, d) { if (m < 1 || m > 12 || d < 1) return false; return d <= dim(y, m); }
const PROV = new Set(['11','12','13','14','15','21','22','23','31','32','33','34','35','36','37','41','42','43','44','45','46','50','51','52','53','54','61','62','63','64','65','81','82','83']);
function isValidId(s) {
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  if (!PROV.has(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || y > 2024 || !validDate(y, m, d)) return false;
  return idCheck(s.slice(0, 17)) === s[17];
}
function luhnOk(s) { let sum = 0, dbl = false; for (let i = s.length - 1; i >= 0; i--) { let v = +s[i]; if (dbl) { v *= 2; if (v > 9) v -= 9; } sum += v; dbl = !dbl; } return sum % 10 === 0; }
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(b17[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; }
function orgCheck(b8) { const W = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0; for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * W[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
function isValidUscc(s) {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s)) return false;
  if (usccCheck(s.slice(0, 17)) !== s[17]) return false;
  return orgCheck(s.slice(8, 16)) === s[16];
}
const MOB_ALLOC = (m) => /^1(3\d|4[57]|5[0-35-9]|6[2567]|7[0-35-8]|8\d|9[0-35-9])\d{8}$/.test(m) || /^1610\d{7}$/.test(m) || /^1740[0-5]\d{6}$/.test(m);

// ---------------------------------------------------------------- number makers
const MOB_PREF = [['130',3],['131',3],['132',3],['133',3],['134',2],['135',4],['136',4],['137',4],['138',5],['139',5],['150',3],['151',3],['152',3],['153',2],['155',2],['156',2],['157',2],['158',3],['159',3],['166',1],['170',1],['171',1],['172',1],['173',1],['175',1],['176',2],['177',2],['178',1],['180',2],['181',2],['182',2],['183',2],['184',1],['185',2],['186',3],['187',3],['188',2],['189',3],['190',1],['191',1],['192',1],['193',1],['195',1],['198',2],['199',2],['147',1],['145',1],['162',1],['165',1],['167',1]];
function genMobile() { let m; do { m = wpick(MOB_PREF) + digits(8); } while (!MOB_ALLOC(m) || /^(13800138000|13912345678|18888888888)$/.test(m)); return m; }
function badMobile() { return pick(['140', '141', '142', '143', '144', '146', '154', '194']) + digits(8); }
const BINS = [['622202',19,4],['621226',19,3],['622848',19,4],['621700',19,3],['623668',19,2],['622700',19,2],['621661',19,2],['621799',19,1],['622262',19,2],['622908',19,1],['621559',19,1],['623062',19,1],['621483',16,3],['622588',16,2],['622609',16,1],['622155',16,1],['628288',16,1],['625809',16,1],['438088',16,1],['512425',16,1]];
const BANK_OF = { '622202': '中国工商银行', '621226': '中国工商银行', '622848': '中国农业银行', '621700': '中国建设银行', '623668': '中国建设银行', '622700': '中国建设银行', '621661': '中国银行', '621799': '中国邮政储蓄银行', '622262': '交通银行', '622908': '兴业银行', '621559': '浦发银行', '623062': '中国农业银行', '621483': '招商银行', '622588': '招商银行', '622609': '民生银行', '622155': '中信银行', '628288': '中信银行信用卡', '625809': '广发银行信用卡', '438088': '中国银行信用卡', '512425': '招商银行信用卡' };
function genCard() { const [b, len] = wpick(BINS.map((x) => [[x[0], x[1]], x[2]])); for (;;) { const s = b + digits(len - 1 - b.length); for (let c = 0; c < 10; c++) if (luhnOk(s + c)) return s + c; } }
function badLuhnCard() { let c; do { const [b, len] = wpick(BINS.slice(0, 12).map((x) => [[x[0], x[1]], x[2]])); c = b + digits(len - b.length); } while (luhnOk(c)); return c; }
const bankOf = (c) => BANK_OF[c.slice(0, 6)] || '银联';
const UA_BODY = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function makeUscc(kind, reg) {
  let body;
  if (chance(0.7)) { body = 'MA' + pick('0123456789') ; while (body.length < 8) body += UA_BODY[ri(0, UA_BODY.length - 1)]; }
  else body = ndigits(8);
  const b17 = kind + reg + body + orgCheck(body);
  return b17 + usccCheck(b17);
}
function badUscc(u) { const c = u[17]; let alt; do { alt = UA[ri(0, 30)]; } while (alt === c); return u.slice(0, 17) + alt; }
function genPassCN() { return chance(0.6) ? 'E' + 'ABCDFGHJKLMNPQRSTUVWXYZ'[ri(0, 22)] + digits(7) : 'E' + digits(8); }
const FOREIGN = [
  ['SMITH JOHN', '美国', () => ndigits(9), 'john.smith'], ['MILLER EMMA', '美国', () => ndigits(9), 'emma.miller'],
  ['TANAKA YUKI', '日本', () => 'T' + pick('KRZ') + digits(7), 'yuki.tanaka'], ['SATO HARUTO', '日本', () => 'T' + pick('KRZ') + digits(7), 'haruto.sato'],
  ['KIM MINJUN', '韩国', () => 'M' + digits(8), 'minjun.kim'], ['PARK JIYEON', '韩国', () => 'M' + digits(8), 'jiyeon.park'],
  ['MUELLER LUKAS', '德国', () => 'C' + pick('FGHJK') + digits(2) + pick('LMNP') + digits(3) + pick('RTVW'), 'lukas.mueller'],
  ['DUBOIS CAMILLE', '法国', () => digits(2) + pick(['AB', 'CK', 'FD']) + digits(5), 'camille.dubois'],
  ['IVANOV DMITRY', '俄罗斯', () => digits(9), 'd.ivanov'], ['NGUYEN VAN AN', '越南', () => 'C' + digits(7), 'nguyenvanan'],
  ['TAN WEI MING', '新加坡', () => 'K' + digits(7) + pick('ABCDEFG'), 'tanweiming'], ['BROWN OLIVIA', '英国', () => ndigits(9), 'olivia.brown'],
  ['GARCIA LUCIA', '西班牙', () => 'PA' + digits(7), 'lucia.garcia'], ['ROSSI MARCO', '意大利', () => 'YA' + digits(7), 'marco.rossi'],
];

// ---------------------------------------------------------------- names
const SUR = ('王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he 高gao 林lin 罗luo 郑zheng 梁liang ' +
  '谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai 余yu 杜du 叶ye 程cheng 苏su 魏wei 吕lv 丁ding ' +
  '任ren 沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan 陆lu 汪wang 范fan 金jin 石shi 廖liao 贾jia 夏xia 韦wei 付fu 方fang 白bai 邹zou 孟meng 熊xiong 秦qin 邱qiu 江jiang ' +
  '尹yin 薛xue 闫yan 段duan 雷lei 侯hou 龙long 史shi 陶tao 黎li 贺he 顾gu 毛mao 郝hao 龚gong 邵shao 万wan 钱qian 严yan 覃qin 武wu 戴dai 莫mo 孔kong 向xiang 汤tang ' +
  '常chang 温wen 康kang 施shi 文wen 牛niu 樊fan 葛ge 邢xing 安an 齐qi 易yi 乔qiao 伍wu 庞pang 颜yan 倪ni 庄zhuang 聂nie 章zhang 鲁lu 岳yue 翟zhai 殷yin 詹zhan 申shen ' +
  '欧ou 耿geng 关guan 兰lan 焦jiao 俞yu 左zuo 柳liu 甘gan 祝zhu 包bao 宁ning 尚shang 符fu 舒shu 阮ruan 柯ke 纪ji 梅mei 童tong 凌ling 毕bi 单shan 季ji 裴pei 霍huo 涂tu ' +
  '成cheng 苗miao 谷gu 盛sheng 曲qu 翁weng 冉ran 骆luo 蓝lan 路lu 游you 辛xin 靳jin 管guan 柴chai 蒙meng 鲍bao 华hua 喻yu 祁qi 蒲pu 房fang 滕teng 屈qu 饶rao 解xie ' +
  '牟mou 艾ai 尤you 阳yang 时shi 穆mu 司si 卓zhuo 古gu 吉ji 简jian 车che 项xiang 连lian 麦mai 褚chu 娄lou 窦dou 戚qi 岑cen 景jing 党dang 宫gong 费fei 卜bu 冷leng ' +
  '晏yan 席xi 卫wei 米mi 柏bai 宗zong 瞿qu 桂gui 全quan 佟tong 应ying 臧zang 闵min 邬wu 边bian 卞bian 姬ji 师shi 和he 栾luan 隋sui 商shang 沙sha 荣rong 巫wu 桑sang ' +
  '郎lang 甄zhen 仲zhong 虞yu 敖ao 巩gong 佘she 池chi 迟chi 邝kuang').split(' ').map((x) => [x[0], x.slice(1)]);
const SUR_W = SUR.map((s, i) => [s, i < 10 ? 10 : i < 22 ? 5 : i < 60 ? 2.2 : 0.8]);
const COMPOUND = [['欧阳', 'ouyang'], ['上官', 'shangguan'], ['司马', 'sima'], ['诸葛', 'zhuge'], ['司徒', 'situ'], ['令狐', 'linghu'], ['皇甫', 'huangfu'], ['慕容', 'murong'], ['尉迟', 'yuchi'], ['夏侯', 'xiahou']];
const parseG = (s) => s.split(' ').map((x) => [x[0], x.slice(1)]);
const GM = parseG('伟wei 强qiang 磊lei 军jun 洋yang 勇yong 杰jie 涛tao 明ming 超chao 刚gang 平ping 辉hui 鹏peng 华hua 飞fei 鑫xin 波bo 斌bin 宇yu 浩hao 凯kai 健jian 俊jun 帆fan 帅shuai 旭xu 宁ning 龙long 林lin 阳yang 建jian 国guo 峰feng 东dong 亮liang 成cheng 志zhi 文wen 博bo 宏hong 海hai 振zhen 晨chen 昊hao 然ran 轩xuan 睿rui 泽ze 子zi 一yi 嘉jia 航hang 锐rui 毅yi 坤kun 伦lun 翔xiang 彬bin 庆qing 政zheng 荣rong 松song 铭ming 哲zhe 瑞rui 晖hui 立li 新xin 胜sheng 永yong 德de');
const GF = parseG('芳fang 娜na 敏min 静jing 丽li 艳yan 娟juan 霞xia 婷ting 雪xue 慧hui 玲ling 燕yan 琳lin 颖ying 倩qian 洁jie 萍ping 红hong 梅mei 莉li 晶jing 妍yan 欣xin 佳jia 悦yue 雯wen 璐lu 瑶yao 怡yi 楠nan 露lu 蕾lei 薇wei 秀xiu 兰lan 月yue 琴qin 晓xiao 思si 梦meng 雨yu 诗shi 涵han 彤tong 萱xuan 琪qi 丹dan 蓉rong 凤feng 媛yuan 婧jing 岚lan 珊shan 茜qian 莹ying 桐tong 可ke 馨xin 芸yun 菲fei');
const COMBO_M = [['建国', ['jian', 'guo']], ['建华', ['jian', 'hua']], ['志强', ['zhi', 'qiang']], ['晓东', ['xiao', 'dong']], ['国庆', ['guo', 'qing']], ['海涛', ['hai', 'tao']], ['永刚', ['yong', 'gang']], ['德明', ['de', 'ming']], ['子轩', ['zi', 'xuan']], ['浩然', ['hao', 'ran']], ['宇航', ['yu', 'hang']], ['俊杰', ['jun', 'jie']], ['文博', ['wen', 'bo']], ['一鸣', ['yi', 'ming']], ['振华', ['zhen', 'hua']], ['卫东', ['wei', 'dong']], ['红军', ['hong', 'jun']]];
const COMBO_F = [['秀英', ['xiu', 'ying']], ['桂英', ['gui', 'ying']], ['玉兰', ['yu', 'lan']], ['淑珍', ['shu', 'zhen']], ['海燕', ['hai', 'yan']], ['晓燕', ['xiao', 'yan']], ['丽娟', ['li', 'juan']], ['秀兰', ['xiu', 'lan']], ['雨涵', ['yu', 'han']], ['梓萱', ['zi', 'xuan']], ['欣怡', ['xin', 'yi']], ['诗涵', ['shi', 'han']], ['佳琪', ['jia', 'qi']], ['思雨', ['si', 'yu']], ['婉婷', ['wan', 'ting']], ['美玲', ['mei', 'ling']]];
const MINORITY = [
  ['阿依古丽·买买提', 'ayiguli', '650102', false], ['买买提·艾力', 'maimaiti', '650102', true], ['热依拉·阿不都', 'reyila', '650102', false],
  ['努尔兰·木拉提', 'nuerlan', '650102', true], ['古丽娜尔·吐尔逊', 'gulinaer', '650102', false], ['阿卜杜拉·艾则孜', 'abudula', '650102', true],
  ['扎西顿珠', 'zhaxidunzhu', '540102', true], ['次仁卓玛', 'cirenzhuoma', '540102', false], ['格桑梅朵', 'gesangmeiduo', '540102', false],
  ['巴特尔', 'bateer', '150102', true], ['乌云其其格', 'wuyunqiqige', '150102', false], ['斯琴高娃', 'siqingaowa', '150102', false],
];
const EN_NAMES = ['echo', 'kevin', 'jason', 'lily', 'amy', 'tony', 'cathy', 'leo', 'vivian', 'eric', 'grace', 'frank', 'sunny', 'jack', 'nina', 'peter', 'iris', 'alex'];

function genName(male) {
  if (chance(0.018)) { const m = pick(MINORITY.filter((x) => x[3] === male)); return { name: m[0], spy: m[1], gpy: [], minority: m[2] }; }
  const [sur, spy] = chance(0.02) ? pick(COMPOUND) : wpick(SUR_W);
  const r = rand(); let given, gpy;
  if (r < 0.13) { const c = pick(male ? COMBO_M : COMBO_F); given = c[0]; gpy = c[1]; }
  else if (r < 0.45) { const c = pick(male ? GM : GF); given = c[0]; gpy = [c[1]]; }
  else { let a, b; do { a = pick(male ? GM : GF); b = pick(male ? GM : GF); } while (a[0] === b[0]); given = a[0] + b[0]; gpy = [a[1], b[1]]; }
  return { name: sur + given, sur, spy, gpy };
}

// ---------------------------------------------------------------- places, people
const REGIONS = [
  ['110101','北京市东城区'],['110102','北京市西城区'],['110103','北京市崇文区'],['110104','北京市宣武区'],['110105','北京市朝阳区'],['110106','北京市丰台区'],['110108','北京市海淀区'],
  ['120101','天津市和平区'],['120104','天津市南开区'],['130102','河北省石家庄市长安区'],['130104','河北省石家庄市桥西区'],['130203','河北省唐山市路北区'],
  ['140105','山西省太原市小店区'],['150102','内蒙古自治区呼和浩特市新城区'],['210102','辽宁省沈阳市和平区'],['210202','辽宁省大连市中山区'],
  ['220102','吉林省长春市南关区'],['230103','黑龙江省哈尔滨市南岗区'],['310101','上海市黄浦区'],['310104','上海市徐汇区'],['310105','上海市长宁区'],
  ['310110','上海市杨浦区'],['310115','上海市浦东新区'],['320102','江苏省南京市玄武区'],['320104','江苏省南京市秦淮区'],['320106','江苏省南京市鼓楼区'],['320583','江苏省昆山市'],
  ['320202','江苏省无锡市崇安区'],['321002','江苏省扬州市广陵区'],['320508','江苏省苏州市姑苏区'],['330102','浙江省杭州市上城区'],['330106','浙江省杭州市西湖区'],['330108','浙江省杭州市滨江区'],
  ['330203','浙江省宁波市海曙区'],['330302','浙江省温州市鹿城区'],['330681','浙江省诸暨市'],['330782','浙江省义乌市'],['340104','安徽省合肥市蜀山区'],
  ['341002','安徽省黄山市屯溪区'],['350102','福建省福州市鼓楼区'],['350203','福建省厦门市思明区'],['350582','福建省晋江市'],['360102','江西省南昌市东湖区'],
  ['370102','山东省济南市历下区'],['370202','山东省青岛市市南区'],['410105','河南省郑州市金水区'],['411325','河南省南阳市内乡县'],['412702','河南省项城市'],
  ['420102','湖北省武汉市江岸区'],['420103','湖北省武汉市江汉区'],['420106','湖北省武汉市武昌区'],['421002','湖北省荆州市沙市区'],['430102','湖南省长沙市芙蓉区'],
  ['430104','湖南省长沙市岳麓区'],['430721','湖南省常德市安乡县'],['440103','广东省广州市荔湾区'],['440106','广东省广州市天河区'],['440304','广东省深圳市福田区'],
  ['440305','广东省深圳市南山区'],['441900','广东省东莞市'],['445102','广东省潮州市湘桥区'],['450103','广西壮族自治区南宁市青秀区'],['460105','海南省海口市秀英区'],
  ['500103','重庆市渝中区'],['500105','重庆市江北区'],['500234','重庆市开县'],['510104','四川省成都市锦江区'],['510107','四川省成都市武侯区'],
  ['511102','四川省乐山市市中区'],['520102','贵州省贵阳市南明区'],['530102','云南省昆明市五华区'],['532901','云南省大理市'],['530702','云南省丽江市古城区'],['540102','西藏自治区拉萨市城关区'],
  ['610103','陕西省西安市碑林区'],['610113','陕西省西安市雁塔区'],['620102','甘肃省兰州市城关区'],['630102','青海省西宁市城东区'],['640104','宁夏回族自治区银川市兴庆区'],
  ['650102','新疆维吾尔自治区乌鲁木齐市天山区'],['341003','安徽省黄山市黄山区'],
];
const regionOf = (code) => REGIONS.find((r) => r[0] === code);
const REGION_SET = new Set(REGIONS.map((r) => r[0]));
const ROADS = ['人民路', '解放路', '中山路', '建设路', '文化路', '新华路', '长江路', '黄河路', '和平路', '胜利路', '光明路', '朝阳路', '青年路', '学院路', '幸福路', '东风路', '迎宾大道', '滨江大道', '花园街', '府前街'];
const COMMUNITIES = ['阳光花园', '金色家园', '翠苑', '锦绣华庭', '世纪新城', '桂花苑', '望江公寓', '碧水湾', '绿城桂花园', '万科城'];
const DOMAINS = [['qq.com', 30], ['163.com', 20], ['126.com', 8], ['sina.com', 5], ['foxmail.com', 5], ['outlook.com', 5], ['gmail.com', 4], ['hotmail.com', 3], ['yeah.net', 2], ['139.com', 2], ['aliyun.com', 2], ['sohu.com', 2], ['icloud.com', 4], ['189.cn', 1]];

function mkPerson(o = {}) {
  const male = o.male ?? chance(0.56);
  const n = genName(male);
  const by = o.by ?? ri(o.minY ?? 1958, o.maxY ?? 2004);
  const bm = ri(1, 12), bd = ri(1, dim(by, bm));
  const reg = n.minority ? regionOf(n.minority) : (o.region ? regionOf(o.region) : pick(REGIONS));
  const seq2 = pad(ri(0, 99)); const g = male ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]);
  const b17 = reg[0] + by + pad(bm) + pad(bd) + seq2 + g;
  const p = { ...n, male, by, bm, bd, region: reg[0], raddr: reg[1], id: b17 + idCheck(b17), mobile: genMobile() };
  p.id15 = by < 2000 ? reg[0] + String(by).slice(2) + pad(bm) + pad(bd) + seq2 + g : null;
  p.addr = reg[1] + pick(ROADS) + ri(1, 399) + '号' + (chance(0.6) ? pick(COMMUNITIES) + ri(1, 30) + '幢' + ri(1, 3) + '单元' + ri(1, 28) + pad(ri(1, 4)) + '室' : '');
  p.card = genCard();
  p.email = genEmail(p);
  p.title = male ? '先生' : '女士';
  return p;
}
function qqNo() { return String(ri(1, 9)) + digits(ri(6, 9)); }
function genEmail(p, dom) {
  dom = dom ?? wpick(DOMAINS);
  if (dom === 'qq.com' && chance(0.6)) return qqNo() + '@qq.com';
  if ((dom === '139.com' || dom === '189.cn') && chance(0.7)) return p.mobile + '@' + dom;
  const s = p.spy, g = p.gpy.join(''), y2 = String(p.by).slice(2), ini = (p.gpy.length ? p.gpy.map((x) => x[0]).join('') : '');
  const local = wpick([
    [s + g, 3], [s + g + y2, 3], [s + g + String(p.by), 2], [s + '.' + g, 2], [s + '_' + g, 2], [g + s, 1], [g + '.' + s, 1],
    [s[0] + ini + String(p.by), 2], [s + ini + ri(1, 999), 1], [pick(EN_NAMES) + '.' + s, 2], [pick(EN_NAMES) + s + ri(1, 99), 1],
    [s + g + pad(p.bm) + pad(p.bd), 1], [(s + g).slice(0, 10) + '_' + ri(100, 9999), 1],
  ]);
  return (local || s + ri(100, 999)) + '@' + dom;
}
const FW = (s) => s.replace(/[0-9A-Za-z@.\-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xFEE0));

// ---------------------------------------------------------------- hotels, domain words
const HOTELS = [
  { name: '杭州西溪悦居酒店', short: '西溪悦居', type: 'hotel', area: '0571', reg: '330106', addr: '杭州市西湖区文二西路588号', mail: 'fd@xixiyueju.cn', city: '杭州' },
  { name: '上海陆家嘴臻品酒店', short: '陆家嘴臻品', type: 'hotel', area: '021', reg: '310115', addr: '上海市浦东新区浦东南路1088号', mail: 'reservation@ljzzp-hotel.com', city: '上海' },
  { name: '北京王府井金桥商务酒店', short: '金桥商务', type: 'hotel', area: '010', reg: '110101', addr: '北京市东城区帅府园胡同12号', mail: 'jqsw_fo@126.com', city: '北京' },
  { name: '成都春熙路熊猫青年旅舍', short: '熊猫青旅', type: 'hostel', area: '028', reg: '510104', addr: '成都市锦江区红星路三段16号', mail: 'pandahostel_cd@163.com', city: '成都' },
  { name: '西安钟楼美居酒店', short: '钟楼美居', type: 'hotel', area: '029', reg: '610103', addr: '西安市碑林区东大街226号', mail: 'fo.xa@zlmj-hotel.com', city: '西安' },
  { name: '南京秦淮河畔精品酒店', short: '秦淮河畔', type: 'hotel', area: '025', reg: '320104', addr: '南京市秦淮区平江府路9号', mail: 'qhhp_hotel@163.com', city: '南京' },
  { name: '武汉江汉路锦华大酒店', short: '锦华大酒店', type: 'hotel', area: '027', reg: '420103', addr: '武汉市江汉区江汉路118号', mail: 'jinhua_wh@sina.com', city: '武汉' },
  { name: '广州天河城际商务酒店', short: '城际商务', type: 'hotel', area: '020', reg: '440106', addr: '广州市天河区天河北路233号', mail: 'cjsw_gz@163.com', city: '广州' },
  { name: '深圳南山科技园丽枫酒店', short: '科技园丽枫', type: 'hotel', area: '0755', reg: '440305', addr: '深圳市南山区科苑路15号', mail: 'lf.kjy@163.com', city: '深圳' },
  { name: '青岛八大关海景酒店', short: '八大关海景', type: 'hotel', area: '0532', reg: '370202', addr: '青岛市市南区荣成路36号', mail: 'bdg_seaview@126.com', city: '青岛' },
  { name: '苏州平江路拾光民宿', short: '拾光民宿', type: 'bnb', area: '0512', reg: '320508', addr: '苏州市姑苏区平江路钮家巷26号', mail: 'shiguang_sz@163.com', city: '苏州' },
  { name: '大理古城云栖民宿', short: '云栖民宿', type: 'bnb', area: null, reg: '532901', addr: '大理市古城人民路318号', mail: 'yunqi_dali@qq.com', city: '大理' },
  { name: '丽江束河半山小院', short: '半山小院', type: 'bnb', area: null, reg: '530702', addr: '丽江市古城区束河古镇龙泉路8号', mail: 'banshan_lj@163.com', city: '丽江' },
  { name: '厦门鼓浪屿听涛客栈', short: '听涛客栈', type: 'bnb', area: null, reg: '350203', addr: '厦门市思明区鼓浪屿龙头路120号', mail: 'tingtao_gly@126.com', city: '厦门' },
  { name: '黄山脚下归园民宿', short: '归园民宿', type: 'bnb', area: null, reg: '341003', addr: '黄山市黄山区汤口镇寨西村', mail: 'guiyuan_hs@163.com', city: '黄山' },
  { name: '北京南锣鼓巷胡同国际青年旅舍', short: '胡同青旅', type: 'hostel', area: '010', reg: '110101', addr: '北京市东城区南锣鼓巷66号', mail: 'hutonghostel@163.com', city: '北京' },
  { name: '上海外滩背包客青年旅舍', short: '外滩青旅', type: 'hostel', area: '021', reg: '310101', addr: '上海市黄浦区九江路550号', mail: 'bundhostel@outlook.com', city: '上海' },
];
for (const h of HOTELS) {
  h.tel = h.area ? { area: h.area, num: String(ri(5, 8)) + digits(7) } : null;
  h.owner = mkPerson({ minY: 1970, maxY: 1992, region: h.reg });
  h.uscc = makeUscc(h.type === 'bnb' ? '92' : '91', h.reg);
  h.lgdm = h.reg + pad(ri(1, 999), 4);
  h.bank = pick(['中国工商银行', '中国建设银行', '招商银行', '中国农业银行', '交通银行']);
  h.acct = ndigits(ri(15, 19));
}
const CITY_SPOT = { 西安: '钟楼', 上海: '外滩', 杭州: '西湖', 成都: '春熙路', 大理: '古城南门', 北京: '王府井', 南京: '夫子庙', 厦门: '龙头路', 丽江: '四方街', 黄山: '汤口镇', 青岛: '栈桥', 苏州: '平江路', 武汉: '江汉路', 广州: '天河城', 深圳: '科技园' };
const pickHotel = (types) => pick(types ? HOTELS.filter((h) => types.includes(h.type)) : HOTELS);

const ROOM_TYPES = ['高级大床房', '高级双床房', '豪华大床房', '豪华江景房', '行政套房', '商务大床房', '标准间', '单人间', '家庭房', '亲子房', '江景大床房', '湖景套房', '温馨双床房', '雅致大床房', '景观房', '电竞房', '行政大床房', '豪华套房'];
const BNB_ROOMS = ['柳岸', '梅园', '林泉', '石语', '叶舟', '余晖', '白露', '秋水', '云舍', '沈园', '江月', '陶然', '竹隐', '听雨', '山居', '花间', '苏堤', '钱塘', '方寸', '安澜'];
const BNB_TYPES = ['观景大床房', '庭院双床房', '山景loft', '露台套房', '榻榻米房', '亲子家庭房'];
const HOSTEL_TYPES = ['6人混住间', '4人女生间', '8人男生间', '大床房(独卫)', '双床房(公卫)'];
const CHANNELS = ['携程', '去哪儿', '飞猪', '美团', '同程', '艺龙', '马蜂窝', '途家', '小猪民宿', '爱彼迎', 'Booking', 'Agoda', '散客', '会员直订', '协议单位', '高德', '抖音'];
const NAME_POS_DECOYS = ['钟点房', '常住客', '金卡客人', '高管自用', '万达团队', '华住会员', '江南春团', '马蜂窝代订', '自用房', '散客', '方圆会议组', '白金会员', '黄山团', '周末团'];
const NICKS = ['金色年华', '江南烟雨', '高山流水', '何以笙箫', '林深时见鹿', '白开水', '安之若素', '岁月静好', '向日葵', '陈年老酒', '程序猿小哥', '夏天的风', '石头', '叶子', '马到成功', '万事如意', '田野', '柳絮飞', '梅花三弄', '秦时明月', '海阔天空', 'Echo', 'Sunny☀', '🍀幸运草'];
const STAFF_TITLES = ['值班经理', '大堂副理', '前台主管', '前厅经理', '夜审', '礼宾员', '客房主管', '房务总监', '收银员', '总机', '管家', '财务', '店长', '老板娘'];
const BRANDS = ['如家', '汉庭', '全季', '亚朵', '锦江之星', '维也纳', '格林豪泰', '7天', '桔子水晶', '丽枫', '华住会', '万豪', '希尔顿', '洲际', '温德姆', '戴斯', '柏悦', '万达嘉华', '喜来登', '费尔蒙'];
const MINIBAR = [['康师傅红烧牛肉面', 15], ['农夫山泉', 5], ['江小白 100ml', 25], ['王老吉', 8], ['百威啤酒', 18], ['东方树叶', 8], ['元气森林', 10], ['乐事薯片', 15], ['周黑鸭鸭脖', 39], ['卫龙辣条', 10], ['钟薛高', 25], ['红牛', 12], ['怡宝', 5], ['可口可乐', 8], ['杜蕾斯', 68], ['德芙巧克力', 20], ['旺仔牛奶', 8], ['金典纯牛奶', 12], ['黄鹤楼香烟', 50], ['洽洽瓜子', 12]];
const LAUNDRY = [['衬衫 Shirt', 30], ['西裤 Trousers', 35], ['T恤 T-shirt', 20], ['连衣裙 Dress', 45], ['外套 Jacket', 60], ['内衣 Underwear', 10], ['袜子 Socks', 8], ['西装(干洗) Suit', 120]];
const LOST_ITEMS = ['黑色钱包', '华为手机', '苹果充电器', '戴森吹风机', '儿童手表', '身份证', '金项链', '蓝色雨伞', '眼镜', '笔记本电脑', '黄鹤楼香烟一条', '小米充电宝', '茅台酒一瓶', '钟表', '耳机(AirPods)', '银行卡', '护照', '玩具熊'];
const CO_PREFIX = ['云帆', '启明', '海纳', '博远', '中天', '华信', '金桥', '鼎盛', '恒达', '安泰', '明远', '江南春', '宋韵', '万家', '方圆', '程达', '康华', '高德', '白云', '林海', '石榴', '钱江', '周庄', '黎明', '司南', '苏杭', '秦川'];
const CO_IND = ['网络技术', '科技', '建设工程', '医疗器械', '文化传媒', '贸易', '教育咨询', '会展服务', '信息技术', '电子商务', '智能装备', '物业管理', '生物医药', '餐饮管理'];
const CO_REGIONS = [['330106', '0571'], ['330102', '0571'], ['330108', '0571'], ['310101', '021'], ['310104', '021'], ['310115', '021'], ['110101', '010'], ['110105', '010'], ['110108', '010'],
  ['320102', '025'], ['320106', '025'], ['440106', '020'], ['440103', '020'], ['440304', '0755'], ['440305', '0755'], ['510104', '028'], ['510107', '028'], ['420102', '027'], ['420106', '027'],
  ['610103', '029'], ['610113', '029'], ['120101', '022'], ['500103', '023'], ['210102', '024'], ['320508', '0512'], ['370202', '0532']];
const CITY_OF_REG = { '33': '杭州', '31': '上海', '11': '北京', '51': '成都', '61': '西安', '32': '南京', '42': '武汉', '44': '广州', '37': '青岛', '53': '昆明', '35': '厦门', '34': '合肥', '12': '天津', '50': '重庆', '21': '沈阳' };
const CITY_OF = { '440304': '深圳', '440305': '深圳', '320508': '苏州', '320583': '昆山' };
function company(reg) { reg = reg || '330106'; const city = CITY_OF[reg] || CITY_OF_REG[reg.slice(0, 2)] || '杭州'; return city + pick(CO_PREFIX) + pick(CO_IND) + '有限公司'; }
const AGENCIES = ['浙江中旅国际旅行社有限公司', '江苏康辉旅行社有限公司', '四川青年旅行社有限公司', '上海春秋国际旅行社', '北京神舟国旅', '广之旅国际旅行社', '山东华夏旅游集团', '湖北金秋国际旅行社'];
const BRANCHES = ['文三路支行', '高新支行', '城东支行', '营业部', '解放路支行', '科技园支行', '中山路支行', '开发区支行'];
const GROUP_EVENTS = ['2024中国(杭州)数字经济论坛', '全国医疗器械经销商年会', '华东区销售培训会', '第十二届长三角青年教师论坛', '某集团2024年度供应商大会', '省建筑学会学术年会', '智能制造产业峰会', '江南春旅游团年会'];
const TOURS = ['华东五市6日游', '北京双飞5日游', '成都九寨沟7日游', '云南大理丽江6日游', '西安兵马俑3日游', '厦门鼓浪屿4日游', '黄山宏村3日游', '青岛海滨4日游'];

// ---------------------------------------------------------------- formats
function fmtMob(m, st) {
  switch (st) {
    case 'sp': return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'dash': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case 'p86': return '+86' + m;
    case 'p86s': return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'p86d': return '+86-' + m;
    case '0086': return '0086 ' + m;
    case 'b86': return '(+86)' + m;
    case 'fw': return FW(m);
    case 'sp434': return `${m.slice(0, 4)} ${m.slice(4, 7)} ${m.slice(7)}`;
    default: return m;
  }
}
const MOB_ST_CHAT = [['plain', 10], ['sp', 4], ['dash', 2], ['p86', 1], ['p86s', 1], ['fw', 1]];
function fmtId(id, st) {
  switch (st) {
    case 'lx': return id.replace('X', 'x');
    case 'sp': return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    case 'fw': return FW(id);
    default: return id;
  }
}
function fmtCard(c, st) {
  switch (st) {
    case 'sp': return c.replace(/(\d{4})(?=\d)/g, '$1 ');
    case 'dash': return c.replace(/(\d{4})(?=\d)/g, '$1-');
    case 'fw': return FW(c);
    default: return c;
  }
}
function fmtTel(t, st) {
  const a = t.area, n = t.num, h = n.length === 8 ? n.slice(0, 4) + ' ' + n.slice(4) : n.slice(0, 3) + ' ' + n.slice(3);
  switch (st) {
    case 'p': return `(${a})${n}`;
    case 'fwp': return `（${a}）${n}`;
    case 's': return `${a} ${h}`;
    case 'i': return `+86-${a.slice(1)}-${n}`;
    case 'plain': return a + n;
    default: return `${a}-${n}`;
  }
}
const maskMob = (m) => pick([m.slice(0, 3) + '****' + m.slice(7), m.slice(0, 3) + '****' + m.slice(7), m.slice(0, 3) + 'xxxx' + m.slice(7), m.slice(0, 4) + '***' + m.slice(7)]);
const maskId = (id) => pick([id.slice(0, 6) + '********' + id.slice(14), id.slice(0, 3) + '***********' + id.slice(14), id.slice(0, 1) + '****************' + id.slice(17), id.slice(0, 4) + '**********' + id.slice(14)]);
const maskCard = (c) => pick([c.slice(0, 6) + '*'.repeat(c.length - 10) + c.slice(-4), '**** **** **** ' + c.slice(-4), c.slice(0, 4) + ' **** **** ' + c.slice(-4), c.slice(0, 6) + '******' + c.slice(-4)]);
const maskName = (n) => pick([n[0] + '*', n[0] + '**', n[0] + '某', n[0] + '*'.repeat(n.length - 1)]);

function idBadCheck(id) { let alt; do { alt = '0123456789X'[ri(0, 10)]; } while (alt === id[17] || (alt !== 'X' && luhnOk(id.slice(0, 17) + alt))); return id.slice(0, 17) + alt; }
function idBadDate(p) {
  const [y, m, d] = pick([[p.by, 2, ri(30, 31)], [p.by, 13, ri(1, 28)], [p.by, ri(1, 12), 0], [p.by, pick([4, 6, 9, 11]), 31], [p.by, 0, ri(1, 28)]]);
  for (;;) { const b = p.region + y + pad(m) + pad(d) + digits(3); const v = b + idCheck(b); if (!luhnOk(v)) return v; }
}
function usccStruct(s) { return /^(1[1239]|5[1239]|9[123])/.test(s) && PROV.has(s.slice(2, 4)) && (REGION_SET.has(s.slice(2, 8)) || /^\d{2}(0000|\d\d00)$/.test(s.slice(2, 8))); }

// ---------------------------------------------------------------- dates
function rdate(y = 2024) { const m = ri(1, 11); return { y, m, d: ri(1, dim(y, m)) }; }
function addDays(D, n) { const t = new Date(Date.UTC(D.y, D.m - 1, D.d) + n * 864e5); return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() }; }
const ymd = (D, sep = '-') => `${D.y}${sep}${pad(D.m)}${sep}${pad(D.d)}`;
const tm = () => ({ h: ri(0, 23), mi: ri(0, 59), s: ri(0, 59) });
function fdt(t, st = 'iso') {
  switch (st) {
    case 'iso': return `${ymd(t)} ${pad(t.h)}:${pad(t.mi)}:${pad(t.s)}`;
    case 'min': return `${ymd(t)} ${pad(t.h)}:${pad(t.mi)}`;
    case 'slash': return `${ymd(t, '/')} ${pad(t.h)}:${pad(t.mi)}`;
    case 'n14': return `${ymd(t, '')}${pad(t.h)}${pad(t.mi)}${pad(t.s)}`;
    case 'n12': return `${ymd(t, '')}${pad(t.h)}${pad(t.mi)}`;
    case 'md': return `${t.m}/${t.d} ${pad(t.h)}:${pad(t.mi)}`;
    case 'cn': return `${t.m}月${t.d}日${pad(t.h)}:${pad(t.mi)}`;
    case 'date': return ymd(t);
    default: return ymd(t);
  }
}
function stay(D0) {
  const ci = { ...(D0 || rdate()), h: ri(12, 23), mi: ri(0, 59), s: ri(0, 59) };
  const n = wpick([[1, 50], [2, 25], [3, 12], [4, 5], [5, 4], [7, 2]]);
  return { ci, co: { ...addDays(ci, n), h: ri(7, 13), mi: ri(0, 59), s: ri(0, 59) }, n };
}
const epochMs = (t) => Date.UTC(t.y, t.m - 1, t.d, t.h, t.mi, t.s) - 8 * 3600e3 + ri(0, 999);

// ---------------------------------------------------------------- domain numbers
const roomNo = (maxF = 16) => String(ri(2, maxF)) + pad(ri(1, 36));
const pmsOrder = (D) => pick(['R', 'RS', 'M', '']) + ymd(D, '').slice(2) + pad(ri(1, 9999), 4);
const ctripOrder = () => '1' + pick(['1', '2', '0']) + digits(11);
const meituanOrder = () => '80' + digits(17);
const fliggyOrder = () => '3' + ri(0, 2) + digits(17);
const bookingNo = () => String(ri(2, 4)) + digits(9);
const agodaNo = () => ndigits(9);
const expediaNo = () => '7' + digits(12);
const confirmCode = () => pick(['HT', 'CF', 'CN', '']) + Array.from({ length: 6 }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[ri(0, 31)]).join('');
const doorCard = () => chance(0.5) ? Array.from({ length: 8 }, () => '0123456789ABCDEF'[ri(0, 15)]).join('') : String(ri(2, 4)) + digits(9);
const wxTxn = (D) => '42000' + digits(5) + ymd(D, '') + digits(10);
const aliTxn = (D) => ymd(D, '') + '22001' + digits(15);
const posRef = () => digits(12);
const authCode = () => digits(6);
const merchantNo = (h) => '898' + h.reg.slice(0, 4) + digits(8);
const terminalNo = () => ndigits(8);
const sfNo = () => 'SF' + ndigits(13);
const ztoNo = () => '7' + pick(['3', '5', '7']) + digits(12);
const memberNo = () => pick(['HZ', 'VIP', 'M', 'JJ']) + ndigits(pick([8, 10]));
const invNo = () => ndigits(8);
const einvNo = (D) => String(D.y).slice(2) + pick(['33', '31', '11', '44', '51']) + digits(16);
const price = () => String(pick([168, 198, 218, 238, 258, 268, 288, 299, 328, 358, 388, 399, 428, 468, 499, 528, 588, 688, 788, 888, 1088, 1288])) + (chance(0.6) ? '.00' : '');
const plate = () => pick(['浙A', '沪B', '京N', '苏E', '川A', '粤B', '鄂A', '陕A']) + pick(['', '·']) + Array.from({ length: 5 }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'[ri(0, 33)]).join('');
const wifiPw = (h) => pick([h.mail.split('@')[0].slice(0, 6) + '@' + ri(2020, 2024), '88888888', 'Hotel' + digits(4), pick(['yj', 'xx', 'hs', 'fd']) + '@' + digits(6)]);

// ---------------------------------------------------------------- document object
class Doc {
  constructor(kind) { this.kind = kind; this.E = new Map(); this.D = new Map(); this.Z = new Map(); this.names = new Set(); }
  ent(det, v) { v = normVal(det, v); this.E.set(det + '|' + v, { detector: det, value: v }); }
  dc(det, v) { v = normVal(det, v); this.D.set(det + '|' + v, { detector: det, value: v }); }
  x(kind, text) { text = String(text); if (text && !this.Z.has(text)) this.Z.set(text, { kind, text }); return text; }
  person(o) { let p; do { p = mkPerson(o); } while (this.names.has(p.name)); this.names.add(p.name); return p; }
  N(p) { this.ent('person_name_zh', p.name); return p.name; }
  Nd(p) { this.dc('person_name_zh', p.name); return p.name; }
  M(m, st = 'plain') { this.ent('cn_mobile', m); return fmtMob(m, st); }
  I(id, st = 'plain') { this.ent('cn_resident_id', id); return fmtId(id, st); }
  I15(p) { this.ent('cn_resident_id', p.id); return p.id15; }
  C(c, st = 'plain') { this.ent('bank_card', c); return fmtCard(c, st); }
  E_(e, cap = false) {
    this.ent('email', e);
    const local = e.split('@')[0];
    if (MOB_ALLOC(local)) this.ent('cn_mobile', local);
    if (cap) { const [l, dm] = e.split('@'); return l.replace(/(^|[._])([a-z])/g, (a, b, c) => b + c.toUpperCase()) + '@' + dm; }
    return e;
  }
  T(t, st) { this.ent('cn_landline', t.area + t.num); return fmtTel(t, st); }
  U(u) { this.ent('cn_uscc', u); return u; }
  P(pp) { this.ent('cn_passport', pp); return pp; }
  // hotel front-desk contact: landline when it has one, owner's mobile otherwise
  hotelTel(h, st) { return h.tel ? this.T(h.tel, st) : this.M(h.owner.mobile, 'plain'); }
  room(h) {
    this.rooms ??= new Set(); let r;
    for (let i = 0; i < 8; i++) {
      r = h.type === 'bnb' ? pick(BNB_ROOMS) : h.type === 'hostel' ? String(ri(2, 5)) + pad(ri(1, 12)) : roomNo();
      if (!this.rooms.has(r)) break;
    }
    this.rooms.add(r);
    return this.x(h.type === 'bnb' ? 'room_name' : 'room_no', r);
  }
  rtype(h) { return this.x('room_type', pick(h.type === 'bnb' ? BNB_TYPES : h.type === 'hostel' ? HOSTEL_TYPES : ROOM_TYPES)); }
  hotel(h, short = false) { return this.x('hotel_name', short ? h.short : h.name); }
}
function normVal(det, v) {
  v = String(v);
  switch (det) {
    case 'person_name_zh': return v.replace(/\s+/g, '');
    case 'email': return v.toLowerCase();
    case 'cn_resident_id': case 'cn_passport': case 'cn_uscc': return v.toUpperCase().replace(/[\s-]/g, '');
    default: return v.replace(/\D/g, '');
  }
}

// ---------------------------------------------------------------- table rendering
function dispW(s) { let w = 0; for (const ch of s) { const c = ch.codePointAt(0); w += (c >= 0x2E80 && c <= 0xFFEF && !(c >= 0xFF61 && c <= 0xFF9F)) ? 2 : 1; } return w; }
const padR = (s, w) => s + ' '.repeat(Math.max(1, w - dispW(s)));
const csvq = (s) => (/[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s);
function table(head, rows, fmt) {
  const all = [head, ...rows].map((r) => r.map((c) => String(c ?? '')));
  switch (fmt) {
    case 'csv': return all.map((r) => r.map(csvq).join(',')).join('\r\n');
    case 'tsv': return all.map((r) => r.join('\t')).join('\n');
    case 'pipe': return ['| ' + all[0].join(' | ') + ' |', '|' + all[0].map(() => '---').join('|') + '|', ...all.slice(1).map((r) => '| ' + r.join(' | ') + ' |')].join('\n');
    case 'fixed': {
      const w = all[0].map((_, i) => Math.max(...all.map((r) => dispW(r[i] || ''))) + 2);
      const lines = all.map((r) => r.map((c, i) => (i === r.length - 1 ? c : padR(c, w[i]))).join('').trimEnd());
      lines.splice(1, 0, '-'.repeat(Math.min(140, w.reduce((a, b) => a + b, 0))));
      return lines.join('\n');
    }
    default: throw new Error('fmt ' + fmt);
  }
}

// id cell for a Chinese guest: [type, number]
function idCell(d, p, st = 'plain') {
  const r = rand();
  if (r < 0.9) return ['身份证', d.I(p.id, st)];
  if (r < 0.94) return ['护照', d.P(genPassCN())];
  if (r < 0.97) { const v = pick(['H', 'M']) + digits(8) + (chance(0.5) ? '0' + ri(1, 3) : ''); d.dc('cn_passport', v); return ['回乡证', v]; }
  const v = digits(8); d.dc('cn_passport', v); return ['台胞证', v];
}
function foreignGuest(d) { const f = pick(FOREIGN); const pp = f[2](); d.dc('cn_passport', pp); return { name: f[0], nat: f[1], pp, email: f[3] + ri(1, 99) + '@' + pick(['gmail.com', 'outlook.com', 'yahoo.co.jp', 'naver.com', 'hotmail.com', 'gmx.de']) }; }
function staff(d, n) { return Array.from({ length: n }, () => d.person({ minY: 1980, maxY: 2003 })); }

// ================================================================ generators
// 1 PMS in-house list
function genPmsInhouse() {
  const d = new Doc('pms_inhouse'); const h = pickHotel(['hotel', 'hotel', 'bnb', 'hostel']);
  const D = rdate(); const now = { ...D, h: ri(22, 23), mi: ri(0, 59), s: ri(0, 59) };
  const fmt = pick(['csv', 'tsv', 'fixed']);
  const sys = pick(['绿云iHotel', '西软X6', '石基Opera', '别样红', '住哲', '订单来了', '云掌柜']);
  const op = staff(d, 1)[0];
  const variant = ri(0, 1);
  const head = variant === 0
    ? ['房号', '房型', '客人姓名', '性别', '证件类型', '证件号码', '手机号码', '入住时间', '预离时间', '房价', '渠道', '会员卡号', '备注']
    : ['房间', '姓名', '证件号', '联系电话', '到店', '离店', '房价', '市场码', '订单号', '备注'];
  const rows = []; let nRooms = 0, nGuests = 0;
  const rn = ri(5, 20);
  for (let i = 0; i < rn; i++) {
    const room = d.room(h), rt = d.rtype(h), st = stay({ ...addDays(D, -ri(0, 3)) });
    const pr = d.x('price', price()); const ch = d.x('channel', pick(CHANNELS)); nRooms++;
    if (chance(0.07)) {
      const w = d.x('name_position_word', pick(NAME_POS_DECOYS));
      rows.push(variant === 0 ? [room, rt, w, '', '', '', '', fdt(st.ci, 'min'), fdt(st.co, 'date'), '0', '', '', pick(['自用', '长包', '免费', '公司宿舍'])]
        : [room, w, '', '', fdt(st.ci, 'min'), fdt(st.co, 'date'), '0', 'HSE', '', pick(['自用', '长包'])]);
      continue;
    }
    const np = chance(0.3) ? 2 : 1; const ord = d.x('order_no', pmsOrder(st.ci));
    for (let k = 0; k < np; k++) {
      nGuests++;
      if (chance(0.05)) {
        const f = foreignGuest(d);
        rows.push(variant === 0 ? [room, rt, f.name, pick(['男', '女']), '护照', f.pp, '', fdt(st.ci, 'min'), fdt(st.co, 'date'), k ? '' : pr, ch, '', '外宾 已报境外人员住宿登记']
          : [room, f.name, f.pp, '', fdt(st.ci, 'min'), fdt(st.co, 'date'), k ? '' : pr, 'FIT', ord, '外宾']);
        continue;
      }
      const p = d.person();
      let phone = '';
      const pr2 = rand();
      if (pr2 < 0.72) phone = d.M(p.mobile); else if (pr2 < 0.86) phone = d.x('masked_mobile', maskMob(p.mobile)); else if (pr2 < 0.89) phone = d.x('mobile_bad_prefix', badMobile());
      let idc;
      if (chance(0.03)) idc = ['身份证', d.x('id_bad_check', idBadCheck(p.id))];
      else idc = idCell(d, p);
      const mem = chance(0.25) && phone && /^\d{11}$/.test(phone) && MOB_ALLOC(phone) ? phone : chance(0.18) ? d.x('member_no', memberNo()) : '';
      const note = k ? '同住' : pick(['', '', '含双早', '携程预付', '押金500现金', '续住1晚', '无烟房', '延迟退房至14:00', '预授权1000', '发票已开', '生日蛋糕已送', '']);
      if (variant === 0) rows.push([room, rt, d.N(p), p.male ? '男' : '女', idc[0], idc[1], phone, d.x('datetime', fdt(st.ci, 'min')), fdt(st.co, 'date'), k ? '' : pr, ch, mem, note]);
      else rows.push([room, d.N(p), idc[1], phone, d.x('datetime', fdt(st.ci, 'md')), fdt(st.co, 'md'), k ? '' : pr, pick(['FIT', 'OTA', 'COR', 'MEM', 'GRP']), ord, note]);
    }
  }
  const title = `${d.hotel(h)}  在住客人报表(${d.x('software', sys)})`;
  const meta = `营业日期：${ymd(D)}    导出时间：${fdt(now, 'iso')}    操作员：${d.N(op)}`;
  const foot = `合计：在住 ${nRooms} 间 / ${nGuests} 人    打印人：${op.name}`;
  return [d, [title, meta, '', table(head, rows, fmt), '', foot].join('\n')];
}

// 2 PMS departures, fixed-width
function genPmsDeparture() {
  const d = new Doc('pms_departure'); const h = pickHotel(['hotel', 'hotel', 'bnb']);
  const D = rdate();
  const head = ['房号', '姓名', '到店', '离店', '间夜', '房费', '其他消费', '合计', '结算方式', '押金处理'];
  const rows = []; const n = ri(6, 16);
  for (let i = 0; i < n; i++) {
    const room = d.room(h); const st = stay(addDays(D, -ri(1, 4)));
    const p = d.person(); const pr = +price().replace('.00', '');
    const other = chance(0.4) ? ri(8, 260) : 0; const tot = pr * st.n + other;
    const payR = rand(); let pay, dep;
    if (payR < 0.3) { pay = '预授权完成'; dep = '卡' + d.x('masked_card', maskCard(p.card)); }
    else if (payR < 0.55) { pay = '微信'; dep = '原路退回'; }
    else if (payR < 0.7) { pay = '支付宝'; dep = '原路退回'; }
    else if (payR < 0.8) { pay = 'OTA预付'; dep = '无'; }
    else if (payR < 0.9) { pay = '现金'; dep = '已退现' + pick([200, 300, 500]); }
    else { const c = company(h.reg); pay = 'AR挂账'; dep = d.x('company', c); }
    rows.push([room, d.N(p), `${st.ci.m}/${st.ci.d}`, `${D.m}/${D.d}`, String(st.n), d.x('price', (pr * st.n).toFixed(2)), other ? other.toFixed(2) : '', tot.toFixed(2), pay, dep]);
  }
  const aud = staff(d, 1)[0];
  const txt = [`${d.hotel(h)}`, `离店客人明细表      营业日期 ${ymd(D)}      第1页/共1页`, '', table(head, rows, 'fixed'), '', `制表：${d.N(aud)}    审核：____________`].join('\n');
  return [d, txt];
}

// 3 police upload XML
function genPoliceXml() {
  const d = new Doc('police_upload_xml'); const h = pickHotel();
  const D = rdate(); const t = { ...D, ...tm() };
  const recs = []; const n = ri(1, 8);
  for (let i = 0; i < n; i++) {
    const p = d.person(); const st = stay(D); const room = d.room(h);
    let zjlx = '11', zjhm;
    const r = rand();
    if (r < 0.93) zjhm = d.I(p.id);
    else if (r < 0.97) { zjlx = '14'; zjhm = d.P(genPassCN()); }
    else { zjlx = '16'; const b = pick(['810000', '820000']) + p.by + pad(p.bm) + pad(p.bd) + digits(3); zjhm = b + idCheck(b); d.dc('cn_resident_id', zjhm); }
    const lkbh = d.x('guest_serial_no', h.lgdm + ymd(D, '').slice(2) + pad(i + 1, 4));
    const rz = d.x('timestamp', fdt(st.ci, 'n14'));
    const mob = chance(0.7) ? `<LXDH>${d.M(p.mobile)}</LXDH>` : '<LXDH></LXDH>';
    recs.push(`  <RECORD>\n    <LKBH>${lkbh}</LKBH>\n    <XM>${d.N(p)}</XM>\n    <XB>${p.male ? '1' : '2'}</XB>\n    <MZ>${p.minority === '650102' ? '维吾尔族' : p.minority === '540102' ? '藏族' : p.minority === '150102' ? '蒙古族' : pick(['汉族', '汉族', '汉族', '回族', '满族', '壮族'])}</MZ>\n    <CSRQ>${p.by}${pad(p.bm)}${pad(p.bd)}</CSRQ>\n    <ZJLX>${zjlx}</ZJLX>\n    <ZJHM>${zjhm}</ZJHM>\n    <XZZ>${p.addr}</XZZ>\n    <FH>${room}</FH>\n    <RZSJ>${rz}</RZSJ>\n    ${mob}\n    <ZP>/9j/4AAQSkZJRgABAQEASABIAAD/2wBD${pick(['AAMCAgMCAgMD', 'AAUDBAQEAwUE', 'AAYEBQYFBAYG'])}...</ZP>\n  </RECORD>`);
  }
  const txt = `<?xml version="1.0" encoding="${pick(['GBK', 'UTF-8'])}"?>\n<LGYZA>\n  <HEAD>\n    <LGDM>${d.x('police_hotel_code', h.lgdm)}</LGDM>\n    <LGMC>${d.hotel(h)}</LGMC>\n    <SCSJ>${d.x('timestamp', fdt(t, 'n14'))}</SCSJ>\n    <JLS>${n}</JLS>\n  </HEAD>\n${recs.join('\n')}\n</LGYZA>`;
  return [d, txt];
}

// 4 police upload log
function genPoliceLog() {
  const d = new Doc('police_upload_log'); const h = pickHotel();
  const D = rdate(); let t = { ...D, h: ri(8, 20), mi: ri(0, 50), s: ri(0, 59) };
  const lines = []; const stamp = () => { t = { ...t, s: t.s + ri(0, 40) }; if (t.s > 59) { t.s -= 60; t.mi++; } if (t.mi > 59) { t.mi = 0; t.h = Math.min(23, t.h + 1); } return d.x('datetime', `${fdt(t, 'iso')}.${pad(ri(0, 999), 3)}`); };
  const batch = d.x('batch_no', fdt(t, 'n14'));
  lines.push(`${stamp()} INFO  [gaUpload-main] 旅业治安上传服务启动 旅馆代码=${d.x('police_hotel_code', h.lgdm)} 版本=v3.2.7`);
  lines.push(`${stamp()} INFO  [gaUpload-1] 开始上传 批次=${batch}`);
  const n = ri(4, 12);
  for (let i = 0; i < n; i++) {
    const p = d.person(); const st = stay(D);
    const r = rand(); const room = r < 0.93 ? d.room(h) : '';
    if (r < 0.68) {
      const rcp = d.x('receipt_no', ymd(D, '') + pad(t.h) + pad(t.mi) + digits(6));
      lines.push(`${stamp()} INFO  [gaUpload-${ri(1, 4)}] 入住上传成功 FH=${room} XM=${d.N(p)} ZJHM=${d.I(p.id)} RZSJ=${d.x('timestamp', fdt(st.ci, 'n12'))}${chance(0.4) ? ' SJHM=' + d.M(p.mobile) : ''} 回执=${rcp}`);
    } else if (r < 0.78) {
      const useCheck = chance(0.5); const bad = useCheck ? idBadCheck(p.id) : idBadDate(p);
      lines.push(`${stamp()} ERROR [gaUpload-${ri(1, 4)}] 上传失败 FH=${room} XM=${d.N(p)} ZJHM=${d.x(useCheck ? 'id_bad_check' : 'id_bad_date', bad)} 错误码=E1021 原因=${useCheck ? '公民身份号码校验位错误' : '出生日期不合法'}，请核对证件`);
    } else if (r < 0.86) {
      lines.push(`${stamp()} INFO  [gaUpload-${ri(1, 4)}] 退房上传成功 FH=${room} XM=${d.N(p)} LDSJ=${d.x('timestamp', fdt(st.co, 'n12'))}`);
    } else if (r < 0.93) {
      lines.push(`${stamp()} WARN  [gaUpload-${ri(1, 4)}] 人证比对分值偏低 FH=${room} XM=${d.N(p)} 证件=${d.x('masked_id', maskId(p.id))} score=0.${ri(41, 68)} 已转人工核验`);
    } else {
      lines.push(`${stamp()} WARN  [gaUpload-${ri(1, 4)}] 网络超时，${ri(3, 10)}秒后重试 (attempt ${ri(1, 3)}/3) url=http://10.${ri(10, 99)}.${ri(1, 254)}.${ri(1, 254)}:8080/lgy/upload`);
    }
  }
  lines.push(`${stamp()} INFO  [gaUpload-1] 批次${batch}完成 成功=${n - 1} 失败=${ri(0, 2)} 耗时=${ri(300, 5000)}ms`);
  return [d, lines.join('\n')];
}

// 5 self check-in kiosk JSON
function genKioskJson() {
  const d = new Doc('kiosk_json'); const h = pickHotel(['hotel']);
  const D = rdate(); const st = stay(D);
  const p = d.person(); const room = d.room(h);
  const vs = { y: ri(2015, 2023), m: ri(1, 12), d: ri(1, 28) };
  const ve = chance(0.2) ? '长期' : `${vs.y + (p.by < 1979 ? 20 : 10)}${pad(vs.m)}${pad(vs.d)}`;
  const guests = [{ name: d.N(p), gender: p.male ? '男' : '女', nation: '汉', birth: `${p.by}${pad(p.bm)}${pad(p.bd)}`, address: p.addr, idNo: d.I(p.id), issuer: p.raddr.replace(/^.*?[省市区]/, '').slice(0, 6) + '公安局', validFrom: `${vs.y}${pad(vs.m)}${pad(vs.d)}`, validTo: ve, faceScore: +(0.8 + rand() * 0.19).toFixed(3) }];
  if (chance(0.35)) { const q = d.person(); guests.push({ name: d.N(q), gender: q.male ? '男' : '女', nation: '汉', birth: `${q.by}${pad(q.bm)}${pad(q.bd)}`, address: q.addr, idNo: d.I(q.id), faceScore: +(0.8 + rand() * 0.19).toFixed(3) }); }
  const obj = {
    deviceId: `KIOSK-${h.reg.slice(2)}-0${ri(1, 3)}`, event: 'CHECKIN', hotelCode: d.x('police_hotel_code', h.lgdm), roomNo: room, roomType: d.rtype(h),
    orderNo: d.x('order_no', pmsOrder(D)), channel: pick(['CTRIP', 'MEITUAN', 'WALKIN', 'MEMBER']), mobile: d.M(p.mobile), guests,
    cardSerial: d.x('door_card', doorCard()), deposit: { type: pick(['WECHAT', 'ALIPAY']), amount: pick([200, 300, 500]), txnId: null }, ts: d.x('epoch_ms', String(epochMs(st.ci))), upload: { status: 'OK', receipt: null },
  };
  obj.deposit.txnId = d.x(obj.deposit.type === 'WECHAT' ? 'wx_txn_no' : 'alipay_txn_no', obj.deposit.type === 'WECHAT' ? wxTxn(D) : aliTxn(D));
  obj.upload.receipt = d.x('receipt_no', 'GA' + ymd(D, '') + digits(8));
  if (chance(0.3)) obj.invoiceEmail = d.E_(p.email);
  return [d, JSON.stringify(obj, null, chance(0.5) ? 2 : 0)];
}

// 6 shift handover
function genHandover() {
  const d = new Doc('shift_handover'); const h = pickHotel(['hotel', 'hotel', 'bnb', 'hostel']);
  const D = rdate(); const [a, b] = staff(d, 2);
  const shift = pick(['早班→中班', '中班→夜班', '夜班→早班']);
  const items = [];
  const gen = [
    () => `备用金${pick([1000, 2000, 3000])}元已点清，押金现金${ri(2, 15)}笔共${ri(5, 50) * 100}元，POS预授权${ri(3, 20)}笔，单据已核对。`,
    () => { const p = d.person(); return `${d.room(h)}房${d.Nd(p)}${p.title}要求明早${pick(['6:30', '7:00', '5:45', '8:00'])}叫醒，已在系统设置。`; },
    () => { const m = genMobile(); return `${d.room(h)}客人手机${d.x('masked_mobile', maskMob(m))}，说晚上有外卖/快递到，收到后放礼宾部，不要送房。`; },
    () => { const p = d.person(); const o = d.x('ota_order_no', ctripOrder()); return `携程订单${o}（${d.Nd(p)}，${ri(1, 3)}晚）至今未到，电话${d.M(p.mobile, pick(['plain', 'sp', 'plain']))}打了两次无人接听，凌晨2点后按NOSHOW处理，已在eBooking备注。`; },
    () => { const p = d.person(); const g = pick(GROUP_EVENTS); return `明天${d.x('group_name', g)}到${ri(8, 40)}间，领队：${d.N(p)} ${d.M(p.mobile)}，名单在前台抽屉，房卡提前做好。`; },
    () => `门卡${d.x('door_card', doorCard())}（${d.room(h)}）客人说丢了，已在门锁系统注销，重新制卡，收工本费20元。`,
    () => { const p = d.person(); return `${d.room(h)}房 ${d.N(p)} 欠房费${ri(2, 12) * 100}元，押金不足，已提醒，客人说明天中午补交。身份证号 ${d.I(p.id)}，电话 ${d.M(p.mobile)}。`; },
    () => { const f = foreignGuest(d); return `${d.room(h)}外宾 ${f.name}（${f.nat}）护照已扫描，境外人员住宿登记已上报。`; },
    () => `${d.room(h)}投诉空调不制冷，工程部${pick(['小刘', '老周', '师傅'])}已处理，送水果一份致歉。`,
    () => { const p = d.person(); return `拾到黑色钱包一个（内有身份证，姓名${d.N(p)}，证号${chance(0.5) ? d.x('masked_id', maskId(p.id)) : d.I(p.id)}），已交保安部登记，等客人来领。`; },
    () => { const p = d.person(); const [creg] = pick(CO_REGIONS); const c = company(creg); const u = makeUscc('91', creg); return `${d.x('company', c)}要开专票，税号${d.U(u)}，发票已开好放信封里，客人${d.N(p)}明早来取，手机${d.M(p.mobile)}。`; },
    () => `WiFi密码已改为 ${d.x('wifi_password', wifiPw(h))}，请通知各岗位。`,
    () => `夜审已过，营业日期切换至${ymd(addDays(D, 1))}，房价差异${ri(1, 5)}笔见附表，${d.x('room_type', pick(ROOM_TYPES))}剩${ri(0, 6)}间。`,
    () => { const p = d.person(); return `注意：${d.N(p)}（身份证${d.I(p.id)}）为集团黑名单客人，如来入住请婉拒并通知${d.x('staff_title', pick(STAFF_TITLES.slice(0, 5)))}。`; },
    () => `${d.x('brand', pick(BRANDS))}的协议价从下月起调整，前台报价以新价格表为准。`,
    () => `${d.room(h)}${d.x('name_position_word', pick(['钟点房', '常住客', '金卡客人']))}续住一天，房费已收${d.x('price', price())}。`,
  ];
  const picks = sample(gen.map((_, i) => i), ri(4, 8)).sort((x, y) => x - y);
  picks.forEach((i, k) => items.push(`${k + 1}. ${gen[i]()}`));
  const head = chance(0.5)
    ? `${d.hotel(h, true)} 前台交接班记录\n日期：${ymd(D)}   班次：${shift}\n交班人：${d.N(a)}    接班人：${d.N(b)}`
    : `【交接班】${D.m}月${D.d}日 ${shift}\n交班：${d.N(a)}  接班：${d.N(b)}`;
  const foot = chance(0.6) ? `\n交班人签字：${a.name}    接班人签字：${b.name}` : '';
  return [d, head + '\n\n' + items.join('\n') + '\n' + foot];
}

// 7 Ctrip-style order export CSV
function genCtripExport() {
  const d = new Doc('ota_ctrip_export'); const h = pickHotel(['hotel', 'hotel', 'bnb']);
  const D = rdate();
  const head = ['订单号', '预订时间', '入住人', '房型', '入住日期', '离店日期', '间数', '间夜', '结算价', '支付方式', '订单状态', '联系电话', '特殊要求', '酒店确认号'];
  const rows = []; const n = ri(5, 18);
  for (let i = 0; i < n; i++) {
    const st = stay(addDays(D, ri(0, 10))); const rooms = chance(0.85) ? 1 : 2;
    const g = [d.person()]; if (chance(0.25)) g.push(d.person());
    let guests;
    if (chance(0.06)) guests = d.x('name_position_word', pick(['待定', '携程代订', '马蜂窝代订']));
    else if (chance(0.05)) guests = `${g[0].spy.toUpperCase()}/${g[0].gpy.join('').toUpperCase()}`;
    else guests = g.map((p) => d.N(p)).join(pick([',', '、', ';']));
    const r = rand(); let ph;
    if (r < 0.55) ph = d.M(g[0].mobile);
    else if (r < 0.8) ph = d.x('masked_mobile', maskMob(g[0].mobile));
    else { const v = pick(['170', '171']) + digits(8); ph = `${d.M(v)}转${digits(4)}`; }
    const booked = { ...addDays(st.ci, -ri(0, 20)), ...tm() };
    rows.push([d.x('ota_order_no', ctripOrder()), d.x('datetime', fdt(booked, 'iso')), guests, d.rtype(h), fdt(st.ci, 'date'), fdt(st.co, 'date'), String(rooms), String(rooms * st.n), d.x('price', price()), pick(['预付', '预付', '现付']), pick(['已确认', '已确认', '已入住', '已取消', '已离店', 'NOSHOW']), ph, pick(['', '', '无烟房', '高楼层', '需要发票', '大床优先', '安排安静房间', '晚到，20点后']), chance(0.6) ? d.x('confirm_code', confirmCode()) : '']);
  }
  return [d, `# ${d.x('hotel_name', h.name)} eBooking订单导出 ${ymd(D)}\r\n` + table(head, rows, 'csv')];
}

// 8 Meituan-style order blocks
function genMeituanOrders() {
  const d = new Doc('ota_meituan_orders'); const h = pickHotel(['hotel', 'bnb', 'hostel']);
  const D = rdate(); const blocks = []; const n = ri(2, 7);
  for (let i = 0; i < n; i++) {
    const p = d.person(); const st = stay(addDays(D, ri(0, 5)));
    const amt = +price().replace('.00', '');
    const r = rand();
    const ph = r < 0.55 ? d.x('masked_mobile', maskMob(p.mobile)) : r < 0.9 ? d.M(p.mobile) : d.M(p.mobile, 'sp');
    blocks.push([
      `订单号：${d.x('ota_order_no', meituanOrder())}`,
      `下单时间：${d.x('datetime', fdt({ ...addDays(st.ci, -ri(0, 7)), ...tm() }, 'iso'))}`,
      `门店：${d.hotel(h, true)}`,
      `房型：${d.rtype(h)}${pick(['（含单早）', '（含双早）', '（无早）', ''])}`,
      `入住：${fdt(st.ci, 'date')}  离店：${fdt(st.co, 'date')}  共${st.n}晚 ${chance(0.85) ? 1 : 2}间`,
      `入住人：${d.N(p)}`,
      `联系手机：${ph}`,
      `实付金额：¥${d.x('price', (amt * st.n).toFixed(2))}   商家结算：¥${(amt * st.n * 0.88).toFixed(2)}`,
      `状态：${pick(['待接单', '已接单', '已入住', '已取消(免费取消)'])}`,
      chance(0.4) ? `备注：${pick(['无烟房', '高楼层', '晚到，22点左右', '需要加床', '带宠物(小型犬)', '开发票'])}` : null,
    ].filter(Boolean).join('\n'));
  }
  return [d, `美团酒店商家后台 - 订单列表（${ymd(D)}）\n${'='.repeat(48)}\n` + blocks.join('\n' + '-'.repeat(48) + '\n')];
}

// 9 OTA / guest mail
function genMail() {
  const d = new Doc('booking_mail'); const h = pickHotel();
  const D = rdate(); const p = d.person(); const st = stay(addDays(D, ri(1, 20)));
  const t = { ...D, ...tm() };
  const variant = ri(0, 2); let txt;
  if (variant === 0) {
    const o = d.x('ota_order_no', ctripOrder());
    const [sname, sender] = pick([['携程ebooking', 'ebooking_notice@ctrip.com'], ['订单通知', 'hotel-notify@trip-partner.cn'], ['飞猪商家平台', 'noreply-hotel@fliggy-ebk.com']]);
    txt = [`发件人: ${sname} <${d.E_(sender)}>`, `收件人: ${d.E_(h.mail)}`, `日期: ${fdt(t, 'iso')}`, `主题: 【新订单】${o} 入住${fdt(st.ci, 'date')} ${d.hotel(h, true)}`, '',
      `<img src="cid:${d.x('mail_cid', `image00${ri(1, 4)}.png@01DA${Array.from({ length: 4 }, () => '0123456789ABCDEF'[ri(0, 15)]).join('')}.${Array.from({ length: 8 }, () => '0123456789ABCDEF'[ri(0, 15)]).join('')}`)}">`,
      `尊敬的酒店合作伙伴：`, `您有一笔新订单，请及时确认。`, `订单号：${o}`, `入住人：${d.N(p)}${chance(0.3) ? '（' + p.spy.toUpperCase() + '/' + p.gpy.join('').toUpperCase() + '）' : ''}`,
      `房型：${d.rtype(h)}  ${chance(0.8) ? 1 : 2}间 × ${st.n}晚`, `入住日期：${fdt(st.ci, 'date')}  离店日期：${fdt(st.co, 'date')}`, `联系电话：${chance(0.6) ? d.M(p.mobile) : d.x('masked_mobile', maskMob(p.mobile))}`,
      chance(0.5) ? `客人邮箱：${d.E_(p.email)}` : null, `底价合计：¥${d.x('price', price())}`, `特殊要求：${pick(['无', '尽量安排高楼层', '蜜月，请安排大床', '需要婴儿床'])}`, '',
      `<img src="${d.x('image_ref', 'logo@2x.png')}"> 客服热线 ${d.x('hotline', pick(['400-820-6666', '4008-123-456', '95010']))}`].filter((x) => x !== null).join('\n');
  } else if (variant === 1) {
    const em = p.email;
    txt = [`From: ${p.spy.toUpperCase()} ${p.gpy.join('').toUpperCase() || ''} <${d.E_(em, chance(0.3))}>`, `To: ${d.E_(h.mail)}`, `Date: ${fdt(t, 'iso')} +0800`, `Subject: 预订咨询 / 延迟入住`, '',
      `您好！`, `我在${d.x('channel', pick(['携程', '飞猪', 'Booking', 'Agoda']))}上订了贵店${fdt(st.ci, 'cn').replace(/\d\d:\d\d$/, '')}的${d.rtype(h)}，订单号${d.x('ota_order_no', pick([bookingNo(), agodaNo(), fliggyOrder()]))}，航班延误可能要凌晨1点左右才能到，麻烦帮忙保留房间，不要取消。`,
      chance(0.5) ? `另外想开增值税普通发票，抬头就是我个人的名字。` : `如果方便的话安排一间安静点的房间，谢谢。`, '',
      `${d.N(p)}`, `手机：${d.M(p.mobile, pick(['plain', 'sp', 'p86s', 'dash']))}`, chance(0.4) ? `微信同号` : `邮箱：${em}`].join('\n');
  } else {
    const f = foreignGuest(d);
    d.E_(f.email);
    txt = [`From: ${f.name} <${f.email}>`, `To: ${d.E_(h.mail)}`, `Subject: Booking ${d.x('ota_order_no', bookingNo())} - late arrival`, '', `Hi,`, `I booked a ${pick(['dorm bed', 'private room', 'double room'])} at ${d.x('hotel_name', h.short)} from ${fdt(st.ci, 'date')} for ${st.n} nights. My flight lands at ${ri(20, 23)}:${pad(ri(0, 59))}, please keep my booking.`,
      `My Chinese friend ${d.Nd(p)} will also stay with me, her phone is ${d.M(p.mobile, pick(['p86', 'p86s', 'plain']))}.`, `Passport: ${f.pp}`, '', `Thanks,`, f.name.split(' ').reverse().join(' ')].join('\n');
  }
  return [d, txt];
}

// 10 member list
function genMemberList() {
  const d = new Doc('member_list'); const h = pickHotel(['hotel', 'hotel', 'bnb']);
  const fmt = pick(['csv', 'tsv', 'pipe', 'fixed']);
  const head = ['会员卡号', '姓名', '性别', '手机号', '邮箱', '生日', '证件号码', '会员等级', '积分', '注册日期', '注册渠道'];
  const rows = []; const n = ri(6, 25);
  for (let i = 0; i < n; i++) {
    const old = chance(0.12); const p = d.person(old ? { minY: 1950, maxY: 1982 } : {});
    const reg = old ? { y: ri(2003, 2009), m: ri(1, 12), d: ri(1, 28) } : { y: ri(2015, 2024), m: ri(1, 11), d: ri(1, 28) };
    const card = chance(0.4) ? d.M(p.mobile) : d.x('member_no', memberNo());
    let idv = '';
    if (old && p.id15 && chance(0.8)) idv = d.I15(p);
    else if (chance(0.55)) idv = d.I(p.id, chance(0.08) ? 'lx' : 'plain');
    else if (chance(0.3)) idv = d.x('masked_id', maskId(p.id));
    rows.push([card, d.N(p), p.male ? '男' : '女', d.M(p.mobile), chance(0.55) ? d.E_(p.email) : '', `${p.by}-${pad(p.bm)}-${pad(p.bd)}`, idv,
      d.x('member_level', pick(['普卡', '银卡', '金卡', '白金卡', '钻石卡', '金卡会员'])), String(ri(0, 58000)), ymd(reg), pick(['前台', '小程序', '官网', '公众号', '老系统迁移'])]);
  }
  return [d, `${d.hotel(h)} 会员资料导出（第${ri(1, 9)}页）\n` + table(head, rows, fmt)];
}

// 11 deposit ledger
function genDepositLog() {
  const d = new Doc('deposit_ledger'); const h = pickHotel(['hotel', 'hotel', 'bnb']);
  const D = rdate(); const sf = staff(d, ri(2, 3));
  const head = ['日期', '房号', '客人', '押金方式', '金额', '卡号/流水号', '授权码', '退还日期', '退还方式', '经手人'];
  const rows = []; const n = ri(6, 16);
  for (let i = 0; i < n; i++) {
    const p = d.person(); const dd = addDays(D, ri(0, 3)); const amt = pick([200, 300, 500, 800, 1000, 2000]);
    const r = rand(); let way, no = '', ac = '', back;
    if (r < 0.45) { way = pick(['银行卡预授权', '信用卡预授权', 'POS预授权']); no = chance(0.65) ? d.C(p.card, pick(['plain', 'plain', 'sp'])) : d.x('masked_card', maskCard(p.card)); ac = d.x('auth_code', authCode()); back = '预授权撤销'; }
    else if (r < 0.65) { way = '微信'; no = d.x('wx_txn_no', wxTxn(dd)); back = '原路退回'; }
    else if (r < 0.78) { way = '支付宝'; no = d.x('alipay_txn_no', aliTxn(dd)); back = '原路退回'; }
    else { way = '现金'; back = '退现金'; }
    const s = pick(sf);
    rows.push([`${dd.m}/${dd.d}`, d.room(h), d.N(p), way, amt.toFixed(2), no, ac, chance(0.8) ? `${addDays(dd, ri(1, 3)).m}/${addDays(dd, ri(1, 3)).d}` : '', chance(0.8) ? back : '', d.N(s)]);
  }
  const fmt = pick(['pipe', 'fixed', 'tsv']);
  return [d, `${d.hotel(h, true)} 押金登记台账  ${D.y}年${D.m}月\n\n` + table(head, rows, fmt) + `\n\n备注：预授权超过${pick([7, 15, 30])}天自动解冻，请夜审每日核对。`];
}

// 12 refund request form
function genRefundRequest() {
  const d = new Doc('refund_request'); const h = pickHotel();
  const D = rdate(); const p = d.person(); const [clerk, fin] = staff(d, 2);
  const [amtN, amtCn] = pick([[500, '伍佰元整'], [1000, '壹仟元整'], [368, '叁佰陆拾捌元整'], [2000, '贰仟元整'], [300, '叁佰元整'], [600, '陆佰元整'], [1288, '壹仟贰佰捌拾捌元整'], [936, '玖佰叁拾陆元整'], [168, '壹佰陆拾捌元整'], [776, '柒佰柒拾陆元整']]);
  const amt = amtN.toFixed(2);
  const typo = chance(0.08);
  const card = typo ? badLuhnCard() : p.card;
  if (typo) d.dc('bank_card', card);
  const bank = bankOf(card);
  const pdf = chance(0.35);
  let cardStr = typo ? fmtCard(card, 'sp') : d.C(card, pick(['plain', 'sp', 'sp', 'dash']));
  let idStr = d.I(p.id, pick(['plain', 'plain', 'sp']));
  if (pdf) { const cs = cardStr.replace(/\s/g, ''); cardStr = cs.slice(0, 10) + '\n' + cs.slice(10); if (chance(0.5)) { const is = idStr.replace(/\s/g, ''); idStr = is.slice(0, 10) + '\n' + is.slice(10); } }
  const lines = [
    `${d.hotel(h)}`, '退 款 申 请 单', `申请日期：${D.y}年${D.m}月${D.d}日          编号：${d.x('form_no', 'TK' + ymd(D, '') + pad(ri(1, 99), 3))}`, '',
    `客人姓名：${d.N(p)}            房号：${d.room(h)}`,
    `联系电话：${d.M(p.mobile, pick(['plain', 'sp', 'dash']))}`,
    `身份证号：${idStr}`,
    `原支付方式：${pick(['银行卡预授权（POS）', '现金', '微信（商户已超退款期限）', '携程预付'])}`,
    `退款原因：${pick(['提前离店，多收2晚房费', '重复扣款', '押金未退', '房间设施问题，协商退还一晚房费', '订单取消，客人已到店现付'])}`,
    `退款金额：¥${d.x('price', amt)}（大写：${amtCn}）`,
    `收款人户名：${p.name}`,
    `开户银行：${bank}${h.city}${pick(BRANCHES)}`,
    `银行卡号：${cardStr}`, '',
    `经办人：${d.N(clerk)}     财务审核：${d.N(fin)}     ${pick(['店长', '总经理'])}：__________`,
  ];
  if (typo) lines.push(`（财务备注：卡号校验不通过，银行退回，已联系客人重新提供）`);
  return [d, lines.join(pdf ? '\n' : '\n')];
}

// 13 refund ledger
function genRefundLedger() {
  const d = new Doc('refund_ledger'); const h = pickHotel(['hotel', 'hotel', 'bnb']);
  const D = rdate(); const sf = staff(d, 2);
  const head = ['序号', '退款日期', '房号', '订单号', '客人姓名', '退款金额', '退款方式', '收款账户', '开户行', '状态', '经办人', '备注'];
  const rows = []; const n = ri(5, 14);
  for (let i = 0; i < n; i++) {
    const p = d.person(); const dd = addDays(D, ri(0, 20)); const r = rand();
    let way, acct = '', bank = '', stt = '已退';
    if (r < 0.72) { way = '银行转账'; acct = d.C(p.card, pick(['plain', 'plain', 'sp'])); bank = bankOf(p.card); }
    else if (r < 0.8) { way = '银行转账'; const c = badLuhnCard(); d.dc('bank_card', c); acct = c; bank = bankOf(c); stt = '失败-卡号有误'; }
    else if (r < 0.9) { way = '微信原路'; acct = d.x('wx_txn_no', wxTxn(dd)); }
    else { way = 'OTA退款'; acct = '携程后台'; }
    rows.push([String(i + 1), fdt(dd, 'date'), d.room(h), d.x('order_no', pmsOrder(dd)), d.N(p), d.x('price', (ri(1, 15) * 100).toFixed(2)), way, acct, bank, stt, d.N(pick(sf)), chance(0.12) ? '客人电话' + d.M(p.mobile) : pick(['', '', '提前退房', '重复支付', '押金', '协商补偿'])]);
  }
  return [d, `${d.hotel(h, true)}财务部 退款台账（${D.y}年${D.m}月）\n` + table(head, rows, pick(['csv', 'tsv', 'pipe']))];
}

// 14 invoice request
function genInvoiceRequest() {
  const d = new Doc('invoice_request'); const h = pickHotel();
  const D = rdate(); const p = d.person(); const personal = chance(0.2); const room = d.room(h);
  const [creg, carea] = pick(CO_REGIONS); const ukind = pick(['91', '91', '91', '91', '12', '52']);
  const city = CITY_OF_REG[creg.slice(0, 2)] || '杭州';
  const co = ukind === '91' ? company(creg) : ukind === '12' ? city + '市' + pick(['第一人民医院', '疾病预防控制中心', '建筑设计研究院', '图书馆', '气象局']) : city + pick(CO_PREFIX) + pick(['职业培训学校', '社会工作服务中心', '养老服务中心']);
  const u = makeUscc(ukind, creg);
  const bad = !personal && chance(0.2);
  const ctel = { area: carea, num: String(ri(5, 8)) + digits(7) };
  const bankName = pick(['招商银行', '中国工商银行', '中国建设银行', '浙商银行', '杭州银行', '宁波银行', '中国银行']);
  const acct = ndigits(pick([12, 15, 16, 17, 19, 19, 20]));
  if (acct.length >= 16 && acct.length <= 19) d.dc('bank_card', acct);
  const amt = (+price().replace('.00', '') * ri(1, 4)).toFixed(2);
  const variant = ri(0, 2);
  const L = [];
  if (variant === 0) L.push('【开票申请】（来自小程序）', `提交时间：${fdt({ ...D, ...tm() }, 'iso')}`);
  else if (variant === 1) L.push(`开票信息`, `-----------------`);
  else L.push(`From: ${d.E_(p.email)}`, `To: ${d.E_(h.mail)}`, `Subject: 开票信息-${room}房`, '', `前台您好，麻烦开一下住宿发票，信息如下：`);
  L.push(`入住人：${d.N(p)}   房号：${room}   入住日期：${ymd(D)}`);
  L.push(`发票类型：${personal ? '增值税电子普通发票' : pick(['增值税专用发票', '增值税电子普通发票', '数电票（专票）'])}`);
  if (personal) {
    L.push(`抬头类型：个人`, `发票抬头：${p.name}`);
  } else {
    L.push(`抬头类型：企业`, `发票抬头：${d.x('company', co)}`, `税号：${bad ? d.x('uscc_bad_check', badUscc(u)) : d.U(u)}`);
    if (chance(0.7)) L.push(`单位地址：${regionOf(creg)[1]}${pick(ROADS)}${ri(1, 999)}号${pick(['', 'A座', '创新大厦'])}${ri(2, 28)}楼`, `电话：${d.T(ctel, pick(['d', 'd', 'p', 's']))}`);
    if (chance(0.6)) L.push(`开户行：${d.x('bank_branch', bankName + pick(BRANCHES))}`, `账号：${acct}`);
  }
  L.push(`开票内容：住宿费   金额：¥${d.x('price', amt)}`);
  L.push(`接收邮箱：${d.E_(p.email, chance(0.15))}`);
  L.push(`联系人：${p.name}   手机：${d.M(p.mobile, pick(['plain', 'plain', 'sp', 'dash']))}`);
  if (bad) L.push(``, `前台备注：税号校验不通过，已微信联系客人重新核对。`);
  if (chance(0.4)) L.push(``, `已开具，发票号码：${d.x('einvoice_no', einvNo(D))}，开票人：${d.N(staff(d, 1)[0])}`);
  if (variant === 2) L.push('', '谢谢！', p.name);
  return [d, L.join('\n')];
}

// 15 group roster
function genGroupRoster() {
  const d = new Doc('group_roster'); const h = pickHotel(['hotel', 'hotel', 'hotel', 'hostel']);
  const D = rdate(); const tour = chance(0.45);
  const title = tour ? `${d.x('company', pick(AGENCIES))}  ${d.x('tour_name', pick(TOURS))}  团号：${d.x('group_code', pick(['ZL', 'KH', 'CQ', 'SZ']) + '-' + ymd(D, '').slice(2) + pick(['A', 'B', 'C']))}  住房名单`
    : `【${d.x('group_name', pick(GROUP_EVENTS))}】参会人员住宿名单（第${ri(1, 3)}版）`;
  const fmt = pick(['csv', 'tsv', 'pipe', 'fixed']);
  const withMail = !tour && chance(0.5);
  const head = tour ? ['序号', '姓名', '性别', '身份证号', '手机', '房号', '同住人', '备注'] : (withMail ? ['序号', '姓名', '单位', '职务', '手机', '邮箱', '身份证号', '房型', '同住', '入住', '离店'] : ['序号', '姓名', '单位', '手机', '身份证号', '房型', '入住', '离店', '备注']);
  const n = ri(8, 36); const ps = Array.from({ length: n }, () => d.person(tour ? (chance(0.15) ? { minY: 2010, maxY: 2019 } : { minY: 1950, maxY: 1990 }) : { minY: 1965, maxY: 1998 }));
  const rows = []; const st = stay(D); let shared = '';
  for (let i = 0; i < n; i++) {
    const p = ps[i]; const mate = (i % 2 === 0 && ps[i + 1]) ? ps[i + 1] : (i % 2 === 1 ? ps[i - 1] : null);
    let idv;
    const r = rand();
    if (r < 0.86) idv = d.I(p.id, chance(0.05) ? 'lx' : 'plain');
    else if (r < 0.92) idv = '证件待补';
    else if (r < 0.96) idv = d.x('id_bad_check', idBadCheck(p.id));
    else idv = d.x('id_bad_date', idBadDate(p));
    const mob = (p.by > 2008) ? '' : chance(0.88) ? d.M(p.mobile, pick(['plain', 'plain', 'plain', 'sp'])) : chance(0.5) ? d.x('mobile_bad_prefix', badMobile()) : '';
    const unit = d.x('company', company(p.region));
    if (i % 2 === 0) shared = chance(0.75) ? d.room(h) : '';
    if (tour) rows.push([String(i + 1), d.N(p), p.male ? '男' : '女', idv, mob, shared, mate ? d.N(mate) : '', p.by > 2008 ? pick(['儿童占床', '儿童不占床']) : pick(['', '', '', '素食', p.male ? '单男拼房' : '单女拼房', '老人，安排低楼层'])]);
    else if (withMail) rows.push([String(i + 1), d.N(p), unit, d.x('job_title', pick(['总经理', '副总经理', '销售总监', '区域经理', '主任', '教授', '工程师', '财务经理'])), mob, chance(0.7) ? d.E_(p.email) : '', idv, d.rtype(h), mate ? d.N(mate) : '', fdt(st.ci, 'date'), fdt(st.co, 'date')]);
    else rows.push([String(i + 1), d.N(p), unit, mob, idv, d.rtype(h), fdt(st.ci, 'date'), fdt(st.co, 'date'), pick(['', '', '单住', '晚到', '提前一天离会', '需发票'])]);
  }
  const lead = d.person({ minY: 1975, maxY: 1998 });
  const foot = tour ? `领队/导游：${d.N(lead)}  电话：${d.M(lead.mobile)}  导游证：${d.x('guide_license', 'D-' + h.reg.slice(0, 4) + '-' + digits(6))}  车牌：${d.x('plate', plate())}`
    : `会务组联系人：${d.N(lead)} ${d.M(lead.mobile, pick(['plain', 'dash']))}${chance(0.5) ? '  邮箱：' + d.E_(lead.email) : ''}`;
  return [d, [title, `入住酒店：${d.hotel(h)}   ${fdt(st.ci, 'date')} 至 ${fdt(st.co, 'date')}`, '', table(head, rows, fmt), '', foot].join('\n')];
}

// 16 complaint record
function genComplaint() {
  const d = new Doc('complaint_record'); const h = pickHotel();
  const D = rdate(); const p = d.person(); const [mgr, rec] = staff(d, 2); const room = d.room(h);
  const issue = pick([
    () => `客人反映隔壁${d.room(h)}房深夜喧哗，多次致电前台未解决`,
    () => `客人称${d.rtype(h)}卫生间有头发，床单有污渍`,
    () => { const [t1, t2] = sample(h.type === 'bnb' ? BNB_TYPES : ROOM_TYPES, 2); return `客人在${d.x('channel', pick(['携程', '美团', '飞猪']))}预订的是${d.x('room_type', t1)}，到店后被安排成了${d.x('room_type', t2)}`; },
    () => `客人退房时发现押金多扣了${ri(50, 300)}元迷你吧费用，称未消费${d.x('product', pick(MINIBAR)[0])}`,
    () => `客人反映房间WiFi无法连接，影响工作`,
    () => `客人投诉前台办理入住等候超过40分钟`,
  ])();
  const ch = pick(['当面', '电话', '携程点评', '美团点评', '12345热线转办']);
  const L = [`${d.hotel(h, true)} 宾客投诉处理记录表`, `编号：${d.x('form_no', 'TS-' + ymd(D) + '-' + pad(ri(1, 9)))}`, '',
    `投诉人：${d.N(p)}（${room}房）`, `联系方式：${chance(0.85) ? d.M(p.mobile, pick(['plain', 'sp'])) : d.x('masked_mobile', maskMob(p.mobile))}`,
    `投诉渠道：${ch}`, `投诉时间：${fdt({ ...D, ...tm() }, 'min')}`, `投诉内容：${issue}。`];
  const nar = [`处理经过：${d.x('staff_title', pick(STAFF_TITLES.slice(0, 5)))}${d.Nd(mgr)}${pick(['立即', '于10分钟内'])}到房间向客人致歉`];
  if (chance(0.5)) nar.push(`，并与${d.Nd(d.person())}（客人同行）沟通`);
  nar.push(`，${pick([() => '为客人换房至' + d.rtype(h), () => '安排客房部重新清扫', () => '免收当晚迷你吧费用', () => '赠送双人早餐两份'])()}。`);
  L.push(nar.join(''));
  L.push(`处理结果：${pick(['客人表示满意', '客人接受处理方案，但仍给了差评', '客人要求退一晚房费，已报店长审批', '客人未接受，已升级至区域经理'])}`);
  if (chance(0.4)) L.push(`补偿金额：¥${d.x('price', (ri(1, 5) * 100).toFixed(2))}，退至原卡${d.x('masked_card', maskCard(p.card))}`);
  L.push(`记录人：${d.N(rec)}      日期：${ymd(D)}`);
  return [d, L.join('\n')];
}

// 17 lost and found
function genLostFound() {
  const d = new Doc('lost_found'); const h = pickHotel();
  const D = rdate(); const sf = staff(d, 3);
  const head = ['编号', '拾获日期', '拾获地点', '物品', '拾获人', '失主', '失主电话', '处理', '认领人签字', '认领人证件号'];
  const rows = []; const n = ri(4, 12);
  for (let i = 0; i < n; i++) {
    const dd = addDays(D, i); const item = d.x('product', pick(LOST_ITEMS)); const known = chance(0.7);
    const p = d.person(); const claimed = known && chance(0.6); const mailed = known && !claimed && chance(0.5);
    rows.push([d.x('form_no', 'LF' + ymd(dd, '').slice(2) + pad(i + 1, 3)), fdt(dd, 'date'), (chance(0.4) ? d.room(h) + '房' : pick(['大堂', '餐厅', '健身房', '电梯间', '停车场B2'])), item, d.N(pick(sf)),
      known ? d.N(p) : (chance(0.3) ? d.room(h) + '房客人' : pick(['不详', '待查'])), known ? (chance(0.8) ? d.M(p.mobile) : d.x('masked_mobile', maskMob(p.mobile))) : '',
      claimed ? '本人领取' : mailed ? `顺丰到付 ${d.x('tracking_no', sfNo())}` : pick(['保存中', '保存中', '超期交公安']), claimed ? p.name : '', claimed ? (chance(0.8) ? d.I(p.id) : d.x('masked_id', maskId(p.id))) : '']);
  }
  return [d, `${d.hotel(h)} 失物招领登记本\n` + table(head, rows, pick(['pipe', 'fixed', 'tsv'])) + `\n\n说明：贵重物品（现金、首饰、证件、电子产品）须交${d.x('staff_title', pick(['值班经理', '大堂副理', '保安部']))}保管。`];
}

// 18 WeChat chat
function genWechat() {
  const d = new Doc('wechat_chat'); const h = pickHotel();
  const D = rdate(); const g = d.person(); const room = d.room(h);
  const nick = chance(0.6) ? d.x('nickname', pick(NICKS)) : null;
  const guestLabel = nick ?? d.Nd(g);
  const fd = `${d.hotel(h, true)}${pick(['前台', '-前台', '客服', '管家'])}`;
  const style = ri(0, 2);
  let t = { ...D, h: ri(8, 21), mi: ri(0, 40), s: ri(0, 59) };
  const L = [];
  const say = (who, msg) => {
    t = { ...t, mi: t.mi + ri(0, 4), s: ri(0, 59) }; if (t.mi > 59) { t.mi -= 60; t.h = Math.min(23, t.h + 1); }
    if (style === 0) L.push(`${who} ${fdt(t, 'iso')}\n${msg}\n`);
    else if (style === 1) L.push(`[${pad(t.h)}:${pad(t.mi)}] ${who}: ${msg}`);
    else L.push(`${who}(${pad(t.h)}:${pad(t.mi)}): ${msg}`);
  };
  const sc = pick(['prereg', 'prereg', 'refund', 'invoice', 'lost', 'late']);
  if (sc === 'prereg') {
    say(fd, `您好，欢迎入住${h.short}～为了您到店快速办理入住，可以提前发一下入住人的姓名、身份证号和手机号哦`);
    const st = pick(['kv', 'line', 'two']);
    if (st === 'kv') say(guestLabel, `姓名：${d.N(g)}\n身份证：${d.I(g.id, pick(['plain', 'plain', 'sp', 'lx']))}\n手机：${d.M(g.mobile, wpick(MOB_ST_CHAT))}`);
    else if (st === 'line') say(guestLabel, `${d.N(g)} ${d.I(g.id)} ${d.M(g.mobile, wpick(MOB_ST_CHAT))}`);
    else { say(guestLabel, `${d.N(g)}\n${d.I(g.id)}`); say(guestLabel, `电话${d.M(g.mobile, wpick(MOB_ST_CHAT))}`); }
    if (chance(0.45)) { const q = d.person(); say(guestLabel, `还有一个同住的`); say(guestLabel, `${d.N(q)} ${d.I(q.id, pick(['plain', 'sp']))}`); }
    say(fd, `收到，已为您预登记，房间${room}，${d.rtype(h)}，到店出示身份证原件核验即可，房卡前台领取`);
    say(guestLabel, pick(['好的谢谢', '👌', '大概几点可以入住？', '可以寄存行李吗']));
    say(fd, `14点后可以入住，行李可以提前寄存。有事可以直接打前台电话${d.hotelTel(h, pick(['d', 's', 'p']))}`);
  } else if (sc === 'refund') {
    say(guestLabel, `你好，我${ri(2, 5)}号退房的，押金${pick([300, 500, 800])}到现在还没退回来`);
    say(fd, `您好${g.name[0]}${g.title}，请问您当时是怎么交的押金呢？预授权的话撤销后3-7个工作日原路返回的`);
    say(guestLabel, pick(['交的现金，你们说转账给我', '扫码付的，不过那个码好像是个人收款码', '我朋友刷的卡，他卡已经注销了']));
    say(fd, `好的，麻烦提供一下户名、银行卡号和开户行，财务统一转账`);
    const cs = pick(['kv', 'line']);
    if (cs === 'kv') say(guestLabel, `户名：${d.N(g)}\n卡号：${d.C(g.card, pick(['plain', 'sp', 'sp']))}\n开户行：${bankOf(g.card)}${pick(BRANCHES)}`);
    else say(guestLabel, `${d.C(g.card, pick(['plain', 'sp']))} ${bankOf(g.card)} ${d.N(g)}`);
    say(fd, `收到，已提交财务，预计${ri(2, 5)}个工作日内到账，到账后会通知您`);
    if (chance(0.5)) say(guestLabel, `[转账] 已收款 ¥${pick([300, 500])}.00 交易单号${d.x('wx_txn_no', wxTxn(D))}`);
  } else if (sc === 'invoice') {
    const [creg] = pick(CO_REGIONS); const co = company(creg); const u = makeUscc('91', creg);
    say(guestLabel, `你好，帮忙开一下发票，${room}的`);
    say(fd, `好的，请发一下抬头、税号和接收邮箱`);
    if (chance(0.35)) {
      say(guestLabel, `${d.x('company', co)}\n${d.x('uscc_bad_check', badUscc(u))}\n${d.E_(g.email)}`);
      say(fd, `您好，系统提示这个税号校验不通过，麻烦再核对一下哦`);
      say(guestLabel, `不好意思打错了，是这个 ${d.U(u)}`);
    } else say(guestLabel, `${d.x('company', co)}\n${d.U(u)}\n${d.E_(g.email)}`);
    say(fd, `收到，电子发票稍后发到您邮箱${g.email.replace(/^(.{2}).*(@.*)$/, '$1***$2')}，请注意查收`);
  } else if (sc === 'lost') {
    const item = d.x('product', pick(LOST_ITEMS));
    say(guestLabel, `你好，我昨天住${room}，好像把${item}落在房间了`);
    say(fd, `您好，客房已经找到了，请问是寄给您还是回来取？`);
    say(guestLabel, `寄吧，到付`);
    say(guestLabel, `收件人：${d.N(g)}\n电话：${d.M(g.mobile, wpick(MOB_ST_CHAT))}\n地址：${g.addr}`);
    say(fd, `已寄出，顺丰单号${d.x('tracking_no', sfNo())}，请注意查收`);
  } else {
    say(guestLabel, `今晚航班延误，估计要凌晨一点多才到，房间帮我留着`);
    say(fd, `好的，请问您预订的姓名和手机号是？`);
    say(guestLabel, `${d.N(g)}，${d.M(g.mobile, wpick(MOB_ST_CHAT))}`);
    say(fd, `查到了，${d.x('channel', pick(['携程', '美团', '飞猪']))}订单${d.x('ota_order_no', ctripOrder())}，已备注晚到保留，到了直接找夜班同事`);
  }
  const head = style === 0 ? `与"${guestLabel}"的聊天记录\n————— ${ymd(D)} —————\n` : `微信聊天记录导出 ${ymd(D)}\n`;
  return [d, head + L.join('\n')];
}

// 19 WeChat group (conference guests), names only in arguable positions
function genWechatGroup() {
  const d = new Doc('wechat_group'); const h = pickHotel(['hotel']);
  const D = rdate(); const ev = d.x('group_name', pick(GROUP_EVENTS));
  const org = d.person(); const L = [];
  L.push(`群聊：${ev}-住宿服务群(${ri(30, 180)})`);
  L.push(`${fdt({ ...D, h: 9, mi: ri(0, 30), s: 0 }, 'min')} 会务组-${d.Nd(org)}：${d.x('at_mention', '@所有人')} 各位嘉宾，入住酒店为${d.hotel(h)}，地址${h.addr}，前台电话${d.hotelTel(h, pick(['d', 's']))}，报名字和单位即可领房卡。`);
  const ps = Array.from({ length: ri(3, 8) }, () => d.person());
  L.push(`${fdt({ ...D, h: 9, mi: 40, s: 0 }, 'min')} 会务组-${org.name}：房间分配如下：`);
  for (let i = 0; i < ps.length; i += 2) L.push(`${d.room(h)}  ${d.Nd(ps[i])}${ps[i + 1] ? '、' + d.Nd(ps[i + 1]) : ''}`);
  const q = pick(ps);
  const m1 = ri(0, 40);
  L.push(`${fdt({ ...D, h: 10, mi: m1, s: 0 }, 'min')} ${q.name}：${d.x('at_mention', '@会务组-' + org.name)} 我晚一天到，可以吗`);
  L.push(`${fdt({ ...D, h: 10, mi: m1 + ri(1, 15), s: 0 }, 'min')} 会务组-${org.name}：可以的，有问题可以打我手机${d.M(org.mobile, pick(['plain', 'sp']))}`);
  const m2 = ri(0, 40);
  if (chance(0.5)) L.push(`${fdt({ ...D, h: 11, mi: m2, s: 0 }, 'min')} ${d.x('nickname', pick(NICKS))}：早餐几点？`);
  L.push(`${fdt({ ...D, h: 11, mi: m2 + ri(1, 15), s: 0 }, 'min')} ${h.short}销售-${pick(['Cindy', 'Amy', '小周', '小林'])}：早餐6:30-10:00在二楼${d.x('place', pick(['锦绣厅', '江南厅', '宋韵餐厅', '高山流水厅']))}，凭房卡用餐～`);
  return [d, L.join('\n')];
}

// 20 minibar / laundry bill
function genBill() {
  const d = new Doc('minibar_laundry_bill'); const h = pickHotel(['hotel']);
  const D = rdate(); const p = d.person(); const sv = staff(d, 1)[0];
  const laundry = chance(0.4);
  const items = sample(laundry ? LAUNDRY : MINIBAR, ri(2, 5));
  const L = [];
  const no = d.x('form_no', pad(ri(1, 99999), 7));
  if (laundry) L.push(`${d.hotel(h)}  洗衣单 LAUNDRY LIST   No.${no}`, `客人姓名 Guest Name：${d.N(p)}    房号 Room No.：${d.room(h)}`, `日期 Date：${ymd(D)}   ${pick(['普通 Regular', '加快 Express(+50%)'])}`, '');
  else L.push(`${d.hotel(h)}  迷你吧消耗单   No.${no}`, `房号：${d.room(h)}    客人：${d.N(p)}    日期：${ymd(D)}`, '');
  L.push(laundry ? '项目 Item              数量   单价    金额' : '品名                  数量   单价    金额');
  let tot = 0;
  for (const [nm, pr] of items) { const q = ri(1, 3); tot += q * pr; L.push(`${padR(d.x('product', nm), 22)}${padR(String(q), 7)}${padR(pr.toFixed(2), 8)}${(q * pr).toFixed(2)}`); }
  L.push('', `合计：¥${d.x('price', tot.toFixed(2))}    ${pick(['已入房账', '挂房账', '现付'])}`);
  L.push(`客人签字 Signature：${p.name}      服务员：${d.N(sv)}`);
  return [d, L.join('\n')];
}

// 21 OCR'd paper register (民宿 / small hotel)
function genOcrRegister() {
  const d = new Doc('ocr_register'); const h = pickHotel(['bnb', 'bnb', 'hostel', 'hotel']);
  const D = rdate(); const L = [];
  L.push(pick([`旅 客 住 宿 登 记 簿        第 ${ri(3, 60)} 页`, `${h.short} 入住登记 ${D.y}`, `住宿登记表（${h.city}市公安局监制）`]));
  L.push('日期 | 姓 名 | 性别 | 身份证号码 | 住址 | 房间 | 入住 | 退房 | 电话 | 押金');
  const ocrDigits = (s) => s.replace(/[0158]/g, (c) => (chance(0.25) ? { 0: 'O', 1: 'l', 5: 'S', 8: 'B' }[c] : c));
  const n = ri(4, 14);
  for (let i = 0; i < n; i++) {
    const p = d.person(); const dd = addDays(D, Math.floor(i / 3)); const st = stay(dd);
    // name
    let nm; const nr = rand();
    if (nr < 0.7) nm = d.N(p); else if (nr < 0.9) { nm = p.name.split('').join(' '); d.N(p); } else { nm = p.name[0] + '口' + p.name.slice(2); d.Nd(p); }
    // id
    let idv; const ir = rand();
    if (ir < 0.45) idv = d.I(p.id);
    else if (ir < 0.62) { const s = p.id; const k = pick([10, 12, 14]); idv = s.slice(0, k) + ' ' + s.slice(k); d.I(p.id); }
    else if (ir < 0.72) idv = d.I(p.id, 'fw');
    else if (ir < 0.86) { let s; do { s = ocrDigits(p.id); } while (s === p.id); idv = s; d.dc('cn_resident_id', p.id); }
    else if (ir < 0.93) { const k = ri(3, 15); idv = p.id.slice(0, k) + p.id.slice(k + 1); d.dc('cn_resident_id', p.id); if (luhnOk(idv)) d.dc('bank_card', idv); }
    else if (p.id15) idv = d.I15(p); else idv = d.I(p.id);
    // phone
    let ph; const pr = rand();
    if (pr < 0.5) ph = d.M(p.mobile); else if (pr < 0.7) ph = d.M(p.mobile, 'sp'); else if (pr < 0.8) ph = d.M(p.mobile, 'fw');
    else if (pr < 0.9) { let s; do { s = ocrDigits(p.mobile); } while (s === p.mobile); ph = s; d.dc('cn_mobile', p.mobile); } else ph = '';
    const addr = p.raddr.replace(/^(.*?[省市区])/, '').slice(0, ri(2, 6));
    L.push([`${dd.m}.${dd.d}`, nm, p.male ? '男' : '女', idv, addr, d.room(h), `${pad(st.ci.h)}:${pad(st.ci.mi)}`, `${st.co.m}.${st.co.d}`, ph, pick(['200', '100', '300', '—', '微信'])].join(pick([' | ', ' |', '  ', ' ｜ '])));
  }
  const clerk = d.person({ minY: 1960, maxY: 1990 });
  L.push(`登记人：${d.N(clerk)}   ${pick(['（本页已录入系统）', '', '已上传'])}`);
  return [d, L.join('\n')];
}

// 22 SMS log
function genSmsLog() {
  const d = new Doc('sms_log'); const h = pickHotel();
  const D = rdate();
  const head = ['发送时间', '手机号码', '短信内容', '状态', '计费条数'];
  const rows = []; const n = ri(4, 14);
  for (let i = 0; i < n; i++) {
    const p = d.person(); const t = { ...addDays(D, Math.floor(i / 4)), ...tm() }; const st = stay(addDays(D, ri(0, 7)));
    const tpl = pick([
      () => `【${h.short}】尊敬的${d.Nd(p)}${p.title}，您预订的${st.ci.m}月${st.ci.d}日${d.rtype(h)}1间已确认，确认号${d.x('confirm_code', confirmCode())}。地址：${h.addr}，前台电话${d.hotelTel(h, 'd')}。`,
      () => `【${h.short}】尊敬的宾客，您的房间${d.room(h)}已可入住，房卡请至前台领取。退订回T`,
      () => `【${h.short}】您的验证码为${d.x('verification_code', digits(6))}，5分钟内有效，请勿泄露。`,
      () => `【${h.short}】${p.name[0]}${p.title}您好，您的押金¥${pick([300, 500])}.00已原路退回，预计1-3个工作日到账。如有疑问请致电${d.hotelTel(h, 'd')}。`,
      () => `【${h.short}】欢迎加入会员！您的会员卡号${d.x('member_no', memberNo())}，登录 ${d.x('url', 'https://t.cn/' + Array.from({ length: 7 }, () => 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'[ri(0, 55)]).join(''))} 查看权益。`,
    ]);
    rows.push([d.x('datetime', fdt(t, 'iso')), d.M(p.mobile, chance(0.1) ? 'p86' : 'plain'), tpl(), pick(['成功', '成功', '成功', '失败(空号)', '发送中']), String(ri(1, 2))]);
  }
  return [d, `短信发送记录 ${d.hotel(h, true)} ${ymd(D)}\n` + table(head, rows, pick(['csv', 'tsv']))];
}

// 23 corporate accounts (协议单位)
function genCorporateAccounts() {
  const d = new Doc('corporate_accounts'); const h = pickHotel(['hotel']);
  const blocks = []; const n = ri(2, 6);
  for (let i = 0; i < n; i++) {
    const creg = pick(REGIONS)[0]; const co = company(h.reg); const u = makeUscc('91', h.reg); const p = d.person({ minY: 1970, maxY: 1997 });
    const tel = { area: h.area, num: String(ri(5, 8)) + digits(h.area.length === 3 ? 7 : 7) };
    blocks.push([`单位名称：${d.x('company', co)}`, `统一社会信用代码：${d.U(u)}`, `协议编号：${d.x('contract_no', 'XY-' + ri(2022, 2024) + '-' + pad(ri(1, 200), 3))}`, `联系人：${d.N(p)}    职务：${d.x('job_title', pick(['行政经理', '办公室主任', '前台', '总经理助理', '人事专员']))}`,
      `手机：${d.M(p.mobile)}    座机：${d.T(tel, pick(['d', 'p', 's']))}${chance(0.3) ? '转' + ri(800, 8999) : ''}`, `邮箱：${d.E_(p.email)}`,
      `协议价：${d.rtype(h)} ${d.x('price', price())}/晚（含早）`, `挂账额度：${ri(1, 10) * 10000}元   账期：月结${pick([30, 45, 60])}天`, `销售经理：${d.N(staff(d, 1)[0])}`].join('\n'));
    void creg;
  }
  return [d, `${d.hotel(h)} 协议单位客户资料（销售部 内部）\n\n` + blocks.join('\n\n')];
}

// 24 POS slip (OCR)
function genPosSlip() {
  const d = new Doc('pos_slip_ocr'); const h = pickHotel(['hotel', 'hotel', 'bnb']);
  const D = rdate(); const p = d.person(); const t = { ...D, ...tm() };
  const imprint = chance(0.35);
  const cardLine = imprint ? d.C(p.card, 'sp') : d.x('masked_card', maskCard(p.card));
  const L = [
    pick(['中国银联 POS签购单', '银联商务 签购单', 'UnionPay 签购单']), `商户存根 MERCHANT COPY`, `商户名称：${d.hotel(h)}`, `商户编号：${d.x('merchant_no', merchantNo(h))}`, `终端编号：${d.x('terminal_no', terminalNo())}`,
    `发卡行：${bankOf(p.card)}`, `卡号(CARD NO)：${cardLine}`, `有效期(EXP)：${pad(ri(1, 12))}/${ri(25, 30)}`, `交易类型：${pick(['预授权', '预授权完成', '消费', '预授权撤销'])}`,
    `批次号：${d.x('batch_no', pad(ri(1, 999), 6))}  凭证号：${d.x('voucher_no', pad(ri(1, 9999), 6))}`, `授权码：${d.x('auth_code', authCode())}  参考号：${d.x('pos_ref', posRef())}`,
    `日期/时间：${fdt(t, 'slash')}:${pad(t.s)}`, `金额：RMB ${d.x('price', (pick([5, 8, 10, 20]) * 100).toFixed(2))}`, `备注：房号${d.room(h)}`, `持卡人签名：${imprint ? d.N(p) : d.Nd(p)}`, `本人确认以上交易，同意将其记入本卡账户`,
  ];
  if (imprint) L.splice(1, 1, '（手工压卡单，POS故障时使用）');
  return [d, L.join('\n')];
}

// 25 hostel bed list
function genHostelBeds() {
  const d = new Doc('hostel_beds'); const h = pickHotel(['hostel']);
  const D = rdate();
  const head = ['床位', '姓名', '国籍', '证件', '证件号', '邮箱', '入住', '退房', '已付', '来源'];
  const rows = []; const n = ri(6, 18);
  for (let i = 0; i < n; i++) {
    const bed = d.x('bed_no', `${ri(2, 5)}${pad(ri(1, 12))}-${ri(1, 8)}${pick(['上', '下', ''])}`); const st = stay(addDays(D, -ri(0, 2)));
    if (chance(0.35)) { const f = foreignGuest(d); rows.push([bed, f.name, f.nat, '护照', f.pp, chance(0.7) ? d.E_(f.email) : '', fdt(st.ci, 'date'), fdt(st.co, 'date'), d.x('price', String(ri(45, 120) * st.n)), pick(['Hostelworld', 'Booking', 'Agoda', 'Walk-in'])]); continue; }
    const p = d.person({ minY: 1990, maxY: 2005 });
    rows.push([bed, d.N(p), '中国', '身份证', d.I(p.id), chance(0.5) ? d.E_(p.email) : '', fdt(st.ci, 'date'), fdt(st.co, 'date'), d.x('price', String(ri(45, 120) * st.n)), pick(['携程', '美团', '小红书', '前台'])]);
  }
  return [d, `${d.hotel(h)}  Bed list / 床位表  ${ymd(D)}\n` + table(head, rows, pick(['fixed', 'csv', 'tsv'])) + `\n\nWiFi: ${d.x('wifi_password', wifiPw(h))}   前台 Reception: ${d.hotelTel(h, pick(['i', 'd']))}`];
}

// 26 blacklist notice
function genBlacklist() {
  const d = new Doc('blacklist_notice'); const h = pickHotel(['hotel']);
  const D = rdate(); const n = ri(2, 7);
  const head = ['序号', '姓名', '身份证号', '手机', '事由', '登记门店'];
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = d.person();
    rows.push([String(i + 1), d.N(p), chance(0.8) ? d.I(p.id) : d.x('masked_id', maskId(p.id)), chance(0.7) ? d.M(p.mobile) : '', pick(['逃单未结房费', '损坏房间设施拒不赔偿', '殴打员工', '房内聚众赌博，已报警', '多次恶意差评敲诈', '使用他人证件入住']), d.x('hotel_name', pick(HOTELS).short)]);
  }
  const mgr = d.person({ minY: 1970, maxY: 1990 });
  const L = ['关于将以下人员列入集团客人黑名单的通知', `${d.x('doc_no', '运营发〔' + D.y + '〕' + ri(10, 99) + '号')}`, '', '各门店：',
    `经核实，以下人员在入住期间存在违规行为，现列入集团黑名单。前台办理入住时如遇以下人员，请婉拒并报告${d.x('staff_title', '值班经理')}，必要时报警。`, '',
    table(head, rows, pick(['pipe', 'fixed', 'tsv'])), '', `运营管理中心  ${ymd(D)}`, `联系人：${d.N(mgr)}  ${d.M(mgr.mobile)}`];
  return [d, L.join('\n')];
}

// 27 staff roster with salary cards
function genStaffRoster() {
  const d = new Doc('staff_roster'); const h = pickHotel(['hotel', 'hotel', 'bnb']);
  const head = ['工号', '姓名', '部门', '岗位', '手机', '身份证号', '工资卡号', '开户行', '入职日期', '紧急联系人', '紧急联系电话'];
  const rows = []; const n = ri(5, 14);
  for (let i = 0; i < n; i++) {
    const p = d.person({ minY: 1968, maxY: 2004 }); const ec = d.person({ minY: 1950, maxY: 2000 });
    const r = rand(); const card = r < 0.85 ? d.C(p.card, pick(['plain', 'plain', 'sp'])) : d.x('masked_card', maskCard(p.card));
    rows.push([d.x('employee_no', 'E' + pad(ri(1, 9999), 5)), d.N(p), pick(['前厅部', '客房部', '餐饮部', '工程部', '保安部', '财务部']), d.x('job_title', pick(['前台接待', '礼宾', '夜审', '大堂副理', '收银', '客房服务员', '领班', '工程维修'])), d.M(p.mobile), d.I(p.id), card, bankOf(p.card), ymd({ y: ri(2016, 2024), m: ri(1, 12), d: ri(1, 28) }), d.N(ec), d.M(ec.mobile)]);
  }
  return [d, `${d.hotel(h)} 员工花名册（人事部 ${ri(2023, 2024)}年${ri(1, 12)}月更新）\n` + table(head, rows, pick(['csv', 'tsv', 'pipe']))];
}

// 28 meeting minutes
function genMinutes() {
  const d = new Doc('meeting_minutes'); const h = pickHotel(['hotel']);
  const D = rdate(); const ps = staff(d, ri(4, 7));
  const L = [`${d.hotel(h, true)} 前厅部周例会纪要`, `时间：${ymd(D)} 14:00-15:10   地点：${d.x('place', pick(['三楼会议室', '行政办公室', '锦绣厅']))}`, `参会人员：${ps.map((p) => d.N(p)).join('、')}`, `记录：${ps[ps.length - 1].name}`, ''];
  const t = [
    () => `1. 上周出租率${ri(62, 95)}%，ADR ${d.x('price', price())}元，${d.x('channel', pick(['携程', '美团', '飞猪']))}渠道占比${ri(30, 60)}%。${d.Nd(ps[0])}提出${d.x('room_type', pick(ROOM_TYPES))}周末价可以上调。`,
    () => `2. 上周收到差评${ri(1, 5)}条，主要集中在隔音和早餐，${d.Nd(ps[1])}负责逐条回复，工程部评估${d.x('room_type', pick(ROOM_TYPES))}加装隔音条。`,
    () => `3. 公安检查提醒：所有入住客人必须“一人一证”上传，同住人也要登记，不得用${d.x('name_position_word', pick(['钟点房', '常住客', '自用房']))}名义不登记入住。`,
    () => `4. ${d.x('brand', pick(BRANDS))}在附近新开一家店，${d.Nd(ps[2])}建议对${d.x('company', company(h.reg))}等协议客户做一次回访。`,
    () => `5. 夜班${d.Nd(pick(ps))}反映${d.x('place', pick(['黄山', '周庄', '张家界', '陆家嘴', '王府井']))}方向的旅行团经常凌晨到店，需要提前做好房卡。`,
    () => { const p = d.person(); return `6. 上月${d.Nd(p)}先生（常住客）投诉的事情已处理完毕，退款已转至客人卡号${d.x('masked_card', maskCard(p.card))}。`; },
    () => `7. 下月起押金统一改为${pick(['免押（信用住）', '预授权500', '微信扫码'])}，${d.x('software', pick(['绿云', '西软', '石基']))}系统参数由IT调整。`,
  ];
  sample(t.map((_, i) => i), ri(4, 6)).sort((a, b) => a - b).forEach((i) => L.push(t[i]()));
  L.push('', `下次例会：${ymd(addDays(D, 7))}`);
  return [d, L.join('\n')];
}

// 29 corporate booking form (fax / email)
function genBookingForm() {
  const d = new Doc('corporate_booking_form'); const h = pickHotel(['hotel']);
  const D = rdate(); const creg = h.reg; const co = company(creg); const ctc = d.person({ minY: 1975, maxY: 1998 });
  const tel = { area: h.area, num: String(ri(5, 8)) + digits(7) };
  const gs = Array.from({ length: ri(1, 6) }, () => d.person());
  const L = [`客房预订单 RESERVATION FORM`, `致：${d.hotel(h)} 预订部`, `发自：${d.x('company', co)} ${pick(['行政部', '综合办', '人力资源部'])}`,
    `联系人：${d.N(ctc)}    电话：${d.T(tel, pick(['d', 'p', 'fwp', 's']))}    手机：${d.M(ctc.mobile, pick(['plain', 'dash', 'sp']))}`, `邮箱：${d.E_(ctc.email)}`, `协议编号：${d.x('contract_no', 'XY-' + ri(2022, 2024) + '-' + pad(ri(1, 200), 3))}`, '',
    '入住人          房型          间数   入住日期     离店日期     备注'];
  for (const g of gs) { const st = stay(addDays(D, ri(1, 14))); L.push(`${padR(d.N(g), 16)}${padR(d.rtype(h), 14)}${padR('1', 7)}${padR(fdt(st.ci, 'date'), 13)}${padR(fdt(st.co, 'date'), 13)}${pick(['含早', '不含早', '需发票', '高楼层'])}${chance(0.3) ? ' 手机' + d.M(g.mobile) : ''}`); }
  L.push('', `付款方式：${pick(['公司挂账（月结）', '客人自付', '房费挂账，杂费自理'])}`, `请于收到后回传确认，谢谢！`, `经办人签字：${ctc.name}     日期：${ymd(D)}`);
  return [d, L.join('\n')];
}

// 30 OTA review + reply
function genReviewReply() {
  const d = new Doc('ota_review_reply'); const h = pickHotel();
  const D = rdate(); const mgr = d.person({ minY: 1978, maxY: 1995 }); const blocks = [];
  for (let i = 0; i < ri(2, 5); i++) {
    const user = chance(0.5) ? d.x('masked_username', pick(['M', 'E', '_WeChat', 'm']) + digits(2) + '****' + digits(2)) : d.x('nickname', pick(NICKS));
    const fd = d.person({ minY: 1990, maxY: 2003 });
    const text = pick([
      () => `位置很好，离${d.x('place', CITY_SPOT[h.city] || '地铁站')}很近。前台${d.Nd(fd)}服务很热情，还帮忙升级了${d.rtype(h)}。`,
      () => `隔音一般，隔壁半夜很吵。早餐品种少。`,
      () => `房间干净，床很舒服，${d.x('product', pick(['戴森吹风机', '欧舒丹洗护', '华为智慧屏']))}好评！下次还会再来。`,
      () => `办理入住等了很久，前台只有一个人。`,
    ])();
    blocks.push(`${user}  ${pick(['5.0', '4.8', '4.0', '3.0', '2.0'])}分  ${d.rtype(h)}  ${ymd(addDays(D, -ri(1, 20)))}入住\n${text}\n\n酒店回复：亲爱的宾客，感谢您选择${h.short}！${pick(['您的建议我们已转达相关部门改进。', '期待您再次光临！', '给您带来不便深表歉意，我们已安排工程部排查。'])}\n——${d.x('staff_title', pick(['大堂经理', '前厅经理', '店长']))} ${d.N(mgr)}`);
  }
  return [d, `${d.hotel(h)} 点评管理 导出 ${ymd(D)}\n\n` + blocks.join('\n\n————————\n\n')];
}

// ================================================================ assemble
const KINDS = [
  [genPmsInhouse, 16], [genPmsDeparture, 9], [genPoliceXml, 11], [genPoliceLog, 11], [genKioskJson, 10], [genHandover, 14], [genCtripExport, 11],
  [genMeituanOrders, 10], [genMail, 13], [genMemberList, 12], [genDepositLog, 12], [genRefundRequest, 13], [genRefundLedger, 11], [genInvoiceRequest, 14],
  [genGroupRoster, 12], [genComplaint, 10], [genLostFound, 9], [genWechat, 16], [genWechatGroup, 6], [genBill, 9], [genOcrRegister, 12], [genSmsLog, 8],
  [genCorporateAccounts, 8], [genPosSlip, 8], [genHostelBeds, 8], [genBlacklist, 6], [genStaffRoster, 9], [genMinutes, 6], [genBookingForm, 8], [genReviewReply, 6],
];
const schedule = shuffle(KINDS.flatMap(([f, n]) => Array(n).fill(f)));
const docs = []; const counters = {};
for (const f of schedule) {
  const [d, text] = f();
  counters[d.kind] = (counters[d.kind] || 0) + 1;
  const entities = [...d.E.values()];
  const eKeys = new Set(d.E.keys());
  const dontCare = [...d.D.entries()].filter(([k]) => !eKeys.has(k)).map(([, v]) => v);
  const labelVals = [...entities, ...dontCare].map((e) => e.value.toUpperCase());
  // a short domain number that happens to sit inside a labelled value (room 8302 inside a mobile) is dropped as decoy
  // a decoy made for a column the chosen layout does not show is not part of the document
  const decoys = [...d.Z.values()].filter((z) => text.includes(z.text)).filter((z) => { const n = z.text.toUpperCase().replace(/[\s-]/g, ''); return !(/^[\dA-Z.]{1,12}$/.test(n) && labelVals.some((v) => v !== n && v.includes(n))); });
  docs.push({ id: `ht-${d.kind}-${counters[d.kind]}`, kind: d.kind, text, entities, dontCare, decoys });
}

// ================================================================ self-check
const errors = [];
const err = (doc, msg) => { if (errors.length < 5000) errors.push(`${doc.id}: ${msg}`); else errors.length++; };
function occurs(text, e) {
  const t = text.normalize('NFKC');
  if (e.detector === 'person_name_zh') return t.replace(/\s+/g, '').includes(e.value);
  if (e.detector === 'email') return t.toLowerCase().includes(e.value);
  const flat = t.replace(/[\s\-()（）+]/g, '').toUpperCase();
  if (flat.includes(e.value)) return true;
  if (e.detector === 'cn_resident_id') return flat.includes(e.value.slice(0, 6) + e.value.slice(8, 17));
  if (e.detector === 'cn_landline') return flat.includes('86' + e.value.slice(1));
  return false;
}
function validEntity(e) {
  const v = e.value;
  switch (e.detector) {
    case 'cn_resident_id': return isValidId(v) && PROV.has(v.slice(0, 2)) && !['81', '82', '83'].includes(v.slice(0, 2));
    case 'cn_mobile': return MOB_ALLOC(v);
    case 'bank_card': return /^\d{16,19}$/.test(v) && luhnOk(v);
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(v);
    case 'cn_uscc': return isValidUscc(v);
    case 'cn_landline': return /^(010|02[0-57-9])[2-9]\d{7}$/.test(v) || /^0(571|755|512|532)[2-9]\d{7}$/.test(v);
    case 'cn_passport': return /^E([A-HJ-NP-Z]\d{7}|\d{8})$/.test(v);
    case 'person_name_zh': return /^[\u4e00-\u9fa5·]{2,16}$/.test(v);
    default: return false;
  }
}
const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
for (const doc of docs) {
  const all = [...doc.entities, ...doc.dontCare];
  const has = (det, v) => all.some((e) => e.detector === det && e.value === v);
  for (const e of doc.entities) {
    if (!occurs(doc.text, e)) err(doc, `entity not in text ${e.detector} ${e.value}`);
    if (!validEntity(e)) err(doc, `entity invalid ${e.detector} ${e.value}`);
  }
  const entNames = doc.entities.filter((e) => e.detector === 'person_name_zh').map((e) => e.value);
  for (const z of doc.decoys) {
    if (!doc.text.includes(z.text)) err(doc, `decoy not in text: ${z.kind} ${z.text}`);
    const n = z.text.normalize('NFKC').replace(/[\s\-()]/g, '').toUpperCase();
    if (all.some((e) => e.value.toUpperCase() === n)) err(doc, `decoy equals a label: ${z.text}`);
    if (entNames.some((nm) => z.text.includes(nm))) err(doc, `decoy contains a name entity: ${z.text}`);
    if (MOB_ALLOC(n) || isValidId(n) || (/^\d{16,19}$/.test(n) && luhnOk(n) && /^(62|4|5[1-5]|81)/.test(n)) || (isValidUscc(n) && usccStruct(n))) err(doc, `decoy is a valid value: ${z.kind} ${z.text}`);
    if (/^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(n) && z.kind !== 'image_ref') err(doc, `decoy is an e-mail: ${z.text}`);
  }
  // unlabelled valid values in the text (continuous runs only)
  const t = doc.text.normalize('NFKC');
  const decoyNorm = new Set(doc.decoys.map((z) => z.text.normalize('NFKC').replace(/[\s-]/g, '')));
  for (const m of t.matchAll(/\d+[Xx]?/g)) {
    let r = m[0]; const end = m.index + r.length;
    if (/[0-9A-Za-z]/.test(t[end] || '') && /[Xx]$/.test(r)) r = r.slice(0, -1);
    const dig = r.replace(/[Xx]$/, '');
    if (decoyNorm.has(r)) continue;
    if (dig.length === 11 && MOB_ALLOC(dig) && !has('cn_mobile', dig)) err(doc, `unlabelled mobile ${dig}`);
    if (dig.length === 13 && dig.startsWith('86') && MOB_ALLOC(dig.slice(2)) && !has('cn_mobile', dig.slice(2))) err(doc, `unlabelled +86 mobile ${dig}`);
    if (r.length === 18 && /^\d{17}[\dXx]$/.test(r) && isValidId(r.toUpperCase()) && !has('cn_resident_id', r.toUpperCase())) err(doc, `unlabelled ID ${r}`);
    if (dig.length === 15 && PROV.has(dig.slice(0, 2)) && validDate(1900 + +dig.slice(6, 8), +dig.slice(8, 10), +dig.slice(10, 12))) {
      const b = dig.slice(0, 6) + '19' + dig.slice(6); const up = b + idCheck(b);
      if (!has('cn_resident_id', up)) err(doc, `unlabelled legacy-ID-like run ${dig}`);
    }
    if (dig.length >= 16 && dig.length <= 19 && luhnOk(dig) && /^(62|4|5[1-5]|81|35)/.test(dig) && !has('bank_card', dig) && !has('cn_resident_id', r.toUpperCase())) err(doc, `unlabelled card ${dig}`);
  }
  for (const m of t.toUpperCase().matchAll(/[0-9A-Z]{18}/g)) {
    const b = t.toUpperCase()[m.index - 1] || '', a = t.toUpperCase()[m.index + 18] || '';
    if (/[0-9A-Z]/.test(b) || /[0-9A-Z]/.test(a)) continue;
    if (isValidUscc(m[0]) && usccStruct(m[0]) && !has('cn_uscc', m[0]) && !/^\d{17}[\dX]$/.test(m[0])) err(doc, `unlabelled USCC ${m[0]}`);
  }
  for (const m of t.matchAll(EMAIL_RE)) {
    const v = m[0].toLowerCase();
    if (!has('email', v) && !doc.decoys.some((z) => z.text.includes(m[0]))) err(doc, `unlabelled email ${m[0]}`);
  }
}

// ================================================================ summary + output
const byKind = {}, byDet = {}, dcDet = {}, byDecoy = {};
for (const doc of docs) {
  byKind[doc.kind] = (byKind[doc.kind] || 0) + 1;
  for (const e of doc.entities) byDet[e.detector] = (byDet[e.detector] || 0) + 1;
  for (const e of doc.dontCare) dcDet[e.detector] = (dcDet[e.detector] || 0) + 1;
  for (const z of doc.decoys) byDecoy[z.kind] = (byDecoy[z.kind] || 0) + 1;
}
const need = { person_name_zh: 400, cn_mobile: 150, cn_resident_id: 150, bank_card: 150, email: 150 };
for (const [k, n] of Object.entries(need)) if ((byDet[k] || 0) < n) errors.push(`too few ${k}: ${byDet[k] || 0} < ${n}`);
const totE = Object.values(byDet).reduce((a, b) => a + b, 0), totZ = Object.values(byDecoy).reduce((a, b) => a + b, 0);
if (totZ < totE) errors.push(`fewer decoys (${totZ}) than entities (${totE})`);
if (Object.keys(byKind).length < 15) errors.push('fewer than 15 kinds');

const show = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k.padEnd(26)} ${v}`).join('\n');
console.log(`documents: ${docs.length} in ${Object.keys(byKind).length} kinds\n${show(byKind)}`);
console.log(`entities per detector (total ${totE}):\n${show(byDet)}`);
console.log(`dontCare per detector:\n${show(dcDet)}`);
console.log(`decoys per kind (total ${totZ}):\n${show(byDecoy)}`);
if (errors.length) { console.error(`SELF-CHECK FAILED (${errors.length}):\n` + errors.join('\n')); process.exit(1); }
writeFileSync(OUT, docs.map((x) => JSON.stringify(x)).join('\n') + '\n');
console.log(`self-check ok; wrote ${docs.length} documents to ${OUT}`);
