#!/usr/bin/env node
/*
 * events.mjs — independent labelled test corpus for listguard (theme: EVENTS, id prefix "ev").
 *
 * Theme: personal data around conferences, exhibitions, trainings, weddings and sports
 * events: 会议报名表 exports, 参会回执, 展会观众登记, 名片 OCR, 签到表, 嘉宾名单, 酒店分房表,
 * 接送机/机票代订, 马拉松报名, 婚礼宾客名单/礼金簿, 培训班学员名单, 抽奖公告, 会务微信群聊天,
 * 会务组邮件, 劳务费发放表, 退款申请, 开票汇总, 会议议程.
 *
 * Usage:   node events.mjs OUT.jsonl
 * Output:  one JSON object per line:
 *   {"id":"ev-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must NOT be reported under any detector
 * Normalisation of values:
 *   cn_resident_id 18 chars upper-case X; cn_mobile 11 digits (no +86 / separators);
 *   cn_landline digits incl. leading 0 + area code (extension dropped); email lower-case;
 *   bank_card digits only; cn_passport upper-case; cn_uscc 18 chars upper-case;
 *   person_name_zh as written without spaces/padding/titles (minority names keep the dot).
 * Deterministic: own PRNG (mulberry32) with a fixed seed. All data synthetic, check
 * characters valid (GB 11643 MOD 11-2, Luhn, GB 32100 MOD 31 + GB 11714).
 * Ends with a self-check (exit 1 on failure) and prints a summary.
 *
 * Written in session 25 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

const OUT = process.argv[2] || 'events.jsonl';

// ---------------------------------------------------------------- PRNG
let SEED = 0x25e7e17 >>> 0;
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
function digits(n) { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; }
function shuffle(a) { for (let i = a.length - 1; i > 0; i--) { const j = ri(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const sample = (a, k) => shuffle(a.slice()).slice(0, k);
function wpick(pairs) { let t = 0; for (const [w] of pairs) t += w; let r = rnd() * t; for (const [w, v] of pairs) { if ((r -= w) < 0) return v; } return pairs[pairs.length - 1][1]; }
function nrows() { return wpick([[14, () => ri(1, 3)], [38, () => ri(4, 12)], [32, () => ri(13, 30)], [16, () => ri(31, 80)]])(); }
const FW = (s) => s.replace(/[0-9]/g, (c) => String.fromCharCode(0xff10 + +c));

// ---------------------------------------------------------------- reference data
const parsePy = (s) => [...s.matchAll(/([\u4e00-\u9fa5]+)([a-z]+)/g)].map((m) => [m[1], m[2]]);
const SUR = parsePy('王wang李li张zhang刘liu陈chen杨yang黄huang赵zhao吴wu周zhou徐xu孙sun马ma朱zhu胡hu郭guo何he高gao林lin罗luo郑zheng梁liang谢xie宋song唐tang许xu韩han冯feng邓deng曹cao彭peng曾zeng肖xiao田tian董dong袁yuan潘pan于yu蒋jiang蔡cai余yu杜du叶ye程cheng苏su魏wei吕lv丁ding任ren沈shen姚yao卢lu姜jiang崔cui钟zhong谭tan陆lu汪wang范fan金jin石shi廖liao贾jia夏xia韦wei付fu方fang白bai邹zou孟meng熊xiong秦qin邱qiu江jiang尹yin薛xue闫yan段duan雷lei侯hou龙long史shi黎li贺he顾gu毛mao郝hao龚gong邵shao万wan钱qian严yan覃qin武wu戴dai莫mo孔kong向xiang常chang易yi关guan费fei文wen');
const COMPOUND = parsePy('欧阳ouyang上官shangguan皇甫huangfu令狐linghu诸葛zhuge司徒situ司马sima申屠shentu夏侯xiahou慕容murong尉迟yuchi东方dongfang公孙gongsun宇文yuwen端木duanmu南宫nangong呼延huyan钟离zhongli');
const GIV = parsePy('伟wei芳fang娜na敏min静jing丽li强qiang磊lei军jun洋yang勇yong艳yan杰jie娟juan涛tao明ming超chao霞xia平ping刚gang辉hui玲ling鹏peng飞fei鑫xin波bo斌bin宇yu浩hao凯kai健jian俊jun帆fan帅shuai旭xu宁ning婷ting雪xue琳lin晨chen欣xin悦yue璐lu颖ying佳jia嘉jia怡yi子zi梓zi涵han轩xuan博bo瑞rui然ran泽ze昊hao思si雨yu萱xuan晓xiao一yi诗shi若ruo梦meng海hai志zhi建jian国guo秀xiu英ying红hong春chun兰lan桂gui德de永yong峰feng亮liang晶jing慧hui倩qian蕾lei薇wei瑶yao航hang毅yi骏jun楠nan彬bin琪qi曦xi铭ming睿rui阳yang昕xin妍yan蓉rong');
const MINOR = [['买买提·艾力', 'maimaiti.aili'], ['阿依古丽·吐尔逊', 'ayiguli.tuerxun'], ['艾尔肯·吐尔洪', 'aierken.tuerhong'], ['迪丽娜尔·艾买提', 'dilinaer.aimaiti'], ['热依拉·阿不都', 'reyila.abudu'], ['古丽米拉·买买提', 'gulimila.maimaiti'], ['阿卜杜拉·艾山', 'abudula.aishan'], ['努尔艾力·库尔班', 'nueraili.kuerban'], ['米热阿依·吾斯曼', 'mireayi.wusiman'], ['次仁卓玛', 'ciren.zhuoma'], ['扎西顿珠', 'zhaxi.dunzhu'], ['格桑拉姆', 'gesang.lamu'], ['达瓦次仁', 'dawa.ciren'], ['巴特尔', 'ba.teer'], ['乌云其木格', 'wuyun.qimuge'], ['其其格', 'qi.qige'], ['阿斯哈尔·努尔兰', 'asihaer.nuerlan']];
const ENG = ['David', 'Kevin', 'Leo', 'Amy', 'Grace', 'Tony', 'Jack', 'Cindy', 'Eric', 'Vivian', 'Jason', 'Lily', 'Frank', 'Helen', 'Peter', 'Sophia'];
const CITIES = [
  { c: '北京', a: '010', l: 8, u: '110108', ds: ['海淀区', '朝阳区', '东城区'], pc: '100' },
  { c: '上海', a: '021', l: 8, u: '310115', ds: ['浦东新区', '徐汇区', '长宁区'], pc: '200' },
  { c: '广州', a: '020', l: 8, u: '440106', ds: ['天河区', '越秀区', '海珠区'], pc: '510' },
  { c: '深圳', a: '0755', l: 8, u: '440305', ds: ['南山区', '福田区', '龙岗区'], pc: '518' },
  { c: '杭州', a: '0571', l: 8, u: '330106', ds: ['西湖区', '滨江区', '余杭区'], pc: '310' },
  { c: '南京', a: '025', l: 8, u: '320102', ds: ['玄武区', '鼓楼区', '江宁区'], pc: '210' },
  { c: '武汉', a: '027', l: 8, u: '420106', ds: ['武昌区', '洪山区', '江汉区'], pc: '430' },
  { c: '成都', a: '028', l: 8, u: '510107', ds: ['武侯区', '锦江区', '成华区'], pc: '610' },
  { c: '西安', a: '029', l: 8, u: '610113', ds: ['雁塔区', '碑林区', '未央区'], pc: '710' },
  { c: '天津', a: '022', l: 8, u: '120101', ds: ['和平区', '河西区', '南开区'], pc: '300' },
  { c: '重庆', a: '023', l: 8, u: '500103', ds: ['渝中区', '江北区', '渝北区'], pc: '401' },
  { c: '沈阳', a: '024', l: 8, u: '210102', ds: ['和平区', '沈河区', '浑南区'], pc: '110' },
  { c: '苏州', a: '0512', l: 8, u: '320500', ds: ['工业园区', '姑苏区', '吴中区'], pc: '215' },
  { c: '青岛', a: '0532', l: 8, u: '370202', ds: ['市南区', '崂山区', '黄岛区'], pc: '266' },
  { c: '宁波', a: '0574', l: 8, u: '330200', ds: ['鄞州区', '海曙区', '江北区'], pc: '315' },
  { c: '郑州', a: '0371', l: 8, u: '410105', ds: ['金水区', '二七区', '中原区'], pc: '450' },
  { c: '济南', a: '0531', l: 8, u: '370102', ds: ['历下区', '市中区', '槐荫区'], pc: '250' },
  { c: '兰州', a: '0931', l: 7, u: '620102', ds: ['城关区', '七里河区', '安宁区'], pc: '730' },
];
const REGIONS = ['110101', '110102', '110103', '110104', '110105', '110106', '110108', '120101', '120103', '130102', '130602', '140105', '150102', '210102', '210202', '220102', '230103', '310101', '310104', '310105', '310110', '310115', '320102', '320106', '320583', '330102', '330106', '330782', '340104', '350102', '350203', '360102', '370102', '370202', '410105', '420102', '420106', '430104', '440103', '440104', '440106', '440303', '440304', '440305', '450103', '460106', '500103', '510104', '510107', '520102', '530102', '540102', '610113', '620102', '630102', '640104', '650102', '652801', '653101'];
const MOBP = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '145', '147', '150', '151', '152', '153', '155', '156', '157', '158', '159', '162', '165', '166', '167', '170', '171', '172', '173', '175', '176', '177', '178', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189', '190', '191', '192', '193', '195', '196', '197', '198', '199'];
const IINS = [['中国工商银行', '622202', 19], ['中国工商银行', '621226', 19], ['中国工商银行', '427020', 16], ['中国农业银行', '622848', 19], ['中国农业银行', '623052', 19], ['中国建设银行', '621700', 19], ['中国建设银行', '622700', 19], ['中国建设银行', '436742', 16], ['中国银行', '621661', 19], ['中国银行', '621785', 19], ['中国银行', '456351', 16], ['招商银行', '622588', 16], ['招商银行', '621483', 16], ['招商银行', '552534', 16], ['交通银行', '622262', 19], ['交通银行', '521899', 16], ['中信银行', '622690', 16], ['兴业银行', '622909', 18], ['平安银行', '623058', 19], ['浦发银行', '622521', 16], ['民生银行', '622622', 16], ['中国邮政储蓄银行', '621799', 19], ['中国邮政储蓄银行', '622188', 19], ['光大银行', '622660', 16], ['宁波银行', '623418', 17]];
const ORG_CORE = parsePy('华信huaxin中科zhongke远航yuanhang博创bochuang瑞康ruikang恒通hengtong天成tiancheng新程xincheng云帆yunfan智联zhilian启明qiming鼎盛dingsheng海纳haina盛世shengshi凯越kaiyue思源siyuan泰和taihe众合zhonghe润泽runze创维达chuangweida安捷anjie汇丰源huifengyuan金桥jinqiao蓝海lanhai星河xinghe同创tongchuang联华lianhua宏远hongyuan佳讯jiaxun易达yida');
const ORG_IND = ['科技', '信息技术', '智能科技', '医疗器械', '生物医药', '新材料', '电子', '软件', '网络科技', '供应链管理', '建设工程', '文化传媒', '教育咨询', '环保科技', '精密机械', '汽车零部件', '物流', '能源'];
const ORG_SUF = ['有限公司', '股份有限公司', '有限责任公司', '集团有限公司'];
const INST = [['浙江大学', 'zju.edu.cn'], ['华南理工大学', 'scut.edu.cn'], ['北京协和医院', 'pumch.cn'], ['复旦大学附属中山医院', 'zs-hospital.sh.cn'], ['中国电子技术标准化研究院', 'cesi.cn'], ['武汉大学', 'whu.edu.cn'], ['四川省人民医院', 'samsph.com'], ['深圳市商务局', 'commerce.sz.gov.cn']];
const TITLES = ['总经理', '副总经理', '副总裁', '董事长', '销售总监', '市场部经理', '采购主管', '技术总监', '研发工程师', '项目经理', '人力资源经理', '财务总监', '首席执行官', 'CEO', 'CTO', '区域经理', '大客户经理', '主任医师', '副主任医师', '教授', '副教授', '处长', '科长', '部门主管', '产品经理', '运营总监', '高级工程师', '总工程师', '秘书长', '办公室主任'];
const DEPTS = ['销售部', '市场部', '采购部', '技术部', '研发中心', '综合办', '人力资源部', '财务部', '质量部', '运营中心'];
const TOPICS = ['数字经济', '智能制造', '新能源汽车', '医疗器械', '数据安全', '跨境电商', '智慧城市', '半导体', '生物医药', '文旅产业', '工业互联网', '人工智能'];
const HOTEL_BR = ['希尔顿酒店', '万豪酒店', '洲际酒店', '皇冠假日酒店', '香格里拉大酒店', '国际会议中心酒店', '喜来登酒店', '全季酒店', '亚朵酒店', '凯悦酒店', '维也纳国际酒店', '君澜大酒店'];
const HOTEL_PL = ['会展中心', '前海', '西湖', '浦东', '望京', '天河', '东湖', '滨江', '奥体', '机场', '高铁站', '金融城'];
const ROADS = ['科苑路', '中山路', '解放大道', '建国路', '人民路', '文一西路', '学院路', '滨海大道', '创业路', '长江路', '和平路', '新华路'];
const AIRL = ['CA', 'MU', 'CZ', 'HU', '3U', 'ZH', 'MF', 'FM', 'SC', 'HO', '9C', 'KN'];
const STATIONS = ['深圳北站', '杭州东站', '南京南站', '上海虹桥站', '北京南站', '广州南站', '成都东站', '武汉站', '西安北站', '郑州东站'];
const AIRPORTS = ['宝安机场T3', '萧山机场T4', '禄口机场T2', '虹桥机场T2', '浦东机场T1', '首都机场T3', '大兴机场', '白云机场T2', '天府机场T1', '双流机场T2', '天河机场T3', '咸阳机场T3'];
const BR = ['科技园', '高新', '城东', '中心', '滨江', '人民路', '开发区', '营业部'];
const ROLEBOX = ['huiwu', 'meeting', 'register', 'service', 'info', 'hr', 'expo', 'training', 'invoice', 'fapiao', 'marathon', 'contact'];
const PDOM = ['qq.com', '163.com', '126.com', 'foxmail.com', 'sina.com', 'sohu.com', 'aliyun.com', 'outlook.com', 'gmail.com', 'yeah.net', '163.com', 'qq.com'];

// ---------------------------------------------------------------- generators (valid values)
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b) { let s = 0; for (let i = 0; i < 17; i++) s += +b[i] * IDW[i]; return '10X98765432'[s % 11]; }
const dim = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
function genId(y0, y1, sex) {
  const y = ri(y0, y1), m = ri(1, 12), d = ri(1, dim(y, m));
  const g = sex === '男' ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]);
  const b = pick(REGIONS) + y + pad(m, 2) + pad(d, 2) + pad(ri(0, 99), 2) + g;
  return b + idCheck(b);
}
function idValid(s) {
  if (!/^\d{17}[\dX]$/.test(s) || idCheck(s) !== s[17]) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  return y >= 1900 && y <= 2024 && m >= 1 && m <= 12 && d >= 1 && d <= dim(y, m) && /^[1-6]/.test(s);
}
const DEMO = new Set(['13800138000', '13912345678', '18888888888']);
function genMobile() { let m; do m = pick(MOBP) + digits(8); while (DEMO.has(m)); return m; }
const mobValid = (m) => /^1[3-9]\d{9}$/.test(m) && MOBP.includes(m.slice(0, 3));
function luhnDigit(body) { let s = 0, dbl = true; for (let i = body.length - 1; i >= 0; i--) { let x = +body[i]; if (dbl) { x *= 2; if (x > 9) x -= 9; } s += x; dbl = !dbl; } return String((10 - (s % 10)) % 10); }
function luhnOk(n) { let s = 0, dbl = false; for (let i = n.length - 1; i >= 0; i--) { let x = +n[i]; if (dbl) { x *= 2; if (x > 9) x -= 9; } s += x; dbl = !dbl; } return s % 10 === 0; }
function genCard(iin, len) { const b = iin + digits(len - iin.length - 1); return b + luhnDigit(b); }
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(s) { let t = 0; for (let i = 0; i < 17; i++) t += UA.indexOf(s[i]) * UW[i]; return UA[(31 - (t % 31)) % 31]; }
const OW = [3, 7, 9, 10, 5, 8, 4, 2];
function orgCheck(s) { let t = 0; for (let i = 0; i < 8; i++) { const c = s[i]; t += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * OW[i]; } const c = 11 - (t % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
function genUscc(region) {
  const pre = wpick([[10, '91'], [2, '92'], [1, '12'], [1, '52']]);
  let body = chance(0.7) ? 'MA' + Array.from({ length: 6 }, () => pick([...UA])).join('') : digits(8);
  const s17 = pre + region + body + orgCheck(body);
  return s17 + usccCheck(s17);
}
const usccValid = (s) => /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s) && usccCheck(s) === s[17] && orgCheck(s.slice(8, 16)) === s[16];
function genPassport() { return chance(0.5) ? 'E' + ri(1, 9) + digits(7) : 'E' + pick([...'ABCDEFGHJKLMNPQRSTUVWXYZ']) + digits(7); }
function genLand(city) { const sub = (city.l === 7 ? ri(4, 8) : ri(2, 8)) + digits(city.l - 1); return { city, area: city.a, sub, v: city.a + sub }; }
function corpAcct() { return pick(['4000', '7559', '1109', '3100', '4420', '3301', '1001', '5101']) + digits(ri(8, 16)); }

function genName() {
  const r = rnd();
  if (r < 0.04) { const [n, p] = pick(MINOR); const [s, g] = p.split('.'); return { name: n, sur: null, s, g, minor: true }; }
  const [sur, s] = r < 0.08 ? pick(COMPOUND) : chance(0.45) ? pick(SUR.slice(0, 10)) : pick(SUR);
  const gl = chance(0.27) ? 1 : 2;
  let giv = '', g = '';
  for (let i = 0; i < gl; i++) { const [c, p] = pick(GIV); giv += c; g += p; }
  return { name: sur + giv, sur, giv, s, g };
}
function mkOrg() {
  const city = pick(CITIES);
  if (chance(0.1)) { const [n, dom] = pick(INST); return { name: n, dom, city, uscc: genUscc(city.u), sw: genLand(city), fax: genLand(city) }; }
  const [core, py] = pick(ORG_CORE);
  const name = (chance(0.7) ? city.c + (chance(0.5) ? '市' : '') : '') + core + pick(ORG_IND) + pick(ORG_SUF);
  const dom = py + pick(['.com', '.com.cn', '.cn', '-tech.com', 'group.com']);
  return { name, dom, city, core, uscc: genUscc(chance(0.3) ? pick(REGIONS) : city.u), sw: genLand(city), fax: genLand(city) };
}
const mkOrgs = (k) => Array.from({ length: Math.max(1, k) }, mkOrg);
function genEmail(n, mobile, org) {
  const y = ri(60, 99), r = rnd();
  const loc = wpick([[5, n.s + n.g], [3, n.s + '.' + n.g], [2, n.g + '.' + n.s], [3, n.s + n.g + y], [2, n.s + '_' + n.g], [1, n.s[0] + n.g + ri(1, 999)], [1, n.g + n.s[0]]]);
  if (r < 0.3 && org) return { v: loc + '@' + org.dom };
  if (r < 0.4) return { v: ri(1, 9) + digits(ri(5, 9)) + '@qq.com' };
  if (r < 0.47) return { v: mobile + '@' + pick(['139.com', '139.com', '189.cn', 'wo.cn']), mob: true };
  return { v: loc + '@' + pick(PDOM) };
}
function P(d, o = {}) {
  const n = o.n ?? genName();
  const sex = chance(0.5) ? '男' : '女';
  const id = genId(o.y0 ?? 1960, o.y1 ?? 2001, sex);
  const org = o.org ?? pick(d.orgs ?? [mkOrg()]);
  const mobile = genMobile();
  const [bank, iin, len] = pick(IINS);
  return { n, sex, id, org, mobile, email: genEmail(n, mobile, org), title: pick(TITLES), card: genCard(iin, len), bank, branch: bank + org.city.c + pick(BR) + '支行', tel: genLand(org.city), eng: chance(0.15) ? pick(ENG) : null };
}

// ---------------------------------------------------------------- decoy generators
const YR = () => pick(['2023', '2024', '2024', '2025']);
function fDate() { const y = YR(), m = ri(1, 12), d = ri(1, 28); return pick([`${y}-${pad(m, 2)}-${pad(d, 2)}`, `${y}/${m}/${d}`, `${y}年${m}月${d}日`, `${m}月${d}日`, `${y}.${pad(m, 2)}.${pad(d, 2)}`]); }
function fDatePair() {
  const t0 = Date.UTC(+YR(), ri(0, 11), ri(1, 28)), t1 = t0 + ri(1, 4) * 86400000;
  const f = pick([(t) => t.toISOString().slice(0, 10), (t) => `${t.getUTCMonth() + 1}月${t.getUTCDate()}日`, (t) => t.toISOString().slice(0, 10).replace(/-/g, '/'), (t) => `${t.getUTCFullYear()}年${t.getUTCMonth() + 1}月${t.getUTCDate()}日`]);
  return [f(new Date(t0)), f(new Date(t1))];
}
function clock(startHour = 8) {
  let t = Date.UTC(+YR(), ri(0, 11), ri(1, 28), startHour, pick([0, 15, 30]));
  return { tick(min) { t += min * 60000; return new Date(t); }, hm: (x) => x.toISOString().slice(11, 16), full: (x) => x.toISOString().slice(0, 19).replace('T', ' ') };
}
const fTime = () => `${pad(ri(6, 22), 2)}:${pad(ri(0, 59), 2)}`;
function fDT() { const y = YR(), m = ri(1, 12), d = ri(1, 28); const sep = pick(['-', '/']); return `${y}${sep}${pad(m, 2)}${sep}${pad(d, 2)} ${pad(ri(0, 23), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`; }
function fAmount() { const v = pick([300, 500, 800, 980, 1200, 1280, 1600, 1980, 2000, 2600, 2800, 3600, 4800, 5000, 6800, 200, 600, 888, 1000, 1666]) + (chance(0.2) ? ri(1, 99) : 0); const t = v.toLocaleString('en-US'); return pick([`¥${t}.00`, `${v}元`, `${t}`, `${v}.00`, `￥${v}`, `RMB ${t}`, `${v}.00元`]); }
function fConf(code) { const y = YR(); return pick([`${code}${y}-${pad(ri(1, 9999), 4)}`, `HY${y}${pad(ri(1, 12), 2)}${pad(ri(1, 999), 3)}`, `No.${pad(ri(1, 99999), 5)}`, `${pick([...'ABCDEFGH'])}${pad(ri(1, 9999), 4)}`, `${code}-${pad(ri(1, 999), 3)}`]); }
const fBadge = () => pick([`${pick(['VIP', 'M', 'E', 'S', 'P', 'G'])}-${pad(ri(1, 9999), 4)}`, `${YR().slice(2)}${pad(ri(1, 99999), 5)}`, `B${pad(ri(1, 99999), 6)}`]);
const LT = [...'ABCDEFGHJK'];
const fSeat = () => pick([`${pick(LT)}区${ri(1, 30)}排${ri(1, 40)}座`, `${ri(1, 30)}-${ri(1, 40)}`, `${pad(ri(1, 30), 2)}排${pad(ri(1, 40), 2)}号`, `${pick(LT)}${pad(ri(1, 60), 2)}`]);
const fTable = () => pick([`${ri(1, 40)}号桌`, `第${ri(1, 40)}桌`, `${pick(LT)}${ri(1, 30)}桌`, `${ri(1, 40)}桌`]);
const fRoom = () => pick([`${ri(3, 28)}${pad(ri(1, 40), 2)}`, `${pick(LT)}-${ri(3, 28)}${pad(ri(1, 40), 2)}`, `${ri(1, 9)}号楼${ri(1, 9)}${pad(ri(1, 30), 2)}`]);
const fFlight = () => pick(AIRL) + (chance(0.7) ? ri(1000, 9999) : ri(100, 999));
const fTrain = () => pick(['G', 'G', 'G', 'D', 'C', 'K', 'Z', 'T']) + ri(1, 2999);
const fBooth = () => pick([`${ri(1, 12)}H-${pick(LT)}${ri(1, 60)}`, `N${ri(1, 5)}馆${pick(LT)}${pad(ri(1, 99), 2)}`, `W${ri(1, 5)}-${pick(LT)}${ri(100, 399)}`, `${ri(1, 9)}.${ri(1, 2)}H-${pick(LT)}${pad(ri(1, 40), 2)}`, `${ri(1, 18)}号馆${ri(1, 9)}${pick(LT)}${pad(ri(1, 60), 2)}`]);
const fTicket = () => pick(['999', '781', '784', '880', '876']) + (chance(0.6) ? '-' : '') + ri(1, 9) + digits(9);
const fBib = () => pick([`${pick(['A', 'B', 'C', 'F', 'H', 'K'])}${pad(ri(1, 99999), 5)}`, `${pick(['42K', '21K', '10K', '5K'])}-${pad(ri(1, 9999), 4)}`, `${ri(10000, 99999)}`]);
const fPlate = () => pick(['粤B', '京A', '沪A', '浙A', '苏A', '川A', '鄂A', '陕A', '豫A']) + pick(['·', '', ' ']) + pick(['D', 'F', 'A', 'C', 'K']) + (chance(0.5) ? digits(5) : pick(LT) + digits(4));
const f400 = () => pick([`400-${ri(100, 999)}-${digits(4)}`, `400 ${ri(100, 999)} ${digits(4)}`, `400${ri(100, 999)}${digits(4)}`, `800-${ri(100, 999)}-${digits(4)}`]);
const fTs = () => pick(['171', '172', '173']) + digits(10);
const fStudent = () => pick([`PX${YR()}-${pad(ri(1, 999), 3)}`, `${YR()}${pad(ri(1, 99), 2)}${pad(ri(1, 99), 2)}`, `XY-${pad(ri(1, 9999), 4)}`]);
const fCert = () => pick([`ZS-${YR()}-${pad(ri(1, 999999), 6)}`, `GZ${YR()}${pad(ri(1, 12), 2)}${pad(ri(1, 999), 3)}`, `No.${YR()}${pad(ri(1, 99999), 5)}`]);
const fInvNo = () => (chance(0.6) ? digits(8) : YR().slice(2) + pick(['44', '31', '11', '33']) + '2000000' + digits(9));
const fInvCode = () => '0' + pick(['4403', '4401', '1100', '3301', '3201']) + YR().slice(2) + ri(0, 2) + pick(['01', '04', '11']) + pick(['10', '11', '12']);
const fOrgCode = () => digits(8) + '-' + ri(0, 9);
function fOrder() {
  const y = YR(), md = pad(ri(1, 12), 2) + pad(ri(1, 28), 2);
  return wpick([
    [3, () => { for (;;) { let s = y + md + digits(9); s += chance(0.5) ? idCheck(s) : String(ri(0, 9)); if (s.endsWith('X')) continue; if (usccCheck(s) === s[17]) continue; return s; } }],
    [2, () => y + md + digits(11)], [2, () => y + md + digits(8)], [1, () => y + md + digits(12)],
    [2, () => pick(['DD', 'HY', 'BM', 'SO', 'NO']) + y + md + digits(6)],
    [1, () => '4200' + digits(6) + y + md + digits(10)],
    [1, () => y + md + '2200' + digits(16)],
  ])();
}
function fQR(d) {
  const tok = Array.from({ length: 10 }, () => pick([...'abcdefghjkmnpqrstuvwxyz23456789'])).join('');
  return pick([`https://m.${d.site}/c/${tok}`, `EVT${YR()}|${pick(LT)}${pad(ri(1, 9999), 4)}|${tok}`, `checkin:eid=${ri(1000, 9999)};ts=${fTs()};sig=${tok}`, `weixin://dl/business/?t=${tok}`, `https://${d.site}/qr?code=${tok.toUpperCase()}&ts=${fTs()}`]);
}
const mPhone = (m) => pick([`${m.slice(0, 3)}****${m.slice(7)}`, `${m.slice(0, 3)}****${m.slice(7)}`, `${m.slice(0, 3)}xxxx${m.slice(7)}`, `${m.slice(0, 3)}*****${m.slice(8)}`, `尾号${m.slice(7)}`]);
const mId = (s) => pick([`${s.slice(0, 6)}********${s.slice(14)}`, `${s.slice(0, 4)}**********${s.slice(14)}`, `${s.slice(0, 3)}***********${s.slice(14)}`, `${s.slice(0, 1)}****************${s.slice(17)}`]);
const mCard = (c) => pick([`${c.slice(0, 4)} **** **** ${c.slice(-4)}`, `${c.slice(0, 6)}******${c.slice(-4)}`, `尾号${c.slice(-4)}`, `**** ${c.slice(-4)}`]);
function mName(n) { if (n.minor) return n.name.split('·')[0].slice(0, 1) + '**'; const g = [...n.giv]; return pick([`${n.sur}*`, `${n.sur}${'*'.repeat(g.length)}`, `${n.sur}某`, `${n.sur}某某`, g.length === 2 ? `${n.sur}*${g[1]}` : `${n.sur}*`]); }
const fAddrOrg = (city) => `${city.c}市${pick(city.ds)}${pick(ROADS)}${ri(1, 999)}号${pick(['', pick(ORG_CORE)[0] + '大厦', '科技园' + pick(LT) + '栋'])}${ri(1, 30)}${pick(['楼', '层'])}`;
function fHotel(city) { return { name: city.c + pick(HOTEL_PL) + pick(HOTEL_BR), land: genLand(city), addr: fAddrOrg(city) }; }
const fEvent = () => `${YR()}${pick(['第三届', '第五届', '第十二届', '（第八届）', ''])}${pick(['中国', '全球', '长三角', '粤港澳大湾区', '中西部'])}${pick(TOPICS)}${pick(['大会', '峰会', '博览会', '论坛', '年会', '高峰论坛'])}`;
const fVenue = (city) => city.c + pick(['国际会展中心', '国际会议中心', '世博中心', '国际博览中心', '奥体中心']) + pick(['', ri(1, 12) + '号馆', pick(LT) + '厅', '多功能厅']);

// ---------------------------------------------------------------- document model
class Doc {
  constructor(kind) {
    this.kind = kind; this.E = []; this.D = []; this.X = [];
    this.np = pick(['none', 'none', 'none', 'none', 'fw', 'sp']);
    this.ms = wpick([[6, 'plain'], [1, 'space'], [1, 'dash'], [1, 'mixed']]);
    this.site = pick(ORG_CORE)[1] + pick(['-expo.cn', 'hy.com', '.huizhan.cn', 'event.com.cn']);
    this.code = pick(['CIIE', 'SZIE', 'DSC', 'AIC', 'IMC', 'WIC', 'CMEF', 'HZ']);
  }
  e(det, v, raw = v) { this.E.push({ det, v, raw }); return raw; }
  dc(det, v, raw = v) { this.D.push({ det, v, raw }); return raw; }
  x(kind, text) { this.X.push({ kind, text: String(text) }); return String(text); }
  name(n, padOk = false) {
    let raw = n.name;
    if (n.minor && chance(0.08)) raw = raw.replace('·', '•');
    if (padOk && !n.minor && raw.length === 2 && this.np !== 'none') raw = raw[0] + (this.np === 'fw' ? '\u3000' : ' ') + raw[1];
    return this.e('person_name_zh', raw.replace(/[\s\u3000]/g, ''), raw);
  }
  mob(m, style) {
    const st = style ?? (this.ms === 'mixed' ? wpick([[8, 0], [2, 1], [2, 2], [1, 3], [1, 4], [1, 5], [1, 6], [1, 7], [1, 8], [1, 9]]) : this.ms === 'space' ? 1 : this.ms === 'dash' ? 2 : 0);
    const a = m.slice(0, 3), b = m.slice(3, 7), c = m.slice(7);
    const raw = [m, `${a} ${b} ${c}`, `${a}-${b}-${c}`, `+86 ${a} ${b} ${c}`, `+86-${m}`, `+86${m}`, `(+86)${m}`, `0086 ${m}`, `86-${m}`, FW(m)][st];
    return this.e('cn_mobile', m, raw);
  }
  id(s, style) {
    const st = style ?? wpick([[40, 0], [2, 1], [1, 2], [1, 3]]);
    let raw = s;
    if (st === 1 && s.endsWith('X')) raw = s.slice(0, 17) + 'x';
    if (st === 2) raw = `${s.slice(0, 6)} ${s.slice(6, 14)} ${s.slice(14)}`;
    if (st === 3) raw = `'` + s;
    return this.e('cn_resident_id', s, raw);
  }
  card(c, style) {
    const st = style ?? wpick([[14, 0], [5, 1], [1, 2]]);
    const raw = st === 0 ? c : c.replace(/(\d{4})(?=\d)/g, st === 1 ? '$1 ' : '$1-');
    return this.e('bank_card', c, raw);
  }
  mail(p) {
    const raw = chance(0.05) ? p.email.v.replace(/^[a-z]/, (c) => c.toUpperCase()) : p.email.v;
    if (p.email.mob) this.e('cn_mobile', p.mobile);
    return this.e('email', p.email.v.toLowerCase(), raw);
  }
  mailPlain(p) { if (p.email.mob) this.e('cn_mobile', p.mobile); return this.e('email', p.email.v); }
  land(l, o = {}) {
    const st = o.style ?? wpick([[6, 0], [2, 1], [1, 2], [1, 3], [1, 4], [1, 5]]);
    const a = l.area, s = l.sub, s2 = s.length === 8 ? `${s.slice(0, 4)} ${s.slice(4)}` : `${s.slice(0, 3)} ${s.slice(3)}`;
    const raw = [`${a}-${s}`, `(${a})${s}`, `（${a}）${s2}`, `${a} ${s}`, `${a}${s}`, `+86-${a.slice(1)}-${s}`][st];
    const ext = o.ext ? pick([` 转${o.ext}`, `-${o.ext}`, ` ext.${o.ext}`, ` 分机${o.ext}`, `转${o.ext}`]) : '';
    (o.dc ? this.dc : this.e).call(this, 'cn_landline', l.v, raw);
    return raw + ext;
  }
  uscc(u) { const raw = chance(0.05) ? u.toLowerCase() : u; return this.e('cn_uscc', u, raw); }
  acct(a) { const raw = chance(0.3) ? a.replace(/(\d{4})(?=\d)/g, '$1 ') : a; return this.dc('bank_card', a, raw); }
  role(dom) { const v = pick(ROLEBOX) + '@' + dom; return this.dc('email', v); }
}

// ---------------------------------------------------------------- table rendering
const dw = (s) => [...s].reduce((a, c) => a + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
const csvq = (v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
function render(heads, keys, rows, style) {
  switch (style) {
    case 'csv': return [heads.map(csvq).join(','), ...rows.map((r) => r.map(csvq).join(','))].join('\n');
    case 'tsv': return [heads.join('\t'), ...rows.map((r) => r.join('\t'))].join('\n');
    case 'md': return [`| ${heads.join(' | ')} |`, `|${heads.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
    case 'bar': { const sep = pick(['｜', ' | ', '|']); return [heads.join(sep), ...rows.map((r) => r.join(sep))].join('\n'); }
    case 'semi': { const sep = pick(['；', ';']); return [heads.join(sep), ...rows.map((r) => r.join(sep))].join('\n'); }
    case 'align': {
      const w = heads.map((h, j) => Math.max(dw(h), ...rows.map((r) => dw(r[j]))));
      const line = (r) => r.map((c, j) => c + ' '.repeat(w[j] - dw(c))).join('  ').trimEnd();
      return [line(heads), '-'.repeat(w.reduce((a, b) => a + b + 2, 0)), ...rows.map(line)].join('\n');
    }
    case 'kv': { const kvs = pick(['：', ':', '=']), fs = pick(['，', '；', ' | ', '  ']), nb = pick([(i) => `${i + 1}. `, (i) => `【${i + 1}】`, () => '']); return rows.map((r, i) => `${nb(i)}${r.map((c, j) => (c === '' ? null : heads[j] + kvs + c)).filter(Boolean).join(fs)}`).join('\n'); }
    case 'json': return rows.map((r) => JSON.stringify(Object.fromEntries(keys.map((k, j) => [k, r[j]])))).join('\n');
    case 'num': { const sep = pick([' ', '  ', '，', ' / ']); return `（${heads.join(sep.trim() || ' ')}）\n` + rows.map((r, i) => `${i + 1}${pick(['、', '. ', ' '])}${r.filter((c) => c !== '').join(sep)}`).join('\n'); }
  }
}
const STYLES = ['csv', 'csv', 'tsv', 'md', 'bar', 'semi', 'align', 'align', 'kv', 'json', 'num'];
function table(d, reg, keys, ps, style = pick(STYLES)) {
  const cols = keys.map((k) => reg[k]);
  const heads = cols.map((c) => pick(c.h));
  const padOk = style === 'align' || style === 'num';
  const rows = ps.map((p, i) => cols.map((c) => String(c.f(p, i, padOk) ?? '')));
  return render(heads, cols.map((c) => c.k), rows, style);
}
function kvBlock(pairs, st = pick(['lines', 'lines', 'md', 'inline', 'tab'])) {
  const ps = pairs.filter((p) => p && p[1] !== '');
  const c = pick(['：', ':', '： ']);
  if (st === 'md') return ['| 项目 | 内容 |', '|---|---|', ...ps.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
  if (st === 'inline') return ps.map(([k, v]) => `${k}${c}${v}`).join(pick(['；', '，', '  ']));
  if (st === 'tab') return ps.map(([k, v]) => `${k}\t${v}`).join('\n');
  return ps.map(([k, v]) => `${k}${c}${v}`).join('\n');
}

// common column registry
function C(d, extra = {}) {
  return {
    seq: { k: 'no', h: ['序号', 'No.', '#'], f: (p, i) => String(i + 1) },
    conf: { k: 'reg_no', h: ['参会编号', '报名编号', '注册号', '参会证号'], f: () => d.x('conf_no', fConf(d.code)) },
    badge: { k: 'badge', h: ['胸牌号', '胸卡号', '证件编号(胸卡)'], f: () => d.x('badge_no', fBadge()) },
    name: { k: 'name', h: ['姓名', '参会人', '参会人姓名', '名字', '人员姓名'], f: (p, i, po) => d.name(p.n, po) },
    sex: { k: 'gender', h: ['性别'], f: (p) => p.sex },
    org: { k: 'company', h: ['单位', '工作单位', '单位名称', '公司名称', '所在单位'], f: (p) => d.x('company', p.org.name) },
    dept: { k: 'dept', h: ['部门', '所在部门'], f: () => pick(DEPTS) },
    title: { k: 'title', h: ['职务', '职位', '职称', '岗位'], f: (p) => d.x('job_title', p.title) },
    mobile: { k: 'mobile', h: ['手机', '手机号', '手机号码', '联系电话', '移动电话', '联系方式', 'Mobile'], f: (p) => d.mob(p.mobile) },
    email: { k: 'email', h: ['邮箱', '电子邮箱', 'E-mail', 'Email', '邮件地址'], f: (p) => d.mail(p) },
    id: { k: 'id_no', h: ['身份证号', '身份证号码', '证件号码', '公民身份号码', '身份证号（住宿登记用）'], f: (p) => d.id(p.id) },
    tel: { k: 'tel', h: ['办公电话', '座机', '单位电话', '固定电话'], f: (p) => d.land(p.tel, { ext: chance(0.2) ? ri(800, 8999) : null }) },
    card: { k: 'card_no', h: ['银行卡号', '卡号', '收款账号', '银行账号', '工资卡号'], f: (p) => d.card(p.card) },
    bank: { k: 'bank', h: ['开户行', '开户银行', '开户网点'], f: (p) => d.x('bank_branch', p.branch) },
    regtime: { k: 'created_at', h: ['报名时间', '提交时间', '登记时间'], f: () => d.x('datetime', fDT()) },
    arrive: { k: 'arrive', h: ['到达日期', '报到日期', '入住日期'], f: () => d.x('date', fDate()) },
    stay: { k: 'hotel', h: ['是否住宿', '住宿需求'], f: () => pick(['是', '否', '单住', '合住', '标间', '大床']) },
    order: { k: 'order_no', h: ['订单号', '支付订单号', '交易单号'], f: () => d.x('order_no', fOrder()) },
    amount: { k: 'fee', h: ['金额', '报名费', '费用', '缴费金额'], f: () => d.x('amount', fAmount()) },
    seat: { k: 'seat', h: ['座位号', '座位'], f: () => d.x('seat_no', fSeat()) },
    city: { k: 'city', h: ['城市', '所在城市'], f: (p) => d.x('place', p.org.city.c) },
    mmob: { k: 'mobile_masked', h: ['手机（脱敏）', '手机号', '联系电话'], f: (p) => d.x('masked_phone', mPhone(p.mobile)) },
    ...extra,
  };
}
function arrange(first, mid, tail) { const m = shuffle(mid.slice()); return chance(0.7) ? [...first, ...m, ...tail] : shuffle([...first, ...m, ...tail]); }
const exporter = (d) => `${pick(['导出人', '制表人', '制表', '经办人'])}：${d.name(genName())}  ${pick(['导出时间', '制表时间', '日期'])}：${d.x('datetime', fDT())}`;

// ---------------------------------------------------------------- kinds
const K = {};

K.reg = (d) => {
  const n = nrows(); d.orgs = mkOrgs(ri(1, Math.ceil(n / 2)));
  const ps = Array.from({ length: n }, () => P(d));
  const reg = C(d);
  const opt = [...sample(['org', 'title', 'conf', 'regtime', 'arrive', 'order', 'badge', 'amount', 'city', 'seat'], ri(3, 7)), ...sample(['sex', 'stay', 'tel', 'dept'], ri(0, 2))];
  const pii = sample(['mobile', 'email', 'id'], ri(2, 3));
  const keys = arrange(chance(0.6) ? ['seq', 'name'] : ['name'], [...opt, ...pii], []);
  const ev = d.x('event_name', fEvent());
  const head = pick([() => `${ev} 报名信息导出（截至${d.x('datetime', fDT())}）`, () => `【${ev}】参会报名表`, () => `报名表_${ev}_最终版`, () => `${ev}\n报名人员汇总（共${n}人）`])();
  const foot = chance(0.5) ? '\n\n' + exporter(d) : chance(0.5) ? `\n\n说明：身份证号仅用于酒店入住登记，请勿外传。会务热线 ${d.x('hotline', f400())}` : '';
  return `${head}\n${table(d, reg, keys, ps)}${foot}`;
};

K.receipt = (d) => {
  d.orgs = mkOrgs(1); const o = d.orgs[0];
  const n = wpick([[3, 1], [3, 2], [2, 3], [1, ri(4, 8)]]);
  const ps = Array.from({ length: n }, () => P(d, { org: o }));
  const ct = chance(0.6) ? ps[0] : P(d, { org: o });
  const ev = d.x('event_name', fEvent());
  const part1 = kvBlock([
    ['单位名称', d.x('company', o.name)],
    chance(0.8) ? [pick(['统一社会信用代码', '纳税人识别号', '税号', '信用代码']), d.uscc(o.uscc)] : null,
    ['单位地址', d.x('address_org', fAddrOrg(o.city))],
    chance(0.5) ? ['邮编', d.x('postal_code', o.city.pc + digits(3))] : null,
    [pick(['联系人', '报名联系人', '经办人']), d.name(ct.n)],
    chance(0.6) ? ['职务', d.x('job_title', ct.title)] : null,
    [pick(['手机', '联系手机', '手机号码']), d.mob(ct.mobile)],
    chance(0.5) ? [pick(['电话', '办公电话', '座机']), d.land(ct.tel, { ext: chance(0.3) ? ri(100, 999) : null })] : null,
    chance(0.3) ? ['传真', d.land(o.fax, { dc: true })] : null,
    [pick(['邮箱', 'E-mail', '电子邮箱']), d.mail(ct)],
  ]);
  const reg = C(d);
  const keys = arrange(['name'], sample(['sex', 'title', 'mobile', 'id', 'email', 'stay'], ri(2, 5)), []);
  let rooms = '';
  if (n >= 2 && chance(0.6)) rooms = `\n住宿安排：${d.name(ps[0].n)} 与 ${d.name(ps[1].n)} 合住标间，入住 ${d.x('date', fDate())}，离店 ${d.x('date', fDate())}`;
  const inv = chance(0.7) ? `\n\n开票信息\n${kvBlock([
    ['发票抬头', d.x('company', o.name)],
    [pick(['税号', '纳税人识别号']), d.uscc(o.uscc)],
    chance(0.6) ? ['开户行', d.x('bank_branch', pick(IINS)[0] + o.city.c + pick(BR) + '支行')] : null,
    chance(0.6) ? ['账号', d.acct(corpAcct())] : null,
    chance(0.5) ? ['电话', d.land(o.sw, { dc: true })] : null,
    ['发票类型', pick(['增值税专用发票', '增值税普通发票', '数电普票', '数电专票'])],
  ])}` : '';
  const org2 = mkOrg();
  const pay = chance(0.6) ? `\n\n汇款信息：户名 ${d.x('company', org2.name)}，开户行 ${d.x('bank_branch', pick(IINS)[0] + org2.city.c + pick(BR) + '支行')}，账号 ${d.acct(corpAcct())}，金额 ${d.x('amount', fAmount())}` : '';
  const back = `\n\n请于${d.x('date', fDate())}前将回执发送至 ${d.role(org2.dom)}${chance(0.5) ? `，咨询电话 ${d.x('hotline', f400())}` : ''}。`;
  return `${ev}\n参会回执表\n\n${part1}\n\n参会人员：\n${table(d, reg, keys, ps, pick(['md', 'tsv', 'align', 'kv', 'csv']))}${rooms}${inv}${pay}${back}`;
};

K.expo = (d) => {
  const n = nrows(); d.orgs = mkOrgs(ri(1, n));
  const ps = Array.from({ length: n }, () => P(d));
  const reg = C(d, {
    vno: { k: 'visitor_no', h: ['观众编号', '登记号', '预登记号'], f: () => d.x('conf_no', fConf(d.code)) },
    booth: { k: 'booth', h: ['到访展位', '感兴趣展位', '展位号'], f: () => d.x('booth_no', fBooth()) },
    prod: { k: 'interest', h: ['感兴趣产品', '关注领域'], f: () => pick(['工业机器人', '传感器', '医疗影像', '储能', '激光设备', '智能仓储', 'SaaS']) },
    qr: { k: 'qrcode', h: ['胸卡二维码', '二维码内容', '入场码'], f: () => d.x('qr_payload', fQR(d)) },
    chan: { k: 'channel', h: ['登记渠道', '来源'], f: () => pick(['官网', '公众号', '现场登记', '小程序', '邀请函']) },
    ts: { k: 'ts', h: ['入场时间戳', 'scan_ts'], f: () => d.x('timestamp', fTs()) },
  });
  const keys = arrange(['vno', 'name'], [...sample(['org', 'title', 'dept', 'city', 'prod', 'booth', 'chan', 'qr', 'regtime', 'ts', 'badge'], ri(3, 7)), ...sample(['mobile', 'email'], ri(1, 2))], []);
  const ev = d.x('event_name', fEvent());
  return `${ev} 观众登记数据（${d.x('place', fVenue(pick(CITIES)))}）\n${table(d, reg, keys, ps)}\n\n${chance(0.5) ? `注：展商仅可使用本展位扫码所得数据。展位 ${d.x('booth_no', fBooth())}` : exporter(d)}`;
};

function cardText(d, p) {
  const o = p.org, L = [];
  const nm = d.name(p.n, true);
  L.push(d.x('company', o.name));
  if (chance(0.4) && o.core) L.push(d.x('company', `${pick(['SHENZHEN', 'HANGZHOU', 'BEIJING', 'SHANGHAI'])} ${o.dom.split(/[.-]/)[0].toUpperCase()} TECHNOLOGY CO., LTD.`));
  L.push(nm + (p.eng ? `  ${p.eng} ${p.n.s[0].toUpperCase() + p.n.s.slice(1)}` : ''));
  L.push(d.x('job_title', p.title) + (chance(0.3) ? ' / ' + pick(DEPTS) : ''));
  const mk = pick([['M', 'T', 'F', 'E', 'A'], ['手机', '电话', '传真', '邮箱', '地址'], ['Mob', 'Tel', 'Fax', 'E-mail', 'Add'], ['手机', 'Tel', 'Fax', 'Email', '地址']]);
  const c = pick([': ', '：', ' ', ':']);
  L.push(`${mk[0]}${c}${d.mob(p.mobile, wpick([[4, 0], [3, 1], [2, 2], [1, 3]]))}`);
  if (chance(0.75)) L.push(`${mk[1]}${c}${d.land(p.tel, { ext: chance(0.5) ? ri(800, 8999) : null })}`);
  if (chance(0.4)) L.push(`${mk[2]}${c}${d.land(o.fax, { dc: true })}`);
  L.push(`${mk[3]}${c}${d.mail(p)}`);
  if (chance(0.7)) L.push(`${mk[4]}${c}${d.x('address_org', fAddrOrg(o.city))}`);
  if (chance(0.4)) L.push(d.x('url', `www.${o.dom}`));
  if (chance(0.3)) L.push(`${pick(['邮编', 'P.C.'])} ${d.x('postal_code', o.city.pc + digits(3))}`);
  if (chance(0.25)) L.push(`全国服务热线 ${d.x('hotline', f400())}`);
  return L.join('\n');
}
K.card = (d) => {
  const n = wpick([[5, 1], [2, ri(2, 5)], [1, ri(6, 20)]]);
  d.orgs = mkOrgs(n);
  const ps = d.orgs.map((o) => P(d, { org: o }));
  if (n === 1 || chance(0.5)) {
    return ps.map((p, i) => `${pick(['[名片识别结果', '=== 名片', '【OCR】名片'])} #${i + 1}${chance(0.5) ? `  置信度 0.${ri(80, 99)}` : ''}${chance(0.4) ? `  扫描于 ${d.x('booth_no', fBooth())} 展位` : ''}\n${cardText(d, p)}`).join('\n\n');
  }
  const reg = C(d, { scan: { k: 'scan_time', h: ['扫描时间', '录入时间'], f: () => d.x('datetime', fDT()) }, note: { k: 'note', h: ['备注', '标签'], f: () => pick(['意向客户', '已加微信', '需报价', '', '经销商', '展会名片']) } });
  const keys = arrange(['name'], ['org', 'title', 'mobile', 'email', ...sample(['tel', 'scan', 'note', 'city'], ri(1, 3))], []);
  return `名片全能王 导出 · ${d.x('event_name', fEvent())} 收集名片 ${n} 张\n${table(d, reg, keys, ps, pick(['csv', 'tsv', 'json', 'md']))}`;
};

K.signin = (d) => {
  const n = nrows(); d.orgs = mkOrgs(ri(1, Math.ceil(n / 2)));
  const ps = Array.from({ length: n }, () => P(d));
  const masked = chance(0.25);
  const reg = C(d, {
    stime: { k: 'sign_time', h: ['签到时间', '到场时间'], f: () => (chance(0.85) ? d.x('time', fTime()) : '未到') },
    sig: { k: 'signature', h: ['签名', '本人签字'], f: () => pick(['（已签）', '✔', '', '代签']) },
  });
  const keys = arrange(['seq', 'name'], [...sample(['org', 'title', 'seat', 'dept', 'badge'], ri(1, 3)), masked ? 'mmob' : 'mobile', ...(chance(0.3) ? ['id'] : [])], ['stime', 'sig']);
  const ev = d.x('event_name', fEvent());
  return `${ev} 签到表\n会议时间：${d.x('date', fDate())} ${d.x('time', fTime())}   地点：${d.x('venue', fVenue(pick(CITIES)))}\n${table(d, reg, keys, ps)}\n${chance(0.5) ? `实到 ${ri(1, n)} 人 / 应到 ${n} 人  ` : ''}${chance(0.5) ? `会务负责人：${d.name(genName())} ${d.mob(genMobile())}` : ''}`;
};

K.guests = (d) => {
  const n = wpick([[3, ri(2, 10)], [2, ri(11, 30)], [1, ri(31, 60)]]); d.orgs = mkOrgs(n);
  const ps = d.orgs.map((o) => P(d, { org: o, y0: 1950, y1: 1985 }));
  const liaison = Array.from({ length: ri(1, 4) }, () => P(d));
  const reg = C(d, {
    tbl: { k: 'table', h: ['桌号', '席位', '主桌位次'], f: () => d.x('table_no', fTable()) },
    lia: { k: 'liaison', h: ['对接人', '联络人', '陪同人员'], f: (p, i) => d.name(liaison[i % liaison.length].n) },
    liam: { k: 'liaison_mobile', h: ['对接人电话', '联络人手机'], f: (p, i) => d.mob(liaison[i % liaison.length].mobile) },
    arr: { k: 'arrival', h: ['抵达信息', '行程'], f: () => (chance(0.5) ? `${d.x('flight_no', fFlight())} ${d.x('time', fTime())}` : `${d.x('train_no', fTrain())} ${d.x('date', fDate())}`) },
  });
  const keys = arrange(['name'], ['org', 'title', ...sample(['tbl', 'seat', 'arr', 'mobile', 'email'], ri(1, 3)), ...(chance(0.6) ? ['lia', 'liam'] : [])], []);
  return `${d.x('event_name', fEvent())}\n${pick(['嘉宾名单', '主要嘉宾名单（按姓氏笔画排序）', 'VIP嘉宾接待表', '主席台嘉宾'])}\n${table(d, reg, keys, ps)}\n${chance(0.5) ? `\n接待酒店：${d.x('hotel', fHotel(ps[0].org.city).name)}` : ''}`;
};

K.rooming = (d) => {
  const nr = wpick([[2, ri(1, 5)], [4, ri(6, 20)], [2, ri(21, 40)]]);
  d.orgs = mkOrgs(ri(1, 6));
  const passports = chance(0.2);
  const h = fHotel(pick(CITIES));
  const rows = [];
  for (let i = 0; i < nr; i++) {
    const a = P(d), b = chance(0.7) ? P(d) : null;
    if (passports) { a.pp = genPassport(); if (b) b.pp = genPassport(); }
    rows.push({ a, b, room: fRoom(), type: b ? pick(['双床房', '标准间', '行政双床']) : pick(['大床房', '豪华大床', '单人间']) });
  }
  const idf = (p) => (passports ? d.e('cn_passport', p.pp, chance(0.1) ? p.pp.toLowerCase() : p.pp) : d.id(p.id));
  const idh = passports ? pick(['护照号', '护照号码', 'Passport No.']) : pick(['身份证号', '证件号码', '身份证']);
  const heads = ['房号', '房型', '入住人1', idh + '1', '入住人2', idh + '2', '入住', '离店'];
  const conf = chance(0.5);
  if (conf) heads.push(pick(['确认号', '预订单号', '协议价']));
  const style = pick(['csv', 'tsv', 'md', 'align', 'bar']);
  const body = rows.map((r) => [d.x('room_no', r.room), r.type, d.name(r.a.n, style === 'align'), idf(r.a), r.b ? d.name(r.b.n, style === 'align') : '', r.b ? idf(r.b) : '', ...fDatePair().map((x) => d.x('date', x)), ...(conf ? [heads[8] === '协议价' ? d.x('amount', fAmount()) : d.x('order_no', fOrder())] : [])]);
  if (chance(0.3)) { heads.push('手机'); body.forEach((b, i) => b.push(d.mob(rows[i].a.mobile))); }
  const title = passports ? `${pick(['赴德国汉诺威工业博览会', '赴美国CES展', '赴新加坡亚洲论坛', '赴日本东京展'])} 团组分房表` : `${d.x('hotel', h.name)} 分房表`;
  const tail = [
    chance(0.6) ? `酒店确认号：${d.x('order_no', 'HT' + fOrder().slice(0, 14))}` : '',
    chance(0.5) ? `酒店前台：${d.land(h.land, { dc: true })}` : '',
    chance(0.4) ? `地址：${d.x('address_org', h.addr)}` : '',
    chance(0.6) ? `会务组房间：${d.x('room_no', fRoom())}，联系人 ${d.name(genName())} ${d.mob(genMobile())}` : '',
  ].filter(Boolean).join('\n');
  return `${title}\n${render(heads, heads, body, style)}\n${tail}`;
};

K.pickup = (d) => {
  const n = nrows(); d.orgs = mkOrgs(ri(1, 8));
  const ps = Array.from({ length: n }, () => P(d));
  const drivers = Array.from({ length: ri(1, 5) }, () => ({ p: P(d), plate: fPlate() }));
  const book = chance(0.35);
  const reg = C(d, {
    trip: { k: 'trip', h: ['航班/车次', '航班号', '车次', '交通'], f: () => d.x(chance(0.6) ? 'flight_no' : 'train_no', chance(0.6) ? fFlight() : fTrain()) },
    at: { k: 'arrive_at', h: ['到达时间', '落地时间', '抵达'], f: () => d.x('datetime', fDT()) },
    where: { k: 'place', h: ['接站地点', '到达站', '航站楼'], f: () => d.x('place', pick([...AIRPORTS, ...STATIONS])) },
    cnt: { k: 'pax', h: ['人数'], f: () => String(ri(1, 3)) },
    drv: { k: 'driver', h: ['司机', '接站司机', '接机人'], f: (p, i) => d.name(drivers[i % drivers.length].p.n) },
    drvm: { k: 'driver_mobile', h: ['司机电话', '接机人手机'], f: (p, i) => d.mob(drivers[i % drivers.length].p.mobile) },
    plate: { k: 'plate', h: ['车牌', '车牌号'], f: (p, i) => d.x('plate_no', drivers[i % drivers.length].plate) },
    tk: { k: 'ticket_no', h: ['票号', '电子客票号'], f: () => d.x('ticket_no', fTicket()) },
    price: { k: 'price', h: ['票价', '金额'], f: () => d.x('amount', fAmount()) },
  });
  const keys = book
    ? arrange(['seq', 'name'], ['id', 'mobile', 'trip', ...sample(['tk', 'price', 'order', 'at'], ri(2, 4))], [])
    : arrange(['name'], ['mobile', 'trip', 'at', ...sample(['where', 'cnt', 'drv', 'drvm', 'plate'], ri(2, 5))], []);
  const head = book ? `${pick(['机票代订名单', '返程机票预订信息', '高铁票代购'])}（请核对证件号，出票后不可更改）` : `${pick(['接送机安排', '接站表', '接机一览'])} ${d.x('date', fDate())}`;
  return `${head}\n${table(d, reg, keys, ps)}\n${chance(0.5) ? `调度：${d.name(genName())} ${d.mob(genMobile())}` : `车队热线 ${d.x('hotline', f400())}`}`;
};

K.marathon = (d) => {
  const n = nrows(); d.orgs = mkOrgs(3);
  const ps = Array.from({ length: n }, () => { const p = P(d, { y0: 1958, y1: 2006 }); if (chance(0.08)) p.pp = genPassport(); p.ec = P(d); return p; });
  const reg = C(d, {
    bib: { k: 'bib', h: ['参赛号', '号码布', '参赛号码'], f: () => d.x('bib_no', fBib()) },
    idt: { k: 'id_type', h: ['证件类型'], f: (p) => (p.pp ? '护照' : '身份证') },
    idn: { k: 'id_no', h: ['证件号码', '证件号'], f: (p) => (p.pp ? d.e('cn_passport', p.pp) : d.id(p.id)) },
    blood: { k: 'blood', h: ['血型'], f: () => pick(['A', 'B', 'O', 'AB', 'A型', 'O型', '不详']) },
    ecn: { k: 'emergency_contact', h: ['紧急联系人', '紧急联系人姓名'], f: (p) => d.name(p.ec.n) },
    ecm: { k: 'emergency_phone', h: ['紧急联系人电话', '紧急联系电话', '紧急联系人手机'], f: (p) => d.mob(p.ec.mobile) },
    grp: { k: 'group', h: ['组别', '项目'], f: () => pick(['全程马拉松', '半程马拉松', '10公里', '迷你跑', '全马', '半马']) },
    size: { k: 'size', h: ['T恤尺码', '服装尺码'], f: () => pick(['S', 'M', 'L', 'XL', 'XXL']) },
    res: { k: 'result', h: ['净成绩', '完赛成绩'], f: () => d.x('time', `${pad(ri(1, 6), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`) },
  });
  const keys = arrange(['bib', 'name'], ['sex', 'idt', 'idn', 'mobile', ...sample(['order', 'regtime', 'res', 'amount'], ri(1, 4)), ...sample(['email', 'blood', 'ecn', 'ecm', 'grp', 'size'], ri(2, 5))], []);
  if (keys.includes('ecm') && !keys.includes('ecn')) keys.push('ecn');
  return `${YR()}${pick(['深圳', '杭州', '成都', '兰州', '厦门', '无锡'])}${pick(['马拉松', '半程马拉松', '国际马拉松'])} ${pick(['报名数据', '中签名单（内部）', '参赛选手信息表'])}\n${table(d, reg, keys, ps)}\n${chance(0.4) ? `组委会咨询：${d.x('hotline', f400())}` : ''}`;
};

K.wedding = (d) => {
  const groom = genName(), bride = genName();
  const n = nrows(); const ps = Array.from({ length: n }, () => P(d));
  const g = d.name(groom), b = d.name(bride);
  const ledger = chance(0.5);
  const reg = C(d, {
    rel: { k: 'relation', h: ['关系', '来宾类别'], f: () => pick(['新郎同事', '新娘同学', '男方亲戚', '女方亲戚', '大学室友', '父母朋友', '新郎发小']) },
    tbl: { k: 'table', h: ['桌号', '席位'], f: () => d.x('table_no', fTable()) },
    cnt: { k: 'pax', h: ['人数', '几位'], f: () => String(ri(1, 4)) },
    gift: { k: 'gift', h: ['礼金', '礼金金额', '随礼'], f: () => d.x('amount', pick(['200', '500', '600', '666', '800', '888', '1000', '1314', '2000', '5200']) + pick(['', '元', '.00'])) },
    way: { k: 'method', h: ['方式', '收礼方式'], f: (p) => (chance(0.6) ? pick(['现金', '红包', '微信转账', '支付宝']) : `银行转账 ${d.x('masked_card', mCard(p.card))}`) },
  });
  const keys = ledger ? arrange(['seq', 'name'], ['gift', 'way', ...sample(['rel', 'mobile', 'regtime'], ri(0, 2))], []) : arrange(['name'], ['rel', 'tbl', ...sample(['cnt', 'mobile', 'seat'], ri(1, 2))], []);
  const head = `${g} & ${b} ${pick(['婚礼', '婚宴', '订婚宴'])} ${ledger ? pick(['礼金簿', '礼金登记', '随礼记录']) : pick(['宾客名单', '宾客座次表', '来宾统计'])}\n${pick(['婚礼日期', '时间'])}：${d.x('date', fDate())}  ${d.x('hotel', fHotel(pick(CITIES)).name)} ${pick(['宴会厅', '二楼宴会厅', '三楼金色大厅'])}`;
  let tail = '';
  if (chance(0.4)) { const gp = P(d, { n: groom }); tail += `\n\n不能到场的亲友可转账至新郎${d.name(groom)}：${d.x('bank_branch', gp.bank)} ${d.card(gp.card)}`; }
  if (chance(0.5)) tail += `\n婚庆对接：${d.name(genName())} ${d.mob(genMobile())}（${pick(['婚礼策划', '督导', '司仪'])}）`;
  if (chance(0.3)) tail += `\n伴郎 ${d.name(genName())}，伴娘 ${d.name(genName())}`;
  return `${head}\n${table(d, reg, keys, ps)}${tail}`;
};

K.training = (d) => {
  const n = nrows(); d.orgs = mkOrgs(ri(1, Math.ceil(n / 3)));
  const ps = Array.from({ length: n }, () => P(d, { y0: 1965, y1: 2002 }));
  const reg = C(d, {
    sno: { k: 'student_no', h: ['学号', '学员编号'], f: () => d.x('student_no', fStudent()) },
    inv: { k: 'invoice_title', h: ['发票抬头', '开票单位'], f: (p) => d.x('company', p.org.name) },
    tax: { k: 'tax_id', h: ['税号', '纳税人识别号', '统一社会信用代码'], f: (p) => d.uscc(p.org.uscc) },
    cert: { k: 'cert_no', h: ['证书编号', '结业证书号'], f: () => d.x('cert_no', fCert()) },
    fee: { k: 'fee', h: ['培训费', '缴费金额'], f: () => d.x('amount', fAmount()) },
    edu: { k: 'edu', h: ['学历'], f: () => pick(['本科', '硕士', '大专', '博士']) },
  });
  const keys = arrange(['sno', 'name'], ['sex', 'org', ...sample(['title', 'mobile', 'email', 'id', 'edu', 'cert', 'fee'], ri(3, 6)), ...(chance(0.5) ? ['inv', 'tax'] : [])], []);
  const head = `${pick(['第12期', '2024年第3期', '春季', '秋季'])}${pick(['数据合规官', '注册安全工程师', '项目管理PMP', '会展策划师', '跨境电商运营', '企业内训师'])}培训班 学员名单${chance(0.5) ? '（内部资料，请勿外传）' : ''}`;
  const tail = chance(0.5) ? `\n班主任：${d.name(genName())}  电话：${d.mob(genMobile())}  教务邮箱：${d.role(d.site)}` : `\n培训地点：${d.x('venue', fVenue(pick(CITIES)))}  报到时间：${d.x('date', fDate())} ${d.x('time', fTime())}`;
  return `${head}\n${table(d, reg, keys, ps)}${tail}`;
};

K.lottery = (d) => {
  const n = nrows(); const ps = Array.from({ length: n }, () => P(d));
  const internal = chance(0.35);
  const prizes = ['iPhone 15', '华为MatePad', '戴森吹风机', '京东卡500元', '小米手环', '定制保温杯', '现金红包888元', '扫地机器人'];
  const lines = [];
  if (!internal) {
    lines.push(`【中奖公告】${d.x('event_name', fEvent())} 幸运抽奖结果`);
    let lvl = 0;
    ps.forEach((p, i) => {
      if (i === 0 || chance(0.2)) lines.push(`${['一', '二', '三', '四', '五', '六', '七'][Math.min(lvl++, 6)]}等奖（${pick(prizes)}）：`);
      const who = chance(0.7) ? d.x('masked_name', mName(p.n)) : '';
      const code = chance(0.4) ? `  中奖码 ${d.x('lottery_code', pick(LT) + digits(6))}` : '';
      const tk = chance(0.1) ? `  电子券 ${d.x('ticket_no', 'E' + ri(1, 9) + digits(7))}` : '';
      lines.push(`  ${who}${who ? ' ' : ''}${d.x('masked_phone', mPhone(p.mobile))}${code}${tk}`);
    });
    lines.push(`\n请中奖者于${d.x('date', fDate())}前联系工作人员 ${d.name(genName())}（${d.mob(genMobile())}）领取奖品，逾期视为放弃。`);
    if (chance(0.5)) lines.push(`活动解释权归${d.x('company', mkOrg().name)}所有。客服 ${d.x('hotline', f400())}`);
    return lines.join('\n');
  }
  const reg = C(d, {
    prize: { k: 'prize', h: ['奖品', '奖项'], f: () => pick(prizes) },
    addr: { k: 'address', h: ['收货地址', '邮寄地址'], f: (p) => `${p.org.city.c}市${pick(p.org.city.ds)}${pick(ROADS)}${ri(1, 300)}号${ri(1, 30)}栋${ri(1, 30)}0${ri(1, 8)}室` },
    exp: { k: 'tracking', h: ['快递单号', '运单号'], f: () => d.x('tracking_no', pick(['SF', 'YT', 'JT', 'ZT']) + digits(13)) },
  });
  const keys = arrange(['seq', 'name'], ['mobile', 'prize', ...sample(['addr', 'exp', 'id'], ri(1, 3))], []);
  return `奖品发放登记表（内部，含完整联系方式）\n${table(d, reg, keys, ps)}`;
};

K.chat = (d) => {
  d.orgs = mkOrgs(ri(2, 10));
  const ev = d.x('event_name', fEvent());
  const mem = Array.from({ length: ri(3, 20) }, () => P(d));
  const staff = P(d);
  const nick = ['🌸小鱼儿', '阳光男孩', 'Amy', '老K', '风中的承诺', 'Tony-销售部', '静待花开', '🏃‍♂️跑者'];
  const sender = (p) => {
    if (p === staff) return `会务组-${d.name(p.n)}`;
    if (!p.sn) p.sn = wpick([[5, 'name'], [3, 'org'], [2, 'nick']]);
    return p.sn === 'name' ? d.name(p.n) : p.sn === 'org' ? `${d.name(p.n)}-${p.org.core ?? p.org.name.slice(0, 4)}` : (p.nk ??= pick(nick));
  };
  const hotel = fHotel(pick(CITIES));
  const T = [
    (p) => `大家好，我是${d.x('company', p.org.name)}的${d.name(p.n)}，手机${d.mob(p.mobile)}，请多关照`,
    (p) => `${d.name(p.n)} ${d.id(p.id)}`,
    (p) => `${d.name(p.n)}，身份证${d.id(p.id)}，${pick(['大床', '标间合住', '单住'])}`,
    () => `我的航班是${d.x('flight_no', fFlight())}，${d.x('date', fDate())} ${d.x('time', fTime())}到`,
    () => `明天坐${d.x('train_no', fTrain())}，${d.x('time', fTime())}到${d.x('place', pick(STATIONS))}，需要接站`,
    () => `我们是${d.x('room_no', fRoom())}房，房卡在前台领`,
    (p) => `发票抬头：${d.x('company', p.org.name)}，税号${d.uscc(p.org.uscc)}，电子票发${d.mail(p)}`,
    (p) => `我邮箱 ${d.mail(p)}，资料麻烦发一下`,
    () => pick(['收到', '好的👌', '[图片]', '[表情]', `[语音] ${ri(2, 59)}"`, '谢谢会务组！', '已报名', '+1', '[红包] 恭喜发财']),
    () => `订单号 ${d.x('order_no', fOrder())} 付款成功了，能开票吗`,
    () => `抽奖 ${d.x('masked_phone', mPhone(genMobile()))} 是哪位？一等奖！`,
    (p) => { const q = P(d), r = pick(mem); return `@${r === p ? '所有人' : d.name(r.n)} ${d.name(q.n)}的手机${d.mob(q.mobile)}，他还没进群，麻烦拉一下`; },
    (p) => `退款请打到我卡上：${d.x('bank_branch', p.bank)} ${d.card(p.card)} 户名${d.name(p.n)}`,
    () => `展位在${d.x('booth_no', fBooth())}，欢迎过来坐坐`,
  ];
  const L = [`群聊"${ev}参会交流群"的聊天记录`, `导出时间：${d.x('datetime', fDT())}`, ''];
  L.push(`${sender(staff)}`, `群公告：会务热线 ${d.x('hotline', f400())}，报到地点 ${d.x('venue', fVenue(hotel.land.city))}，住宿 ${d.x('hotel', hotel.name)}。需要住宿的请在群里回复 姓名+身份证号。${chance(0.5) ? `会务手机 ${d.dc('cn_mobile', genMobile())}（工作时间）` : ''}`, '');
  const m = ri(6, 60), ck = clock(ri(7, 10)), full = chance(0.5), inline = chance(0.5);
  const staffT = [T[3], T[4], T[5], T[8], T[10], T[11], T[13]];
  for (let i = 0; i < m; i++) {
    const p = chance(0.1) ? staff : pick(mem);
    const now = ck.tick(ri(0, 95));
    const ts = full ? d.x('datetime', ck.full(now)) : d.x('time', ck.hm(now));
    const msg = pick(p === staff ? staffT : T)(p);
    L.push(inline ? `${ts} ${sender(p)}：${msg}` : `${sender(p)} ${ts}\n${msg}`);
  }
  return L.join('\n');
};

K.mail = (d) => {
  d.orgs = mkOrgs(ri(1, 4));
  const org = mkOrg(), staff = P(d, { org }), to = P(d);
  const cc = chance(0.4) ? P(d) : null;
  const ev = d.x('event_name', fEvent());
  const conf = d.x('conf_no', fConf(d.code));
  const hotel = fHotel(org.city);
  const H = [
    `发件人: ${chance(0.5) ? `会务组 <${d.role(org.dom)}>` : `"${d.name(staff.n)}" <${d.mailPlain(staff)}>`}`,
    `收件人: ${d.name(to.n)} <${d.mail(to)}>`,
    cc ? `抄送: ${d.name(cc.n)} <${d.mail(cc)}>` : '',
    `日期: ${d.x('datetime', fDT())}`,
    `主题: ${pick(['【参会确认】', '【重要】住宿及接站安排 ', 'Re: 报名信息核对 - ', '【报到须知】'])}${ev} - ${conf}`,
  ].filter(Boolean);
  const B = [`${d.name(to.n)} ${pick(['先生', '女士', '老师', '总'])}：`, '您好！'];
  B.push(`您已成功报名${ev}，参会编号 ${conf}，胸牌号 ${d.x('badge_no', fBadge())}，报到时请出示${chance(0.5) ? '身份证' : `二维码（${d.x('qr_payload', fQR(d))}）`}。`);
  if (chance(0.6)) B.push(`住宿：${d.x('hotel', hotel.name)}（${d.x('address_org', hotel.addr)}，前台 ${d.land(hotel.land, { dc: true })}），${d.x('date', fDate())} 入住，房间 ${d.x('room_no', fRoom())}${chance(0.5) ? `，与 ${d.name(genName())} 合住` : ''}。`);
  if (chance(0.5)) B.push(`接站：您乘坐的 ${d.x('flight_no', fFlight())} 预计 ${d.x('time', fTime())} 抵达，司机 ${d.name(genName())}（${d.mob(genMobile())}，车牌 ${d.x('plate_no', fPlate())}）将在出口等候。`);
  if (chance(0.5)) {
    const ps = Array.from({ length: nrows() }, () => P(d));
    B.push(`\n请核对贵单位以下参会人员信息（用于酒店入住登记），如有误请回复本邮件：`);
    B.push(table(d, C(d), arrange(['name'], sample(['mobile', 'id', 'email', 'title', 'stay'], ri(2, 4)), []), ps, pick(['md', 'tsv', 'align', 'kv', 'num'])));
  }
  if (chance(0.4)) B.push(`报名费 ${d.x('amount', fAmount())} 已收到，电子发票（发票号码 ${d.x('invoice_no', fInvNo())}）将发送至您的邮箱。`);
  B.push(`如有疑问请联系会务组${chance(0.7) ? ` ${d.name(staff.n)} ${d.mob(staff.mobile)}` : ''}，或拨打会务热线 ${d.x('hotline', f400())}。`);
  const sig = ['', '--', d.name(staff.n), `${d.x('job_title', staff.title)} | ${pick(DEPTS)}`, d.x('company', org.name),
    `手机：${d.mob(staff.mobile)}${chance(0.6) ? `  座机：${d.land(staff.tel, { ext: chance(0.5) ? ri(100, 999) : null })}` : ''}`,
    `邮箱：${d.mail(staff)}`, chance(0.4) ? `总机：${d.land(org.sw, { dc: true })}` : null, chance(0.3) ? `地址：${d.x('address_org', fAddrOrg(org.city))}` : null].filter((x) => x !== null);
  return [...H, '', ...B, ...sig].join('\n');
};

K.honorarium = (d) => {
  const n = nrows(); d.orgs = mkOrgs(ri(1, n));
  const ps = Array.from({ length: n }, () => P(d, { y0: 1950, y1: 1995 }));
  const sci = chance(0.12);
  const reg = C(d, {
    gross: { k: 'gross', h: ['应发金额', '税前金额', '劳务费'], f: () => d.x('amount', fAmount()) },
    taxv: { k: 'tax', h: ['代扣个税', '个税'], f: () => d.x('amount', `${ri(0, 900)}.${pad(ri(0, 99), 2)}`) },
    net: { k: 'net', h: ['实发金额', '税后'], f: () => d.x('amount', fAmount()) },
    role: { k: 'role', h: ['身份', '类别'], f: () => pick(['评审专家', '讲者', '主持人', '志愿者', '翻译']) },
    sci: { k: 'card_no', h: ['银行卡号'], f: (p) => (chance(0.5) ? d.x('excel_sci', `${p.card[0]}.${p.card.slice(1, 6)}E+${p.card.length - 1}`) : d.card(p.card)) },
  });
  const keys = arrange(['seq', 'name'], ['id', sci ? 'sci' : 'card', 'bank', ...sample(['gross', 'taxv', 'net', 'title'], ri(2, 4)), ...sample(['org', 'role', 'mobile'], ri(0, 2))], []);
  const head = `${d.x('event_name', fEvent())} ${pick(['专家劳务费发放明细表', '讲课费发放表', '志愿者补贴发放名单', '评审费签收表'])}`;
  const tail = sci ? `\n注：部分卡号被 Excel 显示为科学计数法，请财务重新导出。` : chance(0.5) ? `\n\n制表：${d.name(genName())}   审核：${d.name(genName())}   财务：${d.x('date', fDate())}` : '';
  return `${head}\n${table(d, reg, keys, ps)}${tail}`;
};

K.refund = (d) => {
  const n = nrows(); d.orgs = mkOrgs(ri(1, n));
  const ps = Array.from({ length: n }, () => { const p = P(d); if (chance(0.2)) p.holder = P(d, { n: genName() }); return p; });
  const reg = C(d, {
    amt: { k: 'refund', h: ['退款金额', '应退金额'], f: () => d.x('amount', fAmount()) },
    rc: { k: 'refund_card', h: ['退款卡号', '收款卡号', '退款账户'], f: (p) => d.card((p.holder ?? p).card) },
    hold: { k: 'holder', h: ['户名', '持卡人', '收款人'], f: (p) => d.name((p.holder ?? p).n) },
    rb: { k: 'bank', h: ['开户行', '开户银行'], f: (p) => d.x('bank_branch', (p.holder ?? p).branch) },
    why: { k: 'reason', h: ['退款原因', '原因'], f: () => pick(['行程冲突', '重复报名', '活动延期', '身体原因', '单位统一报名']) },
  });
  const keys = arrange(['order', 'name'], ['mobile', 'amt', 'rc', 'hold', ...sample(['rb', 'regtime', 'org'], ri(1, 3)), ...sample(['why', 'email'], ri(0, 1))], []);
  return `${d.x('event_name', fEvent())} 报名费退款申请汇总\n${table(d, reg, keys, ps)}\n${chance(0.5) ? `财务对接：${d.name(genName())}，原路退回失败的订单按以上账户线下打款。` : ''}`;
};

K.invoice = (d) => {
  const n = nrows(); d.orgs = mkOrgs(ri(1, n));
  const ps = Array.from({ length: n }, () => { const p = P(d); p.personal = chance(0.2); return p; });
  const reg = C(d, {
    typ: { k: 'type', h: ['发票类型', '票种'], f: (p) => (p.personal ? '个人普票' : pick(['增值税专用发票', '增值税普通发票', '数电普票'])) },
    tt: { k: 'title', h: ['发票抬头', '抬头'], f: (p) => (p.personal ? d.name(p.n) : d.x('company', p.org.name)) },
    tax: { k: 'tax_id', h: ['税号', '纳税人识别号'], f: (p) => (p.personal ? '' : d.uscc(p.org.uscc)) },
    ino: { k: 'invoice_no', h: ['发票号码'], f: () => (chance(0.7) ? d.x('invoice_no', fInvNo()) : '待开') },
    icode: { k: 'invoice_code', h: ['发票代码'], f: () => d.x('invoice_code', fInvCode()) },
    st: { k: 'status', h: ['状态'], f: () => pick(['已开', '待审核', '已发送', '红冲']) },
  });
  const keys = arrange(['seq', 'name'], ['typ', 'tt', 'tax', 'amount', ...sample(['email', 'ino', 'icode', 'st', 'mobile', 'order'], ri(2, 4))], []);
  let tail = '';
  if (chance(0.15)) { const sole = P(d); tail = `\n个体户旧税号（身份证+2位）：${d.name(sole.n)} ${d.dc('cn_resident_id', sole.id)}${pad(ri(1, 99), 2)}`; }
  if (chance(0.4)) tail += `\n销售方：${d.x('company', mkOrg().name)} 组织机构代码 ${d.x('org_code', fOrgCode())}`;
  return `${d.x('event_name', fEvent())} 开票申请汇总\n${table(d, reg, keys, ps)}${tail}`;
};

K.agenda = (d) => {
  d.orgs = mkOrgs(ri(3, 12));
  const ev = d.x('event_name', fEvent());
  const city = pick(CITIES);
  const L = [`${ev} 议程`, `时间：${d.x('date', fDate())}  地点：${d.x('venue', fVenue(city))}`, ''];
  const k = ri(4, 16), ck = clock(8);
  for (let i = 0; i < k; i++) {
    const p = P(d);
    const topic = i === 0 ? '开幕致辞' : pick(['主旨演讲', '圆桌对话', '案例分享', '茶歇', '签约仪式', '颁奖', '技术报告', ...(i > 3 ? ['午餐'] : [])]);
    const t0 = d.x('time', ck.hm(ck.tick(0))), t1 = d.x('time', ck.hm(ck.tick(topic === '午餐' ? 90 : pick([15, 20, 30, 40, 45]))));
    if (topic === '茶歇' || topic === '午餐') { L.push(`${t0}-${t1}  ${topic}`); continue; }
    L.push(`${t0}-${t1}  ${topic}：${pick(TOPICS)}的机遇与挑战`);
    L.push(`    ${pick(['演讲嘉宾', '主讲', '嘉宾', '主持人'])}：${d.name(p.n)}  ${d.x('company', p.org.name)} ${d.x('job_title', p.title)}`);
  }
  L.push('', `会务联系：${d.name(genName())} ${d.mob(genMobile())}  ${chance(0.5) ? `会务邮箱 ${d.role(d.site)}` : `热线 ${d.x('hotline', f400())}`}`);
  if (chance(0.5)) L.push(`扫码签到：${d.x('qr_payload', fQR(d))}`);
  if (chance(0.4)) L.push(`推荐酒店：${d.x('hotel', fHotel(city).name)}，协议价 ${d.x('amount', fAmount())}/晚`);
  return L.join('\n');
};

// ---------------------------------------------------------------- build
const PLAN = { reg: 40, receipt: 20, expo: 18, card: 24, signin: 18, guests: 12, rooming: 20, pickup: 18, marathon: 24, wedding: 18, training: 22, lottery: 16, chat: 24, mail: 26, honorarium: 22, refund: 14, invoice: 14, agenda: 10 };
const docs = [];
let droppedDecoys = 0;
const dig = (s) => s.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)).replace(/\D/g, '');
for (const [kind, cnt] of Object.entries(PLAN)) {
  for (let i = 1; i <= cnt; i++) {
    const d = new Doc(kind);
    const text = K[kind](d);
    const ent = new Map(), dc = new Map(), dec = new Map();
    for (const l of d.E) ent.set(l.det + '\u0000' + l.v, l);
    for (const l of d.D) { const k = l.det + '\u0000' + l.v; if (!ent.has(k)) dc.set(k, l); }
    const labelled = [...ent.values(), ...dc.values()];
    for (const x of d.X) {
      if (dec.has(x.text)) continue;
      const bad = labelled.some((l) => x.text.includes(l.v) || x.text.includes(l.raw) || l.raw.includes(x.text) || l.v.includes(x.text) || (/\d{6}/.test(l.v) && dig(x.text).includes(dig(l.v))));
      if (bad) { droppedDecoys++; continue; }
      dec.set(x.text, x);
    }
    docs.push({ id: `ev-${kind}-${i}`, kind, text, _ent: [...ent.values()], _dc: [...dc.values()],
      entities: [...ent.values()].map((l) => ({ detector: l.det, value: l.v })),
      dontCare: [...dc.values()].map((l) => ({ detector: l.det, value: l.v })),
      decoys: [...dec.values()].map((x) => ({ kind: x.kind, text: x.text })) });
  }
}

// ---------------------------------------------------------------- self-check
const errs = [];
const VALID = {
  cn_resident_id: idValid,
  cn_mobile: mobValid,
  cn_landline: (v) => /^(010|02[0-57-9])[2-8]\d{7}$/.test(v) || /^0[3-9]\d{2}[2-8]\d{6,7}$/.test(v),
  email: (v) => /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(v),
  bank_card: (v, ent) => (ent ? /^\d{16,19}$/.test(v) && luhnOk(v) : /^\d{10,30}$/.test(v)),
  cn_uscc: usccValid,
  cn_passport: (v) => /^(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})$/.test(v),
  person_name_zh: (v) => /^[\u4e00-\u9fa5·•]{2,16}$/.test(v),
};
for (const doc of docs) {
  const all = [...doc._ent.map((l) => [l, true]), ...doc._dc.map((l) => [l, false])];
  for (const [l, isEnt] of all) {
    if (!VALID[l.det]) { errs.push(`${doc.id}: unknown detector ${l.det}`); continue; }
    if (!VALID[l.det](l.v, isEnt)) errs.push(`${doc.id}: invalid ${l.det} value ${l.v}`);
    if (!doc.text.includes(l.raw)) errs.push(`${doc.id}: raw form "${l.raw}" of ${l.det} not in text`);
  }
  const ek = new Set(doc.entities.map((e) => e.detector + ':' + e.value));
  for (const x of doc.dontCare) if (ek.has(x.detector + ':' + x.value)) errs.push(`${doc.id}: ${x.value} both entity and dontCare`);
  const vals = [...doc.entities, ...doc.dontCare].map((e) => e.value);
  for (const x of doc.decoys) {
    if (!doc.text.includes(x.text)) errs.push(`${doc.id}: decoy "${x.text}" not in text`);
    for (const v of vals) if (x.text === v || x.text.includes(v) || x.text.toLowerCase().includes(v)) errs.push(`${doc.id}: decoy "${x.text}" contains labelled "${v}"`);
  }
  const seen = new Set();
  for (const e of doc.entities) { const k = e.detector + ':' + e.value; if (seen.has(k)) errs.push(`${doc.id}: duplicate entity ${k}`); seen.add(k); }
}
const perKind = {}, perDet = {}, perDc = {}, perDecoy = {};
let nEnt = 0, nDec = 0;
for (const d of docs) {
  perKind[d.kind] = (perKind[d.kind] ?? 0) + 1;
  for (const e of d.entities) { perDet[e.detector] = (perDet[e.detector] ?? 0) + 1; nEnt++; }
  for (const e of d.dontCare) perDc[e.detector] = (perDc[e.detector] ?? 0) + 1;
  for (const x of d.decoys) { perDecoy[x.kind] = (perDecoy[x.kind] ?? 0) + 1; nDec++; }
}
if (docs.length < 250) errs.push(`only ${docs.length} documents`);
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((perDet[det] ?? 0) < 300) errs.push(`only ${perDet[det] ?? 0} ${det} entities`);
if (nDec < nEnt) errs.push(`decoys ${nDec} < entities ${nEnt}`);

writeFileSync(OUT, docs.map(({ _ent, _dc, ...o }) => JSON.stringify(o)).join('\n') + '\n');
const show = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k}: ${v}`).join('\n');
console.log(`wrote ${docs.length} documents to ${OUT}`);
console.log(`documents per kind:\n${show(perKind)}`);
console.log(`entity labels per detector (total ${nEnt}):\n${show(perDet)}`);
console.log(`dontCare labels per detector:\n${show(perDc)}`);
console.log(`decoys per kind (total ${nDec}; ${droppedDecoys} candidate decoys dropped for overlapping a labelled value):\n${show(perDecoy)}`);
if (errs.length) { console.error(`SELF-CHECK FAILED (${errs.length}):\n` + errs.slice(0, 40).join('\n')); process.exit(1); }
console.log('self-check passed');
