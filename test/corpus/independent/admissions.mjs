#!/usr/bin/env node
// admissions.mjs — independent labelled corpus for listguard.
//
// Theme: university and vocational-college admissions and new-student intake
// (招生, 录取, 新生报到): 录取名单 with 考生号, 录取公示, 新生信息采集表, 报到 logs,
// dormitory assignment lists, 绿色通道 (hardship) applications with parents'
// info and bank cards, tuition payment batches, 学费 refunds, enrolment hotline
// call logs, 招生咨询 WeChat chats, EMS 录取通知书 waybill lists, 体检 lists,
// 军训 rosters, student-union recruitment sign-ups, XML/JSON from a 学工 system,
// OCR'd paper forms, mails, SMS batches, minutes, 生源地助学贷款 receipts, class
// contact lists, duty notes, 非税收入 e-receipts, 港澳台侨 intake lists.
//
// Usage:  node admissions.mjs OUT.jsonl
//
// Output: one JSON object per line:
//   {"id":"ad-<kind>-<n>","kind":"<kind>","text":"...",
//    "entities":[{"detector":"...","value":"..."}],   must be reported (unique per doc)
//    "dontCare":[{"detector":"...","value":"..."}],   either answer is fine
//    "decoys":[{"kind":"...","text":"..."}]}          must NOT be reported under any detector
//
// Normalisation of values: cn_resident_id 18 chars, upper-case X (legacy
// 15-digit IDs upgraded to 18); cn_mobile 11 digits, no +86 / separators;
// cn_landline digits incl. leading 0 and area code, no separators, no
// extension; email lower-case; bank_card digits only; cn_passport upper-case;
// cn_uscc 18 chars upper-case; person_name_zh as written without spaces,
// titles or pinyin. Decoys carry their exact text as written.
//
// Labelling choices specific to this file: title forms (周老师, 王女士) are
// dontCare for the bare surname and the titled form; names only in running
// prose are dontCare; a 62-prefixed card number that fails Luhn in a 卡号
// field (student typo) is dontCare; an ID embedded in a 20-char 残疾人证号 is
// dontCare; 港澳台居民居住证 numbers (810000/820000/830000) are dontCare;
// 回乡证 numbers are dontCare for cn_passport; values that OCR broke
// (O for 0, l for 1, a dropped digit) are dontCare.
//
// Written in session 30 by a helper that never read src/, rules/ or test/,
// from cn-formats.md and DESIGN.md only.

import { writeFileSync } from 'node:fs';

const OUT = process.argv[2];
if (!OUT) { console.error('usage: node admissions.mjs OUT.jsonl'); process.exit(2); }

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0xAD30_2024);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const pad = (n, w) => String(n).padStart(w, '0');
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += String(ri(0, 9)); return s; };
function shuffle(a) { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
function sample(a, k) { return shuffle(a.slice()).slice(0, k); }
function wpick(pairs) { let t = 0; for (const p of pairs) t += p[p.length - 1]; let r = rnd() * t; for (const p of pairs) { r -= p[p.length - 1]; if (r < 0) return p; } return pairs[pairs.length - 1]; }

// ---------------------------------------------------------------- check digits
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(body17) { let s = 0; for (let i = 0; i < 17; i++) s += (+body17[i]) * ID_W[i]; return '10X98765432'[s % 11]; }
const PROVS = new Set(['11','12','13','14','15','21','22','23','31','32','33','34','35','36','37','41','42','43','44','45','46','50','51','52','53','54','61','62','63','64','65']);
function realDate(y, m, d) { const t = new Date(Date.UTC(y, m - 1, d)); return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d; }
function idValid(s) {
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  if (!PROVS.has(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || y > 2024 || !realDate(y, m, d)) return false;
  return idCheck(s.slice(0, 17)) === s[17];
}
function upgrade15(s15) { const b = s15.slice(0, 6) + '19' + s15.slice(6); return b + idCheck(b); }
function luhnOk(s) { let sum = 0, dbl = false; for (let i = s.length - 1; i >= 0; i--) { let v = +s[i]; if (dbl) { v *= 2; if (v > 9) v -= 9; } sum += v; dbl = !dbl; } return sum % 10 === 0; }
function luhnDigit(body) { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c); }
const MOB_OK = ['130','131','132','133','134','135','136','137','138','139','145','147','150','151','152','153','155','156','157','158','159','162','165','166','167','170','171','172','173','175','176','177','178','180','181','182','183','184','185','186','187','188','189','190','191','192','193','195','196','197','198','199'];
const MOB_GEN = ['130','131','132','133','135','136','137','138','139','150','151','152','155','156','157','158','159','166','173','175','176','177','180','181','182','183','185','186','187','188','189','191','198','199','135','138','139','152','158','187','188','199','177','147','193','195'];
function mobValid(s) { return /^1\d{10}$/.test(s) && MOB_OK.includes(s.slice(0, 3)); }
const USCC_A = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += USCC_A.indexOf(b17[i]) * USCC_W[i]; return USCC_A[(31 - (s % 31)) % 31]; }
function orgCheck(c8) { const W = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0; for (let i = 0; i < 8; i++) { const ch = c8[i]; s += (/\d/.test(ch) ? +ch : ch.charCodeAt(0) - 55) * W[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
function usccValid(s) { return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s) && usccCheck(s.slice(0, 17)) === s[17] && orgCheck(s.slice(8, 16)) === s[16]; }
function genUscc(p2, region6, letters) {
  let o8 = '';
  if (letters) { o8 = 'MA'; for (let i = 0; i < 6; i++) o8 += pick('0123456789ABCDEFGHJKLMNPQRTUWXY'.split('')); }
  else o8 = String(ri(1, 9)) + digits(7);
  const b = p2 + region6 + o8 + orgCheck(o8);
  return b + usccCheck(b);
}
const LL_LEN = { '010': 8, '020': 8, '021': 8, '022': 8, '023': 8, '024': 8, '025': 8, '027': 8, '028': 8, '029': 8, '0755': 8, '0571': 8, '0731': 8, '0371': 8, '0531': 8, '0931': 7 };
function llValid(s) { for (const [a, n] of Object.entries(LL_LEN)) if (s.startsWith(a) && s.length === a.length + n && /^[2-8]/.test(s.slice(a.length))) return true; return false; }
const EMAIL_RE = /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/;

// ---------------------------------------------------------------- written forms
const fw = (s) => s.replace(/[0-9A-Za-z@.\-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xFEE0));
function fmtMob(m, st) {
  switch (st) {
    case 'sp': return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'dash': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case 'p86': return `+86 ${m}`;
    case 'p86sp': return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'p86n': return `+86${m}`;
    case 'p86d': return `+86-${m}`;
    case '0086': return `0086 ${m}`;
    case 'paren': return `(+86)${m}`;
    case 'fw': return fw(m);
    default: return m;
  }
}
function fmtId(id, st) {
  switch (st) {
    case 'lower': return id.replace('X', 'x');
    case 'grp': return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    case 'fw': return fw(id);
    default: return id;
  }
}
function fmtCard(c, st) {
  switch (st) {
    case 'g4': return c.replace(/(\d{4})(?=\d)/g, '$1 ');
    case 'g4d': return c.replace(/(\d{4})(?=\d)/g, '$1-');
    case 'fw': return fw(c);
    default: return c;
  }
}
const maskMob = (m) => m.slice(0, 3) + '****' + m.slice(7);
const maskId = (id, k = 0) => k === 0 ? id.slice(0, 6) + '********' + id.slice(14) : k === 1 ? id.slice(0, 3) + '***********' + id.slice(14) : id.slice(0, 1) + '****************' + id.slice(17);
const maskCard = (c) => c.slice(0, 4) + ' **** **** ' + c.slice(-4);
const maskName = (n) => n.length === 2 ? n[0] + '*' : n.length === 3 ? n[0] + '*' + n[2] : n[0] + '**' + n[n.length - 1];

// ---------------------------------------------------------------- regions
const REGIONS = [
  ['430104','湖南省','长沙市','岳麓区'],['430121','湖南省','长沙市','长沙县'],['430502','湖南省','邵阳市','双清区'],['430524','湖南省','邵阳市','隆回县'],
  ['431224','湖南省','怀化市','溆浦县'],['433101','湖南省','湘西土家族苗族自治州','吉首市'],['430702','湖南省','常德市','武陵区'],['431102','湖南省','永州市','零陵区'],
  ['430203','湖南省','株洲市','芦淞区'],['430302','湖南省','湘潭市','雨湖区'],['431003','湖南省','郴州市','苏仙区'],
  ['420106','湖北省','武汉市','武昌区'],['421002','湖北省','荆州市','沙市区'],['420683','湖北省','襄阳市','枣阳市'],['421122','湖北省','黄冈市','红安县'],
  ['360102','江西省','南昌市','东湖区'],['360731','江西省','赣州市','于都县'],
  ['440106','广东省','广州市','天河区'],['440304','广东省','深圳市','福田区'],['440882','广东省','湛江市','雷州市'],['441302','广东省','惠州市','惠城区'],
  ['410105','河南省','郑州市','金水区'],['411602','河南省','周口市','川汇区'],['411302','河南省','南阳市','宛城区'],['410522','河南省','安阳市','安阳县'],
  ['130702','河北省','张家口市','桥东区'],['130102','河北省','石家庄市','长安区'],['130503','河北省','邢台市','桥西区'],
  ['341002','安徽省','黄山市','屯溪区'],['340802','安徽省','安庆市','迎江区'],['340104','安徽省','合肥市','蜀山区'],['340503','安徽省','马鞍山市','花山区'],
  ['320102','江苏省','南京市','玄武区'],['320404','江苏省','常州市','钟楼区'],['321084','江苏省','扬州市','高邮市'],
  ['330106','浙江省','杭州市','西湖区'],['330702','浙江省','金华市','婺城区'],
  ['370102','山东省','济南市','历下区'],['370211','山东省','青岛市','黄岛区'],
  ['500103','重庆市','重庆市','渝中区'],['500235','重庆市','重庆市','云阳县'],
  ['510104','四川省','成都市','锦江区'],['510781','四川省','绵阳市','江油市'],
  ['520102','贵州省','贵阳市','南明区'],['522601','贵州省','黔东南苗族侗族自治州','凯里市'],
  ['530102','云南省','昆明市','五华区'],['532901','云南省','大理白族自治州','大理市'],
  ['450103','广西壮族自治区','南宁市','青秀区'],['610113','陕西省','西安市','雁塔区'],['620102','甘肃省','兰州市','城关区'],
  ['650102','新疆维吾尔自治区','乌鲁木齐市','天山区'],['653101','新疆维吾尔自治区','喀什地区','喀什市'],['652901','新疆维吾尔自治区','阿克苏地区','阿克苏市'],
  ['540102','西藏自治区','拉萨市','城关区'],['150102','内蒙古自治区','呼和浩特市','新城区'],['110108','北京市','北京市','海淀区'],['310115','上海市','上海市','浦东新区'],
  ['460105','海南省','海口市','秀英区'],
].map(([code, prov, city, county]) => ({ code, prov, city, county }));
const REG_BY_PROV = {};
for (const r of REGIONS) (REG_BY_PROV[r.prov] ||= []).push(r);
const PROV_W = [['湖南省', 9], ['湖北省', 3], ['江西省', 2], ['广东省', 3], ['河南省', 4], ['河北省', 2], ['安徽省', 2], ['江苏省', 2], ['浙江省', 1], ['山东省', 2], ['重庆市', 2], ['四川省', 3], ['贵州省', 2], ['云南省', 1], ['广西壮族自治区', 2], ['陕西省', 1], ['甘肃省', 1], ['新疆维吾尔自治区', 1], ['西藏自治区', 1], ['内蒙古自治区', 1], ['海南省', 1]];
const pickProv = () => wpick(PROV_W)[0];
const AREA = { '长沙市': '0731', '郑州市': '0371', '广州市': '020', '深圳市': '0755', '武汉市': '027', '南京市': '025', '杭州市': '0571', '济南市': '0531', '成都市': '028', '西安市': '029', '北京市': '010', '上海市': '021', '重庆市': '023', '兰州市': '0931' };
const NEW_GK = new Set(['湖南省', '湖北省', '广东省', '河北省', '江苏省', '重庆市', '贵州省', '广西壮族自治区', '江西省', '安徽省']);
const klOpts = (prov) => prov === '浙江省' || prov === '山东省' || prov === '海南省' || prov === '北京市' || prov === '上海市' ? ['综合改革'] : NEW_GK.has(prov) ? ['物理类', '历史类'] : ['理工', '文史'];

// surname-like first characters: place/major/school words starting with one of these are name-shaped decoys
const SUR_CH = new Set('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常商车邢吉惠兰岳温安文华明时成易关'.split(''));

// ---------------------------------------------------------------- names
const SURNAMES = [['王','wang',72],['李','li',72],['张','zhang',68],['刘','liu',55],['陈','chen',54],['杨','yang',31],['黄','huang',23],['赵','zhao',23],['吴','wu',21],['周','zhou',21],
  ['徐','xu',15],['孙','sun',15],['马','ma',14],['朱','zhu',13],['胡','hu',13],['郭','guo',12],['何','he',12],['高','gao',11],['林','lin',11],['罗','luo',11],['郑','zheng',10],['梁','liang',10],
  ['谢','xie',8],['宋','song',8],['唐','tang',8],['许','xu',7],['韩','han',7],['冯','feng',7],['邓','deng',7],['曹','cao',7],['彭','peng',7],['曾','zeng',6],['肖','xiao',6],['田','tian',6],
  ['董','dong',5],['袁','yuan',5],['潘','pan',5],['于','yu',5],['蒋','jiang',5],['蔡','cai',5],['余','yu',5],['杜','du',4],['叶','ye',4],['程','cheng',4],['苏','su',4],['魏','wei',4],
  ['吕','lv',4],['丁','ding',4],['任','ren',4],['沈','shen',3],['姚','yao',3],['卢','lu',3],['姜','jiang',3],['崔','cui',3],['钟','zhong',3],['谭','tan',3],['陆','lu',3],['汪','wang',3],
  ['范','fan',3],['金','jin',3],['石','shi',3],['廖','liao',3],['贾','jia',3],['夏','xia',3],['韦','wei',3],['付','fu',3],['方','fang',3],['白','bai',2],['邹','zou',2],['孟','meng',2],
  ['熊','xiong',2],['秦','qin',2],['邱','qiu',2],['江','jiang',2],['尹','yin',2],['薛','xue',2],['闫','yan',2],['段','duan',2],['雷','lei',2],['侯','hou',2],['龙','long',2],['史','shi',2],
  ['陶','tao',2],['黎','li',2],['贺','he',2],['顾','gu',2],['毛','mao',2],['郝','hao',2],['龚','gong',2],['邵','shao',2],['万','wan',2],['钱','qian',2],['严','yan',2],['覃','qin',2],
  ['武','wu',2],['戴','dai',2],['莫','mo',2],['孔','kong',2],['向','xiang',2],['汤','tang',2],['常','chang',1]];
const COMPOUND = [['欧阳','ouyang'],['司马','sima'],['诸葛','zhuge'],['上官','shangguan'],['司徒','situ'],['慕容','murong'],['令狐','linghu'],['皇甫','huangfu']];
const G_M = { 浩:'hao',宇:'yu',轩:'xuan',子:'zi',博:'bo',文:'wen',俊:'jun',杰:'jie',晨:'chen',泽:'ze',睿:'rui',鑫:'xin',磊:'lei',鹏:'peng',凯:'kai',昊:'hao',天:'tian',明:'ming',志:'zhi',伟:'wei',
  强:'qiang',斌:'bin',超:'chao',辉:'hui',帅:'shuai',阳:'yang',毅:'yi',航:'hang',锦:'jin',铭:'ming',乐:'le',嘉:'jia',奕:'yi',彬:'bin',然:'ran',豪:'hao',逸:'yi',晟:'sheng',诚:'cheng',煜:'yu',旭:'xu',坤:'kun',宸:'chen',瑞:'rui',恒:'heng',楷:'kai',涛:'tao',翔:'xiang' };
const G_F = { 欣:'xin',怡:'yi',梓:'zi',萱:'xuan',雨:'yu',婷:'ting',佳:'jia',琪:'qi',诗:'shi',雅:'ya',思:'si',颖:'ying',悦:'yue',晴:'qing',彤:'tong',妍:'yan',静:'jing',雪:'xue',丽:'li',娜:'na',
  芳:'fang',慧:'hui',敏:'min',洁:'jie',琳:'lin',瑶:'yao',蕾:'lei',露:'lu',倩:'qian',璐:'lu',馨:'xin',可:'ke',清:'qing',月:'yue',欢:'huan',梦:'meng',茜:'qian',蓉:'rong',涵:'han',语:'yu',若:'ruo',汐:'xi',嘉:'jia',媛:'yuan' };
const G_OM = { 建:'jian',国:'guo',华:'hua',平:'ping',海:'hai',永:'yong',勇:'yong',刚:'gang',林:'lin',德:'de',福:'fu',荣:'rong',成:'cheng',庆:'qing',军:'jun',明:'ming',志:'zhi',伟:'wei',
  强:'qiang',红:'hong',兵:'bing',文:'wen',东:'dong',春:'chun',新:'xin',顺:'shun',友:'you',胜:'sheng',云:'yun',峰:'feng' };
const G_OF = { 秀:'xiu',兰:'lan',英:'ying',红:'hong',梅:'mei',玲:'ling',霞:'xia',燕:'yan',桂:'gui',芳:'fang',丽:'li',春:'chun',华:'hua',琴:'qin',凤:'feng',敏:'min',艳:'yan',萍:'ping',娟:'juan',珍:'zhen',菊:'ju',莲:'lian',香:'xiang',群:'qun' };
const BLOCK = new Set(['高明','王国','金华','文明','向阳','高阳','白杨','江海','白雪','高超','常乐','方可','白露','龙凤','龙华','江华','高平','武平','常德','邵东','孟春','向东','向荣','韩国','秦国','夏天','叶子','孙子','雷雨','文静','文雅','高雅','林海','石林','罗平','华平','成林','万福','高峰','江峰','方云','白云','马云','高云','龙云','江东','秦岭','高新','金平','余庆','高兴','方华','向明','黄梅','秦红','白华','汤圆','毛衣','高洁','任强','万春','明月','文华','文峰','金峰','金山','江山','周平','林芝','史诗','丁香','夏梦','余欢','马可','江月','韦伟','龙江','石峰','田园','万国','高翔','金明','金辉','金伟','金鑫','常胜','常春','常青','华英']);
const usedNames = new Set();
function genHan(sex, old) {
  for (let t = 0; t < 200; t++) {
    const [sur, spy] = chance(0.02) ? pick(COMPOUND) : wpick(SURNAMES);
    const pool = old ? (sex === '男' ? G_OM : G_OF) : (sex === '男' ? G_M : G_F);
    const keys = Object.keys(pool);
    const len = old ? (chance(0.5) ? 2 : 1) : (chance(0.78) ? 2 : 1);
    let g = ''; const gpy = [];
    while (g.length < len) { const c = pick(keys); if (g.includes(c) || sur.includes(c) || (len === 1 && '子天乐可若清一'.includes(c))) continue; g += c; gpy.push(pool[c]); }
    const full = sur + g;
    if (BLOCK.has(full) || BLOCK.has(g) || usedNames.has(full)) continue;
    usedNames.add(full);
    return { name: full, sur, given: g, py: [spy, ...gpy] };
  }
  throw new Error('name pool exhausted');
}
const UY_M = [['艾力','aili'],['买买提','maimaiti'],['艾合买提','aihemaiti'],['阿卜杜拉','abudula'],['吐尔逊','tuerxun'],['麦麦提','maimaiti'],['依力哈木','yilihamu'],['阿布都热西提','abudurexiti'],['努尔','nuer'],['艾尔肯','aierken'],['伊敏','yimin'],['热合曼','reheman']];
const UY_F = [['古丽娜尔','gulinaer'],['热依拉','reyila'],['迪丽努尔','dilinuer'],['阿依古丽','ayiguli'],['帕提古丽','patiguli'],['热孜万古丽','reziwanguli'],['米热古丽','mireguli'],['努尔比亚','nuerbiya'],['祖丽胡玛尔','zulihumaer']];
const TB = [['扎西','zhaxi'],['次仁','ciren'],['卓玛','zhuoma'],['央金','yangjin'],['旺堆','wangdui'],['普布','pubu'],['格桑','gesang'],['拉姆','lamu'],['德吉','deji'],['尼玛','nima'],['平措','pingcuo'],['达瓦','dawa'],['索朗','suolang'],['白玛','baima']];
function genUyghur(sex, fatherGiven) {
  for (let t = 0; t < 100; t++) {
    const g = pick(sex === '男' ? UY_M : UY_F); const f = fatherGiven || pick(UY_M);
    if (g[0] === f[0]) continue;
    const name = `${g[0]}·${f[0]}`; if (usedNames.has(name)) continue; usedNames.add(name);
    return { name, sur: '', given: g[0], py: [g[1]], fatherGiven: f, minority: 'uy' };
  }
  throw new Error('uy');
}
function genTibetan() {
  for (let t = 0; t < 100; t++) {
    const a = pick(TB), b = pick(TB); if (a === b) continue;
    const name = a[0] + b[0]; if (usedNames.has(name)) continue; usedNames.add(name);
    return { name, sur: '', given: name, py: [a[1] + b[1]], minority: 'tb' };
  }
  throw new Error('tb');
}

// ---------------------------------------------------------------- generators of values
function randDate(y0, m0, d0, y1, m1, d1) {
  const a = Date.UTC(y0, m0 - 1, d0), b = Date.UTC(y1, m1 - 1, d1);
  const t = new Date(a + Math.floor(rnd() * ((b - a) / 86400000 + 1)) * 86400000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
const ymd = (b, sep = '') => `${b.y}${sep}${pad(b.m, 2)}${sep}${pad(b.d, 2)}`;
const cnDate = (b) => `${b.y}年${b.m}月${b.d}日`;
function genId(region, b, sex) {
  let seq = ri(0, 99) * 10 + (sex === '男' ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]));
  const body = region + ymd(b) + pad(seq, 3);
  return body + idCheck(body);
}
const usedMob = new Set();
function genMob() {
  for (;;) {
    const m = pick(MOB_GEN) + digits(8);
    if (usedMob.has(m) || /(\d)\1{4}/.test(m) || m === '13800138000') continue;
    usedMob.add(m); return m;
  }
}
const BANKS = [
  { bank: '中国建设银行', bin: '621700', len: 19 }, { bank: '中国农业银行', bin: '622848', len: 19 }, { bank: '中国工商银行', bin: '622202', len: 19 },
  { bank: '中国工商银行', bin: '621226', len: 19 }, { bank: '中国银行', bin: '621661', len: 19 }, { bank: '中国邮政储蓄银行', bin: '621799', len: 19 },
  { bank: '交通银行', bin: '622262', len: 19 }, { bank: '招商银行', bin: '622588', len: 16 }, { bank: '招商银行', bin: '621483', len: 16 },
  { bank: '湖南农村信用社', bin: '621050', len: 19 }, { bank: '中国农业银行', bin: '623052', len: 19 },
];
const usedCard = new Set();
function genCard(bankName, prov) {
  const opts = bankName ? BANKS.filter((b) => b.bank === bankName) : BANKS.filter((b) => prov === '湖南省' || !b.bank.startsWith('湖南'));
  const b = pick(opts.length ? opts : BANKS);
  for (;;) { const body = b.bin + digits(b.len - b.bin.length - 1); const c = body + luhnDigit(body); if (!usedCard.has(c)) { usedCard.add(c); return { card: c, bank: b.bank }; } }
}
function badLuhn(c) { const last = +c[c.length - 1]; return c.slice(0, -1) + String((last + ri(1, 9)) % 10); }
function genQQ() { return String(ri(1, 9)) + digits(ri(7, 9)); }
function genEmail(p, b, mob, qq) {
  const py = p.py.join(''); const ini = p.py.map((x) => x[0]).join('');
  const yy = String(b.y).slice(2), mmdd = pad(b.m, 2) + pad(b.d, 2);
  const r = rnd();
  if (qq && r < 0.35) return `${qq}@qq.com`;
  if (r < 0.55) return `${py}${pick([yy, String(b.y), mmdd, String(ri(1, 999))])}@${pick(['163.com', '163.com', '126.com', 'qq.com', 'sina.com', 'foxmail.com', 'yeah.net'])}`;
  if (r < 0.7) return `${ini}${pick([mmdd, String(b.y), String(ri(100, 9999))])}@${pick(['163.com', '126.com', 'qq.com'])}`;
  if (r < 0.8) return `${p.py.slice(1).join('')}${pick(['_', '.', ''])}${p.py[0]}${pick(['', yy])}@${pick(['outlook.com', 'gmail.com', 'hotmail.com', 'icloud.com'])}`;
  if (r < 0.86 && mob) return `${mob}@${mob.startsWith('13') || mob.startsWith('15') || mob.startsWith('18') ? '139.com' : '189.cn'}`;
  return `${pick(['xiao', 'a', 'lucky', 'sunny', 'cc', 'mr', 'miss'])}${py.slice(0, 6)}${ri(1, 99)}@${pick(['163.com', '126.com', 'foxmail.com', 'aliyun.com', 'sohu.com'])}`;
}
const genKsh = (r, yr = 24) => `${yr}${r.code}${digits(6)}`;              // 14-digit 考生号
const genZkzh = () => String(ri(1, 9)) + digits(ri(8, 9));                   // 9-10-digit 准考证号
const genEms = () => pick(['10', '11', '11', '97', '98']) + digits(11);      // 13-digit EMS domestic
const genTzs = (yr = 2024) => `${yr}${pad(ri(1, 9999), 4)}`;                 // 通知书编号
function msTs(y, m, d, h, mi, s) { return String(Date.UTC(y, m - 1, d, h - 8, mi, s) + ri(0, 999)); }
function orderNo(b, h) { return `${ymd(b)}${pad(h ?? ri(7, 22), 2)}${pad(ri(0, 59), 2)}${pad(ri(0, 59), 2)}${digits(4)}`; } // 18 digits, region 20
function bankSerial(b) { return `${String(b.y).slice(2)}${pad(b.m, 2)}${pad(b.d, 2)}${digits(14)}`; }                       // 20 digits
// re-draw a domain number until it cannot pass for a UnionPay card (62…, Luhn-valid, 16-19 digits)
function notCard(fn) { for (;;) { const v = fn(); if (!(/^62\d{14,17}$/.test(v) && luhnOk(v))) return v; } }
function genIp() { return `${pick(['117.136', '112.97', '223.104', '36.157', '183.214', '111.22', '120.229', '39.144'])}.${ri(1, 254)}.${ri(1, 254)}`; }
function idBadCheck(id) { const c = '0123456789X'.split('').filter((x) => x !== id[17]); return id.slice(0, 17) + pick(c); }
function idBadDate(r, sex) {
  const bad = pick([[2006, 2, 30], [2005, 2, 29], [2006, 13, 5], [2007, 4, 31], [2006, 0, 12], [2005, 11, 31], [2006, 6, 0]]);
  const body = r.code + `${bad[0]}${pad(bad[1], 2)}${pad(bad[2], 2)}` + pad(ri(0, 99) * 10 + (sex === '男' ? 1 : 2), 3);
  return body + idCheck(body);
}
function mobBadPrefix() { return pick(['140', '141', '142', '143', '144', '146', '154', '194']) + digits(8); }

// ---------------------------------------------------------------- schools
function mj(code, name, abbr) { return { code, name, abbr }; }
const SCHOOLS = [
  { name: '湘中理工学院', short: '湘中理工', code: '11537', level: '本科', area: '0731', tel: '88215036', tel2: '88215117', fax: '88215039', email: 'zsb@xzlg.edu.cn', dom: 'xzlg.edu.cn', web: 'zs.xzlg.edu.cn', bank: '中国建设银行', city: '长沙', region6: '430000', campus: '湖南省长沙市岳麓区学士路368号',
    colleges: { '计算机与信息工程学院': [mj('080901', '计算机科学与技术', '计科'), mj('080902', '软件工程', '软件'), mj('080910T', '数据科学与大数据技术', '大数据')],
      '材料与化学工程学院': [mj('080407', '高分子材料与工程', '高分子'), mj('070302', '应用化学', '应化')],
      '资源与安全工程学院': [mj('082901', '安全工程', '安全'), mj('081501', '采矿工程', '采矿')],
      '经济管理学院': [mj('020301K', '金融学', '金融'), mj('120203K', '会计学', '会计'), mj('120801', '电子商务', '电商')],
      '马克思主义学院': [mj('030503', '思想政治教育', '思政')],
      '文学与新闻传播学院': [mj('050101', '汉语言文学', '汉语言'), mj('050301', '新闻学', '新闻')] } },
  { name: '中原交通职业技术学院', short: '中原交院', code: '14392', level: '专科', area: '0371', tel: '67893120', tel2: '67893155', fax: '67893121', email: 'zhaosheng@zyjtzy.edu.cn', dom: 'zyjtzy.edu.cn', web: 'zsw.zyjtzy.edu.cn', bank: '中国农业银行', city: '郑州', region6: '410000', campus: '河南省郑州市中牟县白沙镇文通路9号',
    colleges: { '轨道交通学院': [mj('500606', '高速铁路客运服务', '高铁客运'), mj('500602', '城市轨道交通运营管理', '城轨运营')],
      '汽车工程学院': [mj('460702', '新能源汽车技术', '新能源'), mj('500211', '汽车检测与维修技术', '汽修')],
      '信息工程学院': [mj('510201', '计算机应用技术', '计应'), mj('510205', '大数据技术', '大数据')],
      '经济管理学院': [mj('530302', '大数据与会计', '会计'), mj('530802', '现代物流管理', '物流')] } },
  { name: '江城科技大学', short: '江城科大', code: '10527', level: '本科', area: '027', tel: '87651234', tel2: '87651688', fax: '87651230', email: 'zsb@jckd.edu.cn', dom: 'jckd.edu.cn', web: 'zsb.jckd.edu.cn', bank: '中国工商银行', city: '武汉', region6: '420000', campus: '湖北省武汉市洪山区科技大道18号',
    colleges: { '机械工程学院': [mj('080202', '机械设计制造及其自动化', '机制'), mj('080207', '车辆工程', '车辆')],
      '电气与电子工程学院': [mj('080601', '电气工程及其自动化', '电气'), mj('080701', '电子信息工程', '电信')],
      '土木与建筑学院': [mj('081001', '土木工程', '土木'), mj('082801', '建筑学', '建筑')],
      '外国语学院': [mj('050201', '英语', '英语'), mj('050207', '日语', '日语')],
      '林学与园林学院': [mj('090501', '林学', '林学'), mj('090502', '园林', '园林')] } },
  { name: '岭南应用技术学院', short: '岭南应用', code: '13721', level: '本科', area: '020', tel: '36215570', tel2: '36215571', fax: '36215579', email: 'zs@lnyyjs.edu.cn', dom: 'lnyyjs.edu.cn', web: 'zs.lnyyjs.edu.cn', bank: '中国银行', city: '广州', region6: '440000', campus: '广东省广州市从化区江埔街学府路1号',
    colleges: { '商学院': [mj('020401', '国际经济与贸易', '国贸'), mj('120202', '市场营销', '营销'), mj('120601', '物流管理', '物流')],
      '艺术设计学院': [mj('130502', '视觉传达设计', '视传'), mj('130503', '环境设计', '环设')],
      '智能制造学院': [mj('080803T', '机器人工程', '机器人'), mj('080213T', '智能制造工程', '智造')],
      '人文学院': [mj('060101', '历史学', '历史'), mj('050101', '汉语言文学', '汉语言')] } },
  { name: '蜀西医学高等专科学校', short: '蜀西医专', code: '14613', level: '专科', area: '028', tel: '86137725', tel2: '86137726', fax: '86137720', email: 'zsjy@sxyz.edu.cn', dom: 'sxyz.edu.cn', web: 'zsxx.sxyz.edu.cn', bank: '中国邮政储蓄银行', city: '成都', region6: '510000', campus: '四川省成都市温江区柳台大道东段55号',
    colleges: { '护理学院': [mj('520201', '护理', '护理'), mj('520202', '助产', '助产')],
      '临床医学系': [mj('520101K', '临床医学', '临床')],
      '医学技术系': [mj('520501', '医学检验技术', '检验'), mj('520502', '医学影像技术', '影像')],
      '药学系': [mj('520301', '药学', '药学'), mj('520410', '中药学', '中药')] } },
];
for (const S of SCHOOLS) {
  S.uscc = genUscc('12', S.region6, false);
  S.majors = []; for (const [c, ms] of Object.entries(S.colleges)) for (const m of ms) S.majors.push({ ...m, college: c });
  S.landline = S.area + S.tel; S.landline2 = S.area + S.tel2;
  S.hot400 = `400-${ri(600, 899)}-${pad(ri(0, 9999), 4)}`;
  S.staff = Array.from({ length: 6 }, () => { const sx = pick(['男', '女']); const p = genHan(sx, true); p.mob = genMob(); p.sex = sx; return p; });
}
const ahead = (S) => `${S.area}-${S.tel}`;

// ---------------------------------------------------------------- people
const TOWNS = ['城关镇', '桃洪镇', '长铺镇', '金石桥镇', '新坪镇', '大兴镇', '石桥镇', '白马镇', '清水镇', '龙潭镇', '河口乡', '新华街道', '东城街道'];
const VILLAGES = ['李家村', '王庄村', '张家湾村', '刘家坪村', '陈家冲村', '黄泥村', '新民村', '团结村', '高桥村', '周家坳村', '杨柳村', '枫树村', '和平村'];
const ROADS = ['人民路', '解放路', '建设路', '中山路', '五一大道', '文化路', '劳动路', '光明街', '新华路', '民主街'];
const ESTATES = ['阳光花园', '金色家园', '锦绣华庭', '和平小区', '幸福里小区', '翡翠城', '东方名苑', '桂花园'];
const JOBS_F = ['务农', '个体经营', '外出务工（广东东莞）', '建筑工地务工', '县人民医院', '货车司机', '镇中心小学教师', '无业', '快递员', '厨师', '务工（浙江义乌）'];
const JOBS_M = ['务农', '家庭主妇', '超市收银员', '服装厂工人', '个体', '镇卫生院护士', '无业', '保洁员', '外出务工', '幼儿园教师'];
function addr(r, rural) {
  const head = r.prov === r.city ? r.prov + r.county : r.prov + r.city + r.county;
  if (rural ?? (r.county.endsWith('县') ? chance(0.85) : r.county.endsWith('市') ? chance(0.5) : chance(0.12))) return { text: `${head}${pick(TOWNS)}${pick(VILLAGES)}${ri(1, 12)}组${ri(1, 60)}号` };
  return { text: `${head}${pick(ROADS)}${ri(1, 399)}号${pick(ESTATES)}${ri(1, 20)}栋${ri(1, 4)}单元${ri(1, 28)}0${ri(1, 6)}室` };
}
function hsName(r) { const c = r.city.replace(/(市|地区|自治州|土家族苗族自治州|苗族侗族自治州|白族自治州)$/, ''); return pick([`${c}市第一中学`, `${c}市第二中学`, `${r.county}第一中学`, `${r.county}第三中学`, `${c}市实验中学`, `${r.county}职业中专`]).replace('市市', '市'); }
function mkStudent(o = {}) {
  const S = o.S || pick(SCHOOLS);
  const prov = o.prov || pickProv();
  const r = o.r || pick(REG_BY_PROV[prov]);
  const sex = o.sex || (chance(0.5) ? '男' : '女');
  let p;
  if (r.code.startsWith('65') && chance(0.7)) p = genUyghur(sex);
  else if (r.code.startsWith('54') && chance(0.8)) p = genTibetan();
  else p = genHan(sex, false);
  const birth = randDate(2005, 1, 1, 2007, 8, 31);
  const id = genId(r.code, birth, sex);
  const major = o.major || pick(S.majors);
  const yr = o.yr || 2024;
  const classNo = ri(1, 3);
  const s = {
    ...p, S, sex, r, prov, birth, id, major, yr,
    mob: genMob(), qq: chance(0.45) ? genQQ() : null,
    ksh: genKsh(r, yr % 100), zkzh: genZkzh(), tzs: genTzs(yr), ems: genEms(),
    xh: `${yr}${pad(Object.keys(S.colleges).indexOf(major.college) + 1, 2)}${pad(S.majors.indexOf(major) % 9 + 1, 2)}${classNo}${pad(ri(1, 45), 2)}`,
    cls: `${major.abbr}${String(yr).slice(2)}0${classNo}`,
    score: S.level === '本科' ? ri(468, 598) : ri(230, 455), rank: ri(8000, 180000),
    kl: pick(klOpts(prov)), addr: addr(r), hs: hsName(r), nation: p.minority === 'uy' ? '维吾尔族' : p.minority === 'tb' ? '藏族' : (chance(0.9) ? '汉族' : pick(['土家族', '苗族', '侗族', '壮族', '回族', '瑶族'])),
  };
  s.email = genEmail(p, birth, s.mob, s.qq);
  s.py = p.py;
  return s;
}
function mkParent(s, rel) {
  const sex = rel === '父亲' ? '男' : '女';
  let p;
  if (s.minority === 'uy') p = rel === '父亲' ? (() => { const f = s.fatherGiven; const g = pick(UY_M.filter((x) => x[0] !== f[0])); const name = `${f[0]}·${g[0]}`; usedNames.add(name); return { name, py: [f[1]] }; })() : genUyghur('女');
  else if (s.minority === 'tb') p = genTibetan();
  else if (rel === '父亲' && s.sur && chance(0.93)) {
    for (let t = 0; ; t++) { const q = genHan('男', true); usedNames.delete(q.name); const name = s.sur + q.given; if (!usedNames.has(name) && !BLOCK.has(name) && t < 50) { usedNames.add(name); p = { ...q, name, sur: s.sur, py: [s.py[0], ...q.py.slice(1)] }; break; } if (t >= 50) { p = genHan('男', true); break; } }
  } else p = genHan(sex, true);
  const birth = randDate(s.birth.y - 34, 1, 1, s.birth.y - 21, 12, 31);
  const r = chance(0.85) ? s.r : pick(REGIONS);
  return { ...p, rel, sex, birth, r, id: genId(r.code, birth, sex), mob: genMob(), job: rel === '父亲' ? pick(JOBS_F) : pick(JOBS_M) };
}

function mkSibling(s) {
  const sex = pick(['男', '女']);
  if (s.minority === 'uy') { const p = genUyghur(sex, s.fatherGiven); return { ...p, sex }; }
  if (s.minority === 'tb') return { ...genTibetan(), sex };
  for (let t = 0; t < 60; t++) { const q = genHan(sex, false); usedNames.delete(q.name); const name = s.sur + q.given; if (q.given.includes(s.sur) || usedNames.has(name) || BLOCK.has(name)) continue; usedNames.add(name); return { name, sex }; }
  return { ...genHan(sex, false), sex };
}

// ---------------------------------------------------------------- document builder
const ALL = [];
const kindCount = {};
class Doc {
  constructor(kind) { this.kind = kind; this.ents = []; this.dcs = []; this.decs = []; this.text = ''; }
  _add(list, det, v) { if (!list.some((x) => x.detector === det && x.value === v)) list.push({ detector: det, value: v }); }
  e(det, v) { this._add(this.ents, det, v); }
  dc(det, v) { this._add(this.dcs, det, v); }
  d(kind, text) { text = String(text); if (!this.decs.some((x) => x.text === text)) this.decs.push({ kind, text }); return text; }
  // writers: label and return the written form
  N(name, written) { this.e('person_name_zh', name.replace(/\s+/g, '')); return written ?? name; }
  Nq(name) { this.dc('person_name_zh', name); return name; }                  // prose / arguable
  T(sur, title) { this.dc('person_name_zh', sur + title); this.dc('person_name_zh', sur); return sur + title; }
  M(m, st) { this.e('cn_mobile', m); return fmtMob(m, st); }
  I(id, st) { this.e('cn_resident_id', id); return fmtId(id, st); }
  I15(id18) { this.e('cn_resident_id', id18); return id18.slice(0, 6) + id18.slice(8, 17); }
  C(c, st) { this.e('bank_card', c); return fmtCard(c, st); }
  EM(e, st) { this.e('email', e.toLowerCase()); return st === 'upper' ? e.replace(/^[a-z]/, (x) => x.toUpperCase()) : st === 'fw' ? e.replace('@', '＠') : e; }
  L(area, num, st) { this.e('cn_landline', area + num); return st === 'paren' ? `(${area})${num}` : st === 'fwparen' ? `（${area}）${num}` : st === 'sp' ? `${area} ${num}` : st === 'plain' ? area + num : `${area}-${num}`; }
  SL(S, which = 1, st) { return this.L(S.area, which === 1 ? S.tel : which === 2 ? S.tel2 : S.fax, st); }
  U(u) { this.e('cn_uscc', u); return u; }
  P(p) { this.e('cn_passport', p); return p; }
  // decoy helpers for words
  // (all of them are decoys where they stand beside names; the ones starting with a surname-like character are the hard ones)
  maj(m) { this.d('major_name', m.name); return m.name; }
  col(c) { this.d('college_name', c); return c; }
  cls(c) { this.d('class_name', c); return c; }
  city(c) { this.d('city_name', c); return c; }
  sch(c) { this.d('school_name', c); return c; }
  job(t) { return this.d('job_title', t); }
  dt(t) { return this.d('datetime', t); }
}
function emit(d) {
  kindCount[d.kind] = (kindCount[d.kind] || 0) + 1;
  d.id = `ad-${d.kind}-${kindCount[d.kind]}`;
  ALL.push(d);
}
const sexW = (s) => s.sex;
const majW = (d, s) => d.maj(s.major);
const colW = (d, s) => d.col(s.major.college);
function mobStyle(human) { return human ? wpick([['plain', 10], ['sp', 3], ['dash', 2], ['p86', 1], ['fw', 1]])[0] : wpick([['plain', 20], ['p86n', 1], ['dash', 1]])[0]; }
function idStyle(human) { return human ? wpick([['plain', 14], ['lower', 2], ['grp', 1], ['fw', 1]])[0] : wpick([['plain', 20], ['lower', 1]])[0]; }
function cardStyle(human) { return human ? wpick([['plain', 6], ['g4', 6], ['g4d', 1]])[0] : 'plain'; }
const padR = (s, w) => { let len = 0; for (const ch of s) len += /[\u2E80-\uFFFF]/.test(ch) ? 2 : 1; return s + ' '.repeat(Math.max(1, w - len)); };
const fmtTime = (b, h, mi, s) => `${ymd(b, '-')} ${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}`;
const TODAY_ISH = (mfrom, dfrom, mto, dto, y = 2024) => randDate(y, mfrom, dfrom, y, mto, dto);

// ================================================================= kinds
// 1. 录取名单 (admission list export)
function gLqmd(i) {
  const S = SCHOOLS[i % 5]; const d = new Doc('lqmd'); const prov = pickProv(); const v = i % 3;
  const n = ri(8, 24); const sts = Array.from({ length: n }, () => mkStudent({ S, prov }));
  const L = [];
  const exp = TODAY_ISH(7, 12, 8, 8);
  if (v === 0) {
    L.push(`${S.name}${sts[0].yr}年普通${S.level}录取考生名单（${prov} ${sts[0].kl}）`, `导出时间：${d.d('datetime', fmtTime(exp, ri(8, 20), ri(0, 59), ri(0, 59)))}  操作员：zsb_${pick(['admin', 'lq01', 'lq02', 'wangj'])}`, '');
    L.push('考生号,姓名,性别,身份证号,科类,投档成绩,位次,录取专业代码,录取专业,所在学院,联系电话,通知书编号,EMS单号');
    for (const s of sts) L.push([d.d('exam_candidate_no', s.ksh), d.N(s.name), s.sex, d.I(s.id, idStyle(false)), s.kl, s.score, d.d('rank', s.rank), d.d('major_code', s.major.code), majW(d, s), colW(d, s), chance(0.9) ? d.M(s.mob) : '', d.d('notice_no', s.tzs), d.d('ems_waybill', s.ems)].join(','));
  } else if (v === 1) {
    L.push(['序号', '考生号', '准考证号', '姓名', '性别', '出生日期', '身份证号', '毕业中学', '录取专业', '层次', '学制', '家长电话'].join('\t'));
    sts.forEach((s, k) => {
      let idw;
      if (chance(0.1)) { idw = d.d('excel_sci_notation', `${s.id.slice(0, 1)}.${s.id.slice(1, 6)}E+17`); }
      else idw = d.I(s.id, idStyle(false));
      const par = chance(0.85) ? d.M(genMob(), chance(0.1) ? 'dash' : 'plain') : '';
      L.push([k + 1, `'${d.d('exam_candidate_no', s.ksh)}`, d.d('admission_ticket_no', s.zkzh), d.N(s.name), s.sex, d.d('birth_date', ymd(s.birth, '/')), idw, d.sch(s.hs), majW(d, s), S.level, S.level === '本科' ? '四年' : '三年', par].join('\t'));
    });
  } else {
    L.push(`${S.name}${sts[0].yr}年单独招生拟录取名单`, `（${prov}，按报名号排序）`, '');
    L.push('报名号,姓名,身份证号,文化素质成绩,职业技能成绩,总分,拟录取专业,联系电话,备注');
    for (const s of sts) {
      const bmh = d.d('registration_no', `${s.yr}${S.code}${pad(ri(1, 3999), 4)}`);
      const c1 = ri(120, 260), c2 = ri(150, 290);
      L.push([bmh, d.N(s.name), d.I(s.id, idStyle(false)), c1, c2, c1 + c2, majW(d, s), chance(0.92) ? d.M(s.mob, mobStyle(false)) : '', pick(['', '', '', '已确认', '已确认', '放弃', '待确认', '服从调剂'])].join(','));
    }
  }
  d.text = L.join('\n'); emit(d);
}

// 2. 录取公示 (published notice)
function gLqgs(i) {
  const S = SCHOOLS[(i + 2) % 5]; const d = new Doc('lqgs'); const prov = pickProv();
  const masked = i % 3 === 0; const n = ri(10, 30);
  const sts = Array.from({ length: n }, () => mkStudent({ S, prov }));
  const pub = TODAY_ISH(7, 15, 8, 5); const end = new Date(Date.UTC(pub.y, pub.m - 1, pub.d + 5));
  const L = [`${S.name}${sts[0].yr}年${pick(['普通本科批', '本科提前批', '高职（专科）批', '专项计划'])}录取结果公示`, '',
    `根据教育部和${prov}教育考试院有关规定，经学校招生工作领导小组审核，现将我校在${prov}录取考生名单予以公示。公示期为${pub.m}月${pub.d}日至${end.getUTCMonth() + 1}月${end.getUTCDate()}日。`,
    `公示期间如有异议，请以书面形式向学校纪委反映。监督电话：${d.SL(S, 2)}，招生咨询电话：${d.SL(S, 1)}，电子邮箱：${d.EM(S.email)}。`, ''];
  if (masked) {
    L.push('序号  考生号          姓名    性别  身份证号              录取专业');
    sts.forEach((s, k) => {
      L.push(`${pad(k + 1, 3)}   ${d.d('exam_candidate_no', s.ksh)}  ${padR(d.d('masked_name', maskName(s.name)), 8)}${s.sex}    ${d.d('masked_id', maskId(s.id, k % 2))}    ${majW(d, s)}`);
    });
  } else {
    L.push('| 序号 | 考生号 | 姓名 | 性别 | 生源地 | 科类 | 录取专业 |', '|---|---|---|---|---|---|---|');
    sts.forEach((s, k) => L.push(`| ${k + 1} | ${d.d('exam_candidate_no', s.ksh)} | ${d.N(s.name)} | ${s.sex} | ${d.city(s.r.city)} | ${s.kl} | ${majW(d, s)} |`));
  }
  L.push('', `${S.name}招生就业处`, cnDate(pub));
  d.text = L.join('\n'); emit(d);
}

// 3. 新生信息采集表 (key-value form, one student)
function gXsxx(i) {
  const S = SCHOOLS[i % 5]; const d = new Doc('xsxx'); const s = mkStudent({ S });
  const fa = mkParent(s, '父亲'), mo = mkParent(s, '母亲');
  const card = genCard(S.bank); const v = i % 4;
  const spaced = (n) => n.length === 2 ? `${n[0]}  ${n[1]}` : n;
  const L = [];
  if (v === 0 || v === 2) {
    L.push(`${S.name}${s.yr}级新生入学信息采集表`, '', `学    号：${d.d('student_no', s.xh)}        班    级：${d.cls(s.cls)}`,
      `姓    名：${d.N(s.name, spaced(s.name))}        性    别：${s.sex}        民    族：${s.nation}`,
      `出生日期：${d.d('birth_date', ymd(s.birth, '-'))}    政治面貌：${pick(['共青团员', '共青团员', '群众'])}    籍贯：${d.city(s.r.city)}`,
      `身份证号：${d.I(s.id, idStyle(true))}`, `考 生 号：${d.d('exam_candidate_no', s.ksh)}`,
      `录取专业：${majW(d, s)}（${d.d('major_code', s.major.code)}）    所在学院：${colW(d, s)}`,
      `家庭住址：${s.addr.text}`, `本人手机：${d.M(s.mob, mobStyle(true))}        QQ：${s.qq ? d.d('qq_number', s.qq) : '无'}`,
      `电子邮箱：${d.EM(s.email, chance(0.1) ? 'upper' : undefined)}`,
      `本人银行卡号（${card.bank}，用于奖助学金发放）：${d.C(card.card, cardStyle(true))}`);
    if (AREA[s.r.city] && chance(0.5)) { const a = AREA[s.r.city]; L.push(`家庭电话：${d.L(a, String(ri(5, 8)) + digits(LL_LEN[a] - 1), pick(['dash', 'paren']))}`); }
    L.push('', '家庭主要成员：', '称谓    姓名        工作单位                    联系电话');
    for (const p of [fa, mo]) L.push(`${p.rel}    ${padR(d.N(p.name), 12)}${padR(p.job, 28)}${d.M(p.mob, mobStyle(true))}`);
    L.push('', `紧急联系人：${d.N(mo.name)}（母亲）  联系电话：${d.M(mo.mob)}`, '', `本人签字：${d.N(s.name)}              填表日期：${cnDate(TODAY_ISH(9, 5, 9, 12))}`);
  } else if (v === 1) {
    // 迎新系统 plain-text print
    L.push(`【${S.short}迎新系统】个人信息确认单`, '------------------------------------------',
      `学号: ${d.d('student_no', s.xh)}`, `姓名: ${d.N(s.name)}`, `性别: ${s.sex}`, `证件类型: 居民身份证`, `证件号码: ${d.I(s.id)}`,
      `手机号码: ${d.M(s.mob, chance(0.3) ? 'p86n' : 'plain')}`, `邮箱: ${d.EM(s.email)}`, `生源地: ${s.prov}${d.city(s.r.city)}`, `毕业学校: ${d.sch(s.hs)}`,
      `院系: ${colW(d, s)}`, `专业: ${majW(d, s)}`, `班级: ${d.cls(s.cls)}`, `宿舍: ${d.d('dorm_room', `${pick(['紫荆园', '桂园', '梅园', '学子公寓'])}${ri(1, 12)}栋${ri(1, 6)}${pad(ri(1, 30), 2)}`)}`,
      `父亲姓名: ${d.N(fa.name)}    父亲电话: ${d.M(fa.mob)}`, `母亲姓名: ${d.N(mo.name)}    母亲电话: ${d.M(mo.mob)}`,
      `银行卡: ${card.bank} ${d.C(card.card)}`, '------------------------------------------', '请核对以上信息，如有错误请联系辅导员修改。', `确认时间: ${d.dt(fmtTime(TODAY_ISH(8, 20, 9, 8), ri(8, 23), ri(0, 59), ri(0, 59)))}`);
  } else {
    // student typed it into a Word table and full-width / mistakes happen
    const typo = chance(0.5);
    L.push(`${s.yr}级${d.cls(s.cls)}班新生信息登记`, '', `姓名：${d.N(s.name)}`, `学号：${d.d('student_no', s.xh)}`,
      `身份证：${d.I(s.id, chance(0.5) ? 'fw' : 'plain')}`, `手机：${d.M(s.mob, chance(0.5) ? 'fw' : 'sp')}`,
      `邮箱：${d.EM(s.email, chance(0.3) ? 'fw' : undefined)}`);
    if (typo) { let bad; do { const k = ri(6, card.card.length - 2); bad = card.card.slice(0, k) + String((+card.card[k] + ri(1, 9)) % 10) + card.card.slice(k + 1); } while (luhnOk(bad)); d.dc('bank_card', bad); L.push(`银行卡号：${fmtCard(bad, 'g4')}`); }
    else L.push(`银行卡号：${d.C(card.card, 'g4')}`);
    L.push(`家长：${d.N(fa.name)} ${d.M(fa.mob)}`, `住址：${s.addr.text}`, `特长：${pick(['篮球', '书法', '唱歌', '无', '摄影、剪视频', '主持'])}`);
  }
  d.text = L.join('\n'); emit(d);
}

// 4. 报到 registration log
function gBd(i) {
  const S = SCHOOLS[(i + 1) % 5]; const d = new Doc('bd'); const n = ri(6, 16);
  const sts = Array.from({ length: n }, () => mkStudent({ S }));
  const day = randDate(2024, 9, 6, 2024, 9, 8); let h = 8, mi = ri(0, 20), sec = 0;
  const L = [];
  const tick = () => { sec += ri(3, 90); if (sec >= 60) { mi += Math.floor(sec / 60); sec %= 60; } if (mi >= 60) { h++; mi -= 60; } return d.dt(`${ymd(day, '-')} ${pad(h, 2)}:${pad(mi, 2)}:${pad(sec, 2)}.${pad(ri(0, 999), 3)}`); };
  const op = `zyz${pad(ri(1, 300), 4)}`;
  for (const s of sts) {
    const th = `yx-checkin-${ri(1, 16)}`;
    const ts = tick();
    if (i % 2 === 0) {
      const tid = d.d('trace_id', Array.from({ length: 16 }, () => '0123456789abcdef'[ri(0, 15)]).join(''));
      L.push(`${ts} INFO  [${th}] c.x.yx.checkin.CheckinService - traceId=${tid} 扫码报到 xh=${d.d('student_no', s.xh)} xm=${d.N(s.name)} sfzh=${d.I(s.id)} gate=G${ri(1, 4)} op=${op}`);
      if (chance(0.25)) L.push(`${tick()} WARN  [${th}] c.x.yx.device.IdReader - 身份证读卡失败 retry=1 devId=SFZ-R${ri(1, 4)}-${pad(ri(1, 20), 3)}`);
      if (chance(0.4)) L.push(`${tick()} INFO  [${th}] c.x.yx.face.FaceVerify - 人脸核验通过 xh=${s.xh} score=0.${ri(8600, 9990)} ts=${d.d('ms_timestamp', msTs(day.y, day.m, day.d, h, mi, sec))}`);
      if (chance(0.2)) L.push(`${tick()} INFO  [${th}] c.x.yx.green.GreenChannel - 绿色通道登记 xh=${s.xh} xm=${s.name} lxdh=${d.M(s.mob)} hjje=${pick([5500, 6700, 4800, 7200])}.00`);
      if (chance(0.15)) L.push(`${tick()} ERROR [${th}] c.x.yx.pay.PayQuery - 缴费状态查询超时 orderNo=${d.d('payment_order_no', orderNo(TODAY_ISH(8, 15, 9, 5)))} cost=3002ms`);
    } else {
      L.push(`[${ts}] checkin ok | ${s.xh} | ${d.N(s.name)} | ${s.sex} | ${majW(d, s)} | ${d.M(s.mob)} | 宿舍:${d.d('dorm_room', `${ri(1, 15)}-${ri(1, 6)}${pad(ri(1, 28), 2)}`)} | 物品:${pick(['已领', '已领', '未领'])}`);
      if (chance(0.2)) L.push(`[${tick()}] ksh check mismatch | 录取库=${d.d('exam_candidate_no', s.ksh)} | 现场证件=${d.d('masked_id', maskId(s.id))} | 转人工`);
    }
  }
  d.text = L.join('\n'); emit(d);
}

// 5. 宿舍分配 (fixed-width)
function gSs(i) {
  const S = SCHOOLS[i % 5]; const d = new Doc('ss'); const sex = i % 2 ? '女' : '男';
  const bld = pick(['紫荆园', '桂园', '梅园', '学子公寓', '北苑', '南苑', '芙蓉苑']); const bno = ri(1, 12);
  const major = pick(S.majors);
  const rooms = ri(3, 7); const L = [];
  L.push(`${S.short}${'2024'}级新生宿舍安排表（${sex}生）`, `楼栋：${bld}${bno}栋    院系：${d.col(major.college)}    宿管：${d.T(pick(['王', '刘', '陈', '李', '周']), '阿姨')} ${d.M(genMob())}`, '');
  const withPhone = i % 3 !== 2;
  L.push(padR('房间', 8) + padR('床位', 6) + padR('学号', 14) + padR('姓名', 14) + padR('专业班级', 16) + (withPhone ? '联系电话' : '备注'));
  for (let r = 0; r < rooms; r++) {
    const room = d.d('dorm_room', `${bno}-${ri(1, 6)}${pad(ri(1, 30), 2)}`);
    const beds = pick([4, 4, 6]);
    for (let b = 1; b <= beds; b++) {
      if (chance(0.07)) { L.push(padR(room, 8) + padR(String(b), 6) + padR('', 14) + padR('（空）', 14)); continue; }
      const s = mkStudent({ S, sex, major });
      L.push(padR(room, 8) + padR(String(b), 6) + padR(d.d('student_no', s.xh), 14) + padR(d.N(s.name), 14) + padR(d.cls(s.cls), 16) + (withPhone ? d.M(s.mob) : b === 1 && chance(0.5) ? '宿舍长' : pick(['', '', '', '', '少数民族', '绿色通道', '走读申请中'])));
    }
    if (chance(0.3)) L.push(padR('', 8) + `宿舍长：待定`);
  }
  d.text = L.join('\n'); emit(d);
}

// 6. 绿色通道申请表 (hardship application)
function gLstd(i) {
  const S = SCHOOLS[(i + 3) % 5]; const d = new Doc('lstd'); const s = mkStudent({ S, prov: chance(0.5) ? pick(['湖南省', '贵州省', '云南省', '甘肃省', '河南省', '四川省']) : undefined });
  const fa = mkParent(s, '父亲'), mo = mkParent(s, '母亲'); const card = genCard(chance(0.5) ? S.bank : undefined, s.prov);
  const sib = chance(0.5) ? mkSibling(s) : null;
  const fee = S.level === '本科' ? pick([5500, 5800, 6200]) : pick([4600, 5200]); const dorm = pick([800, 1000, 1200]);
  const tutor = genHan(pick(['男', '女']), true);
  const L = [`${S.name}家庭经济困难新生“绿色通道”申请表`, '', `学院：${colW(d, s)}    专业：${majW(d, s)}    学号：${d.d('student_no', s.xh)}`, '',
    `一、学生基本情况`, `姓名：${d.N(s.name)}  性别：${s.sex}  民族：${s.nation}  身份证号码：${d.I(s.id, idStyle(true))}`,
    `联系电话：${d.M(s.mob, mobStyle(true))}  家庭人口：${sib ? 4 : 3}人  家庭年收入：${ri(8, 36)}000元`, `家庭住址：${s.addr.text}`,
    `困难类型：${pick(['脱贫家庭学生', '最低生活保障家庭学生', '特困供养学生', '孤残学生', '烈士子女', '家庭遭受重大变故'])}`];
  if (chance(0.5)) L.push(`低保证号：${d.d('subsidy_cert_no', notCard(() => `${s.r.code}${digits(2)}${String(2020 + ri(0, 4))}${digits(4)}`))}`);
  L.push('', '二、家庭成员情况', '关系 | 姓名 | 年龄 | 身份证号 | 工作单位/职业 | 联系电话');
  for (const p of [fa, mo]) L.push(`${p.rel} | ${d.N(p.name)} | ${2024 - p.birth.y} | ${d.I(p.id)} | ${p.job} | ${d.M(p.mob)}`);
  if (sib) { const older = chance(0.4); L.push(`${older ? (sib.sex === '男' ? '哥哥' : '姐姐') : (sib.sex === '男' ? '弟弟' : '妹妹')} | ${d.N(sib.name)} | ${older ? 2024 - s.birth.y + ri(1, 5) : ri(6, 2023 - s.birth.y)} | — | ${older ? pick(['学生', '外出务工', '务农']) : '学生'} | —`); }
  if (chance(0.25)) {
    // grandparent guardian with an old first-generation card, and a disability certificate number that embeds the ID
    const gp = genHan(pick(['男', '女']), true); const gb = randDate(1948, 1, 1, 1960, 12, 31);
    const gid = genId(s.r.code, gb, chance(0.5) ? '男' : '女');
    L.push(`祖父母 | ${d.N(gp.name)} | ${2024 - gb.y} | ${d.I15(gid)} | 务农 | —`);
    const dis = genId(s.r.code, randDate(1970, 1, 1, 1985, 12, 31), '男');
    d.dc('cn_resident_id', dis);
    L.push(`（父亲为${pick(['肢体', '视力', '听力'])}残疾，残疾人证号：${dis}${ri(1, 7)}${ri(1, 4)}）`);
  }
  L.push('', '三、申请事项', `申请缓缴学费 ${fee} 元、住宿费 ${dorm} 元，共计 ${fee + dorm} 元。已办理生源地信用助学贷款：${pick(['是', '否', '正在办理'])}`,
    `学生本人银行卡（${card.bank}）：${d.C(card.card, cardStyle(true))}    开户人：${d.N(s.name)}`,
    '', `申请人签字：${d.N(s.name)}        家长签字：${d.N(fa.name)}`, `日期：${cnDate(TODAY_ISH(9, 6, 9, 9))}`, '',
    `辅导员意见：情况属实，同意。    签字：${d.N(tutor.name)}`,
    `学院意见：同意。（盖章）  负责人：${d.job(pick(['学院党委副书记', '分管学工副书记', '学工办主任']))}`,
    `学生工作部（处）意见：${pick(['同意缓缴', '同意，请于10月31日前办理贷款', '同意'])}`);
  d.text = L.join('\n'); emit(d);
}

// 7. 学费缴费批次 (bank debit batch, TSV)
function gJf(i) {
  const S = SCHOOLS[i % 5]; const d = new Doc('jf'); const n = ri(10, 22);
  const day = TODAY_ISH(8, 20, 9, 15);
  const batch = d.d('batch_no', `DK${ymd(day)}${pad(ri(1, 9), 3)}`);
  const L = [`批次号:${batch}\t代扣单位:${S.name}\t单位账号:${d.d('corporate_account', `${S.region6.slice(0, 2)}0${digits(17)}`)}`,
    `项目:2024-2025学年学费住宿费\t提交日期:${d.dt(ymd(day, '-'))}\t笔数:${n}`, '',
    ['序号', '账号', '户名', '证件号码', '金额', '学号', '扣款结果', '银行流水号', '失败原因'].join('\t')];
  let ok = 0;
  for (let k = 0; k < n; k++) {
    const s = mkStudent({ S }); const c = genCard(S.bank);
    const payer = chance(0.25) ? mkParent(s, chance(0.6) ? '父亲' : '母亲') : s;
    const amt = (S.level === '本科' ? pick([6300, 6700, 7000, 6900]) : pick([5400, 5800, 6000])).toFixed(2);
    const res = wpick([['成功', 8], ['失败', 2]])[0];
    const why = res === '成功' ? '' : d.d('status_word', pick(['余额不足', '账户已冻结', '户名不符', '账户已销户', '余额不足']));
    if (res === '成功') ok++;
    L.push([k + 1, d.C(c.card), d.N(payer.name), d.I(payer.id), amt, d.d('student_no', s.xh), res, res === '成功' ? d.d('bank_serial', bankSerial(day)) : '', why].join('\t'));
  }
  L.push('', `成功笔数:${ok}\t失败笔数:${n - ok}\t客服电话:${d.d('service_number', pick(['95533', '95599', '95588', '95566', '95580']))}`);
  d.text = L.join('\n'); emit(d);
}

// 8. 学费退费 (refund approval list)
function gTf(i) {
  const S = SCHOOLS[(i + 4) % 5]; const d = new Doc('tf'); const n = ri(4, 12);
  const L = [`${S.name}学费退费审批汇总表（第${ri(1, 6)}批）`, `填报单位：${d.job('财务处')}收费科    填报日期：${cnDate(TODAY_ISH(9, 20, 11, 30))}`, '',
    '| 序号 | 申请编号 | 学号 | 姓名 | 退费原因 | 退费金额 | 收款人 | 开户行 | 银行卡号 |', '|---|---|---|---|---|---|---|---|---|'];
  for (let k = 0; k < n; k++) {
    const s = mkStudent({ S }); const toParent = chance(0.35); const rec = toParent ? mkParent(s, chance(0.5) ? '父亲' : '母亲') : s;
    const c = genCard(undefined, s.prov); const reason = pick(['未报到（复读）', '保留入学资格（入伍）', '退学', '重复缴费', '多缴住宿费', '转专业学费差额', '休学']);
    const amt = reason.includes('住宿') ? pick([400, 600]) : reason.includes('差额') ? pick([300, 700, 1000]) : pick([5500, 6700, 6300, 12000, 4800]);
    L.push(`| ${k + 1} | ${d.d('refund_no', `TF${2024}${pad(ri(1, 999), 4)}`)} | ${d.d('student_no', s.xh)} | ${d.N(s.name)} | ${reason} | ${amt.toFixed(2)} | ${d.N(rec.name)} | ${c.bank.startsWith('湖南') ? s.r.county + '农村信用合作联社' : c.bank + pick(['', s.r.city.replace(/市$/, '') + '分行', s.r.county + '支行'])} | ${d.C(c.card, chance(0.3) ? 'g4' : 'plain')} |`);
  }
  const jb = S.staff[i % 6], fh = S.staff[(i + 1) % 6];
  L.push('', `经办人：${d.N(jb.name)}    复核：${d.N(fh.name)}    科长：${d.job('收费科科长')}（签章）    处长：${pick(['', '同意'])}`,
    `注：退费统一原路退回或退至学生本人/监护人银行卡，到账时间以银行为准。如有疑问请致电${d.SL(S, 2)}。`);
  d.text = L.join('\n'); emit(d);
}

// 9. 招生热线 call log (call-centre CSV)
function gRx(i) {
  const S = SCHOOLS[i % 5]; const d = new Doc('rx'); const n = ri(8, 18); const day = TODAY_ISH(6, 25, 8, 20);
  const agents = sample(S.staff, 3);
  const L = [`通话ID,来电时间,主叫号码,被叫号码,坐席工号,坐席姓名,时长(秒),咨询类别,记录内容`];
  const hot = d.d('hotline_400', S.hot400);
  for (let k = 0; k < n; k++) {
    const ag = agents[k % 3]; const h = ri(8, 21), mi = ri(0, 59), se = ri(0, 59);
    const cid = d.d('call_id', `C${ymd(day)}${pad(h, 2)}${pad(mi, 2)}${pad(se, 2)}${digits(3)}`);
    let caller;
    const s = mkStudent({ S });
    const r = rnd();
    if (r < 0.75) caller = d.M(genMob(), chance(0.1) ? 'p86n' : 'plain');
    else if (r < 0.88) { const a = pick(Object.values(AREA)); caller = d.L(a, String(ri(5, 8)) + digits(LL_LEN[a] - 1), 'plain'); }
    else caller = d.d('masked_mobile', maskMob(genMob()));
    const cat = pick(['录取查询', '录取查询', '通知书邮寄', '缴费咨询', '绿色通道', '专业调剂', '报到时间', '转专业政策', '宿舍条件']);
    let note;
    switch (cat) {
      case '录取查询': note = `考生${d.N(s.name)}，考生号${d.d('exam_candidate_no', s.ksh)}，查询录取结果；已告知录取${majW(d, s)}`; break;
      case '通知书邮寄': note = `家长称未收到通知书，学生姓名${d.N(s.name)}，EMS单号${d.d('ems_waybill', s.ems)}，建议拨打11183查询；回拨电话${d.M(s.mob)}`; break;
      case '缴费咨询': note = `问学费标准及缴费方式，已告知通过“${S.short}迎新”公众号缴费`; break;
      case '绿色通道': note = `家长${d.Nq(mkParent(s, '父亲').name)}咨询绿色通道，已告知报到当天凭证明材料办理`; break;
      case '专业调剂': note = `考生${d.N(s.name)}（身份证后四位${d.d('id_last4', s.id.slice(14))}）对调剂不满意，问能否转专业`; break;
      default: { note = pick(['已解答', '已解答，发送招生章程链接', '未接通回拨', '转教务处', '转学工部']); if (note === '转学工部') d.job('学工部'); }
    }
    const agw = chance(0.08) ? d.d('agent_placeholder', pick(['IVR自助', '值班坐席', '系统转接'])) : d.N(ag.name);
    L.push([cid, d.dt(`${ymd(day, '-')} ${pad(h, 2)}:${pad(mi, 2)}:${pad(se, 2)}`), caller, chance(0.6) ? hot : d.SL(S, 1, 'plain'), `80${pad(ri(1, 40), 2)}`, agw, ri(20, 900), cat, `"${note}"`].join(','));
  }
  d.text = L.join('\n'); emit(d);
}

// 10. 招生咨询 WeChat chat transcript
function gWx(i) {
  const S = SCHOOLS[(i + 1) % 5]; const d = new Doc('wx'); const day = TODAY_ISH(7, 10, 8, 25);
  const st = S.staff[i % 6]; const tname = d.T(st.sur || st.name[0], '老师');
  const s = mkStudent({ S }); const par = mkParent(s, chance(0.5) ? '父亲' : '母亲');
  const who = `${d.city(s.r.city.replace(/市$/, ''))}-考生家长`;
  let h = ri(8, 21), mi = ri(0, 50);
  const t = () => { mi += ri(0, 4); if (mi > 59) { h++; mi -= 60; } return d.dt(`${ymd(day, '-')} ${pad(h, 2)}:${pad(mi, 2)}`); };
  const L = [`微信聊天记录导出  ${S.short}招生咨询${pick(['1群', '2群', '(私聊)', '家长群'])}`, ''];
  const stf = `招生办-${tname}`;
  const v = i % 4;
  L.push(`${t()} ${who}`, `${pick(['老师好', '老师您好', '您好老师'])}，我家孩子考生号${d.d('exam_candidate_no', s.ksh)}，想问下录取了没有`);
  L.push(`${t()} ${stf}`, `您好，麻烦把考生姓名和身份证号发一下，我帮您查`);
  if (v === 0) {
    L.push(`${t()} ${who}`, `${d.N(s.name)} ${d.I(s.id, idStyle(true))}`);
    L.push(`${t()} ${stf}`, `查到了，已录取${majW(d, s)}，通知书${day.m}月${day.d + 2 > 28 ? 28 : day.d + 2}日寄出，EMS单号${d.d('ems_waybill', s.ems)}。收件电话是${d.d('masked_mobile', maskMob(s.mob))}吗？`);
    const nm = genMob();
    L.push(`${t()} ${who}`, `那个号码孩子不用了，换成我的 ${d.M(nm, pick(['sp', 'plain', 'dash']))}，我是孩子${par.rel === '父亲' ? '爸爸' : '妈妈'}`);
    L.push(`${t()} ${stf}`, `好的，已备注。报到时间是9月${ri(6, 8)}日，请留意短信`);
  } else if (v === 1) {
    L.push(`${t()} ${who}`, `[图片]`, `${t()} ${who}`, `考生姓名：${d.N(s.name)}`, `身份证：${d.I(s.id)}`, `家长电话：${d.M(par.mob)}`);
    L.push(`${t()} ${stf}`, `收到。${s.name}同学已被录取，专业是${majW(d, s)}，学院是${colW(d, s)}。绿色通道的话报到当天带上${pick(['低保证', '脱贫户证明', '家庭经济困难认定表'])}就行`);
    L.push(`${t()} ${who}`, `谢谢老师！助学金打到哪张卡？孩子办了一张${d.C(genCard(S.bank).card, 'g4')}可以吗`);
    L.push(`${t()} ${stf}`, `入学后学校统一办${S.bank}的卡，到时候以新卡为准哈`);
  } else if (v === 2) {
    L.push(`${t()} ${who}`, `孩子叫${d.N(s.name)}，身份证${d.d('masked_id', maskId(s.id))}，后四位${d.d('id_last4', s.id.slice(14))}`);
    L.push(`${t()} ${stf}`, `身份证号要完整的哦，或者发准考证号也行`);
    L.push(`${t()} ${who}`, `准考证号${d.d('admission_ticket_no', s.zkzh)}`);
    L.push(`${t()} ${stf}`, `好的，查到了，已录取${majW(d, s)}。有问题可以打招生办电话${d.SL(S, 1)}，或者发邮件到${d.EM(S.email)}`);
    L.push(`${t()} ${who}`, `[强]`);
  } else {
    const s2 = mkStudent({ S });
    L.push(`${t()} ${who}`, `我帮两个孩子问的，一个是我家的，一个是邻居家的`, `${d.N(s.name)} ${d.I(s.id)} ${d.M(s.mob)}`, `${d.N(s2.name)} ${d.I(s2.id)} ${d.M(s2.mob, 'p86sp')}`);
    L.push(`${t()} ${stf}`, `${s.name}录取了${majW(d, s)}；${s2.name}这边还没有投档记录，建议关注省考试院征集志愿`);
    L.push(`${t()} ${who}`, `邻居家孩子的邮箱 ${d.EM(s2.email)} 能收到通知吗`);
    L.push(`${t()} ${stf}`, `我们不通过邮箱发录取通知，以EMS纸质通知书为准`);
  }
  if (chance(0.4)) L.push(`${t()} ${who}`, `好的，${d.d('time_word', '周末')}能去学校看看吗`, `${t()} ${stf}`, `可以的，${d.d('campus_place', pick(['文华楼', '明德楼', '高新区校区', '金盆岭校区']))}一楼有招生咨询点`);
  d.text = L.join('\n'); emit(d);
}

// 11. EMS 录取通知书 waybill list
function gEms(i) {
  const S = SCHOOLS[i % 5]; const d = new Doc('ems'); const n = ri(10, 24); const day = TODAY_ISH(7, 18, 8, 12);
  const v = i % 2;
  const L = v === 0 ? [`中国邮政EMS大客户交寄清单    寄件单位：${S.name}招生办    寄件人电话：${d.SL(S, 1)}`, `交寄日期：${d.dt(ymd(day, '-'))}    协议客户号：${d.d('customer_no', `${S.area.slice(1)}${digits(8)}`)}`, '',
    '邮件号,收件人,收件人电话,收件地址,邮编,内件品名,投递状态']
    : ['序号|邮件号|收件人|手机|地址|寄达省份|签收日期'];
  for (let k = 0; k < n; k++) {
    const s = mkStudent({ S }); const ems = d.d('ems_waybill', s.ems);
    if (chance(0.08)) {
      // sent to the high school, which passes it on
      const hs = s.hs; const hsStaff = chance(0.5);
      const rcp = hsStaff ? d.sch(hs) + '招生办' : d.sch(hs);
      if (!SUR_CH.has(hs[0])) d.d('school_name', hs);
      const ph = d.d('masked_mobile', maskMob(genMob()));
      L.push(v === 0 ? [ems, rcp, ph, `${s.r.prov}${s.r.city}${s.r.county}`, d.d('postal_code', `${ri(41, 43)}${digits(4)}`), '录取通知书（代收）', '已妥投'].join(',') : [k + 1, ems, rcp, ph, `${s.r.city}${s.r.county}`, s.prov, ''].join('|'));
      continue;
    }
    const rc = chance(0.8) ? s : mkParent(s, pick(['父亲', '母亲']));
    const mob = d.M(rc.mob, v === 0 && chance(0.1) ? 'p86n' : 'plain');
    L.push(v === 0 ? [ems, d.N(rc.name), mob, `"${s.addr.text}"`, d.d('postal_code', `${ri(41, 43)}${digits(4)}`), '录取通知书', pick(['已妥投', '已妥投', '投递中', '待投', '已妥投（本人签收）', '已妥投（他人代收）'])].join(',')
      : [k + 1, ems, d.N(rc.name), mob, s.addr.text, s.prov, chance(0.7) ? d.dt(ymd(TODAY_ISH(day.m, day.d, 8, 28), '-')) : ''].join('|'));
  }
  d.text = L.join('\n'); emit(d);
}

// 12. 体检名单 (markdown-ish table)
function gTj(i) {
  const S = SCHOOLS[(i + 2) % 5]; const d = new Doc('tj'); const n = ri(10, 25); const major = pick(S.majors);
  const L = [`${S.name}2024级新生入学体检名单`, `院系：${d.col(major.college)}  专业：${d.maj(major)}  体检日期：${d.dt(ymd(TODAY_ISH(9, 10, 9, 20), '.'))}  地点：校医院二楼`, '',
    '| 体检号 | 学号 | 姓名 | 性别 | 身份证号 | 身高(cm) | 体重(kg) | 血压 | 视力(左/右) | 结论 |', '|---|---|---|---|---|---|---|---|---|---|'];
  for (let k = 0; k < n; k++) {
    const s = mkStudent({ S, major });
    const hgt = s.sex === '男' ? ri(160, 188) : ri(150, 172);
    L.push(`| ${d.d('exam_no', `TJ24${pad(ri(1, 12), 2)}${pad(k + 1, 4)}`)} | ${d.d('student_no', s.xh)} | ${d.N(s.name)} | ${s.sex} | ${d.I(s.id)} | ${hgt} | ${ri(42, 90)} | ${ri(100, 135)}/${ri(60, 88)} | ${pick(['4.8', '4.9', '5.0', '4.5', '4.2'])}/${pick(['4.8', '4.9', '5.0', '4.6', '4.3'])} | ${pick(['合格', '合格', '合格', '合格', '复查（乙肝两对半）', '复查（血压）', '色弱'])} |`);
  }
  const doc = S.staff[(i + 2) % 6];
  L.push('', `主检医师：${d.N(doc.name)}    校医院联系电话：${d.SL(S, 2)}`);
  d.text = L.join('\n'); emit(d);
}

// 13. 军训花名册 (fixed width)
function gJx(i) {
  const S = SCHOOLS[(i + 3) % 5]; const d = new Doc('jx'); const n = ri(12, 28);
  const lian = ri(1, 16);
  const inst = genHan('男', false); const imob = genMob();
  const tutor = genHan(pick(['男', '女']), true);
  const L = [`${S.short}2024级新生军训花名册`, `${pick(['一', '二', '三', '四'])}营 第${lian}连    教官：${d.N(inst.name)}（${d.M(imob)}）    带队辅导员：${d.N(tutor.name)}`, `${d.job('连长')}、${d.job('指导员')}由教官兼任`, '',
    padR('排', 4) + padR('班', 4) + padR('学号', 14) + padR('姓名', 14) + padR('性别', 6) + padR('身高', 6) + padR('鞋码', 6) + padR('联系电话', 14) + '备注'];
  for (let k = 0; k < n; k++) {
    const s = mkStudent({ S });
    L.push(padR(String(Math.floor(k / 10) + 1), 4) + padR(String(k % 3 + 1), 4) + padR(d.d('student_no', s.xh), 14) + padR(d.N(s.name), 14) + padR(s.sex, 6) + padR(String(s.sex === '男' ? ri(162, 186) : ri(150, 170)), 6) + padR(String(s.sex === '男' ? ri(39, 45) : ri(35, 40)), 6) + padR(chance(0.9) ? d.M(s.mob) : '', 14) + pick(['', '', '', '', '', '哮喘，免训', '旗手', '阅兵方阵', '膝伤见习', '通讯员']));
  }
  d.text = L.join('\n'); emit(d);
}

// 14. 学生会招新 (问卷星 export, TSV)
function gXh(i) {
  const S = SCHOOLS[i % 5]; const d = new Doc('xh'); const n = ri(8, 20);
  const depts = ['办公室', '宣传部', '学习部', '文艺部', '体育部', '外联部', '生活部', '新媒体中心', '志愿者服务部'];
  const L = [['序号', '提交答卷时间', '所用时间', '来源', '来源详情', '来自IP', '1、您的姓名', '2、学号', '3、手机号码', '4、QQ号', '5、电子邮箱', '6、第一志愿部门', '7、是否服从调剂', '8、自我介绍（100字以内）'].join('\t')];
  for (let k = 0; k < n; k++) {
    const s = mkStudent({ S }); const day = TODAY_ISH(9, 18, 10, 8);
    const ip = d.d('ip_address', `${genIp()}(${s.prov.replace(/省|市|自治区|维吾尔|壮族|回族/g, '')}-${s.r.city.replace('市', '')})`);
    const intro = pick([`我来自${s.r.city}，性格开朗，高中担任过班长`, '喜欢摄影和剪视频，会用PR', '高中是学生会文艺部的，会跳街舞', '没什么特长但是很想锻炼自己', `擅长写作，曾获${s.prov.replace('省', '')}作文比赛二等奖`, '篮球打得还行，希望进体育部']);
    L.push([k + 1, d.dt(`${ymd(day, '/')} ${ri(8, 23)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`), `${ri(40, 600)}秒`, pick(['微信', '微信', '手机提交', '链接']), pick(['N/A', '直接访问', '朋友圈']), ip,
      chance(0.06) ? (() => { const w = pick(['匿名', '不想说', 'CLS', '新生', '同上']); return w === 'CLS' ? d.cls(s.cls) : d.d('not_a_name', w); })() : d.N(s.name), d.d('student_no', s.xh), d.M(s.mob, chance(0.05) ? 'sp' : 'plain'), s.qq ? d.d('qq_number', s.qq) : '(跳过)', d.EM(s.email, chance(0.08) ? 'upper' : undefined), pick(depts), pick(['是', '是', '否']), intro].join('\t'));
  }
  d.text = L.join('\n'); emit(d);
}

// 15. 学工系统 XML export
function gXml(i) {
  const S = SCHOOLS[(i + 1) % 5]; const d = new Doc('xml'); const n = ri(3, 9);
  const L = ['<?xml version="1.0" encoding="UTF-8"?>', `<XSJBXX_RESULT dataset="xg_xsjbxx" xxdm="${d.d('school_code', S.code)}" total="${n}" exportTime="${ymd(TODAY_ISH(9, 10, 10, 15), '-')}T10:${pad(ri(0, 59), 2)}:00">`];
  for (let k = 0; k < n; k++) {
    const s = mkStudent({ S }); const c = genCard(S.bank); const fa = mkParent(s, '父亲');
    const card = chance(0.85) ? `    <YHKH>${d.C(c.card)}</YHKH>\n    <KHH>${c.bank}</KHH>` : '    <YHKH/>';
    L.push('  <XSJBXX>', `    <XH>${d.d('student_no', s.xh)}</XH>`, `    <XM>${d.N(s.name)}</XM>`, `    <XMPY>${s.py.join(' ').toUpperCase()}</XMPY>`, `    <XBM>${s.sex === '男' ? 1 : 2}</XBM>`,
      `    <CSRQ>${d.d('birth_date', ymd(s.birth))}</CSRQ>`, `    <SFZJLXM>1</SFZJLXM>`, `    <SFZJH>${d.I(s.id)}</SFZJH>`, `    <MZM>${s.nation}</MZM>`,
      `    <KSH>${d.d('exam_candidate_no', s.ksh)}</KSH>`, `    <ZYDM>${d.d('major_code', s.major.code)}</ZYDM>`, `    <ZYMC>${majW(d, s)}</ZYMC>`, `    <YXMC>${colW(d, s)}</YXMC>`,
      `    <SJH>${d.M(s.mob)}</SJH>`, `    <DZXX>${d.EM(s.email)}</DZXX>`, card, `    <JTDZ>${s.addr.text}</JTDZ>`,
      `    <JTCY>`, `      <CY GX="父亲"><XM>${d.N(fa.name)}</XM><LXDH>${d.M(fa.mob)}</LXDH><GZDW>${fa.job}</GZDW></CY>`, `    </JTCY>`,
      `    <RXNY>${s.yr}09</RXNY>`, `    <XJZT>${pick(['在读', '在读', '在读', '保留入学资格'])}</XJZT>`, '  </XSJBXX>');
  }
  L.push('</XSJBXX_RESULT>');
  d.text = L.join('\n'); emit(d);
}

// 16. 学工系统 JSON API response
function gJson(i) {
  const S = SCHOOLS[(i + 2) % 5]; const d = new Doc('json'); const n = ri(2, 8);
  const rows = [];
  for (let k = 0; k < n; k++) {
    const s = mkStudent({ S }); const c = genCard();
    const sf = d.d('snowflake_id', `18${digits(17)}`);
    rows.push({ id: sf, xh: d.d('student_no', s.xh), xm: d.N(s.name), xb: s.sex, sfzh: d.I(s.id), ksh: d.d('exam_candidate_no', s.ksh), zydm: d.d('major_code', s.major.code), zymc: majW(d, s), bj: d.cls(s.cls),
      sjh: d.M(s.mob), email: d.EM(s.email), yhkh: chance(0.8) ? d.C(c.card) : null, khh: c.bank, hjszd: `${s.prov}${s.r.city}`, ssh: d.d('dorm_room', `${pick(['ZJY', 'GY', 'MY', 'XZ'])}${ri(1, 12)}-${ri(1, 6)}${pad(ri(1, 30), 2)}`),
      lstd: chance(0.2), bdzt: pick(['已报到', '已报到', '未报到', '暂缓报到']), updateTime: d.dt(`${ymd(TODAY_ISH(9, 6, 9, 30), '-')} ${pad(ri(8, 22), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`) });
  }
  const obj = { code: 200, msg: '操作成功', data: { total: n, pageNum: 1, pageSize: 20, rows } };
  d.text = i % 3 === 0 ? JSON.stringify(obj) : JSON.stringify(obj, null, 2);
  emit(d);
}

// 17. OCR'd paper form (家庭经济困难学生认定申请表 / 入学登记表)
function gOcr(i) {
  const S = SCHOOLS[i % 5]; const d = new Doc('ocr'); const s = mkStudent({ S }); const fa = mkParent(s, '父亲'), mo = mkParent(s, '母亲');
  const card = genCard(S.bank); const v = i % 3;
  const sp = (x) => x.split('').join(' ');
  const L = [];
  if (v === 0) {
    L.push(`${S.name.replace('学院', '学 院')}家庭经济困难学生认定申请表`, '（2024—2025学年）', '', `学 院 ${colW(d, s)}   专 业 ${majW(d, s)}   年 级 2024 级`,
      `丨 姓 名 丨 ${d.N(s.name, sp(s.name))} 丨 性 别 丨 ${s.sex} 丨 出生年月 丨 ${s.birth.y}.${pad(s.birth.m, 2)} 丨`,
      `丨 身份证号 丨 ${d.I(s.id, chance(0.5) ? 'grp' : 'plain')} 丨 民族 丨 ${s.nation} 丨`);
    // mobile split over a line by the scanner
    const m = s.mob; d.e('cn_mobile', m);
    L.push(`丨 联系电话 丨 ${m.slice(0, 7)}`, `${m.slice(7)} 丨 家庭人口 丨 ${ri(3, 6)} 丨`);
    L.push(`丨 家庭住址 丨 ${s.addr.text.replace('号', '号 ')} 丨`, '', '家 庭 成 员 情 况',
      `丨 称谓 丨 姓名 丨 年龄 丨 工作（学习）单位 丨 联系电话 丨`);
    for (const p of [fa, mo]) L.push(`丨 ${p.rel} 丨 ${d.N(p.name)} 丨 ${2024 - p.birth.y} 丨 ${p.job} 丨 ${d.M(p.mob, chance(0.3) ? 'sp' : 'plain')} 丨`);
    // a value the scanner broke: 0 read as O, a 1 read as l
    const bm = genMob(); d.dc('cn_mobile', bm);
    L.push(`紧急联系人电话：${bm.replace(/0/g, 'O').replace(/1(?=\d{5})/, 'l')}`);
    const bk = d.C(card.card, 'g4');
    L.push(`银 行 卡 号：${bk.slice(0, 15)}`, `${bk.slice(15)}`, `（${card.bank}）`);
    L.push('', '学生陈述申请认定理由：', `  本人家住${s.r.county}农村，父亲常年${fa.job.includes('务工') ? fa.job : '务农'}，母亲身体不好，家中还有${pick(['年迈的奶奶', '一个弟弟在读初中', '一个妹妹在读小学'])}，家庭收入微薄……`, '',
      `学生签字：${d.N(s.name)}    ${s.birth.y >= 2006 ? '监护人签字' : '家长签字'}：${d.N(fa.name)}`, `${cnDate(TODAY_ISH(9, 10, 9, 30))}`, '', '认 定 等 级：□ 特别困难  ☑ 困难  □ 一般困难', `认定小组意见：同意  组长签字：${d.job('辅导员')}`);
  } else if (v === 1) {
    // enrolment registration card, two columns OCR'd into one stream
    L.push(`新 生 入 学 登 记 表`, `学号 ${d.d('student_no', s.xh)}  ${S.short}`, `姓名 ${d.N(s.name)}  曾用名 无  性别 ${s.sex}`,
      `身份证 ${d.I(s.id)}`, `手 机 ${d.M(s.mob, chance(0.5) ? 'sp' : 'plain')}  E-mail ${d.EM(s.email)}`,
      `毕业学校 ${d.sch(s.hs)}  高考成绩 ${s.score}`, `家庭成员  父 ${d.N(fa.name)} ${fa.job} ${d.M(fa.mob)}`, `          母 ${d.N(mo.name)} ${mo.job} ${d.M(mo.mob)}`);
    // ID split across lines by column layout
    const pid = fa.id; d.e('cn_resident_id', pid);
    L.push(`父亲身份证号 ${pid.slice(0, 10)}`, `${pid.slice(10)}`);
    // a broken one: one digit lost in the scan
    const lost = mo.id.slice(0, 9) + mo.id.slice(10); d.dc('cn_resident_id', mo.id);
    if (/^\d+$/.test(lost) && luhnOk(lost)) d.dc('bank_card', lost);
    L.push(`母亲身份证号 ${lost}（模糊）`);
    L.push(`本人签名 ${d.N(s.name)}`);
  } else {
    // 生源地贷款受理证明 photographed
    const ct = d.d('loan_contract_no', notCard(() => `${s.r.code}${s.yr}${digits(6)}`));
    L.push('生源地信用助学贷款受理证明', `受理证明编号：${d.d('loan_receipt_no', `${s.r.code.slice(0, 4)}${digits(8)}`)}`, `学生姓名：${d.N(s.name)}`, `学生身份证号：${d.I(s.id)}`,
      `共同借款人：${d.N(fa.name)}  与学生关系：${s.sex === '女' ? '父女' : '父子'}`, `共同借款人身份证号：${d.I(fa.id)}`, `共同借款人联系电话：${d.M(fa.mob)}`,
      `就读高校：${S.name}  院系：${colW(d, s)}  专业：${majW(d, s)}`, `合同编号：${ct}  贷款金额：${pick([12000, 16000, 20000])}元`, `回执校验码：${d.d('receipt_check_code', Array.from({ length: 10 }, () => pick('ABCDEFGHJKLMNPQRSTUVWXYZ23456789'.split(''))).join(''))}`,
      `县级资助中心（盖章）  经办人：${d.N(genHan(pick(['男', '女']), true).name)}  电话：${d.M(genMob())}`);
  }
  d.text = L.join('\n'); emit(d);
}

// 18. mail bodies
function gMail(i) {
  const S = SCHOOLS[(i + 3) % 5]; const d = new Doc('mail'); const v = i % 4; const day = TODAY_ISH(7, 20, 10, 20);
  const L = [];
  if (v === 0) {
    const s = mkStudent({ S }); const par = mkParent(s, pick(['父亲', '母亲']));
    const pe = genEmail(par, par.birth, par.mob, chance(0.5) ? genQQ() : null);
    L.push(`From: ${d.N(par.name)} <${d.EM(pe)}>`, `To: ${d.EM(S.email)}`, `Date: ${d.dt(`${ymd(day, '-')} ${pad(ri(7, 23), 2)}:${pad(ri(0, 59), 2)}`)}`, `Subject: 咨询绿色通道及助学贷款事宜（考生${s.name}）`, '',
      `${S.name}招生办老师：`, `  您好！我是${d.Nq(s.name)}的${par.rel === '父亲' ? '父亲' : '母亲'}，孩子今年被贵校${majW(d, s)}专业录取（考生号${d.d('exam_candidate_no', s.ksh)}）。家里经济比较困难，想问一下报到时能不能走绿色通道先入学后缴费？`,
      `  孩子身份证号：${d.I(s.id, idStyle(true))}`, `  孩子电话：${d.M(s.mob, mobStyle(true))}`, `  我的电话：${d.M(par.mob, mobStyle(true))}`, `  生源地贷款办下来的话，钱会打到学校哪个账户？孩子的卡是${d.C(genCard().card, 'g4')}，需要提前绑定吗？`, '',
      '  麻烦老师回复，谢谢！', `  ${d.N(par.name)}`, `  ${cnDate(day)}`);
  } else if (v === 1) {
    const tutor = genHan(pick(['男', '女']), true); const te = `${tutor.py.join('')}@${S.dom}`;
    const n = ri(3, 8); const major = pick(S.majors);
    L.push(`发件人: ${d.N(tutor.name)} <${d.EM(te)}>`, `收件人: xgb@${S.dom}`.replace(`xgb@${S.dom}`, d.EM(`xgb@${S.dom}`)), `主题: ${d.col(major.college)}未报到新生名单（截至${day.m}月${day.d}日）`, '',
      `${d.job('学工部')}老师：`, `  我院2024级共有${n}名新生未按时报到，名单如下，其中已电话联系的已备注：`, '',
      '学号\t姓名\t专业\t本人电话\t家长电话\t情况');
    for (let k = 0; k < n; k++) {
      const s = mkStudent({ S, major }); const p = mkParent(s, pick(['父亲', '母亲']));
      L.push([d.d('student_no', s.xh), d.N(s.name), d.maj(major), chance(0.85) ? d.M(s.mob) : '停机', d.M(p.mob), pick(['复读', '联系不上', '生病，申请延期报到', '已入伍，申请保留学籍', '家长称下周来', '在路上'])].join('\t'));
    }
    L.push('', `${d.col(major.college)} ${tutor.name}`, `办公电话：${d.SL(S, 2)}  手机：${d.M(genMob())}`);
    d.Nq(tutor.name);
  } else if (v === 2) {
    const s = mkStudent({ S }); const c = genCard();
    L.push(`发件人：${d.EM(s.email)}`, `收件人：${d.EM(`cwc@${S.dom}`)}`, `主题：申请退还多缴学费`, '',
      '财务处老师您好：', `  我是${d.col(s.major.college)}${d.cls(s.cls)}班的${d.Nq(s.name)}，学号${d.d('student_no', s.xh)}。9月份在迎新系统缴了学费，后来家长又在银行柜台重复缴了一次，缴费单号是${d.d('payment_order_no', orderNo(TODAY_ISH(9, 1, 9, 10)))}。`,
      '  麻烦帮我退回多缴的部分，退款信息如下：', `  收款人：${d.N(s.name)}`, `  开户行：${c.bank}${s.r.county}支行`, `  卡号：${d.C(c.card, cardStyle(true))}`, `  身份证号：${d.I(s.id)}`, `  联系电话：${d.M(s.mob)}`, '', '  谢谢老师！', `  ${d.N(s.name)}`);
  } else {
    const s = mkStudent({ S }); const st = S.staff[i % 6];
    L.push(`From: ${S.short}招生办 <${d.EM(S.email)}>`, `To: ${d.EM(s.email)}`, `Subject: 【${S.name}】录取通知书补寄确认`, '',
      `${d.N(s.name)}同学：`, `  你好！你的录取通知书（EMS ${d.d('ems_waybill', s.ems)}）因地址不详被退回。请核对以下信息并回复本邮件：`,
      `  收件人：${d.N(s.name)}`, `  收件电话：${d.M(s.mob, 'dash')}`, `  地址：${s.addr.text}`, '', `  如需更改，请直接拨打${d.SL(S, 1)}（工作日8:00-17:30）。`, '',
      `${d.T(st.sur || st.name[0], '老师')}`, `${S.name}招生办公室`, `电话：${d.SL(S, 1)}  传真：${d.L(S.area, S.fax)}`);
  }
  d.text = L.join('\n'); emit(d);
}

// 19. SMS batch log
function gSms(i) {
  const S = SCHOOLS[(i + 4) % 5]; const d = new Doc('sms'); const n = ri(8, 20); const day = TODAY_ISH(7, 20, 9, 3);
  const L = ['手机号码,短信内容,提交时间,发送状态,回执时间,计费条数'];
  for (let k = 0; k < n; k++) {
    const s = mkStudent({ S });
    const v = i % 3;
    const txt = v === 0 ? `【${S.short}】${d.N(s.name)}同学，恭喜你被我校${majW(d, s)}专业录取！录取通知书已通过EMS寄出（单号${d.d('ems_waybill', s.ems)}），请注意查收。咨询电话${d.SL(S, 1)}，回T退订`
      : v === 1 ? `【${S.short}】${d.N(s.name)}同学：请于9月${ri(6, 8)}日持录取通知书、身份证到校报到，学号${d.d('student_no', s.xh)}，宿舍${d.d('dorm_room', `${pick(['桂园', '梅园', '北苑'])}${ri(1, 9)}栋${ri(1, 6)}${pad(ri(1, 30), 2)}`)}。退订回T`
        : `【${S.short}】家长您好，您的孩子${d.N(s.name)}（考生号${d.d('exam_candidate_no', s.ksh)}）学费尚未缴清，欠费${pick([1200, 5500, 6700])}元，如有困难可申请绿色通道。`;
    const rcpt = v === 2 ? mkParent(s, pick(['父亲', '母亲'])).mob : s.mob;
    const st = wpick([['成功', 9], ['失败:空号', 1], ['失败:停机', 1]])[0];
    L.push([d.M(rcpt), `"${txt}"`, d.dt(`${ymd(day, '-')} ${pad(ri(9, 11), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`), st, st === '成功' ? d.dt(`${ymd(day, '-')} ${pad(ri(11, 12), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`) : '', txt.length > 70 ? 2 : 1].join(','));
  }
  d.text = L.join('\n'); emit(d);
}

// 20. 会议纪要 (minutes)
function gJy(i) {
  const S = SCHOOLS[i % 5]; const d = new Doc('jy'); const day = TODAY_ISH(5, 20, 9, 25);
  const ppl = Array.from({ length: 7 }, () => genHan(pick(['男', '女']), true));
  const titles = ['副校长', '招生就业处处长', '教务处处长', '财务处处长', '学生工作部部长', '纪委副书记', '招生办主任'];
  const L = [`${S.name}${pick(['2024年招生工作领导小组会议纪要', '2024级迎新工作协调会纪要', '招生录取工作总结会纪要'])}`, '',
    `时间：${cnDate(day)}${pick(['上午9:00', '下午3:00', '下午2:30'])}`, `地点：行政楼${pick(['三楼', '五楼', '二楼'])}${pick(['第一', '第二'])}会议室`,
    `主持：${d.N(ppl[0].name)}（${titles[0]}）`, `出席：${ppl.slice(1, 6).map((p, k) => d.N(p.name) + (chance(0.5) ? '' : `（${titles[k + 1]}）`)).join('、')}`,
    `记录：${d.N(ppl[6].name)}`, '', '会议纪要如下：'];
  L.push(`一、${d.Nq(ppl[1].name)}通报了今年录取情况。全校计划${ri(3, 8)}${pad(ri(0, 999), 3)}人，实际录取${ri(3, 8)}${pad(ri(0, 999), 3)}人，其中${d.city(pick(['周口', '张家口', '黄山', '邵阳', '常德', '金华', '马鞍山', '石家庄']))}等地生源增长明显。`);
  L.push(`二、关于考生${d.d('masked_name', pick(['刘某某', '王某', '陈某某', '张某']))}投诉调剂一事，会议认为${pick(['程序合规', '按章程处理并无不当'])}，由招生办负责答复。考生家长联系方式：${d.d('masked_mobile', maskMob(genMob()))}。`);
  L.push(`三、${d.Nq(ppl[3].name)}处长提出，今年绿色通道预计${ri(300, 900)}人，需提前与${S.bank}对接办卡；${d.Nq(ppl[4].name)}建议各学院辅导员${d.d('time_word', '周末')}前完成困难认定。`);
  const cp = genHan(pick(['男', '女']), false); const cpm = genMob();
  L.push(`四、迎新志愿者由校学生会负责，联系人：${d.N(cp.name)}，电话：${d.M(cpm)}。`);
  L.push(`五、请${d.job('各学院办公室主任')}于${day.m}月${Math.min(28, day.d + 3)}日前将迎新方案报${d.job('学工部')}。`);
  L.push('', `${S.name}${pick(['党政办公室', '招生就业处'])}`, `${cnDate(day)}`);
  d.text = L.join('\n'); emit(d);
}

// 21. 生源地助学贷款回执汇总
function gDk(i) {
  const S = SCHOOLS[(i + 1) % 5]; const d = new Doc('dk'); const n = ri(6, 16);
  const L = [`${S.name}2024年生源地信用助学贷款回执汇总表`, `学院：${d.col(pick(Object.keys(S.colleges)))}    录入人：${d.job('资助中心')}    录入日期：${ymd(TODAY_ISH(9, 15, 10, 30), '-')}`, '',
    '序号,学号,学生姓名,学生身份证号,共同借款人,共同借款人身份证号,共同借款人电话,贷款金额,合同编号,回执校验码,经办银行'];
  for (let k = 0; k < n; k++) {
    const s = mkStudent({ S, prov: pick(['湖南省', '河南省', '贵州省', '甘肃省', '四川省', '云南省', '湖北省']) }); const p = mkParent(s, chance(0.8) ? '父亲' : '母亲');
    const badIdRow = chance(0.08);
    const sid = badIdRow ? d.d('id_bad_checksum', idBadCheck(s.id)) : d.I(s.id);
    L.push([k + 1, d.d('student_no', s.xh), d.N(s.name), sid, d.N(p.name), d.I(p.id), d.M(p.mob), pick([8000, 12000, 16000, 20000]), d.d('loan_contract_no', notCard(() => `${s.r.code}${s.yr}${digits(6)}`)),
      d.d('receipt_check_code', Array.from({ length: 10 }, () => pick('ABCDEFGHJKLMNPQRSTUVWXYZ23456789'.split(''))).join('')), pick(['国家开发银行', '国家开发银行', '中国农业银行'])].join(','));
    if (badIdRow) L.push(`,,（系统提示：第${k + 1}行学生身份证号校验失败，请核对原件）,,,,,,,,`);
  }
  d.text = L.join('\n'); emit(d);
}

// 22. 班级通讯录
function gTxl(i) {
  const S = SCHOOLS[(i + 2) % 5]; const d = new Doc('txl'); const major = pick(S.majors); const n = ri(8, 20);
  const cls = `${major.abbr}240${ri(1, 3)}`;
  const tutor = genHan(pick(['男', '女']), true); const tm = genMob();
  const roles = ['班长', '团支书', '学习委员', '生活委员', '体育委员', '文艺委员', '心理委员', '宣传委员'];
  const L = [`${d.cls(cls)}班 通讯录（请勿外传）`, `辅导员：${d.N(tutor.name)} ${d.M(tm, 'dash')}    班主任：待定`, '',
    i % 2 ? '| 职务 | 姓名 | 宿舍 | 手机 | QQ | 生日 |' : '职务,姓名,宿舍,手机,QQ,生日'];
  if (i % 2) L.push('|---|---|---|---|---|---|');
  for (let k = 0; k < n; k++) {
    const s = mkStudent({ S, major }); const role = k < roles.length && chance(0.8) ? d.job(roles[k]) : '';
    const row = [role, d.N(s.name), d.d('dorm_room', `${ri(1, 12)}-${ri(1, 6)}${pad(ri(1, 30), 2)}`), d.M(s.mob, chance(0.1) ? 'sp' : 'plain'), s.qq ? d.d('qq_number', s.qq) : '', `${s.birth.m}月${s.birth.d}日`];
    L.push(i % 2 ? `| ${row.join(' | ')} |` : row.join(','));
  }
  d.text = L.join('\n'); emit(d);
}

// 23. 招生办值班记录 (notes)
function gNote(i) {
  const S = SCHOOLS[(i + 3) % 5]; const d = new Doc('note'); const day = TODAY_ISH(7, 8, 8, 30);
  const st = S.staff[i % 6];
  const L = [`${day.m}.${day.d} 值班记录（${d.T(st.sur || st.name[0], '老师')}）`, ''];
  const n = ri(3, 7);
  for (let k = 0; k < n; k++) {
    const s = mkStudent({ S }); const r = rnd();
    if (r < 0.3) {
      const wrong = idBadCheck(s.id);
      L.push(`${k + 1}. ${d.city(s.r.city.replace('市', ''))}考生${d.N(s.name)}家长来电，说填报时身份证号输错了一位（原${d.d('id_bad_checksum', wrong)}），正确为${d.I(s.id)}，已在系统里改过来。家长电话${d.M(genMob())}。`);
    } else if (r < 0.5) {
      L.push(`${k + 1}. ${d.N(s.name)}（${d.d('exam_candidate_no', s.ksh)}）通知书没收到，查EMS ${d.d('ems_waybill', s.ems)} 显示已签收，可能被邻居代收，让家长去村委会问问。回电 ${d.M(s.mob, 'sp')}`);
    } else if (r < 0.65) {
      const bad = mobBadPrefix();
      L.push(`${k + 1}. 系统里${d.N(s.name)}的手机号${d.d('mobile_bad_prefix', bad)}打不通（号段不对，应该是填错了），学生QQ上发来新号码${d.M(s.mob)}，已更新。`);
    } else if (r < 0.8) {
      L.push(`${k + 1}. ${pick(['下午', '上午', '晚上'])}有家长来问${d.d('major_name', '高分子材料与工程')}就业情况，已把学院电话给他。没留姓名。`);
    } else {
      const b = idBadDate(s.r, s.sex);
      L.push(`${k + 1}. ${d.Nq(s.name)}的报名表上出生日期和身份证对不上，身份证写的是${d.d('id_bad_date', b)}，让学生${d.d('time_word', '周一')}带原件来核对。`);
    }
  }
  L.push('', `交班：${d.N(S.staff[(i + 1) % 6].name)}  接班：${d.N(S.staff[(i + 2) % 6].name)}`);
  d.text = L.join('\n'); emit(d);
}

// 24. 非税收入一般缴款书（电子）— extracted PDF text
function gPj(i) {
  const S = SCHOOLS[i % 5]; const d = new Doc('pj'); const s = mkStudent({ S }); const day = TODAY_ISH(8, 25, 9, 30);
  const prov = { '湘中理工学院': '湖南省', '中原交通职业技术学院': '河南省', '江城科技大学': '湖北省', '岭南应用技术学院': '广东省', '蜀西医学高等专科学校': '四川省' }[S.name];
  const fee = S.level === '本科' ? pick([5500, 5800, 6200]) : pick([4600, 5200]); const dorm = pick([800, 1000, 1200]);
  const idStr = d.I(s.id); const split = i % 2 === 0;
  const L = [`${prov}非税收入一般缴款书（电子）`, `票据代码：${d.d('invoice_code', `${S.region6.slice(0, 2)}060124`)}    票据号码：${d.d('invoice_no', pad(ri(1, 99999999), 10))}`,
    `交款人统一社会信用代码：${split ? idStr.slice(0, 12) + '\n' + idStr.slice(12) : idStr}`, `交款人：${d.N(s.name)}`, `校验码：${d.d('verify_code', Array.from({ length: 6 }, () => '0123456789abcdef'[ri(0, 15)]).join(''))}    开票日期：${ymd(day, '-')}`,
    '项目编码    项目名称        单位  数量  标准      金额（元）', `${d.d('fee_item_code', `1030${digits(6)}`)}  学费            元    1     ${fee}      ${fee.toFixed(2)}`, `${d.d('fee_item_code', `1030${digits(6)}`)}  住宿费          元    1     ${dorm}      ${dorm.toFixed(2)}`,
    `金额合计（大写）：${pick(['陆仟叁佰元整', '柒仟元整', '陆仟伍佰元整', '伍仟肆佰元整'])}    （小写）${(fee + dorm).toFixed(2)}`,
    `备注：学号${d.d('student_no', s.xh)}，${d.cls(s.cls)}，2024-2025学年`, `执收单位名称：${S.name}    统一社会信用代码：${d.U(S.uscc)}`, `收款人：${d.job('财务处')}    复核人：${d.d('job_title', '系统自动')}`];
  if (chance(0.35)) L.push(`缴费渠道：${S.bank}  交易流水号：${d.d('bank_serial', bankSerial(day))}`);
  d.text = L.join('\n'); emit(d);
}

// 25. 港澳台侨及外籍新生报到名单 (passports, permits)
function gGat(i) {
  const S = SCHOOLS[(i + 1) % 5]; const d = new Doc('gat'); const n = ri(4, 9);
  const L = [`${S.name}2024级港澳台侨新生报到名单`, '', '序号\t姓名\t性别\t证件类型\t证件号码\t居住证号码\t手机\t邮箱\t专业'];
  for (let k = 0; k < n; k++) {
    const sex = pick(['男', '女']); const p = genHan(sex, false); const b = randDate(2005, 1, 1, 2007, 6, 30);
    const maj = pick(S.majors); const t = pick(['护照', '护照', '回乡证', '回乡证', '台胞证']);
    let doc = '', jz = '';
    if (t === '护照') doc = d.P(`E${pick('ABCDEFGHJKLMNPQRSTUVWXYZ'.split(''))}${digits(7)}`);
    else if (t === '回乡证') { const hm = `${pick(['H', 'H', 'M'])}${digits(8)}${pad(ri(0, 3), 2)}`; d.dc('cn_passport', hm); doc = hm; }
    else { doc = digits(8); d.d('taiwan_permit_no', doc); }
    if (t !== '护照' && chance(0.6)) { const rg = t === '台胞证' ? '830000' : doc.startsWith('H') ? '810000' : '820000'; const body = rg + ymd(b) + pad(ri(0, 99) * 10 + (sex === '男' ? 1 : 2), 3); jz = body + idCheck(body); d.dc('cn_resident_id', jz); }
    const mob = t === '护照' ? d.M(genMob()) : chance(0.5) ? d.M(genMob(), 'p86sp') : (t === '台胞证' ? d.d('tw_mobile', `+886 9${digits(2)} ${digits(3)} ${digits(3)}`) : doc.startsWith('H') ? d.d('hk_mobile', `+852 ${ri(5, 9)}${digits(3)} ${digits(4)}`) : d.d('mo_mobile', `+853 6${digits(3)} ${digits(4)}`));
    const em = genEmail(p, b, null, null);
    L.push([k + 1, d.N(p.name), sex, t, doc, jz, mob, d.EM(em), d.maj(maj)].join('\t'));
  }
  L.push('', `联系人：${S.short}港澳台事务办公室  ${d.SL(S, 2)}`);
  d.d('org_name', `${S.short}港澳台事务办公室`);
  d.text = L.join('\n'); emit(d);
}

// ================================================================= build
const PLAN = [[gLqmd, 14], [gLqgs, 10], [gXsxx, 16], [gBd, 10], [gSs, 12], [gLstd, 14], [gJf, 12], [gTf, 12], [gRx, 12], [gWx, 16], [gEms, 12], [gTj, 10], [gJx, 10],
  [gXh, 14], [gXml, 10], [gJson, 12], [gOcr, 15], [gMail, 16], [gSms, 10], [gJy, 8], [gDk, 10], [gTxl, 10], [gNote, 12], [gPj, 10], [gGat, 6]];
for (const [g, n] of PLAN) for (let i = 0; i < n; i++) g(i);

// ================================================================= self-check
const errors = [];
const nk = (s) => s.normalize('NFKC');
const normDigits = (s) => nk(s).toUpperCase().replace(/[\s\-–—()（）+]/g, '');
function valid(det, v) {
  switch (det) {
    case 'cn_resident_id': return idValid(v);
    case 'cn_mobile': return mobValid(v);
    case 'bank_card': return /^\d{16,19}$/.test(v) && luhnOk(v);
    case 'email': return EMAIL_RE.test(v);
    case 'cn_landline': return llValid(v);
    case 'cn_uscc': return usccValid(v);
    case 'cn_passport': return /^E[A-HJ-NP-Z]\d{7}$|^E\d{8}$/.test(v);
    case 'person_name_zh': return /^[\u4e00-\u9fa5·]{2,12}$/.test(v);
    default: return false;
  }
}
function occurs(text, det, v) {
  const t = nk(text);
  if (det === 'email') return t.toLowerCase().includes(v);
  if (det === 'person_name_zh') return t.replace(/\s+/g, '').includes(v);
  const s = normDigits(text);
  if (s.includes(v)) return true;
  if (det === 'cn_resident_id') return s.includes(v.slice(0, 6) + v.slice(8, 17));
  return false;
}
let dropped = 0;
for (const d of ALL) {
  const entKey = new Set(d.ents.map((e) => e.detector + '|' + e.value));
  d.dcs = d.dcs.filter((x) => !entKey.has(x.detector + '|' + x.value));
  for (const e of d.ents) {
    if (!valid(e.detector, e.value)) errors.push(`${d.id}: invalid ${e.detector} ${e.value}`);
    if (!occurs(d.text, e.detector, e.value)) errors.push(`${d.id}: ${e.detector} ${e.value} not in text`);
  }
  // decoys: never equal to or containing a labelled value; drop those an entity contains (window collisions)
  const vals = [...d.ents, ...d.dcs].map((e) => e.value.toUpperCase());
  d.decs = d.decs.filter((x) => {
    const t = normDigits(x.text);
    if (vals.some((v) => v === t || (v.length >= 2 && x.text.includes(v)))) { errors.push(`${d.id}: decoy ${x.text} collides with a label`); return false; }
    if (t.length >= 6 && vals.some((v) => v.includes(t))) { dropped++; return false; }
    return true;
  });
  for (const x of d.decs) {
    if (!d.text.includes(x.text)) errors.push(`${d.id}: decoy ${x.text} not in text`);
    const t = normDigits(x.text);
    if (/^\d{11}$/.test(t) && mobValid(t)) errors.push(`${d.id}: decoy ${x.text} is a valid mobile`);
    if (/^\d{17}[\dX]$/.test(t) && idValid(t)) errors.push(`${d.id}: decoy ${x.text} is a valid ID`);
    if (/^62\d{14,17}$/.test(t) && luhnOk(t)) errors.push(`${d.id}: decoy ${x.text} is a valid card`);
    if (/@/.test(x.text) && EMAIL_RE.test(x.text.toLowerCase())) errors.push(`${d.id}: decoy ${x.text} is an e-mail`);
  }
  // no unlabelled valid value hiding in plain digit runs
  const lab = new Set([...d.ents, ...d.dcs].map((e) => e.value));
  const decT = d.decs.map((x) => normDigits(x.text));
  const covered = (r) => [...lab].some((v) => v.includes(r)) || decT.some((t) => t.includes(r));
  const T = nk(d.text).toUpperCase();
  for (const m of T.matchAll(/\d+X?/g)) {
    const r = m[0];
    if (/^\d{11}$/.test(r) && mobValid(r) && !lab.has(r)) errors.push(`${d.id}: unlabelled mobile ${r}`);
    if (/^\d{17}[\dX]$/.test(r) && idValid(r) && !lab.has(r)) errors.push(`${d.id}: unlabelled ID ${r}`);
    if (/^\d{15}$/.test(r) && PROVS.has(r.slice(0, 2)) && realDate(1900 + +r.slice(6, 8), +r.slice(8, 10), +r.slice(10, 12)) && !lab.has(upgrade15(r)) && !covered(r)) errors.push(`${d.id}: unlabelled legacy ID ${r}`);
    if (/^\d{16,19}$/.test(r) && luhnOk(r) && !covered(r)) errors.push(`${d.id}: unlabelled Luhn run ${r}`);
  }
  for (const m of nk(d.text).toLowerCase().matchAll(/[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}/g)) if (!lab.has(m[0])) errors.push(`${d.id}: unlabelled e-mail ${m[0]}`);
}
// global: no entity value is a decoy anywhere
const allDec = new Set(ALL.flatMap((d) => d.decs.map((x) => normDigits(x.text))));
for (const d of ALL) for (const e of d.ents) if (allDec.has(e.value.toUpperCase())) errors.push(`${d.id}: entity ${e.value} is a decoy elsewhere`);

// ================================================================= output + summary
writeFileSync(OUT, ALL.map((d) => JSON.stringify({ id: d.id, kind: d.kind, text: d.text, entities: d.ents, dontCare: d.dcs, decoys: d.decs })).join('\n') + '\n');
const byDet = {}, dcDet = {}, decKind = {};
for (const d of ALL) { for (const e of d.ents) byDet[e.detector] = (byDet[e.detector] || 0) + 1; for (const e of d.dcs) dcDet[e.detector] = (dcDet[e.detector] || 0) + 1; for (const x of d.decs) decKind[x.kind] = (decKind[x.kind] || 0) + 1; }
const nEnt = Object.values(byDet).reduce((a, b) => a + b, 0), nDec = Object.values(decKind).reduce((a, b) => a + b, 0);
console.log(`documents: ${ALL.length} in ${Object.keys(kindCount).length} kinds`);
console.log('per kind:', Object.entries(kindCount).map(([k, v]) => `${k}=${v}`).join(' '));
console.log('entities:', Object.entries(byDet).map(([k, v]) => `${k}=${v}`).join(' '), `(total ${nEnt})`);
console.log('dontCare:', Object.entries(dcDet).map(([k, v]) => `${k}=${v}`).join(' '));
console.log('decoys:', Object.entries(decKind).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' '), `(total ${nDec}; ${dropped} dropped as windows of labels)`);
if (errors.length) { console.error(`SELF-CHECK FAILED (${errors.length}):\n` + errors.slice(0, 80).join('\n')); process.exit(1); }
console.log('self-check: ok');
