#!/usr/bin/env node
// repairs.mjs — independent labelled test corpus for listguard (session 29)
//
// Theme: home-appliance and device after-sales service (家电售后 / 上门维修 /
// 安装): 工单 exports from service platforms (CSV, xlsx saved as CSV, JSON from
// APIs), dispatch SMS to 师傅 and customers, 派工单 / 维修单 / 保修卡 OCR'd from
// paper (with 客户签字), 延保 registrations (forms, XML), 回访 call logs of the
// call centre, 配件 orders and 快递 notices, 师傅 报销 / 结算 lists with bank
// cards, 以旧换新 subsidy forms, complaint escalation mails, WeChat group chats
// of 师傅 teams, fixed-width exports of an old system, dispatch logs, 开票信息,
// 例会纪要, 400 来电记录, 师傅花名册, 退款申请.
//
// Usage:   node repairs.mjs OUT.jsonl
// Output:  one JSON object per line:
//   {"id":"rp-<kind>-<n>","kind":"<kind>","text":"...",
//    "entities":[{"detector":"...","value":"..."}],   // must be reported (unique per doc)
//    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
//    "decoys":[{"kind":"...","text":"..."}]}          // must NOT be reported
// Normalisation of values: cn_resident_id 18 chars, upper-case X (legacy
// 15-digit numbers upgraded to 18); cn_mobile 11 digits (no +86, no
// separators); cn_landline digits with the leading 0 and area code, no
// separators, no extension; email lower-case; bank_card digits only;
// cn_passport / cn_uscc upper-case; person_name_zh as written, without spaces,
// titles or pinyin. Decoys carry their exact text as written.
// Labelling choices: title forms (王师傅, 李女士, 张总) are dontCare (both the
// surname and the title form); chat sender names and names in running prose
// are dontCare; `62…` card numbers that fail Luhn but stand in a 卡号 field are
// dontCare (cn-formats §5.2 vs DESIGN.md disagree); values broken by OCR
// letter confusions (O/0, l/1, B/8, S/5) are dontCare; names in PHP-style
// \uXXXX-escaped JSON and RFC 2047-encoded mail headers are dontCare.
//
// Written in session 29 by a helper that never read src/, rules/ or test/,
// from cn-formats.md and DESIGN.md only.
//
// Deterministic: own mulberry32 PRNG with a fixed seed; no clock, no I/O
// except OUT. Ends with a self-check (exit 1 on failure) and a summary.

import { writeFileSync } from 'node:fs';

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x5EC29A11);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const pad = (n, w = 2) => String(n).padStart(w, '0');
function wpick(pairs) { // [[value, weight], ...]
  let tot = 0; for (const [, w] of pairs) tot += w;
  let r = rnd() * tot;
  for (const [v, w] of pairs) { if ((r -= w) < 0) return v; }
  return pairs[pairs.length - 1][0];
}
function shuffle(a) { for (let i = a.length - 1; i > 0; i--) { const j = ri(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const FW = (s) => s.replace(/[0-9A-Za-z@.\-]/g, (c) => c === '-' ? '－' : String.fromCharCode(c.charCodeAt(0) + 0xFEE0));

// ---------------------------------------------------------------- check algorithms
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(body) { let s = 0; for (let i = 0; i < 17; i++) s += (+body[i]) * ID_W[i]; return '10X98765432'[s % 11]; }
function validDate(y, m, d) {
  if (m < 1 || m > 12 || d < 1) return false;
  const dim = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= dim[m - 1];
}
function luhnOk(s) {
  let sum = 0, alt = false;
  for (let i = s.length - 1; i >= 0; i--) { let n = +s[i]; if (alt) { n *= 2; if (n > 9) n -= 9; } sum += n; alt = !alt; }
  return sum % 10 === 0;
}
function luhnDigit(body) { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c); throw new Error('luhn'); }
const USCC_AL = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += USCC_AL.indexOf(b17[i]) * USCC_W[i]; return USCC_AL[(31 - (s % 31)) % 31]; }
function orgCheck(b8) {
  const W = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0;
  for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * W[i]; }
  const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
function s10Check(d8) { const W = [8, 6, 4, 2, 3, 5, 9, 7]; let s = 0; for (let i = 0; i < 8; i++) s += (+d8[i]) * W[i]; let c = 11 - (s % 11); if (c === 10) c = 0; if (c === 11) c = 5; return String(c); }

// ---------------------------------------------------------------- reference data
// County-level division codes that exist in old and current GB/T 2260 tables.
const REGIONS = ['110101', '110102', '110105', '110106', '110108', '110114', '120101', '120104', '130102', '130104', '140105', '150102', '210102', '210203', '220102', '230102', '310101', '310104', '310105', '310107', '310110', '310115', '320102', '320106', '320211', '320582', '320583', '330102', '330106', '330203', '330302', '340102', '340104', '341221', '350102', '350203', '360102', '360403', '370102', '370202', '370203', '410102', '410105', '411602', '412702', '412726', '420102', '420106', '420111', '421126', '430102', '430104', '440103', '440104', '440106', '440303', '440304', '440305', '440306', '440307', '440604', '440606', '441302', '445102', '450103', '460105', '500103', '500106', '510104', '510107', '520102', '530102', '610103', '610113', '620102', '650102'];
const REGIONS_RETIRED = ['110103', '110104']; // 崇文区 / 宣武区, abolished 2010, still valid on older cards
const REGION_SET = new Set([...REGIONS, ...REGIONS_RETIRED]);
const PROVINCES = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65']);

const MOBILE_PREFIX = [['130', 5], ['131', 5], ['132', 4], ['133', 4], ['134', 3], ['135', 8], ['136', 7], ['137', 7], ['138', 9], ['139', 9], ['150', 5], ['151', 5], ['152', 4], ['153', 3], ['155', 3], ['156', 3], ['157', 3], ['158', 5], ['159', 5], ['180', 4], ['181', 4], ['182', 4], ['183', 3], ['184', 1], ['185', 4], ['186', 5], ['187', 4], ['188', 4], ['189', 4], ['170', 1], ['171', 1], ['172', 1], ['173', 2], ['175', 1], ['176', 2], ['177', 2], ['178', 1], ['145', 1], ['147', 1], ['162', 1], ['165', 1], ['166', 2], ['167', 1], ['190', 1], ['191', 2], ['192', 1], ['193', 1], ['195', 1], ['196', 1], ['197', 1], ['198', 2], ['199', 3]];
const MOBILE_OK = new Set(MOBILE_PREFIX.map(([p]) => p));
const MOBILE_BAD = ['140', '141', '143', '144', '146', '148', '149', '154', '194'];
const isMobile = (s) => /^1[3-9]\d{9}$/.test(s) && (MOBILE_OK.has(s.slice(0, 3)) || s.startsWith('1610') || /^17400[0-5]/.test(s.slice(0, 6)) || /^1740[0-5]/.test(s.slice(0, 5)));

const CITIES = [
  { prov: '广东省', city: '深圳市', sc: '深圳', area: '0755', len: 8, d: ['南山区', '福田区', '龙岗区', '宝安区', '罗湖区', '龙华区'] },
  { prov: '广东省', city: '广州市', sc: '广州', area: '020', len: 8, d: ['天河区', '白云区', '海珠区', '番禺区', '越秀区'] },
  { prov: '广东省', city: '佛山市', sc: '佛山', area: '0757', len: 8, d: ['顺德区', '禅城区', '南海区'] },
  { prov: '', city: '上海市', sc: '上海', area: '021', len: 8, d: ['浦东新区', '闵行区', '徐汇区', '宝山区', '松江区'] },
  { prov: '', city: '北京市', sc: '北京', area: '010', len: 8, d: ['朝阳区', '海淀区', '丰台区', '石景山区', '通州区'] },
  { prov: '浙江省', city: '杭州市', sc: '杭州', area: '0571', len: 8, d: ['西湖区', '拱墅区', '余杭区', '滨江区'] },
  { prov: '江苏省', city: '南京市', sc: '南京', area: '025', len: 8, d: ['鼓楼区', '江宁区', '玄武区', '秦淮区'] },
  { prov: '江苏省', city: '苏州市', sc: '苏州', area: '0512', len: 8, d: ['吴中区', '姑苏区', '相城区', '吴江区'] },
  { prov: '湖北省', city: '武汉市', sc: '武汉', area: '027', len: 8, d: ['洪山区', '武昌区', '江汉区', '江岸区'] },
  { prov: '四川省', city: '成都市', sc: '成都', area: '028', len: 8, d: ['武侯区', '锦江区', '金牛区', '成华区'] },
  { prov: '', city: '重庆市', sc: '重庆', area: '023', len: 8, d: ['渝北区', '江北区', '沙坪坝区', '万州区'] },
  { prov: '河南省', city: '郑州市', sc: '郑州', area: '0371', len: 8, d: ['金水区', '二七区', '中原区', '管城回族区'] },
  { prov: '陕西省', city: '西安市', sc: '西安', area: '029', len: 8, d: ['雁塔区', '碑林区', '未央区', '长安区'] },
  { prov: '甘肃省', city: '兰州市', sc: '兰州', area: '0931', len: 7, d: ['城关区', '七里河区', '安宁区'] },
  { prov: '', city: '天津市', sc: '天津', area: '022', len: 8, d: ['南开区', '河西区', '和平区'] },
  { prov: '湖南省', city: '长沙市', sc: '长沙', area: '0731', len: 8, d: ['岳麓区', '芙蓉区', '雨花区', '开福区'] },
  { prov: '山东省', city: '济南市', sc: '济南', area: '0531', len: 8, d: ['历下区', '市中区', '槐荫区'] },
  { prov: '山东省', city: '青岛市', sc: '青岛', area: '0532', len: 8, d: ['市南区', '崂山区', '黄岛区', '李沧区'] },
];
const AREA_LEN = Object.fromEntries(CITIES.map((c) => [c.area, c.len]));
// district names that start with a surname character: decoys when they stand alone in a cell
const SURNAME_DISTRICTS = new Set(['龙岗区', '罗湖区', '白云区', '江北区', '金水区', '万州区', '石景山区', '余杭区', '金牛区', '安宁区', '黄岛区', '江宁区', '江汉区', '江岸区', '李沧区', '武侯区', '武昌区', '吴中区', '吴江区', '徐汇区', '宝山区', '秦淮区', '龙华区', '洪山区', '雁塔区', '岳麓区', '和平区', '成华区', '管城回族区']);
const ROADS = ['建设路', '人民路', '中山路', '解放路', '科技路', '新华路', '文化路', '和平路', '工业大道', '学府路', '滨河路', '长江路', '黄河路', '朝阳路', '光明路', '东风路', '幸福路', '友谊路', '创业路', '南环路', '迎宾大道', '红旗路', '青年路', '桃园路'];
const XIAOQU = ['碧桂园', '万科金色家园', '保利香槟国际', '华润城', '金地名峰', '翠竹苑', '锦绣花园', '龙湖春江郦城', '绿地新都会', '阳光100国际', '中海锦城', '招商雍景湾', '幸福花园', '桃源居', '东方明珠城', '恒大绿洲', '融创府', '世纪城', '丽景湾', '新城花园'];

// --------- names
const SUR = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍喻祁蒲房滕屈饶牟艾尤穆农卓古吉缪简车项连麦褚娄窦戚岑景党宫卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池麻苑迟邝';
const SUR_PY = 'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang xu han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai yu du ye cheng su wei lv ding ren shen yao lu jiang cui zhong tan lu wang fan jin shi liao jia xia wei fu fang bai zou meng xiong qin qiu jiang yin xue yan duan lei hou long shi tao li he gu mao hao gong shao wan qian yan qin wu dai mo kong xiang tang chang wen kang shi wen niu fan ge xing an qi yi qiao wu pang yan ni zhuang nie zhang lu yue zhai yin zhan shen ou geng guan lan jiao yu zuo liu gan zhu bao ning shang fu shu ruan ke ji mei tong ling bi ji pei huo tu miao gu sheng qu weng ran luo lan lu you xin jin guan chai meng bao yu qi pu fang teng qu rao mou ai you mu nong zhuo gu ji miao jian che xiang lian mai chu lou dou qi cen jing dang gong bu leng yan xi wei mi bai zong qu gui quan tong ying zang min gou wu bian bian ji qiu luan sui shang diao sha rong wu kou sang lang zhen cong zhong yu ao gong she chi ma yuan chi kuang'.split(' ');
if (SUR_PY.length !== [...SUR].length) throw new Error('surname pinyin table ' + SUR_PY.length + ' vs ' + [...SUR].length);
const SURS = [...SUR].map((s, i) => ({ s, py: SUR_PY[i], w: 1 / Math.pow(i + 4, 1.05) }));
const COMPOUND = [['欧阳', 'ouyang'], ['上官', 'shangguan'], ['司马', 'sima'], ['诸葛', 'zhuge'], ['司徒', 'situ'], ['皇甫', 'huangfu'], ['令狐', 'linghu'], ['夏侯', 'xiahou'], ['东方', 'dongfang'], ['慕容', 'murong']];
const GM = '伟强磊军洋勇杰涛明超刚平辉鹏斌波宇浩凯健俊帆志海春生德成林东卫永福荣宏峰飞亮利新忠坤鑫振庆贵长锋松义少立家瑞泽天建国文华军清良金武兵彪晨旭博毅阳龙江山胜祥发';
const GM_PY = 'wei qiang lei jun yang yong jie tao ming chao gang ping hui peng bin bo yu hao kai jian jun fan zhi hai chun sheng de cheng lin dong wei yong fu rong hong feng fei liang li xin zhong kun xin zhen qing gui chang feng song yi shao li jia rui ze tian jian guo wen hua jun qing liang jin wu bing biao chen xu bo yi yang long jiang shan sheng xiang fa'.split(' ');
const GF = '芳娜敏静丽艳娟秀英霞桂兰玲婷雪梅琳欣怡佳红玉凤晶莉倩雯琴云淑珍燕萍洁慧巧翠诗宁月红丹璐颖琪蓉媛晓露冰莹彤薇爽妍';
const GF_PY = 'fang na min jing li yan juan xiu ying xia gui lan ling ting xue mei lin xin yi jia hong yu feng jing li qian wen qin yun shu zhen yan ping jie hui qiao cui shi ning yue hong dan lu ying qi rong yuan xiao lu bing ying tong wei shuang yan'.split(' ');
if (GM_PY.length !== [...GM].length || GF_PY.length !== [...GF].length) throw new Error('given pinyin table ' + GM_PY.length + '/' + [...GM].length + ' ' + GF_PY.length + '/' + [...GF].length);
const GMC = [...GM].map((c, i) => [c, GM_PY[i]]);
const GFC = [...GF].map((c, i) => [c, GF_PY[i]]);
const MINORITY = [['买买提·吐尔逊', 'maimaiti'], ['阿依古丽·买买提', 'ayiguli'], ['热依拉·阿不都', 'reyila'], ['艾力·卡德尔', 'aili'], ['古丽米拉·艾买提', 'gulimila'], ['帕尔哈提·吾守尔', 'paerhati'], ['迪丽娜尔·阿布拉', 'dilinaer'], ['阿卜杜拉·热合曼', 'abudula'], ['扎西·次仁', 'zhaxi'], ['努尔艾力·依明', 'nuraili']];

// decoy words that stand where a name could stand
const DW = {
  brand: ['方太', '华帝', '万和', '万家乐', '林内', '苏泊尔', '康佳', '容声', '金羚', 'A.O.史密斯', '欧派', '海尔', '美的', '格力', '奥克斯', '志高', '长虹', '创维', '海信', '小天鹅', '美菱', '九阳', '沁园', '安吉尔', '云米', '西门子', '松下', '大金', '老板', '惠而浦', '卡萨帝', '统帅', '科沃斯', '石头', '史密斯'],
  company: ['金茂物业', '万科物业', '万达广场', '华润万家', '顾家家居', '林氏家居', '江南春酒楼', '白云宾馆', '高新一小', '方正大厦', '龙湖物业', '周黑鸭', '刘一手火锅', '马记牛肉面', '程记五金', '黄记煌', '汪汪宠物店', '陈记汽修', '罗森便利店', '宋城酒店', '孔雀城售楼部', '杨家坪中学', '金海湾酒店', '武商量贩', '苏宁易购', '国美电器', '史丹利装饰', '胡桃里音乐酒馆'],
  job: ['网点主管', '客服专员', '区域经理', '售后督导', '质检专员', '安装师傅', '技术主管', '值班经理', '仓管员', '调度员', '网点负责人', '信息员', '财务出纳', '服务经理'],
  masked: ['王*英', '李**', '张某某', '陈*', '刘*华', '黄**', '赵某', '周*明', '吴**', '孙*'],
  word: ['周末上门', '周一上午', '余额支付', '付款成功', '高温报警', '常规保养', '明天下午', '马上到', '程序异常', '时间待定', '关于延保', '安全检查', '成功激活', '方便时联系', '何时上门', '金额有误', '任务超时', '向日葵小区'],
};
const DW_ALL = new Set(Object.values(DW).flat());
const SURNAME_BRANDS = new Set(['方太', '华帝', '万和', '万家乐', '林内', '苏泊尔', '康佳', '容声', '金羚', 'A.O.史密斯', '欧派', '史密斯', '石头', '安吉尔', '云米', '卡萨帝', '统帅', '老板', '长虹', '海信', '海尔']);

const usedNames = new Set();
// generated names that would read as everyday words or places are skipped
const NAME_BLACK = new Set(['周长', '张家', '文明', '金华', '黄山', '江山', '华山', '高明', '高平', '江海', '石林', '向阳', '白天', '金山', '龙江', '林海', '高新', '万家', '常春', '成林', '高德', '吴忠', '梁山', '海林', '龙山', '马山', '金林', '田林', '江华', '华林', '黄海', '石家', '王家', '李家', '刘家', '陈家', '宋家', '方正', '安全', '全国', '明明', '洪山']);
function genName(opts = {}) {
  for (let tries = 0; tries < 200; tries++) {
    let name, py, female = opts.female ?? chance(0.48), minority = false;
    const r = rnd();
    if (r < 0.02 && !opts.noMinority) { const m = pick(MINORITY); name = m[0]; py = m[1]; minority = true; }
    else {
      let s, spy;
      if (r < 0.05) { [s, spy] = pick(COMPOUND); } else { const x = wpick(SURS.map((o) => [o, o.w])); s = x.s; spy = x.py; }
      const pool = female ? GFC : GMC;
      const g1 = pick(pool), two = s.length === 2 ? chance(0.5) : chance(0.72);
      if (g1[0] === s) continue;
      if (two) { let g2 = pick(pool); if (g2[0] === g1[0] && chance(0.7)) g2 = pick(pool); name = s + g1[0] + g2[0]; py = [spy, g1[1], g2[1]]; }
      else { name = s + g1[0]; py = [spy, g1[1]]; }
    }
    let bad = false;
    for (const w of DW_ALL) if (w.includes(name) || name.includes(w)) bad = true;
    if (/(师傅|先生|女士|小姐|经理|总)$/.test(name) || NAME_BLACK.has(name)) bad = true;
    if (bad) continue;
    if (opts.avoid && opts.avoid.has(name)) continue;
    usedNames.add(name);
    return { name, py, female, minority };
  }
  throw new Error('genName');
}

// ---------------------------------------------------------------- value generators
function genMobile() { return wpick(MOBILE_PREFIX) + digits(8); }
function genBadMobile() { return pick(MOBILE_BAD) + digits(8); }
function randBirth(y0, y1) { for (;;) { const y = ri(y0, y1), m = ri(1, 12), d = ri(1, 28 + (m === 2 ? 0 : 3)); if (validDate(y, m, d)) return { y, m, d }; } }
function seq3(female) { let s = ri(0, 999); if ((s % 2 === 0) !== female) s = (s + 1) % 1000; return pad(s, 3); }
function makeId(b, female, region) {
  region = region || (b.y < 2008 && chance(0.03) ? pick(REGIONS_RETIRED) : pick(REGIONS));
  const body = region + b.y + pad(b.m) + pad(b.d) + seq3(female);
  return body + idCheck(body);
}
function isValidId(s) {
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  if (!REGION_SET.has(s.slice(0, 6))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || y > 2025 || !validDate(y, m, d)) return false;
  return idCheck(s.slice(0, 17)) === s[17];
}
// invalid look-alikes of resident ids (decoys)
function idTypo(v) { // one digit of the body mistyped, old check char kept: MOD 11-2 fails
  const i = ri(6, 16); const c = (+v[i] + ri(1, 9)) % 10; return v.slice(0, i) + c + v.slice(i + 1);
}
function idBadCheck(v) { const al = '0123456789X'.replace(v[17], ''); return v.slice(0, 17) + pick([...al]); }
function idBadDate(female) {
  const y = ri(1960, 1999); const md = pick(['0230', '0231', '1301', '0000', '0431', '0229', '1132', '0631']);
  if (md === '0229' && y % 4 === 0) return idBadDate(female);
  const body = pick(REGIONS) + y + md + seq3(female); return body + idCheck(body);
}
function idBadRegion(b, female) { const body = pick(['001673', '990102', '200301', '000000', '961023', '723101']) + b.y + pad(b.m) + pad(b.d) + seq3(female); return body + idCheck(body); }
function idBad(p) { for (;;) { const x = idBad0(p); if (!looksSensitive(x[1])) return x; } }
function idBad0(p) { const r = rnd(); if (r < 0.4) return ['id_typo', idTypo(p.id)]; if (r < 0.6) return ['id_bad_check', idBadCheck(p.id)]; if (r < 0.8) return ['id_bad_date', idBadDate(p.female)]; return ['id_bad_region', idBadRegion(p.birth, p.female)]; }
const upgrade15 = (s) => { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheck(b); };
const downgrade18 = (s) => s.slice(0, 6) + s.slice(8, 17);
function legacyLike(s) { // 15 digits: province + YYMMDD
  if (!/^\d{15}$/.test(s) || !PROVINCES.has(s.slice(0, 2))) return false;
  return validDate(1900 + +s.slice(6, 8), +s.slice(8, 10), +s.slice(10, 12));
}
function idLike18(s) { // what a lenient engine might take for an ID: province + date + check
  if (!/^\d{17}[\dXx]$/.test(s) || !PROVINCES.has(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10); if (y < 1900 || y > 2025 || !validDate(y, +s.slice(10, 12), +s.slice(12, 14))) return false;
  return idCheck(s.slice(0, 17)) === s[17].toUpperCase();
}

const BINS = [
  ['中国工商银行', '622202', 19], ['中国工商银行', '621226', 19], ['中国工商银行', '621558', 19], ['中国建设银行', '621700', 19], ['中国建设银行', '622700', 19],
  ['中国农业银行', '622848', 19], ['中国农业银行', '622845', 19], ['中国银行', '621661', 19], ['中国银行', '621785', 19], ['招商银行', '621483', 16],
  ['招商银行', '622588', 16], ['交通银行', '622262', 19], ['中国邮政储蓄银行', '621799', 19], ['中国邮政储蓄银行', '622188', 19], ['兴业银行', '622909', 18],
  ['平安银行', '623058', 19], ['中信银行', '622690', 16], ['浦发银行', '622521', 16], ['农村商业银行', '623190', 19], ['广发银行', '622568', 16],
];
const BRANCH_TAIL = ['科技园支行', '营业部', '城东支行', '高新支行', '人民路支行', '开发区支行', '新区支行', '中心支行', '解放路分理处', '东门支行', '西城支行', '火车站支行'];
function genCard() {
  const [bank, bin, len] = pick(BINS);
  const body = bin + digits(len - bin.length - 1);
  return { bank, no: body + luhnDigit(body) };
}
function badLuhn(no) { const last = +no[no.length - 1]; return no.slice(0, -1) + ((last + ri(1, 9)) % 10); }
function genUscc(kind = '91') {
  for (;;) {
    const region = pick(['440300', '440305', '440106', '310115', '110105', '330106', '320583', '420106', '510107', '370202', '440604', '500103']);
    let org;
    if (chance(0.7)) { org = 'MA' + Array.from({ length: 6 }, () => pick([...'0123456789ABCDEFGHJKLMNPQRTUWXY'])).join(''); }
    else org = digits(8);
    const oc = orgCheck(org);
    const b17 = kind + region + org + oc;
    if ([...b17].some((c) => !USCC_AL.includes(c))) continue;
    return b17 + usccCheck(b17);
  }
}
function usccOk(s) {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s)) return false;
  if (usccCheck(s.slice(0, 17)) !== s[17]) return false;
  return orgCheck(s.slice(8, 16)) === s[16];
}
function genPassport() { return chance(0.5) ? 'E' + digits(8) : 'E' + pick([...'ABCDEFGHJKLMNPQRSTUVWXYZ']) + digits(7); }
function genLandline(c) { return { area: c.area, num: String(ri(2, 8)) + digits(c.len - 1) }; }
const landOk = (s) => { for (const a of Object.keys(AREA_LEN)) if (s.startsWith(a) && s.length === a.length + AREA_LEN[a] && /^[2-8]/.test(s.slice(a.length))) return true; return false; };

const MAIL_DOM = [['163.com', 8], ['126.com', 4], ['qq.com', 10], ['foxmail.com', 2], ['sina.com', 2], ['sohu.com', 1], ['139.com', 2], ['aliyun.com', 1], ['outlook.com', 1], ['gmail.com', 1], ['yeah.net', 1], ['189.cn', 1]];
function emailFor(p) {
  if (p.email) return p.email;
  const dom = wpick(MAIL_DOM);
  const py = p.py;
  let local;
  if (dom === 'qq.com' && chance(0.75)) local = String(ri(1, 9)) + digits(ri(6, 9));
  else if ((dom === '139.com' || dom === '189.cn') && chance(0.7)) { local = p.mobile; p.emailHasMobile = true; }
  else if (typeof py === 'string') local = py + ri(1, 99);
  else {
    const full = py.join(''), ini = py.map((x) => x[0]).join('');
    local = pick([full, full + (p.birth ? String(p.birth.y).slice(2) : ri(10, 99)), py[0] + '_' + py.slice(1).join(''), py.slice(1).join('') + '.' + py[0], ini + ri(100, 999), py[0] + ini.slice(1) + (p.birth ? p.birth.y : ri(1970, 2000)), full + pick(['sz', 'gz', '_sh', 'bj', '001', '666', '888'])]);
  }
  p.email = (local + '@' + dom).toLowerCase();
  return p.email;
}
function person(opts = {}) {
  const n = genName(opts);
  const female = n.female;
  const birth = randBirth(opts.y0 || 1952, opts.y1 || 2003);
  return { name: n.name, py: n.py, female, minority: n.minority, birth, mobile: genMobile(), get id() { return this._id || (this._id = makeId(this.birth, this.female)); } };
}
function personN(n, opts = {}) { const avoid = new Set(); const out = []; for (let i = 0; i < n; i++) { const p = person({ ...opts, avoid }); avoid.add(p.name); out.push(p); } return out; }

// --------- domain numbers (decoys)
const yy = () => pick(['23', '24', '24', '24', '25']);
// every document has its own "today" (CUR); dates in it fall shortly before it
const DAY = 86400000;
let CUR = Date.UTC(2024, 0, 1);
function setCur() { CUR = Date.UTC(2023, 0, 1) + ri(0, 900) * DAY; }
function dateObj(back = 45) { const t = new Date(CUR - ri(0, back) * DAY); return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() }; }
const buyDate = () => dateObj(1100);
function clock(o, step = 900) { // increasing "YYYY-MM-DD HH:MM:SS" within one day and the next
  const oo = o || dateObj(); let t = Date.UTC(oo.y, oo.m - 1, oo.d, ri(7, 10), ri(0, 59), ri(0, 59));
  return () => { t += ri(5, step) * 1000; const x = new Date(t); return `${x.getUTCFullYear()}-${pad(x.getUTCMonth() + 1)}-${pad(x.getUTCDate())} ${pad(x.getUTCHours())}:${pad(x.getUTCMinutes())}:${pad(x.getUTCSeconds())}`; };
}
const msFor = (o) => String(Date.UTC(o.y, o.m - 1, o.d, ri(0, 14), ri(0, 59), ri(0, 59)) + ri(0, 999));
const fmtDate = (o, st = 0) => st === 0 ? `${o.y}-${pad(o.m)}-${pad(o.d)}` : st === 1 ? `${o.y}/${o.m}/${o.d}` : st === 2 ? `${o.y}年${o.m}月${o.d}日` : st === 3 ? `${o.y}.${o.m}.${o.d}` : `${o.y}${pad(o.m)}${pad(o.d)}`;
const hhmm = () => `${pad(ri(8, 20))}:${pad(ri(0, 59))}`;
const hms = () => `${pad(ri(7, 21))}:${pad(ri(0, 59))}:${pad(ri(0, 59))}`;
function looksSensitive(run) {
  const s = run.toUpperCase();
  if (s.length === 11 && isMobile(s)) return true;
  if (s.length === 12 && s[0] === '0' && isMobile(s.slice(1))) return true;
  if (s.length === 13 && s.startsWith('86') && isMobile(s.slice(2))) return true;
  if (s.length === 15 && (legacyLike(s) || (s.startsWith('0086') && isMobile(s.slice(4))))) return true;
  if (s.length === 18 && idLike18(s)) return true;
  if (s.length >= 16 && s.length <= 19 && luhnOk(s) && /^(62|81|4|5|3)/.test(s)) return true;
  return false;
}
function safe(gen) {
  for (let i = 0; i < 100; i++) {
    const v = gen(); const u = v.toUpperCase();
    const runs = [...(u.match(/\d+X?/g) || []), ...(u.match(/\d+(?:[ \-]\d+)+X?/g) || []).map((x) => x.replace(/[ \-]/g, ''))];
    if (!runs.some(looksSensitive)) return v;
  }
  throw new Error('safe');
}
function orderNo(style) {
  const d = dateObj(); const ds = `${String(d.y).slice(2)}${pad(d.m)}${pad(d.d)}`;
  return safe(() => {
    switch (style ?? ri(0, 6)) {
      case 0: return 'GD' + ds + digits(6);
      case 1: return `${d.y}${pad(d.m)}${pad(d.d)}` + digits(ri(6, 10));
      case 2: return 'FW' + d.y + pad(d.m) + pad(d.d) + digits(5);
      case 3: return 'SV' + ds + '-' + digits(4);
      case 4: return 'AZ' + ds + digits(5);
      case 5: return 'WX-' + d.y + '-' + digits(6);
      default: return digits(1).replace(/[01]/, '5') + ds + digits(4);
    }
  });
}
const barcode = () => safe(() => pick([
  () => pick(['0000', '2100', 'AA00']) + pick(['P3', 'K5', 'B2', 'Q1']) + digits(4) + pick(['A', 'B', 'C', 'N']) + digits(2) + pick(['A', 'B', 'C']) + '0' + digits(5),
  () => '69' + digits(11),
  () => pick(['DA', 'CB', 'BA', 'EF']) + digits(1) + pick(['F', 'K', 'M']) + digits(1) + pick(['M', 'N', 'Q']) + digits(1) + pick(['F', 'E']) + digits(10),
  () => digits(4) + pick(['G', 'W', 'L']) + digits(9),
  () => '4' + pick(['F', 'R', 'L']) + pick(['B', 'C']) + digits(10),
])());
const snNo = () => safe(() => pick([() => 'SN' + digits(12), () => pick(['21', '22', '23', '24']) + pick(['H', 'K', 'J']) + digits(1) + pick(['A', 'B', 'C']) + digits(9), () => digits(3) + pick(['A', 'E', 'T']) + digits(6) + pick(['R', 'S']) + digits(4)])());
const machineNo = () => safe(() => pick([() => digits(2) + pick(['A', 'B', 'K']) + digits(8), () => 'JH' + digits(10), () => digits(6) + '-' + digits(5)])());
const warrantyNo = () => safe(() => pick([() => 'YB' + digits(12), () => 'BXK' + yy() + digits(7), () => digits(4) + ' ' + digits(4) + ' ' + digits(4), () => 'No.' + digits(8)])());
function trackingNo() {
  return safe(() => pick([
    () => 'SF' + ri(1, 3) + digits(12),
    () => '7' + pick(['3', '5', '8']) + digits(12),
    () => pick(['43', '31', '46']) + digits(11),
    () => 'JDX' + digits(12),
    () => 'YT' + digits(13),
    () => { const d8 = digits(8); return 'E' + pick(['A', 'E', 'M']) + d8 + s10Check(d8) + 'CN'; },
  ])());
}
const hotline = () => pick(['400-889-9315', '4006-999-315', '400-699-9999', '400-612-8888', '4008-365-315', '400-800-8899', '400 888 0315', '4009-315-315', '400-090-1998', '400-6268-800']);
const partCode = () => safe(() => pick([
  () => '17122000' + pick(['A', 'B', '0']) + digits(5),
  () => '30226' + digits(6),
  () => 'E' + digits(8),
  () => '2013' + digits(8),
  () => '0010' + digits(6) + pick(['A', 'B', 'C']),
  () => 'PJ-' + digits(6),
])());
const PARTS = [['电容 35uF', 45], ['主控板', 380], ['室外机主板', 460], ['风扇电机', 210], ['四通阀', 260], ['压缩机', 1280], ['遥控器', 35], ['排水泵', 120], ['门封条', 90], ['温控器', 75], ['脉冲点火器', 68], ['水流传感器', 55], ['滤芯(PP棉)', 49], ['RO膜', 399], ['进水阀', 38], ['加热管', 110], ['电源板', 240], ['冷凝器', 520], ['烟机涡轮', 150], ['灶具热电偶', 30], ['显示板', 180], ['冷媒R32(kg)', 90], ['铜管(米)', 60]];
const amount = (a, b) => (ri(a * 100, b * 100) / 100).toFixed(2);
const invoiceNo8 = () => safe(() => pick(['0', '1', '2', '3', '4', '5', '6', '7']) + digits(7));
const invoiceCode = () => safe(() => '0' + pick(['44', '31', '11', '33']) + pick(['03', '01', '02']) + '1' + digits(2) + pick(['11', '12', '21']) + digits(2));
const eInvoiceNo = () => safe(() => yy() + pick(['44', '31', '11', '33']) + digits(16));
const imei = () => safe(() => { const b = '86' + digits(12); return b + luhnDigit(b); });
const msTs = () => msFor(dateObj());
const staffNo = () => pick([() => 'T' + digits(4), () => 'SZ' + digits(5), () => 'GS-' + digits(4), () => digits(6), () => 'W' + digits(5)])();

// products
const PRODUCTS = [
  { cat: '空调', sub: '挂机', b: ['美的', '格力', '海尔', '奥克斯', '海信', '志高', 'TCL', '大金', '松下', '长虹'], m: () => `KFR-${pick(['26', '35', '50'])}GW/${pick(['BP3DN8Y-PH200(1)', 'N8MJA3', 'NhGc1B', 'BDN8Y-YA401(B3)', 'BP2DN1Y-KC(3)', '(35592)FNhAa-B1', 'BpR3DN8Y-MX200'])}`, f: ['不制冷', '制冷效果差', '显示E1', '显示F4', '外机不转', '漏水', '异响', '遥控失灵', '显示P0', '不开机'] },
  { cat: '空调', sub: '柜机', b: ['美的', '格力', '海尔', '奥克斯', '三菱电机', '大金'], m: () => `KFR-${pick(['51', '72'])}LW/${pick(['(72596)FNhAd-B1', 'BP3DN8Y-YH200(B1)', 'N8VHA1', 'DN8MXA1'])}`, f: ['不制热', '显示E6', '出风有异味', '室内机漏水', '外机结霜'] },
  { cat: '洗衣机', sub: '滚筒', b: ['海尔', '小天鹅', '美的', '西门子', '松下', '统帅'], m: () => pick(['XQG100-BD14126L', 'EG100B129W', 'TG100V88WMUIADY5', 'XQG80-B12866', 'WM12P2602W', 'MD100V11D']), f: ['不排水', '显示E21', '脱水异响', '门锁打不开', '漏水', '不进水'] },
  { cat: '冰箱', sub: '对开门', b: ['容声', '美菱', '海尔', '美的', '西门子', '卡萨帝'], m: () => pick(['BCD-510WKPZM(E)', 'BCD-470WDPZM(E)', 'BCD-606WKPZM', 'BCD-529WD18HP', 'BCD-455WSPZM']), f: ['冷藏不制冷', '冷冻室结霜', '压缩机不停机', '显示E0', '噪音大'] },
  { cat: '燃气热水器', sub: '', b: ['林内', '万和', '万家乐', '华帝', 'A.O.史密斯', '能率'], m: () => pick(['JSQ25-13UL', 'JSQ30-ZH3', 'JSQ25-Q13W', 'JSQ32-E6', 'JSQ26-C1']), f: ['点不着火', '显示E1', '水温忽冷忽热', '熄火', '异味'] },
  { cat: '电热水器', sub: '', b: ['A.O.史密斯', '海尔', '美的', '万和'], m: () => pick(['F6030-X1(S)', 'EC6002-MC3', 'D60-HB50(1)', 'E60VC5']), f: ['不加热', '漏电保护跳闸', '显示E2', '出水小'] },
  { cat: '油烟机', sub: '', b: ['方太', '老板', '华帝', '美的', '西门子'], m: () => pick(['CXW-200-JQ01T', 'CXW-260-EMD1T', 'CXW-258-A838', 'CXW-200-JCD6', 'CXW-223-27A7']), f: ['吸力小', '异响', '灯不亮', '漏油', '按键失灵'] },
  { cat: '燃气灶', sub: '', b: ['方太', '老板', '华帝', '林内'], m: () => pick(['JZT-FD21BE', 'JZT-7B32', 'JZT-TH29B', 'JZY-36B']), f: ['打不着火', '火力小', '熄火保护失灵'] },
  { cat: '净水器', sub: '', b: ['沁园', '安吉尔', '美的', '云米', '海尔'], m: () => pick(['MRO208-5', 'J2033-ROB8C', 'CR400-N6', 'MRC1891B-600G']), f: ['不出水', '漏水', '滤芯到期', '制水慢', 'TDS偏高'] },
  { cat: '洗碗机', sub: '', b: ['方太', '西门子', '美的', '海尔'], m: () => pick(['GX1000S', 'SJ636X09ZC', 'RX600', 'EYW13-V3']), f: ['洗不干净', '显示E4', '不排水'] },
  { cat: '电视', sub: '', b: ['海信', '创维', '康佳', 'TCL', '长虹'], m: () => pick(['65E3H', '55A6F', '75Q7K', '65G60']), f: ['有声无图', '黑屏', '开机重启', '屏幕竖线'] },
];
const SVC = ['安装', '维修', '维修', '维修', '保养', '清洗', '移机', '拆机'];
function product() { const p = pick(PRODUCTS); const brand = pick(p.b); return { ...p, brand, model: p.m(), fault: pick(p.f) }; }
const STATUS = ['待派工', '已派工', '已预约', '服务中', '待回访', '已完工', '已完工', '已关闭', '待配件', '已取消'];
const NET_W = ['顺达', '佳美', '诚信', '宏达', '恒通', '鑫源', '安信', '优家', '万通', '金诚', '邦达', '嘉禾', '蓝天', '惠民', '快修'];
function netName(c, dist) { return `${c.sc}${(dist || pick(c.d)).replace(/(新区|回族区|区)$/, '')}${pick(NET_W)}${pick(['家电服务部', '电器维修中心', '制冷设备有限公司', '家电售后网点', '电器服务站'])}`; }
function street(c, dist) { return `${dist}${pick(ROADS)}${ri(1, 388)}号${pick(XIAOQU)}${ri(1, 28)}栋${ri(1, 4)}单元${ri(2, 32)}${pad(ri(1, 8))}室`; }
function fullAddr(c, dist) { dist = dist || pick(c.d); return `${c.prov}${c.city}${street(c, dist)}`; }
const pickCity = () => pick(CITIES);
function branch(c, bank) { return `${bank}${c.sc}${pick(BRANCH_TAIL)}`; }

// ---------------------------------------------------------------- document builder
class Doc {
  constructor(kind) { this.kind = kind; this.ents = new Map(); this.dcs = new Map(); this.decs = new Map(); }
  _e(det, v) { const k = det + '|' + v; if (!this.ents.has(k)) this.ents.set(k, { detector: det, value: v }); }
  dc(det, v) { const k = det + '|' + v; if (!this.dcs.has(k)) this.dcs.set(k, { detector: det, value: v }); }
  dec(kind, text) { text = String(text); const k = kind + '|' + text; if (!this.decs.has(k)) this.decs.set(k, { kind, text }); return text; }
  // names
  name(p, how = 'e') { const n = typeof p === 'string' ? p : p.name; if (how === 'e') this._e('person_name_zh', n); else this.dc('person_name_zh', n); return n; }
  nameSp(p) { const n = typeof p === 'string' ? p : p.name; this._e('person_name_zh', n); if (n.includes('·')) return n; return [...n].join(chance(0.5) ? ' ' : '  '); }
  title(p, t) { const n = typeof p === 'string' ? p : p.name; if (n.includes('·')) return this.name(n); const sur = COMPOUND.some(([c]) => n.startsWith(c)) ? n.slice(0, 2) : n[0]; this.dc('person_name_zh', sur); this.dc('person_name_zh', sur + t); return sur + t; }
  // mobiles
  mob(m, style) {
    if (m && typeof m === 'object') m = m.mobile;
    this._e('cn_mobile', m);
    style = style || 'plain';
    if (style === 'r') style = wpick([['plain', 60], ['sp', 10], ['dash', 8], ['p86sp', 4], ['p86', 5], ['p86d', 2], ['n86', 2], ['z86', 1], ['par86', 2], ['fw', 4], ['trunk0', 1]]);
    if (style === 'rf') style = wpick([['plain', 70], ['sp', 14], ['dash', 10], ['fw', 6]]);
    switch (style) {
      case 'sp': return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
      case 'dash': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
      case 'p86sp': return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
      case 'p86': return `+86${m}`;
      case 'p86d': return `+86-${m}`;
      case 'n86': return `86${m}`;
      case 'z86': return `0086 ${m}`;
      case 'par86': return `(+86)${m}`;
      case 'fw': return FW(m);
      case 'trunk0': return `0${m}`;
      case 'split': return `${m.slice(0, 7)}\n${m.slice(7)}`;
      default: return m;
    }
  }
  mobMasked(m) { if (typeof m === 'object') m = m.mobile; return this.dec('mobile_masked', chance(0.8) ? `${m.slice(0, 3)}****${m.slice(7)}` : `${m.slice(0, 3)}xxxx${m.slice(7)}`); }
  mobOcrBroken(m) {
    if (typeof m === 'object') m = m.mobile;
    this.dc('cn_mobile', m);
    const map = { 0: 'O', 1: 'l', 5: 'S', 8: 'B' };
    const idx = [...m].map((c, i) => (map[c] && i > 0 ? i : -1)).filter((i) => i >= 0);
    if (!idx.length) return m.slice(0, 3) + ' ' + m.slice(3, 7) + '·' + m.slice(7); // torn: shown with a dot, still readable
    const i = pick(idx); return m.slice(0, i) + map[m[i]] + m.slice(i + 1);
  }
  // resident ids
  id(v, style) {
    this._e('cn_resident_id', v);
    style = style || 'plain';
    if (style === 'r') style = wpick([['plain', 80], ['lowx', 6], ['sp', 5], ['fw', 3], ['tab', 3], ['q', 3]]);
    switch (style) {
      case 'lowx': return v.replace('X', 'x');
      case 'sp': return `${v.slice(0, 6)} ${v.slice(6, 14)} ${v.slice(14)}`;
      case 'fw': return FW(v);
      case 'tab': return '\t' + v;
      case 'q': return "'" + v;
      case 'split': return `${v.slice(0, 10)}\n${v.slice(10)}`;
      case 'legacy': return downgrade18(v);
      default: return v;
    }
  }
  idMasked(v) { return this.dec('id_masked', pick([() => v.slice(0, 6) + '********' + v.slice(14), () => v.slice(0, 3) + '***********' + v.slice(14), () => v.slice(0, 4) + '**********' + v.slice(14)])()); }
  // bank cards
  card(no, style) {
    this._e('bank_card', no);
    style = style || 'plain';
    if (style === 'r') style = wpick([['plain', 55], ['g4', 35], ['dash', 4], ['tab', 3], ['q', 3]]);
    const g4 = no.replace(/(\d{4})(?=\d)/g, '$1 ');
    switch (style) {
      case 'g4': return g4;
      case 'dash': return no.replace(/(\d{4})(?=\d)/g, '$1-');
      case 'tab': return '\t' + no;
      case 'q': return "'" + no;
      case 'split': { const parts = g4.split(' '); const k = Math.max(2, parts.length - 2); return parts.slice(0, k).join(' ') + '\n' + parts.slice(k).join(' '); }
      case 'fw': return FW(no);
      default: return no;
    }
  }
  cardMasked(no) { return this.dec('card_masked', pick([() => no.slice(0, 4) + ' **** **** ' + no.slice(-4), () => no.slice(0, 6) + '*'.repeat(no.length - 10) + no.slice(-4), () => '尾号' + no.slice(-4)])()); }
  // e-mail
  mail(p, style) {
    const e = typeof p === 'string' ? p.toLowerCase() : emailFor(p);
    this._e('email', e);
    if (typeof p === 'object' && p.emailHasMobile) this._e('cn_mobile', p.mobile);
    style = style || 'plain';
    if (style === 'r') style = wpick([['plain', 85], ['caps', 8], ['fw@', 3], ['sp', 4]]);
    switch (style) {
      case 'caps': { const [l, d] = e.split('@'); return l.replace(/^./, (c) => c.toUpperCase()) + '@' + d.toUpperCase(); }
      case 'fw@': return e.replace('@', '＠');
      case 'sp': return e; // reserved
      default: return e;
    }
  }
  tel(l, style) {
    const v = l.area + l.num; this._e('cn_landline', v);
    style = style || wpick([['dash', 60], ['par', 12], ['parfw', 4], ['sp', 8], ['plain', 8], ['p86', 4], ['ext', 4]]);
    const n = l.num, h = n.length === 8 ? `${n.slice(0, 4)} ${n.slice(4)}` : `${n.slice(0, 3)} ${n.slice(3)}`;
    switch (style) {
      case 'par': return `(${l.area})${n}`;
      case 'parfw': return `（${l.area}）${n}`;
      case 'sp': return `${l.area} ${h}`;
      case 'plain': return v;
      case 'p86': return `+86 ${l.area.slice(1)} ${h}`;
      case 'ext': return `${l.area}-${n}${pick(['转', '-', ' 分机'])}${ri(800, 8999)}`;
      default: return `${l.area}-${n}`;
    }
  }
  uscc(v) { this._e('cn_uscc', v); return v; }
  passport(v) { this._e('cn_passport', v); return v; }
  // decoy helpers for name positions
  nameDecoy(cat) { const w = pick(DW[cat]); return this.dec(cat === 'masked' ? 'masked_name' : cat === 'word' ? 'common_word' : cat === 'job' ? 'job_title' : cat, w); }
  brand(b) { return SURNAME_BRANDS.has(b) ? this.dec('brand', b) : b; }
  dist(d) { return SURNAME_DISTRICTS.has(d) ? this.dec('place', d) : d; }
  dt() { return this.dec('datetime', tsStr()); }
  finish(id, text) {
    for (const k of this.ents.keys()) this.dcs.delete(k);
    return { id, kind: this.kind, text, entities: [...this.ents.values()], dontCare: [...this.dcs.values()], decoys: [...this.decs.values()] };
  }
}
const csvCell = (s) => { s = String(s ?? ''); return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; };
const csvRow = (a) => a.map(csvCell).join(',');
const dw = (s) => [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x7f ? 2 : 1), 0);
const fixw = (s, w) => { s = String(s); let out = ''; for (const ch of s) { if (dw(out + ch) > w) break; out += ch; } return out + ' '.repeat(Math.max(0, w - dw(out))); };
function techTeam(c, n) { return personN(n, { y0: 1968, y1: 2000, noMinority: true }).map((p) => ({ ...p, staff: staffNo(), get id() { return this._id || (this._id = makeId(this.birth, this.female)); } })); }
function custName(d, p, opts = {}) { // content of a 用户姓名 cell
  const r = rnd();
  if (r < (opts.pTitle ?? 0.07)) return d.title(p, pick(['女士', '先生', '先生', '女士', '小姐', '总', '老师']));
  if (r < (opts.pTitle ?? 0.07) + (opts.pCo ?? 0.05)) return d.nameDecoy('company');
  if (r < (opts.pTitle ?? 0.07) + (opts.pCo ?? 0.05) + (opts.pMask ?? 0.03)) return d.nameDecoy('masked');
  return d.name(p);
}
const apptStr = () => { const o = dateObj(); return `${fmtDate(o)} ${pick(['08:00-10:00', '09:00-12:00', '10:00-12:00', '13:00-15:00', '14:00-18:00', '18:00-20:00'])}`; };
const tsStr = () => `${fmtDate(dateObj())} ${hms()}`;

// ================================================================ templates
const T = {};

// ---- 1. 工单导出 CSV (platform exports, xlsx saved as CSV)
T.gd_csv = (d) => {
  const c = pickCity(); const techs = techTeam(c, ri(3, 7)); const dist0 = pick(c.d); const net = netName(c, dist0);
  const v = ri(0, 3); const n = ri(7, 20); const L = [];
  if (v === 0) {
    L.push('工单编号,服务类型,产品品类,品牌,产品型号,机身条码,用户姓名,用户电话,备用电话,省,市,区,详细地址,预约时间,网点名称,服务工程师,工程师手机,工单状态,创建时间');
    for (let i = 0; i < n; i++) {
      const p = person(); const pr = product(); const st = pick(STATUS); const t = st === '待派工' ? null : pick(techs); const dist = pick(c.d);
      let bk = '';
      const r = rnd();
      if (r < 0.25) bk = d.mob(genMobile()); else if (r < 0.4) bk = d.tel(genLandline(c), pick(['dash', 'plain', 'sp'])); else if (r < 0.5) bk = d.mobMasked(genMobile());
      L.push(csvRow([d.dec('order_no', orderNo(0)), pick(SVC), pr.cat, d.brand(pr.brand), d.dec('model_no', pr.model), d.dec('barcode', barcode()), custName(d, p), d.mob(p), bk, c.prov || c.city, c.city, d.dist(dist), street(c, dist).slice(dist.length), d.dec('datetime', apptStr()), d.dec('company', net), t ? d.name(t) : '', t ? d.mob(t) : '', st, d.dt()]));
    }
  } else if (v === 1) {
    L.push(`"导出人：客服-${d.name(person({ noMinority: true }))}(kf${digits(4)})","导出时间：${fmtDate(dateObj(0))} ${hms()}","共${n}条"`);
    L.push('"序号","工单号","来源","客户名称","联系方式","地址","品类","故障描述","受理人","状态"');
    const agents = personN(3, { noMinority: true });
    for (let i = 0; i < n; i++) {
      const p = person(); const pr = product();
      const ph = chance(0.12) ? d.mob(p) + '/' + d.tel(genLandline(c), 'dash') : d.mob(p, pick(['plain', 'plain', 'plain', 'sp', 'dash']));
      L.push([i + 1, d.dec('order_no', orderNo(1)), pick(['400热线', '京东', '天猫', '拼多多', '抖音商城', '微信公众号', '官方APP', '苏宁']), custName(d, p, { pCo: 0.08 }), ph, fullAddr(c), pr.cat, `${pr.brand}${pr.cat}${pr.fault}`, d.name(pick(agents)), pick(STATUS)].map((x) => `"${String(x).replace(/"/g, '""')}"`).join(','));
    }
  } else if (v === 2) {
    L.push(`${fmtDate(dateObj(), 2).slice(0, 8)}安装工单明细,,,,,,,,,,`);
    L.push('序号,安装单号,购买平台,订单号,收货人,收货电话,收货地址,商品,内机条码,外机条码,安装师傅,师傅电话,完工时间,结算金额');
    for (let i = 0; i < n; i++) {
      const p = person(); const pr = PRODUCTS[ri(0, 1)]; const br = pick(pr.b); const t = pick(techs);
      const who = chance(0.08) ? d.nameDecoy('company') : chance(0.05) ? d.title(p, pick(['先生', '女士'])) : d.name(p);
      L.push(csvRow([i + 1, d.dec('order_no', orderNo(4)), pick(['京东', '天猫', '苏宁易购', '拼多多', '线下门店']), d.dec('platform_order_no', safe(() => pick(['2', '3']) + digits(ri(11, 18)))), who, chance(0.3) ? d.mobMasked(p) : d.mob(p), fullAddr(c), `${d.brand(br)}${pr.sub}空调 ${d.dec('model_no', pr.m())}`, d.dec('barcode', barcode()), d.dec('barcode', barcode()), d.name(t), d.mob(t), d.dt(), d.dec('amount', amount(80, 260))]));
    }
  } else {
    L.push('工单号\t用户\t电话\t区域\t产品\t故障\t派工时间\t工程师\t工号\t状态');
    for (let i = 0; i < n; i++) {
      const p = person(); const pr = product(); const t = pick(techs); const dist = pick(c.d);
      L.push([d.dec('order_no', orderNo(2)), custName(d, p), d.mob(p, chance(0.1) ? 'p86' : 'plain'), d.dist(dist), `${pr.brand} ${pr.model}`, pr.fault, d.dt(), d.name(t), d.dec('staff_no', t.staff), pick(STATUS)].join('\t'));
    }
  }
  return L.join('\n');
};

// ---- 2. 工单 JSON from APIs
T.gd_json = (d) => {
  const c = pickCity(); const techs = techTeam(c, ri(1, 3)); const n = ri(1, 5); const esc = chance(0.15);
  const list = [];
  for (let i = 0; i < n; i++) {
    const p = person({ noMinority: esc }); const pr = product(); const t = pick(techs); const dist = pick(c.d);
    const nm = esc ? (d.name(p, 'd'), p.name) : custName(d, p, { pCo: 0.04 });
    const o = {
      orderNo: d.dec('order_no', orderNo(ri(0, 2))), orderType: pick(['INSTALL', 'REPAIR', 'MAINTAIN']), status: pick([10, 20, 30, 40, 50]),
      createTime: +d.dec('timestamp_ms', msTs()),
      product: { brand: esc ? pr.brand : d.brand(pr.brand), category: pr.cat, model: d.dec('model_no', pr.model), sn: d.dec('sn', snNo()), buyDate: fmtDate(buyDate()) },
      customer: { name: nm, mobile: chance(0.15) ? +d.mob(p) : d.mob(p), province: c.prov || c.city, city: c.city, district: esc ? dist : d.dist(dist), address: street(c, dist).slice(dist.length) },
      appointment: { date: d.dec('date', fmtDate(dateObj())), period: pick(['AM', 'PM', '09:00-12:00', '14:00-18:00']) },
      engineer: { id: d.dec('staff_no', t.staff), name: esc ? (d.name(t, 'd'), t.name) : d.name(t), phone: d.mob(t), ...(chance(0.3) ? { avatar: 'https://img.' + pick(['mdfw', 'svc-cdn', 'hxfw']) + '.cn/avatar/' + d.dec('email_like', t.staff.toLowerCase().replace(/[^a-z0-9]/g, '') + '@2x.png') } : {}) },
      fault: esc ? pr.fault : pr.fault,
    };
    if (chance(0.35)) o.customer.backupPhone = chance(0.5) ? d.mob(genMobile()) : '';
    if (chance(0.2)) { const v = genMobile(); o.customer.privacyPhone = d.mob(v) + (chance(0.5) ? '_' : ',') + digits(4); }
    if (chance(0.25)) o.customer.maskedPhone = d.mobMasked(p);
    if (chance(0.6)) o.invoice = { type: '电子普通发票', title: chance(0.8) ? (esc ? p.name : p.name) : '个人', email: d.mail(p) };
    if (o.invoice && o.invoice.title === p.name && !esc) d.name(p);
    if (chance(0.25)) o.fee = { visitFee: 0, partsFee: +amount(0, 500), laborFee: +amount(0, 200), payNo: d.dec('pay_trade_no', safe(() => '4200' + digits(24))) };
    list.push(o);
  }
  const body = n === 1 && chance(0.5) ? { code: 0, msg: 'success', data: list[0], traceId: d.dec('trace_id', safe(() => digits(4) + 'a' + digits(3) + 'f' + digits(8))) } : { code: '0000', message: '操作成功', data: { total: n, pageNo: 1, pageSize: 20, list } };
  let s = chance(0.5) ? JSON.stringify(body, null, 2) : JSON.stringify(body);
  if (esc) s = s.replace(/[\u0080-\uffff]/g, (ch) => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'));
  return s;
};

// ---- 3. SMS (dispatch to 师傅, notices to customers, SMS logs)
T.sms = (d) => {
  const c = pickCity(); const sig = pick(['【美的服务】', '【格力售后】', '【海尔智家】', '【方太】', '【华帝服务】', '【万家乐】', '【奥克斯售后】', '【小天鹅】', '【家电服务平台】', '【啄木鸟维修】', '【京东服务+】']);
  const mk = () => {
    const p = person(); const t = techTeam(c, 1)[0]; const pr = product(); const on0 = orderNo(); const on = { toString: () => d.dec('order_no', on0) };
    switch (ri(0, 7)) {
      case 0: return `${sig}新工单${on}：${custName(d, p, { pCo: 0.03, pMask: 0 })}，${d.mob(p, 'rf')}，${fullAddr(c)}，${d.brand(pr.brand)}${pr.cat}（${d.dec('model_no', pr.model)}）${pr.fault}，预约${d.dec('datetime', apptStr())}，请30分钟内联系用户，回复1接单。`;
      case 1: return `${sig}尊敬的用户您好，您的${pr.cat}${pick(['维修', '安装'])}工单（${on}）已派工，服务工程师${d.name(t)}，电话${d.mob(t, 'rf')}，将于${d.dec('datetime', apptStr())}上门，请保持电话畅通。如有疑问请致电${d.dec('hotline_400', hotline())}。`;
      case 2: return `${sig}${d.title(p, pick(['先生', '女士']))}您好，您的服务已完成，工程师：${d.name(t)}（工号${d.dec('staff_no', t.staff)}）。收费明细：上门费0元，配件费${amount(0, 300)}元。邀您评价：https://s.${pick(['mdfw', 'glsh', 'hezj'])}.cn/${pick(['aB3dE', 'k9QxT', 'Zp2Lm', 'Hy7Rw'])} 回T退订`;
      case 3: return `${sig}您订购的配件（${d.dec('part_code', partCode())}）已发出，${pick(['顺丰', '中通', '京东物流', '韵达'])}单号${d.dec('tracking_no', trackingNo())}，收货人：${d.name(t)} ${d.mob(t, 'rf')}，请注意查收。`;
      case 4: return `${sig}您好，我是${pick(['美的', '格力', '海尔'])}售后${d.name(t)}师傅，电话${d.mob(t, 'rf')}，您报修的${pr.cat}我明天${pick(['上午', '下午'])}过来，到之前再给您打电话。`;
      case 5: return `${sig}验证码${digits(6)}，您正在办理延保激活（卡号${d.dec('warranty_card_no', warrantyNo())}），5分钟内有效，请勿泄露。`;
      case 6: return `${sig}用户${d.name(p)}（${d.mob(p, 'rf')}）催单：${on}已超时${ri(2, 30)}小时未上门，请${d.name(t, 'd')}立即联系，超时将考核。`;
      default: return `${sig}工程师${d.name(t)}（${d.mob(t, 'rf')}）已签到，正在为您服务。服务结束后请核对收费，勿私下付款，官方收费标准见${d.dec('hotline_400', hotline())}。`;
    }
  };
  if (chance(0.55)) return mk();
  const L = ['发送时间\t接收号码\t短信内容\t发送状态\t计费条数'];
  const n = ri(3, 9); const ck = clock(null, 3000);
  for (let i = 0; i < n; i++) {
    const rc = chance(0.85) ? genMobile() : null;
    const rcs = rc ? d.mob(rc) : d.dec('mobile_invalid', genBadMobile());
    L.push(`${d.dec('datetime', ck())}\t${rcs}\t${mk().replace(/\n/g, ' ')}\t${rc ? pick(['成功', '成功', '成功', '已送达']) : '失败(号码错误)'}\t${ri(1, 2)}`);
  }
  return L.join('\n');
};

// OCR noise helpers
function ocrLabel(s) { // light noise on labels, never inside values
  if (chance(0.25)) s = s.replace('：', pick([':', ';', ' :', '： ']));
  if (chance(0.1)) s = s.replace('电话', pick(['电 话', '电语'])).replace('地址', pick(['地 址', '地趾'])).replace('签字', pick(['签宇', '签 字']));
  return s;
}
function sigLine(d, p) {
  const r = rnd();
  if (r < 0.72) return chance(0.3) ? d.nameSp(p) : d.name(p);
  if (r < 0.86) { // garbled handwriting
    const chars = [...p.name]; const i = ri(1, chars.length - 1); chars[i] = pick([...'荚英央苹莱芙秀华午丰半木术']);
    const g = chars.join(''); if (g !== p.name) { d.dc('person_name_zh', g); d.dc('person_name_zh', p.name); } else d.name(p);
    return g;
  }
  return pick(['（手写签名，无法识别）', '[签名]', '~~~', '']);
}

// ---- 4. 派工单 OCR
T.paigong_ocr = (d) => {
  const c = pickCity(); const p = person(); const t = techTeam(c, 1)[0]; const disp = person({ noMinority: true }); const pr = product(); const dt = dateObj();
  const L = [];
  L.push(d.dec('company', netName(c)));
  L.push(pick(['派 工 单', '派工单', '上门服务派工单', '安装/维修派工单']) + `        No.${d.dec('form_no', safe(() => '00' + digits(5)))}`);
  L.push(ocrLabel(`工单号：${d.dec('order_no', orderNo())}`) + `    派工日期：${d.dec('date', fmtDate(dt, pick([2, 3, 0])))}`);
  const nm = chance(0.3) ? d.nameSp(p) : d.name(p);
  const ph = chance(0.08) ? d.mobOcrBroken(p) : d.mob(p, wpick([['plain', 5], ['sp', 4], ['dash', 1]]));
  L.push(ocrLabel(`用户姓名：${nm}`) + '        ' + ocrLabel(`联系电话：${ph}`));
  if (chance(0.3)) L.push(ocrLabel(`备用电话：${chance(0.5) ? d.tel(genLandline(c)) : d.mob(genMobile(), 'sp')}`));
  L.push(ocrLabel(`用户地址：${fullAddr(c)}`));
  L.push(`产品名称：${pr.cat}   品牌：${d.brand(pr.brand)}   型号：${d.dec('model_no', pr.model)}`);
  L.push(ocrLabel(`内机条码：${d.dec('barcode', barcode())}`) + (pr.cat === '空调' ? `   外机条码：${d.dec('barcode', barcode())}` : ''));
  L.push(`服务类型：${['安装', '维修', '移机', '保养'].map((x) => (x === (pr.cat === '空调' && chance(0.4) ? '安装' : '维修') ? '☑' : '□') + x).join(' ')}`);
  L.push(`故障描述：${pr.fault}${chance(0.4) ? '，用户要求' + pick(DW.word.slice(0, 2).concat(['尽快上门', '晚上7点后'])) : ''}`);
  L.push(ocrLabel(`派工人：${chance(0.2) ? d.nameDecoy('job') : d.name(disp)}`) + `     服务工程师：${d.name(t)}    工号：${d.dec('staff_no', t.staff)}`);
  if (chance(0.5)) L.push(ocrLabel(`工程师电话：${d.mob(t, 'sp')}`));
  { const h = ri(8, 18); L.push(`到达时间：${pad(h)}:${pad(ri(0, 59))}    完工时间：${pad(h + ri(1, 2))}:${pad(ri(0, 59))}`); }
  L.push(`收费：上门费 ${pick(['0', '30', '50'])} 元  材料费 ${amount(0, 300)} 元   ${pick(['□现金 ☑微信', '☑现金 □微信', '□保内免费'])}`);
  L.push(`客户意见：${pick(['☑满意 □一般 □不满意', '满意', '非常满意', '师傅很专业', ''])}`);
  L.push(ocrLabel(`客户签字：${sigLine(d, p)}`) + `        日期：${fmtDate(dt, 3)}`);
  L.push(`${pick(['服务热线', '全国统一服务热线', '客服'])}：${d.dec('hotline_400', hotline())}`);
  let s = L.join('\n');
  if (chance(0.3)) s = s.replace(/\n/g, (m) => (chance(0.15) ? '\n\n' : m));
  return s;
};

// ---- 5. 维修服务确认单 / 收费单 OCR
T.weixiu_ocr = (d) => {
  const c = pickCity(); const p = person(); const t = techTeam(c, 1)[0]; const pr = product();
  const L = [`${d.brand(pr.brand)}${pick(['售后服务确认单', '维修服务单', '有偿服务收费单', '服务报告单'])}`, `单据号：${d.dec('form_no', safe(() => 'WX' + digits(10)))}      ${d.dec('date', fmtDate(dateObj(), 2))}`];
  L.push(ocrLabel(`客户：${chance(0.25) ? d.nameSp(p) : custName(d, p, { pTitle: 0.06, pCo: 0.06, pMask: 0 })}`) + '    ' + ocrLabel(`电话：${chance(0.07) ? d.mobOcrBroken(p) : d.mob(p, pick(['plain', 'sp', 'plain']))}`));
  L.push(ocrLabel(`地址：${fullAddr(c)}`));
  L.push(`机型：${d.dec('model_no', pr.model)}   ${pick(['机号', '机身编号', 'SN'])}：${d.dec('machine_no', machineNo())}   购机日期：${fmtDate(buyDate(), 1)}  ${pick(['保内', '保外', '延保期内'])}`);
  L.push(`故障现象：${pr.fault}`);
  L.push(`维修措施：${pick(['更换', '检测后更换', '补焊并更换', '清洗后更换'])}${pick(PARTS)[0]}，试机正常`);
  L.push('序号  配件名称        配件编码          数量   单价     金额');
  let tot = 0; const k = ri(1, 4);
  for (let i = 0; i < k; i++) { const [pn, pr0] = pick(PARTS); const q = ri(1, 2); tot += pr0 * q; L.push(`${i + 1}     ${fixw(pn, 14)}  ${fixw(d.dec('part_code', partCode()), 16)}  ${q}      ${pr0.toFixed(2)}   ${(pr0 * q).toFixed(2)}`); }
  const labor = pick([0, 50, 80, 100, 150]); tot += labor;
  L.push(`人工费：${labor.toFixed(2)}    合计：¥${d.dec('amount', tot.toFixed(2))}`);
  L.push(`维修工程师签字：${chance(0.8) ? d.name(t) : d.nameSp(t)}   工号：${d.dec('staff_no', t.staff)}`);
  L.push(ocrLabel(`用户签字：${sigLine(d, p)}`));
  if (chance(0.4)) L.push(`网点电话：${d.tel(genLandline(c))}`);
  L.push(`投诉监督：${d.dec('hotline_400', hotline())}`);
  return L.join('\n');
};

// ---- 6. 延保 registration (forms, mails, exports)
T.yanbao = (d) => {
  const c = pickCity(); const pr = product(); const v = ri(0, 2);
  if (v === 2) { // list export
    const L = ['延保卡号,激活时间,投保人,证件号码,手机号,邮箱,品牌,型号,机身条码,购机日期,购机金额,延保年限,销售门店'];
    const n = ri(4, 12);
    for (let i = 0; i < n; i++) {
      const p = person(); const q = product();
      L.push(csvRow([d.dec('warranty_card_no', warrantyNo()), d.dt(), d.name(p), chance(0.12) ? d.idMasked(p.id) : chance(0.07) ? d.dec(...idBad(p)) : chance(0.06) ? d.passport(genPassport()) : d.id(p.id, pick(['plain', 'plain', 'plain', 'lowx', 'tab'])), d.mob(p), chance(0.85) ? d.mail(p) : '', d.brand(q.brand), d.dec('model_no', q.model), d.dec('barcode', barcode()), fmtDate(dateObj(200)), amount(1299, 8999), pick(['1年', '2年', '3年', '5年']), pick(['苏宁易购', '国美电器', '京东自营', '五星电器', '品牌专卖店']) + (chance(0.5) ? `(${c.sc}${pick(c.d).replace(/区$/, '')}店)` : '')]));
    }
    return L.join('\n');
  }
  const p = person(); const pass = chance(0.18);
  const L = [pick(['延保服务登记表', '家电延长保修服务申请', '【延保激活】信息确认', '无忧延保服务合同（登记联）'])];
  L.push(`延保卡号：${d.dec('warranty_card_no', warrantyNo())}   激活码：${d.dec('activation_code', `${pick(['8F3K', 'Q7M2', 'Z9P4', 'H2W8'])}-${pick(['2M9Q', 'K5T1', 'R8X3'])}-${pick(['7LQ2', 'B6N9', 'C3Y5'])}`)}`);
  L.push('一、产品信息');
  L.push(`品牌：${d.brand(pr.brand)}  品类：${pr.cat}  型号：${d.dec('model_no', pr.model)}`);
  L.push(`机身条码：${d.dec('barcode', barcode())}  购机日期：${fmtDate(dateObj(200), 2)}`);
  L.push(`购机发票号码：${d.dec('invoice_no', invoiceNo8())}  发票代码：${d.dec('invoice_code', invoiceCode())}`);
  L.push(`购买渠道：${pick(['苏宁易购', '国美电器', '京东', '天猫旗舰店', '五星电器'])}   购机金额：¥${d.dec('amount', amount(1299, 12999))}`);
  L.push(`延保期限：${pick(['3年（厂保到期后生效）', '2年', '5年全保'])}   服务费：¥${pick(['99', '199', '299', '399'])}`);
  L.push('二、投保人信息');
  L.push(`${pick(['投保人', '购买人', '用户姓名'])}：${d.name(p)}   性别：${p.female ? '女' : '男'}`);
  if (pass) { L.push(`证件类型：护照   证件号码：${d.passport(genPassport())}`); }
  else {
    if (chance(0.3)) L.push(`证件类型：居民身份证   证件号码：${d.dec(...idBad(p))}  ← 系统提示：证件号码校验不通过`);
    L.push(`证件类型：居民身份证   证件号码：${d.id(p.id, 'r')}${chance(0.3) ? '（已更正）' : ''}`);
  }
  L.push(`手机：${d.mob(p, 'rf')}   ${pick(['邮箱', '电子邮箱', 'E-mail'])}：${d.mail(p, 'r')}`);
  L.push(`地址：${fullAddr(c)}`);
  if (chance(0.3)) L.push(`备注：${d.nameDecoy('word')}`);
  L.push(`经办人：${chance(0.3) ? d.nameDecoy('job') : d.name(person({ noMinority: true }))}   门店电话：${d.tel(genLandline(c))}`);
  L.push(`本人已阅读并同意《延保服务条款》  签名：${d.name(p)}`);
  return L.join('\n');
};

// ---- 7. 延保 XML interface to insurer
T.yanbao_xml = (d) => {
  const c = pickCity(); const n = ri(1, 4); const L = ['<?xml version="1.0" encoding="UTF-8"?>', '<Request>', `  <Head><TransCode>YB1002</TransCode><TransNo>${d.dec('trans_no', safe(() => 'T' + tsStr().replace(/\D/g, '') + digits(6)))}</TransNo><Channel>${pick(['SN', 'GM', 'JD', 'OFFLINE'])}</Channel></Head>`, '  <Body>'];
  for (let i = 0; i < n; i++) {
    const p = person(); const pr = product(); const pass = chance(0.12);
    L.push('    <Policy>');
    L.push(`      <CardNo>${d.dec('warranty_card_no', warrantyNo())}</CardNo>`);
    const badId = !pass && chance(0.15);
    L.push(`      <Applicant><Name>${d.name(p)}</Name><IdType>${pass ? '03' : '01'}</IdType><IdNo>${pass ? d.passport(genPassport()) : badId ? d.dec(...idBad(p)) : d.id(p.id)}</IdNo><Mobile>${d.mob(p)}</Mobile>${chance(0.6) ? `<Email>${d.mail(p)}</Email>` : '<Email/>'}</Applicant>`);
    L.push(`      <Product><Brand>${d.brand(pr.brand)}</Brand><Category>${pr.cat}</Category><Model>${d.dec('model_no', pr.model)}</Model><SN>${d.dec('sn', snNo())}</SN><Price>${amount(999, 9999)}</Price><InvoiceNo>${d.dec('invoice_no', chance(0.5) ? invoiceNo8() : eInvoiceNo())}</InvoiceNo></Product>`);
    if (badId) L.push('      <ErrCode>E1031</ErrCode><ErrMsg>证件号码校验不通过，请核实</ErrMsg>');
    L.push(`      <Address>${fullAddr(c)}</Address><Period>${pick(['12', '24', '36'])}</Period><Premium>${pick(['99.00', '199.00', '259.00'])}</Premium>`);
    L.push('    </Policy>');
  }
  L.push('  </Body>', '</Request>');
  return L.join('\n');
};

// ---- 8. 回访 call logs
T.huifang = (d) => {
  const c = pickCity(); const agents = personN(ri(2, 4), { noMinority: true }); const techs = techTeam(c, 4); const v = ri(0, 2); const n = ri(6, 18); const L = [];
  const note = (t) => pick([
    () => `用户表示${d.title(t, '师傅')}很专业`, () => `用户反映${d.name(t, 'd')}师傅迟到${ri(20, 90)}分钟`, () => '已完工，无异议', () => `用户称多收了${pick(['50', '80', '120'])}元${pick(['铜管费', '辅材费', '远程费'])}，已转投诉`,
    () => '关机', () => '无人接听', () => '用户在忙，约明天再访', () => `${d.title(t, '师傅')}没穿工服`, () => d.nameDecoy('word'), () => '满意，已邀评五星',
  ])();
  if (v === 0) {
    L.push('回访日期\t回访员\t工单号\t客户姓名\t联系电话\t回访结果\t满意度\t备注');
    for (let i = 0; i < n; i++) {
      const p = person(); const bad = chance(0.06);
      L.push([d.dec('datetime', `${fmtDate(dateObj())} ${hhmm()}`), d.name(pick(agents)), d.dec('order_no', orderNo()), custName(d, p, { pCo: 0.04 }), bad ? (chance(0.5) ? d.dec('mobile_invalid', genBadMobile()) : d.dec('mobile_short', p.mobile.slice(0, 3) + p.mobile.slice(4))) : d.mob(p), bad ? pick(['空号', '号码有误']) : pick(['已接通', '已接通', '已接通', '未接通', '拒访']), pick(['非常满意', '满意', '一般', '不满意', '-']), note(pick(techs))].join('\t'));
    }
  } else if (v === 1) {
    const ck = clock(null, 600);
    for (let i = 0; i < n; i++) {
      const a = pick(agents); const p = person();
      L.push(`[${ck()}] CALL_OUT agent=${d.dec('agent_no', '8' + digits(3))}(${d.name(a)}) callee=${d.mob(p)} dur=00:${pad(ri(0, 9))}:${pad(ri(0, 59))} result=${pick(['ANSWERED', 'ANSWERED', 'NO_ANSWER', 'BUSY'])} order=${d.dec('order_no', orderNo())} rec=${d.dec('recording_id', 'rec_' + msTs() + '.wav')}`);
    }
  } else {
    L.push(`${pick(['客服中心', '呼叫中心'])}${fmtDate(dateObj(), 2)}回访日报`);
    L.push(`回访员：${d.name(pick(agents))}    班组：${pick(['A组', 'B组', '夜班'])}    ${pick(['组长', '班长'])}：${d.name(person({ noMinority: true }))}`);
    L.push('-'.repeat(60));
    for (let i = 0; i < n; i++) {
      const p = person(); const t = pick(techs);
      L.push(`${i + 1}. ${d.dec('order_no', orderNo())} | ${custName(d, p)} | ${d.mob(p, pick(['plain', 'sp']))} | ${pick(['满意', '非常满意', '不满意', '未接通'])} | ${note(t)}`);
    }
    L.push(`今日共回访${n}单，满意率${ri(85, 99)}.${ri(0, 9)}%。`);
  }
  return L.join('\n');
};

// ---- 9. 配件订单
T.peijian = (d) => {
  const c = pickCity(); const techs = techTeam(c, ri(2, 5)); const n = ri(3, 10); const v = ri(0, 1); const L = [];
  if (v === 0) {
    L.push('| 订单号 | 配件编码 | 配件名称 | 数量 | 收货人 | 收货电话 | 收货地址 | 快递公司 | 快递单号 |');
    L.push('|---|---|---|---|---|---|---|---|---|');
    for (let i = 0; i < n; i++) {
      const t = pick(techs); const [pn] = pick(PARTS); const r = rnd();
      const who = r < 0.12 ? d.dec('company', pick(['网点仓库', '前台代收', '门卫室'])) : r < 0.2 ? d.nameDecoy('job') : d.name(t);
      L.push(`| ${d.dec('parts_order_no', safe(() => 'PJ' + digits(12)))} | ${d.dec('part_code', partCode())} | ${pn} | ${ri(1, 3)} | ${who} | ${d.mob(t)} | ${fullAddr(c)} | ${d.dec('company', pick(['顺丰速运', '中通快递', '申通快递', '韵达快递', '京东物流']))} | ${d.dec('tracking_no', trackingNo())} |`);
    }
  } else {
    const t = pick(techs); const p = person();
    L.push(pick(['配件申请单', '备件订购确认', '配件下单明细']));
    L.push(`申请单号：${d.dec('parts_order_no', safe(() => 'BJ' + digits(10)))}   关联工单：${d.dec('order_no', orderNo())}`);
    L.push(`申请网点：${d.dec('company', netName(c))}   申请人：${d.name(t)}   联系电话：${d.mob(t, 'rf')}`);
    L.push(`用户：${custName(d, p)}   机型：${d.dec('model_no', product().model)}`);
    L.push('配件明细：');
    for (let i = 0; i < ri(1, 4); i++) { const [pn, pr] = pick(PARTS); L.push(`  ${pn}  编码${d.dec('part_code', partCode())}  x${ri(1, 2)}  ¥${pr}.00`); }
    L.push(`收货人：${d.name(t)}    收货电话：${d.mob(t)}`);
    L.push(`收货地址：${fullAddr(c)}`);
    L.push(`审核：${chance(0.4) ? d.nameDecoy('job') : d.name(person({ noMinority: true }))}    发货仓：${pick(['华南中心仓', '顺德总仓', '华东RDC', '武汉备件库'])}   物流单号：${d.dec('tracking_no', trackingNo())}`);
  }
  return L.join('\n');
};

// ---- 10. 师傅 报销 / 结算 lists with bank cards
T.baoxiao = (d) => {
  const c = pickCity(); const n = ri(6, 18); const v = ri(0, 2); const L = []; const techs = techTeam(c, n);
  const mon = `${pick(['2023', '2024', '2024', '2025'])}年${ri(1, 12)}月`;
  if (v === 0) {
    L.push(`${mon}外包师傅服务费结算明细（第${ri(1, 3)}批）,,,,,,,,,,,`);
    L.push('序号,网点,师傅姓名,身份证号,手机号,开户行,银行卡号,完工单量,服务费,远程费,材料报销,应发合计,备注');
    techs.forEach((t, i) => {
      const cd = genCard(); const sci = chance(0.07); const bad = !sci && chance(0.05); const badId = !sci && !bad && chance(0.08);
      let idc = sci ? d.dec('excel_sci', `${t.id[0]}.${t.id.slice(1, 6)}E+17`) : badId ? d.dec(...idBad(t)) : d.id(t.id, pick(['plain', 'plain', 'plain', 'tab', 'q', 'lowx']));
      let cdc;
      if (bad) { const b = badLuhn(cd.no); d.dc('bank_card', b); cdc = b; }
      else cdc = d.card(cd.no, pick(['plain', 'plain', 'tab', 'q', 'g4']));
      const q = ri(8, 70); const fee = q * pick([60, 70, 80]); const far = pick([0, 0, 40, 80, 120]); const mat = +amount(0, 200);
      L.push(csvRow([i + 1, d.dec('company', netName(c)), d.name(t), idc, d.mob(t), branch(c, cd.bank), cdc, q, fee.toFixed(2), far.toFixed(2), mat.toFixed(2), d.dec('amount', (fee + far + mat).toFixed(2)), bad ? '卡号有误待核实' : sci ? '身份证列格式错误' : badId ? '身份证号校验不通过' : pick([() => '', () => '', () => '', () => '卡号变更', () => '新入职', () => d.nameDecoy('word')])()]));
    });
    L.push(`,,合计,,,,,,,,,${amount(20000, 90000)},`);
    L.push(`制表：${d.name(person({ noMinority: true }))},,审核：${chance(0.3) ? d.nameDecoy('job') : d.name(person({ noMinority: true }))},,,,日期：${fmtDate(dateObj())}`);
  } else if (v === 1) {
    L.push(`报销单汇总  ${mon}  ${d.dec('company', netName(c))}`);
    L.push('='.repeat(90));
    L.push(`${fixw('姓名', 10)}${fixw('身份证号', 20)}${fixw('卡号', 24)}${fixw('开户行', 26)}${fixw('事由', 16)}金额`);
    for (const t of techs) {
      const cd = genCard();
      L.push(`${fixw(d.name(t), 10)}${fixw(d.id(t.id), 20)}${fixw(d.card(cd.no, 'g4'), 24)}${fixw(cd.bank, 26)}${fixw(pick(['高空作业补贴', '油费报销', '停车费', '配件垫付', '远程补贴', '工具损耗']), 16)}${amount(20, 600)}`);
    }
    L.push('='.repeat(90));
    L.push(`经办：${d.name(person({ noMinority: true }))}    财务复核：${d.nameDecoy('job')}`);
  } else {
    L.push('师傅编号\t姓名\t证件号\t收款账号\t开户银行\t收款人手机\t本期结算\t扣款(考核)\t实发');
    for (const t of techs) {
      const cd = genCard(); const fee = +amount(800, 9800); const ded = pick([0, 0, 0, 50, 100, 200]);
      const mask = chance(0.08);
      L.push([d.dec('staff_no', t.staff), d.name(t), mask ? d.idMasked(t.id) : d.id(t.id), mask ? d.cardMasked(cd.no) : d.card(cd.no), `${cd.bank}`, d.mob(t), fee.toFixed(2), ded.toFixed(2), d.dec('amount', (fee - ded).toFixed(2))].join('\t'));
    }
    L.push(`批次号：${d.dec('batch_no', safe(() => 'PAY' + digits(12)))}   代发流水：${d.dec('bank_txn_no', safe(() => '20' + digits(17)))}`);
  }
  return L.join('\n');
};

// ---- 11. 保修卡 OCR
T.warranty_ocr = (d) => {
  const c = pickCity(); const p = person(); const pr = product(); const t = techTeam(c, 1)[0];
  const L = [pick(['产 品 保 修 卡', '三包凭证', '保修卡（用户联）', 'WARRANTY CARD 保修卡'])];
  L.push(ocrLabel(`保修卡号：${d.dec('warranty_card_no', warrantyNo())}`));
  L.push(`产品名称：${d.brand(pr.brand)}${pr.cat}    产品型号：${d.dec('model_no', pr.model)}`);
  L.push(ocrLabel(`${pick(['机身编号', '出厂编号', '机号'])}：${d.dec('machine_no', machineNo())}`));
  const bd = buyDate(); L.push(`购买日期：${fmtDate(bd, 2)}    发票号码：${d.dec('invoice_no', invoiceNo8())}`);
  L.push(`销售单位（盖章）：${d.dec('company', pick(['国美电器', '苏宁易购', '五星电器', '大润发', '永辉超市']) + c.sc + pick(['华强北店', '中山路店', '万达店', '旗舰店']))}`);
  const nm = chance(0.35) ? d.nameSp(p) : d.name(p);
  L.push(ocrLabel(`用户姓名：${nm}`) + '    ' + ocrLabel(`电话：${chance(0.1) ? d.mobOcrBroken(p) : d.mob(p, pick(['plain', 'sp', 'dash']))}`));
  if (chance(0.25)) L.push(ocrLabel(`固定电话：${d.tel(genLandline(c), pick(['dash', 'par', 'parfw']))}`));
  L.push(ocrLabel(`地址：${fullAddr(c)}`));
  L.push(`安装人员：${chance(0.15) ? d.nameDecoy('job') : d.name(t)}    安装日期：${fmtDate(bd, 3)}`);
  L.push(`整机保修${pick(['一年', '三年', '六年'])}，压缩机保修${pick(['十年', '六年'])}。服务热线：${d.dec('hotline_400', hotline())}`);
  L.push('维修记录：');
  L.push('日期      故障     处理     维修人');
  if (chance(0.5)) L.push(`${fmtDate(dateObj(10), 1)}  ${pr.fault}  ${pick(['换板', '加氟', '清洗'])}  ${d.name(techTeam(c, 1)[0])}`);
  return L.join('\n');
};

// ---- 12. complaint escalation mails
const CORP_DOM = ['hx-service.com.cn', 'mdfw-sz.com', 'glsh-service.cn', 'zmn-repair.com', 'jiadian-fw.com', 'afterservice.cn'];
function corpMail(p, dom) { const py = p.py; const loc = typeof py === 'string' ? py : pick([py.join(''), py[0] + py.slice(1).map((x) => x[0]).join(''), py.slice(1).join('') + '.' + py[0]]); return `${loc}@${dom}`.toLowerCase(); }
function b64w(s) { return '=?UTF-8?B?' + Buffer.from(s, 'utf8').toString('base64') + '?='; }
T.complaint_mail = (d) => {
  const c = pickCity(); const dom = pick(CORP_DOM); const from = person({ noMinority: true }); const to1 = person({ noMinority: true }); const cc = person({ noMinority: true });
  const cust = person(); const t = techTeam(c, 1)[0]; const pr = product(); const on = d.dec('order_no', orderNo());
  const fm = corpMail(from, dom);
  const L = [];
  if (chance(0.2)) { d.name(from, 'd'); L.push(`From: ${b64w(from.name)} <${d.mail(fm)}>`); }
  else L.push(`From: "${d.name(from)}" <${d.mail(fm)}>`);
  if (chance(0.4)) L.push(`To: ${d.nameDecoy('job')} <${d.mail(pick(['hn-dudao', 'tousu', 'kf-escalation', 'quality', 'hd-dudao']) + '@' + dom)}>`);
  else L.push(`To: ${d.name(to1)} <${d.mail(corpMail(to1, dom))}>`);
  if (chance(0.5)) L.push(`Cc: ${d.mail(pick([t, cc]) === t ? emailFor(t) : corpMail(cc, dom))}`);
  L.push(`Subject: ${pick(['【升级投诉】', '【紧急】', 'Re: 【投诉升级】', '【工信部投诉】', '【12315】'])}${on} 用户${pick(['三次上门未修好要求退机', '投诉乱收费', '投诉师傅态度恶劣', '安装漏水泡坏地板要求赔偿', '等待配件超15天'])}`);
  { const o = dateObj(0); const wd = new Date(Date.UTC(o.y, o.m - 1, o.d)).getUTCDay(); L.push(`Date: ${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][wd]}, ${o.d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][o.m - 1]} ${o.y} ${hms()} +0800`); }
  L.push('Content-Type: text/plain; charset=UTF-8', '');
  L.push(pick([() => '各位领导：', () => d.title(to1, '经理') + '及各位：', () => 'Hi all,', () => '督导好：'])());
  L.push('', `现将工单${on}升级处理，用户情绪激动，${pick(['已扬言投诉至12315', '要求48小时内答复', '已在抖音发视频', '已打市长热线12345'])}。`, '');
  L.push('【用户信息】');
  L.push(`客户姓名：${chance(0.1) ? d.title(cust, pick(['女士', '先生'])) : d.name(cust)}`);
  L.push(`联系电话：${d.mob(cust, 'r')}${chance(0.25) ? '（' + pick(['备用', '家属']) + '：' + d.mob(genMobile(), 'rf') + '）' : ''}`);
  L.push(`地址：${fullAddr(c)}`);
  L.push(`产品：${d.brand(pr.brand)} ${d.dec('model_no', pr.model)}  条码 ${d.dec('barcode', barcode())}`);
  if (chance(0.5)) L.push(`用户邮箱：${d.mail(cust, 'r')}（用户要求书面答复）`);
  L.push('', '【经过】');
  L.push(`${fmtDate(dateObj(), 2)}用户报修${pr.fault}，网点派${d.name(t, 'd')}师傅上门，${pick(['判断为主板故障需更换，收费380元', '加氟后两天又不制冷', '安装时打孔损坏墙面瓷砖', '未带配件，让用户再等'])}。之后${pick(['二次上门仍未解决', '网点一直未回复', '用户多次致电400无果'])}。${chance(0.4) ? '用户说师傅收钱没给收据，' + d.nameDecoy('word') + '。' : ''}`);
  L.push('', '【责任网点】');
  L.push(`网点：${d.dec('company', netName(c))}  负责人：${d.name(person({ noMinority: true }))} ${d.mob(genMobile(), 'rf')}`);
  L.push(`责任工程师：${d.name(t)}  工号 ${d.dec('staff_no', t.staff)}  手机 ${d.mob(t, 'rf')}`);
  L.push('', `【诉求】${pick(['退机', '换新机', '赔偿地板损失3000元', '退还多收费用并道歉'])}`, '', '请督导今日内联系用户。', '');
  L.push('--');
  L.push(d.name(from));
  L.push(`${pick(['客户服务中心 | 投诉处理组', '华南大区 售后督导', '400呼叫中心 质检组', '用户体验部'])}`);
  L.push(`电话：${d.tel(genLandline(c), pick(['ext', 'dash', 'sp']))}   手机：${d.mob(from, 'r')}`);
  L.push(`邮箱：${d.mail(fm)}`);
  L.push(`全国服务热线：${d.dec('hotline_400', hotline())}`);
  if (chance(0.3)) L.push(`[image: logo@2x.png]`), d.dec('email_like', 'logo@2x.png');
  return L.join('\n');
};

// ---- 13. WeChat group of 师傅
T.wechat = (d) => {
  const c = pickCity(); const techs = techTeam(c, ri(4, 7)); const boss = person({ noMinority: true }); const grp = `【${c.sc}${pick(c.d).replace(/区$/, '')}】${pick(['美的', '格力', '海尔', '综合'])}${pick(['安装维修师傅群', '售后服务群', '网点工作群'])}（${ri(12, 60)}人）`;
  const day = dateObj(); const ck = clock(day, 1500);
  const L = [`微信群聊：${grp}`, `———— ${fmtDate(day)} ————`];
  const snd = (p, label) => { d.name(p, 'd'); return `${label || p.name} ${ck().slice(11, 16)}`; };
  const bossLabel = `${boss.name}(网点调度)`;
  L.push(snd(boss, bossLabel), `${d.dec('mention', '@所有人')} 今天${pick(['高温', '暴雨', '单量大'])}，${pick(['高空作业系好安全带', '注意安全', '有单子处理不完的在群里说'])}，${pick(['上午的单子10点前全部联系到用户', '完工记得拍照上传'])}`);
  const n = ri(6, 14);
  for (let i = 0; i < n; i++) {
    const t = pick(techs); const p = person(); const r = rnd();
    L.push(snd(t));
    if (r < 0.28) L.push(pick([
      () => `这个用户电话一直打不通，客服帮忙再联系下 ${d.name(p)} ${d.mob(p, pick(['plain', 'sp', 'plain']))} ${pick(XIAOQU)}`,
      () => `${pick(XIAOQU)}这单谁顺路？${d.name(p)} ${d.mob(p)} ${product().cat}${pick(['不制冷', '漏水', '安装'])}`,
      () => `改约：${d.name(p)}，${d.mob(p, 'sp')}，用户说${pick(['周六', '晚上', '后天'])}才在家`,
      () => `地址不对，系统里是${pick(XIAOQU)}，用户说搬家了，${d.name(p)} ${d.mob(p)}`,
      () => `${d.name(p)} ${d.mob(p)} 这个是老用户，上次${pick(['加过氟', '换过主板', '投诉过'])}，去的时候注意点`,
    ])());
    else if (r < 0.38) L.push(`工资卡换成${pick(['农行', '建行', '工行', '邮政'])}的了 ${d.card(genCard().no, pick(['plain', 'g4']))} 户名${d.name(t)}`);
    else if (r < 0.48) L.push(`@${d.name(boss, 'd')} ${pick(['这单用户说不在家，改约：', '用户要求改约，'])}${d.dec('common_word', pick(['周末上门', '周一上午', '明天下午', '时间待定', '方便时联系']))}`);
    else if (r < 0.56) L.push(`${pick(['配件到了没', '压缩机什么时候到', '主板还没发吗'])} 单号${d.dec('order_no', orderNo())}`);
    else if (r < 0.64) L.push('[图片]');
    else if (r < 0.72) L.push(`收到`);
    else if (r < 0.8) L.push(`用户 ${d.title(p, pick(['女士', '先生']))} ${d.mobMasked(p)} 虚拟号打不通，谁有真实号码`);
    else if (r < 0.88) { L.push(`客户信息：`, `姓名：${d.name(p)}`, `电话：${d.mob(p, 'rf')}`, `地址：${fullAddr(c)}`, `机型：${d.dec('model_no', product().model)}`); }
    else L.push(`${d.title(pick(techs), '师傅')}你那边${pick(['有R32的冷媒吗', '借一下真空泵', '今天几点收工'])}`);
  }
  if (chance(0.4)) { L.push(snd(boss, bossLabel), `本月之星：${d.name(pick(techs), 'd')}师傅，好评${ri(20, 60)}个，奖励${pick(['200', '300', '500'])}元！`); }
  return L.join('\n');
};

// ---- 14. fixed-width export of an old system
T.fixed_width = (d) => {
  const c = pickCity(); const n = ri(6, 16); const L = [];
  L.push(`${pick(['USERINFO', 'YHDA', 'KHDA'])}.TXT  ${pick(['老售后系统', 'SFS 3.2', '服务管理系统V2'])} 导出  ${pick(['2009', '2011', '2012', '2014'])}-${pad(ri(1, 12))}-${pad(ri(1, 28))}`);
  L.push(`${fixw('YHBH', 9)}${fixw('XM', 10)}${fixw('DH', 14)}${fixw('SJ', 12)}${fixw('SFZH', 19)}${fixw('JX', 12)}${fixw('GJRQ', 9)}DZ`);
  for (let i = 0; i < n; i++) {
    const p = person({ y0: 1935, y1: 1985, noMinority: true }); const legacy = p.birth.y < 1970 && chance(0.55);
    const tel = chance(0.6) ? d.tel(genLandline(c), c.len === 8 ? pick(['dash', 'plain']) : 'dash') : '';
    const mob = chance(0.6) ? d.mob(p) : '';
    const idt = chance(0.1) ? '' : chance(0.08) ? d.dec(...idBad(p)) : legacy ? d.id(p.id, 'legacy') : d.id(p.id, chance(0.1) ? 'lowx' : 'plain');
    const nm = chance(0.05) ? d.dec('company', fixw(pick(DW.company), 10).trim()) : d.name(p);
    L.push(`${fixw(d.dec('customer_no', '0' + digits(6)), 9)}${fixw(nm, 10)}${fixw(tel, 14)}${fixw(mob, 12)}${fixw(idt, 19)}${fixw(d.dec('model_no', pick(['KFR35GW', 'KFR72LW', 'XQB60', 'BCD215', 'JSQ20-10', 'KF-23GW', 'DSZF-60'])), 12)}${fixw(String(ri(2003, 2012)) + pad(ri(1, 12)) + pad(ri(1, 28)), 9)}${fullAddr(c).replace(c.prov, '')}`);
  }
  L.push(`*** ${n} RECORDS ***`);
  return L.join('\n');
};

// ---- 15. 师傅花名册 / 入驻登记
T.roster = (d) => {
  const c = pickCity(); const n = ri(4, 12); const techs = techTeam(c, n); const v = ri(0, 1); const L = [];
  if (v === 0) {
    L.push('师傅编号\t姓名\t性别\t身份证号\t手机\t邮箱\t服务区域\t技能\t电工证号\t开户行\t银行卡号\t紧急联系人\t紧急联系电话\t入职日期');
    for (const t of techs) {
      const cd = genCard(); const em = person({ noMinority: true }); const certT = chance(0.5);
      const cert = certT ? 'T' + d.id(t.id) : d.dec('cert_no', safe(() => pick(['DG', 'T', 'ZY']) + digits(10)));
      L.push([d.dec('staff_no', t.staff), d.name(t), t.female ? '女' : '男', d.id(t.id, pick(['plain', 'plain', 'lowx', 'sp'])), d.mob(t), chance(0.85) ? d.mail(t) : '', d.dist(pick(c.d)), pick(['空调安装', '空调维修/制冷', '洗衣机/冰箱', '热水器/燃气具', '厨电安装', '净水器', '全品类']), cert, branch(c, cd.bank), d.card(cd.no, pick(['plain', 'g4'])), chance(0.15) ? '' : d.name(em), chance(0.15) ? '' : d.mob(em), d.dec('date', fmtDate(dateObj(1500)))].join('\t'));
    }
  } else {
    const t = techs[0]; const cd = genCard(); const em = person({ noMinority: true });
    L.push(pick(['服务工程师入驻登记表', '外包师傅信息登记', '网点人员备案表']));
    L.push(`所属网点：${d.dec('company', netName(c))}    登记日期：${fmtDate(dateObj(), 2)}`);
    L.push(`姓　　名：${d.name(t)}      性别：${t.female ? '女' : '男'}    出生日期：${t.birth.y}-${pad(t.birth.m)}-${pad(t.birth.d)}`);
    L.push(`身份证号：${d.id(t.id, 'r')}`);
    L.push(`手机号码：${d.mob(t, 'rf')}    微信号：${d.dec('wechat_id', pick(['wxid_', 'sf_', '']) + digits(8))}`);
    L.push(`电子邮箱：${d.mail(t, 'r')}`);
    L.push(`现住址：${fullAddr(c)}`);
    L.push(`资质证书：${pick(['低压电工作业证', '制冷与空调设备安装修理作业证', '高处作业证'])}  证号：${chance(0.5) ? 'T' + d.id(t.id) : d.dec('cert_no', 'T' + digits(10))}  有效期至：${ri(2025, 2030)}-${pad(ri(1, 12))}`);
    L.push(`结算账户：户名 ${d.name(t)}  开户行 ${branch(c, cd.bank)}  卡号 ${d.card(cd.no, 'r')}`);
    L.push(`紧急联系人：${d.name(em)}（${pick(['配偶', '父亲', '母亲', '兄弟'])}） 电话：${d.mob(em, 'rf')}`);
    L.push(`审核人：${chance(0.4) ? d.nameDecoy('job') : d.name(person({ noMinority: true }))}`);
  }
  return L.join('\n');
};

// ---- 16. 以旧换新 subsidy
T.yijiu = (d) => {
  const c = pickCity(); const v = ri(0, 1);
  if (v === 0) {
    const p = person({ y0: 1950, y1: 2000 }); const pr = PRODUCTS[ri(0, 10)]; const cd = genCard(); const price = +amount(1999, 12999);
    const L = [pick(['家电以旧换新补贴申请表', '以旧换新补贴申领信息', `${c.sc}市家电以旧换新消费补贴申请`])];
    L.push(`申请编号：${d.dec('apply_no', safe(() => 'YJHX' + digits(12)))}`);
    L.push(`申请人：${d.name(p)}    身份证号：${d.id(p.id, 'r')}`);
    if (chance(0.25)) L.push(`（首次提交证件号 ${d.dec(...idBad(p))} 核验失败，${fmtDate(dateObj(), 2)}补正）`);
    L.push(`手机号：${d.mob(p, 'r')}`);
    L.push(`购买产品：${d.brand(pick(pr.b))} ${d.dec('model_no', pr.m())}  能效等级：${pick(['一级', '二级'])}`);
    L.push(`成交价：¥${price.toFixed(2)}   补贴金额：¥${d.dec('amount', Math.min(2000, price * 0.2).toFixed(2))}`);
    L.push(`销售发票：${d.dec('invoice_no', eInvoiceNo())}`);
    L.push(`旧机回收：回收单号 ${d.dec('recycle_no', safe(() => 'HS' + digits(14)))}  旧机品类 ${pr.cat}  回收企业 ${d.dec('company', pick(['格林美', '中再生', '爱回收', '嘉博文再生']))}`);
    L.push(`补贴发放账户：户名 ${d.name(p)}  开户行 ${branch(c, cd.bank)}`);
    L.push(`卡号 ${d.card(cd.no, 'r')}`);
    if (chance(0.4)) L.push(`电子邮箱（接收到账通知）：${d.mail(p, 'r')}`);
    L.push(`安装/回收工程师：${d.name(techTeam(c, 1)[0])}`);
    if (chance(0.4)) L.push(`备注：${d.nameDecoy('word')}`);
    return L.join('\n');
  }
  const L = ['序号,姓名,身份证号,手机号,购买品类,品牌型号,成交金额,补贴金额,回收单号,开户行,卡号,审核状态'];
  const n = ri(4, 12);
  for (let i = 0; i < n; i++) {
    const p = person(); const pr = PRODUCTS[ri(0, 10)]; const cd = genCard(); const pz = +amount(1999, 9999);
    const bad = chance(0.06); const badId = !bad && chance(0.07);
    let cdc; if (bad) { const b = badLuhn(cd.no); d.dc('bank_card', b); cdc = b; } else cdc = d.card(cd.no, pick(['plain', 'plain', 'g4', 'q']));
    L.push(csvRow([i + 1, d.name(p), badId ? d.dec(...idBad(p)) : d.id(p.id, pick(['plain', 'plain', 'q', 'lowx'])), d.mob(p), pr.cat, `${pick(pr.b)} ${d.dec('model_no', pr.m())}`, pz.toFixed(2), Math.min(2000, pz * 0.2).toFixed(2), d.dec('recycle_no', safe(() => 'HS' + digits(14))), cd.bank, cdc, bad ? '卡号校验失败' : badId ? '身份证号有误，退回' : pick(['已审核', '待审核', '已发放', '退回补资料'])]));
  }
  return L.join('\n');
};

// ---- 17. 退款申请 (customer refund)
T.refund = (d) => {
  const c = pickCity(); const p = person(); const t = techTeam(c, 1)[0]; const cd = genCard(); const appr = person({ noMinority: true });
  const L = [pick(['上门服务费退款申请单', '多收费用退款审批', '配件款退款申请'])];
  L.push(`申请编号：${d.dec('refund_no', safe(() => 'TK' + digits(13)))}    申请日期：${fmtDate(dateObj(), 2)}`);
  L.push(`用户姓名：${d.name(p)}    联系电话：${d.mob(p, 'rf')}`);
  L.push(`原工单号：${d.dec('order_no', orderNo())}    原收款单号：${d.dec('receipt_no', safe(() => 'SK' + digits(10)))}`);
  L.push(`退款原因：${pick(['重复收费', '保内误收费', '配件未更换', '用户取消服务', '收费超出标准'])}    退款金额：¥${d.dec('amount', amount(30, 800))}`);
  L.push(`原支付方式：${pick([() => '现金', () => '微信（商户单号' + d.dec('pay_trade_no', safe(() => '4200' + digits(24))) + '）', () => '现金，需退至银行卡'])()}`);
  L.push(`收款户名：${d.name(p)}    开户银行：${branch(c, cd.bank)}`);
  L.push(`银行卡号：${d.card(cd.no, pick(['plain', 'g4', 'g4', 'split']))}`);
  if (chance(0.45)) L.push(`退款结果通知邮箱：${d.mail(p, 'r')}`);
  if (chance(0.3)) L.push(`身份证号（核验用）：${d.id(p.id, 'r')}`);
  L.push(`申请人：${d.name(t)}（工程师）    审批：${chance(0.3) ? d.nameDecoy('job') : d.name(appr)}    财务：${d.nameDecoy('job')}`);
  return L.join('\n');
};

// ---- 18. dispatch / system logs
T.dispatch_log = (d) => {
  const c = pickCity(); const techs = techTeam(c, ri(2, 5)); const n = ri(6, 16); const L = []; const ck = clock(null, 400);
  for (let i = 0; i < n; i++) {
    const t = pick(techs); const p = person(); const ts = `${ck()}.${digits(3)}`; const r = rnd();
    if (r < 0.4) L.push(`${ts} INFO  [dispatch-worker-${ri(1, 8)}] c.s.o.DispatchService - assign order=${d.dec('order_no', orderNo())} engineer=${d.dec('staff_no', t.staff)}/${d.name(t)} mobile=${d.mob(t)} customer=${d.name(p)}/${d.mobMasked(p)} lat=${(22 + rnd() * 10).toFixed(4)} lng=${(108 + rnd() * 12).toFixed(4)}`);
    else if (r < 0.55) L.push(`${ts} WARN  [sms-sender] c.s.n.SmsClient - send fail phone=${d.dec('mobile_invalid', genBadMobile())} code=isv.MOBILE_NUMBER_ILLEGAL bizId=${d.dec('biz_id', safe(() => digits(6) + '^' + digits(10)))}`);
    else if (r < 0.7) L.push(`${ts} INFO  [sms-sender] c.s.n.SmsClient - send ok phone=${d.mob(p)} tpl=SMS_${digits(9)} bizId=${d.dec('biz_id', safe(() => digits(6) + '^' + digits(10)))}`);
    else if (r < 0.8) L.push(`${ts} DEBUG [http-nio-8080-exec-${ri(1, 20)}] c.s.a.OrderController - req={"orderNo":"${d.dec('order_no', orderNo())}","contactName":"${d.name(p)}","contactPhone":"${d.mob(p)}","ts":${d.dec('timestamp_ms', msTs())}}`);
    else if (r < 0.9) L.push(`${ts} INFO  [callback] c.s.o.CallbackHandler - engineer ${d.name(t, 'd')} sign-in order=${d.dec('order_no', orderNo())} imei=${d.dec('imei', imei())}`);
    else L.push(`${ts} ERROR [pay-notify] c.s.p.PayService - notify verify fail out_trade_no=${d.dec('pay_trade_no', safe(() => '20' + digits(20)))} total_fee=${ri(3000, 80000)}`);
  }
  return L.join('\n');
};

// ---- 19. 开票信息 (commercial customers, central AC projects)
T.kaipiao = (d) => {
  const c = pickCity(); const p = person({ noMinority: true }); const co = pick([`${c.sc}市${pick(['金海湾', '万豪', '华美达', '福星', '宏图'])}${pick(['酒店管理有限公司', '物业服务有限公司', '餐饮管理有限公司', '实业有限公司'])}`, `${c.sc}${pick(['高新', '实验', '第一'])}${pick(['中学', '小学'])}`]);
  const school = /学$/.test(co);
  const u = genUscc(school ? '12' : '91');
  const L = [pick(['开票信息', '开票资料（增值税专用发票）', '发票申请'])];
  L.push(`项目：${pick(['中央空调安装工程', '多联机维保合同', '商用厨电安装', '热水系统改造'])}  合同号：${d.dec('contract_no', safe(() => 'HT' + digits(4) + '-' + digits(4)))}`);
  L.push(`单位名称：${d.dec('company', co)}`);
  L.push(`${pick(['纳税人识别号', '统一社会信用代码', '税号'])}：${d.uscc(u)}`);
  L.push(`地址、电话：${fullAddr(c).replace(/\d+栋.*$/, '')} ${d.tel(genLandline(c), pick(['dash', 'plain']))}`);
  L.push(`开户行及账号：${branch(c, pick(BINS)[0])} ${d.dec('corp_account', safe(() => pick(['4000', '7559', '4420', '3100']) + digits(pick([8, 11, 16, 18]))))}`);
  L.push(`收票人：${d.name(p)}   电话：${d.mob(p, 'rf')}`);
  L.push(`电子发票接收邮箱：${d.mail(p, 'r')}`);
  if (chance(0.4)) { const bad = u.slice(0, 17) + USCC_AL[(USCC_AL.indexOf(u[17]) + ri(1, 30)) % 31]; L.push(`（旧税号${d.dec('uscc_bad_check', bad)}已作废）`); }
  L.push(`发票金额：¥${d.dec('amount', amount(12000, 380000))}   开票内容：*${pick(['安装服务', '维修劳务', '制冷设备'])}*`);
  L.push(`申请人：${d.name(techTeam(c, 1)[0])}  ${pick(['项目经理', '商务'])}`);
  return L.join('\n');
};

// ---- 20. 例会纪要
T.minutes = (d) => {
  const c = pickCity(); const techs = techTeam(c, ri(4, 7)); const host = person({ noMinority: true }); const rec = person({ noMinority: true });
  const md = dateObj(); const h0 = ri(8, 18);
  const L = [`${d.dec('company', netName(c))}${fmtDate(md, 2).slice(5)}周例会纪要`];
  L.push(`时间：${fmtDate(md, 2)} ${pad(h0)}:${pick(['00', '30'])}-${pad(h0 + 1)}:${pad(ri(0, 59))}`, `地点：${pick([() => '网点仓库二楼', () => '会议室', () => '线上（腾讯会议 ' + d.dec('meeting_id', digits(3) + ' ' + digits(3) + ' ' + digits(3)) + '）'])()}`);
  L.push(`主持：${d.name(host)}    记录：${d.name(rec)}`);
  L.push(`参会：${techs.map((t, i) => d.name(t) + (i === 1 && chance(0.5) ? '（请假）' : '')).join('、')}`);
  L.push('', '一、上周数据');
  L.push(`完工${ri(80, 400)}单，回访满意率${ri(88, 99)}.${ri(0, 9)}%，二次上门率${ri(1, 8)}.${ri(0, 9)}%，超时${ri(0, 20)}单。`);
  L.push('', '二、表扬');
  L.push(`${d.name(techs[0], 'd')}师傅本周好评${ri(5, 30)}个；${d.name(techs[2], 'd')}处理${pick(['一起燃气泄漏险情', '高层外机更换', '商场中央空调抢修'])}，反应及时。`);
  L.push('', '三、问题');
  L.push(`1. 工单${d.dec('order_no', orderNo())}用户投诉${d.title(pick(techs), '师傅')}未穿鞋套，罚款${pick(['50', '100'])}元。`);
  L.push(`2. 配件申请慢，${pick(['周一', '周三'])}前的旧件必须返厂，条码${d.dec('barcode', barcode())}的压缩机还没寄回。`);
  L.push(`3. 私收费问题：严禁收取${pick(['高空费', '铜管差价', '清洗费'])}不开票，发现一次停单一周。`);
  if (chance(0.5)) L.push(`4. 新师傅${d.name(techs[techs.length - 1], 'd')}跟${d.name(techs[1], 'd')}一周，下周独立接单。`);
  L.push('', '四、下周安排');
  L.push(`值班：${techs.slice(0, 3).map((t) => `${pick(['周一', '周二', '周三', '周四', '周五', '周六', '周日'])} ${d.name(t)} ${d.mob(t, 'rf')}`).join('；')}`);
  L.push(`有事联系调度：${d.name(host)} ${d.mob(host, 'rf')}`);
  return L.join('\n');
};

// ---- 21. 快递 / 配件发货 notice
T.express = (d) => {
  const c = pickCity(); const c2 = pickCity(); const t = techTeam(c, 1)[0]; const L = [];
  const co = pick(['顺丰速运', '京东物流', '中通快递', '德邦快递']);
  L.push(`${co} 电子面单`);
  const tn = co === '顺丰速运' ? safe(() => 'SF' + ri(1, 3) + digits(12)) : co === '京东物流' ? safe(() => 'JDX' + digits(12)) : co === '中通快递' ? safe(() => '7' + pick(['3', '5', '8']) + digits(12)) : safe(() => 'DPK' + digits(12));
  L.push(`运单号：${d.dec('tracking_no', tn)}    ${pick(['标快', '特快', '陆运件'])}   ${fmtDate(dateObj())}`);
  L.push(`寄件人：${d.dec('company', pick(['美的配件中心', '格力备件库', '海尔备件中心', '方太配件仓', '华东RDC仓库']))}  ${d.tel(genLandline(c2), pick(['dash', 'plain']))}`);
  L.push(`寄件地址：${c2.prov}${c2.city}${pick(c2.d)}${pick(['工业大道', '物流园路', '创业路'])}${ri(1, 200)}号${pick(['配件仓', '物流园B区', '备件中心'])}`);
  L.push(`收件人：${chance(0.12) ? d.nameDecoy('job') : d.name(t)}  ${d.mob(t, pick(['plain', 'plain', 'sp']))}`);
  L.push(`收件地址：${fullAddr(c)}`);
  L.push(`托寄物：配件（${pick(PARTS)[0]}） ${d.dec('part_code', partCode())} ×${ri(1, 3)}   件数：1   重量：${(rnd() * 8 + 0.3).toFixed(1)}kg`);
  L.push(`付款方式：${pick(['寄付月结', '到付'])}  月结卡号：${d.dec('monthly_account', safe(() => '755' + digits(7)))}`);
  L.push(`备注：关联工单${d.dec('order_no', orderNo())}，旧件请${pick(['随箱返回', '7日内寄回'])}`);
  return L.join('\n');
};

// ---- 22. 400 来电记录
T.callcenter = (d) => {
  const c = pickCity(); const p = person(); const a = person({ noMinority: true }); const pr = product();
  const ani = chance(0.2) ? genLandline(c) : null;
  const L = [pick(['来电受理记录', '400来电工单', '呼入记录详情'])];
  L.push(`来电时间：${tsStr()}    主叫号码：${ani ? d.tel(ani, 'plain') : d.mob(p, pick(['plain', 'trunk0', 'n86', 'plain']))}    被叫：${d.dec('hotline_400', hotline())}`);
  L.push(`坐席：${d.dec('agent_no', digits(4))} ${d.name(a)}    通话时长：${ri(1, 12)}分${ri(0, 59)}秒`);
  const known = chance(0.75);
  L.push(`来电人：${known ? d.name(p) : d.title(p, pick(['女士', '先生']))}    与用户关系：${pick(['本人', '本人', '家属', '租客', '物业'])}`);
  if (ani || chance(0.3)) L.push(`联系电话：${d.mob(p, 'rf')}`);
  L.push(`诉求类型：${pick(['报修', '报装', '咨询', '催单', '投诉', '延保咨询'])}`);
  L.push(`受理内容：用户称${d.brand(pr.brand)}${pr.cat}${pr.fault}，${pick(['购买不到一年', '已过保', '在延保期内', '刚装好三天'])}，${pick([() => '要求明天上门', () => d.nameDecoy('word') + '可以', () => '晚上7点后在家', () => '希望派上次的师傅'])()}。`);
  if (chance(0.2)) L.push(`核身：用户报身份证号 ${d.dec(...idBad(p))}，系统校验不通过，请用户${pick(['下次来电', '在公众号'])}重新提供`);
  L.push(`产品条码：${chance(0.5) ? d.dec('barcode', barcode()) : '用户未提供'}`);
  L.push(`处理结果：${pick(['已生成工单', '已转网点', '已升级投诉'])} ${d.dec('order_no', orderNo())}`);
  if (chance(0.3)) L.push(`录音：${d.dec('recording_id', 'REC' + digits(14))}`);
  return L.join('\n');
};

// ================================================================ generation
const PLAN = [['gd_csv', 24], ['gd_json', 18], ['sms', 30], ['paigong_ocr', 18], ['weixiu_ocr', 15], ['yanbao', 14], ['yanbao_xml', 8], ['huifang', 14], ['peijian', 14], ['baoxiao', 16], ['warranty_ocr', 12], ['complaint_mail', 16], ['wechat', 14], ['fixed_width', 10], ['roster', 10], ['yijiu', 12], ['refund', 10], ['dispatch_log', 8], ['kaipiao', 8], ['minutes', 8], ['express', 9], ['callcenter', 12]];
const out = [];
for (const [kind, n] of PLAN) {
  for (let i = 1; i <= n; i++) {
    setCur();
    const d = new Doc(kind);
    const text = T[kind](d);
    out.push(d.finish(`rp-${kind}-${i}`, text));
  }
}

// ================================================================ self-check
const errors = [];
const norm = (s) => s.normalize('NFKC').replace(/[\s\-()（）'_,]/g, '').toLowerCase();
function valueValid(det, v) {
  switch (det) {
    case 'cn_resident_id': return isValidId(v);
    case 'cn_mobile': return isMobile(v);
    case 'bank_card': return /^\d{16,19}$/.test(v) && luhnOk(v);
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(v);
    case 'cn_landline': return landOk(v);
    case 'cn_uscc': return usccOk(v);
    case 'cn_passport': return /^(E\d{8}|E[A-HJ-NP-Z]\d{7})$/.test(v);
    case 'person_name_zh': return /^[\u4e00-\u9fa5·]{2,16}$/.test(v);
    default: return false;
  }
}
for (const r of out) {
  const nt = norm(r.text);
  const seen = new Set();
  for (const e of r.entities) {
    const k = e.detector + '|' + e.value;
    if (seen.has(k)) errors.push(`${r.id}: duplicate entity ${k}`); seen.add(k);
    if (!valueValid(e.detector, e.value)) errors.push(`${r.id}: invalid entity ${k}`);
    let ok = nt.includes(norm(e.value));
    if (!ok && e.detector === 'cn_resident_id') ok = nt.includes(downgrade18(e.value));
    if (!ok && e.detector === 'cn_landline') ok = nt.includes('+86' + e.value.slice(1));
    if (!ok) errors.push(`${r.id}: entity not in text ${k}`);
  }
  for (const x of r.decoys) {
    if (!r.text.includes(x.text)) errors.push(`${r.id}: decoy not in text ${x.kind}|${x.text}`);
    const nd = norm(x.text);
    for (const e of r.entities) {
      const ne = norm(e.value);
      if (nd === ne) errors.push(`${r.id}: entity is also decoy ${e.value}`);
      else if (e.detector === 'person_name_zh' && (nd.includes(ne) || ne.includes(nd))) errors.push(`${r.id}: name/decoy overlap ${e.value} ~ ${x.text}`);
      else if (e.detector !== 'person_name_zh' && nd.includes(ne)) errors.push(`${r.id}: decoy contains entity ${e.value} ~ ${x.text}`);
    }
    // numeric decoys must not validate as the real thing (intended invalid ones are checked to fail)
    for (const run of (x.text.normalize('NFKC').toUpperCase().match(/\d+X?/g) || [])) {
      if (looksSensitive(run) && !['order_no', 'platform_order_no', 'bank_txn_no', 'pay_trade_no'].includes(x.kind)) errors.push(`${r.id}: decoy looks sensitive ${x.kind}|${x.text}`);
    }
  }
  // unlabelled valid-looking values in the text
  const lab = new Set([...r.entities, ...r.dontCare].map((e) => e.detector + '|' + e.value));
  const decoyRuns = new Set(r.decoys.flatMap((x) => (x.text.normalize('NFKC').match(/\d+/g) || [])));
  const t = r.text.normalize('NFKC');
  const checkRun = (run0, where) => {
    const s = run0.toUpperCase();
    const need = (det, v) => { if (!lab.has(det + '|' + v)) errors.push(`${r.id}: unlabelled ${det} ${v} (${where} ${run0})`); };
    if (/^\d{17}[\dX]$/.test(s) && isValidId(s)) return need('cn_resident_id', s);
    if (!/^\d+$/.test(s)) return;
    if (s.length === 15 && legacyLike(s) && REGION_SET.has(s.slice(0, 6))) return need('cn_resident_id', upgrade15(s));
    if (s.length === 11 && isMobile(s)) return need('cn_mobile', s);
    if (s.length === 12 && s[0] === '0' && isMobile(s.slice(1))) return need('cn_mobile', s.slice(1));
    if (s.length === 13 && s.startsWith('86') && isMobile(s.slice(2))) return need('cn_mobile', s.slice(2));
    if (s.length === 15 && s.startsWith('0086') && isMobile(s.slice(4))) return need('cn_mobile', s.slice(4));
    if (s.length >= 16 && s.length <= 19 && luhnOk(s)) {
      if (/^(62|81|4|5|3)/.test(s)) return need('bank_card', s);
      if (!decoyRuns.has(s) && where === 'run' && !r.entities.some((e) => e.value.toUpperCase().includes(s))) errors.push(`${r.id}: Luhn-valid unlabelled run ${s}`);
    }
  };
  for (const m of t.matchAll(/\d+[Xx]?/g)) checkRun(m[0], 'run');
  for (const m of t.matchAll(/\d+(?:[ \-]\d+)+[Xx]?/g)) { const j = m[0].replace(/[ \-]/g, ''); checkRun(j, 'grouped'); }
  for (const m of t.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g)) {
    const v = m[0].toLowerCase();
    if (!lab.has('email|' + v) && !r.decoys.some((x) => x.text.toLowerCase().includes(v))) errors.push(`${r.id}: unlabelled email ${v}`);
  }
  if (!r.text.length) errors.push(`${r.id}: empty text`);
}

// ================================================================ output + summary
const outFile = process.argv[2];
if (!outFile) { console.error('usage: node repairs.mjs OUT.jsonl'); process.exit(2); }
writeFileSync(outFile, out.map((r) => JSON.stringify(r)).join('\n') + '\n');

const perKind = {}, perDet = {}, perDc = {}, perDecoy = {};
let nEnt = 0, nDec = 0;
for (const r of out) {
  perKind[r.kind] = (perKind[r.kind] || 0) + 1;
  for (const e of r.entities) { perDet[e.detector] = (perDet[e.detector] || 0) + 1; nEnt++; }
  for (const e of r.dontCare) perDc[e.detector] = (perDc[e.detector] || 0) + 1;
  for (const x of r.decoys) { perDecoy[x.kind] = (perDecoy[x.kind] || 0) + 1; nDec++; }
}
console.log(`documents: ${out.length} in ${Object.keys(perKind).length} kinds`);
for (const [k, v] of Object.entries(perKind)) console.log(`  ${k.padEnd(16)} ${v}`);
console.log(`entities: ${nEnt}`);
for (const [k, v] of Object.entries(perDet).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(16)} ${v}`);
console.log('dontCare:');
for (const [k, v] of Object.entries(perDc).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(16)} ${v}`);
console.log(`decoys: ${nDec}`);
for (const [k, v] of Object.entries(perDecoy).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(20)} ${v}`);
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((perDet[det] || 0) < 150) errors.push(`too few ${det}: ${perDet[det] || 0}`);
if ((perDet.person_name_zh || 0) < 400) errors.push('fewer than 400 names');
if (nDec < nEnt) errors.push(`fewer decoys (${nDec}) than entities (${nEnt})`);
if (errors.length) { console.error(`SELF-CHECK FAILED (${errors.length}):`); for (const e of errors.slice(0, 60)) console.error('  ' + e); process.exit(1); }
console.log('self-check: OK');
