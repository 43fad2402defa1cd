#!/usr/bin/env node
/*
 * Theme: personal data mixed with company data in B2B SALES, INVOICING and
 *        SUPPLIER MANAGEMENT (id prefix "bz"): 开票信息 blocks, 供应商/经销商 rosters,
 *        CRM lead exports, 合同 party blocks, 对账单 e-mails, 个体工商户 registrations,
 *        招投标 contact sheets, business-card OCR, WeCom/DingTalk chats, ERP JSON,
 *        commission sheets, purchase orders, payment requests, credit applications,
 *        vendor onboarding forms, collection logs, expense claims.
 *
 * Usage:  node b2b.mjs OUT.jsonl        (Node >= 20, no dependencies)
 *
 * Output: one JSON object per line
 *   {"id":"bz-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],  // must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],  // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}         // must NOT be reported under any detector
 *
 * Normalisation of values: cn_resident_id 18 chars, upper-case X; cn_mobile 11 digits
 * (no +86/0086/86/trunk 0); cn_landline digits incl. leading 0 and area code, without
 * extension; email lower-case (full-width ＠ -> @); bank_card digits only; cn_passport
 * upper-case; cn_uscc 18 chars upper-case; person_name_zh as written without spaces or
 * titles. Full-width digits are normalised to ASCII.
 *
 * Labelling policy (judgement calls, see also the report):
 *  - cn_uscc of every company / 个体户 is an entity (DESIGN.md).
 *  - A company's 对公账号 is NOT a bank card: decoy "corp_account". Exception: when the
 *    account number happens to be 16-19 digits and Luhn-valid it is indistinguishable
 *    from a card by form, so it goes to dontCare (bank_card).
 *  - A 个体户 / 自然人's personal card (62…, 4…, 5…, Luhn-valid) is an entity; a 62… card
 *    with strong context that fails Luhn is dontCare.
 *  - Company landlines (地址电话, 总机, 传真, a line with an extension) are dontCare
 *    cn_landline; a contact's 直线 / 座机 column without extension and a 个体户's phone
 *    are entities; 400/800/95xxx service numbers are decoys.
 *  - Role mailboxes (finance@, invoice@, sales@ …) are dontCare; personal work or
 *    private mailboxes are entities; <mobile>@139.com also yields the cn_mobile.
 *  - A mobile written in a company's 地址电话 is an entity (a mobile belongs to a person).
 *  - An old 20-digit sole-trader 纳税人识别号 (身份证号 + 2 digits) makes the embedded ID
 *    dontCare (personal, but not digit-bounded); an 18-digit ID used as 税号 is an entity.
 *  - 15-digit 注册号 (made non-date-like), 9-char 组织机构代码, 15-char old 税号, USCCs
 *    with a wrong GB 32100 check char, invoice codes/numbers, order/contract numbers,
 *    timestamps, SKUs, amounts, masked values, company names, addresses, job titles,
 *    place names and surname-led words are decoys.
 *
 * Written in session 26 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

// ---------------------------------------------------------------- PRNG
let SEED = 0x0b2b2026;
function rnd() {
  SEED = (SEED + 0x6d2b79f5) | 0;
  let t = Math.imul(SEED ^ (SEED >>> 15), 1 | SEED);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const pad = (n, w) => String(n).padStart(w, '0');
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const fw = (s) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
function nrows() { const r = rnd(); return r < 0.42 ? ri(1, 8) : r < 0.78 ? ri(9, 25) : r < 0.94 ? ri(26, 50) : ri(51, 80); }
const USED = new Set();
function uniq(gen) { for (;;) { const v = gen(); if (!USED.has(v)) { USED.add(v); return v; } } }

// ---------------------------------------------------------------- check algorithms
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b) { let s = 0; for (let i = 0; i < 17; i++) s += +b[i] * ID_W[i]; return '10X98765432'[s % 11]; }
function validDate(y, m, d) { const t = new Date(Date.UTC(y, m - 1, d)); return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d; }
function luhnOk(s) { let sum = 0, alt = false; for (let i = s.length - 1; i >= 0; i--) { let n = +s[i]; if (alt) { n *= 2; if (n > 9) n -= 9; } sum += n; alt = !alt; } return sum % 10 === 0; }
function luhnComplete(body) { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return body + c; }
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const U_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(s17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(s17[i]) * U_W[i]; return UA[(31 - (s % 31)) % 31]; }
function orgCheck(s8) {
  const W = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0;
  for (let i = 0; i < 8; i++) { const c = s8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * W[i]; }
  const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
function mod1110(s) { let p = 10; for (const ch of s) { let t = (+ch + p) % 10; if (t === 0) t = 10; p = (t * 2) % 11; } return (11 - p) % 10; }

// ---------------------------------------------------------------- reference tables
const ID_REGIONS = ['110101', '110105', '110108', '120101', '130102', '130406', '140105', '210102', '220102', '230103', '310101', '310104', '310115', '320102', '320506', '321283', '330106', '330203', '330782', '340104', '350102', '350583', '360102', '360124', '370102', '370202', '371302', '410105', '411302', '412726', '420106', '420881', '430104', '431121', '440106', '440305', '440604', '450103', '460105', '500103', '510104', '511381', '520102', '530102', '610113', '620102', '640104', '650102'];
const MOB_PFX = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157', '158', '159', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189', '145', '147', '162', '165', '166', '167', '170', '171', '172', '173', '175', '176', '177', '178', '190', '191', '192', '193', '195', '196', '197', '198', '199'];
const MOB_OK = new Set(MOB_PFX);
const DEMO = new Set(['13800138000', '13912345678', '18888888888']);
const AREA_LEN = { '010': 8, '020': 8, '021': 8, '022': 8, '023': 8, '024': 8, '025': 8, '027': 8, '028': 8, '029': 8, '0755': 8, '0571': 8, '0512': 8, '0574': 8, '0769': 8, '0757': 8, '0532': 8, '0531': 8, '0371': 8, '0731': 8, '0311': 8, '0451': 8, '0931': 7 };
const CITIES = [
  { n: '深圳市', py: 'sz', area: '0755', reg: ['440300', '440305', '440306', '440304', '440303'], d: ['南山区', '福田区', '宝安区', '龙岗区', '龙华区'] },
  { n: '广州市', py: 'gz', area: '020', reg: ['440100', '440106', '440111', '440104', '440113'], d: ['天河区', '白云区', '越秀区', '番禺区', '黄埔区'] },
  { n: '东莞市', py: 'dg', area: '0769', reg: ['441900'], d: ['长安镇', '虎门镇', '松山湖', '塘厦镇', '南城街道'] },
  { n: '佛山市', py: 'fs', area: '0757', reg: ['440600', '440604', '440606'], d: ['禅城区', '顺德区', '南海区'] },
  { n: '杭州市', py: 'hz', area: '0571', reg: ['330100', '330106', '330108', '330110'], d: ['西湖区', '滨江区', '余杭区', '萧山区'] },
  { n: '宁波市', py: 'nb', area: '0574', reg: ['330200', '330203', '330212'], d: ['海曙区', '鄞州区', '北仑区'] },
  { n: '苏州市', py: 'su', area: '0512', reg: ['320500', '320506', '320508', '320583'], d: ['吴中区', '姑苏区', '工业园区', '昆山市'] },
  { n: '上海市', py: 'sh', area: '021', reg: ['310000', '310115', '310104', '310112'], d: ['浦东新区', '徐汇区', '闵行区', '嘉定区'] },
  { n: '北京市', py: 'bj', area: '010', reg: ['110000', '110108', '110105', '110114'], d: ['海淀区', '朝阳区', '昌平区', '大兴区'] },
  { n: '天津市', py: 'tj', area: '022', reg: ['120000', '120116'], d: ['滨海新区', '西青区'] },
  { n: '重庆市', py: 'cq', area: '023', reg: ['500000', '500103', '500112'], d: ['渝中区', '渝北区', '江北区'] },
  { n: '南京市', py: 'nj', area: '025', reg: ['320100', '320102', '320115'], d: ['玄武区', '江宁区', '建邺区'] },
  { n: '武汉市', py: 'wh', area: '027', reg: ['420100', '420106', '420111'], d: ['武昌区', '洪山区', '东湖高新区'] },
  { n: '成都市', py: 'cd', area: '028', reg: ['510100', '510104', '510107'], d: ['锦江区', '武侯区', '高新区'] },
  { n: '西安市', py: 'xa', area: '029', reg: ['610100', '610113'], d: ['雁塔区', '未央区', '高新区'] },
  { n: '青岛市', py: 'qd', area: '0532', reg: ['370200', '370202', '370212'], d: ['市南区', '崂山区', '李沧区', '黄岛区'] },
  { n: '济南市', py: 'jn', area: '0531', reg: ['370100', '370102'], d: ['历下区', '高新区'] },
  { n: '郑州市', py: 'zz', area: '0371', reg: ['410100', '410105'], d: ['金水区', '郑东新区', '高新区'] },
  { n: '长沙市', py: 'cs', area: '0731', reg: ['430100', '430104'], d: ['岳麓区', '雨花区'] },
  { n: '石家庄市', py: 'sjz', area: '0311', reg: ['130100', '130102'], d: ['长安区', '裕华区'] },
  { n: '沈阳市', py: 'sy', area: '024', reg: ['210100', '210102'], d: ['和平区', '浑南区'] },
  { n: '哈尔滨市', py: 'hrb', area: '0451', reg: ['230100', '230103'], d: ['南岗区', '道里区'] },
  { n: '兰州市', py: 'lz', area: '0931', reg: ['620100', '620102'], d: ['城关区', '七里河区'] },
];
const ZIHAO = [['华鑫', 'huaxin'], ['宏达', 'hongda'], ['恒通', 'hengtong'], ['博远', 'boyuan'], ['联创', 'lianchuang'], ['瑞丰', 'ruifeng'], ['精诚', 'jingcheng'], ['拓海', 'tuohai'], ['中科', 'zhongke'], ['天成', 'tiancheng'], ['万隆', 'wanlong'], ['金源', 'jinyuan'], ['鼎盛', 'dingsheng'], ['永信', 'yongxin'], ['嘉禾', 'jiahe'], ['凯利', 'kaili'], ['安泰', 'antai'], ['长青', 'changqing'], ['新亚', 'xinya'], ['远航', 'yuanhang'], ['宝利', 'baoli'], ['海川', 'haichuan'], ['汇通', 'huitong'], ['启明', 'qiming'], ['卓越', 'zhuoyue'], ['方圆', 'fangyuan'], ['高登', 'gaodeng'], ['立信', 'lixin'], ['德润', 'derun'], ['蓝海', 'lanhai'], ['合力', 'heli'], ['正泰和', 'zhengtaihe'], ['百川', 'baichuan'], ['君诚', 'juncheng'], ['信达', 'xinda'], ['禾丰', 'hefeng'], ['同创', 'tongchuang'], ['利华', 'lihua'], ['金桥', 'jinqiao'], ['致远', 'zhiyuan']];
const INDUSTRY = [['科技', 'tech'], ['电子', 'elec'], ['贸易', 'trade'], ['实业', 'group'], ['供应链管理', 'scm'], ['包装材料', 'pack'], ['精密机械', 'mach'], ['五金制品', 'hw'], ['化工', 'chem'], ['建材', 'bm'], ['物流', 'logistics'], ['信息技术', 'it'], ['医疗器械', 'med'], ['新材料', 'nm'], ['食品', 'food'], ['纺织', 'tex'], ['印刷', 'print'], ['电气设备', 'electric'], ['环保科技', 'eco'], ['智能装备', 'ie'], ['光电', 'opto'], ['塑胶制品', 'plastic']];
const ROADS = ['建设路', '人民路', '中山路', '解放路', '科技路', '工业大道', '创业路', '学府路', '长江路', '黄河路', '新华路', '迎宾大道', '滨江路', '振兴路', '南环路', '锦绣大道', '东风路'];
const BLDG = [() => `${pick(['创新', '科技', '金融', '国际', '中心', '数码'])}大厦${pick(['A', 'B', 'C', 'D'])}座${ri(3, 28)}${pad(ri(1, 20), 2)}室`, () => `${pick(['创业', '工业', '产业', '软件'])}园${ri(1, 12)}栋${ri(1, 9)}楼`, () => `${ri(1, 5)}号厂房`, () => ''];
const SURN = [['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黄', 'huang'], ['赵', 'zhao'], ['吴', 'wu'], ['周', 'zhou'], ['徐', 'xu'], ['孙', 'sun'], ['马', 'ma'], ['朱', 'zhu'], ['胡', 'hu'], ['郭', 'guo'], ['何', 'he'], ['高', 'gao'], ['林', 'lin'], ['罗', 'luo'], ['郑', 'zheng'], ['梁', 'liang'], ['谢', 'xie'], ['宋', 'song'], ['唐', 'tang'], ['许', 'xu'], ['韩', 'han'], ['冯', 'feng'], ['邓', 'deng'], ['曹', 'cao'], ['彭', 'peng'], ['曾', 'zeng'], ['肖', 'xiao'], ['田', 'tian'], ['董', 'dong'], ['袁', 'yuan'], ['潘', 'pan'], ['于', 'yu'], ['蒋', 'jiang'], ['蔡', 'cai'], ['余', 'yu'], ['杜', 'du'], ['叶', 'ye'], ['程', 'cheng'], ['苏', 'su'], ['魏', 'wei'], ['吕', 'lv'], ['丁', 'ding'], ['任', 'ren'], ['沈', 'shen'], ['姚', 'yao'], ['卢', 'lu'], ['姜', 'jiang'], ['崔', 'cui'], ['钟', 'zhong'], ['谭', 'tan'], ['陆', 'lu'], ['汪', 'wang'], ['范', 'fan'], ['金', 'jin'], ['石', 'shi'], ['廖', 'liao'], ['贾', 'jia'], ['夏', 'xia'], ['韦', 'wei'], ['付', 'fu'], ['方', 'fang'], ['白', 'bai'], ['邹', 'zou'], ['孟', 'meng'], ['熊', 'xiong'], ['秦', 'qin'], ['邱', 'qiu'], ['江', 'jiang'], ['尹', 'yin'], ['薛', 'xue'], ['闫', 'yan'], ['段', 'duan'], ['雷', 'lei'], ['侯', 'hou'], ['龙', 'long'], ['史', 'shi'], ['陶', 'tao'], ['黎', 'li'], ['贺', 'he'], ['顾', 'gu'], ['毛', 'mao'], ['郝', 'hao'], ['龚', 'gong'], ['邵', 'shao'], ['万', 'wan'], ['钱', 'qian'], ['严', 'yan'], ['覃', 'qin'], ['武', 'wu'], ['戴', 'dai'], ['莫', 'mo'], ['孔', 'kong'], ['向', 'xiang'], ['汤', 'tang'], ['常', 'chang']];
const COMPOUND = [['欧阳', 'ouyang'], ['上官', 'shangguan'], ['司马', 'sima'], ['诸葛', 'zhuge'], ['司徒', 'situ'], ['皇甫', 'huangfu'], ['令狐', 'linghu'], ['慕容', 'murong']];
const GIVEN = [['伟', 'wei'], ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['强', 'qiang'], ['磊', 'lei'], ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'], ['艳', 'yan'], ['杰', 'jie'], ['娟', 'juan'], ['涛', 'tao'], ['明', 'ming'], ['超', 'chao'], ['秀', 'xiu'], ['霞', 'xia'], ['平', 'ping'], ['刚', 'gang'], ['桂', 'gui'], ['英', 'ying'], ['华', 'hua'], ['玉', 'yu'], ['建', 'jian'], ['国', 'guo'], ['志', 'zhi'], ['红', 'hong'], ['辉', 'hui'], ['鹏', 'peng'], ['宇', 'yu'], ['晨', 'chen'], ['婷', 'ting'], ['雪', 'xue'], ['琳', 'lin'], ['浩', 'hao'], ['凯', 'kai'], ['佳', 'jia'], ['欣', 'xin'], ['怡', 'yi'], ['俊', 'jun'], ['峰', 'feng'], ['波', 'bo'], ['斌', 'bin'], ['燕', 'yan'], ['梅', 'mei'], ['兰', 'lan'], ['晓', 'xiao'], ['春', 'chun'], ['雨', 'yu'], ['倩', 'qian'], ['颖', 'ying'], ['璐', 'lu'], ['博', 'bo'], ['睿', 'rui'], ['子', 'zi'], ['涵', 'han'], ['轩', 'xuan'], ['泽', 'ze'], ['宁', 'ning'], ['亮', 'liang'], ['坤', 'kun'], ['琦', 'qi'], ['慧', 'hui'], ['荣', 'rong'], ['德', 'de'], ['振', 'zhen'], ['永', 'yong'], ['嘉', 'jia'], ['思', 'si'], ['彤', 'tong'], ['瑶', 'yao'], ['萍', 'ping'], ['琴', 'qin'], ['云', 'yun'], ['飞', 'fei'], ['东', 'dong'], ['旭', 'xu'], ['昊', 'hao'], ['然', 'ran'], ['薇', 'wei'], ['莉', 'li'], ['丹', 'dan'], ['瑞', 'rui'], ['桐', 'tong'], ['海', 'hai']];
const MIN_A = [['买买提', 'maimaiti'], ['艾尔肯', 'aierken'], ['阿不都', 'abudu'], ['努尔兰', 'nuerlan'], ['阿依古丽', 'ayiguli'], ['迪丽娜尔', 'dilinaer'], ['热依拉', 'reyila'], ['古丽巴哈尔', 'gulibahaer']];
const MIN_B = [['艾力', 'aili'], ['吐尔逊', 'tuerxun'], ['哈斯木', 'hasimu'], ['艾山', 'aishan'], ['司马义', 'simayi'], ['阿不拉', 'abula']];
const TITLES = ['采购经理', '采购总监', '财务经理', '财务主管', '销售总监', '大客户经理', '区域经理', '总经理', '副总经理', '商务专员', '采购专员', '会计', '出纳', '销售代表', '技术支持工程师', '董事长', '行政主管', '供应链经理', '招标专员', '项目经理', '应收会计', '渠道经理'];
const CARD_BINS = [['622202', 19, '中国工商银行'], ['621226', 19, '中国工商银行'], ['622848', 19, '中国农业银行'], ['621700', 19, '中国建设银行'], ['622700', 19, '中国建设银行'], ['436742', 19, '中国建设银行'], ['621483', 16, '招商银行'], ['622588', 16, '招商银行'], ['621661', 19, '中国银行'], ['621785', 19, '中国银行'], ['622262', 19, '交通银行'], ['621799', 19, '中国邮政储蓄银行'], ['622908', 18, '兴业银行'], ['623058', 19, '平安银行'], ['427020', 16, '中国工商银行'], ['524091', 16, '中国工商银行'], ['552599', 16, '中国农业银行'], ['625966', 16, '中信银行'], ['628288', 16, '中国民生银行']];
const BRANCH = ['分行营业部', '高新支行', '科技园支行', '人民路支行', '开发区支行', '中心支行', '东门支行', '城北支行', '新区支行'];
const PLACES = ['张家港保税区仓', '周口中转仓', '马鞍山分仓', '石家庄一号仓', '李沧区前置仓', '高新区总仓', '王府井门店', '黄山路仓库'];
const PRODUCTS = ['王老吉凉茶310ml×24罐', '李锦记蚝油510g', '周黑鸭卤味礼盒', 'A4复印纸70g 500张/包', '不锈钢六角螺栓M8×30', '瓦楞纸箱五层加厚', 'PP打包带 15mm', '工业酒精 95% 25L', '铝型材 6063-T5', 'LED面板灯 600×600', '无尘布 9寸', '防静电手套 M码'];

// ---------------------------------------------------------------- generators
function genId(minY = 1960, maxY = 2001) {
  return uniq(() => {
    const y = ri(minY, maxY), m = ri(1, 12), dd = ri(1, new Date(Date.UTC(y, m, 0)).getUTCDate());
    const b = pick(ID_REGIONS) + y + pad(m, 2) + pad(dd, 2) + pad(ri(0, 999), 3);
    return b + idCheck(b);
  });
}
const genMobile = () => uniq(() => { const m = pick(MOB_PFX) + digits(8); return DEMO.has(m) ? '' : m; });
function genCard() { const [bin, len, bank] = pick(CARD_BINS); return { no: uniq(() => luhnComplete(bin + digits(len - bin.length - 1))), bank }; }
function genBadCard() { const [bin, len, bank] = pick(CARD_BINS.filter((b) => b[0].startsWith('62'))); return { no: uniq(() => { const c = luhnComplete(bin + digits(len - bin.length - 1)); return c.slice(0, -1) + ((+c.slice(-1) + ri(1, 9)) % 10); }), bank }; }
const genSub = (area) => (AREA_LEN[area] === 7 ? '8' + digits(6) : String(ri(2, 8)) + digits(7));
function orgBody(style) { if (style === 'MA') return 'MA' + Array.from({ length: 6 }, () => pick(UA)).join(''); if (style === 'L') return 'L' + digits(7); return String(ri(1, 7)) + digits(7); }
function genUSCC(type = '91', region) {
  return uniq(() => {
    const b8 = orgBody(type === '91' ? (chance(0.7) ? 'MA' : 'D') : type === '92' ? (chance(0.6) ? 'MA' : 'L') : 'D');
    const s17 = type + (region || pick(pick(CITIES).reg)) + b8 + orgCheck(b8);
    return s17 + usccCheck(s17);
  });
}
function badUSCC() {
  const u = genUSCC(pick(['91', '91', '92']));
  let x;
  do {
    const r = rnd();
    if (r < 0.5) { x = u.slice(0, 17) + pick(UA); }
    else if (r < 0.8) { const i = ri(8, 15); x = u.slice(0, i) + u[i + 1] + u[i] + u.slice(i + 2); }
    else { const s17 = '9' + ri(1, 2) + pick(pick(CITIES).reg) + digits(9); x = s17 + pick(UA.slice(0, 10)); }
  } while (usccCheck(x.slice(0, 17)) === x[17]);
  return x;
}
function dateLike6(s) { const yy = +s.slice(0, 2), mm = +s.slice(2, 4), dd = +s.slice(4, 6); return mm >= 1 && mm <= 12 && validDate(1900 + yy, mm, dd); }
function regNo15() { for (;;) { const b = pick(pick(CITIES).reg) + digits(8); const s = b + mod1110(b); if (!dateLike6(s.slice(6, 12))) return s; } }
function orgCode(dash = true) { const b = chance(0.5) ? String(ri(1, 7)) + digits(7) : orgBody('MA'); return b + (dash ? '-' : '') + orgCheck(b); }
function taxId15() { for (;;) { const s = pick(pick(CITIES).reg) + orgCode(false); if (!/^\d{15}$/.test(s) || !dateLike6(s.slice(6, 12))) return s; } }
function genPassport() { return uniq(() => (chance(0.6) ? 'E' + pick('ABCDEFGHJKLMNPQRSTUVWXYZ') + digits(7) : 'E' + digits(8))); }
function genName() {
  const r = rnd();
  if (r < 0.03) { const a = pick(MIN_A), b = pick(MIN_B); return { name: `${a[0]}·${b[0]}`, sp: b[1], gp: a[1], gi: a[1][0] }; }
  const [s, sp] = r < 0.07 ? pick(COMPOUND) : pick(SURN);
  const g = chance(0.3) ? [pick(GIVEN)] : [pick(GIVEN), pick(GIVEN)];
  if (g.length === 2 && g[0][0] === g[1][0] && chance(0.7)) g.pop();
  return { name: s + g.map((x) => x[0]).join(''), sp, gp: g.map((x) => x[1]).join(''), gi: g.map((x) => x[1][0]).join('') };
}
function genPerson(minY, maxY) { const p = genName(); p.mobile = genMobile(); p._minY = minY; p._maxY = maxY; Object.defineProperty(p, 'id', { get() { return this._id || (this._id = genId(this._minY, this._maxY)); } }); return p; }
function genCompany(o = {}) {
  const city = o.city || pick(CITIES);
  const [zh, py] = pick(ZIHAO), [ind, indPy] = pick(INDUSTRY);
  const name = (chance(0.85) ? city.n : city.n.replace(/市$/, '')) + zh + ind + pick(['有限公司', '有限公司', '有限公司', '股份有限公司', '有限责任公司']);
  return {
    name, city, uscc: genUSCC(o.type || '91', pick(city.reg)),
    domain: `${py}${pick(['', '-' + indPy, indPy, city.py])}.${pick(['com', 'com.cn', 'cn', 'net', 'com'])}`,
    tel: { area: city.area, sub: genSub(city.area) },
    addr: `${city.n}${pick(city.d)}${pick(ROADS)}${ri(1, 999)}号${pick(BLDG)()}`,
    acct: genCorpAcct(city),
  };
}
function genCorpAcct(city) {
  const c = city.n.replace(/市$/, '');
  const k = pick([
    ['中国工商银行', () => pick(['4000', '1202', '3602', '1001', '4100']) + digits(15)],
    ['中国建设银行', () => pick(['4420', '4405', '3305', '3205', '3100', '1105']) + digits(16)],
    ['中国农业银行', () => pick(['44', '41', '19', '12']) + digits(ri(13, 15))],
    ['中国银行', () => String(ri(3, 8)) + digits(11)],
    ['招商银行', () => pick(['755', '571', '512', '110', '121']) + digits(12)],
    ['交通银行', () => pick(['443', '310', '110']) + digits(18)],
    ['中信银行', () => '8110' + digits(15)],
    ['兴业银行', () => pick(['337', '117', '122']) + digits(15)],
    ['浦发银行', () => pick(['7917', '9801', '7911']) + digits(12)],
    ['平安银行', () => '15' + digits(12)],
  ]);
  const no = uniq(k[1]);
  const raw = chance(0.3) ? no.match(/.{1,4}/g).join(' ') : no;
  return { bank: k[0], branch: `${k[0]}${c}${pick(BRANCH)}`, no, raw };
}
function workEmail(p, domain) {
  let l = pick([`${p.gp}.${p.sp}`, `${p.sp}${p.gp}`, `${p.sp}.${p.gp}`, `${p.sp[0]}${p.gp}`, `${p.sp}${p.gi}`, `${p.gp}${p.sp[0]}`]);
  if (chance(0.15)) l += ri(1, 99);
  return `${l}@${domain}`;
}
function privEmail(p) {
  const r = rnd();
  if (r < 0.28) return `${ri(1, 9)}${digits(ri(4, 9))}@${pick(['qq.com', 'qq.com', 'foxmail.com'])}`;
  if (r < 0.38) return `${p.mobile}@${pick(['139.com', '139.com', '189.cn', 'wo.cn'])}`;
  return `${pick([p.sp + p.gp, p.sp + '_' + p.gp, p.gp + p.sp, p.sp + p.gi, p.sp[0] + p.gp])}${pick(['', ri(1, 99), ri(1965, 2000), '_' + ri(100, 999)])}@${pick(['163.com', '126.com', 'sina.com', 'foxmail.com', 'outlook.com', 'gmail.com', 'aliyun.com', 'yeah.net', 'sohu.com', '163.com'])}`;
}
const roleEmail = (domain) => `${pick(['finance', 'caiwu', 'invoice', 'fapiao', 'ap', 'ar', 'sales', 'purchase', 'caigou', 'service', 'info', 'tender', 'zhaobiao', 'hr', 'admin', 'duizhang'])}@${domain}`;

// decoy value generators
const YMD = () => { const y = ri(2021, 2025), m = ri(1, 12), d = ri(1, 28); return [y, pad(m, 2), pad(d, 2)]; };
const dash = () => YMD().join('-');
const invCode = () => (chance(0.65) ? '0' + pick(['4403', '4401', '3301', '3100', '1100', '3205', '4419', '5101']) + ri(19, 24) + digits(3) + pad(ri(1, 20), 2) : pick(['4403', '3100', '1100', '3301']) + ri(19, 24) + digits(3) + ri(1, 7));
const invNo = () => digits(8);
const eInvNo = () => String(ri(23, 25)) + pick(['44', '31', '11', '33', '32']) + '2' + '0000' + digits(11);
const orderNo = () => pick([() => `PO${YMD().join('')}${digits(4)}`, () => `SO-${ri(22, 25)}-${digits(5)}`, () => `45000${digits(5)}`, () => `${YMD().join('')}${digits(10)}`, () => `XS${YMD().join('').slice(2)}${digits(3)}`, () => `DD${digits(12)}`])();
const contractNo = () => pick([() => `HT-${ri(2022, 2025)}-${pick(['SZ', 'GZ', 'SH', 'BJ', 'HZ'])}-${digits(4)}`, () => `CG${YMD().join('')}${pad(ri(1, 99), 2)}`, () => `XS/${ri(2022, 2025)}/${digits(4)}`, () => `（${ri(2022, 2025)}）采字第${digits(4)}号`, () => `GYS-KJ-${digits(6)}`])();
const tsMs = () => String(ri(1700000000000, 1798000000000));
const snowflake = () => pick(['17', '18']) + digits(17);
const sku = () => pick([() => `SKU-${pick('ABCDHK')}${digits(4)}-${pick(['BLK', 'WHT', 'RED', 'S', 'M', 'L', 'XL'])}`, () => `HX${digits(6)}`, () => `${pick(['MAT', 'WL'])}-${digits(7)}`])();
const partNoE = () => 'E' + digits(8);
const amount = (lo = 300, hi = 9999999) => { const v = ri(lo, hi) / (chance(0.5) ? 1 : 100); const s = v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }); return pick([`¥${s}`, `￥${s}`, `${v.toFixed(2)}`, `RMB ${s}`, `${s}元`, `${(v / 10000).toFixed(2)}万元`]); };
const maskMobile = () => { const m = genMobile(); return pick([`${m.slice(0, 3)}****${m.slice(7)}`, `${m.slice(0, 3)}****${m.slice(7)}`, `${m.slice(0, 3)}xxxx${m.slice(7)}`, `${m.slice(0, 3)}*****${m.slice(8)}`]); };
const maskId = () => { const i = genId(); return pick([`${i.slice(0, 6)}********${i.slice(14)}`, `${i.slice(0, 3)}***********${i.slice(14)}`, `${i.slice(0, 10)}******${i.slice(16)}`]); };
const maskCard = () => { const c = genCard().no; return pick([`${c.slice(0, 4)} **** **** ${c.slice(-4)}`, `**** **** **** ${c.slice(-4)}`, `${c.slice(0, 4)}****${c.slice(-4)}`, `尾号${c.slice(-4)}`]); };
const maskName = () => { const n = genName().name; return n[0] + pick(['*', '**', '某', '某某', '＊']); };
const maskEmail = () => { const p = genName(); return `${p.sp.slice(0, 2)}***@${pick(['163.com', 'qq.com', '126.com'])}`; };
const hotline = () => pick([() => `400-${ri(100, 999)}-${digits(4)}`, () => `400${ri(1, 9)}${digits(6)}`, () => `400 ${ri(100, 999)} ${digits(4)}`, () => `800-${ri(100, 999)}-${digits(4)}`])();
const h95 = () => pick(['95588', '95533', '95599', '95566', '95555', '95559', '95561', '95568', '95595', '95528', '12366']);
const cnaps = () => pick(['102', '103', '104', '105', '308', '302', '309', '310']) + pick(['5840', '5810', '3310', '2900', '1000', '3050']) + digits(5);
const postcode = () => pick(['518', '510', '523', '528', '310', '315', '215', '200', '100', '300', '400', '210', '430', '610']) + digits(3);
const tracking = () => pick([() => `SF${digits(13)}`, () => `YT${digits(13)}`, () => `JT${digits(13)}`, () => `7${digits(14)}`, () => `EA${digits(9)}CN`])();

// ---------------------------------------------------------------- cells & labels
const cell = (raw, ...labels) => ({ raw, labels });
const X = (kind, text) => cell(text, { t: 'x', kind, text });
function fmtMobile(m, o = {}) {
  const a = m.slice(0, 3), b = m.slice(3, 7), c = m.slice(7), r = rnd(); let s;
  if (o.plain || r < 0.58) s = m;
  else if (r < 0.68) s = `${a} ${b} ${c}`;
  else if (r < 0.78) s = `${a}-${b}-${c}`;
  else if (r < 0.84) s = `+86 ${m}`;
  else if (r < 0.88) s = `+86-${m}`;
  else if (r < 0.91) s = `+86${m}`;
  else if (r < 0.94) s = `+86 ${a} ${b} ${c}`;
  else if (r < 0.96) s = `(+86)${m}`;
  else if (r < 0.98) s = `0086 ${m}`;
  else s = `86${m}`;
  if (o.fw && chance(0.3)) s = fw(s);
  return s;
}
function mobC(m, t = 'e', o = {}) { const raw = fmtMobile(m, o); return cell(raw, { t, det: 'cn_mobile', val: m, raw }); }
function idC(id, t = 'e', o = {}) {
  let s = id; if (s.endsWith('X') && chance(0.3)) s = s.slice(0, 17) + 'x';
  if (!o.plain && chance(0.04)) s = `${s.slice(0, 6)} ${s.slice(6, 14)} ${s.slice(14)}`;
  if (o.fw && chance(0.25)) s = fw(s);
  return cell(s, { t, det: 'cn_resident_id', val: id, raw: s });
}
function cardC(no, t = 'e', o = {}) { const r = rnd(); const s = o.plain || r < 0.6 ? no : r < 0.95 ? no.match(/.{1,4}/g).join(' ') : no.match(/.{1,4}/g).join('-'); return cell(s, { t, det: 'bank_card', val: no, raw: s }); }
function llC(tel, t = 'e', o = {}) {
  const { area, sub } = tel, h = sub.length === 8 ? sub.slice(0, 4) + ' ' + sub.slice(4) : sub.slice(0, 3) + ' ' + sub.slice(3), r = rnd();
  const s = r < 0.45 ? `${area}-${sub}` : r < 0.55 ? `(${area})${sub}` : r < 0.62 ? `（${area}）${sub}` : r < 0.7 ? `${area} ${sub}` : r < 0.77 ? `${area}-${h}` : r < 0.86 ? `${area}${sub}` : r < 0.93 ? `+86 ${area.slice(1)} ${h}` : `+86-${area.slice(1)}-${sub}`;
  const ext = o.ext ? pick([`-${o.ext}`, `转${o.ext}`, ` 转 ${o.ext}`, ` ext.${o.ext}`, ` 分机${o.ext}`]) : '';
  return cell(s + ext, { t, det: 'cn_landline', val: area + sub, raw: s });
}
function emailC(addr, t = 'e', o = {}) {
  let s = addr;
  if (!/^\d/.test(addr) && chance(0.08)) s = addr.replace(/^[a-z]/, (c) => c.toUpperCase()).replace(/\.[a-z]/, (c) => c.toUpperCase());
  if (o.ocr && chance(0.2)) s = s.replace('@', '＠');
  const labels = [{ t, det: 'email', val: addr.toLowerCase(), raw: s }];
  const m = /^(1[3-9]\d{9})@(139\.com|189\.cn|wo\.cn)$/.exec(addr);
  if (m) labels.push({ t, det: 'cn_mobile', val: m[1], raw: m[1] });
  return cell(s, ...labels);
}
function nameC(n, t = 'e', o = {}) { const s = o.spaced && !n.includes('·') && n.length <= 3 ? n.split('').join(pick([' ', '  '])) : n; return cell(s, { t, det: 'person_name_zh', val: n, raw: s }); }
const usccC = (u, t = 'e') => cell(u, { t, det: 'cn_uscc', val: u, raw: u });
const passC = (p, t = 'e') => cell(p, { t, det: 'cn_passport', val: p, raw: p });
function acctC(a) { return a.no.length >= 16 && a.no.length <= 19 && luhnOk(a.no) ? cell(a.raw, { t: 'd', det: 'bank_card', val: a.no, raw: a.raw }) : X('corp_account', a.raw); }
const coC = (co) => X('company_name', co.name);
const cat = (...cs) => cell(cs.map((c) => (typeof c === 'string' ? c : c.raw)).join(''), ...cs.flatMap((c) => (typeof c === 'string' ? [] : c.labels)));

class Doc {
  constructor(kind) { this.kind = kind; this.L = []; }
  c(x) { if (x == null) return ''; if (typeof x === 'string') return x; for (const l of x.labels) this.L.push(l); return x.raw; }
}
function personalBranch(bank, city) { return `${bank}${(city || pick(CITIES)).n.replace(/市$/, '')}${pick(BRANCH)}`; }
const SEPS = ['：', '：', ': ', ':', '：', '\t'];

// ---------------------------------------------------------------- tables
function renderTable(headers, rows, fmt) {
  const q = (v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  switch (fmt) {
    case 'csv': return [headers, ...rows].map((r) => r.map(q).join(',')).join('\n');
    case 'tsv': return [headers, ...rows].map((r) => r.join('\t')).join('\n');
    case 'md': return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
    case 'pipe': return [headers, ...rows].map((r) => r.join('|')).join('\n');
    case 'semi': return rows.map((r) => r.map((v, i) => `${headers[i]}：${v}`).join('；')).join('\n');
    default: return [headers, ...rows].map((r) => r.join('    ')).join('\n');
  }
}
// defs: array of {k, h:[...], p (probability, default 1), g:(ctx,i)=>cell|string}
function table(d, defs, n, o = {}) {
  let cols = defs.filter((c) => c.p === undefined || chance(c.p));
  if (o.shuffle ?? chance(0.35)) { const fixed = cols.filter((c) => c.k === 'seq'); cols = [...fixed, ...shuffle(cols.filter((c) => c.k !== 'seq'))]; }
  const headers = cols.map((c) => pick(c.h));
  const fmt = o.fmt || pick(['csv', 'csv', 'tsv', 'tsv', 'md', 'pipe', 'semi', 'space']);
  const rows = [];
  for (let i = 0; i < n; i++) { const ctx = o.ctx ? o.ctx(i) : {}; rows.push(cols.map((c) => d.c(c.g(ctx, i)) || '')); }
  return renderTable(headers, rows, fmt);
}

// ---------------------------------------------------------------- document kinds
const K = {};

K.invoice_info = (d) => {
  const out = [pick(['', '请按以下信息开具增值税专用发票：', '开票资料如下，麻烦开专票，谢谢！', '【开票信息】', '客户开票信息（2024版）', 'Hi，发票抬头信息：', '开票信息如下（请勿外传）', '以下为本月需开票客户：'])];
  const n = chance(0.72) ? 1 : ri(2, 4);
  for (let i = 0; i < n; i++) {
    if (n > 1) out.push(pick([`${i + 1}. `, `【${i + 1}】`, `客户${i + 1}：`, '------']));
    const r = rnd(); out.push(r < 0.6 ? invCompany(d) : r < 0.88 ? invGth(d) : invNatural(d));
  }
  if (chance(0.5)) out.push(pick([
    () => `订单号：${d.c(X('order_no', orderNo()))}，含税金额 ${d.c(X('amount', amount()))}，请开13%专票。`,
    () => `备注：合同编号 ${d.c(X('contract_no', contractNo()))}，发票寄到财务部即可。`,
    () => `上次开的发票代码 ${d.c(X('invoice_code', invCode()))} 号码 ${d.c(X('invoice_no', invNo()))} 已作废，请重开。`,
    () => `有问题请联系开票组 ${d.c(X('hotline_400', hotline()))}。`,
    () => `注：原税号 ${d.c(X('uscc_badcheck', badUSCC()))} 为笔误，以上面为准。`,
  ])());
  return out.filter((x) => x !== '').join('\n');
};
function invCompany(d) {
  const co = genCompany(), s = pick(SEPS), p = genPerson();
  const L = [];
  L.push(`${pick(['名称', '单位名称', '公司名称', '发票抬头', '购买方名称', '抬头'])}${s}${d.c(coC(co))}`);
  L.push(`${pick(['纳税人识别号', '税号', '统一社会信用代码', '纳税人识别号/统一社会信用代码', '社会信用代码'])}${s}${d.c(chance(0.92) ? usccC(co.uscc) : X('uscc_badcheck', badUSCC()))}`);
  const tel = chance(0.8) ? d.c(llC(co.tel, 'd')) : d.c(mobC(genMobile()));
  L.push(`${pick(['地址、电话', '地址电话', '注册地址及电话', '地址及电话', '地址/电话'])}${s}${d.c(X('company_address', co.addr))}${pick([' ', '  ', '，', ''])}${tel}`);
  L.push(`${pick(['开户行及账号', '开户银行及账号', '开户行、账号', '开户行/账号'])}${s}${co.acct.branch}${pick([' ', '　', '，'])}${d.c(acctC(co.acct))}`);
  if (chance(0.2)) L.push(`${pick(['联行号', '行号'])}${s}${d.c(X('cnaps_no', cnaps()))}`);
  if (chance(0.5)) {
    L.push(`${pick(['收票人', '发票接收人', '联系人', '收件人'])}${s}${d.c(nameC(p.name))}${pick([' ', '，', '/', '  电话：'])}${d.c(mobC(p.mobile))}`);
    if (chance(0.6)) L.push(`${pick(['收票邮箱', '电子发票接收邮箱', '邮箱'])}${s}${d.c(emailC(chance(0.7) ? workEmail(p, co.domain) : privEmail(p)))}`);
  } else if (chance(0.35)) L.push(`${pick(['电子发票邮箱', '收票邮箱'])}${s}${d.c(emailC(roleEmail(co.domain), 'd'))}`);
  if (chance(0.25)) L.push(`${pick(['发票类型', '开票类型'])}${s}${pick(['增值税专用发票', '增值税普通发票', '数电专票', '全电普票'])}`);
  return (chance(0.15) ? shuffle(L) : L).join('\n');
}
function shopName(d, p, city) {
  const kind = pick(['五金店', '建材商行', '服装店', '汽配经营部', '日用品批发部', '电子产品经营部', '便利店', '装饰材料店', '办公用品商行', '劳保用品店']);
  const pre = `${city.n}${pick(city.d)}`;
  if (chance(0.35)) return cat(pre, nameC(p.name), kind);
  if (chance(0.15)) return cat(nameC(p.name), '（个体工商户）');
  return X('company_name', `${pre}${pick(ZIHAO)[0]}${kind}`);
}
function invGth(d) {
  const p = genPerson(1960, 2000), city = pick(CITIES), s = pick(SEPS), c = genCard();
  const L = [`${pick(['名称', '单位名称', '发票抬头'])}${s}${d.c(shopName(d, p, city))}`];
  const r = rnd();
  const tax = r < 0.6 ? usccC(genUSCC('92', pick(city.reg))) : r < 0.85 ? idC(p.id) : cell(p.id + pad(ri(0, 2), 2), { t: 'd', det: 'cn_resident_id', val: p.id, raw: p.id });
  L.push(`${pick(['纳税人识别号', '税号', '统一社会信用代码'])}${s}${d.c(tax)}`);
  L.push(`${pick(['地址、电话', '地址电话', '经营地址及电话'])}${s}${city.n}${pick(city.d)}${pick(ROADS)}${ri(1, 300)}号${pick(['', '铺面', '一楼', `${ri(1, 30)}档`])} ${d.c(chance(0.8) ? mobC(p.mobile) : llC({ area: city.area, sub: genSub(city.area) }))}`);
  L.push(`${pick(['开户行及账号', '开户银行及账号', '开户行、账号'])}${s}${personalBranch(c.bank, city)} ${d.c(cardC(c.no))}`);
  if (chance(0.5)) L.push(`${pick(['户名', '经营者', '负责人'])}${s}${d.c(nameC(p.name))}`);
  return L.join('\n');
}
function invNatural(d) {
  const p = genPerson(1965, 2002), s = pick(SEPS);
  const L = [`${pick(['名称', '发票抬头', '购买方'])}${s}${d.c(nameC(p.name))}${pick(['', '（个人）', ' 个人'])}`,
    `${pick(['纳税人识别号', '身份证号', '税号（身份证号）'])}${s}${d.c(idC(p.id))}`,
    `${pick(['电话', '手机', '联系电话'])}${s}${d.c(mobC(p.mobile))}`];
  if (chance(0.6)) L.push(`${pick(['邮箱', '收票邮箱'])}${s}${d.c(emailC(privEmail(p)))}`);
  return L.join('\n');
}

K.supplier_roster = (d) => {
  const title = pick(['合格供应商名录', '供应商主数据导出', '2024年度供应商清单', '供应商联系人一览表', '新增供应商（待审批）', 'AVL 供应商列表']);
  const out = [title];
  const maskP = chance(0.2) ? 0.5 : 0.04;
  if (maskP > 0.1) out.push(pick(['（脱敏导出，部分字段已隐藏）', '注：本表按数据安全要求部分脱敏']));
  if (chance(0.4)) out.push(`导出时间：${d.c(X('date', dash()))} ${pad(ri(8, 20), 2)}:${pad(ri(0, 59), 2)}  操作人：${d.c(nameC(genName().name))}`);
  const defs = [
    { k: 'seq', h: ['序号', 'No.', '#'], p: 0.7, g: (c, i) => String(i + 1) },
    { k: 'code', h: ['供应商编码', '供应商代码', '编码', 'Vendor Code'], p: 0.9, g: () => X('supplier_code', pick([`V${ri(100000, 399999)}`, `SUP-${digits(6)}`, `GYS${digits(5)}`])) },
    { k: 'cname', h: ['供应商名称', '公司名称', '单位名称', '供应商'], g: (c) => coC(c.co) },
    { k: 'uscc', h: ['统一社会信用代码', '信用代码', '税号', 'USCC'], p: 0.8, g: (c) => (chance(0.04) ? X('uscc_badcheck', badUSCC()) : usccC(c.co.uscc)) },
    { k: 'legacy', h: ['原注册号/组织机构代码', '旧证号', '组织机构代码'], p: 0.2, g: () => (chance(0.5) ? X('reg_no_15', regNo15()) : X('org_code', orgCode())) },
    { k: 'hotline', h: ['客服电话', '服务热线'], p: 0.15, g: () => X('hotline_400', hotline()) },
    { k: 'legal', h: ['法定代表人', '法人', '法人代表'], p: 0.6, g: (c) => nameC(c.legal.name) },
    { k: 'legalId', h: ['法人身份证号', '法人身份证', '法定代表人身份证号码', '法人证件号'], p: 0.55, g: (c) => (chance(maskP) ? X('masked_id', maskId()) : idC(c.legal.id)) },
    { k: 'contact', h: ['联系人', '业务联系人', '对接人', '联系人姓名'], g: (c) => nameC(c.p.name) },
    { k: 'title', h: ['职务', '职位', '岗位'], p: 0.5, g: () => X('job_title', pick(TITLES)) },
    { k: 'mobile', h: ['手机', '手机号', '联系手机', '联系电话', '移动电话'], g: (c) => (chance(maskP) ? X('masked_mobile', maskMobile()) : mobC(c.p.mobile)) },
    { k: 'email', h: ['邮箱', '电子邮箱', 'E-mail', 'Email'], p: 0.8, g: (c) => (chance(0.15) ? emailC(roleEmail(c.co.domain), 'd') : emailC(chance(0.7) ? workEmail(c.p, c.co.domain) : privEmail(c.p))) },
    { k: 'tel', h: ['座机', '办公电话', '直线电话', '固话'], p: 0.35, g: (c) => (chance(0.4) ? llC(c.co.tel, 'd', { ext: String(ri(800, 8999)) }) : llC({ area: c.co.tel.area, sub: genSub(c.co.tel.area) })) },
    { k: 'capital', h: ['注册资本', '注册资本(万元)'], p: 0.5, g: () => X('amount', amount()) },
    { k: 'since', h: ['合作开始日期', '准入日期', '入库时间'], p: 0.55, g: () => X('date', dash()) },
    { k: 'acct', h: ['银行账号', '对公账号', '收款账号'], p: 0.45, g: (c) => acctC(c.co.acct) },
    { k: 'created', h: ['创建时间', 'createTime', 'created_at'], p: 0.55, g: () => X('timestamp_ms', tsMs()) },
    { k: 'remark', h: ['备注', '框架合同'], p: 0.4, g: () => (chance(0.5) ? X('contract_no', contractNo()) : chance(0.5) ? X('order_no', orderNo()) : '') },
    { k: 'status', h: ['状态', '审核状态'], p: 0.4, g: () => pick(['合格', '暂停', '待审核', '黑名单', '合格']) },
  ];
  out.push(table(d, defs, nrows(), { ctx: () => { const p = genPerson(1975, 2001); return { co: genCompany(), p, legal: chance(0.3) ? p : genPerson(1958, 1992) }; } }));
  if (chance(0.3)) out.push(`共 ${ri(1, 80)} 家；如需修改请联系采购部 ${d.c(emailC(roleEmail(genCompany().domain), 'd'))}`);
  return out.join('\n');
};

K.dealer_roster = (d) => {
  const out = [pick(['经销商返利收款信息表', '2024年度经销商名册', '代理商档案（含收款卡）', '渠道商信息汇总', '华南区经销商通讯录'])];
  const defs = [
    { k: 'seq', h: ['序号', '#'], p: 0.6, g: (c, i) => String(i + 1) },
    { k: 'code', h: ['经销商编号', '客户编码', '代理商ID'], p: 0.75, g: () => X('dealer_code', pick([`JXS${digits(5)}`, `C${ri(10000000, 99999999)}`, `DL-${digits(4)}`])) },
    { k: 'dname', h: ['经销商名称', '客户名称', '代理商'], g: (c) => c.shop },
    { k: 'region', h: ['区域', '所属大区', '片区'], p: 0.5, g: () => X('place_name', pick(['华东区', '华南区', '华北区', '西南区', '华中区', '高新区片区'])) },
    { k: 'owner', h: ['负责人', '法人/负责人', '联系人', '老板'], g: (c) => nameC(c.p.name) },
    { k: 'id', h: ['身份证号', '负责人身份证', '证件号码'], p: 0.7, g: (c) => (chance(0.06) ? X('masked_id', maskId()) : idC(c.p.id)) },
    { k: 'mobile', h: ['手机', '联系电话', '手机号码'], g: (c) => mobC(c.p.mobile) },
    { k: 'acctName', h: ['收款户名', '户名', '开户名'], p: 0.5, g: (c) => nameC(c.p.name) },
    { k: 'card', h: ['收款卡号', '银行卡号', '返利账户', '卡号'], g: (c) => (chance(0.04) ? cardC(genBadCard().no, 'd') : chance(0.05) ? X('masked_card', maskCard()) : cardC(c.card.no)) },
    { k: 'bank', h: ['开户行', '开户银行'], p: 0.7, g: (c) => personalBranch(c.card.bank) },
    { k: 'target', h: ['年度任务(万元)', '年度目标', '授信额度'], p: 0.7, g: () => X('amount', amount()) },
    { k: 'signed', h: ['签约日期', '合作日期'], p: 0.6, g: () => X('date', dash()) },
    { k: 'email', h: ['邮箱', 'Email'], p: 0.35, g: (c) => emailC(privEmail(c.p)) },
    { k: 'rebate', h: ['上季度返利', '已发返利'], p: 0.5, g: () => X('amount', amount()) },
  ];
  out.push(table(d, defs, nrows(), { ctx: () => { const p = genPerson(1962, 1998); const city = pick(CITIES); return { p, card: genCard(), shop: chance(0.3) ? X('company_name', genCompany({ city }).name) : shopName(d, p, city) }; } }));
  if (chance(0.5)) out.push(pick([() => '注：返利按季度打款至上述个人卡，请勿外传。', () => `注：卡号有误的请在${d.c(X('trap_word', '周一'))}前反馈，逾期按原卡号${d.c(X('trap_word', '付款'))}。`, () => `备注：本表由 ${d.c(nameC(genName().name))} 整理，${d.c(X('date', dash()))} 更新。`])());
  return out.join('\n');
};

K.crm_leads = (d) => {
  const reps = Array.from({ length: ri(2, 6) }, () => genName().name), maskP = chance(0.2) ? 0.6 : 0.06;
  const en = chance(0.3);
  const defs = [
    { k: 'lid', h: en ? ['Lead ID'] : ['线索编号', '线索ID'], g: () => X('lead_id', pick([`L${YMD().join('')}${digits(3)}`, `LD-${digits(7)}`, snowflake()])) },
    { k: 'company', h: en ? ['Company'] : ['公司名称', '客户名称', '企业名称'], g: (c) => coC(c.co) },
    { k: 'uscc', h: en ? ['Tax ID'] : ['统一社会信用代码', '税号'], p: 0.3, g: (c) => (chance(0.05) ? X('uscc_badcheck', badUSCC()) : usccC(c.co.uscc)) },
    { k: 'contact', h: en ? ['Contact'] : ['联系人', '客户联系人', '姓名'], g: (c) => nameC(c.p.name) },
    { k: 'title', h: en ? ['Title'] : ['职位', '职务'], p: 0.6, g: () => X('job_title', pick(TITLES)) },
    { k: 'mobile', h: en ? ['Mobile'] : ['手机', '手机号', '联系方式'], g: (c) => (chance(maskP) ? X('masked_mobile', maskMobile()) : mobC(c.p.mobile)) },
    { k: 'email', h: en ? ['Email'] : ['邮箱', '电子邮件'], p: 0.75, g: (c) => (chance(maskP * 0.8) ? X('masked_email', maskEmail()) : emailC(chance(0.6) ? workEmail(c.p, c.co.domain) : privEmail(c.p))) },
    { k: 'tel', h: en ? ['Phone'] : ['公司电话', '座机', '总机'], p: 0.35, g: (c) => (chance(0.25) ? X('hotline_400', hotline()) : llC(c.co.tel, 'd')) },
    { k: 'prov', h: en ? ['City'] : ['城市', '所在地'], p: 0.5, g: (c) => c.co.city.n },
    { k: 'src', h: en ? ['Source'] : ['线索来源', '来源'], p: 0.6, g: () => pick(['官网表单', '展会', '400来电', '百度推广', '老客户转介绍', '公海领取', '企查查导入']) },
    { k: 'created', h: en ? ['Created'] : ['创建时间', '录入时间'], p: 0.6, g: () => X('timestamp_ms', tsMs()) },
    { k: 'owner', h: en ? ['Owner'] : ['负责销售', '跟进人', '归属人'], p: 0.8, g: () => nameC(pick(reps)) },
    { k: 'follow', h: en ? ['Last Activity'] : ['最近跟进时间', '最后跟进'], p: 0.5, g: () => X('timestamp_ms', tsMs()) },
    { k: 'opp', h: en ? ['Opportunity'] : ['商机编号'], p: 0.35, g: () => X('opportunity_no', `OPP-${ri(2023, 2025)}-${digits(5)}`) },
    { k: 'budget', h: en ? ['Budget'] : ['预算', '预计金额'], p: 0.55, g: () => X('amount', amount()) },
  ];
  const head = pick([() => '', () => `# CRM export ${d.c(X('date', dash()))}`, () => '客户线索导出（销售部）', () => 'leads_export.csv'])();
  return (head ? head + '\n' : '') + table(d, defs, nrows(), { fmt: pick(['csv', 'csv', 'tsv', 'tsv', 'pipe']), ctx: () => ({ co: genCompany(), p: genPerson(1970, 2001) }) });
};

function partyBlock(d, role) {
  const r = rnd(), s = pick(SEPS), L = [];
  if (r < 0.7) {
    const co = genCompany(), legal = genPerson(1958, 1990), ag = genPerson(1972, 2001);
    L.push(`${role}${s}${d.c(coC(co))}`);
    L.push(`${pick(['统一社会信用代码', '社会信用代码', '纳税人识别号'])}${s}${d.c(usccC(co.uscc))}`);
    L.push(`${pick(['法定代表人', '法定代表人/负责人', '法人代表'])}${s}${d.c(nameC(legal.name))}`);
    if (chance(0.35)) L.push(`${pick(['法定代表人身份证号', '法人身份证号码'])}${s}${d.c(idC(legal.id))}`);
    if (chance(0.75)) {
      L.push(`${pick(['委托代理人', '授权代表', '经办人'])}${s}${d.c(nameC(ag.name))}`);
      if (chance(0.1)) L.push(`证件类型${s}护照　证件号码${s}${d.c(passC(genPassport()))}`);
      else L.push(`${pick(['身份证号码', '身份证号', '证件号码'])}${s}${d.c(idC(ag.id))}`);
      L.push(`${pick(['联系电话', '手机', '电话'])}${s}${d.c(mobC(ag.mobile))}`);
      if (chance(0.5)) L.push(`${pick(['电子邮箱', '邮箱', 'E-mail'])}${s}${d.c(emailC(workEmail(ag, co.domain)))}`);
    } else L.push(`${pick(['电话', '联系电话'])}${s}${d.c(llC(co.tel, 'd'))}`);
    L.push(`${pick(['住所', '地址', '注册地址'])}${s}${d.c(X('company_address', co.addr))}`);
    if (chance(0.6)) L.push(`${pick(['开户银行', '开户行'])}${s}${co.acct.branch}\n${pick(['账号', '银行账号', '账户'])}${s}${d.c(acctC(co.acct))}`);
  } else if (r < 0.88) {
    const p = genPerson(1960, 1998), city = pick(CITIES), c = genCard();
    L.push(`${role}${s}${d.c(shopName(d, p, city))}`);
    L.push(`${pick(['统一社会信用代码', '信用代码'])}${s}${d.c(usccC(genUSCC('92', pick(city.reg))))}`);
    L.push(`${pick(['经营者', '负责人'])}${s}${d.c(nameC(p.name))}　${pick(['身份证号', '身份证号码'])}${s}${d.c(idC(p.id))}`);
    L.push(`${pick(['联系电话', '手机'])}${s}${d.c(mobC(p.mobile))}`);
    L.push(`${pick(['收款账户', '银行卡号', '账号'])}${s}${d.c(cardC(c.no))}（${personalBranch(c.bank, city)}，户名${s}${d.c(nameC(p.name))}）`);
  } else {
    const p = genPerson(1965, 2001), c = genCard();
    L.push(`${role}${pick(['（自然人）', '', '（个人）'])}${s}${d.c(nameC(p.name))}`);
    L.push(`${pick(['身份证号码', '公民身份号码', '身份证号'])}${s}${d.c(idC(p.id))}`);
    L.push(`${pick(['联系电话', '手机号码'])}${s}${d.c(mobC(p.mobile))}`);
    if (chance(0.5)) L.push(`${pick(['电子邮箱', '邮箱'])}${s}${d.c(emailC(privEmail(p)))}`);
    L.push(`${pick(['收款银行卡', '银行账号', '收款卡号'])}${s}${d.c(cardC(c.no))}  ${pick(['开户行', '开户银行'])}${s}${personalBranch(c.bank)}`);
  }
  return L.join('\n');
}
K.contract_parties = (d) => {
  const t = pick(['采购合同', '销售合同', '框架采购协议', '技术服务合同', '经销协议', '委托加工合同', '仓储服务合同']);
  const out = [`${t}`, `${pick(['合同编号', '协议编号', '编号'])}：${d.c(X('contract_no', contractNo()))}`];
  if (chance(0.4)) out.push(`签订地点：${pick(CITIES).n}　　签订日期：${d.c(X('date', dash()))}`);
  out.push('', partyBlock(d, pick(['甲方（采购方）', '甲方', '买方', '委托方'])), '', partyBlock(d, pick(['乙方（供货方）', '乙方', '卖方', '受托方'])));
  if (chance(0.2)) out.push('', partyBlock(d, '丙方（担保方）'));
  out.push('', pick([
    () => `第一条 合同总金额为人民币 ${d.c(X('amount', amount()))}（含13%增值税），甲方于收到发票后30日内付款。`,
    () => `第三条 付款方式：预付30%，余额于验收合格后支付，乙方须提供合规增值税专用发票。`,
    () => `附件：报价单（编号 ${d.c(X('quote_no', `QT${digits(8)}`))}）、技术协议、廉洁协议。`,
  ])());
  return out.join('\n');
};

K.statement_email = (d) => {
  const our = genCompany(), cust = genCompany(), me = genPerson(1980, 2000), them = genPerson(1970, 2000);
  const meMail = workEmail(me, our.domain), L = [];
  L.push(`${pick(['发件人', 'From'])}: ${d.c(nameC(me.name))} <${d.c(emailC(meMail))}>`);
  const to = chance(0.6) ? `${d.c(nameC(them.name))} <${d.c(emailC(chance(0.6) ? workEmail(them, cust.domain) : privEmail(them)))}>` : d.c(emailC(roleEmail(cust.domain), 'd'));
  L.push(`${pick(['收件人', 'To'])}: ${to}`);
  if (chance(0.5)) L.push(`${pick(['抄送', 'Cc'])}: ${d.c(emailC(roleEmail(our.domain), 'd'))}${chance(0.5) ? '; ' + d.c(emailC(workEmail(genPerson(), our.domain))) : ''}`);
  L.push(`${pick(['主题', 'Subject'])}: ${pick(['【对账单】', '对账确认-', 'RE: 对账单', '请核对'])}${ri(2023, 2025)}年${ri(1, 12)}月对账单-${d.c(coC(cust))}`);
  L.push('', pick([() => `${d.c(nameC(them.name))} 您好：`, () => '您好！', () => '各位好：', () => `${d.c(nameC(them.name))}，你好`])());
  L.push(`附件为贵司${ri(1, 12)}月份对账单，请${pick(['核对', '查收', '确认'])}。${pick(['明细如下：', '发票明细：', ''])}`);
  const n = ri(1, 12), useE = chance(0.4);
  L.push(useE ? '数电发票号码    开票日期    价税合计' : '发票代码    发票号码    开票日期    金额(含税)');
  for (let i = 0; i < n; i++) L.push(useE ? `${d.c(X('e_invoice_no', eInvNo()))}    ${d.c(X('date', dash()))}    ${d.c(X('amount', amount()))}` : `${d.c(X('invoice_code', invCode()))}    ${d.c(X('invoice_no', invNo()))}    ${d.c(X('date', dash()))}    ${d.c(X('amount', amount()))}`);
  L.push(`截至本月末，贵司应付${d.c(X('trap_word', '余额'))}为 ${d.c(X('amount', amount()))}，请于${ri(1, 28)}日前${d.c(X('trap_word', '付款'))}至以下账户：`);
  L.push(`户名：${d.c(coC(our))}`, `开户行：${our.acct.branch}`, `账号：${d.c(acctC(our.acct))}`);
  if (chance(0.3)) L.push(`（付款时请备注订单号 ${d.c(X('order_no', orderNo()))}）`);
  L.push(`如有疑问请联系本人${pick([() => ` ${d.c(mobC(me.mobile))}`, () => `（手机 ${d.c(mobC(me.mobile))}）`])()}，或拨打客服热线 ${d.c(X('hotline_400', hotline()))}。`);
  L.push('', '--', d.c(nameC(me.name)), `${pick(['财务部', '应收组', '销售管理部'])} | ${d.c(X('job_title', pick(TITLES)))}`, d.c(coC(our)));
  L.push(`T: ${d.c(llC(our.tel, 'd', chance(0.4) ? { ext: String(ri(800, 8999)) } : {}))}  M: ${d.c(mobC(me.mobile))}`);
  if (chance(0.5)) L.push(`E: ${d.c(emailC(meMail))}`);
  if (chance(0.3)) L.push(`[image: ${d.c(X('email_like', pick(['logo@2x.png', 'sign@3x.jpg', 'qrcode@2x.png'])))}]`);
  return L.join('\n');
};

K.gt_registration = (d) => {
  const p = genPerson(1960, 2001), city = pick(CITIES), c = genCard(), s = pick(SEPS), L = [];
  L.push(pick(['个体工商户登记信息', '个体户入驻资料', '个体工商户营业执照信息（录入）', '供应商（个体户）备案表']));
  L.push(`${pick(['名称', '字号名称', '个体户名称'])}${s}${d.c(shopName(d, p, city))}`);
  L.push(`${pick(['统一社会信用代码', '信用代码'])}${s}${d.c(usccC(genUSCC('92', pick(city.reg))))}`);
  if (chance(0.35)) L.push(`原注册号${s}${d.c(X('reg_no_15', regNo15()))}`);
  if (chance(0.25)) L.push(`原税务登记号${s}${d.c(cell(p.id + pad(ri(0, 2), 2), { t: 'd', det: 'cn_resident_id', val: p.id, raw: p.id }))}`);
  L.push(`${pick(['经营者', '经营者姓名', '负责人'])}${s}${d.c(nameC(p.name))}`);
  if (chance(0.5)) L.push(`性别${s}${+p.id[16] % 2 ? '男' : '女'}`);
  L.push(`${pick(['身份证号码', '经营者身份证号', '公民身份号码', '证件号码'])}${s}${d.c(idC(p.id))}`);
  L.push(`${pick(['联系电话', '手机', '手机号码'])}${s}${d.c(mobC(p.mobile))}`);
  if (chance(0.3)) L.push(`${pick(['固定电话', '座机'])}${s}${d.c(llC({ area: city.area, sub: genSub(city.area) }))}`);
  L.push(`${pick(['经营场所', '经营地址'])}${s}${city.n}${pick(city.d)}${pick(ROADS)}${ri(1, 400)}号${pick(['', '首层', `${ri(1, 40)}号铺`])}`);
  L.push(`组成形式${s}${pick(['个人经营', '个人经营', '家庭经营'])}`);
  L.push(`经营范围${s}${pick(['五金交电、建材销售', '服装鞋帽零售', '日用百货批发零售', '汽车配件销售', '办公用品、劳保用品销售'])}`);
  L.push(`${pick(['成立日期', '注册日期'])}${s}${d.c(X('date', dash()))}`);
  if (chance(0.4)) L.push(`资金数额${s}${d.c(X('amount', amount()))}`);
  L.push(`${pick(['收款银行卡号', '结算卡号', '银行卡号'])}${s}${d.c(cardC(c.no))}`);
  L.push(`${pick(['开户行', '开户银行'])}${s}${personalBranch(c.bank, city)}`);
  if (chance(0.3)) L.push(`${pick(['邮箱', '电子邮箱'])}${s}${d.c(emailC(privEmail(p)))}`);
  if (chance(0.25)) { const m = genPerson(1960, 2005); L.push(`家庭成员${s}${d.c(nameC(m.name))}（身份证 ${d.c(idC(m.id))}）`); }
  if (chance(0.3)) L.push(`登记机关${s}${d.c(X('org_name', `${city.n}市场监督管理局${pick(city.d)}分局`))}`);
  return L.join('\n');
};

K.tender_contacts = (d) => {
  const L = [], owner = genCompany(), agent = genCompany(), oc = genPerson(), ac = genPerson();
  L.push(`${pick(['', '关于'])}${pick(['办公耗材年度框架采购项目', '厂区安防改造工程', '包装材料集中采购', 'ERP系统运维服务', '物流运输服务'])}${pick(['投标单位联系表', '开标记录及投标人联系方式', '报名登记表'])}`);
  L.push(`项目编号：${d.c(X('project_no', pick([`ZB${ri(2022, 2025)}-${pick(['SZ', 'GZ', 'HZ'])}-${digits(4)}`, `${pad(ri(1, 999), 4)}-${digits(4)}GDB${digits(5)}`, `CG-${digits(8)}`])))}`);
  L.push(`招标人：${d.c(coC(owner))}　联系人：${d.c(nameC(oc.name))}　电话：${d.c(chance(0.5) ? llC(owner.tel, 'd') : mobC(oc.mobile))}`);
  L.push(`招标代理机构：${d.c(coC(agent))}　联系人：${d.c(nameC(ac.name))}　电话：${d.c(mobC(ac.mobile))}　邮箱：${d.c(emailC(chance(0.5) ? roleEmail(agent.domain) : workEmail(ac, agent.domain), chance(0.5) ? 'd' : 'e'))}`);
  L.push(`开标时间：${d.c(X('date', dash()))} ${pad(ri(9, 15), 2)}:30`, '');
  const defs = [
    { k: 'seq', h: ['序号'], g: (c, i) => String(i + 1) },
    { k: 'bidder', h: ['投标单位', '投标人名称', '供应商名称'], g: (c) => coC(c.co) },
    { k: 'uscc', h: ['统一社会信用代码', '信用代码'], p: 0.85, g: (c) => (chance(0.06) ? X('uscc_badcheck', badUSCC()) : usccC(c.co.uscc)) },
    { k: 'rep', h: ['授权代表', '被授权人', '投标代表'], g: (c) => nameC(c.p.name) },
    { k: 'id', h: ['身份证号码', '授权代表身份证号', '证件号码'], p: 0.75, g: (c) => (chance(0.06) ? passC(genPassport()) : idC(c.p.id)) },
    { k: 'mobile', h: ['联系电话', '手机'], g: (c) => mobC(c.p.mobile) },
    { k: 'email', h: ['电子邮箱', '邮箱'], p: 0.6, g: (c) => emailC(chance(0.5) ? workEmail(c.p, c.co.domain) : privEmail(c.p)) },
    { k: 'bond', h: ['投标保证金(元)', '保证金'], p: 0.6, g: () => X('amount', amount()) },
    { k: 'bondAcct', h: ['保证金退还账户', '退款账号'], p: 0.35, g: (c) => acctC(c.co.acct) },
    { k: 'time', h: ['递交时间'], p: 0.4, g: () => X('date', dash()) },
  ];
  L.push(table(d, defs, Math.min(nrows(), 30), { shuffle: false, ctx: () => ({ co: genCompany(), p: genPerson(1970, 2001) }) }));
  if (chance(0.4)) L.push(`注：保证金统一汇入代理机构账户，咨询 ${d.c(X('hotline_400', hotline()))}。`);
  return L.join('\n');
};

K.bizcard_ocr = (d) => {
  const co = genCompany(), p = genPerson(1970, 2000), L = [];
  const o = { fw: chance(0.3) };
  L.push(d.c(coC(co)));
  if (chance(0.5)) L.push(co.domain.toUpperCase().split('.')[0]);
  L.push(d.c(nameC(p.name, 'e', { spaced: chance(0.35) })) + (chance(0.5) ? ` ${p.sp[0].toUpperCase() + p.sp.slice(1)} ${p.gp[0].toUpperCase() + p.gp.slice(1)}` : ''));
  L.push(d.c(X('job_title', pick(TITLES))));
  const lines = [];
  lines.push(`${pick(['M', '手机', 'Mob', 'M0bile', '手 机'])}${pick([':', '：', ' '])}${d.c(mobC(p.mobile, 'e', o))}${chance(0.2) ? '（微信同号）' : ''}`);
  if (chance(0.6)) lines.push(`${pick(['T', '电话', 'Tel', '总机'])}${pick([':', '：', ' '])}${d.c(llC(co.tel, 'd', chance(0.5) ? { ext: String(ri(800, 8999)) } : {}))}`);
  if (chance(0.3)) lines.push(`${pick(['D', '直线'])}${pick([':', '：'])}${d.c(llC({ area: co.tel.area, sub: genSub(co.tel.area) }))}`);
  if (chance(0.35)) lines.push(`${pick(['F', '传真', 'Fax'])}${pick([':', '：'])}${d.c(llC({ area: co.tel.area, sub: genSub(co.tel.area) }, 'd'))}`);
  lines.push(`${pick(['E', 'Email', 'Emai1', '邮箱', 'E-mail'])}${pick([':', '：', ' '])}${d.c(emailC(chance(0.8) ? workEmail(p, co.domain) : privEmail(p), 'e', { ocr: true }))}`);
  if (chance(0.4)) lines.push(`${pick(['全国服务热线', '客服', 'Hotline'])}：${d.c(X('hotline_400', hotline()))}`);
  lines.push(`${pick(['地址', 'Add', 'A'])}：${d.c(X('company_address', co.addr))}`);
  if (chance(0.3)) lines.push(`${pick(['邮编', 'P.C.'])}：${d.c(X('postcode', postcode()))}`);
  if (chance(0.5)) lines.push(`www.${co.domain}`);
  L.push(...(chance(0.4) ? shuffle(lines) : lines));
  if (chance(0.3)) L.push(pick(['扫一扫加微信', 'ISO9001:2015 认证企业', '|||', '©']));
  return L.join('\n');
};

K.im_message = (d) => {
  const app = pick(['wecom', 'dingtalk', 'export']);
  const staff = Array.from({ length: ri(2, 4) }, () => genName().name);
  const [y, m, dd] = YMD(); let hh = ri(8, 17), mm = ri(0, 50);
  const head = app === 'wecom' ? `企业微信 · ${pick(['销售一部', '华南大客户群', '采购-财务对接群', '渠道运营'])}` : app === 'dingtalk' ? `【钉钉群：${pick(['华东区大客户组', '开票对接', '供应商管理', '应收催款小组'])}】` : `聊天记录导出 ${y}-${m}-${dd}`;
  const L = [head];
  const n = ri(3, 9);
  for (let i = 0; i < n; i++) {
    const who = pick(staff); mm += ri(1, 9); if (mm > 59) { mm -= 60; hh++; }
    const t = `${pad(hh, 2)}:${pad(mm, 2)}`;
    const hdr = app === 'wecom' ? `${d.c(nameC(who))} ${t}` : app === 'dingtalk' ? `${d.c(nameC(who))}  ${y}-${m}-${dd} ${t}` : `[${y}-${m}-${dd} ${t}:${pad(ri(0, 59), 2)}] ${d.c(nameC(who))}：`;
    L.push(hdr, imBody(d, staff, who));
  }
  return L.join('\n');
};
function imBody(d, staff, who) {
  const o = { fw: chance(0.15) };
  return pick([
    () => { const p = genPerson(), co = genCompany(); return `${chance(0.5) ? '@' + d.c(nameC(pick(staff))) + ' ' : ''}${d.c(coC(co))}的对接人是${d.c(nameC(p.name))}，手机${d.c(mobC(p.mobile, 'e', o))}${chance(0.5) ? '，邮箱 ' + d.c(emailC(workEmail(p, co.domain))) : ''}`; },
    () => { const co = genCompany(); return `开票信息：${d.c(coC(co))}，税号${d.c(usccC(co.uscc))}，${co.acct.branch}${d.c(acctC(co.acct))}`; },
    () => { const p = genPerson(1960, 1998), c = genCard(); return `${d.c(nameC(p.name))}那边是个体户，返点打他个人卡：${d.c(cardC(c.no))}（${c.bank}），身份证${d.c(idC(p.id, 'e', o))}`; },
    () => `订单${d.c(X('order_no', orderNo()))}已发货，${pick(['顺丰', '中通', '京东'])}单号${d.c(X('tracking_no', tracking()))}`,
    () => `系统里客户手机是${d.c(X('masked_mobile', maskMobile()))}，脱敏的，完整的我私发你`,
    () => `发票号码${d.c(X('invoice_no', invNo()))}金额${d.c(X('amount', amount()))}，客户说抬头错了要红冲`,
    () => `客户说打${d.c(X('hotline_400', hotline()))}一直没人接，${d.c(X('trap_word', pick(['周一', '周末'])))}再跟一下`,
    () => { const p = genPerson(); return `新线索：${d.c(nameC(p.name))} ${d.c(mobC(p.mobile, 'e', o))}，${pick(['想要报价', '问账期', '要样品', '要营业执照扫描件'])}`; },
    () => `收到👌`, () => `好的，我下午处理`, () => `合同${d.c(X('contract_no', contractNo()))}盖章版已回传`,
    () => { const p = genPerson(1960, 1995); return `法人${d.c(nameC(p.name))}的身份证号${d.c(idC(p.id))}，电话${d.c(mobC(p.mobile))}，准入要用`; },
    () => `${d.c(X('masked_name', maskName()))}的尾款还没到，${d.c(X('masked_card', maskCard()))}那张卡退回来了`,
    () => { const p = genPerson(); return `对方邮箱换了，新的是${d.c(emailC(privEmail(p)))}，联系人${d.c(nameC(p.name))}`; },
    () => `工单号${d.c(X('ticket_id', tsMs()))}，客户要求${d.c(X('trap_word', pick(['周一', '周末'])))}前回复`,
  ])();
}

K.erp_json = (d) => {
  const cn = chance(0.3), n = Math.min(nrows(), 25), recs = [];
  const k = cn ? { code: '供应商编码', name: '名称', type: '类型', uscc: '统一社会信用代码', legal: '法定代表人', legalId: '法人证件号', contacts: '联系人', cname: '姓名', mobile: '手机', email: '邮箱', bank: '银行账户', acctName: '户名', acctNo: '账号', bankName: '开户行', acctType: '账户类型', created: '创建时间', id: 'ID' }
    : { code: 'vendorCode', name: 'name', type: 'type', uscc: 'usccCode', legal: 'legalPerson', legalId: 'legalPersonIdNo', contacts: 'contacts', cname: 'name', mobile: 'mobile', email: 'email', bank: 'bankAccounts', acctName: 'accountName', acctNo: 'accountNo', bankName: 'bankName', acctType: 'accountType', created: 'createdAt', id: 'id' };
  for (let i = 0; i < n; i++) {
    const r = {};
    r[k.id] = d.c(X('snowflake_id', snowflake()));
    r[k.code] = d.c(X('supplier_code', `V${ri(100000, 399999)}`));
    if (chance(0.75)) {
      const co = genCompany(), legal = genPerson(1958, 1990);
      r[k.name] = d.c(coC(co)); r[k.type] = 'CORPORATE'; r[k.uscc] = d.c(usccC(co.uscc));
      r[k.legal] = d.c(nameC(legal.name)); if (chance(0.5)) r[k.legalId] = d.c(idC(legal.id, 'e', { plain: true }));
      r[k.contacts] = Array.from({ length: ri(1, 3) }, () => { const p = genPerson(); const c = { [k.cname]: d.c(nameC(p.name)), [k.mobile]: d.c(mobC(p.mobile, 'e', { plain: chance(0.7) })) }; if (chance(0.7)) c[k.email] = d.c(emailC(chance(0.2) ? roleEmail(co.domain) : workEmail(p, co.domain), chance(0.2) ? 'd' : 'e')); return c; });
      if (chance(0.7)) r[k.bank] = [{ [k.acctName]: co.name, [k.acctNo]: d.c(acctC({ ...co.acct, raw: co.acct.no })), [k.bankName]: co.acct.branch, [k.acctType]: 'CORPORATE' }];
    } else {
      const p = genPerson(1962, 2000), c = genCard();
      r[k.name] = d.c(nameC(p.name)); r[k.type] = chance(0.5) ? 'INDIVIDUAL' : 'SOLE_PROPRIETOR';
      r[k.legalId] = d.c(idC(p.id, 'e', { plain: true }));
      r[k.contacts] = [{ [k.cname]: p.name, [k.mobile]: d.c(mobC(p.mobile, 'e', { plain: true })) }];
      r[k.bank] = [{ [k.acctName]: p.name, [k.acctNo]: d.c(cardC(c.no, 'e', { plain: true })), [k.bankName]: personalBranch(c.bank), [k.acctType]: 'PERSONAL' }];
    }
    r[k.created] = chance(0.7) ? Number(d.c(X('timestamp_ms', tsMs()))) : `${d.c(X('date', dash()))}T0${ri(1, 9)}:${pad(ri(0, 59), 2)}:00+08:00`;
    recs.push(r);
  }
  const wrap = chance(0.5) ? { code: 0, msg: 'success', data: { total: n, list: recs } } : recs;
  return JSON.stringify(wrap, null, pick([0, 2, 2]));
};

K.commission_sheet = (d) => {
  const out = [`${ri(2023, 2025)}年${pick(['Q1', 'Q2', 'Q3', 'Q4', '上半年', `${ri(1, 12)}月`])}${pick(['渠道佣金结算表', '居间服务费发放明细', '推广返点发放表', '代理人佣金明细'])}`];
  const defs = [
    { k: 'seq', h: ['序号'], p: 0.7, g: (c, i) => String(i + 1) },
    { k: 'name', h: ['代理人', '渠道伙伴', '收款人', '姓名'], g: (c) => nameC(c.p.name) },
    { k: 'id', h: ['身份证号', '身份证号码', '证件号'], g: (c) => (chance(0.04) ? X('masked_id', maskId()) : idC(c.p.id)) },
    { k: 'mobile', h: ['手机', '联系电话'], p: 0.8, g: (c) => mobC(c.p.mobile) },
    { k: 'bank', h: ['开户行', '开户银行'], p: 0.7, g: (c) => personalBranch(c.card.bank) },
    { k: 'card', h: ['银行卡号', '收款卡号', '卡号'], g: (c) => (chance(0.03) ? cardC(genBadCard().no, 'd') : cardC(c.card.no)) },
    { k: 'order', h: ['关联订单号', '成交订单'], p: 0.8, g: () => X('order_no', orderNo()) },
    { k: 'client', h: ['成交客户', '客户名称'], p: 0.7, g: () => X('company_name', genCompany().name) },
    { k: 'deal', h: ['成交金额', '回款金额'], p: 0.7, g: () => X('amount', amount()) },
    { k: 'rate', h: ['佣金比例', '返点比例'], p: 0.5, g: () => `${ri(1, 15)}%` },
    { k: 'fee', h: ['应发佣金', '应发金额'], g: () => X('amount', amount(5000, 9000000)) },
    { k: 'tax', h: ['代扣个税', '个税'], p: 0.6, g: () => X('amount', amount(100, 2000000)) },
  ];
  out.push(table(d, defs, nrows(), { ctx: () => ({ p: genPerson(1965, 2002), card: genCard() }) }));
  out.push(`制表：${d.c(nameC(genName().name))}　审核：${d.c(nameC(genName().name))}　${d.c(X('date', dash()))}`);
  return out.join('\n');
};

K.po_confirmation = (d) => {
  const buyer = genCompany(), sup = genCompany(), rcv = genPerson(), buyerP = genPerson(1975, 2000), L = [];
  L.push(pick(['采购订单 Purchase Order', '采购订单确认函', 'PO 确认', '订货单']));
  L.push(`订单号：${d.c(X('order_no', orderNo()))}　　下单日期：${d.c(X('date', dash()))}`);
  L.push(`供应商：${d.c(coC(sup))}（编码 ${d.c(X('supplier_code', `V${ri(100000, 399999)}`))}）`);
  L.push(`采购方：${d.c(coC(buyer))}`);
  L.push('行号 | 物料编码 | 物料描述 | 数量 | 单价 | 金额');
  const n = ri(1, 10);
  for (let i = 0; i < n; i++) L.push(`${(i + 1) * 10} | ${d.c(chance(0.3) ? X('part_no', partNoE()) : X('sku', sku()))} | ${chance(0.3) ? d.c(X('product_name', pick(PRODUCTS))) : pick(PRODUCTS.slice(3))} | ${ri(1, 5000)} | ${(ri(100, 99999) / 100).toFixed(2)} | ${d.c(X('amount', amount()))}`);
  L.push(`合计：${d.c(X('amount', amount()))}`);
  L.push(`收货${pick(['仓库', '地点'])}：${d.c(X('place_name', pick(PLACES)))}`);
  L.push(`${pick(['收货人', '收件人', '现场联系人'])}：${d.c(nameC(rcv.name))}　${pick(['电话', '手机', '联系电话'])}：${d.c(mobC(rcv.mobile))}`);
  L.push(`采购员：${d.c(nameC(buyerP.name))}　${pick(['邮箱', 'Email'])}：${d.c(emailC(workEmail(buyerP, buyer.domain)))}${chance(0.5) ? '　手机：' + d.c(mobC(buyerP.mobile)) : ''}`);
  if (chance(0.6)) L.push(`开票信息：${buyer.name}，税号 ${d.c(usccC(buyer.uscc))}，请随货附发票，发票寄 ${d.c(emailC(roleEmail(buyer.domain), 'd'))}`);
  if (chance(0.3)) L.push(`请于${d.c(X('trap_word', '周一'))}前回传盖章确认，逾期视为接受。`);
  return L.join('\n');
};

K.payment_request = (d) => {
  const app = genPerson(1980, 2000), L = [], s = pick(SEPS);
  L.push(pick(['付款申请单', '费用支付申请', '对外付款审批单', 'OA-付款申请']));
  L.push(`${pick(['单号', '申请单号', '流程编号'])}${s}${d.c(X('request_no', pick([`FK${YMD().join('')}${digits(3)}`, `OA-${digits(10)}`, snowflake()])))}`);
  L.push(`申请人${s}${d.c(nameC(app.name))}　部门${s}${pick(['采购部', '销售部', '行政部', '市场部', '供应链中心'])}　日期${s}${d.c(X('date', dash()))}`);
  const r = rnd();
  if (r < 0.5) {
    const co = genCompany();
    L.push(`收款单位${s}${d.c(coC(co))}`, `收款账号${s}${d.c(acctC(co.acct))}`, `开户行${s}${co.acct.branch}`);
  } else {
    const p = genPerson(1960, 2001), c = r < 0.95 ? genCard() : genBadCard();
    L.push(`收款人${s}${d.c(nameC(p.name))}${pick(['（个人）', '（自然人供应商）', '（个体户）', ''])}`);
    L.push(`收款卡号${s}${d.c(cardC(c.no, r < 0.95 ? 'e' : 'd'))}`, `开户行${s}${personalBranch(c.bank)}`);
    if (chance(0.6)) L.push(`身份证号${s}${d.c(idC(p.id))}`);
    if (chance(0.5)) L.push(`收款人电话${s}${d.c(mobC(p.mobile))}`);
  }
  L.push(`付款事由${s}${pick(['支付货款', '支付服务费', '支付劳务费', '支付运费', '退还保证金'])}（合同编号 ${d.c(X('contract_no', contractNo()))}，发票号码 ${d.c(X('invoice_no', invNo()))}）`);
  L.push(`${pick(['付款金额', '金额'])}${s}${d.c(X('amount', amount()))}`);
  if (chance(0.3)) L.push(`备注${s}如遇退票请致电开户行客服 ${d.c(X('hotline_95', h95()))} 核实`);
  const ap = Array.from({ length: ri(1, 4) }, () => d.c(nameC(genName().name)));
  L.push(`审批流程${s}${ap.join(' → ')}`);
  return L.join('\n');
};

K.credit_application = (d) => {
  const co = genCompany(), legal = genPerson(1958, 1990), g = genPerson(1960, 1995), rep = genPerson(1980, 2000), s = pick(SEPS), L = [];
  L.push(pick(['客户授信申请表', '赊销额度申请', '客户信用评估表']));
  L.push(`客户名称${s}${d.c(coC(co))}`, `统一社会信用代码${s}${d.c(usccC(co.uscc))}`);
  L.push(`法定代表人${s}${d.c(nameC(legal.name))}　身份证号${s}${d.c(idC(legal.id))}　手机${s}${d.c(mobC(legal.mobile))}`);
  if (chance(0.4)) L.push(`实际控制人${s}${d.c(nameC(g.name))}（同担保人）`);
  L.push(`申请额度${s}${d.c(X('amount', amount()))}　账期${s}${pick([30, 45, 60, 90])}天`);
  L.push(`近12个月交易额${s}${d.c(X('amount', amount()))}`);
  if (chance(0.85)) {
    L.push(`担保人${s}${d.c(nameC(g.name))}　${pick(['身份证号', '身份证号码'])}${s}${d.c(idC(g.id))}`);
    L.push(`担保人联系电话${s}${d.c(mobC(g.mobile))}`);
    if (chance(0.6)) { const c = genCard(); L.push(`担保人代扣银行卡${s}${d.c(cardC(c.no))}（${c.bank}）`); }
  }
  if (chance(0.4)) L.push(`企业对公账户${s}${co.acct.branch} ${d.c(acctC(co.acct))}`);
  L.push(`销售负责人${s}${d.c(nameC(rep.name))}　${d.c(mobC(rep.mobile))}`);
  if (chance(0.5)) L.push(`风控意见${s}${pick(['同意', '建议降低额度', '需补充财报'])}，${d.c(nameC(genName().name))} ${d.c(X('date', dash()))}`);
  return L.join('\n');
};

K.vendor_onboarding = (d) => {
  const co = genCompany(), legal = genPerson(1958, 1990), fin = genPerson(1978, 2001), biz = genPerson(1975, 2001), s = pick(SEPS), L = [];
  L.push(pick(['供应商准入申请表', '新供应商注册信息', '供应商调查表']));
  L.push(`企业名称${s}${d.c(coC(co))}`);
  L.push(`统一社会信用代码${s}${d.c(usccC(co.uscc))}${chance(0.5) ? '（三证合一）' : ''}`);
  if (chance(0.6)) L.push(`原营业执照注册号${s}${d.c(X('reg_no_15', regNo15()))}`);
  if (chance(0.5)) L.push(`原组织机构代码${s}${d.c(X('org_code', orgCode()))}`);
  if (chance(0.4)) L.push(`原税务登记证号${s}${d.c(X('tax_id_15', taxId15()))}`);
  L.push(`注册地址${s}${d.c(X('company_address', co.addr))}`, `注册资本${s}${d.c(X('amount', amount()))}`);
  L.push(`法定代表人${s}${d.c(nameC(legal.name))}`, `法定代表人身份证号码${s}${d.c(idC(legal.id))}`);
  if (chance(0.5)) L.push(`法定代表人手机${s}${d.c(mobC(legal.mobile))}`);
  L.push(`业务联系人${s}${d.c(nameC(biz.name))} / ${d.c(mobC(biz.mobile))} / ${d.c(emailC(workEmail(biz, co.domain)))}`);
  L.push(`财务联系人${s}${d.c(nameC(fin.name))} / ${d.c(chance(0.5) ? mobC(fin.mobile) : llC(co.tel, 'd', { ext: String(ri(800, 8999)) }))} / ${d.c(emailC(chance(0.4) ? roleEmail(co.domain) : workEmail(fin, co.domain), 'e'))}`);
  L.push(`公司电话${s}${d.c(llC(co.tel, 'd'))}${chance(0.4) ? '（总机）' : ''}`);
  L.push(`开户行${s}${co.acct.branch}`, `对公账号${s}${d.c(acctC(co.acct))}`);
  if (chance(0.4)) L.push(`联行号${s}${d.c(X('cnaps_no', cnaps()))}`);
  L.push(`主营产品${s}${pick(['瓦楞纸箱', '电子元器件', '劳保用品', '五金配件', '化工原料', '物流服务'])}　年营业额${s}${d.c(X('amount', amount()))}`);
  return L.join('\n');
};

K.collection_log = (d) => {
  const L = [pick(['应收账款催收跟进表', '逾期客户跟进记录', '回款跟进日志'])];
  const n = Math.min(nrows(), 30);
  const fmt = chance(0.5) ? 'log' : pick(['csv', 'tsv', 'md']);
  const rows = [];
  for (let i = 0; i < n; i++) {
    const co = genCompany(), p = genPerson();
    const cells = [coC(co), nameC(p.name), chance(0.85) ? (chance(0.1) ? X('masked_mobile', maskMobile()) : mobC(p.mobile)) : llC(co.tel, 'd'), X('invoice_no', invNo()), X('amount', amount()), X('date', dash())];
    if (fmt === 'log') {
      const [cc, nn, ph, inv, am, dt] = cells.map((x) => d.c(x));
      rows.push(pick([
        () => `${dt} 致电${cc}${pick(['财务', '采购'])}${nn}（${ph}），发票${inv}对应${am}，对方答应${d.c(X('trap_word', '周一'))}${d.c(X('trap_word', '付款'))}。`,
        () => `${dt} ${cc}：联系人${nn} ${ph}，逾期金额${am}（发票号码${inv}），已发律师函。`,
        () => `${dt} 微信联系${nn}，电话${ph}未接；${cc}欠款${am}，发票${inv}。`,
      ])());
    } else rows.push(cells.map((x) => d.c(x)));
  }
  if (fmt === 'log') L.push(...rows);
  else L.push(renderTable([pick(['客户', '客户名称']), pick(['联系人', '对接人']), pick(['电话', '联系方式']), '发票号码', pick(['逾期金额', '未回款']), '最近跟进'], rows, fmt));
  L.push(`跟进人：${d.c(nameC(genName().name))}`);
  return L.join('\n');
};

K.expense_reimb = (d) => {
  const me = genPerson(1980, 2001), c = genCard(), L = [], s = pick(SEPS);
  L.push(pick(['业务招待费报销单', '差旅费报销单', '费用报销单']));
  L.push(`报销人${s}${d.c(nameC(me.name))}　工号${s}${d.c(X('employee_no', `${pick(['HX', 'GH', 'NO'])}${digits(5)}`))}　部门${s}${pick(['销售部', '大客户部', '采购部'])}`);
  L.push(`${pick(['收款卡号', '工资卡号', '报销卡号'])}${s}${d.c(cardC(c.no))}（${c.bank}）`);
  const n = ri(1, 6);
  for (let i = 0; i < n; i++) {
    const co = genCompany(), g = Array.from({ length: ri(1, 3) }, () => genName().name);
    L.push(`${i + 1}. ${d.c(X('date', dash()))} 招待${d.c(coC(co))} ${g.map((x) => d.c(nameC(x))).join('、')}，发票号码 ${d.c(X('invoice_no', invNo()))}，金额 ${d.c(X('amount', amount(60, 300000)))}`);
  }
  L.push(`合计${s}${d.c(X('amount', amount(500, 900000)))}`, `审批人${s}${d.c(nameC(genName().name))}`);
  return L.join('\n');
};

K.license_ocr = (d) => {
  const co = genCompany(), legal = genPerson(1955, 1992), city = co.city, L = [], r = rnd();
  const org = `${city.n}市场监督管理局${chance(0.5) ? pick(city.d) + '分局' : ''}`;
  if (r < 0.45) {
    L.push(pick(['营业执照', '营 业 执 照', '营业执照（副本）']), `${pick(['统一社会信用代码', '统一社会信用代码：'])} ${d.c(usccC(co.uscc))}`);
    L.push(`名${pick(['    ', '　　', ''])}称 ${d.c(coC(co))}`, `类${pick(['    ', '　　', ''])}型 ${pick(['有限责任公司(自然人投资或控股)', '其他有限责任公司', '股份有限公司(非上市)', '有限责任公司(法人独资)'])}`);
    L.push(`法定代表人 ${d.c(nameC(legal.name, 'e', { spaced: chance(0.2) }))}`, `注册资本 人民币${d.c(X('amount', `${ri(10, 5000)}万元`))}`);
    L.push(`成立日期 ${ri(2005, 2023)}年${pad(ri(1, 12), 2)}月${pad(ri(1, 28), 2)}日`, `营业期限 ${pick(['长期', '2015年06月01日至2045年05月31日', '至长期'])}`);
    L.push(`住${pick(['    ', '　　', ''])}所 ${d.c(X('company_address', co.addr))}`, `登记机关 ${d.c(X('org_name', org))}`);
    if (chance(0.4)) L.push(`国家企业信用信息公示系统网址：http://www.gsxt.gov.cn`);
  } else if (r < 0.65) {
    L.push('企业法人营业执照（2014年版，已换照）', `注册号 ${d.c(X('reg_no_15', regNo15()))}`, `名称 ${d.c(coC(co))}`);
    L.push(`法定代表人姓名 ${d.c(nameC(legal.name))}`, `组织机构代码证 ${d.c(X('org_code', orgCode()))}`, `税务登记证 ${pick(['粤', '浙', '苏', '京', '沪'])}税字 ${d.c(X('tax_id_15', taxId15()))} 号`);
    L.push(`换发后统一社会信用代码：${d.c(usccC(co.uscc))}`);
    if (chance(0.5)) L.push(`（注意：旧档案中误录为 ${d.c(X('uscc_badcheck', badUSCC()))}）`);
  } else {
    const s = pick(SEPS), mob = chance(0.6);
    L.push(`${pick(['企查查', '天眼查', '启信宝'])} · 企业工商信息（导出）`);
    L.push(`企业名称${s}${d.c(coC(co))}`, `法定代表人${s}${d.c(nameC(legal.name))}`, `登记状态${s}${pick(['存续', '在业', '开业'])}`);
    L.push(`统一社会信用代码${s}${d.c(usccC(co.uscc))}`, `工商注册号${s}${d.c(X('reg_no_15', regNo15()))}`, `组织机构代码${s}${d.c(X('org_code', orgCode()))}`, `纳税人识别号${s}${co.uscc}`);
    L.push(`电话${s}${d.c(mob ? mobC(legal.mobile) : llC(co.tel, 'd'))}${chance(0.4) ? '　更多号码(' + ri(2, 6) + ')' : ''}`);
    if (chance(0.5)) L.push(`${pick(['邮箱', '企业邮箱'])}${s}${d.c(chance(0.5) ? emailC(privEmail(legal)) : emailC(roleEmail(co.domain), 'd'))}`);
    L.push(`注册资本${s}${d.c(X('amount', `${ri(10, 5000)}万元人民币`))}`, `地址${s}${d.c(X('company_address', co.addr))}`, `登记机关${s}${d.c(X('org_name', org))}`);
    if (chance(0.4)) L.push(`股东信息${s}${Array.from({ length: ri(1, 3) }, () => d.c(nameC(genName().name)) + `（持股${ri(5, 90)}%）`).join('；')}`);
  }
  return L.join('\n');
};

// ---------------------------------------------------------------- build
const PLAN = [['invoice_info', 30], ['supplier_roster', 22], ['dealer_roster', 18], ['crm_leads', 24], ['contract_parties', 24], ['statement_email', 22], ['gt_registration', 20], ['tender_contacts', 16], ['bizcard_ocr', 24], ['im_message', 26], ['erp_json', 18], ['commission_sheet', 16], ['po_confirmation', 18], ['payment_request', 18], ['credit_application', 14], ['vendor_onboarding', 14], ['collection_log', 14], ['expense_reimb', 12], ['license_ocr', 22]];
const docs = [], RAWS = [];
let droppedDecoys = 0;
for (const [kind, count] of PLAN) {
  for (let n = 1; n <= count; n++) {
    const d = new Doc(kind), text = K[kind](d);
    const ents = new Map(), dcs = new Map(), decs = new Map(), raws = new Map();
    for (const l of d.L) if (l.t !== 'x') { const key = l.det + '\u0000' + l.val; (raws.get(key) || raws.set(key, new Set()).get(key)).add(l.raw); }
    for (const l of d.L) if (l.t === 'e') ents.set(l.det + '\u0000' + l.val, l);
    for (const l of d.L) if (l.t === 'd' && !ents.has(l.det + '\u0000' + l.val)) dcs.set(l.det + '\u0000' + l.val, l);
    const forms = [...raws.entries()].flatMap(([k, s]) => [k.split('\u0000')[1], ...s]);
    for (const l of d.L) if (l.t === 'x') { if (forms.some((v) => l.text.includes(v))) droppedDecoys++; else decs.set(l.text, l.kind); }
    docs.push({ id: `bz-${kind}-${n}`, kind, text,
      entities: [...ents.values()].map((l) => ({ detector: l.det, value: l.val })),
      dontCare: [...dcs.values()].map((l) => ({ detector: l.det, value: l.val })),
      decoys: [...decs.entries()].map(([t, k]) => ({ kind: k, text: t })) });
    RAWS.push(raws);
  }
}

// ---------------------------------------------------------------- self-check
const REG2 = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65']);
const nfkc = (s) => s.normalize('NFKC');
const NORM = {
  cn_mobile: (r) => { let s = nfkc(r).replace(/\D/g, ''); if (s.length === 15 && s.startsWith('0086')) s = s.slice(4); if (s.length === 13 && s.startsWith('86')) s = s.slice(2); if (s.length === 12 && s.startsWith('0')) s = s.slice(1); return s; },
  cn_landline: (r) => { const s = nfkc(r).replace(/\D/g, ''); return s.startsWith('86') ? '0' + s.slice(2) : s; },
  cn_resident_id: (r) => nfkc(r).replace(/[\s-]/g, '').toUpperCase(),
  bank_card: (r) => r.replace(/\D/g, ''),
  email: (r) => nfkc(r).toLowerCase(),
  cn_uscc: (r) => r.replace(/[\s-]/g, '').toUpperCase(),
  cn_passport: (r) => r.toUpperCase(),
  person_name_zh: (r) => r.replace(/\s/g, ''),
};
const VALID = {
  cn_resident_id: (v) => /^\d{17}[\dX]$/.test(v) && REG2.has(v.slice(0, 2)) && validDate(+v.slice(6, 10), +v.slice(10, 12), +v.slice(12, 14)) && +v.slice(6, 10) >= 1900 && v.slice(6, 14) <= '20251231' && idCheck(v) === v[17],
  cn_mobile: (v) => /^1[3-9]\d{9}$/.test(v) && MOB_OK.has(v.slice(0, 3)),
  cn_landline: (v) => { const a = Object.keys(AREA_LEN).find((x) => v.startsWith(x)); return !!a && /^\d+$/.test(v) && v.length === a.length + AREA_LEN[a] && /[2-8]/.test(v[a.length]); },
  email: (v) => /^[a-z0-9][a-z0-9._+-]*@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(v),
  bank_card: (v, ent) => /^\d{16,19}$/.test(v) && (!ent || luhnOk(v)),
  cn_uscc: (v) => v.length === 18 && [...v].every((c) => UA.includes(c)) && usccCheck(v.slice(0, 17)) === v[17] && orgCheck(v.slice(8, 16)) === v[16],
  cn_passport: (v) => /^(E[A-HJ-NP-Z]\d{7}|E\d{8}|G\d{8})$/.test(v),
  person_name_zh: (v) => /^[\u4e00-\u9fa5]{2,4}$/.test(v) || /^[\u4e00-\u9fa5]{2,6}·[\u4e00-\u9fa5]{2,6}$/.test(v),
};
const errors = [];
const err = (doc, m) => { if (errors.length < 40) errors.push(`${doc.id}: ${m}`); else errors.length++; };
const perDet = {}, dcPerDet = {}, decPerKind = {}, perKind = {};
let nEnt = 0, nDec = 0;
docs.forEach((doc, i) => {
  perKind[doc.kind] = (perKind[doc.kind] || 0) + 1;
  const raws = RAWS[i], keysE = new Set(), keysD = new Set(), vals = [];
  for (const [list, isEnt, keys] of [[doc.entities, true, keysE], [doc.dontCare, false, keysD]]) {
    for (const { detector: det, value: v } of list) {
      const key = det + '\u0000' + v;
      if (keys.has(key)) err(doc, `duplicate label ${det} ${v}`); keys.add(key);
      if (!VALID[det]) { err(doc, `unknown detector ${det}`); continue; }
      if (!VALID[det](v, isEnt)) err(doc, `invalid ${det} value ${v}`);
      const rs = [...(raws.get(key) || [])];
      if (!rs.length || !rs.every((r) => doc.text.includes(r))) err(doc, `raw form of ${det} ${v} not in text`);
      for (const r of rs) if (NORM[det](r) !== v) err(doc, `raw ${r} does not normalise to ${v}`);
      vals.push(v, ...rs);
      (isEnt ? perDet : dcPerDet)[det] = ((isEnt ? perDet : dcPerDet)[det] || 0) + 1;
    }
  }
  for (const k of keysE) if (keysD.has(k)) err(doc, `entity also dontCare: ${k}`);
  const seen = new Set();
  for (const { kind, text } of doc.decoys) {
    if (seen.has(text)) err(doc, `duplicate decoy ${text}`); seen.add(text);
    if (!doc.text.includes(text)) err(doc, `decoy not in text: ${text}`);
    const hit = vals.find((v) => text === v || text.includes(v));
    if (hit) err(doc, `decoy ${text} contains labelled value ${hit}`);
    decPerKind[kind] = (decPerKind[kind] || 0) + 1;
  }
  nEnt += doc.entities.length; nDec += doc.decoys.length;
});
if (docs.length < 250) errors.push(`only ${docs.length} documents`);
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email', 'cn_uscc']) if ((perDet[det] || 0) < 300) errors.push(`only ${perDet[det] || 0} entity labels for ${det}`);
if (nDec < nEnt) errors.push(`fewer decoys (${nDec}) than entities (${nEnt})`);

const out = process.argv[2];
if (!out) { console.error('usage: node b2b.mjs OUT.jsonl'); process.exit(2); }
writeFileSync(out, docs.map((x) => JSON.stringify(x)).join('\n') + '\n');
const show = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k.padEnd(20)} ${v}`).join('\n');
console.log(`wrote ${docs.length} documents to ${out}`);
console.log(`documents per kind:\n${show(perKind)}`);
console.log(`entity labels per detector (total ${nEnt}):\n${show(perDet)}`);
console.log(`dontCare labels per detector:\n${show(dcPerDet)}`);
console.log(`decoys per kind (total ${nDec}; ${droppedDecoys} dropped at generation for containing a labelled value):\n${show(decPerKind)}`);
if (errors.length) { console.error(`SELF-CHECK FAILED (${errors.length}):\n` + errors.slice(0, 40).join('\n')); process.exit(1); }
console.log('self-check passed');
