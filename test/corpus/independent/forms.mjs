#!/usr/bin/env node
// Theme: filled forms and registrations, as text extracted from them — loan and
// credit-card applications, 投保单, hotel/hostel registers, 病案首页 and 入院登记,
// school enrolment and 学籍卡, 入职登记表, 开户申请书, rental contracts, court and
// arbitration papers, 个人信息表, volunteer sign-ups, car rental, SIM 实名登记,
// 快递实名寄件, 社区登记, gym and shop memberships, 婚姻登记, 献血, 驾校报名. One person
// (or a few) with data in labelled fields, in the layouts real extraction produces:
// `标签：值` lines, several fields per line, label/value on separate lines (table
// cells), PDF blocks (labels first, values after), checkboxes, underlines,
// bracketed values, bilingual labels, signatures, plus register tables of 1-80 rows.
//
// Usage:   node forms.mjs OUT.jsonl
// Output:  one JSON object per line:
//   {"id":"forms-<kind>-<n>","kind":"<kind>","text":"...",
//    "entities":[{"detector","value"}],  must be reported (unique per doc)
//    "dontCare":[{"detector","value"}],  either answer is fine
//    "decoys":[{"kind","text"}]}         must NOT be reported under any detector
// Normalisation of values: cn_resident_id 18 chars, upper-case X (legacy 15-digit
// numbers upgraded to 18); cn_mobile 11 digits (no +86); cn_landline digits incl.
// leading 0 and area code; email lower-case; bank_card digits only; cn_passport
// upper-case; cn_uscc 18 chars upper-case; person_name_zh as written without
// spaces, titles or pinyin.
// All data synthetic and deterministic (seeded PRNG). Self-check at the end, exit 1
// on failure.
//
// Written in session 23 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.

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
const R = mulberry32(0x23f0a11c);
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
const pad = (n, w = 2) => String(n).padStart(w, '0');
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const fw = (s) => s.replace(/[0-9A-Za-z@]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

// ---------------------------------------------------------------- check algorithms
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b) { let s = 0; for (let i = 0; i < 17; i++) s += +b[i] * IDW[i]; return '10X98765432'[s % 11]; }
function luhnOk(d) { let s = 0, alt = false; for (let i = d.length - 1; i >= 0; i--) { let n = +d[i]; if (alt) { n *= 2; if (n > 9) n -= 9; } s += n; alt = !alt; } return s % 10 === 0; }
function luhnDone(body) { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return body + c; }
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(b) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(b[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; }
function orgCheck(b8) {
  const W = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0;
  for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * W[i]; }
  const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
const PROVS = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65']);
function dateOk(y, m, d) { if (m < 1 || m > 12 || d < 1) return false; return d <= new Date(Date.UTC(y, m, 0)).getUTCDate(); }
function idValid(v) {
  if (!/^\d{17}[\dX]$/.test(v) || !PROVS.has(v.slice(0, 2))) return false;
  const y = +v.slice(6, 10), m = +v.slice(10, 12), d = +v.slice(12, 14);
  return y >= 1900 && y <= 2025 && dateOk(y, m, d) && idCheck(v) === v[17];
}
function legacyPlausible(s) { return PROVS.has(s.slice(0, 2)) && dateOk(1900 + +s.slice(6, 8), +s.slice(8, 10), +s.slice(10, 12)); }
function usccValid(v) {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v)) return false;
  return usccCheck(v) === v[17] && orgCheck(v.slice(8, 16)) === v[16];
}
const MOBPFX = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '145', '147', '150', '151', '152', '153', '155', '156', '157', '158', '159', '166', '172', '173', '175', '176', '177', '178', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189', '191', '193', '195', '196', '197', '198', '199'];
const MOBOK = new Set([...MOBPFX, '162', '165', '167', '170', '171', '190', '192']);

// ---------------------------------------------------------------- normalisers and validators
const nfkc = (s) => s.normalize('NFKC');
const NORM = {
  cn_resident_id: (r) => { let s = nfkc(r).replace(/[\s-]/g, '').toUpperCase(); if (/^\d{15}$/.test(s)) { const b = s.slice(0, 6) + '19' + s.slice(6); s = b + idCheck(b); } return s; },
  cn_mobile: (r) => { let s = nfkc(r).replace(/\D/g, ''); if (s.length === 15 && s.startsWith('0086')) s = s.slice(4); if (s.length === 13 && s.startsWith('86')) s = s.slice(2); if (s.length === 12 && s[0] === '0') s = s.slice(1); return s; },
  cn_landline: (r) => { const t = nfkc(r).replace(/[\s()（）-]/g, ''); let s = t.replace(/\D/g, ''); if (/^(\+86|0086)/.test(t)) { s = s.replace(/^(0086|86)/, ''); if (s[0] !== '0') s = '0' + s; } return s; },
  email: (r) => nfkc(r).toLowerCase(),
  bank_card: (r) => nfkc(r).replace(/\D/g, ''),
  cn_passport: (r) => nfkc(r).replace(/\s/g, '').toUpperCase(),
  cn_uscc: (r) => nfkc(r).replace(/[\s-]/g, '').toUpperCase(),
  person_name_zh: (r) => r.replace(/[\s\u3000]/g, ''),
};
const CHARS = {
  cn_resident_id: /^\d{17}[\dX]$/, cn_mobile: /^1[3-9]\d{9}$/, cn_landline: /^0[1-9]\d{8,10}$/,
  email: /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/, bank_card: /^\d{16,19}$/,
  cn_passport: /^[A-Z0-9]{7,12}$/, cn_uscc: /^[0-9A-HJ-NPQRTUWXY]{18}$/, person_name_zh: /^[\u4e00-\u9fa5·]{2,16}$/,
};
const STRICT = {
  cn_resident_id: idValid, cn_mobile: (v) => MOBOK.has(v.slice(0, 3)), bank_card: luhnOk, cn_uscc: usccValid,
  cn_passport: (v) => /^(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}|[DSP]E\d{7})$/.test(v),
};

// ---------------------------------------------------------------- reference data
const REG = [
  ['110101', '北京市', '', '东城区'], ['110102', '北京市', '', '西城区'], ['110105', '北京市', '', '朝阳区'], ['110108', '北京市', '', '海淀区'], ['110106', '北京市', '', '丰台区'],
  ['120101', '天津市', '', '和平区'], ['120104', '天津市', '', '南开区'], ['130104', '河北省', '石家庄市', '桥西区'], ['130203', '河北省', '唐山市', '路北区'],
  ['140105', '山西省', '太原市', '小店区'], ['150102', '内蒙古自治区', '呼和浩特市', '新城区'], ['210102', '辽宁省', '沈阳市', '和平区'], ['210202', '辽宁省', '大连市', '中山区'],
  ['220102', '吉林省', '长春市', '南关区'], ['230103', '黑龙江省', '哈尔滨市', '南岗区'], ['310101', '上海市', '', '黄浦区'], ['310104', '上海市', '', '徐汇区'],
  ['310115', '上海市', '', '浦东新区'], ['310112', '上海市', '', '闵行区'], ['320102', '江苏省', '南京市', '玄武区'], ['320106', '江苏省', '南京市', '鼓楼区'],
  ['320508', '江苏省', '苏州市', '姑苏区'], ['320981', '江苏省', '盐城市', '东台市'], ['330102', '浙江省', '杭州市', '上城区'], ['330106', '浙江省', '杭州市', '西湖区'],
  ['330781', '浙江省', '金华市', '兰溪市'], ['340104', '安徽省', '合肥市', '蜀山区'], ['350102', '福建省', '福州市', '鼓楼区'], ['350583', '福建省', '泉州市', '南安市'],
  ['360102', '江西省', '南昌市', '东湖区'], ['370102', '山东省', '济南市', '历下区'], ['370202', '山东省', '青岛市', '市南区'], ['371302', '山东省', '临沂市', '兰山区'],
  ['410105', '河南省', '郑州市', '金水区'], ['411302', '河南省', '南阳市', '宛城区'], ['412723', '河南省', '周口市', '商水县'], ['420106', '湖北省', '武汉市', '武昌区'],
  ['421002', '湖北省', '荆州市', '沙市区'], ['430102', '湖南省', '长沙市', '芙蓉区'], ['430421', '湖南省', '衡阳市', '衡阳县'], ['440103', '广东省', '广州市', '荔湾区'],
  ['440106', '广东省', '广州市', '天河区'], ['440304', '广东省', '深圳市', '福田区'], ['440305', '广东省', '深圳市', '南山区'], ['441302', '广东省', '惠州市', '惠城区'],
  ['450103', '广西壮族自治区', '南宁市', '青秀区'], ['460106', '海南省', '海口市', '龙华区'], ['500103', '重庆市', '', '渝中区'], ['510104', '四川省', '成都市', '锦江区'],
  ['510107', '四川省', '成都市', '武侯区'], ['511702', '四川省', '达州市', '通川区'], ['520102', '贵州省', '贵阳市', '南明区'], ['530102', '云南省', '昆明市', '五华区'],
  ['540102', '西藏自治区', '拉萨市', '城关区'], ['610103', '陕西省', '西安市', '碑林区'], ['620102', '甘肃省', '兰州市', '城关区'], ['630102', '青海省', '西宁市', '城东区'],
  ['640104', '宁夏回族自治区', '银川市', '兴庆区'], ['650102', '新疆维吾尔自治区', '乌鲁木齐市', '天山区'],
];
const AREA = { '11': ['010', 8], '31': ['021', 8], '12': ['022', 8], '50': ['023', 8], '4401': ['020', 8], '4403': ['0755', 8], '3301': ['0571', 8], '3205': ['0512', 8], '4301': ['0731', 8], '4101': ['0371', 8], '3702': ['0532', 8], '3501': ['0591', 8], '5201': ['0851', 8], '6201': ['0931', 7], '2101': ['024', 8], '3201': ['025', 8], '4201': ['027', 8], '5101': ['028', 8], '6101': ['029', 8] };
const AREAS = Object.values(AREA);
const SUR = '王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he 高gao 林lin 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai 余yu 杜du 叶ye 程cheng 苏su 魏wei 吕lv 丁ding 任ren 沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan 陆lu 汪wang 范fan 金jin 石shi 廖liao 贾jia 夏xia 韦wei 付fu 方fang 白bai 邹zou 孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin 薛xue 闫yan 段duan 雷lei 侯hou 龙long 史shi 陶tao 黎li 贺he 顾gu 毛mao 郝hao 龚gong 邵shao 万wan 钱qian 严yan 覃qin 武wu 戴dai 莫mo 孔kong 向xiang 汤tang 常chang 易yi'.split(' ').map((s) => [s[0], s.slice(1)]);
const CSUR = '欧阳ouyang 上官shangguan 司马sima 诸葛zhuge 司徒situ 皇甫huangfu 令狐linghu 慕容murong 夏侯xiahou'.split(' ').map((s) => [s.slice(0, 2), s.slice(2)]);
const GM = '伟wei 强qiang 磊lei 军jun 洋yang 勇yong 杰jie 涛tao 明ming 超chao 刚gang 建jian 国guo 文wen 辉hui 鹏peng 宇yu 浩hao 然ran 轩xuan 博bo 俊jun 志zhi 海hai 东dong 斌bin 凯kai 鑫xin 帆fan 昊hao 天tian 泽ze 铭ming 瑞rui 睿rui 航hang 立li 德de 永yong 成cheng 福fu 忠zhong 兵bing 亮liang 新xin 荣rong 峰feng 波bo 健jian 毅yi 彬bin 森sen 晨chen 嘉jia 子zi 梓zi 一yi 家jia 振zhen 启qi'.split(' ').map((s) => [s[0], s.slice(1)]);
const GF = '芳fang 娜na 敏min 静jing 丽li 艳yan 娟juan 秀xiu 霞xia 平ping 桂gui 英ying 华hua 玉yu 萍ping 红hong 欣xin 怡yi 雨yu 思si 佳jia 琪qi 诗shi 婷ting 雪xue 慧hui 颖ying 春chun 晓xiao 梅mei 兰lan 蕾lei 瑶yao 晶jing 琳lin 倩qian 彤tong 悦yue 可ke 馨xin 涵han 若ruo 诺nuo 秋qiu 素su 淑shu 凤feng 燕yan 洁jie 露lu 菲fei 莉li 薇wei 婉wan 媛yuan 月yue 子zi 梓zi 一yi 嘉jia'.split(' ').map((s) => [s[0], s.slice(1)]);
const MINOR = [['买买提·艾力', '维吾尔', 'M'], ['艾克拜尔·热合曼', '维吾尔', 'M'], ['阿依古丽·吐尔逊', '维吾尔', 'F'], ['古丽娜尔·阿不都', '维吾尔', 'F'], ['努尔艾力·克里木', '维吾尔', 'M'], ['扎西次仁', '藏', 'M'], ['次仁卓玛', '藏', 'F'], ['巴特尔', '蒙古', 'M'], ['乌兰图雅', '蒙古', 'F'], ['热依拉·买合木提', '维吾尔', 'F']];
const BANKS = [
  { n: '中国工商银行', d: [['622202', 19], ['621226', 19]], c: [['625330', 16], ['427020', 16]] },
  { n: '中国农业银行', d: [['622848', 19], ['623052', 19]], c: [['622836', 16], ['520083', 16]] },
  { n: '中国银行', d: [['621661', 19], ['621785', 19]], c: [['625907', 16], ['456351', 16]] },
  { n: '中国建设银行', d: [['621700', 19], ['622700', 19]], c: [['436742', 16], ['552245', 16]] },
  { n: '交通银行', d: [['622262', 19]], c: [['521899', 16]] },
  { n: '招商银行', d: [['621483', 16], ['622609', 16]], c: [['622588', 16], ['439225', 16]] },
  { n: '中国邮政储蓄银行', d: [['621799', 19], ['622188', 19]], c: [['625919', 16]] },
  { n: '兴业银行', d: [['622909', 18]], c: [['486861', 16]] },
  { n: '中信银行', d: [['621771', 16]], c: [['622690', 16], ['518212', 16]] },
  { n: '平安银行', d: [['623058', 19], ['622155', 16]], c: [['625360', 16]] },
  { n: '浦发银行', d: [['621792', 16]], c: [['622521', 16]] },
  { n: '中国民生银行', d: [['621691', 16]], c: [['622622', 16]] },
  { n: '北京银行', d: [['621468', 19]], c: [['625816', 16]] },
];
const CITIES = ['北京', '上海', '广州', '深圳', '杭州', '南京', '成都', '武汉', '西安', '郑州', '长沙', '苏州', '天津', '重庆', '济南', '合肥', '昆明', '福州'];
const BRANCH_SUFFIX = ['海淀支行', '朝阳门支行', '人民路支行', '高新区支行', '科技园支行', '城西支行', '营业部', '中山路支行', '解放路支行', '滨江支行', '开发区支行', '东城支行'];
const ROADS = ['中山路', '人民路', '解放路', '建设路', '和平路', '长江路', '新华路', '朝阳路', '文化路', '学院路', '光明街', '胜利路', '青年路', '幸福路', '体育西路', '科技园南路', '滨江大道', '金桥路', '团结路', '工农街'];
const ESTATES = ['阳光花园', '翠湖苑', '金色家园', '锦绣华庭', '东方明珠小区', '万科城', '碧水湾', '龙湖春江郦城', '绿地公馆', '和平里小区', '康乐新村', '书香门第'];
const BRAND = ['星河', '启航', '恒信', '瑞丰', '博远', '中科', '华泰', '新元', '鼎盛', '汇通', '蓝海', '金桥', '润泽', '远景', '卓越', '天成', '云图', '智联'];
const IND = ['信息科技', '网络科技', '贸易', '物流', '餐饮管理', '建筑工程', '医药', '教育咨询', '电子商务', '物业管理', '汽车服务', '文化传媒', '机械制造', '食品'];
const JOBS = ['销售经理', '软件工程师', '会计', '行政专员', '教师', '护士', '司机', '个体经营', '公务员', '自由职业', '设计师', '项目经理', '技术员', '客服专员', '工人', '退休'];
const RELS = ['配偶', '父亲', '母亲', '子女', '儿子', '女儿', '兄弟', '姐妹', '朋友', '同事', '岳父', '婆婆', '祖父', '外祖母'];
const POST = ['100080', '100020', '200030', '510630', '518057', '310012', '610041', '430071', '210008', '300051', '710061', '450003', '650011', '830002', '250014', '350001'];
const EDU = ['本科', '硕士研究生', '大专', '高中', '初中', '博士研究生', '中专'];
const NATIONS = ['汉', '汉', '汉', '汉', '汉', '汉', '汉', '汉', '回', '满', '壮', '土家', '苗', '蒙古'];
const MAILDOM = ['qq.com', 'qq.com', '163.com', '163.com', '126.com', 'foxmail.com', 'sina.com', 'sohu.com', 'aliyun.com', 'outlook.com', 'gmail.com', '139.com', '189.cn', 'yeah.net', 'hotmail.com', 'sina.cn'];
const FIXED_TEXT = [CITIES, BRANCH_SUFFIX, ROADS, ESTATES, BRAND, IND, JOBS, RELS, REG.map((r) => r.slice(1).join(''))].flat().join('|');

// ---------------------------------------------------------------- generators of values
const used = new Set();
function uniq(gen) { for (;;) { const v = gen(); if (!used.has(v)) { used.add(v); return v; } } }
function randDate(y1, y2) { const y = ri(y1, y2), m = ri(1, 12), d = ri(1, new Date(Date.UTC(y, m, 0)).getUTCDate()); return { y, m, d }; }
function mkId(sex, bd) {
  return uniq(() => {
    const reg = pick(REG)[0]; let seq = ri(0, 999); if ((seq % 2 === 1) !== (sex === '男')) seq = (seq + 1) % 1000;
    const b = reg + bd.y + pad(bd.m) + pad(bd.d) + pad(seq, 3); return b + idCheck(b);
  });
}
const mkMobile = () => uniq(() => { let s = pick(MOBPFX); while (s.length < 11) s += ri(0, 9); return s; });
function mkCard(bank, type = 'd') { const [iin, len] = pick(bank[type]); return uniq(() => { let s = iin; while (s.length < len - 1) s += ri(0, 9); return luhnDone(s); }); }
const mkPassport = () => uniq(() => chance(0.5) ? 'E' + String(ri(10000000, 99999999)) : 'E' + pick('ABCDEFGHJKLMNPQRSTUVWXYZ'.split('')) + String(ri(1000000, 9999999)));
function mkLandline(regCode) {
  const a = AREA[(regCode || '').slice(0, 4)] || AREA[(regCode || '').slice(0, 2)] || pick(AREAS);
  return uniq(() => { let s = String(ri(2, 8)); while (s.length < a[1]) s += ri(0, 9); return a[0] + '|' + s; });
}
function mkUscc(reg) {
  return uniq(() => {
    const al = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    let body = chance(0.7) ? 'MA' + Array.from({ length: 6 }, () => al[ri(0, 30)]).join('') : String(ri(10000000, 99999999));
    const head = pick(['91', '91', '91', '91', '92', '93']);
    const b17 = head + reg + body + orgCheck(body);
    return b17 + usccCheck(b17);
  });
}
function digitsSafe(s) {
  const n = s.length;
  if (n === 11 && /^1[3-9]/.test(s)) return false;
  if (n === 18 && (idValid(s) || usccValid(s))) return false;
  if (n >= 16 && n <= 19 && luhnOk(s)) return false;
  if (n === 15 && legacyPlausible(s)) return false;
  if ((n === 11 || n === 12) && s[0] === '0') return false;
  return true;
}
function safeNum(len, prefix = '') { for (;;) { let s = prefix; while (s.length < len) s += ri(0, 9); if (digitsSafe(s)) return s; } }
function mkName(sex, sur) {
  if (!sur && chance(0.025)) { const m = pick(MINOR.filter((x) => x[2] === (sex === '男' ? 'M' : 'F'))); return { name: m[0], py: null, nation: m[1] }; }
  const [s, sp] = sur || (chance(0.03) ? pick(CSUR) : pick(R() < 0.5 ? SUR.slice(0, 20) : SUR));
  const G = sex === '男' ? GM : GF; const g = [pick(G)]; if (chance(0.72)) g.push(pick(G));
  if (g.length === 2 && g[0][0] === g[1][0] && chance(0.6)) g.pop();
  return { name: s + g.map((x) => x[0]).join(''), py: [sp, g.map((x) => x[1]).join('')], nation: null, sur: [s, sp] };
}
function fmtDate(dt, st) {
  const { y, m, d } = dt; st = st ?? ri(0, 5);
  return [`${y}-${pad(m)}-${pad(d)}`, `${y}年${m}月${d}日`, `${y}/${pad(m)}/${pad(d)}`, `${y}.${pad(m)}.${pad(d)}`, `${y}年${pad(m)}月${pad(d)}日`, `${y}-${pad(m)}-${pad(d)}`][st];
}
const recent = () => randDate(2019, 2025);
const fmtTime = () => `${pad(ri(7, 22))}:${pad(ri(0, 59))}`;
function money(lo, hi, step = 100) { const v = Math.round(ri(lo, hi) / step) * step; return pick([`¥${v.toLocaleString('en-US')}.00`, `${v}元`, `人民币${v.toLocaleString('en-US')}元`, `￥${v}`]); }
const tableMoney = (lo, hi) => `${Math.round(ri(lo, hi) / 10) * 10}元`;
function addr(reg) {
  const r = reg ? REG.find((x) => x[0] === reg) || pick(REG) : pick(REG);
  return `${r[1]}${r[2]}${r[3]}${pick(ROADS)}${ri(1, 399)}号${pick(ESTATES)}${ri(1, 30)}栋${ri(1, 6)}单元${ri(1, 32)}${pad(ri(1, 6))}室`;
}
const branch = (b) => b.n + pick(CITIES) + pick(BRANCH_SUFFIX);
const plate = () => pick(['京', '沪', '粤', '浙', '苏', '川', '鄂', '湘', '鲁', '豫']) + pick('ABCDEFGHJK'.split('')) + pick(['·', '', ' ']) + (chance(0.3) ? pick('DF'.split('')) + safeNum(5) : safeNum(2) + pick('ABCDEFGHJKLMN'.split('')) + safeNum(2));
const mask = {
  mob: (m) => m.slice(0, 3) + '****' + m.slice(7),
  id: (id) => chance(0.5) ? id.slice(0, 6) + '********' + id.slice(14) : id.slice(0, 3) + '*'.repeat(11) + id.slice(14),
  card: (c) => chance(0.5) ? c.slice(0, 4) + ' **** **** ' + c.slice(-4) : c.slice(0, 6) + '*'.repeat(c.length - 10) + c.slice(-4),
  name: (n) => pick([n[0] + '*'.repeat(n.length - 1), n[0] + '某', n[0] + '某某', n[0] + '**']),
};
function fakeId() { const b = pick(REG)[0] + randDate(1950, 2005).y + pad(ri(1, 12)) + pad(ri(1, 28)) + pad(ri(0, 999), 3); return b + idCheck(b); }

// ---------------------------------------------------------------- document and labels
class Doc {
  constructor(kind) { this.kind = kind; this.L = new Map(); this.dec = new Map(); this.names = new Set(); }
  lab(tier, det, raw) {
    const v = NORM[det](raw); const k = det + '|' + v; let e = this.L.get(k);
    if (!e) { e = { det, v, tier, raws: new Set() }; this.L.set(k, e); }
    if (tier === 'E') e.tier = 'E'; e.raws.add(raw); return raw;
  }
  E(det, raw) { return this.lab('E', det, raw); }
  D(det, raw) { return this.lab('D', det, raw); }
  X(kind, text) { text = String(text); if (!this.dec.has(text)) this.dec.set(text, kind); return text; }
  nm(p) { // a person's name, sometimes spaced the way padded forms print it
    let r = p.name; if (r.length === 2 && chance(0.05)) r = r[0] + pick([' ', '  ', '　']) + r[1];
    return this.E('person_name_zh', r);
  }
  idr(p) { if (p.id15 && chance(0.8)) return this.E('cn_resident_id', p.id15); return this.E('cn_resident_id', fmtId(p.id)); }
  mob(m) { return this.E('cn_mobile', fmtMob(m)); }
  card(c) { return this.E('bank_card', fmtCard(c)); }
  mail(p) { const e = email(p, this); let r = e; if (chance(0.12)) r = e.replace(/^[a-z]+/, (w) => w[0].toUpperCase() + w.slice(1)); if (chance(0.05)) r = r.toUpperCase(); if (chance(0.02)) r = r.replace('@', '＠'); return this.E('email', r); }
  land(l, tier = 'E') { const [a, s] = l.split('|'); const r = pick([`${a}-${s}`, `${a}-${s}`, `(${a})${s}`, `（${a}）${s}`, `${a} ${s}`, `${a}${s}`, `+86 ${a.slice(1)} ${s}`]); return this.lab(tier, 'cn_landline', r); }
  uscc(c) { return this.E('cn_uscc', chance(0.05) ? c.uscc.toLowerCase() : c.uscc); }
  finish(text) {
    const ents = [], dc = [], raws = []; let unused = 0;
    for (const e of this.L.values()) { (e.tier === 'E' ? ents : dc).push({ detector: e.det, value: e.v }); raws.push(e.v, ...e.raws); }
    const decoys = []; let dropped = 0;
    for (const [t, kind] of this.dec) { if (!text.includes(t)) { unused++; continue; } if (raws.some((r) => t.includes(r)) || t.trim() === '') { dropped++; continue; } decoys.push({ kind, text: t }); }
    return { ents, dc, decoys, dropped, unused, L: this.L };
  }
}
function fmtId(id) {
  const r = R();
  if (id.endsWith('X') && r < 0.35) return id.slice(0, 17) + 'x';
  if (r < 0.9) return id;
  if (r < 0.96) return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
  return fw(id);
}
function fmtMob(m) {
  const r = R();
  if (r < 0.68) return m;
  if (r < 0.78) return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
  if (r < 0.86) return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
  if (r < 0.9) return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
  if (r < 0.93) return `+86-${m}`;
  if (r < 0.95) return `(+86)${m}`;
  if (r < 0.97) return `0086 ${m}`;
  return fw(m);
}
function fmtCard(c) {
  const r = R();
  if (r < 0.55) return c;
  const g = c.match(/.{1,4}/g);
  return r < 0.9 ? g.join(' ') : g.join('-');
}
function email(p, d) {
  if (p.email) return p.email;
  const dom = pick(MAILDOM); let local;
  const py = p.py || ['user', String(ri(100, 999))];
  if (dom === 'qq.com' && chance(0.6)) local = String(ri(2, 9)) + String(ri(1000, 999999999)).slice(0, ri(5, 9));
  else if ((dom === '139.com' || dom === '189.cn') && chance(0.5)) { local = p.mobile; d.D('cn_mobile', p.mobile); }
  else local = pick([py[0] + py[1], py[0] + '.' + py[1], py[1] + '.' + py[0], py[0] + py[1] + ri(1, 99), py[0][0] + py[1][0] + p.bd.y, py[0] + '_' + py[1] + ri(10, 99), py[1] + py[0] + (p.bd.y % 100)]);
  p.email = uniq(() => { const e = (used.has(local + '@' + dom) ? local + ri(1, 999) : local) + '@' + dom; return e; });
  return p.email;
}
function P(d, o = {}) {
  const sex = o.sex || pick(['男', '女']); let nm;
  for (;;) { nm = mkName(sex, o.sur); if (!d.names.has(nm.name) && !FIXED_TEXT.includes(nm.name)) break; }
  d.names.add(nm.name);
  const bd = randDate(o.min ?? 1962, o.max ?? 2002); const id = mkId(sex, bd);
  const p = { name: nm.name, py: nm.py, sur: nm.sur, sex, bd, id, mobile: mkMobile(), nation: nm.nation || pick(NATIONS) };
  if (o.legacy && bd.y < 2000 && chance(0.4)) { p.id15 = id.slice(0, 6) + id.slice(8, 17); }
  return p;
}
function opp(s) { return s === '男' ? '女' : '男'; }
// relatives: [sex, generation offset, shares the base person's surname]
const KIN = { 父亲: ['男', -1, 1], 母亲: ['女', -1], 父母: [null, -1], 岳父: ['男', -1], 婆婆: ['女', -1], 祖父: ['男', -2, 1], 外祖母: ['女', -2], 儿子: ['男', 1, 1], 女儿: ['女', 1, 1], 子女: [null, 1, 1], 孙子: ['男', 2, 1], 孙女: ['女', 2, 1], 儿媳: ['女', 1], 女婿: ['男', 1], 配偶: ['opp', 0], 兄弟: ['男', 0, 1], 姐妹: ['女', 0, 1] };
function feasible(r, base) { const k = KIN[r]; if (!k) return true; if (k[1] > 0) return base.bd.y + 20 * k[1] <= 2022; if (k[1] < 0) return base.bd.y + 20 * k[1] >= 1925; return r !== '配偶' || base.bd.y <= 2004; }
function kin(d, rels, base, o = {}) { // a relative of base; returns [person, relation word]
  const ok = [].concat(rels).filter((r) => feasible(r, base)); const r = ok.length ? pick(ok) : pick(['朋友', '同事']);
  const k = KIN[r]; if (!k) return [P(d, { min: 1960, max: 2003, ...o }), r];
  const sex = k[0] === 'opp' ? opp(base.sex) : k[0] || pick(['男', '女']); const y = base.bd.y, g = k[1]; let min, max;
  if (g === 0) { min = y - (r === '配偶' ? 6 : 9); max = Math.min(r === '配偶' ? 2004 : 2020, y + (r === '配偶' ? 6 : 9)); }
  else if (g > 0) { min = y + 20 * g; max = Math.min(2023, y + (g === 1 ? 38 : 70)); }
  else { max = y + 20 * g; min = Math.max(1920, y - (g === -1 ? 40 : 75)); }
  if (min > max) min = max;
  const child = g > 0; const sur = k[2] && base.sur && chance(0.85) && (!child || base.sex === '男') ? base.sur : undefined;
  return [P(d, { sex, min, max, sur, ...o }), r];
}
function mkCo(d, o = {}) {
  const r = pick(REG); const city = r[2] ? r[2].replace(/市$/, '') : r[1].replace(/市$/, '');
  const name = o.name || `${city}${pick(BRAND)}${pick(IND)}${pick(['有限公司', '有限公司', '股份有限公司', '有限责任公司'])}`;
  d.X('company', name);
  return { name, reg: r[0], uscc: mkUscc(r[0]), tel: mkLandline(r[0]), addr: addr(r[0]) };
}
const birth = (p, st) => fmtDate(p.bd, st);
function sexBox(s) {
  const m = s === '男';
  return pick([() => (m ? '☑男 □女' : '□男 ☑女'), () => (m ? '■男  □女' : '□男  ■女'), () => (m ? '√男  女' : '男  √女'), () => s, () => s, () => (m ? '男 Male' : '女 Female'), () => (m ? '[✓]男 [ ]女' : '[ ]男 [✓]女')])();
}
function box(opts, sel) { const [on, off] = pick([['☑', '□'], ['■', '□'], ['[✓]', '[ ]'], ['√', '']]); return opts.map((o) => (o === sel ? on : off) + o).join(pick([' ', '  ', '　'])); }
function rel(d, r) { return d.X('relation', r); }
function fl(d, l) { d.X('field_label', l); return l; }

// ---------------------------------------------------------------- layouts
function sty(o = {}) {
  return {
    st: o.st ? pick(o.st) : pick(['line', 'line', 'line', 'multi', 'multi', 'cell', 'block', 'under', 'bracket', 'table']),
    c: pick(['：', '：', '：', ':', ': ', '： ', ' : ']), bi: chance(o.bi ?? 0.2), sp: chance(0.25),
    spc: pick(['  ', '　　', '　', ' ']), gap: pick(['    ', '\t', '  ', '　　', '   |   ', '      ']),
    br: pick([['【', '】'], ['[', ']'], ['（', '）'], ['(', ')'], ['「', '」']]),
    biF: pick([(l, e) => `${e}/${l}`, (l, e) => `${l}/${e}`, (l, e) => `${l} ${e}`, (l, e) => `${l}（${e}）`]),
    head: pick([(t) => `【${t}】`, (t) => t, (t) => `${t}：`, (t) => `■ ${t}`, (t) => `—— ${t} ——`, (t) => `${t}\n${'-'.repeat(20)}`]),
  };
}
let CUR = null; const PERSONCTX = /姓名|人|联系|户名|关系|持卡|监护|家属|受益|本人|Name|Contact/;
function labelOf(f, S) { let l = f[0]; if (S.sp && l.length === 2 && /^[\u4e00-\u9fa5]+$/.test(l)) l = l[0] + S.spc + l[1]; if (S.bi && f[2]) l = S.biF(l, f[2]); if (CUR && PERSONCTX.test(l)) CUR.X('field_label', l); return l; }
function render(fields, S) {
  fields = fields.filter(Boolean);
  const L = fields.map((f) => labelOf(f, S)), V = fields.map((f) => f[1] ?? '');
  const n = L.length;
  switch (S.st) {
    case 'multi': { const out = []; let i = 0; while (i < n) { const k = Math.min(ri(2, 3), n - i); out.push(L.slice(i, i + k).map((l, j) => l + S.c + V[i + j]).join(S.gap)); i += k; } return out.join('\n'); }
    case 'cell': return L.map((l, i) => l + '\n' + (V[i] === '' ? ' ' : V[i])).join('\n');
    case 'block': return L.join('\n') + '\n' + V.filter((v) => v !== '').join('\n');
    case 'under': return L.map((l, i) => `${l}${pick(['＿', '：＿', ' ＿'])}${V[i].includes('@') || V[i].includes('＠') ? ' ' + V[i] + ' ' : V[i]}${'＿'.repeat(ri(2, 8))}`).join(pick(['\n', '\n', '   ']));
    case 'bracket': return L.map((l, i) => `${l}${S.c}${S.br[0]}${V[i]}${S.br[1]}`).join('\n');
    case 'table': { const out = []; for (let i = 0; i < n; i += 2) out.push('| ' + L.slice(i, i + 2).map((l, j) => `${l} | ${V[i + j]}`).join(' | ') + ' |'); return out.join('\n'); }
    default: return L.map((l, i) => l + S.c + V[i]).join('\n');
  }
}
function sec(S, title, fields) { return (title ? S.head(title) + '\n' : '') + render(fields, S); }
function table(cols, rows, o = {}) {
  const sep = o.sep || pick(['\t', ' | ', ',', '  ', '│', '   ']);
  const md = sep === ' | ' && chance(0.5);
  const line = (a) => (md ? '| ' + a.join(' | ') + ' |' : a.join(sep));
  if (CUR) for (const c of cols) if (PERSONCTX.test(c) || /号|编号|时间|日期/.test(c)) CUR.X('field_label', c);
  const out = [line(cols)]; if (md) out.push('|' + cols.map(() => '---').join('|') + '|');
  for (const r of rows) out.push(line(r));
  return out.join('\n');
}
function sig(d, p, S) {
  const dt = d.X('date', fmtDate(recent()));
  return pick([`${pick(['申请人签名', '本人签名', '签名', '签字', '申请人（签字）'])}${S.c}${d.nm(p)}${S.gap}${pick(['日期', '签署日期', '时间'])}${S.c}${dt}`,
    `${pick(['签名', 'Signature/签名'])}：${d.nm(p)}\n${dt}`, `签名（手写）：${d.nm(p)}    ${dt}`]);
}
function staff(d, role) { const p = P(d, { min: 1970, max: 2000 }); return `${fl(d, role)}${pick(['：', ':', '： '])}${d.nm(p)}`; }
const CLAUSES = ['本人承诺以上所填信息真实、准确、完整，如有虚假，愿承担由此产生的一切法律责任。', '关于个人信息的收集和使用，本人已阅读并同意《个人信息保护告知书》。', '付款成功后不予退还，余额可在会员有效期内使用。', '工作时间：周一至周五 9:00-17:00，节假日顺延。', '请核对信息后签字确认，如有疑问请致电客服。', '本表一式两份，双方各执一份，具有同等法律效力。', '交易完成后请妥善保管本回执。'];
function clause(d) { const c = pick(CLAUSES); for (const w of ['余额', '付款', '关于', '周一至周五', '交易']) if (c.includes(w)) d.X('word', w); return c; }

// ---------------------------------------------------------------- builders
function pF(d, p, o = {}) {
  const f = [['姓名', d.nm(p), 'Name']];
  if (o.sex !== false) f.push(['性别', sexBox(p.sex), 'Sex']);
  if (o.nation) f.push(['民族', p.nation, 'Ethnicity']);
  if (o.birth) f.push(['出生日期', birth(p), 'Date of Birth']);
  if (o.idType) f.push(['证件类型', pick(['居民身份证', '身份证', box(['身份证', '护照', '其他'], '身份证')]), 'ID Type']);
  if (o.id !== false) f.push([pick(o.idL || ['身份证号码', '证件号码', '公民身份号码', '身份证号']), d.idr(p), 'ID No.']);
  if (o.mob !== false) f.push([pick(o.mobL || ['手机', '手机号码', '联系电话', '移动电话']), d.mob(p.mobile), 'Mobile']);
  if (o.mail) f.push([pick(['电子邮箱', 'E-mail', '邮箱', '电子邮件']), d.mail(p), 'Email']);
  if (o.addr) f.push([pick(['现住址', '家庭住址', '通讯地址', '户籍地址']), addr(), 'Address']);
  return f;
}
function contact(d, base, rels) {
  const [p, relation] = kin(d, rels, base);
  const inBox = ['配偶', '父母', '子女'].includes(relation) ? relation : '其他';
  return [[pick(['紧急联系人', '联系人姓名', '联系人']), d.nm(p), 'Emergency Contact'], [pick(['与本人关系', '关系', '与申请人关系']), chance(0.3) ? box(['配偶', '父母', '子女', '其他'], rel(d, inBox)) : rel(d, relation), 'Relationship'], [pick(['联系电话', '手机', '联系人电话']), d.mob(p.mobile), 'Phone']];
}

function bLoan(d) {
  const S = sty(); const a = P(d, { min: 1965, max: 2000 }); const co = mkCo(d);
  const b = chance(0.55) ? kin(d, '配偶', a)[0] : null;
  const ecs = chance(0.5) ? [1, 2] : [1]; const bank = pick(BANKS); const card = mkCard(bank);
  const out = [pick(['个人贷款申请表', '个人消费贷款申请书', '个人住房贷款申请表', '个人经营性贷款申请审批表']),
    `${fl(d, '申请编号')}${S.c}${d.X('app_no', pick(['DK', 'LN', 'XD', '']) + safeNum(ri(12, 16), '202'))}${S.gap}申请日期${S.c}${d.X('date', fmtDate(recent()))}`];
  const f1 = pF(d, a, { birth: true, idType: true, mail: chance(0.7), addr: true });
  f1.push(['婚姻状况', box(['未婚', '已婚', '离异', '丧偶'], b ? '已婚' : pick(['未婚', '离异'])), 'Marital Status']);
  if (chance(0.4)) f1.push(['住宅电话', d.land(mkLandline()), 'Home Tel']);
  f1.push(['邮政编码', d.X('postcode', pick(POST)), 'Postcode']);
  out.push(sec(S, '一、申请人信息', f1));
  const f2 = [['工作单位', co.name, 'Employer'], chance(0.5) ? ['统一社会信用代码', d.uscc(co)] : null, ['单位电话', d.land(co.tel, 'D')], ['职务', d.X('job', pick(JOBS))], ['月收入', d.X('amount', money(5000, 60000))]];
  out.push(sec(S, '二、职业信息', f2));
  if (b) out.push(sec(S, '三、共同借款人信息', [['姓名', d.nm(b)], ['与申请人关系', rel(d, '配偶')], ['身份证号码', d.idr(b)], ['手机号码', d.mob(b.mobile)], chance(0.4) ? ['工作单位', d.X('company', mkCo(d).name)] : null]));
  ecs.forEach((x, i) => out.push(sec(S, ecs.length > 1 ? `紧急联系人${i + 1}` : '紧急联系人', contact(d, a, b ? ['父亲', '母亲', '兄弟', '姐妹', '朋友', '同事'] : RELS))));
  out.push(sec(S, '贷款信息', [['申请金额', d.X('amount', money(20000, 800000, 1000))], ['贷款期限', d.X('term', `${pick([12, 24, 36, 60, 120, 360])}个月`)], ['还款方式', pick(['等额本息', '等额本金', '先息后本'])],
    ['收款账户户名', d.nm(a)], [fl(d, '开户行'), d.X('bank_branch', branch(bank))], [pick(['收款账号', '还款卡号', '银行卡号']), d.card(card)]]));
  if (chance(0.3)) out.push(`已验证手机：${d.X('masked', mask.mob(a.mobile))}（尾号${a.mobile.slice(7)}）`);
  out.push(clause(d)); out.push(sig(d, a, S));
  out.push(`${staff(d, pick(['客户经理', '经办人', '调查人']))}${S.gap}工号${S.c}${d.X('staff_no', pick(['', 'KH', 'E']) + safeNum(ri(5, 8), String(ri(1, 9))))}`);
  return out.join('\n');
}

function bCC(d) {
  const S = sty({ bi: 0.55 }); const a = P(d, { min: 1968, max: 2003 }); const co = mkCo(d); const bank = pick(BANKS);
  const out = [`${bank.n}信用卡申请表 ${pick(['Credit Card Application Form', '', '(个人)'])}`, `${fl(d, '申请书编号')}${S.c}${d.X('app_no', safeNum(ri(13, 17), String(ri(1, 9))))}`];
  const f = [['中文姓名', d.nm(a), 'Name in Chinese'], ['姓名拼音', a.py ? `${a.py[0].toUpperCase()} ${a.py[1].toUpperCase()}` : '', 'Name in Pinyin'], ['性别', sexBox(a.sex), 'Sex'],
    ['证件类型', box(['身份证', '护照', '港澳通行证'], '身份证'), 'ID Type'], ['证件号码', d.idr(a), 'ID Number'], ['证件有效期', d.X('date', `${fmtDate(recent(), 3)}-${chance(0.2) ? '长期' : fmtDate(randDate(2030, 2045), 3)}`), 'Valid Thru'],
    ['出生日期', birth(a), 'Date of Birth'], ['手机号码', d.mob(a.mobile), 'Mobile'], chance(0.5) ? ['住宅电话', d.land(mkLandline()), 'Home Tel'] : ['住宅电话', '', 'Home Tel'], ['电子邮箱', d.mail(a), 'E-mail'],
    ['婚姻状况', box(['未婚', '已婚', '其他'], pick(['未婚', '已婚'])), 'Marital Status'], ['教育程度', pick(EDU), 'Education'], ['住宅地址', addr(), 'Home Address']];
  out.push(sec(S, '申请人资料 Applicant Information', f));
  out.push(sec(S, '工作资料 Employment', [['单位名称', co.name, 'Company'], ['单位电话', d.land(co.tel, 'D'), 'Office Tel'], ['职务', d.X('job', pick(JOBS)), 'Position'], ['年收入', d.X('amount', money(60000, 800000, 1000)), 'Annual Income']]));
  const [r1, rr] = kin(d, ['父亲', '母亲', '配偶', '子女', '兄弟', '姐妹'], a);
  const c = [['直系亲属姓名', d.nm(r1), 'Relative Name'], ['与申请人关系', rel(d, rr), 'Relationship'], ['直系亲属手机', d.mob(r1.mobile), 'Mobile']];
  if (chance(0.6)) { const r2 = P(d); c.push(['其他联系人姓名', d.nm(r2), 'Other Contact'], ['关系', rel(d, pick(['朋友', '同事'])), 'Relationship'], ['手机', d.mob(r2.mobile), 'Mobile']); }
  out.push(sec(S, '联系人资料 Contacts', c));
  const debit = mkCard(bank);
  out.push(sec(S, '自动还款 Auto Repayment', [['是否开通', box(['是', '否'], '是')], ['还款方式', box(['全额还款', '最低还款额'], pick(['全额还款', '最低还款额']))], ['本行借记卡卡号', d.card(debit), 'Debit Card No.'], ['持卡人', d.nm(a), 'Cardholder']]));
  out.push(`申请卡种：${d.X('product', pick(['白金卡', '金卡', '标准卡', '联名卡']))}  推广员编号：${d.X('staff_no', 'TG' + safeNum(6))}`);
  out.push(clause(d)); out.push(sig(d, a, S)); out.push(staff(d, pick(['客户经理', '推荐人', '进件人'])));
  return out.join('\n');
}

function bIns(d) {
  const S = sty(); const ph = P(d, { min: 1960, max: 1995 }); const self = chance(0.35);
  const [ins, insRel] = self ? [ph, '本人'] : kin(d, ['配偶', '子女', '儿子', '女儿', '配偶'], ph); const co = mkCo(d); const bank = pick(BANKS);
  const insurer = pick(['中国人寿保险股份有限公司', '平安人寿保险股份有限公司', '太平洋人寿保险股份有限公司', '新华人寿保险股份有限公司', '泰康人寿保险有限责任公司']);
  const out = [`${d.X('company', insurer)}\n人身保险投保单`, `${fl(d, '投保单号')}${S.c}${d.X('policy_no', safeNum(ri(14, 20), String(ri(1, 9))))}${S.gap}${fl(d, '保单号')}${S.c}${d.X('policy_no', pick(['P', '8', 'BJ']) + safeNum(ri(12, 15)))}`];
  const f = pF(d, ph, { birth: true, idType: true, mail: chance(0.7), addr: true, nation: chance(0.3) });
  f.push(['职业', d.X('job', pick(JOBS))], ['工作单位', co.name], ['年收入（万元）', String(ri(5, 80))], ['邮编', d.X('postcode', pick(POST))]);
  out.push(sec(S, '投保人信息', f.map((x) => (x[0] === '姓名' ? [fl(d, '投保人姓名'), x[1]] : x))));
  const rr = insRel;
  if (self) out.push(`被保险人：${box(['同投保人', '其他'], '同投保人')}`);
  else out.push(sec(S, '被保险人信息', [[fl(d, '被保险人姓名'), d.nm(ins)], ['性别', sexBox(ins.sex)], ['出生日期', birth(ins)], ['证件号码', d.idr(ins)], ['与投保人关系', rel(d, rr)], chance(0.5) ? ['手机号码', d.mob(ins.mobile)] : null]));
  const nb = ri(0, 3); const bens = Array.from({ length: nb }, () => kin(d, ['配偶', '父亲', '母亲', '子女', '儿子', '女儿'], ins));
  if (!nb) out.push(`身故受益人：${pick(['法定', '☑法定 □指定', '法定继承人'])}`);
  else {
    const shares = nb === 1 ? [100] : nb === 2 ? [50, 50] : [40, 30, 30];
    out.push((S.head('受益人信息')) + '\n' + table(['受益顺序', '姓名', '与被保险人关系', '证件号码', '受益比例'], bens.map(([b, br], i) => [String(chance(0.7) ? 1 : i + 1), d.nm(b), rel(d, br), d.idr(b), shares[i] + '%']), { sep: pick(['\t', ' | ', '  ']) }));
  }
  out.push(sec(S, '投保事项', [['险种名称', d.X('product', pick(['福满堂终身寿险', '安康重大疾病保险（2024版）', '金瑞年金保险', '百万医疗险B款']))], ['基本保额', d.X('amount', money(100000, 2000000, 10000))], ['年交保费', d.X('amount', money(2000, 50000))], ['交费期间', `${pick([10, 20, 30])}年`]]));
  const card = mkCard(bank);
  out.push(sec(S, '续期交费账户', [[fl(d, '开户银行'), d.X('bank_branch', branch(bank))], ['账户名', d.nm(ph)], ['账号', d.card(card)]]));
  const ag = P(d, { min: 1975, max: 2000 });
  out.push(`${fl(d, '业务员')}${S.c}${d.nm(ag)}${S.gap}${fl(d, '代理人编码')}${S.c}${d.X('agent_no', safeNum(ri(8, 10), String(ri(1, 9))))}${S.gap}电话${S.c}${d.mob(ag.mobile)}`);
  out.push(clause(d)); out.push(`投保人签名：${d.nm(ph)}    ${self ? '' : `被保险人（法定监护人）签名：${d.nm(ins.bd.y > 2007 ? ph : ins)}`}    ${d.X('date', fmtDate(recent()))}`);
  return out.join('\n');
}

function bHotel(d) {
  const hotel = pick(['如家快捷酒店', '汉庭酒店', '锦江之星', '全季酒店', '维也纳酒店', '七天连锁酒店', '城市便捷酒店', '格林豪泰酒店']) + pick(CITIES) + pick(['火车站店', '西湖店', '万达广场店', '高新店', '机场店']);
  d.X('company', hotel); const ds = recent(); const dts = fmtDate(ds, 0);
  if (chance(0.35)) { // single check-in card
    const S = sty(); const g = P(d, { min: 1955, max: 2005 }); const bank = pick(BANKS);
    const out = [`${hotel}\n${pick(['入住登记单', '宾客登记卡 Registration Card', '旅客住宿登记表'])}`, `${fl(d, '单号')}${S.c}${d.X('order_no', 'RC' + safeNum(ri(8, 12)))}`];
    const f = pF(d, g, { idType: true, nation: true, addr: true, mail: chance(0.3), mobL: ['手机', '联系电话', 'Tel'] });
    f.push(['房号', d.X('room_no', String(ri(2, 25)) + pad(ri(1, 40))), 'Room'], ['入住日期', d.X('date', dts), 'Arrival'], ['离店日期', d.X('date', fmtDate({ ...ds, d: Math.min(28, ds.d + ri(1, 5)) }, 0)), 'Departure'], ['房价', d.X('amount', tableMoney(180, 900)), 'Rate'], ['车牌号', chance(0.4) ? d.X('plate', plate()) : '', 'Plate']);
    out.push(render(f, S));
    if (chance(0.6)) { const cc = mkCard(bank, 'c'); out.push(sec(S, '预授权 Pre-authorization', [['信用卡号', d.card(cc), 'Card No.'], ['持卡人', d.nm(g), 'Card Holder'], ['有效期', d.X('expiry', `${pad(ri(1, 12))}/${ri(26, 31)}`), 'Exp'], ['预授权金额', d.X('amount', money(500, 3000)), 'Amount']])); }
    if (chance(0.4)) { const g2 = P(d); out.push(`同住人${S.c}${d.nm(g2)}${S.gap}身份证${S.c}${d.idr(g2)}`); }
    out.push(staff(d, pick(['接待员', '前台'])) + `    酒店电话：${d.land(mkLandline(), 'D')}`);
    return out.join('\n');
  }
  const n = pick([ri(1, 5), ri(6, 20), ri(6, 20), ri(21, 45), ri(46, 80)]);
  const cols = shuffle(['房号', '姓名', '性别', '证件号码', '手机号', '入住时间']).concat(chance(0.5) ? ['离店时间'] : []).concat(chance(0.3) ? ['车牌'] : []);
  if (chance(0.5)) { cols.splice(cols.indexOf('姓名'), 1); cols.unshift('姓名'); }
  const rows = []; let prev = null;
  for (let i = 0; i < n; i++) {
    const g = P(d, { min: 1950, max: 2008 }); const pass = chance(0.06); const minor = g.bd.y > 2007;
    const room = (prev && chance(0.3)) ? prev : d.X('room_no', String(ri(2, 18)) + pad(ri(1, 40))); prev = room;
    const row = cols.map((c) => ({
      '房号': () => room, '姓名': () => d.nm(g), '性别': () => g.sex,
      '证件号码': () => pass ? (fl(d, '护照') + ' ' + d.E('cn_passport', mkPassport())) : d.idr(g),
      '手机号': () => minor && chance(0.7) ? '' : d.mob(g.mobile), '入住时间': () => d.X('datetime', `${dts} ${fmtTime()}`),
      '离店时间': () => chance(0.5) ? '' : d.X('date', fmtDate({ ...ds, d: Math.min(28, ds.d + ri(1, 4)) }, 0)), '车牌': () => chance(0.3) ? d.X('plate', plate()) : '',
    })[c]());
    if (chance(0.1)) row[cols.indexOf('姓名')] += d.X('remark', '（VIP）');
    rows.push(row);
  }
  return [`${hotel} ${pick(['旅客住宿登记表', '住宿登记簿', '每日入住旅客名单', '境内旅客登记表'])}`, `登记日期：${d.X('date', dts)}    班次：${pick(['早班', '中班', '夜班'])}    ${staff(d, '值班员')}`, table(cols, rows),
    `合计：${n}人    ${pick(['治安管理', '公安旅馆业治安管理信息系统'])}上传状态：已上传`].join('\n');
}

function bHostel(d) {
  const S = sty({ bi: 0.9 }); const foreign = chance(0.2); const g = P(d, { min: 1975, max: 2006 }); const ds = recent();
  const out = [`${pick(['青年旅舍', '国际青年旅舍', '背包客栈', 'Youth Hostel'])} ${pick(CITIES)} · ${pick(['入住登记卡', 'Guest Registration', '床位登记'])}`];
  const f = [['姓名', d.nm(g), 'Name'], ['国籍', '中国', 'Nationality'], ['性别', sexBox(g.sex), 'Gender'], ['出生日期', birth(g, 0), 'Date of Birth']];
  if (chance(0.25)) f.push(['护照号码', d.E('cn_passport', mkPassport()), 'Passport No.']); else f.push(['身份证号', d.idr(g), 'ID No.']);
  f.push(['手机', d.mob(g.mobile), 'Mobile'], ['邮箱', d.mail(g), 'Email'], ['床位号', d.X('room_no', `${ri(1, 6)}0${ri(1, 9)}-${pick('ABCDEF'.split(''))}`), 'Bed'],
    ['入住', d.X('date', fmtDate(ds, 0)), 'Check-in'], ['退房', d.X('date', fmtDate({ ...ds, d: Math.min(28, ds.d + ri(1, 6)) }, 0)), 'Check-out'], ['押金', d.X('amount', `${pick([50, 100, 200])}元`), 'Deposit'], ['YHA会员号', chance(0.4) ? d.X('member_no', safeNum(ri(8, 10), String(ri(1, 9)))) : '', 'YHA Card']);
  out.push(render(f, S));
  if (foreign) {
    const fn = pick(['Tanaka Yuki', 'Kim Minjun', 'Anna Schmidt', 'Lucas Martin', 'Nguyen Van An']);
    out.push(`同行人 Companion: ${fn}  Passport No.: ${d.D('cn_passport', pick(['TZ', 'M', 'C', 'K', '']) + safeNum(7, String(ri(1, 9))))}`);
  }
  if (chance(0.4)) { const [c, cr] = kin(d, RELS, g); out.push(`紧急联系人 Emergency contact：${d.nm(c)}（${rel(d, cr)}）${d.mob(c.mobile)}`); }
  out.push(`前台电话 Front desk: ${d.land(mkLandline(), 'D')}    ${d.X('hotline', pick(['400-820-' + safeNum(4, '8'), '95' + safeNum(3)]))}`);
  out.push(`Signature/签名：${d.nm(g)}`);
  return out.join('\n');
}

function hospital(d) {
  const r = pick(REG); const name = `${r[2] || r[1]}${pick(['第一人民医院', '中心医院', '中医院', '妇幼保健院', '第三人民医院', '人民医院'])}`;
  d.X('company', name); return { name, uscc: (() => { const body = String(ri(40000000, 49999999)); const b = '12' + r[0] + body + orgCheck(body); return uniq(() => b + usccCheck(b)); })(), tel: mkLandline(r[0]) };
}
const medNo = () => pick([safeNum(ri(6, 8), String(ri(1, 9))), 'ZY' + safeNum(ri(7, 9)), 'BA' + safeNum(7)]);
const medCard = () => pick([safeNum(16, pick(['1', '9', '3'])), safeNum(10, String(ri(1, 9))), 'YB' + safeNum(10), safeNum(12, '1') + 'X']);

function bMed(d) {
  const S = sty(); const h = hospital(d); const p = P(d, { min: 1935, max: 2020, legacy: true }); const ad = recent();
  const out = [`${h.name}`, '住院病案首页', `${pick(['组织机构代码', '统一社会信用代码', '机构代码'])}${S.c}${d.uscc(h)}`,
    `医疗付费方式${S.c}${pick(['城镇职工基本医疗保险', '城乡居民基本医疗保险', '全自费', '商业医疗保险'])}${S.gap}${fl(d, '健康卡号')}${S.c}${d.X('medical_card', medCard())}${S.gap}第 ${ri(1, 6)} 次住院${S.gap}${fl(d, '病案号')}${S.c}${d.X('case_no', medNo())}`];
  const age = ad.y - p.bd.y;
  const f = [['姓名', d.nm(p)], ['性别', box(['1.男', '2.女'], p.sex === '男' ? '1.男' : '2.女')], ['出生日期', birth(p)], ['年龄', `${age}岁`], ['国籍', '中国'], ['民族', p.nation + '族'],
    ['身份证号', d.idr(p)], ['职业', d.X('job', pick(JOBS))], ['婚姻', box(['未婚', '已婚', '丧偶', '离婚'], age > 25 ? '已婚' : '未婚')], ['现住址', addr()], ['电话', age < 14 ? '' : d.mob(p.mobile)], ['邮编', d.X('postcode', pick(POST))], ['户口地址', addr()]];
  if (age >= 18 && age < 65 && chance(0.6)) { const co = mkCo(d); f.push(['工作单位及地址', co.name], ['单位电话', d.land(co.tel, 'D')]); }
  out.push(render(f, S));
  const [c, crel] = kin(d, age < 18 ? ['父亲', '母亲'] : ['配偶', '儿子', '女儿', '子女', '兄弟', '姐妹'], p);
  out.push(render([['联系人姓名', d.nm(c)], ['关系', rel(d, crel)], ['地址', addr()], ['电话', d.mob(c.mobile)], chance(0.2) ? ['备用电话', d.land(mkLandline())] : null], S));
  out.push(render([['入院途径', box(['急诊', '门诊', '其他医疗机构转入'], pick(['急诊', '门诊']))], ['入院日期', d.X('date', fmtDate(ad, 0))], ['入院科别', pick(['心内科', '呼吸内科', '骨科', '普外科', '儿科', '神经内科'])], ['病房', d.X('room_no', `${ri(3, 18)}${pad(ri(1, 30))}`)],
    ['出院日期', d.X('date', fmtDate({ ...ad, d: Math.min(28, ad.d + ri(2, 15)) }, 0))], ['门（急）诊诊断', pick(['社区获得性肺炎', '冠状动脉粥样硬化性心脏病', '急性阑尾炎', '2型糖尿病', '腰椎间盘突出'])], ['疾病编码', d.X('icd', pick(['J18.900', 'I25.103', 'K35.800', 'E11.900', 'M51.202']))]], S));
  const roles = shuffle(['科主任', '主任（副主任）医师', '主治医师', '住院医师', '责任护士', '编码员']).slice(0, ri(3, 6));
  out.push(roles.map((rl) => staff(d, rl)).join(pick(['    ', '\n', '  '])));
  if (chance(0.4)) out.push(`${fl(d, '医保卡号')}${S.c}${d.X('medical_card', medCard())}${S.gap}${fl(d, '社保卡号')}${S.c}${d.X('social_card', pick(['', 'B']) + safeNum(9, String(ri(1, 9))))}`);
  out.push(`医院总机：${d.land(h.tel, 'D')}`);
  return out.join('\n');
}

function bAdm(d) {
  const S = sty(); const h = hospital(d); const p = P(d, { min: 1940, max: 2022, legacy: true }); const [fam, famRel] = kin(d, ['配偶', '儿子', '女儿', '父亲', '母亲'], p); const bank = pick(BANKS);
  const out = [`${h.name} ${pick(['住院登记单', '入院登记表', '住院预交金收据及入院登记'])}`, `${fl(d, '住院号')}${S.c}${d.X('case_no', medNo())}${S.gap}床号${S.c}${d.X('bed_no', `${ri(1, 60)}床`)}`];
  const f = pF(d, p, { birth: true, nation: chance(0.5), addr: true, mob: p.bd.y < 2008 });
  f.push([fl(d, '医保卡号'), d.X('medical_card', medCard())], [pick(['社保卡号', '社会保障卡号']), d.X('social_card', safeNum(ri(9, 12), String(ri(1, 9))))], ['费别', pick(['职工医保', '居民医保', '自费', '新农合'])]);
  if (chance(0.3)) f.push(['社会保障号码', d.idr(p)]);
  out.push(sec(S, '患者信息', f.map((x) => (x[0] === '姓名' ? [fl(d, '患者姓名'), x[1]] : x))));
  out.push(sec(S, '家属/联系人', [['家属姓名', d.nm(fam)], ['与患者关系', rel(d, famRel)], ['联系电话', d.mob(fam.mobile)], chance(0.5) ? ['身份证号', d.idr(fam)] : null]));
  const f3 = [['预交金额', d.X('amount', money(1000, 30000))], ['支付方式', box(['现金', '银行卡', '微信', '支付宝'], pick(['银行卡', '微信', '支付宝']))], ['交易参考号', d.X('txn_no', safeNum(12, String(ri(1, 9))))]];
  if (chance(0.7)) { const card = mkCard(bank); const holder = chance(0.6) ? fam : p; f3.push(['退款账户户名', d.nm(holder)], ['退款开户行', d.X('bank_branch', branch(bank))], ['退款账号', d.card(card)]); }
  out.push(sec(S, '预交金', f3));
  out.push(`${staff(d, '收费员')}  工号${S.c}${d.X('staff_no', safeNum(ri(4, 6), String(ri(1, 9))))}    ${d.X('datetime', `${fmtDate(recent(), 0)} ${fmtTime()}`)}`);
  out.push(`家属签字：${d.nm(fam)}`);
  return out.join('\n');
}

function bSchool(d) {
  const S = sty(); const st = P(d, { min: 2006, max: 2019 }); const fa = kin(d, '父亲', st)[0]; const mo = kin(d, '母亲', st)[0];
  const school = `${pick(CITIES)}市${pick(['实验', '第一', '第二', '外国语', '育才', '第十三'])}${pick(['小学', '中学', '初级中学', '高级中学'])}`; d.X('company', school);
  const out = [`${school}${pick(['新生入学登记表', '2024级新生报名表', '入学信息采集表', '转学登记表'])}`];
  const f = [['学生姓名', d.nm(st)], ['性别', sexBox(st.sex)], ['出生日期', birth(st)], ['民族', st.nation + '族'], ['身份证号', d.idr(st)]];
  if (chance(0.5)) f.push([fl(d, '全国学籍号'), 'G' + d.E('cn_resident_id', st.id)]); else f.push([fl(d, '学号'), d.X('student_no', `${ri(2019, 2025)}${safeNum(ri(4, 6))}`)]);
  f.push(['户籍所在地', addr()], ['原就读学校', d.X('company', `${pick(CITIES)}市${pick(['第三', '实验', '阳光'])}${pick(['幼儿园', '小学', '中学'])}`)], ['是否住校', box(['是', '否'], pick(['是', '否']))], ['家庭住址', addr()]);
  out.push(sec(S, '学生基本信息', f));
  const g = [];
  for (const [p, r] of shuffle([[fa, '父亲'], [mo, '母亲']])) { if (chance(0.1)) continue; g.push([`${rel(d, r)}姓名`, d.nm(p)], [`${r}工作单位`, d.X('company', mkCo(d).name)], [`${r}手机`, d.mob(p.mobile)]); if (chance(0.4)) g.push([`${r}身份证号`, d.idr(p)]); }
  const gu = chance(0.5) ? fa : mo; g.push([fl(d, '监护人'), d.nm(gu)], ['监护人邮箱', d.mail(gu)]);
  out.push(sec(S, '家庭成员/监护人', g));
  if (chance(0.35)) { const bank = pick(BANKS); out.push(sec(S, '学费代扣', [['代扣账户户名', d.nm(gu)], ['代扣银行', d.X('bank_branch', branch(bank))], ['银行卡号', d.card(mkCard(bank))]])); }
  out.push(`${pick(['家长签名', '监护人签字'])}：${d.nm(gu)}    ${d.X('date', fmtDate(recent()))}    ${staff(d, '班主任')}`);
  return out.join('\n');
}

function bStuCard(d) {
  const S = sty({ st: ['cell', 'cell', 'block', 'table', 'multi'] }); const st = P(d, { min: 2003, max: 2017 }); const gs = chance(0.6) ? shuffle([kin(d, '父亲', st)[0], kin(d, '母亲', st)[0]]) : [kin(d, ['父亲', '母亲'], st)[0]];
  const out = [pick(['学生学籍卡', '学生基本信息卡', '学籍信息登记表', '学生电子档案']), `${pick(['学校', '所在学校'])}${S.c}${d.X('company', pick(CITIES) + pick(['第一中学', '实验小学', '师范附属小学', '第四中学']))}`];
  const f = [['姓名', d.nm(st)], ['性别', st.sex], ['班级', d.X('class', `${ri(1, 9)}年级${ri(1, 12)}班`)], [fl(d, '学号'), d.X('student_no', safeNum(ri(8, 10), '20'))], ['出生日期', birth(st, 0)], ['民族', st.nation], ['身份证件号', d.idr(st)],
    ['学籍号', chance(0.6) ? 'G' + d.E('cn_resident_id', st.id) : d.X('student_no', 'L' + safeNum(12, '20'))], ['健康状况', pick(['健康', '良好'])], ['家庭住址', addr()], ['联系电话', chance(0.3) ? d.land(mkLandline()) : d.mob(gs[0].mobile)]];
  out.push(render(f, S));
  gs.forEach((g, i) => out.push(render([[`家庭成员${i + 1}姓名`, d.nm(g)], ['关系', rel(d, g.sex === '男' ? '父亲' : '母亲')], ['工作单位', d.X('company', mkCo(d).name)], ['联系方式', d.mob(g.mobile)], chance(0.3) ? ['电子邮箱', d.mail(g)] : null], S)));
  out.push(`${staff(d, '填表人')}    ${d.X('date', fmtDate(recent()))}`);
  return out.join('\n');
}

function bHR(d) {
  const S = sty({ bi: 0.25 }); const co = mkCo(d); const e = P(d, { min: 1970, max: 2003 }); const bank = pick(BANKS);
  const out = [`${co.name}`, pick(['员工入职登记表', '新员工入职信息登记表', 'Employee Onboarding Form 入职登记表']), `${pick(['统一社会信用代码', '社会信用代码', '税号'])}${S.c}${d.uscc(co)}`,
    `${fl(d, '工号')}${S.c}${d.X('staff_no', pick(['E', 'HR', '']) + safeNum(ri(5, 7), String(ri(1, 9))))}${S.gap}部门${S.c}${pick(['研发中心', '市场部', '财务部', '行政部', '销售一部'])}${S.gap}岗位${S.c}${d.X('job', pick(JOBS.slice(0, -1)))}${S.gap}入职日期${S.c}${d.X('date', fmtDate(recent()))}`];
  const f = pF(d, e, { birth: true, nation: true, addr: true, mail: true });
  f.push(['英文名', pick(['Kevin', 'Lily', 'Jason', 'Cherry', 'Tony', 'Amy', '']), 'English Name'], ['政治面貌', pick(['群众', '中共党员', '共青团员'])], ['最高学历', pick(EDU)], ['婚育状况', box(['未婚', '已婚未育', '已婚已育'], pick(['未婚', '已婚未育', '已婚已育']))]);
  if (chance(0.5)) f.push([pick(['社会保障号码', '社保个人编号']), chance(0.6) ? d.idr(e) : d.X('social_card', safeNum(10, String(ri(1, 9))))]);
  f.push([fl(d, '公积金账号'), chance(0.5) ? d.X('fund_no', safeNum(12, String(ri(1, 9)))) : '新开户']);
  out.push(sec(S, '个人信息', f));
  if (chance(0.5)) out.push(`企业邮箱${S.c}${d.E('email', e.py ? `${e.py[1]}.${e.py[0]}@${co.uscc.slice(-4).toLowerCase()}${pick(['tech', 'corp', 'group'])}.com` : `staff${ri(100, 999)}@corp.cn`)}`);
  out.push(sec(S, '紧急联系人', contact(d, e, RELS)));
  const card = mkCard(bank);
  out.push(sec(S, '工资卡信息', [['户名', d.nm(e)], [fl(d, '开户行'), d.X('bank_branch', branch(bank))], [pick(['工资卡号', '银行卡号', '账号']), d.card(card)]]));
  if (chance(0.4)) out.push(S.head('教育经历') + '\n' + table(['起止时间', '学校', '专业', '学历'], Array.from({ length: ri(1, 3) }, () => [d.X('date', `${ri(2005, 2015)}.09-${ri(2016, 2022)}.06`), pick(['北京大学', '武汉大学', '四川大学', '郑州大学', '深圳职业技术学院']), pick(['计算机科学与技术', '会计学', '市场营销', '护理学']), pick(EDU)])));
  out.push(clause(d)); out.push(sig(d, e, S));
  out.push(`${staff(d, 'HR经办人')}    人事邮箱：${d.D('email', pick(['hr', 'zhaopin', 'renshi', 'job']) + '@' + pick(BRAND.map(() => 'corp')) + ri(10, 99) + '.com')}    人事电话：${d.land(co.tel, 'D')}`);
  return out.join('\n');
}

function bBank(d) {
  const S = sty({ st: ['line', 'multi', 'cell', 'block', 'table', 'bracket'] }); const bank = pick(BANKS); const a = P(d, { min: 1950, max: 2007 });
  const out = [`${d.X('company', bank.n)}\n${pick(['个人银行结算账户开立申请书', '个人客户开户申请书', '个人账户开户及综合服务申请表'])}`, `${fl(d, '开户网点')}${S.c}${d.X('bank_branch', branch(bank))}${S.gap}${fl(d, '流水号')}${S.c}${d.X('txn_no', safeNum(ri(16, 20), '20'))}`];
  const f = pF(d, a, { idType: true, birth: chance(0.5), addr: true, mail: chance(0.6) });
  f.splice(1, 0, [fl(d, '户名'), d.nm(a)]);
  f.push(['证件有效期', d.X('date', `${fmtDate(recent(), 3)}-${fmtDate(randDate(2030, 2045), 3)}`)], ['国籍', '中国'], ['职业', d.X('job', pick(JOBS))], chance(0.4) ? ['固定电话', d.land(mkLandline())] : null, ['邮政编码', d.X('postcode', pick(POST))]);
  out.push(sec(S, '客户信息', f));
  const card = mkCard(bank);
  const g = [['账户种类', box(['Ⅰ类户', 'Ⅱ类户', 'Ⅲ类户'], pick(['Ⅰ类户', 'Ⅱ类户']))], ['介质', box(['借记卡', '存折'], '借记卡')], ['卡号', d.card(card)], ['开通服务', `${box(['手机银行', '短信通知', '网上银行'], '手机银行')}`]];
  if (chance(0.5)) { const b2 = pick(BANKS); g.push(['绑定他行账户', d.card(mkCard(b2))], ['绑定账户开户行', d.X('bank_branch', branch(b2))]); }
  out.push(sec(S, '账户信息', g));
  if (chance(0.3)) { const [ag, agr] = kin(d, ['父亲', '母亲', '配偶', '子女'], a); out.push(sec(S, '代理人信息（代理开户时填写）', [['代理人姓名', d.nm(ag)], ['与开户人关系', rel(d, agr)], ['代理人证件号码', d.idr(ag)], ['代理人联系电话', d.mob(ag.mobile)]])); }
  out.push(`短信验证：${d.X('masked', mask.mob(a.mobile))}    ${clause(d)}`);
  out.push(`客户签名：${d.nm(a)}    ${staff(d, pick(['经办柜员', '柜员']))}    ${fl(d, '柜员号')}：${d.X('staff_no', safeNum(ri(5, 7), String(ri(1, 9))))}    ${staff(d, '复核')}`);
  return out.join('\n');
}

function bRent(d) {
  const S = sty({ st: ['line', 'line', 'multi', 'bracket', 'under'] }); const l = P(d, { min: 1950, max: 1995 }); const t = P(d, { min: 1975, max: 2004 }); const bank = pick(BANKS); const card = mkCard(bank);
  const lab = chance(0.5) ? ['出租人（甲方）', '承租人（乙方）'] : ['甲方（出租方）', '乙方（承租方）'];
  const out = [pick(['房屋租赁合同', '住房租赁合同', '北京市住房租赁合同', '房屋租赁协议']), `${fl(d, '合同编号')}${S.c}${d.X('contract_no', pick(['ZL', 'HT-', 'FW']) + `${ri(2019, 2025)}` + pick(['-', '']) + safeNum(ri(4, 7)))}`];
  out.push(sec(S, fl(d, lab[0]), [['姓名', d.nm(l)], ['身份证号码', d.idr(l)], ['联系电话', d.mob(l.mobile)], chance(0.3) ? ['电子邮箱', d.mail(l)] : null, ['通讯地址', addr()]]));
  out.push(sec(S, fl(d, lab[1]), [['姓名', d.nm(t)], ['身份证号码', d.idr(t)], ['联系电话', d.mob(t.mobile)], chance(0.5) ? ['电子邮箱', d.mail(t)] : null, ['工作单位', chance(0.5) ? mkCo(d).name : '']]));
  const extra = []; if (chance(0.4)) { const [t2, t2r] = kin(d, ['配偶', '朋友', '子女'], t); extra.push(`共同居住人：${d.nm(t2)}（${rel(d, t2r)}），身份证号：${d.idr(t2)}`); }
  out.push(...extra);
  const rent = ri(15, 120) * 100;
  out.push(`第一条 甲方将位于${addr()}的房屋出租给乙方居住使用，建筑面积${ri(30, 140)}平方米。\n第二条 租赁期限自${d.X('date', fmtDate(recent(), 1))}起至${d.X('date', fmtDate(randDate(2025, 2027), 1))}止。\n第三条 月租金${d.X('amount', `${rent}元`)}（大写：${pick(['叁仟', '伍仟', '捌仟', '壹万'])}元整），押金${d.X('amount', `${rent * ri(1, 2)}元`)}，付款方式为${pick(['押一付三', '押一付一', '押二付六'])}。`);
  out.push(`第四条 乙方应按时将租金支付至甲方指定账户：\n${render([['户名', d.nm(l)], [fl(d, '开户行'), d.X('bank_branch', branch(bank))], ['账号', d.card(card)]], S)}`);
  if (chance(0.3)) { const c2 = mkCard(pick(BANKS)); out.push(`押金退还至乙方账户：${d.card(c2)}（户名：${d.nm(t)}）`); }
  if (chance(0.5)) { const ag = mkCo(d, { name: pick(CITIES) + pick(['链家', '我爱我家', '中原', '麦田']) + '房地产经纪有限公司' }); const br = P(d); out.push(`居间方（丙方）：${ag.name}\n统一社会信用代码：${d.uscc(ag)}\n经纪人：${d.nm(br)}  ${fl(d, '经纪人证号')}：${d.X('license_no', pick(['京', '沪', '粤']) + `${ri(2018, 2024)}` + safeNum(ri(5, 7)))}  电话：${d.mob(br.mobile)}`); }
  out.push(clause(d));
  out.push(`甲方（签字）：${d.nm(l)}${S.gap}乙方（签字）：${d.nm(t)}\n签订日期：${d.X('date', fmtDate(recent(), 1))}`);
  return out.join('\n');
}

function party(d, p, role, full, S) {
  const born = fmtDate(p.bd, 1); const idtxt = full ? d.idr(p) : d.X('masked', mask.id(p.id));
  return `${role}：${d.nm(p)}，${p.sex}，${born}出生，${p.nation}族，住${addr()}，${pick(['公民身份号码', '身份证号', '身份证号码'])}：${idtxt}${full && chance(0.8) ? `，联系电话：${d.mob(p.mobile)}` : ''}。`;
}
function lawyer(d, role) {
  const lw = P(d, { min: 1970, max: 1996 }); const firm = mkCo(d, { name: pick(CITIES) + pick(['大成', '金杜', '德恒', '中伦', '国浩', '天元', '君合']) + pick(['', '（分所）']) + '律师事务所' });
  firm.uscc = uniq(() => { const body = String(ri(30000000, 39999999)); const b = '31' + firm.reg + body + orgCheck(body); return b + usccCheck(b); });
  let s = `${role}：${d.nm(lw)}，${firm.name}律师，${fl(d, '执业证号')}：${d.X('license_no', safeNum(17, '1'))}`;
  if (chance(0.6)) s += `，联系电话：${d.mob(lw.mobile)}`; if (chance(0.4)) s += `，电子邮箱：${d.mail(lw)}`;
  if (chance(0.3)) s += `\n（律所统一社会信用代码：${d.uscc(firm)}）`;
  return s + '。';
}
function bCourt(d) {
  const S = sty(); const cr = pick(REG); const court = `${cr[2] || cr[1]}${cr[3]}人民法院`; d.X('company', court);
  const pl = P(d, { min: 1955, max: 2000 }); const df = P(d, { min: 1955, max: 2000 }); const caseNo = `（${ri(2019, 2025)}）${pick(['京', '沪', '粤', '浙', '川'])}${pad(ri(1, 9), 2)}${pad(ri(1, 99), 2)}${pick(['民初', '民终', '执'])}${ri(100, 39999)}号`;
  if (chance(0.45)) { // judgment: parties masked, bench full
    const out = [`${court}\n民事判决书`, d.X('case_no', caseNo)];
    for (const [p, r] of [[pl, '原告'], [df, '被告']]) { const m = mask.name(p.name); out.push(`${fl(d, r)}：${d.X('masked_name', m)}，${p.sex}，${p.bd.y}年${p.bd.m}月${p.bd.d}日出生，${p.nation}族，住${p.id.slice(0, 2) === '11' ? '北京市' : '某省某市'}。${chance(0.6) ? `身份证号：${d.X('masked', mask.id(p.id))}` : ''}`); }
    if (chance(0.6)) out.push(lawyer(d, fl(d, '委托诉讼代理人')));
    out.push(`原告${d.X('masked_name', mask.name(pl.name))}与被告${mask.name(df.name)}民间借贷纠纷一案，本院于${d.X('date', fmtDate(recent(), 1))}立案后，依法适用简易程序，公开开庭进行了审理。被告通过尾号为${pl.mobile.slice(-4)}的账户收到借款${d.X('amount', money(10000, 500000, 1000))}。`);
    out.push(`判决如下：被告于本判决生效之日起十日内偿还原告借款本金及利息。案件受理费${d.X('amount', `${ri(50, 9000)}元`)}，由被告负担。`);
    const bench = shuffle(['审判长', '审判员', '人民陪审员', '法官助理', '书记员']).slice(0, ri(2, 4));
    out.push(bench.map((b) => { const j = P(d, { min: 1965, max: 1998 }); return `${b}${pick(['　', '  ', '：'])}${d.nm(j)}`; }).join('\n'));
    out.push(d.X('date', `二〇二${pick(['〇', '一', '二', '三', '四', '五'])}年${pick(['一', '三', '五', '七', '九', '十一'])}月${pick(['五', '十二', '二十', '二十八'])}日`));
    return out.join('\n');
  }
  const out = [pick(['民事起诉状', '民事诉讼起诉状', '起诉状（民间借贷纠纷）'])];
  out.push(party(d, pl, fl(d, '原告'), true, S));
  if (chance(0.5)) out.push(lawyer(d, fl(d, pick(['委托诉讼代理人', '委托代理人']))));
  const coDef = chance(0.35);
  if (coDef) { const co = mkCo(d); const lr = P(d, { min: 1960, max: 1990 }); out.push(`${fl(d, '被告')}：${co.name}，住所地${co.addr}，统一社会信用代码：${d.uscc(co)}。\n${fl(d, '法定代表人')}：${d.nm(lr)}，职务：${d.X('job', pick(['执行董事', '总经理', '董事长']))}，联系电话：${d.land(co.tel, 'D')}。`); }
  else out.push(party(d, df, fl(d, '被告'), chance(0.7), S));
  const cp = mkCard(pick(BANKS)), cd = mkCard(pick(BANKS)); const amt = money(10000, 500000, 1000);
  out.push(`诉讼请求：\n1. 判令被告偿还借款本金${d.X('amount', amt)}及逾期利息；\n2. 本案诉讼费用由被告承担。\n事实与理由：\n${d.X('date', fmtDate(recent(), 1))}，被告因${pick(['资金周转', '装修', '经营'])}向原告借款，原告通过其${pick(BANKS).n}账户（卡号${d.card(cp)}）转账至被告名下账户（卡号${d.card(cd)}），被告出具借条一份。${!coDef && chance(0.4) ? `借款到期后原告多次拨打被告电话${d.mob(df.mobile)}催要未果。` : ''}`);
  out.push(`此致\n${court}\n具状人：${d.nm(pl)}\n${d.X('date', fmtDate(recent(), 1))}`);
  return out.join('\n');
}

function bArb(d) {
  const S = sty({ st: ['line', 'multi', 'bracket'] }); const ap = P(d, { min: 1965, max: 2003 }); const co = mkCo(d); const lr = P(d, { min: 1960, max: 1990 }); const bank = pick(BANKS);
  const out = [pick(['劳动人事争议仲裁申请书', '仲裁申请书', '劳动争议仲裁申请书']), `${pick(REG)[1]}劳动人事争议仲裁委员会`];
  out.push(sec(S, fl(d, '申请人'), pF(d, ap, { birth: true, nation: chance(0.5), addr: true, mail: chance(0.4) })));
  out.push(sec(S, fl(d, '被申请人'), [['单位名称', co.name], ['统一社会信用代码', d.uscc(co)], ['住所', co.addr], [fl(d, '法定代表人'), d.nm(lr)], ['联系电话', d.land(co.tel, 'D')]]));
  if (chance(0.5)) out.push(lawyer(d, fl(d, '委托代理人')));
  const card = mkCard(bank);
  out.push(`仲裁请求：\n一、裁决被申请人支付拖欠工资${d.X('amount', money(5000, 120000))}；\n二、裁决被申请人支付经济补偿金${d.X('amount', money(5000, 200000))}。\n事实和理由：申请人于${d.X('date', fmtDate(randDate(2015, 2022), 1))}入职被申请人处，任${d.X('job', pick(JOBS))}，工号${d.X('staff_no', safeNum(ri(5, 7), String(ri(1, 9))))}，工资通过${bank.n}工资卡（${d.card(card)}）发放。${chance(0.5) ? `部门负责人${d.nm(P(d))}多次口头承诺补发。` : ''}`);
  out.push(`此致\n申请人（签名）：${d.nm(ap)}\n${d.X('date', fmtDate(recent(), 1))}`);
  return out.join('\n');
}

function bInfo(d) {
  const S = sty({ bi: 0.5 }); const a = P(d, { min: 1960, max: 2004 }); const out = [pick(['个人信息表', '签证申请人信息表', '出国（境）人员信息登记表', '政审个人信息表', 'Personal Information Form 个人信息表'])];
  const f = [['姓名', d.nm(a), 'Full Name'], ['曾用名', chance(0.25) ? d.nm(P(d, { sex: a.sex, sur: a.sur })) : '无', 'Former Name'], ['姓名拼音', a.py ? (a.py[0] + ' ' + a.py[1]).toUpperCase() : '', 'Name in Pinyin'], ['性别', sexBox(a.sex), 'Sex'], ['出生日期', birth(a, 0), 'Date of Birth'],
    ['出生地', `${pick(REG)[1]}`, 'Place of Birth'], ['身份证号', d.idr(a), 'ID Card No.'], ['护照号码', d.E('cn_passport', mkPassport()), 'Passport No.'], ['签发日期', d.X('date', fmtDate(recent(), 0)), 'Date of Issue'],
    ['有效期至', d.X('date', fmtDate(randDate(2028, 2035), 0)), 'Date of Expiry'], ['婚姻状况', box(['未婚', '已婚', '离异'], pick(['未婚', '已婚'])), 'Marital Status'], ['手机', d.mob(a.mobile), 'Mobile'], ['电子邮箱', d.mail(a), 'E-mail'], ['家庭住址', addr(), 'Home Address']];
  if (chance(0.4)) f.push([pick(['往来港澳通行证', '港澳通行证号码']), d.D('cn_passport', 'C' + safeNum(8, String(ri(1, 9)))), 'EEP No.']);
  out.push(render(f, S));
  const co = mkCo(d); out.push(render([['工作单位', co.name, 'Employer'], ['单位地址', co.addr, 'Employer Address'], ['单位电话', d.land(co.tel, 'D'), 'Employer Tel'], ['职务', d.X('job', pick(JOBS)), 'Position']], S));
  const fam = [kin(d, '父亲', a), kin(d, '母亲', a)];
  if (chance(0.6) && feasible('配偶', a)) fam.push(kin(d, '配偶', a));
  if (chance(0.4) && feasible('子女', a)) fam.push(kin(d, ['儿子', '女儿'], a));
  out.push(S.head('家庭成员 Family Members') + '\n' + table(['称谓', '姓名', '出生日期', '工作单位', '联系电话'], fam.map(([p, r]) => [rel(d, r), d.nm(p), fmtDate(p.bd, 0), p.bd.y < 1960 ? '退休' : p.bd.y > 2004 ? '学生' : d.X('company', mkCo(d).name), p.bd.y > 2008 ? '' : d.mob(p.mobile)])));
  out.push(`${pick(['本人签名', 'Applicant Signature/申请人签名'])}：${d.nm(a)}    ${d.X('date', fmtDate(recent(), 0))}`);
  return out.join('\n');
}

function bVol(d) {
  const act = pick(['城市马拉松', '社区防疫', '文明城市创建', '图书馆阅读推广', '国际博览会', '敬老院关爱', '河道清洁', '大型运动会']); d.X('event', act);
  if (chance(0.35)) {
    const S = sty(); const v = P(d, { min: 1960, max: 2007 });
    const out = [`${act}志愿者报名表`, `${fl(d, '志愿者编号')}${S.c}${d.X('volunteer_no', 'ZY' + safeNum(ri(7, 10)))}`];
    const f = pF(d, v, { birth: true, mail: true, nation: chance(0.3) });
    f.push(['政治面貌', pick(['群众', '共青团员', '中共党员'])], ['学校/单位', d.X('company', pick([mkCo(d).name, pick(['四川大学', '中山大学', '浙江工业大学', '山东师范大学'])]))], ['服装尺码', pick(['S', 'M', 'L', 'XL', 'XXL'])], ['可服务时间', box(['周一至周五', '周末', '全天'], pick(['周一至周五', '周末', '全天']))]);
    out.push(render(f, S));
    if (chance(0.6)) out.push(render(contact(d, v, RELS), S));
    if (chance(0.5)) { const b = pick(BANKS); out.push(`交通补贴发放账户${S.c}${d.card(mkCard(b))}（${d.X('bank_branch', branch(b))}）`); }
    out.push(clause(d)); out.push(sig(d, v, S));
    return out.join('\n');
  }
  const n = pick([ri(3, 12), ri(10, 30), ri(25, 60), ri(60, 80)]); const withCard = chance(0.45); const withMail = chance(0.7);
  let cols = ['序号', '姓名', '性别', '身份证号', '手机号码'].concat(withMail ? ['电子邮箱'] : []).concat(['岗位', pick(['报名时间', '签到时间'])]).concat(chance(0.6) ? ['服务时长'] : []).concat(withCard ? ['补贴银行卡号'] : []).concat(chance(0.4) ? ['志愿者编号'] : []);
  if (chance(0.5)) cols = [cols[0], ...shuffle(cols.slice(1))];
  const rows = [];
  for (let i = 0; i < n; i++) {
    const v = P(d, { min: 1965, max: 2006 });
    rows.push(cols.map((c) => ({ '序号': () => String(i + 1), '姓名': () => d.nm(v), '性别': () => v.sex, '身份证号': () => d.idr(v), '手机号码': () => d.mob(v.mobile), '电子邮箱': () => (chance(0.85) ? d.mail(v) : ''), '岗位': () => pick(['引导', '物资发放', '医疗辅助', '秩序维护', '咨询', '补给站']),
      '补贴银行卡号': () => d.card(mkCard(pick(BANKS))), '报名时间': () => d.X('datetime', `${fmtDate(recent(), 0)} ${fmtTime()}`), '签到时间': () => d.X('datetime', `${fmtDate(recent(), 2)} ${fmtTime()}`), '服务时长': () => d.X('hours', `${ri(1, 120)}.${pick([0, 5])}小时`), '志愿者编号': () => d.X('volunteer_no', 'V' + safeNum(8, '2')) })[c]()));
  }
  return [`${act}志愿者${pick(['名单', '报名汇总表', '签到表', '信息登记表'])}`, `${pick(['组织单位', '主办方'])}：${d.X('company', pick(CITIES) + '市志愿者协会')}    ${staff(d, '负责人')}    联系电话：${d.land(mkLandline(), 'D')}`, table(cols, rows), `共${n}人    ${d.X('date', fmtDate(recent()))}`].join('\n');
}

function bCar(d) {
  const S = sty({ bi: 0.3 }); const r = P(d, { min: 1960, max: 2003 }); const bank = pick(BANKS); const ds = recent();
  const out = [`${pick(['神州租车', '一嗨租车', '悟空租车', '凹凸租车']) + pick(CITIES) + '门店'} ${pick(['租车登记单', '车辆租赁合同（确认单）', 'Rental Agreement 租车确认单'])}`, `${fl(d, '订单号')}${S.c}${d.X('order_no', safeNum(ri(16, 19), '202'))}`];
  const f = [['承租人', d.nm(r), 'Renter'], ['身份证号', d.idr(r), 'ID No.'], ['驾驶证号', d.E('cn_resident_id', r.id), "Driver's License"], [fl(d, '档案编号'), d.X('license_file_no', safeNum(12, String(ri(1, 9)))), 'File No.'], ['准驾车型', d.X('license_class', pick(['C1', 'C2', 'B2', 'A1'])), 'Class'],
    ['手机号码', d.mob(r.mobile), 'Mobile'], chance(0.4) ? ['电子邮箱', d.mail(r), 'Email'] : null];
  out.push(sec(S, '承租人信息', f));
  if (chance(0.35)) { const dr = P(d); out.push(sec(S, '附加驾驶员', [['姓名', d.nm(dr)], ['驾驶证号', d.idr(dr)], ['手机', d.mob(dr.mobile)]])); }
  out.push(sec(S, '车辆信息', [['车型', d.X('product', pick(['大众朗逸 1.5L 自动', '丰田卡罗拉', '别克GL8', '比亚迪秦PLUS']))], ['车牌号', d.X('plate', plate())], ['取车时间', d.X('datetime', `${fmtDate(ds, 0)} ${fmtTime()}`)], ['还车时间', d.X('date', fmtDate({ ...ds, d: Math.min(28, ds.d + ri(1, 7)) }, 0))], ['租金', d.X('amount', money(300, 5000, 10))], ['押金', d.X('amount', money(3000, 10000, 1000))]]));
  const cc = mkCard(bank, chance(0.8) ? 'c' : 'd');
  out.push(sec(S, '预授权信息', [['信用卡号', d.card(cc), 'Card No.'], ['持卡人', d.nm(r), 'Holder'], ['有效期', d.X('expiry', `${pad(ri(1, 12))}/${ri(26, 31)}`), 'Exp'], ['发卡行', d.X('bank', bank.n)]]));
  if (chance(0.5)) out.push(render(contact(d, r, RELS), S));
  out.push(`${staff(d, pick(['门店经办人', '服务专员']))}    客服热线：${d.X('hotline', '400-' + safeNum(3, String(ri(1, 9))) + '-' + safeNum(4))}`);
  out.push(sig(d, r, S));
  return out.join('\n');
}

function bSim(d) {
  const S = sty(); const o = P(d, { min: 1950, max: 2007 }); const op = pick(['中国移动', '中国联通', '中国电信', '中国广电']); const newNo = o.mobile;
  const out = [`${op}${pick(['客户入网登记单', '业务受理单', '实名登记单（新装）'])}`, `${fl(d, '受理编号')}${S.c}${d.X('order_no', safeNum(ri(15, 20), String(ri(1, 9))))}${S.gap}受理时间${S.c}${d.X('datetime', `${fmtDate(recent(), 0)} ${fmtTime()}:${pad(ri(0, 59))}`)}`];
  const f = [[fl(d, '机主姓名'), d.nm(o)], ['证件类型', '居民身份证'], ['证件号码', d.idr(o)], ['证件地址', addr()], ['新装号码', d.mob(newNo)]];
  if (chance(0.6)) { const alt = mkMobile(); f.push(['联系电话', d.mob(alt)]); }
  f.push(['SIM卡号', d.X('iccid', '8986' + safeNum(16, String(ri(0, 1)) + pad(ri(0, 99))).slice(0, 16))], ['套餐', d.X('product', pick(['5G畅享套餐129元', '大王卡39元', '融合套餐199元', '日租卡']))], chance(0.4) ? ['终端IMEI', d.X('imei', (() => { let s; do { s = luhnDone('86' + safeNum(12)); } while (!digitsSafe(s)); return s; })())] : null, chance(0.4) ? ['联系邮箱', d.mail(o)] : null);
  out.push(sec(S, '客户信息', f));
  if (chance(0.35)) { const [ag, agr] = kin(d, ['配偶', '父亲', '母亲', '子女'], o); out.push(sec(S, '代办人信息', [['代办人姓名', d.nm(ag)], ['代办人证件号码', d.idr(ag)], ['代办人联系电话', d.mob(ag.mobile)], ['与机主关系', rel(d, agr)]])); }
  if (chance(0.5)) { const b = pick(BANKS); out.push(`话费代扣：${b.n}  账号${S.c}${d.card(mkCard(b))}  户名${S.c}${d.nm(o)}`); }
  out.push(`${staff(d, '营业员')}  ${fl(d, '工号')}${S.c}${d.X('staff_no', pick(['BJ', 'GZ', 'SH', '']) + safeNum(ri(6, 8), String(ri(1, 9))))}  营业厅${S.c}${d.X('company', pick(CITIES) + pick(['中山路', '人民广场', '高新区']) + '营业厅')}`);
  out.push(`客户签名：${d.nm(o)}    ${op}客服热线 ${d.X('hotline', pick(['10086', '10010', '10000', '10099']))}`);
  return out.join('\n');
}

function bExp(d) {
  const co = pick(['顺丰速运', '中通快递', '圆通速递', '韵达快递', '京东物流', '邮政EMS']); d.X('company', co);
  const wb = () => pick(['SF' + safeNum(13, '1'), 'YT' + safeNum(13, '8'), 'JT' + safeNum(13, '5'), 'JDV' + safeNum(12, String(ri(2, 9))), '7' + safeNum(13, String(ri(3, 8))), 'E' + pick('ABCDLM'.split('')) + safeNum(9) + 'CN']);
  if (chance(0.3)) { // batch list
    const snd = P(d, { min: 1965, max: 2000 }); const n = pick([ri(2, 10), ri(10, 40), ri(40, 70)]);
    const cols = shuffle(['运单号', '收件人', '收件电话', '收件地址']).concat(['物品', '保价金额']); const rows = [];
    for (let i = 0; i < n; i++) { const r = P(d); rows.push(cols.map((c) => ({ '运单号': () => d.X('waybill', wb()), '收件人': () => d.nm(r), '收件电话': () => d.mob(r.mobile), '收件地址': () => addr(), '物品': () => pick(['文件', '衣物', '日用品', '食品', '电子产品']), '保价金额': () => (chance(0.3) ? tableMoney(100, 5000) : '') })[c]())); }
    return [`${co} 批量寄件清单`, `寄件人：${d.nm(snd)}  寄件人电话：${d.mob(snd.mobile)}  实名认证证件：${d.idr(snd)}`, `${fl(d, '月结账号')}：${d.X('account_no', safeNum(10, String(ri(1, 9))))}`, table(cols, rows, { sep: pick(['\t', ' | ', '  ']) })].join('\n');
  }
  const S = sty(); const s = P(d, { min: 1955, max: 2005 }); const r = P(d);
  const out = [`${co}${pick(['电子运单', '寄件实名登记', '收寄验视登记表'])}`, `${fl(d, '运单号')}${S.c}${d.X('waybill', wb())}`];
  out.push(sec(S, '寄件人', [['寄件人', d.nm(s)], ['电话', d.mob(s.mobile)], ['证件类型', '身份证'], ['证件号码', chance(0.6) ? d.idr(s) : d.X('masked', mask.id(s.id))], ['寄件地址', addr()]]));
  out.push(sec(S, '收件人', [['收件人', d.nm(r)], ['电话', chance(0.8) ? d.mob(r.mobile) : d.land(mkLandline())], ['收件地址', addr()], ['邮编', chance(0.5) ? d.X('postcode', pick(POST)) : '']]));
  out.push(render([['托寄物', pick(['文件', '衣服', '茶叶', '手机', '书籍'])], ['重量', `${(ri(1, 200) / 10).toFixed(1)}kg`], ['保价金额', d.X('amount', money(100, 20000))], ['运费', d.X('amount', `${ri(8, 80)}元`)], ['付款方式', box(['寄付', '到付', '月结'], pick(['寄付', '到付']))]], S));
  out.push(`${staff(d, '收派员')}  ${fl(d, '收派员工号')}：${d.X('staff_no', safeNum(ri(6, 8), String(ri(1, 9))))}  ${d.X('datetime', `${fmtDate(recent(), 0)} ${fmtTime()}`)}`);
  out.push(`寄件人签名：${d.nm(s)}`);
  return out.join('\n');
}

function bComm(d) {
  const S = sty(); const comm = `${pick(REG)[3]}${pick(['和平里', '幸福', '光明', '新华', '朝阳', '东湖'])}社区`; d.X('company', comm + '居委会');
  const head = P(d, { min: 1945, max: 1990, legacy: true });
  const title = pick(['社区居民信息登记表', '流动人口登记表', '返乡人员信息登记表', '人口普查户登记表（短表）', '出租房屋居住人员登记表', '高龄津贴发放登记表']);
  const out = [`${comm}${title}`, `${fl(d, '户编号')}${S.c}${d.X('household_no', safeNum(ri(6, 9), String(ri(1, 9))))}${S.gap}登记日期${S.c}${d.X('date', fmtDate(recent()))}`];
  if (title.includes('高龄')) {
    const n = pick([ri(3, 15), ri(15, 45), ri(45, 80)]); const rows = [];
    for (let i = 0; i < n; i++) { const p = P(d, { min: 1925, max: 1945, legacy: true }); const b = pick(BANKS); const ag = chance(0.5) ? P(d, { min: 1950, max: 1980 }) : null;
      rows.push([String(i + 1), d.nm(p), p.sex, d.idr(p), `${2024 - p.bd.y}`, d.X('amount', tableMoney(100, 500)), d.card(mkCard(b)), d.X('bank', b.n), ag ? d.nm(ag) : '本人', ag ? d.mob(ag.mobile) : (chance(0.5) ? d.land(mkLandline()) : ''), d.X('room_no', `${ri(1, 30)}-${ri(1, 6)}-${ri(1, 32)}${pad(ri(1, 4))}`)]); }
    out.push(table(['序号', '姓名', '性别', '身份证号码', '年龄', '月发放金额', '银行卡号', '开户银行', '代领人', '联系电话', '门牌号'], rows));
    out.push(`${staff(d, '经办人')}    ${staff(d, '审核人')}`);
    return out.join('\n');
  }
  out.push(render([[fl(d, '户主姓名'), d.nm(head)], ['身份证号', d.idr(head)], ['联系电话', d.mob(head.mobile)], ['现居住地址', addr()], ['户籍地', pick(REG).slice(1).join('')], title.includes('返乡') ? ['返回方式', `${pick(['火车', '高铁', '自驾', '飞机'])} ${d.X('train_no', pick(['G', 'D', 'K', 'CA', 'MU']) + ri(100, 9999))}`] : null, title.includes('返乡') ? ['抵达日期', d.X('date', fmtDate(recent(), 0))] : null], S));
  const n = ri(0, 8); const rows = [];
  for (let i = 0; i < n; i++) {
    const [p, r] = kin(d, i === 0 && chance(0.7) ? ['配偶'] : ['子女', '儿子', '女儿', '父亲', '母亲', '孙子', '孙女', '儿媳', '女婿', '租客'].concat(i === 0 ? ['配偶'] : []), head, { legacy: true });
    rows.push([rel(d, r), d.nm(p), p.sex, d.idr(p), p.bd.y > 2010 ? '' : d.mob(p.mobile), p.bd.y > 2005 ? pick(['学生', '学龄前']) : pick(['在职', '退休', '务农', '待业']), d.X('datetime', `${fmtDate(recent(), 0)} ${fmtTime()}`)]);
  }
  if (n) out.push(S.head('家庭成员（与户主关系）') + '\n' + table(['与户主关系', '姓名', '性别', '公民身份号码', '联系电话', '就业状况', '登记时间'], rows));
  if (title.includes('出租')) { const ll = P(d); out.push(`房东：${d.nm(ll)}  房东电话：${d.mob(ll.mobile)}  车辆：${d.X('plate', plate())}`); }
  out.push(`${staff(d, pick(['网格员', '登记人', '普查员']))}    联系电话：${d.land(mkLandline(), 'D')}`);
  return out.join('\n');
}

function bGym(d) {
  const S = sty({ bi: 0.3 }); const m = P(d, { min: 1965, max: 2006 }); const gym = pick(['乐刻运动', '威尔仕健身', '一兆韦德', '超级猩猩', '金吉鸟健身']) + pick(CITIES) + pick(['万象城店', '国贸店', '大学城店']); d.X('company', gym);
  const out = [`${gym} 会员入会登记表 ${pick(['Membership Application', ''])}`, `${fl(d, '会员卡号')}${S.c}${d.X('member_no', safeNum(ri(8, 12), String(ri(1, 9))))}${S.gap}卡种${S.c}${d.X('product', pick(['年卡', '季卡', '私教课包30节', '次卡']))}${S.gap}金额${S.c}${d.X('amount', money(999, 12000))}`];
  const f = pF(d, m, { birth: true, mail: chance(0.8), idL: ['身份证号', '证件号码'] });
  f.push(['身高/体重', `${ri(150, 190)}cm/${ri(45, 95)}kg`], ['健身目标', box(['减脂', '增肌', '塑形', '康复'], pick(['减脂', '增肌', '塑形']))], ['既往病史', box(['无', '心脏病', '高血压', '其他'], '无')]);
  out.push(render(f, S));
  out.push(render(contact(d, m, RELS), S));
  if (chance(0.6)) { const b = pick(BANKS); out.push(sec(S, '自动续费授权', [['扣款账户', d.card(mkCard(b, chance(0.5) ? 'c' : 'd'))], ['持卡人姓名', d.nm(m)], ['开户行', d.X('bank', b.n)]])); }
  out.push(`${staff(d, pick(['会籍顾问', '销售顾问']))}  ${staff(d, '私教')}`); out.push(clause(d)); out.push(sig(d, m, S));
  return out.join('\n');
}

function bMem(d) {
  const S = sty({ bi: 0.4, st: ['line', 'multi', 'cell', 'table', 'block'] }); const m = P(d, { min: 1965, max: 2007 });
  const brand = pick(['星巴克', '东方航空', '华住会', '屈臣氏', '盒马', '山姆会员商店', '万达影城', '海底捞']); d.X('company', brand);
  const out = [`${brand}会员${pick(['注册信息', '资料变更确认单', '开卡登记', '账户信息导出'])}`];
  const f = [['会员号', d.X('member_no', pick(['', 'M', 'VIP']) + safeNum(ri(9, 13), String(ri(1, 9)))), 'Member ID'], ['用户名', `${m.py ? m.py[0] : 'user'}_${ri(100, 9999)}`, 'Username'], ['真实姓名', d.nm(m), 'Real Name'], ['性别', m.sex, 'Gender'], ['生日', d.X('date', `${pad(m.bd.m)}-${pad(m.bd.d)}`), 'Birthday'],
    ['手机号', d.mob(m.mobile), 'Mobile'], ['邮箱', d.mail(m), 'Email'], chance(0.5) ? ['身份证号', d.idr(m), 'ID No.'] : null, ['注册时间', d.X('datetime', `${fmtDate(recent(), 0)} ${fmtTime()}:${pad(ri(0, 59))}`), 'Registered'], ['会员等级', pick(['银卡', '金卡', '白金卡', '普通会员']), 'Tier'],
    ['积分余额', `${ri(0, 99999)}`, 'Points']];
  out.push(render(f, S)); d.X('word', '积分余额');
  if (chance(0.5)) { const rf = P(d); out.push(`推荐人：${d.nm(rf)}（${d.X('masked', mask.mob(rf.mobile))}）`); }
  if (chance(0.5)) { const b = pick(BANKS); out.push(render([['绑定银行卡', d.card(mkCard(b)), 'Linked Card'], ['持卡人', d.nm(m), 'Holder'], ['银行', d.X('bank', b.n), 'Bank']], S)); }
  else out.push(`绑定银行卡：${d.X('masked', mask.card(mkCard(pick(BANKS))))}`);
  if (chance(0.4)) { const a2 = P(d); out.push(`收货地址：${addr()}  收货人：${d.nm(a2)}  ${d.mob(a2.mobile)}`); }
  out.push(`客服邮箱：${d.D('email', pick(['service', 'member', 'vip', 'kefu']) + '@' + pick(['brand', 'club', 'vip']) + ri(1, 99) + '.com.cn')}`);
  return out.join('\n');
}

function bMar(d) {
  const S = sty({ st: ['line', 'multi', 'cell', 'block', 'table'] }); const man = P(d, { sex: '男', min: 1965, max: 2002 }); const wo = P(d, { sex: '女', min: Math.max(1965, man.bd.y - 6), max: Math.min(2004, man.bd.y + 6) });
  const out = [pick(['申请结婚登记声明书', '结婚登记审查处理表', '婚姻登记预约信息', '离婚登记申请书'])];
  for (const [p, side] of [[man, '男方'], [wo, '女方']]) {
    out.push(sec(S, fl(d, side), [['姓名', d.nm(p)], ['出生日期', birth(p)], ['身份证件号', d.idr(p)], ['国籍', '中国'], ['民族', p.nation + '族'], ['职业', d.X('job', pick(JOBS))], ['文化程度', pick(EDU)], ['常住户口所在地', pick(REG).slice(1).join('')], chance(0.6) ? ['联系电话', d.mob(p.mobile)] : null, ['婚姻状况', box(['未婚', '离婚', '丧偶'], pick(['未婚', '未婚', '离婚']))]]));
  }
  out.push(`本人与对方均无配偶，没有直系血亲和三代以内旁系血亲关系，了解对方的身体健康状况，现依照《中华人民共和国民法典》的规定，自愿结为夫妻。`); d.X('relation', '直系血亲');
  out.push(`声明人（签名）：${d.nm(man)}    ${d.nm(wo)}`);
  out.push(`${fl(d, '登记机关')}：${d.X('company', pick(REG)[3] + '民政局婚姻登记处')}    ${fl(d, '结婚证字号')}：${d.X('cert_no', `J${pick(REG)[0]}-${ri(2019, 2025)}-${safeNum(6)}`)}    ${staff(d, pick(['登记员', '颁证员']))}    ${d.X('date', fmtDate(recent(), 1))}`);
  if (chance(0.4)) out.push(`预约短信已发送至${d.X('masked', mask.mob(man.mobile))}`);
  return out.join('\n');
}

function bBlood(d) {
  if (chance(0.3)) { // daily log
    const n = pick([ri(3, 15), ri(15, 40)]); const cols = ['序号', '献血码', '姓名', '性别', '血型', '证件号码', '联系电话', '献血量']; const rows = [];
    for (let i = 0; i < n; i++) { const p = P(d, { min: 1967, max: 2006 }); rows.push([String(i + 1), d.X('barcode', '=' + safeNum(13, String(ri(1, 9)))), d.nm(p), p.sex, pick(['A', 'B', 'O', 'AB']) + '型', d.idr(p), d.mob(p.mobile), pick(['200ml', '300ml', '400ml', '1治疗量'])]); }
    return [`${pick(CITIES)}市中心血站 ${pick(['献血者登记日志', '街头采血点献血登记汇总'])}`, `采血点：${d.X('place', pick(['人民广场献血屋', '万达广场献血车', '火车站献血点']))}    ${d.X('date', fmtDate(recent(), 0))}    ${staff(d, '采血护士')}`, table(cols, rows)].join('\n');
  }
  const S = sty(); const p = P(d, { min: 1967, max: 2006 });
  const out = [pick(['献血者健康征询及登记表', '无偿献血登记表', '献血者登记表']), `${fl(d, '献血码')}${S.c}${d.X('barcode', '=' + safeNum(13, String(ri(1, 9))))}${S.gap}${d.X('date', fmtDate(recent()))}`];
  const f = pF(d, p, { birth: true, idType: true, mail: chance(0.4), addr: chance(0.5) });
  f.push(['职业', d.X('job', pick(JOBS))], ['ABO血型', pick(['A', 'B', 'O', 'AB']) + '型'], ['本次献血量', pick(['200ml', '300ml', '400ml'])], ['既往献血证号', chance(0.5) ? d.X('cert_no', safeNum(ri(10, 12), String(ri(1, 9)))) : '首次'], ['是否愿意加入造血干细胞捐献者资料库', box(['是', '否'], pick(['是', '否']))]);
  out.push(render(f, S));
  out.push(`健康征询：${box(['近一周无感冒', '近期未服药', '近六个月未纹身'], '近一周无感冒')}`);
  if (chance(0.5)) out.push(render(contact(d, p, RELS), S));
  out.push(`${staff(d, '体检医生')}    ${staff(d, '采血护士')}    献血者签名：${d.nm(p)}`);
  return out.join('\n');
}

function bDrive(d) {
  const S = sty(); const s = P(d, { min: 1968, max: 2006 }); const school = `${pick(CITIES)}${pick(['安达', '通达', '金盾', '东方时尚', '交运'])}驾驶员培训学校`; d.X('company', school);
  const co = mkCo(d, { name: school + '有限公司' });
  const out = [`${school}\n${pick(['学员报名登记表', '机动车驾驶培训报名表', '驾校学员档案'])}`, `${fl(d, '学员编号')}${S.c}${d.X('student_no', safeNum(ri(8, 12), '2'))}${S.gap}报名日期${S.c}${d.X('date', fmtDate(recent()))}`];
  if (chance(0.5)) out.push(`培训机构统一社会信用代码${S.c}${d.uscc(co)}`);
  const f = pF(d, s, { birth: true, idType: true, addr: true, mail: chance(0.35), nation: chance(0.3) });
  f.push(['申请准驾车型', d.X('license_class', box(['C1', 'C2', 'B2', 'D'], pick(['C1', 'C2'])))], ['班型', pick(['普通班', 'VIP班', '周末班', '夜间班'])], ['培训费', d.X('amount', money(2800, 8800))], ['体检', box(['已体检', '未体检'], '已体检')]);
  out.push(render(f, S));
  if (chance(0.4)) { const rf = P(d); out.push(`${fl(d, '推荐人')}${S.c}${d.nm(rf)}${S.gap}推荐人电话${S.c}${d.mob(rf.mobile)}`); }
  const co2 = P(d, { sex: '男', min: 1965, max: 1995 }); out.push(`${fl(d, '教练员')}${S.c}${d.nm(co2)}${S.gap}教练电话${S.c}${d.mob(co2.mobile)}${S.gap}${fl(d, '教练证号')}${S.c}${d.X('license_no', safeNum(ri(10, 12), String(ri(1, 9))))}`);
  if (chance(0.5)) { const b = pick(BANKS); out.push(`退费账户：${d.card(mkCard(b))}  户名：${d.nm(s)}  ${d.X('bank_branch', branch(b))}`); }
  out.push(sig(d, s, S)); out.push(`${pick(['招生办', '驾校'])}电话：${d.land(co.tel, 'D')}`);
  return out.join('\n');
}

const KINDS = {
  loan: bLoan, credit_card: bCC, insurance: bIns, hotel_register: bHotel, hostel_checkin: bHostel, medical_record: bMed, admission: bAdm, school_enroll: bSchool,
  student_card: bStuCard, hr_onboard: bHR, bank_account: bBank, rental: bRent, court: bCourt, arbitration: bArb, personal_info: bInfo, volunteer: bVol,
  car_rental: bCar, sim_register: bSim, express: bExp, community: bComm, gym: bGym, membership: bMem, marriage: bMar, blood_donation: bBlood, driving_school: bDrive,
};

// ---------------------------------------------------------------- generate
const out = process.argv[2];
if (!out) { console.error('usage: node forms.mjs OUT.jsonl'); process.exit(2); }
const docs = []; let dropped = 0, unused = 0;
for (const [kind, fn] of Object.entries(KINDS)) {
  const n = ri(12, 16);
  for (let i = 1; i <= n; i++) {
    const d = new Doc(kind); CUR = d; const text = fn(d).replace(/\n{3,}/g, '\n\n'); const f = d.finish(text); dropped += f.dropped; unused += f.unused;
    docs.push({ id: `forms-${kind}-${i}`, kind, text, entities: f.ents, dontCare: f.dc, decoys: f.decoys, _L: f.L });
  }
}

// ---------------------------------------------------------------- self-check
const errs = []; const err = (doc, m) => { if (errs.length < 50) errs.push(`${doc.id}: ${m}`); };
for (const doc of docs) {
  const all = [...doc.entities.map((e) => ['E', e]), ...doc.dontCare.map((e) => ['D', e])];
  const seen = new Set();
  for (const [t, e] of all) {
    const k = e.detector + '|' + e.value; if (seen.has(k)) err(doc, `duplicate label ${k}`); seen.add(k);
    if (!CHARS[e.detector] || !CHARS[e.detector].test(e.value)) err(doc, `bad characters ${k}`);
    if (t === 'E' && STRICT[e.detector] && !STRICT[e.detector](e.value)) err(doc, `entity fails its check ${k}`);
    const lab = doc._L.get(k); const raws = lab ? [...lab.raws] : [];
    if (!raws.some((r) => doc.text.includes(r))) err(doc, `raw form not in text ${k}`);
    for (const r of raws) if (NORM[e.detector](r) !== e.value) err(doc, `raw ${r} does not normalise to ${e.value}`);
  }
  const labVals = [...doc._L.values()].flatMap((l) => [l.v, ...l.raws]);
  const decTexts = new Set();
  for (const x of doc.decoys) {
    if (decTexts.has(x.text)) err(doc, `duplicate decoy ${x.text}`); decTexts.add(x.text);
    if (!doc.text.includes(x.text)) err(doc, `decoy not in text ${x.text}`);
    if (labVals.some((v) => x.text.includes(v))) err(doc, `decoy contains a labelled value: ${x.text}`);
    for (const run of nfkc(x.text).match(/\d+/g) || []) if (!digitsSafe(run)) err(doc, `decoy digit run detectable: ${run} in ${x.text}`);
    // passport-shaped 工号 like E16793281 are deliberate traps (cn-formats §6: part numbers); everything else must not look like one
    if (/@/.test(x.text) || (x.kind !== 'staff_no' && /(^|[^A-Z0-9])(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})($|[^0-9])/.test(x.text))) err(doc, `decoy looks like email/passport: ${x.text}`);
    for (const m of x.text.match(/(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{18}(?![0-9A-Z])/g) || []) if (usccValid(m)) err(doc, `decoy contains a valid USCC ${m}`);
  }
  // unlabelled detectable values in the text (bare digit runs and e-mails)
  const known = new Set(all.map(([, e]) => e.value));
  const nt = nfkc(doc.text);
  for (const m of nt.matchAll(/\d+[Xx]?/g)) {
    const run = m[0].toUpperCase(); const digits = run.replace('X', '');
    if (run.length === 18 && idValid(run) && !known.has(run)) err(doc, `unlabelled ID ${run}`);
    if (/^1[3-9]\d{9}$/.test(digits) && digits === run && !known.has(digits)) err(doc, `unlabelled mobile ${digits}`);
    if (digits === run && digits.length >= 16 && digits.length <= 19 && luhnOk(digits) && /^[4568]/.test(digits) && !known.has(digits)) err(doc, `unlabelled card ${digits}`);
  }
  for (const m of nt.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g)) if (!known.has(m[0].toLowerCase())) err(doc, `unlabelled email ${m[0]}`);
}
const ids = new Set(docs.map((x) => x.id)); if (ids.size !== docs.length) errs.push('duplicate doc ids');
const per = {}, perDet = {}, perDc = {}, perDec = {}; let nE = 0, nD = 0, nX = 0;
for (const doc of docs) {
  per[doc.kind] = (per[doc.kind] || 0) + 1;
  for (const e of doc.entities) { perDet[e.detector] = (perDet[e.detector] || 0) + 1; nE++; }
  for (const e of doc.dontCare) { perDc[e.detector] = (perDc[e.detector] || 0) + 1; nD++; }
  for (const x of doc.decoys) { perDec[x.kind] = (perDec[x.kind] || 0) + 1; nX++; }
}
if (docs.length < 250) errs.push(`only ${docs.length} documents`);
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((perDet[det] || 0) < 300) errs.push(`only ${perDet[det] || 0} ${det} entities`);
if (nX < nE) errs.push(`decoys ${nX} < entities ${nE}`);
for (const [k, v] of Object.entries(per)) if (v < 12) errs.push(`kind ${k} has ${v} docs`);

writeFileSync(out, docs.map(({ _L, ...x }) => JSON.stringify(x)).join('\n') + '\n');
console.log(`documents: ${docs.length} in ${Object.keys(per).length} kinds -> ${out}`);
console.log('documents per kind:', JSON.stringify(per));
console.log(`entities: ${nE}`, JSON.stringify(perDet));
console.log(`dontCare: ${nD}`, JSON.stringify(perDc));
console.log(`decoys: ${nX}`, JSON.stringify(perDec));
console.log(`decoys dropped at build time: ${dropped} containing a labelled value, ${unused} generated but not printed`);
if (errs.length) { console.error('SELF-CHECK FAILED:\n' + errs.join('\n')); process.exit(1); }
console.log('self-check: OK');
