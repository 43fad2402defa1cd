#!/usr/bin/env node
/*
 * livestream.mjs — independent labelled test corpus for listguard:
 * livestream e-commerce (直播带货) and its back office.
 *
 * Theme: 抖店 / 快手小店 order exports (收件人, 手机, 地址, order and waybill
 * numbers), ERP XML, shop-API JSON, 电子面单 print batches, 主播 / 助播 contracts
 * and commission payouts to bank cards, 粉丝团 / VIP buyer lists, 售后 tickets,
 * 达人 cooperation sheets with 经纪人 contacts, 样品 dispatch lists, 弹幕 logs,
 * customer-service chats, MCN staff rosters, refund and chargeback lists,
 * 实名认证 records, OCR'd screenshots, mails, SMS logs, meeting minutes,
 * 风控 blacklists, settlement logs, invoice requests, 福袋 winner lists.
 *
 * Usage:   node livestream.mjs OUT.jsonl
 * Output:  one JSON object per line
 *   {"id":"lv-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],  // must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],  // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}         // must NOT be reported under any detector
 * Normalisation of values: cn_resident_id 18 chars, upper-case X (a legacy
 * 15-digit number is labelled as its 18-char upgrade); cn_mobile 11 digits
 * without +86 or separators; cn_landline digits incl. leading 0 and area code,
 * no separators, no extension; email lower-case; bank_card digits only;
 * cn_passport / cn_uscc upper-case; person_name_zh as written without spaces
 * or titles. Decoys carry their exact text as written.
 *
 * Decoys of this domain: 抖音/快手 order numbers, sub-order numbers, waybill
 * numbers, SKU / product / 商家编码, room IDs, 抖音号 / 快手号, author IDs,
 * amounts, timestamps (text, epoch s and ms), payment transaction numbers,
 * Alipay user IDs, IMEIs, masked values, typo'd / invalid numbers, nicknames,
 * stage names, shop, brand, product and company names, job posts and everyday
 * words that start with a surname character.
 *
 * Deterministic: own mulberry32 PRNG with a fixed seed, no clock, no I/O
 * except OUT. Ends with a self-check (exit 1 on failure) and a summary.
 *
 * Written in session 30 by a helper that never read src/, rules/ or test/,
 * from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x1b5e2403);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const p2 = (n) => String(n).padStart(2, '0');
const shuffle = (a) => { const b = a.slice(); for (let i = b.length - 1; i > 0; i--) { const j = ri(0, i); [b[i], b[j]] = [b[j], b[i]]; } return b; };
const fw = (s) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const money = (x) => x.toFixed(2);
const moneyC = (x) => x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

// ---------------------------------------------------------------- check algorithms
const W_ID = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += +b17[i] * W_ID[i]; return '10X98765432'[s % 11]; }
function luhnOk(s) { let sum = 0, alt = false; for (let i = s.length - 1; i >= 0; i--) { let d = +s[i]; if (alt) { d *= 2; if (d > 9) d -= 9; } sum += d; alt = !alt; } return sum % 10 === 0; }
function luhnComplete(body) { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return body + c; throw new Error('luhn'); }
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(s17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(s17[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; }
const OW = [3, 7, 9, 10, 5, 8, 4, 2];
function orgCheck(s8) { let s = 0; for (let i = 0; i < 8; i++) { const c = s8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * OW[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
const dim = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const MOBILE_RE = /^1(3\d|4[57]|5[0-35-9]|6[25-7]|7[0-35-8]|8\d|9[0-35-9])\d{8}$/;
const EMAIL_RE = /[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}/gi;

// ---------------------------------------------------------------- regions (GB/T 2260, long-lived county codes)
const REG = [
  ['110101', '北京市', '', '东城区'], ['110102', '北京市', '', '西城区'], ['110105', '北京市', '', '朝阳区'], ['110108', '北京市', '', '海淀区'],
  ['120101', '天津市', '', '和平区'], ['120103', '天津市', '', '河西区'], ['130102', '河北省', '石家庄市', '长安区'], ['130104', '河北省', '石家庄市', '桥西区'],
  ['130302', '河北省', '秦皇岛市', '海港区'], ['131002', '河北省', '廊坊市', '安次区'], ['140105', '山西省', '太原市', '小店区'], ['140202', '山西省', '大同市', '城区'],
  ['150102', '内蒙古自治区', '呼和浩特市', '新城区'], ['150203', '内蒙古自治区', '包头市', '昆都仑区'], ['210102', '辽宁省', '沈阳市', '和平区'],
  ['210106', '辽宁省', '沈阳市', '铁西区'], ['210202', '辽宁省', '大连市', '中山区'], ['220102', '吉林省', '长春市', '南关区'], ['230102', '黑龙江省', '哈尔滨市', '道里区'],
  ['230103', '黑龙江省', '哈尔滨市', '南岗区'], ['310101', '上海市', '', '黄浦区'], ['310104', '上海市', '', '徐汇区'], ['310115', '上海市', '', '浦东新区'],
  ['320102', '江苏省', '南京市', '玄武区'], ['320106', '江苏省', '南京市', '鼓楼区'], ['320311', '江苏省', '徐州市', '泉山区'], ['321002', '江苏省', '扬州市', '广陵区'],
  ['320582', '江苏省', '苏州市', '张家港市'], ['330102', '浙江省', '杭州市', '上城区'], ['330106', '浙江省', '杭州市', '西湖区'], ['330203', '浙江省', '宁波市', '海曙区'],
  ['330302', '浙江省', '温州市', '鹿城区'], ['330382', '浙江省', '温州市', '乐清市'], ['330782', '浙江省', '金华市', '义乌市'], ['340102', '安徽省', '合肥市', '瑶海区'],
  ['340104', '安徽省', '合肥市', '蜀山区'], ['350102', '福建省', '福州市', '鼓楼区'], ['350203', '福建省', '厦门市', '思明区'], ['350582', '福建省', '泉州市', '晋江市'],
  ['360102', '江西省', '南昌市', '东湖区'], ['360502', '江西省', '新余市', '渝水区'], ['370102', '山东省', '济南市', '历下区'], ['370202', '山东省', '青岛市', '市南区'],
  ['370303', '山东省', '淄博市', '张店区'], ['370602', '山东省', '烟台市', '芝罘区'], ['370781', '山东省', '潍坊市', '青州市'], ['410102', '河南省', '郑州市', '中原区'],
  ['410105', '河南省', '郑州市', '金水区'], ['410184', '河南省', '郑州市', '新郑市'], ['410305', '河南省', '洛阳市', '涧西区'], ['411102', '河南省', '漯河市', '源汇区'],
  ['411302', '河南省', '南阳市', '宛城区'], ['420102', '湖北省', '武汉市', '江岸区'], ['420106', '湖北省', '武汉市', '武昌区'], ['420111', '湖北省', '武汉市', '洪山区'],
  ['421002', '湖北省', '荆州市', '沙市区'], ['430102', '湖南省', '长沙市', '芙蓉区'], ['430104', '湖南省', '长沙市', '岳麓区'], ['430602', '湖南省', '岳阳市', '岳阳楼区'],
  ['431002', '湖南省', '郴州市', '北湖区'], ['440103', '广东省', '广州市', '荔湾区'], ['440104', '广东省', '广州市', '越秀区'], ['440106', '广东省', '广州市', '天河区'],
  ['440303', '广东省', '深圳市', '罗湖区'], ['440304', '广东省', '深圳市', '福田区'], ['440305', '广东省', '深圳市', '南山区'], ['440402', '广东省', '珠海市', '香洲区'],
  ['441302', '广东省', '惠州市', '惠城区'], ['450102', '广西壮族自治区', '南宁市', '兴宁区'], ['450103', '广西壮族自治区', '南宁市', '青秀区'], ['450302', '广西壮族自治区', '桂林市', '秀峰区'],
  ['500103', '重庆市', '', '渝中区'], ['500106', '重庆市', '', '沙坪坝区'], ['510104', '四川省', '成都市', '锦江区'], ['510107', '四川省', '成都市', '武侯区'],
  ['510108', '四川省', '成都市', '成华区'], ['510302', '四川省', '自贡市', '自流井区'], ['511102', '四川省', '乐山市', '市中区'], ['520102', '贵州省', '贵阳市', '南明区'],
  ['530102', '云南省', '昆明市', '五华区'], ['530103', '云南省', '昆明市', '盘龙区'], ['540102', '西藏自治区', '拉萨市', '城关区'], ['610103', '陕西省', '西安市', '碑林区'],
  ['610113', '陕西省', '西安市', '雁塔区'], ['620102', '甘肃省', '兰州市', '城关区'], ['630102', '青海省', '西宁市', '城东区'], ['640104', '宁夏回族自治区', '银川市', '兴庆区'],
  ['650102', '新疆维吾尔自治区', '乌鲁木齐市', '天山区'], ['650104', '新疆维吾尔自治区', '乌鲁木齐市', '新市区'],
].map(([code, prov, pref, county]) => ({ code, prov, city: pref || prov, county }));
const REGION_CODES = new Set(REG.map((r) => r.code));
const XJ = REG.filter((r) => r.code.startsWith('65'));

// ---------------------------------------------------------------- names
const SURNAMES = [
  ['王', 'wang', 9], ['李', 'li', 9], ['张', 'zhang', 8], ['刘', 'liu', 7], ['陈', 'chen', 7], ['杨', 'yang', 4], ['黄', 'huang', 4], ['赵', 'zhao', 4],
  ['吴', 'wu', 3], ['周', 'zhou', 3], ['徐', 'xu', 2], ['孙', 'sun', 2], ['马', 'ma', 2], ['朱', 'zhu', 2], ['胡', 'hu', 2], ['郭', 'guo', 2], ['何', 'he', 2],
  ['高', 'gao', 2], ['林', 'lin', 2], ['罗', 'luo', 2], ['郑', 'zheng', 2], ['梁', 'liang', 2], ['谢', 'xie', 1], ['宋', 'song', 1], ['唐', 'tang', 1],
  ['许', 'xu', 1], ['韩', 'han', 1], ['冯', 'feng', 1], ['邓', 'deng', 1], ['曹', 'cao', 1], ['彭', 'peng', 1], ['曾', 'zeng', 1], ['肖', 'xiao', 1],
  ['田', 'tian', 1], ['董', 'dong', 1], ['袁', 'yuan', 1], ['潘', 'pan', 1], ['于', 'yu', 1], ['蒋', 'jiang', 1], ['蔡', 'cai', 1], ['余', 'yu', 1],
  ['杜', 'du', 1], ['叶', 'ye', 1], ['程', 'cheng', 1], ['苏', 'su', 1], ['魏', 'wei', 1], ['吕', 'lv', 1], ['丁', 'ding', 1], ['任', 'ren', 1],
  ['沈', 'shen', 1], ['姚', 'yao', 1], ['卢', 'lu', 1], ['姜', 'jiang', 1], ['崔', 'cui', 1], ['钟', 'zhong', 1], ['谭', 'tan', 1], ['陆', 'lu', 1],
  ['汪', 'wang', 1], ['范', 'fan', 1], ['金', 'jin', 1], ['石', 'shi', 1], ['廖', 'liao', 1], ['贾', 'jia', 1], ['夏', 'xia', 1], ['韦', 'wei', 1],
  ['付', 'fu', 1], ['方', 'fang', 1], ['白', 'bai', 1], ['邹', 'zou', 1], ['孟', 'meng', 1], ['熊', 'xiong', 1], ['秦', 'qin', 1], ['邱', 'qiu', 1],
  ['江', 'jiang', 1], ['尹', 'yin', 1], ['薛', 'xue', 1], ['闫', 'yan', 1], ['段', 'duan', 1], ['雷', 'lei', 1], ['侯', 'hou', 1], ['龙', 'long', 1],
  ['史', 'shi', 1], ['黎', 'li', 1], ['贺', 'he', 1], ['顾', 'gu', 1], ['毛', 'mao', 1], ['郝', 'hao', 1], ['龚', 'gong', 1], ['邵', 'shao', 1],
  ['万', 'wan', 1], ['钱', 'qian', 1], ['覃', 'qin', 1], ['武', 'wu', 1], ['戴', 'dai', 1], ['孔', 'kong', 1], ['易', 'yi', 1], ['常', 'chang', 1],
  ['安', 'an', 1], ['向', 'xiang', 1], ['文', 'wen', 1], ['欧阳', 'ouyang', 1], ['上官', 'shangguan', 0.3], ['司马', 'sima', 0.3], ['诸葛', 'zhuge', 0.3],
  ['司徒', 'situ', 0.3], ['令狐', 'linghu', 0.3], ['皇甫', 'huangfu', 0.3], ['慕容', 'murong', 0.2],
];
const SUR_TOTAL = SURNAMES.reduce((a, s) => a + s[2], 0);
function pickSurname() { let x = rnd() * SUR_TOTAL; for (const s of SURNAMES) { x -= s[2]; if (x <= 0) return s; } return SURNAMES[0]; }
const GIVEN_F = '丽li 娜na 敏min 静jing 艳yan 娟juan 霞xia 秀xiu 芳fang 婷ting 雪xue 琳lin 晶jing 欣xin 怡yi 佳jia 悦yue 涵han 思si 雨yu 梦meng 瑶yao 嘉jia 诗shi 颖ying 倩qian 蕾lei 琪qi 璐lu 莉li 露lu 薇wei 慧hui 晓xiao 燕yan 彤tong 馨xin 妍yan 蓉rong 媛yuan 凤feng 玲ling 桂gui 兰lan 萍ping 红hong 春chun 梅mei 月yue 丹dan 婉wan 欢huan 洁jie 淑shu 萌meng 岚lan 茜qian 楠nan 珊shan 琴qin 若ruo 可ke 云yun'.split(' ').map((x) => [x[0], x.slice(1)]);
const GIVEN_M = '伟wei 强qiang 磊lei 军jun 洋yang 勇yong 杰jie 涛tao 超chao 刚gang 鹏peng 飞fei 辉hui 宇yu 浩hao 凯kai 俊jun 博bo 晨chen 阳yang 帅shuai 鑫xin 铭ming 泽ze 瑞rui 昊hao 航hang 锋feng 亮liang 坤kun 斌bin 彬bin 峰feng 波bo 辰chen 轩xuan 子zi 梓zi 睿rui 祥xiang 建jian 国guo 志zhi 海hai 明ming 华hua 文wen 永yong 德de 宏hong 兵bing 毅yi 东dong 林lin 振zhen 家jia 天tian 一yi'.split(' ').map((x) => [x[0], x.slice(1)]);
const MINORITY = [
  ['阿依古丽·买买提', 'ayiguli'], ['迪丽娜尔·艾山', 'dilinaer'], ['古丽米拉·吐尔逊', 'gulimila'], ['艾克拜尔·热合曼', 'aikebaier'],
  ['热依拉·阿不都', 'reyila'], ['买买提江·吾守尔', 'maimaitijiang'], ['努尔古丽·艾买提', 'nuerguli'], ['扎西次仁', 'zhaxiciren'], ['格桑卓玛', 'gesangzhuoma'],
];
// combinations that are also everyday words, brands or known decoys in this corpus
const NAME_STOP = new Set(['叶子', '夏天', '金金', '石头', '安琪', '方方', '程序', '安全', '方案', '马上', '周一', '常温', '白象', '万家', '史丹', '程氏', '安井', '陈年', '江南', '李宁', '高明', '高兴', '安静', '文明', '华丽', '黄金', '白雪', '金鑫', '常春', '江海', '马超', '石林', '田园', '方可', '于是', '向阳', '文静', '安宁', '龙华', '易欣']);
const usedNames = new Set();
function genName(sex, allowMinority = true) {
  for (;;) {
    if (allowMinority && chance(0.012)) { const m = pick(MINORITY); return { name: m[0], sur: m[0].slice(0, 1), py: [m[1]], minority: true }; }
    const s = pickSurname();
    const pool = sex === 'F' ? (chance(0.85) ? GIVEN_F : GIVEN_M) : (chance(0.9) ? GIVEN_M : GIVEN_F);
    const n = chance(s[0].length === 2 ? 0.55 : 0.3) ? 1 : 2;
    const g = []; for (let i = 0; i < n; i++) g.push(pick(pool));
    if (n === 2 && g[0][0] === g[1][0] && chance(0.7)) continue;
    const name = s[0] + g.map((x) => x[0]).join('');
    if (NAME_STOP.has(name)) continue;
    if (usedNames.has(name) && chance(0.8)) continue;
    usedNames.add(name);
    return { name, sur: s[0], py: [s[1], ...g.map((x) => x[1])] };
  }
}

// ---------------------------------------------------------------- numbers
const MOB_PREFIX = [
  ...'130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159 180 181 182 183 184 185 186 187 188 189'.split(' ').flatMap((p) => [p, p]),
  ...'145 147 166 167 162 165 171 172 173 175 176 177 178 190 191 193 195 196 197 198 199 192'.split(' '),
];
function genMobile() { return pick(MOB_PREFIX) + digits(8); }
function genVirtual() { return pick(['170', '171']) + digits(8); }
function birth(minY, maxY) { const y = ri(minY, maxY), m = ri(1, 12), d = ri(1, dim(y, m)); return { y, m, d }; }
function makeID(code, b, sex) {
  let seq = ri(0, 99) * 10 + (sex === 'M' ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]));
  const body = code + b.y + p2(b.m) + p2(b.d) + String(seq).padStart(3, '0');
  return body + idCheck(body);
}
const BINS = [
  ['622202', '中国工商银行', 19, 'ICBC'], ['621226', '中国工商银行', 19, 'ICBC'], ['622848', '中国农业银行', 19, 'ABC'], ['623052', '中国农业银行', 19, 'ABC'],
  ['621700', '中国建设银行', 19, 'CCB'], ['622700', '中国建设银行', 19, 'CCB'], ['621661', '中国银行', 19, 'BOC'], ['621785', '中国银行', 19, 'BOC'],
  ['622262', '交通银行', 19, 'COMM'], ['622588', '招商银行', 16, 'CMB'], ['621483', '招商银行', 16, 'CMB'], ['622908', '兴业银行', 18, 'CIB'],
  ['621799', '中国邮政储蓄银行', 19, 'PSBC'], ['622188', '中国邮政储蓄银行', 19, 'PSBC'], ['622609', '中国民生银行', 16, 'CMBC'], ['622155', '平安银行', 16, 'PAB'],
  ['625807', '中国工商银行', 16, 'ICBC'], ['623668', '中国建设银行', 19, 'CCB'],
];
function genCard(bin = pick(BINS)) { return luhnComplete(bin[0] + digits(bin[2] - 7)); }
function bankOf(card) { const b = BINS.find((x) => card.startsWith(x[0])); return b ? b[1] : '中国银行'; }
function bankCodeOf(card) { const b = BINS.find((x) => card.startsWith(x[0])); return b ? b[3] : 'BOC'; }
function genUSCC(regionCode) {
  const body = chance(0.8) ? 'MA' + Array.from({ length: 6 }, () => pick(UA.slice(0, 31))).join('') : String(ri(1, 9)) + digits(7);
  const s17 = pick(['91', '91', '91', '92']) + regionCode + body + orgCheck(body);
  return s17 + usccCheck(s17);
}
function genPassport() { return chance(0.5) ? 'E' + digits(8) : 'E' + pick('ABCDEFGHJKLMNPQRSTUVWXYZ'.split('')) + digits(7); }

// ---------------------------------------------------------------- addresses
const STREETS = ['文三路', '人民路', '解放路', '中山路', '建设路', '新华路', '和平街', '长江路', '黄河路', '学院路', '东风路', '朝阳路', '光明路', '幸福路', '滨江大道', '金沙江路', '紫荆路', '银杏大道', '南京东路', '青年路', '工农路', '育才路'];
const COMPOUNDS = ['阳光花园', '锦绣家园', '翠苑一区', '万科城', '碧桂园', '金地名悦', '华府名苑', '幸福里小区', '滨江花园', '新城国际', '世纪城', '绿城桂花园', '保利香槟国际', '东方明珠苑', '龙湖天街公寓'];
const TOWNS = ['城关街道', '东湖街道', '新华街道', '南苑街道', '北站街道', '和平街道', '中心街道', '胜利街道', '文新街道', '江南街道', '城南街道'];
function genAddr(r = pick(REG)) {
  const tail = chance(0.12) ? pick(['菜鸟驿站', '(放快递柜)', '门卫室', '丰巢柜', '公司前台']) : '';
  const detail = chance(0.2)
    ? `${pick(STREETS)}${ri(1, 999)}号${pick(['星光大厦', '创业园', '电商产业园', '国际商务中心'])}${ri(2, 28)}楼${ri(1, 30)}0${ri(1, 9)}${tail}`
    : `${pick(STREETS)}${ri(1, 899)}号${pick(COMPOUNDS)}${ri(1, 32)}栋${ri(1, 4)}单元${ri(1, 28)}0${ri(1, 6)}室${tail}`;
  const town = pick(TOWNS);
  const cityPart = r.city === r.prov ? '' : r.city;
  return { code: r.code, prov: r.prov, city: r.city, county: r.county, town, detail, full: `${r.prov}${cityPart}${r.county}${detail}`, fullSp: `${r.prov} ${r.city} ${r.county} ${detail}` };
}

// ---------------------------------------------------------------- e-mail
function genEmail(p, domain) {
  const py = p.py;
  const full = py.join('');
  const ini = py[0] + py.slice(1).map((x) => x[0]).join('');
  const given = py.length > 1 ? `${py.slice(1).join('')}.${py[0]}` : full + '.' + ri(1, 9);
  if (domain) return pick([full, ini, given, full + ri(1, 99)]) + '@' + domain;
  const r = rnd();
  if (r < 0.34) return String(ri(1, 9)) + digits(ri(5, 9)) + '@qq.com';
  if (r < 0.56) return `${full}${pick([String(p.b.y), String(p.b.y).slice(2), p2(p.b.m) + p2(p.b.d), String(ri(1, 999))])}@${pick(['163.com', '126.com', '163.com'])}`;
  if (r < 0.64) return `${ini}${ri(10, 9999)}@${pick(['sina.com', 'sohu.com', 'sina.cn', 'yeah.net'])}`;
  if (r < 0.72) return `${p.mobile}@${pick(['163.com', '139.com', '139.com'])}`;
  if (r < 0.84) return `${given}@${pick(['outlook.com', 'gmail.com', 'foxmail.com', 'hotmail.com'])}`;
  return `${full}_${ri(1, 9999)}@${pick(['yeah.net', 'aliyun.com', 'foxmail.com', '126.com'])}`;
}

// ---------------------------------------------------------------- persons
function newPerson(o = {}) {
  const sex = o.sex || (chance(o.female ?? 0.62) ? 'F' : 'M');
  const n = genName(sex, o.minority !== false);
  const r = pick(n.minority && n.name.includes('·') ? XJ : REG);
  const b = birth(o.minY ?? 1968, o.maxY ?? 2003);
  const p = { name: n.name, sur: n.sur, py: n.py, minority: !!n.minority, sex, b, region: r, id: makeID(r.code, b, sex), mobile: genMobile() };
  const bin = pick(BINS); p.card = genCard(bin); p.bank = bin[1];
  p.addr = genAddr(chance(0.3) ? r : pick(REG));
  p.email = genEmail(p, o.domain);
  return p;
}

// ---------------------------------------------------------------- domain vocab & decoy numbers
const COMPANIES = [
  { name: '杭州星耀文化传媒有限公司', short: '星耀传媒', domain: 'xingyaomcn.com', region: '330106', area: '0571', city: '杭州' },
  { name: '广州红人帮网络科技有限公司', short: '红人帮', domain: 'hongrenbang.cn', region: '440106', area: '020', city: '广州' },
  { name: '义乌市乐购电子商务有限公司', short: '乐购电商', domain: 'legou-ec.com', region: '330782', area: '0579', city: '义乌' },
  { name: '成都川妹子品牌管理有限公司', short: '川妹子', domain: 'cmzbrand.com', region: '510107', area: '028', city: '成都' },
  { name: '上海麦芽直播科技有限公司', short: '麦芽直播', domain: 'maiyalive.cn', region: '310104', area: '021', city: '上海' },
  { name: '深圳市好物星选供应链有限公司', short: '好物星选', domain: 'haowuxx.com', region: '440305', area: '0755', city: '深圳' },
  { name: '北京青禾文化传播有限公司', short: '青禾文化', domain: 'qinghe-media.com', region: '110105', area: '010', city: '北京' },
  { name: '武汉楚天优品电子商务有限公司', short: '楚天优品', domain: 'chutianyp.com', region: '420106', area: '027', city: '武汉' },
];
const BRANDS = [
  { name: '浙江山野优品食品有限公司', short: '山野优品', domain: 'shanyeyoupin.com', region: '330782', area: '0579', city: '义乌' },
  { name: '广东美研生物科技有限公司', short: '美研生物', domain: 'meiyan-bio.com', region: '440106', area: '020', city: '广州' },
  { name: '江苏暖阳家纺有限公司', short: '暖阳家纺', domain: 'nuanyang-home.com', region: '320582', area: '0512', city: '张家港' },
  { name: '福建晋味源食品有限公司', short: '晋味源', domain: 'jinweiyuan.cn', region: '350582', area: '0595', city: '晋江' },
  { name: '重庆渝香记食品有限公司', short: '渝香记', domain: 'yuxiangji.com', region: '500103', area: '023', city: '重庆' },
];
for (const c of [...COMPANIES, ...BRANDS]) c.uscc = genUSCC(c.region);
const SHOPS = ['星耀优选抖音旗舰店', '乐购生活馆', '川妹子零食铺', '麦芽好物官方店', '王姐家的特产店', '好物星选快手小店', '青禾甄选', '楚天优品直播间', '周家铺子', '老马家牛肉干'];
const PRODUCTS = [
  ['王小卤虎皮凤爪 200g*3袋', '王小卤', 'brand', 39.9], ['张小泉家用不锈钢剪刀三件套', '张小泉', 'brand', 59], ['周黑鸭锁鲜装鸭脖 280g', '周黑鸭', 'brand', 49.9],
  ['钟薛高轻牛乳冰淇淋 10片装', '钟薛高', 'brand', 88], ['王老吉凉茶 310ml*24罐', '王老吉', 'brand', 69], ['陈克明挂面 1kg*3', '陈克明', 'brand', 26.9],
  ['杨国福麻辣烫底料 3袋装', '杨国福', 'brand', 35.9], ['周大福足金转运珠手链', '周大福', 'brand', 1299], ['李宁运动短袖T恤 男款', '李宁', 'brand', 99],
  ['白象汤好喝方便面 5连包', '白象', 'brand', 19.9], ['金银花露 340ml*12瓶', '金银花露', 'product', 39.8], ['马蹄糕 400g 广式点心', '马蹄糕', 'product', 25.8],
  ['高山云雾绿茶 250g 2024新茶', '高山云雾', 'product', 128], ['黄桃罐头 425g*6罐', '黄桃罐头', 'product', 45.9], ['叶黄素酯软糖 60粒', '叶黄素', 'product', 79],
  ['石斛花茶 10g*2罐', '石斛花茶', 'product', 58], ['和田玉枣 特级 1kg', '和田玉枣', 'product', 49.9], ['夏威夷果 奶油味 500g', null, null, 35.9],
  ['云南鲜花饼 20枚', null, null, 39.9], ['新疆长绒棉四件套 1.8m床', null, null, 269], ['一次性洗脸巾 3卷装', null, null, 29.9],
  ['玻尿酸补水面膜 30片', null, null, 99], ['花西子空气蜜粉', '花西子', 'brand', 149], ['百草味坚果礼盒 1.5kg', '百草味', 'brand', 89],
  ['良品铺子猪肉脯 200g', '良品铺子', 'brand', 29.9], ['万家乐燃气热水器 16L', '万家乐', 'brand', 1699], ['常温纯牛奶 250ml*24盒', null, null, 59.9],
  ['程氏手工红糖 500g', '程氏', 'brand', 32], ['安井速冻水饺 1kg', '安井', 'brand', 27.9], ['史丹利复合肥 40kg', '史丹利', 'brand', 168],
];
const SPECS = ['默认', '原味', '香辣味 3袋', '【直播专享】买2送1', '红色 XL', '黑色 M', '10片装', '家庭装', '礼盒装', '单件', '2件套', '升级款'];
const DAREN_NICKS = ['甜心小鹿', '阿杰严选', '胖虎好物', '朵朵姐的小店', '疯狂大鹏哥', '小鹿姐姐', '农民哥哥老周', '川妹子阿香', '义乌小美', '减肥的咕咕', '东北老铁二哥', '宝妈小雨', '美食探店阿飞', '小杨臻选', '张大胆', '琦琦爱美妆', '大胃王小胖', '乡村小七', '小月亮好物', '老马说茶'];
const VIEWER_NICKS = ['小甜甜', '家人们冲鸭', '花花不爱吃香菜', '一只小橘子', '追风少年', '快乐星球', '云朵朵', '阿花', '胖虎', '奶茶续命', '宝妈日常', '小鹿乱撞0712', '柠檬不萌', '吃货小王子', '晴天娃娃', '半糖去冰', '月亮不睡我不睡', '木子李', '老周的日常', '王小萌萌', '江南烟雨', '陈年老醋', '金金的宝', '一颗大白菜', '安琪拉', '程序猿老张', '叶子', '石头哥', '方方土', '夏天的风'];
const RECV_NICKS = ['宝妈', '小宝', 'Lily', '亲', '小仙女', '收货人', '老板', '宝宝', 'Amy', '猪猪'];
const STAFF_NICKS = ['客服小美', '售后-阿伟', '客服-糖糖', '小七', '场控-阿杰', '运营小周', '仓库-小王', '客服-阿月', '中控-大鹏'];
const JOBS = ['场控', '中控', '助播', '主播', '金牌主播', '常驻主播', '高级运营', '运营主管', '投流专员', '付费投流', '选品经理', '短视频剪辑', '方案策划', '招商专员', '客服主管', '仓储专员', '商务BD'];
const COURIERS = [
  ['顺丰速运', () => 'SF' + ri(1, 4) + digits(12)], ['中通快递', () => pick(['73', '75', '78']) + digits(12)], ['圆通速递', () => 'YT' + ri(2, 9) + digits(12)],
  ['韵达快递', () => pick(['43', '46', '31']) + digits(13)], ['极兔速递', () => 'JT' + ri(3, 5) + digits(12)], ['申通快递', () => '77' + digits(13)],
  ['EMS', () => pick(['11', '98']) + digits(11)], ['京东快递', () => 'JDX0' + digits(11)], ['邮政快递包裹', () => '98' + digits(11)],
];
const waybill = () => { const c = pick(COURIERS); return { company: c[0], no: c[1]() }; };
const dyOrder = () => pick(['69', '69', '50', '48']) + digits(17);
const ksOrder = () => '24' + digits(14);
const roomId = () => '7' + ri(2, 3) + digits(17);
const productId = () => '36' + digits(17);
const authorId = () => String(ri(5, 9)) + digits(ri(10, 11));
const dyHandle = () => pick([() => pick(['dy', 'DY']) + Array.from({ length: ri(6, 9) }, () => pick('abcdefghjkmnpqrstuvwxyz0123456789'.split(''))).join(''), () => String(ri(2, 9)) + digits(ri(8, 9)), () => pick(['xiaolu', 'tianxin', 'haowu', 'ajie', 'pangpang', 'chuanmeizi', 'duoduo']) + pick(['_', '', '.']) + ri(1, 9999)])();
const ksHandle = () => pick([() => 'ks' + digits(ri(8, 9)), () => pick(['KS', 'kuaishou']) + pick(['xiaoyu', 'laozhou', 'meimei', 'erge']) + ri(10, 999), () => String(ri(2, 9)) + digits(9)])();
const skuCode = () => pick([() => 'SKU' + digits(8), () => pick(['JYH', 'XY', 'LG', 'CMZ', 'HW']) + '-' + digits(4) + '-' + p2(ri(1, 20)), () => digits(13).replace(/^./, '3'), () => 'E' + pick(['A', 'B', 'C']) + digits(7)])();
const alipayTrade = (t) => `${t.y}${p2(t.m)}${p2(t.d)}2200141${digits(13)}`;
const wxTrade = (t) => `420000${digits(4)}${t.y}${p2(t.m)}${p2(t.d)}${digits(10)}`;
const alipayUid = () => '2088' + digits(12);
const imei = () => luhnComplete('86' + digits(12));
function tm(o = {}) {
  const y = o.y ?? 2024, m = o.m ?? ri(o.m0 ?? 1, o.m1 ?? 6), d = o.d ?? ri(1, dim(y, m));
  const h = o.h ?? ri(8, 23), mi = ri(0, 59), s = ri(0, 59);
  const epoch = Math.floor(Date.UTC(y, m - 1, d, h - 8, mi, s) / 1000);
  return { y, m, d, h, mi, s, date: `${y}-${p2(m)}-${p2(d)}`, hm: `${p2(h)}:${p2(mi)}`, time: `${p2(h)}:${p2(mi)}:${p2(s)}`, str: `${y}-${p2(m)}-${p2(d)} ${p2(h)}:${p2(mi)}:${p2(s)}`, slash: `${y}/${m}/${d} ${h}:${p2(mi)}`, epoch, ms: epoch * 1000 + ri(0, 999), cn: `${y}年${m}月${d}日` };
}
function tmE(epoch) {
  const dt = new Date((epoch + 8 * 3600) * 1000);
  const y = dt.getUTCFullYear(), m = dt.getUTCMonth() + 1, d = dt.getUTCDate(), h = dt.getUTCHours(), mi = dt.getUTCMinutes(), s = dt.getUTCSeconds();
  return { y, m, d, h, mi, s, date: `${y}-${p2(m)}-${p2(d)}`, hm: `${p2(h)}:${p2(mi)}`, time: `${p2(h)}:${p2(mi)}:${p2(s)}`, str: `${y}-${p2(m)}-${p2(d)} ${p2(h)}:${p2(mi)}:${p2(s)}`, slash: `${y}/${m}/${d} ${h}:${p2(mi)}`, epoch, ms: epoch * 1000 + ri(0, 999), cn: `${y}年${m}月${d}日` };
}
function later(t, addMin) { return tmE(t.epoch + addMin * 60 + ri(0, 59)); }

// ---------------------------------------------------------------- written forms
function fmtMob(m, st) {
  switch (st) {
    case 'sp': return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'dash': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case '+86': return `+86 ${m}`;
    case '+86sp': return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case '+86-': return `+86-${m}`;
    case '+86c': return `+86${m}`;
    case '0086': return `0086 ${m}`;
    case '(+86)': return `(+86)${m}`;
    case 'fw': return fw(m);
    case '344': return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    default: return m;
  }
}
const MOB_STYLES_MIXED = ['plain', 'plain', 'plain', 'plain', 'sp', 'dash', '+86', '+86-', '+86c', '0086', '(+86)', 'fw', '+86sp'];
function fmtID(id, st) {
  switch (st) {
    case 'x': return id.replace('X', 'x');
    case 'sp': return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    case 'fw': return fw(id);
    default: return id;
  }
}
function fmtCard(c, st) {
  switch (st) {
    case 'sp4': return c.replace(/(\d{4})(?=\d)/g, '$1 ');
    case 'dash4': return c.replace(/(\d{4})(?=\d)/g, '$1-');
    case '6-rest': return `${c.slice(0, 6)} ${c.slice(6)}`;
    default: return c;
  }
}
const maskMob = (m, k = pick([0, 0, 1])) => (k === 0 ? `${m.slice(0, 3)}****${m.slice(7)}` : `${m.slice(0, 3)}*****${m.slice(8)}`);
const maskID = (id) => pick([`${id.slice(0, 6)}********${id.slice(14)}`, `${id.slice(0, 3)}***********${id.slice(14)}`, `${id.slice(0, 1)}****************${id.slice(17)}`]);
const maskCard = (c) => pick([`${c.slice(0, 4)} **** **** ${c.slice(-4)}`, `${c.slice(0, 6)}******${c.slice(-4)}`, `**** **** **** ${c.slice(-4)}`]);
function maskName(n) { const a = [...n]; if (a.length === 2) return a[0] + '*'; return pick([a[0] + '*'.repeat(a.length - 1), a[0] + '*' + a.slice(2).join(''), '*' + a.slice(1).join('')]); }
function titleOf(p) { return p.sur + (p.sex === 'F' ? pick(['女士', '女士', '小姐']) : '先生'); }
const cw = (s) => [...s].reduce((a, c) => a + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
const padR = (s, w) => s + ' '.repeat(Math.max(1, w - cw(s)));
const csvCell = (s) => (/[",\n]/.test(String(s)) ? `"${String(s).replace(/"/g, '""')}"` : String(s));
const csvRow = (a) => a.map(csvCell).join(',');

// ---------------------------------------------------------------- document model
class Doc {
  constructor(kind) { this.kind = kind; this.E = new Map(); this.D = new Map(); this.X = new Map(); }
  ent(det, v) { const k = det + '\u0000' + v; this.D.delete(k); this.E.set(k, { detector: det, value: v }); return v; }
  dc(det, v) { const k = det + '\u0000' + v; if (!this.E.has(k)) this.D.set(k, { detector: det, value: v }); return v; }
  decoy(kind, t) { t = String(t); if (!this.X.has(t)) this.X.set(t, { kind, text: t }); return t; }
  name(n) { return this.ent('person_name_zh', n); }
  nameDC(n) { return this.dc('person_name_zh', n); }
  mob(m, st = 'plain') { this.ent('cn_mobile', m); return fmtMob(m, st); }
  mobMix(m) { return this.mob(m, pick(MOB_STYLES_MIXED)); }
  id(i, st = 'plain') { this.ent('cn_resident_id', i); return fmtID(i, st); }
  id15(i) { this.ent('cn_resident_id', i); return i.slice(0, 6) + i.slice(8, 17); }
  card(c, st = 'plain') { this.ent('bank_card', c); return fmtCard(c, st); }
  mail(e, st) {
    const lo = e.toLowerCase(); this.ent('email', lo);
    const local = lo.split('@')[0]; if (MOBILE_RE.test(local)) this.ent('cn_mobile', local);
    if (st === 'cap') return e[0].toUpperCase() + e.slice(1);
    if (st === 'upper') return e.toUpperCase();
    if (st === 'fwat') return e.replace('@', '＠');
    return e;
  }
  tel(area, num, st = 'dash', ext) {
    this.ent('cn_landline', area + num);
    let s;
    if (st === 'paren') s = `(${area})${num}`;
    else if (st === 'fwparen') s = `（${area}）${num}`;
    else if (st === 'sp') s = `${area} ${num.slice(0, 4)} ${num.slice(4)}`;
    else if (st === '+86') s = `+86 ${area.slice(1)} ${num}`;
    else s = `${area}-${num}`;
    if (ext) s += pick([`-${ext}`, ` 转${ext}`, ` 分机${ext}`]);
    return s;
  }
  uscc(u) { return this.ent('cn_uscc', u); }
  passport(p) { return this.ent('cn_passport', p); }
  // decoy helpers
  mmask(m) { return this.decoy('masked_mobile', maskMob(m)); }
  imask(i) { return this.decoy('masked_id', maskID(i)); }
  cmask(c) { return this.decoy('masked_card', maskCard(c)); }
  nmask(n) { return this.decoy('masked_name', maskName(n)); }
  nick(n) { return this.decoy('nickname', n); }
  order(o = dyOrder()) { return this.decoy('order_no', o); }
  wb(w = waybill()) { this.decoy('waybill_no', w.no); return w; }
  amt(x, pre = '') { return this.decoy('amount', pre + x); }
  ts(t) { return this.decoy('timestamp', t); }
  prod(pr) { if (pr[1]) this.decoy(pr[2], pr[1]); return pr[0]; }
  company(c) { return this.decoy('company', c); }
  shop(s) { return this.decoy('shop_name', s); }
  job(j) { return this.decoy('job_title', j); }
}
function areaNum(area) { const len = area === '0592' || area === '0931' ? 7 : 8; return String(pick([2, 3, 5, 6, 8])) + digits(len - 1); }
function landlineOf(c) { return { area: c.area, num: areaNum(c.area) }; }
// an invalid resident ID: bad check, impossible date or unknown region
function badID(p) {
  const k = ri(0, 3);
  if (k === 0) { const c = p.id[17]; const alt = '0123456789X'.split('').filter((x) => x !== c); return { kind: 'id_bad_check', v: p.id.slice(0, 17) + pick(alt) }; }
  if (k === 1) { const body = p.id.slice(0, 6) + p.b.y + pick(['0230', '0231', '1301', '0431', '0011', '1132']) + p.id.slice(14, 17); return { kind: 'id_bad_date', v: body + idCheck(body) }; }
  if (k === 2) { const body = pick(['990101', '000000', '200103', '961023']) + p.id.slice(6, 17); return { kind: 'id_bad_region', v: body + idCheck(body) }; }
  const a = p.id.split(''); const i = ri(6, 15); [a[i], a[i + 1]] = [a[i + 1], a[i]];
  const s = a.join(''); if (s === p.id || (idCheck(s.slice(0, 17)) === s[17])) return badID(p);
  return { kind: 'id_transposed', v: s };
}
// a mobile typed with a digit missing or doubled (10 or 12 digits)
function typoMobile(m) { const i = ri(3, 9); return chance(0.5) ? m.slice(0, i) + m.slice(i + 1) : m.slice(0, i) + m[i] + m.slice(i); }
// a card number with one digit mistyped: fails Luhn (arguable for UnionPay, see report) -> dontCare
function typoCard(c) { for (;;) { const i = ri(6, c.length - 2); const x = c.slice(0, i) + ((+c[i] + ri(1, 9)) % 10) + c.slice(i + 1); if (!luhnOk(x)) return x; } }

// ================================================================ generators
const docs = [];
function emit(d, text) { docs.push({ d, text }); }

// 1. 抖店 order export (CSV)
function kDyOrders() {
  const d = new Doc('dy-order-csv');
  const tab = chance(0.5);
  const q = (s) => (tab ? '\t' + s : s);
  const head = ['主订单编号', '子订单编号', '选购商品', '商品规格', '商品数量', '商品ID', '商家编码', '商品单价', '订单应付金额', '运费', '支付方式', '收件人', '收件人手机号', '省', '市', '区', '街道', '详细地址', '买家留言', '订单提交时间', '订单状态', '快递公司', '快递单号', '达人ID', '达人昵称', '直播间ID'];
  const rows = [head];
  const n = ri(3, 22);
  const daren = pick(DAREN_NICKS); const did = authorId(); const rid = roomId();
  d.nick(daren); d.decoy('author_id', did); d.decoy('room_id', rid);
  const base = tm();
  for (let i = 0; i < n; i++) {
    const p = newPerson();
    const pr = pick(PRODUCTS); const qty = ri(1, 3);
    const o = d.order(); const so = d.order(o.slice(0, 15) + digits(4));
    const pid = d.decoy('product_id', productId()); const sku = d.decoy('sku', skuCode());
    const t = later(base, ri(0, 200));
    const pay = pr[3] * qty;
    let recv, phone;
    const r = rnd();
    if (r < 0.8) recv = d.name(p.name);
    else if (r < 0.86) recv = d.nameDC(titleOf(p));
    else if (r < 0.93) recv = d.nmask(p.name);
    else recv = d.nick(pick(RECV_NICKS));
    const r2 = rnd();
    if (r2 < 0.78) phone = d.mob(p.mobile);
    else if (r2 < 0.9) phone = d.mmask(p.mobile);
    else if (r2 < 0.97) { const v = genVirtual(); phone = d.mob(v) + '-' + digits(4); }
    else phone = d.decoy('mobile_typo', typoMobile(p.mobile));
    let msg = '';
    const r3 = rnd();
    if (r3 < 0.12) msg = pick(['请放菜鸟驿站', '不要发韵达', '尽快发货谢谢', '送人的 不要放价格单']);
    else if (r3 < 0.18) { msg = d.decoy('word', '周一') + '到周五白天不在家，放门卫'; }
    else if (r3 < 0.22) { msg = d.decoy('word', '马上') + '要用，麻烦' + d.decoy('word', '安排') + '顺丰'; }
    else if (r3 < 0.28) { const o2 = newPerson(); msg = `收件人改成${d.name(o2.name)} 电话${d.mob(o2.mobile)}`; }
    const w = r3 < 0.9 ? d.wb() : { company: '', no: '' };
    const status = w.no ? pick(['已发货', '已完成', '已签收']) : pick(['待发货', '已关闭']);
    rows.push([q(o), q(so), d.prod(pr), pick(SPECS), qty, q(pid), sku, money(pr[3]), d.amt(money(pay)), pick(['0.00', '0.00', '6.00']), pick(['微信', '支付宝', '抖音支付', '抖音月付']),
      recv, phone, p.addr.prov, p.addr.city, p.addr.county, p.addr.town, p.addr.detail, msg, d.ts(t.str), status, w.company, w.no ? q(w.no) : '', q(did), daren, q(rid)]);
  }
  emit(d, '\ufeff' + rows.map(csvRow).join('\r\n') + '\r\n');
}

// 2. 快手小店 order export (TSV)
function kKsOrders() {
  const d = new Doc('ks-order-tsv');
  const head = ['订单编号', '订单创建时间', '商品名称', 'SKU编码', '规格', '购买数量', '实付款(元)', '收货人姓名', '收货人电话', '收货地址', '买家昵称', '买家ID', '物流公司', '快递单号', '订单状态', '主播快手号', '备注'];
  const lines = [head.join('\t')];
  const anchorKs = d.decoy('ks_handle', ksHandle());
  const n = ri(4, 20);
  for (let i = 0; i < n; i++) {
    const p = newPerson();
    const pr = pick(PRODUCTS); const t = tm();
    const recv = chance(0.85) ? d.name(p.name) : chance(0.5) ? d.nmask(p.name) : d.nick(pick(RECV_NICKS));
    const ph = chance(0.85) ? d.mob(p.mobile, chance(0.15) ? 'dash' : 'plain') : chance(0.7) ? d.mmask(p.mobile) : d.decoy('mobile_typo', typoMobile(p.mobile));
    const w = d.wb();
    const nick = d.nick(chance(0.3) ? '用户' + ri(4, 9) + digits(9) : pick(VIEWER_NICKS));
    let note = '';
    if (chance(0.15)) note = pick(['买家要求改地址', '已电话确认', '缺货延迟', '赠品已加']);
    lines.push([d.order(ksOrder()), d.ts(t.str), d.prod(pr), d.decoy('sku', skuCode()), pick(SPECS), ri(1, 2), d.amt(money(pr[3])), recv, ph, p.addr.full, nick, d.decoy('user_id', String(ri(2, 4)) + digits(9)), w.company, w.no, pick(['已发货', '交易成功', '待发货']), anchorKs, note].join('\t'));
  }
  emit(d, lines.join('\n') + '\n');
}

// 3. 电子面单 print batch (fixed width)
function kWaybill() {
  const d = new Doc('waybill-batch');
  const t = tm(); const co = pick(COMPANIES);
  const printer = pick([0, 1]) ? d.nick('仓库-小王') : null;
  const sender = newPerson({ sex: chance(0.5) ? 'F' : 'M' });
  const full = chance(0.6);
  const courier = pick(COURIERS);
  const L = [];
  L.push(`${courier[0]} 电子面单批量打印记录`);
  L.push(`批次号：${d.decoy('batch_no', 'PD' + t.date.replace(/-/g, '') + '-' + String(ri(1, 120)).padStart(4, '0'))}    打印时间：${d.ts(t.str)}${printer ? '    操作员：' + printer : ''}`);
  L.push(`寄件人：${d.name(sender.name)}  寄件电话：${d.mob(sender.mobile, chance(0.3) ? 'sp' : 'plain')}  发货仓：${co.city}${pick(['一号仓', '云仓', '退货仓'])}`);
  L.push('');
  L.push(padR('运单号', 18) + padR('收件人', 18) + padR('收件电话', 16) + padR('目的地', 30) + padR('重量kg', 8) + '件数');
  L.push('-'.repeat(96));
  const n = ri(6, 25);
  for (let i = 0; i < n; i++) {
    const p = newPerson();
    const no = d.decoy('waybill_no', courier[1]());
    const nm = full ? d.name(p.name) : chance(0.5) ? d.nmask(p.name) : d.name(p.name);
    const ph = full ? d.mob(p.mobile) : d.mmask(p.mobile);
    const dest = `${p.addr.prov}${p.addr.city === p.addr.prov ? '' : p.addr.city}${p.addr.county}`;
    L.push(padR(no, 18) + padR(nm, 18) + padR(ph, 16) + padR(dest, 30) + padR(d.decoy('weight', (ri(2, 60) / 10).toFixed(1)), 8) + ri(1, 3));
  }
  L.push('-'.repeat(96));
  L.push(`合计 ${n} 单    ${full ? '内部留存，勿外传' : '面单隐私号打印'}`);
  emit(d, L.join('\n') + '\n');
}

// 4. 主播 contract (key-value, sometimes PDF-extracted)
function kContract() {
  const d = new Doc('anchor-contract');
  const co = pick(COMPANIES);
  const legal = newPerson({ minY: 1970, maxY: 1990 });
  const a = newPerson({ female: 0.75, minY: 1994, maxY: 2004, minority: true });
  const emg = newPerson({ minY: 1960, maxY: 1980, minority: false });
  const t = tm();
  const pdf = chance(0.35);
  const stage = pick(DAREN_NICKS);
  const L = [];
  L.push(pick(['主播经纪合作协议', '网络主播独家合作协议', '直播带货主播合作协议（分成制）']));
  L.push(`合同编号：${d.decoy('contract_no', pick(['XY', 'HRB', 'LG', 'MY']) + '-ZB-' + t.y + '-' + p2(t.m) + p2(t.d) + '-' + p2(ri(1, 40)))}`);
  L.push('');
  L.push(`甲方：${d.company(co.name)}`);
  L.push(`统一社会信用代码：${d.uscc(co.uscc)}`);
  L.push(`法定代表人：${d.name(legal.name)}`);
  const ll = landlineOf(co);
  L.push(`联系电话：${d.tel(ll.area, ll.num, pick(['dash', 'paren', 'sp']))}`);
  L.push('');
  L.push(`乙方（主播）：${d.name(a.name)}`);
  L.push(`艺名：${d.nick(stage)}`);
  L.push(`身份证号码：${d.id(a.id, pick(['plain', 'plain', 'sp', 'x']))}`);
  L.push(`住址：${a.addr.full}`);
  L.push(`联系电话：${d.mob(a.mobile, pick(['plain', 'plain', 'dash', 'sp']))}`);
  L.push(`电子邮箱：${d.mail(a.email)}`);
  L.push(`抖音号：${d.decoy('douyin_id', dyHandle())}`);
  if (chance(0.3)) L.push(`护照号码：${d.passport(genPassport())}（用于海外仓专场出境直播）`);
  L.push(`紧急联系人：${d.name(emg.name)}（${pick(['母亲', '父亲', '姐姐', '配偶'])}）  电话：${d.mob(emg.mobile)}`);
  L.push('');
  L.push('第一条 合作内容');
  L.push(`乙方在甲方运营的${pick(['抖音', '快手', '视频号'])}直播间担任${d.job(pick(['带货主播', '常驻主播', '金牌主播']))}，每月开播不少于${ri(20, 26)}场，每场不少于${ri(3, 6)}小时。`);
  L.push('第二条 收益分配');
  L.push(`乙方底薪${d.amt(ri(4, 12) * 1000 + '元')}/月，另按直播间成交GMV的${ri(1, 5)}%计提佣金，坑位费收入按${pick(['3:7', '4:6', '5:5'])}分成；月度结算，次月15日前发放。`);
  L.push('乙方指定收款账户如下：');
  const card = a.card;
  if (pdf && chance(0.6)) {
    const s = fmtCard(card, 'sp4'); const cut = s.lastIndexOf(' ', 12);
    d.card(card);
    L.push(`户名：${a.name}  开户行：${a.bank}${a.addr.city.replace('市', '')}${pick(['分行营业部', '开发区支行', '高新支行', '城南支行'])}  卡号：${s.slice(0, cut)}`);
    L.push(s.slice(cut + 1));
  } else {
    L.push(`户名：${a.name}`);
    L.push(`开户行：${a.bank}${a.addr.city.replace('市', '')}${pick(['分行营业部', '开发区支行', '高新支行', '城南支行', '人民路支行'])}`);
    L.push(`卡号：${d.card(card, pick(['plain', 'sp4', 'plain']))}`);
  }
  L.push('第三条 违约责任');
  L.push(`合作期内乙方不得私自接洽其他MCN或在其他平台开播，否则应向甲方支付违约金${d.amt(pick(['50,000', '100,000', '200,000']) + '元')}。`);
  L.push('');
  L.push(`甲方（盖章）：${co.name}          乙方（签字）：${a.name}`);
  L.push(`签订日期：${t.cn}`);
  let text = L.join('\n');
  if (pdf) text = text.replace(/\n第/g, '\n\f第').replace(/签订日期/, `— ${ri(2, 5)} / ${ri(5, 7)} —\n签订日期`);
  emit(d, text + '\n');
}

// 5. commission payout sheet
function kPayout() {
  const d = new Doc('commission-payout');
  const co = pick(COMPANIES); const t = tm({ d: 10 });
  const n = ri(4, 18);
  const pipe = chance(0.4);
  const head = ['序号', '姓名', '艺名', '岗位', '身份证号', '银行卡号', '开户行', '手机号', `${t.m - 1 || 12}月GMV`, '提成比例', '应发', '代扣个税', '实发', '备注'];
  const rows = [];
  let total = 0;
  for (let i = 0; i < n; i++) {
    const p = newPerson({ minY: 1992, maxY: 2004, female: 0.6 });
    const job = d.job(pick(['主播', '助播', '场控', '中控', '助播', '主播']));
    const stage = job === '主播' ? d.nick(pick(DAREN_NICKS)) : '';
    const gmv = ri(50, 3000) * 1000; const rate = job === '主播' ? ri(1, 4) : 0.5;
    const gross = Math.round(gmv * rate / 100 + ri(3000, 8000)); const tax = Math.round(gross * 0.05); total += gross - tax;
    let idc;
    if (chance(0.06)) idc = d.decoy('sci_notation', (Number(p.id.slice(0, 6)) / 1e5).toFixed(5).replace(/0+$/, '') + 'E+17');
    else idc = d.id(p.id, chance(0.08) ? 'x' : 'plain');
    const cardc = chance(0.1) ? "'" + d.card(p.card) : d.card(p.card, chance(0.2) ? 'sp4' : 'plain');
    rows.push([i + 1, d.name(p.name), stage, job, idc, cardc, p.bank, d.mob(p.mobile), d.amt(moneyC(gmv)), rate + '%', d.amt(money(gross)), money(tax), d.amt(money(gross - tax)), chance(0.1) ? pick(['新人保底', '本月请假3天', '卡号已更新', '补发上月差额']) : '']);
  }
  const L = [];
  L.push(`${co.short} ${t.y}年${t.m - 1 || 12}月 主播/助播佣金发放明细（财务专用）`);
  if (pipe) {
    L.push('| ' + head.join(' | ') + ' |'); L.push('|' + head.map(() => '---').join('|') + '|');
    for (const r of rows) L.push('| ' + r.join(' | ') + ' |');
  } else { L.push(csvRow(head)); for (const r of rows) L.push(csvRow(r)); }
  L.push(`合计实发：${d.amt(moneyC(total))}    制表：${d.name(newPerson().name)}    审核：${d.name(newPerson().name)}`);
  emit(d, L.join('\n') + '\n');
}

// 6. 粉丝团 / VIP list
function kFans() {
  const d = new Doc('fans-vip');
  const shop = pick(SHOPS); d.shop(shop);
  const tsv = chance(0.5);
  const head = ['粉丝昵称', '粉丝团等级', '真实姓名', '手机号', '生日', '微信', '邮箱', '收货地址', '累计消费', '最近下单', '客服备注'];
  const rows = [];
  const n = ri(5, 24);
  for (let i = 0; i < n; i++) {
    const p = newPerson({ female: 0.8 });
    const nick = d.nick(chance(0.25) ? '用户' + ri(4, 9) + digits(9) : pick(VIEWER_NICKS) + (chance(0.5) ? ri(1, 99) : ''));
    const real = chance(0.88) ? d.name(p.name) : '';
    const ph = chance(0.9) ? d.mob(p.mobile) : d.mmask(p.mobile);
    let wx;
    const r = rnd();
    if (r < 0.3) wx = '同手机';
    else if (r < 0.45 && ph === p.mobile) wx = p.mobile;
    else wx = d.decoy('wechat_id', pick(['wxid_', '', 'wx_']) + Array.from({ length: ri(6, 12) }, () => pick('abcdefghjkmnpqrstuvwxyz0123456789'.split(''))).join(''));
    const em = chance(0.45) ? d.mail(p.email, chance(0.1) ? 'cap' : undefined) : '';
    rows.push([nick, `Lv.${ri(5, 20)}`, real, ph, d.decoy('date', `${p.b.y}-${p2(p.b.m)}-${p2(p.b.d)}`), wx, em, p.addr.full, d.amt(moneyC(ri(800, 60000) + ri(0, 99) / 100)), tm().date, chance(0.2) ? pick(['高客单 优先发顺丰', '爱退货 慎重', '喜欢零食类', '生日送小样', '老客 每场必到']) : '']);
  }
  const L = [`${shop} 粉丝团VIP名单（${pick(['钻粉', '金粉', '高净值'])}）导出 ${tm().date}`];
  if (tsv) { L.push(head.join('\t')); for (const r of rows) L.push(r.join('\t')); }
  else { L.push(csvRow(head)); for (const r of rows) L.push(csvRow(r)); }
  emit(d, L.join('\n') + '\n');
}

// 7. 售后 ticket
function kAftersales() {
  const d = new Doc('aftersales-ticket');
  const p = newPerson(); const t = tm(); const pr = pick(PRODUCTS);
  const staff = newPerson({ minY: 1990, maxY: 2002 });
  const typ = pick(['仅退款', '退货退款', '换货', '补发']);
  const amt = money(pr[3] * ri(1, 2));
  const o = d.order();
  if (chance(0.35)) {
    const obj = {
      ticket_id: d.decoy('ticket_no', 'AS' + t.date.replace(/-/g, '') + digits(6)), order_id: o, type: typ,
      apply_time: d.ts(t.str), buyer_nick: d.nick(pick(VIEWER_NICKS)), contact_name: chance(0.8) ? d.name(p.name) : d.nmask(p.name),
      contact_phone: d.mob(p.mobile), return_waybill: typ === '退货退款' ? d.wb().no : null, product: d.prod(pr), refund_amount: amt,
      reason: pick(['商品破损', '与描述不符', '发错货', '质量问题', '七天无理由']), handler: d.name(staff.name), status: pick(['处理中', '已完成', '待买家寄回']),
    };
    d.amt(amt);
    emit(d, JSON.stringify(obj, null, 2) + '\n');
    return;
  }
  const L = [];
  L.push(`【售后工单】${d.decoy('ticket_no', 'AS' + t.date.replace(/-/g, '') + digits(6))}`);
  L.push(`关联订单：${o}`);
  L.push(`售后类型：${typ}`);
  L.push(`申请时间：${d.ts(t.str)}`);
  L.push(`买家昵称：${d.nick(pick(VIEWER_NICKS))}`);
  L.push(`联系人：${d.name(p.name)}`);
  L.push(`联系电话：${d.mobMix(p.mobile)}`);
  if (typ === '退货退款') L.push(`退货寄回单号：${d.wb().no}`);
  if (typ === '补发' || typ === '换货') L.push(`补发地址：${p.addr.full}`);
  L.push(`商品：${d.prod(pr)}`);
  L.push(`问题描述：${pick(['收到的有两瓶漏液，外箱都湿了，要求补发或者退款。', '颜色和直播间展示的不一样，主播说是正红色，到手偏橘。', '少发了一袋，直播间说买二送一，只收到两袋。', '包装破损，里面的东西碎了好几块。', '尺码偏小，想换大一码。'])}`);
  L.push('凭证：' + ri(1, 4) + '张图片');
  L.push('处理记录：');
  const t2 = later(t, ri(30, 600));
  L.push(`  ${t2.str} ${d.nick(pick(STAFF_NICKS))}：已联系买家，${pick(['同意补发', '同意退款', '等待买家寄回', '买家接受部分退款'])}。`);
  if (chance(0.4)) {
    const card = p.card;
    L.push(`  ${later(t2, 50).str} 买家反馈原路退款失败（${pick(['银行卡已注销', '支付账户异常'])}），提供新的收款卡：${d.card(card, chance(0.5) ? 'sp4' : 'plain')}，户名${d.name(p.name)}，${bankOf(card)}。`);
  } else L.push(`退款路径：原路退回（银行卡 尾号${d.decoy('card_tail', p.card.slice(-4))}）`);
  L.push(`退款金额：${d.amt('¥' + amt)}`);
  L.push(`审核人：${d.job(pick(['运营主管', '客服主管']))} ${d.name(staff.name)}`);
  emit(d, L.join('\n') + '\n');
}

// 8. 达人 cooperation sheet (markdown table)
function kDaren() {
  const d = new Doc('daren-coop');
  const brand = pick(BRANDS);
  const head = ['达人昵称', '平台', '抖音号/快手号', '粉丝数', '类目', '合作模式', '坑位费', '佣金', '经纪人', '经纪人电话', '微信', '邮箱', '档期', '状态'];
  const L = [`# ${d.company(brand.short)} ${tm().m}月达人合作对接表`, '', '| ' + head.join(' | ') + ' |', '|' + head.map(() => ' --- ').join('|') + '|'];
  const n = ri(4, 14);
  const used = new Set();
  for (let i = 0; i < n; i++) {
    let nick; do nick = pick(DAREN_NICKS); while (used.has(nick) && used.size < DAREN_NICKS.length); used.add(nick);
    const co = pick(COMPANIES);
    const ag = newPerson({ minY: 1985, maxY: 2000, domain: chance(0.6) ? co.domain : undefined });
    const plat = pick(['抖音', '抖音', '快手']);
    const handle = d.decoy(plat === '快手' ? 'ks_handle' : 'douyin_id', plat === '快手' ? ksHandle() : dyHandle());
    const agName = chance(0.85) ? d.name(ag.name) : d.nameDC(titleOf(ag));
    const ph = d.mob(ag.mobile, pick(['plain', 'plain', 'dash', 'sp']));
    const wx = chance(0.4) ? '同手机' : d.decoy('wechat_id', ag.py.join('') + ri(1, 999));
    const em = chance(0.75) ? d.mail(ag.email) : '-';
    const mode = pick(['纯佣', '坑位费+佣金', '专场', '混场']);
    const fee = mode === '纯佣' ? '-' : d.amt(pick(['3000', '8000', '1.5w', '2w', '5w', '12w']));
    L.push('| ' + [d.nick(nick), plat, handle, `${ri(3, 980)}.${ri(0, 9)}w`, pick(['食品', '美妆', '家居', '服饰', '珠宝', '农产品']), mode, fee, `${ri(10, 35)}%`, agName, ph, wx, em, `${tm().m}/${ri(1, 28)}`, pick(['已确认', '待寄样', '报价中', '已拒绝', '已排期'])].join(' | ') + ' |');
  }
  L.push('');
  L.push(`备注：经纪人均属各自MCN（${d.company(pick(COMPANIES).short)}等），报价含税，寄样联系${d.nick(pick(STAFF_NICKS))}。`);
  emit(d, L.join('\n') + '\n');
}

// 9. sample dispatch list
function kSamples() {
  const d = new Doc('sample-dispatch');
  const head = ['寄样日期', '达人昵称', '收样人', '收样电话', '收样地址', '样品名称', 'SKU', '数量', '快递', '快递单号', '需寄回', '对接人'];
  const rows = [head];
  const n = ri(4, 16);
  const staff = newPerson({ minY: 1993, maxY: 2002 });
  for (let i = 0; i < n; i++) {
    const p = newPerson({ minY: 1988, maxY: 2003 });
    const pr = pick(PRODUCTS); const w = d.wb();
    const recv = chance(0.85) ? d.name(p.name) : chance(0.5) ? d.nameDC(titleOf(p)) : d.nick(pick(['助理', '前台', '经纪人']));
    rows.push([tm().date, d.nick(pick(DAREN_NICKS)), recv, d.mob(p.mobile, chance(0.2) ? 'sp' : 'plain'), p.addr.full, d.prod(pr), d.decoy('sku', skuCode()), ri(1, 3), w.company, w.no, pick(['是', '否', '否']), chance(0.7) ? d.name(staff.name) : d.nick(pick(STAFF_NICKS))]);
  }
  const text = chance(0.5) ? rows.map(csvRow).join('\n') : rows.map((r) => r.join('\t')).join('\n');
  emit(d, `寄样登记表（${d.company(pick(BRANDS).short)}）\n` + text + '\n');
}

// 10. live-room 弹幕 log
function kDanmu() {
  const d = new Doc('danmu-log');
  const rid = roomId(); const t = tm({ h: 19 });
  const anchor = pick(DAREN_NICKS);
  const L = [];
  L.push(`直播间ID：${d.decoy('room_id', rid)}  主播：${d.nick(anchor)}  场次开始：${d.ts(t.str)}  弹幕导出（含礼物/进场）`);
  let cur = t;
  const n = ri(25, 60);
  for (let i = 0; i < n; i++) {
    cur = later(cur, ri(0, 2));
    const who = chance(0.2) ? '用户' + ri(4, 9) + digits(9) : pick(VIEWER_NICKS);
    d.nick(who);
    const r = rnd();
    let line;
    if (r < 0.1) line = `🎁 ${who} 送出 ${pick(['小心心', '玫瑰', '粉丝团灯牌', '墨镜', '嘉年华'])}×${ri(1, 9)}`;
    else if (r < 0.18) line = `${who} 来了`;
    else if (r < 0.5) line = `${who}: ${pick(['3号链接还有吗', '主播多高多重', '拍了拍了', '怎么还不上车', '家人们冲', '已拍两单', '有没有大码', '这个保质期多久', '能便宜点吗', '上回买的还没到', '主播好美', '福袋什么时候开', '刚进来 讲下1号', '优惠券领不了'])}`;
    else if (r < 0.58) line = `${who}: @${d.decoy('mention', pick(VIEWER_NICKS.filter((x) => x !== who)))} ${pick(['快来', '你也买', '抢到没'])}`;
    else if (r < 0.66) { const p = newPerson(); line = `${who}: ${pick(['我电话', '加我', '主播联系我', '中奖了 电话'])}${d.mob(p.mobile, pick(['plain', 'plain', 'sp', 'dash']))}`; }
    else if (r < 0.70) { const p = newPerson(); line = `${who}: 福袋中奖登记 ${d.name(p.name)} ${d.mob(p.mobile)} ${p.addr.full}`; }
    else if (r < 0.74) line = `${d.nick(pick(['场控-阿杰', '中控-大鹏', '客服小美']))}: 恭喜 @${d.decoy('mention', who)} 抽中福袋！请私信客服登记姓名电话地址`;
    else if (r < 0.8) line = `${who}: ${d.amt(pick(['29.9', '39.8', '99', '128', '9.9']))}${pick(['包邮吗', '还是太贵', '两件呢'])}`;
    else if (r < 0.85) { const w = pick([['付款', '失败了怎么办'], ['余额', '不足了 等下再拍'], ['付款', '页面卡住了']]); line = `${who}: ${d.decoy('word', w[0])}${w[1]}`; }
    else line = `${who}: ${pick(['哈哈哈哈', '666', '[比心][比心]', '来了来了', '晚上好', '点赞了', '已关注'])}`;
    L.push(`[${cur.time}] ${line}`);
  }
  emit(d, L.join('\n') + '\n');
}

// 11. customer-service chat
function kCsChat() {
  const d = new Doc('cs-chat');
  const shop = pick(SHOPS); d.shop(shop);
  const agent = pick(STAFF_NICKS.filter((x) => x.startsWith('客服')));
  d.nick(agent);
  const L = [`${pick(['飞鸽', '快手小店客服', '千牛'])}聊天记录导出  店铺：${shop}`];
  const sessions = ri(1, 4);
  for (let s = 0; s < sessions; s++) {
    const p = newPerson(); const buyer = pick(VIEWER_NICKS) + (chance(0.4) ? ri(1, 9999) : ''); d.nick(buyer);
    let t = tm();
    const o = d.order();
    const say = (who, msg) => { t = later(t, ri(0, 3)); L.push(`${t.str} ${who}: ${msg}`); };
    L.push(`---- 会话 ${s + 1}  订单 ${o} ----`);
    say(`买家[${buyer}]`, pick(['在吗', '你好', '客服在不在', '亲 问一下']));
    say(agent, '亲，您好~请问有什么可以帮您');
    const topic = ri(0, 4);
    if (topic === 0) {
      say(`买家[${buyer}]`, '地址填错了，帮我改一下');
      say(agent, '好的亲，麻烦提供正确的收件人、电话和地址哦');
      const st = rnd();
      if (st < 0.4) say(`买家[${buyer}]`, `${d.name(p.name)} ${d.mob(p.mobile)} ${p.addr.full}`);
      else if (st < 0.7) say(`买家[${buyer}]`, `收件人：${d.name(p.name)}\n电话：${d.mobMix(p.mobile)}\n地址：${p.addr.full}`);
      else say(`买家[${buyer}]`, `${p.addr.full}，${d.name(p.name)}，${d.mob(p.mobile, 'sp')}`);
      say(agent, `已为您备注修改，${d.decoy('word', '马上')}安排发出~`);
    } else if (topic === 1) {
      say(`买家[${buyer}]`, '要开发票，电子的');
      say(agent, '亲，请提供抬头、税号和接收邮箱');
      if (chance(0.5)) say(`买家[${buyer}]`, `个人，${d.name(p.name)}，邮箱 ${d.mail(p.email, pick([undefined, 'cap', 'fwat']))}`);
      else { const c = pick(BRANDS); say(`买家[${buyer}]`, `${d.company(c.name)} 税号${d.uscc(c.uscc)} 发到${d.mail(p.email)}`); }
      say(agent, '好的，3个工作日内开具发送到您邮箱');
    } else if (topic === 2) {
      say(`买家[${buyer}]`, '退款一直没到账');
      say(agent, `亲，退款已原路退回，支付流水号 ${d.decoy('pay_txn', chance(0.5) ? wxTrade(t) : alipayTrade(t))}，一般1-3个工作日到账`);
      say(`买家[${buyer}]`, `那张卡我注销了 退到这张吧 ${d.card(p.card, pick(['plain', 'sp4']))} ${bankOf(p.card)} 户名${d.name(p.name)}`);
      say(agent, `收到，已提交财务线下打款，${d.decoy('amount', '¥' + money(ri(20, 400) + 0.9))}`);
    } else if (topic === 3) {
      const w = d.wb();
      say(`买家[${buyer}]`, `快递${w.no}显示签收了 我没收到`);
      say(agent, `亲，帮您查询了，${w.company}显示已放${pick(['菜鸟驿站', '丰巢柜', '门卫'])}，取件码 ${d.decoy('pickup_code', `${ri(1, 9)}-${ri(1, 9)}-${ri(1000, 9999)}`)}`);
      say(`买家[${buyer}]`, pick(['好的谢谢', '行吧', '我去看看']));
    } else {
      say(`买家[${buyer}]`, `主播说的赠品没收到，我老公${d.nameDC(p.name)}签收的`);
      say(agent, '亲，麻烦提供下下单手机号，帮您核实');
      say(`买家[${buyer}]`, d.mob(genMobile(), pick(['plain', 'sp', '+86'])));
      say(agent, `核实到了，赠品漏发，${d.decoy('word', '周一')}给您补发`);
    }
  }
  emit(d, L.join('\n') + '\n');
}

// 12. MCN staff roster
function kRoster() {
  const d = new Doc('mcn-roster');
  const co = pick(COMPANIES);
  const fixed = chance(0.45);
  const head = ['工号', '姓名', '性别', '部门', '岗位', '手机', '身份证号', '入职日期', '工资卡开户行', '工资卡号', '企业邮箱', '紧急联系人', '紧急联系电话'];
  const rows = [];
  const n = ri(5, 22);
  for (let i = 0; i < n; i++) {
    const p = newPerson({ minY: 1985, maxY: 2004, domain: co.domain, female: 0.55 });
    const e = newPerson({ minY: 1958, maxY: 1985, minority: false });
    const dept = pick(['直播一部', '直播二部', '运营中心', '选品部', '商务部', '客服部', '仓储物流']);
    rows.push([d.decoy('staff_no', co.short.slice(0, 1) === '星' ? 'XY' + String(ri(1, 999)).padStart(4, '0') : 'E' + digits(5)), d.name(p.name), p.sex === 'F' ? '女' : '男', dept, d.job(pick(JOBS)),
      d.mob(p.mobile), d.id(p.id, chance(0.05) ? 'x' : 'plain'), tm({ y: ri(2019, 2024), m: ri(1, 12) }).date, p.bank, d.card(p.card), d.mail(p.email), chance(0.85) ? d.name(e.name) : '', chance(0.85) ? d.mob(e.mobile) : '']);
  }
  const L = [`${d.company(co.name)} 员工花名册  更新于 ${tm().date}  （人事部 内部资料）`];
  if (fixed) {
    const W = [8, 14, 5, 10, 12, 13, 20, 12, 18, 21, 30, 10, 12];
    L.push(head.map((h, i) => padR(h, W[i])).join(''));
    for (const r of rows) L.push(r.map((c, i) => padR(String(c), W[i])).join('').trimEnd());
  } else { L.push(csvRow(head)); for (const r of rows) L.push(csvRow(r)); }
  emit(d, L.join('\n') + '\n');
}

// 13. refund / chargeback list
function kRefunds() {
  const d = new Doc('refund-chargeback');
  const L = [];
  const t0 = tm();
  L.push(`退款及拒付明细 ${t0.y}-${p2(t0.m)}  店铺：${d.shop(pick(SHOPS))}`);
  L.push(csvRow(['退款单号', '订单号', '支付渠道', '支付流水号', '买家姓名', '手机号', '退款金额', '退款方式', '退款账户', '状态', '原因']));
  const n = ri(4, 18);
  for (let i = 0; i < n; i++) {
    const p = newPerson(); const t = tm({ m: t0.m });
    const ch = pick(['微信支付', '支付宝', '抖音支付', '银行卡快捷']);
    const txn = ch === '微信支付' ? wxTrade(t) : ch === '支付宝' ? alipayTrade(t) : 'DP' + t.date.replace(/-/g, '') + digits(12);
    let way, acct;
    const r = rnd();
    if (ch === '银行卡快捷' || r < 0.2) { way = '银行卡'; acct = chance(0.6) ? d.card(p.card) : chance(0.75) ? d.cmask(p.card) : d.dc('bank_card', typoCard(p.card)) + '（卡号有误，退款失败）'; }
    else if (ch === '支付宝' && r < 0.6) { way = '支付宝'; acct = chance(0.5) ? d.decoy('alipay_uid', alipayUid()) : d.mmask(p.mobile); }
    else { way = '原路退回'; acct = ''; }
    const nm = chance(0.85) ? d.name(p.name) : d.nmask(p.name);
    rows_push(L, [d.decoy('refund_no', 'RF' + t.date.replace(/-/g, '') + digits(8)), d.order(), ch, d.decoy('pay_txn', txn), nm, chance(0.85) ? d.mob(p.mobile) : d.mmask(p.mobile), d.amt(money(ri(10, 1500) + 0.9)), way, acct, pick(['退款成功', '退款中', '退款关闭']), pick(['七天无理由', '未按约定时间发货', '质量问题', '拍错/多拍', '协商一致退款'])]);
  }
  if (chance(0.6)) {
    L.push('');
    L.push('【拒付/争议】');
    L.push(csvRow(['争议单号', '订单号', '发卡行', '持卡人', '卡号', '证件号', '争议金额', '拒付原因码', '截止日期']));
    const m = ri(1, 5);
    for (let i = 0; i < m; i++) {
      const p = newPerson();
      const full = chance(0.5);
      rows_push(L, [d.decoy('case_no', 'CB-24' + digits(9)), d.order(), p.bank, d.name(p.name), full ? d.card(p.card) : d.cmask(p.card), full && chance(0.5) ? d.id(p.id) : d.imask(p.id), d.amt(money(ri(100, 5000))), d.decoy('reason_code', pick(['4837', '4853', '4863', '10.4', '13.1'])), tm({ m: t0.m }).date]);
    }
  }
  emit(d, L.join('\n') + '\n');
}
function rows_push(L, r) { L.push(csvRow(r)); }

// 14. 实名认证 records (JSON lines)
function kRealname() {
  const d = new Doc('realname-verify');
  const L = [];
  const n = ri(3, 12);
  for (let i = 0; i < n; i++) {
    const p = newPerson({ minY: 1980, maxY: 2005 });
    const t = tm();
    const rec = { ts: Number(d.decoy('epoch_ms', String(t.ms))), req_id: d.decoy('request_id', Array.from({ length: 32 }, () => pick('0123456789abcdef'.split(''))).join('')), uid: Number(d.decoy('author_id', authorId())), scene: pick(['anchor_settle', 'withdraw_bind', 'live_open']) };
    const r = rnd();
    if (r < 0.12) {
      const bad = badID(p);
      rec.real_name = d.name(p.name); rec.id_type = 'ID_CARD'; rec.id_no = d.decoy(bad.kind, bad.v); rec.mobile = d.mob(p.mobile);
      rec.result = 'FAIL'; rec.reason = '身份证号校验失败';
    } else if (r < 0.18) {
      rec.real_name = d.name(p.name); rec.id_type = 'PASSPORT'; rec.id_no = d.passport(genPassport()); rec.nationality = 'CHN'; rec.mobile = d.mob(p.mobile, '+86c'); rec.result = 'MANUAL_REVIEW';
    } else {
      rec.real_name = d.name(p.name); rec.id_type = 'ID_CARD'; rec.id_no = d.id(p.id, chance(0.1) ? 'x' : 'plain'); rec.mobile = d.mob(p.mobile);
      if (chance(0.7)) { rec.bank_card = d.card(p.card); rec.bank_code = bankCodeOf(p.card); }
      rec.face_score = Number((0.6 + rnd() * 0.39).toFixed(3)); rec.result = rec.face_score > 0.75 ? 'PASS' : 'FAIL'; rec.reason = rec.result === 'PASS' ? null : '人脸比对分数过低';
    }
    if (chance(0.3)) rec.device = { imei: d.decoy('imei', imei()), os: pick(['Android 13', 'iOS 17.2', 'HarmonyOS 4.0']) };
    L.push(JSON.stringify(rec));
  }
  emit(d, L.join('\n') + '\n');
}

// 15. shop API JSON
function kApi() {
  const d = new Doc('shop-api-json');
  const t = tm(); const p = newPerson(); const w = waybill();
  const plain = chance(0.7);
  const ks = chance(0.3);
  const items = Array.from({ length: ri(1, 3) }, () => { const pr = pick(PRODUCTS); return { pr, qty: ri(1, 3) }; });
  const total = Math.round(items.reduce((a, x) => a + x.pr[3] * x.qty, 0) * 100);
  const enc = (pfx) => d.decoy('ciphertext', pfx + Array.from({ length: ri(40, 60) }, () => pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split(''))).join('') + pfx);
  let obj;
  if (!ks) {
    const o = d.order();
    obj = { code: 10000, msg: 'success', log_id: d.decoy('log_id', t.date.replace(/-/g, '') + digits(14).toUpperCase() + 'A1B2'), data: { shop_order_detail: {
      order_id: o, shop_id: Number(d.decoy('shop_id', String(ri(1, 9)) + digits(7))), shop_name: d.shop(pick(SHOPS)), order_status: 3, order_status_desc: '已发货',
      create_time: Number(d.decoy('epoch_s', String(t.epoch))), pay_amount: Number(d.decoy('amount_fen', String(total))), post_amount: 0,
      post_receiver: plain ? d.name(p.name) : undefined, post_tel: plain ? d.mob(p.mobile) : undefined,
      encrypt_post_receiver: enc('#'), encrypt_post_tel: enc('$'), mask_post_receiver: d.nmask(p.name), mask_post_tel: d.mmask(p.mobile),
      post_addr: { province: { name: p.addr.prov, id: d.decoy('region_id', p.addr.code.slice(0, 2)) }, city: { name: p.addr.city }, town: { name: p.addr.county }, street: { name: p.addr.town }, detail: plain ? p.addr.detail : undefined, encrypt_detail: plain ? undefined : enc('#') },
      logistics_info: [{ tracking_no: d.wb(w).no, company_name: w.company, ship_time: t.epoch + 86400 }],
      sku_order_list: items.map((x) => ({ order_id: d.order(o.slice(0, 14) + digits(5)), product_id: d.decoy('product_id', productId()), product_name: d.prod(x.pr), sku_id: d.decoy('sku', digits(16).replace(/^./, '1')), item_num: x.qty, origin_amount: Math.round(x.pr[3] * 100), author_id: Number(d.decoy('author_id', authorId())), author_name: d.nick(pick(DAREN_NICKS)), room_id: d.decoy('room_id', roomId()), main_img: `https://p3-ecom.example-cdn.com/img/${digits(8)}${pick(['@2x.png', '~tplv-noop.jpeg'])}` })),
      buyer_words: chance(0.3) ? pick(['放门口', '发顺丰', '不要辣的']) : '',
    } } };
    for (const it of obj.data.shop_order_detail.sku_order_list) if (it.main_img.includes('@2x')) d.decoy('email_like', it.main_img.split('/').pop());
  } else {
    const o = ksOrder(); d.order(o);
    obj = { result: 1, data: { oid: o, status: 40, createTime: Number(d.decoy('epoch_ms', String(t.ms))), totalFee: total, buyerNick: d.nick(pick(VIEWER_NICKS)),
      addressInfo: { consignee: plain ? d.name(p.name) : d.nmask(p.name), mobile: plain ? d.mob(p.mobile, chance(0.3) ? '+86-' : 'plain') : d.mmask(p.mobile), province: p.addr.prov, city: p.addr.city, district: p.addr.county, address: plain ? p.addr.detail : enc('') },
      logisticsInfo: { expressNo: d.wb(w).no, expressCompany: w.company },
      orderItemInfo: items.map((x) => ({ itemTitle: d.prod(x.pr), skuNick: pick(SPECS), num: x.qty, itemId: Number(d.decoy('product_id', String(ri(2, 9)) + digits(13))), relSkuId: d.decoy('sku', skuCode()) })),
      sellerNote: chance(0.3) ? `改地址 ${plain ? d.name(p.name) : '见备注'}` : '' } };
  }
  emit(d, JSON.stringify(obj, (k, v) => (v === undefined ? undefined : v), chance(0.5) ? 2 : 0) + '\n');
}

// 16. OCR'd screenshots
function noisySpaces(s) { return [...s].map((c, i) => (i > 0 && c.charCodeAt(0) > 0x2e80 && chance(0.3) ? ' ' + c : c)).join(''); }
function ocrBreak(s) { const i = [...s].findIndex((c, j) => j > 2 && (c === '0' || c === '1' || c === '8')); if (i < 0) return s.slice(0, 5) + 'l' + s.slice(6); const c = s[i]; return s.slice(0, i) + (c === '0' ? 'O' : c === '1' ? 'l' : 'B') + s.slice(i + 1); }
function kOcr() {
  const d = new Doc('ocr-screenshot');
  const kind = ri(0, 3);
  const p = newPerson({ minY: 1985, maxY: 2004 });
  const L = [];
  if (kind === 0) { // ID card front (实名认证 upload)
    L.push(noisySpaces('姓名 ') + d.name(p.name).split('').join(chance(0.5) ? ' ' : ''));
    L.push(noisySpaces(`性别 ${p.sex === 'F' ? '女' : '男'}  民族 ${p.minority ? '维吾尔' : '汉'}`));
    L.push(`出生 ${p.b.y} 年 ${p.b.m} 月 ${p.b.d} 日`);
    L.push('住址 ' + noisySpaces(p.addr.full.slice(0, 14)));
    L.push(noisySpaces(p.addr.full.slice(14)));
    if (chance(0.75)) L.push('公民身份号码 ' + d.id(p.id, pick(['plain', 'plain', 'sp', 'fw'])));
    else { const s = ocrBreak(p.id); d.dc('cn_resident_id', p.id); L.push('公民身份号码 ' + s); }
    L.push(pick(['', '[图片模糊，请重新上传]', '识别置信度 0.91']));
  } else if (kind === 1) { // bank transfer receipt (commission)
    const t = tm(); const co = pick(COMPANIES);
    L.push(noisySpaces('转账成功'));
    L.push(d.amt('¥' + moneyC(ri(3000, 40000) + 0.5)));
    L.push(noisySpaces('收款人') + ' ' + d.name(p.name));
    if (chance(0.7)) L.push(noisySpaces('收款账户') + ' ' + d.card(p.card, pick(['sp4', 'plain'])));
    else { const s = ocrBreak(p.card); d.dc('bank_card', p.card); L.push(noisySpaces('收款账户') + ' ' + fmtCard(s, 'plain')); }
    L.push(noisySpaces('收款银行') + ' ' + p.bank);
    L.push(noisySpaces('付款账户') + ' ' + d.company(co.name) + ' ' + d.decoy('masked_account', '尾号' + digits(4)));
    L.push(noisySpaces('交易时间') + ' ' + d.ts(t.str));
    L.push(noisySpaces('交易流水号') + ' ' + d.decoy('bank_txn', t.date.replace(/-/g, '') + digits(11)));
    L.push(noisySpaces('附言') + ' ' + `${t.m}月主播佣金`);
  } else if (kind === 2) { // 订单详情 screenshot
    const o = dyOrder(); const w = waybill();
    L.push(noisySpaces('订单详情'));
    L.push(noisySpaces('收货信息'));
    const mob = chance(0.7) ? d.mob(p.mobile, pick(['plain', 'sp'])) : (d.dc('cn_mobile', p.mobile), ocrBreak(p.mobile));
    L.push(`${d.name(p.name)}  ${mob}`);
    L.push(noisySpaces(p.addr.full));
    L.push(noisySpaces('订单编号') + ' ' + d.order(o) + ' 复制');
    L.push(noisySpaces('运单号') + ' ' + d.wb(w).no);
    L.push(noisySpaces('实付款') + ' ' + d.amt('¥' + money(ri(20, 300) + 0.9)));
    L.push(noisySpaces('下单时间') + ' ' + d.ts(tm().str));
  } else { // 实名认证 result page / 提现绑定 page
    L.push(noisySpaces('实名认证信息'));
    L.push(noisySpaces('真实姓名') + '  ' + d.name(p.name));
    L.push(noisySpaces('证件号码') + '  ' + (chance(0.5) ? d.imask(p.id) : d.id(p.id, 'plain')));
    L.push(noisySpaces('绑定手机') + '  ' + (chance(0.5) ? d.mmask(p.mobile) : d.mob(p.mobile)));
    L.push(noisySpaces('提现银行卡') + '  ' + (chance(0.5) ? d.cmask(p.card) : d.card(p.card, 'sp4')));
    if (chance(0.4)) L.push(noisySpaces('邮箱') + '  ' + d.mail(p.email));
    L.push(noisySpaces('认证状态  已认证'));
  }
  emit(d, L.join('\n') + '\n');
}

// 17. mail bodies
function kMail() {
  const d = new Doc('mail');
  const brand = pick(BRANDS); const co = pick(COMPANIES);
  const bd = newPerson({ minY: 1985, maxY: 1999, domain: brand.domain });
  const ag = newPerson({ minY: 1988, maxY: 2000, domain: co.domain });
  const t = tm();
  const L = [];
  const fromFmt = chance(0.5) ? `"${bd.name}" <${d.mail(bd.email)}>` : d.mail(bd.email);
  if (fromFmt.startsWith('"')) d.name(bd.name);
  L.push(`From: ${fromFmt}`);
  L.push(`To: ${d.mail(ag.email, chance(0.15) ? 'cap' : undefined)}`);
  if (chance(0.5)) { const cc = newPerson({ domain: brand.domain }); L.push(`Cc: ${d.mail(cc.email)}`); }
  L.push(`Date: ${t.str} +0800`);
  const topic = ri(0, 2);
  L.push(`Subject: ${['【合作确认】', '【对账】', '【寄样】'][topic]}${brand.short} x ${co.short} ${t.m}月专场`);
  L.push('');
  L.push(`${d.nameDC(ag.sur + pick(['老师', '经理', '总']))}好，`);
  if (topic === 0) {
    L.push(`  ${t.m}月${ri(1, 28)}日${pick(['晚8点', '晚7点半'])}专场合作确认如下：坑位费${d.amt(pick(['2万', '3.5万', '5万']))}，佣金${ri(15, 30)}%，主推${d.prod(pick(PRODUCTS))}。`);
    L.push(`  直播间ID ${d.decoy('room_id', roomId())}，请主播提前一天彩排。合同盖章版请寄到我司，收件人写我就行。`);
  } else if (topic === 1) {
    L.push(`  附件为${t.m - 1 || 12}月佣金对账单，GMV ${d.amt(moneyC(ri(100000, 3000000)))}，退款率${ri(5, 30)}%。`);
    L.push(`  请贵司确认后开具发票，开票信息：${d.company(co.name)}，税号 ${d.uscc(co.uscc)}。`);
    L.push(`  对公账户：${pick(['招商银行', '中国工商银行'])}${co.city}分行  账号 ${d.dc('bank_card', '' + ri(1, 9) + digits(ri(11, 14)))}`);
  } else {
    const p = newPerson(); const w = d.wb();
    L.push(`  样品已于${t.cn}寄出，${w.company}单号 ${w.no}。`);
    L.push(`  收样人：${d.name(p.name)}，电话 ${d.mobMix(p.mobile)}，地址 ${p.addr.full}。`);
  }
  L.push('');
  L.push('有问题随时联系，谢谢！');
  L.push('');
  L.push('--');
  L.push(d.name(bd.name));
  L.push(`${d.company(brand.name)} | ${d.job(pick(['商务BD', '招商专员', '渠道经理', '直播运营']))}`);
  L.push(`M: ${d.mob(bd.mobile, pick(['plain', 'sp', 'dash', '+86sp']))}`);
  if (chance(0.7)) { const ll = landlineOf(brand); L.push(`T: ${d.tel(ll.area, ll.num, pick(['dash', 'paren', 'sp']), chance(0.3) ? String(ri(800, 8999)) : undefined)}`); }
  L.push(`E: ${bd.email}`);
  if (chance(0.4)) L.push(`客服热线：${d.decoy('hotline', '400-' + ri(600, 899) + '-' + digits(4))}`);
  emit(d, L.join('\n') + '\n');
}

// 18. SMS send log
function kSms() {
  const d = new Doc('sms-log');
  const shop = pick(SHOPS); const sig = shop.replace(/(抖音旗舰店|官方店|快手小店|直播间)$/, '');
  d.shop(sig);
  const L = ['发送时间\t手机号\t短信内容\t状态\t回执码'];
  const n = ri(5, 20);
  for (let i = 0; i < n; i++) {
    const p = newPerson(); const t = tm();
    const w = waybill();
    const k = ri(0, 3);
    let body;
    if (k === 0) { d.wb(w); body = `【${sig}】亲，您在直播间购买的宝贝已发货，${w.company}${w.no}，收件人${chance(0.6) ? d.name(p.name) : d.nmask(p.name)}，请留意查收。回T退订`; }
    else if (k === 1) body = `【${sig}】您的验证码为${d.decoy('otp', digits(6))}，5分钟内有效，请勿泄露。`;
    else if (k === 2) body = `【${sig}】${d.nameDC(titleOf(p))}您好，您的售后申请已通过，退款${d.amt(money(ri(10, 300) + 0.9))}元将原路退回。`;
    else body = `【${sig}】宠粉福利！今晚8点直播间${d.amt(pick(['9.9', '19.9']))}元秒杀，粉丝专享券已到账。回T退订`;
    L.push([d.ts(t.str), d.mob(p.mobile), body, pick(['成功', '成功', '成功', '失败']), d.decoy('sms_receipt', 'DELIVRD' === 'x' ? '' : pick(['DELIVRD', 'UNDELIV', 'MK:0001']) + ':' + digits(10))].join('\t'));
  }
  emit(d, L.join('\n') + '\n');
}

// 19. meeting minutes
function kMinutes() {
  const d = new Doc('minutes');
  const t = tm(); const co = pick(COMPANIES);
  const ppl = Array.from({ length: ri(4, 7) }, () => newPerson({ minY: 1988, maxY: 2003 }));
  const extra = newPerson();
  const ag = newPerson();
  const L = [];
  L.push(`${t.m}.${t.d} 专场直播复盘会议纪要`);
  L.push(`时间：${t.date} 10:00-11:30    地点：${co.short}3楼会议室`);
  L.push(`参会人：${ppl.map((p) => d.name(p.name) + (chance(0.3) ? `（${d.job(pick(['主播', '场控', '运营主管', '投流专员']))}）` : '')).join('、')}`);
  L.push(`记录人：${d.name(extra.name)}`);
  L.push('');
  L.push('一、数据回顾');
  L.push(`  本场GMV ${d.amt(ri(20, 300) + '.' + ri(1, 9) + '万')}，成交${ri(1000, 20000)}单，UV价值${(ri(10, 60) / 10).toFixed(1)}，退款率${ri(3, 25)}%，${d.decoy('word', '付费')}投流消耗${d.amt(ri(1, 9) + '.' + ri(1, 9) + '万')}。`);
  L.push('二、问题');
  L.push(`  1. ${ppl[1].name}反馈${d.prod(pick(PRODUCTS))}库存同步延迟，超卖${ri(10, 200)}单，需仓库${d.decoy('word', '马上')}排查。`);
  L.push(`  2. 买家"${d.nick(pick(VIEWER_NICKS))}"多次恶意仅退款，已拉黑；${d.decoy('word', '安全')}部门建议上报平台。`);
  L.push(`  3. ${d.nameDC(extra.name === ppl[2].name ? ppl[3].name : ppl[2].name)}提出${d.decoy('word', '方案')}：福袋改为粉丝团专属。`);
  L.push('三、待办');
  L.push(`  - ${ppl[0].name}：联系达人经纪人${d.name(ag.name)}（${d.mob(ag.mobile)}）确认下月档期。`);
  L.push(`  - ${ppl[1].name}：周三前提交${d.decoy('word', '程序')}化选品表。`);
  if (chance(0.5)) L.push(`  - 财务${d.nameDC(newPerson().name)}已在跟进上月佣金发放。`);
  L.push('');
  L.push(`下次会议：${d.decoy('word', '周一')}上午10点`);
  emit(d, L.join('\n') + '\n');
}

// 20. ERP XML export
function kXml() {
  const d = new Doc('erp-xml');
  const shop = pick(SHOPS);
  const t0 = tm();
  const L = ['<?xml version="1.0" encoding="UTF-8"?>', `<orders source="${pick(['jst', 'wdt', 'wdgj'])}" shop="${d.shop(shop)}" export_time="${d.ts(t0.str)}">`];
  const n = ri(2, 10);
  for (let i = 0; i < n; i++) {
    const p = newPerson(); const w = d.wb(); const t = tm();
    L.push('  <order>');
    L.push(`    <so_id>${d.order()}</so_id>`);
    L.push(`    <o_id>${d.decoy('erp_id', String(ri(1, 9)) + digits(7))}</o_id>`);
    L.push(`    <order_date>${d.ts(t.str)}</order_date>`);
    L.push(`    <receiver_name>${chance(0.9) ? d.name(p.name) : d.nmask(p.name)}</receiver_name>`);
    L.push(`    <receiver_mobile>${chance(0.9) ? d.mob(p.mobile) : d.mmask(p.mobile)}</receiver_mobile>`);
    if (chance(0.15)) { const ll = { area: pick(['010', '021', '0571', '0755', '020', '028']), num: '' }; ll.num = areaNum(ll.area); L.push(`    <receiver_phone>${d.tel(ll.area, ll.num, 'dash')}</receiver_phone>`); }
    else L.push('    <receiver_phone/>');
    L.push(`    <receiver_state>${p.addr.prov}</receiver_state><receiver_city>${p.addr.city}</receiver_city><receiver_district>${p.addr.county}</receiver_district>`);
    L.push(`    <receiver_address>${p.addr.detail.replace('(', '（').replace(')', '）')}</receiver_address>`);
    L.push(`    <logistics_company>${w.company}</logistics_company><l_id>${w.no}</l_id>`);
    L.push(`    <pay_amount>${d.amt(money(ri(20, 800) + 0.9))}</pay_amount>`);
    L.push('    <items>');
    for (let j = 0; j < ri(1, 3); j++) { const pr = pick(PRODUCTS); L.push(`      <item><sku_id>${d.decoy('sku', skuCode())}</sku_id><name>${d.prod(pr)}</name><qty>${ri(1, 3)}</qty><price>${pr[3]}</price></item>`); }
    L.push('    </items>');
    if (chance(0.2)) L.push(`    <buyer_message>${pick(['发顺丰', '别放驿站', '生日礼物 不要小票'])}</buyer_message>`);
    L.push('  </order>');
  }
  L.push('</orders>');
  emit(d, L.join('\n') + '\n');
}

// 21. 风控 blacklist notes
function kBlacklist() {
  const d = new Doc('risk-blacklist');
  const L = [`【风控】恶意退款/职业索赔 买家名单（内部，勿外传） 更新：${tm().date}`, ''];
  const n = ri(3, 9);
  for (let i = 0; i < n; i++) {
    const p = newPerson({ minY: 1965, maxY: 2000 });
    const style = ri(0, 2);
    if (style === 0) {
      L.push(`${i + 1}. ${d.nmask(p.name)} / ${d.name(p.name)}  手机 ${d.mob(p.mobile, pick(['plain', 'sp']))}  身份证 ${d.id(p.id)}`);
      L.push(`   ${pick(['多个店铺恶意仅退款', '收货后以"少件"为由申请退款', '职业打假，专挑标签瑕疵索赔', '拍下后拒收，多次'])}，关联收货地址${ri(2, 5)}个，涉及订单 ${d.order()} 等。`);
    } else if (style === 1) {
      const legacy = p.b.y < 1985 && chance(0.6);
      L.push(`${i + 1}. 姓名：${d.name(p.name)}；电话：${d.mobMix(p.mobile)}；证件：${legacy ? d.id15(p.id) + '（老证号）' : d.id(p.id, chance(0.2) ? 'x' : 'plain')}`);
      L.push(`   ${t2s()}起在${d.decoy('word', '周一')}至周三集中下单，退款金额累计${d.amt(moneyC(ri(2000, 30000)))}元；${chance(0.5) ? '收款卡 ' + d.card(p.card) : '支付宝 ' + d.mmask(p.mobile)}。`);
    } else {
      const other = newPerson();
      L.push(`${i + 1}. 买家昵称"${d.nick(pick(VIEWER_NICKS))}"，实名${d.name(p.name)}，${d.mob(p.mobile)}；同一设备还登录过${d.nameDC(other.name)}的账号，${pick(['疑似团伙', '疑似工作室'])}。`);
    }
  }
  L.push('');
  L.push(`处理：以上买家下单自动拦截，客服遇到直接转${d.job('客服主管')}。`);
  emit(d, L.join('\n') + '\n');
}
function t2s() { const t = tm({ y: 2023, m0: 6, m1: 12 }); return `${t.y}年${t.m}月`; }

// 22. settlement / payout service log
function kLog() {
  const d = new Doc('payout-log');
  const L = [];
  let t = tm({ h: 23 });
  const batch = d.decoy('batch_no', 'PO' + t.y + p2(t.m) + '-' + String(ri(1, 99)).padStart(3, '0'));
  const n = ri(4, 14);
  const thr = () => `settle-worker-${ri(1, 8)}`;
  for (let i = 0; i < n; i++) {
    const p = newPerson({ minY: 1990, maxY: 2004 });
    t = later(t, ri(0, 2));
    const iso = d.ts(`${t.date}T${t.time}.${String(ri(0, 999)).padStart(3, '0')}+08:00`);
    const aid = d.decoy('author_id', authorId());
    const amt = d.amt(money(ri(2000, 60000) + ri(0, 99) / 100));
    L.push(`${iso} INFO  [${thr()}] c.l.settle.PayoutService - payout submitted batch=${batch} anchorId=${aid} name=${d.name(p.name)} card=${d.card(p.card)} bank=${bankCodeOf(p.card)} amount=${amt}`);
    if (chance(0.35)) L.push(`${iso} DEBUG [${thr()}] c.l.settle.KycClient - kyc ok idNo=${d.id(p.id)} mobile=${d.mob(p.mobile)} traceId=${d.decoy('trace_id', Array.from({ length: 16 }, () => pick('0123456789abcdef'.split(''))).join(''))}`);
    if (chance(0.15)) L.push(`${iso} WARN  [${thr()}] c.l.settle.BankGateway - bank reject code=ACCT_NAME_MISMATCH cardNo=${d.decoy('masked_card', p.card.slice(0, 6) + '******' + p.card.slice(-4))} retry=1`);
    if (chance(0.1)) L.push(`${iso} ERROR [${thr()}] c.l.settle.BankGateway - timeout after 30000ms, txn=${d.decoy('bank_txn', t.date.replace(/-/g, '') + digits(14))}`);
  }
  L.push(`${later(t, 1).date}T${later(t, 1).time}.000+08:00 INFO  [main] c.l.settle.BatchJob - batch ${batch} done, ${n} items`);
  emit(d, L.join('\n') + '\n');
}

// 23. invoice request (开票信息)
function kInvoice() {
  const d = new Doc('invoice-request');
  const L = [];
  const personal = chance(0.35);
  const p = newPerson();
  const t = tm();
  L.push(pick(['【开票申请】', '发票申请单', '开票信息登记']));
  L.push(`订单号：${d.order()}`);
  if (personal) {
    L.push(`发票类型：电子普通发票（个人）`);
    L.push(`发票抬头：${d.name(p.name)}`);
    if (chance(0.5)) L.push(`身份证号：${d.id(p.id)}`);
  } else {
    const c = pick([...BRANDS, ...COMPANIES]);
    const ll = landlineOf(c);
    L.push(`发票类型：${pick(['增值税专用发票', '电子普通发票'])}`);
    L.push(`单位名称：${d.company(c.name)}`);
    L.push(`纳税人识别号：${d.uscc(c.uscc)}`);
    if (chance(0.25)) { const wrong = c.uscc.slice(0, 17) + UA[(UA.indexOf(c.uscc[17]) + ri(1, 30)) % 31]; L.push(`（买家首次填写的税号 ${d.decoy('uscc_bad_check', wrong)} 校验不通过，已联系更正）`); }
    L.push(`地址、电话：${c.city || ''}${pick(STREETS)}${ri(1, 500)}号 ${d.tel(ll.area, ll.num, pick(['dash', 'sp']))}`);
    L.push(`开户行及账号：${pick(['中国工商银行', '招商银行', '中国建设银行'])}${c.city || ''}${pick(['分行', '高新支行'])} ${d.dc('bank_card', String(ri(1, 9)) + digits(pick([11, 13, 14, 20])))}`);
  }
  L.push(`开票金额：${d.amt(money(ri(100, 20000)))}`);
  L.push(`收票人：${d.name(p.name)}`);
  L.push(`收票人手机：${d.mob(p.mobile, pick(['plain', 'dash', 'sp']))}`);
  L.push(`收票邮箱：${d.mail(p.email, pick([undefined, undefined, 'cap', 'upper']))}`);
  L.push(`申请时间：${d.ts(t.str)}`);
  emit(d, L.join('\n') + '\n');
}

// 24. 福袋 / lottery winners (public masked + internal)
function kLottery() {
  const d = new Doc('lottery-winners');
  const t = tm();
  const prize = pick(['周大福足金转运珠', '苹果手机', '戴森吹风机', '扫地机器人', '100元无门槛券']);
  const big = !prize.includes('券');
  const internal = chance(0.6);
  const L = [];
  const n = ri(3, 12);
  if (!internal) {
    L.push(`🎉 ${t.m}月${t.d}日 直播间福袋中奖公示 🎉`);
    L.push(`奖品：${prize.includes('周大福') ? d.decoy('brand', '周大福') + '足金转运珠' : prize}`);
    for (let i = 0; i < n; i++) { const p = newPerson(); L.push(`${i + 1}. ${d.nick(pick(VIEWER_NICKS))}  ${d.nmask(p.name)}  ${d.mmask(p.mobile)}`); }
    L.push(`请中奖${d.decoy('nickname', '家人们')}3天内私信客服登记，逾期视为放弃。`);
  } else {
    L.push(`福袋中奖登记（内部） 场次 ${t.date}  奖品：${prize.includes('周大福') ? d.decoy('brand', '周大福') + '足金转运珠' : prize}`);
    L.push(['序号', '抖音昵称', '抖音号', '姓名', '电话', '收货地址', big ? '身份证号(代扣个税)' : '备注', '登记客服'].join('|'));
    const cs = newPerson({ minY: 1995, maxY: 2003 });
    for (let i = 0; i < n; i++) {
      const p = newPerson();
      L.push([i + 1, d.nick(pick(VIEWER_NICKS)), d.decoy('douyin_id', dyHandle()), d.name(p.name), d.mobMix(p.mobile), p.addr.full, big ? (chance(0.75) ? d.id(p.id, chance(0.15) ? 'sp' : 'plain') : chance(0.5) ? (() => { const b = badID(p); return d.decoy(b.kind, b.v) + '(号码有误待核)'; })() : '未提供') : pick(['', '已发', '换色']), d.name(cs.name)].join('|'));
    }
  }
  emit(d, L.join('\n') + '\n');
}

// ================================================================ build
const PLAN = [
  [kDyOrders, 18], [kKsOrders, 12], [kWaybill, 10], [kContract, 16], [kPayout, 14], [kFans, 12], [kAftersales, 18], [kDaren, 12],
  [kSamples, 10], [kDanmu, 12], [kCsChat, 16], [kRoster, 12], [kRefunds, 12], [kRealname, 12], [kApi, 14], [kOcr, 18],
  [kMail, 16], [kSms, 8], [kMinutes, 10], [kXml, 10], [kBlacklist, 10], [kLog, 10], [kInvoice, 14], [kLottery, 10],
];
const order = [];
for (const [fn, n] of PLAN) for (let i = 0; i < n; i++) order.push(fn);
for (const fn of shuffle(order)) fn();

// ================================================================ self-check
const errors = [];
const err = (id, m) => { if (errors.length < 50) errors.push(`${id}: ${m}`); };
function validID(v) {
  if (!/^\d{17}[\dX]$/.test(v)) return false;
  if (idCheck(v.slice(0, 17)) !== v[17]) return false;
  if (!REGION_CODES.has(v.slice(0, 6))) return false;
  const y = +v.slice(6, 10), m = +v.slice(10, 12), dd = +v.slice(12, 14);
  return y >= 1900 && y <= 2024 && m >= 1 && m <= 12 && dd >= 1 && dd <= dim(y, m);
}
function plausibleID(v) { // any region of a province, real date, right check: used to scan for stray values
  if (!/^\d{17}[\dX]$/.test(v) || idCheck(v.slice(0, 17)) !== v[17]) return false;
  const pr = +v.slice(0, 2); if (![11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65].includes(pr)) return false;
  const y = +v.slice(6, 10), m = +v.slice(10, 12), dd = +v.slice(12, 14);
  return y >= 1900 && y <= 2025 && m >= 1 && m <= 12 && dd >= 1 && dd <= dim(y, m);
}
function validUSCC(v) { return v.length === 18 && [...v].every((c) => UA.includes(c)) && usccCheck(v.slice(0, 17)) === v[17] && orgCheck(v.slice(8, 16)) === v[16]; }
const out = [];
const counters = { kinds: {}, ent: {}, dc: {}, decoys: {} };
const seq = {};
for (const { d, text } of docs) {
  seq[d.kind] = (seq[d.kind] || 0) + 1;
  const id = `lv-${d.kind}-${seq[d.kind]}`;
  const entities = [...d.E.values()], dontCare = [...d.D.values()], decoys = [...d.X.values()];
  const T = text.normalize('NFKC');
  const Tl = T.toLowerCase();
  const Tcompact = Tl.replace(/[\s\-()（）+'"]/g, '');
  const Tname = T.replace(/\s+/g, '');
  const entSet = new Set(entities.map((e) => e.detector + '\u0000' + e.value));
  const labelled = new Set([...entities, ...dontCare].map((e) => e.detector + '\u0000' + e.value));
  for (const e of entities) {
    const v = e.value;
    switch (e.detector) {
      case 'person_name_zh': if (!Tname.includes(v)) err(id, `name ${v} not in text`); if (!/^[\u4e00-\u9fa5·]{2,10}$/.test(v)) err(id, `bad name ${v}`); break;
      case 'cn_mobile': if (!MOBILE_RE.test(v)) err(id, `mobile prefix ${v}`); if (!Tcompact.includes(v)) err(id, `mobile ${v} not in text`); break;
      case 'cn_resident_id': if (!validID(v)) err(id, `bad id ${v}`); if (!Tcompact.includes(v.toLowerCase()) && !Tcompact.includes(v.slice(0, 6) + v.slice(8, 17))) err(id, `id ${v} not in text`); break;
      case 'bank_card': if (!luhnOk(v) || !/^62\d{14,17}$/.test(v)) err(id, `bad card ${v}`); if (!Tcompact.includes(v)) err(id, `card ${v} not in text`); break;
      case 'email': if (v !== v.toLowerCase() || !/^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v)) err(id, `bad email ${v}`); if (!Tl.includes(v)) err(id, `email ${v} not in text`); break;
      case 'cn_uscc': if (!validUSCC(v)) err(id, `bad uscc ${v}`); if (!T.includes(v)) err(id, `uscc ${v} not in text`); break;
      case 'cn_landline': if (!/^0\d{9,11}$/.test(v)) err(id, `bad landline ${v}`); if (!Tcompact.includes(v)) err(id, `landline ${v} not in text`); break;
      case 'cn_passport': if (!/^E[0-9A-HJ-NP-Z]\d{7}$/.test(v)) err(id, `bad passport ${v}`); if (!T.includes(v)) err(id, `passport ${v} not in text`); break;
      default: err(id, `unknown detector ${e.detector}`);
    }
  }
  for (const x of decoys) {
    if (!text.includes(x.text)) err(id, `decoy "${x.text}" not in text`);
    const xn = x.text.normalize('NFKC').replace(/[\s\-]/g, '').toLowerCase();
    for (const e of entities) if (xn === e.value.toLowerCase()) err(id, `decoy equals entity ${e.value}`);
  }
  for (const e of dontCare) if (entSet.has(e.detector + '\u0000' + e.value)) err(id, `dontCare also entity ${e.value}`);
  // stray valid values that nobody labelled (collisions in random decoys)
  for (const m of T.matchAll(/\d+[Xx]?/g)) {
    const run = m[0].toUpperCase(); const isX = run.endsWith('X'); const dg = isX ? run.slice(0, -1) : run;
    if (!isX && dg.length === 11 && MOBILE_RE.test(dg) && !labelled.has('cn_mobile\u0000' + dg)) err(id, `stray mobile ${dg}`);
    if (run.length === 18 && plausibleID(run) && !labelled.has('cn_resident_id\u0000' + run)) err(id, `stray id ${run}`);
    if (!isX && dg.length >= 16 && dg.length <= 19 && /^(62|81)/.test(dg) && luhnOk(dg) && !labelled.has('bank_card\u0000' + dg) && !labelled.has('cn_resident_id\u0000' + run)) err(id, `stray card ${dg}`);
    if (!isX && dg.length === 15 && REGION_CODES.has(dg.slice(0, 6))) {
      const up = dg.slice(0, 6) + '19' + dg.slice(6); const full = up + idCheck(up);
      if (validID(full) && !labelled.has('cn_resident_id\u0000' + full)) err(id, `stray legacy id ${dg}`);
    }
  }
  for (const m of Tl.matchAll(EMAIL_RE)) {
    const v = m[0];
    if (/\.(png|jpe?g|gif|webp)$/.test(v)) continue;
    if (!labelled.has('email\u0000' + v)) err(id, `stray email ${v}`);
  }
  counters.kinds[d.kind] = (counters.kinds[d.kind] || 0) + 1;
  for (const e of entities) counters.ent[e.detector] = (counters.ent[e.detector] || 0) + 1;
  for (const e of dontCare) counters.dc[e.detector] = (counters.dc[e.detector] || 0) + 1;
  for (const x of decoys) counters.decoys[x.kind] = (counters.decoys[x.kind] || 0) + 1;
  out.push(JSON.stringify({ id, kind: d.kind, text, entities, dontCare, decoys }));
}
const allDecoyTexts = new Set(docs.flatMap(({ d }) => [...d.X.keys()]));
for (const { d } of docs) for (const e of d.E.values()) if (e.detector === 'person_name_zh' && allDecoyTexts.has(e.value)) errors.push(`name ${e.value} is a decoy elsewhere`);
const totalEnt = Object.values(counters.ent).reduce((a, b) => a + b, 0);
const totalDecoy = Object.values(counters.decoys).reduce((a, b) => a + b, 0);
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((counters.ent[det] || 0) < 150) errors.push(`only ${counters.ent[det] || 0} ${det} entities`);
if (Object.keys(counters.kinds).length < 15) errors.push('fewer than 15 kinds');
if (totalDecoy < totalEnt) errors.push(`decoys ${totalDecoy} < entities ${totalEnt}`);

const outPath = process.argv[2];
if (!outPath) { console.error('usage: node livestream.mjs OUT.jsonl'); process.exit(2); }
writeFileSync(outPath, out.join('\n') + '\n');
console.log(`livestream corpus: ${out.length} documents -> ${outPath}`);
console.log('documents per kind:'); for (const [k, v] of Object.entries(counters.kinds).sort()) console.log(`  ${k.padEnd(22)} ${v}`);
console.log('entities per detector:'); for (const [k, v] of Object.entries(counters.ent).sort()) console.log(`  ${k.padEnd(22)} ${v}`);
console.log('dontCare per detector:'); for (const [k, v] of Object.entries(counters.dc).sort()) console.log(`  ${k.padEnd(22)} ${v}`);
console.log(`decoys per kind (total ${totalDecoy}, entities ${totalEnt}):`); for (const [k, v] of Object.entries(counters.decoys).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(22)} ${v}`);
if (errors.length) { console.error('SELF-CHECK FAILED:'); for (const e of errors) console.error('  ' + e); process.exit(1); }
console.log('self-check: OK');
