#!/usr/bin/env node
/*
 * ocrchat.mjs — independent labelled test corpus for listguard's Chinese detectors.
 *
 * Theme: OCR output and chat logs. Personal data as it reaches a DLP engine from
 * photographed cards, screenshots and conversations: OCR of 居民身份证 front/back,
 * bank cards, business cards, paper registers, filled-in forms, express labels,
 * bank receipts, CRM / contact / Excel screenshots; WeChat, QQ, DingTalk and 飞书
 * exports, 接龙 lists, customer-service chats, call-centre ASR transcripts, SMS
 * backups and e-mail threads with quoted replies.
 *
 * Usage:  node ocrchat.mjs OUT.jsonl
 *
 * Output: one JSON object per line
 *   {"id":"oc-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          must NOT be reported under any id
 *
 * Normalisation of values: cn_resident_id 18 chars, upper-case X (legacy 15-digit
 * numbers upgraded); cn_mobile 11 digits without +86/0086/trunk 0; cn_landline all
 * digits incl. trunk 0 and area code, no extension; email lower-case (full-width ＠
 * folded); bank_card digits only; cn_uscc / cn_passport upper-case; person_name_zh
 * the name as written without spaces, titles or pinyin. OCR letter confusions
 * (O/o for 0, l/I for 1), full-width digits, spaces and line breaks inside a number
 * and spoken digits (幺三八…) are normalised to the digits a careful reader sees.
 *
 * Labelling policy (judgement calls): a checksum value that OCR misread into a
 * failing number (one digit wrong) is dontCare, as written; letter confusions whose
 * corrected digits pass the check are entities. Switchboards, fax numbers and role
 * mailboxes (sales@…) are dontCare (organisation data); a Tel line on a business card
 * without 总机/extension is an entity. Spoken numbers interrupted by fillers (呃/对/
 * 然后是) are dontCare; clean spoken numbers are entities. Legacy 15-digit IDs, Excel-
 * truncated card numbers (trailing zeros), SMS service-centre numbers (+86138001x0500),
 * numbers marked 骚扰/推销 in call logs and "….corn" OCR e-mails are dontCare. Pinyin
 * names, bare surname+title forms (张先生) and WeChat ids are left unlabelled. Masked
 * values, placeholders (张三, 138xxxxxxxx, 13800138000), nicknames, QQ and group
 * numbers, timestamps, epoch values, order/tracking/receipt/transaction numbers,
 * corporate accounts, bank names and branches, 签发机关, 有效期限 are decoys.
 *
 * Deterministic: own sfc32 PRNG with a fixed seed; all data synthetic (MOD 11-2
 * IDs with real dates and region codes, Luhn-valid cards with real-looking IINs,
 * GB 32100 USCCs with GB 11714 inner check, allocated mobile prefixes).
 * Self-check at the end (exit 1 on failure) and a printed summary.
 *
 * Written in session 22 by a helper that never read src/, rules/ or
 * test/, from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

// ---------------------------------------------------------------- PRNG
let s0 = 0x9e3779b9, s1 = 0x243f6a88, s2 = 0xb7e15162, s3 = 22;
function rnd() { // sfc32
  s0 >>>= 0; s1 >>>= 0; s2 >>>= 0; s3 >>>= 0;
  let t = (s0 + s1) | 0; s0 = s1 ^ (s1 >>> 9); s1 = (s2 + (s2 << 3)) | 0;
  s2 = (s2 << 21) | (s2 >>> 11); s3 = (s3 + 1) | 0; t = (t + s3) | 0; s2 = (s2 + t) | 0;
  return (t >>> 0) / 4294967296;
}
for (let i = 0; i < 40; i++) rnd();
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const digs = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const p2 = (n) => String(n).padStart(2, '0');
const fw = (s) => s.replace(/[0-9A-Za-z@]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
function shuffle(a) { for (let i = a.length - 1; i > 0; i--) { const j = ri(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; }
function rows() { // list lengths 1..80, skewed to small but with long tails
  const r = rnd();
  return r < 0.25 ? ri(1, 5) : r < 0.6 ? ri(6, 20) : r < 0.85 ? ri(21, 45) : ri(46, 80);
}

// ---------------------------------------------------------------- tables
const SUR = ('王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he ' +
  '高gao 林lin 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian ' +
  '董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai 余yu 杜du 叶ye 程cheng 苏su 魏wei 吕lv 丁ding 任ren 沈shen 姚yao 卢lu 姜jiang ' +
  '崔cui 钟zhong 谭tan 陆lu 汪wang 范fan 石shi 廖liao 贾jia 夏xia 韦wei 付fu 方fang 白bai 邹zou 孟meng 熊xiong 秦qin ' +
  '邱qiu 江jiang 尹yin 薛xue 闫yan 段duan 雷lei 侯hou 龙long 史shi 陶tao 黎li 贺he 顾gu 毛mao 郝hao 龚gong 邵shao ' +
  '万wan 钱qian 严yan 武wu 戴dai 莫mo 孔kong 向xiang 汤tang').split(' ').map((s) => [s[0], s.slice(1)]);
const COMP = '欧阳ouyang 司马sima 上官shangguan 诸葛zhuge 令狐linghu 皇甫huangfu 司徒situ 慕容murong'
  .split(' ').map((s) => [s.slice(0, 2), s.slice(2)]);
const GIVEN = ('伟wei 芳fang 娜na 敏min 静jing 丽li 强qiang 磊lei 军jun 洋yang 勇yong 艳yan 杰jie 娟juan 涛tao 明ming ' +
  '超chao 霞xia 平ping 刚gang 辉hui 鹏peng 华hua 飞fei 鑫xin 波bo 斌bin 宇yu 浩hao 凯kai 健jian 俊jun 帆fan 旭xu ' +
  '宁ning 玲ling 婷ting 雪xue 琳lin 晶jing 颖ying 倩qian 慧hui 红hong 梅mei 兰lan 萍ping 燕yan 莉li 佳jia 欣xin ' +
  '怡yi 子zi 轩xuan 涵han 晨chen 瑶yao 睿rui 博bo 嘉jia 思si 雨yu 泽ze 志zhi 国guo 建jian 海hai 德de 春chun ' +
  '秀xiu 桂gui 英ying 玉yu 文wen 立li 晓xiao 梓zi 诗shi 昊hao 然ran 峰feng 亮liang 成cheng 荣rong 婉wan 彤tong')
  .split(' ').map((s) => [s[0], s.slice(1)]);
const MINO = [['买买提·艾力', ['maimaiti', 'aili']], ['阿依古丽·吐尔逊', ['ayiguli', 'tuerxun']],
  ['艾尔肯·吐尔洪', ['aierken', 'tuerhong']], ['古丽扎尔·买买提', ['gulizhaer', 'maimaiti']],
  ['迪丽娜尔·阿不都', ['dilinaer', 'abudu']], ['努尔兰·别克', ['nuerlan', 'bieke']]];
const BADNAME = new Set(['高明', '金华', '黄河', '江海', '石林', '林海', '高峰', '文明', '方正', '高兴', '万宁', '海宁', '向明',
  '周成', '常德', '成都', '江宁', '白雪', '海燕', '高超', '黄金', '田园', '石英', '宋体', '龙华', '钱文', '于是']);
// region code, province, city, district (GB/T 2260, incl. retired 110103/110104)
const REGIONS = [
  ['110101', '北京市', '', '东城区'], ['110102', '北京市', '', '西城区'], ['110103', '北京市', '', '崇文区'],
  ['110104', '北京市', '', '宣武区'], ['110105', '北京市', '', '朝阳区'], ['110108', '北京市', '', '海淀区'],
  ['310101', '上海市', '', '黄浦区'], ['310104', '上海市', '', '徐汇区'], ['310115', '上海市', '', '浦东新区'],
  ['120101', '天津市', '', '和平区'], ['500103', '重庆市', '', '渝中区'], ['440103', '广东省', '广州市', '荔湾区'],
  ['440106', '广东省', '广州市', '天河区'], ['440304', '广东省', '深圳市', '福田区'], ['440305', '广东省', '深圳市', '南山区'],
  ['441900', '广东省', '东莞市', ''], ['330106', '浙江省', '杭州市', '西湖区'], ['330282', '浙江省', '宁波市', '慈溪市'],
  ['320102', '江苏省', '南京市', '玄武区'], ['320583', '江苏省', '苏州市', '昆山市'], ['420106', '湖北省', '武汉市', '武昌区'],
  ['510107', '四川省', '成都市', '武侯区'], ['610113', '陕西省', '西安市', '雁塔区'], ['370102', '山东省', '济南市', '历下区'],
  ['370202', '山东省', '青岛市', '市南区'], ['410105', '河南省', '郑州市', '金水区'], ['430102', '湖南省', '长沙市', '芙蓉区'],
  ['350203', '福建省', '厦门市', '思明区'], ['210102', '辽宁省', '沈阳市', '和平区'], ['230102', '黑龙江省', '哈尔滨市', '道里区'],
  ['340104', '安徽省', '合肥市', '蜀山区'], ['360102', '江西省', '南昌市', '东湖区'], ['450103', '广西壮族自治区', '南宁市', '青秀区'],
  ['530102', '云南省', '昆明市', '五华区'], ['620102', '甘肃省', '兰州市', '城关区'], ['130102', '河北省', '石家庄市', '长安区'],
  ['140105', '山西省', '太原市', '小店区'], ['650102', '新疆维吾尔自治区', '乌鲁木齐市', '天山区'], ['520102', '贵州省', '贵阳市', '南明区'],
];
const REGION_SET = new Set(REGIONS.map((r) => r[0]));
const STREETS = ['建国路', '人民路', '解放路', '中山路', '和平里', '幸福路', '文化路', '东风路', '滨江大道', '科技园路', '新华街',
  '青年路', '花园路', '光明街', '长江路', '黄河路', '朝阳北路', '学院路', '工业大道', '府前街'];
const COMMUNITIES = ['阳光花园', '锦绣苑', '翠湖小区', '金色家园', '世纪城', '碧水湾', '华府公寓', '枫林小区', '御景园', '紫荆苑'];
const ETHNIC = ['汉', '汉', '汉', '汉', '汉', '汉', '回', '满', '壮', '蒙古', '土家'];
// mobile prefixes allocated per cn-formats.md §2.1
const MOB_PRE = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '145', '147', '150', '151', '152', '153',
  '155', '156', '157', '158', '159', '162', '165', '166', '167', '170', '171', '172', '173', '175', '176', '177', '178', '180',
  '181', '182', '183', '184', '185', '186', '187', '188', '189', '190', '191', '192', '193', '195', '196', '197', '198', '199'];
const MOB_OK = new Set(MOB_PRE);
const BANKS = [
  { name: '中国工商银行', short: '工商银行', en: 'ICBC', iin: ['622202', '621226', '622208'], len: 19, tel: '95588', web: 'www.icbc.com.cn' },
  { name: '中国农业银行', short: '农业银行', en: 'ABC', iin: ['622848', '621282'], len: 19, tel: '95599', web: 'www.abchina.com' },
  { name: '中国建设银行', short: '建设银行', en: 'CCB', iin: ['621700', '622700'], len: 19, tel: '95533', web: 'www.ccb.com' },
  { name: '中国银行', short: '中国银行', en: 'BANK OF CHINA', iin: ['621661', '621785', '621790'], len: 19, tel: '95566', web: 'www.boc.cn' },
  { name: '招商银行', short: '招商银行', en: 'CHINA MERCHANTS BANK', iin: ['622588', '621483', '621485'], len: 16, tel: '95555', web: 'www.cmbchina.com' },
  { name: '交通银行', short: '交通银行', en: 'BANKCOMM', iin: ['622262', '621335'], len: 19, tel: '95559', web: 'www.bankcomm.com' },
  { name: '中国邮政储蓄银行', short: '邮储银行', en: 'PSBC', iin: ['621799', '622188'], len: 19, tel: '95580', web: 'www.psbc.com' },
  { name: '兴业银行', short: '兴业银行', en: 'CIB', iin: ['622909', '622908'], len: 18, tel: '95561', web: 'www.cib.com.cn' },
  { name: '中信银行', short: '中信银行', en: 'CHINA CITIC BANK', iin: ['622690', '621771'], len: 16, tel: '95558', web: 'www.citicbank.com' },
  { name: '民生银行', short: '民生银行', en: 'CMBC', iin: ['622622', '621691'], len: 16, tel: '95568', web: 'www.cmbc.com.cn' },
];
const CREDIT = [['436742', 16, 'VISA'], ['438088', 16, 'VISA'], ['518710', 16, 'MasterCard'], ['552599', 16, 'MasterCard'],
  ['625906', 16, 'UnionPay'], ['628288', 16, 'UnionPay'], ['622576', 16, 'UnionPay']];
const AREAS = [['010', 8], ['021', 8], ['020', 8], ['022', 8], ['023', 8], ['025', 8], ['027', 8], ['028', 8], ['029', 8],
  ['024', 8], ['0755', 8], ['0571', 8], ['0512', 8], ['0769', 8], ['0757', 8], ['0531', 8], ['0532', 8], ['0574', 8],
  ['0371', 8], ['0931', 7]];
const AREA_LEN = new Map(AREAS);
const BRANDS = [['华信科技', 'huaxin-tech', 'HUAXIN TECHNOLOGY'], ['恒达物流', 'hengda56', 'HENGDA LOGISTICS'],
  ['鼎盛置业', 'dingsheng-re', 'DINGSHENG REAL ESTATE'], ['瑞丰贸易', 'ruifeng-trade', 'RUIFENG TRADING'],
  ['博远咨询', 'boyuan-consult', 'BOYUAN CONSULTING'], ['天宇电子', 'tianyu-elec', 'TIANYU ELECTRONICS'],
  ['汇通财富', 'huitongwealth', 'HUITONG WEALTH'], ['中科创新', 'zkcx', 'ZKCX INNOVATION'], ['嘉禾医疗', 'jiahe-med', 'JIAHE MEDICAL'],
  ['安泰保险代理', 'antai-ins', 'ANTAI INSURANCE'], ['星河教育', 'xinghe-edu', 'XINGHE EDUCATION'], ['蓝海网络', 'lanhai-net', 'LANHAI NETWORK']];
const TITLES = ['销售经理', '客户经理', '区域总监', '技术支持工程师', '总经理', '理财经理', '市场专员', '行政主管', '项目经理',
  '大客户经理', '销售代表', '副总裁', '采购主管', '财务经理'];
const NICKS = ['小太阳', '🌸花开', '静待花开', '🍀幸运草', '阳光总在风雨后', 'Jerry', '追梦人', '大白', '一路向北', '☀️晴天',
  '微笑向暖', 'Sunny', '简单就好', '平凡之路', 'Amy🐱', '知足常乐', '海阔天空', '木子', '风轻云淡', '👑Queen'];
const PLACEHOLDER = ['张三', '李四', '王五', '赵六'];
const FREE = ['qq.com', '163.com', '126.com', 'sina.com', 'foxmail.com', 'gmail.com', 'outlook.com', '139.com', 'aliyun.com',
  'yeah.net', 'sohu.com', 'hotmail.com', '189.cn'];

// ---------------------------------------------------------------- generators
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const idCheck = (b) => '10X98765432'[[...b].reduce((s, c, i) => s + +c * ID_W[i], 0) % 11];
const dim = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
function upgrade15(s) { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheck(b); }
function luhnOk(s) {
  let sum = 0;
  for (let i = 0; i < s.length; i++) { let d = +s[s.length - 1 - i]; if (i % 2) { d *= 2; if (d > 9) d -= 9; } sum += d; }
  return sum % 10 === 0;
}
function luhnFill(prefix, len) {
  const body = prefix + digs(len - prefix.length - 1);
  for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return body + c;
}
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const usccCheck = (b) => UA[(31 - ([...b].reduce((s, c, i) => s + UA.indexOf(c) * USCC_W[i], 0) % 31)) % 31];
function genUscc(r = pick(REGIONS)) {
  const head = '91', reg = r[0];
  const region = chance(0.5) ? reg : reg.slice(0, 4) + '00';
  let org = chance(0.7) ? 'MA' + Array.from({ length: 6 }, () => UA[ri(0, 30)]).join('') : digs(8);
  const ws = [3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...org].reduce((s, c, i) => s + (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * ws[i], 0);
  const c = 11 - (sum % 11);
  org += c === 10 ? 'X' : c === 11 ? '0' : String(c);
  const b = head + region + org;
  return b + usccCheck(b);
}
function genMobile() {
  for (;;) {
    const m = pick(MOB_PRE) + digs(8);
    if (!/(\d)\1{4}/.test(m) && m !== '13800138000' && m !== '13912345678') return m;
  }
}
function genLandline() {
  const [a, n] = pick(AREAS);
  return { area: a, sub: String(ri(2, 8)) + digs(n - 1) };
}
function genCard(bank = pick(BANKS)) { return luhnFill(pick(bank.iin), bank.len); }
function genCredit() { const c = pick(CREDIT); return { no: luhnFill(c[0], c[1]), brand: c[2] }; }
function addrOf(r) {
  const [, prov, city, dist] = r;
  return `${prov}${city}${dist}${pick(STREETS)}${ri(1, 288)}号${pick(COMMUNITIES)}${ri(1, 30)}栋${ri(1, 6)}单元${ri(1, 32)}0${ri(1, 6)}室`;
}
const usedNames = new Set();
function person(o = {}) {
  const g = o.g ?? (chance(0.5) ? 'm' : 'f');
  let name, py;
  for (;;) {
    const r = rnd();
    if (r < 0.015 && !o.plain) { const x = pick(MINO); name = x[0]; py = x[1]; }
    else {
      const s = r < 0.05 ? pick(COMP) : SUR[Math.floor(SUR.length * rnd() ** 1.7)];
      let g1 = pick(GIVEN); const given = [g1];
      if (!chance(0.62)) { while ('子梓然思诗一'.includes(g1[0])) g1 = given[0] = pick(GIVEN); } else { let g2 = pick(GIVEN); while (g2[0] === g1[0]) g2 = pick(GIVEN); given.push(g2); }
      name = s[0] + given.map((x) => x[0]).join(''); py = [s[1], given.map((x) => x[1]).join('')];
    }
    if (!BADNAME.has(name) && !PLACEHOLDER.includes(name)) break;
  }
  const reg = pick(REGIONS);
  const y = ri(1952, 2004), m = ri(1, 12), d = ri(1, dim(y, m));
  let seq = ri(0, 99) * 10 + ri(0, 9); if ((seq % 2 === 1) !== (g === 'm')) seq = (seq + 1) % 1000;
  const body = reg[0] + y + p2(m) + p2(d) + String(seq).padStart(3, '0');
  const bank = pick(BANKS);
  const p = { name, py, g, reg, birth: { y, m, d }, id: body + idCheck(body), mobile: genMobile(), bank, card: genCard(bank),
    addr: addrOf(pick(REGIONS)), home: addrOf(reg) };
  p.email = genEmail(p);
  usedNames.add(name);
  return p;
}
function genEmail(p, dom) {
  const [a, b] = p.py.map((x) => x.replace(/\./g, ''));
  const yy = String(p.birth.y).slice(2);
  if (!dom) {
    dom = pick(FREE);
    if (dom === 'qq.com' && chance(0.6)) return `${ri(1, 9)}${digs(ri(5, 9))}@qq.com`;
    if ((dom === '139.com' || dom === '189.cn') && chance(0.6)) return `${p.mobile}@${dom}`;
  }
  return pick([`${a}${b}`, `${a}.${b}`, `${b}.${a}`, `${a}${b[0]}`, `${a}${b}${yy}`, `${a}_${b}${ri(1, 999)}`,
    `${a[0]}${b}${p2(p.birth.m)}${p2(p.birth.d)}`, `${b}${a}`]) + '@' + dom;
}
const AREA_OF = { 北京市: '010', 上海市: '021', 天津市: '022', 重庆市: '023', 广州市: '020', 深圳市: '0755', 东莞市: '0769', 杭州市: '0571', 宁波市: '0574',
  南京市: '025', 苏州市: '0512', 武汉市: '027', 成都市: '028', 西安市: '029', 济南市: '0531', 青岛市: '0532', 郑州市: '0371', 沈阳市: '024', 兰州市: '0931' };
const CO_REGIONS = REGIONS.filter((r) => AREA_OF[r[2] || r[1]]);
function company() {
  const b = pick(BRANDS), r = pick(CO_REGIONS);
  const city = (r[2] || r[1]).replace(/[市省]$/, '');
  return { name: `${city}${b[0]}有限公司`, short: b[0], dom: b[1] + '.com', en: b[2], uscc: genUscc(r), addr: addrOf(r).replace(/[^号]*$/, '') + `${pick(['大厦', '中心', '科技园'])}${ri(2, 28)}层`,
    area: AREAS.find((a) => a[0] === AREA_OF[r[2] || r[1]]) };
}
const policeOf = (r) => r[3] === '' ? `${r[2]}公安局` : /市$/.test(r[3]) ? `${r[3]}公安局`
  : `${r[2] || r[1]}公安局${r[3].replace(/(新区|区)$/, '')}分局`;

// ---------------------------------------------------------------- formatting & OCR damage
function fmtMob(m, st = ri(0, 12)) {
  const [a, b, c] = [m.slice(0, 3), m.slice(3, 7), m.slice(7)];
  return [m, m, m, m, `${a} ${b} ${c}`, `${a}-${b}-${c}`, `+86 ${m}`, `+86 ${a} ${b} ${c}`, `+86-${m}`, fw(m), `(+86)${m}`,
    `0086 ${m}`, `${a} ${b}${c}`, `+86${m}`][st];
}
function fmtId(v, st = ri(0, 9)) {
  return [v, v, v, v, v, v.toLowerCase(), `${v.slice(0, 6)} ${v.slice(6, 14)} ${v.slice(14)}`, fw(v), v,
    `${v.slice(0, 6)}-${v.slice(6, 14)}-${v.slice(14)}`][st];
}
function fmtCard(c, st = ri(0, 7)) {
  const g4 = c.replace(/(\d{4})(?=\d)/g, '$1 ');
  return [g4, g4, g4, c, c, c.replace(/(\d{4})(?=\d)/g, '$1-'), `${c.slice(0, 6)} ${c.slice(6)}`, g4.replace(/ /g, '  ')][st];
}
function fmtLand(l, st = ri(0, 8)) {
  const { area: a, sub: s } = l, h = s.length === 8 ? `${s.slice(0, 4)} ${s.slice(4)}` : `${s.slice(0, 3)} ${s.slice(3)}`;
  return [`${a}-${s}`, `${a}-${s}`, `${a}-${h}`, `(${a})${s}`, `（${a}）${h}`, `${a} ${s}`, `+86 ${a.slice(1)} ${h}`,
    `+86-${a.slice(1)}-${s}`, `${a}${s}`][st];
}
const CN1 = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
function spoken(v, groups, o = {}) { // digits as an ASR engine writes spoken numbers
  const yao = o.yao ?? chance(0.6);
  const map = (c) => c === 'X' ? 'X' : c === '1' && yao ? '幺' : c === '0' && chance(0.05) ? '洞' : CN1[+c];
  let out = [], i = 0;
  for (const g of groups) { out.push([...v.slice(i, i + g)].map(map).join('')); i += g; }
  if (i < v.length) out.push([...v.slice(i)].map(map).join(''));
  if (o.filler) return out.map((x, k) => k ? pick(['呃，', '嗯，', '对，', '然后是', '嗯']) + x : x).join('');
  return out.join(o.sep ?? pick([' ', '', '，', ' ']));
}
const LOOK = { 0: '8', 1: '7', 2: '7', 3: '8', 4: '9', 5: '6', 6: '5', 7: '1', 8: '3', 9: '4' };
function misread(v, upto) { const i = ri(0, upto - 1); return v.slice(0, i) + LOOK[v[i]] + v.slice(i + 1); }
function ocrLetters(raw) {
  const pos = [...raw].map((c, i) => (c === '0' || c === '1' ? i : -1)).filter((i) => i >= 0);
  if (!pos.length) return raw;
  const i = pick(pos), rep = raw[i] === '0' ? pick(['O', 'o', 'O']) : pick(['l', 'I', 'l']);
  return raw.slice(0, i) + rep + raw.slice(i + 1);
}
function ocrSpace(raw) {
  const pos = [...raw].map((c, i) => (i > 1 && /\d/.test(c) && /\d/.test(raw[i - 1]) ? i : -1)).filter((i) => i >= 0);
  if (!pos.length) return raw;
  const i = pick(pos); return raw.slice(0, i) + pick([' ', ' ', '  ']) + raw.slice(i);
}
function ocrBreak(raw) {
  const i = ri(Math.floor(raw.length / 2), raw.length - 3); return raw.slice(0, i) + '\n' + raw.slice(i);
}
function dmg(raw, o = {}) {
  if (chance(o.letter ?? 0.07)) raw = ocrLetters(raw);
  if (chance(o.space ?? 0.08)) raw = ocrSpace(raw);
  if (o.brk && chance(o.brk)) raw = ocrBreak(raw);
  return raw;
}

// ---------------------------------------------------------------- document with labels
class Doc {
  constructor(kind) { this.kind = kind; this.ent = new Map(); this.dc = new Map(); this.dec = new Map(); }
  lab(map, det, value, raw) {
    const k = det + '\u0000' + value;
    if (!map.has(k)) map.set(k, { detector: det, value, raws: new Set() });
    map.get(k).raws.add(raw); return raw;
  }
  E(det, value, raw = value) { return this.lab(this.ent, det, value, raw); }
  C(det, value, raw = value) { return this.lab(this.dc, det, value, raw); }
  X(kind, text) { if (!this.dec.has(text)) this.dec.set(text, kind); return text; }
}
// labelled writers; o.ocr switches OCR damage on
function NM(d, p, o = {}) {
  let raw = p.name;
  if (o.ocr && chance(o.sp ?? 0.12) && !p.name.includes('·')) raw = [...p.name].join(pick([' ', '　', ' ']));
  return d.E('person_name_zh', p.name, raw);
}
function MB(d, m, o = {}) {
  let raw = o.fmt ? o.fmt(m) : fmtMob(m, o.st);
  if (o.ocr) raw = dmg(raw, { brk: o.brk });
  return d.E('cn_mobile', m, raw);
}
function ID(d, p, o = {}) {
  const v = typeof p === 'string' ? p : p.id;
  if (o.ocr && chance(o.mis ?? 0.05)) {
    const bad = misread(v, 17); const raw = dmg(o.fmt ? o.fmt(bad) : fmtId(bad, o.st), { letter: 0.03 });
    return d.C('cn_resident_id', bad, raw);
  }
  let raw = o.fmt ? o.fmt(v) : fmtId(v, o.st);
  if (o.ocr) raw = dmg(raw, { brk: o.brk });
  return d.E('cn_resident_id', v, raw);
}
function CD(d, c, o = {}) {
  if (o.ocr && chance(o.mis ?? 0.04)) {
    const bad = misread(c, c.length - 1); return d.C('bank_card', bad, dmg(fmtCard(bad, o.st), { letter: 0.03 }));
  }
  let raw = o.fmt ? o.fmt(c) : fmtCard(c, o.st);
  if (o.ocr) raw = dmg(raw, { brk: o.brk });
  return d.E('bank_card', c, raw);
}
function EM(d, e, o = {}) {
  let raw = e;
  if (o.caps && chance(0.15)) raw = e[0].toUpperCase() + e.slice(1);
  if (o.ocr && chance(0.04)) raw = raw.replace('@', '＠');
  if (o.ocr && chance(0.03) && /\.com$/.test(e)) { raw = raw.replace(/\.com$/, '.corn'); return d.C('email', raw.normalize('NFKC').toLowerCase(), raw); }
  if (o.role) return d.C('email', e, raw);
  const m = /^(1[3-9]\d{9})@(139\.com|189\.cn|wo\.cn)$/.exec(e);
  if (m) d.E('cn_mobile', m[1], m[1]);
  return d.E('email', e, raw);
}
function LL(d, l, o = {}) {
  const raw = fmtLand(l, o.st), v = l.area + l.sub;
  return o.org ? d.C('cn_landline', v, raw) : d.E('cn_landline', v, raw);
}
const US = (d, u) => d.E('cn_uscc', u, chance(0.1) ? u.toLowerCase() : u);

// ---------------------------------------------------------------- decoys
const maskMob = (m) => pick([`${m.slice(0, 3)}****${m.slice(7)}`, `${m.slice(0, 3)}****${m.slice(7)}`, `${m.slice(0, 3)}xxxx${m.slice(7)}`, `${m.slice(0, 3)}*****${m.slice(8)}`]);
const maskCard = (c) => pick([`${c.slice(0, 4)} **** **** ${c.slice(-4)}`, `${c.slice(0, 6)}******${c.slice(-4)}`, `**** **** **** ${c.slice(-4)}`]);
const maskId = (v) => pick([`${v.slice(0, 6)}********${v.slice(14)}`, `${v.slice(0, 4)}**********${v.slice(14)}`, `${v.slice(0, 3)}***********${v.slice(14)}`]);
const maskName = (n) => pick([n[0] + '*'.repeat(n.length - 1), n[0] + '*', '*' + n.slice(1)]);
function clock(y = 2024) {
  let t = Date.UTC(y, ri(0, 10), ri(1, 28), ri(8, 19), ri(0, 59), ri(0, 59));
  return { next(min = 5, max = 900) { t += ri(min, max) * 1000; return t; }, get t() { return t; } };
}
function ts(t, st = 0) {
  const x = new Date(t), Y = x.getUTCFullYear(), M = x.getUTCMonth() + 1, D = x.getUTCDate(), h = x.getUTCHours(), m = x.getUTCMinutes(), s = x.getUTCSeconds();
  return [`${Y}-${p2(M)}-${p2(D)} ${p2(h)}:${p2(m)}:${p2(s)}`, `${Y}/${M}/${D} ${p2(h)}:${p2(m)}`, `${M}月${D}日 ${p2(h)}:${p2(m)}`,
    `${p2(h)}:${p2(m)}:${p2(s)}`, `${Y}年${M}月${D}日 ${h < 12 ? '上午' : '下午'}${h > 12 ? h - 12 : h}:${p2(m)}`,
    `${Y}-${p2(M)}-${p2(D)} ${p2(h)}:${p2(m)}`, `${p2(h)}:${p2(m)}`, `${Y}-${p2(M)}-${p2(D)}`][st];
}
const DX = {
  ts: (d, t, st) => d.X('timestamp', ts(t, st)),
  date: (d) => d.X('date', pick([() => `2024-${p2(ri(1, 12))}-${p2(ri(1, 28))}`, () => `2024.${ri(1, 12)}.${ri(1, 28)}`,
    () => `2024年${ri(1, 12)}月${ri(1, 28)}日`, () => `${ri(1, 12)}/${ri(1, 28)}`])()),
  amount: (d) => d.X('amount', pick([() => `¥${ri(1, 99)},${ri(100, 999)}.00`, () => `${ri(1, 999) * 100}元`, () => `${ri(1, 50)},${ri(100, 999)}.${p2(ri(0, 99))}`,
    () => `${ri(1, 30)}万元`, () => `￥${ri(10, 9999)}.${p2(ri(0, 99))}`])()),
  order: (d) => d.X('order_no', pick([() => `2024${p2(ri(1, 12))}${p2(ri(1, 28))}${digs(8)}`, () => `E2024${p2(ri(1, 12))}${p2(ri(1, 28))}${digs(6)}`,
    () => `${ri(1, 3)}${digs(18)}`, () => `DD${digs(14)}`, () => `E${digs(8)}`, () => `JD${digs(12)}`])()),
  track: (d) => d.X('tracking_no', pick([() => `SF${digs(13)}`, () => `YT${digs(13)}`, () => `JT${digs(13)}`, () => `7${ri(3, 8)}${digs(12)}`,
    () => `43${digs(11)}`, () => `EA${digs(9)}CN`, () => `JDVA${digs(11)}`])()),
  code: (d) => d.X('verification_code', String(ri(1, 9)) + digs(ri(3, 5))),
  msgid: (d) => d.X('message_id', pick('13789') + digs(18)),
  qq: (d) => d.X('qq_number', String(ri(1, 9)) + digs(ri(6, 9))),
  group: (d) => d.X('group_number', String(ri(1, 9)) + digs(ri(7, 9))),
  work: (d) => d.X('employee_no', pick([() => String(ri(1000, 99999)), () => `A${ri(10000, 99999)}`, () => `GH${digs(5)}`, () => `${pick(['BJ', 'SH', 'GZ'])}${digs(4)}`])()),
  nick: (d) => d.X('nickname', pick(NICKS)),
  bank: (d, b) => d.X('bank_name', b.name),
  comp: (d, c) => d.X('company', c.name),
  title: (d) => d.X('job_title', pick(TITLES)),
};
const BODY_SMALL = ['在吗', '好的收到', '稍等我查一下', '明天上午十点开会', '这个客户意向很强', 'OK', '[捂脸]', '👍', '收到，谢谢',
  '辛苦了', '下午去拜访', '合同已经盖章了', '好的', '嗯嗯', '没问题', '我下班前整理好发你', '客户说再考虑一下', '资料收到了',
  '今天能办吗', '[强]', '等我开完会', '已经联系过了，明天再跟进', '这个月指标还差一点', '晚点给你回电话'];
const TRAP_LINES = [['周一把报表发我', '周一'], ['卡里余额不够了', '余额'], ['付款已经到账了', '付款'], ['关于这个方案你怎么看', '关于'],
  ['我马上到', '马上'], ['高速上堵车了', '高速'], ['明白，按流程走', '明白'], ['金额对不上，再核一下', '金额'],
  ['客户在张家口，周末过去', '张家口'], ['约在王府井见面', '王府井'], ['文件已经发邮箱了', '文件'], ['交易成功了', '交易'],
  ['我在高新区这边', '高新区'], ['费用下周统一报', '费用'], ['安全第一', '安全']];
const PLACES = ['[图片]', '[图片]', '[语音] 12"', '[语音] 5"', '[视频]', '[动画表情]', '[文件] 客户名单0501.xlsx', '[文件] 报价单.pdf',
  '[位置] 望京SOHO T3', '[链接] 2024年理财产品介绍', '[红包] 恭喜发财，大吉大利', '[拍一拍]'];
const PRODUCTS = ['稳盈30天', '安心宝', '鑫享年金', '月月盈', '乐享存', '尊享理财B款', '畅游卡', '家庭综合保障计划'];
const passport = () => chance(0.5) ? 'E' + pick([...'ABCDEFGHJKLMNPQRSTUVWXYZ']) + digs(7) : 'E' + digs(8);
function corpAcct() { return pick([() => digs(12).replace(/^0/, '1'), () => '11' + digs(13), () => digs(21).replace(/^0/, '3'), () => '4' + digs(21)])(); }
function gender(p) { return p.g === 'm' ? '男' : '女'; }

// OCR lines of an ID card front
function idFront(d, p, o = {}) {
  const run = o.run ?? chance(0.4), sp = () => (run ? '' : pick([' ', ' ', '  ', '　']));
  const L = [];
  const nm = NM(d, p, { ocr: true });
  L.push(!run && chance(0.3) ? `姓 名 ${nm}` : `姓名${sp()}${nm}`);
  const eth = p.name.includes('·') ? '维吾尔' : pick(ETHNIC);
  if (chance(0.6)) L.push(`性别${sp()}${gender(p)}${run ? '' : ' '}民族${sp()}${eth}`); else L.push(`性别${sp()}${gender(p)}`, `民族${sp()}${eth}`);
  const s2 = run ? '' : pick(['', ' ']);
  L.push(`出生${sp()}${p.birth.y}${s2}年${s2}${p.birth.m}${s2}月${s2}${p.birth.d}${s2}日`);
  const a = p.home, cut1 = ri(9, 12), cut2 = ri(cut1 + 8, cut1 + 12);
  L.push(`住址${sp()}${a.slice(0, cut1)}`, a.slice(cut1, cut2)); if (cut2 < a.length) L.push(a.slice(cut2));
  if (chance(0.3)) L.splice(ri(1, L.length), 0, pick(['■', '丨', "'", '。', 'i', '口']));
  const idr = ID(d, p, { ocr: true, brk: 0.05, st: pick([0, 0, 0, 5, 6, 7]) });
  if (chance(0.2)) L.push('公民身份号码', idr); else L.push(`公民身份号码${sp()}${idr}`);
  return L;
}
function idBack(d, p) {
  const r = p.reg, iy = Math.max(p.birth.y + 16, 2006) + ri(0, 8), age = iy - p.birth.y;
  const yrs = age < 26 ? 10 : age < 46 ? 20 : 0, from = `${Math.min(iy, 2023)}.${p2(ri(1, 12))}.${p2(ri(1, 28))}`;
  const to = yrs ? `${+from.slice(0, 4) + yrs}${from.slice(4)}` : '长期';
  const sp = pick([' ', '', '  ']);
  return ['中华人民共和国', '居民身份证', `签发机关${sp}${d.X('issuing_authority', policeOf(r))}`, `有效期限${sp}${d.X('validity_period', `${from}-${to}`)}`];
}
function bankCardLines(d, p, o = {}) {
  const credit = chance(0.3), b = pick(BANKS), L = [];
  let no;
  if (credit) {
    d.X('bank_name', b.name); const c = genCredit(); no = c.no; L.push(b.name, b.en, pick(['信用卡', '白金卡', '金卡', 'Credit Card']), c.brand); }
  else { no = p.card; const bb = p.bank; d.X('bank_name', bb.name); L.push(bb.name, bb.en, pick(['借记卡', '储蓄卡', '借记卡 DEBIT', 'DEBIT CARD', '']), 'UnionPay 银联'); }
  L.bank = credit ? b : p.bank;
  L.push(CD(d, no, { ocr: true, st: pick([0, 0, 0, 6, 7]), brk: 0.03 }));
  if (credit || chance(0.3)) L.push(`${pick(['VALID THRU', '有效期', 'MONTH/YEAR', 'GOOD THRU'])} ${d.X('card_validity', `${p2(ri(1, 12))}/${ri(25, 31)}`)}`);
  if (credit) L.push(`${p.py[0].toUpperCase()} ${p.py[1].toUpperCase()}`);
  if (chance(0.35)) L.push(`客服热线 ${d.X('service_number', (credit ? b : p.bank).tel)}`, d.X('url', (credit ? b : p.bank).web));
  if (chance(0.25)) L.splice(ri(1, L.length), 0, pick(['ATM', '闪付 QuickPass', '|||', 'PBOC', '▇▇']));
  return L;
}

// one chat message body (may be multi-line); returns string
function chatBody(d, ctx = {}) {
  const r = rnd();
  if (r < (ctx.pSmall ?? 0.3)) return pick(BODY_SMALL);
  if (r < (ctx.pSmall ?? 0.3) + 0.07) { const [t, w] = pick(TRAP_LINES); d.X('word_trap', w); return t; }
  if (r < (ctx.pSmall ?? 0.3) + 0.19) return pick(PLACES);
  if (r < (ctx.pSmall ?? 0.3) + 0.3) return decoyMsg(d);
  return piiMsg(d, ctx);
}
function decoyMsg(d) {
  switch (ri(0, 9)) {
    case 0: return `验证码 ${DX.code(d)} 发我一下`;
    case 1: return `快递单号 ${DX.track(d)}，${pick(['今天发出', '已签收', '帮我查下物流'])}`;
    case 2: return `订单号 ${DX.order(d)} ${pick(['客户要退货', '已经付款了', '帮忙催一下发货'])}`;
    case 3: return `[转账] ${d.X('amount', `¥${ri(10, 5000)}.00`)}`;
    case 4: { const m = genMobile(); return `客户电话 ${d.X('masked_mobile', maskMob(m))}，完整的在系统里`; }
    case 5: return `打到尾号${d.X('card_tail', digs(4))}那张卡`;
    case 6: return `${pick(['合同金额', '首付', '这单提成', '报价'])} ${DX.amount(d)}`;
    case 7: return `群号 ${DX.group(d)}，让客户加一下`;
    case 8: return `格式：${d.X('placeholder_name', pick(PLACEHOLDER))} ${d.X(chance(0.3) ? 'demo_number' : 'masked_mobile', chance(0.3) ? '13800138000' : '138xxxxxxxx')} 身份证号`;
    default: return `工号 ${DX.work(d)} 的同事已经处理了，${DX.ts(d, Date.UTC(2024, ri(0, 11), ri(1, 28), ri(8, 20), ri(0, 59)), 5)} 办结`;
  }
}
function piiMsg(d, ctx = {}) {
  const c = person();
  let k = ri(0, 17);
  if (ctx.sms && [5, 6, 9, 15].includes(k)) k = pick([0, 1, 2, 11, 14]);
  switch (k) {
    case 0: return `客户资料：\n姓名：${NM(d, c)}\n电话：${MB(d, c.mobile)}\n身份证：${ID(d, c)}`;
    case 1: return `${pick(['这个客户', '新客户', '帮我登记一下', '刚加的客户', '转介绍的'])} ${NM(d, c)} ${MB(d, c.mobile)}${chance(0.4) ? '，明天回访一下' : ''}`;
    case 2: return `${NM(d, c)}，${MB(d, c.mobile, { st: 0 })}，${c.addr}`;
    case 3: return `麻烦帮我查下这张卡 ${CD(d, c.card)} 户名${NM(d, c)} ${DX.bank(d, c.bank)}`;
    case 4: return `${NM(d, c)}的邮箱是 ${EM(d, c.email)}，报价单发他${chance(0.5) ? `，电话 ${MB(d, c.mobile)}` : ''}`;
    case 5: {
      if (chance(0.25)) return `[名片] ${DX.nick(d)}`;
      return `[名片] ${NM(d, c)}${chance(0.5) ? `\n微信号：${d.X('wechat_id', 'wxid_' + Math.floor(rnd() * 2 ** 48).toString(36))}` : ''}`;
    }
    case 6: {
      const filler = chance(0.2), raw = spoken(c.mobile, [3, 4, 4], { filler });
      if (filler) d.C('cn_mobile', c.mobile, raw); else d.E('cn_mobile', c.mobile, raw);
      return `[语音转文字] 你记一下，客户叫${NM(d, c)}，电话是${raw}，${pick(['下午打给他', '明天约他来签合同', '他说周三有空'])}`;
    }
    case 7: {
      const co = company(), l = { area: co.area[0], sub: String(ri(2, 8)) + digs(co.area[1] - 1) };
      return `开票信息\n名称：${DX.comp(d, co)}\n税号：${US(d, co.uscc)}\n地址、电话：${co.addr} ${LL(d, l, { org: true, st: ri(0, 5) })}\n` +
        `开户行及账号：${d.X('bank_name', pick(BANKS).short)}${pick(['北京分行', '上海分行', '营业部', '高新支行'])} ${d.X('corporate_account', corpAcct())}` +
        (chance(0.6) ? `\n收票人：${NM(d, c)} ${MB(d, c.mobile)}${chance(0.5) ? `\n收票邮箱：${EM(d, c.email)}` : ''}` : '');
    }
    case 8: { const pp = passport(); return `${NM(d, c)}的护照号 ${d.E('cn_passport', pp, chance(0.2) ? pp.toLowerCase() : pp)}，签证材料已经交了`; }
    case 9: return `[图片]\n${pick(['提取的文字：', '图片文字识别：', '识别结果'])}\n${idFront(d, c).join('\n')}`;
    case 10: return `客户要求退款到这张卡：\n${CD(d, c.card)}\n持卡人 ${NM(d, c)}\n身份证 ${ID(d, c)}`;
    case 11: return `收货信息\n收件人：${NM(d, c)}\n电话：${MB(d, c.mobile)}\n地址：${c.addr}`;
    case 12: return `客户 ${NM(d, c)} 身份证号 ${ID(d, c)} 卡号 ${CD(d, c.card)} ${pick(['开户行', '银行'])} ${DX.bank(d, c.bank)}`;
    case 13: {
      const n = ri(2, 6), L = [pick(['今天登记的：', '这几个客户帮忙跟一下', '名单如下'])];
      for (let i = 0; i < n; i++) { const x = person(); L.push(`${i + 1}${pick(['、', '.', '. ', ' '])}${NM(d, x)} ${MB(d, x.mobile)}${chance(0.3) ? ' ' + ID(d, x) : ''}`); }
      return L.join('\n');
    }
    case 14: return `姓名 ${NM(d, c)} 手机 ${MB(d, c.mobile)} 邮箱 ${EM(d, c.email)}`;
    case 15: return `[图片]\n${pick(['识别出来的卡号：', '卡片文字：'])}\n${bankCardLines(d, c).join('\n')}\n户名 ${NM(d, c)}`;
    case 16: return `${NM(d, c)} 座机 ${LL(d, genLandline())}，手机 ${MB(d, c.mobile)}`;
    default: return `${pick(['身份证', '证件号'])}发你了 ${ID(d, c)} ${NM(d, c)}`;
  }
}
// a sender display for chat exports: real name (entity), remark with company, or nickname (decoy)
function sender(d, p, o = {}) {
  const r = rnd();
  if (r < (o.pNick ?? 0.2)) return DX.nick(d);
  if (r < 0.35 && o.remark !== false) { const b = pick(BRANDS); d.X('company', b[0]); return `${NM(d, p)}-${b[0]}`; }
  return NM(d, p);
}
const cap = (s) => s[0].toUpperCase() + s.slice(1);
const coLand = (co) => ({ area: co.area[0], sub: String(ri(2, 8)) + digs(co.area[1] - 1) });
const branch = (d, bank) => { const r = pick(REGIONS); return d.X('bank_branch', `${bank.short}${(r[2] || r[1]).replace(/市$/, '')}${r[3].replace(/(新区|区|市)$/, '')}${pick(['支行', '分理处', '营业部'])}`); };
const CNUM = ['壹仟贰佰捌拾元整', '伍万元整', '叁仟伍佰元整', '贰拾万元整', '玖佰玖拾玖元整', '壹万贰仟元整'];

// ================================================================ document kinds
const B = {};
B.idfront = (d) => {
  const p = person(), v = ri(0, 4), c = clock();
  if (v === 0) {
    const nm = NM(d, p), idr = ID(d, p, { ocr: true, st: pick([0, 0, 5]) }), eth = p.name.includes('·') ? '维吾尔' : '汉';
    return `{"words_result":{"住址":{"words":"${p.home}"},"公民身份号码":{"words":"${idr}"},"出生":{"words":"${p.birth.y}${p2(p.birth.m)}${p2(p.birth.d)}"},` +
      `"姓名":{"words":"${nm}"},"性别":{"words":"${gender(p)}"},"民族":{"words":"${eth}"}},"words_result_num":6,"idcard_number_type":1,` +
      `"image_status":"normal","log_id":${d.X('log_id', '17' + digs(17))}}`;
  }
  const L = idFront(d, p);
  if (v === 1) return L.join('\n');
  if (v === 2) return [`识别结果 ${DX.ts(d, c.t, 0)}`, '', ...L].join('\n');
  if (v === 3) {
    const s = person({ plain: true }), r = person({ plain: true }), sd = sender(d, s, { pNick: 0.3 }), rd = NM(d, r);
    return [`${sd} ${DX.ts(d, c.t, 0)}`, '[图片]', '', `${sd} ${DX.ts(d, c.next(), 0)}`, pick(['这是客户身份证，提取的文字：', '身份证识别出来了', '帮忙录一下']),
      ...L, '', `${rd} ${DX.ts(d, c.next(), 0)}`, pick(['收到', '好的，已录入', '地址那行看不清，再拍一张'])].join('\n');
  }
  return ['身份证正面', '-'.repeat(ri(8, 30)), ...L, '-'.repeat(ri(8, 30)), `${pick(['置信度', '识别耗时'])} ${pick(['0.98', '0.87', '312ms'])}`].join('\n');
};
B.idboth = (d) => {
  const n = chance(0.3) ? 2 : 1, out = [];
  for (let i = 0; i < n; i++) {
    const p = person(), parts = chance(0.5) ? [idFront(d, p), idBack(d, p)] : [idBack(d, p), idFront(d, p)];
    if (chance(0.35)) parts[1].push(`仅供${d.X('bank_name', pick(BANKS).short)}${pick(['开户', '贷款', '办理业务'])}使用 他用无效 ${DX.date(d)}`);
    out.push(parts.map((x) => x.join('\n')).join(pick(['\n\n', '\n----\n', '\n'])));
  }
  return (chance(0.4) ? `${pick(['身份证复印件', '证件扫描件', '客户证件（正反面）'])}\n` : '') + out.join('\n\n======\n\n');
};
B.idform = (d) => {
  const p = person(), e = person(), co = company(), nl = chance(0.3), sep = pick([' | ', '｜', '\t', '  ', ' ']);
  const box = chance(0.5), bj = pick([' ', '|', ' ', '  ']), bx = (v) => [...v].join(bj);
  const title = pick(['员工入职登记表', '个人信息登记表', '个人客户开户申请表', '会员入会申请表', '个人贷款申请表']);
  const F = [], row = (...c) => F.push(nl ? c.filter((x) => x !== '').join('\n') : c.join(sep));
  row('姓 名', NM(d, p, { ocr: true }), '性 别', gender(p), '民 族', p.name.includes('·') ? '维吾尔' : pick(ETHNIC));
  row('出生日期', `${p.birth.y}.${p2(p.birth.m)}.${p2(p.birth.d)}`, '婚姻状况', pick(['已婚', '未婚']));
  row(pick(['身份证号码', '证件号码', '公民身份号码']), ID(d, p, { ocr: true, fmt: box ? bx : undefined }));
  row(pick(['手机号码', '联系电话', '移动电话']), MB(d, p.mobile, { ocr: true, fmt: box ? bx : undefined }));
  if (chance(0.7)) row(pick(['电子邮箱', 'E-mail', '邮箱']), EM(d, p.email, { ocr: true }));
  row(pick(['现住址', '通讯地址', '家庭住址']), p.addr);
  if (chance(0.4)) row('户籍地址', p.home);
  if (chance(0.8)) row(pick(['工资卡开户行', '开户银行', '收款银行']), DX.bank(d, p.bank), pick(['工资卡号', '银行卡号', '账号']), CD(d, p.card, { ocr: true, fmt: box && chance(0.5) ? bx : undefined }));
  row('紧急联系人', NM(d, e, { ocr: true }), '关系', pick(['配偶', '父亲', '母亲', '兄弟', '朋友']), '联系电话', MB(d, e.mobile, { ocr: true }));
  if (title.startsWith('员工')) { row('工号', DX.work(d), '入职日期', DX.date(d)); row('部门', pick(['销售部', '市场部', '财务部', '客服中心']), '岗位', DX.title(d)); }
  else row('申请日期', DX.date(d), '受理编号', d.X('record_no', `SQ${digs(10)}`));
  if (chance(0.4)) row('工作单位', DX.comp(d, co), '单位电话', LL(d, coLand(co), { org: true }));
  row('申请人签字', chance(0.6) ? NM(d, p, { ocr: true }) : '', '日期', DX.date(d));
  return [title, ...(chance(0.3) ? [`编号：${d.X('record_no', 'No.' + digs(7))}`] : []), ...F, ...(chance(0.4) ? ['本人承诺以上信息真实有效'] : [])].join('\n');
};
B.bankcard = (d) => {
  if (chance(0.2)) {
    const p = person(), no = CD(d, p.card, { st: pick([0, 3]) });
    return `{"result":{"bank_card_number":"${no}","valid_date":"${d.X('card_validity', `${p2(ri(1, 12))}/${ri(25, 31)}`)}","bank_card_type":1,` +
      `"bank_name":"${d.X('bank_name', p.bank.short)}","holder_name":""},"direction":0,"log_id":${d.X('log_id', '16' + digs(17))}}`;
  }
  const n = chance(0.3) ? ri(2, 4) : 1, out = [];
  for (let i = 0; i < n; i++) {
    const p = person(), L = bankCardLines(d, p);
    if (chance(0.55)) L.push(pick([() => `户名：${NM(d, p, { ocr: true })}`, () => `持卡人 ${NM(d, p, { ocr: true })}`,
      () => `${NM(d, p, { ocr: true })} ${MB(d, p.mobile, { ocr: true })}`, () => `${NM(d, p)} ${branch(d, L.bank)}`])());
    out.push(L.join('\n'));
  }
  return out.join(pick(['\n\n', '\n--------\n']));
};
function receipt(d) {
  const a = person(), b = person(), toCo = chance(0.25), co = company(), c = clock();
  const pay = [NM(d, a, { ocr: true }), CD(d, a.card, { ocr: true, st: pick([3, 0, 6]) }), branch(d, a.bank)];
  const rcv = toCo ? [DX.comp(d, co), d.X('corporate_account', corpAcct()), branch(d, pick(BANKS))]
    : [NM(d, b, { ocr: true }), CD(d, b.card, { ocr: true, st: pick([3, 0, 6]) }), branch(d, b.bank)];
  const L = [`${DX.bank(d, a.bank)} ${pick(['网上银行电子回单', '电子回单', '个人业务凭证', '转账凭证'])}`,
    `${pick(['电子回单号码', '回单编号'])}：${d.X('receipt_no', `0${digs(3)}-${digs(4)}-${digs(4)}-${digs(4)}`)}`,
    `交易时间：${DX.ts(d, c.t, 0)}`];
  if (chance(0.5)) L.push(`付款人户名：${pay[0]}`, `付款人账号：${pay[1]}`, `付款人开户行：${pay[2]}`, `收款人户名：${rcv[0]}`, `收款人账号：${rcv[1]}`, `收款人开户行：${rcv[2]}`);
  else L.push('付款人 收款人', `户名 ${pay[0]} 户名 ${rcv[0]}`, `账号 ${pay[1]}`, `账号 ${rcv[1]}`, `开户行 ${pay[2]} 开户行 ${rcv[2]}`);
  L.push(`金额（小写）：${DX.amount(d)}`, `金额（大写）：人民币${pick(CNUM)}`, `用途：${pick(['货款', '还款', '工资', '报销', '生活费', '房租'])}`,
    `交易流水号：${d.X('transaction_no', '2024' + digs(16))}`, `记账柜员：${DX.work(d)}`, pick(['电子回单专用章', '（此回单不作为收款方发货依据）', '']));
  return L.join('\n');
}
function transferShot(d) {
  const a = person(), b = person(), c = clock(), full = chance(0.45);
  return [`${DX.ts(d, c.t, 6)} ${pick(['5G', '4G', '•••'])}`, pick(['转账详情', '交易详情', '< 转账结果']), pick(['转账成功', '交易成功', '对方已收款']), DX.amount(d),
    `收款人 ${NM(d, b, { ocr: true })}${chance(0.4) ? `(${d.X('masked_name', maskName(b.name))})` : ''}`,
    `收款账号 ${full ? CD(d, b.card, { ocr: true }) : d.X('masked_card', maskCard(b.card))}`, `收款银行 ${DX.bank(d, b.bank)}`,
    `付款账户 ${a.bank.short}储蓄卡(${d.X('card_tail', a.card.slice(-4))})`, `附言 ${pick(['房租', '货款', '生活费', '还你的', '5月工资'])}`,
    `交易时间 ${DX.ts(d, c.t, 0)}`, `交易单号 ${d.X('transaction_no', '1' + digs(21))}`,
    ...(chance(0.4) ? [`收款人手机 ${MB(d, b.mobile, { ocr: true })}`] : [])].join('\n');
}
B.bankreceipt = (d) => Array.from({ length: chance(0.2) ? ri(2, 3) : 1 }, () => (chance(0.6) ? receipt(d) : transferShot(d))).join('\n\n');
function bizCard(d) {
  const p = person(), co = company(), L = [];
  const work = chance(0.8) ? genEmail({ ...p, py: p.py }, co.dom) : p.email;
  if (chance(0.6)) L.push(d.X('company', co.short));
  if (chance(0.4)) L.push(co.en);
  if (chance(0.3)) L.push(pick(['▇▆▅', '◆', 'LOGO', '®']));
  L.push(NM(d, p, { ocr: true, sp: 0.3 }));
  if (chance(0.5) && !p.name.includes('·')) L.push(`${cap(p.py[1])} ${cap(p.py[0])}`);
  L.push(chance(0.5) ? `${DX.title(d)} | ${pick(['Sales Manager', 'Account Manager', 'General Manager', 'Director'])}` : DX.title(d));
  L.push(DX.comp(d, co));
  const ml = pick(['手机', 'Mob', 'M:', 'Mobile:', '手机：', 'TEL(M)', 'M']);
  L.push(`${ml} ${MB(d, p.mobile, { ocr: true, st: pick([0, 3, 3, 4, 5, 6, 7]) })}`);
  if (chance(0.15)) L.push(`${ml} ${MB(d, genMobile(), { ocr: true, st: 3 })}`);
  const land = coLand(co), tl = pick(['电话', 'Tel', 'T:', 'Tel:', '座机']);
  if (chance(0.45)) L.push(`${pick(['总机', tl, tl])} ${LL(d, land, { org: true })}${pick([' 转', '-', ' ext. ', ' 分机', '-'])}${ri(100, 8999)}`);
  else if (chance(0.7)) L.push(`${tl} ${LL(d, land)}`);
  if (chance(0.35)) L.push(`${pick(['传真', 'Fax', 'F:'])} ${LL(d, { area: land.area, sub: land.sub.slice(0, -1) + ((+land.sub.slice(-1) + 1) % 10) }, { org: true })}`);
  L.push(`${pick(['E-mail:', 'Email:', '邮箱：', 'E:', 'E-mail'])} ${EM(d, work, { ocr: true, caps: true })}`);
  if (chance(0.15)) L.push(EM(d, pick(['sales', 'info', 'service', 'hr']) + '@' + co.dom, { role: true }));
  L.push(`${pick(['地址：', 'Add:', 'A:', '地址'])} ${co.addr}`);
  if (chance(0.4)) L.push(`${pick(['邮编', 'P.C.', 'Zip'])} ${d.X('postal_code', String(ri(10, 85)) + digs(4))}`);
  if (chance(0.6)) L.push(d.X('url', `www.${co.dom}`));
  if (chance(0.5)) L.push(...pick([['回回', '扫一扫 加我微信'], ['■■ ▄▄ ■', '▀▀ █▄ ▀'], ['[二维码]'], ['iii!l', '回 回'], ['扫码查看电子名片']]));
  if (chance(0.15)) L.push(`${pick(['全国服务热线', '客服热线'])} ${d.X('service_number', `400-${ri(100, 999)}-${digs(4)}`)}`);
  return L;
}
B.bizcard = (d) => {
  const n = chance(0.45) ? ri(2, 6) : 1;
  const cards = Array.from({ length: n }, (_, i) => (n > 1 ? [`—— 名片 ${i + 1} ——`] : []).concat(bizCard(d)).join('\n'));
  return (chance(0.3) ? `${pick(['名片全能王导出', '扫描名片', 'CamCard'])} ${DX.ts(d, clock().t, 0)}\n\n` : '') + cards.join('\n\n');
};
const COLS = {
  seq: { h: ['序号', 'No.', '编号'], f: (d, p, i) => String(i + 1) },
  name: { h: ['姓名', '客户姓名', '户名', '名字', '联系人', '客户'], f: (d, p) => NM(d, p, { ocr: true }) },
  g: { h: ['性别'], f: (d, p) => gender(p) },
  mob: { h: ['电话', '联系电话', '手机', '手机号码', '联系方式', '手机号'], f: (d, p, i, x) => chance(0.05) ? '' : chance(x.land) ? LL(d, genLandline(), { st: pick([0, 2, 5]) })
    : MB(d, p.mobile, { ocr: true, st: pick([0, 0, 0, 0, 4, 5, 12, 3]) }) },
  id: { h: ['身份证号', '身份证号码', '证件号码', '公民身份号码'], f: (d, p, i, x) => {
    if (x.old && p.birth.y < 2000 && chance(0.2)) return d.C('cn_resident_id', p.id, p.id.slice(0, 6) + p.id.slice(8, 17));
    return ID(d, p, { ocr: true, st: pick([0, 0, 0, 0, 5, 6]) });
  } },
  card: { h: ['银行卡号', '卡号', '账号', '收款账号', '工资卡号'], f: (d, p) => CD(d, p.card, { ocr: true, st: pick([0, 0, 3, 3, 6]) }) },
  bank: { h: ['开户行', '开户银行'], f: (d, p) => chance(0.5) ? DX.bank(d, p.bank) : branch(d, p.bank) },
  email: { h: ['邮箱', 'E-mail', '电子邮箱', 'Email'], f: (d, p) => EM(d, p.email, { ocr: true }) },
  addr: { h: ['住址', '地址', '家庭住址', '通讯地址'], f: (d, p) => p.addr },
  date: { h: ['日期', '登记日期', '到访日期', '办理日期'], f: (d) => DX.date(d) },
  amt: { h: ['金额', '购买金额', '认购金额(元)', '缴费金额'], f: (d) => DX.amount(d) },
  no: { h: ['会员号', '客户编号', '合同编号', '单据号'], f: (d) => d.X('record_no', pick([() => `KH${digs(6)}`, () => `HT-2024-${digs(4)}`, () => `VIP${digs(6)}`, () => `No.${digs(7)}`])()) },
  prod: { h: ['产品', '产品名称', '购买产品'], f: (d) => d.X('product', pick(PRODUCTS)) },
  ord: { h: ['订单号', '业务流水号', '单号'], f: (d) => DX.order(d) },
  time: { h: ['到访时间', '登记时间', '时间'], f: (d) => d.X('timestamp', `${pick(['', '', `${ri(1, 12)}/${ri(1, 28)} `])}${p2(ri(8, 20))}:${p2(ri(0, 59))}`) },
  staff: { h: ['经办人', '接待人', '客户经理', '签字'], f: (d, p, i, x) => NM(d, pick(x.staff), { ocr: true }) },
  note: { h: ['备注'], f: () => pick(['已回访', '', '不在家', '意向强', '拒绝', '√', '待跟进', '已办理', '老客户介绍']) },
};
function pickCols(pii) {
  const c = [];
  for (const [k, p] of pii) if (chance(p)) c.push(k);
  if (c.length < 2) c.push(pick(['mob', 'id', 'card', 'email'].filter((k) => !c.includes(k))));
  if (c.includes('card') && chance(0.5)) c.push('bank');
  const dec = ['no', ...shuffle(['date', 'amt', 'prod', 'ord', 'time']).slice(0, ri(1, 3))];
  const body = shuffle([...c, ...dec, ...(chance(0.4) ? ['staff'] : []), ...(chance(0.3) ? ['note'] : [])]);
  body.splice(ri(0, Math.min(2, body.length)), 0, 'name');
  return [...(chance(0.8) ? ['seq'] : []), ...body];
}
function table(d, x, pii) {
  const cols = pickCols(pii), n = x.n ?? rows(), people = Array.from({ length: n }, () => person());
  const heads = cols.map((k) => pick(COLS[k].h));
  const data = people.map((p, i) => cols.map((k) => COLS[k].f(d, p, i, x)));
  return { cols, heads, data };
}
B.register = (d) => {
  const old = chance(0.2), x = { staff: Array.from({ length: ri(1, 3) }, () => person({ plain: true })), old, land: chance(0.3) ? 0.15 : 0 };
  const { heads, data } = table(d, x, [['mob', 0.85], ['id', 0.6], ['card', 0.45], ['email', 0.4], ['addr', 0.35], ['g', 0.3]]);
  const L = [`${old ? pick(['2009年', '2011年', '2012年']) : '2024年'}${pick(['客户登记表', '理财客户信息登记簿', '访客登记表', '活动报名登记表', '业主信息登记表', '工资卡信息汇总', '退款登记表'])}`];
  if (chance(0.4)) L.push(branch(d, pick(BANKS)));
  if (chance(0.3)) L.push(`第 ${ri(1, 5)} 页`);
  const lay = pick(['cell', 'cell', 'col', 'line', 'line', 'mixed']), sep = pick([' ', '  ', '\t', ' | ']);
  if (lay === 'cell') { L.push(...heads); for (const r of data) L.push(...r.filter(Boolean)); }
  else if (lay === 'col') heads.forEach((h, j) => { L.push(h); for (const r of data) if (r[j]) L.push(r[j]); });
  else { L.push(heads.join(sep)); for (const r of data) { if (lay === 'mixed' && chance(0.3)) L.push(...r.filter(Boolean)); else L.push(r.filter(Boolean).join(sep)); } }
  if (chance(0.5)) L.push(`${pick(['登记人', '制表人', '经办'])}：${NM(d, x.staff[0], { ocr: true })}`, pick(['审核：', '业务专用章', '（盖章）', '']));
  return L.join('\n');
};
B.xlsshot = (d) => {
  const sci = chance(0.2), trunc = chance(0.2), x = { staff: [person({ plain: true })], land: 0 };
  const { cols, heads, data } = table(d, { ...x, n: ri(1, 45) }, [['mob', 0.9], ['id', 0.6], ['card', 0.35], ['email', 0.35], ['g', 0.2]]);
  const L = [pick(['文件 开始 插入 页面布局 公式 数据 审阅 视图', '开始 插入 公式 数据', 'WPS表格 客户名单.xlsx']), `${pick(['A1', 'B2', 'C3'])} fx ${heads[0]}`,
    'ABCDEFGHIJ'.slice(0, cols.length).split('').join(' '), `1 ${heads.join(' ')}`];
  data.forEach((r, i) => L.push(`${i + 2} ${r.filter(Boolean).join(' ')}`));
  L.push(pick(['Sheet1 Sheet2 +', 'Sheet1', '客户 汇总 +']), `就绪 计数: ${data.length * cols.length}`);
  if (sci || trunc) { // Excel mangled copies of the id / card column (pasted below as a second sheet)
    L.push('', pick(['Sheet2', '副本']));
    for (let i = 0; i < Math.min(8, data.length); i++) {
      const p = person();
      if (sci) L.push(`${i + 1} ${NM(d, p)} ${d.X('excel_scientific', `${p.id[0]}.${p.id.slice(1, 6).replace(/0+$/, '')}E+17`)}`);
      else { const t = p.card.slice(0, 15) + '0'.repeat(p.card.length - 15); L.push(`${i + 1} ${NM(d, p)} ${d.C('bank_card', t)}`); }
    }
  }
  return L.join('\n');
};
B.crm = (d) => {
  const n = ri(3, 20), staff = [person({ plain: true }), person({ plain: true })], L = [], c = clock(), people = [];
  L.push(pick(['首页 客户 线索 商机 合同 回款 报表', '工作台 | 客户管理 | 销售机会 | 统计分析', '纷享销客 CRM', '客户关系管理系统 V3.2']));
  L.push(pick(['客户列表', '我的客户', '全部客户']), `共 ${ri(30, 900)} 条`);
  const maskM = chance(0.5), showId = chance(0.5), showMail = chance(0.35), cellwise = chance(0.5);
  const heads = ['客户编号', '客户名称', '手机', ...(showId ? ['证件号码'] : []), ...(showMail ? ['邮箱'] : []), '负责人', '最后跟进时间'];
  L.push(...(cellwise ? heads : [heads.join(' ')]));
  for (let i = 0; i < n; i++) {
    const p = person(); people.push(p);
    const row = [d.X('customer_no', `C2024${digs(7)}`), NM(d, p), maskM ? d.X('masked_mobile', maskMob(p.mobile)) : MB(d, p.mobile, { st: pick([0, 0, 4]) }),
      ...(showId ? [maskM ? d.X('masked_id', maskId(p.id)) : ID(d, p, { st: 0 })] : []), ...(showMail ? [EM(d, p.email)] : []),
      NM(d, pick(staff)), DX.ts(d, c.next(600, 90000), 5)];
    L.push(...(cellwise ? row : [row.join(pick([' ', '  ', '\t']))]));
  }
  L.push(pick(['10条/页', '20条/页', '50条/页']), `< 1 2 3 ... ${ri(4, 40)} >`);
  if (chance(0.65)) {
    const p = pick(people), co = company(), sp = pick(['：', ': ', ' ', '\n']);
    L.push('', '客户详情', `客户名称${sp}${NM(d, p)}`, `手机${sp}${MB(d, p.mobile)}`, `邮箱${sp}${EM(d, p.email)}`, `证件类型${sp}居民身份证`, `证件号码${sp}${ID(d, p)}`);
    if (chance(0.5)) L.push(`银行卡号${sp}${CD(d, p.card)}`, `开户行${sp}${branch(d, p.bank)}`);
    L.push(`联系地址${sp}${p.addr}`);
    if (chance(0.4)) L.push(`所属公司${sp}${DX.comp(d, co)}`, `统一社会信用代码${sp}${US(d, co.uscc)}`);
    L.push(`负责人${sp}${NM(d, staff[0])}`, `创建时间${sp}${DX.ts(d, c.next(), 0)}`, `客户来源${sp}${pick(['转介绍', '线上广告', '展会', '电话营销'])}`,
      '跟进记录', `${DX.ts(d, c.next(3600, 99999), 5)} ${NM(d, staff[1])} ${pick(['电话沟通，客户有意向', '上门拜访，已发资料', '客户暂不考虑'])}`);
  }
  return L.join('\n');
};
B.contact = (d) => {
  const v = ri(0, 3), c = clock(), p = person(), L = [`${DX.ts(d, c.t, 6)}`, pick(['5G', '4G', 'LTE', '📶'])];
  if (v === 0) {
    L.push('< 通讯录', '编辑', NM(d, p, { ocr: true }));
    if (chance(0.5)) { const b = pick(BRANDS); L.push(`${d.X('company', b[0])} · ${DX.title(d)}`); }
    L.push('信息 呼叫 视频 邮件', '手机', MB(d, p.mobile, { ocr: true, st: pick([3, 3, 0, 6]) }));
    if (chance(0.4)) L.push(pick(['住宅', '工作', '座机']), LL(d, genLandline(), { st: pick([0, 2, 5]) }));
    if (chance(0.6)) L.push(pick(['电子邮件', '邮件', '家庭']), EM(d, p.email, { ocr: true }));
    if (chance(0.4)) L.push('生日', `${p.birth.y}年${p.birth.m}月${p.birth.d}日`);
    L.push('备注', pick(['客户 A级', '老客户', '转介绍', '']), '共享联系人', '添加到个人收藏');
  } else if (v === 1) {
    const nick = chance(0.5);
    L.push(chance(0.5) ? `${NM(d, p, { ocr: true })}-${d.X('company', pick(BRANDS)[0])}` : NM(d, p, { ocr: true }));
    if (nick) L.push(`昵称：${DX.nick(d)}`);
    L.push(`微信号：${d.X('wechat_id', pick(['wxid_', 'zz', 'a', '']) + Math.floor(rnd() * 2 ** 40).toString(36))}`, `地区：${p.reg[1].replace(/(省|市|自治区|壮族自治区|维吾尔自治区)$/, '')} ${p.reg[3] || p.reg[2]}`,
      '电话号码', MB(d, p.mobile, { ocr: true, st: pick([3, 0]) }), '标签', pick(['客户', '同事', '供应商']), '来源', pick(['通过搜索手机号添加', '通过群聊添加', '通过名片分享添加']), '发消息', '音视频通话');
  } else if (v === 2) {
    L.push('最近通话', '全部 未接');
    for (let i = 0, n = ri(4, 15); i < n; i++) {
      const q = person(), r = rnd();
      if (r < 0.5) L.push(NM(d, q, { ocr: true }), pick(['手机', '手机 北京 移动', '住宅']));
      else if (r < 0.8) L.push(MB(d, q.mobile, { st: pick([3, 3, 0]) }), `${q.reg[2] || q.reg[1].replace(/市$/, '')} ${pick(['移动', '联通', '电信'])}`);
      else { const m = genMobile(); L.push(d.C('cn_mobile', m, fmtMob(m, 3)), pick(['骚扰电话 被23人标记', '疑似推销', '快递送餐 被5人标记', '广告推销'])); }
      L.push(DX.ts(d, c.next(-90000, -600), pick([6, 2])));
    }
  } else {
    L.push('通讯录', '新的朋友 群聊 标签');
    const n = ri(5, 30), ps = Array.from({ length: n }, () => person()).sort((a, b) => (a.py[0] < b.py[0] ? -1 : 1));
    let last = '';
    for (const q of ps) {
      const k = q.py[0][0].toUpperCase(); if (k !== last) { L.push(k); last = k; }
      L.push(chance(0.15) ? DX.nick(d) : NM(d, q, { ocr: true }));
      if (chance(0.3)) L.push(MB(d, q.mobile, { st: 3 }));
    }
    L.push(`${n}位联系人`);
  }
  return L.filter((x) => x !== '').join('\n');
};
B.express = (d) => {
  const out = [];
  for (let k = 0, n = chance(0.25) ? ri(2, 3) : 1; k < n; k++) {
    const a = person(), b = person(), c = clock(), masked = chance(0.55);
    const party = (p, lab, m) => m ? `${lab} ${d.X('masked_name', maskName(p.name))} ${d.X('masked_mobile', maskMob(p.mobile))}`
      : `${lab}${pick(['：', ' ', ''])}${NM(d, p, { ocr: true })} ${MB(d, p.mobile, { ocr: true, st: pick([0, 0, 3]) })}`;
    const [cn, pre, len] = pick([['顺丰速运', 'SF', 13], ['中通快递', '7' + ri(3, 8), 12], ['圆通速递', 'YT', 13], ['京东物流', 'JDVA', 11], ['韵达快递', '43', 11], ['极兔速递', 'JT', 13]]);
    out.push([cn, pick(['标快', '特快', '电商标快', '']), `运单号 ${d.X('tracking_no', pre + digs(len))}`, pick(['||| ||||| || ||||', '▌▌▌ ▌ ▌▌', '|||||||']),
      d.X('sort_code', `${ri(100, 999)}${pick(['WF', '', 'A'])}-${p2(ri(1, 99))} ${p2(ri(1, 30))}`),
      party(b, pick(['收', '收件人', '收件']), masked), b.addr, party(a, pick(['寄', '寄件人', '寄件']), masked && chance(0.8)), a.addr.replace(/\d+栋.*$/, ''),
      `托寄物：${pick(['文件', '衣服', '日用品', '电子产品'])}`, `重量：${ri(1, 20) / 2}kg`, `订单号：${DX.order(d)}`, `打印时间：${DX.ts(d, c.t, 0)}`,
      pick(['签收人/时间', '已验视', '快件送达收件人地址，经收件人或收件人允许的代收人签字，视为送达'])].filter(Boolean).join('\n'));
  }
  return out.join('\n\n');
};
// ---------------------------------------------------------------- chat exports
B.wechat = (d) => {
  const me = person({ plain: true }), you = person(), c = clock(), v = ri(0, 3), st = pick([0, 0, 1, 5]);
  if (v === 3) { // database export (MsgSvrID / CreateTime / StrTalker columns)
    const wx = d.X('wechat_id', 'wxid_' + Math.floor(rnd() * 2 ** 48).toString(36));
    let nick; const nk = () => (nick ??= sender(d, you, { pNick: 0.3 }));
    const L = ['localId,MsgSvrID,Type,SubType,IsSender,CreateTime,StrTalker,StrContent,StrTime,NickName'];
    for (let i = 1, n = ri(6, 40); i <= n; i++) {
      const t = c.next(), mine = chance(0.5);
      L.push(`${i},${DX.msgid(d)},1,0,${mine ? 1 : 0},${d.X('epoch_s', String(Math.floor(t / 1000)))},${wx},"${chatBody(d, { pSmall: 0.25 }).replace(/"/g, '""')}",${DX.ts(d, t, 0)},${mine ? '' : nk()}`);
    }
    return L.join('\n');
  }
  let meD, youD;
  const mD = () => (meD ??= chance(0.5) ? '我' : NM(d, me)), yD = () => (youD ??= sender(d, you, { pNick: 0.25 }));
  const L = [];
  if (v === 0) L.push(`与${yD()}的聊天记录`, `导出时间：${DX.ts(d, c.t + 30 * 864e5, 0)}`, '='.repeat(ri(10, 40)), '');
  if (v === 1) { meD = NM(d, me); L.push(`${yD()}和${meD}的聊天记录`, ''); }
  for (let i = 0, n = ri(6, 40); i < n; i++) {
    const who = chance(0.5) ? mD() : yD(), t = c.next();
    L.push(`${who}${v === 1 ? '  ' : ' '}${DX.ts(d, t, v === 2 ? 3 : v === 1 ? 2 : st)}`, chatBody(d, { pSmall: 0.25 }), '');
  }
  return L.join('\n');
};
B.wxgroup = (d) => {
  const c = clock(), gname = pick(['销售一部客户对接群', '华东区理财经理群', '客户资料共享', '5月活动执行群', 'VIP客户服务群', '门店店长群']);
  const mem = Array.from({ length: ri(3, 10) }, () => ({ p: person({ plain: chance(0.8) }) }));
  const disp = (m) => (m.d ??= sender(d, m.p, { pNick: 0.3 }));
  const L = [`群聊：${gname}(${ri(mem.length + 3, 300)})`, ''];
  for (let i = 0, n = ri(8, 50); i < n; i++) {
    const m = pick(mem), t = c.next(), r = rnd();
    if (r < 0.05) { L.push(DX.ts(d, t, 5), `"${disp(m)}"邀请"${disp(pick(mem))}"加入了群聊`, ''); continue; }
    if (r < 0.08) { L.push(`${disp(m)} 撤回了一条消息`, ''); continue; }
    L.push(`${disp(m)} ${DX.ts(d, t, pick([0, 5]))}`);
    let body = chatBody(d, { pSmall: 0.3 });
    if (chance(0.15)) body = `@${disp(pick(mem))} ${body}`; else if (chance(0.05)) body = `@所有人 ${body}`;
    L.push(body, '');
  }
  return L.join('\n');
};
B.qq = (d) => {
  const c = clock(), grp = chance(0.5), mem = Array.from({ length: grp ? ri(3, 8) : 2 }, () => ({ p: person() }));
  const disp = (m) => (m.d ??= pick([() => `${NM(d, m.p)}(${DX.qq(d)})`, () => `${DX.nick(d)}(${DX.qq(d)})`, () => `${NM(d, m.p)}<${EM(d, m.p.email)}>`,
    () => NM(d, m.p), () => DX.nick(d)])());
  const bar = '='.repeat(64), L = ['消息记录（此消息记录为文本格式，不支持重新导入）', '', bar, `消息分组:${grp ? '我的QQ群' : pick(['我的好友', '客户', '同事'])}`, bar];
  L.push(`消息对象:${grp ? pick(['客户交流群', '理财VIP群', '二手房源群', '保险代理人交流']) : disp(mem[1])}`, bar, '');
  for (let i = 0, n = ri(6, 40); i < n; i++) L.push(`${DX.ts(d, c.next(), 0)} ${disp(pick(mem))}`, chatBody(d, { pSmall: 0.3 }), '');
  return L.join('\n');
};
B.dingtalk = (d) => {
  const c = clock(), mem = Array.from({ length: ri(2, 9) }, () => ({ p: person({ plain: true }) }));
  const disp = (m) => (m.d ??= `${NM(d, m.p)}${chance(0.4) ? `（${pick(['销售一部', '客服中心', '华南大区', '财务部'])}）` : ''}`);
  const two = chance(0.5), L = [`【钉钉群】${pick(['华南大区销售群', '客服中心-二组', '新客户报备', '渠道合作伙伴群'])}`, ''];
  for (let i = 0, n = ri(6, 40); i < n; i++) {
    const m = pick(mem), t = DX.ts(d, c.next(), 5), r = rnd();
    const hd = (who) => (two ? [`${who} ${t}`] : [who, t]);
    if (r < 0.08) L.push(...hd(disp(m)), `[DING] ${pick(['请今天下班前提交客户名单', '明早9点会议室集合', '客户资料表请尽快补全'])}`, '');
    else if (r < 0.15) L.push(...hd('工作通知'), `【审批】${NM(d, m.p)}提交的${pick(['报销', '合同审批', '客户信息变更', '用印'])}申请已通过 审批编号：${d.X('approval_no', '2024' + digs(17))}`, '');
    else if (r < 0.2) L.push(...hd(disp(m)), `${NM(d, m.p)}的日报：今日拜访客户${ri(1, 6)}家，新增意向客户${ri(0, 3)}个`, '');
    else L.push(...hd(disp(m)), chatBody(d, { pSmall: 0.3 }), '');
  }
  return L.join('\n');
};
B.feishu = (d) => {
  const c = clock(), mem = Array.from({ length: ri(2, 8) }, () => ({ p: person({ plain: true }) }));
  const disp = (m) => (m.d ??= NM(d, m.p)), L = [`${pick(['飞书群', '话题群'])}：${pick(['大客户项目组', '售后工单跟进', '华北区渠道', '理赔协作'])}`, ''];
  for (let i = 0, n = ri(6, 36); i < n; i++) {
    const m = pick(mem), r = rnd();
    L.push(`${disp(m)}  ${DX.ts(d, c.next(), pick([2, 4]))}`);
    if (r < 0.08) L.push(d.X('url', `https://${pick(BRANDS)[1]}.feishu.cn/${pick(['docx', 'sheets', 'wiki'])}/${Math.floor(rnd() * 2 ** 52).toString(36)}${Math.floor(rnd() * 2 ** 30).toString(36)}`));
    else if (r < 0.11) L.push('该消息已撤回');
    else L.push(chatBody(d, { pSmall: 0.3 }));
    if (chance(0.15)) L.push(`  回复 ${disp(pick(mem))}：${pick(BODY_SMALL)}`);
    L.push('');
  }
  return L.join('\n');
};
B.jielong = (d) => {
  const c = clock(), card = chance(0.25);
  const topic = card ? pick(['补贴发放银行卡接龙', '工资卡信息收集']) : pick(['5月客户答谢会报名', '周末到店客户登记', '端午礼品领取登记', '新客户报备', '理财沙龙参会名单', '车险到期客户统计']);
  const mem = Array.from({ length: ri(2, 12) }, () => ({ p: person({ plain: true }), st: ri(0, 5) }));
  const disp = (m) => (m.d ??= sender(d, m.p, { pNick: 0.25, remark: false }));
  const head = ['#接龙', topic];
  if (chance(0.7)) head.push(`例 ${d.X('placeholder_name', pick(PLACEHOLDER))} ${card ? d.X('masked_card', '6222 xxxx xxxx xxxx') : d.X(chance(0.3) ? 'demo_number' : 'masked_mobile', chance(0.3) ? '13800138000' : '138xxxxxxxx')}${card ? ' 开户行' : ' 2人'}`);
  head.push('');
  const total = ri(1, 80), rowsRaw = [], L = [];
  while (rowsRaw.length < total) {
    const m = pick(mem), k = Math.min(total - rowsRaw.length, total > 20 ? ri(3, 9) : ri(1, 2));
    for (let j = 0; j < k; j++) {
      const i = rowsRaw.length + 1, q = person(), sp = pick(['. ', '.', '、', ' ']);
      let row;
      if (card) row = `${i}${sp}${NM(d, q)} ${CD(d, q.card, { st: pick([0, 3, 3]) })} ${DX.bank(d, q.bank)}`;
      else row = [() => `${i}${sp}${NM(d, q)} ${MB(d, q.mobile)}`, () => `${i}${sp}${NM(d, q)} ${MB(d, q.mobile)} ${pick(['1人', '2人', '3人'])}`,
        () => `${i}${sp}${NM(d, q)}-${MB(d, q.mobile, { st: 0 })}-${pick(['1人', '2人', '两位'])}`, () => `${i}${sp}${NM(d, m.p)}（客户：${NM(d, q)} ${MB(d, q.mobile)}）`,
        () => `${i}${sp}${NM(d, q)} ${MB(d, q.mobile)} ${pick(['身份证', '证件号'])}${ID(d, q, { st: 0 })}`,
        () => `${i}${sp}${NM(d, q)} ${d.X('masked_mobile', maskMob(q.mobile))}`][m.st]();
      if (chance(0.85)) row += pick([() => ` 定金${DX.amount(d)}`, () => ` 到店${DX.date(d)}`, () => ` 保单号${d.X('policy_no', 'PDAA2024' + digs(12))}`, () => ` 会员号${d.X('record_no', 'VIP' + digs(6))}`])();
      rowsRaw.push(row);
    }
    L.push(`${disp(m)} ${DX.ts(d, c.next(20, 1800), 0)}`, ...head, ...rowsRaw, '');
  }
  return L.join('\n');
};
B.cschat = (d) => {
  const c = clock(), cu = person(), ag = pick(['小美', '小雅', '小安', '阿杰', '小智', '豆豆']), tsf = pick([0, 3]);
  const vis = d.X('visitor_id', pick(['用户_', 'jd_', 'tb', '访客']) + Math.floor(rnd() * 2 ** 32).toString(16));
  const L = [`会话编号：${d.X('session_id', '2024' + digs(16))}`, `渠道：${pick(['APP在线客服', '微信公众号', '官网咨询', '淘宝旺旺'])}`, `访客：${vis}`,
    `客服：${d.X('nickname', ag)}（工号 ${DX.work(d)}）`, '-'.repeat(30)];
  const say = (who, text) => L.push(`[${DX.ts(d, c.next(5, 120), tsf)}] ${who}：${text}`);
  say(ag, '您好，很高兴为您服务，请问有什么可以帮您？');
  say(vis, pick(['我的退款怎么还没到', '信用卡账单有问题', '我想改一下收货地址', '快递一直没收到', '帮我查一下我的订单']));
  say(ag, '请提供一下订单号或者下单手机号');
  if (chance(0.5)) say(vis, `订单号 ${DX.order(d)}`); else say(vis, `手机号 ${MB(d, cu.mobile, { st: pick([0, 0, 3, 8]) })}`);
  const segs = shuffle([
    () => { say(ag, '为了核实身份，请提供一下您的姓名和身份证号'); say(vis, `${NM(d, cu)}，${chance(0.6) ? ID(d, cu) : `后四位${d.X('id_tail', cu.id.slice(-4))}`}`); },
    () => { say(ag, '请提供退款的银行卡号和开户行'); say(vis, `${CD(d, cu.card, { st: pick([0, 3]) })} ${DX.bank(d, cu.bank)}${chance(0.5) ? ` 户名${NM(d, cu)}` : ''}`); },
    () => { say(vis, `新地址：${cu.addr}，${NM(d, cu)}，${MB(d, cu.mobile)}`); say(ag, '好的，已为您修改'); },
    () => { say(ag, `已为您登记，预留手机 ${d.X('masked_mobile', maskMob(cu.mobile))}，${pick(['3-5个工作日到账', '请留意短信通知'])}`); },
    () => { say(ag, '已向您手机发送验证码，请告知'); say(vis, DX.code(d)); },
    () => { say(vis, `发票开好了发我邮箱 ${EM(d, cu.email)}`); say(ag, '好的，会在24小时内发送'); },
    () => { say(ag, `您的快递单号是 ${DX.track(d)}，目前在派送中`); },
    () => { say(ag, `查到您尾号${d.X('card_tail', cu.card.slice(-4))}的卡已于${DX.date(d)}退款${DX.amount(d)}`); },
    () => { say(vis, `我再留个备用电话 ${MB(d, genMobile())}，白天打这个`); },
  ]).slice(0, ri(2, 7));
  for (const s of segs) s();
  say(ag, '请问还有其他可以帮您的吗？');
  L.push('会话已结束', `满意度评价：${pick(['非常满意', '满意', '一般', '未评价'])}`);
  return L.join('\n');
};
const grouped = (v, gs) => { const o = []; let i = 0; for (const g of gs) { o.push(v.slice(i, i + g)); i += g; } if (i < v.length) o.push(v.slice(i)); return o.join(' '); };
B.asr = (d) => {
  const cu = person(), ag = person({ plain: true }), [A, Bs] = pick([['坐席', '客户'], ['A', 'B'], ['说话人1', '说话人2'], ['[agent]', '[customer]'], ['客服', '用户']]);
  const tf = ri(0, 2), L = [pick(['【通话转写】', '录音质检-转写文本', 'ASR Transcript']), `录音编号：${d.X('call_id', `REC2024${digs(10)}-${digs(4)}`)}`];
  if (chance(0.6)) L.push(`主叫号码：${MB(d, cu.mobile, { st: 0 })}`, `被叫号码：${d.X('service_number', pick(BANKS).tel)}`);
  if (chance(0.6)) L.push(`坐席：${NM(d, ag)} 工号：${DX.work(d)}`);
  let sec = ri(0, 5);
  const hms = (s) => `${p2(Math.floor(s / 3600))}:${p2(Math.floor(s / 60) % 60)}:${p2(s % 60)}`;
  const say = (who, text) => {
    const a = sec; sec += ri(2, 14);
    L.push(tf === 0 ? `[${d.X('offset', hms(a))}] ${who}：${text}` : tf === 1 ? `${d.X('offset', `${hms(a)}.${ri(100, 999)} --> ${hms(sec)}.${ri(100, 999)}`)}\n${who}：${text}` : `${who} (${a}s)：${text}`);
  };
  const num = (det, v, groups, oral) => {
    const r = rnd();
    if (r < 0.35) return d.E(det, v, grouped(v, groups));
    if (r < 0.8 || !oral) return d.E(det, v, spoken(v, groups));
    return d.C(det, v, spoken(v, groups, { filler: true }));
  };
  say(A, `您好，${pick(['信用卡中心', '客户服务中心', '理赔服务专线'])}，很高兴为您服务。`);
  say(Bs, `你好，我想${pick(['查一下信用卡账单', '办理挂失', '修改预留手机号', '咨询分期', '报案理赔'])}。`);
  say(A, '好的，请问您的姓名是？');
  say(Bs, `我叫${NM(d, cu)}。`);
  const segs = shuffle([
    () => { say(A, '请提供一下您的身份证号码。'); say(Bs, num('cn_resident_id', cu.id, [6, 8, 4], true)); if (chance(0.5)) { say(A, `跟您核对一下，后四位是${d.X('id_tail', spoken(cu.id.slice(14), [4], { sep: '' }))}对吗？`); say(Bs, '对。'); } },
    () => { say(A, '请问您的手机号码是多少？'); say(Bs, num('cn_mobile', cu.mobile, [3, 4, 4], true)); if (chance(0.4)) { say(A, `是${d.E('cn_mobile', cu.mobile, spoken(cu.mobile, [11], { sep: '' }))}对吧？`); say(Bs, '是的。'); } },
    () => { say(A, '麻烦报一下卡号。'); say(Bs, num('bank_card', cu.card, [4, 4, 4, 4], true)); },
    () => { say(A, '已经给您发送了验证码，请告诉我。'); say(Bs, d.X('verification_code', spoken(String(ri(1, 9)) + digs(5), [6], { sep: '' }))); },
    () => { say(A, `您本期账单金额是${d.X('amount', pick(['三千二百元', '一万两千五百元', '八百六十元', '两万零四百元']))}，最低还款额是${d.X('amount', pick(['三百二十元', '一千二百五十元', '八十六元']))}。`); },
    () => { say(A, '电子账单发到哪个邮箱？'); say(Bs, `发到${EM(d, cu.email)}吧。`); },
    () => { say(Bs, `家里座机也可以打，${LL(d, genLandline(), { st: pick([0, 5, 8]) })}。`); },
  ]).slice(0, ri(2, 6));
  for (const s of segs) s();
  say(A, '感谢您的来电，祝您生活愉快，再见。');
  return L.join('\n');
};
// ---------------------------------------------------------------- SMS backups
const xmlEsc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\n/g, '&#10;');
function smsService(d, c) {
  const b = pick(BANKS), t = new Date(c.t);
  return pick([
    () => [d.X('sms_gateway', '1069' + digs(ri(8, 10))), `【${pick(['京东', '淘宝', '支付宝', '美团', '12306', '抖音'])}】验证码${DX.code(d)}，${pick(['5分钟内有效', '用于登录，请勿泄露给他人', '如非本人操作请忽略'])}。`],
    () => [d.X('service_number', b.tel), `您尾号${d.X('card_tail', digs(4))}的储蓄卡${t.getUTCMonth() + 1}月${t.getUTCDate()}日${p2(t.getUTCHours())}:${p2(t.getUTCMinutes())}收入人民币${d.X('amount', `${ri(10, 9999)}.${p2(ri(0, 99))}`)}元，活期${d.X('word_trap', '余额')}${d.X('amount', `${ri(100, 99999)}.${p2(ri(0, 99))}`)}元。【${b.short}】`],
    () => [d.X('sms_gateway', '1065' + digs(ri(8, 10))), `【菜鸟驿站】您的包裹已到${pick(['东门驿站', '3号楼驿站', '小区南门'])}，取件码${d.X('pickup_code', `${ri(1, 9)}-${ri(1, 9)}-${digs(4)}`)}，请及时领取。`],
    () => [d.X('service_number', '10086'), `【中国移动】尊敬的客户，您本月已用流量${ri(1, 60)}.${ri(0, 9)}GB，话费${d.X('amount', `${ri(18, 300)}.${p2(ri(0, 99))}`)}元。`],
    () => [d.X('sms_gateway', '1069' + digs(ri(8, 10))), `【${pick(['顺丰速运', '京东物流'])}】您的快件${DX.track(d)}已签收，感谢使用。`],
  ])();
}
B.sms = (d) => {
  const v = ri(0, 2), me = person(), c = clock(), ctc = Array.from({ length: ri(1, 6) }, () => ({ p: person() })), L = [];
  const area = pick(['10', '21', '20', '755', '571', '28']).padEnd(3, '0'), sc = `13800${area}500`;
  const nm = (k) => (k.n ??= chance(0.8) ? NM(d, k.p) : null);
  if (v === 0) L.push(`<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>`, `<smses count="${ri(5, 40)}" backup_date="${d.X('epoch_ms', String(c.t + 864e5))}">`);
  if (v === 1) L.push('类型,号码,联系人,时间,内容');
  if (v === 2 && chance(0.6)) L.push(`本机号码：${MB(d, me.mobile)}`, `备份时间：${DX.ts(d, c.t + 864e5, 0)}`, '');
  for (let i = 0, n = ri(5, 40); i < n; i++) {
    const t = c.next(60, 40000), svc = chance(0.4), k = pick(ctc);
    let from, body, name;
    if (svc) [from, body] = smsService(d, c);
    else { from = MB(d, k.p.mobile, { st: v === 0 ? pick([0, 13, 13]) : pick([0, 6, 0, 3, 13]) }); name = nm(k); body = chance(0.45) ? piiMsg(d, { sms: true }) : pick(BODY_SMALL); }
    const type = svc || chance(0.5) ? 1 : 2;
    if (v === 0) {
      const scS = type === 1 && !svc ? `+86${sc}` : 'null';
      if (scS !== 'null') d.C('cn_mobile', sc, scS);
      L.push(`  <sms protocol="0" address="${from}" date="${d.X('epoch_ms', String(t))}" type="${type}" subject="null" body="${xmlEsc(body)}" toa="null" sc_toa="null" service_center="${scS}" read="1" status="-1" locked="0" date_sent="0" readable_date="${DX.ts(d, t, 4)}" contact_name="${name ?? '(Unknown)'}" />`);
    } else if (v === 1) {
      L.push(`${type === 1 ? '接收' : '发送'},${from},${name ?? ''},${DX.ts(d, t, 0)},"${body.replace(/"/g, '""')}"`);
    } else L.push(`${type === 1 ? '发件人' : '收件人'}: ${name ? `${name} (${from})` : from}`, `时间: ${DX.ts(d, t, 0)}`, `内容: ${body}`, '');
  }
  if (v === 0) L.push('</smses>');
  return L.join('\n');
};
// ---------------------------------------------------------------- e-mail threads
function custBlock(d) {
  if (chance(0.45)) {
    const n = rows() > 40 ? ri(20, 40) : ri(1, 20), sep = pick(['\t', ' ', ' | ']), cols = shuffle(['mob', 'id', 'email', 'card']).slice(0, ri(1, 3));
    const dk = pick(['登记日期', '金额']);
    const head = ['序号', '姓名', ...cols.map((k) => ({ mob: '手机', id: '身份证号', email: '邮箱', card: '卡号' })[k]), dk, '合同编号'];
    const L = [pick(['本周新增客户如下：', '附件客户明细摘要：', '请核对以下客户信息：']), head.join(sep)];
    for (let i = 0; i < n; i++) {
      const p = person();
      L.push([String(i + 1), NM(d, p), ...cols.map((k) => k === 'mob' ? MB(d, p.mobile, { st: pick([0, 0, 4]) }) : k === 'id' ? ID(d, p, { st: 0 }) : k === 'email' ? EM(d, p.email) : CD(d, p.card, { st: pick([3, 0]) })),
        dk === '登记日期' ? DX.date(d) : DX.amount(d), d.X('record_no', `HT-2024-${digs(5)}`)].join(sep));
    }
    return L;
  }
  const p = person();
  return [pick([() => `客户${NM(d, p)}（身份证 ${ID(d, p)}）要求把理赔款打到${DX.bank(d, p.bank)} ${CD(d, p.card)}，她的邮箱 ${EM(d, p.email)}，电话 ${MB(d, p.mobile)}。`,
    () => `${NM(d, p)}的资料：手机 ${MB(d, p.mobile)}，邮箱 ${EM(d, p.email)}，地址 ${p.addr}。`,
    () => `麻烦给客户${NM(d, p)}回个电话，${MB(d, p.mobile)}，他说上次的合同有问题。`,
    () => `截图里识别出来的身份证号是 ${ID(d, p, { ocr: true })}，姓名 ${NM(d, p)}，请复核。`])()];
}
B.email = (d) => {
  const co = company(), co2 = chance(0.5) ? company() : co, c = clock();
  const ppl = Array.from({ length: ri(2, 4) }, (_, i) => { const p = person({ plain: true }); p.w = genEmail(p, (i % 2 ? co2 : co).dom); p.co = i % 2 ? co2 : co; return p; });
  const who = (p, st) => st === 2 ? `"${NM(d, p)}"<${EM(d, p.w)}>;` : st === 3 ? EM(d, p.w) : `${NM(d, p)} <${EM(d, p.w)}>`;
  const sig = (p) => ['--', `${NM(d, p)} | ${DX.title(d)}`, DX.comp(d, p.co), `M: ${MB(d, p.mobile, { st: pick([3, 4, 6]) })}${chance(0.6) ? ` | T: ${LL(d, coLand(p.co), { org: chance(0.5) })}` : ''}`,
    `E: ${EM(d, p.w)}`, ...(chance(0.3) ? [d.X('url', `www.${p.co.dom}`)] : [])];
  const subj = pick(['客户资料', '本周新增客户', '理赔客户信息', '合同回款跟进', '客户投诉处理']);
  const n = ri(2, 5), msgs = [];
  for (let i = 0; i < n; i++) {
    const from = ppl[i % ppl.length], to = ppl[(i + 1) % ppl.length], t = c.next(600, 90000);
    const body = [`${NM(d, to)}${pick(['，你好：', ' 您好，', '：'])}`, ...(i === 0 || chance(0.35) ? custBlock(d) : [pick(['收到，已录入系统。', '好的，我今天跟进。', '附件已更新，请查收。', '这几个客户资料不全，麻烦补一下。'])]), '', ...(chance(0.8) ? sig(from) : [NM(d, from)])];
    msgs.push({ from, to, t, body });
  }
  let text = [];
  for (let i = 0; i < n; i++) {
    const m = msgs[i], st = ri(0, 2);
    if (i === 0) { text = m.body; continue; }
    const prev = msgs[i - 1];
    let quoted;
    if (st === 0) quoted = ['', '-----原始邮件-----', `发件人: ${who(prev.from, 0)}`, `发送时间: ${DX.ts(d, prev.t, 4)}`, `收件人: ${who(prev.to, 0)}`, `主题: ${i > 1 ? '回复: ' : ''}${subj}`, '', ...text];
    else if (st === 1) quoted = ['', `在 ${DX.ts(d, prev.t, 4)}，${who(prev.from, 0)} 写道：`, ...text.map((l) => (l.startsWith('>') ? '>' : '> ') + l)];
    else quoted = ['', '------------------ 原始邮件 ------------------', `发件人: ${who(prev.from, 2)}`, `发送时间: ${DX.ts(d, prev.t, 4)}`, `收件人: ${who(prev.to, 2)}`, `主题: ${subj}`, '', ...text];
    text = [...m.body, ...quoted];
  }
  const last = msgs[n - 1];
  const hdr = [`发件人: ${who(last.from, pick([0, 3]))}`, `收件人: ${who(last.to, 0)}`];
  if (chance(0.4)) hdr.push(`抄送: ${EM(d, `${pick(['service', 'kefu', 'sales', 'admin'])}@${co.dom}`, { role: true })}`);
  hdr.push(`日期: ${DX.ts(d, last.t, 0)}`, `主题: ${n > 1 ? '回复: ' : ''}${subj}`, `Message-ID: <${d.X('message_id', `${digs(14)}.${Math.floor(rnd() * 2 ** 32).toString(16)}@mail.${last.from.co.dom}`)}>`, '');
  if (chance(0.3)) text.push('', '本邮件及其附件含有保密信息，仅限于发送给上面地址中列出的个人或群组。');
  return [...hdr, ...text].join('\n');
};

// ================================================================ main, self-check, summary
const PLAN = { idfront: 14, idboth: 13, idform: 13, bankcard: 14, bankreceipt: 13, bizcard: 14, register: 18, xlsshot: 12, crm: 13,
  contact: 13, express: 12, wechat: 16, wxgroup: 14, qq: 12, dingtalk: 12, feishu: 12, jielong: 14, cschat: 14, asr: 16, sms: 14, email: 15 };
const out = process.argv[2];
if (!out) { console.error('usage: node ocrchat.mjs OUT.jsonl'); process.exit(2); }
const docs = [];
for (const [kind, n] of Object.entries(PLAN)) for (let i = 1; i <= n; i++) {
  const d = new Doc(kind), text = B[kind](d);
  for (const k of d.ent.keys()) d.dc.delete(k); // an entity occurrence wins over an ambiguous one
  docs.push({ d, text, id: `oc-${kind}-${i}` });
}
// ---- self-check
const CN_DIG = { 零: '0', 〇: '0', 洞: '0', 一: '1', 幺: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
function norm(det, raw) {
  let s = raw.normalize('NFKC');
  if (det === 'person_name_zh') return s.replace(/\s+/g, '');
  if (det === 'email') return s.toLowerCase();
  if (det === 'cn_uscc' || det === 'cn_passport') return s.replace(/[\s-]/g, '').toUpperCase();
  s = s.replace(/[零〇洞一幺二两三四五六七八九]/g, (c) => CN_DIG[c]).replace(/[Oo]/g, '0').replace(/[lI]/g, '1').replace(/x/g, 'X');
  const intl = /^[(（]?\s*(\+|00)86/.test(s);
  s = s.replace(/[^0-9X]/g, '');
  if (intl) s = s.replace(/^(00)?86/, det === 'cn_landline' ? '0' : '');
  if (det === 'cn_resident_id' && s.length === 15) s = upgrade15(s);
  return s;
}
const CHARS = { cn_resident_id: /^\d{17}[\dX]$/, cn_mobile: /^1[3-9]\d{9}$/, cn_landline: /^0\d{9,11}$/, email: /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/,
  bank_card: /^\d{16,19}$/, cn_uscc: /^[0-9A-HJ-NPQRTUWXY]{18}$/, cn_passport: /^[A-Z][A-Z0-9]\d{7}$/,
  person_name_zh: /^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,8}·[\u4e00-\u9fff]{2,8})$/ };
function idValid(v) {
  if (!CHARS.cn_resident_id.test(v) || idCheck(v.slice(0, 17)) !== v[17] || !REGION_SET.has(v.slice(0, 6))) return false;
  const y = +v.slice(6, 10), m = +v.slice(10, 12), dd = +v.slice(12, 14);
  return y >= 1900 && y <= 2024 && m >= 1 && m <= 12 && dd >= 1 && dd <= dim(y, m);
}
const VALID = { cn_resident_id: idValid, cn_mobile: (v) => MOB_OK.has(v.slice(0, 3)), bank_card: luhnOk, cn_uscc: (v) => usccCheck(v.slice(0, 17)) === v[17],
  cn_landline: (v) => [...AREA_LEN].some(([a, n]) => v.startsWith(a) && v.length === a.length + n), email: () => true, person_name_zh: () => true, cn_passport: () => true };
const errs = [], fail = (id, m) => { if (errs.length < 40) errs.push(`${id}: ${m}`); else errs.length++; };
const lines = [];
for (const { d, text, id } of docs) {
  const labs = [...[...d.ent.values()].map((x) => ({ ...x, e: true })), ...[...d.dc.values()].map((x) => ({ ...x, e: false }))];
  for (const l of labs) {
    if (!CHARS[l.detector]?.test(l.value)) fail(id, `bad chars ${l.detector} ${JSON.stringify(l.value)}`);
    if (l.e && !VALID[l.detector](l.value)) fail(id, `entity fails its check ${l.detector} ${l.value}`);
    for (const r of l.raws) {
      if (!text.includes(r)) fail(id, `raw not in text ${l.detector} ${JSON.stringify(r)}`);
      if (norm(l.detector, r) !== l.value) fail(id, `raw ${JSON.stringify(r)} normalises to ${norm(l.detector, r)} not ${l.value}`);
    }
  }
  const vals = labs.flatMap((l) => [l.value, ...l.raws]);
  for (const [t, k] of d.dec) {
    if (!text.includes(t)) fail(id, `decoy not in text ${k} ${JSON.stringify(t)}`);
    const tn = t.normalize('NFKC'), td = tn.replace(/\D/g, '');
    for (const v of vals) if (tn.includes(v.normalize('NFKC')) || (/^\d{11,}$/.test(v) && td.includes(v))) fail(id, `decoy ${JSON.stringify(t)} contains labelled ${JSON.stringify(v)}`);
  }
  for (const k of d.ent.keys()) if (d.dc.has(k)) fail(id, `entity and dontCare overlap ${k}`);
  lines.push(JSON.stringify({ id, kind: d.kind, text,
    entities: [...d.ent.values()].map(({ detector, value }) => ({ detector, value })),
    dontCare: [...d.dc.values()].map(({ detector, value }) => ({ detector, value })),
    decoys: [...d.dec].map(([text, kind]) => ({ kind, text })) }));
}
// ---- summary
const perKind = {}, ent = {}, dcn = {}, dec = {}, kEnt = {}, kDec = {};
let nEnt = 0, nDec = 0;
for (const { d } of docs) {
  perKind[d.kind] = (perKind[d.kind] ?? 0) + 1;
  for (const x of d.ent.values()) { ent[x.detector] = (ent[x.detector] ?? 0) + 1; nEnt++; kEnt[d.kind] = (kEnt[d.kind] ?? 0) + 1; }
  kDec[d.kind] = (kDec[d.kind] ?? 0) + d.dec.size;
  for (const x of d.dc.values()) dcn[x.detector] = (dcn[x.detector] ?? 0) + 1;
  for (const k of d.dec.values()) { dec[k] = (dec[k] ?? 0) + 1; nDec++; }
}
const forms = { 'OCR letter O/o/l/I': /[OolI]/, 'full-width digits': /[０-９]/, 'space inside value': /\d\s+\d/, 'line break inside value': /\n/,
  'spoken numerals': /[零〇洞一幺二两三四五六七八九]/, '+86 / 0086 prefix': /^[(（]?(\+|00)86/, 'boxed digits (1|1|0…)': /\d\|\d/ };
const formN = {};
for (const { d } of docs) for (const x of d.ent.values()) if (x.detector !== 'person_name_zh' && x.detector !== 'email')
  for (const r of x.raws) for (const [k, re] of Object.entries(forms)) if (re.test(r)) formN[k] = (formN[k] ?? 0) + 1;
if (docs.length < 250) fail('corpus', `only ${docs.length} documents`);
for (const k of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((ent[k] ?? 0) < 300) fail('corpus', `only ${ent[k] ?? 0} ${k} entities`);
if (nDec < nEnt) fail('corpus', `decoys ${nDec} < entities ${nEnt}`);
const tab = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k.padEnd(20)} ${v}`).join('\n');
const kt = Object.keys(perKind).map((k) => `  ${k.padEnd(12)} docs ${String(perKind[k]).padStart(3)}  entities ${String(kEnt[k] ?? 0).padStart(5)}  decoys ${String(kDec[k] ?? 0).padStart(5)}`).join('\n');
console.log(`documents: ${docs.length}\n${kt}\nentity labels: ${nEnt}\n${tab(ent)}\ndontCare labels:\n${tab(dcn)}\ndecoys: ${nDec}\n${tab(dec)}\nentity written forms (numeric detectors):\n${tab(formN)}`);
if (errs.length) { console.error(`SELF-CHECK FAILED (${errs.length} problems):\n` + errs.slice(0, 40).join('\n')); process.exit(1); }
writeFileSync(out, lines.join('\n') + '\n');
console.log(`self-check passed; wrote ${out}`);
