#!/usr/bin/env node
/*
 * Independent labelled corpus: securities / fund sales / wealth management.
 *
 * Theme: personal data held by brokers, fund sellers and wealth managers —
 * 证券开户 records and 见证 logs, 客户经理 client lists and call logs,
 * 基金定投/申购 lists, 私募 合格投资者 确认 forms, 风险测评 results, 双录 logs,
 * 两融 client lists, 银证转账 records, 理财 认购 lists, 客户回访 records,
 * 投诉 records, CRM exports (CSV, JSON), marketing SMS send lists, 营业部 mails
 * forwarding client lists, notes of a leaving adviser, OCR'd 开户 forms,
 * work chats, meeting minutes, NAV reports and data-quality lists.
 * Decoys are the numbers and words of the trade: 资金账号, 股东账号 (A123456789 /
 * 0012345678 / E-credit accounts), 客户号, 基金账号, 交易账号, 一码通账号, 产品代码,
 * 证券代码, 委托编号, 合同编号, 流水号, 从业资格证号, amounts, 份额, 净值, dates,
 * times, ms timestamps, masked values, invalid IDs / mobiles, 营业部, company,
 * fund and stock names, job titles and everyday words in name positions.
 *
 * Written in session 27 by a helper that never read src/, rules/ or test/,
 * from cn-formats.md and DESIGN.md only.
 *
 * Usage:  node securities.mjs OUT.jsonl
 *
 * Output: one JSON object per line
 *   {"id":"se-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must not be reported under any detector
 *
 * Normalisation of values: cn_resident_id 18 chars, upper-case X (legacy
 * 15-digit numbers upgraded to 18); cn_mobile 11 digits (no +86, no
 * separators); cn_landline digits incl. leading 0 + area code, no separators,
 * no extension; email lower-case; bank_card digits only; cn_passport and
 * cn_uscc upper-case; person_name_zh as written without spaces or titles.
 * Decoys carry their exact text as written.
 *
 * Deterministic: own mulberry32 PRNG with a fixed seed; no clock, no I/O
 * except OUT. Ends with a self-check (values occur, check digits hold, no
 * entity is a decoy, no unlabelled valid value left in a text) and a summary.
 */
import { writeFileSync } from 'node:fs';

const OUT = process.argv[2];
if (!OUT) {
  process.stderr.write('usage: node securities.mjs OUT.jsonl\n');
  process.exit(2);
}

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x5ec27a11);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const pf = (a) => { const x = pick(a); return typeof x === 'function' ? x() : x; };
const digs = (n) => { let s = ''; for (let i = 0; i < n; i++) s += String(ri(0, 9)); return s; };
const p2 = (n) => String(n).padStart(2, '0');
function shuffle(a) { const b = a.slice(); for (let i = b.length - 1; i > 0; i--) { const j = ri(0, i); [b[i], b[j]] = [b[j], b[i]]; } return b; }
function wpick(pairs) { // [[item, weight], ...]
  let tot = 0; for (const [, w] of pairs) tot += w;
  let r = rnd() * tot;
  for (const [it, w] of pairs) { if ((r -= w) < 0) return it; }
  return pairs[pairs.length - 1][0];
}

// ---------------------------------------------------------------- check digits
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += Number(b17[i]) * IDW[i]; return '10X98765432'[s % 11]; }
function luhnOk(s) {
  let sum = 0, dbl = false;
  for (let i = s.length - 1; i >= 0; i--) { let d = Number(s[i]); if (dbl) { d *= 2; if (d > 9) d -= 9; } sum += d; dbl = !dbl; }
  return sum % 10 === 0;
}
function luhnComplete(body) { for (let d = 0; d < 10; d++) if (luhnOk(body + d)) return body + d; throw new Error('luhn'); }
const USCC_AL = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += USCC_AL.indexOf(b17[i]) * USCC_W[i]; return USCC_AL[(31 - (s % 31)) % 31]; }
function orgCheck(b8) {
  const W = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0;
  for (let i = 0; i < 8; i++) { const c = b8[i]; const v = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55; s += v * W[i]; }
  const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
function usccValid(s) {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s)) return false;
  return usccCheck(s.slice(0, 17)) === s[17];
}
const PROVS = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65']);
function realDate(y, m, d) {
  if (m < 1 || m > 12 || d < 1) return false;
  const dim = [31, (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= dim[m - 1];
}
function idValid(s) {
  s = s.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  if (!PROVS.has(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || y > 2025 || !realDate(y, m, d)) return false;
  return idCheck(s.slice(0, 17)) === s[17];
}
function upgrade15(s) { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheck(b); }
const MOB3 = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '145', '147', '150', '151', '152', '153', '155', '156', '157', '158', '159', '162', '165', '166', '167', '170', '171', '172', '173', '175', '176', '177', '178', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189', '190', '191', '192', '193', '195', '196', '197', '198', '199'];
const MOB3SET = new Set(MOB3);
function mobAllocated(s) { return /^1\d{10}$/.test(s) && (MOB3SET.has(s.slice(0, 3)) || s.startsWith('1610') || /^1740[0-5]/.test(s)); }

// ---------------------------------------------------------------- vocabulary
const SURN = [
  ['王', 'wang', 72], ['李', 'li', 72], ['张', 'zhang', 68], ['刘', 'liu', 54], ['陈', 'chen', 46], ['杨', 'yang', 31], ['黄', 'huang', 22], ['赵', 'zhao', 22],
  ['吴', 'wu', 20], ['周', 'zhou', 20], ['徐', 'xu', 16], ['孙', 'sun', 15], ['马', 'ma', 14], ['朱', 'zhu', 13], ['胡', 'hu', 13], ['郭', 'guo', 12],
  ['何', 'he', 11], ['高', 'gao', 11], ['林', 'lin', 11], ['罗', 'luo', 10], ['郑', 'zheng', 10], ['梁', 'liang', 10], ['谢', 'xie', 8], ['宋', 'song', 8],
  ['唐', 'tang', 8], ['许', 'xu', 7], ['韩', 'han', 7], ['冯', 'feng', 7], ['邓', 'deng', 7], ['曹', 'cao', 7], ['彭', 'peng', 6], ['曾', 'zeng', 6],
  ['肖', 'xiao', 6], ['田', 'tian', 6], ['董', 'dong', 6], ['袁', 'yuan', 5], ['潘', 'pan', 5], ['于', 'yu', 5], ['蒋', 'jiang', 5], ['蔡', 'cai', 5],
  ['余', 'yu', 5], ['杜', 'du', 5], ['叶', 'ye', 5], ['程', 'cheng', 5], ['苏', 'su', 4], ['魏', 'wei', 4], ['吕', 'lv', 4], ['丁', 'ding', 4],
  ['任', 'ren', 4], ['沈', 'shen', 4], ['姚', 'yao', 4], ['卢', 'lu', 4], ['姜', 'jiang', 4], ['崔', 'cui', 4], ['钟', 'zhong', 4], ['谭', 'tan', 3],
  ['陆', 'lu', 3], ['汪', 'wang', 3], ['范', 'fan', 3], ['金', 'jin', 3], ['石', 'shi', 3], ['廖', 'liao', 3], ['贾', 'jia', 3], ['夏', 'xia', 3],
  ['韦', 'wei', 3], ['方', 'fang', 3], ['白', 'bai', 3], ['邹', 'zou', 3], ['孟', 'meng', 3], ['熊', 'xiong', 3], ['秦', 'qin', 3], ['邱', 'qiu', 3],
  ['江', 'jiang', 3], ['尹', 'yin', 3], ['薛', 'xue', 2], ['段', 'duan', 2], ['雷', 'lei', 2], ['侯', 'hou', 2], ['龙', 'long', 2], ['史', 'shi', 2],
  ['陶', 'tao', 2], ['黎', 'li', 2], ['贺', 'he', 2], ['顾', 'gu', 2], ['毛', 'mao', 2], ['郝', 'hao', 2], ['龚', 'gong', 2], ['邵', 'shao', 2],
  ['万', 'wan', 2], ['钱', 'qian', 2], ['严', 'yan', 2], ['戴', 'dai', 2], ['孔', 'kong', 1], ['汤', 'tang', 1], ['应', 'ying', 1], ['楼', 'lou', 1],
  ['俞', 'yu', 1], ['葛', 'ge', 1], ['章', 'zhang', 1], ['裘', 'qiu', 1], ['常', 'chang', 1], ['易', 'yi', 1], ['华', 'hua', 1], ['付', 'fu', 1],
];
const COMPOUND = [['欧阳', 'ouyang'], ['司马', 'sima'], ['上官', 'shangguan'], ['诸葛', 'zhuge'], ['司徒', 'situ'], ['令狐', 'linghu'], ['皇甫', 'huangfu'], ['慕容', 'murong']];
const GM = [['伟', 'wei'], ['强', 'qiang'], ['磊', 'lei'], ['军', 'jun'], ['勇', 'yong'], ['杰', 'jie'], ['涛', 'tao'], ['斌', 'bin'], ['超', 'chao'], ['明', 'ming'], ['刚', 'gang'], ['平', 'ping'],
  ['辉', 'hui'], ['鹏', 'peng'], ['华', 'hua'], ['飞', 'fei'], ['鑫', 'xin'], ['波', 'bo'], ['宇', 'yu'], ['浩', 'hao'], ['凯', 'kai'], ['健', 'jian'], ['俊', 'jun'], ['帆', 'fan'], ['旭', 'xu'],
  ['建', 'jian'], ['国', 'guo'], ['志', 'zhi'], ['文', 'wen'], ['海', 'hai'], ['峰', 'feng'], ['东', 'dong'], ['忠', 'zhong'], ['德', 'de'], ['民', 'min'], ['永', 'yong'], ['晓', 'xiao'],
  ['振', 'zhen'], ['立', 'li'], ['子', 'zi'], ['天', 'tian'], ['博', 'bo'], ['远', 'yuan'], ['嘉', 'jia'], ['荣', 'rong'], ['庆', 'qing'], ['洪', 'hong'], ['卫', 'wei'], ['宏', 'hong'],
  ['家', 'jia'], ['晨', 'chen'], ['昊', 'hao'], ['睿', 'rui'], ['铭', 'ming'], ['泽', 'ze'], ['航', 'hang'], ['毅', 'yi'], ['金', 'jin'], ['福', 'fu'], ['兴', 'xing'], ['良', 'liang'], ['宝', 'bao'],
  ['彬', 'bin'], ['锋', 'feng'], ['亮', 'liang'], ['雄', 'xiong'], ['林', 'lin'], ['坤', 'kun'], ['奇', 'qi'], ['祥', 'xiang'], ['瑞', 'rui'], ['玉', 'yu'], ['胜', 'sheng'], ['清', 'qing']];
const GF = [['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['艳', 'yan'], ['娟', 'juan'], ['霞', 'xia'], ['秀', 'xiu'], ['英', 'ying'], ['玲', 'ling'], ['燕', 'yan'],
  ['萍', 'ping'], ['红', 'hong'], ['梅', 'mei'], ['琳', 'lin'], ['雪', 'xue'], ['婷', 'ting'], ['慧', 'hui'], ['颖', 'ying'], ['莉', 'li'], ['倩', 'qian'], ['洁', 'jie'], ['佳', 'jia'],
  ['琴', 'qin'], ['云', 'yun'], ['兰', 'lan'], ['凤', 'feng'], ['晶', 'jing'], ['欣', 'xin'], ['怡', 'yi'], ['雯', 'wen'], ['悦', 'yue'], ['璐', 'lu'], ['瑶', 'yao'], ['薇', 'wei'],
  ['蕾', 'lei'], ['露', 'lu'], ['菲', 'fei'], ['珊', 'shan'], ['晓', 'xiao'], ['春', 'chun'], ['桂', 'gui'], ['淑', 'shu'], ['素', 'su'], ['美', 'mei'], ['雅', 'ya'], ['梦', 'meng'],
  ['彤', 'tong'], ['丹', 'dan'], ['宁', 'ning'], ['秋', 'qiu'], ['月', 'yue'], ['翠', 'cui'], ['凤', 'feng'], ['文', 'wen'], ['思', 'si'], ['诗', 'shi'], ['嘉', 'jia'], ['媛', 'yuan']];
const MINORITY = [['阿依古丽·买买提', 'ayiguli'], ['买买提·艾力', 'maimaiti'], ['热依拉·艾则孜', 'reyila'], ['迪丽娜尔·吐尔逊', 'dilinaer'], ['艾尔肯·阿不都', 'aierken'], ['古丽米拉·托乎提', 'gulimila'], ['巴特尔', 'bateer'], ['次仁卓玛', 'cirenzhuoma'], ['格桑旺堆', 'gesangwangdui']];

const FUNDS = [ // [code, name]
  ['000001', '华夏成长混合'], ['005827', '易方达蓝筹精选混合'], ['110011', '易方达优质精选混合(QDII)'], ['161725', '招商中证白酒指数(LOF)A'],
  ['163406', '兴全合润混合(LOF)'], ['260108', '景顺长城新兴成长混合'], ['161005', '富国天惠成长混合(LOF)A'], ['003095', '中欧医疗健康混合A'],
  ['270002', '广发稳健增长混合A'], ['000083', '汇添富消费行业混合'], ['050027', '博时信用债纯债债券A'], ['160119', '南方中证500ETF联接(LOF)A'],
  ['070002', '嘉实增长混合'], ['519185', '万家精选混合A'], ['210009', '金鹰核心资源混合A'], ['110022', '易方达消费行业股票'],
  ['000961', '天弘沪深300ETF联接A'], ['519736', '交银新成长混合'], ['001714', '工银文体产业股票A'], ['040046', '华安纳斯达克100ETF联接(QDII)A'],
];
const FUND_SHORT = ['华夏成长', '易方达蓝筹', '兴全合润', '景顺新兴', '富国天惠', '中欧医疗', '招商白酒', '万家精选', '金鹰核心', '广发稳健'];
const STOCKS = [['600519', '贵州茅台'], ['000858', '五粮液'], ['300750', '宁德时代'], ['601318', '中国平安'], ['600036', '招商银行'], ['002594', '比亚迪'],
  ['000002', '万科A'], ['300999', '金龙鱼'], ['601901', '方正证券'], ['603799', '华友钴业'], ['002413', '常山北明'], ['600808', '马钢股份'], ['002414', '高德红外'],
  ['601222', '林洋能源'], ['002588', '史丹利'], ['601012', '隆基绿能'], ['000333', '美的集团'], ['600276', '恒瑞医药']];
const FIRMS = [
  { s: '恒信证券', f: '恒信证券股份有限公司', dom: 'hxzq.com.cn', hot: '95399', kind: 'broker' },
  { s: '东岳证券', f: '东岳证券有限责任公司', dom: 'dysec.com', hot: '95376', kind: 'broker' },
  { s: '华润和证券', f: '华润和证券股份有限公司', dom: 'hrhsec.cn', hot: '95329', kind: 'broker' },
];
const SELLERS = [
  { s: '南溪财富', f: '南溪财富基金销售有限公司', dom: 'nanxifund.com', hot: '400-821-6688' },
  { s: '嘉禾财富', f: '上海嘉禾财富管理有限公司', dom: 'jiahewealth.cn', hot: '400-690-3388' },
];
const PRIVATE = [
  { s: '沣泉资产', f: '上海沣泉私募基金管理有限公司', prods: ['沣泉稳健1号私募证券投资基金', '沣泉价值精选3号私募证券投资基金'] },
  { s: '禾熙投资', f: '深圳禾熙私募证券投资基金管理有限公司', prods: ['禾熙量化对冲1号私募证券投资基金', '禾熙中证500指数增强2号私募证券投资基金'] },
  { s: '远澜资本', f: '杭州远澜资本管理有限公司', prods: ['远澜成长优选私募证券投资基金', '远澜致远2号私募股权投资基金'] },
];
const AMPRODS = ['恒信稳盈365天1号集合资产管理计划', '恒信月月享1号集合资产管理计划', '东岳安心收益6个月持有期债券', '恒信金汇宝2号FOF单一资产管理计划', '东岳鑫享30天滚动持有集合资产管理计划'];
const BRANCHES = [
  { n: '杭州文三路证券营业部', code: '3107', city: '杭州', area: '0571', addr: '浙江省杭州市西湖区文三路259号' },
  { n: '上海浦东南路证券营业部', code: '3101', city: '上海', area: '021', addr: '上海市浦东新区浦东南路1085号' },
  { n: '深圳福华一路证券营业部', code: '4403', city: '深圳', area: '0755', addr: '广东省深圳市福田区福华一路88号' },
  { n: '北京建国门外大街证券营业部', code: '1101', city: '北京', area: '010', addr: '北京市朝阳区建国门外大街22号' },
  { n: '南京中山北路证券营业部', code: '3201', city: '南京', area: '025', addr: '江苏省南京市鼓楼区中山北路105号' },
  { n: '成都人民南路证券营业部', code: '5101', city: '成都', area: '028', addr: '四川省成都市武侯区人民南路四段12号' },
  { n: '武汉中北路证券营业部', code: '4201', city: '武汉', area: '027', addr: '湖北省武汉市武昌区中北路9号' },
  { n: '张家港人民中路证券营业部', code: '3205', city: '张家港', area: '0512', addr: '江苏省张家港市杨舍镇人民中路56号' },
  { n: '苏州干将西路证券营业部', code: '3206', city: '苏州', area: '0512', addr: '江苏省苏州市姑苏区干将西路1288号' },
  { n: '西安高新路证券营业部', code: '6101', city: '西安', area: '029', addr: '陕西省西安市雁塔区高新路25号' },
];
const BANKS = [
  { n: '中国工商银行', s: '工商银行', e: 'ICBC', bins: [['622202', 19], ['621226', 19], ['621558', 19]] },
  { n: '中国建设银行', s: '建设银行', e: 'CCB', bins: [['621700', 19], ['622700', 19]] },
  { n: '中国农业银行', s: '农业银行', e: 'ABC', bins: [['622848', 19], ['623052', 19]] },
  { n: '中国银行', s: '中国银行', e: 'BOC', bins: [['621661', 19], ['621785', 19], ['621790', 19]] },
  { n: '招商银行', s: '招商银行', e: 'CMB', bins: [['622588', 16], ['621483', 16], ['621486', 16]] },
  { n: '交通银行', s: '交通银行', e: 'BOCOM', bins: [['622262', 19], ['622260', 17]] },
  { n: '上海浦东发展银行', s: '浦发银行', e: 'SPDB', bins: [['622521', 16], ['621792', 16]] },
  { n: '兴业银行', s: '兴业银行', e: 'CIB', bins: [['622909', 18], ['622908', 18]] },
  { n: '平安银行', s: '平安银行', e: 'PAB', bins: [['623058', 19], ['622155', 16]] },
  { n: '中国民生银行', s: '民生银行', e: 'CMBC', bins: [['622622', 16], ['621691', 16]] },
  { n: '中国邮政储蓄银行', s: '邮储银行', e: 'PSBC', bins: [['621799', 19], ['622188', 19]] },
  { n: '中信银行', s: '中信银行', e: 'CITIC', bins: [['621771', 16], ['622690', 16]] },
];
// ID region codes (GB/T 2260, incl. retired ones that stay valid on real cards)
const ID_REGIONS = ['110105', '110108', '110102', '110104', '310104', '310115', '310110', '310101', '320102', '320106', '320503', '320582', '320211', '321002',
  '330106', '330102', '330103', '330104', '330105', '330108', '330181', '330203', '330302', '330402', '330602', '330702', '330781', '440106', '440104',
  '440305', '440304', '440303', '440606', '510107', '510104', '500103', '500112', '420106', '420102', '430104', '430102', '370202', '370102', '350203',
  '350102', '610113', '120101', '210102', '220102', '230103', '340104', '360102', '410105', '411602', '341002', '450103', '460106', '520102', '530102',
  '620102', '130102', '140105', '150102', '650102', '640104', '630102', '540102'];
const ADDRS = [
  { p: '浙江省杭州市西湖区', roads: ['文三路', '古墩路', '天目山路', '教工路'], post: '310012', area: '0571' },
  { p: '浙江省杭州市上城区', roads: ['解放路', '庆春路', '秋涛路'], post: '310002', area: '0571' },
  { p: '浙江省杭州市滨江区', roads: ['江南大道', '长河路', '滨盛路'], post: '310051', area: '0571' },
  { p: '上海市浦东新区', roads: ['张杨路', '浦东南路', '世纪大道', '锦绣路'], post: '200120', area: '021' },
  { p: '上海市徐汇区', roads: ['漕溪北路', '天钥桥路', '宜山路'], post: '200030', area: '021' },
  { p: '北京市朝阳区', roads: ['朝阳北路', '望京街', '东三环中路'], post: '100020', area: '010' },
  { p: '北京市海淀区', roads: ['中关村大街', '学院路', '万寿路'], post: '100080', area: '010' },
  { p: '广东省深圳市南山区', roads: ['科技南路', '南海大道', '后海大道'], post: '518057', area: '0755' },
  { p: '广东省深圳市福田区', roads: ['福华一路', '深南大道', '彩田路'], post: '518048', area: '0755' },
  { p: '江苏省南京市鼓楼区', roads: ['中山北路', '湖南路', '虎踞路'], post: '210009', area: '025' },
  { p: '江苏省苏州市姑苏区', roads: ['干将西路', '人民路', '十全街'], post: '215000', area: '0512' },
  { p: '江苏省张家港市', roads: ['人民中路', '长安南路', '暨阳湖路'], post: '215600', area: '0512' },
  { p: '四川省成都市武侯区', roads: ['人民南路四段', '科华北路', '武侯大道'], post: '610041', area: '028' },
  { p: '湖北省武汉市武昌区', roads: ['中北路', '武珞路', '徐东大街'], post: '430071', area: '027' },
  { p: '陕西省西安市雁塔区', roads: ['高新路', '小寨东路', '长安南路'], post: '710061', area: '029' },
  { p: '天津市和平区', roads: ['南京路', '营口道', '成都道'], post: '300041', area: '022' },
  { p: '重庆市渝北区', roads: ['新牌坊一路', '金开大道', '龙山大道'], post: '401147', area: '023' },
  { p: '甘肃省兰州市城关区', roads: ['东岗西路', '庆阳路', '雁滩路'], post: '730030', area: '0931' },
];
const ESTATES = ['金色家园', '阳光花园', '翠苑一区', '紫金庭院', '绿城桂花园', '保利天悦', '华润城', '万科城', '世纪花园', '锦绣江南', '东方曼哈顿', '滨江金色海岸', '中海寰宇天下'];
const JOBS = ['公司职员', '个体工商户', '企业管理人员', '专业技术人员', '退休人员', '教师', '医生', '自由职业者', '私营企业主', '公务员', '学生', '金融从业人员'];
const EDU = ['本科', '大专', '硕士研究生', '高中/中专', '博士研究生', '初中及以下'];
const RISK = [['C1', '保守型'], ['C2', '谨慎型'], ['C3', '稳健型'], ['C4', '积极型'], ['C5', '激进型']];
const TITLES_WORDS = ['客户经理', '投资顾问', '理财经理', '营业部总经理', '合规专员', '运营主管', '见证人员', '回访专员', '财富顾问', '分析师'];
const DECOY_WORDS = ['余额不足', '金额', '付款', '周一', '周五', '交易', '方案', '万元', '安全', '成交', '常规', '明细', '华东区', '高新区', '张家港', '周口', '黄山',
  '王府井', '公共池', '待分配', '营业部直属', '高净值', '何时', '马上', '石油', '林业', '史上', '江南', '华夏', '易方达', '金鹰', '万家', '景顺长城', '富国',
  '高毅', '方正', '平安', '常山', '张杨路', '杨舍镇', '万科城', '华润城', '金色家园', '金龙鱼', '马钢', '林洋', '高德', '史丹利', '叶片', '程序', '任务',
  '文件', '白名单', '向上', '关于', '于是', '金汇宝', '安心收益', '鑫享', '华安', '汇添富', '嘉实', '博时', '南方', '中欧', '兴全', '天弘', '交银', '工银',
  '恒信', '东岳', '南溪', '嘉禾', '沣泉', '禾熙', '远澜', '华润和', '成长', '蓝筹', '明天', '明年', '高位', '高风险', '金融', '资金', '付息', '余额宝', '常熟',
  '江阴', '宋体', '周期', '周报', '方向', '时间', '华南', '华北', '安徽', '石家庄', '马鞍山', '钟楼', '贺卡', '于今', '万一', '成本', '程度', '罗盘', '何况',
  ...FUND_SHORT, ...TITLES_WORDS];
const NAME_BLACK = new Set(['成立', '高明', '金华', '江华', '周宁', '黄海', '林海', '高平', '龙海', '石林', '江海', '金海', '黎平', '万宁', '高阳', '华阳', '安平',
  '江东', '龙华', '海宁', '常宁', '汤臣', '罗平', '金平', '华宁', '马龙', '石龙', '史文', '高飞', '程序', '任务', '高兴', '方便', '明明', '金明', '华明',
  '江宁', '黄金', '白金', '宋明', '常德', '周平', '余杭', '华天', '余天', '高超', '高峰', '金鑫', '方平', '马平', '毛毛', '龙飞', '雷锋', '于是', '华东']);

// ---------------------------------------------------------------- dates
function dateIn(y1, y2) { const y = ri(y1, y2), m = ri(1, 12); let d = ri(1, 28); if (chance(0.3)) { d = ri(1, 31); while (!realDate(y, m, d)) d--; } return { y, m, d }; }
const ymd = (d) => `${d.y}${p2(d.m)}${p2(d.d)}`;
const dash = (d) => `${d.y}-${p2(d.m)}-${p2(d.d)}`;
const slash = (d) => `${d.y}/${d.m}/${d.d}`;
const dot = (d) => `${d.y}.${p2(d.m)}.${p2(d.d)}`;
const cnd = (d) => `${d.y}年${d.m}月${d.d}日`;
function addDays(d, n) { const t = new Date(Date.UTC(d.y, d.m - 1, d.d) + n * 86400000); return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() }; }
function docDate() { return dateIn(2023, 2025); }
const hms = () => `${p2(ri(8, 17))}:${p2(ri(0, 59))}:${p2(ri(0, 59))}`;
const hm = () => `${p2(ri(8, 18))}:${p2(ri(0, 59))}`;
const WEEK = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
function weekday(d) { return new Date(Date.UTC(d.y, d.m - 1, d.d)).getUTCDay(); }
function epochMs(d, t) { const [h, mi, s] = t.split(':').map(Number); return Date.UTC(d.y, d.m - 1, d.d, h - 8, mi, s) + ri(0, 999); }

// ---------------------------------------------------------------- people
const usedNames = new Set();
function nameOk(n) {
  if (NAME_BLACK.has(n)) return false;
  if (n.length === 2 && '家子天国东民'.includes(n[1])) return false;
  for (const w of DECOY_WORDS) if (w.includes(n) || n.includes(w)) return false;
  return true;
}
function genName(g) {
  for (;;) {
    if (chance(0.008)) { const [n, py] = pick(MINORITY); return { name: n, py: [py], sur: '' }; }
    let sur, spy;
    if (chance(0.018)) { [sur, spy] = pick(COMPOUND); } else { const s = wpick(SURN.map((x) => [x, x[2]])); sur = s[0]; spy = s[1]; }
    const pool = g === 'M' ? GM : GF;
    const two = chance(sur.length === 2 ? 0.45 : 0.72);
    const g1 = pick(pool), g2 = two ? pick(pool) : null;
    if (g2 && g2[0] === g1[0] && chance(0.7)) continue;
    const name = sur + g1[0] + (g2 ? g2[0] : '');
    if (!nameOk(name)) continue;
    return { name, py: [spy, g1[1] + (g2 ? g2[1] : '')], sur };
  }
}
function genMobile() {
  for (;;) {
    const pre = wpick([[() => '13' + ri(0, 9), 40], [() => pick(['150', '151', '152', '153', '155', '156', '157', '158', '159']), 25], [() => pick(['180', '181', '182', '183', '184', '185', '186', '187', '188', '189']), 22],
      [() => pick(['170', '171', '173', '175', '176', '177', '178', '166', '145', '147', '162', '165', '167']), 7], [() => pick(['190', '191', '192', '193', '195', '196', '197', '198', '199']), 6]])();
    const m = pre + digs(8);
    if (/(\d)\1{5}/.test(m) || m === '13800138000' || m === '13912345678') continue;
    return m;
  }
}
function genCard(bank) {
  const [bin, len] = pick(bank.bins);
  return luhnComplete(bin + digs(len - bin.length - 1));
}
function genAddr() {
  const a = pick(ADDRS);
  const s = `${a.p}${pick(a.roads)}${ri(1, 899)}号${pick(ESTATES)}${ri(1, 32)}幢${ri(1, 4)}单元${ri(1, 28)}0${ri(1, 6)}室`;
  return { text: s, post: a.post, area: a.area };
}
function genLandline(area) {
  if (area === '0931') return area + ri(2, 8) + digs(6);
  return area + ri(2, 8) + digs(7);
}
function genQQ() { return String(ri(1, 9)) + digs(ri(5, 9)); }
function genEmail(nm, by, mobile) {
  const py = nm.py.join('');
  const sp = nm.py[0];
  const ini = nm.py[1] ? nm.py[1].replace(/([bcdfghjklmnpqrstwxyz]h?)[aeiouv]+n?g?r?/g, '$1').slice(0, 2) : 'x';
  const yy = String(by).slice(2);
  const st = wpick([['qq', 28], ['py163', 18], ['py126', 8], ['ini', 9], ['mob', 6], ['fox', 7], ['intl', 7], ['misc', 9], ['dot', 8]]);
  let a, inner = null;
  switch (st) {
    case 'qq': a = `${genQQ()}@qq.com`; break;
    case 'py163': a = `${py}${chance(0.6) ? yy : ri(1, 999)}@163.com`; break;
    case 'py126': a = `${py}${chance(0.4) ? '_' + ri(1, 99) : ''}@126.com`; break;
    case 'ini': a = `${sp}${ini}${by}@${pick(['sina.com', 'sohu.com', 'sina.cn'])}`; break;
    case 'mob': a = `${mobile}@${pick(['139.com', '139.com', '189.cn', 'wo.cn'])}`; inner = mobile; break;
    case 'fox': a = `${py}${ri(10, 99)}@foxmail.com`; break;
    case 'intl': a = `${nm.py[1] || sp}.${sp}${chance(0.5) ? ri(1, 99) : ''}@${pick(['outlook.com', 'gmail.com', 'hotmail.com'])}`; break;
    case 'dot': a = `${sp}.${nm.py[1] || 'x'}@${pick(['aliyun.com', 'yeah.net', '163.com'])}`; break;
    default: a = `${sp}${ini}${ri(100, 9999)}@${pick(['126.com', '163.com', 'yeah.net'])}`;
  }
  return { addr: a.toLowerCase(), inner };
}
function person(o = {}) {
  const g = o.g || (chance(0.53) ? 'M' : 'F');
  const nm = genName(g);
  const by = ri(o.minY || 1950, o.maxY || 2004);
  let bd = dateIn(by, by);
  let region = pick(ID_REGIONS);
  let id, id15 = null;
  if (o.legacy) {
    const yy = ri(1940, 1979); bd = dateIn(yy, yy);
    const seq = p2(ri(0, 99)) + String(g === 'M' ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]));
    id15 = region + ymd(bd).slice(2) + seq;
    id = upgrade15(id15);
  } else {
    const seq = p2(ri(0, 99)) + String(g === 'M' ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]));
    const body = region + ymd(bd) + seq;
    id = body + idCheck(body);
  }
  const mobile = genMobile();
  const em = genEmail(nm, bd.y, mobile);
  const bank = pick(BANKS);
  const card = genCard(bank);
  const ad = genAddr();
  return { ...nm, g, sex: g === 'M' ? '男' : '女', bd, id, id15, mobile, email: em.addr, emailInner: em.inner, bank, card, addr: ad, land: chance(0.35) ? genLandline(ad.area) : null };
}
const STAFF = [];
for (let i = 0; i < 48; i++) {
  const p = person({ minY: 1975, maxY: 1999 });
  const firm = i < 34 ? FIRMS[i % 3] : SELLERS[i % 2];
  p.firm = firm;
  p.br = BRANCHES[i % BRANCHES.length];
  p.no = (i % 2 ? 'H' : '') + String(ri(10000, 99999)).padStart(i % 2 ? 5 : 6, '0');
  p.work = `${p.py.join('')}${chance(0.2) ? ri(1, 9) : ''}@${firm.dom}`;
  p.cert = 'S' + pick(['0190', '1440', '0570', '0350', '1010', '0260', '1230']) + String(pick([5, 1])) + p2(ri(8, 23)) + p2(ri(1, 12)) + String(ri(1, 999)).padStart(4, '0');
  p.title = pick(['客户经理', '理财经理', '投资顾问', '财富顾问', '客户经理', '高级客户经理']);
  STAFF.push(p);
}
const staffOf = (firm) => { const s = STAFF.filter((x) => x.firm === firm); return s.length ? s : STAFF; };

// ---------------------------------------------------------------- written forms
const FW = (s) => s.replace(/[0-9A-Za-z@.\-+]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
function fmtMob(m, st) {
  switch (st) {
    case 'sp': return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'dash': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case '+86': return `+86 ${m}`;
    case '+86-': return `+86-${m}`;
    case '+86sp': return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case '86': return `86${m}`;
    case '0086': return `0086${m}`;
    case '(+86)': return `(+86)${m}`;
    case 'fw': return FW(m);
    case '0': return `0${m}`;
    case 'split': return `${m.slice(0, 7)}\n${m.slice(7)}`;
    default: return m;
  }
}
const mobStyle = (p = {}) => wpick([['plain', 70], ['sp', p.sp ?? 8], ['dash', p.dash ?? 5], ['+86', p.intl ?? 3], ['+86sp', p.intl ?? 2], ['fw', p.fw ?? 2]]);
function fmtId(id, st, id15) {
  switch (st) {
    case 'lx': return id.replace('X', 'x');
    case 'sp': return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    case 'fw': return FW(id);
    case 'apos': return `'${id}`;
    case 'l15': return id15;
    case 'split': return `${id.slice(0, 10)}\n${id.slice(10)}`;
    case 'ocr': return id.split('').join(' ');
    default: return id;
  }
}
function fmtCard(c, st) {
  switch (st) {
    case 'sp': return c.replace(/(\d{4})(?=\d)/g, '$1 ');
    case 'dash': return c.replace(/(\d{4})(?=\d)/g, '$1-');
    case 'fw': return FW(c);
    case 'split': return `${c.slice(0, 10)}\n${c.slice(10)}`;
    default: return c;
  }
}
const maskMob = (m) => wpick([[`${m.slice(0, 3)}****${m.slice(7)}`, 6], [`${m.slice(0, 3)}xxxx${m.slice(7)}`, 1], [`${m.slice(0, 3)}*****${m.slice(8)}`, 1]]);
const maskId = (id) => wpick([[`${id.slice(0, 6)}********${id.slice(14)}`, 5], [`${id.slice(0, 4)}**********${id.slice(14)}`, 2], [`${id.slice(0, 3)}***********${id.slice(14)}`, 1], [`${id.slice(0, 1)}****************${id.slice(17)}`, 1]]);
const maskCard = (c) => wpick([[`${c.slice(0, 4)} **** **** ${c.slice(-4)}`, 3], [`${c.slice(0, 6)}******${c.slice(-4)}`, 3], [`**** **** **** ${c.slice(-4)}`, 1], [`${c.slice(0, 6)}${'*'.repeat(c.length - 10)}${c.slice(-4)}`, 2]]);
const maskName = (n) => wpick([[n[0] + '*'.repeat(n.length - 1), 4], [n[0] + '*' + n.slice(2), n.length === 3 ? 3 : 0], [n[0] + '某' + (n.length === 3 ? '某' : ''), 1], [n[0] + '**', 1]]);
const maskEmail = (e) => { const [l, d] = e.split('@'); return `${l.slice(0, 2)}****@${d}`; };

function cw(s) { let w = 0; for (const ch of s) w += /[\u2E80-\uFFEF]/.test(ch) && !/[\uFF61-\uFF9F]/.test(ch) ? 2 : 1; return w; }
function padW(s, w) { s = String(s); const n = w - cw(s); return n > 0 ? s + ' '.repeat(n) : s + ' '; }
function spaced2(n) { return n.length === 2 ? n[0] + pick(['　', '  ']) + n[1] : n; }
function csvCell(s) { s = String(s ?? ''); return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s; }
const csvRow = (a) => a.map(csvCell).join(',');
const amt = (x) => x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

// ---------------------------------------------------------------- document builder
class Doc {
  constructor(kind) { this.kind = kind; this.E = new Map(); this.C = new Map(); this.X = new Map(); this.text = ''; }
  ent(det, v) { this.E.set(det + '|' + v, { detector: det, value: v }); }
  dcv(det, v) { this.C.set(det + '|' + v, { detector: det, value: v }); }
  dec(kind, text) { text = String(text); if (!this.X.has(text)) this.X.set(text, { kind, text }); return text; }
  // names
  N(n, written) { this.ent('person_name_zh', n); return written ?? n; }
  Nsp(n) { this.ent('person_name_zh', n); return chance(0.5) ? spaced2(n) : n; }
  Nd(n, written) { this.dcv('person_name_zh', n); return written ?? n; }
  T(n, title) { const w = n.slice(0, n.length === 4 && COMPOUND.some(([c]) => n.startsWith(c)) ? 2 : 1) + title; this.dcv('person_name_zh', w); return w; }
  // values
  M(m, st = 'plain') { this.ent('cn_mobile', m); return fmtMob(m, st); }
  I(p, st = 'plain') { this.ent('cn_resident_id', p.id); if (st === 'l15' && !p.id15) st = 'plain'; return fmtId(st === 'lx' && !p.id.endsWith('X') ? p.id : p.id, st, p.id15); }
  B(c, st = 'plain') { this.ent('bank_card', c); return fmtCard(c, st); }
  Em(p, upper = false) { const e = typeof p === 'string' ? p : p.email; this.ent('email', e.toLowerCase()); if (typeof p !== 'string' && p.emailInner) this.ent('cn_mobile', p.emailInner); if (upper) return e.replace(/^[a-z]/, (c) => c.toUpperCase()); return e; }
  L(l, st = 'dash') {
    this.ent('cn_landline', l);
    const ac = /^0(10|2\d)/.test(l) ? l.slice(0, 3) : l.slice(0, 4); const rest = l.slice(ac.length);
    switch (st) { case 'paren': return `(${ac})${rest}`; case 'fwparen': return `（${ac}）${rest}`; case 'sp': return `${ac} ${rest}`; case 'plain': return l; case 'intl': return `+86 ${ac.slice(1)} ${rest}`; default: return `${ac}-${rest}`; }
  }
  // decoys
  zj(br) { return this.dec('fund_account', (br ? br.code : pick(BRANCHES).code) + digs(8).replace(/^0/, String(ri(0, 9)))); }
  kh(br) { return this.dec('client_no', (br ? br.code : pick(BRANCHES).code) + digs(6)); }
  shA() { return this.dec('sh_account', 'A' + String(ri(1, 8)) + digs(8)); }
  szA() { return this.dec('sz_account', '0' + String(ri(0, 2)) + digs(8)); }
  shE() { return this.dec('sh_credit_account', 'E0' + digs(8)); }
  szC() { return this.dec('sz_credit_account', '06' + digs(8)); }
  ymt() { return this.dec('yimatong_account', '18' + digs(10)); }
  ta() { return this.dec('fund_ta_account', wpick([['98' + digs(10), 2], ['1010' + digs(8), 1], ['25' + digs(10), 1]])); }
  jy() { return this.dec('trade_account', '88' + digs(12)); }
  fund(parts = 'cn') { const f = pick(FUNDS); if (parts.includes('c')) this.dec('product_code', f[0]); if (parts.includes('n')) this.dec('fund_name', f[1]); return f; }
  stock(parts = 'cn') { const s = pick(STOCKS); if (parts.includes('c')) this.dec('stock_code', s[0]); if (parts.includes('n')) this.dec('stock_name', s[1]); return s; }
  order() { return this.dec('order_no', String(ri(1, 9)) + digs(ri(5, 8))); }
  serial(d, n = 19) { for (;;) { const s = ymd(d) + digs(n - 8); if (!/^62|^81/.test(s)) return this.dec('serial_no', s); } }
  long18(d, kind) { for (;;) { const s = ymd(d) + digs(10); if (!usccValid(s) && !idValid(s)) return this.dec(kind, s); } }
  ts(d, t) { return this.dec('timestamp_ms', String(epochMs(d, t))); }
  date(d, f = dash) { return this.dec('date', f(d)); }
  tm(short) { return this.dec('time', short ? hm() : hms()); }
  a(x, kind = 'amount') { return this.dec(kind, amt(x)); }
  w(kind, text) { return this.dec(kind, text); }
  mm(m) { return this.dec('masked_mobile', maskMob(m)); }
  mi(id) { return this.dec('masked_id', maskId(id)); }
  mc(c) { return this.dec('masked_card', maskCard(c)); }
  mn(n) { const t = maskName(n); return this.dec('masked_name', t); }
  done() {
    for (const k of this.E.keys()) this.C.delete(k);
    return this;
  }
}
// invalid look-alikes (decoys)
function no31(fn) { for (;;) { const v = fn(); if (!(v.length === 18 && usccValid(v.toUpperCase()))) return v; } }
const badIdCheck = (p) => no31(() => badIdCheck_(p));
const badIdDate = (p) => no31(() => badIdDate_(p));
const badIdRegion = (p) => no31(() => badIdRegion_(p));
const badCardLuhn = (b) => no31(() => badCardLuhn_(b));
function corpAcct() { for (;;) { const a = String(ri(1, 9)) + digs(ri(14, 17)); if (!luhnOk(a) && !idValid(a) && !usccValid(a)) return a; } }
function badIdCheck_(p) { const right = p.id[17]; let c; do { c = pick('0123456789X'.split('')); } while (c === right); return p.id.slice(0, 17) + c; }
function badIdDate_(p) {
  const y = p.bd.y; const [m, d] = pick([[2, 30], [2, 31], [4, 31], [6, 31], [9, 31], [11, 31], [13, 5], [0, 12], [10, 0], [2, 29]]);
  if (m === 2 && d === 29 && realDate(y, 2, 29)) return badIdDate_(p);
  const body = p.id.slice(0, 6) + y + p2(m) + p2(d) + p.id.slice(14, 17); return body + idCheck(body);
}
function badIdRegion_(p) { const body = pick(['27', '28', '39', '49', '56', '66', '00', '80']) + p.id.slice(2, 17); return body + idCheck(body); }
function badMobile() {
  return wpick([[() => pick(['140', '141', '144', '146', '154', '194', '104', '120']) + digs(8), 4], [() => genMobile().slice(0, 10), 2], [() => genMobile() + ri(0, 9), 1]])();
}
function badCardLuhn_(bank) { const c = genCard(bank); const last = Number(c[c.length - 1]); return c.slice(0, -1) + String((last + ri(1, 9)) % 10); }

// ---------------------------------------------------------------- helpers for text
const firmPick = () => pick(FIRMS);
function brOf(firm) { return pick(BRANCHES); }
function riskOf() { return pick(RISK); }
const SALUTE = (p) => (p.g === 'M' ? '先生' : '女士');
const TA = (p) => (p.g === 'M' ? '他' : '她');
function jobOf(p) { const age = 2025 - p.bd.y; if (age < 23) return '学生'; if (age >= 62) return pick(['退休人员', '退休人员', '私营企业主']); return pick(JOBS.filter((j) => j !== '退休人员' && j !== '学生')); }
// a relative: children share the surname; spouses and friends do not
function kin(p, rel) {
  const g = ['儿子', '哥哥', '弟弟', '老公', '外甥'].includes(rel) ? 'M' : ['女儿', '老婆', '姐姐', '妹妹'].includes(rel) ? 'F' : (rel === '爱人' ? (p.g === 'M' ? 'F' : 'M') : (chance(0.5) ? 'M' : 'F'));
  for (;;) {
    const q = person({ g });
    if (['儿子', '女儿', '哥哥', '弟弟', '姐姐', '妹妹'].includes(rel) && p.sur && p.sur.length === 1) { const nm = p.sur + q.name.slice(q.sur.length || 1); if (nm.length >= 2 && nameOk(nm) && nm !== p.name) { q.name = nm; return q; } continue; }
    return q;
  }
}

// ============================================================================
// generators
// ============================================================================
const GEN = {};

// 1. 证券开户 records --------------------------------------------------------
GEN['kaihu-record'] = function () {
  const d = new Doc('kaihu-record'); const firm = firmPick(); const br = pick(BRANCHES); const dt = docDate();
  const v = ri(0, 2);
  if (v === 0) {
    const p = person({ minY: 1950, maxY: 2004 }); const wit = pick(staffOf(firm)); const rk = riskOf();
    const sd = dateIn(Math.max(2010, dt.y - 9), dt.y);
    const lines = [
      `================ 个人客户开户资料表 ================`,
      `开户机构：${d.w('company', firm.f)}`,
      `营业部：${d.w('branch', br.n)}        营业部代码：${br.code}`,
      `客户号：${d.kh(br)}        开户日期：${d.date(dt)}`,
      `客户姓名：${d.N(p.name)}        性别：${p.sex}       国籍：中国`,
      `证件类型：居民身份证      证件号码：${d.I(p, pick(['plain', 'plain', 'plain', 'lx']))}`,
      `证件有效期：${dot(sd)}-${chance(0.2) ? '长期' : dot({ y: sd.y + (p.bd.y < 1978 ? 20 : 10), m: sd.m, d: sd.d })}`,
      `出生日期：${d.date(p.bd)}       职业：${jobOf(p)}       学历：${pick(EDU)}`,
      `移动电话：${d.M(p.mobile, mobStyle())}`,
      p.land ? `固定电话：${d.L(p.land, pick(['dash', 'paren', 'plain']))}` : `固定电话：`,
      `电子邮箱：${d.Em(p, chance(0.1))}`,
      `联系地址：${p.addr.text}      邮政编码：${d.w('postcode', p.addr.post)}`,
      `资金账号：${d.zj(br)}`,
      `上海A股账户：${d.shA()}      深圳A股账户：${d.szA()}`,
      `一码通账户：${d.ymt()}`,
      `三方存管银行：${d.w('company', p.bank.n)}     银行卡号：${d.B(p.card, pick(['plain', 'sp', 'plain']))}`,
      `风险承受能力：${rk[0]}（${rk[1]}）    测评日期：${d.date(dt)}`,
      `开户方式：${pick(['临柜开户', '见证开户', '网上开户（视频见证）'])}    见证人：${d.N(wit.name)}（工号 ${d.w('staff_no', wit.no)}）`,
      `受益所有人：本人      实际控制人：本人      不良诚信记录：无`,
      `客户签名：${d.N(p.name)}              经办：${d.N(pick(staffOf(firm)).name)}   复核：${d.N(pick(STAFF).name)}`,
    ];
    d.text = lines.join('\n');
  } else if (v === 1) {
    const n = ri(6, 18);
    const rows = [`${d.w('branch', br.n)} ${d.date(dt)} 新开户明细（运营部导出，仅限内部使用）`, '', '序号|客户号|客户姓名|证件号码|开户方式|手机号码|存管银行|银行卡号|见证人|资金账号'];
    const wits = staffOf(firm);
    for (let i = 1; i <= n; i++) {
      const p = person(); const w = pick(wits);
      rows.push([i, d.kh(br), d.Nsp(p.name), d.I(p), pick(['临柜', '见证', '网开', '网开']), d.M(p.mobile), p.bank.s, d.B(p.card), d.N(w.name), d.zj(br)].join('|'));
    }
    rows.push('', `合计：${n}户    制表：${d.N(pick(wits).name)}    复核：${d.N(pick(STAFF).name)}`);
    d.text = rows.join('\n');
  } else {
    // legacy client, 身份证升位
    const p = person({ legacy: true }); const od = dateIn(1993, 2001);
    const lines = [
      `客户资料变更登记（证件升位）`,
      `客户号：${d.kh(br)}    原开户日期：${d.date(od)}`,
      `客户姓名：${d.N(p.name)}`,
      `原证件号码(15位)：${d.I(p, 'l15')}`,
      `新证件号码(18位)：${d.I(p)}`,
      `联系电话：${d.M(p.mobile, pick(['plain', 'sp']))}`,
      `通讯地址：${p.addr.text}`,
      `股东账户：沪 ${d.shA()}  深 ${d.szA()}`,
      `资金账号：${d.zj(br)}`,
      `变更原因：客户更换第二代身份证，原15位证件号码升位`,
      `经办人：${d.N(pick(staffOf(firm)).name)}    日期：${d.date(dt, cnd)}`,
    ];
    d.text = lines.join('\n');
  }
  return d;
};

// 2. 见证 logs ---------------------------------------------------------------
GEN['witness-log'] = function () {
  const d = new Doc('witness-log'); const firm = firmPick(); const dt = docDate(); const v = ri(0, 2);
  if (v === 0) {
    const out = [];
    const n = ri(3, 7);
    for (let i = 0; i < n; i++) {
      const p = person(); const ag = pick(staffOf(firm)); const task = d.w('task_no', 'JZ' + ymd(dt) + String(ri(1, 9999)).padStart(6, '0'));
      const t1 = hms(); const sc = (0.8 + rnd() * 0.19).toFixed(4);
      out.push(`${dash(dt)} ${t1}.${String(ri(0, 999)).padStart(3, '0')} INFO  [witness-svc] task=${task} agent=${d.w('staff_no', ag.no)}(${d.N(ag.name)}) start video witness`);
      out.push(`${dash(dt)} ${t1}.${String(ri(0, 999)).padStart(3, '0')} INFO  [witness-svc] task=${task} cust_name=${d.N(p.name)} id_type=0 id_no=${d.I(p)} mobile=${d.M(p.mobile)}`);
      out.push(`${dash(dt)} ${t1}.${String(ri(0, 999)).padStart(3, '0')} INFO  [witness-svc] task=${task} police_check result=一致 photo_match score=${d.w('score', sc)}`);
      if (chance(0.3)) {
        const bad = badIdCheck(p);
        out.push(`${dash(dt)} ${t1}.${String(ri(0, 999)).padStart(3, '0')} WARN  [witness-svc] task=${task} ocr id_no=${d.w('id_bad_check', bad)} checksum mismatch, fallback to manual input`);
      }
      out.push(`${dash(dt)} ${t1}.${String(ri(0, 999)).padStart(3, '0')} INFO  [witness-svc] task=${task} witness finished result=${pick(['PASS', 'PASS', 'PASS', 'REJECT(光线不足,重新预约)'])} duration=${ri(95, 520)}s`);
    }
    d.text = out.join('\n');
  } else if (v === 1) {
    const br = pick(BRANCHES);
    const rows = [`见证开户登记簿（${d.w('branch', br.n)}）`, `登记月份：${dt.y}年${dt.m}月`, '', ['序号', '见证日期', '客户姓名', '证件号码', '联系电话', '见证地点', '见证人', '复核人', '备注'].join('\t')];
    const n = ri(5, 16);
    for (let i = 1; i <= n; i++) {
      const p = person(); const dd = { y: dt.y, m: dt.m, d: ri(1, 28) };
      rows.push([i, d.date(dd, slash), d.N(p.name), d.I(p, pick(['plain', 'plain', 'lx'])), d.M(p.mobile), pick(['客户单位', '营业部', '客户家中', '咖啡厅', '客户公司会议室']), d.N(pick(staffOf(firm)).name), d.N(pick(STAFF).name), pf(['', '', '已回访', '证件有效期临近', () => d.w('word', '余额不足'), '配偶代为预约'])].join('\t'));
    }
    d.text = rows.join('\n');
  } else {
    const out = [];
    const n = ri(3, 8);
    for (let i = 0; i < n; i++) {
      const p = person(); const ag = pick(staffOf(firm)); const t = hms();
      out.push(JSON.stringify({ ts: Number(d.ts(dt, t)), level: 'info', svc: 'vwitness', seat: d.w('seat_no', 'S' + p2(ri(1, 40))), witness: d.N(ag.name), witnessNo: d.w('staff_no', ag.no), customer: { name: d.N(p.name), idNo: d.I(p), phone: d.M(p.mobile) }, channel: pick(['APP', 'H5', 'PC']), result: pick(['PASS', 'PASS', 'RETRY']) }));
    }
    d.text = out.join('\n');
  }
  return d.done();
};

// 3. 客户经理 client lists ----------------------------------------------------
GEN['adviser-clients'] = function () {
  const d = new Doc('adviser-clients'); const firm = firmPick(); const br = pick(BRANCHES); const st = pick(staffOf(firm)); const dt = docDate(); const v = ri(0, 2);
  const n = ri(8, 22);
  if (v === 0) {
    // fixed-width with system masking
    const maskNm = chance(0.5);
    const hdr = [padW('序号', 6), padW('客户号', 12), padW('姓名', 10), padW('手机', 14), padW('总资产(元)', 16), padW('风险等级', 10), padW('开户日期', 12), '备注'].join('');
    const rows = [`客户经理：${d.N(st.name)}（${d.w('staff_no', st.no)}）   所属：${d.w('branch', br.n)}   导出时间：${d.date(dt)} ${d.tm()}`, `[系统提示] ${maskNm ? '姓名、' : ''}手机号码已按权限脱敏显示`, '', hdr, '-'.repeat(96)];
    for (let i = 1; i <= n; i++) {
      const p = person(); const rk = riskOf();
      rows.push([padW(i, 6), padW(d.kh(br), 12), padW(maskNm ? d.mn(p.name) : d.N(p.name, spaced2(p.name)), 10), padW(d.mm(p.mobile), 14), padW(d.a(ri(2000, 9000000) + ri(0, 99) / 100), 16), padW(rk[0] + rk[1], 10), padW(d.date(dateIn(2008, dt.y)), 12), pf(['', '', '', () => d.w('word', '余额不足'), '两融意向', '周一回访', '只做打新', () => d.w('word', '高净值'), '老客户'])].join(''));
    }
    d.text = rows.join('\n');
  } else if (v === 1) {
    const rows = [['客户号', '姓名', '性别', '手机', '生日', '资产(万)', '风险等级', '最近交易', '服务经理', '备注'].join('\t')];
    for (let i = 1; i <= n; i++) {
      const p = person(); const rk = riskOf();
      const mgr = chance(0.15) ? d.w('word', pick(['公共池', '待分配', '营业部直属'])) : d.N(st.name);
      rows.push([d.kh(br), d.N(p.name), p.sex, d.M(p.mobile, mobStyle({ sp: 4 })), `${p2(p.bd.m)}-${p2(p.bd.d)}`, d.dec('amount', (ri(1, 3000) + ri(0, 99) / 100).toFixed(2)), rk[0], d.date(dateIn(dt.y - 1, dt.y)), mgr, pf(['', '', '喜欢打新', () => '持有' + d.fund('n')[1], '配偶也在本营业部', '电话别太早打', '已加微信'])].join('\t'));
    }
    d.text = rows.join('\n');
  } else {
    const rows = [`## 我的重点客户（${dt.y}年${dt.m}月更新）`, '', '| 姓名 | 手机 | 身份证 | 资金账号 | 资产 | 关注 |', '|---|---|---|---|---|---|'];
    for (let i = 1; i <= n; i++) {
      const p = person({ minY: 1955, maxY: 1995 });
      const s = d.stock();
      rows.push(`| ${d.N(p.name)} | ${d.M(p.mobile, mobStyle({ sp: 10, dash: 10 }))} | ${chance(0.6) ? d.I(p) : d.mi(p.id)} | ${d.zj(br)} | ${ri(30, 2000)}万 | ${s[1]}(${s[0]}) |`);
    }
    rows.push('', `（${d.N(st.name)} 个人整理，勿转发）`);
    d.text = rows.join('\n');
  }
  return d.done();
};

// 4. call logs --------------------------------------------------------------
const CALL_NOTES = [
  (d, p) => `客户称在${d.fund('n')[1]}上亏了${ri(10, 40)}%，暂不考虑加仓`,
  (d, p) => `介绍两融业务，客户有兴趣，约${d.w('word', '周五')}来营业部面谈`,
  (d, p) => `客户问打新中签缴款，已指导`,
  (d, p) => `未接通`,
  (d, p) => `客户表示${d.w('word', '余额不足')}，下月再定投`,
  (d, p) => `推荐${pick(AMPRODS)}，客户说考虑一下`,
  (d, p) => `客户投诉APP卡顿，已记录转IT`,
  (d, p) => `${d.T(p.name, SALUTE(p))}不在，家属接听，说晚上再联系`,
  (d, p) => `客户持有${d.stock('n')[1]}被套，情绪较大，做好安抚`,
  (d, p) => `风险测评即将过期，提醒客户在APP上重新测评`,
  (d, p) => `客户要求把三方存管从${pick(BANKS).s}换到${pick(BANKS).s}，告知需本人到柜台`,
];
GEN['call-log'] = function () {
  const d = new Doc('call-log'); const firm = firmPick(); const dt = docDate(); const v = ri(0, 1);
  if (v === 0) {
    const rows = [csvRow(['呼叫时间', '坐席工号', '坐席姓名', '客户姓名', '外呼号码', '通话时长(秒)', '呼叫结果', '小结'])];
    const n = ri(8, 25); const ags = staffOf(firm).slice(0, 4);
    for (let i = 0; i < n; i++) {
      const p = person(); const ag = pick(ags); const res = pick(['接通', '接通', '接通', '未接', '关机', '占线']);
      const dur = res === '接通' ? ri(20, 900) : 0;
      rows.push(csvRow([`${d.date(dt)} ${d.tm()}`, d.w('staff_no', ag.no), d.N(ag.name), d.N(p.name), d.M(p.mobile, pick(['plain', 'plain', '0', '0'])), dur, res, res === '接通' ? pick(CALL_NOTES)(d, p) : '']));
    }
    d.text = rows.join('\n');
  } else {
    const st = pick(staffOf(firm));
    const out = [`${d.N(st.name)} 电话记录本  ${dt.y}.${dt.m}`, ''];
    let day = { ...dt, d: ri(1, 10) };
    const n = ri(6, 14);
    for (let i = 0; i < n; i++) {
      day = addDays(day, ri(0, 2));
      const p = person();
      const note = pick(CALL_NOTES)(d, p);
      out.push(`${day.m}/${day.d} ${WEEK[weekday(day)]} ${d.tm(1)} ${d.N(p.name)} ${d.M(p.mobile, mobStyle({ sp: 15, dash: 8 }))} ${note}`);
      if (chance(0.2)) { const rel = pick(['儿子', '女儿', '爱人', '朋友']); const q = kin(p, rel); out.push(`    —— 另：客户说${TA(p)}${rel}${d.Nd(q.name)}也想开户，下次一起来`); }
    }
    d.text = out.join('\n');
  }
  return d.done();
};

// 5. 基金定投 / 申购 lists ---------------------------------------------------
GEN['fund-orders'] = function () {
  const d = new Doc('fund-orders'); const sel = pick([...SELLERS, ...FIRMS]); const dt = docDate(); const v = ri(0, 2);
  const n = ri(6, 22);
  if (v === 0) {
    const rows = [csvRow(['协议号', '客户姓名', '证件号码', '基金账号', '基金代码', '基金名称', '每期金额', '扣款日', '扣款银行', '扣款卡号', '手机号', '状态'])];
    for (let i = 0; i < n; i++) {
      const p = person(); const f = d.fund();
      rows.push(csvRow([d.w('agreement_no', 'DT' + ymd(dt) + digs(6)), d.N(p.name), d.I(p), d.ta(), f[0], f[1], d.a(pick([500, 1000, 2000, 300, 5000, 1500])), `每月${ri(1, 28)}日`, p.bank.s, d.B(p.card), d.M(p.mobile), pick(['正常', '正常', '正常', '暂停', '终止'])]));
    }
    d.text = rows.join('\n');
  } else if (v === 1) {
    const rows = [`${sel.s} 基金申购申请明细  申请日期：${d.date(dt, ymd)}`, ['申请单号', '交易账号', '基金账号', '客户名称', '证件号码', '基金代码', '基金名称', '业务', '申请金额(元)', '费率', '网点'].join('\t')];
    for (let i = 0; i < n; i++) {
      const inst = chance(0.12);
      const f = d.fund();
      if (inst) {
        const pf = pick(FUNDS);
        const nm = d.w('product_account', `${pick(['易方达基金', '华夏基金', '汇添富基金', '嘉实基金'])}－${pick(['工商银行', '招商银行', '中信证券'])}－${pf[1].replace(/[A(].*$/, '')}${ri(1, 9)}号资产管理计划`);
        rows.push([d.long18(dt, 'order_no'), d.jy(), d.ta(), nm, '—', f[0], f[1], '申购', d.a(ri(100, 5000) * 1000), '0.00%', '机构直销'].join('\t'));
      } else {
        const p = person();
        rows.push([d.long18(dt, 'order_no'), d.jy(), d.ta(), d.N(p.name), d.I(p), f[0], f[1], pick(['申购', '申购', '定投', '认购']), d.a(ri(1, 500) * 100), pick(['0.15%', '0.12%', '1.50%', '0.10%']), pick(['APP', '柜台', '网银'])].join('\t'));
      }
    }
    d.text = rows.join('\n');
  } else {
    const rows = [`定投扣款失败客户名单（${d.date(dt)}扣款日）`, `说明：以下客户因${d.w('word', '余额不足')}或卡状态异常导致扣款失败，请客户经理于${d.w('word', '周五')}前逐一电话通知。`, '', '序号 | 客户 | 联系电话 | 扣款卡号 | 基金 | 失败原因 | 负责人'];
    for (let i = 1; i <= n; i++) {
      const p = person(); const f = d.fund('n'); const st = pick(staffOf(pick(FIRMS)));
      rows.push([i, d.N(p.name), d.M(p.mobile, mobStyle()), chance(0.7) ? d.B(p.card, pick(['plain', 'sp'])) : d.mc(p.card), f[1], pick(['余额不足', '卡已挂失', '超出单日限额', '银行系统超时']), d.N(st.name)].join(' | '));
    }
    d.text = rows.join('\n');
  }
  return d.done();
};

// 6. 私募 合格投资者 --------------------------------------------------------
GEN['qualified-investor'] = function () {
  const d = new Doc('qualified-investor'); const pm = pick(PRIVATE); const prod = pick(pm.prods); const dt = docDate(); const firm = firmPick(); const v = ri(0, 2);
  const codeS = 'S' + pick('ABCDEFGHJKLMNPQRSTUVWXYZ'.split('')) + pick('ABCDEFGHJKLMNPQRSTUVWXYZ'.split('')) + digs(3);
  const code = v === 2 ? '' : d.w('product_code', codeS);
  if (v === 0) {
    const p = person({ minY: 1955, maxY: 1990 }); const st = pick(staffOf(firm));
    const fa = ri(300, 3000) * 10000 + ri(0, 9999);
    d.text = [
      `私募投资基金合格投资者确认函（个人）`,
      ``,
      `致：${d.w('company', pm.f)}`,
      `    ${d.w('company', firm.f)}（代销机构）`,
      ``,
      `投资者姓名：${d.N(p.name)}`,
      `证件类型：居民身份证    证件号码：${d.I(p, pick(['plain', 'sp', 'plain']))}`,
      `联系电话：${d.M(p.mobile, mobStyle())}    电子邮箱：${d.Em(p)}`,
      `通讯地址：${p.addr.text}`,
      ``,
      `本人承诺符合《私募投资基金监督管理暂行办法》规定的合格投资者标准：`,
      `[√] 金融资产不低于300万元：截至${d.date(addDays(dt, -ri(5, 40)), cnd)}，本人名下金融资产合计人民币${d.a(fa)}元（证明材料：${pick(['银行存款证明', '证券账户对账单', '理财产品持仓证明'])}）`,
      `[ ] 最近三年个人年均收入不低于50万元`,
      ``,
      `拟认购产品：${d.w('fund_name', prod)}（备案编码：${code}）`,
      `认购金额：人民币 ${d.a(ri(100, 500) * 10000)} 元`,
      `风险等级匹配：产品风险等级 R${ri(3, 5)}，投资者风险承受能力 ${pick(['C4', 'C5'])}`,
      ``,
      `投资者签字：${d.N(p.name)}            日期：${d.date(dt, cnd)}`,
      `募集机构经办人：${d.N(st.name)}（从业资格 ${d.w('cert_no', st.cert)}）    复核人：${d.N(pick(STAFF).name)}`,
    ].join('\n');
  } else if (v === 1) {
    const legal = person({ minY: 1960, maxY: 1985 }); const agent = person({ minY: 1980, maxY: 1998 });
    const [city, reg] = pick([['杭州', '330106'], ['上海', '310115'], ['深圳', '440300'], ['南京', '320100'], ['宁波', '330200'], ['苏州', '320500']]);
    const org = 'MA' + Array.from({ length: 6 }, () => pick('0123456789ABCDEFGHJKLMNPQRTUWXY'.split(''))).join('');
    const b17 = '91' + reg + org + orgCheck(org);
    const uscc = b17 + usccCheck(b17);
    const coname = `${city}${pick(['恒泰', '瑞丰', '启明', '鼎元', '远航', '中和'])}${pick(['实业', '投资', '贸易', '科技'])}有限公司`;
    d.ent('cn_uscc', uscc);
    d.text = [
      `合格投资者确认书（机构投资者）`,
      `产品名称：${d.w('fund_name', prod)}    产品代码：${code}`,
      `管理人：${d.w('company', pm.f)}`,
      ``,
      `投资者名称：${d.w('company', coname)}`,
      `统一社会信用代码：${chance(0.8) ? uscc : uscc.toLowerCase()}`,
      `法定代表人：${d.N(legal.name)}    证件号码：${d.I(legal)}`,
      `经办人：${d.N(agent.name)}    经办人身份证：${d.I(agent)}    经办人手机：${d.M(agent.mobile)}`,
      `经办人邮箱：${d.Em(agent)}`,
      `净资产：人民币${d.a(ri(1000, 20000) * 10000)}元（不低于1000万元）  审计报告：${dt.y - 1}年度`,
      `认购金额：${d.a(ri(100, 2000) * 10000)}元`,
      `银行账户：${pick(BANKS).n}${pick(['杭州分行营业部', '上海分行', '深圳福田支行', '苏州分行'])}  账号 ${d.w('corporate_account', corpAcct())}`,
      ``,
      `机构盖章：              法定代表人或授权代表签字：${d.N(legal.name)}`,
      `日期：${d.date(dt)}`,
    ].join('\n');
  } else {
    const rows = [csvRow(['序号', '投资者姓名', '证件类型', '证件号码', '手机', '认定方式', '认定日期', '有效期至', '经办人', '备注'])];
    const n = ri(6, 18);
    for (let i = 1; i <= n; i++) {
      const pass = chance(0.08);
      const p = person({ minY: 1950, maxY: 1990 });
      const ad = addDays(dt, -ri(0, 300));
      const idt = pass ? '护照' : '身份证';
      let idv;
      if (pass) { const pn = chance(0.5) ? 'E' + digs(8) : 'E' + pick('ABCDEFGHJKLMNPQRSTUVWXYZ'.split('')) + digs(7); d.ent('cn_passport', pn); idv = pn; } else idv = d.I(p);
      rows.push(csvRow([i, d.N(p.name), idt, idv, d.M(p.mobile), pick(['金融资产≥300万', '近三年年均收入≥50万', '金融资产≥500万（专业投资者）']), d.date(ad), d.date({ y: ad.y + 2, m: ad.m, d: Math.min(ad.d, 28) }), d.N(pick(staffOf(firm)).name), pass ? '境外定居，护照开户' : '']));
    }
    d.text = `${pm.s} 合格投资者认定台账\n` + rows.join('\n');
  }
  return d.done();
};

// 7. 风险测评 ---------------------------------------------------------------
GEN['risk-assessment'] = function () {
  const d = new Doc('risk-assessment'); const firm = firmPick(); const dt = docDate(); const v = ri(0, 2);
  if (v === 0) {
    const list = []; const n = ri(4, 14);
    for (let i = 0; i < n; i++) {
      const p = person(); const rk = riskOf(); const t = hms();
      list.push({ custNo: d.kh(), custName: d.N(p.name), idType: '0', idNo: d.I(p), mobile: d.M(p.mobile), score: Number(d.w('score', String(ri(12, 95)))), riskLevel: rk[0], riskLevelName: rk[1], evalTime: `${dash(dt)} ${t}`, expireDate: d.date({ y: dt.y + 2, m: dt.m, d: Math.min(dt.d, 28) }), paperId: d.w('paper_id', 'RP' + (dt.y - 1) + 'V' + ri(1, 3)), channel: pick(['APP', 'PC', 'COUNTER']), createTs: Number(d.ts(dt, t)) });
    }
    d.text = JSON.stringify({ code: 0, msg: 'success', data: { total: n, pageNo: 1, pageSize: 50, list } }, null, chance(0.5) ? 2 : 0);
  } else if (v === 1) {
    const p = person(); const rk = riskOf(); const sc = ri(12, 95);
    d.text = [
      `${d.w('company', firm.f)}`,
      `投资者风险承受能力评估结果确认书`,
      ``,
      `尊敬的投资者 ${d.N(p.name)}：`,
      `    您于${d.date(dt, cnd)}完成了风险承受能力评估问卷（问卷版本：${d.w('paper_id', 'RP' + dt.y + 'V1')}），评估得分为${sc}分，您的风险承受能力等级为【${rk[0]}-${rk[1]}】，`,
      `可购买的产品或接受的服务风险等级为 R1-R${rk[0].slice(1)}。本评估结果有效期至${d.date({ y: dt.y + 2, m: dt.m, d: Math.min(dt.d, 28) }, cnd)}。`,
      `    如您的财务状况、投资经验等情况发生重大变化，请及时重新评估。`,
      ``,
      `投资者信息：`,
      `  客户号：${d.kh()}`,
      `  证件号码：${d.I(p, pick(['plain', 'lx', 'sp']))}`,
      `  手机号码：${d.M(p.mobile, mobStyle())}`,
      ``,
      `投资者确认签字：${d.N(p.name)}        日期：${d.date(dt)}`,
      `营业部经办：${d.N(pick(staffOf(firm)).name)}`,
    ].join('\n');
  } else {
    const rows = [`风险测评到期提醒名单（到期日 ${d.date(dt)} 前 30 天）`, '', ['客户号', '姓名', '手机', '当前等级', '测评日期', '到期日', '客户经理', '客户经理手机'].join('\t')];
    const n = ri(6, 20);
    for (let i = 0; i < n; i++) {
      const p = person(); const st = pick(staffOf(firm)); const ed = dateIn(dt.y - 2, dt.y - 2);
      rows.push([d.kh(), d.N(p.name), chance(0.5) ? d.M(p.mobile) : d.mm(p.mobile), pick(RISK)[0], d.date(ed), d.date({ y: ed.y + 2, m: ed.m, d: ed.d }), d.N(st.name), d.M(st.mobile)].join('\t'));
    }
    d.text = rows.join('\n');
  }
  return d.done();
};

// 8. 双录 logs ---------------------------------------------------------------
GEN['dual-recording'] = function () {
  const d = new Doc('dual-recording'); const firm = firmPick(); const dt = docDate(); const v = ri(0, 2);
  const prods = [...AMPRODS, ...PRIVATE.flatMap((x) => x.prods)];
  if (v === 0) {
    const rows = ['| 录制编号 | 录制时间 | 产品名称 | 产品风险 | 投资者姓名 | 证件号码 | 投资者等级 | 销售人员 | 资格证号 | 时长 | 质检 |', '|---|---|---|---|---|---|---|---|---|---|---|'];
    const n = ri(5, 15);
    for (let i = 0; i < n; i++) {
      const p = person({ minY: 1950, maxY: 1995 }); const st = pick(staffOf(firm));
      rows.push(`| ${d.w('record_no', 'SL' + ymd(dt) + String(ri(1, 9999)).padStart(4, '0'))} | ${dash(dt)} ${d.tm(1)} | ${d.w('fund_name', pick(prods))} | R${ri(3, 5)} | ${d.N(p.name)} | ${d.I(p)} | C${ri(3, 5)} | ${d.N(st.name)} | ${d.w('cert_no', st.cert)} | ${p2(ri(6, 25))}:${p2(ri(0, 59))} | ${pick(['合格', '合格', '合格', '不合格-风险揭示不完整', '待质检'])} |`);
    }
    d.text = `双录台账 ${dt.y}-${p2(dt.m)}  ${d.w('company', firm.f)}\n\n` + rows.join('\n');
  } else if (v === 1) {
    const out = []; const n = ri(3, 6);
    for (let i = 0; i < n; i++) {
      const p = person(); const st = pick(staffOf(firm)); const rec = d.w('record_no', 'DR' + ymd(dt) + digs(5)); const t = hms();
      out.push(`[${dash(dt)} ${t}] rec=${rec} event=START room=${pick(['VIP1', 'VIP2', '理财室3'])} seller=${d.N(st.name)}/${d.w('staff_no', st.no)}`);
      out.push(`[${dash(dt)} ${t}] rec=${rec} event=ID_READ name=${d.N(p.name)} cert=${d.I(p)} reader=${d.w('device_no', 'IDR-' + digs(6))}`);
      out.push(`[${dash(dt)} ${t}] rec=${rec} event=ASR seg=3 text="我是${d.Nd(p.name)}，我已阅读并理解产品风险揭示书"`);
      out.push(`[${dash(dt)} ${t}] rec=${rec} event=STOP duration=${ri(300, 1500)}s file=${rec}.mp4 size=${ri(80, 600)}MB`);
      if (chance(0.4)) out.push(`[${dash(dt)} ${t}] rec=${rec} event=QC result=FAIL reason="销售人员未完整宣读风险揭示，客户回答'嗯'不视为确认，需补录"`);
    }
    d.text = out.join('\n');
  } else {
    const st = pick(staffOf(firm)); const p = person(); const cm = pick(STAFF);
    d.text = [
      `关于${dt.m}月双录质检不合格情况的通报`,
      ``,
      `各营业部：`,
      `    ${dt.m}月合规部共抽检双录视频${ri(80, 300)}条，不合格${ri(3, 12)}条。典型问题如下：`,
      `    1. 录制编号 ${d.w('record_no', 'SL' + ymd(dt) + String(ri(1, 9999)).padStart(4, '0'))}`,
      `       销售人员：${d.N(st.name)}（${d.w('branch', st.br.n)}）`,
      `       投资者：${d.N(p.name)}  证件号：${d.mi(p.id)}`,
      `       产品：${d.w('fund_name', pick(prods))}`,
      `       问题：未核实投资者本人身份，录像中投资者由其子代为回答。`,
      `    2. 部分营业部双录时未展示产品合同编号（如 ${d.w('contract_no', 'HT-' + dt.y + '-' + digs(5))}），请整改。`,
      ``,
      `请相关营业部于${d.date(addDays(dt, 7), cnd)}前完成补录。`,
      ``,
      `合规管理部  ${d.N(cm.name)}`,
      `联系电话：${d.L(genLandline(pick(BRANCHES).area))}  邮箱：${d.Em(cm.work)}`,
    ].join('\n');
  }
  return d.done();
};

// 9. 两融 client lists -------------------------------------------------------
GEN['margin-clients'] = function () {
  const d = new Doc('margin-clients'); const firm = firmPick(); const br = pick(BRANCHES); const dt = docDate(); const v = ri(0, 2);
  if (v === 0) {
    const n = ri(8, 22);
    const rows = [`${d.w('branch', br.n)} 融资融券客户清单  数据日期：${d.date(dt, ymd)}`, '',
      '| 序号 | 客户姓名 | 信用资金账号 | 证件号码 | 手机号码 | 授信额度(万) | 融资余额 | 维持担保比例 | 合同编号 | 客户经理 |', '|---|---|---|---|---|---|---|---|---|---|'];
    for (let i = 1; i <= n; i++) {
      const p = person({ minY: 1955, maxY: 1995 });
      rows.push(`| ${i} | ${d.N(p.name)} | ${d.zj(br)} | ${d.I(p)} | ${d.M(p.mobile)} | ${ri(10, 500) * 10} | ${d.a(ri(0, 5000000) + ri(0, 99) / 100)} | ${d.w('ratio', (130 + rnd() * 400).toFixed(2) + '%')} | ${d.w('contract_no', 'RZRQ' + ymd(dateIn(2015, dt.y)) + digs(4))} | ${d.N(pick(staffOf(firm)).name)} |`);
    }
    d.text = rows.join('\n');
  } else if (v === 1) {
    const n = ri(4, 12);
    const rows = [`【紧急】维持担保比例低于140%客户名单（${d.date(dt)} 收盘）`, `请客户经理今日15:30前逐一电话通知追加担保物，并留存通话记录。`, ''];
    for (let i = 1; i <= n; i++) {
      const p = person(); const st = pick(staffOf(firm));
      rows.push(`${i}. ${d.N(p.name)}  信用账户 ${d.zj(br)}  沪 ${d.shE()}  深 ${d.szC()}  担保比例 ${d.w('ratio', (118 + rnd() * 22).toFixed(2) + '%')}  融资负债 ${d.a(ri(100000, 3000000))}  手机 ${d.M(p.mobile, mobStyle({ sp: 12 }))}  经理 ${d.N(st.name)}`);
    }
    rows.push('', `风控部 ${d.N(pick(STAFF).name)}  分机 ${ri(8000, 8999)}`);
    d.text = rows.join('\n');
  } else {
    const p = person({ minY: 1960, maxY: 1990 }); const sp = person({ g: p.g === 'M' ? 'F' : 'M', minY: 1960, maxY: 1992 });
    d.text = [
      `融资融券业务客户资信调查表`,
      `客户姓名：${d.N(p.name)}    性别：${p.sex}    出生日期：${d.date(p.bd, cnd)}`,
      `身份证号码：${d.I(p)}`,
      `普通资金账号：${d.zj(br)}    信用资金账号：${d.zj(br)}`,
      `联系电话：${d.M(p.mobile, mobStyle())}    ${p.land ? '住宅电话：' + d.L(p.land, pick(['dash', 'paren'])) : ''}`,
      `电子邮箱：${d.Em(p)}`,
      `婚姻状况：已婚    配偶姓名：${d.N(sp.name)}    配偶证件号码：${d.I(sp)}    配偶电话：${d.M(sp.mobile)}`,
      `工作单位：${pick(['浙江某某建设集团有限公司', '自营（服装批发）', '某某医院', '某某中学', '退休'])}    职务：${pick(['部门经理', '总经理', '主任医师', '教师', '—'])}`,
      `证券资产：${d.a(ri(50, 800) * 10000)}元   其他金融资产：${d.a(ri(10, 500) * 10000)}元`,
      `房产：${pick(['自有住房一套', '两套', '无'])}  年收入：${pick(['30-50万', '50-100万', '100万以上'])}`,
      `证券交易经验：${ri(2, 25)}年    是否有两融交易经历：${pick(['是', '否'])}`,
      `授信额度建议：${ri(20, 500) * 10}万元   评级：${pick(['A', 'AA', 'B'])}`,
      `调查人：${d.N(pick(staffOf(firm)).name)}    审核人：${d.N(pick(STAFF).name)}   日期：${d.date(dt)}`,
    ].join('\n');
  }
  return d.done();
};

// 10. 银证转账 ---------------------------------------------------------------
GEN['bank-transfer'] = function () {
  const d = new Doc('bank-transfer'); const br = pick(BRANCHES); const dt = docDate(); const v = ri(0, 2);
  const n = ri(8, 24);
  if (v === 0) {
    const W = [21, 10, 8, 14, 10, 10, 21, 12, 14, 6];
    const hdr = ['流水号', '日期', '时间', '资金账号', '客户姓名', '银行', '银行卡号', '方向', '金额', '状态'];
    const rows = [`银证转账流水查询  ${d.w('branch', br.n)}  ${dash(dt)}`, hdr.map((h, i) => padW(h, W[i])).join(''), '='.repeat(140)];
    for (let i = 0; i < n; i++) {
      const p = person(); const t = hms();
      const row = [d.serial(dt, pick([19, 20, 20])), d.date(dt, ymd), t.replace(/:/g, ''), d.zj(br), d.N(p.name, spaced2(p.name)), p.bank.s, d.B(p.card), pick(['银行转证券', '证券转银行']), d.a(ri(1, 3000) * 100 + ri(0, 99) / 100), pick(['成功', '成功', '成功', '失败:密码错误', '失败:余额不足'])];
      rows.push(row.map((c, j) => padW(c, W[j])).join(''));
    }
    d.text = rows.join('\n');
  } else if (v === 1) {
    const bank = pick(BANKS);
    const rows = [`# ${bank.e} 第三方存管对账明细文件 清算日期=${ymd(dt)} 券商=${pick(FIRMS).s}`, '# 字段: 银行流水|券商流水|证券资金账号|客户姓名|证件类型|证件号码|银行账号|币种|发生额|业务类型'];
    for (let i = 0; i < n; i++) {
      const p = person(); const c = genCard(bank);
      rows.push([d.serial(dt, 20), d.w('serial_no', digs(10).replace(/^0/, '7')), d.zj(br), d.N(p.name), '01', d.I(p, pick(['plain', 'plain', 'lx'])), d.B(c), 'RMB', d.dec('amount', (ri(100, 500000) + ri(0, 99) / 100).toFixed(2)), pick(['1001', '1002'])].join('|'));
    }
    rows.push(`# 合计笔数=${n}`);
    d.text = rows.join('\n');
  } else {
    const p = person(); const st = pick(STAFF); const fin = pick(FIRMS);
    d.text = [
      `主题：转账失败排查——客户 ${d.N(p.name)}`,
      ``,
      `运营中心：`,
      `客户${d.N(p.name)}（资金账号 ${d.zj(br)}）${d.date(dt, cnd)} ${d.tm(1)} 银行转证券 ${d.a(ri(10, 300) * 1000)} 元失败，银行端返回"E1042 账户状态异常"。`,
      `客户存管银行：${p.bank.n}，银行卡号 ${d.B(p.card, pick(['sp', 'plain']))}，户名 ${d.N(p.name)}。`,
      `客户证件号 ${d.I(p)}，联系电话 ${d.M(p.mobile, mobStyle())}。`,
      `${chance(0.5) ? '银行回复该卡已于上月换卡，新卡号客户尚未变更。' : '银行回复该卡为二类户，单日转入限额1万元。'}请协助核实并告知客户。`,
      ``,
      `${d.N(st.name)}`,
      `${d.w('branch', br.n)}  柜台`,
      `Tel: ${d.L(genLandline(br.area), pick(['dash', 'paren']))}  热线：${d.w('hotline', fin.hot)}`,
    ].join('\n');
  }
  return d.done();
};

// 11. 理财 认购 lists --------------------------------------------------------
GEN['wm-subscription'] = function () {
  const d = new Doc('wm-subscription'); const dt = docDate(); const v = ri(0, 2); const prod = pick(AMPRODS); const code = d.w('product_code', String(ri(87, 97)) + digs(4));
  if (v === 0) {
    const n = ri(5, 14);
    const recs = [];
    for (let i = 0; i < n; i++) {
      const p = person();
      if (chance(0.1)) { recs.push(`  <Record seq="${i + 1}">\n    <CustName>${d.w('product_account', pick(AMPRODS.filter((x) => x !== prod)))}</CustName>\n    <CertType>8</CertType>\n    <CertNo>${d.w('product_filing_no', 'S' + pick(['A', 'B', 'C', 'D', 'E', 'G']) + pick(['K', 'M', 'N', 'P', 'Q', 'R']) + digs(3))}</CertNo>\n    <Amount>${d.dec('amount', (ri(100, 3000) * 10000).toFixed(2))}</Amount>\n  </Record>`); continue; }
      recs.push(`  <Record seq="${i + 1}">\n    <CustName>${d.N(p.name)}</CustName>\n    <CertType>0</CertType>\n    <CertNo>${d.I(p)}</CertNo>\n    <Mobile>${d.M(p.mobile)}</Mobile>\n    <Email>${chance(0.6) ? d.Em(p) : ''}</Email>\n    <FundAcct>${d.zj()}</FundAcct>\n    <Amount>${d.dec('amount', (ri(10, 300) * 1000).toFixed(2))}</Amount>\n    <BankCard>${chance(0.5) ? d.B(p.card) : d.mc(p.card)}</BankCard>\n    <ApplyTime>${d.date(dt, ymd)}${hms().replace(/:/g, '')}</ApplyTime>\n  </Record>`);
    }
    d.text = `<?xml version="1.0" encoding="UTF-8"?>\n<SubscribeList productCode="${code}" productName="${d.w('fund_name', prod)}" batch="${d.w('batch_no', ymd(dt) + '01')}">\n${recs.join('\n')}\n</SubscribeList>`;
  } else if (v === 1) {
    const n = ri(8, 24); const rows = [csvRow(['产品代码', '产品名称', '客户姓名', '证件号码', '手机', '认购金额', '确认份额', '单位净值', '销售网点', '理财经理'])];
    for (let i = 0; i < n; i++) {
      const p = person(); const amount = ri(5, 200) * 10000; const nav = 1 + rnd() * 0.05;
      rows.push(csvRow([code, d.w('fund_name', prod), d.N(p.name), d.I(p), d.M(p.mobile), d.a(amount), d.a(amount / nav, 'shares'), d.w('nav', nav.toFixed(4)), d.w('branch', pick(BRANCHES).n), d.N(pick(STAFF).name)]));
    }
    d.text = rows.join('\n');
  } else {
    const p = person(); const amount = ri(10, 300) * 10000; const nav = 1;
    const firm = FIRMS.find((f) => prod.startsWith(f.s.slice(0, 2))) || firmPick();
    d.text = [
      `${d.w('company', firm.f)}`,
      `资产管理计划认购确认书`,
      `产品名称：${d.w('fund_name', prod)}   产品代码：${code}`,
      `投资者：${d.N(p.name)}`,
      `证件类型：身份证   证件号码：${d.I(p, pick(['split', 'plain']))}`,
      `联系方式：${d.M(p.mobile, pick(['split', 'plain', 'sp']))}`,
      `认购金额：${d.a(amount)}元   认购费：0.00元`,
      `确认份额：${d.a(amount / nav, 'shares')}份   认购价格：1.0000元`,
      `划款账户：${p.bank.n} ${d.B(p.card, pick(['split', 'sp']))}`,
      `份额确认日：${d.date(dt)}   成立日：${d.date(addDays(dt, ri(1, 5)))}`,
      `本确认书由系统自动生成，第 1 页 / 共 1 页`,
    ].join('\n');
  }
  return d.done();
};

// 12. 客户回访 --------------------------------------------------------------
GEN['client-callback'] = function () {
  const d = new Doc('client-callback'); const firm = firmPick(); const dt = docDate(); const v = ri(0, 2);
  if (v === 0) {
    const p = person(); const cb = pick(STAFF); const wit = pick(staffOf(firm)); const br = wit.br;
    const ok = chance(0.8);
    const wshort = (wit.name.length === 2 ? '小' + wit.name[1] : '小' + wit.name[0]);
    d.text = [
      `回访编号：${d.w('ticket_no', 'HF' + ymd(dt) + String(ri(1, 999)).padStart(4, '0'))}    回访类型：新开户回访    回访方式：电话`,
      `被回访人：${d.N(p.name)}    联系电话：${d.M(p.mobile, mobStyle({ sp: 15 }))}`,
      `开户营业部：${d.w('branch', br.n)}    开户见证人：${d.N(wit.name)}`,
      `回访人：${d.N(cb.name)}（回访中心）    回访时间：${d.date(dt)} ${d.tm(1)}    通话时长：${p2(ri(1, 8))}:${p2(ri(0, 59))}`,
      `——录音转写——`,
      `坐席：您好，请问是${d.N(p.name)}${SALUTE(p)}吗？我是${firm.s}回访中心的工作人员。`,
      `客户：${ok ? '对，是我。' : '你打错了吧？'}`,
      ...(ok ? [
        `坐席：请问您是否于近期在我司${br.n.replace('证券营业部', '')}营业部办理了证券账户开户？`,
        `客户：是的。`,
        `坐席：开户时工作人员是否向您揭示了证券投资风险，并告知您风险测评结果？`,
        `客户：有的，那个${wshort}讲得挺清楚的。`,
        `坐席：请问有没有人向您承诺收益或者代您操作账户？`,
        `客户：没有。`,
        `坐席：好的，感谢您的配合，祝您投资顺利。`,
      ] : [
        `坐席：不好意思，请问这个号码的机主是${d.Nd(p.name)}吗？`,
        `客户：不是，这号我刚办的。`,
      ]),
      `回访结论：${ok ? '正常' : '异常-号码非本人，转营业部核实'}`,
    ].join('\n');
    if (ok) d.dcv('person_name_zh', wshort);
  } else if (v === 1) {
    const n = ri(8, 25); const rows = [csvRow(['回访日期', '回访类型', '客户姓名', '客户号', '回访号码', '回访结果', '异常说明', '回访人'])];
    for (let i = 0; i < n; i++) {
      const p = person(); const res = pick(['成功', '成功', '成功', '成功', '未接通', '空号', '非本人']);
      rows.push(csvRow([d.date(dt), pick(['新开户', '适当性', '两融开户', '产品销售', '休眠激活']), d.N(p.name), d.kh(), d.M(p.mobile, pick(['plain', 'plain', '0'])), res, res === '非本人' ? '号码登记为客户' + pick(['儿子', '女儿', '配偶']) + '的号码' : '', chance(0.3) ? d.w('word', pick(['智能外呼', '系统自动', '机器人坐席'])) : d.N(pick(STAFF).name)]));
    }
    d.text = rows.join('\n');
  } else {
    const p = person({ minY: 1940, maxY: 1960 }); const relw = pick(['儿子', '女儿', '外甥']); const rel = kin(p, relw); const cb = pick(STAFF);
    d.text = [
      `【回访异常记录】`,
      `客户：${d.N(p.name)}  客户号：${d.kh()}  预留手机：${d.M(p.mobile)}`,
      `异常类型：预留手机号非本人`,
      `情况说明：${d.date(dt)}回访时接听人自称是客户的${relw}${d.Nd(rel.name)}，称客户年纪大不会用手机，账户一直由其操作。`,
      `         接听人提供客户本人新号码 ${d.M(genMobile())}，尚未核实。`,
      `处理意见：通知营业部联系客户本人到柜台更新联系方式，并关注是否存在账户出借情形。`,
      `记录人：${d.N(cb.name)}   ${d.date(dt)} ${d.tm(1)}`,
    ].join('\n');
  }
  return d.done();
};

// 13. 投诉 records ----------------------------------------------------------
GEN['complaint'] = function () {
  const d = new Doc('complaint'); const firm = firmPick(); const dt = docDate(); const v = ri(0, 2);
  if (v === 0) {
    const p = person({ minY: 1950, maxY: 1990 }); const st = pick(staffOf(firm)); const h = pick(STAFF); const prod = pick(AMPRODS);
    d.text = [
      `投诉工单`,
      `工单编号：${d.w('ticket_no', 'TS' + ymd(dt) + String(ri(1, 99999)).padStart(5, '0'))}    来源：${pick(['12386中国证监会服务热线转办', '公司客服热线', '营业部现场', '信访来信'])}`,
      `受理时间：${d.date(dt)} ${d.tm(1)}    紧急程度：${pick(['一般', '紧急'])}`,
      `投诉人：${d.N(p.name)}    联系电话：${d.M(p.mobile, mobStyle())}    证件号码：${d.I(p)}`,
      `被投诉对象：${d.w('branch', st.br.n)} ${d.w('title', st.title)} ${d.N(st.name)}`,
      `投诉内容：客户反映其于${dateIn(dt.y - 1, dt.y - 1).y}年经客户经理推荐购买"${d.w('fund_name', prod)}"，购买时被告知"保本保收益、年化6%"，现产品亏损约${ri(5, 25)}%。`,
      `          客户称${d.Nd(st.name)}当时让其在风险测评中"照着选"，测评结果为${pick(['C4', 'C5'])}，客户本人实际为保守型投资者。要求赔偿本金损失。`,
      `处理经过：${d.date(addDays(dt, 2))} 营业部负责人${d.Nd(h.name)}与客户面谈，调取双录视频及测评记录……`,
      `处理结果：${pick(['协商一致，营业部给予适当补偿，客户撤诉', '经核查不存在违规承诺，向客户做好解释', '处理中'])}`,
      `经办人：${d.N(h.name)}    复核：${d.N(pick(STAFF).name)}`,
    ].join('\n');
  } else if (v === 1) {
    const n = ri(6, 16); const rows = [['序号', '登记日期', '投诉人', '联系方式', '投诉渠道', '涉及营业部', '事由', '状态', '承办人'].join('\t')];
    for (let i = 1; i <= n; i++) {
      const p = person(); const br = pick(BRANCHES);
      rows.push([i, d.date(dateIn(dt.y, dt.y)), d.N(p.name), d.M(p.mobile, mobStyle({ sp: 10 })), pick(['12386', '95热线', '来访', '邮件']), d.w('branch', br.n), pick(['两融强平', 'APP无法登录', '销售误导', '佣金过高', '转户受阻', '客户经理频繁骚扰电话', '新股中签未缴款']), pick(['已办结', '处理中', '已办结']), d.N(pick(STAFF).name)].join('\t'));
    }
    d.text = `客户投诉登记台账（${dt.y}年）\n` + rows.join('\n');
    if (d.text.includes('12386')) d.w('hotline', '12386');
  } else {
    const p = person({ minY: 1945, maxY: 1975 }); const st = pick(staffOf(firm));
    d.text = [
      `${firm.s}客户服务中心：`,
      ``,
      `    我叫${d.Nd(p.name)}，是你们${st.br.n}的老客户，在你们公司炒股十几年了。去年你们的客户经理${d.Nd(st.name)}多次打电话推荐我买私募，说是"稳赚不亏"，`,
      `我买了50万，现在只剩下38万。我找了营业部好几次都没人管。我要求公司给个说法，不然我就去证监会投诉。`,
      ``,
      `投诉人：${d.N(p.name)}`,
      `身份证号：${d.I(p, pick(['plain', 'sp']))}`,
      `资金账号：${d.zj(st.br)}`,
      `电话：${d.M(p.mobile, pick(['plain', 'dash', 'sp']))}${p.land ? '  家里电话 ' + d.L(p.land, pick(['dash', 'plain'])) : ''}`,
      `${d.date(dt, cnd)}`,
    ].join('\n');
  }
  return d.done();
};

// 14. CRM CSV exports ------------------------------------------------------
GEN['crm-csv'] = function () {
  const d = new Doc('crm-csv'); const firm = pick([...FIRMS, ...SELLERS]); const dt = docDate(); const v = ri(0, 3);
  const n = ri(12, 32);
  if (v === 0) {
    const rows = [csvRow(['客户ID', '客户姓名', '性别', '出生日期', '证件类型', '证件号码', '手机号码', '电子邮箱', '资产总额', '客户等级', '归属网点', '服务经理', '开户日期'])];
    for (let i = 0; i < n; i++) {
      const p = person(); const st = pick(staffOf(firm));
      const inst = chance(0.06);
      if (inst) {
        const pf = pick(FUNDS)[1].replace(/[A(].*$/, '');
        rows.push(csvRow([d.kh(), d.w('product_account', `${pick(['华夏基金', '易方达基金', '景顺长城基金'])}－${pf}${ri(1, 9)}号集合资产管理计划`), '', '', '产品户', '—', '', '', d.a(ri(1000, 90000) * 1000), '机构', d.w('branch', st.br.n), d.N(st.name), d.date(dateIn(2015, dt.y))]));
        continue;
      }
      const old = chance(0.05) ? person({ legacy: true }) : null; if (old) Object.assign(p, { name: old.name, bd: old.bd, id: old.id, id15: old.id15, g: old.g, sex: old.sex, py: old.py, sur: old.sur });
      rows.push(csvRow([d.kh(), d.N(p.name), p.sex, d.date(p.bd), '身份证', d.I(p, old ? 'l15' : pick(['plain', 'plain', 'plain', 'lx'])), d.M(p.mobile), chance(0.75) ? d.Em(p) : '', d.a(ri(1000, 9000000) + ri(0, 99) / 100), pick(['普通', '银卡', '金卡', '钻石', '私行']), d.w('branch', st.br.n), d.N(st.name), d.date(dateIn(2005, dt.y))]));
    }
    d.text = '\uFEFF' + rows.join('\r\n');
  } else if (v === 1) {
    // opened in Excel and saved back
    const rows = [csvRow(['客户号', '姓名', '身份证号', '手机', '银行卡号', '邮箱', '备注'])];
    for (let i = 0; i < n; i++) {
      const p = person(); const sci = chance(0.25);
      let idf;
      if (sci) idf = d.w('excel_scientific', `${p.id.slice(0, 1)}.${p.id.slice(1, 6)}E+17`);
      else idf = d.I(p, pick(['apos', 'plain']));
      const cardf = chance(0.2) ? d.w('excel_scientific', `${p.card[0]}.${p.card.slice(1, 6)}E+${p.card.length - 1}`) : d.B(p.card, chance(0.3) ? 'sp' : 'plain');
      rows.push(csvRow([d.kh(), d.N(p.name), idf, d.M(p.mobile), cardf, chance(0.7) ? d.Em(p) : '', sci ? '身份证号被Excel截断，需从系统重导' : '']));
    }
    d.text = rows.join('\n');
  } else if (v === 3) {
    const ex = pick(staffOf(firm));
    const rows = [`# 导出人：${d.N(ex.name)}（${d.w('staff_no', ex.no)}）  导出时间：${d.date(dt)} ${d.tm()}  脱敏级别：L2（默认）`, csvRow(['客户号', '客户姓名', '证件号码', '手机号码', '银行卡号', '邮箱', '资产', '风险等级'])];
    for (let i = 0; i < n; i++) {
      const p = person();
      rows.push(csvRow([d.kh(), d.mn(p.name), d.mi(p.id), d.mm(p.mobile), d.mc(p.card), chance(0.5) ? d.w('masked_email', maskEmail(p.email)) : '', d.a(ri(1000, 9000000)), pick(RISK)[0]]));
    }
    d.text = rows.join('\n');
  } else {
    const rows = [csvRow(['cust_id', 'name', 'gender', 'id_no', 'mobile', 'tel', 'email', 'address', 'postcode', 'aum', 'risk_level', 'manager', 'manager_mobile', 'last_login'])];
    for (let i = 0; i < n; i++) {
      const p = person(); const st = pick(staffOf(firm)); const t = hms();
      rows.push(csvRow([d.kh(), d.N(p.name), p.g, d.I(p), d.M(p.mobile), p.land ? d.L(p.land, 'plain') : '', d.Em(p), p.addr.text, d.w('postcode', p.addr.post), d.dec('amount', (ri(100000, 30000000) / 100).toFixed(2)), pick(RISK)[0], d.N(st.name), d.M(st.mobile), d.ts(dt, t)]));
    }
    d.text = rows.join('\n');
  }
  return d.done();
};

// 15. CRM JSON exports -----------------------------------------------------
GEN['crm-json'] = function () {
  const d = new Doc('crm-json'); const firm = pick([...FIRMS, ...SELLERS]); const dt = docDate(); const v = ri(0, 1);
  const n = ri(5, 16);
  const mk = () => {
    const p = person(); const st = pick(staffOf(firm)); const ec = person(); const t = hms();
    const o = {
      customerId: d.kh(), name: d.N(p.name), gender: p.g === 'M' ? 1 : 2, birthday: d.date(p.bd),
      cert: { type: 'ID_CARD', no: d.I(p), expire: chance(0.2) ? '长期' : d.date(dateIn(dt.y + 1, dt.y + 15)) },
      contact: { mobile: d.M(p.mobile), email: chance(0.7) ? d.Em(p) : null, address: p.addr.text },
      accounts: { fundAccount: d.zj(), shA: d.shA(), szA: d.szA(), bankCard: chance(0.5) ? d.B(p.card) : d.mc(p.card), bank: p.bank.s },
      risk: { level: pick(RISK)[0], evalDate: d.date(dateIn(dt.y - 1, dt.y)) },
      manager: { name: d.N(st.name), staffNo: d.w('staff_no', st.no), mobile: chance(0.5) ? d.M(st.mobile) : d.mm(st.mobile) },
      tags: [pick(['高净值', '两融', '打新', '基金定投', '休眠']), pick(['老年客户', '企业主', '白领'])],
      updatedAt: Number(d.ts(dt, t)),
    };
    if (chance(0.35)) o.emergencyContact = { name: d.N(ec.name), relation: pick(['配偶', '子女', '父母']), mobile: d.M(ec.mobile) };
    if (chance(0.2)) o.holdings = [(() => { const s = d.stock(); return { code: s[0], name: s[1], qty: ri(1, 50) * 100 }; })()];
    return o;
  };
  if (v === 0) {
    const arr = []; for (let i = 0; i < n; i++) arr.push(mk());
    d.text = JSON.stringify(arr, null, 2);
  } else {
    const lines = []; for (let i = 0; i < n; i++) lines.push(JSON.stringify(mk()));
    d.text = lines.join('\n');
  }
  return d.done();
};

// 16. marketing SMS ------------------------------------------------------------
GEN['sms-campaign'] = function () {
  const d = new Doc('sms-campaign'); const firm = pick([...FIRMS, ...SELLERS]); const dt = docDate(); const v = ri(0, 2);
  const n = ri(10, 30);
  const f = pick(FUNDS);
  if (v === 0) {
    const batch = d.w('batch_no', 'MK' + ymd(dt) + digs(4));
    const rows = [csvRow(['批次号', '手机号', '客户姓名', '短信内容', '发送状态', '发送时间'])];
    for (let i = 0; i < n; i++) {
      const p = person(); const t = hms();
      const content = `【${firm.s}】尊敬的${d.N(p.name)}${SALUTE(p)}，您好！${d.w('fund_name', f[1])}（${d.w('product_code', f[0])}）今日起开放申购，费率1折，详询您的专属顾问。拒收请回复R`;
      rows.push(csvRow([batch, d.M(p.mobile), d.N(p.name), content, pick(['DELIVRD', 'DELIVRD', 'DELIVRD', 'UNDELIV', 'REJECTD']), `${d.date(dt)} ${t}`]));
    }
    d.text = rows.join('\n');
  } else if (v === 1) {
    const rows = [`# 短信网关状态报告 ${ymd(dt)}  通道=${pick(['移动106', '联通106', '电信106'])}`, 'msgid,mobile,status,report_time,retry'];
    for (let i = 0; i < n; i++) {
      const p = person(); const t = hms();
      rows.push([d.w('msg_id', no31(() => digs(2).replace(/^0/, '9') + digs(16))), d.M(p.mobile, pick(['86', '86', 'plain', '+86'])), pick(['DELIVRD', 'DELIVRD', 'MK:0011', 'EXPIRED']), d.ts(dt, t), ri(0, 2)].join(','));
    }
    d.text = rows.join('\n');
  } else {
    const rows = [`营销短信发送申请`, `申请部门：${d.w('branch', pick(BRANCHES).n)}   申请人：${d.N(pick(staffOf(firm)).name)}`, `短信模板：`, `  【${firm.s}】{姓名}您好，${pick(['周一', '周二', '周三'])}晚8点直播"${pick(['两会后的A股机会', '红利资产配置', '科技成长方向'])}"，扫码预约：https://t.${firm.dom || 'example.com'}/x${digs(4)}。退订回T`, `目标客户（${n}人）：`];
    d.w('word', rows[3].match(/周[一二三]/)[0]);
    for (let i = 0; i < n; i++) { const p = person(); rows.push(`  ${d.N(p.name)},${d.M(p.mobile, pick(['plain', 'plain', 'sp']))}`); }
    rows.push(`合规审核：${d.N(pick(STAFF).name)}  （需加"投资有风险"提示）`);
    d.text = rows.join('\n');
  }
  return d.done();
};

// 17. 营业部 mails forwarding client lists -------------------------------------
function mailDate(dt) { const wd = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][weekday(dt)]; const mo = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][dt.m - 1]; return `${wd}, ${dt.d} ${mo} ${dt.y} ${hms()} +0800`; }
GEN['branch-mail'] = function () {
  const d = new Doc('branch-mail'); const firm = firmPick(); const dt = docDate(); const v = ri(0, 2);
  const ss = staffOf(firm); const from = pick(ss); let to = pick(ss); if (to === from) to = STAFF[(STAFF.indexOf(from) + 3) % STAFF.length];
  const sig = (s) => [`--`, d.N(s.name), `${d.w('branch', s.br.n)} | ${d.w('title', s.title)}`, `手机：${d.M(s.mobile, pick(['plain', 'sp', 'dash']))}  电话：${d.L(genLandline(s.br.area), pick(['dash', 'paren', 'sp']))}`, `邮箱：${d.Em(s.work)}`];
  const toT = (s) => `"${d.N(s.name)}" <${d.Em(s.work)}>`;
  const msgid = `<${ymd(dt)}${digs(6)}.${digs(5)}@mail.${firm.dom}>`;
  d.dcv('email', msgid.slice(1, -1).toLowerCase());
  const head = [`From: ${toT(from)}`, v === 2 ? '' : `To: ${toT(to)}`, `Date: ${mailDate(dt)}`, `Message-ID: ${msgid}`];
  if (v === 0) {
    const n = ri(6, 20);
    const rows = ['序号\t姓名\t手机\t资产(万)\t持仓主要品种\t备注'];
    for (let i = 1; i <= n; i++) { const p = person(); rows.push([i, d.N(p.name), d.M(p.mobile), ri(100, 5000), d.stock('n')[1], pick(['', '', '可推私募', '两融潜客', '对佣金敏感'])].join('\t')); }
    const tt = to.name.slice(0, 1) + '总';
    d.text = [...head, `Subject: 转发: ${dt.m}月高净值客户名单（请勿外传）`, `Content-Type: text/plain; charset=UTF-8`, ``, `${d.T(to.name, '总')}，`, ``, `附件名单是按您要求筛选的资产100万以上、近半年有交易的客户，已去掉休眠户。请查收。`, ``, ...rows, ``, ...sig(from)].join('\n');
    void tt;
  } else if (v === 1) {
    const n = ri(4, 10); const boss = pick(STAFF);
    const rows = [];
    for (let i = 1; i <= n; i++) { const p = person(); rows.push(`> ${i}. ${d.N(p.name)} ${d.I(p)} ${d.M(p.mobile)} 资金账号${d.zj(from.br)}`); }
    d.text = [...head, `Cc: "${d.N(boss.name)}" <${d.Em(boss.work)}>`, `Subject: Re: 反洗钱客户身份重新识别——需补充资料客户`, ``, `收到，这几位客户我今天下午开始联系，周五前反馈。`, ``, ...sig(from), ``, `-----原始邮件-----`, `发件人：${d.N(to.name)} <${d.Em(to.work)}>`, `发送时间：${cnd(dt)} ${d.tm(1)}`, `收件人：${d.N(from.name)}`, `主题：反洗钱客户身份重新识别——需补充资料客户`, ``, `> ${from.name.slice(-2)}：`, `> 以下客户证件即将过期或职业信息缺失，请于本月底前联系客户补充：`, ...rows, `>`, `> 谢谢！`].join('\n');
    d.Nd(from.name.slice(-2));
  } else {
    const n = ri(5, 14); const p0 = person();
    const rows = ['客户姓名,证件号码,银行卡号,手机,开户行'];
    for (let i = 0; i < n; i++) { const p = person(); rows.push([d.N(p.name), d.I(p), d.B(p.card), d.M(p.mobile), p.bank.s + pick(['杭州分行', '上海分行', '深圳分行', '南京分行', '营业部'])].join(',')); }
    const ext = `${p0.py.join('')}${ri(1, 99)}@${pick(['163.com', 'qq.com', 'gmail.com'])}`;
    d.text = [...head.slice(0, 1), `To: ${d.Em(ext)}`, head[2], head[3], `Subject: 资料`, ``, `给你发一下，用完删掉。`, ``, ...rows, ``, `发自我的iPhone`].join('\n');
  }
  return d.done();
};

// 18. notes of a leaving adviser ----------------------------------------------
GEN['adviser-handover'] = function () {
  const d = new Doc('adviser-handover'); const firm = firmPick(); const dt = docDate(); const v = ri(0, 1);
  const ss = staffOf(firm); const me = pick(ss); let nx = pick(ss); if (nx === me) nx = STAFF[(STAFF.indexOf(me) + 1) % STAFF.length];
  if (v === 0) {
    const out = [`交接说明（${d.N(me.name)} → ${d.N(nx.name)}）  ${dot(dt)}`, ``, `手上重点客户：`];
    const n = ri(5, 12);
    for (let i = 1; i <= n; i++) {
      const p = person({ minY: 1945, maxY: 1992 });
      const bits = [`${i}. ${d.N(p.name)}，${d.M(p.mobile, mobStyle({ sp: 20, dash: 10 }))}`];
      if (chance(0.4)) bits.push(`身份证${d.I(p)}`);
      if (chance(0.25)) bits.push(`卡号${d.B(p.card, pick(['plain', 'sp']))}（${p.bank.s}）`);
      if (chance(0.3)) bits.push(`微信同手机号`);
      bits.push(pf([`老客户，两融账户，担保比例经常贴线，别给${TA(p)}打太多电话，${TA(p)}烦`, () => `重仓${d.stock('n')[1]}，成本很高，提别的别提这个`, `私募合格投资者已认证，${pick(PRIVATE).s}那个产品认购了${ri(100, 500)}万`, `只做打新，资产${ri(50, 300)}万左右`, () => `每月定投${d.fund('n')[1]}，扣款卡经常${d.w('word', '余额不足')}`, `对佣金很敏感，现在是万${ri(1, 2)}.${ri(0, 9)}`, `年纪大了，一般找${TA(p)}女儿`]));
      out.push(bits.join('，'));
      if (chance(0.2)) { const rel = pick(p.g === 'M' ? ['老婆', '爱人', '哥哥', '儿子'] : ['老公', '爱人', '姐姐', '女儿']); const q = kin(p, rel); out.push(`   ${TA(p)}${rel}${d.Nd(q.name)}也在我们这开户，资产不多`); }
    }
    out.push('', `其他：`, `- ${d.T(pick(STAFF).name, '总')}介绍的几个客户在群里，群名"${pick(['文三路价投交流', '财富小课堂', 'VIP服务群'])}"，我退群前会把你拉进去。`, `- CRM里"${d.w('word', '公共池')}"那批我没动过。`, `- 我的手机号 ${d.M(me.mobile)} 离职后会停用，有事微信找我。`);
    d.text = out.join('\n');
  } else {
    const n = ri(8, 20);
    const rows = [`客户移交清单`, `移交人：${d.N(me.name)}  工号：${d.w('staff_no', me.no)}    接收人：${d.N(nx.name)}  工号：${d.w('staff_no', nx.no)}`, `营业部：${d.w('branch', me.br.n)}   移交日期：${d.date(dt)}`, '', padW('客户号', 12) + padW('客户姓名', 12) + padW('联系电话', 16) + padW('资产(元)', 16) + '移交备注'];
    for (let i = 0; i < n; i++) { const p = person(); rows.push(padW(d.kh(me.br), 12) + padW(d.N(p.name, spaced2(p.name)), 12) + padW(d.M(p.mobile), 16) + padW(d.a(ri(10000, 8000000)), 16) + pf(['', '', '已电话告知', () => '客户不同意移交，要求转' + d.w('word', '营业部直属'), '休眠']));
    }
    rows.push('', `移交人签字：${d.N(me.name)}   接收人签字：${d.N(nx.name)}   营业部负责人：${d.N(pick(STAFF).name)}`);
    d.text = rows.join('\n');
  }
  return d.done();
};

// 19. OCR'd 开户 forms ----------------------------------------------------------
const OCR_NAME = { '陈': '阵', '王': '干', '刘': '刻', '林': '材', '杨': '扬', '李': '季', '周': '用', '徐': '涂', '赵': '起', '张': '弥' };
const OCR_DIG = { '0': 'O', '1': 'l', '5': 'S', '8': 'B', '2': 'Z', '6': 'b' };
function ocrBreak(s) { const pos = []; for (let i = 2; i < s.length - 1; i++) if (OCR_DIG[s[i]]) pos.push(i); if (!pos.length) return null; const i = pick(pos); return s.slice(0, i) + OCR_DIG[s[i]] + s.slice(i + 1); }
GEN['ocr-form'] = function () {
  const d = new Doc('ocr-form'); const firm = firmPick(); const dt = docDate(); const v = ri(0, 2);
  const noiseLine = () => pick(['', '', '·', '、', '|', '囗', '_', '  ', '`']);
  if (v === 0) {
    const p = person(); const br = pick(BRANCHES);
    const nameBroken = chance(0.15) && OCR_NAME[p.name[0]];
    const nameW = nameBroken ? OCR_NAME[p.name[0]] + p.name.slice(1) : p.name.split('').join(chance(0.5) ? ' ' : '');
    if (nameBroken) d.Nd(nameW); else d.N(p.name);
    const idBroken = chance(0.2); let idW;
    if (idBroken) { idW = ocrBreak(p.id) || p.id; if (idW === p.id) d.ent('cn_resident_id', p.id); else d.dcv('cn_resident_id', p.id); } else idW = d.I(p, pick(['ocr', 'plain', 'sp', 'fw']));
    const mobBroken = chance(0.2); let mW;
    if (mobBroken) { mW = ocrBreak(p.mobile) || p.mobile; if (mW === p.mobile) d.ent('cn_mobile', p.mobile); else d.dcv('cn_mobile', p.mobile); } else mW = d.M(p.mobile, pick(['plain', 'sp', 'fw']));
    const cardBroken = chance(0.15); let cW;
    if (cardBroken) { cW = (ocrBreak(p.card) || p.card).replace(/(\S{4})(?=\S)/g, '$1 '); if (cW.replace(/ /g, '') === p.card) d.ent('bank_card', p.card); else d.dcv('bank_card', p.card); } else cW = d.B(p.card, pick(['sp', 'plain']));
    d.text = [
      `${firm.s.split('').join(' ')}  股 份 有 限 公 司`,
      `个 人 客 户 开 户 申 请 表${noiseLine()}`,
      `营业部：${br.n}${noiseLine()}   编号：${d.w('form_no', 'No.' + digs(7).replace(/^0/, '1'))}`,
      `姓  名 | ${nameW} |  性别 | ${p.sex} | 国籍 | 中国`,
      `证件类型 | ☑身份证 囗护照 囗其他`,
      `证件号码 | ${idW}`,
      `出生日期 | ${p.bd.y} 年 ${p.bd.m} 月 ${p.bd.d} 日${noiseLine()}`,
      `联系地址 | ${p.addr.text.replace(/号/, ' 号')}`,
      `手机号码 | ${mW}   固定电话 | ${p.land ? d.L(p.land, pick(['dash', 'paren'])) : '—'}`,
      `电子邮箱 | ${chance(0.7) ? d.Em(p) : '   '}`,
      `职业 | ${jobOf(p)}   学历 | ${pick(EDU)}`,
      `三方存管银行 | ${p.bank.n}   银行卡号 | ${cW}`,
      `风险测评结果 | ${pick(RISK)[0]}${noiseLine()}`,
      `本人已阅读并理解《证券交易委托代理协议》及《风险揭示书》${noiseLine()}`,
      `客户签名：${nameBroken ? nameW : d.N(p.name)}      日期：${p2(dt.y)} . ${dt.m} . ${dt.d}`,
      `——以下由营业部填写——`,
      `经办人：${d.N(pick(staffOf(firm)).name)}   复核：${d.N(pick(STAFF).name)}   资金账号：${d.zj(br)}`,
    ].join('\n');
  } else if (v === 1) {
    // ID card copy OCR
    const p = person();
    const idBroken = chance(0.2); let idW;
    if (idBroken) { idW = ocrBreak(p.id) || p.id; if (idW === p.id) d.ent('cn_resident_id', p.id); else d.dcv('cn_resident_id', p.id); } else idW = d.I(p, pick(['plain', 'ocr', 'sp']));
    const issue = dateIn(Math.max(2006, dt.y - (p.bd.y < 1978 ? 19 : 9)), dt.y - 1);
    d.text = [
      `[身份证复印件 正面] 仅供${firm.s}开户使用，他用无效`,
      `姓名 ${d.N(p.name)}`,
      `性别 ${p.sex}  民族 ${pick(['汉', '汉', '汉', '回', '满', '壮'])}`,
      `出生 ${p.bd.y} 年 ${p.bd.m} 月 ${p.bd.d} 日`,
      `住址 ${p.addr.text.slice(0, 14)}`,
      `${p.addr.text.slice(14)}`,
      `公民身份号码 ${idW}`,
      ``,
      `[身份证复印件 反面]`,
      `中华人民共和国`,
      `居民身份证`,
      `签发机关 ${pick(['杭州市公安局西湖分局', '上海市公安局浦东分局', '深圳市公安局南山分局', '南京市公安局鼓楼分局', '成都市公安局武侯区分局'])}`,
      `有效期限 ${d.date(issue, dot)}-${d.date({ y: issue.y + (p.bd.y < 1978 ? 20 : 10), m: issue.m, d: issue.d }, dot)}`,
      `与原件一致  ${d.N(p.name)}（签字）  ${d.date(dt, dot)}`,
    ].join('\n');
  } else {
    // bank card copy + 三方存管 协议 OCR
    const p = person(); const bank = p.bank;
    d.text = [
      `${bank.n.split('').join(' ')}   UnionPay 银联`,
      `${d.B(p.card, pick(['sp', 'sp', 'plain']))}`,
      `VALID THRU ${p2(ri(1, 12))}/${p2(ri(26, 33))}`,
      `${p.py.map((x) => x.toUpperCase()).join(' ')}`,
      ``,
      `客户交易结算资金银行存管协议书（个人）`,
      `甲方（投资者）：${d.N(p.name)}      证件号码：${d.I(p, pick(['plain', 'ocr']))}`,
      `乙方：${d.w('company', firm.f)}     丙方：${bank.n}`,
      `资金账号：${d.zj()}     银行结算账户：${d.B(p.card)}`,
      `甲方签字：${d.N(p.name)}   ${d.date(dt, cnd)}`,
    ].join('\n');
  }
  return d.done();
};

// 20. chats ---------------------------------------------------------------------
GEN['work-chat'] = function () {
  const d = new Doc('work-chat'); const firm = firmPick(); const dt = docDate(); const v = ri(0, 1);
  if (v === 0) {
    const ppl = shuffle(staffOf(firm)).slice(0, 4); const grp = `${ppl[0].br.n.replace('证券营业部', '')}财富群`;
    const out = [`【${grp}】聊天记录  导出时间 ${d.date(dt)} ${d.tm(1)}`, ''];
    let t = { h: 8, m: ri(30, 59) };
    const say = (s, msg) => { t.m += ri(1, 9); if (t.m > 59) { t.h++; t.m -= 60; } out.push(`${d.N(s.name)} ${dash(dt)} ${p2(t.h)}:${p2(t.m)}`, msg, ''); };
    say(ppl[0], `@${d.Nd(ppl[1].name)} ${d.T(ppl[1].name, '总')}，昨天那个客户资料发你邮箱了`);
    say(ppl[1], `收到。顺便把两融要补材料的那个客户身份证号发一下`);
    const p = person();
    say(ppl[0], `${d.N(p.name)} ${d.I(p, pick(['plain', 'lx']))} 手机${d.M(p.mobile)}`);
    say(ppl[2], `今天主推${d.w('fund_name', pick(FUND_SHORT))}，大家有空打打电话，话术在群公告`);
    const q = person();
    say(ppl[3], `有个客户问转户的事，${d.T(q.name, SALUTE(q))}，电话${d.M(q.mobile, pick(['sp', 'plain']))}，谁之前服务过？`);
    say(ppl[2], `我服务过，我来打`);
    if (chance(0.6)) { const r = person(); say(ppl[1], `客户 ${d.N(r.name)} 的银行卡换了，新卡 ${d.B(r.card, pick(['plain', 'sp']))} ${r.bank.s}，谁帮忙在柜台改一下存管`); }
    if (chance(0.5)) { const r = person(); const s = d.stock(); say(ppl[3], `${d.T(r.name, SALUTE(r))}说昨天那笔${s[1]}（${s[0]}）的委托没成交也没撤单，委托编号${d.order()}，谁帮忙让柜台查下`); }
    say(ppl[0], pick(['[图片]', '[文件] 客户名单.xlsx', '好的', '收到👌']));
    d.text = out.join('\n');
  } else {
    const st = pick(staffOf(firm)); const p = person();
    const out = [`与"${d.N(p.name)}"的聊天记录`, ``];
    let clk = ri(8 * 60, 14 * 60); const ts = () => { clk += ri(1, 40); return `${dash(dt)} ${p2(Math.floor(clk / 60))}:${p2(clk % 60)}`; };
    out.push(`${d.N(st.name)} ${ts()}`, `${d.T(p.name, SALUTE(p))}您好，我是${firm.s}的${d.w('title', st.title)}${st.name.slice(0, 1)}，您上次说想开个两融账户，需要您的身份证号和银行卡号先预填一下资料。`, ``);
    out.push(`${d.N(p.name)} ${ts()}`, `好的`, `${d.I(p, pick(['plain', 'lx', 'sp']))}`, `卡是${p.bank.s}的 ${d.B(p.card, pick(['plain', 'sp']))}`, ``);
    if (chance(0.5)) out.push(`${d.N(p.name)} ${ts()}`, `邮箱也给你吧 ${d.Em(p)}`, ``);
    out.push(`${d.N(st.name)} ${ts()}`, `收到，谢谢！我这边填好后，您${d.w('word', pick(['周一', '周五']))}来营业部签一下合同就行。`, ``);
    d.text = out.join('\n');
  }
  return d.done();
};

// 21. minutes ---------------------------------------------------------------
GEN['meeting-minutes'] = function () {
  const d = new Doc('meeting-minutes'); const firm = firmPick(); const dt = docDate(); const ss = shuffle(staffOf(firm)).slice(0, 6); const br = ss[0].br;
  const p1 = person(); const p2_ = person(); const p3 = person();
  const v = ri(0, 1);
  if (v === 0) {
    d.text = [
      `${d.w('branch', br.n)} 晨会纪要`,
      `时间：${d.date(dt, cnd)} 8:30    地点：三楼会议室`,
      `主持：${d.N(ss[0].name)}    参会：${ss.slice(1, 5).map((s) => d.N(s.name)).join('、')}    记录：${d.N(ss[5].name)}`,
      ``,
      `一、上周业绩：新开户${ri(8, 40)}户，其中${d.Nd(ss[1].name)}${ri(3, 12)}户；两融新增${ri(0, 5)}户；产品销售${ri(100, 2000)}万元。`,
      `二、两融风险：重点关注客户${d.Nd(p1.name)}（担保比例${d.w('ratio', (130 + rnd() * 20).toFixed(0) + '%')}），${d.Nd(ss[2].name)}今天跟进。`,
      `三、投诉：上周${d.Nd(p2_.name)}投诉佣金问题，已由${d.Nd(ss[3].name)}上门沟通，客户接受调整为万${ri(1, 2)}.5。`,
      `四、本周重点：${d.w('fund_name', pick(FUND_SHORT))}持营，${d.w('word', '周五')}前每人至少联系20位存量客户；${p3.name.slice(0, 1)}${pick(['总', '老板'])}那边的企业客户由${ss[4].name.slice(-2)}对接。`,
      `五、合规提示：禁止向客户承诺收益；微信朋友圈不得出现"稳赚""保本"等字样。`,
    ].join('\n');
    d.dcv('person_name_zh', p3.name.slice(0, 1) + d.text.match(new RegExp(p3.name.slice(0, 1) + '(总|老板)'))[1]);
    d.Nd(ss[4].name.slice(-2));
  } else {
    d.text = [
      `财富管理部周例会`,
      `日期：${d.date(dt)}`,
      `参会人员：${ss.map((s) => d.N(s.name)).join('，')}`,
      ``,
      `| 事项 | 责任人 | 截止日期 | 进展 |`,
      `|---|---|---|---|`,
      `| 高净值客户名单梳理（资产≥500万） | ${d.N(ss[1].name)} | ${d.date(addDays(dt, 7))} | 进行中 |`,
      `| 客户${d.N(p1.name)}（${d.M(p1.mobile)}）私募认购双录补录 | ${d.N(ss[2].name)} | ${d.date(addDays(dt, 3))} | 已约客户 |`,
      `| 休眠客户激活短信（约${ri(800, 3000)}人） | ${d.N(ss[3].name)} | ${d.date(addDays(dt, 10))} | 待合规审核 |`,
      `| ${d.w('fund_name', pick(FUNDS)[1])}定投活动复盘 | ${d.N(ss[4].name)} | ${d.date(addDays(dt, 14))} | 未开始 |`,
      ``,
      `备注：${d.Nd(ss[5].name)}下月起调往${d.w('branch', pick(BRANCHES).n)}，其名下客户按公司规定移交。`,
    ].join('\n');
  }
  return d.done();
};

// 22. NAV reports / holdings (mostly decoys) ---------------------------------
GEN['product-report'] = function () {
  const d = new Doc('product-report'); const dt = docDate(); const v = ri(0, 2);
  if (v === 0) {
    const rows = [`产品净值日报  估值日：${d.date(dt)}`, '', '产品代码   产品名称                                  单位净值   累计净值   日涨跌    成立日'];
    for (const f of shuffle(FUNDS).slice(0, ri(6, 12))) {
      const nav = 0.6 + rnd() * 3;
      rows.push(`${d.w('product_code', f[0])}     ${padW(d.w('fund_name', f[1]), 42)}${d.w('nav', nav.toFixed(4))}     ${d.w('nav', (nav + rnd()).toFixed(4))}    ${(rnd() * 4 - 2).toFixed(2)}%    ${d.date(dateIn(2003, 2020))}`);
    }
    rows.push('', `数据来源：${pick(['估值系统', 'TA系统'])}，仅供内部参考。`);
    d.text = rows.join('\n');
  } else if (v === 1) {
    const rows = [`融资融券标的证券及可充抵保证金证券调整公告（${d.date(dt, cnd)}起生效）`, '', '证券代码,证券名称,折算率,融资保证金比例,调整类型'];
    for (const s of shuffle(STOCKS).slice(0, ri(6, 12))) rows.push([d.w('stock_code', s[0]), d.w('stock_name', s[1]), pick(['70%', '65%', '50%', '0%']), pick(['100%', '120%', '150%']), pick(['调入', '调出', '折算率下调'])].join(','));
    d.text = rows.join('\n');
  } else {
    const firm = firmPick(); const ss = shuffle(staffOf(firm)).slice(0, ri(5, 9));
    const rows = [`${dt.y}年${dt.m}月客户经理业绩排名（${firm.s}财富管理条线）`, '', '排名\t姓名\t营业部\t新开户\t产品销售(万)\t两融新增\t考核得分'];
    ss.forEach((s, i) => rows.push([i + 1, d.N(s.name), d.w('branch', s.br.n), ri(1, 40), d.dec('amount', (ri(10, 3000) + rnd()).toFixed(1)), ri(0, 6), (95 - i * ri(1, 4)).toFixed(1)].join('\t')));
    rows.push('', `注：产品销售含${d.w('fund_name', pick(FUND_SHORT))}等权益类产品折算。`);
    d.text = rows.join('\n');
  }
  return d.done();
};

// 23. data-quality lists --------------------------------------------------------
GEN['data-quality'] = function () {
  const d = new Doc('data-quality'); const dt = docDate(); const br = pick(BRANCHES);
  const n = ri(8, 20);
  const rows = [`客户身份信息不规范清单（反洗钱整改）  ${d.w('branch', br.n)}  截至${d.date(dt)}`, '', ['客户号', '客户姓名', '问题类型', '系统登记值', '整改后', '状态'].join('\t')];
  for (let i = 0; i < n; i++) {
    const p = person();
    const t = ri(0, 5);
    let prob, bad, fixed = '';
    const done = chance(0.5);
    switch (t) {
      case 0: prob = '证件号码校验位错误'; bad = d.w('id_bad_check', badIdCheck(p)); if (done) fixed = d.I(p); break;
      case 1: prob = '证件号码出生日期非法'; bad = d.w('id_bad_date', badIdDate(p)); if (done) fixed = d.I(p); break;
      case 2: prob = '证件号码地址码无效'; bad = d.w('id_bad_region', badIdRegion(p)); if (done) fixed = d.I(p); break;
      case 3: prob = '手机号码位数/号段错误'; bad = d.w('mobile_invalid', badMobile()); if (done) fixed = d.M(p.mobile); break;
      case 4: prob = '证件号码位数不足'; { let tr; do { const k = ri(6, 15); tr = p.id.slice(0, k) + p.id.slice(k + 1); } while (luhnOk(tr.replace(/X$/, '')) || usccValid(tr)); bad = d.w('id_truncated', tr); } if (done) fixed = d.I(p); break;
      default: prob = '银行卡号校验失败'; { const bc = badCardLuhn(p.bank); d.dcv('bank_card', bc); bad = bc; } if (done) fixed = d.B(p.card); break;
    }
    rows.push([d.kh(br), d.N(p.name), prob, bad, fixed, done ? '已整改' : '待联系客户'].join('\t'));
  }
  rows.push('', `说明：卡号校验失败的部分为银联老卡，需与存管银行核实，不一定为录入错误。`);
  d.text = rows.join('\n');
  return d.done();
};

// ============================================================================
// build
// ============================================================================
const PLAN = {
  'kaihu-record': 17, 'witness-log': 12, 'adviser-clients': 14, 'call-log': 14, 'fund-orders': 14, 'qualified-investor': 14,
  'risk-assessment': 13, 'dual-recording': 12, 'margin-clients': 14, 'bank-transfer': 13, 'wm-subscription': 13, 'client-callback': 14,
  'complaint': 13, 'crm-csv': 14, 'crm-json': 11, 'sms-campaign': 13, 'branch-mail': 14, 'adviser-handover': 12, 'ocr-form': 15,
  'work-chat': 13, 'meeting-minutes': 10, 'product-report': 9, 'data-quality': 8,
};
const docs = [];
const order = [];
for (const [k, n] of Object.entries(PLAN)) for (let i = 0; i < n; i++) order.push(k);
const counters = {};
for (const k of shuffle(order)) {
  const d = GEN[k]();
  if (d.E.size === undefined) throw new Error('bad doc');
  d.done();
  counters[k] = (counters[k] || 0) + 1;
  d.id = `se-${k}-${counters[k]}`;
  docs.push(d);
}
docs.sort((a, b) => (a.kind === b.kind ? Number(a.id.split('-').pop()) - Number(b.id.split('-').pop()) : a.kind < b.kind ? -1 : 1));

// ============================================================================
// self-check
// ============================================================================
const errors = [];
const flat = (t) => t.normalize('NFKC').replace(/[\s\-–—|()（）+'"]/g, '');
function occurs(doc, e) {
  const t = doc.text;
  const f = flat(t);
  const fu = f.toUpperCase();
  switch (e.detector) {
    case 'person_name_zh': return f.includes(e.value);
    case 'cn_mobile': return f.includes(e.value);
    case 'cn_resident_id': return fu.includes(e.value) || f.includes(e.value.slice(0, 6) + e.value.slice(8, 17));
    case 'bank_card': return f.includes(e.value);
    case 'email': return t.normalize('NFKC').toLowerCase().includes(e.value);
    case 'cn_landline': return f.includes(e.value) || f.includes('86' + e.value.slice(1));
    case 'cn_passport': case 'cn_uscc': return fu.includes(e.value);
    default: return false;
  }
}
function validEntity(e) {
  switch (e.detector) {
    case 'cn_resident_id': return idValid(e.value) && e.value === e.value.toUpperCase();
    case 'cn_mobile': return mobAllocated(e.value);
    case 'bank_card': return /^\d{16,19}$/.test(e.value) && luhnOk(e.value);
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(e.value);
    case 'cn_landline': return /^0(10|2[0-57-9])[2-8]\d{7}$/.test(e.value) || /^0(571|755|512)[2-8]\d{7}$/.test(e.value) || /^0931[2-8]\d{6}$/.test(e.value);
    case 'cn_uscc': return usccValid(e.value) && orgCheck(e.value.slice(8, 16)) === e.value[16];
    case 'cn_passport': return /^E(\d{8}|[A-HJ-NP-Z]\d{7})$/.test(e.value);
    case 'person_name_zh': return /^[\u4e00-\u9fa5·]{2,12}$/.test(e.value);
    default: return false;
  }
}
const digitsOf = (s) => s.normalize('NFKC').replace(/\D/g, '');
for (const doc of docs) {
  const ents = [...doc.E.values()], dcs = [...doc.C.values()], decs = [...doc.X.values()];
  for (const e of ents) {
    if (!occurs(doc, e)) errors.push(`${doc.id}: entity ${e.detector}=${e.value} not found in text`);
    if (!validEntity(e)) errors.push(`${doc.id}: entity ${e.detector}=${e.value} fails validation`);
  }
  const deocr = { ...doc, text: doc.text.replace(/[OlSBZb]/g, (c) => ({ O: '0', l: '1', S: '5', B: '8', Z: '2', b: '6' })[c]) };
  for (const e of dcs) if (!occurs(doc, e) && !occurs(deocr, e) && e.detector !== 'email') errors.push(`${doc.id}: dontCare ${e.detector}=${e.value} not found`);
  for (const x of decs) {
    if (!x.text) { errors.push(`${doc.id}: empty decoy`); continue; }
    if (!doc.text.includes(x.text)) errors.push(`${doc.id}: decoy "${x.text}" not in text`);
    for (const e of [...ents, ...dcs]) {
      if (x.text === e.value || x.text.toLowerCase() === e.value) errors.push(`${doc.id}: decoy equals label ${e.value}`);
      if (e.detector === 'person_name_zh' && (x.text.includes(e.value) || e.value.includes(x.text))) errors.push(`${doc.id}: decoy "${x.text}" overlaps name ${e.value}`);
      const xd = digitsOf(x.text);
      if (xd.length >= 11 && /^[\d\s\-]+$/.test(x.text.normalize('NFKC')) && /^\d{11,19}X?$/.test(e.value) && (e.value.includes(xd) || xd.includes(e.value))) errors.push(`${doc.id}: decoy ${x.text} overlaps ${e.value}`);
    }
    if (x.kind.startsWith('id_') && idValid(x.text)) errors.push(`${doc.id}: decoy ID ${x.text} is valid`);
    if (x.kind === 'mobile_invalid' && mobAllocated(x.text)) errors.push(`${doc.id}: decoy mobile valid ${x.text}`);
  }
  // leak scan: any unlabelled valid value left in the text?
  const lab = new Set([...ents, ...dcs].map((e) => e.detector + '|' + e.value));
  const decT = new Set(decs.map((x) => x.text));
  const t = doc.text.normalize('NFKC');
  for (const m of t.matchAll(/\d+[Xx]?/g)) {
    let run = m[0]; let x = /[Xx]$/.test(run); let dg = x ? run.slice(0, -1) : run;
    if (x && dg.length !== 17) { x = false; }
    const L = dg.length;
    const need = (det, v) => { if (!lab.has(det + '|' + v)) errors.push(`${doc.id}: unlabelled ${det} ${v} (run ${run})`); };
    if ((L === 18 && idValid(dg)) || (L === 17 && x && idValid(dg + 'X'))) need('cn_resident_id', L === 18 ? dg : dg + 'X');
    if (L === 15 && PROVS.has(dg.slice(0, 2)) && realDate(1900 + +dg.slice(6, 8), +dg.slice(8, 10), +dg.slice(10, 12))) need('cn_resident_id', upgrade15(dg));
    if (L === 11 && mobAllocated(dg)) need('cn_mobile', dg);
    if (L === 13 && dg.startsWith('86') && mobAllocated(dg.slice(2))) need('cn_mobile', dg.slice(2));
    if (L === 12 && dg.startsWith('0') && mobAllocated(dg.slice(1))) need('cn_mobile', dg.slice(1));
    if (!x && L >= 16 && L <= 19 && luhnOk(dg)) { if (!lab.has('bank_card|' + dg) && !lab.has('cn_resident_id|' + dg) && !decT.has(dg)) errors.push(`${doc.id}: unlabelled Luhn-valid ${dg}`); }
    if ((L === 11 || L === 12) && /^0(10|2[0-57-9]|[3-9]\d\d)/.test(dg) && !mobAllocated(dg.slice(1))) { if (!lab.has('cn_landline|' + dg) && !decT.has(dg)) errors.push(`${doc.id}: unlabelled landline-like ${dg}`); }
  }
  for (const m of t.matchAll(/(?<![0-9A-Za-z])[0-9A-Za-z]{18}(?![0-9A-Za-z])/g)) {
    const u = m[0].toUpperCase();
    if (usccValid(u) && ![...lab].some((k) => k.endsWith('|' + u))) errors.push(`${doc.id}: unlabelled USCC-valid ${u}`);
  }
  for (const m of t.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g)) {
    const v = m[0].toLowerCase();
    if (!lab.has('email|' + v) && !decT.has(m[0])) errors.push(`${doc.id}: unlabelled email ${v}`);
  }
  for (const m of t.matchAll(/(?<![A-Za-z0-9])E[A-HJ-NP-Z0-9]\d{7}(?!\d)/g)) {
    if (!lab.has('cn_passport|' + m[0]) && !decT.has(m[0])) errors.push(`${doc.id}: unlabelled passport-like ${m[0]}`);
  }
}
// ids unique
const idset = new Set(); for (const d of docs) { if (idset.has(d.id)) errors.push('dup id ' + d.id); idset.add(d.id); }

// ============================================================================
// output + summary
// ============================================================================
const lines = docs.map((d) => JSON.stringify({ id: d.id, kind: d.kind, text: d.text, entities: [...d.E.values()], dontCare: [...d.C.values()], decoys: [...d.X.values()] }));
writeFileSync(OUT, lines.join('\n') + '\n');

const perKind = {}, perDet = {}, perDc = {}, perDec = {};
let nEnt = 0, nDec = 0;
for (const d of docs) {
  perKind[d.kind] = (perKind[d.kind] || 0) + 1;
  for (const e of d.E.values()) { perDet[e.detector] = (perDet[e.detector] || 0) + 1; nEnt++; }
  for (const e of d.C.values()) perDc[e.detector] = (perDc[e.detector] || 0) + 1;
  for (const x of d.X.values()) { perDec[x.kind] = (perDec[x.kind] || 0) + 1; nDec++; }
}
const show = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k.padEnd(22)} ${v}`).join('\n');
process.stdout.write(`securities corpus: ${docs.length} documents, ${Object.keys(perKind).length} kinds -> ${OUT}\n`);
process.stdout.write(`documents per kind:\n${show(perKind)}\n`);
process.stdout.write(`entities per detector (${nEnt}):\n${show(perDet)}\n`);
process.stdout.write(`dontCare per detector:\n${show(perDc)}\n`);
process.stdout.write(`decoys per kind (${nDec}):\n${show(perDec)}\n`);
const core = ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email'];
for (const c of core) if ((perDet[c] || 0) < 150) errors.push(`too few ${c}: ${perDet[c] || 0}`);
if (nDec < nEnt) errors.push(`fewer decoys (${nDec}) than entities (${nEnt})`);
if (errors.length) {
  process.stderr.write(`SELF-CHECK FAILED (${errors.length}):\n${errors.slice(0, 60).join('\n')}\n`);
  process.exit(1);
}
process.stdout.write('self-check: OK\n');
