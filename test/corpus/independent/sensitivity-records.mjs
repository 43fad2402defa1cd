#!/usr/bin/env node
// Independent labeled corpus generator for listguard (person-record / sensitivity labels).
// Usage: node sensitivity-records.mjs OUTDIR   -> writes OUTDIR/docs/** and OUTDIR/labels.json
// Only Node built-ins. Deterministic (seeded PRNG). All data synthetic.
// Written (session 11) by a helper that never read src/, rules/ or test/, from
// DESIGN.md, cn-formats.md, the README's output section and a brief that
// defined records and sensitivity; its labelling rules: sensitivity-records.md.
import fs from 'node:fs';
import path from 'node:path';

const OUT = path.resolve(process.argv[2] || '.');
const DOCS = path.join(OUT, 'docs');
fs.rmSync(DOCS, { recursive: true, force: true });
fs.mkdirSync(DOCS, { recursive: true });

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x1d6e6);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const pad = (n, w) => String(n).padStart(w, '0');

// ---------------------------------------------------------------- check algorithms
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(body) { let s = 0; for (let i = 0; i < 17; i++) s += +body[i] * IDW[i]; return '10X98765432'[s % 11]; }
function luhnSum(num) { let s = 0, dbl = false; for (let i = num.length - 1; i >= 0; i--) { let d = +num[i]; if (dbl) { d *= 2; if (d > 9) d -= 9; } s += d; dbl = !dbl; } return s; }
const luhnValid = (num) => luhnSum(num) % 10 === 0;
function luhnAppend(body) { for (let d = 0; d < 10; d++) if (luhnValid(body + d)) return body + d; }
function luhnBreak(num) { // make sure a decoy number is NOT Luhn-valid
  if (!luhnValid(num)) return num;
  const last = (+num[num.length - 1] + 1) % 10; return num.slice(0, -1) + last;
}
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function orgCheck(c8) { const w = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0; for (let i = 0; i < 8; i++) { const c = c8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * w[i]; } const r = 11 - (s % 11); return r === 10 ? 'X' : r === 11 ? '0' : String(r); }
function usccCheck(s17) { let t = 0; for (let i = 0; i < 17; i++) t += UA.indexOf(s17[i]) * UW[i]; return UA[(31 - (t % 31)) % 31]; }

// ---------------------------------------------------------------- value generators
const used = new Set();
function uniq(gen) { for (let i = 0; i < 1000; i++) { const v = gen(); if (!used.has(v)) { used.add(v); return v; } } throw new Error('uniq'); }

const REGIONS = ['110101', '110102', '110105', '110108', '120101', '120104', '130102', '130104', '140105', '210102', '210106', '220102', '230103', '310101', '310104', '310110', '310115', '320102', '320106', '320505', '330102', '330106', '330205', '340104', '350102', '350203', '360102', '370102', '370202', '410105', '420106', '420111', '430104', '440103', '440106', '440304', '440305', '450103', '460105', '500103', '500106', '510104', '510107', '520102', '530102', '610103', '610113', '620102', '630104', '640104', '650102'];
const MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function genBirth() { const y = ri(1958, 2003), m = ri(1, 12); const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0; const d = ri(1, m === 2 && leap ? 29 : MDAYS[m - 1]); return `${y}${pad(m, 2)}${pad(d, 2)}`; }
const genId = () => uniq(() => { const b = pick(REGIONS) + genBirth() + pad(ri(1, 999), 3); return b + idCheck(b); });
function badId() { // same shape, wrong check char (a typo) -> NOT a resident ID (and not Luhn-valid)
  for (;;) { const v = badId0(); if (!luhnValid(v.replace(/X/, ''))) return v; }
}
function badId0() {
  const b = pick(REGIONS) + genBirth() + pad(ri(1, 999), 3); const good = idCheck(b); const alts = '0123456789X'.split('').filter((c) => c !== good); return b + pick(alts);
}
function badDateId() { for (;;) { const b = pick(REGIONS) + pick(['19900230', '19851332', '20010431', '19790000', '19930229']) + pad(ri(1, 999), 3); const v = b + idCheck(b); if (!luhnValid(v)) return v; } }
const MOB = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157', '158', '159', '166', '176', '177', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189', '191', '198', '199'];
const DEMO = new Set(['13800138000', '13912345678', '18888888888']);
const genMobile = () => uniq(() => { const m = pick(MOB) + digits(8); return DEMO.has(m) ? 'x' : m; });
const BADMOB = ['154', '194', '140', '141', '142', '144', '146', '148', '149'];
const genBadMobile = () => uniq(() => pick(BADMOB) + digits(8));
const BINS = ['622202', '622848', '621700', '622588', '621483', '622609', '622262', '621226', '623668', '622700', '621661', '622908'];
const genCard = () => uniq(() => { const len = pick([16, 19, 19]); return luhnAppend(pick(BINS) + digits(len - 7)); });
const PPL = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const genPassport = () => uniq(() => (chance(0.5) ? 'E' + digits(8) : 'E' + pick(PPL) + digits(7)));
const AREAS = [['010', 8], ['020', 8], ['021', 8], ['022', 8], ['025', 8], ['027', 8], ['028', 8], ['029', 8], ['0755', 8], ['0571', 8], ['0931', 7]];
const genLandline = () => uniq(() => { const [a, n] = pick(AREAS); return a + '-' + ri(2, 8) + digits(n - 1); });
const genQQ = () => String(ri(100000, 2999999999));
function genUscc() { const region = pick(['110108', '310115', '440305', '330106', '320102', '510107', '420111']); let b = 'MA'; for (let i = 0; i < 6; i++) b += pick(UA.slice(0, 10) + 'ABCDEFGHJKLMNPQRTUWXY'.replace(/[IOSVZ]/g, '')); const org = b + orgCheck(b); const s17 = pick(['91', '91', '92']) + region + org; return s17 + usccCheck(s17); }

const SURN = [['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黄', 'huang'], ['赵', 'zhao'], ['吴', 'wu'], ['周', 'zhou'], ['徐', 'xu'], ['孙', 'sun'], ['马', 'ma'], ['朱', 'zhu'], ['胡', 'hu'], ['郭', 'guo'], ['何', 'he'], ['高', 'gao'], ['林', 'lin'], ['罗', 'luo'], ['郑', 'zheng'], ['梁', 'liang'], ['谢', 'xie'], ['宋', 'song'], ['唐', 'tang'], ['许', 'xu'], ['韩', 'han'], ['冯', 'feng'], ['邓', 'deng'], ['曹', 'cao'], ['彭', 'peng'], ['曾', 'zeng'], ['肖', 'xiao'], ['田', 'tian'], ['董', 'dong'], ['袁', 'yuan'], ['潘', 'pan'], ['蒋', 'jiang'], ['蔡', 'cai'], ['余', 'yu'], ['叶', 'ye'], ['程', 'cheng'], ['欧阳', 'ouyang'], ['司马', 'sima'], ['上官', 'shangguan'], ['诸葛', 'zhuge']];
const GIV = [['伟', 'wei'], ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['强', 'qiang'], ['磊', 'lei'], ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'], ['艳', 'yan'], ['杰', 'jie'], ['娟', 'juan'], ['涛', 'tao'], ['明', 'ming'], ['超', 'chao'], ['霞', 'xia'], ['平', 'ping'], ['刚', 'gang'], ['俊', 'jun'], ['鹏', 'peng'], ['浩', 'hao'], ['宇', 'yu'], ['婷', 'ting'], ['雪', 'xue'], ['琳', 'lin'], ['晨', 'chen'], ['颖', 'ying'], ['辉', 'hui'], ['斌', 'bin'], ['红', 'hong'], ['梅', 'mei'], ['鑫', 'xin'], ['凯', 'kai'], ['佳', 'jia'], ['倩', 'qian'], ['建', 'jian'], ['国', 'guo'], ['华', 'hua'], ['志', 'zhi'], ['秀', 'xiu'], ['英', 'ying'], ['玉', 'yu'], ['兰', 'lan'], ['晓', 'xiao'], ['燕', 'yan'], ['海', 'hai'], ['文', 'wen'], ['博', 'bo'], ['欣', 'xin'], ['怡', 'yi'], ['子', 'zi'], ['涵', 'han'], ['梓', 'zi'], ['萱', 'xuan'], ['思', 'si'], ['远', 'yuan'], ['嘉', 'jia'], ['雨', 'yu'], ['桐', 'tong'], ['立', 'li'], ['新', 'xin'], ['春', 'chun'], ['秋', 'qiu'], ['振', 'zhen'], ['宏', 'hong'], ['德', 'de'], ['永', 'yong'], ['诗', 'shi'], ['若', 'ruo'], ['一', 'yi'], ['然', 'ran']];
const MINORITY = [['买买提·艾力', 'maimaiti'], ['古丽娜尔·阿不都', 'gulinaer'], ['阿依古丽·吐尔逊', 'ayiguli'], ['扎西·次仁', 'zhaxi']];
function genName() {
  if (chance(0.02)) return pick(MINORITY);
  const [s, sp] = SURN[Math.min(SURN.length - 1, Math.floor(Math.pow(rnd(), 1.6) * SURN.length))];
  const n = s.length === 2 ? ri(1, 2) : (chance(0.7) ? 2 : 1);
  let g = '', gp = '';
  for (let i = 0; i < n; i++) { const [c, p] = pick(GIV); g += c; gp += p; }
  return [s + g, sp + gp];
}
const maskName = (n) => n[0] + (n.length > 2 ? '**' : '*');
const maskMobile = (m) => m.slice(0, 3) + '****' + m.slice(7);
const maskId = (id) => id.slice(0, 6) + '********' + id.slice(14);
const maskCard = (c) => c.slice(0, 4) + ' **** **** ' + c.slice(-4);
const DOMAINS = ['qq.com', '163.com', '126.com', 'sina.com', 'foxmail.com', 'outlook.com', 'gmail.com', 'sohu.com', 'aliyun.com', '139.com'];
function genEmail(py) {
  return uniq(() => {
    const d = pick(DOMAINS);
    if (d === 'qq.com' && chance(0.5)) return genQQ() + '@qq.com';
    const sep = pick(['', '', '.', '_']);
    const local = chance(0.5) ? py.replace(/^(\w+?)([aeiou]\w*)$/, '$1$2') + (chance(0.6) ? ri(1, 999) : '') : py.slice(0, ri(3, 6)) + sep + ri(70, 2003);
    return local.toLowerCase() + '@' + d;
  });
}
const CITIES = [['北京市', '朝阳区', ['建国路', '望京街', '朝阳北路', '东三环中路']], ['北京市', '海淀区', ['中关村大街', '学院路', '西三环北路']], ['上海市', '浦东新区', ['张江路', '世纪大道', '金桥路']], ['上海市', '徐汇区', ['漕溪北路', '虹桥路', '肇嘉浜路']], ['广东省深圳市', '南山区', ['科技南十二路', '南海大道', '深南大道']], ['广东省广州市', '天河区', ['天河路', '体育西路', '黄埔大道']], ['浙江省杭州市', '西湖区', ['文三路', '天目山路', '教工路']], ['江苏省南京市', '鼓楼区', ['中山路', '汉中路', '北京西路']], ['四川省成都市', '武侯区', ['人民南路', '武侯祠大街', '科华北路']], ['湖北省武汉市', '洪山区', ['珞喻路', '雄楚大道', '光谷大道']], ['山东省济南市', '历下区', ['泉城路', '经十路', '解放路']], ['陕西省西安市', '雁塔区', ['小寨东路', '长安南路', '科技路']], ['重庆市', '渝中区', ['民族路', '中山一路', '解放西路']]];
function genAddr() { const [p, d, roads] = pick(CITIES); return `${p}${d}${pick(roads)}${ri(1, 399)}号${chance(0.6) ? `${ri(1, 30)}栋${ri(1, 6)}单元${ri(1, 32)}${pad(ri(1, 8), 2)}室` : `${pick(['华润大厦', '国贸中心', '阳光花园', '金色家园', '科技园B座'])}${ri(2, 28)}层`}`; }
function person() {
  const [name, py] = genName();
  return { name, py, mobile: genMobile(), email: null, landline: null, id: null, card: null, passport: null, addr: genAddr(),
    get e() { return this.email || (this.email = genEmail(this.py)); },
    get l() { return this.landline || (this.landline = genLandline()); },
    get i() { return this.id || (this.id = genId()); },
    get c() { return this.card || (this.card = genCard()); },
    get p() { return this.passport || (this.passport = genPassport()); } };
}
const people = (n) => Array.from({ length: n }, person);

// decoys
const genOrder18 = () => luhnBreak('2024' + pad(ri(1, 12), 2) + pad(ri(1, 28), 2) + digits(10));
const genOrder16 = () => luhnBreak('2024' + pad(ri(1, 12), 2) + pad(ri(1, 28), 2) + digits(8));
const genSnowflake = () => luhnBreak('17' + digits(17));
const genWxTxn = () => '42000' + digits(5) + '2024' + pad(ri(1, 12), 2) + pad(ri(1, 28), 2) + digits(10);
const genAliTrade = () => '2024' + pad(ri(1, 12), 2) + pad(ri(1, 28), 2) + '22001' + digits(15);
// random digit run that is never an ID, a Luhn-valid 16-19-digit number, or an 11-digit mobile
function safeNum(n) { let s = digits(n); if (n === 11 && /^1[3-9]/.test(s)) s = '2' + s.slice(1); if (n === 18) s = '20' + s.slice(2); if (n >= 16 && n <= 19) s = luhnBreak(s); return s; }
const genImei = () => luhnAppend('86' + digits(12));
const genIccid = () => '8986' + digits(16);
const genTsMs = () => String(1704067200000 + ri(0, 31535999) * 1000 + ri(0, 999));
const genTracking = () => pick([() => 'SF' + digits(13), () => 'YT' + digits(13), () => 'JT' + digits(13), () => '75' + digits(12), () => '43' + digits(11)])();
const genInvCode = () => '0' + pick(['44031900', '11001900', '31001900']) + digits(3);
const genInvNo = () => String(ri(10000000, 99999999));
const genEInv = () => '24' + pick(['11', '31', '44']) + digits(16);
const money = () => (ri(19, 99999) + ri(0, 99) / 100).toFixed(2);
const date = () => `2024-${pad(ri(1, 12), 2)}-${pad(ri(1, 28), 2)}`;
const dtime = () => `${date()} ${pad(ri(8, 22), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`;
const PRODUCTS = ['空气净化器KJ500', '扫地机器人X20', '智能门锁S8', '电热水壶1.7L', '蓝牙耳机Pro', '儿童安全座椅', '羽绒服(男款)', '保温杯500ml', '明前龙井礼盒', '五常大米5kg', '加湿器H3', '电动牙刷T9', '真丝围巾', '办公椅ergo-2', '咖啡机M1'];
const REMARKS = ['周一至周五送货', '余额已退回原账户', '付款后48小时内发货', '需开增值税专用发票', '老客户，享九五折', '关于延迟发货已致歉', '易碎品请轻放', '高层无电梯', '方便时送到物业', '', '', '', '周末不在家', '发票随货', '赠品已补发', '成功签收', '安装预约下周三'];
const COMPANIES = ['北京华信科技有限公司', '上海申达贸易有限公司', '深圳市鹏程电子有限公司', '杭州云帆网络科技有限公司', '南京金陵食品有限公司', '成都天府物流有限公司', '武汉光谷生物医药有限公司', '广州岭南家居用品有限公司', '西安秦川仪器有限公司', '重庆山城汽配有限公司', '苏州工业园区恒泰精密机械有限公司', '济南泉城医疗器械有限公司'];
const CDOM = ['huaxin-tech.com.cn', 'shenda-trade.com', 'pengcheng-ele.cn', 'yunfan.net.cn', 'jinling-food.com', 'tianfu56.com'];

// ---------------------------------------------------------------- formatting of person values
function fmtMobile(m, style) {
  switch (style) {
    case 'dash': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case 'space': return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'plus86': return `+86 ${m}`;
    case 'plus86dash': return `+86-${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    default: return m;
  }
}
const fmtCard = (c, grouped) => (grouped ? c.replace(/(\d{4})(?=\d)/g, '$1 ') : c);
const fmtId = (id, lower) => (lower ? id.toLowerCase() : id);
const toFullWidth = (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

// ---------------------------------------------------------------- labeling
const SENS = new Set(['id', 'card', 'passport']);
const F = (t, v) => ({ t, v });
function computeLabel(rows, extra = []) {
  const recs = new Map();
  let anyFinding = extra.length > 0, anySens = extra.some((f) => SENS.has(f.t));
  for (const r of rows) {
    const set = new Map();
    for (const f of r) { set.set(f.t + ':' + f.v, f); anyFinding = true; if (SENS.has(f.t)) anySens = true; }
    if (set.size >= 2) { const key = [...set.keys()].sort().join('|'); recs.set(key, [...set.values()].some((f) => SENS.has(f.t))); }
  }
  const records = recs.size; const sensRecords = [...recs.values()].filter(Boolean).length;
  let sensitivity = 'public';
  if (records >= 50 || sensRecords >= 10) sensitivity = 'secret';
  else if (anySens || records >= 5) sensitivity = 'confidential';
  else if (anyFinding) sensitivity = 'internal';
  return { sensitivity, records, sensRecords };
}

// ---------------------------------------------------------------- output
const labels = {};
const intended = {}; // rel -> Set of intended person values (for the sanity check)
let gbMap = null;
function gbEncode(str) {
  if (!gbMap) {
    gbMap = new Map(); const dec = new TextDecoder('gb18030');
    for (let b1 = 0x81; b1 <= 0xfe; b1++) for (let b2 = 0x40; b2 <= 0xfe; b2++) { if (b2 === 0x7f) continue; const s = dec.decode(Uint8Array.of(b1, b2)); if (s.length === 1 && s !== '\ufffd' && !gbMap.has(s)) gbMap.set(s, [b1, b2]); }
  }
  const out = [];
  for (const ch of str) { const c = ch.codePointAt(0); if (c < 0x80) out.push(c); else { const b = gbMap.get(ch); if (!b) throw new Error('not in GBK: ' + ch); out.push(b[0], b[1]); } }
  return Buffer.from(out);
}
function emit(rel, text, label, { enc = 'utf8', eol = '\n' } = {}) {
  if (labels[rel]) throw new Error('dup path ' + rel);
  if (eol !== '\n') text = text.replace(/\n/g, eol);
  let buf;
  if (enc === 'gb18030') buf = gbEncode(text);
  else if (enc === 'bom') buf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  else buf = Buffer.from(text, 'utf8');
  const full = path.join(DOCS, rel); fs.mkdirSync(path.dirname(full), { recursive: true }); fs.writeFileSync(full, buf);
  if (!['public', 'internal', 'confidential', 'secret', 'any'].includes(label.sensitivity)) throw new Error('bad label ' + rel);
  intended[rel] = new Set((label.vals || []).map((v) => String(v).toUpperCase()));
  labels[rel] = { sensitivity: label.sensitivity, records: label.records, records_tolerance: label.tol ?? 0, note: label.note, category: label.cat, encoding: enc };
}
function emitComputed(rel, text, rows, extra, cat, note, opts, over = {}) {
  const L = computeLabel(rows, extra);
  const n = `${note} [${L.records} distinct records, ${L.sensRecords} with a sensitive field]`;
  emit(rel, text, { vals: [...rows.flat(), ...extra].map((f) => f.v), sensitivity: over.sensitivity ?? L.sensitivity, records: over.records ?? L.records, tol: over.tol ?? 0, note: over.note ? n + '; ' + over.note : n, cat }, opts);
  return L;
}

// ---------------------------------------------------------------- tables
const HDR = {
  name: ['姓名', '客户姓名', '联系人', '收件人', '收货人', '会员姓名', '客户', '申请人'],
  name_card: ['持卡人', '户名', '开户名'],
  mobile: ['手机', '手机号', '手机号码', '联系电话', '电话', '移动电话', '联系方式', '收件人电话'],
  email: ['邮箱', '电子邮箱', 'Email', 'E-mail', '邮件地址'],
  landline: ['办公电话', '座机', '固定电话', '单位电话'],
  id: ['身份证号', '身份证号码', '证件号码', '公民身份号码'],
  card: ['银行卡号', '卡号', '收款账号', '借记卡号'],
  passport: ['护照号码', '护照号'],
  order: ['订单号', '订单编号'], amount: ['金额', '订单金额(元)', '实付金额'], date: ['下单日期', '日期', '登记日期'], addr: ['地址', '收货地址', '联系地址'],
  remark: ['备注', '说明'], product: ['商品', '商品名称'], city: ['城市', '所在城市'], tracking: ['物流单号', '快递单号'], level: ['会员等级'], gender: ['性别'],
  ts: ['创建时间戳'], txn: ['支付流水号', '交易单号'], seq: ['序号'], sku: ['SKU'], qq: ['QQ'],
};
const PERSON_KINDS = new Set(['name', 'mobile', 'email', 'landline', 'id', 'card', 'passport']);
function cell(kind, p, ctx) {
  switch (kind) {
    case 'name': return [p.name, F('name', p.name)];
    case 'mobile': { const m = p.mobile; return [fmtMobile(m, ctx.mstyle === 'mix' ? pick(['plain', 'plain', 'dash', 'space', 'plus86']) : ctx.mstyle), F('mobile', m)]; }
    case 'email': return [ctx.emailUpper ? p.e.replace(/^./, (c) => c.toUpperCase()) : p.e, F('email', p.e)];
    case 'landline': return [p.l, F('landline', p.l.replace(/\D/g, ''))];
    case 'id': return [fmtId(p.i, ctx.idLower && p.i.endsWith('X')), F('id', p.i)];
    case 'card': return [fmtCard(p.c, ctx.cardGrouped), F('card', p.c)];
    case 'passport': return [p.p, F('passport', p.p)];
    case 'order': return [genOrder18(), null];
    case 'amount': return [money(), null];
    case 'date': return [date(), null];
    case 'addr': return [p.addr, null];
    case 'remark': return [pick(REMARKS), null];
    case 'product': return [pick(PRODUCTS), null];
    case 'city': return [p.addr.slice(0, 3), null];
    case 'tracking': return [genTracking(), null];
    case 'level': return [pick(['普通', '银卡', '金卡', '钻石']), null];
    case 'gender': return [pick(['男', '女']), null];
    case 'ts': return [genTsMs(), null];
    case 'txn': return [chance(0.5) ? genWxTxn() : genAliTrade(), null];
    case 'sku': return ['E' + digits(8), null];
    case 'qq': return [genQQ(), null];
    default: throw new Error(kind);
  }
}
function csvEsc(s, sep) { if (sep === ',' && /[",\n]/.test(s)) return '"' + s.replace(/"/g, '""') + '"'; return s; }
// Build a table. spec: {cols:[kind], n, sep:','|'\t'|'md', dups, nearDups, missing:{idx:[kinds]}, blank, mstyle, ...}
function table(spec) {
  const ctx = { mstyle: spec.mstyle || 'plain', cardGrouped: spec.cardGrouped, idLower: spec.idLower, emailUpper: false };
  const cols = spec.cols;
  const hasCard = cols.includes('card');
  const hdr = spec.headers || cols.map((k) => (k === 'seq' ? '序号' : pick(k === 'name' && hasCard && chance(0.6) ? HDR.name_card : HDR[k])));
  const ps = spec.people || people(spec.n);
  const rows = []; // {cells, fields}
  ps.forEach((p, i) => {
    const miss = (spec.missing && spec.missing[i]) || [];
    const cells = [], fields = [];
    for (const k of cols) {
      if (k === 'seq') { cells.push(String(i + 1)); continue; }
      if (miss.includes(k)) { cells.push(''); continue; }
      const [t, f] = cell(k, p, ctx); cells.push(t); if (f) fields.push(f);
    }
    rows.push({ cells, fields, p });
  });
  // exact duplicates: copy of an existing row inserted later
  const out = rows.slice();
  for (let d = 0; d < (spec.dups || 0); d++) { const src = rows[ri(0, rows.length - 1)]; out.splice(ri(0, out.length), 0, { cells: src.cells.slice(), fields: src.fields, p: src.p }); }
  // near duplicates: same person values, different formatting + new non-person values
  for (let d = 0; d < (spec.nearDups || 0); d++) {
    const src = rows[d % rows.length]; const c2 = { mstyle: 'dash', cardGrouped: !spec.cardGrouped, idLower: true, emailUpper: true };
    const cells = [], fields = [];
    cols.forEach((k, j) => { if (k === 'seq') { cells.push(''); return; } if (src.cells[j] === '') { cells.push(''); return; } const [t, f] = cell(k, src.p, c2); cells.push(t); if (f) fields.push(f); });
    out.push({ cells, fields, p: src.p });
  }
  if (spec.shuffleRows) { const s = shuffle(out); out.length = 0; out.push(...s); }
  if (cols.includes('seq')) { let k = 1; for (const r of out) r.cells[cols.indexOf('seq')] = String(k++); }
  const lines = [];
  const sep = spec.sep || ',';
  if (sep === 'md') { lines.push('| ' + hdr.join(' | ') + ' |'); lines.push('|' + hdr.map(() => '---').join('|') + '|'); }
  else lines.push(hdr.map((h) => csvEsc(h, sep)).join(sep));
  for (const r of out) {
    if (spec.blank && chance(spec.blank)) lines.push(sep === 'md' ? '' : (sep === ',' && chance(0.5) ? ','.repeat(cols.length - 1) : ''));
    lines.push(sep === 'md' ? '| ' + r.cells.map((c) => c.replace(/\|/g, '/')).join(' | ') + ' |' : r.cells.map((c) => csvEsc(c, sep)).join(sep));
  }
  return { text: lines.join('\n') + '\n', rows: out.map((r) => r.fields), hdr };
}

// ================================================================= 1. customer exports around thresholds
const SIZES = [1, 3, 4, 5, 6, 9, 10, 11, 20, 49, 50, 51, 120, 400];
const extraPool = ['order', 'amount', 'date', 'addr', 'remark', 'product', 'city', 'level', 'gender', 'tracking'];
function randomCols(personKinds, nExtra) { const ex = shuffle(extraPool).slice(0, nExtra); const all = shuffle([...personKinds, ...ex]); if (chance(0.5)) all.unshift('seq'); return all; }
const seriesDefs = [
  { dir: 'exports/utf8', tag: 'contact', kinds: () => pick([['name', 'mobile'], ['name', 'mobile', 'email'], ['name', 'mobile'], ['name', 'landline', 'mobile']]), enc: 'utf8', eol: '\n', ext: 'csv' },
  { dir: 'exports/bom', tag: 'sens', kinds: () => pick([['name', 'mobile', 'id'], ['name', 'id'], ['name', 'card', 'mobile'], ['name', 'mobile', 'id', 'email'], ['name', 'passport', 'mobile']]), enc: 'bom', eol: '\r\n', ext: 'csv' },
  { dir: 'exports/gbk', tag: 'contact', kinds: () => pick([['name', 'mobile'], ['name', 'mobile', 'email']]), enc: 'gb18030', eol: '\r\n', ext: 'csv' },
  { dir: 'exports/gbk', tag: 'sens', kinds: () => pick([['name', 'mobile', 'id'], ['name', 'id', 'card'], ['name', 'mobile', 'card']]), enc: 'gb18030', eol: '\r\n', ext: 'csv' },
];
for (const sd of seriesDefs) {
  for (const n of SIZES) {
    const kinds = sd.kinds();
    const cols = randomCols(kinds, ri(0, 4));
    const t = table({ cols, n, blank: chance(0.4) ? 0.05 : 0, mstyle: chance(0.2) ? 'mix' : 'plain', cardGrouped: chance(0.3), idLower: chance(0.3) });
    const rel = `${sd.dir}/${sd.tag}_${pad(n, 3)}.${sd.ext}`;
    emitComputed(rel, t.text, t.rows, [], `export-${sd.tag}`, `${n}-row customer export; person columns ${kinds.join('+')} (headers ${t.hdr.join('/')}); every row has >=2 person fields`, { enc: sd.enc, eol: sd.eol });
  }
}
// TSV and Markdown variants
for (const [n, kinds] of [[4, ['name', 'mobile']], [5, ['name', 'mobile']], [49, ['mobile', 'email']], [50, ['name', 'email']], [51, ['name', 'mobile']], [9, ['name', 'id']], [10, ['name', 'id']], [3, ['name', 'passport']], [30, ['name', 'mobile']]]) {
  const t = table({ cols: randomCols(kinds, ri(1, 3)), n, sep: '\t' });
  emitComputed(`exports/tsv/db_export_${kinds.join('_')}_${n}.tsv`, t.text, t.rows, [], 'export-tsv', `TSV database export, ${n} rows of ${kinds.join('+')}`);
}
for (const [n, kinds] of [[3, ['name', 'mobile']], [5, ['name', 'mobile']], [6, ['name', 'email', 'landline']], [10, ['name', 'mobile', 'id']], [12, ['name', 'card']], [8, ['name', 'passport']]]) {
  const t = table({ cols: randomCols(kinds, ri(1, 2)), n, sep: 'md' });
  const txt = `# ${pick(['活动报名名单', '回访客户清单', '本周新增客户', 'VIP客户跟进表', '出行人员信息'])}\n\n更新时间：${date()}，请勿外传。\n\n${t.text}\n> 整理：运营部\n`;
  emitComputed(`exports/md/table_${kinds.join('_')}_${n}.md`, txt, t.rows, [], 'export-md', `Markdown table with ${n} rows of ${kinds.join('+')}; the '整理：运营部' line holds no person value`);
}
// Chinese file names, English headers
{
  const t = table({ cols: ['name', 'mobile', 'addr', 'amount'], n: 15, headers: ['收货人', '手机', '收货地址', '金额'] });
  emitComputed('exports/客户名单_华东区.csv', t.text, t.rows, [], 'export-contact', '15 rows name+mobile, Chinese file name');
  const t2 = table({ cols: ['seq', 'name', 'mobile', 'email', 'ts'], n: 55, headers: ['id', 'customer_name', 'phone', 'email', 'created_at'] });
  emitComputed('exports/crm_contacts_en_headers.csv', t2.text, t2.rows, [], 'export-contact', 'CRM export with English headers; 55 rows; created_at is a 13-digit ms timestamp decoy');
  const t3 = table({ cols: ['name', 'id', 'mobile', 'gender', 'date'], n: 7, headers: ['name', 'id_card', 'mobile', 'gender', 'reg_date'] });
  emitComputed('exports/member_realname_en.csv', t3.text, t3.rows, [], 'export-sens', 'English headers, 7 rows name+ID+mobile');
}
// between-threshold sizes, more layouts
for (const [n, kinds, enc] of [[2, ['name', 'mobile'], 'utf8'], [7, ['mobile', 'landline'], 'utf8'], [15, ['name', 'email'], 'bom'], [35, ['name', 'mobile', 'email'], 'gb18030'], [75, ['name', 'mobile'], 'utf8'], [200, ['name', 'mobile', 'addr'], 'gb18030'], [2, ['mobile', 'id'], 'utf8'], [8, ['id', 'mobile'], 'bom'], [13, ['name', 'card'], 'utf8'], [60, ['name', 'id', 'mobile'], 'gb18030']]) {
  const cols = randomCols(kinds.filter((k) => k !== 'addr'), ri(1, 3)); if (kinds.includes('addr') && !cols.includes('addr')) cols.push('addr');
  const t = table({ cols, n, blank: 0.03 });
  emitComputed(`exports/misc/list_${kinds.join('_')}_${n}.csv`, t.text, t.rows, [], kinds.some((k) => SENS.has(k)) ? 'export-sens' : 'export-contact', `${n} rows of ${kinds.join('+')}${kinds.includes('name') ? '' : ' (no name column: two non-name person fields per row)'}`, { enc, eol: enc === 'utf8' ? '\n' : '\r\n' });
}

// ================================================================= 2. duplicates / missing / blank rows
{
  const D = 'exports/dedupe';
  let t = table({ cols: ['name', 'mobile', 'city'], n: 4, dups: 2 });
  emitComputed(`${D}/dup_6rows_4distinct.csv`, t.text, t.rows, [], 'dedupe', '6 data rows, 2 are exact copies of earlier rows -> 4 distinct');
  t = table({ cols: ['seq', 'name', 'mobile', 'product', 'amount'], n: 49, dups: 3, shuffleRows: true });
  emitComputed(`${D}/dup_52rows_49distinct.csv`, t.text, t.rows, [], 'dedupe', '52 data rows incl. 3 exact duplicates (序号 renumbered) -> 49 distinct -> confidential not secret');
  t = table({ cols: ['name', 'mobile', 'email'], n: 50, dups: 5 });
  emitComputed(`${D}/dup_55rows_50distinct.csv`, t.text, t.rows, [], 'dedupe', '55 rows, 5 exact duplicates -> 50 distinct -> secret');
  t = table({ cols: ['name', 'id', 'mobile'], n: 9, dups: 3 });
  emitComputed(`${D}/dup_id_12rows_9distinct.csv`, t.text, t.rows, [], 'dedupe', '12 rows name+ID+mobile, 3 duplicates -> 9 distinct sensitive records -> confidential (not secret)', { enc: 'bom', eol: '\r\n' });
  t = table({ cols: ['name', 'id', 'mobile'], n: 10, dups: 1 });
  emitComputed(`${D}/dup_id_11rows_10distinct.csv`, t.text, t.rows, [], 'dedupe', '11 rows, 1 duplicate -> 10 distinct sensitive records -> secret');
  t = table({ cols: ['order', 'name', 'mobile', 'amount', 'date'], n: 4, nearDups: 3 });
  emitComputed(`${D}/repeat_customers_7orders_4people.csv`, t.text, t.rows, [], 'dedupe', '7 order rows; 3 rows are repeat orders of the same customers with the phone written 138-xxxx-xxxx and new order numbers; dedupe by normalized person-field values -> 4 -> internal');
  t = table({ cols: ['order', 'name', 'mobile', 'email', 'amount'], n: 47, nearDups: 5 });
  emitComputed(`${D}/repeat_customers_52orders_47people.csv`, t.text, t.rows, [], 'dedupe', '52 order rows, 5 repeat customers (phone dashed, e-mail capitalised: same normalized values) -> 47 distinct -> confidential', { enc: 'gb18030', eol: '\r\n' });
  t = table({ cols: ['name', 'id', 'card', 'date'], n: 8, nearDups: 4, cardGrouped: false });
  emitComputed(`${D}/repeat_id_lowerx_12rows_8people.csv`, t.text, t.rows, [], 'dedupe', '12 rows; 4 repeat the same person with lower-case x in ID / grouped card digits -> 8 distinct sensitive -> confidential');
  t = table({ cols: ['name', 'mobile', 'remark'], n: 5, blank: 0.5 });
  emitComputed(`${D}/blank_rows_5people.csv`, t.text, t.rows, [], 'dedupe', '5 real rows with many blank / all-comma rows -> 5 -> confidential');
  t = table({ cols: ['name', 'mobile'], n: 3, dups: 4 });
  emitComputed(`${D}/dup_7rows_3distinct.tsv`.replace('.tsv', '.csv'), t.text, t.rows, [], 'dedupe', '7 rows, 4 duplicates of 3 people -> 3 -> internal');
}
{
  const D = 'exports/partial';
  const mk = (n, missRows, kinds, rel, note, opts) => { const missing = {}; for (const [i, ks] of missRows) missing[i] = ks; const t = table({ cols: kinds, n, missing, headers: kinds.map((k) => ({ name: '姓名', mobile: '手机', addr: '地址', email: '电子邮箱', id: '身份证号' })[k]) }); emitComputed(`${D}/${rel}`, t.text, t.rows, [], 'partial', note, opts); };
  mk(7, [[1, ['mobile']], [3, ['mobile']], [5, ['mobile']]], ['name', 'mobile', 'addr'], 'missing_phone_7rows.csv', '7 rows, 3 have an empty phone cell (name only, not a record) -> 4 records -> internal');
  mk(55, [[2, ['mobile', 'email']], [9, ['mobile', 'email']], [14, ['name', 'email']], [20, ['mobile', 'email']], [33, ['mobile', 'email']], [41, ['mobile', 'email']]], ['name', 'mobile', 'email'], 'missing_55rows.csv', '55 rows; 6 rows carry only one person field (5 name only, 1 mobile only) -> 49 records -> confidential');
  const miss = {}; [0, 2, 4, 6, 8].forEach((i) => (miss[i] = ['id']));
  mk(14, Object.entries(miss).map(([i, k]) => [+i, k]), ['name', 'mobile', 'id'], 'id_partial_14rows_9ids.csv', '14 rows name+mobile; ID filled in 9 rows -> 14 records, 9 sensitive -> confidential (not secret)');
  const miss2 = {}; [1, 5, 9, 12].forEach((i) => (miss2[i] = ['id']));
  mk(14, Object.entries(miss2).map(([i, k]) => [+i, k]), ['name', 'mobile', 'id'], 'id_partial_14rows_10ids.csv', '14 rows; ID filled in 10 rows -> 10 sensitive records -> secret');
  mk(6, [[0, ['mobile']], [1, ['mobile']], [2, ['mobile']], [3, ['mobile']], [4, ['mobile']], [5, ['mobile']]], ['name', 'mobile', 'addr'], 'all_phones_missing.csv', 'phone column present but empty in every row -> names in a name column only -> internal, 0 records');
}
// name-only / name+address / bare lists / invalid values
{
  const D = 'exports/single-field';
  let t = table({ cols: ['seq', 'name', 'gender', 'city'], n: 80, headers: ['工号', '员工姓名', '性别', '所在城市'] });
  t.text = t.text.replace(/^(\d+),/gm, (m, d) => 'HX' + pad(d, 4) + ',');
  emitComputed(`${D}/staff_roster_80.csv`, t.text, t.rows, [], 'single-field', 'staff roster: 80 names in a name column, no contact values -> names are contact-type findings -> internal, 0 records');
  t = table({ cols: ['name', 'addr', 'product', 'amount'], n: 60, headers: ['收件人', '收货地址', '商品', '金额'] });
  emitComputed(`${D}/recipients_addr_only_60.csv`, t.text, t.rows, [], 'single-field', '60 rows recipient name + address (address is not a person field) -> 1 field/row -> internal, 0 records', { enc: 'gb18030', eol: '\r\n' });
  t = table({ cols: ['name', 'level', 'date'], n: 12, sep: 'md', headers: ['姓名', '职级', '入职日期'] });
  emitComputed(`${D}/promotion_list.md`, '# 2024年晋升名单\n\n' + t.text, t.rows, [], 'single-field', 'Markdown table of names only -> internal, 0 records');
  const mobs = Array.from({ length: 8 }, genMobile);
  emitComputed(`${D}/sms_recipients_8.txt`, '短信群发号码（第3批）\n' + mobs.join('\n') + '\n', mobs.map((m) => [F('mobile', m)]), [], 'bare-list', 'bare list of 8 mobiles, one per line -> 1 field per line -> internal, 0 records');
  const mobs2 = Array.from({ length: 25 }, genMobile);
  emitComputed(`${D}/sms_recipients_25.txt`, '手机号\n' + mobs2.join('\n') + '\n', mobs2.map((m) => [F('mobile', m)]), [], 'bare-list', 'bare list of 25 mobiles; under the brief spec no record -> internal. NOTE README policy says a bare list of 20+ -> confidential (spec conflict, see LABELING.md)');
  const ids = Array.from({ length: 15 }, genId);
  emitComputed(`${D}/id_list_15.txt`, '待核验证件号码：\n' + ids.join('\n') + '\n', ids.map((m) => [F('id', m)]), [], 'bare-list', 'bare list of 15 IDs -> sensitive value, 0 records -> confidential');
  const ids2 = Array.from({ length: 220 }, genId);
  emitComputed(`${D}/id_list_220.csv`, '身份证号\n' + ids2.join('\n') + '\n', ids2.map((m) => [F('id', m)]), [], 'bare-list', 'bare list of 220 IDs -> 0 records under the brief spec -> confidential. NOTE README policy says a bare list of 200+ IDs -> secret (spec conflict)');
  // invalid values
  const ps = people(20); const rows = []; const lines = ['姓名,身份证号,备注'];
  ps.forEach((p, i) => { const bad = i % 2 ? badId() : badDateId(); lines.push(`${p.name},${bad},${pick(['核验未通过', '号码有误待补', '复核'])}`); rows.push([F('name', p.name)]); });
  emitComputed(`${D}/invalid_ids_20.csv`, lines.join('\n') + '\n', rows, [], 'invalid-values', '20 names with ID-shaped strings that fail the MOD 11-2 check or have impossible dates -> not IDs; names in name column -> internal, 0 records');
  const ps2 = people(12); const rows2 = []; const lines2 = ['联系人,手机号,城市'];
  ps2.forEach((p, i) => { if (i < 4) { const b = genBadMobile(); lines2.push(`${p.name},${b},${p.addr.slice(0, 3)}`); rows2.push([F('name', p.name)]); } else { lines2.push(`${p.name},${p.mobile},${p.addr.slice(0, 3)}`); rows2.push([F('name', p.name), F('mobile', p.mobile)]); } });
  emitComputed(`${D}/unallocated_prefix_12.csv`, lines2.join('\n') + '\n', rows2, [], 'invalid-values', '12 rows; 4 phones use unallocated/IoT prefixes (154/194/14x) -> not mobiles -> 8 records -> confidential');
  const ps3 = people(6); const rows3 = []; const lines3 = ['姓名,银行卡号,开户行'];
  ps3.forEach((p) => { const bad = luhnBreak(pick(BINS) + digits(13)); lines3.push(`${p.name},${bad},${pick(['工商银行', '建设银行', '招商银行'])}`); rows3.push([F('name', p.name)]); });
  emitComputed(`${D}/luhn_fail_cards_6.csv`, lines3.join('\n') + '\n', rows3, [], 'invalid-values', '6 names with 19-digit 62xxxx numbers that fail Luhn -> not bank cards by the spec; names in 姓名 column -> internal, 0 records', {}, {});
  // full-width digits
  const ps4 = people(6); const rows4 = []; const lines4 = ['姓名，手机号码，城市'];
  ps4.forEach((p) => { lines4.push(`${p.name}，${toFullWidth(p.mobile)}，${p.addr.slice(0, 3)}`); rows4.push([F('name', p.name), F('mobile', p.mobile)]); });
  emitComputed(`${D}/fullwidth_mobiles_6.txt`, lines4.join('\n') + '\n', rows4, [], 'fullwidth', '6 lines name，full-width-digit mobile (full-width comma separated) -> 6 records -> confidential');
  // mobile + landline rows, no names
  const t5 = table({ cols: ['landline', 'mobile', 'city'], n: 5, headers: ['座机', '手机', '城市'] });
  emitComputed(`${D}/phone_pairs_5.csv`, t5.text, t5.rows, [], 'export-contact', '5 rows landline+mobile (no names) -> 5 records -> confidential');
}
// supplier / company lists with USCC
{
  const D = 'exports/suppliers';
  const mkS = (n, withContact, contactKind, rel, enc) => {
    const lines = [withContact ? `供应商名称,统一社会信用代码,联系人,${contactKind === 'mobile' ? '联系电话' : '办公电话'},注册地址` : '企业名称,统一社会信用代码,注册资本(万元),成立日期,注册地址'];
    const rows = [];
    for (let i = 0; i < n; i++) {
      const co = pick(COMPANIES).replace('有限公司', pick(['有限公司', '股份有限公司', '科技有限公司'])); const u = genUscc(); const p = person();
      if (withContact) { const v = contactKind === 'mobile' ? p.mobile : p.l; lines.push(`${co},${u},${p.name},${v},${p.addr}`); rows.push([F('name', p.name), F(contactKind, v.replace(/\D/g, ''))]); }
      else { lines.push(`${co},${u},${ri(100, 50000)},${ri(1998, 2022)}-${pad(ri(1, 12), 2)}-${pad(ri(1, 28), 2)},${p.addr}`); rows.push([]); }
    }
    return emitComputed(`${D}/${rel}`, lines.join('\n') + '\n', rows, [], withContact ? 'supplier' : 'decoy', withContact ? `supplier list with USCC (organisation code, not a person field) + 联系人 + ${contactKind}` : 'company registry extract: names of companies + USCC + capital + address; USCC is not a person field -> public', { enc, eol: enc === 'gb18030' ? '\r\n' : '\n' });
  };
  mkS(30, false, null, 'company_registry_30.csv', 'utf8');
  mkS(8, true, 'landline', 'suppliers_contact_landline_8.csv', 'gb18030');
  mkS(60, true, 'mobile', 'suppliers_contact_mobile_60.csv', 'utf8');
  mkS(3, true, 'mobile', 'suppliers_contact_mobile_3.csv', 'utf8');
  // company landline only per row -> landline is a person field (literal spec)
  const lines = ['单位名称,统一社会信用代码,总机'], rows = [];
  for (let i = 0; i < 6; i++) { const l = genLandline(); lines.push(`${COMPANIES[i]},${genUscc()},${l}`); rows.push([F('landline', l.replace(/\D/g, ''))]); }
  emitComputed(`${D}/company_switchboards_6.csv`, lines.join('\n') + '\n', rows, [], 'supplier', 'company switchboard landlines (one field per row); spec counts landline as a person field -> internal, 0 records');
}
// express waybill export: sender + recipient per row
{
  const shop = person(); const lines = ['运单号,寄件人,寄件人电话,收件人,收件人电话,收件地址,重量(kg)'], rows = [];
  for (let i = 0; i < 20; i++) { const p = person(); lines.push(`${genTracking()},${shop.name},${shop.mobile},${p.name},${p.mobile},${p.addr},${(ri(2, 200) / 10).toFixed(1)}`); rows.push([F('name', shop.name), F('mobile', shop.mobile), F('name', p.name), F('mobile', p.mobile)]); }
  emitComputed('exports/misc/waybills_20.csv', lines.join('\n') + '\n', rows, [], 'export-contact', '20 waybill rows, each with the (same) shop sender and a distinct recipient; one row = one record per spec -> 20 -> confidential', {}, { tol: 1, note: 'tolerance 1: a per-person reading gives 21 (20 recipients + 1 sender); sensitivity confidential either way' });
}

// ================================================================= 3. key-value blocks
function kvBlock(p, kinds, style) {
  const L = { name: pick(['姓名', '客户姓名', '联系人', '客户']), mobile: pick(['电话', '手机', '联系电话', '手机号']), email: pick(['邮箱', '电子邮箱']), id: pick(['身份证号', '身份证', '证件号码']), card: pick(['银行卡号', '卡号']), passport: '护照号码', landline: '座机' };
  const val = { name: p.name, mobile: p.mobile, email: p.e, id: p.i, card: p.c, passport: p.p, landline: p.l };
  const parts = kinds.map((k) => `${L[k]}：${val[k]}`);
  const extra = [];
  if (chance(0.6)) extra.push(`地址：${p.addr}`);
  if (chance(0.5)) extra.push(`${pick(['备注', '回访结果', '需求'])}：${pick(['客户对安装服务满意', '要求周末上门', '已赠送延保一年', '咨询会员续费事宜', '对发货速度不满，已安抚', '希望改用电子发票'])}`);
  const fields = kinds.map((k) => F(k, k === 'landline' ? val[k].replace(/\D/g, '') : val[k]));
  if (style === 'inline') return { text: [...parts, ...extra].join('  '), fields };
  return { text: [...parts, ...extra].join('\n'), fields };
}
function kvFile(rel, n, kinds, style, sepStyle, note, opts) {
  const ps = people(n); const blocks = []; const rows = [];
  ps.forEach((p, i) => { const b = kvBlock(p, kinds, style); rows.push(b.fields); blocks.push(sepStyle === 'header' ? `【客户${i + 1}】\n${b.text}` : b.text); });
  const joiner = style === 'inline' ? '\n' : sepStyle === 'header' ? '\n' : sepStyle === 'rule' ? '\n----------------\n' : '\n\n';
  const head = pick(['VIP客户回访记录', '售后登记', '门店来访客户信息', '理赔报案登记', '开户资料汇总']) + `（${date()}）\n\n`;
  return emitComputed(rel, head + blocks.join(joiner) + '\n', rows, [], style === 'inline' ? 'kv-inline' : 'kv-block', note, opts);
}
for (const [n, kinds] of [[1, ['name', 'mobile']], [3, ['name', 'mobile']], [4, ['name', 'mobile', 'email']], [5, ['name', 'mobile']], [9, ['name', 'mobile']], [49, ['name', 'mobile']], [50, ['name', 'mobile']], [1, ['name', 'mobile', 'id']], [4, ['name', 'mobile', 'id']], [9, ['name', 'mobile', 'id']], [10, ['name', 'mobile', 'id']], [12, ['name', 'id']], [6, ['name', 'card', 'mobile']], [11, ['name', 'passport', 'mobile']]]) {
  const sep = pick(['blank', 'blank', 'rule']);
  kvFile(`kv/blocks_${kinds.join('_')}_${pad(n, 2)}.txt`, n, kinds, 'block', sep, `${n} key-value blocks (${kinds.join('+')}), separated by ${sep === 'rule' ? 'a dashed rule' : 'blank lines'}; each block one record`);
}
kvFile('kv/blocks_headers_no_blank_8.txt', 8, ['name', 'mobile'], 'block', 'header', '8 blocks introduced by 【客户N】 with no blank line between blocks; each block one record');
kvFile('kv/blocks_headers_no_blank_10id.txt', 10, ['name', 'id', 'mobile'], 'block', 'header', '10 blocks name+ID+mobile introduced by 【客户N】 lines, no blank lines -> secret');
kvFile('kv/inline_3.txt', 3, ['name', 'mobile'], 'inline', null, '3 lines, each `客户姓名：… 电话：…` inline');
kvFile('kv/inline_20.txt', 20, ['name', 'mobile', 'email'], 'inline', null, '20 inline key-value lines');
kvFile('kv/inline_id_10.txt', 10, ['name', 'id'], 'inline', null, '10 inline lines name+ID -> secret');
kvFile('kv/blocks_gbk_7.txt', 7, ['name', 'mobile', 'landline'], 'block', 'blank', '7 blocks, GB18030-encoded txt', { enc: 'gb18030', eol: '\r\n' });
kvFile('kv/blocks_mobile_email_60.txt', 60, ['mobile', 'email'], 'block', 'blank', '60 blocks mobile+email (no name) -> secret');

// ================================================================= 4. single mentions
const S = 'single';
const staff = () => person();
function signature(p, co, opts = {}) {
  const dom = pick(CDOM); const em = p.py.replace(/^(\w)/, '$1') + '@' + dom;
  const lines = ['--', p.name, `${co} | ${pick(['销售部 客户经理', '市场部 高级经理', '采购部 主管', '财务部 会计', '技术支持工程师'])}`];
  const fields = [];
  if (opts.mobile !== false) { lines.push(`${pick(['手机', 'M', 'Mob', '手机/微信'])}：${fmtMobile(p.mobile, pick(['plain', 'space', 'dash']))}`); fields.push(F('mobile', p.mobile)); }
  if (opts.landline) { lines.push(`电话：${p.l} 转${ri(800, 8999)}`); fields.push(F('landline', p.l.replace(/\D/g, ''))); }
  if (opts.email !== false) { lines.push(`邮箱：${em}`); fields.push(F('email', em)); }
  lines.push(`地址：${genAddr()}`);
  return { text: lines.join('\n'), fields };
}
const GREET = ['您好', '王总您好', '李经理您好', '各位好', '张老师好'];
const BODY = ['附件是本月的报价单，请查收。如有问题随时联系。', '关于上周提到的合同条款，我们法务已经审阅完毕，修改意见见附件。', '贵司第二季度的对账单已核对无误，请安排付款。', '下周三的产品培训改到线上进行，会议链接稍后发送。', '感谢贵司对我们的支持，样品已于今日寄出，请注意查收。'];
for (let i = 0; i < 10; i++) {
  const p = staff(); const co = pick(COMPANIES);
  const o = [{}, { landline: true }, { email: false }, { mobile: false }, { landline: true, mobile: false }][i % 5];
  const sig = signature(p, co, o);
  const txt = `主题：${pick(['报价单', '合同修改意见', '对账单确认', '培训时间调整', '样品寄送'])}\n\n${pick(GREET)}：\n\n${pick(BODY)}\n\n祝好！\n\n${sig.text}\n`;
  const L = computeLabel([], sig.fields);
  const nf = sig.fields.length;
  emit(`${S}/email_signature_${pad(i + 1, 2)}.txt`, txt, { vals: sig.fields.map((f) => f.v), sensitivity: 'internal', records: 0, tol: nf >= 2 ? 1 : 0, note: `e-mail with one signature (${sig.fields.map((f) => f.t).join('+')}) -> contact data only -> internal; ${nf >= 2 ? 'the signature lines could be read as one key-value block (1 record) or as separate lines (0): tolerance 1' : 'only one contact value -> 0 records'}`, cat: 'single-signature' });
  void L;
}
// memo / chat mentioning one customer with a phone
for (let i = 0; i < 8; i++) {
  const c = person(); const a = staff(), b = staff();
  const m = fmtMobile(c.mobile, pick(['plain', 'dash', 'space']));
  const day = date(); let mm = ri(0, 50); const dtime = () => `${day} ${pad(ri(9, 17), 2)}:${pad(mm++, 2)}:${pad(ri(0, 59), 2)}`;
  const variants = [
    `【内部备忘】${date()}\n\n关于客户投诉处理：客户${c.name}（手机${m}）于上周反映所购${pick(PRODUCTS)}存在异响，已安排售后工程师上门检测。请售后部于本周五前完成回访并在系统中登记结果。\n\n客服中心\n`,
    `${dtime()} ${a.name}：@${b.name} 昨天那个退货客户的电话发我一下\n${dtime()} ${b.name}：${c.name} ${m}，他下午三点以后方便接电话\n${dtime()} ${a.name}：好的收到，我来跟进\n`,
    `工作周报（${date()}）\n\n1. 完成华东区渠道对账，差异金额已查明。\n2. 大客户${c.name}先生续约意向明确，联系电话${m}，下周拜访。\n3. 新品推广方案初稿已提交，待市场部评审。\n`,
    `值班记录\n时间：${dtime()}\n事项：小区业主${c.name}来电反映地下车库照明故障，回拨号码 ${m}，已通知物业维修班处理。\n处理人：值班室\n`,
  ];
  emit(`${S}/memo_one_customer_${pad(i + 1, 2)}.txt`, variants[i % 4], { vals: [c.mobile], sensitivity: 'internal', records: 1, tol: 1, note: 'one customer named in running text next to one mobile (chat / memo). Contact data only -> internal. Whether the prose name counts as a person-context name (客户X / speaker line) is open: 0 or 1 record accepted (tolerance 1)', cat: 'single-memo' });
}
// letters with one ID number / one bank card / one passport
for (let i = 0; i < 5; i++) {
  const p = person(); const co = pick(COMPANIES);
  const v = [
    `在职证明\n\n兹证明${p.name}，性别${pick(['男', '女'])}，身份证号码：${p.i}，自${ri(2010, 2022)}年${ri(1, 12)}月起在我公司任职，现任${pick(['市场部经理', '财务主管', '软件工程师', '行政专员'])}，月收入税前人民币${ri(8, 40)}000元。\n\n特此证明。\n\n${co}（盖章）\n${date()}\n`,
    `授权委托书\n\n委托人：${co}\n受托人：${p.name}\n受托人身份证号：${p.i}\n\n现委托上述受托人代表我公司办理营业执照变更登记事宜，委托期限自${date()}起三十日。\n\n委托单位（盖章）\n`,
    `致${pick(['人力资源部', '社保中心', '物业服务中心'])}：\n\n我单位员工${p.name}（公民身份号码 ${p.i}）因工作调动需办理社保关系转移，请予以协助办理。\n\n此致\n敬礼！\n\n${co}\n${date()}\n`,
  ][i % 3];
  const rec = i % 3 === 1 ? 1 : 0;
  emit(`${S}/letter_one_id_${pad(i + 1, 2)}.txt`, v, { vals: [p.i], sensitivity: 'confidential', records: rec, tol: 1, note: `letter with exactly one resident ID (+ the holder's name) -> any sensitive value -> confidential. Records ${rec === 1 ? 'likely 1: 受托人：/受托人身份证号： is a key-value block' : 'likely 0: the name is in prose'}; 0/1 accepted (tolerance 1)`, cat: 'single-letter-id' });
}
for (let i = 0; i < 3; i++) {
  const p = person();
  const txt = `退款申请单\n\n申请日期：${date()}\n客户姓名：${p.name}\n退款原因：${pick(['商品质量问题', '重复支付', '订单取消'])}\n退款金额：¥${money()}\n退款账户：${fmtCard(p.c, i !== 1)}（${pick(['中国工商银行', '中国建设银行', '招商银行', '中国农业银行'])}）\n订单号：${genOrder18()}\n\n审批：财务部\n`;
  emit(`${S}/refund_card_${pad(i + 1, 2)}.txt`, txt, { vals: [p.c], sensitivity: 'confidential', records: 1, tol: 0, note: 'refund form: 客户姓名：+ bank card (Luhn-valid) in one key-value block -> 1 record with a sensitive field -> confidential', cat: 'single-card' });
}
for (let i = 0; i < 2; i++) {
  const p = person();
  const txt = `签证材料清单确认\n\n出行人姓名：${p.name}\n护照号码：${p.p}\n出行日期：${date()}\n目的地：${pick(['日本', '新加坡', '法国', '澳大利亚'])}\n\n请于出发前15个工作日提交护照原件及照片。\n`;
  emit(`${S}/visa_passport_${pad(i + 1, 2)}.txt`, txt, { sensitivity: 'confidential', records: 1, tol: 0, note: 'one passport number with 护照号码 label + 出行人姓名 in one block -> 1 sensitive record -> confidential', cat: 'single-passport' });
}
{
  const p = person();
  const txt = `个人开户申请表\n\n姓名：${p.name}\n手机：${p.mobile}\n身份证号：${p.i}\n联系地址：${p.addr}\n开户网点：${pick(['朝阳支行', '徐汇支行', '南山支行'])}\n\n申请人签字：__________\n`;
  emit(`${S}/account_application_1.txt`, txt, { vals: [p.mobile, p.i], sensitivity: 'confidential', records: 1, tol: 0, note: 'one key-value block name+mobile+ID -> 1 sensitive record -> confidential', cat: 'single-letter-id' });
  const q = person();
  const chat = `${dtime()} 客服小美：您好，请提供下单人的身份证号用于实名核验\n${dtime()} 用户：${q.i}\n${dtime()} 客服小美：好的，已核验通过，感谢配合\n`;
  emit(`${S}/chat_id_pasted.txt`, chat, { vals: [q.i], sensitivity: 'confidential', records: 0, tol: 0, note: 'chat with one pasted ID number, no other person field -> confidential, 0 records (客服小美 is a nickname, not a person-context name)', cat: 'single-letter-id' });
}
// meeting minutes (prose names only) -> public
for (let i = 0; i < 5; i++) {
  const n = Array.from({ length: 6 }, () => genName()[0]);
  const txt = `${pick(['市场部', '产品研发中心', '华东区销售', '财务共享中心'])}周例会纪要\n\n时间：${date()} 14:00-15:30\n地点：3号会议室\n\n会议由${n[0]}主持。${n[1]}汇报了第二季度销售数据，同比增长${ri(3, 30)}.${ri(0, 9)}%，其中线上渠道贡献过半。${n[2]}介绍了新品${pick(PRODUCTS)}的上市计划，预计${ri(7, 12)}月量产。${n[3]}提出售后成本偏高的问题，建议与物流供应商重新议价。经讨论，会议决定：\n\n一、由${n[4]}牵头，本月底前完成渠道返利政策调整方案；\n二、${n[5]}负责跟进供应商议价，下次例会汇报进展；\n三、各部门于周五前提交下季度预算。\n\n下次会议时间另行通知。\n`;
  emit(`${S}/minutes_prose_${pad(i + 1, 2)}.txt`, txt, { sensitivity: 'public', records: 0, tol: 0, note: 'meeting minutes naming 6 staff only in running prose, no contact values -> names from prose alone do not count -> public', cat: 'prose-names' });
}
for (let i = 0; i < 2; i++) {
  const n = Array.from({ length: 5 }, () => genName()[0]);
  const txt = `项目启动会会议纪要\n\n主持人：${n[0]}\n记录人：${n[1]}\n参会人员：${n.slice(2).join('、')}\n\n一、项目背景：客户计划于年内上线新版会员系统。\n二、分工：前端由${n[2]}负责，后端由${n[3]}负责。\n三、里程碑：${date()}完成需求评审。\n`;
  emit(`${S}/minutes_attendees_${pad(i + 1, 2)}.txt`, txt, { sensitivity: 'any', records: 0, tol: 0, note: 'AMBIGUOUS: names after 主持人：/记录人：/参会人员： labels. These are labelled fields like `联系人：张伟` but not the listed person contexts (姓名/联系人/客户). public (prose-like) or internal (labelled name) both defensible. No contact values -> 0 records either way', cat: 'prose-names' });
}
// news-like prose with many names
const NEWS = [
  (n) => `本报讯 ${date()}，第十二届全国中小企业创新大赛总决赛在杭州落幕。来自${ri(20, 31)}个省份的${ri(100, 300)}支团队参赛。${n[0]}领衔的智能制造团队凭借工业视觉检测方案夺得一等奖。评委${n[1]}表示，今年参赛项目在技术成熟度上明显提升。获得二等奖的${n[2]}介绍，团队成员平均年龄不到三十岁。大赛组委会负责人${n[3]}透露，明年将增设绿色低碳专项赛道。\n`,
  (n) => `${date()}，市人民医院举行新院区启用仪式。院长${n[0]}在致辞中说，新院区设置床位${ri(800, 1500)}张，将有效缓解城东片区就医难题。心内科主任${n[1]}、儿科主任${n[2]}分别介绍了学科建设情况。市民${n[3]}告诉记者，以前看病要跑半个城，现在步行十分钟就到。\n`,
  (n) => `昨日，${pick(['江南大学', '华中理工学院', '西部财经大学'])}举行${ri(2023, 2024)}届毕业典礼。校长${n[0]}寄语毕业生“保持好奇，脚踏实地”。优秀毕业生代表${n[1]}发言，回顾了在校期间参与乡村振兴调研的经历。校友${n[2]}、${n[3]}向母校捐赠奖学金。\n`,
];
for (let i = 0; i < 6; i++) {
  const n = Array.from({ length: 4 }, () => genName()[0]);
  emit(`${S}/news_${pad(i + 1, 2)}.txt`, NEWS[i % 3](n), { sensitivity: 'public', records: 0, tol: 0, note: 'news-like prose with several names and no contact values -> public', cat: 'prose-names' });
}
// product pages with 400/800 hotlines
for (let i = 0; i < 5; i++) {
  const prod = pick(PRODUCTS);
  const txt = `# ${prod} 产品介绍\n\n型号：${pick(['E', 'G'])}${digits(8)}\n额定功率：${ri(20, 2200)}W\n净重：${ri(1, 20)}.${ri(0, 9)}kg\n参考价格：¥${money()}\n\n## 售后服务\n\n- 全国联保两年，整机三年质保\n- 客服热线：400-${ri(600, 899)}-${digits(4)}（周一至周日 8:00-22:00）\n- 免费投诉电话：800-${ri(810, 830)}-${digits(4)}\n- 银行合作分期请致电 95588\n- 执行标准：GB 4706.1-2005；商品条码 69${digits(11)}\n`;
  emit(`${S}/product_page_${pad(i + 1, 2)}.md`, txt, { sensitivity: 'public', records: 0, tol: 0, note: 'product page: 400/800 company hotlines and 95588 are not landlines (no trunk-0 area code); model E/G+8 digits without a passport label; EAN barcode -> public', cat: 'hotline' });
}
{
  const txt = `# 售后服务说明\n\n尊敬的用户，如您在使用中遇到问题，可通过以下方式联系我们：\n\n- 全国服务热线：400-${ri(600, 899)}-${digits(4)}\n- 售后邮箱：service@${pick(CDOM)}\n\n我们将在24小时内回复。\n`;
  emit(`${S}/service_page_with_email.md`, txt, { sensitivity: 'internal', records: 0, tol: 0, note: 'service page with a role e-mail address; the spec counts any e-mail as a person field -> internal (literal reading; DLP intent might call it public), 0 records', cat: 'hotline' });
  const txt2 = `联系我们\n\n${pick(COMPANIES)}\n总机：${genLandline()}\n传真：${genLandline()}\n客服热线：400-${ri(600, 899)}-${digits(4)}\n地址：${genAddr()}\n`;
  emit(`${S}/contact_page_landline.txt`, txt2, { sensitivity: 'internal', records: 0, tol: 1, note: 'company contact page with switchboard + fax landlines: landline is a person field under the spec -> internal. 总机/传真 on separate lines: 0 records (tolerance 1 if read as a 2-field block)', cat: 'hotline' });
}
for (let i = 0; i < 3; i++) {
  const p = person();
  const txt = `送货单\n\n单号：${genOrder16()}\n联系人：${p.name}\n送货地址：${p.addr}\n货物：${pick(PRODUCTS)} × ${ri(1, 5)}\n备注：${pick(REMARKS) || '无'}\n`;
  emit(`${S}/delivery_note_name_only_${pad(i + 1, 2)}.txt`, txt, { sensitivity: 'internal', records: 0, tol: 0, note: '联系人：<name> with an address but no phone -> one person field (name in person context) -> internal, 0 records', cat: 'single-name' });
}

// ================================================================= 5. decoys (no person data)
const DC = 'decoy';
{
  const rows = ['订单号,下单时间,商品,数量,实付金额,支付流水号,物流单号,订单状态'];
  for (let i = 0; i < 150; i++) rows.push([genOrder18(), dtime(), pick(PRODUCTS), ri(1, 5), money(), chance(0.5) ? genWxTxn() : genAliTrade(), genTracking(), pick(['已发货', '已签收', '待付款', '已取消', '退款成功'])].join(','));
  emit(`${DC}/orders_150.csv`, rows.join('\n') + '\n', { sensitivity: 'public', records: 0, tol: 0, note: '150 orders: 18-digit date-prefixed order numbers (region 20 invalid, Luhn-invalid), 28-digit payment numbers, tracking numbers, amounts; no person fields -> public', cat: 'decoy' });
  emit(`${DC}/orders_150_gbk.csv`, rows.slice(0, 80).join('\n') + '\n', { sensitivity: 'public', records: 0, tol: 0, note: 'GB18030 version of the order decoys, 79 rows -> public', cat: 'decoy', }, { enc: 'gb18030', eol: '\r\n' });
  const r2 = ['快递单号\t寄达城市\t重量(kg)\t揽收时间\t网点编码'];
  for (let i = 0; i < 120; i++) r2.push([genTracking(), pick(['北京', '上海', '广州', '成都', '武汉']), (ri(1, 300) / 10).toFixed(1), dtime(), '0' + digits(6)].join('\t'));
  emit(`${DC}/tracking_120.tsv`, r2.join('\n') + '\n', { sensitivity: 'public', records: 0, tol: 0, note: 'tracking numbers (SF/YT/JT + 13 digits, 12-14-digit 中通/韵达), 7-digit outlet codes starting 0 -> public', cat: 'decoy' });
  const r3 = ['发票代码,发票号码,开票日期,购方名称,购方税号,金额,税额,价税合计'];
  for (let i = 0; i < 40; i++) { const a = +money(); r3.push([genInvCode(), genInvNo(), date(), pick(COMPANIES), genUscc(), a.toFixed(2), (a * 0.13).toFixed(2), (a * 1.13).toFixed(2)].join(',')); }
  emit(`${DC}/invoices_40.csv`, r3.join('\n') + '\n', { sensitivity: 'public', records: 0, tol: 0, note: 'invoice list: 12-digit 发票代码 starting 0, 8-digit 发票号码, company names, USCC tax numbers -> public', cat: 'decoy' });
  const r3b = ['全电发票号码,开票日期,销方名称,金额'];
  for (let i = 0; i < 30; i++) r3b.push([genEInv(), date(), pick(COMPANIES), money()].join(','));
  emit(`${DC}/einvoices_30.csv`, r3b.join('\n') + '\n', { sensitivity: 'public', records: 0, tol: 0, note: '20-digit 全电发票 numbers (contain 18/19-digit windows) -> public', cat: 'decoy' });
  const r4 = ['设备序列号,IMEI,ICCID,型号,入库时间'];
  for (let i = 0; i < 60; i++) r4.push(['SN' + digits(10), genImei(), genIccid(), pick(['X20', 'T9', 'H3', 'M1']), genTsMs()].join(','));
  emit(`${DC}/device_inventory_60.csv`, r4.join('\n') + '\n', { sensitivity: 'public', records: 0, tol: 0, note: 'IMEI (15 digits, Luhn-valid by design), 20-digit ICCID, 13-digit ms timestamps -> public', cat: 'decoy' });
  const nick = ['小鱼儿', '阳光总在风雨后', '追梦人', 'Tony', '大白', '星辰', '海阔天空', '老猫', '木木', '风一样的男子', '晴天', '咖啡不加糖'];
  const r5 = ['群昵称,QQ,入群时间,活跃度'];
  for (let i = 0; i < 45; i++) r5.push([pick(nick) + (chance(0.4) ? ri(1, 99) : ''), genQQ(), date(), ri(0, 100)].join(','));
  emit(`${DC}/qq_group_members_45.csv`, r5.join('\n') + '\n', { sensitivity: 'public', records: 0, tol: 0, note: 'QQ group export: nicknames (not names, no name column) and 6-10-digit QQ numbers -> public', cat: 'decoy' });
  const r6 = [];
  for (let i = 0; i < 200; i++) r6.push(`${dtime()}.${pad(ri(0, 999), 3)} ${pick(['INFO', 'INFO', 'WARN', 'DEBUG'])} [${pick(['order-svc', 'pay-gw', 'inventory'])}] traceId=${safeNum(16)} spanId=${genSnowflake()} uid=${ri(10000000, 999999999)} ts=${genTsMs()} orderNo=${genOrder18()} cost=${ri(2, 900)}ms ${pick(['create order ok', 'query stock', 'callback received', 'retry 1/3', 'cache miss'])}`);
  emit(`${DC}/app_server.log`, r6.join('\n') + '\n', { sensitivity: 'public', records: 0, tol: 0, note: 'server log: 16-digit traceIds, 19-digit snowflake ids (Luhn-invalid, not 62/81), numeric uids, ms timestamps, 18-digit order numbers -> public', cat: 'decoy' });
  const r7 = ['交易日期,交易摘要,交易金额,账户余额,对方户名,交易流水号'];
  for (let i = 0; i < 50; i++) r7.push([date(), pick(['工资', '转账', '消费', '还款', '利息']), (chance(0.5) ? '-' : '') + money(), money(), pick(['财付通', '支付宝', pick(COMPANIES)]), luhnBreak('2024' + digits(15))].join(','));
  emit(`${DC}/bank_statement_masked.csv`, `账户：${maskCard(genCard())}\n户名：${maskName(genName()[0])}\n\n` + r7.join('\n') + '\n', { sensitivity: 'public', records: 0, tol: 0, note: 'statement with masked card (6222 **** **** 8901) and masked 户名 (张**); 19-digit Luhn-invalid 流水号; counterparties are companies/platforms -> public', cat: 'decoy' });
  const r8 = ['物料编码,名称,规格,库存,单价'];
  for (let i = 0; i < 40; i++) r8.push([pick(['E', 'G', 'P']) + digits(8), pick(['轴承', '密封圈', '电机', '传感器', '螺栓']), `M${ri(3, 24)}x${ri(10, 200)}`, ri(0, 5000), money()].join(','));
  emit(`${DC}/parts_E_numbers_40.csv`, r8.join('\n') + '\n', { sensitivity: 'public', records: 0, tol: 0, note: 'part numbers E/G/P + 8 digits (passport-shaped) without any passport label -> public', cat: 'decoy' });
  const r9 = ['传感器ID,采集时间(ms),温度,湿度,PM2.5'];
  for (let i = 0; i < 100; i++) r9.push([`TH-${pad(ri(1, 64), 3)}`, genTsMs(), (ri(150, 320) / 10).toFixed(1), ri(20, 90), ri(3, 180)].join(','));
  emit(`${DC}/sensor_timestamps_100.csv`, r9.join('\n') + '\n', { sensitivity: 'public', records: 0, tol: 0, note: '13-digit ms timestamps starting 17 (contain allocated 170-178 windows) -> public', cat: 'decoy' });
  const look = ['001673197005094813'];
  while (look.length < 12) { const b = pick(['20', '00', '99', '19', '80']) + digits(4) + genBirth() + pad(ri(1, 999), 3); const v = b + idCheck(b); if (!luhnValid(v)) look.push(v); }
  emit(`${DC}/id_lookalikes.txt`, '对账批次号（系统生成，勿改）：\n' + look.join('\n') + '\n', { sensitivity: 'public', records: 0, tol: 0, note: '18-digit numbers with a valid MOD 11-2 char and a real date but invalid province prefix (00/19/20/80/99) -> not IDs -> public', cat: 'decoy' });
  const r10 = [];
  for (let i = 0; i < 30; i++) r10.push(`${date()} 会议室预订 ${pick(['A301', 'B205', 'C110'])} ${pad(ri(8, 18), 2)}:00-${pad(ri(9, 20), 2)}:00 工单号${digits(12)} 费用${money()}元 ${pick(['周一例会', '关于年度预算', '付款审批', '余额核对'])}`);
  emit(`${DC}/room_booking.txt`, r10.join('\n') + '\n', { sensitivity: 'public', records: 0, tol: 0, note: '12-digit work-order numbers, dates, amounts, surname-char trap words (周一/关于/付款/余额) -> public', cat: 'decoy' });
  const json = []; for (let i = 0; i < 25; i++) json.push({ orderId: genOrder18(), createdAt: Number(genTsMs()), sku: 'E' + digits(8), amount: +money(), payNo: genWxTxn(), imei: genImei(), status: pick(['PAID', 'SHIPPED']) });
  emit(`${DC}/orders_export.json`, JSON.stringify(json, null, 2) + '\n', { sensitivity: 'public', records: 0, tol: 0, note: 'JSON orders with numeric decoys only -> public', cat: 'decoy' });
  emit(`${DC}/release_notes.md`, `# v3.2.0 发布说明\n\n- 修复 \`icon@2x.png\` 在高分屏模糊的问题\n- 依赖升级：\`@scope/ui-kit\` 至 2.4.1\n- 代码仓库：git@github.com:example-org/shop-web.git\n- 支持 CSS \`@media (prefers-color-scheme: dark)\`\n- 订单号长度由16位调整为18位（示例：${genOrder18()}）\n- 时间戳统一为毫秒（示例：${genTsMs()}）\n`, { sensitivity: 'public', records: 0, tol: 0, note: 'e-mail traps (icon@2x.png, @scope/pkg, @media) -> public. git@github.com is literally an address-shaped token; it is a repo URL, not an e-mail of a person (cn-formats lists it as a trap) -> public', cat: 'decoy' });
  emit(`${DC}/clean_policy.txt`, `信息安全管理制度（节选）\n\n第一条 为规范公司信息资产管理，保障客户数据安全，根据《个人信息保护法》制定本制度。\n第二条 员工不得通过个人邮箱、网盘或即时通讯工具外发客户名单。\n第三条 确需对外提供数据的，应经部门负责人和信息安全部审批，并对手机号、身份证号等字段进行脱敏处理，例如 138****5678、110105********002X。\n第四条 违反本制度的，按《员工奖惩办法》处理。\n`, { sensitivity: 'public', records: 0, tol: 0, note: 'policy text with masked examples only -> public', cat: 'masked' });
}
// decoys mixed into real lists
{
  const D = 'decoy-mixed';
  for (const [n, enc] of [[4, 'utf8'], [5, 'utf8'], [12, 'gb18030'], [48, 'utf8'], [50, 'bom'], [130, 'gb18030']]) {
    const t = table({ cols: ['order', 'ts', 'name', 'mobile', 'addr', 'product', 'amount', 'txn', 'tracking'], n, headers: ['订单号', '下单时间戳', '收货人', '收货人手机', '收货地址', '商品', '实付', '支付流水号', '物流单号'] });
    emitComputed(`${D}/orders_with_buyers_${n}.csv`, t.text, t.rows, [], 'decoy-mixed', `${n} orders with buyer name+mobile among order/payment/tracking/timestamp decoys`, { enc, eol: enc === 'utf8' ? '\n' : '\r\n' });
  }
  // list where some rows are only decoys (company buyer without person)
  const lines = ['订单号,收货人,手机,IMEI,金额'], rows = [];
  for (let i = 0; i < 30; i++) {
    if (i % 3 === 0) { lines.push([genOrder18(), '门店自提', '', genImei(), money()].join(',')); rows.push([]); }
    else { const p = person(); lines.push([genOrder18(), p.name, p.mobile, genImei(), money()].join(',')); rows.push([F('name', p.name), F('mobile', p.mobile)]); }
  }
  emitComputed(`${D}/orders_mixed_pickup_30.csv`, lines.join('\n') + '\n', rows, [], 'decoy-mixed', '30 rows; every third is 门店自提 with no person data -> 20 records');
  const lines2 = ['会员卡号,姓名,身份证号,积分,注册时间'], rows2 = [];
  for (let i = 0; i < 11; i++) { const p = person(); const valid = i < 9; const id = valid ? p.i : badId(); lines2.push([luhnBreak('8' + digits(15)), p.name, id, ri(0, 20000), genTsMs()].join(',')); rows2.push(valid ? [F('name', p.name), F('id', p.i)] : [F('name', p.name)]); }
  emitComputed(`${D}/members_ids_11_2bad.csv`, lines2.join('\n') + '\n', rows2, [], 'decoy-mixed', '11 members; 2 IDs have a wrong check character -> 9 sensitive records -> confidential (not secret); 16-digit Luhn-invalid 会员卡号 starting 8');
  const lines3 = ['客户,QQ,手机,最近下单'], rows3 = [];
  for (let i = 0; i < 6; i++) { const p = person(); lines3.push([p.name, genQQ(), p.mobile, genOrder18()].join(',')); rows3.push([F('name', p.name), F('mobile', p.mobile)]); }
  emitComputed(`${D}/customers_qq_6.csv`, lines3.join('\n') + '\n', rows3, [], 'decoy-mixed', '6 rows name+QQ+mobile+order; QQ is not a person field in the spec -> 6 records -> confidential');
}

// ================================================================= 6. logs / JSON
{
  const D = 'logs';
  const loginLog = (rel, nUsers, nLines, kinds, note, opts) => {
    const ps = people(nUsers); const lines = []; const rows = [];
    for (let i = 0; i < nLines; i++) {
      const p = i < nUsers ? ps[i] : pick(ps);
      const parts = []; const f = [];
      for (const k of kinds) { if (k === 'mobile') { parts.push(`mobile=${p.mobile}`); f.push(F('mobile', p.mobile)); } if (k === 'email') { parts.push(`email=${p.e}`); f.push(F('email', p.e)); } if (k === 'name') { parts.push(`name=${p.name}`); f.push(F('name', p.name)); } if (k === 'id') { parts.push(`idNo=${p.i}`); f.push(F('id', p.i)); } }
      lines.push(`${dtime()}.${pad(ri(0, 999), 3)} INFO [${pick(['auth', 'member', 'kyc'])}] ${pick(['login success', 'profile updated', 'realname verify ok', 'sms code sent'])} uid=${ri(10000000, 99999999)} ${parts.join(' ')} ip=10.${ri(0, 255)}.${ri(0, 255)}.${ri(1, 254)} traceId=${safeNum(16)}`);
      rows.push(f);
    }
    const sorted = lines.map((l, i) => [l, rows[i]]).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    emitComputed(`${D}/${rel}`, sorted.map((x) => x[0]).join('\n') + '\n', sorted.map((x) => x[1]), [], 'log', note, opts);
  };
  loginLog('auth_3users.log', 3, 3, ['mobile', 'email'], '3 log lines each with mobile+email');
  loginLog('auth_7users.log', 7, 7, ['mobile', 'name'], '7 log lines mobile+name=');
  loginLog('auth_60users.log', 60, 60, ['mobile', 'email'], '60 lines, 60 distinct users');
  loginLog('auth_40users_300lines.log', 40, 300, ['mobile', 'email'], '300 login lines from 40 distinct users (repeated lines have identical person fields) -> 40 distinct -> confidential');
  loginLog('auth_4users_90lines.log', 4, 90, ['name', 'mobile'], '90 lines from 4 distinct users -> 4 -> internal');
  loginLog('kyc_8users.log', 8, 8, ['name', 'id'], 'KYC log 8 lines name+ID -> confidential');
  loginLog('kyc_12users_50lines.log', 12, 50, ['mobile', 'id'], 'KYC log 50 lines from 12 users mobile+ID -> 12 sensitive distinct -> secret');
  // single-field log lines
  const ps = people(15); const l2 = ps.map((p) => `${dtime()} INFO [sms] template=ORDER_SHIPPED to=${p.mobile} status=DELIVERED msgId=${safeNum(18)}`);
  emitComputed(`${D}/sms_gateway_15.log`, l2.join('\n') + '\n', ps.map((p) => [F('mobile', p.mobile)]), [], 'log', 'SMS gateway log: 15 lines each with one mobile only (18-digit msgIds are date-prefixed, not IDs, Luhn-invalid) -> internal, 0 records');
  // mixed: some lines records, some single-field
  const ps2 = people(9); const l3 = []; const r3 = [];
  ps2.forEach((p, i) => { if (i % 3 === 0) { l3.push(`${dtime()} WARN [order] address changed by customer mobile=${p.mobile}`); r3.push([F('mobile', p.mobile)]); } else { l3.push(`${dtime()} INFO [order] receiver=${p.name} phone=${p.mobile} orderNo=${genOrder18()}`); r3.push([F('name', p.name), F('mobile', p.mobile)]); } });
  emitComputed(`${D}/order_events_9.log`, l3.join('\n') + '\n', r3, [], 'log', '9 lines; 3 carry only a mobile -> 6 records -> confidential');
}
{
  const D = 'json';
  const jsonl = (rel, n, kinds, note, nested = false) => {
    const ps = people(n); const lines = [], rows = [];
    for (const p of ps) {
      const o = { orderNo: genOrder18(), createdAt: Number(genTsMs()) }; const f = [];
      const tgt = nested ? (o.receiver = {}) : o;
      for (const k of kinds) { const key = { name: pick(['name', 'customerName', '姓名']), mobile: pick(['mobile', 'phone', 'tel']), email: 'email', id: pick(['idCard', 'idNo']), card: 'bankCard' }[k]; const v = { name: p.name, mobile: p.mobile, email: p.e, id: p.i, card: p.c }[k]; tgt[key] = v; f.push(F(k, v)); }
      o.amount = +money(); lines.push(JSON.stringify(o)); rows.push(f);
    }
    emitComputed(`${D}/${rel}`, lines.join('\n') + '\n', rows, [], 'json', note);
  };
  jsonl('orders_4.jsonl', 4, ['name', 'mobile'], 'JSONL, one object per line, name+mobile');
  jsonl('orders_25.jsonl', 25, ['name', 'mobile'], 'JSONL 25 objects', true);
  jsonl('orders_80.jsonl', 80, ['mobile', 'email'], 'JSONL 80 objects mobile+email');
  jsonl('kyc_9.jsonl', 9, ['name', 'id'], 'JSONL 9 objects name+ID -> confidential');
  jsonl('kyc_10.jsonl', 10, ['name', 'id', 'mobile'], 'JSONL 10 objects name+ID+mobile -> secret');
  jsonl('cards_3.jsonl', 3, ['name', 'card'], 'JSONL 3 objects name+card -> confidential');
  const pretty = (rel, n, kinds, note, wrap) => {
    const ps = people(n); const arr = [], rows = [];
    for (const p of ps) { const o = { id: ri(1000, 99999) }; const f = []; for (const k of kinds) { const v = { name: p.name, mobile: p.mobile, email: p.e, id: p.i, card: p.c, landline: p.l }[k]; o[{ name: '客户姓名', mobile: '手机号', email: '邮箱', id: '身份证号', card: '银行卡号', landline: '座机' }[k]] = v; f.push(F(k, k === 'landline' ? v.replace(/\D/g, '') : v)); } o.city = p.addr.slice(0, 3); o.updated = dtime(); arr.push(o); rows.push(f); }
    const body = wrap ? { code: 0, msg: 'ok', data: { total: n, list: arr } } : arr;
    emitComputed(`${D}/${rel}`, JSON.stringify(body, null, 2) + '\n', rows, [], 'json', note + ' (pretty-printed; each object spans several lines and is one record)');
  };
  pretty('customers_5.json', 5, ['name', 'mobile'], 'JSON array of 5 objects', false);
  pretty('customers_4.json', 4, ['name', 'email', 'landline'], 'JSON array of 4 objects', false);
  pretty('api_response_11_ids.json', 11, ['name', 'id'], 'API response with 11 objects name+ID -> secret', true);
  pretty('api_response_50.json', 50, ['name', 'mobile'], 'API response 50 objects -> secret', true);
  pretty('api_response_49.json', 49, ['mobile', 'email'], 'API response 49 objects -> confidential', true);
}

// ================================================================= 7. masked
{
  const D = 'masked';
  const ps = people(120); const l = ['客户姓名,手机号,身份证号,银行卡号,邮箱'];
  for (const p of ps) l.push([maskName(p.name), maskMobile(p.mobile), maskId(p.i), maskCard(p.c), p.e.replace(/^(.{2})[^@]*/, '$1***')].join(','));
  emit(`${D}/fully_masked_120.csv`, l.join('\n') + '\n', { sensitivity: 'public', records: 0, tol: 0, note: 'every person value masked (张**, 138****5678, 110105********002X, 6222 **** **** 8901, zh***@163.com) -> masked values are not findings -> public', cat: 'masked' });
  const l2 = ['客户姓名,手机号,身份证号,备注'];
  for (const p of ps.slice(0, 60)) l2.push([maskName(p.name), maskMobile(p.mobile), maskId(p.i), pick(REMARKS)].join(','));
  emit(`${D}/masked_no_email_60.csv`, l2.join('\n') + '\n', { sensitivity: 'public', records: 0, tol: 0, note: 'masked names/mobiles/IDs only -> public', cat: 'masked' }, { enc: 'gb18030', eol: '\r\n' });
  const ps2 = people(30); const l3 = ['姓名,手机号,城市']; const r3 = [];
  for (const p of ps2) { l3.push([p.name, maskMobile(p.mobile), p.addr.slice(0, 3)].join(',')); r3.push([F('name', p.name)]); }
  emitComputed(`${D}/names_clear_phones_masked_30.csv`, l3.join('\n') + '\n', r3, [], 'masked', 'real names in 姓名 column but masked phones -> names only -> internal, 0 records');
  const ps3 = people(12); const l4 = ['姓名,手机号,身份证号']; const r4 = [];
  for (const p of ps3) { l4.push([p.name, p.mobile, maskId(p.i)].join(',')); r4.push([F('name', p.name), F('mobile', p.mobile)]); }
  emitComputed(`${D}/ids_masked_12.csv`, l4.join('\n') + '\n', r4, [], 'masked', '12 rows name+mobile with masked IDs -> 12 contact records, no sensitive value -> confidential (not secret)');
  const ps4 = people(6); const blocks = [];
  for (const p of ps4) blocks.push(`姓名：${p.name}\n电话：${maskMobile(p.mobile)}\n地址：${p.addr}`);
  emitComputed(`${D}/kv_masked_phones_6.txt`, '回访名单（已脱敏）\n\n' + blocks.join('\n\n') + '\n', ps4.map((p) => [F('name', p.name)]), [], 'masked', 'key-value blocks with real names but masked phones -> internal, 0 records');
  const l5 = []; for (let i = 0; i < 40; i++) l5.push(`${dtime()} INFO [sms] to=${maskMobile(genMobile())} name=${maskName(genName()[0])} code=****`);
  emit(`${D}/sms_masked.log`, l5.join('\n') + '\n', { sensitivity: 'public', records: 0, tol: 0, note: 'log with masked mobiles and masked names only -> public', cat: 'masked' });
  const ps5 = people(20); const l6 = ['| 姓名 | 手机 | 身份证 |', '|---|---|---|'];
  for (const p of ps5) l6.push(`| ${maskName(p.name)} | ${p.mobile.slice(0, 3)}xxxx${p.mobile.slice(7)} | ${p.i.slice(0, 3)}***************${p.i.slice(-1)} |`);
  emit(`${D}/masked_table.md`, '# 中奖名单公示\n\n' + l6.join('\n') + '\n', { sensitivity: 'public', records: 0, tol: 0, note: 'winner list masked with xxxx / *** -> public', cat: 'masked' });
}


// ================================================================= 8. more single mentions, documents, decoys
{
  const M = 'docs-misc';
  // onboarding notice: one KV block name+mobile+email -> 1 contact record
  for (let i = 0; i < 3; i++) {
    const p = person(); const em = p.py + '@' + pick(CDOM);
    const txt = `新员工入职通知\n\n各位同事：\n\n欢迎新同事加入${pick(['研发中心', '华南销售部', '财务部'])}！\n\n姓名：${p.name}\n岗位：${pick(['前端工程师', '大客户经理', '出纳'])}\n手机：${p.mobile}\n邮箱：${em}\n入职日期：${date()}\n\n请相关部门做好工位及账号开通准备。\n\n人力资源部\n`;
    emit(`${M}/onboarding_notice_${i + 1}.txt`, txt, { vals: [p.mobile], sensitivity: 'internal', records: 1, tol: 0, note: 'one 姓名：/手机：/邮箱： key-value block -> 1 contact record -> internal', cat: 'single-kv' });
  }
  // resume
  for (let i = 0; i < 4; i++) {
    const p = person(); const withId = i % 2 === 1;
    const txt = `个人简历\n\n姓名：${p.name}\n性别：${pick(['男', '女'])}\n出生年月：${ri(1985, 2000)}年${ri(1, 12)}月\n${withId ? `身份证号：${p.i}\n` : ''}手机：${fmtMobile(p.mobile, pick(['plain', 'dash']))}\n邮箱：${p.e}\n求职意向：${pick(['数据分析师', '产品经理', '会计', '销售代表'])}\n\n工作经历\n${ri(2015, 2019)}.${ri(1, 12)} - 至今  ${pick(COMPANIES)}  ${pick(['主管', '专员', '工程师'])}\n负责客户数据分析、月度经营报表编制，推动CRM系统上线。\n\n教育背景\n${pick(['四川大学', '武汉大学', '南京大学', '山东大学'])}  ${pick(['统计学', '市场营销', '计算机科学与技术'])}  本科\n`;
    emit(`${M}/resume_${i + 1}.txt`, txt, { vals: withId ? [p.mobile, p.i] : [p.mobile], sensitivity: withId ? 'confidential' : 'internal', records: 1, tol: 0, note: `resume: one person's 姓名/手机/邮箱${withId ? '/身份证号' : ''} block -> 1 record -> ${withId ? 'confidential (ID)' : 'internal'}`, cat: 'single-kv' });
  }
  // travel booking confirmation (ID + mobile)
  for (let i = 0; i < 2; i++) {
    const p = person();
    const txt = `【机票预订确认】\n航班：${pick(['CA', 'MU', 'CZ', 'HU'])}${ri(1000, 9999)}  ${pick(['北京首都', '上海虹桥', '广州白云'])} → ${pick(['成都天府', '深圳宝安', '杭州萧山'])}\n日期：${date()} ${pad(ri(6, 21), 2)}:${pick(['05', '20', '35', '50'])}\n乘机人：${p.name}\n证件类型：身份证\n证件号码：${p.i}\n联系手机：${p.mobile}\n票号：${ri(781, 999)}-${digits(10)}\n订单金额：${money()}元\n`;
    emit(`${M}/flight_booking_${i + 1}.txt`, txt, { vals: [p.mobile, p.i], sensitivity: 'confidential', records: 1, tol: 0, note: 'booking confirmation: one passenger block with 证件号码 (ID) + 联系手机 -> 1 sensitive record -> confidential', cat: 'single-kv' });
  }
  // contract header: party A legal rep (name only), party B contact name+mobile
  for (let i = 0; i < 2; i++) {
    const a = person(), b = person();
    const txt = `采购合同\n\n合同编号：HT-${ri(2023, 2024)}-${digits(5)}\n\n甲方：${COMPANIES[i]}\n统一社会信用代码：${genUscc()}\n法定代表人：${a.name}\n地址：${a.addr}\n\n乙方：${COMPANIES[i + 5]}\n统一社会信用代码：${genUscc()}\n联系人：${b.name}\n联系电话：${b.mobile}\n\n第一条 标的物：${pick(PRODUCTS)}，数量${ri(50, 900)}台，含税总价人民币${money()}元。\n第二条 付款方式：货到验收合格后30日内付清。\n`;
    emit(`${M}/contract_${i + 1}.txt`, txt, { vals: [b.mobile], sensitivity: 'internal', records: 1, tol: 0, note: "contract: 乙方 block 联系人：+联系电话 -> 1 contact record; 甲方 block has only a 法定代表人 name (USCC is not a person field) -> no record -> internal", cat: 'single-kv' });
  }
  // courier SMS with a courier's title-form name
  {
    const c = person();
    const txt = `【顺丰速运】您的快件${'SF' + digits(13)}已到达${pick(['望京', '张江', '科技园'])}营业点，快递员王师傅（${c.mobile}）正在派送，请保持电话畅通。如有疑问请致电95338。\n`;
    emit(`${M}/courier_sms.txt`, txt, { vals: [c.mobile], sensitivity: 'internal', records: 0, tol: 1, note: 'one mobile + title form 王师傅 (not a full name, no person context) -> internal; 0 records (1 accepted if the title form is taken as a name)', cat: 'single-memo' });
  }
  // wiki page: small contact table of 4 staff
  {
    const ps = people(4); const rows = [];
    const lines = ['# 各区域对接人', '', '| 区域 | 对接人 | 手机 | 邮箱 |', '|---|---|---|---|'];
    ps.forEach((p, i) => { lines.push(`| ${['华北', '华东', '华南', '西南'][i]} | ${p.name} | ${p.mobile} | ${p.e} |`); rows.push([F('name', p.name), F('mobile', p.mobile), F('email', p.e)]); });
    lines.push('', '如对接人休假，请联系区域总监。');
    emitComputed(`${M}/wiki_contacts_4.md`, lines.join('\n') + '\n', rows, [], 'export-md', 'wiki page with a 4-row contact table (对接人 column) -> 4 records -> internal');
  }
  // emergency contact form: employee + emergency contact in one block (2 people, 1 block)
  {
    const p = person(), q = person();
    const txt = `员工信息登记表\n\n姓名：${p.name}\n手机：${p.mobile}\n身份证号：${p.i}\n紧急联系人：${q.name}\n紧急联系人电话：${q.mobile}\n`;
    emit(`${M}/employee_form_emergency.txt`, txt, { vals: [p.mobile, p.i, q.mobile], sensitivity: 'confidential', records: 1, tol: 1, note: 'one key-value block -> 1 record under the spec; it names a second person (emergency contact), so 2 is defensible (tolerance 1). ID -> confidential', cat: 'single-kv' });
  }
  // CSV with multi-line quoted 备注 (a CSV row spanning lines)
  {
    const ps = people(12); const lines = ['姓名,手机,备注'], rows = [];
    ps.forEach((p, i) => { const r = i % 3 === 0 ? `"第一次回访：无人接听\n第二次回访：已确认收货，${pick(['满意', '要求换货'])}"` : pick(REMARKS); lines.push(`${p.name},${p.mobile},${r}`); rows.push([F('name', p.name), F('mobile', p.mobile)]); });
    emitComputed(`${M}/callbacks_multiline_remarks_12.csv`, lines.join('\n') + '\n', rows, [], 'export-contact', '12 CSV rows; 4 have a quoted two-line 备注 cell -> still 12 rows -> confidential');
  }
  // Excel text-prefixed numbers
  {
    const ps = people(20); const lines = ['客户姓名,手机号码,身份证号码,登记日期'], rows = [];
    ps.forEach((p) => { lines.push(`${p.name},="${p.mobile}",="${p.i}",${date()}`); rows.push([F('name', p.name), F('mobile', p.mobile), F('id', p.i)]); });
    emitComputed(`${M}/excel_text_formula_20.csv`, lines.join('\r\n') + '\r\n', rows, [], 'export-sens', '20 rows with Excel ="..." text-protected mobile and ID cells -> 20 sensitive records -> secret', { enc: 'gb18030' });
  }
  // KV with ASCII colon, and a two-person KV file
  {
    const ps = people(5); const blocks = [], rows = [];
    ps.forEach((p) => { blocks.push(`Name: ${p.name}\nMobile: ${p.mobile}\nEmail: ${p.e}`); rows.push([F('name', p.name), F('mobile', p.mobile), F('email', p.e)]); });
    emitComputed(`kv/ascii_colon_5.txt`, 'Leads from expo booth\n\n' + blocks.join('\n\n') + '\n', rows, [], 'kv-block', '5 blocks with English labels and ASCII colons -> 5 -> confidential');
    const ps2 = people(2); const b2 = ps2.map((p) => `姓名:${p.name}\n电话:${p.mobile}`);
    emitComputed(`kv/two_people.txt`, b2.join('\n\n') + '\n', ps2.map((p) => [F('name', p.name), F('mobile', p.mobile)]), [], 'kv-block', '2 blocks, half-width colons -> 2 -> internal');
    const ps3 = people(50); const b3 = ps3.map((p) => `姓名：${p.name}\n身份证号：${p.i}\n开户行：${pick(['工商银行', '农业银行'])}\n卡号：${fmtCard(p.c, true)}`);
    emitComputed(`kv/blocks_name_id_card_50.txt`, '补贴发放名单\n\n' + b3.join('\n\n') + '\n', ps3.map((p) => [F('name', p.name), F('id', p.i), F('card', p.c)]), [], 'kv-block', '50 blocks name+ID+grouped card -> secret');
  }
  // JSON: companies with nested contacts
  {
    const arr = [], rows = [];
    for (let i = 0; i < 6; i++) { const cs = people(2); arr.push({ company: COMPANIES[i], uscc: genUscc(), contacts: cs.map((p) => ({ name: p.name, mobile: p.mobile, role: pick(['采购', '财务', '法务']) })) }); cs.forEach((p) => rows.push([F('name', p.name), F('mobile', p.mobile)])); }
    emitComputed(`json/companies_nested_contacts.json`, JSON.stringify(arr, null, 2) + '\n', rows, [], 'json', '6 company objects each with 2 nested contact objects (name+mobile) -> 12 person records (the company object itself holds only a USCC)', {}, { tol: 1, note: 'tolerance 1 only for off-by-one in nested-object grouping' });
  }
  // access log with decoy numbers + a few real records
  {
    const lines = [], rows = [];
    for (let i = 0; i < 120; i++) { lines.push(`10.${ri(0, 255)}.${ri(0, 255)}.${ri(1, 254)} - - [${pad(ri(1, 28), 2)}/May/2024:${pad(ri(0, 23), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)} +0800] "GET /api/v2/orders/${genOrder18()}?t=${genTsMs()} HTTP/1.1" 200 ${ri(200, 90000)} "-" "Mozilla/5.0"`); rows.push([]); }
    emitComputed(`${DC}/nginx_access.log`, lines.join('\n') + '\n', rows, [], 'decoy', 'access log with order numbers and ms timestamps in URLs -> public');
  }
  // area codes / postal codes table
  {
    const lines = ['城市,区号,邮政编码,客服热线'];
    for (const [c, a, z] of [['北京', '010', '100000'], ['上海', '021', '200000'], ['广州', '020', '510000'], ['深圳', '0755', '518000'], ['杭州', '0571', '310000'], ['成都', '028', '610000'], ['武汉', '027', '430000'], ['西安', '029', '710000'], ['兰州', '0931', '730000']]) lines.push(`${c},${a},${z},400-${ri(600, 899)}-${digits(4)}`);
    emit(`${DC}/area_codes.csv`, lines.join('\n') + '\n', { sensitivity: 'public', records: 0, tol: 0, note: 'area codes alone (no subscriber number), postal codes, 400 hotlines -> public', cat: 'decoy' });
  }
  // EAN barcodes + prices catalogue
  {
    const lines = ['商品条码,品名,规格,零售价,库存'];
    for (let i = 0; i < 50; i++) lines.push([luhnBreak('69' + digits(11)), pick(PRODUCTS), pick(['1件', '2件装', '礼盒']), money(), ri(0, 900)].join(','));
    emit(`${DC}/catalogue_barcodes_50.csv`, lines.join('\n') + '\n', { sensitivity: 'public', records: 0, tol: 0, note: '13-digit EAN barcodes, prices -> public', cat: 'decoy' });
  }
  // train timetable
  {
    const lines = ['车次,出发站,到达站,发车时间,到达时间,历时,二等座(元)'];
    for (let i = 0; i < 30; i++) lines.push([pick(['G', 'D', 'C']) + ri(1, 9999), pick(['北京南', '上海虹桥', '广州南', '成都东']), pick(['杭州东', '南京南', '武汉', '西安北']), `${pad(ri(6, 20), 2)}:${pad(ri(0, 59), 2)}`, `${pad(ri(8, 23), 2)}:${pad(ri(0, 59), 2)}`, `${ri(1, 9)}小时${ri(0, 59)}分`, money()].join(','));
    emit(`${DC}/train_timetable.csv`, lines.join('\n') + '\n', { sensitivity: 'public', records: 0, tol: 0, note: 'train numbers, times, prices -> public', cat: 'decoy' });
  }
  // financial report prose with big numbers and names of executives in prose
  {
    const n = Array.from({ length: 3 }, () => genName()[0]);
    const txt = `${pick(COMPANIES)} 2024年半年度报告摘要\n\n报告期内，公司实现营业收入${ri(10, 99)},${digits(3)},${digits(3)}.${digits(2)}元，同比增长${ri(2, 40)}.${digits(2)}%；归属于上市公司股东的净利润${ri(1, 9)},${digits(3)},${digits(3)}.${digits(2)}元。董事长${n[0]}表示，公司将继续加大研发投入。总经理${n[1]}、财务总监${n[2]}出席了业绩说明会。\n\n股票代码：${ri(600000, 603999)}  股票简称：${pick(['华信科技', '申达股份', '鹏程电子'])}\n投资者关系热线：400-${ri(600, 899)}-${digits(4)}\n`;
    emit(`${DC}/half_year_report.txt`, txt, { sensitivity: 'public', records: 0, tol: 0, note: 'financial summary: comma-grouped amounts, stock code, executives named only in prose, 400 hotline -> public', cat: 'prose-names' });
  }
  // chat transcript with many staff names (speaker prefixes) but no contact data
  {
    const names = Array.from({ length: 5 }, () => genName()[0]); const lines = [];
    let mm = 0; const day = date();
    for (let i = 0; i < 20; i++) lines.push(`${day} 10:${pad(mm++, 2)} ${pick(names)}：${pick(['收到', '这个方案我再看一下', '周一前给结论', '预算已经批了', '客户那边反馈还可以', '我下午去仓库盘点', '+1', '好的'])}`);
    emit(`${M}/team_chat_no_contacts.txt`, lines.join('\n') + '\n', { sensitivity: 'any', records: 0, tol: 0, note: 'AMBIGUOUS: group-chat export where staff names appear only as speaker prefixes `张伟：…`. Looks like the `联系人：张伟` pattern but is prose/chat, no person-context label; public or internal both defensible; no contact values -> 0 records', cat: 'prose-names' });
  }
}
// more exports: TSV GB18030, secret-size variants, English-keyed JSONL with +86
{
  for (const [n, kinds] of [[21, ['name', 'mobile', 'email']], [100, ['name', 'mobile']], [10, ['name', 'passport']], [5, ['email', 'landline']]]) {
    const t = table({ cols: randomCols(kinds, ri(1, 3)), n, sep: '\t', mstyle: 'mix' });
    emitComputed(`exports/tsv/gbk_${kinds.join('_')}_${n}.tsv`, t.text, t.rows, [], 'export-tsv', `GB18030 TSV, ${n} rows of ${kinds.join('+')}, mixed mobile formats`, { enc: 'gb18030', eol: '\r\n' });
  }
  for (const [n, kinds] of [[45, ['name', 'mobile']], [52, ['name', 'mobile']], [9, ['name', 'card']], [10, ['name', 'card']], [300, ['name', 'mobile', 'id']]]) {
    const t = table({ cols: randomCols(kinds, ri(2, 4)), n, blank: 0.02, cardGrouped: true });
    emitComputed(`exports/bom/extra_${kinds.join('_')}_${n}.csv`, t.text, t.rows, [], kinds.some((k) => SENS.has(k)) ? 'export-sens' : 'export-contact', `${n} rows ${kinds.join('+')}, UTF-8 with BOM`, { enc: 'bom', eol: '\r\n' });
  }
  const ps = people(18); const lines = [], rows = [];
  for (const p of ps) { lines.push(JSON.stringify({ user: { nick: pick(['小鱼儿', '追梦人', '星辰']), realName: p.name, phone: fmtMobile(p.mobile, 'plus86') }, vip: chance(0.3) })); rows.push([F('name', p.name), F('mobile', p.mobile)]); }
  emitComputed('json/members_plus86_18.jsonl', lines.join('\n') + '\n', rows, [], 'json', '18 JSONL objects realName + +86 mobile (nicknames are not names) -> confidential');
  const ps2 = people(6); const lines2 = [], rows2 = [];
  for (const p of ps2) { lines2.push(JSON.stringify({ event: 'kyc.submitted', ts: Number(genTsMs()), data: { name: p.name, idNo: p.i, bankCard: p.c, mobile: p.mobile } })); rows2.push([F('name', p.name), F('id', p.i), F('card', p.c), F('mobile', p.mobile)]); }
  emitComputed('logs/kyc_events_6.log', lines2.join('\n') + '\n', rows2, [], 'log', '6 JSON log lines with ID+card+mobile -> confidential (6 sensitive <10)');
}


// ================================================================= 9. templates, empty headers, extra thresholds
{
  const T = 'templates';
  emit(`${T}/customer_template_header_only.csv`, '客户姓名,手机号码,身份证号码,银行卡号,邮箱,地址\n', { sensitivity: 'public', records: 0, tol: 0, note: 'header-only CSV template, no values -> public', cat: 'template' });
  emit(`${T}/customer_template_header_only_gbk.csv`, '姓名,联系电话,证件号码,备注\r\n,,,\r\n,,,\r\n', { sensitivity: 'public', records: 0, tol: 0, note: 'GB18030 header-only template with empty rows -> public', cat: 'template' }, { enc: 'gb18030' });
  emit(`${T}/registration_form_blank.txt`, '客户信息登记表\n\n姓名：__________\n手机：__________\n身份证号：____________________\n地址：______________________\n\n填表说明：请使用黑色签字笔填写，身份证号为18位。\n', { sensitivity: 'public', records: 0, tol: 0, note: 'blank form with labels and underscores only -> public', cat: 'template' });
  emit(`${T}/schema.md`, '# crm.customer 表结构\n\n| 字段 | 类型 | 说明 |\n|---|---|---|\n| name | varchar(32) | 客户姓名 |\n| mobile | char(11) | 手机号，示例 138****0000 |\n| id_no | char(18) | 身份证号，加密存储 |\n| card_no | varchar(19) | 银行卡号，仅存后四位 |\n| email | varchar(64) | 邮箱 |\n| created_at | bigint | 毫秒时间戳 |\n', { sensitivity: 'public', records: 0, tol: 0, note: 'schema doc: column names and masked example only -> public', cat: 'template' });
  emit(`${T}/config.json`, JSON.stringify({ service: 'crm-sync', batchSize: 500, retry: { max: 3, backoffMs: 2000 }, fields: ['姓名', '手机', '身份证号'], mask: { mobile: '3****4', idNo: '6********4' }, cron: '0 2 * * *' }, null, 2) + '\n', { sensitivity: 'public', records: 0, tol: 0, note: 'config with field names only -> public', cat: 'template' });
  emit(`${T}/faq.md`, '# 常见问题\n\n**问：如何修改绑定手机号？**\n答：登录App后进入“我的-账号安全-更换手机号”，按提示验证原手机号即可。\n\n**问：实名认证需要哪些材料？**\n答：本人身份证正反面照片及手持身份证照片。\n\n**问：退款多久到账？**\n答：原路退回，银行卡一般1-3个工作日，余额即时到账。\n\n如需人工服务，请拨打客服热线 400-888-6116。\n', { sensitivity: 'public', records: 0, tol: 0, note: 'FAQ mentioning 手机号/身份证/银行卡 as words only, one 400 hotline -> public', cat: 'template' });
}
{
  const X = 'thresholds-extra';
  const logN = (rel, n, kinds, note) => { const ps = people(n); const lines = [], rows = []; for (const p of ps) { const v = { name: p.name, mobile: p.mobile, email: p.e, id: p.i }; lines.push(`${dtime()} INFO [crm] sync ok ${kinds.map((k) => `${k}=${v[k]}`).join(' ')} rev=${ri(1, 40)}`); rows.push(kinds.map((k) => F(k, v[k]))); } emitComputed(`${X}/${rel}`, lines.join('\n') + '\n', rows, [], 'log', note); };
  logN('crm_sync_49.log', 49, ['name', 'mobile'], '49 log lines name+mobile -> confidential');
  logN('crm_sync_50.log', 50, ['name', 'email'], '50 log lines name+email -> secret');
  logN('crm_sync_4.log', 4, ['mobile', 'email'], '4 log lines -> internal');
  logN('crm_sync_5.log', 5, ['mobile', 'email'], '5 log lines -> confidential');
  logN('crm_sync_id_9.log', 9, ['mobile', 'id'], '9 lines mobile+ID -> confidential');
  logN('crm_sync_id_10.log', 10, ['email', 'id'], '10 lines e-mail+ID -> secret');
  const kvN = (rel, n, kinds, note) => { const ps = people(n); const blocks = [], rows = []; for (const p of ps) { const b = kvBlock(p, kinds, 'block'); blocks.push(b.text); rows.push(b.fields); } emitComputed(`${X}/${rel}`, blocks.join('\n\n') + '\n', rows, [], 'kv-block', note); };
  kvN('kv_email_name_4.txt', 4, ['name', 'email'], '4 blocks name+email -> internal');
  kvN('kv_email_name_6.txt', 6, ['name', 'email'], '6 blocks name+email -> confidential');
  kvN('kv_id_49.txt', 49, ['name', 'id'], '49 blocks name+ID -> secret (>=10 sensitive)');
  kvN('kv_mobile_51.txt', 51, ['name', 'mobile'], '51 blocks -> secret');
  const t = table({ cols: ['name', 'mobile'], n: 3, sep: 'md' });
  emitComputed(`${X}/md_contacts_3.md`, '## 本周到访客户\n\n' + t.text, t.rows, [], 'export-md', '3-row markdown table -> internal');
  const t2 = table({ cols: ['name', 'mobile', 'remark'], n: 4, headers: ['客户', '电话', '备注'] });
  emitComputed(`${X}/callback_4_gbk.csv`, t2.text, t2.rows, [], 'export-contact', '4 rows GB18030 -> internal', { enc: 'gb18030', eol: '\r\n' });
  const p = person(); const sig = signature(p, pick(COMPANIES), {});
  emit(`${X}/signature_gbk.txt`, `李总：\n\n报价已更新，详见附件。\n\n${sig.text}\n`, { vals: sig.fields.map((f) => f.v), sensitivity: 'internal', records: 0, tol: 1, note: 'GB18030 e-mail body with one signature (mobile+email) -> internal; 0/1 record (signature-as-block reading)', cat: 'single-signature' }, { enc: 'gb18030', eol: '\r\n' });
}

// ================================================================= sanity: no accidental person values
// A simple independent detector (NFKC, digit boundaries). Every ID / Luhn-valid 16-19-digit number /
// allocated-prefix 11-digit mobile found in a file must be one of the values the generator put there on purpose.
const PROV = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65']);
function validDate(s) { const y = +s.slice(0, 4), m = +s.slice(4, 6), d = +s.slice(6, 8); if (y < 1900 || y > 2025 || m < 1 || m > 12 || d < 1) return false; const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0; return d <= (m === 2 && leap ? 29 : MDAYS[m - 1]); }
const ALLOC = /^1(3\d|4[57]|5[0-35-9]|6[2567]|7[0-35-8]|8\d|9[0-35-9])/;
function sanity(rel, text) {
  text = text.normalize('NFKC');
  const want = intended[rel]; const found = [];
  for (const m of text.matchAll(/(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g)) { const s = m[0].toUpperCase(); if (PROV.has(s.slice(0, 2)) && validDate(s.slice(6, 14)) && idCheck(s.slice(0, 17)) === s[17]) found.push(s); }
  for (const m of text.matchAll(/(?<![0-9A-Za-z])\d{16,19}(?![0-9A-Za-z])/g)) if (luhnValid(m[0])) found.push(m[0]);
  for (const m of text.matchAll(/(?<![\d])1[3-9]\d{9}(?!\d)/g)) if (ALLOC.test(m[0])) found.push(m[0]);
  for (const v of found) if (!want.has(v)) throw new Error(`unintended person-like value ${v} in ${rel}`);
}
for (const rel of Object.keys(labels)) { const buf = fs.readFileSync(path.join(DOCS, rel)); const text = labels[rel].encoding === 'gb18030' ? new TextDecoder('gb18030').decode(buf) : buf.toString('utf8').replace(/^\ufeff/, ''); sanity(rel, text); }

const sorted = Object.fromEntries(Object.keys(labels).sort().map((k) => [k, labels[k]]));
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(sorted, null, 1) + '\n');
const counts = {}; for (const v of Object.values(labels)) counts[v.sensitivity] = (counts[v.sensitivity] || 0) + 1;
console.error(`wrote ${Object.keys(labels).length} files to ${DOCS}`, counts);
