#!/usr/bin/env node
/*
 * publicsvc.mjs — labelled test corpus for listguard's Chinese detectors.
 *
 * Theme: personal data in PUBLIC SERVICES and SOCIAL SECURITY (id prefix "gv"):
 *   社保参保人员清单 (CSV / TSV / xlsx-like / fixed-width exports), 医保报销登记,
 *   惠农补贴·耕地地力保护补贴发放清册 (一卡通账号), 退役军人信息采集表, 残疾人两项补贴,
 *   养老金资格认证名单 (incl. legacy 15-digit IDs), 公租房申请公示 (masked) and
 *   申请表, 居委会通知, 12345 政务热线工单, 疫苗接种登记, 户籍证明, 政府门户 HTML
 *   tables, 失业保险金申领, 低保花名册.
 *
 * Usage:   node publicsvc.mjs OUT.jsonl
 *          (deterministic: fixed seed, no clock, no network, node: built-ins only; Node >= 20)
 *
 * Output:  one JSON object per line
 *   {"id":"gv-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // MUST be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must NOT be reported under any detector
 *
 * Normalisation of values: cn_resident_id 18 chars with upper-case X (legacy 15-digit
 *   numbers are labelled with their 18-char upgrade); cn_mobile 11 digits (no +86, no
 *   separators, ASCII digits); cn_landline digits incl. leading 0 + area code; email
 *   lower-case (full-width ＠ -> @); bank_card digits only; cn_passport upper-case;
 *   cn_uscc 18 chars upper-case; person_name_zh as written without spaces/padding/titles.
 *   Decoys carry their exact text as written.
 *
 * The script ends with a self-check (exit 1 on failure) and prints a summary.
 *
 * Written in session 26 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

// ---------------------------------------------------------------- PRNG (sfc32)
let sa = 0x9e3779b9, sb = 0x26262026, sc = 0x7f4a7c15, sd = 0x1b873593;
function rnd() {
  sa >>>= 0; sb >>>= 0; sc >>>= 0; sd >>>= 0;
  let t = (sa + sb) | 0; sa = sb ^ (sb >>> 9); sb = (sc + (sc << 3)) | 0;
  sc = (sc << 21) | (sc >>> 11); sd = (sd + 1) | 0; t = (t + sd) | 0; sc = (sc + t) | 0;
  return (t >>> 0) / 4294967296;
}
for (let i = 0; i < 20; i++) rnd();
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const pad = (n, w) => String(n).padStart(w, '0');
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const nzdigits = (n) => String(ri(1, 9)) + digits(n - 1);
function wpick(pairs) { let tot = 0; for (const [, w] of pairs) tot += w; let r = rnd() * tot; for (const [v, w] of pairs) { if ((r -= w) < 0) return v; } return pairs[pairs.length - 1][0]; }
function shuffle(a) { const b = a.slice(); for (let i = b.length - 1; i > 0; i--) { const j = ri(0, i); [b[i], b[j]] = [b[j], b[i]]; } return b; }
const fw = (s) => s.replace(/[0-9]/g, (c) => String.fromCharCode(0xff10 + +c)).replace(/X/g, 'Ｘ');

// ---------------------------------------------------------------- check algorithms
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += +b17[i] * ID_W[i]; return '10X98765432'[s % 11]; }
function luhnOk(s) { let sum = 0, dbl = false; for (let i = s.length - 1; i >= 0; i--) { let v = +s[i]; if (dbl) { v *= 2; if (v > 9) v -= 9; } sum += v; dbl = !dbl; } return sum % 10 === 0; }
function luhnDigit(body) { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c); throw new Error('luhn'); }
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const US_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(s17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(s17[i]) * US_W[i]; return UA[(31 - (s % 31)) % 31]; }
function orgCheck(s8) { const W = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0; for (let i = 0; i < 8; i++) { const c = s8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * W[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

// ---------------------------------------------------------------- reference data
const LOCS = [
  { prov: '江苏省', city: '南京市', dom: 'nanjing', icp: '苏', ab: '宁', area: '025', post: '2100', dists: [['玄武区', '320102'], ['秦淮区', '320104'], ['鼓楼区', '320106'], ['江宁区', '320115'], ['浦口区', '320111']] },
  { prov: '江苏省', city: '苏州市', dom: 'suzhou', icp: '苏', ab: '苏', area: '0512', post: '2150', dists: [['姑苏区', '320508'], ['虎丘区', '320505'], ['吴中区', '320506'], ['相城区', '320507']] },
  { prov: '浙江省', city: '杭州市', dom: 'hangzhou', icp: '浙', ab: '杭', area: '0571', post: '3100', dists: [['上城区', '330102'], ['拱墅区', '330105'], ['西湖区', '330106'], ['滨江区', '330108']] },
  { prov: '安徽省', city: '合肥市', dom: 'hefei', icp: '皖', ab: '合', area: '0551', post: '2300', dists: [['瑶海区', '340102'], ['庐阳区', '340103'], ['蜀山区', '340104'], ['包河区', '340111']] },
  { prov: '广东省', city: '广州市', dom: 'gz', icp: '粤', ab: '穗', area: '020', post: '5100', dists: [['荔湾区', '440103'], ['越秀区', '440104'], ['海珠区', '440105'], ['天河区', '440106'], ['白云区', '440111']] },
  { prov: '广东省', city: '深圳市', dom: 'sz', icp: '粤', ab: '深', area: '0755', post: '5180', dists: [['罗湖区', '440303'], ['福田区', '440304'], ['南山区', '440305'], ['宝安区', '440306']] },
  { prov: '四川省', city: '成都市', dom: 'chengdu', icp: '蜀', ab: '成', area: '028', post: '6100', dists: [['锦江区', '510104'], ['青羊区', '510105'], ['金牛区', '510106'], ['武侯区', '510107']] },
  { prov: '湖北省', city: '武汉市', dom: 'wuhan', icp: '鄂', ab: '武', area: '027', post: '4300', dists: [['江岸区', '420102'], ['江汉区', '420103'], ['武昌区', '420106'], ['洪山区', '420111']] },
  { prov: '河南省', city: '郑州市', dom: 'zhengzhou', icp: '豫', ab: '郑', area: '0371', post: '4500', dists: [['中原区', '410102'], ['二七区', '410103'], ['金水区', '410105']] },
  { prov: '陕西省', city: '西安市', dom: 'xa', icp: '陕', ab: '西', area: '029', post: '7100', dists: [['新城区', '610102'], ['碑林区', '610103'], ['莲湖区', '610104'], ['雁塔区', '610113']] },
  { prov: '北京市', city: '北京市', dom: 'beijing', icp: '京', ab: '京', area: '010', post: '1000', dists: [['东城区', '110101'], ['西城区', '110102'], ['朝阳区', '110105'], ['海淀区', '110108'], ['丰台区', '110106']] },
  { prov: '上海市', city: '上海市', dom: 'sh', icp: '沪', ab: '沪', area: '021', post: '2000', dists: [['黄浦区', '310101'], ['徐汇区', '310104'], ['长宁区', '310105'], ['浦东新区', '310115']] },
  { prov: '山东省', city: '济南市', dom: 'jinan', icp: '鲁', ab: '济', area: '0531', post: '2500', dists: [['历下区', '370102'], ['市中区', '370103'], ['槐荫区', '370104']] },
  { prov: '湖南省', city: '长沙市', dom: 'changsha', icp: '湘', ab: '长', area: '0731', post: '4100', dists: [['芙蓉区', '430102'], ['天心区', '430103'], ['岳麓区', '430104']] },
];
const RURAL = [
  { prov: '安徽省', city: '阜阳市', county: '临泉县', code: '341221', ab: '临', area: '0558', post: '236400', towns: ['城关街道', '杨桥镇', '鲖城镇', '谭棚镇', '老集镇'] },
  { prov: '江苏省', city: '盐城市', county: '阜宁县', code: '320923', ab: '阜', area: '0515', post: '224400', towns: ['阜城街道', '沟墩镇', '陈良镇', '三灶镇', '益林镇'] },
  { prov: '江苏省', city: '宿迁市', county: '沭阳县', code: '321322', ab: '沭', area: '0527', post: '223600', towns: ['沭城街道', '胡集镇', '钱集镇', '韩山镇'] },
  { prov: '山东省', city: '临沂市', county: '沂南县', code: '371321', ab: '沂南', area: '0539', post: '276300', towns: ['界湖街道', '岸堤镇', '孙祖镇', '双堠镇'] },
  { prov: '河南省', city: '信阳市', county: '新县', code: '411523', ab: '新', area: '0376', post: '465550', towns: ['新集镇', '沙窝镇', '吴陈河镇', '苏河镇'] },
  { prov: '河北省', city: '保定市', county: '定兴县', code: '130626', ab: '定', area: '0312', post: '072650', towns: ['定兴镇', '固城镇', '贤寓镇', '北河镇'] },
  { prov: '湖北省', city: '荆门市', county: '京山县', code: '420821', ab: '京', area: '0724', post: '431800', towns: ['新市镇', '永兴镇', '曹武镇', '罗店镇'] },
  { prov: '广西壮族自治区', city: '钦州市', county: '灵山县', code: '450721', ab: '灵', area: '0777', post: '535400', towns: ['灵城街道', '三海街道', '武利镇', '檀圩镇'] },
];
const EXTRA_CODES = ['130102', '140105', '150102', '210102', '220102', '230102', '120101', '460105', '500103', '520102', '530102', '620102', '630102', '640104', '650102', '540102', '360102', '350102', '450102', '321281', '320981', '110103', '110104'];
const ALL_CODES = [...LOCS.flatMap((l) => l.dists.map((d) => d[1])), ...RURAL.map((r) => r.code), ...EXTRA_CODES];

const SUR_A = '王李张刘陈杨黄赵吴周', SUR_B = '徐孙马朱胡郭何高林罗郑梁', SUR_C = '谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const SUR_COMP = ['欧阳', '上官', '皇甫', '令狐', '诸葛', '司徒', '司马', '慕容', '夏侯', '东方', '端木'];
const G = {
  oldM: ['建国', '建华', '国庆', '德胜', '福生', '长根', '卫东', '志刚', '永福', '国强', '建平', '振华', '德明', '宝山', '金生', '广才', '树林', '玉林', '文斌', '有福', '明', '军', '华', '平', '忠', '海'],
  oldF: ['桂兰', '秀英', '秀兰', '玉兰', '凤英', '淑珍', '金凤', '春花', '红梅', '玉珍', '素芬', '桂英', '秀珍', '凤兰', '翠花', '美华', '兰', '英', '芬', '珍'],
  midM: ['伟', '强', '磊', '军', '洋', '勇', '杰', '涛', '超', '刚', '斌', '鹏', '辉', '凯', '亮', '波', '峰', '志强', '晓东', '建伟', '俊杰', '海涛', '小军', '立新', '国栋', '文博', '晓峰', '建军', '永刚', '东升'],
  midF: ['芳', '娜', '敏', '静', '丽', '艳', '娟', '霞', '琳', '婷', '雪', '慧', '倩', '颖', '丹', '萍', '燕', '海燕', '晓燕', '丽娟', '春燕', '文静', '红霞', '雪梅', '玉梅', '秀梅', '丽萍', '晓丽', '美玲', '慧敏'],
  yngM: ['浩', '宇', '晨', '阳', '浩然', '宇轩', '子轩', '思远', '宇航', '博文', '俊熙', '皓轩', '家豪', '明轩', '天佑', '奕辰', '沐辰', '梓豪', '嘉懿', '睿'],
  yngF: ['欣', '悦', '子涵', '欣怡', '雨桐', '佳怡', '梓萱', '一诺', '梓涵', '若汐', '思彤', '语桐', '诗涵', '梦瑶', '嘉怡', '雨萱', '可馨', '欣妍', '心怡', '婉清'],
};
const MIN_M = ['买买提·艾力', '艾尔肯·吾斯曼', '阿不都·热合曼', '扎西顿珠', '巴特尔', '格桑多吉'];
const MIN_F = ['阿依古丽·吐尔逊', '热依拉·阿不都', '古丽娜尔·艾买提', '次仁卓玛', '乌云其其格', '卓玛措'];
const PY = ['zhang', 'wang', 'li', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he', 'gao', 'lin', 'luo', 'wei', 'fang', 'na', 'min', 'jing', 'li', 'qiang', 'lei', 'jun', 'yang', 'yong', 'yan', 'jie', 'juan', 'tao', 'ming', 'chao', 'xia', 'ping', 'gang', 'hui', 'peng', 'ting', 'xue', 'ying', 'kai', 'bo', 'feng', 'hao', 'yu', 'chen', 'xin', 'yue', 'jian', 'guo', 'hua', 'dong', 'xiao', 'mei', 'lan', 'zi', 'han', 'yi', 'nuo', 'tian', 'shu', 'fen'];
const MAIL_DOM = [['qq.com', 30], ['163.com', 20], ['126.com', 8], ['sina.com', 4], ['foxmail.com', 5], ['139.com', 6], ['outlook.com', 4], ['yeah.net', 2], ['aliyun.com', 2], ['sohu.com', 2], ['189.cn', 2], ['gmail.com', 3], ['hotmail.com', 2]];
const MOB_PFX = [['130', 4], ['131', 4], ['132', 4], ['133', 3], ['134', 3], ['135', 5], ['136', 5], ['137', 5], ['138', 6], ['139', 6], ['145', 1], ['147', 1], ['150', 4], ['151', 4], ['152', 3], ['153', 3], ['155', 3], ['156', 3], ['157', 3], ['158', 4], ['159', 4], ['162', 1], ['165', 1], ['166', 2], ['167', 1], ['170', 1], ['171', 1], ['172', 1], ['173', 2], ['175', 2], ['176', 2], ['177', 2], ['178', 2], ['180', 3], ['181', 3], ['182', 3], ['183', 3], ['184', 1], ['185', 3], ['186', 3], ['187', 3], ['188', 3], ['189', 3], ['190', 1], ['191', 1], ['192', 1], ['193', 1], ['195', 1], ['196', 1], ['197', 1], ['198', 2], ['199', 2]];
const MOB_OK = /^1(3\d|4[57]|5[0-35-9]|6[2567]|7[0-35-8]|8\d|9[0-35-9])\d{8}$/;
const DEMO = new Set(['13800138000', '13912345678', '18888888888']);
const CARD_IIN = [['622848', 19, 8], ['622845', 19, 3], ['622700', 19, 4], ['621700', 19, 4], ['622202', 19, 5], ['621226', 19, 3], ['621661', 19, 3], ['622262', 19, 2], ['622588', 16, 2], ['621483', 16, 2], ['622908', 18, 1], ['621799', 19, 4], ['622188', 19, 3], ['623059', 19, 3], ['623668', 19, 2], ['436742', 16, 1], ['524374', 16, 1]];
const BANKS = { '622848': '中国农业银行', '622845': '中国农业银行', '622700': '中国建设银行', '621700': '中国建设银行', '622202': '中国工商银行', '621226': '中国工商银行', '621661': '中国银行', '622262': '交通银行', '622588': '招商银行', '621483': '招商银行', '622908': '兴业银行', '621799': '中国邮政储蓄银行', '622188': '中国邮政储蓄银行', '623059': '农村商业银行', '623668': '中国建设银行', '436742': '中国建设银行', '524374': '中国银行' };
const COMP_A = ['恒信', '华泰', '永盛', '汇通', '鼎力', '瑞丰', '宏达', '新锐', '博远', '嘉禾', '天成', '联创', '众邦', '同润'];
const COMP_B = ['机电设备', '物业管理', '餐饮管理', '建筑劳务', '电子科技', '物流', '商贸', '保洁服务', '人力资源', '信息技术', '食品', '汽车服务'];
const ROADS = ['中山路', '建设路', '解放路', '人民路', '和平路', '长江路', '新华街', '文化路', '健康路', '光明巷', '春晖路', '幸福里'];
const VILL = ['王庄村', '李营村', '张湾村', '刘楼村', '新河村', '红星村', '东湖村', '前进村', '黄庄村', '双桥村', '河口村', '陈集村'];
const NOW = 2024;

// ---------------------------------------------------------------- people
function surname() { const r = rnd(); if (r < 0.015) return pick(SUR_COMP); if (r < 0.5) return pick([...SUR_A]); if (r < 0.75) return pick([...SUR_B]); return pick([...SUR_C]); }
function randDate(y1, y2) { const y = ri(y1, y2), m = ri(1, 12), d = ri(1, daysIn(y, m)); return { y, m, d }; }
const ymd = (b) => `${b.y}${pad(b.m, 2)}${pad(b.d, 2)}`;
function makePerson(o = {}) {
  const era = o.era || 'mid';
  const yr = { old: [1934, 1964], mid: [1965, 1994], yng: [1995, 2006], child: [2012, 2024], adult: [1955, 2004], vet: [1958, 2003] }[era];
  const male = o.male ?? chance(0.5);
  const b = randDate(yr[0], yr[1]);
  if (b.y === NOW && b.m > 6) b.m = ri(1, 6);
  if (b.d > daysIn(b.y, b.m)) b.d = 1;
  const ge = b.y < 1965 ? 'old' : b.y < 1995 ? 'mid' : 'yng';
  let name;
  if (!o.noMinority && chance(0.025)) name = pick(male ? MIN_M : MIN_F);
  else name = (o.surname || surname()) + pick(G[ge + (male ? 'M' : 'F')]);
  const region = o.region && chance(0.72) ? o.region : pick(ALL_CODES);
  const seq = pad(ri(0, 99), 2) + String(male ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]));
  const body = region + ymd(b) + seq;
  const id = body + idCheck(body);
  const id15 = b.y < 2000 ? region + ymd(b).slice(2) + seq : null;
  return { name, male, sex: male ? '男' : '女', b, id, id15, region, mobile: mobile(), _email: null, _card: null };
}
function mobile() { for (;;) { const m = wpick(MOB_PFX) + digits(8); if (!DEMO.has(m)) return m; } }
function emailOf(p) {
  if (p._email) return p._email;
  let local; const dom = wpick(MAIL_DOM);
  if (dom === '139.com') local = chance(0.8) ? p.mobile : mobile();
  else if (dom === 'qq.com' || (dom === 'foxmail.com' && chance(0.5))) local = nzdigits(ri(6, 10));
  else {
    const a = pick(PY), b = pick(PY), r = rnd();
    local = r < 0.3 ? a + b + ri(1, 999) : r < 0.5 ? a + '.' + b : r < 0.65 ? a + '_' + b + pad(p.b.y % 100, 2) : r < 0.8 ? a + b + p.b.y : a[0] + b + pad(ri(0, 99), 2);
  }
  const value = (local + '@' + dom).toLowerCase();
  let raw = local + '@' + dom;
  const r = rnd();
  if (r < 0.06 && /^[a-z]/.test(local)) raw = local[0].toUpperCase() + local.slice(1) + '@' + dom;
  else if (r < 0.08) raw = local + '＠' + dom;
  p._email = { value, raw };
  return p._email;
}
function cardOf(p, forceIin) {
  if (p._card) return p._card;
  const [iin, len] = forceIin ? CARD_IIN.find((c) => c[0] === forceIin) : wpickCard();
  const body = iin + digits(len - iin.length - 1);
  p._card = body + luhnDigit(body);
  return p._card;
}
function wpickCard() { return wpick(CARD_IIN.map((c) => [c, c[2]])); }
function passbook() { return pick(['10', '20']) + digits(ri(15, 18)); }
function badLuhn62() { let [iin, len] = wpickCard(); if (!iin.startsWith('62')) [iin, len] = ['622848', 19]; const body = iin + digits(len - 7); const good = luhnDigit(body); return body + String((+good + ri(1, 9)) % 10); }
function makeUscc(kind, region6) {
  const p12 = kind === 'gov' ? '11' : kind === 'inst' ? '12' : kind === 'soc' ? '52' : kind === 'ind' ? '92' : '91';
  let org;
  if (p12 === '91' && chance(0.7)) { org = 'MA' + pick(['1', '2', '3', '4', '5', '6', '7']); while (org.length < 8) org += pick([...UA]); }
  else org = digits(8);
  const s17 = p12 + region6 + org + orgCheck(org);
  return s17 + usccCheck(s17);
}
function landline(area) { const sub = String(ri(2, 8)) + digits(area.length === 3 ? 7 : 7); return { area, sub }; }
function landline7(area) { return { area, sub: String(ri(2, 8)) + digits(6) }; }
function fmtLand({ area, sub }) {
  const r = rnd();
  if (r < 0.55) return `${area}-${sub}`;
  if (r < 0.7) return `${area}${sub}`;
  if (r < 0.8) return `(${area})${sub}`;
  if (r < 0.88) return `（${area}）${sub}`;
  if (r < 0.95) return `${area} ${sub.length === 8 ? sub.slice(0, 4) + ' ' + sub.slice(4) : sub}`;
  return `+86-${area.slice(1)}-${sub}`;
}
function company(L) { return (L.city || L.county).replace(/[市县]$/, '') + pick(COMP_A) + pick(COMP_B) + '有限公司'; }
function addrCity(L, dist) { return `${L.city === L.prov ? '' : L.prov}${L.city}${dist}${pick(ROADS)}${ri(1, 399)}号${chance(0.6) ? `${ri(1, 30)}幢${ri(1, 6)}单元${ri(1, 28)}0${ri(1, 6)}室` : ''}`; }
function addrRural(R) { return `${R.prov}${R.city}${R.county}${pick(R.towns)}${pick(VILL)}${pick(['一', '二', '三', '四', '五', '六'])}组${ri(1, 120)}号`; }

// ---------------------------------------------------------------- document builder
class Doc {
  constructor(kind) { this.kind = kind; this.E = new Map(); this.D = new Map(); this.X = new Map(); this.raws = []; this.st = docStyles(); }
  e(det, value, raw = value) { this.E.set(det + '\u0001' + value, { detector: det, value }); this.raws.push([det, value, raw]); return raw; }
  dc(det, value, raw = value) { this.D.set(det + '\u0001' + value, { detector: det, value }); this.raws.push([det, value, raw]); return raw; }
  x(kind, text) { text = String(text); this.X.set(kind + '\u0001' + text, { kind, text }); return text; }
  name(p, padOk = false) {
    let raw = p.name;
    if (padOk && this.st.padName && [...p.name].length === 2) raw = p.name[0] + this.st.padName + p.name[1];
    return this.e('person_name_zh', p.name, raw);
  }
  nm(n) { return this.e('person_name_zh', n); }
  id(p, legacyOk = false) {
    if (legacyOk && p.id15 && chance(this.st.legacy)) return this.e('cn_resident_id', p.id, p.id15);
    const s = this.st.id, v = p.id;
    let raw = v;
    if (s === 'lower' && v.endsWith('X')) raw = v.slice(0, 17) + 'x';
    else if (s === 'spaced') raw = `${v.slice(0, 6)} ${v.slice(6, 14)} ${v.slice(14)}`;
    else if (s === 'fw') raw = fw(v);
    this.e('cn_resident_id', v, raw);
    if (s === 'apos') return "'" + raw;
    if (s === 'eq') return `="${raw}"`;
    return raw;
  }
  mob(m, style = this.st.mob) {
    let raw = m;
    if (style === 'dash') raw = `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    else if (style === 'space') raw = `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    else if (style === 'plus') raw = '+86 ' + m;
    else if (style === 'plusd') raw = '+86-' + m;
    else if (style === 'intl') raw = '0086 ' + m;
    else if (style === 'fw') raw = fw(m);
    return this.e('cn_mobile', m, raw);
  }
  mobD(m) { return this.dc('cn_mobile', m); }
  land(l, asDc = false) { const raw = fmtLand(l); const v = l.area + l.sub; return asDc ? this.dc('cn_landline', v, raw) : this.e('cn_landline', v, raw); }
  email(p) {
    const em = emailOf(p);
    if (em.value.endsWith('@139.com') || em.value.endsWith('@189.cn')) { const inner = em.value.split('@')[0]; if (inner !== p.mobile) this.dc('cn_mobile', inner); }
    return this.e('email', em.value, em.raw);
  }
  roleMail(local, dom) { const v = (local + '@' + dom).toLowerCase(); return this.dc('email', v, local + '@' + dom); }
  card(p, iin) {
    const c = cardOf(p, iin); let raw = c;
    const s = this.st.card;
    if (s === 'group') raw = c.replace(/(\d{4})(?=\d)/g, '$1 ');
    else if (s === 'dash') raw = c.replace(/(\d{4})(?=\d)/g, '$1-');
    this.e('bank_card', c, raw);
    return s === 'apos' ? "'" + raw : raw;
  }
  uscc(u) { const raw = chance(0.05) ? u.toLowerCase() : u; return this.e('cn_uscc', u, raw); }
  // decoys
  maskId(p) { return this.x('masked_id', chance(0.5) ? p.id.slice(0, 6) + '********' + p.id.slice(14) : chance(0.5) ? p.id.slice(0, 4) + '**********' + p.id.slice(14) : p.id.slice(0, 3) + '*'.repeat(11) + p.id.slice(14)); }
  maskMob(m) { return this.x('masked_mobile', chance(0.8) ? m.slice(0, 3) + '****' + m.slice(7) : m.slice(0, 3) + 'xxxx' + m.slice(7)); }
  maskName(p) { const n = [...p.name]; if (p.name.includes('·')) return this.x('masked_name', n[0] + '**·' + n[n.length - 1]); const r = rnd(); return this.x('masked_name', r < 0.45 && n.length >= 3 ? n[0] + '*' + n.slice(2).join('') : r < 0.75 ? n[0] + '*'.repeat(n.length - 1) : r < 0.9 ? n[0] + '某' + (n.length > 2 ? '某' : '') : n[0] + 'X' + (n.length > 2 ? 'X' : '')); }
  maskCard(c) { return this.x('masked_card', chance(0.5) ? c.slice(0, 4) + ' **** **** ' + c.slice(-4) : c.slice(0, 6) + '*'.repeat(c.length - 10) + c.slice(-4)); }
  date(y1 = 2023, y2 = 2024, st = this.st.date) { const b = randDate(y1, y2); if (b.y === 2024 && b.m > 6) b.m = ri(1, 6); if (b.d > daysIn(b.y, b.m)) b.d = 1; return this.x('date', fmtDate(b, st)); }
  amount(lo, hi, dec = true) { const v = ri(lo * 100, hi * 100) / 100; return this.x('amount', dec ? v.toFixed(2) : String(Math.round(v))); }
  ts13() { return this.x('timestamp', String(ri(1700000000, 1719500000)) + digits(3)); }
  hot(n) { return this.x('hotline', n); }
  org(t) { return this.x('org_name', t); }
  place(t) { return this.x('place', t); }
}
function fmtDate(b, st) {
  if (st === 'cn') return `${b.y}年${b.m}月${b.d}日`;
  if (st === 'slash') return `${b.y}/${pad(b.m, 2)}/${pad(b.d, 2)}`;
  if (st === 'compact') return ymd(b);
  if (st === 'dot') return `${b.y}.${b.m}.${b.d}`;
  return `${b.y}-${pad(b.m, 2)}-${pad(b.d, 2)}`;
}
function docStyles() {
  return {
    id: wpick([['plain', 80], ['apos', 5], ['eq', 3], ['lower', 6], ['spaced', 3], ['fw', 1]]),
    mob: wpick([['plain', 80], ['dash', 7], ['space', 5], ['plus', 3], ['plusd', 2], ['intl', 2], ['fw', 1]]),
    card: wpick([['plain', 78], ['group', 14], ['dash', 3], ['apos', 5]]),
    padName: wpick([[null, 85], ['\u3000', 10], [' ', 5]]),
    date: wpick([['iso', 50], ['cn', 20], ['slash', 15], ['compact', 10], ['dot', 5]]),
    legacy: 0,
  };
}
// per-row decoy makers
const personalNo = () => (chance(0.6) ? '10' + digits(8) : chance(0.5) ? pick(['3201', '4401', '5101', '3301']) + digits(8) : digits(9).replace(/^0/, '8'));
const unitNo = () => (chance(0.5) ? digits(8).replace(/^[01]/, '3') : 'DW' + digits(7));
const medCard = () => { const r = rnd(); return r < 0.4 ? pick(['A', 'B', 'J', 'N', 'R', 'T']) + digits(8) : r < 0.7 ? pick(['320100', '440100', '510100', '420100']) + digits(8) : 'YB' + digits(12); };
const ssCardNo = () => pick(['A', 'B', 'J', 'N']) + digits(8);
const ticketNo = () => { const r = rnd(); const d = '2024' + pad(ri(1, 6), 2) + pad(ri(1, 28), 2); return r < 0.3 ? 'GD' + d + digits(5) : r < 0.55 ? d.slice(2) + digits(7) : r < 0.75 ? '12345-' + d + '-' + digits(4) : d + digits(10); };
const hhNo = () => pad(ri(1, 999999999), 9);
function docNo(ab, y = ri(2021, 2024)) { return `${ab}${pick(['人社发', '人社规', '医保发', '民发', '农发', '政办发', '财社', '退役军人发'])}〔${y}〕${ri(1, 120)}号`; }
const postcode = (L) => (L.post.length === 6 ? L.post : L.post + pad(ri(0, 99), 2));

// ---------------------------------------------------------------- table rendering
const cw = (s) => { let w = 0; for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u3000]/.test(ch) ? 2 : 1; return w; };
function renderTable(hdr, rows, fmt) {
  const q = (c) => (/[",\n]/.test(c) && !c.startsWith('="') ? '"' + c.replace(/"/g, '""') + '"' : c);
  switch (fmt) {
    case 'csv': return [hdr, ...rows].map((r) => r.map(q).join(',')).join('\n');
    case 'csvq': return [hdr, ...rows].map((r) => r.map((c) => (c.startsWith('="') ? c : '"' + c.replace(/"/g, '""') + '"')).join(',')).join('\r\n');
    case 'semi': return [hdr, ...rows].map((r) => r.join(';')).join('\n');
    case 'tsv': return [hdr, ...rows].map((r) => r.join('\t')).join('\n');
    case 'pipe': return [hdr, ...rows].map((r) => r.join('|')).join('\n');
    case 'md': return ['| ' + hdr.join(' | ') + ' |', '|' + hdr.map(() => '---').join('|') + '|', ...rows.map((r) => '| ' + r.join(' | ') + ' |')].join('\n');
    case 'fixed': {
      const w = hdr.map((h, i) => Math.max(cw(h), ...rows.map((r) => cw(r[i] || ''))));
      const line = (r) => r.map((c, i) => c + ' '.repeat(w[i] - cw(c) + 2)).join('').trimEnd();
      return [line(hdr), '-'.repeat(w.reduce((a, b) => a + b + 2, 0)), ...rows.map(line)].join('\n');
    }
    case 'html': return '<table border="1" cellspacing="0" class="tab-list">\n<thead><tr>' + hdr.map((h) => `<th>${h}</th>`).join('') + '</tr></thead>\n<tbody>\n' + rows.map((r) => '<tr>' + r.map((c) => `<td>${c}</td>`).join('') + '</tr>').join('\n') + '\n</tbody>\n</table>';
    default: throw new Error(fmt);
  }
}
function rowCount() { const r = rnd(); return r < 0.12 ? ri(1, 3) : r < 0.55 ? ri(4, 20) : r < 0.85 ? ri(21, 45) : ri(46, 80); }
const tableFmt = () => wpick([['csv', 22], ['csvq', 6], ['tsv', 24], ['semi', 4], ['pipe', 8], ['md', 10], ['fixed', 14], ['xlsx', 12]]);
function emit(hdr, rows, fmt) {
  if (fmt === 'xlsx') return `${pick(['Sheet1', '[工作表] 明细', '工作表1', 'sheet: 导出数据'])}\n` + renderTable(hdr, rows, 'tsv');
  return renderTable(hdr, rows, fmt);
}
// columns: [{h:[variants], f:(p,i)=>string, fixed?}] -> header + rows; order lightly shuffled
function build(cols, people, fmt, d) {
  const head = cols.filter((c) => c.first), rest = cols.filter((c) => !c.first);
  const mid = chance(0.4) ? shuffle(rest) : rest;
  const all = [...head, ...mid];
  if (chance(0.85) && d) all.push(recordCol(d));
  if (chance(0.45) && d) all.push({ h: ['更新时间', '录入时间', '最后修改时间', 'update_time'], f: () => { const b = randDate(2023, 2024); if (b.y === NOW && b.m > 6) b.m = ri(1, 6); if (b.d > 28) b.d = 28; return d.x('datetime', `${fmtDate(b, 'iso')} ${pad(ri(7, 22), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`); } });
  const hdr = all.map((c) => pick(c.h));
  const rows = people.map((p, i) => all.map((c) => c.f(p, i)));
  return emit(hdr, rows, fmt);
}
// an export's record-id column: 13-digit ms timestamps, date-prefixed 18/19-digit serials, letter-prefixed ids
function recordCol(d) {
  const t = pick(['ts', 'serial18', 'serial19', 'sn']);
  const h = { ts: ['创建时间戳', '更新时间(ms)', 'create_time'], serial18: ['业务流水号', '记录编号'], serial19: ['交易流水号', '发放流水号'], sn: ['数据ID', '记录ID'] }[t];
  const f = () => {
    if (t === 'ts') return d.ts13();
    const day = '2024' + pad(ri(1, 6), 2) + pad(ri(1, 28), 2);
    if (t === 'serial18') return d.x('serial_no', day + digits(10));
    if (t === 'serial19') return d.x('serial_no', day + digits(11));
    return d.x('serial_no', pick(['R', 'SB', 'YW']) + day + digits(6));
  };
  return { h, f };
}
const seqCol = { h: ['序号', '序', 'No.', '编号'], f: (p, i) => String(i + 1), first: true };

// ---------------------------------------------------------------- document kinds
function kShebao(d) {
  const L = pick(LOCS), [dist, code] = pick(L.dists);
  const n = rowCount(), fmt = tableFmt();
  const ppl = Array.from({ length: n }, () => makePerson({ era: chance(0.8) ? 'mid' : 'yng', region: code }));
  const hasMail = chance(0.6), hasMob = chance(0.92), ssn = chance(0.2);
  const xian = ['企业职工基本养老保险', '失业保险', '工伤保险', '职工基本医疗保险', '养老、医疗、失业、工伤、生育', '养老/失业/工伤'];
  const cols = [seqCol, { h: ['姓名', '参保人姓名', '职工姓名', '人员姓名'], f: (p) => d.name(p, fmt === 'fixed'), first: true },
    { h: ['性别'], f: (p) => p.sex },
    { h: ssn ? ['社会保障号码', '社保号码(身份证)'] : ['公民身份号码', '身份证号码', '证件号码', '身份证号'], f: (p) => d.id(p) },
    { h: ['个人编号', '个人社保编号', '人员编号', '个人电脑号'], f: () => d.x('personal_no', personalNo()) },
    { h: ['参保险种', '险种类型', '险种'], f: () => pick(xian) },
    { h: ['缴费基数', '月缴费基数(元)', '申报工资'], f: () => d.amount(4494, 24042, chance(0.5)) },
  ];
  if (hasMob) cols.push({ h: ['联系电话', '手机号码', '手机', '联系方式'], f: (p) => (chance(0.04) ? d.land(landline(L.area)) : chance(0.03) ? '' : d.mob(p.mobile)) });
  if (hasMail) cols.push({ h: ['电子邮箱', '邮箱', 'E-mail', 'Email'], f: (p) => (chance(0.82) ? d.email(p) : '') });
  if (chance(0.5)) cols.push({ h: ['参保日期', '参保时间', '首次参保日期'], f: () => d.date(2005, 2024) });
  if (chance(0.35)) cols.push({ h: ['参保状态', '缴费状态'], f: () => pick(['正常参保', '正常缴费', '暂停缴费', '中断']) });
  const unit = company(L), uscc = makeUscc('co', code.slice(0, 4) + '00');
  const top = [];
  top.push(pick(['社会保险参保人员明细表', '单位参保人员花名册', '参保职工信息导出', '社保增员申报明细', `${NOW}年${ri(1, 6)}月社保缴费人员清单`]));
  if (chance(0.85)) top.push(`单位名称：${d.org(unit)}${chance(0.7) ? `  统一社会信用代码：${d.uscc(uscc)}` : ''}`);
  if (chance(0.6)) top.push(`单位编号：${d.x('unit_no', unitNo())}  参保地：${d.place(L.city + dist)}`);
  if (chance(0.5)) top.push(`导出时间：${d.date(2024, 2024)} ${pad(ri(8, 18), 2)}:${pad(ri(0, 59), 2)}  批次号：${d.ts13()}`);
  const body = build(cols, ppl, fmt, d);
  const bot = [];
  if (chance(0.5)) { const hr = makePerson({ region: code }); bot.push(`经办人：${d.name(hr)}  联系电话：${d.mob(hr.mobile)}${chance(0.5) ? `  邮箱：${d.email(hr)}` : ''}`); }
  if (chance(0.3)) bot.push(`如有疑问请拨打人社服务热线${d.hot('12333')}。`);
  if (chance(0.2)) bot.push(`单位公共邮箱：${d.roleMail(pick(['hr', 'renshi', 'shebao']), pick(['hengxin-tech.com', 'hdwy.com.cn', 'ruifeng.cn']))}`);
  return [...top, body, ...bot].join('\n');
}

function kYibao(d) {
  const L = pick(LOCS), [dist, code] = pick(L.dists);
  const n = Math.max(2, Math.min(rowCount(), 45)), fmt = tableFmt();
  const ppl = Array.from({ length: n }, () => makePerson({ era: 'adult', region: code }));
  const hosp = `${L.city}${pick(['第一人民医院', '中医院', '妇幼保健院', '第二人民医院'])}`;
  const hasCard = chance(0.7), hasMob = chance(0.85);
  const cols = [seqCol, { h: ['患者姓名', '参保人', '姓名', '就诊人'], f: (p) => d.name(p, fmt === 'fixed'), first: true },
    { h: ['身份证号', '证件号码', '公民身份号码'], f: (p) => d.id(p) },
    { h: ['医保卡号', '社保卡号', '参保号'], f: () => d.x('medical_card_no', medCard()) },
    { h: ['住院号', '门诊号', '就诊流水号'], f: () => d.x('visit_no', chance(0.5) ? 'ZY' + digits(8) : digits(10)) },
    { h: ['医疗总费用', '总费用(元)'], f: () => d.amount(300, 90000) },
    { h: ['统筹支付', '基金支付(元)'], f: () => d.amount(100, 60000) },
    { h: ['个人自付', '个人负担'], f: () => d.amount(20, 30000) },
    { h: ['结算日期', '报销日期'], f: () => d.date() },
  ];
  if (hasMob) cols.push({ h: ['联系电话', '手机号'], f: (p) => d.mob(p.mobile) });
  if (hasCard) {
    cols.push({ h: ['收款账号', '银行卡号', '报销账户'], f: (p) => (chance(0.04) ? d.dc('bank_card', badLuhn62()) : d.card(p)) });
    cols.push({ h: ['开户行', '开户银行'], f: (p) => d.org(BANKS[p._card?.slice(0, 6)] || '中国农业银行') });
  }
  if (chance(0.25)) cols.push({ h: ['邮箱', '电子邮箱'], f: (p) => (chance(0.7) ? d.email(p) : '') });
  const top = [pick([`${L.city}${dist}医疗保障局 零星报销登记台账`, '医保手工报销审核登记表', `异地就医手工报销明细（${NOW}年第${ri(1, 2)}季度）`, '大病保险二次报销人员名单'])];
  if (chance(0.5)) top.push(`定点医疗机构：${d.org(hosp)}  机构统一社会信用代码：${d.uscc(makeUscc('inst', code))}`);
  if (chance(0.5)) top.push(`文号：${d.x('doc_no', docNo(L.ab))}`);
  const bot = [];
  if (chance(0.6)) { const a = makePerson({ region: code }), b = makePerson({ region: code }); bot.push(`审核人：${d.name(a)}    复核人：${d.name(b)}    制表日期：${d.date(2024, 2024)}`); }
  if (chance(0.3)) bot.push(`医保服务热线：${d.hot('12393')}`);
  return [...top, build(cols, ppl, fmt, d), ...bot].join('\n');
}

function kHuinong(d) {
  const R = pick(RURAL), town = pick(R.towns), vill = pick(VILL);
  const n = rowCount(), fmt = tableFmt();
  const ppl = Array.from({ length: n }, () => makePerson({ era: chance(0.7) ? 'old' : 'mid', region: R.code }));
  const acctHdr = pick(['一卡通账号', '惠农一卡通账号', '社保卡金融账号', '银行账号', '一折通账号', '补贴发放账号']);
  const cols = [seqCol, { h: ['户主姓名', '姓名', '农户姓名', '承包户主'], f: (p) => d.name(p, fmt === 'fixed'), first: true },
    { h: ['身份证号码', '公民身份号码', '身份证号'], f: (p) => d.id(p) },
    { h: [acctHdr], f: (p) => { const r = rnd(); if (r < 0.12) return d.dc('bank_card', passbook()); if (r < 0.16) return d.dc('bank_card', badLuhn62()); return d.card(p, chance(0.5) ? pick(['623059', '622848', '621799']) : undefined); } },
    { h: ['计税面积(亩)', '确权面积（亩）', '补贴面积'], f: () => (ri(5, 300) / 10).toFixed(chance(0.5) ? 1 : 2) },
    { h: ['补贴标准(元/亩)', '标准'], f: () => pick(['108.50', '112.6', '121.00', '95.8']) },
    { h: ['补贴金额(元)', '发放金额', '金额'], f: () => d.amount(200, 3600) },
  ];
  if (chance(0.75)) cols.push({ h: ['联系电话', '手机号码', '电话'], f: (p) => (chance(0.9) ? d.mob(p.mobile) : '') });
  if (chance(0.4)) cols.push({ h: ['所在组', '村民小组'], f: () => pick(['一组', '二组', '三组', '四组', '五组']) });
  if (chance(0.3)) cols.push({ h: ['户号', '农户编码'], f: () => d.x('household_no', R.code + digits(9)) });
  const top = [`${R.county}${town}${NOW}年耕地地力保护补贴发放清册`, `${chance(0.6) ? '行政村：' + d.place(vill) + '  ' : ''}文件依据：${d.x('doc_no', docNo(R.ab))}`];
  const bot = [];
  const z = makePerson({ region: R.code }), s = makePerson({ region: R.code });
  bot.push(`制表人：${d.name(z)}  审核人：${d.name(s)}  村委会负责人签字：__________`);
  if (chance(0.5)) bot.push(`公示期间如有异议，请拨打乡镇财政所电话${d.land(landline7(R.area), true)}或${d.hot('12345')}反映。`);
  if (chance(0.4)) bot.push(`邮政编码：${d.x('postcode', R.post)}`);
  return [...top, build(cols, ppl, fmt, d), ...bot].join('\n');
}

function kVeteran(d) {
  const useRural = chance(0.4), L = pick(LOCS), R = pick(RURAL), [dist, code] = pick(L.dists);
  const reg = useRural ? R.code : code;
  const p = makePerson({ era: 'vet', male: chance(0.9), region: reg });
  const sep = pick(['：', ':', '：', '\t']);
  const kv = (k, v) => `${k}${sep}${v}`;
  const lines = [pick(['退役军人和其他优抚对象信息采集表', '退役军人信息采集登记表', '退役军人基础信息采集表（个人填报）'])];
  lines.push(kv('采集编号', d.x('form_no', 'TY' + reg.slice(0, 4) + digits(8))));
  lines.push(kv('姓名', d.name(p)), kv('性别', p.sex), kv('民族', pick(['汉族', '汉', '回族', '满族', '壮族'])));
  lines.push(kv('出生日期', d.x('date', fmtDate(p.b, d.st.date))));
  lines.push(kv(pick(['公民身份号码', '身份证号码', '身份证号']), d.id(p)));
  const enl = randDate(p.b.y + 17, Math.min(p.b.y + 22, 2020)), ret = randDate(Math.min(enl.y + 2, 2023), Math.min(enl.y + 24, 2023));
  lines.push(kv('入伍时间', d.x('date', chance(0.5) ? `${enl.y}-${pad(enl.m, 2)}` : `${enl.y}年${enl.m}月`)), kv('退役时间', d.x('date', fmtDate(ret, d.st.date))));
  lines.push(kv('退役类别', pick(['退出现役士兵', '转业军官', '复员军人', '退休军官'])));
  lines.push(kv(pick(['联系电话', '手机号码', '本人电话']), d.mob(p.mobile)));
  if (chance(0.85)) lines.push(kv(pick(['电子邮箱', '邮箱', 'E-mail']), d.email(p)));
  lines.push(kv('户籍地址', useRural ? addrRural(R) : addrCity(L, dist)));
  if (chance(0.5)) lines.push(kv('邮政编码', d.x('postcode', useRural ? R.post : postcode(L))));
  if (chance(0.75)) { lines.push(kv('开户银行', d.org(pick(['中国建设银行', '中国农业银行', '中国邮政储蓄银行']) + pick(['城南支行', '营业部', '开发区支行'])))); lines.push(kv(pick(['银行卡号', '社保卡金融账号', '账号']), d.card(p))); }
  if (chance(0.7)) { const e = makePerson({ era: 'mid', region: reg }); lines.push(kv('紧急联系人', d.name(e)) + `（${pick(['配偶', '子女', '兄弟', '父亲'])}）`, kv('紧急联系人电话', chance(0.85) ? d.mob(e.mobile) : d.land(landline(L.area)))); }
  if (chance(0.5)) lines.push(kv('配偶姓名', d.name(makePerson({ era: 'vet', male: false, region: reg }))));
  const c = makePerson({ region: reg });
  lines.push(kv('采集人', d.name(c)) + `  ${kv('采集日期', d.date(2024, 2024))}`);
  lines.push(`（服务站电话：${d.land(useRural ? landline7(R.area) : landline(L.area), true)}）`);
  return lines.join('\n');
}

function kDisability(d) {
  const L = pick(LOCS), [dist, code] = pick(L.dists);
  const n = rowCount(), fmt = tableFmt();
  const ppl = Array.from({ length: n }, () => makePerson({ era: pick(['old', 'mid', 'yng']), region: code }));
  const hasId = chance(0.65), hasGuard = chance(0.6), hasCard = chance(0.75);
  const kinds = ['视力', '听力', '言语', '肢体', '智力', '精神', '多重'];
  const cols = [seqCol, { h: ['姓名', '残疾人姓名'], f: (p) => d.name(p, fmt === 'fixed'), first: true }, { h: ['性别'], f: (p) => p.sex }];
  if (hasId) cols.push({ h: ['身份证号', '公民身份号码'], f: (p) => d.id(p) });
  cols.push({ h: ['残疾人证号', '残疾证号'], f: (p) => { const k = ri(1, 7), g = ri(1, 4); const t = p.id + k + g; if (!hasId) d.dc('cn_resident_id', p.id); return t; } });
  cols.push({ h: ['残疾类别'], f: () => pick(kinds) }, { h: ['等级'], f: () => pick(['一级', '二级', '三级', '四级']) });
  cols.push({ h: ['生活补贴(元)', '困难生活补贴'], f: () => d.amount(80, 200, false) }, { h: ['护理补贴(元)', '重度护理补贴'], f: () => d.amount(80, 300, false) });
  if (hasGuard) {
    const g = new Map();
    const gp = (p) => { if (!g.has(p)) g.set(p, makePerson({ era: 'mid', region: code })); return g.get(p); };
    cols.push({ h: ['监护人', '监护人姓名'], f: (p) => (chance(0.6) ? d.name(gp(p)) : '') });
    cols.push({ h: ['监护人电话', '联系电话'], f: (p) => (g.has(p) ? d.mob(gp(p).mobile) : d.mob(p.mobile)) });
  } else if (chance(0.8)) cols.push({ h: ['联系电话'], f: (p) => d.mob(p.mobile) });
  if (hasCard) cols.push({ h: ['发放账号', '社保卡号（金融账户）', '银行卡号'], f: (p) => (chance(0.05) ? d.dc('bank_card', badLuhn62()) : d.card(p)) });
  const top = [pick([`${dist}${NOW}年${ri(1, 6)}月残疾人两项补贴发放名册`, '困难残疾人生活补贴和重度残疾人护理补贴花名册', '残疾人两项补贴资格复核名单'])];
  if (chance(0.5)) top.push(`依据：${d.x('doc_no', docNo(L.ab))}  街道：${d.place(dist + pick(['梅园新村街道', '新街口街道', '城东街道', '城南街道']))}`);
  const bot = [];
  if (chance(0.6)) bot.push(`经办人：${d.name(makePerson({ region: code }))}  残联咨询：${d.land(landline(L.area), true)}`);
  if (chance(0.4)) bot.push(`民政服务热线：${d.hot('12349')}`);
  return [...top, build(cols, ppl, fmt, d), ...bot].join('\n');
}

function kPension(d) {
  const rural = chance(0.4), L = pick(LOCS), R = pick(RURAL), [dist, code] = pick(L.dists);
  const reg = rural ? R.code : code;
  d.st.legacy = chance(0.5) ? 0.3 : 0;
  const n = rowCount(), fmt = tableFmt();
  const ppl = Array.from({ length: n }, () => makePerson({ era: 'old', region: reg }));
  const cols = [seqCol, { h: ['姓名', '领取人姓名', '离退休人员'], f: (p) => d.name(p, fmt === 'fixed'), first: true },
    { h: ['身份证号码', '证件号码', '公民身份号码'], f: (p) => d.id(p, true) },
    { h: ['社保卡号', '社会保障卡卡号'], f: () => d.x('ss_card_no', ssCardNo()) },
    { h: ['待遇类别', '人员类别'], f: () => pick(['企业退休', '城乡居民养老保险', '机关事业退休', '遗属待遇']) },
    { h: ['月养老金(元)', '月待遇'], f: () => d.amount(180, 6800) },
    { h: ['认证状态', '资格认证'], f: () => pick(['已认证', '未认证', '已认证', '待上门']) },
    { h: ['认证方式'], f: () => pick(['人脸识别', '上门认证', '社区代办', '手机APP']) },
  ];
  if (chance(0.8)) cols.push({ h: ['联系电话', '本人或家属电话', '电话'], f: (p) => (rural || chance(0.85) ? d.mob(p.mobile) : d.land(landline(L.area))) });
  if (chance(0.45)) cols.push({ h: ['发放账号', '养老金发放卡号'], f: (p) => (chance(0.1) ? d.dc('bank_card', passbook()) : d.card(p)) });
  if (chance(0.4)) cols.push({ h: ['认证日期', '上次认证时间'], f: () => d.date() });
  const top = [pick([`${NOW}年度养老保险待遇领取资格认证名单`, '养老金领取人员资格认证情况统计', '待遇领取资格未认证人员明细（请社区协助通知）'])];
  top.push(`${pick(['辖区', '单位', '街道'])}：${d.place(rural ? R.county + pick(R.towns) : L.city + dist)}`);
  const bot = [];
  if (chance(0.5)) bot.push(`请于${d.date(2024, 2024, 'cn')}前完成认证，逾期将暂停发放。咨询电话：${d.hot('12333')}`);
  if (chance(0.5)) bot.push(`社区联系人：${d.name(makePerson({ region: reg }))} ${d.mob(mobile())}`);
  return [...top, build(cols, ppl, fmt, d), ...bot].join('\n');
}

function kHousingNotice(d) {
  const L = pick(LOCS), [dist, code] = pick(L.dists);
  const n = rowCount(), fmt = chance(0.4) ? 'html' : tableFmt();
  const ppl = Array.from({ length: n }, () => makePerson({ era: 'adult', region: code }));
  const fullName = chance(0.45);
  const cols = [seqCol, { h: ['申请人', '申请人姓名', '姓名'], f: (p) => (fullName ? d.name(p) : d.maskName(p)), first: true },
    { h: ['身份证号', '证件号码'], f: (p) => d.maskId(p) },
    { h: ['家庭人口', '共同申请人数'], f: () => String(ri(1, 5)) },
    { h: ['保障方式', '申请类别'], f: () => pick(['实物配租', '租赁补贴', '公租房', '人才公寓']) },
    { h: ['所在街道', '户籍街道'], f: () => pick(['城东街道', '城西街道', '中心街道', '湖滨街道']) },
  ];
  if (chance(0.5)) cols.push({ h: ['联系电话'], f: (p) => d.maskMob(p.mobile) });
  if (chance(0.3)) cols.push({ h: ['受理编号', '申请编号'], f: () => d.x('application_no', 'GZF' + NOW + digits(6)) });
  const title = `关于${NOW}年第${pick(['一', '二', '三'])}批公共租赁住房保障资格审核结果的公示`;
  const lines = [title, `${d.x('doc_no', docNo(L.ab))}`,
    `根据《${L.city}公共租赁住房管理办法》规定，经街道初审、区住房保障部门复核，现将以下${n}户申请家庭予以公示。公示期为${(() => { const m = ri(1, 5), a = ri(1, 18); return d.x('date', `${NOW}年${m}月${a}日`) + '至' + d.x('date', `${NOW}年${m}月${a + 9}日`); })()}（7个工作日）。`,
    fmt === 'html' ? renderTable(['序号', ...cols.slice(1).map((c) => c.h[0])], ppl.map((p, i) => cols.map((c) => c.f(p, i))), 'html') : build(cols, ppl, fmt, d),
    `公示期内，如对公示对象有异议，可通过以下方式实名反映：监督电话${d.land(landline(L.area), true)}，${chance(0.5) ? `电子邮箱${d.roleMail(pick(['zfbz', 'fgj_zfbz', 'zjjbz']), 'zjj.' + L.dom + '.gov.cn')}，` : ''}或拨打${d.hot('12345')}政务服务热线。`,
    `${d.org(L.city + dist + '住房保障和房产管理局')}`, d.date(2024, 2024, 'cn')];
  return lines.join('\n');
}

function kHousingApp(d) {
  const L = pick(LOCS), [dist, code] = pick(L.dists);
  const p = makePerson({ era: chance(0.5) ? 'yng' : 'mid', region: code });
  const sep = pick(['：', ':', ' | ']);
  const kv = (k, v) => `${k}${sep}${v}`;
  const lines = [pick(['公共租赁住房申请表', '公租房（人才公寓）申请登记表', '住房保障申请审批表']), kv('申请编号', d.x('application_no', 'GZF' + NOW + digits(6))) + '  ' + kv('受理日期', d.date(2024, 2024))];
  lines.push(kv('申请人姓名', d.name(p)), kv('性别', p.sex), kv('身份证号', d.id(p)), kv('手机号码', d.mob(p.mobile)));
  if (chance(0.85)) lines.push(kv('电子邮箱', d.email(p)));
  lines.push(kv('工作单位', d.org(company(L))), kv('月收入(元)', d.amount(2500, 9000)));
  lines.push(kv('现居住地址', addrCity(L, dist)));
  if (chance(0.6)) lines.push(kv('户口所在地户号', d.x('household_no', hhNo())));
  const fam = ri(0, 3);
  if (fam) {
    lines.push('共同申请人：');
    const rel = ['配偶', '子女', '父亲', '母亲'];
    const fm = [];
    for (let i = 0; i < fam; i++) { const q = makePerson({ era: i === 0 ? 'mid' : pick(['child', 'old']), region: code }); fm.push([d.name(q), pick(rel), d.id(q), q.b.y < 2008 && chance(0.7) ? d.mob(q.mobile) : '']); }
    lines.push(renderTable(['姓名', '关系', '身份证号', '联系电话'], fm, pick(['tsv', 'pipe', 'fixed', 'md'])));
  }
  if (chance(0.5)) lines.push(kv('收款账户（租赁补贴）', d.card(p)) + '  ' + kv('开户行', d.org(BANKS[p._card.slice(0, 6)])));
  lines.push(`本人承诺以上信息真实有效。申请人签字：${d.name(p)}`);
  lines.push(`受理人：${d.name(makePerson({ region: code }))}  受理窗口电话：${d.land(landline(L.area), true)}`);
  return lines.join('\n');
}

function kCommunity(d) {
  const L = pick(LOCS), [dist, code] = pick(L.dists);
  const comm = pick(['金桥', '翠苑', '梅园', '丹凤', '长青', '龙江', '莲花', '锦绣']) + '社区';
  const topic = pick(['yibao', 'renzheng', 'guanai', 'jiuye']);
  const lines = [`${comm}居民委员会`];
  const grid = Array.from({ length: ri(2, 10) }, () => makePerson({ era: 'mid', region: code }));
  if (topic === 'yibao') {
    lines.push(`关于开展${NOW + 1}年度城乡居民基本医疗保险集中缴费的通知`, '各位居民：',
      `根据《${L.city}医疗保障局关于做好${NOW + 1}年度城乡居民基本医疗保险参保缴费工作的通知》（${d.x('doc_no', docNo(L.ab))}）要求，${NOW + 1}年度个人缴费标准为每人每年${d.x('amount', pick(['380', '400']))}元，集中缴费期截至${d.date(2024, 2024, 'cn')}。`,
      '缴费方式：1.微信搜索"税务"小程序线上缴费；2.携带户口簿、社保卡到社区服务大厅现场办理。');
  } else if (topic === 'renzheng') {
    lines.push(`关于做好${NOW}年度养老金领取资格认证工作的温馨提示`, '各位退休老人：',
      `按照市人社局统一部署，${NOW}年度领取资格认证工作已经开始。以下居民尚未完成认证，请本人或家属尽快联系网格员：`);
    const miss = Array.from({ length: ri(2, 12) }, () => makePerson({ era: 'old', region: code }));
    const masked = chance(0.5);
    lines.push(miss.map((p) => (masked ? d.maskName(p) : d.name(p))).join(pick(['、', '，', '  '])));
  } else if (topic === 'guanai') {
    lines.push('独居空巢老人结对关爱联系表', `为落实${d.x('doc_no', docNo(L.ab))}要求，社区对辖区独居、空巢老人实行网格化结对帮扶，具体如下：`);
    const rows = Array.from({ length: ri(3, 25) }, () => { const o = makePerson({ era: 'old', region: code }); const v = pick(grid); return [d.name(o), String(NOW - o.b.y), chance(0.6) ? d.mob(o.mobile) : d.land(landline(L.area)), d.name(v), d.mob(v.mobile)]; });
    lines.push(renderTable(['老人姓名', '年龄', '老人电话', '结对人', '结对人电话'], rows, pick(['tsv', 'md', 'fixed', 'pipe', 'csv'])));
  } else {
    lines.push('就业援助月招聘服务通知', `社区将于${d.date(2024, 2024, 'cn')}举办就业援助专场招聘会，有意向的失业人员、就业困难人员请携带身份证、简历到社区报名，也可将简历发送至网格员邮箱。`);
  }
  lines.push('各网格联系方式：');
  const em = topic === 'jiuye' || chance(0.3);
  grid.forEach((g, i) => lines.push(`第${i + 1}网格  ${d.name(g)}  ${d.mob(g.mobile)}${em ? '  ' + d.email(g) : ''}`));
  lines.push(`社区办公电话：${d.land(landline(L.area), true)}（工作日8:30-17:30）`);
  if (chance(0.6)) lines.push(`政策咨询：${d.hot('12345')}、${d.hot(pick(['12333', '12393', '12349']))}`);
  if (chance(0.4)) lines.push(`社区邮箱：${d.roleMail(pick(['jqsq', 'sqjwh', 'shequ']) + pad(ri(1, 99), 2), pick(['163.com', '126.com']))}`);
  lines.push(`${comm}居民委员会`, d.date(2024, 2024, 'cn'));
  return lines.join('\n');
}

function kHotline(d) {
  const L = pick(LOCS), [dist, code] = pick(L.dists);
  const p = makePerson({ era: 'adult', region: code, noMinority: true });
  const sep = pick(['：', ':']);
  const kv = (k, v) => `${k}${sep}${v}`;
  const lines = [pick(['12345政务服务便民热线工单', '市长热线交办单', '12345热线转办工单（人社类）', '政务服务热线诉求件'])];
  lines.push(kv('工单编号', d.x('ticket_no', ticketNo())));
  if (chance(0.5)) lines.push(kv('工单ID', d.ts13()));
  lines.push(kv('来电时间', `${d.date(2024, 2024, 'iso')} ${pad(ri(8, 21), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`));
  const anon = chance(0.22);
  const callerLand = chance(0.12);
  lines.push(kv('来电号码', callerLand ? d.land(landline(L.area)) : d.mob(p.mobile)));
  if (anon) { const t = p.male ? '先生' : '女士'; const s = [...p.name][0]; d.dc('person_name_zh', s); d.dc('person_name_zh', s + t); lines.push(kv('诉求人', s + t)); }
  else lines.push(kv('诉求人', d.name(p) + (chance(0.2) ? (p.male ? '（先生）' : '（女士）') : '')));
  if (!anon && chance(0.5)) lines.push(kv('证件号码', d.id(p)));
  if (chance(0.3)) lines.push(kv('联系地址', addrCity(L, dist)));
  const comp = company(L);
  const r = rnd(); let txt;
  lines.push(kv('诉求类别', r < 0.3 ? pick(['劳动保障>社保缴纳', '劳动保障>劳动关系']) : r < 0.55 ? '社会保障>养老保险>待遇发放' : r < 0.75 ? '社会保障>医疗保险>报销' : '社会保障>社保卡>挂失补办'));
  if (r < 0.3) { txt = `来电人反映其于${d.date(2022, 2023, 'cn')}入职${d.org(comp)}，单位至今未为其缴纳社会保险，要求核实处理。`; if (chance(0.5)) txt += `被反映单位统一社会信用代码：${d.uscc(makeUscc('co', code.slice(0, 4) + '00'))}。`; }
  else if (r < 0.55) txt = `来电人称其${pick(['母亲', '父亲'])}${(() => { const m = makePerson({ era: 'old', region: code }); return d.name(m) + '（身份证号' + d.id(m) + '）'; })()}的养老金已两个月未到账，发放卡号${d.card(p)}，请核实原因。`;
  else if (r < 0.75) txt = `来电人反映在${d.org(L.city + pick(['第一人民医院', '中医院']))}住院产生费用${d.amount(3000, 60000)}元，医保报销进度缓慢，已提交材料${d.x('days', String(ri(20, 90)))}天未办结。`;
  else txt = `来电人反映社保卡丢失后补办，新卡号与原卡号不一致，原社保卡号${d.x('ss_card_no', ssCardNo())}，金融账户${d.card(p)}，询问原账户余额${d.amount(100, 9000)}元如何转入。`;
  if (chance(0.45)) txt += `要求书面答复发送至邮箱${d.email(p)}。`;
  if (chance(0.2)) { const mm = mobile(); txt += `备用联系电话${d.mob(mm)}。`; }
  lines.push(kv('诉求内容', txt));
  lines.push(kv('承办单位', d.org(L.city + dist + pick(['人力资源和社会保障局', '医疗保障局', '民政局', '劳动保障监察大队']))));
  lines.push(kv('办理时限', `${pick(['3', '5', '10'])}个工作日`));
  if (chance(0.7)) { const h = makePerson({ region: code }); lines.push(kv('办理结果', `已联系来电人并解释政策，来电人表示${pick(['满意', '基本满意', '理解'])}。经办人：${d.name(h)}，联系电话：${chance(0.5) ? d.land(landline(L.area), true) : d.mob(h.mobile)}`)); }
  if (chance(0.4)) lines.push(kv('回访', `回访时间${d.date(2024, 2024)}，回访号码${d.hot('12345')}`));
  if (chance(0.3)) lines.push(kv('关联工单', d.x('ticket_no', ticketNo())));
  return lines.join('\n');
}

function kVaccine(d) {
  const L = pick(LOCS), [dist, code] = pick(L.dists);
  const adult = chance(0.3);
  const n = Math.min(rowCount(), 50), fmt = tableFmt();
  const ppl = Array.from({ length: n }, () => makePerson({ era: adult ? pick(['old', 'mid']) : 'child', region: code }));
  const vax = adult ? ['流感疫苗(裂解)', '23价肺炎球菌多糖疫苗', '带状疱疹疫苗', '新冠疫苗'] : ['百白破疫苗', '麻腮风疫苗', '乙脑减毒活疫苗', 'A群流脑多糖疫苗', '乙肝疫苗', '脊灰灭活疫苗', '水痘疫苗'];
  const gm = new Map();
  const gp = (p) => { if (!gm.has(p)) gm.set(p, makePerson({ era: 'mid', region: code })); return gm.get(p); };
  const cols = [seqCol, { h: adult ? ['受种者', '姓名'] : ['受种者姓名', '儿童姓名', '受种儿童'], f: (p) => d.name(p, fmt === 'fixed'), first: true },
    { h: ['性别'], f: (p) => p.sex }, { h: ['出生日期'], f: (p) => d.x('date', fmtDate(p.b, d.st.date)) },
    { h: ['身份证号', '证件号码'], f: (p) => (adult || chance(0.8) ? d.id(p) : '') },
  ];
  if (!adult) { cols.push({ h: ['监护人', '监护人姓名', '家长姓名'], f: (p) => d.name(gp(p)) }); cols.push({ h: ['监护人电话', '联系电话'], f: (p) => d.mob(gp(p).mobile) }); }
  else cols.push({ h: ['联系电话'], f: (p) => d.mob(p.mobile) });
  cols.push({ h: ['疫苗名称'], f: () => pick(vax) }, { h: ['批号', '疫苗批号'], f: () => d.x('batch_no', pick(['2024', '2023', 'J2024', 'S2023']) + pad(ri(1, 12), 2) + pick(['A', 'B', '']) + pad(ri(1, 999), 3)) },
    { h: ['追溯码', '电子监管码'], f: () => d.x('trace_code', '8' + digits(19)) }, { h: ['接种日期'], f: () => d.date(2024, 2024) });
  if (!adult && chance(0.5)) cols.push({ h: ['预防接种证编号', '接种证号'], f: () => d.x('certificate_no', code + NOW + digits(5)) });
  const top = [`${d.org(dist + pick(['社区卫生服务中心', '妇幼保健院', '街道卫生院']))}预防接种登记表`];
  if (chance(0.4)) top.push(`接种单位编码：${d.x('unit_no', code + digits(4))}`);
  const body = build(cols, ppl, fmt, d);
  const bot = [];
  if (chance(0.5)) bot.push(`接种医生：${d.name(makePerson({ region: code }))}  登记人：${d.name(makePerson({ region: code }))}`);
  if (chance(0.25)) { const f = makePerson({ era: 'mid', region: code }); bot.push(`补录：受种者${d.name(f)}（${pick(['港澳居民', '外籍', '出国人员'])}），证件类型：护照，证件号码：${passRaw(d)}，联系电话：${d.mob(f.mobile)}`); }
  if (chance(0.3)) bot.push(`卫生健康热线：${d.hot('12320')}`);
  return [...top, body, ...bot].join('\n');
}
function passRaw(d) {
  const v = chance(0.5) ? 'E' + digits(8) : 'E' + pick([...'ABCDEFGHJKLMNPQRSTUVWXYZ']) + digits(7);
  const raw = chance(0.1) ? v.toLowerCase() : v;
  return d.e('cn_passport', v, raw);
}

function kHukou(d) {
  const L = pick(LOCS), [dist, code] = pick(L.dists);
  const p = makePerson({ era: 'adult', region: code });
  const ps = pick(['新街口', '梅园', '湖南路', '江东', '城东', '朝阳门', '和平里']) + '派出所';
  const lines = ['户 籍 证 明', `（${NOW}）${L.ab}${pick(['公户证字', '户证字'])}第${d.x('certificate_no', pad(ri(1, 9999), 4))}号`, ''];
  lines.push(`兹证明：${d.name(p)}，${p.sex}，${pick(['汉族', '汉族', '回族', '满族'])}，${p.b.y}年${p.b.m}月${p.b.d}日出生，公民身份号码${chance(0.5) ? '：' : ''}${d.id(p)}，户籍地址：${addrCity(L, dist)}，户号：${d.x('household_no', hhNo())}，与户主关系：${pick(['户主', p.male ? '子' : '女', chance(0.5) ? '配偶' : p.male ? '夫' : '妻'])}。`);
  if (chance(0.5)) { const q = makePerson({ era: 'old', region: code }); lines.push(`其${pick(['父亲', '母亲'])}${d.name(q)}（公民身份号码${d.id(q, true)}）与其系${pick(['父子', '母子', '父女', '母女'])}关系，户籍登记在同一户内。`); }
  if (chance(0.3)) lines.push(`该居民户口于${d.date(1990, 2015, 'cn')}由${pick(['江苏省', '安徽省', '河南省', '四川省'])}迁入本辖区。`);
  lines.push('特此证明。', `（本证明仅用于办理${pick(['社会保险待遇申领', '公租房申请', '退休手续', '医保异地备案'])}，有效期三个月）`);
  const cop = makePerson({ region: code });
  lines.push(`经办民警：${d.name(cop)}  警号：${d.x('badge_no', pad(ri(1, 999999), 6))}`);
  lines.push(`联系电话：${d.land(landline(L.area), true)}  邮编：${d.x('postcode', postcode(L))}`);
  lines.push(`${d.org(L.city + '公安局' + dist + '分局' + ps)}（盖章）`, d.date(2024, 2024, 'cn'));
  return lines.join('\n');
}

function kPortal(d) {
  const L = pick(LOCS), [dist, code] = pick(L.dists);
  const grid = chance(0.35);
  const n = rowCount();
  const ppl = Array.from({ length: n }, () => makePerson({ era: grid ? 'mid' : pick(['mid', 'yng']), region: code }));
  let title, hdr, rows;
  if (grid) {
    title = `${dist}各社区网格员及社保协理员联系方式一览表`;
    const em = chance(0.6);
    hdr = ['序号', '社区', '姓名', '职务', '手机', ...(em ? ['电子邮箱'] : [])];
    rows = ppl.map((p, i) => [String(i + 1), pick(['金桥社区', '翠苑社区', '梅园社区', '长青社区']), d.name(p), pick(['网格员', '社保协理员', '民政专干']), d.mob(p.mobile), ...(em ? [chance(0.9) ? d.email(p) : ''] : [])]);
  } else {
    title = pick([`关于${NOW}年第${ri(1, 4)}批灵活就业人员社会保险补贴拟享受人员名单的公示`, `${NOW}年就业困难人员认定结果公示`, `高校毕业生基层岗位社保补贴拟发放名单`, '城乡居民养老保险新增待遇领取人员名单公示']);
    const fullId = chance(0.25), fullMob = chance(0.2), em = chance(0.25);
    hdr = ['序号', '姓名', '性别', '身份证号', '补贴月数', '补贴金额（元）', ...(fullMob || chance(0.5) ? ['联系电话'] : []), ...(em ? ['邮箱'] : [])];
    const mobCol = hdr.includes('联系电话');
    rows = ppl.map((p, i) => [String(i + 1), chance(0.75) ? d.name(p) : d.maskName(p), p.sex, fullId ? d.id(p) : d.maskId(p), String(ri(1, 12)), d.amount(500, 9000), ...(mobCol ? [fullMob ? d.mob(p.mobile) : d.maskMob(p.mobile)] : []), ...(em ? [d.email(p)] : [])]);
  }
  const tsv = d.ts13();
  const page = [
    '<!DOCTYPE html>', '<html lang="zh-CN"><head><meta charset="utf-8">', `<title>${title}_${L.city}${dist}人民政府</title>`,
    '<style>@media print{.nav{display:none}} .tab-list td{padding:4px}</style>',
    `</head><body><div class="nav"><img src="/images/${d.x('asset_path', pick(['logo@2x.png', 'icon@2x.png', 'banner@3x.jpg']))}" alt="logo"></div>`,
    `<div class="info">发布时间：${d.date(2024, 2024)} 来源：${d.org(L.city + dist + pick(['人力资源和社会保障局', '民政局', '就业服务中心']))} 文章ID：${tsv}</div>`,
    `<h1>${title}</h1>`, `<p>索引号：${d.x('index_no', code + '/' + NOW + '-' + pad(ri(1, 99999), 5))}</p>`,
    renderTable(hdr, rows, 'html'),
    `<p>公示期为5个工作日。如有异议，请向${dist}${pick(['就业服务中心', '人社局'])}实名反映，联系电话：${d.land(landline(L.area), true)}，邮箱：${d.roleMail(pick(['jyzx', 'rsj', 'shbz']), L.dom + pick(['.gov.cn', '.mail.gov.cn']))}。</p>`,
    `<div class="footer">政务服务热线：${d.hot('12345')}  网站标识码：${d.x('site_code', code.slice(0, 4) + digits(6))}  ${d.x('icp', L.icp + 'ICP备' + pad(ri(1, 99999999), 8) + '号')}</div>`,
    '</body></html>'];
  return page.join('\n');
}

function kUnemploy(d) {
  const L = pick(LOCS), [dist, code] = pick(L.dists);
  if (chance(0.55)) {
    const p = makePerson({ era: chance(0.5) ? 'mid' : 'yng', region: code });
    const intro = pick(['失业保险金申领回执', '【网上办事】失业保险金申领登记', '失业登记及失业保险金申领表']);
    const kv = (k, v) => `${k}：${v}`;
    const lines = [intro, kv('业务流水号', d.x('serial_no', 'SY' + NOW + pad(ri(1, 6), 2) + digits(8))), kv('提交时间', d.date(2024, 2024) + ' ' + pad(ri(0, 23), 2) + ':' + pad(ri(0, 59), 2)),
      kv('申请人', d.name(p)), kv('证件号码', d.id(p)), kv('手机号码', d.mob(p.mobile)), kv('电子邮箱', d.email(p)),
      kv('原工作单位', d.org(company(L))), kv('离职日期', d.date(2023, 2024)), kv('累计缴费月数', String(ri(12, 180))),
      kv('领取期限（月）', String(ri(3, 24))), kv('月领取标准', d.amount(1800, 2600) + '元'),
      kv('社保卡银行账号', d.card(p)), kv('开户银行', d.org(BANKS[p._card.slice(0, 6)]))];
    lines.push(`${d.name(p)}${p.male ? '先生' : '女士'}您好，您的申请已受理，审核结果将以短信及邮件方式通知。如有疑问请拨打${d.hot('12333')}。`);
    return lines.join('\n');
  }
  const n = rowCount(), fmt = tableFmt();
  const ppl = Array.from({ length: n }, () => makePerson({ era: chance(0.6) ? 'mid' : 'yng', region: code }));
  const em = chance(0.6);
  const cols = [seqCol, { h: ['姓名', '申领人'], f: (p) => d.name(p, fmt === 'fixed'), first: true }, { h: ['身份证号码', '证件号码'], f: (p) => d.id(p) },
    { h: ['手机号', '联系电话'], f: (p) => d.mob(p.mobile) }, { h: ['领取月份'], f: () => `${NOW}-${pad(ri(1, 6), 2)}` }, { h: ['发放金额'], f: () => d.amount(1800, 2600) },
    { h: ['银行卡号', '发放账号'], f: (p) => d.card(p) }];
  if (em) cols.push({ h: ['邮箱', '电子邮箱'], f: (p) => (chance(0.85) ? d.email(p) : '') });
  const top = [`${L.city}${dist}${NOW}年${ri(1, 6)}月失业保险金发放明细`, `批次号：${d.x('batch_no', 'PC' + NOW + digits(6))}`];
  return [...top, build(cols, ppl, fmt, d), `制表：${d.name(makePerson({ region: code }))}`].join('\n');
}

function kDibao(d) {
  const rural = chance(0.5), L = pick(LOCS), R = pick(RURAL), [dist, code] = pick(L.dists);
  const reg = rural ? R.code : code;
  const n = rowCount(), fmt = tableFmt();
  const ppl = Array.from({ length: n }, () => makePerson({ era: pick(['old', 'mid']), region: reg }));
  const cols = [seqCol, { h: ['户主姓名', '户主', '保障对象'], f: (p) => d.name(p, fmt === 'fixed'), first: true },
    { h: ['身份证号', '公民身份号码'], f: (p) => d.id(p) },
    { h: ['保障人口', '家庭人口'], f: () => String(ri(1, 5)) }, { h: ['月保障金(元)', '低保金'], f: () => d.amount(300, 2400) },
    { h: ['类别', '保障类别'], f: () => pick(['A类', 'B类', 'C类', '特困供养']) },
    { h: ['低保证号', '救助证编号'], f: () => d.x('certificate_no', (rural ? R.ab : L.ab) + 'DB' + NOW + digits(5)) }];
  if (chance(0.7)) cols.push({ h: ['联系电话'], f: (p) => (chance(0.9) ? d.mob(p.mobile) : '无') });
  if (chance(0.6)) cols.push({ h: ['一卡通账号', '银行账号', '发放账号'], f: (p) => (chance(0.08) ? d.dc('bank_card', passbook()) : d.card(p)) });
  if (chance(0.3)) cols.push({ h: ['家庭住址'], f: () => (rural ? addrRural(R) : addrCity(L, dist)) });
  const top = [`${rural ? R.county + pick(R.towns) : L.city + dist}最低生活保障对象花名册（${NOW}年${ri(1, 6)}月）`];
  if (chance(0.5)) top.push(`审批文号：${d.x('doc_no', docNo(rural ? R.ab : L.ab))}`);
  const bot = [`经办人：${d.name(makePerson({ region: reg }))}  审核：${d.name(makePerson({ region: reg }))}`];
  if (chance(0.5)) bot.push(`社会救助热线：${d.hot('12345')}，${d.hot('12349')}`);
  return [...top, build(cols, ppl, fmt, d), ...bot].join('\n');
}

function kEgov(d) {
  const L = pick(LOCS), [dist, code] = pick(L.dists);
  const n = rowCount(), fmt = tableFmt();
  const ppl = Array.from({ length: n }, () => makePerson({ era: pick(['mid', 'yng', 'adult']), region: code }));
  const loginMob = chance(0.5);
  const cols = [
    { h: ['用户ID', 'user_id', '账号ID'], f: () => d.x('user_id', '17' + digits(17)), first: true },
    { h: ['姓名', '真实姓名', 'real_name'], f: (p) => d.name(p, fmt === 'fixed'), first: true },
    { h: ['登录账号', '用户名'], f: (p) => (loginMob ? d.mob(p.mobile) : d.email(p)) },
    { h: ['证件类型'], f: (p) => (p.pass ? '护照' : '居民身份证') },
    { h: ['证件号码', '证件号'], f: (p) => (p.pass ? passRaw(d) : d.id(p)) },
    { h: ['手机号', '绑定手机', 'mobile'], f: (p) => d.mob(p.mobile) },
    { h: ['邮箱', '电子邮箱', 'email'], f: (p) => (chance(0.9) ? d.email(p) : '') },
    { h: ['实名等级', '认证级别'], f: () => pick(['L1', 'L2', 'L3', '二级实名', '三级实名']) },
    { h: ['注册时间', 'reg_time', '注册日期'], f: () => { const b = randDate(2018, 2024); if (b.y === NOW && b.m > 6) b.m = 6; if (b.d > 28) b.d = 28; return d.x('datetime', `${fmtDate(b, 'iso')} ${pad(ri(0, 23), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`); } },
    { h: ['最近登录IP', 'last_ip'], f: () => d.x('ip', `${pick(['223.104', '117.136', '36.152', '112.10', '183.206'])}.${ri(1, 254)}.${ri(1, 254)}`) },
    { h: ['注册渠道'], f: () => pick(['PC端', '支付宝小程序', '微信小程序', 'APP', '线下窗口']) },
  ];
  ppl.forEach((p) => { p.pass = chance(0.03); });
  const top = [pick([`${L.prov}政务服务网 用户数据导出（${dist}）`, '统一身份认证平台 实名用户清单', `“${L.city.replace('市', '')}办”APP 注册用户明细`]), `导出批次：${d.ts13()}  导出人：${d.name(makePerson({ region: code }))}`];
  return [...top, build(cols, ppl, fmt, d), `（内部资料，严禁外传）`].join('\n');
}

const KINDS = [
  ['shebao_roster', kShebao, 32], ['yibao_reimb', kYibao, 20], ['huinong_subsidy', kHuinong, 22], ['veteran_form', kVeteran, 20],
  ['disability_subsidy', kDisability, 18], ['pension_cert', kPension, 18], ['housing_notice', kHousingNotice, 16], ['housing_application', kHousingApp, 18],
  ['community_notice', kCommunity, 18], ['hotline_ticket', kHotline, 28], ['vaccine_register', kVaccine, 18], ['hukou_letter', kHukou, 16],
  ['portal_html', kPortal, 20], ['unemployment_claim', kUnemploy, 20], ['dibao_roster', kDibao, 16], ['egov_accounts', kEgov, 14],
];

// ---------------------------------------------------------------- validation
const VAL = {
  cn_resident_id: (v, ent) => /^\d{17}[\dX]$/.test(v) && (!ent || (idCheck(v.slice(0, 17)) === v[17] && validDate(v.slice(6, 14)) && /^[1-6]/.test(v))),
  cn_mobile: (v) => MOB_OK.test(v),
  cn_landline: (v) => /^0\d{9,11}$/.test(v),
  email: (v) => /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(v),
  bank_card: (v, ent) => /^\d{16,20}$/.test(v) && (!ent || (/^\d{16,19}$/.test(v) && luhnOk(v))),
  cn_uscc: (v) => v.length === 18 && [...v].every((c) => UA.includes(c)) && usccCheck(v.slice(0, 17)) === v[17] && orgCheck(v.slice(8, 16)) === v[16],
  cn_passport: (v) => /^E([0-9]{8}|[A-HJ-NP-Z][0-9]{7})$/.test(v),
  person_name_zh: (v, ent) => (ent ? /^[\u4e00-\u9fa5][\u4e00-\u9fa5·]{1,15}$/ : /^[\u4e00-\u9fa5·]{1,16}$/).test(v) && !v.endsWith('·'),
};
function validDate(s) { const y = +s.slice(0, 4), m = +s.slice(4, 6), dd = +s.slice(6, 8); return y >= 1900 && y <= NOW && m >= 1 && m <= 12 && dd >= 1 && dd <= daysIn(y, m); }
function problems(doc, text) {
  const out = [];
  const ents = [...doc.E.values()], dcs = [...doc.D.values()].filter((x) => !doc.E.has(x.detector + '\u0001' + x.value));
  for (const x of ents) if (!VAL[x.detector] || !VAL[x.detector](x.value, true)) out.push(`bad entity ${x.detector}:${x.value}`);
  for (const x of dcs) if (!VAL[x.detector] || !VAL[x.detector](x.value, false)) out.push(`bad dontCare ${x.detector}:${x.value}`);
  for (const [det, v, raw] of doc.raws) if (!text.includes(raw)) out.push(`raw missing ${det}:${v} as ${raw}`);
  const labelled = [...ents, ...dcs].map((x) => x.value);
  const raws = doc.raws.map((r) => r[2]);
  for (const y of doc.X.values()) {
    if (!text.includes(y.text)) out.push(`decoy missing ${y.kind}:${y.text}`);
    for (const v of labelled) if (y.text === v || y.text.includes(v)) out.push(`decoy ${y.kind}:${y.text} contains labelled ${v}`);
    for (const r of raws) if (y.text.includes(r)) out.push(`decoy ${y.kind}:${y.text} contains raw ${r}`);
  }
  return out;
}

// ---------------------------------------------------------------- main
const outPath = process.argv[2];
if (!outPath) { console.error('usage: node publicsvc.mjs OUT.jsonl'); process.exit(2); }
const docs = [], failures = [];
for (const [kind, fn, count] of KINDS) {
  for (let i = 1; i <= count; i++) {
    let ok = false, last;
    for (let attempt = 0; attempt < 40 && !ok; attempt++) {
      const d = new Doc(kind);
      const text = fn(d);
      const pr = problems(d, text);
      if (!pr.length) {
        ok = true;
        const entities = [...d.E.values()];
        const dontCare = [...d.D.values()].filter((x) => !d.E.has(x.detector + '\u0001' + x.value));
        docs.push({ id: `gv-${kind}-${i}`, kind, text, entities, dontCare, decoys: [...d.X.values()] });
      } else last = pr;
    }
    if (!ok) failures.push(`gv-${kind}-${i}: ${last.slice(0, 3).join('; ')}`);
  }
}

// global checks on the final records
const ids = new Set();
for (const r of docs) {
  if (ids.has(r.id)) failures.push(`duplicate id ${r.id}`); ids.add(r.id);
  const ek = r.entities.map((x) => x.detector + '|' + x.value), dk = r.dontCare.map((x) => x.detector + '|' + x.value);
  if (new Set(ek).size !== ek.length) failures.push(`${r.id}: duplicate entity`);
  if (new Set(dk).size !== dk.length) failures.push(`${r.id}: duplicate dontCare`);
  for (const k of dk) if (ek.includes(k)) failures.push(`${r.id}: entity/dontCare overlap ${k}`);
  const vals = new Set([...r.entities, ...r.dontCare].map((x) => x.value));
  for (const y of r.decoys) { if (vals.has(y.text)) failures.push(`${r.id}: decoy equals label ${y.text}`); for (const v of vals) if (y.text.includes(v)) failures.push(`${r.id}: decoy ${y.text} contains ${v}`); }
}
const perKind = {}, ent = {}, dc = {}, dec = {};
let nEnt = 0, nDec = 0;
for (const r of docs) {
  perKind[r.kind] = (perKind[r.kind] || 0) + 1;
  for (const x of r.entities) { ent[x.detector] = (ent[x.detector] || 0) + 1; nEnt++; }
  for (const x of r.dontCare) dc[x.detector] = (dc[x.detector] || 0) + 1;
  for (const y of r.decoys) { dec[y.kind] = (dec[y.kind] || 0) + 1; nDec++; }
}
if (docs.length < 250) failures.push(`only ${docs.length} documents`);
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((ent[det] || 0) < 300) failures.push(`only ${ent[det] || 0} ${det} entities`);
if (nDec < nEnt) failures.push(`decoys ${nDec} < entities ${nEnt}`);

writeFileSync(outPath, docs.map((r) => JSON.stringify(r)).join('\n') + '\n');
const fmtObj = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k.padEnd(22)} ${v}`).join('\n');
console.log(`wrote ${docs.length} documents to ${outPath}`);
console.log('documents per kind:\n' + fmtObj(perKind));
console.log(`entities per detector (total ${nEnt}):\n` + fmtObj(ent));
console.log('dontCare per detector:\n' + fmtObj(dc));
console.log(`decoys per kind (total ${nDec}):\n` + fmtObj(dec));
if (failures.length) { console.error(`SELF-CHECK FAILED (${failures.length}):\n` + failures.slice(0, 30).join('\n')); process.exit(1); }
console.log('self-check: OK');
