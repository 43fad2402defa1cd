#!/usr/bin/env node
/*
 * homedecor.mjs - independent labelled test corpus for listguard.
 *
 * Theme: personal data at property developers' sales offices (案场) and at
 * home-decoration firms (家装公司) and building-material shops (建材门店):
 * 认筹登记表, 案场来访客户登记表, 选房公示 / 选房确认单, 商品房认购书, OCR'd 网签
 * 合同 party blocks, 按揭 applications (forms and bank XML), 交房验房记录, 业主交付
 * 名单, 回迁安置名单 (legacy 15-digit IDs), 退筹申请, 身份证 OCR; 家装 量房预约
 * (CRM JSON), 设计师跟进表, 工地施工日志, 增减项确认单, 售后报修日志, 送货单 /
 * 安装单, 团购接龙 and 团购名单, CRM CSV exports, WeChat chats between 设计师 /
 * 项目经理 / 置业顾问 and owners, SMS notices and send logs, mail bodies, 例会纪要,
 * 家装施工合同.
 *
 * Usage:   node homedecor.mjs OUT.jsonl
 *
 * Output:  one JSON object per line:
 *   {"id":"hd-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          must NOT be reported under any detector
 *
 * Detectors labelled: person_name_zh, cn_mobile, cn_resident_id, bank_card,
 * email, cn_landline, cn_uscc, cn_passport.
 *
 * Normalisation of label values: cn_resident_id 18 chars, upper-case X (a
 * legacy 15-digit number is upgraded to 18); cn_mobile 11 digits without +86
 * or separators; cn_landline digits incl. the leading 0 and the area code, no
 * separators, no extension; email lower-case; bank_card digits only;
 * cn_passport upper-case; cn_uscc 18 chars upper-case; person_name_zh the name
 * as written without spaces, titles or pinyin. Decoys carry their exact text.
 *
 * Labelling notes: a name stands as an entity only in a person context (a
 * name column / field / label, a record with other person fields, a chat or
 * mail sender, a signature, a salutation with 先生/女士 in a notice); a name in
 * running prose only is dontCare; 王女士 / 马师傅 / 陈工 (surname + title) are
 * dontCare (both the written form and the bare surname). Luhn-failing 62...
 * numbers typed into a 卡号 field are dontCare (cn-formats §5.2: not every
 * UnionPay card passes Luhn), other check-digit failures are decoys. OCR
 * digit damage (O for 0, l for 1, B for 8) makes a value dontCare.
 *
 * Written in session 27 by a helper that never read src/, rules/ or test/,
 * from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

const OUT = process.argv[2];
if (!OUT) { console.error('usage: node homedecor.mjs OUT.jsonl'); process.exit(2); }

// ------------------------------------------------------------------ PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const R = mulberry32(0x4D0EC027);
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const lz = (...fs) => pick(fs)(); // lazy choice: only the chosen branch labels anything
const chance = (p) => R() < p;
const pad = (n, w) => String(n).padStart(w, '0');
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
function pickW(pairs) {
  let tot = 0; for (const [, w] of pairs) tot += w;
  let x = R() * tot;
  for (const [v, w] of pairs) { if ((x -= w) < 0) return v; }
  return pairs[pairs.length - 1][0];
}
function sample(arr, n) {
  const a = arr.slice();
  for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
  return a.slice(0, n);
}

// ------------------------------------------------------------------ dates
function validDate(y, m, d) {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}
function rdate(y0, y1) { for (;;) { const y = ri(y0, y1), m = ri(1, 12), d = ri(1, 31); if (validDate(y, m, d)) return { y, m, d }; } }
function addDays(t, n) { const x = new Date(Date.UTC(t.y, t.m - 1, t.d + n)); return { y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() }; }
const ds = (t, s = '-') => `${t.y}${s}${pad(t.m, 2)}${s}${pad(t.d, 2)}`;
const dcn = (t) => `${t.y}年${t.m}月${t.d}日`;
const dmd = (t) => `${t.m}月${t.d}日`;
const hm = (a = 8, b = 21) => `${pad(ri(a, b), 2)}:${pad(ri(0, 59), 2)}`;
const hms = (a, b) => `${hm(a, b)}:${pad(ri(0, 59), 2)}`;
const msTs = (t) => String(Date.UTC(t.y, t.m - 1, t.d, ri(0, 13), ri(0, 59), ri(0, 59)) + ri(0, 999));
const wk = (t) => '星期' + '日一二三四五六'[new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay()];

// ------------------------------------------------------------------ check algorithms
const PROV = new Set('11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65'.split(' '));
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += +b17[i] * IDW[i]; return '10X98765432'[s % 11]; }
function idValid(s) {
  if (!/^\d{17}[\dX]$/.test(s) || !PROV.has(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || y > 2025 || !validDate(y, m, d)) return false;
  return idCheck(s.slice(0, 17)) === s[17];
}
function legacyTo18(s15) { const b = s15.slice(0, 6) + '19' + s15.slice(6); return b + idCheck(b); }
function legacyValid(s15) {
  if (!/^\d{15}$/.test(s15) || !PROV.has(s15.slice(0, 2))) return false;
  return validDate(1900 + +s15.slice(6, 8), +s15.slice(8, 10), +s15.slice(10, 12));
}
function luhnOk(s) {
  let sum = 0, alt = false;
  for (let i = s.length - 1; i >= 0; i--) { let n = +s[i]; if (alt) { n *= 2; if (n > 9) n -= 9; } sum += n; alt = !alt; }
  return sum % 10 === 0;
}
function luhnDigit(body) { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c); throw new Error('luhn'); }
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(b17[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; }
const OW = [3, 7, 9, 10, 5, 8, 4, 2];
function orgCheck(b8) {
  let s = 0;
  for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * OW[i]; }
  const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
function usccValid(s) {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s)) return false;
  return usccCheck(s.slice(0, 17)) === s[17] && orgCheck(s.slice(8, 16)) === s[16];
}
const ALLOC_RE = /^(?:1(?:3\d|4[57]|5[0-35-9]|6[25-7]|7[0-35-8]|8\d|9[0-35-9])\d{8}|1610\d{7}|1740[0-5]\d{6})$/;
const AREA_LEN = { '010': 8, '020': 8, '021': 8, '022': 8, '023': 8, '025': 8, '027': 8, '028': 8, '029': 8, '0755': 8, '0757': 8, '0769': 8, '0571': 8, '0512': 8, '0731': 8, '0371': 8 };
function landValid(v) {
  for (const [a, l] of Object.entries(AREA_LEN)) if (v.startsWith(a) && v.length === a.length + l && /[2-8]/.test(v[a.length])) return true;
  return false;
}
const PASS_RE = /^(?:E\d{8}|E[A-HJ-NP-Z]\d{7})$/;

// ------------------------------------------------------------------ names
function pairs(str) { const out = []; const re = /([\u4e00-\u9fff]+)([a-z]+)/g; let m; while ((m = re.exec(str))) out.push([m[1], m[2]]); return out; }
const SUR = pairs('王wang李li张zhang刘liu陈chen杨yang黄huang赵zhao吴wu周zhou徐xu孙sun马ma朱zhu胡hu郭guo何he高gao林lin罗luo郑zheng梁liang谢xie宋song唐tang许xu韩han冯feng邓deng曹cao彭peng曾zeng肖xiao田tian董dong袁yuan潘pan于yu蒋jiang蔡cai余yu杜du叶ye程cheng苏su魏wei吕lv丁ding任ren沈shen姚yao卢lu姜jiang崔cui钟zhong谭tan陆lu汪wang范fan金jin石shi廖liao贾jia夏xia韦wei付fu方fang白bai邹zou孟meng熊xiong秦qin邱qiu江jiang尹yin薛xue闫yan段duan雷lei侯hou龙long史shi陶tao黎li贺he顾gu毛mao郝hao龚gong邵shao万wan钱qian严yan覃qin武wu戴dai莫mo孔kong向xiang汤tang常chang温wen康kang施shi文wen牛niu樊fan葛ge邢xing安an齐qi易yi乔qiao伍wu庞pang颜yan倪ni庄zhuang聂nie章zhang鲁lu岳yue翟zhai殷yin詹zhan申shen欧ou耿geng关guan兰lan焦jiao俞yu左zuo柳liu甘gan祝zhu包bao宁ning尚shang符fu舒shu阮ruan柯ke纪ji梅mei童tong凌ling毕bi单shan季ji裴pei霍huo涂tu成cheng苗miao谷gu盛sheng曲qu翁weng冉ran骆luo蓝lan路lu游you辛xin靳jin管guan柴chai蒙meng鲍bao华hua喻yu祁qi房fang滕teng屈qu饶rao艾ai尤you阳yang时shi穆mu农nong司si卓zhuo古gu吉ji简jian车che项xiang连lian麦mai冼xian');
const SURW = SUR.map((s, i) => [s, 1 / (i + 4)]);
const COMPOUND = pairs('欧阳ouyang司徒situ上官shangguan诸葛zhuge司马sima东方dongfang');
const GM = pairs('伟wei强qiang磊lei军jun勇yong杰jie涛tao斌bin超chao明ming刚gang平ping辉hui鹏peng华hua飞fei鑫xin波bo宇yu浩hao凯kai健jian俊jun帆fan旭xu龙long林lin阳yang建jian国guo志zhi文wen海hai峰feng亮liang成cheng东dong晨chen博bo睿rui子zi轩xuan嘉jia豪hao泽ze振zhen家jia永yong德de庆qing兵bing锋feng坤kun瑞rui翔xiang毅yi诚cheng卫wei天tian思si荣rong新xin春chun伦lun铭ming昊hao启qi立li胜sheng顺shun灿can奕yi楠nan彦yan锦jin炜wei煜yu');
const GF = pairs('芳fang娜na敏min静jing丽li艳yan娟juan霞xia燕yan玲ling婷ting雪xue慧hui颖ying琳lin倩qian洁jie晶jing莉li萍ping红hong梅mei丹dan蕾lei薇wei琴qin云yun欣xin怡yi璐lu瑶yao佳jia雨yu萱xuan涵han悦yue诗shi梦meng月yue秀xiu兰lan凤feng翠cui桂gui英ying玉yu珍zhen宁ning晓xiao小xiao思si文wen婉wan嘉jia晴qing妍yan琪qi岚lan莹ying露lu蓉rong');
const MINORITY = [['古丽娜尔·艾山', 'gulinaer'], ['阿不都热依木·买买提', 'abudureyimu'], ['迪丽拜尔·吐尔逊', 'dilibaier'], ['艾力·库尔班', 'aili'], ['热依拉·阿布都', 'reyila'], ['买买提江·吐尔洪', 'maimaitijiang'], ['阿依努尔·托合提', 'ayinuer']];
// two-character names that are ordinary words, places or brands in this domain
const BAD_NAMES = new Set(['高明', '金华', '文明', '马力', '江山', '华山', '黄山', '高峰', '方正', '安宁', '平安', '常春', '白云', '宁波', '龙华', '华东', '高新', '常平', '石龙', '金平', '宁德', '海宁', '石林', '王力', '万家', '金鑫', '高强', '成华', '龙岗', '于是', '华新', '金龙', '文华', '华阳', '丁香', '林海', '万宁', '安顺', '高阳', '黄龙', '华兴', '明天', '向阳', '红梅', '金莉']);

function genName(g) {
  for (;;) {
    let sur, spy;
    if (chance(0.015)) [sur, spy] = pick(COMPOUND); else [sur, spy] = pickW(SURW);
    const pool = g === 'M' ? GM : GF;
    const n = chance(0.27) ? 1 : 2;
    let giv = '', gpy = '';
    for (let k = 0; k < n; k++) { const [c, py] = pick(chance(0.1) ? (g === 'M' ? GF : GM) : pool); giv += c; gpy += py; }
    if (n === 2 && giv[0] === giv[1] && (g === 'M' || chance(0.5))) continue;
    if (giv.includes(sur)) continue;
    const name = sur + giv;
    if (BAD_NAMES.has(name)) continue;
    return { name, sur, spy, gpy };
  }
}

// ------------------------------------------------------------------ places
const MIG = ['430421', '412702', '421182', '445122', '441424', '441622', '450881', '320321', '370283', '130682', '511321', '511725', '500230', '500235', '350521', '350583', '441823', '445281', '431023', '433101', '410327', '411521', '420281', '341221'];
const CITY = {
  广州: { prov: '广东省', tel: '020', reg: ['440103', '440104', '440105', '440106', '440111', '440112'], uscReg: ['440101', '440106', '440112'], roads: ['天河区黄埔大道西', '天河区中山大道西', '海珠区新港东路', '白云区白云大道北', '番禺区市桥街繁华路', '黄埔区开创大道', '越秀区东风中路'], estates: ['富力天海湾', '汇景新城', '珠江花城', '丽江花园', '华景新城', '锦绣香江'], zip: '5106', up: [32000, 68000], dists: ['天河', '海珠', '白云', '番禺', '黄埔', '越秀'] },
  深圳: { prov: '广东省', tel: '0755', reg: ['440303', '440304', '440305', '440306', '440307'], uscReg: ['440300', '440305', '440304'], roads: ['南山区高新南九道', '福田区深南大道', '宝安区宝民一路', '龙岗区布吉街道吉华路', '罗湖区东门中路'], estates: ['蔚蓝海岸', '百仕达花园', '翠海花园', '四季花城', '桃源居'], zip: '5180', up: [55000, 115000], dists: ['南山', '福田', '宝安', '龙岗', '罗湖', '龙华'] },
  佛山: { prov: '广东省', tel: '0757', reg: ['440604', '440605', '440606'], uscReg: ['440600', '440605'], roads: ['禅城区季华五路', '南海区桂城街道南海大道北', '顺德区大良街道德和路'], estates: ['保利花园', '中海万锦豪园', '美的君兰江山'], zip: '5280', up: [15000, 32000], dists: ['禅城', '南海', '顺德'] },
  东莞: { prov: '广东省', tel: '0769', reg: ['441900'], uscReg: ['441900'], roads: ['南城街道鸿福路', '东城街道东纵大道', '松山湖园区科技四路'], estates: ['星河传说', '万科城市高尔夫', '海德公园'], zip: '5230', up: [22000, 42000], dists: ['南城', '东城', '松山湖', '莞城'] },
  杭州: { prov: '浙江省', tel: '0571', reg: ['330102', '330105', '330106', '330108', '330104'], uscReg: ['330100', '330106', '330108'], roads: ['西湖区文三路', '滨江区江南大道', '拱墅区莫干山路', '上城区钱江路'], estates: ['金色海岸', '东方润园', '春江花月', '星洲花园'], zip: '3100', up: [35000, 72000], dists: ['西湖', '滨江', '拱墅', '上城', '萧山'] },
  苏州: { prov: '江苏省', tel: '0512', reg: ['320505', '320506', '320583', '320582'], uscReg: ['320500', '320506'], roads: ['工业园区星湖街', '吴中区东吴北路', '昆山市前进中路'], estates: ['湖畔天城', '星海小区', '新城花园'], zip: '2150', up: [26000, 48000], dists: ['园区', '吴中', '姑苏', '昆山'] },
  武汉: { prov: '湖北省', tel: '027', reg: ['420102', '420103', '420106', '420111'], uscReg: ['420100', '420106'], roads: ['武昌区中北路', '江汉区建设大道', '洪山区珞喻路'], estates: ['水岸星城', '万科四季花城', '百步亭花园'], zip: '4300', up: [17000, 36000], dists: ['武昌', '江汉', '洪山', '汉阳'] },
  长沙: { prov: '湖南省', tel: '0731', reg: ['430102', '430103', '430104', '430105'], uscReg: ['430100', '430104'], roads: ['岳麓区麓谷大道', '开福区芙蓉中路', '天心区湘府西路'], estates: ['中海国际社区', '万科魅力之城', '金色屋顶'], zip: '4100', up: [12000, 26000], dists: ['岳麓', '开福', '天心', '雨花'] },
  成都: { prov: '四川省', tel: '028', reg: ['510104', '510105', '510107', '510108'], uscReg: ['510100', '510107'], roads: ['武侯区天府大道北段', '锦江区东大街', '高新区天府三街'], estates: ['中海城南一号', '麓湖生态城', '保利香槟国际'], zip: '6100', up: [18000, 42000], dists: ['高新', '武侯', '锦江', '成华', '天府新区'] },
  南京: { prov: '江苏省', tel: '025', reg: ['320102', '320104', '320106', '320113'], uscReg: ['320100', '320105'], roads: ['建邺区江东中路', '玄武区中山路', '栖霞区仙林大道'], estates: ['万达华府', '仁恒江湾城', '金地自在城'], zip: '2100', up: [28000, 58000], dists: ['建邺', '玄武', '栖霞', '秦淮', '河西'] },
};
const PLATE = { 广州: '粤A', 深圳: '粤B', 佛山: '粤E', 东莞: '粤S', 杭州: '浙A', 苏州: '苏E', 武汉: '鄂A', 长沙: '湘A', 成都: '川A', 南京: '苏A' };
const PROV_ABBR = { 广东省: '粤', 浙江省: '浙', 江苏省: '苏', 湖北省: '鄂', 湖南省: '湘', 四川省: '川' };
const PROJECTS = [
  { name: '金地格林小镇', city: '广州', brand: '金地', abbr: 'JDGL', dom: 'gz-jdgl.com' },
  { name: '保利天悦', city: '广州', brand: '保利', abbr: 'BLTY', dom: 'blty-sales.cn' },
  { name: '越秀星汇云锦', city: '广州', brand: '越秀', abbr: 'YXXH', dom: 'yx-xhyj.com' },
  { name: '万科城', city: '深圳', brand: '万科', abbr: 'WKC', dom: 'szwkc-sales.com' },
  { name: '华润城润府', city: '深圳', brand: '华润', abbr: 'HRRF', dom: 'hrrf-sz.com' },
  { name: '碧桂园凤凰城', city: '佛山', brand: '碧桂园', abbr: 'BGYF', dom: 'bgyfhc.com' },
  { name: '万科城市之光', city: '东莞', brand: '万科', abbr: 'WKGZ', dom: 'dgwkgz.com' },
  { name: '龙湖春江天玺', city: '杭州', brand: '龙湖', abbr: 'LHCJ', dom: 'lhcjtx.com' },
  { name: '绿城桂语江南', city: '杭州', brand: '绿城', abbr: 'LCGY', dom: 'lcgyjn.cn' },
  { name: '招商雍景湾', city: '苏州', brand: '招商', abbr: 'ZSYJ', dom: 'zsyjw.com' },
  { name: '融创壹号院', city: '武汉', brand: '融创', abbr: 'RCYH', dom: 'rc1hy-wh.com' },
  { name: '金茂府', city: '长沙', brand: '金茂', abbr: 'JMF', dom: 'csjmf.com' },
  { name: '中海寰宇天下', city: '成都', brand: '中海', abbr: 'ZHHY', dom: 'zhhytx.com' },
  { name: '华发四季半岛', city: '南京', brand: '华发', abbr: 'HFSJ', dom: 'hfsjbd.com' },
];
const DECOR = [
  { name: '深圳市筑梦空间装饰设计工程有限公司', short: '筑梦空间装饰', city: '深圳', dom: 'zmkj-deco.com', abbr: 'ZM' },
  { name: '广州匠心宅装饰工程有限公司', short: '匠心宅装饰', city: '广州', dom: 'jxz-home.cn', abbr: 'JXZ' },
  { name: '杭州品家装饰设计有限公司', short: '品家装饰', city: '杭州', dom: 'pinjia-zs.com', abbr: 'PJ' },
  { name: '苏州美筑装饰工程有限公司', short: '美筑装饰', city: '苏州', dom: 'meizhu-sz.com', abbr: 'MZ' },
  { name: '武汉尚居装饰工程有限公司', short: '尚居装饰', city: '武汉', dom: 'shangju-wh.com', abbr: 'SJ' },
  { name: '成都宜筑家居装饰有限公司', short: '宜筑家居', city: '成都', dom: 'yizhu-cd.com', abbr: 'YZ' },
  { name: '长沙一木装饰设计工程有限公司', short: '一木装饰', city: '长沙', dom: 'yimu-deco.cn', abbr: 'YM' },
  { name: '佛山居上装饰工程有限公司', short: '居上装饰', city: '佛山', dom: 'jushang-fs.com', abbr: 'JS' },
  { name: '东莞家和美装饰工程有限公司', short: '家和美装饰', city: '东莞', dom: 'jhm-dg.com', abbr: 'JHM' },
  { name: '南京木作工坊装饰工程有限公司', short: '木作工坊', city: '南京', dom: 'muzuo-nj.com', abbr: 'MZGF' },
];
// brands of materials; several begin with a surname-like character
const BRANDS = [
  { b: '马可波罗瓷砖', cat: '瓷砖', items: [['抛釉砖', 'CH8801AS', '800×800', '片'], ['岩板', 'YB9127', '750×1500', '片'], ['墙砖', 'CZ63115', '300×600', '片'], ['仿古砖', 'CF6022', '600×600', '片']] },
  { b: '东鹏瓷砖', cat: '瓷砖', items: [['柔光砖', 'YF158008', '750×1500', '片'], ['木纹砖', 'FG915009', '200×1200', '片']] },
  { b: '欧派橱柜', cat: '橱柜', items: [['地柜', 'OP-DG-Q8', '按延米', '米'], ['吊柜', 'OP-DG-H2', '按延米', '米'], ['石英石台面', 'SY-M2030', '20mm', '米']] },
  { b: '索菲亚衣柜', cat: '定制', items: [['衣柜柜体', 'SF-YG-A18', '18mm', '㎡'], ['掩门', 'SF-MB-L09', '同色', '㎡']] },
  { b: '林氏木业', cat: '家具', items: [['布艺沙发', 'LS-BS1A', '三人位', '套'], ['餐桌', 'LS-CZ096', '1.4m', '张'], ['床', 'LS-CA2M', '1.8m', '张']] },
  { b: '顾家家居', cat: '家具', items: [['真皮沙发', 'KUKA-2081', '转角', '套'], ['床垫', 'KUKA-M0312', '1.8×2.0', '张']] },
  { b: '方太', cat: '厨电', items: [['吸油烟机', 'CXW-258-JCD10TB', '顶侧双吸', '台'], ['燃气灶', 'FD21BE', '天然气', '台'], ['水槽洗碗机', 'X9S', '嵌入式', '台']] },
  { b: '老板电器', cat: '厨电', items: [['吸油烟机', 'CXW-260-27A7', '侧吸', '台'], ['燃气灶', '37B0X', '天然气', '台']] },
  { b: '九牧卫浴', cat: '卫浴', items: [['智能马桶', 'ZS790J', '坑距400', '套'], ['花洒', '36268-2B-1', '恒温', '套'], ['浴室柜', 'A2271-180', '80cm', '套']] },
  { b: '箭牌卫浴', cat: '卫浴', items: [['坐便器', 'AB1116', '坑距305', '套'], ['淋浴房', 'AL-S23', '一字型', '套']] },
  { b: '圣象地板', cat: '地板', items: [['强化复合地板', 'NK6039', '12mm', '㎡'], ['三层实木地板', 'KS8218', '15mm', '㎡']] },
  { b: '立邦', cat: '涂料', items: [['乳胶漆', '净味120 五合一', '15L', '桶'], ['墙固', 'N618', '18L', '桶']] },
  { b: '江山欧派', cat: '木门', items: [['室内门', 'JSOP-M218', '2100×860', '樘'], ['垭口套', 'JSOP-YK07', '按米', '米']] },
  { b: '王力安防', cat: '防盗门', items: [['入户门', 'WL-FD1908', '2050×960', '樘'], ['智能锁', 'WL-S8', '指纹', '把']] },
  { b: '西门子', cat: '开关', items: [['开关插座', '皓彩系列', '86型', '个']] },
  { b: '公牛', cat: '开关', items: [['五孔插座', 'G28Z223', '86型', '个'], ['空开', 'GBL2-63', 'C20', '个']] },
  { b: '雷士照明', cat: '灯具', items: [['吸顶灯', 'NVC-XD1023', '48W', '套'], ['筒灯', 'NLED9135', '7W', '个']] },
  { b: '金牌橱柜', cat: '橱柜', items: [['整体橱柜', 'GP-A505', '按延米', '米']] },
  { b: '司米橱柜', cat: '橱柜', items: [['整体橱柜', 'SM-K21', '按延米', '米']] },
];
const TITLES = ['置业顾问', '销售经理', '案场经理', '销售主管', '按揭专员', '签约专员', '客服专员', '前台', '设计师', '主案设计师', '设计总监', '项目经理', '工长', '监理', '水电师傅', '安装师傅', '店长', '导购', '物业管家', '工程师', '财务', '出纳'];
const BANKS = [['622202', '工商银行', 19], ['621226', '工商银行', 19], ['622848', '农业银行', 19], ['621700', '建设银行', 19], ['622700', '建设银行', 19], ['621483', '招商银行', 16], ['622588', '招商银行', 16], ['621661', '中国银行', 19], ['621660', '中国银行', 19], ['622262', '交通银行', 19], ['622908', '兴业银行', 18], ['621799', '邮储银行', 19], ['622150', '邮储银行', 19], ['623058', '平安银行', 19], ['622155', '工商银行', 16]];
const BRANCH = ['天河支行', '科技园支行', '高新支行', '中山路支行', '解放路支行', '营业部', '城南支行', '东湖支行', '新城支行', '江滨支行'];

// ------------------------------------------------------------------ people
let PID = 0;
function genCard() { const [b, , len] = pick(BANKS); const body = b + digits(len - b.length - 1); return body + luhnDigit(body); }
function bankOf(card) { for (const [b, n] of BANKS) if (card.startsWith(b)) return n; return '银行'; }
const MPFX = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157', '158', '159', '158', '159', '166', '173', '175', '176', '177', '178', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189', '186', '188', '189', '191', '193', '195', '198', '199', '147', '172', '190', '192', '197', '162', '165', '145', '170', '171'];
function genMobile() { for (;;) { const m = pick(MPFX) + digits(8); if (!['13800138000', '13912345678', '18888888888'].includes(m)) return m; } }
function mkPerson(o = {}) {
  const g = o.g || (chance(0.5) ? 'M' : 'F');
  let nm;
  if (!o.noMinority && chance(0.015)) { const [n, py] = pick(MINORITY); nm = { name: n, sur: n, spy: py, gpy: '', minority: true }; }
  else nm = genName(g);
  const birth = rdate(o.y0 || 1960, o.y1 || 1999);
  const region = nm.minority ? pick(['650102', '650103', '650104']) : pick(o.regs || MIG);
  const seq = ri(0, 99) * 10 + (g === 'M' ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]));
  const b17 = region + ds(birth, '') + pad(seq, 3);
  const p = { ...nm, pid: ++PID, g, birth, region, id: b17 + idCheck(b17), mobile: genMobile(), city: o.city };
  let card, email, pass;
  Object.defineProperty(p, 'card', { get: () => (card ||= genCard()) });
  Object.defineProperty(p, 'email', { get: () => (email ||= mkEmail(p)) });
  Object.defineProperty(p, 'passport', { get: () => (pass ||= chance(0.45) ? 'E' + digits(8) : 'E' + pick('ABCDEFGHJKLMNPQRSTUVWXYZ'.split('')) + digits(7)) });
  const C = CITY[o.city] || CITY[pick(Object.keys(CITY))];
  p.addr = `${C.prov}${o.city || Object.keys(CITY).find((k) => CITY[k] === C)}市${pick(C.roads)}${ri(1, 999)}号${pick(C.estates)}${ri(1, 32)}栋${ri(2, 33)}${pad(ri(1, 8), 2)}房`;
  return p;
}
function mkEmail(p) {
  const y = String(p.birth.y), s = p.spy, g = p.gpy || 'x';
  return pickW([
    [() => s + g + y.slice(2) + '@163.com', 14], [() => s + g + '@126.com', 6], [() => ri(10000000, 2999999999) + '@qq.com', 18],
    [() => p.mobile + '@139.com', 3], [() => g + '.' + s + '@outlook.com', 4], [() => s + '_' + g + ri(1, 99) + '@sina.com', 4],
    [() => s[0] + g + ri(100, 999) + '@foxmail.com', 5], [() => s + g + '@gmail.com', 3], [() => g + s + pad(p.birth.m, 2) + pad(p.birth.d, 2) + '@aliyun.com', 2],
    [() => s + g + '@yeah.net', 2], [() => s + '.' + g + '@hotmail.com', 2], [() => s + g + ri(1, 9999) + '@sohu.com', 2],
  ])();
}
function workMail(p, dom) {
  p.work ||= {};
  if (!p.work[dom]) p.work[dom] = pick([() => p.spy + p.gpy, () => p.gpy + '.' + p.spy, () => p.spy[0] + p.gpy, () => p.spy + (p.gpy[0] || '')])() + '@' + dom;
  return p.work[dom];
}
function spouseOf(p, cityKey) {
  const C = CITY[cityKey];
  if (!p.spouse) p.spouse = mkPerson({ g: p.g === 'M' ? 'F' : 'M', y0: Math.max(1958, p.birth.y - 5), y1: Math.min(2001, p.birth.y + 4), regs: chance(0.6) ? C.reg : MIG, city: cityKey });
  return p.spouse;
}
const POOLS = new Map();
function customer(pj) {
  const key = pj.name || pj;
  const pool = POOLS.get(key) || []; POOLS.set(key, pool);
  if (pool.length > 8 && chance(0.25)) return pick(pool);
  const city = pj.city;
  const p = mkPerson({ regs: chance(0.65) ? CITY[city].reg : MIG, city });
  pool.push(p);
  return p;
}
const STAFF = new Map();
function staffOf(key, city, n = 6) {
  if (!STAFF.has(key)) { const a = []; for (let i = 0; i < n; i++) a.push(mkPerson({ y0: 1984, y1: 2001, regs: chance(0.5) ? CITY[city].reg : MIG, city, noMinority: true })); STAFF.set(key, a); }
  return STAFF.get(key);
}
const COS = new Map();
function telOf(city) { const C = CITY[city]; return { area: C.tel, sub: String(ri(2, 8)) + digits(AREA_LEN[C.tel] - 1) }; }
function genUSCC(reg) {
  let body;
  if (chance(0.7)) { body = 'MA' + pick('0123456789'.split('')) + Array.from({ length: 5 }, () => pick(UA.split(''))).join(''); }
  else body = digits(8);
  const b17 = '91' + reg + body + orgCheck(body);
  return b17 + usccCheck(b17);
}
function devOf(pj) {
  if (!COS.has(pj.name)) {
    const C = CITY[pj.city];
    COS.set(pj.name, {
      name: `${pj.city}${pj.brand}${pick(['荣益', '鸿泰', '置升', '瑞景', '恒远', '嘉盛'])}${pick(['房地产开发有限公司', '置业有限公司', '房地产开发有限公司'])}`,
      uscc: genUSCC(pick(C.uscReg)), tel: telOf(pj.city), hot: `400-${ri(600, 899)}-${pad(ri(0, 9999), 4)}`,
      legal: mkPerson({ y0: 1962, y1: 1980, city: pj.city, noMinority: true }),
      addr: `${C.prov}${pj.city}市${pick(C.roads)}${ri(1, 500)}号${pick(['', '营销中心', '售楼部'])}`,
    });
  }
  return COS.get(pj.name);
}
function decorOf(co) {
  if (!COS.has(co.name)) {
    const C = CITY[co.city];
    COS.set(co.name, Object.assign(co, {
      uscc: genUSCC(pick(C.uscReg)), tel: telOf(co.city), hot: `400-${ri(600, 899)}-${pad(ri(0, 9999), 4)}`,
      legal: mkPerson({ y0: 1965, y1: 1985, city: co.city, noMinority: true }),
      addr: `${C.prov}${co.city}市${pick(C.roads)}${ri(1, 500)}号${ri(2, 12)}楼`,
      acct: { bank: pick(['招商银行', '工商银行', '建设银行', '兴业银行']) + co.city + pick(BRANCH), no: String(ri(1, 9)) + digits(ri(11, 14)) },
      designers: staffOf(co.name + '#d', co.city, 5), pms: staffOf(co.name + '#p', co.city, 4), cs: staffOf(co.name + '#c', co.city, 3),
    }));
  }
  return COS.get(co.name);
}
const decorInCity = (city) => DECOR.filter((x) => x.city === city);
function decorFor(pj) { const l = decorInCity(pj.city); return decorOf(l.length ? pick(l) : pick(DECOR)); }

// ------------------------------------------------------------------ written forms
const fw = (s) => s.replace(/[0-9A-Za-z@.\-+]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xFEE0));
function fmtMob(m, st = 'plain') {
  const a = m.slice(0, 3), b = m.slice(3, 7), c = m.slice(7);
  switch (st) {
    case 'sp': return `${a} ${b} ${c}`;
    case 'dash': return `${a}-${b}-${c}`;
    case 'p86': return '+86 ' + m;
    case 'p86n': return '+86' + m;
    case 'p86sp': return `+86 ${a} ${b} ${c}`;
    case 'p86d': return '+86-' + m;
    case 'z86': return '0086-' + m;
    case 'par': return '(+86)' + m;
    case 'fw': return fw(m);
    default: return m;
  }
}
const mobStyle = () => pickW([['plain', 72], ['dash', 7], ['sp', 8], ['p86', 3], ['p86n', 2], ['p86sp', 2], ['p86d', 1], ['z86', 1], ['par', 1], ['fw', 4]]);
function fmtId(id, st = 'plain') {
  switch (st) {
    case 'x': return id.replace(/X$/, 'x');
    case 'sp': return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    case 'sp4': return id.replace(/(.{4})(?=.)/g, '$1 ');
    case 'fw': return fw(id);
    case 'xl': return `="${id}"`;
    default: return id;
  }
}
const idStyle = () => pickW([['plain', 88], ['x', 4], ['sp', 4], ['fw', 2], ['sp4', 2]]);
function fmtCard(c, st = 'plain') {
  switch (st) {
    case 'sp': return c.replace(/(.{4})(?=.)/g, '$1 ');
    case 'dash': return c.replace(/(.{4})(?=.)/g, '$1-');
    case 'xl': return `="${c}"`;
    case 'fw': return fw(c);
    default: return c;
  }
}
const cardStyle = () => pickW([['plain', 75], ['sp', 20], ['dash', 5]]);
function fmtTel(t, st = 'dash') {
  const s = t.sub;
  switch (st) {
    case 'par': return `(${t.area})${s}`;
    case 'fpar': return `（${t.area}）${s}`;
    case 'sp': return `${t.area} ${s.slice(0, 4)} ${s.slice(4)}`;
    case 'intl': return `+86-${t.area.slice(1)}-${s}`;
    case 'plain': return t.area + s;
    default: return `${t.area}-${s}`;
  }
}
const telStyle = () => pickW([['dash', 70], ['par', 8], ['fpar', 5], ['sp', 10], ['intl', 3], ['plain', 4]]);
const maskMob = (m) => m.slice(0, 3) + '****' + m.slice(7);
const maskId = (id) => pick([() => id.slice(0, 6) + '********' + id.slice(14), () => id.slice(0, 3) + '*'.repeat(11) + id.slice(14), () => id.slice(0, 4) + '**********' + id.slice(14)])();
const maskName = (n) => pick([() => n[0] + '*'.repeat(n.length - 1), () => (n.length === 3 ? n[0] + '*' + n[2] : n[0] + '*'), () => n[0] + '**'])();
const maskCard = (c) => pick([() => c.slice(0, 4) + ' **** **** ' + c.slice(-4), () => c.slice(0, 6) + '******' + c.slice(-4), () => '**** **** **** ' + c.slice(-4)])();
function badMobile() { return pick(['140', '141', '144', '146', '148', '149', '154', '194']) + digits(8); }
function badId(p) { for (;;) { const s = badId1(p); if (!luhnOk(s.replace('X', ''))) return s; } }
function badId1(p) {
  const r = R();
  if (r < 0.5) { const wrong = '10X98765432'.split('').filter((c) => c !== p.id[17]); return p.id.slice(0, 17) + pick(wrong); }
  if (r < 0.8) { // transposed digits in the birth date / sequence
    for (;;) { const i = ri(8, 15); if (p.id[i] !== p.id[i + 1]) { const s = p.id.slice(0, i) + p.id[i + 1] + p.id[i] + p.id.slice(i + 2); if (!idValid(s)) return s; } }
  }
  // impossible date with a correct check character
  const b17 = p.id.slice(0, 6) + p.id.slice(6, 10) + pick(['0230', '0231', '1331', '0431', '0931', '0002']) + p.id.slice(14, 17);
  return b17 + idCheck(b17);
}
function badCardTypo(p) { for (;;) { const i = ri(6, p.card.length - 2); const d = String((+p.card[i] + ri(1, 9)) % 10); const s = p.card.slice(0, i) + d + p.card.slice(i + 1); if (!luhnOk(s)) return s; } }
function roomOf(style) {
  const b = ri(1, 18), u = ri(1, 3), f = ri(2, 33), r = ri(1, 6);
  switch (style ?? ri(0, 3)) {
    case 0: return `${b}-${u}-${f}${pad(r, 2)}`;
    case 1: return `${b}栋${u}单元${f}${pad(r, 2)}`;
    case 2: return `${b}栋${f}${pad(r, 2)}`;
    default: return `${'ABCDE'[ri(0, 4)]}座${f}${pad(r, 2)}`;
  }
}
const areaOf = () => (ri(7000, 16500) / 100).toFixed(2);
const money = (n) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
function cnMoney(n) {
  const D = '零壹贰叁肆伍陆柒捌玖', U = ['', '拾', '佰', '仟'], BIG = ['', '万', '亿'];
  if (n === 0) return '零元整';
  let s = '', g = 0, zero = false;
  while (n > 0) {
    const part = n % 10000; n = Math.floor(n / 10000);
    let ps = '', z = false;
    for (let i = 0, x = part; i < 4; i++, x = Math.floor(x / 10)) {
      const d = x % 10;
      if (d === 0) { if (ps && !z) { ps = '零' + ps; z = true; } } else { ps = D[d] + U[i] + ps; z = false; }
      if (x < 10 && i < 3 && Math.floor(x / 10) === 0) break;
    }
    if (part) s = ps + BIG[g] + (zero && !s.startsWith('零') ? '零' : '') + s; else zero = true;
    if (part && part < 1000 && n > 0) s = '零' + s;
    g++;
  }
  return s.replace(/零+/g, '零').replace(/零(万|亿)/g, '$1').replace(/^零|零$/g, '') + '元整';
}
const dw = (s) => [...s].reduce((a, c) => a + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
const wpad = (s, w) => s + ' '.repeat(Math.max(1, w - dw(s)));
const csvq = (v, sep = ',') => (/["\n]/.test(v) || v.includes(sep) ? '"' + v.replace(/"/g, '""') + '"' : v);
const xmlq = (v) => String(v).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function table(rows, layout) {
  if (layout === 'csv') return rows.map((r) => r.map((c) => csvq(c)).join(',')).join('\n');
  if (layout === 'tsv') return rows.map((r) => r.join('\t')).join('\n');
  if (layout === 'pipe') return rows.map((r, i) => '| ' + r.join(' | ') + ' |' + (i === 0 ? '\n|' + r.map(() => '---|').join('') : '')).join('\n');
  const w = rows[0].map((_, j) => Math.max(...rows.map((r) => dw(r[j] || ''))) + 2);
  return rows.map((r) => r.map((c, j) => wpad(c, w[j])).join('').trimEnd()).join('\n');
}
// OCR noise for labels and prose (never applied to values)
const OCRMAP = { 证: '讧', 码: '玛', 己: '已', 未: '末', 日: '曰', 人: '入', 贷: '货', 住: '往', 址: '扯', 期: '朗', 甲: '申', 乙: '已', '：': ':', '（': '(', '）': ')' };
function ocr(s, p = 0.06) { return [...s].map((c) => (OCRMAP[c] && chance(p) ? OCRMAP[c] : c) + (/[\u4e00-\u9fff]/.test(c) && chance(p / 2) ? ' ' : '')).join(''); }
function ocrDamage(v) { for (;;) { const i = ri(0, v.length - 1); const m = { 0: 'O', 1: 'l', 8: 'B', 5: 'S' }[v[i]]; if (m) return v.slice(0, i) + m + v.slice(i + 1); } }
function splitAt(s, lo = 4) { const i = ri(lo, s.length - 3); return s.slice(0, i) + '\n' + s.slice(i); }
const STREAM_TAIL = () => pick(['', '', '\n', '\n\n']);

// ------------------------------------------------------------------ document record
class Doc {
  constructor(kind) { this.kind = kind; this.E = new Map(); this.C = new Map(); this.X = new Map(); }
  ent(det, v) { this.E.set(det + '|' + v, { detector: det, value: v }); return v; }
  dc(det, v) { this.C.set(det + '|' + v, { detector: det, value: v }); return v; }
  dec(kind, text) { text = String(text); this.X.set(kind + '|' + text, { kind, text }); return text; }
  N(p) { return this.ent('person_name_zh', p.name); }
  Nd(p) { this.dc('person_name_zh', p.name); return p.name; }
  T(p, t) { if (p.minority) return this.N(p); this.dc('person_name_zh', p.sur + t); this.dc('person_name_zh', p.sur); return p.sur + t; }
  Tg(p) { return this.T(p, p.g === 'M' ? '先生' : '女士'); }
  M(p, st) { this.ent('cn_mobile', p.mobile); return fmtMob(p.mobile, st); }
  I(p, st) { this.ent('cn_resident_id', p.id); return fmtId(p.id, st); }
  B(p, st) { this.ent('bank_card', p.card); return fmtCard(p.card, st); }
  A(p, st) {
    this.ent('email', p.email.toLowerCase());
    if (st === 'cap') return p.email[0].toUpperCase() + p.email.slice(1);
    if (st === 'fw') return p.email.replace('@', '＠');
    return p.email;
  }
  W(p, dom) { const e = workMail(p, dom); this.ent('email', e.toLowerCase()); return e; }
  L(t, st) { this.ent('cn_landline', t.area + t.sub); return fmtTel(t, st); }
  U(co) { this.ent('cn_uscc', co.uscc); return co.uscc; }
  P(p) { this.ent('cn_passport', p.passport); return p.passport; }
  // a Luhn-failing 62... number typed into a card field: dontCare
  Btypo(p) { const s = badCardTypo(p); this.dc('bank_card', s); return s; }
  Mmask(p) { return this.dec('masked_mobile', maskMob(p.mobile)); }
  Imask(p) { return this.dec('masked_id', maskId(p.id)); }
  Nmask(p) { return this.dec('masked_name', maskName(p.name)); }
  Bmask(p) { return this.dec('masked_card', maskCard(p.card)); }
  out(n, text) {
    for (const e of this.E.values()) if (e.detector === 'email') {
      const local = e.value.split('@')[0];
      if (ALLOC_RE.test(local)) this.E.set('cn_mobile|' + local, { detector: 'cn_mobile', value: local });
    }
    for (const k of this.E.keys()) this.C.delete(k);
    return { id: `hd-${this.kind}-${n}`, kind: this.kind, text, entities: [...this.E.values()], dontCare: [...this.C.values()], decoys: [...this.X.values()] };
  }
}
const SOURCES = ['自然到访', '路过', '朋友介绍', '老业主推荐', '抖音', '贝壳找房', '安居客', '链家带看', '户外广告', '电话邀约', '派单', '企业拓客', '小红书'];
const unitPrice = (C) => ri(C.up[0] / 10, C.up[1] / 10) * 10;

// ================================================================== generators
// 1. 认筹登记表 (CSV / TSV)
function genRcRegister() {
  const pj = pick(PROJECTS), d = new Doc('rc_register'), staff = staffOf(pj.name, pj.city);
  const t0 = rdate(2023, 2025), amt = pick(['20000', '30000', '50000', '100000']);
  const withMail = chance(0.45), withCard = chance(0.85), sep = chance(0.8) ? ',' : '\t', ms = mobStyle();
  const hdr = ['序号', '认筹编号', '客户姓名', '证件类型', '证件号码', '手机号码'];
  if (withMail) hdr.push('电子邮箱');
  hdr.push('认筹金额', '支付方式', '交易参考号');
  if (withCard) hdr.push('退款开户行', '退款卡号');
  hdr.push('置业顾问', '认筹日期', '备注');
  const L = [];
  if (chance(0.7)) L.push(`${pj.name}${pick(['一期', '二期', '三期', ''])}认筹登记表${chance(0.5) ? '（截至' + ds(addDays(t0, ri(3, 12))) + '）' : ''}` + (sep === ',' ? ',,,,' : ''));
  L.push(hdr.join(sep));
  const n = ri(5, 16); let no = ri(1, 300);
  for (let i = 0; i < n; i++) {
    const p = customer(pj), row = [String(i + 1), d.dec('rc_no', `${pj.abbr}-RC-${pad(no++, 4)}`), d.N(p)];
    let remark = '';
    const r = R();
    if (r < 0.03) { row.push('护照', d.P(p)); }
    else if (r < 0.08) { row.push('身份证', d.dec('bad_id', badId(p))); remark = '证件号码校验不通过，待客户补资料'; }
    else if (r < 0.09 && sep === ',') { row.push('身份证', d.dec('excel_sci', (+p.id.slice(0, 6) / 100000).toFixed(5) + 'E+17')); remark = '证件号被表格转了格式，见纸质登记表'; d.Nd(p); }
    else row.push('身份证', d.I(p, sep === ',' && chance(0.08) ? 'xl' : pickW([['plain', 90], ['x', 4], ['sp', 6]])));
    if (chance(0.03)) { row.push(d.dec('bad_mobile', badMobile())); remark ||= '电话空号，已微信联系'; }
    else row.push(d.M(p, ms));
    if (withMail) row.push(chance(0.7) ? d.A(p, chance(0.05) ? 'cap' : undefined) : '');
    const pay = pick(['POS刷卡', 'POS刷卡', '银行转账', '微信', '转账']);
    row.push(d.dec('amount', amt), pay, pay === 'POS刷卡' ? d.dec('pos_ref', pad(ri(0, 999999999999), 12)) : pay === '微信' ? d.dec('pay_no', '42000' + ri(10, 29) + digits(3) + ds(t0, '') + digits(10)) : '');
    if (withCard) {
      if (pay === '微信' && chance(0.6)) row.push('', '原路退回');
      else if (chance(0.03)) { row.push(bankOf(p.card), d.Btypo(p)); remark ||= '卡号位数存疑，需核对银行卡复印件'; }
      else row.push(bankOf(p.card) + (chance(0.5) ? CITY[pj.city].dists[0] + '支行' : ''), d.B(p, pickW([['plain', 80], ['sp', 15], ['xl', sep === ',' ? 5 : 0]])));
    }
    row.push(chance(0.9) ? d.N(pick(staff)) : d.dec('title', pick(['案场经理', '销售经理', '前台'])));
    row.push(d.dec('date', ds(addDays(t0, ri(-10, 0)), pick(['-', '/', '.']))));
    if (!remark) {
      const q = R();
      if (q < 0.1) { const ref = customer(pj); remark = `老带新 推荐人${d.N(ref)} ${d.M(ref)}`; }
      else if (q < 0.17) remark = `意向${d.dec('room_no', roomOf(0))}`;
      else if (q < 0.24) { const co = spouseOf(p, pj.city); remark = `与${d.Nd(co)}共同认筹`; }
      else if (q < 0.3) remark = lz(() => '首套 公积金', () => '二套', () => '全款', () => '已看过' + d.dec('project', pick(PROJECTS.filter((x) => x !== pj)).name), () => '等学位房政策');
    }
    row.push(remark);
    L.push(row.map((c) => (sep === ',' ? csvq(c) : c)).join(sep));
  }
  if (chance(0.4)) L.push(`合计${sep}${sep}${n}组${sep.repeat(hdr.length - 3)}`);
  return [d, L.join('\n') + '\n'];
}

// 2. 案场来访客户登记表
function genVisitLog() {
  const pj = pick(PROJECTS), C = CITY[pj.city], d = new Doc('visit_log'), staff = staffOf(pj.name, pj.city);
  const t = rdate(2023, 2025), layout = pick(['pipe', 'fixed', 'tsv', 'csv']), ms = mobStyle();
  const rows = [['序号', '来访日期', '客户姓名', '性别', '联系电话', '来访', '居住区域', '意向户型', '认知途径', '置业顾问', '等级', '备注']];
  const n = ri(6, 18);
  for (let i = 0; i < n; i++) {
    const p = customer(pj), r = R();
    const name = r < 0.6 ? d.N(p) : r < 0.88 ? d.Tg(p) : r < 0.94 ? d.N(p) + '夫妇' : d.T(p, p.g === 'M' ? '哥' : '姐');
    const q = R();
    const tel = q < 0.77 ? d.M(p, ms) : q < 0.8 ? d.dec('bad_mobile', chance(0.5) ? badMobile() : p.mobile.slice(0, 10)) : q < 0.92 ? d.Mmask(p) : pick(['未留', '不愿留', '/']);
    const hx = `${pick(['两房', '三房', '三房', '四房'])}${d.dec('area', ri(78, 143) + '㎡')}`;
    const cons = chance(0.9) ? d.N(pick(staff)) : d.dec('title', pick(['前台', '案场经理', '销售主管']));
    let rem = '';
    const z = R();
    if (z < 0.12) { const c2 = spouseOf(p, pj.city); rem = `陪同人：${d.N(c2)}（${p.g === 'M' ? '妻子' : '丈夫'}）`; }
    else if (z < 0.2) rem = '对比' + d.dec('project', pick(PROJECTS.filter((x) => x !== pj && x.city === pj.city).concat(PROJECTS[0])).name);
    else if (z < 0.45) rem = pick(['关注学位', '预算300万内', '需要和家人商量', '二次置业', '首付不够，考虑公积金', '想要高楼层', '问车位', '嫌贵', '周末带父母再来']);
    rows.push([String(i + 1), d.dec('date', dmd(addDays(t, ri(0, 6)))), name, p.g === 'M' ? '男' : '女', tel, pick(['首访', '首访', '二访', '复访']), pick(C.dists), hx, pick(SOURCES), cons, pick(['A', 'B', 'B', 'C', 'D']), rem]);
  }
  const head = `${pj.name}案场来访客户登记表　${dcn(t)}—${dmd(addDays(t, 6))}\n`;
  return [d, head + table(rows, layout) + '\n' + (chance(0.5) ? `\n来访合计：${n}组　　登记人：${d.N(pick(staff))}\n` : '')];
}

// 3. 选房公示 (masked) / 选房确认单
function genXuanfang() {
  const pj = pick(PROJECTS), C = CITY[pj.city], d = new Doc('xuanfang'), dev = devOf(pj), t = rdate(2023, 2025);
  if (chance(0.5)) {
    const rows = [['选房顺序号', '认筹编号', '客户姓名', '证件号码', '选定房号', '建筑面积(㎡)', '备案单价(元/㎡)']];
    const n = ri(10, 30); let no = ri(1, 200);
    for (let i = 0; i < n; i++) {
      const p = mkPerson({ regs: chance(0.65) ? C.reg : MIG, city: pj.city }), up = unitPrice(C);
      rows.push([String(i + 1), d.dec('rc_no', `${pj.abbr}${pad(no++, 4)}`), d.Nmask(p), d.Imask(p), d.dec('room_no', roomOf(0)), d.dec('area', areaOf()), d.dec('price', String(up))]);
    }
    const notary = mkPerson({ city: pj.city, y0: 1970, y1: 1990, noMinority: true });
    const txt = `${pj.name}${pick(['首批', '二批', '加推'])}选房结果公示\n\n根据${pj.city}市商品住房销售有关规定，现将${dcn(t)}公开选房结果公示如下（客户信息已脱敏处理）：\n\n${table(rows, pick(['pipe', 'fixed', 'tsv']))}\n\n公示期：${dcn(t)}至${dcn(addDays(t, 5))}\n公证员：${d.N(notary)}（${pj.city}市${pick(['南方', '广信', '国信', '东方'])}公证处）\n监督电话：${d.L(dev.tel, telStyle())}　销售热线：${d.dec('hotline', dev.hot)}\n${dev.name}\n`;
    return [d, txt];
  }
  const p = customer(pj), staff = pick(staffOf(pj.name, pj.city)), up = unitPrice(C), ar = areaOf(), total = Math.round(ar * up);
  const co = chance(0.35) ? spouseOf(p, pj.city) : null;
  const L = [`${pj.name} 选房确认单`, '', `选房顺序号：${ri(1, 300)}　　认筹编号：${d.dec('rc_no', `${pj.abbr}-RC-${pad(ri(1, 900), 4)}`)}`,
    `客户姓名：${d.N(p)}${co ? '、' + d.N(co) : ''}`, `证件号码：${d.I(p, idStyle())}${co ? '；' + d.I(co) : ''}`, `联系电话：${d.M(p, mobStyle())}`,
    `选定房源：${d.dec('room_no', roomOf(1))}　户型：${pick(['A1', 'B2', 'C3', 'D1'])}户型（${pick(['三房两厅两卫', '四房两厅两卫', '两房两厅一卫'])}）`,
    `建筑面积：${d.dec('area', ar + '㎡')}　套内面积：${(ar * 0.78).toFixed(2)}㎡`, `单价：${d.dec('price', up + '元/㎡')}　总价：${d.dec('total_price', money(total) + '元')}`,
    `付款方式：${pick(['商业按揭', '公积金贷款', '组合贷款', '一次性付款'])}`, '',
    '本人已知悉所选房源情况，确认选定上述房源，并于选房当日签订《认购书》，逾期视为自动放弃。', '',
    `客户签字：${p.name}${co ? '　' + co.name : ''}　　　置业顾问：${d.N(staff)}　　　日期：${d.dec('date', ds(t))}`];
  return [d, L.join('\n') + '\n'];
}

// 4. 商品房认购书
function genSubscription() {
  const pj = pick(PROJECTS), C = CITY[pj.city], d = new Doc('subscription'), dev = devOf(pj), t = rdate(2023, 2025);
  const staff = pick(staffOf(pj.name, pj.city)), ms = mobStyle(), pdf = chance(0.3);
  const buyers = [customer(pj)]; if (chance(0.45)) buyers.push(spouseOf(buyers[0], pj.city));
  const rm = roomOf(pick([0, 1])), ar = areaOf(), up = unitPrice(C), total = Math.round(ar * up), dep = pick([50000, 100000, 200000]);
  const no = d.dec('contract_no', `${pj.abbr}-RG-${t.y}-${pad(ri(1, 1800), 4)}`);
  const L = [`商品房认购书`, ``, `认购书编号：${no}`, ``, `出卖人（甲方）：${dev.name}`, `统一社会信用代码：${d.U(dev)}`, `法定代表人：${d.N(dev.legal)}`, `地址：${dev.addr}`, `联系电话：${d.L(dev.tel, telStyle())}`, ``];
  buyers.forEach((b, k) => {
    const passport = k === 0 && chance(0.05);
    L.push(`${k === 0 ? '买受人（乙方）' : '共同买受人'}：${d.N(b)}　性别：${b.g === 'M' ? '男' : '女'}`);
    if (passport) L.push(`证件类型：护照　证件号码：${d.P(b)}`);
    else { let v = d.I(b, idStyle()); if (pdf && chance(0.5)) v = splitAt(v); L.push(`证件类型：居民身份证　证件号码：${v}`); }
    L.push(`联系电话：${d.M(b, ms)}`);
    if (k === 0) { L.push(`通讯地址：${b.addr}`); L.push(`邮政编码：${d.dec('postcode', CITY[pj.city].zip + pad(ri(0, 99), 2))}`); if (chance(0.6)) L.push(`电子邮箱：${d.A(b)}`); }
  });
  if (chance(0.15)) { const ag = mkPerson({ city: pj.city }); L.push(`委托代理人：${d.N(ag)}　身份证号：${d.I(ag)}　电话：${d.M(ag)}`); }
  L.push('', `甲乙双方经协商，就乙方认购甲方开发的“${d.dec('project', pj.name)}”商品房事宜，达成如下条款：`,
    `第一条 乙方认购的房屋为${rm}房（以下简称该房屋），建筑面积${d.dec('area', ar)}平方米，按建筑面积计算单价为人民币${d.dec('price', String(up))}元/平方米，总价款为人民币${d.dec('total_price', String(total))}元（大写：${cnMoney(total)}）。`,
    `第二条 乙方于签订本认购书时向甲方支付定金人民币${dep}元（大写：${cnMoney(dep)}），认筹金${d.dec('rc_no', `${pj.abbr}-RC-${pad(ri(1, 900), 4)}`)}号转为定金。`,
    `第三条 乙方选择${pick(['商业贷款', '公积金贷款', '组合贷款', '一次性'])}方式付款，并应于${dcn(addDays(t, 7))}前签订《商品房买卖合同》并支付首期房款。`,
    '第四条 乙方逾期未签订买卖合同的，甲方有权另行出售该房屋，定金不予退还。',
    '第五条 本认购书一式三份，甲方执两份，乙方执一份，自双方签字盖章之日起生效。', '',
    `甲方（盖章）：${dev.name}`, `乙方（签字）：${buyers.map((b) => b.name).join('　')}`, `置业顾问：${d.N(staff)}　${d.M(staff)}`, `签订日期：${d.dec('date', dcn(t))}`);
  if (pdf) L.push('', `第 1 页 共 ${ri(2, 4)} 页`);
  return [d, L.join('\n') + '\n'];
}

// 5. 网签合同 OCR (party block of 商品房买卖合同)
function genWangqianOcr() {
  const pj = pick(PROJECTS), d = new Doc('wangqian_ocr'), dev = devOf(pj), t = rdate(2023, 2025);
  const buyers = [customer(pj)]; if (chance(0.5)) buyers.push(spouseOf(buyers[0], pj.city));
  const o = (s) => ocr(s);
  const L = [];
  L.push(o(`商品房买卖合同（预售）`), o(`合同编号：`) + d.dec('contract_no', `${t.y}${pick(['预', 'YS', 'Y'])}${pad(ri(1, 999999), 6)}`));
  if (chance(0.6)) L.push(o('网签备案号：') + d.dec('filing_no', ds(t, '') + digits(7)));
  L.push('', o('出卖人：') + dev.name, o('通讯地址：') + dev.addr, o('营业执照注册号/统一社会信用代码：') + d.U(dev), o('法定代表人：') + d.N(dev.legal) + '   ' + o('联系电话：') + d.L(dev.tel, pick(['dash', 'sp', 'plain'])));
  const agent = pick(staffOf(pj.name, pj.city));
  L.push(o('委托销售经纪机构：') + `${pj.city}${pick(['中原', '世联', '合富', '同策'])}房地产代理有限公司`, o('委托代理人：') + d.N(agent) + '  ' + o('联系电话：') + d.M(agent), '');
  buyers.forEach((b) => {
    L.push(o('买受人：') + (chance(0.3) ? [...b.name].join(' ') : d.N(b)));
    if (!d.E.has('person_name_zh|' + b.name)) d.N(b);
    L.push(o('【法定代表人】【负责人】：') + '/');
    L.push(o('【国籍】【户籍所在地】：') + '中国');
    L.push(o('证件类型：【居民身份证】【护照】【营业执照】【  】'));
    const r = R();
    let v;
    if (r < 0.12) { v = ocrDamage(b.id); d.dc('cn_resident_id', b.id); }
    else if (r < 0.3) v = d.I(b, 'sp4');
    else if (r < 0.45) v = splitAt(d.I(b));
    else v = d.I(b, chance(0.2) ? 'x' : 'plain');
    L.push(o('证号：') + v);
    L.push(o('出生日期：') + `${b.birth.y}年${pad(b.birth.m, 2)}月${pad(b.birth.d, 2)}日  ` + o('性别：') + (b.g === 'M' ? '男' : '女'));
    L.push(o('通讯地址：') + b.addr);
    let m;
    if (chance(0.1)) { m = ocrDamage(b.mobile); d.dc('cn_mobile', b.mobile); } else m = d.M(b, pick(['plain', 'plain', 'sp']));
    L.push(o('联系电话：') + m + '   ' + o('邮政编码：') + d.dec('postcode', CITY[pj.city].zip + pad(ri(0, 99), 2)));
    L.push('');
  });
  L.push(o(`第一条 项目建设依据`), o(`出卖人以【出让】方式取得坐落于${pj.city}市的地块的建设用地使用权，该地块【国有土地使用证号】【不动产权证号】为`) + d.dec('property_cert', `${PROV_ABBR[CITY[pj.city].prov]}（${t.y - 2}）${pj.city}市不动产权第${pad(ri(1, 999999), 7)}号`) + o('，土地使用权面积为') + `${ri(20000, 90000)}.${ri(10, 99)}` + o('平方米。'));
  L.push('', o('出卖人（签字或盖章）：') + '          ' + o('买受人（签字或盖章）：'), o('【法定代表人】（签字或盖章）：') + '      ' + o('【委托代理人】（签字或盖章）：'), o('签订时间：') + `${t.y} ${o('年')} ${t.m} ${o('月')} ${t.d} ${o('日')}`, o('签订地点：') + `${pj.name}${o('营销中心')}`);
  if (chance(0.5)) L.push('', `-- ${ri(1, 3)} --`);
  return [d, L.join('\n') + '\n'];
}

// 6. 个人住房贷款申请表 (form)
function genMortgageForm() {
  const pj = pick(PROJECTS), C = CITY[pj.city], d = new Doc('mortgage_form'), t = rdate(2023, 2025);
  const p = customer(pj), married = chance(0.6), sp = married ? spouseOf(p, pj.city) : null;
  const bank = pick(['中国建设银行', '中国工商银行', '招商银行', '中国农业银行', '中国银行']);
  const mgr = mkPerson({ city: pj.city, y0: 1985, y1: 1998, noMinority: true }), ajz = pick(staffOf(pj.name + '#aj', pj.city, 2));
  const up = unitPrice(C), ar = areaOf(), total = Math.round(ar * up), loan = Math.round(total * pick([0.6, 0.65, 0.7]) / 10000) * 10000;
  const ms = mobStyle(), cbx = (b) => (b ? '■' : '□');
  const emp = pick([`${pj.city}某某科技有限公司`, `${pj.city}某电子有限公司`, `${pj.city}市第一人民医院`, `${pj.city}市某中学`, '个体经营', `${pj.city}某某建设集团有限公司`, '某银行分行']);
  const L = [`${bank}个人住房贷款申请表`, `申请编号：${d.dec('app_no', 'ML' + ds(t, '') + digits(5))}　　受理网点：${bank === '中国银行' ? bank : bank.replace('中国', '')}${pj.city}${pick(BRANCH)}`, '',
    '一、借款人基本情况',
    `姓名：${d.N(p)}　　性别：${cbx(p.g === 'M')}男 ${cbx(p.g === 'F')}女　　出生日期：${ds(p.birth)}`,
    `证件类型：■居民身份证 □护照 □其他　　证件号码：${d.I(p, idStyle())}`,
    `婚姻状况：${cbx(!married)}未婚 ${cbx(married)}已婚 □离异 □丧偶　　学历：${pick(['本科', '大专', '硕士', '高中'])}`,
    `手机号码：${d.M(p, ms)}　　住宅电话：${chance(0.25) ? d.L(telOf(pj.city), telStyle()) : '无'}`,
    `电子邮箱：${chance(0.85) ? d.A(p, chance(0.1) ? 'cap' : undefined) : '无'}`,
    `现住址：${p.addr}`,
    `工作单位：${emp}　　单位电话：${chance(0.5) ? d.L(telOf(pj.city), telStyle()) + (chance(0.3) ? '转' + ri(800, 8999) : '') : ''}`,
    `职务：${pick(['职员', '工程师', '主管', '经理', '教师', '医生', '自由职业'])}　　月收入：${ri(8, 60) * 1000}元`];
  if (married) L.push('', '二、配偶（共同借款人）情况', `姓名：${d.N(sp)}　　证件号码：${d.I(sp, idStyle())}`, `手机号码：${d.M(sp, ms)}　　工作单位：${pick(['同上', '某某有限公司', '事业单位', '无'])}`);
  L.push('', `${married ? '三' : '二'}、购房及贷款信息`, `楼盘名称：${d.dec('project', pj.name)}　　房号：${d.dec('room_no', roomOf(0))}`,
    `购房合同编号：${d.dec('contract_no', ds(t, '') + pad(ri(1, 99999), 5))}　　房屋总价：${d.dec('total_price', money(total))}元`,
    `首付款：${money(total - loan)}元　　申请贷款金额：${loan / 10000}万元　　期限：${pick([240, 300, 360])}个月　　还款方式：${pick(['等额本息', '等额本金'])}`, '',
    '还款账户', `户名：${p.name}　　开户行：${bankOf(p.card)}${pj.city}${pick(BRANCH)}`);
  const r = R();
  L.push(`账号：${r < 0.04 ? d.Btypo(p) : d.B(p, cardStyle())}`);
  L.push('', `本人保证以上所填内容真实有效，并授权贵行查询本人征信。`, `借款人签字：${p.name}　　${married ? '共同借款人签字：' + sp.name + '　　' : ''}日期：${dcn(t)}`, '',
    `客户经理：${d.N(mgr)}　电话：${d.M(mgr)}　　开发商按揭专员：${d.N(ajz)}　${d.M(ajz, 'dash')}`);
  return [d, L.join('\n') + '\n'];
}

// 7. 按揭资料 XML (developer-bank interface batch)
function genMortgageXml() {
  const pj = pick(PROJECTS), C = CITY[pj.city], d = new Doc('mortgage_xml'), t = rdate(2023, 2025);
  const n = ri(2, 6), out = [`<?xml version="1.0" encoding="UTF-8"?>`, `<LoanBatch batchNo="${d.dec('batch_no', 'B' + ds(t, '') + pad(ri(1, 99), 3))}" project="${xmlq(d.dec('project', pj.name))}" sendTime="${d.dec('date', `${ds(t)}T${hms()}`)}">`];
  for (let i = 0; i < n; i++) {
    const p = customer(pj), co = chance(0.5) ? spouseOf(p, pj.city) : null, up = unitPrice(C), ar = areaOf();
    out.push(`  <LoanApp appNo="${d.dec('app_no', 'ML' + ds(t, '') + digits(5))}">`,
      `    <Borrower>`, `      <Name>${d.N(p)}</Name>`, `      <IdType>01</IdType>`, `      <IdNo>${d.I(p)}</IdNo>`, `      <Mobile>${d.M(p)}</Mobile>`,
      `      <Email>${chance(0.8) ? d.A(p) : ''}</Email>`, `      <Income>${ri(8, 50) * 1000}</Income>`, `    </Borrower>`);
    if (co) out.push(`    <CoBorrower relation="配偶">`, `      <Name>${d.N(co)}</Name>`, `      <IdType>01</IdType>`, `      <IdNo>${d.I(co)}</IdNo>`, `      <Mobile>${d.M(co)}</Mobile>`, `    </CoBorrower>`);
    out.push(`    <House room="${d.dec('room_no', roomOf(0))}" area="${d.dec('area', ar)}" price="${Math.round(ar * up)}.00"/>`,
      `    <RepayAcct bank="${bankOf(p.card)}">${d.B(p)}</RepayAcct>`, `    <LoanAmt>${d.dec('amount', ri(80, 400) * 10000 + '.00')}</LoanAmt>`, `    <Term>${pick([240, 300, 360])}</Term>`, `  </LoanApp>`);
  }
  out.push(`</LoanBatch>`);
  return [d, out.join('\n') + '\n'];
}

// 8. 交房验房记录
const ISSUES = ['客厅墙面空鼓约0.2㎡', '主卧窗户密封胶条脱落', '卫生间地漏坡度不足，积水', '厨房烟道止逆阀缺失', '入户门猫眼划痕', '次卧地面找平误差5mm', '阳台栏杆锈点', '空调孔未封堵', '开关面板松动', '飘窗渗水痕迹', '防盗门锁芯卡顿', '天花裂缝约40cm', '主卫防水层未过门槛', '强电箱未贴回路标签', '燃气管道未通气', '外墙窗框打胶不饱满'];
function genHandoverInspect() {
  const pj = pick(PROJECTS), d = new Doc('handover_inspect'), t = rdate(2024, 2025), p = customer(pj);
  const wy = staffOf(pj.name + '#wy', pj.city, 4), gc = staffOf(pj.name + '#gc', pj.city, 3);
  const rm = d.dec('room_no', roomOf(0)), iss = sample(ISSUES, ri(2, 7));
  const L = [`${pj.name} 集中交付 验房记录表`, '', `房号：${rm}　　业主：${d.N(p)}　　联系电话：${d.M(p, mobStyle())}`,
    `验房日期：${d.dec('date', ds(t))}　${hm(9, 17)}`, `陪验人：（物业）${d.N(pick(wy))}　（工程）${d.N(pick(gc))}`];
  if (chance(0.3)) { const v = mkPerson({ city: pj.city, noMinority: true }); L.push(`第三方验房师：${d.N(v)}（${pick(['安居验房', '房小二验房', '验房帮'])}）　${d.M(v)}`); }
  if (chance(0.25)) { const c = spouseOf(p, pj.city); L.push(`委托验房人：${d.N(c)}　身份证：${d.I(c)}　（附授权委托书）`); }
  L.push('', '序号  部位/问题描述                          整改时限   责任单位');
  iss.forEach((x, i) => L.push(`${i + 1}     ${wpad(x, 38)} ${pick(['7天', '15天', '30天'])}      ${pick(['总包', '精装单位', '门窗单位', '物业'])}`));
  L.push('', `水表读数：${ri(0, 9)}.${ri(0, 9)}m³　电表读数：${ri(0, 30)}.${ri(0, 9)}kWh　电表号：${d.dec('meter_no', '0' + digits(11))}`,
    `钥匙：入户门${ri(3, 5)}把　信报箱1把　门禁卡${ri(2, 4)}张`, '', `业主确认签字：${p.name}　　　　陪验人签字：${d.N(pick(wy))}`,
    `维修进度查询：物业服务中心 ${d.L(telOf(pj.city), 'dash')}`);
  return [d, L.join('\n') + '\n'];
}

// 9. 业主交付名单 (TSV / CSV)
function genOwnerList() {
  const pj = pick(PROJECTS), d = new Doc('owner_list'), t = rdate(2024, 2025), layout = pick(['tsv', 'csv', 'fixed']);
  const rows = [['房号', '业主姓名', '身份证号', '联系电话', '交付状态', '交付日期', '车位', '钥匙领取人', '备注']];
  const n = ri(8, 20), b = ri(1, 12);
  for (let i = 0; i < n; i++) {
    const p = customer(pj), co = chance(0.3) ? spouseOf(p, pj.city) : null;
    const names = co ? `${d.N(p)}/${d.N(co)}` : d.N(p);
    const ids = co && chance(0.5) ? `${d.I(p)}/${d.I(co)}` : d.I(p);
    const tel = co && chance(0.4) ? `${d.M(p)}/${d.M(co)}` : d.M(p, pick(['plain', 'plain', 'dash']));
    const st = pick(['已交付', '已交付', '已交付', '未交付', '预约中']);
    let key = '', rem = '';
    if (st === '已交付') { const r = R(); key = r < 0.7 ? '本人' : r < 0.85 && co ? co.name : (() => { const k = mkPerson({ city: pj.city }); return `${d.N(k)}(委托)`; })(); }
    if (chance(0.2)) rem = pick(['有维修单', '按揭未放款', '待补契税', '车位另签', '业主在外地']);
    rows.push([d.dec('room_no', `${b}-${ri(1, 2)}-${ri(2, 32)}${pad(ri(1, 4), 2)}`), names, ids, tel, st, st === '已交付' ? d.dec('date', ds(addDays(t, ri(0, 20)), '/')) : '', chance(0.5) ? d.dec('parking_no', `${pick(['B1', 'B2', '-1', '-2'])}-${ri(1, 480)}`) : '', key, rem]);
  }
  return [d, `${pj.name}${b}栋交付台账（物业客服中心）\n` + table(rows, layout) + '\n'];
}

// 10. 回迁安置名单 (legacy 15-digit IDs)
function genResettle() {
  const city = pick(['广州', '深圳', '杭州', '武汉']), C = CITY[city], d = new Doc('resettle_list'), t = rdate(2023, 2025);
  const village = pick(['石牌村', '冼村', '猎德村', '沙河村', '前进村', '东圃村', '岗厦村', '渔民村']);
  const rows = [['序号', '户主姓名', '身份证号码', '家庭人口', '原宅基地面积', '安置面积', '安置房号', '联系电话', '签字']];
  const n = ri(8, 22);
  for (let i = 0; i < n; i++) {
    const reg = pick(C.reg), p = mkPerson({ regs: [reg], y0: 1938, y1: 1985, city, noMinority: true });
    let idtxt;
    if (p.birth.y < 1980 && chance(0.55)) { const s15 = p.id.slice(0, 6) + p.id.slice(8, 17); idtxt = s15; d.ent('cn_resident_id', p.id); }
    else idtxt = d.I(p);
    const tel = chance(0.8) ? d.M(p) : chance(0.5) ? d.L(telOf(city), pick(['plain', 'dash'])) : '';
    rows.push([String(i + 1), d.N(p), idtxt, String(ri(2, 8)), d.dec('area', ri(60, 240) + '㎡'), d.dec('area', ri(80, 480) + '㎡'), d.dec('room_no', roomOf(0)), tel, '']);
  }
  const txt = `${C.dists[0]}区${village}旧改项目回迁安置名单（第${pick(['一', '二', '三'])}批）\n制表日期：${ds(t)}\n\n${table(rows, pick(['fixed', 'tsv', 'csv']))}\n\n注：身份证号码按村民原始登记资料录入，部分为旧版15位号码。\n`;
  return [d, txt];
}

// 11. 量房预约 CRM JSON (家装)
function genMeasureJson() {
  const co = decorOf(pick(DECOR)), d = new Doc('measure_json'), t = rdate(2023, 2025), C = CITY[co.city];
  const n = ri(3, 10), arr = [];
  const projs = PROJECTS.filter((x) => x.city === co.city);
  for (let i = 0; i < n; i++) {
    const pj = pick(projs.length ? projs : PROJECTS), p = customer(pj), des = pick(co.designers);
    const r = R();
    const o = {
      leadId: d.dec('lead_id', 'L' + ds(t, '') + pad(ri(1, 99999), 5)),
      customerName: r < 0.75 ? d.N(p) : r < 0.92 ? d.Tg(p) : d.dec('placeholder', pick(projs.length ? [pick(projs).name + '业主', '业主'] : ['业主'])),
      gender: p.g === 'M' ? 1 : 2,
      phone: chance(0.15) ? Number(d.M(p)) : d.M(p, pick(['plain', 'plain', 'plain', 'sp', 'p86n'])),
    };
    if (chance(0.3)) o.wechat = chance(0.5) ? d.M(p) : 'wxid_' + Array.from({ length: 10 }, () => pick('abcdefghjkmnpqrstuvwxyz0123456789'.split(''))).join('');
    if (chance(0.25)) o.email = d.A(p);
    Object.assign(o, {
      city: co.city, community: d.dec('project', pj.name), houseNo: d.dec('room_no', roomOf(chance(0.5) ? 0 : 1)), area: Number(ri(70, 180)),
      houseType: pick(['毛坯', '精装改造', '二手房翻新', '局部改造']), style: pick(['现代简约', '奶油风', '新中式', '轻奢', '原木风', '北欧']),
      budget: pick(['15-20万', '20-30万', '30万以上', '10万以内', '待定']), source: pick(['抖音', '小红书', '老客户转介', '小区地推', '土巴兔', '门店到访', '家博会']),
      measureTime: d.dec('date', `${ds(addDays(t, ri(1, 7)))} ${pick(['10:00', '14:00', '15:30', '19:00'])}`),
      ...(chance(0.88) ? { designer: d.N(des), designerPhone: chance(0.5) ? d.M(des) : '' } : { designer: d.dec('placeholder', '待分配'), designerPhone: '' }),
      status: pick(['待量房', '已量房', '已出方案', '已签约', '流失']), createdAt: Number(d.dec('timestamp', msTs(t))),
      avatar: `https://cdn.${co.dom}/static/${d.dec('email_like', 'avatar_default@2x.png')}`,
      remark: lz(() => '', () => '', () => '业主要求周末量', () => `物业要求装修押金，联系物业${d.Tg(mkPerson({ noMinority: true }))}`, () => '意向全包', () => '预算有限，先出平面', () => '对比过' + d.dec('brand', pick(['业之峰', '东易日盛', '金螳螂家', '龙发装饰'])), () => ''),
    });
    arr.push(o);
  }
  const wrap = chance(0.5) ? { code: 0, msg: 'success', data: { total: n, page: 1, list: arr } } : arr;
  return [d, JSON.stringify(wrap, null, chance(0.7) ? 2 : 0) + '\n'];
}

// 12. 设计师跟进表 CSV
function genFollowup() {
  const co = decorOf(pick(DECOR)), d = new Doc('designer_followup'), t = rdate(2023, 2025), des = pick(co.designers);
  const projs = PROJECTS.filter((x) => x.city === co.city);
  const rows = [['日期', '客户', '电话', '小区', '房号', '面积', '跟进阶段', '跟进内容', '下次跟进', '设计师']];
  const n = ri(6, 18), ms = mobStyle();
  for (let i = 0; i < n; i++) {
    const pj = pick(projs.length ? projs : PROJECTS), p = customer(pj), r = R();
    const nm = r < 0.65 ? d.N(p) : r < 0.9 ? d.Tg(p) : d.dec('placeholder', pick(['业主', '老客户转介', pj.name + '业主']));
    const tel = chance(0.85) ? d.M(p, ms) : d.Mmask(p);
    const stage = pick(['初次沟通', '已量房', '平面方案', '效果图', '报价', '签约', '流失']);
    const cont = lz(
      () => '客户说老婆不喜欢深色，平面改两版', () => '预算卡在25万，主材想自己买', () => `约了${dmd(addDays(t, 2))}来店看材料`, () => '对报价有异议，说隔壁家便宜3万',
      () => `客户在对比${d.dec('brand', pick(['业之峰', '东易日盛', '龙发装饰']))}，需要尽快出效果图`, () => '要求阳台做洗衣柜+收纳', () => '老人房要做适老化',
      () => `业主${p.g === 'M' ? '老婆' : '老公'}${chance(0.5) ? '' : '（电话同上）'}负责拍板`, () => '已发方案，未回复', () => '交了2000元设计定金', () => '家里有猫，沙发要耐抓',
      () => `推荐人：${d.N(customer(pj))}（老客户）`, () => `橱柜指定${d.dec('brand', pick(['欧派', '金牌橱柜', '司米橱柜']))}`);
    rows.push([d.dec('date', ds(addDays(t, i), '/')), nm, tel, d.dec('project', pj.name), d.dec('room_no', roomOf(chance(0.5) ? 0 : 1)), ri(70, 180) + '㎡', stage, cont, dmd(addDays(t, i + ri(2, 7))), d.N(des)]);
  }
  return [d, table(rows, chance(0.8) ? 'csv' : 'tsv') + '\n'];
}

// 13. 工地施工日志
const WORK = ['水电开槽、布管', '水电验收、打压试验', '卫生间防水（两遍）闭水试验', '贴墙砖', '地面找平', '吊顶龙骨', '石膏板封板', '木作柜体', '墙面批腻子第一遍', '墙面打磨', '乳胶漆第一遍', '铺地砖', '橱柜测量', '门窗套安装', '开关面板安装', '保洁'];
function genSiteLog() {
  const co = decorOf(pick(DECOR)), d = new Doc('site_log'), projs = PROJECTS.filter((x) => x.city === co.city);
  const pj = pick(projs.length ? projs : PROJECTS), p = customer(pj), pm = pick(co.pms), t0 = rdate(2023, 2025);
  const gz = mkPerson({ city: co.city, y0: 1965, y1: 1990, g: 'M', noMinority: true });
  const rm = d.dec('room_no', roomOf(0)), days = ri(1, 4), L = [];
  L.push(`【施工日志】${d.dec('project', pj.name)}${rm} ${d.Tg(p)}家`, `施工单位：${co.short}　合同编号：${d.dec('contract_no', `${co.abbr}-${t0.y}-${pad(ri(1, 999), 4)}`)}`,
    `项目经理：${d.N(pm)} ${d.M(pm)}　　工长：${d.N(gz)} ${d.M(gz, pick(['plain', 'dash']))}`, '');
  for (let k = 0; k < days; k++) {
    const t = addDays(t0, k * ri(1, 3));
    const w1 = mkPerson({ g: 'M', noMinority: true }), w2 = mkPerson({ g: 'M', noMinority: true });
    L.push(`日期：${d.dec('date', ds(t))}（${wk(t)}）　天气：${pick(['晴', '多云', '小雨', '阴'])}`,
      `今日施工：${sample(WORK, 2).join('；')}`,
      `进场人员：${pick(['水电工', '泥工', '木工', '油漆工'])} ${d.T(w1, '师傅')}、${d.T(w2, '师傅')}，共${ri(2, 5)}人`,
      `材料进场：${pick(['联塑PPR管20根', '伟星线管3捆', '水泥30包、河沙2方', '石膏板40张', '立邦腻子粉25包'])}`,
      `问题/备注：${lz(() => '无', () => `业主要求主卧插座加2个，已出${d.dec('change_no', 'ZX' + ds(t, '') + '-' + ri(1, 9))}增项单`, () => '物业通知本周六不能动电锤', () => `监理${d.T(pick(co.pms), '工')}巡检，提出阳台找坡不足`, () => '楼下投诉噪音，已沟通', () => `${d.dec('brand', pick(BRANDS).b)}送货延期到下周`)}`, '');
  }
  if (chance(0.4)) L.push(`业主联系方式：${d.M(p)}（${p.g === 'M' ? '本人' : '本人，白天不方便接电话'}）`);
  return [d, L.join('\n')];
}

// 14. 工程增减项确认单
const ADD_ITEMS = [['墙面开槽', '米', 25], ['增加五孔插座', '个', 85], ['卫生间包立管', '根', 280], ['阳台铺砖（含人工辅料）', '㎡', 95], ['石膏线', '米', 38], ['门槛石', '块', 160], ['吊顶增加灯槽', '米', 120], ['拆除原墙体', '㎡', 65], ['新砌轻体砖墙', '㎡', 135], ['墙面防霉处理', '㎡', 28], ['增加地暖分水器', '套', 1200], ['窗台石', '米', 220]];
function genChangeOrder() {
  const co = decorOf(pick(DECOR)), d = new Doc('change_order'), projs = PROJECTS.filter((x) => x.city === co.city), t = rdate(2023, 2025);
  const pj = pick(projs.length ? projs : PROJECTS), p = customer(pj), pm = pick(co.pms), des = pick(co.designers);
  const items = sample(ADD_ITEMS, ri(2, 6)); let sum = 0;
  const rows = [['序号', '项目名称', '单位', '数量', '单价', '金额', '备注']];
  items.forEach(([n, u, pr], i) => { const q = u === '个' || u === '块' || u === '套' || u === '根' ? ri(1, 6) : ri(2, 30); sum += q * pr; rows.push([String(i + 1), n, u, String(q), String(pr), String(q * pr), chance(0.3) ? pick(['业主现场确认', '设计变更', '原合同漏项']) : '']); });
  const L = [`${co.short} 工程增减项确认单`, `编号：${d.dec('change_no', 'ZX' + ds(t, '') + '-' + pad(ri(1, 99), 2))}　合同编号：${d.dec('contract_no', `${co.abbr}-${t.y}-${pad(ri(1, 999), 4)}`)}`,
    `客户姓名：${d.N(p)}　　联系电话：${d.M(p, mobStyle())}`, `工程地址：${pj.city}市${d.dec('project', pj.name)}${d.dec('room_no', roomOf(1))}`, '',
    table(rows, pick(['fixed', 'pipe'])), '', `增项合计：￥${d.dec('amount', money(sum))}（大写：${cnMoney(sum)}）`, '增项款在中期款时一并支付。', '',
    `业主签字：${chance(0.6) ? p.name : ''}　　　项目经理签字：${d.N(pm)}　　　设计师：${d.N(des)}`, `日期：${d.dec('date', ds(t))}`];
  return [d, L.join('\n') + '\n'];
}

// 15. 售后报修日志 (log lines)
function genAftersale() {
  const useDecor = chance(0.5), d = new Doc('aftersale_log'), t0 = rdate(2024, 2025), L = [];
  const co = useDecor ? decorOf(pick(DECOR)) : null, pj = useDecor ? pick(PROJECTS.filter((x) => x.city === co.city).concat([PROJECTS[0]])) : pick(PROJECTS);
  const cs = useDecor ? co.cs : staffOf(pj.name + '#wy', pj.city, 4);
  const n = ri(5, 14);
  for (let i = 0; i < n; i++) {
    const day = Math.floor(i / 3), t = addDays(t0, day), p = customer(pj), ag = pick(cs);
    const clock = ri(8 * 60, 17 * 60), stamp = (m) => `${ds(t)} ${pad(Math.floor(m / 60), 2)}:${pad(m % 60, 2)}:${pad(ri(0, 59), 2)}`;
    const tk = d.dec('ticket_no', `WX${ds(t, '')}-${pad(i + ri(1, 40), 4)}`);
    const iss = pick(['卫生间地漏返味', '厨房下水堵塞', '墙面开裂', '地板起拱', '入户门关不严', '橱柜门铰链松脱', '空调冷凝水倒灌', '阳台推拉门异响', '插座跳闸', '吊顶有水渍']);
    const fmt = R();
    const ts = d.dec('date', stamp(clock));
    if (fmt < 0.5) L.push(`${ts} [INFO] ticket=${tk} created by=${d.dec('title', '客服')}-${d.N(ag)} customer=${d.N(p)} mobile=${d.M(p)} room=${d.dec('room_no', roomOf(0))} issue="${iss}"`);
    else if (fmt < 0.8) L.push(`${ts} [INFO] ticket=${tk} assign to=维修组-${d.T(mkPerson({ g: 'M', noMinority: true }), '师傅')} eta=${hm(9, 18)} contact=${d.M(p, 'plain')}`);
    else L.push(`${ts} [WARN] ticket=${tk} sms_send_fail mobile=${d.dec('bad_mobile', badMobile())} reason=号码格式错误`);
    if (chance(0.25)) L.push(`${stamp(clock + ri(60, 300))} [INFO] ticket=${tk} status=已完工 回访人=${d.N(ag)} 满意度=${pick(['满意', '非常满意', '一般'])}`);
  }
  const head = useDecor ? `# ${co.short} 售后系统 导出 ${ds(t0)}  客服热线 ${d.dec('hotline', co.hot)}` : `# ${pj.name} 物业报修系统 导出 ${ds(t0)}`;
  L.sort((a, b) => (a.slice(0, 19) < b.slice(0, 19) ? -1 : 1));
  return [d, head + '\n' + L.join('\n') + '\n'];
}

// 16. 送货单 / 安装单
function genDelivery() {
  const br = pick(BRANDS), city = pick(Object.keys(CITY)), d = new Doc('delivery_note'), t = rdate(2023, 2025);
  const projs = PROJECTS.filter((x) => x.city === city), pj = pick(projs.length ? projs : PROJECTS), p = customer(pj);
  const install = /橱柜|定制|厨电|卫浴|木门|防盗门/.test(br.cat) && chance(0.5);
  const store = `${d.dec('brand', br.b)}（${pick(CITY[pj.city].dists)}${pick(['店', '旗舰店', '专卖店'])}）`;
  const drv = mkPerson({ g: 'M', noMinority: true, city: pj.city, y0: 1968, y1: 1995 });
  const L = [`${store} ${install ? '安装单' : '送货单'}`, `单号：${d.dec('order_no', (install ? 'AZ' : 'SH') + String(t.y).slice(2) + pad(t.m, 2) + pad(t.d, 2) + pad(ri(1, 999), 3))}　　订单号：${d.dec('order_no', ds(t, '') + digits(10))}`];
  const r = R();
  L.push(`客户：${r < 0.7 ? d.N(p) : d.Tg(p)}　　电话：${d.M(p, mobStyle())}${chance(0.2) ? '　备用电话：' + d.M(spouseOf(p, pj.city)) : ''}`);
  L.push(`${install ? '安装' : '送货'}地址：${pj.city}市${d.dec('project', pj.name)}${d.dec('room_no', roomOf())}`, `${install ? '预约安装' : '送货'}时间：${ds(addDays(t, ri(1, 10)))} ${pick(['上午', '下午', '9:00-12:00', '14:00-17:00'])}`, '');
  const rows = [['品名', '型号', '规格', '数量', '单位', '备注']];
  for (const [nm, sku, spec, unit] of sample(br.items, ri(1, br.items.length))) rows.push([nm, d.dec('sku', sku), spec, String(unit === '片' ? ri(20, 140) : unit === '㎡' ? ri(8, 95) : unit === '米' ? ri(2, 9) : unit === '个' ? ri(6, 40) : unit === '桶' ? ri(2, 8) : ri(1, 4)), unit, lz(() => '', () => '', () => '色号' + d.dec('color_code', pick(['NN7640-4', 'MG6002A', 'Y20R', 'CW-0312', 'SW7005'])), () => '含辅料')]);
  if (chance(0.15)) rows.push(['配件包', d.dec('sku', 'E' + digits(8)), '—', '1', '包', '']);
  L.push(table(rows, pick(['fixed', 'pipe', 'tsv'])), '');
  if (install) L.push(`安装师傅：${d.N(drv)}　电话：${d.M(drv)}`, `导购：${d.N(mkPerson({ city: pj.city, noMinority: true, y0: 1990, y1: 2001 }))}`, '安装完成后请业主检查验收并签字，门店回访电话：' + d.L(telOf(pj.city), telStyle()));
  else L.push(`送货司机：${d.N(drv)} ${d.M(drv)}　车牌：${d.dec('plate', PLATE[pj.city] + pick('ABCDFGHJK'.split('')) + digits(4) + pick('0123456789'.split('')))}`, `收货人签字：${lz(() => '', () => '', () => '______', () => d.dec('title', '门卫代收'), () => d.dec('title', '物业前台'))}`, `注：货物签收后如有破损请于24小时内联系门店。`);
  return [d, L.join('\n') + '\n'];
}

// 17. 团购接龙 (WeChat group)
function genGroupChain() {
  const pj = pick(PROJECTS), d = new Doc('groupbuy_chain'), t = rdate(2023, 2025), br = pick(BRANDS);
  const L = ['#接龙', `${d.dec('project', pj.name)}业主团购 ${d.dec('brand', br.b)} ${dmd(t)}团购会报名`, `地址：${pick(CITY[pj.city].dists)}${pick(['家博会', '红星美凯龙', '居然之家', '门店'])}，定金${pick([99, 199, 500])}抵${pick([1000, 2000, 3000])}`, ''];
  L.push(`例 ${pick(['3-1-1502', '1栋2单元801'])} 王先生 138xxxx1234 2人`);
  d.dc('person_name_zh', '王先生'); d.dc('person_name_zh', '王');
  d.dec('example_row', '138xxxx1234');
  const n = ri(6, 18);
  for (let i = 1; i <= n; i++) {
    const p = customer(pj), r = R(), rm = d.dec('room_no', roomOf(chance(0.6) ? 0 : 2));
    let who;
    if (r < 0.55) who = d.N(p); else if (r < 0.85) who = d.Tg(p); else who = d.T(p, p.g === 'M' ? '哥' : '姐');
    const q = R();
    const tel = q < 0.8 ? d.M(p, pick(['plain', 'plain', 'sp', 'dash'])) : q < 0.9 ? d.Mmask(p) : '';
    L.push(`${i}. ${rm} ${who} ${tel} ${ri(1, 3)}人${chance(0.15) ? ' ' + pick(['看瓷砖', '要橱柜', '全屋定制', '想看沙发']) : ''}`.replace(/ +/g, ' ').trimEnd());
  }
  return [d, L.join('\n') + '\n'];
}

// 18. 团购名单 (export)
function genGroupList() {
  const pj = pick(PROJECTS), d = new Doc('groupbuy_list'), t = rdate(2023, 2025);
  const rows = [['序号', '姓名', '小区', '楼栋房号', '手机', '意向品类', '定金', '支付单号', '退款卡号']];
  const n = ri(8, 24);
  for (let i = 0; i < n; i++) {
    const p = customer(pj), paid = chance(0.7);
    rows.push([String(i + 1), chance(0.85) ? d.N(p) : d.Tg(p), d.dec('project', pj.name), d.dec('room_no', roomOf(0)), d.M(p, pick(['plain', 'plain', 'sp'])), pick(['瓷砖', '橱柜', '全屋定制', '地板', '卫浴', '家电', '软装']),
      paid ? d.dec('amount', pick(['99.00', '199.00', '500.00'])) : '0', paid ? d.dec('pay_no', '42000' + ri(10, 29) + digits(3) + ds(t, '') + digits(10)) : '', paid && chance(0.5) ? d.B(p, pick(['plain', 'sp'])) : '']);
  }
  return [d, `${pj.name}${dmd(t)}家装团购会 报名汇总（${pick(['业主群', '社群运营', '物业'])}）\n${table(rows, pick(['csv', 'tsv']))}\n`];
}

// 19. CRM CSV export
function genCrmCsv() {
  const pj = pick(PROJECTS), d = new Doc('crm_csv'), t = rdate(2023, 2025), staff = staffOf(pj.name, pj.city);
  const eng = chance(0.5);
  const hdr = eng ? ['cst_guid', 'cst_name', 'mobile_tel', 'card_type', 'card_id', 'email', 'proj_name', 'room_info', 'status', 'user_name', 'created_on']
    : ['客户ID', '客户名称', '手机', '证件类型', '证件号码', '邮箱', '意向项目', '房间', '状态', '归属顾问', '创建时间'];
  const rows = [hdr], n = ri(5, 15);
  for (let i = 0; i < n; i++) {
    const p = customer(pj), st = pick(['来访', '认筹', '认购', '签约', '已来访', '已认筹']), pass = chance(0.03);
    rows.push([d.dec('guid', `${pad(ri(0, 0xffffffff).toString(16), 8)}-${pad(ri(0, 0xffff).toString(16), 4)}-4${pad(ri(0, 0xfff).toString(16), 3)}-a${pad(ri(0, 0xfff).toString(16), 3)}-${pad(ri(0, 0xffffff).toString(16), 6)}${pad(ri(0, 0xffffff).toString(16), 6)}`),
      d.N(p), d.M(p, pick(['plain', 'plain', 'plain', 'p86n'])), st === '来访' || st === '已来访' ? '' : pass ? '护照' : '身份证',
      st === '来访' || st === '已来访' ? '' : pass ? d.P(p) : d.I(p), chance(0.6) ? d.A(p) : '', d.dec('project', pj.name), st.includes('认购') || st.includes('签约') ? d.dec('room_no', roomOf(0)) : '',
      st, chance(0.9) ? d.N(pick(staff)) : d.dec('placeholder', '公共池'), d.dec('date', `${ds(addDays(t, -ri(0, 60)))} ${hms()}`)]);
  }
  return [d, table(rows, 'csv') + '\n'];
}

// 20. WeChat chat export
function genChat() {
  const d = new Doc('wechat_chat'), t = rdate(2023, 2025), decorSide = chance(0.6);
  let pj, co, staff, roleName;
  if (decorSide) { co = decorOf(pick(DECOR)); const projs = PROJECTS.filter((x) => x.city === co.city); pj = pick(projs.length ? projs : PROJECTS); staff = chance(0.5) ? pick(co.designers) : pick(co.pms); roleName = co.designers.includes(staff) ? '设计师' : '项目经理'; }
  else { pj = pick(PROJECTS); staff = pick(staffOf(pj.name, pj.city)); roleName = '置业顾问'; }
  const p = customer(pj), sp = spouseOf(p, pj.city), rm = roomOf(0);
  const style = pick(['pc', 'paren', 'bracket']);
  const ownerLabel = pickW([['full', 4], ['title', 3], ['nick', 2]]);
  const ownerShown = ownerLabel === 'full' ? d.N(p) : ownerLabel === 'title' ? `${d.dec('project', pj.name)}${d.dec('room_no', rm)}${d.Tg(p)}` : d.dec('nickname', pick(['开心每一天', '静待花开', '晴天', '岁月静好', 'Sunny', '一路向北', '简单生活']));
  const staffShown = chance(0.7) ? `${d.dec('title', roleName)}-${d.N(staff)}` : `${d.N(staff)}${co ? '@' + co.short : ''}`;
  const call = p.minority ? p.name : p.sur + (p.g === 'M' ? '哥' : '姐');
  if (!p.minority) { d.dc('person_name_zh', call); d.dc('person_name_zh', p.sur); }
  let clock = ri(8 * 60, 20 * 60);
  const msgs = [];
  const S = (txt) => msgs.push([staffShown, txt]), O = (txt) => msgs.push([ownerShown, txt]);
  if (decorSide) {
    S(`${call}您好，我是${co.short}的${roleName}${staff.name}，${pick(['明天下午两点', '周六上午十点', '今晚七点'])}方便${roleName === '设计师' ? '量房' : '去工地交底'}吗？`);
    O(pick(['可以的', '可以，到时候我老公在家', '好的，我家里人在', '行']));
    if (chance(0.7)) O(`到时候你联系${p.g === 'F' ? '我老公' : '我老婆'}，${chance(0.5) ? '他' : '电话'} ${d.M(sp, pick(['plain', 'sp', 'dash', 'fw']))}，叫${d.N(sp)}`);
    S('好的收到');
    if (chance(0.5)) { S(`[文件] ${pj.name}${rm}平面布置图V${ri(1, 4)}.pdf`); O('[图片]'); O(pick(['主卧能不能再大一点', '厨房想改开放式', '玄关柜高度再确认下'])); }
    if (chance(0.55)) { S(`签合同需要业主身份证号码，麻烦发我一下，合同甲方写谁的名字？`); O(`写我的 ${d.I(p, pick(['plain', 'plain', 'sp4', 'x', 'fw']))}`); if (chance(0.4)) O(`或者写我${p.g === 'F' ? '老公' : '老婆'}${sp.name}也行`), d.Nd(sp); }
    if (chance(0.5)) { S(`效果图我发您邮箱吧，邮箱是多少？`); O(d.A(p, chance(0.1) ? 'fw' : undefined)); }
    if (chance(0.4)) { O(`定金退的话打这张卡 ${d.B(p, pick(['plain', 'sp']))} ${bankOf(p.card)}的 户名${d.N(p)}`); S('好的，财务那边走流程3-5个工作日'); }
    if (chance(0.4)) { S(`首期款打公司对公账户：${co.name}，${co.acct.bank}，账号 ${d.dec('corp_account', co.acct.no)}`); O(`[转账] ¥${pick(['5,000.00', '30,000.00', '2,000.00', '58,600.00'])}`); }
    if (chance(0.3)) { S(`水电这块增项要加${pick(['1860', '3200', '980'])}元，我发增项单给您确认`); O('为什么又加钱，之前不是说全包吗'); S('之前报价只含基础点位，您加了插座和灯带'); }
    if (chance(0.3)) O(`隔壁${d.dec('room_no', roomOf(0))}的${d.T(mkPerson({ g: 'F' }), '阿姨')}说你们工人中午噪音大`);
  } else {
    S(`${call}您好，我是${pj.name}的置业顾问${staff.name}，${pick(['本周六开盘', '认筹明天截止', '您认购的房子网签资料准备好了'])}，有时间过来一趟吗？`);
    O(pick(['好的', '周六几点', '需要带什么']));
    S('需要带身份证原件、银行卡，已婚的带结婚证');
    if (chance(0.6)) { O(`身份证号先发你 ${d.I(p, pick(['plain', 'plain', 'sp', 'x', 'fw']))}`); S('收到'); }
    if (chance(0.5)) { O(`我${p.g === 'M' ? '老婆' : '老公'}也要加名吗`); S(`夫妻共有的话都要写，麻烦把配偶姓名和身份证也发我`); O(`${d.N(sp)} ${d.I(sp)}`); }
    if (chance(0.5)) { O(`认筹金退款用这张卡 ${d.B(p, pick(['plain', 'sp', 'dash', 'fw']))}`); S(`好的，退款一般7个工作日，我这边提交给财务${d.T(mkPerson({ g: 'F', noMinority: true }), '姐')}`); }
    if (chance(0.3)) S(`电子合同会发到您邮箱，邮箱确认下：${d.A(p)}`), O('对的');
    if (chance(0.3)) S(`按揭专员${d.Nd(pick(staffOf(pj.name + '#aj', pj.city, 2)))}会联系您约面签`);
  }
  if (chance(0.35)) O(`[语音] ${ri(3, 40)}"`);
  S(pick(['好的，有问题随时找我', '收到', '👌', '麻烦了']));
  const out = [];
  const title = ownerLabel === 'nick' ? `微信聊天记录 - 与“${ownerShown}”` : `微信聊天记录 - 与“${ownerShown}”的聊天`;
  out.push(title, `导出时间：${ds(addDays(t, ri(1, 30)))} ${hms()}`, '');
  for (const [who, txt] of msgs) {
    clock += ri(0, 25); const hh = pad(Math.floor(clock / 60) % 24, 2), mm = pad(clock % 60, 2);
    if (style === 'pc') out.push(`${d.dec('date', `${ds(t)} ${hh}:${mm}:${pad(ri(0, 59), 2)}`)} ${who}`, txt, '');
    else if (style === 'paren') out.push(`${who} (${hh}:${mm}):`, txt);
    else out.push(`【${who}】${hh}:${mm}`, txt);
  }
  return [d, out.join('\n') + '\n'];
}

// 21. SMS notices / send logs
function genSms() {
  const d = new Doc('sms'), t = rdate(2023, 2025), r = R();
  if (r < 0.45) {
    const pj = pick(PROJECTS), n = ri(5, 14), staff = pick(staffOf(pj.name, pj.city)), rows = [['消息ID', '发送时间', '手机号码', '短信内容', '状态']];
    const kindTxt = pick(['网签', '交付', '按揭', '开盘']);
    for (let i = 0; i < n; i++) {
      const p = customer(pj), rm = roomOf(0);
      if (kindTxt === '网签' || kindTxt === '交付') d.dec('room_no', rm);
      const nm = chance(0.85) ? d.N(p) : d.Nmask(p);
      let txt;
      if (kindTxt === '网签') txt = `【${pj.name}】尊敬的${nm}${p.g === 'M' ? '先生' : '女士'}，您认购的${rm}已完成网签备案（备案号${d.dec('filing_no', ds(t, '') + digits(7))}），请于${dmd(addDays(t, 7))}前携带身份证原件至营销中心办理按揭面签。置业顾问${staff.name} ${staff.mobile}`;
      else if (kindTxt === '交付') txt = `【${pj.name}】尊敬的${nm}业主，您的房屋${rm}定于${dmd(addDays(t, 14))}集中交付，请凭身份证及交付通知书办理收楼，咨询${fmtTel(devOf(pj).tel)}。`;
      else if (kindTxt === '按揭') txt = `【${pj.name}】${nm}您好，您的按揭贷款已审批通过，放款后将短信通知，请保持还款卡余额充足。`;
      else txt = `【${pj.name}】尊敬的${nm}，${dmd(t)}盛大开盘，凭认筹编号入场选房，详询置业顾问${staff.name}。退订回T`;
      const bad = chance(0.05);
      rows.push([d.dec('msg_id', ds(t, '') + pad(ri(0, 999999), 6) + pad(ri(0, 99999999), 8)), d.dec('date', `${ds(t)} ${hms(9, 18)}`), bad ? d.dec('bad_mobile', badMobile()) : d.M(p), txt, bad ? '失败(空号)' : pick(['成功', '成功', '成功', '已送达'])]);
    }
    if (kindTxt === '网签') { d.N(staff); d.ent('cn_mobile', staff.mobile); }
    if (kindTxt === '开盘') d.Nd(staff); // '详询置业顾问X' without a number: prose, arguable
    if (kindTxt === '交付') d.ent('cn_landline', devOf(pj).tel.area + devOf(pj).tel.sub);
    return [d, `短信平台发送记录导出 任务：${pj.name}${kindTxt}通知\n` + table(rows, 'csv') + '\n'];
  }
  const L = [], n = ri(1, 4);
  for (let i = 0; i < n; i++) {
    const q = R(), tt = addDays(t, i * ri(1, 5));
    if (q < 0.35) {
      const co = decorOf(pick(DECOR)), p = mkPerson({ city: co.city }), pm = pick(co.pms);
      L.push(`${ds(tt)} ${hm()} 来自 ${d.dec('sms_port', '1069' + digits(ri(8, 10)))}`, `【${co.short}】${d.Tg(p)}您好，您家${d.dec('room_no', roomOf(1))}${pick(['水电验收', '泥工验收', '中期验收', '竣工验收'])}定于${dmd(addDays(tt, 3))}上午${ri(9, 11)}点，项目经理${d.N(pm)} ${d.M(pm)}，请准时到场。`);
    } else if (q < 0.6) {
      const pj = pick(PROJECTS), p = customer(pj), st = pick(staffOf(pj.name, pj.city));
      L.push(`${ds(tt)} ${hm()} 来自 ${d.dec('sms_port', '106' + digits(ri(9, 11)))}`, `【${pj.name}】尊敬的${d.N(p)}${p.g === 'M' ? '先生' : '女士'}，您的认筹金${money(pick([20000, 50000]))}元已于${dmd(tt)}原路退回至尾号${d.dec('masked_card', p.card.slice(-4))}的银行卡，如有疑问请联系置业顾问${d.N(st)} ${d.M(st)}。`);
    } else if (q < 0.8) {
      const code = pad(ri(0, 999999), 6);
      L.push(`${ds(tt)} ${hm()} 来自 ${d.dec('sms_port', '1069' + digits(9))}`, `【${pick(['贝壳找房', '住小帮', '土巴兔'])}】验证码${d.dec('sms_code', code)}，用于登录，5分钟内有效，请勿泄露。`);
    } else {
      const br = pick(BRANDS), p = mkPerson(), drv = mkPerson({ g: 'M', noMinority: true });
      L.push(`${ds(tt)} ${hm()} 来自 ${d.M(drv)}`, `${d.Tg(p)}您好，我是${d.dec('brand', br.b)}送货的${d.N(drv)}，货今天下午${ri(2, 5)}点左右到，家里有人吗？电话${d.M(drv, 'dash')}`);
    }
    L.push('');
  }
  return [d, L.join('\n')];
}

// 22. mail bodies
function genMail() {
  const d = new Doc('mail'), t = rdate(2023, 2025), r = R();
  if (r < 0.45) { // developer -> bank: mortgage materials
    const pj = pick(PROJECTS), ajz = pick(staffOf(pj.name + '#aj', pj.city, 2)), dev = devOf(pj);
    const bank = pick([['建设银行', 'ccb-gzfh.com'], ['工商银行', 'icbc-fh.com.cn'], ['招商银行', 'cmb-branch.com']]), mgr = mkPerson({ city: pj.city, noMinority: true, y0: 1985, y1: 1997 });
    const n = ri(1, 3), L = [`发件人: ${d.N(ajz)} <${d.W(ajz, pj.dom)}>`, `收件人: ${d.N(mgr)} <${d.W(mgr, bank[1])}>`, `主题: ${pj.name} 按揭资料补充（${n}户）`, `日期: ${dcn(t)} ${wk(t)} ${hm()}`, '', `${mgr.sur}经理您好：`, '', `附件是本周${n}户客户的按揭资料，客户信息如下，麻烦尽快安排面签：`, ''];
    d.dc('person_name_zh', mgr.sur + '经理'); d.dc('person_name_zh', mgr.sur);
    for (let i = 0; i < n; i++) {
      const p = customer(pj), co = chance(0.5) ? spouseOf(p, pj.city) : null;
      L.push(`${i + 1}. ${d.dec('room_no', roomOf(0))}`, `   借款人：${d.N(p)}　身份证：${d.I(p, idStyle())}　手机：${d.M(p)}`);
      if (co) L.push(`   共同借款人：${d.N(co)}（配偶）　身份证：${d.I(co)}　手机：${d.M(co)}`);
      L.push(`   还款卡号：${d.B(p, cardStyle())}（${bankOf(p.card)}）`, `   贷款金额：${ri(80, 400)}万　期限：${pick([25, 30])}年`, '');
    }
    L.push('谢谢！', '', '--', `${ajz.name} | ${d.dec('title', '按揭专员')}`, `${pj.name}营销中心`, `T: ${d.L(dev.tel, pick(['dash', 'sp']))}  M: ${d.M(ajz, pick(['plain', 'dash', 'sp']))}`, `E: ${workMail(ajz, pj.dom)}`);
    return [d, L.join('\n') + '\n'];
  }
  if (r < 0.75) { // decor company -> supplier: order
    const co = decorOf(pick(DECOR)), br = pick(BRANDS), des = pick(co.designers), projs = PROJECTS.filter((x) => x.city === co.city);
    const pj = pick(projs.length ? projs : PROJECTS), p = customer(pj), sup = mkPerson({ city: co.city, noMinority: true });
    const sroom = roomOf(pick([0, 1]));
    const supDom = pick(['163.com', 'qq.com', '126.com']);
    const L = [`From: ${d.N(des)} <${d.W(des, co.dom)}>`, `To: ${d.A(sup)}`, `Cc: ${d.W(pick(co.pms), co.dom)}`, `Subject: 下单 - ${pj.name}${sroom} ${br.b}`, `Date: ${d.dec('date', `${ds(t)} ${hms()} +0800`)}`, '', `${d.T(sup, '总')}好，`, '', `以下客户下单，请安排排产：`, '',
      `客户姓名：${d.N(p)}`, `联系电话：${d.M(p, mobStyle())}`, `送货地址：${pj.city}市${d.dec('project', pj.name)}${d.dec('room_no', sroom)}`, `品牌：${d.dec('brand', br.b)}`];
    for (const [nm, sku, spec, unit] of sample(br.items, ri(1, 2))) L.push(`${nm}：${d.dec('sku', sku)} ${spec} × ${ri(1, 40)}${unit}`);
    L.push(`要求到货：${ds(addDays(t, ri(7, 20)))}`, '', '现场对接项目经理见抄送，有问题直接打我电话。', '', `${des.name}`, `${co.short} 设计部`, `手机：${d.M(des)}`, `地址：${co.addr}`);
    void supDom;
    return [d, L.join('\n') + '\n'];
  }
  // owner -> company complaint
  const co = decorOf(pick(DECOR)), projs = PROJECTS.filter((x) => x.city === co.city), pj = pick(projs.length ? projs : PROJECTS), p = customer(pj), cs = pick(co.cs), pm = pick(co.pms);
  const L = [`发件人: ${p.name} <${d.A(p)}>`, `收件人: ${d.W(cs, co.dom)}`, `主题: 投诉：${pj.name}工地延期及增项问题`, `时间: ${dcn(t)} ${hm(20, 23)}`, '', '你好：', '',
    `本人${d.N(p)}，${d.dec('project', pj.name)}${d.dec('room_no', roomOf(0))}业主，身份证号${d.I(p)}，与贵司于${dcn(addDays(t, -90))}签订装修合同（合同编号${d.dec('contract_no', `${co.abbr}-${t.y}-${pad(ri(1, 999), 4)}`)}）。`,
    `合同约定${pick([75, 90, 100])}个工作日完工，目前已超期${ri(10, 40)}天。项目经理${d.Nd(pm)}多次不接电话，增项单${d.dec('change_no', 'ZX' + ds(t, '') + '-0' + ri(1, 9))}未经本人签字就开始施工。`,
    '请贵司在三个工作日内给出书面答复，否则我将向消费者协会投诉。', '', `联系电话：${d.M(p, mobStyle())}`, `${p.name}`, dcn(t)];
  return [d, L.join('\n') + '\n'];
}

// 23. 例会纪要
function genMinutes() {
  const d = new Doc('minutes'), t = rdate(2023, 2025);
  if (chance(0.55)) {
    const pj = pick(PROJECTS), staff = staffOf(pj.name, pj.city), mgr = staff[0], att = sample(staff, ri(3, 6));
    const L = [`${pj.name}营销中心周例会纪要`, `时间：${dcn(t)} 9:30　地点：售楼处二楼会议室`, `主持：${d.N(mgr)}　记录：${d.N(att[att.length - 1])}`, `参会：${att.map((s) => d.N(s)).join('、')}`, '',
      `一、上周数据：来访${ri(60, 200)}组，新增认筹${ri(5, 40)}组，认购${ri(3, 20)}套，签约${ri(2, 15)}套，回款${ri(500, 3000)}万元。`, '', '二、重点客户跟进：'];
    for (let i = 1; i <= ri(2, 4); i++) {
      const p = customer(pj), s = pick(att);
      L.push(`${i}. ${d.dec('room_no', roomOf(0))} ${d.Nd(p)}客户${pick(['按揭被拒，征信有逾期，建议转公积金', '要求更名加配偶，需补资料', '认购后一直未签约，定金可能没收', '对车位价格有意见', '想换同户型高楼层'])}，由${d.Nd(s)}跟进。`);
    }
    L.push('', '三、下周工作：', `1. 周六暖场活动，渠道${pick(['链家', '贝壳', '中原'])}带看目标${ri(20, 60)}组；`, '2. 认筹客户逐一电话回访，确认选房意向；', `3. ${d.dec('title', '案场经理')}审核所有认购书，签约资料周三前交${d.dec('title', '签约专员')}。`);
    return [d, L.join('\n') + '\n'];
  }
  const co = decorOf(pick(DECOR)), att = [...co.pms.slice(0, ri(2, 4)), pick(co.designers)];
  const L = [`${co.short} 工程部例会`, `${ds(t)}　${wk(t)}`, `参会人员：${att.map((s) => d.N(s)).join('，')}`, `记录人：${d.N(pick(co.cs))}`, ''];
  for (let i = 1; i <= ri(2, 4); i++) {
    const pj = pick(PROJECTS.filter((x) => x.city === co.city).concat([PROJECTS[3]])), p = customer(pj), pm = pick(co.pms);
    L.push(`${i}、${d.dec('project', pj.name)} ${d.Nd(p)}家：${pick(['泥工延期3天，需和业主解释', '业主投诉木工收口粗糙，周三返工', '橱柜到货错色，已联系厂家', '中期款未付，暂停进场', '业主要求更换项目经理'])}。负责人：${d.N(pm)}`);
  }
  L.push('', `备注：${pick(['本周安全检查由监理负责', '下周一前提交月度结算', '所有工地周五前更新施工日志'])}`);
  return [d, L.join('\n') + '\n'];
}

// 24. 认筹金退款申请表
function genRefund() {
  const pj = pick(PROJECTS), d = new Doc('refund_form'), t = rdate(2023, 2025), p = customer(pj), staff = staffOf(pj.name, pj.city);
  const payee = chance(0.15) ? spouseOf(p, pj.city) : p, amt = pick([20000, 30000, 50000, 100000]);
  const L = [`${pj.name} 认筹金退款申请表`, '', `申请人：${d.N(p)}　　身份证号码：${d.I(p, idStyle())}`, `联系电话：${d.M(p, mobStyle())}`,
    `认筹编号：${d.dec('rc_no', `${pj.abbr}-RC-${pad(ri(1, 900), 4)}`)}　　认筹日期：${ds(addDays(t, -ri(10, 90)))}`, `认筹金额：人民币${d.dec('amount', money(amt))}元（大写：${cnMoney(amt)}）`,
    (chance(0.6) ? `原支付方式：POS刷卡　　POS凭证号：${d.dec('pos_ref', digits(6))}` : '原支付方式：银行转账'), `退款原因：${pick(['未选到心仪房源', '资金安排变化', '购房资格不符', '家人不同意', '选择其他楼盘'])}`, '', '退款账户信息'];
  L.push(`收款户名：${d.N(payee)}${payee !== p ? '（申请人配偶，附结婚证复印件及委托书）' : ''}`, `开户银行：${bankOf(payee.card)}${pj.city}${pick(BRANCH)}`);
  L.push(`银行卡号：${chance(0.04) ? d.Btypo(payee) : d.B(payee, cardStyle())}`);
  if (payee !== p) L.push(`收款人身份证号：${d.I(payee)}`);
  L.push('', `申请人签字：${p.name}　　日期：${d.dec('date', ds(t))}`, '', '审批栏', `置业顾问：${d.N(pick(staff.slice(1)))}　　案场经理：${d.N(staff[0])}　　财务审核：${d.N(pick(staffOf(pj.name + '#cw', pj.city, 2)))}`);
  return [d, L.join('\n') + '\n'];
}

// 25. 身份证 OCR (plain text and OCR-API JSON)
function genIdOcr() {
  const pj = pick(PROJECTS), d = new Doc('id_ocr'), p = mkPerson({ regs: chance(0.7) ? CITY[pj.city].reg : MIG, city: pj.city, noMinority: true });
  const issue = rdate(2012, 2022), yrs = p.birth.y < 1980 ? 20 : 10;
  const exp = `${issue.y + yrs}.${pad(issue.m, 2)}.${pad(issue.d, 2)}`;
  const C = CITY[pj.city];
  if (chance(0.5)) {
    const o = (s) => ocr(s, 0.08);
    let idv, nmv;
    const r = R();
    if (r < 0.15) { idv = ocrDamage(p.id); d.dc('cn_resident_id', p.id); } else if (r < 0.35) idv = d.I(p, 'sp4'); else idv = d.I(p);
    nmv = chance(0.3) ? [...p.name].join(' ') : p.name; d.N(p);
    const L = [`[OCR] ${pick(['身份证正面.jpg', 'IMG_' + ri(1000, 9999) + '.JPG', 'scan0' + ri(10, 99) + '.pdf'])}`, `${o('姓名')} ${nmv}`, `${o('性别')} ${p.g === 'M' ? '男' : '女'}  ${o('民族')} 汉`,
      `${o('出生')} ${p.birth.y} ${o('年')} ${p.birth.m} ${o('月')} ${p.birth.d} ${o('日')}`, `${o('住址')} ${p.addr.slice(0, 14)}`, `     ${p.addr.slice(14)}`, `${o('公民身份号码')} ${idv}`, '---',
      `[OCR] ${pick(['身份证反面.jpg', 'IMG_' + ri(1000, 9999) + '.JPG'])}`, o('中华人民共和国'), o('居民身份证'), `${o('签发机关')} ${pj.city}市公安局${pick(C.dists)}分局`, `${o('有效期限')} ${d.dec('date', `${issue.y}.${pad(issue.m, 2)}.${pad(issue.d, 2)}-${exp}`)}`];
    return [d, L.join('\n') + '\n'];
  }
  const j = { log_id: Number(d.dec('log_id', '1' + digits(15))), words_result_num: 6, image_status: 'normal', idcard_number_type: 1,
    words_result: { 姓名: { words: d.N(p), location: { top: 98, left: 151, width: 92, height: 30 } }, 民族: { words: '汉' }, 住址: { words: p.addr },
      公民身份号码: { words: d.I(p) }, 出生: { words: ds(p.birth, '') }, 性别: { words: p.g === 'M' ? '男' : '女' } } };
  const wrap = { request: { file: `rg_${pj.abbr.toLowerCase()}_${ds(rdate(2023, 2025), '')}_${ri(1, 99)}.jpg`, side: 'front' }, response: j };
  return [d, JSON.stringify(wrap, null, chance(0.5) ? 2 : 0) + '\n'];
}

// 26. 家装施工合同 (party block)
function genDecorContract() {
  const co = decorOf(pick(DECOR)), d = new Doc('decor_contract'), t = rdate(2023, 2025), projs = PROJECTS.filter((x) => x.city === co.city);
  const pj = pick(projs.length ? projs : PROJECTS), p = customer(pj), des = pick(co.designers), pm = pick(co.pms), total = ri(80, 450) * 1000 + ri(0, 9) * 100;
  const no = d.dec('contract_no', `${co.abbr}-${t.y}-${pad(ri(1, 999), 4)}`), pdf = chance(0.4);
  let idv = d.I(p, idStyle()); if (pdf && chance(0.4)) idv = splitAt(idv, 6);
  const L = [`${CITY[co.city].prov.replace('省', '')}省家庭居室装饰装修工程施工合同`, `（示范文本）`, `合同编号：${no}`, '',
    `发包方（甲方）：${d.N(p)}`, `身份证号码：${idv}`, `联系电话：${d.M(p, mobStyle())}`, `电子邮箱：${chance(0.6) ? d.A(p) : '/'}`, `现住址：${p.addr}`, '',
    `承包方（乙方）：${co.name}`, `统一社会信用代码：${d.U(co)}`, `法定代表人：${d.N(co.legal)}`, `委托代理人：${d.N(des)}　联系电话：${d.M(des)}`, `项目经理：${d.N(pm)}　联系电话：${d.M(pm, 'dash')}`, `公司地址：${co.addr}　电话：${d.L(co.tel, telStyle())}`, '',
    `第一条 工程概况`, `1. 工程地点：${pj.city}市${d.dec('project', pj.name)}${d.dec('room_no', roomOf(1))}`, `2. 住房结构：${pick(['框架', '剪力墙', '框剪'])}结构，套内面积${ri(70, 180)}平方米`,
    `3. 承包方式：${pick(['全包', '半包（包工包辅料）', '整装'])}　设计方案编号：${d.dec('scheme_no', `FA${ds(t, '').slice(2)}-${pad(ri(1, 30), 2)}`)}`,
    `4. 工期：自${dcn(addDays(t, 7))}开工，${pick([75, 90, 100, 120])}个工作日竣工`, `5. 合同总价：人民币${d.dec('total_price', money(total))}元（大写：${cnMoney(total)}）`, '',
    `第二条 付款方式：开工前付${pick([30, 40])}%，水电验收后付${pick([30, 35])}%，中期验收后付${pick([25, 30])}%，竣工验收合格后付余款。`,
    `乙方收款账户：户名 ${co.name}　开户行 ${co.acct.bank}　账号 ${d.dec('corp_account', co.acct.no)}`];
  if (chance(0.35)) L.push(`甲方退款账户：户名 ${p.name}　开户行 ${bankOf(p.card)}　卡号 ${d.B(p, cardStyle())}`);
  L.push('', `甲方（签字）：${p.name}　　　　　　乙方（盖章）：${co.name}`, `签订日期：${dcn(t)}　　　　　　乙方代表（签字）：${des.name}`);
  return [d, L.join('\n') + '\n'];
}

// ================================================================== plan
const PLAN = [
  ['rc_register', 14, genRcRegister], ['visit_log', 14, genVisitLog], ['xuanfang', 10, genXuanfang], ['subscription', 14, genSubscription],
  ['wangqian_ocr', 10, genWangqianOcr], ['mortgage_form', 12, genMortgageForm], ['mortgage_xml', 8, genMortgageXml], ['handover_inspect', 12, genHandoverInspect],
  ['owner_list', 10, genOwnerList], ['resettle_list', 6, genResettle], ['measure_json', 12, genMeasureJson], ['designer_followup', 12, genFollowup],
  ['site_log', 12, genSiteLog], ['change_order', 12, genChangeOrder], ['aftersale_log', 10, genAftersale], ['delivery_note', 14, genDelivery],
  ['groupbuy_chain', 12, genGroupChain], ['groupbuy_list', 10, genGroupList], ['crm_csv', 14, genCrmCsv], ['wechat_chat', 18, genChat],
  ['sms', 14, genSms], ['mail', 14, genMail], ['minutes', 8, genMinutes], ['refund_form', 10, genRefund], ['id_ocr', 8, genIdOcr], ['decor_contract', 10, genDecorContract],
];
const docs = [];
for (const [kind, n, fn] of PLAN) {
  for (let i = 1; i <= n; i++) {
    const [d, text] = fn();
    if (d.kind !== kind) throw new Error('kind mismatch ' + kind);
    docs.push(d.out(i, text));
  }
}

// ================================================================== self-check
const errors = [];
const nf = (s) => s.normalize('NFKC');
const digitStream = (s) => nf(s).replace(/[\s\-()（）+=".'/]/g, '');
const NAME_RE = /^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,8}[·•][\u4e00-\u9fff]{2,8})$/;
function validFor(det, v) {
  switch (det) {
    case 'cn_resident_id': return idValid(v);
    case 'cn_mobile': return ALLOC_RE.test(v);
    case 'bank_card': return /^\d{16,19}$/.test(v) && luhnOk(v) && /^(62|81|4|5)/.test(v);
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v);
    case 'cn_landline': return landValid(v);
    case 'cn_uscc': return usccValid(v);
    case 'cn_passport': return PASS_RE.test(v);
    case 'person_name_zh': return NAME_RE.test(v);
    default: return false;
  }
}
function occurs(doc, det, v) {
  const t = doc.text;
  if (det === 'person_name_zh') return t.replace(/\s+/g, '').includes(v);
  if (det === 'email') return nf(t).toLowerCase().includes(v);
  const ds_ = digitStream(t).toUpperCase();
  if (det === 'cn_resident_id') return ds_.includes(v) || ds_.includes(v.slice(0, 6) + v.slice(8, 17));
  if (det === 'cn_landline') return ds_.includes(v) || ds_.includes('86' + v.slice(1));
  return ds_.includes(v);
}
const labelled = (doc, det, v) => doc.entities.some((e) => e.detector === det && e.value === v) || doc.dontCare.some((e) => e.detector === det && e.value === v);
for (const doc of docs) {
  const keys = new Set();
  for (const e of doc.entities) {
    const k = e.detector + '|' + e.value;
    if (keys.has(k)) errors.push(`${doc.id}: duplicate entity ${k}`); keys.add(k);
    if (!validFor(e.detector, e.value)) errors.push(`${doc.id}: invalid ${e.detector} ${e.value}`);
    if (!occurs(doc, e.detector, e.value)) errors.push(`${doc.id}: ${e.detector} ${e.value} not in text`);
  }
  for (const x of doc.decoys) {
    if (!doc.text.includes(x.text)) errors.push(`${doc.id}: decoy not in text: ${x.text}`);
    const xd = nf(x.text).replace(/[\s\-]/g, '').toUpperCase();
    for (const e of doc.entities) {
      if (xd === e.value.toUpperCase()) errors.push(`${doc.id}: decoy equals entity ${x.text}`);
      if (e.detector === 'person_name_zh' && x.text.includes(e.value)) errors.push(`${doc.id}: decoy ${x.text} contains name ${e.value}`);
      if (e.detector !== 'person_name_zh' && e.value.length >= 11 && xd.includes(e.value.toUpperCase())) errors.push(`${doc.id}: decoy ${x.text} contains ${e.value}`);
    }
    const xdd = xd.replace(/[,.]/g, '');
    if (/^\d{5,}$/.test(xdd)) for (const e of doc.entities) if (!['person_name_zh', 'email'].includes(e.detector) && e.value.includes(xdd)) errors.push(`${doc.id}: decoy ${x.text} lies inside ${e.value}`);
    if (/^\d+$/.test(xd)) {
      if (xd.length === 11 && ALLOC_RE.test(xd)) errors.push(`${doc.id}: decoy ${x.text} is a valid mobile`);
      if (xd.length === 18 && idValid(xd)) errors.push(`${doc.id}: decoy ${x.text} is a valid ID`);
      if (xd.length === 15 && legacyValid(xd)) errors.push(`${doc.id}: decoy ${x.text} is a valid legacy ID`);
      if (xd.length >= 16 && xd.length <= 19 && /^(62|81|4|5)/.test(xd) && luhnOk(xd)) errors.push(`${doc.id}: decoy ${x.text} is a valid card`);
    }
    if (/^\d{17}[\dX]$/.test(xd) && idValid(xd)) errors.push(`${doc.id}: decoy ${x.text} is a valid ID`);
    if (x.kind === 'sku' && PASS_RE.test(xd) && doc.entities.some((e) => e.detector === 'cn_passport' && e.value === xd)) errors.push(`${doc.id}: sku equals passport`);
  }
  // unlabelled look-alikes written plainly: every valid bounded value must be labelled
  const t = nf(doc.text);
  for (const m of t.matchAll(/(?<!\d)\d{11,19}X?(?![\dX])/gi)) {
    const s = m[0].toUpperCase();
    if (s.length === 11 && ALLOC_RE.test(s) && !labelled(doc, 'cn_mobile', s)) errors.push(`${doc.id}: unlabelled mobile ${s}`);
    if (s.length === 18 && idValid(s) && !labelled(doc, 'cn_resident_id', s)) errors.push(`${doc.id}: unlabelled ID ${s}`);
    if (s.length === 15 && legacyValid(s) && !labelled(doc, 'cn_resident_id', legacyTo18(s))) errors.push(`${doc.id}: unlabelled legacy ID ${s}`);
    if (s.length >= 16 && s.length <= 19 && /^(62|81)/.test(s) && luhnOk(s) && !labelled(doc, 'bank_card', s)) errors.push(`${doc.id}: unlabelled card ${s}`);
  }
  for (const m of t.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(com|cn|net)\b/g)) {
    if (!labelled(doc, 'email', m[0].toLowerCase())) errors.push(`${doc.id}: unlabelled email ${m[0]}`);
  }
}
const counts = {}, dcCounts = {}, decoyCounts = {}, kindCounts = {};
for (const doc of docs) {
  kindCounts[doc.kind] = (kindCounts[doc.kind] || 0) + 1;
  for (const e of doc.entities) counts[e.detector] = (counts[e.detector] || 0) + 1;
  for (const e of doc.dontCare) dcCounts[e.detector] = (dcCounts[e.detector] || 0) + 1;
  for (const x of doc.decoys) decoyCounts[x.kind] = (decoyCounts[x.kind] || 0) + 1;
}
const nEnt = Object.values(counts).reduce((a, b) => a + b, 0), nDec = Object.values(decoyCounts).reduce((a, b) => a + b, 0);
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((counts[det] || 0) < 150) errors.push(`too few ${det}: ${counts[det] || 0}`);
if (Object.keys(kindCounts).length < 15) errors.push('too few kinds');
if (nDec < nEnt) errors.push(`fewer decoys (${nDec}) than entities (${nEnt})`);

writeFileSync(OUT, docs.map((x) => JSON.stringify(x)).join('\n') + '\n');
console.log(`homedecor: ${docs.length} documents, ${Object.keys(kindCounts).length} kinds -> ${OUT}`);
console.log('documents per kind:', JSON.stringify(kindCounts));
console.log('entities per detector:', JSON.stringify(counts), 'total', nEnt);
console.log('dontCare per detector:', JSON.stringify(dcCounts));
console.log('decoys per kind:', JSON.stringify(decoyCounts), 'total', nDec);
if (errors.length) { console.error(`SELF-CHECK FAILED (${errors.length}):\n` + errors.slice(0, 40).join('\n')); process.exit(1); }
console.log('self-check OK');
