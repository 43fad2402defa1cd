#!/usr/bin/env node
// messy-text.mjs — independent "messy real life" labeled corpus for a Chinese
// personal-data detector. Standalone, no dependencies, deterministic (fixed seed).
// Writes a JSONL file (argv[2], default /tmp/indep/b.jsonl) (one carrier document per line) and prints stats and
// a self-check of the check-digit algorithms.
//
// Record: {id, kind, text, entities:[{detector,value}], dontCare:[...], decoys:[{kind,text}]}
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

// The output file: the first argument, else /tmp/indep/b.jsonl.
const OUT = process.argv[2] ?? '/tmp/indep/b.jsonl';
const OUT_DIR = dirname(OUT);
const SEED = 0x5eed2406;
const N_CARRIERS = 620;

// ---------------------------------------------------------------- PRNG ----
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(SEED);
const ri = (a, b) => a + Math.floor(rand() * (b - a + 1));
const pick = (a) => a[Math.floor(rand() * a.length)];
const chance = (p) => rand() < p;
function wpick(pairs) {
  let tot = 0; for (const [, w] of pairs) tot += w;
  let r = rand() * tot;
  for (const [k, w] of pairs) { if ((r -= w) < 0) return k; }
  return pairs[pairs.length - 1][0];
}
const digs = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const nzdigs = (n) => String(ri(1, 9)) + digs(n - 1);
const pad = (n, w = 2) => String(n).padStart(w, '0');
function shuffle(a) { for (let i = a.length - 1; i > 0; i--) { const j = ri(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const hex = (n) => Array.from({ length: n }, () => pick('0123456789abcdef'.split(''))).join('');
const lz = (arr) => pick(arr)(); // lazy pick: only the chosen branch runs (and registers labels)
const fw = (s) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const fwDigits = (s) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const fwSome = (s) => s.replace(/[0-9]/g, (c) => (chance(0.35) ? fw(c) : c));

// ------------------------------------------------------ check algorithms ----
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheckChar(body17) {
  let s = 0; for (let i = 0; i < 17; i++) s += Number(body17[i]) * ID_W[i];
  return '10X98765432'[s % 11];
}
function isLeap(y) { return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0; }
function isRealDate(y, m, d) {
  if (m < 1 || m > 12 || d < 1) return false;
  const dim = [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return d <= dim;
}
const PROV = new Set(['11','12','13','14','15','21','22','23','31','32','33','34','35','36','37','41','42','43','44','45','46','50','51','52','53','54','61','62','63','64','65','71','81','82','83','91']);
// what a reasonable detector could accept as an 18-char resident ID
function idValidLoose(s) {
  s = s.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  if (!PROV.has(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || y > 2026 || !isRealDate(y, m, d)) return false;
  return idCheckChar(s) === s[17];
}
function legacyPlausible(s) {
  if (!/^\d{15}$/.test(s) || !PROV.has(s.slice(0, 2))) return false;
  return isRealDate(1900 + +s.slice(6, 8), +s.slice(8, 10), +s.slice(10, 12));
}
function idUpgrade15(s) { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheckChar(b); }

const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY'; // GB 32100 alphabet (no I O S V Z)
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheckChar(b17) {
  let s = 0; for (let i = 0; i < 17; i++) { const v = UA.indexOf(b17[i]); if (v < 0) return null; s += v * UW[i]; }
  return UA[(31 - (s % 31)) % 31];
}
const OW = [3, 7, 9, 10, 5, 8, 4, 2]; // GB 11714
function orgCheckChar(b8) {
  let s = 0;
  for (let i = 0; i < 8; i++) { const c = b8[i]; const v = /\d/.test(c) ? +c : c.charCodeAt(0) - 55; s += v * OW[i]; }
  const c = 11 - (s % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
function usccValid(s) {
  s = s.toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s)) return false;
  return usccCheckChar(s.slice(0, 17)) === s[17] && orgCheckChar(s.slice(8, 16)) === s[16];
}
function luhnOk(d) {
  let s = 0, alt = false;
  for (let i = d.length - 1; i >= 0; i--) { let n = +d[i]; if (alt) { n *= 2; if (n > 9) n -= 9; } s += n; alt = !alt; }
  return s % 10 === 0;
}
function luhnComplete(body) { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return body + c; throw new Error('luhn'); }

// ---------------------------------------------------------------- mobiles ----
const MOB_PREFIX_W = [
  ['130',3],['131',3],['132',3],['133',3],['134',3],['135',4],['136',4],['137',4],['138',5],['139',5],
  ['145',0.5],['147',0.8],['150',3],['151',3],['152',3],['153',2],['155',2],['156',2],['157',2],['158',3],['159',3],
  ['162',0.3],['165',0.3],['166',1],['167',0.3],['170',0.5],['171',0.5],['172',0.3],['173',1],['175',0.5],['176',1],
  ['177',1],['178',1],['180',2],['181',2],['182',2],['183',2],['184',1],['185',2],['186',3],['187',3],['188',3],['189',3],
  ['190',0.3],['191',0.5],['192',0.4],['193',0.5],['195',0.5],['196',0.3],['197',0.3],['198',1],['199',1.5],
];
const ALLOC = new Set(MOB_PREFIX_W.map(([p]) => p));
const UNALLOC = new Set(['140','141','142','143','144','146','154','194']);
const DEMO = new Set(['13800138000', '13912345678', '18888888888']);
function mobileLike(s) { return /^1[3-9]\d{9}$/.test(s) && !UNALLOC.has(s.slice(0, 3)); }
function genMobile() {
  let m;
  do { m = wpick(MOB_PREFIX_W) + digs(8); } while (DEMO.has(m) || /(\d)\1{4}/.test(m));
  return m;
}

// ---------------------------------------------------------------- regions ----
const REGIONS = [
  ['110101','北京市','北京市','东城区'],['110102','北京市','北京市','西城区'],['110105','北京市','北京市','朝阳区'],
  ['110106','北京市','北京市','丰台区'],['110108','北京市','北京市','海淀区'],['120101','天津市','天津市','和平区'],
  ['120104','天津市','天津市','南开区'],['130102','河北省','石家庄市','长安区'],['140105','山西省','太原市','小店区'],
  ['210102','辽宁省','沈阳市','和平区'],['210202','辽宁省','大连市','中山区'],['220102','吉林省','长春市','南关区'],
  ['230102','黑龙江省','哈尔滨市','道里区'],['310101','上海市','上海市','黄浦区'],['310104','上海市','上海市','徐汇区'],
  ['310105','上海市','上海市','长宁区'],['310115','上海市','上海市','浦东新区'],['320102','江苏省','南京市','玄武区'],
  ['320106','江苏省','南京市','鼓楼区'],['320211','江苏省','无锡市','滨湖区'],['330102','浙江省','杭州市','上城区'],
  ['330106','浙江省','杭州市','西湖区'],['330203','浙江省','宁波市','海曙区'],['330302','浙江省','温州市','鹿城区'],
  ['340102','安徽省','合肥市','瑶海区'],['350102','福建省','福州市','鼓楼区'],['350203','福建省','厦门市','思明区'],
  ['360102','江西省','南昌市','东湖区'],['370102','山东省','济南市','历下区'],['370202','山东省','青岛市','市南区'],
  ['410102','河南省','郑州市','中原区'],['410105','河南省','郑州市','金水区'],['420102','湖北省','武汉市','江岸区'],
  ['420106','湖北省','武汉市','武昌区'],['430102','湖南省','长沙市','芙蓉区'],['430104','湖南省','长沙市','岳麓区'],
  ['440103','广东省','广州市','荔湾区'],['440104','广东省','广州市','越秀区'],['440106','广东省','广州市','天河区'],
  ['440303','广东省','深圳市','罗湖区'],['440304','广东省','深圳市','福田区'],['440305','广东省','深圳市','南山区'],
  ['450102','广西壮族自治区','南宁市','兴宁区'],['500103','重庆市','重庆市','渝中区'],['510104','四川省','成都市','锦江区'],
  ['510107','四川省','成都市','武侯区'],['520102','贵州省','贵阳市','南明区'],['530102','云南省','昆明市','五华区'],
  ['610102','陕西省','西安市','新城区'],['610113','陕西省','西安市','雁塔区'],['620102','甘肃省','兰州市','城关区'],
  ['650102','新疆维吾尔自治区','乌鲁木齐市','天山区'],
];
// area code and subscriber length per city (lengths checked against libphonenumber metadata)
const AREA = {
  '北京市':['010',8],'天津市':['022',8],'石家庄市':['0311',8],'太原市':['0351',7],'沈阳市':['024',8],'大连市':['0411',8],
  '长春市':['0431',8],'哈尔滨市':['0451',8],'上海市':['021',8],'南京市':['025',8],'无锡市':['0510',8],'杭州市':['0571',8],
  '宁波市':['0574',8],'温州市':['0577',8],'合肥市':['0551',8],'福州市':['0591',8],'厦门市':['0592',7],'南昌市':['0791',8],
  '济南市':['0531',8],'青岛市':['0532',8],'郑州市':['0371',8],'武汉市':['027',8],'长沙市':['0731',8],'广州市':['020',8],
  '深圳市':['0755',8],'南宁市':['0771',7],'重庆市':['023',8],'成都市':['028',8],'贵阳市':['0851',8],'昆明市':['0871',8],
  '西安市':['029',8],'兰州市':['0931',7],'乌鲁木齐市':['0991',7],'苏州市':['0512',8],'东莞市':['0769',8],'佛山市':['0757',8],
};
const ROADS = ['建国路','人民路','解放路','中山路','长安街','南京西路','淮海中路','天府大道','深南大道','科技园路','文三路','汉口路',
  '珠江路','五一大道','北京路','和平大街','滨河路','学府路','东风路','青年路','光华路','春熙路','望京街','金融街','高新南一道','红旗街'];
const COMPOUNDS = ['阳光花园','锦绣家园','翠湖苑','金色港湾','恒大名都','万科城','碧桂园','中海国际社区','幸福里小区','和平新村','绿地公馆','华润城','保利香槟国际','龙湖春江郦城'];
function genAddress(reg) {
  const [, prov, city, dist] = reg;
  const p = prov === city ? '' : prov;
  const r = pick([
    () => `${p}${city}${dist}${pick(ROADS)}${ri(1, 388)}号${pick(COMPOUNDS)}${ri(1, 32)}栋${ri(1, 4)}单元${ri(1, 33)}${pad(ri(1, 6))}室`,
    () => `${city}${dist}${pick(ROADS)}${ri(1, 999)}号`,
    () => `${dist}${pick(COMPOUNDS)}${ri(1, 20)}-${ri(1, 3)}-${ri(1, 28)}0${ri(1, 4)}`,
    () => `${city.replace('市', '')}${dist}${pick(ROADS)}${ri(2, 120)}弄${ri(1, 60)}号${ri(101, 1802)}`,
  ])();
  return r;
}

// ------------------------------------------------------------------ names ----
const SURN_RAW = ('王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he 高gao 林lin 罗luo ' +
  '郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai ' +
  '余yu 杜du 叶ye 程cheng 苏su 魏wei 吕lv 丁ding 任ren 沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan 陆lu 汪wang 范fan 金jin 石shi 廖liao ' +
  '贾jia 夏xia 韦wei 付fu 方fang 白bai 邹zou 孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin 薛xue 闫yan 段duan 雷lei 侯hou 龙long 史shi 陶tao ' +
  '黎li 贺he 顾gu 毛mao 郝hao 龚gong 邵shao 万wan 钱qian 严yan 覃qin 武wu 戴dai 莫mo 孔kong 向xiang 汤tang 常chang 温wen 康kang 施shi ' +
  '文wen 牛niu 樊fan 葛ge 邢xing 安an 齐qi 易yi 乔qiao 伍wu 庞pang 颜yan 倪ni 庄zhuang 聂nie 章zhang 鲁lu 岳yue 翟zhai 殷yin 詹zhan ' +
  '申shen 欧ou 耿geng 关guan 兰lan 焦jiao 俞yu 左zuo 柳liu 甘gan 祝zhu 包bao 宁ning 尚shang 符fu 舒shu 阮ruan 柯ke 纪ji 梅mei 童tong ' +
  '凌ling 毕bi 季ji 裴pei 霍huo 涂tu 成cheng 苗miao 谷gu 盛sheng 曲qu 翁weng 冉ran 骆luo 蓝lan 路lu 游you 辛xin 靳jin 管guan 柴chai ' +
  '蒙meng 鲍bao 华hua 喻yu 祁qi 蒲pu 房fang 滕teng 屈qu 饶rao 牟mou 艾ai 尤you 阳yang 穆mu 卓zhuo 古gu 吉ji 缪miao 简jian 车che ' +
  '项xiang 连lian 麦mai 褚chu 娄lou 窦dou 戚qi 岑cen 景jing 党dang 宫gong 费fei 卜bu 冷leng 晏yan 席xi 卫wei 米mi 柏bai 宗zong 瞿qu ' +
  '桂gui 全quan 佟tong 应ying 臧zang 闵min 邬wu 边bian 卞bian 姬ji 师shi 栾luan 隋sui 商shang 沙sha 荣rong 巫wu 寇kou 桑sang 郎lang ' +
  '甄zhen 丛cong 仲zhong 虞yu 敖ao 巩gong 佘she 池chi 迟chi 邝kuang').split(' ').map((x) => [x[0], x.slice(1)]);
const SURNAMES = SURN_RAW.map((s, i) => [s, i < 10 ? 8 : i < 30 ? 3.5 : i < 70 ? 1.5 : 0.6]);
const COMPOUND_SURN = [['欧阳','ouyang',5],['上官','shangguan',1],['皇甫','huangfu',1],['令狐','linghu',1],['诸葛','zhuge',1],
  ['司徒','situ',1],['司马','sima',1],['申屠','shentu',0.5],['夏侯','xiahou',0.5],['慕容','murong',0.5],['尉迟','yuchi',0.4],
  ['东方','dongfang',0.5],['公孙','gongsun',0.4],['宇文','yuwen',0.4],['端木','duanmu',0.4],['南宫','nangong',0.3],['长孙','zhangsun',0.3]]
  .map(([s, p, w]) => [[s, p], w]);
const GIVEN = ('伟wei 芳fang 娜na 敏min 静jing 丽li 强qiang 磊lei 军jun 洋yang 勇yong 艳yan 杰jie 娟juan 涛tao 明ming 超chao 霞xia 平ping ' +
  '刚gang 辉hui 玲ling 桂gui 英ying 华hua 建jian 国guo 志zhi 红hong 文wen 斌bin 波bo 宇yu 浩hao 凯kai 鹏peng 俊jun 帅shuai 晨chen ' +
  '婷ting 雪xue 慧hui 颖ying 琳lin 欣xin 怡yi 萱xuan 涵han 轩xuan 睿rui 博bo 梓zi 子zi 思si 雨yu 嘉jia 佳jia 晓xiao 海hai 燕yan 秀xiu ' +
  '兰lan 春chun 玉yu 荣rong 德de 亮liang 峰feng 飞fei 龙long 鑫xin 楠nan 彤tong 琪qi 悦yue 然ran 一yi 诗shi 梦meng 瑶yao 晶jing 露lu ' +
  '倩qian 蕾lei 薇wei 莉li 秋qiu 阳yang 宁ning 东dong 婉wan 宏hong 毅yi 坤kun 昊hao 泽ze 铭ming 瑞rui 航hang 晴qing 蓉rong 丹dan 璐lu ' +
  '妍yan 若ruo 乐le 欢huan 卫wei 永yong 立li 新xin 庆qing 福fu 祥xiang 梅mei 淑shu 凤feng 翠cui 建jian 家jia 少shao 振zhen 世shi')
  .split(' ').map((x) => [x[0], x.slice(1)]);

const BAD_NAMES = new Set(['胡子', '金子', '白云', '高明', '文明', '安静', '和平', '成功', '万一', '于是', '叶子', '田园', '高峰', '明星', '金星', '江山', '华丽', '安乐', '欢乐', '高兴', '常青', '向阳', '安宁', '黄金', '石油', '高新', '文华', '明明', '丁丁', '乐乐', '方圆', '时光', '江南', '林立', '金华', '余生', '宁静', '高超']);
function genName(d) {
  for (;;) {
    const comp = chance(0.045);
    const [s, sp] = comp ? wpick(COMPOUND_SURN) : wpick(SURNAMES);
    const n = comp ? (chance(0.5) ? 1 : 2) : chance(0.27) ? 1 : 2;
    let g = '', gp = [];
    for (let i = 0; i < n; i++) { const [c, p] = pick(GIVEN); if (g.includes(c)) { i--; continue; } g += c; gp.push(p); }
    if (chance(0.04) && n === 2) { g = g[0] + g[0]; gp = [gp[0], gp[0]]; } // 婷婷, 欢欢
    const name = s + g;
    if (BAD_NAMES.has(name) || (d && d.usedNames.has(name))) continue;
    if (d) d.usedNames.add(name);
    return { name, surname: s, given: g, pys: sp, pyg: gp.join('') };
  }
}

// ---------------------------------------------------------------- persons ----
const CARD_BINS = [
  ['622202',19,'中国工商银行',5],['621226',19,'中国工商银行',3],['622848',19,'中国农业银行',5],['621700',19,'中国建设银行',4],
  ['622700',19,'中国建设银行',2],['621661',19,'中国银行',3],['621483',16,'招商银行',3],['622588',16,'招商银行',3],
  ['622908',18,'兴业银行',1.5],['623058',19,'平安银行',2],['622262',19,'交通银行',2],['621799',19,'中国邮政储蓄银行',2],
  ['622155',16,'中信银行',1],['622521',16,'浦发银行',1],['621558',19,'中国工商银行',1],['622609',16,'中国民生银行',1],
  ['427010',16,'中国工商银行（VISA）',1.2],['438088',16,'中国建设银行（VISA）',1],['436742',16,'中国建设银行',1],
  ['404174',16,'招商银行（VISA）',0.8],['518710',16,'招商银行（万事达）',0.8],['524047',16,'中国银行（万事达）',0.8],['552599',16,'中国农业银行',0.6],
].map(([b, l, n, w]) => [[b, l, n], w]);
function genCard() {
  for (;;) {
    const [bin, len, bank] = wpick(CARD_BINS);
    const c = luhnComplete(bin + digs(len - bin.length - 1));
    if (len === 18 && (idValidLoose(c) || usccValid(c))) continue;
    if (/(\d)\1{5}/.test(c)) continue;
    return { no: c, bank };
  }
}
function genIdFor(reg, gender, by) {
  const wantX = chance(0.1); // a few more X check characters than the natural 1/11, to exercise x/X handling
  for (;;) {
    const m = ri(1, 12), dd = ri(1, 28 + (m === 2 ? (isLeap(by) ? 1 : 0) : 3));
    if (!isRealDate(by, m, dd)) continue;
    let seq = ri(0, 999); if ((seq % 2 === 1) !== (gender === '男')) seq = (seq + 1) % 1000;
    const body = reg[0] + by + pad(m) + pad(dd) + pad(seq, 3);
    if (wantX && idCheckChar(body) !== 'X') continue;
    return body + idCheckChar(body);
  }
}
function birthYear() { return wpick([[1930 + ri(0, 19), 0.6], [1950 + ri(0, 14), 1.8], [1965 + ri(0, 14), 3], [1980 + ri(0, 14), 4], [1995 + ri(0, 10), 2.5], [2006 + ri(0, 4), 0.4]]); }
function genLandline(city) {
  const [area, len] = AREA[city] || pick(Object.values(AREA));
  let sub; do { sub = String(ri(2, 8)) + digs(len - 1); } while (/(\d)\1{4}/.test(sub));
  return { area, sub, value: area + sub };
}
function genPassport() {
  const k = wpick([['E8', 4], ['EL', 5], ['G8', 1]]);
  if (k === 'E8') return 'E' + nzdigs(8);
  if (k === 'G8') return 'G' + nzdigs(8);
  return 'E' + pick('ABCDEFGHJKLMNPQRSTUVWXYZ'.split('')) + nzdigs(7);
}
const MAIL_DOMAINS = [['qq.com',0],['163.com',5],['126.com',3],['sina.com',1.5],['foxmail.com',2],['outlook.com',1.5],['gmail.com',1.5],
  ['aliyun.com',0.7],['yeah.net',0.6],['sohu.com',0.6],['hotmail.com',0.8],['139.com',0.3],['vip.163.com',0.5],['sina.cn',0.4]];
function genQQ() { return String(wpick([[ri(10000, 99999), 0.5], [ri(100000, 999999), 1], [ri(1000000, 9999999), 1.5], [ri(10000000, 99999999), 3], [ri(100000000, 999999999), 3], [ri(1000000000, 3999999999), 2]])); }
function genEmailFor(nm, by, company) {
  const s = nm.pys, g = nm.pyg, y = String(by);
  if (company && chance(0.55)) {
    const local = wpick([[`${s}${g}`, 3], [`${s}.${g}`, 2], [`${g}.${s}`, 1], [`${s[0]}${g}`, 1], [`${g}${s[0]}`, 0.5], [`${s}${g[0]}`, 0.6]]);
    return `${local}@${company.domain}`;
  }
  if (chance(0.3)) { let q; do { q = genQQ(); } while (q.length < 6); return `${q}@qq.com`; }
  const local = wpick([[`${s}${g}`, 2], [`${s}.${g}`, 1], [`${g}.${s}`, 0.7], [`${s}${g}${y.slice(2)}`, 2], [`${s}${g}${y}`, 1],
    [`${s[0]}${g}${ri(1, 999)}`, 1], [`${s}_${g}`, 1], [`${s}${g}${pad(ri(1, 12))}${pad(ri(1, 28))}`, 0.8],
    [`${pick(['sunny','lucky','happy','tiger','panda','xiaoyu','ayu','momo','kiki','coco','leo','eric','jack','amy','lily','vivi'])}${pick(['_', '', '.'])}${s}${ri(1, 9999)}`, 1.2]]);
  return `${local}@${wpick(MAIL_DOMAINS.filter(([dd]) => dd !== 'qq.com'))}`;
}
function genPerson(d, opt = {}) {
  const nm = genName(d);
  const gender = chance(0.5) ? '男' : '女';
  const by = opt.by || birthYear();
  const reg = pick(REGIONS);
  const id = genIdFor(reg, gender, by);
  const card = genCard();
  const city = chance(0.7) ? reg[2] : pick(Object.keys(AREA));
  const p = {
    ...nm, gender, by, reg, id, mobile: genMobile(), card: card.no, bank: card.bank,
    email: genEmailFor(nm, by, opt.company), passport: genPassport(), city,
    land: genLandline(city), addr: genAddress(reg),
    en: chance(0.8) ? `${cap(nm.pys)} ${cap(nm.pyg)}` : `${cap(nm.pyg)} ${cap(nm.pys)}`,
  };
  p.bdate = p.id.slice(6, 10) + '-' + p.id.slice(10, 12) + '-' + p.id.slice(12, 14);
  p.age = 2024 - by;
  return p;
}
function cap(s) { return s[0].toUpperCase() + s.slice(1); }

// -------------------------------------------------------------- companies ----
const BRANDS = [['华瑞','huarui'],['恒通','hengtong'],['博远','boyuan'],['鑫达','xinda'],['天成','tiancheng'],['云帆','yunfan'],['星河','xinghe'],
  ['青禾','qinghe'],['启明','qiming'],['蓝海','lanhai'],['嘉禾','jiahe'],['远航','yuanhang'],['泰和','taihe'],['中科瑞','zkrui'],['诚信达','cxd'],
  ['乐途','letu'],['优品','youpin'],['德润','derun'],['凯旋','kaixuan'],['汇聚','huiju'],['宏图','hongtu'],['安信','anxin'],['盛世','shengshi'],['朗睿','langrui']];
const INDUSTRY = ['科技','信息技术','贸易','物流','电子商务','餐饮管理','建材','文化传媒','医疗器械','教育咨询','供应链管理','装饰工程','网络科技','商贸'];
function genUSCC(kind) {
  for (;;) {
    const t = kind || wpick([['91', 70], ['92', 10], ['93', 2], ['12', 6], ['11', 3], ['52', 4], ['51', 3], ['31', 2]]);
    const r = pick(REGIONS)[0];
    const reg = wpick([[r, 5], [r.slice(0, 4) + '00', 3], [r.slice(0, 2) + '0000', 1]]);
    let b8;
    if (t[0] === '9' && chance(0.65)) {
      b8 = 'MA' + ri(0, 9); for (let i = 0; i < 5; i++) b8 += UA[ri(0, chance(0.5) ? 9 : 30)];
    } else b8 = nzdigs(8);
    const b17 = t + reg + b8 + orgCheckChar(b8);
    const u = b17 + usccCheckChar(b17);
    if (idValidLoose(u) || (/^\d{18}$/.test(u) && luhnOk(u))) continue;
    return u;
  }
}
function genCompany(cityHint) {
  const reg = pick(REGIONS);
  const city = cityHint || reg[2];
  const [b, bp] = pick(BRANDS);
  const ind = pick(INDUSTRY);
  const name = `${city.replace(/市$/, '')}${b}${ind}有限公司`;
  const domain = `${bp}${pick(['', 'tech', 'group', 'cn', 'sh', 'bj', 'sz', 'hz'])}.${pick(['com', 'com.cn', 'cn', 'net'])}`;
  return { name, short: b, domain, uscc: genUSCC(chance(0.9) ? '91' : undefined), city, land: genLandline(city) };
}

// ------------------------------------------------------------- formatters ----
function fmtMobile(v, style) {
  style = style || wpick([['plain', 46], ['s344', 10], ['d344', 7], ['s434', 3], ['p86', 5], ['p86s', 4], ['p86d', 4], ['p86s344', 4],
    ['0086', 3], ['0086d', 2], ['paren86', 3], ['fw', 4], ['fwmix', 2], ['86s', 1.5]]);
  const a = v.slice(0, 3), b = v.slice(3, 7), c = v.slice(7);
  switch (style) {
    case 'plain': return v;
    case 's344': return `${a} ${b} ${c}`;
    case 'd344': return `${a}-${b}-${c}`;
    case 's434': return `${v.slice(0, 4)} ${v.slice(4, 7)} ${v.slice(7)}`;
    case 'p86': return `+86${v}`;
    case 'p86s': return `+86 ${v}`;
    case 'p86d': return `+86-${a}-${b}-${c}`;
    case 'p86s344': return `+86 ${a} ${b} ${c}`;
    case '0086': return `0086${v}`;
    case '0086d': return `0086-${v}`;
    case 'paren86': return pick([`（+86）${v}`, `(+86)${v}`, `(86)${v}`]);
    case 'fw': return fwDigits(v);
    case 'fwmix': return fwSome(v);
    case '86s': return `86 ${v}`;
  }
  return v;
}
function fmtId(v, style) {
  style = style || wpick([['plain', 72], ['lowerx', v.endsWith('X') ? 45 : 0], ['s684', 8], ['fw', 3], ['d684', 1.5]]);
  if (style === 'lowerx' && !v.endsWith('X')) style = 'plain';
  switch (style) {
    case 'lowerx': return v.slice(0, 17) + 'x';
    case 's684': return `${v.slice(0, 6)} ${v.slice(6, 14)} ${v.slice(14)}`;
    case 'd684': return `${v.slice(0, 6)}-${v.slice(6, 14)}-${v.slice(14)}`;
    case 'fw': return fw(v);
  }
  return v;
}
function fmtCard(v, style) {
  style = style || wpick([['plain', 55], ['s4', 30], ['d4', 6], ['ss4', 3], ['fw', 2]]);
  const g = v.match(/.{1,4}/g);
  switch (style) {
    case 's4': return g.join(' ');
    case 'd4': return g.join('-');
    case 'ss4': return g.join('  ');
    case 'fw': return fwDigits(v);
  }
  return v;
}
function fmtLand(l, style) {
  const { area, sub } = l;
  style = style || wpick([['dash', 40], ['paren', 10], ['fwparen', 5], ['space', 8], ['split', 8], ['plain', 6], ['intl', 5], ['intld', 3], ['fwdash', 2]]);
  const h = sub.length === 8 ? [sub.slice(0, 4), sub.slice(4)] : [sub.slice(0, 3), sub.slice(3)];
  switch (style) {
    case 'dash': return `${area}-${sub}`;
    case 'paren': return `(${area})${sub}`;
    case 'fwparen': return `（${area}）${sub}`;
    case 'space': return `${area} ${sub}`;
    case 'split': return chance(0.5) ? `${area}-${h[0]}-${h[1]}` : `${area} ${h[0]} ${h[1]}`;
    case 'plain': return area + sub;
    case 'intl': return `+86 ${area.slice(1)} ${h[0]} ${h[1]}`;
    case 'intld': return `+86-${area.slice(1)}-${sub}`;
    case 'fwdash': return fw(`${area}-${sub}`);
  }
  return `${area}-${sub}`;
}
function extSuffix() { return pick([` 转 ${ri(801, 899)}`, `转${ri(8001, 8999)}`, ` 分机 ${ri(201, 299)}`, ` ext. ${ri(100, 899)}`, `-转${ri(10, 99)}`]); }
function fmtEmail(v, style) {
  style = style || wpick([['plain', 60], ['angle', 12], ['mailto', 5], ['fwat', 6], ['upper', 8], ['allupper', 2]]);
  switch (style) {
    case 'fwat': return v.replace('@', '＠');
    case 'upper': { const [l, dmn] = v.split('@'); return l.replace(/(^|[._])([a-z])/g, (m, p1, c) => p1 + c.toUpperCase()) + '@' + (chance(0.3) ? dmn.toUpperCase() : dmn); }
    case 'allupper': return v.toUpperCase();
  }
  return v; // angle / mailto wrappers are added by the caller via emailW
}

// -------------------------------------------------------------------- Doc ----
class Doc {
  constructor(kind) { this.kind = kind; this.ents = []; this.dc = []; this.decoys = []; this.written = []; this.usedNames = new Set(); this.noPassportCtx = false; }
  E(det, val, w = val) { this.ents.push({ detector: det, value: val }); this.written.push({ det, w, val, t: 'E' }); return w; }
  D(det, val, w = val) { this.dc.push({ detector: det, value: val }); this.written.push({ det, w, val, t: 'D' }); return w; }
  X(kind, text) { this.decoys.push({ kind, text }); return text; }
  person(opt) { return genPerson(this, opt); }
  name(p) { return this.E('person_name_zh', typeof p === 'string' ? p : p.name); }
  nameDC(p) { return this.D('person_name_zh', typeof p === 'string' ? p : p.name); }
  mob(p, style) { const v = typeof p === 'string' ? p : p.mobile; return this.E('cn_mobile', v, fmtMobile(v, style)); }
  id(p, style) { const v = typeof p === 'string' ? p : p.id; return this.E('cn_resident_id', v, fmtId(v, style)); }
  card(p, style) { const v = typeof p === 'string' ? p : p.card; return this.E('bank_card', v, fmtCard(v, style)); }
  land(l, style, ext) { const w = this.E('cn_landline', l.value, fmtLand(l, style)); return ext ? w + extSuffix() : w; }
  landDC(l, style) { return this.D('cn_landline', l.value, fmtLand(l, style)); }
  mail(p, style) {
    const v = (typeof p === 'string' ? p : p.email).toLowerCase();
    style = style || wpick([['plain', 62], ['angle', 12], ['mailto', 5], ['fwat', 6], ['upper', 8], ['allupper', 2]]);
    const w = this.E('email', v, fmtEmail(v, style));
    if (style === 'angle') return `<${w}>`;
    if (style === 'mailto') return `mailto:${w}`;
    return w;
  }
  mailDC(v) { return this.D('email', v.toLowerCase(), v); }
  uscc(c, style) {
    const v = typeof c === 'string' ? c : c.uscc;
    const w = style === 'spaced' || (!style && chance(0.04)) ? `${v.slice(0, 2)} ${v.slice(2, 8)} ${v.slice(8)}` : v;
    return this.E('cn_uscc', v, w);
  }
  pass(p) { return this.E('cn_passport', typeof p === 'string' ? p : p.passport); }
}

// ----------------------------------------------------------------- decoys ----
// every digit run of a decoy must be unusable as an entity value
function landlineShape(r) {
  for (const [a, len] of Object.values(AREA)) if (r.startsWith(a) && r.length === a.length + len && /[2-8]/.test(r[a.length])) return true;
  return false;
}
function runUnsafe(r, next) {
  if (r.length === 11 && mobileLike(r)) return 'mobile';
  if (r.length === 18 && idValidLoose(r)) return 'id';
  if (r.length === 17 && /[Xx]/.test(next || '') && idValidLoose(r + 'X')) return 'id';
  if (r.length >= 16 && r.length <= 19 && luhnOk(r) && !/[A-Za-z]/.test(next || '')) return 'card';
  if (r.length === 15 && legacyPlausible(r)) return 'id15';
  if (r.length === 18 && usccValid(r)) return 'uscc';
  if ((r.length === 10 || r.length === 11 || r.length === 12) && r[0] === '0' && landlineShape(r)) return 'landline';
  return null;
}
function decoySafe(text) {
  const t = text.normalize('NFKC');
  for (const m of t.matchAll(/\d+/g)) if (runUnsafe(m[0], t[m.index + m[0].length])) return false;
  if (/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/.test(t) && !/@\d+x\./.test(t)) return false;
  return true;
}
function safe(gen) { for (let i = 0; i < 500; i++) { const s = gen(); if (s && decoySafe(s)) return s; } throw new Error('no safe decoy'); }

function rDate(y0 = 2023, y1 = 2025) {
  const t0 = Date.UTC(y0, 0, 1), t1 = Date.UTC(y1, 5, 30);
  return new Date(t0 + Math.floor(rand() * (t1 - t0)));
}
const ymd = (dt, sep = '-') => `${dt.getUTCFullYear()}${sep}${pad(dt.getUTCMonth() + 1)}${sep}${pad(dt.getUTCDate())}`;
const hms = (dt, sec = true) => `${pad(dt.getUTCHours())}:${pad(dt.getUTCMinutes())}${sec ? ':' + pad(dt.getUTCSeconds()) : ''}`;
const compact = (dt) => ymd(dt, '') + pad(dt.getUTCHours()) + pad(dt.getUTCMinutes()) + pad(dt.getUTCSeconds());
const later = (dt, s0, s1) => new Date(dt.getTime() + ri(s0, s1) * 1000);

const DK = {
  order(d) {
    const t = safe(() => wpick([
      [() => `${ri(1, 4)}${digs(18)}`, 3],
      [() => { const dt = rDate(); return compact(dt) + digs(ri(4, 6)); }, 3],
      [() => `${ymd(rDate(), '').slice(2)}-${digs(15)}`, 1.5],
      [() => `${ri(2, 3)}${digs(11)}`, 1.5],
      [() => `${ri(7, 9)}${digs(ri(13, 15))}`, 1],
      [() => `DD${ymd(rDate(), '')}${digs(8)}`, 0.8],
      [() => `${pick(['TB', 'PO', 'SO', 'XS', 'CG'])}${ymd(rDate(), '')}${pad(ri(1, 9999), 4)}`, 1],
    ])());
    return d.X('order_number', t);
  },
  waybill(d) {
    const t = safe(() => wpick([
      [() => `SF${ri(1, 9)}${digs(12)}`, 4], [() => `YT${ri(1, 9)}${digs(12)}`, 2], [() => `JT${ri(1, 9)}${digs(12)}`, 1.5],
      [() => `7${ri(3, 8)}${digs(12)}`, 2], [() => `4${ri(3, 6)}${digs(11)}`, 1], [() => `JDVA${digs(11)}`, 1.5],
      [() => { const b = digs(8); return `E${pick('ABCEL'.split(''))}${b}${ri(0, 9)}CN`; }, 0.8], [() => `DPK${digs(12)}`, 0.5],
    ])());
    return d.X('waybill_number', t);
  },
  txn(d) {
    const t = safe(() => wpick([
      [() => `4200${digs(6)}${ymd(rDate(), '')}${digs(10)}`, 3],
      [() => `${ymd(rDate(), '')}2200${digs(16)}`, 2],
      [() => `${ymd(rDate(), '')}${digs(ri(20, 24))}`, 1.5],
      [() => { let s = ''; const al = '0123456789abcdef'; for (let i = 0; i < 32; i++) s += pick(al.split('')); return s; }, 0.6],
      [() => `${pick(['wx', 'WX', 'MCH', 'T'])}${ymd(rDate(), '')}${digs(ri(14, 20))}`, 1],
    ])());
    return d.X('transaction_id', t);
  },
  tsMs(d) { return d.X('timestamp_ms', safe(() => String(ri(1701388800, 1751328000)) + digs(3))); },
  tsUnix(d) { return d.X('timestamp_unix', String(ri(1672531200, 1751328000))); },
  dtCompact(d) { return d.X('datetime_compact', safe(() => compact(rDate()) + (chance(0.25) ? digs(3) : ''))); },
  imei(d) { return d.X('imei', safe(() => luhnComplete('86' + digs(12)))); },
  meid(d) { return d.X('meid', chance(0.5) ? 'A0000' + Array.from({ length: 9 }, () => pick('0123456789ABCDEF'.split(''))).join('') : safe(() => '99000' + digs(9))); },
  qq(d) { return d.X('qq_number', genQQ()); },
  unalloc(d) { return d.X('unallocated_mobile', pick(['154', '194', '140', '141', '144', '146', '100', '101', '120', '121', '123']) + digs(8)); },
  masked(d, p) {
    p = p || genPerson(null);
    const t = wpick([
      [() => p.mobile.slice(0, 3) + '****' + p.mobile.slice(7), 4],
      [() => p.mobile.slice(0, 3) + '*****' + p.mobile.slice(8), 0.7],
      [() => p.mobile.slice(0, 3) + 'xxxx' + p.mobile.slice(7), 0.6],
      [() => p.id.slice(0, 6) + '********' + p.id.slice(14), 2],
      [() => p.id.slice(0, 3) + '*'.repeat(11) + p.id.slice(14), 0.7],
      [() => p.id.slice(0, 1) + '*'.repeat(16) + p.id.slice(17), 0.7],
      [() => p.id.slice(0, 10) + '****' + p.id.slice(14), 0.8],
      [() => `尾号${p.card.slice(-4)}`, 2],
      [() => `${p.card.slice(0, 4)} **** **** ${p.card.slice(-4)}`, 1.5],
      [() => `${p.card.slice(0, 6)}******${p.card.slice(-4)}`, 1.2],
      [() => p.surname + (chance(0.5) ? '*' : '**'), 1],
      [() => p.email.replace(/^(.{2})[^@]*@/, '$1***@'), 0.8],
    ])();
    return d.X('masked_value', t);
  },
  maskMob(d, p) { p = p || genPerson(null); return d.X('masked_value', p.mobile.slice(0, 3) + pick(['****', '****', '****', 'xxxx', '*****'.slice(0, 4)]) + p.mobile.slice(7)); },
  maskId(d, p) { p = p || genPerson(null); return d.X('masked_value', pick([() => p.id.slice(0, 6) + '********' + p.id.slice(14), () => p.id.slice(0, 3) + '*'.repeat(11) + p.id.slice(14), () => p.id.slice(0, 10) + '****' + p.id.slice(14), () => p.id.slice(0, 1) + '*'.repeat(16) + p.id.slice(17)])()); },
  maskCard(d, p) { p = p || genPerson(null); return d.X('masked_value', pick([() => `${p.card.slice(0, 4)} **** **** ${p.card.slice(-4)}`, () => `${p.card.slice(0, 6)}******${p.card.slice(-4)}`, () => `****${p.card.slice(-4)}`])()); },
  badIdCheck(d) {
    const p = genPerson(null); const good = p.id; const alt = '0123456789X'.split('').filter((c) => c !== good[17]);
    return d.X('invalid_id_check', safe(() => good.slice(0, 17) + pick(alt)));
  },
  badIdDate(d) {
    const reg = pick(REGIONS)[0];
    const t = safe(() => {
      const y = ri(1960, 2002);
      const [m, dd] = pick([[13, ri(1, 28)], [ri(1, 12), 32], [2, 30], [0, ri(1, 28)], [ri(1, 12), 0], [4, 31], [2, 29]]);
      if (isRealDate(y, m, dd)) return null;
      const b = reg + y + pad(m) + pad(dd) + digs(3); return b + idCheckChar(b);
    });
    return d.X('invalid_id_date', t);
  },
  luhnBad(d) { return d.X('luhn_invalid_number', safe(() => { const s = pick(['1', '2', '3', '7', '8', '9']) + digs(ri(15, 18)); return luhnOk(s) ? null : s; })); },
  vcode(d) { return d.X('verification_code', digs(pick([4, 6, 6, 6]))); },
  postal(d) { return d.X('postal_code', pick(['100020', '100101', '200030', '200120', '518057', '518000', '310012', '610041', '430070', '510630', '210008', '300072', '710061', '650031', '266071'])); },
  amount(d, size) { // s: everyday prices, m: orders/fees, l: contract sums
    size = size || wpick([['s', 3], ['m', 3], ['l', 1]]);
    const y = () => `${ri(0, 99) < 60 ? pad(ri(0, 99)) : '00'}`;
    const t = size === 's' ? wpick([[() => `¥${ri(1, 499)}.${y()}`, 2], [() => `${ri(1, 499)}.${y()}元`, 2], [() => `￥${ri(1, 499)}.00`, 1]])()
      : size === 'm' ? wpick([[() => `¥${ri(1, 99)},${pad(ri(0, 999), 3)}.${y()}`, 2], [() => `${ri(500, 99999)}.${y()}元`, 2], [() => `￥${ri(500, 9999)}.00`, 1], [() => `RMB ${ri(1, 99)},${pad(ri(0, 999), 3)}.00`, 0.6]])()
      : wpick([[() => `¥${ri(1, 99)},${pad(ri(0, 999), 3)},${pad(ri(0, 999), 3)}.${y()}`, 2], [() => `${ri(10, 900)}万元`, 1], [() => `RMB ${ri(100, 999)},${pad(ri(0, 999), 3)}.00`, 1]])();
    return d.X('amount', t);
  },
  coords(d) { return d.X('coordinates', pick([() => `${(ri(1020000, 1260000) / 10000).toFixed(6)},${(ri(220000, 420000) / 10000).toFixed(6)}`, () => `lat=${(ri(220000, 420000) / 10000).toFixed(6)}&lng=${(ri(1020000, 1260000) / 10000).toFixed(6)}`, () => `N${ri(22, 41)}°${ri(0, 59)}′${ri(0, 59)}″ E${ri(102, 125)}°${ri(0, 59)}′`])()); },
  ip(d) { return d.X('ip_address', pick([() => `192.168.${ri(0, 9)}.${ri(2, 254)}`, () => `10.${ri(0, 255)}.${ri(0, 255)}.${ri(1, 254)}`, () => `172.${ri(16, 31)}.${ri(0, 255)}.${ri(1, 254)}`, () => `${pick(['114', '116', '117', '120', '183', '223', '39', '58', '61'])}.${ri(1, 254)}.${ri(1, 254)}.${ri(1, 254)}`])()); },
  version(d) { return d.X('version_number', pick([() => `v${ri(1, 9)}.${ri(0, 20)}.${ri(0, 99)}`, () => `${ri(1, 13)}.${ri(0, 9)}.${ri(0, 9999)}`, () => `V${ri(1, 5)}.${ri(0, 9)}.${ri(0, 9)}.${ymd(rDate(), '')}`, () => `Build ${ri(1000, 9999)}`, () => `iOS ${ri(15, 18)}.${ri(0, 6)}.${ri(0, 2)}`, () => `Android ${ri(10, 14)}`, () => `8.0.${ri(40, 55)}`])()); },
  service(d) {
    return d.X('service_number', wpick([
      [() => `400-${ri(100, 999)}-${digs(4)}`, 4], [() => `400${ri(100, 999)}${digs(4)}`, 1], [() => `4008-${digs(3)}-${digs(3)}`, 1],
      [() => `800-${ri(800, 999)}-${digs(4)}`, 1.5], [() => pick(['95588', '95533', '95555', '95599', '95566', '95559', '95338', '95311', '95546', '96369']), 2],
      [() => pick(['10086', '10010', '10000', '12345', '12306', '12315', '114']), 1.5], [() => `1069${digs(ri(6, 9))}`, 1],
    ])());
  },
  word(d, w) { return d.X('surname_word', w || pick(SURNAME_WORDS)); },
  excel(d, kind) {
    const f = (v, k) => `${v[0]}.${v.slice(1, k).replace(/0+$/, '') || '0'}E+${v.length - 1}`;
    const p = genPerson(null);
    const t = kind === 'id' ? f(p.id, 6) : kind === 'card' ? f(p.card, 6) : f(p.mobile, 6);
    return d.X('excel_scientific', t);
  },
  invoice(d) {
    return d.X('invoice_number', wpick([[() => `${pick(['0', '1'])}${pick(['4403', '4401', '1100', '3301'])}${ri(19, 24)}${digs(5)}`, 1],
      [() => pad(ri(1, 99999999), 8), 2], [() => safe(() => `${ri(23, 25)}${pick(['44', '11', '31', '33'])}2000000${digs(9)}`), 1.2]])());
  },
  partNo(d) { return d.X('part_number', pick([() => `E${nzdigs(8)}`, () => `G${nzdigs(8)}`, () => `EA${nzdigs(7)}`])()); },
  sn(d) { return d.X('device_serial', pick([() => `${pick(['C02', 'F4', 'DX', 'HX'])}${Array.from({ length: 9 }, () => pick('0123456789ABCDEFGHJKLMNPQRTUVWXYZ'.split(''))).join('')}`, () => `SN${ymd(rDate(), '')}${digs(6)}`])()); },
  iccid(d) { return d.X('iccid', luhnComplete('898600' + digs(13))); },
  snowflake(d) { return d.X('snowflake_id', safe(() => `1${ri(7, 8)}${digs(17)}`)); },
  alipayUid(d) { return d.X('alipay_user_id', safe(() => '2088' + digs(12))); },
  ticket(d) { return d.X('ticket_number', pick([() => `GD${ymd(rDate(), '')}${pad(ri(1, 9999), 4)}`, () => `${pick(['781', '999', '784', '880'])}-${nzdigs(10)}`, () => `INC${digs(7)}`, () => `#${ri(10000, 999999)}`, () => `CS-${ymd(rDate(), '')}-${digs(5)}`])()); },
  emailLike(d) { return d.X('email_like', pick(['icon@2x.png', 'logo@3x.png', 'banner@2x.jpg', 'git@gitee.com:crm-team/customer-sync.git', 'git@github.com:acme/lg-agent.git', '@vue/cli', '@tarojs/taro', 'root@localhost', '@media', 'avatar@2x.webp'])); },
  meeting(d) { return d.X('meeting_id', safe(() => `${ri(100, 999)} ${ri(100, 999)} ${ri(100, 999)}`)); },
  corpAcct(d) { return d.X('corporate_account', safe(() => wpick([[() => `${ri(1, 4)}${digs(ri(13, 18))}`, 1], [() => `755${digs(9)}${pad(ri(1, 9999), 4)}`, 1], [() => `3${digs(ri(15, 21))}`, 1]])())); },
  member(d) { return d.X('member_number', safe(() => wpick([[() => nzdigs(ri(8, 10)), 1], [() => `VIP${digs(8)}`, 0.5], [() => `M${digs(10)}`, 0.5], [() => `0${digs(9)}`, 0.5]])())); },
  uid(d) { return d.X('user_id', safe(() => nzdigs(ri(6, 10)))); },
  trace(d) { return d.X('trace_id', Array.from({ length: pick([16, 24, 32]) }, () => pick('0123456789abcdef'.split(''))).join('')); },
  train(d) { return d.X('train_number', `${pick(['G', 'D', 'K', 'Z', 'T'])}${ri(1, 2999)}`); },
  flight(d) { return d.X('flight_number', `${pick(['MU', 'CA', 'CZ', 'HU', 'ZH', '3U', 'FM'])}${ri(1000, 9999)}`); },
  plate(d) { return d.X('license_plate', `${pick('京沪粤浙苏川鄂湘鲁豫'.split(''))}${pick('ABCDEF'.split(''))}${pick(['·', '', ' '])}${pick(['D', 'F', ''])}${Array.from({ length: 5 }, () => pick('0123456789ABCDEFGHJKLMNPQ'.split(''))).join('').slice(0, pick([5, 5, 4]))}`); },
  pickupCode(d) { return d.X('pickup_code', `${ri(1, 9)}-${ri(1, 9)}-${ri(1001, 9999)}`); },
};
const SURNAME_WORDS = ['王者荣耀','高铁','周报','张家界','林场','金额','黄金','马上','安全','方便','常用','明天','向前','余额','周末','高速','文件',
  '成功','关于','程序','任务','石头','田园','叶子','黄山','张家口','王府井','周口','高新区','宋体','许可','韩剧','金卡','白条','杨梅','江边','何时','常规','易拉宝','付款','费用'];

// -------------------------------------------------------------- templates ----
const NICKS = ['阿杰','小鱼儿🐟','🌸静静','Sunny','老王卖瓜','销售-小李','客服小美','大橙子','木子','A琳达','风一样的男子','晴天☀','Tony','财务-Amy',
  '一只猫','Kevin_Sh','🍀四叶草','奔跑的蜗牛','小助理','店长-阿花','老刘','小胖','路人甲','Jason','Coco','仓库-阿强','Vicky🌷','追风少年','小七',
  '售后-大伟','A-运营-糖糖','June','海阔天空','北京-渠道-Leo','深圳 - 老K','等风来','momo','小太阳','财务部-小丁','阿May','老猫','Ryan','静待花开','🐳鲸鱼'];
const TITLE_SUFFIX = ['经理','总','姐','哥','工','老师','主管','师傅','女士','先生','小姐'];
function titleForm() { return pick(SURN_RAW.slice(0, 45))[0] + pick(TITLE_SUFFIX); }
const BRANCH = () => `${pick(['北京','上海','深圳','杭州','成都','武汉','南京','西安','广州'])}${pick(['分行','分行营业部',pick(['科技园','中关村','陆家嘴','望京','天河','西湖','高新'])+'支行'])}`;
const RELS = ['配偶', '父亲', '母亲', '兄弟', '姐妹', '朋友', '同事', '亲属'];
const NOISE = ['收到','好的👌','[图片]','[语音] 12"','[动画表情]','👍','哈哈哈','辛苦了','我看一下','稍等','[撤回了一条消息]','已处理','OK','嗯嗯','在吗','明白',
  '[文件] 客户名单.xlsx','谢谢！','[链接] 客户信息收集表','好滴','😂😂','等我下','这个谁负责的？','收到，马上处理'];
function cnSpoken(num) { return num.split('').map((c) => (c === '1' ? pick(['幺', '一', '幺']) : '零一二三四五六七八九'[+c])).join(''); }
function ocrConfuse(v) { // O/0, l/1, B/8 look-alikes (only ever used for dontCare values)
  const sub = { 0: 'O', 1: 'l', 8: 'B' };
  const idx = [...v].map((c, i) => (i > 0 && sub[c] ? i : -1)).filter((i) => i >= 0);
  const must = pick(idx);
  return [...v].map((c, i) => (i === must || (idx.includes(i) && chance(0.35)) ? sub[c] : c)).join('');
}
function legacyId(d) { // 15-digit first-generation ID (dontCare, both forms)
  const p = genPerson(null, { by: ri(1935, 1969) });
  const l15 = p.id.slice(0, 6) + p.id.slice(8, 17);
  d.D('cn_resident_id', idUpgrade15(l15), l15);
  return d.D('cn_resident_id', l15);
}

const CHAT = [
  [3, (d, c) => { const p = c.p(); return `客户电话 ${d.mob(p)} 身份证发你了 ${d.id(p)}`; }],
  [3, (d, c) => { const p = c.p(); return `@${c.nick()} 这个客户${d.name(p)} ${d.mob(p)} ${pick(['明天上午回访一下', '下午帮忙跟进', '说要退货', '还没付尾款', '想改收货地址', '投诉了，注意态度', '要开发票'])}`; }],
  [2, (d, c) => { const p = c.p(); return `${d.name(p)}，${d.id(p)}，${d.mob(p)}`; }],
  [2, (d, c) => { const p = c.p(); return `客户${d.name(p)}的卡号 ${d.card(p)} ${p.bank}，打款前再核对一下户名`; }],
  [2, (d, c) => { const p = c.p(); return `${pick(['收货人', '收件人', '姓名'])}：${d.name(p)}\n${pick(['电话', '手机', '联系电话'])}：${d.mob(p)}\n地址：${p.addr}`; }],
  [1.5, (d, c) => { const p = c.p(); return `${d.name(p)} 手机：${d.mob(p, 'plain')}${pick(['/', '、', '，', ' / ', '; '])}${d.mob(genMobile(), pick(['plain', 'plain', 'd344']))}`; }],
  [2, (d, c) => { const p = c.p(); return `邮箱 ${d.mail(p)} 合同发这个就行`; }],
  [2.2, (d) => `他们公司的信用代码 ${d.uscc(genUSCC())}，开票用`],
  [0.8, (d) => `${genCompany().name}\n税号：${d.uscc(genUSCC())}\n${pick(['麻烦开普票', '专票', '电子发票就行'])}，金额${DK.amount(d)}`],
  [1.2, (d, c) => { const p = c.p(); return `护照号码 ${d.pass(p)}，${d.name(p)}下周去${pick(['新加坡', '东京', '曼谷', '法兰克福', '迪拜', '吉隆坡'])}出差，帮忙订一下票`; }],
  [1.5, (d, c) => { const p = c.p(); return `座机 ${d.land(p.land)} 找${d.name(p)}，手机老是打不通`; }],
  [0.8, (d) => `老客户，身份证还是15位的：${legacyId(d)}`],
  [0.7, (d) => { const m = genMobile(); const w = cnSpoken(m); d.D('cn_mobile', m, w); return `他电话口述的是${w}，我没听清你再确认下`; }],
  [0.6, (d) => { const m = genMobile(); const w = ocrConfuse(m); d.D('cn_mobile', m, w); return `扫描件上是${w}，有几个字认不清`; }],
  [1, (d, c) => { const p = c.p(); return `复制的时候多了空格，应该是 ${d.id(p, pick(['s684', 'lowerx', 'plain']))}`; }],
  [1, (d) => `表格里手机号全变成 ${DK.excel(d, 'mobile')} 这种了，谁会改回来😭`],
  [2, (d) => `订单号 ${DK.order(d)} 客户说没收到货`],
  [1.5, (d) => `${pick(['顺丰单号', '快递单号', '运单号'])}：${DK.waybill(d)}`],
  [1.5, (d, c) => `${d.X('masked_value', '尾号' + c.p().card.slice(-4))}的那个客户又打电话来了`],
  [1.2, (d, c) => `${DK.masked(d, c.p())} 这个是不是打错了`],
  [1, (d) => `验证码 ${DK.vcode(d)}，五分钟内有效，别外传`],
  [1.2, (d) => `转账成功，交易单号 ${DK.txn(d)}`],
  [1, (d) => `${DK.word(d, '周报')}发群里了，大家看一下`],
  [0.6, (d) => `今天${DK.word(d, '高铁')}晚点，${ri(14, 22)}点才到`],
  [0.5, (d) => `晚上${DK.word(d, '王者荣耀')}开黑吗`],
  [0.5, (d) => `${DK.word(d, '张家界')}团建报名截止${DK.word(d, '明天')}中午`],
  [0.8, (d) => `${DK.word(d, '马上')}到`],
  [0.8, (d) => `${DK.word(d, '方便')}的话回个电话 ${d.mob(genMobile())}`],
  [1, (d) => `${DK.word(d, '金额')}：${DK.amount(d)}，已到账`],
  [0.5, (d) => `${DK.word(d, '黄金')}会员的权益改了，看公告`],
  [0.8, (d, c) => `${DK.word(d, '安全')}起见身份证中间打码了：${d.X('masked_value', c.p().id.slice(0, 6) + '********' + c.p().id.slice(14))}`],
  [0.8, (d) => `客服热线是 ${DK.service(d)}，让客户自己打`],
  [0.6, (d) => `他QQ ${DK.qq(d)}，加一下`],
  [0.5, (d) => `接口返回的时间戳 ${DK.tsMs(d)} 对不上`],
  [0.5, (d) => `会员号 ${DK.unalloc(d)} 查不到这个人`],
  [0.4, (d) => `腾讯会议 ${DK.meeting(d)}，三点开`],
  [0.4, (d) => `${DK.word(d, '明天')}${pick(['上午', '下午'])}去${DK.word(d, '张家口')}拜访客户`],
  [0.5, (d) => `合同号 ${DK.luhnBad(d)} 盖章版已寄出`],
  [0.3, (d) => `档案编号 ${DK.badIdCheck(d)}，${pick(['归档了', '别弄混了'])}`],
  [0.4, (d) => `他那个身份证号是不是输错了一位？${d.X('invalid_id_check', DK.badIdCheck({ X: (k, t) => t }))} 系统说校验不过`],
  [4, () => pick(NOISE)],
  [1, (d) => `${DK.word(d, pick(['常用', '周末', '余额', '付款', '费用']))}${pick(['那个表我更新了', '的事明天说', '记得核对', '有问题找财务'])}，${pick(['单号', '流水号'])} ${pick([DK.order, DK.txn, DK.ticket])(d)}`],
  [0.8, (d) => `${pick(['IMEI', '设备号'])} ${DK.imei(d)} 这台机器被锁了`],
  [0.6, (d) => `他的会员卡号 ${DK.member(d)}，积分清零了`],
  [0.6, (d) => `${pick(['发票号码', '发票代码'])} ${DK.invoice(d)} 作废重开`],
  [0.5, (d) => `支付宝那笔 ${DK.txn(d)} 退回去了`],
  [0.5, (d) => `登录IP ${DK.ip(d)}，APP版本 ${DK.version(d)}`],
  [0.5, (d) => `定位发我：${DK.coords(d)}`],
];
const CHAT_W = CHAT.map(([w, f]) => [f, w]);
function chatCtx(d, nCust) {
  const custs = Array.from({ length: nCust || ri(1, 3) }, () => d.person());
  const pool = shuffle(NICKS.slice()).slice(0, ri(3, 5)).map((t) => ({ t }));
  if (chance(0.5)) pool.push({ t: titleForm(), dc: true });
  if (chance(0.25)) pool.push({ t: genName(d).name, dc: true });
  const used = new Set();
  const c = {
    custs, p: () => pick(custs),
    speaker() { const s = pick(pool); if (s.dc && !used.has(s.t)) { used.add(s.t); d.D('person_name_zh', s.t); } return s.t; },
    nick() { return pick(pool.filter((x) => !x.dc)).t; },
    msg() { return wpick(CHAT_W)(d, c); },
  };
  return c;
}

function tWechat(d) {
  const c = chatCtx(d);
  const group = pick(['客户对接群', '华东区销售群', '售后处理群（内部）', '618大促客服群', '项目沟通群', '财务报销群', '门店店长群', '渠道合作群', '理赔协调群', '业主群3期', '贷后催收组', '装修客户群']);
  const style = pick(['A', 'B', 'C', 'D']);
  let dt = rDate();
  const out = [];
  if (style === 'A') out.push(`微信群「${group}」聊天记录`, `导出时间：${ymd(dt)} ${hms(dt)}`, '');
  else if (style === 'B') out.push(`—————  ${dt.getUTCFullYear()}年${dt.getUTCMonth() + 1}月${dt.getUTCDate()}日  —————`);
  else if (style === 'C') out.push(`群聊: ${group}`);
  else out.push(`${group}(${ri(3, 480)})`);
  const n = ri(9, 18);
  for (let i = 0; i < n; i++) {
    dt = later(dt, 5, 900);
    const sp = c.speaker();
    const msg = chance(0.04) ? `"${sp}"邀请"${c.nick()}"加入了群聊` : c.msg();
    if (style === 'A') out.push(`${sp} ${ymd(dt)} ${hms(dt)}`, msg, '');
    else if (style === 'B') out.push(`[${hms(dt, false)}] ${sp}：${msg}`);
    else if (style === 'C') out.push(`${dt.getUTCFullYear()}/${dt.getUTCMonth() + 1}/${dt.getUTCDate()} ${dt.getUTCHours()}:${pad(dt.getUTCMinutes())} ${sp}: ${msg}`);
    else out.push(`${sp}:`, msg);
  }
  return out.join('\n');
}

function tQQ(d) {
  const c = chatCtx(d);
  const out = ['消息记录（此消息记录为文本格式，不支持重新导入）', '', '================================================================',
    `消息分组:${pick(['我的QQ群', '我的好友', '客户', '同事'])}`, '================================================================',
    `消息对象:${pick(['售后交流群', '代理商①群', '老客户群', c.nick()])}`, '================================================================', ''];
  const members = Array.from({ length: ri(2, 4) }, () => {
    if (chance(0.35)) { const q = genQQ(); return { nick: c.nick(), tag: () => `<${d.mail(`${q}@qq.com`, 'plain')}>` }; }
    const q = genQQ(); return { nick: c.nick(), tag: () => `(${d.X('qq_number', q)})` };
  });
  let dt = rDate();
  for (let i = 0, n = ri(7, 14); i < n; i++) {
    dt = later(dt, 3, 1200);
    const m = pick(members);
    out.push(`${ymd(dt)} ${hms(dt)} ${m.nick}${m.tag()}`, c.msg(), '');
  }
  return out.join('\n');
}

function tJielong(d) {
  const topic = pick([`周六${pick(['奥森', '世纪公园', '西湖', '东湖'])}团建报名`, '618加班餐订餐', '年会抽奖登记', '保险团购登记（需身份证）', '体检预约统计', '家长会签到', '小区团购水果']);
  const needId = topic.includes('身份证') || topic.includes('体检') || chance(0.2);
  const out = ['#接龙', topic];
  if (chance(0.6)) { out.push(`例 ${d.D('person_name_zh', '张三')} 138xxxxxxxx${needId ? ' 身份证号' : ''}`); d.X('masked_value', '138xxxxxxxx'); }
  if (chance(0.6)) out.push(`费用 ${DK.amount(d, 's')}/人，转账备注手机${d.X('masked_value', '尾号' + digs(4))}`);
  if (chance(0.4)) out.push(`腾讯会议 ${DK.meeting(d)}`);
  out.push('');
  for (let i = 1, n = ri(4, 12); i <= n; i++) {
    const r = rand();
    if (r < 0.18) { out.push(`${i}. ${pick(NICKS)} +1`); continue; }
    if (r < 0.24) { out.push(`${i}. ${d.nameDC(genName(d).name)} ${pick(['+1', '', '（带家属）', '已交'])}`); continue; }
    if (r < 0.27) { out.push(`${i}. ${DK.word(d, pick(['周报', '马上', '明天']))}${pick(['补', '再说', '交'])}`); continue; }
    const p = d.person();
    let s = `${i}. ${d.name(p)} ${d.mob(p, pick(['plain', 'plain', 'plain', 's344', 'd344']))}`;
    if (needId) s += ` ${d.id(p)}`;
    if (chance(0.15)) s += ` ${pick(['素食', '带娃', '已付', '🙋'])}`;
    out.push(s);
  }
  return out.join('\n');
}

function tSms(d) {
  const style = pick(['A', 'B', 'C']);
  let dt = rDate();
  const out = [];
  if (style === 'B') out.push('号码,时间,类型,内容');
  if (style === 'C') out.push(`短信备份 ${ymd(dt)}  共${ri(20, 400)}条`, '');
  const contacts = Array.from({ length: ri(1, 3) }, () => d.person());
  const items = [
    () => { const p = pick(contacts); return [d.mob(p, pick(['plain', 'p86', 'plain'])), `我是${d.name(p)}，新号码${d.mob(p, 'plain')}，旧号停用了`, p]; },
    () => { const p = pick(contacts); return [d.mob(p, 'p86'), `身份证号发你：${d.id(p)}`, p]; },
    () => { const p = pick(contacts); return [d.mob(p, 'plain'), `卡号${d.card(p)} 户名${d.name(p)} ${p.bank}`, p]; },
    () => { const p = pick(contacts); return [d.mob(p, 'plain'), `邮箱是${d.mail(p, 'plain')}，发这个`, p]; },
    () => [DK.service(d), `【${pick(['工商银行', '招商银行', '建设银行', '农业银行'])}】您${d.X('masked_value', '尾号' + genCard().no.slice(-4))}的储蓄卡${dt.getUTCMonth() + 1}月${dt.getUTCDate()}日${hms(dt, false)}支出(消费)${DK.amount(d, pick(['s', 'm']))}，余额${ri(100, 99999)}.${pad(ri(0, 99))}元。`],
    () => [DK.service(d), `【${pick(['美团', '淘宝', '京东', '支付宝', '12306'])}】验证码${DK.vcode(d)}，您正在登录，5分钟内有效。如非本人操作请忽略。`],
    () => { const cm = genMobile(); return [DK.service(d), `【顺丰速运】您的快件${DK.waybill(d)}正在派送，快递员${d.D('person_name_zh', pick(SURN_RAW.slice(0, 30))[0] + '师傅')}（${d.mob(cm)}）`]; },
    () => [DK.service(d), `【菜鸟驿站】取件码${DK.pickupCode(d)}，请凭码到${pick(['幸福里', '学府路', '建国路'])}驿站取件`],
    () => { const nm = genName(d).name; d.nameDC(nm); return [DK.service(d), `【${pick(['市第一人民医院', '妇幼保健院', '口腔医院'])}】${nm}您好，您已预约${ri(6, 12)}月${ri(1, 28)}日上午门诊，就诊卡号${DK.member(d)}。`]; },
    () => [DK.service(d), `【${pick(['中国移动', '中国联通'])}】您的账户余额${ri(1, 99)}.${pad(ri(0, 99))}元，请及时充值。`],
    () => { const p = pick(contacts); return [d.mob(p, 'plain'), `${DK.word(d, '明天')}上午十点到，${pick(['车牌', '车号'])}${DK.plate(d)}`]; },
    () => { const p = pick(contacts); return [d.mob(p, 'plain'), `那个${DK.word(d, '方便')}的话把合同扫描件发${d.mail(genPerson(null).email, 'plain')}`]; },
  ];
  for (let i = 0, n = ri(6, 13); i < n; i++) {
    dt = later(dt, 60, 90000);
    const [from, body] = pick(items)();
    const dir = pick(['收', '收', '发']);
    if (style === 'A') out.push(`${ymd(dt)} ${hms(dt)}  ${dir}  ${from}`, body, '');
    else if (style === 'B') out.push(`"${from}","${ymd(dt, '/')} ${hms(dt)}","${dir === '收' ? '接收' : '发送'}","${body}"`);
    else out.push(`[${dir === '收' ? '收到' : '发出'}] ${from} ${ymd(dt)} ${hms(dt, false)}`, body, '');
  }
  return out.join('\n');
}

function tTicket(d) {
  const p = d.person(); let dt = rDate();
  const L = [];
  const tk = DK.ticket(d);
  const kv = pick(['：', ': ', '：', '\t']);
  L.push(pick([`工单编号${kv}${tk}`, `【工单详情】${tk}`, `Ticket ${tk}`, `服务单号${kv}${tk}`]));
  L.push(`创建时间${kv}${ymd(dt)} ${hms(dt)}`);
  const ch = pick(['400热线', '在线客服', 'APP反馈', '微信公众号', '邮件', '门店转办', '12315转办']);
  L.push(`受理渠道${kv}${ch}`);
  L.push(`${pick(['客户姓名', '姓名', '联系人', '客户', '申请人'])}${kv}${d.name(p)}${pick(['', '', `（${p.gender === '男' ? '先生' : '女士'}）`])}`);
  L.push(`联系电话${kv}${d.mob(p)}${chance(0.3) ? `  备用：${d.land(p.land)}` : ''}`);
  if (ch === '400热线') L.push(`呼入号码${kv}${DK.service(d)}  主叫：${d.mob(p, 'plain')}`);
  if (chance(0.6)) L.push(`证件类型${kv}居民身份证   证件号码${kv}${d.id(p)}`);
  if (chance(0.35)) L.push(`会员号${kv}${DK.member(d)}   等级：${DK.word(d, '黄金')}会员`);
  const prob = pick(['退款未到账', '物流延迟', '商品破损', '重复扣款', '发票问题', '账户被冻结', '修改绑定手机', '换绑银行卡']);
  L.push(`问题类型${kv}${prob}`);
  const desc = [];
  desc.push(`客户反映订单${DK.order(d)}${pick(['于', '在'])}${ymd(later(dt, -864000, -3600))}付款${DK.amount(d, pick(['s', 'm']))}，`);
  if (prob === '换绑银行卡' || chance(0.4)) desc.push(`原卡${DK.maskCard(d, p)}已注销，要求退款至新卡${d.card(p)}（${p.bank}${BRANCH()}），户名${d.name(p)}。`);
  else if (prob === '修改绑定手机') { const nm = genMobile(); desc.push(`原手机${d.X('masked_value', p.mobile.slice(0, 3) + '****' + p.mobile.slice(7))}停用，新手机${d.mob(nm)}，已核验身份。`); }
  else desc.push(`${pick(['物流单号', '运单号'])}${DK.waybill(d)}，${pick(['显示已签收但本人未收到', '三天没有更新', '外包装破损'])}。`);
  if (chance(0.4)) desc.push(`客户要求书面答复发至${d.mail(p)}。`);
  L.push(`问题描述${kv}${desc.join('')}`);
  L.push('处理记录：');
  const agent = chance(0.5) ? d.person() : null;
  for (let i = 0, n = ri(1, 4); i < n; i++) {
    dt = later(dt, 300, 80000);
    const who = agent ? `${d.name(agent)}(工号${DK.uid(d)})` : pick(['客服小美', '客服007', '二线-阿May', '系统']);
    L.push(`  ${ymd(dt).slice(5)} ${hms(dt, false)} ${who}：${lz([
      () => `已致电客户，${pick(['无人接听', '客户表示认可', '客户要求加急', '约定明天再联系'])}`,
      () => `已提交财务退款，流水号${DK.txn(d)}`,
      () => `${DK.word(d, '马上')}升级二线处理`,
      () => `已发送短信验证码${DK.vcode(d)}`,
      () => `客户补充座机${d.land(p.land)}，白天可打`,
      () => '已结单，待回访',
      () => `客户IP ${DK.ip(d)}，疑似异地登录`,
    ])}`);
  }
  if (chance(0.5)) L.push(`设备信息${kv}${pick(['iPhone', 'HUAWEI', 'Xiaomi', 'OPPO'])} / ${DK.version(d)} / IMEI ${DK.imei(d)} / IP ${DK.ip(d)}`);
  if (chance(0.3)) L.push(`企业客户${kv}${(() => { const co = genCompany(); return `${co.name}（${d.uscc(co)}）`; })()}`);
  if (chance(0.3)) L.push(`满意度${kv}${pick(['满意', '一般', '不满意'])}`);
  return L.join('\n');
}

function tCallNote(d) {
  const p = d.person(); const dt = rDate();
  const L = [];
  L.push(lz([() => `【来电记录】${ymd(dt)} ${hms(dt, false)}`, () => `来电小结 ${ymd(dt, '/')} ${hms(dt)}`, () => `#${DK.ticket(d)} 通话记录`]));
  const viaLand = chance(0.3);
  L.push(`来电号码：${viaLand ? d.land(p.land) : d.mob(p)}   归属地：${p.city.replace('市', '')}${pick(['移动', '联通', '电信', ''])}`);
  L.push(`来电人自称${d.name(p)}（${p.gender === '男' ? '先生' : '女士'}），${pick(['身份证后四位', '证件后四位'])}${d.X('masked_value', p.id.slice(-4))}，${pick(['核实通过', '与系统一致', '核实不一致，拒绝办理'])}。`);
  L.push(`诉求：${pick(['咨询贷款提前还款', '信用卡年费减免', '要求注销账户', '投诉扣款', '询问理赔进度', '修改预留手机号'])}，涉及${pick(['保单号', '合同号', '借据号'])}${DK.luhnBad(d)}。`);
  const r = rand();
  if (r < 0.4) L.push(`备注：客户要求以后只打${d.mob(viaLand ? p : genMobile())}，不要打${viaLand ? '座机' : '单位电话'}${viaLand ? '' : d.land(p.land)}；${DK.word(d, '明天')}14:00回访。`);
  else if (r < 0.7) L.push(`备注：客户口述新手机号${(() => { const m = genMobile(); const w = cnSpoken(m); d.D('cn_mobile', m, w); return w; })()}（已复述确认），系统暂未修改。`);
  else L.push(`备注：客户提供收款卡号${d.card(p)}，户名本人，${p.bank}。`);
  if (chance(0.3)) L.push(`${DK.word(d, '安全')}提示：已告知客户勿向他人透露验证码。`);
  L.push(`坐席：${pick(NICKS)}  工号 ${DK.uid(d)}  录音编号 ${DK.snowflake(d)}`);
  return L.join('\n');
}

const JOB = ['销售经理', '客户经理', '商务专员', '采购主管', '财务', '人事专员', 'HRBP', '运营', '项目经理', '区域总监', '售后工程师', '行政助理', '总经理助理', '大客户经理'];
const JOB_EN = ['Sales Manager', 'Account Manager', 'Business Development', 'Purchasing Supervisor', 'Finance', 'HR Specialist', 'Project Manager', 'Regional Director', 'Key Account Manager'];
function signature(d, p, co) {
  const v = pick(['A', 'B', 'C', 'D']);
  if (v === 'A') return ['--', `${d.name(p)} | ${pick(JOB)} | ${co.name}`, `手机：${d.mob(p)}${chance(0.6) ? `  座机：${d.land(p.land, undefined, chance(0.5))}` : ''}`, `邮箱：${d.mail(p, 'plain')}`, `地址：${genAddress(pick(REGIONS))}`].join('\n');
  if (v === 'B') return ['Best regards,', '', `${p.en} ${d.name(p)}`, pick(JOB_EN), co.name, `M: ${d.mob(p, pick(['p86s344', 'p86d', 'p86s', 'p86']))}`, `T: ${d.land(p.land, pick(['intl', 'intld', 'dash']), chance(0.3))}`, `E: ${d.mail(p, pick(['plain', 'upper']))}`].join('\n');
  if (v === 'C') return ['顺颂商祺', '', d.name(p), `${co.name} ${pick(['市场部', '销售部', '客服中心', '财务部', '采购部'])}`, `Tel：${d.land(p.land, 'dash', chance(0.5))}  Mobile：${d.mob(p)}`, `公司总机：${d.landDC(co.land, 'dash')}  客服热线：${DK.service(d)}`].join('\n');
  return [`${d.name(p)}`, `${pick(JOB)}`, `${d.mob(p, pick(['d344', 's344', 'plain']))}`, `${d.mail(p, 'plain')}`, `——————————`, `${co.name}`, `${pick(['本邮件可能包含保密信息，如非收件人请删除。', 'This email may contain confidential information.', ''])}`].join('\n');
}
function tEmail(d) {
  const co = genCompany(); const co2 = genCompany();
  const a = d.person({ company: co }), b = d.person({ company: co2 });
  const cust = d.person();
  const en = chance(0.35);
  let dt = rDate();
  const hdr = (from, to, subj, when, q = '') => {
    const cc = chance(0.5) ? `${q}${en ? 'Cc' : '抄送'}: ${chance(0.5) ? d.mailDC(pick(['service', 'hr', 'finance', 'noreply', 'kefu', 'sales']) + '@' + from.dom) : d.name(d.person()) + ' <' + d.mail(genEmailFor(genName(null), 1990, { domain: from.dom }), 'plain') + '>'}\n` : '';
    return en
      ? `${q}From: ${d.name(from.p)} <${d.mail(from.p, 'plain')}>\n${q}Sent: ${when.toUTCString().replace(' GMT', '')}\n${q}To: ${d.name(to.p)} <${d.mail(to.p, 'plain')}>\n${cc}${q}Subject: ${subj}`
      : `${q}发件人: ${chance(0.3) ? '"' + d.name(from.p) + '"' : d.name(from.p)} <${d.mail(from.p, 'plain')}>\n${q}发送时间: ${when.getUTCFullYear()}年${when.getUTCMonth() + 1}月${when.getUTCDate()}日 ${hms(when, false)}\n${q}收件人: ${d.name(to.p)}<${d.mail(to.p, 'plain')}>\n${cc}${q}主题: ${subj}`;
  };
  const subj = lz([() => `【客户资料】${d.name(cust)} 开户资料补充`, () => '客户信息更新（请勿外传）', () => '关于退款申请的资料', () => '合同签署人信息', () => '报销单据 & 收款账户', () => '供应商准入资料']);
  const bodies = [
    () => `${d.name(b)}你好，\n\n附件是客户${d.name(cust)}的资料：身份证号 ${d.id(cust)}，手机 ${d.mob(cust)}，工资卡 ${d.card(cust)}（${cust.bank}）。\n原件已寄出，运单号 ${DK.waybill(d)}。麻烦今天内录入系统，谢谢！`,
    () => `Hi ${b.en.split(' ')[0]},\n\n客户信息如下（从系统导出）：\n姓名\t手机\t身份证\n${d.name(cust)}\t${d.mob(cust, 'plain')}\t${d.id(cust, 'plain')}\n\n合同号 ${DK.luhnBad(d)}，金额 ${DK.amount(d)}。`,
    () => `各位好：\n\n供应商${co2.name}（统一社会信用代码：${d.uscc(co2)}）准入资料已齐，对接人${d.name(b)}，电话${d.mob(b)}。\n请采购部${DK.word(d, '明天')}之前完成审批。`,
    () => `${d.D('person_name_zh', b.surname + pick(['总', '经理', '老师']))}：\n\n客户${d.name(cust)}要求退款到新卡，卡号 ${d.card(cust, 's4')}，开户行 ${cust.bank}${BRANCH()}。原订单 ${DK.order(d)}，交易单号 ${DK.txn(d)}。\n客户邮箱 ${d.mail(cust)}，处理完请回复客户。`,
    () => `你好，\n\n报销收款账户：${d.name(a)}  ${a.bank}  ${d.card(a)}\n发票号码 ${DK.invoice(d)}，发票代码 ${DK.invoice(d)}。\n谢谢`,
  ];
  const body1 = pick(bodies)();
  const t1 = dt; dt = later(dt, 600, 200000);
  const q = '> ';
  const L = [];
  if (chance(0.5)) L.push(`Message-ID: ${d.X('message_id', `<${compact(dt)}${digs(6)}.${hex(8)}@${pick(['mail', 'smtp', 'mx'])}.${co.domain}>`)}`, `X-Originating-IP: [${DK.ip(d)}]`, `X-Mailer: ${pick(['Foxmail', 'Microsoft Outlook', 'Coremail'])} ${DK.version(d)}`);
  L.push(hdr({ p: a, dom: co.domain }, { p: b }, (en ? 'RE: ' : '回复: ') + subj, dt));
  L.push('', lz([() => `收到，已处理。${chance(0.5) ? `有问题打我手机 ${d.mob(a)}` : ''}`, () => '好的，谢谢！我这边跟进。', () => `补充一下：客户另一个号码 ${d.mob(genMobile())}，白天打这个。`, () => `${DK.word(d, '马上')}安排，预计${DK.word(d, '明天')}完成。`]), '');
  L.push(signature(d, a, co), '');
  if (chance(0.4)) L.push(`附件：客户资料_${DK.dtCompact(d)}.zip (${ri(1, 30)}.${ri(0, 9)}MB)`, '');
  if (chance(0.25)) L.push(`公司信息：${co.name}  统一社会信用代码 ${d.uscc(co)}`, '');
  L.push(en ? '-----Original Message-----' : pick(['------------------ 原始邮件 ------------------', '-----原始邮件-----', `在 ${ymd(t1)} ${hms(t1, false)}，${b.name} 写道：`]));
  if (L[L.length - 1].includes('写道')) d.name(b);
  const quoted = [hdr({ p: b, dom: co2.domain }, { p: a }, subj, t1), '', body1, '', signature(d, b, co2)].join('\n');
  L.push(quoted.split('\n').map((x) => (chance(0.85) ? q + x : '>' + x)).join('\n'));
  return L.join('\n');
}

function ocrLabel(l) { return chance(0.45) ? l.split('').join(pick([' ', '  ', ' '])) : l; }
function ocrColon() { return pick(['：', ':', ' : ', '：  ', ' ', '： ']); }
function tOcrForm(d) {
  const p = d.person(); const e = d.person();
  const title = pick(['个人信息登记表', '开户申请表', '租房登记表', '酒店入住登记单', '会员入会申请表', '贷款申请表（个人）', '员工信息采集表', '业主信息登记表']);
  const L = [];
  L.push(chance(0.5) ? title.split('').join(' ') : title);
  if (chance(0.6)) {
    const serial = ymd(rDate(), '') + pad(ri(1, 999), 3);
    const w = 'N0.' + serial.replace(/0/g, () => (chance(0.5) ? 'O' : '0')).replace(/1/g, () => (chance(0.5) ? 'l' : '1'));
    L.push(`编号${ocrColon()}${d.X('ocr_serial', w)}`);
  }
  const spacedName = chance(0.15) && p.name.length === 2;
  let nm;
  if (spacedName) { nm = p.name[0] + pick([' ', '  ', '　']) + p.name[1]; d.D('person_name_zh', p.name, nm); d.D('person_name_zh', nm, nm); }
  else nm = d.name(p);
  L.push(`${ocrLabel('姓名')}${ocrColon()}${nm}      ${ocrLabel('性别')}${ocrColon()}${p.gender}     ${ocrLabel('民族')}${ocrColon()}汉`);
  L.push(`出生日期${ocrColon()}${p.id.slice(6, 10)} 年 ${p.id.slice(10, 12)} 月 ${p.id.slice(12, 14)} 日`);
  const table = chance(0.35);
  const idW = d.id(p, pick(['plain', 'fw', 's684', 'plain', 'lowerx']));
  const mobW = d.mob(p, pick(['plain', 'fw', 'fwmix', 's344', 'plain']));
  if (table) {
    const bar = pick(['|', '丨', '│']);
    L.push(`${bar} 身份证 ${bar} ${idW} ${bar}`, `${bar} 号码   ${bar}        ${bar}`);
    L.push(`${bar} 手机 ${bar} ${mobW} ${bar} 邮箱 ${bar} ${d.mail(p, pick(['plain', 'fwat']))} ${bar}`);
    L.push(`${bar} 家庭 ${bar} ${d.land(p.land, pick(['dash', 'fwparen', 'paren']))} ${bar}`, `${bar} 电话 ${bar}`);
  } else {
    L.push(`${ocrLabel('身份证号码')}${ocrColon()}${idW}`);
    L.push(`${ocrLabel('联系电话')}${ocrColon()}${mobW}${chance(0.5) ? `    ${ocrLabel('固定电话')}${ocrColon()}${d.land(p.land, pick(['dash', 'fwparen', 'fwdash', 'space']))}` : ''}`);
    if (chance(0.6)) L.push(`${ocrLabel('电子邮箱')}${ocrColon()}${d.mail(p, pick(['plain', 'fwat', 'upper']))}`);
  }
  L.push(`${ocrLabel('户籍地址')}${ocrColon()}${p.addr}`);
  if (chance(0.7)) L.push(`邮  编${ocrColon()}${DK.postal(d)}`);
  if (/开户|贷款|员工|会员/.test(title) || chance(0.4)) L.push(`开户银行${ocrColon()}${p.bank}${BRANCH()}    ${ocrLabel('账号')}${ocrColon()}${d.card(p, pick(['s4', 'plain', 'ss4', 'fw']))}`);
  if (chance(0.35)) L.push(`${ocrLabel('工作单位')}${ocrColon()}${genCompany().name}`);
  if (chance(0.25)) L.push(`护照号码${ocrColon()}${d.pass(p)}    有效期至${ocrColon()}${ri(2026, 2034)}.${pad(ri(1, 12))}`);
  if (chance(0.2)) L.push(`原身份证号(15位)${ocrColon()}${legacyId(d)}`);
  L.push(`紧急联系人${ocrColon()}${d.name(e)}   关系${ocrColon()}${pick(RELS)}   电话${ocrColon()}${d.mob(e, pick(['plain', 'fw', 's344']))}`);
  if (chance(0.3)) { const m = genMobile(); L.push(`备用电话${ocrColon()}${d.D('cn_mobile', m, ocrConfuse(m))}  (字迹模糊)`); }
  if (chance(0.5)) L.push(`受理号${ocrColon()}${DK.order(d)}   打印时间${ocrColon()}${DK.dtCompact(d)}`);
  if (chance(0.3)) L.push(`${ocrLabel('验证码')}${ocrColon()}${DK.vcode(d)}   ${ocrLabel('经办')}${ocrColon()}${pick(NICKS)}`);
  L.push(`申请人签字${ocrColon()}________      日期${ocrColon()}${ri(2023, 2025)} . ${ri(1, 12)} . ${ri(1, 28)}`);
  if (chance(0.4)) L.push(pick(['第 1 页 共 2 页', '—— 以下空白 ——', '（本表复印无效）']));
  // random OCR line breaks
  return L.join('\n').replace(/\n/g, () => (chance(0.08) ? '\n\n' : '\n'));
}

function tSheet(d) {
  if (chance(0.3)) { // supplier list pasted from a spreadsheet
    const sep = pick(['\t', '\t', '  ']);
    const L = [pick(['供应商名单（更新版）', '合作商户明细', '客户开票信息汇总', '']), ['序号', '单位名称', '统一社会信用代码', '联系人', '联系电话', '备注'].join(sep)];
    for (let i = 1, n = ri(3, 8); i <= n; i++) {
      const co = genCompany(); const p = d.person({ company: co });
      L.push([i, co.name, chance(0.93) ? d.uscc(co) : '', d.name(p), chance(0.8) ? d.mob(p, pick(['plain', 'd344'])) : d.land(p.land, 'dash'),
        lz([() => '', () => '', () => `合同号${DK.luhnBad(d)}`, () => `账期${ri(30, 90)}天`, () => DK.amount(d), () => `${DK.word(d, pick(['黄金', '常用']))}供应商`])].join(sep));
    }
    if (chance(0.5)) L.push(`导出时间：${DK.dtCompact(d)}`);
    return L.join('\n');
  }
  const colsAll = [
    ['姓名', (p) => d.name(p)], ['性别', (p) => p.gender], ['手机号码', (p) => d.mob(p, pick(['plain', 'plain', 'plain', 's344', 'd344']))],
    ['身份证号', (p) => d.id(p, pick(['plain', 'plain', 'lowerx']))], ['开户行', (p) => p.bank], ['银行卡号', (p) => d.card(p, pick(['plain', 'plain', 's4']))],
    ['邮箱', (p) => d.mail(p, 'plain')], ['座机', (p) => d.land(p.land, pick(['dash', 'plain', 'paren']))], ['地址', (p) => p.addr],
    ['出生日期', (p) => p.bdate], ['备注', () => lz([() => '', () => '', () => '已回访', () => 'VIP', () => DK.word(d, pick(['马上', '明天', '方便', '常用'])) + pick(['联系', '回电', '地址']), () => `订单${DK.order(d)}`, () => `${DK.word(d, '黄金')}会员`, () => '重复'])],
  ];
  const en = chance(0.2);
  const enNames = { 姓名: 'Name', 性别: 'Gender', 手机号码: 'Mobile', 身份证号: 'ID No.', 开户行: 'Bank', 银行卡号: 'Card No.', 邮箱: 'Email', 座机: 'Tel', 地址: 'Address', 出生日期: 'DOB', 备注: 'Remark' };
  let cols = [colsAll[0]].concat(shuffle(colsAll.slice(1)).slice(0, ri(3, 6)));
  if (!cols.some(([h]) => /手机|身份|卡号|邮箱|座机/.test(h))) cols.push(colsAll[2]);
  cols = [cols[0], ...cols.slice(1).sort((x, y) => colsAll.indexOf(x) - colsAll.indexOf(y))];
  const sep = pick(['\t', '\t', '\t', '  ', ' | ']);
  const L = [];
  L.push(pick(['各位，名单如下（直接从表格复制的）：', '你要的客户明细👇', '下面是本周新增客户，注意保密', '', 'Sheet1']));
  L.push(['序号', ...cols.map(([h]) => (en ? enNames[h] : h))].join(sep));
  for (let i = 1, n = ri(4, 10); i <= n; i++) {
    const p = d.person();
    const row = [String(i)];
    for (const [h, f] of cols) {
      if (chance(0.08) && h !== '姓名') { row.push(''); continue; } // ragged
      if (h === '手机号码' && chance(0.08)) { row.push(DK.excel(d, 'mobile')); continue; }
      if (h === '身份证号' && chance(0.06)) { const t = p.id.slice(0, 15) + '000'; if (!idValidLoose(t) && !luhnOk(t)) { row.push(d.D('cn_resident_id', t)); continue; } }
      if (h === '身份证号' && chance(0.06)) { row.push(DK.maskId(d, p)); continue; }
      row.push(f(p));
    }
    if (chance(0.1)) row.push(''); // trailing tab
    L.push(row.join(sep));
  }
  if (chance(0.3)) L.push(`合计${sep}${ri(4, 10)}人`);
  if (chance(0.5)) L.push(`导出时间：${DK.dtCompact(d)}  导出人工号：${DK.uid(d)}  批次号：${DK.order(d)}`);
  return L.join(chance(0.2) ? '\r\n' : '\n');
}

function tNotes(d) {
  const L = [pick([`待回访客户 ${ri(1, 12)}.${ri(1, 28)}`, '备忘', '今天要打的电话', '📌 跟进清单', 'TODO', `${ri(1, 12)}月${ri(1, 28)}日 拜访记录`])];
  const bullet = pick([(i) => `${i}. `, (i) => `${i}、`, (i) => `${i}) `, () => '- ', () => '· ', () => '☐ ']);
  for (let i = 1, n = ri(5, 11); i <= n; i++) {
    const r = rand();
    const p = d.person();
    const place = `${p.reg[2].replace('市', '')}${p.reg[3].replace(/区$/, '')}`;
    let s;
    if (r < 0.35) s = `${d.name(p)} ${d.mob(p, pick(['plain', 'plain', 's344', 'd344', 's434']))} ${place} ${pick(['', '意向强', '要报价', '已加微信', '嫌贵', '下周再约'])}`;
    else if (r < 0.45) s = `${d.name(p)} ${d.mob(p, 'plain')}${pick(['/', '、', '，'])}${d.mob(genMobile(), 'plain')} ${pick(['两个号都试', '夫妻俩'])}`;
    else if (r < 0.55) s = `${d.D('person_name_zh', p.surname + pick(['女士', '先生', '姐', '总']))} ${d.mob(p)} ${pick(['装修咨询', '看房', '保险续保', '退货'])}`;
    else if (r < 0.62) s = `${DK.word(d, '明天')} 回访 ${d.mob(p)}`;
    else if (r < 0.67) s = `${DK.word(d, '高铁')} ${DK.train(d)} ${ri(6, 21)}:${pad(ri(0, 59))} ${pick(['北京南', '上海虹桥', '深圳北', '杭州东'])}`;
    else if (r < 0.71) s = `${DK.word(d, pick(['张家界', '黄山', '王府井']))} ${pick(['行程待定', '酒店订了', '门票'])}`;
    else if (r < 0.76) s = `${DK.word(d, '周报')}！！！`;
    else if (r < 0.82) s = `${d.name(p)} 卡号 ${d.card(p)} ${p.bank.replace(/^中国(?!银行)/, '')}`;
    else if (r < 0.87) s = `${d.name(p)} 身份证 ${d.id(p)}`;
    else if (r < 0.91) s = `${d.nameDC(p)} — 等他回复`;
    else if (r < 0.95) s = `${d.name(p)} ${d.mail(p)}`;
    else s = `快递 ${DK.waybill(d)} 取件码 ${DK.pickupCode(d)}`;
    if (chance(0.15)) s += ` ${lz([() => `订单${DK.order(d)}`, () => DK.amount(d), () => `验证码${DK.vcode(d)}`])}`;
    L.push(bullet(i) + s);
  }
  return L.join('\n');
}

function tVcard(d) {
  const out = [];
  for (let i = 0, n = ri(1, 4); i < n; i++) {
    const co = chance(0.6) ? genCompany() : null;
    const p = d.person({ company: co });
    const v21 = chance(0.3);
    out.push('BEGIN:VCARD', `VERSION:${v21 ? '2.1' : '3.0'}`);
    if (v21 && chance(0.4)) {
      const qp = Array.from(new TextEncoder().encode(p.name)).map((b) => '=' + b.toString(16).toUpperCase().padStart(2, '0')).join('');
      out.push(`N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${qp.slice(0, 9)};${qp.slice(9)};;;`, `FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${qp}`);
      d.D('person_name_zh', p.name, qp);
    } else {
      out.push(`N:${p.surname};${p.given};;;`, `FN:${d.name(p)}`);
    }
    out.push(`TEL;${v21 ? 'CELL;PREF' : 'TYPE=CELL'}:${d.mob(p, pick(['plain', 'p86', 'p86s344', 'd344', 'plain']))}`);
    if (chance(0.3)) out.push(`TEL;${v21 ? 'CELL' : 'TYPE=CELL'}:${d.mob(genMobile(), 'plain')}`);
    if (chance(0.55)) out.push(`TEL;${v21 ? 'WORK;VOICE' : 'TYPE=WORK,VOICE'}:${d.land(p.land, pick(['dash', 'plain', 'intld', 'space']))}`);
    if (chance(0.7)) out.push(`EMAIL;${v21 ? 'INTERNET' : 'TYPE=INTERNET'}:${d.mail(p, 'plain')}`);
    if (co) out.push(`ORG:${co.name}`, `TITLE:${pick(JOB)}`);
    if (chance(0.4)) out.push(`ADR;TYPE=HOME:;;${p.addr};${p.reg[2]};;${DK.postal(d)};中国`);
    if (chance(0.4)) out.push(`BDAY:${p.bdate}`);
    if (chance(0.25)) out.push(`X-QQ:${DK.qq(d)}`);
    if (chance(0.3)) out.push(`NOTE:${lz([() => `身份证 ${d.id(p)}`, () => `卡号${d.card(p)} ${p.bank}`, () => `${DK.word(d, '常用')}地址见ADR`, () => `护照 ${d.pass(p)}`])}`);
    if (chance(0.2)) out.push(`REV:${new Date(rDate()).toISOString().replace(/\.\d+Z/, 'Z')}`);
    if (chance(0.5)) out.push(`UID:${d.X('uuid', `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`)}`);
    out.push('END:VCARD');
  }
  return out.join(chance(0.3) ? '\r\n' : '\n');
}

function tWebForm(d) {
  const p = d.person(); const v = pick(['post', 'mail', 'access']);
  const enc = encodeURIComponent;
  if (v === 'post' || v === 'access') {
    const params = [];
    params.push(`${pick(['name', 'realname', 'userName', 'xm'])}=${(() => { const w = enc(p.name); d.D('person_name_zh', p.name, w); return w; })()}`);
    params.push(`${pick(['phone', 'mobile', 'tel', 'sjh'])}=${d.mob(p, 'plain')}`);
    if (chance(0.6)) params.push(`${pick(['idcard', 'idNo', 'sfzh', 'cert_no'])}=${d.id(p, 'plain')}`);
    if (chance(0.5)) { const w = enc(p.email); params.push(`email=${d.D('email', p.email, w)}`); }
    if (chance(0.4)) params.push(`${pick(['bankCard', 'card_no', 'yhkh'])}=${d.card(p, 'plain')}`);
    params.push(`city=${enc(p.reg[2])}`, `source=${pick(['baidu', 'wx', 'douyin', 'xhs'])}`);
    if (chance(0.6)) params.push(`ts=${DK.tsUnix(d)}`);
    if (chance(0.4)) params.push(`sign=${DK.trace(d)}`);
    const q = shuffle(params.slice(2)).concat(params.slice(0, 2)).reverse().join('&');
    if (v === 'post') return [`POST /api/${pick(['apply', 'lead/submit', 'form/save', 'v2/kyc'])} HTTP/1.1`, `Host: ${pick(['m', 'h5', 'www', 'api'])}.${genCompany().domain}`,
      `User-Agent: Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 MicroMessenger/${DK.version(d)}`, 'Content-Type: application/x-www-form-urlencoded; charset=UTF-8',
      `X-Forwarded-For: ${DK.ip(d)}`, `Content-Length: ${q.length}`, '', q].join('\n');
    const dt = rDate();
    const lines = [`${DK.ip(d)} - - [${pad(dt.getUTCDate())}/${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][dt.getUTCMonth()]}/${dt.getUTCFullYear()}:${hms(dt)} +0800] "GET /h5/submit?${q} HTTP/1.1" 200 ${ri(80, 2000)} "-" "Mozilla/5.0 (Linux; Android ${ri(10, 14)}) AppleWebKit/537.36 Chrome/${ri(100, 125)}.0.0.0 Mobile Safari/537.36"`];
    for (let i = 0, n = ri(1, 4); i < n; i++) lines.push(`${DK.ip(d)} - - [${pad(dt.getUTCDate())}/${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][dt.getUTCMonth()]}/${dt.getUTCFullYear()}:${hms(later(dt, 1, 90))} +0800] "GET /static/img/${d.X('email_like', pick(['icon@2x.png', 'logo@3x.png', 'banner@2x.jpg', 'avatar@2x.webp']))} HTTP/1.1" 304 0 "-" "-"`);
    return shuffle(lines).join('\n');
  }
  const L = [pick(['您的网站收到一条新的表单提交：', '【新线索提醒】', '有新的预约信息，请及时跟进'])];
  L.push(`表单：${pick(['在线预约', '免费试听', '贷款咨询', '装修报价', '留言板'])}`);
  L.push(`${pick(['姓名', '您的姓名', '称呼'])}: ${d.name(p)}`);
  L.push(`${pick(['手机号码', '联系电话', '手机'])}: ${d.mob(p)}`);
  if (chance(0.6)) L.push(`邮箱: ${d.mail(p)}`);
  if (chance(0.3)) L.push(`身份证号: ${d.id(p)}`);
  L.push(`留言: ${lz([() => '想了解一下价格', () => `${DK.word(d, '方便')}的时候回电`, () => '周末有空', () => `请联系我 ${d.mob(genMobile())}`, () => `公司税号${d.uscc(genUSCC())}，要开票`])}`);
  L.push(`提交时间: ${ymd(rDate())} ${hms(rDate())}`, `IP: ${DK.ip(d)}  ${pick(['广东省深圳市', '北京市', '浙江省杭州市', '四川省成都市'])}`, `来源页面: https://www.${genCompany().domain}/contact?utm_source=${pick(['baidu', 'bing', '360'])}&ts=${DK.tsMs(d)}`);
  return L.join('\n');
}

function tAppLog(d) {
  let dt = rDate();
  const L = [];
  const thread = () => pick([`http-nio-8080-exec-${ri(1, 200)}`, `pool-2-thread-${ri(1, 16)}`, 'main', `XNIO-1 task-${ri(1, 64)}`, `kafka-consumer-${ri(0, 9)}`]);
  const cls = () => pick(['c.x.user.RealNameService', 'c.x.pay.BindCardHandler', 'c.x.order.OrderService', 'c.x.sms.SmsSender', 'c.x.auth.LoginFilter', 'c.x.crm.LeadSyncJob', 'c.x.ent.EnterpriseAuthService']);
  const ts = () => { dt = later(dt, 0, 40); return `${ymd(dt)} ${hms(dt)}.${pad(ri(0, 999), 3)}`; };
  const people = Array.from({ length: ri(1, 3) }, () => d.person());
  const lines = [
    () => { const p = pick(people); return `${ts()} INFO  [${thread()}] ${cls()} - 实名认证请求 name=${d.name(p)}, idNo=${d.id(p, 'plain')}, mobile=${d.mob(p, 'plain')}, traceId=${DK.trace(d)}`; },
    () => `${ts()} WARN  [${thread()}] ${cls()} - 三要素校验不一致 reqId=${DK.snowflake(d)} cost=${ri(20, 3000)}ms`,
    () => { const p = pick(people); return `${ts()} ERROR [${thread()}] ${cls()} - bindCard failed, cardNo=${d.card(p, 'plain')}, holder=${d.name(p)}, resp={"code":"E1003","msg":"卡号与户名不符"}`; },
    () => { const p = pick(people); return `${ts()} DEBUG [${thread()}] ${cls()} - SMS sent to ${DK.maskMob(d, p)} tpl=SMS_${ri(100000, 999999)} code=${DK.vcode(d)}`; },
    () => `${ts()} INFO  [${thread()}] ${cls()} - login success uid=${DK.uid(d)} ip=${DK.ip(d)} imei=${DK.imei(d)} appVer=${DK.version(d)}`,
    () => `${ts()} INFO  [${thread()}] ${cls()} - order created orderNo=${DK.order(d)} amount=${ri(1, 9999)}.${pad(ri(0, 99))} payTime=${DK.tsMs(d)}`,
    () => { const p = pick(people); return `${ts()} INFO  [${thread()}] ${cls()} - sync lead {"name":"${d.name(p)}","phone":"${d.mob(p, 'plain')}","email":"${d.mail(p, 'plain')}","src":"douyin"}`; },
    () => { const co = genCompany(); return `${ts()} INFO  [${thread()}] ${cls()} - 企业认证通过 companyName=${co.name} creditCode=${d.uscc(co)} legalPerson=${d.name(d.person())}`; },
    () => `${ts()} WARN  [${thread()}] ${cls()} - 手机号格式错误 mobile=${DK.unalloc(d)} 已拒绝`,
    () => `${ts()} WARN  [${thread()}] ${cls()} - 身份证校验失败 certNo=${DK.badIdDate(d)} reason=INVALID_BIRTHDAY`,
    () => `${ts()} WARN  [${thread()}] ${cls()} - 档案号重复 archiveNo=${DK.badIdCheck(d)} batch=${DK.order(d)}`,
    () => `${ts()} INFO  [${thread()}] ${cls()} - device registered meid=${DK.meid(d)} iccid=${DK.iccid(d)} os=${DK.version(d)}`,
    () => `${ts()} DEBUG [${thread()}] ${cls()} - wxpay notify transaction_id=${DK.txn(d)} out_trade_no=${DK.order(d)} time_end=${DK.dtCompact(d)}`,
    () => { const p = pick(people); return `${ts()} INFO  [${thread()}] ${cls()} - update contact uid=${DK.uid(d)} tel=${d.land(p.land, pick(['dash', 'plain']))}`; },
    () => `\tat com.x.pay.BindCardHandler.handle(BindCardHandler.java:${ri(40, 400)})`,
    () => `${ts()} INFO  [${thread()}] ${cls()} - geo=${DK.coords(d)} alipayUid=${DK.alipayUid(d)}`,
  ];
  for (let i = 0, n = ri(8, 16); i < n; i++) L.push(pick(lines)());
  if (chance(0.3)) L.unshift(`# ${pick(['app.log', 'catalina.out', 'service-user.log.2024-06-11'])} (${DK.version(d)})`);
  return L.join('\n');
}

function jsonStr(o, indent) { return JSON.stringify(o, null, indent); }
function tJson(d) {
  const mk = () => {
    const p = d.person();
    const o = {};
    const unicode = chance(0.1);
    const nameKey = pick(['realName', 'name', 'custName', 'userName', 'holderName']);
    if (unicode) { o[nameKey] = '__U__' + p.name; } else o[nameKey] = d.name(p);
    o[pick(['idNo', 'idCard', 'certNo', 'identityNo'])] = chance(0.12) ? DK.maskId(d, p) : d.id(p, 'plain');
    o[pick(['mobile', 'phone', 'tel', 'mobileNo'])] = d.mob(p, pick(['plain', 'plain', 'plain', 'p86']));
    if (chance(0.6)) o[pick(['bankCardNo', 'cardNo', 'acctNo'])] = d.card(p, 'plain');
    if (chance(0.3)) o.bankName = p.bank;
    if (chance(0.5)) o.email = d.mail(p, pick(['plain', 'plain', 'upper']));
    if (chance(0.15)) { o.certType = pick(['PASSPORT', '护照']); o.passportNo = d.pass(p); }
    if (chance(0.35)) { const co = genCompany(); o.company = { name: co.name, creditCode: d.uscc(co), tel: d.landDC(co.land, 'dash') }; }
    if (chance(0.5)) o.createTime = Number(DK.tsMs(d));
    if (chance(0.4)) o.orderId = DK.order(d);
    if (chance(0.3)) o.deviceId = DK.imei(d);
    if (chance(0.25)) o.location = DK.coords(d);
    if (chance(0.2)) o.loginIp = DK.ip(d);
    if (chance(0.4)) o.requestTime = DK.dtCompact(d);
    if (chance(0.3)) o.appVersion = DK.version(d);
    if (chance(0.3)) o.memberNo = DK.member(d);
    o.status = pick([0, 1, 2]);
    return { o, p, unicode };
  };
  const recs = Array.from({ length: chance(0.4) ? ri(2, 4) : 1 }, mk);
  const body = recs.length > 1 ? { code: 0, msg: 'success', data: { total: recs.length, list: recs.map((r) => r.o) }, traceId: DK.trace(d) }
    : { code: pick([0, 200, '0000']), message: pick(['success', 'OK', '成功']), data: recs[0].o, requestId: DK.trace(d) };
  let s = jsonStr(body, pick([0, 2, 2, 4]));
  for (const r of recs) if (r.unicode) {
    const esc = r.p.name.split('').map((c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
    s = s.replace('__U__' + r.p.name, esc); d.D('person_name_zh', r.p.name, esc);
  }
  const pre = lz([() => '', () => '', () => `响应：`, () => `curl -s https://api.${genCompany().domain}/v1/user/${DK.uid(d)} | jq\n`, () => `[${ymd(rDate())} ${hms(rDate())}] response body: `]);
  return pre + s;
}

function tExcelDump(d) {
  const L = [];
  const sep = pick([',', ',', '\t']);
  const hdr = ['姓名', '手机号', '身份证号', '银行卡号', '开户行', '创建时间'];
  L.push(hdr.join(sep));
  for (let i = 0, n = ri(4, 9); i < n; i++) {
    const p = d.person();
    const mangled = chance(0.55);
    const row = [d.name(p)];
    row.push(mangled && chance(0.8) ? DK.excel(d, 'mobile') : d.mob(p, 'plain'));
    if (mangled && chance(0.5)) row.push(DK.excel(d, 'id'));
    else if (mangled) { const t = p.id.slice(0, 15) + '000'; row.push(idValidLoose(t) || luhnOk(t) ? DK.excel(d, 'id') : d.D('cn_resident_id', t)); }
    else row.push((chance(0.5) ? "'" : '') + d.id(p, 'plain'));
    row.push(mangled && chance(0.7) ? DK.excel(d, 'card') : d.card(p, 'plain'));
    row.push(p.bank);
    row.push(chance(0.5) ? d.X('excel_date_serial', `${ri(44927, 45800)}.${ri(1000, 9999)}`) : `${ymd(rDate(), '/')} ${ri(8, 20)}:${pad(ri(0, 59))}`);
    L.push(row.join(sep));
  }
  return L.join('\n');
}

function tMixedEn(d) {
  const co = genCompany();
  const p = d.person({ company: co });
  const v = pick(['line', 'card', 'visa', 'visa']);
  if (v === 'line') {
    const L = [`Contact: ${p.en} ${d.name(p)}, Tel: ${d.mob(p, pick(['p86d', 'p86s344', 'p86', 'paren86']))}, Email: ${d.mail(p, pick(['upper', 'plain', 'angle']))}`];
    if (chance(0.6)) L.push(`Office: ${d.land(p.land, pick(['intl', 'intld']), chance(0.5))} / Company: ${co.name}`);
    if (chance(0.4)) L.push(`USCC (统一社会信用代码): ${d.uscc(co)}`);
    if (chance(0.3)) { const q = d.person(); L.push(`Backup contact 备用联系人: ${d.name(q)} ${d.mob(q, pick(['0086', '0086d', 'p86']))}`); }
    L.push(`Ref: PO ${DK.order(d)}, shipped via ${pick(['SF Express', 'DHL', 'YTO'])} ${DK.waybill(d)}`);
    return L.join('\n');
  }
  if (v === 'card') {
    return [`${co.name}`, `${p.en.toUpperCase()}  ${d.name(p)}`, pick(JOB_EN) + ' / ' + pick(JOB), `Mobile 手机: ${d.mob(p, pick(['s344', 'd344', 'p86s344']))}`,
      `Tel 电话: ${d.land(p.land, pick(['dash', 'paren', 'intl']), chance(0.4))}`, `Fax 传真: ${d.landDC(genLandline(p.city), 'dash')}`, `E-mail: ${d.mail(p, 'plain')}`,
      `WeChat: ${pick(['wxid_', 'wx_', ''])}${p.pys}${ri(10, 999)}`, `Add: ${genAddress(pick(REGIONS))}`, `Web: www.${co.domain}`].join('\n');
  }
  const L = ['VISA APPLICATION / 签证申请信息', `Surname 姓: ${p.pys.toUpperCase()}    Given names 名: ${p.pyg.toUpperCase()}`, `Chinese name 中文姓名: ${d.name(p)}`,
    `Date of birth 出生日期: ${p.bdate}   Sex: ${p.gender === '男' ? 'M' : 'F'}`, `Passport No. 护照号码: ${d.pass(p)}`, `Date of issue: ${ri(2016, 2024)}-${pad(ri(1, 12))}-${pad(ri(1, 28))}   Place of issue: ${pick(['BEIJING', 'SHANGHAI', 'GUANGDONG', 'ZHEJIANG', 'SICHUAN'])}`,
    `National ID 身份证号: ${d.id(p)}`, `Mobile: ${d.mob(p, pick(['p86', 'p86s', 'plain']))}   Email: ${d.mail(p)}`, `Employer: ${co.name}, ${d.landDC(co.land, 'intld')}`];
  if (chance(0.4)) { const q = d.person(); L.push(`Travel companion 同行人: ${d.name(q)}, Passport ${d.pass(q)}`); }
  return L.join('\n');
}

function tReceipt(d) {
  const v = pick(['bank', 'wx', 'shop', 'rail']);
  const dt = rDate();
  if (v === 'bank') {
    const p = d.person(); const co = genCompany();
    return [`${pick(['中国工商银行', '招商银行', '中国建设银行', '中国农业银行'])} 网上银行电子回单`, `回单编号：${DK.ticket(d)}`, `交易日期：${ymd(dt)} ${hms(dt)}`,
      `付款人户名：${d.name(p)}`, `付款人账号：${d.card(p, pick(['s4', 'plain']))}`, `付款人开户行：${p.bank}${BRANCH()}`,
      `收款人户名：${co.name}`, `收款人账号：${DK.corpAcct(d)}`, `收款人开户行：${pick(['招商银行', '中国银行', '浦发银行'])}${BRANCH()}`,
      `金额（小写）：${DK.amount(d)}   金额（大写）：${pick(['壹仟叁佰捌拾元整', '伍万元整', '贰佰元整', '壹万叁仟捌佰元整'])}`, `用途：${pick(['货款', '服务费', '房租', '押金'])}`,
      `交易流水号：${DK.txn(d)}`, `打印时间：${DK.dtCompact(d)}`, '（本回单仅供参考，不作为收款方发货依据）'].join('\n');
  }
  if (v === 'wx') {
    const p = genPerson(null);
    return ['当前状态  支付成功', `商品  ${pick(['美团外卖', '滴滴出行', '京东', '拼多多', '全家便利店'])}-${pick(['订单', '商品', '服务'])}`, `商户全称  ${genCompany().name}`,
      `支付时间  ${dt.getUTCFullYear()}年${dt.getUTCMonth() + 1}月${dt.getUTCDate()}日 ${hms(dt)}`, `支付方式  ${d.X('masked_value', `${p.bank.replace(/（.*）/, '')}储蓄卡(${p.card.slice(-4)})`)}`,
      `交易单号  ${DK.txn(d)}`, `商户单号  ${DK.order(d)}`, `支付时间戳  ${DK.tsUnix(d)}`, `${DK.word(d, '金额')}  ${DK.amount(d)}`, `二维码内容：wxp://f2f0${Array.from({ length: 20 }, () => pick('abcdefghijkmnpqrstuvwxyzABCDEFGH0123456789'.split(''))).join('')}`].join('\n');
  }
  if (v === 'shop') {
    const L = [`${pick(['永辉超市', '盒马鲜生', '华润万家', '7-ELEVEn', '罗森'])} ${pick(['科技园', '望京', '徐家汇', '春熙路'])}店`, `收银员：${pick(NICKS)}  机号：0${ri(1, 9)}`, `流水号：${DK.dtCompact(d)}`, '--------------------------------'];
    for (let i = 0, n = ri(2, 6); i < n; i++) L.push(`${pick(['矿泉水550ml', '鲜牛奶', '面包', '鸡蛋10枚', '苹果', '纸巾', '咖啡'])}${chance(0.3) ? ' ' + DK.partNo(d) : ''}   x${ri(1, 3)}   ${ri(1, 60)}.${pad(ri(0, 99))}`);
    L.push('--------------------------------', `合计：${DK.amount(d, 's')}`, `会员卡号：${DK.member(d)}`, `会员手机：${DK.maskMob(d)}`, `积分${DK.word(d, '余额')}：${ri(0, 9999)}`);
    if (chance(0.5)) { const p = d.person(); L.push(`开票请联系：${d.name(p)} ${d.mob(p)}`); }
    L.push(`扫码开票：https://fp.${genCompany().domain}/q?id=${DK.order(d)}`);
    return L.join('\n');
  }
  const p = d.person();
  return [`${DK.ticket(d)}`, `${pick(['北京南站', '上海虹桥站', '深圳北站', '杭州东站', '成都东站'])}  ${DK.train(d)}  ${pick(['南京南站', '武汉站', '长沙南站', '郑州东站'])}`,
    `${ymd(dt)} ${hms(dt, false)}开   ${pad(ri(1, 16))}车${pad(ri(1, 20))}${pick('ABCDF'.split(''))}号`, `${DK.amount(d, 's')}   二等座`, '限乘当日当次车',
    `${d.X('masked_value', p.id.slice(0, 10) + '****' + p.id.slice(14))} ${d.name(p)}`, '买票请到12306 发货请到95306', `${DK.sn(d)}`].join('\n');
}

function tMeeting(d) {
  const dt = rDate();
  const staff = Array.from({ length: ri(2, 4) }, () => d.person());
  const cust = d.person(), cust2 = d.person();
  const online = chance(0.4);
  const co = genCompany();
  const L = [pick(['会议纪要', '周例会纪要', '客户投诉专题会 会议记录', '项目复盘会纪要']), `时间：${ymd(dt)} ${ri(9, 16)}:00-${ri(17, 18)}:00`,
    `地点：${online ? `腾讯会议 ${DK.meeting(d)}` : pick(['3楼大会议室', '301会议室', '总经理办公室'])}`,
    `参会人：${staff.map((p) => d.name(p)).join('、')}${chance(0.5) ? '、' + d.D('person_name_zh', titleForm()) : ''}`, `记录人：${d.name(d.person())}`, '',
    '一、上周问题回顾'];
  L.push(`1. 客户${d.nameDC(cust)}（${co.name}）投诉发货延迟，${staff[0].name}已电话沟通，对方同意延期一周。`);
  L.push(`2. ${DK.word(d, '周报')}格式调整，统一用新模板。`);
  if (chance(0.5)) L.push(`3. 上月回款${DK.amount(d, 'l')}，比预算低${ri(3, 30)}%。`);
  L.push('', '二、本周安排');
  L.push(`1. ${DK.word(d, '马上')}启动${pick(['华东', '华南', '西南'])}渠道拓展，${staff[1 % staff.length].name}牵头。`);
  L.push(`2. ${DK.word(d, pick(['张家界', '黄山']))}团建方案${DK.word(d, '明天')}定稿。`);
  if (chance(0.5)) L.push(`3. ${DK.word(d, '安全')}合规：客户资料一律不得通过个人微信外发。`);
  L.push('', '三、待办');
  L.push(`- ${staff[0].name}：跟进客户${d.name(cust2)}，联系电话 ${d.mob(cust2)}${chance(0.4) ? `，邮箱 ${d.mail(cust2)}` : ''}`);
  if (chance(0.4)) L.push(`- ${staff[staff.length - 1].name}：核对${co.name}开票信息（税号 ${d.uscc(co)}）`);
  if (chance(0.3)) L.push(`- 财务：退款到客户${d.name(cust2)}卡号 ${d.card(cust2)}`);
  if (chance(0.5)) L.push(`- 合同号 ${DK.luhnBad(d)} 的回款${DK.amount(d, 'l')}，财务本周跟进`);
  L.push(`- 下次会议：${ymd(later(dt, 604800, 604800))}`);
  return L.join('\n');
}

function tWaybill(d) {
  const s = d.person(), r = d.person();
  const courier = pick(['顺丰速运', '中通快递', '圆通速递', '京东物流', '韵达快递', 'EMS']);
  const maskS = chance(0.4), maskR = chance(0.3);
  const L = [`${courier}  ${pick(['标快', '特快', '电商标快', ''])}`, `运单号 ${DK.waybill(d)}`,
    `寄件人：${d.name(s)}  ${maskS ? d.X('masked_value', s.mobile.slice(0, 3) + pick(['****', 'xxxx', '****']) + s.mobile.slice(7)) : d.mob(s)}`,
    `寄件地址：${s.addr}`,
    `收件人：${d.name(r)}  ${maskR ? d.X('masked_value', r.mobile.slice(0, 3) + '****' + r.mobile.slice(7)) : d.mob(r, pick(['plain', 'd344', 's344']))}${!maskR && chance(0.2) ? ` / ${d.land(r.land)}` : ''}`,
    `收件地址：${r.addr}`,
    `${pick(['月结账号', '月结卡号'])}：${d.X('monthly_account', safe(() => r.land.area.slice(1) + digs(7)))}`,
    `订单号：${DK.order(d)}   ${pick(['子单号', '母单号'])}：${DK.waybill(d)}`,
    `托寄物：${pick(['文件', '衣服', '电子产品', '样品'])}  件数：${ri(1, 3)}  计费重量：${ri(1, 20) / 2}kg`,
    `付款方式：${pick(['寄付月结', '到付', '寄付现结'])}   运费：${DK.amount(d, 's')}`, `${ymd(rDate())} ${hms(rDate())}  收件员：${pick(NICKS)} 工号${DK.uid(d)}`];
  if (chance(0.3)) L.push(`备注：${DK.word(d, pick(['方便', '马上']))}的话放门卫，${pick(['勿放驿站', '电话联系'])}`);
  return L.join('\n').replace(/\n/g, () => (chance(0.1) ? '\n \n' : '\n'));
}

function tHr(d) {
  const co = genCompany();
  const p = d.person({ company: co }), e = d.person();
  if (chance(0.4)) {
    return [`${pick(['HR小姐姐', 'hr', '王老师'])}你好，我是${pick(['新来的', '下周一入职的'])}${d.name(p)}，资料发您：`, `身份证${d.id(p, pick(['plain', 'lowerx', 's684']))}`,
      `工资卡${p.bank.replace(/^中国(?!银行)/, '')} ${d.card(p, pick(['plain', 's4']))}`, `手机就是这个号${d.mob(p)}`, `紧急联系人${e.name}${pick(['（我爸）', '（老婆）', ''])} ${d.mob(e)}`,
      chance(0.4) ? `护照号码 ${d.pass(p)}，之前办的` : `${DK.word(d, '明天')}把学位证扫描件补上`].join('\n').replace(`紧急联系人${e.name}`, `紧急联系人${d.name(e)}`);
  }
  const L = ['【入职信息登记】', `姓名：${d.name(p)}   性别：${p.gender}   出生日期：${p.bdate}`, `身份证号：${d.id(p)}`, `手机：${d.mob(p)}   个人邮箱：${d.mail(p)}`,
    `公司邮箱：${d.mail(genEmailFor(p, p.by, co), 'plain')}`,
    `工资卡：${p.bank} ${d.card(p)}（户名须为本人）`, `紧急联系人：${d.name(e)}（${pick(RELS)}） ${d.mob(e)}`];
  if (chance(0.7)) L.push(`护照号码：${d.pass(p)}（出差办签证用）`);
  if (chance(0.5)) L.push(`门禁卡号：${DK.member(d)}  电脑资产号：${DK.sn(d)}  IP：${DK.ip(d)}`);
  if (chance(0.3)) L.push(`港澳通行证：${(() => { const c = 'C' + nzdigs(8); return d.D('cn_passport', c); })()}`);
  L.push(`工号：${DK.uid(d)}   入职日期：${ymd(rDate())}`, `社保电脑号：${DK.member(d)}`, `部门：${pick(['销售部', '技术部', '财务部', '客服中心'])}  汇报对象：${d.D('person_name_zh', titleForm())}`);
  return L.join('\n');
}

function tTravel(d) {
  const v = pick(['air', 'air', 'hotel', 'group']);
  if (v === 'air') {
    const n = ri(1, 3); const pax = Array.from({ length: n }, () => d.person());
    const L = [pick(['【机票订单确认】', '出票通知', '行程单']), `订单号 ${DK.order(d)}`];
    const trip = wpick([['intl', 7], ['hkmo', 1.5], ['dom', 2]]);
    pax.forEach((p, i) => {
      const t = trip === 'intl' ? ['护照', d.pass(p)] : trip === 'hkmo' ? ['港澳通行证', d.D('cn_passport', 'C' + nzdigs(8))] : ['身份证', d.id(p)];
      L.push(`乘机人${i + 1}：${d.name(p)}   证件类型：${t[0]}   证件号码：${t[1]}${chance(0.5) ? `   手机：${d.mob(p)}` : ''}`);
      L.push(`   票号：${d.X('ticket_number', `${pick(['781', '999', '784', '880', '479'])}-${nzdigs(10)}`)}`);
    });
    L.push(`航班：${DK.flight(d)} ${pick(trip === 'intl' ? ['上海浦东—新加坡', '北京首都—东京成田', '广州白云—曼谷', '成都天府—首尔仁川'] : trip === 'hkmo' ? ['上海虹桥—香港', '北京首都—澳门', '杭州萧山—香港'] : ['北京大兴—三亚凤凰', '上海虹桥—成都天府', '深圳宝安—西安咸阳'])} ${ymd(rDate())} ${ri(6, 22)}:${pad(ri(0, 59))}起飞`);
    const c = pax[0];
    L.push(`联系人：${d.name(c)} ${d.mob(c)}  邮箱：${d.mail(c)}`, `支付：${d.X('masked_value', `${c.card.slice(0, 4)} **** **** ${c.card.slice(-4)}`)}  ${DK.amount(d, 'm')}`);
    return L.join('\n');
  }
  if (v === 'hotel') {
    const p = d.person();
    return [`${pick(['携程', '飞猪', '同程'])}订单 ${DK.order(d)}`, `酒店：${pick(['新加坡滨海湾金沙', '东京新宿华盛顿酒店', '曼谷素坤逸万豪'])}`, `入住人：${d.name(p)}（护照 ${d.pass(p)}）`,
      `入住：${ymd(rDate())}  离店：${ymd(rDate())}`, `联系手机：${d.mob(p, pick(['p86', 'p86s344', 'plain']))}`, `确认号：${DK.member(d)}`, `${DK.word(d, '安全')}提示：请勿向陌生人透露订单信息`].join('\n');
  }
  const L = [`${DK.word(d, '张家界')}${pick(['5日游', '研学团'])}报名表（需护照/身份证）`, '序号 姓名 证件 证件号 手机'];
  for (let i = 1, n = ri(3, 7); i <= n; i++) {
    const p = d.person();
    const pp = chance(0.5);
    L.push(`${i} ${d.name(p)} ${pp ? '护照' : '身份证'} ${pp ? d.pass(p) : d.id(p)} ${d.mob(p, pick(['plain', 's344']))}`);
  }
  return L.join('\n');
}

function tInvoice(d) {
  const co = genCompany(); const p = d.person();
  const L = [pick(['开票信息（麻烦开专票）：', '发票抬头信息如下', '开票资料👇', 'Invoice info:'])];
  L.push(`${pick(['名称', '单位名称', '抬头'])}：${co.name}`);
  L.push(`${pick(['税号', '纳税人识别号', '统一社会信用代码'])}：${d.uscc(co)}`);
  L.push(`地址、电话：${genAddress(pick(REGIONS))} ${d.landDC(co.land, pick(['dash', 'plain', 'space']))}`);
  L.push(`开户行及账号：${pick(['招商银行', '中国银行', '工商银行'])}${BRANCH()} ${DK.corpAcct(d)}`);
  if (chance(0.6)) L.push(`收票人：${d.name(p)} ${d.mob(p)}`);
  if (chance(0.6)) L.push(`邮箱：${d.mail(p)}（电子发票发这个）`);
  if (chance(0.5)) L.push(`金额：${DK.amount(d)}  合同号：${DK.luhnBad(d)}  订单：${DK.order(d)}`);
  if (chance(0.3)) L.push(`上次的发票号码 ${DK.invoice(d)} 作废了，${DK.word(d, '马上')}重开`);
  if (chance(0.25)) { const co2 = genCompany(); L.push(`另：分公司 ${co2.name} 税号 ${d.uscc(co2)}`); }
  if (chance(0.15)) { const ind = genCompany(); L.push(`个体户那家：${ind.name.replace('有限公司', '店')} ${d.uscc(genUSCC('92'))}`); }
  return L.join('\n');
}

function tSecondhand(d) {
  const v = pick(['phone', 'rent', 'job']);
  const p = d.person();
  if (v === 'phone') {
    return [`【出】${pick(['九成新', '99新', '自用'])} ${pick(['iPhone 13 128G', '华为Mate 60', '小米14', 'iPad Air 5'])} 国行 ${DK.version(d)}`, `IMEI：${DK.imei(d)} 可查`, `价格：${DK.amount(d)}  同城面交优先，${p.reg[2]}${p.reg[3]}`,
      `有意者电话/微信同号：${d.mob(p, pick(['plain', 's344', 'd344', 's434']))}（${d.D('person_name_zh', p.surname + pick(['先生', '女士']))}）`, '非诚勿扰！！中介勿扰！！', `发布于 ${ymd(rDate())}  浏览 ${ri(10, 9999)}`].join('\n');
  }
  if (v === 'rent') {
    return [`房东直租｜${p.reg[3]}${pick(COMPOUNDS)} ${ri(1, 3)}室${ri(1, 2)}厅 ${ri(2500, 12000)}元/月`, `押一付三，${DK.word(d, '马上')}可入住，近地铁`, `联系：${d.D('person_name_zh', p.surname + pick(['先生', '女士', '阿姨']))} ${d.mob(p)}`,
      `看房请提前预约，${DK.word(d, '周末')}也可以`, `房源编号：${DK.member(d)}  坐标：${DK.coords(d)}`].join('\n');
  }
  return [`招聘｜${pick(['客服专员', '电话销售', '仓管', '前台'])} 5-8K`, `${genCompany().name}`, `联系人：${d.name(p)}  电话：${d.mob(p)}`, `简历投递：${d.mail(p)}`,
    `面试地址：${genAddress(pick(REGIONS))}`, `咨询热线：${DK.service(d)}`].join('\n');
}

function tSql(d) {
  const tbl = pick(['t_customer', 'crm_lead', 'user_info', 'tb_member', 'loan_apply']);
  const L = [`-- MySQL dump 10.13  Distrib 8.0.${ri(20, 39)}, for Linux (x86_64)`, `-- Host: ${DK.ip(d)}    Database: ${pick(['crm', 'prod_user', 'member'])}`, '',
    `INSERT INTO \`${tbl}\` (\`id\`,\`real_name\`,\`mobile\`,\`id_card\`,\`email\`,\`bank_card\`,\`created_at\`) VALUES`];
  const rows = [];
  for (let i = 0, n = ri(3, 8); i < n; i++) {
    const p = d.person();
    rows.push(`(${DK.uid(d)},'${d.name(p)}','${d.mob(p, 'plain')}','${chance(0.1) ? DK.maskId(d, p) : d.id(p, chance(0.15) ? 'lowerx' : 'plain')}',${chance(0.2) ? 'NULL' : `'${d.mail(p, 'plain')}'`},${chance(0.3) ? 'NULL' : `'${d.card(p, 'plain')}'`},${chance(0.5) ? DK.tsUnix(d) : `'${ymd(rDate())} ${hms(rDate())}'`})`);
  }
  L.push(rows.join(',\n') + ';');
  if (chance(0.5)) { const p = d.person(); L.push('', `UPDATE \`${tbl}\` SET mobile='${d.mob(p, 'plain')}', real_name='${d.name(p)}' WHERE id=${DK.uid(d)};`); }
  if (chance(0.3)) L.push(`-- Dump completed on ${ymd(rDate())} ${hms(rDate())}`);
  return L.join('\n');
}

function tAsr(d) {
  const p = d.person(); const dt = rDate();
  const L = [`【通话录音转写】${ymd(dt)} ${hms(dt)}  时长 ${pad(ri(1, 9))}:${pad(ri(0, 59))}`, `主叫：${d.mob(p)}  被叫：${DK.service(d)}`, ''];
  L.push('坐席：您好，很高兴为您服务，请问有什么可以帮您？');
  L.push(`客户：我想${pick(['改一下绑定的手机号', '查一下退款', '注销信用卡', '问下贷款进度'])}。`);
  L.push('坐席：好的，请问您贵姓？');
  L.push(`客户：我叫${d.nameDC(p)}，${pick(['弓长张', '木子李', '耳东陈', '口天吴', '立早章'])}……不是，就是${p.surname}。`);
  L.push('坐席：请您提供一下身份证号码。');
  const sid = cnSpoken(p.id.slice(0, 17)) + (p.id[17] === 'X' ? '叉' : cnSpoken(p.id[17]));
  L.push(`客户：${d.D('cn_resident_id', p.id, sid)}。`);
  if (chance(0.6)) { const m = genMobile(); L.push(`客户：新号码是${d.mob(m, 'plain')}，你记一下。`); }
  else { const m = genMobile(); const w = cnSpoken(m); L.push(`客户：新号码是${d.D('cn_mobile', m, w)}。`); }
  L.push(`坐席：好的，已为您登记，${DK.word(d, '马上')}会有短信通知，请注意查收验证码。`);
  if (chance(0.4)) L.push(`客户：那个卡号是${d.card(genCard().no, 'plain')}，钱退到这张卡。`);
  L.push('坐席：请问还有其他可以帮您吗？', '客户：没了，谢谢。', `[ASR置信度 0.${ri(80, 97)}]  录音ID ${DK.snowflake(d)}  ${DK.dtCompact(d)}`);
  return L.join('\n');
}

function tHospital(d) {
  const p = d.person(); const doc = d.person();
  return [`${p.reg[2]}${pick(['第一人民医院', '中心医院', '中医院', '妇幼保健院'])}  门诊挂号单`, `就诊卡号：${DK.member(d)}`, `姓名：${d.name(p)}   性别：${p.gender}   年龄：${p.age}岁`,
    `身份证号：${chance(0.25) ? DK.maskId(d, p) : d.id(p)}`, `联系电话：${d.mob(p)}`, `科室：${pick(['内科', '骨科', '口腔科', '皮肤科', '儿科'])}  医生：${d.name(doc)}（${pick(['主任医师', '副主任医师', '主治医师'])}）`,
    `挂号费：${DK.amount(d, 's')}   流水号：${DK.dtCompact(d)}   发票号：${DK.invoice(d)}`, `就诊时间：${ymd(rDate())} 上午 第${ri(1, 60)}号`, chance(0.4) ? `医保个人编号：${DK.member(d)}` : `请提前15分钟到${ri(1, 5)}楼候诊`].join('\n');
}

function tComplaint(d) {
  const p = d.person(); const co = genCompany();
  const L = [`致${co.name}客服部：`, '',
    `本人${d.name(p)}，于${ymd(rDate())}在贵公司${pick(['网店', '门店', 'APP'])}购买商品，订单号${DK.order(d)}，付款${DK.amount(d, 'm')}。快递员${d.D('person_name_zh', pick(SURN_RAW.slice(0, 40))[0] + '师傅')}态度恶劣，商品至今未收到。`,
    `多次拨打客服电话${DK.service(d)}无人处理。现要求全额退款至原卡（${p.bank}，卡号${d.card(p)}）。`,
    `如${DK.word(d, '明天')}之前仍无答复，本人将向12315投诉。`, '',
    `投诉人：${d.name(p)}`, `联系电话：${d.mob(p)}`];
  if (chance(0.6)) L.push(`身份证号：${d.id(p)}`);
  if (chance(0.6)) L.push(`电子邮箱：${d.mail(p)}`);
  if (chance(0.3)) L.push(`家庭电话：${d.land(p.land)}`);
  L.push(`${ymd(rDate())}`);
  return L.join('\n');
}

function tDevConfig(d) {
  const co = genCompany(); const p = d.person({ company: co }); const q = d.person();
  d.noPassportCtx = true;
  const v = pick(['env', 'yaml', 'diff']);
  if (v === 'env') return [`# .env.production  (不要提交！！)`, `APP_VERSION=${DK.version(d)}`, `DB_HOST=${DK.ip(d)}`, `SMTP_USER=${d.mailDC('noreply@' + co.domain)}`,
    `ADMIN_PHONE=${d.mob(p, 'plain')}`, `ALERT_EMAIL=${d.mail(p, 'plain')}`, `# 测试账号 ${d.name(q)} ${d.mob(q, 'plain')} ${d.id(q, 'plain')}`,
    `REPO=${d.X('email_like', pick(['git@gitee.com:crm-team/customer-sync.git', 'git@github.com:acme/lg-agent.git']))}`, `ICON=${d.X('email_like', pick(['icon@2x.png', 'logo@3x.png']))}`,
    `SKU_DEFAULT=${DK.partNo(d)}`, `WX_APPID=wx${Array.from({ length: 16 }, () => pick('0123456789abcdef'.split(''))).join('')}`].join('\n');
  if (v === 'yaml') return ['# fixtures/users.yml — 联调用，上线前删掉', 'users:', `  - name: ${d.name(p)}`, `    mobile: "${d.mob(p, 'plain')}"`, `    idCard: "${d.id(p, 'plain')}"`,
    `    bankCard: "${d.card(p, 'plain')}"`, `  - name: ${d.name(q)}`, `    mobile: "${d.mob(q, 'plain')}"`, `    email: ${d.mail(q, 'plain')}`,
    `dependencies: { "${d.X('email_like', pick(['@vue/cli', '@tarojs/taro']))}": "^${ri(3, 5)}.${ri(0, 9)}.${ri(0, 9)}" }`, `build: ${DK.version(d)}`].join('\n');
  return [`diff --git a/src/mock/customer.json b/src/mock/customer.json`, `index ${hex(7)}..${hex(7)} 100644`, '--- a/src/mock/customer.json', '+++ b/src/mock/customer.json',
    `@@ -${ri(1, 40)},6 +${ri(1, 40)},6 @@`, `-  "mobile": "${DK.maskMob(d, p)}",`, `+  "mobile": "${d.mob(p, 'plain')}",`, `   "name": "${d.name(p)}",`, `-  "idNo": "${d.X('masked_value', p.id.slice(0, 6) + '********' + p.id.slice(14))}",`,
    `+  "idNo": "${d.id(p, 'plain')}",`, `   "sku": "${DK.partNo(d)}",`, `   "updated": ${DK.tsMs(d)}`].join('\n');
}

function tCompanyLookup(d) { // copy-paste from an enterprise lookup site
  const co = genCompany(); const lr = d.person({ company: co });
  const sep = pick(['\t', '：', ' ', '\n', '  ']);
  const L = [co.name, `${pick(['存续', '在业', '存续（在营、开业、在册）'])}  ${pick(['小微企业', '高新技术企业', '科技型中小企业', ''])}`];
  L.push(`${pick(['法定代表人', '法人', '负责人'])}${sep}${d.name(lr)}${chance(0.4) ? `  关联${ri(1, 30)}家企业` : ''}`);
  L.push(`统一社会信用代码${sep}${d.uscc(co)}`);
  if (chance(0.5)) L.push(`纳税人识别号${sep}${co.uscc}`);
  if (chance(0.7)) L.push(`工商注册号${sep}${d.X('business_reg_no', safe(() => co.uscc.slice(2, 8) + digs(9)))}`);
  if (chance(0.7)) L.push(`组织机构代码${sep}${d.X('org_code', co.uscc.slice(8, 16) + '-' + co.uscc[16])}`);
  L.push(`注册资本${sep}${ri(10, 5000)}万元人民币`, `成立日期${sep}${ymd(rDate(2005, 2023))}`);
  L.push(`电话${sep}${chance(0.5) ? d.mob(lr) : d.landDC(co.land, 'dash')}  更多${ri(1, 6)}`);
  if (chance(0.7)) L.push(`邮箱${sep}${d.mail(genEmailFor(lr, lr.by, chance(0.5) ? co : undefined))}`);
  L.push(`地址${sep}${genAddress(pick(REGIONS))}  附近企业`);
  L.push(`参保人数${sep}${ri(0, 300)}   ${pick(['官网', '网址'])}${sep}www.${co.domain}`);
  if (chance(0.6)) { const sh = [lr, d.person()]; L.push(`股东信息${sep}${sh.map((x) => `${d.name(x)} ${ri(1, 99)}.${pad(ri(0, 99))}%`).join('、')}`); }
  if (chance(0.4)) { const br = genCompany(co.city); L.push(`分支机构${sep}${br.name.replace('有限公司', '分公司')} ${d.uscc(genUSCC())}`); }
  if (chance(0.3)) L.push(`对外投资${sep}${genCompany().name} ${d.uscc(genUSCC())}`);
  L.push(`数据来源：${pick(['企查查', '天眼查', '爱企查', '国家企业信用信息公示系统'])}  更新于 ${ymd(rDate())}  ${lz([() => '', () => `访问IP ${DK.ip(d)}`])}`);
  return L.join('\n');
}

// ------------------------------------------------------------------- main ----
const TEMPLATES = [
  ['wechat_group_export', tWechat, 50], ['qq_chat_export', tQQ, 20], ['wechat_jielong_signup', tJielong, 18], ['sms_log', tSms, 25],
  ['cs_ticket', tTicket, 30], ['call_centre_note', tCallNote, 22], ['email_thread', tEmail, 42], ['ocr_scanned_form', tOcrForm, 32],
  ['spreadsheet_paste', tSheet, 25], ['notes_app_list', tNotes, 25], ['vcard_address_book', tVcard, 18], ['web_form_submission', tWebForm, 22],
  ['application_log', tAppLog, 22], ['json_api_payload', tJson, 25], ['excel_csv_dump', tExcelDump, 12], ['mixed_cn_en_contact', tMixedEn, 20],
  ['receipt_ticket_text', tReceipt, 22], ['meeting_minutes', tMeeting, 15], ['waybill_ocr', tWaybill, 18], ['hr_onboarding', tHr, 18],
  ['travel_booking', tTravel, 22], ['invoice_request', tInvoice, 26], ['classified_post', tSecondhand, 15], ['sql_dump', tSql, 12],
  ['call_asr_transcript', tAsr, 12], ['company_lookup_paste', tCompanyLookup, 24], ['hospital_slip', tHospital, 12], ['complaint_letter', tComplaint, 15], ['dev_config_leak', tDevConfig, 10],
];

const NON_NAME = new Set(['cn_resident_id', 'cn_mobile', 'cn_landline', 'email', 'bank_card', 'cn_uscc', 'cn_passport']);
function checkDoc(d, text) {
  const errs = [];
  const nf = text.normalize('NFKC');
  const lab = new Map(); // det -> Set(values) (entities + dontCare)
  for (const x of [...d.ents, ...d.dc]) { if (!lab.has(x.detector)) lab.set(x.detector, new Set()); lab.get(x.detector).add(x.value); }
  const has = (det, v) => lab.has(det) && lab.get(det).has(v);
  const inDecoy = (s) => d.decoys.some((x) => x.text.normalize('NFKC').includes(s));
  for (const w of d.written) {
    if (!text.includes(w.w)) { errs.push(`written missing ${w.det} ${w.w}`); continue; }
    if (w.t === 'E' && NON_NAME.has(w.det)) {
      let ok = false, i = -1;
      while ((i = text.indexOf(w.w, i + 1)) >= 0) {
        const b = (text[i - 1] || ' ').normalize('NFKC'), a = (text[i + w.w.length] || ' ').normalize('NFKC');
        if (!/[0-9A-Za-z]/.test(b) && !/[0-9A-Za-z]/.test(a) && !(w.det === 'email' && /[._%+@-]/.test(b + a))) { ok = true; break; }
      }
      if (!ok) errs.push(`no boundary ${w.det} ${w.w}`);
    }
    if (w.t === 'E' && !validEntity(w.det, w.val)) errs.push(`invalid entity ${w.det} ${w.val}`);
  }
  for (const x of d.decoys) if (!text.includes(x.text)) errs.push(`decoy missing ${x.kind} ${x.text}`);
  for (const m of nf.matchAll(/\d+/g)) {
    const r = m[0], nx = nf[m.index + r.length];
    const u = runUnsafe(r, nx);
    if (!u) continue;
    const ok = u === 'mobile' ? has('cn_mobile', r) : u === 'id' ? has('cn_resident_id', r.length === 17 ? r + 'X' : r) : u === 'card' ? has('bank_card', r)
      : u === 'id15' ? has('cn_resident_id', r) : u === 'uscc' ? has('cn_uscc', r) : u === 'landline' ? has('cn_landline', r) : false;
    if (!ok) errs.push(`unlabeled ${u} ${r}`);
  }
  for (const m of nf.matchAll(/[0-9A-HJ-NPQRTUWXY]{18}/g)) {
    const b = nf[m.index - 1] || ' ', a = nf[m.index + 18] || ' ';
    if (/[0-9A-Za-z]/.test(b) || /[0-9A-Za-z]/.test(a)) continue;
    if (usccValid(m[0]) && !has('cn_uscc', m[0]) && !has('cn_resident_id', m[0]) && !has('bank_card', m[0])) errs.push(`unlabeled uscc ${m[0]}`);
  }
  for (const m of nf.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g)) {
    if (!has('email', m[0].toLowerCase()) && !inDecoy(m[0])) errs.push(`unlabeled email ${m[0]}`);
  }
  for (const m of nf.matchAll(/(?<![A-Za-z0-9])(E[A-HJ-NP-Z]\d{7}|[EGC]\d{8})(?![0-9])/g)) {
    if (!has('cn_passport', m[0]) && !inDecoy(m[0])) errs.push(`unlabeled passport-shape ${m[0]}`);
  }
  for (const nm of d.usedNames) if (text.includes(nm) && !has('person_name_zh', nm)) errs.push(`unlabeled name ${nm}`);
  // entity/dontCare/decoy overlap: a labeled value must not equal a decoy text
  for (const x of d.decoys) for (const e of d.ents) if (x.text === e.value) errs.push(`decoy equals entity ${x.text}`);
  return errs;
}
function validEntity(det, v) {
  switch (det) {
    case 'cn_resident_id': { if (!idValidLoose(v) || v !== v.toUpperCase()) return false; const y = +v.slice(6, 10); return y >= 1930 && y <= 2010 && REGIONS.some((r) => r[0] === v.slice(0, 6)); }
    case 'cn_mobile': return /^1\d{10}$/.test(v) && ALLOC.has(v.slice(0, 3));
    case 'cn_landline': return landlineShape(v);
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(v);
    case 'bank_card': return /^\d{16,19}$/.test(v) && luhnOk(v);
    case 'cn_uscc': return usccValid(v) && v === v.toUpperCase();
    case 'cn_passport': return /^(E[A-HJ-NP-Z]\d{7}|[EG]\d{8})$/.test(v);
    case 'person_name_zh': return /^[\u4e00-\u9fa5]{2,4}$/.test(v);
  }
  return false;
}

function selfTest() {
  const res = [];
  const t = (name, ok) => res.push([name, ok]);
  t('ID 11010519491231002X (GB 11643 example) valid', idValidLoose('11010519491231002X'));
  t('ID 11010519491231002X check char computed = X', idCheckChar('11010519491231002') === 'X');
  t('ID single-digit substitution detected', !idValidLoose('11010519491231003X'));
  t('ID upgrade 15->18', idUpgrade15('110105491231002') === '11010519491231002X');
  const realUscc = ['91110000600037341L', '91340600MA2PBM9HXD', '121200004013590816', '9144030071526726XG', '92340603MA2UK3DF0N', '91620105L015101280',
    '91310115MA1K3BTP2B', '913101127033980359', '9115220107837941X1', '91420684MA4927PJ7B', '91350100M000100Y43'];
  t('USCC GB32100 check on 11 published codes', realUscc.every((u) => usccCheckChar(u.slice(0, 17)) === u[17]));
  t('USCC GB11714 org check on 11 published codes', realUscc.every((u) => orgCheckChar(u.slice(8, 16)) === u[16]));
  t('USCC wrong check rejected (…341N)', !usccValid('91110000600037341N'));
  t('Luhn 4111111111111111 valid', luhnOk('4111111111111111'));
  t('Luhn 79927398713 valid', luhnOk('79927398713'));
  t('Luhn 6222026006705354217 invalid (any-rule example)', !luhnOk('6222026006705354217'));
  t('mobile 15412345678 not allocated', !mobileLike('15412345678'));
  return res;
}

function main() {
  mkdirSync(OUT_DIR, { recursive: true });
  const lines = []; const stats = { ent: {}, dc: {}, decoy: {}, kind: {} }; let retries = 0; const retryReasons = {};
  // stable composition: each template gets a share of carriers proportional to its weight
  const totW = TEMPLATES.reduce((a, t) => a + t[2], 0);
  const plan = [];
  for (const [k, f, w] of TEMPLATES) for (let j = 0, n = Math.round((w / totW) * N_CARRIERS); j < n; j++) plan.push([k, f]);
  while (plan.length < N_CARRIERS) plan.push(TEMPLATES.map(([k, f]) => [k, f])[plan.length % TEMPLATES.length]);
  shuffle(plan); plan.length = N_CARRIERS;
  for (let i = 1; i <= N_CARRIERS; i++) {
    const [kind, fn] = plan[i - 1];
    let d, text, errs;
    for (let a = 0; ; a++) {
      d = new Doc(kind); text = fn(d); errs = checkDoc(d, text);
      if (!errs.length) break;
      retries++; if (process.env.DEBUG) console.error(kind, errs.join(" ; ")); for (const e of errs) { const k = e.split(' ').slice(0, 2).join(' '); retryReasons[k] = (retryReasons[k] || 0) + 1; }
      if (a > 50) throw new Error(`cannot build ${kind}: ${errs.join('; ')}`);
    }
    const key = (x) => x.detector + '\u0000' + x.value;
    const ents = [...new Map(d.ents.map((x) => [key(x), x])).values()];
    const ek = new Set(ents.map(key));
    const dc = [...new Map(d.dc.filter((x) => !ek.has(key(x))).map((x) => [key(x), x])).values()];
    const decoys = [...new Map(d.decoys.map((x) => [x.kind + '\u0000' + x.text, x])).values()];
    const rec = { id: `b-${pad(i, 4)}`, kind, text, entities: ents, dontCare: dc, decoys };
    lines.push(JSON.stringify(rec));
    stats.kind[kind] = (stats.kind[kind] || 0) + 1;
    for (const x of ents) stats.ent[x.detector] = (stats.ent[x.detector] || 0) + 1;
    for (const x of dc) stats.dc[x.detector] = (stats.dc[x.detector] || 0) + 1;
    for (const x of decoys) stats.decoy[x.kind] = (stats.decoy[x.kind] || 0) + 1;
  }
  writeFileSync(OUT, lines.join('\n') + '\n');
  const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
  console.log(`wrote ${OUT}: ${lines.length} carriers, ${sum(stats.ent)} entities, ${sum(stats.dc)} dontCare, ${sum(stats.decoy)} decoys (doc rebuilds: ${retries})`);
  if (retries) console.log('rebuild reasons:', JSON.stringify(retryReasons));
  console.log('entities per detector:', JSON.stringify(stats.ent));
  console.log('dontCare per detector:', JSON.stringify(stats.dc));
  console.log('decoys per kind:', JSON.stringify(Object.fromEntries(Object.entries(stats.decoy).sort((a, b) => b[1] - a[1]))));
  console.log('carriers per kind:', JSON.stringify(stats.kind));
  const st = selfTest();
  console.log('self-check:');
  for (const [n, ok] of st) console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${n}`);
  const need = { cn_resident_id: 150, cn_mobile: 150, cn_landline: 100, email: 150, bank_card: 150, cn_uscc: 150, cn_passport: 60, person_name_zh: 150 };
  const quota = Object.entries(need).every(([k, n]) => (stats.ent[k] || 0) >= n) && lines.length >= 400 && sum(stats.ent) >= 4000 && sum(stats.decoy) >= 3000;
  console.log(`  ${quota ? 'PASS' : 'FAIL'}  quotas (>=400 carriers, >=4000 entities, >=3000 decoys, per-detector minimums)`);
  if (!st.every(([, ok]) => ok) || !quota) process.exitCode = 1;
}
main();
