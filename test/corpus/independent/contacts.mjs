#!/usr/bin/env node
// contacts.mjs — independent labelled test corpus for listguard's Chinese detectors.
//
// Theme: address books and CRM exports written as TEXT — Outlook / Google / Foxmail CSV,
// vCard 2.1 (quoted-printable) / 3.0 (iCloud) / 4.0, LDIF, 企业微信 / 钉钉 / 飞书 通讯录,
// Salesforce / HubSpot, 纷享销客 / 销售易 / 八百客 CRM exports, SIM / call-log backups,
// 名片全能王, Excel-pasted TSV, mail-merge lists, WeChat 好友 exports, mail recipient lists,
// 会员 and 保险 customer books, CRM API JSON, SMS 群发 number lists.
//
// Usage:   node contacts.mjs OUT.jsonl
// Output:  one JSON object per line:
//   {"id":"ct-<kind>-<n>","kind":"<kind>","text":"...",
//    "entities":[{"detector":"...","value":"..."}],   must be reported (unique per doc)
//    "dontCare":[{"detector":"...","value":"..."}],   either answer is fine
//    "decoys":[{"kind":"...","text":"..."}]}          must NOT be reported under any detector
// Normalisation: cn_resident_id 18 chars upper-case X (legacy 15-digit IDs upgraded);
//   cn_mobile 11 digits; cn_landline digits incl. leading 0 + area code, no extension;
//   email lower-case; bank_card digits; cn_passport / cn_uscc upper-case;
//   person_name_zh as written, no spaces/titles/pinyin. A name written split into
//   family-name / given-name columns is labelled as the joined full name (姓+名).
// Deterministic: own PRNG (mulberry32) with a fixed seed. All data synthetic.
// A self-check runs at the end; exit code 1 on failure.
//
// Written in session 22 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.

import { writeFileSync } from 'node:fs';

// ---------------------------------------------------------------- PRNG
let SEED = 0x22c7a5e1;
function rnd() {
  SEED = (SEED + 0x6d2b79f5) | 0;
  let t = SEED;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += int(0, 9); return s; };
const pad2 = (n) => String(n).padStart(2, '0');
function wpick(pairs) {
  let tot = 0; for (const [, w] of pairs) tot += w;
  let r = rnd() * tot;
  for (const [v, w] of pairs) { if ((r -= w) < 0) return v; }
  return pairs[pairs.length - 1][0];
}
function shuffle(a) { for (let i = a.length - 1; i > 0; i--) { const j = int(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const cap = (s) => s ? s[0].toUpperCase() + s.slice(1) : s;
const hex = (n) => { let s = ''; for (let i = 0; i < n; i++) s += '0123456789abcdef'[int(0, 15)]; return s; };
const alnum = (n, set = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') => { let s = ''; for (let i = 0; i < n; i++) s += set[int(0, set.length - 1)]; return s; };
function nrows() {
  const r = rnd();
  if (r < 0.08) return 1;
  if (r < 0.55) return int(2, 10);
  if (r < 0.86) return int(11, 30);
  return int(31, 80);
}

// ---------------------------------------------------------------- name pools
const SUR = [];
'王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou'.split(' ').forEach((x) => SUR.push([x[0], x.slice(1), 6]));
'徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he 高gao 林lin 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai'
  .split(' ').forEach((x) => SUR.push([x[0], x.slice(1), 2]));
'余yu 杜du 叶ye 程cheng 苏su 魏wei 吕lv 丁ding 任ren 沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan 陆lu 汪wang 范fan 金jin 石shi 廖liao 贾jia 夏xia 韦wei 付fu 方fang 白bai 邹zou 孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin 薛xue 闫yan 段duan 雷lei 侯hou 龙long 史shi 黎li 易yi 常chang 武wu 乔qiao 贺he 赖lai 龚gong 文wen 关guan 万wan 安an 向xiang'
  .split(' ').forEach((x) => SUR.push([x[0], x.slice(1), 1]));
[['欧阳', 'ouyang'], ['司马', 'sima'], ['诸葛', 'zhuge'], ['上官', 'shangguan'], ['司徒', 'situ'], ['令狐', 'linghu'], ['慕容', 'murong'], ['皇甫', 'huangfu']]
  .forEach(([s, p]) => SUR.push([s, p, 0.4]));
const GIVEN = ('伟wei 芳fang 娜na 敏min 静jing 丽li 强qiang 磊lei 军jun 洋yang 勇yong 艳yan 杰jie 娟juan 涛tao 明ming 超chao 秀xiu 霞xia 平ping ' +
  '刚gang 桂gui 英ying 华hua 建jian 辉hui 玲ling 婷ting 鹏peng 宇yu 浩hao 欣xin 怡yi 子zi 轩xuan 梓zi 涵han 晨chen 雨yu 思si ' +
  '佳jia 嘉jia 俊jun 博bo 峰feng 波bo 鑫xin 琳lin 颖ying 倩qian 雪xue 慧hui 燕yan 凯kai 斌bin 亮liang 飞fei 红hong 玉yu 兰lan ' +
  '萍ping 梅mei 志zhi 国guo 海hai 春chun 晓xiao 东dong 立li 永yong 诗shi 雅ya 泽ze 若ruo 昊hao 天tian 然ran 睿rui 晗han 瑶yao 琪qi ' +
  '文wen 秋qiu 冬dong 晴qing 欢huan 宏hong 伦lun 锋feng 凤feng 彤tong').split(' ').map((x) => [x[0], x.slice(1)]);
const MINOR = [['买买提·艾力', 'maimaiti'], ['阿依古丽·买买提', 'ayiguli'], ['古丽娜尔·吐尔逊', 'gulinaer'], ['艾尼瓦尔·吐尔洪', 'ainiwaer'],
  ['热依拉·阿不都', 'reyila'], ['扎西顿珠', 'zhaxidunzhu'], ['巴特尔', 'bateer'], ['格桑卓玛', 'gesangzhuoma'], ['努尔兰·别克', 'nuerlan']];
const NAME_RE = /^[\u4e00-\u9fa5·]{2,16}$/;

// ---------------------------------------------------------------- org / misc pools (decoys)
const CITIES = [['深圳市', 'shenzhen', '0755', '518000', '440300'], ['上海', 'shanghai', '021', '200120', '310115'], ['北京', 'beijing', '010', '100080', '110108'],
  ['杭州', 'hangzhou', '0571', '310012', '330106'], ['广州市', 'guangzhou', '020', '510620', '440106'], ['苏州', 'suzhou', '0512', '215021', '320500'],
  ['成都', 'chengdu', '028', '610041', '510107'], ['武汉', 'wuhan', '027', '430070', '420106'], ['张家口', 'zjk', '0313', '075000', '130700'],
  ['周口', 'zhoukou', '0394', '466000', '411600'], ['东莞市', 'dongguan', '0769', '523000', '441900'], ['南京', 'nanjing', '025', '210019', '320105'],
  ['青岛', 'qingdao', '0532', '266071', '370202'], ['佛山市', 'foshan', '0757', '528000', '440604']];
const BRANDS = [['腾达', 'tengda'], ['华信', 'huaxin'], ['中科', 'zhongke'], ['恒远', 'hengyuan'], ['博雅', 'boya'], ['金桥', 'jinqiao'], ['瑞丰', 'ruifeng'],
  ['宏图', 'hongtu'], ['新智', 'xinzhi'], ['远航', 'yuanhang'], ['正泰', 'zhengtai'], ['安信', 'anxin'], ['鼎盛', 'dingsheng'], ['天成', 'tiancheng'],
  ['海纳', 'haina'], ['高德', 'gaode'], ['万通', 'wantong'], ['常青', 'changqing'], ['马良', 'maliang'], ['方圆', 'fangyuan']];
const INDS = ['科技', '物流', '建材', '装饰工程', '医疗器械', '电子', '贸易', '信息技术', '餐饮管理', '教育咨询', '新材料', '汽车销售服务', '软件', '精密机械'];
const SUFX = ['有限公司', '有限公司', '股份有限公司', '有限责任公司'];
const FAMOUS = ['平安保险', '招商银行', '王老吉', '李宁体育用品有限公司', '周大福珠宝', '马应龙药业', '华为技术有限公司', '链家地产', '宝马4S店', '中国建设银行', '顺丰速运'];
const DEPTS = ['华东区销售部', '华南大区', '市场部', '财务部', '人力资源部', '研发中心', '客服中心', '大客户部', '渠道部', '总经办', '法务部', '采购部',
  '金融事业部', '安全运维组', '华北区', '品牌中心', '运营中心', '供应链管理部', '高新区办事处'];
const TITLES = ['销售经理', '区域销售总监', '客户经理', '高级工程师', '总经理', '采购专员', '财务主管', '董事长助理', '行政专员', '技术支持', '市场总监',
  '大客户经理', '副总裁', '店长', '人事经理', '法务专员', '运营主管', '项目经理', '产品经理', '安全工程师', '高级客户经理'];
const PLACES = ['张家口市', '周口市', '黄山市', '高新区', '王府井', '金华市', '常州市', '马鞍山市', '石家庄市', '江门市', '田林路', '李村', '叶城县', '白云区'];
const INS_PRODUCTS = ['平安福2024', '金瑞人生', 'e生保', '鑫享至尊', '安心宝', '福禄双全', '少儿康宁', '御享金生', '守护百分百'];
const PRODUCTS = ['平安福2024', '金瑞人生', 'e生保', '鑫享至尊', 'iPhone 15 Pro', 'ThinkPad X1', '安心宝', '福禄双全', '智能门锁X3', '康乃馨套餐', '华为Mate60', '宋PLUS DM-i'];
const COMMON = ['周一', '周末', '余额', '付款', '关于', '方案', '金额', '马上', '安全', '常规', '成功', '文件', '程序', '任务', '明天', '高速', '方向', '何时'];
const BANKS = ['中国工商银行深圳南山支行', '招商银行杭州分行营业部', '中国建设银行北京中关村支行', '中国农业银行上海浦东分行', '交通银行广州天河支行',
  '中国银行成都高新支行', '兴业银行苏州工业园区支行', '平安银行深圳科技园支行'];
const NICKS = ['静待花开', '岁月静好', '小鱼儿', '阳光总在风雨后', '一叶知秋', '追梦人', '云淡风轻', '向日葵', '开心果', '知足常乐', '海阔天空', '花开半夏'];
const STREETS = ['科技园南区高新南一道6号', '张江高科碧波路690号', '中关村大街27号', '文一西路969号', '天河路385号', '星湖街328号', '天府大道北段1700号',
  '光谷大道77号', '解放东路88号1栋1203室', '香港中路10号', '建设路18号B座', '人民路200号'];

// ---------------------------------------------------------------- dates
function rdate(y1, y2 = y1) {
  const y = int(y1, y2), m = int(1, 12);
  const dim = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return { y, m, d: int(1, dim) };
}
const ymd = (t) => `${t.y}${pad2(t.m)}${pad2(t.d)}`;
function tsText(style) {
  const t = rdate(2019, 2024), h = int(0, 23), mi = int(0, 59), s = int(0, 59);
  switch (style ?? int(0, 6)) {
    case 0: return `${t.y}-${pad2(t.m)}-${pad2(t.d)} ${pad2(h)}:${pad2(mi)}:${pad2(s)}`;
    case 1: return `${t.y}/${t.m}/${t.d} ${h}:${pad2(mi)}`;
    case 2: return `${ymd(t)}${pad2(h)}${pad2(mi)}${pad2(s)}`;
    case 3: return String(int(1704067200, 1735689599) * 1000 + int(0, 999));
    case 4: return String(int(1577836800, 1735689599));
    case 5: return `${t.y}-${pad2(t.m)}-${pad2(t.d)}T${pad2(h)}:${pad2(mi)}:${pad2(s)}Z`;
    default: return `${t.y}年${t.m}月${t.d}日`;
  }
}
const dateText = () => { const t = rdate(2021, 2024); return pick([`${t.y}-${pad2(t.m)}-${pad2(t.d)}`, `${t.y}/${t.m}/${t.d}`, `${t.y}.${pad2(t.m)}.${pad2(t.d)}`]); };

// ---------------------------------------------------------------- checksummed values
const REGIONS = ['110101', '110102', '110105', '110108', '110103', '110104', '310101', '310104', '310112', '310115', '440106', '440104', '440111', '440305',
  '440304', '440306', '441900', '442000', '330106', '330102', '330205', '320102', '320106', '320583', '320505', '510104', '510107', '420106', '420111',
  '610113', '610103', '370202', '370102', '350203', '350102', '430102', '430104', '410105', '410102', '120101', '120104', '500103', '500106', '210102',
  '230103', '340104', '360102', '450103', '530102', '520102', '620102', '130102', '140105', '150102', '220102', '460106', '650102', '640104', '441302',
  '445102', '330782', '350583', '371002', '130702', '411602'];
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b) { let s = 0; for (let i = 0; i < 17; i++) s += +b[i] * IDW[i]; return '10X98765432'[s % 11]; }
function mkId(birth, female) {
  const seq = digits(2) + (female ? pick('02468') : pick('13579'));
  const b = pick(REGIONS) + ymd(birth) + seq;
  return b + idCheck(b);
}
function validDate(y, m, d) {
  if (m < 1 || m > 12 || d < 1) return false;
  const dim = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return d <= dim;
}
function idValid(v) {
  if (!/^\d{17}[\dX]$/.test(v) || idCheck(v) !== v[17] || !REGIONS.includes(v.slice(0, 6))) return false;
  const y = +v.slice(6, 10), m = +v.slice(10, 12), d = +v.slice(12, 14);
  return y >= 1900 && y <= 2024 && validDate(y, m, d);
}
function luhnDigit(body) {
  let s = 0;
  for (let i = 0; i < body.length; i++) { let d = +body[body.length - 1 - i]; if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; } s += d; }
  return String((10 - (s % 10)) % 10);
}
const luhnOk = (n) => luhnDigit(n.slice(0, -1)) === n.slice(-1);
const IINS = [['622202', 19], ['622848', 19], ['621700', 19], ['622700', 19], ['621661', 19], ['622262', 19], ['622588', 16], ['621485', 16],
  ['622908', 18], ['623058', 19], ['625965', 16], ['427010', 16], ['438088', 16], ['524047', 16], ['518710', 16], ['552599', 16], ['404119', 16]];
function mkCard() { const [iin, len] = pick(IINS); const body = iin + digits(len - iin.length - 1); return body + luhnDigit(body); }
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const OW = [3, 7, 9, 10, 5, 8, 4, 2];
function orgCheck(b8) {
  let s = 0;
  for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * OW[i]; }
  const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(b17[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; }
function mkUscc(region) {
  const head = pick(['91', '91', '91', '91', '92', '12', '52', '93']);
  const body = chance(0.65) ? 'MA' + alnum(6, UA) : digits(8);
  const b17 = head + (region ?? pick(REGIONS)) + body + orgCheck(body);
  return b17 + usccCheck(b17);
}
const usccValid = (v) => /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v) && usccCheck(v) === v[17] && orgCheck(v.slice(8, 16)) === v[16];
const MOBPRE = [['13', 30], ['15', 18], ['18', 24], ['17', 6], ['19', 8], ['145', 1], ['147', 1], ['166', 1], ['162', 0.5], ['165', 0.5], ['167', 0.5]];
const MOB3 = { 13: '0123456789', 15: '0123 56789', 18: '0123456789', 17: '0123 5678', 19: '0123 56789' };
function mkMobile() {
  const p = wpick(MOBPRE);
  if (p.length === 3) return p + digits(8);
  const third = MOB3[p].replace(/ /g, '');
  return p + pick(third) + digits(8);
}
const MOB_OK = /^1(3\d|4[57]|5[0-35-9]|6[2567]|7[0-35-8]|8\d|9[0-35-9])\d{8}$/;
const AREAS = [['010', 8], ['020', 8], ['021', 8], ['022', 8], ['023', 8], ['024', 8], ['025', 8], ['027', 8], ['028', 8], ['029', 8], ['0755', 8],
  ['0571', 8], ['0512', 8], ['0757', 8], ['0769', 8], ['0532', 8], ['0574', 8], ['0731', 8], ['0371', 8], ['0531', 8], ['0551', 8], ['0591', 8],
  ['0931', 7]];
const AREA_LEN = Object.fromEntries(AREAS);
function mkLand(area) {
  const a = area && AREA_LEN[area] ? area : pick(AREAS)[0];
  return { area: a, sub: String(int(2, 8)) + digits(AREA_LEN[a] - 1) };
}
const landValid = (v) => AREAS.some(([a, n]) => v.startsWith(a) && v.length === a.length + n);
function mkPassport() { return chance(0.5) ? 'E' + digits(8) : 'E' + pick('ABCDEFGHJKLMNPQRSTUVWXYZ') + digits(7); }
const qq = () => String(int(1, 9)) + digits(int(4, 9));
const wxid = () => pick(['wxid_' + alnum(14, 'abcdefghijklmnopqrstuvwxyz0123456789'), alnum(int(2, 3), 'abcdefghijklmnopqrstuvwxyz') + '_' + int(1970, 2005), alnum(int(6, 10), 'abcdefghijklmnopqrstuvwxyz') + int(10, 999)]);
function orderNo() {
  const t = rdate(2022, 2024);
  return pick([`${ymd(t)}${digits(10)}`, `DD${ymd(t)}${digits(6)}`, `PO-${t.y}-${digits(5)}`, `${ymd(t)}${digits(11)}`, `SO${digits(12)}`, `E${digits(8)}`]);
}
const tracking = () => pick([`SF${digits(13)}`, `YT${digits(13)}`, `JT${digits(13)}`, `7${digits(14)}`, `EA${digits(9)}CN`]);
const amount = () => pick([`¥${int(1, 999)},${digits(3)}.00`, `${int(100, 99999)}元`, `${int(1, 500)}${pick(['000', '800', '500'])}.00`, `RMB ${int(1, 90)}.${int(1, 9)}万`]);
const sku = () => pick([`SKU-${alnum(2, 'ABCDEFGHJKMNPQRSTUVWXYZ')}${digits(4)}`, `E${digits(8)}`, `G${digits(8)}`, `${alnum(3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}-${digits(5)}`]);
const custNo = () => pick([`KH${digits(8)}`, `CUS-${digits(6)}`, `C${ymd(rdate(2020, 2024))}${digits(4)}`, `${int(2018, 2024)}${digits(4)}`]);
const empNo = () => pick([`E${digits(5)}`, `TD${digits(4)}`, String(int(10000, 99999)), `${int(2015, 2024)}${digits(3)}`]);
function imei() { const b = '86' + digits(12); return b + luhnDigit(b); }
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick('89ab')}${hex(3)}-${hex(12)}`;
const zip = () => pick(['518057', '200120', '100080', '310012', '510620', '215021', '610041', '430070', '075000', '466000', '523000']);

// ---------------------------------------------------------------- written forms
function fmtMobile(m, st) {
  const a = m.slice(0, 3), b = m.slice(3, 7), c = m.slice(7);
  switch (st) {
    case 'sp': return `${a} ${b} ${c}`;
    case 'dash': return `${a}-${b}-${c}`;
    case 'p86sp': return `+86 ${a} ${b} ${c}`;
    case 'p86': return `+86${m}`;
    case 'p86s': return `+86 ${m}`;
    case 'p86d': return `+86-${m}`;
    case 'p86dash': return `+86-${a}-${b}-${c}`;
    case '0086': return `0086 ${m}`;
    case '0086d': return `0086-${a}-${b}-${c}`;
    case '86d': return `86-${m}`;
    case '86': return `86${m}`;
    case 'paren': return `(+86)${m}`;
    case 'fparen': return `（+86）${m}`;
    case 'fw': return [...m].map((ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)).join('');
    case 'trunk0': return `0${m}`;
    default: return m;
  }
}
const MST = ['bare', 'bare', 'bare', 'bare', 'sp', 'dash', 'p86', 'p86s', 'p86sp', '86d', 'paren', '0086', 'p86d'];
function fmtLand(l, st) {
  const a = l.area, s = l.sub, n0 = a.slice(1);
  const g = s.length === 8 ? s.slice(0, 4) + ' ' + s.slice(4) : s.slice(0, 3) + ' ' + s.slice(3);
  switch (st) {
    case 'paren': return `(${a})${s}`;
    case 'fparen': return `（${a}）${s}`;
    case 'sp': return `${a} ${s}`;
    case 'grp': return `${a}-${g}`;
    case 'bare': return a + s;
    case 'intl': return `+86 ${n0} ${g}`;
    case 'intld': return `+86-${n0}-${s}`;
    case 'intldd': return `+86-${n0}-${g.replace(' ', '-')}`;
    default: return `${a}-${s}`;
  }
}
const LST = ['dash', 'dash', 'dash', 'paren', 'sp', 'grp', 'bare', 'intl', 'intld'];
const EXTF = [(e) => `转${e}`, (e) => ` 转 ${e}`, (e) => `-${e}`, (e) => ` ext. ${e}`, (e) => `分机${e}`, (e) => ` x${e}`];
const extn = () => pick(EXTF)(String(int(8001, 8999)));
function fmtId(id, st) {
  switch (st) {
    case 'lx': return id.replace('X', 'x');
    case 'grp': return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    default: return id;
  }
}
function fmtCard(c, st) {
  switch (st) {
    case 'sp4': return c.replace(/(\d{4})(?=\d)/g, '$1 ');
    case 'dash4': return c.replace(/(\d{4})(?=\d)/g, '$1-');
    case 'sp6': return c.slice(0, 6) + ' ' + c.slice(6);
    default: return c;
  }
}
const CST = ['bare', 'bare', 'bare', 'sp4', 'sp4', 'dash4', 'sp6'];
const maskMob = (m) => m.slice(0, 3) + pick(['****', 'xxxx', '****']) + m.slice(7);
const maskId = (id) => pick([id.slice(0, 6) + '********' + id.slice(14), id.slice(0, 4) + '**********' + id.slice(14), id.slice(0, 3) + '*'.repeat(11) + id.slice(14)]);
const maskCard = (c) => pick([c.slice(0, 4) + ' **** **** ' + c.slice(-4), c.slice(0, 6) + '******' + c.slice(-4), '**** ' + c.slice(-4)]);
const maskName = (p) => p.given.length > 1 ? pick([p.sur + '*' + p.given.slice(-1), p.sur + '**']) : p.sur + '*';
const maskMail = (e) => { const [l, d] = e.split('@'); return l[0] + '***@' + d; };
const qp = (s) => [...Buffer.from(s, 'utf8')].map((b) => (b >= 0x21 && b <= 0x7e && b !== 0x3d ? String.fromCharCode(b) : '=' + b.toString(16).toUpperCase().padStart(2, '0'))).join('');
// quoted-printable soft line breaks ("=" CRLF) at 76 columns, never inside an =XX triplet (used on unlabelled fields only)
function qpSoft(line) {
  const out = []; let cur = '';
  for (const tok of line.match(/=[0-9A-F]{2}|[^]/g)) { if (cur.length + tok.length > 75) { out.push(cur + '='); cur = ''; } cur += tok; }
  return [...out, cur].join('\r\n');
}
const b64 = (s) => Buffer.from(s, 'utf8').toString('base64');
const escU = (s) => s.replace(/[^\x00-\x7f]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
function csvCell(v, sep, qa) {
  v = v ?? '';
  if (qa || v.includes(sep) || v.includes('"') || v.includes('\n')) return '"' + v.replace(/"/g, '""') + '"';
  return v;
}
const csvRow = (cells, sep = ',', qa = false) => cells.map((c) => csvCell(c, sep, qa)).join(sep);

// ---------------------------------------------------------------- people and companies
const FREE = ['qq.com', 'foxmail.com', '163.com', '126.com', 'yeah.net', 'sina.com', 'sina.cn', 'sohu.com', 'aliyun.com', 'outlook.com', 'gmail.com', 'hotmail.com', '139.com'];
function mkEmail(p, corp) {
  const s = p.spy, g = p.gpy || '';
  let raw, inner = null;
  if (corp && chance(0.7)) raw = pick([`${g}.${s}`, `${s}${g}`, `${s}.${g}`, `${g ? g[0] : ''}${s}`, `${s}_${g}`, `${s}${g}${int(1, 9)}`]).replace(/^[._]|[._]$/g, '') + '@' + corp;
  else {
    const r = int(0, 9);
    if (r === 0) raw = `${p.qq}@qq.com`;
    else if (r === 1) { inner = p.mobile; raw = `${p.mobile}@${pick(['139.com', '189.cn', 'wo.cn'])}`; }
    else if (r === 2) raw = `${cap(g) || 'Mr'}.${cap(s)}@${pick(['Outlook.com', 'Hotmail.com', 'Gmail.com'])}`;
    else if (r === 3) raw = `${s}${g}${p.birth.y}@${pick(FREE)}`;
    else if (r === 4) raw = `${s[0]}${g}${pad2(p.birth.m)}${pad2(p.birth.d)}@${pick(FREE)}`;
    else raw = `${s}${g}${pick(['', '', int(1, 999), '_' + int(80, 99)])}@${pick(FREE)}`;
  }
  return { raw, value: raw.toLowerCase(), inner };
}
function mkPerson(o = {}) {
  let name, sur, given, spy, gpy, minority = false;
  if (!o.noMinor && chance(0.03)) { const m = pick(MINOR); name = m[0]; sur = name; given = ''; spy = m[1]; gpy = ''; minority = true; }
  else {
    const s = wpick(SUR.map((x) => [x, x[2]]));
    sur = s[0]; spy = s[1];
    const g1 = pick(GIVEN); given = g1[0]; gpy = g1[1];
    if (chance(0.74)) { let g2 = pick(GIVEN); while (g2[0] === g1[0]) g2 = pick(GIVEN); given += g2[0]; gpy += g2[1]; }
    name = sur + given;
  }
  const female = chance(0.5);
  const birth = o.child ? rdate(2008, 2020) : rdate(o.minY ?? 1955, o.maxY ?? 2003);
  const p = { name, sur, given, spy, gpy, minority, female, birth, mobile: mkMobile(), card: mkCard(), qq: qq(), wx: wxid() };
  p.id = mkId(birth, female);
  if (o.legacy && birth.y < 1990 && chance(o.legacy)) {
    const seq = digits(2) + (female ? pick('02468') : pick('13579'));
    p.legacy = pick(REGIONS) + ymd(birth).slice(2) + seq;
    const b = p.legacy.slice(0, 6) + '19' + p.legacy.slice(6);
    p.id = b + idCheck(b);
  }
  p.email = mkEmail(p, o.corp);
  return p;
}
function mkCompany() {
  if (chance(0.12)) {
    const n = pick(FAMOUS); const c = pick(CITIES);
    return { name: n, short: n, city: c[0], area: c[2], zip: c[3], street: pick(STREETS), domain: pick(['pingan.com', 'cmbchina.com', 'example-group.cn']), uscc: mkUscc(c[4]), board: mkLand(c[2]), fax: mkLand(c[2]) };
  }
  const c = pick(CITIES), b = pick(BRANDS), ind = pick(INDS);
  return { name: `${c[0]}${b[0]}${ind}${pick(SUFX)}`, short: b[0] + ind, city: c[0], area: c[2], zip: c[3], street: pick(STREETS),
    domain: `${b[1]}${pick(['', '-tech', 'group', '-cn'])}.${pick(['com', 'com.cn', 'cn', 'net'])}`, uscc: mkUscc(c[4]), board: mkLand(c[2]), fax: mkLand(c[2]) };
}
const companies = (n) => Array.from({ length: n }, mkCompany);
function crowd(n, o = {}) {
  const out = [];
  for (let i = 0; i < n; i++) {
    if (out.length && o.dup && chance(o.dup)) out.push(pick(out));
    else { const p = mkPerson(typeof o.p === 'function' ? o.p() : o.p); if (o.mask && chance(o.mask)) p.masked = true; out.push(p); }
  }
  return out;
}

// ---------------------------------------------------------------- document with labels
const STATS = { splitOnly: 0, droppedDecoys: 0, encodedNames: 0 };
class Doc {
  constructor(kind) { this.kind = kind; this.E = new Map(); this.D = new Map(); this.X = new Map(); }
  _add(map, det, value, raw) {
    const k = det + '\u0000' + value; let o = map.get(k);
    if (!o) { o = { detector: det, value, raws: [] }; map.set(k, o); }
    o.raws.push(raw); return raw;
  }
  ent(det, value, raw) { return this._add(this.E, det, value, raw); }
  dc(det, value, raw) { return this._add(this.D, det, value, raw); }
  dec(kind, text) { text = String(text); const k = kind + '\u0000' + text; if (!this.X.has(k)) this.X.set(k, { kind, text }); return text; }
  nm(name) { if (NAME_RE.test(name)) this.ent('person_name_zh', name, name); return name; }
  split(p) { this.ent('person_name_zh', p.name, [p.sur, p.given]); }
  mob(m, st) { return this.ent('cn_mobile', m, fmtMobile(m, st ?? pick(MST))); }
  land(l, st, dc = false) { const raw = fmtLand(l, st ?? pick(LST)); return dc ? this.dc('cn_landline', l.area + l.sub, raw) : this.ent('cn_landline', l.area + l.sub, raw); }
  rid(id, st) { return this.ent('cn_resident_id', id, fmtId(id, st ?? pick(['', '', '', '', '', 'lx']))); }
  card(c, st) { return this.ent('bank_card', c, fmtCard(c, st ?? pick(CST))); }
  mail(e) { if (e.inner) this.ent('cn_mobile', e.inner, e.inner); return this.ent('email', e.value, e.raw); }
  role(local, domain) { const raw = `${local}@${domain}`; return this.dc('email', raw.toLowerCase(), raw); }
  uscc(u) { return this.ent('cn_uscc', u, chance(0.1) ? u.toLowerCase() : u); }
  pass(pn) { return this.ent('cn_passport', pn, pn); }
  titled(sur, t) { const s = sur + t; return this.dc('person_name_zh', s, s); }
  finish(text) {
    for (const k of this.D.keys()) if (this.E.has(k)) this.D.delete(k);
    const vals = [];
    for (const o of [...this.E.values(), ...this.D.values()]) {
      vals.push(o.detector === 'email' ? o.value : o.value);
      for (const r of o.raws) if (typeof r === 'string' && r.length >= 2) vals.push(r);
    }
    for (const [k, x] of this.X) {
      const t = x.text.toLowerCase();
      if (vals.some((v) => t.includes(v.toLowerCase()))) { this.X.delete(k); STATS.droppedDecoys++; }
    }
    for (const o of this.E.values()) if (o.detector === 'person_name_zh' && o.raws.every((r) => Array.isArray(r))) STATS.splitOnly++;
    for (const o of this.D.values()) if (o.detector === 'person_name_zh' && !/(总|姐|哥|老师|先生|女士)$/.test(o.value)) STATS.encodedNames++;
    return { kind: this.kind, text, E: [...this.E.values()], D: [...this.D.values()], X: [...this.X.values()] };
  }
}
// person-aware field writers (respect masked rows from privacy-view exports)
const P = {
  name: (d, p) => (p.masked ? d.dec('masked_name', maskName(p)) : d.nm(p.name)),
  mob: (d, p, st) => (p.masked ? d.dec('masked_mobile', maskMob(p.mobile)) : d.mob(p.mobile, st)),
  id: (d, p, st) => (p.masked ? d.dec('masked_id', maskId(p.id)) : d.rid(p.id, st)),
  card: (d, p, st) => (p.masked ? d.dec('masked_card', maskCard(p.card)) : d.card(p.card, st)),
  mail: (d, p) => (p.masked ? d.dec('masked_email', maskMail(p.email.value)) : d.mail(p.email)),
};

// free-text remarks (备注 / 跟进记录): order numbers, amounts, dates, common words, other people
function note(d, p, n = int(1, 3)) {
  const fr = [
    () => `订单号${d.dec('order_no', orderNo())}`,
    () => `${d.dec('date', dateText())}下单，金额${d.dec('amount', amount())}`,
    () => `快递单号 ${d.dec('tracking_no', tracking())}`,
    () => `QQ ${d.dec('qq', qq())}`,
    () => `微信号 ${d.dec('wechat_id', wxid())}`,
    () => `${d.dec('common_word', pick(['周一', '周末', '明天']))}回访`,
    () => `账户${d.dec('common_word', '余额')}不足，下月${d.dec('common_word', '付款')}`,
    () => `介绍人：${d.nm(mkPerson({ noMinor: true }).name)}`,
    () => `发票号码 ${d.dec('invoice_no', digits(8))}`,
    () => `购买 ${d.dec('product', pick(PRODUCTS))} 型号 ${d.dec('product_code', sku())}`,
    () => `${d.dec('common_word', '关于')}续约${d.dec('common_word', '方案')}已发邮件`,
    () => `客户编号 ${d.dec('customer_no', custNo())}`,
    () => `备用电话 ${d.mob(mkMobile())}`,
    () => `老客户，${d.dec('amount', amount())}`,
    () => `${d.dec('date', dateText())} 已寄样品`,
  ];
  return shuffle(fr.slice()).slice(0, n).map((f) => f()).join(pick(['；', '; ', '，', ' ']));
}

// ================================================================ kinds
// 1 Outlook CSV (English / Chinese header wording, all fields quoted)
const OUT_EN = ['Title', 'First Name', 'Middle Name', 'Last Name', 'Suffix', 'Company', 'Department', 'Job Title', 'Business Street', 'Business City',
  'Business Postal Code', 'Business Fax', 'Business Phone', 'Business Phone 2', 'Home Phone', 'Mobile Phone', 'Other Phone', 'Birthday',
  'E-mail Address', 'E-mail Type', 'E-mail Display Name', 'E-mail 2 Address', 'Notes', 'Categories'];
const OUT_ZH = ['称谓', '名', '中间名', '姓', '后缀', '公司', '部门', '职务', '商务地址 街道', '商务地址 市/县', '商务地址 邮政编码', '商务传真', '商务电话',
  '商务电话 2', '住宅电话', '移动电话', '其他电话', '生日', '电子邮件地址', '电子邮件类型', '电子邮件显示名称', '电子邮件 2 地址', '附注', '类别'];
function kOutlook(d) {
  const H = chance(0.5) ? OUT_ZH : OUT_EN;
  const comps = companies(int(1, 4));
  const lines = [csvRow(H, ',', true)];
  for (const p of crowd(nrows(), { dup: 0.06 })) {
    const c = (p.comp ??= pick(comps));
    const r = new Array(H.length).fill('');
    const mode = p.minority ? 'full' : wpick([['split', 6], ['full', 2], ['py', 2]]);
    if (mode === 'split') { r[1] = p.given; r[3] = p.sur; d.split(p); }
    else if (mode === 'full') r[1] = d.nm(p.name);
    else { r[1] = cap(p.gpy); r[3] = cap(p.spy); }
    if (chance(0.8)) r[5] = d.dec('company', c.name);
    if (chance(0.6)) r[6] = d.dec('department', pick(DEPTS));
    if (chance(0.7)) r[7] = d.dec('job_title', pick(TITLES));
    if (chance(0.4)) { r[8] = c.street; r[9] = c.city; r[10] = d.dec('postcode', c.zip); }
    if (chance(0.25)) r[11] = d.land(c.fax, 'dash', true);
    const bp = rnd();
    if (bp < 0.4) r[12] = d.land(mkLand(c.area));
    else if (bp < 0.7) r[12] = d.land(c.board, null, true) + extn();
    if (chance(0.2)) r[14] = d.land(mkLand(c.area));
    if (chance(0.9)) r[15] = d.mob(p.mobile);
    if (chance(0.12)) r[16] = d.mob(mkMobile());
    r[17] = chance(0.5) ? `${p.birth.y}/${p.birth.m}/${p.birth.d}` : '0/0/00';
    if (chance(0.8)) { r[18] = d.mail(p.email); r[19] = 'SMTP'; if (chance(0.6)) r[20] = `${mode === 'py' ? cap(p.gpy) + ' ' + cap(p.spy) : d.nm(p.name)} (${p.email.raw})`; }
    if (chance(0.15)) r[21] = d.mail(mkEmail(p, c.domain));
    if (chance(0.65)) r[22] = note(d, p);
    r[23] = pick(['', '客户', '供应商', 'VIP客户;华南', '同事']);
    lines.push(csvRow(r, ',', true));
  }
  return lines.join('\r\n') + '\r\n';
}

// 2 Google Contacts CSV (legacy and 2023+ header sets; " ::: " joined multi-values)
function kGoogle(d) {
  const legacy = chance(0.5);
  const H = legacy
    ? ['Name', 'Given Name', 'Additional Name', 'Family Name', 'Yomi Name', 'Given Name Yomi', 'Additional Name Yomi', 'Family Name Yomi', 'Name Prefix',
      'Name Suffix', 'Initials', 'Nickname', 'Short Name', 'Maiden Name', 'Birthday', 'Gender', 'Location', 'Billing Information', 'Directory Server',
      'Mileage', 'Occupation', 'Hobby', 'Sensitivity', 'Priority', 'Subject', 'Notes', 'Language', 'Photo', 'Group Membership', 'E-mail 1 - Type',
      'E-mail 1 - Value', 'Phone 1 - Type', 'Phone 1 - Value', 'Phone 2 - Type', 'Phone 2 - Value', 'Organization 1 - Type', 'Organization 1 - Name',
      'Organization 1 - Yomi Name', 'Organization 1 - Title', 'Organization 1 - Department']
    : ['First Name', 'Middle Name', 'Last Name', 'Phonetic First Name', 'Phonetic Middle Name', 'Phonetic Last Name', 'Name Prefix', 'Name Suffix',
      'Nickname', 'File As', 'Organization Name', 'Organization Title', 'Organization Department', 'Birthday', 'Notes', 'Photo', 'Labels',
      'E-mail 1 - Label', 'E-mail 1 - Value', 'Phone 1 - Label', 'Phone 1 - Value', 'Phone 2 - Label', 'Phone 2 - Value'];
  const ix = Object.fromEntries(H.map((h, i) => [h, i]));
  const comps = companies(int(1, 3));
  const lines = [H.join(',')];
  for (const p of crowd(nrows(), { dup: 0.05 })) {
    const c = pick(comps), r = new Array(H.length).fill('');
    const set = (h, v) => { r[ix[h]] = v; };
    const py = chance(0.15) && !p.minority;
    const mobs = [p.mobile, ...(chance(0.3) ? [mkMobile()] : []), ...(chance(0.08) ? [mkMobile()] : [])];
    const mobTxt = () => mobs.map((m) => d.mob(m, pick(['bare', 'p86sp', 'sp', 'p86', 'bare']))).join(' ::: ');
    const mail = () => [d.mail(p.email), ...(chance(0.2) ? [d.mail(mkEmail(p, c.domain))] : [])].join(' ::: ');
    if (legacy) {
      if (py) { set('Name', `${cap(p.gpy)} ${cap(p.spy)}`); set('Given Name', cap(p.gpy)); set('Family Name', cap(p.spy)); }
      else { set('Name', d.nm(p.name)); if (!p.minority) { set('Given Name', p.given); set('Family Name', p.sur); if (chance(0.4)) { set('Given Name Yomi', p.gpy); set('Family Name Yomi', p.spy); } } }
      set('Group Membership', pick(['* myContacts', '* myContacts ::: 客户', '* myContacts ::: 同事 ::: * starred', 'Imported on 3/15 ::: * myContacts']));
      if (chance(0.85)) { set('E-mail 1 - Type', pick(['* Home', '* Work', 'Other'])); set('E-mail 1 - Value', mail()); }
      set('Phone 1 - Type', pick(['Mobile', '* Mobile', 'Work'])); set('Phone 1 - Value', mobTxt());
      if (chance(0.35)) { set('Phone 2 - Type', 'Work'); set('Phone 2 - Value', chance(0.5) ? d.land(mkLand(c.area)) : d.land(c.board, null, true) + extn()); }
      if (chance(0.8)) { set('Organization 1 - Name', d.dec('company', c.name)); set('Organization 1 - Title', d.dec('job_title', pick(TITLES))); }
      if (chance(0.4)) set('Organization 1 - Department', d.dec('department', pick(DEPTS)));
      if (chance(0.3)) set('Birthday', `${p.birth.y}-${pad2(p.birth.m)}-${pad2(p.birth.d)}`);
      if (chance(0.6)) set('Notes', note(d, p));
    } else {
      if (py) { set('First Name', cap(p.gpy)); set('Last Name', cap(p.spy)); }
      else if (p.minority || chance(0.3)) set('First Name', d.nm(p.name));
      else { set('First Name', p.given); set('Last Name', p.sur); d.split(p); if (chance(0.3)) { set('Phonetic First Name', p.gpy); set('Phonetic Last Name', p.spy); } if (chance(0.2)) set('File As', d.nm(p.name)); }
      if (chance(0.1)) set('Nickname', pick(['Tony', 'Amy', 'Kevin', 'Lily', 'Jack']));
      if (chance(0.7)) { set('Organization Name', d.dec('company', c.name)); set('Organization Title', d.dec('job_title', pick(TITLES))); }
      if (chance(0.5)) set('Organization Department', d.dec('department', pick(DEPTS)));
      set('Labels', pick(['* myContacts', '客户 ::: * myContacts', '* starred ::: * myContacts']));
      if (chance(0.85)) { set('E-mail 1 - Label', pick(['* Work', '* Home', 'Other'])); set('E-mail 1 - Value', mail()); }
      set('Phone 1 - Label', 'Mobile'); set('Phone 1 - Value', mobTxt());
      if (chance(0.3)) { set('Phone 2 - Label', 'Work'); set('Phone 2 - Value', d.land(mkLand(c.area))); }
      if (chance(0.6)) set('Notes', note(d, p));
    }
    lines.push(csvRow(r));
  }
  return lines.join('\n') + '\n';
}

// 3 vCard 2.1 (Android export, QUOTED-PRINTABLE UTF-8 names)
function kVcard21(d) {
  const qpMode = chance(0.6);
  const out = [];
  for (const p of crowd(nrows(), { dup: 0.05, p: { noMinor: true } })) {
    const c = mkCompany();
    const L = ['BEGIN:VCARD', 'VERSION:2.1'];
    const enc = qpMode && chance(0.85);
    if (enc) {
      L.push(`N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${qp(p.sur)};${qp(p.given)};;;`);
      if (chance(0.85)) { L.push(`FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${qp(p.name)}`); d.dc('person_name_zh', p.name, qp(p.name)); }
      else d.dc('person_name_zh', p.name, [qp(p.sur), qp(p.given)]);
    } else {
      L.push(`N;CHARSET=UTF-8:${p.sur};${p.given};;;`);
      if (chance(0.8)) L.push(`FN;CHARSET=UTF-8:${d.nm(p.name)}`); else d.split(p);
    }
    L.push(`TEL;CELL${chance(0.3) ? ';PREF' : ''}:${d.mob(p.mobile, pick(['bare', 'bare', 'sp', 'p86', 'p86sp', 'dash']))}`);
    if (chance(0.25)) L.push(`TEL;CELL:${d.mob(mkMobile())}`);
    if (chance(0.3)) L.push(`TEL;WORK:${d.land(c.board, 'dash', true)}`);
    if (chance(0.2)) L.push(`TEL;HOME:${d.land(mkLand())}`);
    if (chance(0.6)) L.push(`EMAIL;${pick(['HOME', 'WORK', 'INTERNET'])}:${d.mail(p.email)}`);
    if (chance(0.7)) L.push(enc ? qpSoft(`ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${qp(c.name)}`) : `ORG;CHARSET=UTF-8:${d.dec('company', c.name)}`);
    if (chance(0.5)) L.push(enc ? `TITLE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${qp(pick(TITLES))}` : `TITLE;CHARSET=UTF-8:${d.dec('job_title', pick(TITLES))}`);
    if (chance(0.3)) L.push(`X-QQ:${d.dec('qq', p.qq)}`);
    if (chance(0.45)) L.push(`NOTE;CHARSET=UTF-8:${note(d, p)}`);
    if (chance(0.1)) L.push(`PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/${alnum(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/')}`, '');
    L.push('END:VCARD');
    out.push(L.join('\r\n'));
  }
  return out.join('\r\n') + '\r\n';
}

// 4 vCard 3.0 (iCloud / iPhone export, item labels, folded lines)
function fold(line, safe = 0) { // RFC 2425 folding at 75 octets, but never before char index `safe` (labelled values stay whole)
  const ch = [...line]; const parts = []; let cur = '', oct = 0;
  ch.forEach((c, i) => {
    const n = Buffer.byteLength(c);
    if (oct + n > (parts.length ? 74 : 75) && i >= safe) { parts.push(cur); cur = ''; oct = 0; }
    cur += c; oct += n;
  });
  parts.push(cur);
  return parts.join('\r\n ');
}
function kVcard30(d) {
  const out = [];
  const ver = pick(['16.6', '17.2', '17.4.1', '18.0']);
  for (const p of crowd(nrows(), { dup: 0.04 })) {
    const c = mkCompany();
    const L = ['BEGIN:VCARD', 'VERSION:3.0', `PRODID:-//Apple Inc.//iPhone OS ${ver}//EN`];
    if (p.minority || chance(0.1)) { L.push(`N:;${p.name};;;`, `FN:${d.nm(p.name)}`); }
    else if (chance(0.1)) { L.push(`N:${cap(p.spy)};${cap(p.gpy)};;;`, `FN:${cap(p.gpy)} ${cap(p.spy)}`); }
    else { L.push(`N:${p.sur};${p.given};;;`, `FN:${d.nm(p.name)}`); d.split(p); if (chance(0.3)) L.push(`X-PHONETIC-FIRST-NAME:${p.gpy}`, `X-PHONETIC-LAST-NAME:${p.spy}`); }
    if (chance(0.6)) L.push(`ORG:${d.dec('company', c.name)};${chance(0.5) ? d.dec('department', pick(DEPTS)) : ''}`);
    if (chance(0.4)) L.push(`TITLE:${d.dec('job_title', pick(TITLES))}`);
    if (chance(0.7)) L.push(`EMAIL;type=INTERNET;type=${pick(['HOME', 'WORK'])};type=pref:${d.mail(p.email)}`);
    L.push(`TEL;type=CELL;type=VOICE;type=pref:${d.mob(p.mobile, pick(['p86sp', 'sp', 'bare', 'p86s', 'dash']))}`);
    if (chance(0.3)) L.push(`TEL;type=WORK;type=VOICE:${d.land(mkLand(c.area), pick(['grp', 'intl', 'dash']))}`);
    if (chance(0.2)) L.push(`item1.TEL:${d.land(c.board, 'dash', true)}${extn()}`, 'item1.X-ABLabel:_$!<Other>!$_');
    if (chance(0.35)) L.push(fold(`item2.ADR;type=HOME;type=pref:;;${c.street};${c.city};${pick(['广东省', '浙江省', '江苏省', '四川省'])};;中国`), 'item2.X-ABADR:cn');
    if (chance(0.15)) { const q = mkPerson({ noMinor: true }); L.push(`item3.X-ABRELATEDNAMES:${d.nm(q.name)}`, `item3.X-ABLabel:_$!<${pick(['Spouse', 'Mother', 'Assistant'])}>!$_`); }
    if (chance(0.3)) L.push(`BDAY;value=date:${p.birth.y}-${pad2(p.birth.m)}-${pad2(p.birth.d)}`);
    if (chance(0.3)) { const head = `NOTE:${note(d, p, 1)}\\n`; L.push(fold(head + '客户来源为年会名单，之后多次沟通，对产品与售后服务比较满意，希望下一季度继续合作并扩大采购规模'.slice(0, int(20, 48)), [...head].length + 2)); }
    if (chance(0.5)) L.push(`X-ABUID:${d.dec('uid', uuid().toUpperCase() + ':ABPerson')}`);
    if (chance(0.7)) L.push(`REV:${d.dec('timestamp', tsText(5))}`);
    L.push('END:VCARD');
    out.push(L.join('\r\n'));
  }
  return out.join('\r\n') + '\r\n';
}

// 5 vCard 4.0 (Nextcloud / Thunderbird): tel: URIs, KIND:org cards with USCC, RELATED
function kVcard40(d) {
  const out = [];
  for (let i = 0, n = nrows(); i < n; i++) {
    const L = ['BEGIN:VCARD', 'VERSION:4.0'];
    const c = mkCompany();
    if (chance(0.2)) {
      L.push('KIND:org', `FN:${d.dec('company', c.name)}`, `ORG:${c.name}`);
      L.push(`TEL;VALUE=uri;TYPE="work,voice":tel:${d.land(c.board, 'intldd', true)}`);
      L.push(`EMAIL;TYPE=work:${d.role(pick(['service', 'sales', 'info', 'hr']), c.domain)}`);
      L.push(`NOTE:统一社会信用代码：${d.uscc(c.uscc)}\\n邮编 ${d.dec('postcode', c.zip)}`);
    } else {
      const p = mkPerson();
      L.push('KIND:individual', `FN:${d.nm(p.name)}`);
      if (!p.minority) { L.push(`N:${p.sur};${p.given};;;`); d.split(p); }
      L.push(`TEL;VALUE=uri;TYPE="cell,voice";PREF=1:tel:${d.mob(p.mobile, pick(['p86dash', 'p86', 'p86d']))}`);
      if (chance(0.3)) L.push(`TEL;VALUE=uri;TYPE=work:tel:${d.land(c.board, 'intldd', true)};ext=${int(8001, 8999)}`);
      if (chance(0.2)) L.push(`TEL;VALUE=uri;TYPE=home:tel:${d.land(mkLand(), 'intldd')}`);
      if (chance(0.75)) L.push(`EMAIL;TYPE=${pick(['home', 'work'])}:${d.mail(p.email)}`);
      if (chance(0.5)) L.push(`ORG:${d.dec('company', c.name)}`);
      if (chance(0.2)) { const q = mkPerson({ noMinor: true }); L.push(`RELATED;VALUE=text;TYPE=spouse:${d.nm(q.name)}`); }
      if (chance(0.3)) L.push(`BDAY:${ymd(p.birth)}`);
      if (chance(0.25)) L.push(`NOTE:${note(d, p, 1)}`);
    }
    L.push(`UID:${d.dec('uid', 'urn:uuid:' + uuid())}`);
    if (chance(0.6)) L.push(`REV:${d.dec('timestamp', tsText(2).slice(0, 8) + 'T' + tsText(2).slice(8) + 'Z')}`);
    L.push('END:VCARD');
    out.push(L.join('\r\n'));
  }
  return out.join('\r\n') + '\r\n';
}

// 6 LDIF (Thunderbird address book / OpenLDAP slapcat; base64 for non-ASCII)
function kLdif(d) {
  const b64Mode = chance(0.5);
  const comps = companies(int(1, 3));
  const out = [];
  if (chance(0.5)) out.push('version: 1');
  for (const p of crowd(nrows(), { dup: 0.03, p: { noMinor: true } })) {
    const c = pick(comps);
    const L = [];
    const A = (k, v, label) => {
      if (b64Mode && /[^\x00-\x7f]/.test(v)) { L.push(`${k}:: ${b64(v)}`); if (label) d.dc('person_name_zh', p.name, b64(v)); }
      else { L.push(`${k}: ${v}`); if (label) d.nm(v); }
    };
    const openldap = chance(0.35);
    if (openldap) {
      const uid = `${p.spy}${p.gpy}${chance(0.3) ? int(1, 9) : ''}`;
      A('dn', `uid=${d.dec('user_id', uid)},ou=people,dc=${c.domain.split('.')[0].replace(/-/g, '')},dc=com`);
      L.push('objectClass: inetOrgPerson', 'objectClass: organizationalPerson');
      L.push(`uid: ${uid}`); A('cn', p.name, true); A('sn', p.sur); A('givenName', p.given);
      L.push(`employeeNumber: ${d.dec('employee_no', empNo())}`);
    } else {
      A('dn', `cn=${p.name},mail=${p.email.raw}`);
      L.push('objectclass: top', 'objectclass: person', 'objectclass: organizationalPerson', 'objectclass: inetOrgPerson', 'objectclass: mozillaAbPersonAlpha');
      A('givenName', p.given); A('sn', p.sur); A('cn', p.name, true);
      if (chance(0.3)) L.push(`mozillaNickname: ${p.gpy}`);
    }
    L.push(`mail: ${d.mail(p.email)}`);
    if (chance(0.85)) L.push(`mobile: ${d.mob(p.mobile, pick(['bare', 'p86sp', 'sp', 'p86s']))}`);
    if (chance(0.4)) L.push(`telephoneNumber: ${chance(0.5) ? d.land(mkLand(c.area)) : d.land(c.board, null, true) + extn()}`);
    if (chance(0.2)) L.push(`homePhone: ${d.land(mkLand(c.area))}`);
    if (chance(0.2)) L.push(`facsimileTelephoneNumber: ${d.land(c.fax, 'dash', true)}`);
    if (chance(0.5)) { if (b64Mode) L.push(`o:: ${b64(c.name)}`); else L.push(`o: ${d.dec('company', c.name)}`); }
    if (chance(0.4)) { const t = pick(TITLES); if (b64Mode) L.push(`title:: ${b64(t)}`); else L.push(`title: ${d.dec('job_title', t)}`); }
    if (chance(0.3)) L.push(`postalCode: ${d.dec('postcode', c.zip)}`);
    L.push(`modifytimestamp: ${d.dec('timestamp', chance(0.5) ? tsText(4) : tsText(2) + pick(['', 'Z']))}`);
    out.push(L.map((l) => (l.startsWith('dn:: ') && l.length > 76 ? l.slice(0, 76) + '\n ' + l.slice(76) : l)).join('\n'));
  }
  return out.join('\n\n') + '\n';
}

// 7 企业微信 通讯录导出
function kWework(d) {
  const c = mkCompany();
  const H = ['姓名', '账号', '别名', '职务', '部门', '性别', '手机', '座机', '个人邮箱', '企业邮箱', '地址', '状态'];
  const lines = [`企业微信通讯录导出,,,,,,,,,,,`, `导出时间：${d.dec('timestamp', tsText(0))},,,,,,,,,,,`, H.join(',')];
  const seen = {};
  for (const p of crowd(nrows(), { dup: 0.04, p: { corp: c.domain } })) {
    let acct = cap(p.spy) + cap(p.gpy); seen[acct] = (seen[acct] ?? 0) + 1; if (seen[acct] > 1) acct += pad2(seen[acct]);
    const land = rnd() < 0.4 ? d.land(mkLand(c.area), 'dash') : rnd() < 0.5 ? d.land(c.board, 'dash', true) + '-' + int(8001, 8999) : '';
    lines.push(csvRow([d.nm(p.name), d.dec('user_id', acct), chance(0.3) ? pick(['Tony', 'Amy', 'Kevin', 'Lily', 'Jack', 'Coco']) : '',
      chance(0.8) ? d.dec('job_title', pick(TITLES)) : '', d.dec('department', `${c.short}/${pick(DEPTS)}`), p.female ? '女' : '男',
      d.mob(p.mobile, pick(['bare', 'bare', 'p86s', 'p86s'])), land, chance(0.3) ? d.mail(mkEmail({ ...p, qq: p.qq }, null)) : '',
      chance(0.85) ? d.mail(p.email) : '', chance(0.2) ? c.street : '', pick(['已激活', '已激活', '已激活', '未激活', '已禁用'])]));
  }
  return lines.join('\n') + '\n';
}

// 8 钉钉智能人事 花名册 (ID numbers, salary cards, emergency contacts)
function kDingtalk(d) {
  const c = mkCompany();
  const ALL = ['姓名', '工号', '部门', '职位', '手机号', '分机号', '办公地点', '入职时间', '员工类型', '员工状态', '证件类型', '证件号码', '出生日期', '性别',
    '民族', '个人邮箱', '工资卡号', '开户行', '紧急联系人', '紧急联系人关系', '紧急联系人电话', '合同编号', '合同到期日', 'userid'];
  const H = ALL.filter((h) => ['姓名', '手机号', '证件号码', '工资卡号'].includes(h) || chance(0.75));
  const sep = chance(0.7) ? ',' : '\t';
  const lines = [`花名册导出（在职员工）${sep}导出人：${sep}`, csvRow(H, sep)];
  for (const p of crowd(nrows(), { dup: 0.03, p: { minY: 1962, maxY: 2002, corp: c.domain } })) {
    const docType = wpick([['身份证', 12], ['护照', 1], ['港澳居民来往内地通行证', 0.5]]);
    const emerg = mkPerson({ noMinor: true });
    const v = {
      '姓名': () => d.nm(p.name), '工号': () => d.dec('employee_no', empNo()), '部门': () => d.dec('department', pick(DEPTS)), '职位': () => d.dec('job_title', pick(TITLES)),
      '手机号': () => d.mob(p.mobile, pick(['bare', 'bare', 'bare', 'p86d'])), '分机号': () => chance(0.4) ? String(int(8001, 8999)) : '', '办公地点': () => c.city,
      '入职时间': () => d.dec('date', dateText()), '员工类型': () => pick(['全职', '全职', '实习', '劳务派遣']), '员工状态': () => pick(['正式', '试用']), '证件类型': () => docType,
      '证件号码': () => docType === '身份证' ? d.rid(p.id) : docType === '护照' ? d.pass(mkPassport()) : (() => { const h = pick('HM') + digits(8); return d.dc('cn_passport', h, h); })(),
      '出生日期': () => `${p.birth.y}-${pad2(p.birth.m)}-${pad2(p.birth.d)}`, '性别': () => p.female ? '女' : '男', '民族': () => p.minority ? pick(['维吾尔族', '藏族', '蒙古族']) : '汉族',
      '个人邮箱': () => chance(0.6) ? d.mail(p.email) : '', '工资卡号': () => d.card(p.card, pick(['bare', 'bare', 'sp4'])), '开户行': () => d.dec('bank_branch', pick(BANKS)),
      '紧急联系人': () => d.nm(emerg.name), '紧急联系人关系': () => pick(['配偶', '父亲', '母亲', '兄弟', '朋友']), '紧急联系人电话': () => d.mob(emerg.mobile),
      '合同编号': () => d.dec('contract_no', 'LD' + ymd(rdate(2019, 2024)) + digits(3)), '合同到期日': () => d.dec('date', dateText()),
      'userid': () => d.dec('user_id', pick(['0' + digits(int(14, 17)), 'manager' + int(100, 9999), alnum(int(8, 12), 'abcdefghijklmnopqrstuvwxyz0123456789')])),
    };
    lines.push(csvRow(H.map((h) => v[h]()), sep));
  }
  return lines.join('\n') + '\n';
}

// 9 飞书 成员导出
function kFeishu(d) {
  const c = mkCompany();
  const H = ['姓名', '英文名', '用户 ID', 'Open ID', '工号', '手机号码', '邮箱', '企业邮箱', '部门', '职务', '直属上级', '入职日期', '城市', '人员类型', '账号状态'];
  const staff = crowd(nrows(), { dup: 0.03, p: { corp: c.domain } });
  const lines = [H.join(',')];
  for (const p of staff) {
    const boss = pick(staff);
    lines.push(csvRow([d.nm(p.name), chance(0.4) ? `${cap(p.gpy)} ${cap(p.spy)}` : '', d.dec('user_id', hex(8)), chance(0.5) ? d.dec('open_id', 'ou_' + hex(32)) : '',
      chance(0.7) ? d.dec('employee_no', empNo()) : '', d.mob(p.mobile, pick(['p86s', 'p86', 'p86s', 'bare'])), chance(0.4) ? d.mail(mkEmail({ ...p }, null)) : '',
      d.mail(p.email), d.dec('department', `${c.short}-${pick(DEPTS)}`), chance(0.7) ? d.dec('job_title', pick(TITLES)) : '',
      boss === p || boss.masked ? '' : d.nm(boss.name), d.dec('date', dateText()), c.city, pick(['正式', '实习', '外包']), pick(['已激活', '已激活', '已冻结'])]));
  }
  return lines.join('\n') + '\n';
}

// 10 Salesforce contact report (18-char record IDs as decoys)
function kSalesforce(d) {
  const H = ['Contact ID', 'Account ID', 'Account Name', 'Salutation', 'First Name', 'Last Name', 'Title', 'Mailing City', 'Mailing Zip/Postal Code',
    'Phone', 'Mobile', 'Fax', 'Email', 'Lead Source', 'Contact Owner', 'Created Date', 'Description'];
  const comps = companies(int(1, 5));
  const owners = crowd(int(1, 3), { p: { noMinor: true } });
  const lines = [csvRow(H, ',', true)];
  for (const p of crowd(nrows(), { dup: 0.04 })) {
    const c = pick(comps), o = pick(owners);
    const mode = p.minority ? 'last' : wpick([['split', 5], ['last', 3], ['py', 2]]);
    let fn = '', ln = '';
    if (mode === 'split') { fn = p.given; ln = p.sur; d.split(p); } else if (mode === 'last') ln = d.nm(p.name); else { fn = cap(p.gpy); ln = cap(p.spy); }
    lines.push(csvRow([d.dec('record_id', `0035g00000${alnum(5)}${alnum(3, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}`), d.dec('record_id', `0015g00000${alnum(5)}${alnum(3, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}`),
      d.dec('company', c.name), pick(['Mr.', 'Ms.', '']), fn, ln, chance(0.6) ? d.dec('job_title', pick(TITLES)) : '', c.city, d.dec('postcode', c.zip),
      chance(0.5) ? d.land(mkLand(c.area), pick(['intl', 'dash', 'intld'])) : '', chance(0.9) ? d.mob(p.mobile, pick(['p86sp', 'p86s', 'bare', 'paren'])) : '',
      chance(0.2) ? d.land(c.fax, 'intl', true) : '', chance(0.85) ? d.mail(p.email) : '', pick(['Web', 'Trade Show', 'Partner Referral', '展会', '']),
      chance(0.6) ? d.nm(o.name) : `${cap(o.gpy)} ${cap(o.spy)}`, d.dec('timestamp', tsText(chance(0.5) ? 5 : 1)), chance(0.3) ? note(d, p, 1) : ''], ',', true));
  }
  return lines.join('\r\n') + '\r\n';
}

// 11 HubSpot contacts export (11-digit record IDs with unallocated 10x prefixes)
function kHubspot(d) {
  const H = ['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Mobile Phone Number', 'Company Name', 'Job Title', 'Lifecycle Stage',
    'Lead Status', 'Contact owner', 'Create Date', 'Last Activity Date', 'City', 'Country/Region', 'Postal Code'];
  const owners = crowd(int(1, 3), { p: { noMinor: true } });
  const lines = [csvRow(H)];
  for (const p of crowd(nrows(), { dup: 0.05 })) {
    const c = mkCompany(), o = pick(owners);
    const py = chance(0.3) && !p.minority;
    let fn, ln;
    if (py) { fn = cap(p.gpy); ln = cap(p.spy); } else if (p.minority || chance(0.3)) { fn = d.nm(p.name); ln = ''; } else { fn = p.given; ln = p.sur; d.split(p); }
    lines.push(csvRow([d.dec('record_id', '10' + int(0, 2) + digits(8)), fn, ln, d.mail(p.email), chance(0.4) ? d.land(mkLand(c.area), 'intl') : '',
      chance(0.85) ? d.mob(p.mobile, pick(['p86sp', 'p86sp', 'p86', 'bare'])) : '', chance(0.8) ? d.dec('company', c.name) : '', chance(0.5) ? d.dec('job_title', pick(TITLES)) : '',
      pick(['Lead', 'Marketing Qualified Lead', 'Customer', 'Opportunity']), pick(['New', 'Open', 'In progress', 'Connected', '']),
      chance(0.5) ? d.nm(o.name) : `${cap(o.gpy)} ${cap(o.spy)}`, d.dec('timestamp', tsText(1)), chance(0.6) ? d.dec('timestamp', tsText(0)) : '', c.city, 'China', d.dec('postcode', c.zip)]));
  }
  return lines.join('\n') + '\n';
}

// 12 纷享销客 (客户 sheet with USCC + switchboard, 联系人 sheet; or 个人客户)
function kFxiaoke(d) {
  const reps = crowd(int(1, 4), { p: { noMinor: true } });
  if (chance(0.3)) {
    const H = ['客户名称', '客户编号', '客户类型', '证件类型', '证件号码', '手机', '意向车型', '购车预算', '客户来源', '负责人', '创建时间', '备注'];
    const lines = ['个人客户导出', H.join(',')];
    for (const p of crowd(nrows(), { dup: 0.05, mask: 0.08 })) {
      lines.push(csvRow([P.name(d, p), d.dec('customer_no', custNo()), '个人', '身份证', P.id(d, p), P.mob(d, p), d.dec('product', pick(PRODUCTS)), d.dec('amount', amount()),
        pick(['抖音线索', '到店', '老客户转介绍', '汽车之家']), d.nm(pick(reps).name), d.dec('timestamp', tsText(0)), chance(0.3) ? note(d, p, 1) : '']));
    }
    return lines.join('\n') + '\n';
  }
  const comps = companies(int(1, 8));
  const H1 = ['客户名称', '客户编号', '客户级别', '成交状态', '统一社会信用代码', '总机', '传真', '网址', '城市', '详细地址', '负责人', '所属部门', '创建时间', '最后跟进时间'];
  const L = ['【客户】', H1.join(',')];
  for (const c of comps) {
    L.push(csvRow([d.dec('company', c.name), d.dec('customer_no', custNo()), pick(['A（重点客户）', 'B（普通客户）', 'C（非优先客户）']), pick(['已成交', '未成交', '多次成交']),
      chance(0.85) ? d.uscc(c.uscc) : '', d.land(c.board, null, true), chance(0.4) ? d.land(c.fax, 'dash', true) : '', `www.${c.domain}`,
      d.dec('place', c.city), c.street, d.nm(pick(reps).name), d.dec('department', pick(DEPTS)), d.dec('timestamp', tsText(0)), d.dec('timestamp', tsText(1))]));
  }
  const H2 = ['姓名', '客户名称', '职务', '部门', '手机1', '手机2', '电话', '邮箱', '微信', 'QQ', '性别', '关键决策人', '负责人', '备注'];
  L.push('', '【联系人】', H2.join(','));
  for (const p of crowd(nrows(), { dup: 0.06, mask: 0.05 })) {
    const c = pick(comps);
    L.push(csvRow([P.name(d, p), d.dec('company', c.name), chance(0.7) ? d.dec('job_title', pick(TITLES)) : '', chance(0.4) ? d.dec('department', pick(DEPTS)) : '',
      P.mob(d, p), !p.masked && chance(0.15) ? d.mob(mkMobile()) : '', !p.masked && chance(0.4) ? (chance(0.5) ? d.land(mkLand(c.area)) : d.land(c.board, null, true) + extn()) : '',
      chance(0.7) ? P.mail(d, p) : '', chance(0.4) ? d.dec('wechat_id', p.wx) : '', chance(0.3) ? d.dec('qq', p.qq) : '', p.female ? '女' : '男', pick(['是', '否', '否']),
      d.nm(pick(reps).name), chance(0.35) ? note(d, p) : '']));
  }
  return L.join('\n') + '\n';
}

// 13 销售易 跟进记录 (free text with names, titles, numbers, common words)
function kXiaoshouyi(d) {
  const comps = companies(int(1, 4)).map((c) => ({ ...c, people: crowd(int(1, 3), { p: { noMinor: true, corp: c.domain } }) }));
  const reps = crowd(int(1, 3), { p: { noMinor: true } });
  const H = ['跟进记录ID', '客户名称', '联系人', '跟进方式', '跟进时间', '跟进内容', '跟进人', '下次跟进时间'];
  const lines = [H.join(',')];
  for (let i = 0, n = nrows(); i < n; i++) {
    const c = pick(comps), p = pick(c.people), rep = pick(reps);
    const T = [
      () => `电话沟通，${d.nm(p.name)}${pick(['经理', '总监', ''])}表示${d.dec('common_word', pick(['周一', '明天', '周末']))}安排${d.dec('common_word', '付款')}，合同号 ${d.dec('contract_no', 'HT' + ymd(rdate(2023, 2024)) + digits(3))}。`,
      () => `拜访客户，见到${d.nm(p.name)}（${d.dec('job_title', pick(TITLES))}），对方手机 ${d.mob(p.mobile)}，已加微信。`,
      () => `客户反馈发票${d.dec('invoice_no', digits(8))}未收到，已让财务重开，${d.dec('common_word', '金额')}${d.dec('amount', amount())}。`,
      () => `${d.titled(p.sur, '总')}说${d.dec('common_word', '方案')}还要再改，报价单发到 ${d.mail(p.email)}。`,
      () => `新对接人 ${d.nm(p.name)}，邮箱 ${d.mail(p.email)}，座机 ${d.land(mkLand(c.area))}。`,
      () => `对账单请发 ${d.role(pick(['finance', 'caiwu', 'ap']), c.domain)}，${d.dec('common_word', '关于')}二期项目等招标结果。`,
      () => `订单 ${d.dec('order_no', orderNo())} 已发货，快递 ${d.dec('tracking_no', tracking())}，收货人${d.nm(p.name)} ${d.mob(p.mobile, pick(['bare', 'sp', 'dash']))}。`,
      () => `微信沟通，${d.titled(p.sur, pick(['总', '姐', '哥']))}说${d.dec('common_word', '马上')}要开会，稍后回电。`,
      () => `客户${d.dec('common_word', '余额')}账户确认，回款${d.dec('amount', amount())}，${d.dec('date', dateText())}到账。`,
    ];
    const content = shuffle(T.slice()).slice(0, int(1, 3)).map((f) => f()).join('');
    lines.push(csvRow([d.dec('record_id', '17' + digits(17)), d.dec('company', c.name), d.nm(p.name), pick(['电话', '拜访', '微信', '邮件']),
      d.dec('timestamp', tsText(1)), content, d.nm(rep.name), chance(0.5) ? d.dec('date', dateText()) : '']));
  }
  return lines.join('\n') + '\n';
}

// 14 八百客 legacy pipe/fixed-width export (15-digit IDs, corporate accounts)
const dw = (s) => [...s].reduce((a, ch) => a + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
const padW = (s, w) => s + ' '.repeat(Math.max(1, w - dw(s)));
const oldTs = () => tsText(1).replace(/^20\d\d/, String(int(2008, 2016)));
function kCrm800(d) {
  const H = ['客户编号', '客户名称', '类型', '联系人', '证件号码', '手机', '电话', '开户行', '账号', '录入时间'];
  const W = [14, 34, 6, 14, 22, 18, 16, 28, 24, 20];
  const row = (cells) => '|' + cells.map((c, i) => padW(c, W[i])).join('|') + '|';
  const lines = [`八百客CRM 客户资料导出   导出时间：${d.dec('timestamp', tsText(0).replace(/^20\d\d/, '2017'))}   操作员：admin`, '-'.repeat(120), row(H), '-'.repeat(120)];
  for (let i = 0, n = nrows(); i < n; i++) {
    if (i > 0 && i % 25 === 0) lines.push('-'.repeat(120), row(H), '-'.repeat(120));
    const p = mkPerson({ legacy: 0.6, minY: 1940, maxY: 1995 });
    if (chance(0.3)) {
      const c = mkCompany();
      const acct = digits(int(12, 19)).replace(/^0/, '4');
      const acctCell = acct.length >= 16 ? d.dc('bank_card', acct, acct) : d.dec('corporate_account', acct);
      lines.push(row([d.dec('customer_no', custNo()), d.dec('company', c.name), '企业', d.nm(p.name),
        chance(0.6) ? d.uscc(c.uscc) : d.dec('reg_no', pick(REGIONS) + '1' + digits(8)), d.mob(p.mobile, pick(['bare', '86d', 'sp'])), d.land(c.board, 'dash', true),
        d.dec('bank_branch', pick(BANKS)), acctCell, d.dec('timestamp', oldTs())]));
    } else {
      const idCell = p.legacy ? d.ent('cn_resident_id', p.id, p.legacy) : d.rid(p.id, chance(0.3) ? 'lx' : '');
      const hasCard = chance(0.5);
      lines.push(row([d.dec('customer_no', custNo()), d.nm(p.name), '个人', chance(0.5) ? d.nm(p.name) : '', idCell, d.mob(p.mobile, pick(['bare', '86d', 'sp', 'trunk0'])),
        chance(0.3) ? d.land(mkLand()) : '', hasCard ? d.dec('bank_branch', pick(BANKS)) : '', hasCard ? d.card(p.card, 'bare') : '', d.dec('timestamp', oldTs())]));
    }
  }
  lines.push('-'.repeat(120), `共 ${lines.filter((l) => /^\|(?!客户编号)/.test(l)).length} 条记录`);
  return lines.join('\r\n') + '\r\n';
}

// 15 SIM card / phone contact backup
function kSim(d) {
  const style = pick(['csv', 'space', 'colon', 'huawei']);
  const L = [];
  if (chance(0.4)) L.push(`# 设备IMEI：${d.dec('imei', imei())}  备份时间：${d.dec('timestamp', tsText(0))}`);
  if (style === 'csv') L.push('姓名,电话'); if (style === 'huawei') L.push('姓名,手机,住宅,单位,电子邮件,备注');
  for (let i = 0, n = nrows(); i < n; i++) {
    const r = rnd(); let name, nums;
    const p = mkPerson({ noMinor: chance(0.7) });
    if (r < 0.62) { name = d.nm(p.name) + pick(['', '', '', '2', '(公司)', '-装修', ' 老乡']); nums = [d.mob(p.mobile, pick(['bare', 'bare', 'p86', 'sp', 'dash']))]; if (chance(0.15)) nums.push(d.mob(mkMobile())); }
    else if (r < 0.7) { name = d.titled(p.sur, pick(['总', '姐', '哥', '老师'])); nums = [d.mob(p.mobile)]; }
    else if (r < 0.76) { name = pick(['妈妈', '老公', '宝贝', '家里', '快递小哥', '房东']); nums = [name === '家里' ? d.land(mkLand()) : d.mob(p.mobile)]; }
    else if (r < 0.84) { const [nm, num] = pick([['中国移动', '10086'], ['工行客服', '95588'], ['顺丰', '95338'], ['招行信用卡', '4008205555'], ['联通', '10010'], ['物业客服', '400-820-' + digits(4)]]); name = nm; nums = [d.dec('service_number', num)]; }
    else if (r < 0.9) { name = d.nm(p.name); const ip = pick(['17951', '12593', '17911']) + p.mobile; nums = [d.dc('cn_mobile', p.mobile, ip)]; }
    else { name = d.dec('masked_name', maskName(p)); nums = [d.dec('masked_mobile', maskMob(p.mobile))]; }
    if (style === 'csv') L.push(`${name},${nums.join(';')}`);
    else if (style === 'space') L.push(`${name}${pick([' ', '  ', '\t'])}${nums.join(' ')}`);
    else if (style === 'colon') L.push(`${name}:${nums.join(';')}`);
    else L.push(csvRow([name, nums[0], '', nums[1] ?? '', chance(0.2) && r < 0.62 ? d.mail(p.email) : '', chance(0.3) ? note(d, p, 1) : '']));
  }
  return L.join(style === 'huawei' ? '\r\n' : '\n') + '\n';
}

// 16 名片全能王 (CamCard) export: CSV or shared-card text blocks
function kCamcard(d) {
  const blocks = chance(0.45);
  const H = ['姓名', '公司', '部门', '职位', '手机', '手机2', '电话', '传真', '邮箱', '地址', '邮编', '网址', '微信', 'QQ', '备注', '分组', '创建时间'];
  const L = blocks ? [] : [H.join(',')];
  for (let i = 0, n = blocks ? int(1, 12) : nrows(); i < n; i++) {
    const c = mkCompany(), p = mkPerson({ corp: c.domain });
    const direct = chance(0.4);
    const tel = direct ? d.land(mkLand(c.area), pick(['grp', 'dash', 'paren'])) : d.land(c.board, pick(['grp', 'dash']), true) + extn();
    if (blocks) {
      const B = [`【名片】${d.nm(p.name)}${chance(0.3) ? ` ${cap(p.gpy)} ${cap(p.spy)}` : ''}`, `${d.dec('company', c.name)} | ${d.dec('job_title', pick(TITLES))}`,
        `${pick(['手机', 'M', '手机号'])}：${d.mob(p.mobile, pick(['sp', 'p86sp', 'bare', 'dash']))}`, `${pick(['电话', 'T', 'Tel'])}：${tel}`];
      if (chance(0.4)) B.push(`传真：${d.land(c.fax, 'dash', true)}`);
      B.push(`邮箱：${d.mail(p.email)}`, `地址：${c.city}${c.street}（${d.dec('postcode', c.zip)}）`);
      if (chance(0.3)) B.push(`微信：${d.dec('wechat_id', p.wx)}`);
      B.push('—— 来自名片全能王');
      L.push(B.join('\n'));
    } else {
      L.push(csvRow([d.nm(p.name), d.dec('company', c.name), chance(0.5) ? d.dec('department', pick(DEPTS)) : '', d.dec('job_title', pick(TITLES)),
        d.mob(p.mobile, pick(['sp', 'p86sp', 'bare', 'bare', 'dash'])), chance(0.15) ? d.mob(mkMobile()) : '', tel, chance(0.3) ? d.land(c.fax, 'dash', true) : '',
        chance(0.85) ? d.mail(p.email) : '', `${c.city}${c.street}`, d.dec('postcode', c.zip), `www.${c.domain}`, chance(0.3) ? d.dec('wechat_id', p.wx) : '',
        chance(0.2) ? d.dec('qq', p.qq) : '', chance(0.2) ? note(d, p, 1) : '', pick(['客户', '展会', '供应商', '未分组']), d.dec('timestamp', tsText(0))]));
    }
  }
  return L.join(blocks ? '\n\n' : '\n') + '\n';
}

// 17 Excel-pasted tab-separated sheet (varied headers, repeated headers, empty columns, Excel damage)
function kExcel(d) {
  const cols = shuffle([['name', pick(['姓名', '客户姓名', '联系人', '名字'])], ['mob', pick(['手机', '手机号', '电话', '联系电话', '手机号码'])],
    ['id', pick(['身份证', '身份证号', '身份证号码', '证件号码'])], ['card', pick(['银行卡号', '卡号', '收款账号', '工资卡号'])], ['bank', pick(['开户行', '开户银行'])],
    ['mail', pick(['邮箱', '电子邮箱', 'Email'])], ['sex', '性别'], ['cno', pick(['客户编号', '编号', '会员号'])], ['day', pick(['登记日期', '办理时间', '日期'])],
    ['dept', pick(['部门', '所属部门', '网点'])], ['amt', pick(['金额', '贷款金额', '发放金额', '应发工资'])], ['addr', pick(['地址', '家庭住址'])], ['note', '备注'], ['empty', pick(['', '列1', 'Column1'])]]
    .filter(([k]) => ['name', 'mob'].includes(k) || chance(0.65)));
  cols.unshift(['no', '序号']);
  const hdr = cols.map((c) => c[1]).join('\t');
  const L = [hdr];
  const rep = chance(0.3) ? int(8, 20) : 0;
  const people = crowd(nrows(), { dup: 0.06, mask: chance(0.2) ? 0.3 : 0.03 });
  people.forEach((p, i) => {
    if (rep && i > 0 && i % rep === 0) L.push(hdr);
    const sci = !p.masked && chance(0.06);
    const cells = cols.map(([k]) => {
      switch (k) {
        case 'no': return String(i + 1);
        case 'name': return P.name(d, p);
        case 'mob': return P.mob(d, p, pick(['bare', 'bare', 'bare', 'sp', 'dash', 'fw']));
        case 'id': return sci ? d.dec('excel_damaged', `${p.id.slice(0, 1)}.${p.id.slice(1, 6)}E+17`) : p.masked ? P.id(d, p) : (chance(0.15) ? "'" : '') + P.id(d, p, pick(['', '', 'lx', 'grp']));
        case 'card': return sci ? d.dec('excel_damaged', `${p.card.slice(0, 1)}.${p.card.slice(1, 6)}E+${p.card.length - 1}`) : (chance(0.1) ? "'" : '') + P.card(d, p);
        case 'bank': return d.dec('bank_branch', pick(BANKS));
        case 'mail': return chance(0.8) ? P.mail(d, p) : '';
        case 'sex': return p.female ? '女' : '男';
        case 'addr': return `${pick(CITIES)[0]}${pick(STREETS)}`;
        case 'note': return chance(0.5) ? note(d, p, 1) : '';
        case 'cno': return d.dec('customer_no', custNo());
        case 'day': return d.dec('date', chance(0.7) ? dateText() : tsText(0));
        case 'dept': return d.dec('department', pick(DEPTS));
        case 'amt': return d.dec('amount', amount());
        default: return '';
      }
    });
    L.push(cells.join('\t') + (chance(0.2) ? '\t' : ''));
  });
  if (chance(0.5)) L.push(`合计\t${people.length}人`);
  return L.join('\n') + '\n';
}

// 18 mail merge: data source + merged letters / envelope labels
function kMerge(d) {
  const c = mkCompany();
  const hotRaw = pick(['400-' + digits(3) + '-' + digits(4), '4008-' + digits(3) + '-' + digits(3), '400 ' + digits(3) + ' ' + digits(4)]);
  let hot_ = null; const hot = () => (hot_ ??= d.dec('service_number', hotRaw));
  const people = crowd(nrows(), { dup: 0.03 });
  const v = int(0, 2);
  if (v === 0) {
    const sep = pick([',', ';', '\t']);
    const H = ['称呼', '姓名', '性别', '手机', '邮箱', '地址', '邮编', '会员号', '身份证号', '最近订单', '订单金额'];
    const L = [csvRow(H, sep)];
    for (const p of people) L.push(csvRow([p.masked ? '' : d.titled(p.sur, p.female ? '女士' : '先生'), d.nm(p.name), p.female ? '女' : '男', d.mob(p.mobile), chance(0.8) ? d.mail(p.email) : '',
      `${c.city}${pick(STREETS)}`, d.dec('postcode', zip()), d.dec('member_no', 'VIP' + digits(int(6, 10))), chance(0.4) ? d.rid(p.id) : '', d.dec('order_no', orderNo()), d.dec('amount', amount())], sep));
    return `«称呼»：\n  您好！感谢您一直以来对${d.dec('company', c.name)}的支持……\n--- 数据源 ---\n` + L.join('\n') + '\n';
  }
  if (v === 1) {
    return people.map((p) => [`尊敬的${d.nm(p.name)}${p.female ? '女士' : '先生'}：`,
      `  感谢您选择${c.short}！您的会员号 ${d.dec('member_no', 'VIP' + digits(int(6, 10)))} 当前积分 ${int(100, 9999)} 分，将于${d.dec('date', dateText())}到期。`,
      `  最近订单 ${d.dec('order_no', orderNo())}，实付 ${d.dec('amount', amount())}。`,
      `  您预留的联系电话为 ${d.mob(p.mobile, pick(['bare', 'sp', 'dash']))}${chance(0.5) ? `，电子邮箱 ${d.mail(p.email)}` : ''}${chance(0.3) ? `，身份证号 ${d.rid(p.id)}` : ''}。`,
      `  如有疑问请致电 ${hot()} 或发送邮件至 ${d.role('service', c.domain)}。`, '', `${d.dec('company', c.name)}`, `${d.dec('date', dateText())}`].join('\n')).join('\n\f\n') + '\n';
  }
  return people.map((p) => [d.dec('postcode', zip()), `${pick(CITIES)[0]}${pick(STREETS)}`, `${d.nm(p.name)} ${p.female ? '女士' : '先生'} 收`,
    `电话：${d.mob(p.mobile)}`, '', `寄件：${d.dec('company', c.name)} ${hot()}`].join('\n')).join('\n--------------------------------\n') + '\n';
}

// 19 WeChat 好友 export (备注名 forms, nicknames, wechat ids)
function kWechat(d) {
  const H = ['序号', '昵称', '备注', '微信号', '性别', '地区', '标签', '描述', '添加时间'];
  const L = [H.join(',')];
  for (let i = 0, n = nrows(); i < n; i++) {
    const p = mkPerson({ noMinor: chance(0.8) });
    const short = pick(['平安保险', '链家地产', '宝马4S店', '顺丰速运', '招商银行', '装修公司', '华为']);
    let remark = ''; const r = rnd();
    if (r < 0.22) remark = `${d.nm(p.name)}-${d.dec('company', short)}`;
    else if (r < 0.34) remark = `${d.titled(p.sur, pick(['总', '姐', '哥']))}(${pick(['装修', '保险', '中介', '物业', '驾校'])})`;
    else if (r < 0.46) remark = `${d.nm(p.name)} ${d.mob(p.mobile, pick(['bare', 'bare', 'sp']))}`;
    else if (r < 0.56) remark = `A${pad2(int(1, 99))}-${d.nm(p.name)}-${d.dec('company', short)}`;
    else if (r < 0.76) remark = d.nm(p.name);
    else if (r < 0.84) remark = `${cap(p.gpy)} ${cap(p.spy)}`;
    const nick = chance(0.5) ? d.dec('nickname', pick(NICKS)) : pick(['Sunny', 'A🌸Lily', '🍀', 'Kevin_Z', 'momo']);
    const wr = rnd(); let wid;
    if (wr < 0.6) wid = d.dec('wechat_id', p.wx);
    else if (wr < 0.75) wid = d.mob(p.mobile, 'bare');
    else if (wr < 0.85) wid = d.dc('cn_mobile', p.mobile, `${p.spy[0]}${p.gpy ? p.gpy[0] : 'x'}${p.mobile}`);
    else wid = '';
    const desc = chance(0.35) ? `电话：${d.mob(p.mobile)}` : chance(0.2) ? note(d, p, 1) : '';
    L.push(csvRow([String(i + 1), nick, remark, wid, pick(['男', '女', '未知']), pick(['广东 深圳', '浙江 杭州', '北京 海淀', '四川 成都', '']), pick(['客户', '客户,装修', '同事', '']), desc, d.dec('timestamp', tsText(0))]));
  }
  return L.join('\n') + '\n';
}

// 20 mail recipient list (To/Cc headers + invitee list + signature with traps)
function kRecipients(d) {
  const c = mkCompany();
  const sender = mkPerson({ corp: c.domain, noMinor: true });
  const ppl = crowd(nrows(), { dup: 0.04 });
  const addr = (p) => {
    const f = int(0, 4);
    if (f === 0) return `${d.nm(p.name)} <${d.mail(p.email)}>`;
    if (f === 1) return `"${d.nm(p.name)}" <${d.mail(p.email)}>`;
    if (f === 2) return `${d.nm(p.name)}(${d.dec('department', pick(DEPTS))}) <${d.mail(p.email)}>`;
    if (f === 3) return `'${cap(p.gpy)} ${cap(p.spy)}' <${d.mail(p.email)}>`;
    return d.mail(p.email);
  };
  const k = Math.max(1, Math.floor(ppl.length / 2));
  const L = [`发件人: ${d.nm(sender.name)} <${d.mail(sender.email)}>`, `发送时间: ${d.dec('timestamp', tsText(6))} ${pad2(int(8, 20))}:${pad2(int(0, 59))}`,
    `收件人: ${ppl.slice(0, k).map(addr).join('; ')}`, `抄送: ${[d.role(pick(['sales', 'market', 'events']), c.domain), ...ppl.slice(k, k + 3).map(addr)].join('; ')}`,
    `主题: ${pick(['2024 年度客户答谢会邀请名单', '展会到访客户名单', '回复: 报名确认', '转发: 培训签到表'])}`, '', `${pick(['各位好', 'Hi all', '大家好'])}，`, `附名单如下，请 ${d.dec('mention', '@所有人')} 核对：`, ''];
  ppl.slice(k).forEach((p, i) => L.push(`${i + 1}. ${d.dec('registration_no', 'BM' + digits(6))} ${d.nm(p.name)}  ${d.dec('company', mkCompany().name)}  ${d.mob(p.mobile)}  ${chance(0.6) ? d.mail(p.email) : ''}`.trimEnd()));
  L.push('', '--', `${d.nm(sender.name)} | ${d.dec('job_title', pick(TITLES))}`, `Tel: ${d.land(c.board, 'dash', true)}${extn()} | Mobile: ${d.mob(sender.mobile, 'p86sp')}`,
    `[cid:${d.dec('content_id', `image001.png@01DA${hex(4).toUpperCase()}.${hex(8).toUpperCase()}`)}]  ${d.dec('file_name', 'logo@2x.png')}`);
  return L.join('\r\n') + '\r\n';
}

// 21 会员系统 export (member cards, balances, optional privacy view)
function kMember(d) {
  const priv = chance(0.25);
  const H = ['会员卡号', '会员姓名', '手机号', '性别', '生日', '身份证号', '会员等级', '积分', '储值余额', '累计消费', '开卡门店', '开卡时间', '最近消费', '绑定银行卡', '推荐人', '备注'];
  const store = mkCompany();
  const L = [priv ? '会员列表（隐私模式导出）' : '会员列表', H.join(',')];
  for (const p of crowd(nrows(), { dup: 0.05, mask: priv ? 1 : 0.06 })) {
    const ref = chance(0.2) ? mkPerson({ noMinor: true }) : null;
    L.push(csvRow([d.dec('member_no', pick(['8' + digits(11), 'VIP' + digits(7), 'M' + digits(9)])), P.name(d, p), P.mob(d, p, pick(['bare', 'bare', 'p86'])),
      p.female ? '女' : '男', `${pad2(p.birth.m)}-${pad2(p.birth.d)}`, chance(0.45) ? P.id(d, p) : '', pick(['普通会员', '银卡', '金卡', '钻石']), String(int(0, 99999)),
      d.dec('amount', `${int(0, 9999)}.${pad2(int(0, 99))}`), d.dec('amount', `${int(100, 99999)}.00`), d.dec('company', store.short + pick(['南山店', '万象城店', '总店', '西湖店'])),
      d.dec('timestamp', tsText(0)), d.dec('timestamp', tsText(1)), chance(0.3) ? P.card(d, p) : '', ref && !p.masked ? d.nm(ref.name) : '', chance(0.2) ? note(d, p, 1) : '']));
  }
  return L.join('\n') + '\n';
}

// 22 保险代理 客户档案 (投保人 / 被保险人 / 受益人, 扣款账号)
function kInsurance(d) {
  const H = ['序号', '保单号', '险种', '投保人', '投保人证件号', '投保人手机', '被保险人', '被保险人证件号', '与投保人关系', '受益人', '年缴保费', '缴费银行', '扣款账号', '生效日期', '业务员', '业务员工号', '备注'];
  const agent = mkPerson({ noMinor: true });
  const sep = chance(0.6) ? ',' : '\t';
  const L = [csvRow(H, sep)];
  for (const [i, p] of crowd(nrows(), { dup: 0.03, mask: 0.05 }).entries()) {
    const rel = pick(['本人', '本人', '子女', '配偶', '父母']);
    const ins = rel === '本人' ? p : mkPerson({ child: rel === '子女', noMinor: true, minY: rel === '父母' ? 1945 : 1960, maxY: rel === '父母' ? 1965 : 2000 });
    if (p.masked) ins.masked = true;
    const ben = pick(['法定', '法定', 'name']);
    L.push(csvRow([String(i + 1), d.dec('policy_no', pick(['P' + pick(REGIONS) + digits(12), '8' + digits(19), 'PA' + digits(16)])), d.dec('product', pick(INS_PRODUCTS)),
      P.name(d, p), P.id(d, p), P.mob(d, p), rel === '本人' ? '同投保人' : P.name(d, ins), rel === '本人' ? '' : P.id(d, ins), rel,
      ben === 'name' && !p.masked ? d.nm(mkPerson({ noMinor: true }).name) : '法定', d.dec('amount', `${int(2, 300)}${pick(['00', '50', '80'])}.00`), d.dec('bank_branch', pick(BANKS)),
      chance(0.85) ? P.card(d, p, pick(['bare', 'bare', 'sp4'])) : '', d.dec('date', dateText()), d.nm(agent.name), d.dec('employee_no', empNo()),
      chance(0.3) ? note(d, p, 1) : ''], sep));
  }
  return L.join('\n') + '\n';
}

// 23 phone backup 通话记录
function kCallLog(d) {
  const H = ['联系人', '号码', '类型', '通话时间', '时长(秒)', '归属地'];
  const L = [`通话记录导出  设备：${pick(['HUAWEI P60', 'Xiaomi 14', 'OPPO Reno11', 'iPhone 15'])}`, H.join(',')];
  const book = crowd(int(2, 12), { p: { noMinor: true } });
  for (let i = 0, n = nrows(); i < n; i++) {
    const r = rnd(); let who = '', num;
    if (r < 0.55) { const p = pick(book); who = d.nm(p.name); num = d.mob(p.mobile, pick(['bare', 'bare', 'p86', 'trunk0'])); }
    else if (r < 0.75) num = d.mob(mkMobile(), pick(['bare', 'p86']));
    else if (r < 0.82) { const l = mkLand(); num = d.land(l, 'bare', true); }
    else if (r < 0.9) { const [nm, x] = pick([['中国移动', '10086'], ['', '95588'], ['', '106' + digits(int(9, 11))], ['招商银行', '95555'], ['', '400' + digits(7)]]); who = nm; num = d.dec('service_number', x); }
    else { const p = pick(book); who = d.nm(p.name); num = d.dc('cn_mobile', p.mobile, '17951' + p.mobile); }
    L.push(csvRow([who, num, pick(['呼出', '呼入', '未接', '拒接']), d.dec('timestamp', tsText(0)), String(int(0, 1800)), pick(['广东 深圳 移动', '浙江 杭州 联通', '北京 电信', ''])]));
  }
  return L.join('\n') + '\n';
}

// 24 CRM API JSON dump (optionally \u-escaped, as Python json.dumps writes it)
let jsonN = 0;
function kJson(d) {
  const ascii = jsonN++ % 3 === 1; // every third dump is \u-escaped
  const N = (name) => { if (ascii) d.dc('person_name_zh', name, escU(name)); else d.nm(name); return name; };
  const X = (kind, text) => { d.dec(kind, ascii ? escU(text) : text); return text; };
  const reps = crowd(int(1, 3), { p: { noMinor: true } });
  const items = [];
  for (let i = 0, n = nrows(); i < n; i++) {
    const p = mkPerson(), c = mkCompany(), o = pick(reps);
    const it = { id: d.dec('record_id', '17' + digits(17)), name: N(p.name), mobile: d.mob(p.mobile, pick(['bare', 'p86', 'p86s', 'p86d'])) };
    if (chance(0.3)) it.phone = d.land(mkLand(c.area), pick(['dash', 'bare']));
    if (chance(0.8)) it.email = d.mail(p.email);
    if (chance(0.35)) it.idCard = d.rid(p.id, pick(['', 'lx']));
    if (chance(0.7)) it.company = { name: X('company', c.name), creditCode: d.uscc(c.uscc), tel: d.land(c.board, 'dash', true) };
    it.owner = { name: N(o.name), employeeNo: d.dec('employee_no', empNo()), openId: d.dec('open_id', 'ou_' + hex(32)) };
    it.tags = [pick(['VIP', '重点客户', '潜在客户'])];
    it.createdAt = +d.dec('timestamp', tsText(3));
    if (chance(0.3)) it.remark = X('order_no', orderNo());
    items.push(it);
  }
  let text = JSON.stringify({ code: 0, msg: 'success', data: { total: items.length, page: 1, items } }, null, chance(0.5) ? 2 : 0);
  if (ascii) text = escU(text);
  return text + '\n';
}

// 25 Foxmail / QQ邮箱 address-book CSV
function kFoxmail(d) {
  const qqmail = chance(0.5);
  const H = qqmail ? ['姓名', '电子邮箱', '手机号码', 'QQ', '生日', '公司', '备注', '分组'] : ['姓名', '名', '姓', '昵称', '电子邮件地址', '手机', '家庭电话', '公司', '部门', '职位', '办公电话', '传真', '生日', 'QQ', '备注'];
  const L = [csvRow(H, ',', !qqmail)];
  for (const p of crowd(nrows(), { dup: 0.05 })) {
    const c = mkCompany();
    const e = qqmail && chance(0.5) ? { raw: `${p.qq}@qq.com`, value: `${p.qq}@qq.com` } : p.email;
    if (qqmail) {
      L.push(csvRow([d.nm(p.name), d.mail(e), chance(0.8) ? d.mob(p.mobile) : '', d.dec('qq', p.qq), chance(0.4) ? `${p.birth.y}-${pad2(p.birth.m)}-${pad2(p.birth.d)}` : '',
        chance(0.6) ? d.dec('company', c.name) : '', chance(0.45) ? note(d, p) : '', pick(['未分组', '客户', '同事', '朋友'])]));
    } else {
      const full = p.minority || chance(0.6);
      L.push(csvRow([full ? d.nm(p.name) : '', full ? '' : p.given, full ? '' : p.sur, chance(0.2) ? pick(['阿伟', 'Tony', '小李']) : '', d.mail(e),
        chance(0.8) ? d.mob(p.mobile) : '', chance(0.15) ? d.land(mkLand()) : '', chance(0.6) ? d.dec('company', c.name) : '', chance(0.3) ? d.dec('department', pick(DEPTS)) : '',
        chance(0.4) ? d.dec('job_title', pick(TITLES)) : '', chance(0.3) ? d.land(c.board, null, true) + extn() : '', chance(0.15) ? d.land(c.fax, 'dash', true) : '', '', chance(0.3) ? d.dec('qq', p.qq) : '',
        chance(0.45) ? note(d, p) : ''], ',', true));
      if (!full) d.split(p);
    }
  }
  return L.join('\r\n') + '\r\n';
}

// 26 短信群发 number list
function kSms(d) {
  const style = pick(['lines', 'comma', 'named', 'semicolon']);
  const nums = [];
  const n = nrows() + (chance(0.3) ? int(20, 60) : 0);
  for (let i = 0; i < Math.min(n, 80); i++) {
    const r = rnd(), p = mkPerson({ noMinor: true });
    if (r < 0.84) nums.push([p, d.mob(p.mobile, pick(['bare', 'bare', 'bare', 'p86', '86']))]);
    else if (r < 0.89) nums.push([p, d.dec('invalid_mobile', pick(['12', '11', '10']) + digits(9))]);
    else if (r < 0.93) { const m = pick(['149', '144', '148']) + digits(8); nums.push([p, d.dc('cn_mobile', m, m)]); }
    else nums.push([p, d.dec('masked_mobile', maskMob(p.mobile))]);
  }
  const head = `短信群发导入 任务号 ${d.dec('task_no', 'SMS' + ymd(rdate(2024)) + digits(4))}  共 ${nums.length} 个号码`;
  if (style === 'lines') return `${head}\n号码\n${nums.map((x) => x[1]).join('\n')}\n`;
  if (style === 'comma') return `${head}\n${nums.map((x) => x[1]).join(',')}\n`;
  if (style === 'semicolon') return `${head}\n${nums.map((x) => x[1]).join('; ')}\n`;
  return `${head}\n姓名\t手机\n${nums.map(([p, m]) => `${m.includes('*') ? d.dec('masked_name', maskName(p)) : d.nm(p.name)}\t${m}`).join('\n')}\n`;
}

const KINDS = [
  ['outlook_csv', 14, kOutlook], ['google_csv', 14, kGoogle], ['vcard21_qp', 12, kVcard21], ['vcard30_icloud', 12, kVcard30], ['vcard40', 10, kVcard40],
  ['ldif', 10, kLdif], ['wework_export', 10, kWework], ['dingtalk_roster', 12, kDingtalk], ['feishu_export', 10, kFeishu], ['salesforce_csv', 10, kSalesforce],
  ['hubspot_csv', 10, kHubspot], ['fxiaoke_crm', 12, kFxiaoke], ['xiaoshouyi_followup', 12, kXiaoshouyi], ['crm800_legacy', 10, kCrm800], ['sim_backup', 12, kSim],
  ['camcard', 12, kCamcard], ['excel_tsv', 14, kExcel], ['mail_merge', 12, kMerge], ['wechat_friends', 12, kWechat], ['recipient_list', 10, kRecipients],
  ['member_export', 12, kMember], ['insurance_crm', 12, kInsurance], ['call_log', 10, kCallLog], ['crm_json', 10, kJson], ['foxmail_csv', 10, kFoxmail], ['sms_list', 10, kSms],
];

// ================================================================ generate
const outPath = process.argv[2];
if (!outPath) { console.error('usage: node contacts.mjs OUT.jsonl'); process.exit(2); }
const docs = [];
for (const [kind, count, fn] of KINDS) {
  for (let i = 1; i <= count; i++) {
    const d = new Doc(kind);
    const text = fn(d);
    const r = d.finish(text);
    docs.push({ id: `ct-${kind}-${i}`, ...r });
  }
}

// ================================================================ self-check
const errors = [];
const err = (doc, msg) => errors.push(`${doc.id}: ${msg}`);
function valueOk(det, v, isDc) {
  switch (det) {
    case 'cn_resident_id': return idValid(v);
    case 'cn_mobile': return isDc ? /^1\d{10}$/.test(v) : MOB_OK.test(v);
    case 'cn_landline': return /^0\d{9,11}$/.test(v) && landValid(v);
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(v);
    case 'bank_card': return isDc ? /^\d{10,30}$/.test(v) : /^\d{16,19}$/.test(v) && luhnOk(v);
    case 'cn_uscc': return usccValid(v);
    case 'cn_passport': return isDc ? /^[A-Z]{1,2}\d{7,10}$/.test(v) : /^(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})$/.test(v);
    case 'person_name_zh': return NAME_RE.test(v) && v.length <= 16;
    default: return false;
  }
}
const ids = new Set();
for (const doc of docs) {
  if (ids.has(doc.id)) err(doc, 'duplicate id'); ids.add(doc.id);
  const keys = new Set();
  for (const [list, isDc] of [[doc.E, false], [doc.D, true]]) {
    for (const o of list) {
      const k = o.detector + '\u0000' + o.value;
      if (keys.has(k)) err(doc, `label twice / entity-dontCare overlap: ${o.detector} ${o.value}`); keys.add(k);
      if (!valueOk(o.detector, o.value, isDc)) err(doc, `invalid value ${o.detector} ${o.value}`);
      for (const r of o.raws) {
        const parts = Array.isArray(r) ? r : [r];
        for (const part of parts) if (typeof part !== 'string' || !part || !doc.text.includes(part)) err(doc, `raw form missing ${o.detector} ${JSON.stringify(part)}`);
      }
    }
  }
  const vals = [...doc.E, ...doc.D].map((o) => o.value.toLowerCase());
  const dkeys = new Set();
  for (const x of doc.X) {
    if (!x.text || !doc.text.includes(x.text)) err(doc, `decoy missing ${x.kind} ${x.text}`);
    const t = x.text.toLowerCase();
    for (const v of vals) if (t.includes(v)) err(doc, `decoy ${x.text} contains labelled ${v}`);
    if (dkeys.has(x.kind + x.text)) err(doc, 'duplicate decoy'); dkeys.add(x.kind + x.text);
  }
}
const byKind = {}, entBy = {}, dcBy = {}, decBy = {};
let nEnt = 0, nDec = 0;
for (const doc of docs) {
  byKind[doc.kind] = (byKind[doc.kind] ?? 0) + 1;
  for (const o of doc.E) { entBy[o.detector] = (entBy[o.detector] ?? 0) + 1; nEnt++; }
  for (const o of doc.D) dcBy[o.detector] = (dcBy[o.detector] ?? 0) + 1;
  for (const x of doc.X) { decBy[x.kind] = (decBy[x.kind] ?? 0) + 1; nDec++; }
}
if (docs.length < 250) errors.push(`only ${docs.length} documents`);
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((entBy[det] ?? 0) < 300) errors.push(`only ${entBy[det] ?? 0} entity labels for ${det}`);
if (nDec < nEnt) errors.push(`decoys (${nDec}) fewer than entities (${nEnt})`);
if (Object.keys(byKind).length < 20) errors.push('fewer than 20 kinds');

writeFileSync(outPath, docs.map((doc) => JSON.stringify({
  id: doc.id, kind: doc.kind, text: doc.text,
  entities: doc.E.map((o) => ({ detector: o.detector, value: o.value })),
  dontCare: doc.D.map((o) => ({ detector: o.detector, value: o.value })),
  decoys: doc.X.map((x) => ({ kind: x.kind, text: x.text })),
})).join('\n') + '\n');

console.log(`documents: ${docs.length} in ${Object.keys(byKind).length} kinds -> ${outPath}`);
console.log('documents per kind:'); for (const [k, v] of Object.entries(byKind)) console.log(`  ${k.padEnd(22)} ${v}`);
console.log('entity labels per detector:'); for (const [k, v] of Object.entries(entBy).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(22)} ${v}`);
console.log('dontCare labels per detector:'); for (const [k, v] of Object.entries(dcBy).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(22)} ${v}`);
console.log(`decoys per kind (total ${nDec}, entities total ${nEnt}):`); for (const [k, v] of Object.entries(decBy).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(22)} ${v}`);
console.log(`person_name_zh entities written only split (姓 + 名 in separate fields): ${STATS.splitOnly}`);
console.log(`person_name_zh dontCare from encoded forms (QP / base64 / \\u escapes): ${STATS.encodedNames}`);
console.log(`decoys dropped because they contained a labelled value: ${STATS.droppedDecoys}`);
if (errors.length) { console.error(`SELF-CHECK FAILED (${errors.length}):\n  ` + errors.slice(0, 50).join('\n  ')); process.exit(1); }
console.log('self-check: OK');
