#!/usr/bin/env node
// property.mjs — independent labelled test corpus for listguard (session 23).
//
// Theme: property, automotive and local-service customer records — what a
//   房产中介 agent, a 4S-shop clerk, a 物业 manager, a 家政/驾校/宠物医院 front
//   desk would leak: 客源/房源 registers, 二手房 contracts, 公寓 rent ledgers,
//   业主名册, 物业费 arrears, 4S 客户档案, 车险续保 lists, 二手车 deals, 驾校
//   学员, 停车月卡, 家政 profiles, 婚庆, 培训, 健身, 宠物, 家电工单, 燃气开户,
//   团购接龙 and 业主群 chats, 业委会 votes.
//
// Usage:  node property.mjs [OUT.jsonl]      (default /tmp/indep23/property.jsonl)
//
// Output: one JSON object per line
//   {"id":"property-<kind>-<n>","kind":"<kind>","text":"...",
//    "entities":[{"detector":"...","value":"..."}],  // must be reported (unique per doc)
//    "dontCare":[{"detector":"...","value":"..."}],  // either answer is fine
//    "decoys":[{"kind":"...","text":"..."}]}         // must not be reported under any id
//
// Normalisation of values: cn_resident_id 18 chars upper-case X (legacy 15-digit
//   numbers appear only in dontCare, as the upgraded 18-char value);
//   cn_mobile 11 digits without +86; cn_landline digits incl. leading 0 and area
//   code; email lower-case; bank_card digits only; cn_passport upper-case;
//   cn_uscc 18 chars upper-case; person_name_zh as written, without titles.
//
// Deterministic: own mulberry32 PRNG with a fixed seed; all data synthetic
// (MOD 11-2 IDs with real dates and region codes, Luhn cards with real-looking
// IINs, GB 32100 USCCs with a valid GB 11714 body, allocated mobile prefixes,
// ISO 3779 VINs). A self-check at the end exits 1 on failure.
//
// Written in session 23 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.

import { writeFileSync } from 'node:fs';

const OUT = process.argv[2] || '/tmp/indep23/property.jsonl';

// ---------------------------------------------------------------- PRNG
let S = 0x23a11ce5 >>> 0;
function rnd() {
  S = (S + 0x6d2b79f5) >>> 0;
  let t = S;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += int(0, 9); return s; };
const pad = (n, w) => String(n).padStart(w, '0');
const clock = (n) => range(n, () => int(6 * 60, 23 * 60 + 59)).sort((a, b) => a - b).map((m) => `${pad(Math.floor(m / 60), 2)}:${pad(m % 60, 2)}`);
const range = (n, f) => Array.from({ length: n }, (_, i) => f(i));
const dim = (y, m) => new Date(y, m, 0).getDate();
const commas = (v) => String(v).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const FW = (s) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const LET = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

// ---------------------------------------------------------------- names
const SUR = [['王', 'wang', 8], ['李', 'li', 8], ['张', 'zhang', 7], ['刘', 'liu', 6], ['陈', 'chen', 6], ['杨', 'yang', 4],
  ['黄', 'huang', 3], ['赵', 'zhao', 3], ['吴', 'wu', 3], ['周', 'zhou', 3], ['徐', 'xu', 2], ['孙', 'sun', 2], ['马', 'ma', 2],
  ['朱', 'zhu', 2], ['胡', 'hu', 2], ['郭', 'guo', 2], ['何', 'he', 2], ['高', 'gao', 2], ['林', 'lin', 2], ['罗', 'luo', 2],
  ['郑', 'zheng', 2], ['梁', 'liang', 2], ['谢', 'xie', 1], ['宋', 'song', 1], ['唐', 'tang', 1], ['许', 'xu', 1], ['韩', 'han', 1],
  ['冯', 'feng', 1], ['邓', 'deng', 1], ['曹', 'cao', 1], ['彭', 'peng', 1], ['曾', 'zeng', 1], ['肖', 'xiao', 1], ['田', 'tian', 1],
  ['董', 'dong', 1], ['袁', 'yuan', 1], ['潘', 'pan', 1], ['于', 'yu', 1], ['蒋', 'jiang', 1], ['蔡', 'cai', 1], ['余', 'yu', 1],
  ['叶', 'ye', 1], ['程', 'cheng', 1], ['金', 'jin', 0.6], ['万', 'wan', 0.5], ['欧阳', 'ouyang', 0.5], ['司马', 'sima', 0.2],
  ['上官', 'shangguan', 0.2], ['诸葛', 'zhuge', 0.2], ['令狐', 'linghu', 0.15]];
const SURW = SUR.reduce((a, s) => a + s[2], 0);
const GIV = ('伟wei 芳fang 娜na 敏min 静jing 丽li 强qiang 磊lei 军jun 洋yang 勇yong 艳yan 杰jie 娟juan 涛tao 明ming 超chao ' +
  '霞xia 平ping 刚gang 桂gui 英ying 华hua 建jian 国guo 志zhi 红hong 玲ling 鹏peng 飞fei 宇yu 浩hao 婷ting 雪xue 倩qian ' +
  '颖ying 琳lin 欣xin 晨chen 博bo 文wen 斌bin 辉hui 亮liang 梅mei 兰lan 凤feng 春chun 海hai 波bo 宁ning 佳jia 怡yi 子zi ' +
  '梓zi 涵han 萱xuan 睿rui 轩xuan 嘉jia 思si 雨yu 晓xiao 俊jun 峰feng 凯kai 慧hui 燕yan 莉li 秀xiu 云yun 丹dan 蕾lei ' +
  '阳yang 帆fan 瑶yao 哲zhe 然ran 昊hao 泽ze 淑shu 德de 荣rong').split(' ').map((s) => [s[0], s.slice(1)]);
const FEM = new Set([...'芳娜敏静丽艳娟霞玲红婷雪倩颖琳欣梅兰凤怡萱慧燕莉秀云丹蕾瑶淑桂英春']);
const MAS = new Set([...'伟强磊军勇杰涛刚鹏飞浩博斌辉亮波峰凯昊哲泽俊国建志德荣超轩睿']);
const GIVM = GIV.filter((g) => !FEM.has(g[0])), GIVF = GIV.filter((g) => !MAS.has(g[0]));
const MINORITY = [['阿依古丽·买买提', 'ayiguli'], ['艾力·热合曼', 'aili'], ['古丽娜尔·吐尔逊', 'gulinaer'], ['迪丽拉·阿不都', 'dilila'],
  ['买买提·艾山', 'maimaiti'], ['热依拉·托合提', 'reyila']];
const BAN = new Set(['金华', '万宁', '高阳', '黄海', '林海', '高峰', '高超', '叶子', '高明', '金明', '万华', '周文', '于是', '程序', '马超', '高雪', '文明', '张家', '王府', '黄山']);

// ---------------------------------------------------------------- ID, mobile, card, uscc …
const REGIONS = ['110101', '110102', '110105', '110106', '110108', '110103', '120101', '120104', '130102', '130104', '140105',
  '150102', '210102', '210203', '220102', '230103', '310101', '310104', '310105', '310110', '310115', '320102', '320106',
  '320583', '330102', '330106', '330282', '340104', '350203', '350102', '360102', '370102', '370202', '410105', '420106',
  '420111', '430104', '440103', '440106', '440304', '440305', '440306', '450103', '460105', '500103', '500112', '510104',
  '510107', '520102', '530102', '610113', '620102', '630102', '640104', '650102', '130682', '371326', '410482', '421127',
  '430521', '441481'];
const PROV_OK = new Set('11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65'.split(' '));
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const idCheck = (b) => { let s = 0; for (let i = 0; i < 17; i++) s += +b[i] * IDW[i]; return '10X98765432'[s % 11]; };
function mkId(y1, y2, male) {
  const y = int(y1, y2), m = int(1, 12), d = int(1, dim(y, m));
  let seq = int(0, 999);
  if ((seq % 2 === 1) !== male) seq = (seq + 1) % 1000;
  const b = pick(REGIONS) + y + pad(m, 2) + pad(d, 2) + pad(seq, 3);
  return { id: b + idCheck(b), y };
}
const MOBP = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156',
  '157', '158', '159', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189', '135', '138', '139', '186', '187',
  '177', '176', '173', '175', '178', '166', '191', '199', '198', '195', '193', '147', '145', '171', '172', '162', '165', '167', '192', '196', '190'];
const MOB_OK = /^1(3\d|4[57]|5[0-35-9]|6[25-7]|7[0-35-8]|8\d|9[0-35-9])\d{8}$/;
const mkMob = () => pick(MOBP) + digits(8);
const IIN = [['622202', 19, '中国工商银行'], ['621226', 19, '中国工商银行'], ['622848', 19, '中国农业银行'], ['623052', 19, '中国农业银行'],
  ['621700', 19, '中国建设银行'], ['622700', 19, '中国建设银行'], ['436742', 16, '中国建设银行'], ['621661', 19, '中国银行'],
  ['601382', 19, '中国银行'], ['622262', 19, '交通银行'], ['621483', 16, '招商银行'], ['622588', 16, '招商银行'],
  ['625965', 16, '招商银行'], ['427020', 16, '中国工商银行'], ['524091', 16, '中信银行'], ['621799', 19, '中国邮政储蓄银行'],
  ['622155', 16, '平安银行'], ['623668', 19, '中国建设银行'], ['621785', 19, '中国银行'], ['622908', 16, '兴业银行']];
function luhnDigit(b) { let s = 0; for (let i = 0; i < b.length; i++) { let x = +b[b.length - 1 - i]; if (i % 2 === 0) { x *= 2; if (x > 9) x -= 9; } s += x; } return String((10 - (s % 10)) % 10); }
const luhnOk = (n) => luhnDigit(n.slice(0, -1)) === n.slice(-1);
function mkCard() { const [iin, len, bank] = pick(IIN); const b = iin + digits(len - iin.length - 1); return { no: b + luhnDigit(b), bank }; }
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function orgCode() {
  let b = chance(0.6) ? 'MA' + range(6, () => pick(UA)).join('') : digits(8);
  const W = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0;
  for (let i = 0; i < 8; i++) s += (/\d/.test(b[i]) ? +b[i] : b.charCodeAt(i) - 55) * W[i];
  const c = 11 - (s % 11);
  return b + (c === 10 ? 'X' : c === 11 ? '0' : String(c));
}
const usccCheck = (b) => { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(b[i]) * USW[i]; return UA[(31 - (s % 31)) % 31]; };
function mkUscc(kind = '91') { const b = kind + pick(REGIONS) + orgCode(); return b + usccCheck(b); }
const AREAS = [['010', 8], ['021', 8], ['020', 8], ['022', 8], ['023', 8], ['025', 8], ['027', 8], ['028', 8], ['029', 8],
  ['0755', 8], ['0571', 8], ['0512', 8], ['0532', 8], ['0931', 7]];
function mkLand(area) { const [a, l] = area ? [area, 8] : pick(AREAS); return a + int(2, 8) + digits(l - 1); }
const mkPassport = () => chance(0.5) ? 'E' + digits(8) : 'E' + pick(LET.replace('Q', '').replace('S', '')) + digits(7);

function person(o = {}) {
  const [y1, y2] = o.yr || [1958, 2001];
  const male = o.male ?? chance(0.5);
  let name, sp, gp, sur;
  if (!o.noMin && chance(0.012)) { const m = pick(MINORITY); name = m[0]; sp = m[1]; gp = 'a'; sur = m[0].split('·')[0]; }
  else {
    for (;;) {
      let r = rnd() * SURW, s = SUR[0];
      for (const x of SUR) { r -= x[2]; if (r <= 0) { s = x; break; } }
      const g = range(chance(0.7) ? 2 : 1, () => pick(male ? GIVM : GIVF));
      name = s[0] + g.map((x) => x[0]).join(''); sp = s[1]; gp = g.map((x) => x[1]).join(''); sur = s[0];
      if (!BAN.has(name) && !BAN.has(name.slice(0, 2))) break;
    }
  }
  const { id, y } = mkId(y1, y2, male);
  return { name, sur, sp, gp, male, id, y, mob: mkMob() };
}
const MAILDOM = ['qq.com', '163.com', '126.com', 'sina.com', 'foxmail.com', 'outlook.com', 'gmail.com', 'yeah.net', 'aliyun.com',
  'hotmail.com', 'sohu.com', '163.com', 'qq.com', '126.com'];
function emailFor(p, dom) {
  if (p.email) return p.email;
  let e; const ini = (p.sp[0] + p.gp[0]);
  if (dom) e = pick([`${p.gp}.${p.sp}`, `${p.sp}${p.gp}`, `${p.sp}.${p.gp}`, `${ini}${int(1, 9)}`]) + '@' + dom;
  else {
    const r = rnd();
    if (r < 0.3) e = `${p.sp}${p.gp}${pick(['', String(p.y), String(p.y % 100).padStart(2, '0'), String(int(1, 999))])}@${pick(MAILDOM)}`;
    else if (r < 0.5) { e = `${int(1, 9)}${digits(int(5, 9))}@qq.com`; }
    else if (r < 0.58) { e = `${p.mob}@${pick(['139.com', '189.cn', 'wo.cn'])}`; p.emailMob = true; }
    else if (r < 0.7) e = `${p.gp}.${p.sp}${pick(['', String(int(1, 99))])}@${pick(MAILDOM)}`;
    else if (r < 0.82) e = `${ini}${pick(['_', '', '.'])}${digits(int(3, 6))}@${pick(MAILDOM)}`;
    else if (r < 0.9) e = `${p.sp}_${p.gp}${int(10, 99)}@${pick(MAILDOM)}`;
    else e = `${p.sp[0].toUpperCase()}${p.sp.slice(1)}${p.gp[0].toUpperCase()}${p.gp.slice(1)}${p.y}@${pick(MAILDOM)}`;
  }
  p.email = e; return e;
}

// ---------------------------------------------------------------- formatting of entity values
function fmtMob(m, plain) {
  const r = rnd();
  if (plain || r < 0.64) return m;
  if (r < 0.74) return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
  if (r < 0.83) return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
  if (r < 0.9) return '+86 ' + m;
  if (r < 0.94) return '+86-' + m;
  if (r < 0.97) return '(+86)' + m;
  return '0086' + m;
}
function fmtId(id, plain) {
  const r = rnd();
  if (!plain && r < 0.05) return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
  if (id.endsWith('X') && r < 0.35) return id.slice(0, 17) + 'x';
  return id;
}
function fmtCard(c, plain) {
  const r = rnd();
  if (plain || r < 0.55) return c;
  const g = c.match(/.{1,4}/g);
  return g.join(r < 0.9 ? ' ' : '-');
}
function fmtLand(l) {
  const a = /^0(1|2)/.test(l) ? l.slice(0, 3) : l.slice(0, 4), s = l.slice(a.length);
  return pick([`${a}-${s}`, `${a}-${s}`, `(${a})${s}`, `（${a}）${s}`, `${a} ${s}`, `${a}${s}`]);
}
const maskMob = (m) => pick([`${m.slice(0, 3)}****${m.slice(7)}`, `${m.slice(0, 3)}xxxx${m.slice(7)}`, `${m.slice(0, 3)}****${m.slice(7)}`, `${m.slice(0, 3)}*****${m.slice(8)}`]);
const maskId = (id) => pick([`${id.slice(0, 4)}**********${id.slice(14)}`, `${id.slice(0, 6)}********${id.slice(14)}`, `${id.slice(0, 3)}***************`.slice(0, 18)]);
const maskCard = (c) => pick([`${c.slice(0, 4)} **** **** ${c.slice(-4)}`, `${c.slice(0, 6)}******${c.slice(-4)}`, `尾号${c.slice(-4)}`]);

// ---------------------------------------------------------------- document
class Doc {
  constructor(kind) { this.kind = kind; this.ent = new Map(); this.dc = new Map(); this.dec = new Map(); this.raws = []; }
  E(det, val, raw) { const k = det + '|' + val; this.dc.delete(k); this.ent.set(k, { detector: det, value: val }); this.raws.push([det, val, raw]); return raw; }
  D(det, val, raw) { const k = det + '|' + val; if (!this.ent.has(k)) this.dc.set(k, { detector: det, value: val }); this.raws.push([det, val, raw]); return raw; }
  X(kind, text) { text = String(text); if (!this.dec.has(text)) this.dec.set(text, { kind, text }); return text; }
  nm(p) { return this.E('person_name_zh', p.name, p.name); }
  mob(p, plain) { const m = typeof p === 'string' ? p : p.mob; return this.E('cn_mobile', m, fmtMob(m, plain)); }
  idn(p, plain) { return this.E('cn_resident_id', p.id, fmtId(p.id, plain)); }
  card(p, plain) { if (!p.card) p.card = mkCard(); return this.E('bank_card', p.card.no, fmtCard(p.card.no, plain)); }
  bank(p) { if (!p.card) p.card = mkCard(); return p.card.bank; }
  mail(p, dom) { const e = emailFor(p, dom); if (p.emailMob && !dom) this.E('cn_mobile', p.mob, p.mob); return this.E('email', e.toLowerCase(), e); }
  land(l) { return this.E('cn_landline', l, fmtLand(l)); }
  orgLand(l) { return this.D('cn_landline', l, fmtLand(l)); }
  uscc(u) { return this.E('cn_uscc', u, u); }
  title(p, t) {
    t = t || (p.male ? pick(['先生', '先生', '哥', '总']) : pick(['女士', '女士', '小姐', '姐', '阿姨']));
    this.D('person_name_zh', p.sur, p.sur); return p.sur + t;
  }
  mmob() { return this.X('masked_mobile', maskMob(mkMob())); }
  mname(p) { return this.X('masked_name', p.sur + pick(['*', '**', '某', '某某', '*'])); }
  dt(st, y1 = 2020, y2 = 2024) { return this.X('date', fd(mkDate(y1, y2), st)); }
}

// ---------------------------------------------------------------- decoy generators
const ESTATES = ['碧桂园·凤凰城', '万科城', '万科金色家园', '金地格林小镇', '龙湖春江郦城', '保利天悦', '华润橡树湾', '中海国际社区', '绿地海珀外滩',
  '融创壹号院', '招商雍景湾', '世茂滨江花园', '恒大绿洲', '旭辉城', '金地自在城', '万科星园', '汤臣一品', '王府花园', '周庄水岸', '黄山路小区', '高新花园',
  '孙河别墅区', '马家堡嘉园', '杨柳青苑', '龙湖天街公寓', '碧桂园十里金滩', '金茂府', '仁恒河滨城', '张江汤臣豪园', '李村花园', '龙湖滟澜山', '金地名京'];
const DEVS = ['万科企业股份有限公司', '碧桂园控股有限公司', '金地（集团）股份有限公司', '龙湖集团控股有限公司', '保利发展控股集团股份有限公司', '华润置地有限公司',
  '中海企业发展集团有限公司', '融创中国控股有限公司', '招商局蛇口工业区控股股份有限公司', '绿地控股集团股份有限公司'];
const AGENCIES = ['链家', '我爱我家', '中原地产', '21世纪不动产', '麦田房产', '德佑', '太平洋房屋', '满堂红地产'];
const CITIES = [['北京', '京', ['朝阳区', '海淀区', '丰台区', '通州区'], '010'], ['上海', '沪', ['浦东新区', '徐汇区', '杨浦区', '闵行区'], '021'],
  ['广州', '粤', ['天河区', '海珠区', '番禺区'], '020'], ['深圳', '粤', ['南山区', '福田区', '龙岗区', '宝安区'], '0755'], ['杭州', '浙', ['西湖区', '滨江区', '余杭区'], '0571'],
  ['成都', '川', ['武侯区', '高新区', '锦江区'], '028'], ['武汉', '鄂', ['洪山区', '江汉区', '武昌区'], '027'], ['南京', '苏', ['鼓楼区', '建邺区', '江宁区'], '025'],
  ['西安', '陕', ['雁塔区', '未央区'], '029'], ['苏州', '苏', ['工业园区', '姑苏区'], '0512'], ['天津', '津', ['南开区', '河西区'], '022'], ['长沙', '湘', ['岳麓区', '雨花区'], '0731']];
const ROADS = ['建设路', '人民路', '中山路', '解放大道', '学院路', '张杨路', '王府井大街', '黄山路', '周口路', '高新大道', '金湖路', '马场道', '孙家湾路', '何家街'];
const LAYOUTS = ['三室两厅', '两室一厅', '一室一厅', '四室两厅', '三室一厅', '两室两厅', '开间', 'LOFT'];
function room(s) {
  const b = int(1, 32), u = int(1, 4), f = int(2, 33), h = int(1, 4), rn = `${f}${pad(h, 2)}`;
  switch (s ?? int(0, 5)) {
    case 0: case 5: return `${b}-${u}-${rn}`;
    case 1: return `${b}栋${u}单元${rn}`;
    case 2: return `${b}号楼${u}单元${rn}室`;
    case 3: return `${b}幢${rn}`;
    default: return `${pick('ABCD')}座${rn}`;
  }
}
const area = () => { const v = `${int(35, 260)}.${pad(int(0, 99), 2)}`; return pick([`${v}㎡`, `${v}平方米`, `${v}平`, `${v}m²`]); };
const price = () => `${int(80, 1500)}${pick(['万', '万元', '万'])}`;
const unitPrice = () => `${(int(150, 1400) / 100).toFixed(2)}万/㎡`;
const money = (lo = 200, hi = 99999) => { const v = int(lo, hi); return pick([`${v}元`, `¥${commas(v)}.00`, `${commas(v)}.${pad(int(0, 99), 2)}`]); };
function mkDate(y1 = 2020, y2 = 2024) { const y = int(y1, y2), m = int(1, 12); return { y, m, d: int(1, dim(y, m)) }; }
function fd(t, st) {
  const { y, m, d } = t;
  switch (st ?? int(0, 5)) {
    case 0: return `${y}-${pad(m, 2)}-${pad(d, 2)}`;
    case 1: return `${y}/${m}/${d}`;
    case 2: return `${y}年${m}月${d}日`;
    case 3: return `${y}${pad(m, 2)}${pad(d, 2)}`;
    case 4: return `${y}.${pad(m, 2)}.${pad(d, 2)}`;
    default: return `${y}-${pad(m, 2)}-${pad(d, 2)} ${pad(int(8, 21), 2)}:${pad(int(0, 59), 2)}`;
  }
}
const ymd = () => { const t = mkDate(2023, 2024); return `${t.y}${pad(t.m, 2)}${pad(t.d, 2)}`; };
const orderNo = (len) => ymd() + digits((len ?? pick([14, 16, 18, 20])) - 8);
const safeNum = (len) => String(int(2, 9)) + digits(len - 1);
const contractNo = () => `${pick(['HT', 'BJ', 'SH', 'GZ', 'SZ', 'ZL', 'ESF', 'CZ'])}${pick(['-', '', '-'])}${int(2021, 2024)}${pick(['', '-'])}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${pick(['-', ''])}${digits(int(3, 5))}`;
function certNo() {
  const c = pick(CITIES);
  return pick([`${c[1]}(${int(2016, 2024)})${pick(c[2])}不动产权第${digits(7)}号`, `X${c[1]}房权证${pick(['朝', '海', '浦', '天'])}字第${digits(6)}号`,
    `${c[1]}房地${pick(['浦', '徐', '杨'])}字(${int(2003, 2015)})第${digits(6)}号`]);
}
const doorCard = () => chance(0.75) ? String(int(1, 9)) + digits(int(7, 9)) : range(8, () => pick('0123456789ABCDEF')).join('');
const gasNo = () => chance(0.5) ? '10' + digits(8) : safeNum(12);
const meterNo = () => pick([safeNum(10), safeNum(12), safeNum(13), `SB${digits(8)}`, `${int(2, 9)}${digits(5)}-${digits(4)}`]);
const parkNo = () => pick([`B${int(1, 3)}-${pad(int(1, 480), 3)}`, `地下${int(1, 2)}层${int(1, 420)}号`, `P${pad(int(1, 999), 4)}`, `${pick('ABCDE')}区${int(1, 260)}`]);
const PROV = '京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川贵云陕甘青宁新'.split('');
function plate() {
  const head = pick(PROV) + pick(LET.replace('I', '').replace('O', ''));
  const tail = chance(0.2) ? pick('DF') + digits(5) : range(5, (i) => (i > 0 && chance(0.18) ? pick('ABCDEFGHJKLMNPQRSTUVWXYZ') : String(int(0, 9)))).join('');
  return head + pick(['·', '', '', ' ', '·']) + tail;
}
const VT = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 };
const VW = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
const VA = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
function vin() {
  let v = pick(['LSV', 'LFV', 'LGB', 'LVS', 'LSG', 'LHG', 'LVH', 'LBV', 'LE4', 'LRW', 'LGX', 'LFM', 'LDC', 'LB3']) +
    range(5, () => pick(VA)).join('') + '0' + pick('KLMNPR') + pick(VA) + digits(6);
  let s = 0; for (let i = 0; i < 17; i++) s += (/\d/.test(v[i]) ? +v[i] : VT[v[i]]) * VW[i];
  const c = s % 11; return v.slice(0, 8) + (c === 10 ? 'X' : String(c)) + v.slice(9);
}
const engineNo = () => pick([`${pick(['DKX', 'CSS', 'DLF', 'DPL', 'G4F', 'L15', 'K24', 'JLH', '4G1', 'BYD', 'M20', 'A25'])}${digits(6)}`,
  `${pick(['H', 'B', 'C', 'M'])}${digits(2)}${pick(LET)}${digits(5)}`, `${digits(2)}${pick(LET)}${digits(6)}`]);
const policyNo = () => pick([`PDAA${int(2022, 2024)}${pick(['1101', '3101', '4403', '4401', '3301', '5101'])}${digits(10)}`,
  `PDZA${int(2022, 2024)}${pick(['1101', '4403', '3201'])}${digits(10)}`, `${pick(['10', '11', '12'])}${digits(18)}`,
  `A${pick(['SHZ', 'BEJ', 'GUZ', 'SZH'])}${int(2022, 2024)}${digits(11)}`]);
const CARS = ['大众迈腾 2023款 330TSI', '丰田凯美瑞 2.0G', '本田雅阁 260TURBO', '别克GL8 ES陆尊', '宝马530Li', '奔驰E300L', '日产轩逸 1.6XL',
  '比亚迪汉EV', '特斯拉Model Y', '奥迪A6L 45TFSI', '本田CR-V 240TURBO', '丰田RAV4荣放', '大众帕萨特 380TSI', '长安CS75PLUS', '理想L7 Pro'];
const HOTLINES = ['400-820-8820', '400-610-5566', '400-888-6688', '95518', '95512', '96777', '4008-123-123', '95598'];
const PETS = ['豆豆', '旺财', '可乐', '球球', '咪咪', '大黄', '小白', '毛毛', '团子', '奶茶', '来福', '花花', '布丁', '雪球', '黑豆', '年糕'];
const BREEDS = ['泰迪', '金毛', '柯基', '英短蓝猫', '布偶猫', '中华田园犬', '柴犬', '边牧', '美短', '橘猫', '比熊', '拉布拉多'];
const BANK_SHORT = ['工行', '建行', '农行', '招行', '中行', '交行', '邮储'];
const csvq = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const dw = (s) => [...s].reduce((a, c) => a + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
function render(head, rows, style) {
  const all = head ? [head, ...rows] : rows;
  switch (style) {
    case 'csv': return all.map((r) => r.map(csvq).join(',')).join('\n');
    case 'tsv': return all.map((r) => r.join('\t')).join('\n');
    case 'semi': return all.map((r) => r.join(';')).join('\n');
    case 'pipe': return all.map((r) => r.join('|')).join('\n');
    case 'md': return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
    case 'space': return all.map((r) => r.join('  ')).join('\n');
    default: { // fixed
      const w = head.map((_, i) => Math.max(...all.map((r) => dw(r[i]))) + 2);
      const line = (r) => r.map((c, i) => c + ' '.repeat(w[i] - dw(c))).join('').trimEnd();
      return [line(head), '-'.repeat(w.reduce((a, b) => a + b, 0)), ...rows.map(line)].join('\n');
    }
  }
}
function table(specs, recs, style) {
  const cols = specs.filter((s) => s.p === undefined || chance(s.p));
  if (cols.length > 3 && chance(0.45)) { const i = int(1, cols.length - 1), j = int(1, cols.length - 1); [cols[i], cols[j]] = [cols[j], cols[i]]; }
  const head = cols.map((c) => (Array.isArray(c.h) ? pick(c.h) : c.h));
  const rows = recs.map((r, i) => cols.map((c) => String(c.f(r, i))));
  return render(head, rows, style);
}
const kv = (pairs, sep) => pairs.filter(Boolean).map(([k, v]) => `${k}${sep}${v}`).join('\n');
const SEPS = ['：', ':', ': ', '： ', ' = ', '\t'];
const N = (a, b) => int(a, b);
const TSTYLES = ['csv', 'tsv', 'md', 'fixed', 'pipe', 'semi', 'space'];

// ================================================================ kinds
function agency_client(d) {
  const brand = pick(AGENCIES), city = pick(CITIES), agents = range(int(1, 4), () => person());
  const style = pick(['csv', 'notes', 'notes', 'cards', 'tsv', 'md', 'fixed']);
  const need = () => pick(LAYOUTS) + pick(['', ' 学区', ' 近地铁', ' 要电梯', ' 南北通透']);
  if (style === 'notes') {
    const out = [pick([() => `${d.dt(0)} 门店接待记录`, () => '客源 手记', () => `周末接待（${brand}${pick(city[2])}店）`, () => '今天进店的'])()];
    for (let i = 0; i < N(3, 18); i++) {
      const p = person(), b = int(80, 900);
      switch (int(0, 6)) {
        case 0: out.push(`${d.nm(p)} ${need()} 预算${d.X('price', b + '万')} ${d.mob(p, true)}`); break;
        case 1: out.push(`${d.title(p)}${d.mmob()} 想要${pick(['学区房', '大三房', '电梯房', '次新房'])}`); break;
        case 2: out.push(`${d.nm(p)}${d.mob(p, true)}${pick(LAYOUTS)}`); break;
        case 3: out.push(`${d.nm(p)}${p.male ? '先生' : '女士'} 电话${d.mob(p)} 看过${d.X('estate', pick(ESTATES))} 嫌贵`); break;
        case 4: out.push(`${d.title(p)} ${d.mob(p)} 首付${d.X('price', int(30, 300) + '万')} 要${d.X('area', int(60, 140) + '平')}左右 急`); break;
        case 5: { const m = FW(p.mob); out.push(`${d.nm(p)} ${d.E('cn_mobile', p.mob, m)} 换房 卖${d.X('estate', pick(ESTATES))}${d.X('room_no', room(0))}`); break; }
        default: out.push(`${d.nm(p)}/${d.mob(p, true)}/${pick(city[2])}/${b}w/${pick(['全款', '贷款', '公积金'])}${chance(0.3) ? '/' + d.mail(p) : ''}`);
      }
    }
    out.push(`—— ${d.nm(pick(agents))}`);
    return out.join('\n');
  }
  if (style === 'cards') {
    const sep = pick(SEPS);
    return range(N(1, 6), () => {
      const p = person(), a = pick(agents);
      return kv([['客源编号', d.X('record_no', `KY${ymd()}${digits(3)}`)], ['客户姓名', d.nm(p)], ['联系电话', d.mob(p)],
        chance(0.3) && ['备用电话', d.land(mkLand())], chance(0.4) && ['邮箱', d.mail(p)], ['意向区域', pick(city[2])],
        ['需求', need()], ['预算', d.X('price', price())], chance(0.5) && ['已带看', `${d.X('estate', pick(ESTATES))} ${d.X('room_no', room())}`],
        ['经纪人', `${d.nm(a)} ${d.mob(a)}`], ['录入时间', d.dt(5)]], sep);
    }).join(pick(['\n\n', '\n------\n', '\n==========\n']));
  }
  const recs = range(N(4, 50), () => ({ p: person(), a: pick(agents) }));
  const ds = int(0, 4);
  const head = `${brand}·${city[0]}${pick(city[2])}店 客源导出 ${d.dt(5, 2024, 2024)}\n`;
  return head + table([
    { h: ['客源编号', '编号', 'ID'], f: () => d.X('record_no', `KY${pick(['', '-'])}${digits(int(6, 9))}`) },
    { h: ['客户姓名', '姓名', '客户'], f: (r) => d.nm(r.p) },
    { h: ['联系电话', '手机', '电话'], f: (r) => d.mob(r.p) },
    { h: ['备用电话', '座机'], p: 0.25, f: () => (chance(0.4) ? d.land(mkLand()) : '') },
    { h: ['邮箱', 'E-mail'], p: 0.35, f: (r) => (chance(0.7) ? d.mail(r.p) : '') },
    { h: ['意向区域', '区域'], f: () => pick(city[2]) },
    { h: ['需求户型', '户型'], f: () => pick(LAYOUTS) },
    { h: ['预算(万)', '预算', '总价预算'], f: () => d.X('price', String(int(80, 1200))) },
    { h: ['录入人', '经纪人', '维护人'], f: (r) => d.nm(r.a) },
    { h: ['录入日期', '首次到访'], f: () => d.dt(ds) },
    { h: ['备注'], p: 0.5, f: () => (chance(0.5) ? `已看${d.X('estate', pick(ESTATES))}` : pick(['等年后', '置换', '', '首套', '考虑中'])) },
  ], recs, style);
}

function agency_listing(d) {
  const agents = range(int(1, 3), () => person()), style = pick(['md', 'csv', 'para', 'para', 'fixed', 'pipe']);
  if (style === 'para') {
    return range(N(1, 8), () => {
      const p = person({ yr: [1950, 1995] }), sep = pick(['，', '，', ', ']);
      return [`房源 ${d.X('record_no', `FY-${digits(5)}`)}：${d.X('estate', pick(ESTATES))} ${d.X('room_no', room())}`, `建筑面积 ${d.X('area', area())}`,
        pick(LAYOUTS), `挂牌 ${d.X('price', price())}（单价 ${d.X('price', unitPrice())}）`,
        `业主 ${d.nm(p)}`, `电话 ${d.mob(p)}`, chance(0.4) ? `身份证 ${d.idn(p)}` : `${pick(['满五唯一', '满二', '不满二'])}`,
        `产证 ${d.X('cert_no', certNo())}`, (chance(0.3) ? '密码锁 ' + d.X('door_card', digits(6)) : pick(['钥匙在店', '业主陪同'])),
        `维护人：${d.nm(pick(agents))}`].join(sep) + '。';
    }).join('\n\n');
  }
  const recs = range(N(3, 40), () => ({ p: person({ yr: [1950, 1995] }) }));
  return `房源登记表（${pick(AGENCIES)}）\n` + table([
    { h: ['房源编号', '房源ID'], f: () => d.X('record_no', `FY${int(2021, 2024)}${digits(5)}`) },
    { h: ['楼盘', '小区', '小区名称'], f: () => d.X('estate', pick(ESTATES)) },
    { h: ['房号', '楼栋房号', '栋-单元-室'], f: () => d.X('room_no', room()) },
    { h: ['建筑面积', '面积'], f: () => d.X('area', area()) },
    { h: '户型', f: () => pick(LAYOUTS) },
    { h: ['挂牌价', '报价', '挂牌总价'], f: () => d.X('price', price()) },
    { h: '单价', p: 0.4, f: () => d.X('price', unitPrice()) },
    { h: ['业主', '业主姓名', '房东'], f: (r) => d.nm(r.p) },
    { h: ['业主电话', '联系方式', '电话'], f: (r) => d.mob(r.p) },
    { h: ['业主身份证', '证件号码'], p: 0.35, f: (r) => d.idn(r.p) },
    { h: ['产权证号', '不动产权证号', '房本号'], p: 0.5, f: () => d.X('cert_no', certNo()) },
    { h: ['开发商'], p: 0.25, f: () => d.X('developer', pick(DEVS)) },
    { h: ['维护人', '录入人'], p: 0.6, f: () => d.nm(pick(agents)) },
  ], recs, style);
}

function agency_showing(d) {
  const agents = range(int(1, 3), () => person());
  if (chance(0.45)) { // agent group chat
    const t0 = mkDate(2024, 2024), out = [`—— ${pick(AGENCIES)}${pick(['望京', '五角场', '天河北', '南山'])}店 工作群 聊天记录 ——`];
    const times = clock(N(3, 14));
    for (let i = 0; i < times.length; i++) {
      const a = pick(agents), c = person(), ts = d.X('date', `${fd(t0, 0)} ${times[i]}`);
      const tpl = [
        () => `刚带${d.title(c)}看完${d.X('estate', pick(ESTATES))}${d.X('room_no', room())}，客户电话${d.mob(c)}，说再考虑`,
        () => `明天${int(9, 17)}点带${d.nm(c)}复看，业主${d.title(person())}说可以谈到${d.X('price', price())}`,
        () => `新客：${d.nm(c)} ${d.mob(c)} ${pick(LAYOUTS)} 预算${d.X('price', price())}，谁有合适的房源`,
        () => `${d.nm(c)}的带看确认单拍照了，身份证${d.idn(c)}，已上传系统`,
        () => `收到`, () => `业主${d.nm(c)}改价了，${d.X('price', price())}，电话${d.mob(c)}`,
      ];
      out.push(`[${ts}] ${d.nm(a)}：${pick(tpl)()}`);
    }
    return out.join('\n');
  }
  return range(N(1, 6), () => {
    const c = person(), a = pick(agents), o = person({ yr: [1950, 1990] }), sep = pick(SEPS);
    return `带看单 No.${d.X('record_no', `DK${ymd()}${digits(4)}`)}\n` + kv([['日期', d.dt(5)], ['客户', `${d.nm(c)}（${d.mob(c)}）`],
      ['经纪人', `${d.nm(a)} ${d.mob(a)}`], ['房源', `${d.X('estate', pick(ESTATES))} ${d.X('room_no', room())}（${d.X('area', area())}，报价${d.X('price', price())}）`],
      ['业主', chance(0.5) ? `${d.title(o)} 在场` : `${d.nm(o)} ${d.mob(o)}`],
      ['客户意见', pick(['采光好，价格偏高', '嫌楼层低', '准备二看', '家人不满意', '想谈价'])],
      chance(0.5) && ['客户签字', `${d.nm(c)}  证件号：${d.idn(c)}`]], sep);
  }).join('\n\n');
}

function resale_contract(d) {
  const city = pick(CITIES), dist = pick(city[2]), seller = person({ yr: [1940, 1985] }), buyer = person({ yr: [1975, 1998] });
  const s2 = chance(0.35) ? person({ yr: [1942, 1985] }) : null, ag = person(), coUscc = mkUscc();
  const co = `${city[0]}${pick(AGENCIES)}房地产经纪有限公司`;
  const legacy = seller.y < 1960 && chance(0.5);
  const sid = legacy ? d.D('cn_resident_id', seller.id, seller.id.slice(0, 6) + seller.id.slice(8, 17)) : d.idn(seller);
  const foreign = chance(0.15), bp = mkPassport();
  const rm = room(), est = pick(ESTATES), escrow = '1' + digits(18);
  const L = [];
  L.push(`${city[0]}市存量房屋买卖合同（经纪成交版）`, `合同编号：${d.X('contract_no', contractNo())}`, '');
  L.push(`出卖人（甲方）：${d.nm(seller)}    证件类型：居民身份证    证件号码：${sid}`);
  L.push(`联系电话：${d.mob(seller)}    通讯地址：${city[0]}市${dist}${d.X('place', pick(ROADS))}${int(1, 999)}号${d.X('estate', pick(ESTATES))}${d.X('room_no', room())}`);
  if (s2) L.push(`共有人：${d.nm(s2)}    证件号码：${d.idn(s2)}    电话：${d.mob(s2)}`);
  L.push(`买受人（乙方）：${d.nm(buyer)}    证件类型：${foreign ? '护照' : '居民身份证'}    证件号码：${foreign ? d.E('cn_passport', bp, bp) : d.idn(buyer)}`);
  L.push(`联系电话：${d.mob(buyer)}${chance(0.6) ? '    电子邮箱：' + d.mail(buyer) : ''}`);
  L.push(`居间方（丙方）：${d.X('company', co)}`, `统一社会信用代码：${d.uscc(coUscc)}`);
  L.push(`经纪人：${d.nm(ag)}    经纪人登记证书号：${d.X('license_no', `${city[1]}${int(2015, 2023)}${digits(6)}`)}    门店电话：${d.orgLand(mkLand(city[3]))}`);
  L.push('', '第一条 房屋基本情况');
  L.push(`甲方房屋坐落于${city[0]}市${dist}${d.X('estate', est)}${d.X('room_no', rm)}，不动产权证书号：${d.X('cert_no', certNo())}，建筑面积${d.X('area', area())}，规划用途：住宅，开发企业：${d.X('developer', pick(DEVS))}。`);
  L.push('', '第二条 成交价格');
  L.push(`经甲乙双方协商一致，该房屋成交总价为人民币${d.X('price', price())}（单价约${d.X('price', unitPrice())}），含室内装修及附属设施。`);
  L.push('', '第三条 定金与付款');
  L.push(`乙方于${d.dt(2, 2024, 2024)}向甲方支付定金人民币${d.X('amount', money(20000, 500000))}。首付款通过资金监管方式支付，监管账户：${pick(['中国建设银行', '中国工商银行'])}${city[0]}分行营业部 账号 ${d.D('bank_card', escrow, escrow)}（户名：${d.X('company', `${city[0]}市存量房交易资金监管专户`)}）。`);
  L.push(`甲方收款账户：户名 ${d.nm(seller)}，开户行 ${d.bank(seller)}${city[0]}${pick(['分行', '支行'])}，账号 ${d.card(seller)}。`);
  if (chance(0.8)) L.push(`乙方付款账户：户名 ${d.nm(buyer)}，卡号 ${d.card(buyer)}。`);
  L.push('', '第四条 交房', `甲方应于${d.dt(2, 2024, 2025)}前腾空交房，并结清水、电、燃气、物业费用（燃气户号 ${d.X('gas_account', gasNo())}，电表户号 ${d.X('meter_no', meterNo())}）。`);
  L.push('', `甲方（签字）：${d.nm(seller)}${s2 ? '、' + d.nm(s2) : ''}      乙方（签字）：${d.nm(buyer)}`, `丙方（盖章）：${d.X('company', co)}      签订日期：${d.dt(2, 2024, 2024)}`);
  return L.join('\n');
}

function rental_ledger(d) {
  const brand = pick(['小红公寓', '悦居青年社区', '安居客栈公寓', '城家公寓', '乐寓', '魔方公寓']), dom = pick(['xhgy.com.cn', 'yueju-apt.com', 'lejia.cn', 'chengjia-apt.com']);
  const recs = range(N(3, 55), () => ({ p: person({ yr: [1975, 2003] }), e: person() }));
  const ds = int(0, 4), mode = pick(['tsv', 'csv', 'fixed', 'mail', 'md', 'semi']);
  const tbl = table([
    { h: ['房间号', '房号', '房间'], f: () => d.X('room_no', pick([`${pick('ABC')}${int(2, 18)}${pad(int(1, 30), 2)}`, `${int(2, 28)}${pad(int(1, 30), 2)}室`, `${int(1, 6)}栋${int(2, 20)}${pad(int(1, 20), 2)}`])) },
    { h: ['租客姓名', '租客', '承租人', '姓名'], f: (r) => d.nm(r.p) },
    { h: ['手机', '联系电话', '手机号'], f: (r) => d.mob(r.p) },
    { h: ['身份证号', '证件号码', '身份证'], p: 0.8, f: (r) => d.idn(r.p) },
    { h: ['起租日', '入住日期'], f: () => d.dt(ds) },
    { h: ['到期日', '合同到期'], f: () => d.dt(ds, 2024, 2025) },
    { h: ['月租金', '租金'], f: () => d.X('amount', `${int(12, 90) * 100}${pick(['', '元'])}`) },
    { h: ['押金'], p: 0.5, f: () => d.X('amount', `${int(12, 90) * 100}`) },
    { h: ['付款方式'], p: 0.5, f: () => pick(['押一付三', '押一付一', '月付', '押二付六']) },
    { h: ['代扣卡号', '银行卡号', '扣款账户', '退押金卡号'], p: 0.75, f: (r) => d.card(r.p) },
    { h: ['开户行'], p: 0.4, f: (r) => d.bank(r.p) },
    { h: ['邮箱', '电子邮箱', 'Email'], p: 0.5, f: (r) => (chance(0.85) ? d.mail(r.p) : '') },
    { h: ['紧急联系人'], p: 0.4, f: (r) => `${d.nm(r.e)} ${d.mob(r.e)}` },
    { h: ['合同编号'], p: 0.5, f: () => d.X('contract_no', contractNo()) },
    { h: ['门锁密码'], p: 0.15, f: () => d.X('door_card', digits(6)) },
  ], recs, mode === 'mail' ? pick(['tsv', 'md', 'space']) : mode);
  if (mode !== 'mail') return `${brand} 租赁台账 ${d.dt(0, 2024, 2024)}\n` + tbl;
  const mgr = person();
  return [`发件人：${d.nm(mgr)} <${d.mail(mgr, dom)}>`, `收件人：${d.D('email', 'finance@' + dom, 'finance@' + dom)}`,
    `主题：${int(1, 12)}月到期租客名单（${brand}）`, '', '各位好：', '', `以下租客合同本月到期，请管家逐一电话确认续租，退租的按代扣卡号原路退押金。`, '', tbl, '',
    `${d.nm(mgr)}`, `${brand} 运营部`, `电话：${d.mob(mgr)}  前台：${d.orgLand(mkLand())}  客服：${d.X('hotline', pick(HOTLINES))}`].join('\n');
}

function owner_roster(d) {
  const est = pick(ESTATES), style = pick(['fixed', 'fixed', 'csv', 'tsv', 'md']), n = N(8, 80);
  const recs = range(n, () => ({ p: person({ yr: [1945, 1995] }), q: chance(0.2) ? person({ yr: [1945, 1995] }) : null }));
  let sample = '';
  if (style === 'csv' && chance(0.5)) sample = `示例,1-1-101,${d.D('person_name_zh', '张三', '张三')},${d.D('cn_mobile', '13800138000', '13800138000')},${d.D('cn_resident_id', '11010519491231002X', '11010519491231002X')}\n`;
  const tbl = table([
    { h: ['房号', '楼栋-单元-房号', '房屋编号'], f: () => d.X('room_no', room(0)) },
    { h: ['业主姓名', '业主', '产权人'], f: (r) => (r.q ? `${d.nm(r.p)}/${d.nm(r.q)}` : d.nm(r.p)) },
    { h: ['联系电话', '电话', '手机'], f: (r) => (chance(0.12) ? `${d.mob(r.p, true)}/${d.land(mkLand())}` : d.mob(r.p)) },
    { h: ['身份证号', '证件号'], p: 0.4, f: (r) => d.idn(r.p) },
    { h: ['建筑面积', '面积(㎡)'], f: () => d.X('area', `${int(45, 220)}.${pad(int(0, 99), 2)}`) },
    { h: ['车位号', '车位'], p: 0.55, f: () => (chance(0.6) ? d.X('parking_no', parkNo()) : '') },
    { h: ['门禁卡号', '门禁卡'], p: 0.6, f: () => d.X('door_card', doorCard()) },
    { h: ['入住日期', '交房日期'], p: 0.6, f: () => d.dt(0, 2012, 2023) },
    { h: ['邮箱'], p: 0.2, f: (r) => (chance(0.5) ? d.mail(r.p) : '') },
    { h: ['备注'], p: 0.3, f: () => pick(['出租', '空置', '自住', '', '装修中', '']) },
  ], recs, style);
  const hdr = `${d.X('estate', est)} 业主信息登记表    ${d.X('company', pick(['万科物业服务有限公司', '碧桂园生活服务集团股份有限公司', '绿城物业服务集团有限公司', '保利物业服务股份有限公司', '龙湖物业服务集团有限公司']))}\n打印时间：${d.dt(5, 2024, 2024)}    第1页 共${int(1, 9)}页\n`;
  return hdr + (style === 'csv' ? tbl.replace('\n', '\n' + sample) : tbl) + `\n合计：${n}户`;
}

function fee_arrears(d) {
  const est = pick(ESTATES), style = pick(['mail', 'withhold', 'withhold', 'notice', 'table']), stewards = range(int(1, 3), () => person());
  if (style === 'notice') {
    const lines = [`【催缴通知】${d.X('estate', est)}以下业主请于${d.dt(2, 2024, 2024)}前缴清物业费，逾期按合同收取滞纳金：`];
    for (let i = 0; i < N(5, 30); i++) lines.push(`${d.X('room_no', room(0))}  ${d.mname(person())}  欠费 ${d.X('amount', money(300, 26000))}  ${pick(['', '', '（已欠' + int(3, 24) + '个月）'])}`);
    const s = pick(stewards);
    lines.push('', `如有疑问请联系管家${d.nm(s)}：${d.mob(s)}，或物业服务中心 ${d.orgLand(mkLand())}`);
    return lines.join('\n');
  }
  if (style === 'withhold') {
    const recs = range(N(4, 45), () => ({ p: person({ yr: [1950, 1995] }) }));
    return `${d.X('estate', est)} 物业费银行代扣失败明细（${d.dt(0, 2024, 2024)}）\n` + table([
      { h: ['房号', '房屋'], f: () => d.X('room_no', room()) },
      { h: ['户名', '业主'], f: (r) => d.nm(r.p) },
      { h: ['代扣卡号', '扣款账号', '银行卡号'], f: (r) => d.card(r.p) },
      { h: ['开户行', '银行'], f: (r) => d.bank(r.p) },
      { h: ['应扣金额', '金额'], f: () => d.X('amount', money(150, 9000)) },
      { h: ['失败原因', '返回信息'], f: () => d.X('word', pick(['余额不足', '余额不足', '卡状态异常', '户名不符', '账户已销户', '超过单笔限额'])) },
      { h: ['联系电话', '手机'], p: 0.6, f: (r) => d.mob(r.p) },
    ], recs, pick(TSTYLES));
  }
  const recs = range(N(4, 50), () => ({ p: person({ yr: [1950, 1995] }), s: pick(stewards) }));
  const tbl = table([
    { h: ['房号', '房屋编号'], f: () => d.X('room_no', room()) },
    { h: ['业主', '业主姓名', '客户名称'], f: (r) => d.nm(r.p) },
    { h: ['电话', '联系电话'], f: (r) => d.mob(r.p) },
    { h: ['欠费期间', '欠费月份'], f: () => d.X('date', `${int(2021, 2023)}-${pad(int(1, 12), 2)}至2024-${pad(int(1, 6), 2)}`) },
    { h: ['欠费金额', '应收未收'], f: () => d.X('amount', money(300, 26000)) },
    { h: ['滞纳金'], p: 0.4, f: () => d.X('amount', `${int(10, 900)}.${pad(int(0, 99), 2)}`) },
    { h: ['账单号'], p: 0.35, f: () => d.X('order_no', orderNo(16)) },
    { h: ['催缴记录', '跟进'], f: () => `${int(1, 12)}/${int(1, 28)} ${pick(['电话未接', '答应月底交', '对维修不满拒交', '已发短信', '上门未遇'])}` },
    { h: ['管家', '负责人'], f: (r) => d.nm(r.s) },
  ], recs, style === 'mail' ? pick(['tsv', 'md', 'space']) : pick(TSTYLES));
  if (style === 'table') return `物业费欠费清单 ${d.X('estate', est)}\n` + tbl;
  const boss = person();
  return [`${d.nm(boss)}经理：`, '', `截至${d.dt(2, 2024, 2024)}，${d.X('estate', est)}物业费欠费清单如下，请各管家本周内电话催缴，结果周五前反馈。`, '', tbl, '',
    `客服中心 ${d.nm(pick(stewards))}`, `${d.orgLand(mkLand())}`].join('\n');
}

function renovation(d) {
  const designers = range(int(1, 4), () => person()), dom = pick(['huamei-deco.com', 'dongyi-zs.cn', 'jiajuwang.com.cn']);
  const style = pick(['csv', 'md', 'notes', 'tsv', 'fixed']);
  if (style === 'notes') {
    const out = [chance(0.3) ? `${d.dt(2, 2024, 2024)} 展会留资` : pick(['量房预约', '客户登记 手写转录'])];
    for (let i = 0; i < N(3, 16); i++) {
      const p = person();
      out.push(pick([
        () => `${d.X('estate', pick(ESTATES))}${d.X('room_no', room())} ${d.nm(p)} ${d.mob(p)} 老房翻新 预算${d.X('price', int(8, 60) + '万')} 约周六量房`,
        () => `${d.nm(p)}${d.mob(p, true)} ${d.X('area', int(60, 180) + '平')} 新房 全包`,
        () => `${d.title(p)} ${d.mob(p)} 只做厨卫 ${d.X('estate', pick(ESTATES))}`,
        () => `${d.nm(p)} 邮箱${d.mail(p)} 要效果图 电话${d.mob(p)}`,
      ])());
    }
    return out.join('\n');
  }
  const recs = range(N(3, 45), () => ({ p: person(), ds: pick(designers) }));
  return `客户跟进表 — ${d.X('company', pick(['东易日盛家居装饰集团股份有限公司', '业之峰装饰', '华美装饰工程有限公司', '圣都家装']))}\n` + table([
    { h: ['客户', '客户姓名', '业主'], f: (r) => d.nm(r.p) },
    { h: ['电话', '手机号', '联系方式'], f: (r) => d.mob(r.p) },
    { h: ['邮箱'], p: 0.5, f: (r) => (chance(0.8) ? d.mail(r.p) : '') },
    { h: ['小区', '楼盘'], f: () => d.X('estate', pick(ESTATES)) },
    { h: ['房号'], p: 0.6, f: () => d.X('room_no', room()) },
    { h: ['面积', '建面'], f: () => d.X('area', area()) },
    { h: ['户型'], p: 0.5, f: () => pick(LAYOUTS) },
    { h: ['类型'], f: () => pick(['全包', '半包', '局改', '软装']) },
    { h: ['预算'], f: () => d.X('price', `${int(5, 80)}万`) },
    { h: ['设计师', '跟进设计师'], f: (r) => d.nm(r.ds) },
    { h: ['量房日期', '量房时间'], f: () => d.dt(int(0, 5), 2024, 2024) },
    { h: ['合同编号'], p: 0.4, f: () => (chance(0.6) ? d.X('contract_no', contractNo()) : '') },
    { h: ['设计师邮箱'], p: 0.15, f: (r) => d.mail(r.ds, dom) },
  ], recs, style);
}

function maint(d) {
  return range(int(1, 4), () => `  ${d.dt(0)}  ${pick(['首保', '常规保养', '更换刹车片', '钣喷', '更换轮胎', '二保'])}  里程 ${d.X('amount', int(3000, 90000) + 'km')}  工单号 ${d.X('order_no', `WO${ymd().slice(2)}${digits(4)}`)}  金额 ${d.X('amount', money(0, 4800))}`).join('\n');
}
function auto_4s(d) {
  const brand = pick(['一汽-大众', '广汽丰田', '东风本田', '华晨宝马', '北京奔驰', '上汽通用别克', '比亚迪']), advisors = range(int(1, 3), () => person());
  if (chance(0.55)) {
    const sep = pick(SEPS);
    return range(N(1, 4), () => {
      const p = person(), city = pick(CITIES);
      return `====== 客户档案 ${d.X('record_no', `KH${digits(8)}`)} ======\n` + kv([['车主姓名', d.nm(p)], ['性别', p.male ? '男' : '女'], ['手机号码', d.mob(p)],
        chance(0.3) && ['备用电话', d.land(mkLand())], chance(0.85) && ['证件号码', d.idn(p)], chance(0.6) && ['电子邮箱', d.mail(p)],
        ['联系地址', `${city[0]}市${pick(city[2])}${d.X('estate', pick(ESTATES))}${d.X('room_no', room())}`], ['品牌车型', d.X('model', pick(CARS))],
        ['车架号(VIN)', d.X('vin', vin())], ['发动机号', d.X('engine_no', engineNo())], ['车牌号码', d.X('plate', plate())],
        ['购车日期', d.dt(0, 2019, 2024)], ['开票价', d.X('amount', `${int(9, 55)}.${pad(int(0, 99), 2)}万`)], ['销售顾问', d.nm(pick(advisors))],
        ['保养记录', '\n' + maint(d)]], sep);
    }).join('\n\n');
  }
  const recs = range(N(4, 40), () => ({ p: person() }));
  return `${brand}${pick(['', '特约'])}经销商 DMS 客户导出\n` + table([
    { h: ['客户编号'], p: 0.6, f: () => d.X('record_no', `C${digits(9)}`) },
    { h: ['车主', '客户名称', '姓名'], f: (r) => d.nm(r.p) },
    { h: ['手机', '移动电话'], f: (r) => d.mob(r.p) },
    { h: ['证件号', '身份证号'], p: 0.6, f: (r) => d.idn(r.p) },
    { h: ['VIN', '车架号', '底盘号'], f: () => d.X('vin', vin()) },
    { h: ['发动机号'], p: 0.6, f: () => d.X('engine_no', engineNo()) },
    { h: ['车牌', '车牌号'], f: () => d.X('plate', plate()) },
    { h: ['车型'], f: () => d.X('model', pick(CARS)) },
    { h: ['购车日期', '开票日期'], f: () => d.dt(0, 2018, 2024) },
    { h: ['上次进厂'], p: 0.5, f: () => d.dt(0, 2023, 2024) },
    { h: ['Email', '邮箱'], p: 0.4, f: (r) => (chance(0.7) ? d.mail(r.p) : '') },
    { h: ['服务顾问', 'SA'], f: () => d.nm(pick(advisors)) },
  ], recs, pick(['csv', 'tsv', 'fixed', 'csv']));
}

function insurance_renewal(d) {
  const agents = range(int(1, 3), () => person()), style = pick(['csv', 'tsv', 'md', 'fixed', 'mail']);
  const recs = range(N(3, 50), () => ({ p: person(), a: pick(agents) }));
  const tbl = table([
    { h: '序号', f: (r, i) => String(i + 1) },
    { h: ['被保险人', '投保人', '客户'], f: (r) => d.nm(r.p) },
    { h: ['证件号码', '身份证号'], f: (r) => d.idn(r.p) },
    { h: ['联系电话', '手机'], f: (r) => d.mob(r.p) },
    { h: ['车牌号', '号牌'], f: () => d.X('plate', plate()) },
    { h: ['厂牌型号'], p: 0.5, f: () => d.X('model', pick(CARS)) },
    { h: ['车架号'], p: 0.3, f: () => d.X('vin', vin()) },
    { h: ['上年保单号', '保单号', '商业险保单号'], f: () => d.X('policy_no', policyNo()) },
    { h: ['保险止期', '到期日', '终保日期'], f: () => d.dt(0, 2024, 2025) },
    { h: ['上年保费', '保费'], f: () => d.X('amount', money(950, 16000)) },
    { h: ['续保状态'], p: 0.6, f: () => pick(['未联系', '已报价', '考虑中', '已转保', '成功']) },
    { h: ['划扣卡号', '缴费卡号', '自动续保扣款账户'], p: 0.5, f: (r) => (chance(0.85) ? d.card(r.p) : '') },
    { h: ['电子保单邮箱', '邮箱'], p: 0.45, f: (r) => d.mail(r.p) },
    { h: ['坐席', '跟进人'], f: (r) => d.nm(r.a) },
  ], recs, style === 'mail' ? pick(['tsv', 'md']) : style);
  if (style !== 'mail') return `车险续保清单（${d.dt(2, 2024, 2024)}导出）\n` + tbl;
  const boss = person();
  return [`主题：${int(4, 12)}月到期续保名单 — 请各坐席认领`, `${d.nm(boss)}：`, '', `附件名单为下月到期客户，注意：客户明确拒绝的不要再打，${d.X('company', '中国人民财产保险股份有限公司')}报价截图留存。`, '', tbl, '',
    `客服热线 ${d.X('hotline', pick(HOTLINES))}`].join('\n');
}

function used_car(d) {
  if (chance(0.5)) {
    const s = person(), b = person(), ag = person(), u = mkUscc(), co = `${pick(CITIES)[0]}${pick(['旧机动车交易市场有限公司', '二手车经纪有限公司', '优信二手车服务有限公司'])}`;
    const sep = pick(['：', ':']);
    return [`二手车买卖合同（${d.X('contract_no', contractNo())}）`, '', `卖方${sep}${d.nm(s)}  身份证号${sep}${d.idn(s)}  电话${sep}${d.mob(s)}`,
      `买方${sep}${d.nm(b)}  身份证号${sep}${d.idn(b)}  电话${sep}${d.mob(b)}`, `经纪机构${sep}${d.X('company', co)}  统一社会信用代码${sep}${d.uscc(u)}  经纪人${sep}${d.nm(ag)}`, '',
      `一、车辆情况：${d.X('model', pick(CARS))}，号牌号码 ${d.X('plate', plate())}，车辆识别代号 ${d.X('vin', vin())}，发动机号 ${d.X('engine_no', engineNo())}，` +
      `机动车登记证书编号 ${d.X('record_no', pick(['11', '31', '44', '32']) + digits(10))}，初次登记 ${d.dt(2, 2015, 2022)}，表显里程 ${d.X('amount', int(8000, 160000) + '公里')}。`,
      `二、成交价 ${d.X('price', `${int(3, 40)}.${int(0, 9)}万元`)}，买方于过户当日转入卖方账户：${d.bank(s)} ${d.card(s)}（户名${d.nm(s)}）。`,
      chance(0.6) ? `三、买方付款卡：${d.bank(b)} ${d.card(b)}；定金 ${d.X('amount', money(1000, 20000))} 已付。` : `三、定金 ${d.X('amount', money(1000, 20000))} 现金支付。`,
      `四、过户手续于${d.dt(2, 2024, 2024)}前在车管所办理，交强险保单 ${d.X('policy_no', policyNo())} 随车过户。`].join('\n');
  }
  const ev = range(int(1, 2), () => person());
  const recs = range(N(3, 35), () => ({ p: person() }));
  return `收车台账 ${d.dt(0, 2024, 2024)}\n` + table([
    { h: ['收车日期'], f: () => d.dt(0, 2023, 2024) },
    { h: ['车型'], f: () => d.X('model', pick(CARS)) },
    { h: ['车牌'], f: () => d.X('plate', plate()) },
    { h: ['VIN', '车架号'], f: () => d.X('vin', vin()) },
    { h: ['原车主', '卖家'], f: (r) => d.nm(r.p) },
    { h: ['身份证', '证件号'], f: (r) => d.idn(r.p) },
    { h: ['电话'], f: (r) => d.mob(r.p) },
    { h: ['收购价'], f: () => d.X('price', `${int(2, 40)}.${int(0, 9)}万`) },
    { h: ['打款账号', '收款卡号'], p: 0.8, f: (r) => d.card(r.p) },
    { h: ['开户行'], p: 0.5, f: (r) => d.bank(r.p) },
    { h: ['评估师'], f: () => d.nm(pick(ev)) },
  ], recs, pick(TSTYLES));
}

function driving_school(d) {
  const coaches = range(int(2, 5), () => person({ male: true, yr: [1965, 1990] })), style = pick(['csv', 'tsv', 'fixed', 'refund', 'md']);
  if (style === 'refund') {
    const L = [`${pick(['东方时尚驾校', '海淀驾校', '平安驾校', '安达驾校'])} 退费名单（财务审核）`];
    range(N(2, 20), () => {
      const p = person({ yr: [1975, 2005] });
      L.push(`${d.nm(p)}  ${d.idn(p)}  ${d.mob(p)}  退费原因：${pick(['出国', '工作调动', '科目一未报考', '体检不合格'])}  退款 ${d.X('amount', money(500, 6800))}  ${d.bank(p)} ${d.card(p)}`);
    });
    L.push('', `经办：${d.nm(person())}    审核：${d.nm(person())}`);
    return L.join('\n');
  }
  const recs = range(N(5, 60), () => ({ p: person({ yr: [1975, 2005] }), c: pick(coaches), ref: chance(0.2) ? person() : null }));
  return `学员信息表（${d.dt(2, 2024, 2024)}）\n` + table([
    { h: ['学员编号', '流水号'], f: () => d.X('record_no', `${int(2023, 2024)}${digits(6)}`) },
    { h: ['姓名', '学员姓名'], f: (r) => d.nm(r.p) },
    { h: ['性别'], p: 0.6, f: (r) => (r.p.male ? '男' : '女') },
    { h: ['身份证号', '证件号码'], f: (r) => d.idn(r.p) },
    { h: ['手机', '联系电话'], f: (r) => d.mob(r.p) },
    { h: ['车型', '准驾车型'], f: () => pick(['C1', 'C2', 'C1', 'C5', 'D']) },
    { h: ['班型'], p: 0.5, f: () => pick(['普通班', 'VIP班', '周末班', '夜班']) },
    { h: ['报名日期'], f: () => d.dt(0, 2023, 2024) },
    { h: ['学费'], p: 0.5, f: () => d.X('amount', `${int(28, 68) * 100}`) },
    { h: ['教练'], f: (r) => d.nm(r.c) },
    { h: ['进度'], f: () => pick(['科目一', '科目二', '科目三', '科目四', '已拿证']) },
    { h: ['推荐人'], p: 0.3, f: (r) => (r.ref ? d.nm(r.ref) : '') },
    { h: ['退费卡号'], p: 0.15, f: (r) => (chance(0.3) ? d.card(r.p) : '') },
  ], recs, style);
}

function parking_card(d) {
  const est = pick(ESTATES);
  if (chance(0.3)) {
    const L = [`${est} 月卡登记（手写本转录）`]; d.X('estate', est);
    range(N(3, 20), () => {
      const p = person();
      L.push(pick([() => `${d.X('plate', plate())} ${d.nm(p)} ${d.mob(p, true)} ${d.X('parking_no', parkNo())} 到${int(1, 12)}月`,
        () => `${d.nm(p)}${d.mob(p, true)} 车${d.X('plate', plate())}`, () => `${d.title(p)} ${d.X('plate', plate())} 年卡 ${d.mob(p)} 已交${d.X('amount', int(1200, 6000) + '元')}`])());
    });
    return L.join('\n');
  }
  const recs = range(N(5, 80), () => ({ p: person() }));
  return `${d.X('estate', est)} 停车场月卡名单\n` + table([
    { h: ['月卡号', '卡号'], f: () => d.X('door_card', doorCard()) },
    { h: ['车牌', '车牌号码'], f: () => d.X('plate', plate()) },
    { h: ['车主', '姓名'], f: (r) => d.nm(r.p) },
    { h: ['电话', '手机'], f: (r) => d.mob(r.p) },
    { h: ['房号'], p: 0.6, f: () => d.X('room_no', room(0)) },
    { h: ['车位'], p: 0.6, f: () => d.X('parking_no', parkNo()) },
    { h: ['类型'], f: () => pick(['月卡', '年卡', '季卡', '租赁车位']) },
    { h: ['到期'], f: () => d.dt(0, 2024, 2025) },
    { h: ['金额'], p: 0.5, f: () => d.X('amount', `${int(150, 800)}`) },
  ], recs, pick(TSTYLES));
}

function housekeeping(d) {
  const shop = pick(['好帮手家政', '阿姨来了', '巾帼家政', '58到家', '贴心月嫂中心']);
  const mode = pick(['profile', 'profile', 'order', 'chat', 'table']);
  const aunt = () => person({ male: false, yr: [1962, 1988] });
  if (mode === 'profile') {
    const sep = pick(SEPS);
    return range(N(1, 5), () => {
      const a = aunt(), h = person({ male: true, yr: [1958, 1986] });
      return `【阿姨档案】编号 ${d.X('record_no', `AY${int(2019, 2024)}${digits(4)}`)}\n` + kv([['姓名', d.nm(a)], ['年龄', `${2024 - a.y}岁`],
        ['籍贯', pick(['安徽阜阳', '河南周口', '四川南充', '湖南邵阳', '江西上饶', '甘肃天水'])], ['身份证', d.idn(a)], ['手机', d.mob(a)],
        ['工种', pick(['月嫂', '育儿嫂', '住家保姆', '钟点工', '护工'])], ['健康证编号', d.X('license_no', `JK${int(2023, 2024)}${digits(7)}`)],
        chance(0.5) && ['母婴护理证书', d.X('license_no', `${digits(4)}${int(2018, 2023)}${digits(6)}`)],
        ['工资卡', `${d.bank(a)} ${d.card(a)}`], chance(0.6) && ['紧急联系人', `${d.nm(h)}（丈夫） ${d.mob(h)}`],
        ['星级', pick(['金牌', '五星', '三星', '新人'])]], sep);
    }).join('\n\n');
  }
  if (mode === 'order') {
    return range(N(1, 4), () => {
      const e = person(), a = aunt();
      return [`订单号 ${d.X('order_no', orderNo(16))}`, `雇主：${d.nm(e)}  电话：${d.mob(e)}${chance(0.3) ? '  邮箱：' + d.mail(e) : ''}`,
        `地址：${d.X('estate', pick(ESTATES))}${d.X('room_no', room())}`, `服务人员：${d.nm(a)}（${d.idn(a)}）`,
        `服务期：${d.dt(0, 2024, 2024)}至${d.dt(0, 2024, 2025)}  工资：${d.X('amount', `${int(45, 160) * 100}元`)}/26天`,
        `中介费：${d.X('amount', money(800, 9800))}  ${chance(0.5) ? '雇主付款卡：' + d.card(e) : ''}`].join('\n');
    }).join('\n\n');
  }
  if (mode === 'chat') {
    const e = person(), a = aunt(), ag = person({ male: false });
    const t = fd(mkDate(2024, 2024), 0), ts = clock(4), T = () => d.X('date', `${t} ${ts.shift()}`), et = d.title(e);
    return [`${T()} ${shop}-${d.nm(ag)}：${et}您好，给您推荐的阿姨是${d.nm(a)}，${2024 - a.y}岁，${pick(['带过双胞胎', '做过8年月嫂', '会做辅食'])}`,
      `${T()} ${shop}-${d.nm(ag)}：阿姨身份证 ${d.idn(a)}，电话 ${d.mob(a)}，您可以先视频面试`,
      `${T()} ${et}：好的，合同发我邮箱 ${d.mail(e)}`,
      `${T()} ${shop}-${d.nm(ag)}：好的，合同号 ${d.X('contract_no', contractNo())}，定金 ${d.X('amount', money(500, 3000))}，转账后截图给我`].join('\n');
  }
  const recs = range(N(4, 40), () => ({ a: aunt() }));
  return `${shop} 在岗阿姨名册\n` + table([
    { h: ['姓名', '阿姨'], f: (r) => d.nm(r.a) },
    { h: ['身份证号'], f: (r) => d.idn(r.a) },
    { h: ['手机'], f: (r) => d.mob(r.a) },
    { h: ['工种'], f: () => pick(['月嫂', '育儿嫂', '保洁', '住家']) },
    { h: ['工资卡号', '银行卡'], p: 0.8, f: (r) => d.card(r.a) },
    { h: ['当前雇主'], p: 0.5, f: () => (chance(0.6) ? d.nm(person()) : '待岗') },
    { h: ['上户日期'], p: 0.5, f: () => d.dt(0, 2024, 2024) },
  ], recs, pick(TSTYLES));
}

function wedding_photo(d) {
  const staff = range(int(1, 3), () => person()), style = pick(['csv', 'md', 'mail', 'tsv', 'fixed']);
  const recs = range(N(2, 35), () => ({ g: person({ male: true, yr: [1985, 2000] }), b: person({ male: false, yr: [1987, 2001] }), s: pick(staff) }));
  const hotels = ['香格里拉大酒店', '喜来登宴会厅', '金陵饭店', '万达文华酒店', '王府半岛酒店', '黄浦江游船', '周庄古镇外景'];
  const tbl = table([
    { h: ['订单号', '合同号'], f: () => d.X('order_no', `HQ${ymd()}${digits(3)}`) },
    { h: ['新郎'], f: (r) => d.nm(r.g) },
    { h: ['新郎电话'], f: (r) => d.mob(r.g) },
    { h: ['新娘'], f: (r) => d.nm(r.b) },
    { h: ['新娘电话'], f: (r) => d.mob(r.b) },
    { h: ['婚期', '拍摄日期'], f: () => d.dt(int(0, 4), 2024, 2025) },
    { h: ['酒店', '场地'], f: () => d.X('place', pick(hotels)) },
    { h: ['套餐'], f: () => pick(['金尊套餐', '森系外景', '中式秀禾', '全程跟拍+双机位']) },
    { h: ['合同金额', '总价'], f: () => d.X('amount', money(3800, 88000)) },
    { h: ['底片邮箱', '邮箱'], p: 0.7, f: (r) => d.mail(chance(0.5) ? r.g : r.b) },
    { h: ['跟单', '策划师', '摄影师'], f: (r) => d.nm(r.s) },
  ], recs, style === 'mail' ? 'tsv' : style);
  if (style !== 'mail') return `${pick(['婚礼纪', '金夫人婚纱摄影', '蒙娜丽莎婚纱', '囍事婚礼策划'])} 客户订单表\n` + tbl;
  return ['Subject: 本月底片交付名单', '', '各位摄影师：', '下表客户的精修片本周内上传网盘并发到底片邮箱，客户催过的优先。', '', tbl, '', `——${d.nm(pick(staff))}`].join('\n');
}

function training(d) {
  const advisors = range(int(1, 3), () => person()), style = pick(['md', 'csv', 'refund', 'tsv', 'exam']);
  const grades = ['一年级', '二年级', '三年级', '四年级', '五年级', '六年级', '初一', '初二', '初三', '高一'];
  const schools = ['黄冈中学', '人大附中', '华师一附中', '杨浦小学', '高新一小', '金地实验学校', '万科双语学校'];
  if (style === 'refund') {
    return range(N(1, 5), () => {
      const k = person({ yr: [2010, 2018] }), p = person({ yr: [1975, 1990] });
      return [`退费申请单 ${d.X('record_no', `TF${ymd()}${digits(3)}`)}`, `学员：${d.nm(k)}（${grades[Math.max(0, Math.min(grades.length - 1, 2024 - k.y - 7))]}）`, `家长：${d.nm(p)}  手机：${d.mob(p)}`,
        `退款账户：${d.bank(p)}  户名：${d.nm(p)}  卡号：${d.card(p)}`, `课程：${pick(['新概念英语', '少儿编程', '奥数', '钢琴'])} 剩余 ${int(2, 60)} 课时  退款 ${d.X('amount', money(600, 28000))}`,
        `课程顾问：${d.nm(pick(advisors))}`].join('\n');
    }).join('\n\n');
  }
  const recs = range(N(4, 60), () => ({ k: person({ yr: [2008, 2017] }), p: person({ yr: [1972, 1992] }), a: pick(advisors) }));
  return `${pick(['学而思', '新东方', '猿辅导线下', '卓越教育', '巨人教育'])} ${style === 'exam' ? '考级报名表' : '学员家长通讯录'}\n` + table([
    { h: ['学员姓名', '学员', '孩子'], f: (r) => d.nm(r.k) },
    { h: ['学员身份证', '证件号码'], p: style === 'exam' ? 1 : 0.15, f: (r) => d.idn(r.k) },
    { h: ['年级'], f: (r) => grades[Math.max(0, Math.min(grades.length - 1, 2024 - r.k.y - 7))] },
    { h: ['学校'], p: 0.4, f: () => d.X('school', pick(schools)) },
    { h: ['家长姓名', '家长', '监护人'], f: (r) => d.nm(r.p) },
    { h: ['关系'], p: 0.5, f: () => pick(['妈妈', '爸爸', '母亲', '父亲', '奶奶']) },
    { h: ['家长手机', '联系电话', '电话'], f: (r) => d.mob(r.p) },
    { h: ['邮箱', '家长邮箱'], p: 0.6, f: (r) => d.mail(r.p) },
    { h: ['课程', '班级'], f: () => pick(['新概念英语2', '少儿编程L3', '奥数提高班', '作文精品班', '钢琴一对一']) },
    { h: ['剩余课时'], p: 0.5, f: () => String(int(0, 96)) },
    { h: ['顾问', '课程顾问'], f: (r) => d.nm(r.a) },
  ], recs, style === 'exam' ? pick(['csv', 'tsv']) : style);
}

function gym(d) {
  const coaches = range(int(1, 3), () => person());
  const recs = range(N(2, 20), () => ({ p: person({ yr: [1975, 2003] }) }));
  return `会员到期提醒 ${d.dt(0, 2024, 2024)}\n` + table([
    { h: ['会员卡号', '卡号'], f: () => d.X('door_card', doorCard()) },
    { h: ['姓名', '会员'], f: (r) => d.nm(r.p) },
    { h: ['手机'], f: (r) => d.mob(r.p) },
    { h: ['卡种'], f: () => pick(['年卡', '季卡', '次卡30次', '私教课包']) },
    { h: ['到期日'], f: () => d.dt(0, 2024, 2025) },
    { h: ['私教'], p: 0.5, f: () => d.nm(pick(coaches)) },
    { h: ['邮箱'], p: 0.4, f: (r) => d.mail(r.p) },
  ], recs, pick(['csv', 'tsv', 'md']));
}

function pet_clinic(d) {
  const vets = range(int(1, 3), () => person());
  if (chance(0.4)) {
    return range(N(1, 8), () => {
      const o = person();
      return `病历号 ${d.X('record_no', `BL${digits(7)}`)}  ${d.dt(5, 2024, 2024)}\n主人：${d.nm(o)}  电话：${d.mob(o)}${chance(0.3) ? '  邮箱：' + d.mail(o) : ''}\n` +
        `宠物：${d.X('pet_name', pick(PETS))}（${pick(BREEDS)}，${int(1, 14)}岁）${chance(0.4) ? '  芯片号：' + d.X('microchip', (chance(0.5) ? '900' : '156') + digits(12)) : ''}\n` +
        `诊断：${pick(['细小病毒复查', '耳螨', '绝育术后拆线', '疫苗加强', '皮肤真菌', '呕吐腹泻'])}  费用：${d.X('amount', money(45, 6800))}  医生：${d.nm(pick(vets))}`;
    }).join('\n\n');
  }
  const recs = range(N(3, 40), () => ({ o: person() }));
  return `${pick(['瑞鹏宠物医院', '新瑞鹏·芭比堂', '宠爱国际动物医院', '安安宠医'])} 客户资料导出\n` + table([
    { h: ['病历号'], f: () => d.X('record_no', `${digits(8)}`) },
    { h: ['主人', '客户姓名', '宠主'], f: (r) => d.nm(r.o) },
    { h: ['电话', '手机'], f: (r) => d.mob(r.o) },
    { h: ['宠物名', '昵称'], f: () => d.X('pet_name', pick(PETS)) },
    { h: ['品种'], f: () => pick(BREEDS) },
    { h: ['芯片号'], p: 0.3, f: () => d.X('microchip', (chance(0.5) ? '900' : '156') + digits(12)) },
    { h: ['末次就诊'], f: () => d.dt(0, 2023, 2024) },
    { h: ['邮箱'], p: 0.4, f: (r) => (chance(0.7) ? d.mail(r.o) : '') },
    { h: ['主治医生'], p: 0.5, f: () => d.nm(pick(vets)) },
  ], recs, pick(TSTYLES));
}

function appliance_service(d) {
  const techs = range(int(1, 4), () => person({ male: true }));
  const prods = [['美的空调', 'KFR-35GW/N8XHC1'], ['格力空调', 'KFR-72LW/NhAa1BAj'], ['海尔冰箱', 'BCD-520WDPD'], ['方太油烟机', 'CXW-258-JQ26TS'],
    ['A.O.史密斯热水器', 'E60VN3'], ['小天鹅洗衣机', 'TG100V88WMUIADY5'], ['老板燃气灶', '30B6X']];
  if (chance(0.55)) {
    const sep = pick(SEPS);
    return range(N(1, 5), () => {
      const u = person(), t = pick(techs), pr = pick(prods);
      return `工单 ${d.X('order_no', `GD${ymd()}${digits(5)}`)}\n` + kv([['服务类型', pick(['安装', '维修', '移机', '清洗'])], ['用户姓名', d.nm(u)], ['联系电话', d.mob(u)],
        chance(0.3) && ['备用电话', d.land(mkLand())], ['服务地址', `${pick(CITIES)[0]}${d.X('estate', pick(ESTATES))}${d.X('room_no', room())}`],
        ['产品', `${pr[0]} ${d.X('model', pr[1])}`], ['机身条码', d.X('serial_no', `${pick(LET)}${digits(2)}${pick(LET)}${digits(8)}${pick(LET)}`)],
        ['购买渠道', `${pick(['京东', '天猫', '苏宁'])} 订单号 ${d.X('order_no', safeNum(12))}`], ['预约时间', d.dt(5, 2024, 2024)],
        ['师傅', `${d.nm(t)} ${d.mob(t)}`], ['备注', pick(['需带高空作业绳', '用户要求上午', '旧机拆除', '', '催单2次'])]], sep);
    }).join('\n\n');
  }
  const recs = range(N(4, 40), () => ({ u: person(), t: pick(techs), pr: pick(prods) }));
  return `${d.dt(0, 2024, 2024)} 派工单汇总\n` + table([
    { h: ['工单号'], f: () => d.X('order_no', `GD${digits(10)}`) },
    { h: ['用户', '客户姓名'], f: (r) => d.nm(r.u) },
    { h: ['电话'], f: (r) => d.mob(r.u) },
    { h: ['地址'], f: () => `${d.X('estate', pick(ESTATES))}${d.X('room_no', room())}` },
    { h: ['产品型号'], f: (r) => d.X('model', r.pr[1]) },
    { h: ['师傅'], f: (r) => d.nm(r.t) },
    { h: ['师傅电话'], p: 0.5, f: (r) => d.mob(r.t) },
    { h: ['状态'], f: () => pick(['已完工', '待上门', '缺配件', '改约']) },
  ], recs, pick(TSTYLES));
}

function utility_account(d) {
  const co = pick(['北京燃气集团有限责任公司', '港华燃气', '华润燃气', '深圳市燃气集团股份有限公司', '国网电力营业厅', '自来水公司营业所']);
  if (chance(0.35)) {
    const p = person(), q = person(), sep = pick(SEPS);
    return `${co} 过户/开户申请表\n` + kv([['户号', d.X('gas_account', gasNo())], ['原户主', d.nm(q)], ['新户主', d.nm(p)], ['身份证号', d.idn(p)],
      ['联系电话', d.mob(p)], chance(0.3) && ['固定电话', d.land(mkLand())], ['用气地址', `${d.X('estate', pick(ESTATES))}${d.X('room_no', room())}`],
      ['表号', d.X('meter_no', meterNo())], ['代扣银行', d.bank(p)], ['代扣卡号', d.card(p)], chance(0.4) && ['电子账单邮箱', d.mail(p)],
      ['受理日期', d.dt(2, 2024, 2024)], ['服务热线', d.X('hotline', pick(HOTLINES))]], sep);
  }
  const recs = range(N(4, 50), () => ({ p: person() }));
  return `${d.X('company', co)} 新开户清单\n` + table([
    { h: ['户号', '用户编号', '燃气户号'], f: () => d.X('gas_account', gasNo()) },
    { h: ['户主', '用户名称'], f: (r) => d.nm(r.p) },
    { h: ['身份证号', '证件号码'], p: 0.8, f: (r) => d.idn(r.p) },
    { h: ['联系电话'], f: (r) => d.mob(r.p) },
    { h: ['地址'], f: () => `${d.X('estate', pick(ESTATES))}${d.X('room_no', room())}` },
    { h: ['表号', '表具编号'], f: () => d.X('meter_no', meterNo()) },
    { h: ['开户日期', '点火日期'], f: () => d.dt(0, 2023, 2024) },
    { h: ['代扣卡号', '银行账号'], p: 0.6, f: (r) => (chance(0.85) ? d.card(r.p) : '') },
  ], recs, pick(TSTYLES));
}

function group_buy(d) {
  const est = pick(ESTATES), leader = person({ male: false });
  const prod = pick(['草莓 39.9元/盒', '土鸡蛋 30枚 45元', '车厘子 5斤装 198元', '大米 10kg 68元', '阳光玫瑰 2串 59元']);
  const L = [`${d.X('estate', est)}业主团购群 聊天记录`, `${d.X('date', fd(mkDate(2024, 2024), 5))} ${d.nm(leader)}：`, '#接龙', `${prod}，${pick(['周六', '明天下午', '周三'])}到货，自提点：${pick(['南门快递柜', '物业前台', '3栋架空层'])}`];
  if (chance(0.4)) L.push(`例：3-2-1501 ${d.D('person_name_zh', '张三', '张三')} ${d.D('cn_mobile', '13800138000', '13800138000')} 1份`);
  L.push(`团长电话 ${d.mob(leader)}，有问题私聊`, '');
  for (let i = 1; i <= N(3, 60); i++) {
    const p = person();
    L.push(`${i}. ` + pick([
      () => `${d.X('room_no', room(0))} ${d.nm(p)} ${d.mob(p, true)} ${int(1, 3)}份`,
      () => `${d.X('room_no', room(1))} ${d.title(p)} ${int(1, 3)}份`,
      () => `${d.nm(p)} ${d.mob(p, true)} ${d.X('room_no', room(0))} x${int(1, 3)}`,
      () => `${d.X('room_no', room(0))}-${d.nm(p)} ${int(1, 4)}`,
      () => `${d.X('room_no', room(0))} ${pick(['+1', '2份', '一箱'])}`,
      () => `${d.nm(p)}${d.mob(p, true)} ${pick(['1', '2'])}盒`,
    ])());
  }
  return L.join('\n');
}

function owner_chat(d) {
  const est = pick(ESTATES); d.X('estate', est);
  const members = range(int(4, 10), () => ({ p: person(), rm: room(0) }));
  const nick = (m) => pick([() => `${d.X('room_no', m.rm)} ${d.nm(m.p)}`, () => `${d.X('room_no', m.rm)}-${d.nm(m.p)}`, () => `${d.nm(m.p)}(${d.X('room_no', m.rm)})`,
    () => `${d.X('room_no', m.rm)}${d.title(m.p)}`])();
  const t = fd(mkDate(2024, 2024), 0), L = [`${est}业主群 导出 ${t}`];
  const times = clock(N(5, 25));
  for (let i = 0; i < times.length; i++) {
    const m = pick(members), o = pick(members), x = person();
    const msg = pick([
      () => `${d.X('room_no', room(0))}的业主在吗？你家漏水到我家了，看到回电 ${d.mob(m.p)}`,
      () => `谁家的车 ${d.X('plate', plate())} 堵消防通道了，麻烦挪一下`,
      () => `@${d.nm(o.p)} 你家快递放我这了`,
      () => `推荐个靠谱的水电师傅：${d.title(x, '师傅')} ${d.mob(x)}`,
      () => `业委会筹备组收集业主信息，请私信：姓名+房号+身份证号+电话`,
      () => `${d.nm(m.p)} ${d.X('room_no', m.rm)} ${d.idn(m.p)} ${d.mob(m.p)}`,
      () => `物业电话打不通，前台座机 ${d.orgLand(mkLand())}`,
      () => `门禁卡 ${d.X('door_card', doorCard())} 失效了，谁知道去哪补`,
      () => `燃气户号 ${d.X('gas_account', gasNo())} 怎么在支付宝交费？`,
      () => `转让车位 ${d.X('parking_no', parkNo())}，${d.X('price', int(10, 35) + '万')}，有意私聊 ${d.mob(m.p)}`,
      () => `物业费今年又涨了，${d.X('price', `${(int(180, 650) / 100).toFixed(2)}元/㎡`)}谁同意的`,
      () => `收到`, () => `同意楼上`,
      () => `出租 ${d.X('room_no', room(0))} ${pick(LAYOUTS)} ${d.X('amount', int(25, 90) * 100 + '元/月')}，联系${d.title(m.p)} ${d.mob(m.p)}`,
    ])();
    L.push(`${d.X('date', `${t} ${times[i]}`)} ${nick(m)}: ${msg}`);
  }
  return L.join('\n');
}

function hoa_vote(d) {
  const est = pick(ESTATES), n = N(5, 80);
  const recs = range(n, () => ({ p: person({ yr: [1945, 1995] }) }));
  const style = pick(['md', 'csv', 'fixed', 'tsv']);
  const tbl = table([
    { h: '序号', f: (r, i) => String(i + 1) },
    { h: ['房号', '楼栋房号', '专有部分'], f: () => d.X('room_no', room(0)) },
    { h: ['业主姓名', '业主', '表决人'], f: (r) => d.nm(r.p) },
    { h: ['建筑面积', '专有面积(㎡)'], f: () => d.X('area', `${int(45, 220)}.${pad(int(0, 99), 2)}`) },
    { h: ['身份证后四位', '证件尾号'], p: 0.5, f: (r) => d.X('masked_id', pick([r.p.id.slice(14), `****${r.p.id.slice(14)}`, maskId(r.p.id)])) },
    { h: ['联系电话', '电话'], p: 0.7, f: (r) => (chance(0.2) ? d.X('masked_mobile', maskMob(r.p.mob)) : d.mob(r.p)) },
    { h: ['表决意见', '意见'], f: () => pick(['同意', '同意', '同意', '反对', '弃权']) },
    { h: ['投票方式'], p: 0.5, f: () => pick(['线上', '纸质', '委托']) },
    { h: ['签字', '签名'], p: 0.4, f: (r) => d.nm(r.p) },
  ], recs, style);
  return `${d.X('estate', est)}第${pick(['一', '二'])}届业主大会 关于选聘物业服务企业的表决票统计\n` + tbl +
    `\n\n参与表决：${n}户，专有部分面积合计 ${d.X('area', commas(int(3000, 15000)) + '.' + pad(int(0, 99), 2) + '㎡')}。` +
    `\n监票人：${d.nm(person())}、${d.nm(person())}   计票人：${d.nm(person())}`;
}

// ================================================================ generate
const KINDS = [
  ['agency_client', agency_client, 14], ['agency_listing', agency_listing, 13], ['agency_showing', agency_showing, 12],
  ['resale_contract', resale_contract, 16], ['rental_ledger', rental_ledger, 16], ['owner_roster', owner_roster, 13],
  ['fee_arrears', fee_arrears, 15], ['renovation', renovation, 12], ['auto_4s', auto_4s, 15], ['insurance_renewal', insurance_renewal, 14],
  ['used_car', used_car, 14], ['driving_school', driving_school, 14], ['parking_card', parking_card, 12], ['housekeeping', housekeeping, 16],
  ['wedding_photo', wedding_photo, 12], ['training', training, 15], ['gym', gym, 12], ['pet_clinic', pet_clinic, 13],
  ['appliance_service', appliance_service, 13], ['utility_account', utility_account, 14], ['group_buy', group_buy, 12],
  ['owner_chat', owner_chat, 14], ['hoa_vote', hoa_vote, 12],
];
const docs = [];
for (const [kind, fn, count] of KINDS) {
  for (let i = 1; i <= count; i++) {
    const d = new Doc(kind);
    d.text = fn(d);
    d.id = `property-${kind}-${i}`;
    docs.push(d);
  }
}

// ================================================================ self-check
const errs = [];
const CJK = /^[\u4e00-\u9fa5]+(·[\u4e00-\u9fa5]+)?$/;
function idValid(v) {
  if (!/^\d{17}[\dX]$/.test(v) || !PROV_OK.has(v.slice(0, 2)) || idCheck(v) !== v[17]) return false;
  const y = +v.slice(6, 10), m = +v.slice(10, 12), dd = +v.slice(12, 14);
  return y >= 1900 && y <= 2024 && m >= 1 && m <= 12 && dd >= 1 && dd <= dim(y, m);
}
function valid(det, v, strict) {
  switch (det) {
    case 'cn_resident_id': return idValid(v);
    case 'cn_mobile': return MOB_OK.test(v);
    case 'cn_landline': return /^0\d{9,11}$/.test(v);
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v);
    case 'bank_card': return strict ? /^\d{16,19}$/.test(v) && luhnOk(v) : /^\d{10,30}$/.test(v);
    case 'cn_uscc': return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v) && usccCheck(v) === v[17];
    case 'cn_passport': return /^(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})$/.test(v);
    case 'person_name_zh': return CJK.test(v) && (!strict || [...v.replace('·', '')].length >= 2);
    default: return false;
  }
}
const ids = new Set();
for (const d of docs) {
  if (ids.has(d.id)) errs.push(`${d.id}: duplicate id`); ids.add(d.id);
  if (!d.text || typeof d.text !== 'string') { errs.push(`${d.id}: no text`); continue; }
  for (const e of d.ent.values()) if (!valid(e.detector, e.value, true)) errs.push(`${d.id}: invalid entity ${e.detector} ${e.value}`);
  for (const e of d.dc.values()) if (!valid(e.detector, e.value, false)) errs.push(`${d.id}: invalid dontCare ${e.detector} ${e.value}`);
  for (const [det, val, raw] of d.raws) if (!d.text.includes(raw)) errs.push(`${d.id}: raw form of ${det} ${val} (${raw}) missing`);
  const values = [...d.ent.values()].map((e) => e.value), dcv = [...d.dc.values()].map((e) => e.value);
  for (const k of d.ent.keys()) if (d.dc.has(k)) errs.push(`${d.id}: ${k} both entity and dontCare`);
  for (const x of d.dec.values()) {
    if (!d.text.includes(x.text)) errs.push(`${d.id}: decoy text missing: ${x.text}`);
    for (const v of values) if (x.text === v || x.text.includes(v)) errs.push(`${d.id}: decoy "${x.text}" contains entity ${v}`);
    for (const v of dcv) if (x.text === v) errs.push(`${d.id}: decoy "${x.text}" equals dontCare value`);
  }
}
const perKind = {}, perDet = {}, perDc = {}, decKinds = {};
let nEnt = 0, nDec = 0;
for (const d of docs) {
  perKind[d.kind] = (perKind[d.kind] || 0) + 1;
  for (const e of d.ent.values()) { perDet[e.detector] = (perDet[e.detector] || 0) + 1; nEnt++; }
  for (const e of d.dc.values()) perDc[e.detector] = (perDc[e.detector] || 0) + 1;
  for (const x of d.dec.values()) { decKinds[x.kind] = (decKinds[x.kind] || 0) + 1; nDec++; }
}
if (docs.length < 250) errs.push(`only ${docs.length} documents`);
if (Object.keys(perKind).length < 20) errs.push('fewer than 20 kinds');
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email'])
  if ((perDet[det] || 0) < 300) errs.push(`only ${perDet[det] || 0} ${det} entity labels`);
if (nDec < nEnt) errs.push(`decoys (${nDec}) fewer than entities (${nEnt})`);

writeFileSync(OUT, docs.map((d) => JSON.stringify({ id: d.id, kind: d.kind, text: d.text, entities: [...d.ent.values()], dontCare: [...d.dc.values()], decoys: [...d.dec.values()] })).join('\n') + '\n');

console.log(`wrote ${docs.length} documents to ${OUT}`);
console.log('documents per kind:'); for (const [k, v] of Object.entries(perKind)) console.log(`  ${k.padEnd(20)} ${v}`);
console.log(`entity labels per detector (total ${nEnt}):`); for (const [k, v] of Object.entries(perDet).sort()) console.log(`  ${k.padEnd(20)} ${v}`);
console.log('dontCare labels per detector:'); for (const [k, v] of Object.entries(perDc).sort()) console.log(`  ${k.padEnd(20)} ${v}`);
console.log(`decoys per kind (total ${nDec}):`); for (const [k, v] of Object.entries(decKinds).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(20)} ${v}`);
if (errs.length) { console.error(`SELF-CHECK FAILED (${errs.length}):`); for (const e of errs.slice(0, 40)) console.error('  ' + e); process.exit(1); }
console.log('self-check OK');
